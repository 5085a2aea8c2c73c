"""Insights as the API shows them: the weekly summary's text and the figures behind it."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from cashpilot.api.schemas.common import Input


class InsightOut(BaseModel):
    id: uuid.UUID | None = Field(description="null: computed for this request, not stored (see `stored`)")
    kind: str = Field(description="weekly_summary")
    period_start: date
    period_end: date
    title: str
    body: str = Field(description="Plain language, with the amounts")
    data: dict[str, Any] = Field(description="The figures behind the text; money as decimal strings")
    feedback: Literal["helpful", "not_helpful"] | None
    feedback_at: datetime | None
    created_at: datetime | None
    stored: bool


class InsightPage(BaseModel):
    items: list[InsightOut]
    total: int
    limit: int
    offset: int


class FeedbackIn(Input):
    value: Literal["helpful", "not_helpful"]
