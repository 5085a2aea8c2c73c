"""The stability score (pure): each component at its edges, short histories, no division by zero, the total."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.forecast.stability import (
    INSUFFICIENT,
    WEIGHTS,
    DayFlow,
    ForecastRisk,
    StabilityFigures,
    StabilityScore,
    complete_months,
    label_for,
    score,
)

AS_OF = date(2026, 6, 30)  # a month end: June counts as a complete month
D = Decimal


def steady(days: int, *, inflow: str = "0", outflow: str = "100", as_of: date = AS_OF) -> list[DayFlow]:
    return [DayFlow(as_of - timedelta(days=i), D(inflow), D(outflow)) for i in range(days)]


def figures(*, balance: str = "9000", days: int = 400, flows: list[DayFlow] | None = None, customers=(),
            recurring: str = "0", forecast: ForecastRisk | None = None, as_of: date = AS_OF) -> StabilityFigures:
    flows = flows if flows is not None else steady(days, inflow="100", as_of=as_of)
    return StabilityFigures(
        as_of=as_of, balance=D(balance), currency="EUR",
        history_start=(as_of - timedelta(days=days - 1)) if days else None, days=flows,
        customers=list(customers), recurring_outflow=D(recurring), forecast=forecast,
    )


def component(result: StabilityScore, key: str):
    return next(c for c in result.components if c.key == key)


# --------------------------------------------------------------------------- cash buffer


@pytest.mark.parametrize(("balance", "days", "points"), [
    ("0", D("0.0"), 0), ("3000", D("30.0"), 50), ("6000", D("60.0"), 80), ("9000", D("90.0"), 100),
    ("90000", D("900.0"), 100), ("1500", D("15.0"), 25), ("7500", D("75.0"), 90),
])
def test_the_cash_buffer_is_days_of_average_spending_scored_along_a_curve(balance, days, points):
    buffer = component(score(figures(balance=balance)), "cash_buffer")
    assert buffer.value == days and buffer.unit == "days"
    assert buffer.score == points
    assert buffer.details["average_daily_outflow"] == "100.00" and buffer.details["balance"] == D(balance).quantize(
        D("0.01")).to_eng_string()


def test_an_overdrawn_business_has_no_buffer_and_says_so():
    buffer = component(score(figures(balance="-2500.50")), "cash_buffer")
    assert buffer.score == 0 and buffer.value == 0 and buffer.label == "at_risk"
    assert "-2,500.50 EUR" in buffer.explanation


def test_no_spending_is_not_a_division_by_zero():
    quiet = steady(120, inflow="10", outflow="0")
    buffer = component(score(figures(balance="500", days=120, flows=quiet)), "cash_buffer")
    assert buffer.score == 100 and buffer.value is None and "No spending" in buffer.explanation
    broke = component(score(figures(balance="0", days=120, flows=quiet)), "cash_buffer")
    assert broke.score == 0


def test_a_few_days_of_history_are_not_enough_for_a_buffer_and_two_weeks_count_for_less():
    assert component(score(figures(days=5, flows=steady(5))), "cash_buffer").label == INSUFFICIENT
    short = score(figures(balance="1400", days=14, flows=steady(14)))
    buffer = component(short, "cash_buffer")
    assert buffer.score is not None and "14 days of history only" in buffer.explanation
    assert buffer.value == D("14.0")


# --------------------------------------------------------------------------- revenue concentration


def concentration(shares: list[str], *, unnamed: str = "0") -> tuple[int | None, object]:
    total = sum(D(s) for s in shares) + D(unnamed)
    per_day = total / 365
    flows = [DayFlow(AS_OF - timedelta(days=i), per_day, D("100")) for i in range(365)]
    customers = [(f"Customer {i}", D(s)) for i, s in enumerate(shares)]
    c = component(score(figures(days=365, flows=flows, customers=customers)), "revenue_concentration")
    return c.score, c


def test_a_top_customer_at_20_percent_or_less_scores_full_marks_and_at_80_percent_nothing():
    five_equal, c = concentration(["20", "20", "20", "20", "20"])
    assert five_equal == 100 and c.value == D("20.0")
    one_big, c = concentration(["80", "20"])
    assert one_big == 0 and "Customer 0" in c.explanation and c.label == "at_risk"
    assert concentration(["100"])[0] == 0


def test_two_equal_customers_are_caught_by_the_concentration_index():
    points, c = concentration(["50", "50"])
    # The top share alone would give 50; the index (0.5) pulls it to 25.
    assert points == 25 and c.details["hhi"] == "0.5000"


def test_income_nobody_is_named_for_counts_as_spread_but_is_trusted_less():
    points, c = concentration(["10"], unnamed="90")
    assert points == 100 and "Only 10.0% of the income is matched" in c.explanation
    result = score(figures(days=365, flows=steady(365, inflow="100"), customers=[("A", D("36500"))]))
    named = component(result, "revenue_concentration")
    assert named.score == 0  # one customer brings everything


def test_no_income_leaves_concentration_without_data():
    c = component(score(figures(days=365, flows=steady(365, inflow="0"))), "revenue_concentration")
    assert c.label == INSUFFICIENT and c.score is None and c.applied_weight == 0


# --------------------------------------------------------------------------- expense predictability


def test_recurring_spending_and_steady_months_make_expenses_predictable():
    flows = steady(400)  # identical spending every day: monthly CV is only the month-length effect
    all_recurring = component(score(figures(flows=flows, recurring="36500")), "expense_predictability")
    assert all_recurring.value == D("100.0") and all_recurring.score >= 95
    none_recurring = component(score(figures(flows=flows, recurring="0")), "expense_predictability")
    assert none_recurring.value == D("0.0")
    assert none_recurring.score == pytest.approx(all_recurring.score - 50, abs=1)
    assert "monthly_outflow_cv" in none_recurring.details


def test_lumpy_monthly_spending_lowers_predictability():
    lumpy = [DayFlow(AS_OF - timedelta(days=i), D("0"), D("6000") if (AS_OF - timedelta(days=i)).month % 2 else D("0"))
             for i in range(400)]
    c = component(score(figures(flows=lumpy, recurring="0")), "expense_predictability")
    assert float(c.details["monthly_outflow_cv"]) > 0.6
    assert c.score == 0


def test_without_three_complete_months_predictability_rests_on_recurring_share_and_counts_less():
    result = score(figures(days=50, flows=steady(50), recurring="2500"))
    c = component(result, "expense_predictability")
    assert c.score == 71 and "needs 3 complete months" in c.explanation  # 50% recurring -> 71
    assert "two months" in c.explanation


# --------------------------------------------------------------------------- cash-flow volatility


def months_with_net(nets: list[int], outflow: int = 10_000) -> list[DayFlow]:
    """One day per month: the month's whole inflow and outflow, for the months before AS_OF's (June)."""
    flows = []
    for back, net in enumerate(reversed(nets)):
        month_end = AS_OF.replace(day=1) - timedelta(days=1) if back else AS_OF
        for _ in range(back - 1):
            month_end = month_end.replace(day=1) - timedelta(days=1)
        flows.append(DayFlow(month_end.replace(day=15), D(outflow + net), D(outflow)))
    return flows


def test_steady_net_flow_scores_high_and_big_swings_low():
    calm = score(figures(days=400, flows=months_with_net([500] * 12)))
    c = component(calm, "cashflow_volatility")
    assert c.value == D("0.00") and c.score == 100 and c.unit == "ratio"
    wild = score(figures(days=400, flows=months_with_net([10_000, -10_000] * 6)))
    w = component(wild, "cashflow_volatility")
    assert w.value == D("1.00") and w.score == 0
    mid = component(score(figures(days=400, flows=months_with_net([3000, -3000] * 6))), "cashflow_volatility")
    assert mid.value == D("0.30") and mid.score == 78


def test_volatility_needs_three_complete_months():
    few = score(figures(days=70, flows=steady(70)))
    assert component(few, "cashflow_volatility").label == INSUFFICIENT
    assert "2 so far" in component(few, "cashflow_volatility").explanation


# --------------------------------------------------------------------------- deficit risk


@pytest.mark.parametrize(("p", "b", "points"), [(0.0, 0.0, 100), (1.0, 1.0, 0), (0.2, 0.2, 80), (0.0, 0.4, 90),
                                                (0.1, 0.05, 90)])
def test_deficit_risk_is_the_chance_of_staying_above_zero_and_the_buffer(p, b, points):
    result = score(figures(forecast=ForecastRisk(AS_OF, p, b, 90, D("1000"))))
    c = component(result, "deficit_risk")
    assert c.score == points and c.value == D(str(round(p * 100, 1)))


def test_no_forecast_is_insufficient_data_and_the_rest_share_the_weight():
    result = score(figures(forecast=None))
    c = component(result, "deficit_risk")
    assert c.label == INSUFFICIENT and c.applied_weight == 0
    others = [x for x in result.components if x.key != "deficit_risk"]
    assert sum(x.applied_weight for x in others) == pytest.approx(D("1"), abs=D("0.002"))


def test_an_old_forecast_counts_for_less():
    fresh = score(figures(forecast=ForecastRisk(AS_OF, 0.5, 0.5)))
    old = score(figures(forecast=ForecastRisk(AS_OF - timedelta(days=30), 0.5, 0.5)))
    assert component(old, "deficit_risk").applied_weight < component(fresh, "deficit_risk").applied_weight
    assert "30 days old" in component(old, "deficit_risk").explanation


# --------------------------------------------------------------------------- the total


def test_the_total_is_the_weighted_mean_of_the_components():
    assert sum(WEIGHTS.values()) == 100
    result = score(figures(balance="9000", customers=[(f"C{i}", D("7300")) for i in range(5)], recurring="30000",
                           forecast=ForecastRisk(AS_OF, 0.0, 0.0)))
    scored = [c for c in result.components if c.score is not None]
    assert len(scored) == 5
    assert all(c.applied_weight == D(c.weight) / 100 for c in scored)
    expected = sum(c.score * c.weight for c in scored) / 100
    assert result.score == round(expected) and result.label == label_for(result.score)


def test_a_business_in_trouble_is_at_risk():
    result = score(figures(balance="-100", customers=[("Only Client", D("36500"))],
                           flows=months_with_net([20_000, -25_000] * 6), forecast=ForecastRisk(AS_OF, 0.9, 1.0)))
    assert result.score < 40 and result.label == "at_risk"


def test_no_history_at_all_gives_no_score():
    result = score(figures(days=0, flows=[]))
    assert result.score is None and result.label == INSUFFICIENT
    assert {c.label for c in result.components} == {INSUFFICIENT}


def test_only_a_forecast_still_scores_from_it():
    result = score(figures(days=0, flows=[], forecast=ForecastRisk(AS_OF, 0.0, 0.0)))
    assert result.score == 100 and component(result, "deficit_risk").applied_weight == 1


@pytest.mark.parametrize(("value", "label"), [(100, "strong"), (80, "strong"), (79, "stable"), (60, "stable"),
                                              (59, "watch"), (40, "watch"), (39, "at_risk"), (0, "at_risk"),
                                              (None, INSUFFICIENT)])
def test_labels(value, label):
    assert label_for(value) == label


def test_a_stored_score_reads_back_the_same():
    result = score(figures(forecast=ForecastRisk(AS_OF, 0.1, 0.2), customers=[("A", D("100"))]))
    back = StabilityScore.from_stored(result.as_of, result.score, result.label, result.to_json())
    assert back == result


def test_complete_months():
    assert complete_months(date(2026, 1, 1), date(2026, 6, 30))[-1] == (date(2026, 6, 1), date(2026, 6, 30))
    mid = complete_months(date(2026, 1, 15), date(2026, 6, 14))
    assert mid == [(date(2026, m, 1), (date(2026, m + 1, 1) - timedelta(days=1))) for m in (2, 3, 4, 5)]
    assert len(complete_months(date(2020, 1, 1), AS_OF)) == 12
    assert complete_months(None, AS_OF) == []
