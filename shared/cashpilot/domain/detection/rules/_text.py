"""How alert messages and their evidence spell numbers: one style for every rule.

Messages show money as "GBP 12,345.67" and dates as "14 Dec 2026" (the year always, so a message read
in January is not ambiguous); `data` carries the same figures JSON-ready: Decimal and dates as ISO
strings, shares as floats rounded to one decimal.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(CENT, ROUND_HALF_UP)


def money(amount: Decimal, currency: str) -> str:
    return f"{currency} {cents(amount):,}"


def day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def span(start: date, end: date) -> str:
    return f"{day(start)} to {day(end)}"


def pct(value: float) -> str:
    """42 -> "42%", 42.46 -> "42.5%": whole numbers without a pointless ".0"."""
    r = round(value, 1)
    return f"{r:.0f}%" if r == int(r) else f"{r:.1f}%"


def times(value: float) -> str:
    return f"{value:.1f}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def js(value: Any) -> Any:
    """The JSON-ready form of a piece of evidence."""
    if isinstance(value, Decimal):
        return str(cents(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {str(k): js(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [js(v) for v in value]
    return value


def evidence(**values: Any) -> dict[str, Any]:
    return {k: js(v) for k, v in values.items()}
