"""Per-transaction anomaly scores: how far a transaction's amount sits from what is usual for its
entity (or, without enough history there, its category), in robust z units.

The choices the numbers depend on:

- Past only. Each transaction is judged by the transactions of strictly earlier days (at most
  `LOOKBACK_DAYS` back, the latest `MAX_SAMPLES`), as the owner would have judged it that day. A
  leave-one-out over the whole history would let next year's amounts decide whether this one was
  odd, and every new import would re-flag old rows; judged from the past, a score does not move when
  later transactions arrive, and a spike never raises its own baseline.
- Per direction, on the magnitude. Money in and money out of one entity are separate baselines.
- Entity first, then category. The entity's earlier transactions in that direction when there are
  at least `MIN_ENTITY_SAMPLES`, else its category's when there are at least `MIN_CATEGORY_SAMPLES`,
  else no score at all (too little to compare with: not in the result).
- Robust z = |amount - median| / (1.4826 * MAD'), MAD' = max(MAD, 5% of the median, 1 unit). The
  floor keeps a subscription that always cost the same (MAD 0) from turning a one-cent change into
  an anomaly: at 59.99 a month a new price of 69.99 scores 2.2, a charge of 119.98 scores 13.5.
- Monthly flows. When the baseline's payments come about once a month (median gap 25-35 days), the
  baseline is the last 12 of them (one year), and the payment of the same month a year earlier
  (within 20 days of a year before) is a second candidate baseline, with the same spread; the lower
  score counts. A seasonal peak (the December bonus, the winter heating bill) that happened last year
  at the same time is therefore not an anomaly, while a jump no earlier month explains is.

Transactions dated after `today` are neither scored nor used as a baseline.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from itertools import groupby, pairwise

from cashpilot.domain.detection.model import AnomalyScore, Txn

CENT = Decimal("0.01")
LOOKBACK_DAYS = 400  # a year of baseline plus the same month last year for monthly flows
MAX_SAMPLES = 50
MONTHLY_SAMPLES = 12
MIN_ENTITY_SAMPLES = 4
MIN_CATEGORY_SAMPLES = 6
MAD_FLOOR_SHARE = Decimal("0.05")
MAD_FLOOR_UNITS = Decimal("1")
CONSISTENCY = 1.4826  # MAD -> standard deviation for normally distributed amounts
MONTHLY_GAP_DAYS = (25, 35)
SEASONAL_TOLERANCE_DAYS = 20
MAX_SCORE = 9999.99  # what numeric(10, 2) storage and a reader need; beyond this "huge" is enough


@dataclass(frozen=True, slots=True)
class Baseline:
    """What one transaction is compared with."""

    median: Decimal  # positive magnitude
    spread: Decimal  # the floored MAD (before the 1.4826 factor)
    samples: int
    seasonal: Decimal | None = None  # the same month a year earlier, for monthly flows


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def floored_mad(values: Sequence[Decimal], centre: Decimal) -> Decimal:
    mad = median([abs(v - centre) for v in values])
    return max(mad, centre * MAD_FLOOR_SHARE, MAD_FLOOR_UNITS)


def robust_z(amount: Decimal, centre: Decimal, spread: Decimal) -> float:
    return min(MAX_SCORE, float(abs(amount - centre)) / (CONSISTENCY * float(spread)))


def is_monthly(days: Sequence[date]) -> bool:
    if len(days) < 3:
        return False
    gaps = sorted((b - a).days for a, b in pairwise(days))
    gap = gaps[len(gaps) // 2]
    return MONTHLY_GAP_DAYS[0] <= gap <= MONTHLY_GAP_DAYS[1]


def baseline_of(history: Sequence[tuple[date, Decimal]], day: date) -> Baseline:
    """The baseline for a transaction on `day` from earlier (date, magnitude) pairs, oldest first."""
    days = [d for d, _ in history]
    seasonal = None
    if is_monthly(days[-MONTHLY_SAMPLES:]):
        history = history[-MONTHLY_SAMPLES:]
        year_ago = day - timedelta(days=365)
        d, amount = min(history, key=lambda h: abs((h[0] - year_ago).days))
        if abs((d - year_ago).days) <= SEASONAL_TOLERANCE_DAYS:
            seasonal = amount
    values = [v for _, v in history]
    centre = median(values)
    return Baseline(median=centre, spread=floored_mad(values, centre), samples=len(values), seasonal=seasonal)


def judge(amount: Decimal, b: Baseline) -> tuple[float, Decimal]:
    """(score, the typical amount it was compared with) for a positive magnitude against `b`."""
    score, typical = robust_z(amount, b.median, b.spread), b.median
    if b.seasonal is not None:
        seasonal_score = robust_z(amount, b.seasonal, b.spread)
        if seasonal_score < score:
            score, typical = seasonal_score, b.seasonal
    return round(score, 2), typical.quantize(CENT, ROUND_HALF_EVEN)


class _History:
    """Earlier (date, magnitude) pairs of one entity or category in one direction, newest last."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: deque[tuple[date, Decimal]] = deque(maxlen=MAX_SAMPLES)

    def window(self, day: date) -> list[tuple[date, Decimal]]:
        oldest = day - timedelta(days=LOOKBACK_DAYS)
        while self.items and self.items[0][0] < oldest:
            self.items.popleft()
        return list(self.items)


def score(txns: Sequence[Txn], *, z: float = 4.0, today: date | None = None) -> dict[uuid.UUID, AnomalyScore]:
    """Score every transaction that has a baseline (see the module notes); the others are left out."""
    histories: dict[tuple, _History] = {}
    out: dict[uuid.UUID, AnomalyScore] = {}
    usable = sorted((t for t in txns if t.amount != 0 and (today is None or t.date <= today)),
                    key=lambda t: (t.date, t.id))
    for day, same_day in groupby(usable, key=lambda t: t.date):
        batch = list(same_day)
        for t in batch:  # judged before any of the day's own transactions join the baselines
            result = _score_one(t, day, histories, z)
            if result is not None:
                out[t.id] = result
        for t in batch:
            for key in _keys(t):
                histories.setdefault(key, _History()).items.append((day, abs(t.amount)))
    return out


def _keys(t: Txn) -> Iterable[tuple]:
    direction = t.amount > 0
    if t.entity_id is not None:
        yield ("entity", t.entity_id, direction)
    if t.category_id is not None:
        yield ("category", t.category_id, direction)


def _score_one(t: Txn, day: date, histories: dict[tuple, _History], z: float) -> AnomalyScore | None:
    direction = t.amount > 0
    for basis, basis_id, minimum in (("entity", t.entity_id, MIN_ENTITY_SAMPLES),
                                     ("category", t.category_id, MIN_CATEGORY_SAMPLES)):
        if basis_id is None:
            continue
        history = histories.get((basis, basis_id, direction))
        window = history.window(day) if history is not None else []
        if len(window) < minimum:
            continue
        b = baseline_of(window, day)
        value, typical = judge(abs(t.amount), b)
        return AnomalyScore(transaction_id=t.id, score=value, is_anomaly=value >= z, baseline=typical, basis=basis,
                            basis_id=basis_id, samples=b.samples)
    return None
