from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.classification import CorrectionIn, CorrectionOut, RuleOut
from cashpilot.api.schemas.common import Money, Page
from cashpilot.api.schemas.transactions import (
    AuditEntryOut,
    CurrencySummaryOut,
    PeriodOut,
    Status,
    SummaryOut,
    TransactionAnomalyOut,
    TransactionCreateIn,
    TransactionOut,
    TransactionUpdateIn,
)
from cashpilot.config import get_settings
from cashpilot.domain.errors import InvalidInput
from cashpilot.services import anomalies, corrections
from cashpilot.services import transactions as svc

router = APIRouter(prefix="/transactions", tags=["transactions"])

Sort = Literal["-transaction_date", "transaction_date", "-amount", "amount", "-created_at", "created_at"]
Period = Literal["day", "week", "month", "quarter", "year"]


def filters(
    account_id: Annotated[list[uuid.UUID] | None, Query(description="Repeat for several accounts")] = None,
    direction: Literal["in", "out"] | None = None,
    status: Annotated[list[Status] | None, Query()] = None,
    entity_id: uuid.UUID | None = None,
    category_id: uuid.UUID | None = None,
    uncategorized: bool = False,
    tag: Annotated[list[str] | None, Query(description="Rows carrying all these tags")] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    amount_min: Annotated[Money | None, Query(description="On the absolute amount")] = None,
    amount_max: Annotated[Money | None, Query(description="On the absolute amount")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the description")] = None,
    import_id: uuid.UUID | None = None,
    deleted: Literal["exclude", "include", "only"] = "exclude",
    transfers: Annotated[
        Literal["exclude", "include", "only"] | None,
        Query(description="Internal transfers between own accounts; listings include them by default, "
                          "summaries exclude them (they are neither revenue nor expense)"),
    ] = None,
) -> svc.TransactionFilter:
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("date_from must not be after date_to.", code="invalid_date_range")
    if (amount_min is not None and amount_min < 0) or (amount_max is not None and amount_max < 0):
        raise InvalidInput("amount_min and amount_max apply to the absolute amount and must not be negative.",
                           code="invalid_amount_range")
    if amount_min is not None and amount_max is not None and amount_min > amount_max:
        raise InvalidInput("amount_min must not exceed amount_max.", code="invalid_amount_range")
    return svc.TransactionFilter(
        account_ids=account_id or [], direction=direction, statuses=list(status or []), entity_id=entity_id,
        category_id=category_id, uncategorized=uncategorized, tags=[t for t in (tag or []) if t.strip()],
        date_from=date_from, date_to=date_to, amount_min=amount_min, amount_max=amount_max, q=q or None,
        import_id=import_id, deleted=deleted, transfers=transfers,
    )


Filters = Annotated[svc.TransactionFilter, Depends(filters)]


def _anomaly(score) -> TransactionAnomalyOut | None:
    if score is None:
        return None
    return TransactionAnomalyOut(score=score.score, is_anomaly=score.is_anomaly, baseline=score.baseline,
                                 basis=score.basis)


def _out(t, anomaly=None) -> TransactionOut:
    return TransactionOut(
        id=t.id, account_id=t.account_id, amount=t.amount, currency=t.currency,
        direction="in" if t.amount >= 0 else "out", transaction_date=t.transaction_date, value_date=t.value_date,
        description=t.description, raw_description=t.raw_description, status=t.status, entity_id=t.entity_id,
        category_id=t.category_id, tags=t.tags or [], metadata=t.meta or {}, import_id=t.import_id,
        counterparty=t.counterparty, classification_method=t.classification_method,
        classification_confidence=t.classification_confidence, classification=t.classification,
        needs_review=t.needs_review, is_transfer=t.is_transfer, transfer_peer_id=t.transfer_peer_id,
        version=t.version, created_at=t.created_at, updated_at=t.updated_at, deleted_at=t.deleted_at,
        anomaly=_anomaly(anomaly),
    )


def _scored(uow, tenant, t) -> TransactionOut:
    """One transaction with its stored anomaly score (one primary-key lookup)."""
    return _out(t, anomalies.scores_for(uow, tenant, [t.id]).get(t.id))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TransactionOut)
def create_transaction(body: TransactionCreateIn, uow: UoW, tenant: CurrentTenant) -> TransactionOut:
    return _out(svc.create_transaction(uow, tenant, body.model_dump()))


@router.get("", response_model=Page[TransactionOut])
def list_transactions(
    uow: UoW,
    tenant: CurrentTenant,
    f: Filters,
    sort: Sort = "-transaction_date",
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> Page[TransactionOut]:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    page = svc.list_transactions(uow, tenant, f, sort=sort, limit=limit, cursor=cursor)
    scores = anomalies.scores_for(uow, tenant, [t.id for t in page.items])  # the page's scores in one lookup
    return Page[TransactionOut](items=[_out(t, scores.get(t.id)) for t in page.items], total=page.total, limit=limit,
                                next_cursor=page.next_cursor)


def _period_out(p: svc.PeriodTotals) -> PeriodOut:
    return PeriodOut(period_start=p.period_start, inflow=p.inflow, outflow=p.outflow, net=p.net, count=p.count)


@router.get("/summary", response_model=SummaryOut,
            summary="Money in, out and net per period (takes the same filters as the listing)")
def transactions_summary(uow: UoW, tenant: CurrentTenant, f: Filters, group_by: Period = "month") -> SummaryOut:
    if f.transfers is None:
        f = dataclasses.replace(f, transfers="exclude")
    blocks = svc.summary(uow, tenant, f, group_by)
    return SummaryOut(
        group_by=group_by, date_from=f.date_from, date_to=f.date_to,
        currencies=[
            CurrencySummaryOut(currency=b.currency, totals=_period_out(b.totals),
                               periods=[_period_out(p) for p in b.periods])
            for b in blocks
        ],
    )


@router.get("/{transaction_id}", response_model=TransactionOut)
def get_transaction(
    transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant, include_deleted: bool = False
) -> TransactionOut:
    return _scored(uow, tenant, svc.get_transaction(uow, tenant, transaction_id, include_deleted=include_deleted))


@router.patch("/{transaction_id}", response_model=TransactionOut)
def update_transaction(
    transaction_id: uuid.UUID, body: TransactionUpdateIn, uow: UoW, tenant: CurrentTenant
) -> TransactionOut:
    changes = body.model_dump(exclude_unset=True)
    expected = changes.pop("version", None)
    for required in ("account_id", "amount", "transaction_date", "status"):
        if required in changes and changes[required] is None:
            raise InvalidInput(f"{required} cannot be null.", code="validation_error", details={"field": required})
    return _scored(uow, tenant, svc.update_transaction(uow, tenant, transaction_id, changes,
                                                       expected_version=expected))


@router.delete("/{transaction_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Soft-delete (restore with POST /transactions/{id}/restore)")
def delete_transaction(transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_transaction(uow, tenant, transaction_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{transaction_id}/restore", response_model=TransactionOut)
def restore_transaction(transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> TransactionOut:
    return _scored(uow, tenant, svc.restore_transaction(uow, tenant, transaction_id))


@router.get("/{transaction_id}/audit-log", response_model=list[AuditEntryOut])
def transaction_audit_log(transaction_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> list[AuditEntryOut]:
    out = []
    for e in svc.audit_log(uow, tenant, transaction_id):
        old, new = e.old_values or {}, e.new_values or {}
        fields = e.changed_fields if e.action in ("update", "delete", "restore") else sorted((new or old).keys())
        out.append(AuditEntryOut(
            id=e.id, action=e.action, changed_fields=e.changed_fields,
            changes={f: {"old": old.get(f), "new": new.get(f)} for f in fields},
            actor_user_id=e.actor_user_id, actor=e.actor, request_id=e.request_id, occurred_at=e.occurred_at,
        ))
    return out




@router.post("/{transaction_id}/correct", response_model=CorrectionOut,
             summary="Correct the entity and/or category: learned at once, re-labels what the same evidence covers")
def correct_transaction(transaction_id: uuid.UUID, body: CorrectionIn, uow: UoW, tenant: CurrentTenant) -> \
        CorrectionOut:
    given = body.model_dump(exclude_unset=True)
    if "entity_id" in given and given.get("entity_name"):
        raise InvalidInput("Give entity_id or entity_name, not both.", code="validation_error",
                           details={"field": "entity_name"})
    result = corrections.correct(
        uow, tenant, transaction_id,
        category_id=given.get("category_id", corrections.UNSET),
        entity_id=given.get("entity_id", corrections.UNSET),
        entity_name=given.get("entity_name"), apply_to_similar=body.apply_to_similar,
    )
    return CorrectionOut(transaction=_out(result.transaction), relabelled=result.relabelled,
                         proposed_rule=RuleOut.model_validate(result.proposed_rule) if result.proposed_rule else None)
