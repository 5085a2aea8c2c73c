"""The CDK app, synthesised once per test session (synthesis takes several seconds).

Bundling is disabled (`aws:cdk:bundling-stacks` = []) so the shared layer is not pip-installed, and
validation failures (cdk-nag) are written to the report instead of aborting synthesis, so that one
finding fails one test rather than every test.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# The Node 20 end-of-life banner would otherwise be printed by every jsii start.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")

from aws_cdk.assertions import Template

from infra.app import CashPilotApp, build_app

TEST_CONTEXT = {
    "aws:cdk:bundling-stacks": [],
    "@aws-cdk/core:failSynthOnValidationErrors": False,
}


@dataclass
class Synthesised:
    built: CashPilotApp
    outdir: Path
    templates: dict[str, Template]

    def template(self, stack: str) -> Template:
        return self.templates[stack]

    def json(self, stack: str) -> dict[str, Any]:
        return self.templates[stack].to_json()

    def resources(self, stack: str, type_: str | None = None) -> dict[str, dict[str, Any]]:
        resources = self.json(stack)["Resources"]
        return {k: v for k, v in resources.items() if type_ is None or v["Type"] == type_}

    def all_resources(self, type_: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (stack, logical_id, resource)
            for stack in self.templates
            for logical_id, resource in self.resources(stack, type_).items()
        ]

    @property
    def validation_report(self) -> dict[str, Any]:
        path = self.outdir / "validation-report.json"
        return json.loads(path.read_text()) if path.exists() else {"pluginReports": []}


@pytest.fixture(scope="session")
def synth(tmp_path_factory: pytest.TempPathFactory) -> Synthesised:
    outdir = tmp_path_factory.mktemp("cdk.out")
    built = build_app(context=dict(TEST_CONTEXT), outdir=str(outdir))
    built.app.synth()
    templates = {name: Template.from_stack(stack) for name, stack in built.stacks.items()}
    return Synthesised(built=built, outdir=outdir, templates=templates)
