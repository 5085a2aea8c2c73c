"""`cashpilot ask`: the contract our acceptance checks rely on (a statement in a scratch database, one
JSON document on stdout with the answer, the tool calls and the records behind the numbers)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "cashpilot.cli"]
pytestmark = pytest.mark.usefixtures("database")  # sets DATABASE_URL: scratch databases go on the test server
STATEMENT = Path(__file__).parents[1] / "fixtures" / "statements" / "uk_barclays" / "statement.csv"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "CASHPILOT_OPENAI_API_KEY")}
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=180)


def _statement_rows() -> list[tuple[str, Decimal]]:
    lines = STATEMENT.read_text().splitlines()[1:]
    return [(line.split(",")[1], Decimal(line.split(",")[3])) for line in lines if line.strip()]


def test_it_answers_with_the_promised_document():
    done = _run("ask", str(STATEMENT), "How much did we spend in January 2024?", "--today", "2024-01-31", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert {"answer", "tool_calls", "data_references"} <= set(out)
    assert out["brain"] == "offline" and out["understood"] is True
    call = out["tool_calls"][0]
    assert set(call) >= {"tool", "arguments", "result"}
    assert call["tool"] == "expense_summary"
    assert call["arguments"]["period"] == {"start": "2024-01-01", "end": "2024-01-31"}
    spent = sum((-a for d, a in _statement_rows() if d.endswith("/01/2024") and a < 0), Decimal(0))
    assert call["result"]["expenses"] == f"{spent:.2f}"
    assert f"{spent:,.2f}" in out["answer"]


def test_forecast_questions_reference_the_snapshot_and_balance_is_the_files():
    done = _run("ask", str(STATEMENT), "What will my balance be in 30 days?", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["tool_calls"][0]["tool"] == "cash_forecast"
    assert out["data_references"]["snapshot"] == [out["tool_calls"][0]["result"]["snapshot_id"]]
    assert out["tool_calls"][0]["result"]["target"]["expected"] in out["answer"].replace(",", "").replace("£", "")


def test_an_unclear_question_is_not_understood_and_bad_input_exits_2(tmp_path):
    done = _run("ask", str(STATEMENT), "sing me a song", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["understood"] is False and out["tool_calls"] == []
    missing = _run("ask", str(tmp_path / "nope.csv"), "What is my balance?", "--json")
    assert missing.returncode == 2 and "cashpilot ask" in missing.stderr
    bad_day = _run("ask", str(STATEMENT), "What is my balance?", "--today", "yesterday", "--json")
    assert bad_day.returncode == 2 and "--today" in bad_day.stderr
