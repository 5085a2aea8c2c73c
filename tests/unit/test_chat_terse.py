"""Fourth generalisation round: terse and abbreviated questions, year-over-year and month-over-month
comparisons, a reading day named beside an event, context sentences around the question, derived readings
(balance above a stated amount, the worst moment, how long money lasts, a shortfall risk), delays in other
verbs, and numbers that are days, not money. Several invented phrasings per class, terse and non-native
ones included. Today is Wednesday 14 Oct 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.chat.intents import find_amount, normalise
from cashpilot.domain.chat.periods import ALL_TIME, find_date, find_period

# The same business and day as the phrasing tests.
from tests.unit.test_chat_phrasings import CATEGORIES, ENTITIES, TODAY, parse  # noqa: F401


def span(i) -> tuple[str, str]:
    return i.period.start.isoformat(), i.period.end.isoformat()


# ------------------------------------------------------------------------------------------ terse

@pytest.mark.parametrize(("q", "metric", "start", "end"), [
    ("rev sept?", "revenue", "2026-09-01", "2026-09-30"),
    ("opex month to date", "expenses", "2026-10-01", "2026-10-14"),
    ("exp Q2", "expenses", "2026-04-01", "2026-06-30"),
    ("net ytd", "net", "2026-01-01", "2026-10-14"),
    ("exps mtd pls", "expenses", "2026-10-01", "2026-10-14"),
    ("costs aug", "expenses", "2026-08-01", "2026-08-31"),
    ("revenue 2024", "revenue", "2024-01-01", "2024-12-31"),
    ("sales 2025?", "revenue", "2025-01-01", "2025-12-31"),
    ("p&l last qtr", "net", "2026-07-01", "2026-09-30"),
])
def test_terse_totals(q, metric, start, end):
    i = parse(q)
    assert (i.kind, i.metric, span(i)) == ("totals", metric, (start, end))


@pytest.mark.parametrize(("q", "category", "start"), [
    ("travel costs 2025", "Travel", "2025-01-01"), ("rent 2025?", "Rent", "2025-01-01"),
    ("software exp q3", "Software & Subscriptions", "2026-07-01"),
])
def test_terse_category_totals(q, category, start):
    i = parse(q)
    assert (i.kind, i.category, i.period.start.isoformat()) == ("by_category", category, start)


@pytest.mark.parametrize("q", ["burn?", "burn rate pls", "how long the money will last us?",
                               "how long will our cash last", "how long can we keep going with the cash we have"])
def test_terse_and_loose_runway(q):
    assert parse(q).kind == "runway"


def test_a_bare_year_is_a_period_but_not_inside_a_date_or_an_amount():
    assert find_period("forecast for 2026-12-31", TODAY) is None
    assert find_period("a 2025k loan", TODAY) is None
    assert find_period("travel costs 2025", TODAY)[0].start == date(2025, 1, 1)


def test_short_forms_are_written_out():
    assert normalise("Rev MoM -> vs prev yr?") == "revenue month-over-month, vs previous year?"
    assert normalise("most big payment") == "biggest payment"


# ------------------------------------------------------------------------------------------ comparisons

@pytest.mark.parametrize(("q", "now", "before"), [
    ("this september vs september last year", ("2026-09-01", "2026-09-30"), ("2025-09-01", "2025-09-30")),
    ("YoY revenue growth for August", ("2026-08-01", "2026-08-31"), ("2025-08-01", "2025-08-31")),
    ("revenue in september compared to the same month last year", ("2026-09-01", "2026-09-30"),
     ("2025-09-01", "2025-09-30")),
    ("sales in q3 vs last year", ("2026-07-01", "2026-09-30"), ("2025-07-01", "2025-09-30")),
    ("expenses this quarter vs the same quarter last year", ("2026-10-01", "2026-10-14"),
     ("2025-10-01", "2025-10-14")),
    ("year on year revenue", ("2026-01-01", "2026-10-14"), ("2025-01-01", "2025-10-14")),
    ("revenue august compare with last year's august", ("2026-08-01", "2026-08-31"), ("2025-08-01", "2025-08-31")),
])
def test_year_over_year_compares_the_same_period_a_year_earlier(q, now, before):
    i = parse(q)
    assert i.kind == "totals" and i.compare and span(i) == now
    assert (i.previous.start.isoformat(), i.previous.end.isoformat()) == before


def test_the_whole_years_still_compare_whole_years():
    i = parse("Revenue this year vs last year")
    assert (i.previous.start, i.previous.end) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(("q", "start", "end"), [
    ("MoM revenue", "2026-09-01", "2026-09-30"), ("expenses month on month", "2026-09-01", "2026-09-30"),
    ("revenue QoQ", "2026-07-01", "2026-09-30"), ("MoM revenue for august", "2026-08-01", "2026-08-31"),
])
def test_month_and_quarter_over_the_one_before(q, start, end):
    i = parse(q)
    assert i.kind == "totals" and i.compare and span(i) == (start, end) and i.previous is None


# ------------------------------------------------------------------------------------------ dates

@pytest.mark.parametrize(("q", "target"), [
    ("We have a Christmas party planned, what's the balance at the end of December?", date(2026, 12, 31)),
    ("xmas bonuses go out soon - projected cash on 30 nov?", date(2026, 11, 30)),
    ("what will our balance be before christmas", date(2026, 12, 24)),
    ("cash we will have before new year", date(2026, 12, 31)),
    ("what will the balance be before 1 december", date(2026, 11, 30)),
])
def test_the_explicit_reading_day_wins_and_before_means_the_day_before(q, target):
    i = parse(q)
    assert (i.kind, i.target) == ("forecast_balance", target)


def test_a_holiday_alone_is_still_a_day():
    assert find_date("balance on christmas", TODAY, "future")[0] == date(2026, 12, 25)


# ------------------------------------------------------------------------------------------ context

@pytest.mark.parametrize("q", [
    "We just ran payroll last week. How much money is sitting in the account today?",
    "Payroll went out yesterday and rent is due soon. Roughly how much do we have in the bank right now?",
    "I'm worried about payroll. What's our balance?",
    "The rent was paid on the 1st. how much cash we have now?",
])
def test_context_sentences_do_not_hijack_the_question(q):
    assert parse(q).kind == "balance"


def test_a_question_pointing_back_at_the_context_keeps_its_subject():
    i = parse("Brightline is our oldest client. How much did they pay us this year?")
    assert (i.kind, i.entity) == ("by_entity", "Brightline Media GmbH")


def test_a_scenario_stated_before_the_question_is_simulated():
    i = parse("I have a 12,500 tax bill due on December 10th. How low does that take us?")
    assert (i.kind, i.scenario, i.amount) == ("what_if", "one_time", Decimal("-12500.00"))


# ------------------------------------------------------------------------------------------ derived readings

@pytest.mark.parametrize(("q", "amount"), [
    ("how much do we have above our 20k buffer today", "20000.00"),
    ("how much money have we got over 15k right now", "15000.00"),
    ("cash we have left on top of the 10k reserve?", "10000.00"),
])
def test_balance_above_a_stated_amount(q, amount):
    i = parse(q)
    assert (i.kind, i.buffer, i.amount) == ("balance", True, Decimal(amount))


@pytest.mark.parametrize("q", ["when is the worst moment for my money coming up?", "toughest week for cash ahead?",
                               "when is the cash crunch"])
def test_the_worst_moment_is_the_low_point(q):
    assert parse(q).kind == "low_point"


@pytest.mark.parametrize(("q", "days"), [
    ("Are we at risk of a cash shortfall in the next two months?", 60),
    ("any risk of cash shortage within 30 days", 30),
    ("could we not have enough cash in the next 3 months", 90),
])
def test_shortfall_risk_windows(q, days):
    i = parse(q)
    assert (i.kind, i.days) == ("deficit_risk", days)


@pytest.mark.parametrize(("q", "who"), [
    ("most big payment Brightline ever make to us", "Brightline Media GmbH"),
    ("what is the largest payment Northwind ever made to us", "Northwind Traders AG"),
    ("biggest single payment from pinecrest ever", "Pinecrest Hotels KG"),
])
def test_the_largest_single_payment_from_a_customer_of_all_time(q, who):
    i = parse(q)
    assert (i.kind, i.entity, i.direction, i.limit, i.period.label) == ("biggest_transactions", who, "in", 1,
                                                                         ALL_TIME)


# ------------------------------------------------------------------------------------------ what-if delays

@pytest.mark.parametrize(("q", "days", "target"), [
    ("hold the rent back by 10 days. What's our cash on 5 November", 10, date(2026, 11, 5)),
    ("payroll pushed back a week -> balance on oct 31?", 7, date(2026, 10, 31)),
    ("if rent slips by two weeks, balance at end of month?", 14, date(2026, 10, 31)),
    ("we pay Gusto late by 5 days, what's cash on 20 Oct", 5, date(2026, 10, 20)),
    ("defer the rent 10 days, what is the balance on 5 november", 10, date(2026, 11, 5)),
    ("postponing payroll by 3 days how does cash look on oct 30", 3, date(2026, 10, 30)),
])
def test_delays_in_other_verbs(q, days, target):
    i = parse(q)
    assert (i.kind, i.scenario, i.days, i.target) == ("what_if", "delay_payment", days, target)
    assert i.entities or i.category


@pytest.mark.parametrize("text", ["whats our cash on 5 November", "balance on oct 31", "by the 15th",
                                  "top 3 customers", "hold it back by 10 days", "on Nov 5 2026"])
def test_days_and_counts_are_not_money(text):
    assert find_amount(text) is None


@pytest.mark.parametrize(("text", "amount"), [("a 50 fee", "50.00"), ("a server for 8000", "8000.00"),
                                              ("€40 on 5 Nov", "40.00"), ("2,500.50", "2500.50")])
def test_money_still_is_money(text, amount):
    assert find_amount(text) == Decimal(amount)
