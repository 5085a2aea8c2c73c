"""The S3-triggered import function, fed the sample event in events/s3/ against moto's S3."""

from __future__ import annotations

import copy
import json
import os
import uuid
from pathlib import Path
from urllib.parse import quote_plus

import boto3
import pytest
from moto import mock_aws

from tests.functional.test_api_handler import LambdaContext

EVENT = json.loads((Path(__file__).resolve().parents[2] / "events" / "s3" / "import_parser_put.json").read_text())
BUCKET = "cashpilot-test-imports"
CSV = b"Date,Description,Amount\n2026-01-02,Coffee,-3.50\n2026-01-02,Coffee,-3.50\n2026-01-05,Client payment,900.00\n"


@pytest.fixture
def s3(database, monkeypatch):
    from cashpilot.config import reset_caches

    monkeypatch.setenv("CASHPILOT_IMPORTS_BUCKET", BUCKET)
    with mock_aws():
        reset_caches()
        client = boto3.client("s3", region_name=os.environ["AWS_DEFAULT_REGION"])
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield client
    monkeypatch.delenv("CASHPILOT_IMPORTS_BUCKET")
    reset_caches()


@pytest.fixture
def handler(database):
    from functions.import_parser.handler import handler as fn

    return fn


def _event(key: str, etag: str, size: int) -> dict:
    event = copy.deepcopy(EVENT)
    obj = event["Records"][0]["s3"]
    obj["bucket"]["name"] = BUCKET
    obj["object"].update({"key": quote_plus(key, safe="/"), "eTag": etag, "size": size})
    return event


def _put(s3, key: str, body: bytes) -> dict:
    etag = s3.put_object(Bucket=BUCKET, Key=key, Body=body)["ETag"].strip('"')
    return _event(key, etag, len(body))


def test_a_dropped_file_becomes_an_import_and_a_replay_adds_nothing(s3, handler, owner):
    account = owner.create_account("Current")
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings", json={"imports": {"auto_confirm": "confident"}})
    event = _put(s3, f"imports/{owner.business_id}/{account['id']}/march statement.csv", CSV)

    first = handler(event, LambdaContext())["imports"][0]
    assert first["status"] == "completed" and first["rows_imported"] == 3
    assert owner.ok("GET", "/transactions")["total"] == 3

    again = handler(event, LambdaContext())["imports"][0]
    assert again["import_id"] == first["import_id"] and again["rows_imported"] == 3
    assert owner.ok("GET", "/transactions")["total"] == 3
    assert owner.ok("GET", "/imports")["total"] == 1

    # the same file uploaded again (a new object version) is a new import that adds nothing
    second = handler(_put(s3, f"imports/{owner.business_id}/{account['id']}/march statement.csv", CSV),
                     LambdaContext())["imports"][0]
    assert second["import_id"] == first["import_id"]  # same content, same etag: the same object version
    other_name = handler(_put(s3, f"imports/{owner.business_id}/{account['id']}/copy.csv", CSV),
                         LambdaContext())["imports"][0]
    assert other_name["import_id"] != first["import_id"] and other_name["rows_imported"] == 0
    assert other_name["rows_duplicate"] == 3
    assert owner.ok("GET", "/transactions")["total"] == 3


def test_unknown_format_waits_for_confirmation(s3, handler, owner):
    account = owner.create_account("Current")
    result = handler(_put(s3, f"imports/{owner.business_id}/{account['id']}/jan.csv", CSV), LambdaContext())
    job = result["imports"][0]
    assert job["status"] == "preview" and job["rows_imported"] == 0
    preview = owner.ok("GET", f"/imports/{job['import_id']}/preview")
    assert preview["row_count"] == 3 and preview["duplicates"]["new"] == 3
    done = owner.ok("POST", f"/imports/{job['import_id']}/confirm")
    assert done["rows_imported"] == 3


def test_presigned_upload_flow(s3, handler, owner):
    account = owner.create_account("Current")
    created = owner.ok("POST", "/imports", 201, json={"account_id": account["id"], "filename": "Kontoauszug März.csv"})
    upload = created["upload"]
    assert upload["method"] == "PUT" and upload["url"].startswith("https://") and BUCKET in upload["url"]
    assert created["import"]["status"] == "awaiting_upload"
    assert upload["key"].startswith(f"imports/{owner.business_id}/{account['id']}/{created['import']['id']}/")

    result = handler(_put(s3, upload["key"], CSV), LambdaContext())["imports"][0]
    assert result["import_id"] == created["import"]["id"] and result["status"] == "preview"


def test_keys_and_tenants_that_do_not_fit_are_refused_without_retrying(s3, handler, owner):
    account = owner.create_account("Current")
    cases = {
        "imports/not-a-business/file.csv": "invalid_object_key",
        f"uploads/{owner.business_id}/{account['id']}/file.csv": "invalid_object_key",
        f"imports/{uuid.uuid4()}/{account['id']}/file.csv": "business_not_found",
        f"imports/{owner.business_id}/{uuid.uuid4()}/file.csv": "account_not_found",
    }
    for key, code in cases.items():
        result = handler(_put(s3, key, CSV), LambdaContext())["imports"][0]
        assert result["error"]["code"] == code, key
    assert owner.ok("GET", "/imports")["total"] == 0


def test_another_tenants_account_in_the_key_is_refused(s3, handler, owner, register):
    other = register()
    other.create_business()
    foreign_account = other.create_account("Theirs")
    key = f"imports/{owner.business_id}/{foreign_account['id']}/x.csv"
    result = handler(_put(s3, key, CSV), LambdaContext())["imports"][0]
    assert result["error"]["code"] == "account_not_found"
    assert other.ok("GET", "/transactions")["total"] == 0


def test_not_a_statement_is_recorded_as_failed(s3, handler, owner):
    account = owner.create_account("Current")
    result = handler(_put(s3, f"imports/{owner.business_id}/{account['id']}/photo.jpg",
                          b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40), LambdaContext())["imports"][0]
    assert result["status"] == "failed"
    job = owner.ok("GET", f"/imports/{result['import_id']}")
    assert job["error"]["code"] == "binary_file" and owner.ok("GET", "/transactions")["total"] == 0


def test_s3_test_events_and_garbage_are_ignored(handler):
    assert handler({"Event": "s3:TestEvent", "Bucket": BUCKET}, LambdaContext()) == {"imports": []}
    assert handler({"Records": [{"nope": 1}]}, LambdaContext())["error"]["code"] == "invalid_event"
