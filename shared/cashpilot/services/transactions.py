"""Transactions: the owner's money movements. Soft delete only; every change is audited by the database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from cashpilot.adapters.db import transaction_queries as tq
from cashpilot.adapters.db.models import Transaction, TransactionAuditLog
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.money import to_money
from cashpilot.domain.roles import Permission
from cashpilot.services import accounts, categories, entities
from cashpilot.services.context import Tenant

TransactionFilter = tq.TransactionFilter


@dataclass(frozen=True)
class Page:
    items: list[Transaction]
    total: int
    next_cursor: str | None


@dataclass(frozen=True)
class PeriodTotals:
    period_start: date | None
    inflow: Decimal
    outflow: Decimal
    count: int

    @property
    def net(self) -> Decimal:
        return self.inflow + self.outflow


@dataclass(frozen=True)
class CurrencySummary:
    currency: str
    totals: PeriodTotals
    periods: list[PeriodTotals]


def transaction_not_found(transaction_id: uuid.UUID) -> NotFound:
    return NotFound("No transaction with this id in this business.", code="transaction_not_found",
                    details={"transaction_id": str(transaction_id)})


def get_transaction(
    uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID, *, include_deleted: bool = False,
    for_update: bool = False,
) -> Transaction:
    q = select(Transaction).where(Transaction.business_id == tenant.business_id, Transaction.id == transaction_id)
    if not include_deleted:
        q = q.where(Transaction.deleted_at.is_(None))
    if for_update:
        q = q.with_for_update()
    row = uow.session.scalar(q)
    if row is None:
        raise transaction_not_found(transaction_id)
    return row


def _reference_error(exc: NotFound, field: str) -> InvalidInput:
    return InvalidInput(exc.message, code=exc.code, details={"field": field, **(exc.details or {})})


def _check_references(uow: UnitOfWork, tenant: Tenant, values: dict[str, Any]) -> None:
    """Ids in the body must name live rows of this business; a foreign id reads as unknown."""
    try:
        if values.get("entity_id") is not None:
            entities.get_entity(uow, tenant, values["entity_id"])
    except NotFound as exc:
        raise _reference_error(exc, "entity_id") from exc
    if values.get("category_id") is not None:
        try:
            category = categories.get_category(uow, tenant, values["category_id"])
        except NotFound as exc:
            raise _reference_error(exc, "category_id") from exc
        if category.archived_at is not None:
            raise InvalidInput("This category is archived; unarchive it or choose another.",
                               code="category_archived", details={"field": "category_id"})


def _clean_tags(tags: list[str] | None) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags or []:
        tag = tag.strip()
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


def create_transaction(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> Transaction:
    tenant.require(Permission.WRITE)
    try:
        account = accounts.get_account(uow, tenant, data["account_id"])
    except NotFound as exc:
        raise _reference_error(exc, "account_id") from exc
    _check_references(uow, tenant, data)
    row = Transaction(
        business_id=tenant.business_id,
        account_id=account.id,
        amount=to_money(data["amount"]),
        currency=account.currency,
        transaction_date=data["transaction_date"],
        value_date=data.get("value_date"),
        description=data.get("description") or "",
        raw_description=data.get("raw_description"),
        status=data.get("status") or "cleared",
        entity_id=data.get("entity_id"),
        category_id=data.get("category_id"),
        tags=_clean_tags(data.get("tags")),
        meta=data.get("metadata") or {},
        classification_method="manual" if data.get("category_id") or data.get("entity_id") else None,
        classification_confidence=Decimal("1") if data.get("category_id") or data.get("entity_id") else None,
        is_transfer=bool(data.get("category_id"))
        and categories.get_category(uow, tenant, data["category_id"]).type == "transfer",
        created_by=tenant.user_id,
    )
    uow.session.add(row)
    uow.flush()
    uow.commit()
    return row


def update_transaction(
    uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID, changes: dict[str, Any],
    expected_version: int | None = None,
) -> Transaction:
    """Partial update. With `expected_version` a concurrent edit is refused instead of overwritten."""
    tenant.require(Permission.WRITE)
    row = get_transaction(uow, tenant, transaction_id, for_update=True)
    if expected_version is not None and row.version != expected_version:
        raise Conflict(
            "This transaction was changed by someone else; reload it and try again.", code="version_conflict",
            details={"expected_version": expected_version, "current_version": row.version},
        )
    if "account_id" in changes and changes["account_id"] != row.account_id:
        try:
            account = accounts.get_account(uow, tenant, changes["account_id"])
        except NotFound as exc:
            raise _reference_error(exc, "account_id") from exc
        if account.currency != row.currency:
            raise InvalidInput("The target account holds another currency.", code="currency_mismatch",
                               details={"field": "account_id"})
    _check_references(uow, tenant, changes)
    if "amount" in changes:
        changes["amount"] = to_money(changes["amount"])
    if "tags" in changes:
        changes["tags"] = _clean_tags(changes["tags"])
    if "metadata" in changes:
        changes["meta"] = changes.pop("metadata") or {}
    if {"entity_id", "category_id"} & changes.keys():
        changes.setdefault("classification_method", "manual")
        changes.setdefault("classification_confidence", Decimal("1"))
        changes["needs_review"] = False
    if "category_id" in changes:
        # A transfer-type category (own accounts, owner) takes the money out of revenue and expense totals.
        category = categories.get_category(uow, tenant, changes["category_id"]) if changes["category_id"] else None
        changes["is_transfer"] = category is not None and category.type == "transfer"
    for key, value in changes.items():
        if key == "description" and value is None:
            value = ""
        setattr(row, key, value)
    uow.flush()
    uow.commit()
    uow.session.refresh(row)  # version and updated_at come from the trigger
    return row


def delete_transaction(uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID) -> None:
    tenant.require(Permission.WRITE)
    row = get_transaction(uow, tenant, transaction_id, for_update=True)
    row.deleted_at = datetime.now(UTC)
    uow.commit()


def restore_transaction(uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID) -> Transaction:
    tenant.require(Permission.WRITE)
    row = get_transaction(uow, tenant, transaction_id, include_deleted=True, for_update=True)
    if row.deleted_at is None:
        return row
    row.deleted_at = None
    uow.commit()
    uow.session.refresh(row)
    return row


def list_transactions(
    uow: UnitOfWork, tenant: Tenant, f: TransactionFilter, *, sort: str, limit: int, cursor: str | None
) -> Page:
    rows = list(uow.session.scalars(tq.page_query(tenant.business_id, f, sort=sort, limit=limit, cursor=cursor)))
    total = uow.session.scalar(tq.count_query(tenant.business_id, f)) or 0
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = tq.encode_cursor(sort, tq.cursor_value(last, sort), last.id)
    return Page(items=rows, total=total, next_cursor=next_cursor)


def summary(uow: UnitOfWork, tenant: Tenant, f: TransactionFilter, period: str) -> list[CurrencySummary]:
    """Money in, money out and net per period, one block per currency (amounts never mix currencies)."""
    blocks: dict[str, list[PeriodTotals]] = {}
    for currency, start, inflow, outflow, count in uow.session.execute(tq.summary_query(tenant.business_id, f, period)):
        blocks.setdefault(currency, []).append(PeriodTotals(start, inflow, outflow, count))
    out = []
    for currency, periods in blocks.items():
        totals = PeriodTotals(
            None, sum((p.inflow for p in periods), Decimal("0.00")),
            sum((p.outflow for p in periods), Decimal("0.00")), sum(p.count for p in periods),
        )
        out.append(CurrencySummary(currency=currency, totals=totals, periods=periods))
    # The business currency first, then the others alphabetically.
    out.sort(key=lambda b: (b.currency != tenant.currency, b.currency))
    return out


def audit_log(uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID) -> list[TransactionAuditLog]:
    get_transaction(uow, tenant, transaction_id, include_deleted=True)
    return list(
        uow.session.scalars(
            select(TransactionAuditLog)
            .where(
                TransactionAuditLog.business_id == tenant.business_id,
                TransactionAuditLog.transaction_id == transaction_id,
            )
            .order_by(TransactionAuditLog.id)
        )
    )
