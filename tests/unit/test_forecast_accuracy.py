"""Forecast accuracy metrics on small hand-computed examples: per-origin errors against the flat and the
seasonal naive forecasts, band coverage, deficit / buffer-breach outcomes, MASE and Brier per business,
the summary the acceptance bars read, and the reliability table.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.forecast.accuracy import (
    OriginScore,
    business_accuracy,
    reliability,
    score_origin,
    summarise,
)
from cashpilot.domain.forecast.model import DayBand, ForecastResult, LowPoint

ORIGIN = date(2025, 3, 31)


def d(n: int) -> date:
    return ORIGIN + timedelta(days=n)


def result(bands: list[tuple[str, str, str]], *, deficit: float = 0.1, breach: float = 0.7,
           buffer: str = "1850") -> ForecastResult:
    """A 3-day forecast: (expected, p10, p90) per day."""
    daily = tuple(DayBand(d(i + 1), Decimal(e), Decimal(lo), Decimal(e), Decimal(hi))
                  for i, (e, lo, hi) in enumerate(bands))
    return ForecastResult(
        as_of=ORIGIN, opening_balance=Decimal(2000), horizon=len(daily), daily=daily,
        low_point=LowPoint(daily[0].date, daily[0].expected, daily[0].p10),
        deficit_probability={len(daily): deficit}, buffer_breach_probability={len(daily): breach},
        runway_days=None, model="Zero", model_scores={}, baseline_daily=Decimal("0.00"), known_flows=0,
        paths=1000, seed=0, buffer=Decimal(buffer),
    )


# The month before the origin (only its first days matter to a 3-day seasonal naive) and the 3 days after.
ACTUAL = {
    d(-30): Decimal(1000), d(-29): Decimal(1100), d(-28): Decimal(900), d(-27): Decimal(1300),
    d(0): Decimal(2000), d(1): Decimal(2100), d(2): Decimal(1900), d(3): Decimal(1800),
}
FORECAST = result([("2050", "2000", "2200"), ("2050", "2000", "2200"), ("2050", "1950", "2050")])


def test_one_origin_is_scored_against_the_flat_and_the_seasonal_naive_forecast():
    s = score_origin(FORECAST, ACTUAL, 3)
    assert s is not None and s.as_of == ORIGIN and s.days == 3
    # ours: |2050-2100| + |2050-1900| + |2050-1800| = 50 + 150 + 250
    assert s.mae == pytest.approx(450 / 3)
    # flat (the balance stays 2000): 100 + 100 + 200
    assert s.mae_flat == pytest.approx(400 / 3)
    # seasonal (the balance moves as it did a month ago, from 1000): 2100, 1900, 2300 against 2100, 1900, 1800
    assert s.mae_seasonal == pytest.approx(500 / 3)
    # only 2100 on day 1 is inside its band
    assert s.covered == 1
    assert (s.deficit_p, s.deficit) == (0.1, False)  # the lowest balance, 1800, is above zero...
    assert (s.breach_p, s.breach) == (0.7, True)  # ... and below the 1850 buffer


def test_an_origin_without_the_actuals_it_needs_is_not_scored():
    for missing in (d(3), d(0), d(-30)):
        assert score_origin(FORECAST, {k: v for k, v in ACTUAL.items() if k != missing}, 3) is None


def test_the_deficit_probability_of_the_longest_window_within_the_scored_days_is_used():
    long = result([("2050", "2000", "2200")] * 3)
    long = replace(long, deficit_probability={2: 0.25, 30: 0.9}, buffer_breach_probability={2: 0.5, 30: 0.95})
    s = score_origin(long, ACTUAL, 3)
    assert (s.deficit_p, s.breach_p) == (0.25, 0.5)


def origin(mae, flat, seasonal, covered, days=3, deficit_p=0.0, deficit=False, breach_p=0.0, breach=False):
    return OriginScore(ORIGIN, days, mae, flat, seasonal, covered, deficit_p, deficit, breach_p, breach)


def test_a_business_adds_its_origins_up_to_mase_coverage_and_brier():
    scores = [origin(100, 200, 50, 2, deficit_p=0.2, deficit=False, breach_p=0.6, breach=True),
              origin(50, 100, 100, 3, deficit_p=0.9, deficit=True, breach_p=0.1, breach=False)]
    b = business_accuracy("shop", 3, scores)
    assert b.origins == 2 and b.horizon == 3
    assert b.mase_flat == pytest.approx(150 / 300)  # the sum of our errors over the naive one's
    assert b.mase_seasonal == pytest.approx(150 / 150)
    assert b.mae == pytest.approx(75)
    assert b.coverage == pytest.approx(5 / 6)
    assert b.brier_deficit == pytest.approx((0.2 ** 2 + 0.1 ** 2) / 2)
    assert b.brier_breach == pytest.approx((0.4 ** 2 + 0.1 ** 2) / 2)
    assert b.to_json()["coverage"] == 0.8333


def test_a_business_whose_balance_never_moved_has_no_mase_and_no_origins_no_result():
    b = business_accuracy("dormant", 3, [origin(0, 0, 0, 3)])
    assert b.mase_flat is None and b.mase_seasonal is None and b.to_json()["mase_flat"] is None
    assert business_accuracy("empty", 3, []) is None


def test_the_reliability_table_bins_predictions_and_counts_what_happened():
    pairs = [(0.01, False), (0.03, True), (0.1, False), (0.9, True), (1.0, True), (0.0, False)]
    assert reliability(pairs) == [
        {"bin": "0.00-0.05", "count": 3, "mean_predicted": round(0.04 / 3, 4), "observed": round(1 / 3, 4)},
        {"bin": "0.05-0.20", "count": 1, "mean_predicted": 0.1, "observed": 0.0},
        {"bin": "0.80-1.00", "count": 2, "mean_predicted": 0.95, "observed": 1.0},
    ]
    assert reliability([]) == []


def test_the_summary_over_businesses():
    good = business_accuracy("good", 3, [origin(10, 100, 20, 3, deficit_p=0.9, deficit=True),
                                         origin(10, 100, 5, 2, breach_p=0.3)])
    bad = business_accuracy("bad", 3, [origin(300, 100, 100, 0, deficit_p=0.5)])
    still = business_accuracy("still", 3, [origin(0, 0, 0, 3)])
    s = summarise([good, bad, still])

    assert s["businesses"] == 3 and s["origins"] == 4
    assert s["beats_flat_share"] == 0.5  # good (0.1) beats it, bad (3.0) does not; still has no MASE
    assert s["median_mase_flat"] == 3.0  # the upper median of (0.1, 3.0)
    assert s["beats_seasonal_share"] == 0.5  # good: 20/25 < 1, bad: 3
    assert s["band_coverage"] == round(8 / 12, 4)
    assert s["per_business_coverage_median"] == round(5 / 6, 4)
    assert s["brier_deficit"] == round((0.1 ** 2 + 0 + 0.5 ** 2 + 0) / 4, 4)
    assert s["brier_breach"] == round(0.3 ** 2 / 4, 4)
    assert s["deficit_rate"] == 0.25 and s["breach_rate"] == 0.0
    assert s["reliability_deficit"][0] == {"bin": "0.00-0.05", "count": 2, "mean_predicted": 0.0, "observed": 0.0}
    assert summarise([])["band_coverage"] is None
