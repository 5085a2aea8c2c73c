from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from cashpilot.api.deps import CurrentPrincipal, PathTenant, UoW
from cashpilot.api.schemas.businesses import (
    BusinessCreateIn,
    BusinessOut,
    BusinessUpdateIn,
    MemberAddIn,
    MemberOut,
    MemberRoleIn,
)
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.services import businesses as svc

router = APIRouter(prefix="/businesses", tags=["businesses"])


def _out(view: svc.BusinessView) -> BusinessOut:
    b = view.business
    return BusinessOut(
        id=b.id, name=b.name, currency=b.currency, timezone=b.timezone, role=view.role,
        settings=BusinessSettings.model_validate(b.settings or {}), created_at=b.created_at, updated_at=b.updated_at,
    )


def _member_out(view: svc.MemberView) -> MemberOut:
    return MemberOut(user_id=view.user.id, email=view.user.email, full_name=view.user.full_name,
                     role=view.membership.role, joined_at=view.membership.created_at)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=BusinessOut)
def create_business(body: BusinessCreateIn, uow: UoW, principal: CurrentPrincipal) -> BusinessOut:
    view = svc.create_business(uow, principal, name=body.name, currency=body.currency,
                               timezone=body.timezone, settings=body.settings)
    return _out(view)


@router.get("", response_model=list[BusinessOut], summary="List the businesses I belong to")
def list_businesses(uow: UoW, principal: CurrentPrincipal) -> list[BusinessOut]:
    return [_out(v) for v in svc.list_my_businesses(uow, principal)]


@router.get("/{business_id}", response_model=BusinessOut)
def get_business(uow: UoW, tenant: PathTenant) -> BusinessOut:
    return _out(svc.get_business(uow, tenant))


@router.patch("/{business_id}", response_model=BusinessOut)
def update_business(body: BusinessUpdateIn, uow: UoW, tenant: PathTenant) -> BusinessOut:
    return _out(svc.update_business(uow, tenant, body.model_dump(exclude_unset=True)))


@router.get("/{business_id}/settings", response_model=BusinessSettings)
def get_settings(uow: UoW, tenant: PathTenant) -> BusinessSettings:
    return svc.get_settings(uow, tenant)


@router.patch("/{business_id}/settings", response_model=BusinessSettings,
              summary="Change some settings (deep merge)")
def patch_settings(body: dict, uow: UoW, tenant: PathTenant) -> BusinessSettings:
    return svc.update_settings(uow, tenant, body, replace=False)


@router.put("/{business_id}/settings", response_model=BusinessSettings,
            summary="Replace all settings (omitted ones return to their defaults)")
def put_settings(body: dict, uow: UoW, tenant: PathTenant) -> BusinessSettings:
    return svc.update_settings(uow, tenant, body, replace=True)


@router.get("/{business_id}/members", response_model=list[MemberOut])
def list_members(uow: UoW, tenant: PathTenant) -> list[MemberOut]:
    return [_member_out(m) for m in svc.list_members(uow, tenant)]


@router.post("/{business_id}/members", status_code=status.HTTP_201_CREATED, response_model=MemberOut,
             summary="Add an existing CashPilot user to the business (owners only)")
def add_member(body: MemberAddIn, uow: UoW, tenant: PathTenant) -> MemberOut:
    return _member_out(svc.add_member(uow, tenant, email=body.email, role=body.role))


@router.patch("/{business_id}/members/{user_id}", response_model=MemberOut)
def change_role(user_id: uuid.UUID, body: MemberRoleIn, uow: UoW, tenant: PathTenant) -> MemberOut:
    return _member_out(svc.change_member_role(uow, tenant, user_id, body.role))


@router.delete("/{business_id}/members/{user_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Remove a member (owners), or leave the business (yourself)")
def remove_member(user_id: uuid.UUID, uow: UoW, tenant: PathTenant) -> Response:
    svc.remove_member(uow, tenant, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
