"""Step Functions task `RecordFailure`: reached through `Catch` when any task failed.

Its input is the failed task's input plus `error` ({Error, Cause}); the state machine fails the
execution right after it, so this task only has to record the failure where owners and operators
see it: the log, and for an import-triggered run the import itself
(`services.pipeline_runs.record_pipeline_failure`: `error.pipeline_error` on `GET /imports/{id}`).
It returns its input unchanged.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.pipeline.contracts import FailureInput, FailureOutput
from cashpilot.pipeline.placeholders import pass_through
from cashpilot.services.pipeline_runs import record_pipeline_failure

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = FailureInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    logger.warning("pipeline task failed", extra={"error": task.error.error, "cause": task.error.cause})
    if task.import_id is not None:
        with UnitOfWork(actor="pipeline") as uow:
            record_pipeline_failure(uow, business_id=task.business_id, import_id=task.import_id,
                                    error=task.error.error, cause=task.error.cause)
    return pass_through(task, FailureOutput).to_payload()
