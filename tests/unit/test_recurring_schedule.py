"""The due dates a forecast expects from a stored series (`scheduled_dates`), including rules whose due
date rolls into the previous month (the 1st paid the Friday before)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.recurring import Series, expected_dates, scheduled_dates


def _series(cadence: str, rule: str, next_date: date) -> Series:
    return Series(cadence, rule, Decimal("-100.00"), Decimal("0.00"), date(2025, 1, 1), date(2026, 6, 1),
                  next_date, (), False, 0.9)


@pytest.mark.parametrize(("cadence", "rule", "next_date", "until", "expected"), [
    # Aug 1 2026 is a Saturday: the August payment is due Friday Jul 31; September's on Tuesday the 1st.
    ("monthly", "day_of_month:1:preceding", date(2026, 7, 31), date(2026, 10, 5),
     [date(2026, 7, 31), date(2026, 9, 1), date(2026, 10, 1)]),
    ("monthly", "day_of_month:1:following", date(2026, 11, 2), date(2027, 1, 5),
     [date(2026, 11, 2), date(2026, 12, 1), date(2027, 1, 1)]),
    ("semi_monthly", "semi_monthly:1,15:preceding", date(2026, 10, 30), date(2026, 12, 20),
     [date(2026, 10, 30), date(2026, 11, 13), date(2026, 12, 1), date(2026, 12, 15)]),
    ("biweekly", "weekday:FRI", date(2026, 11, 13), date(2026, 12, 31),
     [date(2026, 11, 13), date(2026, 11, 27), date(2026, 12, 11), date(2026, 12, 25)]),
    ("quarterly", "day_of_month:15", date(2026, 10, 15), date(2027, 6, 30),
     [date(2026, 10, 15), date(2027, 1, 15), date(2027, 4, 15)]),
    ("monthly", "last_business_day", date(2026, 10, 30), date(2027, 1, 31),
     [date(2026, 10, 30), date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 29)]),
    # Jan 1 2028 is a Saturday: due Friday Dec 31 2027; the next year's is Monday Jan 1 2029.
    ("yearly", "day_of_month:1:preceding", date(2027, 12, 31), date(2029, 1, 31),
     [date(2027, 12, 31), date(2029, 1, 1)]),
])
def test_scheduled_dates_follow_the_rule_from_next_date(cadence, rule, next_date, until, expected):
    assert scheduled_dates(_series(cadence, rule, next_date), until) == expected


def test_a_payment_posted_before_a_rolled_due_date_is_matched_to_that_slot():
    series = _series("monthly", "day_of_month:1:preceding", date(2026, 7, 31))
    # The July payment (due Wed Jul 1) came on Jul 1; the August one (due Fri Jul 31) on Jul 31.
    assert expected_dates(series, [date(2026, 7, 1), date(2026, 7, 31)]) == [date(2026, 7, 1), date(2026, 7, 31)]


def test_nothing_is_scheduled_before_next_date_or_after_until():
    series = _series("monthly", "day_of_month:20", date(2026, 12, 20))
    assert scheduled_dates(series, date(2026, 12, 19)) == []
    assert scheduled_dates(series, date(2026, 12, 20)) == [date(2026, 12, 20)]
