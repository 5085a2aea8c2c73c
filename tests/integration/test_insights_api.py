"""The weekly summary through the API on the real database: last week's figures against the week before,
computed here from the inserted rows; a GET computes without writing, the digest's store is idempotent and
keeps the owner's feedback; feedback, listing, tenant isolation and bad input."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.dates import today_in
from cashpilot.domain.roles import Role
from cashpilot.services import insights
from cashpilot.services.context import Tenant
from sqlalchemy import text

TODAY = today_in("UTC")
WEEK = TODAY - timedelta(days=TODAY.weekday() + 7)  # the Monday of the last week that has ended
BEFORE = WEEK - timedelta(days=7)


def insert(business_id: str, account_id: str, rows: list[dict]) -> None:
    with UnitOfWork(business_id=uuid.UUID(business_id)) as uow:
        for r in rows:
            uow.session.execute(text(
                """INSERT INTO transactions (business_id, account_id, amount, currency, transaction_date, status,
                                            entity_id, category_id, is_transfer, deleted_at)
                   VALUES (:b, :a, :amount, 'EUR', :d, :s, :e, :c, :tr, CASE WHEN :deleted THEN now() END)"""),
                {"b": business_id, "a": account_id, "amount": Decimal(r["amount"]), "d": r["day"],
                 "s": r.get("status", "cleared"), "e": r.get("entity"), "c": r.get("category"),
                 "tr": r.get("transfer", False), "deleted": r.get("deleted", False)})
        uow.commit()


@pytest.fixture
def studio(register):
    api = register()
    api.create_business("Studio", "EUR", timezone="UTC")
    account = api.create_account("Current")["id"]
    acme = api.ok("POST", "/entities", 201, json={"name": "Acme Ltd", "type": "customer"})["id"]
    beta = api.ok("POST", "/entities", 201, json={"name": "Beta GmbH", "type": "customer"})["id"]
    rent, software = api.category_id("rent"), api.category_id("software")
    rows = [
        # the week before
        {"day": BEFORE, "amount": "1000.00", "entity": acme},
        {"day": BEFORE + timedelta(days=2), "amount": "-50.00", "category": software},
        {"day": BEFORE + timedelta(days=4), "amount": "-150.00"},
        # last week
        {"day": WEEK, "amount": "1200.00", "entity": acme},
        {"day": WEEK + timedelta(days=1), "amount": "-1500.00", "category": rent},
        {"day": WEEK + timedelta(days=2), "amount": "150.00", "entity": beta},
        {"day": WEEK + timedelta(days=3), "amount": "-50.00", "category": software},
        {"day": WEEK + timedelta(days=6), "amount": "-700.00", "transfer": True},  # own money moving
        {"day": WEEK + timedelta(days=5), "amount": "-99.00", "status": "pending"},
        {"day": WEEK + timedelta(days=4), "amount": "-500.00", "deleted": True},
        # this week, not over yet
        {"day": WEEK + timedelta(days=7), "amount": "5000.00", "entity": beta},
    ]
    insert(api.business_id, account, rows)
    tenant = Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=Role.OWNER,
                    currency="EUR", timezone="UTC")
    return {"api": api, "account": account, "tenant": tenant, "acme": acme, "rent": rent}


def label(start: date) -> str:
    end = start + timedelta(days=6)
    if start.year != end.year:
        return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%B} to {end.day} {end:%B %Y}"
    return f"{start.day}-{end.day} {end:%B %Y}"


def store(tenant: Tenant):
    with UnitOfWork(business_id=tenant.business_id, actor="scheduler:digest") as uow:
        return insights.weekly_summary(uow, tenant, today=TODAY, store=True)


def test_last_weeks_summary_is_computed_from_the_rows_and_a_get_stores_nothing(studio):
    api = studio["api"]
    body = api.ok("GET", "/insights/weekly-summary")
    assert body["stored"] is False and body["id"] is None and body["kind"] == "weekly_summary"
    assert (body["period_start"], body["period_end"]) == (WEEK.isoformat(), (WEEK + timedelta(days=6)).isoformat())
    # revenue 1200 + 150; expenses 1500 + 50 (the transfer, the pending and the deleted row do not count)
    data = body["data"]
    assert (data["revenue"], data["expenses"], data["net"]) == ("1350.00", "1550.00", "-200.00")
    assert data["previous"] == {"revenue": "1000.00", "expenses": "200.00", "net": "800.00"}
    assert data["top_customer"] == {"id": studio["acme"], "name": "Acme Ltd", "amount": "1200.00"}
    assert data["top_expense_category"]["name"] == "Rent" and data["top_expense_category"]["amount"] == "1500.00"
    assert body["title"] == f"Week of {label(WEEK)}: net -200.00 EUR"
    for sentence in ("Revenue: 1,350.00 EUR, up 350.00 EUR (+35.0%) on the week before.",
                     "Expenses: 1,550.00 EUR, up 1,350.00 EUR (+675.0%) on the week before.",
                     "Net: -200.00 EUR (the week before: +800.00 EUR).",
                     "Top customer: Acme Ltd, 1,200.00 EUR.",
                     "Biggest expense category: Rent, 1,500.00 EUR."):
        assert sentence in body["body"], (sentence, body["body"])
    assert api.ok("GET", "/insights") == {"items": [], "total": 0, "limit": 20, "offset": 0}

    earlier = api.ok("GET", "/insights/weekly-summary", params={"week_start": BEFORE.isoformat()})
    assert earlier["period_start"] == BEFORE.isoformat() and earlier["data"]["revenue"] == "1000.00"
    assert earlier["stored"] is False


def test_the_digest_stores_once_per_week_keeps_feedback_and_the_get_returns_the_stored_one(studio):
    api, tenant = studio["api"], studio["tenant"]
    first = store(tenant)
    assert first.stored and first.id is not None and first.data["net"] == "-200.00"
    got = api.ok("GET", "/insights/weekly-summary")
    assert got["stored"] is True and got["id"] == str(first.id) and got["body"] == first.body

    helpful = api.ok("POST", f"/insights/{first.id}/feedback", json={"value": "helpful"})
    assert helpful["feedback"] == "helpful" and helpful["feedback_at"]
    changed = api.ok("POST", f"/insights/{first.id}/feedback", json={"value": "not_helpful"})
    assert changed["feedback"] == "not_helpful"

    # A late-classified sale lands in last week; the digest runs again (a retry): one row, new figures.
    insert(api.business_id, studio["account"], [{"day": WEEK + timedelta(days=4), "amount": "300.00",
                                                 "entity": studio["acme"]}])
    again = store(tenant)
    assert again.id == first.id and again.data["revenue"] == "1650.00" and again.feedback == "not_helpful"
    page = api.ok("GET", "/insights")
    assert page["total"] == 1 and page["items"][0]["id"] == str(first.id)
    assert page["items"][0]["feedback"] == "not_helpful" and "1,650.00 EUR" in page["items"][0]["body"]
    assert api.ok("GET", "/insights", params={"kind": "weekly_summary"})["total"] == 1


def test_feedback_and_week_input_are_checked(studio):
    api, tenant = studio["api"], studio["tenant"]
    stored = store(tenant)
    for bad in ({"value": "meh"}, {}, {"value": "helpful", "extra": 1}):
        r = api.post(f"/insights/{stored.id}/feedback", json=bad)
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error", bad
    r = api.post(f"/insights/{uuid.uuid4()}/feedback", json={"value": "helpful"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "insight_not_found"
    assert api.post("/insights/not-an-id/feedback", json={"value": "helpful"}).status_code == 422

    r = api.get("/insights/weekly-summary", params={"week_start": (WEEK + timedelta(days=2)).isoformat()})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_week_start"
    r = api.get("/insights/weekly-summary", params={"week_start": (WEEK + timedelta(days=7)).isoformat()})
    assert r.status_code == 422 and r.json()["error"]["code"] == "week_not_complete"
    for params in ({"week_start": "monday"}, {"limit": 0}, {"kind": "horoscope"}, {"offset": -1}):
        path = "/insights/weekly-summary" if "week_start" in params else "/insights"
        r = api.get(path, params=params)
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error", params


def test_another_business_never_sees_or_touches_these_insights(studio, register):
    api, tenant = studio["api"], studio["tenant"]
    stored = store(tenant)
    other = register()
    other.create_business("Other Co", "EUR", timezone="UTC")
    assert other.ok("GET", "/insights")["total"] == 0
    mine = other.ok("GET", "/insights/weekly-summary")
    assert mine["stored"] is False and mine["data"]["revenue"] == "0.00" and "quiet week" in mine["title"]
    r = other.post(f"/insights/{stored.id}/feedback", json={"value": "not_helpful"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "insight_not_found"
    for method, path in (("GET", "/insights"), ("GET", "/insights/weekly-summary"),
                         ("POST", f"/insights/{stored.id}/feedback")):
        r = other.request(method, path, business_id=api.business_id, json={"value": "helpful"})
        assert r.status_code == 404 and r.json()["error"]["code"] == "business_not_found", path
    assert api.ok("GET", "/insights")["items"][0]["feedback"] is None
