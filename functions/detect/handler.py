"""Step Functions task `Detect`: run every detection over the business's data and latest forecast,
rescore transaction anomalies, and keep the alerts in step (raised, escalated, resolved).

One service call (`services.detect.run`) with the snapshot the Forecast task just made. Replays are
harmless: the same data gives the same findings and the alerts are updated in place, never
duplicated. A dropped database connection is raised as `TransientError` (retried by the state
machine); anything else is caught by the state machine and recorded on the import.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.pipeline.contracts import DetectInput, DetectOutput, DetectSummary
from cashpilot.pipeline.errors import TransientError
from cashpilot.services import alerts, detect
from cashpilot.services.forecast import tenant_for
from sqlalchemy.exc import OperationalError

logger = Logger(service="cashpilot-detect")
metrics = Metrics(service="cashpilot-detect")


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = DetectInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    try:
        with UnitOfWork(business_id=task.business_id, actor="pipeline:detect") as uow:
            tenant = tenant_for(uow, task.business_id)
            if tenant is None:
                logger.warning("no such business: nothing to detect")
                return DetectOutput(**task.model_dump()).to_payload()
            run = detect.run(uow, tenant, snapshot_id=task.forecast.snapshot_id if task.forecast else None)
            summary = DetectSummary(
                findings=run.findings, open_by_severity=alerts.open_counts(uow, tenant),
                anomalies_scored=run.anomalies_scored,
                **{k: v for k, v in run.sync.counts().items() if k != "refreshed"},
            )
    except OperationalError as exc:
        raise TransientError(f"database unavailable: {exc.orig or exc}") from exc
    logger.info("detected", extra=summary.model_dump(mode="json"))
    metrics.add_metric(name="AlertsRaised", unit=MetricUnit.Count, value=summary.raised)
    return DetectOutput(**task.model_dump(), detection=summary).to_payload()
