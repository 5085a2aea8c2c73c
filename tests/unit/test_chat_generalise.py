"""Classes of questions the analyst has to generalise to (several invented phrasings each): all-time and
season periods, "mid-November" and "in six weeks", qualifiers on rankings (direction, category,
exclusions), derived figures, stated money events, status-quo conditions, past balances, alerts asked
about by subject or in other words, the next run of a recurring payment, one-word questions.
Today is Wednesday 14 Oct 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.chat.intents import find_amount, parse_question
from cashpilot.domain.chat.periods import ALL_TIME, find_date, find_period

TODAY = date(2026, 10, 14)
ENTITIES = [("Brightline Media GmbH", "customer"), ("Northwind Traders AG", "customer"),
            ("Harbour Properties", "supplier"), ("Staples", "supplier"), ("Gusto", "supplier"), ("AWS", "supplier"),
            ("Pinecrest Hotels KG", "customer")]
CATEGORIES = ["Sales Revenue", "Rent", "Salaries & Payroll", "Software & Subscriptions", "Travel", "Utilities",
              "Professional Services", "Taxes"]


def parse(q: str):
    return parse_question(q, TODAY, entities=ENTITIES, categories=CATEGORIES)


# ------------------------------------------------------------------------------------------ periods

@pytest.mark.parametrize("text", ["revenue since we started", "expenses since the beginning", "all-time revenue",
                                  "revenue of all time", "the biggest payment ever", "spending since day one",
                                  "what have we made since we opened", "revenue to date"])
def test_all_time_phrases_reach_back_to_the_first_transaction(text):
    found = find_period(text, TODAY)
    assert found is not None and found[0].label == ALL_TIME and found[0].end == TODAY


@pytest.mark.parametrize(("text", "start", "end"), [
    ("what did we spend over the summer", "2026-06-01", "2026-08-31"),
    ("revenue last summer", "2026-06-01", "2026-08-31"),
    ("revenue over the winter", "2025-12-01", "2026-02-28"),
    ("expenses in the spring", "2026-03-01", "2026-05-31"),
    ("revenue last autumn", "2025-09-01", "2025-11-30"),  # this autumn is not over: last year's
    ("expenses in the fall", "2026-09-01", "2026-10-14"),  # the one in progress, to date
    ("sales during summer 2025", "2025-06-01", "2025-08-31"),
    ("the last couple of months", "2026-08-15", "2026-10-14"),
    ("over the next month", "2026-10-15", "2026-11-13"),
    ("year to date", "2026-01-01", "2026-10-14"),  # not "all time"
])
def test_seasons_and_rolling_spans(text, start, end):
    found = find_period(text, TODAY)
    assert found is not None and (found[0].start.isoformat(), found[0].end.isoformat()) == (start, end)


def test_fall_the_verb_is_not_a_season():
    assert find_period("will our cash fall below 10k", TODAY) is None


@pytest.mark.parametrize(("text", "day"), [
    ("mid-November", "2026-11-15"), ("by mid november", "2026-11-15"), ("in the middle of December", "2026-12-15"),
    ("at the start of december", "2026-12-01"), ("in six weeks", "2026-11-25"), ("in 3 weeks", "2026-11-04"),
    ("a fortnight from now", "2026-10-28"), ("60 days out", "2026-12-13"), ("over the next month", "2026-11-13"),
])
def test_future_days_in_words(text, day):
    found = find_date(text, TODAY, "future")
    assert found is not None and found[0].isoformat() == day


@pytest.mark.parametrize(("text", "amount"), [
    ("a 5k grant", "5000.00"), ("12.5k", "12500.00"), ("€12,500 bill", "12500.00"), ("a 12 500 bill", "12500.00"),
    ("$3,000.50 repair", "3000.50"),
])
def test_money_in_short_forms(text, amount):
    assert find_amount(text) == Decimal(amount)


# ------------------------------------------------------------------------------------------ rankings

@pytest.mark.parametrize(("q", "direction"), [
    ("what were the biggest payments that came in this year", "in"),
    ("largest payments we received last quarter", "in"),
    ("biggest incoming payments in Q3", "in"),
    ("largest payments we made last quarter", "out"),
    ("the biggest bills we paid this year", "out"),
])
def test_biggest_payments_keep_their_direction(q, direction):
    i = parse(q)
    assert i.kind == "biggest_transactions" and i.direction == direction


@pytest.mark.parametrize(("q", "category"), [
    ("what was our largest travel expense", "Travel"),
    ("biggest single software charge this year", "Software & Subscriptions"),
    ("most expensive utilities bill we've had", "Utilities"),
])
def test_biggest_payment_in_a_category(q, category):
    i = parse(q)
    assert i.kind == "biggest_transactions" and i.category == category and i.direction == "out"


@pytest.mark.parametrize("q", ["what's the biggest payment we've ever received",
                               "largest single payment we've ever made", "biggest deposit we've had",
                               "the most a client has paid us in one go"])
def test_ever_means_all_time_for_biggest(q):
    i = parse(q)
    assert i.kind == "biggest_transactions" and i.period is not None and i.period.label == ALL_TIME


def test_a_payee_known_by_another_name_is_searched_in_descriptions():
    i = parse("what's the most we've ever paid Amazon for hosting in one go")
    assert i.kind == "biggest_transactions" and i.text == "amazon" and i.limit == 1 and i.direction == "out"
    j = parse("what's the most we've ever paid AWS in one go")
    assert j.kind == "biggest_transactions" and j.entity == "AWS" and j.limit == 1


@pytest.mark.parametrize(("q", "direction", "start"), [
    ("rank my clients by what they paid us in 2025", "in", "2025-01-01"),
    ("list our customers by revenue this year", "in", "2026-01-01"),
    ("sort our suppliers by spend last year", "out", "2025-01-01"),
])
def test_rankings_in_words(q, direction, start):
    i = parse(q)
    assert i.kind == "top_entities" and i.direction == direction and i.period.start.isoformat() == start
    assert i.limit >= 5


@pytest.mark.parametrize(("q", "categories", "entities"), [
    ("who were our biggest suppliers last year, leaving payroll aside", ("Salaries & Payroll",), ()),
    ("top suppliers this year excluding Gusto", (), ("Gusto",)),
    ("biggest expenses this year apart from payroll", ("Salaries & Payroll",), ()),
    ("biggest costs last year other than rent and payroll", ("Rent", "Salaries & Payroll"), ()),
    ("top vendors, not counting Harbour or Gusto", (), ("Harbour Properties", "Gusto")),
])
def test_exclusions_are_left_out_of_rankings(q, categories, entities):
    i = parse(q)
    assert i.kind in ("top_entities", "biggest_transactions")
    assert set(i.exclude_categories) == set(categories) and set(i.exclude_entities) == set(entities)
    assert i.category is None and i.entity is None


# ------------------------------------------------------------------------------------------ derived figures

@pytest.mark.parametrize(("q", "metric", "months"), [
    ("what's our average monthly revenue over the last 6 months", "revenue", 6),
    ("average monthly expenses over the past 3 months", "expenses", 3),
    ("on average how much do we spend a month, last 4 months", "expenses", 4),
    ("what do we bring in per month on average", "revenue", 12),
])
def test_monthly_averages(q, metric, months):
    i = parse(q)
    assert i.kind == "totals" and i.reading == "average" and i.metric == metric and i.months == months


@pytest.mark.parametrize(("q", "amount"), [
    ("are we above our 20k cushion and by how much", "20000.00"),
    ("how far above 40k are we", "40000.00"),
    ("how much headroom do we have over our 30k minimum", "30000.00"),
    ("are we still above our buffer", None),
])
def test_balance_against_a_stated_amount(q, amount):
    i = parse(q)
    assert i.kind == "balance" and i.buffer and i.amount == (Decimal(amount) if amount else None)


@pytest.mark.parametrize("q", ["how many months could we survive with zero revenue",
                               "if all our revenue stopped how long would the cash last",
                               "how long can we keep going without any income"])
def test_survival_without_revenue(q):
    i = parse(q)
    assert i.kind == "runway" and i.reading == "survival"


@pytest.mark.parametrize("q", ["if nothing changes when do we run out of money",
                               "at this rate when will we run out of cash",
                               "if we carry on like this, how long until we're out of money"])
def test_a_status_quo_condition_is_not_a_scenario(q):
    assert parse(q).kind == "runway"


# ------------------------------------------------------------------------------------------ what-ifs

def test_a_customer_late_with_the_next_payment_read_at_a_date():
    for q in ("say Brightline is two weeks late with their next payment, where are we at the end of the month",
              "assuming Brightline pays their next invoice 14 days late, what's the balance at month end"):
        i = parse(q)
        assert (i.kind, i.scenario, i.entities, i.days, i.occurrences) == (
            "what_if", "customer_pays_late", ("Brightline Media GmbH",), 14, "next")
        assert i.target == date(2026, 10, 31)


@pytest.mark.parametrize(("q", "amount", "on", "target"), [
    ("I have a 12,500 tax bill due on December 10th. How low does that take us?", "-12500.00", "2026-12-10", None),
    ("we're getting a 5k grant on Nov 15 - what's the year end balance with that?", "5000.00", "2026-11-15",
     "2026-12-31"),
    ("we owe 9k in VAT on the 25th of November, where does that leave us", "-9000.00", "2026-11-25", None),
    ("let's say we receive a €7,500 refund on 2026-11-20, what's the balance at the end of november", "7500.00",
     "2026-11-20", "2026-11-30"),
])
def test_stated_money_events_are_one_time_what_ifs(q, amount, on, target):
    i = parse(q)
    assert (i.kind, i.scenario, i.amount, i.event_date.isoformat()) == ("what_if", "one_time", Decimal(amount), on)
    assert (i.target.isoformat() if i.target else None) == target


def test_how_low_reads_the_what_if_at_its_low_point():
    assert parse("a 3,000 repair bill lands next week - how low does cash get?").reading == "low_point"


# ------------------------------------------------------------------------------------------ balances, alerts

@pytest.mark.parametrize(("q", "day"), [
    ("what was in the account at the end of June", "2026-06-30"),
    ("what did we have in the bank on March 31", "2026-03-31"),
    ("how much was in our accounts at the end of last year", "2025-12-31"),
])
def test_past_balances(q, day):
    i = parse(q)
    assert i.kind == "balance" and i.target.isoformat() == day


@pytest.mark.parametrize(("q", "entity"), [
    ("why are you flagging Pinecrest?", "Pinecrest Hotels KG"),
    ("what's up with Brightline", "Brightline Media GmbH"),
    ("what's going on with Northwind?", "Northwind Traders AG"),
    ("is Pinecrest ok", "Pinecrest Hotels KG"),
])
def test_alerts_asked_about_by_subject(q, entity):
    i = parse(q)
    assert i.kind == "explain_alert" and i.entity == entity


@pytest.mark.parametrize(("q", "kind"), [
    ("explain the one about revenue being below what was expected", "revenue_variance"),
    ("why does it say revenue is behind forecast", "revenue_variance"),
    ("tell me about the one saying one client is too big a chunk of revenue", "revenue_concentration"),
    ("what's the alert about sales dropping", "revenue_drop"),
    ("explain the overdue payment warning", "late_payment"),
])
def test_alert_topics_in_other_words(q, kind):
    i = parse(q)
    assert i.kind == "explain_alert" and i.alert_kind == kind


# ------------------------------------------------------------------------------------------ recurring, terse

@pytest.mark.parametrize(("q", "category", "entity"), [
    ("when's the next payroll run and how much is it", "Salaries & Payroll", None),
    ("when is rent due next", "Rent", None),
    ("next rent payment?", "Rent", None),
    ("when does Brightline pay next", None, "Brightline Media GmbH"),
])
def test_the_next_run_of_a_recurring_payment(q, category, entity):
    i = parse(q)
    assert (i.kind, i.reading, i.category, i.entity) == ("recurring", "next", category, entity)


@pytest.mark.parametrize(("q", "kind"), [
    ("rent?", "recurring"), ("payroll?", "recurring"), ("and software?", "recurring"),
    ("how much is payroll", "recurring"),
    ("runway", "runway"), ("bank balance?", "balance"), ("cash?", "balance"), ("Gusto?", "by_entity"),
])
def test_terse_questions_get_the_most_useful_reading(q, kind):
    assert parse(q).kind == kind
