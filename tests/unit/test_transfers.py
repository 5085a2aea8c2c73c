"""Internal transfers: a pair must be the same money on two of the business's accounts, and a bare
coincidence of amounts must not be taken for one."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.domain.transfers import AccountHint, TransferCandidate, TransferPair, pair_transfers
from hypothesis import given, settings
from hypothesis import strategies as st

CUR, SAV, TAX = "current", "savings", "tax"
ACCOUNTS = (
    AccountHint(CUR, "Business Current Account", "1234"),
    AccountHint(SAV, "Savings", "5678"),
    AccountHint(TAX, "Tax Reserve", "9012"),
)
DAY = date(2026, 3, 2)  # a Monday
THRESHOLD = 0.6  # what the caller marks as a transfer


def tx(id, account, amount, description="", days=0, currency="EUR"):
    return TransferCandidate(id, account, DAY + timedelta(days=days), Decimal(amount), currency, description)


def pairs_of(result: list[TransferPair]) -> set[tuple]:
    return {(p.outflow_id, p.inflow_id) for p in result}


def test_a_same_day_transfer_with_wording_is_near_certain():
    result = pair_transfers(
        [tx("o", CUR, "-500.00", "ONLINE TRANSFER TO SAV XXXX5678"),
         tx("i", SAV, "500.00", "ONLINE TRANSFER FROM CHK XXXX1234")],
        accounts=ACCOUNTS,
    )
    assert len(result) == 1
    pair = result[0]
    assert (pair.outflow_id, pair.inflow_id, pair.days_apart) == ("o", "i", 0)
    assert pair.confidence >= 0.95
    assert "500.00 EUR" in pair.evidence and "same day" in pair.evidence
    assert "Savings (…5678)" in pair.evidence


@pytest.mark.parametrize(
    "out_text,in_text,days,low,high",
    [
        # wording on both sides, no account hints needed
        ("TRANSFER", "TRANSFER", 0, 0.95, 0.95),
        ("TFR", "TFR", 1, 0.90, 0.90),
        ("Umbuchung", "Umbuchung", 2, 0.80, 0.80),
        ("VIREMENT INTERNE", "VIREMENT INTERNE", 0, 0.95, 0.95),
        # explicitly internal wording on one side is enough
        ("Übertrag auf Sparkonto", "Gutschrift", 3, 0.75, 0.75),
        ("Kontoübertrag", "", 0, 0.95, 0.95),
        ("Own account transfer", "CREDIT", 1, 0.90, 0.90),
        # naming the other account, by last 4 digits or by name
        ("PAYMENT TO ****5678", "CREDIT", 0, 0.95, 0.95),
        ("TO SAVINGS", "FROM CURRENT", 4, 0.70, 0.73),
        ("ONLINE TRANSFER TO SAV XXXX5678", "ONLINE TRANSFER FROM CHK XXXX1234", 4, 0.73, 0.73),
        # banks call every outgoing payment a transfer: one side alone is not enough
        ("TRANSFER TO ACME LTD", "GLOBEX INVOICE 7", 0, 0.55, 0.55),
        # the customer paying 500.00 on the day a supplier is paid 500.00: a coincidence
        ("ACME SUPPLIES INV 42", "PAYMENT FROM GLOBEX", 0, 0.50, 0.50),
        ("ACME SUPPLIES INV 42", "PAYMENT FROM GLOBEX", 1, 0.45, 0.45),
        ("ACME SUPPLIES INV 42", "PAYMENT FROM GLOBEX", 2, 0.35, 0.35),
        ("ACME SUPPLIES INV 42", "PAYMENT FROM GLOBEX", 4, 0.25, 0.25),
        # a store number is not an account ending, a date is not one either
        ("TESCO STORES 5678", "REFUND", 0, 0.50, 0.50),
        ("DD 05.01.5678", "REFUND", 0, 0.50, 0.50),
        # naming a third account of the business speaks against this pair
        ("TRANSFER TO XXXX9012", "TRANSFER", 0, 0.30, 0.30),
    ],
)
def test_confidence_scale(out_text, in_text, days, low, high):
    (pair,) = pair_transfers([tx("o", CUR, "-500.00", out_text), tx("i", SAV, "500.00", in_text, days)],
                             accounts=ACCOUNTS)
    assert low <= pair.confidence <= high
    assert pair.days_apart == days


@pytest.mark.parametrize("days", [0, 1])
def test_a_bare_coincidence_is_never_confident(days):
    (pair,) = pair_transfers([tx("o", CUR, "-500.00", "SUPPLIER X"), tx("i", SAV, "500.00", "CUSTOMER Y", days)])
    assert pair.confidence < THRESHOLD
    assert "merely coincide" in pair.evidence


@pytest.mark.parametrize("days,paired", [(-4, True), (-1, True), (0, True), (3, True), (4, True), (5, False),
                                         (-5, False), (30, False)])
def test_the_default_window_is_four_days_either_way(days, paired):
    result = pair_transfers([tx("o", CUR, "-80.00", "TRANSFER"), tx("i", SAV, "80.00", "TRANSFER", days)])
    assert bool(result) is paired
    if paired:
        assert result[0].days_apart == abs(days)


def test_max_days_narrows_or_widens_the_window():
    candidates = [tx("o", CUR, "-80.00", "TRANSFER"), tx("i", SAV, "80.00", "TRANSFER", 2)]
    assert pair_transfers(candidates, max_days=1) == []
    assert len(pair_transfers(candidates, max_days=2)) == 1
    (far,) = pair_transfers([tx("o", CUR, "-80.00", "TRANSFER"), tx("i", SAV, "80.00", "TRANSFER", 10)],
                            max_days=10)
    assert far.confidence < THRESHOLD  # evidence cannot make up for a week and a half
    with pytest.raises(ValueError):
        pair_transfers(candidates, max_days=-1)


def test_never_within_one_account():
    # a refund on the same account is not a transfer, whatever it says
    assert pair_transfers([tx("o", CUR, "-50.00", "TRANSFER"), tx("i", CUR, "50.00", "TRANSFER")]) == []


@pytest.mark.parametrize(
    "out_amount,out_currency,in_amount,in_currency,paired",
    [
        ("-500.00", "EUR", "500.00", "EUR", True),
        ("-500", "EUR", "500.00", "EUR", True),  # the same number, however written
        ("-500.00", "eur ", "500.00", "EUR", True),  # currency codes compared normalised
        ("-500.00", "EUR", "500.00", "GBP", False),
        ("-500.00", "EUR", "500.01", "EUR", False),
        ("-500.00", "EUR", "-500.00", "EUR", False),  # two outflows
        ("500.00", "EUR", "500.00", "EUR", False),  # two inflows
        ("0.00", "EUR", "0.00", "EUR", False),
    ],
)
def test_amounts_must_be_exactly_opposite_in_one_currency(out_amount, out_currency, in_amount, in_currency, paired):
    result = pair_transfers([tx("o", CUR, out_amount, "TRANSFER", currency=out_currency),
                             tx("i", SAV, in_amount, "TRANSFER", currency=in_currency)])
    assert bool(result) is paired


def test_the_account_a_description_names_wins_over_a_closer_date():
    result = pair_transfers(
        [tx("o", CUR, "-1000.00", "TRANSFER TO TAX RESERVE"),
         tx("savings-same-day", SAV, "1000.00", "TRANSFER"),
         tx("tax-3-days", TAX, "1000.00", "TRANSFER", 3)],
        accounts=ACCOUNTS,
    )
    assert pairs_of(result) == {("o", "tax-3-days")}


def test_transfer_wording_wins_over_a_closer_date():
    result = pair_transfers([tx("o", CUR, "-300.00", "Umbuchung"), tx("bare", SAV, "300.00", "KUNDE MEIER"),
                             tx("worded", TAX, "300.00", "Umbuchung", 2)])
    assert pairs_of(result) == {("o", "worded")}


def test_with_equal_evidence_the_closest_date_wins_then_the_earliest():
    closest = pair_transfers([tx("o", CUR, "-300.00", "TRANSFER"), tx("far", SAV, "300.00", "TRANSFER", 3),
                              tx("near", TAX, "300.00", "TRANSFER", 1)])
    assert pairs_of(closest) == {("o", "near")}
    tied = pair_transfers([tx("o", CUR, "-300.00", "TRANSFER"), tx("after", SAV, "300.00", "TRANSFER", 1),
                           tx("before", TAX, "300.00", "TRANSFER", -1)])
    assert pairs_of(tied) == {("o", "before")}
    same_day = pair_transfers([tx("o", CUR, "-300.00", "TRANSFER"), tx("b", SAV, "300.00", "TRANSFER"),
                               tx("a", TAX, "300.00", "TRANSFER")])
    assert pairs_of(same_day) == {("o", "a")}  # by id when dates tie


def test_competing_pairs_are_settled_globally_not_first_come():
    # o1 could take either inflow, o2 only i2 in the window... but the better-evidenced pair goes first:
    # (o2, i2) names the account, so o1 must settle for i1 rather than take i2 because it came first.
    candidates = [
        tx("o1", CUR, "-200.00", "TRANSFER"),
        tx("o2", CUR, "-200.00", "TRANSFER TO XXXX5678", 1),
        tx("i2", SAV, "200.00", "TRANSFER", 1),
        tx("i1", TAX, "200.00", "TRANSFER", 2),
    ]
    assert pairs_of(pair_transfers(candidates, accounts=ACCOUNTS)) == {("o1", "i1"), ("o2", "i2")}


def test_each_transaction_joins_one_pair_at_most():
    # two identical sweeps the same day: two pairs, not one outflow matched twice
    candidates = [tx("o1", CUR, "-100.00", "SWEEP"), tx("o2", CUR, "-100.00", "SWEEP"),
                  tx("i1", SAV, "100.00", "SWEEP"), tx("i2", SAV, "100.00", "SWEEP"), tx("i3", SAV, "100.00", "SWEEP")]
    result = pair_transfers(candidates)
    assert pairs_of(result) == {("o1", "i1"), ("o2", "i2")}


def test_results_come_most_confident_first():
    result = pair_transfers([tx("o1", CUR, "-10.00", "X"), tx("i1", SAV, "10.00", "Y", 3),
                             tx("o2", CUR, "-20.00", "TRANSFER"), tx("i2", SAV, "20.00", "TRANSFER")])
    assert [p.outflow_id for p in result] == ["o2", "o1"]
    assert result[0].confidence > result[1].confidence


def test_a_missing_description_is_no_evidence_but_no_error():
    (pair,) = pair_transfers([tx("o", CUR, "-5.00", None), tx("i", SAV, "5.00", "TRANSFER")], accounts=ACCOUNTS)
    assert pair.confidence == 0.55


def test_ids_must_be_unique():
    with pytest.raises(ValueError):
        pair_transfers([tx("x", CUR, "-5.00"), tx("x", SAV, "5.00")])


def test_mixed_id_types_still_order_deterministically():
    candidates = [tx(1, CUR, "-5.00"), tx("1", SAV, "5.00"), tx(uuid.UUID(int=3), TAX, "5.00")]
    first = pair_transfers(candidates)
    assert len(first) == 1
    assert pair_transfers(list(reversed(candidates))) == first


# ---- properties ---------------------------------------------------------------------------------------

DESCRIPTIONS = ["TRANSFER", "CARD PAYMENT", "Umbuchung", "TO XXXX5678", "FROM ****1234", "INVOICE 42", "TO TAX RESERVE",
                ""]

candidate_rows = st.lists(
    st.tuples(
        st.sampled_from([CUR, SAV, TAX]),
        st.integers(0, 12),
        st.sampled_from(["10.00", "25.50", "100", "100.00"]),
        st.booleans(),
        st.sampled_from(["EUR", "GBP"]),
        st.sampled_from(DESCRIPTIONS),
    ),
    max_size=40,
)


def build(rows):
    return [tx(f"t{n}", account, ("-" if negative else "") + amount, text, days, currency)
            for n, (account, days, amount, negative, currency, text) in enumerate(rows)]


def compatible(out: TransferCandidate, inc: TransferCandidate, max_days: int) -> bool:
    return (out.amount < 0 and out.amount == -inc.amount and out.currency == inc.currency
            and out.account_id != inc.account_id and abs((inc.date - out.date).days) <= max_days)


@settings(max_examples=300, deadline=None)
@given(candidate_rows, st.randoms(use_true_random=False), st.integers(0, 5))
def test_pairs_are_valid_one_to_one_maximal_and_order_independent(rows, rnd, max_days):
    candidates = build(rows)
    result = pair_transfers(candidates, accounts=ACCOUNTS, max_days=max_days)
    by_id = {c.id: c for c in candidates}

    used = [p.outflow_id for p in result] + [p.inflow_id for p in result]
    assert len(used) == len(set(used))  # one-to-one
    for p in result:
        out, inc = by_id[p.outflow_id], by_id[p.inflow_id]
        assert compatible(out, inc, max_days)
        assert p.days_apart == abs((inc.date - out.date).days)
        assert 0.0 <= p.confidence <= 1.0

    # greedy leaves no two compatible transactions both unpaired
    free = [c for c in candidates if c.id not in set(used)]
    assert not any(compatible(a, b, max_days) for a in free for b in free)

    shuffled = list(candidates)
    rnd.shuffle(shuffled)
    assert pair_transfers(shuffled, accounts=ACCOUNTS, max_days=max_days) == result
    assert pair_transfers(shuffled, accounts=list(reversed(ACCOUNTS)), max_days=max_days) == result


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["SUPPLIER X", "CUSTOMER Y", "CARD 5678 SHOP", "INVOICE 2026-01-05", ""]),
       st.sampled_from(["SUPPLIER X", "CUSTOMER Y", "REF 1234.5678", "INVOICE 1234", ""]),
       st.integers(0, 4))
def test_without_transfer_words_or_account_mentions_confidence_stays_low(out_text, in_text, days):
    (pair,) = pair_transfers([tx("o", CUR, "-500.00", out_text), tx("i", SAV, "500.00", in_text, days)],
                             accounts=ACCOUNTS)
    assert pair.confidence < THRESHOLD
    if days > 1:
        assert pair.confidence <= 0.35


def test_a_large_mixed_statement_pairs_every_planted_transfer():
    rnd = random.Random(7)
    candidates = []
    for n in range(3000):
        amount = Decimal(rnd.randint(100, 900_000)) / 100
        candidates.append(tx(f"noise{n}", rnd.choice([CUR, SAV, TAX]), str(-amount if rnd.random() < 0.6 else amount),
                             f"CARD PAYMENT {rnd.randint(1000, 9999)}", rnd.randint(0, 365)))
    planted = set()
    for n in range(200):
        amount = f"{1_000_000 + n}.00"  # outside the noise's range, so the expected pairs are known
        day = rnd.randint(0, 365)
        candidates.append(tx(f"out{n}", CUR, "-" + amount, "ONLINE TRANSFER TO SAV XXXX5678", day))
        candidates.append(tx(f"in{n}", SAV, amount, "ONLINE TRANSFER FROM CHK XXXX1234", day + rnd.randint(0, 4)))
        planted.add((f"out{n}", f"in{n}"))
    rnd.shuffle(candidates)
    result = pair_transfers(candidates, accounts=ACCOUNTS)
    confident = {(p.outflow_id, p.inflow_id) for p in result if p.confidence >= THRESHOLD}
    assert confident == planted
