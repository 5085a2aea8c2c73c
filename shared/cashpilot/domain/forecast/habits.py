"""Payment habits: payers and payees who come back at a roughly regular interval without following
a calendar rule. A customer who pays each monthly invoice 5 to 15 days late, an insurer's weekly
remittance that drifts, cash deposits every few weeks: the recurring-series detector rightly refuses
them (their dates are not a schedule), yet their next payment is far more predictable than the
noise the baseline would make of it.

A habit is read as a renewal process: the next payment comes one typical interval after the last,
give or take the deviations its own intervals showed. What the forecast then does with a habit that
is overdue (it waits, and believes less) is the same as for any known flow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from statistics import median
from typing import TYPE_CHECKING, Any

from cashpilot.domain.forecast.model import KnownFlow, as_uuid

if TYPE_CHECKING:
    from cashpilot.domain.forecast.inputs import PastFlow

_CENT = Decimal("0.01")
_MIN_PAYMENTS = 4
_RECENT = 8  # intervals read
_LOOKBACK_DAYS = 240
_MIN_INTERVAL, _MAX_INTERVAL = 6, 45
_MAX_INTERVAL_SPREAD = 0.35  # MAD of intervals / median interval
_MAX_AMOUNT_SPREAD = 0.5  # 1.4826 x MAD of amounts / median amount
# A habit whose last payment is older than this many intervals has stopped.
_STOPPED_AFTER = 2.0


@dataclass(frozen=True)
class Habit:
    label: str
    last_date: date
    interval: int  # days
    deviations: tuple[int, ...]  # each recent interval minus the typical one
    amount: Decimal  # signed median
    amount_sd: Decimal
    member_ids: tuple[Any, ...]
    entity: str | None


def find_habits(past: Sequence[PastFlow], explained: set[Any], as_of: date,
                names: dict[str, str] | None = None) -> list[Habit]:
    """Habits among the flows no recurring series explains, grouped by payer/payee and direction."""
    since = as_of - timedelta(days=_LOOKBACK_DAYS)
    groups: dict[tuple[str, bool], list[PastFlow]] = defaultdict(list)
    for f in past:
        if f.group and since < f.date <= as_of and f.id not in explained and f.amount != 0:
            groups[(f.group, f.amount > 0)].append(f)
    habits = []
    for (name, _incoming), flows in sorted(groups.items()):
        habit = _habit((names or {}).get(name, name), flows, as_of)
        if habit is not None:
            habits.append(habit)
    return habits


def _habit(name: str, flows: list[PastFlow], as_of: date) -> Habit | None:
    # Several payments on one day are one visit (an insurer remitting three claims at once).
    by_day: dict[date, Decimal] = defaultdict(Decimal)
    for f in flows:
        by_day[f.date] += f.amount
    days = sorted(by_day)
    if len(days) < _MIN_PAYMENTS:
        return None
    intervals = [(b - a).days for a, b in pairwise(days)][-_RECENT:]
    typical = round(median(intervals))
    if not _MIN_INTERVAL <= typical <= _MAX_INTERVAL:
        return None
    spread = median(abs(i - typical) for i in intervals)
    if spread > _MAX_INTERVAL_SPREAD * typical:
        return None
    if (as_of - days[-1]).days > _STOPPED_AFTER * typical:
        return None
    amounts = [by_day[d] for d in days[-(_RECENT + 1):]]
    mid = Decimal(median(amounts))
    mad = Decimal(median(abs(a - mid) for a in amounts)) * Decimal("1.4826")
    if mid == 0 or mad > Decimal(str(_MAX_AMOUNT_SPREAD)) * abs(mid):
        return None
    entity = next((f.entity for f in flows if f.entity), None)
    return Habit(
        label=name, last_date=days[-1], interval=typical, deviations=tuple(i - typical for i in intervals),
        amount=mid.quantize(_CENT), amount_sd=mad.quantize(_CENT), member_ids=tuple(f.id for f in flows),
        entity=entity,
    )


class HabitSource:
    """Expected next payments of habitual payers and payees."""

    name = "habit"

    def __init__(self, habits: Sequence[Habit]) -> None:
        self._habits = list(habits)

    def flows(self, as_of: date, until: date) -> list[KnownFlow]:
        out: list[KnownFlow] = []
        for h in self._habits:
            due = h.last_date + timedelta(days=h.interval)
            k = 1
            # A visit overdue beyond its latest habit and a third of an interval was skipped.
            missed_after = max(max(h.deviations), 0) + h.interval // 3
            while due <= until:
                if (as_of - due).days > missed_after:
                    k += 1
                    due = h.last_date + timedelta(days=h.interval * k)
                    continue
                out.append(KnownFlow(
                    key=f"habit:{h.label}:{due.isoformat()}", source=self.name, label=h.label, due=due,
                    amount=h.amount, amount_sd=h.amount_sd, lags=h.deviations,
                    entity_id=as_uuid(h.entity),
                ))
                k += 1
                due = h.last_date + timedelta(days=h.interval * k)
        return out
