"""The stability score of a business: gather the figures from the database, score them with the pure
`domain.forecast.stability.score`, store one row per business and day, and read its history.

`record` is what the forecast runs (pipeline and nightly) call after writing a snapshot: a rerun the
same day replaces that day's row, so replays are harmless. The API's GET computes live when today has
no row yet and never writes.

Figures are in the business currency. Accounts and transactions in another currency count through
`settings.forecast.fx_rates` (the same rates the forecast uses), or not at all without a rate.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, text

from cashpilot.adapters.db.models import Business, ForecastSnapshot, StabilityScore
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import NotFound
from cashpilot.domain.forecast import stability as domain
from cashpilot.services import accounts as account_service
from cashpilot.services.context import Tenant

# Daily flows are read back this far: 12 complete months plus the month in progress.
_LOOKBACK_DAYS = 400
HISTORY_DAYS = 90


@dataclass(frozen=True)
class StabilityView:
    as_of: date
    score: int | None
    label: str
    components: tuple[domain.Component, ...]
    snapshot_id: uuid.UUID | None
    stored: bool  # False: computed for this request, not (yet) in the history
    computed_at: datetime | None


@dataclass(frozen=True)
class HistoryPoint:
    as_of: date
    score: int
    label: str


def compute(
    uow: UnitOfWork, tenant: Tenant, *, as_of: date | None = None, snapshot: ForecastSnapshot | None = None,
) -> StabilityView:
    """Today's (or `as_of`'s) score from the stored data; `snapshot` is the forecast to take the deficit
    risk from (default: the latest baseline forecast made on or before `as_of`). Writes nothing."""
    as_of = as_of or today_in(tenant.timezone)
    snapshot = snapshot if snapshot is not None else _latest_snapshot(uow, tenant.business_id, as_of)
    result = domain.score(_figures(uow, tenant, as_of, snapshot))
    return StabilityView(as_of=as_of, score=result.score, label=result.label, components=result.components,
                         snapshot_id=snapshot.id if snapshot is not None else None, stored=False, computed_at=None)


def record(
    uow: UnitOfWork, tenant: Tenant, *, as_of: date, snapshot_id: uuid.UUID | None = None,
) -> StabilityView:
    """Compute and upsert the day's row (unique per business and day: a rerun replaces it).

    Does not commit: it runs inside the caller's transaction (the forecast run that just wrote the
    snapshot), so the snapshot and the score it produced land together or not at all. With no score
    at all (no transactions yet) nothing is stored and the returned view says `stored=False`."""
    snapshot = None
    if snapshot_id is not None:
        snapshot = uow.session.scalar(select(ForecastSnapshot).where(
            ForecastSnapshot.business_id == tenant.business_id, ForecastSnapshot.id == snapshot_id))
        if snapshot is None:
            raise NotFound("No such forecast.", code="forecast_not_found", details={"snapshot_id": str(snapshot_id)})
    view = compute(uow, tenant, as_of=as_of, snapshot=snapshot)
    if view.score is None:
        return view
    stored = domain.StabilityScore(view.as_of, view.score, view.label, view.components).to_json()
    computed_at = uow.session.connection().execute(
        text("""INSERT INTO stability_scores AS s (business_id, as_of, score, label, components, snapshot_id)
                VALUES (:b, :as_of, :score, :label, CAST(:components AS jsonb), :snapshot_id)
                ON CONFLICT (business_id, as_of) DO UPDATE SET
                    score = EXCLUDED.score, label = EXCLUDED.label, components = EXCLUDED.components,
                    snapshot_id = EXCLUDED.snapshot_id, computed_at = now()
                RETURNING s.computed_at"""),
        {"b": tenant.business_id, "as_of": as_of, "score": view.score, "label": view.label,
         "components": json.dumps(stored), "snapshot_id": view.snapshot_id},
    ).scalar_one()
    return StabilityView(as_of=view.as_of, score=view.score, label=view.label, components=view.components,
                         snapshot_id=view.snapshot_id, stored=True, computed_at=computed_at)


def current(uow: UnitOfWork, tenant: Tenant) -> StabilityView:
    """Today's stored score, or a live one when tonight's run has not stored it yet (not stored here:
    a GET never writes)."""
    today = today_in(tenant.timezone)
    row = uow.session.scalar(select(StabilityScore).where(
        StabilityScore.business_id == tenant.business_id, StabilityScore.as_of == today))
    if row is None:
        return compute(uow, tenant, as_of=today)
    result = domain.StabilityScore.from_stored(row.as_of, row.score, row.label, row.components or {})
    return StabilityView(as_of=row.as_of, score=row.score, label=row.label, components=result.components,
                         snapshot_id=row.snapshot_id, stored=True, computed_at=row.computed_at)


def history(uow: UnitOfWork, tenant: Tenant, *, days: int = HISTORY_DAYS,
            until: date | None = None) -> list[HistoryPoint]:
    """Stored scores of the last `days` days up to `until` (today), oldest first."""
    until = until or today_in(tenant.timezone)
    rows = uow.session.execute(
        select(StabilityScore.as_of, StabilityScore.score, StabilityScore.label)
        .where(StabilityScore.business_id == tenant.business_id,
               StabilityScore.as_of > until - timedelta(days=days), StabilityScore.as_of <= until)
        .order_by(StabilityScore.as_of)
    ).all()
    return [HistoryPoint(as_of=d, score=s, label=lbl) for d, s, lbl in rows]


# --------------------------------------------------------------------------- gathering


def _figures(uow: UnitOfWork, tenant: Tenant, as_of: date, snapshot: ForecastSnapshot | None
             ) -> domain.StabilityFigures:
    conn = uow.session.connection()
    b = tenant.business_id
    settings = BusinessSettings.model_validate(
        uow.session.scalar(select(Business.settings).where(Business.id == b)) or {})
    rates = {tenant.currency: Decimal(1), **settings.forecast.fx_rates}

    def convert(amount: Decimal, currency: str) -> Decimal | None:
        rate = rates.get(currency)
        return None if rate is None else amount * rate

    balance = account_service.cash_on(uow, b, as_of, rates)

    history_start = conn.execute(text(
        """SELECT min(day) FROM transaction_daily_totals
            WHERE business_id = :b AND status <> 'pending' AND row_count > 0 AND day <= :as_of"""),
        {"b": b, "as_of": as_of}).scalar()

    # Money in and out per day, internal transfers taken out (they are neither income nor spending).
    per_day: dict[date, tuple[Decimal, Decimal]] = {}
    for day, currency, inflow, outflow in conn.execute(text(
        """SELECT day, currency, sum(inflow - transfer_inflow), sum(transfer_outflow - outflow)
             FROM transaction_daily_totals
            WHERE business_id = :b AND status <> 'pending' AND day BETWEEN :since AND :as_of
            GROUP BY day, currency"""),
            {"b": b, "since": as_of - timedelta(days=_LOOKBACK_DAYS), "as_of": as_of}).all():
        rate = rates.get(currency)
        if rate is None:
            continue
        i, o = per_day.get(day, (Decimal(0), Decimal(0)))
        per_day[day] = (i + inflow * rate, o + outflow * rate)
    days = [domain.DayFlow(d, i, o) for d, (i, o) in sorted(per_day.items())]

    year = {"b": b, "since": as_of - timedelta(days=domain.YEAR_WINDOW_DAYS - 1), "as_of": as_of}
    customers: dict[uuid.UUID, tuple[str, Decimal]] = {}
    for entity_id, name, currency, amount in conn.execute(text(
        """SELECT t.entity_id, e.name, t.currency, sum(t.amount)
             FROM transactions t JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
            WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.status <> 'pending'
              AND t.amount > 0 AND t.transaction_date BETWEEN :since AND :as_of
            GROUP BY t.entity_id, e.name, t.currency"""), year).all():
        converted = convert(amount, currency)
        if converted is not None:
            _, before = customers.get(entity_id, (name, Decimal(0)))
            customers[entity_id] = (name, before + converted)

    # Spending that belongs to a recurring series (what the forecast knows in advance).
    recurring_outflow = Decimal(0)
    for currency, amount in conn.execute(text(
        """WITH members AS (SELECT DISTINCT unnest(transaction_ids) AS id FROM recurring_series
                             WHERE business_id = :b AND direction = 'out')
           SELECT t.currency, sum(-t.amount)
             FROM transactions t JOIN members m ON m.id = t.id
            WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.status <> 'pending'
              AND t.amount < 0 AND t.transaction_date BETWEEN :since AND :as_of
            GROUP BY t.currency"""), year).all():
        converted = convert(amount, currency)
        if converted is not None:
            recurring_outflow += converted

    return domain.StabilityFigures(
        as_of=as_of, balance=balance, currency=tenant.currency, history_start=history_start, days=days,
        customers=list(customers.values()), recurring_outflow=recurring_outflow, forecast=_risk(snapshot),
    )


def _latest_snapshot(uow: UnitOfWork, business_id: uuid.UUID, as_of: date) -> ForecastSnapshot | None:
    """The newest forecast of the business as it stands: what-if runs (with scenarios) do not count."""
    return uow.session.scalar(
        select(ForecastSnapshot)
        .where(ForecastSnapshot.business_id == business_id, ForecastSnapshot.as_of <= as_of,
               func.cardinality(ForecastSnapshot.scenario_ids) == 0)
        .order_by(ForecastSnapshot.as_of.desc(), ForecastSnapshot.created_at.desc(), ForecastSnapshot.id.desc())
        .limit(1)
    )


def _risk(snapshot: ForecastSnapshot | None) -> domain.ForecastRisk | None:
    if snapshot is None:
        return None
    deficit = {int(k): float(v) for k, v in (snapshot.deficit_probability or {}).items()}
    breach = {int(k): float(v) for k, v in (snapshot.buffer_breach_probability or {}).items()}
    if not deficit:
        return None
    # 90 days is the window the score reads; a shorter forecast gives its longest window instead.
    within = [w for w in deficit if w <= 90]
    window = max(within) if within else min(deficit)
    buffer = (snapshot.results or {}).get("buffer") or (snapshot.parameters or {}).get("buffer") or "0"
    return domain.ForecastRisk(
        as_of=snapshot.as_of, deficit_probability=deficit[window],
        buffer_breach_probability=breach.get(window, deficit[window]), window=window, buffer=Decimal(str(buffer)),
    )
