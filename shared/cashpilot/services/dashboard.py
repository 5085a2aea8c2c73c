"""The dashboard: the overview (cash position, the period's money in and out, open alerts, stability,
top customers and suppliers), monthly trends, the cash-flow timeline a chart draws, and each user's
card layout.

Figures are in the business currency, over the accounts the forecast adds up (live accounts, other
currencies through `settings.forecast.fx_rates`, none without a rate). Money in and out is booked
money (pending rows left out) without internal transfers (they are neither revenue nor spending),
summed from `transaction_daily_totals`, so the overview costs O(days), not O(transactions).

Cash position:
- available: today's booked balance, the figure every forecast and alert starts from
  (`forecast.cash_today`), here in one query instead of a balance history per account;
- committed outflows / expected inflows: the known flows of the latest stored forecast (recurring
  series, habits, scenarios are not part of it) due after today and within `WINDOW_DAYS`, each at its
  expected value (amount x probability, rounded to the cent). Flows due today or earlier are left out:
  either they are in the balance already or they are overdue (the late-payment alerts' business), and
  counting them would double count the ones that arrived after the forecast was made;
- net free cash: available + expected inflows - committed outflows - the cash buffer the owner set.
Without a stored forecast the three forecast-based figures are null.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import select, text

from cashpilot.adapters.db.models import Account, Business, DashboardLayout, ForecastSnapshot
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.services import accounts as account_service
from cashpilot.services import alerts, entity_insights
from cashpilot.services import forecast as forecasts
from cashpilot.services.context import Tenant

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
WINDOW_DAYS = 30
TOP_LIMIT = 5
PERIODS = ("month_to_date", "last_30_days", "quarter", "year")
MAX_TREND_MONTHS = 36
MAX_TIMELINE_DAYS = 730


def _money(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_EVEN)


def _settings(uow: UnitOfWork, business_id: uuid.UUID) -> BusinessSettings:
    raw = uow.session.scalar(select(Business.settings).where(Business.id == business_id))
    return BusinessSettings.model_validate(raw or {})


def _rates(tenant: Tenant, settings: BusinessSettings) -> dict[str, Decimal]:
    return {**settings.forecast.fx_rates, tenant.currency: Decimal(1)}


# ------------------------------------------------------------------------------------------ periods


@dataclass(frozen=True)
class Flows:
    start: date
    end: date
    money_in: Decimal  # positive
    money_out: Decimal  # positive magnitude

    @property
    def net(self) -> Decimal:
        return self.money_in - self.money_out


@dataclass(frozen=True)
class PeriodView:
    name: str
    current: Flows
    previous: Flows  # the same span of the period before (month, 30 days, quarter, year)


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def period_bounds(period: str, today: date) -> tuple[tuple[date, date], tuple[date, date]]:
    """(start, end) of the period up to today, and of the equal span at the start of the period before:
    month to date 1-20 March -> 1-20 February (clamped to the month's end: 1-31 March -> 1-28 February)."""
    if period not in PERIODS:
        raise InvalidInput(f"Unknown period {period!r}.", code="invalid_period", details={"periods": list(PERIODS)})
    if period == "last_30_days":
        start = today - timedelta(days=29)
        return (start, today), (start - timedelta(days=30), start - timedelta(days=1))
    if period == "month_to_date":
        start, months = today.replace(day=1), 1
    elif period == "quarter":
        start, months = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), 3
    else:
        start, months = date(today.year, 1, 1), 12
    previous_start = _add_months(start, -months)
    previous_end = min(previous_start + (today - start), start - timedelta(days=1))
    return (start, today), (previous_start, previous_end)


_FLOWS = """
    SELECT d.currency, {buckets}
      FROM transaction_daily_totals d
      JOIN accounts a ON a.business_id = d.business_id AND a.id = d.account_id AND a.deleted_at IS NULL
     WHERE d.business_id = :b AND d.status <> 'pending' AND d.day BETWEEN :first AND :last
     GROUP BY d.currency{group}
"""
_IN = "coalesce(sum(d.inflow - d.transfer_inflow){f}, 0)"
_OUT = "coalesce(sum(d.transfer_outflow - d.outflow){f}, 0)"


def _period_flows(uow: UnitOfWork, tenant: Tenant, rates: dict[str, Decimal],
                  spans: list[tuple[date, date]]) -> list[Flows]:
    """Money in and out (booked, no transfers, converted) of each span, in one query."""
    params: dict[str, Any] = {"b": tenant.business_id, "first": min(s for s, _ in spans),
                              "last": max(e for _, e in spans)}
    columns = []
    for i, (start, end) in enumerate(spans):
        params[f"s{i}"], params[f"e{i}"] = start, end
        f = f" FILTER (WHERE d.day BETWEEN :s{i} AND :e{i})"
        columns += [_IN.format(f=f), _OUT.format(f=f)]
    rows = uow.session.execute(text(_FLOWS.format(buckets=", ".join(columns), group="")), params).all()
    totals = [[ZERO, ZERO] for _ in spans]
    for row in rows:
        rate = rates.get(row[0])
        if rate is None:
            continue
        for i in range(len(spans)):
            totals[i][0] += row[1 + 2 * i] * rate
            totals[i][1] += row[2 + 2 * i] * rate
    return [Flows(start=s, end=e, money_in=_money(t[0]), money_out=_money(t[1])) for (s, e), t in zip(spans, totals,
                                                                                                   strict=True)]


def period(uow: UnitOfWork, tenant: Tenant, name: str = "month_to_date", *, today: date | None = None,
           rates: dict[str, Decimal] | None = None) -> PeriodView:
    today = today or today_in(tenant.timezone)
    current, previous = period_bounds(name, today)
    rates = rates if rates is not None else _rates(tenant, _settings(uow, tenant.business_id))
    now, before = _period_flows(uow, tenant, rates, [current, previous])
    return PeriodView(name=name, current=now, previous=before)


# ------------------------------------------------------------------------------------------ overview


@dataclass(frozen=True)
class CashPosition:
    available: Decimal
    cash_buffer: Decimal
    committed_outflows: Decimal | None  # positive magnitude
    expected_inflows: Decimal | None
    net_free_cash: Decimal | None
    forecast_id: uuid.UUID | None
    forecast_as_of: date | None
    window_days: int = WINDOW_DAYS


@dataclass(frozen=True)
class StabilityBrief:
    as_of: date
    score: int
    label: str


@dataclass(frozen=True)
class Overview:
    as_of: date
    currency: str
    cash: CashPosition
    period: PeriodView
    alerts: dict[str, int]  # open, not dismissed, not snoozed, by severity
    stability: StabilityBrief | None
    top_customers: list[entity_insights.TopEntity]
    top_suppliers: list[entity_insights.TopEntity]


def latest_forecast(uow: UnitOfWork, tenant: Tenant) -> ForecastSnapshot | None:
    try:
        return forecasts.current(uow, tenant)
    except NotFound:
        return None


def available_cash(uow: UnitOfWork, tenant: Tenant, rates: dict[str, Decimal], *, today: date) -> Decimal:
    """End-of-day booked balance on `today` of the live accounts with a rate, converted: exactly
    `forecast.cash_today` (both are `accounts.cash_on`)."""
    return account_service.cash_on(uow, tenant.business_id, today, rates)


def cash_position(uow: UnitOfWork, tenant: Tenant, settings: BusinessSettings, *, today: date) -> CashPosition:
    available = available_cash(uow, tenant, _rates(tenant, settings), today=today)
    buffer = settings.alert_thresholds.cash_buffer
    snap = latest_forecast(uow, tenant)
    if snap is None:
        return CashPosition(available=available, cash_buffer=buffer, committed_outflows=None, expected_inflows=None,
                            net_free_cash=None, forecast_id=None, forecast_as_of=None)
    inflows = outflows = ZERO
    last = today + timedelta(days=WINDOW_DAYS)
    for flow in forecasts.request_of(snap).known_flows:
        if not today < flow.due <= last:
            continue
        expected = _money(flow.amount * Decimal(str(flow.probability)))
        if expected > 0:
            inflows += expected
        else:
            outflows -= expected
    return CashPosition(available=available, cash_buffer=buffer, committed_outflows=outflows, expected_inflows=inflows,
                        net_free_cash=available + inflows - outflows - buffer, forecast_id=snap.id,
                        forecast_as_of=snap.as_of)


def stored_stability(uow: UnitOfWork, tenant: Tenant, *, today: date) -> StabilityBrief | None:
    """The latest stored score (the forecast runs store one a day). Computing one live reads a year of
    transactions: too slow for the overview, which shows the stored one with its date, or none."""
    row = uow.session.execute(text("""
        SELECT as_of, score, label FROM stability_scores WHERE business_id = :b AND as_of <= :today
         ORDER BY as_of DESC LIMIT 1"""), {"b": tenant.business_id, "today": today}).first()
    return None if row is None else StabilityBrief(as_of=row.as_of, score=row.score, label=row.label)


def overview(uow: UnitOfWork, tenant: Tenant, *, period_name: str = "month_to_date",
             today: date | None = None) -> Overview:
    today = today or today_in(tenant.timezone)
    period_bounds(period_name, today)  # an unknown period fails before any other work
    settings = _settings(uow, tenant.business_id)
    view = period(uow, tenant, period_name, today=today, rates=_rates(tenant, settings))
    start, end = view.current.start, view.current.end
    _, customers = entity_insights.top_entities(uow, tenant, direction="in", date_from=start, date_to=end,
                                                limit=TOP_LIMIT)
    _, suppliers = entity_insights.top_entities(uow, tenant, direction="out", date_from=start, date_to=end,
                                                limit=TOP_LIMIT)
    return Overview(
        as_of=today, currency=tenant.currency, cash=cash_position(uow, tenant, settings, today=today), period=view,
        alerts=alerts.open_counts(uow, tenant), stability=stored_stability(uow, tenant, today=today),
        top_customers=customers, top_suppliers=suppliers,
    )


# ------------------------------------------------------------------------------------------ trends


@dataclass(frozen=True)
class MonthFlows:
    month: date  # the first of the month
    money_in: Decimal
    money_out: Decimal

    @property
    def net(self) -> Decimal:
        return self.money_in - self.money_out


def trends(uow: UnitOfWork, tenant: Tenant, *, months: int = 12, today: date | None = None) -> list[MonthFlows]:
    """Money in, out and net per calendar month for the last `months` months, the current one (to date)
    last; months without money are there with zeros."""
    if not 1 <= months <= MAX_TREND_MONTHS:
        raise InvalidInput(f"months must be 1..{MAX_TREND_MONTHS}.", code="invalid_months",
                           details={"months": months})
    today = today or today_in(tenant.timezone)
    rates = _rates(tenant, _settings(uow, tenant.business_id))
    first = _add_months(today.replace(day=1), -(months - 1))
    bucket = "CAST(date_trunc('month', CAST(d.day AS timestamp)) AS date)"
    sql = _FLOWS.format(buckets=f"{bucket} AS month, {_IN.format(f='')}, {_OUT.format(f='')}", group=", month")
    totals: dict[date, list[Decimal]] = {_add_months(first, i): [ZERO, ZERO] for i in range(months)}
    for currency, month, money_in, money_out in uow.session.execute(
            text(sql), {"b": tenant.business_id, "first": first, "last": today}).all():
        rate = rates.get(currency)
        if rate is not None and month in totals:
            totals[month][0] += money_in * rate
            totals[month][1] += money_out * rate
    return [MonthFlows(month=m, money_in=_money(i), money_out=_money(o)) for m, (i, o) in sorted(totals.items())]


# ------------------------------------------------------------------------------------------ timeline


@dataclass(frozen=True)
class TimelinePoint:
    date: date
    kind: str  # actual | forecast
    balance: Decimal | None = None
    expected: Decimal | None = None
    p10: Decimal | None = None
    p90: Decimal | None = None


@dataclass(frozen=True)
class Timeline:
    today: date
    forecast_id: uuid.UUID | None
    forecast_as_of: date | None
    points: list[TimelinePoint] = field(default_factory=list)


def daily_balances(uow: UnitOfWork, tenant: Tenant, start: date, end: date) -> dict[date, Decimal]:
    """End-of-day booked balance of the forecast's accounts together, in the business currency: per
    account what GET /accounts/{id}/balance-history shows, converted like the forecast converts."""
    rates = _rates(tenant, _settings(uow, tenant.business_id))
    out = {start + timedelta(days=i): ZERO for i in range((end - start).days + 1)}
    accounts = uow.session.scalars(select(Account).where(Account.business_id == tenant.business_id,
                                                         Account.deleted_at.is_(None))).all()
    for account in accounts:
        rate = rates.get(account.currency)
        if rate is None:
            continue
        _, points = account_service.balance_history(uow, tenant, account.id, start, end)
        for p in points:
            out[p.day] += _money(p.balance * rate)
    return out


def cashflow_timeline(uow: UnitOfWork, tenant: Tenant, *, days: int = 90, today: date | None = None) -> Timeline:
    """The last `days` days of actual balance, then the latest forecast's expected balance and its p10-p90
    band, as one list of points a chart draws left to right. Days the forecast covers that have already
    happened carry both (how the forecast did); the forecast's own starting day carries its opening
    balance as expected, p10 and p90, so the band starts from the line."""
    if not 1 <= days <= MAX_TIMELINE_DAYS:
        raise InvalidInput(f"days must be 1..{MAX_TIMELINE_DAYS}.", code="invalid_days", details={"days": days})
    today = today or today_in(tenant.timezone)
    start = today - timedelta(days=days - 1)
    actual = daily_balances(uow, tenant, start, today)
    snap = latest_forecast(uow, tenant)
    bands: dict[date, tuple[Decimal, Decimal, Decimal]] = {}
    if snap is not None:
        result = forecasts.result_of(snap)
        bands[result.as_of] = (result.opening_balance,) * 3
        for d in result.daily:
            bands[d.date] = (d.expected, d.p10, d.p90)
    last = max([today, *bands])
    points = []
    day = start
    while day <= last:
        band = bands.get(day)
        points.append(TimelinePoint(
            date=day, kind="actual" if day <= today else "forecast", balance=actual.get(day),
            expected=band[0] if band else None, p10=band[1] if band else None, p90=band[2] if band else None))
        day += timedelta(days=1)
    return Timeline(today=today, forecast_id=snap.id if snap else None, forecast_as_of=snap.as_of if snap else None,
                    points=points)


# ------------------------------------------------------------------------------------------ layout

# The cards a client can place, and where they go until the user arranges them (a 12-column grid).
CARDS: dict[str, dict[str, int]] = {
    "cash_position": {"x": 0, "y": 0, "w": 6, "h": 2},
    "alerts": {"x": 6, "y": 0, "w": 3, "h": 2},
    "stability": {"x": 9, "y": 0, "w": 3, "h": 2},
    "period_flows": {"x": 0, "y": 2, "w": 6, "h": 2},
    "cashflow_timeline": {"x": 6, "y": 2, "w": 6, "h": 4},
    "trends": {"x": 0, "y": 4, "w": 6, "h": 3},
    "top_customers": {"x": 0, "y": 7, "w": 3, "h": 3},
    "top_suppliers": {"x": 3, "y": 7, "w": 3, "h": 3},
    "anomalies": {"x": 6, "y": 6, "w": 6, "h": 3},
    "weekly_summary": {"x": 6, "y": 9, "w": 6, "h": 2},
}
GRID_COLUMNS = 12
LAYOUT_VERSION = 1


@dataclass(frozen=True)
class LayoutView:
    cards: list[dict[str, Any]]
    is_default: bool
    updated_at: datetime | None


def default_cards() -> list[dict[str, Any]]:
    return [{"id": card, **pos, "visible": True} for card, pos in CARDS.items()]


def get_layout(uow: UnitOfWork, tenant: Tenant) -> LayoutView:
    row = uow.session.scalar(select(DashboardLayout).where(DashboardLayout.business_id == tenant.business_id,
                                                           DashboardLayout.user_id == tenant.user_id))
    if row is None:
        return LayoutView(cards=default_cards(), is_default=True, updated_at=None)
    # A card retired since the layout was saved is dropped rather than shown as a blank.
    cards = [c for c in row.layout.get("cards", []) if c.get("id") in CARDS]
    return LayoutView(cards=cards, is_default=False, updated_at=row.updated_at)


def validate_cards(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Known card ids, each once, inside the grid. Shape, ranges and the number of cards are the API
    schema's job (and an oversized body never gets past the body-size limit)."""
    seen: set[str] = set()
    for i, card in enumerate(cards):
        if card["id"] not in CARDS:
            raise InvalidInput(f"Unknown dashboard card {card['id']!r}.", code="unknown_card",
                               details={"index": i, "card": card["id"], "known": list(CARDS)})
        if card["id"] in seen:
            raise InvalidInput(f"Card {card['id']!r} appears twice.", code="duplicate_card",
                               details={"index": i, "card": card["id"]})
        seen.add(card["id"])
        if card["x"] + card["w"] > GRID_COLUMNS:
            raise InvalidInput(f"Card {card['id']!r} runs past the grid's {GRID_COLUMNS} columns (x + w).",
                               code="card_outside_grid", details={"index": i, "card": card["id"]})
    return cards


def save_layout(uow: UnitOfWork, tenant: Tenant, cards: list[dict[str, Any]]) -> LayoutView:
    """The user's own arrangement for this business (any member may arrange their dashboard)."""
    cards = validate_cards(cards)
    updated_at = uow.session.execute(text("""
        INSERT INTO dashboard_layouts AS l (business_id, user_id, layout)
        VALUES (:b, :u, CAST(:layout AS jsonb))
        ON CONFLICT (business_id, user_id) DO UPDATE SET layout = EXCLUDED.layout, updated_at = now()
        RETURNING l.updated_at"""),
        {"b": tenant.business_id, "u": tenant.user_id,
         "layout": json.dumps({"version": LAYOUT_VERSION, "cards": cards})}).scalar_one()
    uow.commit()
    return LayoutView(cards=cards, is_default=False, updated_at=updated_at)
