"""Spending rules: a category or supplier above its usual level, outflows bunched into one week,
the same charge twice, a large first payment to a new supplier, and single transactions far from
their baseline.

Choices worth knowing:
- Spending spike: a group's baseline is the median of its 30-day totals over the previous 12 months,
  counting only the periods in which it spent anything (at least 3 needed). Quarterly VAT or a twice
  yearly equipment purchase would otherwise have a baseline of zero and "spike" every time they fall
  due. A spike must also matter: its excess over the baseline has to be at least 2% of the business's
  typical 30-day spending (relative, so it means the same in any currency). A rolling 30 days can catch
  two payments of a monthly bill (1 Feb and 1 Mar); the extra payments of a known recurring series are
  not counted as a spike. When a supplier's spike explains most of its category's, only the supplier
  is reported. Its windows end on the last day the data covers (see `_history.data_end`); the rules
  about single recent transactions (duplicate, large supplier payment, unusual) count days from today.
- Payment timing conflict: needs at least two known outflows in the week: a single large bill is not a
  conflict of timing.
- Duplicate charge: the same supplier (or description, digits aside) and the same amount within
  `duplicate_window_days`, the later one in the last 30 days, not refunded since. Payroll and taxes are
  left out (several people or liabilities often share an amount), and so is a pattern the business has
  seen at least twice before (two licences billed separately, a daily coffee).
- Large supplier payment: with no amount set, "large" is the larger of 5 times the median outflow and
  10% of the typical 30-day spending over the 12 months before; it needs 90 days of earlier history,
  or every supplier would look new.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from cashpilot.domain.detection.model import DetectionContext, Finding, Series, Severity, SubjectType, Txn
from cashpilot.domain.detection.rules._history import (
    ZERO,
    belongs_to,
    between,
    cadence_days,
    counterparty,
    data_end,
    history_start,
    is_spending,
    median,
    window,
)
from cashpilot.domain.detection.rules._text import day, evidence, money, pct, plural, span, times

_BASELINE_PERIODS = 12
_MIN_SPENDING_PERIODS = 3
_MATERIAL_SHARE = Decimal("0.02")  # of typical 30-day spending
_BIG_SPIKE = 3  # times the baseline: this week
_SERIES_TOLERANCE = Decimal("0.5")  # a payment within 50% of a series' amount is one of its payments
# A week's bills are a timing problem when paying them leaves less headroom above the buffer than
# half of what they cost: a business that bunches its bills and still has room for them is not told.
_CONFLICT_HEADROOM = Decimal("0.50")
_NOT_DUPLICATES = frozenset({"payroll", "taxes"})
_COUNT_WORDS = {2: "Two", 3: "Three"}
_NOT_SUPPLIERS = frozenset({"payroll"})
_LARGE_VS_MEDIAN = 5
_LARGE_VS_MONTH = Decimal("0.10")
_RECENT_DAYS = 14
_MIN_EARLIER_HISTORY = 90
_BIG_VS_BALANCE = Decimal("0.25")
_UNUSUAL_VS_BALANCE = Decimal("0.10")


@dataclass(frozen=True)
class _Spike:
    subject_type: SubjectType
    subject_id: uuid.UUID
    name: str
    raw: Decimal  # all its spending in the last 30 days
    extra: Decimal  # of which: payments of regular bills beyond their usual count (not a spike)
    baseline: Decimal
    periods: int
    top_category: uuid.UUID | None  # for a supplier: the category most of its current spending is in

    @property
    def current(self) -> Decimal:
        return self.raw - self.extra


def _period_bounds(end: date, k: int) -> tuple[date, date]:
    """The k-th 30-day period back from `end` (0 is the latest)."""
    return window(end - timedelta(days=30 * k), 30)


def _extra_series_payments(txns: list[Txn], series: list[Series]) -> Decimal:
    """What a rolling 30 days caught of known series beyond their usual count of payments per period."""
    extra = ZERO
    for s in series:
        tol = s.expected_amount * _SERIES_TOLERANCE
        hits = [t for t in txns if belongs_to(t, s) and abs(-t.amount - s.expected_amount) <= tol]
        usual = max(1, round(30 / cadence_days(s.cadence)))
        if len(hits) > usual:
            extra += s.expected_amount * (len(hits) - usual)
    return extra


def _spikes(ctx: DetectionContext) -> tuple[list[_Spike], Decimal, tuple[date, date]]:
    end = data_end(ctx)
    first = history_start(ctx)
    current = _period_bounds(end, 0)
    if first is None:
        return [], ZERO, current
    # Periods wholly inside the history: a half-covered first period would pull the baseline down.
    counted = [k for k in range(1, _BASELINE_PERIODS + 1) if _period_bounds(end, k)[0] >= first]
    business_totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    totals: dict[tuple[SubjectType, uuid.UUID], dict[int, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    now_txns: dict[tuple[SubjectType, uuid.UUID], list[Txn]] = defaultdict(list)
    names: dict[tuple[SubjectType, uuid.UUID], str] = {}
    for t in ctx.transactions:
        if t.date > end or not is_spending(t):
            continue
        k = (end - t.date).days // 30
        if k > _BASELINE_PERIODS:
            continue
        business_totals[k] -= t.amount
        keys: list[tuple[SubjectType, uuid.UUID]] = []
        if t.category_id is not None:
            keys.append(("category", t.category_id))
            names["category", t.category_id] = t.category_name or t.category_key or "a category"
        if t.entity_id is not None:
            keys.append(("entity", t.entity_id))
            names["entity", t.entity_id] = counterparty(t)
        for key in keys:
            totals[key][k] -= t.amount
            if k == 0:
                now_txns[key].append(t)
    business = median([business_totals[k] for k in counted])
    out_series = [s for s in ctx.series if s.direction == "out" and s.status == "active"]
    spikes: list[_Spike] = []
    pct_over = Decimal(str(ctx.thresholds.spending_spike_percent))
    for (kind, gid), by_period in totals.items():
        spending = [v for k in counted if (v := by_period.get(k, ZERO)) > 0]
        if len(spending) < _MIN_SPENDING_PERIODS or by_period.get(0, ZERO) <= 0:
            continue
        baseline = median(spending)
        recent = now_txns[kind, gid]
        mine = [s for s in out_series if (s.category_id == gid if kind == "category" else s.entity_id == gid)]
        raw = by_period[0]
        extra = _extra_series_payments(recent, mine)
        now = raw - extra
        if now <= baseline * (1 + pct_over / 100) or now - baseline < business * _MATERIAL_SHARE:
            continue
        by_cat: dict[uuid.UUID | None, Decimal] = defaultdict(lambda: ZERO)
        for t in recent:
            by_cat[t.category_id] -= t.amount
        top = max(by_cat, key=lambda c: by_cat[c]) if kind == "entity" and by_cat else None
        spikes.append(_Spike(kind, gid, names[kind, gid], raw, extra, baseline, len(spending), top))
    return spikes, business, current


def spending_spike(ctx: DetectionContext) -> list[Finding]:
    """A category's or supplier's last 30 days of spending above its robust baseline by more than
    `spending_spike_percent` (see the module docstring for the baseline and materiality)."""
    spikes, business, (start, end) = _spikes(ctx)
    explained: dict[uuid.UUID, Decimal] = defaultdict(lambda: ZERO)
    for s in spikes:
        if s.subject_type == "entity" and s.top_category is not None:
            explained[s.top_category] += s.current - s.baseline
    cur = ctx.currency
    out: list[Finding] = []
    for s in spikes:
        excess = s.current - s.baseline
        if s.subject_type == "category" and explained[s.subject_id] * 2 >= excess:
            continue  # the supplier's alert says it better
        over = float(excess * 100 / s.baseline)
        severity: Severity = "this_week" if s.current > s.baseline * _BIG_SPIKE else "upcoming"
        what = f"Spending on {s.name}" if s.subject_type == "category" else f"Payments to {s.name}"
        message = f"{what} came to {money(s.raw, cur)} from {span(start, end)}"
        if s.extra > 0:
            message += (f", of which {money(s.extra, cur)} is an extra payment of a regular bill; the other "
                        f"{money(s.current, cur)} is")
        else:
            message += ","
        message += (f" {pct(over)} above the usual {money(s.baseline, cur)} per 30 days (the median of "
                    f"{plural(s.periods, 'earlier period')} with spending): {money(excess, cur)} more than usual.")
        out.append(Finding(
            kind="spending_spike", severity=severity, title=f"{s.name} spending up {pct(over)}", message=message,
            subject_type=s.subject_type, subject_id=str(s.subject_id),
            data=evidence(name=s.name, current=s.current, total=s.raw, regular_extra=s.extra, baseline=s.baseline,
                          excess=excess, over_percent=over,
                          threshold_percent=ctx.thresholds.spending_spike_percent, periods=s.periods,
                          period_start=start, period_end=end, typical_monthly_spending=business),
        ))
    return out


def payment_timing_conflict(ctx: DetectionContext) -> list[Finding]:
    """More than `timing_conflict_percent` of the next 30 days' known outflows fall due in one 7-day
    window, and the lowest expected balance in that week is less than half the week's bills above the buffer."""
    fc = ctx.forecast
    if fc is None:
        return []
    last = ctx.today + timedelta(days=29)
    flows = sorted((f for f in fc.flows if f.amount < 0 and ctx.today <= f.due <= last), key=lambda f: f.due)
    month = -sum((f.amount for f in flows), ZERO)
    if len(flows) < 2 or month <= 0:
        return []
    best: tuple[Decimal, date, list] = (ZERO, ctx.today, [])
    for start in sorted({f.due for f in flows}):
        week = [f for f in flows if start <= f.due <= start + timedelta(days=6)]
        amount = -sum((f.amount for f in week), ZERO)
        if amount > best[0]:
            best = (amount, start, week)
    amount, start, week = best
    share = float(amount * 100 / month)
    eve = start - timedelta(days=1)
    before = ctx.balance if eve <= ctx.today else next((d.expected for d in fc.daily if d.date == eve), None)
    lows = [d.expected for d in fc.daily if start <= d.date <= start + timedelta(days=6)]
    lowest = min(lows) if lows else (ctx.balance if before is None else before) - amount
    headroom = lowest - ctx.thresholds.cash_buffer
    if (len(week) < 2 or share <= ctx.thresholds.timing_conflict_percent
            or headroom >= amount * _CONFLICT_HEADROOM):
        return []
    end = start + timedelta(days=6)
    severity: Severity = "this_week" if (start - ctx.today).days <= 7 else "upcoming"
    cur = ctx.currency
    biggest = sorted(week, key=lambda f: f.amount)[:4]
    message = (f"{money(amount, cur)} of the {money(month, cur)} you are due to pay in the next 30 days ({pct(share)}) "
               f"falls due from {span(start, end)}: "
               + ", ".join(f"{f.label} {money(-f.amount, cur)} on {day(f.due)}" for f in biggest)
               + (f" and {plural(len(week) - len(biggest), 'more payment')}" if len(week) > len(biggest) else "")
               + f". Your balance today is {money(ctx.balance, cur)}")
    if before is not None and eve > ctx.today:
        message += f", expected to be {money(before, cur)} the day before"
    message += f"; paying them takes it down to {money(lowest, cur)}"
    if ctx.thresholds.cash_buffer > 0:
        message += f" against your {money(ctx.thresholds.cash_buffer, cur)} buffer"
    message += ". Moving one of them to another week would leave more room."
    return [Finding(
        kind="payment_timing_conflict", severity=severity, title=f"{pct(share)} of the month's bills due in one week",
        message=message, subject_type="forecast_date", subject_id=start.isoformat(),
        data=evidence(window_start=start, window_end=end, window_outflows=amount, month_outflows=month,
                      share_percent=share, threshold_percent=ctx.thresholds.timing_conflict_percent,
                      balance=ctx.balance, balance_before=before, lowest_balance=lowest,
                      buffer=ctx.thresholds.cash_buffer,
                      payments=[{"label": f.label, "due": f.due, "amount": -f.amount} for f in week]),
    )]


def _charge_key(t: Txn) -> tuple[str, uuid.UUID | str] | None:
    if t.entity_id is not None:
        return "entity", t.entity_id
    text = " ".join(re.sub(r"\d+", " ", t.description.lower()).split())
    return ("description", text) if text else None


def _clusters(txns: list[Txn], days: int) -> list[list[Txn]]:
    """Charges chained by gaps of at most `days`."""
    out: list[list[Txn]] = []
    for t in sorted(txns, key=lambda x: x.date):
        if out and (t.date - out[-1][-1].date).days <= days:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def duplicate_charge(ctx: DetectionContext) -> list[Finding]:
    """Two (or three) outflows to the same supplier for the same amount within
    `duplicate_window_days`, the later in the last 30 days."""
    gap = ctx.thresholds.duplicate_window_days
    start, end = window(ctx.today, 30)
    # Only charges whose amount was paid in the last 30 days can be recent duplicates: key the rest of the
    # history by those amounts alone (a business has far fewer recent amounts than transactions).
    recent_amounts = {-t.amount for t in ctx.transactions if t.amount < 0 and start <= t.date <= end}
    groups: dict[tuple[tuple[str, uuid.UUID | str], Decimal], list[Txn]] = defaultdict(list)
    refunds: dict[tuple[tuple[str, uuid.UUID | str], Decimal], list[date]] = defaultdict(list)
    for t in ctx.transactions:
        if abs(t.amount) not in recent_amounts or t.category_key in _NOT_DUPLICATES:
            continue
        key = _charge_key(t)
        if key is None:
            continue
        if t.amount < 0 and is_spending(t):
            groups[key, -t.amount].append(t)
        elif t.amount > 0:
            refunds[key, t.amount].append(t.date)
    out_series = [s for s in ctx.series if s.direction == "out"]
    cur = ctx.currency
    out: list[Finding] = []
    for (key, amount), txns in groups.items():
        if len(txns) < 2 or txns[-1].date < start:  # oldest first: the last is the latest
            continue
        clusters = [c for c in _clusters(txns, gap) if len(c) >= 2]
        recent = [c for c in clusters if start <= c[-1].date <= end and len(c) <= 3]
        if not recent or len(clusters) - len(recent) >= 2:
            continue
        for c in recent:
            if any(d >= c[0].date for d in refunds[key, amount]):
                continue
            closest = min((b.date - a.date).days for a, b in pairwise(c))
            if any(belongs_to(c[-1], s) and abs(s.expected_amount - amount) <= amount / 100
                   and closest >= cadence_days(s.cadence) / 2 for s in out_series):
                continue  # a series that really does repeat this often
            later = c[-1]
            who = counterparty(later)
            dates = [day(t.date) for t in c]
            message = (f"{_COUNT_WORDS[len(c)]} payments of {money(amount, cur)} to {who} on "
                       f"{', '.join(dates[:-1])} and {dates[-1]}. If you expected only one, ask {who} for a refund.")
            out.append(Finding(
                kind="duplicate_charge", severity="this_week", title=f"Possible double charge by {who}",
                message=message, subject_type="transaction", subject_id=str(later.id),
                data=evidence(counterparty=who, amount=amount, dates=[t.date for t in c],
                              transaction_ids=[t.id for t in c], entity_id=later.entity_id,
                              window_days=gap),
            ))
    return out


def _large_level(ctx: DetectionContext, before: date) -> tuple[Decimal, str]:
    """The owner's large-payment amount, else one derived from the 12 months before `before`."""
    set_by_owner = ctx.thresholds.large_payment_amount
    if set_by_owner is not None:
        return set_by_owner, "the large-payment level you set"
    start = before - timedelta(days=365)
    outs = [-t.amount for t in ctx.transactions if start <= t.date < before and is_spending(t)]
    first = max(start, history_start(ctx) or before)
    months = Decimal(max(30, (before - first).days)) / 30
    single = median(outs) * _LARGE_VS_MEDIAN
    monthly = sum(outs, ZERO) / months * _LARGE_VS_MONTH
    if single >= monthly:
        return single.quantize(Decimal("0.01")), f"{_LARGE_VS_MEDIAN} times your median payment"
    return monthly.quantize(Decimal("0.01")), f"{int(_LARGE_VS_MONTH * 100)}% of a typical month's spending"


def large_supplier_payment(ctx: DetectionContext) -> list[Finding]:
    """An outflow of the last 14 days that is the first transaction ever seen with its supplier and is
    at least the large-payment level."""
    first = history_start(ctx)
    start, end = window(ctx.today, _RECENT_DAYS)
    if first is None or (start - first).days < _MIN_EARLIER_HISTORY:
        return []
    firsts: dict[uuid.UUID, Txn] = {}
    for t in ctx.transactions:  # oldest first: the first seen wins
        if t.entity_id is not None and (t.entity_id not in firsts or t.date < firsts[t.entity_id].date):
            firsts[t.entity_id] = t
    new = [t for t in firsts.values() if start <= t.date <= end and t.amount < 0 and is_spending(t)
           and t.category_key not in _NOT_SUPPLIERS and t.entity_type != "customer"]
    if not new:
        return []
    level, how = _large_level(ctx, start)
    if level <= 0:
        return []
    cur = ctx.currency
    out: list[Finding] = []
    for t in new:
        if -t.amount < level:
            continue
        amount = -t.amount
        big = ctx.balance <= 0 or amount >= ctx.balance * _BIG_VS_BALANCE
        who = counterparty(t)
        message = (f"{money(amount, cur)} paid to {who} on {day(t.date)}: the first payment to them, and at least "
                   f"{money(level, cur)} ({how}). Your balance is now {money(ctx.balance, cur)}.")
        out.append(Finding(
            kind="large_supplier_payment", severity="this_week" if big else "upcoming",
            title=f"First payment to {who}: {money(amount, cur)}", message=message,
            subject_type="transaction", subject_id=str(t.id),
            data=evidence(supplier=who, entity_id=t.entity_id, amount=amount, date=t.date, level=level,
                          level_basis="setting" if ctx.thresholds.large_payment_amount is not None else "derived",
                          balance=ctx.balance, transaction_id=t.id),
        ))
    return out


def unusual_transaction(ctx: DetectionContext) -> list[Finding]:
    """A transaction of the last 14 days scored as an anomaly at or above `unusual_z`."""
    start, end = window(ctx.today, _RECENT_DAYS)
    cur = ctx.currency
    out: list[Finding] = []
    for t in between(ctx.transactions, start, end):
        a = ctx.anomalies.get(t.id)
        if a is None or not a.is_anomaly or a.score < ctx.thresholds.unusual_z:
            continue
        amount = abs(t.amount)
        big = ctx.balance <= 0 or amount >= ctx.balance * _UNUSUAL_VS_BALANCE
        who = counterparty(t)
        ratio = float(amount / a.baseline) if a.baseline > 0 else None
        basis = f"for {who}" if a.basis == "entity" else f"in {t.category_name or 'its category'}"
        direction = "from" if t.amount > 0 else "to"
        size = f"{times(ratio)} times" if ratio is not None else "far from"
        message = (f"{money(amount, cur)} {direction} {who} on {day(t.date)} is {size} the usual "
                   f"{money(a.baseline, cur)} {basis} (robust z-score {a.score:.1f} over "
                   f"{plural(a.samples, 'earlier transaction')}).")
        out.append(Finding(
            kind="unusual_transaction", severity="this_week" if big else "upcoming",
            title=f"Unusual {money(amount, cur)} {direction} {who}", message=message,
            subject_type="transaction", subject_id=str(t.id),
            data=evidence(amount=amount, signed_amount=t.amount, date=t.date, counterparty=who, baseline=a.baseline,
                          ratio=ratio, score=a.score, basis=a.basis, basis_id=a.basis_id, samples=a.samples,
                          transaction_id=t.id, balance=ctx.balance),
        ))
    return out
