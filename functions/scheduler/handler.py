"""EventBridge Scheduler target for every scheduled job; the schedule's input names the job.

Jobs (schedules in infra/stacks/schedules.py, all UTC):
- nightly_scoring  02:00: start one pipeline execution per business (trigger=nightly_scoring).
- recurring_rules  hourly at :05: materialise due recurring transactions and invoices.
- alert_checks     every 15 minutes: evaluate alert thresholds.
- weekly_digest    hourly on Sunday and Monday: send the digest to businesses whose local time at
                   `scheduled_time` is Monday 08:xx (Monday 08:00 local spans Sunday 18:00 to
                   Monday 20:00 UTC; each business matches exactly one run a week).

nightly_scoring calls `services.scoring.start_nightly_scoring`; alert_checks calls
`services.detect.check_all` (buffer, deficit and payroll detections for every business);
weekly_digest calls `services.notify.send_weekly_digests`. recurring_rules is still a PLACEHOLDER
(pass-through until the recurring-rules issue lands): it returns the parsed job unchanged.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.mail import default_mailer
from cashpilot.adapters.workflows import default_workflows
from cashpilot.pipeline.contracts import ScheduledJob, ScheduledJobName
from cashpilot.pipeline.placeholders import pass_through
from cashpilot.services import detect, notify, scoring

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    job = ScheduledJob.model_validate(event)
    logger.append_keys(job=job.job.value, scheduled_time=job.scheduled_time.isoformat() if job.scheduled_time else None)
    if job.job is ScheduledJobName.NIGHTLY_SCORING:
        day = (job.scheduled_time or datetime.now(UTC)).date()
        with UnitOfWork(actor="scheduler:nightly_scoring") as uow:
            fan_out = scoring.start_nightly_scoring(uow, default_workflows(), day=day)
        logger.info("nightly scoring started", extra={"businesses": fan_out.businesses, "started": fan_out.started})
        return {**job.to_payload(), "businesses": fan_out.businesses, "started": fan_out.started}
    if job.job is ScheduledJobName.ALERT_CHECKS:
        sweep = detect.check_all()
        logger.info("alert checks", extra=asdict(sweep))
        return {**job.to_payload(), **asdict(sweep)}
    if job.job is ScheduledJobName.WEEKLY_DIGEST:
        at = job.scheduled_time or datetime.now(UTC)
        digests = notify.send_weekly_digests(default_mailer(), at=at)
        logger.info("weekly digest", extra=asdict(digests))
        return {**job.to_payload(), **asdict(digests)}
    return pass_through(job, ScheduledJob).to_payload()
