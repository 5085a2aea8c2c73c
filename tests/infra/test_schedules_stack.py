"""Scheduled jobs: the right job, at the right time, to the scheduler function."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from cashpilot.pipeline.contracts import ScheduledJob, ScheduledJobName

from infra.stacks.schedules import JOBS
from tests.infra.cdk_helpers import flatten, function_by_handler

pytestmark = pytest.mark.slow

EXPECTED = {
    "nightly_scoring": "cron(0 2 * * ? *)",
    "recurring_rules": "cron(5 * * * ? *)",
    "alert_checks": "cron(0/15 * * * ? *)",
    "weekly_digest": "cron(0 * ? * SUN,MON *)",
}


def _schedules(synth) -> dict[str, dict]:
    schedules = {}
    for schedule in synth.resources("schedules", "AWS::Scheduler::Schedule").values():
        props = schedule["Properties"]
        job = json.loads(props["Target"]["Input"])["job"]
        schedules[job] = props
    return schedules


def test_each_job_has_one_schedule_with_its_cron_expression_in_utc(synth):
    schedules = _schedules(synth)
    assert {job: s["ScheduleExpression"] for job, s in schedules.items()} == EXPECTED
    assert {s["ScheduleExpressionTimezone"] for s in schedules.values()} == {"Etc/UTC"}
    assert {s["State"] for s in schedules.values()} == {"ENABLED"}


def test_every_schedule_sends_a_job_the_scheduler_understands_to_the_scheduler_function(synth):
    template = synth.json("schedules")
    scheduler_id, _ = function_by_handler(template, "scheduler")
    for job, props in _schedules(synth).items():
        target = props["Target"]
        assert flatten(target["Arn"]) == f"<{scheduler_id}.Arn>"
        payload = json.loads(target["Input"])
        assert payload["scheduled_time"] == "<aws.scheduler.scheduled-time>"
        assert ScheduledJob.model_validate({**payload, "scheduled_time": None}).job == ScheduledJobName(job)
        assert "DeadLetterConfig" in target
        assert target["RetryPolicy"]["MaximumRetryAttempts"] >= 1


def test_the_scheduler_may_start_pipeline_executions(synth):
    statements = [
        s
        for p in synth.resources("schedules", "AWS::IAM::Policy").values()
        for s in p["Properties"]["PolicyDocument"]["Statement"]
    ]
    starts = [s for s in statements if s["Action"] == "states:StartExecution"]
    assert len(starts) == 1
    assert "pipeline" in flatten(starts[0]["Resource"])


def test_an_ses_identity_exists_for_sending(synth):
    (identity,) = synth.resources("schedules", "AWS::SES::EmailIdentity").values()
    assert identity["Properties"]["EmailIdentity"] == synth.built.config.ses_identity


def _cron_ticks(expression: str, start: datetime, end: datetime):
    """UTC instants an hourly-or-coarser `cron(M H ? * DOW *)` fires between start and end."""
    minute, hour, _dom, _month, dow, _year = expression.removeprefix("cron(").removesuffix(")").split()
    days = {"SUN": 6, "MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5}
    weekdays = set(days.values()) if dow in ("?", "*") else {days[d] for d in dow.split(",")}
    t = start.replace(minute=int(minute), second=0, microsecond=0)
    while t < end:
        if t.weekday() in weekdays and (hour == "*" or t.hour == int(hour)):
            yield t
        t += timedelta(hours=1)


@pytest.mark.parametrize("week_start", ["2024-03-04", "2024-03-25", "2024-04-01", "2024-10-28", "2024-11-04"])
def test_weekly_digest_reaches_every_time_zone_once_on_monday_at_eight_local(week_start):
    """The digest job fires hourly; for each time zone exactly one firing is Monday 08:xx local.

    Weeks around DST changes in both hemispheres included.
    """
    expression = JOBS["weekly_digest"][0]
    monday = datetime.fromisoformat(week_start).replace(tzinfo=UTC)
    ticks = list(_cron_ticks(expression, monday - timedelta(days=2), monday + timedelta(days=2)))
    for zone_name in sorted(available_timezones()):
        zone = ZoneInfo(zone_name)
        hits = [t for t in ticks if (local := t.astimezone(zone)).weekday() == 0 and local.hour == 8]
        assert len(hits) == 1, (zone_name, week_start, hits)
