"""Businesses (tenants), their settings and their members."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text

from cashpilot.adapters.db.models import Business, Category, Membership, User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings, merge_settings, parse_settings
from cashpilot.domain.categories import DEFAULT_CATEGORIES
from cashpilot.domain.errors import Conflict, NotFound
from cashpilot.domain.roles import Permission, Role
from cashpilot.services.context import Principal, Tenant


@dataclass(frozen=True)
class BusinessView:
    business: Business
    role: Role


@dataclass(frozen=True)
class MemberView:
    membership: Membership
    user: User


def business_not_found(business_id: uuid.UUID | str) -> NotFound:
    return NotFound(
        "No business with this id exists for your account.", code="business_not_found",
        details={"business_id": str(business_id)},
    )


def authorize(uow: UnitOfWork, principal: Principal, business_id: uuid.UUID) -> Tenant:
    """The caller's role in `business_id`, with the transaction now scoped to it.

    A business the caller is not a member of is reported exactly like one that does not exist.
    """
    uow.set_context(business_id=business_id, user_id=principal.user_id)
    row = uow.session.execute(
        select(Membership.role, Business.currency, Business.timezone)
        .join(Business, Business.id == Membership.business_id)
        .where(Membership.business_id == business_id, Membership.user_id == principal.user_id)
    ).first()
    if row is None:
        raise business_not_found(business_id)
    return Tenant(
        business_id=business_id, user_id=principal.user_id, role=Role(row.role),
        currency=row.currency, timezone=row.timezone,
    )


def create_business(
    uow: UnitOfWork, principal: Principal, *, name: str, currency: str, timezone: str,
    settings: dict[str, Any] | None,
) -> BusinessView:
    business_id = uuid.uuid4()
    uow.set_context(business_id=business_id, user_id=principal.user_id)
    validated = parse_settings(settings or {})
    business = Business(
        id=business_id, name=name.strip(), currency=currency, timezone=timezone,
        settings=validated.model_dump(mode="json"), created_by=principal.user_id,
    )
    uow.session.add(business)
    uow.session.flush()
    uow.session.add(Membership(business_id=business_id, user_id=principal.user_id, role=Role.OWNER))
    uow.session.add_all(
        Category(business_id=business_id, name=c.name, type=c.type, system_key=c.key, is_system=True)
        for c in DEFAULT_CATEGORIES
    )
    uow.commit()
    return BusinessView(business=business, role=Role.OWNER)


def list_my_businesses(uow: UnitOfWork, principal: Principal) -> list[BusinessView]:
    uow.set_context(user_id=principal.user_id)
    rows = uow.session.execute(
        select(Business, Membership.role)
        .join(Membership, Membership.business_id == Business.id)
        .where(Membership.user_id == principal.user_id)
        .order_by(Business.created_at, Business.id)
    ).all()
    return [BusinessView(business=b, role=Role(r)) for b, r in rows]


def _load(uow: UnitOfWork, tenant: Tenant) -> Business:
    business = uow.session.get(Business, tenant.business_id)
    if business is None:  # pragma: no cover - authorize() has just seen it
        raise business_not_found(tenant.business_id)
    return business


def get_business(uow: UnitOfWork, tenant: Tenant) -> BusinessView:
    return BusinessView(business=_load(uow, tenant), role=tenant.role)


def update_business(uow: UnitOfWork, tenant: Tenant, changes: dict[str, Any]) -> BusinessView:
    tenant.require(Permission.MANAGE_BUSINESS)
    business = _load(uow, tenant)
    for field in ("name", "currency", "timezone"):
        if field in changes and changes[field] is not None:
            setattr(business, field, changes[field].strip() if field == "name" else changes[field])
    uow.flush()
    uow.commit()
    return BusinessView(business=business, role=tenant.role)


def all_business_ids(uow: UnitOfWork) -> list[uuid.UUID]:
    """Every business, for the scheduled jobs that visit each one: the one cross-tenant read the app
    role may make (a SECURITY DEFINER function that returns nothing but ids)."""
    return list(uow.session.execute(text("SELECT cp_all_business_ids()")).scalars())


def get_settings(uow: UnitOfWork, tenant: Tenant) -> BusinessSettings:
    return BusinessSettings.model_validate(_load(uow, tenant).settings or {})


def update_settings(uow: UnitOfWork, tenant: Tenant, patch: dict[str, Any], *, replace: bool) -> BusinessSettings:
    tenant.require(Permission.MANAGE_BUSINESS)
    business = _load(uow, tenant)
    new = parse_settings(patch) if replace else merge_settings(business.settings, patch)
    sold_before = BusinessSettings.model_validate(business.settings or {}).classification.sells
    business.settings = new.model_dump(mode="json")
    uow.commit()
    if new.classification.sells != sold_before:
        from cashpilot.services import classify  # the classifier's tables load only when they are needed

        classify.relabel_customer_payments(uow, tenant.business_id)
    return new


# ---------------------------------------------------------------------------------- members


def list_members(uow: UnitOfWork, tenant: Tenant) -> list[MemberView]:
    rows = uow.session.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.business_id == tenant.business_id)
        .order_by(Membership.created_at, Membership.id)
    ).all()
    return [MemberView(membership=m, user=u) for m, u in rows]


def _member(uow: UnitOfWork, tenant: Tenant, user_id: uuid.UUID, *, lock: bool = False) -> MemberView:
    q = (
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.business_id == tenant.business_id, Membership.user_id == user_id)
    )
    if lock:
        q = q.with_for_update(of=Membership)
    row = uow.session.execute(q).first()
    if row is None:
        raise NotFound("This user is not a member of the business.", code="member_not_found",
                       details={"user_id": str(user_id)})
    return MemberView(membership=row[0], user=row[1])


def add_member(uow: UnitOfWork, tenant: Tenant, *, email: str, role: Role) -> MemberView:
    tenant.require(Permission.MANAGE_MEMBERS)
    user = uow.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
    if user is None or not user.is_active:
        raise NotFound(
            "No CashPilot user has this email; they need to register first.", code="user_not_found",
            details={"email": email},
        )
    exists = uow.session.scalar(
        select(Membership.id).where(Membership.business_id == tenant.business_id, Membership.user_id == user.id)
    )
    if exists:
        raise Conflict("This user is already a member of the business.", code="already_member")
    membership = Membership(business_id=tenant.business_id, user_id=user.id, role=role, invited_by=tenant.user_id)
    uow.session.add(membership)
    uow.flush()
    uow.commit()
    return MemberView(membership=membership, user=user)


def _ensure_another_owner(uow: UnitOfWork, tenant: Tenant, leaving: uuid.UUID) -> None:
    # Lock the business's owner rows so two owners cannot demote each other at the same moment.
    owners = uow.session.scalars(
        select(Membership.user_id)
        .where(Membership.business_id == tenant.business_id, Membership.role == Role.OWNER)
        .with_for_update()
    ).all()
    if set(owners) <= {leaving}:
        raise Conflict(
            "A business needs at least one owner: make someone else owner first.", code="last_owner"
        )


def change_member_role(uow: UnitOfWork, tenant: Tenant, user_id: uuid.UUID, role: Role) -> MemberView:
    tenant.require(Permission.MANAGE_MEMBERS)
    member = _member(uow, tenant, user_id, lock=True)
    if member.membership.role == Role.OWNER and role != Role.OWNER:
        _ensure_another_owner(uow, tenant, user_id)
    member.membership.role = role
    uow.flush()
    uow.commit()
    return member


def remove_member(uow: UnitOfWork, tenant: Tenant, user_id: uuid.UUID) -> None:
    """Owners remove anyone; any member may leave on their own."""
    if user_id != tenant.user_id:
        tenant.require(Permission.MANAGE_MEMBERS)
    member = _member(uow, tenant, user_id, lock=True)
    if member.membership.role == Role.OWNER:
        _ensure_another_owner(uow, tenant, user_id)
    uow.session.delete(member.membership)
    uow.commit()
