"""Repairs of what recurring detection hands the forecast, found on the Berka accounts: a monthly payment
split into quarterly series, a slot paid at an amount the series does not recognise, a stopped series,
and an account whose first weeks were the opening fill-up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
from cashpilot.domain.forecast.baseline import _filled_from, _shrunk_drift
from cashpilot.domain.forecast.flows import SeriesFacts, fill_paid_slots, merge_split_series
from cashpilot.domain.forecast.inputs import PastFlow, build_request
from cashpilot.domain.recurring import MONTHLY, QUARTERLY, Series

AS_OF = date(2026, 6, 20)


def facts(cadence: str, amount: str, dates: list[date], next_date: date, *, payer: str = "Employer",
          stopped: bool = False, prefix: str = "") -> tuple[SeriesFacts, list[PastFlow]]:
    ids = tuple(f"{prefix}{payer}{d.isoformat()}" for d in dates)
    s = Series(cadence=cadence, day_rule="day_of_month:10", expected_amount=Decimal(amount),
               amount_spread=Decimal("0.00"), first_date=dates[0], last_date=dates[-1], next_date=next_date,
               occurrences=ids, stopped=stopped, confidence=0.9)
    past = [PastFlow(i, d, Decimal(amount), payer) for i, d in zip(ids, dates, strict=True)]
    return SeriesFacts(series=s, member_dates=tuple(dates), label=payer, member_ids=ids), past


def months(*pairs: tuple[int, int]) -> list[date]:
    return [date(y, m, 10) for y, m in pairs]


def test_quarterly_series_of_one_payer_in_disjoint_months_are_the_monthly_payment_they_were():
    # Salary on the 10th, every month but one odd month kept it out of detection's monthly cluster.
    a, pa = facts(QUARTERLY, "2000.00", months((2025, 7), (2025, 10), (2026, 1), (2026, 4)), date(2026, 7, 10))
    b, pb = facts(QUARTERLY, "2000.00", months((2025, 8), (2025, 11), (2026, 2), (2026, 5)), date(2026, 8, 10))
    c, pc = facts(QUARTERLY, "2000.00", months((2025, 9), (2026, 3), (2026, 6)), date(2026, 9, 10))
    merged = merge_split_series([a, b, c], [*pa, *pb, *pc])
    assert len(merged) == 1
    s = merged[0].series
    assert s.cadence == MONTHLY and s.next_date == date(2026, 7, 10)
    assert len(merged[0].member_ids) == 11 and s.first_date == date(2025, 7, 10) and s.last_date == date(2026, 6, 10)


def test_quarterly_series_that_share_a_month_or_differ_in_amount_stay_apart():
    a, pa = facts(QUARTERLY, "2000.00", months((2025, 7), (2025, 10), (2026, 1)), date(2026, 4, 10))
    same_months, ps = facts(QUARTERLY, "2000.00", months((2025, 7), (2025, 10), (2026, 1)), date(2026, 4, 10),
                            prefix="x")
    other_amount, po = facts(QUARTERLY, "900.00", months((2025, 8), (2025, 11), (2026, 2)), date(2026, 5, 10))
    assert len(merge_split_series([a, same_months], [*pa, *ps])) == 2
    assert len(merge_split_series([a, other_amount], [*pa, *po])) == 2


def test_a_slot_paid_at_an_odd_amount_counts_as_paid_and_the_series_goes_on():
    # Rent of 1,000 due on 10 June was paid in two parts (600 + 450) by the same payer: no member of the
    # series, but the slot is paid. Expecting it still would count the rent twice.
    dates = months((2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5))
    rent, past = facts(MONTHLY, "-1000.00", dates, date(2026, 6, 10), payer="Landlord")
    past += [PastFlow("part1", date(2026, 6, 10), Decimal("-600.00"), "Landlord"),
             PastFlow("part2", date(2026, 6, 12), Decimal("-450.00"), "Landlord")]
    [repaired] = fill_paid_slots([rent], past, AS_OF)
    assert repaired.series.next_date == date(2026, 7, 10) and not repaired.series.stopped
    request = build_request(past, [rent], as_of=AS_OF, opening_balance=Decimal("5000.00"), horizon=30, paths=100)
    assert [f.due for f in request.known_flows if f.label == "Landlord"] == [date(2026, 7, 10)]


def test_a_slot_with_only_a_small_part_payment_stays_missed():
    dates = months((2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4), (2026, 5))
    rent, past = facts(MONTHLY, "-1000.00", dates, date(2026, 6, 10), payer="Landlord")
    past.append(PastFlow("part", date(2026, 6, 11), Decimal("-200.00"), "Landlord"))
    [kept] = fill_paid_slots([rent], past, AS_OF)
    assert kept.series.next_date == date(2026, 6, 10)


def test_a_stopped_series_payments_go_back_to_the_baseline_history():
    dates = months((2025, 9), (2025, 10), (2025, 11), (2025, 12), (2026, 1))
    stopped, past = facts(MONTHLY, "-700.00", dates, date(2026, 2, 10), payer="Old Lender", stopped=True)
    request = build_request(past, [stopped], as_of=AS_OF, opening_balance=Decimal("5000.00"), horizon=30, paths=100)
    assert not request.known_flows
    # Their money stays in the residual history the baseline learns from, not in the explained flows.
    assert sum(amount for _, amount in request.residual) == Decimal("-3500.00")
    assert not any(amount for _, amount in request.explained)


def test_an_account_filled_up_from_empty_does_not_read_its_fill_up_as_a_drift():
    # Opened empty, a 30,000 deposit in week two, then it spends what comes in (zero drift) for ten months.
    rng = np.random.default_rng(3)
    flows = rng.normal(0.0, 200.0, 320)
    flows -= flows.mean()
    flows[10] += 30000.0
    balance = float(flows.sum())
    assert _filled_from(flows, balance) == 10
    assert abs(_shrunk_drift(flows, None, balance)) < 5
    # An account that opened with money in it was not being filled up: all its history counts.
    assert _filled_from(flows, balance + 50000.0) == 0


def test_an_overdraft_paid_down_is_a_trend_not_a_fill_up():
    flows = np.full(300, 100.0)
    assert _filled_from(flows, 5000.0) == 0  # it opened at -25,000
