"""How good forecasts were, once the actual balances are known.

Per forecast origin: the mean absolute error of the expected balance, the same for two naive
forecasts ("the balance stays flat" and "the next month repeats the last one"), how often the actual
balance fell inside the p10-p90 band, and whether the predicted deficit / buffer breach happened.
Per business those add up to MASE (our error over the naive one's: below 1 beats it), band coverage
and the Brier score of the deficit probability; over many businesses, a reliability table shows
whether "20% chance" comes true about 20% of the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

from cashpilot.domain.forecast.model import ForecastResult

# Reliability table bins of the predicted probability.
BINS = (0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 1.0000001)


@dataclass(frozen=True)
class OriginScore:
    as_of: date
    days: int
    mae: float
    mae_flat: float
    mae_seasonal: float
    covered: int  # days with the actual balance inside p10..p90
    deficit_p: float  # predicted P(balance < 0 within `days`)
    deficit: bool  # it happened
    breach_p: float  # predicted P(balance < buffer within `days`)
    breach: bool


def score_origin(result: ForecastResult, actual: dict[date, Decimal], days: int) -> OriginScore | None:
    """Compare a forecast with what happened over its first `days` days. None if the actuals do not
    cover them (the history ends too soon) or a month of history before the origin is missing."""
    start = result.as_of
    window = [start + timedelta(days=i) for i in range(1, days + 1)]
    month_ago = start - timedelta(days=30)
    if any(d not in actual for d in window) or start not in actual or month_ago not in actual:
        return None
    b0 = float(actual[start])
    base_prev = float(actual[month_ago])
    err = flat = seasonal = 0.0
    covered = 0
    for i, d in enumerate(window):
        a = float(actual[d])
        band = result.daily[i]
        err += abs(float(band.expected) - a)
        flat += abs(b0 - a)
        # Seasonal naive: the next 30 days move the balance as the last 30 did.
        prev = start - timedelta(days=30) + timedelta(days=(i % 30) + 1)
        seasonal += abs(b0 + float(actual[prev]) - base_prev - a)
        covered += float(band.p10) <= a <= float(band.p90)
    lows = min(float(actual[d]) for d in window)
    w = days if days in result.deficit_probability else max(k for k in result.deficit_probability if k <= days)
    return OriginScore(
        as_of=start, days=days, mae=err / days, mae_flat=flat / days, mae_seasonal=seasonal / days,
        covered=covered, deficit_p=result.deficit_probability[w], deficit=lows < 0,
        breach_p=result.buffer_breach_probability[w], breach=lows < float(result.buffer),
    )


@dataclass(frozen=True)
class BusinessAccuracy:
    name: str
    horizon: int
    origins: int
    mase_flat: float | None  # None when the flat forecast was perfect (nothing moved)
    mase_seasonal: float | None
    mae: float
    coverage: float  # share of forecast days inside p10..p90
    brier_deficit: float
    brier_breach: float
    scores: tuple[OriginScore, ...] = field(default=(), repr=False)

    def to_json(self) -> dict:
        return {
            "name": self.name, "horizon": self.horizon, "origins": self.origins, "mase_flat": _r(self.mase_flat),
            "mase_seasonal": _r(self.mase_seasonal), "mae": round(self.mae, 2), "coverage": round(self.coverage, 4),
            "brier_deficit": round(self.brier_deficit, 4), "brier_breach": round(self.brier_breach, 4),
        }


def business_accuracy(name: str, horizon: int, scores: Sequence[OriginScore]) -> BusinessAccuracy | None:
    if not scores:
        return None
    n = len(scores)
    mae = sum(s.mae for s in scores)
    flat = sum(s.mae_flat for s in scores)
    seasonal = sum(s.mae_seasonal for s in scores)
    days = sum(s.days for s in scores)
    return BusinessAccuracy(
        name=name, horizon=horizon, origins=n, mase_flat=mae / flat if flat > 0 else None,
        mase_seasonal=mae / seasonal if seasonal > 0 else None, mae=mae / n,
        coverage=sum(s.covered for s in scores) / days,
        brier_deficit=sum((s.deficit_p - s.deficit) ** 2 for s in scores) / n,
        brier_breach=sum((s.breach_p - s.breach) ** 2 for s in scores) / n,
        scores=tuple(scores),
    )


def reliability(pairs: Sequence[tuple[float, bool]]) -> list[dict]:
    """Predicted probability bins against how often the event happened."""
    rows = []
    for lo, hi in pairwise(BINS):
        inside = [(p, o) for p, o in pairs if lo <= p < hi]
        if not inside:
            continue
        rows.append({
            "bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "count": len(inside),
            "mean_predicted": round(sum(p for p, _ in inside) / len(inside), 4),
            "observed": round(sum(o for _, o in inside) / len(inside), 4),
        })
    return rows


def summarise(results: Sequence[BusinessAccuracy]) -> dict:
    """What the acceptance bars read: share of businesses beating the flat forecast, band coverage,
    Brier scores and reliability."""
    with_mase = [r for r in results if r.mase_flat is not None]
    beats = sum(r.mase_flat < 1 for r in with_mase)  # type: ignore[operator]
    beats_seasonal = [r for r in results if r.mase_seasonal is not None]
    days = sum(s.days for r in results for s in r.scores)
    covered = sum(s.covered for r in results for s in r.scores)
    deficit = [(s.deficit_p, s.deficit) for r in results for s in r.scores]
    breach = [(s.breach_p, s.breach) for r in results for s in r.scores]
    mases = sorted(r.mase_flat for r in with_mase)  # type: ignore[type-var]
    return {
        "businesses": len(results),
        "origins": len(deficit),
        "beats_flat_share": round(beats / len(with_mase), 4) if with_mase else None,
        "median_mase_flat": round(mases[len(mases) // 2], 4) if mases else None,
        "beats_seasonal_share": round(
            sum(r.mase_seasonal < 1 for r in beats_seasonal) / len(beats_seasonal), 4  # type: ignore[operator]
        ) if beats_seasonal else None,
        "band_coverage": round(covered / days, 4) if days else None,
        "per_business_coverage_median": _median([r.coverage for r in results]),
        "brier_deficit": round(sum((p - o) ** 2 for p, o in deficit) / len(deficit), 4) if deficit else None,
        "brier_breach": round(sum((p - o) ** 2 for p, o in breach) / len(breach), 4) if breach else None,
        "deficit_rate": round(sum(o for _, o in deficit) / len(deficit), 4) if deficit else None,
        "breach_rate": round(sum(o for _, o in breach) / len(breach), 4) if breach else None,
        "reliability_deficit": reliability(deficit),
        "reliability_breach": reliability(breach),
    }


def _median(xs: list[float]) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return round(xs[len(xs) // 2], 4)


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
