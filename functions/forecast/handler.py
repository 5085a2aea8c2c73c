"""The forecast function: the pipeline's `Forecast` task, and the engine room of the API's forecast work.

Runs as a container image (Dockerfile beside this file) because statsforecast and its dependencies
do not fit in a zip + layer. Two event shapes, one service each:

- a pipeline task (`ForecastInput`: the classify task's output) -> `services.forecast.generate`, with
  the import id (or `nightly-<date>`) as idempotency key, so a Step Functions retry or a replayed
  execution returns the stored snapshot instead of forecasting twice; the output adds a `forecast`
  summary for detect. A business that no longer exists has nothing to forecast (`forecast: null`).
- an API action (`{"action": ..., "business_id": ..., ...}`, sent by adapters/forecast_runner.py's
  LambdaRunner) -> `services.forecast.run_action`. A domain error (unknown snapshot, bad input) is
  answered as `{"error": {...}}` so the API can return the same 4xx it would in-process.

A dropped database connection is raised as `TransientError` (retried by the state machine); anything
else is caught by the state machine, recorded on the import and fails the run.
"""

from __future__ import annotations

import uuid
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.forecast_runner import error_payload
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import CashPilotError
from cashpilot.pipeline.contracts import ForecastInput, ForecastOutput, ForecastSummary, PipelineTrigger
from cashpilot.pipeline.errors import TransientError
from cashpilot.services import forecast
from sqlalchemy.exc import OperationalError

logger = Logger(service="cashpilot-forecast")
metrics = Metrics(service="cashpilot-forecast")

# Model selection and 5,000 paths take a few seconds; a two-year history's queries stay well inside this.
_STATEMENT_TIMEOUT_MS = 60_000


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        if "action" in event:
            return _action(event)
        return _pipeline(ForecastInput.model_validate(event))
    except OperationalError as exc:
        raise TransientError(f"database unavailable: {exc.orig or exc}") from exc


def _pipeline(task: ForecastInput) -> dict[str, Any]:
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    with UnitOfWork(business_id=task.business_id, actor="pipeline:forecast",
                    statement_timeout_ms=_STATEMENT_TIMEOUT_MS) as uow:
        tenant = forecast.tenant_for(uow, task.business_id)
        if tenant is None:
            logger.warning("no such business: nothing to forecast")
            return ForecastOutput(**task.model_dump()).to_payload()
        if task.trigger is PipelineTrigger.IMPORT:
            trigger, key = "pipeline", f"import-{task.import_id}"
        else:
            trigger, key = "nightly", f"nightly-{today_in(tenant.timezone).isoformat()}"
        existed = forecast.find_by_key(uow, tenant, key) is not None
        snap = forecast.generate(uow, tenant, trigger=trigger, idempotency_key=key)
        summary = ForecastSummary(
            snapshot_id=snap.id, as_of=snap.as_of, model=snap.model, low_point_date=snap.low_point_date,
            low_point_expected=snap.low_point_expected,
            deficit_probability={k: v for k, v in snap.deficit_probability.items() if k in ("30", "60", "90")},
            replayed=existed,
        )
    logger.info("forecast", extra=summary.model_dump(mode="json"))
    if not existed:
        metrics.add_metric(name="ForecastsMade", unit=MetricUnit.Count, value=1)
    return ForecastOutput(**task.model_dump(), forecast=summary).to_payload()


def _action(event: dict[str, Any]) -> dict[str, Any]:
    params = dict(event)
    action = params.pop("action")
    business_id = uuid.UUID(str(params.pop("business_id")))
    user = params.pop("user_id", None)
    user_id = uuid.UUID(user) if user else None
    logger.append_keys(business_id=str(business_id), action=action)
    with UnitOfWork(business_id=business_id, user_id=user_id, actor="pipeline:forecast",
                    statement_timeout_ms=_STATEMENT_TIMEOUT_MS) as uow:
        try:
            tenant = forecast.tenant_for(uow, business_id, user_id)
            if tenant is None:
                return error_payload(forecast.business_gone(business_id))
            return forecast.run_action(uow, tenant, action, params)
        except CashPilotError as exc:
            logger.info("action refused", extra={"code": exc.code})
            return error_payload(exc)
