"""Amount text to `Decimal`: decimal comma or point, any thousands mark, signs in every position.

Handled: "1.234,56" "1,234.56" "1 234,56" "1'234.50" "-12,34" "+12.34" "12.34-" "12,34+" "(12.34)" "12.34 CR" / "DR",
currency symbols and ISO codes before or after ("€ -12,34", "-12.34 EUR", "R$ 1.234,56", "12,00 zł"), and
values with one or no decimals ("12.5", "12"). The decimal mark is decided once for the whole file from
every amount-like value (a lone "1.234" says nothing; "1.234,56" or "12,5" says a lot), then every cell is
read with that decision: no float ever, no exception per cell (values are matched before `Decimal()`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from cashpilot.domain.money import CURRENCIES

# Currency marks as they appear next to amounts; ISO codes are checked against the list afterwards.
_SYMBOLS = r"(?:US\$|CA?\$|AU?\$|NZ\$|HK\$|MX\$|R\$|\$|€|£|¥|₹|₽|₺|₩|₪|฿|₫|₴|₦|₱|zł|Kč|Ft|kr\.?|Fr\.|[A-Z]{3})"
_AMOUNT = re.compile(
    r"^\s*(?P<s1>[-+\u2212\u2013(])?\s*(?P<c1>" + _SYMBOLS + r")?\s*(?P<s2>[-+\u2212\u2013(])?\s*"
    r"(?P<num>\d(?:[\d.,'\u2019\u00a0\u202f\u2009 ]*\d)?(?:[.,]\d*)?|[.,]\d+)"
    r"\s*(?P<s3>[-+\u2212)]|CR|DR|Cr|Dr|cr|dr)?\s*(?P<c2>" + _SYMBOLS + r")?\s*(?P<s4>[-+\u2212)]|CR|DR|Cr|Dr)?\s*$"
)
# The fast path: most files write amounts plainly.
_PLAIN_POINT = re.compile(r"^-?\d+(?:\.\d{1,2})?$")
_PLAIN_COMMA = re.compile(r"^-?\d+(?:,\d{1,2})?$")
_GROUPED_POINT = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")
_GROUPED_COMMA = re.compile(r"^-?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")
_NOT_DIGIT_EDGE = ("+-\u2212\u2013()$€£¥₹₽₺₩₪฿₫₴₦₱ \u00a0\u202f\u2009'\u2019."
                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzłčŁČ")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'\u2019")

SYMBOL_CURRENCY = {
    "€": "EUR", "£": "GBP", "US$": "USD", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "MX$": "MXN", "R$": "BRL", "₹": "INR", "₽": "RUB", "₺": "TRY", "₩": "KRW",
    "₪": "ILS", "฿": "THB", "₫": "VND", "₴": "UAH", "₦": "NGN", "₱": "PHP", "zł": "PLN", "Kč": "CZK",
    "Ft": "HUF", "Fr.": "CHF",
}


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal
    currency: str | None  # a code or unambiguous symbol written in the cell


def currency_of_mark(mark: str | None) -> str | None:
    if not mark:
        return None
    if mark in CURRENCIES:
        return mark
    return SYMBOL_CURRENCY.get(mark)


def looks_like_amount(text: str) -> bool:
    """Cheap test used to profile columns and to tell data rows from preamble."""
    m = _AMOUNT.match(text)
    if m is None:
        return False
    for mark in (m["c1"], m["c2"]):
        if mark and len(mark) == 3 and mark.isalpha() and mark.isupper() and mark not in CURRENCIES:
            return False
    return True


def mark_evidence(num: str) -> str | None:
    """Which decimal mark this digit string proves: '.', ',' or None when it could be either."""
    dot = num.count(".")
    comma = num.count(",")
    if dot and comma:
        return "." if num.rfind(".") > num.rfind(",") else ","
    if dot > 1:
        return ","
    if comma > 1:
        return "."
    if dot or comma:
        sep = "." if dot else ","
        head, _, tail = num.partition(sep)
        head = head.translate(_SPACES)
        # "1.234" is a thousand or one-and-a-bit: undecided. "0,123" or "12,5" is a decimal mark.
        if len(tail) == 3 and head not in ("", "0", "-0"):
            return None
        return sep
    return None


@dataclass(frozen=True, slots=True)
class MarkVote:
    point: int
    comma: int
    undecided: int

    @property
    def total(self) -> int:
        return self.point + self.comma + self.undecided


def vote_decimal_mark(values: Iterable[str]) -> MarkVote:
    point = comma = undecided = 0
    for text in values:
        # Only the separators matter here; signs and currency marks around them do not change the vote.
        if not text or ("." not in text and "," not in text):
            continue
        vote = mark_evidence(text.strip(_NOT_DIGIT_EDGE))
        if vote == ".":
            point += 1
        elif vote == ",":
            comma += 1
        else:
            undecided += 1
    return MarkVote(point, comma, undecided)


VOTE_CAP = 20_000


def spread(values: list[str], cap: int) -> list[str]:
    """At most `cap` values, evenly spread over the list (deterministic: same file, same choice)."""
    if len(values) <= cap:
        return values
    step = len(values) / cap
    return [values[int(i * step)] for i in range(cap)]


class AmountReader:
    """Reads amount cells with one decimal mark; remembers every distinct text it has read."""

    def __init__(self, decimal_mark: str) -> None:
        self.decimal_mark = decimal_mark
        self._thousands = "," if decimal_mark == "." else "."
        self._plain = _PLAIN_POINT if decimal_mark == "." else _PLAIN_COMMA
        self._grouped = _GROUPED_POINT if decimal_mark == "." else _GROUPED_COMMA
        self._group_split = re.compile("[ \u00a0\u202f\u2009'\u2019" + re.escape(self._thousands) + "]").split
        self._cache: dict[str, Amount | str] = {}
        self.currencies: dict[str, int] = {}  # currency marks seen in cells, with counts

    def read_column(self, cells: Sequence[str]) -> tuple[list[Decimal | None], dict[int, str], list[str | None]]:
        """A whole column: values, reasons for cells that are not amounts (empty cells have none), currencies."""
        quick = self._plain.match
        grouped = self._grouped.match
        thousands = self._thousands
        comma = self.decimal_mark == ","
        values: list[Decimal | None] = []
        errors: dict[int, str] = {}
        marks: list[str | None] = []
        for k, cell in enumerate(cells):
            # Plain and grouped notations need no cache, no match object, no currency: the bulk of any file.
            if quick(cell) or grouped(cell):
                text = cell.replace(thousands, "")
                values.append(Decimal(text.replace(",", ".") if comma else text))
                marks.append(None)
                continue
            result = self.read(cell)
            if isinstance(result, Amount):
                values.append(result.value)
                marks.append(result.currency)
            else:
                values.append(None)
                marks.append(None)
                if result != "empty":
                    errors[k] = result
        return values, errors, marks

    def read(self, text: str) -> Amount | str:
        """The amount, or a reason why the text is not one (no exception: bad cells are common)."""
        cached = self._cache.get(text)
        if cached is not None:
            if isinstance(cached, Amount) and cached.currency:
                self.currencies[cached.currency] = self.currencies.get(cached.currency, 0) + 1
            return cached
        result = self._read(text)
        if len(self._cache) < 500_000:
            self._cache[text] = result
        if isinstance(result, Amount) and result.currency:
            self.currencies[result.currency] = self.currencies.get(result.currency, 0) + 1
        return result

    def _read(self, text: str) -> Amount | str:
        stripped = text.strip()
        if stripped.startswith('="') and stripped.endswith('"'):
            stripped = stripped[2:-1].strip()  # Excel's ="..." guard against reformatting
        elif stripped.startswith("'"):
            stripped = stripped[1:].strip()
        if not stripped:
            return "empty"
        if self._plain.match(stripped):
            if self.decimal_mark == ",":
                stripped = stripped.replace(",", ".")
            return Amount(Decimal(stripped), None)
        if self._grouped.match(stripped):
            stripped = stripped.replace(self._thousands, "")
            if self.decimal_mark == ",":
                stripped = stripped.replace(",", ".")
            return Amount(Decimal(stripped), None)
        m = _AMOUNT.match(stripped)
        if m is None:
            return f"not an amount: {_clip(text)!r}"
        currency = None
        for mark in (m["c1"], m["c2"]):
            if mark:
                code = currency_of_mark(mark)
                if code is None and len(mark) == 3 and mark.isalpha():
                    return f"not an amount: {_clip(text)!r}"
                currency = code or currency
        signs = [s for s in (m["s1"], m["s2"], m["s3"], m["s4"]) if s]
        negative = False
        for s in signs:
            if s in "-\u2212\u2013" or s.upper() == "DR":
                negative = True
            elif s == "(":
                if ")" not in signs:
                    return f"unbalanced parenthesis in {_clip(text)!r}"
                negative = True
        num = m["num"]
        mark = self.decimal_mark
        if mark == "." and "," in num and "." not in num and _is_decimal_comma(num):
            # One cell in another notation than the rest of the file ("12,5" among "1,234.50"): refuse
            # rather than read it a hundred times too large.
            return f"ambiguous decimal mark in {_clip(text)!r}"
        whole, found, fraction = num.rpartition(mark)
        if not found:
            whole, fraction = num, ""
        groups = self._group_split(whole)
        if len(groups) > 1 and not (0 < len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return f"not an amount: {_clip(text)!r}"
        digits = "".join(groups) or "0"
        if not (digits.isdigit() and (not fraction or fraction.isdigit())):
            return f"not an amount: {_clip(text)!r}"
        num = f"{digits}.{fraction}" if fraction else digits
        value = Decimal(num)
        if value.as_tuple().exponent < -2:  # type: ignore[operator]
            quantized = value.quantize(Decimal("0.01"))
            if quantized != value:
                return f"more than two decimals in {_clip(text)!r}"
            value = quantized
        if negative:
            value = -value
        return Amount(value, currency)


def _is_decimal_comma(num: str) -> bool:
    _, _, tail = num.partition(",")
    return num.count(",") == 1 and len(tail) in (1, 2)


def _clip(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
