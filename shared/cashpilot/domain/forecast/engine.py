"""One forecast: fit the baseline, simulate the paths, summarise them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import numpy as np

from cashpilot.domain.forecast.baseline import Baseline, damp_baseline, fit_baseline
from cashpilot.domain.forecast.model import CENT, DayBand, ForecastRequest, ForecastResult, LowPoint, windows
from cashpilot.domain.forecast.simulation import (
    USUAL_LOW_DAYS,
    baseline_noise,
    error_scale,
    expected_known,
    known_paths,
    respond_to_balance,
    stop_at_zero,
)


def residual_array(request: ForecastRequest) -> np.ndarray:
    """The residual history as one float per day from history_start to as_of (zeros filled)."""
    return _daily(request, request.residual)


def explained_array(request: ForecastRequest) -> np.ndarray:
    """The explained (known sources') past flows, on the same days as `residual_array`."""
    return _daily(request, request.explained)


def usual_low(request: ForecastRequest, y: np.ndarray) -> float:
    """The lowest end-of-day balance of the recent past (today's included), rebuilt backwards from today's
    balance and the past flows."""
    x = y + explained_array(request)
    window = x[-USUAL_LOW_DAYS:]
    # Balance at the end of each day: today's balance minus the flows that came after that day.
    after = np.concatenate([np.cumsum(window[::-1])[::-1][1:], [0.0]])
    return float(min(float(request.opening_balance), float((float(request.opening_balance) - after).min())))


def _daily(request: ForecastRequest, flows: tuple[tuple[date, Decimal], ...]) -> np.ndarray:
    n = (request.as_of - request.history_start).days + 1
    y = np.zeros(max(n, 0))
    for day, amount in flows:
        i = (day - request.history_start).days
        if 0 <= i < n:
            y[i] += float(amount)
    return y


def fit(request: ForecastRequest) -> Baseline:
    """The baseline for this request: the model chosen (or forced), its drift the whole account's, damped."""
    y, e = residual_array(request), explained_array(request)
    base = fit_baseline(y, request.horizon, model=request.model, start=request.history_start, explained=e,
                        balance=float(request.opening_balance))
    return damp_baseline(base, y, e)


def forecast(request: ForecastRequest, baseline: Baseline | None = None) -> ForecastResult:
    """Forecast the balance. Pass `baseline` to reuse one already fitted for the same history (scenarios)."""
    y = residual_array(request)
    if baseline is None or len(baseline.mean) < request.horizon:
        baseline = fit(request)
    h, p = request.horizon, request.paths
    days = request.days

    mean = baseline.mean[:h].copy()
    adjust = _adjustments(request)
    rng = np.random.default_rng(request.seed)
    # Common random numbers: the known flows draw from their own stream, so adding a flow in a scenario
    # does not reshuffle the baseline's noise.
    known, inside = known_paths(request.known_flows, request.as_of, h, p, np.random.default_rng([request.seed, 1]))
    noise = baseline_noise(y, h, p, rng)
    scale = error_scale(noise, baseline.fold_errors)
    noise *= scale
    drift = mean + np.array([float(a) for a in adjust])
    planned = float(request.opening_balance) + np.cumsum(known + drift[None, :], axis=1)
    # How far the noise is held back is judged against the plan without any scenario change, so a
    # what-if moves the bands by exactly what it changes too.
    ref_flows = request.known_flows if request.unchanged_flows is None else request.unchanged_flows
    reference = float(request.opening_balance) + np.cumsum(
        np.array([float(a) for a in expected_known(ref_flows, request.as_of, h)]) + mean)[None, :]
    noise_cum = np.cumsum(noise, axis=1)
    held = respond_to_balance(reference, noise_cum, usual_low(request, y)) - reference
    # Its own stream too, so a scenario keeps the same owners holding back in the same paths.
    balances = stop_at_zero(planned + held, planned, np.random.default_rng([request.seed, 2]))
    p10, p50, p90 = np.percentile(balances, [10, 50, 90], axis=0)

    # Expected balance, exact where the inputs are: Decimal known flows + the baseline rounded per day.
    exp_known = expected_known(request.known_flows, request.as_of, h)
    expected: list[Decimal] = []
    running = request.opening_balance
    for i in range(h):
        running += exp_known[i] + _money(float(mean[i])) + adjust[i]
        expected.append(running.quantize(CENT))

    daily = tuple(
        DayBand(days[i], expected[i], _money(p10[i]), _money(p50[i]), _money(p90[i])) for i in range(h)
    )
    low = min(range(h), key=lambda i: (expected[i], i))
    lows = np.minimum.accumulate(balances, axis=1)
    buffer = float(request.buffer)
    deficit = {w: _share(lows[:, w - 1] < 0) for w in windows(h)}
    breach = {w: _share(lows[:, w - 1] < buffer) for w in windows(h)}
    runway = next((i + 1 for i in range(h) if expected[i] < 0), None)
    return ForecastResult(
        as_of=request.as_of, opening_balance=request.opening_balance, horizon=h, daily=daily,
        low_point=LowPoint(days[low], expected[low], daily[low].p10),
        deficit_probability=deficit, buffer_breach_probability=breach, runway_days=runway,
        model=baseline.model, model_scores={k: round(v, 2) for k, v in baseline.scores.items()},
        baseline_daily=_money(float(mean.mean())) if h else Decimal("0.00"), known_flows=inside, paths=p,
        seed=request.seed, buffer=request.buffer, noise_scale=round(scale, 3),
    )


def replay(request: ForecastRequest, model: str) -> ForecastResult:
    """The same forecast again, with the model it chose: what a stored snapshot can always reproduce."""
    return forecast(replace(request, model=model))


def _adjustments(request: ForecastRequest) -> list[Decimal]:
    out = [Decimal(0)] * request.horizon
    for start, per_day in request.baseline_adjustments:
        first = max((start - request.as_of).days, 1)
        for i in range(first - 1, request.horizon):
            out[i] += per_day
    return out


def _money(x: float) -> Decimal:
    return Decimal(repr(round(float(x), 2))).quantize(CENT)


def _share(mask: np.ndarray) -> float:
    return round(float(mask.mean()), 4)
