from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from cashpilot.api.schemas.common import Input, MoneyOut, Name, Output, Tag
from cashpilot.api.schemas.transactions import TransactionOut

Cadence = Literal["weekly", "biweekly", "semi_monthly", "monthly", "quarterly", "yearly"]


class CorrectionIn(Input):
    category_id: uuid.UUID | None = Field(None, description="The right category (null: leave uncategorised)")
    entity_id: uuid.UUID | None = Field(None, description="The right customer or supplier")
    entity_name: Name | None = Field(None, description="Or its name: found, or created when new")
    apply_to_similar: bool = Field(
        False, description="Also re-label transactions of counterparties spelled similarly, not only this one's")


class RuleOut(Output):
    id: uuid.UUID
    name: str
    position: int
    status: Literal["active", "disabled", "proposed", "dismissed"]
    source: Literal["user", "suggested"]
    conditions: dict[str, Any]
    category_id: uuid.UUID | None
    entity_id: uuid.UUID | None
    tags: list[str]
    times_applied: int
    created_at: datetime
    updated_at: datetime


class CorrectionOut(Output):
    transaction: TransactionOut
    relabelled: int = Field(description="Other transactions re-labelled by the same evidence")
    proposed_rule: RuleOut | None = Field(None, description="A rule suggested by consistent corrections")


class ReviewItemOut(Output):
    transaction: TransactionOut
    reasons: list[Literal["uncategorised", "possible_duplicate"]]
    suggestion: dict[str, Any] | None = Field(
        None, description="The best label below the confidence threshold: category_id, method, confidence")


class ReviewPage(Output):
    items: list[ReviewItemOut]
    total: int
    limit: int
    offset: int


class RuleIn(Input):
    name: Name
    conditions: dict[str, Any] = Field(description="keyword, regex, amount_min, amount_max, direction, "
                                                   "entity_id, account_id; all given must hold")
    category_id: uuid.UUID | None = None
    entity_id: uuid.UUID | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    position: int | None = Field(None, ge=0, le=1_000_000, description="Lower runs first")
    apply_to_existing: bool = Field(False, description="Also label the past transactions it matches")


class RuleUpdateIn(Input):
    name: Name | None = None
    conditions: dict[str, Any] | None = None
    category_id: uuid.UUID | None = None
    entity_id: uuid.UUID | None = None
    tags: list[Tag] | None = Field(None, max_length=20)
    position: int | None = Field(None, ge=0, le=1_000_000)
    status: Literal["active", "disabled"] | None = None


class RuleTestIn(Input):
    conditions: dict[str, Any]
    category_id: uuid.UUID | None = None
    entity_id: uuid.UUID | None = None


class RuleTestOut(Output):
    matched: int
    would_change: int
    manual_skipped: int
    sample: list[TransactionOut]


class RuleAppliedOut(Output):
    rule: RuleOut
    applied: int = Field(description="Past transactions labelled by the rule now")


class SeriesOut(Output):
    id: uuid.UUID
    entity_id: uuid.UUID | None
    entity_name: str | None
    category_id: uuid.UUID | None
    direction: Literal["in", "out"]
    currency: str
    cadence: Cadence
    day_rule: str | None
    expected_amount: MoneyOut
    amount_spread: MoneyOut
    first_date: date
    last_date: date
    next_date: date
    occurrences: int
    status: Literal["active", "stopped"]
    confidence: Decimal


class MergeIn(Input):
    source_ids: list[uuid.UUID] = Field(min_length=1, max_length=100)


class SplitIn(Input):
    transaction_ids: list[uuid.UUID] = Field(min_length=1, max_length=10_000)
    name: Name


class AliasOut(Output):
    alias: str
    alias_key: str
    source: str
    created_at: datetime


class DaysLateOut(Output):
    samples: int
    mean: float
    p50: float
    p75: float
    p90: float
    max: int
    on_time_share: float
    histogram: dict[str, int]
    trend: str
    trend_days: float


class EntityProfileOut(Output):
    entity_id: uuid.UUID
    name: str
    type: str
    currency: str
    total_in: MoneyOut
    total_out: MoneyOut
    transaction_count: int
    first_seen: date | None
    last_seen: date | None
    typical_amount: MoneyOut | None
    revenue_share: Decimal = Field(description="Share of the business's revenue, 0-1")
    days_late: DaysLateOut | None
    reliability: int | None = Field(description="0-100 from the payment history; null with too little of it")
    aliases: list[str]
    series: list[SeriesOut]
    computed_at: datetime | None


class TopEntityOut(Output):
    entity_id: uuid.UUID
    name: str
    type: str
    total: MoneyOut = Field(description="Money in (customers) or out (suppliers, as a positive amount)")
    transaction_count: int
    share: Decimal = Field(description="Share of the period's revenue (customers) or spending (suppliers)")
    last_seen: date | None


class TopEntitiesOut(Output):
    currency: str
    date_from: date | None
    date_to: date | None
    items: list[TopEntityOut]
