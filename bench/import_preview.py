"""`cashpilot import preview` of a 100,000-row statement: the parser alone, with full inference.

Two realistic files are generated into a temporary folder: a German export (cp1252, preamble,
semicolons, decimal commas with thousands dots, dd.mm.yyyy, payer/payee, running balance) and a US
export (Chase-like: commas, quoted descriptions with commas, mm/dd/yyyy, newest first, a trailing comma
on every row, running balance). Each is previewed 5 times in this process (read + parse + the preview
JSON document); the median is the figure. Peak memory is the resident set of a fresh process that runs
`cashpilot import preview FILE --json` and nothing else.

Target (2-core machine): median under 3 s per file. Exits 1 when a file misses it.
Run: `python -m bench.import_preview [--rows N] [--runs N]` (or `make bench`).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

TARGET_SECONDS = 3.0
ROOT = Path(__file__).resolve().parents[1]

_PAYEES = ["REWE Markt GmbH", "Stadtwerke München GmbH", "Deutsche Bahn AG", "Amazon EU S.à r.l.",
           "Finanzamt Köln-Mitte", "Telekom Deutschland GmbH", "Büro Service Müller", "ARAL Station 1234"]
_US_DESCRIPTIONS = ["AMAZON MKTPL*RT4XY12 Amzn.com/bill WA", "STARBUCKS STORE 04521 NEW YORK NY",
                    "CON ED OF NY INTELL CK 123456 WEB ID: 9876543210", "ZELLE PAYMENT TO SMITH, JOHN",
                    "ACME CORP PAYROLL PPD ID: 1234567890", "SHELL OIL 57444, BROOKLYN NY", "CHECK 1043"]


def _de_money(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def german_statement(rows: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    lines = ["Umsätze Girokonto;Zeitraum: 01.01.2020 - 31.12.2024;;;;;;;",
             "Kontoinhaber: Muster Consulting GmbH;;;;;;;;", ";;;;;;;;",
             "Buchungstag;Valutadatum;Buchungstext;Auftraggeber / Empfänger;Verwendungszweck;IBAN;Betrag;Saldo;Währung"]
    balance = Decimal("25000.00")
    day = date(2020, 1, 1)
    for i in range(rows):
        if rng.random() < 0.06:
            day += timedelta(days=1)
        cents = rng.randint(-90_000, 40_000) if rng.random() < 0.9 else rng.randint(50_000, 900_000)
        amount = Decimal(cents) / 100
        balance += amount
        kind = "GUTSCHRIFT" if amount > 0 else rng.choice(["LASTSCHRIFT", "KARTENZAHLUNG", "ÜBERWEISUNG"])
        d = f"{day:%d.%m.%Y}"
        lines.append(f"{d};{d};{kind};{rng.choice(_PAYEES)};Rechnung {rng.randrange(10**6):06d} Kd {i};"
                     f"DE{rng.randrange(10**20):020d};{_de_money(amount)};{_de_money(balance)};EUR")
    lines.append(f"Kontostand;{day:%d.%m.%Y};;;;;;{_de_money(balance)};EUR")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def us_statement(rows: int, seed: int = 2) -> bytes:
    rng = random.Random(seed)
    records = []
    balance = Decimal("12000.00")
    day = date(2020, 1, 1)
    for _ in range(rows):
        if rng.random() < 0.06:
            day += timedelta(days=1)
        cents = rng.randint(-60_000, 25_000) if rng.random() < 0.9 else rng.randint(100_000, 600_000)
        amount = Decimal(cents) / 100
        balance += amount
        details = "CREDIT" if amount > 0 else "DEBIT"
        records.append(f'{details},{day:%m/%d/%Y},"{rng.choice(_US_DESCRIPTIONS)}",{amount:.2f},'
                       f'{"ACH_CREDIT" if amount > 0 else "DEBIT_CARD"},{balance:.2f},,')
    records.reverse()  # newest first, as Chase exports
    header = "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #"
    return ("\r\n".join([header, *records]) + "\r\n").encode("ascii")


def preview(path: Path) -> tuple[str, int]:
    from cashpilot.domain.statements import parse_statement, read_statement_file

    result = parse_statement(read_statement_file(path))
    return json.dumps(result.preview()), len(result.transactions)


_CHILD = """
import contextlib, io, os, resource, sys
from cashpilot.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(['import', 'preview', sys.argv[1], '--json'])
peak = None
if os.path.exists('/proc/self/status'):
    # VmHWM belongs to this process's memory only; ru_maxrss would also count the parent's pages copied
    # at fork time (a benchmark process that has just parsed 100,000 rows itself).
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            peak = int(line.split()[1]) / 1024
if peak is None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == 'darwin' else 1024)
print(peak, file=sys.stderr)
sys.exit(code)
"""


def peak_rss_mb(path: Path) -> float:
    """Peak resident memory of a fresh process that runs `cashpilot import preview FILE --json`."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    if done.returncode:
        raise RuntimeError(f"preview of {path} exited with {done.returncode}: {done.stderr[-2000:]}")
    return float(done.stderr.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    work = Path(tempfile.mkdtemp(prefix="cashpilot-preview-bench-"))
    files = {"german_semicolon": (work / "umsaetze.csv", german_statement(args.rows)),
             "us_chase_like": (work / "chase.csv", us_statement(args.rows))}
    results: dict[str, dict] = {}
    for name, (path, data) in files.items():
        path.write_bytes(data)
        seconds = []
        rows = 0
        for _ in range(args.runs):
            started = time.perf_counter()
            _, rows = preview(path)
            seconds.append(time.perf_counter() - started)
        results[name] = {
            "rows": rows,
            "megabytes": round(len(data) / 1e6, 1),
            "median_seconds": round(statistics.median(seconds), 3),
            "min_seconds": round(min(seconds), 3),
            "max_seconds": round(max(seconds), 3),
            "peak_rss_mb": round(peak_rss_mb(path), 1),
        }
        r = results[name]
        print(f"{name:<18} {r['rows']:>7,} rows  {r['megabytes']:>5.1f} MB  median {r['median_seconds']:.2f} s "
              f"(min {r['min_seconds']:.2f}, max {r['max_seconds']:.2f})  peak {r['peak_rss_mb']:.0f} MB",
              flush=True)
        if rows != args.rows:
            print(f"{name}: expected {args.rows} rows, got {rows}", file=sys.stderr)
            return 1
    try:
        from bench._support import save

        save("import_preview", {"rows": args.rows, "runs": args.runs, "results": results,
                                "targets": {"median_seconds": TARGET_SECONDS}})
    except ImportError:  # the shared result writer is optional
        pass
    missed = [n for n, r in results.items() if r["median_seconds"] > TARGET_SECONDS]
    print("targets:", "all met" if not missed else f"MISSED {missed} (median over {TARGET_SECONDS} s)")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
