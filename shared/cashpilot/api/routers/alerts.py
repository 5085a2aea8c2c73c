"""Alerts (what needs the owner's attention) and the per-business detection configuration."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from cashpilot.adapters.db.models import Alert
from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.alerts import (
    AlertOut,
    AlertPage,
    CheckIn,
    CheckOut,
    DetectionConfigIn,
    DetectionConfigOut,
    SnoozeIn,
    UnreadCountOut,
)
from cashpilot.config import get_settings
from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.roles import Permission
from cashpilot.services import alerts as svc

router = APIRouter(tags=["alerts"])


def _out(a: Alert) -> AlertOut:
    return AlertOut.model_validate(a)


@router.get("/alerts", response_model=AlertPage, summary="Alerts, newest first (default: open ones asking for "
                                                          "attention: not dismissed, not snoozed)")
def list_alerts(
    uow: UoW, tenant: CurrentTenant,
    status: Annotated[str, Query(description="open | resolved | all")] = "open",
    severity: Annotated[list[str] | None, Query(description="emergency | this_week | upcoming (repeatable)")] = None,
    kind: Annotated[list[str] | None, Query(description="detection kinds (repeatable)")] = None,
    unread: bool | None = None,
    include_dismissed: bool = False,
    include_snoozed: bool = False,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> AlertPage:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    f = svc.AlertFilter(status=status, severity=tuple(severity or ()), kind=tuple(kind or ()), unread=unread,
                        include_dismissed=include_dismissed, include_snoozed=include_snoozed)
    page = svc.list_alerts(uow, tenant, f, limit=limit, cursor=cursor)
    return AlertPage(items=[_out(a) for a in page.items], total=page.total, limit=limit, next_cursor=page.next_cursor)


@router.get("/alerts/unread-count", response_model=UnreadCountOut,
            summary="Open, unread alerts asking for attention, in all and by severity")
def unread_count(uow: UoW, tenant: CurrentTenant) -> UnreadCountOut:
    counts = svc.open_counts(uow, tenant, unread_only=True)
    return UnreadCountOut(unread=sum(counts.values()), by_severity=counts)


@router.post("/alerts/check", response_model=CheckOut,
             summary="Run the detections now (all, or the kinds given) and update the alerts")
def check_now(uow: UoW, tenant: CurrentTenant, body: CheckIn | None = None) -> CheckOut:
    tenant.require(Permission.WRITE)
    # Imported here: the rules and anomaly scoring are only loaded by the request that runs them,
    # not on every cold start of the API.
    from cashpilot.services import detect

    run = detect.run(uow, tenant, kinds=body.kinds if body else None)
    return CheckOut(findings=run.findings, **run.sync.counts(), open_by_severity=svc.open_counts(uow, tenant))


@router.get("/alerts/{alert_id}", response_model=AlertOut, summary="One alert with the data behind it")
def get_alert(alert_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AlertOut:
    return _out(svc.get_alert(uow, tenant, alert_id))


@router.post("/alerts/{alert_id}/read", response_model=AlertOut, summary="Mark read")
def read_alert(alert_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AlertOut:
    return _out(svc.mark_read(uow, tenant, alert_id))


@router.post("/alerts/{alert_id}/unread", response_model=AlertOut, summary="Mark unread")
def unread_alert(alert_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AlertOut:
    return _out(svc.mark_read(uow, tenant, alert_id, read=False))


@router.post("/alerts/{alert_id}/dismiss", response_model=AlertOut,
             summary="Put aside while the condition holds (it comes back only if it escalates)")
def dismiss_alert(alert_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AlertOut:
    return _out(svc.dismiss(uow, tenant, alert_id))


@router.post("/alerts/{alert_id}/snooze", response_model=AlertOut,
             summary="Hide until a time (at most 90 days; an escalation brings it back sooner)")
def snooze_alert(alert_id: uuid.UUID, body: SnoozeIn, uow: UoW, tenant: CurrentTenant) -> AlertOut:
    if (body.until is None) == (body.hours is None):
        raise InvalidInput("Give either `until` or `hours`.", code="invalid_snooze")
    until = body.until if body.until is not None else datetime.now(UTC) + timedelta(hours=body.hours or 0)
    return _out(svc.snooze(uow, tenant, alert_id, until=until))


@router.get("/detection-config", response_model=DetectionConfigOut,
            summary="Safety mode, thresholds and the detections switched off")
def get_config(uow: UoW, tenant: CurrentTenant) -> DetectionConfigOut:
    c = svc.config(uow, tenant)
    return DetectionConfigOut(safety_mode=c.safety_mode, thresholds=c.thresholds, kinds=list(c.kinds))


@router.put("/detection-config", response_model=DetectionConfigOut,
            summary="Change the safety mode and any thresholds (owners; fields not sent stay as they are)")
def put_config(body: DetectionConfigIn, uow: UoW, tenant: CurrentTenant) -> DetectionConfigOut:
    c = svc.update_config(uow, tenant, body.model_dump(exclude_none=True))
    return DetectionConfigOut(safety_mode=c.safety_mode, thresholds=c.thresholds, kinds=list(c.kinds))
