"""Summaries and balances read pre-computed daily totals; those must always equal the sum of the
transactions themselves, whatever sequence of writes happened."""

from __future__ import annotations

import random

import psycopg

CHECK = """
SELECT coalesce(sum(inflow), 0), coalesce(sum(outflow), 0), coalesce(sum(row_count), 0),
       coalesce(sum(inflow_count), 0), coalesce(sum(outflow_count), 0)
  FROM transaction_daily_totals WHERE business_id = %(b)s
"""
TRUTH = """
SELECT coalesce(sum(amount) FILTER (WHERE amount > 0), 0), coalesce(sum(amount) FILTER (WHERE amount < 0), 0),
       count(*), count(*) FILTER (WHERE amount > 0), count(*) FILTER (WHERE amount < 0)
  FROM transactions WHERE business_id = %(b)s AND deleted_at IS NULL
"""
PER_KEY_MISMATCHES = """
WITH truth AS (
    SELECT account_id, transaction_date AS day, status, currency, sum(amount) AS net, count(*) AS n
      FROM transactions WHERE business_id = %(b)s AND deleted_at IS NULL GROUP BY 1, 2, 3, 4),
totals AS (
    SELECT account_id, day, status, currency, inflow + outflow AS net, row_count AS n
      FROM transaction_daily_totals WHERE business_id = %(b)s AND row_count <> 0)
SELECT * FROM truth FULL JOIN totals USING (account_id, day, status, currency)
 WHERE truth.net IS DISTINCT FROM totals.net OR truth.n IS DISTINCT FROM totals.n
"""


def _assert_consistent(owner_conninfo, business_id):
    with psycopg.connect(owner_conninfo) as conn:
        assert conn.execute(CHECK, {"b": business_id}).fetchone() == conn.execute(TRUTH, {"b": business_id}).fetchone()
        assert conn.execute(PER_KEY_MISMATCHES, {"b": business_id}).fetchall() == []


def test_random_writes_keep_daily_totals_exact(owner, owner_conninfo, app_conninfo):
    rng = random.Random(2026)
    accounts = [owner.create_account(f"A{i}")["id"] for i in range(2)]
    usd = owner.create_account("Dollars", currency="USD")["id"]
    rows = []
    for _ in range(40):
        amount = f"{rng.choice(['-', ''])}{rng.randint(0, 50000) / 100:.2f}"
        rows.append(owner.create_transaction(rng.choice([*accounts, usd]), amount,
                                             f"2026-0{rng.randint(1, 3)}-1{rng.randint(0, 9)}",
                                             status=rng.choice(["pending", "cleared", "reconciled"])))
    for _ in range(60):
        path = f"/transactions/{rng.choice(rows)['id']}"
        op = rng.random()
        if op < 0.3:
            owner.request("PATCH", path, json={"amount": f"{rng.randint(-9999, 9999) / 100:.2f}"})
        elif op < 0.45:
            owner.request("PATCH", path, json={"transaction_date": f"2026-04-0{rng.randint(1, 9)}"})
        elif op < 0.55:
            owner.request("PATCH", path, json={"status": rng.choice(["pending", "reconciled"])})
        elif op < 0.65:
            owner.request("PATCH", path, json={"account_id": rng.choice(accounts)})
        elif op < 0.75:
            owner.request("DELETE", path)
        elif op < 0.85:
            owner.request("POST", path + "/restore")
        else:
            owner.request("PATCH", path, json={"description": "only words change"})
    # a bulk statement touching many rows at once, as imports and classification do
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, true)", (owner.business_id,))
        conn.execute("UPDATE transactions SET amount = -amount, status = 'cleared' WHERE amount > 100")
        conn.execute(
            "INSERT INTO transactions (business_id, account_id, amount, currency, transaction_date) "
            "SELECT %s, %s, (g %% 7) - 3.5, 'EUR', DATE '2026-05-01' + (g %% 20) FROM generate_series(1, 500) g",
            (owner.business_id, accounts[0]),
        )
        conn.commit()
    _assert_consistent(owner_conninfo, owner.business_id)

    # The summary read from the totals equals the one computed from rows (amount_min=0 forces that path).
    for params in ({}, {"direction": "in"}, {"direction": "out", "group_by": "week"},
                   {"status": "pending", "group_by": "day"}, {"account_id": accounts[0], "date_from": "2026-02-01"}):
        fast = owner.ok("GET", "/transactions/summary", params=params)
        slow = owner.ok("GET", "/transactions/summary", params={**params, "amount_min": "0"})
        assert fast == slow, params


def test_app_role_cannot_write_daily_totals(owner, app_conninfo):
    import pytest

    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, true)", (owner.business_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE transaction_daily_totals SET inflow = 1e9")


def test_listing_totals_match_the_rows(owner):
    account = owner.create_account()
    for i in range(12):
        owner.create_transaction(account["id"], f"{(-1) ** i * (i + 1)}.00", f"2026-06-{i + 1:02d}",
                                 status="pending" if i % 5 == 0 else "cleared")
    for params in ({}, {"direction": "in"}, {"direction": "out"}, {"status": "pending"},
                   {"date_from": "2026-06-03", "date_to": "2026-06-07"}, {"account_id": account["id"]}):
        page = owner.ok("GET", "/transactions", params={**params, "limit": 500})
        assert page["total"] == len(page["items"]), params
