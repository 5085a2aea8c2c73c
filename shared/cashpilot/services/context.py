"""Who is asking, and for which business: passed explicitly into every service call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from cashpilot.domain.errors import PermissionDenied
from cashpilot.domain.roles import Permission, Role, allows


@dataclass(frozen=True)
class Principal:
    user_id: uuid.UUID
    session_id: uuid.UUID
    email: str


@dataclass(frozen=True)
class Tenant:
    business_id: uuid.UUID
    user_id: uuid.UUID
    role: Role
    currency: str
    timezone: str

    def require(self, permission: Permission) -> None:
        if not allows(self.role, permission):
            raise PermissionDenied(
                f"Your role ({self.role}) does not allow this action.",
                code="insufficient_role",
                details={"role": str(self.role), "required": str(permission)},
            )
