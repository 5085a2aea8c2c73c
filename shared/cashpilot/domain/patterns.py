"""What kind of transaction a line is, apart from whom it names: the words left once the counterparty's
name, references and numbers are gone ("ADP PAYROLL FEES ..." -> {payroll, fees}; "ADP WAGE PAY ..." ->
{wage, pay}).

A correction teaches "this counterparty's transactions of this kind are X": an owner who relabels an ADP
fee as Software does not mean ADP's payroll runs are software too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_]{2,}")


def tokens(cleaned: str) -> frozenset[str]:
    """Words of a cleaned description (letters only: references and amounts carry no kind)."""
    return frozenset(w.casefold() for w in _WORD.findall(cleaned or ""))


def common(token_sets: Iterable[frozenset[str]]) -> frozenset[str]:
    """Words every line of a counterparty shares: its name, the business's own name on ACH lines."""
    sets = list(token_sets)
    return frozenset.intersection(*sets) if sets else frozenset()


def same_kind(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two lines' distinctive words (after `common` is removed) describe the same kind of transaction.
    No distinctive words on either side says nothing against it."""
    if not a or not b:
        return True
    return len(a & b) / len(a | b) >= 1 / 3
