"""Payment habits and the forecast's inputs: a customer who pays about monthly but not on a calendar rule
is expected again (and taken out of the baseline's noise); one-off, erratic, stopped or already
explained payers are not. `build_request` takes recurring series and habits out of the residual
history and keeps the recent per-entity / per-category averages scenarios use.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.forecast.habits import HabitSource, find_habits
from cashpilot.domain.forecast.inputs import PastFlow, build_request, detect_from_history

AS_OF = date(2025, 6, 30)


def monthly_customer(*, name: str = "Acme", last_days_ago: int = 25, count: int = 8, seed: int = 2,
                     amount: int = 2000) -> list[PastFlow]:
    """Pays about every 30 days (+-3), about the same amount (+-5%), most recently `last_days_ago` days ago."""
    rng = random.Random(seed)
    dates = [AS_OF - timedelta(days=last_days_ago)]
    for _ in range(count - 1):
        dates.append(dates[-1] - timedelta(days=30 + rng.randint(-3, 3)))
    return [PastFlow(f"{name}{i}", d, Decimal(amount + rng.randint(-100, 100)), name, f"ent-{name}", "cat-sales")
            for i, d in enumerate(sorted(dates))]


def only(habits, label):
    return [h for h in habits if h.label == label]


# ---- find_habits ----------------------------------------------------------------------------------------


def test_a_customer_paying_about_monthly_is_a_habit_and_is_expected_again():
    past = monthly_customer()
    [habit] = find_habits(past, set(), AS_OF)

    assert habit.label == "Acme" and habit.entity == "ent-Acme"
    assert 27 <= habit.interval <= 33
    assert Decimal(1900) <= habit.amount <= Decimal(2100) and habit.amount_sd < Decimal(150)
    assert set(habit.member_ids) == {f.id for f in past}
    assert habit.last_date == AS_OF - timedelta(days=25)
    assert len(habit.deviations) == 7 and all(abs(d) <= 6 for d in habit.deviations)

    flows = HabitSource([habit]).flows(AS_OF, AS_OF + timedelta(days=90))
    assert [f.due for f in flows] == [habit.last_date + timedelta(days=habit.interval * k) for k in (1, 2, 3)]
    assert all(f.source == "habit" and f.amount == habit.amount and f.lags == habit.deviations for f in flows)


def test_a_one_off_payer_is_not_a_habit():
    past = [PastFlow("once", AS_OF - timedelta(days=10), Decimal("15000.00"), "Big Job Inc")]
    assert find_habits(past, set(), AS_OF) == []


def test_an_erratic_purchaser_with_very_different_amounts_is_not_a_habit():
    rng = random.Random(5)
    past, d = [], AS_OF - timedelta(days=3)
    while d > AS_OF - timedelta(days=230):
        past.append(PastFlow(f"p{len(past)}", d, -Decimal(rng.choice([15, 80, 400, 1200, 2500, 35, 650])),
                             "Hardware Store"))
        d -= timedelta(days=rng.randint(4, 12))
    assert len(past) >= 15
    assert find_habits(past, set(), AS_OF) == []


def test_a_payer_who_stopped_more_than_two_intervals_ago_is_not_expected():
    assert find_habits(monthly_customer(last_days_ago=70, count=5), set(), AS_OF) == []
    # ... while one whose last payment is a little over an interval ago still is.
    assert len(find_habits(monthly_customer(last_days_ago=45, count=5), set(), AS_OF)) == 1


def test_payments_a_recurring_series_already_explains_are_not_reused():
    past = monthly_customer()
    assert find_habits(past, {f.id for f in past}, AS_OF) == []
    # With half of them explained, too few are left for a habit.
    assert find_habits(past, {f.id for f in past[::2]}, AS_OF) == []


def test_several_payments_on_one_day_are_one_visit():
    past = []
    for k in range(8):  # an insurer remitting two claims at once, every week
        d = AS_OF - timedelta(days=2 + 7 * k)
        past += [PastFlow(f"a{k}", d, Decimal("300.00"), "Insurer"), PastFlow(f"b{k}", d, Decimal("120.00"), "Insurer")]
    [habit] = find_habits(past, set(), AS_OF)
    assert habit.interval == 7 and habit.amount == Decimal("420.00") and len(habit.member_ids) == 16


def test_money_in_and_money_out_of_the_same_party_are_separate_habits():
    past = monthly_customer(name="Partner")
    past += [PastFlow(f"out{k}", AS_OF - timedelta(days=5 + 14 * k), Decimal("-250.00"), "Partner") for k in range(6)]
    habits = only(find_habits(past, set(), AS_OF), "Partner")
    assert sorted((h.interval, h.amount > 0) for h in habits)[0] == (14, False)
    assert len(habits) == 2


# ---- build_request --------------------------------------------------------------------------------------


def small_business() -> list[PastFlow]:
    """Rent on the 1st (a recurring series), a monthly-ish customer (a habit), card takings most days and
    erratic supply purchases (the residual)."""
    past = []
    for k in range(8):
        y, m = (2024, 11 + k) if k < 2 else (2025, k - 1)
        past.append(PastFlow(f"rent{k}", date(y, m, 1), Decimal("-1500.00"), "Landlord", "ent-landlord", "cat-rent"))
    past += monthly_customer()
    rng = random.Random(9)
    for i in range(200):
        d = AS_OF - timedelta(days=i)
        if d.weekday() < 6:
            past.append(PastFlow(f"card{i}", d, Decimal(rng.randint(5000, 40000)) / 100, None, None, "cat-card"))
    d = AS_OF - timedelta(days=2)
    while d > AS_OF - timedelta(days=200):
        past.append(PastFlow(f"sup{d}", d, -Decimal(rng.choice([40, 900, 75, 2200, 310, 15, 1400])), "Supply Co",
                             "ent-supplies", "cat-supplies"))
        d -= timedelta(days=rng.randint(3, 16))
    return past


def test_series_and_habit_payments_leave_the_residual_and_come_back_as_known_flows():
    past = small_business()
    series = detect_from_history(past, AS_OF)
    assert [f.label for f in series] == ["Landlord"]
    req = build_request(past, series, as_of=AS_OF, opening_balance=Decimal("8000.00"), horizon=90, paths=500)

    residual = dict(req.residual)
    for f in past:
        if f.id.startswith(("rent", "Acme")):
            continue
        residual[f.date] -= f.amount
    assert set(residual.values()) == {Decimal(0)}  # exactly the card takings and the supplies are left
    assert req.history_start == date(2024, 11, 1)  # the first transaction
    assert req.opening_balance == Decimal("8000.00") and req.horizon == 90 and req.paths == 500

    by_source = {}
    for f in req.known_flows:
        by_source.setdefault(f.source, []).append(f)
    assert [f.due for f in by_source["recurring_series"]] == [date(2025, 7, 1), date(2025, 8, 1), date(2025, 9, 1)]
    assert all(f.amount == Decimal("-1500.00") for f in by_source["recurring_series"])
    assert [f.label for f in by_source["habit"]] == ["Acme"] * len(by_source["habit"])
    assert by_source["habit"][0].due == AS_OF - timedelta(days=25) + timedelta(days=find_habits(
        past, set(), AS_OF)[0].interval)
    assert list(req.known_flows) == sorted(req.known_flows, key=lambda f: (f.due, f.key))


def test_without_habits_the_customer_stays_in_the_residual():
    past = small_business()
    series = detect_from_history(past, AS_OF)
    req = build_request(past, series, as_of=AS_OF, opening_balance=Decimal(0), use_habits=False, paths=500)
    acme = sum(f.amount for f in past if f.id.startswith("Acme"))
    with_habits = build_request(past, series, as_of=AS_OF, opening_balance=Decimal(0), paths=500)
    assert sum(v for _, v in req.residual) - sum(v for _, v in with_habits.residual) == acme
    assert all(f.source != "habit" for f in req.known_flows)


def test_recent_daily_averages_per_entity_and_category_cover_the_last_90_days_of_the_residual():
    past = small_business()
    req = build_request(past, detect_from_history(past, AS_OF), as_of=AS_OF, opening_balance=Decimal(0), paths=500)
    recent = [f for f in past if f.date > AS_OF - timedelta(days=90)]

    supplies = sum(f.amount for f in recent if f.entity == "ent-supplies")
    cards = sum(f.amount for f in recent if f.category == "cat-card")
    assert req.residual_by_entity == {"ent-supplies": supplies / 90}
    assert req.residual_by_category == {"cat-card": cards / 90, "cat-supplies": supplies / 90}


def test_a_short_history_averages_over_the_days_it_has():
    past = [PastFlow(f"s{i}", AS_OF - timedelta(days=i), Decimal("-30.00"), None, "ent-x", "cat-y")
            for i in range(0, 20, 2)]  # 10 payments over 19 days
    req = build_request(past, [], as_of=AS_OF, opening_balance=Decimal(0), paths=500)
    assert req.history_start == AS_OF - timedelta(days=18)
    assert req.residual_by_entity == {"ent-x": Decimal("-300.00") / 19}
    assert req.residual_by_category == {"cat-y": Decimal("-300.00") / 19}


def test_the_future_and_history_older_than_two_years_do_not_feed_the_residual():
    past = [PastFlow("old", AS_OF - timedelta(days=800), Decimal("-9999.00")),
            PastFlow("mid", AS_OF - timedelta(days=100), Decimal("10.00")),
            PastFlow("future", AS_OF + timedelta(days=1), Decimal("5000.00"))]
    req = build_request(past, [], as_of=AS_OF, opening_balance=Decimal(0), paths=500)
    assert req.residual == ((AS_OF - timedelta(days=100), Decimal("10.00")),)
    assert req.history_start == AS_OF - timedelta(days=729)
