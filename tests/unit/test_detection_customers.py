"""Customer and revenue rules (pure): late payment, churn, revenue drop, revenue variance and
concentration, each on a history where it must fire (tier and figures checked) and a near miss."""

from __future__ import annotations

from datetime import date

from cashpilot.domain.detection.rules import (
    client_churn,
    late_payment,
    revenue_concentration,
    revenue_drop,
    revenue_variance,
)

from tests.unit._detection_builders import (
    TODAY,
    ago,
    assert_justified,
    context,
    every,
    monthly,
    series,
    txn,
)

# Something happens every day, so the history is known to reach today.
DAILY_COFFEE = every(1, -3, start=ago(400), who="Coffee Shop", category="meals")

# ---------------------------------------------------------------- late payment


def _acme(next_days_ago: int, **kw):
    return series("Acme Ltd", 2000, next_date=ago(next_days_ago), last_date=ago(next_days_ago + 31), **kw)


def test_late_payment_fires_with_customer_amount_date_and_days_overdue():
    s = _acme(10)
    [f] = late_payment(context(txns=DAILY_COFFEE, series_=[s]))
    assert f.severity == "upcoming"
    assert (f.subject_type, f.subject_id) == ("entity", str(s.entity_id))
    assert_justified(f, amounts=[2000], dates=[ago(10), ago(41)], words=["Acme Ltd", "10 days overdue", "on time"])
    assert f.data["days_overdue"] == 10 and f.data["expected_date"] == ago(10).isoformat()


def test_late_payment_is_this_week_beyond_twice_the_allowance():
    [f] = late_payment(context(txns=DAILY_COFFEE, series_=[_acme(20)]))
    assert f.severity == "this_week"


def test_late_payment_is_this_week_beyond_the_payers_worst_habit():
    s = _acme(11, usual_days_late=2, late_p90=3)
    [f] = late_payment(context(txns=DAILY_COFFEE, series_=[s]))
    assert f.severity == "this_week"
    assert_justified(f, words=["11 days overdue", "usually pay 2 days late"])


def test_late_payment_near_misses():
    assert late_payment(context(txns=DAILY_COFFEE, series_=[_acme(7)])) == []  # just at the allowance
    assert late_payment(context(txns=DAILY_COFFEE, series_=[_acme(10, usual_days_late=5)])) == []  # usual for them
    out = series("Landlord", 2000, direction="out", next_date=ago(10), last_date=ago(41))
    assert late_payment(context(txns=DAILY_COFFEE, series_=[out])) == []


def test_late_payment_already_received_since_the_series_was_computed_does_not_fire():
    paid = txn(ago(3), 2000, who="Acme Ltd")
    assert late_payment(context(txns=[*DAILY_COFFEE, paid], series_=[_acme(10)])) == []


def test_late_payment_waits_for_the_imports_to_cover_the_deadline():
    lagging = [t for t in DAILY_COFFEE if t.date <= ago(5)]  # nothing imported for the last 5 days
    assert late_payment(context(txns=lagging, series_=[_acme(10)])) == []


def test_late_payment_without_an_entity_is_about_the_series():
    s = _acme(10, with_entity=False)
    [f] = late_payment(context(txns=DAILY_COFFEE, series_=[s]))
    assert (f.subject_type, f.subject_id) == ("series", str(s.id))


def test_a_new_customer_is_chased_but_not_forever():
    young = _acme(10, occurrences=3)
    assert late_payment(context(txns=DAILY_COFFEE, series_=[young], mode="conservative")) != []
    gone = series("Acme Ltd", 2000, next_date=ago(75), last_date=ago(106), occurrences=3)  # 3 missed
    assert late_payment(context(txns=DAILY_COFFEE, series_=[gone])) == []
    assert client_churn(context(txns=DAILY_COFFEE, series_=[gone])) == []


def test_conservative_mode_shortens_the_allowance():
    assert late_payment(context(txns=DAILY_COFFEE, series_=[_acme(7)], mode="conservative")) != []  # 6 days


# ---------------------------------------------------------------- client churn


def _payer_history(last: date, amount: int = 2000) -> list:
    return [t for t in monthly(amount, who="Acme Ltd", category="sales_revenue") if t.date <= last]


def _churn_ctx(last: date, *, occurrences: int = 10, other: int = 3000, **kw):
    nxt = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    s = series("Acme Ltd", 2000, next_date=nxt, last_date=last, first_date=date(2025, 6, 1),
               occurrences=occurrences, status="stopped", **kw)
    txns = [*DAILY_COFFEE, *_payer_history(last), *monthly(other, who="Beta Foods", category="sales_revenue")]
    return context(txns=txns, series_=[s])


def test_churn_fires_when_a_regular_customer_misses_enough_payments():
    ctx = _churn_ctx(date(2026, 3, 1))  # missed 1 Apr, 1 May, 1 Jun
    [f] = client_churn(ctx)
    assert f.severity == "this_week"  # 18,000 of 54,000 revenue: over 20%
    assert_justified(f, amounts=[2000, 18000], dates=[date(2026, 3, 1), date(2026, 4, 1), date(2025, 6, 1)],
                     words=["Acme Ltd", "monthly", "3 expected payments", "33.3%"])
    assert f.data["missed_payments"] == 3
    assert late_payment(ctx) == []  # churn has taken over


def test_churn_of_a_small_customer_is_upcoming():
    [f] = client_churn(_churn_ctx(date(2026, 3, 1), other=20000))
    assert f.severity == "upcoming"


def test_one_missed_payment_is_late_not_churned():
    ctx = _churn_ctx(date(2026, 5, 1))  # only 1 Jun missed
    assert client_churn(ctx) == []
    [f] = late_payment(ctx)
    assert_justified(f, dates=[date(2026, 6, 1)], words=["14 days overdue"])


def test_churn_ignores_old_history_and_occasional_payers():
    assert client_churn(_churn_ctx(date(2025, 5, 1))) == []  # left over a year ago
    assert client_churn(_churn_ctx(date(2026, 3, 1), occurrences=3)) == []


def test_aggressive_mode_waits_longer_before_calling_churn():
    ctx = _churn_ctx(date(2026, 4, 1))  # missed 1 May and 1 Jun: 2 cycles
    assert client_churn(ctx) != []
    aggressive = context(txns=ctx.transactions, series_=ctx.series, mode="aggressive")  # 2.67 cycles
    assert client_churn(aggressive) == []


# ---------------------------------------------------------------- revenue drop


def _revenue(prior_daily: int, current_daily: int, extra=()) -> list:
    txns = [txn(ago(d), prior_daily if d >= 30 else current_daily, who=f"Customer {d % 7}",
                category="sales_revenue") for d in range(0, 120)]
    return revenue_drop(context(txns=[*txns, *extra]))


def test_revenue_drop_fires_with_both_amounts_the_percent_and_the_periods():
    [f] = _revenue(100, 60)
    assert f.severity == "upcoming"
    assert_justified(f, amounts=[1800, 3000], dates=[ago(29), TODAY, ago(119), ago(30)], words=["40%"])
    assert f.data["drop_percent"] == 40.0


def test_revenue_drop_of_twice_the_threshold_is_this_week():
    assert _revenue(100, 35)[0].severity == "this_week"


def test_revenue_drop_near_misses():
    assert _revenue(100, 71) == []  # 29% down
    assert _revenue(0, 0) == []  # nothing to drop from


def test_loans_and_refunds_do_not_count_as_revenue():
    loan = [txn(ago(5), 5000, who="Bank", category="financing"), txn(ago(6), 800, who="Supplier", category="refunds")]
    assert _revenue(100, 60, loan) != []


def test_revenue_drop_needs_two_months_before_the_last_thirty_days():
    txns = [txn(ago(d), 100 if d >= 30 else 10, category="sales_revenue") for d in range(0, 80)]
    assert revenue_drop(context(txns=txns)) == []


# ---------------------------------------------------------------- revenue variance


def _variance(acme_paid: int | None, beta_paid: int | None, *, beta_status: str = "active",
              beta_next: date = date(2026, 6, 1)):
    acme = series("Acme Ltd", 5000, next_date=date(2026, 7, 1), last_date=date(2026, 6, 1))
    beta = series("Beta Foods", 3000, next_date=beta_next, last_date=date(2026, 5, 1), status=beta_status)
    txns = list(DAILY_COFFEE)
    txns += [t for t in monthly(5000, who="Acme Ltd", category="sales_revenue") if t.date < date(2026, 6, 1)]
    txns += [t for t in monthly(3000, who="Beta Foods", category="sales_revenue") if t.date < date(2026, 6, 1)]
    if acme_paid is not None:
        txns.append(txn(date(2026, 6, 1), acme_paid, who="Acme Ltd", category="sales_revenue"))
    if beta_paid is not None:
        txns.append(txn(date(2026, 6, 2), beta_paid, who="Beta Foods", category="sales_revenue"))
    return revenue_variance(context(txns=txns, series_=[acme, beta]))


def test_revenue_variance_fires_when_regular_customers_pay_less_than_their_schedules():
    [f] = _variance(5000, None)
    assert f.severity == "upcoming"
    assert_justified(f, amounts=[5000, 8000, 0, 3000], dates=[ago(29), TODAY],
                     words=["37.5%", "Beta Foods paid GBP 0.00 of GBP 3,000.00"])
    assert f.data["shortfall"] == "3000.00"


def test_revenue_variance_of_twice_the_threshold_is_this_week():
    [f] = _variance(3000, None)  # 3,000 of 8,000
    assert f.severity == "this_week"
    assert_justified(f, amounts=[3000, 8000], words=["62.5%"])


def test_revenue_variance_near_miss():
    assert _variance(5000, 1500) == []  # 6,500 of 8,000: 18.75% short
    assert _variance(5000, 3000) == []


def test_a_customer_that_stopped_before_the_period_is_not_expected():
    assert _variance(5000, None, beta_status="stopped", beta_next=date(2026, 3, 1)) == []


# ---------------------------------------------------------------- revenue concentration


def _shares(a: int, b: int, c: int, months: int = 12):
    """Three customers paying monthly, and a loan that is not revenue."""
    txns = [*monthly(a, who="Acme Ltd", category="sales_revenue", months=months),
            *monthly(b, who="Beta Foods", category="sales_revenue", months=months),
            *monthly(c, who="Corner Cafe", category="sales_revenue", months=months),
            txn(date(2025, 6, 20), 50000, who="Bank", category="financing")]
    return revenue_concentration(context(txns=txns))


def test_concentration_fires_with_name_share_amount_total_and_period():
    [f] = _shares(5000, 2000, 1000)
    assert f.severity == "upcoming"
    assert f.subject_type == "entity" and f.data["customer"] == "Acme Ltd"
    # The data ends with the 1 Jun payments: the period ends there, not today.
    assert_justified(f, amounts=[60000, 96000], dates=[date(2025, 6, 20), date(2026, 6, 1)],
                     words=["Acme Ltd", "62.5%"])


def test_a_dominant_customer_is_this_week():
    assert _shares(9000, 1000, 1000)[0].severity == "this_week"


def test_concentration_near_misses():
    assert _shares(4000, 3000, 3000) == []  # exactly 40%
    txns = [*monthly(9000, who="Acme Ltd", months=2), *monthly(1000, who="Beta Foods", months=2)]
    assert revenue_concentration(context(txns=txns)) == []  # two months of history only


def test_conservative_mode_lowers_the_concentration_limit():
    assert _shares(3500, 3250, 3250) == []  # 35%
    txns = [*monthly(3500, who="Acme Ltd"), *monthly(3250, who="Beta Foods"), *monthly(3250, who="Corner Cafe")]
    assert revenue_concentration(context(txns=txns, mode="conservative")) != []  # 32%
