"""Scheduled jobs locally: on their schedule (`cashpilot local`) and on demand (`cashpilot run-schedule`).

moto's EventBridge stores schedules but never fires them, so the local cloud has its own runner: a
thread that wakes at every UTC minute, evaluates the same expressions CDK deploys (infra/jobs.py)
and invokes the `scheduler` function with the event EventBridge Scheduler sends
(`{"job": ..., "scheduled_time": "<slot, UTC>"}`, as in events/schedules/*.json).

Only what infra/jobs.py uses is understood: `cron(minutes hours day-of-month month day-of-week year)`
with `*`, `?`, lists, ranges, `a/b` steps and day/month names. `L`, `W`, `#` and `rate()` raise.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

log = logging.getLogger("cashpilot.local.schedules")

SCHEDULER_FUNCTION = "scheduler"
# `cashpilot run-schedule <alias>`
ALIASES = {
    "nightly": "nightly_scoring",
    "recurring": "recurring_rules",
    "alerts": "alert_checks",
    "digest": "weekly_digest",
}
_MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
                                        "DEC"), start=1)}
_DAYS = {d: i for i, d in enumerate(("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), start=1)}  # EventBridge: 1 = SUN


def jobs() -> dict[str, tuple[str, str]]:
    """job -> (expression, description), from the file the schedules stack deploys."""
    from cashpilot.local.repo import ensure_importable

    ensure_importable()
    from infra.jobs import JOBS

    return dict(JOBS)


def job_name(name: str) -> str:
    """`alerts` or `alert_checks` -> `alert_checks`."""
    job = ALIASES.get(name, name)
    if job not in jobs():
        raise ValueError(f"unknown job {name!r}: one of {', '.join([*ALIASES, *jobs()])}")
    return job


def _field(text: str, low: int, high: int, names: dict[str, int] | None = None) -> frozenset[int] | None:
    """Values a cron field allows; None for `*`/`?` (anything)."""
    if text in ("*", "?"):
        return None
    if any(re.fullmatch(r"\d*L|\d+W|LW|.*#.*", part) for part in text.upper().split(",")):
        raise ValueError(f"unsupported cron field {text!r} (L, W and # are not evaluated locally)")

    def value(token: str) -> int:
        number = names.get(token.upper()) if names else None
        number = int(token) if number is None else number
        if not low <= number <= high:
            raise ValueError(f"{token!r} is outside {low}-{high}")
        return number

    allowed: set[int] = set()
    for part in text.split(","):
        base, _, step = part.partition("/")
        if base == "*":
            start, end = low, high
        elif "-" in base:
            a, b = base.split("-")
            start, end = value(a), value(b)
        else:
            start = value(base)
            end = high if step else start
        allowed.update(range(start, end + 1, int(step) if step else 1))
    return frozenset(allowed)


@dataclass(frozen=True)
class Cron:
    """An EventBridge `cron(...)` expression, evaluated per UTC minute."""

    expression: str
    minutes: frozenset[int] | None
    hours: frozenset[int] | None
    days_of_month: frozenset[int] | None
    months: frozenset[int] | None
    days_of_week: frozenset[int] | None
    years: frozenset[int] | None

    @classmethod
    def parse(cls, expression: str) -> Cron:
        match = re.fullmatch(r"cron\((.+)\)", expression.strip())
        if not match:
            raise ValueError(f"only cron(...) expressions are evaluated locally, not {expression!r}")
        fields = match.group(1).split()
        if len(fields) != 6:
            raise ValueError(f"{expression!r}: a cron expression has 6 fields")
        minute, hour, dom, month, dow, year = fields
        return cls(expression, _field(minute, 0, 59), _field(hour, 0, 23), _field(dom, 1, 31),
                   _field(month, 1, 12, _MONTHS), _field(dow, 1, 7, _DAYS), _field(year, 1970, 2199))

    def matches(self, t: datetime) -> bool:
        t = t.astimezone(UTC)
        eventbridge_weekday = (t.weekday() + 1) % 7 + 1  # Monday 0 -> 2, Sunday 6 -> 1
        return all(allowed is None or v in allowed for allowed, v in (
            (self.minutes, t.minute), (self.hours, t.hour), (self.days_of_month, t.day), (self.months, t.month),
            (self.days_of_week, eventbridge_weekday), (self.years, t.year),
        ))

    def ticks(self, start: datetime, end: datetime) -> Iterable[datetime]:
        """Every minute in [start, end) the expression fires at."""
        t = start.astimezone(UTC).replace(second=0, microsecond=0)
        if t < start:
            t += timedelta(minutes=1)
        while t < end:
            if self.matches(t):
                yield t
            t += timedelta(minutes=1)


def scheduled_event(job: str, at: datetime) -> dict[str, str]:
    """What EventBridge Scheduler sends (infra/stacks/schedules.py): the job and its slot, in UTC."""
    slot = at.astimezone(UTC).replace(second=0, microsecond=0)
    return {"job": job, "scheduled_time": slot.strftime("%Y-%m-%dT%H:%M:%SZ")}


def due(at: datetime) -> list[str]:
    return [job for job, (expression, _) in jobs().items() if Cron.parse(expression).matches(at)]


def invoke_scheduler(lambda_client: Any, job: str, at: datetime, *, asynchronous: bool = False) -> dict[str, Any]:
    """Invoke the `scheduler` function through the local Lambda API: {"event", "result" | "error"}."""
    event = scheduled_event(job, at)
    response = lambda_client.invoke(FunctionName=SCHEDULER_FUNCTION, Payload=json.dumps(event).encode(),
                                    InvocationType="Event" if asynchronous else "RequestResponse")
    body = response["Payload"].read()
    payload = json.loads(body) if body else None
    if response.get("FunctionError"):
        return {"event": event, "error": payload}
    return {"event": event, "result": payload}


class ScheduleRunner:
    """Fires each job at its slots while `cashpilot local` runs (missed slots are not replayed)."""

    def __init__(self, lambda_client: Any, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.lambda_client = lambda_client
        self.clock = clock
        self.crons = {job: Cron.parse(expression) for job, (expression, _) in jobs().items()}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="local-schedules", daemon=True)

    def start(self) -> ScheduleRunner:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def fire(self, at: datetime) -> list[str]:
        fired = []
        for job, cron in self.crons.items():
            if not cron.matches(at):
                continue
            fired.append(job)
            try:
                outcome = invoke_scheduler(self.lambda_client, job, at)
            except Exception as exc:
                log.warning("schedule %s at %s: not delivered: %s", job, at.isoformat(), exc)
                continue
            if "error" in outcome:
                log.warning("schedule %s (%s): %s", job, outcome["event"]["scheduled_time"], outcome["error"])
            else:
                log.debug("schedule %s (%s): done", job, outcome["event"]["scheduled_time"])
        return fired

    def _run(self) -> None:
        slot = self.clock().replace(second=0, microsecond=0) + timedelta(minutes=1)
        while not self._stop.wait(max(0.0, (slot - self.clock()).total_seconds())):
            self.fire(slot)
            # Next minute; after a suspended laptop wakes up, the missed slots are skipped, not fired in a burst.
            slot = max(slot, self.clock().replace(second=0, microsecond=0)) + timedelta(minutes=1)
