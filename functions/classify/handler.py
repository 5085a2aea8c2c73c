"""Step Functions task `Classify`: categorise the transactions of one import (or, nightly, of one business).

PLACEHOLDER (pass-through until issue N): returns its input unchanged until the classify service
(cashpilot.services.classify) exists; then `pass_through` below is replaced by that one service
call.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.pipeline.contracts import ClassifyInput, ClassifyOutput
from cashpilot.pipeline.placeholders import pass_through

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = ClassifyInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    return pass_through(task, ClassifyOutput).to_payload()
