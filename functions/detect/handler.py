"""Step Functions task `Detect`: find shortfalls and anomalies and prepare alerts.

PLACEHOLDER (pass-through until issue N): returns its input unchanged until the detect service
(cashpilot.services.detect) exists; then `pass_through` below is replaced by that one service call.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.pipeline.contracts import DetectInput, DetectOutput
from cashpilot.pipeline.placeholders import pass_through

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = DetectInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    return pass_through(task, DetectOutput).to_payload()
