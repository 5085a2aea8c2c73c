"""Entities: customers and suppliers (one table; `both` when money flows both ways)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from cashpilot.adapters.db.models import Entity
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


def _save(uow: UnitOfWork, tenant: Tenant, entity: Entity) -> None:
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
    uow.commit()


def create_entity(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> Entity:
    tenant.require(Permission.WRITE)
    _check_category(uow, tenant, data.get("default_category_id"))
    entity = Entity(business_id=tenant.business_id, normalized_name=_normalized(data["name"]), **data)
    entity.name = entity.name.strip()
    uow.session.add(entity)
    _save(uow, tenant, entity)
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

