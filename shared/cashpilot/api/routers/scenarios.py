"""Saved what-if scenarios. Simulations run in the forecast function (through the forecast runner): the
API's Lambda has no statsforecast or numpy."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from cashpilot.adapters.forecast_runner import ForecastRunner, runner_from_settings
from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.scenarios import (
    CompareIn,
    ComparisonOut,
    ScenarioIn,
    ScenarioOut,
    ScenarioUpdateIn,
    SimulateIn,
    SimulationOut,
)
from cashpilot.domain.roles import Permission
from cashpilot.services import scenarios as svc

router = APIRouter(prefix="/scenarios", tags=["scenarios"])

Runner = Annotated[ForecastRunner, Depends(runner_from_settings)]


@router.get("", response_model=list[ScenarioOut], summary="Saved what-if scenarios, oldest first")
def list_scenarios(uow: UoW, tenant: CurrentTenant) -> list[ScenarioOut]:
    return [ScenarioOut.model_validate(s) for s in svc.list_scenarios(uow, tenant)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ScenarioOut,
             summary="Save a what-if: delay a payment, collect earlier, a one-time flow, a new recurring amount, "
                     "lose a customer, hire, cut a category")
def create_scenario(body: ScenarioIn, uow: UoW, tenant: CurrentTenant) -> ScenarioOut:
    return ScenarioOut.model_validate(svc.create_scenario(uow, tenant, {
        "name": body.name, "description": body.description, "changes": body.changes}))


@router.post("/compare", response_model=ComparisonOut,
             summary="Up to five scenarios side by side against the same baseline forecast (not stored)")
def compare_scenarios(body: CompareIn, uow: UoW, tenant: CurrentTenant, runner: Runner) -> ComparisonOut:
    tenant.require(Permission.READ)
    result = runner.run(uow, tenant, "compare_scenarios", scenario_ids=body.scenario_ids, horizon=body.horizon)
    return ComparisonOut.model_validate(result)


@router.get("/{scenario_id}", response_model=ScenarioOut)
def get_scenario(scenario_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> ScenarioOut:
    return ScenarioOut.model_validate(svc.get_scenario(uow, tenant, scenario_id))


@router.patch("/{scenario_id}", response_model=ScenarioOut)
def update_scenario(scenario_id: uuid.UUID, body: ScenarioUpdateIn, uow: UoW, tenant: CurrentTenant) -> ScenarioOut:
    data = body.model_dump(exclude_unset=True, exclude={"changes"})
    if body.changes is not None:
        data["changes"] = body.changes
    return ScenarioOut.model_validate(svc.update_scenario(uow, tenant, scenario_id, data))


@router.delete("/{scenario_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_scenario(scenario_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_scenario(uow, tenant, scenario_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{scenario_id}/simulate", response_model=SimulationOut,
             summary="The forecast as if the scenario happened, day by day against the baseline (not stored)")
def simulate_scenario(scenario_id: uuid.UUID, uow: UoW, tenant: CurrentTenant, runner: Runner,
                      body: SimulateIn | None = None) -> SimulationOut:
    svc.get_scenario(uow, tenant, scenario_id)  # an unknown id is answered here, without a forecast run
    horizon = body.horizon if body else None
    result = runner.run(uow, tenant, "simulate_scenarios", scenario_id=scenario_id, horizon=horizon)
    return SimulationOut.model_validate(result)
