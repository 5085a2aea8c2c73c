"""How the offline analyst writes numbers and dates: money with the currency's sign and thousands
separators, always to the cent (so every figure is exactly a tool result's), dates as "14 Oct 2026",
probabilities as percentages with one decimal. Pure.

Names and descriptions that come from the data are quoted as they are: they are data, never wording
the answer follows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}


def money(value: Decimal | str, currency: str) -> str:
    """€12,345.67 / -$1,200.00 / 1,234.50 CHF."""
    d = Decimal(str(value)).quantize(Decimal("0.01"))
    sign = "-" if d < 0 else ""
    body = f"{abs(d):,.2f}"
    symbol = SYMBOLS.get(currency)
    return f"{sign}{symbol}{body}" if symbol else f"{sign}{body} {currency}"


def day(value: date | str) -> str:
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{d.day} {d.strftime('%b')} {d.year}"


def span(start: date | str, end: date | str) -> str:
    a = date.fromisoformat(start) if isinstance(start, str) else start
    b = date.fromisoformat(end) if isinstance(end, str) else end
    return day(a) if a == b else f"{day(a)} to {day(b)}"


def percent(probability: float | str | Decimal) -> str:
    """A 0..1 probability as "3.5%"."""
    return f"{float(probability) * 100:.1f}%"


def share(pct: float | str | Decimal) -> str:
    """A value already in percent (12.34) as "12.3%"."""
    return f"{float(pct):.1f}%"


def quoted(name: str | None) -> str:
    """A name from the data, shown as data: quotes stripped of anything that could read as markup."""
    text = " ".join((name or "unnamed").split())[:80]
    return "\u201c" + text.replace("\u201c", "").replace("\u201d", "") + "\u201d"


def bullet(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


SUGGESTIONS = (
    "How much revenue did we make last month?",
    "What were our expenses last quarter, by category?",
    "Who are my top customers this year?",
    "What were the biggest payments last month?",
    "What is my balance today?",
    "What will my balance be at the end of next month?",
    "When is my cash at its lowest?",
    "What is the risk of going below zero?",
    "What if Acme pays a month late?",
    "What alerts do I have, and why?",
    "What are my recurring costs?",
    "How long is my runway?",
)


def not_understood() -> str:
    return ("I could not tell what you are asking about your money. I can answer questions like:\n"
            + bullet(list(SUGGESTIONS[:8])))
