"""A demo business with a realistic year of activity, created once through the real services.

Brightside Studio, a small design agency: customers who pay on time and one who pays late, a
seasonal summer dip, payroll on the 25th, rent on the 1st, software subscriptions, card spend,
quarterly tax. Deterministic (seeded), so every laptop sees the same story.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from cashpilot.adapters.db.models import Membership, Transaction, User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.dates import today_in
from cashpilot.services import accounts, auth, businesses
from cashpilot.services.context import Principal

DEMO_EMAIL = "demo@cashpilot.dev"
DEMO_PASSWORD = "cashpilot-demo"  # noqa: S105 - a local demo account on the embedded database, not a secret
DEMO_BUSINESS = "Brightside Studio"
TIMEZONE = "Europe/London"
CURRENCY = "GBP"


@dataclass(frozen=True)
class _Flow:
    day: date
    amount: Decimal
    description: str


def _money(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def generate_statement(today: date, seed: int = 7) -> list[_Flow]:
    """One year of a small agency's bank statement, oldest first."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
    start = date(today.year - 1, today.month, 1)
    flows: list[_Flow] = []
    customers = [  # name, monthly fee, usual days late
        ("ACME RETAIL LTD", 6800, 3), ("NORTHWIND TRADERS", 4200, 2), ("GLOBEX CORPORATION", 5600, 24),
        ("INITECH PLC", 3100, 6), ("UMBRELLA HEALTH", 2400, 0),
    ]
    month = start
    while month <= today:
        summer = 0.7 if month.month in (7, 8) else 1.0
        for name, fee, late in customers:
            due = month.replace(day=1) + timedelta(days=30)
            paid = due + timedelta(days=late + rng.randint(-2, 4))
            amount = fee * summer * rng.uniform(0.9, 1.12)
            flows.append(_Flow(paid, _money(amount), f"FASTER PAYMENT RECEIVED {name} INV-{month:%y%m}"))
        flows.append(_Flow(month.replace(day=1), _money(-2850), "STANDING ORDER HARBOUR WORKSPACES RENT"))
        flows.append(_Flow(month.replace(day=25), _money(-14200 * rng.uniform(0.99, 1.01)), "GUSTO PAYROLL"))
        flows.append(_Flow(month.replace(day=3), _money(-129), "CARD PAYMENT ADOBE CREATIVE CLOUD"))
        flows.append(_Flow(month.replace(day=5), _money(-54), "CARD PAYMENT SLACK TECHNOLOGIES"))
        flows.append(_Flow(month.replace(day=9), _money(-38.5), "DIRECT DEBIT BT BUSINESS BROADBAND"))
        flows.append(_Flow(month.replace(day=14), _money(-rng.uniform(180, 420)), "DIRECT DEBIT OCTOPUS ENERGY"))
        flows.append(_Flow(month.replace(day=28), _money(-12.5), "MONTHLY ACCOUNT FEE"))
        for _ in range(rng.randint(4, 9)):
            day = month.replace(day=rng.randint(1, 28))
            vendor = rng.choice(["PRET A MANGER", "TFL TRAVEL", "AMAZON MKTPLACE", "RYMAN STATIONERY", "UBER"])
            flows.append(_Flow(day, _money(-rng.uniform(6, 160)), f"CARD PAYMENT {vendor} LONDON"))
        if month.month in (1, 4, 7, 10):
            flows.append(_Flow(month.replace(day=19), _money(-rng.uniform(5200, 7400)), "HMRC VAT"))
        month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return sorted((f for f in flows if start <= f.day <= today), key=lambda f: f.day)


def seed_demo(today: date | None = None) -> dict:
    """Create the demo user, business, account and statement once; later calls report what exists."""
    with UnitOfWork(actor="demo") as uow:
        user = uow.session.scalar(select(User).where(func.lower(User.email) == DEMO_EMAIL))
        if user is None:
            user, _ = auth.register(uow, email=DEMO_EMAIL, password=DEMO_PASSWORD, full_name="Demo Owner")
        principal = Principal(user_id=user.id, session_id=uuid.uuid4(), email=user.email)
        uow.set_context(user_id=user.id)
        owned = uow.session.scalars(
            select(Membership.business_id).where(Membership.user_id == user.id, Membership.role == "owner")
        ).all()
        mine = [v for v in businesses.list_my_businesses(uow, principal) if v.business.id in owned]
        demo = next((v for v in mine if v.business.name == DEMO_BUSINESS), None)
        if demo is None:
            demo = businesses.create_business(
                uow, principal, name=DEMO_BUSINESS, currency=CURRENCY, timezone=TIMEZONE,
                settings={"alert_thresholds": {"cash_buffer": "15000.00"}},
            )
        tenant = businesses.authorize(uow, principal, demo.business.id)
        views = accounts.list_accounts(uow, tenant)
        if not views:
            today = today or today_in(TIMEZONE)
            flows = generate_statement(today)
            created = accounts.create_account(uow, tenant, {
                "name": "Business Current Account", "type": "bank", "currency": CURRENCY,
                "opening_balance": Decimal("42000.00"), "opening_balance_date": flows[0].day,
                "institution": "Demo Bank", "account_number_last4": "4821",
            })
            uow.set_context(business_id=tenant.business_id)
            uow.session.add_all(
                Transaction(
                    business_id=tenant.business_id, account_id=created.account.id, amount=f.amount,
                    currency=CURRENCY, transaction_date=f.day, description=f.description,
                    raw_description=f.description, status="cleared",
                )
                for f in flows
            )
            uow.commit()
            views = accounts.list_accounts(uow, tenant)
        count = uow.session.scalar(
            select(func.count()).select_from(Transaction).where(Transaction.business_id == tenant.business_id)
        )
        return {
            "email": DEMO_EMAIL, "password": DEMO_PASSWORD, "business_id": str(tenant.business_id),
            "business_name": DEMO_BUSINESS, "currency": CURRENCY, "transactions": count,
            "balance": str(sum((v.balance for v in views), Decimal("0.00"))),
        }
