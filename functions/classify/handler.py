"""Step Functions task `Classify`: classify the new transactions of one import (or, nightly, of one business).

One service call: `services.classify.classify`. It picks only rows nobody classified yet, so a
Step Functions retry or a replayed execution finds nothing left and changes nothing. A dropped
database connection is raised as `TransientError` (retried by the state machine); anything else
is caught by the state machine, recorded on the import and fails the run.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.pipeline.contracts import ClassifyInput, ClassifyOutput, ClassifySummary, PipelineTrigger
from cashpilot.pipeline.errors import TransientError
from cashpilot.services import classify
from sqlalchemy.exc import OperationalError

logger = Logger(service="cashpilot-classify")
metrics = Metrics(service="cashpilot-classify")


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = ClassifyInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    import_id = task.import_id if task.trigger is PipelineTrigger.IMPORT else None
    try:
        # A 100,000-row import is classified in one database transaction: more than an API request's
        # statement timeout, well inside this function's 2 minutes.
        with UnitOfWork(business_id=task.business_id, actor="pipeline:classify",
                        statement_timeout_ms=100_000) as uow:
            result = classify.classify(uow, task.business_id, import_id=import_id)
    except OperationalError as exc:
        raise TransientError(f"database unavailable: {exc.orig or exc}") from exc
    logger.info("classified", extra=result.as_dict())
    metrics.add_metric(name="TransactionsClassified", unit=MetricUnit.Count, value=result.classified)
    metrics.add_metric(name="TransactionsNeedingReview", unit=MetricUnit.Count, value=result.needs_review)
    summary = ClassifySummary(**result.as_dict())
    return ClassifyOutput(**task.model_dump(), classification=summary).to_payload()
