from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.common import OffsetPage
from cashpilot.api.schemas.entities import EntityCreateIn, EntityOut, EntityType, EntityUpdateIn
from cashpilot.config import get_settings
from cashpilot.services import entities as svc

router = APIRouter(prefix="/entities", tags=["entities"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=EntityOut)
def create_entity(body: EntityCreateIn, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    return EntityOut.model_validate(svc.create_entity(uow, tenant, body.model_dump()))


@router.get("", response_model=OffsetPage[EntityOut],
            summary="Customers and suppliers; `type=customer` includes those that are both")
def list_entities(
    uow: UoW,
    tenant: CurrentTenant,
    type: EntityType | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Search by name")] = None,
    include_deleted: bool = False,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> OffsetPage[EntityOut]:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    rows, total = svc.list_entities(uow, tenant, type_=type, q=q, include_deleted=include_deleted,
                                    limit=limit, offset=offset)
    return OffsetPage[EntityOut](items=[EntityOut.model_validate(r) for r in rows], total=total, limit=limit,
                                 offset=offset)


@router.get("/{entity_id}", response_model=EntityOut)
def get_entity(entity_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    return EntityOut.model_validate(svc.get_entity(uow, tenant, entity_id))


@router.patch("/{entity_id}", response_model=EntityOut)
def update_entity(entity_id: uuid.UUID, body: EntityUpdateIn, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    changes = body.model_dump(exclude_unset=True)
    for required in ("name", "type"):
        if required in changes and changes[required] is None:
            changes.pop(required)
    return EntityOut.model_validate(svc.update_entity(uow, tenant, entity_id, changes))


@router.delete("/{entity_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_entity(entity_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_entity(uow, tenant, entity_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{entity_id}/restore", response_model=EntityOut)
def restore_entity(entity_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    return EntityOut.model_validate(svc.restore_entity(uow, tenant, entity_id))
