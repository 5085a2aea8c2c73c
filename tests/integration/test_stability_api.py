"""The stability score through the API and the service, on the real database: a business with a year of
imported and classified history, its forecast's deficit risk, the stored daily history, tenant isolation."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.adapters.db.models import ForecastSnapshot
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.workflows import NoWorkflows
from cashpilot.domain.dates import today_in
from cashpilot.domain.roles import Role
from cashpilot.services import classify, imports
from cashpilot.services import stability as svc
from cashpilot.services.context import Tenant
from sqlalchemy import text

KEYS = {"cash_buffer", "deficit_risk", "revenue_concentration", "expense_predictability", "cashflow_volatility"}


def year_of_history(today: date) -> str:
    """Fourteen months of a small studio: rent and payroll monthly, a software subscription, a big client
    paying monthly, two smaller ones, and some irregular purchases."""
    rows = []
    start = today - timedelta(days=425)
    day = start
    while day <= today:
        if day.day == 1:
            rows.append((day, "ORIGIN PROPERTIES RENT", "-1800.00"))
        if day.day == 25:
            rows.append((day, "PAYROLL GUSTO NET PAY", "-4200.00"))
            rows.append((day, "FPI BIGCLIENT HOLDINGS INV", "5200.00"))
        if day.day == 5:
            rows.append((day, "ADOBE *CREATIVE CLOUD", "-59.99"))
        if day.day == 12:
            rows.append((day, "FPI SMALLCO LTD PAYMENT", "1350.00"))
        if day.day == 18 and day.month % 2:
            rows.append((day, "FPI TINY STUDIO GMBH", "900.00"))
        if day.weekday() == 2 and day.day % 3 == 0:
            rows.append((day, "HARDWARE DEPOT 114", f"-{40 + day.day * 3}.50"))
        day += timedelta(days=1)
    return "Date,Description,Amount\n" + "".join(f"{d.isoformat()},\"{desc}\",{amt}\n" for d, desc, amt in rows)


def import_history(api, today: date) -> dict:
    start = today - timedelta(days=425)
    account = api.create_account("Current", opening_balance="12000.00", opening_balance_date=start.isoformat())
    business_id = uuid.UUID(api.business_id)
    target = imports.ImportTarget(business_id, uuid.UUID(api.user["id"]))
    with UnitOfWork() as uow:
        job = imports.import_file(uow, target, account_id=uuid.UUID(account["id"]), filename="year.csv",
                                  data=year_of_history(today).encode(), workflows=NoWorkflows(), confirm_now=True)
        assert job.status == "completed", job.error
        import_id = job.id
    with UnitOfWork(business_id=business_id, actor="pipeline:classify") as uow:
        classify.classify(uow, business_id, import_id=import_id, llm=None, today=today)
    return account


def tenant_of(api) -> Tenant:
    return Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=Role.OWNER,
                  currency="EUR", timezone="UTC")


def add_snapshot(api, as_of: date, deficit: float, breach: float) -> uuid.UUID:
    business_id = uuid.UUID(api.business_id)
    with UnitOfWork(business_id=business_id, actor="pipeline:forecast") as uow:
        snap = ForecastSnapshot(
            business_id=business_id, as_of=as_of, horizon=90, trigger="pipeline", currency="EUR", model="test",
            opening_balance=Decimal("1000.00"), low_point_date=as_of, low_point_expected=Decimal("0.00"),
            low_point_p10=Decimal("0.00"), deficit_probability={"30": deficit / 2, "60": deficit, "90": deficit},
            buffer_breach_probability={"30": breach, "60": breach, "90": breach}, runway_days=None,
            inputs={}, parameters={"buffer": "500.00"}, results={"buffer": "500.00"},
        )
        uow.session.add(snap)
        uow.flush()
        snapshot_id = snap.id
        uow.commit()
    return snapshot_id


def score_of(api, business_id: str | None = None) -> dict:
    return api.ok("GET", f"/businesses/{business_id or api.business_id}/stability-score")


def test_a_business_with_a_year_of_history_gets_a_score_with_every_component(register):
    api = register()
    api.create_business("Studio", "EUR", timezone="UTC")
    today = today_in("UTC")
    import_history(api, today)

    body = score_of(api)
    assert body["business_id"] == api.business_id and body["as_of"] == today.isoformat()
    assert body["stored"] is False and body["history"] == []  # live: nothing stored from a GET
    components = {c["key"]: c for c in body["components"]}
    assert set(components) == KEYS
    # No forecast has run yet: that component waits, the others carry the score.
    assert components["deficit_risk"]["label"] == "insufficient_data" and components["deficit_risk"]["score"] is None
    for key in KEYS - {"deficit_risk"}:
        c = components[key]
        assert 0 <= c["score"] <= 100 and c["label"] in {"strong", "stable", "watch", "at_risk"}, c
        assert c["explanation"]
    assert 0 <= body["score"] <= 100

    buffer = components["cash_buffer"]
    assert buffer["unit"] == "days" and Decimal(buffer["value"]) > 0
    assert Decimal(buffer["details"]["balance"]) == Decimal(
        api.ok("GET", "/accounts")[0]["current_balance"])  # the same booked balance the accounts show
    assert buffer["details"]["balance"].count(".") == 1 and len(buffer["details"]["balance"].split(".")[1]) == 2

    # The big client pays 5,200 of about 7,000 a month: concentrated, and named.
    concentration = components["revenue_concentration"]
    assert "Bigclient" in concentration["explanation"] or "BIGCLIENT" in concentration["explanation"].upper()
    assert Decimal("65") < Decimal(concentration["value"]) < Decimal("80")
    assert concentration["score"] < 40

    # Rent, payroll and the subscription are recurring series: most spending is predictable.
    predictability = components["expense_predictability"]
    assert Decimal(predictability["value"]) > Decimal("80") and predictability["score"] >= 80


def test_the_forecast_feeds_deficit_risk_and_record_keeps_one_row_per_day(register):
    api = register()
    api.create_business("Studio", "EUR", timezone="UTC")
    today = today_in("UTC")
    import_history(api, today)
    add_snapshot(api, today - timedelta(days=1), deficit=0.05, breach=0.10)
    latest = add_snapshot(api, today, deficit=0.20, breach=0.40)

    tenant = tenant_of(api)
    with UnitOfWork(business_id=tenant.business_id, actor="pipeline:forecast") as uow:
        first = svc.record(uow, tenant, as_of=today, snapshot_id=latest)
        uow.commit()
    with UnitOfWork(business_id=tenant.business_id, actor="pipeline:forecast") as uow:
        again = svc.record(uow, tenant, as_of=today)  # a replay: the latest snapshot is the same one
        yesterday = svc.record(uow, tenant, as_of=today - timedelta(days=1))
        uow.commit()
    assert first.stored and again.stored and first.score == again.score
    assert again.snapshot_id == latest

    with UnitOfWork(business_id=tenant.business_id) as uow:
        rows = uow.session.execute(text("SELECT as_of, score FROM stability_scores WHERE business_id = :b "
                                        "ORDER BY as_of"), {"b": tenant.business_id}).all()
    assert [r.as_of for r in rows] == [today - timedelta(days=1), today]

    body = score_of(api)
    assert body["stored"] is True and body["score"] == first.score and body["snapshot_id"] == str(latest)
    risk = next(c for c in body["components"] if c["key"] == "deficit_risk")
    # 100 * (1 - (0.75 * 0.2 + 0.25 * 0.4)) = 75
    assert risk["score"] == 75 and Decimal(risk["value"]) == Decimal("20.0") and risk["unit"] == "percent"
    assert "500.00 EUR buffer" in risk["explanation"]
    assert body["history"] == [
        {"as_of": (today - timedelta(days=1)).isoformat(), "score": yesterday.score, "label": yesterday.label},
        {"as_of": today.isoformat(), "score": first.score, "label": first.label},
    ]


def test_what_if_forecasts_do_not_count_as_the_business_forecast(register):
    api = register()
    api.create_business("Studio", "EUR", timezone="UTC")
    today = today_in("UTC")
    import_history(api, today)
    baseline = add_snapshot(api, today, deficit=0.0, breach=0.0)
    business_id = uuid.UUID(api.business_id)
    with UnitOfWork(business_id=business_id) as uow:
        uow.session.execute(text(
            """INSERT INTO forecast_snapshots (business_id, as_of, horizon, trigger, scenario_ids, currency, model,
                   opening_balance, low_point_date, low_point_expected, low_point_p10, deficit_probability,
                   buffer_breach_probability, inputs, parameters, results)
               VALUES (:b, :d, 90, 'api', ARRAY[gen_random_uuid()], 'EUR', 'test', 0, :d, 0, 0,
                       '{"90": 0.9}', '{"90": 0.9}', '{}', '{}', '{}')"""), {"b": business_id, "d": today})
        uow.commit()
    body = score_of(api)
    assert body["snapshot_id"] == str(baseline)
    assert next(c for c in body["components"] if c["key"] == "deficit_risk")["score"] == 100


def test_another_tenants_business_is_not_found(register):
    alice = register()
    alice.create_business("Alice Co", "EUR")
    bob = register()
    bob.create_business("Bob Co", "EUR")
    r = bob.get(f"/businesses/{alice.business_id}/stability-score")
    assert r.status_code == 404 and r.json()["error"]["code"] == "business_not_found"
    assert bob.get(f"/businesses/{uuid.uuid4()}/stability-score").status_code == 404
    assert bob.get("/businesses/not-a-uuid/stability-score").status_code == 422
    assert alice.get(f"/businesses/{alice.business_id}/stability-score").status_code == 200


def test_a_new_business_has_no_score_yet_and_record_stores_nothing(register):
    api = register()
    api.create_business("Empty Co", "EUR", timezone="UTC")
    body = score_of(api)
    assert body["score"] is None and body["label"] == "insufficient_data"
    assert {c["label"] for c in body["components"]} == {"insufficient_data"}
    tenant = tenant_of(api)
    with UnitOfWork(business_id=tenant.business_id) as uow:
        view = svc.record(uow, tenant, as_of=today_in("UTC"))
        uow.commit()
    assert view.stored is False and score_of(api)["history"] == []


def test_a_few_weeks_of_history_say_so(register):
    api = register()
    api.create_business("New Co", "EUR", timezone="UTC")
    today = today_in("UTC")
    account = api.create_account("Current", opening_balance="3000.00",
                                 opening_balance_date=(today - timedelta(days=20)).isoformat())
    for back in range(0, 20, 2):
        api.create_transaction(account["id"], "-75.00", (today - timedelta(days=back)).isoformat(),
                               description="SUPPLIES")
    api.create_transaction(account["id"], "900.00", (today - timedelta(days=10)).isoformat(), description="SALE")
    body = score_of(api)
    components = {c["key"]: c for c in body["components"]}
    assert components["cashflow_volatility"]["label"] == "insufficient_data"
    assert "history only" in components["cash_buffer"]["explanation"]
    assert "history only" in components["revenue_concentration"]["explanation"]
    assert "two months" in components["expense_predictability"]["explanation"]
    # The buffer, the best-founded reading after three weeks, carries most of the (provisional) total.
    weights = {k: Decimal(c["applied_weight"]) for k, c in components.items()}
    assert max(weights, key=weights.get) == "cash_buffer"
    assert body["score"] is not None
