"""Saved what-if scenarios: store them, apply them to a forecast's inputs, simulate and compare them.

A scenario is a named list of typed changes (`domain.forecast.scenarios`). Simulating one loads the
business's forecast request once, fits the baseline once and runs the baseline forecast and each
scenario with that same fitted baseline and seed, so every difference the owner sees comes from the
scenario alone (see the domain module on common random numbers). Simulations are not stored; a
snapshot that includes scenarios is made through `services.forecast.generate(..., scenario_ids=...)`.

`simulate` and `compare` run the engine (numpy, statsforecast): the API reaches them through the
forecast runner, never by importing the engine itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cashpilot.adapters.db.models import Category, Entity, RecurringSeries, Scenario
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.forecast import scenarios as domain
from cashpilot.domain.forecast.model import MAX_HORIZON, ForecastRequest
from cashpilot.domain.roles import Permission
from cashpilot.services import forecast as forecast_service
from cashpilot.services.context import Tenant

if TYPE_CHECKING:
    from cashpilot.domain.forecast.model import ForecastResult

MAX_COMPARE = 5
MAX_SCENARIOS = 200


def scenario_not_found(scenario_id: uuid.UUID) -> NotFound:
    return NotFound("No scenario with this id in this business.", code="scenario_not_found",
                    details={"scenario_id": str(scenario_id)})


def _name_taken(exc: IntegrityError) -> bool:
    return "uq_scenarios_name" in str(exc.orig)


def get_scenario(uow: UnitOfWork, tenant: Tenant, scenario_id: uuid.UUID) -> Scenario:
    scenario = uow.session.scalar(select(Scenario).where(
        Scenario.business_id == tenant.business_id, Scenario.id == scenario_id))
    if scenario is None:
        raise scenario_not_found(scenario_id)
    return scenario


def list_scenarios(uow: UnitOfWork, tenant: Tenant) -> list[Scenario]:
    return list(uow.session.scalars(select(Scenario).where(Scenario.business_id == tenant.business_id)
                                    .order_by(Scenario.created_at, Scenario.id)).all())


def _validated(uow: UnitOfWork, tenant: Tenant, raw: Any) -> list[dict[str, Any]]:
    """Typed, and every id a change names is this business's own. An id of another business reads
    exactly like an id that does not exist: nothing is said about other tenants."""
    changes = domain.parse_changes(raw)
    b = tenant.business_id
    tables = (
        ("entity_id", Entity, "unknown_entity", "entity", (Entity.deleted_at.is_(None),)),
        ("category_id", Category, "unknown_category", "category", ()),
        ("series_id", RecurringSeries, "unknown_series", "recurring series", ()),
    )
    for field, model, code, what, extra in tables:
        wanted = {getattr(c, field, None) for c in changes} - {None}
        if not wanted:
            continue
        found = set(uow.session.scalars(select(model.id).where(model.business_id == b, model.id.in_(wanted), *extra)))
        for i, c in enumerate(changes):
            value = getattr(c, field, None)
            if value is not None and value not in found:
                raise InvalidInput(f"changes.{i}.{field}: no {what} with this id in this business.", code=code,
                                   details={"field": f"changes.{i}.{field}", "value": str(value)})
    _check_recurring_signs(uow, tenant, changes)
    return domain.dump_changes(changes)


def _check_recurring_signs(uow: UnitOfWork, tenant: Tenant, changes: Sequence[domain.Change]) -> None:
    """A new amount for a series keeps its direction: "rent 2,200" given as +2200 would turn rent into income."""
    for i, c in enumerate(changes):
        if not isinstance(c, domain.ChangeRecurring) or c.amount is None or c.amount == 0:
            continue
        direction = uow.session.scalar(select(RecurringSeries.direction).where(
            RecurringSeries.business_id == tenant.business_id, RecurringSeries.id == c.series_id))
        if (direction == "out") != (c.amount < 0):
            sign = "negative (money out)" if direction == "out" else "positive (money in)"
            raise InvalidInput(f"changes.{i}.amount: this series is {'outgoing' if direction == 'out' else 'incoming'}"
                               f"; its new amount must be {sign}.", code="invalid_scenario_change",
                               details={"field": f"changes.{i}.amount"})


def create_scenario(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> Scenario:
    tenant.require(Permission.WRITE)
    changes = _validated(uow, tenant, data.get("changes"))
    count = uow.session.scalar(select(Scenario.id).where(Scenario.business_id == tenant.business_id)
                               .offset(MAX_SCENARIOS - 1).limit(1))
    if count is not None:
        raise Conflict(f"A business can keep at most {MAX_SCENARIOS} scenarios; delete some first.",
                       code="too_many_scenarios")
    scenario = Scenario(business_id=tenant.business_id, name=data["name"], description=data.get("description") or "",
                        changes=changes, created_by=tenant.user_id)
    uow.session.add(scenario)
    _flush(uow)
    uow.commit()
    return scenario


def update_scenario(uow: UnitOfWork, tenant: Tenant, scenario_id: uuid.UUID, data: dict[str, Any]) -> Scenario:
    tenant.require(Permission.WRITE)
    scenario = get_scenario(uow, tenant, scenario_id)
    if "changes" in data:
        scenario.changes = _validated(uow, tenant, data["changes"])
    if data.get("name") is not None:
        scenario.name = data["name"]
    if "description" in data:
        scenario.description = data["description"] or ""
    _flush(uow)
    uow.commit()
    return scenario


def delete_scenario(uow: UnitOfWork, tenant: Tenant, scenario_id: uuid.UUID) -> None:
    """Snapshots generated with the scenario keep its changes in their stored inputs."""
    tenant.require(Permission.WRITE)
    uow.session.delete(get_scenario(uow, tenant, scenario_id))
    uow.commit()


def _flush(uow: UnitOfWork) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:
        if _name_taken(exc):
            raise Conflict("A scenario with this name already exists in this business.",
                           code="scenario_name_taken") from exc
        raise


def _load(uow: UnitOfWork, tenant: Tenant, scenario_ids: Sequence[uuid.UUID]) -> list[Scenario]:
    ids = list(dict.fromkeys(scenario_ids))
    found = {s.id: s for s in uow.session.scalars(select(Scenario).where(
        Scenario.business_id == tenant.business_id, Scenario.id.in_(ids)))} if ids else {}
    for i in ids:
        if i not in found:
            raise scenario_not_found(i)
    return [found[i] for i in ids]


def apply_to_request(uow: UnitOfWork, tenant: Tenant, request: ForecastRequest,
                     scenario_ids: Sequence[uuid.UUID]) -> ForecastRequest:
    """The request with the scenarios' changes applied, one scenario after the other (for a snapshot
    generated "as if"). Added flows are keyed by scenario id, so two scenarios never collide."""
    for scenario in _load(uow, tenant, scenario_ids):
        request, _ = domain.apply_with_effects(request, domain.parse_changes(scenario.changes),
                                               prefix=str(scenario.id))
    return request


# --- simulation ------------------------------------------------------------------------------------

def simulate(uow: UnitOfWork, tenant: Tenant, scenario_id: uuid.UUID, *, horizon: int | None = None) -> dict[str, Any]:
    """One scenario against the baseline forecast, as JSON (money as strings)."""
    result = compare(uow, tenant, [scenario_id], horizon=horizon)
    return {**{k: v for k, v in result.items() if k != "scenarios"}, **result["scenarios"][0]}


def compare(uow: UnitOfWork, tenant: Tenant, scenario_ids: Sequence[uuid.UUID], *,
            horizon: int | None = None) -> dict[str, Any]:
    """Up to five scenarios side by side against one baseline forecast, as JSON."""
    tenant.require(Permission.READ)
    if horizon is not None and not 1 <= horizon <= MAX_HORIZON:
        raise InvalidInput(f"horizon must be 1..{MAX_HORIZON} days.", code="invalid_horizon",
                           details={"horizon": horizon})
    ids = list(dict.fromkeys(scenario_ids))
    if not 1 <= len(ids) <= MAX_COMPARE:
        raise InvalidInput(f"Compare 1 to {MAX_COMPARE} different scenarios.", code="invalid_scenario_ids",
                           details={"field": "scenario_ids"})
    scenarios = _load(uow, tenant, ids)
    from cashpilot.domain.forecast import engine  # numpy/statsforecast: forecast function only

    request, meta = forecast_service.load_request(uow, tenant, horizon=horizon)
    fitted = engine.fit(request)
    base = engine.forecast(request, baseline=fitted)
    outcomes = []
    for s in scenarios:
        changed, effects = domain.apply_with_effects(request, domain.parse_changes(s.changes), prefix=str(s.id))
        outcomes.append(_outcome(s, base, engine.forecast(changed, baseline=fitted), effects))
    return {
        "as_of": request.as_of.isoformat(), "horizon": request.horizon, "opening_balance": _m(request.opening_balance),
        "buffer": _m(request.buffer), "model": base.model, "paths": base.paths, "seed": base.seed,
        "baseline": _summary(base), "scenarios": outcomes,
        # Accounts in a currency without an exchange rate are not in the forecast: the owner should know.
        "excluded_accounts": list(meta.get("excluded_accounts") or ()),
    }


def _summary(r: ForecastResult) -> dict[str, Any]:
    return {
        "low_point": r.low_point.to_json(), "runway_days": r.runway_days,
        "deficit_probability": {str(k): v for k, v in r.deficit_probability.items()},
        "buffer_breach_probability": {str(k): v for k, v in r.buffer_breach_probability.items()},
    }


def _outcome(scenario: Scenario, base: ForecastResult, result: ForecastResult,
             effects: Sequence[domain.Effect]) -> dict[str, Any]:
    lb, ls = base.low_point, result.low_point
    return {
        "scenario": {"id": str(scenario.id), "name": scenario.name},
        "low_point": {"baseline": lb.to_json(), "scenario": ls.to_json(), "change": _m(ls.expected - lb.expected),
                      "days_moved": (ls.date - lb.date).days},
        "runway_days": {"baseline": base.runway_days, "scenario": result.runway_days},
        "deficit_probability": _pair(base.deficit_probability, result.deficit_probability),
        "buffer_breach_probability": _pair(base.buffer_breach_probability, result.buffer_breach_probability),
        "daily": [
            {"date": b.date.isoformat(), "baseline_expected": _m(b.expected), "scenario_expected": _m(s.expected),
             "difference": _m(s.expected - b.expected), "scenario_p10": _m(s.p10), "scenario_p90": _m(s.p90)}
            for b, s in zip(base.daily, result.daily, strict=True)
        ],
        "effects": [e.to_json() for e in effects],
    }


def _pair(base: dict[int, float], scenario: dict[int, float]) -> dict[str, dict[str, float]]:
    return {"baseline": {str(k): v for k, v in base.items()}, "scenario": {str(k): v for k, v in scenario.items()}}


def _m(d: Decimal) -> str:
    return format(d.quantize(Decimal("0.01")), "f")



# --- forecast actions: what the forecast runner calls, in process or in the forecast function ---------

def _action_simulate(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    return simulate(uow, tenant, uuid.UUID(str(p["scenario_id"])), horizon=p.get("horizon"))


def _action_compare(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    return compare(uow, tenant, [uuid.UUID(str(s)) for s in p.get("scenario_ids") or ()], horizon=p.get("horizon"))


forecast_service.register_action("simulate_scenarios", _action_simulate)
forecast_service.register_action("compare_scenarios", _action_compare)
