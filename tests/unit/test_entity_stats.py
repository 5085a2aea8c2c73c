"""Entity intelligence: exact totals, honest lateness statistics and a reliability score with stated anchors."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.entity_stats import (
    HISTOGRAM_BUCKETS,
    DaysLate,
    Payment,
    lateness,
    profile,
    reliability_score,
    revenue_share,
)
from hypothesis import given, settings
from hypothesis import strategies as st

START = date(2025, 1, 1)


def paid(amount: str, day: int = 0, late: int | None = None) -> Payment:
    """A payment on START + day; `late` days after its due date, or untimed when None."""
    when = START + timedelta(days=day)
    return Payment(when, Decimal(amount), None if late is None else when - timedelta(days=late))


def monthly(lateness_days: list[int], amount: str = "1200.00") -> list[Payment]:
    """A monthly invoice paid with the given lateness, in due-date order."""
    return [paid(amount, 30 * n + late, late) for n, late in enumerate(lateness_days)]


# ---- profile --------------------------------------------------------------------------------------------

def test_totals_are_exact_decimals():
    result = profile([paid("0.10", 0), paid("0.10", 1), paid("0.10", 2), paid("-0.20", 3), paid("-1000000.01", 4)])
    assert result.total_in == Decimal("0.30") and isinstance(result.total_in, Decimal)
    assert result.total_out == Decimal("1000000.21")  # a positive magnitude
    assert str(result.total_in) == "0.30"
    assert result.count == 5
    assert (result.first_seen, result.last_seen) == (START, START + timedelta(days=4))


def test_an_entity_without_payments():
    result = profile([])
    assert (result.total_in, result.total_out, result.count) == (Decimal("0.00"), Decimal("0.00"), 0)
    assert result.first_seen is result.last_seen is result.typical_amount is result.days_late is None
    assert result.reliability is None


def test_first_and_last_seen_do_not_depend_on_order():
    payments = [paid("5.00", 9), paid("5.00", -3), paid("5.00", 4)]
    result = profile(payments)
    assert (result.first_seen, result.last_seen) == (START - timedelta(days=3), START + timedelta(days=9))


@pytest.mark.parametrize(
    "amounts,typical",
    [
        (["-3.00", "1.00", "2.00"], "2.00"),  # median of magnitudes, sign ignored
        (["1.00", "2.01"], "1.50"),  # 1.505 rounds half to even
        (["1.00", "2.03"], "1.52"),  # 1.515 rounds half to even
        (["100.00", "100.00", "100.00", "9999.99"], "100.00"),  # one outlier does not move it
        (["0.01"], "0.01"),
        (["7"], "7.00"),
    ],
)
def test_typical_amount_is_the_median_magnitude_to_the_cent(amounts, typical):
    result = profile([paid(a, n) for n, a in enumerate(amounts)]).typical_amount
    assert str(result) == typical


def test_without_due_dates_there_is_no_lateness_or_reliability():
    result = profile([paid("10.00", n) for n in range(12)])
    assert result.days_late is None and result.reliability is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.decimals(-1_000_000, 1_000_000, places=2, allow_nan=False, allow_infinity=False), max_size=50))
def test_totals_always_add_up_to_the_net(amounts):
    result = profile([paid(str(a), n) for n, a in enumerate(amounts)])
    assert result.total_in - result.total_out == sum(amounts, Decimal(0))
    assert result.total_in >= 0 and result.total_out >= 0
    if amounts:
        assert min(abs(a) for a in amounts) <= result.typical_amount <= max(abs(a) for a in amounts)


# ---- lateness -------------------------------------------------------------------------------------------

def test_percentiles_interpolate_between_ranks():
    result = lateness(monthly(list(range(1, 11))))
    assert (result.samples, result.p50, result.p75, result.p90, result.max) == (10, 5.5, 7.75, 9.1, 10)
    assert result.mean == 5.5
    assert lateness(monthly([0, 10])).p50 == 5.0
    assert lateness(monthly([4])).p90 == 4.0


def test_early_payments_show_in_the_histogram_but_count_as_zero_lateness():
    result = lateness(monthly([-5, -1, 3]))
    assert result.histogram["early"] == 2 and result.histogram["3-7"] == 1
    assert (result.p50, result.mean, result.max) == (0.0, 1.0, 3)
    assert result.on_time_share == round(2 / 3, 4)  # early is on time
    assert lateness(monthly([-10, -3, -1])).max == 0


@pytest.mark.parametrize(
    "days,bucket",
    [(-30, "early"), (-1, "early"), (0, "0-2"), (2, "0-2"), (3, "3-7"), (7, "3-7"), (8, "8-14"), (14, "8-14"),
     (15, "15-30"), (30, "15-30"), (31, "31+"), (400, "31+")],
)
def test_histogram_buckets(days, bucket):
    histogram = lateness(monthly([days])).histogram
    assert list(histogram) == list(HISTOGRAM_BUCKETS)
    assert histogram == {name: int(name == bucket) for name in HISTOGRAM_BUCKETS}


@pytest.mark.parametrize(
    "days,on_time",
    [([0, 1, 2], 1.0), ([-4, 2, 3, 10], 0.5), ([3, 5], 0.0)],
)
def test_on_time_means_no_more_than_two_days_after_due(days, on_time):
    assert lateness(monthly(days)).on_time_share == on_time


def test_untimed_payments_do_not_count_towards_lateness():
    payments = [*monthly([5, 5, 5]), paid("99.00", 3), paid("-20.00", 70)]
    result = profile(payments)
    assert result.days_late.samples == 3 and result.count == 5


@pytest.mark.parametrize(
    "days,trend,change",
    [
        ([30, 28, 35, 5, 4, 6], "improving", -25.0),
        ([1, 0, 2, 20, 25, 30], "worsening", 24.0),
        ([14, 14, 14, 16, 16, 16], "stable", 2.0),  # two days on a fortnight is noise
        ([0, 0, 0, 2, 2, 2], "stable", 2.0),
        ([0, 0, 0, 3, 3, 3], "worsening", 3.0),
        ([0, 0, 0, 60, 0, 0, 0], "stable", 0.0),  # one outlier is not a trend; the middle payment sits out
        ([-9, -9, -9, 0, 0, 0], "stable", 0.0),  # from early to on time is not lateness
        ([10, 20, 30, 40, 50], "insufficient", 0.0),
        ([5], "insufficient", 0.0),
    ],
)
def test_trend_compares_the_later_half_with_the_earlier(days, trend, change):
    result = lateness(monthly(days))
    assert (result.trend, result.trend_days) == (trend, change)


def test_trend_follows_due_dates_not_input_order():
    payments = monthly([1, 0, 2, 20, 25, 30])
    random.Random(3).shuffle(payments)
    assert lateness(payments).trend == "worsening"


# ---- reliability ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "days,low,high",
    [
        # always within two days (early counts as on time)
        ([0, 1, 2, 0, 2, 1, 0, 0, 1, 2], 90, 100),
        ([-3, 0, -1, 2, 0, 1], 90, 100),
        ([2, 2, 2], 90, 100),
        # usually on time, one slip
        ([0, 1, 0, 2, 0, 1, 0, 12, 1, 0], 85, 99),
        # typically two weeks late
        ([14, 14, 14, 14, 14, 14], 45, 55),
        ([12, 14, 15, 13, 16, 14, 21, 10], 45, 55),
        # a month or more late, getting worse
        ([28, 30, 31, 40, 45, 50], 0, 24),
        # a month late, steady: still poor
        ([30, 31, 30, 32, 30, 31], 0, 30),
    ],
)
def test_reliability_anchors(days, low, high):
    result = profile(monthly(days))
    assert low <= result.reliability <= high, (result.reliability, result.days_late)


def test_reliability_needs_three_timed_payments():
    assert profile(monthly([0, 0])).reliability is None
    assert profile(monthly([0, 0, 0])).reliability == 100
    assert reliability_score(None, count=50) is None
    three = lateness(monthly([0, 0, 0]))
    assert reliability_score(three, count=2) is None
    # the entity's total count cannot stand in for timed payments
    assert reliability_score(lateness(monthly([0, 0])), count=50) is None


def test_worsening_costs_more_than_improving_earns():
    base = DaysLate(samples=6, mean=10, p50=10, p75=12, p90=14, max=14, on_time_share=0.0,
                    histogram=dict.fromkeys(HISTOGRAM_BUCKETS, 0), trend="stable", trend_days=0.0)
    stable = reliability_score(base, count=6)
    improving = reliability_score(DaysLate(**{**base.__dict__, "trend": "improving"}), count=6)
    worsening = reliability_score(DaysLate(**{**base.__dict__, "trend": "worsening"}), count=6)
    assert worsening < stable < improving
    assert stable - worsening > improving - stable


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-20, 120), min_size=3, max_size=30), st.integers(1, 30))
def test_paying_later_never_raises_the_score(days, extra):
    before = profile(monthly(days)).reliability
    after_days = lateness(monthly([d + extra for d in days]))
    # compare like with like: the same trend, only the level moved
    after = reliability_score(DaysLate(**{**after_days.__dict__, "trend": lateness(monthly(days)).trend}),
                              count=len(days))
    assert 0 <= before <= 100 and 0 <= after <= 100
    assert after <= before


# ---- revenue share --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "entity,business,share",
    [
        ("250.00", "1000.00", "0.2500"),
        ("1.00", "3.00", "0.3333"),
        ("2.00", "3.00", "0.6667"),
        ("0.00", "1000.00", "0.0000"),
        ("1000.00", "1000.00", "1.0000"),
        ("10.00", "0.00", "0.0000"),  # no revenue, no share
        ("10.00", "-5.00", "0.0000"),
        ("1200.00", "1000.00", "1.0000"),  # inconsistent totals are clamped, not reported as 120%
        ("-50.00", "1000.00", "0.0000"),
        ("0.01", "1000000.00", "0.0000"),
        ("0.05", "1000.00", "0.0000"),  # 0.00005 rounds half to even
        ("0.15", "1000.00", "0.0002"),  # 0.00015 rounds half to even
    ],
)
def test_revenue_share(entity, business, share):
    result = revenue_share(Decimal(entity), Decimal(business))
    assert isinstance(result, Decimal) and str(result) == share
