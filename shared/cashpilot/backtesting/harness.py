"""The backtest harness: replay a history, forecasting at many past dates exactly as the forecast task
would have then, and score each forecast against the balances that followed.

At each origin only what was known then is used: recurring series are found again from the
transactions up to that day, the baseline is chosen again by its own backtest, and the opening
balance is that day's balance. Nothing about the future leaks in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cashpilot.backtesting.histories import History
from cashpilot.domain.forecast.accuracy import BusinessAccuracy, OriginScore, business_accuracy, score_origin
from cashpilot.domain.forecast.engine import forecast
from cashpilot.domain.forecast.inputs import PastFlow, build_request, detect_from_history


@dataclass(frozen=True)
class BacktestPlan:
    horizon: int = 30  # days scored after each origin
    origins: int = 8  # at most this many origins, the latest ones
    step: int = 14  # days between origins
    min_history: int = 90  # days of history before the first origin
    paths: int = 1000
    seed: int = 0


def past_flows(history: History) -> list[PastFlow]:
    return [PastFlow(i, tx.date, tx.amount, tx.counterparty) for i, tx in enumerate(history.transactions)]


def origins(history: History, plan: BacktestPlan) -> list[date]:
    if not history.transactions:
        return []
    first, last = history.transactions[0].date, history.transactions[-1].date
    latest = last - timedelta(days=plan.horizon)
    earliest = first + timedelta(days=max(plan.min_history, 31))
    out: list[date] = []
    d = latest
    while d >= earliest and len(out) < plan.origins:
        out.append(d)
        d -= timedelta(days=plan.step)
    return sorted(out)


def backtest(history: History, plan: BacktestPlan = BacktestPlan()) -> BusinessAccuracy | None:
    """Score forecasts made at the history's latest origins. None when the history is too short."""
    actual = history.balances()
    flows = past_flows(history)
    scores: list[OriginScore] = []
    for n, as_of in enumerate(origins(history, plan)):
        known = [f for f in flows if f.date <= as_of]
        series = detect_from_history(known, as_of)
        request = build_request(
            known, series, as_of=as_of, opening_balance=actual[as_of], horizon=plan.horizon, paths=plan.paths,
            buffer=history.buffer, seed=plan.seed + n,
        )
        s = score_origin(forecast(request), actual, plan.horizon)
        if s is not None:
            scores.append(s)
    return business_accuracy(history.name, plan.horizon, scores)


def backtest_many(histories: Sequence[History], plan: BacktestPlan = BacktestPlan(), *,
                  workers: int = 1) -> list[BusinessAccuracy]:
    """Backtest each history; `workers` > 1 spreads them over processes (one per core)."""
    if workers <= 1:
        results = [backtest(h, plan) for h in histories]
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_backtest_args, [(h, plan) for h in histories], chunksize=4))
    return [r for r in results if r is not None]


def _backtest_args(args: tuple[History, BacktestPlan]) -> BusinessAccuracy | None:
    return backtest(*args)
