"""Phrasings beyond the evaluation set's: named days, tenses, halves, windows, alert topics, recurring
amounts, what-if delays in words. Several phrasings per class, so the parser is tested for the class,
not for one sentence. Today is Wednesday 14 Oct 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.chat.intents import parse_question
from cashpilot.domain.chat.periods import find_date, resolve_period

TODAY = date(2026, 10, 14)
ENTITIES = [("Brightline Media GmbH", "customer"), ("Northwind Traders AG", "customer"),
            ("Harbour Properties", "supplier"), ("Staples", "supplier"), ("Gusto", "supplier"),
            ("Pinecrest Hotels KG", "customer")]
CATEGORIES = ["Sales Revenue", "Rent", "Salaries & Payroll", "Software & Subscriptions", "Travel", "Utilities",
              "Professional Services", "Taxes"]


def parse(q: str):
    return parse_question(q, TODAY, entities=ENTITIES, categories=CATEGORIES)


@pytest.mark.parametrize(("text", "tense", "day"), [
    ("on christmas", "nearest", "2026-12-25"),
    ("on Christmas Day", "future", "2026-12-25"),
    ("on christmas eve", "past", "2025-12-24"),
    ("new year's eve", "future", "2026-12-31"),
    ("on New Years Day", "future", "2027-01-01"),
    ("december 1st", "future", "2026-12-01"),
    ("1 Dec", "nearest", "2026-12-01"),
    ("on the 15th", "future", "2026-10-15"),
    ("on the 1st", "past", "2026-10-01"),
    ("the 15th of next month", "nearest", "2026-11-15"),
    ("at the end of june", "nearest", "2026-06-30"),  # June is past: last June, not next year's
    ("at the end of june", "future", "2027-06-30"),
    ("end of november", "nearest", "2026-11-30"),
    ("in september", "past", "2026-09-30"),
    ("by the end of next month", "nearest", "2026-11-30"),
    ("at the end of last month", "nearest", "2026-09-30"),
    ("at year end", "nearest", "2026-12-31"),
    ("10 days ago", "nearest", "2026-10-04"),
    ("within the next 30 days", "future", "2026-11-13"),
])
def test_named_and_yearless_days_follow_the_tense(text, tense, day):
    found = find_date(text, TODAY, tense)
    assert found is not None and found[0].isoformat() == day


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("the week before last", "2026-09-28", "2026-10-04"),
    ("week before last", "2026-09-28", "2026-10-04"),
    ("the first half of the year", "2026-01-01", "2026-06-30"),
    ("H1", "2026-01-01", "2026-06-30"),
    ("h2", "2026-07-01", "2026-10-14"),
    ("second half of last year", "2025-07-01", "2025-12-31"),
    ("first half of 2025", "2025-01-01", "2025-06-30"),
    ("the past 3 months", "2026-07-15", "2026-10-14"),
    ("past three months", "2026-07-15", "2026-10-14"),
    ("this year so far", "2026-01-01", "2026-10-14"),
    ("the month before last", "2026-08-01", "2026-08-31"),
    ("the quarter before last", "2026-04-01", "2026-06-30"),
    ("the past fortnight", "2026-10-01", "2026-10-14"),
])
def test_more_period_phrases(phrase, start, end):
    p = resolve_period(phrase, TODAY)
    assert p is not None and (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("question", "target"), [
    ("what was our balance at the end of June", date(2026, 6, 30)),
    ("balance at the end of june", date(2026, 6, 30)),
    ("how much cash did we have on 1 september", date(2026, 9, 1)),
    ("what was the balance in september", date(2026, 9, 30)),
    ("cash position at the end of last month", date(2026, 9, 30)),
])
def test_a_past_day_is_the_booked_balance_not_a_forecast(question, target):
    i = parse(question)
    assert (i.kind, i.target) == ("balance", target)


@pytest.mark.parametrize(("question", "target"), [
    ("what will the balance be at the end of june", date(2027, 6, 30)),
    ("what's the balance on christmas", date(2026, 12, 25)),
    ("projected cash on new year's eve", date(2026, 12, 31)),
    ("balance on 1 Dec", date(2026, 12, 1)),
    ("what will we have on the 15th", date(2026, 10, 15)),
])
def test_a_future_day_is_a_forecast(question, target):
    i = parse(question)
    assert (i.kind, i.target) == ("forecast_balance", target)


@pytest.mark.parametrize("question", ["what's our biggest expense category", "biggest spending category last quarter",
                                      "which category do we spend the most on", "top cost category this year"])
def test_the_biggest_category_is_not_the_biggest_payment(question):
    i = parse(question)
    assert (i.kind, i.limit, i.metric) == ("by_category", 1, "expenses")


@pytest.mark.parametrize("question", ["what's the biggest thing we bought at staples",
                                      "largest single purchase from Staples this year",
                                      "most expensive item we paid staples for"])
def test_the_biggest_item_at_a_supplier_is_one_transaction(question):
    i = parse(question)
    assert (i.kind, i.entity, i.limit, i.direction) == ("biggest_transactions", "Staples", 1, "out")


@pytest.mark.parametrize("question", ["did we spend more on software last quarter than the quarter before",
                                      "was rent higher in q3 than q2", "travel costs this year vs last year"])
def test_a_category_compared_with_an_earlier_period(question):
    i = parse(question)
    assert i.kind == "by_category" and i.category and i.compare


@pytest.mark.parametrize(("question", "until"), [
    ("how tight does cash get before christmas", date(2026, 12, 24)),  # up to the day before
    ("lowest point in the next 30 days", date(2026, 11, 13)),
    ("what's the lowest our balance gets by the end of next month", date(2026, 11, 30)),
])
def test_a_low_point_within_a_window(question, until):
    i = parse(question)
    assert (i.kind, i.target) == ("low_point", until)


@pytest.mark.parametrize(("question", "kind"), [
    ("why does it say my revenue dropped", "revenue_drop"),
    ("what's this warning about sales falling", "revenue_drop"),
    ("what's the alert about the buffer", "buffer_breach"),
    ("explain the payroll warning", "payroll_safety"),
    ("tell me about the late payment alert", "late_payment"),
    ("why am i told we rely on one client too much", "revenue_concentration"),
])
def test_an_alert_is_explained_by_its_topic(question, kind):
    i = parse(question)
    assert (i.kind, i.alert_kind) == ("explain_alert", kind)


def test_an_alert_about_a_named_customer():
    i = parse("what's the alert about pinecrest")
    assert (i.kind, i.entity) == ("explain_alert", "Pinecrest Hotels KG")


@pytest.mark.parametrize(("question", "days", "buffer"), [
    ("what are the chances we run out of money", None, False),
    ("will we go into the red next month", 47, False),
    ("could we go overdrawn in the next 60 days", 60, False),
    ("risk of dropping below my buffer", None, True),
    ("odds we dip below 25k before christmas", 71, True),  # up to 24 December
])
def test_deficit_and_buffer_risk(question, days, buffer):
    i = parse(question)
    assert (i.kind, i.days, i.buffer) == ("deficit_risk", days, buffer)


def test_a_buffer_stated_in_the_question_is_used():
    assert parse("what's the risk we fall below 25k").amount == Decimal("25000.00")


@pytest.mark.parametrize(("question", "category"), [
    ("monthly payroll", "Salaries & Payroll"),
    ("how much is rent each month", "Rent"),
    ("what do I pay the accountant each quarter", "Professional Services"),
    ("what's our usual software bill per month", "Software & Subscriptions"),
])
def test_a_recurring_amount_is_the_series_not_this_months_spend(question, category):
    i = parse(question)
    assert (i.kind, i.category) == ("recurring", category)


def test_a_recurring_amount_for_a_named_supplier():
    i = parse("how much do we pay gusto every month")
    assert (i.kind, i.entity) == ("recurring", "Gusto")


@pytest.mark.parametrize(("question", "days"), [
    ("what if we delay rent by a week", 7),
    ("what if we push back payroll two weeks", 14),
    ("what if we pay gusto a fortnight late", 14),
    ("what if we postpone rent a month", 30),
    ("if we hold off on payroll for 10 days what happens", 10),
])
def test_delays_in_words(question, days):
    i = parse(question)
    assert (i.kind, i.scenario, i.days) == ("what_if", "delay_payment", days)


@pytest.mark.parametrize(("question", "target"), [
    ("what's my balance on Nov 10 if I delay rent by 2 weeks", date(2026, 11, 10)),
    ("what would the balance be at year end if we push back payroll a fortnight", date(2026, 12, 31)),
    ("if brightline pays 3 weeks late what's our cash at the end of november", date(2026, 11, 30)),
])
def test_a_what_if_is_read_at_the_date_asked(question, target):
    i = parse(question)
    assert i.kind == "what_if" and i.target == target and i.days in (14, 21)


@pytest.mark.parametrize(("question", "on", "target"), [
    ("what if we get a 15k tax bill on December 1", date(2026, 12, 1), None),
    ("what if a 15k tax bill lands on 1 dec, what's the balance at year end", date(2026, 12, 1), date(2026, 12, 31)),
    ("what would my cash be in 60 days if we pay 8k tomorrow", date(2026, 10, 15), date(2026, 12, 13)),
])
def test_a_one_time_cost_and_the_day_to_read(question, on, target):
    i = parse(question)
    assert (i.scenario, i.amount < 0, i.event_date, i.target) == ("one_time", True, on, target)


@pytest.mark.parametrize(("question", "kind", "metric"), [
    ("takings last month", "totals", "revenue"),
    ("what were our outgoings in september", "totals", "expenses"),
    ("overheads this quarter", "totals", "expenses"),
    ("were we profitable in q3", "totals", "net"),
    ("money in last week", "totals", "revenue"),
    ("how much came in since june", "totals", "revenue"),
    ("are costs going up", "totals", "expenses"),
])
def test_synonyms(question, kind, metric):
    i = parse(question)
    assert (i.kind, i.metric) == (kind, metric)
