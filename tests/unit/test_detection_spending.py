"""Spending rules (pure): spending spike, payment timing conflict, duplicate charge, large payment to
a new supplier and unusual transaction, each firing where it must (tier and figures checked) and
quiet on a near miss."""

from __future__ import annotations

from cashpilot.domain.detection.rules import (
    duplicate_charge,
    large_supplier_payment,
    payment_timing_conflict,
    spending_spike,
    unusual_transaction,
)

from tests.unit._detection_builders import (
    TODAY,
    ago,
    ahead,
    anomaly,
    assert_justified,
    context,
    every,
    flow,
    forecast,
    monthly,
    series,
    steps,
    txn,
    uid,
)

# Rent of 3,000 every 30 days, 10 days into each 30-day period back from today, and a coffee a day (so
# the history is known to reach today): typical spending 3,090.
RENT = [*(txn(ago(30 * k + 10), -3000, who="Landlord", category="rent") for k in range(0, 13)),
        *every(1, -3, start=ago(400), who="Coffee Shop", category="meals")]

# ---------------------------------------------------------------- spending spike


def _marketing(current: int, *, usual: int = 1000, who: str | None = None, mode: str = "normal", extra=()) -> list:
    history = [txn(ago(30 * k + 12), -usual, who=who, category="marketing") for k in range(1, 13)]
    now = txn(ago(12), -current, who=who, category="marketing")
    return spending_spike(context(txns=[*RENT, *history, now, *extra], mode=mode))


def test_category_spike_fires_with_current_baseline_percent_and_excess():
    [f] = _marketing(1700)
    assert f.severity == "upcoming"
    assert (f.subject_type, f.subject_id) == ("category", str(uid("category", "marketing")))
    assert_justified(f, amounts=[1700, 1000, 700], dates=[ago(29), TODAY], words=["Marketing", "70%"])
    assert f.data["baseline"] == "1000.00" and f.data["periods"] == 12


def test_spike_over_three_times_the_baseline_is_this_week():
    assert _marketing(3500)[0].severity == "this_week"


def test_spending_spike_near_misses():
    assert _marketing(1450) == []  # 45% above
    # 300% above a tiny baseline, but 30 more is under 2% of a 4,090 month: not worth an alert.
    assert _marketing(40, usual=10) == []


def test_spike_needs_three_periods_with_spending():
    history = [txn(ago(30 * k + 12), -1000, category="marketing") for k in (1, 2)]
    assert spending_spike(context(txns=[*RENT, *history, txn(ago(12), -5000, category="marketing")])) == []


def test_quarterly_spending_is_compared_with_its_own_quarters():
    vat = [txn(ago(30 * k + 12), -2000, who="HMRC", category="taxes") for k in (3, 6, 9, 12)]
    assert spending_spike(context(txns=[*RENT, *vat, txn(ago(12), -2100, who="HMRC", category="taxes")])) == []


def test_supplier_spike_is_reported_instead_of_its_categorys():
    [f] = _marketing(1700, who="AdCo")
    assert (f.subject_type, f.subject_id) == ("entity", str(uid("entity", "AdCo")))
    assert_justified(f, amounts=[1700, 1000], words=["Payments to AdCo"])


def test_two_payments_of_a_monthly_bill_in_thirty_days_are_not_a_spike():
    # Paid 1 Feb and 1 Mar style: a 30-day window can hold two payments of a monthly bill.
    bills = [txn(ago(30 * k + 12), -1000, who="AdCo", category="marketing") for k in range(1, 13)]
    double = [txn(ago(27), -1000, who="AdCo", category="marketing"), txn(ago(1), -1000, who="AdCo",
                                                                          category="marketing")]
    adco = series("AdCo", 1000, direction="out", next_date=ahead(27), last_date=ago(1), category="marketing")
    txns = [*RENT, *bills, *double]
    assert spending_spike(context(txns=txns, series_=[adco])) == []
    assert spending_spike(context(txns=txns)) != []  # without the series it does look like one


def test_safety_mode_moves_the_spike_threshold():
    assert _marketing(1600) != []  # 60% above
    assert _marketing(1600, mode="aggressive") == []  # needs 66.7%
    assert _marketing(1450) == []  # 45% above
    assert _marketing(1450, mode="conservative") != []  # needs 40%


# ---------------------------------------------------------------- payment timing conflict


def _bills(dated: dict[int, int], balance: int = 1000) -> list:
    """Bills due `dated` {days ahead: amount} and a customer paying 9,000 in three days; the forecast's
    expected balance moves with them, as the real forecast's does."""
    flows = [flow(ahead(d), -a, f"Bill {d}") for d, a in dated.items()] + [flow(ahead(3), 9000, "Acme Ltd")]
    moves = {d: -a for d, a in dated.items()}
    moves[3] = moves.get(3, 0) + 9000
    return payment_timing_conflict(context(fc=forecast(steps(balance, moves), flows=flows), balance=balance))


def test_timing_conflict_fires_with_the_week_its_total_and_share():
    [f] = _bills({10: 3000, 12: 4000, 20: 200, 25: 300})
    assert f.severity == "upcoming"
    assert (f.subject_type, f.subject_id) == ("forecast_date", ahead(10).isoformat())
    assert_justified(f, amounts=[7000, 7500, 3000, 4000, 1000], dates=[ahead(10), ahead(16), ahead(12)],
                     words=["93.3%"])


def test_timing_conflict_within_a_week_is_this_week():
    assert _bills({3: 3000, 5: 4000, 20: 500})[0].severity == "this_week"


def test_timing_conflict_near_misses():
    assert _bills({1: 2000, 9: 2000, 16: 2000, 23: 2000, 29: 2000}) == []  # 40% at most in a week
    assert _bills({10: 3000, 12: 4000, 25: 500}, balance=50000) == []  # 7,000 is small against 50,000
    # After the week's 7,000 the balance is still 3,500 (half the bills) or more: room for them.
    assert _bills({10: 3000, 12: 4000, 25: 500}, balance=1500) == []
    assert _bills({10: 3000, 12: 4000, 25: 500}, balance=1499) != []
    assert _bills({10: 7000, 25: 500, 28: 500}) == []  # one big bill is not a timing conflict
    assert _bills({10: 3000, 12: 4000, 45: 5000}) != []  # bills after 30 days do not dilute the month


# ---------------------------------------------------------------- duplicate charge


def _charges(*days_amounts: tuple[int, str], who: str | None = "Adobe", description: str = "", extra=()) -> list:
    txns = [txn(ago(d), a, who=who, category="software", description=description) for d, a in days_amounts]
    return duplicate_charge(context(txns=[*RENT, *txns, *extra]))


def test_duplicate_charge_fires_on_the_later_charge_with_amount_and_both_dates():
    txns = [txn(ago(5), "-49.99", who="Adobe", category="software"),
            txn(ago(4), "-49.99", who="Adobe", category="software")]
    [f] = duplicate_charge(context(txns=[*RENT, *txns]))
    assert f.severity == "this_week"
    assert (f.subject_type, f.subject_id) == ("transaction", str(txns[1].id))
    assert_justified(f, amounts=["49.99"], dates=[ago(5), ago(4)], words=["Adobe"])


def test_duplicate_charge_near_misses():
    assert _charges((9, "-49.99"), (5, "-49.99")) == []  # 4 days apart
    assert _charges((5, "-49.99"), (4, "-49.98")) == []
    assert _charges((45, "-49.99"), (43, "-49.99")) == []  # too long ago to act on
    refund = [txn(ago(2), "49.99", who="Adobe", category="software")]
    assert _charges((5, "-49.99"), (4, "-49.99"), extra=refund) == []


def test_same_description_without_an_entity_matches_whatever_the_reference():
    [f] = _charges((6, "-120.00"), (6, "-120.00"), who=None, description="CARD 4411 COURIER REF 88312")
    assert_justified(f, amounts=[120], dates=[ago(6)])


def test_a_habit_of_equal_charges_is_not_a_duplicate():
    habit = [(d, "-3.50") for d in range(0, 120, 2)]  # a coffee every other day
    assert _charges(*habit, who="Coffee Shop") == []
    licences = [(30 * k + 5, "-20.00") for k in range(0, 5)] + [(30 * k + 5, "-20.00") for k in range(0, 5)]
    assert _charges(*licences, who="Slack") == []  # two seats billed separately every month


def test_payroll_is_not_a_duplicate_charge():
    pay = [txn(ago(3), -2500, description="BACS SALARY", category="payroll"),
           txn(ago(3), -2500, description="BACS SALARY", category="payroll")]
    assert duplicate_charge(context(txns=[*RENT, *pay])) == []


# ---------------------------------------------------------------- large supplier payment

# A year of ordinary spending: rent 3,000 a month, software 200, supplies 150 a week (median payment 150,
# typical month about 3,850): the derived large-payment level is 5 x 150 = 750.
ORDINARY = [*monthly(-3000, who="Landlord", category="rent", months=13),
            *monthly(-200, who="Adobe", category="software", dd=5, months=13),
            *every(7, -150, start=ago(400), who="Flour Mill", category="supplies")]


def _new_supplier(*payments: tuple[int, int], balance: int = 30000, **kw) -> list:
    txns = [txn(ago(d), a, who="NewCo Ltd", category="equipment") for d, a in payments]
    return large_supplier_payment(context(txns=[*ORDINARY, *txns], balance=balance, **kw))


def test_large_first_payment_to_a_new_supplier_fires_with_amount_date_and_level():
    [f] = _new_supplier((3, -5000))
    assert f.severity == "upcoming"
    assert f.subject_type == "transaction"
    assert_justified(f, amounts=[5000, 750, 30000], dates=[ago(3)], words=["NewCo Ltd", "first payment"])
    assert f.data["level_basis"] == "derived"


def test_large_new_payment_against_a_thin_balance_is_this_week():
    assert _new_supplier((3, -5000), balance=15000)[0].severity == "this_week"


def test_large_supplier_payment_near_misses():
    assert _new_supplier((3, -700)) == []  # under 750
    assert _new_supplier((20, -5000)) == []  # not recent
    assert _new_supplier((10, -100), (3, -5000)) == []  # paid them before
    big_rent = txn(ago(2), -5000, who="Landlord", category="rent")
    assert large_supplier_payment(context(txns=[*ORDINARY, big_rent])) == []  # not a new supplier
    refund = txn(ago(2), -5000, who="New Customer", entity_type="customer")
    assert large_supplier_payment(context(txns=[*ORDINARY, refund])) == []


def test_the_owners_large_payment_amount_wins():
    assert _new_supplier((3, -5000), large_payment_amount=10000) == []
    [f] = _new_supplier((3, -5000), large_payment_amount=4000)
    assert f.data["level_basis"] == "setting"
    assert_justified(f, amounts=[4000])


def test_every_supplier_looks_new_in_a_short_history():
    recent = [t for t in ORDINARY if t.date >= ago(60)]
    assert large_supplier_payment(context(txns=[*recent, txn(ago(3), -5000, who="NewCo Ltd")])) == []


# ---------------------------------------------------------------- unusual transaction


def _unusual(score: float, *, on: int = 2, balance: int = 30000, mode: str = "normal", is_anomaly: bool = True):
    t = txn(ago(on), -4800, who="Office Depot", category="supplies")
    return unusual_transaction(context(txns=[*RENT, t], anomalies=[anomaly(t, score, 775, is_anomaly=is_anomaly)],
                                       balance=balance, mode=mode)), t


def test_unusual_transaction_fires_with_amount_date_baseline_and_ratio():
    [f], t = _unusual(7.4)
    assert f.severity == "this_week"  # 4,800 is over 10% of 30,000
    assert (f.subject_type, f.subject_id) == ("transaction", str(t.id))
    assert_justified(f, amounts=[4800, 775], dates=[ago(2)], words=["Office Depot", "6.2 times", "7.4"])


def test_unusual_transaction_small_against_the_balance_is_upcoming():
    [f], _ = _unusual(7.4, balance=100000)
    assert f.severity == "upcoming"


def test_unusual_transaction_near_misses():
    assert _unusual(3.9)[0] == []
    assert _unusual(7.4, is_anomaly=False)[0] == []
    assert _unusual(7.4, on=20)[0] == []


def test_conservative_mode_lowers_the_z_threshold():
    assert _unusual(3.5)[0] == []
    assert _unusual(3.5, mode="conservative")[0] != []  # 3.2
