"""Cash rules: will the money last? Buffer breach, forecast deficit, runway and payroll safety.

Each reads the latest forecast (or, for the runway, the last 90 days' burn) and speaks about the
business as a whole, so each raises at most one alert per business, escalating as the day nears.
Days are counted from `ctx.today`; forecast days before today (a forecast made a few days ago) are
already history and are skipped.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from cashpilot.domain.detection.model import DetectionContext, Finding, ForecastDay, Series, Severity
from cashpilot.domain.detection.rules._history import ZERO, history_start, window
from cashpilot.domain.detection.rules._text import day, evidence, money, pct, span

# Money in that lengthens the runway without being earned: a loan or the owner's top-up is already in
# the balance, and counting it against the burn as well would overstate how long the cash lasts.
_NOT_OPERATING_IN = frozenset({"financing", "owner_draw_contribution"})
_BURN_DAYS = 90
_MIN_BURN_DAYS = 30  # with less history a monthly burn is a guess
_DAYS_PER_MONTH = Decimal("30.4")


def _days_ahead(ctx: DetectionContext) -> list[ForecastDay]:
    """Forecast days from today to the end of the horizon."""
    if ctx.forecast is None:
        return []
    last = ctx.today + timedelta(days=ctx.thresholds.horizon_days)
    return [d for d in ctx.forecast.daily if ctx.today <= d.date <= last]


def buffer_breach(ctx: DetectionContext) -> list[Finding]:
    """The expected balance, or its bad case (p10), goes below the owner's buffer within the horizon.

    With no buffer set there is nothing to breach: going below zero is `forecast_deficit`'s job."""
    buf = ctx.thresholds.cash_buffer
    if buf <= 0:
        return []
    # Today's real cash is day 0: a business already below its buffer is in breach now, forecast or not.
    now = ForecastDay(ctx.today, ctx.balance, ctx.balance, ctx.balance)
    days = [now, *(d for d in _days_ahead(ctx) if d.date > ctx.today)]
    first_exp = next((d for d in days if d.expected < buf), None)
    first_p10 = next((d for d in days if d.p10 < buf), None)
    if first_exp is None and first_p10 is None:
        return []
    exp_in = None if first_exp is None else (first_exp.date - ctx.today).days
    p10_in = None if first_p10 is None else (first_p10.date - ctx.today).days
    severity: Severity
    if exp_in is not None and exp_in <= 7:
        severity = "emergency"
    elif (exp_in is not None and exp_in <= 30) or (p10_in is not None and p10_in <= 7):
        severity = "this_week"
    else:
        severity = "upcoming"

    cur = ctx.currency
    if first_exp is not None:
        when, amount, basis = first_exp.date, first_exp.expected, "expected"
        if when == ctx.today:
            message = (f"Your balance today ({day(when)}) is {money(amount, cur)}, "
                       f"{money(buf - amount, cur)} below your buffer of {money(buf, cur)}.")
        else:
            message = (f"Your cash is expected to fall to {money(amount, cur)} on {day(when)}, "
                       f"{money(buf - amount, cur)} below your buffer of {money(buf, cur)}.")
        if first_p10 is not None and first_p10.date < when:
            message += (f" In a bad case (1 in 10) it could dip below the buffer as early as {day(first_p10.date)} "
                        f"({money(first_p10.p10, cur)}).")
    else:
        assert first_p10 is not None
        when, amount, basis = first_p10.date, first_p10.p10, "p10"
        message = (f"In a bad case (1 in 10) your cash could fall to {money(amount, cur)} on {day(when)}, "
                   f"{money(buf - amount, cur)} below your buffer of {money(buf, cur)}. "
                   "The expected balance stays above it.")
    if when != ctx.today:
        message += f" Today's balance is {money(ctx.balance, cur)}."
    return [Finding(
        kind="buffer_breach", severity=severity, title=f"Cash buffer at risk on {day(when)}", message=message,
        subject_type="business", subject_id=None,
        data=evidence(first_breach_date=when, projected_balance=amount, basis=basis, buffer=buf,
                      shortfall=buf - amount, days_until=(when - ctx.today).days, balance=ctx.balance,
                      expected_breach_date=first_exp.date if first_exp else None,
                      p10_breach_date=first_p10.date if first_p10 else None),
    )]


def forecast_deficit(ctx: DetectionContext) -> list[Finding]:
    """The forecast gives the balance a real chance of going below zero within the horizon."""
    fc = ctx.forecast
    if fc is None or not fc.deficit_probability:
        return []
    t = ctx.thresholds
    probs = {w: p for w, p in fc.deficit_probability.items() if w <= t.horizon_days}
    if not probs:  # a horizon shorter than every window: the nearest window is the best evidence
        w0 = min(fc.deficit_probability)
        probs = {w0: fc.deficit_probability[w0]}
    days = _days_ahead(ctx)
    first_negative = next((d for d in days if d.expected < 0), None)
    negative_soon = first_negative is not None and (first_negative.date - ctx.today).days <= 7
    exceeding = sorted(w for w, p in probs.items() if p > t.deficit_probability)
    if not exceeding and not negative_soon:
        return []
    p30 = max((p for w, p in probs.items() if w <= 30), default=0.0)
    severity: Severity
    if p30 >= 0.5 or negative_soon:
        severity = "emergency"
    elif p30 > t.deficit_probability:
        severity = "this_week"
    else:
        severity = "upcoming"

    # The shortest window already over the threshold is the most urgent true statement.
    win = exceeding[0] if exceeding else min(probs)
    p = probs[win]
    cur = ctx.currency
    message = f"There is a {pct(p * 100)} chance your cash goes below zero within the next {win} days"
    message += f" (your alert level is {pct(t.deficit_probability * 100)})."
    low = min(days, key=lambda d: d.expected, default=None)
    if first_negative is not None:
        message += (f" The expected balance turns negative on {day(first_negative.date)} "
                    f"({money(first_negative.expected, cur)}).")
    if low is not None:
        message += (f" The lowest expected point is {money(low.expected, cur)} on {day(low.date)}"
                    f" (bad case {money(low.p10, cur)}).")
    message += f" Today's balance is {money(ctx.balance, cur)}."
    return [Finding(
        kind="forecast_deficit", severity=severity, title=f"{pct(p * 100)} risk of running out of cash",
        message=message, subject_type="business", subject_id=None,
        data=evidence(probability=p, window_days=win, threshold=t.deficit_probability,
                      probabilities={str(w): probs[w] for w in sorted(probs)},
                      low_point_date=low.date if low else None, low_point_expected=low.expected if low else None,
                      low_point_p10=low.p10 if low else None,
                      first_negative_date=first_negative.date if first_negative else None,
                      balance=ctx.balance),
    )]


def runway_low(ctx: DetectionContext) -> list[Finding]:
    """At the last 90 days' average net burn, the cash lasts fewer months than the owner wants.

    The burn leaves out loans and the owner's top-ups received (they are already in the balance); a
    shorter history than 90 days is averaged over what there is, and under 30 days says nothing."""
    first = history_start(ctx)
    if first is None:
        return []
    start, end = window(ctx.today, _BURN_DAYS)
    start = max(start, first)
    covered = (end - start).days + 1
    if covered < _MIN_BURN_DAYS:
        return []
    net = sum((t.amount for t in ctx.transactions if start <= t.date <= end
               and not (t.amount > 0 and t.category_key in _NOT_OPERATING_IN)), ZERO)
    if net >= 0:
        return []
    monthly_burn = (-net * _DAYS_PER_MONTH / covered).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if monthly_burn <= 0:
        return []
    months = max(ZERO, ctx.balance) / monthly_burn
    limit = ctx.thresholds.runway_months
    if float(months) >= limit:
        return []
    severity: Severity = "emergency" if months < 1 else "this_week" if float(months) < limit / 2 else "upcoming"
    runs_out = ctx.today + timedelta(days=int(months * _DAYS_PER_MONTH))
    m = months.quantize(Decimal("0.1"), ROUND_HALF_UP)
    cur = ctx.currency
    message = (f"From {span(start, end)} you spent {money(-net, cur)} more than you earned, about "
               f"{money(monthly_burn, cur)} a month. At that rate your balance of {money(ctx.balance, cur)} "
               f"lasts {m} months, until about {day(runs_out)} (you want at least {limit:g} months).")
    return [Finding(
        kind="runway_low", severity=severity, title=f"{m} months of cash left", message=message,
        subject_type="business", subject_id=None,
        data=evidence(balance=ctx.balance, monthly_burn=monthly_burn, net_outflow=-net, runway_months=float(m),
                      threshold_months=limit, runs_out_on=runs_out, period_start=start, period_end=end),
    )]


def _next_payroll(ctx: DetectionContext) -> tuple[date, Decimal] | None:
    """The next payroll date and what goes out that day: the forecast's payroll flows, else the
    payroll series' next dates."""
    last = ctx.today + timedelta(days=ctx.thresholds.horizon_days)
    flows = [f for f in (ctx.forecast.flows if ctx.forecast else ())
             if f.category_key == "payroll" and f.amount < 0 and ctx.today <= f.due <= last]
    if flows:
        due = min(f.due for f in flows)
        return due, -sum((f.amount for f in flows if f.due == due), ZERO)
    series: list[Series] = [s for s in ctx.series if s.category_key == "payroll" and s.direction == "out"
                            and s.status == "active" and ctx.today <= s.next_date <= last]
    if not series:
        return None
    due = min(s.next_date for s in series)
    return due, sum((s.expected_amount for s in series if s.next_date == due), ZERO)


def payroll_safety(ctx: DetectionContext) -> list[Finding]:
    """The balance left just after the next payroll is below the margin the owner wants to keep.

    The forecast's expected balance on payroll day already includes the payroll; without a forecast
    (or for a date it does not cover) today's balance minus the payroll stands in."""
    nxt = _next_payroll(ctx)
    if nxt is None:
        return []
    due, amount = nxt
    fday = next((d for d in (ctx.forecast.daily if ctx.forecast else ()) if d.date == due), None)
    after = fday.expected if fday is not None else ctx.balance - amount
    margin = ctx.thresholds.payroll_margin
    if after >= margin:
        return []
    days = (due - ctx.today).days
    severity: Severity = "emergency" if days <= 7 else "this_week" if days <= 14 else "upcoming"
    cur = ctx.currency
    floor = f"the margin of {money(margin, cur)} you want to keep" if margin > 0 else "zero"
    message = (f"Payroll of {money(amount, cur)} is due on {day(due)}. Right after it your balance is expected "
               f"to be {money(after, cur)}, {money(margin - after, cur)} below {floor}.")
    if fday is not None and fday.p10 < after:
        message += f" In a bad case (1 in 10) it could be {money(fday.p10, cur)}."
    return [Finding(
        kind="payroll_safety", severity=severity, title=f"Payroll on {day(due)} at risk", message=message,
        subject_type="business", subject_id=None,
        data=evidence(payroll_date=due, payroll_amount=amount, balance_after=after, margin=margin,
                      shortfall=margin - after, days_until=days,
                      balance_after_p10=fday.p10 if fday is not None else None,
                      basis="forecast" if fday is not None else "balance"),
    )]
