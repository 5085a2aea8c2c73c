"""Known future flows and where they come from.

A source turns what the business already knows (recurring series today; open invoices, bills and
recurring rules when they exist) into `KnownFlow`s with a timing distribution. Sources are plain
objects with a `flows(as_of, until)` method, so a new one plugs in without touching the engine.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from cashpilot.domain.forecast.model import KnownFlow
from cashpilot.domain.recurring import (
    GRACE_DAYS,
    MONTHLY,
    PERIOD_DAYS,
    QUARTERLY,
    Series,
    expected_dates,
    scheduled_dates,
)

if TYPE_CHECKING:
    from cashpilot.domain.forecast.inputs import PastFlow

# Keep the most recent timing observations: habits change, and a customer who paid 20 days late two
# years ago but on time since should be forecast on time.
_MAX_LAGS = 12
# Incoming money from customers is often late; money out is usually paid when due. Without history a
# flow lands within a couple of business days of its date.
_DEFAULT_LAGS = (0, 0, 1, 1, 2)


class KnownFlowSource(Protocol):
    name: str

    def flows(self, as_of: date, until: date) -> list[KnownFlow]: ...


@dataclass(frozen=True)
class SeriesFacts:
    """A recurring series as the forecast needs it: its schedule, and when its members really came."""

    series: Series
    member_dates: tuple[date, ...]  # dates of the payments that belong to it, oldest first
    label: str
    member_ids: tuple[Any, ...] = ()  # the transactions it explains: taken out of the baseline's history
    series_id: uuid.UUID | None = None
    entity_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None


def lags_of(facts: SeriesFacts) -> tuple[int, ...]:
    """Days each recent payment landed after its due date (negative = early)."""
    dates = list(facts.member_dates[-_MAX_LAGS:])
    if not dates:
        return _DEFAULT_LAGS
    dues = expected_dates(facts.series, dates)
    return tuple((d - due).days for d, due in zip(dates, dues, strict=True))


# A slot counts as paid when the series' payer paid, within its window, between these shares of the
# usual amount: a December salary of 150 % is the salary, a 20 % part-payment is not.
_FILL_LOW, _FILL_HIGH = Decimal("0.5"), Decimal("2")


def merge_split_series(series: Sequence[SeriesFacts], past: Sequence[PastFlow]) -> list[SeriesFacts]:
    """Join the quarterly series a monthly payment was split into.

    A monthly payment with one odd month (a December salary with its bonus, a month skipped) can come
    out of detection as two or three quarterly series of the same payer, amount and day, each in its own
    months. Apart, they expect the payment in two months of three, and the third month's is never
    forecast; together they are the monthly series they were.
    """
    group_of = {f.id: f.group for f in past}
    buckets: dict[tuple, list[int]] = {}
    for n, facts in enumerate(series):
        s = facts.series
        groups = Counter(group_of[i] for i in facts.member_ids if group_of.get(i))
        if s.stopped or s.cadence != QUARTERLY or not groups:
            continue
        key = (groups.most_common(1)[0][0], s.expected_amount > 0, s.day_rule)
        buckets.setdefault(key, []).append(n)
    merged: dict[int, SeriesFacts] = {}
    dropped: set[int] = set()
    for members in buckets.values():
        parts = [series[n] for n in members]
        months = [{d.month % 3 for d in f.member_dates} for f in parts]
        amount = parts[0].series.expected_amount
        close = all(abs(f.series.expected_amount - amount)
                    <= max(f.series.amount_spread, abs(amount) * Decimal("0.02")) for f in parts)
        if len(parts) < 2 or not close or any(a & b for i, a in enumerate(months) for b in months[i + 1:]):
            continue
        merged[members[0]] = _as_monthly(parts)
        dropped.update(members[1:])
    return [merged.get(n, f) for n, f in enumerate(series) if n not in dropped]


def _as_monthly(parts: Sequence[SeriesFacts]) -> SeriesFacts:
    first = parts[0]
    pairs = sorted({(d, i) for f in parts for d, i in zip(f.member_dates, f.member_ids, strict=False)},
                   key=lambda p: (p[0], str(p[1])))
    dates = [d for d, _ in pairs]
    ids = [i for _, i in pairs] if all(len(f.member_ids) == len(f.member_dates) for f in parts) else [
        i for f in parts for i in f.member_ids]
    probe = replace(first.series, cadence=MONTHLY, next_date=min(f.series.next_date for f in parts))
    last_due = expected_dates(probe, [dates[-1]])[0]
    following = scheduled_dates(replace(probe, next_date=last_due), last_due + timedelta(days=62))
    nxt = next(d for d in following if d > last_due)
    s = replace(
        first.series, cadence=MONTHLY, first_date=dates[0], last_date=dates[-1], next_date=nxt,
        amount_spread=max(f.series.amount_spread for f in parts), occurrences=tuple(ids),
        confidence=max(f.series.confidence for f in parts),
    )
    return replace(first, series=s, member_dates=tuple(dates), member_ids=tuple(ids))


def fill_paid_slots(series: Sequence[SeriesFacts], past: Sequence[PastFlow], as_of: date) -> list[SeriesFacts]:
    """Mark the slots the payer did pay, at an amount the series does not recognise, as paid.

    The detector clusters amounts, so a payment far from the usual one (a December salary with its
    13th-month bonus, a month's cash taken out in three withdrawals instead of one) is no member: its
    slot looks missed, is still expected for another grace period, and then ends the series. On the
    backtests such a slot almost never came again (a few percent), while the series went on. Here a
    slot whose window holds the same payer's other payments in the same direction, together of about
    the usual amount, is paid: the series' next date moves past it, and it is not stopped by it.
    """
    series = list(series)
    active = {i for f in series if not f.series.stopped for i in f.member_ids}
    group_of = {f.id: f.group for f in past}
    by_group: dict[str, list[PastFlow]] = {}
    for f in past:
        if f.group and f.date <= as_of and f.id not in active:
            by_group.setdefault(f.group, []).append(f)
    out = []
    for facts in series:
        s = facts.series
        groups = Counter(group_of[i] for i in facts.member_ids if group_of.get(i))
        due_dates = [] if not groups or s.next_date > as_of else scheduled_dates(
            s, as_of + timedelta(days=PERIOD_DAYS[s.cadence]))
        if not due_dates:
            out.append(facts)
            continue
        others = [f for f in by_group.get(groups.most_common(1)[0][0], ())
                  if (f.amount > 0) == (s.expected_amount > 0) and f.id not in facts.member_ids]
        grace = GRACE_DAYS[s.cadence]
        used: set[Any] = set()
        paid: list[date] = []
        k = 0
        while k < len(due_dates) - 1 and due_dates[k] <= as_of:
            due = due_dates[k]
            window = [f for f in others if f.id not in used
                      and -(grace // 2) <= (f.date - due).days <= grace and f.date <= as_of]
            total = sum((f.amount for f in window), Decimal(0))
            if not window or not _FILL_LOW <= total / s.expected_amount <= _FILL_HIGH:
                break
            used.update(f.id for f in window)
            paid.append(max(window, key=lambda f: abs(f.amount)).date)
            k += 1
        if not paid:
            out.append(facts)
            continue
        nxt = due_dates[k]
        revived = replace(s, next_date=nxt, last_date=max(s.last_date, *paid),
                          stopped=as_of > nxt + timedelta(days=grace))
        out.append(replace(facts, series=revived, member_dates=tuple(sorted((*facts.member_dates, *paid)))))
    return out


class RecurringSeriesSource:
    """Future payments of active recurring series (rent, payroll, subscriptions, retainers...)."""

    name = "recurring_series"

    def __init__(self, series: Iterable[SeriesFacts]) -> None:
        self._series = [f for f in series if not f.series.stopped]

    def flows(self, as_of: date, until: date) -> list[KnownFlow]:
        out: list[KnownFlow] = []
        for n, facts in enumerate(self._series):
            s = facts.series
            lags = lags_of(facts)
            # A slot overdue beyond the payer's latest habit and the cadence's grace was skipped (or paid
            # early into the previous slot): expecting it still would count a payment twice. A slot overdue
            # by less stays expected; the simulation weighs how late this payer has been before against how
            # late it is now (see simulation.arrival).
            missed_after = max(max(lags), 0) + GRACE_DAYS[s.cadence]
            for due in scheduled_dates(s, until):
                if (as_of - due).days > missed_after:
                    continue
                key = f"series:{facts.series_id or n}:{due.isoformat()}"
                out.append(KnownFlow(
                    key=key, source=self.name, label=facts.label, due=due, amount=s.expected_amount,
                    amount_sd=s.amount_spread, lags=lags, entity_id=facts.entity_id,
                    series_id=facts.series_id, category_id=facts.category_id,
                ))
        return out


def collect(sources: Sequence[KnownFlowSource], as_of: date, until: date) -> list[KnownFlow]:
    flows: list[KnownFlow] = []
    for source in sources:
        flows.extend(source.flows(as_of, until))
    # Ordered by what the flows are, not by ids: the simulation draws for each flow in this order, and the
    # same history imported twice (new ids) must give the same forecast.
    flows.sort(key=lambda f: (f.due, f.source, f.amount, f.label, f.key))
    return flows
