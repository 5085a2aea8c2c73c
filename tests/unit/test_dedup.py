"""Fingerprints decide what counts as "already imported": they must be stable and never merge real rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cashpilot.domain import dedup
from hypothesis import given, settings
from hypothesis import strategies as st

ACCOUNT = uuid.UUID("11111111-1111-4111-8111-111111111111")


@dataclass(frozen=True)
class Row:
    date: date
    amount: Decimal
    description: str
    bank_transaction_id: str | None = None


def test_identical_rows_in_one_file_get_distinct_fingerprints():
    coffee = Row(date(2026, 1, 2), Decimal("-3.50"), "Coffee Shop")
    fps = dedup.fingerprints(ACCOUNT, [coffee, coffee, coffee])
    assert len(set(fps)) == 3


def test_the_same_file_fingerprints_the_same_way_every_time():
    rows = [Row(date(2026, 1, 2), Decimal("-3.50"), "Coffee"), Row(date(2026, 1, 3), Decimal("10.00"), "Refund")]
    assert dedup.fingerprints(ACCOUNT, rows) == dedup.fingerprints(ACCOUNT, list(rows))


def test_case_and_spacing_do_not_matter_but_amounts_dates_and_accounts_do():
    base = Row(date(2026, 1, 2), Decimal("-3.50"), "Coffee  Shop")
    same = Row(date(2026, 1, 2), Decimal("-3.5"), "coffee shop")
    assert dedup.fingerprints(ACCOUNT, [base]) == dedup.fingerprints(ACCOUNT, [same])
    for other in (Row(date(2026, 1, 3), base.amount, base.description),
                  Row(base.date, Decimal("-3.51"), base.description),
                  Row(base.date, base.amount, "Coffee Shop 2")):
        assert dedup.fingerprints(ACCOUNT, [base]) != dedup.fingerprints(ACCOUNT, [other])
    assert dedup.fingerprints(ACCOUNT, [base]) != dedup.fingerprints(uuid.uuid4(), [base])


def test_the_banks_own_id_wins_over_the_row_content():
    a = Row(date(2026, 1, 2), Decimal("-3.50"), "Pending text", bank_transaction_id="TX-1")
    b = Row(date(2026, 1, 4), Decimal("-3.50"), "Booked text", bank_transaction_id="TX-1")
    assert dedup.fingerprints(ACCOUNT, [a]) == dedup.fingerprints(ACCOUNT, [b])


rows = st.lists(
    st.builds(Row, st.dates(date(2020, 1, 1), date(2030, 1, 1)),
              st.decimals(-10_000, 10_000, places=2, allow_nan=False, allow_infinity=False),
              st.sampled_from(["Coffee", "Rent", "ACME LTD", "acme ltd", "Salary"])),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(rows, rows)
def test_an_overlapping_file_matches_exactly_the_rows_it_shares(first, extra):
    """Re-importing a file plus new rows recognises every old row and none of the new ones, even
    when the new rows are identical to old ones (a third coffee is a third coffee)."""
    old = set(dedup.fingerprints(ACCOUNT, first))
    combined = dedup.fingerprints(ACCOUNT, first + extra)
    assert len(set(combined)) == len(first) + len(extra)  # nothing merged
    assert sum(fp in old for fp in combined) == len(first)  # every old row recognised, nothing more


def test_similar_descriptions():
    assert dedup.similar_descriptions("AMAZON MKTPLACE PMTS 112233", "Amazon Marketplace")
    assert dedup.similar_descriptions("Card payment TESCO STORES 3297", "TESCO STORES 3297 LONDON")
    assert not dedup.similar_descriptions("ACME LTD", "GLOBEX CORP")
    assert not dedup.similar_descriptions("Rent", "")
