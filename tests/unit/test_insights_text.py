"""The weekly summary's figures and text: the numbers a week adds up to, said in plain language with the
amounts and the change against the week before; notable changes only when a customer or a category does
something its previous eight weeks did not."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.detection.model import Txn
from cashpilot.domain.insights import (
    compose,
    last_complete_week,
    money,
    percent_change,
    week_label,
    weekly_figures,
)

WEEK = date(2026, 3, 9)  # a Monday
ACME, BETA = uuid.uuid4(), uuid.uuid4()
RENT, SOFTWARE, EQUIPMENT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
NAMES = {ACME: "Acme Ltd", BETA: "Beta GmbH", RENT: "Rent", SOFTWARE: "Software & Subscriptions",
         EQUIPMENT: "Equipment"}


def t(day: date, amount: str, *, entity: uuid.UUID | None = None, category: uuid.UUID | None = None) -> Txn:
    return Txn(id=uuid.uuid4(), date=day, amount=Decimal(amount), entity_id=entity,
               entity_name=NAMES.get(entity), category_id=category, category_name=NAMES.get(category))


def usual_weeks() -> list[Txn]:
    """Eight weeks before the week before: Acme pays 1,000 a week, software costs 50 a week, rent 1,500
    in the first week of each month."""
    rows = []
    for w in range(2, 10):
        monday = WEEK - timedelta(weeks=w)
        rows += [t(monday + timedelta(days=1), "1000.00", entity=ACME),
                 t(monday + timedelta(days=2), "-50.00", category=SOFTWARE)]
        if monday.day <= 7:
            rows.append(t(monday, "-1500.00", category=RENT))
    return rows


def test_last_complete_week_is_the_monday_sunday_week_that_ended_before_today():
    assert last_complete_week(date(2026, 3, 16)) == WEEK  # a Monday: yesterday's week
    assert last_complete_week(date(2026, 3, 22)) == WEEK  # a Sunday: this week is not over yet
    assert last_complete_week(date(2026, 3, 18)) == WEEK
    assert week_label(WEEK) == "9-15 March 2026"
    assert week_label(date(2026, 3, 30)) == "30 March to 5 April 2026"
    assert week_label(date(2025, 12, 29)) == "29 December 2025 to 4 January 2026"


def test_a_week_in_figures_and_words():
    previous = [t(WEEK - timedelta(days=6), "1000.00", entity=ACME), t(WEEK - timedelta(days=5), "-50.00",
                                                                         category=SOFTWARE),
                t(WEEK - timedelta(days=4), "-150.00")]  # uncategorised: counts, names nothing
    this = [t(WEEK, "1200.00", entity=ACME), t(WEEK + timedelta(days=2), "150.00", entity=BETA),
            t(WEEK + timedelta(days=3), "-1500.00", category=RENT),
            t(WEEK + timedelta(days=4), "-50.00", category=SOFTWARE),
            t(WEEK + timedelta(days=7), "-9999.00", category=RENT)]  # next week: not counted
    f = weekly_figures([*usual_weeks(), *previous, *this], week_start=WEEK, currency="EUR")
    assert (f.revenue, f.expenses, f.net) == (Decimal("1350.00"), Decimal("1550.00"), Decimal("-200.00"))
    assert (f.previous_revenue, f.previous_expenses, f.previous_net) == (
        Decimal("1000.00"), Decimal("200.00"), Decimal("800.00"))
    assert f.transactions == 4 and f.period_end == date(2026, 3, 15)
    assert f.top_customer.name == "Acme Ltd" and f.top_customer.amount == Decimal("1200.00")
    assert f.top_expense_category.name == "Rent" and f.top_expense_category.amount == Decimal("1500.00")
    assert f.notable == ()  # rent is monthly and Acme pays this much most weeks

    s = compose(f)
    assert s.title == "Week of 9-15 March 2026: net -200.00 EUR"
    assert s.body == (
        "Week of 9-15 March 2026. "
        "Revenue: 1,350.00 EUR, up 350.00 EUR (+35.0%) on the week before. "
        "Expenses: 1,550.00 EUR, up 1,350.00 EUR (+675.0%) on the week before. "
        "Net: -200.00 EUR (the week before: +800.00 EUR). "
        "Top customer: Acme Ltd, 1,200.00 EUR. "
        "Biggest expense category: Rent, 1,500.00 EUR."
    )
    data = f.to_json()
    assert data["revenue"] == "1350.00" and data["previous"]["net"] == "800.00"
    assert data["change"]["net"] == {"amount": "-1000.00", "percent": -125.0}
    assert data["top_customer"] == {"id": str(ACME), "name": "Acme Ltd", "amount": "1200.00"}


def test_notable_changes_name_what_no_recent_week_explains():
    this = [t(WEEK, "1000.00", entity=ACME), t(WEEK + timedelta(days=1), "-50.00", category=SOFTWARE),
            t(WEEK + timedelta(days=2), "-2500.00", category=EQUIPMENT),  # never bought before
            t(WEEK + timedelta(days=3), "4000.00", entity=BETA)]  # a new customer's large payment
    f = weekly_figures([*usual_weeks(), *this], week_start=WEEK, currency="EUR")
    assert [(c.kind, c.name, c.amount, c.previous_high) for c in f.notable] == [
        ("customer", "Beta GmbH", Decimal("4000.00"), Decimal("0.00")),
        ("expense_category", "Equipment", Decimal("2500.00"), Decimal("0.00")),
    ]
    body = compose(f).body
    assert ("Worth a look: Beta GmbH paid 4,000.00 EUR, with nothing in the previous 8 weeks; "
            "spending on Equipment was 2,500.00 EUR, with nothing in the previous 8 weeks.") in body
    assert "Top customer: Beta GmbH, 4,000.00 EUR." in body

    # Acme paying three times its usual week is notable too, against its best recent week.
    more = weekly_figures([*usual_weeks(), t(WEEK, "3000.00", entity=ACME)], week_start=WEEK, currency="EUR")
    assert [(c.name, c.previous_high) for c in more.notable] == [("Acme Ltd", Decimal("1000.00"))]
    assert "Acme Ltd paid 3,000.00 EUR, more than in any of the previous 8 weeks (highest 1,000.00 EUR)" in \
        compose(more).body
    # ...but 1.4 times it is not.
    assert weekly_figures([*usual_weeks(), t(WEEK, "1400.00", entity=ACME)], week_start=WEEK,
                          currency="EUR").notable == ()


def test_a_quiet_week_says_so_and_a_first_week_has_no_percentages():
    quiet = weekly_figures([t(WEEK - timedelta(days=3), "500.00", entity=ACME)], week_start=WEEK, currency="USD")
    s = compose(quiet)
    assert s.title == "Week of 9-15 March 2026: a quiet week"
    assert s.body == ("Week of 9-15 March 2026: no money came in or went out. The week before: revenue "
                      "500.00 USD, expenses 0.00 USD.")
    first = compose(weekly_figures([t(WEEK, "80.00", entity=ACME)], week_start=WEEK, currency="USD")).body
    assert "Revenue: 80.00 USD, up 80.00 USD on the week before." in first
    assert "Expenses: 0.00 USD, the same as the week before." in first


def test_money_and_percent_formatting():
    assert money(Decimal("1234567.5"), "EUR") == "1,234,567.50 EUR"
    assert money(Decimal("-0.005"), "JPY") == "-0.01 JPY"
    assert percent_change(Decimal("150"), Decimal("100")) == 50.0
    assert percent_change(Decimal("-50"), Decimal("-100")) == 50.0  # a smaller loss is an improvement
    assert percent_change(Decimal("5"), Decimal("0")) is None
