"""The statistical baseline: daily flows that no known flow explains (card takings, ad-hoc purchases,
irregular customers), forecast with statsforecast.

The model is chosen per business by a rolling-origin backtest among a few fast candidates, scored on
what the owner sees: the error of the CUMULATIVE flow (= the balance) over the next weeks, not the
day-by-day error, which rewards models that chase daily noise. The default is the year's drift shrunk
toward zero by its own uncertainty; a seasonal or smoothing model (or a combination of the best three)
replaces it only when it is clearly better on the folds. Histories too short to backtest get a 90-day
mean, or under four weeks a mean shrunk toward zero: a few weeks of data say little.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

# Below this many days the candidates cannot be compared; below MIN_MODEL_DAYS none is fitted.
MIN_BACKTEST_DAYS = 120
MIN_MODEL_DAYS = 28
_FOLDS = 3
_EVAL_DAYS = 30
# A short history's mean is shrunk toward zero as if this many days of zeros had been seen.
_PRIOR_DAYS = 30
FALLBACK = "ShrunkMean"
_PROFILE_DAYS = 182
ANCHOR = "ShrunkDrift"
_CLEAR_WIN = 0.4  # a candidate must have 40% less fold error than the anchor
# How many of the best candidates a combination averages.
_COMBINE = 3


@dataclass(frozen=True)
class Baseline:
    model: str
    mean: np.ndarray  # expected flow for each forecast day
    scores: dict[str, float]  # candidate -> mean absolute cumulative error per day (backtest)
    # The chosen model's cumulative errors (actual - forecast) in its backtest folds, folds x days:
    # how wrong it really was, which the simulation's spread is checked against.
    fold_errors: np.ndarray | None = None


def _candidates() -> dict[str, Callable[[], object]]:
    # Imported here: statsforecast takes about a second to import and the API never needs it.
    from statsforecast.models import MSTL, AutoETS, AutoTheta, SeasonalWindowAverage, WindowAverage

    return {
        # The calendar's own month: spending that follows payday, rent collected on the 1st.
        "MonthDayProfile": lambda: None,
        # The year's average drift, shrunk toward zero by how uncertain it is (James-Stein): a business
        # whose money drifts clearly keeps its drift; a household-like account that spends what comes in
        # gets none.
        "ShrunkDrift": lambda: None,
        # No drift at all: what the residual of a household-like account (spend what comes in) does best.
        "Zero": lambda: None,
        "WindowAverage90": lambda: WindowAverage(window_size=90),
        "WindowAverage365": lambda: WindowAverage(window_size=365),
        "SeasonalWindowAverage7x8": lambda: SeasonalWindowAverage(season_length=7, window_size=8),
        "AutoETS": lambda: AutoETS(season_length=7, model="ZNZ"),
        "AutoTheta": lambda: AutoTheta(season_length=7),
        "MSTL": lambda: MSTL(season_length=[7, 30]),
    }


def _fallback(y: np.ndarray, horizon: int) -> np.ndarray:
    n = len(y)
    level = float(y.sum()) / (n + _PRIOR_DAYS) if n else 0.0
    return np.full(horizon, level)


def _predict(name: str, factory: Callable[[], object], y: np.ndarray, horizon: int,
             start: date | None = None) -> np.ndarray:
    if name == "MonthDayProfile":
        return _month_day_profile(y, horizon, start)
    if name == "Zero":
        return np.zeros(horizon)
    if name == "ShrunkDrift":
        return np.full(horizon, _shrunk_drift(y))
    window = {"WindowAverage90": 90, "WindowAverage365": 365}.get(name)
    if window is not None and len(y) < window:  # a short history is its own window
        return np.full(horizon, float(y.mean()))
    try:
        out = factory().forecast(y=y, h=horizon)["mean"]  # type: ignore[attr-defined]
    except Exception:  # a candidate that cannot fit this series is simply not chosen
        return np.full(horizon, np.nan)
    return np.asarray(out, dtype=float)


def fit_baseline(y: np.ndarray, horizon: int, *, model: str | None = None, start: date | None = None) -> Baseline:
    """Forecast `horizon` days of residual flow from the daily history `y` (oldest first).

    `model` forces a candidate (or a `Combo(a+b+c)`), as a replay of a stored forecast does; its
    backtest errors are still computed, because they size the uncertainty bands.
    """
    y = np.asarray(y, dtype=float)
    n = len(y)
    if model == FALLBACK or n < MIN_MODEL_DAYS:
        return Baseline(FALLBACK, _fallback(y, horizon), {})
    cands = _candidates()
    names = _members(model) if model is not None else list(cands)
    unknown = [m for m in names if m not in cands]
    if unknown:
        raise ValueError(f"unknown baseline model {model!r}")
    if n < MIN_BACKTEST_DAYS and model is None:
        names = ["WindowAverage90"]
    folds = [n - _EVAL_DAYS * k for k in range(1, _FOLDS + 1) if n - _EVAL_DAYS * k >= MIN_BACKTEST_DAYS - _EVAL_DAYS]

    fold_preds: dict[str, list[np.ndarray]] = {
        m: [_predict(m, cands[m], y[:cut], _EVAL_DAYS, start) for cut in folds] for m in names
    }
    scores = {m: _fold_score(y, folds, fold_preds[m]) for m in names}
    if model is not None or len(names) == 1:
        chosen = names
    else:
        ranked = sorted(names, key=lambda m: (scores[m], names.index(m)))
        best = ranked[0]
        top = [m for m in ranked[:_COMBINE] if np.isfinite(scores[m])]
        chosen = [best]
        if len(top) > 1:
            # A combination of the best few is usually steadier than any one of them on new data; it
            # has to beat the single best on the same folds to be used.
            combo = [np.mean([fold_preds[m][i] for m in top], axis=0) for i in range(len(folds))]
            combo_score = _fold_score(y, folds, combo)
            if combo_score <= scores[best]:
                chosen = top
                fold_preds[_name(top)] = combo
                scores[_name(top)] = combo_score
    # Three folds of one business's past cannot tell a better model from a lucky one: anything more
    # complex than the shrunk drift must beat it clearly to be used (measured on the backtests: choosing
    # the fold winner outright beat the flat forecast on fewer histories than this rule).
    clear_win = scores[ANCHOR] * (1 - _CLEAR_WIN) if ANCHOR in scores else float("inf")
    if model is None and chosen != [ANCHOR] and min(scores[_name(chosen)], scores[chosen[0]]) > clear_win:
        chosen = [ANCHOR]
    name = _name(chosen)
    if name not in fold_preds:
        fold_preds[name] = [np.mean([fold_preds[m][i] for m in chosen], axis=0) for i in range(len(folds))]
    errors = np.array([np.cumsum(y[cut:cut + _EVAL_DAYS] - p) for cut, p in zip(folds, fold_preds[name], strict=True)])
    mean = np.mean([_predict(m, cands[m], y, horizon, start) for m in chosen], axis=0)
    if not np.all(np.isfinite(mean)):
        return Baseline(FALLBACK, _fallback(y, horizon), scores)
    finite = {k: v for k, v in scores.items() if np.isfinite(v)}
    return Baseline(name, mean, finite, errors if errors.size and np.all(np.isfinite(errors)) else None)


def _shrunk_drift(y: np.ndarray) -> float:
    window = y[-365:]
    k = len(window) // 30
    if k < 2:
        return 0.0
    blocks = window[len(window) - 30 * k:].reshape(k, 30).mean(axis=1)
    mean = float(blocks.mean())
    se2 = float(blocks.var(ddof=1)) / k
    if mean == 0:
        return 0.0
    return mean * max(0.0, 1.0 - se2 / (mean * mean))


def _month_day_profile(y: np.ndarray, horizon: int, start: date | None) -> np.ndarray:
    """Average flow on each day of the month over the last six months, smoothed over neighbouring days."""
    n = len(y)
    if start is None or n < 60:
        return np.full(horizon, np.nan)
    window = min(n, _PROFILE_DAYS)
    first = start + timedelta(days=n - window)
    sums = np.zeros(32)
    counts = np.zeros(32)
    doms = np.array([(first + timedelta(days=i)).day for i in range(window)])
    np.add.at(sums, doms, y[n - window:])
    np.add.at(counts, doms, 1)
    profile = np.divide(sums, counts, out=np.zeros(32), where=counts > 0)
    # Neighbouring days share their mass: a payment due on the 15th lands on the 14th-16th.
    smooth = profile.copy()
    smooth[1:32] = (np.roll(profile[1:32], 1) + profile[1:32] + np.roll(profile[1:32], -1)) / 3
    last = start + timedelta(days=n - 1)
    return np.array([smooth[(last + timedelta(days=i)).day] for i in range(1, horizon + 1)])


def _fold_score(y: np.ndarray, folds: list[int], preds: list[np.ndarray]) -> float:
    """Mean absolute error of the cumulative flow (= the balance) over the folds."""
    if not folds:
        return float("inf")
    errs = [np.cumsum(y[cut:cut + _EVAL_DAYS] - p) for cut, p in zip(folds, preds, strict=True)]
    value = float(np.mean(np.abs(errs)))
    return value if np.isfinite(value) else float("inf")


def _name(members: list[str]) -> str:
    return members[0] if len(members) == 1 else "Combo(" + "+".join(members) + ")"


def _members(model: str) -> list[str]:
    if model.startswith("Combo(") and model.endswith(")"):
        return model[6:-1].split("+")
    return [model]
