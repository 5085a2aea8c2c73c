"""Categories: the seeded defaults plus the business's own, in a tree per type."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cashpilot.adapters.db.models import Category
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.roles import Permission
from cashpilot.services.context import Tenant

MAX_DEPTH = 5


def category_not_found(category_id: uuid.UUID) -> NotFound:
    return NotFound("No category with this id in this business.", code="category_not_found",
                    details={"category_id": str(category_id)})


def get_category(uow: UnitOfWork, tenant: Tenant, category_id: uuid.UUID) -> Category:
    category = uow.session.scalar(
        select(Category).where(Category.business_id == tenant.business_id, Category.id == category_id)
    )
    if category is None:
        raise category_not_found(category_id)
    return category


def list_categories(
    uow: UnitOfWork, tenant: Tenant, *, type_: str | None = None, include_archived: bool = False
) -> list[Category]:
    q = select(Category).where(Category.business_id == tenant.business_id)
    if type_:
        q = q.where(Category.type == type_)
    if not include_archived:
        q = q.where(Category.archived_at.is_(None))
    return list(uow.session.scalars(q.order_by(Category.type, Category.is_system.desc(), Category.name)).all())


def _check_parent(uow: UnitOfWork, tenant: Tenant, category: Category, parent_id: uuid.UUID | None) -> None:
    if parent_id is None:
        return
    try:
        parent = get_category(uow, tenant, parent_id)
    except NotFound as exc:
        raise InvalidInput("The parent category does not exist in this business.",
                           code="parent_not_found", details={"parent_id": str(parent_id)}) from exc
    if parent.type != category.type:
        raise InvalidInput("A category and its parent must have the same type.", code="parent_type_mismatch")
    # Walk up from the parent: meeting the category itself would make a cycle.
    depth, node = 1, parent
    while node is not None:
        if category.id is not None and node.id == category.id:
            raise InvalidInput("A category cannot be placed under itself or its own descendant.",
                               code="category_cycle")
        depth += 1
        if depth > MAX_DEPTH:
            raise InvalidInput(f"Categories nest at most {MAX_DEPTH} levels deep.", code="category_too_deep")
        node = get_category(uow, tenant, node.parent_id) if node.parent_id else None


def _save(uow: UnitOfWork) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:
        if "uq_categories_name" in str(exc.orig):
            raise Conflict("A category with this name already exists here.", code="category_name_taken") from exc
        raise
    uow.commit()


def create_category(uow: UnitOfWork, tenant: Tenant, *, name: str, type_: str, parent_id: uuid.UUID | None) -> Category:
    tenant.require(Permission.WRITE)
    category = Category(business_id=tenant.business_id, name=name.strip(), type=type_, parent_id=parent_id)
    _check_parent(uow, tenant, category, parent_id)
    uow.session.add(category)
    _save(uow)
    return category


def update_category(uow: UnitOfWork, tenant: Tenant, category_id: uuid.UUID, changes: dict[str, Any]) -> Category:
    tenant.require(Permission.WRITE)
    category = get_category(uow, tenant, category_id)
    if "parent_id" in changes:
        _check_parent(uow, tenant, category, changes["parent_id"])
        category.parent_id = changes["parent_id"]
    if changes.get("name") is not None:
        category.name = changes["name"].strip()
    _save(uow)
    return category


def set_archived(uow: UnitOfWork, tenant: Tenant, category_id: uuid.UUID, archived: bool) -> Category:
    """Archived categories keep their transactions but cannot be chosen for new ones."""
    tenant.require(Permission.WRITE)
    category = get_category(uow, tenant, category_id)
    category.archived_at = datetime.now(UTC) if archived else None
    _save(uow)
    return category
