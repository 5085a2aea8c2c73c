"""Recurring-series detection: each cadence and day rule, the frictions of bank data, and an
acceptance run over generated histories with known series (recall, next-date accuracy, false series).
"""

from __future__ import annotations

import calendar
import random
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.recurring import GRACE_DAYS, Occurrence, Series, detect_series
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.recurring_histories import generate_histories

TODAY = date(2025, 6, 20)


def occ(rows, start_id: int = 1) -> list[Occurrence]:
    """Occurrences from (date, amount) pairs; amounts given as strings or Decimals."""
    return [Occurrence(start_id + i, d, Decimal(str(a))) for i, (d, a) in enumerate(rows)]


def monthly_dates(year: int, month: int, count: int, day: int) -> list[date]:
    out = []
    for n in range(count):
        y, m = divmod(year * 12 + month - 1 + n, 12)
        m += 1
        out.append(date(y, m, min(day, calendar.monthrange(y, m)[1])))
    return out


def following(d: date) -> date:
    return d + timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d


def preceding(d: date) -> date:
    return d - timedelta(days=d.weekday() - 4) if d.weekday() >= 5 else d


def only(series: list[Series]) -> Series:
    assert len(series) == 1, series
    return series[0]


# --- cadences and day rules ---------------------------------------------------------------------------

def test_monthly_on_a_fixed_day():
    dates = monthly_dates(2024, 7, 12, 7)  # card charge on the 7th, weekends included
    s = only(detect_series(occ([(d, "-49.00") for d in dates]), today=TODAY))
    assert s.cadence == "monthly"
    assert s.day_rule == "day_of_month:7"
    assert s.next_date == date(2025, 7, 7)
    assert (s.first_date, s.last_date) == (dates[0], dates[-1])
    assert s.occurrences == tuple(range(1, 13))
    assert s.expected_amount == Decimal("-49.00") and s.amount_spread == Decimal("0.00")
    assert not s.stopped
    assert 0.8 < s.confidence <= 1


def test_day_31_is_clamped_to_the_month_end():
    dates = monthly_dates(2024, 6, 12, 31)
    assert date(2025, 2, 28) in dates and date(2024, 9, 30) in dates
    s = only(detect_series(occ([(d, "-120.00") for d in dates]), today=TODAY))
    assert (s.cadence, s.day_rule, s.next_date) == ("monthly", "day_of_month:last", date(2025, 6, 30))


def test_day_29_in_february_and_a_weekend_roll():
    # The 29th, moved to the next business day, clamped to 28 February in 2025.
    dates = [following(d) for d in monthly_dates(2024, 6, 12, 29)]
    s = only(detect_series(occ([(d, "-800.00") for d in dates]), today=date(2025, 6, 1)))
    assert (s.cadence, s.day_rule) == ("monthly", "day_of_month:29:following")
    assert s.next_date == date(2025, 6, 30)  # 29 June 2025 is a Sunday


def test_last_business_day():
    dates = [preceding(d) for d in monthly_dates(2024, 5, 13, 31)]
    s = only(detect_series(occ([(d, "-1500.00") for d in dates]), today=date(2025, 6, 2)))
    assert (s.cadence, s.day_rule) == ("monthly", "last_business_day")
    assert s.next_date == date(2025, 6, 30)
    # Sometimes booked the next business day, it is still the last business day that is due. (Always
    # a day late would be the first business day, and would be reported so.)
    late = [d + timedelta(days=1) if n % 2 and d.weekday() < 4 else d for n, d in enumerate(dates)]
    assert late != dates
    s = only(detect_series(occ([(d, "-1500.00") for d in late]), today=date(2025, 6, 2)))
    assert s.day_rule == "last_business_day"


def test_first_business_day():
    dates = [following(d) for d in monthly_dates(2024, 6, 12, 1)]
    s = only(detect_series(occ([(d, "2500.00") for d in dates]), today=date(2025, 6, 10)))
    assert (s.cadence, s.day_rule, s.next_date) == ("monthly", "first_business_day", date(2025, 6, 2))
    assert s.expected_amount == Decimal("2500.00")


def test_rent_due_on_a_saturday_arrives_friday_or_monday():
    due = monthly_dates(2024, 6, 12, 15)
    fri = [preceding(d) for d in due]
    mon = [following(d) for d in due]
    s = only(detect_series(occ([(d, "-2000.00") for d in fri]), today=date(2025, 6, 1)))
    assert s.day_rule == "day_of_month:15:preceding"
    assert s.next_date == date(2025, 6, 13)  # 15 June 2025 is a Sunday
    s = only(detect_series(occ([(d, "-2000.00") for d in mon]), today=date(2025, 6, 1)))
    assert s.day_rule == "day_of_month:15:following"
    assert s.next_date == date(2025, 6, 16)


def test_posting_lag_does_not_move_the_due_day():
    rng = random.Random(4)
    due = [following(d) for d in monthly_dates(2024, 1, 18, 10)]
    posted = [following(d + timedelta(days=rng.choice([0, 0, 1, 2, 3]))) for d in due]
    s = only(detect_series(occ([(d, "-300.00") for d in posted]), today=date(2025, 6, 25)))
    assert s.cadence == "monthly"
    assert s.day_rule.startswith("day_of_month:10")
    assert abs((s.next_date - date(2025, 7, 10)).days) <= 1


def test_weekly_on_a_weekday():
    start = date(2025, 1, 1)  # a Wednesday
    dates = [start + timedelta(weeks=n) for n in range(24)]
    s = only(detect_series(occ([(d, "-150.00") for d in dates]), today=date(2025, 6, 17)))
    assert (s.cadence, s.day_rule, s.next_date) == ("weekly", "weekday:WED", date(2025, 6, 18))


def test_weekly_with_lag_over_the_weekend():
    # Due Thursday; three business days late is the following Tuesday.
    rng = random.Random(1)
    start = date(2025, 1, 2)
    dates = []
    for n in range(30):
        d = start + timedelta(weeks=n)
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            d += timedelta(days=3 if d.weekday() == 4 else 1)
        dates.append(d)
    s = only(detect_series(occ([(d, "-90.00") for d in dates]), today=date(2025, 7, 30)))
    assert (s.cadence, s.day_rule) == ("weekly", "weekday:THU")
    assert len(s.occurrences) == 30


def test_biweekly_friday_payroll_that_mostly_lands_on_monday():
    start = date(2024, 1, 5)  # a Friday
    rows = []
    for n in range(36):
        d = start + timedelta(weeks=2 * n)
        rows.append((d if n % 3 == 0 else d + timedelta(days=3), f"-{8000 + (n * 37) % 400}.00"))
    s = only(detect_series(occ(rows), today=date(2025, 5, 20)))
    assert (s.cadence, s.day_rule) == ("biweekly", "weekday:FRI")
    assert s.next_date == date(2025, 5, 23)
    assert len(s.occurrences) == 36


def test_semi_monthly_first_and_fifteenth():
    dates = sorted(following(d) for d in monthly_dates(2024, 7, 10, 1) + monthly_dates(2024, 7, 10, 15))
    s = only(detect_series(occ([(d, "-1200.00") for d in dates]), today=date(2025, 4, 20)))
    assert s.cadence == "semi_monthly"
    assert s.day_rule == "semi_monthly:1,15:following"
    assert s.next_date == date(2025, 5, 1)


def test_semi_monthly_fifteenth_and_last_day_paid_early():
    dates = sorted(preceding(d) for d in monthly_dates(2024, 7, 10, 15) + monthly_dates(2024, 7, 10, 31))
    s = only(detect_series(occ([(d, "-3100.00") for d in dates]), today=date(2025, 5, 2)))
    assert (s.cadence, s.day_rule) == ("semi_monthly", "semi_monthly:15,last:preceding")
    assert s.next_date == date(2025, 5, 15)


def test_quarterly_tax():
    dates = [following(date(y, m, 15)) for y in (2023, 2024) for m in (1, 4, 7, 10)] + [date(2025, 1, 15)]
    amounts = ["-4100.00", "-3900.00", "-4400.00", "-4020.00", "-4300.00", "-3850.00", "-4120.00", "-4500.00",
               "-4210.00"]
    s = only(detect_series(occ(list(zip(dates, amounts, strict=True))), today=date(2025, 3, 1)))
    assert (s.cadence, s.day_rule, s.next_date) == ("quarterly", "day_of_month:15:following", date(2025, 4, 15))
    assert s.expected_amount == Decimal("-4120.00")
    assert s.amount_spread > 0


def test_yearly_with_three_payments():
    dates = [date(2022, 3, 1), date(2023, 3, 1), date(2024, 3, 1)]
    s = only(detect_series(occ([(d, a) for d, a in zip(dates, ["-900", "-930", "-955"], strict=True)]),
                           today=date(2024, 9, 1)))
    assert (s.cadence, s.next_date) == ("yearly", date(2025, 3, 1))
    assert s.first_date == date(2022, 3, 1)


def test_yearly_from_two_payments_only_when_they_agree_closely():
    two = [(date(2023, 5, 10), "-1200.00"), (date(2024, 5, 13), "-1236.00")]  # +3 %, 369 days
    s = only(detect_series(occ(two), today=date(2024, 8, 1)))
    assert s.cadence == "yearly" and s.next_date.year == 2025 and s.next_date.month == 5
    assert s.confidence < 0.5  # the least evidence accepted says so
    assert detect_series(occ([(date(2023, 5, 10), "-1200.00"), (date(2024, 5, 13), "-1320.00")]),
                         today=date(2024, 8, 1)) == []  # 10 % apart
    assert detect_series(occ([(date(2023, 5, 10), "-1200.00"), (date(2024, 5, 30), "-1200.00")]),
                         today=date(2024, 8, 1)) == []  # 386 days apart


# --- evidence and noise -------------------------------------------------------------------------------

def test_minimum_evidence():
    dates = monthly_dates(2025, 1, 3, 12)
    assert detect_series(occ([(d, "-60.00") for d in dates[:2]]), today=date(2025, 3, 20)) == []
    assert only(detect_series(occ([(d, "-60.00") for d in dates]), today=date(2025, 3, 20))).cadence == "monthly"
    # Two weekly or quarterly payments are not a series either.
    assert detect_series(occ([(date(2025, 1, 6), "-10"), (date(2025, 1, 13), "-10")]), today=TODAY) == []
    assert detect_series(occ([(date(2024, 1, 15), "-10"), (date(2024, 4, 15), "-10")]), today=TODAY) == []


def test_one_missed_payment_stays_one_series():
    dates = monthly_dates(2024, 6, 13, 3)
    del dates[6]
    s = only(detect_series(occ([(d, "-75.00") for d in dates]), today=date(2025, 6, 10)))
    assert len(s.occurrences) == 12 and not s.stopped
    assert s.next_date == date(2025, 7, 3)


def test_an_extra_payment_of_the_same_amount_is_not_a_member():
    rows = [(d, "-75.00") for d in monthly_dates(2024, 6, 12, 3)] + [(date(2024, 11, 20), "-75.00")]
    s = only(detect_series(occ(rows), today=date(2025, 6, 10)))
    assert len(s.occurrences) == 12 and 13 not in s.occurrences


def test_one_off_payments_to_the_same_counterparty_are_left_out():
    rows = [(d, "-1800.00") for d in monthly_dates(2024, 1, 18, 1)]
    rows += [(date(2024, 3, 17), "-5400.00"), (date(2024, 9, 2), "-212.50"), (date(2025, 2, 1), "-1800.00")]
    s = only(detect_series(occ(rows), today=date(2025, 6, 15)))
    assert s.occurrences == tuple(range(1, 19))


def test_a_stopped_series_reports_the_date_it_was_expected():
    dates = monthly_dates(2024, 1, 10, 12)  # January to October 2024
    s = only(detect_series(occ([(d, "-99.00") for d in dates]), today=date(2025, 1, 15)))
    assert s.stopped
    assert s.next_date == date(2024, 11, 12)


def test_stopped_only_after_the_grace_period():
    dates = monthly_dates(2024, 1, 10, 12)
    due = date(2024, 11, 12)
    grace = GRACE_DAYS["monthly"]
    assert not only(detect_series(occ([(d, "-99.00") for d in dates]), today=due + timedelta(days=grace))).stopped
    assert only(detect_series(occ([(d, "-99.00") for d in dates]), today=due + timedelta(days=grace + 1))).stopped
    assert GRACE_DAYS == {"weekly": 4, "biweekly": 6, "semi_monthly": 7, "monthly": 10, "quarterly": 20,
                          "yearly": 30}


def test_rent_rising_once_stays_one_series_at_the_new_rent():
    dates = monthly_dates(2023, 7, 24, 1)
    rows = [(d, "-1500.00" if n < 12 else "-1560.00") for n, d in enumerate(dates)]
    s = only(detect_series(occ(rows), today=date(2025, 6, 10)))
    assert len(s.occurrences) == 24
    assert s.expected_amount == Decimal("-1560.00") and s.amount_spread == Decimal("0.00")


def test_saas_price_change_stays_one_series():
    dates = monthly_dates(2024, 1, 18, 22)
    rows = [(d, "-49.00" if n < 10 else "-59.00") for n, d in enumerate(dates)]
    s = only(detect_series(occ(rows), today=date(2025, 6, 25)))
    assert len(s.occurrences) == 18 and s.expected_amount == Decimal("-59.00")


def test_usage_based_utility_with_varying_amounts():
    rng = random.Random(7)
    dates = [following(d) for d in monthly_dates(2023, 7, 24, 20)]
    rows = [(d, f"-{rng.uniform(240, 360):.2f}") for d in dates]
    s = only(detect_series(occ(rows), today=date(2025, 7, 1)))
    assert s.cadence == "monthly" and len(s.occurrences) == 24
    amounts = sorted(Decimal(a) for _, a in rows)
    assert amounts[0] <= s.expected_amount <= amounts[-1]
    assert Decimal("10") < s.amount_spread < Decimal("60")


def test_a_subscription_and_a_yearly_licence_from_one_supplier():
    rows = [(d, "-29.00") for d in monthly_dates(2022, 9, 34, 4)]
    rows += [(date(2022, 11, 20), "-2400.00"), (date(2023, 11, 20), "-2400.00"), (date(2024, 11, 20), "-2400.00")]
    found = detect_series(occ(rows), today=date(2025, 6, 10))
    assert sorted((s.cadence, len(s.occurrences)) for s in found) == [("monthly", 34), ("yearly", 3)]
    yearly = next(s for s in found if s.cadence == "yearly")
    assert yearly.next_date == date(2025, 11, 20) and yearly.expected_amount == Decimal("-2400.00")


def test_a_fixed_price_subscription_among_irregular_purchases_at_the_same_merchant():
    rng = random.Random(3)
    rows = [(d, "-8.99") for d in monthly_dates(2023, 6, 24, 14)]
    for _ in range(150):
        rows.append((date(2023, 6, 1) + timedelta(days=rng.randrange(720)), f"-{rng.uniform(5, 60):.2f}"))
    found = detect_series(occ(rows), today=date(2025, 6, 1))
    s = only([s for s in found if s.expected_amount == Decimal("-8.99")])
    assert s.cadence == "monthly" and set(s.occurrences) == set(range(1, 25))
    assert all(s.expected_amount == Decimal("-8.99") for s in found)  # no series among the purchases


def test_random_cafe_visits_are_not_a_series():
    false = 0
    for seed in range(300):
        rng = random.Random(seed)
        rows = [(date(2024, 1, 1) + timedelta(days=rng.randrange(365)), f"-{rng.uniform(3.5, 12):.2f}")
                for _ in range(8)]
        false += len(detect_series(occ(rows), today=date(2025, 1, 10)))
    assert false <= 3  # at most 1 % of cafés


def test_irregular_visits_at_a_regular_price_are_not_a_series():
    false = 0
    for seed in range(50):
        rng = random.Random(seed)
        rows = [(date(2024, 1, 1) + timedelta(days=rng.randrange(365)), "-3.50") for _ in range(40)]
        false += len(detect_series(occ(rows), today=date(2025, 1, 10)))
    assert false <= 1


def test_refunds_do_not_join_a_series_of_payments():
    rows = [(d, "-40.00") for d in monthly_dates(2024, 6, 12, 9)] + [(date(2024, 9, 12), "40.00")]
    s = only(detect_series(occ(rows), today=date(2025, 6, 1)))
    assert s.expected_amount == Decimal("-40.00") and 13 not in s.occurrences


def test_input_order_does_not_matter_and_ids_come_back_in_date_order():
    rows = occ([(d, "-75.00") for d in monthly_dates(2024, 6, 12, 3)])
    shuffled = rows[:]
    random.Random(0).shuffle(shuffled)
    assert detect_series(shuffled, today=TODAY) == detect_series(rows, today=TODAY)
    assert only(detect_series(shuffled, today=TODAY)).occurrences == tuple(range(1, 13))


def test_nothing_to_find():
    assert detect_series([], today=TODAY) == []
    assert detect_series(occ([(date(2025, 1, 1), "-10.00")]), today=TODAY) == []
    assert detect_series(occ([(date(2025, 1, 1), "0.00")] * 5), today=TODAY) == []


def test_more_payments_mean_more_confidence():
    short = only(detect_series(occ([(d, "-60.00") for d in monthly_dates(2025, 1, 4, 12)]), today=TODAY))
    long = only(detect_series(occ([(d, "-60.00") for d in monthly_dates(2023, 7, 24, 12)]), today=TODAY))
    assert 0 < short.confidence < long.confidence <= 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1100), st.integers(-5000, 5000).filter(bool)), max_size=60))
def test_invariants_on_arbitrary_input(rows):
    start = date(2022, 1, 1)
    items = occ([(start + timedelta(days=d), Decimal(a) / 4) for d, a in rows])
    by_id = {o.id: o for o in items}
    seen: set[int] = set()
    for s in detect_series(items, today=date(2025, 2, 1)):
        members = [by_id[i] for i in s.occurrences]
        assert [o.date for o in members] == sorted(o.date for o in members)
        assert not seen & set(s.occurrences)  # a payment belongs to one series at most
        seen |= set(s.occurrences)
        assert len({o.amount > 0 for o in members}) == 1
        assert (s.first_date, s.last_date) == (members[0].date, members[-1].date)
        assert s.next_date > s.last_date
        assert s.amount_spread >= 0 and s.expected_amount.as_tuple().exponent == -2
        assert 0 <= s.confidence <= 1
        assert len(s.occurrences) >= (2 if s.cadence == "yearly" else 3)


# --- acceptance over generated histories --------------------------------------------------------------

HISTORIES = 200


@pytest.fixture(scope="module")
def histories():
    return generate_histories(HISTORIES, seed=0)


def test_generated_histories_have_every_cadence_and_noise(histories):
    cadences = {t.cadence for h in histories for t in h.truth}
    assert cadences == {"weekly", "biweekly", "semi_monthly", "monthly", "quarterly", "yearly"}
    assert sum(t.stopped for h in histories for t in h.truth) > 50
    assert all(any(g.startswith("cafe") for g in h.groups) for h in histories)
    # Deterministic: the same seed gives the same histories.
    again = generate_histories(2, seed=0)
    assert [h.truth for h in again] == [h.truth for h in histories[:2]]


def test_acceptance_on_generated_histories(histories):
    started = time.perf_counter()
    reported = [{g: detect_series(rows, today=h.today) for g, rows in h.groups.items()} for h in histories]
    elapsed = time.perf_counter() - started
    occurrences = sum(h.size for h in histories)
    groups = sum(len(h.groups) for h in histories)

    true_total = found = stopped_right = 0
    for h, by_group in zip(histories, reported, strict=True):
        for t in h.truth:
            true_total += 1
            for s in by_group[t.group]:
                shared = len(t.ids & set(s.occurrences))
                if (shared * 2 >= len(t.ids) and shared * 2 >= len(s.occurrences) and s.cadence == t.cadence
                        and abs((s.next_date - t.next_date).days) <= 3):
                    found += 1
                    stopped_right += s.stopped == t.stopped
                    break
    series_total = false = 0
    for h, by_group in zip(histories, reported, strict=True):
        for g, series in by_group.items():
            truths = [t for t in h.truth if t.group == g]
            for s in series:
                series_total += 1
                ids = set(s.occurrences)
                false += not any(len(ids & t.ids) * 2 >= len(ids) for t in truths)

    recall = found / true_total
    false_rate = false / series_total
    print(f"\nrecurring acceptance: {HISTORIES} histories, {groups} groups, {occurrences} occurrences, "
          f"{true_total} true series, {series_total} reported\n"
          f"  recall (right cadence, next date within 3 days): {recall:.2%}\n"
          f"  stopped flag right among those found: {stopped_right / found:.2%}\n"
          f"  false series: {false_rate:.2%} ({false})\n"
          f"  time: {elapsed:.2f} s, {elapsed / occurrences * 1e6:.1f} us per occurrence")
    assert recall >= 0.95
    assert false_rate <= 0.05
    assert stopped_right / found >= 0.95
    # A guard against accidental quadratic behaviour, not a benchmark: about 1.5 s here.
    assert elapsed / occurrences * 100_000 < 5.0
