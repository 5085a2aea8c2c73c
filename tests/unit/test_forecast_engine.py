"""The pure forecast engine, as an owner would notice it: a known payment moves the balance by exactly
its amount on its day, an overdue customer is still expected (but believed less, and not all
tomorrow), the same inputs give the same forecast, a stored forecast can be replayed, the baseline
follows a real drift and ignores noise, and the p10-p90 band covers roughly what it claims.

Requests are built by hand (no database); histories are short and paths few so the file stays fast.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

import numpy as np
import pytest
from cashpilot.domain.forecast import engine
from cashpilot.domain.forecast.baseline import FALLBACK, _fold_damping, fit_baseline
from cashpilot.domain.forecast.model import ForecastRequest, ForecastResult, KnownFlow
from cashpilot.domain.forecast.simulation import (
    arrival,
    baseline_noise,
    expected_known,
    known_paths,
    respond_to_balance,
    stop_at_zero,
)

AS_OF = date(2025, 6, 30)
CENT = Decimal("0.01")
TINY = Decimal("1e-20")
PRIOR = Decimal("0.8")  # simulation._PRIOR_OCCURS: how sure we are a payment comes at all, before it is late


def day(n: int) -> date:
    return AS_OF + timedelta(days=n)


def flow(due: int, amount: str, lags: tuple[int, ...] = (0,), key: str = "f", **kw) -> KnownFlow:
    return KnownFlow(key=key, source="recurring_series", label=key, due=day(due), amount=Decimal(amount),
                     lags=lags, **kw)


def noise_history(days: int, *, mean: float = 0.0, sd: float = 200.0, seed: int = 1,
                  weekly: tuple[float, ...] | None = None) -> tuple[tuple[date, Decimal], ...]:
    """`days` of residual flow ending on AS_OF: i.i.d. normal noise around `mean` (+ a weekday pattern)."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(days):
        d = AS_OF - timedelta(days=days - 1 - i)
        v = mean + sd * rng.standard_normal() + (weekly[d.weekday()] if weekly else 0.0)
        out.append((d, Decimal(repr(round(v, 2)))))
    return tuple(out)


def request(residual=(), flows=(), *, history_days: int | None = None, **kw) -> ForecastRequest:
    days = history_days if history_days is not None else max(len(residual), 1)
    base = dict(as_of=AS_OF, opening_balance=Decimal("10000.00"), history_start=AS_OF - timedelta(days=days - 1),
                residual=tuple(residual), known_flows=tuple(flows), horizon=90, paths=1000, seed=3)
    base.update(kw)
    return ForecastRequest(**base)


# ---- a deterministic known flow ----------------------------------------------------------------------------


SUPPLIER = flow(10, "-5000.00", key="series:supplier:1")


@pytest.mark.parametrize("opening, short", [(Decimal("4000.00"), True), (Decimal("6000.00"), False)])
def test_a_certain_payment_moves_the_balance_by_exactly_its_amount_on_its_day(opening, short):
    r = engine.forecast(request(flows=[SUPPLIER], opening_balance=opening))

    assert r.model == FALLBACK and r.baseline_daily == Decimal("0.00")
    assert r.known_flows == 1
    expected = [b.expected for b in r.daily]
    assert expected[:9] == [opening] * 9  # nothing happens before the due day
    assert expected[9] == opening - Decimal("5000.00") and r.daily[9].date == day(10)
    assert expected[9:] == [opening - Decimal("5000.00")] * 81
    # No residual history: no noise, so every path is the same path.
    for b in r.daily:
        assert b.p10 == b.p50 == b.p90 == b.expected
    assert r.low_point.date == day(10)
    assert r.low_point.expected == r.low_point.p10 == opening - Decimal("5000.00")
    assert r.deficit_probability == ({30: 1.0, 60: 1.0, 90: 1.0} if short else {30: 0.0, 60: 0.0, 90: 0.0})
    assert r.runway_days == (10 if short else None)


def test_a_payment_beyond_the_first_window_only_counts_in_the_later_windows():
    r = engine.forecast(request(flows=[flow(45, "-5000.00")], opening_balance=Decimal("4000.00"), buffer=Decimal(500)))
    assert r.deficit_probability == {30: 0.0, 60: 1.0, 90: 1.0}
    assert r.buffer_breach_probability == {30: 0.0, 60: 1.0, 90: 1.0}
    assert r.runway_days == 45


def test_a_balance_under_the_buffer_but_above_zero_is_a_breach_not_a_deficit():
    r = engine.forecast(request(flows=[SUPPLIER], opening_balance=Decimal("6000.00"), buffer=Decimal("2500.00")))
    assert r.deficit_probability[30] == 0.0
    assert r.buffer_breach_probability[30] == 1.0


# ---- overdue and early flows (simulation.arrival) ------------------------------------------------------


def posterior(still_possible: int, seen: int) -> Decimal:
    """P(it still comes | it has not come by today), with the payer's lags as evidence (add-half smoothed)."""
    late = (Decimal(still_possible) + Decimal("0.5")) / (Decimal(seen) + 1)
    return PRIOR * late / (PRIOR * late + 1 - PRIOR)


def test_a_payment_overdue_beyond_every_past_delay_is_still_expected_but_less_and_not_all_tomorrow():
    late = flow(-5, "3000.00", lags=(0, 1, 2))
    arr = arrival(late, AS_OF, 90)
    weights = [float(w) for w in arr.weights]

    total = sum(arr.weights)
    assert 0 < total < posterior(0, 3) < 1  # believed less; part of the remaining belief falls beyond 90 days
    assert arr.offsets.min() == 1 and arr.offsets.max() == 90
    assert weights[0] < 0.2 * float(total)  # not all "tomorrow": a wait of about a week
    assert all(a > b for a, b in pairwise(weights))  # the longer it waits, the less likely each day
    mean_wait = sum(o * w for o, w in zip(arr.offsets, weights, strict=True)) / float(total)
    assert 5 < mean_wait < 9

    r = engine.forecast(request(flows=[late], opening_balance=Decimal("0.00")))
    assert Decimal(0) < r.daily[-1].expected < Decimal("3000.00")
    assert r.daily[0].expected < Decimal("1000.00")


def test_a_payment_two_days_late_from_a_payer_who_is_often_later_lands_only_where_it_still_can():
    late = flow(-2, "1000.00", lags=(0, 3, 5, 8))
    arr = arrival(late, AS_OF, 90)

    # Lag 0 would have brought it two days ago; 3, 5 and 8 days late land tomorrow, in 3 days, in 6 days.
    assert arr.offsets.tolist() == [1, 3, 6]
    still = posterior(3, 4)
    assert abs(sum(arr.weights) - still) < TINY
    assert all(abs(w - still / 3) < TINY for w in arr.weights)
    assert Decimal("0.7") < still < PRIOR

    exp = expected_known([late], AS_OF, 90)
    assert exp[0] == exp[2] == exp[5] == Decimal("1000.00") * arr.weights[0]
    assert abs(sum(exp) - Decimal("1000.00") * still) < TINY


def test_a_payment_from_a_payer_who_was_never_late_is_believed_less_than_from_one_who_often_is():
    punctual = sum(arrival(flow(-2, "1000.00", lags=(0,) * 8), AS_OF, 90).weights)
    tardy = sum(arrival(flow(-2, "1000.00", lags=(0, 0, 4, 4, 5, 6, 7, 9)), AS_OF, 90).weights)
    assert punctual < Decimal("0.25") < Decimal("0.7") < tardy < 1


def test_early_lags_that_would_land_before_tomorrow_count_as_already_missed():
    # Due in 2 days by a payer often 3-5 days early: the early payments would have come already.
    early = arrival(flow(2, "800.00", lags=(-5, -3, 0, 1)), AS_OF, 90)
    # The same situation seen as an overdue payment: due 3 days ago, paid 0-6 days late before.
    overdue = arrival(flow(-3, "800.00", lags=(0, 2, 5, 6)), AS_OF, 90)

    assert early.offsets.tolist() == overdue.offsets.tolist() == [2, 3]
    assert early.weights == overdue.weights == [posterior(2, 4) / 2] * 2
    # Every lag still possible: nothing is discounted.
    on_time = arrival(flow(6, "800.00", lags=(-5, -3, 0, 1)), AS_OF, 90)
    assert on_time.offsets.tolist() == [1, 3, 6, 7] and sum(on_time.weights) == 1


# ---- the expected balance is exact ---------------------------------------------------------------------


FLOWS = (
    flow(5, "1234.56", lags=(0, 1), key="customer"),  # half on day 5, half on day 6
    flow(20, "-333.33", probability=0.5, key="maybe"),  # -166.665 expected: not a whole cent
    flow(12, "-2500.00", amount_sd=Decimal("100.00"), lags=(-1, 0, 2), key="rent"),
)


def test_expected_balance_is_opening_plus_expected_known_flows_plus_baseline_in_exact_cents():
    req = request(noise_history(60, mean=25.0, sd=150.0), FLOWS, opening_balance=Decimal("5000.00"), horizon=30)
    r = engine.forecast(req)
    mean = engine.fit(req).mean
    baseline = [Decimal(repr(round(float(m), 2))) for m in mean[:30]]

    known = [Decimal(0)] * 30
    known[4] += Decimal("617.28")
    known[5] += Decimal("617.28")
    known[19] += Decimal("-166.665")
    for off in (11, 12, 14):
        known[off - 1] += Decimal("-2500.00") / 3
    exact = expected_known(FLOWS, AS_OF, 30)
    assert all(abs(a - b) < TINY for a, b in zip(known, exact, strict=True))
    assert exact[19] == Decimal("-166.665")  # not rounded before it is summed

    running = Decimal("5000.00")
    for i, band in enumerate(r.daily):
        running += exact[i] + baseline[i]
        assert band.expected == running.quantize(CENT)
        assert band.expected.as_tuple().exponent == -2
    assert r.baseline_daily == Decimal(repr(round(float(mean[:30].mean()), 2)))
    assert r.known_flows == 3


def test_the_simulated_paths_average_to_the_expected_flows():
    paths = 4000
    sim, inside = known_paths(FLOWS, AS_OF, 30, paths, np.random.default_rng(5))
    assert inside == 3
    exp = np.cumsum([float(x) for x in expected_known(FLOWS, AS_OF, 30)])
    cum = np.cumsum(sim, axis=1)
    se = cum.std(axis=0) / paths ** 0.5
    assert np.all(np.abs(cum.mean(axis=0) - exp) <= 4 * se + 1e-9)

    y = np.array([float(v) for _, v in noise_history(200, mean=40.0, sd=300.0)])
    noise = np.cumsum(baseline_noise(y, 30, paths, np.random.default_rng(6)), axis=1)
    se = noise.std(axis=0) / paths ** 0.5
    assert np.all(np.abs(noise.mean(axis=0)) <= 4 * se)


def test_the_median_path_stays_near_the_expected_balance_when_the_noise_is_symmetric():
    r = engine.forecast(request(noise_history(100, sd=100.0), [flow(15, "-3000.00")], horizon=30, paths=2000))
    for b in r.daily:
        assert b.p10 < b.p50 < b.p90
        assert abs(b.p50 - b.expected) < Decimal("0.1") * (b.p90 - b.p10)


# ---- reproducibility, serialisation, replay ------------------------------------------------------------


def test_the_same_request_and_seed_give_the_same_forecast_and_another_seed_other_bands():
    req = request(noise_history(150, mean=10.0), FLOWS, horizon=30)
    a, b = engine.forecast(req), engine.forecast(req)
    assert json.dumps(a.to_json()) == json.dumps(b.to_json())
    c = engine.forecast(replace(req, seed=req.seed + 1))
    assert [x.expected for x in c.daily] == [x.expected for x in a.daily]  # the expected balance needs no seed
    assert [x.p10 for x in c.daily] != [x.p10 for x in a.daily]


def test_request_and_result_survive_a_json_round_trip():
    flows = (*FLOWS, replace(flow(7, "99.99", key="tagged", entity_id=uuid.uuid4(), series_id=uuid.uuid4(),
                                  category_id=uuid.uuid4()), source="invoice"))
    req = request(noise_history(40), flows, horizon=30, buffer=Decimal("1500.00"), model="WindowAverage90",
                  residual_by_entity={"e": Decimal("-12.5")}, residual_by_category={"c": Decimal("3.25")},
                  baseline_adjustments=((day(10), Decimal("-40.00")),))
    again = ForecastRequest.from_json(json.loads(json.dumps(req.to_json())))
    assert again == req

    result = engine.forecast(req)
    back = ForecastResult.from_json(json.loads(json.dumps(result.to_json())))
    assert back == result
    assert engine.forecast(again).to_json() == result.to_json()


def _same_but_scores(a: ForecastResult, b: ForecastResult) -> None:
    ja, jb = a.to_json(), b.to_json()
    # A replay scores only the model it is told to use; everything the owner sees is identical.
    sa, sb = ja.pop("model_scores"), jb.pop("model_scores")
    assert ja == jb
    for name in sb:
        assert sb[name] == sa[name]


def test_a_replay_with_the_chosen_model_reproduces_the_forecast():
    req = request(noise_history(300, mean=30.0, sd=250.0, weekly=(300, 0, 0, 0, 0, -150, -150)), FLOWS, horizon=30,
                  paths=500, buffer=Decimal("2000.00"))
    result = engine.forecast(req)
    assert result.model in result.model_scores
    replayed = engine.replay(req, result.model)
    assert replayed.model == result.model
    _same_but_scores(result, replayed)


def test_a_replay_of_a_combination_reproduces_it():
    combo = "Combo(Zero+WindowAverage90+SeasonalWindowAverage7x8)"
    req = request(noise_history(200, mean=30.0, sd=250.0), FLOWS, horizon=30, paths=500, model=combo)
    forced = engine.forecast(req)
    assert forced.model == combo
    y = engine.residual_array(req)
    mean = fit_baseline(y, 30, model=combo, start=req.history_start).mean  # before the damping (see below)
    # The combination is the plain average of its members: zero, the 90-day mean and the weekday averages.
    weekday = np.array([y[len(y) - 56 + (i % 7)::7][:8].mean() for i in range(30)])
    assert np.allclose(mean, (0 + y[-90:].mean() + weekday) / 3)
    _same_but_scores(forced, engine.replay(replace(req, model=None), forced.model))


def test_an_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown baseline model"):
        engine.forecast(request(noise_history(60), model="Crystal Ball"))


# ---- baseline selection --------------------------------------------------------------------------------


def test_a_steady_drift_is_followed():
    r = engine.forecast(request(noise_history(400, mean=100.0, sd=60.0), horizon=30, paths=500))
    assert abs(r.baseline_daily - 100) < 15, (r.model, r.baseline_daily)
    assert r.daily[-1].expected == pytest.approx(10000 + 30 * float(r.baseline_daily), abs=0.5)


def test_zero_mean_noise_does_not_invent_a_drift():
    r = engine.forecast(request(noise_history(400, mean=0.0, sd=300.0, seed=4), horizon=30, paths=500))
    # Within a fifth of a day's noise of zero, and a month of it well inside the band's spread.
    assert abs(r.baseline_daily) < 60, (r.model, r.baseline_daily)
    assert abs(30 * r.baseline_daily) < (r.daily[-1].p90 - r.daily[-1].p10) / 3
    assert "NoDrift" in r.model_scores


def test_a_few_weeks_of_history_give_a_shrunk_mean():
    residual = tuple((AS_OF - timedelta(days=19 - i), Decimal("50.00")) for i in range(20))
    r = engine.forecast(request(residual, horizon=30))
    assert r.model == FALLBACK and r.model_scores == {}
    # 20 days of +50 count as if 30 more days of zero had been seen: 1000 / 50 = 20 a day.
    assert r.baseline_daily == Decimal("20.00")
    assert r.daily[0].expected == Decimal("10020.00")


def test_a_weekly_pattern_is_picked_up_or_at_least_beats_no_drift():
    pattern = (700.0, -100.0, -100.0, -100.0, -100.0, -150.0, -150.0)  # Monday takings, spending the rest
    req = request(noise_history(300, sd=80.0, weekly=pattern), horizon=28, paths=500)
    r = engine.forecast(req)
    mean = engine.fit(req).mean
    mondays = [mean[i] for i in range(28) if day(i + 1).weekday() == 0]
    others = [mean[i] for i in range(28) if day(i + 1).weekday() != 0]
    shows_pattern = np.mean(mondays) - np.mean(others) > 200
    beats_no_drift = r.model_scores[r.model] < r.model_scores["NoDrift"]
    assert shows_pattern or beats_no_drift, (r.model, r.model_scores)


# ---- band calibration sanity ---------------------------------------------------------------------------


def test_the_p10_p90_band_covers_roughly_eighty_percent_of_a_stationary_series():
    rng = np.random.default_rng(11)
    total = 500
    flows = np.round(15.0 + 250.0 * rng.standard_normal(total), 2)
    start = AS_OF - timedelta(days=total - 1)
    dates = [start + timedelta(days=i) for i in range(total)]
    balance = 20000.0 + np.cumsum(flows)
    inside = days = 0
    for k in range(10):
        cut = 190 + 30 * k  # index of the origin day; 30 actual days follow it
        as_of = dates[cut]
        residual = tuple((dates[i], Decimal(repr(float(flows[i])))) for i in range(cut + 1))
        req = ForecastRequest(as_of=as_of, opening_balance=Decimal(repr(round(float(balance[cut]), 2))),
                              history_start=start, residual=residual, horizon=30, paths=1000, seed=k)
        r = engine.forecast(req)
        for i, band in enumerate(r.daily):
            actual = balance[cut + 1 + i]
            inside += float(band.p10) <= actual <= float(band.p90)
            days += 1
    share = inside / days
    assert 0.65 <= share <= 0.95, share


# ---- the whole account: explained flows, damping, spending that responds to the balance ----------------


def _household(days: int = 400, salary: float = 20000.0, seed: int = 5):
    """A salary on the 10th (explained: a recurring series) spent in cash within days (residual)."""
    rng = np.random.default_rng(seed)
    residual, explained = [], []
    for i in range(days):
        d = AS_OF - timedelta(days=days - 1 - i)
        if d.day == 10:
            explained.append((d, Decimal(repr(salary))))
        if d.day in (11, 12, 13, 20):
            amount = -salary / 4 * (1 + 0.3 * rng.standard_normal())
            residual.append((d, Decimal(repr(round(amount, 2)))))
    return tuple(residual), tuple(explained)


def test_a_salary_spent_in_cash_is_not_forecast_as_savings():
    residual, explained = _household()
    salary = flow(10, "20000.00", key="salary")
    req = request(residual, [salary], history_days=400, explained=explained, horizon=30, paths=500)
    r = engine.forecast(req)
    # The residual's own drift is the cash spending; the account as a whole does not drift, so the
    # forecast a month on is near today's balance, not today's balance plus a salary.
    assert abs(float(r.daily[-1].expected) - 10000) < 6000, (r.model, r.daily[-1].expected)


def test_the_damping_keeps_a_precise_path_and_halves_a_noisy_one():
    rng = np.random.default_rng(2)
    path = np.tile(np.cumsum(np.full(30, 100.0)), (3, 1))
    assert _fold_damping(path + rng.normal(0, 20, path.shape), path) < 0.1
    noisy = path + rng.normal(0, 3000, path.shape)
    assert 0.3 <= _fold_damping(noisy, path) <= 0.7


def test_the_damping_never_shrinks_a_scheduled_payroll():
    # A noisy drift (damped) and a payroll larger than the cash: the payroll lands in full on its day.
    payroll = flow(15, "-25000.00", key="series:payroll:1")
    req = request(noise_history(400, mean=150.0, sd=600.0, seed=7), [payroll], horizon=30, paths=500)
    fitted = engine.fit(req)
    undamped = fit_baseline(engine.residual_array(req), 30, start=req.history_start).mean
    assert 0 < fitted.mean[0] < 0.9 * undamped[0]  # the drift is given back in part...
    r = engine.forecast(req, baseline=fitted)
    drift = [Decimal(repr(round(float(x), 2))) for x in fitted.mean[:30]]
    # ...the payroll is not: it lands in full on its day.
    assert r.daily[14].expected == Decimal("10000.00") + sum(drift[:15]) - Decimal("25000.00")
    assert r.deficit_probability[30] > 0.9


def test_a_forecast_of_the_whole_account_still_moves_by_exactly_a_scenarios_payment():
    residual, explained = _household()
    salary = flow(10, "20000.00", key="salary")
    req = request(residual, [salary], history_days=400, explained=explained, horizon=30, paths=500)
    fitted = engine.fit(req)
    base = engine.forecast(req, baseline=fitted)
    extra = flow(5, "-5000.00", key="one-off")
    changed = engine.forecast(replace(req, known_flows=(*req.known_flows, extra)), baseline=fitted)
    deltas = [b.expected - a.expected for a, b in zip(base.daily, changed.daily, strict=True)]
    assert deltas[:4] == [Decimal("0.00")] * 4 and deltas[4:] == [Decimal("-5000.00")] * 26


def test_unexplained_spending_slows_below_the_usual_low_but_a_scheduled_payment_does_not():
    planned = np.array([[1000.0, 1000.0, -4000.0]])
    noise = np.array([[-300.0, -2000.0, -2000.0]])
    out = respond_to_balance(planned, noise, low=500.0, share=0.3)
    assert out[0, 0] == 700.0  # above the usual low: as it comes
    assert out[0, 1] == pytest.approx(500.0 - 1500.0 * 0.3)  # 1,500 below the low: 30% of it happens
    assert out[0, 2] == pytest.approx(-4000.0 - 2000.0 * 0.3)  # the payment in full, the spending damped


def test_most_owners_stop_spending_at_zero_and_keep_what_they_did_not_spend():
    planned = np.array([[1000.0, 1000.0, 1000.0, 1000.0]])
    balances = np.array([[400.0, -300.0, -100.0, 600.0]])  # the noise alone overdraws on day 2
    held = stop_at_zero(balances, planned, np.random.default_rng(0), share=0.0)
    # Day 2 stops at zero; the 300 not spent stays in the account on the days after.
    assert held.tolist() == [[400.0, 0.0, 200.0, 900.0]]
    assert stop_at_zero(balances, planned, np.random.default_rng(0), share=1.0).tolist() == balances.tolist()


def test_a_scheduled_payment_still_overdraws_and_only_a_third_of_noise_only_crossings_happen():
    paths = 6000
    planned = np.tile([1000.0, -500.0, 1000.0], (paths, 1))  # a payment takes the plan below zero on day 2
    rng = np.random.default_rng(1)
    balances = planned + rng.normal(0.0, 1000.0, size=(paths, 3))
    held = stop_at_zero(balances.copy(), planned, np.random.default_rng(2))
    # The shortfall the payment causes is left alone: day 2 only keeps what day 1 did not spend.
    assert np.allclose(held[:, 1] - balances[:, 1], held[:, 0] - balances[:, 0])
    assert (held[:, 1] < 0).mean() > 0.6
    crossed = (balances[:, 0] < 0).mean()  # about 16% of the paths overdraw by noise alone on day 1
    assert (held[:, 0] < 0).mean() == pytest.approx(crossed / 3, abs=0.015)


def test_the_explained_history_survives_a_json_round_trip():
    residual, explained = _household(60)
    req = request(residual, history_days=60, explained=explained)
    assert ForecastRequest.from_json(json.loads(json.dumps(req.to_json()))) == req
