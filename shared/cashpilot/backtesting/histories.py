"""Account histories for forecast back-tests: a list of dated, signed transactions plus a known start balance.

Both sources (the synthetic generator and the Berka bank data) produce the same `History`, so a back-test can
cut it at any day (`until`), forecast from there and compare with what the balances really did (`balances`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class HistoryTx:
    date: date
    amount: Decimal  # signed, 2 dp: + money in, - money out
    description: str  # bank-statement-like text
    counterparty: str | None  # clean counterparty name when known
    balance: Decimal | None = None  # running balance after this transaction, when the source states it


@dataclass(frozen=True)
class History:
    name: str
    currency: str
    opening_balance: Decimal  # balance before the first transaction
    transactions: tuple[HistoryTx, ...]  # sorted by date; same-day order is the order they were booked
    buffer: Decimal = Decimal(0)  # cash the owner wants to keep; "below buffer" is the alert a forecast raises

    def balances(self) -> dict[date, Decimal]:
        """End-of-day balance for every calendar day from the first to the last transaction date.

        Computed as opening balance + cumulative amounts (not read from `tx.balance`): the amounts are what a
        forecast models, so the truth it is scored against must be built from the same numbers.
        """
        if not self.transactions:
            return {}
        per_day: dict[date, Decimal] = {}
        for tx in self.transactions:
            per_day[tx.date] = per_day.get(tx.date, Decimal(0)) + tx.amount
        out: dict[date, Decimal] = {}
        balance = self.opening_balance
        day, last = self.transactions[0].date, self.transactions[-1].date
        while day <= last:
            balance += per_day.get(day, Decimal(0))
            out[day] = balance
            day += timedelta(days=1)
        return out

    def until(self, as_of: date) -> History:
        """The history as it was known at the end of `as_of` (same opening balance, later transactions cut)."""
        kept = tuple(tx for tx in self.transactions if tx.date <= as_of)
        return replace(self, transactions=kept)

    def to_statement_csv(self) -> bytes:
        """A plain bank export (Date,Description,Amount,Balance) that CashPilot's statement importer reads.

        The balance column is the bank's stated balance when the source has one, else the computed running one.
        """
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["Date", "Description", "Amount", "Balance"])
        running = self.opening_balance
        for tx in self.transactions:
            running += tx.amount
            stated = tx.balance if tx.balance is not None else running
            writer.writerow([tx.date.isoformat(), tx.description, f"{tx.amount:.2f}", f"{stated:.2f}"])
        return buf.getvalue().encode("utf-8")


def balance_breaks(history: History, tolerance: Decimal = Decimal(0)) -> list[tuple[HistoryTx, Decimal]]:
    """Transactions whose stated balance is not the previous stated balance plus their amount.

    Checked step by step (not against the cumulative sum) so that one break shows up once instead of
    shifting every later row. Returns (transaction, stated - expected) for breaks larger than `tolerance`.
    """
    breaks: list[tuple[HistoryTx, Decimal]] = []
    previous = history.opening_balance
    for tx in history.transactions:
        if tx.balance is None:
            previous += tx.amount
            continue
        diff = tx.balance - (previous + tx.amount)
        if abs(diff) > tolerance:
            breaks.append((tx, diff))
        previous = tx.balance
    return breaks
