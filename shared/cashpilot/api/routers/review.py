from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.routers.transactions import _out
from cashpilot.api.schemas.classification import CorrectionOut, ReviewItemOut, ReviewPage, RuleOut
from cashpilot.api.schemas.transactions import TransactionOut
from cashpilot.config import get_settings
from cashpilot.services import review as svc

router = APIRouter(prefix="/review", tags=["review"])


@router.get("", response_model=ReviewPage,
            summary="Transactions waiting for the owner: uncategorised (with the best suggestion) or possible "
                    "duplicates")
def review_queue(
    uow: UoW, tenant: CurrentTenant,
    reason: Literal["uncategorised", "possible_duplicate"] | None = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ReviewPage:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    items, total = svc.review_queue(uow, tenant, reason=reason, limit=limit, offset=offset)
    return ReviewPage(
        items=[ReviewItemOut(transaction=_out(i.transaction), reasons=i.reasons, suggestion=i.suggestion)
               for i in items],
        total=total, limit=limit, offset=offset,
    )


@router.post("/{transaction_id}/accept", response_model=CorrectionOut,
             summary="Accept the suggested category (recorded as the owner's correction)")
def accept(transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> CorrectionOut:
    result = svc.accept_suggestion(uow, tenant, transaction_id)
    return CorrectionOut(transaction=_out(result.transaction), relabelled=result.relabelled,
                         proposed_rule=RuleOut.model_validate(result.proposed_rule) if result.proposed_rule else None)


@router.post("/{transaction_id}/dismiss", response_model=TransactionOut,
             summary="Take the transaction off the queue as it is")
def dismiss(transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> TransactionOut:
    return _out(svc.dismiss(uow, tenant, transaction_id))
