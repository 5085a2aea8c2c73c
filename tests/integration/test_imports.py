"""Importing statements into the database: nothing lost, nothing double-counted, nothing merged silently."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.objects import default_store
from cashpilot.services import imports

HEADER = "Date,Description,Amount,Balance\n"
JANUARY = HEADER + (
    "2026-01-02,Coffee Shop,-3.50,996.50\n"
    "2026-01-02,Coffee Shop,-3.50,993.00\n"
    "2026-01-03,ACME LTD INVOICE 1001,1500.00,2493.00\n"
    "2026-01-05,Rent January,-1200.00,1293.00\n"
)


class RecordingWorkflows:
    def __init__(self) -> None:
        self.started: list[uuid.UUID] = []

    def start_pipeline(self, *, import_id, business_id, account_id):
        self.started.append(import_id)
        return f"arn:aws:states:eu-west-1:123456789012:execution:pipeline:{import_id}"


@pytest.fixture
def world(owner, monkeypatch):
    account = owner.create_account("Current", opening_balance="1000.00")
    workflows = RecordingWorkflows()
    # the API's confirm takes the default ports: the local folder store, and this recorder for Step Functions
    monkeypatch.setattr(imports, "default_workflows", lambda: workflows)
    return {"api": owner, "account": account, "store": default_store(), "workflows": workflows,
            "target": imports.ImportTarget(uuid.UUID(owner.business_id), uuid.UUID(owner.user["id"]))}


def _import(world, text: str | bytes, *, confirm: bool = True, filename: str = "statement.csv", account=None):
    data = text.encode() if isinstance(text, str) else text
    with UnitOfWork() as uow:
        job = imports.import_file(uow, world["target"], account_id=uuid.UUID((account or world["account"])["id"]),
                                  filename=filename, data=data, store=world["store"], workflows=world["workflows"],
                                  confirm_now=confirm)
        return {"id": str(job.id), "status": job.status, "imported": job.rows_imported,
                "duplicates": job.rows_duplicate, "updated": job.rows_updated, "flagged": job.rows_flagged,
                "skipped": job.rows_skipped, "auto": job.auto_confirmed, "error": job.error, "preview": job.preview}


def _rows(api, **params):
    return api.ok("GET", "/transactions", params={"limit": 500, "sort": "transaction_date", **params})["items"]


def test_first_import_previews_then_commits_on_confirm(world):
    api = world["api"]
    job = _import(world, JANUARY, confirm=False)
    assert job["status"] == "preview" and not job["auto"]
    assert _rows(api) == []  # a preview writes nothing
    preview = api.ok("GET", f"/imports/{job['id']}/preview")
    assert preview["row_count"] == 4 and preview["duplicates"]["new"] == 4
    assert [r["amount"] for r in preview["rows"]] == ["-3.50", "-3.50", "1500.00", "-1200.00"]
    assert {c["role"] for c in preview["format"]["columns"]} >= {"date", "amount", "description", "balance"}
    assert preview["confidence"] > 0.8 and not preview["known_format"]

    done = api.ok("POST", f"/imports/{job['id']}/confirm")
    assert done["status"] == "completed" and done["rows_imported"] == 4
    rows = _rows(api)
    assert [r["amount"] for r in rows] == ["-3.50", "-3.50", "1500.00", "-1200.00"]
    assert rows[2]["import_id"] == job["id"] and rows[2]["metadata"]["import"]["line"] == 4
    assert rows[2]["metadata"]["import"]["raw"]["Description"] == "ACME LTD INVOICE 1001"
    assert api.ok("GET", f"/accounts/{world['account']['id']}")["current_balance"] == "1293.00"
    assert world["workflows"].started == [uuid.UUID(job["id"])]
    # confirming again changes nothing
    again = api.ok("POST", f"/imports/{job['id']}/confirm")
    assert again["rows_imported"] == 4 and len(_rows(api)) == 4


def test_reimporting_the_same_file_adds_nothing_and_is_auto_confirmed(world):
    _import(world, JANUARY)
    second = _import(world, JANUARY, confirm=False)
    assert second["status"] == "completed" and second["auto"]  # the format is known now
    assert second["imported"] == 0 and second["duplicates"] == 4
    assert len(_rows(world["api"])) == 4


def test_identical_rows_stay_separate_and_overlap_adds_only_new_rows(world):
    _import(world, JANUARY)
    overlapping = HEADER + (
        "2026-01-02,Coffee Shop,-3.50,996.50\n"
        "2026-01-02,Coffee Shop,-3.50,993.00\n"
        "2026-01-02,Coffee Shop,-3.50,989.50\n"  # a third coffee that day: genuinely new
        "2026-01-05,Rent January,-1200.00,1293.00\n"
        "2026-01-09,Stationery,-20.00,1273.00\n"
    )
    job = _import(world, overlapping)
    assert job["imported"] == 2 and job["duplicates"] == 3
    coffees = _rows(world["api"], q="coffee")
    assert len(coffees) == 3


def test_pending_row_later_posted_is_updated_not_duplicated(world):
    pending = "Date,Description,Amount,Status\n2026-02-01,HARDWARE STORE PENDING,-89.90,Pending\n"
    first = _import(world, pending)
    assert first["imported"] == 1
    [row] = _rows(world["api"])
    assert row["status"] == "pending"
    posted = "Date,Description,Amount,Status\n2026-02-03,HARDWARE STORE LONDON,-89.90,Booked\n"
    second = _import(world, posted, filename="feb.csv")
    assert second["imported"] == 0 and second["updated"] == 1
    [row] = _rows(world["api"])
    assert row["status"] == "cleared" and row["transaction_date"] == "2026-02-03"
    assert row["description"] == "HARDWARE STORE LONDON"
    assert [e["action"] for e in world["api"].ok("GET", f"/transactions/{row['id']}/audit-log")] == ["create", "update"]


def test_near_duplicates_are_flagged_not_dropped(world):
    api = world["api"]
    manual = api.create_transaction(world["account"]["id"], "-42.00", "2026-03-10", description="Amazon Marketplace")
    job = _import(world, "Date,Description,Amount\n2026-03-11,AMAZON MKTPLACE PMTS 112233,-42.00\n")
    assert job["imported"] == 1 and job["flagged"] == 1
    imported = [r for r in _rows(api) if r["id"] != manual["id"]]
    assert imported[0]["metadata"]["review"] == {"reason": "possible_duplicate", "of": manual["id"]}


@pytest.mark.parametrize(
    "content,code",
    [
        (b"", "empty_file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary_file"),
        (b"PK\x03\x04" + b"\x00" * 400, "binary_file"),
        (b"Dear diary, today nothing happened.\nThe end.\n", "not_a_statement"),
    ],
)
def test_files_that_are_not_statements_fail_clearly_and_write_nothing(world, content, code):
    job = _import(world, content)
    assert job["status"] == "failed" and job["error"]["code"] == code and job["error"]["message"]
    assert _rows(world["api"]) == []
    listed = world["api"].ok("GET", f"/imports/{job['id']}")
    assert listed["status"] == "failed" and listed["error"]["code"] == code


def test_bad_rows_are_listed_and_good_rows_committed(world):
    content = HEADER + (
        "2026-01-02,Coffee,-3.50,996.50\n"
        "2026-01-03,Broken amount,abc,\n"
        "not a date,Broken date,-1.00,\n"
        "2026-01-04,Lunch,-12.00,984.50\n"
    )
    job = _import(world, content, confirm=False)
    skipped = {s["line"]: s["reason"] for s in job["preview"]["skipped"]}
    assert set(skipped) == {3, 4} and all(skipped.values())
    done = world["api"].ok("POST", f"/imports/{job['id']}/confirm")
    assert done["rows_imported"] == 2 and done["rows_error"] == 2
    assert [r["description"] for r in _rows(world["api"])] == ["Coffee", "Lunch"]


def test_remap_overrides_a_decision(world):
    api = world["api"]
    ambiguous = "Date,Description,Amount\n01/02/2026,A,-1.00\n03/04/2026,B,-2.00\n"
    job = _import(world, ambiguous, confirm=False)
    before = [r["date"] for r in api.ok("GET", f"/imports/{job['id']}/preview")["rows"]]
    flipped = "MDY" if before[0] == "2026-02-01" else "DMY"
    after = api.ok("PUT", f"/imports/{job['id']}/mapping", json={"date_format": flipped})
    assert [r["date"] for r in after["rows"]] != before
    assert after["format"]["decisions"]["date_format"]["source"] == "override"
    r = api.put(f"/imports/{job['id']}/mapping", json={"columns": {"Amount": "no-such-role"}})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_override"
    r = api.put(f"/imports/{job['id']}/mapping", json={"decimal_mark": ";"})
    assert r.status_code == 422


def test_foreign_currency_rows_are_skipped_with_a_reason(world):
    content = "Date,Description,Amount,Currency\n2026-01-02,Hotel,-100.00,USD\n2026-01-03,Taxi,-20.00,EUR\n"
    job = _import(world, content, confirm=False)
    assert [s["reason"] for s in job["preview"]["skipped"]] == ["currency USD differs from the account's EUR"]


def test_an_import_commits_all_or_nothing(world, monkeypatch):
    job = _import(world, JANUARY, confirm=False)

    def boom(*args, **kwargs):
        raise RuntimeError("crash after the rows were written")

    monkeypatch.setattr(imports, "_remember_format", boom)
    with UnitOfWork() as uow, pytest.raises(RuntimeError):
        imports.confirm(uow, world["target"], uuid.UUID(job["id"]), store=world["store"],
                        workflows=world["workflows"])
    assert _rows(world["api"]) == []
    assert world["api"].ok("GET", f"/imports/{job['id']}")["status"] == "preview"


def test_import_api_permissions_and_isolation(world, register):
    api = world["api"]
    job = _import(world, JANUARY, confirm=False)
    history = api.ok("GET", "/imports")
    assert history["total"] == 1 and history["items"][0]["rows_total"] == 4
    stranger = register()
    stranger.create_business()
    for method, path in (("GET", f"/imports/{job['id']}"), ("GET", f"/imports/{job['id']}/preview"),
                         ("POST", f"/imports/{job['id']}/confirm")):
        assert stranger.request(method, path).status_code == 404
    r = stranger.post("/imports", json={"account_id": world["account"]["id"], "filename": "x.csv"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "account_not_found"
    viewer = register()
    api.ok("POST", f"/businesses/{api.business_id}/members", 201, json={"email": viewer.email, "role": "viewer"})
    viewer.business_id = api.business_id
    assert viewer.post(f"/imports/{job['id']}/confirm").status_code == 403
    assert viewer.ok("GET", f"/imports/{job['id']}/preview")["row_count"] == 4


def test_import_rows_land_in_the_database_with_their_fingerprint(world, owner_conninfo):
    job = _import(world, JANUARY)
    with psycopg.connect(owner_conninfo) as conn:
        fps = conn.execute("SELECT fingerprint FROM transactions WHERE import_id = %s", (job["id"],)).fetchall()
    assert len({f for (f,) in fps}) == 4 and all(f.startswith("v1:") for (f,) in fps)


def test_fifty_megabytes_of_garbage_is_refused_quickly(world):
    import os
    import time

    started = time.monotonic()
    job = _import(world, os.urandom(50 * 1024 * 1024))
    assert job["status"] == "failed" and job["error"]["code"] in ("binary_file", "not_a_statement")
    assert time.monotonic() - started < 30
    assert _rows(world["api"]) == []


def test_files_over_the_limit_are_refused_before_parsing(world, monkeypatch):
    from cashpilot.config import get_settings
    from cashpilot.domain.errors import InvalidInput

    monkeypatch.setattr(get_settings(), "import_max_bytes", 1000)
    with UnitOfWork() as uow, pytest.raises(InvalidInput) as err:
        imports.import_file(uow, world["target"], account_id=uuid.UUID(world["account"]["id"]), filename="big.csv",
                            data=JANUARY.encode() * 50, store=world["store"], workflows=world["workflows"])
    assert err.value.code == "file_too_large"
