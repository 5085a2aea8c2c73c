"""The `cashpilot` command."""

from __future__ import annotations

import argparse
import json
import logging
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
    uvicorn.run("cashpilot.api.app:create_app", factory=True, host=host, port=port, reload=reload,
                log_level="info")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    return _serve(args.host, args.port, args.reload)


def cmd_demo(args: argparse.Namespace) -> int:
    from cashpilot.local.demo import seed_demo

    result = seed_demo()
    if args.json:
        print(json.dumps(result, default=str))
    else:
        print(_demo_text(result))
    return 0


def _demo_text(result: dict) -> str:
    return (
        f"Demo business: {result['business_name']} ({result['business_id']})\n"
        f"Sign in as {result['email']} / {result['password']}\n"
        f"Transactions: {result['transactions']}  Today's balance: {result['balance']} {result['currency']}"
    )


def cmd_local(args: argparse.Namespace) -> int:
    from cashpilot.adapters.db.engine import app_engine
    from cashpilot.local.demo import seed_demo

    app_engine()
    print(_demo_text(seed_demo()), flush=True)
    return _serve(args.host, args.port)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cashpilot", description="CashPilot: the cash-flow co-pilot")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="serve the API locally (embedded PostgreSQL unless DATABASE_URL is set)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--reload", action="store_true", help="restart on code changes")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("local", help="run CashPilot locally with demo data (what `make run` starts)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_local)

    p = sub.add_parser("migrate", help="apply database migrations (as the owner role)")
    p.add_argument("--revision", default="head")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("demo", help="create (once) a demo business with a year of activity")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
