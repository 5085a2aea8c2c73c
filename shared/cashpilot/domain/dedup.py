"""De-duplication that never merges silently.

A transaction's fingerprint is its identity across imports:
- the bank's own transaction id when the file has one, else
- account + date + amount + normalised description + its occurrence index among the identical rows
  of the same file.

So re-importing a file (or an overlapping one) finds every row already there, while N genuinely
identical rows in one file (three coffees of 3.50 on the same day) stay N rows: they differ by their
occurrence index. Status is not part of the fingerprint: a pending row seen again as posted is the
same transaction and gets updated.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

_NON_WORD = re.compile(r"[^\w]+")


def fingerprint(
    account_id: uuid.UUID, day: date, amount: Decimal, description: str, occurrence: int,
    bank_transaction_id: str | None = None,
) -> str:
    from cashpilot.domain.statements import normalise_description  # the parser: not on the API's cold path

    if bank_transaction_id:
        payload = f"bank|{account_id}|{bank_transaction_id.strip()}"
    else:
        payload = f"row|{account_id}|{day.isoformat()}|{amount:.2f}|{normalise_description(description)}|{occurrence}"
    return "v1:" + hashlib.sha256(payload.encode()).hexdigest()[:40]


def fingerprints(account_id: uuid.UUID, rows: Iterable) -> list[str]:
    """Fingerprints of parsed statement rows (objects with date, amount, description, bank_transaction_id)."""
    from cashpilot.domain.statements import occurrence_indexes

    rows = list(rows)
    occurrences = occurrence_indexes(rows)
    return [
        fingerprint(account_id, r.date, r.amount, r.description, n, r.bank_transaction_id)
        for r, n in zip(rows, occurrences, strict=True)
    ]


def _words(text: str) -> str:
    from cashpilot.domain.statements import normalise_description

    return " ".join(_NON_WORD.sub(" ", normalise_description(text)).split())


def _tokens(text: str) -> set[str]:
    # long digit runs are references that differ between two renderings of the same payment
    return {t for t in _words(text).split() if not t.isdigit() or len(t) < 6}


def similar_descriptions(a: str, b: str) -> bool:
    """Loose enough to catch the same payment described twice ("AMAZON MKTPLACE 123" vs "Amazon Marketplace"),
    strict enough that two different suppliers paid the same amount are not confused."""
    na, nb = _words(a), _words(b)
    if not na or not nb:
        return na == nb
    if na in nb or nb in na:
        return True
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if len(ta & tb) / len(ta | tb) >= 0.5:
        return True
    # prefixes catch truncations such as MKTPLACE / MARKETPLACE
    first_a, first_b = na.split()[0], nb.split()[0]
    return len(first_a) >= 4 and len(first_b) >= 4 and first_a[:4] == first_b[:4]


def time_ordered_id() -> uuid.UUID:
    """A UUIDv7 (RFC 9562): rows imported together get neighbouring keys, so a 100,000-row import
    appends to the ends of the primary-key and audit indexes instead of scattering over them."""
    import secrets
    import time

    millis = time.time_ns() // 1_000_000
    rand = secrets.randbits(74)
    value = (millis & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
    return uuid.UUID(int=value)
