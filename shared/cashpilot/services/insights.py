"""Insights: the weekly summary of a business (computed from its transactions, stored by the weekly
digest), the stored list, and the owner's feedback on each.

A week is Monday to Sunday in the business's time zone; "last week" is the last one that has ended
before today. Reading never writes: `weekly_summary(store=False)` returns the stored summary of the
week when the digest has stored it, else computes one on the spot (`stored=False`, no id).
`store=True` (the digest job) computes it again and upserts it (one row per business, kind and week;
the owner's feedback survives), and commits.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text

from cashpilot.adapters.db.models import Insight
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain import insights as domain
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.services import anomalies
from cashpilot.services.context import Tenant

WEEKLY = "weekly_summary"
KINDS = (WEEKLY,)
FEEDBACK = ("helpful", "not_helpful")


@dataclass(frozen=True)
class InsightView:
    id: uuid.UUID | None  # None: computed for this request, not stored
    kind: str
    period_start: date
    period_end: date
    title: str
    body: str
    data: dict[str, Any]  # the figures behind the text; money as decimal strings
    feedback: str | None
    feedback_at: datetime | None
    created_at: datetime | None
    stored: bool


def _view(row: Insight) -> InsightView:
    return InsightView(id=row.id, kind=row.kind, period_start=row.period_start, period_end=row.period_end,
                       title=row.title, body=row.body, data=row.data or {}, feedback=row.feedback,
                       feedback_at=row.feedback_at, created_at=row.created_at, stored=True)


def insight_not_found(insight_id: uuid.UUID) -> NotFound:
    return NotFound("No insight with this id in this business.", code="insight_not_found",
                    details={"insight_id": str(insight_id)})


def _week(tenant: Tenant, today: date | None, week_start: date | None) -> date:
    latest = domain.last_complete_week(today or today_in(tenant.timezone))
    if week_start is None:
        return latest
    if week_start.weekday() != 0:
        raise InvalidInput("week_start must be a Monday.", code="invalid_week_start",
                           details={"week_start": week_start.isoformat()})
    if week_start > latest:
        raise InvalidInput("That week has not ended yet; the latest complete week starts on "
                           f"{latest.isoformat()}.", code="week_not_complete",
                           details={"week_start": week_start.isoformat(), "latest": latest.isoformat()})
    return week_start


def weekly_figures(uow: UnitOfWork, tenant: Tenant, week_start: date) -> domain.WeekFigures:
    txns = anomalies.load_txns(uow, tenant.business_id, since=week_start - timedelta(days=domain.HISTORY_DAYS - 7),
                               until=week_start + timedelta(days=6))
    return domain.weekly_figures(txns, week_start=week_start, currency=tenant.currency)


def _stored(uow: UnitOfWork, tenant: Tenant, kind: str, period_start: date) -> Insight | None:
    return uow.session.scalar(select(Insight).where(Insight.business_id == tenant.business_id, Insight.kind == kind,
                                                    Insight.period_start == period_start))


def weekly_summary(
    uow: UnitOfWork, tenant: Tenant, *, today: date | None = None, store: bool = False,
    week_start: date | None = None,
) -> InsightView:
    """The summary of the last complete week before `today` (or of the week starting `week_start`, a
    Monday), against the week before it. See the module notes for what `store` does."""
    start = _week(tenant, today, week_start)
    if not store and (row := _stored(uow, tenant, WEEKLY, start)) is not None:
        return _view(row)
    figures = weekly_figures(uow, tenant, start)
    summary = domain.compose(figures)
    data = figures.to_json()
    if not store:
        return InsightView(id=None, kind=WEEKLY, period_start=start, period_end=figures.period_end,
                           title=summary.title, body=summary.body, data=data, feedback=None, feedback_at=None,
                           created_at=None, stored=False)
    insight_id = uow.session.execute(text("""
        INSERT INTO insights AS i (business_id, kind, period_start, period_end, title, body, data)
        VALUES (:b, :kind, :start, :end, :title, :body, CAST(:data AS jsonb))
        ON CONFLICT (business_id, kind, period_start) DO UPDATE SET
            period_end = EXCLUDED.period_end, title = EXCLUDED.title, body = EXCLUDED.body, data = EXCLUDED.data
        RETURNING i.id"""),
        {"b": tenant.business_id, "kind": WEEKLY, "start": start, "end": figures.period_end, "title": summary.title,
         "body": summary.body, "data": json.dumps(data)}).scalar_one()
    uow.commit()
    row = uow.session.get(Insight, insight_id, populate_existing=True)
    return _view(row)


def list_insights(uow: UnitOfWork, tenant: Tenant, *, kind: str | None = None, limit: int = 20,
                  offset: int = 0) -> tuple[list[InsightView], int]:
    """Stored insights, the latest period first; and how many there are."""
    where = [Insight.business_id == tenant.business_id]
    if kind is not None:
        if kind not in KINDS:
            raise InvalidInput(f"Unknown insight kind {kind!r}.", code="unknown_insight_kind",
                               details={"kinds": list(KINDS)})
        where.append(Insight.kind == kind)
    rows = uow.session.scalars(select(Insight).where(*where)
                               .order_by(Insight.period_start.desc(), Insight.created_at.desc(), Insight.id)
                               .limit(limit).offset(offset)).all()
    total = uow.session.scalar(select(func.count()).select_from(Insight).where(*where)) or 0
    return [_view(r) for r in rows], total


def get_insight(uow: UnitOfWork, tenant: Tenant, insight_id: uuid.UUID) -> InsightView:
    row = uow.session.scalar(select(Insight).where(Insight.business_id == tenant.business_id,
                                                   Insight.id == insight_id))
    if row is None:
        raise insight_not_found(insight_id)
    return _view(row)


def feedback(uow: UnitOfWork, tenant: Tenant, insight_id: uuid.UUID, value: str) -> InsightView:
    """Record whether the insight helped (any member may say so; a later answer replaces the earlier)."""
    if value not in FEEDBACK:
        raise InvalidInput("Feedback is 'helpful' or 'not_helpful'.", code="invalid_feedback",
                           details={"allowed": list(FEEDBACK)})
    row = uow.session.scalar(select(Insight).where(Insight.business_id == tenant.business_id,
                                                   Insight.id == insight_id).with_for_update())
    if row is None:
        raise insight_not_found(insight_id)
    row.feedback = value
    row.feedback_at = datetime.now(UTC)
    uow.commit()
    return _view(row)
