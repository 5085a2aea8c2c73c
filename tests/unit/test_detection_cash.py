"""Cash rules (pure): buffer breach, forecast deficit, runway and payroll safety fire on the
histories where the owner must act, at the right tier, with the figures in the message; and stay
quiet on near misses."""

from __future__ import annotations

from cashpilot.domain.detection.rules import buffer_breach, forecast_deficit, payroll_safety, runway_low

from tests.unit._detection_builders import (
    TODAY,
    ago,
    ahead,
    assert_justified,
    context,
    every,
    flow,
    forecast,
    series,
    steps,
    txn,
)

# ---------------------------------------------------------------- buffer breach


def _breach(on_day: int, to: int = 8000, **kw) -> list:
    fc = forecast(steps(20000, {on_day: to - 20000}))
    return buffer_breach(context(fc=fc, cash_buffer=10000, **kw))


def test_buffer_breach_within_a_week_is_an_emergency_naming_date_amount_buffer_and_shortfall():
    [f] = _breach(5)
    assert f.severity == "emergency"
    assert (f.subject_type, f.subject_id) == ("business", None)
    assert_justified(f, amounts=[8000, 10000, 2000, 20000], dates=[ahead(5)])
    assert f.data["first_breach_date"] == ahead(5).isoformat()
    assert f.data["shortfall"] == "2000.00" and f.data["basis"] == "expected"


def test_buffer_breach_escalates_as_the_date_approaches():
    assert _breach(20)[0].severity == "this_week"
    assert _breach(60)[0].severity == "upcoming"
    assert _breach(7)[0].severity == "emergency"
    assert _breach(8)[0].severity == "this_week"


def test_bad_case_below_the_buffer_within_a_week_is_this_week():
    fc = forecast(steps(14000, {3: -2000}), p10_gap=3000)  # expected 12,000, p10 9,000 from day 3
    [f] = buffer_breach(context(fc=fc, cash_buffer=10000, balance=14000))
    assert f.severity == "this_week"
    assert f.data["basis"] == "p10"
    assert_justified(f, amounts=[9000, 10000, 1000], dates=[ahead(3)], words=["1 in 10"])


def test_bad_case_only_far_ahead_is_upcoming():
    fc = forecast(steps(20000, {40: -8000}), p10_gap=3000)  # expected 12,000; p10 9,000 from day 40
    [f] = buffer_breach(context(fc=fc, cash_buffer=10000))
    assert f.severity == "upcoming"


def test_expected_breach_message_mentions_an_earlier_bad_case():
    fc = forecast(steps(20000, {10: -8500, 40: -3000}), p10_gap=2000)  # p10 9,500 on day 10; expected 8,500 day 40
    [f] = buffer_breach(context(fc=fc, cash_buffer=10000))
    assert f.data["first_breach_date"] == ahead(40).isoformat()
    assert_justified(f, amounts=[8500, 9500], dates=[ahead(40), ahead(10)])
    assert f.severity == "upcoming"


def test_buffer_exactly_kept_does_not_fire():
    fc = forecast(steps(20000, {5: -10000}))  # lands on 10,000.00 exactly, p10 too
    assert buffer_breach(context(fc=fc, cash_buffer=10000)) == []


def test_breach_beyond_the_horizon_does_not_fire():
    fc = forecast(steps(20000, {100: -15000}, days=120))
    assert buffer_breach(context(fc=fc, cash_buffer=10000)) == []
    assert buffer_breach(context(fc=fc, cash_buffer=10000, horizon_days=120)) != []


def test_no_buffer_set_leaves_going_negative_to_the_deficit_rule():
    fc = forecast(steps(2000, {3: -5000}))
    assert buffer_breach(context(fc=fc, balance=2000)) == []


def test_balance_already_below_the_buffer_is_an_emergency_even_without_a_forecast():
    [f] = buffer_breach(context(balance=7500, cash_buffer=10000))
    assert f.severity == "emergency"
    assert_justified(f, amounts=[7500, 10000, 2500], dates=[TODAY], words=["today"])


def test_safety_mode_moves_the_buffer():
    dip_to_11k = forecast(steps(20000, {40: -9000}))
    assert buffer_breach(context(fc=dip_to_11k, cash_buffer=10000)) == []
    [f] = buffer_breach(context(fc=dip_to_11k, cash_buffer=10000, mode="conservative"))  # buffer 12,500
    assert_justified(f, amounts=[11000, 12500, 1500])

    dip_to_8k = forecast(steps(20000, {40: -12000}))
    assert buffer_breach(context(fc=dip_to_8k, cash_buffer=10000)) != []
    assert buffer_breach(context(fc=dip_to_8k, cash_buffer=10000, mode="aggressive")) == []  # buffer 7,500


def test_forecast_days_before_today_are_history():
    stale = forecast(steps(20000, {2: -15000, 5: 15000}), as_of=ago(6))  # the dip was 4 days ago
    assert buffer_breach(context(fc=stale, cash_buffer=10000)) == []


# ---------------------------------------------------------------- forecast deficit


def _deficit(probs: dict[int, float], balances=None, **kw) -> list:
    fc = forecast(balances or steps(5000, {50: -3000}), p10_gap=4000, deficit=probs)
    return forecast_deficit(context(fc=fc, balance=5000, **kw))


def test_deficit_likely_within_30_days_is_an_emergency():
    [f] = _deficit({30: 0.6, 60: 0.7, 90: 0.75})
    assert f.severity == "emergency"
    assert f.data["window_days"] == 30 and f.data["probability"] == 0.6
    assert_justified(f, amounts=[2000, -2000, 5000], dates=[ahead(50)], words=["60%", "30 days"])


def test_deficit_above_threshold_within_30_days_is_this_week():
    [f] = _deficit({30: 0.3, 60: 0.4, 90: 0.4})
    assert f.severity == "this_week"
    assert_justified(f, words=["30%", "30 days", "20%"])


def test_deficit_risk_only_further_out_is_upcoming_and_names_that_window():
    [f] = _deficit({30: 0.1, 60: 0.25, 90: 0.3})
    assert f.severity == "upcoming"
    assert f.data["window_days"] == 60
    assert_justified(f, words=["25%", "60 days"])


def test_deficit_at_the_threshold_does_not_fire():
    assert _deficit({30: 0.05, 60: 0.2, 90: 0.2}) == []


def test_deficit_outside_the_horizon_does_not_fire():
    assert _deficit({30: 0.0, 60: 0.1, 90: 0.5}, horizon_days=60) == []


def test_expected_negative_within_a_week_is_an_emergency_whatever_the_probability():
    [f] = _deficit({30: 0.15, 60: 0.15, 90: 0.15}, balances=steps(5000, {4: -6000}))
    assert f.severity == "emergency"
    assert_justified(f, amounts=[-1000], dates=[ahead(4)], words=["negative"])


def test_conservative_mode_lowers_the_deficit_threshold():
    probs = {30: 0.1, 60: 0.18, 90: 0.18}
    assert _deficit(probs) == []
    assert _deficit(probs, mode="conservative") != []  # 0.2 / 1.25 = 0.16


# ---------------------------------------------------------------- runway


def _burning(balance: int, extra=()) -> list:
    # Three months of 3,000 in and 6,000 out: 9,000 net out over 90 days, 3,040.00 per 30.4 days.
    txns = [txn(ago(200), 100, who="Old Customer")]
    for d in (80, 50, 20):
        txns.append(txn(ago(d), 3000, who="Acme Ltd", category="sales_revenue"))
        txns.append(txn(ago(d - 5), -6000, who="Landlord", category="rent"))
    return runway_low(context(txns=[*txns, *extra], balance=balance))


def test_runway_under_the_threshold_fires_with_burn_months_and_date():
    [f] = _burning(6080)  # 2.0 months
    assert f.severity == "upcoming"
    assert f.data["runway_months"] == 2.0
    assert_justified(f, amounts=[6080, 3040, 9000], dates=[ahead(60), ago(89), TODAY], words=["2.0 months"])


def test_runway_tiers():
    assert _burning(4000)[0].severity == "this_week"  # 1.3 months < 3 / 2
    assert _burning(2000)[0].severity == "emergency"  # under a month


def test_runway_exactly_at_the_threshold_does_not_fire():
    assert _burning(9120) == []  # 3.0 months


def test_a_loan_received_does_not_hide_the_burn():
    loan = [txn(ago(10), 9000, who="Bank", category="financing")]
    assert _burning(6080, loan) != []


def test_no_runway_alert_when_money_comes_in_faster_than_it_goes():
    txns = [txn(ago(d), 5000, who="Acme Ltd") for d in (80, 50, 20)] + [txn(ago(d), -3000) for d in (70, 40, 10)]
    assert runway_low(context(txns=txns, balance=1000)) == []


def test_runway_needs_a_month_of_history():
    txns = every(2, -500, start=ago(20), who="Landlord")
    assert runway_low(context(txns=txns, balance=100)) == []


# ---------------------------------------------------------------- payroll safety


def _payroll(on_day: int, after: int, *, margin: int | None = None, balance: int = 6000, mode: str = "normal") -> list:
    fc = forecast(steps(balance, {on_day: after - balance}), p10_gap=500,
                  flows=[flow(ahead(on_day), -5000, "Staff Payroll", category="payroll"),
                         flow(ahead(on_day - 1), -300, "Adobe", category="software")])
    kw = {} if margin is None else {"payroll_margin": margin}
    return payroll_safety(context(fc=fc, balance=balance, mode=mode, **kw))


def test_payroll_leaving_less_than_the_margin_fires_with_date_amount_and_balance_after():
    [f] = _payroll(5, 1000, margin=2000)
    assert f.severity == "emergency"
    assert_justified(f, amounts=[5000, 1000, 2000, 500], dates=[ahead(5)])
    assert f.data["balance_after"] == "1000.00" and f.data["payroll_date"] == ahead(5).isoformat()


def test_payroll_tiers_follow_the_date():
    assert _payroll(10, -100)[0].severity == "this_week"
    assert _payroll(20, -100)[0].severity == "upcoming"


def test_payroll_with_margin_zero_fires_only_below_zero():
    assert _payroll(5, 1000) == []
    assert _payroll(5, 0) == []
    [f] = _payroll(5, -250)
    assert_justified(f, amounts=[-250, 250], words=["zero"])


def test_payroll_flows_on_the_same_day_add_up():
    fc = forecast(steps(9000, {6: -8000}), flows=[flow(ahead(6), -5000, "Alice", category="payroll"),
                                                   flow(ahead(6), -3000, "Bob", category="payroll")])
    [f] = payroll_safety(context(fc=fc, balance=9000, payroll_margin=2000))
    assert_justified(f, amounts=[8000, 1000, 2000])


def test_payroll_from_the_series_when_the_forecast_has_no_payroll_flow():
    s = series("Staff Payroll", 5000, direction="out", next_date=ahead(10), last_date=ago(20), category="payroll")
    [f] = payroll_safety(context(series_=[s], balance=4000))
    assert f.severity == "this_week"
    assert_justified(f, amounts=[5000, -1000], dates=[ahead(10)])
    assert payroll_safety(context(series_=[s], balance=5500)) == []


def test_conservative_mode_raises_the_payroll_margin():
    assert _payroll(5, 2200, margin=2000) == []
    [f] = _payroll(5, 2200, margin=2000, mode="conservative")  # margin 2,500
    assert_justified(f, amounts=[2200, 2500, 300])
