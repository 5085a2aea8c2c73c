"""The fixture corpus: real-world bank export layouts, each read exactly as a person would read it.

Every folder under tests/fixtures/statements/ holds one statement file (rows invented, layout modelled on
the bank's publicly described export) and an expected.json with the exact transactions, the decisions
that matter for that layout and the lines that must be reported as skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cashpilot.cli import main
from cashpilot.domain.statements import parse_statement

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "statements"
FIXTURES = sorted(p.name for p in CORPUS.iterdir() if (p / "expected.json").exists())


def _expected(name: str) -> dict:
    return json.loads((CORPUS / name / "expected.json").read_text(encoding="utf-8"))


def test_the_corpus_covers_at_least_25_formats_from_several_countries():
    assert len(FIXTURES) >= 25
    countries = {name.split("_")[0] for name in FIXTURES}
    assert {"us", "uk", "de", "nl", "fr", "es", "pt", "br", "ch", "cz", "pl"} <= countries


@pytest.mark.parametrize("name", FIXTURES)
def test_preview_reads_every_transaction_of_the_fixture_exactly(name, capsys):
    # Given a statement file as the bank exports it
    expected = _expected(name)
    argv = ["import", "preview", str(CORPUS / name / expected["file"]), "--json"]
    if expected["account_type"]:
        argv += ["--account-type", expected["account_type"]]

    # When the user previews it
    code = main(argv)
    out = json.loads(capsys.readouterr().out)

    # Then every transaction is there, exactly, in file order, and nothing else
    assert code == 0
    assert out["transactions"] == expected["transactions"]
    assert 0 < out["confidence"] <= 1


@pytest.mark.parametrize("name", FIXTURES)
def test_the_decisions_that_matter_for_the_layout_are_the_right_ones(name):
    # Given a statement file and the decisions its layout needs (delimiter, dates, decimal mark, signs...)
    expected = _expected(name)
    data = (CORPUS / name / expected["file"]).read_bytes()

    # When it is parsed
    result = parse_statement(data, account_type=expected["account_type"])

    # Then those decisions were made, and every line left out is reported with a reason
    for decision, value in expected["decisions"].items():
        got = result.format.header_line if decision == "header" else result.format.decision_value(decision)
        assert got == value, f"{decision}: {got!r} != {value!r}"
    skipped = {s.line: s.reason for s in result.skipped}
    for line in expected["skipped_lines"]:
        assert skipped.get(line)
    assert all(s.reason for s in result.skipped)


@pytest.mark.parametrize("name", FIXTURES)
def test_each_row_keeps_its_line_and_raw_text_for_the_database(name):
    expected = _expected(name)
    path = CORPUS / name / expected["file"]
    result = parse_statement(path.read_bytes(), account_type=expected["account_type"])

    lines = [row.line for row in result.transactions]
    assert all(line >= 1 for line in lines)
    assert len(set(lines)) == len(lines)  # one file line never yields two transactions
    assert all(row.raw and all(isinstance(v, str) for v in row.raw.values()) for row in result.transactions)
    assert result.format.shape_fingerprint and result.format.fingerprint
