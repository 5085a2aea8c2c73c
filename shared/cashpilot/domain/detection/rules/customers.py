"""Customer and revenue rules: late payments, customers who stopped paying, revenue falling short
of its past or of what regular customers should have paid, and too much revenue from one customer.

History windows end on the last day the data covers (`data_end`: today unless the imports lag), so
an import that has not caught up is not read as customers who stopped paying.

Late payment and churn split a silent customer's story between them: a payment is *late* once it is
more than `late_payment_days` past its expected date plus the payer's usual lateness; the customer has
*churned* once `churn_missed_cycles` expected payments have gone by that way (if it paid at least 4
times), and from then on only churn speaks. A payer with fewer payments is chased until it has missed
as many (two at least), then left alone. The classifier's "stopped" status is not used as proof of
churn: it flips after a few days' grace, which would make the owner's churn setting meaningless.

Revenue variance compares the last 30 days with what the regular customers' schedules implied for
them. The alert would ideally compare the month with the forecast made at its start, but the context
holds only the latest forecast, and the forecast's known inflows come from those same schedules, so
this is the forecast's expectation rebuilt for the past 30 days. Only customers with a known entity
count on both sides (their actual payments can be told apart from everyone else's); a series that
stopped before the window is left out, as the forecast would have left it out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.detection.model import DetectionContext, Finding, Series, Severity, Thresholds, Txn
from cashpilot.domain.detection.rules._history import (
    ZERO,
    between,
    by_entity,
    data_end,
    history_start,
    is_revenue,
    payer_txns,
    series_subject,
    step_back,
    total,
    window,
)
from cashpilot.domain.detection.rules._text import day, evidence, money, pct, plural, span

_CHURN_LOOKBACK_DAYS = 365  # a customer who left more than a year ago is not news
_MIN_CHURN_OCCURRENCES = 4
_KEY_CUSTOMER_SHARE = Decimal("20")  # % of the year's revenue that makes a churn urgent
_DOMINANT_SHARE = 75.0  # % of revenue from one customer that makes concentration urgent
_MIN_HISTORY_DAYS = 90


def _usual_lateness(s: Series) -> int:
    return max(0, round(s.usual_days_late or 0))


def _missed(s: Series, end: date, t: Thresholds) -> int:
    """Expected payments of the series that are past their due date, the payer's usual lateness and
    the late-payment allowance, as of `end`."""
    allowance = timedelta(days=_usual_lateness(s) + t.late_payment_days)
    n = 0
    while n < 1000 and step_back(s.next_date, s.cadence, -n) + allowance < end:
        n += 1
    return n


def _paid_since(payments: list[Txn], s: Series) -> bool:
    """A payment newer than the series knows about: the series was computed before the last import."""
    return any(t.date > s.last_date and t.amount >= s.expected_amount / 2 for t in payments)


def _churned(s: Series, missed: int, t: Thresholds) -> bool:
    return s.occurrences >= _MIN_CHURN_OCCURRENCES and missed >= t.churn_missed_cycles


def late_payment(ctx: DetectionContext) -> list[Finding]:
    """A regular customer's expected payment has not arrived `late_payment_days` after its date
    (plus the lateness usual for this payer), and no payment has come since."""
    t = ctx.thresholds
    end = data_end(ctx)
    index = by_entity(ctx)
    out: list[Finding] = []
    for s in ctx.series:
        if s.direction != "in":
            continue
        missed = _missed(s, end, t)
        # Once churned, client_churn speaks. A payer with too few payments to call churned is chased
        # until it has missed as many as churn needs (two at least): the alert would otherwise stay open
        # forever.
        if (missed == 0 or _churned(s, missed, t) or missed >= max(2.0, t.churn_missed_cycles)
                or _paid_since(payer_txns(ctx, s, index), s)):
            continue
        usual = _usual_lateness(s)
        overdue = (ctx.today - s.next_date).days
        late_by = overdue - usual
        urgent = late_by > 2 * t.late_payment_days or (
            s.late_p90 is not None and overdue > s.late_p90 + t.late_payment_days)
        severity: Severity = "this_week" if urgent else "upcoming"
        cur = ctx.currency
        habit = f"they usually pay {plural(usual, 'day')} late" if usual else "they usually pay on time"
        message = (f"{s.name}'s payment of {money(s.expected_amount, cur)} expected on {day(s.next_date)} has not "
                   f"arrived: it is {plural(overdue, 'day')} overdue and {habit}. "
                   f"Their last payment came on {day(s.last_date)}.")
        if end < ctx.today:
            message += f" (Transactions checked up to {day(end)}.)"
        subject_type, subject_id = series_subject(s)
        out.append(Finding(
            kind="late_payment", severity=severity, title=f"{s.name} is {plural(overdue, 'day')} late",
            message=message, subject_type=subject_type, subject_id=subject_id,
            data=evidence(customer=s.name, expected_amount=s.expected_amount, expected_date=s.next_date,
                          days_overdue=overdue, usual_days_late=s.usual_days_late, late_p90=s.late_p90,
                          threshold_days=t.late_payment_days, last_payment_date=s.last_date,
                          series_id=s.id, entity_id=s.entity_id, checked_until=end),
        ))
    return out


def client_churn(ctx: DetectionContext) -> list[Finding]:
    """A regular customer (4+ payments, the last within a year) has let `churn_missed_cycles` expected
    payments go by."""
    t = ctx.thresholds
    end = data_end(ctx)
    start = max(end - timedelta(days=_CHURN_LOOKBACK_DAYS - 1), history_start(ctx) or end)
    index = by_entity(ctx)
    revenue: Decimal | None = None
    out: list[Finding] = []
    for s in ctx.series:
        if s.direction != "in" or (end - s.last_date).days > _CHURN_LOOKBACK_DAYS:
            continue
        missed = _missed(s, end, t)
        if not _churned(s, missed, t):
            continue
        payments = payer_txns(ctx, s, index)
        if _paid_since(payments, s):
            continue
        if revenue is None:
            revenue = total(ctx.transactions, start, end, is_revenue)
        mine = sum((x.amount for x in payments if start <= x.date <= end and is_revenue(x)), ZERO)
        share = mine * 100 / revenue if revenue > 0 else ZERO
        severity: Severity = "this_week" if share > _KEY_CUSTOMER_SHARE else "upcoming"
        last = next((x for x in reversed(payments) if x.date == s.last_date), None)
        last_amount = last.amount if last is not None else s.expected_amount
        cur = ctx.currency
        cadence = s.cadence.replace("_", "-")
        message = (f"{s.name} paid you {cadence}, typically {money(s.expected_amount, cur)} "
                   f"({s.occurrences} payments since {day(s.first_date)}). The last one, {money(last_amount, cur)}, "
                   f"came on {day(s.last_date)}; {plural(missed, 'expected payment')} since {day(s.next_date)} "
                   f"{'has' if missed == 1 else 'have'} not arrived.")
        if share > 0:
            message += (f" They brought in {money(mine, cur)}, {pct(float(share))} of your revenue, "
                        f"from {span(start, end)}.")
        subject_type, subject_id = series_subject(s)
        out.append(Finding(
            kind="client_churn", severity=severity, title=f"{s.name} may have stopped paying", message=message,
            subject_type=subject_type, subject_id=subject_id,
            data=evidence(customer=s.name, cadence=s.cadence, typical_amount=s.expected_amount,
                          last_payment_date=s.last_date, last_payment_amount=last_amount,
                          first_missed_date=s.next_date, missed_payments=missed, occurrences=s.occurrences,
                          revenue_12m=mine, revenue_share_percent=float(share), threshold_cycles=t.churn_missed_cycles,
                          series_id=s.id, entity_id=s.entity_id),
        ))
    return out


def revenue_drop(ctx: DetectionContext) -> list[Finding]:
    """The last 30 days' revenue fell more than `revenue_drop_percent` below the average 30 days of
    the 90 before them. A shorter earlier history is averaged over what there is (60 days at least)."""
    first = history_start(ctx)
    if first is None:
        return []
    t = ctx.thresholds
    cur_start, cur_end = window(data_end(ctx), 30)
    prior_start, prior_end = window(cur_start - timedelta(days=1), 90)
    prior_start = max(prior_start, first)
    covered = (prior_end - prior_start).days + 1
    if covered < 60:
        return []
    prior_avg = (total(ctx.transactions, prior_start, prior_end, is_revenue) * 30 / covered).quantize(
        Decimal("0.01"))
    if prior_avg <= 0:
        return []
    current = total(ctx.transactions, cur_start, cur_end, is_revenue)
    drop = float((prior_avg - current) * 100 / prior_avg)
    if drop <= t.revenue_drop_percent:
        return []
    severity: Severity = "this_week" if drop >= 2 * t.revenue_drop_percent else "upcoming"
    cur = ctx.currency
    message = (f"Revenue from {span(cur_start, cur_end)} was {money(current, cur)}, {pct(drop)} below your "
               f"average of {money(prior_avg, cur)} per 30 days from {span(prior_start, prior_end)}.")
    return [Finding(
        kind="revenue_drop", severity=severity, title=f"Revenue down {pct(drop)}", message=message,
        subject_type="business", subject_id=None,
        data=evidence(current_revenue=current, prior_average=prior_avg, drop_percent=drop,
                      threshold_percent=t.revenue_drop_percent, current_start=cur_start, current_end=cur_end,
                      prior_start=prior_start, prior_end=prior_end),
    )]


def _slots(s: Series, start: date, end: date) -> int:
    """How many of the series' payments were due to arrive between the dates (its dates shifted by
    the payer's usual lateness), counting none before the series began."""
    lag = timedelta(days=_usual_lateness(s))
    n, k = 0, 0
    while (d := step_back(s.next_date, s.cadence, k)) + lag >= start and k < 1000:  # back from next_date
        if d + lag <= end and d >= s.first_date:
            n += 1
        k += 1
    k = -1
    while (d := step_back(s.next_date, s.cadence, k)) + lag <= end and k > -1000:  # and forward
        if d + lag >= start:
            n += 1
        k -= 1
    return n


def revenue_variance(ctx: DetectionContext) -> list[Finding]:
    """Regular customers paid less in the last 30 days than their schedules implied (see the module
    docstring for why this stands in for "month to date versus the forecast")."""
    t = ctx.thresholds
    start, end = window(data_end(ctx), 30)
    expected: dict[object, Decimal] = defaultdict(lambda: ZERO)
    names: dict[object, str] = {}
    for s in ctx.series:
        if s.direction != "in" or s.entity_id is None or (s.status == "stopped" and s.next_date < start):
            continue
        n = _slots(s, start, end)
        if n:
            expected[s.entity_id] += s.expected_amount * n
            names[s.entity_id] = s.name
    want = sum(expected.values(), ZERO)
    if want <= 0:
        return []
    got: dict[object, Decimal] = defaultdict(lambda: ZERO)
    for x in between(ctx.transactions, start, end):
        if x.entity_id in expected and is_revenue(x):
            got[x.entity_id] += x.amount
    have = sum(got.values(), ZERO)
    short = float((want - have) * 100 / want)
    if short <= t.revenue_variance_percent:
        return []
    severity: Severity = "this_week" if short >= 2 * t.revenue_variance_percent else "upcoming"
    gaps = sorted(((expected[e] - got[e], e) for e in expected if got[e] < expected[e]),
                  key=lambda g: g[0], reverse=True)
    cur = ctx.currency
    message = (f"Your regular customers paid {money(have, cur)} from {span(start, end)}; their usual schedules "
               f"implied {money(want, cur)}, {pct(short)} less than expected.")
    if gaps:
        message += " Biggest gaps: " + "; ".join(
            f"{names[e]} paid {money(got[e], cur)} of {money(expected[e], cur)}" for _, e in gaps[:3]) + "."
    return [Finding(
        kind="revenue_variance", severity=severity, title=f"Revenue {pct(short)} below expected", message=message,
        subject_type="business", subject_id=None,
        data=evidence(actual_revenue=have, expected_revenue=want, shortfall=want - have, shortfall_percent=short,
                      threshold_percent=t.revenue_variance_percent, period_start=start, period_end=end,
                      customers=[{"entity_id": e, "name": names[e], "expected": expected[e], "actual": got[e]}
                                 for _, e in gaps]),
    )]


def revenue_concentration(ctx: DetectionContext) -> list[Finding]:
    """One customer brought in more than `concentration_percent` of the last 12 months' revenue
    (or of the history there is, once it spans 3 months)."""
    first = history_start(ctx)
    end = data_end(ctx)
    if first is None or (end - first).days < _MIN_HISTORY_DAYS:
        return []
    start = max(end - timedelta(days=364), first)
    by_entity: dict[object, Decimal] = defaultdict(lambda: ZERO)
    names: dict[object, str] = {}
    revenue = ZERO
    for x in between(ctx.transactions, start, end):
        if not is_revenue(x):
            continue
        revenue += x.amount
        if x.entity_id is not None:
            by_entity[x.entity_id] += x.amount
            names[x.entity_id] = x.entity_name or x.description
    if revenue <= 0 or not by_entity:
        return []
    top = max(by_entity, key=lambda e: by_entity[e])
    share = float(by_entity[top] * 100 / revenue)
    t = ctx.thresholds
    if share <= t.concentration_percent:
        return []
    severity: Severity = "this_week" if share > _DOMINANT_SHARE else "upcoming"
    cur = ctx.currency
    name = names[top] or "One customer"
    message = (f"{name} brought in {money(by_entity[top], cur)} of your {money(revenue, cur)} revenue from "
               f"{span(start, end)}: {pct(share)}, above your limit of {pct(t.concentration_percent)}. "
               "Losing them would hit hard.")
    return [Finding(
        kind="revenue_concentration", severity=severity, title=f"{name} is {pct(share)} of revenue",
        message=message, subject_type="entity", subject_id=str(top),
        data=evidence(customer=name, entity_id=top, customer_revenue=by_entity[top], total_revenue=revenue,
                      share_percent=share, threshold_percent=t.concentration_percent, period_start=start,
                      period_end=end),
    )]
