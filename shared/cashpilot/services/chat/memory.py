"""Business memory: facts and preferences the owner asked the co-pilot to remember ("our buffer is
20k" -> cash_buffer = 20000.00, "ignore the loan account" -> ignore_account:loan = loan; the keys come
from `domain.chat.intents.parse_memory_statement` or the agent's `remember` tool).

One value per key and business. Both brains read it as business context; it is set by the API
(PUT /ai/memory/{key}) or by the chat when the owner states a fact. It changes how the co-pilot
answers for every member, so writing it takes the WRITE permission; reading takes READ.

Values are the owner's words, stored as text: to a model they are quoted data like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert

from cashpilot.adapters.db.models import AiMemory
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.domain.roles import Permission, allows
from cashpilot.services.context import Tenant

MAX_KEY_CHARS = 80
MAX_VALUE_CHARS = 500
MAX_ENTRIES = 100
SOURCES = ("api", "chat")
_KEY = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")  # ":" scopes a key: ignore_account:loan, note:...


@dataclass(frozen=True)
class MemoryItem:
    key: str
    value: str
    source: str
    updated_at: datetime | None


def normalize_key(raw: str) -> str:
    """'Cash Buffer' -> 'cash_buffer'. Raises InvalidInput for anything that is not a short name."""
    key = re.sub(r"[\s-]+", "_", (raw or "").strip().lower())
    if not key or len(key) > MAX_KEY_CHARS or not _KEY.match(key):
        raise InvalidInput(
            f"A memory key is 1 to {MAX_KEY_CHARS} letters, digits, '_', '.', ':' or '-' (e.g. cash_buffer).",
            code="invalid_memory_key", details={"key": (raw or "")[:MAX_KEY_CHARS * 2]})
    return key


def normalize_value(raw: str) -> str:
    value = " ".join((raw or "").split())  # one line: a value never brings structure into a prompt
    if not value:
        raise InvalidInput("A memory value cannot be empty.", code="invalid_memory_value")
    if len(value) > MAX_VALUE_CHARS:
        raise InvalidInput(f"A memory value is at most {MAX_VALUE_CHARS} characters.", code="invalid_memory_value",
                           details={"max_chars": MAX_VALUE_CHARS})
    return value


def memory_not_found(key: str) -> NotFound:
    return NotFound("Nothing is remembered under this key.", code="memory_not_found", details={"key": key})


def _item(row: AiMemory) -> MemoryItem:
    return MemoryItem(key=row.key, value=row.value, source=row.source, updated_at=row.updated_at)


def list_memory(uow: UnitOfWork, tenant: Tenant) -> list[MemoryItem]:
    tenant.require(Permission.READ)
    rows = uow.session.scalars(select(AiMemory).where(AiMemory.business_id == tenant.business_id)
                               .order_by(AiMemory.key))
    return [_item(r) for r in rows]


def as_dict(uow: UnitOfWork, tenant: Tenant) -> dict[str, str]:
    """What the brains get: {key: value}."""
    return {m.key: m.value for m in list_memory(uow, tenant)}


def can_write(tenant: Tenant) -> bool:
    return allows(tenant.role, Permission.WRITE)


def set_memory(uow: UnitOfWork, tenant: Tenant, key: str, value: str, *, source: str = "api") -> MemoryItem:
    """Remember `value` under `key` (replacing what was there). Does not commit."""
    tenant.require(Permission.WRITE)
    if source not in SOURCES:
        raise ValueError(f"unknown memory source {source!r}")
    key, value = normalize_key(key), normalize_value(value)
    b = tenant.business_id
    exists = uow.session.scalar(select(func.count()).select_from(AiMemory)
                                .where(AiMemory.business_id == b, AiMemory.key == key))
    if not exists:
        count = uow.session.scalar(select(func.count()).select_from(AiMemory).where(AiMemory.business_id == b))
        if (count or 0) >= MAX_ENTRIES:
            raise InvalidInput(f"The co-pilot remembers at most {MAX_ENTRIES} things; forget one first.",
                               code="memory_full", details={"max_entries": MAX_ENTRIES})
    row = uow.session.execute(
        insert(AiMemory).values(business_id=b, key=key, value=value, source=source, updated_by=tenant.user_id)
        .on_conflict_do_update(index_elements=["business_id", "key"],
                               set_={"value": value, "source": source, "updated_by": tenant.user_id})
        .returning(AiMemory)).scalar_one()
    uow.flush()
    return _item(row)


def delete_memory(uow: UnitOfWork, tenant: Tenant, key: str) -> None:
    """Forget `key`; 404 when nothing is remembered under it. Does not commit."""
    tenant.require(Permission.WRITE)
    try:
        key = normalize_key(key)
    except InvalidInput:
        raise memory_not_found(key[:MAX_KEY_CHARS]) from None
    gone = uow.session.execute(delete(AiMemory).where(AiMemory.business_id == tenant.business_id,
                                                      AiMemory.key == key).returning(AiMemory.key)).first()
    if gone is None:
        raise memory_not_found(key)
