"""API Lambda: API Gateway (HTTP API, payload v2) -> the FastAPI app through Mangum.

Thin on purpose: everything the API does lives in cashpilot.api. Nothing here connects to the
database at import time; the engine is created lazily on the first request of an execution
environment and reused by the next ones.
"""

from __future__ import annotations

import logging

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit
from cashpilot.api.app import create_app
from mangum import Mangum

logger = Logger(service="cashpilot-api")
# No auto-patching: patching every library X-Ray knows costs ~0.1 s of cold start, and X-Ray's
# psycopg patch needs psycopg_pool, which we do not use. Lambda's active tracing still records
# each invocation; the handler segment comes from capture_lambda_handler below.
tracer = Tracer(service="cashpilot-api", auto_patch=False)
metrics = Metrics(service="cashpilot-api")

app = create_app()
_asgi = Mangum(app, lifespan="off", api_gateway_base_path="/")

# The app logs through the standard `cashpilot.*` loggers; give them Powertools' JSON formatter so
# their lines carry the same keys (business id, request id, cold start, function) as ours.
logging.getLogger("cashpilot")
copy_config_to_registered_loggers(source_logger=logger, include={"cashpilot"})


def _header(event: dict, name: str) -> str | None:
    for key, value in (event.get("headers") or {}).items():
        if key.lower() == name:
            return value
    return None


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, clear_state=True)
@tracer.capture_lambda_handler(capture_response=False)
@metrics.log_metrics(capture_cold_start_metric=True)
def handler(event: dict, context) -> dict:
    request_context = event.get("requestContext") or {}
    logger.append_keys(
        business_id=_header(event, "x-business-id"),
        request_id=request_context.get("requestId"),
    )
    response = _asgi(event, context)
    status = int(response.get("statusCode", 500))
    metrics.add_metric(name=f"Responses{status // 100}xx", unit=MetricUnit.Count, value=1)
    logger.info(
        "request served",
        extra={
            "method": (request_context.get("http") or {}).get("method"),
            "path": event.get("rawPath"),
            "status": status,
        },
    )
    return response
