"""Bad input gets a clear 4xx in the error envelope; never a 500, never a half-write."""

from __future__ import annotations

import uuid

import pytest


def _assert_envelope(r, status, code=None):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_malformed_json(owner):
    for raw in (b"{bad json", b'{"amount": }', b"[1, 2", b"\xff\xfe\x00"):
        r = owner.post("/transactions", content=raw, headers={"Content-Type": "application/json"})
        _assert_envelope(r, 400, "malformed_json")


def test_body_that_is_not_an_object(owner):
    for raw in (b"[]", b"42", b'"text"', b"null"):
        r = owner.post("/accounts", content=raw, headers={"Content-Type": "application/json"})
        assert r.status_code in (400, 422), r.text
        _assert_envelope(r, r.status_code)
    _assert_envelope(owner.post("/accounts"), 400, "body_required")


def test_wrong_types_name_the_field(owner):
    account = owner.create_account()
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": {"x": 1},
                                         "transaction_date": "yesterday", "tags": "not-a-list"})
    err = _assert_envelope(r, 422, "validation_error")
    assert {d["field"] for d in err["details"]} == {"amount", "transaction_date", "tags"}
    r = owner.post("/transactions", json={"account_id": "not-a-uuid", "amount": "1", "transaction_date": "2026-01-01"})
    _assert_envelope(r, 422, "validation_error")
    r = owner.post("/accounts", json={"name": "A", "unexpected": True})
    err = _assert_envelope(r, 422, "validation_error")
    assert err["details"][0]["field"] == "unexpected"


def test_unknown_ids(owner):
    unknown = str(uuid.uuid4())
    for path in (f"/transactions/{unknown}", f"/accounts/{unknown}", f"/entities/{unknown}",
                 f"/categories/{unknown}", f"/transactions/{unknown}/audit-log"):
        _assert_envelope(owner.get(path), 404)
    _assert_envelope(owner.get("/transactions/not-a-uuid"), 422)
    _assert_envelope(owner.get("/no/such/endpoint"), 404, "not_found")
    _assert_envelope(owner.request("PUT", "/transactions"), 405, "method_not_allowed")


def test_business_header_missing_malformed_or_foreign(register):
    api = register()
    api.create_business()
    r = api.client.get("/api/v1/accounts", headers={"Authorization": f"Bearer {api.token}"})
    _assert_envelope(r, 400, "business_header_missing")
    _assert_envelope(api.get("/accounts", business_id="12345"), 400, "invalid_business_id")
    _assert_envelope(api.get("/accounts", business_id=str(uuid.uuid4())), 404, "business_not_found")


def test_oversized_body_is_refused_before_reading(owner):
    account = owner.create_account()
    huge = "x" * 1_100_000
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                         "transaction_date": "2026-01-01", "description": huge})
    _assert_envelope(r, 413, "payload_too_large")
    assert owner.ok("GET", "/transactions")["total"] == 0


def test_oversized_chunked_body_is_refused(owner):
    def chunks():
        for _ in range(40):
            yield b"x" * 50_000

    r = owner.post("/accounts", content=chunks(), headers={"Content-Type": "application/json"})
    _assert_envelope(r, 413, "payload_too_large")


def test_long_fields_and_limits(owner):
    account = owner.create_account()
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                         "transaction_date": "2026-01-01", "description": "d" * 5000})
    _assert_envelope(r, 422)
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                         "transaction_date": "2026-01-01", "tags": [f"t{i}" for i in range(50)]})
    _assert_envelope(r, 422)
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                         "transaction_date": "2026-01-01", "metadata": {"k": "v" * 20_000}})
    _assert_envelope(r, 422)
    r = owner.get("/transactions", params={"limit": 0})
    _assert_envelope(r, 422)
    assert owner.ok("GET", "/transactions", params={"limit": 100_000})["limit"] == 500


@pytest.mark.parametrize("day", ["2026-02-30", "0000-01-01", "99999-01-01", "2026-13-01"])
def test_impossible_dates(owner, day):
    account = owner.create_account()
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00", "transaction_date": day})
    _assert_envelope(r, 422)


def test_nothing_is_half_written_when_a_request_fails(owner):
    # A failing reference check happens after nothing was written; the transaction list stays empty.
    account = owner.create_account()
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                         "transaction_date": "2026-01-01", "entity_id": str(uuid.uuid4())})
    _assert_envelope(r, 422)
    assert owner.ok("GET", "/transactions")["total"] == 0


def test_unexpected_errors_are_enveloped_500s(app, owner, monkeypatch):
    from cashpilot.services import accounts

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(accounts, "list_accounts", boom)
    r = owner.get("/accounts")
    err = _assert_envelope(r, 500, "internal_error")
    assert "disk on fire" not in r.text and err["details"]["request_id"] == r.headers["x-request-id"]
