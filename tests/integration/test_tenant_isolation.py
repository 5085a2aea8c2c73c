"""Tenant A can never see or touch tenant B's data: not through any endpoint, not with raw SQL."""

from __future__ import annotations

import psycopg
import pytest

TENANT_TABLES = ("accounts", "categories", "entities", "import_jobs", "transactions", "transaction_audit_log")


@pytest.fixture
def two_tenants(register):
    """Given two owners, each with a business holding an account, a category, an entity and a transaction."""
    tenants = []
    for name in ("Alpha GmbH", "Beta BV"):
        api = register()
        api.create_business(name, "EUR")
        account = api.create_account("Current")
        category = api.ok("POST", "/categories", 201, json={"name": f"{name} costs", "type": "expense"})
        entity = api.ok("POST", "/entities", 201, json={"name": f"{name} Supplier", "type": "supplier"})
        tx = api.create_transaction(account["id"], "-42.00", entity_id=entity["id"], category_id=category["id"],
                                    description=f"secret of {name}")
        tenants.append({"api": api, "account": account, "category": category, "entity": entity, "tx": tx})
    return tenants


def test_foreign_business_header_is_reported_as_unknown(two_tenants):
    a, b = two_tenants
    r = a["api"].get("/accounts", business_id=b["api"].business_id)
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "business_not_found"
    # exactly what an id that does not exist at all gives
    r2 = a["api"].get("/accounts", business_id="00000000-0000-4000-8000-000000000000")
    assert r2.status_code == 404
    assert r2.json()["error"]["code"] == r.json()["error"]["code"]
    assert r2.json()["error"]["message"] == r.json()["error"]["message"]


def test_foreign_business_paths_are_not_found(two_tenants):
    a, b = two_tenants
    bid = b["api"].business_id
    for method, path, kw in [
        ("GET", f"/businesses/{bid}", {}),
        ("PATCH", f"/businesses/{bid}", {"json": {"name": "pwned"}}),
        ("GET", f"/businesses/{bid}/settings", {}),
        ("PATCH", f"/businesses/{bid}/settings", {"json": {"payment_terms_days": 1}}),
        ("GET", f"/businesses/{bid}/members", {}),
        ("POST", f"/businesses/{bid}/members", {"json": {"email": a["api"].email, "role": "owner"}}),
        ("DELETE", f"/businesses/{bid}/members/{b['api'].user['id']}", {}),
    ]:
        r = a["api"].request(method, path, **kw)
        assert r.status_code == 404, (method, path, r.text)
    assert [x["id"] for x in a["api"].ok("GET", "/businesses")] == [a["api"].business_id]
    assert b["api"].ok("GET", f"/businesses/{bid}")["name"] == "Beta BV"


@pytest.mark.parametrize(
    "method,path_template,body",
    [
        ("GET", "/accounts/{account}", None),
        ("PATCH", "/accounts/{account}", {"name": "x"}),
        ("DELETE", "/accounts/{account}", None),
        ("POST", "/accounts/{account}/restore", None),
        ("GET", "/accounts/{account}/balance-history", None),
        ("GET", "/categories/{category}", None),
        ("PATCH", "/categories/{category}", {"name": "x"}),
        ("POST", "/categories/{category}/archive", None),
        ("GET", "/entities/{entity}", None),
        ("PATCH", "/entities/{entity}", {"name": "x"}),
        ("DELETE", "/entities/{entity}", None),
        ("POST", "/entities/{entity}/restore", None),
        ("GET", "/transactions/{tx}", None),
        ("PATCH", "/transactions/{tx}", {"amount": "1.00"}),
        ("DELETE", "/transactions/{tx}", None),
        ("POST", "/transactions/{tx}/restore", None),
        ("GET", "/transactions/{tx}/audit-log", None),
    ],
)
def test_foreign_ids_are_not_found_through_every_endpoint(two_tenants, method, path_template, body):
    a, b = two_tenants
    path = path_template.format(account=b["account"]["id"], category=b["category"]["id"],
                                entity=b["entity"]["id"], tx=b["tx"]["id"])
    r = a["api"].request(method, path, json=body)
    assert r.status_code == 404, r.text
    assert r.json()["error"]["code"].endswith("not_found")
    # and B's data is untouched
    assert b["api"].ok("GET", f"/transactions/{b['tx']['id']}")["amount"] == "-42.00"
    assert b["api"].ok("GET", f"/accounts/{b['account']['id']}")["name"] == "Current"
    assert b["api"].ok("GET", f"/entities/{b['entity']['id']}")["name"] == "Beta BV Supplier"


def test_foreign_ids_in_a_body_are_refused(two_tenants):
    a, b = two_tenants
    api = a["api"]
    for field, value in [("account_id", b["account"]["id"]), ("entity_id", b["entity"]["id"]),
                         ("category_id", b["category"]["id"])]:
        body = {"account_id": a["account"]["id"], "amount": "5.00", "transaction_date": "2026-02-01", field: value}
        r = api.post("/transactions", json=body)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"].endswith("not_found")
        r = api.patch(f"/transactions/{a['tx']['id']}", json={field: value})
        assert r.status_code == 422, r.text
    r = api.post("/entities", json={"name": "X", "type": "customer", "default_category_id": b["category"]["id"]})
    assert r.status_code == 422
    r = api.post("/categories", json={"name": "Child", "type": "expense", "parent_id": b["category"]["id"]})
    assert r.status_code == 422


def test_lists_and_summaries_only_show_own_rows(two_tenants):
    a, b = two_tenants
    api = a["api"]
    assert {t["id"] for t in api.ok("GET", "/transactions")["items"]} == {a["tx"]["id"]}
    assert api.ok("GET", "/transactions", params={"q": "secret"})["total"] == 1
    assert [x["id"] for x in api.ok("GET", "/accounts")] == [a["account"]["id"]]
    assert b["entity"]["id"] not in {e["id"] for e in api.ok("GET", "/entities")["items"]}
    assert b["category"]["id"] not in {c["id"] for c in api.ok("GET", "/categories", params={"include_archived": True})}
    summary = api.ok("GET", "/transactions/summary")
    assert summary["currencies"][0]["totals"]["count"] == 1
    # filtering by the other tenant's ids finds nothing rather than leaking
    assert api.ok("GET", "/transactions", params={"account_id": b["account"]["id"]})["total"] == 0
    assert api.ok("GET", "/transactions", params={"entity_id": b["entity"]["id"]})["total"] == 0


def test_app_role_without_tenant_setting_sees_nothing(two_tenants, app_conninfo):
    with psycopg.connect(app_conninfo) as conn:
        for table in (*TENANT_TABLES, "businesses", "memberships"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_app_role_with_tenant_a_setting_sees_only_a(two_tenants, app_conninfo):
    a, b = two_tenants
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, true)", (a["api"].business_id,))
        ids = {str(r[0]) for r in conn.execute("SELECT id FROM transactions")}
        assert ids == {a["tx"]["id"]}
        assert {str(r[0]) for r in conn.execute("SELECT DISTINCT business_id FROM categories")} == {
            a["api"].business_id
        }
        # Writes aimed at B's rows touch nothing...
        updated = conn.execute("UPDATE transactions SET description = 'pwned' WHERE id = %s", (b["tx"]["id"],))
        assert updated.rowcount == 0
        # ...and rows claiming to be B's are rejected outright.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO accounts (business_id, name, type, currency) VALUES (%s, 'evil', 'bank', 'EUR')",
                (b["api"].business_id,),
            )


def test_tenant_setting_does_not_outlive_its_transaction(two_tenants, app_conninfo):
    a, _ = two_tenants
    with psycopg.connect(app_conninfo) as conn:
        with conn.transaction():
            conn.execute("SELECT set_config('app.business_id', %s, true)", (a["api"].business_id,))
            assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 1
        # a pooled connection reused by the next request starts with no tenant
        assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 0


def test_app_role_cannot_hard_delete_or_bypass(two_tenants, app_conninfo):
    a, _ = two_tenants
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, false)", (a["api"].business_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM transactions")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE transactions DISABLE ROW LEVEL SECURITY")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET ROLE postgres")
