"""The scheduled jobs and when they run (UTC): read by the schedules stack and by the local cloud's
schedule runner (cashpilot.local.schedules), so both fire on the same cadence.

No CDK import here: the local cloud imports this module without paying for aws-cdk-lib.
"""

from __future__ import annotations

# job name (the scheduler handler's `job` field) -> (EventBridge Scheduler expression in UTC, description)
JOBS: dict[str, tuple[str, str]] = {
    "nightly_scoring": (
        "cron(0 2 * * ? *)",
        "Nightly: one pipeline execution per business (scores, forecasts, alerts)",
    ),
    "recurring_rules": (
        "cron(5 * * * ? *)",
        "Hourly: materialise due recurring transactions and invoices",
    ),
    "alert_checks": (
        "cron(0/15 * * * ? *)",
        "Every 15 minutes: evaluate alert thresholds",
    ),
    "weekly_digest": (
        "cron(0 * ? * SUN,MON *)",
        "Hourly on Sunday and Monday UTC: digests for businesses whose local time is Monday 08:xx",
    ),
}
