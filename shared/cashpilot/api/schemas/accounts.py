from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import StringConstraints

from cashpilot.api.schemas.common import Currency, Input, Money, MoneyOut, Name, Output, ShortText

AccountType = Literal["bank", "cash", "credit", "wallet"]
Last4 = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{1,4}$")]


class AccountCreateIn(Input):
    name: Name
    type: AccountType = "bank"
    currency: Currency | None = None  # defaults to the business currency
    opening_balance: Money = Decimal("0.00")
    opening_balance_date: date | None = None
    institution: ShortText | None = None
    account_number_last4: Last4 | None = None


class AccountUpdateIn(Input):
    name: Name | None = None
    type: AccountType | None = None
    currency: Currency | None = None
    opening_balance: Money | None = None
    opening_balance_date: date | None = None
    institution: ShortText | None = None
    account_number_last4: Last4 | None = None


class AccountOut(Output):
    id: uuid.UUID
    name: str
    type: AccountType
    currency: str
    opening_balance: MoneyOut
    opening_balance_date: date | None
    current_balance: MoneyOut
    institution: str | None
    account_number_last4: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class BalancePointOut(Output):
    date: date
    balance: MoneyOut
    inflow: MoneyOut
    outflow: MoneyOut


class BalanceHistoryOut(Output):
    account_id: uuid.UUID
    currency: str
    date_from: date
    date_to: date
    points: list[BalancePointOut]
