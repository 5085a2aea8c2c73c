"""Classes of questions generalised by rule (several invented phrasings each): counterparties by short / long
forms, initials and legal forms; "who did we pay the most"; financial years; outlook questions without a money
word; runway in other words; balances at the start of a period; one-off costs and lost customers; suppliers
named by their role; lists with a filter. Today is Wednesday 14 Oct 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.chat.intents import match_names, parse_question
from cashpilot.domain.chat.periods import find_date, find_period

TODAY = date(2026, 10, 14)
ENTITIES = [("Brightline Media GmbH", "customer"), ("Northwind Traders AG", "customer"),
            ("Harbour Properties", "supplier"), ("Gusto", "supplier"), ("Amazon Web Services", "supplier"),
            ("Pinecrest Hotels KG", "customer"), ("Google Workspace", "supplier"), ("Wagner Partner", "supplier"),
            ("Keller Architects", "customer"), ("Hetzner Online GmbH", "supplier"), ("Slack", "supplier")]
CATEGORIES = ["Sales Revenue", "Rent", "Salaries & Payroll", "Software & Subscriptions", "Travel", "Utilities",
              "Professional Services", "Taxes", "Equipment"]


def parse(q: str, **kw):
    return parse_question(q, TODAY, entities=ENTITIES, categories=CATEGORIES, **kw)


# ------------------------------------------------------------------------------------------ 1. names

@pytest.mark.parametrize(("text", "names", "expected"), [
    ("how much did we pay AWS last quarter", ["Amazon Web Services"], "Amazon Web Services"),
    ("what did amazon web services cost us", ["AWS"], "AWS"),
    ("spend with Amazon Web Services Inc", ["AWS EMEA SARL"], None),  # not a known short form of that name
    ("how much did we pay Google this year", ["Google Workspace"], "Google Workspace"),
    ("what do we pay google workspace", ["Google"], "Google"),
    ("g suite costs", ["Google Workspace"], "Google Workspace"),
    ("how much did KA pay us", ["Keller Architects"], "Keller Architects"),
    ("did Keller Architects Ltd pay", ["Keller Architects"], "Keller Architects"),
    ("what did Brightline Media Ltd pay", ["Brightline Media GmbH"], "Brightline Media GmbH"),
    ("payments from Hetzner", ["Hetzner Online GmbH"], "Hetzner Online GmbH"),
])
def test_names_by_long_or_short_form_initials_and_legal_form(text, names, expected):
    assert match_names(text, names) == ([expected] if expected else [])


@pytest.mark.parametrize("text", ["what is it worth", "are we ok", "what did we pay at the start", "how is it going"])
def test_common_words_are_not_initials(text):
    assert match_names(text, ["Innovative Tech", "Alpha Technologies", "Acme Tools"]) == []


def test_a_bare_brand_word_of_a_known_long_form_is_searched_in_descriptions_not_matched():
    assert match_names("how much did we spend at amazon", ["AWS"]) == []


# ------------------------------------------------------------------------------------------ 2. top payees

@pytest.mark.parametrize(("q", "direction", "start"), [
    ("who did we pay the most in Q3", "out", "2026-07-01"),
    ("who got the most money from us this year", "out", "2026-01-01"),
    ("who did we spend the most with last year", "out", "2025-01-01"),
    ("who is our biggest supplier", "out", None),
    ("who paid us the most last year", "in", "2025-01-01"),
    ("who paid us the most in calendar 2025", "in", "2025-01-01"),
    ("who do we make the most money from", "in", None),
])
def test_who_did_we_pay_the_most_and_who_paid_us(q, direction, start):
    i = parse(q)
    assert i.kind == "top_entities" and i.direction == direction
    assert (i.period.start.isoformat() if i.period else None) == start


@pytest.mark.parametrize(("text", "fiscal_start", "start", "end"), [
    ("revenue in FY2025", 1, "2025-01-01", "2025-12-31"),
    ("revenue in FY 25", 1, "2025-01-01", "2025-12-31"),
    ("revenue in FY2026", 4, "2025-04-01", "2026-03-31"),  # the financial year ending in 2026
    ("revenue in financial year 2025/26", 4, "2025-04-01", "2026-03-31"),
    ("expenses this financial year", 1, "2026-01-01", "2026-10-14"),
    ("expenses this financial year", 4, "2026-04-01", "2026-10-14"),
    ("expenses in the financial year", 11, "2025-11-01", "2026-10-14"),
    ("revenue last fiscal year", 4, "2025-04-01", "2026-03-31"),
    ("sales in calendar 2025", 4, "2025-01-01", "2025-12-31"),
])
def test_financial_and_calendar_years(text, fiscal_start, start, end):
    i = parse(text, fiscal_start=fiscal_start)
    assert (i.period.start.isoformat(), i.period.end.isoformat()) == (start, end)


def test_a_financial_year_phrase_is_found_by_itself():
    found = find_period("what did we make in fy2025", TODAY, fiscal_start=7)
    assert found is not None and (found[0].start, found[0].end) == (date(2024, 7, 1), date(2025, 6, 30))


# ------------------------------------------------------------------------------------------ 3. outlook

@pytest.mark.parametrize(("q", "day"), [
    ("where will we be on 1 December?", "2026-12-01"),
    ("how are we looking for Christmas", "2026-12-25"),
    ("what does December look like", "2026-12-31"),
    ("what will October look like", "2026-10-31"),
    ("how do things look for the end of November", "2026-11-30"),
    ("where will we stand in six weeks", "2026-11-25"),
    ("what does March look like", "2027-03-31"),
])
def test_outlook_without_a_money_word_is_the_forecast_on_that_day(q, day):
    i = parse(q)
    assert i.kind == "forecast_balance" and i.target.isoformat() == day


def test_a_past_month_looked_back_on_is_not_a_forecast():
    assert parse("what did our revenue look like in March").kind != "forecast_balance"


# ------------------------------------------------------------------------------------------ 4. runway

@pytest.mark.parametrize("q", ["at the rate we're going how long till the money runs out", "how long can we keep going",
                               "when do we hit zero", "the way things are going, when will the cash run out",
                               "how long before the money is gone", "how long can we carry on",
                               "when does the bank hit zero"])
def test_runway_in_other_words(q):
    assert parse(q).kind == "runway"


# ------------------------------------------------------------------------------------------ 5. past balances

@pytest.mark.parametrize(("q", "day"), [
    ("what was our balance at the start of the year", "2025-12-31"),
    ("how much money did we have at the beginning of the year", "2025-12-31"),
    ("how much did we have at the beginning of the month", "2026-09-30"),
    ("how much cash did we have at the start of the quarter", "2026-09-30"),
    ("what was the balance at the beginning of last month", "2026-08-31"),
])
def test_balance_at_the_start_of_a_period_is_the_close_of_the_day_before(q, day):
    i = parse(q)
    assert i.kind == "balance" and i.target.isoformat() == day and i.reading == "opening"


@pytest.mark.parametrize(("q", "day"), [("what was the balance a month ago", "2026-09-14"),
                                        ("what did we have in the bank on 1 September", "2026-09-01")])
def test_balance_on_a_past_day(q, day):
    i = parse(q)
    assert i.kind == "balance" and i.target.isoformat() == day and i.reading is None


def test_the_start_of_a_unit_is_a_day():
    assert find_date("at the start of next month", TODAY, "future")[0] == date(2026, 11, 1)
    assert find_date("at the beginning of the week", TODAY, "past")[0] == date(2026, 10, 12)


# ------------------------------------------------------------------------------------------ 6. what-ifs

@pytest.mark.parametrize("q", [
    "we have a one-off tax bill of EUR 15,000 due on 15 December, what will our balance be at year end?",
    "what if we have to pay 15,000 EUR on 15 December, balance at the end of the year?",
    "a €15k tax bill on 15 December - where does that leave us at year end",
    "suppose a one-off cost of 15 000 euros lands on 15 December: what's the year-end balance?",
])
def test_a_one_off_cost_on_a_day_read_at_year_end(q):
    i = parse(q)
    assert (i.kind, i.scenario, i.amount) == ("what_if", "one_time", Decimal("-15000.00"))
    assert i.event_date == date(2026, 12, 15) and i.target == date(2026, 12, 31)


@pytest.mark.parametrize(("q", "who"), [
    ("what if Brightline stopped working with us", "Brightline Media GmbH"),
    ("if we lost Northwind what happens to cash", "Northwind Traders AG"),
    ("what does cash look like without Pinecrest", "Pinecrest Hotels KG"),
    ("what if Keller Architects walks away", "Keller Architects"),
    ("what if Brightline took their business elsewhere", "Brightline Media GmbH"),
    ("where would we be without Northwind", "Northwind Traders AG"),
])
def test_losing_a_customer(q, who):
    i = parse(q)
    assert (i.kind, i.scenario, i.entities) == ("what_if", "lose_customer", (who,))


def test_without_a_customer_in_a_ranking_is_an_exclusion():
    i = parse("top customers this year without Brightline")
    assert i.kind == "top_entities" and i.exclude_entities == ("Brightline Media GmbH",)


# ------------------------------------------------------------------------------------------ 7. roles

@pytest.mark.parametrize(("q", "role"), [
    ("how much did we pay the accountant this year", "accountant"),
    ("what do we pay our tax adviser", "tax adviser"),
    ("what did the tax advisor charge us last year", "tax advisor"),
    ("how much does the bookkeeper cost us", "bookkeeper"),
    ("what did we pay the lawyer this year", "lawyer"),
])
def test_a_role_is_a_supplier_under_professional_services_not_taxes(q, role):
    i = parse(q)
    assert i.category == "Professional Services" and i.role == role


@pytest.mark.parametrize(("q", "who"), [
    ("how much did we pay the landlord last quarter", "Harbour Properties"),
    ("how much do we pay our payroll provider", "Gusto"),
    ("what did the hosting provider cost this year", "Hetzner Online GmbH"),
])
def test_a_role_whose_supplier_name_fits_is_that_supplier(q, who):
    others = [e for e in ENTITIES if e[0] != "Amazon Web Services"]
    assert parse_question(q, TODAY, entities=others, categories=CATEGORIES).entity == who


def test_a_role_several_suppliers_fit_is_left_to_the_analyst():
    i = parse("what did the hosting provider cost this year")
    assert i.entity is None and i.role == "hosting provider" and i.category == "Software & Subscriptions"


def test_the_taxes_category_is_still_taxes():
    assert parse("how much tax did we pay this year").category == "Taxes"


# ------------------------------------------------------------------------------------------ 8. lists

@pytest.mark.parametrize("q", ["which subscriptions do we pay", "what subscriptions do we have",
                               "list our software subscriptions"])
def test_subscriptions_are_recurring_payments_in_the_software_category(q):
    i = parse(q)
    assert (i.kind, i.direction, i.category) == ("recurring", "out", "Software & Subscriptions")


@pytest.mark.parametrize(("q", "day"), [
    ("what regular bills still go out before the end of this month", "2026-10-31"),
    ("which bills are still due this month", "2026-10-31"),
    ("what payments are still to go out in the next two weeks", "2026-10-28"),
    ("any direct debits left to come this month?", "2026-10-31"),
])
def test_recurring_payments_still_due_by_a_day(q, day):
    i = parse(q)
    assert (i.kind, i.direction) == ("recurring", "out") and i.target.isoformat() == day


@pytest.mark.parametrize(("q", "left_out"), [
    ("leaving payroll aside, which category was largest", ("Salaries & Payroll",)),
    ("excluding rent, what was our biggest expense category this year", ("Rent",)),
    ("apart from salaries and rent, where does most of our money go", ("Salaries & Payroll", "Rent")),
])
def test_exclusions_apply_to_category_rankings(q, left_out):
    i = parse(q)
    assert i.kind == "by_category" and set(i.exclude_categories) == set(left_out)
