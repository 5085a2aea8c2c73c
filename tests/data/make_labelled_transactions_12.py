#!/usr/bin/env python3
"""Generate ``labelled_transactions_12.csv``: the twelfth, blind evaluation set.

Eight fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-11 uses: BOK Financial / Bank of Oklahoma (Tulsa), Fulton Bank (Lancaster, Pennsylvania) and
Banner Bank (Walla Walla, Washington) in the US; Airwallex (London, GBP wallet) and the Cumberland
Building Society (Keswick) in the UK; DKB (Potsdam, German), Banca Monte dei Paschi di Siena (Siena,
Italian) and Novo Banco (Aveiro, Portuguese) in the euro area. Written blind: its author read only
``README.md``, the header line of ``labelled_transactions_11.csv`` and the first 60 lines of
``make_labelled_transactions_11.py``; not CashPilot's code, vendor lists or rules, nor any earlier
rows. Descriptions are written from general knowledge of each bank's export style, not copied from
real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its schedule,
its signed amount range and the description template(s) in that bank's layout. Only per-occurrence
noise (dates, amounts, references, times, which card) is random, from a fixed seed: run the script
twice and the CSV is byte-identical. Stable identifiers (mandates, creditor ids, IBANs, customer /
policy / contract numbers, ACH ids) are drawn once per counterparty (or once per ``share`` group), in
declaration order, from a second fixed-seed generator.

Schedules:
  ``("m", day[, idx])``  monthly on ``day`` (next banking day), optionally only in month indexes idx
  ``("last"[, idx])``    last banking day of the month
  ``("r", n)``           n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``  explicit dates (moved to the next banking day; card lines: purchase dates)
Amounts are signed: ``(lo, hi)`` uniform, a float (fixed), a list (explicit, in schedule order) or
``("choice", [..])``. Card lines (``card=True``): the schedule gives the purchase date, which the
template may print; the line posts 0-2 banking days later. Templates are ``str.format`` strings
read through ``LineContext``: ``{d}`` / ``{pd}`` posting / purchase date (``{D}`` / ``{PD}`` print
upper case), ``{a}`` ``{ac}`` ``{ad}`` ``{au}`` the absolute amount (dot, comma, German and US
grouping), ``{n6}`` / ``{X8}`` random digits / upper-case alphanumerics, ``{t}`` a time, ``{card}``
the card used, ``{k[name]}`` a stable value, ``{seq[name]}`` a per-business running number,
``{mon_de}`` / ``{pmon_it}`` / ``{MON_PT}`` month names, ``{fx_USD}`` / ``{rate_USD}`` a foreign amount
and its rate. ``ordered=True`` uses the templates in occurrence order instead of at random.

Usage: python3 make_labelled_transactions_12.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import random
import re
import string
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 12_2026_1122
KEEP_SEED = 12_2026_1123
OUT = Path(__file__).with_name("labelled_transactions_12.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Owner Draw / Contribution", "Internal Transfer", "Other Expense",
}

SALES = "Sales Revenue"
SERVICE = "Service Income"
REFUNDS = "Refunds"
FINANCING = "Financing"
RENT = "Rent"
PAYROLL = "Salaries & Payroll"
SOFTWARE = "Software & Subscriptions"
MARKETING = "Marketing & Advertising"
UTILITIES = "Utilities"
INSURANCE = "Insurance"
PROFESSIONAL = "Professional Services"
TRAVEL = "Travel"
MEALS = "Meals & Entertainment"
SUPPLIES = "Supplies & Materials"
COGS = "Cost of Goods Sold"
EQUIPMENT = "Equipment"
TAXES = "Taxes"
BANK_FEES = "Bank Fees"
LOAN = "Loan Repayment"
OWNER = "Owner Draw / Contribution"
INTERNAL = "Internal Transfer"

# --------------------------------------------------------------------------------------------
# Calendars
# --------------------------------------------------------------------------------------------


def easter_sunday(year: int) -> dt.date:
    """Anonymous Gregorian algorithm."""
    golden = year % 19
    century = year // 100
    rest = year % 100
    leap_c = century // 4
    cent_mod = century % 4
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_c - moon + 15) % 30
    year_q = rest // 4
    year_r = rest % 4
    weekday_fix = (32 + 2 * cent_mod + 2 * year_q - epact - year_r) % 7
    month_fix = (golden + 11 * epact + 22 * weekday_fix) // 451
    month = (epact + weekday_fix - 7 * month_fix + 114) // 31
    day = (epact + weekday_fix - 7 * month_fix + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """nth (1-based) weekday of a month; nth = -1 for the last one."""
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def sunday_to_monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


def us_holidays(year: int) -> set:
    """Federal Reserve holidays (a Saturday holiday is not moved; a Sunday one is)."""
    return {
        sunday_to_monday(dt.date(year, 1, 1)),
        nth_weekday(year, 1, 0, 3),
        nth_weekday(year, 2, 0, 3),
        nth_weekday(year, 5, 0, -1),
        sunday_to_monday(dt.date(year, 6, 19)),
        sunday_to_monday(dt.date(year, 7, 4)),
        nth_weekday(year, 9, 0, 1),
        nth_weekday(year, 10, 0, 2),
        sunday_to_monday(dt.date(year, 11, 11)),
        nth_weekday(year, 11, 3, 4),
        sunday_to_monday(dt.date(year, 12, 25)),
    }


def uk_holidays(year: int) -> set:
    """England and Wales bank holidays."""
    easter = easter_sunday(year)
    days = {
        easter - dt.timedelta(days=2),
        easter + dt.timedelta(days=1),
        nth_weekday(year, 5, 0, 1),
        nth_weekday(year, 5, 0, -1),
        nth_weekday(year, 8, 0, -1),
    }
    new_year = dt.date(year, 1, 1)
    while new_year.weekday() >= 5:
        new_year += dt.timedelta(days=1)
    days.add(new_year)
    xmas = dt.date(year, 12, 25)
    boxing = dt.date(year, 12, 26)
    if xmas.weekday() == 5:
        days |= {dt.date(year, 12, 27), dt.date(year, 12, 28)}
    elif xmas.weekday() == 6:
        days |= {dt.date(year, 12, 26), dt.date(year, 12, 27)}
    elif boxing.weekday() == 5:
        days |= {xmas, dt.date(year, 12, 28)}
    else:
        days |= {xmas, boxing}
    return days


def de_bb_holidays(year: int) -> set:
    """Brandenburg public holidays, plus 24 and 31 Dec (German banks do not book)."""
    easter = easter_sunday(year)
    return {
        dt.date(year, 1, 1), easter - dt.timedelta(days=2), easter + dt.timedelta(days=1),
        dt.date(year, 5, 1), easter + dt.timedelta(days=39), easter + dt.timedelta(days=50),
        dt.date(year, 10, 3), dt.date(year, 10, 31), dt.date(year, 12, 24),
        dt.date(year, 12, 25), dt.date(year, 12, 26), dt.date(year, 12, 31),
    }


def it_holidays(year: int) -> set:
    """Italian public holidays, plus TARGET's Good Friday."""
    easter = easter_sunday(year)
    return {
        dt.date(year, 1, 1), dt.date(year, 1, 6), easter - dt.timedelta(days=2),
        easter + dt.timedelta(days=1), dt.date(year, 4, 25), dt.date(year, 5, 1),
        dt.date(year, 6, 2), dt.date(year, 8, 15), dt.date(year, 11, 1), dt.date(year, 12, 8),
        dt.date(year, 12, 25), dt.date(year, 12, 26),
    }


def pt_holidays(year: int) -> set:
    """Portuguese public holidays, plus Aveiro's municipal holiday (12 May)."""
    easter = easter_sunday(year)
    return {
        dt.date(year, 1, 1), easter - dt.timedelta(days=2), dt.date(year, 4, 25),
        dt.date(year, 5, 1), dt.date(year, 5, 12), easter + dt.timedelta(days=60),
        dt.date(year, 6, 10), dt.date(year, 8, 15), dt.date(year, 10, 5), dt.date(year, 11, 1),
        dt.date(year, 12, 1), dt.date(year, 12, 8), dt.date(year, 12, 25),
    }


HOLIDAY_RULES = {"US": us_holidays, "UK": uk_holidays, "DE": de_bb_holidays, "IT": it_holidays,
                 "PT": pt_holidays}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}


class UpperDate(dt.date):
    """A date whose strftime output is upper case (``14JUL25``)."""

    def __format__(self, spec: str) -> str:
        return dt.date.__format__(self, spec).upper()


def upper_date(day: dt.date) -> UpperDate:
    return UpperDate(day.year, day.month, day.day)


# --------------------------------------------------------------------------------------------
# Stable identifiers (check digits)
# --------------------------------------------------------------------------------------------


def mod97_check(body: str, country: str) -> str:
    """ISO 7064 MOD 97-10 check digits for an IBAN or a SEPA creditor id body."""
    text = body + country + "00"
    digits = "".join(str(int(char, 36)) for char in text)
    return f"{98 - int(digits) % 97:02d}"


def italian_cin(bban: str) -> str:
    odd_values = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                  22, 25, 24, 23]
    total = 0
    for pos, char in enumerate(bban):
        index = int(char) if char.isdigit() else ord(char) - 65
        total += odd_values[index] if pos % 2 == 0 else index
    return chr(65 + total % 26)


def partita_iva(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(7)) + f"{rng.randint(1, 100):03d}"
    total = 0
    for pos, char in enumerate(body):
        value = int(char)
        if pos % 2 == 1:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return body + str((10 - total % 10) % 10)


def portuguese_nif(rng: random.Random, first: str = "5") -> str:
    body = first + "".join(rng.choice(string.digits) for _ in range(7))
    total = sum(int(char) * weight for char, weight in zip(body, range(9, 1, -1)))
    remainder = total % 11
    return body + ("0" if remainder < 2 else str(11 - remainder))


def make_iban(rng: random.Random, country: str, bank: str = "") -> str:
    digits = string.digits
    if country == "DE":
        blz = bank or rng.choice(["16050000", "16040000", "10050000", "12030000", "16060122",
                                  "60050101", "66650085", "59050101", "10090000", "50010517"])
        bban = blz + "".join(rng.choice(digits) for _ in range(10))
    elif country == "IT":
        abi = bank or rng.choice(["01030", "03069", "02008", "05034", "08673", "06230", "03111"])
        cab = "".join(rng.choice(digits) for _ in range(5))
        account = "".join(rng.choice(digits) for _ in range(12))
        bban = italian_cin(abi + cab + account) + abi + cab + account
    elif country == "PT":
        bank_code = bank or rng.choice(["0007", "0035", "0033", "0010", "0018", "0036", "0045"])
        branch = "".join(rng.choice(digits) for _ in range(4))
        account = "".join(rng.choice(digits) for _ in range(11))
        nib = f"{98 - (int(bank_code + branch + account) * 100) % 97:02d}"
        bban = bank_code + branch + account + nib
    elif country == "GB":
        bban = (bank or rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"])) + \
            "".join(rng.choice(digits) for _ in range(14))
    elif country == "IE":
        bban = "AIBK93" + "".join(rng.choice(digits) for _ in range(12))
    elif country == "ES":
        bban = "".join(rng.choice(digits) for _ in range(20))
    elif country == "LU":
        bban = "".join(rng.choice(digits) for _ in range(16))
    else:
        raise ValueError(country)
    return country + mod97_check(bban, country) + bban


def creditor_id(rng: random.Random, country: str) -> str:
    if country == "DE":
        national = "0" + "".join(rng.choice(string.digits) for _ in range(10))
    elif country == "IT":
        national = partita_iva(rng)
    elif country == "PT":
        national = "".join(rng.choice(string.digits) for _ in range(6))
    else:
        raise ValueError(country)
    return country + mod97_check(national, country) + "ZZZ" + national


def spaced(iban: str) -> str:
    return " ".join(iban[pos:pos + 4] for pos in range(0, len(iban), 4))


def draw_keep(spec: str, rng: random.Random):
    kind, _, arg = spec.partition(":")
    if kind == "digits":
        return "".join(rng.choice(string.digits) for _ in range(int(arg)))
    if kind == "alnum":
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(int(arg)))
    if kind == "alpha":
        return "".join(rng.choice(string.ascii_uppercase) for _ in range(int(arg)))
    if kind == "ach":
        return rng.choice("19") + "".join(rng.choice(string.digits) for _ in range(9))
    if kind == "iban":
        country, _, bank = arg.partition("/")
        return make_iban(rng, country, bank)
    if kind == "ibansp":
        country, _, bank = arg.partition("/")
        return spaced(make_iban(rng, country, bank))
    if kind == "cid":
        return creditor_id(rng, arg)
    if kind == "piva":
        return partita_iva(rng)
    if kind == "nif":
        return portuguese_nif(rng, arg or "5")
    if kind == "sort":
        return f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if kind == "fixed":
        return arg
    raise ValueError(spec)


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass
class Party:
    entity: str
    category: str
    sched: tuple
    amount: object
    templates: list
    card: bool = False
    keep: dict = field(default_factory=dict)
    share: str = ""
    local: bool = False
    ordered: bool = False


@dataclass
class Business:
    key: str
    region: str
    country: str
    start: tuple
    parties: list
    cards: int = 1
    months: int = 3
    seq_start: dict = field(default_factory=dict)
    goods: bool = True


def party(entity, category, sched, amount, templates, **options) -> Party:
    if isinstance(templates, str):
        templates = [templates]
    return Party(entity, category, sched, amount, list(templates), **options)


def pad(text: str, width: int) -> str:
    return text[:width].ljust(width)


def cut(text: str, width: int) -> str:
    return text[:width].rstrip()


class SeqCounter:
    def __init__(self, starts: dict):
        self.values = dict(starts)

    def __getitem__(self, name: str) -> int:
        value = self.values.get(name, 1000) + 1
        self.values[name] = value
        return value


class LineContext:
    """Lazy values for one description template."""

    def __init__(self, rng, day, purchase, amount, keep, card, seq, index):
        self.rng = rng
        self.day = day
        self.purchase = purchase or day
        self.amount = abs(amount)
        self.keep = keep
        self.card = card
        self.seq = seq
        self.index = index
        self.rates = {}

    def rate(self, currency: str) -> float:
        if currency not in self.rates:
            ranges = {"USD": (1.2480, 1.3620), "EUR": (1.1310, 1.1920), "GBP": (0.8390, 0.8840)}
            low, high = ranges[currency]
            self.rates[currency] = round(self.rng.uniform(low, high), 4)
        return self.rates[currency]

    def lookup(self, key: str):
        rng = self.rng
        if key == "d":
            return self.day
        if key == "pd":
            return self.purchase
        if key == "D":
            return upper_date(self.day)
        if key == "PD":
            return upper_date(self.purchase)
        if key == "a":
            return f"{self.amount:.2f}"
        if key == "ac":
            return f"{self.amount:.2f}".replace(".", ",")
        if key == "ad":
            return f"{self.amount:,.2f}".replace(",", "#").replace(".", ",").replace("#", ".")
        if key == "au":
            return f"{self.amount:,.2f}"
        if key == "t":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if key == "ts":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if key == "card":
            return self.card
        if key == "k":
            return self.keep
        if key == "seq":
            return self.seq
        if key == "i":
            return self.index + 1
        if key in ("pmm", "pyy", "pyyyy"):
            prev = self.day.replace(day=1) - dt.timedelta(days=1)
            return {"pmm": f"{prev.month:02d}", "pyy": f"{prev.year % 100:02d}",
                    "pyyyy": str(prev.year)}[key]
        match = re.fullmatch(r"(p?)mon_(en|de|it|pt)", key.lower())
        if match:
            month = self.day.month - 1
            if match.group(1):
                month = (month - 1) % 12
            name = MONTHS[match.group(2)][month]
            return name.upper() if key.isupper() else name
        match = re.fullmatch(r"(fx|rate)_(USD|EUR|GBP)", key)
        if match:
            rate = self.rate(match.group(2))
            if match.group(1) == "rate":
                return f"{rate:.4f}"
            return f"{self.amount * rate:.2f}"
        match = re.fullmatch(r"([nXx])(\d+)", key)
        if match:
            length = int(match.group(2))
            if match.group(1) == "n":
                return "".join(rng.choice(string.digits) for _ in range(length))
            pool = string.ascii_uppercase + string.digits
            text = "".join(rng.choice(pool) for _ in range(length))
            return text if match.group(1) == "X" else text.lower()
        raise KeyError(key)


class LineFormatter(string.Formatter):
    def __init__(self, context: LineContext):
        super().__init__()
        self.context = context

    def get_value(self, key, args, kwargs):
        return self.context.lookup(key)


class Calendar:
    def __init__(self, country: str, start: tuple, months: int):
        year, month = start
        self.months = []
        for step in range(months):
            total = (month - 1) + step
            self.months.append((year + total // 12, total % 12 + 1))
        self.first = dt.date(year, month, 1)
        last_year, last_month = self.months[-1]
        self.last = dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
        rule = HOLIDAY_RULES[country]
        self.holidays = set()
        for hol_year in range(year - 1, last_year + 2):
            self.holidays |= rule(hol_year)

    def banking(self, day: dt.date) -> bool:
        if day.weekday() >= 5 or day in self.holidays:
            return False
        return (day.month, day.day) not in {(1, 1), (12, 25)}

    def next_banking(self, day: dt.date) -> dt.date:
        while not self.banking(day):
            day += dt.timedelta(days=1)
        return day

    def prev_banking(self, day: dt.date) -> dt.date:
        while not self.banking(day):
            day -= dt.timedelta(days=1)
        return day

    def add_banking(self, day: dt.date, count: int) -> dt.date:
        for _ in range(count):
            day = self.next_banking(day + dt.timedelta(days=1))
        return day

    def banking_days(self) -> list:
        days = []
        day = self.first
        while day <= self.last:
            if self.banking(day):
                days.append(day)
            day += dt.timedelta(days=1)
        return days

    def inside(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


def card_posting(cal: Calendar, purchase: dt.date, rng: random.Random) -> dt.date:
    """0-2 banking days after the purchase (a weekend purchase posts on the next banking day)."""
    lag = rng.choice([0, 0, 1, 1, 1, 2])
    if cal.banking(purchase):
        return cal.add_banking(purchase, lag)
    return cal.add_banking(cal.next_banking(purchase), max(lag - 1, 0))


def resolve_dates(cal: Calendar, item: Party, rng: random.Random) -> list:
    """[(posting date, purchase date or None), ...] in schedule order."""
    kind = item.sched[0]
    found = []
    if kind in ("m", "last"):
        if kind == "m":
            wanted = item.sched[2] if len(item.sched) > 2 else None
        else:
            wanted = item.sched[1] if len(item.sched) > 1 else None
        for idx, (year, month) in enumerate(cal.months):
            if wanted is not None and idx not in wanted:
                continue
            month_end = calendar.monthrange(year, month)[1]
            if kind == "m":
                base = dt.date(year, month, min(item.sched[1], month_end))
            else:
                base = cal.prev_banking(dt.date(year, month, month_end))
            if item.card:
                found.append((card_posting(cal, base, rng), base))
            else:
                found.append((cal.next_banking(base), None))
    elif kind == "r":
        count = item.sched[1]
        if item.card:
            span = (cal.last - cal.first).days
            while len(found) < count:
                purchase = cal.first + dt.timedelta(days=rng.randint(0, span))
                if (purchase.month, purchase.day) in {(1, 1), (12, 25)}:
                    continue
                post = card_posting(cal, purchase, rng)
                if cal.inside(post):
                    found.append((post, purchase))
        else:
            days = cal.banking_days()
            for _ in range(count):
                found.append((rng.choice(days), None))
    elif kind == "d":
        for iso in item.sched[1]:
            base = dt.date.fromisoformat(iso)
            if item.card:
                found.append((card_posting(cal, base, rng), base))
            else:
                found.append((cal.next_banking(base), None))
    else:
        raise ValueError(item.sched)
    return [(post, purchase) for post, purchase in found if cal.inside(post)]


def draw_amount(spec, index: int, rng: random.Random) -> float:
    if isinstance(spec, tuple) and spec and spec[0] == "choice":
        value = rng.choice(spec[1])
    elif isinstance(spec, tuple):
        low, high = spec
        value = rng.uniform(low, high)
    elif isinstance(spec, list):
        value = spec[index]
    else:
        value = spec
    value = round(float(value), 2)
    if value == 0:
        raise ValueError("zero amount")
    return value


def build_rows(biz: Business, rng: random.Random, keep_rng: random.Random) -> list:
    cal = Calendar(biz.country, biz.start, biz.months)
    cards = ["".join(keep_rng.choice(string.digits) for _ in range(4)) for _ in range(biz.cards)]
    shared = {}
    keeps = []
    for item in biz.parties:
        if item.share and item.share in shared:
            keep = shared[item.share]
            for name, spec in item.keep.items():
                if name not in keep:
                    keep[name] = draw_keep(spec, keep_rng)
        else:
            keep = {name: draw_keep(spec, keep_rng) for name, spec in item.keep.items()}
            if item.share:
                shared[item.share] = keep
        keeps.append(keep)
    entries = []
    for pidx, item in enumerate(biz.parties):
        dates = resolve_dates(cal, item, rng)
        for occ, (post, purchase) in enumerate(dates):
            entries.append((post, pidx, occ, purchase, draw_amount(item.amount, occ, rng)))
    entries.sort()  # (posting date, party, occurrence) is unique, so ties never go further
    seq = SeqCounter(biz.seq_start)
    rows = []
    for post, pidx, occ, purchase, amount in entries:
        item = biz.parties[pidx]
        template = item.templates[min(occ, len(item.templates) - 1)] if item.ordered else rng.choice(item.templates)
        card = cards[0] if len(cards) == 1 or rng.random() < 0.7 else rng.choice(cards[1:])
        context = LineContext(rng, post, purchase, amount, keeps[pidx], card, seq, occ)
        text = LineFormatter(context).format(template)
        text = re.sub(r"\s+$", "", text)
        rows.append({
            "region": biz.region, "business": biz.key, "date": post.isoformat(),
            "amount": f"{amount:.2f}", "description": text, "entity": item.entity,
            "category": item.category, "_local": item.local, "_purchase": purchase,
        })
        assert cal.banking(post), (biz.key, post, text)
        assert purchase is None or purchase <= post, (biz.key, text)
        assert item.category in CATEGORIES, item.category
        assert "{" not in text and "}" not in text, text
    return rows


# ============================================================================================
# US 1: Redbud Roofing & Exteriors LLC, Tulsa OK -- BOK Financial (Bank of Oklahoma)
# Card lines: fixed-width merchant (25) and city (13) fields, purchase date first.
# ============================================================================================


def bok_card(merchant: str, city: str, state: str = "OK", head: str = "VISA CHECK CARD PUR") -> str:
    return head + " {pd:%m/%d} " + pad(merchant, 25) + " " + pad(city, 13) + " " + state + \
        " ****{card}"


def bok_ach(direction: str, company: str, entry: str, sec: str = "CCD") -> str:
    return "ACH " + direction + " " + pad(company, 16) + " " + pad(entry, 10) + " {k[ach]} " + sec


def bok_bill(payee: str) -> str:
    return "BILL PAYMENT " + cut(payee.upper(), 18) + " CONF# {X10}"


ACH = {"ach": "ach"}
ROOF_PAYDAYS = ["2025-05-09", "2025-05-23", "2025-06-06", "2025-06-20", "2025-07-03", "2025-07-18"]

ROOFING = Business("us-roofing", "US", "US", (2025, 5), cards=2, goods=False, seq_start={"inv": 2213}, parties=[
    # --- customers and platforms (money in) ---
    party("", SERVICE, ("r", 3), (3400, 18900), [
        "REMOTE DEPOSIT CAPTURE REF {n10}", "REMOTE DEPOSIT CAPTURE 2 ITEMS REF {n10}"]),
    party("", SERVICE, ("d", ["2025-06-24"]), -3860.00, "RETURNED DEPOSITED ITEM NSF REF {n10}"),
    party("", BANK_FEES, ("d", ["2025-06-24"]), -12.00, "RETURNED DEPOSITED ITEM FEE"),
    party("State Farm", SERVICE, ("r", 2), (8200, 16500), bok_ach("CREDIT", "STATE FARM CLAIMS", "CLAIM PMT", "PPD"), keep=ACH),
    party("Allstate", SERVICE, ("r", 1), (5400, 11800), bok_ach("CREDIT", "ALLSTATE INS CO", "CLAIMS PMT"), keep=ACH),
    party("Osage Hills Property Management", SERVICE, ("r", 2), (2100, 7600),
          "ACH CREDIT BILL.COM         PAYABLES   {k[ach]} CCD OSAGE HILLS PROPER INV RR-{seq[inv]}", keep=ACH, local=True),
    party("Deanna Whitehorse", SERVICE, ("d", ["2025-05-19", "2025-06-04"]), [2500.00, 4180.00], [
        "ZELLE TRANSFER FROM DEANNA WHITEHORSE ROOF DEPOSIT CONF# {X9}",
        "ZELLE TRANSFER FROM DEANNA WHITEHORSE FINAL PAYMENT ROOF CONF# {X9}"], ordered=True, local=True),
    party("Kimberly A Pruitt", SERVICE, ("r", 2), (850, 3200),
          "ZELLE TRANSFER FROM KIMBERLY A PRUITT INV {seq[inv]} CONF# {X9}", local=True),
    party("La Palma Taqueria", SERVICE, ("r", 1), 1450.00,
          "ZELLE TRANSFER FROM LA PALMA TAQUERIA LLC FLAT ROOF PATCH CONF# {X9}", local=True),
    party("Crosstimbers Builders", SERVICE, ("d", ["2025-06-11", "2025-07-23"]), [18420.00, 23975.50], [
        "INCOMING WIRE TRANSFER ORG=CROSSTIMBERS BUILDERS INC OBI=RR INV {seq[inv]} MAPLE RIDGE TH IMAD={d:%Y%m%d}QMGFT0{n2}{n6}",
        "INCOMING WIRE TRANSFER ORG=CROSSTIMBERS BUILDERS INC OBI=RETAINAGE RR INV {seq[inv]} IMAD={d:%Y%m%d}QMGFT0{n2}{n6}"],
          ordered=True, local=True),
    party("", BANK_FEES, ("d", ["2025-06-11", "2025-07-23"]), -15.00, "INCOMING WIRE FEE REF {n8}"),
    party("GreenSky", SALES, ("r", 2), (6000, 14000), bok_ach("CREDIT", "GREENSKY LLC", "FUNDING"), keep=ACH),
    party("Trent Beasley", OWNER, ("d", ["2025-05-06"]), 10000.00,
          "ACH CREDIT ARVEST EXT TRNSFR TRANSFER   {k[ach]} PPD TRENT BEASLEY", keep=ACH, local=True),
    party("Trent Beasley", OWNER, ("d", ["2025-06-30", "2025-07-31"]), [-5000.00, -6500.00],
          "ZELLE TRANSFER TO TRENT BEASLEY OWNER DRAW CONF# {X9}", local=True),
    # --- job costs ---
    party("ABC Supply", COGS, ("r", 3), (-9800, -2100), "BILL PAYMENT ABC SUPPLY CO INC ACCT 20{k[acct]} CONF# {X10}",
          keep={"acct": "digits:6"}),
    party("Beacon", COGS, ("r", 2), (-7400, -1500), bok_ach("DEBIT", "BEACON BUILDING PRODUCTS", "AR PAYMNT"), keep=ACH),
    party("Arkansas River Sheet Metal", COGS, ("r", 1), (-1450, -380),
          bok_card("SQ *ARKANSAS RIVER SHEET", "TULSA"), card=True, local=True),
    party("Green Country Roll-Off", COGS, ("r", 2), (-575, -395), bok_bill("Green Country Roll-Off LLC"), local=True),
    party("Los Primos Roofing", PROFESSIONAL, ("r", 2), (-6800, -2200), [
        "ZELLE TRANSFER TO LOS PRIMOS ROOFING LLC JOB {n4} TEAR OFF CONF# {X9}",
        "ZELLE TRANSFER TO LOS PRIMOS ROOFING LLC LABOR JOB {n4} CONF# {X9}"], local=True),
    party("Hector Galindo", PROFESSIONAL, ("r", 2), (-1400, -450),
          "ZELLE TRANSFER TO HECTOR GALINDO GUTTERS JOB {n4} CONF# {X9}", local=True),
    party("Home Depot", SUPPLIES, ("r", 2), (-412, -38), [
        bok_card("THE HOME DEPOT #3911", "TULSA"), bok_card("THE HOME DEPOT #3907", "BROKEN ARROW")], card=True),
    party("Home Depot", REFUNDS, ("r", 1), (46, 214), bok_card("THE HOME DEPOT #3911", "TULSA", head="VISA CHECK CARD CREDIT"),
          card=True),
    party("Acme Tools", EQUIPMENT, ("d", ["2025-05-28"]), -1289.97, bok_card("ACME TOOLS TULSA", "TULSA"), card=True),
    # --- vehicles ---
    party("QuikTrip", TRAVEL, ("r", 2), (-128, -61), [
        bok_card("QT 0087 OUTSIDE", "TULSA"), bok_card("QUIKTRIP 0452", "SAND SPRINGS", head="POS PIN PURCHASE")], card=True),
    party("Ford Credit", LOAN, ("m", 12, [0, 1]), -868.41, bok_ach("DEBIT", "FORD CREDIT", "ONLINE PMT", "WEB"), keep=ACH),
    party("", LOAN, ("m", 15), -1942.17, "COMMERCIAL LOAN PMT TRANSFER TO LN XXXXXXX{k[ln]}", keep={"ln": "digits:4"}),
    # --- payroll and tax ---
    party("ADP", PAYROLL, ("d", ROOF_PAYDAYS[:4]), (-9800, -7600), bok_ach("DEBIT", "ADP WAGE PAY", "WAGE PAY"), share="adp", keep=ACH),
    party("ADP", PAYROLL, ("d", ROOF_PAYDAYS[1:4:2]), (-3400, -2500), bok_ach("DEBIT", "ADP Tax", "ADP Tax"), keep=ACH),
    party("ADP", SOFTWARE, ("m", 5, [1]), -164.38, bok_ach("DEBIT", "ADP PAYROLL FEES", "ADP FEES"), keep=ACH),
    party("Oklahoma Tax Commission", PAYROLL, ("m", 20, [0, 1]), (-1650, -1380),
          bok_ach("DEBIT", "OK TAX COMMISSION", "OKTAP WH"), keep=ACH),
    party("Oklahoma Employment Security Commission", PAYROLL, ("d", ["2025-07-30"]), -412.60,
          bok_ach("DEBIT", "OESC UNEMPLOY TAX", "UI CONTRIB"), keep=ACH),
    party("City of Tulsa", TAXES, ("r", 1), (-185, -65), bok_card("CITY OF TULSA PERMITS", "TULSA"), card=True),
    party("City of Tulsa", UTILITIES, ("m", 8, [2]), (-96, -58), bok_ach("DEBIT", "CITY OF TULSA UTIL", "UTIL PYMT", "WEB"), keep=ACH),
    party("Oklahoma Construction Industries Board", TAXES, ("d", ["2025-06-16"]), -250.00,
          bok_card("OK CONSTRUCTION INDUSTR", "OKLAHOMA CITY"), card=True),
    # --- overheads ---
    party("Progressive", INSURANCE, ("m", 5, [0, 2]), -612.40, bok_ach("DEBIT", "PROGRESSIVE INS", "INS PREM"), keep=ACH),
    party("CompSource Mutual", INSURANCE, ("m", 10, [0, 1]), (-1380, -1120), bok_ach("DEBIT", "COMPSOURCE MUTUAL", "PREM PMT"), keep=ACH),
    party("PSO", UTILITIES, ("m", 22, [1, 2]), (-310, -190), bok_ach("DEBIT", "PUBLIC SERVICE CO OF OKLA", "BILL PMT", "WEB"), keep=ACH),
    party("Cox", UTILITIES, ("m", 3, [0, 1]), -189.98, bok_ach("DEBIT", "COX COMM TULSA", "PAYMENT", "WEB"), keep=ACH),
    party("Verizon", UTILITIES, ("m", 18, [0, 2]), (-312, -296),
          bok_card("VZWRLSS*MY VZ VB P", "800-922-0204", "FL", head="RECURRING CARD PUR"), card=True),
    party("Mingo Valley Commercial Properties", RENT, ("m", 1), -2850.00, bok_bill("Mingo Valley Commercial Properties"), local=True),
    party("JobNimbus", SOFTWARE, ("m", 7, [0, 1]), -225.00,
          bok_card("JOBNIMBUS", "8882957711", "UT", head="RECURRING CARD PUR"), card=True),
    party("EagleView", SOFTWARE, ("r", 2), (-96, -38), bok_card("EAGLEVIEW TECH", "866-659-8439", "WA"), card=True),
    party("Google", SOFTWARE, ("m", 2, [1, 2]), -42.00,
          bok_card("GOOGLE *GSUITE_redbudro", "g.co/helppay#", "CA", head="RECURRING CARD PUR"), card=True),
    party("Meta", MARKETING, ("r", 1), (-250, -60), bok_card("FACEBK *{X10}", "fb.me/ads", "CA"), card=True),
    party("Cherry Street Tax & Accounting", PROFESSIONAL, ("m", 10, [0, 2]), -425.00,
          bok_bill("Cherry Street Tax & Accounting"), local=True),
    party("Whataburger", MEALS, ("r", 1), (-96, -38), bok_card("WHATABURGER 1079", "TULSA"), card=True),
    # --- own bank ---
    party("", INTERNAL, ("d", ["2025-07-15"]), -8000.00, "ONLINE BANKING TRANSFER TO SAVINGS XXXXXX{k[sav]}",
          keep={"sav": "digits:4"}),
    party("", INTERNAL, ("m", 25, [0, 1]), (-3400, -1800), bok_ach("DEBIT", "BOKF COMM CARD", "CARD PMT", "PPD"), keep=ACH),
    party("", INTERNAL, ("r", 1), -200.00,
          "ATM WITHDRAWAL BANK OF OKLAHOMA 8102 S YALE AVE TULSA OK {pd:%m/%d} ****{card}", card=True),
    party("", BANK_FEES, ("m", 1, [1, 2]), (-72, -38), "ACCOUNT ANALYSIS FEE {PMON_EN} 2025"),
])


# ============================================================================================
# US 2: Conestoga Quilt & Fabric LLC, Lancaster PA -- Fulton Bank
# ============================================================================================


def fulton_card(merchant: str, city: str, state: str = "PA", head: str = "DEBIT CARD PURCHASE") -> str:
    return head + " " + merchant + " " + city + " " + state + " {pd:%m/%d/%y} XXXXXXXXXXXX{card}"


def fulton_ach(direction: str, company: str, entry: str, ident: str = "{k[ach]}") -> str:
    return "PREAUTHORIZED " + direction + " " + cut(company, 16) + " " + entry + " " + ident


QUILT_NET = ["2025-10-14", "2025-10-29", "2025-11-12", "2025-11-25", "2025-12-11", "2025-12-29"]

QUILT = Business("us-quilt-shop", "US", "US", (2025, 10), cards=1, goods=True, seq_start={"inv": 540}, parties=[
    party("Square", SALES, ("r", 6), (280, 1900), "PREAUTHORIZED CREDIT SQUARE INC {d:%y%m%d}P2 L{X13}"),
    party("Shopify", SALES, ("r", 5), (140, 980), "PREAUTHORIZED CREDIT SHOPIFY TRANSFER ST-{X4}{n8}"),
    party("", SALES, ("r", 2), (260, 1150), ["DEPOSIT AT BRANCH 0143 {n6}", "BRANCH DEPOSIT - CASH 0143"]),
    party("Red Rose Quilt Guild", "Other Income", ("d", ["2025-11-13"]), 120.00,
          "ZELLE PAYMENT FROM RED ROSE QUILT GUILD CLASSROOM RENTAL NOV ID {X10}", local=True),
    party("Sharon Eshleman", SERVICE, ("d", ["2025-11-03"]), 65.00,
          "ZELLE PAYMENT FROM SHARON ESHLEMAN BINDING CLASS NOV 8 ID {X10}", local=True),
    party("Linda M Hershey", SERVICE, ("r", 2), (145, 310), [
        "ZELLE PAYMENT FROM LINDA M HERSHEY LONGARM QUILTING ID {X10}",
        "ZELLE PAYMENT FROM LINDA M HERSHEY EDGE TO EDGE QUILT ID {X10}"], local=True),
    party("Debra Kauffman", SERVICE, ("d", ["2025-12-05"]), 225.00,
          "ZELLE PAYMENT FROM DEBRA KAUFFMAN RETREAT DEPOSIT JAN ID {X10}", local=True),
    party("Strasburg Heritage Shoppe", SALES, ("r", 2), (420, 1260),
          fulton_ach("CREDIT", "STRASBURG HERITAGE SHOPPE", "VENDOR PAY", "{k[ach]} INV {seq[inv]}"), keep=ACH, local=True),
    party("Lititz Springs Inn", SALES, ("d", ["2025-11-18"]), 1840.00,
          "ZELLE PAYMENT FROM LITITZ SPRINGS INN LLC 4 QUEEN QUILTS ID {X10}", local=True),
    party("Ruth Ann Zimmerman", OWNER, ("d", ["2025-10-31", "2025-12-31"]), [-2500.00, -4000.00],
          "ZELLE PAYMENT TO RUTH ANN ZIMMERMAN OWNER DRAW ID {X10}", local=True),
    # --- stock ---
    party("Moda Fabrics", COGS, ("r", 3), (-2600, -480), fulton_ach("DEBIT", "UNITED NOTIONS INC", "MODA AR"), share="moda", keep=ACH),
    party("Moda Fabrics", REFUNDS, ("r", 1), (86, 312), fulton_ach("CREDIT", "UNITED NOTIONS INC", "CR MEMO"), share="moda", keep=ACH),
    party("Robert Kaufman", COGS, ("r", 2), (-1480, -360), fulton_card("ROBERT KAUFMAN CO INC", "LOS ANGELES", "CA"), card=True),
    party("Checker Distributors", COGS, ("r", 2), (-620, -140), fulton_card("CHECKER DISTRIBUTORS", "PORTLAND", "OR"), card=True),
    party("Hobbs Bonded Fibers", COGS, ("r", 1), -744.50, fulton_card("HOBBS BONDED FIBERS", "WACO", "TX"), card=True),
    party("Esther S King", COGS, ("d", ["2025-10-20", "2025-12-08"]), [-1350.00, -2100.00],
          "ONLINE BILL PAY ESTHER S KING CONSIGN QUILTS CONF {n9}", local=True),
    party("Bernina", COGS, ("r", 2), (-3900, -1200), fulton_ach("DEBIT", "BERNINA OF AMERICA", "DEALER AR"), keep=ACH),
    party("USPS", COGS, ("r", 2), (-86, -12), fulton_card("USPS.COM CLICKNSHIP", "800-344-7779", "DC"), card=True),
    party("UPS", COGS, ("m", 6, [1, 2]), (-210, -90), fulton_ach("DEBIT", "UPS BILLING CENTER", "UPSBILL"), keep=ACH),
    party("Uline", COGS, ("r", 1), -318.40, fulton_card("ULINE *SHIP SUPPLIES", "800-295-5510", "WI"), card=True),
    party("Gammill", EQUIPMENT, ("d", ["2025-10-09"]), -1895.00, fulton_card("GAMMILL INC", "WEST PLAINS", "MO"), card=True),
    # --- overheads ---
    party("Weaverland Properties", RENT, ("m", 1), -2400.00, "ONLINE BILL PAY WEAVERLAND PROPERTIES LLC CONF {n9}", local=True),
    party("PPL Electric", UTILITIES, ("m", 12, [0, 2]), (-340, -205), fulton_ach("DEBIT", "PPL ELECTRIC UTILITIES", "UTIL BILL"), keep=ACH),
    party("UGI", UTILITIES, ("m", 9, [1, 2]), [-131.40, -248.77], fulton_ach("DEBIT", "UGI UTILITIES INC", "UTILITY PY"), keep=ACH),
    party("Comcast", UTILITIES, ("m", 20, [0, 1]), -169.85, fulton_ach("DEBIT", "COMCAST BUSINESS", "PAYMENT"), keep=ACH),
    party("Erie Insurance", INSURANCE, ("m", 6, [0, 1]), -218.44, fulton_ach("DEBIT", "ERIE INSURANCE GROUP", "ERIE INS"), keep=ACH),
    party("Gusto", PAYROLL, ("d", QUILT_NET[1:]), (-4200, -2900), "PREAUTHORIZED DEBIT GUSTO NET {d:%y%m%d} {X7}"),
    party("Gusto", PAYROLL, ("d", QUILT_NET[1::2]), (-1650, -900), "PREAUTHORIZED DEBIT GUSTO TAX {d:%y%m%d} {X7}"),
    party("Gusto", SOFTWARE, ("m", 2, [1, 2]), [-88.00, -94.00], "PREAUTHORIZED DEBIT GUSTO FEE {d:%y%m%d} {X7}"),
    party("Pennsylvania Department of Revenue", TAXES, ("m", 20), [-1312.44, -1798.07, -2644.91],
          fulton_ach("DEBIT", "PA DEPT OF REVENUE", "SALES TAX"), keep=ACH),
    party("Lancaster County Tax Collection Bureau", PAYROLL, ("d", ["2025-10-30"]), -268.32,
          fulton_ach("DEBIT", "LANCASTER CO TAX COLL BUREAU", "EIT WH Q3"), keep=ACH),
    party("Pennsylvania Department of Labor & Industry", PAYROLL, ("d", ["2025-10-29"]), -187.90,
          fulton_ach("DEBIT", "PA DEPT L&I UC TAX", "UC TAX"), keep=ACH),
    party("Shopify", SOFTWARE, ("m", 14, [0, 2]), -105.00,
          fulton_card("SHOPIFY* 302117845", "WWW.SHOPIFY.C", "ON", head="RECURRING DEBIT CARD"), card=True),
    party("Intuit", SOFTWARE, ("m", 9, [0, 1]), -90.00,
          fulton_card("INTUIT *QBOOKS ONLINE", "CL.INTUIT.COM", "CA", head="RECURRING DEBIT CARD"), card=True),
    party("Meta", MARKETING, ("r", 1), (-150, -40), fulton_card("FACEBK *{X10}", "FB.ME/ADS", "CA"), card=True),
    party("LNP Media Group", MARKETING, ("d", ["2025-11-06"]), -395.00, fulton_card("LNP MEDIA GROUP INC", "LANCASTER"), card=True),
    party("Staples", SUPPLIES, ("r", 1), -64.27, fulton_card("STAPLES 00113", "LANCASTER"), card=True),
    party("Amazon", SUPPLIES, ("r", 1), (-112, -18), [
        fulton_card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL", "WA"), fulton_card("Amazon.com*{X9}", "AMZN.COM/BILL", "WA")], card=True),
    party("Sheetz", TRAVEL, ("r", 1), (-58, -31), fulton_card("SHEETZ 0317", "LANCASTER"), card=True),
    party("Eshelman Groff & Associates", PROFESSIONAL, ("m", 10, [0, 2]), -350.00,
          "ONLINE BILL PAY ESHELMAN GROFF & ASSOC CONF {n9}", local=True),
    # --- own bank ---
    party("", BANK_FEES, ("last", [0, 1]), -18.00, "MONTHLY SERVICE CHARGE"),
    party("", "Interest", ("last", [0, 2]), (0.41, 1.37), "INTEREST PAYMENT"),
    party("", LOAN, ("m", 15), -731.62, "LOAN PAYMENT TRANSFER TO LN XXXXXX{k[ln]}", keep={"ln": "digits:4"}),
    party("", INTERNAL, ("d", ["2025-11-21", "2025-12-22"]), [-1500.00, -2000.00],
          "ONLINE TRANSFER TO SAVINGS XXXXXX{k[sav]} SALES TAX RESERVE", keep={"sav": "digits:4"}),
])


# ============================================================================================
# US 3: Blue Mountain Land Surveying PLLC, Walla Walla WA -- Banner Bank
# ============================================================================================


def banner_card(merchant: str, city: str, state: str = "WA", head: str = "DEBIT CARD PURCHASE") -> str:
    return head + " - " + merchant + " " + city + " " + state + " - {pd:%m/%d} - X{card}"


def banner_ach(direction: str, company: str, entry: str, ident: str = "{k[ach]}") -> str:
    return "ACH " + direction + " - " + cut(company, 16) + " - " + entry + " - " + ident


SURVEY_NET = ["2026-01-14", "2026-01-29", "2026-02-12", "2026-02-26", "2026-03-13", "2026-03-30"]

SURVEYOR = Business("us-land-surveyor", "US", "US", (2026, 1), cards=2, goods=False, seq_start={"inv": 25118}, parties=[
    party("Mill Creek Title & Escrow", SERVICE, ("r", 2), (650, 1850),
          banner_ach("CREDIT", "MILL CREEK TITLE & ESCROW", "VENDOR PMT"), keep=ACH, local=True),
    party("Pioneer Civil Engineering", SERVICE, ("r", 2), (2400, 7800),
          banner_ach("CREDIT", "PIONEER CIVIL ENGINEERING", "PAYABLES"), keep=ACH, local=True),
    party("Touchet River Cellars", SERVICE, ("d", ["2026-03-09"]), 3150.00,
          "ZELLE PAYMENT FROM TOUCHET RIVER CELLARS LLC - vineyard topo survey", local=True),
    party("Jolene Marsh", SERVICE, ("d", ["2026-02-03"]), 1450.00,
          "ZELLE PAYMENT FROM JOLENE MARSH - boundary survey 1418 isaacs", local=True),
    party("David Lindquist", SERVICE, ("d", ["2026-01-12", "2026-03-19"]), [800.00, 1980.00], [
        "ZELLE PAYMENT FROM DAVID LINDQUIST - lot split deposit",
        "ZELLE PAYMENT FROM DAVID LINDQUIST - final inv {seq[inv]}"], ordered=True, local=True),
    party("Miguel Angel Fuentes", SERVICE, ("d", ["2026-02-24"]), 975.00,
          "ZELLE PAYMENT FROM MIGUEL ANGEL FUENTES - FENCE LINE STAKING", local=True),
    party("Port of Walla Walla", SERVICE, ("r", 1), 4860.00, banner_ach("CREDIT", "PORT OF WALLA WALLA", "AP PAYMENT"), keep=ACH),
    party("Walla Walla County", SERVICE, ("r", 2), (1200, 5200), banner_ach("CREDIT", "WALLA WALLA COUNTY", "COUNTY WAR"), keep=ACH),
    party("Walla Walla County", TAXES, ("r", 2), (-309, -104), banner_card("WALLA WALLA COUNTY AUDITO", "WALLA WALLA"), card=True),
    party("Columbia Basin Development", SERVICE, ("d", ["2026-02-17"]), 12400.00,
          "INCOMING WIRE - ORG COLUMBIA BASIN DEVELOPMENT LLC - OBI PLAT PHASE 2 INV {seq[inv]} - REF {n10}", local=True),
    party("", BANK_FEES, ("d", ["2026-02-17"]), -15.00, "INCOMING WIRE FEE"),
    party("", SERVICE, ("r", 3), (400, 3900), ["REMOTE DEPOSIT - 1 ITEM - REF {n9}", "REMOTE DEPOSIT - 2 ITEMS - REF {n9}"]),
    party("", FINANCING, ("d", ["2026-01-20"]), 15000.00, "LOAN ADVANCE - LINE OF CREDIT XXXX{k[loc]}", share="loc",
          keep={"loc": "digits:4"}),
    party("", LOAN, ("d", ["2026-02-20", "2026-03-20"]), (-2650, -2550), "LOAN PAYMENT - LINE OF CREDIT XXXX{k[loc]}",
          share="loc", keep={"loc": "digits:4"}),
    party("Kurt Van Dyke", OWNER, ("d", ["2026-01-30", "2026-03-31"]), (-4500, -3000),
          "ZELLE PAYMENT TO KURT VAN DYKE - owner draw", local=True),
    # --- instruments, software, vehicles ---
    party("Trimble", SOFTWARE, ("m", 4), -70.00, banner_card("TRIMBLE INC VRS NOW", "WESTMINSTER", "CO"), card=True),
    party("DLL", LOAN, ("m", 10, [0, 1]), -1288.37, banner_ach("DEBIT", "DLL FINANCE LLC", "EFA PMT", "{k[ach]} CONTRACT {k[ctr]}"),
          keep={"ach": "ach", "ctr": "digits:9"}),
    party("Ally", LOAN, ("m", 17, [0, 2]), -742.19, banner_ach("DEBIT", "ALLY", "ALLY PAYMT"), keep=ACH),
    party("Autodesk", SOFTWARE, ("d", ["2026-01-22"]), -2545.00, banner_card("AUTODESK INC", "SAN RAFAEL", "CA"), card=True),
    party("Microsoft", SOFTWARE, ("m", 2, [0, 1]), -66.00, banner_card("MSFT * E0300{n5}", "MSBILL.INFO"), card=True),
    party("Berntsen International", SUPPLIES, ("r", 2), (-540, -160), banner_card("BERNTSEN INTERNATIONAL", "MADISON", "WI"), card=True),
    party("Coastal Farm & Ranch", SUPPLIES, ("r", 2), (-120, -28), banner_card("COASTAL FARM & RANCH #21", "WALLA WALLA"), card=True),
    party("Amazon", SUPPLIES, ("r", 1), (-140, -20), banner_card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL"), card=True),
    party("Amazon", REFUNDS, ("r", 1), (18, 64), banner_card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL", head="DEBIT CARD CREDIT"), card=True),
    party("Cenex", TRAVEL, ("r", 2), (-98, -48), [
        banner_card("CENEX ZIP TRIP 3320", "WALLA WALLA"), banner_card("CENEX ZIP TRIP 0412", "DAYTON")], card=True),
    party("Maverik", TRAVEL, ("r", 1), -78.22, banner_card("MAVERIK #573", "PASCO"), card=True),
    party("DJI", EQUIPMENT, ("d", ["2026-02-06"]), -1899.00, banner_card("DJI STORE", "LOS ANGELES", "CA"), card=True),
    party("Alaska Airlines", TRAVEL, ("d", ["2026-02-02"]), -248.40, banner_card("ALASKA AIR 0272345{n6}", "SEATTLE"), card=True),
    party("Hampton Inn", TRAVEL, ("d", ["2026-02-19"]), -289.14, banner_card("HAMPTON INN WENATCHEE", "WENATCHEE"), card=True),
    party("Colville Street Cafe", MEALS, ("r", 1), (-64, -28), banner_card("SQ *COLVILLE STREET CAFE", "WALLA WALLA"), card=True,
          local=True),
    # --- payroll and tax ---
    party("Intuit", PAYROLL, ("d", SURVEY_NET[:2] + SURVEY_NET[3:4] + SURVEY_NET[5:]), (-5400, -4600), banner_ach("DEBIT", "INTUIT PAYROLL S", "QB PAYROLL", "{n10}")),
    party("Intuit", PAYROLL, ("d", SURVEY_NET[1::2]), (-2100, -1500), banner_ach("DEBIT", "INTUIT TAX", "QB TAX", "{n10}")),
    party("Intuit", SOFTWARE, ("m", 12, [0, 2]), -99.00, banner_card("INTUIT *QBOOKS ONLINE", "CL.INTUIT.COM", "CA"), card=True),
    party("Washington Employment Security Department", PAYROLL, ("d", ["2026-01-29"]), -486.20,
          banner_ach("DEBIT", "WA ESD", "UI TAX"), keep=ACH),
    party("Washington Employment Security Department", PAYROLL, ("d", ["2026-01-29"]), -154.73,
          banner_ach("DEBIT", "WA ESD PFML", "PREMIUM"), keep=ACH),
    party("Washington State Department of Labor & Industries", INSURANCE, ("d", ["2026-01-30"]), -1104.52,
          banner_ach("DEBIT", "WA ST DEPT OF L&I", "QTR REPORT"), keep=ACH),
    party("Washington State Department of Revenue", TAXES, ("d", ["2026-01-26"]), -1837.40,
          banner_ach("DEBIT", "WA ST DEPT OF REVENUE", "EXCISE TAX"), keep=ACH),
    party("Washington Business Licensing Service", TAXES, ("d", ["2026-02-10"]), -50.00,
          banner_card("WA BUSINESS LICENSING SVC", "OLYMPIA"), card=True),
    party("Washington State Department of Licensing", TAXES, ("d", ["2026-03-04"]), -125.00,
          banner_card("WA DEPT OF LICENSING", "OLYMPIA"), card=True),
    party("Land Surveyors' Association of Washington", SOFTWARE, ("d", ["2026-01-08"]), -285.00,
          banner_card("LAND SURVEYORS ASSOC OF W", "MOUNTLAKE TER"), card=True),
    # --- overheads ---
    party("Sentry Insurance", INSURANCE, ("m", 5, [0, 1]), -288.50, banner_ach("DEBIT", "SENTRY INSURANCE", "INS PREM"), keep=ACH),
    party("Rose Street Commercial Properties", RENT, ("m", 1), -1650.00, "ONLINE BILL PAY - ROSE STREET COMMER - CONF {X8}",
          local=True),
    party("Pacific Power", UTILITIES, ("m", 8, [0, 1]), (-168, -112), banner_ach("DEBIT", "PACIFIC POWER", "PAYMENT"), keep=ACH),
    party("Cascade Natural Gas", UTILITIES, ("m", 11, [0, 2]), (-142, -88), banner_ach("DEBIT", "CASCADE NATURAL GAS", "UTIL PYMT"), keep=ACH),
    party("Spectrum", UTILITIES, ("m", 19, [1, 2]), -124.99, banner_ach("DEBIT", "CHARTER COMM", "SPECTRUM"), keep=ACH),
    party("Verizon", UTILITIES, ("m", 23, [0, 1]), (-184, -176), banner_card("VERIZON WRLS P2013-01", "800-922-0204", "FL"), card=True),
    party("City of Walla Walla", UTILITIES, ("m", 15, [1, 2]), (-92, -64), banner_ach("DEBIT", "CITY OF WALLA WALLA", "UTILITY BL"), keep=ACH),
    party("Bergevin Tax & Accounting", PROFESSIONAL, ("d", ["2026-01-14", "2026-03-12"]), [-650.00, -380.00],
          "ONLINE BILL PAY - BERGEVIN TAX & ACC - CONF {X8}", local=True),
    party("Lena Morrow", PROFESSIONAL, ("r", 3), (-1450, -620), "ZELLE PAYMENT TO LENA MORROW - cad drafting inv {n3}", local=True),
    party("", BANK_FEES, ("last",), -25.00, "MAINTENANCE FEE"),
    party("", INTERNAL, ("d", ["2026-02-13", "2026-03-16"]), -3000.00, "ONLINE TRANSFER TO SAVINGS - XXXXXX{k[sav]}",
          keep={"sav": "digits:4"}),
])


# ============================================================================================
# UK 1: Hollowtree Games Ltd (board-game publisher), Hackney, London -- Airwallex, GBP wallet
# Mixed case; card lines print no purchase date (the export keeps it in its own column).
# ============================================================================================


def awx_card(merchant: str, place: str, country: str = "GB", head: str = "Card transaction") -> str:
    return head + " - " + merchant + " - " + place + " " + country + " - Card ending {card}"


def awx_card_fx(merchant: str, place: str, country: str, currency: str, head: str = "Card transaction") -> str:
    return awx_card(merchant, place, country, head) + " - " + currency + " {fx_" + currency + "} @ {rate_" + currency + "}"


def awx_in(name: str, ref: str) -> str:
    return "Deposit from " + name + " - Ref: " + ref


def awx_out(name: str, ref: str) -> str:
    return "Payout to " + name + " - Ref: " + ref + " - ID P{d:%y%m%d}-{X7}"


def awx_dd(name: str, ref: str) -> str:
    return "Direct debit - " + name + " - Ref: " + ref


BOARDGAMES = Business("uk-board-game-publisher", "UK", "UK", (2026, 2), cards=2, goods=True, seq_start={"inv": 318}, parties=[
    party("Shopify", SALES, ("r", 5), (180, 2400), awx_in("SHOPIFY INTERNATIONAL LIMITED", "SHOPIFY PAYOUT {n10}")),
    party("Kickstarter", SALES, ("d", ["2026-02-12"]), 38640.17, awx_in("KICKSTARTER PBC", "KS {n9} PROJECT FUNDS")),
    party("BackerKit", SALES, ("r", 2), (2400, 9800), awx_in("BACKERKIT", "PLEDGE MANAGER PAYOUT {n6}")),
    party("Amazon", SALES, ("r", 2), (640, 2100), awx_in("AMAZON PAYMENTS UK LIMITED", "AMZ {X12}")),
    party("Asmodee", SALES, ("r", 2), (1800, 6400), awx_in("ASMODEE UK LTD", "HTG INV {seq[inv]}")),
    party("Meeple Corner", SALES, ("r", 2), (210, 780), awx_in("MEEPLE CORNER LTD", "INV{seq[inv]}"), local=True),
    party("Dice & Dagger Games", SALES, ("r", 2), (180, 540), awx_in(cut("DICE & DAGGER GAMES LTD", 18), "HOLLOWTREE {seq[inv]}"),
          local=True),
    party("The Board Room Cafe", SALES, ("r", 1), 264.00, awx_in("THE BOARD ROOM CAFE", "STOCK ORDER"), local=True),
    party("HMRC", TAXES, ("d", ["2026-03-18"]), 4126.54, awx_in("HMRC VAT", "VAT REPAYMENT {k[vrn]}"), keep={"vrn": "digits:9"}),
    party("Imogen Clarke", OWNER, ("d", ["2026-02-03"]), 6000.00, awx_in("MS IMOGEN CLARKE", "DIRECTORS LOAN"), local=True),
    party("Imogen Clarke", OWNER, ("d", ["2026-04-29"]), -4000.00, awx_out("Imogen Clarke", "DIVIDEND"), local=True),
    party("Tom Adeyemi", OWNER, ("d", ["2026-04-29"]), -4000.00, awx_out("Tom Adeyemi", "DIVIDEND"), local=True),
    # --- production and fulfilment ---
    party("Ludo Fact", COGS, ("d", ["2026-02-05", "2026-04-09"]), [-15514.22, -9870.40],
          awx_out("Ludo Fact GmbH", "INV 26-{n4} - EUR {fx_EUR} @ {rate_EUR}")),
    party("", INTERNAL, ("d", ["2026-02-16", "2026-03-25"]), [-12800.00, -8450.00],
          "Conversion - GBP to USD - USD {fx_USD} @ {rate_USD} - C{d:%y%m%d}-{X6}"),
    party("Thameside Fulfilment", COGS, ("r", 3), (-1950, -420), awx_out("Thameside Fulfilment Ltd", "TF{n5}"), local=True),
    party("Royal Mail", COGS, ("r", 2), (-148, -22), awx_card("ROYALMAIL.COM CLICK&DROP", "London"), card=True),
    party("Royal Mail", REFUNDS, ("d", ["2026-04-14"]), 86.50, awx_in("ROYAL MAIL GROUP LTD", "COMPENSATION CLAIM {n8}")),
    party("DPD", COGS, ("m", 12, [1, 2]), (-260, -90), awx_dd("DPD GROUP UK LTD", "{k[ref]}"), keep={"ref": "digits:8"}),
    party("Mira Kowalczyk", PROFESSIONAL, ("r", 3), (-1800, -650), awx_out("Mira Kowalczyk", "ILLUSTRATION BATCH {n2}"), local=True),
    party("Adeola Bamgbose", PROFESSIONAL, ("r", 2), (-1200, -450), awx_out("Adeola Bamgbose", "RULEBOOK LAYOUT INV {n3}"), local=True),
    party("Spielmaterial.de", SUPPLIES, ("r", 2), (-140, -35), awx_card_fx("SPIELMATERIAL.DE", "Bad Nauheim", "DE", "EUR"), card=True),
    party("Spielmaterial.de", REFUNDS, ("r", 1), 24.60, awx_card_fx("SPIELMATERIAL.DE", "Bad Nauheim", "DE", "EUR", head="Card refund"),
          card=True),
    # --- staff ---
    party("Kezia Okafor", PAYROLL, ("last",), -2140.36, awx_out("Kezia Okafor", "SALARY {MON_EN}"), local=True),
    party("Ravi Menon", PAYROLL, ("last",), -1985.12, awx_out("Ravi Menon", "SALARY {MON_EN}"), local=True),
    party("HMRC", PAYROLL, ("m", 22), (-1450, -1280), awx_out("HMRC PAYE", "475PE00472918")),
    party("NEST", PAYROLL, ("m", 19, [0, 1]), (-142, -128), awx_dd("NEST", "{k[ref]}"), keep={"ref": "alnum:10"}),
    # --- overheads ---
    party("Workspace", RENT, ("m", 1), -1180.00, awx_dd("WORKSPACE GROUP PLC", "WS{k[ref]}"), keep={"ref": "digits:6"}),
    party("Big Yellow", RENT, ("m", 15, [0, 1]), -214.50, awx_card("BIG YELLOW SELF STORAGE", "Bow"), card=True),
    party("Hiscox", INSURANCE, ("m", 1, [0, 2]), -61.25, awx_dd("HISCOX INSURANCE CO", "{k[ref]}"), keep={"ref": "alnum:9"}),
    party("Vodafone", UTILITIES, ("m", 18, [0, 1]), -38.00, awx_dd("VODAFONE LTD", "{k[ref]}"), keep={"ref": "digits:10"}),
    party("Adobe", SOFTWARE, ("m", 6, [0, 2]), -56.98, awx_card("ADOBE *CREATIVE CLOUD", "Dublin", "IE"), card=True),
    party("Google", SOFTWARE, ("m", 3, [0, 1]), -28.00, awx_card("GOOGLE *Workspace_hollowtr", "Dublin", "IE"), card=True),
    party("Xero", SOFTWARE, ("m", 8, [1, 2]), -42.00, awx_dd("XERO UK LTD", "{k[ref]}"), keep={"ref": "alnum:8"}),
    party("Shopify", SOFTWARE, ("m", 9, [0, 2]), -95.00, awx_card("Shopify* 305887612", "Ottawa", "CA"), card=True),
    party("Meta", MARKETING, ("r", 2), (-320, -60), awx_card("FACEBK *{X10}", "fb.me/ads", "IE"), card=True),
    party("BoardGameGeek", MARKETING, ("r", 2), (-620, -230), awx_card_fx("BOARDGAMEGEEK", "Dallas", "US", "USD"), card=True),
    party("UK Games Expo", MARKETING, ("d", ["2026-03-04"]), -1260.00, awx_out("UK Games Expo Ltd", "STAND D14 BALANCE")),
    party("Amazon", SUPPLIES, ("r", 2), (-64, -9), [
        awx_card("AMAZON* {X9}", "amazon.co.uk"), awx_card("AMZNMKTPLACE", "amazon.co.uk")], card=True),
    party("Apple", EQUIPMENT, ("d", ["2026-03-11"]), -1899.00, awx_card("APPLE STORE R245", "London"), card=True),
    party("Brickfield Accountancy", PROFESSIONAL, ("d", ["2026-02-20", "2026-04-20"]), -540.00,
          awx_out("Brickfield Accountancy Ltd", "INV BA{n4}"), local=True),
    party("Companies House", TAXES, ("d", ["2026-02-24"]), -50.00, awx_card("COMPANIES HOUSE", "Cardiff"), card=True),
    party("TfL", TRAVEL, ("r", 1), (-18, -4), awx_card("TfL TRAVEL CH", "TFL.GOV.UK/CP"), card=True),
    party("Trainline", TRAVEL, ("r", 2), (-96, -34), awx_card("TRAINLINE", "London"), card=True),
    party("Pret A Manger", MEALS, ("r", 1), (-14, -6), awx_card("PRET A MANGER", "London"), card=True),
    party("Dishoom", MEALS, ("r", 1), -118.60, awx_card("DISHOOM SHOREDITCH", "London"), card=True),
    party("", BANK_FEES, ("m", 1), -49.00, "Airwallex fee - Grow plan - {pmon_en} {pyyyy}"),
])


# ============================================================================================
# UK 2: Skiddaw View Cottages Ltd (holiday lets), Keswick -- The Cumberland Building Society
# Capitals, type first, counterparty names cut at 18 characters.
# ============================================================================================


def cbs_card(merchant: str, town: str, country: str = "GBR", head: str = "CARD PURCHASE") -> str:
    return head + " {PD:%d%b} " + merchant + " " + town + " " + country + " ****{card}"


def cbs(kind: str, name: str, ref: str = "") -> str:
    text = kind + " " + cut(name.upper(), 18)
    return text + " " + ref if ref else text


COTTAGES = Business("uk-holiday-cottages", "UK", "UK", (2025, 7), cards=2, goods=False, seq_start={"inv": 86}, parties=[
    party("Airbnb", SALES, ("r", 5), (380, 2650), cbs("BACS CREDIT", "AIRBNB PAYMENTS UK LTD", "{X10}")),
    party("Sykes Cottages", SALES, ("m", 10), (2200, 6800), cbs("BACS CREDIT", "SYKES COTTAGES LTD", "OWNER {k[owner]} STMT {n6}"),
          keep={"owner": "digits:6"}),
    party("Booking.com", SALES, ("r", 2), (520, 1900), cbs("BACS CREDIT", "BOOKING.COM BV", "PAYOUT {n8}")),
    party("Airbnb", "Other Income", ("d", ["2025-08-19"]), 318.00, cbs("BACS CREDIT", "AIRBNB PAYMENTS UK LTD", "AIRCOVER CLAIM {n7}")),
    party("Booking.com", MARKETING, ("m", 8, [1, 2]), (-410, -160), cbs("DIRECT DEBIT", "BOOKING.COM BV", "{k[ref]}"),
          keep={"ref": "digits:9"}),
    party("Stripe", SALES, ("r", 3), (180, 1400), cbs("FASTER PAYMENT IN", "STRIPE PAYMENTS UK LTD", "STRIPE {X8}")),
    party("D Holloway", SALES, ("d", ["2025-07-07", "2025-08-04"]), [250.00, 1045.00], [
        cbs("FASTER PAYMENT IN", "MR D HOLLOWAY", "BLENCATHRA DEP"),
        cbs("FASTER PAYMENT IN", "MR D HOLLOWAY", "BLENCATHRA BAL WK32")], ordered=True, local=True),
    party("Anna Krzyżanowska", SALES, ("d", ["2025-07-21"]), 640.00, cbs("FASTER PAYMENT IN", "ANNA KRZYZANOWSKA", "SKIDDAW BARN"),
          local=True),
    party("J & P Waterhouse", SALES, ("d", ["2025-07-14", "2025-08-26"]), [480.00, -200.00], [
        cbs("FASTER PAYMENT IN", "J & P WATERHOUSE", "LATRIGG COTT DEP"),
        cbs("FASTER PAYMENT OUT", "J & P WATERHOUSE", "DEPOSIT REFUND")], ordered=True, local=True),
    party("R Menzies", SALES, ("d", ["2025-09-08"]), 865.00, cbs("FASTER PAYMENT IN", "DR R MENZIES", "SEPT WK 38"), local=True),
    party("Fellside Walking Holidays", SALES, ("r", 2), (1150, 2900),
          cbs("BACS CREDIT", "FELLSIDE WALKING HOLIDAYS LTD", "INV {seq[inv]}"), local=True),
    party("", SALES, ("r", 1), 420.00, "CHEQUE PAID IN KESWICK BRANCH"),
    # --- changeovers ---
    party("Derwent Laundry Services", COGS, ("m", 5), (-980, -540), cbs("DIRECT DEBIT", "DERWENT LAUNDRY SERVICES", "{k[ref]}"),
          keep={"ref": "alnum:8"}, local=True),
    party("J Armstrong", PROFESSIONAL, ("r", 2), (-420, -180), cbs("FASTER PAYMENT OUT", "J ARMSTRONG", "CLEANING {D:%d%b}"), local=True),
    party("K Nicholson", PROFESSIONAL, ("r", 2), (-380, -160), cbs("FASTER PAYMENT OUT", "K NICHOLSON", "CHANGEOVERS {D:%b}"), local=True),
    party("Booths", COGS, ("r", 2), (-180, -45), cbs_card("BOOTHS", "KESWICK"), card=True),
    party("Amazon", SUPPLIES, ("r", 2), (-88, -12), cbs_card("AMZNMKTPLACE", "AMAZON.CO.UK"), card=True),
    party("Screwfix", SUPPLIES, ("r", 2), (-96, -14), cbs_card("SCREWFIX DIRECT", "PENRITH"), card=True),
    party("Dunelm", SUPPLIES, ("r", 2), (-240, -45), cbs_card("DUNELM", "CARLISLE"), card=True),
    party("Dunelm", REFUNDS, ("r", 1), (18, 60), cbs_card("DUNELM", "CARLISLE", head="CARD REFUND"), card=True),
    party("Lakeland Hot Tub Care", EQUIPMENT, ("d", ["2025-07-16", "2025-09-17"]), (-185, -140),
          cbs("FASTER PAYMENT OUT", "LAKELAND HOT TUB CARE", "HOT TUB SVC {n4}"), local=True),
    # --- utilities and property ---
    party("E.ON Next", UTILITIES, ("m", 12, [0, 1]), (-460, -280), cbs("DIRECT DEBIT", "E.ON NEXT ENERGY LTD", "A-{k[ref]}"),
          keep={"ref": "alnum:8"}),
    party("United Utilities", UTILITIES, ("m", 1, [1, 2]), -88.00, cbs("DIRECT DEBIT", "UNITED UTILITIES WATER", "{k[ref]}"),
          keep={"ref": "digits:12"}),
    party("Certas Energy", UTILITIES, ("d", ["2025-09-23"]), -612.40, cbs("FASTER PAYMENT OUT", "CERTAS ENERGY UK", "ORDER {n7}")),
    party("BT", UTILITIES, ("m", 20, [0, 1]), -74.50, cbs("DIRECT DEBIT", "BT GROUP PLC", "{k[ref]}"), keep={"ref": "alnum:10"}),
    party("Thirlmere Logs", UTILITIES, ("r", 2), (-240, -120), cbs("FASTER PAYMENT OUT", "THIRLMERE LOGS", "LOGS {n3}"), local=True),
    party("Biffa", UTILITIES, ("m", 15, [0, 2]), (-68, -52), cbs("DIRECT DEBIT", "BIFFA WASTE SERVICES", "{k[ref]}"),
          keep={"ref": "digits:8"}),
    party("Cumberland Council", TAXES, ("m", 1), -312.00, cbs("DIRECT DEBIT", "CUMBERLAND COUNCIL", "NNDR {k[ref]}"),
          keep={"ref": "digits:9"}),
    party("HMRC", TAXES, ("d", ["2025-08-06"]), -3128.40, cbs("FASTER PAYMENT OUT", "HMRC VAT", "{k[vrn]}"), keep={"vrn": "digits:9"}),
    party("HMRC", TAXES, ("d", ["2025-09-29"]), -4210.00, cbs("FASTER PAYMENT OUT", "HMRC COTAX", "{k[utr]}A00124A"),
          keep={"utr": "digits:10"}),
    party("Schofields", INSURANCE, ("m", 3, [1, 2]), -138.20, cbs("DIRECT DEBIT", "SCHOFIELDS INSURANCE BROKERS", "{k[ref]}"),
          keep={"ref": "alnum:9"}),
    party("Together", LOAN, ("m", 20), -1422.67, cbs("DIRECT DEBIT", "TOGETHER COMMERCIAL FINANCE", "{k[ref]}"),
          keep={"ref": "digits:10"}),
    party("", LOAN, ("m", 28, [0, 1]), -1876.30, "MORTGAGE REPAYMENT ACC {k[acc]}", keep={"acc": "digits:8"}),
    party("Lodgify", SOFTWARE, ("m", 2, [0, 2]), -48.00, cbs_card("LODGIFY.COM", "BARCELONA", "ESP"), card=True),
    party("Xero", SOFTWARE, ("m", 10, [1, 2]), -33.00, cbs("DIRECT DEBIT", "XERO UK LTD", "{k[ref]}"), keep={"ref": "alnum:8"}),
    party("Google", MARKETING, ("r", 2), (-150, -40), cbs_card("GOOGLE*ADS{n10}", "DUBLIN", "IRL"), card=True),
    party("Cumbria Tourism", MARKETING, ("d", ["2025-07-29"]), -295.00, cbs("FASTER PAYMENT OUT", "CUMBRIA TOURISM", "MEMBERSHIP 25-26")),
    party("Saddleback Accountants", PROFESSIONAL, ("m", 28, [0, 1]), -180.00, cbs("STANDING ORDER", "SADDLEBACK ACCOUNTANTS LTD", "BOOKKEEPING"),
          local=True),
    party("Esso", TRAVEL, ("r", 2), (-72, -38), cbs_card("ESSO KESWICK", "KESWICK"), card=True),
    # --- directors and own accounts ---
    party("H Birkett", PAYROLL, ("m", 25), -1048.00, cbs("FASTER PAYMENT OUT", "H BIRKETT", "SALARY"), local=True),
    party("H Birkett", OWNER, ("d", ["2025-09-19"]), -5000.00, cbs("FASTER PAYMENT OUT", "H BIRKETT", "DIVIDEND"), local=True),
    party("G Birkett", OWNER, ("d", ["2025-09-19"]), -5000.00, cbs("FASTER PAYMENT OUT", "G BIRKETT", "DIVIDEND"), local=True),
    party("", INTERNAL, ("d", ["2025-08-11", "2025-09-10"]), [-6000.00, -4000.00], "TRANSFER TO BUSINESS SAVER {k[acc]}",
          share="saver", keep={"acc": "digits:8"}),
    party("", INTERNAL, ("d", ["2025-09-26"]), 4000.00, "TRANSFER FROM BUSINESS SAVER {k[acc]}", share="saver",
          keep={"acc": "digits:8"}),
    party("", "Interest", ("d", ["2025-09-30"]), 3.87, "GROSS INTEREST TO 30SEP25"),
    party("", INTERNAL, ("r", 1), -100.00, "CASH WITHDRAWAL {PD:%d%b} NOTEMACHINE KESWICK MAIN ST ****{card}", card=True),
    party("", BANK_FEES, ("m", 1, [1, 2]), (-14.50, -8.50), ["MONTHLY ACCOUNT FEE", "ACCOUNT FEE INCL TRANSACTION CHARGES"]),
])


# ============================================================================================
# EU (DE): Goldschmiede Brandt (sole trader), Potsdam -- DKB (Deutsche Kreditbank), Business
# Booking text first, then the counterparty and the purpose; SEPA names transliterated.
# ============================================================================================


def dkb_card(merchant: str, place: str, head: str = "Kartenzahlung") -> str:
    return head + " VISA Debit " + merchant + ", " + place + " Umsatz vom {pd:%d.%m.%Y} Karte ****{card}"


def dkb_dd(name: str, purpose: str) -> str:
    return "Lastschrift " + name + " " + purpose + " Mandatsreferenz: {k[mref]} Gläubiger-ID: {k[cid]}"


def dkb_in(name: str, purpose: str) -> str:
    return "Gutschrift " + name + " " + purpose


def dkb_out(name: str, purpose: str, head: str = "Überweisung") -> str:
    return head + " " + name + " " + purpose + " IBAN: {k[iban]}"


SEPA_DE = {"mref": "alnum:12", "cid": "cid:DE"}
IBAN_DE = {"iban": "iban:DE"}

GOLDSMITH = Business("de-goldsmith", "EU", "DE", (2025, 11), cards=1, goods=True, seq_start={"re": 25187}, parties=[
    party("SumUp", SALES, ("r", 7), (240, 2400), dkb_in("SumUp Payments Limited", "SumUp Auszahlung {X8}-{n6}")),
    party("Etsy", SALES, ("r", 2), (180, 920), dkb_in("Etsy Ireland UC", "Etsy Zahlung an Verkaeufer {n10}")),
    party("PayPal", SALES, ("r", 2), (90, 480), dkb_in("PayPal Europe S.a.r.l. et Cie S.C.A", "PP.{n4}.PP . Transfer vom PayPal-Konto")),
    party("Lena Hoffmann", SALES, ("d", ["2025-11-10", "2026-01-12"]), [900.00, 1840.00], [
        dkb_in("Lena Hoffmann", "Anzahlung Trauringe Auftrag 2511-04"), dkb_in("Lena Hoffmann", "Restzahlung Trauringe RE {seq[re]}")],
          ordered=True, local=True),
    party("Matthias Köhler", SERVICE, ("d", ["2025-11-24"]), 145.00,
          dkb_in("Dr. Matthias Koehler", "Reparatur Kette + Ring weiten RE {seq[re]}"), local=True),
    party("Katrin Schneider", SALES, ("d", ["2025-12-04"]), 2380.00, dkb_in("Schneider, Katrin", "Verlobungsring RE {seq[re]}"), local=True),
    party("Yusuf Demir", SALES, ("d", ["2025-12-17"]), 690.00, dkb_in("Yusuf Demir", "Anhaenger mit Gravur Weihnachten"), local=True),
    party("Hannelore Wiesner", SERVICE, ("d", ["2026-01-21"]), 85.00, dkb_in("Hannelore Wiesner", "Perlenkette neu aufgefaedelt"),
          local=True),
    party("Juwelier Sommerfeld", SALES, ("r", 2), (1200, 3400), dkb_in("Juwelier Sommerfeld e.K.", "RE {seq[re]} Kommissionsware"),
          local=True),
    # --- metal, stones, packaging ---
    party("C.Hafner", COGS, ("r", 3), (-4200, -900), dkb_dd("C.HAFNER GMBH + CO. KG", "RE {n8} KD-NR {k[kd]}"), share="hafner",
          keep={"kd": "digits:6", **SEPA_DE}),
    party("C.Hafner", SALES, ("d", ["2026-01-16"]), 1184.30, dkb_in("C.HAFNER GMBH + CO. KG", "Scheidgutabrechnung {n6} KD-NR {k[kd]}"),
          share="hafner", keep={"kd": "digits:6"}),
    party("Edelsteinhandel Hahn", COGS, ("r", 2), (-1650, -380), dkb_out("Edelsteinhandel Hahn e.K.", "RE {n5} Saphire Turmaline"),
          share="hahn", keep=IBAN_DE, local=True),
    party("Edelsteinhandel Hahn", REFUNDS, ("d", ["2025-12-09"]), 260.00,
          dkb_in("Edelsteinhandel Hahn e.K.", "Gutschrift Ruecksendung RE {n5}"), share="hahn", keep=IBAN_DE, local=True),
    party("Karl Fischer", SUPPLIES, ("r", 2), (-280, -60), dkb_dd("Karl Fischer GmbH", "Werkstattbedarf RE {n7}"), share="fischer",
          keep={**SEPA_DE, **IBAN_DE}),
    party("Karl Fischer", EQUIPMENT, ("d", ["2025-11-19"]), -1689.00, dkb_out("Karl Fischer GmbH", "RE {n7} Poliermotor"),
          share="fischer", keep={**SEPA_DE, **IBAN_DE}),
    party("Schmuckverpackungen Weber", COGS, ("r", 1), -312.70, dkb_out("Schmuckverpackungen Weber GmbH", "RE 2025-{n4}"),
          keep=IBAN_DE, local=True),
    party("DHL", COGS, ("r", 2), (-48, -9), dkb_dd("Deutsche Post AG", "DHL Paket Online Frankierung {n12}"), keep=SEPA_DE),
    party("Gerda Lehmann", COGS, ("d", ["2025-11-27"]), -620.00, dkb_out("Gerda Lehmann", "Altgoldankauf Beleg {n3}"), keep=IBAN_DE,
          local=True),
    party("Wojciech Nowak", COGS, ("d", ["2026-01-19"]), -410.00, dkb_out("Wojciech Nowak", "Ankauf Altgold Beleg {n3}"), keep=IBAN_DE,
          local=True),
    # --- shop and staff ---
    party("Hausverwaltung Görlitz & Söhne", RENT, ("m", 1), -1450.00,
          dkb_out("Hausverwaltung Goerlitz & Soehne", "Miete Laden Brandenburger Str. 31", head="Dauerauftrag"), keep=IBAN_DE,
          local=True),
    party("EWP", UTILITIES, ("m", 5), -142.00, dkb_dd("Energie und Wasser Potsdam GmbH", "Abschlag Strom VK {k[vk]}"),
          keep={"vk": "digits:10", **SEPA_DE}),
    party("Telekom", UTILITIES, ("m", 12), -54.95, dkb_dd("Telekom Deutschland GmbH", "Festnetz Kundenkonto {k[kd]} RG {n10}"),
          keep={"kd": "digits:10", **SEPA_DE}),
    party("Mannheimer", INSURANCE, ("d", ["2026-01-02"]), -386.40,
          dkb_dd("Mannheimer Versicherung AG", "Valorenversicherung Juweliere Vers-Nr {k[vn]}"), keep={"vn": "digits:9", **SEPA_DE}),
    party("HDI", INSURANCE, ("d", ["2026-01-02"]), -412.16, dkb_dd("HDI Versicherung AG", "Betriebshaftpflicht Vertrag {k[vn]} 2026"),
          keep={"vn": "digits:11", **SEPA_DE}),
    party("Marie Schulte", PAYROLL, ("last",), -1680.00, dkb_out("Marie Schulte", "Lohn {mon_de} {d:%Y}"), keep=IBAN_DE, local=True),
    party("AOK Nordost", PAYROLL, ("m", 26), -738.54, dkb_dd("AOK Nordost", "Beitraege {d:%m/%Y} BNR {k[bnr]}"),
          keep={"bnr": "digits:8", **SEPA_DE}),
    party("Finanzamt Potsdam", PAYROLL, ("m", 10), (-210, -160), dkb_dd("Finanzamt Potsdam", "StNr {k[stnr]} LSt {pmm}.{pyy}"),
          share="fa", keep={"stnr": "fixed:046/212/0", **SEPA_DE}),
    party("Finanzamt Potsdam", TAXES, ("m", 10), (-1650, -480), dkb_dd("Finanzamt Potsdam", "StNr {k[stnr]} USt {pmm}.{pyy}"),
          share="fa", keep={"stnr": "fixed:046/212/0"}),
    party("Finanzamt Potsdam", OWNER, ("d", ["2025-12-10"]), -1850.00, dkb_dd("Finanzamt Potsdam", "StNr {k[stnr]} ESt-VZ IV/25"),
          share="fa", keep={"stnr": "fixed:046/212/0"}),
    party("Landeshauptstadt Potsdam", TAXES, ("d", ["2025-11-15"]), -624.00,
          dkb_dd("Landeshauptstadt Potsdam", "Gewerbesteuer VZ IV/2025 Kassenzeichen {k[kz]}"), keep={"kz": "digits:12", **SEPA_DE}),
    party("Landeshauptstadt Potsdam", "Other Expense", ("d", ["2025-12-15"]), -35.00,
          dkb_out("Landeshauptstadt Potsdam", "Verwarngeld Kassenzeichen {n12} Kennz. P-JB 418"), keep=IBAN_DE),
    party("Handwerkskammer Potsdam", TAXES, ("d", ["2025-11-14"]), -298.00,
          dkb_dd("Handwerkskammer Potsdam", "Beitrag 2025 Betriebs-Nr {k[mn]}"), keep={"mn": "digits:7", **SEPA_DE}),
    party("sevdesk", SOFTWARE, ("m", 3, [1, 2]), -26.90, dkb_dd("sevDesk GmbH", "sevdesk Rechnung {n8}"), keep=SEPA_DE),
    party("IONOS", SOFTWARE, ("m", 7), -12.00, dkb_dd("IONOS SE", "Vertrag {k[vn]} Rechnung DRP{n9}"), keep={"vn": "digits:8", **SEPA_DE}),
    party("Meta", MARKETING, ("r", 2), (-120, -25), dkb_card("FACEBK *{X10}", "fb.me/ads IE"), card=True),
    party("Hochzeitsmesse Potsdam", MARKETING, ("d", ["2026-01-08"]), -390.00,
          dkb_out("Hochzeitsmesse Potsdam UG (haftungsbeschraenkt)", "Standgebuehr Messe 25.01.2026"), keep=IBAN_DE, local=True),
    party("Steuerbüro Wöhlert", PROFESSIONAL, ("m", 15, [0, 2]), -345.10, dkb_dd("Steuerbuero Woehlert", "Buchhaltung RE {n5}"),
          keep=SEPA_DE, local=True),
    party("Deutsche Bahn", TRAVEL, ("d", ["2025-11-05"]), -89.90, dkb_card("DB Vertrieb GmbH", "Frankfurt DE"), card=True),
    party("Restaurant Zum Holländer", MEALS, ("d", ["2025-12-19"]), -146.80, dkb_card("Restaurant Zum Hollaender", "Potsdam DE"),
          card=True, local=True),
    party("Amazon", SUPPLIES, ("r", 2), (-64, -12), dkb_card("AMZN Mktp DE*{X9}", "800-279-6620 LU"), card=True),
    party("Amazon", REFUNDS, ("r", 1), (14, 40), dkb_card("AMZN Mktp DE*{X9}", "800-279-6620 LU", head="Kartengutschrift"), card=True),
    # --- owner, loans, own accounts ---
    party("Johanna Brandt", OWNER, ("m", 28), -1800.00, dkb_out("Johanna Brandt", "Privatentnahme {mon_de}"),
          keep={"iban": "iban:DE/16050000"}, local=True),
    party("ILB", LOAN, ("m", 28), -312.50, dkb_dd("Investitionsbank des Landes Brandenburg", "Darlehen {k[dn]} Rate {d:%m/%Y}"),
          keep={"dn": "digits:8", **SEPA_DE}),
    party("", INTERNAL, ("d", ["2025-12-22", "2026-01-23"]), [-5000.00, 2500.00],
          "Umbuchung Johanna Brandt Goldschmiede Brandt DKB-Tagesgeld Business IBAN: {k[iban]}",
          keep={"iban": "iban:DE/12030000"}),
    party("", INTERNAL, ("r", 1), -200.00, "Bargeldauszahlung VISA Debit GA Mittelbrandenburgische Sparkasse Potsdam "
          "Umsatz vom {pd:%d.%m.%Y} Karte ****{card}", card=True),
    party("", BANK_FEES, ("last",), -10.00, "Entgelt Kontoführung Business {d:%m/%Y}"),
])


# ============================================================================================
# EU (IT): Gelateria Il Campo s.n.c. di Ticci Marco & C., Siena -- Banca Monte dei Paschi di Siena
# ============================================================================================


def mps_card(merchant: str, town: str, country: str = "ITA") -> str:
    return "PAGAMENTO CARTA DEBIT *{card} DEL {pd:%d/%m/%y} ORE {t} " + merchant + " " + town + " " + country


def mps_sdd(creditor: str, purpose: str) -> str:
    return "ADDEBITO SDD CORE " + creditor + " ID.CRED. {k[cid]} RIF.MAND. {k[mref]} " + purpose


def mps_in(payer: str, purpose: str) -> str:
    return "BONIFICO SEPA IN ARRIVO DA " + payer + " CAUS. " + purpose + " TRN {n16}"


def mps_out(payee: str, purpose: str) -> str:
    return "BONIFICO SEPA DISPOSTO A FAVORE DI " + payee + " IBAN {k[iban]} CAUS. " + purpose + " CRO {n11}"


SEPA_IT = {"mref": "alnum:14", "cid": "cid:IT"}
IBAN_IT = {"iban": "iban:IT"}

GELATERIA = Business("it-gelateria", "EU", "IT", (2026, 4), cards=2, goods=True, seq_start={"ft": 37, "mutuo": 17}, parties=[
    party("Nexi", SALES, ("r", 9), (380, 2900), "ACCREDITO POS NEXI ESERC. {k[es]} TRANSATO DEL {pd:%d/%m/%y} RIF. {n8}",
          keep={"es": "digits:10"}, card=True),
    party("Satispay", SALES, ("r", 3), (60, 420), mps_in("SATISPAY EUROPE S.A.", "SATISPAY SETTLEMENT {X8}")),
    party("", SALES, ("r", 5), (300, 1800), ["VERSAMENTO CONTANTI ATM EVOLUTO FIL. 2940 SIENA", "VERSAMENTO CONTANTI IN FILIALE 2940"]),
    party("Trattoria Da Gino", SALES, ("r", 2), (180, 460), mps_in("TRATTORIA DA GINO DI MORI LUIGI", "SALDO FT {seq[ft]} GELATI"),
          local=True),
    party("Hotel Villa Chigiana", SALES, ("r", 2), (420, 980), mps_in("HOTEL VILLA CHIGIANA SRL", "FATTURA N. {seq[ft]}/2026"),
          local=True),
    party("Catering Eventi Senesi", SALES, ("d", ["2026-05-25"]), 1240.00,
          mps_in("CATERING EVENTI SENESI S.R.L.", "FT {seq[ft]} MATRIMONIO BORGO"), local=True),
    party("Società di Contrada della Tartuca", SALES, ("d", ["2026-06-18"]), 680.00,
          mps_in("SOCIETA DI CONTRADA DELLA TARTUCA", "GELATO FESTA TITOLARE"), local=True),
    # --- ingredients and packaging ---
    party("Latteria Val d'Orcia", COGS, ("r", 3), (-1900, -650), mps_out("LATTERIA VAL D'ORCIA SOC. AGR. COOP.", "SALDO FT {n3}/2026"),
          keep=IBAN_IT, local=True),
    party("Fabbri 1905", COGS, ("r", 2), (-1450, -420), mps_sdd("FABBRI 1905 SPA", "FT {n6} DEL {d:%d/%m/%Y}"), keep=SEPA_IT),
    party("PreGel", COGS, ("r", 2), (-1800, -500), mps_out("PREGEL SPA", "FT {n6} PASTE E BASI"), share="pregel", keep=IBAN_IT),
    party("PreGel", REFUNDS, ("d", ["2026-05-13"]), 146.40, mps_in("PREGEL S.P.A.", "NOTA CREDITO {n6} RESO MERCE"), share="pregel"),
    party("Cialdificio Toscano", COGS, ("r", 2), (-640, -210), mps_out("CIALDIFICIO TOSCANO SRL", "FT {n4} CONI E CIALDE"),
          keep=IBAN_IT, local=True),
    party("Ortofrutta Monteriggioni", COGS, ("r", 2), (-420, -140),
          mps_out("ORTOFRUTTA MONTERIGGIONI DI BARNI S.", "FRUTTA FRESCA FT {n3}"), keep=IBAN_IT, local=True),
    party("Metro", COGS, ("r", 3), (-380, -60), mps_card("METRO ITALIA CASH AND CARRY", "SIENA"), card=True),
    party("Cartotecnica Chiantigiana", COGS, ("r", 1), -486.78, mps_out("CARTOTECNICA CHIANTIGIANA SRL", "FT {n4} COPPETTE VASCHETTE"),
          keep=IBAN_IT, local=True),
    party("Carpigiani", EQUIPMENT, ("d", ["2026-04-14"]), -520.30,
          mps_out("CARPIGIANI - ALI GROUP S.R.L.", "INTERVENTO TECNICO MANTECATORE"), keep=IBAN_IT),
    party("Alba Leasing", EQUIPMENT, ("m", 5), -389.20, mps_sdd("ALBA LEASING SPA", "CANONE CONTR. {k[ctr]} VETRINA GELATO"),
          keep={"ctr": "digits:8", **SEPA_IT}),
    # --- staff and taxes ---
    party("Giulia Mannucci", PAYROLL, ("m", 10), (-1380, -1240), mps_out("MANNUCCI GIULIA", "STIPENDIO {PMON_IT} 2026"),
          keep=IBAN_IT, local=True),
    party("Erion Hoxha", PAYROLL, ("m", 10, [1, 2]), (-1150, -980), mps_out("HOXHA ERION", "STIPENDIO {PMON_IT} 2026"),
          keep=IBAN_IT, local=True),
    party("Luca Bartalini", PAYROLL, ("m", 10, [2]), -760.00, mps_out("BARTALINI LUCA", "STIPENDIO {PMON_IT} 2026 PART TIME"),
          keep=IBAN_IT, local=True),
    party("Agenzia delle Entrate", TAXES, ("m", 16), (-4200, -1600), "PAGAMENTO DELEGA F24 DA HOME BANKING PROT. {n17}"),
    party("Comune di Siena", TAXES, ("d", ["2026-04-30"]), -418.00, "PAGAMENTO PAGOPA COMUNE DI SIENA IUV {n17} TARI 2026 1A RATA"),
    party("Comune di Siena", TAXES, ("d", ["2026-05-29"]), -1260.00,
          "PAGAMENTO PAGOPA COMUNE DI SIENA IUV {n17} CANONE UNICO OCC. SUOLO PUBBLICO DEHORS 2026"),
    party("Studio Associato Neri e Burroni", PROFESSIONAL, ("d", ["2026-04-15", "2026-06-15"]), -610.00,
          mps_out("STUDIO ASSOCIATO NERI E BURRONI", "FT {n2}/2026 CONSULENZA CONTABILE"), keep=IBAN_IT, local=True),
    # --- overheads ---
    party("Immobiliare Salicotto", RENT, ("m", 5), -2200.00, mps_out("IMMOBILIARE SALICOTTO SRL", "CANONE LOCAZIONE {MON_IT} 2026 VIA DI CITTA"),
          keep=IBAN_IT, local=True),
    party("Estra", UTILITIES, ("m", 20), (-640, -380), mps_sdd("ESTRA ENERGIE SRL", "BOLLETTA N. {n10} ENERGIA ELETTRICA"), keep=SEPA_IT),
    party("Acquedotto del Fiora", UTILITIES, ("d", ["2026-05-18"]), -214.60, mps_sdd("ACQUEDOTTO DEL FIORA SPA", "FATT. {n10}"),
          keep=SEPA_IT),
    party("Fastweb", UTILITIES, ("m", 4, [0, 1]), -44.90, mps_sdd("FASTWEB SPA", "FATTURA M{n9}"), keep=SEPA_IT),
    party("Generali", INSURANCE, ("d", ["2026-04-20", "2026-06-03"]), [-684.00, -412.50],
          mps_sdd("ASSICURAZIONI GENERALI SPA", "POLIZZA N. {k[pol]} QUIETANZA"), keep={"pol": "digits:9", **SEPA_IT}),
    party("Rentokil Initial", "Other Expense", ("d", ["2026-05-06"]), -97.60,
          mps_sdd("RENTOKIL INITIAL ITALIA SPA", "CONTRATTO {k[ctr]} DERATTIZZAZIONE BIM."), keep={"ctr": "digits:7", **SEPA_IT}),
    party("Fatture in Cloud", SOFTWARE, ("d", ["2026-04-07"]), -190.32, mps_card("FATTUREINCLOUD.IT", "BERGAMO"), card=True),
    party("Aruba", SOFTWARE, ("d", ["2026-05-21"]), -6.10, mps_card("ARUBA SPA", "PONTE SAN PIETR"), card=True),
    party("Q8", TRAVEL, ("r", 2), (-70, -35), mps_card("Q8 STAZ. 3471 STRADA CASSIA", "SIENA"), card=True),
    party("Telepass", TRAVEL, ("m", 7, [1, 2]), (-48, -18), mps_sdd("TELEPASS SPA", "ADDEBITO PEDAGGI ESTRATTO {n9}"), keep=SEPA_IT),
    party("Google", MARKETING, ("r", 2), (-120, -30), mps_card("GOOGLE *ADS{n10}", "DUBLIN", "IRL"), card=True),
    # --- partners and bank ---
    party("Marco Ticci", OWNER, ("d", ["2026-05-04", "2026-06-30"]), (-2500, -2000), mps_out("TICCI MARCO", "PRELEVAMENTO SOCIO"),
          keep=IBAN_IT, local=True),
    party("Elisa Ticci", OWNER, ("d", ["2026-06-30"]), -2000.00, mps_out("TICCI ELISA", "PRELEVAMENTO SOCIO"), keep=IBAN_IT, local=True),
    party("", LOAN, ("m", 28), -845.12, "RATA MUTUO CHIROGRAFARIO N. {k[mutuo]} RATA {seq[mutuo]}/060", keep={"mutuo": "digits:9"}),
    party("", BANK_FEES, ("last",), -12.00, "CANONE MENSILE CONTO MPS BUSINESS DIGITAL"),
    party("", BANK_FEES, ("d", ["2026-06-30"]), -23.40, "COMPETENZE DI CHIUSURA AL 30.06.2026"),
    party("", TAXES, ("d", ["2026-06-30"]), -25.00, "IMPOSTA DI BOLLO E/C II TRIMESTRE 2026"),
    party("", INTERNAL, ("r", 1), -250.00, "PRELIEVO BANCOMAT MPS FIL. 2940 SIENA DEL {pd:%d/%m/%y} ORE {t} CARTA *{card}", card=True),
])


# ============================================================================================
# EU (PT): Lavandaria Ria Azul, Lda (industrial and self-service laundry), Aveiro -- Novo Banco
# ============================================================================================


def nb_card(merchant: str, town: str, country: str = "PRT") -> str:
    return "COMPRA CARTAO ****{card} " + merchant + " " + town + " " + country + " {pd:%d/%m}"


def nb_in(name: str, purpose: str) -> str:
    return "TRF SEPA DE " + name + " " + purpose


def nb_out(name: str, purpose: str) -> str:
    return "TRF SEPA P/ " + name + " " + purpose


def nb_dd(creditor: str, purpose: str) -> str:
    return "DEB DIRECTO SEPA " + creditor + " ADC {k[adc]} " + purpose


ADC = {"adc": "digits:11"}

LAUNDRY = Business("pt-laundry", "EU", "PT", (2025, 9), cards=1, goods=False, seq_start={"ft": 612, "credibom": 22}, parties=[
    party("", SALES, ("r", 5), (140, 720), "LIQ VENDAS TPA {k[tpa]} REF {n6}", share="tpa", keep={"tpa": "digits:7"}),
    party("", SALES, ("r", 3), (160, 540), "DEP NUMERARIO BALCAO 0372 AVEIRO"),
    party("", BANK_FEES, ("m", 3, [1, 2]), (-28, -12), "COMISSAO TPA {k[tpa]} {PMON_PT}", share="tpa", keep={"tpa": "digits:7"}),
    party("Hotel Canal Central", SERVICE, ("r", 3), (780, 2400), nb_in("HOTEL CANAL CENTRAL LDA", "FT {d:%Y}/{seq[ft]}"), local=True),
    party("Casa da Ria", SERVICE, ("r", 2), (180, 620), nb_in("CASA DA RIA ALOJAMENTO LOCAL UNIP LDA", "PAG FT {seq[ft]}"), local=True),
    party("Marisqueira do Cais", SERVICE, ("r", 2), (240, 690), nb_in("MARISQUEIRA DO CAIS LDA", "FATURA {seq[ft]}"), local=True),
    party("Clínica Dentária Beira-Ria", SERVICE, ("r", 1), 146.20, nb_in("CLINICA DENTARIA BEIRA RIA LDA", "FT {seq[ft]} FARDAS"),
          local=True),
    party("Centro Social Paroquial de Esgueira", SERVICE, ("r", 2), (420, 980),
          nb_in("CENTRO SOCIAL PAROQUIAL DE ESGUEIRA", "FT {seq[ft]} LAVAGEM ROUPA LAR"), local=True),
    party("Universidade de Aveiro", SERVICE, ("d", ["2025-10-22"]), 1934.40, nb_in("UNIVERSIDADE DE AVEIRO", "PAG FORN {n8} FT {seq[ft]}")),
    party("Ginásio Vita Aveiro", SERVICE, ("r", 1), 212.00, nb_in("GINASIO VITA AVEIRO LDA", "TOALHAS {PMON_PT}"), local=True),
    party("Ana Luísa Ferreira", SERVICE, ("r", 2), (18, 46), ["MB WAY DE ANA LUISA FERREIRA", "MB WAY DE ANA LUISA FERREIRA ENGOMAR"],
          local=True),
    party("João Pedro Santos", SERVICE, ("r", 1), 24.50, "MB WAY DE JOAO PEDRO SANTOS", local=True),
    party("Maria da Conceição Ribeiro", SERVICE, ("r", 1), (65, 180),
          nb_in("MARIA DA CONCEICAO RIBEIRO", "ROUPA AL RUA DIREITA"), local=True),
    party("IEFP", "Other Income", ("d", ["2025-11-06"]), 1567.50,
          nb_in("INSTITUTO DO EMPREGO E FORMACAO PROFISSIONAL IP", "APOIO CONTRATACAO {n8}")),
    party("Sofia Marques", OWNER, ("d", ["2025-09-08"]), 3000.00, nb_in("SOFIA MARQUES", "SUPRIMENTOS SOCIO"), local=True),
    party("Rui Miguel Marques", OWNER, ("d", ["2025-10-31", "2025-11-28"]), -1500.00, nb_out("RUI MIGUEL MARQUES", "ADIANT LUCROS"),
          local=True),
    # --- chemicals and machines ---
    party("Ecolab", SUPPLIES, ("r", 2), (-980, -340), nb_dd("ECOLAB LDA", "FT {n8}"), share="ecolab", keep=ADC),
    party("Ecolab", REFUNDS, ("d", ["2025-10-09"]), 118.45, nb_in("ECOLAB LDA", "NOTA CREDITO {n8}"), share="ecolab"),
    party("Christeyns", SUPPLIES, ("r", 1), (-760, -260), nb_out("CHRISTEYNS PORTUGAL LDA", "FT {n6}")),
    party("Grenke", EQUIPMENT, ("m", 1, [0, 1]), -612.30, nb_dd("GRENKE RENTING SA", "CONTRATO {k[ctr]}"), keep={"ctr": "digits:9", **ADC}),
    party("Electrolux Professional", EQUIPMENT, ("d", ["2025-11-12"]), -386.10,
          nb_out("ELECTROLUX PROFESSIONAL LDA", "ASSIST TECNICA SECADOR FT {n5}")),
    party("Credibom", LOAN, ("m", 8), -298.40, nb_dd("CREDIBOM IFIC SA", "CONTRATO {k[ctr]} PREST {seq[credibom]}/60"),
          keep={"ctr": "digits:10", **ADC}),
    party("", LOAN, ("m", 25, [0, 1]), -1104.88, "PREST EMPRESTIMO {k[ln]} CAPITAL E JUROS", keep={"ln": "digits:12"}),
    # --- energy, water, premises ---
    party("EDP", UTILITIES, ("m", 14, [0, 2]), (-980, -720), nb_dd("EDP COMERCIAL SA", "FT {n10}"), keep=ADC),
    party("Galp", UTILITIES, ("m", 18, [1, 2]), (-1350, -760), nb_dd("GALP POWER SA", "GAS NATURAL FT {n9}"), keep=ADC),
    party("Galp", TRAVEL, ("r", 1), (-72, -40), nb_card("GALP ESGUEIRA", "AVEIRO"), card=True),
    party("AdRA", UTILITIES, ("m", 22, [0, 1]), (-420, -260), nb_dd("ADRA AGUAS DA REGIAO DE AVEIRO SA", "FT {n9}"), keep=ADC),
    party("NOS", UTILITIES, ("m", 9, [1, 2]), -69.90, nb_dd("NOS COMUNICACOES SA", "FT {n10}"), keep=ADC),
    party("Prédios Beira-Mar", RENT, ("m", 8), -1650.00, nb_out("PREDIOS BEIRA-MAR LDA", "RENDA {MON_PT} ARMAZEM"), local=True),
    # --- staff and the state ---
    party("Carla Sofia Pinho", PAYROLL, ("last",), -845.30, nb_out("CARLA SOFIA PINHO", "ORDENADO {MON_PT}"), local=True),
    party("Rosa Maria Tavares", PAYROLL, ("last",), -902.14, nb_out("ROSA MARIA TAVARES", "ORDENADO {MON_PT}"), local=True),
    party("Ivone Gomes", PAYROLL, ("last", [1, 2]), -790.00, nb_out("IVONE GOMES", "ORDENADO {MON_PT}"), local=True),
    party("Segurança Social", PAYROLL, ("m", 20), (-1120, -980), "PAG SEG SOCIAL REF {n11}"),
    party("Autoridade Tributária", PAYROLL, ("m", 20), (-260, -180), "PAGAMENTO AO ESTADO REF {n15}"),
    party("Autoridade Tributária", TAXES, ("d", ["2025-11-20"]), -3420.18, "PAGAMENTO AO ESTADO REF {n15}"),
    party("Autoridade Tributária", TAXES, ("d", ["2025-09-30"]), -1260.00, "PAGAMENTO AO ESTADO REF {n15}"),
    party("Câmara Municipal de Aveiro", TAXES, ("d", ["2025-10-16"]), -96.40, "PAG SERVICOS ENT 20917 REF {n9} CM AVEIRO TAXA PUBLICIDADE"),
    party("Fidelidade", INSURANCE, ("m", 12, [0, 2]), -146.30, nb_dd("FIDELIDADE COMPANHIA DE SEGUROS SA", "APOLICE {k[pol]}"),
          keep={"pol": "digits:10", **ADC}),
    party("Gabinete de Contabilidade Ílhavo", PROFESSIONAL, ("m", 6, [0, 2]), -215.25,
          nb_out("GAB CONTABILIDADE ILHAVO LDA", "AVENCA {PMON_PT}"), local=True),
    party("Moloni", SOFTWARE, ("m", 4, [0, 1]), -22.14, nb_card("MOLONI", "PORTO"), card=True),
    party("Prio", TRAVEL, ("r", 1), -58.40, nb_card("PRIO ENERGY ILHAVO", "ILHAVO"), card=True),
    party("Via Verde", TRAVEL, ("m", 10, [1, 2]), (-38, -14), nb_dd("VIA VERDE PORTUGAL SA", "EXTRATO {n9}"), keep=ADC),
    party("Leroy Merlin", SUPPLIES, ("r", 1), -64.80, nb_card("LEROY MERLIN AVEIRO", "AVEIRO"), card=True),
    party("Google", MARKETING, ("r", 1), (-90, -30), nb_card("GOOGLE*ADS{n10}", "DUBLIN", "IRL"), card=True),
    party("Gráfica Aveirense", MARKETING, ("d", ["2025-09-16"]), -184.50, nb_out("GRAFICA AVEIRENSE LDA", "FT {n4} FOLHETOS"), local=True),
    party("", BANK_FEES, ("m", 2, [0, 1]), -9.50, "COMISSAO MANUTENCAO CONTA NB 100% NEGOCIOS"),
    party("", TAXES, ("m", 2, [0, 1]), -0.38, "IMPOSTO DO SELO S/ COMISSAO"),
    party("", INTERNAL, ("d", ["2025-10-15"]), -2000.00, "TRF P/ CONTA PROPRIA {k[acc]} POUPANCA EMPRESA", keep={"acc": "digits:11"}),
    party("", INTERNAL, ("r", 1), -100.00, "LEV NUMERARIO ATM {pd:%d/%m} AVEIRO FORUM ****{card}", card=True),
])


BUSINESSES = [ROOFING, QUILT, SURVEYOR, BOARDGAMES, COTTAGES, GOLDSMITH, GELATERIA, LAUNDRY]
EU_COUNTRY = {"de-goldsmith": "DE", "it-gelateria": "IT", "pt-laundry": "PT"}


def norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %"


def main() -> None:
    rng = random.Random(SEED)
    keep_rng = random.Random(KEEP_SEED)
    rows = []
    for biz in BUSINESSES:
        rows.extend(build_rows(biz, rng, keep_rng))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow([row[name] for name in HEADER])
    data = buffer.getvalue().encode("utf-8")
    OUT.write_bytes(data)

    total = len(rows)
    money_in = sum(1 for row in rows if not row["amount"].startswith("-"))
    print(f"wrote {OUT.name}: {total} rows, sha256 {hashlib.sha256(data).hexdigest()}")
    print("\nper business:")
    for biz in BUSINESSES:
        mine = [row for row in rows if row["business"] == biz.key]
        ins = sum(1 for row in mine if not row["amount"].startswith("-"))
        ents = {norm(row["entity"]) for row in mine if row["entity"]}
        print(f"  {biz.key:26} {len(mine):3} rows  {mine[0]['date'][:7]}..{mine[-1]['date'][:7]}  in {ins:3}  "
              f"entities {len(ents):3}  {'goods' if biz.goods else 'services'}")
    regions = Counter(row["region"] for row in rows)
    eu = Counter(EU_COUNTRY[row["business"]] for row in rows if row["region"] == "EU")
    print("\nregions:", ", ".join(f"{name} {regions[name]} ({pct(regions[name], total)})" for name in ("US", "UK", "EU")),
          "| EU:", ", ".join(f"{name} {eu[name]}" for name in ("DE", "IT", "PT")))
    print(f"money in {money_in} ({pct(money_in, total)}), money out {total - money_in}")

    display = {}
    per_entity = Counter()
    owners = defaultdict(set)
    for row in rows:
        if row["entity"]:
            key = norm(row["entity"])
            display.setdefault(key, row["entity"])
            per_entity[key] += 1
            owners[key].add(row["business"])
    with_entity = sum(per_entity.values())
    shared = sorted(display[key] for key, biz_set in owners.items() if len(biz_set) > 1)
    repeated = sum(count for count in per_entity.values() if count > 1)
    once = [display[key] for key, count in per_entity.items() if count == 1]
    mid = [key for key, count in per_entity.items() if 2 <= count <= 8]
    many = sorted(((count, display[key]) for key, count in per_entity.items() if count > 8), reverse=True)
    print(f"\n{len(display)} distinct entities; shared across businesses ({len(shared)}): {', '.join(shared)}")
    print(f"rows without entity: {total - with_entity} ({pct(total - with_entity, total)}); with entity {with_entity}")
    print(f"rows whose entity occurs more than once: {repeated} ({pct(repeated, with_entity)})")
    print(f"entities occurring 2-8 times: {len(mid)}, once: {len(once)}, more: "
          + ", ".join(f"{name} {count}" for count, name in many))
    local = sum(1 for row in rows if row["_local"])
    print(f"rows naming a local/invented counterparty: {local} ({pct(local, total)})")
    cats = Counter(row["category"] for row in rows)
    zero = [f"{name} 0" for name in sorted(CATEGORIES - set(cats))]
    print("\nrows per category: " + ", ".join([f"{name} {count}" for name, count in cats.most_common()] + zero))
    card_rows = [row for row in rows if row["_purchase"] is not None]
    lags = Counter((dt.date.fromisoformat(row["date"]) - row["_purchase"]).days for row in card_rows)
    print(f"card lines {len(card_rows)}, calendar-day lags {dict(sorted(lags.items()))}")


if __name__ == "__main__":
    main()
