"""Row.offer: a label must fit the money's direction, unless the dictionary means an expense given back."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.services.classify import Context, Row

FEES, SALES = uuid.uuid4(), uuid.uuid4()


def _ctx() -> Context:
    ctx = Context(uuid.uuid4(), BusinessSettings(), Decimal("0.80"))
    ctx.category_type = {FEES: "expense", SALES: "income"}
    return ctx


def _row(amount: str) -> Row:
    return Row(uuid.uuid4(), uuid.uuid4(), Decimal(amount), "USD", date(2026, 3, 2), "Domestic ATM Fee Rebate",
               None, None, [])


def test_an_expense_on_money_in_only_applies_as_a_contra_line():
    row = _row("3.50")
    assert not row.offer(FEES, "dictionary", 0.9, "fee", _ctx())
    assert row.offer(FEES, "dictionary", 0.9, "a bank fee given back", _ctx(), contra=True)
    assert row.category_id == FEES


def test_contra_never_puts_income_on_money_out():
    row = _row("-3.50")
    assert not row.offer(SALES, "dictionary", 0.9, "payout", _ctx(), contra=True)
    assert row.offer(FEES, "dictionary", 0.9, "fee", _ctx(), contra=True)  # an expense going out fits anyway
