"""Identical rows in one file are separate transactions: help the database tell them apart.

Two coffees of 3.50 at the same café on the same day are two rows, and a statement that lists them
twice means two. The parser never merges rows; the database side fingerprints each row with its
occurrence index among identical rows of the file, so re-importing the same file matches row for row
and a new file with a third coffee adds exactly one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from cashpilot.domain.statements.model import StatementRow
from cashpilot.domain.statements.text import normalise_description


def identity_key(row: StatementRow) -> tuple[date, Decimal, str]:
    """What makes rows "identical": date, amount and the case- and space-insensitive description."""
    return row.date, row.amount, normalise_description(row.description)


def occurrence_indexes(rows: Iterable[StatementRow]) -> list[int]:
    """For each row, how many identical rows came before it in the file (0 for the first)."""
    seen: Counter[tuple[date, Decimal, str]] = Counter()
    out = []
    for row in rows:
        key = identity_key(row)
        out.append(seen[key])
        seen[key] += 1
    return out
