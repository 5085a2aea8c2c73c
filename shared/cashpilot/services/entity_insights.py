"""Entity intelligence: per customer and supplier, totals, rhythm, lateness and reliability.

Profiles are recomputed after each classification and by nightly scoring, and read by the API; top
customers and suppliers for a period are computed on request (a period is the owner's choice).
Internal transfers never count: they are neither revenue nor spending.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select, text

from cashpilot.adapters.db.models import Entity, EntityAlias, EntityProfile, RecurringSeries
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain import entity_stats
from cashpilot.services import entities, recurring
from cashpilot.services.context import Tenant


@dataclass(frozen=True)
class TopEntity:
    entity_id: uuid.UUID
    name: str
    type: str
    total: Decimal
    transaction_count: int
    share: Decimal
    last_seen: date | None


def refresh_profiles(uow: UnitOfWork, business_id: uuid.UUID) -> int:
    """Recompute every entity's profile (revenue shares depend on the whole business, so all of them)."""
    conn = uow.session.connection()
    business_currency = conn.execute(text("SELECT currency FROM businesses WHERE id = :b"), {"b": business_id}).scalar()
    rows = conn.execute(
        text("""SELECT id, entity_id, amount, currency, transaction_date FROM transactions
                 WHERE business_id = :b AND entity_id IS NOT NULL AND deleted_at IS NULL AND NOT is_transfer"""),
        {"b": business_id},
    ).all()
    due = recurring.expected_dates(uow, business_id)
    by_entity: dict[uuid.UUID, list] = defaultdict(list)
    for row in rows:
        by_entity[row[1]].append(row)
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    for _, _, amount, currency, _ in rows:
        if amount > 0:
            revenue[currency] += amount
    out = []
    for entity_id, txs in by_entity.items():
        # An entity is profiled in its most used currency (the business's on a tie).
        counts = Counter(t[3] for t in txs)
        currency = max(counts, key=lambda c: (counts[c], c == business_currency))
        payments = [entity_stats.Payment(t[4], t[2], due.get(t[0])) for t in txs if t[3] == currency]
        p = entity_stats.profile(payments)
        out.append({
            "entity_id": entity_id, "currency": currency, "total_in": p.total_in, "total_out": p.total_out,
            "tx_count": p.count, "first_seen": p.first_seen, "last_seen": p.last_seen,
            "typical_amount": p.typical_amount,
            "revenue_share": entity_stats.revenue_share(p.total_in, revenue[currency]),
            "days_late": json.dumps(dataclasses.asdict(p.days_late)) if p.days_late else None,
            "reliability": p.reliability,
        })
    conn.execute(text("DELETE FROM entity_profiles WHERE business_id = :b AND entity_id <> ALL(CAST(:ids AS uuid[]))"),
                 {"b": business_id, "ids": list(by_entity)})
    if out:
        conn.execute(
            text("""INSERT INTO entity_profiles (business_id, entity_id, currency, total_in, total_out, tx_count,
                                                 first_seen, last_seen, typical_amount, revenue_share, days_late,
                                                 reliability, computed_at)
                    VALUES (:b, :entity_id, :currency, :total_in, :total_out, :tx_count, :first_seen, :last_seen,
                            :typical_amount, :revenue_share, CAST(:days_late AS jsonb), :reliability, now())
                    ON CONFLICT (business_id, entity_id) DO UPDATE SET
                        currency = EXCLUDED.currency, total_in = EXCLUDED.total_in, total_out = EXCLUDED.total_out,
                        tx_count = EXCLUDED.tx_count, first_seen = EXCLUDED.first_seen,
                        last_seen = EXCLUDED.last_seen, typical_amount = EXCLUDED.typical_amount,
                        revenue_share = EXCLUDED.revenue_share, days_late = EXCLUDED.days_late,
                        reliability = EXCLUDED.reliability, computed_at = now()"""),
            [{"b": business_id, **o} for o in out],
        )
    return len(out)


def entity_profile(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID) -> tuple[
        Entity, EntityProfile | None, list[str], list[tuple[RecurringSeries, str | None]]]:
    entity = entities.get_entity(uow, tenant, entity_id)
    profile = uow.session.scalar(select(EntityProfile).where(
        EntityProfile.business_id == tenant.business_id, EntityProfile.entity_id == entity_id))
    aliases = list(uow.session.scalars(select(EntityAlias.alias).where(
        EntityAlias.business_id == tenant.business_id, EntityAlias.entity_id == entity_id)
        .order_by(EntityAlias.alias)).all())
    return entity, profile, aliases, recurring.list_series(uow, tenant, entity_id=entity_id)


def top_entities(
    uow: UnitOfWork, tenant: Tenant, *, direction: str, date_from: date | None, date_to: date | None, limit: int,
    currency: str | None = None,
) -> tuple[str, list[TopEntity]]:
    """Customers by money received (direction "in") or suppliers by money paid ("out") in a period, in one
    currency (the business's by default), with their share of that period's revenue or spending."""
    currency = currency or tenant.currency
    sign = ">" if direction == "in" else "<"
    params = {"b": tenant.business_id, "c": currency, "dfrom": date_from, "dto": date_to, "limit": limit}
    period = ("AND (CAST(:dfrom AS date) IS NULL OR t.transaction_date >= :dfrom) "
              "AND (CAST(:dto AS date) IS NULL OR t.transaction_date <= :dto)")
    # One pass over the period: every counterparty's total (those without an entity too), so the overall
    # total the shares are taken of comes from the same scan. Pending money is not booked yet: left out,
    # as the period totals leave it out.
    rows = uow.session.connection().execute(text(
        f"""SELECT t.entity_id, abs(sum(t.amount)) AS total, count(*), max(t.transaction_date)
              FROM transactions t
             WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.currency = :c
               AND t.status <> 'pending' AND t.amount {sign} 0 {period}
             GROUP BY t.entity_id"""), params).all()
    overall = sum((r[1] for r in rows), Decimal(0))
    totals = {eid: (total, count, last) for eid, total, count, last in rows if eid is not None}
    named = uow.session.execute(
        select(Entity.id, Entity.name, Entity.type)
        .where(Entity.business_id == tenant.business_id, Entity.id.in_(list(totals)), Entity.deleted_at.is_(None))
    ).all() if totals else []
    ranked = sorted(((totals[eid][0], name, eid, type_) for eid, name, type_ in named),
                    key=lambda x: (-x[0], x[1]))[:limit]
    rows = [(eid, name, type_, total, totals[eid][1], totals[eid][2]) for total, name, eid, type_ in ranked]
    return currency, [
        TopEntity(eid, name, type_, total, count, entity_stats.revenue_share(total, overall), last)
        for eid, name, type_, total, count, last in rows
    ]
