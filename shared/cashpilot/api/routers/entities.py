from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.routers.recurring import series_out
from cashpilot.api.schemas.classification import (
    AliasOut,
    DaysLateOut,
    EntityProfileOut,
    MergeIn,
    SplitIn,
    TopEntitiesOut,
    TopEntityOut,
)
from cashpilot.api.schemas.common import Currency, OffsetPage
from cashpilot.api.schemas.entities import EntityCreateIn, EntityOut, EntityType, EntityUpdateIn
from cashpilot.config import get_settings
from cashpilot.domain.errors import InvalidInput
from cashpilot.services import entities as svc
from cashpilot.services import entity_insights

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


def _top(uow, tenant, direction: str, date_from: date | None, date_to: date | None, limit: int,
         currency: str | None) -> TopEntitiesOut:
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("date_from must not be after date_to.", code="invalid_date_range")
    currency, rows = entity_insights.top_entities(uow, tenant, direction=direction, date_from=date_from,
                                                  date_to=date_to, limit=limit, currency=currency)
    return TopEntitiesOut(currency=currency, date_from=date_from, date_to=date_to,
                          items=[TopEntityOut.model_validate(r, from_attributes=True) for r in rows])


@router.get("/top-customers", response_model=TopEntitiesOut,
            summary="Customers by money received in the period, with their share of revenue")
def top_customers(
    uow: UoW, tenant: CurrentTenant, date_from: date | None = None, date_to: date | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10, currency: Currency | None = None,
) -> TopEntitiesOut:
    return _top(uow, tenant, "in", date_from, date_to, limit, currency)


@router.get("/top-suppliers", response_model=TopEntitiesOut,
            summary="Suppliers by money paid in the period, with their share of spending")
def top_suppliers(
    uow: UoW, tenant: CurrentTenant, date_from: date | None = None, date_to: date | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10, currency: Currency | None = None,
) -> TopEntitiesOut:
    return _top(uow, tenant, "out", date_from, date_to, limit, currency)


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


@router.get("/{entity_id}/profile", response_model=EntityProfileOut,
            summary="Totals, typical amount, revenue share, days-late distribution, reliability, series")
def entity_profile(entity_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> EntityProfileOut:
    entity, profile, aliases, series = entity_insights.entity_profile(uow, tenant, entity_id)
    return EntityProfileOut(
        entity_id=entity.id, name=entity.name, type=entity.type,
        currency=profile.currency if profile else tenant.currency,
        total_in=profile.total_in if profile else 0, total_out=profile.total_out if profile else 0,
        transaction_count=profile.tx_count if profile else 0,
        first_seen=profile.first_seen if profile else None, last_seen=profile.last_seen if profile else None,
        typical_amount=profile.typical_amount if profile else None,
        revenue_share=profile.revenue_share if profile else 0,
        days_late=DaysLateOut.model_validate(profile.days_late) if profile and profile.days_late else None,
        reliability=profile.reliability if profile else None, aliases=aliases,
        series=[series_out(s, name) for s, name in series], computed_at=profile.computed_at if profile else None,
    )


@router.get("/{entity_id}/aliases", response_model=list[AliasOut])
def entity_aliases(entity_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> list[AliasOut]:
    return [AliasOut.model_validate(a) for a in svc.aliases(uow, tenant, entity_id)]


@router.post("/{entity_id}/merge", response_model=EntityOut,
             summary="Merge other entities into this one; their names are kept as aliases")
def merge_entities(entity_id: uuid.UUID, body: MergeIn, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    return EntityOut.model_validate(svc.merge_entities(uow, tenant, entity_id, body.source_ids))


@router.post("/{entity_id}/split", response_model=EntityOut, status_code=status.HTTP_201_CREATED,
             summary="Move some transactions to another entity (found by name or created)")
def split_entity(entity_id: uuid.UUID, body: SplitIn, uow: UoW, tenant: CurrentTenant) -> EntityOut:
    return EntityOut.model_validate(
        svc.split_entity(uow, tenant, entity_id, transaction_ids=body.transaction_ids, name=body.name))
