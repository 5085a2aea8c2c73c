"""From past transactions to a `ForecastRequest`: find what repeats, take it out of the history, and
hand the rest to the baseline.

The service does this from the database (series already found by classification); the backtests do
it from a bare history at each past date. Both end in `build_request`, so what is backtested is what
runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from cashpilot.domain.forecast.flows import (
    KnownFlowSource,
    RecurringSeriesSource,
    SeriesFacts,
    collect,
    fill_paid_slots,
    merge_split_series,
)
from cashpilot.domain.forecast.habits import HabitSource, find_habits
from cashpilot.domain.forecast.model import DEFAULT_HORIZON, DEFAULT_PATHS, ForecastRequest
from cashpilot.domain.recurring import Occurrence, detect_series

# The baseline learns from at most two years: older habits mislead more than they teach.
HISTORY_DAYS = 730
# Scenarios take a customer or category out of the baseline at its recent daily average.
_RECENT_DAYS = 90


@dataclass(frozen=True, slots=True)
class PastFlow:
    id: Any
    date: date
    amount: Decimal  # signed, in the business currency
    group: str | None = None  # what recurring detection groups by: the entity (or counterparty)
    entity: str | None = None  # entity id as text, for scenario baselines
    category: str | None = None  # category id as text


def residual_history(
    past: Sequence[PastFlow], explained: set[Any], as_of: date
) -> tuple[date, tuple[tuple[date, Decimal], ...], dict[str, Decimal], dict[str, Decimal]]:
    """Daily net flow not explained by known sources, and recent daily averages per entity / category."""
    start = as_of - timedelta(days=HISTORY_DAYS - 1)
    first = min((f.date for f in past if f.date <= as_of), default=as_of)
    start = max(start, first)
    daily: dict[date, Decimal] = defaultdict(Decimal)
    recent_from = as_of - timedelta(days=_RECENT_DAYS - 1)
    by_entity: dict[str, Decimal] = defaultdict(Decimal)
    by_category: dict[str, Decimal] = defaultdict(Decimal)
    for f in past:
        if f.date < start or f.date > as_of or f.id in explained:
            continue
        daily[f.date] += f.amount
        if f.date >= recent_from:
            if f.entity:
                by_entity[f.entity] += f.amount
            if f.category:
                by_category[f.category] += f.amount
    span = Decimal(min(_RECENT_DAYS, (as_of - start).days + 1))
    avg = {k: (v / span) for k, v in by_entity.items()}
    cavg = {k: (v / span) for k, v in by_category.items()}
    return start, tuple(sorted(daily.items())), avg, cavg


def explained_history(past: Sequence[PastFlow], explained: set[Any], start: date,
                      as_of: date) -> tuple[tuple[date, Decimal], ...]:
    """Daily net flow of the past payments known sources explain, over the residual's days."""
    daily: dict[date, Decimal] = defaultdict(Decimal)
    for f in past:
        if start <= f.date <= as_of and f.id in explained:
            daily[f.date] += f.amount
    return tuple(sorted(daily.items()))


def detect_from_history(past: Sequence[PastFlow], as_of: date) -> list[SeriesFacts]:
    """Recurring series in a bare history as of a date (what classification stores, found from scratch)."""
    groups: dict[str, list[PastFlow]] = defaultdict(list)
    for f in past:
        if f.group and f.date <= as_of:
            groups[f.group].append(f)
    facts: list[SeriesFacts] = []
    for name, flows in sorted(groups.items()):
        if len(flows) < 3:
            continue
        by_id = {f.id: f for f in flows}
        for s in detect_series([Occurrence(f.id, f.date, f.amount) for f in flows], today=as_of):
            members = [by_id[i] for i in s.occurrences]
            facts.append(SeriesFacts(series=s, member_dates=tuple(m.date for m in members), label=name,
                                     member_ids=tuple(s.occurrences)))
    return facts


def build_request(
    past: Sequence[PastFlow], series: Iterable[SeriesFacts], *, as_of: date, opening_balance: Decimal,
    horizon: int = DEFAULT_HORIZON, paths: int = DEFAULT_PATHS, buffer: Decimal = Decimal(0), seed: int = 0,
    extra_sources: Sequence[KnownFlowSource] = (), use_habits: bool = True, names: dict[str, str] | None = None,
) -> ForecastRequest:
    """`names` maps a flow's group (an entity id) to the name owners know it by, for the habits' labels."""
    series = fill_paid_slots(merge_split_series(list(series), past), past, as_of)
    # Only a source that forecasts explains its past: a stopped series' payments go back to the
    # baseline's history. Kept out of it, they would vanish from the future and still count in the
    # flows the baseline offsets (a stopped salary forecast as the spending of a salary never paid).
    explained = {i for f in series if not f.series.stopped for i in f.member_ids}
    habits = find_habits(past, explained, as_of, names or {}) if use_habits else []
    explained.update(i for h in habits for i in h.member_ids)
    start, residual, by_entity, by_category = residual_history(past, explained, as_of)
    sources: list[KnownFlowSource] = [RecurringSeriesSource(series), HabitSource(habits), *extra_sources]
    flows = collect(sources, as_of, as_of + timedelta(days=horizon))
    return ForecastRequest(
        as_of=as_of, opening_balance=opening_balance, history_start=start, residual=residual,
        known_flows=tuple(flows), horizon=horizon, paths=paths, buffer=buffer, seed=seed,
        residual_by_entity=by_entity, residual_by_category=by_category,
        explained=explained_history(past, explained, start, as_of),
    )
