from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from cashpilot.api.schemas.common import Input, Name, Output

CategoryType = Literal["income", "expense", "transfer"]


class CategoryCreateIn(Input):
    name: Name
    type: CategoryType
    parent_id: uuid.UUID | None = None


class CategoryUpdateIn(Input):
    name: Name | None = None
    parent_id: uuid.UUID | None = None


class CategoryOut(Output):
    id: uuid.UUID
    name: str
    type: CategoryType
    parent_id: uuid.UUID | None
    is_system: bool
    system_key: str | None
    archived: bool
    created_at: datetime
    updated_at: datetime
