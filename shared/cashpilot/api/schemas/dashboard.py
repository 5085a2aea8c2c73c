"""The dashboard as the API shows it. Money is a decimal string with two places; money in and money out
are positive magnitudes and net is signed (in - out)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from cashpilot.api.schemas.common import Input, MoneyOut

Period = Literal["month_to_date", "last_30_days", "quarter", "year"]


class CashPositionOut(BaseModel):
    available: MoneyOut = Field(description="Today's booked balance across the accounts the forecast adds up")
    committed_outflows: MoneyOut | None = Field(
        description="Known payments out the latest forecast expects after today and within window_days, at their "
                    "expected value (amount x probability); null without a forecast")
    expected_inflows: MoneyOut | None = Field(description="The same for money in")
    cash_buffer: MoneyOut = Field(description="The buffer the owner keeps (settings.alert_thresholds.cash_buffer)")
    net_free_cash: MoneyOut | None = Field(
        description="available + expected_inflows - committed_outflows - cash_buffer; null without a forecast")
    window_days: int
    forecast_id: uuid.UUID | None
    forecast_as_of: date | None


class FlowsOut(BaseModel):
    start: date
    end: date
    money_in: MoneyOut
    money_out: MoneyOut
    net: MoneyOut


class ChangeOut(BaseModel):
    money_in: MoneyOut
    money_out: MoneyOut
    net: MoneyOut
    money_in_percent: float | None = Field(description="Change in percent of the previous period; null when it was 0")
    money_out_percent: float | None
    net_percent: float | None


class PeriodOut(BaseModel):
    name: Period
    current: FlowsOut
    previous: FlowsOut = Field(description="The same span of the period before (1-20 March -> 1-20 February)")
    change: ChangeOut = Field(description="current - previous")


class AlertCountsOut(BaseModel):
    emergency: int
    this_week: int
    upcoming: int
    total: int


class StabilityOut(BaseModel):
    as_of: date
    score: int
    label: str


class TopEntityOut(BaseModel):
    entity_id: uuid.UUID
    name: str
    type: str
    total: MoneyOut
    transaction_count: int
    share: float = Field(description="Share of the period's revenue (customers) or spending (suppliers), 0-1")


class OverviewOut(BaseModel):
    as_of: date
    currency: str
    cash: CashPositionOut
    period: PeriodOut
    alerts: AlertCountsOut = Field(description="Open alerts that are neither dismissed nor snoozed")
    stability: StabilityOut | None = Field(description="The latest stored stability score; null before the first")
    top_customers: list[TopEntityOut]
    top_suppliers: list[TopEntityOut]


class MonthOut(BaseModel):
    month: date = Field(description="The first day of the month")
    money_in: MoneyOut
    money_out: MoneyOut
    net: MoneyOut


class TrendsOut(BaseModel):
    currency: str
    months: list[MonthOut] = Field(description="Oldest first; the last is the current month to date")


class TimelinePointOut(BaseModel):
    date: date
    kind: Literal["actual", "forecast"]
    balance: MoneyOut | None = Field(description="End-of-day booked balance; null for days still to come")
    expected: MoneyOut | None = Field(description="The forecast's expected balance; null where it has none")
    p10: MoneyOut | None
    p90: MoneyOut | None


class TimelineOut(BaseModel):
    currency: str
    today: date
    forecast_id: uuid.UUID | None
    forecast_as_of: date | None
    points: list[TimelinePointOut]


class AnomalyOut(BaseModel):
    transaction_id: uuid.UUID
    date: date
    amount: MoneyOut
    currency: str
    description: str
    account_id: uuid.UUID
    entity_id: uuid.UUID | None
    entity_name: str | None
    category_id: uuid.UUID | None
    category_name: str | None
    score: float = Field(description="Robust z-score of the amount against its baseline")
    baseline: MoneyOut = Field(description="The typical amount it was compared with (positive)")
    basis: Literal["entity", "category"]
    basis_id: uuid.UUID | None
    samples: int
    computed_at: datetime


class AnomalyListOut(BaseModel):
    since: date
    items: list[AnomalyOut]


class CardIn(Input):
    id: str = Field(max_length=64, description="One of the known cards (see the default layout)")
    x: int = Field(ge=0, le=11, description="Column on a 12-column grid")
    y: int = Field(ge=0, le=1000, description="Row")
    w: int = Field(ge=1, le=12)
    h: int = Field(ge=1, le=24)
    visible: bool = True


class LayoutIn(Input):
    cards: list[CardIn] = Field(max_length=50)


class CardOut(BaseModel):
    id: str
    x: int
    y: int
    w: int
    h: int
    visible: bool


class LayoutOut(BaseModel):
    cards: list[CardOut]
    is_default: bool = Field(description="True: the user has not saved a layout; this is the default one")
    updated_at: datetime | None
