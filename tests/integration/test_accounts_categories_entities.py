"""Accounts with balances and history; categories; customers and suppliers."""

from __future__ import annotations


def test_account_defaults_and_balance(owner):
    account = owner.create_account("Main", opening_balance="1000.00")
    assert account["currency"] == "EUR" and account["type"] == "bank"
    owner.create_transaction(account["id"], "-250.00", "2026-01-10")
    owner.create_transaction(account["id"], "99.99", "2026-01-11", status="pending")  # not booked yet
    assert owner.ok("GET", f"/accounts/{account['id']}")["current_balance"] == "750.00"


def test_account_names_are_unique_and_currency_locks_with_transactions(owner):
    account = owner.create_account("Main")
    r = owner.post("/accounts", json={"name": "main"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "account_name_taken"
    owner.ok("PATCH", f"/accounts/{account['id']}", json={"currency": "USD"})  # no transactions yet
    owner.create_transaction(account["id"], "1.00")
    r = owner.patch(f"/accounts/{account['id']}", json={"currency": "EUR"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "account_currency_locked"


def test_deleted_account_keeps_its_history(owner):
    account = owner.create_account("Old")
    tx = owner.create_transaction(account["id"], "-5.00")
    owner.ok("DELETE", f"/accounts/{account['id']}", 204)
    assert owner.ok("GET", "/accounts") == []
    assert owner.ok("GET", "/accounts", params={"include_deleted": True})[0]["deleted_at"]
    assert owner.ok("GET", f"/transactions/{tx['id']}")["amount"] == "-5.00"
    r = owner.post("/transactions", json={"account_id": account["id"], "amount": "1.00",
                                          "transaction_date": "2026-01-01"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "account_not_found"
    assert owner.ok("POST", f"/accounts/{account['id']}/restore")["deleted_at"] is None


def test_balance_history_is_a_daily_series(owner):
    account = owner.create_account("Main", opening_balance="100.00", opening_balance_date="2026-02-01")
    owner.create_transaction(account["id"], "-30.00", "2026-01-31")  # before the opening balance was taken
    owner.create_transaction(account["id"], "50.00", "2026-02-02")
    owner.create_transaction(account["id"], "-20.00", "2026-02-02")
    owner.create_transaction(account["id"], "-5.00", "2026-02-04")
    owner.create_transaction(account["id"], "-1000.00", "2026-02-03", status="pending")
    h = owner.ok("GET", f"/accounts/{account['id']}/balance-history",
                 params={"date_from": "2026-01-30", "date_to": "2026-02-05"})
    series = [(p["date"], p["balance"]) for p in h["points"]]
    assert series == [
        ("2026-01-30", "130.00"), ("2026-01-31", "100.00"), ("2026-02-01", "100.00"), ("2026-02-02", "130.00"),
        ("2026-02-03", "130.00"), ("2026-02-04", "125.00"), ("2026-02-05", "125.00"),
    ]
    assert h["points"][3]["inflow"] == "50.00" and h["points"][3]["outflow"] == "-20.00"
    assert owner.ok("GET", f"/accounts/{account['id']}")["current_balance"] == "125.00"
    default = owner.ok("GET", f"/accounts/{account['id']}/balance-history")
    assert len(default["points"]) == 90
    r = owner.get(f"/accounts/{account['id']}/balance-history", params={"date_from": "2000-01-01"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "date_range_too_long"


def test_categories_defaults_hierarchy_and_archive(owner):
    cats = owner.ok("GET", "/categories")
    names = {c["name"] for c in cats}
    assert {"Sales Revenue", "Salaries & Payroll", "Bank Fees", "Internal Transfer",
            "Owner Draw / Contribution"} <= names
    assert len(cats) == 24 and all(c["is_system"] for c in cats)
    marketing = owner.category_id("marketing")
    child = owner.ok("POST", "/categories", 201, json={"name": "Online ads", "type": "expense",
                                                        "parent_id": marketing})
    r = owner.post("/categories", json={"name": "Online ads", "type": "expense", "parent_id": marketing})
    assert r.status_code == 409 and r.json()["error"]["code"] == "category_name_taken"
    r = owner.post("/categories", json={"name": "Wrong", "type": "income", "parent_id": marketing})
    assert r.status_code == 422 and r.json()["error"]["code"] == "parent_type_mismatch"
    r = owner.patch(f"/categories/{marketing}", json={"parent_id": child["id"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "category_cycle"
    owner.ok("POST", f"/categories/{child['id']}/archive")
    assert child["id"] not in {c["id"] for c in owner.ok("GET", "/categories")}
    assert child["id"] in {c["id"] for c in owner.ok("GET", "/categories", params={"include_archived": True})}
    assert owner.ok("POST", f"/categories/{child['id']}/unarchive")["archived"] is False
    income = owner.ok("GET", "/categories", params={"type": "income"})
    assert {c["type"] for c in income} == {"income"} and len(income) == 6


def test_entities_crud_search_and_duplicates(owner):
    acme = owner.ok("POST", "/entities", 201, json={"name": "ACME Ltd.", "type": "customer",
                                                     "email": "ap@acme.example", "payment_terms_days": 45})
    assert acme["normalized_name"] == "acme"
    r = owner.post("/entities", json={"name": "Acme Limited", "type": "supplier"})
    assert r.status_code == 409 and r.json()["error"]["details"]["existing_id"] == acme["id"]
    owner.ok("POST", "/entities", 201, json={"name": "Müller GmbH & Co. KG", "type": "supplier"})
    owner.ok("POST", "/entities", 201, json={"name": "Both Ways BV", "type": "both"})
    customers = owner.ok("GET", "/entities", params={"type": "customer"})
    assert {e["name"] for e in customers["items"]} == {"ACME Ltd.", "Both Ways BV"}
    found = owner.ok("GET", "/entities", params={"q": "muller"})
    assert [e["name"] for e in found["items"]] == ["Müller GmbH & Co. KG"]
    updated = owner.ok("PATCH", f"/entities/{acme['id']}", json={"name": "Acme Retail", "type": "both"})
    assert updated["normalized_name"] == "acme retail"
    owner.ok("DELETE", f"/entities/{acme['id']}", 204)
    assert owner.get(f"/entities/{acme['id']}").status_code == 404
    assert owner.ok("GET", "/entities")["total"] == 2
    r = owner.post("/entities", json={"name": "!!!", "type": "customer"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_name"
    page = owner.ok("GET", "/entities", params={"limit": 1, "offset": 1})
    assert page["total"] == 2 and len(page["items"]) == 1


def test_business_settings_defaults_merge_and_validation(owner):
    bid = owner.business_id
    s = owner.ok("GET", f"/businesses/{bid}/settings")
    assert s["payment_terms_days"] == 30 and s["alert_thresholds"]["cash_buffer"] == "0.00"
    s = owner.ok("PATCH", f"/businesses/{bid}/settings",
                 json={"alert_thresholds": {"cash_buffer": "5000.00"}, "invoice_prefix": "AC-"})
    assert s["alert_thresholds"]["cash_buffer"] == "5000.00"
    assert s["alert_thresholds"]["late_payment_days"] == 7 and s["invoice_prefix"] == "AC-"
    r = owner.patch(f"/businesses/{bid}/settings", json={"alert_thresholds": {"cash_buffer": "-1"}})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_settings"
    r = owner.patch(f"/businesses/{bid}/settings", json={"no_such_setting": 1})
    assert r.status_code == 422
    assert owner.ok("GET", f"/businesses/{bid}/settings")["invoice_prefix"] == "AC-"
    s = owner.ok("PUT", f"/businesses/{bid}/settings", json={"payment_terms_days": 14})
    assert s["payment_terms_days"] == 14 and s["invoice_prefix"] == "INV-"


def test_business_create_update_validation(register):
    api = register()
    r = api.post("/businesses", json={"name": "X", "currency": "EURO"})
    assert r.status_code == 422
    r = api.post("/businesses", json={"name": "X", "timezone": "Mars/Olympus"})
    assert r.status_code == 422 and "time zone" in r.json()["error"]["message"]
    b = api.create_business("Shop", "gbp", timezone="Europe/London")
    assert b["currency"] == "GBP" and b["role"] == "owner"
    assert api.ok("PATCH", f"/businesses/{b['id']}", json={"name": "Shop 2"})["name"] == "Shop 2"
