"""Every change to a transaction is recorded by the database, with who and when, and the record cannot be altered."""

from __future__ import annotations

import psycopg
import pytest


def test_audit_log_records_create_update_delete_restore(owner):
    account = owner.create_account()
    tx = owner.create_transaction(account["id"], "-19.99", description="Printer ink")
    owner.ok("PATCH", f"/transactions/{tx['id']}", json={"amount": "-21.49", "tags": ["office"]})
    owner.ok("DELETE", f"/transactions/{tx['id']}", 204)
    owner.ok("POST", f"/transactions/{tx['id']}/restore")

    log = owner.ok("GET", f"/transactions/{tx['id']}/audit-log")
    assert [e["action"] for e in log] == ["create", "update", "delete", "restore"]
    assert all(e["actor_user_id"] == owner.user["id"] for e in log)
    assert all(e["request_id"] for e in log)
    update = log[1]
    assert update["changed_fields"] == ["amount", "tags"]
    assert update["changes"]["amount"] == {"old": "-19.99", "new": "-21.49"}  # exact, never float
    assert log[0]["changes"]["description"]["new"] == "Printer ink"
    assert log[2]["changed_fields"] == ["deleted_at"]


def test_an_update_that_changes_nothing_is_not_logged_and_keeps_the_version(owner):
    account = owner.create_account()
    tx = owner.create_transaction(account["id"], "-1.00", description="same")
    again = owner.ok("PATCH", f"/transactions/{tx['id']}", json={"description": "same"})
    assert again["version"] == tx["version"] == 1
    assert len(owner.ok("GET", f"/transactions/{tx['id']}/audit-log")) == 1


def test_versions_increase_and_stale_writes_are_refused(owner):
    account = owner.create_account()
    tx = owner.create_transaction(account["id"], "-1.00")
    v2 = owner.ok("PATCH", f"/transactions/{tx['id']}", json={"description": "first", "version": 1})
    assert v2["version"] == 2
    r = owner.patch(f"/transactions/{tx['id']}", json={"description": "stale", "version": 1})
    assert r.status_code == 409 and r.json()["error"]["code"] == "version_conflict"
    assert r.json()["error"]["details"]["current_version"] == 2
    assert owner.ok("GET", f"/transactions/{tx['id']}")["description"] == "first"


@pytest.fixture
def logged_transaction(owner):
    account = owner.create_account()
    tx = owner.create_transaction(account["id"], "-3.00")
    return owner, tx


def test_app_role_cannot_alter_or_forge_the_log(logged_transaction, app_conninfo):
    owner, tx = logged_transaction
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, false)", (owner.business_id,))
        assert conn.execute("SELECT count(*) FROM transaction_audit_log WHERE transaction_id = %s",
                            (tx["id"],)).fetchone()[0] == 1
        for statement in (
            "UPDATE transaction_audit_log SET action = 'forged'",
            "DELETE FROM transaction_audit_log",
            "TRUNCATE transaction_audit_log",
            f"INSERT INTO transaction_audit_log (business_id, transaction_id, action) "
            f"VALUES ('{owner.business_id}', '{tx['id']}', 'create')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
            conn.execute("SELECT set_config('app.business_id', %s, false)", (owner.business_id,))


def test_even_the_owner_role_cannot_rewrite_history(logged_transaction, owner_conninfo):
    _, tx = logged_transaction
    with psycopg.connect(owner_conninfo) as conn:
        for statement in ("UPDATE transaction_audit_log SET action = 'forged'",
                          "DELETE FROM transaction_audit_log",
                          "TRUNCATE transaction_audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
                conn.execute(statement)
            conn.rollback()
        assert conn.execute("SELECT action FROM transaction_audit_log WHERE transaction_id = %s",
                            (tx["id"],)).fetchall() == [("create",)]


def test_writes_outside_the_api_are_audited_too(logged_transaction, app_conninfo):
    owner, tx = logged_transaction
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, true), set_config('app.actor', 'import', true)",
                     (owner.business_id,))
        conn.execute("UPDATE transactions SET status = 'reconciled' WHERE id = %s", (tx["id"],))
        conn.commit()
    log = owner.ok("GET", f"/transactions/{tx['id']}/audit-log")
    assert log[-1]["action"] == "update" and log[-1]["actor"] == "import"
    assert log[-1]["changes"]["status"] == {"old": "cleared", "new": "reconciled"}
