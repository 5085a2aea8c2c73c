"""Recording, finding and totalling transactions."""

from __future__ import annotations

import pytest


@pytest.fixture
def ledger(owner):
    """Given two accounts and a month of varied transactions."""
    main = owner.create_account("Main")
    card = owner.create_account("Card", type="credit")
    acme = owner.ok("POST", "/entities", 201, json={"name": "Acme Ltd", "type": "customer"})
    rent = owner.category_id("rent")
    rows = [
        (main, "2500.00", "2026-03-01", {"description": "Invoice 1001 Acme", "entity_id": acme["id"]}),
        (main, "-1200.00", "2026-03-02", {"description": "Office rent March", "category_id": rent}),
        (main, "-35.50", "2026-03-05", {"description": "Coffee beans", "tags": ["office", "kitchen"]}),
        (card, "-89.99", "2026-03-07", {"description": "Software subscription", "tags": ["software"]}),
        (main, "1800.00", "2026-03-15", {"description": "Invoice 1002 Acme", "entity_id": acme["id"],
                                         "status": "pending"}),
        (card, "-600.00", "2026-04-02", {"description": "Laptop 100% business", "tags": ["office"]}),
        (main, "-1200.00", "2026-04-02", {"description": "Office rent April", "category_id": rent}),
    ]
    created = [owner.create_transaction(acc["id"], amt, day, **kw) for acc, amt, day, kw in rows]
    return {"api": owner, "main": main, "card": card, "acme": acme, "rent": rent, "rows": created}


def _descriptions(page):
    return [t["description"] for t in page["items"]]


def test_default_listing_is_newest_first_with_total(ledger):
    page = ledger["api"].ok("GET", "/transactions")
    assert page["total"] == 7
    dates = [t["transaction_date"] for t in page["items"]]
    assert dates == sorted(dates, reverse=True)
    assert page["next_cursor"] is None


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"direction": "in"}, {"Invoice 1001 Acme", "Invoice 1002 Acme"}),
        ({"status": "pending"}, {"Invoice 1002 Acme"}),
        ({"tag": "office"}, {"Coffee beans", "Laptop 100% business"}),
        ({"tag": ["office", "kitchen"]}, {"Coffee beans"}),
        ({"q": "rent"}, {"Office rent March", "Office rent April"}),
        ({"q": "inv 1001"}, {"Invoice 1001 Acme"}),  # every word must start a word of the description
        ({"q": "OFFICE"}, {"Office rent March", "Office rent April"}),
        ({"q": "100%"}, {"Laptop 100% business", "Invoice 1001 Acme", "Invoice 1002 Acme"}),  # "100" is a prefix
        ({"q": "%"}, {"Laptop 100% business"}),  # punctuation only: a literal substring, not a wildcard
        ({"q": "_"}, set()),
        ({"date_from": "2026-04-01"}, {"Laptop 100% business", "Office rent April"}),
        ({"date_from": "2026-03-02", "date_to": "2026-03-05"}, {"Office rent March", "Coffee beans"}),
        ({"amount_min": "1000"}, {"Invoice 1001 Acme", "Office rent March", "Invoice 1002 Acme",
                                  "Office rent April"}),
        ({"amount_min": "50", "amount_max": "700"}, {"Software subscription", "Laptop 100% business"}),
        ({"uncategorized": True, "direction": "out"}, {"Coffee beans", "Software subscription",
                                                       "Laptop 100% business"}),
    ],
)
def test_filters(ledger, params, expected):
    page = ledger["api"].ok("GET", "/transactions", params=params)
    assert set(_descriptions(page)) == expected
    assert page["total"] == len(expected)


def test_filters_by_reference(ledger):
    api = ledger["api"]
    assert api.ok("GET", "/transactions", params={"account_id": ledger["card"]["id"]})["total"] == 2
    assert api.ok("GET", "/transactions", params={"entity_id": ledger["acme"]["id"]})["total"] == 2
    assert api.ok("GET", "/transactions", params={"category_id": ledger["rent"]})["total"] == 2
    both = api.ok("GET", "/transactions", params={"account_id": [ledger["card"]["id"], ledger["main"]["id"]]})
    assert both["total"] == 7


def test_cursor_pagination_walks_every_row_once(ledger):
    api = ledger["api"]
    for sort in ("-transaction_date", "transaction_date", "amount", "-amount", "created_at", "-created_at"):
        seen, cursor = [], None
        while True:
            params = {"limit": 2, "sort": sort, **({"cursor": cursor} if cursor else {})}
            page = api.ok("GET", "/transactions", params=params)
            assert page["total"] == 7 and len(page["items"]) <= 2
            seen += [t["id"] for t in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == 7, sort
    amounts = [float(t["amount"]) for t in api.ok("GET", "/transactions", params={"sort": "amount"})["items"]]
    assert amounts == sorted(amounts)


def test_bad_cursor_and_sort_are_clear_errors(ledger):
    api = ledger["api"]
    r = api.get("/transactions", params={"cursor": "garbage!!"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_cursor"
    cursor = api.ok("GET", "/transactions", params={"limit": 1})["next_cursor"]
    r = api.get("/transactions", params={"cursor": cursor, "sort": "amount"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_cursor"
    r = api.get("/transactions", params={"sort": "description; drop table"})
    assert r.status_code == 422
    r = api.get("/transactions", params={"date_from": "2026-05-01", "date_to": "2026-04-01"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_date_range"


def test_summary_by_month(ledger):
    summary = ledger["api"].ok("GET", "/transactions/summary", params={"group_by": "month"})
    [eur] = summary["currencies"]
    assert eur["currency"] == "EUR"
    march, april = eur["periods"]
    assert march == {"period_start": "2026-03-01", "inflow": "4300.00", "outflow": "-1325.49", "net": "2974.51",
                     "count": 5}
    assert april["net"] == "-1800.00" and april["count"] == 2
    assert eur["totals"]["net"] == "1174.51"


def test_summary_respects_filters_and_periods(ledger):
    api = ledger["api"]
    s = api.ok("GET", "/transactions/summary", params={"group_by": "week", "account_id": ledger["card"]["id"]})
    assert [p["period_start"] for p in s["currencies"][0]["periods"]] == ["2026-03-02", "2026-03-30"]  # Mondays
    s = api.ok("GET", "/transactions/summary", params={"status": ["cleared", "reconciled"], "group_by": "quarter"})
    assert s["currencies"][0]["totals"]["inflow"] == "2500.00"
    r = api.get("/transactions/summary", params={"group_by": "fortnight"})
    assert r.status_code == 422


def test_summary_keeps_currencies_apart(ledger):
    api = ledger["api"]
    usd = api.create_account("Dollar account", currency="USD")
    api.create_transaction(usd["id"], "100.00", "2026-03-10")
    s = api.ok("GET", "/transactions/summary")
    assert [c["currency"] for c in s["currencies"]] == ["EUR", "USD"]
    assert s["currencies"][1]["totals"]["net"] == "100.00"


def test_soft_delete_and_restore(ledger):
    api = ledger["api"]
    tx = ledger["rows"][2]
    api.ok("DELETE", f"/transactions/{tx['id']}", 204)
    assert api.get(f"/transactions/{tx['id']}").status_code == 404
    assert api.ok("GET", f"/transactions/{tx['id']}", params={"include_deleted": True})["deleted_at"]
    assert api.ok("GET", "/transactions")["total"] == 6
    assert [t["id"] for t in api.ok("GET", "/transactions", params={"deleted": "only"})["items"]] == [tx["id"]]
    restored = api.ok("POST", f"/transactions/{tx['id']}/restore")
    assert restored["deleted_at"] is None and restored["amount"] == "-35.50"
    assert api.ok("GET", "/transactions")["total"] == 7


def test_update_fields_and_tags(ledger):
    api = ledger["api"]
    tx = ledger["rows"][2]
    updated = api.ok("PATCH", f"/transactions/{tx['id']}", json={
        "tags": ["Office", "office", " team "], "category_id": api.category_id("supplies"),
        "transaction_date": "2026-03-06", "metadata": {"receipt": "r-17"},
    })
    assert updated["tags"] == ["Office", "team"]
    assert updated["classification_method"] == "manual"
    assert updated["metadata"] == {"receipt": "r-17"}
    assert updated["version"] == 2
    r = api.patch(f"/transactions/{tx['id']}", json={"amount": None})
    assert r.status_code == 422


def test_moving_between_accounts_of_different_currency_is_refused(ledger):
    api = ledger["api"]
    usd = api.create_account("USD acct", currency="USD")
    r = api.patch(f"/transactions/{ledger['rows'][0]['id']}", json={"account_id": usd["id"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "currency_mismatch"


def test_archived_category_cannot_be_assigned(ledger):
    api = ledger["api"]
    cat = api.ok("POST", "/categories", 201, json={"name": "Old stuff", "type": "expense"})
    api.ok("POST", f"/categories/{cat['id']}/archive")
    r = api.post("/transactions", json={"account_id": ledger["main"]["id"], "amount": "-1.00",
                                        "transaction_date": "2026-03-01", "category_id": cat["id"]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "category_archived"
