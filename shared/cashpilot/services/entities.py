"""Entities: customers and suppliers (one table; `both` when money flows both ways)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.exc import IntegrityError

from cashpilot.adapters.db.models import Entity, EntityAlias
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.names import normalize_name
from cashpilot.domain.roles import Permission
from cashpilot.services import categories
from cashpilot.services.context import Tenant


def entity_not_found(entity_id: uuid.UUID) -> NotFound:
    return NotFound("No customer or supplier with this id in this business.", code="entity_not_found",
                    details={"entity_id": str(entity_id)})


def get_entity(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID, *, include_deleted: bool = False) -> Entity:
    q = select(Entity).where(Entity.business_id == tenant.business_id, Entity.id == entity_id)
    if not include_deleted:
        q = q.where(Entity.deleted_at.is_(None))
    entity = uow.session.scalar(q)
    if entity is None:
        raise entity_not_found(entity_id)
    return entity


def _normalized(name: str) -> str:
    normalized = normalize_name(name)
    if not normalized:
        raise InvalidInput("The name must contain letters or digits.", code="invalid_name")
    return normalized


def _check_category(uow: UnitOfWork, tenant: Tenant, category_id: uuid.UUID | None) -> None:
    if category_id is None:
        return
    try:
        categories.get_category(uow, tenant, category_id)
    except NotFound as exc:
        raise InvalidInput("The default category does not exist in this business.",
                           code="category_not_found", details={"category_id": str(category_id)}) from exc


def _save(uow: UnitOfWork, tenant: Tenant, entity: Entity, *, commit: bool = True) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:
        if "uq_entities_live_name" not in str(exc.orig):
            raise
        uow.rollback()
        existing = uow.session.scalar(
            select(Entity.id).where(
                Entity.business_id == tenant.business_id,
                Entity.normalized_name == entity.normalized_name,
                Entity.deleted_at.is_(None),
            )
        )
        raise Conflict(
            "A customer or supplier with this name already exists.", code="entity_exists",
            details={"existing_id": str(existing) if existing else None},
        ) from exc
    if commit:
        uow.commit()


def create_entity(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any], *, commit: bool = True) -> Entity:
    tenant.require(Permission.WRITE)
    _check_category(uow, tenant, data.get("default_category_id"))
    entity = Entity(business_id=tenant.business_id, normalized_name=_normalized(data["name"]), **data)
    entity.name = entity.name.strip()
    uow.session.add(entity)
    _save(uow, tenant, entity, commit=commit)
    return entity


def list_entities(
    uow: UnitOfWork, tenant: Tenant, *, type_: str | None, q: str | None, include_deleted: bool,
    limit: int, offset: int,
) -> tuple[list[Entity], int]:
    query = select(Entity).where(Entity.business_id == tenant.business_id)
    if not include_deleted:
        query = query.where(Entity.deleted_at.is_(None))
    if type_ in ("customer", "supplier"):
        query = query.where(Entity.type.in_((type_, "both")))
    elif type_ == "both":
        query = query.where(Entity.type == "both")
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"
        query = query.where(
            or_(Entity.name.ilike(pattern), Entity.normalized_name.like("%" + normalize_name(q) + "%"))
        )
    total = uow.session.scalar(select(func.count()).select_from(query.subquery()))
    rows = uow.session.scalars(query.order_by(Entity.name, Entity.id).limit(limit).offset(offset)).all()
    return list(rows), total or 0


def update_entity(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID, changes: dict[str, Any]) -> Entity:
    tenant.require(Permission.WRITE)
    entity = get_entity(uow, tenant, entity_id)
    if "default_category_id" in changes:
        _check_category(uow, tenant, changes["default_category_id"])
    if changes.get("name") is not None:
        changes["name"] = changes["name"].strip()
        entity.normalized_name = _normalized(changes["name"])
    for key, value in changes.items():
        setattr(entity, key, value)
    _save(uow, tenant, entity)
    return entity


def delete_entity(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID) -> None:
    """Soft delete: transactions keep pointing at it, so history still names the counterparty."""
    tenant.require(Permission.WRITE)
    entity = get_entity(uow, tenant, entity_id)
    entity.deleted_at = datetime.now(UTC)
    uow.commit()


def restore_entity(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID) -> Entity:
    tenant.require(Permission.WRITE)
    entity = get_entity(uow, tenant, entity_id, include_deleted=True)
    entity.deleted_at = None
    _save(uow, tenant, entity)
    return entity



def _refresh_after_move(uow: UnitOfWork, tenant: Tenant, entity_ids: set[uuid.UUID]) -> None:
    from datetime import date

    from cashpilot.services import entity_insights, recurring
    from cashpilot.services.entity_resolution import refresh_entity_types

    refresh_entity_types(uow, tenant.business_id, entity_ids)
    recurring.refresh(uow, tenant.business_id, today=date.today(), entity_ids=entity_ids)
    entity_insights.refresh_profiles(uow, tenant.business_id)


def merge_entities(uow: UnitOfWork, tenant: Tenant, target_id: uuid.UUID, source_ids: list[uuid.UUID]) -> Entity:
    """Fold duplicates into `target_id`: their transactions, aliases, rules and memory move over, their
    names become aliases (so the next import finds the target), and they are soft-deleted."""
    tenant.require(Permission.WRITE)
    target = get_entity(uow, tenant, target_id)
    try:
        sources = [get_entity(uow, tenant, s) for s in dict.fromkeys(source_ids) if s != target_id]
    except NotFound as exc:
        raise InvalidInput(exc.message, code=exc.code, details={"field": "source_ids", **(exc.details or {})}) \
            from exc
    if not sources:
        raise InvalidInput("Name at least one other customer or supplier to merge into this one.",
                           code="nothing_to_merge", details={"field": "source_ids"})
    ids = [s.id for s in sources]
    params = {"b": tenant.business_id, "t": target.id, "ids": ids, "sids": [str(i) for i in ids]}
    conn = uow.session.connection()
    conn.execute(text("UPDATE transactions SET entity_id = :t WHERE business_id = :b "
                      "AND entity_id = ANY(CAST(:ids AS uuid[]))"), params)
    conn.execute(text("UPDATE entity_aliases SET entity_id = :t, source = 'merge' WHERE business_id = :b "
                      "AND entity_id = ANY(CAST(:ids AS uuid[]))"), params)
    conn.execute(
        text("""INSERT INTO entity_aliases (business_id, entity_id, alias, alias_key, source)
                SELECT :b, :t, u.name, u.key, 'merge'
                  FROM unnest(CAST(:names AS text[]), CAST(:keys AS text[])) AS u(name, key)
                 WHERE u.key <> :target_key
                ON CONFLICT (business_id, alias_key) DO UPDATE SET entity_id = EXCLUDED.entity_id, source = 'merge'"""),
        {**params, "names": [s.name for s in sources], "keys": [s.normalized_name for s in sources],
         "target_key": target.normalized_name},
    )
    conn.execute(text("UPDATE classification_rules SET entity_id = :t WHERE business_id = :b "
                      "AND entity_id = ANY(CAST(:ids AS uuid[]))"), params)
    conn.execute(text("""UPDATE classification_rules
                            SET conditions = jsonb_set(conditions, '{entity_id}', to_jsonb(CAST(:t AS text)))
                          WHERE business_id = :b AND conditions->>'entity_id' = ANY(CAST(:sids AS text[]))"""),
                 params)
    conn.execute(text("UPDATE classification_memory SET entity_id = :t WHERE business_id = :b "
                      "AND entity_id = ANY(CAST(:ids AS uuid[]))"), params)
    # The target's own memory wins; a source's is kept only when the target has none.
    conn.execute(text("""DELETE FROM classification_memory WHERE business_id = :b AND key_type = 'entity'
                          AND key = ANY(CAST(:sids AS text[]))
                          AND (EXISTS (SELECT 1 FROM classification_memory m WHERE m.business_id = :b
                                         AND m.key_type = 'entity' AND m.key = CAST(:t AS text))
                               OR key <> (SELECT min(key) FROM classification_memory WHERE business_id = :b
                                          AND key_type = 'entity' AND key = ANY(CAST(:sids AS text[]))))"""),
                 params)
    conn.execute(text("UPDATE classification_memory SET key = CAST(:t AS text) WHERE business_id = :b "
                      "AND key_type = 'entity' AND key = ANY(CAST(:sids AS text[]))"), params)
    conn.execute(text("DELETE FROM recurring_series WHERE business_id = :b AND entity_id = ANY(CAST(:ids AS uuid[]))"),
                 params)
    conn.execute(text("DELETE FROM entity_profiles WHERE business_id = :b AND entity_id = ANY(CAST(:ids AS uuid[]))"),
                 params)
    now = datetime.now(UTC)
    for source in sources:
        source.deleted_at = now
    uow.flush()
    _refresh_after_move(uow, tenant, {target.id})
    uow.commit()
    uow.session.refresh(target)
    return target


def split_entity(
    uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID, *, transaction_ids: list[uuid.UUID], name: str
) -> Entity:
    """Move some of an entity's transactions to another entity (found by name, or new). The owner decided
    this, so those transactions' labels become manual; a counterparty key whose every transaction moved
    becomes an alias of the new entity, so future imports follow."""
    tenant.require(Permission.WRITE)
    source = get_entity(uow, tenant, entity_id)
    ids = list(dict.fromkeys(transaction_ids))
    if not ids:
        raise InvalidInput("Choose the transactions to move.", code="nothing_to_split",
                           details={"field": "transaction_ids"})
    conn = uow.session.connection()
    found = conn.execute(
        text("SELECT id, amount, counterparty_key FROM transactions WHERE business_id = :b AND entity_id = :e "
             "AND id = ANY(CAST(:ids AS uuid[])) AND deleted_at IS NULL"),
        {"b": tenant.business_id, "e": source.id, "ids": ids}).all()
    if len(found) != len(ids):
        missing = sorted(set(map(str, ids)) - {str(r[0]) for r in found})
        raise InvalidInput("Some transactions do not belong to this customer or supplier.",
                           code="transaction_not_in_entity", details={"transaction_ids": missing})
    key = _normalized(name)
    if key == source.normalized_name:
        raise InvalidInput("Give the new part a different name.", code="same_entity", details={"field": "name"})
    target = uow.session.scalar(select(Entity).where(
        Entity.business_id == tenant.business_id, Entity.normalized_name == key, Entity.deleted_at.is_(None)))
    if target is None:
        directions = {r[1] > 0 for r in found}
        kind = "both" if len(directions) == 2 else ("customer" if True in directions else "supplier")
        target = create_entity(uow, tenant, {"name": name, "type": kind}, commit=False)
    conn.execute(
        text("UPDATE transactions SET entity_id = :t, classification_method = 'manual', "
             "classification_confidence = 1, needs_review = false "
             "WHERE business_id = :b AND id = ANY(CAST(:ids AS uuid[]))"),
        {"b": tenant.business_id, "t": target.id, "ids": ids})
    moved_keys = sorted({r[2] for r in found if r[2]})
    if moved_keys:
        conn.execute(
            text("""INSERT INTO entity_aliases (business_id, entity_id, alias, alias_key, source)
                    SELECT :b, :t, k, k, 'manual' FROM unnest(CAST(:keys AS text[])) AS k
                     WHERE k <> :target_key AND NOT EXISTS (
                           SELECT 1 FROM transactions x WHERE x.business_id = :b AND x.entity_id = :s
                              AND x.counterparty_key = k AND x.deleted_at IS NULL)
                    ON CONFLICT (business_id, alias_key) DO UPDATE SET entity_id = EXCLUDED.entity_id"""),
            {"b": tenant.business_id, "t": target.id, "s": source.id, "keys": moved_keys,
             "target_key": target.normalized_name})
    _refresh_after_move(uow, tenant, {source.id, target.id})
    uow.commit()
    uow.session.refresh(target)
    return target


def aliases(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID) -> list[EntityAlias]:
    get_entity(uow, tenant, entity_id)
    return list(uow.session.scalars(select(EntityAlias).where(
        EntityAlias.business_id == tenant.business_id, EntityAlias.entity_id == entity_id)
        .order_by(EntityAlias.alias)).all())
