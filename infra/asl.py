"""State-machine definition files (statemachines/*.asl.json): load, check, substitute.

One function serves both users of a definition file:

- CDK (stacks/pipeline.py) loads the file, checks that every `${Placeholder}` has a substitution and
  hands the text to CloudFormation, which substitutes the deployed function ARNs
  (`DefinitionSubstitutions`; `substitute=False`);
- the local cloud (cashpilot.local.resources) substitutes the local function ARNs itself and creates
  the state machine in moto.

No CDK import here: the local cloud imports this module without paying for aws-cdk-lib.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from infra.paths import PIPELINE_ASL

PLACEHOLDER = re.compile(r"\$\{([A-Za-z0-9_]+)\}")
FUNCTION_ARN_SUFFIX = "FunctionArn"


def asl_placeholders(definition: str) -> set[str]:
    return set(PLACEHOLDER.findall(definition))


def function_arn_placeholder(entry: str) -> str:
    """functions/record_failure is the task `RecordFailure`, whose ARN the file names `${RecordFailureFunctionArn}`.

    The stacks follow this convention (PipelineStack.TASKS; a test checks it); the local cloud relies on it.
    """
    return "".join(part.title() for part in entry.split("_")) + FUNCTION_ARN_SUFFIX


def load_definition(
    path: Path = PIPELINE_ASL, substitutions: Mapping[str, str] | None = None, *, substitute: bool = True
) -> str:
    """The definition in `path`, checked: valid JSON, and a substitution for every placeholder.

    With `substitute` (the local cloud) the placeholders are replaced by their values; without it
    (CDK, where the values are deploy-time tokens) the text comes back unchanged.
    """
    text = path.read_text()
    substitutions = dict(substitutions or {})
    missing = asl_placeholders(text) - substitutions.keys()
    if missing:
        raise ValueError(f"{path.name} uses placeholders without a substitution: {sorted(missing)}")
    json.loads(text)  # a broken file fails here (at synth, or when the local cloud starts), not later
    if not substitute:
        return text
    return PLACEHOLDER.sub(lambda m: substitutions[m.group(1)], text)
