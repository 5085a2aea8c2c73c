"""A customer paying late in the chat's what-if (`tools._paid_late`): a payment still to come moves by the
days asked; one already overdue never lands sooner, or more surely, than the forecast expected."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.forecast.model import KnownFlow
from cashpilot.domain.forecast.simulation import expected_known
from cashpilot.services.chat.tools import _paid_late

AS_OF, HORIZON = date(2026, 10, 14), 90


def flow(due: date, lags=(0, 3, 9)) -> KnownFlow:
    return KnownFlow(key="k", source="recurring_series", label="Invoice", due=due, amount=Decimal("12000.00"),
                     lags=tuple(lags))


def cumulative(values):
    out, total = [], Decimal(0)
    for v in values:
        total += v
        out.append(total)
    return out


def test_a_payment_still_to_come_moves_by_the_days():
    f = flow(date(2026, 11, 1))
    late = _paid_late(f, 30, AS_OF, HORIZON)
    moved = expected_known([dataclasses.replace(f, due=f.due + timedelta(days=30))], AS_OF, HORIZON)
    assert [v.quantize(Decimal("0.01")) for v in late] == [v.quantize(Decimal("0.01")) for v in moved]


@pytest.mark.parametrize("days", [3, 14, 30, 60])
@pytest.mark.parametrize("due", [date(2026, 10, 5), date(2026, 9, 20), date(2026, 10, 13)])
def test_an_overdue_payment_paid_later_never_raises_the_balance(due, days):
    f = flow(due)
    plain = cumulative(expected_known([f], AS_OF, HORIZON))
    late = cumulative(_paid_late(f, days, AS_OF, HORIZON))
    assert all(a <= b + Decimal("0.000001") for a, b in zip(late, plain, strict=True))
    assert late[-1] <= plain[-1] + Decimal("0.000001")
