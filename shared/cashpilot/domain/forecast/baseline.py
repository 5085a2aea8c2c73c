"""The statistical baseline: daily flows that no known flow explains (card takings, ad-hoc purchases,
irregular customers), forecast with statsforecast.

The model is chosen per business by a rolling-origin backtest among a few fast candidates, scored on
what the owner sees: the error of the CUMULATIVE flow (= the balance) over the next weeks, not the
day-by-day error, which rewards models that chase daily noise. The default is the year's drift shrunk
toward zero by its own uncertainty; a seasonal or smoothing model (or a combination of the best three)
replaces it only when it is clearly better on the folds. Histories too short to backtest keep the
shrunk drift, or under four weeks a mean shrunk toward zero: a few weeks of data say little.

The drift is the WHOLE account's (residual + the flows known sources explain), so a salary that is spent
in ways no detector can schedule (cash withdrawals) is not forecast as savings. The baseline's own claim
is then partly given back to "no drift" by how little of it came true on the account's folds
(`damp_baseline`); the known flows themselves are never scaled down: a payroll the account cannot pay
must show in full.
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
# Candidates that replays still know but selection no longer considers.
_RETIRED = ("Zero",)
# How many of the best candidates a combination averages.
_COMBINE = 3
# Days of explained flows whose average the residual offsets (see _explained_offset).
_OFFSET_DAYS = 180
# An account whose history starts below this share of its working balance was being filled up.
_EMPTY_SHARE = 0.1
# Share of the baseline's own claim (the account's drift beyond its known flows) given back to "no
# drift" before the account's folds say otherwise (see damp_baseline).
DAMPING = 0.5
# How far one account's folds may move the kept share from 1 - DAMPING before they must be precise.
_DAMPING_PRIOR_SD = 0.25


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
        # The whole account does not drift: the residual only offsets the known flows (a household that
        # spends what comes in).
        "NoDrift": lambda: None,
        # No residual flow at all. Kept for replays of forecasts that chose it; no longer a candidate: with
        # the known flows in the path it forecasts a household paid a salary it spends in cash as saving it.
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
             start: date | None = None, explained: np.ndarray | None = None,
             balance: float | None = None) -> np.ndarray:
    if name == "MonthDayProfile":
        return _month_day_profile(y, horizon, start)
    if name == "Zero":
        return np.zeros(horizon)
    if name == "NoDrift":
        return np.full(horizon, _explained_offset(np.zeros(len(y)) if explained is None else explained))
    if name == "ShrunkDrift":
        return np.full(horizon, _shrunk_drift(y, explained, balance))
    window = {"WindowAverage90": 90, "WindowAverage365": 365}.get(name)
    if window is not None and len(y) < window:  # a short history is its own window
        return np.full(horizon, float(y.mean()))
    try:
        out = factory().forecast(y=y, h=horizon)["mean"]  # type: ignore[attr-defined]
    except Exception:  # a candidate that cannot fit this series is simply not chosen
        return np.full(horizon, np.nan)
    return np.asarray(out, dtype=float)


def fit_baseline(y: np.ndarray, horizon: int, *, model: str | None = None, start: date | None = None,
                 explained: np.ndarray | None = None, balance: float | None = None) -> Baseline:
    """Forecast `horizon` days of residual flow from the daily history `y` (oldest first).

    `model` forces a candidate (or a `Combo(a+b+c)`), as a replay of a stored forecast does; its
    backtest errors are still computed, because they size the uncertainty bands. `balance` is the
    account's balance at the end of the history (it tells an account that was being filled up, see
    `_filled_from`).
    """
    y = np.asarray(y, dtype=float)
    n = len(y)
    e = None if explained is None or len(explained) != n else np.asarray(explained, dtype=float)
    total = y if e is None else y + e
    # The balance at the end of each fold's history: today's minus what came after the cut.
    def at(cut: int) -> float | None:
        return None if balance is None else balance - float(total[cut:].sum())
    if model == FALLBACK or n < MIN_MODEL_DAYS:
        return Baseline(FALLBACK, _fallback(y, horizon), {})
    cands = _candidates()
    names = _members(model) if model is not None else [m for m in cands if m not in _RETIRED]
    unknown = [m for m in names if m not in cands]
    if unknown:
        raise ValueError(f"unknown baseline model {model!r}")
    folds = [n - _EVAL_DAYS * k for k in range(1, _FOLDS + 1) if n - _EVAL_DAYS * k >= MIN_BACKTEST_DAYS - _EVAL_DAYS]
    # One or two folds tell a better model from a lucky one even less than three: until the history has
    # all its folds, the anchor is kept (its fold errors still size the bands and its damping).
    if len(folds) < _FOLDS and model is None:
        names = [ANCHOR]

    fold_preds: dict[str, list[np.ndarray]] = {
        m: [_predict(m, cands[m], y[:cut], _EVAL_DAYS, start, None if e is None else e[:cut], at(cut))
            for cut in folds]
        for m in names
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
    mean = np.mean([_predict(m, cands[m], y, horizon, start, e, balance) for m in chosen], axis=0)
    if not np.all(np.isfinite(mean)):
        return Baseline(FALLBACK, _fallback(y, horizon), scores)
    finite = {k: v for k, v in scores.items() if np.isfinite(v)}
    return Baseline(name, mean, finite, errors if errors.size and np.all(np.isfinite(errors)) else None)


def damp_baseline(base: Baseline, y: np.ndarray, explained: np.ndarray | None) -> Baseline:
    """Give part of the baseline's drift back to "the account does not drift beyond its known flows".

    Only the baseline moves: the known flows (a payroll, a rent) stay in the path at full size, so a
    payment the account cannot make shows in full. What the baseline claims beyond the residual that
    offsets the explained flows comes true only in part over a month; the share kept is read from the
    account's own folds (a Bayesian slope pulled toward 1 - DAMPING, see `_fold_damping`). It depends
    on the history alone, so a replay or a scenario (which changes known flows) finds the same share.
    """
    errors = base.fold_errors
    n = len(y)
    cuts = [n - _EVAL_DAYS * k for k in range(1, _FOLDS + 1) if n - _EVAL_DAYS * k >= MIN_BACKTEST_DAYS - _EVAL_DAYS]
    if errors is None or not cuts or len(cuts) != len(errors):
        return base
    e = np.zeros(n) if explained is None or len(explained) != n else np.asarray(explained, dtype=float)
    steps = np.arange(1, _EVAL_DAYS + 1)
    actual, path = [], []
    for cut, err in zip(cuts, errors, strict=True):
        anchor = _explained_offset(e[:cut]) * steps
        done = np.cumsum(y[cut:cut + _EVAL_DAYS])
        actual.append(done - anchor)
        path.append(done - err - anchor)
    actual_a, path_a = np.array(actual), np.array(path)
    damping = _fold_damping(actual_a, path_a)
    if damping <= 0:
        return base
    offset = _explained_offset(e)
    mean = offset + (1 - damping) * (base.mean - offset)
    return Baseline(base.model, mean, base.scores, actual_a - (1 - damping) * path_a)


def _fold_damping(actual: np.ndarray, path: np.ndarray) -> float:
    """How much of the baseline's path to give back, by Bayes: the slope of what happened on what the
    path said over the folds (1 = it came true, 0 = it did not move the balance), with a prior at
    1 - DAMPING whose weight grows with how noisy the folds were. A precise drift keeps its path; a
    noisy one keeps about half."""
    m = actual.shape[1]
    spp = float(np.sum(path * path)) / m
    if spp <= 0:
        return DAMPING
    slope = float(np.sum(actual * path)) / m / spp
    resid = float(np.mean((actual - slope * path) ** 2))
    tau = resid / _DAMPING_PRIOR_SD ** 2
    keep = (slope * spp + tau * (1 - DAMPING)) / (spp + tau)
    return round(1 - float(np.clip(keep, 0.0, 1.0)), 2)


def _explained_offset(e: np.ndarray) -> float:
    """The residual's daily flow that only offsets the explained flows (their average over the last half-year,
    negated): with it the whole account does not drift. Half a year holds two quarters of a quarterly flow
    and follows a raise or a new series sooner than the year's average did (on the backtests the half-year
    beat both the year and the last quarter, on the Berka and the generated histories alike)."""
    k = min(len(e), _OFFSET_DAYS) // 30
    return -float(e[-30 * k:].mean()) if k else 0.0


def _shrunk_drift(y: np.ndarray, explained: np.ndarray | None = None, balance: float | None = None) -> float:
    """The residual's drift such that the WHOLE account's drift (residual + explained flows) is the year's
    average shrunk toward zero by its uncertainty. Shrinking the residual alone would keep every known
    inflow and drop the unexplained spending that goes with it: a household paid a salary it spends in
    cash would be forecast to save the salary each month. The months an account took to fill up from
    empty do not count (see `_filled_from`).

    The drift is a year's average. Measured over k < 12 months it is the drift of those months only:
    the months not seen yet (a December's spending, a slack summer) are as likely to undo it as to
    repeat it, so they count as no drift, and the year's drift is k/12 of what was seen."""
    e = np.zeros(len(y)) if explained is None else explained
    whole = y + e
    first = _filled_from(whole, balance)
    k = min(len(y) - first, 365) // 30
    if k < 2:
        return _explained_offset(e)
    total = whole[-30 * k:].reshape(k, 30).mean(axis=1)
    mean = float(total.mean())
    se2 = float(total.var(ddof=1)) / k
    shrunk = 0.0 if mean == 0 else mean * max(0.0, 1.0 - se2 / (mean * mean))
    return shrunk * min(1.0, k / 12) + _explained_offset(e)


def _filled_from(total: np.ndarray, balance: float | None) -> int:
    """The first day of the history that tells the account's drift: 0, unless the account started (nearly)
    empty, below `_EMPTY_SHARE` of its working balance (the median of its last 90 days). Such an account
    was being filled up (a new account, a salary coming in before the spending settles): its rise to a
    working balance happens once and is no trend. Its drift then counts from the first day the balance
    reached half the working balance."""
    if balance is None or len(total) == 0:
        return 0
    balances = balance - np.concatenate([np.cumsum(total[::-1])[::-1][1:], [0.0]])
    working = float(np.median(balances[-90:]))
    opening = float(balances[0] - total[0])
    # An overdraft paid down is a trend, not a fill-up: only an opening at or just above zero counts.
    if working <= 0 or not 0 <= opening <= _EMPTY_SHARE * working:
        return 0
    return int(np.argmax(balances >= 0.5 * working))


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
