"""Date phrases an owner uses ("last month", "Q3", "since January", "next 30 days", "in two weeks") turned
into periods and dates. Pure: `today` is the business's today (its time zone), given by the caller.

A past period is clipped at today (this month = the 1st to today); a quarter or month named without a
year is the latest one that has started ("Q3" in February means last year's Q3).
"""

# ruff: noqa: E501 - the date patterns read better as one regular expression a line
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    name: i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
MONTHS = {k.casefold(): v for k, v in MONTHS.items()}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "sixty": 60, "ninety": 90, "a couple of": 2, "couple of": 2, "few": 3, "a few": 3}
_NUM = r"(\d{1,3}|a couple of|couple of|a few|few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|" \
       r"twelve|fifteen|twenty|thirty|sixty|ninety)"
_UNIT = r"(days?|weeks?|fortnights?|months?|quarters?|years?)"


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str  # how the answer names it: "last month (1-30 September 2026)" is composed from this

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def to_json(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


def number(text: str) -> int:
    text = text.strip().casefold()
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


def add_months(d: date, months: int) -> date:
    """The same day `months` later (clamped to the month's last day)."""
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _quarter(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), month_end(y, 3 * q)


def _clip(start: date, end: date, today: date, label: str) -> Period:
    return Period(start, min(end, today), label)


def _unit_days(n: int, unit: str) -> int:
    unit = unit.rstrip("s")
    return n * {"day": 1, "week": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365}[unit]


# Each pattern -> a function of (match, today) returning a Period (or None when it does not apply).
# Order matters: the more specific phrases come first.
def _patterns() -> list[tuple[re.Pattern[str], object]]:
    def p(rx: str):
        return re.compile(rf"\b{rx}\b", re.IGNORECASE)

    def last_n(m: re.Match[str], today: date) -> Period:
        n, unit = number(m.group(2)), m.group(3).rstrip("s").casefold()
        if unit == "month":
            start = add_months(today, -n) + timedelta(days=1)
        elif unit == "year":
            start = add_months(today, -12 * n) + timedelta(days=1)
        elif unit == "quarter":
            start = add_months(today, -3 * n) + timedelta(days=1)
        else:
            start = today - timedelta(days=_unit_days(n, unit) - 1)
        return Period(start, today, f"the last {n} {unit}{'s' if n != 1 else ''}")

    def next_n(m: re.Match[str], today: date) -> Period:
        n, unit = number(m.group(2)), m.group(3).rstrip("s").casefold()
        if unit in ("month", "quarter", "year"):
            end = add_months(today, n * {"month": 1, "quarter": 3, "year": 12}[unit])
        else:
            end = today + timedelta(days=_unit_days(n, unit))
        return Period(today + timedelta(days=1), end, f"the next {n} {unit}{'s' if n != 1 else ''}")

    def quarter(m: re.Match[str], today: date) -> Period:
        q = int(m.group(1))
        year = int(m.group(2)) if m.group(2) else None
        if year is None:
            year = today.year if _quarter(today.year, q)[0] <= today else today.year - 1
        s, e = _quarter(year, q)
        return _clip(s, e, today, f"Q{q} {year}")

    def named_quarter(which: str):
        def fn(m: re.Match[str], today: date) -> Period:
            q = (today.month - 1) // 3 + 1
            y = today.year
            if which == "last":
                q, y = (4, y - 1) if q == 1 else (q - 1, y)
            s, e = _quarter(y, q)
            return _clip(s, e, today, f"{'last' if which == 'last' else 'this'} quarter (Q{q} {y})")
        return fn

    def month_named(m: re.Match[str], today: date) -> Period:
        month = MONTHS[m.group(1).casefold()]
        year = int(m.group(2)) if m.group(2) else (today.year if month <= today.month else today.year - 1)
        return _clip(date(year, month, 1), month_end(year, month), today, f"{calendar.month_name[month]} {year}")

    def since_month(m: re.Match[str], today: date) -> Period:
        month = MONTHS[m.group(1).casefold()]
        year = int(m.group(2)) if m.group(2) else (today.year if month <= today.month else today.year - 1)
        return Period(date(year, month, 1), today, f"since {calendar.month_name[month]} {year}")

    def since_date(m: re.Match[str], today: date) -> Period:
        start = date.fromisoformat(m.group(1))
        return Period(start, today, f"since {start.isoformat()}")

    def between_dates(m: re.Match[str], today: date) -> Period:
        a, b = sorted((date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))))
        return Period(a, b, f"{a.isoformat()} to {b.isoformat()}")

    def fixed(fn):
        return lambda m, today: fn(today)

    def last_month(today: date) -> Period:
        first = add_months(today.replace(day=1), -1)
        return Period(first, month_end(first.year, first.month), f"last month ({calendar.month_name[first.month]} "
                                                                  f"{first.year})")

    def this_month(today: date) -> Period:
        return Period(today.replace(day=1), today, f"this month ({calendar.month_name[today.month]} {today.year})")

    def next_month(today: date) -> Period:
        first = add_months(today.replace(day=1), 1)
        return Period(first, month_end(first.year, first.month), f"next month ({calendar.month_name[first.month]} "
                                                                  f"{first.year})")

    def last_week(today: date) -> Period:
        monday = today - timedelta(days=today.weekday() + 7)
        return Period(monday, monday + timedelta(days=6), "last week")

    def this_week(today: date) -> Period:
        return Period(today - timedelta(days=today.weekday()), today, "this week")

    def this_year(today: date) -> Period:
        return Period(date(today.year, 1, 1), today, f"this year ({today.year})")

    def last_year(today: date) -> Period:
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31), f"last year ({today.year - 1})")

    def year(m: re.Match[str], today: date) -> Period:
        y = int(m.group(1))
        return _clip(date(y, 1, 1), date(y, 12, 31), today, str(y))

    def of_year(m: re.Match[str], today: date) -> Period:  # "september last year", "last year's Q3"
        which, month, q = (m.group(1) or m.group(4) or "").casefold(), m.group(2) or m.group(5), m.group(3) or m.group(6)
        y = today.year - (0 if which in ("this", "current") else 1)
        if q:
            s, e = _quarter(y, int(q))
            return _clip(s, e, today, f"Q{q} {y}")
        mo = MONTHS[month.casefold()]
        return _clip(date(y, mo, 1), month_end(y, mo), today, f"{calendar.month_name[mo]} {y}")

    def week_before_last(today: date) -> Period:
        monday = today - timedelta(days=today.weekday() + 14)
        return Period(monday, monday + timedelta(days=6), "the week before last")

    def month_before_last(today: date) -> Period:
        first = add_months(today.replace(day=1), -2)
        return Period(first, month_end(first.year, first.month), f"{calendar.month_name[first.month]} {first.year}")

    def quarter_before_last(today: date) -> Period:
        q, y = (today.month - 1) // 3 + 1 - 2, today.year
        if q < 1:
            q, y = q + 4, y - 1
        s, e = _quarter(y, q)
        return Period(s, e, f"Q{q} {y}")

    def half(m: re.Match[str], today: date) -> Period:
        which = m.group(1).casefold()
        h = 1 if which in ("1", "first") else 2
        named = m.group(2)
        if named and named.isdigit():
            y = int(named)
        elif named and named.casefold() in ("last", "previous", "prior"):
            y = today.year - 1
        else:  # the latest half of that name that has started
            y = today.year if date(today.year, 6 * h - 5, 1) <= today else today.year - 1
        s, e = date(y, 6 * h - 5, 1), month_end(y, 6 * h)
        return _clip(s, e, today, f"the {'first' if h == 1 else 'second'} half of {y}")

    def past_one(m: re.Match[str], today: date) -> Period:  # "the past month": a rolling one
        return last_n(_FakeMatch("past", "1", m.group(1)), today)

    def next_one(m: re.Match[str], today: date) -> Period:  # "over the next month": a rolling 30 days
        unit = m.group(1).casefold()
        if unit == "month":
            return Period(today + timedelta(days=1), today + timedelta(days=30), "the next 30 days")
        return next_n(_FakeMatch("next", "1", unit), today)

    def all_time(m: re.Match[str], today: date) -> Period:
        return all_time_period(today)

    def season(m: re.Match[str], today: date) -> Period | None:
        return _season(m, today)

    return [
        (p(r"(?:from|between)\s+(\d{4}-\d{2}-\d{2})\s+(?:to|and|until|-)\s+(\d{4}-\d{2}-\d{2})"), between_dates),
        (p(r"since\s+(\d{4}-\d{2}-\d{2})"), since_date),
        (p(rf"(last|past|previous|trailing)\s+{_NUM}\s+{_UNIT}"), last_n),
        (p(rf"(next|coming|upcoming)\s+{_NUM}\s+{_UNIT}"), next_n),
        (p(r"(?:the\s+)?week\s+before\s+last|the\s+week\s+before\s+last\s+week"), fixed(week_before_last)),
        (p(r"(?:the\s+)?month\s+before\s+last"), fixed(month_before_last)),
        (p(r"(?:the\s+)?quarter\s+before\s+last"), fixed(quarter_before_last)),
        (p(r"(?:the\s+)?year\s+before\s+last"),
         fixed(lambda t: Period(date(t.year - 2, 1, 1), date(t.year - 2, 12, 31), str(t.year - 2)))),
        (p(r"h([12])(?:\s*[/']?\s*(\d{4}))?"), half),
        (p(r"(?:the\s+)?(first|second)\s+half(?:\s+of)?(?:\s+(?:the|this)\s+year|\s+(?:of\s+)?(last|previous|prior)\s+year|"
           r"\s+(?:of\s+)?(\d{4}))?"),
         lambda m, t: half(_FakeMatch(m.group(1), m.group(2) or m.group(3)), t)),
        (p(r"(?:past|trailing)\s+(month|week|year|quarter|fortnight)"), past_one),
        (p(r"the\s+(?:next|coming)\s+(month|week|year|quarter|fortnight)"), next_one),
        (p(_ALL_TIME), all_time),
        (p(_SEASON), season),
        (p(r"last\s+(fortnight)"), past_one),
        (p(rf"(?:(last|previous|prior|this|current)\s+year'?s\s+(?:{_MONTH}|q([1-4])))|(?:{_MONTH}|q([1-4]))\s+(?:of\s+)?(last|previous|prior|this|current)\s+year"),
         lambda m, t: of_year(_FakeMatch(m.group(1), m.group(2), m.group(3), m.group(6), m.group(4), m.group(5)), t)),
        (p(r"q([1-4])(?:\s*[/']?\s*(\d{4}))?"), quarter),
        (p(r"(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+(?:of\s+)?(\d{4}))?"),
         lambda m, t: quarter(_FakeMatch(str(["first", "second", "third", "fourth"].index(m.group(1).casefold()) + 1),
                                         m.group(2)), t)),
        (p(r"(?:last|previous|prior)\s+quarter"), named_quarter("last")),
        (p(r"(?:this|current)\s+quarter|quarter[\s-]to[\s-]date|qtd"), named_quarter("this")),
        (p(rf"(?:since|from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{_MONTH}(?:\s+(\d{{4}}))?"), since_month),
        (p(r"(?:last|previous|prior)\s+month"), fixed(last_month)),
        (p(r"(?:this|current)\s+month|month[\s-]to[\s-]date|mtd|so\s+far\s+this\s+month"), fixed(this_month)),
        (p(r"next\s+month"), fixed(next_month)),
        (p(r"(?:last|previous|prior)\s+week"), fixed(last_week)),
        (p(r"(?:this|current)\s+week"), fixed(this_week)),
        (p(r"(?:last|previous|prior)\s+year"), fixed(last_year)),
        (p(r"(?:this|current)\s+year(?:\s+so\s+far)?|year[\s-]to[\s-]date|ytd|so\s+far\s+this\s+year"), fixed(this_year)),
        (p(r"yesterday"), fixed(lambda t: Period(t - timedelta(days=1), t - timedelta(days=1), "yesterday"))),
        (p(r"today"), fixed(lambda t: Period(t, t, "today"))),
        (p(rf"{_MONTH}(?:\s+(\d{{4}}))?"), month_named),
        (p(r"(?:(?:in|during|for|of)\s+)?(?<![\d/-])((?:19|20)\d{2})(?![\d/-]|\s*(?:k|%|€|eur|usd|gbp))"), year),
    ]


# "since we started", "all time", "ever": from the first transaction. The domain does not know that day, so
# the period reaches back ALL_TIME_DAYS and carries the label ALL_TIME; the caller narrows it to the data.
ALL_TIME = "all time"
ALL_TIME_DAYS = 3650
_ALL_TIME = (r"(?:since\s+(?:we\s+(?:first\s+)?(?:started|began|opened|launched|set\s+up|got\s+going|went\s+live)|"
             r"(?:the\s+)?(?:very\s+)?(?:beginning|start)(?!\s+of)|inception|day\s+(?:one|1)|forever|records\s+began|"
             r"the\s+first\s+(?:day|transaction))|(?:of\s+|for\s+|in\s+)?all[\s-]+time|\bever\b|"
             r"(?:the\s+|our\s+|my\s+)?(?:whole|entire)\s+(?:history|time|life)|lifetime|"
             r"(?<!year\s)(?<!month\s)(?<!quarter\s)(?<!week\s)(?<!year-)(?<!month-)\bto\s+date\b)")


def all_time_period(today: date) -> Period:
    return Period(today - timedelta(days=ALL_TIME_DAYS - 1), today, ALL_TIME)


# Seasons (northern hemisphere, meteorological): spring Mar-May, summer Jun-Aug, autumn / fall Sep-Nov,
# winter Dec-Feb. Named alone, the latest that has started (clipped at today); "last" the latest that has
# ended. "fall" is also a verb ("will cash fall"): it is a season only after a determiner or before a year.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = (r"(?:(last|this|past|previous|prior)\s+|((?:in|over|during|through|across|for)\s+(?:the\s+)?|the\s+))?"
           r"(summer|winter|spring|autumn|fall)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?")


def _season(m: re.Match[str], today: date) -> Period | None:
    which, lead, name, year = (m.group(1) or "").casefold(), m.group(2), m.group(3).casefold(), m.group(4)
    if name == "fall" and not (which or lead or year):
        return None
    first = _SEASON_START[name]

    def span(y: int) -> tuple[date, date]:  # the season whose start falls in year y
        start = date(y, first, 1)
        last = add_months(start, 2)
        return start, month_end(last.year, last.month)

    if year:  # "winter 2025": the winter that has January 2025 in it
        s, e = span(int(year) - 1 if first == 12 else int(year))
    else:
        candidates = [span(y) for y in (today.year - 2, today.year - 1, today.year)]
        fitting = [c for c in candidates if (c[1] < today if which in ("last", "previous", "prior") else c[0] <= today)]
        if not fitting:
            return None
        s, e = fitting[-1]
    label = f"{'autumn' if name == 'fall' else name} {s.year}{'/' + str(e.year) if e.year != s.year else ''}"
    return _clip(s, e, today, label)


class _FakeMatch:
    def __init__(self, *groups: str | None) -> None:
        self._groups = groups

    def group(self, i: int) -> str | None:
        return self._groups[i - 1]


_COMPILED: list | None = None


def find_period(text: str, today: date, *, fiscal_start: int = 1) -> tuple[Period, str] | None:
    """The first period phrase in `text` (earliest in the text), and the phrase itself. `fiscal_start`: the
    month the business's financial year starts in ("FY2025", "this financial year")."""
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = _patterns()
    best: tuple[int, int, Period, str] | None = None
    fiscal = fiscal_period(text, today, fiscal_start)
    if fiscal is not None:
        best = (fiscal[2], -1, fiscal[0], fiscal[1])
    for order, (rx, fn) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            if rx.pattern.startswith(r"\b" + _MONTH) and _month_is_word(text, m):
                continue
            try:
                period = fn(m, today)
            except (ValueError, KeyError):
                continue
            if period is None:
                continue
            key = (m.start(), order)
            if best is None or key < best[:2]:
                best = (m.start(), order, period, m.group(0))
            break
    return (best[2], best[3]) if best else None


# "FY2025", "FY 25", "financial year 2025/26", "this fiscal year", "last financial year", "the tax year".
_FY_NAMED = re.compile(r"\b(?:fy|financial\s+year|fiscal\s+year|fiscal|tax\s+year)\s*'?((?:19|20)\d{2}|\d{2})"
                       r"(?:\s*[/-]\s*(\d{2,4}))?\b", re.I)
_FY_RELATIVE = re.compile(r"\b(?:(this|current|last|previous|prior|next)\s+|the\s+)?(?:financial|fiscal|tax)\s+year"
                          r"(?:\s+(?:so\s+far|to\s+date))?\b|\bfy(?:td)?\b(?!\s*'?\d)", re.I)


def fiscal_year(start_year: int, fiscal_start: int) -> tuple[date, date]:
    """The financial year that starts in `fiscal_start` of `start_year`: its first and last day."""
    start = date(start_year, fiscal_start, 1)
    last = add_months(start, 11)
    return start, month_end(last.year, last.month)


def fiscal_period(text: str, today: date, fiscal_start: int = 1) -> tuple[Period, str, int] | None:
    """A financial-year phrase: (the period, clipped at today, the phrase, where it starts). A year named
    ("FY2025") is the financial year that ends in it (the calendar year when it starts in January); a
    split year ("2025/26") starts in its first year."""
    fiscal_start = fiscal_start if 1 <= fiscal_start <= 12 else 1
    m = _FY_NAMED.search(text)
    if m:
        first = int(m.group(1)) if len(m.group(1)) == 4 else 2000 + int(m.group(1))
        start_year = first if m.group(2) or fiscal_start == 1 else first - 1
        s, e = fiscal_year(start_year, fiscal_start)
        label = f"FY{first}" if fiscal_start == 1 else f"the financial year {s.isoformat()} to {e.isoformat()}"
        return Period(s, min(e, today), label), m.group(0), m.start()
    m = _FY_RELATIVE.search(text)
    if m:
        current = today.year if today.month >= fiscal_start else today.year - 1
        shift = {"last": -1, "previous": -1, "prior": -1, "next": 1}.get((m.group(1) or "").casefold(), 0)
        s, e = fiscal_year(current + shift, fiscal_start)
        if s > today:
            return None
        which = "last" if shift < 0 else "this"
        return Period(s, min(e, today), f"{which} financial year ({s.isoformat()} to {e.isoformat()})"), m.group(0), m.start()
    return None


def _month_is_word(text: str, m: re.Match[str]) -> bool:
    """"may" is usually the verb ("may I ..."), "mar"/"jun" rarely mean anything else."""
    word = m.group(1).casefold()
    if word != "may" or m.group(2):
        return False
    after = text[m.end():m.end() + 6].strip().casefold()
    return not (after[:4].isdigit() or (m.start() >= 3 and text[m.start() - 3:m.start()].casefold().strip()
                in ("in", "for", "of")))


def resolve_period(phrase: str, today: date) -> Period | None:
    found = find_period(phrase, today)
    return found[0] if found else None


def previous_period(period: Period) -> Period:
    """The period to compare with: the calendar month / quarter / year before when the period is one
    (a period to date compares with the same days of the one before: 1-14 October with 1-14 September),
    else the same number of days just before."""
    s, e = period.start, period.end
    if (s.month, s.day) == (1, 1) and e.year == s.year:  # year to date: the same days a year earlier
        return Period(date(s.year - 1, 1, 1), add_months(e, -12), "the same days a year earlier")
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if s.day == 1 and months in (1, 3, 12):
        ps = add_months(s, -months)
        last = add_months(s, months - 1)
        full = e == month_end(last.year, last.month)
        pe = s - timedelta(days=1) if full else min(ps + (e - s), s - timedelta(days=1))
        return Period(ps, pe, "the period before")
    length = (e - s).days + 1
    return Period(s - timedelta(days=length), s - timedelta(days=1), "the period before")


def year_earlier(period: Period) -> Period:
    """The same days one year before ("September vs the same month last year", "YoY")."""
    return Period(add_months(period.start, -12), add_months(period.end, -12), "the same period a year earlier")


def last_complete(unit: str, today: date) -> Period:
    """The latest calendar month / quarter that has ended: what "MoM" / "QoQ" compare when no period is named."""
    first = today.replace(day=1)
    if unit == "quarter":
        q = (today.month - 1) // 3 + 1
        s, _ = _quarter(today.year, q)
        start = add_months(s, -3)
        return Period(start, s - timedelta(days=1), f"Q{(start.month - 1) // 3 + 1} {start.year}")
    start = add_months(first, -1)
    return Period(start, first - timedelta(days=1), f"{calendar.month_name[start.month]} {start.year}")


# ------------------------------------------------------------------------------------------ dates

# Days with a name; "christmas" alone is the 25th.
NAMED_DAYS = {
    r"christmas\s+eve": (12, 24), r"(?:christmas|xmas)(?:\s+day)?": (12, 25), r"boxing\s+day": (12, 26),
    r"new\s+year'?s?\s+eve|nye": (12, 31), r"new\s+year'?s?(?:\s+day)?": (1, 1), r"halloween": (10, 31),
    r"valentine'?s?(?:\s+day)?": (2, 14),
}
_NAMED = "|".join(f"(?:{k})" for k in NAMED_DAYS)

_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"), "iso"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+(\d{{4}}))?\b", re.I), "day_month"),
    (re.compile(rf"\b{_MONTH}\.?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?!\s*(?:days?|weeks?|months?|k\b|%))(?:,?\s+(\d{{4}}))?\b", re.I),
     "month_day"),
    (re.compile(rf"\b(?:in|within|after)\s+(?:the\s+next\s+)?{_NUM}\s+{_UNIT}(?!\s+(?:late|later|earlier|sooner|early))", re.I), "in_n"),
    (re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(?:from\s+(?:now|today)|out|ahead|time)", re.I), "n_from_now"),
    (re.compile(rf"\b{_NUM}\s+{_UNIT}\s+ago\b", re.I), "n_ago"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b|\bmonth[\s-]end\b", re.I), "end_month"),
    (re.compile(rf"\b(?:(?:by|on|at|in|around)\s+)?(?:the\s+)?(?:mid(?:dle)?[\s-]*(?:of\s+)?){_MONTH}(?:\s+(\d{{4}}))?\b", re.I), "mid_month"),
    (re.compile(rf"\b(?:(?:by|on|at|in)\s+)?(?:the\s+)?(?:start|beginning)\s+of\s+{_MONTH}(?:\s+(\d{{4}}))?\b", re.I), "start_month"),
    (re.compile(r"\b(?:(?:by|on|at|in|around)\s+)?(?:the\s+)?mid(?:dle)?[\s-]*(?:of\s+)?(?:the\s+|this\s+|next\s+)?month\b", re.I), "mid_this_month"),
    (re.compile(r"\b(?:(?:over|in|within|during|for|across)\s+)?the\s+(?:next|coming)\s+(month|week|fortnight|year)\b", re.I), "the_next"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+next\s+month\b", re.I), "end_next_month"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:last|previous|prior)\s+month\b", re.I), "end_last_month"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?quarter\b|\bquarter[\s-]end\b", re.I), "end_quarter"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:last|previous|prior)\s+quarter\b", re.I), "end_last_quarter"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year\b|\b(?:the\s+)?year[\s-]end\b|\beoy\b", re.I), "end_year"),
    (re.compile(r"\b(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:last|previous|prior)\s+year\b", re.I), "end_last_year"),
    (re.compile(r"\b(?:(?:at|on|by|from|as\s+of)\s+)?(?:the\s+)?(?:very\s+)?(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?"
                r"(?:(last|previous|prior|next)\s+)?(year|month|quarter|week)\b", re.I), "start_unit"),
    (re.compile(r"\bnext\s+week\b", re.I), "next_week"),
    (re.compile(r"\bnext\s+month\b(?!\s*'s)", re.I), "next_month"),
    (re.compile(r"\btomorrow\b", re.I), "tomorrow"),
    (re.compile(r"\byesterday\b", re.I), "yesterday"),
    (re.compile(rf"\bnext\s+{_NUM}\s+{_UNIT}", re.I), "in_n"),
    (re.compile(rf"\b(?:end\s+of\s+|by\s+|in\s+|during\s+|over\s+){_MONTH}(?:\s+(\d{{4}}))?\b", re.I), "month_end"),
    (re.compile(rf"\b(?:on\s+|by\s+|at\s+|before\s+|until\s+|till\s+)?(?:the\s+)?({_NAMED})\b", re.I), "named"),
    (re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|next|last|the)\s+month\b)?(?!\s+of\s+[a-z])", re.I),
     "day_of_month"),
]


def find_future_date(text: str, today: date) -> tuple[date, str] | None:
    """A future day the question asks about ("in 30 days", "on 15 December", "by the end of the month",
    "next 60 days" -> its last day), and the phrase; None when there is none."""
    return find_date(text, today, "future")


def find_date(text: str, today: date, tense: str = "nearest") -> tuple[date, str] | None:
    """The first day the text names, and the phrase. A day named without a year ("1 Dec", "end of June",
    "Christmas", "the 15th") is read by `tense`: "past" the latest one not after today, "future" the
    next one after today, "nearest" whichever of those is closer to today (so "end of June" asked in
    October is last June, "end of November" is the coming one)."""
    hits = []
    for rx, kind in _DATE_PATTERNS:
        for m in rx.finditer(text):
            try:
                d = _resolve(kind, m, today, tense)
            except (ValueError, KeyError):
                continue
            if d is None:
                continue
            # "before Christmas", "before 1 December": up to the day before.
            if kind in _DAY_KINDS and re.search(r"\bbefore\s+(?:the\s+)?$", text[max(0, m.start() - 12):m.start()] +
                                                ("before " if m.group(0).casefold().startswith("before") else "")):
                d -= timedelta(days=1)
            hits.append((m.start(), -len(m.group(0)), d, m.group(0), kind))
    if not hits:
        return None
    # An explicit day ("at the end of December", "on 5 Nov") is the reading day; a holiday named alongside
    # it ("a Christmas party ... the balance at the end of December") is context.
    explicit = [h for h in hits if h[4] != "named"]
    _, _, d, phrase, _ = min(explicit or hits, key=lambda h: (h[0], h[1]))
    return d, phrase.strip()


def _unit_start(unit: str, which: str, today: date, tense: str) -> date:
    """The first day of this / last / next year, quarter, month or week ("the start of the year"); without
    "last" / "next" a question about the future means the next such start."""
    def start(k: int) -> date:
        if unit == "week":
            return today - timedelta(days=today.weekday()) + timedelta(days=7 * k)
        months = {"year": 12, "quarter": 3, "month": 1}[unit]
        first = date(today.year, 1, 1) if unit == "year" else (
            date(today.year, 3 * ((today.month - 1) // 3) + 1, 1) if unit == "quarter" else today.replace(day=1))
        return add_months(first, months * k)

    if which in ("last", "previous", "prior"):
        return start(-1)
    if which == "next":
        return start(1)
    return start(1) if tense == "future" and start(0) <= today else start(0)


# Kinds naming one day, which "before" moves to the day before.
_DAY_KINDS = {"iso", "day_month", "month_day", "named", "day_of_month"}


def _pick(candidates: list[date], today: date, tense: str) -> date:
    """One of the same day in neighbouring years / months, by tense."""
    past = [d for d in candidates if d <= today]
    future = [d for d in candidates if d > today]
    last_past = max(past) if past else None
    first_future = min(future) if future else None
    if tense == "past":
        return last_past or first_future
    if tense == "future":
        return first_future or last_past
    options = [d for d in (last_past, first_future) if d is not None]
    return min(options, key=lambda d: (abs((d - today).days), d > today))


def _years(today: date, make) -> list[date]:
    out = []
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            out.append(make(y))
        except ValueError:
            continue
    return out


def _resolve(kind: str, m: re.Match[str], today: date, tense: str) -> date | None:
    if kind == "iso":
        return date.fromisoformat(m.group(1))
    if kind in ("day_month", "month_day"):
        day, month, year = ((m.group(1), m.group(2), m.group(3)) if kind == "day_month"
                            else (m.group(2), m.group(1), m.group(3)))
        mo = MONTHS[month.casefold()]
        if kind == "month_day" and mo == 5 and not year and month.casefold() == "may":
            return None  # "may 2 ..." is rarely a date without a year
        if year:
            return date(int(year), mo, int(day))
        return _pick(_years(today, lambda y: date(y, mo, int(day))), today, tense)
    if kind in ("in_n", "n_from_now", "n_ago"):
        n, unit = number(m.group(1)), m.group(2).rstrip("s").casefold()
        sign = -1 if kind == "n_ago" else 1
        if unit in ("month", "quarter", "year"):
            return add_months(today, sign * n * {"month": 1, "quarter": 3, "year": 12}[unit])
        return today + sign * timedelta(days=_unit_days(n, unit))
    if kind == "end_month":
        return month_end(today.year, today.month)
    if kind in ("mid_month", "start_month"):
        mo, dd = MONTHS[m.group(1).casefold()], 15 if kind == "mid_month" else 1
        if m.group(2):
            return date(int(m.group(2)), mo, dd)
        return _pick(_years(today, lambda y: date(y, mo, dd)), today, tense)
    if kind == "mid_this_month":
        base = add_months(today.replace(day=1), 1 if "next" in m.group(0).casefold() else 0)
        mid = base.replace(day=15)
        if tense == "past":
            return mid if mid <= today else add_months(mid, -1)
        return mid if mid > today else add_months(mid, 1)
    if kind == "the_next":
        unit = m.group(1).casefold()
        return today + timedelta(days={"month": 30, "week": 7, "fortnight": 14, "year": 365}[unit])
    if kind == "end_next_month":
        nxt = add_months(today.replace(day=1), 1)
        return month_end(nxt.year, nxt.month)
    if kind == "end_last_month":
        return today.replace(day=1) - timedelta(days=1)
    if kind == "end_quarter":
        q = (today.month - 1) // 3 + 1
        return _quarter(today.year, q)[1]
    if kind == "end_last_quarter":
        q = (today.month - 1) // 3 + 1
        return _quarter(today.year, q)[0] - timedelta(days=1)
    if kind == "start_unit":
        return _unit_start(m.group(2).casefold(), (m.group(1) or "").casefold(), today, tense)
    if kind == "end_year":
        return date(today.year, 12, 31)
    if kind == "end_last_year":
        return date(today.year - 1, 12, 31)
    if kind == "next_month":
        return add_months(today.replace(day=1), 1)
    if kind == "next_week":
        return today + timedelta(days=7)
    if kind == "tomorrow":
        return today + timedelta(days=1)
    if kind == "yesterday":
        return today - timedelta(days=1)
    if kind == "month_end":
        mo = MONTHS[m.group(1).casefold()]
        if mo == 5 and m.group(1).casefold() == "may" and not m.group(2) and not re.match(r"(?i)(end of|in|during)", m.group(0)):
            return None
        if m.group(2):
            return month_end(int(m.group(2)), mo)
        ends = _years(today, lambda y: month_end(y, mo))
        if tense == "nearest" and month_end(today.year, mo) >= today >= date(today.year, mo, 1):
            return month_end(today.year, mo)  # the month we are in: its end
        return _pick(ends, today, tense)
    if kind == "named":
        phrase = m.group(1).casefold()
        for rx, (mo, dd) in NAMED_DAYS.items():
            if re.fullmatch(rx, phrase):
                return _pick(_years(today, lambda y, mo=mo, dd=dd: date(y, mo, dd)), today, tense)
        return None
    if kind == "day_of_month":
        dd, which = int(m.group(1)), (m.group(2) or "").casefold()
        first = today.replace(day=1)
        if which in ("next", "last", "this"):
            base = add_months(first, {"next": 1, "last": -1, "this": 0}[which])
            return date(base.year, base.month, dd)
        months = [add_months(first, k) for k in (-1, 0, 1)]
        cands = []
        for b in months:
            try:
                cands.append(date(b.year, b.month, dd))
            except ValueError:
                continue
        return _pick(cands, today, tense)
    return None
