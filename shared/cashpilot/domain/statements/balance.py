"""The running balance as a witness: it confirms signs, the file's direction and same-day order.

Four readings are tried on consecutive rows that both carry a balance: the file runs forwards or
backwards in time, and the balance moves with the amounts or against them. The reading that explains
most steps wins. Same-day rows that a bank lists in another order than they were booked (common: sorted
by amount or by name within a day) are put in the order the balance proves; a row whose balance still
does not follow is reported as a break, and the chain resumes from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import pairwise

from cashpilot.domain.statements.model import BalanceReport

MAX_REORDER_GROUP = 200


@dataclass(frozen=True, slots=True)
class ChainFit:
    checked: int
    matches: int
    order: str  # ascending | descending
    sign: int  # +1: the balance moves with the amounts; -1: against them

    @property
    def score(self) -> float:
        return self.matches / self.checked if self.checked else 0.0


def chain_fit(amounts: Sequence[Decimal | None], balances: Sequence[Decimal | None]) -> ChainFit:
    pairs = [(a, b) for a, b in zip(amounts, balances, strict=False) if a is not None and b is not None]
    counts = {("ascending", 1): 0, ("ascending", -1): 0, ("descending", 1): 0, ("descending", -1): 0}
    for (a0, b0), (a1, b1) in pairwise(pairs):
        step = b1 - b0
        if step == a1:
            counts["ascending", 1] += 1
        elif step == -a1:
            counts["ascending", -1] += 1
        if -step == a0:
            counts["descending", 1] += 1
        elif -step == -a0:
            counts["descending", -1] += 1
    (order, sign), matches = max(counts.items(), key=lambda kv: (kv[1], kv[0][1], kv[0][0] == "ascending"))
    return ChainFit(max(len(pairs) - 1, 0), matches, order, sign)


@dataclass(frozen=True, slots=True)
class BalanceCheck:
    report: BalanceReport
    sign: int  # -1 when the amounts move against the balance: their signs are the other way round
    sequence: list[int]  # chronological position of every row
    confident: bool  # the balance explains enough steps to be trusted for signs and order


def check_running_balance(amounts: Sequence[Decimal], balances: Sequence[Decimal | None],
                          dates: Sequence[date], lines: Sequence[int]) -> BalanceCheck | None:
    n = len(amounts)
    fit = chain_fit(amounts, balances)
    if fit.checked == 0:
        return None
    order = fit.order
    sign = fit.sign
    chron_all = list(range(n)) if order == "ascending" else list(range(n - 1, -1, -1))
    chron = [i for i in chron_all if balances[i] is not None]
    breaks: list[int] = []
    reordered = 0
    new_order: list[int] = []
    previous: Decimal | None = None
    position = {row: k for k, row in enumerate(chron_all)}
    sequence = [0] * n
    for k, row in enumerate(chron_all):
        sequence[row] = k
    start = 0
    while start < len(chron):
        end = start + 1
        while end < len(chron) and dates[chron[end]] == dates[chron[start]]:
            end += 1
        group = chron[start:end]
        placed = _place(group, previous, amounts, balances, sign)
        if placed is None:
            placed = group
            current = previous
            for row in group:
                expected = None if current is None else current + sign * amounts[row]
                if expected is not None and balances[row] != expected:
                    breaks.append(row)
                current = balances[row]
        elif placed != group:
            reordered += 1
            slots = sorted(position[row] for row in group)
            for slot, row in zip(slots, placed, strict=True):
                sequence[row] = slot
        new_order.extend(placed)
        previous = balances[placed[-1]]
        start = end
    first, last = new_order[0], new_order[-1]
    opening = balances[first] - sign * amounts[first]  # type: ignore[operator]
    checked = len(chron) - 1
    # Judged after same-day reordering: a bank that sorts each day by amount still has a sound balance.
    confident = fit.matches > 0 and (checked - len(breaks)) >= 0.6 * checked
    report = BalanceReport(
        checked=checked,
        consistent=checked - len(breaks),
        order=order,
        breaks=tuple(sorted(lines[i] for i in breaks)),
        reordered_days=reordered,
        opening=opening if sign == 1 else None,
        closing=balances[last],
    )
    return BalanceCheck(report, sign, sequence, confident)


def _place(group: list[int], previous: Decimal | None, amounts: Sequence[Decimal],
           balances: Sequence[Decimal | None], sign: int) -> list[int] | None:
    """The group in an order the balance proves, or None when no order works."""
    if _chains(group, previous, amounts, balances, sign):
        return group
    if len(group) > MAX_REORDER_GROUP:
        return None
    # On the file's first day there is no balance before it: any row of the day may be the first one.
    starts: list[Decimal | None] = [previous] if previous is not None else [
        balances[r] - sign * amounts[r] for r in group]  # type: ignore[operator]
    for begin in starts:
        remaining = list(group)
        current = begin
        placed: list[int] = []
        while remaining:
            nxt = next((r for r in remaining if balances[r] == current + sign * amounts[r]), None)  # type: ignore[operator]
            if nxt is None:
                break
            placed.append(nxt)
            remaining.remove(nxt)
            current = balances[nxt]
        if not remaining:
            return placed
    return None


def _chains(group: list[int], previous: Decimal | None, amounts: Sequence[Decimal],
            balances: Sequence[Decimal | None], sign: int) -> bool:
    current = previous
    for row in group:
        if current is not None and balances[row] != current + sign * amounts[row]:
            return False
        current = balances[row]
    return True


@dataclass(frozen=True, slots=True)
class RecoveredSigns:
    signs: list[int]  # +1 / -1 per row; the row the balance cannot tell keeps +1
    unknown: int | None  # index of that row (the oldest one), when there is one
    matches: int
    checked: int


def signs_from_balance(amounts: Sequence[Decimal], balances: Sequence[Decimal | None]) -> RecoveredSigns | None:
    """Directions for unsigned amounts, read off the running balance: each step up is money in.

    Only used when every amount is unsigned: a signed column is never second-guessed row by row.
    """
    rows = [i for i, b in enumerate(balances) if b is not None]
    if len(rows) < 3:
        return None
    best: RecoveredSigns | None = None
    for order in ("ascending", "descending"):
        signs = [1] * len(amounts)
        matches = 0
        for prev, cur in pairwise(rows):
            step = balances[cur] - balances[prev]  # type: ignore[operator]
            row = cur if order == "ascending" else prev
            if abs(step) == amounts[row] and step:
                signs[row] = 1 if (step > 0) == (order == "ascending") else -1
                matches += 1
        unknown: int | None = rows[0] if order == "ascending" else rows[-1]
        if balances[unknown] == -amounts[unknown]:  # type: ignore[index]
            signs[unknown], unknown = -1, None  # the account started at zero: the first row made the balance
        elif balances[unknown] == amounts[unknown]:  # type: ignore[index]
            unknown = None
        found = RecoveredSigns(signs, unknown, matches, len(rows) - 1)
        if best is None or found.matches > best.matches:
            best = found
    return best if best is not None and best.matches >= 0.8 * best.checked else None
