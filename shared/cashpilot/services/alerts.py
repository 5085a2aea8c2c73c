"""Alerts: what the detections found, kept so they respect the owner's attention.

- One open alert per condition and subject (`dedup_key`), enforced by a partial unique index. A later
  run updates it in place: the numbers refresh, the severity moves up (escalated) or down
  (de-escalated), and when the condition no longer holds the alert is resolved.
- read / dismissed / snoozed are the owner's. A refresh keeps them; only an escalation brings a
  dismissed or snoozed alert back (it is news: "this week" became "today").
- A condition that clears and comes back later is a new alert (the old one stays resolved, as history).

Also the per-business detection configuration (`GET/PUT /detection-config`): the safety mode, the
thresholds and the kinds switched off, stored in the business's settings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, text, tuple_
from sqlalchemy.dialects.postgresql import insert

from cashpilot.adapters.db.models import Alert
from cashpilot.adapters.db.transaction_queries import _decode_cursor, encode_cursor
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import AlertThresholds
from cashpilot.domain.detection.model import KINDS, SEVERITIES, SEVERITY_RANK, Finding
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.domain.roles import Permission
from cashpilot.services import businesses
from cashpilot.services.context import Tenant

_CURSOR_SORT = "-last_detected_at"
MAX_SNOOZE = timedelta(days=90)
STATUSES = ("open", "resolved", "all")


@dataclass
class SyncResult:
    raised: list[uuid.UUID] = field(default_factory=list)
    escalated: list[uuid.UUID] = field(default_factory=list)
    deescalated: list[uuid.UUID] = field(default_factory=list)
    refreshed: list[uuid.UUID] = field(default_factory=list)
    resolved: list[uuid.UUID] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return len(self.raised) + len(self.escalated) + len(self.deescalated) + len(self.resolved)

    def counts(self) -> dict[str, int]:
        return {"raised": len(self.raised), "escalated": len(self.escalated), "deescalated": len(self.deescalated),
                "refreshed": len(self.refreshed), "resolved": len(self.resolved)}


def alert_not_found(alert_id: uuid.UUID | str) -> NotFound:
    return NotFound("No such alert.", code="alert_not_found", details={"alert_id": str(alert_id)})


def _event(now: datetime, event: str, severity: str) -> dict[str, Any]:
    return {"at": now.isoformat(), "event": event, "severity": severity}


def _values(f: Finding) -> dict[str, Any]:
    return {"kind": f.kind, "severity": f.severity, "title": f.title, "message": f.message,
            "subject_type": f.subject_type, "subject_id": f.subject_id, "data": f.data}


def sync(
    uow: UnitOfWork, tenant: Tenant, findings: list[Finding], *, evaluated: tuple[str, ...],
    snapshot_id: uuid.UUID | None, now: datetime | None = None,
) -> SyncResult:
    """Make the open alerts of the `evaluated` kinds match `findings`. Does not commit."""
    now = now or datetime.now(UTC)
    result = SyncResult()
    open_rows = {a.dedup_key: a for a in uow.session.scalars(
        select(Alert).where(Alert.business_id == tenant.business_id, Alert.status == "open",
                            Alert.kind.in_(evaluated)).with_for_update())}
    seen: set[str] = set()
    for f in findings:
        key = f.dedup_key
        if key in seen:  # the rules dedup already; a second finding for a key would flap the alert
            continue
        seen.add(key)
        alert = open_rows.get(key)
        if alert is None:
            inserted = uow.session.execute(
                insert(Alert).values(business_id=tenant.business_id, dedup_key=key, snapshot_id=snapshot_id,
                                     history=[_event(now, "raised", f.severity)], first_detected_at=now,
                                     last_detected_at=now, **_values(f))
                .on_conflict_do_nothing(index_elements=["business_id", "dedup_key"],
                                        index_where=text("status = 'open'"))
                .returning(Alert.id)).scalar()
            if inserted is not None:  # None: a concurrent run raised it a moment ago; it is there
                result.raised.append(inserted)
            continue
        old, new = SEVERITY_RANK[alert.severity], SEVERITY_RANK[f.severity]
        if new < old:
            alert.history = [*alert.history, _event(now, "escalated", f.severity)]
            # More urgent than what the owner put aside: it needs their eyes again.
            alert.dismissed_at = alert.snoozed_until = alert.read_at = None
            result.escalated.append(alert.id)
        elif new > old:
            alert.history = [*alert.history, _event(now, "deescalated", f.severity)]
            result.deescalated.append(alert.id)
        else:
            result.refreshed.append(alert.id)
        for name, value in _values(f).items():
            if getattr(alert, name) != value:
                setattr(alert, name, value)
        alert.last_detected_at = now
        alert.snapshot_id = snapshot_id
    for key, alert in open_rows.items():
        if key not in seen:
            alert.status = "resolved"
            alert.resolved_at = now
            alert.history = [*alert.history, _event(now, "resolved", alert.severity)]
            result.resolved.append(alert.id)
    uow.flush()
    return result


# ------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class AlertFilter:
    status: str = "open"
    severity: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    unread: bool | None = None
    include_dismissed: bool = False
    include_snoozed: bool = False

    def validate(self) -> None:
        if self.status not in STATUSES:
            raise InvalidInput(f"status must be one of {', '.join(STATUSES)}.", code="invalid_status",
                               details={"status": self.status})
        if bad := sorted(set(self.severity) - set(SEVERITIES)):
            raise InvalidInput(f"Unknown severity: {bad[0]}.", code="invalid_severity",
                               details={"unknown": bad, "known": list(SEVERITIES)})
        if bad := sorted(set(self.kind) - set(KINDS)):
            raise InvalidInput(f"Unknown alert kind: {bad[0]}.", code="unknown_detection_kind",
                               details={"unknown": bad, "known": list(KINDS)})


def _attention(now: datetime):
    """Alerts asking for attention now: not dismissed, not snoozed into the future."""
    return and_(Alert.dismissed_at.is_(None), or_(Alert.snoozed_until.is_(None), Alert.snoozed_until <= now))


def _where(tenant: Tenant, f: AlertFilter, now: datetime) -> list:
    clauses = [Alert.business_id == tenant.business_id]
    if f.status != "all":
        clauses.append(Alert.status == f.status)
    if f.severity:
        clauses.append(Alert.severity.in_(f.severity))
    if f.kind:
        clauses.append(Alert.kind.in_(f.kind))
    if f.unread is not None:
        clauses.append(Alert.read_at.is_(None) if f.unread else Alert.read_at.is_not(None))
    if not f.include_dismissed:
        clauses.append(Alert.dismissed_at.is_(None))
    if not f.include_snoozed:
        clauses.append(or_(Alert.snoozed_until.is_(None), Alert.snoozed_until <= now))
    return clauses


@dataclass(frozen=True)
class AlertPage:
    items: list[Alert]
    total: int
    next_cursor: str | None


def list_alerts(uow: UnitOfWork, tenant: Tenant, f: AlertFilter, *, limit: int,
                cursor: str | None = None) -> AlertPage:
    """Newest first (by when the condition was last seen), a page at a time."""
    f.validate()
    now = datetime.now(UTC)
    clauses = _where(tenant, f, now)
    q = select(Alert).where(*clauses)
    if cursor:
        seen_at, last_id = _decode_cursor(cursor, _CURSOR_SORT)
        q = q.where(tuple_(Alert.last_detected_at, Alert.id) < tuple_(seen_at, last_id))
    rows = list(uow.session.scalars(q.order_by(Alert.last_detected_at.desc(), Alert.id.desc()).limit(limit + 1)))
    total = uow.session.scalar(select(func.count()).select_from(Alert).where(*clauses)) or 0
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(_CURSOR_SORT, rows[-1].last_detected_at.isoformat(), rows[-1].id)
    return AlertPage(items=rows, total=total, next_cursor=next_cursor)


def get_alert(uow: UnitOfWork, tenant: Tenant, alert_id: uuid.UUID) -> Alert:
    alert = uow.session.scalar(select(Alert).where(Alert.business_id == tenant.business_id, Alert.id == alert_id))
    if alert is None:
        raise alert_not_found(alert_id)
    return alert


def open_counts(uow: UnitOfWork, tenant: Tenant, *, unread_only: bool = False) -> dict[str, int]:
    """Open alerts asking for attention, by severity (every severity present, zeros included)."""
    now = datetime.now(UTC)
    clauses = [Alert.business_id == tenant.business_id, Alert.status == "open", _attention(now)]
    if unread_only:
        clauses.append(Alert.read_at.is_(None))
    rows = uow.session.execute(select(Alert.severity, func.count()).where(*clauses).group_by(Alert.severity)).all()
    counts = dict.fromkeys(SEVERITIES, 0)
    counts.update({s: n for s, n in rows})
    return counts


# ------------------------------------------------------------------------------------ the owner's


def _owned(uow: UnitOfWork, tenant: Tenant, alert_id: uuid.UUID) -> Alert:
    # Reading, dismissing and snoozing change no financial data: a viewer may tidy their inbox too.
    tenant.require(Permission.READ)
    return get_alert(uow, tenant, alert_id)


def mark_read(uow: UnitOfWork, tenant: Tenant, alert_id: uuid.UUID, *, read: bool = True) -> Alert:
    alert = _owned(uow, tenant, alert_id)
    if read and alert.read_at is None:
        alert.read_at = datetime.now(UTC)
    elif not read:
        alert.read_at = None
    uow.commit()
    return alert


def dismiss(uow: UnitOfWork, tenant: Tenant, alert_id: uuid.UUID) -> Alert:
    alert = _owned(uow, tenant, alert_id)
    now = datetime.now(UTC)
    if alert.dismissed_at is None:
        alert.dismissed_at = now
        alert.read_at = alert.read_at or now
        alert.history = [*alert.history, _event(now, "dismissed", alert.severity)]
    uow.commit()
    return alert


def snooze(uow: UnitOfWork, tenant: Tenant, alert_id: uuid.UUID, *, until: datetime) -> Alert:
    now = datetime.now(UTC)
    if until.tzinfo is None:
        raise InvalidInput("until needs a time zone (e.g. 2026-12-01T09:00:00Z).", code="invalid_snooze",
                           details={"until": until.isoformat()})
    if not now < until <= now + MAX_SNOOZE:
        raise InvalidInput(f"Snooze until a moment in the next {MAX_SNOOZE.days} days.", code="invalid_snooze",
                           details={"until": until.isoformat(), "max_days": MAX_SNOOZE.days})
    alert = _owned(uow, tenant, alert_id)
    if alert.status != "open":
        raise InvalidInput("Only an open alert can be snoozed.", code="alert_resolved",
                           details={"alert_id": str(alert_id)})
    alert.snoozed_until = until
    alert.read_at = alert.read_at or now
    alert.history = [*alert.history, {**_event(now, "snoozed", alert.severity), "until": until.isoformat()}]
    uow.commit()
    return alert


# ------------------------------------------------------------------------------------ configuration


@dataclass(frozen=True)
class DetectionConfig:
    safety_mode: str
    thresholds: AlertThresholds
    kinds: tuple[str, ...]


def config(uow: UnitOfWork, tenant: Tenant) -> DetectionConfig:
    s = businesses.get_settings(uow, tenant)
    return DetectionConfig(safety_mode=s.safety_mode, thresholds=s.alert_thresholds, kinds=KINDS)


def update_config(uow: UnitOfWork, tenant: Tenant, patch: dict[str, Any]) -> DetectionConfig:
    """Merge `{"safety_mode": ..., "thresholds": {...}}` into the business's settings (the settings'
    own rules apply: owners only, every field validated)."""
    thresholds = dict(patch.get("thresholds") or {})
    if bad := sorted(set(thresholds.get("disabled") or ()) - set(KINDS)):
        raise InvalidInput(f"Unknown detection kind: {bad[0]}.", code="unknown_detection_kind",
                           details={"unknown": bad, "known": list(KINDS)})
    settings_patch: dict[str, Any] = {}
    if thresholds:
        settings_patch["alert_thresholds"] = thresholds
    if patch.get("safety_mode") is not None:
        settings_patch["safety_mode"] = patch["safety_mode"]
    merged = businesses.update_settings(uow, tenant, settings_patch, replace=False)
    return DetectionConfig(safety_mode=merged.safety_mode, thresholds=merged.alert_thresholds, kinds=KINDS)
