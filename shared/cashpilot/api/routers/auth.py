from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from cashpilot.api.deps import CurrentPrincipal, CurrentUser, UoW, client_info
from cashpilot.api.schemas.auth import (
    AuthOut,
    ChangePasswordIn,
    LoginIn,
    RefreshIn,
    RegisterIn,
    TokensOut,
    UpdateMeIn,
    UserOut,
)
from cashpilot.services import auth

router = APIRouter(prefix="/auth", tags=["auth"])


def _out(user, pair) -> AuthOut:
    return AuthOut(user=UserOut.model_validate(user), tokens=TokensOut.model_validate(pair))


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=AuthOut)
def register(body: RegisterIn, uow: UoW, request: Request) -> AuthOut:
    agent, ip = client_info(request)
    user, pair = auth.register(uow, email=body.email, password=body.password, full_name=body.full_name,
                               user_agent=agent, ip=ip)
    return _out(user, pair)


@router.post("/login", response_model=AuthOut)
def login(body: LoginIn, uow: UoW, request: Request) -> AuthOut:
    agent, ip = client_info(request)
    user, pair = auth.login(uow, email=body.email, password=body.password, user_agent=agent, ip=ip)
    return _out(user, pair)


@router.post("/refresh", response_model=TokensOut)
def refresh(body: RefreshIn, uow: UoW) -> TokensOut:
    return TokensOut.model_validate(auth.refresh(uow, body.refresh_token))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(uow: UoW, principal: CurrentPrincipal) -> Response:
    auth.logout(uow, principal)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", response_model=UserOut)
def me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


@router.put("/me", response_model=UserOut)
def update_me(body: UpdateMeIn, uow: UoW, user: CurrentUser) -> UserOut:
    updated = auth.update_profile(uow, user, full_name=body.full_name, email=body.email,
                                  current_password=body.current_password)
    return UserOut.model_validate(updated)


@router.post("/change-password", response_model=TokensOut)
def change_password(
    body: ChangePasswordIn, uow: UoW, principal: CurrentPrincipal, user: CurrentUser, request: Request
) -> TokensOut:
    agent, ip = client_info(request)
    pair = auth.change_password(uow, principal, user, current_password=body.current_password,
                                new_password=body.new_password, user_agent=agent, ip=ip)
    return TokensOut.model_validate(pair)
