"""What-if scenarios through the API on the real database: a business with a year of history and a
monthly supplier payment of exactly 5,000.00, classified so its recurring series exist; scenarios saved,
simulated and compared; bad input, roles and other tenants refused with the right codes."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.workflows import NoWorkflows
from cashpilot.domain.dates import today_in
from cashpilot.services import classify, imports

HORIZON = 60
SUPPLIER = "ACME METALS LTD"


def _months_back(d: date, k: int) -> date:
    m = d.year * 12 + d.month - 1 - k
    return date(m // 12, m % 12 + 1, d.day)


def year_of_history(today: date) -> tuple[str, date]:
    """A year up to today: rent, a retainer customer, card takings and small purchases, and the supplier
    paid exactly 5,000.00 on the same day every month. Returns the CSV and the supplier's next due date."""
    due = today + timedelta(days=8)
    while due.day > 28:  # a day every month has
        due += timedelta(days=1)
    rows = []
    for k in range(1, 13):
        paid = _months_back(due, k)
        rows.append((paid, f"{SUPPLIER} INV {4000 + k}", "-5000.00"))
        first = _months_back(date(today.year, today.month, 1), k - 1)
        rows.append((first, f"SO OAKWOOD ESTATES RENT {first:%b%y}".upper(), "-1850.00"))
        rows.append((first + timedelta(days=4), f"FPI BRIGHTLINE STUDIO RETAINER {k}", "9000.00"))
    rnd = random.Random(3)
    d = today - timedelta(days=364)
    while d <= today:
        if d.weekday() < 6:
            rows.append((d, f"SUMUP PAYOUT {d:%d%m}", f"{rnd.randint(8000, 42000) / 100:.2f}"))
        if rnd.random() < 0.3:
            spent = rnd.randint(500, 9000) / 100
            rows.append((d, f"CARD PAYMENT TO CORNER SHOP {rnd.randint(10, 99)}", f"-{spent:.2f}"))
        d += timedelta(days=1)
    rows = [r for r in rows if r[0] <= today]
    rows.sort()
    csv = "Date,Description,Amount\n" + "".join(f"{r[0].isoformat()},\"{r[1]}\",{r[2]}\n" for r in rows)
    return csv, due


@pytest.fixture(scope="module")
def business(client):
    """One business for the whole module: importing and classifying a year takes a few seconds."""
    from tests.conftest import Api

    email = f"scenarios-{uuid.uuid4().hex[:8]}@example.com"
    r = client.post("/api/v1/auth/register", json={"email": email, "password": "correct horse battery",
                                                    "full_name": "Scenario Owner"})
    assert r.status_code == 201, r.text
    body = r.json()
    api = Api(client, body["tokens"]["access_token"], body["user"], body["tokens"]["refresh_token"], "x")
    api.create_business("Metalworks", "EUR", timezone="UTC",
                        settings={"forecast": {"paths": 500, "horizon_days": 90},
                                  "alert_thresholds": {"cash_buffer": "5000.00"}})
    today = today_in("UTC")
    account = api.create_account("Current", opening_balance="12000.00",
                                 opening_balance_date=(today - timedelta(days=365)).isoformat())
    csv, due = year_of_history(today)
    business_id, user_id = uuid.UUID(api.business_id), uuid.UUID(api.user["id"])
    with UnitOfWork() as uow:
        job = imports.import_file(uow, imports.ImportTarget(business_id, user_id), account_id=uuid.UUID(account["id"]),
                                  filename="year.csv", data=csv.encode(), workflows=NoWorkflows(), confirm_now=True)
        assert job.status == "completed", job.error
    with UnitOfWork(business_id=business_id, actor="pipeline:classify") as uow:
        classify.classify(uow, business_id, import_id=job.id, llm=None, today=today)
    series = api.ok("GET", "/recurring-series")
    supplier = next(s for s in series if s["expected_amount"] == "-5000.00")
    assert supplier["next_date"] == due.isoformat() and supplier["amount_spread"] == "0.00"
    rent = next(s for s in series if s["expected_amount"] == "-1850.00")
    return {"api": api, "today": today, "due": due, "supplier": supplier, "rent": rent}


@pytest.fixture
def api(business):
    return business["api"]


def delay(entity_id: str, days: int = 14, **kw) -> dict:
    return {"type": "delay_payment", "entity_id": entity_id, "days": days, **kw}


def create(api, name: str, changes: list[dict], status: int = 201, **kw):
    r = api.post("/scenarios", json={"name": name, "changes": changes, **kw})
    assert r.status_code == status, r.text
    return r.json()


def name() -> str:
    return f"What if {uuid.uuid4().hex[:6]}"


# --- the acceptance point through the whole stack -----------------------------------------------------

def test_delaying_the_5000_supplier_payment_by_14_days_moves_exactly_5000_on_those_days(business, api):
    # Given the supplier's 5,000.00 due in 8+ days, when the owner saves and simulates paying it 14 days later
    scenario = create(api, "Pay Acme two weeks late", [delay(business["supplier"]["entity_id"])],
                      description="Ask for longer terms")
    assert scenario["changes"] == [{"type": "delay_payment", "entity_id": business["supplier"]["entity_id"],
                                    "days": 14, "occurrences": "next"}]
    result = api.ok("POST", f"/scenarios/{scenario['id']}/simulate", json={"horizon": HORIZON})

    # Then the expected balance is 5,000.00 higher exactly from the old due date to the day before the new one
    due = business["due"]
    window = {(due + timedelta(days=i)).isoformat() for i in range(14)}
    assert len(result["daily"]) == HORIZON
    for day in result["daily"]:
        expected = "5000.00" if day["date"] in window else "0.00"
        assert day["difference"] == expected, day
        assert Decimal(day["scenario_expected"]) - Decimal(day["baseline_expected"]) == Decimal(expected)
    assert result["effects"] == [{"index": 0, "type": "delay_payment", "flows": 1, "baseline_per_day": "0.00",
                                  "note": None}]
    # and the summary speaks the owner's language: the scenario's risks next to the baseline's
    assert result["scenario"] == {"id": scenario["id"], "name": "Pay Acme two weeks late"}
    assert result["as_of"] == business["today"].isoformat() and result["horizon"] == HORIZON
    assert set(result["deficit_probability"]["baseline"]) == {"30", "60"}
    for window_days, p in result["buffer_breach_probability"]["scenario"].items():
        assert p <= result["buffer_breach_probability"]["baseline"][window_days]
    low = result["low_point"]
    assert Decimal(low["change"]) == Decimal(low["scenario"]["expected"]) - Decimal(low["baseline"]["expected"])
    assert Decimal(low["change"]) >= 0
    assert result["baseline"]["low_point"] == low["baseline"]
    assert isinstance(result["daily"][0]["scenario_p10"], str) and isinstance(result["opening_balance"], str)


def test_simulating_is_repeatable_and_stores_nothing(business, api):
    scenario = create(api, name(), [{"type": "one_time", "date": (business["today"] + timedelta(days=3)).isoformat(),
                                     "amount": "-2500.00", "label": "New press"}])
    first = api.ok("POST", f"/scenarios/{scenario['id']}/simulate", json={"horizon": 30})
    again = api.ok("POST", f"/scenarios/{scenario['id']}/simulate", json={"horizon": 30})
    assert first == again
    assert [d["difference"] for d in first["daily"]] == ["0.00"] * 2 + ["-2500.00"] * 28
    # The default horizon is the business's forecast setting.
    assert len(api.ok("POST", f"/scenarios/{scenario['id']}/simulate")["daily"]) == 90


def test_compare_runs_every_scenario_against_the_same_baseline(business, api):
    delayed = create(api, name(), [delay(business["supplier"]["entity_id"])])
    pay_rise = create(api, name(), [
        {"type": "hire", "monthly_cost": "3200.00", "from_date": business["today"].isoformat(), "day_of_month": 25},
        {"type": "change_recurring", "series_id": business["rent"]["id"], "percent": 10}])
    result = api.ok("POST", "/scenarios/compare", json={"scenario_ids": [delayed["id"], pay_rise["id"]],
                                                        "horizon": HORIZON})
    assert [s["scenario"]["id"] for s in result["scenarios"]] == [delayed["id"], pay_rise["id"]]
    one, two = result["scenarios"]
    # The same baseline for both, and the delay's exact figures again.
    assert [d["baseline_expected"] for d in one["daily"]] == [d["baseline_expected"] for d in two["daily"]]
    assert sorted({d["difference"] for d in one["daily"]}) == ["0.00", "5000.00"]
    assert one["low_point"]["baseline"] == two["low_point"]["baseline"] == result["baseline"]["low_point"]
    # The hire and the dearer rent only ever lower the balance, by whole payments.
    assert all(Decimal(d["difference"]) <= 0 for d in two["daily"])
    assert Decimal(two["low_point"]["change"]) < 0
    assert [e["type"] for e in two["effects"]] == ["hire", "change_recurring"]
    assert two["effects"][0]["flows"] == 2 and two["effects"][1]["flows"] == 2


# --- saving: validation, names, references ------------------------------------------------------------

def test_crud_round_trip(business, api):
    s = create(api, name(), [{"type": "lose_customer", "entity_id": business["supplier"]["entity_id"],
                              "from_date": "2030-01-01"}])
    assert api.ok("GET", f"/scenarios/{s['id']}") == s
    assert s["id"] in [x["id"] for x in api.ok("GET", "/scenarios")]
    new_changes = [{"type": "cut_category", "category_id": api.category_id("rent"), "percent": 12.5}]
    updated = api.ok("PATCH", f"/scenarios/{s['id']}", json={"name": "Cheaper rent", "changes": new_changes})
    assert updated["name"] == "Cheaper rent" and updated["changes"][0]["percent"] == "12.5"
    assert updated["description"] == s["description"]
    assert api.ok("PATCH", f"/scenarios/{s['id']}", json={"description": "talk to landlord"})["name"] == "Cheaper rent"
    api.ok("DELETE", f"/scenarios/{s['id']}", 204)
    r = api.get(f"/scenarios/{s['id']}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "scenario_not_found"


def test_a_name_is_unique_per_business(business, api):
    taken = name()
    create(api, taken, [delay(business["supplier"]["entity_id"])])
    r = api.post("/scenarios", json={"name": taken, "changes": [delay(business["supplier"]["entity_id"])]})
    assert r.status_code == 409 and r.json()["error"]["code"] == "scenario_name_taken"
    other = create(api, name(), [delay(business["supplier"]["entity_id"])])
    r = api.patch(f"/scenarios/{other['id']}", json={"name": taken})
    assert r.status_code == 409 and r.json()["error"]["code"] == "scenario_name_taken"
    assert api.ok("GET", f"/scenarios/{other['id']}")["name"] == other["name"]  # nothing half-written


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"name": "x", "changes": [{"type": "fire_everyone"}]}, 422, "validation_error"),
    ({"name": "x", "changes": [{"type": "delay_payment", "days": 14}]}, 422, "validation_error"),
    ({"name": "x", "changes": [{"type": "delay_payment", "days": 0, "flow_key": "k"}]}, 422, "validation_error"),
    ({"name": "x", "changes": [{"type": "one_time", "date": "2030-01-01", "amount": "10.001"}]}, 422,
     "validation_error"),
    ({"name": "x", "changes": []}, 422, "validation_error"),
    ({"name": "", "changes": [{"type": "delay_payment", "days": 3, "flow_key": "k"}]}, 422, "validation_error"),
    ({"name": "x", "changes": [{"type": "delay_payment", "days": 3, "flow_key": "k"}], "colour": "red"}, 422,
     "validation_error"),
    ({"name": "x"}, 422, "validation_error"),
    (["not", "an", "object"], 400, "malformed_json"),
])
def test_bad_bodies_get_a_clear_4xx(api, body, status, code):
    r = api.post("/scenarios", json=body)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code and error["message"]


def test_unknown_change_type_names_the_field(api):
    r = api.post("/scenarios", json={"name": "x", "changes": [{"type": "fire_everyone"}]})
    detail = r.json()["error"]["details"][0]
    assert detail["field"] == "changes.0" and "delay_payment" in detail["message"]


def test_referenced_ids_must_be_this_businesss_own(business, api, register):
    stranger = register()
    stranger.create_business("Elsewhere", "EUR")
    foreign_category = stranger.category_id("rent")
    cases = [
        (delay(str(uuid.uuid4())), "unknown_entity", "changes.0.entity_id"),
        ({"type": "change_recurring", "series_id": str(uuid.uuid4()), "percent": 5}, "unknown_series",
         "changes.0.series_id"),
        ({"type": "cut_category", "category_id": foreign_category, "percent": 5}, "unknown_category",
         "changes.0.category_id"),
        # A new amount keeps the series' direction: +1,850 would turn rent into income.
        ({"type": "change_recurring", "series_id": business["rent"]["id"], "amount": "1850.00"},
         "invalid_scenario_change", "changes.0.amount"),
    ]
    for change, code, field in cases:
        r = api.post("/scenarios", json={"name": name(), "changes": [change]})
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == code and r.json()["error"]["details"]["field"] == field


def test_unknown_ids_on_every_endpoint(api):
    missing = str(uuid.uuid4())
    for method, path, body in [("GET", f"/scenarios/{missing}", None), ("PATCH", f"/scenarios/{missing}", {}),
                               ("DELETE", f"/scenarios/{missing}", None),
                               ("POST", f"/scenarios/{missing}/simulate", {}),
                               ("POST", "/scenarios/compare", {"scenario_ids": [missing]})]:
        r = api.request(method, path, json=body)
        assert r.status_code == 404 and r.json()["error"]["code"] == "scenario_not_found", (method, path, r.text)
    r = api.get("/scenarios/not-a-uuid")
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    for ids in ([], [missing] * 6):
        r = api.post("/scenarios/compare", json={"scenario_ids": ids})
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    r = api.post(f"/scenarios/{missing}/simulate", json={"horizon": 366})
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"


# --- tenants and roles ---------------------------------------------------------------------------------

def test_tenants_never_see_or_touch_each_others_scenarios(business, api, register):
    mine = create(api, name(), [delay(business["supplier"]["entity_id"])])
    stranger = register()
    stranger.create_business("Elsewhere", "EUR")
    assert stranger.ok("GET", "/scenarios") == []
    for method, path, body in [("GET", f"/scenarios/{mine['id']}", None),
                               ("PATCH", f"/scenarios/{mine['id']}", {"name": "mine now"}),
                               ("DELETE", f"/scenarios/{mine['id']}", None),
                               ("POST", f"/scenarios/{mine['id']}/simulate", {}),
                               ("POST", "/scenarios/compare", {"scenario_ids": [mine["id"]]})]:
        r = stranger.request(method, path, json=body)
        assert r.status_code == 404 and r.json()["error"]["code"] == "scenario_not_found", (method, path, r.text)
    # Another tenant's supplier reads as unknown, exactly like an id that does not exist.
    r = stranger.post("/scenarios", json={"name": "x", "changes": [delay(business["supplier"]["entity_id"])]})
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_entity"
    # The same name is free in another business.
    create(stranger, mine["name"], [{"type": "one_time", "date": "2030-01-01", "amount": "1"}])
    assert api.ok("GET", f"/scenarios/{mine['id']}")["name"] == mine["name"]
    # Without the business header nothing is listed.
    r = api.client.get("/api/v1/scenarios", headers={"Authorization": f"Bearer {api.token}"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "business_header_missing"


def test_a_viewer_can_simulate_but_not_change_scenarios(business, api, register):
    s = create(api, name(), [{"type": "one_time", "date": (business["today"] + timedelta(days=1)).isoformat(),
                              "amount": "100.00"}])
    viewer = register()
    api.ok("POST", f"/businesses/{api.business_id}/members", 201, json={"email": viewer.email, "role": "viewer"})
    viewer.business_id = api.business_id
    assert s["id"] in [x["id"] for x in viewer.ok("GET", "/scenarios")]
    assert viewer.ok("POST", f"/scenarios/{s['id']}/simulate", json={"horizon": 10})["daily"][0]["difference"] \
        == "100.00"
    for method, path, body in [("POST", "/scenarios", {"name": name(), "changes": s["changes"]}),
                               ("PATCH", f"/scenarios/{s['id']}", {"name": "viewer's"}),
                               ("DELETE", f"/scenarios/{s['id']}", None)]:
        r = viewer.request(method, path, json=body)
        assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_role", (method, path)


# --- the same scenario as a stored snapshot, and through the forecast function ----------------------------

def test_a_snapshot_generated_with_the_scenario_is_what_the_simulation_showed(business, api):
    s = create(api, name(), [delay(business["supplier"]["entity_id"])])
    simulated = api.ok("POST", f"/scenarios/{s['id']}/simulate", json={"horizon": HORIZON})
    snap = api.ok("POST", "/forecasts/generate", 201, json={"horizon": HORIZON, "scenario_ids": [s["id"]]})
    assert snap["scenario_ids"] == [s["id"]]
    assert [d["expected"] for d in snap["daily"]] == [d["scenario_expected"] for d in simulated["daily"]]
    # Against the plain forecast (same seed, same draws for every other flow) the bands move by exactly
    # 5,000.00 in the window too, not only the expected balance.
    plain = api.ok("POST", "/forecasts/generate", 201, json={"horizon": HORIZON})
    assert [d["expected"] for d in plain["daily"]] == [d["baseline_expected"] for d in simulated["daily"]]
    due = business["due"]
    window = {(due + timedelta(days=i)).isoformat() for i in range(14)}
    for base_day, sim_day in zip(plain["daily"], simulated["daily"], strict=True):
        moved = Decimal("5000.00") if base_day["date"] in window else Decimal("0.00")
        assert Decimal(sim_day["scenario_p10"]) - Decimal(base_day["p10"]) == moved, base_day["date"]
        assert Decimal(sim_day["scenario_p90"]) - Decimal(base_day["p90"]) == moved, base_day["date"]
    # A simulation stores nothing; the snapshot is not "the" forecast either.
    r = api.post("/forecasts/generate", json={"horizon": HORIZON, "scenario_ids": [str(uuid.uuid4())]})
    assert r.status_code == 404 and r.json()["error"]["code"] == "scenario_not_found"


@pytest.mark.filterwarnings("ignore:No application metrics")
def test_through_the_forecast_function_the_answers_are_the_same(business, api, app):
    """The API in AWS sends the action to the forecast function (LambdaRunner): same JSON, same errors."""
    import io
    import json

    from cashpilot.adapters.forecast_runner import LambdaRunner, runner_from_settings

    from functions.forecast.handler import handler
    from tests.functional.test_api_handler import LambdaContext

    class InProcessLambda:
        def invoke(self, FunctionName, InvocationType, Payload):
            body = handler(json.loads(Payload), LambdaContext())
            return {"StatusCode": 200, "Payload": io.BytesIO(json.dumps(body).encode())}

    s = create(api, name(), [delay(business["supplier"]["entity_id"])])
    local = api.ok("POST", f"/scenarios/{s['id']}/simulate", json={"horizon": 30})
    app.dependency_overrides[runner_from_settings] = lambda: LambdaRunner("forecast", client=InProcessLambda())
    try:
        assert api.ok("POST", f"/scenarios/{s['id']}/simulate", json={"horizon": 30}) == local
        compared = api.ok("POST", "/scenarios/compare", json={"scenario_ids": [s["id"]], "horizon": 30})
        assert compared["scenarios"][0]["daily"] == local["daily"]
        other = str(uuid.uuid4())
        r = api.post("/scenarios/compare", json={"scenario_ids": [s["id"], other]})
        assert r.status_code == 404 and r.json()["error"]["code"] == "scenario_not_found"
        assert r.json()["error"]["details"] == {"scenario_id": other}
    finally:
        app.dependency_overrides.pop(runner_from_settings, None)
