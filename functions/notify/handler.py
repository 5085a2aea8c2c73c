"""Step Functions task `Notify`: tell the owner what the run changed (email through SES).

PLACEHOLDER (pass-through until issue N): returns its input unchanged until the notification service
(cashpilot.services.notify, cashpilot.adapters.mail) exists; then `pass_through` below is replaced
by that one service call.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.pipeline.contracts import NotifyInput, NotifyOutput
from cashpilot.pipeline.placeholders import pass_through

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = NotifyInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    return pass_through(task, NotifyOutput).to_payload()
