"""Shared plumbing for the benchmarks: a private database, timing helpers, result files."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def use_private_database() -> Path:
    """Point CashPilot at a fresh embedded PostgreSQL (or a fresh database on DATABASE_URL's server)."""
    tmp = Path(tempfile.mkdtemp(prefix="cashpilot-bench-"))
    # Before the server starts: runs after pgserver's exit handler has stopped it (a bench cluster is GBs).
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    os.environ["CASHPILOT_DATA_DIR"] = str(tmp)
    os.environ.setdefault("CASHPILOT_ARGON2_MEMORY_KIB", "8192")
    if os.environ.get("DATABASE_URL"):
        import secrets

        import psycopg
        from sqlalchemy.engine import make_url

        server = make_url(os.environ["DATABASE_URL"])
        name = f"cashpilot_bench_{secrets.token_hex(4)}"
        with psycopg.connect(server.set(drivername="postgresql").render_as_string(hide_password=False),
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = server.set(database=name).render_as_string(hide_password=False)
    from cashpilot.config import reset_caches

    reset_caches()
    return tmp


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def summary_ms(samples: list[float]) -> dict:
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(percentile(samples, 0.95) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
    }


def save(name: str, result: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
