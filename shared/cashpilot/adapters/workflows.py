"""Starting the classify -> forecast -> detect pipeline (Step Functions).

The execution name is the import id, so a replayed event or a retried confirm cannot start the
same pipeline twice: Step Functions itself refuses the duplicate name.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import date
from functools import lru_cache
from typing import Protocol

from cashpilot.config import get_settings

log = logging.getLogger(__name__)


class Workflows(Protocol):
    def start_pipeline(self, *, import_id: uuid.UUID, business_id: uuid.UUID, account_id: uuid.UUID) -> str | None:
        """Start (or find) the pipeline run for this import; its execution ARN, or None if none runs here."""

    def start_scoring(self, *, business_id: uuid.UUID, day: date) -> str | None:
        """Start (or find) the nightly scoring run of a business for a day (named after both)."""


class StepFunctionsWorkflows:
    def __init__(self, state_machine_arn: str, endpoint_url: str | None = None, region: str | None = None) -> None:
        import boto3

        self.arn = state_machine_arn
        self._sfn = boto3.client("stepfunctions", endpoint_url=endpoint_url, region_name=region)

    def start_pipeline(self, *, import_id: uuid.UUID, business_id: uuid.UUID, account_id: uuid.UUID) -> str | None:
        payload = {"business_id": str(business_id), "import_id": str(import_id), "account_id": str(account_id)}
        try:
            return self._sfn.start_execution(
                stateMachineArn=self.arn, name=str(import_id), input=json.dumps(payload)
            )["executionArn"]
        except self._sfn.exceptions.ExecutionAlreadyExists:
            # Same name already ran (a replay): report the existing execution.
            return self.arn.replace(":stateMachine:", ":execution:") + f":{import_id}"

    def start_scoring(self, *, business_id: uuid.UUID, day: date) -> str | None:
        name = f"nightly-{business_id}-{day:%Y%m%d}"
        payload = {"business_id": str(business_id), "trigger": "nightly_scoring"}
        try:
            return self._sfn.start_execution(stateMachineArn=self.arn, name=name,
                                             input=json.dumps(payload))["executionArn"]
        except self._sfn.exceptions.ExecutionAlreadyExists:  # the schedule fired twice for this night
            return self.arn.replace(":stateMachine:", ":execution:") + f":{name}"


class NoWorkflows:
    def start_pipeline(self, *, import_id: uuid.UUID, business_id: uuid.UUID, account_id: uuid.UUID) -> str | None:
        log.info("no pipeline configured here; import %s is stored but not processed further", import_id)
        return None

    def start_scoring(self, *, business_id: uuid.UUID, day: date) -> str | None:
        log.info("no pipeline configured here; nightly scoring of %s not started", business_id)
        return None


@lru_cache(maxsize=1)
def default_workflows() -> Workflows:
    s = get_settings()
    if s.pipeline_state_machine_arn:
        return StepFunctionsWorkflows(s.pipeline_state_machine_arn, s.aws_endpoint_url, s.aws_region)
    return NoWorkflows()


def clear_cache() -> None:
    default_workflows.cache_clear()
