"""`cashpilot forecast` and `cashpilot backtest`: the contract our acceptance checks rely on (a scratch
database, one JSON document on stdout, money as numbers to the cent)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cashpilot.backtesting import synthetic

CLI = [sys.executable, "-m", "cashpilot.cli"]
pytestmark = pytest.mark.usefixtures("database")  # sets DATABASE_URL: scratch databases go on the test server
HISTORY = synthetic.generate(11, days=400)
AS_OF = HISTORY.transactions[-1].date - timedelta(days=60)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], env=dict(os.environ), capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def statement(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("forecast") / "statement.csv"
    path.write_bytes(HISTORY.to_statement_csv())
    return path


@pytest.mark.slow
def test_it_prints_the_promised_document(statement):
    done = _run("forecast", str(statement), "--paths", "1000", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"as_of", "opening_balance", "daily", "low_point", "deficit_probability", "model",
                        "known_flows"}
    last = HISTORY.transactions[-1]
    assert out["as_of"] == last.date.isoformat()
    # The opening balance is the file's running balance at the end of as_of.
    assert Decimal(str(out["opening_balance"])) == HISTORY.balances()[last.date]
    assert len(out["daily"]) == 90 and out["daily"][0]["date"] == (last.date + timedelta(days=1)).isoformat()
    day = out["daily"][0]
    assert set(day) == {"date", "expected", "p10", "p50", "p90"}
    assert all(isinstance(day[k], int | float) for k in ("expected", "p10", "p50", "p90"))
    assert day["p10"] <= day["p50"] <= day["p90"]
    assert set(out["low_point"]) == {"date", "expected", "p10"}
    assert out["low_point"]["expected"] == min(d["expected"] for d in out["daily"])
    assert set(out["deficit_probability"]) == {"30", "60", "90"}
    assert all(0 <= p <= 1 for p in out["deficit_probability"].values())
    assert isinstance(out["model"], str) and out["model"]
    assert isinstance(out["known_flows"], int) and out["known_flows"] > 0
    # Money is written to the cent, as the Decimal says (not a float's digits).
    assert '"opening_balance": ' + f"{HISTORY.balances()[last.date]:.2f}" in done.stdout


@pytest.mark.slow
def test_as_of_ignores_the_rows_after_it(statement):
    done = _run("forecast", str(statement), "--as-of", AS_OF.isoformat(), "--horizon", "30", "--paths", "500",
                "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["as_of"] == AS_OF.isoformat() and len(out["daily"]) == 30
    assert Decimal(str(out["opening_balance"])) == HISTORY.balances()[AS_OF]
    assert set(out["deficit_probability"]) == {"30"}
    # The same forecast from a file that ends on as_of: the later rows changed nothing.
    cut = statement.parent / "cut.csv"
    cut.write_bytes(HISTORY.until(AS_OF).to_statement_csv())
    alone = _run("forecast", str(cut), "--horizon", "30", "--paths", "500", "--json")
    assert alone.returncode == 0, alone.stderr
    assert json.loads(alone.stdout) == out


@pytest.mark.slow
def test_without_a_balance_column_the_opening_balance_is_given(tmp_path):
    rows = ["Date,Description,Amount"]
    start = date(2026, 1, 1)
    for i in range(120):
        day = start + timedelta(days=i)
        if day.day == 1:
            rows.append(f"{day},SO OAKWOOD ESTATES RENT,-1500.00")
        if day.day == 10:
            rows.append(f"{day},FPI BRIGHTLINE STUDIO REF INV {i},4000.00")
        rows.append(f"{day},CARD PAYMENT TO CORNER CAFE,-20.00")
    path = tmp_path / "plain.csv"
    path.write_text("\n".join(rows) + "\n")
    done = _run("forecast", str(path), "--opening-balance", "1000", "--as-of", "2026-03-31", "--buffer", "500",
                "--horizon", "30", "--paths", "500", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    # 1,000 + three rents + three customer payments + 90 coffees.
    assert out["opening_balance"] == 1000 - 3 * 1500 + 3 * 4000 - 90 * 20
    assert out["known_flows"] >= 2


def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, statement):
    missing = _run("forecast", str(tmp_path / "nope.csv"), "--json")
    assert missing.returncode == 2 and missing.stdout == "" and "Traceback" not in missing.stderr
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02 not a statement")
    assert _run("forecast", str(junk), "--json").returncode == 2
    for args in (("--as-of", "31/12/2026"), ("--as-of", "1990-01-01"), ("--horizon", "0"),
                 ("--opening-balance", "lots")):
        done = _run("forecast", str(statement), *args, "--json")
        assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.strip(), args
    assert _run("backtest", "--json").returncode == 2  # nothing to backtest


@pytest.mark.slow
def test_backtest_on_generated_histories_reports_each_and_the_summary():
    done = _run("backtest", "--synthetic", "2", "--seed", "5", "--origins", "2", "--paths", "300", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert len(out["histories"]) == 2
    for h in out["histories"]:
        assert {"name", "mase_flat", "mase_seasonal", "coverage", "brier"} <= set(h)
    assert out["summary"]["businesses"] == 2 and 0 <= out["summary"]["band_coverage"] <= 1


@pytest.mark.slow
def test_backtest_on_a_statement(statement):
    done = _run("backtest", str(statement), "--origins", "2", "--paths", "300", "--json")
    assert done.returncode == 0, done.stderr
    (h,) = json.loads(done.stdout)["histories"]
    assert h["name"] == "statement.csv" and h["origins"] == 2 and 0 <= h["coverage"] <= 1
