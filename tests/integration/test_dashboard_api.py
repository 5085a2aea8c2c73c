"""The dashboard through the API on the real database. Every figure is checked against sums computed here
from the rows the test inserted and the forecast it stored (not by calling the service): cash position,
the period's money in and out with the change, alert counts, the stability score, top customers and
suppliers, monthly trends, the cash-flow timeline, flagged anomalies (also on the transactions), the card
layout, tenant isolation and bad input."""

from __future__ import annotations

import calendar
import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

import pytest
from cashpilot.adapters.db.models import ForecastSnapshot
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.dates import today_in
from cashpilot.domain.forecast.model import DayBand, ForecastRequest, ForecastResult, KnownFlow, LowPoint
from cashpilot.domain.roles import Role
from cashpilot.services import anomalies, forecast
from cashpilot.services.context import Tenant
from sqlalchemy import text

CENT = Decimal("0.01")
TODAY = today_in("UTC")
OPENED = TODAY - timedelta(days=130)
BUFFER = Decimal("1000.00")
RATES = {"EUR": Decimal(1), "USD": Decimal("0.5")}  # GBP has no rate: its account is left out


@dataclass
class Row:
    account: str
    day: date
    amount: Decimal
    currency: str = "EUR"
    status: str = "cleared"
    transfer: bool = False
    deleted: bool = False
    entity: str | None = None
    category: str | None = None
    description: str = ""

    @property
    def booked(self) -> bool:
        return not self.deleted and self.status != "pending"


def q(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_EVEN)


def insert_rows(business_id: str, rows: list[Row]) -> list[str]:
    ids = []
    with UnitOfWork(business_id=uuid.UUID(business_id)) as uow:
        for r in rows:
            ids.append(str(uow.session.execute(text(
                """INSERT INTO transactions (business_id, account_id, amount, currency, transaction_date, description,
                                            status, entity_id, category_id, is_transfer, deleted_at)
                   VALUES (:b, :a, :amount, :c, :d, :desc, :s, :e, :cat, :tr, CASE WHEN :deleted THEN now() END)
                   RETURNING id"""),
                {"b": business_id, "a": r.account, "amount": r.amount, "c": r.currency, "d": r.day,
                 "desc": r.description, "s": r.status, "e": r.entity, "cat": r.category, "tr": r.transfer,
                 "deleted": r.deleted}).scalar_one()))
        uow.commit()
    return ids


def store_forecast(business_id: str, as_of: date, flows: list[KnownFlow], *, horizon: int = 40,
                   opening: Decimal = Decimal("9000.00"), scenario: bool = False) -> tuple[str, ForecastResult]:
    request = ForecastRequest(as_of=as_of, opening_balance=opening, history_start=as_of - timedelta(days=60),
                              residual=tuple((as_of - timedelta(days=i), Decimal("-3.00")) for i in range(60)),
                              known_flows=tuple(flows), horizon=horizon, paths=500, buffer=BUFFER, seed=1)
    daily = tuple(DayBand(as_of + timedelta(days=i), opening - 10 * i, opening - 25 * i, opening - 10 * i,
                          opening + 5 * i) for i in range(1, horizon + 1))
    result = ForecastResult(as_of=as_of, opening_balance=opening, horizon=horizon, daily=daily,
                            low_point=LowPoint(daily[-1].date, daily[-1].expected, daily[-1].p10),
                            deficit_probability={30: 0.0}, buffer_breach_probability={30: 0.1}, runway_days=None,
                            model="test", model_scores={}, baseline_daily=Decimal("-10.00"), known_flows=len(flows),
                            paths=500, seed=1, buffer=BUFFER)
    with UnitOfWork(business_id=uuid.UUID(business_id), actor="pipeline:forecast") as uow:
        snap = ForecastSnapshot(
            business_id=uuid.UUID(business_id), as_of=as_of, horizon=horizon, trigger="pipeline", currency="EUR",
            model="test", opening_balance=opening, low_point_date=daily[-1].date,
            low_point_expected=daily[-1].expected, low_point_p10=daily[-1].p10,
            deficit_probability={"30": 0.0}, buffer_breach_probability={"30": 0.1}, runway_days=None,
            inputs=request.to_json(), parameters={"buffer": str(BUFFER)}, results=result.to_json(),
            scenario_ids=[uuid.uuid4()] if scenario else [])
        uow.session.add(snap)
        uow.flush()
        snapshot_id = str(snap.id)
        uow.commit()
    return snapshot_id, result


def flow(days: int, amount: str, probability: float = 1.0, label: str = "flow") -> KnownFlow:
    return KnownFlow(key=f"{label}:{days}", source="recurring_series", label=label, due=TODAY + timedelta(days=days),
                     amount=Decimal(amount), probability=probability)


FLOWS = [
    flow(0, "-999.00", label="due today"),  # in the balance already, or overdue: not counted
    flow(-3, "5000.00", label="overdue"),
    flow(1, "-1200.00", label="rent"),
    flow(15, "-59.99", label="software"),
    flow(30, "2500.00", label="acme"),
    flow(30, "-4200.00", label="payroll"),
    flow(20, "1000.01", 0.5, label="maybe"),  # counted at its expected value: 500.005 -> 500.00
    flow(31, "-7777.00", label="too far"),
]


@pytest.fixture
def shop(register):
    api = register()
    api.create_business("Corner Shop", "EUR", timezone="UTC")
    api.ok("PATCH", f"/businesses/{api.business_id}/settings",
           json={"alert_thresholds": {"cash_buffer": str(BUFFER)}, "forecast": {"fx_rates": {"USD": "0.5"}}})
    accounts = {
        "current": api.create_account("Current", opening_balance="5000.00", opening_balance_date=OPENED.isoformat()),
        "dollars": api.create_account("Dollars", currency="USD", opening_balance="1000.25",
                                      opening_balance_date=OPENED.isoformat()),
        "pounds": api.create_account("Pounds", currency="GBP", opening_balance="700.00",
                                     opening_balance_date=OPENED.isoformat()),
    }
    opening = {"current": Decimal("5000.00"), "dollars": Decimal("1000.25"), "pounds": Decimal("700.00")}
    currency = {"current": "EUR", "dollars": "USD", "pounds": "GBP"}
    ent = {name: api.ok("POST", "/entities", 201, json={"name": name, "type": kind})["id"]
           for name, kind in (("Acme Ltd", "customer"), ("Beta GmbH", "customer"), ("Gamma SA", "customer"),
                              ("Landlord Co", "supplier"), ("Cloudy Hosting", "supplier"))}
    rent, software = api.category_id("rent"), api.category_id("software")

    rng = random.Random(11)
    rows: list[Row] = []
    acc = {k: v["id"] for k, v in accounts.items()}
    for back in range(125, -1, -1):
        day = TODAY - timedelta(days=back)
        if back % 3 == 0:
            rows.append(Row(acc["current"], day, Decimal(rng.randint(80000, 150000)) / 100, entity=ent["Acme Ltd"]))
        if back % 7 == 2:
            rows.append(Row(acc["current"], day, Decimal(rng.randint(30000, 60000)) / 100, entity=ent["Beta GmbH"]))
        if back % 11 == 5:
            rows.append(Row(acc["current"], day, Decimal(rng.randint(10000, 90000)) / 100, entity=ent["Gamma SA"]))
        if back % 2 == 0:
            rows.append(Row(acc["current"], day, -Decimal(rng.randint(2000, 20000)) / 100,
                            entity=ent["Cloudy Hosting"], category=software))
        if day.day == 1:
            rows.append(Row(acc["current"], day, Decimal("-1200.00"), entity=ent["Landlord Co"], category=rent))
        if back % 10 == 4:
            rows.append(Row(acc["dollars"], day, Decimal("200.33"), currency="USD"))
            rows.append(Row(acc["dollars"], day, Decimal("-77.77"), currency="USD"))
        if back % 20 == 0:
            rows.append(Row(acc["pounds"], day, Decimal("-50.00"), currency="GBP"))
    rows += [
        # money between own accounts: in the balance, never money in or out
        Row(acc["current"], TODAY - timedelta(days=5), Decimal("-500.00"), transfer=True),
        Row(acc["dollars"], TODAY - timedelta(days=5), Decimal("1000.00"), currency="USD", transfer=True),
        Row(acc["current"], TODAY, Decimal("-333.33"), status="pending", entity=ent["Cloudy Hosting"]),
        Row(acc["current"], TODAY - timedelta(days=1), Decimal("-4444.44"), deleted=True,
            entity=ent["Landlord Co"]),
        Row(acc["current"], TODAY, Decimal("123.45"), status="reconciled", entity=ent["Beta GmbH"]),
    ]
    insert_rows(api.business_id, rows)
    return {"api": api, "rows": rows, "accounts": acc, "opening": opening, "currency": currency, "entities": ent,
            "categories": {"rent": rent, "software": software}}


# ------------------------------------------------------------------------------ expected, from the raw rows


def balance_on(shop, day: date) -> Decimal:
    total = Decimal(0)
    for key, account_id in shop["accounts"].items():
        rate = RATES.get(shop["currency"][key])
        if rate is None:
            continue
        booked = sum((r.amount for r in shop["rows"] if r.account == account_id and r.booked and r.day <= day),
                     Decimal(0))
        total += q((shop["opening"][key] + booked) * rate)
    return total


def money_in_out(shop, start: date, end: date) -> tuple[Decimal, Decimal]:
    money_in = money_out = Decimal(0)
    for r in shop["rows"]:
        rate = RATES.get(r.currency)
        if rate is None or not r.booked or r.transfer or not start <= r.day <= end:
            continue
        if r.amount > 0:
            money_in += r.amount * rate
        else:
            money_out -= r.amount * rate
    return q(money_in), q(money_out)


def previous_month_span(today: date) -> tuple[date, date]:
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, min(today.day, last))


def top(shop, *, incoming: bool, start: date, end: date) -> list[tuple[str, Decimal]]:
    """Customers / suppliers as entity_insights.top_entities ranks them: business currency, booked money
    only (pending left out, like the period totals), no transfers."""
    names = {v: k for k, v in shop["entities"].items()}
    totals: dict[str, Decimal] = {}
    for r in shop["rows"]:
        if (r.entity and r.booked and not r.transfer and r.currency == "EUR" and start <= r.day <= end
                and (r.amount > 0) == incoming):
            totals[names[r.entity]] = totals.get(names[r.entity], Decimal(0)) + abs(r.amount)
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


# ------------------------------------------------------------------------------------------ tests


def test_overview_figures_equal_the_sums_of_the_rows_and_the_stored_forecast(shop):
    api = shop["api"]
    store_forecast(api.business_id, TODAY - timedelta(days=1), FLOWS)
    store_forecast(api.business_id, TODAY, [flow(2, "-100000.00")], scenario=True)  # a what-if: not the forecast
    body = api.ok("GET", "/dashboard/overview")
    assert body["as_of"] == TODAY.isoformat() and body["currency"] == "EUR"

    cash = body["cash"]
    available = balance_on(shop, TODAY)
    assert cash["available"] == str(available)
    # rent 1200 + software 59.99 + payroll 4200 out; acme 2500 + half of 1000.01 in (due today+1 .. today+30)
    assert cash["committed_outflows"] == "5459.99" and cash["expected_inflows"] == "3000.00"
    assert cash["cash_buffer"] == "1000.00" and cash["window_days"] == 30
    assert cash["net_free_cash"] == str(available + Decimal("3000.00") - Decimal("5459.99") - BUFFER)
    # The available cash is what the accounts show, converted: the same booked balance.
    shown = {a["id"]: Decimal(a["current_balance"]) for a in api.ok("GET", "/accounts")}
    assert available == shown[shop["accounts"]["current"]] + q(shown[shop["accounts"]["dollars"]] * RATES["USD"])

    period = body["period"]
    assert period["name"] == "month_to_date"
    start = TODAY.replace(day=1)
    assert (period["current"]["start"], period["current"]["end"]) == (start.isoformat(), TODAY.isoformat())
    money_in, money_out = money_in_out(shop, start, TODAY)
    assert (period["current"]["money_in"], period["current"]["money_out"]) == (str(money_in), str(money_out))
    assert period["current"]["net"] == str(money_in - money_out)
    p_start, p_end = previous_month_span(TODAY)
    assert (period["previous"]["start"], period["previous"]["end"]) == (p_start.isoformat(), p_end.isoformat())
    prev_in, prev_out = money_in_out(shop, p_start, p_end)
    assert (period["previous"]["money_in"], period["previous"]["money_out"]) == (str(prev_in), str(prev_out))
    assert period["change"]["money_in"] == str(money_in - prev_in)
    if prev_in:
        expected_pct = float(((money_in - prev_in) / prev_in * 100).quantize(Decimal("0.1")))
        assert period["change"]["money_in_percent"] == pytest.approx(expected_pct, abs=0.051)

    assert body["alerts"] == {"emergency": 0, "this_week": 0, "upcoming": 0, "total": 0}
    assert body["stability"] is None

    customers = top(shop, incoming=True, start=start, end=TODAY)[:5]
    assert [(c["name"], c["total"]) for c in body["top_customers"]] == [(n, str(t)) for n, t in customers]
    suppliers = top(shop, incoming=False, start=start, end=TODAY)[:5]
    assert [(c["name"], c["total"]) for c in body["top_suppliers"]] == [(n, str(t)) for n, t in suppliers]


def test_available_cash_is_the_forecasts_cash_today_whatever_the_dates(shop):
    api = shop["api"]
    later = api.create_account("Later", opening_balance="300.00",
                               opening_balance_date=(TODAY - timedelta(days=10)).isoformat())["id"]
    closed = api.create_account("Closed", opening_balance="800.00")["id"]
    insert_rows(api.business_id, [
        Row(later, TODAY - timedelta(days=20), Decimal("-40.00")),  # before its opening: inside the 300 already
        Row(later, TODAY - timedelta(days=5), Decimal("25.50")),
        Row(later, TODAY + timedelta(days=3), Decimal("-99.00")),  # dated ahead: not cash today
        Row(shop["accounts"]["current"], TODAY + timedelta(days=1), Decimal("-1000.00")),
        Row(closed, TODAY - timedelta(days=2), Decimal("10.00")),
    ])
    api.ok("DELETE", f"/accounts/{closed}", 204)
    available = Decimal(api.ok("GET", "/dashboard/overview")["cash"]["available"])
    assert available == balance_on(shop, TODAY) + Decimal("325.50")
    tenant = Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=Role.OWNER,
                    currency="EUR", timezone="UTC")
    with UnitOfWork(business_id=tenant.business_id) as uow:
        assert forecast.cash_today(uow, tenant, day=TODAY) == available


@pytest.mark.parametrize("period", ["last_30_days", "quarter", "year"])
def test_other_periods_compare_with_the_equal_span_before(shop, period):
    api = shop["api"]
    body = api.ok("GET", "/dashboard/overview", params={"period": period})["period"]
    if period == "last_30_days":
        spans = [(TODAY - timedelta(days=29), TODAY), (TODAY - timedelta(days=59), TODAY - timedelta(days=30))]
    elif period == "quarter":
        start = date(TODAY.year, 3 * ((TODAY.month - 1) // 3) + 1, 1)
        prev_start = date(start.year - 1, 10, 1) if start.month == 1 else date(start.year, start.month - 3, 1)
        spans = [(start, TODAY), (prev_start, min(prev_start + (TODAY - start), start - timedelta(days=1)))]
    else:
        start, prev_start = date(TODAY.year, 1, 1), date(TODAY.year - 1, 1, 1)
        spans = [(start, TODAY), (prev_start, min(prev_start + (TODAY - start), start - timedelta(days=1)))]
    for key, (s, e) in zip(("current", "previous"), spans, strict=True):
        assert (body[key]["start"], body[key]["end"]) == (s.isoformat(), e.isoformat())
        money_in, money_out = money_in_out(shop, s, e)
        assert (body[key]["money_in"], body[key]["money_out"]) == (str(money_in), str(money_out)), key


def test_alert_counts_leave_out_dismissed_snoozed_and_resolved_and_stability_is_the_stored_score(shop):
    api = shop["api"]
    alerts = [("emergency", "open", None, None), ("this_week", "open", None, None),
              ("this_week", "open", None, "now() - interval '1 hour'"),  # the snooze has ended: counts
              ("upcoming", "open", "now()", None),  # dismissed
              ("emergency", "open", None, "now() + interval '1 day'"),  # snoozed
              ("emergency", "resolved", None, None)]
    with UnitOfWork(business_id=uuid.UUID(api.business_id)) as uow:
        for i, (severity, status, dismissed, snoozed) in enumerate(alerts):
            uow.session.execute(text(
                f"""INSERT INTO alerts (business_id, kind, dedup_key, status, severity, title, message, subject_type,
                                       dismissed_at, snoozed_until)
                    VALUES (:b, 'test', :key, :status, :severity, 't', 'm', 'business', {dismissed or 'NULL'},
                            {snoozed or 'NULL'})"""),
                {"b": api.business_id, "key": f"test:{i}", "status": status, "severity": severity})
        uow.session.execute(text(
            """INSERT INTO stability_scores (business_id, as_of, score, label, components)
               VALUES (:b, :d, 72, 'stable', '{}'), (:b, :old, 40, 'watch', '{}')"""),
            {"b": api.business_id, "d": TODAY - timedelta(days=1), "old": TODAY - timedelta(days=9)})
        uow.commit()
    body = api.ok("GET", "/dashboard/overview")
    assert body["alerts"] == {"emergency": 1, "this_week": 2, "upcoming": 0, "total": 3}
    assert body["stability"] == {"as_of": (TODAY - timedelta(days=1)).isoformat(), "score": 72, "label": "stable"}
    # Without a forecast the forecast-based figures are null, never guessed.
    cash = body["cash"]
    assert cash["committed_outflows"] is None and cash["net_free_cash"] is None and cash["forecast_id"] is None


def test_trends_are_monthly_sums_of_the_rows(shop):
    api = shop["api"]
    body = api.ok("GET", "/dashboard/trends", params={"months": 6})
    months = []
    first = TODAY.replace(day=1)
    for _ in range(6):
        months.insert(0, first)
        first = (first - timedelta(days=1)).replace(day=1)
    assert [m["month"] for m in body["months"]] == [m.isoformat() for m in months]
    for m, out in zip(months, body["months"], strict=True):
        end = date(m.year, m.month, calendar.monthrange(m.year, m.month)[1])
        money_in, money_out = money_in_out(shop, m, min(end, TODAY))
        assert (out["money_in"], out["money_out"], out["net"]) == (
            str(money_in), str(money_out), str(money_in - money_out)), m
    assert body["months"][0]["money_in"] == "0.00"  # before the history: zeros, not missing
    assert len(api.ok("GET", "/dashboard/trends")["months"]) == 12


def test_the_cashflow_timeline_joins_actual_balances_to_the_forecast_band(shop):
    api = shop["api"]
    as_of = TODAY - timedelta(days=1)
    snapshot_id, result = store_forecast(api.business_id, as_of, FLOWS, horizon=40)
    body = api.ok("GET", "/dashboard/cashflow-timeline", params={"days": 30})
    assert body["forecast_id"] == snapshot_id and body["forecast_as_of"] == as_of.isoformat()
    points = {p["date"]: p for p in body["points"]}
    dates = [p["date"] for p in body["points"]]
    assert dates == sorted(dates) and dates[0] == (TODAY - timedelta(days=29)).isoformat()
    assert dates[-1] == (as_of + timedelta(days=40)).isoformat() and len(dates) == len(set(dates)) == 30 + 39
    for back in range(30):
        day = TODAY - timedelta(days=back)
        p = points[day.isoformat()]
        assert p["kind"] == "actual" and p["balance"] == str(balance_on(shop, day)), day
    bands = {d.date: d for d in result.daily}
    # The forecast starts from its opening balance, so the band joins the line.
    assert points[as_of.isoformat()]["expected"] == points[as_of.isoformat()]["p10"] == "9000.00"
    assert points[(as_of - timedelta(days=1)).isoformat()]["expected"] is None
    today = points[TODAY.isoformat()]
    assert today["expected"] == str(bands[TODAY].expected) and today["balance"] is not None
    for day, band in bands.items():
        if day > TODAY:
            p = points[day.isoformat()]
            assert p == {"date": day.isoformat(), "kind": "forecast", "balance": None, "expected": str(band.expected),
                         "p10": str(band.p10), "p90": str(band.p90)}


def test_anomalies_are_listed_and_shown_on_the_transactions(shop):
    api = shop["api"]
    supplier = api.ok("POST", "/entities", 201, json={"name": "Paper Mill", "type": "supplier"})["id"]
    rows = [Row(shop["accounts"]["current"], TODAY - timedelta(days=7 * (10 - i)), Decimal(a), entity=supplier)
            for i, a in enumerate(["-100.00", "-102.00", "-98.00", "-101.00", "-99.00", "-100.00", "-103.00",
                                   "-97.00", "-100.00", "-100.00"])]
    spike = Row(shop["accounts"]["current"], TODAY - timedelta(days=1), Decimal("-200.00"), entity=supplier,
                description="PAPER MILL BULK ORDER")
    ids = insert_rows(api.business_id, [*rows, spike])
    business_id = uuid.UUID(api.business_id)
    tenant = Tenant(business_id=business_id, user_id=uuid.UUID(api.user["id"]), role=Role.OWNER, currency="EUR",
                    timezone="UTC")

    def refresh_at(today: date) -> dict:
        with UnitOfWork(business_id=business_id, actor="pipeline:detect") as uow:
            scores = anomalies.refresh(uow, tenant, today=today)
            uow.commit()
        return scores

    assert refresh_at(TODAY)[uuid.UUID(ids[-1])].is_anomaly

    def stored() -> list:
        with UnitOfWork(business_id=business_id) as uow:
            return uow.session.execute(text("SELECT transaction_id, score, computed_at FROM transaction_anomalies "
                                            "WHERE business_id = :b ORDER BY transaction_id"), {"b": business_id}).all()

    first = stored()
    refresh_at(TODAY)
    assert stored() == first  # idempotent: the same rows, not even rewritten

    body = api.ok("GET", "/dashboard/anomalies")
    flagged = [i for i in body["items"] if i["transaction_id"] == ids[-1]]
    assert len(flagged) == 1
    a = flagged[0]
    # median 100, MAD 1 -> floored to 5% of 100 = 5: z = 100 / (1.4826 * 5)
    assert a["score"] == round(100 / (1.4826 * 5), 2) and a["baseline"] == "100.00" and a["basis"] == "entity"
    assert a["amount"] == "-200.00" and a["entity_name"] == "Paper Mill" and a["samples"] == 10
    assert all(i["score"] >= 4 for i in body["items"])

    spike_out = api.ok("GET", f"/transactions/{ids[-1]}")
    assert spike_out["anomaly"] == {"score": a["score"], "is_anomaly": True, "baseline": "100.00", "basis": "entity"}
    ordinary = api.ok("GET", f"/transactions/{ids[5]}")["anomaly"]
    assert ordinary is not None and ordinary["is_anomaly"] is False
    assert api.ok("GET", f"/transactions/{ids[0]}")["anomaly"] is None  # nothing earlier to compare with
    page = api.ok("GET", "/transactions", params={"entity_id": supplier, "limit": 50})
    assert {i["id"]: (i["anomaly"] or {}).get("is_anomaly") for i in page["items"]}[ids[-1]] is True

    # Months later only part of the spike's history is loaded, then none of it: the score the fuller run
    # stored stays (the partial run scores it from 4 payments; the last one cannot score it at all).
    spike_id = uuid.UUID(ids[-1])
    assert refresh_at(TODAY + timedelta(days=anomalies.LOOKBACK_DAYS - 30))[spike_id].samples == 4
    assert stored() == first
    assert spike_id not in refresh_at(TODAY + timedelta(days=anomalies.LOOKBACK_DAYS - 3))
    assert stored() == first

    # A deleted transaction leaves the list, and the next refresh drops its score.
    api.ok("DELETE", f"/transactions/{ids[-1]}", 204)
    assert all(i["transaction_id"] != ids[-1] for i in api.ok("GET", "/dashboard/anomalies")["items"])
    refresh_at(TODAY)
    assert uuid.UUID(ids[-1]) not in {r.transaction_id for r in stored()}


def test_the_layout_is_per_user_and_validated(shop, register):
    api = shop["api"]
    default = api.ok("GET", "/dashboard/layout")
    assert default["is_default"] is True and default["updated_at"] is None
    ids = [c["id"] for c in default["cards"]]
    assert "cash_position" in ids and len(ids) == len(set(ids))

    cards = [{"id": "alerts", "x": 0, "y": 0, "w": 4, "h": 2},
             {"id": "cash_position", "x": 4, "y": 0, "w": 8, "h": 2, "visible": False}]
    saved = api.ok("PUT", "/dashboard/layout", json={"cards": cards})
    assert saved["is_default"] is False and saved["updated_at"]
    assert saved["cards"] == [{**cards[0], "visible": True}, cards[1]]
    assert api.ok("GET", "/dashboard/layout")["cards"] == saved["cards"]

    for bad, status, code in (
        ({"cards": [{"id": "horoscope", "x": 0, "y": 0, "w": 1, "h": 1}]}, 422, "unknown_card"),
        ({"cards": [cards[0], cards[0]]}, 422, "duplicate_card"),
        ({"cards": [{"id": "alerts", "x": 10, "y": 0, "w": 4, "h": 1}]}, 422, "card_outside_grid"),
        ({"cards": [{"id": "alerts", "x": 0, "y": 0, "w": 0, "h": 1}]}, 422, "validation_error"),
        ({"cards": [{"id": "alerts", "x": 0, "y": 0, "w": 1, "h": 1, "colour": "red"}]}, 422, "validation_error"),
        ({"cards": [{"id": "alerts", "x": 0, "y": i, "w": 1, "h": 1} for i in range(51)]}, 422, "validation_error"),
        ({"cards": "all"}, 422, "validation_error"),
    ):
        r = api.put("/dashboard/layout", json=bad)
        assert r.status_code == status and r.json()["error"]["code"] == code, (bad, r.text)
    huge = api.put("/dashboard/layout", content=b'{"cards": [' + b" " * 2_000_000 + b"]}",
                   headers={"Content-Type": "application/json"})
    assert huge.status_code == 413
    assert api.ok("GET", "/dashboard/layout")["cards"] == saved["cards"]  # nothing bad was stored

    # Another user, in their own business, has their own (default) layout.
    other = register()
    other.create_business("Other Co", "EUR")
    assert other.ok("GET", "/dashboard/layout")["is_default"] is True


def test_another_business_is_not_found_and_sees_nothing_of_this_one(shop, register):
    api = shop["api"]
    other = register()
    other.create_business("Other Co", "EUR", timezone="UTC")
    for path in ("/dashboard/overview", "/dashboard/trends", "/dashboard/cashflow-timeline", "/dashboard/anomalies",
                 "/dashboard/layout"):
        r = other.get(path, business_id=api.business_id)
        assert r.status_code == 404 and r.json()["error"]["code"] == "business_not_found", path
    r = other.put("/dashboard/layout", business_id=api.business_id, json={"cards": []})
    assert r.status_code == 404
    mine = other.ok("GET", "/dashboard/overview")
    assert mine["cash"]["available"] == "0.00" and mine["period"]["current"]["money_in"] == "0.00"
    assert mine["top_customers"] == [] and other.ok("GET", "/dashboard/anomalies")["items"] == []
    timeline = other.ok("GET", "/dashboard/cashflow-timeline", params={"days": 7})
    assert [p["balance"] for p in timeline["points"]] == ["0.00"] * 7 and timeline["forecast_id"] is None


def test_bad_input_gets_a_4xx_with_a_code(shop):
    api = shop["api"]
    for path, params, code in (
        ("/dashboard/overview", {"period": "fortnight"}, "validation_error"),
        ("/dashboard/trends", {"months": 0}, "validation_error"),
        ("/dashboard/trends", {"months": 37}, "validation_error"),
        ("/dashboard/trends", {"months": "many"}, "validation_error"),
        ("/dashboard/cashflow-timeline", {"days": 0}, "validation_error"),
        ("/dashboard/cashflow-timeline", {"days": 731}, "validation_error"),
        ("/dashboard/anomalies", {"limit": 0}, "validation_error"),
        ("/dashboard/anomalies", {"limit": 101}, "validation_error"),
        ("/dashboard/anomalies", {"since": "last tuesday"}, "validation_error"),
    ):
        r = api.get(path, params=params)
        assert r.status_code == 422 and r.json()["error"]["code"] == code, (path, params, r.text)
    r = api.client.get("/api/v1/dashboard/overview", headers={"Authorization": f"Bearer {api.token}"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "business_header_missing"
    r = api.get("/dashboard/overview", business_id="not-a-uuid")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_business_id"
    assert api.client.get("/api/v1/dashboard/overview").status_code == 401
