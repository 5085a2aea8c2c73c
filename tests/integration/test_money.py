"""Money is exact: Decimal in, NUMERIC stored, decimal strings out. Never float."""

from __future__ import annotations

import psycopg


def test_point_one_plus_point_two_is_point_three(owner):
    account = owner.create_account()
    owner.create_transaction(account["id"], "0.10")
    owner.create_transaction(account["id"], 0.2)  # a JSON number is accepted and kept exact
    summary = owner.ok("GET", "/transactions/summary")
    totals = summary["currencies"][0]["totals"]
    assert totals["inflow"] == "0.30" and totals["net"] == "0.30"
    assert owner.ok("GET", f"/accounts/{account['id']}")["current_balance"] == "0.30"


def test_large_amounts_round_trip_exactly(owner):
    account = owner.create_account(opening_balance="9999999999999.99")
    tx = owner.create_transaction(account["id"], "-1234567890123.45")
    assert owner.ok("GET", f"/transactions/{tx['id']}")["amount"] == "-1234567890123.45"
    assert owner.ok("GET", f"/accounts/{account['id']}")["current_balance"] == "8765432109876.54"


def test_amounts_with_more_than_two_decimals_are_refused_not_rounded(owner):
    account = owner.create_account()
    for bad in ("10.005", 10.005, "1e-3", "NaN", "Infinity", "12,50", "", "1e20"):
        r = owner.post("/transactions", json={"account_id": account["id"], "amount": bad,
                                             "transaction_date": "2026-03-01"})
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["error"]["details"][0]["field"] == "amount"
    assert owner.ok("GET", "/transactions")["total"] == 0


def test_amounts_are_numeric_in_the_database(owner, owner_conninfo):
    account = owner.create_account()
    tx = owner.create_transaction(account["id"], "-0.01")
    with psycopg.connect(owner_conninfo) as conn:
        value, type_name = conn.execute(
            "SELECT amount, pg_typeof(amount)::text FROM transactions WHERE id = %s", (tx["id"],)
        ).fetchone()
    assert type_name == "numeric" and str(value) == "-0.01"


def test_many_small_amounts_sum_exactly(owner):
    account = owner.create_account()
    for _ in range(30):
        owner.create_transaction(account["id"], "0.10")
    summary = owner.ok("GET", "/transactions/summary", params={"group_by": "year"})
    assert summary["currencies"][0]["totals"]["inflow"] == "3.00"
