"""The `cashpilot` command."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys


def _configure_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)-5s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
    )
    for noisy in ("pgserver", "alembic", "botocore", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def cmd_migrate(args: argparse.Namespace) -> int:
    from cashpilot.adapters.db.migrate import upgrade
    from cashpilot.adapters.db.urls import resolve_urls

    owner = resolve_urls().owner
    if owner is None:
        print("no owner database credentials configured", file=sys.stderr)
        return 2
    revision = upgrade(owner, args.revision)
    print(f"database at revision {revision}")
    return 0


def _serve(host: str, port: int, reload: bool = False) -> int:
    import uvicorn

    from cashpilot.adapters.db.engine import app_engine

    app_engine()  # start the embedded database and migrate before accepting requests
    print(f"CashPilot API on http://{host}:{port}  (docs: http://{host}:{port}/docs)", flush=True)
    # uvicorn re-raises SIGTERM after its graceful shutdown; with the default handler that kills the
    # process before atexit runs, leaving the embedded PostgreSQL behind. Exit normally instead.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    uvicorn.run("cashpilot.api.app:create_app", factory=True, host=host, port=port, reload=reload,
                log_level="info")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    return _serve(args.host, args.port, args.reload)


def _progress(message: str) -> None:
    print(f"-> {message}", file=sys.stderr, flush=True)


def _quiet_handlers(verbose: bool) -> None:
    """The demo reports progress itself: the handlers' own INFO lines (in-process Lambda) stay out."""
    import os

    if not verbose:
        os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
        logging.getLogger("cashpilot").setLevel(logging.WARNING)


def cmd_demo(args: argparse.Namespace) -> int:
    from cashpilot.local.demo import demo, format_report

    _quiet_handlers(args.verbose)
    if not args.json:
        print(format_report(demo(progress=_progress)))
        return 0
    # One JSON object on stdout and nothing else: anything printed meanwhile goes to stderr.
    stdout, sys.stdout = sys.stdout, sys.stderr
    try:
        report = demo()
    finally:
        sys.stdout = stdout
    print(json.dumps(report, default=str))
    return 0


def cmd_local(args: argparse.Namespace) -> int:
    from cashpilot.config import get_settings
    from cashpilot.local.cloud import serving_cloud
    from cashpilot.local.demo import format_report, run_demo
    from cashpilot.local.moto_server import DEFAULT_HOST, port_in_use

    if port_in_use(DEFAULT_HOST, args.aws_port):
        print(f"cashpilot local: {DEFAULT_HOST}:{args.aws_port} is in use (another `cashpilot local`, a moto "
              f"server?): stop it, or choose another port with --aws-port", file=sys.stderr)
        return 2
    api = f"http://{args.host}:{args.port}"
    with serving_cloud(get_settings().data_dir, port=args.aws_port, api=api) as session:
        print(format_report(run_demo(session, progress=_progress)), flush=True)
        r = session.info.resources
        print(f"Local cloud (moto) on {session.info.endpoint}: statements dropped into "
              f"s3://{r.imports_bucket}/imports/<business id>/<account id>/ are imported; "
              f"scheduled jobs run on their schedule (`cashpilot run-schedule` runs one now); "
              f"`cashpilot emails` shows sent mail", flush=True)
        return _serve(args.host, args.port)


def cmd_run_schedule(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from cashpilot.config import get_settings
    from cashpilot.local.cloud import cloud_session
    from cashpilot.local.schedules import invoke_scheduler, job_name

    job = job_name(args.job)
    at = datetime.fromisoformat(args.at.replace("Z", "+00:00")) if args.at else datetime.now(UTC)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    with cloud_session(get_settings().data_dir, progress=_progress) as session:
        outcome = invoke_scheduler(session.info.client("lambda"), job, at)
    print(json.dumps(outcome, indent=2, default=str))
    return 1 if "error" in outcome else 0


def cmd_emails(args: argparse.Namespace) -> int:
    from cashpilot.config import get_settings
    from cashpilot.local.mail import format_email, kept_emails, mail_dir

    messages = kept_emails(get_settings().data_dir)
    if args.json:
        print(json.dumps(messages, indent=2, default=str))
    elif not messages:
        print(f"no emails yet (the local cloud keeps what its SES sends in {mail_dir(get_settings().data_dir)})")
    else:
        print("\n".join(format_email(m) for m in messages))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cashpilot", description="CashPilot: the cash-flow co-pilot")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="serve the API locally (embedded PostgreSQL unless DATABASE_URL is set)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--reload", action="store_true", help="restart on code changes")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("local", help="run CashPilot locally: local cloud, demo data, API (what `make run` starts)")
    p.add_argument("--host", default="127.0.0.1", help="API host")
    p.add_argument("--port", type=int, default=8000, help="API port")
    p.add_argument("--aws-port", type=int, default=5000, help="port of the local cloud (moto) on 127.0.0.1")
    p.set_defaults(func=cmd_local)

    p = sub.add_parser("migrate", help="apply database migrations (as the owner role)")
    p.add_argument("--revision", default="head")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("demo", help="create (once) the demo business and import its year through the local cloud")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout, no progress")
    p.set_defaults(func=cmd_demo)

    from cashpilot.local.schedules import ALIASES

    p = sub.add_parser("run-schedule", help="run a scheduled job now, with the event its schedule sends")
    p.add_argument("job", choices=[*ALIASES, *ALIASES.values()])
    p.add_argument("--at", help="the slot it runs for (ISO 8601, UTC unless an offset is given); default now")
    p.set_defaults(func=cmd_run_schedule)

    p = sub.add_parser("emails", help="emails sent through the local cloud's SES (kept in the data dir)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_emails)

    from cashpilot.importing_cli import add_import_parser  # `import preview` (later `import run`); light to import

    add_import_parser(sub)
    from cashpilot.classify_cli import add_classify_parser

    add_classify_parser(sub)
    from cashpilot.forecast_cli import add_forecast_parsers  # `forecast`, `backtest`; light to import

    add_forecast_parsers(sub)
    from cashpilot.chat_cli import add_ask_parser  # `ask`: the chat co-pilot on a statement; light to import

    add_ask_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
