"""`cashpilot classify FILE [--account-type bank|credit] [--corrections CORRECTIONS.csv] [--sells goods|services|both]
--json`

Imports a statement into a throw-away business in a scratch database (created on the embedded
PostgreSQL, or on the server in DATABASE_URL, and dropped afterwards), classifies it, applies the
corrections file if given (as an owner would, on the classified statement: each correction re-labels
what its evidence covers), and prints the result. Our own acceptance checks use this contract; keep
its output stable:

    {"transactions": [{"date", "amount", "description", "entity", "entity_type", "category", "method",
                       "confidence"}],
     "series": [{"entity", "cadence", "amount", "next_date", "stopped"}],
     "transfers": N}

Transactions are listed in the file's order. `category` and `entity` are null where classification
abstained; categories are the default category names; `transfers` counts transactions recognised as
internal transfers. The corrections file has the columns description, category, entity; each row is
applied as the owner's correction to the first transaction (in file order) whose description matches
(exactly, ignoring case and spacing; else the first that contains it).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import secrets
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

EXIT_BAD_INPUT = 2


def add_classify_parser(sub: Any) -> None:
    p = sub.add_parser(
        "classify", help="classify a statement in a throw-away business and print the result (scratch database)",
        description="Import a statement into a throw-away business, apply corrections if given, classify it, "
                    "and print counterparties, categories (with method and confidence), recurring series and "
                    "transfers. Nothing is kept.")
    p.add_argument("file", help="the statement file (CSV, OFX/QFX, CAMT.053)")
    p.add_argument("--account-type", choices=["bank", "credit"], default="bank")
    p.add_argument("--corrections", metavar="CORRECTIONS.csv",
                   help="CSV with columns description, category, entity: owner corrections to apply")
    p.add_argument("--today", help="the date to judge stopped series by (default: the last transaction's date)")
    p.add_argument("--sells", choices=["goods", "services", "both"],
                   help="what the business sells: customers' payments are then Sales Revenue or Service Income "
                        "(default: left for review until corrections show which)")
    p.add_argument("--json", action="store_true", help="print one JSON document (the stable contract)")
    p.set_defaults(func=cmd_classify)


@contextlib.contextmanager
def scratch_database() -> Iterator[None]:
    """A fresh, migrated database on the configured server for the duration of the block, then dropped."""
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    from cashpilot.adapters.db.engine import app_engine, dispose_engines
    from cashpilot.config import get_settings, reset_caches

    name = f"cashpilot_scratch_{secrets.token_hex(4)}"
    settings = get_settings()
    saved = {k: os.environ.get(k) for k in ("DATABASE_URL", "CASHPILOT_DATABASE_NAME")}
    if settings.database_url:
        server = make_url(settings.database_url)
        os.environ["DATABASE_URL"] = server.set(database=name).render_as_string(hide_password=False)
    else:
        from cashpilot.local.postgres import server_uri

        server = make_url(server_uri(settings.data_dir))
        os.environ["CASHPILOT_DATABASE_NAME"] = name
    admin = server.set(drivername="postgresql").render_as_string(hide_password=False)
    if settings.database_url:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    reset_caches()
    try:
        app_engine()  # creates (embedded) and migrates the scratch database
        yield
    finally:
        dispose_engines()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        reset_caches()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def scratch_business(uow: Any, *, filename: str, data: bytes, account_type: str,
                     settings: dict[str, Any] | None = None, overrides: dict[str, Any] | None = None,
                     account: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """A throw-away owner, business and account in the (scratch) database, with the statement imported
    into it exactly as an upload would be. Returns (tenant, account). Used by `classify` and `forecast`."""
    from cashpilot.domain.errors import InvalidInput
    from cashpilot.services import accounts, auth, businesses, imports
    from cashpilot.services.context import Principal

    user, _ = auth.register(uow, email=f"scratch-{uuid.uuid4().hex[:12]}@cashpilot.invalid",
                            password=secrets.token_urlsafe(24), full_name="cashpilot scratch")
    principal = Principal(user_id=user.id, session_id=uuid.uuid4(), email=user.email)
    uow.set_context(user_id=user.id)
    view = businesses.create_business(uow, principal, name="Throw-away business", currency="USD", timezone="UTC",
                                      settings={"imports": {"auto_confirm": "confident"}, **(settings or {})})
    tenant = businesses.authorize(uow, principal, view.business.id)
    created = accounts.create_account(uow, tenant, {"name": "Statement", "type": account_type, "currency": "USD",
                                                    **(account or {})}).account
    job = imports.import_file(uow, imports.ImportTarget(tenant.business_id, user.id), account_id=created.id,
                              filename=filename, data=data, confirm_now=True,
                              overrides={"account_type": account_type, **(overrides or {})})
    if job.status == "failed":
        raise InvalidInput((job.error or {}).get("message", "The file could not be imported."),
                           code=(job.error or {}).get("code", "import_failed"))
    return tenant, created


def _read_corrections(path: str) -> list[dict[str, str]]:
    text = Path(path).read_bytes().decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().casefold() for c in reader.fieldnames or []}
    if "description" not in columns or not ({"category", "entity"} & columns):
        raise ValueError("the corrections file needs a header with description and category and/or entity")
    rows = []
    for raw in reader:
        row = {(k or "").strip().casefold(): (v or "").strip() for k, v in raw.items()}
        if row.get("description"):
            rows.append(row)
    return rows


def cmd_classify(args: argparse.Namespace) -> int:
    from cashpilot.domain.errors import CashPilotError
    from cashpilot.domain.statements import read_statement_file

    try:
        data = read_statement_file(args.file)
        corrections = _read_corrections(args.corrections) if args.corrections else []
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        print(f"cashpilot classify: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CashPilotError as exc:
        print(f"cashpilot classify: {exc.message} ({exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with scratch_database():
            result = _run(args, data, corrections)
    except CashPilotError as exc:
        print(f"cashpilot classify: {exc.message} ({exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_table(result) + "\n")
    return 0


def _run(args: argparse.Namespace, data: bytes, corrections: list[dict[str, str]]) -> dict[str, Any]:
    from sqlalchemy import text

    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.domain.errors import InvalidInput
    from cashpilot.services import classify
    from cashpilot.services import corrections as correcting

    with UnitOfWork(actor="cli:classify", statement_timeout_ms=600_000) as uow:
        settings = {"classification": {"sells": args.sells}} if args.sells else None
        tenant, _ = scratch_business(uow, filename=Path(args.file).name, data=data, account_type=args.account_type,
                                     settings=settings)
        conn = uow.session.connection()
        names = {n.casefold(): i for i, n in conn.execute(
            text("SELECT id, name FROM categories WHERE business_id = :b"), {"b": tenant.business_id}).all()}
        for c in corrections:
            if c.get("category") and c["category"].casefold() not in names:
                raise InvalidInput(f"Unknown category {c['category']!r} in the corrections file.",
                                   code="category_not_found")
        last_day = conn.execute(text("SELECT max(transaction_date) FROM transactions WHERE business_id = :b"),
                                {"b": tenant.business_id}).scalar()
        today = date.fromisoformat(args.today) if args.today else (last_day or date.today())
        # As an owner meets it: the statement is classified, then each correction is made on what they see and
        # re-labels what its evidence covers (the same counterparty, as the classifier read it).
        classify.classify(uow, tenant.business_id, today=today)
        if corrections:
            rows = uow.session.connection().execute(text(
                f"SELECT t.id, t.description FROM transactions t WHERE t.business_id = :b ORDER BY {_FILE_ORDER}"),
                {"b": tenant.business_id}).all()
            for c in corrections:
                target = _first_match(rows, c["description"])
                if target is None:
                    print(f"cashpilot classify: no transaction matches correction {c['description']!r}; skipped",
                          file=sys.stderr)
                    continue
                kwargs: dict[str, Any] = {}
                if c.get("category"):
                    kwargs["category_id"] = names[c["category"].casefold()]
                if c.get("entity"):
                    kwargs["entity_name"] = c["entity"]
                if kwargs:
                    correcting.correct(uow, tenant, target, **kwargs)
            # Series and profiles again, over the corrected labels and names (nothing is left to classify).
            classify.classify(uow, tenant.business_id, today=today)
        return _report(uow, tenant.business_id)


# The statement's own line order (every import records each row's line), so the output lines up with the file
# row for row, whatever order the file is in (several businesses one after another, newest first).
_FILE_ORDER = "(t.metadata->'import'->>'line')::int NULLS LAST, t.transaction_date, t.id"


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _first_match(rows: list, description: str) -> uuid.UUID | None:
    wanted = _norm(description)
    for tx_id, desc in rows:
        if _norm(desc or "") == wanted:
            return tx_id
    for tx_id, desc in rows:
        if wanted in _norm(desc or ""):
            return tx_id
    return None


def _report(uow: Any, business_id: uuid.UUID) -> dict[str, Any]:
    from sqlalchemy import text

    conn = uow.session.connection()
    transactions = [
        {"date": d.isoformat(), "amount": f"{amount:.2f}", "description": _as_in_file(desc, raw), "entity": entity,
         "entity_type": entity_type, "category": category, "method": method,
         "confidence": float(confidence) if confidence is not None else 0.0}
        for d, amount, desc, raw, entity, entity_type, category, method, confidence in conn.execute(text("""
            SELECT t.transaction_date, t.amount, t.description, t.metadata->'import'->'raw', e.name, e.type, c.name,
                   t.classification_method, t.classification_confidence
              FROM transactions t
              LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
              LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
             WHERE t.business_id = :b AND t.deleted_at IS NULL
             ORDER BY """ + _FILE_ORDER), {"b": business_id})
    ]
    series = [
        {"entity": entity or category, "cadence": cadence, "amount": f"{amount:.2f}", "next_date": nxt.isoformat(),
         "stopped": status == "stopped"}
        for entity, category, cadence, amount, nxt, status in conn.execute(text("""
            SELECT e.name, c.name, s.cadence, s.expected_amount, s.next_date, s.status
              FROM recurring_series s
              LEFT JOIN entities e ON e.business_id = s.business_id AND e.id = s.entity_id
              LEFT JOIN categories c ON c.business_id = s.business_id AND c.id = s.category_id
             WHERE s.business_id = :b ORDER BY s.next_date, e.name"""), {"b": business_id})
    ]
    transfers = conn.execute(text("SELECT count(*) FROM transactions WHERE business_id = :b AND is_transfer "
                                  "AND deleted_at IS NULL"), {"b": business_id}).scalar_one()
    return {"transactions": transactions, "series": series, "transfers": transfers}


def _as_in_file(description: str, raw: dict[str, str] | None) -> str:
    """The description as the file wrote it when it is one cell (fixed-width exports pad with runs of spaces, which
    the stored description closes up), so the output matches the file's text exactly; else the stored one."""
    from cashpilot.domain.statements.text import clean

    for cell in (raw or {}).values():
        if isinstance(cell, str) and cell != description and clean(cell) == description:
            return cell
    return description


def _table(result: dict[str, Any]) -> str:
    lines = [f"{'date':<10}  {'amount':>12}  {'entity':<28} {'category':<26} {'method':<10} conf  description"]
    for t in result["transactions"]:
        lines.append(f"{t['date']:<10}  {t['amount']:>12}  {(t['entity'] or '-')[:28]:<28} "
                     f"{(t['category'] or '-')[:26]:<26} {t['method'] or '-':<10} {t['confidence']:.2f}  "
                     f"{t['description'][:60]}")
    labelled = sum(1 for t in result["transactions"] if t["category"])
    lines.append(f"\n{len(result['transactions'])} transactions, {labelled} categorised, "
                 f"{len(result['transactions']) - labelled} left for review, {result['transfers']} transfers")
    for s in result["series"]:
        lines.append(f"series: {s['entity']} {s['cadence']} {s['amount']} next {s['next_date']}"
                     + (" (stopped)" if s["stopped"] else ""))
    return "\n".join(lines)
