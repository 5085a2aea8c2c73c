"""`cashpilot forecast FILE ... --json` and `cashpilot backtest ...`: the forecast on a statement, and how
good it would have been, without keeping anything.

`cashpilot forecast FILE [--account-type bank|credit] [--opening-balance AMOUNT] [--as-of YYYY-MM-DD]
[--horizon DAYS] [--buffer AMOUNT] --json` imports the statement's rows up to `--as-of` (default: the
last date in the file) into a throw-away business in a scratch database (see classify_cli), classifies
them, forecasts from the end of `--as-of` exactly as the forecast task does (services.forecast.generate;
the recurring series are found from the rows up to `--as-of`, so nothing after it leaks in) and prints
one JSON document. Our own acceptance checks use this contract; keep it stable:

    {"as_of": "YYYY-MM-DD", "opening_balance": 1234.56,
     "daily": [{"date", "expected", "p10", "p50", "p90"}, ...],       one per day of the horizon
     "low_point": {"date", "expected", "p10"},
     "deficit_probability": {"30": p, "60": p, "90": p},               the windows within the horizon
     "model": "AutoETS", "known_flows": N}

Money is a JSON number written with exactly two decimals (rendered from the Decimal, never through a
float), probabilities are numbers from 0 to 1. The opening balance is the balance at the end of
`--as-of`: read from the file's running balance column when it has one (the stated balance after the
last row on or before that day); otherwise `--opening-balance` (default 0) is the balance before the
file's first transaction, and the rows up to `--as-of` are added to it.

`cashpilot backtest FILE [FILE...] | --synthetic N [--seed S] | --berka [DIR]` forecasts at past dates
of each history and scores against what followed (per history: MASE against the flat and the
seasonal-naive forecast, p10-p90 coverage, Brier scores) and prints the summary over all of them.

Bad input (missing file, not a statement, a bad date or amount) is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

EXIT_BAD_INPUT = 2


class BadInput(Exception):
    pass


def add_forecast_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "forecast", help="forecast the balance from a statement (throw-away business, scratch database)",
        description="Import a statement's rows up to --as-of into a throw-away business, classify them and "
                    "forecast the balance from there: daily expected balance with p10/p50/p90, the low point, "
                    "the probability of going below zero within 30/60/90 days. Nothing is kept.")
    p.add_argument("file", help="the statement file (CSV, OFX/QFX, CAMT.053)")
    p.add_argument("--account-type", choices=["bank", "credit"], default="bank")
    p.add_argument("--opening-balance", metavar="AMOUNT",
                   help="balance before the file's first transaction, when the file has no balance column "
                        "(default 0; a running balance in the file wins)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="forecast from the end of this day, using only the rows up "
                                                         "to it (default: the last date in the file)")
    p.add_argument("--horizon", type=int, default=90, metavar="DAYS", help="days ahead, 1..365 (default 90)")
    p.add_argument("--buffer", metavar="AMOUNT", default="0", help="the cash buffer to keep (default 0)")
    p.add_argument("--paths", type=int, default=None, help="simulated paths (default 5000)")
    p.add_argument("--json", action="store_true", help="print one JSON document (the stable contract)")
    p.set_defaults(func=cmd_forecast)

    b = sub.add_parser(
        "backtest", help="backtest the forecast on statements or on the built-in histories",
        description="Forecast at past dates of each history, exactly as the forecast would have then, and score "
                    "against the balances that followed: MASE against the flat and seasonal-naive forecasts, "
                    "p10-p90 coverage and the Brier score of the deficit probability.")
    b.add_argument("files", nargs="*", metavar="FILE", help="statement files (each a throw-away business)")
    b.add_argument("--synthetic", type=int, metavar="N", help="N generated business histories instead of files")
    b.add_argument("--seed", type=int, default=0, help="first seed of the generated histories")
    b.add_argument("--berka", nargs="?", const="", metavar="DIR",
                   help="the Czech bank histories (default: ../shared/data/berka)")
    b.add_argument("--horizon", type=int, default=30, metavar="DAYS")
    b.add_argument("--origins", type=int, default=8, help="past dates per history (two weeks apart)")
    b.add_argument("--paths", type=int, default=1000)
    b.add_argument("--account-type", choices=["bank", "credit"], default="bank")
    b.add_argument("--json", action="store_true", help="one JSON document")
    b.set_defaults(func=cmd_backtest)


# ----------------------------------------------------------------------------------- JSON


def dumps(value: Any) -> str:
    """JSON with Decimals as numbers written to the cent ("1234.50"), which json.dumps cannot do."""
    if isinstance(value, Decimal):
        return format(value.quantize(Decimal("0.01")), "f")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {dumps(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(dumps(v) for v in value) + "]"
    return json.dumps(value)


# -------------------------------------------------------------------------------- forecast


def _date(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"{flag} must be a date as YYYY-MM-DD, not {text!r}") from None


def _amount(text: str | None, flag: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise BadInput(f"{flag} must be an amount such as 1234.50, not {text!r}") from None
    if not value.is_finite():
        raise BadInput(f"{flag} must be a finite amount")
    return value.quantize(Decimal("0.01"))


def _parse(path: str, account_type: str) -> Any:
    from cashpilot.domain.statements import parse_statement, read_statement_file

    return parse_statement(read_statement_file(path), account_type=account_type)


def load_statement(uow: Any, path: str, parsed: Any, *, account_type: str, as_of: date | None,
                   opening_balance: Decimal | None, settings: dict[str, Any] | None = None) -> tuple[Any, date]:
    """Import the statement's rows up to `as_of` into a throw-away business whose account balance at the
    end of `as_of` is what the file says (or `opening_balance` + the rows). Returns (tenant, as_of)."""
    from sqlalchemy import text

    from cashpilot.classify_cli import scratch_business
    from cashpilot.domain.statements import POSTED
    from cashpilot.services import accounts

    rows = [r for r in parsed.transactions if r.status == POSTED]
    if not rows:
        raise BadInput("the file has no posted transactions")
    first = min(r.date for r in rows)
    as_of = as_of or max(r.date for r in rows)
    if as_of < first:
        raise BadInput(f"--as-of {as_of} is before the file's first transaction ({first})")
    kept = sorted((r for r in rows if r.date <= as_of), key=lambda r: r.sequence)
    stated = [i for i, r in enumerate(kept) if r.balance is not None]
    later = sorted({r.line for r in parsed.transactions if r.date > as_of})
    data = Path(path).read_bytes()
    tenant, account = scratch_business(uow, filename=Path(path).name, data=data, account_type=account_type,
                                       settings=settings, overrides={"skip_lines": later} if later else None)
    imported = uow.session.connection().execute(text(
        "SELECT coalesce(sum(amount), 0) FROM transactions WHERE business_id = :b AND status <> 'pending' "
        "AND deleted_at IS NULL AND transaction_date <= :d"), {"b": tenant.business_id, "d": as_of}).scalar_one()
    if stated:
        # The balance at the end of as_of as the file states it; the account's opening balance is set so
        # that its booked balance on that day is exactly that.
        last = stated[-1]
        end_balance = kept[last].balance + sum((r.amount for r in kept[last + 1:]), Decimal(0))
        opening = end_balance - imported
    else:
        opening = opening_balance or Decimal("0.00")
    accounts.update_account(uow, tenant, account.id, {"opening_balance": opening, "opening_balance_date": first})
    return tenant, as_of


def cmd_forecast(args: argparse.Namespace) -> int:
    from cashpilot.domain.errors import CashPilotError

    try:
        as_of = _date(args.as_of, "--as-of")
        opening = _amount(args.opening_balance, "--opening-balance")
        buffer = _amount(args.buffer, "--buffer")
        if buffer is not None and buffer < 0:
            raise BadInput("--buffer cannot be negative")
        if not 1 <= args.horizon <= 365:
            raise BadInput("--horizon must be 1..365 days")
        if args.paths is not None and not 100 <= args.paths <= 100_000:
            raise BadInput("--paths must be 100..100000")
        parsed = _parse(args.file, args.account_type)
        from cashpilot.classify_cli import scratch_database

        with scratch_database():
            out = _forecast(args, parsed, as_of, opening, buffer)
    except (OSError, ValueError, UnicodeDecodeError, BadInput) as exc:
        print(f"cashpilot forecast: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CashPilotError as exc:
        print(f"cashpilot forecast: {exc.message} ({exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.json:
        sys.stdout.write(dumps(out) + "\n")
    else:
        sys.stdout.write(_table(out) + "\n")
    return 0


def _forecast(args: argparse.Namespace, parsed: Any, as_of: date | None, opening: Decimal | None,
              buffer: Decimal | None) -> dict[str, Any]:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services import classify, forecast

    settings: dict[str, Any] = {"alert_thresholds": {"cash_buffer": f"{buffer or 0:.2f}"}}
    with UnitOfWork(actor="cli:forecast", statement_timeout_ms=600_000) as uow:
        tenant, as_of = load_statement(uow, args.file, parsed, account_type=args.account_type, as_of=as_of,
                                       opening_balance=opening, settings=settings)
        classify.classify(uow, tenant.business_id, today=as_of, llm=None)
        # The seed depends on the day only (not on the throw-away business's random id): the same file
        # gives the same output every time.
        snap = forecast.generate(uow, tenant, trigger="cli", as_of=as_of, horizon=args.horizon, paths=args.paths,
                                 seed=forecast.stable_seed(uuid.UUID(int=0), as_of))
        r = forecast.result_of(snap)
    return {
        "as_of": r.as_of.isoformat(),
        "opening_balance": r.opening_balance,
        "daily": [{"date": d.date.isoformat(), "expected": d.expected, "p10": d.p10, "p50": d.p50, "p90": d.p90}
                  for d in r.daily],
        "low_point": {"date": r.low_point.date.isoformat(), "expected": r.low_point.expected,
                      "p10": r.low_point.p10},
        "deficit_probability": {str(k): float(v) for k, v in r.deficit_probability.items() if k in (30, 60, 90)},
        "model": r.model,
        "known_flows": r.known_flows,
    }


def _table(out: dict[str, Any]) -> str:
    lines = [f"as of {out['as_of']}: balance {dumps(out['opening_balance'])}; model {out['model']}; "
             f"{out['known_flows']} known flows",
             f"{'date':<10}  {'expected':>12}  {'p10':>12}  {'p50':>12}  {'p90':>12}"]
    for d in out["daily"]:
        lines.append(f"{d['date']:<10}  {dumps(d['expected']):>12}  {dumps(d['p10']):>12}  {dumps(d['p50']):>12}  "
                     f"{dumps(d['p90']):>12}")
    low = out["low_point"]
    lines.append(f"low point {low['date']}: expected {dumps(low['expected'])}, p10 {dumps(low['p10'])}")
    lines.append("P(balance < 0) within " + ", ".join(f"{k} days: {v:.1%}"
                                                      for k, v in out["deficit_probability"].items()))
    return "\n".join(lines)


# -------------------------------------------------------------------------------- backtest


def cmd_backtest(args: argparse.Namespace) -> int:
    from cashpilot.domain.errors import CashPilotError

    try:
        if not 7 <= args.horizon <= 365 or not 1 <= args.origins <= 52:
            raise BadInput("--horizon must be 7..365 days and --origins 1..52")
        sources = sum(bool(x) for x in (args.files, args.synthetic, args.berka is not None))
        if sources != 1:
            raise BadInput("give statement files, or --synthetic N, or --berka [DIR] (one of them)")
        from cashpilot.backtesting import harness

        plan = harness.BacktestPlan(horizon=args.horizon, origins=args.origins, paths=args.paths, seed=args.seed)
        if args.files:
            results, skipped = _backtest_files(args, plan)
        else:
            histories = _builtin_histories(args)
            results = harness.backtest_many(histories, plan, workers=os.cpu_count() or 1)
            names = {r.name for r in results}
            skipped = [{"name": h.name, "error": "not enough history"} for h in histories if h.name not in names]
    except (OSError, ValueError, UnicodeDecodeError, BadInput) as exc:
        print(f"cashpilot backtest: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CashPilotError as exc:
        print(f"cashpilot backtest: {exc.message} ({exc.code})", file=sys.stderr)
        return EXIT_BAD_INPUT
    from cashpilot.domain.forecast.accuracy import summarise

    out = {"histories": [{**r.to_json(), "brier": round(r.brier_deficit, 4)} for r in results],
           "skipped": skipped, "summary": summarise(results)}
    if args.json:
        sys.stdout.write(json.dumps(out) + "\n")
    else:
        for r in out["histories"]:
            print(f"{r['name'][:40]:<40} MASE flat {r['mase_flat']}  seasonal {r['mase_seasonal']}  "
                  f"coverage {r['coverage']:.2f}  Brier {r['brier']:.3f}")
        s = out["summary"]
        print(f"{s['businesses']} histories, {s['origins']} origins: beats flat {s['beats_flat_share']}, "
              f"band coverage {s['band_coverage']}, Brier (deficit) {s['brier_deficit']}")
    return 0


def _builtin_histories(args: argparse.Namespace) -> list:
    if args.synthetic:
        if args.synthetic < 1:
            raise BadInput("--synthetic needs a positive number of histories")
        from cashpilot.backtesting import synthetic

        return synthetic.generate_many(args.synthetic, seed=args.seed)
    from cashpilot.backtesting import berka

    directory = Path(args.berka) if args.berka else berka.default_directory()
    if directory is None or not (directory / "trans.asc").is_file():
        raise BadInput("the Berka data (trans.asc) was not found; pass its directory: --berka DIR")
    return berka.load_berka(directory)


def _backtest_files(args: argparse.Namespace, plan: Any) -> tuple[list, list[dict]]:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.backtesting import harness
    from cashpilot.classify_cli import scratch_database
    from cashpilot.services import classify, forecast

    parsed = [(path, _parse(path, args.account_type)) for path in args.files]  # all readable before any work
    results, skipped = [], []
    with scratch_database():
        for path, statement in parsed:
            with UnitOfWork(actor="cli:backtest", statement_timeout_ms=600_000) as uow:
                tenant, as_of = load_statement(uow, path, statement, account_type=args.account_type, as_of=None,
                                               opening_balance=None)
                classify.classify(uow, tenant.business_id, today=as_of, llm=None)
                history = forecast.business_history(uow, tenant)
            result = harness.backtest(dataclasses.replace(history, name=Path(path).name), plan)
            if result is None:
                skipped.append({"name": Path(path).name, "error": "not enough history"})
            else:
                results.append(result)
    return results, skipped
