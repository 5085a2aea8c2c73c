"""`cashpilot ask FILE "QUESTION" [--account-type bank|credit] [--today YYYY-MM-DD] --json`: one chat answer
about a statement, without keeping anything.

The statement's rows up to `--today` (default: the last date in the file) are imported into a
throw-away business in a scratch database (see classify_cli), classified, forecast and checked for
alerts exactly as the pipeline does, and the question is answered as of that day: by the OpenAI agent
when a key is configured (OPENAI_API_KEY, optional OPENAI_BASE_URL / model), else by the offline
analyst (`--offline` forces it). Our own acceptance checks use this contract; keep it stable:

    {"answer": "...",
     "tool_calls": [{"tool": "...", "arguments": {...}, "result": {...} | null, "error": null | "..."}],
     "data_references": {"transactions": [...], "snapshot": [...], ...},
     "brain": "offline" | "openai", "understood": true, "data_cards": [...]}

Money in tool results is a decimal string. Bad input (missing file, not a statement, a bad date) is one
line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from datetime import date
from typing import Any

EXIT_BAD_INPUT = 2
CLI_PATHS = 1000  # simulated forecast paths: enough for the probabilities an answer quotes, quick on a laptop


def add_ask_parser(sub: Any) -> None:
    p = sub.add_parser(
        "ask", help="ask the chat co-pilot a question about a statement (throw-away business, scratch database)",
        description="Import a statement into a throw-away business, classify it, forecast and check alerts, then "
                    "answer a question about it: offline unless an OpenAI-compatible key is configured. Nothing "
                    "is kept.")
    p.add_argument("file", help="the statement file (CSV, OFX/QFX, CAMT.053)")
    p.add_argument("question", help="the question, in plain words")
    p.add_argument("--account-type", choices=["bank", "credit"], default="bank")
    p.add_argument("--today", metavar="YYYY-MM-DD",
                   help="answer as of this day, using the rows up to it (default: the last date in the file)")
    p.add_argument("--opening-balance", metavar="AMOUNT",
                   help="balance before the file's first transaction when it has no balance column (default 0)")
    p.add_argument("--offline", action="store_true", help="use the offline analyst even when a key is configured")
    p.add_argument("--json", action="store_true", help="print one JSON document (the stable contract)")
    p.set_defaults(func=cmd_ask)


def cmd_ask(args: argparse.Namespace) -> int:
    from cashpilot.domain.errors import CashPilotError
    from cashpilot.forecast_cli import BadInput, _amount, _date, _parse

    try:
        if not args.question.strip():
            raise BadInput("the question is empty")
        today = _date(args.today, "--today")
        opening = _amount(args.opening_balance, "--opening-balance")
        parsed = _parse(args.file, args.account_type)
        from cashpilot.classify_cli import scratch_database

        with scratch_database():
            out = _ask(args, parsed, today, opening)
    except (OSError, ValueError, UnicodeDecodeError, BadInput) as exc:
        print(f"cashpilot ask: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CashPilotError as exc:
        print(f"cashpilot ask: {exc.message} ({exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(out["answer"] + "\n")
        for call in out["tool_calls"]:
            sys.stdout.write(f"  [{call['tool']}] {json.dumps(call['arguments'], default=str)}\n")
    return 0


def _brain(offline: bool) -> Any:
    from cashpilot.services.chat.offline import OfflineAnalyst

    if offline:
        return OfflineAnalyst()
    try:
        from cashpilot.services.chat.agent import agent_from_settings
    except ImportError:  # the agent is optional: without it every answer is offline
        return OfflineAnalyst()
    return agent_from_settings() or OfflineAnalyst()


def _ask(args: argparse.Namespace, parsed: Any, today: date | None, opening: Any) -> dict[str, Any]:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.forecast_cli import load_statement
    from cashpilot.services import classify, detect, forecast

    with UnitOfWork(actor="cli:ask", statement_timeout_ms=600_000) as uow:
        tenant, today = load_statement(uow, args.file, parsed, account_type=args.account_type, as_of=today,
                                       opening_balance=opening, settings={"forecast": {"paths": CLI_PATHS}})
        classify.classify(uow, tenant.business_id, today=today, llm=None)
        # The same file gives the same forecast every time (the seed does not depend on the random id).
        snap = forecast.generate(uow, tenant, trigger="cli", as_of=today,
                                 seed=forecast.stable_seed(uuid.UUID(int=0), today))
        detect.run(uow, tenant, today=today, snapshot_id=snap.id)
        reply = _brain(args.offline).answer(uow, tenant, args.question, today=today)
    return {
        "answer": reply.answer,
        "tool_calls": [{"tool": s.name, "arguments": s.arguments, "result": s.result, "error": s.error}
                       for s in reply.steps],
        "data_references": reply.data_references,
        "brain": reply.brain,
        "understood": reply.understood,
        "data_cards": reply.data_cards,
    }
