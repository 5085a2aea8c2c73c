from __future__ import annotations

import uuid
from datetime import date

from fastapi import APIRouter, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.accounts import (
    AccountCreateIn,
    AccountOut,
    AccountUpdateIn,
    BalanceHistoryOut,
    BalancePointOut,
)
from cashpilot.services import accounts as svc

router = APIRouter(prefix="/accounts", tags=["accounts"])


def _out(view: svc.AccountView) -> AccountOut:
    a = view.account
    return AccountOut(
        id=a.id, name=a.name, type=a.type, currency=a.currency, opening_balance=a.opening_balance,
        opening_balance_date=a.opening_balance_date, current_balance=view.balance, institution=a.institution,
        account_number_last4=a.account_number_last4, created_at=a.created_at, updated_at=a.updated_at,
        deleted_at=a.deleted_at,
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=AccountOut)
def create_account(body: AccountCreateIn, uow: UoW, tenant: CurrentTenant) -> AccountOut:
    return _out(svc.create_account(uow, tenant, body.model_dump()))


@router.get("", response_model=list[AccountOut])
def list_accounts(uow: UoW, tenant: CurrentTenant, include_deleted: bool = False) -> list[AccountOut]:
    return [_out(v) for v in svc.list_accounts(uow, tenant, include_deleted=include_deleted)]


@router.get("/{account_id}", response_model=AccountOut)
def get_account(account_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AccountOut:
    return _out(svc.get_account_view(uow, tenant, account_id))


@router.patch("/{account_id}", response_model=AccountOut)
def update_account(account_id: uuid.UUID, body: AccountUpdateIn, uow: UoW, tenant: CurrentTenant) -> AccountOut:
    changes = body.model_dump(exclude_unset=True)
    for required in ("name", "type", "currency", "opening_balance"):
        if required in changes and changes[required] is None:
            changes.pop(required)
    return _out(svc.update_account(uow, tenant, account_id, changes))


@router.delete("/{account_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Soft-delete an account (its transactions are kept)")
def delete_account(account_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_account(uow, tenant, account_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{account_id}/restore", response_model=AccountOut)
def restore_account(account_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> AccountOut:
    return _out(svc.restore_account(uow, tenant, account_id))


@router.get("/{account_id}/balance-history", response_model=BalanceHistoryOut,
            summary="End-of-day booked balance for every day (default: the last 90 days)")
def balance_history(
    account_id: uuid.UUID, uow: UoW, tenant: CurrentTenant, date_from: date | None = None,
    date_to: date | None = None,
) -> BalanceHistoryOut:
    account, points = svc.balance_history(uow, tenant, account_id, date_from, date_to)
    return BalanceHistoryOut(
        account_id=account.id, currency=account.currency, date_from=points[0].day, date_to=points[-1].day,
        points=[BalancePointOut(date=p.day, balance=p.balance, inflow=p.inflow, outflow=p.outflow) for p in points],
    )
