"""The local schedule runner fires each job on the cadence the schedules stack deploys (infra/jobs.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cashpilot.local.schedules import ALIASES, Cron, job_name, jobs, scheduled_event

EVENTS = Path(__file__).resolve().parents[2] / "events" / "schedules"
WEEK = (datetime(2024, 3, 31, tzinfo=UTC), datetime(2024, 4, 7, tzinfo=UTC))  # Sunday to Sunday


def _week(job: str) -> list[datetime]:
    return list(Cron.parse(jobs()[job][0]).ticks(*WEEK))


def test_the_runner_reads_the_deployed_expressions():
    from infra.stacks.schedules import JOBS

    assert jobs() == JOBS


def test_each_job_fires_on_its_cadence_over_a_week():
    nightly = _week("nightly_scoring")
    assert [t.isoformat() for t in nightly[:2]] == ["2024-03-31T02:00:00+00:00", "2024-04-01T02:00:00+00:00"]
    assert len(nightly) == 7
    recurring = _week("recurring_rules")
    assert len(recurring) == 7 * 24 and {t.minute for t in recurring} == {5}
    alerts = _week("alert_checks")
    assert len(alerts) == 7 * 24 * 4 and {t.minute for t in alerts} == {0, 15, 30, 45}
    digest = _week("weekly_digest")
    assert len(digest) == 2 * 24 and {t.strftime("%a") for t in digest} == {"Sun", "Mon"}
    assert {t.minute for t in digest} == {0}


def test_day_names_ranges_and_steps():
    monday_8 = Cron.parse("cron(0 8 ? * MON *)")
    assert monday_8.matches(datetime(2024, 4, 1, 8, 0, tzinfo=UTC))  # a Monday
    assert not monday_8.matches(datetime(2024, 4, 2, 8, 0, tzinfo=UTC))
    assert Cron.parse("cron(0 8 ? * 2 *)").matches(datetime(2024, 4, 1, 8, tzinfo=UTC))  # 1 = SUN, 2 = MON
    workdays = Cron.parse("cron(30 9-17/4 ? * MON-FRI *)")
    ticks = list(workdays.ticks(*WEEK))
    assert len(ticks) == 5 * 3 and {t.hour for t in ticks} == {9, 13, 17}
    quarter_end = Cron.parse("cron(0 0 1 JAN,APR,JUL,OCT ? 2024)")
    assert quarter_end.matches(datetime(2024, 4, 1, tzinfo=UTC))
    assert not quarter_end.matches(datetime(2025, 4, 1, tzinfo=UTC))
    # A schedule evaluated from another zone's clock still fires at its UTC minute.
    tokyo = datetime(2024, 4, 1, 2, tzinfo=UTC).astimezone(ZoneInfo("Asia/Tokyo"))
    assert Cron.parse("cron(0 2 * * ? *)").matches(tokyo)
    assert Cron.parse("cron(0 8 ? * WED *)").matches(datetime(2024, 4, 3, 8, tzinfo=UTC))


@pytest.mark.parametrize("expression", ["cron(0 8 L * ? *)", "cron(0 8 ? * 2#1 *)", "rate(5 minutes)",
                                        "cron(0 8 * *)", "cron(61 8 * * ? *)"])
def test_what_is_not_evaluated_locally_is_refused(expression):
    with pytest.raises(ValueError):
        Cron.parse(expression)


@pytest.mark.parametrize("path", sorted(EVENTS.glob("*.json")), ids=lambda p: p.stem)
def test_the_event_is_the_one_eventbridge_scheduler_sends(path):
    sample = json.loads(path.read_text())
    at = datetime.fromisoformat(sample["scheduled_time"].replace("Z", "+00:00")) + timedelta(seconds=42)
    assert scheduled_event(sample["job"], at) == sample  # the slot, to the minute, in UTC


def test_short_names_for_run_schedule():
    assert {alias: job_name(alias) for alias in ALIASES} == {
        "nightly": "nightly_scoring", "recurring": "recurring_rules", "alerts": "alert_checks",
        "digest": "weekly_digest"}
    assert job_name("weekly_digest") == "weekly_digest"
    with pytest.raises(ValueError, match="unknown job"):
        job_name("hourly")
