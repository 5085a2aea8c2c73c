from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import EmailStr, Field, StringConstraints

from cashpilot.api.schemas.common import Input, Output

Password = Annotated[str, StringConstraints(min_length=10, max_length=256)]
FullName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class RegisterIn(Input):
    email: EmailStr
    password: Password = Field(description="At least 10 characters")
    full_name: FullName = ""


class LoginIn(Input):
    email: Annotated[str, StringConstraints(max_length=320)]
    password: Annotated[str, StringConstraints(max_length=256)]


class RefreshIn(Input):
    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class ChangePasswordIn(Input):
    current_password: Annotated[str, StringConstraints(max_length=256)]
    new_password: Password


class UpdateMeIn(Input):
    full_name: FullName | None = None
    email: EmailStr | None = None
    current_password: Annotated[str, StringConstraints(max_length=256)] | None = Field(
        None, description="Required when changing the email"
    )


class UserOut(Output):
    id: uuid.UUID
    email: str
    full_name: str
    created_at: datetime


class TokensOut(Output):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int = Field(description="Seconds until the access token expires")


class AuthOut(Output):
    user: UserOut
    tokens: TokensOut
