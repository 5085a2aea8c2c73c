"""Date phrases an owner uses, resolved against the business's today (here Wednesday 14 Oct 2026)."""

from __future__ import annotations

from datetime import date

import pytest
from cashpilot.domain.chat.periods import Period, find_future_date, find_period, previous_period, resolve_period

TODAY = date(2026, 10, 14)


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("revenue last month", "2026-09-01", "2026-09-30"),
    ("this month", "2026-10-01", "2026-10-14"),
    ("in Q3", "2026-07-01", "2026-09-30"),
    ("Q3 2025", "2025-07-01", "2025-09-30"),
    ("since January", "2026-01-01", "2026-10-14"),
    ("next 30 days", "2026-10-15", "2026-11-13"),
    ("last 90 days", "2026-07-17", "2026-10-14"),
    ("this year", "2026-01-01", "2026-10-14"),
    ("last year", "2025-01-01", "2025-12-31"),
    ("in March", "2026-03-01", "2026-03-31"),
    ("in November", "2025-11-01", "2025-11-30"),  # not started this year: last year's
    ("yesterday", "2026-10-13", "2026-10-13"),
    ("last week", "2026-10-05", "2026-10-11"),
    ("last quarter", "2026-07-01", "2026-09-30"),
    ("the past 6 months", "2026-04-15", "2026-10-14"),
    ("May 2026", "2026-05-01", "2026-05-31"),
    ("the second quarter of 2026", "2026-04-01", "2026-06-30"),
    ("from 2026-02-03 to 2026-02-10", "2026-02-03", "2026-02-10"),
])
def test_phrases_resolve_to_periods(phrase, start, end):
    p = resolve_period(phrase, TODAY)
    assert p is not None and (p.start.isoformat(), p.end.isoformat()) == (start, end)


def test_a_quarter_not_started_yet_this_year_means_last_years():
    assert resolve_period("Q3", date(2026, 2, 10)) == Period(date(2025, 7, 1), date(2025, 9, 30), "Q3 2025")
    assert resolve_period("Q4", TODAY) == Period(date(2026, 10, 1), TODAY, "Q4 2026")  # started: to date


def test_may_the_verb_is_not_a_month_and_no_phrase_is_none():
    assert find_period("may I see the numbers", TODAY) is None
    assert find_period("how are we doing", TODAY) is None


def test_the_earliest_phrase_wins_and_the_phrase_is_returned():
    period, phrase = find_period("revenue in september compared with august", TODAY)
    assert phrase == "september" and period.start == date(2026, 9, 1)


@pytest.mark.parametrize(("start", "end", "prev"), [
    ("2026-09-01", "2026-09-30", ("2026-08-01", "2026-08-31")),  # a month: the month before
    ("2026-10-01", "2026-10-14", ("2026-09-01", "2026-09-14")),  # to date: the same days
    ("2026-07-01", "2026-09-30", ("2026-04-01", "2026-06-30")),  # a quarter
    ("2026-01-01", "2026-10-14", ("2025-01-01", "2025-10-14")),  # year to date
    ("2026-07-17", "2026-10-14", ("2026-04-18", "2026-07-16")),  # rolling days
    ("2026-03-01", "2026-03-31", ("2026-02-01", "2026-02-28")),
])
def test_previous_period(start, end, prev):
    p = previous_period(Period(date.fromisoformat(start), date.fromisoformat(end), ""))
    assert (p.start.isoformat(), p.end.isoformat()) == prev


@pytest.mark.parametrize(("text", "day"), [
    ("balance in 30 days", "2026-11-13"),
    ("in two weeks", "2026-10-28"),
    ("on 15 December", "2026-12-15"),
    ("on December 15th", "2026-12-15"),
    ("on 1 October", "2027-10-01"),  # already past this year: next year's
    ("by the end of the month", "2026-10-31"),
    ("at the end of next month", "2026-11-30"),
    ("on 2026-12-01", "2026-12-01"),
    ("60 days from now", "2026-12-13"),
    ("end of November", "2026-11-30"),
    ("next week", "2026-10-21"),
    ("in 3 months", "2027-01-14"),
])
def test_future_dates(text, day):
    found = find_future_date(text, TODAY)
    assert found is not None and found[0].isoformat() == day


def test_no_future_date():
    assert find_future_date("what is my balance", TODAY) is None
