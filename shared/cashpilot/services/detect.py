"""Run the detections for one business: load what the rules read, run them, keep the alerts in step.

`run` is what the pipeline's Detect task (after every import and every nightly forecast), the
15-minute alert check (critical kinds only) and `POST /alerts/check` call. It is idempotent: the
same data gives the same findings, and `alerts.sync` turns the same findings into the same open
alerts (updated in place, never duplicated).

The rules themselves are pure (`domain.detection.rules`); this module only gathers their inputs:
cash today, about fifteen months of transactions, the recurring series with their payers' habits,
the latest forecast, and each transaction's anomaly score (refreshed here on a full run).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from cashpilot.adapters.db.models import Business, Category, Entity, EntityProfile, ForecastSnapshot, RecurringSeries
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.dates import today_in
from cashpilot.domain.detection.model import (
    CRITICAL_KINDS,
    KINDS,
    AnomalyScore,
    DetectionContext,
    ForecastDay,
    ForecastFlow,
    ForecastView,
    Series,
    Thresholds,
    Txn,
)
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.services import alerts, anomalies, businesses
from cashpilot.services import forecast as forecasts
from cashpilot.services.context import Tenant

log = logging.getLogger("cashpilot.detect")

# Detections read the same window the anomaly scores are computed over: a year of baselines plus
# the quarter before it.
LOOKBACK_DAYS = anomalies.LOOKBACK_DAYS


@dataclass(frozen=True)
class DetectRun:
    today: date
    kinds: tuple[str, ...]
    findings: int
    sync: alerts.SyncResult
    snapshot_id: uuid.UUID | None
    anomalies_scored: int


def thresholds_for(settings: BusinessSettings) -> Thresholds:
    """The stored thresholds, scaled by the business's safety mode."""
    t = settings.alert_thresholds
    return Thresholds.scaled(
        settings.safety_mode,
        cash_buffer=t.cash_buffer, deficit_probability=t.deficit_probability, runway_months=t.runway_months,
        payroll_margin=t.payroll_margin, late_payment_days=t.late_payment_days,
        churn_missed_cycles=t.churn_missed_cycles, revenue_drop_percent=t.revenue_drop_percent,
        revenue_variance_percent=t.revenue_variance_percent, concentration_percent=t.concentration_percent,
        spending_spike_percent=t.spending_spike_percent, timing_conflict_percent=t.timing_conflict_percent,
        duplicate_window_days=t.duplicate_window_days, large_payment_amount=t.large_payment_amount,
        unusual_z=t.unusual_z, horizon_days=settings.forecast.horizon_days,
    )


def _category_keys(uow: UnitOfWork, business_id: uuid.UUID) -> dict[uuid.UUID, str]:
    rows = uow.session.execute(select(Category.id, Category.system_key).where(
        Category.business_id == business_id, Category.system_key.is_not(None))).all()
    return {i: k for i, k in rows}


def _series(uow: UnitOfWork, tenant: Tenant, keys: dict[uuid.UUID, str]) -> tuple[Series, ...]:
    rows = uow.session.execute(
        select(RecurringSeries, func.coalesce(Entity.name, Category.name), EntityProfile.days_late)
        .outerjoin(Entity, (Entity.business_id == RecurringSeries.business_id)
                   & (Entity.id == RecurringSeries.entity_id))
        .outerjoin(Category, (Category.business_id == RecurringSeries.business_id)
                   & (Category.id == RecurringSeries.category_id))
        .outerjoin(EntityProfile, (EntityProfile.business_id == RecurringSeries.business_id)
                   & (EntityProfile.entity_id == RecurringSeries.entity_id))
        .where(RecurringSeries.business_id == tenant.business_id, RecurringSeries.currency == tenant.currency)
        .order_by(RecurringSeries.first_date, RecurringSeries.id)).all()
    out = []
    for s, name, late in rows:
        late = late or {}
        out.append(Series(
            id=s.id, name=name or "Recurring payment", direction=s.direction, cadence=s.cadence,
            expected_amount=abs(s.expected_amount), first_date=s.first_date, last_date=s.last_date,
            next_date=s.next_date, occurrences=s.occurrences, status=s.status, confidence=float(s.confidence),
            entity_id=s.entity_id, category_id=s.category_id,
            category_key=keys.get(s.category_id) if s.category_id else None,
            usual_days_late=late.get("p50") if late.get("samples") else None,
            late_p90=late.get("p90") if late.get("samples") else None,
        ))
    return tuple(out)


def _latest_snapshot(uow: UnitOfWork, tenant: Tenant, snapshot_id: uuid.UUID | None) -> ForecastSnapshot | None:
    if snapshot_id is not None:
        snap = uow.session.scalar(select(ForecastSnapshot).where(
            ForecastSnapshot.business_id == tenant.business_id, ForecastSnapshot.id == snapshot_id))
        if snap is not None:
            return snap
    try:
        return forecasts.current(uow, tenant)
    except NotFound:  # no forecast yet: the forecast-based rules stay quiet
        return None


def _forecast_view(snap: ForecastSnapshot, keys: dict[uuid.UUID, str]) -> ForecastView:
    result = forecasts.result_of(snap)
    request = forecasts.request_of(snap)
    return ForecastView(
        snapshot_id=snap.id, as_of=snap.as_of, opening_balance=snap.opening_balance,
        daily=tuple(ForecastDay(d.date, d.expected, d.p10, d.p90) for d in result.daily),
        deficit_probability=dict(result.deficit_probability),
        buffer_breach_probability=dict(result.buffer_breach_probability), runway_days=result.runway_days,
        flows=tuple(ForecastFlow(due=f.due, amount=f.amount, label=f.label, probability=f.probability,
                                 entity_id=f.entity_id, series_id=f.series_id, category_id=f.category_id,
                                 category_key=keys.get(f.category_id) if f.category_id else None)
                    for f in request.known_flows),
    )


def load_context(
    uow: UnitOfWork, tenant: Tenant, settings: BusinessSettings, *, today: date,
    snapshot_id: uuid.UUID | None = None, transactions: Sequence[Txn] | None = None,
    anomaly_scores: dict[uuid.UUID, AnomalyScore] | None = None,
) -> DetectionContext:
    keys = _category_keys(uow, tenant.business_id)
    snap = _latest_snapshot(uow, tenant, snapshot_id)
    name = uow.session.scalar(select(Business.name).where(Business.id == tenant.business_id)) or ""
    if transactions is None:
        transactions = anomalies.load_txns(uow, tenant.business_id, since=today - timedelta(days=LOOKBACK_DAYS),
                                           until=today)
    return DetectionContext(
        business_id=tenant.business_id, business_name=name, currency=tenant.currency, today=today,
        balance=forecasts.cash_today(uow, tenant, day=today), thresholds=thresholds_for(settings),
        transactions=tuple(transactions), series=_series(uow, tenant, keys),
        forecast=_forecast_view(snap, keys) if snap is not None else None,
        anomalies=anomaly_scores or {},
    )


def check_kinds(kinds: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        raise InvalidInput(f"Unknown detection kind: {unknown[0]}.", code="unknown_detection_kind",
                           details={"unknown": unknown, "known": list(KINDS)})
    return tuple(k for k in KINDS if k in kinds)


def run(
    uow: UnitOfWork, tenant: Tenant, *, kinds: list[str] | tuple[str, ...] | None = None, today: date | None = None,
    snapshot_id: uuid.UUID | None = None,
) -> DetectRun:
    """Run the detections of `kinds` (default: all) and sync their alerts; commits.

    A full run (every kind) rescores the transactions' anomalies first; a critical-only run (the
    15-minute check) reads the scores stored by the last full run and leaves the others alone."""
    from cashpilot.domain.detection.rules import run as run_rules

    kinds = check_kinds(kinds)
    today = today or today_in(tenant.timezone)
    settings = businesses.get_settings(uow, tenant)
    txns = anomalies.load_txns(uow, tenant.business_id, since=today - timedelta(days=LOOKBACK_DAYS), until=today)
    if set(kinds) == set(KINDS):
        scores = anomalies.refresh(uow, tenant, today=today, txns=txns, z=thresholds_for(settings).unusual_z)
    else:
        scores = anomalies.stored_scores(uow, tenant) if "unusual_transaction" in kinds else {}
    ctx = load_context(uow, tenant, settings, today=today, snapshot_id=snapshot_id, transactions=txns,
                       anomaly_scores=scores)
    disabled = tuple(settings.alert_thresholds.disabled)
    findings = run_rules(ctx, kinds=kinds, disabled=disabled)
    # A kind switched off is not evaluated: its open alerts resolve, the owner said it is not wanted.
    result = alerts.sync(uow, tenant, findings, evaluated=kinds,
                         snapshot_id=ctx.forecast.snapshot_id if ctx.forecast else None)
    uow.commit()
    return DetectRun(today=today, kinds=kinds, findings=len(findings), sync=result,
                     snapshot_id=ctx.forecast.snapshot_id if ctx.forecast else None, anomalies_scored=len(scores))


def run_critical(uow: UnitOfWork, tenant: Tenant, *, today: date | None = None) -> DetectRun:
    return run(uow, tenant, kinds=CRITICAL_KINDS, today=today)


@dataclass(frozen=True)
class Sweep:
    businesses: int
    checked: int
    failed: int
    raised: int
    escalated: int
    resolved: int


def check_all(*, actor: str = "scheduler:alert_checks", kinds: tuple[str, ...] = CRITICAL_KINDS) -> Sweep:
    """The 15-minute check: the critical detections for every business, each in its own transaction so
    one business's failure does not hold up the others' alerts. Without new data, every tick finds
    the same conditions and leaves the same open alerts."""
    with UnitOfWork(actor=actor) as uow:
        ids = businesses.all_business_ids(uow)
    checked = failed = raised = escalated = resolved = 0
    for business_id in ids:
        try:
            with UnitOfWork(business_id=business_id, actor=actor) as uow:
                tenant = forecasts.tenant_for(uow, business_id)
                if tenant is None:  # deleted since the list was read
                    continue
                result = run(uow, tenant, kinds=kinds).sync
        except Exception:  # logged and counted; the next tick tries again
            log.exception("alert check failed for business %s", business_id)
            failed += 1
            continue
        checked += 1
        raised += len(result.raised)
        escalated += len(result.escalated)
        resolved += len(result.resolved)
    if ids and failed == len(ids):
        raise RuntimeError(f"alert checks failed for all {failed} businesses")
    return Sweep(businesses=len(ids), checked=checked, failed=failed, raised=raised, escalated=escalated,
                 resolved=resolved)
