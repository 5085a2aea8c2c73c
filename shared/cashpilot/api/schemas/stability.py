"""The stability score as the API shows it: the total, its label, the five components and the history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from pydantic import Field

from cashpilot.api.schemas.common import Output


class StabilityComponentOut(Output):
    key: str = Field(description="cash_buffer | deficit_risk | revenue_concentration | expense_predictability | "
                                 "cashflow_volatility")
    name: str
    value: Decimal | None = Field(description="The reading in `unit` (a decimal string); null without data")
    unit: str = Field(description="days | percent | ratio")
    score: int | None = Field(description="0-100; null when the label is insufficient_data")
    label: str = Field(description="strong (>= 80) | stable (>= 60) | watch (>= 40) | at_risk | insufficient_data")
    explanation: str
    weight: int = Field(description="The component's documented weight out of 100")
    applied_weight: Decimal = Field(description="Its share of this total (0-1) after allowing for short history")
    details: dict[str, str] = Field(description="The figures behind the reading; money as decimal strings")


class StabilityPointOut(Output):
    as_of: date
    score: int
    label: str


class StabilityScoreOut(Output):
    business_id: uuid.UUID
    as_of: date
    score: int | None = Field(description="0-100; null when there is no data to score yet")
    label: str = Field(description="strong (>= 80) | stable (>= 60) | watch (>= 40) | at_risk | insufficient_data")
    stored: bool = Field(description="False: computed live for this request because today's score is not stored yet")
    computed_at: datetime | None
    snapshot_id: uuid.UUID | None = Field(description="The forecast the deficit risk comes from")
    components: list[StabilityComponentOut]
    history: list[StabilityPointOut] = Field(description="Stored daily scores of the last 90 days, oldest first")
