"""The review queue: what the machine would not decide alone.

Two reasons put a transaction here: classification abstained (no label reached the business's
confidence threshold; the best guess is attached as a suggestion), or the import saw a possible
duplicate. The owner corrects (the learning loop), accepts the suggestion, or dismisses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from cashpilot.adapters.db.models import Transaction
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict
from cashpilot.domain.roles import Permission
from cashpilot.services import corrections, transactions
from cashpilot.services.context import Tenant


@dataclass(frozen=True)
class ReviewItem:
    transaction: Transaction
    reasons: list[str]
    suggestion: dict[str, Any] | None


def _reasons(tx: Transaction) -> list[str]:
    out = []
    if tx.needs_review:
        out.append("uncategorised")
    if (tx.meta or {}).get("review", {}).get("reason") == "possible_duplicate":
        out.append("possible_duplicate")
    return out


def review_queue(uow: UnitOfWork, tenant: Tenant, *, reason: str | None, limit: int, offset: int) -> \
        tuple[list[ReviewItem], int]:
    t = Transaction
    duplicate = t.meta["review"]["reason"].astext == "possible_duplicate"
    condition = {"uncategorised": t.needs_review, "possible_duplicate": duplicate}.get(reason or "") \
        if reason else or_(t.needs_review, duplicate)
    q = select(t).where(t.business_id == tenant.business_id, t.deleted_at.is_(None), condition)
    total = uow.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = uow.session.scalars(q.order_by(t.transaction_date.desc(), t.id.desc()).limit(limit).offset(offset)).all()
    return [ReviewItem(r, _reasons(r), (r.classification or {}).get("suggestion")) for r in rows], total


def accept_suggestion(uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID) -> corrections.CorrectionResult:
    """The owner agrees with the machine's best guess: recorded as their correction, with all that follows."""
    tenant.require(Permission.WRITE)
    tx = transactions.get_transaction(uow, tenant, transaction_id)
    suggestion = (tx.classification or {}).get("suggestion")
    if not tx.needs_review or not suggestion:
        raise Conflict("This transaction has no suggestion waiting for review.", code="no_suggestion")
    return corrections.correct(uow, tenant, transaction_id, category_id=uuid.UUID(suggestion["category_id"]))


def dismiss(uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID) -> Transaction:
    """Take the transaction off the queue as it is (e.g. not a duplicate, or fine uncategorised)."""
    tenant.require(Permission.WRITE)
    tx = transactions.get_transaction(uow, tenant, transaction_id, for_update=True)
    if not _reasons(tx):
        raise Conflict("This transaction is not waiting for review.", code="not_in_review")
    tx.needs_review = False
    if "review" in (tx.meta or {}):
        tx.meta = {k: v for k, v in tx.meta.items() if k != "review"} | {"review_dismissed": tx.meta["review"]}
    uow.commit()
    uow.session.refresh(tx)
    return tx
