"""Synthetic small-business bank histories with known structure, for forecast back-tests.

`generate(seed)` is deterministic (one `random.Random(seed)`, no global state). Each seed picks a business
archetype and draws its streams: payroll, rent, subscriptions, utilities, loans, taxes, customers paying
invoices late in their own way, daily card takings with weekly and yearly seasonality, supplier purchases,
owner draws and a few shocks. The opening balance is chosen last, so that about one history in five comes
close to or under its buffer (a forecast back-test needs real deficits to find).

Sampling is done in float (that is what `random` gives); every amount becomes a 2-dp Decimal before any sum.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.backtesting.histories import History, HistoryTx

DAY = timedelta(days=1)
STRESSED_SHARE = 0.2  # share of histories whose lowest balance is near or under the buffer


def generate(seed: int, *, days: int = 730, end: date = date(2026, 10, 31)) -> History:
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    book = _Book(rng, end - (days - 1) * DAY, end)
    ARCHETYPES[_pick_archetype(rng)][1](book)
    book.settle_margin(rng.uniform(*book.margin))
    book.shocks()
    book.owner_draws()
    return book.history(f"synthetic-{seed:04d}")


def generate_many(n: int, *, seed: int = 0, days: int = 730) -> list[History]:
    """Histories for seeds seed, seed+1, ...: "synthetic-0042" is always `generate(42)`."""
    return [generate(seed + i, days=days) for i in range(n)]


def archetype_of(seed: int) -> str:
    """The archetype `generate(seed)` draws (it is the first draw, so this costs nothing)."""
    return _pick_archetype(random.Random(seed))  # noqa: S311 - reproducible test data, not security


def _pick_archetype(rng: random.Random) -> str:
    return rng.choices(list(ARCHETYPES), weights=[w for w, _ in ARCHETYPES.values()])[0]


# ---- money and calendar helpers -------------------------------------------------------------------------


def _money(x: float) -> Decimal:
    return Decimal(round(x * 100)).scaleb(-2)


def _business_day_after(d: date) -> date:
    while d.weekday() >= 5:
        d += DAY
    return d


def _business_day_before(d: date) -> date:
    while d.weekday() >= 5:
        d -= DAY
    return d


def _months(start: date, end: date) -> Iterator[tuple[int, int]]:
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _day_of_month(y: int, m: int, day: int) -> date:
    """Day `day` of the month, or its last day when shorter; day <= 0 counts from the end (0 = last day)."""
    last = calendar.monthrange(y, m)[1]
    return date(y, m, min(day, last)) if day > 0 else date(y, m, last + day)


# ---- the book: all flows of one business -----------------------------------------------------------------


class _Book:
    def __init__(self, rng: random.Random, start: date, end: date) -> None:
        self.rng, self.start, self.end = rng, start, end
        self.flows: list[tuple[date, Decimal, str, str, str]] = []  # date, amount, description, counterparty, kind
        self.revenue = 0.0  # typical monthly revenue, set by the archetype; shocks and draws scale with it
        self.sales_by_quarter: dict[tuple[int, int], Decimal] = {}
        self.takings_factor: Callable[[date], float] | None = None
        self.growth = 0.0  # yearly growth of sales; payroll follows it in steps
        self.margin = (0.0, 0.2)  # range of the operating margin before the owner's pay; archetypes may change it

    def add(self, d: date, amount: Decimal, description: str, counterparty: str, kind: str = "regular") -> None:
        if self.start <= d <= self.end and amount:
            self.flows.append((d, amount, description, counterparty, kind))

    def random_day(self, skip_start: int = 30, skip_end: int = 0) -> date:
        """A day inside the window, avoiding its first and last days when the window is long enough."""
        window = (self.end - self.start).days
        lo = min(skip_start, window)
        return self.start + self.rng.randrange(lo, max(lo + 1, window - skip_end)) * DAY

    def ref(self, digits: int = 4) -> str:
        return str(self.rng.randrange(10 ** (digits - 1), 10**digits))

    def jitter(self, spread: float) -> float:
        return 1 + self.rng.uniform(-spread, spread)

    # -- recurring outflows --

    def payroll(self, monthly: float, hourly: bool) -> None:
        """Net pay plus the provider's tax debit on each pay day; raises in January and when someone is hired."""
        rng = self.rng
        schedule = rng.choice(["weekly", "biweekly", "biweekly", "semimonthly", "monthly", "monthly-last"])
        provider, cp = rng.choice(PAYROLL_PROVIDERS)
        company = self.ref()
        pay_days = list(_pay_days(schedule, self.start - 30 * DAY, self.end, rng))
        per_run = monthly * 12 / {"weekly": 52, "biweekly": 26, "semimonthly": 24}.get(schedule, 12)
        hires = {self.random_day(60) for _ in range(rng.randint(0, 2))}
        level, year, quarter = 1.0, pay_days[0].year, 0
        for d in pay_days:
            if (d - self.start).days // 91 > quarter:  # a growing business hires (a shrinking one lets go) quarterly
                quarter = (d - self.start).days // 91
                level *= (1 + self.growth) ** 0.25
            if d.year != year:
                year = d.year
                if rng.random() < 0.7:
                    level *= rng.uniform(1.02, 1.06)  # yearly raises
            for hire in [h for h in hires if h <= d]:
                hires.discard(hire)
                level *= rng.uniform(1.05, 1.15)  # one more person on the payroll
            gross = per_run * level * (self.jitter(0.08) if hourly else self.jitter(0.01))
            self.add(d, _money(-gross * 0.76), provider.format(id=company), cp)
            self.add(d, _money(-gross * 0.24), f"{cp.upper()} TAX {company}", cp)

    def rent(self, monthly: float) -> None:
        """On the 1st (rolled to the next business day), up 3-5% on each lease anniversary."""
        landlord = self.rng.choice(LANDLORDS)
        anniversary = self.rng.randint(1, 12)
        amount = monthly
        for y, m in _months(self.start, self.end):
            if m == anniversary and y > self.start.year:
                amount *= self.rng.uniform(1.03, 1.05)
            d = _business_day_after(date(y, m, 1))
            self.add(d, _money(-amount), f"ACH DEBIT {landlord.upper()} RENT", landlord)

    def monthly(self, name: str, description: str, amount: float, *, day: int | None = None, spread: float = 0.0,
                wobble_days: int = 0, seasonal: Callable[[int], float] | None = None, until: date | None = None,
                kind: str = "regular") -> None:
        """A bill on the same day each month (amount +-spread, date +-wobble, optional seasonal factor)."""
        day = day or self.rng.randint(1, 28)
        for y, m in _months(self.start, until or self.end):
            d = _day_of_month(y, m, day) + self.rng.randint(-wobble_days, wobble_days) * DAY
            factor = seasonal(m) if seasonal else 1.0
            self.add(_business_day_after(d), _money(-amount * factor * self.jitter(spread)), description, name, kind)

    def subscriptions(self, pool: list[tuple[str, str, float]], count: int) -> None:
        """Software on a fixed day; one in four billed yearly; some go up in price once."""
        for name, description, amount in self.rng.sample(pool, min(count, len(pool))):
            if self.rng.random() < 0.25:
                day = self.start + self.rng.randrange(365) * DAY
                while day <= self.end:
                    self.add(day, _money(-amount * 10), description, name)  # yearly plan: ~10 months' price
                    day = day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else day + 365 * DAY
                continue
            price_change = self.random_day(0) if self.rng.random() < 0.3 else None
            day_of_month = self.rng.randint(1, 28)
            for y, m in _months(self.start, self.end):
                d = date(y, m, day_of_month)
                price = amount * (1.2 if price_change and d >= price_change else 1.0)
                self.add(d, _money(-price), description, name)

    def utilities(self, monthly: float, summer_peak: bool) -> None:
        seasonal_electric = (lambda m: 1.3 if m in (6, 7, 8) else 1.0) if summer_peak else (
            lambda m: 1.25 if m in (12, 1, 2) else 1.0
        )
        electric = self.rng.choice(ELECTRIC)
        self.monthly(electric, f"{electric.upper()} UTIL PAYMENT", monthly * 0.6, spread=0.2, wobble_days=2,
                     seasonal=seasonal_electric)
        water = self.rng.choice(WATER)
        self.monthly(water, f"{water.upper()} WATER BILL", monthly * 0.15, spread=0.2, wobble_days=2)
        telecom, description = self.rng.choice(TELECOM)
        self.monthly(telecom, description, monthly * 0.25, spread=0.03)

    def loan(self, monthly: float) -> None:
        """A term loan already running (it may be paid off inside the window); sometimes a new one mid-way."""
        lender = self.rng.choice(LENDERS)
        paid_off = self.start + self.rng.randrange(200, 1400) * DAY  # often after the window ends
        self.monthly(lender, f"{lender.upper()} LOAN PMT {self.ref(6)}", monthly, until=paid_off)
        if self.rng.random() < 0.25:
            taken = self.random_day(120, 60)
            principal = monthly * self.rng.uniform(15, 30)
            self.add(_business_day_after(taken), _money(principal), f"{lender.upper()} LOAN PROCEEDS", lender, "shock")
            first = taken + 30 * DAY
            for y, m in _months(first, self.end):
                self.add(_business_day_after(date(y, m, min(first.day, 28))),
                         _money(-principal / 18), f"{lender.upper()} LOAN PMT {self.ref(6)}", lender)

    def estimated_taxes(self, annual_profit: float) -> None:
        """US estimated income tax on Apr 15, Jun 15, Sep 15 and Jan 15; an April balance due now and then."""
        state = self.rng.choice(STATES)
        for y, m in _months(self.start, self.end):
            if m in (1, 4, 6, 9):
                d = _business_day_after(date(y, m, 15))
                self.add(d, _money(-annual_profit * 0.25 / 4 * self.jitter(0.1)), "IRS USATAXPYMT ESTIMATED", "IRS")
                self.add(d, _money(-annual_profit * 0.06 / 4 * self.jitter(0.1)), f"{state} DEPT REVENUE EST TAX",
                         f"{state} Department of Revenue")

    def sales_tax(self, rate: float) -> None:
        """Collected inside card takings, paid to the state on the 20th of the month after each quarter."""
        state = self.rng.choice(STATES)
        for (y, q), sales in sorted(self.sales_by_quarter.items()):
            due = date(y + (q == 4), 1 if q == 4 else 3 * q + 1, 20)
            self.add(_business_day_after(due), -(sales * Decimal(str(rate))).quantize(Decimal("0.01")),
                     f"{state} DEPT REVENUE SALES TAX", f"{state} Department of Revenue")

    # -- irregular outflows --

    def suppliers(self, pool: list[tuple[str, str]], monthly_total: float, per_month: float,
                  follow_sales: bool = False) -> None:
        """Purchases on random days (about `per_month` of them), lognormal sizes; busier when sales are."""
        vendors = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 4)))
        weights = [self.rng.uniform(0.5, 2) for _ in vendors]
        stores = {name: self.ref() for name, _ in vendors}
        mean_size = monthly_total / per_month
        d = self.start
        while d <= self.end:
            busy = self.takings_factor(d) if follow_sales and self.takings_factor else 1.0
            if d.weekday() < 6 and self.rng.random() < per_month / 26 * busy:
                name, template = self.rng.choices(vendors, weights=weights)[0]
                size = mean_size * self.rng.lognormvariate(-0.125, 0.5)
                description = template.format(upper=name.upper(), store=stores[name], ref=self.ref())
                self.add(d, _money(-size), description, name)
            d += DAY

    # -- income --

    def customers(self, count: int, monthly_total: float, cadence: str, payer_pool: list[str],
                  templates: list[str], terms: tuple[int, ...] = (15, 30, 30, 45),
                  season: Callable[[date], float] | None = None) -> None:
        """Invoices to customers who each pay with their own habit; some churn, some arrive mid-way.

        Every customer has a mean days-late and a spread (reliable: 0-3 +-2, average: 5-15 +-5, slow: 20-45
        +-15), and some pay only on their weekly payment-run day. Invoices start 120 days before the window so
        that it opens with receivables already outstanding.
        """
        rng = self.rng
        names = rng.sample(payer_pool, min(count, len(payer_pool)))
        shares = [rng.paretovariate(1.5) for _ in names]  # a few big customers, a tail of small ones
        invoices: list[tuple[date, str, float, int, tuple[float, float, int | None], str]] = []
        for name, share in zip(names, shares, strict=True):
            monthly = monthly_total * share / sum(shares)
            habit = rng.choices([(0, 3, 2), (5, 15, 5), (20, 45, 15)], weights=[5, 4, 2])[0]
            late = (rng.uniform(habit[0], habit[1]), habit[2] * rng.uniform(0.5, 1.2),
                    rng.choice([None, None, 1, 3]))  # mean late, spread, payment-run weekday
            first = self.start - 120 * DAY
            if rng.random() < 0.2:  # a new customer who arrives during the window
                first = self.random_day(30, 90)
            last = self.end
            if rng.random() < 0.2:  # a customer who leaves
                last = first + rng.randrange(120, 121 + (self.end - first).days) * DAY
            template = rng.choice(templates)
            for d, amount in _invoice_dates(cadence, monthly, first, min(last, self.end), rng, season):
                invoices.append((d, name, amount, rng.choice(terms), late, template))
        invoices.sort(key=lambda inv: inv[0])
        number = rng.randrange(1000, 5000)
        for issued, name, amount, net, (late_mean, late_sd, run_day), template in invoices:
            number += 1
            paid = issued + max(net // 3, round(net + rng.gauss(late_mean, late_sd))) * DAY  # early payers are rare
            if run_day is not None:
                paid += ((run_day - paid.weekday()) % 7) * DAY
            description = template.format(num=number, upper=name.upper(), ref=self.ref())
            self.add(_business_day_after(paid), _money(amount), description, name)

    def takings(self, daily: float, processor: tuple[str, str], weekday: list[float], months: list[float],
                growth: float, closed: frozenset[int] = frozenset(), taxable: bool = True) -> None:
        """Card sales every open day, paid out net of fees on the next business day (weekends land Monday)."""
        rng = self.rng
        name, template = processor
        noise = rng.uniform(0.1, 0.25)
        dip_start = self.random_day(0)
        dip = (dip_start, dip_start + rng.randint(30, 75) * DAY, rng.uniform(0.6, 0.8))
        has_dip = rng.random() < 0.3  # road works, a new competitor, a bad review: sales sag for a while

        def factor(d: date) -> float:
            years = (d - self.start).days / 365
            sag = dip[2] if has_dip and dip[0] <= d <= dip[1] else 1.0
            return weekday[d.weekday()] * months[d.month - 1] * (1 + growth) ** years * sag

        self.takings_factor = factor
        self.growth = growth
        pending, d = Decimal(0), self.start - 3 * DAY
        while d <= self.end:
            if d.weekday() < 5 and pending:
                self.add(d, pending, template.format(ref=self.ref(6)), name)
                pending = Decimal(0)
            closed_today = d.weekday() in closed or (d.month, d.day) in ((12, 25), (1, 1))
            if not closed_today:
                sales = _money(daily * factor(d) * rng.lognormvariate(-noise * noise / 2, noise))
                pending += (sales * Decimal("0.973")).quantize(Decimal("0.01"))  # net of ~2.7% card fees
                if taxable and d >= self.start:
                    key = (d.year, (d.month - 1) // 3 + 1)
                    self.sales_by_quarter[key] = self.sales_by_quarter.get(key, Decimal(0)) + sales
            d += DAY

    # -- shocks and the owner --

    def shocks(self) -> None:
        """0-2 big one-off expenses (equipment, tax bill, repair) and sometimes a one-off large receipt."""
        rng = self.rng
        for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
            name, description = rng.choice(ONE_OFF_EXPENSES)
            d = _business_day_after(self.random_day())
            self.add(d, _money(-self.revenue * rng.uniform(0.3, 1.2)), description.format(ref=self.ref()), name,
                     "shock")
        if rng.random() < 0.3:
            name, description = rng.choice(ONE_OFF_RECEIPTS)
            d = _business_day_after(self.random_day())
            self.add(d, _money(self.revenue * rng.uniform(0.2, 0.8)), description.format(ref=self.ref()), name,
                     "shock")

    def settle_margin(self, margin: float) -> None:
        """Scale the regular costs so that they take (1 - margin) of the regular income.

        Archetypes draw each cost as a share of a typical month, and those shares do not add up exactly;
        left alone, two years of a few percent too much or too little would make balances run away.
        Real small businesses run on thin margins, so the shape of the costs is kept and their level set.
        """
        income = sum((f[1] for f in self.flows if f[1] > 0 and f[4] == "regular"), Decimal(0))
        costs = -sum((f[1] for f in self.flows if f[1] < 0 and f[4] == "regular"), Decimal(0))
        if not income or not costs:
            return
        k = Decimal(str(round(float(income) * (1 - margin) / float(costs), 4)))
        self.flows = [
            (d, (a * k).quantize(Decimal("0.01")) if a < 0 and kind == "regular" else a, text, cp, kind)
            for d, a, text, cp, kind in self.flows
        ]

    def owner_draws(self) -> None:
        """The owner pays themself most of the last year's profit, so balances wander rather than run off.

        Owners look back, not ahead: a good year raises the draw, a lost customer lowers it months later.
        """
        rng = self.rng
        net_by_month: dict[tuple[int, int], float] = {}
        for d, amount, _, _, kind in self.flows:
            if kind != "shock":
                net_by_month[(d.year, d.month)] = net_by_month.get((d.year, d.month), 0.0) + float(amount)
        months = list(_months(self.start, self.end))
        owner, account = rng.choice(OWNERS), self.ref()
        share, day = rng.uniform(0.75, 1.0), rng.randint(1, 28)
        for i, (y, m) in enumerate(months):
            recent = months[max(0, i - 12) : i] or months[:3]  # the first month: what the owner expects
            profit = sum(net_by_month.get(ym, 0.0) for ym in recent) / len(recent)
            if profit > 0 and rng.random() < 0.92:  # now and then a month is skipped
                amount = round(profit * share * rng.uniform(0.85, 1.15), -2)
                self.add(_business_day_after(date(y, m, day)), _money(-amount),
                         f"ONLINE TRANSFER TO CHK ...{account} OWNER DRAW", owner)

    def history(self, name: str) -> History:
        flows = sorted(self.flows, key=lambda f: f[0])  # stable: same-day flows keep the order they were made in
        regular_out = -sum((f[1] for f in flows if f[1] < 0 and f[4] != "shock"), Decimal(0))
        days = (self.end - self.start).days + 1
        buffer = (regular_out / days * 14 / 100).quantize(Decimal(1)) * 100  # round hundreds, as an owner would
        running, lowest = Decimal(0), Decimal(0)
        for f in flows:
            running += f[1]
            lowest = min(lowest, running)
        # Choose where the lowest point lands relative to the buffer: under it (even under zero) for the
        # stressed share, comfortably above it for the rest.
        if self.rng.random() < STRESSED_SHARE:
            floor = buffer * Decimal(str(round(self.rng.uniform(-0.6, 1.05), 2)))
        else:
            floor = buffer * Decimal(str(round(self.rng.uniform(1.4, 4.0), 2)))
        opening = (floor - lowest).quantize(Decimal("0.01"))
        balance, txs = opening, []
        for d, amount, description, counterparty, _ in flows:
            balance += amount
            txs.append(HistoryTx(d, amount, description, counterparty, balance))
        return History(name, "USD", opening, tuple(txs), buffer)


def _pay_days(schedule: str, start: date, end: date, rng: random.Random) -> Iterator[date]:
    if schedule in ("weekly", "biweekly"):
        step = 7 if schedule == "weekly" else 14
        d = start + ((4 - start.weekday()) % 7 + rng.choice([0, 7]) * (step == 14)) * DAY  # Fridays
        while d <= end:
            yield d
            d += step * DAY
        return
    fixed_day = rng.choice([25, 28, 1, 15]) if schedule == "monthly" else 0
    for y, m in _months(start, end):
        if schedule == "semimonthly":
            yield _business_day_before(date(y, m, 15))
        yield _business_day_before(_day_of_month(y, m, fixed_day))


def _invoice_dates(cadence: str, monthly: float, first: date, last: date, rng: random.Random,
                   season: Callable[[date], float] | None) -> Iterator[tuple[date, float]]:
    if cadence == "monthly":  # a retainer, billed on the same day
        day = rng.choice([1, 1, 15, 0])
        for y, m in _months(first, last):
            d = _day_of_month(y, m, day)
            if first <= d <= last:
                yield d, monthly * rng.uniform(0.9, 1.1)
    elif cadence == "weekly":  # claims batches (insurers)
        d = first + rng.randrange(7) * DAY
        while d <= last:
            yield d, monthly * 12 / 52 * rng.lognormvariate(-0.02, 0.2)
            d += 7 * DAY
    else:  # projects: a few jobs a month, billed when done
        jobs_per_month = rng.uniform(1, 4)
        d = first
        while d <= last:
            busy = season(d) if season else 1.0  # more jobs in the busy season, same size
            d += max(1, round(rng.expovariate(jobs_per_month * busy / 30.4))) * DAY
            if d <= last:
                yield d, monthly / jobs_per_month * rng.lognormvariate(-0.18, 0.6)


# ---- archetypes -----------------------------------------------------------------------------------------


def _agency(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(40_000, 220_000)
    cadence = rng.choice(["monthly", "monthly", "project"])
    months = _perturb([0.95, 1.0, 1.05, 1.05, 1.05, 1.0, 0.8, 0.75, 1.05, 1.1, 1.1, 0.95], rng)  # quiet summer
    book.customers(rng.randint(3, 7), revenue, cadence, BUSINESS_CUSTOMERS, B2B_PAYMENT_LINES,
                   season=lambda d: months[d.month - 1])
    book.payroll(revenue * rng.uniform(0.45, 0.6), hourly=False)
    book.rent(revenue * rng.uniform(0.04, 0.08))
    book.subscriptions(SOFTWARE, rng.randint(5, 9))
    book.utilities(revenue * 0.01, summer_peak=True)
    book.suppliers(FREELANCE, revenue * rng.uniform(0.05, 0.12), rng.uniform(1, 4))
    book.monthly("Hiscox", "HISCOX INSURANCE PREMIUM", revenue * 0.008)
    if rng.random() < 0.5:
        book.loan(revenue * rng.uniform(0.02, 0.05))
    book.estimated_taxes(revenue * 12 * 0.12)


def _cafe(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(25_000, 90_000)
    weekend_busy = rng.random() < 0.7  # neighbourhood cafe; else an office-district one, quiet on weekends
    week = [0.85, 0.9, 0.95, 1.0, 1.15, 1.5, 1.35] if weekend_busy else [1.15, 1.15, 1.15, 1.1, 1.0, 0.5, 0.35]
    closed = frozenset({0}) if rng.random() < 0.2 else frozenset()
    book.takings(revenue / 30.4, rng.choice(CARD_PROCESSORS), _perturb(week, rng), _perturb(RETAIL_MONTHS, rng),
                 rng.uniform(-0.08, 0.15), closed)
    book.suppliers(FOOD_SUPPLIERS, revenue * rng.uniform(0.28, 0.35), rng.uniform(6, 14), follow_sales=True)
    book.payroll(revenue * rng.uniform(0.28, 0.35), hourly=True)
    book.rent(revenue * rng.uniform(0.08, 0.12))
    book.utilities(revenue * 0.04, summer_peak=rng.random() < 0.5)
    book.subscriptions(SHOP_SOFTWARE, rng.randint(2, 4))
    book.monthly("Next Insurance", "NEXT INSURANCE PREMIUM", revenue * 0.01)
    book.loan(revenue * rng.uniform(0.03, 0.06))
    book.sales_tax(rng.uniform(0.06, 0.09))
    book.estimated_taxes(revenue * 12 * 0.06)


def _trades(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(30_000, 150_000)
    months = _perturb([0.7, 0.75, 0.9, 1.05, 1.15, 1.2, 1.2, 1.15, 1.1, 1.0, 0.9, 0.8], rng)
    book.takings_factor = lambda d: months[d.month - 1]  # summer is the busy season: more jobs, more materials
    book.customers(rng.randint(8, 20), revenue * 0.7, "project", HOMEOWNERS + BUSINESS_CUSTOMERS[:10],
                   TRADE_PAYMENT_LINES, terms=(0, 7, 15, 30), season=book.takings_factor)
    book.customers(rng.randint(1, 3), revenue * 0.3, "project", CONTRACTORS, B2B_PAYMENT_LINES, terms=(30, 45, 60),
                   season=book.takings_factor)
    book.suppliers(TRADE_SUPPLIERS, revenue * rng.uniform(0.25, 0.32), rng.uniform(8, 16), follow_sales=True)
    book.suppliers(FUEL, revenue * 0.03, rng.uniform(6, 10))
    book.payroll(revenue * rng.uniform(0.3, 0.38), hourly=True)
    book.rent(revenue * rng.uniform(0.02, 0.05))
    book.loan(revenue * rng.uniform(0.03, 0.06))  # the van
    book.monthly("State Farm", "STATE FARM RO 27 SFPP", revenue * 0.02)
    book.utilities(revenue * 0.01, summer_peak=True)
    book.subscriptions(SHOP_SOFTWARE, rng.randint(1, 3))
    book.estimated_taxes(revenue * 12 * 0.1)


def _saas(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(20_000, 250_000)
    growth = rng.uniform(0.0, 0.8)  # a year; burn is funded by a raise when losses are planned
    # Stripe charges subscriptions every day with a peak on the 1st (annual and monthly renewals).
    book.takings(revenue * 0.75 / 30.4, ("Stripe", "STRIPE TRANSFER ST-{ref}"), _perturb([1.05] * 5 + [0.9] * 2, rng),
                 _perturb([1.0] * 12, rng, 0.03), growth, taxable=False)
    book.customers(rng.randint(1, 4), revenue * 0.25, "monthly", BUSINESS_CUSTOMERS, B2B_PAYMENT_LINES,
                   terms=(30, 45, 60))
    burn = rng.random() < 0.4
    if burn:  # a funded startup losing money on purpose; the raise below pays for it
        book.margin = (-0.35, -0.05)
    book.payroll(revenue * rng.uniform(0.55, 0.8 if burn else 0.6), hourly=False)
    book.monthly("Amazon Web Services", "AWS AMAZON WEB SERVICES", revenue * rng.uniform(0.05, 0.1), day=2, spread=0.1)
    book.subscriptions(SOFTWARE, rng.randint(6, 10))
    book.rent(revenue * rng.uniform(0.03, 0.06))
    book.suppliers(FREELANCE, revenue * 0.05, rng.uniform(1, 3))
    book.utilities(revenue * 0.005, summer_peak=True)
    if burn:
        d = _business_day_after(book.random_day(200, 60))
        investor = rng.choice(INVESTORS)
        book.add(d, _money(revenue * rng.uniform(3, 6)), f"WIRE TRANSFER FROM {investor.upper()}", investor, "shock")
    else:
        book.estimated_taxes(revenue * 12 * 0.08)


def _dental(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(60_000, 200_000)
    months = _perturb([1.0, 1.0, 1.05, 1.0, 1.0, 0.95, 0.8, 0.85, 1.0, 1.05, 1.05, 1.1], rng)
    processor = rng.choice([p for p in CARD_PROCESSORS if p[0] != "Toast"])  # Toast serves restaurants only
    book.takings(revenue * 0.35 / 21.7, processor, [1.1, 1.1, 1.05, 1.1, 0.6, 0.0, 0.0], months,
                 rng.uniform(-0.03, 0.08), closed=frozenset({5, 6}), taxable=False)
    book.customers(rng.randint(3, 5), revenue * 0.65, "weekly", INSURERS, INSURER_LINES, terms=(14, 21, 30))
    book.payroll(revenue * rng.uniform(0.3, 0.38), hourly=False)
    book.suppliers(DENTAL_SUPPLIERS, revenue * rng.uniform(0.08, 0.12), rng.uniform(3, 6), follow_sales=True)
    book.rent(revenue * rng.uniform(0.05, 0.08))
    book.loan(revenue * rng.uniform(0.03, 0.06))  # chairs and imaging equipment
    book.subscriptions(DENTAL_SOFTWARE, 3)
    book.monthly("The Doctors Company", "THE DOCTORS CO MALPRACTICE", revenue * 0.015)
    book.utilities(revenue * 0.01, summer_peak=True)
    book.estimated_taxes(revenue * 12 * 0.1)


def _online_shop(book: _Book) -> None:
    rng = book.rng
    book.revenue = revenue = rng.uniform(30_000, 200_000)
    months = _perturb([0.7, 0.7, 0.8, 0.85, 0.9, 0.85, 0.8, 0.85, 0.95, 1.1, 1.6, 2.0], rng)
    week = _perturb([1.1, 1.05, 1.0, 1.0, 0.95, 0.9, 1.0], rng)
    book.takings(revenue / 30.4, ("Shopify", "SHOPIFY PAYOUT {ref}"), week, months, rng.uniform(-0.1, 0.3))
    book.suppliers(INVENTORY, revenue * rng.uniform(0.35, 0.45), rng.uniform(0.7, 2), follow_sales=True)
    book.suppliers(ADS_AND_SHIPPING, revenue * rng.uniform(0.12, 0.2), rng.uniform(8, 14), follow_sales=True)
    book.payroll(revenue * rng.uniform(0.12, 0.2), hourly=False)
    book.rent(revenue * rng.uniform(0.02, 0.05))  # the small warehouse
    book.subscriptions(SHOP_SOFTWARE + SOFTWARE, rng.randint(4, 7))
    book.utilities(revenue * 0.008, summer_peak=False)
    if rng.random() < 0.6:
        book.loan(revenue * rng.uniform(0.03, 0.06))
    book.sales_tax(rng.uniform(0.03, 0.06))  # only the home state's share of sales
    book.estimated_taxes(revenue * 12 * 0.06)


def _perturb(factors: list[float], rng: random.Random, spread: float = 0.08) -> list[float]:
    """The archetype's shape, bent a little per business so that no two cafes have the same week."""
    return [f * (1 + rng.uniform(-spread, spread)) for f in factors]


ARCHETYPES: dict[str, tuple[float, Callable[[_Book], None]]] = {
    "agency": (1.0, _agency),
    "cafe": (1.0, _cafe),
    "trades": (1.0, _trades),
    "saas": (0.8, _saas),
    "dental": (0.7, _dental),
    "online_shop": (0.8, _online_shop),
}

# ---- names and bank lines -------------------------------------------------------------------------------

RETAIL_MONTHS = [0.85, 0.85, 0.95, 1.0, 1.05, 1.05, 0.9, 0.9, 1.0, 1.05, 1.1, 1.3]
PAYROLL_PROVIDERS = [
    ("ACH PAYROLL GUSTO {id}", "Gusto"),
    ("ADP WAGE PAY {id} ADP - PAYROLL", "ADP"),
    ("PAYCHEX PAYROLL {id}", "Paychex"),
    ("INTUIT PAYROLL S {id} QUICKBOOKS", "Intuit"),
]
LANDLORDS = ["Brookfield Properties", "Main Street Realty", "Harbor Point LLC", "Oakwood Commercial", "Regus"]
ELECTRIC = ["PG&E", "Con Edison", "Duke Energy", "Xcel Energy", "Georgia Power"]
WATER = ["City Water Dept", "American Water", "Aqua America"]
TELECOM = [("Comcast", "COMCAST BUSINESS 8495"), ("AT&T", "ATT*BILL PAYMENT"), ("Verizon", "VZ WIRELESS VE")]
LENDERS = ["Wells Fargo", "Chase", "Bank of America", "Ford Credit", "OnDeck", "Kabbage"]
STATES = ["CA", "NY", "TX", "GA", "CO", "IL", "WA", "FL"]
OWNERS = ["Maria Lopez", "James Chen", "Aisha Patel", "Tom Becker", "Sofia Rossi", "David Kim", "Emma Novak"]
INVESTORS = ["Foundry Ventures", "Seedcamp Capital", "Northstar Angels", "Bluebird Partners"]
SOFTWARE = [
    ("Adobe", "ADOBE *CREATIVE CLOUD", 89.99), ("Google Workspace", "GOOGLE *GSUITE", 72.0),
    ("Slack", "SLACK T01ABC", 96.0), ("Figma", "FIGMA MONTHLY", 45.0), ("Zoom", "ZOOM.US 888-799-9666", 15.99),
    ("HubSpot", "HUBSPOT INC", 450.0), ("Notion", "NOTION LABS", 40.0), ("GitHub", "GITHUB, INC.", 84.0),
    ("Atlassian", "ATLASSIAN 8662", 140.0), ("Dropbox", "DROPBOX*PLUS", 19.99), ("Microsoft 365", "MSFT *E0400", 66.0),
    ("Xero", "XERO INC", 70.0), ("Calendly", "CALENDLY", 16.0), ("LinkedIn", "LINKEDIN PREMIUM", 59.99),
]
SHOP_SOFTWARE = [
    ("QuickBooks", "INTUIT *QBOOKS ONLINE", 90.0), ("Shopify", "SHOPIFY* SUBSCRIPTION", 79.0),
    ("Mailchimp", "MAILCHIMP *MONTHLY", 35.0), ("Yelp", "YELP INC ADS", 300.0), ("Canva", "CANVA* PRO", 14.99),
    ("Google Workspace", "GOOGLE *GSUITE", 24.0),
]
DENTAL_SOFTWARE = [
    ("Dentrix", "HENRY SCHEIN ONE DENTRIX", 450.0), ("Weave", "WEAVE COMMUNICATIONS", 399.0),
    ("QuickBooks", "INTUIT *QBOOKS ONLINE", 90.0), ("Microsoft 365", "MSFT *E0400", 44.0),
]
CARD_PROCESSORS = [
    ("Square", "SQUARE INC SQ{ref} DEPOSIT"), ("Stripe", "STRIPE TRANSFER ST-{ref}"),
    ("Toast", "TOAST INC DEP {ref}"), ("Clover", "CLOVER MERCH DEP {ref}"),
]
BUSINESS_CUSTOMERS = [
    "Acme Corp", "Northwind Traders", "Globex Inc", "Initech", "Umbrella Health", "Stark Logistics",
    "Wayne Foods", "Hooli", "Vandelay Imports", "Soylent Labs", "Cyberdyne Systems", "Tyrell Group",
    "Pied Piper", "Blue Sky Realty", "Kestrel Media", "Harbor Bank", "Greenleaf Schools", "Summit Legal",
]
CONTRACTORS = ["Turner Construction", "Brightline Builders", "Keystone GC", "Pioneer Homes", "Apex Renovations"]
HOMEOWNERS = [
    "John Miller", "Linda Garcia", "Robert Wilson", "Patricia Moore", "Michael Taylor", "Susan Anderson",
    "William Thomas", "Karen Jackson", "Richard White", "Nancy Harris", "Joseph Martin", "Lisa Thompson",
    "Charles Young", "Betty King", "Daniel Wright", "Sandra Scott", "Paul Green", "Donna Baker",
]
INSURERS = ["Delta Dental", "Aetna", "MetLife", "Cigna", "Guardian", "United Concordia"]
B2B_PAYMENT_LINES = [
    "INVOICE {num} {upper}", "ACH CREDIT {upper} INV {num}", "WIRE TRANSFER FROM {upper} REF INV{num}",
    "{upper} PAYMENT INV-{num}",
]
TRADE_PAYMENT_LINES = ["MOBILE DEPOSIT CHECK {ref} {upper}", "ZELLE FROM {upper} INV {num}", "INVOICE {num} {upper}"]
INSURER_LINES = ["{upper} HCCLAIMPMT {ref}", "ACH CREDIT {upper} CLAIMS {ref}"]
FOOD_SUPPLIERS = [
    ("Sysco", "ACH DEBIT SYSCO CORP {ref}"), ("US Foods", "ACH DEBIT US FOODS {ref}"),
    ("Costco", "CARD PURCHASE COSTCO WHSE #{store}"), ("Restaurant Depot", "CARD PURCHASE RESTAURANT DEPOT #{store}"),
    ("Blue Bottle Coffee", "ACH DEBIT BLUE BOTTLE WHOLESALE"), ("WebstaurantStore", "WEBSTAURANTSTORE {ref}"),
]
TRADE_SUPPLIERS = [
    ("Home Depot", "CARD PURCHASE THE HOME DEPOT #{store}"), ("Lowe's", "CARD PURCHASE LOWES #{store}"),
    ("Ferguson", "ACH DEBIT FERGUSON ENT {ref}"), ("Grainger", "GRAINGER {ref}"),
    ("Graybar", "ACH DEBIT GRAYBAR ELECTRIC {ref}"),
]
FUEL = [("Shell", "CARD PURCHASE SHELL OIL {store}"), ("Chevron", "CARD PURCHASE CHEVRON {store}"),
        ("Exxon", "CARD PURCHASE EXXONMOBIL {store}")]
FREELANCE = [
    ("Upwork", "PAYPAL *UPWORK {ref}"), ("Wise", "WISE TRANSFER {ref} CONTRACTOR"), ("Fiverr", "FIVERR {ref}"),
    ("Office Depot", "CARD PURCHASE OFFICE DEPOT #{store}"), ("Amazon", "AMZN MKTP US*{ref}"),
]
DENTAL_SUPPLIERS = [
    ("Henry Schein", "ACH DEBIT HENRY SCHEIN {ref}"), ("Patterson Dental", "PATTERSON DENTAL {ref}"),
    ("Benco Dental", "BENCO DENTAL SUPPLY {ref}"), ("Glidewell Lab", "GLIDEWELL LABORATORIES {ref}"),
]
INVENTORY = [
    ("Shenzhen Minghua Trading", "WIRE TRANSFER TO SHENZHEN MINGHUA {ref}"), ("Uline", "ULINE *ORDER {ref}"),
    ("Alibaba", "ALIBABA.COM {ref}"), ("Faire", "FAIRE WHOLESALE {ref}"),
]
ADS_AND_SHIPPING = [
    ("Google Ads", "GOOGLE *ADS{ref}"), ("Meta", "FACEBK *ADS {ref}"), ("UPS", "UPS*{ref}"),
    ("USPS", "USPS PO {store}"), ("ShipStation", "SHIPSTATION {ref}"),
]
ONE_OFF_EXPENSES = [
    ("IRS", "IRS USATAXPYMT BALANCE DUE {ref}"), ("Equipment Depot", "WIRE TRANSFER TO EQUIPMENT DEPOT INC {ref}"),
    ("Carrier", "CHECK {ref} CARRIER HVAC REPLACEMENT"), ("ServiceMaster", "SERVICEMASTER RESTORE {ref}"),
    ("Dell", "DELL MARKETING LP {ref}"), ("Baker Hostetler", "WIRE TRANSFER TO BAKER HOSTETLER LLP {ref}"),
]
ONE_OFF_RECEIPTS = [
    ("IRS", "IRS TREAS 310 TAX REF {ref}"), ("Hartford", "HARTFORD INS CLAIM {ref}"),
    ("SBA", "SBA EIDL GRANT {ref}"), ("Acme Corp", "WIRE TRANSFER FROM ACME CORP SETTLEMENT {ref}"),
]
