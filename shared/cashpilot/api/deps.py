"""Request-scoped dependencies: the unit of work, the signed-in user, the tenant."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from cashpilot.adapters.db.models import User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import BadRequest, NotAuthenticated
from cashpilot.services import auth, businesses
from cashpilot.services.context import Principal, Tenant

bearer = HTTPBearer(auto_error=False, description="Access token from /api/v1/auth/login")


def get_uow(request: Request) -> Iterator[UnitOfWork]:
    with UnitOfWork(request_id=getattr(request.state, "request_id", None)) as uow:
        yield uow


UoW = Annotated[UnitOfWork, Depends(get_uow)]


def _authenticated(
    uow: UoW, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> tuple[Principal, User]:
    if credentials is None or not credentials.credentials:
        raise NotAuthenticated("Sign in: this endpoint needs a bearer access token.", code="not_authenticated")
    return auth.authenticate(uow, credentials.credentials)


def current_principal(pair: Annotated[tuple[Principal, User], Depends(_authenticated)]) -> Principal:
    return pair[0]


def current_user(pair: Annotated[tuple[Principal, User], Depends(_authenticated)]) -> User:
    return pair[1]


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]
CurrentUser = Annotated[User, Depends(current_user)]


def parse_business_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest("X-Business-ID must be a business id (a UUID).", code="invalid_business_id",
                         details={"value": raw[:64]}) from None


def header_tenant(
    uow: UoW,
    principal: CurrentPrincipal,
    x_business_id: Annotated[
        str | None, Header(alias="X-Business-ID", description="The business this request acts on")
    ] = None,
) -> Tenant:
    if not x_business_id:
        raise BadRequest("Send the business id in the X-Business-ID header.", code="business_header_missing")
    return businesses.authorize(uow, principal, parse_business_id(x_business_id))


def path_tenant(uow: UoW, principal: CurrentPrincipal, business_id: uuid.UUID) -> Tenant:
    return businesses.authorize(uow, principal, business_id)


CurrentTenant = Annotated[Tenant, Depends(header_tenant)]
PathTenant = Annotated[Tenant, Depends(path_tenant)]


def client_info(request: Request) -> tuple[str | None, str | None]:
    ip = request.client.host if request.client else None
    return request.headers.get("user-agent", "")[:300] or None, ip
