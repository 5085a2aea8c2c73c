"""Scenario bodies and results. The change types are the domain's own models (one definition, validated
the same way by the API, the service and the forecast function), documented here through OpenAPI."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import Field

from cashpilot.api.schemas.common import Input, LongText, MoneyOut, Name, Output
from cashpilot.domain.forecast.model import MAX_HORIZON
from cashpilot.domain.forecast.scenarios import MAX_CHANGES, Change

Horizon = Annotated[int | None, Field(ge=1, le=MAX_HORIZON,
                                      description="Days to forecast (default: the business's forecast setting)")]


class ScenarioIn(Input):
    name: Name
    description: LongText = ""
    changes: list[Change] = Field(min_length=1, max_length=MAX_CHANGES,
                                  description="Applied in order to the forecast's inputs")


class ScenarioUpdateIn(Input):
    name: Name | None = None
    description: LongText | None = None
    changes: list[Change] | None = Field(None, min_length=1, max_length=MAX_CHANGES)


class ScenarioOut(Output):
    id: uuid.UUID
    name: str
    description: str
    changes: list[dict[str, Any]] = Field(description="The changes as stored (money as strings)")
    created_at: datetime
    updated_at: datetime


class SimulateIn(Input):
    horizon: Horizon = None


class CompareIn(Input):
    scenario_ids: list[uuid.UUID] = Field(min_length=1, max_length=5)
    horizon: Horizon = None


class LowPointOut(Output):
    date: date
    expected: MoneyOut
    p10: MoneyOut


class LowPointChangeOut(Output):
    baseline: LowPointOut
    scenario: LowPointOut
    change: MoneyOut = Field(description="Scenario's lowest expected balance minus the baseline's (+ = higher)")
    days_moved: int = Field(description="Days between the two lowest points (+ = the scenario's comes later)")


class ProbabilitiesOut(Output):
    baseline: dict[str, float] = Field(description="Window in days (30, 60, 90, horizon) -> probability 0..1")
    scenario: dict[str, float]


class RunwayOut(Output):
    baseline: int | None
    scenario: int | None


class DayOut(Output):
    date: date
    baseline_expected: MoneyOut
    scenario_expected: MoneyOut
    difference: MoneyOut = Field(description="scenario_expected - baseline_expected")
    scenario_p10: MoneyOut
    scenario_p90: MoneyOut


class EffectOut(Output):
    index: int = Field(description="Position of the change in the scenario")
    type: str
    flows: int = Field(description="Known flows the change moved, changed, cancelled or added")
    baseline_per_day: MoneyOut = Field(description="Added to (+) or taken from (-) the baseline per day")
    note: str | None = Field(None, description="Why a change did little or nothing in this forecast")


class ScenarioRefOut(Output):
    id: uuid.UUID
    name: str


class OutcomeOut(Output):
    scenario: ScenarioRefOut
    low_point: LowPointChangeOut
    runway_days: RunwayOut
    deficit_probability: ProbabilitiesOut
    buffer_breach_probability: ProbabilitiesOut
    daily: list[DayOut]
    effects: list[EffectOut]


class BaselineSummaryOut(Output):
    low_point: LowPointOut
    runway_days: int | None
    deficit_probability: dict[str, float]
    buffer_breach_probability: dict[str, float]


class _RunOut(Output):
    as_of: date
    horizon: int
    opening_balance: MoneyOut
    buffer: MoneyOut
    model: str
    paths: int
    seed: int
    baseline: BaselineSummaryOut
    excluded_accounts: list[dict[str, Any]] = Field(default_factory=list)


class SimulationOut(_RunOut, OutcomeOut):
    """One scenario against the baseline forecast. Not stored: POST /forecasts/generate with
    scenario_ids keeps a snapshot."""


class ComparisonOut(_RunOut):
    scenarios: list[OutcomeOut]
