"""Recurring series: find the repeating flows of each counterparty, store them for the forecast.

Detection runs per group = one counterparty (or, for lines that name nobody such as a bank's
monthly fee, one category) in one direction and currency. A refresh re-detects its groups wholesale
and replaces their stored series; a series keeps its id while its first payment stays the same, so
what the forecast and the apps hold on to survives re-detection.
"""

from __future__ import annotations

import dataclasses
import statistics
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select, text

from cashpilot.adapters.db.models import Entity, RecurringSeries
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.services.context import Tenant

Group = tuple[str, str, str, str]  # ("entity" | "category", id, direction, currency)


@dataclass(frozen=True)
class Member:
    id: uuid.UUID
    date: date
    amount: Decimal
    category_id: uuid.UUID | None


def refresh(
    uow: UnitOfWork, business_id: uuid.UUID, *, today: date, entity_ids: Iterable[uuid.UUID] | None = None,
    categories: Iterable[uuid.UUID] | None = None,
) -> int:
    """Re-detect the series of the given entities and categories (all of the business when both are None).
    Returns how many series the refreshed groups now have."""
    from cashpilot.domain import recurring as detection  # not on the API's cold path
    conn = uow.session.connection()
    full = entity_ids is None and categories is None
    entity_ids = [e for e in (entity_ids or []) if e]
    categories = [c for c in (categories or []) if c]
    if not full and not entity_ids and not categories:
        return 0
    scope = "" if full else ("AND (entity_id = ANY(CAST(:e AS uuid[])) OR "
                             "(entity_id IS NULL AND category_id = ANY(CAST(:c AS uuid[]))))")
    rows = conn.execute(
        text(f"""SELECT id, entity_id, category_id, amount, currency, transaction_date FROM transactions
                  WHERE business_id = :b AND deleted_at IS NULL AND NOT is_transfer AND amount <> 0
                    AND (entity_id IS NOT NULL OR category_id IS NOT NULL) {scope}
                  ORDER BY transaction_date, id"""),
        {"b": business_id, "e": entity_ids, "c": categories},
    ).all()
    groups: dict[Group, list[Member]] = defaultdict(list)
    for tx_id, entity_id, category_id, amount, currency, day in rows:
        kind, ref = ("entity", entity_id) if entity_id else ("category", category_id)
        groups[(kind, str(ref), "in" if amount > 0 else "out", currency)].append(
            Member(tx_id, day, amount, category_id))

    found: list[dict] = []
    for (kind, ref, direction, currency), members in groups.items():
        by_id = {m.id: m for m in members}
        for s in _detect(detection, members, today):
            categories_seen = Counter(by_id[i].category_id for i in s.occurrences if by_id[i].category_id)
            found.append({
                "series_key": f"{kind}:{ref}:{direction}:{currency}:{s.cadence}:{s.occurrences[0]}",
                "entity_id": uuid.UUID(ref) if kind == "entity" else None,
                "category_id": categories_seen.most_common(1)[0][0] if categories_seen else None,
                "direction": direction, "currency": currency, "cadence": s.cadence, "day_rule": s.day_rule,
                "expected_amount": s.expected_amount, "amount_spread": s.amount_spread,
                "first_date": s.first_date, "last_date": s.last_date, "next_date": s.next_date,
                "occurrences": len(s.occurrences), "status": "stopped" if s.stopped else "active",
                "confidence": Decimal(str(round(s.confidence, 3))), "transaction_ids": list(s.occurrences),
            })

    # Replace the refreshed groups' series: delete what was not found again, upsert the rest.
    keys = [f["series_key"] for f in found]
    delete_scope = "" if full else ("AND (entity_id = ANY(CAST(:e AS uuid[])) OR "
                                    "(entity_id IS NULL AND category_id = ANY(CAST(:c AS uuid[]))))")
    conn.execute(
        text(f"DELETE FROM recurring_series WHERE business_id = :b {delete_scope} "
             "AND series_key <> ALL(CAST(:keys AS text[]))"),
        {"b": business_id, "e": entity_ids, "c": categories, "keys": keys},
    )
    if found:
        columns = list(found[0])
        conn.execute(
            text(f"""INSERT INTO recurring_series (business_id, {', '.join(columns)})
                     VALUES (:business_id, {', '.join(':' + c for c in columns)})
                     ON CONFLICT (business_id, series_key) DO UPDATE SET
                     {', '.join(f'{c} = EXCLUDED.{c}' for c in columns if c != 'series_key')}"""),
            [{"business_id": business_id, **f} for f in found],
        )
    return len(found)


def _detect(detection, members: list[Member], today: date) -> list:
    """Series by amount and timing, and one correction on top: an invoice-paying customer whose amounts
    shift for a while (a summer dip) splits into amount clusters, and the main cluster then looks like it
    stopped. Timing alone (every amount set to the median) finds the whole run; where such a series holds
    every member of the amount series it overlaps, and more, it replaces them, with its real amounts."""
    by_amount = detection.detect_series([detection.Occurrence(m.id, m.date, m.amount) for m in members],
                                        today=today)
    if len(members) < 3 or not by_amount:
        return by_amount
    typical = statistics.median([m.amount for m in members])
    by_timing = detection.detect_series([detection.Occurrence(m.id, m.date, typical) for m in members],
                                        today=today)
    amounts = {m.id: m.amount for m in members}
    result = list(by_amount)
    for t in by_timing:
        members_t = set(t.occurrences)
        overlapping = [s for s in result if members_t & set(s.occurrences)]
        if not overlapping or any(not set(s.occurrences) <= members_t for s in overlapping):
            continue
        if len(members_t) <= max(len(s.occurrences) for s in overlapping):
            continue
        real = sorted(amounts[i] for i in t.occurrences)
        middle = statistics.median(real)
        spread = statistics.median([abs(a - middle) for a in real]) * Decimal("1.4826")
        result = [s for s in result if s not in overlapping] + [dataclasses.replace(
            t, expected_amount=Decimal(middle).quantize(Decimal("0.01")),
            amount_spread=spread.quantize(Decimal("0.01")))]
    return result


def list_series(
    uow: UnitOfWork, tenant: Tenant, *, status: str | None = None, entity_id: uuid.UUID | None = None,
    direction: str | None = None,
) -> list[tuple[RecurringSeries, str | None]]:
    q = (select(RecurringSeries, Entity.name)
         .outerjoin(Entity, (Entity.business_id == RecurringSeries.business_id)
                    & (Entity.id == RecurringSeries.entity_id))
         .where(RecurringSeries.business_id == tenant.business_id))
    if status:
        q = q.where(RecurringSeries.status == status)
    if entity_id:
        q = q.where(RecurringSeries.entity_id == entity_id)
    if direction:
        q = q.where(RecurringSeries.direction == direction)
    return [(s, name) for s, name in uow.session.execute(
        q.order_by(RecurringSeries.status, RecurringSeries.next_date, RecurringSeries.id)).all()]


def expected_dates(uow: UnitOfWork, business_id: uuid.UUID) -> dict[uuid.UUID, date]:
    """When each series member was due (transaction id -> date): the base of "days late"."""
    from cashpilot.domain import recurring as detection
    stored = list(uow.session.execute(
        select(RecurringSeries).where(RecurringSeries.business_id == business_id)).scalars())
    ids = [i for s in stored for i in s.transaction_ids]
    if not ids:
        return {}
    day_of = dict(uow.session.connection().execute(
        text("SELECT id, transaction_date FROM transactions WHERE business_id = :b AND id = ANY(CAST(:ids AS uuid[]))"),
        {"b": business_id, "ids": ids}).all())
    out: dict[uuid.UUID, date] = {}
    for s in stored:
        members = sorted((day_of[i], i) for i in s.transaction_ids if i in day_of)
        series = detection.Series(
            cadence=s.cadence, day_rule=s.day_rule, expected_amount=s.expected_amount,
            amount_spread=s.amount_spread, first_date=s.first_date, last_date=s.last_date, next_date=s.next_date,
            occurrences=tuple(i for _, i in members), stopped=s.status == "stopped", confidence=float(s.confidence),
        )
        for (_, tx_id), due in zip(members, detection.expected_dates(series, [d for d, _ in members]), strict=True):
            out[tx_id] = due
    return out
