"""`cashpilot import preview`: the contract our acceptance checks (and users) rely on."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cashpilot.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "statements"
REPO = Path(__file__).resolve().parents[2]
STATEMENT = """Buchungstag;Verwendungszweck;Betrag;Status
02.01.2024;REWE Markt;-23,45;gebucht
03.01.2024;Amazon;-59,99;abgelehnt
15.01.2024;ACME GmbH Rechnung 7;1.500,00;gebucht
31.01.2024;Telekom;-39,99;vorgemerkt
kaputt;Zeile ohne Datum;-1,00;gebucht
"""


@pytest.fixture
def statement(tmp_path: Path) -> Path:
    path = tmp_path / "umsaetze.csv"
    path.write_bytes(STATEMENT.encode("cp1252"))
    return path


def preview(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["import", "preview", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_preview_prints_one_document_with_the_promised_shape(statement, capsys):
    # Given a statement file
    # When it is previewed as JSON
    code, out, err = preview(capsys, str(statement), "--json")

    # Then one JSON object comes out, shaped as promised, and the exit code is 0
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert set(doc) == {"transactions", "format", "confidence", "skipped", "warnings"}
    assert [set(t) for t in doc["transactions"]] == [
        {"date", "amount", "description", "balance", "currency", "status"}] * 3
    assert all(re.fullmatch(r"-?\d+\.\d{2}", t["amount"]) for t in doc["transactions"])
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", t["date"]) for t in doc["transactions"])
    assert doc["transactions"][0] == {"date": "2024-01-02", "amount": "-23.45", "description": "REWE Markt",
                                      "balance": None, "currency": None, "status": "posted"}
    assert doc["transactions"][2]["status"] == "pending"
    assert isinstance(doc["confidence"], float) and 0 < doc["confidence"] <= 1
    assert isinstance(doc["format"], dict) and doc["format"]["decisions"]["decimal_mark"]["value"] == ","
    assert all(isinstance(w, str) for w in doc["warnings"])


def test_declined_rows_and_broken_lines_are_listed_as_skipped_with_a_reason(statement, capsys):
    _, out, _ = preview(capsys, str(statement), "--json")
    skipped = json.loads(out)["skipped"]
    assert [s["line"] for s in skipped] == [3, 6]
    assert all(set(s) == {"line", "reason"} and s["reason"] for s in skipped)
    assert "abgelehnt" in skipped[0]["reason"]


def test_a_file_that_is_not_a_statement_exits_2_with_one_line_on_stderr(tmp_path, capsys):
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    code, out, err = preview(capsys, str(picture), "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "PNG" in err and "binary_file" in err


@pytest.mark.parametrize("content", [b"", b"Dear customer, thank you.\n", b"PK\x03\x04xl/workbook.xml" + bytes(50)])
def test_empty_files_letters_and_spreadsheets_exit_2(tmp_path, capsys, content):
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    code, out, err = preview(capsys, str(path), "--json")
    assert code == 2 and out == "" and err.strip() and err.count("\n") == 1


def test_a_missing_file_exits_2_with_a_reason(tmp_path, capsys):
    code, _, err = preview(capsys, str(tmp_path / "nope.csv"), "--json")
    assert code == 2 and "cannot read" in err


def test_account_type_credit_turns_a_charges_positive_card_export_round(tmp_path, capsys):
    path = tmp_path / "card.csv"
    path.write_text("Date,Description,Amount\n01/03/2024,DELTA AIR LINES,512.40\n01/05/2024,UBER EATS,38.16\n"
                    "01/20/2024,PAYMENT,-550.56\n")
    _, out, _ = preview(capsys, str(path), "--account-type", "credit", "--json")
    assert [t["amount"] for t in json.loads(out)["transactions"]] == ["-512.40", "-38.16", "550.56"]


def test_the_readable_preview_shows_a_table_and_the_decisions(statement, capsys):
    code, out, _ = preview(capsys, str(statement))
    assert code == 0
    assert "REWE Markt" in out and "-23.45" in out
    assert "Decisions:" in out and "decimal_mark" in out and "Skipped:" in out and "line 3" in out


def test_overrides_on_the_command_line_change_the_reading(tmp_path, capsys):
    path = tmp_path / "ambiguous.csv"
    path.write_text("Date,Text,Amount,Note\n03/04/2024,A,-1.00,x\n05/06/2024,B,-2.00,y\n")
    _, out, _ = preview(capsys, str(path), "--json", "--date-format", "MDY", "--column", "Note=ignore",
                        "--skip-line", "3", "--sign", "inverted")
    doc = json.loads(out)
    assert doc["transactions"] == [{"date": "2024-03-04", "amount": "1.00", "description": "A", "balance": None,
                                    "currency": None, "status": "posted"}]
    assert doc["skipped"] == [{"line": 3, "reason": "skipped as asked"}]


def test_saved_overrides_from_a_confirmed_preview_can_be_passed_back(tmp_path, capsys, statement):
    saved = tmp_path / "overrides.json"
    saved.write_text(json.dumps({"columns": {"Status": "ignore"}}))
    _, out, _ = preview(capsys, str(statement), "--json", "--overrides", str(saved))
    assert len(json.loads(out)["transactions"]) == 4  # without a status column, the declined row is kept


def test_a_bad_override_exits_2_and_says_which(capsys, statement):
    code, _, err = preview(capsys, str(statement), "--json", "--column", "Betrag=money")
    assert code == 2 and "money" in err and "invalid_override" in err


def test_import_lists_preview_and_a_bare_import_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["import", "--help"])
    assert done.value.code == 0 and "preview" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["import"])
    assert done.value.code == 2


def test_preview_needs_no_database_and_loads_none_of_its_modules(statement, tmp_path):
    # Given settings that would make any database connection fail
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
           "CASHPILOT_DATA_DIR": str(tmp_path / "no-such-dir" / "x")}
    code = ("import json, sys; from cashpilot.cli import main; rc = main(['import', 'preview', sys.argv[1], '--json']);"
            "print(json.dumps(sorted(m for m in ('sqlalchemy', 'psycopg', 'pgserver', 'boto3', 'fastapi') "
            "if m in sys.modules)), file=sys.stderr); sys.exit(rc)")
    # When the preview runs in a fresh process
    done = subprocess.run([sys.executable, "-c", code, str(statement)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    # Then it succeeds without touching (or even importing) the database side
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["transactions"]
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []


def test_cashpilot_help_stays_fast_and_lists_import():
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "from cashpilot.cli import build_parser; "
                           "build_parser().format_help()"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "cashpilot.domain.statements" not in done.stderr  # the parser is loaded only when a preview runs
    assert "import" in subprocess.run([sys.executable, "-m", "cashpilot.cli", "--help"], cwd=REPO,
                                      capture_output=True, text=True, timeout=60).stdout


def test_a_fixture_previews_through_a_real_subprocess():
    path = CORPUS / "nl_ing" / "statement.csv"
    done = subprocess.run([sys.executable, "-m", "cashpilot.cli", "import", "preview", str(path), "--json"],
                          cwd=REPO, capture_output=True, timeout=60)
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["transactions"]) == 4
