"""The weekly summary: a business's week in figures, and the same figures said in plain language.

`weekly_figures` turns the transactions of a Monday-Sunday week and the weeks before it into
`WeekFigures`; `compose` writes the title and body the owner reads (and the digest emails). Both are
pure: the service loads the transactions and stores the result.

"Notable changes" are deliberately few. A week is lumpy (rent lands in one week of four), so a
category or a customer is notable only when this week's amount is above every one of its previous
`NOTABLE_WEEKS` weeks by half again, and is a real part of the week (at least `NOTABLE_SHARE` of the
week's expenses or revenue). Monthly payments therefore stay quiet; a new large expense or a customer
paying far more than ever does not.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from cashpilot.domain.detection.model import Txn

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
NOTABLE_WEEKS = 8
NOTABLE_FACTOR = Decimal("1.5")
NOTABLE_SHARE = Decimal("0.2")
MAX_NOTABLE = 3
# How many days of transactions `weekly_figures` reads: the week and the eight before it.
HISTORY_DAYS = 7 * (NOTABLE_WEEKS + 1)


@dataclass(frozen=True, slots=True)
class Named:
    """A customer or a category with what it amounted to in the week (positive magnitude)."""

    id: uuid.UUID
    name: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Change:
    kind: Literal["expense_category", "customer"]
    id: uuid.UUID
    name: str
    amount: Decimal  # this week, positive magnitude
    previous_high: Decimal  # its largest week among the previous NOTABLE_WEEKS (0: none)


@dataclass(frozen=True)
class WeekFigures:
    period_start: date  # a Monday
    currency: str
    revenue: Decimal
    expenses: Decimal  # positive magnitude
    previous_revenue: Decimal
    previous_expenses: Decimal
    transactions: int
    top_customer: Named | None = None
    top_expense_category: Named | None = None
    notable: tuple[Change, ...] = ()

    @property
    def period_end(self) -> date:
        return self.period_start + timedelta(days=6)

    @property
    def net(self) -> Decimal:
        return self.revenue - self.expenses

    @property
    def previous_net(self) -> Decimal:
        return self.previous_revenue - self.previous_expenses

    def to_json(self) -> dict[str, Any]:
        def named(n: Named | None) -> dict[str, str] | None:
            return None if n is None else {"id": str(n.id), "name": n.name, "amount": _plain(n.amount)}

        def change(now: Decimal, before: Decimal) -> dict[str, Any]:
            return {"amount": _plain(now - before), "percent": percent_change(now, before)}

        return {
            "currency": self.currency, "period_start": self.period_start.isoformat(),
            "period_end": self.period_end.isoformat(), "transactions": self.transactions,
            "revenue": _plain(self.revenue), "expenses": _plain(self.expenses), "net": _plain(self.net),
            "previous": {"revenue": _plain(self.previous_revenue), "expenses": _plain(self.previous_expenses),
                         "net": _plain(self.previous_net)},
            "change": {"revenue": change(self.revenue, self.previous_revenue),
                       "expenses": change(self.expenses, self.previous_expenses),
                       "net": change(self.net, self.previous_net)},
            "top_customer": named(self.top_customer), "top_expense_category": named(self.top_expense_category),
            "notable_changes": [{"kind": c.kind, "id": str(c.id), "name": c.name, "amount": _plain(c.amount),
                                 "previous_high": _plain(c.previous_high)} for c in self.notable],
        }


@dataclass(frozen=True, slots=True)
class Summary:
    title: str
    body: str


def week_start_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def last_complete_week(today: date) -> date:
    """The Monday of the last Monday-Sunday week that has ended before `today` (today is not over yet)."""
    return week_start_of(today) - timedelta(days=7)


def percent_change(now: Decimal, before: Decimal) -> float | None:
    """Change in percent of the earlier figure, one decimal; None when there was nothing before."""
    if before == 0:
        return None
    return float(((now - before) / abs(before) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


# --------------------------------------------------------------------------------------- figures


def weekly_figures(txns: Iterable[Txn], *, week_start: date, currency: str) -> WeekFigures:
    """The week from `week_start` (a Monday) to the Sunday after, against the week before; the notable
    changes also look at the `NOTABLE_WEEKS` weeks before it. `txns` are in the business currency,
    internal transfers already left out (as `services.anomalies.load_txns` gives them)."""
    week_end = week_start + timedelta(days=6)
    history_start = week_start - timedelta(days=7 * NOTABLE_WEEKS)
    revenue = expenses = previous_revenue = previous_expenses = ZERO
    count = 0
    # key -> week index (0 = this week, 1 = the week before...) -> amount
    customers: dict[uuid.UUID, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    categories: dict[uuid.UUID, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    names: dict[uuid.UUID, str] = {}
    for t in txns:
        if not history_start <= t.date <= week_end or t.amount == 0:
            continue
        week = (week_start - week_start_of(t.date)).days // 7
        if week == 0:
            count += 1
            if t.amount > 0:
                revenue += t.amount
            else:
                expenses -= t.amount
        elif week == 1:
            if t.amount > 0:
                previous_revenue += t.amount
            else:
                previous_expenses -= t.amount
        if t.amount > 0 and t.entity_id is not None:
            customers[t.entity_id][week] += t.amount
            names[t.entity_id] = t.entity_name or "an unnamed customer"
        elif t.amount < 0 and t.category_id is not None:
            categories[t.category_id][week] -= t.amount
            names[t.category_id] = t.category_name or "an unnamed category"
    notable = sorted(
        [*_notable(categories, names, "expense_category", expenses),
         *_notable(customers, names, "customer", revenue)],
        key=lambda c: (-(c.amount - c.previous_high), c.name))[:MAX_NOTABLE]
    return WeekFigures(
        period_start=week_start, currency=currency, revenue=revenue, expenses=expenses,
        previous_revenue=previous_revenue, previous_expenses=previous_expenses, transactions=count,
        top_customer=_top(customers, names), top_expense_category=_top(categories, names), notable=tuple(notable),
    )


def _top(groups: dict[uuid.UUID, dict[int, Decimal]], names: dict[uuid.UUID, str]) -> Named | None:
    """The largest this week; a tie goes to the name first in alphabetical order."""
    ranked = sorted(((weeks[0], names[key], key) for key, weeks in groups.items() if weeks.get(0)),
                    key=lambda x: (-x[0], x[1].casefold(), str(x[2])))
    if not ranked:
        return None
    amount, name, key = ranked[0]
    return Named(id=key, name=name, amount=amount)


def _notable(groups: dict[uuid.UUID, dict[int, Decimal]], names: dict[uuid.UUID, str], kind: str,
             total: Decimal) -> list[Change]:
    out = []
    for key, weeks in groups.items():
        amount = weeks.get(0, ZERO)
        if amount <= 0 or amount < total * NOTABLE_SHARE:
            continue
        high = max((weeks.get(w, ZERO) for w in range(1, NOTABLE_WEEKS + 1)), default=ZERO)
        if amount > high * NOTABLE_FACTOR:
            out.append(Change(kind=kind, id=key, name=names[key], amount=amount, previous_high=high))  # type: ignore[arg-type]
    return out


# ------------------------------------------------------------------------------------------ text


def money(amount: Decimal, currency: str) -> str:
    """1234.5 -> "1,234.50 EUR" (the house style of every message)."""
    return f"{amount.quantize(CENT, ROUND_HALF_UP):,} {currency}"


def signed_money(amount: Decimal, currency: str) -> str:
    return ("+" if amount > 0 else "") + money(amount, currency)


def week_label(start: date) -> str:
    end = start + timedelta(days=6)
    if start.year != end.year:
        return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%B} to {end.day} {end:%B %Y}"
    return f"{start.day}-{end.day} {end:%B %Y}"


def _movement(now: Decimal, before: Decimal, currency: str) -> str:
    if now == before:
        return "the same as the week before"
    direction = "up" if now > before else "down"
    pct = percent_change(now, before)
    detail = f" ({pct:+.1f}%)" if pct is not None else ""
    return f"{direction} {money(abs(now - before), currency)}{detail} on the week before"


def _change_sentence(c: Change, currency: str) -> str:
    if c.kind == "expense_category":
        what = f"spending on {c.name} was {money(c.amount, currency)}"
    else:
        what = f"{c.name} paid {money(c.amount, currency)}"
    if c.previous_high == 0:
        return f"{what}, with nothing in the previous {NOTABLE_WEEKS} weeks"
    high = money(c.previous_high, currency)
    return f"{what}, more than in any of the previous {NOTABLE_WEEKS} weeks (highest {high})"


def compose(f: WeekFigures) -> Summary:
    cur = f.currency
    label = week_label(f.period_start)
    if f.transactions == 0:
        body = f"Week of {label}: no money came in or went out."
        if f.previous_revenue or f.previous_expenses:
            body += (f" The week before: revenue {money(f.previous_revenue, cur)}, expenses "
                     f"{money(f.previous_expenses, cur)}.")
        return Summary(title=f"Week of {label}: a quiet week", body=body)
    sentences = [
        f"Week of {label}.",
        f"Revenue: {money(f.revenue, cur)}, {_movement(f.revenue, f.previous_revenue, cur)}.",
        f"Expenses: {money(f.expenses, cur)}, {_movement(f.expenses, f.previous_expenses, cur)}.",
        f"Net: {signed_money(f.net, cur)} (the week before: {signed_money(f.previous_net, cur)}).",
    ]
    if f.top_customer is not None:
        sentences.append(f"Top customer: {f.top_customer.name}, {money(f.top_customer.amount, cur)}.")
    if f.top_expense_category is not None:
        sentences.append(f"Biggest expense category: {f.top_expense_category.name}, "
                         f"{money(f.top_expense_category.amount, cur)}.")
    if f.notable:
        changes = "; ".join(_change_sentence(c, cur) for c in f.notable)
        sentences.append(f"Worth a look: {changes}.")
    title = f"Week of {label}: net {signed_money(f.net, cur)}"
    return Summary(title=title, body=" ".join(sentences))


def _plain(d: Decimal) -> str:
    return format(d.quantize(CENT, ROUND_HALF_UP), "f")
