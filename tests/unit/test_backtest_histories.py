"""Back-test histories: synthetic businesses and the real Berka accounts, as a back-test would use them."""

from __future__ import annotations

import csv
import io
import itertools
import statistics
from datetime import date, timedelta
from decimal import Decimal

import pytest
from cashpilot.backtesting.berka import default_directory, load_berka
from cashpilot.backtesting.histories import History, HistoryTx, balance_breaks
from cashpilot.backtesting.synthetic import archetype_of, generate, generate_many
from cashpilot.domain.statements import parse_statement

CENT = Decimal("0.01")


@pytest.fixture(scope="module")
def fifty() -> list[History]:
    return generate_many(50)


@pytest.fixture(scope="module")
def berka() -> list[History]:
    directory = default_directory()
    if directory is None:
        pytest.skip("the Berka data (../shared/data/berka) is not on this machine")
    return load_berka(directory)


def payroll_gaps(history: History) -> list[int]:
    days = sorted({tx.date for tx in history.transactions if "PAYROLL" in tx.description or "WAGE" in tx.description})
    return [(b - a).days for a, b in itertools.pairwise(days)]


# ---- synthetic ------------------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_history_and_another_seed_another():
    # Given two runs with one seed and one with another
    first, again, other = generate(7), generate(7), generate(8)

    # Then the runs agree to the cent and the other seed differs
    assert first == again
    assert first.name == "synthetic-0007"
    assert first.transactions != other.transactions


def test_generate_many_is_generate_per_seed_with_unique_names():
    many = generate_many(3, seed=5)

    assert many[0] == generate(5)
    assert [h.name for h in many] == ["synthetic-0005", "synthetic-0006", "synthetic-0007"]


def test_synthetic_money_is_two_place_decimal_sorted_by_date_with_a_clean_counterparty(fifty):
    for history in fifty[:10]:
        assert history.currency == "USD"
        assert history.buffer > 0
        dates = [tx.date for tx in history.transactions]
        assert dates == sorted(dates)
        for tx in history.transactions:
            assert isinstance(tx.amount, Decimal) and tx.amount == tx.amount.quantize(CENT) and tx.amount != 0
            assert tx.description and tx.counterparty


def test_stated_balances_are_opening_plus_cumulative_amounts(fifty):
    for history in fifty:
        running = history.opening_balance
        for tx in history.transactions:
            running += tx.amount
            assert tx.balance == running
        assert balance_breaks(history) == []


def test_balances_has_every_calendar_day_and_carries_forward_on_quiet_days(fifty):
    # Given a history and its end-of-day balances
    history = fifty[0]
    balances = history.balances()
    first, last = history.transactions[0].date, history.transactions[-1].date

    # Then every day is there, each day ends at its last transaction's balance, quiet days repeat the day before
    assert list(balances) == [first + timedelta(days=i) for i in range((last - first).days + 1)]
    end_of_day = {tx.date: tx.balance for tx in history.transactions}
    for day, balance in balances.items():
        expected = end_of_day.get(day, balances.get(day - timedelta(days=1)))
        assert balance == expected


def test_a_history_covers_the_requested_window():
    history = generate(11, days=400, end=date(2025, 6, 30))

    assert history.transactions[-1].date <= date(2025, 6, 30)
    assert history.transactions[0].date >= date(2025, 6, 30) - timedelta(days=399)
    assert (history.transactions[-1].date - history.transactions[0].date).days > 380


def test_until_keeps_what_was_known_on_that_day(fifty):
    history = fifty[1]
    cut = history.transactions[len(history.transactions) // 2].date

    known = history.until(cut)

    assert known.opening_balance == history.opening_balance
    assert known.transactions == tuple(tx for tx in history.transactions if tx.date <= cut)
    assert known.balances() == {d: b for d, b in history.balances().items() if d <= cut}


def test_fifty_histories_differ_in_kind_payroll_rhythm_and_stress(fifty):
    # Several kinds of business
    assert len({archetype_of(i) for i in range(50)}) >= 4

    # Some pay every other Friday, some once a month
    gaps = [payroll_gaps(h) for h in fifty]
    assert sum(1 for g in gaps if g and set(g) == {14}) >= 3
    assert sum(1 for g in gaps if g and statistics.median(g) >= 28) >= 3

    # Some come close to or under their buffer, most never do
    stressed = [h for h in fifty if min(h.balances().values()) < h.buffer]
    assert 3 <= len(stressed) <= 20


def test_card_takings_have_a_weekly_rhythm():
    # Given cafes (daily card takings), deposits are made on business days only
    cafes = [generate(i) for i in range(60) if archetype_of(i) == "cafe"][:3]
    assert cafes
    for history in cafes:
        deposits = [tx for tx in history.transactions if tx.counterparty in {"Square", "Stripe", "Toast", "Clover"}]
        assert deposits and all(tx.date.weekday() < 5 for tx in deposits)
        # Monday deposits carry the weekend and are larger than a midweek day's
        monday = statistics.mean(tx.amount for tx in deposits if tx.date.weekday() == 0)
        wednesday = statistics.mean(tx.amount for tx in deposits if tx.date.weekday() == 2)
        assert monday > wednesday


def test_the_statement_csv_reads_back_through_the_importer(fifty):
    # Given a history written as a bank export
    history = fifty[2]
    data = history.to_statement_csv()

    # Then it has the plain shape ...
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert rows[0] == ["Date", "Description", "Amount", "Balance"]
    assert len(rows) == len(history.transactions) + 1
    assert rows[1][0] == history.transactions[0].date.isoformat()

    # ... and CashPilot's importer reads back the same dates, amounts and balances
    parsed = parse_statement(data)
    assert [(r.date, r.amount, r.balance) for r in parsed.transactions] == [
        (tx.date, tx.amount, tx.balance) for tx in history.transactions
    ]


def test_statement_csv_fills_the_balance_when_the_source_has_none():
    history = History(
        "tiny", "USD", Decimal("100.00"),
        (HistoryTx(date(2026, 1, 2), Decimal("-30.00"), "A, with comma", "A"),
         HistoryTx(date(2026, 1, 5), Decimal("5.50"), "B", None)),
    )

    text = history.to_statement_csv().decode()

    assert text == 'Date,Description,Amount,Balance\n2026-01-02,"A, with comma",-30.00,70.00\n2026-01-05,B,5.50,75.50\n'
    assert history.balances()[date(2026, 1, 4)] == Decimal("70.00")


# ---- Berka ----------------------------------------------------------------------------------------------


def test_berka_gives_hundreds_of_accounts_with_enough_transactions(berka):
    assert len(berka) >= 400
    assert all(len(h.transactions) >= 40 and h.currency == "CZK" for h in berka)
    assert len({h.name for h in berka}) == len(berka)
    assert all(h.name.startswith("berka-") for h in berka)


def test_berka_amounts_carry_the_sign_of_the_transaction_type(berka):
    for history in berka[:100]:
        for tx in history.transactions:
            if tx.description == "VKLAD" or tx.counterparty in {"UROK", "DUCHOD"}:
                assert tx.amount > 0, tx  # cash deposit, interest, pension come in
            if tx.description.startswith(("VYBER", "PREVOD NA UCET")) or tx.counterparty in {"SLUZBY", "SIPO"}:
                assert tx.amount < 0, tx  # withdrawals, transfers out, fees and household bills go out


def test_berka_opening_balance_and_running_balances_agree_for_almost_all_accounts(berka):
    for history in berka:
        first = history.transactions[0]
        assert history.opening_balance + first.amount == first.balance
        dates = [tx.date for tx in history.transactions]
        assert dates == sorted(dates)

    # The data rounds interest to 0.10 CZK now and then; beyond that almost every account chains exactly
    consistent = [h for h in berka if not balance_breaks(h, tolerance=Decimal("0.10"))]
    assert len(consistent) >= 0.95 * len(berka)


def test_berka_counterparty_names_the_partner_account_or_what_the_payment_was(berka):
    parties = {tx.counterparty for h in berka for tx in h.transactions}

    assert {"VKLAD", "VYBER", "UROK", "SLUZBY"} <= parties
    assert any(p and p.startswith("bank ") and " account " in p for p in parties)
