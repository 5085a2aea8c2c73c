"""The dashboard: overview, trends, cash-flow timeline, unusual transactions, and the user's card layout."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.dashboard import (
    AlertCountsOut,
    AnomalyListOut,
    AnomalyOut,
    CashPositionOut,
    ChangeOut,
    FlowsOut,
    LayoutIn,
    LayoutOut,
    MonthOut,
    OverviewOut,
    Period,
    PeriodOut,
    StabilityOut,
    TimelineOut,
    TimelinePointOut,
    TopEntityOut,
    TrendsOut,
)
from cashpilot.domain.dates import today_in
from cashpilot.domain.insights import percent_change
from cashpilot.services import anomalies
from cashpilot.services import dashboard as svc

router = APIRouter(prefix="/dashboard", tags=["dashboard"])

ANOMALY_DAYS = 90


def _flows(f: svc.Flows) -> FlowsOut:
    return FlowsOut(start=f.start, end=f.end, money_in=f.money_in, money_out=f.money_out, net=f.net)


def _change(now: svc.Flows, before: svc.Flows) -> ChangeOut:
    return ChangeOut(
        money_in=now.money_in - before.money_in, money_out=now.money_out - before.money_out, net=now.net - before.net,
        money_in_percent=percent_change(now.money_in, before.money_in),
        money_out_percent=percent_change(now.money_out, before.money_out),
        net_percent=percent_change(now.net, before.net),
    )


def _top(items) -> list[TopEntityOut]:
    return [TopEntityOut(entity_id=e.entity_id, name=e.name, type=e.type, total=e.total,
                         transaction_count=e.transaction_count, share=float(e.share)) for e in items]


@router.get("/overview", response_model=OverviewOut,
            summary="Cash position, the period's money in and out with the change, open alerts, stability, "
                    "top customers and suppliers")
def overview(uow: UoW, tenant: CurrentTenant,
             period: Annotated[Period, Query(description="The period money in and out covers")] = "month_to_date",
             ) -> OverviewOut:
    v = svc.overview(uow, tenant, period_name=period)
    c = v.cash
    return OverviewOut(
        as_of=v.as_of, currency=v.currency,
        cash=CashPositionOut(available=c.available, committed_outflows=c.committed_outflows,
                             expected_inflows=c.expected_inflows, cash_buffer=c.cash_buffer,
                             net_free_cash=c.net_free_cash, window_days=c.window_days, forecast_id=c.forecast_id,
                             forecast_as_of=c.forecast_as_of),
        period=PeriodOut(name=v.period.name, current=_flows(v.period.current), previous=_flows(v.period.previous),
                         change=_change(v.period.current, v.period.previous)),
        alerts=AlertCountsOut(**v.alerts, total=sum(v.alerts.values())),
        stability=StabilityOut(**asdict(v.stability)) if v.stability else None,
        top_customers=_top(v.top_customers), top_suppliers=_top(v.top_suppliers),
    )


@router.get("/trends", response_model=TrendsOut, summary="Money in, out and net per month, oldest first")
def trends(uow: UoW, tenant: CurrentTenant,
           months: Annotated[int, Query(ge=1, le=svc.MAX_TREND_MONTHS)] = 12) -> TrendsOut:
    rows = svc.trends(uow, tenant, months=months)
    return TrendsOut(currency=tenant.currency, months=[
        MonthOut(month=m.month, money_in=m.money_in, money_out=m.money_out, net=m.net) for m in rows])


@router.get("/cashflow-timeline", response_model=TimelineOut,
            summary="Daily actual balance for the last `days` days joined to the latest forecast's expected "
                    "balance and p10-p90 band: one series to draw")
def cashflow_timeline(uow: UoW, tenant: CurrentTenant,
                      days: Annotated[int, Query(ge=1, le=svc.MAX_TIMELINE_DAYS)] = 90) -> TimelineOut:
    t = svc.cashflow_timeline(uow, tenant, days=days)
    return TimelineOut(currency=tenant.currency, today=t.today, forecast_id=t.forecast_id,
                       forecast_as_of=t.forecast_as_of,
                       points=[TimelinePointOut(**asdict(p)) for p in t.points])


@router.get("/anomalies", response_model=AnomalyListOut,
            summary="Transactions flagged unusual against their entity's or category's usual amounts, newest first")
def list_anomalies(uow: UoW, tenant: CurrentTenant,
                   since: Annotated[date | None, Query(description="Default: 90 days ago")] = None,
                   limit: Annotated[int, Query(ge=1, le=100)] = 20) -> AnomalyListOut:
    since = since or today_in(tenant.timezone) - timedelta(days=ANOMALY_DAYS)
    rows = anomalies.list_anomalies(uow, tenant, since=since, limit=limit)
    return AnomalyListOut(since=since, items=[AnomalyOut(**asdict(r)) for r in rows])


@router.get("/layout", response_model=LayoutOut, summary="Your card layout for this business (or the default)")
def get_layout(uow: UoW, tenant: CurrentTenant) -> LayoutOut:
    v = svc.get_layout(uow, tenant)
    return LayoutOut(cards=v.cards, is_default=v.is_default, updated_at=v.updated_at)


@router.put("/layout", response_model=LayoutOut, summary="Save your card layout for this business")
def put_layout(body: LayoutIn, uow: UoW, tenant: CurrentTenant) -> LayoutOut:
    v = svc.save_layout(uow, tenant, [c.model_dump() for c in body.cards])
    return LayoutOut(cards=v.cards, is_default=v.is_default, updated_at=v.updated_at)

