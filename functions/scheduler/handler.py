"""EventBridge Scheduler target for every scheduled job; the schedule's input names the job.

Jobs (schedules in infra/stacks/schedules.py, all UTC):
- nightly_scoring  02:00: start one pipeline execution per business (trigger=nightly_scoring).
- recurring_rules  hourly at :05: materialise due recurring transactions and invoices.
- alert_checks     every 15 minutes: evaluate alert thresholds.
- weekly_digest    hourly on Sunday and Monday: send the digest to businesses whose local time at
                   `scheduled_time` is Monday 08:xx (Monday 08:00 local spans Sunday 18:00 to
                   Monday 20:00 UTC; each business matches exactly one run a week).

PLACEHOLDER (pass-through until issue N): returns the parsed job unchanged until the job services
exist; then `pass_through` below is replaced by the one service call for the named job.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.pipeline.contracts import ScheduledJob
from cashpilot.pipeline.placeholders import pass_through

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    job = ScheduledJob.model_validate(event)
    logger.append_keys(job=job.job.value, scheduled_time=job.scheduled_time.isoformat() if job.scheduled_time else None)
    return pass_through(job, ScheduledJob).to_payload()
