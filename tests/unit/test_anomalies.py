"""Anomaly scores from constructed histories: a spike is flagged with the score the formula gives, a near
miss is not, a subscription whose price wobbles by cents is never flagged, a seasonal peak that happened
a year earlier is not unusual, and each transaction is judged from its past only."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from cashpilot.domain.detection.anomalies import score
from cashpilot.domain.detection.model import Txn

SUPPLIER = uuid.uuid4()
SUPPLIES = uuid.uuid4()
START = date(2025, 1, 6)


def txn(day: date, amount: str, *, entity: uuid.UUID | None = SUPPLIER, category: uuid.UUID | None = SUPPLIES) -> Txn:
    return Txn(id=uuid.uuid4(), date=day, amount=Decimal(amount), entity_id=entity, category_id=category)


def weekly(amounts: list[str], **kw) -> list[Txn]:
    return [txn(START + timedelta(weeks=i), a, **kw) for i, a in enumerate(amounts)]


# Ten weekly supplier payments around 100: median 100, MAD 1, so the 5%-of-median floor (5.00) is the spread.
HISTORY = ["-100.00", "-102.00", "-98.00", "-101.00", "-99.00", "-100.00", "-103.00", "-97.00", "-100.00", "-100.00"]
NEXT = START + timedelta(weeks=len(HISTORY))


def expected_z(amount: str, median: str = "100", spread: str = "5") -> float:
    return round(abs(float(amount) - float(median)) / (1.4826 * float(spread)), 2)


def test_a_spike_is_flagged_with_the_robust_z_score():
    spike = txn(NEXT, "-200.00")
    scores = score([*weekly(HISTORY), spike], z=4.0)
    s = scores[spike.id]
    assert s.is_anomaly and s.score == expected_z("200") == 13.49
    assert s.baseline == Decimal("100.00") and s.basis == "entity" and s.basis_id == SUPPLIER
    assert s.samples == len(HISTORY)


def test_a_near_miss_just_under_the_threshold_is_not_flagged_and_just_over_is():
    below, above = txn(NEXT, "-129.00"), txn(NEXT, "-130.00")
    below_score = score([*weekly(HISTORY), below], z=4.0)[below.id]
    above_score = score([*weekly(HISTORY), above], z=4.0)[above.id]
    assert below_score.score == expected_z("129") == 3.91 and not below_score.is_anomaly
    assert above_score.score == expected_z("130") == 4.05 and above_score.is_anomaly
    # The threshold is the business's: a conservative one (z / 1.25) catches the near miss.
    assert score([*weekly(HISTORY), below], z=3.2)[below.id].is_anomaly


def test_a_monthly_subscription_with_tiny_variation_is_never_flagged():
    amounts = ["-59.99", "-59.99", "-60.01", "-59.99", "-59.97", "-59.99", "-60.49", "-59.99", "-59.99",
               "-61.50", "-59.99", "-59.99", "-59.98", "-62.99"]
    rows = [txn(date(2025, 1, 5) + timedelta(days=30 * i), a, category=None) for i, a in enumerate(amounts)]
    scores = score(rows, z=4.0)
    assert {r.id for r in rows[4:]} == set(scores)  # scored once four earlier payments exist
    assert not any(s.is_anomaly for s in scores.values())
    # The floor (5% of 59.99 = 3.00) is the spread: a 3.00 price rise scores 0.67, far from 4.
    assert scores[rows[-1].id].score == round(3.0 / (1.4826 * 2.9995), 2)
    # ...but a double charge of the same subscription is unusual.
    double = txn(date(2025, 1, 5) + timedelta(days=30 * len(amounts)), "-119.98", category=None)
    assert score([*rows, double], z=4.0)[double.id].is_anomaly


def test_too_little_history_gives_no_score():
    rows = weekly(["-100.00", "-100.00", "-100.00", "-900.00"], category=None)
    assert score(rows) == {}  # three earlier payments are not a baseline


def test_without_entity_history_the_category_is_the_baseline():
    others = [txn(START + timedelta(days=3 * i), f"-{40 + i}.00", entity=uuid.uuid4()) for i in range(8)]
    new_shop = txn(START + timedelta(days=30), "-45.00", entity=uuid.uuid4())
    s = score([*others, new_shop])[new_shop.id]
    assert s.basis == "category" and s.basis_id == SUPPLIES and s.samples == 8 and not s.is_anomaly
    assert s.baseline == Decimal("43.50")  # the median of 40..47


def test_money_in_and_money_out_have_separate_baselines():
    refund = txn(NEXT, "250.00")  # the supplier refunds: nothing to compare with in its direction
    assert refund.id not in score([*weekly(HISTORY), refund])


def test_each_transaction_is_judged_by_its_past_only():
    history = weekly(HISTORY)
    spike = txn(NEXT, "-200.00")
    after = txn(NEXT + timedelta(weeks=1), "-101.00")
    alone = score([*history, spike])
    with_later = score([*history, spike, after, txn(NEXT + timedelta(weeks=2), "-5000.00")])
    assert with_later[spike.id] == alone[spike.id]  # later rows do not move an earlier score
    # the spike does not make itself the norm: the payment after it is ordinary
    assert not with_later[after.id].is_anomaly and with_later[after.id].baseline == Decimal("100.00")


def test_same_day_transactions_do_not_judge_each_other_and_future_ones_are_ignored():
    history = weekly(HISTORY)
    first, second = txn(NEXT, "-200.00"), txn(NEXT, "-200.00")
    scores = score([*history, first, second], today=NEXT)
    assert scores[first.id].samples == scores[second.id].samples == len(HISTORY)
    future = txn(NEXT + timedelta(days=1), "-999.00")
    assert future.id not in score([*history, future], today=NEXT)


def test_a_seasonal_peak_seen_a_year_earlier_is_not_unusual():
    heating = uuid.uuid4()
    rows = []
    for month in range(1, 13):  # 2025: about 100 a month, 300 in December
        rows.append(txn(date(2025, month, 10), "-300.00" if month == 12 else f"-{100 + month % 3}.00",
                        entity=heating, category=None))
    december = txn(date(2026, 12, 10), "-310.00", entity=heating, category=None)
    rows += [txn(date(2026, m, 10), f"-{100 + m % 3}.00", entity=heating, category=None) for m in range(1, 12)]
    june_spike = txn(date(2026, 6, 20), "-310.00", entity=uuid.uuid4(), category=None)  # another entity: no score
    scores = score([*rows, december, june_spike])
    s = scores[december.id]
    assert not s.is_anomaly and s.baseline == Decimal("300.00") and s.basis == "entity"
    assert s.samples == 12
    # Last December itself was unusual: nothing earlier explained it.
    assert scores[rows[11].id].is_anomaly
    # The same 310 in a month without a seasonal precedent is unusual.
    july = txn(date(2026, 7, 25), "-310.00", entity=heating, category=None)
    assert score([*rows[:18], july])[july.id].is_anomaly
