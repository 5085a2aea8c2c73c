"""Real account histories from the PKDD'99 "Berka" Czech bank data (see shared/data/berka/README.md).

One `History` per account with enough transactions. The file states a running balance after every
transaction, which is the truth a back-test scores against; amounts are unsigned there and get their sign
from `type` (PRIJEM = money in, VYDAJ / VYBER = money out).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date
from decimal import Decimal
from itertools import groupby
from pathlib import Path

from cashpilot.backtesting.histories import History, HistoryTx

# <repo>/shared/cashpilot/backtesting/berka.py -> <repo>/../shared/data/berka
_RELATIVE = Path(__file__).resolve().parents[4] / "shared" / "data" / "berka"
_DEFAULT = Path("/work/shared/data/berka")


def default_directory() -> Path | None:
    """Where the Berka files are on this machine, or None when they are absent (callers then skip)."""
    for candidate in (_RELATIVE, _DEFAULT):
        if (candidate / "trans.asc").is_file():
            return candidate
    return None


def load_berka(directory: Path = _DEFAULT, *, min_transactions: int = 40) -> list[History]:
    """Histories of all accounts with at least `min_transactions` transactions, ordered by account id."""
    rows_by_account: dict[int, list[_Row]] = defaultdict(list)
    with open(Path(directory) / "trans.asc", newline="", encoding="ascii") as f:
        for record in csv.DictReader(f, delimiter=";"):
            rows_by_account[int(record["account_id"])].append(_row(record))
    histories = []
    for account, rows in sorted(rows_by_account.items()):
        if len(rows) < min_transactions:
            continue
        ordered = _booking_order(rows)
        first = ordered[0]
        histories.append(
            History(
                name=f"berka-{account}",
                currency="CZK",
                opening_balance=first.tx.balance - first.tx.amount,
                transactions=tuple(r.tx for r in ordered),
            )
        )
    return histories


class _Row:
    __slots__ = ("trans_id", "tx")

    def __init__(self, trans_id: int, tx: HistoryTx) -> None:
        self.trans_id = trans_id
        self.tx = tx


def _row(record: dict[str, str]) -> _Row:
    yymmdd = record["date"]
    day = date(1900 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    amount = Decimal(record["amount"])
    if record["type"] != "PRIJEM":  # VYDAJ and VYBER both take money out
        amount = -amount
    operation = record["operation"].strip()
    k_symbol = record["k_symbol"].strip()
    bank = (record["bank"] or "").strip()
    account = (record["account"] or "").strip()
    # The most specific party the data names: the partner account, else the payment's purpose, else how it moved.
    counterparty = f"bank {bank} account {account}" if bank and account else (k_symbol or operation or None)
    description = " ".join(part for part in (operation, k_symbol, bank, account) if part)
    tx = HistoryTx(day, amount, description, counterparty, Decimal(record["balance"]))
    return _Row(int(record["trans_id"]), tx)


def _booking_order(rows: list[_Row]) -> list[_Row]:
    """Sort by date, and within a day in the order the bank booked them, as the balance chain shows.

    trans_id does not follow booking order inside a day (month-end interest has much higher ids than the
    withdrawal booked after it), so same-day rows are chained: each next row is the one whose stated balance
    equals the current balance plus its amount (closest wins; the data has 0.10 CZK rounding steps), ties by
    trans_id. The first day has no known balance before it, so every row is tried as the day's first.
    """
    rows = sorted(rows, key=lambda r: (r.tx.date, r.trans_id))
    ordered: list[_Row] = []
    current: Decimal | None = None
    for _, day_rows in groupby(rows, key=lambda r: r.tx.date):
        group = list(day_rows)
        if current is None:
            chain = min((_chain(group, start) for start in group), key=lambda c: c[1])[0]
        else:
            chain = _chain_from(group, current)[0]
        ordered.extend(chain)
        current = chain[-1].tx.balance
    return ordered


def _chain(group: list[_Row], start: _Row) -> tuple[list[_Row], Decimal]:
    rest = [r for r in group if r is not start]
    chain, error = _chain_from(rest, start.tx.balance)
    return [start, *chain], error


def _chain_from(group: list[_Row], balance: Decimal | None) -> tuple[list[_Row], Decimal]:
    left, chain, error = list(group), [], Decimal(0)
    while left:
        best = min(left, key=lambda r: (abs(r.tx.balance - (balance + r.tx.amount)), r.trans_id))
        error += abs(best.tx.balance - (balance + best.tx.amount))
        chain.append(best)
        left.remove(best)
        balance = best.tx.balance
    return chain, error
