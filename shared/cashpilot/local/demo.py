"""The demo: a realistic year of a small agency, imported through the local cloud like any statement.

Brightside Studio, a small design agency: customers who pay on time and one who pays late, a
seasonal summer dip, payroll on the 25th, rent on the 1st, software subscriptions, card spend,
quarterly VAT. Deterministic (seeded), so every laptop sees the same story.

`cashpilot demo` (and `cashpilot local`, before it serves):
1. creates, once, the demo owner, the business (its imports auto-confirmed) and its bank account;
2. writes the year as a CSV bank statement and drops it into the local imports bucket under
   `imports/{business}/{account}/`: S3 notifies the import parser, which imports the rows and starts
   the pipeline state machine (classify -> forecast -> detect -> notify), all in the local cloud;
3. waits for the import and the execution, and reports what a user would look at.

Running it again is harmless: the same day's statement is the same S3 object version, which the
parser recognises (no new import, no new execution); a later day's statement adds only the new days.
"""

from __future__ import annotations

import csv
import io
import json
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cashpilot.adapters.db.models import ForecastSnapshot, ImportJob, Membership, Transaction, User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.dates import today_in
from cashpilot.domain.detection.model import SEVERITY_RANK
from cashpilot.services import accounts, alerts, auth, businesses
from cashpilot.services.context import Principal

DEMO_EMAIL = "demo@cashpilot.dev"
DEMO_PASSWORD = "cashpilot-demo"  # noqa: S105 - a local demo account on the embedded database, not a secret
DEMO_BUSINESS = "Brightside Studio"
DEMO_ACCOUNT = "Business Current Account"
TIMEZONE = "Europe/London"
CURRENCY = "GBP"
OPENING_BALANCE = Decimal("42000.00")
DEMO_SETTINGS = {
    "alert_thresholds": {"cash_buffer": "15000.00"},
    # The demo's statement is committed as soon as it is parsed with high confidence.
    "imports": {"auto_confirm": "confident"},
}
LATE_NOW, LATE_NOW_DAYS = "INITECH PLC", 28
REMEMBERED = "demo.json"  # what the last run saw of the pipeline (moto forgets executions when it stops)
NOT_YET = {
    "classification": "nothing categorised: the pipeline's Classify task has not run for this import",
    "forecast": "no forecast stored: the pipeline's Forecast task has not run for this business",
    "alerts": "no detection run stored: the pipeline's Detect task has not run for this business",
}

Progress = Callable[[str], None]


@dataclass(frozen=True)
class _Flow:
    day: date
    amount: Decimal
    description: str


def _money(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def statement_start(today: date) -> date:
    return date(today.year - 1, today.month, 1)


def generate_statement(today: date, seed: int = 7, start: date | None = None) -> list[_Flow]:
    """A small agency's bank statement from `start` (default: a year before today) to today, oldest first.

    The random draws depend on `start` and the seed only, never on `today`: a later day's statement
    repeats every row of an earlier one, so re-importing it adds only what is new: the days since, and
    the payments of one customer (LATE_NOW) that arrived since. That customer has not yet paid what it
    would have paid in the last four weeks, so on most days the demo has a payment running late to show.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
    start = start or statement_start(today)
    flows: list[_Flow] = []
    customers = [  # name, monthly fee, usual days late
        ("ACME RETAIL LTD", 6800, 3), ("NORTHWIND TRADERS", 4200, 2), ("GLOBEX CORPORATION", 5600, 24),
        ("INITECH PLC", 3100, 6), ("UMBRELLA HEALTH", 2400, 0),
    ]
    month = start.replace(day=1)
    while month <= today:
        summer = 0.7 if month.month in (7, 8) else 1.0
        for name, fee, late in customers:
            due = month + timedelta(days=30)
            paid = due + timedelta(days=late + rng.randint(-2, 4))
            amount = fee * summer * rng.uniform(0.9, 1.12)
            if name == LATE_NOW and paid > today - timedelta(days=LATE_NOW_DAYS):
                continue  # still outstanding today: the demo's late payer (the draws above are kept)
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


def statement_csv(flows: list[_Flow], opening_balance: Decimal = OPENING_BALANCE) -> bytes:
    """The flows as a UK bank's CSV export: day-first dates and a running balance."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Date", "Description", "Amount", "Balance"])
    balance = opening_balance
    for f in flows:
        balance += f.amount
        writer.writerow([f"{f.day:%d/%m/%Y}", f.description, f"{f.amount:.2f}", f"{balance:.2f}"])
    return out.getvalue().encode()


# ------------------------------------------------------------------------------ the business


@dataclass(frozen=True)
class DemoBusiness:
    user_id: uuid.UUID
    business_id: uuid.UUID
    account_id: uuid.UUID
    statement_start: date
    created: bool


def _principal(user: User) -> Principal:
    return Principal(user_id=user.id, session_id=uuid.uuid4(), email=user.email)


def ensure_demo_business(today: date) -> DemoBusiness:
    """The demo owner, business and account, created on the first call and found on later ones."""
    created = False
    with UnitOfWork(actor="demo") as uow:
        user = uow.session.scalar(select(User).where(func.lower(User.email) == DEMO_EMAIL))
        if user is None:
            user, _ = auth.register(uow, email=DEMO_EMAIL, password=DEMO_PASSWORD, full_name="Demo Owner")
            created = True
        principal = _principal(user)
        uow.set_context(user_id=user.id)
        owned = set(uow.session.scalars(
            select(Membership.business_id).where(Membership.user_id == user.id, Membership.role == "owner")
        ))
        mine = [v for v in businesses.list_my_businesses(uow, principal) if v.business.id in owned]
        demo = next((v for v in mine if v.business.name == DEMO_BUSINESS), None)
        if demo is None:
            demo = businesses.create_business(uow, principal, name=DEMO_BUSINESS, currency=CURRENCY,
                                              timezone=TIMEZONE, settings=DEMO_SETTINGS)
            created = True
        tenant = businesses.authorize(uow, principal, demo.business.id)
        account = next((v.account for v in accounts.list_accounts(uow, tenant) if v.account.name == DEMO_ACCOUNT), None)
        if account is None:
            start = statement_start(today)
            account = accounts.create_account(uow, tenant, {
                "name": DEMO_ACCOUNT, "type": "bank", "currency": CURRENCY, "opening_balance": OPENING_BALANCE,
                "opening_balance_date": start, "institution": "Demo Bank", "account_number_last4": "4821",
            }).account
            created = True
        uow.commit()
        return DemoBusiness(user_id=user.id, business_id=tenant.business_id, account_id=account.id,
                            statement_start=account.opening_balance_date or statement_start(today), created=created)


# ------------------------------------------------------------------------------ what happened


def _import_snapshot(business_id: uuid.UUID, bucket: str, key: str, etag: str) -> dict[str, Any] | None:
    with UnitOfWork(actor="demo") as uow:
        uow.set_context(business_id=business_id)
        job = uow.session.scalar(select(ImportJob).where(
            ImportJob.business_id == business_id, ImportJob.s3_bucket == bucket, ImportJob.s3_key == key,
            ImportJob.s3_etag == etag,
        ))
        if job is None:
            return None
        return {"id": str(job.id), "status": job.status, "auto_confirmed": job.auto_confirmed,
                "rows_total": job.rows_total, "rows_imported": job.rows_imported,
                "rows_duplicate": job.rows_duplicate, "rows_skipped": job.rows_skipped, "error": job.error,
                "pipeline_execution": job.pipeline_execution}


def _settled(job: dict[str, Any] | None) -> bool:
    """The parser is done with it: failed, waiting for review, or committed with its pipeline started."""
    if job is None or job["status"] in ("awaiting_upload", "parsing"):
        return False
    return job["status"] != "completed" or job["pipeline_execution"] is not None


def _wait_for_import(demo: DemoBusiness, bucket: str, key: str, etag: str, deadline: float) -> dict[str, Any] | None:
    job = _import_snapshot(demo.business_id, bucket, key, etag)
    while not _settled(job) and time.monotonic() < deadline:
        time.sleep(0.1)
        job = _import_snapshot(demo.business_id, bucket, key, etag)
    return job


def _figures(demo: DemoBusiness) -> dict[str, Any]:
    with UnitOfWork(actor="demo") as uow:
        user = uow.session.get(User, demo.user_id)
        tenant = businesses.authorize(uow, _principal(user), demo.business_id)
        live = (Transaction.business_id == demo.business_id, Transaction.deleted_at.is_(None))
        total = uow.session.scalar(select(func.count()).select_from(Transaction).where(*live)) or 0
        classified = uow.session.scalar(
            select(func.count()).select_from(Transaction).where(*live, Transaction.category_id.is_not(None))
        ) or 0
        balance = sum((v.balance for v in accounts.list_accounts(uow, tenant)), Decimal("0.00"))
        snapshot = uow.session.scalar(
            select(ForecastSnapshot).where(ForecastSnapshot.business_id == demo.business_id,
                                           ForecastSnapshot.scenario_ids == [])
            .order_by(ForecastSnapshot.created_at.desc(), ForecastSnapshot.id.desc()).limit(1))
        forecast = None
        if snapshot is not None:
            forecast = {
                "available": True, "snapshot_id": str(snapshot.id), "as_of": snapshot.as_of.isoformat(),
                "horizon_days": snapshot.horizon, "model": snapshot.model,
                "low_point": f"{snapshot.low_point_expected:.2f}",
                "low_point_date": snapshot.low_point_date.isoformat(),
                # jsonb numbers come back as Decimal: probabilities are plain numbers in the report.
                "deficit_probability": {k: float(v) for k, v in snapshot.deficit_probability.items()},
                "buffer_breach_probability": {k: float(v) for k, v in snapshot.buffer_breach_probability.items()},
            }
        counts = alerts.open_counts(uow, tenant)
        page = alerts.list_alerts(uow, tenant, alerts.AlertFilter(), limit=50)
        ranked = sorted(page.items, key=lambda a: (SEVERITY_RANK[a.severity], -a.last_detected_at.timestamp()))
        found = {
            "open": sum(counts.values()), "by_severity": counts,
            "top": [{"id": str(a.id), "kind": a.kind, "severity": a.severity, "title": a.title, "message": a.message}
                    for a in ranked[:5]],
        }
    return {"transactions": total, "classified": classified, "balance": balance, "forecast": forecast,
            "alerts": found}


def _pipeline(session: Any, execution_arn: str | None, remembered: dict[str, Any], deadline: float,
              progress: Progress) -> dict[str, Any]:
    from cashpilot.local.executions import states_entered, wait_for_execution

    if not execution_arn:
        return {"execution_arn": None, "status": "NOT_STARTED", "states": []}
    sfn = session.info.client("stepfunctions")
    try:
        sfn.describe_execution(executionArn=execution_arn)
    except sfn.exceptions.ExecutionDoesNotExist:
        if remembered.get("execution_arn") == execution_arn:
            return {**remembered, "seen": "remembered from the run that imported this statement"}
        return {"execution_arn": execution_arn, "status": "UNKNOWN", "states": [],
                "seen": "ran in a local cloud that has stopped since"}
    statuses: list[str] = []

    def on_poll(described: dict[str, Any]) -> None:
        if not statuses or statuses[-1] != described["status"]:
            statuses.append(described["status"])
            progress(f"pipeline: {described['status'].lower()}")

    described = wait_for_execution(sfn, execution_arn, timeout=max(1.0, deadline - time.monotonic()),
                                   on_poll=on_poll)
    result = {"execution_arn": execution_arn, "status": described["status"],
              "states": states_entered(sfn, execution_arn), "seen": "now"}
    if described.get("error"):
        result["error"] = described["error"]
        result["cause"] = (described.get("cause") or "")[:500]
    return result


# ------------------------------------------------------------------------------ the demo


def run_demo(session: Any, *, today: date | None = None, progress: Progress = lambda _: None,
             timeout: float = 60.0) -> dict[str, Any]:
    """Create (once) and import the demo through the local cloud `session` (a cloud.CloudSession)."""
    from cashpilot.adapters.db.engine import app_engine
    from cashpilot.config import get_settings

    t0 = time.monotonic()
    deadline = t0 + timeout
    app_engine()  # the embedded database, migrated
    today = today or today_in(TIMEZONE)
    demo = ensure_demo_business(today)
    progress(f"demo business {DEMO_BUSINESS}: {'created' if demo.created else 'found'}")
    before = _figures(demo)["transactions"]

    flows = generate_statement(today, start=demo.statement_start)
    data = statement_csv(flows)
    bucket = session.info.resources.imports_bucket
    key = f"imports/{demo.business_id}/{demo.account_id}/brightside-statement-{today:%Y-%m-%d}.csv"
    progress(f"statement: {len(flows)} rows ({len(data) / 1024:.1f} kB) -> s3://{bucket}/{key}")
    etag = session.info.client("s3").put_object(Bucket=bucket, Key=key, Body=data, ContentType="text/csv")[
        "ETag"].strip('"')
    if session.local is not None:  # in this process: S3's event has been handled once the queue is idle
        session.local.deliveries.wait_idle(timeout=max(1.0, deadline - time.monotonic()))
        job = _wait_for_import(demo, bucket, key, etag, deadline=time.monotonic() + 5)
    else:  # `cashpilot local` handles it: watch the database
        job = _wait_for_import(demo, bucket, key, etag, deadline)
    if job is None:
        progress("import: not created (the import parser's log says why)")
    else:
        progress(f"import: {job['status']}, {job['rows_imported']} rows imported, {job['rows_duplicate']} duplicates")

    data_dir: Path = get_settings().data_dir
    remembered_path = data_dir / REMEMBERED
    try:
        remembered = json.loads(remembered_path.read_text()).get("pipeline", {})
    except (FileNotFoundError, ValueError):
        remembered = {}
    pipeline = _pipeline(session, job and job["pipeline_execution"], remembered, deadline, progress)
    if pipeline.get("seen") == "now" and pipeline["status"] != "RUNNING":
        remembered_path.parent.mkdir(parents=True, exist_ok=True)
        remembered_path.write_text(json.dumps({"pipeline": {k: v for k, v in pipeline.items() if k != "seen"}}))

    figures = _figures(demo)
    share = figures["classified"] / figures["transactions"] if figures["transactions"] else 0.0
    report = {
        "business": {"id": str(demo.business_id), "name": DEMO_BUSINESS, "currency": CURRENCY, "timezone": TIMEZONE},
        "sign_in": {"email": DEMO_EMAIL, "password": DEMO_PASSWORD},
        "account": {"id": str(demo.account_id), "name": DEMO_ACCOUNT},
        "statement": {"bucket": bucket, "key": key, "etag": etag, "rows": len(flows), "bytes": len(data)},
        "import": {k: v for k, v in (job or {}).items() if k != "pipeline_execution"} or None,
        "rows_added": figures["transactions"] - before,
        "transactions": figures["transactions"],
        "pipeline": pipeline,
        "classified": {"share": round(share, 4), "classified": figures["classified"], "of": figures["transactions"],
                       **({"note": NOT_YET["classification"]} if not figures["classified"] else {})},
        "balance": {"date": today.isoformat(), "amount": f"{figures['balance']:.2f}", "currency": CURRENCY},
        "forecast": figures["forecast"] or {"available": False, "horizon_days": 90, "low_point": None,
                                            "low_point_date": None, "deficit_probability": None,
                                            "note": NOT_YET["forecast"]},
        # Alerts are what the pipeline's Detect task left: without that run there is nothing to show yet.
        "alerts": {"available": True, **figures["alerts"]} if "Detect" in (pipeline.get("states") or [])
        else {"available": False, **figures["alerts"], "note": NOT_YET["alerts"]},
        "local_cloud": {"endpoint": session.info.endpoint,
                        "runs_in": "this process" if session.local is not None
                        else f"`cashpilot local` (pid {session.info.pid})"},
        "seconds": round(time.monotonic() - t0, 2),
    }
    return report


def demo(*, progress: Progress = lambda _: None, timeout: float = 60.0) -> dict[str, Any]:
    """`cashpilot demo`: through the running `cashpilot local`'s cloud, or one started for the occasion."""
    from cashpilot.config import get_settings
    from cashpilot.local.cloud import cloud_session

    t0 = time.monotonic()
    with cloud_session(get_settings().data_dir, progress=progress) as session:
        report = run_demo(session, progress=progress, timeout=timeout)
    report["seconds"] = round(time.monotonic() - t0, 2)
    return report


def _amount(value: str) -> str:
    return f"{Decimal(value):,.2f}"


def format_report(report: dict[str, Any]) -> str:
    b, job, p = report["business"], report["import"], report["pipeline"]
    lines = [
        f"Demo business: {b['name']} ({b['id']})",
        f"Sign in as {report['sign_in']['email']} / {report['sign_in']['password']}",
    ]
    if job:
        lines.append(f"Statement import: {job['status']}, {job['rows_imported']} rows imported "
                     f"({job['rows_duplicate']} duplicates, {job['rows_skipped']} skipped); "
                     f"this run added {report['rows_added']}")
    else:
        lines.append("Statement import: not seen")
    states = " -> ".join(p.get("states") or [])
    lines.append(f"Pipeline: {p['status']}" + (f" ({states})" if states else "")
                 + (f" [{p['seen']}]" if p.get("seen") not in (None, "now") else ""))
    c = report["classified"]
    lines.append(f"Classified: {c['share']:.0%} of {c['of']} transactions"
                 + (f" ({c['note']})" if c.get("note") else ""))
    bal = report["balance"]
    lines.append(f"Today's balance ({bal['date']}): {_amount(bal['amount'])} {bal['currency']}")
    f = report["forecast"]
    if f.get("available"):
        p90 = f["deficit_probability"].get(str(f["horizon_days"]), f["deficit_probability"].get("90"))
        lines.append(f"{f['horizon_days']}-day forecast ({f['model']}): low point {_amount(f['low_point'])} "
                     f"{report['balance']['currency']} on {f['low_point_date']}; "
                     f"P(below zero within {f['horizon_days']} days) {p90:.0%}")
    else:
        lines.append(f"Forecast: {f['note']}")
    a = report["alerts"]
    if not a.get("available"):
        lines.append(f"Alerts: {a['note']}")
    elif not a["top"]:
        lines.append("Alerts: nothing needs attention")
    else:
        by = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in a["by_severity"].items() if n)
        lines.append(f"Alerts: {a['open']} open ({by}); top:")
        lines += [f"  [{x['severity'].replace('_', ' ')}] {x['title']}: {x['message']}" for x in a["top"][:3]]
    return "\n".join(lines)
