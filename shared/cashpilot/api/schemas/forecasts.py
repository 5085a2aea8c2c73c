"""Forecast snapshots, their history, replays and accuracy as the API shows them. Money is a string with
two places; probabilities are numbers from 0 to 1, keyed by the window in days ("30", "60", "90")."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from cashpilot.api.schemas.common import Input, MoneyOut, Output
from cashpilot.domain.forecast.model import MAX_HORIZON


class GenerateIn(Input):
    horizon: int | None = Field(None, ge=1, le=MAX_HORIZON,
                                description="Days ahead (default: the business's forecast.horizon_days, 90)")
    scenario_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20,
                                          description="Saved scenarios to apply (a what-if run)")
    as_of: date | None = Field(None, description="Forecast from the end of this day (default today; not in the future)")


class BacktestIn(Input):
    horizon: int = Field(30, ge=7, le=MAX_HORIZON, description="Days scored after each past forecast")
    origins: int = Field(8, ge=1, le=52, description="Past dates to forecast from (two weeks apart)")


class DayOut(BaseModel):
    date: date
    expected: MoneyOut
    p10: MoneyOut
    p50: MoneyOut
    p90: MoneyOut


class LowPointOut(BaseModel):
    date: date
    expected: MoneyOut
    p10: MoneyOut


class KnownFlowOut(BaseModel):
    key: str
    source: str
    label: str
    due: date
    amount: MoneyOut
    probability: float
    entity_id: uuid.UUID | None = None
    series_id: uuid.UUID | None = None


class ExcludedAccountOut(BaseModel):
    id: uuid.UUID
    name: str
    currency: str
    reason: str


class SnapshotSummaryOut(Output):
    id: uuid.UUID
    created_at: datetime
    trigger: str
    as_of: date
    horizon: int
    currency: str
    model: str
    opening_balance: MoneyOut
    low_point: LowPointOut
    deficit_probability: dict[str, float]
    buffer_breach_probability: dict[str, float]
    runway_days: int | None = Field(description="Days until the expected balance goes below zero; null: not within "
                                                "the horizon")
    scenario_ids: list[uuid.UUID]


class SnapshotOut(SnapshotSummaryOut):
    buffer: MoneyOut = Field(description="The cash buffer the buffer-breach probabilities are against")
    baseline_daily: MoneyOut = Field(description="Average daily flow of the statistical baseline")
    daily: list[DayOut]
    known_flows: int = Field(description="Known flows (recurring series...) that can land inside the horizon")
    flows: list[KnownFlowOut] = Field(description="The known flows the forecast expects, by due date")
    excluded_accounts: list[ExcludedAccountOut]
    paths: int
    seed: int
    model_scores: dict[str, float]


class SnapshotPage(BaseModel):
    items: list[SnapshotSummaryOut]
    total: int
    limit: int
    next_cursor: str | None = None


class ReplayOut(BaseModel):
    snapshot_id: uuid.UUID
    reproduced: bool = Field(description="The stored results came out again, to the cent and the probability")
    model: str


class BacktestOut(Output):
    id: uuid.UUID
    computed_at: datetime
    horizon: int
    origins: int
    mase_flat: float | None = Field(description="Our error over the 'balance stays flat' forecast's (below 1 beats it)")
    mase_seasonal: float | None = Field(description="The same against 'the next month moves like the last'")
    mae: MoneyOut
    coverage: float = Field(description="Share of days the actual balance fell inside p10..p90 (aim: about 0.8)")
    brier_deficit: float
    brier_breach: float
    details: dict[str, Any]


class ReviewOut(Output):
    id: uuid.UUID
    snapshot_id: uuid.UUID
    period_start: date
    period_end: date
    forecast_balance: MoneyOut
    actual_balance: MoneyOut
    miss: MoneyOut = Field(description="actual - forecast at period_end; the drivers add up to it")
    drivers: list[dict[str, Any]]
    created_at: datetime


class AccuracyOut(BaseModel):
    backtest: BacktestOut | None
    reviews: list[ReviewOut]
