"""Monte Carlo paths of the balance: timing and amount draws for known flows, block-bootstrapped
baseline noise and a per-path level shift for the baseline's own drift.

Why these pieces:
- the daily noise of the residual flows is not normal (card takings, lumpy purchases) and comes in
  weekly patterns, so it is resampled from the business's own history in blocks of a week;
- the baseline's level wanders from month to month (a good month, a slow one), which no amount of
  daily noise reproduces: each path draws one level offset, sized from how much 30-day means vary
  beyond what daily noise explains, plus the error of estimating the level at all;
- known flows move in time by their payer's own habits and vary in amount by their own spread.

The expected balance is computed exactly in Decimal from the same distributions (not as the mean of
the paths), so a scenario that moves a known 5,000 payment moves the expected balance by exactly
5,000 on those days, whatever the seed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import numpy as np

from cashpilot.domain.forecast.model import KnownFlow

# Resample the residual history in blocks of this many days (keeps the weekday pattern's shape).
_BLOCK = 7
# How much history feeds the noise and level estimates.
_NOISE_DAYS = 365
_LEVEL_WINDOW = 30
# Scale applied to the baseline's uncertainty, set from backtests so the p10-p90 band covers the
# actual balance about 80% of the time (see bench/forecast_accuracy.py and the README).
CALIBRATION = 1.0
# The business's own backtest errors count as this many folds' worth of evidence against the
# simulated spread; fewer folds than this and the spread stays closer to the model's.
_PRIOR_FOLDS = 3
# Spending responds to the balance: below the lowest balance of this many recent days, unexplained
# outflows (cash withdrawals, discretionary purchases) mostly stop; only this share of a further drop
# that the baseline's noise would cause happens. Scheduled flows are not held back: a payroll that
# takes the account below its usual low still does. Measured on the Berka backtests: 0.3 -> 0.1 took
# the deficit Brier score from 0.0127 (worse than always forecasting the base rate, 0.0118) to 0.0115;
# 0 gave 0.0109 but piles the lower band onto the usual low (p10 = p50 on a quiet account).
USUAL_LOW_DAYS = 180
_BELOW_LOW_SHARE = 0.1
# Most owners stop before the baseline's own noise (not a scheduled payment) overdraws the account: they hold
# back spending or move money in. In the backtests, only about a third of the simulated crossings of zero
# that came from noise alone, the plan staying above zero, really happened (Berka 24 of 78 expected, generated
# 2 of 4.3); keeping that share of them took the Berka deficit Brier score from 0.0115 to 0.0098 (generated
# 0.0064 -> 0.0066), with the middle bins no longer over-warning three- to five-fold. Flat between 0.2 and 0.4.
_OVERDRAW_SHARE = 1 / 3
# How sure we are that an expected payment comes at all, before seeing that it is late. Measured on the
# backtests, payments overdue beyond every lag their payer had shown still came within 30 days about 30% of
# the time on the Berka accounts (a standing order skipped is skipped) and 88% on the generated businesses
# (customers paying late); 0.8 (was 0.95) forecast better on both.
_PRIOR_OCCURS = Decimal("0.8")
# An overdue payment with no habit of being this late arrives after a geometric wait of at least this
# mean, in days: never "tomorrow".
_OVERDUE_MEAN_WAIT = 7


@dataclass(frozen=True)
class Arrival:
    """Where a known flow can land, in forecast-day offsets (1 = the day after as_of), with weights."""

    offsets: np.ndarray  # int
    weights: list[Decimal]  # exact, sum to 1 over all outcomes (some may fall beyond the horizon)


def arrival(flow: KnownFlow, as_of: date, horizon: int) -> Arrival:
    """Where the flow can land. Lags that would have brought it by today did not happen (it has not come):
    it is later than those, or not coming. Bayes on how often this payer was at least this late
    decides how much to still expect; beyond every lag seen, a geometric wait."""
    base = (flow.due - as_of).days
    lags = sorted(flow.lags) or [0]
    possible = [lag for lag in lags if base + lag >= 1]
    if len(possible) == len(lags):
        still = Decimal(1)
    else:
        late_share = (Decimal(len(possible)) + Decimal("0.5")) / (Decimal(len(lags)) + 1)
        still = _PRIOR_OCCURS * late_share / (_PRIOR_OCCURS * late_share + 1 - _PRIOR_OCCURS)
    if not possible:
        mean = max(_OVERDUE_MEAN_WAIT, -base)
        p = Decimal(1) / Decimal(mean)
        offsets = np.arange(1, horizon + 1)
        return Arrival(offsets, [still * p * (1 - p) ** (k - 1) for k in range(1, horizon + 1)])
    counts: dict[int, int] = {}
    for lag in possible:
        counts[base + lag] = counts.get(base + lag, 0) + 1
    keys = sorted(counts)
    m = Decimal(len(possible))
    return Arrival(np.array(keys, dtype=int), [still * counts[k] / m for k in keys])


def expected_known(flows: Sequence[KnownFlow], as_of: date, horizon: int) -> list[Decimal]:
    """Expected known flow on each forecast day, exact."""
    out = [Decimal(0)] * horizon
    for f in flows:
        arr = arrival(f, as_of, horizon)
        p = Decimal(repr(f.probability))
        for off, w in zip(arr.offsets.tolist(), arr.weights, strict=True):
            if 1 <= off <= horizon:
                out[off - 1] += f.amount * p * w
    return out


def known_paths(flows: Sequence[KnownFlow], as_of: date, horizon: int, paths: int,
                rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Paths x days of known flows, and how many flows can land inside the horizon."""
    m = np.zeros((paths, horizon))
    rows = np.arange(paths)
    inside = 0
    for f in flows:
        arr = arrival(f, as_of, horizon)
        w = np.array([float(x) for x in arr.weights])
        total = w.sum()
        if total <= 0:
            continue
        # Outcomes beyond the horizon keep their weight: the flow simply does not land in these paths.
        beyond = max(0.0, 1.0 - total)
        choice = rng.choice(len(w) + 1, size=paths, p=np.append(w, beyond) / (total + beyond))
        offsets = np.append(arr.offsets, 0)[choice]
        happens = rng.random(paths) < f.probability
        amount = float(f.amount)
        sd = float(f.amount_sd)
        amounts = amount + sd * rng.standard_normal(paths) if sd > 0 else np.full(paths, amount)
        # Noise never flips a payment into a receipt.
        amounts = np.minimum(amounts, 0.0) if amount < 0 else np.maximum(amounts, 0.0)
        ok = happens & (offsets >= 1) & (offsets <= horizon)
        if ok.any():
            inside += 1
            m[rows[ok], offsets[ok] - 1] += amounts[ok]
    return m, inside


def baseline_noise(residual: np.ndarray, horizon: int, paths: int, rng: np.random.Generator,
                   scale: float = CALIBRATION) -> np.ndarray:
    """Paths x days of zero-mean deviations around the baseline's expected flow."""
    y = residual[-_NOISE_DAYS:]
    n = len(y)
    if n < _BLOCK:
        return np.zeros((paths, horizon))
    dev = y - y.mean()
    blocks = -(-horizon // _BLOCK)
    starts = rng.integers(0, n - _BLOCK + 1, size=(paths, blocks))
    idx = (starts[:, :, None] + np.arange(_BLOCK)).reshape(paths, blocks * _BLOCK)[:, :horizon]
    noise = dev[idx]
    level = level_sd(residual)
    if level > 0:
        noise = noise + level * rng.standard_normal((paths, 1))
    return scale * noise


def level_sd(residual: np.ndarray) -> float:
    """Standard deviation of the baseline's level (per day) over the coming month(s)."""
    y = residual[-_NOISE_DAYS:]
    n = len(y)
    if n < 2:
        return 0.0
    var_day = float(y.var())
    # Error of estimating the level from the window the models use.
    estimate = var_day / min(n, 90)
    k = n // _LEVEL_WINDOW
    wander = 0.0
    if k >= 3:
        means = y[n - k * _LEVEL_WINDOW:].reshape(k, _LEVEL_WINDOW).mean(axis=1)
        wander = max(float(means.var(ddof=1)) - var_day / _LEVEL_WINDOW, 0.0)
    return (estimate + wander) ** 0.5


def error_scale(noise: np.ndarray, fold_errors: np.ndarray | None) -> float:
    """How much wider (or narrower) the baseline's spread should be, judged by how wrong the chosen model
    really was on this business's recent past: the ratio of its backtest cumulative errors to the
    simulated ones over the same days, shrunk toward 1 when there are few folds."""
    if fold_errors is None or fold_errors.size == 0:
        return 1.0
    t = min(fold_errors.shape[1], noise.shape[1])
    simulated = float(np.var(np.cumsum(noise[:, :t], axis=1), axis=0).mean())
    if simulated <= 0:
        return 1.0
    observed = float(np.mean(fold_errors[:, :t] ** 2))
    k = fold_errors.shape[0]
    ratio2 = (k * observed / simulated + _PRIOR_FOLDS) / (k + _PRIOR_FOLDS)
    return float(np.clip(ratio2 ** 0.5, 0.5, 3.0))


def respond_to_balance(planned: np.ndarray, noise_cum: np.ndarray, low: float,
                       share: float = _BELOW_LOW_SHARE) -> np.ndarray:
    """Balances = planned path (known flows + baseline) + cumulative noise, with the noise's drops below
    the usual low (or below the planned path, when known flows take it lower still) damped to `share`."""
    balances = planned + noise_cum
    floor = np.broadcast_to(np.minimum(planned, low), balances.shape)
    below = balances < floor
    balances[below] = floor[below] - (floor[below] - balances[below]) * share
    return balances


def stop_at_zero(balances: np.ndarray, planned: np.ndarray, rng: np.random.Generator,
                 share: float = _OVERDRAW_SHARE) -> np.ndarray:
    """Balances where, in all but `share` of the paths, the noise stops at zero on days the plan (known flows
    and baseline) stays at or above it: what would have overdrawn the account is not spent and stays in it
    afterwards. Shortfalls that scheduled flows cause are left alone."""
    goes_on = rng.random((balances.shape[0], 1)) < share
    short = np.where(planned >= 0, np.minimum(balances, 0.0), 0.0)
    lift = -np.minimum.accumulate(short, axis=1)
    return np.where(goes_on, balances, balances + lift)
