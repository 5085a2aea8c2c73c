"""`cashpilot import ...`: bank statements from the command line.

The `import` command is a group with sub-commands, so each can grow its own options without ambiguity:

    cashpilot import preview FILE [--account-type bank|credit] [--json] [overrides...]
        Parse a statement (CSV/TSV/..., OFX/QFX, CAMT.053) with zero configuration and show what would be
        imported. Needs no database. Exit 0 when the file is a statement, 2 (one line on stderr) when not.
    cashpilot import run FILE --business B --account A [--confirm] [--json] [overrides...]
        Import a statement into an account through exactly the path an upload to S3 takes (storage,
        preview, de-duplication, auto-confirm for known formats, one database transaction, the
        pipeline). Without --confirm a file of a new format stays in preview for review.

`import FILE` without a sub-command is deliberately not accepted: with argparse a positional FILE next
to sub-command names would make a file called "preview" ambiguous. Register new sub-commands on the
parser returned by `add_import_parser` (`.import_commands`).

Nothing heavy is imported until a sub-command runs, so `cashpilot --help` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

PREVIEW_EXIT_NOT_A_STATEMENT = 2


def add_import_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the `import` group to the `cashpilot` sub-parsers; returns it (its sub-parsers: `.import_commands`)."""
    parser = sub.add_parser("import", help="read bank statements (preview a file; importing comes with `run`)",
                            description="Bank statement imports.")
    commands = parser.add_subparsers(dest="import_command", required=True, metavar="COMMAND")
    parser.import_commands = commands  # type: ignore[attr-defined]

    p = commands.add_parser(
        "preview", help="parse a statement file and show its transactions and the parser's decisions (no database)",
        description="Parse a bank statement (CSV, TSV, OFX/QFX or CAMT.053) and show the transactions it "
                    "holds, the decisions the parser made and why. Nothing is stored.")
    p.add_argument("file", help="the statement file")
    p.add_argument("--account-type", choices=["bank", "credit"],
                   help="the kind of account: 'credit' helps with card exports that write charges as positive")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--limit", type=int, default=50,
                   help="rows to show in the readable table (0 = all; --json always has all)")
    _add_override_arguments(p)
    p.set_defaults(func=cmd_import_preview)

    p = commands.add_parser(
        "run", help="import a statement into an account (embedded database, or DATABASE_URL)",
        description="Import a bank statement into an account: preview, de-duplicate and commit, exactly as "
                    "an upload through the API or S3 would.")
    p.add_argument("file", help="the statement file")
    p.add_argument("--business", required=True, help="the business id")
    p.add_argument("--account", required=True, help="the account id, or its name")
    p.add_argument("--confirm", action="store_true",
                   help="commit even when the format is new (otherwise it waits in preview for review)")
    p.add_argument("--json", action="store_true", help="print the import as one JSON document")
    _add_override_arguments(p)
    p.set_defaults(func=cmd_import_run, account_type=None)
    return parser


def _add_override_arguments(p: argparse.ArgumentParser) -> None:
    o = p.add_argument_group("overrides (replace a decision the parser made)")
    o.add_argument("--encoding", help="text encoding, e.g. cp1252")
    o.add_argument("--delimiter", help="field delimiter: , ; | or tab")
    o.add_argument("--header-line", type=int, help="line number of the header row (0: the file has none)")
    o.add_argument("--date-format", help="DMY, MDY, YMD or a pattern like %%d.%%m.%%Y")
    o.add_argument("--decimal-mark", choices=[".", ","], help="decimal mark of the amounts")
    o.add_argument("--sign", dest="sign_convention", choices=["as_is", "inverted"],
                   help="'inverted' when the file writes money out as positive")
    o.add_argument("--column", action="append", default=[], metavar="NAME=ROLE",
                   help="set a column's role (repeatable), e.g. --column 'Betrag=amount'")
    o.add_argument("--skip-line", action="append", type=int, default=[], metavar="LINE",
                   help="leave a line out (repeatable)")
    o.add_argument("--overrides", metavar="JSON_FILE",
                   help="overrides as saved from a confirmed preview (format.overrides().to_dict())")


def cmd_import_run(args: argparse.Namespace) -> int:
    import uuid

    from sqlalchemy import func, select

    from cashpilot.adapters.db.models import Account
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.domain.errors import CashPilotError
    from cashpilot.domain.statements import Overrides, read_statement_file
    from cashpilot.services import imports

    try:
        business_id = uuid.UUID(args.business)
    except ValueError:
        print("cashpilot import run: --business must be a business id (a UUID)", file=sys.stderr)
        return 2
    try:
        overrides = _overrides(args, Overrides)
        data = read_statement_file(args.file)
        with UnitOfWork(business_id=business_id, actor="cli") as uow:
            try:
                account_id = uuid.UUID(args.account)
            except ValueError:  # a name: the business's live account of that name
                account_id = uow.session.scalar(
                    select(Account.id).where(Account.business_id == business_id, Account.deleted_at.is_(None),
                                             func.lower(Account.name) == args.account.lower()))
                if account_id is None:
                    raise CashPilotError(f"No account named {args.account!r} in this business.",
                                         code="account_not_found") from None
            job = imports.import_file(uow, imports.ImportTarget(business_id), account_id=account_id,
                                      filename=args.file.rsplit("/", 1)[-1], data=data, confirm_now=args.confirm,
                                      overrides=overrides.to_dict())
            summary = {
                "import_id": str(job.id), "status": job.status, "auto_confirmed": job.auto_confirmed,
                "confidence": float(job.confidence) if job.confidence is not None else None,
                "rows": job.rows_total, "imported": job.rows_imported, "duplicates": job.rows_duplicate,
                "updated_pending": job.rows_updated, "flagged": job.rows_flagged, "skipped": job.rows_skipped,
                "error": job.error,
            }
    except CashPilotError as exc:
        print(f"cashpilot import run: {exc.message} ({exc.code})", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"cashpilot import run: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.json:
        _write(json.dumps(summary))
    else:
        _write(_run_summary(summary))
    return 2 if summary["status"] == "failed" else 0


def _run_summary(s: dict[str, Any]) -> str:
    if s["status"] == "failed":
        return f"import {s['import_id']} failed: {s['error']['message']} ({s['error']['code']})"
    lines = [f"import {s['import_id']}: {s['status']}" + (" (auto-confirmed)" if s["auto_confirmed"] else "")]
    lines.append(f"  {s['rows']} rows: {s['imported']} imported, {s['duplicates']} already there, "
                 f"{s['updated_pending']} pending now posted, {s['flagged']} flagged for review, "
                 f"{s['skipped']} skipped")
    if s["status"] == "preview":
        lines.append("  new format: review it (GET /api/v1/imports/{id}/preview) and confirm it, "
                     "or run again with --confirm")
    return "\n".join(lines)


def cmd_import_preview(args: argparse.Namespace) -> int:
    from cashpilot.domain.statements import Overrides, StatementError, parse_statement, read_statement_file

    try:
        overrides = _overrides(args, Overrides)
        data = read_statement_file(args.file)
        result = parse_statement(data, account_type=args.account_type, overrides=overrides)
    except StatementError as exc:
        print(f"cashpilot import preview: {exc.message} ({exc.code})", file=sys.stderr)
        return PREVIEW_EXIT_NOT_A_STATEMENT
    except OSError as exc:
        print(f"cashpilot import preview: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return PREVIEW_EXIT_NOT_A_STATEMENT
    if args.json:
        _write(json.dumps(result.preview(), ensure_ascii=not _utf8_stdout()))
    else:
        _write(render_preview(result, limit=args.limit))
    return 0


def _overrides(args: argparse.Namespace, overrides_type: Any) -> Any:
    from cashpilot.domain.statements.errors import invalid_override

    data: dict[str, Any] = {}
    if args.overrides:
        try:
            with open(args.overrides, encoding="utf-8") as fh:
                data = dict(json.load(fh))
        except (OSError, ValueError, TypeError) as exc:
            raise invalid_override(f"Cannot read overrides from {args.overrides}: {exc}") from None
    for name in ("encoding", "delimiter", "header_line", "date_format", "decimal_mark", "sign_convention"):
        value = getattr(args, name)
        if value is not None:
            data[name] = value
    if args.column:
        columns = dict(data.get("columns") or {})
        for item in args.column:
            name, sep, role = item.rpartition("=")
            if not sep or not name:
                raise invalid_override(f"--column wants NAME=ROLE, got {item!r}")
            columns[name] = role.strip()
        data["columns"] = columns
    if args.skip_line:
        data["skip_lines"] = [*data.get("skip_lines", []), *args.skip_line]
    return overrides_type.from_dict(data)


def _utf8_stdout() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf8sig")


def _write(text: str) -> None:
    if _utf8_stdout():
        print(text)
        return
    # A terminal that cannot show every letter still gets every line.
    print(text.encode("ascii", "backslashreplace").decode("ascii"))


def render_preview(result: Any, limit: int = 50) -> str:
    """The readable preview: a table of transactions, then decisions, skipped lines and warnings."""
    rows = list(result.transactions)
    shown = rows if limit <= 0 or len(rows) <= limit else rows[:limit]
    lines: list[str] = []
    header = ("line", "date", "amount", "balance", "cur", "status", "description")
    table = [header]
    for row in shown:
        table.append((str(row.line), row.date.isoformat(), f"{row.amount:.2f}",
                      "" if row.balance is None else f"{row.balance:.2f}", row.currency or "",
                      row.status, _clip(row.description, 70)))
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    for r in table:
        cells = [r[0].rjust(widths[0]), r[1].ljust(widths[1]), r[2].rjust(widths[2]), r[3].rjust(widths[3]),
                 r[4].ljust(widths[4]), r[5].ljust(widths[5]), r[6]]
        lines.append("  ".join(cells).rstrip())
    if len(shown) < len(rows):
        lines.append(f"... {len(rows) - len(shown)} more (use --limit 0 to show all)")
    fmt = result.format
    lines += ["", f"{len(rows)} transaction(s), confidence {result.confidence:.2f}, "
                  f"format {fmt.kind}, fingerprint {fmt.fingerprint}", "", "Decisions:"]
    for name, decision in fmt.decisions.items():
        value = decision.value
        shown_value = {"\t": "TAB"}.get(value, value) if isinstance(value, str) else value
        why = "; ".join(decision.evidence)
        lines.append(f"  {name:<16} {shown_value!s:<14} {decision.confidence:.2f}  {why}")
    if fmt.columns:
        lines += ["", "Columns:"]
        for c in fmt.columns:
            lines.append(f"  {c.index + 1:>3}  {_clip(c.name, 32):<32} {c.role.value:<15} {c.confidence:.2f}")
    if fmt.balance is not None:
        b = fmt.balance
        lines += ["", f"Running balance: {b.consistent} of {b.checked} steps agree"
                      + (f"; breaks on lines {', '.join(map(str, b.breaks[:10]))}" if b.breaks else "")]
    if result.skipped:
        lines += ["", "Skipped:"]
        for s in result.skipped[:100]:
            lines.append(f"  line {s.line}: {s.reason}")
        if len(result.skipped) > 100:
            lines.append(f"  ... {len(result.skipped) - 100} more")
    if result.warnings:
        lines += ["", "Warnings:"]
        lines += [f"  {w}" for w in result.warnings]
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
