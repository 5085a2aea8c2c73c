"""`cashpilot classify`: the contract our acceptance checks rely on (a scratch database, JSON on stdout)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "cashpilot.cli", "classify"]
pytestmark = pytest.mark.usefixtures("database")  # sets DATABASE_URL: scratch databases go on the test server


def _run(*args: str) -> subprocess.CompletedProcess:
    # The test session's DATABASE_URL: the scratch database is created (and dropped) on that server.
    return subprocess.run([*CLI, *args], env=dict(os.environ), capture_output=True, text=True, timeout=120)


@pytest.fixture
def statement(tmp_path: Path) -> Path:
    rows = ["Date,Description,Amount"]
    day = date(2025, 6, 2)
    for month in range(8):
        first = date(2025 + (5 + month) // 12, (5 + month) % 12 + 1, 1)
        rows.append(f"{first},SO OAKWOOD ESTATES RENT,-1850.00")
        rows.append(f"{first + timedelta(days=4)},ADOBE *CREATIVE CLOUD 800-833-6687 CA,-59.99")
        rows.append(f"{first + timedelta(days=9)},FPI BRIGHTLINE STUDIO REF INV {100 + month},2500.00")
        rows.append(f"{first + timedelta(days=12)},CARD PAYMENT TO HARTWELL BOOKBINDERY {month} ON {day:%d/%m},-42.10")
    path = tmp_path / "statement.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_it_prints_the_promised_document(statement):
    done = _run(str(statement), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"transactions", "series", "transfers"}
    assert len(out["transactions"]) == 32 and out["transfers"] == 0
    first = out["transactions"][0]
    assert set(first) == {"date", "amount", "description", "entity", "entity_type", "category", "method",
                          "confidence"}
    adobe = next(t for t in out["transactions"] if t["description"].startswith("ADOBE"))
    assert (adobe["entity"], adobe["entity_type"], adobe["category"], adobe["method"]) == (
        "Adobe", "supplier", "Software & Subscriptions", "dictionary")
    hartwell = [t for t in out["transactions"] if "HARTWELL" in t["description"]]
    assert {t["category"] for t in hartwell} == {None}  # abstained, not guessed
    assert {t["method"] for t in hartwell} == {"none"}
    series = {(s["entity"], s["cadence"]) for s in out["series"]}
    assert ("Brightline Studio", "monthly") in series and ("Adobe", "monthly") in series
    rent = next(s for s in out["series"] if s["amount"] == "-1850.00")
    assert rent["cadence"] == "monthly" and rent["next_date"] == "2026-02-01"


def test_corrections_teach_the_rest_of_the_counterparty(statement, tmp_path):
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        "description,category,entity\n"
        "CARD PAYMENT TO HARTWELL BOOKBINDERY 0 ON 02/06,Supplies & Materials,Hartwell Bookbindery\n")
    done = _run(str(statement), "--corrections", str(corrections), "--json")
    assert done.returncode == 0, done.stderr
    hartwell = [t for t in json.loads(done.stdout)["transactions"] if "HARTWELL" in t["description"]]
    assert {(t["entity"], t["category"]) for t in hartwell} == {("Hartwell Bookbindery", "Supplies & Materials")}
    assert sorted(t["method"] for t in hartwell) == ["manual"] + ["memory"] * 7


def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, statement):
    missing = _run(str(tmp_path / "nope.csv"), "--json")
    assert missing.returncode == 2 and missing.stdout == ""
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\x00\x01\x02 not a statement")
    assert _run(str(junk), "--json").returncode == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("description,category,entity\nADOBE,No Such Category,\n")
    unknown = _run(str(statement), "--corrections", str(bad), "--json")
    assert unknown.returncode == 2 and "No Such Category" in unknown.stderr


def test_a_labelled_file_comes_back_row_for_row_in_its_own_order(tmp_path):
    # An evaluation file: two businesses one after the other, the second newest first, with the answers in
    # columns of their own. The output lines up with the file, text for text (a fixed-width line keeps its
    # padding), and the answers never reach the description.
    labelled = tmp_path / "labelled.csv"
    labelled.write_text(
        "region,business,date,amount,description,entity,category\n"
        "US,us-roofing,2025-05-01,-2850.00,BILL PAYMENT MINGO VALLEY COMME CONF# N2U8C5GKX2,"
        "Mingo Valley Commercial Properties,Rent\n"
        "US,us-roofing,2025-05-04,-59.99,VISA CHECK CARD PUR 05/01 EAGLEVIEW TECH        866-659-8439  WA ****2780,"
        "EagleView,Software & Subscriptions\n"
        "UK,uk-cottages,2025-09-17,-174.46,FASTER PAYMENT OUT LAKELAND HOT TUB C HOT TUB SVC 8069,"
        "Lakeland Hot Tub Care,Supplies & Materials\n"
        "UK,uk-cottages,2025-07-16,-141.46,FASTER PAYMENT OUT LAKELAND HOT TUB C HOT TUB SVC 8299,"
        "Lakeland Hot Tub Care,Supplies & Materials\n")
    done = _run(str(labelled), "--json")
    assert done.returncode == 0, done.stderr
    got = [(t["date"], t["amount"], t["description"]) for t in json.loads(done.stdout)["transactions"]]
    assert got == [
        ("2025-05-01", "-2850.00", "BILL PAYMENT MINGO VALLEY COMME CONF# N2U8C5GKX2"),
        ("2025-05-04", "-59.99", "VISA CHECK CARD PUR 05/01 EAGLEVIEW TECH        866-659-8439  WA ****2780"),
        ("2025-09-17", "-174.46", "FASTER PAYMENT OUT LAKELAND HOT TUB C HOT TUB SVC 8069"),
        ("2025-07-16", "-141.46", "FASTER PAYMENT OUT LAKELAND HOT TUB C HOT TUB SVC 8299")]


def test_corrections_of_two_merchants_of_one_card_layout_teach_only_their_own_lines(tmp_path):
    # The bank prints the same words around every card merchant ("PAGAMENTO CARTA DEBIT *7783 DEL ... ORE ...").
    # A correction covers its merchant, never the layout's words: the third merchant stays for review.
    merchants = [("CASEIFICIO PIANIGIANI SIENA ITA", "-150.00"), ("FERRAMENTA BINDI SIENA ITA", "-61.00"),
                 ("CARTOLERIA IL PAPIRO SIENA ITA", "-6.10")]
    rows = ["Date,Description,Amount"]
    for i in range(9):
        merchant, amount = merchants[i % 3]
        rows.append(f"2026-04-{10 + i},PAGAMENTO CARTA DEBIT *7783 DEL {10 + i}/04/26 ORE 1{i}:4{i} {merchant},"
                    f"{amount}")
    statement = tmp_path / "mps.csv"
    statement.write_text("\n".join(rows) + "\n")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("description,category,entity\n"
                           f"{rows[1].split(',')[1]},Cost of Goods Sold,Caseificio Pianigiani\n"
                           f"{rows[2].split(',')[1]},Supplies & Materials,Ferramenta Bindi\n")
    done = _run(str(statement), "--corrections", str(corrections), "--json")
    assert done.returncode == 0, done.stderr
    got = {(t["description"].split(" ORE ")[1][6:], t["entity"], t["category"], t["method"])
           for t in json.loads(done.stdout)["transactions"]}
    assert got == {
        (merchants[0][0], "Caseificio Pianigiani", "Cost of Goods Sold", "manual"),
        (merchants[0][0], "Caseificio Pianigiani", "Cost of Goods Sold", "memory"),
        (merchants[1][0], "Ferramenta Bindi", "Supplies & Materials", "manual"),
        (merchants[1][0], "Ferramenta Bindi", "Supplies & Materials", "memory"),
        (merchants[2][0], "Cartoleria Il Papiro", None, "none")}
