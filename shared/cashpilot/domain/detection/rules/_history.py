"""Reading a business's recent history the same way in every rule: which flows count as revenue or
spending, which day the data really ends on, windows of days, and whose payments belong to a series."""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.detection.model import DetectionContext, Series, SubjectType, Txn

# Money in that is not earned: loans, refunds from suppliers, the owner's own money, transfers.
NOT_REVENUE = frozenset({"financing", "refunds", "owner_draw_contribution", "internal_transfer"})
# Money out that is not a cost of running the business: moving cash around, paying the owner.
NOT_SPENDING = frozenset({"internal_transfer", "owner_draw_contribution"})

# Nominal days between payments of each cadence (the same figures classification uses).
CADENCE_DAYS: dict[str, float] = {"weekly": 7.0, "biweekly": 14.0, "semi_monthly": 15.2, "monthly": 30.4,
                                  "quarterly": 91.3, "yearly": 365.25}
_MONTH_STEPS = {"monthly": 1, "quarterly": 3, "yearly": 12}

ZERO = Decimal("0.00")


def is_revenue(t: Txn) -> bool:
    return t.amount > 0 and t.category_key not in NOT_REVENUE


def is_spending(t: Txn) -> bool:
    return t.amount < 0 and t.category_key not in NOT_SPENDING


def data_end(ctx: DetectionContext) -> date:
    """The last day the history covers: today, unless nothing at all was imported for the last days.

    A business with no transaction at all for days is far more often an import that has not caught up
    than a business that stopped trading; measuring "the last 30 days" up to today would then read the
    gap as a collapse in revenue or a missed payment."""
    if not ctx.transactions:
        return ctx.today
    return min(ctx.today, max(t.date for t in ctx.transactions))


def history_start(ctx: DetectionContext) -> date | None:
    return min((t.date for t in ctx.transactions), default=None)


def window(end: date, days: int) -> tuple[date, date]:
    """The `days` days ending on `end`, both ends included."""
    return end - timedelta(days=days - 1), end


def between(txns: Iterable[Txn], start: date, end: date) -> list[Txn]:
    return [t for t in txns if start <= t.date <= end]


def total(txns: Iterable[Txn], start: date, end: date, keep: Callable[[Txn], bool]) -> Decimal:
    return sum((t.amount for t in txns if start <= t.date <= end and keep(t)), ZERO)


def median(values: list[Decimal]) -> Decimal:
    return statistics.median(values) if values else ZERO


def cadence_days(cadence: str) -> float:
    return CADENCE_DAYS.get(cadence, 30.4)


def step_back(d: date, cadence: str, k: int) -> date:
    """The date `k` cadence steps before `d` (months keep their day, clamped to the month's end)."""
    months = _MONTH_STEPS.get(cadence)
    if months is None:
        return d - timedelta(days=round(k * cadence_days(cadence)))
    m = d.year * 12 + d.month - 1 - k * months
    y, mo = divmod(m, 12)
    for dd in (d.day, 30, 29, 28):
        try:
            return date(y, mo + 1, dd)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def belongs_to(t: Txn, s: Series) -> bool:
    """Whether a transaction is a payment from / to the series' counterparty."""
    if s.entity_id is not None:
        return t.entity_id == s.entity_id
    name = s.name.strip().lower()
    return bool(name) and (
        (t.entity_name or "").strip().lower() == name or name in t.description.lower())


def by_entity(ctx: DetectionContext) -> dict[uuid.UUID, list[Txn]]:
    """Each entity's transactions, oldest first: build once per rule, not once per series."""
    out: dict[uuid.UUID, list[Txn]] = defaultdict(list)
    for t in ctx.transactions:
        if t.entity_id is not None:
            out[t.entity_id].append(t)
    return out


def payer_txns(ctx: DetectionContext, s: Series, index: dict[uuid.UUID, list[Txn]] | None = None) -> list[Txn]:
    """The series' counterparty's payments in the series' direction (`index`: from `by_entity`)."""
    sign = 1 if s.direction == "in" else -1
    pool = ctx.transactions if index is None or s.entity_id is None else index.get(s.entity_id, ())
    return [t for t in pool if t.amount * sign > 0 and belongs_to(t, s)]


def series_subject(s: Series) -> tuple[SubjectType, str]:
    """Alerts about a customer's series are about the customer when it is known."""
    return ("entity", str(s.entity_id)) if s.entity_id is not None else ("series", str(s.id))


def counterparty(t: Txn) -> str:
    return t.entity_name or t.description or "an unnamed counterparty"
