from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.categories import CategoryCreateIn, CategoryOut, CategoryType, CategoryUpdateIn
from cashpilot.services import categories as svc

router = APIRouter(prefix="/categories", tags=["categories"])


def _out(c) -> CategoryOut:
    return CategoryOut(
        id=c.id, name=c.name, type=c.type, parent_id=c.parent_id, is_system=c.is_system, system_key=c.system_key,
        archived=c.archived_at is not None, created_at=c.created_at, updated_at=c.updated_at,
    )


@router.get("", response_model=list[CategoryOut], summary="System defaults and the business's own")
def list_categories(
    uow: UoW, tenant: CurrentTenant, type: CategoryType | None = None, include_archived: bool = False
) -> list[CategoryOut]:
    return [_out(c) for c in svc.list_categories(uow, tenant, type_=type, include_archived=include_archived)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CategoryOut)
def create_category(body: CategoryCreateIn, uow: UoW, tenant: CurrentTenant) -> CategoryOut:
    return _out(svc.create_category(uow, tenant, name=body.name, type_=body.type, parent_id=body.parent_id))


@router.get("/{category_id}", response_model=CategoryOut)
def get_category(category_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> CategoryOut:
    return _out(svc.get_category(uow, tenant, category_id))


@router.patch("/{category_id}", response_model=CategoryOut)
def update_category(category_id: uuid.UUID, body: CategoryUpdateIn, uow: UoW, tenant: CurrentTenant) -> CategoryOut:
    changes = body.model_dump(exclude_unset=True)
    return _out(svc.update_category(uow, tenant, category_id, changes))


@router.post("/{category_id}/archive", response_model=CategoryOut)
def archive_category(category_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> CategoryOut:
    return _out(svc.set_archived(uow, tenant, category_id, True))


@router.post("/{category_id}/unarchive", response_model=CategoryOut)
def unarchive_category(category_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> CategoryOut:
    return _out(svc.set_archived(uow, tenant, category_id, False))
