from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import EmailStr, Field

from cashpilot.api.schemas.common import Currency, Input, Name, Output, TimeZone
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.roles import Role


class BusinessCreateIn(Input):
    name: Name
    currency: Currency = "USD"
    timezone: TimeZone = "UTC"
    settings: dict[str, Any] | None = Field(None, description="Optional initial settings (see BusinessSettings)")


class BusinessUpdateIn(Input):
    name: Name | None = None
    currency: Currency | None = None
    timezone: TimeZone | None = None


class BusinessOut(Output):
    id: uuid.UUID
    name: str
    currency: str
    timezone: str
    role: Role = Field(description="Your role in this business")
    settings: BusinessSettings
    created_at: datetime
    updated_at: datetime


class MemberAddIn(Input):
    email: EmailStr
    role: Role = Role.VIEWER


class MemberRoleIn(Input):
    role: Role


class MemberOut(Output):
    user_id: uuid.UUID
    email: str
    full_name: str
    role: Role
    joined_at: datetime
