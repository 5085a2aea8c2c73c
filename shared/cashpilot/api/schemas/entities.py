from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import EmailStr, Field

from cashpilot.api.schemas.common import Input, LongText, Name, Output, ShortText

EntityType = Literal["customer", "supplier", "both"]


class EntityCreateIn(Input):
    name: Name
    type: EntityType
    email: EmailStr | None = None
    phone: ShortText | None = None
    address: LongText | None = None
    tax_id: ShortText | None = None
    website: ShortText | None = None
    payment_terms_days: int | None = Field(None, ge=0, le=365)
    default_category_id: uuid.UUID | None = None
    notes: LongText | None = None


class EntityUpdateIn(Input):
    name: Name | None = None
    type: EntityType | None = None
    email: EmailStr | None = None
    phone: ShortText | None = None
    address: LongText | None = None
    tax_id: ShortText | None = None
    website: ShortText | None = None
    payment_terms_days: int | None = Field(None, ge=0, le=365)
    default_category_id: uuid.UUID | None = None
    notes: LongText | None = None


class EntityOut(Output):
    id: uuid.UUID
    name: str
    normalized_name: str
    type: EntityType
    email: str | None
    phone: str | None
    address: str | None
    tax_id: str | None
    website: str | None
    payment_terms_days: int | None
    default_category_id: uuid.UUID | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
