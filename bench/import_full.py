"""A 100,000-row statement from file to committed rows: parse + de-duplicate against 100,000 rows
already stored + write (COPY to staging, one INSERT, audit and totals triggers included).

Targets (2-core machine): under 10 s, peak memory under 500 MB (the whole process, measured in a
fresh process that does nothing but this import).
Run: `make bench` or `python -m bench.import_full [--rows N]`. Exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench._support import save, use_private_database

TARGET_SECONDS = 10.0
TARGET_MB = 500.0
ROOT = Path(__file__).resolve().parents[1]

VENDORS = ["AMAZON MKTPLACE", "TESCO STORES", "SHELL", "UBER TRIP", "PRET A MANGER", "ADOBE", "GOOGLE ADS",
           "BT BUSINESS", "OCTOPUS ENERGY", "HMRC VAT", "ACME LTD", "GLOBEX CORP", "INITECH", "STAPLES"]


def statement(rows: int, start: date, seed: int, balance: float = 50_000.0) -> bytes:
    """A German-style export: semicolons, decimal commas, dd.mm.yyyy, a running balance."""
    rng = random.Random(seed)
    lines = ["Buchungstag;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Saldo;Währung"]
    day = start
    for i in range(rows):
        if i and i % 130 == 0:
            day += timedelta(days=1)
        amount = round(rng.uniform(-900, 400) if rng.random() < 0.85 else rng.uniform(500, 9000), 2)
        balance = round(balance + amount, 2)
        who = rng.choice(VENDORS)
        ref = f"REF {rng.randrange(10**8):08d}"
        money = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        saldo = f"{balance:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        d = day.strftime("%d.%m.%Y")
        lines.append(f"{d};{d};{who};{ref};{money};{saldo};EUR")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _setup() -> dict:
    from cashpilot.api.app import create_app
    from fastapi.testclient import TestClient

    client = TestClient(create_app())
    r = client.post("/api/v1/auth/register", json={"email": "import-bench@example.com", "password": "benchmark pw 1"})
    h = {"Authorization": f"Bearer {r.json()['tokens']['access_token']}"}
    business = client.post("/api/v1/businesses", json={"name": "Import Bench GmbH", "currency": "EUR",
                                                        "settings": {"imports": {"auto_confirm": "confident"}}},
                           headers=h).json()
    h["X-Business-ID"] = business["id"]
    account = client.post("/api/v1/accounts", json={"name": "Geschäftskonto"}, headers=h).json()
    return {"business_id": business["id"], "account_id": account["id"], "user_id": r.json()["user"]["id"]}


def run_import(ctx: dict, path: Path) -> dict:
    import uuid

    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services import imports

    target = imports.ImportTarget(uuid.UUID(ctx["business_id"]), uuid.UUID(ctx["user_id"]))
    t = time.perf_counter()
    with UnitOfWork() as uow:
        job = imports.import_file(uow, target, account_id=uuid.UUID(ctx["account_id"]), filename=path.name,
                                  data=path.read_bytes(), confirm_now=True)
        result = {"status": job.status, "imported": job.rows_imported, "duplicates": job.rows_duplicate,
                  "errors": job.rows_error, "auto_confirmed": job.auto_confirmed}
    result["seconds"] = round(time.perf_counter() - t, 2)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def child(argv: list[str]) -> int:
    """`python -m bench.import_full --child CTX FILE`: one import in a fresh process."""
    ctx = json.loads(argv[0])
    print(json.dumps(run_import(ctx, Path(argv[1]))))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)

    data_dir = use_private_database()
    work = Path(tempfile.mkdtemp(prefix="cashpilot-import-bench-"))
    first = work / "umsaetze-2024.csv"
    second = work / "umsaetze-2025.csv"
    first.write_bytes(statement(args.rows, date(2024, 1, 1), seed=1))
    # The second file starts where the first one's last fifth begins: 20% overlap to recognise.
    overlap_start = args.rows - args.rows // 5
    second_rows = statement(args.rows + overlap_start, date(2024, 1, 1), seed=1).split(b"\n")
    second.write_bytes(b"\n".join(second_rows[:1] + second_rows[1 + overlap_start:]))
    print(f"files: {first.stat().st_size / 1e6:.1f} MB and {second.stat().st_size / 1e6:.1f} MB, "
          f"{args.rows:,} rows each", flush=True)

    ctx = _setup()
    env_note = {"CASHPILOT_DATA_DIR": str(data_dir)}
    results = {}
    for name, path in (("into_empty_account", first), ("dedup_against_existing", second)):
        out = subprocess.run([sys.executable, "-m", "bench.import_full", "--child", json.dumps(ctx), str(path)],
                             cwd=ROOT, capture_output=True, text=True, env={**_env(), **env_note})
        if out.returncode:
            print(out.stderr[-3000:], file=sys.stderr)
            return 1
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
        r = results[name]
        print(f"{name:<24} {r['seconds']:>6.2f} s  peak {r['peak_rss_mb']:>6.1f} MB  imported {r['imported']:,}  "
              f"duplicates {r['duplicates']:,}  errors {r['errors']}  ({r['status']})", flush=True)

    save("import_full", {"rows": args.rows, "results": results,
                         "targets": {"seconds": TARGET_SECONDS, "peak_rss_mb": TARGET_MB}})
    dedup = results["dedup_against_existing"]
    expected_new = args.rows - args.rows // 5
    failed = []
    if dedup["imported"] != expected_new or dedup["duplicates"] != args.rows // 5:
        failed.append("correctness")
    failed += [n for n, r in results.items() if r["seconds"] > TARGET_SECONDS or r["peak_rss_mb"] > TARGET_MB]
    print("targets:", "all met" if not failed else f"MISSED {failed}")
    return 1 if failed else 0


def _env() -> dict:
    import os

    return dict(os.environ)


if __name__ == "__main__":
    sys.exit(main())
