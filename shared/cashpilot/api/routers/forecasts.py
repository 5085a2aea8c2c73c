"""Cash forecasts: the current one, generating one, any past one, their history, replays and accuracy.

Reading is plain database work. Anything that runs the engine (generate, replay, backtest) goes
through the forecast runner: in-process locally, the forecast function in AWS (see
adapters/forecast_runner.py), so this module never imports the engine.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response, status

from cashpilot.adapters.db.models import ForecastAccuracy, ForecastReview, ForecastSnapshot
from cashpilot.adapters.forecast_runner import ForecastRunner, runner_from_settings
from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.forecasts import (
    AccuracyOut,
    BacktestIn,
    BacktestOut,
    DayOut,
    ExcludedAccountOut,
    GenerateIn,
    KnownFlowOut,
    LowPointOut,
    ReplayOut,
    ReviewOut,
    SnapshotOut,
    SnapshotPage,
    SnapshotSummaryOut,
)
from cashpilot.config import get_settings
from cashpilot.domain.roles import Permission
from cashpilot.services import forecast as svc

router = APIRouter(prefix="/forecasts", tags=["forecasts"])

Runner = Annotated[ForecastRunner, Depends(runner_from_settings)]


def _summary_fields(s: ForecastSnapshot) -> dict:
    return {
        "id": s.id, "created_at": s.created_at, "trigger": s.trigger, "as_of": s.as_of, "horizon": s.horizon,
        "currency": s.currency, "model": s.model, "opening_balance": s.opening_balance,
        "low_point": LowPointOut(date=s.low_point_date, expected=s.low_point_expected, p10=s.low_point_p10),
        "deficit_probability": s.deficit_probability, "buffer_breach_probability": s.buffer_breach_probability,
        "runway_days": s.runway_days, "scenario_ids": list(s.scenario_ids or []),
    }


def snapshot_out(s: ForecastSnapshot) -> SnapshotOut:
    r = svc.result_of(s)
    flows = svc.request_of(s).known_flows
    return SnapshotOut(
        **_summary_fields(s), buffer=r.buffer, baseline_daily=r.baseline_daily,
        daily=[DayOut(date=d.date, expected=d.expected, p10=d.p10, p50=d.p50, p90=d.p90) for d in r.daily],
        known_flows=r.known_flows,
        flows=[KnownFlowOut(key=f.key, source=f.source, label=f.label, due=f.due, amount=f.amount,
                            probability=f.probability, entity_id=f.entity_id, series_id=f.series_id) for f in flows],
        excluded_accounts=[ExcludedAccountOut(**a) for a in (s.parameters or {}).get("excluded_accounts", [])],
        paths=r.paths, seed=r.seed, model_scores=r.model_scores,
    )


def _backtest_out(a: ForecastAccuracy) -> BacktestOut:
    return BacktestOut(
        id=a.id, computed_at=a.computed_at, horizon=a.horizon, origins=a.origins,
        mase_flat=None if a.mase_flat is None else float(a.mase_flat),
        mase_seasonal=None if a.mase_seasonal is None else float(a.mase_seasonal), mae=a.mae,
        coverage=float(a.coverage), brier_deficit=float(a.brier_deficit), brier_breach=float(a.brier_breach),
        details=a.details,
    )


def _review_out(r: ForecastReview) -> ReviewOut:
    return ReviewOut.model_validate(r)


@router.get("/current", response_model=SnapshotOut,
            summary="The latest forecast: daily expected balance with p10/p50/p90, low point, deficit risk")
def current_forecast(uow: UoW, tenant: CurrentTenant) -> SnapshotOut:
    return snapshot_out(svc.current(uow, tenant))


@router.post("/generate", response_model=SnapshotOut, status_code=status.HTTP_201_CREATED,
             summary="Forecast now (optionally with saved scenarios) and store the run as a snapshot",
             responses={200: {"description": "The Idempotency-Key was used before: that snapshot, unchanged"}})
def generate_forecast(
    body: GenerateIn, uow: UoW, tenant: CurrentTenant, runner: Runner, response: Response,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200,
                                                  description="Resending with the same key returns the same "
                                                              "snapshot instead of forecasting again")] = None,
) -> SnapshotOut:
    tenant.require(Permission.WRITE)
    # A client's key lives in its own namespace: it can never collide with the pipeline's keys.
    key = f"api:{idempotency_key}" if idempotency_key else None
    out = runner.run(uow, tenant, "generate", horizon=body.horizon, as_of=body.as_of,
                     scenario_ids=body.scenario_ids, idempotency_key=key, trigger="api")
    if out.get("replayed"):
        response.status_code = status.HTTP_200_OK
    return snapshot_out(svc.get_snapshot(uow, tenant, uuid.UUID(out["snapshot_id"])))


@router.get("/history", response_model=SnapshotPage, summary="Past forecasts, newest first")
def forecast_history(
    uow: UoW, tenant: CurrentTenant,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> SnapshotPage:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    page = svc.history(uow, tenant, limit=limit, cursor=cursor)
    return SnapshotPage(items=[SnapshotSummaryOut(**_summary_fields(x)) for x in page.items], total=page.total,
                        limit=limit, next_cursor=page.next_cursor)


@router.get("/accuracy", response_model=AccuracyOut,
            summary="How good the forecasts have been: the latest backtest and the latest weekly reviews")
def forecast_accuracy(uow: UoW, tenant: CurrentTenant) -> AccuracyOut:
    view = svc.accuracy(uow, tenant)
    return AccuracyOut(backtest=_backtest_out(view.backtest) if view.backtest else None,
                       reviews=[_review_out(r) for r in view.reviews])


@router.post("/accuracy/run", response_model=BacktestOut, status_code=status.HTTP_201_CREATED,
             summary="Backtest the forecast on this business's own history and store the figures")
def run_backtest(uow: UoW, tenant: CurrentTenant, runner: Runner, body: BacktestIn | None = None) -> BacktestOut:
    tenant.require(Permission.WRITE)
    body = body or BacktestIn()
    out = runner.run(uow, tenant, "backtest", horizon=body.horizon, origins=body.origins)
    row = uow.session.get(ForecastAccuracy, uuid.UUID(out["accuracy_id"]))
    return _backtest_out(row)


@router.get("/{snapshot_id}", response_model=SnapshotOut, summary="One stored forecast")
def get_forecast(snapshot_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> SnapshotOut:
    return snapshot_out(svc.get_snapshot(uow, tenant, snapshot_id))


@router.get("/{snapshot_id}/replay", response_model=ReplayOut,
            summary="Run a stored forecast again from its stored inputs and say whether it came out the same")
def replay_forecast(snapshot_id: uuid.UUID, uow: UoW, tenant: CurrentTenant, runner: Runner) -> ReplayOut:
    svc.get_snapshot(uow, tenant, snapshot_id)  # 404 here, before any engine work
    out = runner.run(uow, tenant, "replay", snapshot_id=snapshot_id)
    return ReplayOut(snapshot_id=snapshot_id, reproduced=out["reproduced"], model=out["model"])
