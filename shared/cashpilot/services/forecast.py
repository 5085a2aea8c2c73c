"""Cash forecasts from the database: build the engine's request from what the business has stored, run
it, keep every run as an immutable snapshot, replay it, review last week's forecast against what
happened, and backtest the business on its own history.

The engine (`domain/forecast`) is pure; this module is the only place that knows where its inputs
live. statsforecast and numpy are imported inside the functions that run the engine: the API imports
this module to read snapshots, and its Lambda has neither (forecast work requested through the API
goes through `adapters.forecast_runner`, which runs `ACTIONS` here or in the forecast function).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.exc import IntegrityError

from cashpilot import __version__
from cashpilot.adapters.db.models import (
    Account,
    Business,
    Category,
    Entity,
    ForecastAccuracy,
    ForecastReview,
    ForecastSnapshot,
    RecurringSeries,
)
from cashpilot.adapters.db.transaction_queries import _decode_cursor, encode_cursor
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.domain.forecast.model import CENT, MAX_HORIZON, ForecastRequest, ForecastResult, KnownFlow
from cashpilot.domain.roles import Permission, Role
from cashpilot.services import accounts as account_service
from cashpilot.services.context import Tenant

if TYPE_CHECKING:
    from cashpilot.backtesting.histories import History
    from cashpilot.domain.forecast.flows import SeriesFacts
    from cashpilot.domain.forecast.inputs import PastFlow

ENGINE_VERSION = f"cashpilot-{__version__}"
# The baseline learns from two years at most (the same as domain.forecast.inputs.HISTORY_DAYS).
HISTORY_DAYS = 730
TRIGGERS = ("pipeline", "api", "nightly", "cli")
# A weekly review names at most this many unscheduled transactions; the rest is baseline drift.
_TOP_UNSCHEDULED = 3
_CURSOR_SORT = "-created_at"
_ZERO = Decimal("0.00")


def snapshot_not_found(snapshot_id: uuid.UUID | str | None = None) -> NotFound:
    if snapshot_id is None:
        return NotFound("No forecast has been made for this business yet; generate one first.",
                        code="forecast_not_found")
    return NotFound("No forecast with this id in this business.", code="forecast_not_found",
                    details={"snapshot_id": str(snapshot_id)})


def business_gone(business_id: uuid.UUID) -> NotFound:
    return NotFound("No such business.", code="business_not_found", details={"business_id": str(business_id)})


def stable_seed(business_id: uuid.UUID, as_of: date) -> int:
    """The same business on the same day draws the same paths: a forecast made twice agrees with itself."""
    digest = hashlib.sha256(f"{business_id}:{as_of.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFF_FFFF


def tenant_for(uow: UnitOfWork, business_id: uuid.UUID, user_id: uuid.UUID | None = None) -> Tenant | None:
    """The tenant a pipeline task or a forecast-function action acts as (None: no such business).

    The pipeline works for the business itself; API actions were authorised by the API before they
    were sent here, so the role only has to let the services run.
    """
    uow.set_context(business_id=business_id, user_id=user_id)
    row = uow.session.execute(select(Business.currency, Business.timezone).where(Business.id == business_id)).first()
    if row is None:
        return None
    return Tenant(business_id=business_id, user_id=user_id or uuid.UUID(int=0), role=Role.OWNER,
                  currency=row.currency, timezone=row.timezone)


def _settings(uow: UnitOfWork, business_id: uuid.UUID) -> BusinessSettings:
    raw = uow.session.scalar(select(Business.settings).where(Business.id == business_id))
    return BusinessSettings.model_validate(raw or {})


def _money(x: Decimal) -> Decimal:
    return x.quantize(CENT)


# --------------------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class _AccountUse:
    account: Account
    rate: Decimal  # units of the business currency per unit of the account's


def _accounts(uow: UnitOfWork, tenant: Tenant, settings: BusinessSettings) -> tuple[list[_AccountUse], list[dict]]:
    """The business's live accounts the forecast can add up (in the business currency), and the others."""
    used: list[_AccountUse] = []
    excluded: list[dict] = []
    rows = uow.session.scalars(select(Account).where(Account.business_id == tenant.business_id,
                                                     Account.deleted_at.is_(None))
                               .order_by(Account.created_at, Account.id)).all()
    for account in rows:
        if account.currency == tenant.currency:
            used.append(_AccountUse(account, Decimal(1)))
        elif account.currency in settings.forecast.fx_rates:
            used.append(_AccountUse(account, settings.forecast.fx_rates[account.currency]))
        else:
            excluded.append({
                "id": str(account.id), "name": account.name, "currency": account.currency,
                "reason": f"no exchange rate from {account.currency} to {tenant.currency}: set "
                          f"settings.forecast.fx_rates.{account.currency} to include this account",
            })
    return used, excluded


def _daily_balances(uow: UnitOfWork, tenant: Tenant, used: Sequence[_AccountUse], start: date,
                    end: date) -> dict[date, Decimal]:
    """End-of-day balance of the used accounts together, in the business currency, for each day.

    Per account this is exactly what `GET /accounts/{id}/balance-history` shows (the same function).
    """
    out: dict[date, Decimal] = {}
    day = start
    while day <= end:
        out[day] = _ZERO
        day += timedelta(days=1)
    for use in used:
        _, points = account_service.balance_history(uow, tenant, use.account.id, start, end)
        for p in points:
            out[p.day] += _money(p.balance * use.rate)
    return out


def cash_today(uow: UnitOfWork, tenant: Tenant, *, day: date | None = None) -> Decimal:
    """End-of-day cash on `day` (default today) across the accounts the forecast adds up, in the business
    currency: the balance every forecast, alert and dashboard figure starts from."""
    rates = {tenant.currency: Decimal(1), **_settings(uow, tenant.business_id).forecast.fx_rates}
    return account_service.cash_on(uow, tenant.business_id, day or today_in(tenant.timezone), rates)


def _past_flows(uow: UnitOfWork, tenant: Tenant, used: Sequence[_AccountUse], start: date | None,
                end: date) -> tuple[list[PastFlow], dict[str, str]]:
    """Posted transactions of the used accounts from `start` (None: all) to `end`, converted, and the names
    of their entities (id -> name)."""
    from cashpilot.domain.forecast.inputs import PastFlow

    rate = {u.account.id: u.rate for u in used}
    if not rate:
        return [], {}
    rows = uow.session.connection().execute(text("""
        SELECT t.id, t.transaction_date, t.amount, t.account_id, t.entity_id, t.category_id, t.counterparty_key,
               t.counterparty, t.is_transfer, e.name
          FROM transactions t
          LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
         WHERE t.business_id = :b AND t.deleted_at IS NULL AND t.status <> 'pending'
           AND t.account_id = ANY(CAST(:a AS uuid[]))
           AND t.transaction_date <= :end AND (CAST(:start AS date) IS NULL OR t.transaction_date >= :start)
         ORDER BY t.transaction_date, t.id"""),
        {"b": tenant.business_id, "a": list(rate), "start": start, "end": end}).all()
    flows: list[PastFlow] = []
    names: dict[str, str] = {}
    for tx_id, day, amount, account_id, entity_id, category_id, key, counterparty, is_transfer, name in rows:
        entity = str(entity_id) if entity_id else None
        if entity and name:
            names[entity] = name
        # Transfers between own accounts net out in the total; recurring detection leaves them alone,
        # as classification's does.
        group = None if is_transfer else (entity or key)
        flows.append(PastFlow(id=tx_id, date=day, amount=_money(amount * rate[account_id]), group=group,
                              entity=entity, category=str(category_id) if category_id else None))
        # The backtest history names the counterparty like a statement would.
        if not entity and counterparty:
            names.setdefault(f"cp:{tx_id}", counterparty)
    return flows, names


def _stored_series(uow: UnitOfWork, tenant: Tenant, used: Sequence[_AccountUse],
                   settings: BusinessSettings) -> list[SeriesFacts]:
    """Recurring series as classification stored them, rebuilt for the engine (amounts converted)."""
    from cashpilot.domain.forecast.flows import SeriesFacts
    from cashpilot.domain.recurring import Series

    rates = {tenant.currency: Decimal(1), **settings.forecast.fx_rates}
    rows = uow.session.execute(
        select(RecurringSeries, func.coalesce(Entity.name, Category.name))
        .outerjoin(Entity, (Entity.business_id == RecurringSeries.business_id)
                   & (Entity.id == RecurringSeries.entity_id))
        # A series without a counterparty (bank fees, card charges) is named by its category in flows,
        # alerts and the forecast's list, never by its internal key.
        .outerjoin(Category, (Category.business_id == RecurringSeries.business_id)
                   & (Category.id == RecurringSeries.category_id))
        .where(RecurringSeries.business_id == tenant.business_id)
        .order_by(RecurringSeries.first_date, RecurringSeries.id)).all()
    ids = [i for s, _ in rows for i in s.transaction_ids]
    day_of: dict[uuid.UUID, date] = {}
    if ids:
        day_of = dict(uow.session.connection().execute(text(
            "SELECT id, transaction_date FROM transactions WHERE business_id = :b AND deleted_at IS NULL "
            "AND id = ANY(CAST(:ids AS uuid[]))"), {"b": tenant.business_id, "ids": ids}).all())
    facts: list[SeriesFacts] = []
    for s, entity_name in rows:
        rate = rates.get(s.currency)
        if rate is None:  # a series in a currency the forecast cannot convert: its account is left out too
            continue
        members = sorted((day_of[i], i) for i in s.transaction_ids if i in day_of)
        series = Series(
            cadence=s.cadence, day_rule=s.day_rule, expected_amount=_money(s.expected_amount * rate),
            amount_spread=_money(s.amount_spread * rate), first_date=s.first_date, last_date=s.last_date,
            next_date=s.next_date, occurrences=tuple(i for _, i in members), stopped=s.status != "active",
            confidence=float(s.confidence),
        )
        facts.append(SeriesFacts(
            series=series, member_dates=tuple(d for d, _ in members), label=entity_name or "Recurring payment",
            member_ids=tuple(i for _, i in members), series_id=s.id, entity_id=s.entity_id,
            category_id=s.category_id,
        ))
    return facts


def _series_from_history(past: Sequence[PastFlow], as_of: date, names: dict[str, str]) -> list[SeriesFacts]:
    """Series found again from the transactions up to `as_of` (what classification would have stored then)."""
    from cashpilot.domain.forecast.inputs import detect_from_history
    from cashpilot.domain.forecast.model import as_uuid

    out = []
    for f in detect_from_history(past, as_of):
        entity_id = as_uuid(f.label)
        out.append(replace(f, label=names.get(f.label, f.label), entity_id=entity_id))
    return out


def load_request(
    uow: UnitOfWork, tenant: Tenant, *, as_of: date | None = None, horizon: int | None = None,
    paths: int | None = None, seed: int | None = None,
) -> tuple[ForecastRequest, dict[str, Any]]:
    """The engine's request for this business as of the end of `as_of` (default: today in its time zone),
    and what went into it (`meta`: currency, accounts used and left out, series, history length).

    Known flows come from the recurring series classification stored. For a past `as_of` they are found
    again from the transactions up to that day instead: the stored ones were detected later and would
    leak what happened after it (the backtests do the same at every origin).
    """
    from cashpilot.domain.forecast.inputs import build_request

    settings = _settings(uow, tenant.business_id)
    today = today_in(tenant.timezone)
    as_of = as_of or today
    horizon = horizon or settings.forecast.horizon_days
    paths = paths or settings.forecast.paths
    seed = stable_seed(tenant.business_id, as_of) if seed is None else seed
    used, excluded = _accounts(uow, tenant, settings)
    opening = _daily_balances(uow, tenant, used, as_of, as_of)[as_of]
    past, names = _past_flows(uow, tenant, used, as_of - timedelta(days=HISTORY_DAYS - 1), as_of)
    if as_of >= today:
        series, series_from = _stored_series(uow, tenant, used, settings), "stored"
    else:
        series, series_from = _series_from_history(past, as_of, names), "history"
    request = build_request(past, series, as_of=as_of, opening_balance=opening, horizon=horizon, paths=paths,
                            names=names,
                            buffer=settings.alert_thresholds.cash_buffer, seed=seed)
    meta = {
        "currency": tenant.currency,
        "accounts": [{"id": str(u.account.id), "name": u.account.name, "currency": u.account.currency,
                      "rate": str(u.rate)} for u in used],
        "excluded_accounts": excluded,
        "series": sum(1 for f in series if not f.series.stopped),
        "series_from": series_from,
        "history_days": (as_of - request.history_start).days + 1 if past else 0,
    }
    return request, meta


# ------------------------------------------------------------------------------------ snapshots


def _validate(tenant: Tenant, *, as_of: date | None, horizon: int | None) -> None:
    if horizon is not None and not 1 <= horizon <= MAX_HORIZON:
        raise InvalidInput(f"horizon must be 1..{MAX_HORIZON} days.", code="invalid_horizon",
                           details={"horizon": horizon})
    if as_of is not None and as_of > today_in(tenant.timezone):
        raise InvalidInput("as_of cannot be in the future: a forecast starts from a balance that is known.",
                           code="as_of_in_future", details={"as_of": as_of.isoformat()})


def find_by_key(uow: UnitOfWork, tenant: Tenant, key: str) -> ForecastSnapshot | None:
    return uow.session.scalar(select(ForecastSnapshot).where(ForecastSnapshot.business_id == tenant.business_id,
                                                             ForecastSnapshot.idempotency_key == key))


def generate(
    uow: UnitOfWork, tenant: Tenant, *, trigger: str, horizon: int | None = None, as_of: date | None = None,
    idempotency_key: str | None = None, scenario_ids: Sequence[uuid.UUID] = (), paths: int | None = None,
    seed: int | None = None,
) -> ForecastSnapshot:
    """Forecast and store the run as an immutable snapshot. A key already used returns its snapshot
    unchanged (a retried pipeline task, a client resending the request)."""
    tenant.require(Permission.WRITE)
    if trigger not in TRIGGERS:
        raise ValueError(f"unknown trigger {trigger!r}")
    if idempotency_key is not None and (existing := find_by_key(uow, tenant, idempotency_key)) is not None:
        return existing
    _validate(tenant, as_of=as_of, horizon=horizon)
    from cashpilot.domain.forecast import engine

    request, meta = load_request(uow, tenant, as_of=as_of, horizon=horizon, paths=paths, seed=seed)
    scenario_ids = list(dict.fromkeys(scenario_ids))
    if scenario_ids:
        from cashpilot.services import scenarios

        request = scenarios.apply_to_request(uow, tenant, request, scenario_ids)
    result = engine.forecast(request)
    snapshot = ForecastSnapshot(
        business_id=tenant.business_id, as_of=request.as_of, horizon=request.horizon, trigger=trigger,
        idempotency_key=idempotency_key, scenario_ids=scenario_ids, currency=tenant.currency, model=result.model,
        opening_balance=request.opening_balance, low_point_date=result.low_point.date,
        low_point_expected=result.low_point.expected, low_point_p10=result.low_point.p10,
        deficit_probability={str(k): v for k, v in result.deficit_probability.items()},
        buffer_breach_probability={str(k): v for k, v in result.buffer_breach_probability.items()},
        runway_days=result.runway_days, inputs=request.to_json(),
        parameters={"paths": request.paths, "seed": request.seed, "buffer": str(request.buffer),
                    "horizon": request.horizon, "model_forced": request.model, "engine_version": ENGINE_VERSION,
                    **meta},
        results=result.to_json(),
    )
    uow.session.add(snapshot)
    try:
        uow.flush()
    except IntegrityError:
        # The same key was stored meanwhile (two deliveries of one event at once): that one wins.
        uow.rollback()
        existing = find_by_key(uow, tenant, idempotency_key) if idempotency_key else None
        if existing is None:
            raise
        return existing
    if trigger in ("pipeline", "nightly") and not scenario_ids:
        # The day's stability score follows the business's own forecast, in the same transaction.
        from cashpilot.services import stability

        stability.record(uow, tenant, as_of=request.as_of, snapshot_id=snapshot.id)
    uow.commit()
    return snapshot


def current(uow: UnitOfWork, tenant: Tenant) -> ForecastSnapshot:
    """The latest forecast of the business as it is (scenario runs are what-ifs, not the forecast)."""
    snap = uow.session.scalar(
        select(ForecastSnapshot)
        .where(ForecastSnapshot.business_id == tenant.business_id, func.cardinality(ForecastSnapshot.scenario_ids) == 0)
        .order_by(ForecastSnapshot.created_at.desc(), ForecastSnapshot.id.desc()).limit(1))
    if snap is None:
        raise snapshot_not_found()
    return snap


def get_snapshot(uow: UnitOfWork, tenant: Tenant, snapshot_id: uuid.UUID) -> ForecastSnapshot:
    snap = uow.session.scalar(select(ForecastSnapshot).where(ForecastSnapshot.business_id == tenant.business_id,
                                                             ForecastSnapshot.id == snapshot_id))
    if snap is None:
        raise snapshot_not_found(snapshot_id)
    return snap


@dataclass(frozen=True)
class SnapshotPage:
    items: list[ForecastSnapshot]
    total: int
    next_cursor: str | None


def history(uow: UnitOfWork, tenant: Tenant, *, limit: int, cursor: str | None = None) -> SnapshotPage:
    """Snapshots, newest first, a page at a time (cursor pagination like the transactions list)."""
    s = ForecastSnapshot
    q = select(s).where(s.business_id == tenant.business_id)
    if cursor:
        created, last_id = _decode_cursor(cursor, _CURSOR_SORT)
        q = q.where(tuple_(s.created_at, s.id) < tuple_(created, last_id))
    rows = list(uow.session.scalars(q.order_by(s.created_at.desc(), s.id.desc()).limit(limit + 1)))
    total = uow.session.scalar(select(func.count()).select_from(s).where(s.business_id == tenant.business_id))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = encode_cursor(_CURSOR_SORT, rows[-1].created_at.isoformat(), rows[-1].id)
    return SnapshotPage(items=rows, total=total or 0, next_cursor=next_cursor)


def result_of(snapshot: ForecastSnapshot) -> ForecastResult:
    return ForecastResult.from_json(snapshot.results)


def request_of(snapshot: ForecastSnapshot) -> ForecastRequest:
    return ForecastRequest.from_json(snapshot.inputs)


@dataclass(frozen=True)
class Replay:
    snapshot: ForecastSnapshot
    result: ForecastResult
    reproduced: bool  # the stored results, to the cent and the probability


def replay(uow: UnitOfWork, tenant: Tenant, snapshot_id: uuid.UUID) -> Replay:
    """Run a stored forecast again from its stored inputs.

    The request is run as it was stored (its seed, paths, and `model` = None when the run chose its
    model): choosing again picks the same model from the same history, and also reproduces the
    noise calibration that the choice's backtest feeds (forcing the model would skip that backtest and
    widen or narrow the bands). The stored model is checked against the one chosen.
    """
    from cashpilot.domain.forecast import engine

    snap = get_snapshot(uow, tenant, snapshot_id)
    result = engine.forecast(request_of(snap))
    reproduced = result.model == snap.model and _plain(result.to_json()) == _plain(snap.results)
    return Replay(snapshot=snap, result=result, reproduced=reproduced)


def _plain(value: Any) -> Any:
    """JSON as stored compares equal to JSON as computed: jsonb numbers come back as Decimal."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


# ------------------------------------------------------------------------------ weekly review


@dataclass(frozen=True)
class ReviewDay:
    date: date
    expected: Decimal
    actual: Decimal


@dataclass(frozen=True)
class ReviewView:
    review: ForecastReview
    days: list[ReviewDay]


def _reviewed_snapshot(uow: UnitOfWork, tenant: Tenant, today: date) -> ForecastSnapshot | None:
    target = today - timedelta(days=7)
    s = ForecastSnapshot
    return uow.session.scalar(
        select(s).where(s.business_id == tenant.business_id, func.cardinality(s.scenario_ids) == 0, s.as_of <= target)
        .order_by(s.as_of.desc(), s.created_at.desc(), s.id.desc()).limit(1))


def review_last_week(uow: UnitOfWork, tenant: Tenant, *, today: date) -> ReviewView | None:
    """Compare the forecast made about a week before `today` (the latest one as of 7 days ago or earlier)
    with the actual end-of-day balances since, through `today` (the last complete day the caller means),
    and explain the miss at `today` by driver. Stored once per (snapshot, today); None when no forecast
    is old enough.

    Drivers, each with the amount it moved the balance against the forecast (actual - forecast):
    known flows expected in the period that did not come (`late_customer` for money in, else
    `missed_payment`); large transactions no known flow expected (`unscheduled_expense` /
    `unscheduled_income`: above twice the baseline's typical daily move, the largest three); and
    `baseline_drift`, the rest. They add up to the miss exactly.
    """
    snap = _reviewed_snapshot(uow, tenant, today)
    if snap is None:
        return None
    start = snap.as_of + timedelta(days=1)
    end = min(today, snap.as_of + timedelta(days=snap.horizon))
    if end < start:
        return None
    existing = uow.session.scalar(select(ForecastReview).where(
        ForecastReview.business_id == tenant.business_id, ForecastReview.snapshot_id == snap.id,
        ForecastReview.period_end == end))
    result = result_of(snap)
    used = _snapshot_accounts(uow, tenant, snap)
    actual = _daily_balances(uow, tenant, used, start, end)
    days = [ReviewDay(d, result.balance_on(d).expected, actual[d]) for d in sorted(actual)]
    if existing is not None:
        return ReviewView(existing, days)

    request = request_of(snap)
    forecast_balance, actual_balance = result.balance_on(end).expected, actual[end]
    miss = actual_balance - forecast_balance
    flows, _ = _past_flows(uow, tenant, used, start, end)
    drivers = _drivers(uow, tenant, request, flows, start, end, miss)
    review = ForecastReview(business_id=tenant.business_id, snapshot_id=snap.id, period_start=start,
                            period_end=end, forecast_balance=forecast_balance, actual_balance=actual_balance,
                            miss=miss, drivers=drivers)
    uow.session.add(review)
    try:
        uow.flush()
    except IntegrityError:  # the digest ran twice at once: the other run stored it
        uow.rollback()
        return review_last_week(uow, tenant, today=today)
    uow.commit()
    return ReviewView(review, days)


def _snapshot_accounts(uow: UnitOfWork, tenant: Tenant, snap: ForecastSnapshot) -> list[_AccountUse]:
    """The accounts (and rates) the snapshot added up, so the actuals add up the same money."""
    listed = {uuid.UUID(a["id"]): Decimal(a["rate"]) for a in (snap.parameters or {}).get("accounts", [])}
    if not listed:
        return []
    rows = uow.session.scalars(select(Account).where(Account.business_id == tenant.business_id,
                                                     Account.id.in_(list(listed)))).all()
    return [_AccountUse(a, listed[a.id]) for a in rows]


def _drivers(uow: UnitOfWork, tenant: Tenant, request: ForecastRequest, flows: Sequence[PastFlow], start: date,
             end: date, miss: Decimal) -> list[dict[str, Any]]:
    from cashpilot.domain.forecast.simulation import expected_known

    offset_end = (end - request.as_of).days
    customers = set()
    entity_ids = {f.entity_id for f in request.known_flows if f.entity_id}
    if entity_ids:
        customers = set(uow.session.scalars(select(Entity.id).where(
            Entity.business_id == tenant.business_id, Entity.id.in_(entity_ids),
            Entity.type.in_(("customer", "both")))))
    unmatched = list(flows)
    drivers: list[dict[str, Any]] = []
    for flow in request.known_flows:
        expected = _money(sum(expected_known([flow], request.as_of, request.horizon)[:offset_end], Decimal(0)))
        if expected == 0:
            continue
        match = _match(flow, unmatched)
        if match is not None:
            unmatched.remove(match)
            continue
        inflow = flow.amount > 0
        kind = "late_customer" if inflow and flow.entity_id in customers else "missed_payment"
        what = "payment from" if inflow else "payment to"
        drivers.append({
            "kind": kind, "amount": str(-expected),
            "subject": {"label": flow.label, "flow": flow.key, "due": flow.due.isoformat(),
                        "entity_id": _str(flow.entity_id), "series_id": _str(flow.series_id)},
            "message": f"The expected {what} {flow.label} ({flow.amount} due {flow.due.isoformat()}) "
                       f"had not arrived by {end.isoformat()}.",
        })
    typical = _typical_daily(request)
    large = sorted((f for f in unmatched if abs(f.amount) > 2 * typical), key=lambda f: (-abs(f.amount), f.date))
    for f in large[:_TOP_UNSCHEDULED]:
        kind = "unscheduled_income" if f.amount > 0 else "unscheduled_expense"
        drivers.append({
            "kind": kind, "amount": str(f.amount),
            "subject": {"transaction_ids": [str(f.id)], "entity_id": f.entity, "date": f.date.isoformat()},
            "message": f"{'Money in' if f.amount > 0 else 'A payment'} of {abs(f.amount)} on {f.date.isoformat()} "
                       f"that no known flow expected.",
        })
    rest = miss - sum((Decimal(d["amount"]) for d in drivers), Decimal(0))
    drivers.append({
        "kind": "baseline_drift", "amount": str(_money(rest)), "subject": {"typical_daily": str(typical)},
        "message": "Everyday income and spending (and known flows' differences in timing and amount) came out "
                   f"{'above' if rest >= 0 else 'below'} the forecast by {abs(rest)}.",
    })
    return drivers


def _match(flow: KnownFlow, flows: Sequence[PastFlow]) -> PastFlow | None:
    """The actual transaction that is this expected flow: same entity (or series member), same direction,
    an amount within its usual spread (at least 25%)."""
    tolerance = max(abs(flow.amount) * Decimal("0.25"), 3 * flow.amount_sd)
    entity = _str(flow.entity_id)
    for f in flows:
        same_party = entity is not None and f.entity == entity
        if same_party and (f.amount > 0) == (flow.amount > 0) and abs(f.amount - flow.amount) <= tolerance:
            return f
    return None


def _typical_daily(request: ForecastRequest) -> Decimal:
    """The baseline's typical daily move: mean absolute residual flow of the days that had any (a quiet
    weekend does not make every weekday purchase look large)."""
    moves = [abs(v) for _, v in request.residual if v]
    total = sum(moves, Decimal(0))
    return _money(max(total / max(len(moves), 1), Decimal(1)))


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


# --------------------------------------------------------------------------------- accuracy


def business_history(uow: UnitOfWork, tenant: Tenant) -> History:
    """The business's whole posted history as a backtest `History` (counterparty: entity name, else the
    counterparty the bank's text names), in the business currency."""
    from cashpilot.backtesting.histories import History, HistoryTx

    settings = _settings(uow, tenant.business_id)
    used, _ = _accounts(uow, tenant, settings)
    end = today_in(tenant.timezone)
    flows, names = _past_flows(uow, tenant, used, None, end)
    if not flows:
        return History(name=str(tenant.business_id), currency=tenant.currency, opening_balance=_ZERO,
                       transactions=(), buffer=settings.alert_thresholds.cash_buffer)
    first = flows[0].date
    before = first - timedelta(days=1)
    opening = _daily_balances(uow, tenant, used, before, before)[before]
    txs = []
    for f in flows:
        counterparty = names.get(f.entity) if f.entity else names.get(f"cp:{f.id}")
        txs.append(HistoryTx(date=f.date, amount=f.amount, description=counterparty or "", counterparty=counterparty))
    return History(name=str(tenant.business_id), currency=tenant.currency, opening_balance=opening,
                   transactions=tuple(txs), buffer=settings.alert_thresholds.cash_buffer)


def run_backtest(uow: UnitOfWork, tenant: Tenant, *, horizon: int = 30, origins: int = 8,
                 paths: int = 1000) -> ForecastAccuracy:
    """Forecast at past dates of the business's own history exactly as the forecast would have then,
    score against the balances that followed, and store the figures."""
    tenant.require(Permission.WRITE)
    if not 7 <= horizon <= MAX_HORIZON:
        raise InvalidInput(f"horizon must be 7..{MAX_HORIZON} days.", code="invalid_horizon")
    if not 1 <= origins <= 52:
        raise InvalidInput("origins must be 1..52.", code="invalid_origins")
    from cashpilot.backtesting import harness
    from cashpilot.domain.forecast.accuracy import reliability

    history = business_history(uow, tenant)
    plan = harness.BacktestPlan(horizon=horizon, origins=origins, paths=paths,
                                seed=stable_seed(tenant.business_id, date(2000, 1, 1)))
    acc = harness.backtest(history, plan)
    if acc is None:
        raise InvalidInput(
            f"Not enough history to backtest: at least {plan.min_history + horizon} days of transactions "
            "are needed.", code="not_enough_history",
            details={"transactions": len(history.transactions)})
    scores = [{"as_of": s.as_of.isoformat(), "days": s.days, "mae": round(s.mae, 2), "mae_flat": round(s.mae_flat, 2),
               "mae_seasonal": round(s.mae_seasonal, 2), "coverage": round(s.covered / s.days, 4),
               "deficit_p": s.deficit_p, "deficit": s.deficit, "breach_p": s.breach_p, "breach": s.breach}
              for s in acc.scores]
    row = ForecastAccuracy(
        business_id=tenant.business_id, horizon=horizon, origins=acc.origins,
        mase_flat=_ratio(acc.mase_flat), mase_seasonal=_ratio(acc.mase_seasonal),
        mae=_money(Decimal(repr(round(acc.mae, 2)))), coverage=Decimal(repr(round(acc.coverage, 4))),
        brier_deficit=Decimal(repr(round(acc.brier_deficit, 4))),
        brier_breach=Decimal(repr(round(acc.brier_breach, 4))),
        details={"scores": scores, "engine_version": ENGINE_VERSION, "paths": paths,
                 "reliability_deficit": reliability([(s.deficit_p, s.deficit) for s in acc.scores]),
                 "reliability_breach": reliability([(s.breach_p, s.breach) for s in acc.scores])},
    )
    uow.session.add(row)
    uow.flush()
    uow.commit()
    return row


def _ratio(x: float | None) -> Decimal | None:
    # numeric(10, 4): a business whose flat forecast was almost perfect can have a huge ratio.
    return None if x is None else Decimal(repr(round(min(x, 999_999.0), 4)))


@dataclass(frozen=True)
class AccuracyView:
    backtest: ForecastAccuracy | None
    reviews: list[ForecastReview]


def accuracy(uow: UnitOfWork, tenant: Tenant, *, reviews: int = 5) -> AccuracyView:
    latest = uow.session.scalar(select(ForecastAccuracy).where(ForecastAccuracy.business_id == tenant.business_id)
                                .order_by(ForecastAccuracy.computed_at.desc(), ForecastAccuracy.id.desc()).limit(1))
    recent = list(uow.session.scalars(
        select(ForecastReview).where(ForecastReview.business_id == tenant.business_id)
        .order_by(ForecastReview.period_end.desc(), ForecastReview.created_at.desc()).limit(reviews)))
    return AccuracyView(backtest=latest, reviews=recent)


# ----------------------------------------------------------------------------------- actions
# Forecast work the API cannot do in its own Lambda (no statsforecast there) is sent, by name, to the
# forecast function (adapters.forecast_runner). Each action takes JSON parameters and returns JSON, so
# in-process and remote runs go through exactly the same code. Add an action by adding a line.


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _action_generate(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    key = p.get("idempotency_key")
    replayed = key is not None and find_by_key(uow, tenant, key) is not None
    snap = generate(uow, tenant, trigger=p.get("trigger", "api"), horizon=p.get("horizon"), as_of=_date(p.get("as_of")),
                    idempotency_key=key, scenario_ids=[uuid.UUID(s) for s in p.get("scenario_ids") or ()],
                    paths=p.get("paths"), seed=p.get("seed"))
    return {"snapshot_id": str(snap.id), "replayed": replayed}


def _action_replay(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    r = replay(uow, tenant, uuid.UUID(p["snapshot_id"]))
    return {"snapshot_id": str(r.snapshot.id), "reproduced": r.reproduced, "model": r.result.model}


def _action_backtest(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    row = run_backtest(uow, tenant, horizon=p.get("horizon") or 30, origins=p.get("origins") or 8)
    return {"accuracy_id": str(row.id)}


def _action_review(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    view = review_last_week(uow, tenant, today=_date(p.get("today")) or today_in(tenant.timezone))
    return {"review_id": str(view.review.id) if view else None}


Action = Callable[[UnitOfWork, Tenant, dict[str, Any]], dict[str, Any]]
ACTIONS: dict[str, Action] = {
    "generate": _action_generate,
    "replay": _action_replay,
    "backtest": _action_backtest,
    "review": _action_review,
    # "simulate_scenarios" / "compare_scenarios": registered by services.scenarios; "chat_simulate" by
    # services.chat.tools (see register_action).
}


def register_action(name: str, action: Action) -> None:
    """For modules whose actions run in the forecast function too (scenarios)."""
    ACTIONS[name] = action


def run_action(uow: UnitOfWork, tenant: Tenant, action: str, params: dict[str, Any]) -> dict[str, Any]:
    _load_action_modules()
    try:
        fn = ACTIONS[action]
    except KeyError:
        raise InvalidInput(f"Unknown forecast action {action!r}.", code="unknown_action",
                           details={"actions": sorted(ACTIONS)}) from None
    return fn(uow, tenant, params)


def _load_action_modules() -> None:
    # Modules that register actions when imported; one not written yet simply has none.
    import importlib
    import importlib.util

    for name in ("cashpilot.services.scenarios", "cashpilot.services.chat.tools"):
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
