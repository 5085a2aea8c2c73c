"""Money accounts: bank, cash, credit card, wallet."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, literal, or_, select, text
from sqlalchemy.exc import IntegrityError

from cashpilot.adapters.db.models import Account, Transaction, TransactionDailyTotal
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.roles import Permission
from cashpilot.services.context import Tenant

MAX_HISTORY_DAYS = 3660


@dataclass(frozen=True)
class AccountView:
    account: Account
    balance: Decimal


@dataclass(frozen=True)
class BalancePoint:
    day: date
    balance: Decimal
    inflow: Decimal
    outflow: Decimal


def account_not_found(account_id: uuid.UUID) -> NotFound:
    return NotFound("No account with this id in this business.", code="account_not_found",
                    details={"account_id": str(account_id)})


def get_account(uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID, *, include_deleted: bool = False) -> Account:
    q = select(Account).where(Account.business_id == tenant.business_id, Account.id == account_id)
    if not include_deleted:
        q = q.where(Account.deleted_at.is_(None))
    account = uow.session.scalar(q)
    if account is None:
        raise account_not_found(account_id)
    return account


def balances(uow: UnitOfWork, tenant: Tenant, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """Booked balance: the opening balance plus posted (not pending) money from its date on
    (the opening balance already contains everything before it)."""
    if not account_ids:
        return {}
    d = TransactionDailyTotal
    rows = uow.session.execute(
        select(Account.id, Account.opening_balance + func.coalesce(func.sum(d.inflow + d.outflow), 0))
        .select_from(Account)
        .outerjoin(
            d,
            and_(
                d.business_id == Account.business_id,
                d.account_id == Account.id,
                d.status != "pending",
                or_(Account.opening_balance_date.is_(None), d.day >= Account.opening_balance_date),
            ),
        )
        .where(Account.business_id == tenant.business_id, Account.id.in_(account_ids))
        .group_by(Account.id)
    ).all()
    return {r[0]: r[1] for r in rows}


_BALANCES_ON = text("""
    SELECT a.currency,
           a.opening_balance
           + coalesce(sum(d.inflow + d.outflow) FILTER (
                 WHERE (a.opening_balance_date IS NULL OR d.day >= a.opening_balance_date) AND d.day <= :day), 0)
           - coalesce(sum(d.inflow + d.outflow) FILTER (
                 WHERE d.day > :day AND d.day < a.opening_balance_date), 0)
      FROM accounts a
      LEFT JOIN transaction_daily_totals d
             ON d.business_id = a.business_id AND d.account_id = a.id AND d.status <> 'pending'
     WHERE a.business_id = :b AND a.deleted_at IS NULL
     GROUP BY a.id, a.currency, a.opening_balance""")


def cash_on(uow: UnitOfWork, business_id: uuid.UUID, day: date, rates: dict[str, Decimal]) -> Decimal:
    """End-of-day booked balance on `day` of the live accounts, in the business currency: each account
    converted at `rates` (units of the business currency per unit of its own; its own currency at 1),
    rounded to the cent, then added up. An account in a currency without a rate is left out.

    One query over the per-day totals. An opening balance is the balance at the start of its date, so
    flows from then to `day` are added and flows between `day` and a later opening date taken off:
    per account, what `balance_history` shows for that day."""
    rows = uow.session.execute(_BALANCES_ON, {"b": business_id, "day": day}).all()
    return sum(((balance * rates[currency]).quantize(Decimal("0.01")) for currency, balance in rows
                if currency in rates), Decimal("0.00"))


def _name_taken(exc: IntegrityError) -> bool:
    return "uq_accounts_live_name" in str(exc.orig)


def create_account(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> AccountView:
    tenant.require(Permission.WRITE)
    account = Account(business_id=tenant.business_id, **{**data, "currency": data.get("currency") or tenant.currency})
    uow.session.add(account)
    try:
        uow.flush()
    except IntegrityError as exc:
        if _name_taken(exc):
            raise Conflict("An account with this name already exists.", code="account_name_taken") from exc
        raise
    uow.commit()
    return AccountView(account=account, balance=account.opening_balance)


def list_accounts(uow: UnitOfWork, tenant: Tenant, *, include_deleted: bool = False) -> list[AccountView]:
    q = select(Account).where(Account.business_id == tenant.business_id)
    if not include_deleted:
        q = q.where(Account.deleted_at.is_(None))
    accounts = uow.session.scalars(q.order_by(Account.created_at, Account.id)).all()
    bal = balances(uow, tenant, [a.id for a in accounts])
    return [AccountView(account=a, balance=bal.get(a.id, a.opening_balance)) for a in accounts]


def get_account_view(uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID) -> AccountView:
    account = get_account(uow, tenant, account_id)
    return AccountView(account=account, balance=balances(uow, tenant, [account.id])[account.id])


def update_account(uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID, changes: dict[str, Any]) -> AccountView:
    tenant.require(Permission.WRITE)
    account = get_account(uow, tenant, account_id)
    if "currency" in changes and changes["currency"] != account.currency:
        has_rows = uow.session.scalar(
            select(literal(True)).where(
                Transaction.business_id == tenant.business_id, Transaction.account_id == account.id
            ).limit(1)
        )
        if has_rows:
            raise Conflict(
                "The currency of an account with transactions cannot change; create a new account instead.",
                code="account_currency_locked",
            )
    for key, value in changes.items():
        setattr(account, key, value)
    try:
        uow.flush()
    except IntegrityError as exc:
        if _name_taken(exc):
            raise Conflict("An account with this name already exists.", code="account_name_taken") from exc
        raise
    uow.commit()
    return get_account_view(uow, tenant, account_id)


def delete_account(uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID) -> None:
    """Soft delete: the account disappears from lists; its transactions and history are kept."""
    tenant.require(Permission.WRITE)
    account = get_account(uow, tenant, account_id)
    account.deleted_at = datetime.now(UTC)
    uow.commit()


def restore_account(uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID) -> AccountView:
    tenant.require(Permission.WRITE)
    account = get_account(uow, tenant, account_id, include_deleted=True)
    account.deleted_at = None
    try:
        uow.flush()
    except IntegrityError as exc:
        if _name_taken(exc):
            raise Conflict(
                "Another account now has this name; rename it before restoring this one.",
                code="account_name_taken",
            ) from exc
        raise
    uow.commit()
    return get_account_view(uow, tenant, account_id)


def balance_history(
    uow: UnitOfWork, tenant: Tenant, account_id: uuid.UUID, date_from: date | None, date_to: date | None
) -> tuple[Account, list[BalancePoint]]:
    """End-of-day booked balance for every day in the range (pending rows excluded)."""
    account = get_account(uow, tenant, account_id, include_deleted=True)
    date_to = date_to or today_in(tenant.timezone)
    date_from = date_from or (date_to - timedelta(days=89))
    if date_from > date_to:
        raise InvalidInput("date_from must not be after date_to.", code="invalid_date_range")
    if (date_to - date_from).days >= MAX_HISTORY_DAYS:
        raise InvalidInput(f"At most {MAX_HISTORY_DAYS} days per request.", code="date_range_too_long")

    d = TransactionDailyTotal
    base = and_(d.business_id == tenant.business_id, d.account_id == account.id, d.status != "pending")

    # The opening balance is the balance at the start of its date. Anchoring there lets the
    # series run backwards too: balance(d) = opening - sum(rows before the opening date) + sum(rows <= d).
    def total_before(day: date) -> Decimal:
        return uow.session.scalar(select(func.coalesce(func.sum(d.inflow + d.outflow), 0)).where(base, d.day < day))

    anchor = account.opening_balance
    if account.opening_balance_date is not None:
        anchor -= total_before(account.opening_balance_date)
    flows = {
        day: (inflow, outflow)
        for day, inflow, outflow in uow.session.execute(
            select(d.day, func.sum(d.inflow), func.sum(d.outflow))
            .where(base, d.day.between(date_from, date_to))
            .group_by(d.day)
        ).all()
    }
    balance = anchor + total_before(date_from)
    points: list[BalancePoint] = []
    zero = Decimal("0.00")
    day = date_from
    while day <= date_to:
        inflow, outflow = flows.get(day, (zero, zero))
        balance = balance + inflow + outflow
        points.append(BalancePoint(day=day, balance=balance, inflow=inflow, outflow=outflow))
        day += timedelta(days=1)
    return account, points
