"""Alerts and the detection configuration on the wire."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from cashpilot.api.schemas.common import Input, Output, Page
from cashpilot.domain.business_settings import AlertThresholds

SeverityName = Literal["emergency", "this_week", "upcoming"]


class AlertOut(Output):
    id: uuid.UUID
    kind: str
    status: Literal["open", "resolved"]
    severity: SeverityName
    title: str
    message: str = Field(description="Plain language, with the amounts and dates that justify it")
    subject_type: str = Field(
        description="business | entity | account | transaction | category | forecast_date | series")
    subject_id: str | None
    data: dict[str, Any] = Field(description="The evidence behind the message (money as strings)")
    snapshot_id: uuid.UUID | None = Field(description="The forecast the alert was computed from, if any")
    first_detected_at: datetime
    last_detected_at: datetime
    resolved_at: datetime | None
    read_at: datetime | None
    dismissed_at: datetime | None
    snoozed_until: datetime | None
    history: list[dict[str, Any]] = Field(description="raised / escalated / deescalated / resolved / snoozed...")


AlertPage = Page[AlertOut]


class UnreadCountOut(Output):
    unread: int
    by_severity: dict[str, int]


class SnoozeIn(Input):
    until: datetime | None = Field(None, description="When it should come back (with a time zone)")
    hours: int | None = Field(None, ge=1, le=24 * 90, description="Or: for this many hours")


class CheckIn(Input):
    kinds: list[str] | None = Field(None, max_length=50, description="Only these detections (default: all)")


class CheckOut(Output):
    findings: int
    raised: int
    escalated: int
    deescalated: int
    refreshed: int
    resolved: int
    open_by_severity: dict[str, int]


class DetectionConfigOut(Output):
    safety_mode: Literal["conservative", "normal", "aggressive"]
    thresholds: AlertThresholds
    kinds: list[str] = Field(description="Every detection kind (those in thresholds.disabled do not run)")


class DetectionConfigIn(Input):
    safety_mode: Literal["conservative", "normal", "aggressive"] | None = None
    thresholds: dict[str, Any] | None = Field(None, description="Any AlertThresholds fields to change")
