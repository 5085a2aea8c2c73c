"""Known future flows and where they come from.

A source turns what the business already knows (recurring series today; open invoices, bills and
recurring rules when they exist) into `KnownFlow`s with a timing distribution. Sources are plain
objects with a `flows(as_of, until)` method, so a new one plugs in without touching the engine.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from cashpilot.domain.forecast.model import KnownFlow
from cashpilot.domain.recurring import GRACE_DAYS, Series, expected_dates, scheduled_dates

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
