from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, field_validator

from cashpilot.api.schemas.common import Input, LongText, Money, MoneyOut, Output, Tag

Status = Literal["pending", "cleared", "reconciled"]


def _small_json(value: dict[str, Any] | None) -> dict[str, Any] | None:
    import json

    if value is not None and len(json.dumps(value, default=str)) > 16_384:
        raise ValueError("metadata is limited to 16 KB")
    return value


class TransactionCreateIn(Input):
    account_id: uuid.UUID
    amount: Money = Field(description="Signed: money into the account is positive, money out negative")
    transaction_date: date
    value_date: date | None = None
    description: LongText = ""
    raw_description: LongText | None = None
    status: Status = "cleared"
    entity_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=20)
    metadata: dict[str, Any] = Field(default_factory=dict)

    _meta = field_validator("metadata")(_small_json)


class TransactionUpdateIn(Input):
    version: int | None = Field(None, description="The version you read; a concurrent change gives 409")
    account_id: uuid.UUID | None = None
    amount: Money | None = None
    transaction_date: date | None = None
    value_date: date | None = None
    description: LongText | None = None
    status: Status | None = None
    entity_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    tags: list[Tag] | None = Field(None, max_length=20)
    metadata: dict[str, Any] | None = None

    _meta = field_validator("metadata")(_small_json)


class TransactionAnomalyOut(Output):
    score: float = Field(description="Robust z-score of the amount against its usual amounts")
    is_anomaly: bool = Field(description="The score reaches the business's unusual-transaction threshold")
    baseline: MoneyOut = Field(description="The typical amount it was compared with (positive)")
    basis: Literal["entity", "category"] = Field(description="Whose usual amounts: its entity's or its category's")


class TransactionOut(Output):
    id: uuid.UUID
    account_id: uuid.UUID
    amount: MoneyOut
    currency: str
    direction: Literal["in", "out"]
    transaction_date: date
    value_date: date | None
    description: str
    raw_description: str | None
    status: Status
    entity_id: uuid.UUID | None
    category_id: uuid.UUID | None
    tags: list[str]
    metadata: dict[str, Any]
    import_id: uuid.UUID | None
    counterparty: str | None = Field(None, description="Clean name extracted from the bank's text")
    classification_method: str | None = Field(
        None, description="How the category was decided: manual, rule, memory, similarity, dictionary, llm, "
        "transfer, or none (left for review); null before classification ran")
    classification_confidence: Decimal | None
    classification: dict[str, Any] | None = Field(None, description="Evidence, and the suggestion when abstained")
    needs_review: bool = False
    is_transfer: bool = Field(False, description="Money between own accounts: neither revenue nor expense")
    transfer_peer_id: uuid.UUID | None = None
    version: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    anomaly: TransactionAnomalyOut | None = Field(
        None, description="How unusual the amount is, from the last detection run; null: not scored (too little "
                          "history to compare with, or not scored yet)")


class PeriodOut(Output):
    period_start: date | None
    inflow: MoneyOut
    outflow: MoneyOut
    net: MoneyOut
    count: int


class CurrencySummaryOut(Output):
    currency: str
    totals: PeriodOut
    periods: list[PeriodOut]


class SummaryOut(Output):
    group_by: str
    date_from: date | None
    date_to: date | None
    currencies: list[CurrencySummaryOut]


class AuditEntryOut(Output):
    id: int
    action: str
    changed_fields: list[str]
    changes: dict[str, dict[str, Any]] = Field(description="field -> {old, new}")
    actor_user_id: uuid.UUID | None
    actor: str | None
    request_id: str | None
    occurred_at: datetime
