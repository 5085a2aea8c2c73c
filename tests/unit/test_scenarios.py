"""What-if scenarios on the forecast engine: each change type moves the forecast by exactly what it says.

Every test builds a request by hand, fits the baseline once and runs the baseline forecast and the
scenario with that same fitted baseline and seed, as the service does.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.forecast import engine
from cashpilot.domain.forecast import scenarios as sc
from cashpilot.domain.forecast.model import ForecastRequest, KnownFlow

AS_OF = date(2025, 3, 31)
SUPPLIER = uuid.UUID("00000000-0000-0000-0000-00000000000a")
CUSTOMER = uuid.UUID("00000000-0000-0000-0000-00000000000b")
RENT_SERIES = uuid.UUID("00000000-0000-0000-0000-00000000000c")
SUPPLIES = uuid.UUID("00000000-0000-0000-0000-00000000000d")
ZERO = Decimal("0.00")


def day(n: int) -> date:
    return AS_OF + timedelta(days=n)


def residual_history(days: int = 240) -> tuple[tuple[date, Decimal], ...]:
    """Card takings most days and lumpy small purchases: noisy enough for real bands."""
    rnd = random.Random(7)
    out = []
    for i in range(days):
        d = AS_OF - timedelta(days=days - 1 - i)
        amount = Decimal(rnd.randint(-30000, 45000)) / 100 if d.weekday() < 6 else Decimal("-35.00")
        out.append((d, amount))
    return tuple(out)


def make_request(flows=(), **kw) -> ForecastRequest:
    base = dict(
        as_of=AS_OF, opening_balance=Decimal("20000.00"), history_start=AS_OF - timedelta(days=239),
        residual=residual_history(), horizon=90, paths=2000, seed=11, buffer=Decimal("2500.00"),
        residual_by_entity={str(CUSTOMER): Decimal("123.456"), str(SUPPLIER): Decimal("-40.00")},
        residual_by_category={str(SUPPLIES): Decimal("-80.1234")},
    )
    base.update(kw)
    return ForecastRequest(known_flows=tuple(flows), **base)


# The supplier payment the acceptance criterion is about, among flows whose timing IS uncertain: a
# customer who pays 0-12 days late with a varying amount, and rent. Their draws must not move.
SUPPLIER_PAYMENT = KnownFlow(key="series:supplier:1", source="recurring_series", label="Supplier",
                             due=day(10), amount=Decimal("-5000.00"), lags=(0,), entity_id=SUPPLIER)
FLOWS = (
    KnownFlow(key="series:customer:1", source="recurring_series", label="Customer", due=day(5),
              amount=Decimal("3200.00"), amount_sd=Decimal("150.00"), lags=(0, 2, 5, 12), entity_id=CUSTOMER),
    SUPPLIER_PAYMENT,
    KnownFlow(key="series:rent:1", source="recurring_series", label="Rent", due=day(31),
              amount=Decimal("-1800.00"), lags=(0, 0, 1), series_id=RENT_SERIES, category_id=SUPPLIES),
    KnownFlow(key="series:customer:2", source="recurring_series", label="Customer", due=day(35),
              amount=Decimal("3200.00"), amount_sd=Decimal("150.00"), lags=(0, 2, 5, 12), entity_id=CUSTOMER),
    KnownFlow(key="series:supplier:2", source="recurring_series", label="Supplier", due=day(40),
              amount=Decimal("-5000.00"), lags=(0,), entity_id=SUPPLIER),
    KnownFlow(key="series:rent:2", source="recurring_series", label="Rent", due=day(61),
              amount=Decimal("-1800.00"), lags=(0, 0, 1), series_id=RENT_SERIES, category_id=SUPPLIES),
)


@pytest.fixture(scope="module")
def request_():
    return make_request(FLOWS)


@pytest.fixture(scope="module")
def fitted(request_):
    return engine.fit(request_)


@pytest.fixture(scope="module")
def base(request_, fitted):
    return engine.forecast(request_, baseline=fitted)


def run(request_, fitted, changes):
    return engine.forecast(sc.apply(request_, sc.parse_changes(changes)), baseline=fitted)


def diffs(base, scenario, field="expected"):
    return [getattr(s, field) - getattr(b, field) for b, s in zip(base.daily, scenario.daily, strict=True)]


# --- the acceptance point: a delayed 5,000 payment moves exactly 5,000 on exactly those days -------------

def test_delaying_a_known_5000_payment_by_14_days_moves_exactly_5000_on_those_days(request_, fitted, base):
    # Given a supplier payment of 5,000.00 due in 10 days, when it is paid 14 days later
    scenario = run(request_, fitted, [{"type": "delay_payment", "entity_id": str(SUPPLIER), "days": 14}])

    # Then the expected balance is exactly 5,000.00 higher on days 10..23 and unchanged on every other day
    window = range(10, 24)
    for field in ("expected", "p10", "p50", "p90"):
        d = diffs(base, scenario, field)
        assert [d[i - 1] for i in window] == [Decimal("5000.00")] * 14, field
        assert all(x == ZERO for i, x in enumerate(d, start=1) if i not in window), field
    # and the risk numbers only improve
    assert all(scenario.deficit_probability[w] <= base.deficit_probability[w] for w in base.deficit_probability)


def test_delaying_all_payments_of_a_supplier_moves_each_one(request_, fitted, base):
    scenario = run(request_, fitted, [{"type": "delay_payment", "entity_id": str(SUPPLIER), "days": 14,
                                       "occurrences": "all"}])
    d = diffs(base, scenario)
    inside = set(range(10, 24)) | set(range(40, 54))
    assert all(d[i - 1] == Decimal("5000.00") for i in inside)
    assert all(x == ZERO for i, x in enumerate(d, start=1) if i not in inside)


def test_delay_by_flow_key_and_past_the_horizon(request_, fitted, base):
    # The second payment (day 40) pushed 60 days out leaves the 90-day horizon: +5,000 from day 40 on.
    scenario = run(request_, fitted, [{"type": "delay_payment", "flow_key": "series:supplier:2", "days": 60}])
    d = diffs(base, scenario)
    assert d[38] == ZERO and all(x == Decimal("5000.00") for x in d[39:])
    assert scenario.known_flows == base.known_flows - 1


def test_a_change_that_matches_nothing_changes_nothing_and_says_so(request_, fitted, base):
    changes = sc.parse_changes([{"type": "delay_payment", "entity_id": str(uuid.uuid4()), "days": 3},
                                {"type": "delay_payment", "entity_id": str(CUSTOMER), "days": 3}])  # an inflow
    changed, effects = sc.apply_with_effects(request_, changes)
    assert changed == request_
    assert [e.flows for e in effects] == [0, 0] and all("nothing changed" in e.note for e in effects)
    assert engine.forecast(changed, baseline=fitted) == base


# --- the other change types, exact where they are deterministic ---------------------------------------

def test_one_time_outflow_lowers_every_day_from_its_date_by_exactly_its_amount(request_, fitted, base):
    scenario = run(request_, fitted, [{"type": "one_time", "date": day(20).isoformat(), "amount": "-7500.25",
                                       "label": "New van"}])
    for field in ("expected", "p10", "p50", "p90"):
        d = diffs(base, scenario, field)
        assert d[:19] == [ZERO] * 19, field
        assert d[19:] == [Decimal("-7500.25")] * 71, field
    assert scenario.known_flows == base.known_flows + 1


def test_hire_adds_a_monthly_cost_on_its_pay_day_through_the_horizon(request_, fitted, base):
    # From 2025-04-15 on the 28th: pay days Apr 28, May 28, Jun 28 inside the horizon (to 2025-06-29).
    scenario = run(request_, fitted, [{"type": "hire", "monthly_cost": "3100.00", "from_date": "2025-04-15"}])
    d = diffs(base, scenario)
    pay_days = [date(2025, 4, 28), date(2025, 5, 28), date(2025, 6, 28)]
    for i, x in enumerate(d, start=1):
        paid = sum(1 for p in pay_days if p <= day(i))
        assert x == Decimal("-3100.00") * paid


def test_hire_clamps_the_pay_day_to_short_months(request_):
    changed = sc.apply(request_, sc.parse_changes([{"type": "hire", "monthly_cost": "100", "from_date": "2025-04-01",
                                                    "day_of_month": 31}]))
    added = [f.due for f in changed.known_flows if f.source == "scenario"]
    assert added == [date(2025, 4, 30), date(2025, 5, 31)]


def test_change_recurring_by_percent_from_a_date(request_, fitted, base):
    # Rent +10% from May: only the second rent payment (day 61, -1,800.00) becomes -1,980.00.
    scenario = run(request_, fitted, [{"type": "change_recurring", "series_id": str(RENT_SERIES), "percent": 10,
                                       "from_date": "2025-05-15"}])
    d = diffs(base, scenario)
    # Rent's timing is uncertain (lags 0, 0, 1): the expected difference splits 2/3 on day 61, 1/3 on day 62.
    assert d[:60] == [ZERO] * 60
    assert d[60] == Decimal("-120.00")
    assert all(x == Decimal("-180.00") for x in d[61:])


def test_change_recurring_to_a_new_amount(request_, fitted, base):
    scenario = run(request_, fitted, [{"type": "change_recurring", "series_id": str(RENT_SERIES),
                                       "amount": "-1500.00"}])
    d = diffs(base, scenario)
    assert d[29] == ZERO and d[32] == Decimal("300.00") and d[-1] == Decimal("600.00")


def test_lose_customer_drops_their_payments_and_their_share_of_the_baseline(request_, fitted, base):
    # From day 20: the customer's payment due day 35 (3,200.00) goes, and their recent residual income
    # (123.456 a day -> 123.46) leaves the baseline from day 20 on.
    scenario = run(request_, fitted, [{"type": "lose_customer", "entity_id": str(CUSTOMER),
                                       "from_date": day(20).isoformat()}])
    d = diffs(base, scenario)
    assert d[:19] == [ZERO] * 19
    for i in range(20, 35):  # before the dropped payment could land
        assert d[i - 1] == Decimal("-123.46") * (i - 19)
    for i in range(47, 91):  # after its latest possible arrival (due 35 + 12 days late)
        assert d[i - 1] == Decimal("-123.46") * (i - 19) - Decimal("3200.00")
    # The earlier payment (due day 5) still comes: the scenario starts on day 20.
    assert scenario.known_flows == base.known_flows - 1


def test_lose_customer_does_not_touch_a_customer_who_costs_money(request_):
    changed, effects = sc.apply_with_effects(request_, sc.parse_changes([
        {"type": "lose_customer", "entity_id": str(SUPPLIER), "from_date": day(1).isoformat()}]))
    assert changed.baseline_adjustments == () and effects[0].baseline_per_day == ZERO


def test_cut_category_shrinks_its_payments_and_its_baseline_spending(request_, fitted, base):
    # Supplies -25%: rent (category supplies) -1,800.00 -> -1,350.00 and 25% of 80.1234 a day = 20.03 a day back.
    scenario = run(request_, fitted, [{"type": "cut_category", "category_id": str(SUPPLIES), "percent": 25}])
    d = diffs(base, scenario)
    assert d[0] == Decimal("20.03") and d[29] == Decimal("20.03") * 30
    assert d[-1] == Decimal("20.03") * 90 + Decimal("900.00")


def test_collect_earlier_brings_a_late_payer_forward_on_a_sure_date(request_, fitted, base):
    # The customer's payment due day 35 (usually 0-12 days late) collected 10 days earlier: on day 25 for sure.
    changed = sc.apply(request_, sc.parse_changes([{"type": "collect_earlier", "flow_key": "series:customer:2",
                                                    "days": 10}]))
    moved = next(f for f in changed.known_flows if f.key == "series:customer:2")
    assert (moved.due, moved.lags) == (day(25), (0,))
    d = diffs(base, engine.forecast(changed, baseline=fitted))
    assert d[:24] == [ZERO] * 24
    assert d[24] == Decimal("3200.00")
    assert d[-1] == ZERO  # by the horizon's end the money has come either way


def test_collect_earlier_never_before_tomorrow(request_):
    changed = sc.apply(request_, sc.parse_changes([{"type": "collect_earlier", "entity_id": str(CUSTOMER),
                                                    "days": 30}]))
    assert next(f for f in changed.known_flows if f.key == "series:customer:1").due == day(1)


def test_a_one_time_flow_in_the_past_is_skipped_with_a_note(request_):
    changed, effects = sc.apply_with_effects(request_, sc.parse_changes([
        {"type": "one_time", "date": AS_OF.isoformat(), "amount": "100"}]))
    assert changed == request_ and "not after" in effects[0].note


def test_changes_apply_in_order_and_keep_the_untouched_flows_in_place(request_):
    changes = sc.parse_changes([
        {"type": "one_time", "date": day(3).isoformat(), "amount": "10"},
        {"type": "lose_customer", "entity_id": str(CUSTOMER), "from_date": day(1).isoformat()},
        {"type": "delay_payment", "entity_id": str(SUPPLIER), "days": 1},
    ])
    changed = sc.apply(request_, changes)
    # Same flows in the same order (the engine's common random numbers depend on it), additions at the end.
    assert [f.key for f in changed.known_flows[:len(FLOWS)]] == [f.key for f in FLOWS]
    assert changed.known_flows[-1].source == "scenario"
    assert [f.probability for f in changed.known_flows if f.entity_id == CUSTOMER] == [0.0, 0.0]


def test_scenario_request_survives_the_snapshot_json_round_trip(request_):
    changed = sc.apply(request_, sc.parse_changes([
        {"type": "cut_category", "category_id": str(SUPPLIES), "percent": "12.5"},
        {"type": "hire", "monthly_cost": "2000", "from_date": "2025-04-01"}]))
    assert ForecastRequest.from_json(changed.to_json()) == changed


# --- validation ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "code", "field"), [
    ([{"type": "fire_everyone"}], "unknown_change_type", "changes.0"),
    ([{"days": 3}], "unknown_change_type", "changes.0"),
    ([{"type": "delay_payment", "days": 3}], "invalid_scenario_change", "changes.0.delay_payment"),
    ([{"type": "delay_payment", "days": 3, "entity_id": str(SUPPLIER), "series_id": str(RENT_SERIES)}],
     "invalid_scenario_change", "changes.0.delay_payment"),
    ([{"type": "delay_payment", "days": 0, "entity_id": str(SUPPLIER)}], "invalid_scenario_change",
     "changes.0.delay_payment.days"),
    ([{"type": "delay_payment", "days": 366, "entity_id": str(SUPPLIER)}], "invalid_scenario_change",
     "changes.0.delay_payment.days"),
    ([{"type": "delay_payment", "days": 3, "entity_id": str(SUPPLIER), "occurrences": "some"}],
     "invalid_scenario_change", "changes.0.delay_payment.occurrences"),
    ([{"type": "delay_payment", "days": 3, "entity_id": str(SUPPLIER), "dayz": 4}], "invalid_scenario_change",
     "changes.0.delay_payment.dayz"),
    ([{"type": "one_time", "date": "2025-05-01", "amount": "0"}], "invalid_scenario_change", "changes.0.one_time"),
    ([{"type": "one_time", "date": "2025-05-01", "amount": "1.001"}], "invalid_scenario_change",
     "changes.0.one_time.amount"),
    ([{"type": "one_time", "date": "2025-05-01", "amount": "Infinity"}], "invalid_scenario_change",
     "changes.0.one_time.amount"),
    ([{"type": "one_time", "date": "someday", "amount": "5"}], "invalid_scenario_change",
     "changes.0.one_time.date"),
    ([{"type": "change_recurring", "series_id": str(RENT_SERIES)}], "invalid_scenario_change",
     "changes.0.change_recurring"),
    ([{"type": "change_recurring", "series_id": str(RENT_SERIES), "percent": -101}], "invalid_scenario_change",
     "changes.0.change_recurring.percent"),
    ([{"type": "hire", "monthly_cost": "-10", "from_date": "2025-05-01"}], "invalid_scenario_change",
     "changes.0.hire.monthly_cost"),
    ([{"type": "hire", "monthly_cost": "10", "from_date": "2025-05-01", "day_of_month": 32}],
     "invalid_scenario_change", "changes.0.hire.day_of_month"),
    ([{"type": "cut_category", "category_id": str(SUPPLIES), "percent": 0}], "invalid_scenario_change",
     "changes.0.cut_category.percent"),
    ([{"type": "lose_customer", "entity_id": "not-a-uuid", "from_date": "2025-05-01"}], "invalid_scenario_change",
     "changes.0.lose_customer.entity_id"),
    ([], "invalid_scenario_change", "changes"),
    ([{"type": "one_time", "date": "2025-05-01", "amount": "5"}] * 21, "invalid_scenario_change", "changes"),
])
def test_bad_changes_are_refused_with_a_code_and_the_field(changes, code, field):
    with pytest.raises(InvalidInput) as err:
        sc.parse_changes(changes)
    assert err.value.code == code
    assert err.value.details[0]["field"] == field
    assert err.value.message


def test_stored_changes_round_trip_with_money_as_strings():
    changes = sc.parse_changes([{"type": "one_time", "date": "2025-05-01", "amount": 1500, "label": " Grant "},
                                {"type": "hire", "monthly_cost": "2500.5", "from_date": "2025-05-01"}])
    stored = sc.dump_changes(changes)
    assert stored[0] == {"type": "one_time", "date": "2025-05-01", "amount": "1500.00", "label": "Grant"}
    assert stored[1]["monthly_cost"] == "2500.50"
    assert sc.parse_changes(stored) == changes


def test_the_scenario_module_stays_off_the_numpy_path():
    import subprocess
    import sys
    code = ("import sys; import cashpilot.domain.forecast.scenarios; "
            "print(any(m in sys.modules for m in ('numpy', 'statsforecast', 'pandas')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_base_run_reused_for_a_scenario_without_changes_is_identical(request_, fitted, base):
    assert engine.forecast(replace(request_), baseline=fitted) == base
