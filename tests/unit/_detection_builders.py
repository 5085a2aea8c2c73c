"""Small builders for detection contexts: transactions, series, forecasts and whole businesses,
so each rule's test reads as the history it describes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from cashpilot.domain.detection.model import (
    AnomalyScore,
    DetectionContext,
    Finding,
    ForecastDay,
    ForecastFlow,
    ForecastView,
    Series,
    Thresholds,
    Txn,
)
from cashpilot.domain.detection.rules._text import day as fmt_day

D = Decimal
TODAY = date(2026, 6, 15)
BUSINESS = uuid.UUID("00000000-0000-4000-8000-000000000001")
_NS = uuid.UUID("7d0f1f5e-2b1c-4c55-9a53-4b3f3e1f0d11")


def uid(kind: str, name: str) -> uuid.UUID:
    """A stable id per name, so a test can say "Acme" and mean the same entity everywhere."""
    return uuid.uuid5(_NS, f"{kind}:{name}")


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def ahead(days: int) -> date:
    return TODAY + timedelta(days=days)


def txn(on: date, amount: str | Decimal | int, *, who: str | None = None, category: str | None = None,
        description: str = "", entity_type: str | None = None) -> Txn:
    return Txn(
        id=uuid.uuid4(), date=on, amount=D(str(amount)), description=description or (who or ""),
        entity_id=uid("entity", who) if who else None, entity_name=who, entity_type=entity_type,
        category_id=uid("category", category) if category else None,
        category_name=category.replace("_", " ").title() if category else None, category_key=category,
    )


def month_day(year: int, month: int, dd: int) -> date:
    y, m = divmod(year * 12 + month - 1, 12)
    return date(y, m + 1, dd)


def monthly(amount: str | int, *, who: str | None = None, category: str | None = None, dd: int = 1,
            months: int = 15, until: date = TODAY, description: str = "", entity_type: str | None = None) -> list[Txn]:
    """One payment on day `dd` of each of the last `months` months up to `until` (oldest first)."""
    dates = [month_day(until.year, until.month - k, dd) for k in range(months, -1, -1)]
    return [txn(d, amount, who=who, category=category, description=description, entity_type=entity_type)
            for d in [d for d in dates if d <= until][-months:]]


def every(days: int, amount: str | int, *, start: date, until: date = TODAY, **kw: Any) -> list[Txn]:
    out, d = [], start
    while d <= until:
        out.append(txn(d, amount, **kw))
        d += timedelta(days=days)
    return out


def series(name: str, amount: str | int, *, next_date: date, last_date: date, direction: str = "in",
           cadence: str = "monthly", first_date: date | None = None, occurrences: int = 12, status: str = "active",
           usual_days_late: float | None = None, late_p90: float | None = None, category: str | None = None,
           with_entity: bool = True) -> Series:
    return Series(
        id=uid("series", f"{name}:{direction}:{cadence}"), name=name, direction=direction,  # type: ignore[arg-type]
        cadence=cadence, expected_amount=D(str(amount)), first_date=first_date or last_date - timedelta(days=400),
        last_date=last_date, next_date=next_date, occurrences=occurrences, status=status,  # type: ignore[arg-type]
        confidence=0.9, entity_id=uid("entity", name) if with_entity else None,
        category_id=uid("category", category) if category else None, category_key=category,
        usual_days_late=usual_days_late, late_p90=late_p90,
    )


def steps(start: str | int | Decimal, changes: dict[int, str | int] | None = None, days: int = 90) -> list[Decimal]:
    """Expected balances for days 1..`days` ahead: `start`, moved by `changes` {day: amount} from that day on."""
    bal, out = D(str(start)), []
    for i in range(1, days + 1):
        bal += D(str((changes or {}).get(i, 0)))
        out.append(bal)
    return out


def forecast(balances: Sequence[Decimal], *, p10_gap: str | int = 0, p10: Sequence[Decimal] | None = None,
             deficit: dict[int, float] | None = None, flows: Iterable[ForecastFlow] = (),
             as_of: date = TODAY) -> ForecastView:
    gap = D(str(p10_gap))
    daily = tuple(ForecastDay(as_of + timedelta(days=i + 1), b, p10[i] if p10 is not None else b - gap, b + gap)
                  for i, b in enumerate(balances))
    return ForecastView(
        snapshot_id=uuid.uuid4(), as_of=as_of, opening_balance=balances[0] if balances else D(0), daily=daily,
        deficit_probability=deficit if deficit is not None else {30: 0.0, 60: 0.0, 90: 0.0},
        buffer_breach_probability={30: 0.0, 60: 0.0, 90: 0.0}, runway_days=None, flows=tuple(flows),
    )


def flow(due: date, amount: str | int, label: str, *, category: str | None = None) -> ForecastFlow:
    return ForecastFlow(due=due, amount=D(str(amount)), label=label, category_key=category,
                        category_id=uid("category", category) if category else None)


def anomaly(t: Txn, score: float, baseline: str | int, *, samples: int = 24, is_anomaly: bool = True,
            basis: str = "entity") -> AnomalyScore:
    return AnomalyScore(transaction_id=t.id, score=score, is_anomaly=is_anomaly, baseline=D(str(baseline)),
                        basis=basis, basis_id=t.entity_id, samples=samples)


def context(*, txns: Iterable[Txn] = (), series_: Iterable[Series] = (), fc: ForecastView | None = None,
            balance: str | int | Decimal = 20000, mode: str = "normal", anomalies: Iterable[AnomalyScore] = (),
            today: date = TODAY, **thresholds: Any) -> DetectionContext:
    base = {k: D(str(v)) if k in ("cash_buffer", "payroll_margin", "large_payment_amount") and v is not None else v
            for k, v in thresholds.items()}
    return DetectionContext(
        business_id=BUSINESS, business_name="Test Bakery Ltd", currency="GBP", today=today,
        balance=D(str(balance)), thresholds=Thresholds.scaled(mode, **base),
        transactions=tuple(sorted(txns, key=lambda t: t.date)), series=tuple(series_), forecast=fc,
        anomalies={a.transaction_id: a for a in anomalies},
    )


def healthy_business(**overrides: Any) -> DetectionContext:
    """Four customers paying monthly on the 1st (13,000 a month), rent, payroll, software and weekly
    supplies (8,850 a month), 60,000 in the bank against a 10,000 buffer, a forecast that keeps rising."""
    customers = {"Acme Ltd": 4000, "Beta Foods": 3500, "Corner Cafe": 3000, "Delta Hotels": 2500}
    txns: list[Txn] = []
    for name, amount in customers.items():
        txns += monthly(amount, who=name, category="sales_revenue", entity_type="customer")
    txns += monthly(-3000, who="Landlord Properties", category="rent")
    txns += monthly(-5000, who="Staff Payroll", category="payroll", dd=25)
    txns += monthly(-200, who="Adobe", category="software", dd=5)
    txns += every(7, -150, start=ago(440), who="Flour Mill", category="supplies")
    all_series = [series(n, a, next_date=date(2026, 7, 1), last_date=date(2026, 6, 1), category="sales_revenue",
                         occurrences=15) for n, a in customers.items()]
    all_series += [
        series("Landlord Properties", 3000, direction="out", next_date=date(2026, 7, 1), last_date=date(2026, 6, 1),
               category="rent"),
        series("Staff Payroll", 5000, direction="out", next_date=date(2026, 6, 25), last_date=date(2026, 5, 25),
               category="payroll"),
        series("Adobe", 200, direction="out", next_date=date(2026, 7, 5), last_date=date(2026, 6, 5),
               category="software"),
    ]
    flows = [flow(date(2026, 6, 25), -5000, "Staff Payroll", category="payroll"),
             flow(date(2026, 7, 1), -3000, "Landlord Properties", category="rent"),
             flow(date(2026, 7, 5), -200, "Adobe", category="software")]
    flows += [flow(date(2026, 7, 1), a, n, category="sales_revenue") for n, a in customers.items()]
    changes = {(f.due - TODAY).days: 0 for f in flows}
    for f in flows:
        changes[(f.due - TODAY).days] += f.amount
    fc = forecast(steps(60000, changes), p10_gap=5000, flows=flows)
    args: dict[str, Any] = {"txns": txns, "series_": all_series, "fc": fc, "balance": 60000, "cash_buffer": 10000}
    args.update(overrides)
    return context(**args)


def money_text(amount: str | int) -> str:
    return f"GBP {D(str(amount)).quantize(D('0.01')):,}"


def assert_justified(f: Finding, *, amounts: Iterable[str | int] = (), dates: Iterable[date] = (),
                     words: Iterable[str] = ()) -> None:
    """The message names every amount and date given, and the finding stores as JSON."""
    for a in amounts:
        assert money_text(a) in f.message, (money_text(a), f.message)
    for d in dates:
        assert fmt_day(d) in f.message, (fmt_day(d), f.message)
    for w in words:
        assert w in f.message, (w, f.message)
    assert f.title and len(f.title) <= 80
    json.dumps(f.to_json())
