"""Seeded synthetic business histories with known recurring series, for the recurring-series detector.

Each history is two to three years of one business's payments, grouped the way the caller groups
them (one counterparty, one direction). It holds true series of every cadence and day rule with the
frictions of real bank data, and noise that must not come out as a series:

- posting lag of 0-3 days; bank transfers are not booked on weekends (moved to Monday), card
  charges are;
- an occasional missed payment inside a series; some series stop partway and must be reported as
  stopped; a rent rises once; a SaaS price changes once; utilities vary by ±20 %, payroll by overtime;
- one-off payments to the same counterparties as series (some of exactly the series' amount), and
  groups of irregular repeated purchases (a café, a hardware store, fuel, a supermarket) and of
  irregular customer receipts.

The calendar arithmetic here is written independently of `cashpilot.domain.recurring`, so the
acceptance test does not check the detector against its own reading of the rules.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.recurring import GRACE_DAYS as GRACE
from cashpilot.domain.recurring import Occurrence

PERIOD_DAYS = {"weekly": 7, "biweekly": 14, "semi_monthly": 15, "monthly": 30, "quarterly": 91, "yearly": 365}
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class TrueSeries:
    group: str
    kind: str  # what it stands for: "rent", "payroll_biweekly", ...
    cadence: str
    rule: str  # the generator's own description of the schedule
    ids: frozenset[int]
    next_date: date  # the first due date not seen by `today`
    stopped: bool


@dataclass
class History:
    seed: int
    today: date
    groups: dict[str, list[Occurrence]] = field(default_factory=dict)
    truth: list[TrueSeries] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(g) for g in self.groups.values())


# --- calendar ---------------------------------------------------------------------------------------

def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _rolled(d: date, convention: str | None) -> date:
    wd = d.weekday()
    if wd < 5 or convention is None:
        return d
    if convention == "following":
        return d + timedelta(days=7 - wd)
    if convention == "preceding":
        return d - timedelta(days=wd - 4)
    return d - timedelta(days=1) if wd == 5 else d + timedelta(days=1)  # nearest


def _last_business_day(year: int, month: int) -> date:
    return _rolled(_clamped(year, month, 31), "preceding")


def _first_business_day(year: int, month: int) -> date:
    return _rolled(date(year, month, 1), "following")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1


def _monthly_dates(start: date, end: date, every: int, due: Callable[[int, int], date]) -> list[date]:
    out = []
    y, m = start.year, start.month
    while True:
        d = due(y, m)
        if d > end:
            return out
        if d >= start:
            out.append(d)
        y, m = _add_months(y, m, every)


def _interval_dates(start: date, end: date, days: int, weekday: int) -> list[date]:
    d = start + timedelta(days=(weekday - start.weekday()) % 7)
    out = []
    while d <= end:
        out.append(d)
        d += timedelta(days=days)
    return out


# --- series templates -------------------------------------------------------------------------------

@dataclass
class _Plan:
    kind: str
    cadence: str
    rule: str
    due_dates: list[date]  # every due date from the series' start to well past today
    amounts: Callable[[int], Decimal]  # amount of the n-th payment
    bank_booking: bool  # transfers are booked on business days only; card charges any day
    sign: int


def _money(x: float) -> Decimal:
    # The generator draws in floats for convenience; what it emits is two-place Decimal, like a bank.
    return Decimal(repr(round(x, 2))).quantize(_CENT)


def _plans(rng: random.Random, start: date, horizon: date) -> list[_Plan]:
    """Every template once, in random order; the caller keeps a random subset."""
    plans: list[_Plan] = []

    def monthly(day: int | str, roll: str | None, every: int = 1, anchor_month: int | None = None):
        # Quarterly and yearly schedules run in fixed months, counted from anchor_month.
        s = start if anchor_month is None else date(start.year, anchor_month, 1)

        def due(y: int, m: int) -> date:
            if day == "lbd":
                return _last_business_day(y, m)
            if day == "fbd":
                return _first_business_day(y, m)
            return _rolled(_clamped(y, m, int(day)), roll)

        dates = _monthly_dates(s.replace(day=1), horizon, every, due)
        return [d for d in dates if d >= start]

    # Rent: standing order on the 1st (moved to Monday), one rise of 2-8 % after 8-14 months.
    rent = rng.randrange(80, 400) * 10
    rise_at = rng.randrange(8, 15)
    rise = 1 + rng.uniform(0.02, 0.08)
    plans.append(_Plan("rent", "monthly", "day_of_month:1:following", monthly(1, "following"),
                       lambda n: _money(rent * (rise if n >= rise_at else 1)), True, -1))

    # Biweekly Friday payroll with overtime.
    pay = rng.uniform(3000, 25000)
    plans.append(_Plan("payroll_biweekly", "biweekly", "weekday:FRI",
                       _interval_dates(start, horizon, 14, 4),
                       lambda n: _money(pay * (1 + rng.uniform(0, 0.08))), True, -1))

    # Semi-monthly payroll on the 15th and the last day, paid the Friday before a weekend.
    semi = rng.uniform(2000, 15000)
    semi_dates = sorted(monthly(15, "preceding") + monthly(31, "preceding"))
    plans.append(_Plan("payroll_semi_monthly", "semi_monthly", "semi_monthly:15,last:preceding", semi_dates,
                       lambda n: _money(semi * (1 + rng.uniform(0, 0.05))), True, -1))

    # Loan repayment on the last business day, constant.
    loan = rng.uniform(300, 3000)
    plans.append(_Plan("loan", "monthly", "last_business_day", monthly("lbd", None),
                       lambda n: _money(loan), True, -1))

    # SaaS card charge on a fixed day (weekends included), with a price change in half the cases.
    price = rng.choice([19, 29, 49, 79, 99, 149, 299])
    change_at = rng.randrange(6, 20) if rng.random() < 0.5 else 10_000
    new_price = price * rng.uniform(1.1, 1.25)
    saas_day = rng.randrange(1, 29)
    plans.append(_Plan("saas", "monthly", f"day_of_month:{saas_day}", monthly(saas_day, None),
                       lambda n: _money(new_price if n >= change_at else price), False, -1))

    # Usage-based utility, ±20 %, direct debit moved to the next business day.
    util = rng.uniform(80, 900)
    util_day = rng.randrange(5, 26)
    plans.append(_Plan("utilities", "monthly", f"day_of_month:{util_day}:following",
                       monthly(util_day, "following"),
                       lambda n: _money(util * rng.uniform(0.8, 1.2)), True, -1))

    # Quarterly tax on the 15th of Jan/Apr/Jul/Oct (next business day), varying with the quarter.
    tax = rng.uniform(1500, 20000)
    q_month = rng.choice([1, 2, 3])
    plans.append(_Plan("quarterly_tax", "quarterly", "day_of_month:15:following",
                       monthly(15, "following", every=3, anchor_month=q_month),
                       lambda n: _money(tax * rng.uniform(0.92, 1.08)), True, -1))

    # Yearly insurance premium, a few percent more each year.
    premium = rng.uniform(400, 6000)
    ins_month = rng.randrange(1, 13)
    ins_day = rng.randrange(1, 29)
    plans.append(_Plan("insurance", "yearly", f"day_of_month:{ins_day}:following",
                       monthly(ins_day, "following", every=12, anchor_month=ins_month),
                       lambda n: _money(premium * (1 + 0.03 * n)), True, -1))

    # Weekly cleaner, paid on a fixed weekday.
    cleaner = rng.uniform(60, 400)
    cleaner_wd = rng.randrange(0, 5)
    plans.append(_Plan("cleaner_weekly", "weekly", f"weekday:{cleaner_wd}",
                       _interval_dates(start, horizon, 7, cleaner_wd),
                       lambda n: _money(cleaner * rng.choice([1, 1, 1, 1.05])), True, -1))

    # Customer retainer received on the first business day.
    retainer = rng.randrange(10, 200) * 50
    plans.append(_Plan("retainer", "monthly", "first_business_day", monthly("fbd", None),
                       lambda n: _money(retainer), True, 1))

    # Software charged at month end (the 31st clamped to the month's last day), card.
    eom = rng.uniform(20, 500)
    plans.append(_Plan("month_end_licence", "monthly", "day_of_month:31", monthly(31, None),
                       lambda n: _money(eom), False, -1))

    # Contractor paid on the 1st and the 15th, next business day.
    contractor = rng.uniform(500, 4000)
    plans.append(_Plan("contractor_semi_monthly", "semi_monthly", "semi_monthly:1,15:following",
                       sorted(monthly(1, "following") + monthly(15, "following")),
                       lambda n: _money(contractor), True, -1))

    # Marketplace payout every other Tuesday, amounts vary with sales.
    payout = rng.uniform(500, 5000)
    plans.append(_Plan("payout_biweekly", "biweekly", "weekday:1", _interval_dates(start, horizon, 14, 1),
                       lambda n: _money(payout * rng.uniform(0.85, 1.15)), True, 1))

    # Lease on the 29th, clamped in February, nearest business day.
    lease = rng.uniform(200, 2500)
    plans.append(_Plan("lease_29th", "monthly", "day_of_month:29:nearest", monthly(29, "nearest"),
                       lambda n: _money(lease), True, -1))

    rng.shuffle(plans)
    return plans


# --- noise ------------------------------------------------------------------------------------------

def _random_dates(rng: random.Random, start: date, today: date, n: int) -> list[date]:
    span = (today - start).days
    return sorted(start + timedelta(days=rng.randrange(span + 1)) for _ in range(n))


def _noise_groups(rng: random.Random, start: date, today: date) -> list[tuple[str, list[tuple[date, Decimal]]]]:
    groups: list[tuple[str, list[tuple[date, Decimal]]]] = []
    span = (today - start).days
    years = span / 365

    # The café of the brief: a handful of visits at random dates, random amounts.
    groups.append(("cafe", [(d, _money(-rng.uniform(3.5, 12))) for d in _random_dates(rng, start, today, 8)]))
    # A café visited often, always the same coffee: identical amounts, irregular dates.
    n = int(rng.uniform(20, 60) * years)
    groups.append(("coffee_chain", [(d, _money(-rng.choice([3.5, 3.5, 4.2])))
                                    for d in _random_dates(rng, start, today, n)]))
    # Hardware store: irregular visits, very different baskets.
    n = rng.randrange(5, 25)
    groups.append(("hardware", [(d, _money(-(15 * (400 / 15) ** rng.random())))
                                for d in _random_dates(rng, start, today, n)]))
    # Fuel: every 4-12 days, 40-90 a fill.
    fuel = []
    d = start + timedelta(days=rng.randrange(10))
    while d <= today:
        fuel.append((d, _money(-rng.uniform(40, 90))))
        d += timedelta(days=rng.randrange(4, 13))
    groups.append(("fuel", fuel))
    # Office supplies, roughly monthly but not on a schedule.
    office = []
    d = start + timedelta(days=rng.randrange(30))
    while d <= today:
        office.append((d, _money(-(20 * 10 ** rng.random()))))
        d += timedelta(days=rng.randrange(12, 55))
    groups.append(("office_supplies", office))
    # Supermarket, two to four times a week.
    n = int(rng.uniform(100, 200) * years)
    groups.append(("supermarket", [(d, _money(-rng.uniform(10, 150)))
                                   for d in _random_dates(rng, start, today, n)]))
    # A customer paying invoices whenever: income, irregular, amounts all over the place.
    n = rng.randrange(6, 30)
    groups.append(("customer_adhoc", [(d, _money(200 * 25 ** rng.random()))
                                      for d in _random_dates(rng, start, today, n)]))
    # One-off suppliers.
    for i in range(rng.randrange(3, 12)):
        groups.append((f"oneoff_{i}", [(d, _money(-rng.uniform(10, 3000)))
                                       for d in _random_dates(rng, start, today, rng.randrange(1, 3))]))
    return groups


# --- histories --------------------------------------------------------------------------------------

_LAG = (0, 0, 0, 1, 1, 1, 2, 2, 3)  # posting lag in days: mostly same or next day, up to three


def _post(rng: random.Random, due: date, bank_booking: bool) -> date:
    d = due + timedelta(days=rng.choice(_LAG))
    if bank_booking and d.weekday() >= 5:
        d += timedelta(days=7 - d.weekday())
    return d


def generate_history(seed: int) -> History:
    rng = random.Random(seed)
    months = rng.randrange(24, 37)
    today = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 900))
    start = today - timedelta(days=int(months * 30.44))
    horizon = today + timedelta(days=400)
    history = History(seed=seed, today=today)
    next_id = iter(range(1, 10**9))

    plans = _plans(rng, start, horizon)
    keep = plans[: rng.randrange(8, len(plans) + 1)]
    groups: dict[str, list[Occurrence]] = {}

    for idx, plan in enumerate(keep):
        group = f"{plan.kind}#{idx}"
        period = PERIOD_DAYS[plan.cadence]
        dues = plan.due_dates
        # Some series start partway through the history.
        if plan.cadence != "yearly" and rng.random() < 0.2:
            late_start = start + timedelta(days=rng.randrange(0, max(1, (today - start).days // 3)))
            dues = [d for d in dues if d >= late_start]
        seen = [d for d in dues if d <= today]
        need = 2 if plan.cadence == "yearly" else 6
        # Some series stop: the last payment is well before today, so "stopped" is unambiguous.
        stop_index = None
        if plan.cadence not in ("yearly",) and rng.random() < 0.15:
            limit = today - timedelta(days=GRACE[plan.cadence] + period + period // 2)
            candidates = [i for i, d in enumerate(seen) if i >= need and d <= limit]
            if candidates:
                stop_index = rng.choice(candidates)
        # An occasional missed payment in the middle.
        skip = set()
        last_paid = len(seen) if stop_index is None else stop_index
        if last_paid >= 10 and rng.random() < 0.15:
            skip.add(rng.randrange(3, last_paid - 3))

        occurrences: list[Occurrence] = []
        ids: set[int] = set()
        next_due = None
        for n, due in enumerate(dues):
            if stop_index is not None and n >= stop_index:
                next_due = next_due or due
                break
            if n in skip:
                continue
            posted = _post(rng, due, plan.bank_booking)
            if posted > today:
                next_due = next_due or due
                break
            i = next(next_id)
            ids.add(i)
            occurrences.append(Occurrence(i, posted, plan.sign * abs(plan.amounts(n))))
        assert next_due is not None
        if len(ids) < need:
            continue
        # Yearly series with only two payments are detectable only when the amounts agree closely.
        history.truth.append(TrueSeries(
            group=group, kind=plan.kind, cadence=plan.cadence, rule=plan.rule, ids=frozenset(ids),
            next_date=next_due, stopped=today > next_due + timedelta(days=GRACE[plan.cadence]),
        ))
        # One-off payments to the same counterparty: some random, some of exactly the series' amount.
        if rng.random() < 0.35:
            typical = occurrences[len(occurrences) // 2].amount
            for _ in range(rng.randrange(1, 3)):
                day = start + timedelta(days=rng.randrange((today - start).days))
                amount = typical if rng.random() < 0.4 else _money(float(typical) * rng.uniform(0.2, 3))
                occurrences.append(Occurrence(next(next_id), day, amount))
        # A supplier with a monthly subscription sometimes also bills a yearly licence.
        if plan.kind == "saas" and rng.random() < 0.4:
            lic_month, lic_day = rng.randrange(1, 13), rng.randrange(1, 29)
            lic = rng.uniform(1000, 5000)
            lic_ids = set()
            lic_dues = [_clamped(y, lic_month, lic_day) for y in range(start.year, today.year + 2)]
            lic_dues = [d for d in lic_dues if d >= start]
            lic_next = None
            for due in lic_dues:
                posted = _post(rng, due, False)
                if posted > today:
                    lic_next = due
                    break
                i = next(next_id)
                lic_ids.add(i)
                occurrences.append(Occurrence(i, posted, _money(-lic)))
            if len(lic_ids) >= 2:
                history.truth.append(TrueSeries(
                    group=group, kind="licence", cadence="yearly", rule=f"day_of_month:{lic_day}",
                    ids=frozenset(lic_ids), next_date=lic_next, stopped=False,
                ))
        groups[group] = sorted(occurrences, key=lambda o: o.date)

    for name, rows in _noise_groups(rng, start, today):
        groups[name] = [Occurrence(next(next_id), d, a) for d, a in rows]
    history.groups = groups
    return history


def generate_histories(count: int, seed: int = 0) -> list[History]:
    return [generate_history(seed * 100_003 + i) for i in range(count)]
