"""The chat evaluation's business: fourteen months of a small design studio, generated deterministically,
imported and classified through the real services, with a stored forecast and a detection run.

`ROWS` are the generated statement lines and `Truth` computes the evaluation's expected answers from
them directly (plain sums over the rows, not through any CashPilot code): revenue, spending, net,
by category and customer, the biggest payments, balances, runway. Forecast answers come from the
stored snapshot (what the forecast said), and what-if answers from the forecast engine run on the
changed inputs (`engine_what_if`), so the chat's own arithmetic is checked against the engine.

The business (EUR, Europe/Berlin):
- customers: Brightline Media (big, monthly on the 5th, pays 0-6 days late, its October payment has
  not come), Northwind Traders (monthly on the 20th, on time), Keller Architects (every other Friday),
  Oakridge Dental (irregular), Pinecrest Hotels (stopped paying in June);
- suppliers: rent on the 1st, payroll on the 28th, software subscriptions, cloud hosting, utilities,
  office supplies, travel, an accountant each quarter, and one big equipment purchase in June 2026.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

TODAY = date(2026, 10, 14)  # a Wednesday; in the past, so the stored forecast is reproducible
START = date(2025, 8, 1)
OPENING = Decimal("70000.00")
BUFFER = Decimal("20000.00")
CURRENCY = "EUR"
TIMEZONE = "Europe/Berlin"


@dataclass(frozen=True)
class Row:
    day: date
    description: str
    amount: Decimal
    entity: str | None  # the counterparty as the owner names it
    category: str  # default category key the row belongs to


def _m(x: float | str | Decimal) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def _month_day(year: int, month: int, day: int) -> date:
    import calendar

    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def generate_rows() -> list[Row]:
    rng = random.Random(8)
    rows: list[Row] = []
    month = START
    while month <= TODAY:
        y, m = month.year, month.month

        def add(day: date, desc: str, amount: Decimal, entity: str | None, category: str) -> None:
            if START <= day <= TODAY:
                rows.append(Row(day, desc, amount, entity, category))

        # Customers.
        if not (y == 2026 and m == 10):  # October's payment is late: not here by the 14th
            lag = rng.choice([0, 1, 2, 3, 4, 6])
            add(_month_day(y, m, 5) + timedelta(days=lag), "FPI BRIGHTLINE MEDIA GMBH INVOICE",
                _m(12000 + rng.choice([0, 0, 0, 250])), "Brightline Media", "sales_revenue")
        add(_month_day(y, m, 20), "FPI NORTHWIND TRADERS AG", _m("6500.00"), "Northwind Traders",
            "sales_revenue")
        if (y, m) < (2026, 6):
            add(_month_day(y, m, 12), "FPI PINECREST HOTELS KG", _m(2200 + rng.randrange(0, 400)),
                "Pinecrest Hotels", "sales_revenue")
        for _ in range(2):
            add(_month_day(y, m, rng.randrange(3, 27)), "FPI OAKRIDGE DENTAL PRAXIS",
                _m(f"{rng.uniform(800, 2500):.2f}"), "Oakridge Dental", "sales_revenue")
        # Suppliers.
        add(_month_day(y, m, 1), "DAUERAUFTRAG HARBOUR PROPERTIES MIETE", _m("-3200.00"), "Harbour Properties", "rent")
        add(_month_day(y, m, 28), "GUSTO PAYROLL NET PAY", _m("-20500.00"), "Gusto", "payroll")
        add(_month_day(y, m, 3), "ADOBE *CREATIVE CLOUD", _m("-59.99"), "Adobe", "software")
        add(_month_day(y, m, 9), "SLACK TECHNOLOGIES", _m("-87.50"), "Slack", "software")
        add(_month_day(y, m, 15), "GOOGLE *WORKSPACE", _m("-144.00"), "Google Workspace", "software")
        add(_month_day(y, m, 2), "AMAZON WEB SERVICES AWS EMEA", _m(f"-{rng.uniform(300, 600):.2f}"),
            "Amazon Web Services", "software")
        add(_month_day(y, m, 18), "VATTENFALL STROM", _m(f"-{rng.uniform(250, 400):.2f}"), "Vattenfall",
            "utilities")
        for _ in range(rng.randrange(1, 4)):
            add(_month_day(y, m, rng.randrange(1, 28)), "STAPLES STORE 0412", _m(f"-{rng.uniform(20, 300):.2f}"),
                "Staples", "supplies")
        if rng.random() < 0.6:
            add(_month_day(y, m, rng.randrange(1, 28)), "DEUTSCHE BAHN TICKET", _m(f"-{rng.uniform(80, 600):.2f}"),
                "Deutsche Bahn", "travel")
        if m in (1, 4, 7, 10):
            add(_month_day(y, m, 10), "STEUERBERATUNG WAGNER PARTNER", _m("-1800.00"), "Wagner Partner",
                "professional_services")
        month = _month_day(y + (m == 12), m % 12 + 1, 1)
    # Keller Architects: every other Friday.
    day = date(2025, 8, 8)
    while day <= TODAY:
        rows.append(Row(day, "FPI KELLER ARCHITECTS", _m("1450.00"), "Keller Architects", "sales_revenue"))
        day += timedelta(days=14)
    # The one-off: studio equipment.
    rows.append(Row(date(2026, 6, 10), "DELL TECHNOLOGIES EMEA", _m("-24000.00"), "Dell", "equipment"))
    rows.sort(key=lambda r: (r.day, r.description, r.amount))
    return rows


ROWS = generate_rows()


def statement_csv(rows: list[Row] | None = None) -> str:
    out = ["Date,Description,Amount"]
    for r in rows or ROWS:
        out.append(f"{r.day.isoformat()},\"{r.description}\",{r.amount}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------ truth


@dataclass
class Truth:
    """The expected answers, from the generated rows only."""

    rows: list[Row] = field(default_factory=lambda: list(ROWS))

    def _in(self, start: date, end: date) -> list[Row]:
        return [r for r in self.rows if start <= r.day <= end]

    def revenue(self, start: date, end: date) -> Decimal:
        return sum((r.amount for r in self._in(start, end) if r.amount > 0), Decimal("0.00"))

    def expenses(self, start: date, end: date) -> Decimal:
        return sum((-r.amount for r in self._in(start, end) if r.amount < 0), Decimal("0.00"))

    def net(self, start: date, end: date) -> Decimal:
        return self.revenue(start, end) - self.expenses(start, end)

    def category(self, key: str, start: date, end: date) -> Decimal:
        return sum((abs(r.amount) for r in self._in(start, end) if r.category == key), Decimal("0.00"))

    def entity(self, name: str, start: date, end: date) -> Decimal:
        return sum((abs(r.amount) for r in self._in(start, end) if r.entity == name), Decimal("0.00"))

    def ranked(self, direction: str, start: date, end: date) -> list[tuple[str, Decimal]]:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for r in self._in(start, end):
            if r.entity and (r.amount > 0) == (direction == "in"):
                totals[r.entity] += abs(r.amount)
        return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))

    def biggest(self, direction: str, start: date, end: date) -> list[Row]:
        rows = [r for r in self._in(start, end) if (r.amount > 0) == (direction == "in")]
        return sorted(rows, key=lambda r: (-abs(r.amount), r.day))

    def balance(self, day: date) -> Decimal:
        return OPENING + sum((r.amount for r in self.rows if r.day <= day), Decimal("0.00"))

    def monthly_burn(self, today: date, months: int = 3) -> Decimal:
        """Average monthly net outflow over the last `months` complete calendar months."""
        first = _add_months(today.replace(day=1), -months)
        last = today.replace(day=1) - timedelta(days=1)
        return ((self.expenses(first, last) - self.revenue(first, last)) / months).quantize(Decimal("0.01"))


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


# ------------------------------------------------------------------------------------------ building


@dataclass
class ChatBusiness:
    tenant: object  # cashpilot.services.context.Tenant
    account_id: uuid.UUID
    snapshot_id: uuid.UUID
    today: date
    entities: dict[str, uuid.UUID]  # owner's name -> entity id, as classification named them
    truth: Truth


def build(*, paths: int = 500) -> ChatBusiness:
    """Create the business in the current database (the test session's), import, classify, forecast, detect.

    Categories and entities are whatever classification decided; `check_classification` says whether
    they agree with the generated labels (the expected answers assume they do)."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.adapters.workflows import NoWorkflows
    from cashpilot.services import accounts, auth, businesses, classify, detect, forecast, imports
    from cashpilot.services.context import Principal

    with UnitOfWork(actor="test:chat") as uow:
        user, _ = auth.register(uow, email=f"chat-{uuid.uuid4().hex[:10]}@example.com",
                                password="chat evaluation pw", full_name="Chat Owner")
        principal = Principal(user_id=user.id, session_id=uuid.uuid4(), email=user.email)
        uow.set_context(user_id=user.id)
        view = businesses.create_business(
            uow, principal, name="Studio Nord", currency=CURRENCY, timezone=TIMEZONE,
            settings={"forecast": {"paths": paths}, "alert_thresholds": {"cash_buffer": str(BUFFER)}})
        tenant = businesses.authorize(uow, principal, view.business.id)
        account = accounts.create_account(uow, tenant, {"name": "Business Current", "type": "bank",
                                                         "opening_balance": OPENING,
                                                         "opening_balance_date": START}).account
        job = imports.import_file(uow, imports.ImportTarget(tenant.business_id, user.id), account_id=account.id,
                                  filename="studio.csv", data=statement_csv().encode(), workflows=NoWorkflows(),
                                  confirm_now=True)
        assert job.status == "completed", job.error
        import_id, account_id = job.id, account.id
    with UnitOfWork(business_id=tenant.business_id, actor="pipeline:classify") as uow:
        classify.classify(uow, tenant.business_id, import_id=import_id, llm=None, today=TODAY)
    with UnitOfWork(business_id=tenant.business_id, actor="pipeline:forecast") as uow:
        snap = forecast.generate(uow, tenant, trigger="pipeline", as_of=TODAY, paths=paths)
        snapshot_id = snap.id
    with UnitOfWork(business_id=tenant.business_id, actor="pipeline:detect") as uow:
        detect.run(uow, tenant, today=TODAY, snapshot_id=snapshot_id)
    return ChatBusiness(tenant=tenant, account_id=account_id, snapshot_id=snapshot_id, today=TODAY,
                        entities=_entity_ids(tenant), truth=Truth())


def _entity_ids(tenant) -> dict[str, uuid.UUID]:
    """Owner's name -> the entity classification made for those rows (the most common one)."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from sqlalchemy import text

    with UnitOfWork(business_id=tenant.business_id) as uow:
        rows = uow.session.execute(text(
            "SELECT description, entity_id FROM transactions WHERE business_id = :b AND deleted_at IS NULL"),
            {"b": tenant.business_id}).all()
    by_desc = dict(rows)
    votes: dict[str, dict[uuid.UUID, int]] = defaultdict(lambda: defaultdict(int))
    for r in ROWS:
        eid = by_desc.get(r.description)
        if r.entity and eid:
            votes[r.entity][eid] += 1
    return {name: max(v, key=v.get) for name, v in votes.items()}


def classification_report(tenant) -> dict[str, list]:
    """Rows whose stored entity name / category key differ from the generated labels."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from sqlalchemy import text

    with UnitOfWork(business_id=tenant.business_id) as uow:
        stored = uow.session.execute(text("""
            SELECT t.transaction_date, t.description, t.amount, e.name, c.system_key, t.is_transfer
              FROM transactions t
              LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
              LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
             WHERE t.business_id = :b AND t.deleted_at IS NULL"""), {"b": tenant.business_id}).all()
    index = {(d, desc, amount): (name, key, transfer) for d, desc, amount, name, key, transfer in stored}
    wrong_category, names, transfers = [], defaultdict(set), []
    for r in ROWS:
        name, key, transfer = index[(r.day, r.description, r.amount)]
        if key != r.category:
            wrong_category.append((r.description, r.category, key))
        if r.entity:
            names[r.entity].add(name)
        if transfer:
            transfers.append(r.description)
    return {"wrong_category": wrong_category, "entity_names": sorted((k, sorted(map(str, v)))
                                                                     for k, v in names.items()),
            "transfers": transfers}
