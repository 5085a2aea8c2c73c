"""What a customer or supplier is like to do business with: how much, how often, how late.

Built from the entity's transactions alone (signed Decimal amounts with dates) plus, for the payments that
belong to a recurring series (later: to an invoice), the date each one was due. Pure: no database.

Days late are calendar days, payment date minus expected date; negative means early. The histogram keeps
early payments visible in their own bucket, but every lateness statistic (mean, percentiles, max, trend)
clamps early to 0: paying ten days early does not make up for paying ten days late next time, and a
customer who always pays early is simply on time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

__all__ = ["DaysLate", "EntityProfile", "Payment", "lateness", "profile", "reliability_score", "revenue_share"]

CENT = Decimal("0.01")
_SHARE_PLACES = Decimal("0.0001")
ON_TIME_DAYS = 2  # within 0..2 days of the due date counts as on time: weekends and bank processing
MIN_RELIABILITY_SAMPLES = 3
MIN_TREND_SAMPLES = 6  # three per half, so each half's median is not a single payment
HISTOGRAM_BUCKETS = ("early", "0-2", "3-7", "8-14", "15-30", "31+")


@dataclass(frozen=True)
class Payment:
    date: date
    amount: Decimal  # signed: positive received from the entity, negative paid to it
    expected_date: date | None  # when it was due (a recurring series, later an invoice), else None


@dataclass(frozen=True)
class DaysLate:
    samples: int
    mean: float  # of lateness clamped at 0, like the percentiles
    p50: float
    p75: float
    p90: float
    max: int
    on_time_share: float  # paid no later than ON_TIME_DAYS after the due date; early counts as on time
    histogram: dict[str, int]  # every bucket of HISTOGRAM_BUCKETS, in that order, zeros included
    trend: str  # "improving" | "stable" | "worsening" | "insufficient"
    trend_days: float  # later half's median lateness minus the earlier half's; 0.0 when insufficient


@dataclass(frozen=True)
class EntityProfile:
    total_in: Decimal  # received from the entity
    total_out: Decimal  # paid to the entity, as a positive magnitude
    count: int
    first_seen: date | None
    last_seen: date | None
    typical_amount: Decimal | None  # median absolute amount, 2 dp
    days_late: DaysLate | None  # None without any expected dates
    reliability: int | None  # 0-100, None with fewer than MIN_RELIABILITY_SAMPLES timed payments


def _percentile(ordered: Sequence[int], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), so p50 of [0, 10] is 5."""
    pos = (len(ordered) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _median(values: Sequence[int]) -> float:
    return _percentile(sorted(values), 0.5)


def _bucket(days: int) -> str:
    if days < 0:
        return "early"
    if days <= ON_TIME_DAYS:
        return "0-2"
    if days <= 7:
        return "3-7"
    if days <= 14:
        return "8-14"
    if days <= 30:
        return "15-30"
    return "31+"


def _trend(lateness_in_due_order: Sequence[int]) -> tuple[str, float]:
    """Median lateness of the later half against the earlier half (the middle payment of an odd count sits
    out). Medians rather than a fitted slope: one payment sixty days late must not make a trend. Changes
    within max(2 days, 20% of the larger median) are noise: 14 -> 16 days is stable, 0 -> 3 is not."""
    n = len(lateness_in_due_order)
    if n < MIN_TREND_SAMPLES:
        return "insufficient", 0.0
    earlier = _median(lateness_in_due_order[: n // 2])
    later = _median(lateness_in_due_order[n - n // 2:])
    change = later - earlier
    noise = max(2.0, 0.2 * max(earlier, later))
    if change > noise:
        return "worsening", round(change, 2)
    if change < -noise:
        return "improving", round(change, 2)
    return "stable", round(change, 2)


def lateness(payments: Sequence[Payment]) -> DaysLate | None:
    """The lateness distribution of the payments that had a due date; None when none had."""
    timed = sorted((p for p in payments if p.expected_date is not None), key=lambda p: (p.expected_date, p.date))
    if not timed:
        return None
    raw = [(p.date - p.expected_date).days for p in timed]
    clamped = [max(0, d) for d in raw]
    ordered = sorted(clamped)
    histogram = dict.fromkeys(HISTOGRAM_BUCKETS, 0)
    for d in raw:
        histogram[_bucket(d)] += 1
    trend, trend_days = _trend(clamped)
    return DaysLate(
        samples=len(raw),
        mean=round(sum(clamped) / len(clamped), 2),
        p50=round(_percentile(ordered, 0.50), 2),
        p75=round(_percentile(ordered, 0.75), 2),
        p90=round(_percentile(ordered, 0.90), 2),
        max=ordered[-1],
        on_time_share=round(sum(d <= ON_TIME_DAYS for d in raw) / len(raw), 4),
        histogram=histogram,
        trend=trend,
        trend_days=trend_days,
    )


def _credit(days: float) -> float:
    # full credit within the on-time grace, none from six weeks past it
    return min(1.0, max(0.0, 1.0 - (days - ON_TIME_DAYS) / 42.0))


_TREND_POINTS = {"improving": 5.0, "worsening": -10.0}


def reliability_score(days_late: DaysLate | None, *, count: int) -> int | None:
    """0-100: how much to rely on this entity paying when due.

        score = 30 * on_time_share
              + 50 * credit(p50)
              + 20 * credit(p90)
              + 5 if improving, -10 if worsening
        credit(d) = 1 - (d - 2) / 42, clamped to 0..1: full within the 2-day grace, none at 44+ days late

    clamped to 0..100 and rounded half up. Anchors: always within 2 days -> 100; typically two weeks late
    (p50 14, p90 14-21) -> about 50; a month late (p50 30, p90 45) -> 17, or 7 when worsening. The typical
    case (p50) weighs most; p90 catches the occasional very late payment; the trend nudges rather than
    decides, and worsening costs more than improving earns because it is the risk to a cash forecast.

    count: the number of timed payments behind days_late. The smaller of count and days_late.samples is
    used, so passing the entity's total transaction count cannot dress up thin evidence. Fewer than
    MIN_RELIABILITY_SAMPLES (3) -> None.
    """
    if days_late is None or min(count, days_late.samples) < MIN_RELIABILITY_SAMPLES:
        return None
    score = (
        30.0 * days_late.on_time_share
        + 50.0 * _credit(days_late.p50)
        + 20.0 * _credit(days_late.p90)
        + _TREND_POINTS.get(days_late.trend, 0.0)
    )
    return math.floor(min(100.0, max(0.0, score)) + 0.5)


def _median_amount(magnitudes: Sequence[Decimal]) -> Decimal:
    ordered = sorted(magnitudes)
    mid = len(ordered) // 2
    middle = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return middle.quantize(CENT, rounding=ROUND_HALF_EVEN)


def profile(payments: Sequence[Payment]) -> EntityProfile:
    total_in = sum((p.amount for p in payments if p.amount > 0), Decimal("0.00"))
    total_out = sum((-p.amount for p in payments if p.amount < 0), Decimal("0.00"))
    late = lateness(payments)
    return EntityProfile(
        total_in=total_in,
        total_out=total_out,
        count=len(payments),
        first_seen=min((p.date for p in payments), default=None),
        last_seen=max((p.date for p in payments), default=None),
        typical_amount=_median_amount([abs(p.amount) for p in payments]) if payments else None,
        days_late=late,
        reliability=reliability_score(late, count=late.samples if late else 0),
    )


def revenue_share(entity_inflow: Decimal, business_inflow: Decimal) -> Decimal:
    """The entity's part of the business's revenue, 0..1 to 4 dp (half even).

    0 when the business has no revenue (nothing to be a share of); clamped into 0..1 because the two totals
    may come from different moments or filters, and a share above 1 or below 0 would only mislead."""
    if business_inflow <= 0 or entity_inflow <= 0:
        return Decimal("0.0000")
    return min(Decimal(1), entity_inflow / business_inflow).quantize(_SHARE_PLACES, rounding=ROUND_HALF_EVEN)
