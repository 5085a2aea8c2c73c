"""Insights: the weekly summary, the stored ones, and the owner's feedback."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.insights import FeedbackIn, InsightOut, InsightPage
from cashpilot.services import insights as svc

router = APIRouter(prefix="/insights", tags=["insights"])


def _out(v: svc.InsightView) -> InsightOut:
    return InsightOut(**asdict(v))


@router.get("", response_model=InsightPage, summary="Stored insights, the latest period first")
def list_insights(uow: UoW, tenant: CurrentTenant,
                  kind: Literal["weekly_summary"] | None = None,
                  limit: Annotated[int, Query(ge=1, le=100)] = 20,
                  offset: Annotated[int, Query(ge=0, le=10_000)] = 0) -> InsightPage:
    items, total = svc.list_insights(uow, tenant, kind=kind, limit=limit, offset=offset)
    return InsightPage(items=[_out(v) for v in items], total=total, limit=limit, offset=offset)


@router.get("/weekly-summary", response_model=InsightOut,
            summary="Last week's summary (Monday-Sunday): the stored one, or computed now (`stored: false`)")
def weekly_summary(uow: UoW, tenant: CurrentTenant,
                   week_start: Annotated[date | None, Query(description="A Monday; default: the last complete "
                                                                           "week")] = None) -> InsightOut:
    return _out(svc.weekly_summary(uow, tenant, week_start=week_start))


@router.post("/{insight_id}/feedback", response_model=InsightOut, summary="Say whether an insight helped")
def give_feedback(insight_id: uuid.UUID, body: FeedbackIn, uow: UoW, tenant: CurrentTenant) -> InsightOut:
    return _out(svc.feedback(uow, tenant, insight_id, body.value))
