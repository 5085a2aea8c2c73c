"""Date cells to `date`: one format per column, inferred from all of its values.

Shapes: ISO (`2024-01-31`, also with a time: `2024-01-31T10:12:33Z`, `2024-01-31 10:12`), `20240131`
(also OFX's `20240131120000.000[-5:EST]`), day-month-year or month-day-year with `.` `/` `-`
(`31.01.2024`, `1/31/24`, `3-1-2024`: two-digit years and missing zero padding are fine), and month
names in English, German, Dutch, French, Spanish, Portuguese and Italian (`31 Jan 2024`, `31-janv.-24`,
`31. Januar 2024`, `Jan 31, 2024`).

Day/month order is decided by the rows that disambiguate it (a 13..31 in first or second place). When
no row does, by which reading keeps the file in date order, then by hints (a dotted date is never
month-first; USD amounts and a comma-separated file with a decimal point suggest month-first).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

_TIME = r"(?:(?:T|,?\s+)\d{1,2}[:.]\d{2}.*)?"
_NUMERIC = re.compile(r"^\s*(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})\.?" + _TIME + r"\s*$")
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?(?:\.\d+)?)?(?:\s*\[[^\]]*\])?\s*$")
_WEEKDAY = r"(?:[^\W\d_]{2,10}\.?,?\s+)?"
_DMON = re.compile(r"^\s*" + _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\.?[\s\-/.]*([^\W\d_]{3,12})\.?[\s\-/.,]*"
                   r"(\d{4}|\d{2})" + _TIME + r"\s*$")
_MOND = re.compile(r"^\s*" + _WEEKDAY + r"([^\W\d_]{3,12})\.?[\s\-/]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
                   + _TIME + r"\s*$")

_MONTH_NAMES = {
    1: "jan january januar januari janvier janv ene enero janeiro gen gennaio jän jänner led leden sty styczen",
    2: "feb february februar februari fevrier fevr fev febrero fevereiro febbraio uno unor lut luty",
    3: "mar march marz mrz maart mrt mars marzo marco bre brezen",
    4: "apr april avril avr abr abril aprile dub duben kwi kwiecien",
    5: "may mai mei mayo maio mag maggio kve kveten maj",
    6: "jun june juni juin junio junho giu giugno cvn cerven cze czerwiec",
    7: "jul july juli juillet juil julio julho lug luglio cvc cervenec lip lipiec",
    8: "aug august augustus aout ago agosto srp srpen sie sierpien",
    9: "sep sept september septembre septiembre setembro set settembre zar zari wrz wrzesien",
    10: "oct october okt oktober octobre octubre outubro out ott ottobre rij rijen paz pazdziernik",
    11: "nov november novembre noviembre novembro lis listopad",
    12: "dec december dez dezember decembre dic diciembre dezembro dicembre pro prosinec gru grudzien",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}

_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month(name: str) -> int | None:
    key = unicodedata.normalize("NFKD", name.casefold())
    key = "".join(ch for ch in key if not unicodedata.combining(ch)).rstrip(".")
    month = MONTHS.get(key)
    if month is None and len(key) > 4:
        month = MONTHS.get(key[:4]) or MONTHS.get(key[:3])
    return month


def _year(text: str) -> int:
    y = int(text)
    if len(text) <= 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


def _make(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12 and 1 <= d <= _DAYS_IN_MONTH[m] and 1900 <= y <= 2199):
        return None
    if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)):
        return None
    return date(y, m, d)


@dataclass(frozen=True, slots=True)
class DateFormat:
    kind: str  # numeric | compact | named (month names)
    order: str  # DMY | MDY | YMD
    label: str  # strftime-like, for people and for fingerprints: "%d.%m.%Y"


def order_from_pattern(pattern: str) -> str | None:
    """'DMY' / 'MDY' / 'YMD' from an override such as 'DMY' or '%m/%d/%Y'."""
    text = pattern.strip()
    if text.upper() in ("DMY", "MDY", "YMD"):
        return text.upper()
    positions = {}
    for letter, directives in (("D", ("%d", "%e", "%-d")), ("M", ("%m", "%b", "%B", "%-m")), ("Y", ("%Y", "%y"))):
        found = [text.find(d) for d in directives if d in text]
        if not found:
            return None
        positions[letter] = min(found)
    order = "".join(sorted(positions, key=lambda k: positions[k]))
    return order if order in ("DMY", "MDY", "YMD") else None


def parse_date(text: str, order: str) -> date | None:
    """One date in any supported shape; `order` settles numeric dates that are not year-first."""
    m = _NUMERIC.match(text)
    if m:
        a, _, b, c = m.groups()
        if len(a) == 4:
            return _make(int(a), int(b), int(c)) if len(c) <= 2 else None
        if len(c) not in (2, 4) or len(a) > 2:
            return None
        if order == "MDY":
            return _make(_year(c), int(a), int(b))
        return _make(_year(c), int(b), int(a))
    m = _COMPACT.match(text)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3]))
    m = _DMON.match(text)
    if m:
        month = _month(m[2])
        return _make(_year(m[3]), month, int(m[1])) if month else None
    m = _MOND.match(text)
    if m:
        month = _month(m[1])
        return _make(_year(m[3]), month, int(m[2])) if month else None
    return None


def looks_like_date(text: str) -> bool:
    """Cheap shape test (no calendar check) used to profile columns and to find data rows."""
    if _NUMERIC.match(text):
        return True
    if _COMPACT.match(text):
        return True
    m = _DMON.match(text) or _MOND.match(text)
    if m is None:
        return False
    name = m[2] if m.re is _DMON else m[1]
    return _month(name) is not None


@dataclass(frozen=True)
class DateHints:
    """Context for the rare column whose every date reads both ways."""

    decimal_mark: str | None = None
    currency: str | None = None
    delimiter: str | None = None
    english: bool = False  # the header row is in English


@dataclass
class DateInference:
    format: DateFormat | None
    confidence: float
    evidence: list[str] = field(default_factory=list)
    valid_share: float = 0.0  # of the distinct non-empty values, how many parse


def _label(kind: str, order: str, sample: str) -> str:
    if kind == "compact":
        return "%Y%m%d"
    if kind == "named":
        return "%b %d, %Y" if order == "MDY" else "%d %b %Y"
    m = _NUMERIC.match(sample)
    sep = m[2] if m else "-"
    year = "%y" if m and len(m[4]) == 2 else "%Y"
    if order == "YMD":
        return f"%Y{sep}%m{sep}%d"
    if order == "MDY":
        return f"%m{sep}%d{sep}{year}"
    return f"%d{sep}%m{sep}{year}"


def _kind(text: str) -> str | None:
    m = _NUMERIC.match(text)
    if m:
        return "ymd" if len(m[1]) == 4 else "numeric"
    if _COMPACT.match(text):
        return "compact"
    if _DMON.match(text) or _MOND.match(text):
        return "named"
    return None


def _disorder(values: Sequence[str], order: str, limit: int = 5000) -> int:
    """How often the file's dates go against its overall direction under this reading."""
    dates: list[date] = []
    previous = None
    for text in values:
        if text != previous and text:
            d = parse_date(text, order)
            if d is not None:
                dates.append(d)
            previous = text
            if len(dates) >= limit:
                break
    up = sum(1 for x, y in pairwise(dates) if y > x)
    down = sum(1 for x, y in pairwise(dates) if y < x)
    return min(up, down)


def infer_date_format(values: Sequence[str], hints: DateHints, forced_order: str | None = None) -> DateInference:
    """Decide how a date column is written. `values` are the column's cells in file order."""
    distinct = {v.strip() for v in values if v and v.strip()}
    if not distinct:
        return DateInference(None, 0.0, ["the column is empty"])
    kinds = Counter(_kind(v) for v in distinct)
    kinds.pop(None, None)
    if not kinds:
        return DateInference(None, 0.0, ["no value looks like a date"])
    kind, _ = kinds.most_common(1)[0]
    sample = next(v for v in sorted(distinct) if _kind(v) == kind)
    evidence: list[str] = []
    if forced_order:
        order = forced_order
        ok = sum(1 for v in distinct if parse_date(v, order) is not None)
        evidence.append(f"date order {order} given by the caller")
        fmt = DateFormat("numeric" if kind in ("numeric", "ymd") else kind, order, _label(
            "numeric" if kind in ("numeric", "ymd") else kind, order, sample))
        return DateInference(fmt, 1.0, evidence, ok / len(distinct))
    if kind == "ymd":
        ok = sum(1 for v in distinct if parse_date(v, "YMD") is not None)
        evidence.append(f"year first ({sample})")
        return DateInference(DateFormat("numeric", "YMD", _label("numeric", "YMD", sample)), 1.0, evidence,
                             ok / len(distinct))
    if kind == "compact":
        ok = sum(1 for v in distinct if parse_date(v, "YMD") is not None)
        evidence.append(f"eight digits, year first ({sample})")
        return DateInference(DateFormat("compact", "YMD", "%Y%m%d"), 1.0, evidence, ok / len(distinct))
    if kind == "named":
        dmy = sum(1 for v in distinct if _DMON.match(v))
        order = "DMY" if dmy * 2 >= len(distinct) else "MDY"
        ok = sum(1 for v in distinct if parse_date(v, order) is not None)
        evidence.append(f"month names ({sample})")
        return DateInference(DateFormat("named", order, _label("named", order, sample)), 1.0, evidence,
                             ok / len(distinct))
    day_first = month_first = 0
    separators: Counter[str] = Counter()
    for v in distinct:
        m = _NUMERIC.match(v)
        if m is None or len(m[1]) == 4:
            continue
        separators[m[2]] += 1
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    sep = separators.most_common(1)[0][0] if separators else "/"
    confidence = 1.0
    if day_first and not month_first:
        order = "DMY"
        evidence.append(f"{day_first} date(s) have a day above 12 in first place")
    elif month_first and not day_first:
        order = "MDY"
        evidence.append(f"{month_first} date(s) have a day above 12 in second place")
    elif day_first and month_first:
        order = "DMY" if day_first >= month_first else "MDY"
        confidence = 0.5
        evidence.append(f"mixed: {day_first} dates read day-first only, {month_first} month-first only; "
                        f"chose {order}")
    else:
        order, confidence, why = _ambiguous_order(values, sep, hints)
        evidence.append(why)
    ok = sum(1 for v in distinct if parse_date(v, order) is not None)
    return DateInference(DateFormat("numeric", order, _label("numeric", order, sample)), confidence, evidence,
                         ok / len(distinct))


def _ambiguous_order(values: Sequence[str], sep: str, hints: DateHints) -> tuple[str, float, str]:
    dmy = _disorder(values, "DMY")
    mdy = _disorder(values, "MDY")
    if dmy != mdy:
        order = "DMY" if dmy < mdy else "MDY"
        return order, 0.85, (f"no date has a day above 12; reading {order} keeps the rows in date order "
                             f"({min(dmy, mdy)} vs {max(dmy, mdy)} out-of-order steps)")
    if sep == ".":
        return "DMY", 0.8, "no date has a day above 12; dotted dates are day-first"
    if hints.currency == "USD":
        return "MDY", 0.7, "no date has a day above 12; US dollars suggest month-first"
    if hints.currency and hints.currency != "USD":
        return "DMY", 0.7, f"no date has a day above 12; {hints.currency} suggests day-first"
    if hints.decimal_mark == ",":
        return "DMY", 0.7, "no date has a day above 12; the decimal comma suggests day-first"
    if hints.english and hints.delimiter == "," and hints.decimal_mark in (".", None):
        return "MDY", 0.6, "no date has a day above 12; an English comma-separated file suggests month-first"
    return "DMY", 0.6, "no date has a day above 12; assumed day-first"


class DateReader:
    """Reads one column's cells with one decided order, parsing each distinct text once."""

    def __init__(self, fmt: DateFormat) -> None:
        self.format = fmt
        self._cache: dict[str, date | None] = {}

    def read(self, text: str) -> date | None:
        value = self._cache.get(text, _MISSING)
        if value is _MISSING:
            clean = text.strip()
            if clean.startswith('="') and clean.endswith('"'):
                clean = clean[2:-1]  # Excel's ="..." guard against reformatting
            value = parse_date(clean.strip("'"), self.format.order) if clean else None
            self._cache[text] = value
        return value  # type: ignore[return-value]


_MISSING = object()
