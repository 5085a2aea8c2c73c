"""The statistical baseline: daily flows that no known flow explains (card takings, ad-hoc purchases,
irregular customers), forecast with statsforecast.

The model is chosen per business by a rolling-origin backtest among a few fast candidates, scored on
what the owner sees: the error of the CUMULATIVE flow (= the balance) over the next weeks, not the
day-by-day error, which rewards models that chase daily noise. Histories too short to backtest get
a shrunken mean: a few weeks of data say little, and zero drift is the honest prior.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# Below this many days the candidates cannot be compared; below MIN_MODEL_DAYS none is fitted.
MIN_BACKTEST_DAYS = 120
MIN_MODEL_DAYS = 28
_FOLDS = 3
_EVAL_DAYS = 30
# A short history's mean is shrunk toward zero as if this many days of zeros had been seen.
_PRIOR_DAYS = 30
FALLBACK = "ShrunkMean"


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


def _predict(name: str, factory: Callable[[], object], y: np.ndarray, horizon: int) -> np.ndarray:
    if name == "Zero":
        return np.zeros(horizon)
    window = {"WindowAverage90": 90, "WindowAverage365": 365}.get(name)
    if window is not None and len(y) < window:
        y_fit = y  # a short history is its own window
        return np.full(horizon, float(y_fit.mean()))
    try:
        out = factory().forecast(y=y, h=horizon)["mean"]  # type: ignore[attr-defined]
    except Exception:  # a candidate that cannot fit this series is simply not chosen
        return np.full(horizon, np.nan)
    return np.asarray(out, dtype=float)


def fit_baseline(y: np.ndarray, horizon: int, *, model: str | None = None) -> Baseline:
    """Forecast `horizon` days of residual flow from the daily history `y` (oldest first)."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    if model == FALLBACK or (model is None and n < MIN_MODEL_DAYS) or n < MIN_MODEL_DAYS:
        return Baseline(FALLBACK, _fallback(y, horizon), {})
    cands = _candidates()
    if model is not None:
        if model not in cands:
            raise ValueError(f"unknown baseline model {model!r}")
        return Baseline(model, _safe(_predict(model, cands[model], y, horizon), y, horizon), {})
    if n < MIN_BACKTEST_DAYS:
        name = "WindowAverage90"
        return Baseline(name, _safe(_predict(name, cands[name], y, horizon), y, horizon), {})

    scores: dict[str, float] = {}
    errors: dict[str, np.ndarray] = {}
    folds = [n - _EVAL_DAYS * k for k in range(1, _FOLDS + 1) if n - _EVAL_DAYS * k >= MIN_BACKTEST_DAYS - _EVAL_DAYS]
    for name, factory in cands.items():
        preds = [_predict(name, factory, y[:cut], _EVAL_DAYS) for cut in folds]
        errs = np.array([np.cumsum(y[cut:cut + _EVAL_DAYS] - p) for cut, p in zip(folds, preds, strict=True)])
        scores[name] = float(np.mean(np.abs(errs))) if np.all(np.isfinite(errs)) else float("inf")
        errors[name] = errs
    best = min(scores, key=lambda k: (scores[k], k))
    return Baseline(best, _safe(_predict(best, cands[best], y, horizon), y, horizon), scores, errors[best])


def _safe(pred: np.ndarray, y: np.ndarray, horizon: int) -> np.ndarray:
    """A model that fails on the full series falls back rather than breaking the forecast."""
    return pred if np.all(np.isfinite(pred)) else _fallback(y, horizon)
