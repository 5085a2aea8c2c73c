"""Forecasts through the API on the real database: generate -> current -> get -> history, replays that
reproduce the stored run, immutable snapshots, tenant isolation, bad input, idempotency keys, the weekly
review's drivers and the backtest endpoint."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.workflows import NoWorkflows
from cashpilot.services import classify, imports

# The statement ends on END; the weekly review looks back from END at the forecast made a week earlier.
END = date(2026, 3, 20)
START = date(2025, 7, 1)
MISSING_CUSTOMER_DAY = date(2026, 3, 16)  # Brightline pays on the 16th, every month but this one
REPAIR = (date(2026, 3, 18), "-2500.00")  # a large payment nothing announced


def statement() -> str:
    rng = random.Random(7)
    rows = ["Date,Description,Amount"]
    day = START
    while day <= END:
        if day.day == 1:
            rows.append(f"{day},SO OAKWOOD ESTATES RENT,-1500.00")
        if day.day == 5:
            rows.append(f"{day},ADOBE *CREATIVE CLOUD 800-833-6687 CA,-59.99")
        if day.day == 16 and day != MISSING_CUSTOMER_DAY:
            rows.append(f"{day},FPI BRIGHTLINE STUDIO REF INV {day:%y%m},4000.00")
        if day.weekday() < 5:
            spend = rng.randint(1500, 6000) / 100
            rows.append(f"{day},CARD PAYMENT TO CORNER CAFE {rng.randint(1000, 9999)},-{spend:.2f}")
        if day == REPAIR[0]:
            rows.append(f"{day},HARTWELL EQUIPMENT REPAIR,{REPAIR[1]}")
        day += timedelta(days=1)
    return "\n".join(rows) + "\n"


def load_history(api, *, opening: str = "10000.00") -> dict:
    account = api.create_account("Current", opening_balance=opening, opening_balance_date=START.isoformat())
    business_id = uuid.UUID(api.business_id)
    target = imports.ImportTarget(business_id, uuid.UUID(api.user["id"]))
    with UnitOfWork() as uow:
        job = imports.import_file(uow, target, account_id=uuid.UUID(account["id"]), filename="year.csv",
                                  data=statement().encode(), workflows=NoWorkflows(), confirm_now=True)
        assert job.status == "completed", job.error
    with UnitOfWork(business_id=business_id, actor="pipeline:classify") as uow:
        classify.classify(uow, business_id, import_id=job.id, today=END)
    return account


def generate(api, status: int = 201, **body) -> dict:
    body.setdefault("as_of", END.isoformat())
    return api.ok("POST", "/forecasts/generate", status, json=body)


@pytest.fixture
def business(owner):
    # 500 paths instead of the default 5,000: the same code, a tenth of the time.
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings",
             json={"forecast": {"paths": 500}, "alert_thresholds": {"cash_buffer": "2000.00"}})
    account = load_history(owner)
    return owner, account


def test_generate_then_current_get_and_history(business):
    api, _ = business
    missing = api.get("/forecasts/current")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "forecast_not_found"

    made = generate(api, horizon=60)
    assert made["as_of"] == END.isoformat() and made["horizon"] == 60 and made["currency"] == "EUR"
    assert made["trigger"] == "api" and made["scenario_ids"] == []
    assert len(made["daily"]) == 60 and made["daily"][0]["date"] == (END + timedelta(days=1)).isoformat()
    day = made["daily"][10]
    assert set(day) == {"date", "expected", "p10", "p50", "p90"}
    assert Decimal(day["p10"]) <= Decimal(day["p50"]) <= Decimal(day["p90"])
    assert all(isinstance(day[k], str) for k in ("expected", "p10", "p50", "p90"))  # money as strings
    # The opening balance is the account's balance at the end of as_of.
    balance = api.ok("GET", f"/accounts/{business[1]['id']}/balance-history",
                     params={"date_from": END.isoformat(), "date_to": END.isoformat()})
    assert made["opening_balance"] == balance["points"][0]["balance"]
    assert set(made["deficit_probability"]) == {"30", "60"}
    assert set(made["buffer_breach_probability"]) == {"30", "60"}
    assert made["buffer"] == "2000.00"
    low = made["low_point"]
    assert low["expected"] == min((d["expected"] for d in made["daily"]), key=Decimal)
    # The rent, the software subscription and the customer are known flows, with their labels.
    assert made["known_flows"] >= 4
    labels = {f["label"] for f in made["flows"]}
    assert any("Brightline" in label for label in labels) and any("Adobe" in label for label in labels)
    assert made["excluded_accounts"] == []

    current = api.ok("GET", "/forecasts/current")
    assert current == made
    assert api.ok("GET", f"/forecasts/{made['id']}") == made

    second = generate(api, horizon=30, as_of=(END - timedelta(days=1)).isoformat())
    page = api.ok("GET", "/forecasts/history", params={"limit": 1})
    assert page["total"] == 2 and [i["id"] for i in page["items"]] == [second["id"]]
    rest = api.ok("GET", "/forecasts/history", params={"limit": 1, "cursor": page["next_cursor"]})
    assert [i["id"] for i in rest["items"]] == [made["id"]] and rest["next_cursor"] is None
    assert "daily" not in page["items"][0]  # history rows are summaries
    assert api.ok("GET", "/forecasts/current")["id"] == second["id"]


def test_the_same_day_forecast_is_reproducible_and_a_replay_reproduces_it_exactly(business):
    api, _ = business
    made = generate(api, horizon=45)
    again = generate(api, horizon=45)
    assert again["id"] != made["id"] and again["daily"] == made["daily"]  # same seed for the same day
    replay = api.ok("GET", f"/forecasts/{made['id']}/replay")
    assert replay == {"snapshot_id": made["id"], "reproduced": True, "model": made["model"]}


def test_snapshots_are_immutable_even_for_the_app_role(business, app_conninfo):
    api, _ = business
    made = generate(api, horizon=30)
    with psycopg.connect(app_conninfo) as conn:
        conn.execute("SELECT set_config('app.business_id', %s, false)", (api.business_id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE forecast_snapshots SET model = 'tampered' WHERE id = %s", (made["id"],))
    assert api.ok("GET", f"/forecasts/{made['id']}")["model"] == made["model"]


def test_another_business_cannot_see_a_snapshot(business, register):
    api, _ = business
    made = generate(api, horizon=30)
    other = register()
    other.create_business("Other Co", "EUR")
    for path in (f"/forecasts/{made['id']}", f"/forecasts/{made['id']}/replay"):
        r = other.get(path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "forecast_not_found"
    assert other.ok("GET", "/forecasts/history")["total"] == 0
    assert other.get("/forecasts/current").status_code == 404


def test_bad_requests_get_a_code_and_write_nothing(business, register):
    api, _ = business
    for body, code in (({"horizon": 0}, "validation_error"), ({"horizon": 366}, "validation_error"),
                       ({"as_of": (date.today() + timedelta(days=40)).isoformat()}, "as_of_in_future"),
                       ({"as_of": "yesterday"}, "validation_error"), ({"paths": 10}, "validation_error")):
        r = api.post("/forecasts/generate", json=body)
        assert r.status_code == 422 and r.json()["error"]["code"] == code, (body, r.text)
    r = api.get("/forecasts/not-a-uuid")
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    assert api.get(f"/forecasts/{uuid.uuid4()}").status_code == 404
    assert api.ok("GET", "/forecasts/history")["total"] == 0
    # A viewer reads but does not generate.
    viewer = register()
    api.ok("POST", f"/businesses/{api.business_id}/members", 201, json={"email": viewer.email, "role": "viewer"})
    viewer.business_id = api.business_id
    r = viewer.post("/forecasts/generate", json={})
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_role"
    assert viewer.post("/forecasts/accuracy/run", json={}).status_code == 403
    assert viewer.ok("GET", "/forecasts/accuracy") == {"backtest": None, "reviews": []}


def test_an_idempotency_key_returns_the_same_snapshot(business):
    api, _ = business
    first = api.ok("POST", "/forecasts/generate", 201, json={"horizon": 30, "as_of": END.isoformat()},
                   headers={"Idempotency-Key": "run-1"})
    again = api.ok("POST", "/forecasts/generate", 200, json={"horizon": 30, "as_of": END.isoformat()},
                   headers={"Idempotency-Key": "run-1"})
    assert again == first
    assert api.ok("GET", "/forecasts/history")["total"] == 1


def test_the_weekly_review_explains_the_miss_by_drivers_that_add_up(business):
    from cashpilot.services import forecast
    from cashpilot.services.context import Tenant

    api, _ = business
    week_ago = END - timedelta(days=7)
    made = generate(api, as_of=week_ago.isoformat())
    brightline = [f for f in made["flows"] if "Brightline" in f["label"]]
    assert brightline and brightline[0]["due"] == MISSING_CUSTOMER_DAY.isoformat()
    business_id = uuid.UUID(api.business_id)
    tenant = Tenant(business_id=business_id, user_id=uuid.UUID(api.user["id"]), role="owner", currency="EUR",
                    timezone="UTC")
    with UnitOfWork(business_id=business_id) as uow:
        view = forecast.review_last_week(uow, tenant, today=END)
        review_id = view.review.id
        review = view.review
        assert review.snapshot_id == uuid.UUID(made["id"])
        assert (review.period_start, review.period_end) == (week_ago + timedelta(days=1), END)
        assert review.miss == review.actual_balance - review.forecast_balance
        assert sum(Decimal(d["amount"]) for d in review.drivers) == review.miss
        kinds = [d["kind"] for d in review.drivers]
        (late,) = [d for d in review.drivers if d["kind"] == "late_customer"]
        assert Decimal(late["amount"]) == Decimal("-4000.00") and "Brightline" in late["subject"]["label"]
        # The repair is named; everyday card spending is not (it is what the baseline is for).
        assert [Decimal(d["amount"]) for d in review.drivers if d["kind"] == "unscheduled_expense"] == [
            Decimal(REPAIR[1])]
        assert kinds[-1] == "baseline_drift"
        assert len(view.days) == 7 and view.days[-1].actual == review.actual_balance
    with UnitOfWork(business_id=business_id) as uow:  # once per snapshot and period
        assert forecast.review_last_week(uow, tenant, today=END).review.id == review_id
    shown = api.ok("GET", "/forecasts/accuracy")["reviews"]
    assert [r["id"] for r in shown] == [str(review_id)]
    assert sum(Decimal(d["amount"]) for d in shown[0]["drivers"]) == Decimal(shown[0]["miss"])


def test_the_backtest_endpoint_stores_the_business_accuracy(business):
    api, _ = business
    out = api.ok("POST", "/forecasts/accuracy/run", 201, json={"horizon": 30, "origins": 3})
    assert out["horizon"] == 30 and 1 <= out["origins"] <= 3
    assert 0 <= out["coverage"] <= 1 and 0 <= out["brier_deficit"] <= 1
    assert out["mase_flat"] is None or out["mase_flat"] > 0
    assert len(out["details"]["scores"]) == out["origins"]
    shown = api.ok("GET", "/forecasts/accuracy")
    assert shown["backtest"] == out


def test_a_new_business_has_too_little_history_to_backtest(owner):
    r = owner.post("/forecasts/accuracy/run", json={})
    assert r.status_code == 422 and r.json()["error"]["code"] == "not_enough_history"
