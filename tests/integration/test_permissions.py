"""Owners manage members; editors change data; viewers only read."""

from __future__ import annotations

import pytest


@pytest.fixture
def team(register):
    owner = register()
    owner.create_business("Team Co", "USD")
    account = owner.create_account("Ops")
    tx = owner.create_transaction(account["id"], "-5.00")
    members = {}
    for role in ("editor", "viewer"):
        user = register()
        owner.ok("POST", f"/businesses/{owner.business_id}/members", 201, json={"email": user.email, "role": role})
        user.business_id = owner.business_id
        members[role] = user
    return {"owner": owner, "editor": members["editor"], "viewer": members["viewer"], "account": account, "tx": tx}


def test_viewer_reads_but_cannot_write(team):
    viewer = team["viewer"]
    assert viewer.ok("GET", "/transactions")["total"] == 1
    assert viewer.ok("GET", "/accounts")[0]["name"] == "Ops"
    attempts = [
        ("POST", "/accounts", {"name": "Nope"}),
        ("PATCH", f"/accounts/{team['account']['id']}", {"name": "Nope"}),
        ("DELETE", f"/accounts/{team['account']['id']}", None),
        ("POST", "/transactions", {"account_id": team["account"]["id"], "amount": "1.00",
                                   "transaction_date": "2026-01-01"}),
        ("PATCH", f"/transactions/{team['tx']['id']}", {"amount": "1.00"}),
        ("DELETE", f"/transactions/{team['tx']['id']}", None),
        ("POST", "/categories", {"name": "Nope", "type": "expense"}),
        ("POST", "/entities", {"name": "Nope", "type": "customer"}),
        ("PATCH", f"/businesses/{viewer.business_id}", {"name": "Nope"}),
        ("PATCH", f"/businesses/{viewer.business_id}/settings", {"payment_terms_days": 3}),
    ]
    for method, path, body in attempts:
        r = viewer.request(method, path, json=body)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "insufficient_role"
    assert team["owner"].ok("GET", f"/transactions/{team['tx']['id']}")["amount"] == "-5.00"


def test_editor_writes_data_but_cannot_manage_members_or_business(team, register):
    editor = team["editor"]
    tx = editor.create_transaction(team["account"]["id"], "12.00")
    assert editor.ok("PATCH", f"/transactions/{tx['id']}", json={"description": "edited"})["description"] == "edited"
    outsider = register()
    bid = editor.business_id
    for method, path, body in [
        ("POST", f"/businesses/{bid}/members", {"email": outsider.email, "role": "viewer"}),
        ("PATCH", f"/businesses/{bid}/members/{team['viewer'].user['id']}", {"role": "owner"}),
        ("DELETE", f"/businesses/{bid}/members/{team['viewer'].user['id']}", None),
        ("PATCH", f"/businesses/{bid}", {"name": "Mine now"}),
        ("PUT", f"/businesses/{bid}/settings", {}),
    ]:
        r = editor.request(method, path, json=body)
        assert r.status_code == 403, (method, path, r.text)


def test_owner_manages_members(team, register):
    owner = team["owner"]
    bid = owner.business_id
    members = owner.ok("GET", f"/businesses/{bid}/members")
    assert sorted(m["role"] for m in members) == ["editor", "owner", "viewer"]
    viewer = team["viewer"]
    owner.ok("PATCH", f"/businesses/{bid}/members/{viewer.user['id']}", json={"role": "editor"})
    assert viewer.create_transaction(team["account"]["id"], "1.00")["amount"] == "1.00"
    owner.ok("DELETE", f"/businesses/{bid}/members/{viewer.user['id']}", 204)
    r = viewer.get("/transactions")
    assert r.status_code == 404 and r.json()["error"]["code"] == "business_not_found"


def test_inviting_unknown_or_existing_members(team):
    owner = team["owner"]
    bid = owner.business_id
    r = owner.post(f"/businesses/{bid}/members", json={"email": "nobody-here@example.com", "role": "viewer"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "user_not_found"
    r = owner.post(f"/businesses/{bid}/members", json={"email": team["editor"].email, "role": "viewer"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "already_member"


def test_a_business_always_keeps_an_owner(team):
    owner = team["owner"]
    bid = owner.business_id
    me = owner.user["id"]
    r = owner.patch(f"/businesses/{bid}/members/{me}", json={"role": "editor"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "last_owner"
    r = owner.delete(f"/businesses/{bid}/members/{me}")
    assert r.status_code == 409
    # with a second owner the first may step down
    owner.ok("PATCH", f"/businesses/{bid}/members/{team['editor'].user['id']}", json={"role": "owner"})
    owner.ok("PATCH", f"/businesses/{bid}/members/{me}", json={"role": "viewer"})
    r = owner.post("/accounts", json={"name": "x"})
    assert r.status_code == 403


def test_any_member_may_leave(team):
    viewer = team["viewer"]
    viewer.ok("DELETE", f"/businesses/{viewer.business_id}/members/{viewer.user['id']}", 204)
    assert viewer.ok("GET", "/businesses") == []
