"""Who may do what inside a business."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    EDITOR = "editor"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = "read"  # see the business's data
    WRITE = "write"  # create / change / delete financial data
    MANAGE_BUSINESS = "manage_business"  # rename, currency, timezone, settings
    MANAGE_MEMBERS = "manage_members"  # invite, change roles, remove


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.OWNER: frozenset(Permission),
    Role.EDITOR: frozenset({Permission.READ, Permission.WRITE}),
    Role.VIEWER: frozenset({Permission.READ}),
}


def allows(role: Role | str, permission: Permission) -> bool:
    return permission in _GRANTS[Role(role)]
