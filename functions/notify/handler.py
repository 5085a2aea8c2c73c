"""Step Functions task `Notify`: email the owners about urgent alerts this run raised or escalated (SES).

One service call (`services.notify.notify_alerts`). Each alert is emailed once per severity, so a
replayed or retried task sends nothing new. Without a configured sender (`CASHPILOT_MAIL_FROM`) it
sends nothing and says so.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.mail import default_mailer
from cashpilot.pipeline.contracts import NotifyInput, NotifyOutput, NotifySummary
from cashpilot.pipeline.errors import TransientError
from cashpilot.services import notify
from cashpilot.services.forecast import tenant_for
from sqlalchemy.exc import OperationalError

logger = Logger(service="cashpilot-notify")


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    task = NotifyInput.model_validate(event)
    logger.append_keys(business_id=str(task.business_id), import_id=str(task.import_id), trigger=task.trigger.value)
    try:
        with UnitOfWork(business_id=task.business_id, actor="pipeline:notify") as uow:
            tenant = tenant_for(uow, task.business_id)
            if tenant is None:
                return NotifyOutput(**task.model_dump()).to_payload()
            sent = notify.notify_alerts(uow, tenant, default_mailer())
    except OperationalError as exc:
        raise TransientError(f"database unavailable: {exc.orig or exc}") from exc
    summary = NotifySummary(emailed=sent.emailed, recipients=sent.recipients, message_id=sent.message_id)
    logger.info("notified", extra=summary.model_dump(mode="json"))
    return NotifyOutput(**task.model_dump(), notification=summary).to_payload()
