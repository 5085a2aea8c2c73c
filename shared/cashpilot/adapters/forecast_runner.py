"""Where forecast work requested through the API runs.

The API's Lambda is a zip without statsforecast, numpy or pandas (they are ~560 MB), so generating,
replaying, backtesting and simulating go to the forecast function (a container image) with one
synchronous invoke: `LambdaRunner`. Locally, in tests and wherever `FORECAST_FUNCTION_NAME` is unset,
`InProcessRunner` runs the same action in the API's own process and unit of work.

Both send the same JSON parameters to the same `services.forecast.run_action`, so what the tests
exercise in-process is what runs remotely. The remote function answers a domain error (unknown
snapshot, bad input) with `{"error": {...}}`, which becomes the same 4xx here as in-process; a crash,
a timeout or an unreachable function becomes 502 `forecast_failed` / 503 `forecast_unavailable`,
never a bare 500.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any, Protocol

from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.config import get_settings
from cashpilot.domain import errors as d
from cashpilot.services.context import Tenant

log = logging.getLogger(__name__)

# Error kinds the forecast function reports in its answer, re-raised here as the same domain error.
_KINDS: dict[str, type[d.CashPilotError]] = {
    cls.__name__: cls
    for cls in (d.InvalidInput, d.BadRequest, d.NotFound, d.Conflict, d.PermissionDenied, d.Unavailable,
                d.UpstreamFailed)
}


def error_payload(exc: d.CashPilotError) -> dict[str, Any]:
    """How the forecast function answers an action that failed for a reason the caller should see."""
    kind = next((c.__name__ for c in type(exc).__mro__ if c.__name__ in _KINDS), "InvalidInput")
    return {"error": {"kind": kind, "code": exc.code, "message": exc.message, "details": exc.details}}


def _json(params: dict[str, Any]) -> dict[str, Any]:
    # UUIDs and dates as strings: exactly what the remote function receives.
    return json.loads(json.dumps(params, default=str))


class ForecastRunner(Protocol):
    def run(self, uow: UnitOfWork, tenant: Tenant, action: str, **params: Any) -> dict[str, Any]:
        """Run a forecast action for the tenant; its JSON result. Raises domain errors."""


class InProcessRunner:
    def run(self, uow: UnitOfWork, tenant: Tenant, action: str, **params: Any) -> dict[str, Any]:
        from cashpilot.services import forecast

        return forecast.run_action(uow, tenant, action, _json(params))


class LambdaRunner:
    def __init__(self, function_name: str, *, endpoint_url: str | None = None, region: str | None = None,
                 client: Any = None) -> None:
        self.function_name = function_name
        if client is None:
            import boto3
            from botocore.config import Config

            # The API Gateway integration gives up after 30 s; a forecast with model selection takes ~2 s.
            client = boto3.client("lambda", endpoint_url=endpoint_url, region_name=region,
                                  config=Config(read_timeout=28, connect_timeout=3, retries={"max_attempts": 1}))
        self._lambda = client

    def run(self, uow: UnitOfWork, tenant: Tenant, action: str, **params: Any) -> dict[str, Any]:
        from botocore.exceptions import BotoCoreError, ClientError

        payload = {"action": action, "business_id": str(tenant.business_id), "user_id": str(tenant.user_id),
                   **_json(params)}
        try:
            response = self._lambda.invoke(FunctionName=self.function_name, InvocationType="RequestResponse",
                                           Payload=json.dumps(payload).encode())
            raw = response["Payload"].read()
        except (ClientError, BotoCoreError) as exc:
            log.warning("forecast function %s not reachable: %s", self.function_name, exc)
            raise d.Unavailable("The forecast service is not reachable right now; try again shortly.",
                                code="forecast_unavailable", details={"action": action}) from exc
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            body = None
        if response.get("FunctionError"):
            error = body if isinstance(body, dict) else {}
            log.error("forecast function %s failed on %s: %s", self.function_name, action, error)
            unavailable = error.get("errorType") in ("TransientError", "Sandbox.Timedout")
            cls = d.Unavailable if unavailable else d.UpstreamFailed
            raise cls("The forecast could not be computed"
                      + (" right now; try again shortly." if unavailable else "; it has been logged."),
                      code="forecast_unavailable" if unavailable else "forecast_failed",
                      details={"action": action, "error_type": error.get("errorType")})
        if not isinstance(body, dict):
            raise d.UpstreamFailed("The forecast service gave an answer that is not understood.",
                                   code="forecast_failed", details={"action": action})
        if isinstance(body.get("error"), dict):
            e = body["error"]
            raise _KINDS.get(e.get("kind"), d.UpstreamFailed)(
                e.get("message") or "The forecast failed.", code=e.get("code"), details=e.get("details"))
        return body


def runner_from_settings() -> ForecastRunner:
    s = get_settings()
    if s.forecast_function_name:
        return _lambda_runner(s.forecast_function_name, s.aws_endpoint_url, s.aws_region)
    return InProcessRunner()


@lru_cache(maxsize=4)
def _lambda_runner(name: str, endpoint_url: str | None, region: str | None) -> LambdaRunner:
    # One client per execution environment (keyed by the settings it was built from), not per request.
    return LambdaRunner(name, endpoint_url=endpoint_url, region=region)
