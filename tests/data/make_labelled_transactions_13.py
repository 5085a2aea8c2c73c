#!/usr/bin/env python3
"""Generate ``labelled_transactions_13.csv``: the thirteenth, blind evaluation set.

Eight fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-12 uses: WaFd Bank (Mesa, Arizona), Pinnacle Bank (Murfreesboro, Tennessee) and Old National
Bank (Bloomington, Indiana) in the US; Ulster Bank (Ballymena, Northern Ireland) and Cynergy Bank
(Whitby, North Yorkshire) in the UK; Eurobank (Patras, Greek), Citadele (Engure, Latvian) and Bank
of Valletta (Xlendi, Gozo, English) in the euro area. Written blind: its author read only
``README.md``, the header line of ``labelled_transactions_12.csv``, the first 60 lines of
``make_labelled_transactions_12.py`` and the category names in ``categories.py``; not CashPilot's
code, vendor lists or rules, nor any earlier rows. Descriptions are written from general knowledge
of each bank's export style, not copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its signed amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed seed:
run the script twice and the CSV is byte-identical. Stable identifiers (mandates, creditor and
customer numbers, IBANs with valid check digits, ACH ids, policy and contract numbers) are drawn
once per counterparty (``keys``) or once per business (``shared``), in declaration order, from a
second fixed-seed generator.

Schedules:
  ``("m", day[, idx])``     monthly on ``day`` (next banking day), optionally only in month idx
  ``("last"[, idx])``       last banking day of the month
  ``("r", n)``              n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``     explicit dates (moved to the next banking day; card lines: purchase)
  ``("every", iso, step)``  every ``step`` days from ``iso`` (moved to the next banking day)
Amounts are signed: ``(lo, hi)`` uniform, a float (fixed), a list (one per occurrence, in
schedule order) or ``("choice", [..])``. Card lines (``card=True``): the schedule gives the
purchase date, which the template may print as ``{pd}``; the line posts 0-2 banking days later.
Template fields (``str.format``): ``{d}`` / ``{pd}`` / ``{pm}`` / ``{pe}`` posting date, purchase
date, first and last day of the previous month (strftime spec; a spec starting with ``^`` prints upper case), ``{a}``
``{ac}`` ``{ae}`` ``{au}`` the absolute amount (dot, comma, European and US grouping), ``{n6}``
``{X8}`` ``{A3}`` random digits / upper-case alphanumerics / letters, ``{t}`` ``{T}`` a time,
``{card}`` the card used, ``{k[name]}`` / ``{s[name]}`` a stable value of the counterparty / the
business, ``{inv}`` the business's next invoice number, ``{rf}`` a fresh ISO 11649 reference,
``{fx_GBP}`` / ``{rate_GBP}`` a foreign amount and its rate, ``{mon_gr}`` / ``{pmon_gr}`` the
Greek month (genitive) of the posting date / of the month before. ``ordered=True`` uses the
templates in occurrence order instead of at random.

Usage: python3 make_labelled_transactions_13.py  (writes the CSV next to it, prints counts).
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

SEED = 13_2026_1122
KEEP_SEED = 13_2026_1123
OUT = Path(__file__).with_name("labelled_transactions_13.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
}

GREEK_MONTHS = [
    "ΙΑΝΟΥΑΡΙΟΥ", "ΦΕΒΡΟΥΑΡΙΟΥ", "ΜΑΡΤΙΟΥ", "ΑΠΡΙΛΙΟΥ", "ΜΑΙΟΥ", "ΙΟΥΝΙΟΥ",
    "ΙΟΥΛΙΟΥ", "ΑΥΓΟΥΣΤΟΥ", "ΣΕΠΤΕΜΒΡΙΟΥ", "ΟΚΤΩΒΡΙΟΥ", "ΝΟΕΜΒΡΙΟΥ", "ΔΕΚΕΜΒΡΙΟΥ",
]
FX = {"GBP": 0.855, "USD": 1.165}

rng = random.Random(SEED)
keep = random.Random(KEEP_SEED)


# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------

def rand_str(r: random.Random, kind: str, n: int) -> str:
    pool = {"n": string.digits, "X": string.ascii_uppercase + string.digits,
            "A": string.ascii_uppercase}[kind]
    return "".join(r.choice(pool) for _ in range(n))


def mod97(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def iban(country: str, bban: str) -> str:
    return f"{country}{98 - mod97(bban + country + '00'):02d}{bban}"


BBAN_LEN = {"GR": 23, "LV": 17, "MT": 27, "DE": 18, "LT": 16, "IE": 18}


def make_iban(r: random.Random, arg: str) -> str:
    country, _, prefix = arg.partition(":")
    rest = BBAN_LEN[country] - len(prefix)
    if country == "MT" and len(prefix) == 4:  # bank code, then a 5-digit sort code
        prefix += rand_str(r, "n", 5)
        rest -= 5
    return iban(country, prefix + rand_str(r, "n", rest))


def rf_ref(r: random.Random) -> str:
    body = rand_str(r, "n", 21)
    return f"RF{98 - mod97(body + 'RF00'):02d}{body}"


def draw(spec: str) -> str:
    if spec.startswith("="):
        return spec[1:]
    m = re.fullmatch(r"([nXA])(\d+)", spec)
    if m:
        return rand_str(keep, m.group(1), int(m.group(2)))
    kind, _, arg = spec.partition(":")
    if kind == "iban":
        return make_iban(keep, arg)
    raise ValueError(spec)


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------

@dataclass
class Cp:
    entity: str
    category: str
    sched: tuple
    amount: object
    tpl: object
    card: bool = False
    keys: dict = field(default_factory=dict)
    ordered: bool = False


@dataclass
class Biz:
    bid: str
    region: str
    first: tuple
    holidays: set
    cards: list
    inv: int
    cps: list
    shared: dict = field(default_factory=dict)


class Day:
    """A date that formats through strftime; a spec starting with '^' prints upper case."""

    __slots__ = ("date",)

    def __init__(self, date: dt.date) -> None:
        self.date = date

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.date.isoformat()
        upper = spec.startswith("^")
        text = self.date.strftime(spec[1:] if upper else spec)
        return text.upper() if upper else text


def fmt_us(x: float) -> str:
    return f"{x:,.2f}"


def fmt_eu(x: float) -> str:
    return f"{x:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


class Ctx(dict):
    """Template fields; random noise is drawn on first use of each field in a row."""

    def __init__(self, state: dict, static: dict) -> None:
        super().__init__(static)
        self.state = state

    def __missing__(self, key: str) -> str:
        m = re.fullmatch(r"([nXA])(\d+)", key)
        if m:
            return rand_str(rng, m.group(1), int(m.group(2)))
        if key == "t":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if key == "T":
            return f"{rng.randint(7, 21):02d}{rng.randint(0, 59):02d}"
        if key == "inv":
            self.state["inv"] += 1
            return str(self.state["inv"])
        if key == "rf":
            return rf_ref(rng)
        m = re.fullmatch(r"(fx|rate)_([A-Z]{3})", key)
        if m:
            cur = m.group(2)
            if "rate_" + cur not in self:
                rate = round(FX[cur] * rng.uniform(0.985, 1.015), 4)
                self["rate_" + cur] = f"{rate:.4f}"
                self["fx_" + cur] = f"{self['_abs'] * rate:.2f}"
            return self[key]
        raise KeyError(key)


# --------------------------------------------------------------------------------------------
# calendar
# --------------------------------------------------------------------------------------------

def dates(*isos: str) -> set:
    return {dt.date.fromisoformat(x) for x in isos}


US_HOLIDAYS = dates(
    "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11",
    "2025-11-27", "2025-12-25", "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
)
NI_HOLIDAYS = dates("2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04")
EW_HOLIDAYS = dates("2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")
GR_HOLIDAYS = dates("2026-03-25", "2026-04-10", "2026-04-13", "2026-05-01", "2026-06-01")
LV_HOLIDAYS = dates("2025-04-18", "2025-04-21", "2025-05-01", "2025-05-05", "2025-06-23",
                    "2025-06-24")
MT_HOLIDAYS = dates("2025-08-15", "2025-09-08", "2025-09-21", "2025-12-08", "2025-12-13")


def is_banking(biz: Biz, d: dt.date) -> bool:
    if d.weekday() >= 5 or (d.month, d.day) in ((1, 1), (12, 25)):
        return False
    return d not in biz.holidays


def next_banking(biz: Biz, d: dt.date) -> dt.date:
    while not is_banking(biz, d):
        d += dt.timedelta(days=1)
    return d


def add_banking(biz: Biz, d: dt.date, n: int) -> dt.date:
    d = next_banking(biz, d)
    for _ in range(n):
        d = next_banking(biz, d + dt.timedelta(days=1))
    return d


def period(biz: Biz) -> tuple:
    y, m = biz.first
    months = []
    for i in range(3):
        mm = m + i
        months.append((y + (mm - 1) // 12, (mm - 1) % 12 + 1))
    start = dt.date(*months[0], 1)
    ly, lm = months[-1]
    end = dt.date(ly, lm, calendar.monthrange(ly, lm)[1])
    return months, start, end


def expand(biz: Biz, cp: Cp) -> list:
    """(posting date, purchase date) pairs for one counterparty."""
    months, start, end = period(biz)
    kind = cp.sched[0]
    raw: list = []
    if kind == "m":
        day = cp.sched[1]
        idx = cp.sched[2] if len(cp.sched) > 2 else range(3)
        for i, (y, m) in enumerate(months):
            if i in idx:
                raw.append(dt.date(y, m, min(day, calendar.monthrange(y, m)[1])))
    elif kind == "last":
        idx = cp.sched[1] if len(cp.sched) > 1 else range(3)
        for i, (y, m) in enumerate(months):
            if i in idx:
                d = dt.date(y, m, calendar.monthrange(y, m)[1])
                while not is_banking(biz, d):
                    d -= dt.timedelta(days=1)
                raw.append(d)
    elif kind == "r":
        span = (end - start).days - (3 if cp.card else 0)
        while len(raw) < cp.sched[1]:
            d = start + dt.timedelta(days=rng.randint(0, span))
            if (d.month, d.day) in ((1, 1), (12, 25)):
                continue
            if not cp.card and not is_banking(biz, d):
                continue
            raw.append(d)
    elif kind == "d":
        raw = [dt.date.fromisoformat(x) for x in cp.sched[1]]
    elif kind == "every":
        d = dt.date.fromisoformat(cp.sched[1])
        while d <= end:
            if d >= start:
                raw.append(d)
            d += dt.timedelta(days=cp.sched[2])
    else:
        raise ValueError(cp.sched)
    out = []
    for d in sorted(raw):
        if cp.card:
            lag = rng.choices([0, 1, 2], [0.45, 0.4, 0.15])[0]
            post = add_banking(biz, d, lag)
            while post > end:
                lag -= 1
                post = add_banking(biz, d, lag)
            out.append((post, d))
        else:
            post = next_banking(biz, d)
            if post <= end:
                out.append((post, post))
    return out


def amount_for(spec: object, i: int) -> float:
    if isinstance(spec, (int, float)):
        return float(spec)
    if isinstance(spec, list):
        return float(spec[i])
    if spec[0] == "choice":
        return float(rng.choice(spec[1]))
    lo, hi = spec
    return round(rng.uniform(lo, hi), 2)


# --------------------------------------------------------------------------------------------
# US: WaFd Bank, Mesa AZ -- Saguaro Blue Pool Service LLC (pool cleaning and repair)
# --------------------------------------------------------------------------------------------

def wafd(merchant: str, kind: str = "DEBIT CARD PURCHASE") -> str:
    return kind + " {pd:%m/%d} " + merchant + " CARD ENDING IN {card}"


def wafd_pin(merchant: str) -> str:
    return "POS PURCHASE {pd:%m/%d} {t} " + merchant + " CARD ENDING IN {card}"


def us_pool() -> Biz:
    s_rev, s_svc = "Sales Revenue", "Service Income"
    cps = [
        Cp("Stripe", s_rev, ("r", 6), (420, 2350), "ACH DEPOSIT STRIPE TRANSFER {k[id]} ST-{X12} CCD",
           keys={"id": "n10"}),
        Cp("Red Mountain Community Management", s_svc, ("m", 12), (1850, 2650),
           "ACH DEPOSIT RED MOUNTAIN COM VENDOR PMT {k[id]} CCD", keys={"id": "n10"}),
        Cp("Dobson Ranch Inn", s_svc, ("d", ["2025-05-21", "2025-07-22"]), 1150.00,
           "ACH DEPOSIT DOBSON RANCH INN PAYMENTS {k[id]} CCD", keys={"id": "n10"}),
        Cp("Tempe Lakeside HOA", s_svc, ("d", ["2025-06-09", "2025-07-08"]), (1380, 1920),
           "ACH DEPOSIT AVIDXCHANGE INC VENDOR PMT {k[id]} CCD TEMPE LAKESIDE HOA",
           keys={"id": "n10"}),
        Cp("Jennifer Okafor", s_svc, ("d", ["2025-05-05", "2025-06-03", "2025-07-02"]), 165.00,
           ["ZELLE FROM JENNIFER OKAFOR REF {X10} MAY POOL SVC",
            "ZELLE FROM JENNIFER OKAFOR REF {X10} JUNE",
            "ZELLE FROM JENNIFER OKAFOR REF {X10} POOL JULY"], ordered=True),
        Cp("Brian T Nguyen", s_svc, ("d", ["2025-06-02", "2025-07-01"]), 185.00,
           "ZELLE FROM BRIAN T NGUYEN REF {X10} POOL SERVICE"),
        Cp("Margaret Hollis", s_svc, ("d", ["2025-06-24"]), 475.00,
           "ZELLE FROM MARGARET HOLLIS REF {X10} GREEN POOL CLEANUP"),
        Cp("", s_svc, ("r", 1), (220, 980), "MOBILE DEPOSIT REF {n9}"),
        Cp("SCP Distributors", "Supplies & Materials", ("r", 4), (-165, -640),
           [wafd("SCP DISTRIBUTORS #214 MESA AZ"), wafd_pin("SCP DISTRIBUTORS #214 MESA AZ")],
           card=True),
        Cp("SCP Distributors", "Refunds", ("r", 1), (45, 120),
           wafd("SCP DISTRIBUTORS #214 MESA AZ", "DEBIT CARD RETURN"), card=True),
        Cp("Superior Pool Products", "Cost of Goods Sold", ("r", 2), (-310, -1180),
           wafd("SUPERIOR POOL PROD TEMPE AZ"), card=True),
        Cp("Home Depot", "Supplies & Materials", ("r", 1), (-24, -210),
           wafd_pin("THE HOME DEPOT #0473 MESA AZ"), card=True),
        Cp("Home Depot", "Refunds", ("r", 1), (18, 64),
           wafd("THE HOME DEPOT #0473 MESA AZ", "DEBIT CARD RETURN"), card=True),
        Cp("Circle K", "Travel", ("r", 3), (-52, -118), wafd_pin("CIRCLE K # 27415 MESA AZ"),
           card=True),
        Cp("Chrysler Capital", "Loan Repayment", ("m", 8), -689.42,
           "ACH WITHDRAWAL CHRYSLER CAPITAL AUTO PAY {k[id]} PPD {k[acct]}",
           keys={"id": "n10", "acct": "n10"}),
        Cp("Progressive", "Insurance", ("m", 3, [0, 1]), -412.77,
           "ACH WITHDRAWAL PROGRESSIVE INS INS PREM {k[id]} PPD", keys={"id": "n10"}),
        Cp("T-Mobile", "Utilities", ("m", 17, [1, 2]), -184.00,
           wafd("T-MOBILE*AUTO PAY 800-937-8997 WA", "RECURRING DEBIT CARD"), card=True),
        Cp("SRP", "Utilities", ("m", 18), (-240, -460), "ACH WITHDRAWAL SRP ONLINE PMT {k[id]} WEB",
           keys={"id": "n10"}),
        Cp("City of Mesa", "Utilities", ("m", 24, [0, 1]), (-62, -95),
           "ACH WITHDRAWAL CITY OF MESA UTILITY PMT {k[id]} PPD", keys={"id": "n10"}),
        Cp("Falcon Field Business Park", "Rent", ("m", 1), -1450.00,
           "BILL PAY FALCON FIELD BUSINES CONF {n8}"),
        Cp("Gusto", "Salaries & Payroll", ("every", "2025-05-14", 14), (-3350, -4650),
           "ACH WITHDRAWAL GUSTO NET {n6} {s[gusto]} CCD"),
        Cp("Gusto", "Salaries & Payroll", ("d", ["2025-05-14", "2025-06-11", "2025-07-23"]),
           (-1080, -1520), "ACH WITHDRAWAL GUSTO TAX {n6} {s[gusto]} CCD"),
        Cp("Gusto", "Software & Subscriptions", ("m", 5, [0, 2]), [-79.00, -85.00],
           "ACH WITHDRAWAL GUSTO FEE {n6} {s[gusto]} CCD"),
        Cp("Arizona Department of Revenue", "Taxes", ("m", 20), (-285, -540),
           "ACH WITHDRAWAL AZ DEPT OF REV TPT EPAY {k[id]} CCD", keys={"id": "n10"}),
        Cp("IRS", "Owner Draw / Contribution", ("d", ["2025-06-16"]), -3800.00,
           "ACH WITHDRAWAL IRS USATAXPYMT {n15} PPD"),
        Cp("Skimmer", "Software & Subscriptions", ("m", 9), -196.00,
           wafd("SKIMMER GETSKIMMER.COM TX", "RECURRING DEBIT CARD"), card=True),
        Cp("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -42.00,
           wafd("GOOGLE *WORKSPACE_SAGUAR CC@GOOGLE.COM CA", "RECURRING DEBIT CARD"), card=True),
        Cp("Intuit", "Software & Subscriptions", ("m", 22, [0, 1]), -99.00,
           wafd("INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA", "RECURRING DEBIT CARD"), card=True),
        Cp("Yelp", "Marketing & Advertising", ("m", 11, [0, 2]), -300.00,
           wafd("YELP INC 877-767-7217 CA", "RECURRING DEBIT CARD"), card=True),
        Cp("Mesa Trailer Sales", "Equipment", ("d", ["2025-06-07"]), -2850.00,
           wafd("SQ *MESA TRAILER SALES MESA AZ"), card=True),
        Cp("In-N-Out Burger", "Meals & Entertainment", ("r", 1), (-28, -64),
           wafd("IN N OUT BURGER 175 MESA AZ"), card=True),
        Cp("Desert Ledger Bookkeeping", "Professional Services", ("m", 6, [0, 1]), -325.00,
           "BILL PAY DESERT LEDGER BOOKKE CONF {n8}"),
        Cp("Arizona Leak Specialists", "Professional Services", ("r", 1), (-175, -350),
           "ZELLE TO ARIZONA LEAK SPECIALISTS REF {X10} LEAK DETECTION"),
        Cp("Ray Villalobos", "Owner Draw / Contribution",
           ("d", ["2025-05-30", "2025-06-30", "2025-07-31"]), [-2500.00, -2500.00, -3000.00],
           "ONLINE TRANSFER TO CHASE XXXXXX8812 RAY VILLALOBOS"),
        Cp("", "Internal Transfer", ("d", ["2025-06-20", "2025-07-18"]), [-2000.00, -1500.00],
           "ONLINE TRANSFER TO SAVINGS XXXXXX{s[sav]}"),
        Cp("", "Bank Fees", ("last",), -18.00, "MONTHLY SERVICE FEE"),
        Cp("", "Interest", ("last",), (1.10, 3.40), "INTEREST PAYMENT"),
        Cp("", "Internal Transfer", ("r", 1), -200.00,
           "ATM WITHDRAWAL {pd:%m/%d} WAFD BANK MESA MAIN MESA AZ CARD ENDING IN {card}", card=True),
    ]
    return Biz("us-pool-service", "US", (2025, 5), US_HOLIDAYS, ["4417", "2290"], 0, cps,
               shared={"gusto": "n10", "sav": "n4"})


# --------------------------------------------------------------------------------------------
# US: Pinnacle Bank, Murfreesboro TN -- Little Acorns Early Learning Center LLC (child care)
# --------------------------------------------------------------------------------------------

def pin(merchant: str, kind: str = "DBT CARD PURCHASE") -> str:
    return kind + " {pd:%m-%d} " + merchant + " XXXX{card}"


def us_childcare() -> Biz:
    dhs = "Tennessee Department of Human Services"
    cps = [
        Cp("Brightwheel", "Sales Revenue",
           ("d", ["2026-01-06", "2026-01-13", "2026-01-27", "2026-02-03", "2026-02-10",
                  "2026-03-03", "2026-03-10", "2026-03-24"]), (6400, 9800),
           "ACH CREDIT BRIGHTWHEEL PAYOUT {k[id]} LITTLE ACORNS EARLY", keys={"id": "n10"}),
        Cp(dhs, "Service Income", ("d", ["2026-01-14", "2026-02-11", "2026-03-11"]), (4200, 5600),
           "ACH CREDIT TN DEPT HUMAN SE CCCERT PMT {s[dhs]}"),
        Cp(dhs, "Other Income", ("d", ["2026-01-27", "2026-02-24", "2026-03-25"]), (1480, 2150),
           "ACH CREDIT TN DEPT HUMAN SE CACFP REIM {s[dhs]}"),
        Cp("", "Service Income", ("r", 2), (410, 1350), "MOBILE DEPOSIT #{n4}"),
        Cp("Kayla Brewer", "Service Income", ("d", ["2026-01-05", "2026-02-02"]), 285.00,
           ["ZELLE CREDIT KAYLA BREWER JAN TUITION LIAM",
            "ZELLE CREDIT KAYLA BREWER FEB TUITION LIAM"], ordered=True),
        Cp("Amazon", "Refunds", ("r", 1), (18, 46),
           pin("AMAZON MKTPL*{X9} AMZN.COM/BILL WA", "DBT CARD RETURN"), card=True),
        Cp("", "Internal Transfer", ("d", ["2026-02-26"]), 6000.00,
           "INTERNET TRANSFER FROM SAVINGS XXXXXX{s[sav]}"),
        Cp("ADP", "Salaries & Payroll", ("every", "2026-01-08", 14), (-14900, -17300),
           "ACH DEBIT ADP WAGE PAY WAGE PAY {n15} {s[adp]}"),
        Cp("ADP", "Salaries & Payroll",
           ("d", ["2026-01-08", "2026-01-22", "2026-02-19", "2026-03-05", "2026-03-19"]),
           (-4300, -5200), "ACH DEBIT ADP TAX ADP TAX {n15} {s[adp]}"),
        Cp("ADP", "Software & Subscriptions", ("d", ["2026-01-12", "2026-02-09", "2026-03-09"]),
           (-168, -231), "ACH DEBIT ADP PAYROLL FEES ADP FEES {n15}"),
        Cp("Sysco", "Cost of Goods Sold", ("r", 4), (-640, -1150),
           "ACH DEBIT SYSCO NASHVILLE PAYMENT {k[id]}", keys={"id": "n10"}),
        Cp("Kroger", "Cost of Goods Sold", ("r", 3), (-85, -260),
           pin("KROGER #0417 MURFREESBORO TN"), card=True),
        Cp("Sam's Club", "Supplies & Materials", ("r", 1), (-140, -330),
           pin("SAMSCLUB #6587 MURFREESBORO TN"), card=True),
        Cp("Lakeshore Learning", "Supplies & Materials", ("r", 1), (-90, -410),
           pin("LAKESHORE LEARNING 800-778-4456 CA"), card=True),
        Cp("Amazon", "Supplies & Materials", ("r", 2), (-35, -190),
           pin("AMAZON MKTPL*{X9} AMZN.COM/BILL WA"), card=True),
        Cp("Kaplan Early Learning", "Equipment", ("d", ["2026-02-10"]), -1384.50,
           pin("KAPLAN EARLY LEARNING 800-334-2014 NC"), card=True),
        Cp("Stones River Properties", "Rent", ("m", 1), -6200.00,
           "ACH DEBIT STONES RIVER PRO RENT {k[id]}", keys={"id": "n10"}),
        Cp("Middle Tennessee Electric", "Utilities", ("m", 16), (-690, -1150),
           "ACH DEBIT MIDDLE TENNESSEE ELEC PMT {k[id]}", keys={"id": "n10"}),
        Cp("Atmos Energy", "Utilities", ("m", 12), (-310, -640),
           "ACH DEBIT ATMOS ENERGY UTILITY {k[id]}", keys={"id": "n10"}),
        Cp("City of Murfreesboro", "Utilities", ("m", 20, [0, 1]), (-140, -230),
           "ACH DEBIT CITY OF MURFREES WATER BILL {k[id]}", keys={"id": "n10"}),
        Cp("Comcast", "Utilities", ("m", 9), -189.85,
           pin("COMCAST BUSINESS 800-391-3000 TN", "RECURRING DBT CARD"), card=True),
        Cp("Markel", "Insurance", ("m", 5), -418.00, "ACH DEBIT MARKEL INSURANCE PREMIUM {k[id]}",
           keys={"id": "n10"}),
        Cp("AmTrust", "Insurance", ("m", 20, [1, 2]), (-290, -340),
           "ACH DEBIT AMTRUST NORTH AM INS PREM {k[id]}", keys={"id": "n10"}),
        Cp("", "Loan Repayment", ("m", 15), -2140.55, "LOAN PAYMENT AUTO DEBIT LN XXXXXX{s[loan]}"),
        Cp("Brightwheel", "Software & Subscriptions", ("m", 3), -229.00,
           pin("BRIGHTWHEEL MYBRIGHTWHEEL.C CA", "RECURRING DBT CARD"), card=True),
        Cp("Meta", "Marketing & Advertising", ("r", 2), (-60, -150),
           pin("FACEBK *{X10} FB.ME/ADS CA"), card=True),
        Cp("Cason & Whitlow CPAs", "Professional Services", ("d", ["2026-01-20", "2026-03-16"]),
           (-450, -1250), "ONLINE BILL PAY CASON & WHITLOW CPA #{n8}"),
        Cp("Blue Raider Janitorial", "Professional Services", ("m", 28), -780.00,
           ["ZELLE DEBIT BLUE RAIDER JANITORIAL JAN CLEANING",
            "ZELLE DEBIT BLUE RAIDER JANITORIAL FEB CLEANING",
            "ZELLE DEBIT BLUE RAIDER JANITORIAL MAR CLEANING"], ordered=True),
        Cp("Terminix", "Other Expense", ("d", ["2026-02-17"]), -89.00,
           "ACH DEBIT TERMINIX SVC PEST CTRL {k[id]}", keys={"id": "n10"}),
        Cp("Rutherford County Trustee", "Taxes", ("d", ["2026-02-27"]), -612.40,
           "ONLINE BILL PAY RUTHERFORD CO TRUSTEE #{n8}"),
        Cp("Tennessee Department of Revenue", "Taxes", ("d", ["2026-02-27"]), -318.00,
           "ACH DEBIT TN DEPT OF REVEN BUS TAX {k[id]}", keys={"id": "n10"}),
        Cp("Chick-fil-A", "Meals & Entertainment", ("r", 1), (-48, -130),
           pin("CHICK-FIL-A #01829 MURFREESBORO TN"), card=True),
        Cp("Tamika Reynolds", "Owner Draw / Contribution", ("d", ["2026-01-30", "2026-03-31"]),
           [-3000.00, -3500.00], "ZELLE DEBIT TAMIKA REYNOLDS OWNER DRAW"),
        Cp("", "Internal Transfer", ("d", ["2026-01-16"]), -4000.00,
           "INTERNET TRANSFER TO SAVINGS XXXXXX{s[sav]}"),
        Cp("", "Bank Fees", ("m", 2), (-38, -62), "ANALYSIS SERVICE CHARGE"),
    ]
    return Biz("us-child-care", "US", (2026, 1), US_HOLIDAYS, ["7719", "3302"], 0, cps,
               shared={"dhs": "n10", "adp": "n10", "sav": "n4", "loan": "n4"})


# --------------------------------------------------------------------------------------------
# US: Old National Bank, Bloomington IN -- Hoosier Heat Sauce Co LLC (hot sauce maker)
# --------------------------------------------------------------------------------------------

def onb(merchant: str, kind: str = "DEBIT PURCHASE") -> str:
    return kind + " {pd:%m/%d} " + merchant + " CARD#{card}"


def onb_ach(direction: str, company: str, entry: str) -> str:
    return (direction + " ACH " + company + " TYPE: " + entry +
            " ID: {k[id]} NAME: HOOSIER HEAT SAUCE")


def us_hot_sauce() -> Biz:
    rev, cogs = "Sales Revenue", "Cost of Goods Sold"
    ind = "Indiana Department of Revenue"
    cps = [
        Cp("Shopify", rev, ("r", 7), (310, 2650), onb_ach("DEPOSIT", "SHOPIFY", "TRANSFER"),
           keys={"id": "n10"}),
        Cp("Amazon", rev, ("r", 3), (540, 1900), onb_ach("DEPOSIT", "AMAZON.COM SVCS", "EDI PYMNTS"),
           keys={"id": "n10"}),
        Cp("Faire", rev, ("r", 2), (380, 1450), onb_ach("DEPOSIT", "FAIRE WHOLESALE", "PAYOUT"),
           keys={"id": "n10"}),
        Cp("Shopify", "Financing", ("d", ["2025-10-21"]), 6500.00,
           onb_ach("DEPOSIT", "SHOPIFY CAPITAL", "LOAN"), keys={"id": "n10"}),
        Cp("Square", rev, ("r", 2), (240, 980),
           "DEPOSIT ACH SQUARE INC TYPE: {d:%y%m%d}P2 ID: {k[id]} NAME: HOOSIER HEAT SAUCE",
           keys={"id": "n10"}),
        Cp("Crossroads Specialty Foods", rev, ("r", 2), (1800, 3400),
           onb_ach("DEPOSIT", "CROSSROADS SPECI", "PAYABLES"), keys={"id": "n10"}),
        Cp("Limestone Market Co-op", rev, ("r", 2), (420, 880),
           onb_ach("DEPOSIT", "LIMESTONE MARKET", "VENDOR PMT"), keys={"id": "n10"}),
        Cp("Kirkwood Engineering", rev, ("d", ["2025-12-08"]), 2760.00,
           "DEPOSIT WIRE TRANSFER FROM KIRKWOOD ENGINEERING LLC REF {n6} OBI GIFT BOXES PO {n5}"),
        Cp("", "Bank Fees", ("d", ["2025-12-08"]), -15.00, "WITHDRAWAL INCOMING WIRE FEE"),
        Cp("", rev, ("d", ["2025-10-06", "2025-11-24", "2025-12-15"]), (160, 720),
           "DEPOSIT BRANCH 0457 BLOOMINGTON EAST"),
        Cp("Southside Smokehouse", rev, ("r", 2), (180, 360),
           "DEPOSIT ZELLE FROM SOUTHSIDE SMOKEHOUSE CONF {X9} INV {inv}"),
        Cp("Berlin Packaging", "Refunds", ("r", 1), (60, 110),
           "DEPOSIT ACH BERLIN PACKAGING TYPE: REFUND ID: {s[berlin]} NAME: HOOSIER HEAT SAUCE"),
        Cp("Priya Raman", "Owner Draw / Contribution", ("d", ["2025-10-03"]), 5000.00,
           "DEPOSIT ZELLE FROM PRIYA RAMAN CONF {X9} CAPITAL"),
        Cp("Owen County Pepper Farm", cogs, ("d", ["2025-10-07", "2025-10-16", "2025-10-28"]),
           (-420, -1150), "WITHDRAWAL ZELLE TO OWEN COUNTY PEPPER FARM CONF {X9} PEPPERS"),
        Cp("Berlin Packaging", cogs, ("r", 3), (-640, -1480),
           "WITHDRAWAL ACH BERLIN PACKAGING TYPE: PAYMENT ID: {s[berlin]} NAME: HOOSIER HEAT SAUCE"),
        Cp("Lightning Labels", cogs, ("r", 2), (-180, -420),
           onb("LIGHTNING LABELS 303-4570233 CO"), card=True),
        Cp("WebstaurantStore", cogs, ("r", 1), (-95, -380),
           onb("WEBSTAURANTSTORE 717-392-7472 PA"), card=True),
        Cp("Restaurant Depot", cogs, ("r", 1), (-140, -460),
           "POS PURCHASE {pd:%m/%d} {t} RESTAURANT DEPOT #441 INDIANAPOLIS IN CARD#{card}",
           card=True),
        Cp("Pirate Ship", cogs, ("r", 3), (-45, -310), onb("PIRATE SHIP POSTAGE PIRATESHIP.COM WA"),
           card=True),
        Cp("Uline", cogs, ("r", 1), (-230, -260), onb("ULINE *SHIP SUPPLIES 800-295-5510 WI"),
           card=True),
        Cp("Monroe Commons Kitchen", "Rent", ("m", 5), (-640, -980),
           onb_ach("WITHDRAWAL", "MONROE COMMONS K", "KITCHEN"), keys={"id": "n10"}),
        Cp("Homebase", "Salaries & Payroll", ("every", "2025-10-09", 14), (-1150, -1950),
           "WITHDRAWAL ACH HOMEBASE TYPE: PAYROLL ID: {s[homebase]} NAME: HOOSIER HEAT SAUCE"),
        Cp("Homebase", "Software & Subscriptions", ("m", 12, [0, 2]), -49.95,
           "WITHDRAWAL ACH HOMEBASE TYPE: SUBSCRIPT ID: {s[homebase]} NAME: HOOSIER HEAT SAUCE"),
        Cp(ind, "Taxes", ("m", 20), (-210, -560),
           "WITHDRAWAL ACH IN DEPT OF REVEN TYPE: SALES TAX ID: {s[indor]} NAME: HOOSIER HEAT SAUCE"),
        Cp(ind, "Salaries & Payroll", ("m", 30, [0, 1]), (-95, -160),
           "WITHDRAWAL ACH IN DEPT OF REVEN TYPE: WH-1 ID: {s[indor]} NAME: HOOSIER HEAT SAUCE"),
        Cp("SBA", "Loan Repayment", ("m", 28), -731.00,
           onb_ach("WITHDRAWAL", "SBA EIDL LOAN", "PAYMENT"), keys={"id": "n10"}),
        Cp("Indiana Farm Bureau Insurance", "Insurance", ("m", 10, [0, 1]), -214.60,
           onb_ach("WITHDRAWAL", "INDIANA FARM BUR", "INS PREM"), keys={"id": "n10"}),
        Cp("Verizon", "Utilities", ("m", 19), -96.42,
           onb("VZWRLSS*MY VZ VB P 800-922-0204 FL", "RECURRING DEBIT PURCHASE"), card=True),
        Cp("Shopify", "Software & Subscriptions", ("m", 14, [1, 2]), -39.00,
           onb("SHOPIFY* {n9} SHOPIFY.COM/CH CA", "RECURRING DEBIT PURCHASE"), card=True),
        Cp("Klaviyo", "Software & Subscriptions", ("m", 21, [0, 1]), -60.00,
           onb("KLAVIYO INC. KLAVIYO.COM MA", "RECURRING DEBIT PURCHASE"), card=True),
        Cp("Meta", "Marketing & Advertising", ("r", 2), (-55, -240), onb("FACEBK *{X10} FB.ME/ADS CA"),
           card=True),
        Cp("Google", "Marketing & Advertising", ("r", 2), (-80, -210),
           onb("GOOGLE *ADS{n10} CC@GOOGLE.COM CA"), card=True),
        Cp("Bloomington Holiday Market", "Marketing & Advertising", ("d", ["2025-11-08"]), -175.00,
           onb("SQ *BLOOMINGTON HOLIDA BLOOMINGTON IN"), card=True),
        Cp("Speedway", "Travel", ("r", 1), (-38, -72),
           "POS PURCHASE {pd:%m/%d} {t} SPEEDWAY 06714 BLOOMINGTON IN CARD#{card}", card=True),
        Cp("Hampton Inn", "Travel", ("d", ["2025-11-13"]), -189.00,
           onb("HAMPTON INN INDIANAPOLIS INDIANAPOLIS IN"), card=True),
        Cp("Sample Gates Accounting", "Professional Services", ("d", ["2025-10-15", "2025-12-15"]),
           -275.00, "WITHDRAWAL ZELLE TO SAMPLE GATES ACCOUNTING CONF {X9}"),
        Cp("Purdue University", "Professional Services", ("d", ["2025-10-22"]), -250.00,
           onb("PURDUE UNIV FOOD SCIENCE WEST LAFAYETT IN"), card=True),
        Cp("KaTom Restaurant Supply", "Equipment", ("d", ["2025-11-02"]), -1289.00,
           onb("KATOM RESTAURANT SUPPLY 865-932-3011 TN"), card=True),
        Cp("Kirkwood Taphouse", "Meals & Entertainment", ("r", 1), (-46, -92),
           onb("KIRKWOOD TAPHOUSE BLOOMINGTON IN"), card=True),
        Cp("Priya Raman", "Owner Draw / Contribution", ("d", ["2025-11-28", "2025-12-30"]),
           [-2000.00, -2500.00], "WITHDRAWAL ZELLE TO PRIYA RAMAN CONF {X9} OWNER DRAW"),
        Cp("", "Internal Transfer", ("d", ["2025-11-17", "2025-12-22"]), [-1500.00, -3000.00],
           "WITHDRAWAL ONLINE TRANSFER TO SAVINGS XXXXXX{s[sav]}"),
        Cp("", "Bank Fees", ("last",), -12.00, "SERVICE CHARGE BUSINESS CHECKING"),
    ]
    return Biz("us-hot-sauce-maker", "US", (2025, 10), US_HOLIDAYS, ["6053", "1184"], 1180, cps,
               shared={"berlin": "n10", "homebase": "n10", "indor": "n10", "sav": "n4"})


# --------------------------------------------------------------------------------------------
# UK: Ulster Bank, Ballymena NI -- McAllister Funeral Directors Ltd
# --------------------------------------------------------------------------------------------

def ulster_pos(merchant: str) -> str:
    return "POS {card} {pd:^%d%b%y} " + merchant


def ulster_fp_in(name: str, ref: str) -> str:
    return "BAC " + name + " " + ref + " FP {d:%d/%m/%y} {T} {n18}"


def ulster_fp_out(name: str, ref: str) -> str:
    return "DPC " + name + " " + ref + " FP {d:%d/%m/%y} {T} VIA BANKLINE"


def uk_funeral() -> Biz:
    svc, cogs = "Service Income", "Cost of Goods Sold"
    cps = [
        Cp("J McKeown", svc, ("d", ["2026-02-09", "2026-02-27"]), [1500.00, 3245.00],
           [ulster_fp_in("J MCKEOWN", "DEPOSIT MCKEOWN"),
            ulster_fp_in("J MCKEOWN", "FUNERAL BALANCE")], ordered=True),
        Cp("S Doherty", svc, ("d", ["2026-03-02", "2026-03-20"]), [1000.00, 2890.50],
           [ulster_fp_in("MRS S DOHERTY", "FUNERAL DEPOSIT"),
            ulster_fp_in("MRS S DOHERTY", "BAL INV {inv}")], ordered=True),
        Cp("Patricia Kerr", svc, ("d", ["2026-02-18"]), 4125.00,
           ulster_fp_in("PATRICIA KERR", "MUM FUNERAL")),
        Cp("Anne-Marie O'Hara", svc, ("d", ["2026-04-14"]), 3680.00,
           ulster_fp_in("ANNE-MARIE OHARA", "O HARA FUNERAL")),
        Cp("K Beattie", svc, ("d", ["2026-03-24", "2026-04-22"]), [1200.00, 2950.00],
           ulster_fp_in("K BEATTIE", "BEATTIE FUNERAL")),
        Cp("D Wylie", svc, ("d", ["2026-04-02"]), 3975.00, ulster_fp_in("MR D WYLIE", "INV {inv}")),
        Cp("", svc, ("r", 2), (850, 4200), "DEP CHEQUES PAID IN BALLYMENA 98-02-30"),
        Cp("", svc, ("r", 1), (300, 900), "CDM CASH DEPOSIT BALLYMENA"),
        Cp("Adair & Gillespie", svc, ("d", ["2026-02-24", "2026-04-09"]), (3800, 5200),
           [ulster_fp_in("ADAIR & GILLESPIE", "EST LATE T REID"),
            ulster_fp_in("ADAIR & GILLESPIE", "EST LATE M AGNEW")], ordered=True),
        Cp("Crawford Logan", svc, ("d", ["2026-03-27"]), 4410.00,
           ulster_fp_in("CRAWFORD LOGAN", "ESTATE J BOYD DECD")),
        Cp("Department for Communities", svc, ("d", ["2026-03-05", "2026-04-16"]), (1450, 2300),
           "BAC DEPT FOR COMMUNITI FUNERAL EXP PAYMENT {n7}"),
        Cp("Golden Charter", svc, ("d", ["2026-02-13", "2026-04-08"]), (3100, 4300),
           "BAC GOLDEN CHARTER LTD PLAN {n8}"),
        Cp("Worldpay", "Sales Revenue", ("r", 3), (900, 3600),
           "BAC WORLDPAY {s[mid]} SETTLEMENT {d:%d%m%y}"),
        Cp("Worldpay", "Bank Fees", ("m", 8, [0, 1]), (-24, -48), "D/D WORLDPAY (UK) LTD {s[mid]}"),
        Cp("Lagan Valley Coffins", cogs, ("r", 3), (-480, -1350),
           ulster_fp_out("LAGAN VALLEY COFFI", "INV {n5}")),
        Cp("Belfast City Council", cogs, ("r", 2), -772.00,
           ulster_fp_out("BELFAST CITY COUNC", "ROSELAWN {n6}")),
        Cp("Mid and East Antrim Borough Council", cogs, ("r", 2), (-620, -980),
           ulster_fp_out("MID AND EAST ANTRI", "INTERMENT {n5}")),
        Cp("D Patterson", cogs, ("r", 2), (-100, -150),
           ulster_fp_out("REV D PATTERSON", "FUNERAL SERVICE")),
        Cp("M Gilmore", cogs, ("r", 1), (-60, -80), ulster_fp_out("M GILMORE", "ORGANIST")),
        Cp("Belfast Telegraph", cogs, ("r", 1), (-95, -180),
           ulster_pos("BELFAST TELEGRAPH NOTI BELFAST GB"), card=True),
        Cp("Funeral Times", cogs, ("r", 2), (-35, -60), ulster_pos("FUNERALTIMES.COM BELFAST GB"),
           card=True),
        Cp("Ballymena Guardian", cogs, ("r", 2), (-70, -140),
           ulster_fp_out("BALLYMENA GUARDIAN", "DEATH NOTICE")),
        Cp("Petals Florist", cogs, ("r", 2), (-85, -260),
           ulster_pos("SUMUP *PETALS FLORIST BALLYMENA GB"), card=True),
        Cp("Braid Arms Hotel", cogs, ("r", 2), (-380, -920),
           ulster_fp_out("BRAID ARMS HOTEL", "FUNERAL TEA")),
        Cp("Ulster Mortuary Supplies", "Supplies & Materials", ("r", 1), (-140, -420),
           ulster_fp_out("ULSTER MORTUARY SU", "INV {n6}")),
        Cp("Aldermore", "Loan Repayment", ("m", 12), -1184.60, "D/D ALDERMORE BANK PLC {k[agr]}",
           keys={"agr": "n9"}),
        Cp("Maxol", "Travel", ("r", 2), (-55, -95), ulster_pos("MAXOL BALLYMENA BALLYMENA GB"),
           card=True),
        Cp("SSE Airtricity", "Utilities", ("m", 19), (-280, -460), "D/D SSE AIRTRICITY {k[acct]}",
           keys={"acct": "n10"}),
        Cp("NI Water", "Utilities", ("d", ["2026-03-10"]), -190.36,
           "D/D NORTHERN IRELAND W {k[acct]}", keys={"acct": "n10"}),
        Cp("BT", "Utilities", ("m", 24, [0, 1]), -78.00, "D/D BT GROUP PLC {k[acct]}",
           keys={"acct": "n10"}),
        Cp("Braid Valley Oils", "Utilities", ("d", ["2026-02-16"]), -640.00,
           ulster_fp_out("BRAID VALLEY OILS", "HEATING OIL")),
        Cp("Land & Property Services", "Taxes", ("d", ["2026-04-01"]), -412.00,
           "D/D LAND & PROPERTY SE RATES {k[ref]}", keys={"ref": "n9"}),
        Cp("K Stewart", "Salaries & Payroll", ("last",), -1840.00,
           ulster_fp_out("K STEWART", "WAGES {d:^%b}")),
        Cp("P McCann", "Salaries & Payroll", ("last",), -1620.00,
           ulster_fp_out("P MCCANN", "WAGES {d:^%b}")),
        Cp("HMRC", "Salaries & Payroll", ("m", 19), (-780, -920),
           [ulster_fp_out("HMRC CUMBERNAULD", "{s[aor]}2610"),
            ulster_fp_out("HMRC CUMBERNAULD", "{s[aor]}2611"),
            ulster_fp_out("HMRC CUMBERNAULD", "{s[aor]}2612")], ordered=True),
        Cp("NEST", "Salaries & Payroll", ("m", 26), (-140, -190), "D/D NEST {k[ref]}",
           keys={"ref": "n9"}),
        Cp("HMRC", "Taxes", ("d", ["2026-03-02"]), -4318.62,
           ulster_fp_out("HMRC CUMBERNAULD", "{s[utr]}A00126A")),
        Cp("NFU Mutual", "Insurance", ("m", 7), -286.45, "D/D NFU MUTUAL {k[pol]}",
           keys={"pol": "n8"}),
        Cp("NAFD", "Software & Subscriptions", ("d", ["2026-04-01"]), -495.00,
           "D/D NAFD LTD {k[mem]}", keys={"mem": "n6"}),
        Cp("Xero", "Software & Subscriptions", ("m", 3), -42.00, "D/D XERO UK LTD {n8}"),
        Cp("Funeral Guide", "Marketing & Advertising", ("m", 14, [0, 2]), -60.00,
           "D/D FUNERAL GUIDE LTD {k[ref]}", keys={"ref": "n7"}),
        Cp("Boyd Rainey Accountants", "Professional Services", ("d", ["2026-02-12"]), -960.00,
           ulster_fp_out("BOYD RAINEY ACCOUN", "YE ACCOUNTS")),
        Cp("N McAllister", "Owner Draw / Contribution", ("d", ["2026-02-27", "2026-04-30"]),
           -2500.00, ulster_fp_out("N MCALLISTER", "DIVIDEND")),
        Cp("", "Internal Transfer", ("d", ["2026-03-31"]), -5000.00,
           "TFR TO 980230 {s[res]} BUSINESS RESERVE"),
        Cp("", "Bank Fees", ("m", 10), (-18, -34), "CHG ACCOUNT CHARGES TO {pe:^%d%b%y}"),
        Cp("", "Internal Transfer", ("r", 1), -200.00,
           "ATM {card} {pd:^%d%b%y} ULSTER BANK BALLYMENA", card=True),
        Cp("Antrim Refrigeration", "Equipment", ("d", ["2026-03-12"]), -385.00,
           ulster_fp_out("ANTRIM REFRIGERATI", "MORTUARY UNIT REPAIR")),
    ]
    return Biz("uk-funeral-director", "UK", (2026, 2), NI_HOLIDAYS, ["5719"], 2210, cps,
               shared={"mid": "n8", "aor": "=475PA0041837", "utr": "n10", "res": "n8"})


# --------------------------------------------------------------------------------------------
# UK: Cynergy Bank, Whitby -- The Golden Haddock (fish and chip shop, sole trader)
# --------------------------------------------------------------------------------------------

def cyn(merchant: str, kind: str = "CARD PAYMENT") -> str:
    return kind + " " + merchant + " {pd:%d/%m/%y} ****{card}"


def uk_chip_shop() -> Biz:
    rev, cogs = "Sales Revenue", "Cost of Goods Sold"
    cash_days = ["2025-07-07", "2025-08-18", "2025-09-15"]
    cps = [
        Cp("Dojo", rev, ("r", 8), (620, 2450), "BACS CREDIT PAYMENTSENSE LTD DOJO {s[mid]}"),
        Cp("Just Eat", rev, ("d", ["2025-07-08", "2025-07-22", "2025-08-05", "2025-08-19",
                                   "2025-09-09"]), (380, 1150),
           "BACS CREDIT JUST EAT.CO.UK LTD {k[id]}", keys={"id": "n7"}),
        Cp("Uber Eats", rev, ("r", 2), (210, 640), "BACS CREDIT UBER EATS {n8}"),
        Cp("", rev, ("d", cash_days), [1240.00, 1370.00, 905.00],
           "CASH DEPOSIT POST OFFICE WHITBY"),
        Cp("", "Bank Fees", ("d", cash_days), [-4.34, -4.80, -3.17], "CASH DEPOSIT CHARGE"),
        Cp("Moorland Coach Tours", rev, ("d", ["2025-07-14", "2025-08-26"]), [312.00, 288.00],
           "INWARD PAYMENT MOORLAND COACH TOU REF GROUP MEALS {n4}"),
        Cp("Booker", "Refunds", ("r", 1), (18, 46), cyn("BOOKER LTD SCARBOROUGH GB", "CARD REFUND"),
           card=True),
        Cp("Esk Quay Fish Merchants", cogs, ("r", 4), (-620, -1480),
           "OUTWARD PAYMENT ESK QUAY FISH MERC REF INV {n5}"),
        Cp("Ryedale Potatoes", cogs, ("r", 2), (-240, -420),
           "OUTWARD PAYMENT RYEDALE POTATOES REF GH{n4}"),
        Cp("Booker", cogs, ("r", 2), (-180, -520), cyn("BOOKER LTD SCARBOROUGH GB"), card=True),
        Cp("Olleco", cogs, ("m", 20, [0, 2]), (-310, -460), "DIRECT DEBIT OLLECO {k[ref]}",
           keys={"ref": "n8"}),
        Cp("Kingsmead Packaging", cogs, ("r", 1), (-260, -390),
           "OUTWARD PAYMENT KINGSMEAD PACKAGIN REF INV{n5}"),
        Cp("Coca-Cola Europacific Partners", cogs, ("d", ["2025-07-24", "2025-09-04"]),
           (-140, -260), "DIRECT DEBIT COCA-COLA EUROPACI {k[acct]}", keys={"acct": "n9"}),
        Cp("Pier Road Estates", "Rent", ("m", 1), -1650.00,
           "STANDING ORDER PIER ROAD ESTATES GOLDEN HADDOCK RENT"),
        Cp("British Gas", "Utilities", ("m", 14), (-380, -620),
           "DIRECT DEBIT BRITISH GAS BUSINE {k[acct]}", keys={"acct": "n10"}),
        Cp("Octopus Energy", "Utilities", ("m", 21), (-420, -690),
           "DIRECT DEBIT OCTOPUS ENERGY {k[acct]}", keys={"acct": "=A-5C91E04D"}),
        Cp("Yorkshire Water", "Utilities", ("m", 10, [1]), (-88, -120),
           "DIRECT DEBIT YORKSHIRE WATER {k[acct]}", keys={"acct": "n10"}),
        Cp("Vodafone", "Utilities", ("m", 25), -44.00, "DIRECT DEBIT VODAFONE LIMITED {k[acct]}",
           keys={"acct": "n9"}),
        Cp("North Yorkshire Council", "Taxes", ("m", 1), -318.00,
           "DIRECT DEBIT NORTH YORKSHIRE CO NNDR {s[nyc]}"),
        Cp("North Yorkshire Council", "Utilities", ("d", ["2025-08-11"]), -186.40,
           "DIRECT DEBIT NORTH YORKSHIRE CO TRADE WASTE {n6}"),
        Cp("J Pearson", "Salaries & Payroll", ("last",), (-1280, -1480),
           "OUTWARD PAYMENT J PEARSON REF WAGES {d:^%b}"),
        Cp("L Hodgson", "Salaries & Payroll", ("last", [0, 1]), (-960, -1140),
           "OUTWARD PAYMENT L HODGSON REF WAGES {d:^%b}"),
        Cp("HMRC", "Salaries & Payroll", ("m", 19), (-260, -380),
           ["OUTWARD PAYMENT HMRC CUMBERNAULD REF {s[aor]}2603",
            "OUTWARD PAYMENT HMRC CUMBERNAULD REF {s[aor]}2604",
            "OUTWARD PAYMENT HMRC CUMBERNAULD REF {s[aor]}2605"], ordered=True),
        Cp("NEST", "Salaries & Payroll", ("m", 27), (-60, -95), "DIRECT DEBIT NEST {k[ref]}",
           keys={"ref": "n9"}),
        Cp("HMRC", "Taxes", ("d", ["2025-08-07"]), -3120.48,
           "OUTWARD PAYMENT HMRC VAT REF {s[vrn]}"),
        Cp("Simply Business", "Insurance", ("m", 4), -96.12,
           "DIRECT DEBIT SIMPLY BUSINESS {k[ref]}", keys={"ref": "n8"}),
        Cp("Epos Now", "Software & Subscriptions", ("m", 8), -39.00, "DIRECT DEBIT EPOS NOW LTD {n6}"),
        Cp("Shire Leasing", "Loan Repayment", ("m", 15), -287.50,
           "DIRECT DEBIT SHIRE LEASING PLC HP{k[agr]}", keys={"agr": "n7"}),
        Cp("Northern Frying Ranges", "Equipment", ("d", ["2025-08-13"]), -245.00,
           "OUTWARD PAYMENT NORTHERN FRYING RA REF SERVICE {n4}"),
        Cp("Moorside Pest Control", "Other Expense", ("d", ["2025-09-02"]), -54.00,
           "DIRECT DEBIT MOORSIDE PEST CONT {k[ref]}", keys={"ref": "n6"}),
        Cp("Meta", "Marketing & Advertising", ("r", 1), (-40, -95),
           "CARD PAYMENT FACEBK *{X10} FB.ME/ADS IE {pd:%d/%m/%y} ****{card}", card=True),
        Cp("Esso", "Travel", ("r", 1), (-45, -70), cyn("ESSO WHITBY WHITBY GB"), card=True),
        Cp("S Wilkinson", "Owner Draw / Contribution",
           ("d", ["2025-07-31", "2025-08-29", "2025-09-30"]), [-1500.00, -1500.00, -2000.00],
           "OUTWARD PAYMENT S WILKINSON REF DRAWINGS"),
        Cp("", "Internal Transfer", ("d", ["2025-08-29"]), -3000.00,
           "TRANSFER TO ACCOUNT ******{s[sav]} BUSINESS SAVINGS"),
        Cp("", "Bank Fees", ("m", 1), -12.50, "MONTHLY ACCOUNT FEE"),
        Cp("Larpool Accountants", "Professional Services", ("d", ["2025-07-16"]), -420.00,
           "OUTWARD PAYMENT LARPOOL ACCOUNTANT REF TAX RETURN 24/25"),
        Cp("Screwfix", "Supplies & Materials", ("r", 1), (-18, -45), cyn("SCREWFIX WHITBY GB"),
           card=True),
    ]
    return Biz("uk-chip-shop", "UK", (2025, 7), EW_HOLIDAYS, ["2268"], 0, cps,
               shared={"mid": "n8", "nyc": "n8", "aor": "=120PX0097714", "vrn": "n9",
                       "sav": "n4"})


# --------------------------------------------------------------------------------------------
# EU (GR): Eurobank, Patras -- pharmacy of Aikaterini Spyropoulou (sole proprietor)
# --------------------------------------------------------------------------------------------

def eb_card(merchant: str) -> str:
    return "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ****{card} " + merchant + " {pd:%d/%m/%Y}"


def eb_out(name: str, reason: str) -> str:
    return "ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΠΡΟΣ {k[iban]} " + name + " " + reason


def gr_pharmacy() -> Biz:
    rev, cogs = "Sales Revenue", "Cost of Goods Sold"
    coop = "Φαρμακευτικός Συνεταιρισμός Αχαΐας"
    cps = [
        Cp("ΕΟΠΥΥ", rev, ("d", ["2026-03-20", "2026-04-21", "2026-05-20"]), (9400, 15800),
           ["ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΕΟΠΥΥ ΕΞΟΦΛΗΣΗ ΣΥΝΤΑΓΩΝ 01/2026",
            "ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΕΟΠΥΥ ΕΞΟΦΛΗΣΗ ΣΥΝΤΑΓΩΝ 02/2026",
            "ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΕΟΠΥΥ ΕΞΟΦΛΗΣΗ ΣΥΝΤΑΓΩΝ 03/2026"], ordered=True),
        Cp("Worldline", rev, ("r", 8), (280, 1750),
           "ΠΙΣΤΩΣΗ ΣΥΝΑΛΛΑΓΩΝ POS WORLDLINE GREECE MID {s[mid]} BATCH {n4}"),
        Cp("", rev, ("r", 3), (350, 1400), "ΚΑΤΑΘΕΣΗ ΜΕΤΡΗΤΩΝ ΣΕ ATM ΠΑΤΡΑ ΡΗΓΑ ΦΕΡΑΙΟΥ"),
        Cp("Skroutz", rev, ("r", 3), (180, 640),
           "ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ SKROUTZ ΑΕ ΕΚΚΑΘΑΡΙΣΗ ΠΑΡΑΓΓΕΛΙΩΝ {n6}"),
        Cp("Οίκος Ευγηρίας Άγιος Νικόλαος", rev, ("d", ["2026-03-12", "2026-05-14"]), (420, 980),
           "ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΟΙΚΟΣ ΕΥΓΗΡΙΑΣ ΑΓΙΟΣ ΝΙΚΟΛΑΟΣ ΜΟΝ. ΙΚΕ ΕΞΟΦΛΗΣΗ ΤΙΜ. {inv}"),
        Cp("Φαρμακαποθήκη Κωνσταντινίδη", "Refunds", ("d", ["2026-04-24"]), 86.40,
           "ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΦΑΡΜΑΚΑΠΟΘΗΚΗ ΚΩΝΣΤΑΝΤΙΝΙΔΗ ΑΕ ΠΙΣΤΩΤΙΚΟ {n5}"),
        Cp(coop, cogs, ("r", 4), (-2900, -8800),
           eb_out("ΦΑΡΜΑΚΕΥΤΙΚΟΣ ΣΥΝΕΤΑΙΡΙΣΜΟΣ ΑΧΑΙΑΣ ΣΥΝ.Π.Ε.", "ΕΞΟΦΛΗΣΗ ΚΑΡΤΕΛΑΣ {k[cust]}"),
           keys={"iban": "iban:GR:0110", "cust": "n5"}),
        Cp("Φαρμακαποθήκη Κωνσταντινίδη", cogs, ("r", 2), (-1200, -3600),
           eb_out("ΦΑΡΜΑΚΑΠΟΘΗΚΗ ΚΩΝΣΤΑΝΤΙΝΙΔΗ ΑΕ", "ΤΙΜ. {n6}"), keys={"iban": "iban:GR:0172"}),
        Cp("Apivita", cogs, ("r", 2), (-480, -1250), eb_out("APIVITA ΑΕ", "ΤΙΜ. {n6}"),
           keys={"iban": "iban:GR:0140"}),
        Cp("Frezyderm", cogs, ("r", 1), (-390, -720), eb_out("FREZYDERM ΑΕ", "ΤΙΜ. {n6}"),
           keys={"iban": "iban:GR:0260"}),
        Cp("ACS", cogs, ("m", 10), (-38, -95),
           "ΠΑΓΙΑ ΕΝΤΟΛΗ ACS ΤΑΧΥΔΡΟΜΙΚΕΣ ΥΠΗΡΕΣΙΕΣ ΑΕ ΚΩΔ. ΠΕΛΑΤΗ {k[cust]}",
           keys={"cust": "n8"}),
        Cp("Παναγιώτης Δημητρίου", "Rent", ("m", 5), -1350.00,
           "ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓ/ΣΜΟ ΤΡΙΤΟΥ ΔΗΜΗΤΡΙΟΥ ΠΑΝΑΓΙΩΤΗΣ ΕΝΟΙΚΙΟ {mon_gr}"),
        Cp("Μαρία Καραγιάννη", "Salaries & Payroll", ("last",), -920.00,
           "ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΠΡΟΣ {s[mk]} ΚΑΡΑΓΙΑΝΝΗ ΜΑΡΙΑ ΜΙΣΘΟΔΟΣΙΑ {mon_gr}"),
        Cp("Νικόλαος Παπαδάκης", "Salaries & Payroll", ("last",), -1040.00,
           "ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΠΡΟΣ {s[np]} ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ ΜΙΣΘΟΔΟΣΙΑ {mon_gr}"),
        Cp("Μαρία Καραγιάννη", "Salaries & Payroll", ("d", ["2026-04-07"]), -480.00,
           "ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΠΡΟΣ {s[mk]} ΚΑΡΑΓΙΑΝΝΗ ΜΑΡΙΑ ΔΩΡΟ ΠΑΣΧΑ 2026"),
        Cp("Νικόλαος Παπαδάκης", "Salaries & Payroll", ("d", ["2026-04-07"]), -545.00,
           "ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΠΡΟΣ {s[np]} ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ ΔΩΡΟ ΠΑΣΧΑ 2026"),
        Cp("e-ΕΦΚΑ", "Salaries & Payroll", ("last",), (-690, -760),
           "ΠΛΗΡΩΜΗ e-ΕΦΚΑ ΕΡΓΟΔΟΤΙΚΕΣ ΕΙΣΦΟΡΕΣ ΑΠΔ ΚΩΔ. ΠΛΗΡΩΜΗΣ {n21}"),
        Cp("e-ΕΦΚΑ", "Owner Draw / Contribution", ("last",), -385.60,
           "ΠΛΗΡΩΜΗ e-ΕΦΚΑ ΜΗ ΜΙΣΘΩΤΟΙ ΑΜΑ {s[ama]} ΠΕΡΙΟΔΟΣ {pm:%m/%Y}"),
        Cp("ΑΑΔΕ", "Taxes", ("last",), (-1400, -2600), "ΠΛΗΡΩΜΗ ΑΑΔΕ ΤΑΥΤΟΤΗΤΑ ΟΦΕΙΛΗΣ {rf}"),
        Cp("ΑΑΔΕ", "Salaries & Payroll", ("last",), (-85, -140),
           "ΠΛΗΡΩΜΗ ΑΑΔΕ ΤΑΥΤΟΤΗΤΑ ΟΦΕΙΛΗΣ {rf}"),
        Cp("Γεώργιος Μακρής", "Professional Services", ("m", 10), -380.00,
           eb_out("ΜΑΚΡΗΣ ΓΕΩΡΓΙΟΣ", "ΛΟΓΙΣΤΙΚΗ ΥΠΟΣΤΗΡΙΞΗ {pmon_gr}"),
           keys={"iban": "iban:GR:0171"}),
        Cp("Φαρμακευτικός Σύλλογος Αχαΐας", "Taxes", ("d", ["2026-03-16"]), -180.00,
           eb_out("ΦΑΡΜΑΚΕΥΤΙΚΟΣ ΣΥΛΛΟΓΟΣ ΑΧΑΙΑΣ", "ΣΥΝΔΡΟΜΗ Α ΕΞΑΜΗΝΟΥ 2026"),
           keys={"iban": "iban:GR:0110"}),
        Cp("ΔΕΗ", "Utilities", ("m", 12), (-310, -520), "ΠΑΓΙΑ ΕΝΤΟΛΗ ΔΕΗ ΑΡ. ΛΟΓ/ΣΜΟΥ {k[acct]}",
           keys={"acct": "n12"}),
        Cp("ΔΕΥΑ Πάτρας", "Utilities", ("d", ["2026-04-28"]), -64.30,
           "ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΔΕΥΑ ΠΑΤΡΑΣ {rf}"),
        Cp("Cosmote", "Utilities", ("m", 22), (-62, -78),
           "ΠΑΓΙΑ ΕΝΤΟΛΗ COSMOTE ΣΤΑΘΕΡΗ ΤΗΛΕΦΩΝΙΑ ΑΡ. ΛΟΓ/ΣΜΟΥ {k[acct]}", keys={"acct": "n10"}),
        Cp("Εθνική Ασφαλιστική", "Insurance", ("d", ["2026-04-15"]), -412.80,
           "ΠΑΓΙΑ ΕΝΤΟΛΗ ΕΘΝΙΚΗ ΑΣΦΑΛΙΣΤΙΚΗ ΑΕΓΑ ΣΥΜΒ. {k[pol]}", keys={"pol": "n9"}),
        Cp("Epsilon Net", "Software & Subscriptions", ("m", 3), -49.60,
           "ΠΑΓΙΑ ΕΝΤΟΛΗ EPSILON NET ΑΕ ΣΥΝΔΡΟΜΗ {k[cust]}", keys={"cust": "n7"}),
        Cp("", "Loan Repayment", ("m", 25), -612.35, "ΚΑΤΑΒΟΛΗ ΔΟΣΗΣ ΔΑΝΕΙΟΥ {s[loan]}"),
        Cp("", "Bank Fees", ("m", 1), -12.00, "ΣΥΝΔΡΟΜΗ BUSINESS ΠΑΚΕΤΟΥ {pmon_gr}"),
        Cp("Αικατερίνη Σπυροπούλου", "Owner Draw / Contribution",
           ("d", ["2026-03-31", "2026-05-29"]), [-2000.00, -2500.00],
           eb_out("ΣΠΥΡΟΠΟΥΛΟΥ ΑΙΚΑΤΕΡΙΝΗ", "ΜΕΤΑΦΟΡΑ ΣΕ ΠΡΟΣΩΠΙΚΟ ΛΟΓ/ΣΜΟ"),
           keys={"iban": "iban:GR:0140"}),
        Cp("Sklavenitis", "Supplies & Materials", ("r", 2), (-24, -68), eb_card("SKLAVENITIS PATRA"),
           card=True),
        Cp("Shell", "Travel", ("r", 1), (-40, -70), eb_card("SHELL PATRA AKTI DYMAION"), card=True),
        Cp("Olympia Odos", "Travel", ("r", 2), (-3.25, -12.10), eb_card("OLYMPIA ODOS RIO"),
           card=True),
        Cp("Plaisio", "Equipment", ("r", 1), (-189, -349), eb_card("PLAISIO COMPUTERS PATRA"),
           card=True),
        Cp("efood", "Meals & Entertainment", ("r", 1), (-28, -45), eb_card("EFOOD ATHINA"),
           card=True),
        Cp("Meta", "Marketing & Advertising", ("r", 2), (-30, -80),
           eb_card("FACEBK *{X10} FB.ME/ADS IRL"), card=True),
        Cp("", "Internal Transfer", ("r", 1), -200.00,
           "ΑΝΑΛΗΨΗ ΜΕΤΡΗΤΩΝ ATM EUROBANK ΠΑΤΡΑ ΚΑΡΤΑ ****{card} {pd:%d/%m/%Y} {t}", card=True),
    ]
    return Biz("gr-pharmacy", "EU", (2026, 3), GR_HOLIDAYS, ["4921"], 3140, cps,
               shared={"mid": "n9", "mk": "iban:GR:0172", "np": "iban:GR:0110", "ama": "n9",
                       "loan": "n11"})


# --------------------------------------------------------------------------------------------
# EU (LV): Citadele, Engure -- SIA "Engures kūpinātava" (fish smokehouse)
# --------------------------------------------------------------------------------------------

def cit_card(merchant: str, kind: str = "Pirkums") -> str:
    return kind + " - " + merchant + ", {pd:%d.%m.%Y}, karte 477506******{card}"


def cit_in(name: str, purpose: str) -> str:
    return "Ienākošais maksājums no " + name + ", {k[iban]}. " + purpose


def cit_out(name: str, purpose: str) -> str:
    return "Maksājums " + name + ", {k[iban]}. " + purpose


def lv_smokehouse() -> Biz:
    rev, cogs = "Sales Revenue", "Cost of Goods Sold"
    vnk = "Nodokļu maksājums Valsts kase, {s[vnk]}. Vienotais nodokļu konts {s[reg]}. "
    cps = [
        Cp("Rimi", rev, ("r", 3), (1800, 3900),
           cit_in('SIA "RIMI LATVIA"', "Apmaksa par rēķinu EK-{inv}"), keys={"iban": "iban:LV:UNLA"}),
        Cp("Maxima", rev, ("r", 2), (1100, 2600),
           cit_in('SIA "MAXIMA LATVIJA"', "Rēķ. EK-{inv}"), keys={"iban": "iban:LV:HABA"}),
        Cp("Dzintaru terase", rev, ("r", 2), (240, 680),
           cit_in('SIA "DZINTARU TERASE"', "rēķins EK-{inv}"), keys={"iban": "iban:LV:HABA"}),
        Cp("Vecrīgas krogs", rev, ("r", 2), (180, 520),
           cit_in('SIA "VECRĪGAS KROGS"', "Par kūpinātām zivīm, rēķ. EK-{inv}"),
           keys={"iban": "iban:LV:RIKO"}),
        Cp("Montonio", rev, ("r", 3), (140, 520),
           cit_in("MONTONIO FINANCE UAB", "Montonio izmaksa {n8}"), keys={"iban": "iban:LT:35000"}),
        Cp("SumUp", rev, ("r", 4), (210, 980), cit_in("SUMUP LIMITED", "SumUp payout {X10}"),
           keys={"iban": "iban:IE:CITI"}),
        Cp("", rev, ("r", 3), (300, 1100), "Skaidras naudas iemaksa, Citadele bankomāts, Tukums"),
        Cp("LAD", "Other Income", ("d", ["2025-06-12"]), 4850.00,
           cit_in("LAUKU ATBALSTA DIENESTS", "EJZAF atbalsts, projekts 25-05-{n5}"),
           keys={"iban": "iban:LV:TREL"}),
        Cp("Metro", "Refunds", ("r", 1), (12, 38), cit_card("METRO RIGA 2, RIGA LVA", "Atgriezts pirkums"),
           card=True),
        Cp("Rojas zvejnieks", cogs, ("r", 4), (-1200, -3400),
           cit_out('SIA "ROJAS ZVEJNIEKS"', "Rēķins RZ-{n4}, reņģes, butes"),
           keys={"iban": "iban:LV:HABA"}),
        Cp("Engures zvejnieks", cogs, ("r", 2), (-650, -1600),
           cit_out('IK "ENGURES ZVEJNIEKS"', "Pavadzīme Nr. {n4}"), keys={"iban": "iban:LV:UNLA"}),
        Cp("Baltic Salmon Trade", cogs, ("r", 3), (-1800, -4200),
           cit_out('SIA "BALTIC SALMON TRADE"', "Invoice BST-{n5}"), keys={"iban": "iban:LV:RIKO"}),
        Cp("Alkšņi", cogs, ("r", 2), (-160, -340),
           cit_out('Z/S "ALKŠŅI"', "Alkšņa šķelda, rēķ. {n3}"), keys={"iban": "iban:LV:HABA"}),
        Cp("Vakuumpaka", cogs, ("r", 2), (-280, -640),
           cit_out('SIA "VAKUUMPAKA"', "Rēķins VP{n6}"), keys={"iban": "iban:LV:PARX"}),
        Cp("Metro", cogs, ("r", 2), (-90, -380), cit_card("METRO RIGA 2, RIGA LVA"), card=True),
        Cp("BIOR", cogs, ("d", ["2025-05-21"]), -96.80,
           cit_out('PĀRTIKAS DROŠĪBAS, DZĪVNIEKU VESELĪBAS UN VIDES ZINĀTNISKAIS INSTITŪTS "BIOR"',
                   "Rēķins Nr. {n6}, laboratoriskie izmeklējumi"), keys={"iban": "iban:LV:TREL"}),
        Cp("PVD", "Taxes", ("d", ["2025-04-14"]), -142.29,
           cit_out("PĀRTIKAS UN VETERINĀRAIS DIENESTS", "Valsts uzraudzības maksa 2025"),
           keys={"iban": "iban:LV:TREL"}),
        Cp("Ostmala", "Rent", ("m", 5), -950.00,
           cit_out('SIA "OSTMALA"', "Telpu noma {d:%m}/2025, rēķins OS-{inv}"),
           keys={"iban": "iban:LV:HABA"}),
        Cp("Rīgas Centrāltirgus", "Rent", ("m", 10, [1, 2]), -260.00,
           cit_out('AS "RĪGAS CENTRĀLTIRGUS"', "Tirdzniecības vietas noma, Zivju paviljons {d:%m}/2025"),
           keys={"iban": "iban:LV:UNLA"}),
        Cp("Latvenergo", "Utilities", ("m", 20), (-380, -640),
           'Tiešais debets AS "LATVENERGO". Līgums {k[con]}. Elektrum rēķins {n10}',
           keys={"con": "n9"}),
        Cp("Tukuma ūdens", "Utilities", ("m", 18, [0, 2]), (-48, -85),
           'Tiešais debets SIA "TUKUMA ŪDENS". Līgums {k[con]}', keys={"con": "n6"}),
        Cp("Tet", "Utilities", ("m", 15), -42.35, 'Tiešais debets SIA "TET". Līgums {k[con]}',
           keys={"con": "n8"}),
        Cp("LMT", "Utilities", ("m", 22, [0, 1]), -18.99,
           'Tiešais debets SIA "LATVIJAS MOBILAIS TELEFONS". Līgums {k[con]}', keys={"con": "n8"}),
        Cp("Eco Baltia vide", "Utilities", ("d", ["2025-05-09"]), -68.20,
           cit_out('SIA "ECO BALTIA VIDE"', "Rēķins {n8}"), keys={"iban": "iban:LV:UNLA"}),
        Cp("", "Salaries & Payroll", ("m", 9), (-4100, -4700),
           "Algu maksājumi, masveida maksājums, 4 maksājumi"),
        Cp("VID", "Salaries & Payroll", ("m", 23), (-1900, -2300), vnk + "VSAOI, IIN par {pm:%m.%Y}"),
        Cp("VID", "Taxes", ("m", 23), (-600, -1800), vnk + "PVN par {pm:%m.%Y}"),
        Cp("Tukuma novada pašvaldība", "Taxes", ("d", ["2025-05-15"]), -186.00,
           cit_out("TUKUMA NOVADA PAŠVALDĪBA", "NĪN 2025, 2. ceturksnis, maksātājs {s[reg]}"),
           keys={"iban": "iban:LV:TREL"}),
        Cp("BTA", "Insurance", ("d", ["2025-04-10"]), -212.00,
           cit_out("BTA BALTIC INSURANCE COMPANY AAS", "Polise Nr. {n8}"),
           keys={"iban": "iban:LV:HABA"}),
        Cp("Balta", "Insurance", ("d", ["2025-06-03"]), -184.00,
           cit_out('AAS "BALTA"', "OCTA polise {n9}"), keys={"iban": "iban:LV:UNLA"}),
        Cp("Luminor Līzings", "Loan Repayment", ("m", 17), -418.77,
           'Tiešais debets SIA "LUMINOR LĪZINGS". Līgums {k[con]}. Līzinga maksājums',
           keys={"con": "n8"}),
        Cp("Circle K", "Travel", ("r", 2), (-55, -95), cit_card("CIRCLE K TUKUMS, TUKUMS LVA"),
           card=True),
        Cp("Virši", "Travel", ("r", 2), (-48, -88), cit_card("VIRSI TUKUMS 2, TUKUMS LVA"),
           card=True),
        Cp("Skaitļu birojs", "Professional Services", ("m", 12), -290.00,
           cit_out('SIA "SKAITĻU BIROJS"', "Grāmatvedības pakalpojumi {pm:%m}/2025"),
           keys={"iban": "iban:LV:PARX"}),
        Cp("Visma", "Software & Subscriptions", ("m", 8), -27.83,
           'Tiešais debets SIA "VISMA ENTERPRISE". Līgums {k[con]}. Horizon abonements',
           keys={"con": "n7"}),
        Cp("Meta", "Marketing & Advertising", ("r", 2), (-25, -70),
           cit_card("FACEBK *{X10}, FB.ME/ADS IRL"), card=True),
        Cp("Tehno serviss", "Equipment", ("d", ["2025-05-27"]), -540.00,
           cit_out('SIA "TEHNO SERVISS"', "Kūpinātavas ventilatora remonts, rēķ. {n5}"),
           keys={"iban": "iban:LV:HABA"}),
        Cp("Ilze Ozoliņa", "Owner Draw / Contribution", ("d", ["2025-04-30", "2025-06-27"]),
           [-1500.00, -3000.00],
           ["Maksājums ILZE OZOLINA, {s[ilze]}. Aizdevuma atmaksa, līgums 2023/01",
            "Maksājums ILZE OZOLINA, {s[ilze]}. Dividendes par 2024. gadu"], ordered=True),
        Cp("", "Bank Fees", ("m", 1), -7.00, "Komisijas maksa: konta apkalpošana {pm:%m.%Y}"),
        Cp("", "Internal Transfer", ("r", 1), -100.00,
           "Skaidras naudas izņemšana - CITADELE ATM TUKUMS, {pd:%d.%m.%Y}, karte 477506******{card}",
           card=True),
    ]
    return Biz("lv-fish-smokehouse", "EU", (2025, 4), LV_HOLIDAYS, ["3381"], 412, cps,
               shared={"vnk": "iban:LV:TREL", "reg": "=40103958271",
                       "ilze": "iban:LV:HABA"})


# --------------------------------------------------------------------------------------------
# EU (MT): Bank of Valletta, Xlendi, Gozo -- Xlendi Reef Divers Ltd (dive centre)
# --------------------------------------------------------------------------------------------

def bov_card(merchant: str) -> str:
    return "POS PURCHASE " + merchant + " {pd:%d/%m/%y} CARD XXXX{card}"


def mt_dive() -> Biz:
    rev, svc = "Sales Revenue", "Service Income"
    sepa_in = "SEPA CREDIT TRANSFER RECEIVED FROM "
    cps = [
        Cp("Stripe", rev, ("r", 8), (260, 1850),
           sepa_in + "STRIPE TECHNOLOGY EUROPE LTD STRIPE PAYOUT {X10}"),
        Cp("myPOS", rev, ("r", 5), (180, 1100), sepa_in + "MYPOS LTD SETTLEMENT {n8}"),
        Cp("GetYourGuide", rev, ("r", 2), (640, 1680),
           sepa_in + "GETYOURGUIDE DEUTSCHLAND GMBH GYG PAYOUT {n9}"),
        Cp("Tauchreisen Weber", svc, ("d", ["2025-08-05", "2025-09-23"]), (1450, 3200),
           [sepa_in + "TAUCHREISEN WEBER GMBH GRUPPE AUGUST RECHNUNG {inv}",
            sepa_in + "TAUCHREISEN WEBER GMBH GRUPPE OKTOBER RECHNUNG {inv}"], ordered=True),
        Cp("Manchester Sub Aqua Club", svc, ("d", ["2025-09-03"]), 2340.00,
           "INWARD TRANSFER FROM MANCHESTER SUB AQUA CLUB GBP {fx_GBP} @ {rate_GBP} INV {inv}"),
        Cp("", "Bank Fees", ("d", ["2025-09-03"]), -12.00, "CHARGES ON INWARD TRANSFER"),
        Cp("", rev, ("r", 3), (250, 900), "CASH DEPOSIT BOV VICTORIA GOZO BRANCH"),
        Cp("Alessandro Rossi", svc, ("d", ["2025-08-20"]), 620.00,
           sepa_in + "ROSSI ALESSANDRO CORSO PADI OPEN WATER"),
        Cp("Hannah Müller", svc, ("d", ["2025-09-15"]), -180.00,
           "SEPA CREDIT TRANSFER TO HANNAH MUELLER REFUND BOOKING {X6}"),
        Cp("Enemed", "Travel", ("r", 3), (-320, -760),
           "INTERNET BANKING TRANSFER TO ENEMED COMPANY LIMITED INV {n6} MARINE GASOIL"),
        Cp("Falzon Service Station", "Travel", ("r", 2), (-45, -80),
           bov_card("FALZON SERVICE STATION XEWKIJA MLT"), card=True),
        Cp("Gozo Channel", "Travel", ("r", 2), ("choice", [-15.70, -19.15]),
           bov_card("GOZO CHANNEL CO LTD MGARR MLT"), card=True),
        Cp("Gozo Industrial Gases", "Cost of Goods Sold", ("r", 2), (-140, -380),
           "INTERNET BANKING TRANSFER TO GOZO INDUSTRIAL GASES LTD NITROX O2 INV {n5}"),
        Cp("PADI", "Cost of Goods Sold", ("r", 2), (-85, -340), bov_card("PADI EMEA LTD BRISTOL GBR"),
           card=True),
        Cp("PADI", "Software & Subscriptions", ("d", ["2025-10-20"]), -398.00,
           bov_card("PADI EMEA LTD BRISTOL GBR"), card=True),
        Cp("Scubapro", "Equipment", ("d", ["2025-09-10"]), -1280.00,
           "SEPA CREDIT TRANSFER TO SCUBAPRO ITALY SRL INV {n6} REGULATORS"),
        Cp("Divetech Malta", "Equipment", ("d", ["2025-08-12"]), -265.00,
           "INTERNET BANKING TRANSFER TO DIVETECH MALTA REG SERVICE {n4}"),
        Cp("Bauer Kompressoren", "Equipment", ("d", ["2025-10-07"]), -690.00,
           "SEPA CREDIT TRANSFER TO BAUER KOMPRESSOREN GMBH RE {n8} SERVICE KIT"),
        Cp("Transport Malta", "Taxes", ("d", ["2025-09-29"]), -145.00,
           "BILL PAYMENT TRANSPORT MALTA COMMERCIAL VESSEL LICENCE {k[lic]}", keys={"lic": "n6"}),
        Cp("Malta Tourism Authority", "Taxes", ("d", ["2025-10-14"]), -350.00,
           "BILL PAYMENT MALTA TOURISM AUTHORITY DIVING CENTRE LICENCE {k[lic]}",
           keys={"lic": "n5"}),
        Cp("Joseph Grech", "Rent", ("m", 1), -1100.00,
           "STANDING ORDER TO JOSEPH GRECH RENT XLENDI PREMISES"),
        Cp("ARMS", "Utilities", ("d", ["2025-08-22", "2025-10-22"]), (-180, -340),
           "SEPA DIRECT DEBIT ARMS LTD MANDATE {k[mnd]}", keys={"mnd": "n10"}),
        Cp("GO", "Utilities", ("m", 11), -54.99, "SEPA DIRECT DEBIT GO PLC MANDATE {k[mnd]}",
           keys={"mnd": "n10"}),
        Cp("Epic", "Utilities", ("m", 18, [0, 1]), -35.00,
           "SEPA DIRECT DEBIT EPIC COMMUNICATIONS LTD MANDATE {k[mnd]}", keys={"mnd": "n10"}),
        Cp("GasanMamo", "Insurance", ("m", 6), -118.40,
           "SEPA DIRECT DEBIT GASANMAMO INSURANCE LTD MANDATE {k[mnd]} POLICY {k[pol]}",
           keys={"mnd": "n10", "pol": "X9"}),
        Cp("DAN Europe", "Insurance", ("d", ["2025-08-09"]), -130.00,
           bov_card("DAN EUROPE ROSETO DEGLI A ITA"), card=True),
        Cp("", "Salaries & Payroll", ("last",), (-4600, -5400),
           "BULK PAYMENT SALARIES {d:^%b%Y} 3 ITEMS"),
        Cp("Luca Bianchi", "Professional Services", ("d", ["2025-08-29", "2025-09-30"]),
           (-750, -1200), "SEPA CREDIT TRANSFER TO LUCA BIANCHI INSTRUCTOR FEES {d:^%B}"),
        Cp("Sophie Keller", "Professional Services", ("d", ["2025-08-29", "2025-10-31"]),
           (-600, -980), "SEPA CREDIT TRANSFER TO SOPHIE KELLER INSTRUCTOR FEES {d:^%B}"),
        Cp("Commissioner for Revenue", "Salaries & Payroll", ("m", 27), (-1250, -1500),
           "BILL PAYMENT COMMISSIONER FOR REVENUE FS5 {pm:%m/%Y} PE {s[pe]}"),
        Cp("Commissioner for Revenue", "Taxes", ("d", ["2025-08-14"]), -2860.35,
           "BILL PAYMENT COMMISSIONER FOR REVENUE VAT RETURN 04/25-06/25 MT{s[vat]}"),
        Cp("Zammit Cassar Accountants", "Professional Services", ("d", ["2025-08-07", "2025-10-09"]),
           [-350.00, -472.00], "INTERNET BANKING TRANSFER TO ZAMMIT CASSAR ACCOUNTANTS INV {n4}"),
        Cp("Google", "Marketing & Advertising", ("r", 2), (-60, -180),
           bov_card("GOOGLE*ADS{n10} CC GOOGLE.COM IRL"), card=True),
        Cp("Meta", "Marketing & Advertising", ("r", 1), (-40, -90),
           bov_card("FACEBK *{X10} FB.ME/ADS IRL"), card=True),
        Cp("Tripadvisor", "Marketing & Advertising", ("d", ["2025-09-01"]), -99.00,
           bov_card("TRIPADVISOR LLC NEEDHAM USA"), card=True),
        Cp("Bókun", "Software & Subscriptions", ("m", 4), -49.00, bov_card("BOKUN.IO REYKJAVIK ISL"),
           card=True),
        Cp("Arkadia", "Supplies & Materials", ("r", 2), (-35, -95),
           bov_card("ARKADIA FOODSTORE VICTORIA MLT"), card=True),
        Cp("Ta' Karmnu Bar", "Meals & Entertainment", ("r", 1), (-48, -96),
           bov_card("TA KARMNU BAR XLENDI MLT"), card=True),
        Cp("Kurt Attard", "Owner Draw / Contribution", ("d", ["2025-08-29", "2025-10-31"]),
           [-2500.00, -3000.00], "INTERNET BANKING TRANSFER TO KURT ATTARD DIRECTOR DRAWINGS"),
        Cp("", "Loan Repayment", ("m", 20), -845.20, "LOAN REPAYMENT {s[loan]}"),
        Cp("", "Bank Fees", ("last",), -5.00, "ACCOUNT MAINTENANCE FEE"),
        Cp("", "Internal Transfer", ("d", ["2025-10-16"]), -5000.00,
           "INTERNET BANKING TRANSFER TO OWN ACCOUNT 400{s[sav]} SAVINGS"),
        Cp("", "Internal Transfer", ("r", 1), -150.00,
           "ATM WITHDRAWAL BOV XLENDI {pd:%d/%m/%y} CARD XXXX{card}", card=True),
    ]
    return Biz("mt-dive-centre", "EU", (2025, 8), MT_HOLIDAYS, ["6612"], 540, cps,
               shared={"pe": "n6", "vat": "n8", "loan": "n11", "sav": "n8"})


# --------------------------------------------------------------------------------------------
# build, check, write, report
# --------------------------------------------------------------------------------------------

# Real brands, platforms, banks' lenders, public bodies and well-known firms; every other named
# counterparty (local suppliers, customers, landlords, contractors, employees, owners) is invented.
KNOWN = {
    "Stripe", "SCP Distributors", "Superior Pool Products", "Home Depot", "Circle K",
    "Chrysler Capital", "Progressive", "T-Mobile", "SRP", "City of Mesa", "Gusto",
    "Arizona Department of Revenue", "IRS", "Skimmer", "Google", "Intuit", "Yelp",
    "In-N-Out Burger", "Brightwheel", "Tennessee Department of Human Services", "Amazon", "ADP",
    "Sysco", "Kroger", "Sam's Club", "Lakeshore Learning", "Kaplan Early Learning",
    "Middle Tennessee Electric", "Atmos Energy", "City of Murfreesboro", "Comcast", "Markel",
    "AmTrust", "Meta", "Terminix", "Rutherford County Trustee", "Tennessee Department of Revenue",
    "Chick-fil-A", "Shopify", "Faire", "Square", "Berlin Packaging", "Lightning Labels",
    "WebstaurantStore", "Restaurant Depot", "Pirate Ship", "Uline", "Homebase",
    "Indiana Department of Revenue", "SBA", "Indiana Farm Bureau Insurance", "Verizon", "Klaviyo",
    "Speedway", "Hampton Inn", "Purdue University", "KaTom Restaurant Supply",
    "Department for Communities", "Golden Charter", "Worldpay", "Belfast City Council",
    "Mid and East Antrim Borough Council", "Belfast Telegraph", "Funeral Times",
    "Ballymena Guardian", "Aldermore", "Maxol", "SSE Airtricity", "NI Water", "BT",
    "Land & Property Services", "HMRC", "NEST", "NFU Mutual", "NAFD", "Xero", "Funeral Guide",
    "Dojo", "Just Eat", "Uber Eats", "Booker", "Olleco", "Coca-Cola Europacific Partners",
    "British Gas", "Octopus Energy", "Yorkshire Water", "Vodafone", "North Yorkshire Council",
    "Simply Business", "Epos Now", "Shire Leasing", "Esso", "Screwfix", "ΕΟΠΥΥ", "Worldline",
    "Skroutz", "Apivita", "Frezyderm", "ACS", "e-ΕΦΚΑ", "ΑΑΔΕ", "ΔΕΗ", "ΔΕΥΑ Πάτρας", "Cosmote",
    "Εθνική Ασφαλιστική", "Epsilon Net", "Φαρμακευτικός Σύλλογος Αχαΐας", "Sklavenitis", "Shell",
    "Olympia Odos", "Plaisio", "efood", "Rimi", "Maxima", "Montonio", "SumUp", "LAD", "Metro",
    "BIOR", "PVD", "Rīgas Centrāltirgus", "Latvenergo", "Tukuma ūdens", "Tet", "LMT",
    "Eco Baltia vide", "VID", "Tukuma novada pašvaldība", "BTA", "Balta", "Luminor Līzings",
    "Virši", "Visma", "myPOS", "GetYourGuide", "Enemed", "Gozo Channel", "PADI", "Scubapro",
    "Bauer Kompressoren", "Transport Malta", "Malta Tourism Authority", "ARMS", "GO", "Epic",
    "GasanMamo", "DAN Europe", "Commissioner for Revenue", "Tripadvisor", "Bókun", "Arkadia",
}

BUSINESSES = [us_pool, us_childcare, us_hot_sauce, uk_funeral, uk_chip_shop, gr_pharmacy,
              lv_smokehouse, mt_dive]


def build(biz: Biz) -> list:
    shared = {name: draw(spec) for name, spec in biz.shared.items()}
    keyed = [{name: draw(spec) for name, spec in cp.keys.items()} for cp in biz.cps]
    occ = []
    for ci, cp in enumerate(biz.cps):
        tpls = cp.tpl if isinstance(cp.tpl, list) else [cp.tpl]
        for i, (post, purchase) in enumerate(expand(biz, cp)):
            amount = amount_for(cp.amount, i)
            tpl = tpls[i % len(tpls)] if cp.ordered else rng.choice(tpls)
            card = rng.choice(biz.cards)
            occ.append((post, rng.random(), ci, i, purchase, amount, tpl, card))
    occ.sort(key=lambda o: (o[0], o[1]))
    state = {"inv": biz.inv}
    rows = []
    for post, _, ci, i, purchase, amount, tpl, card in occ:
        cp = biz.cps[ci]
        prev = (post.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        static = {
            "pe": Day(post.replace(day=1) - dt.timedelta(days=1)),
            "k": keyed[ci], "s": shared, "d": Day(post), "pd": Day(purchase), "pm": Day(prev),
            "a": f"{abs(amount):.2f}", "ac": f"{abs(amount):.2f}".replace(".", ","),
            "ae": fmt_eu(abs(amount)), "au": fmt_us(abs(amount)), "card": card, "i": i + 1,
            "mon_gr": GREEK_MONTHS[post.month - 1], "pmon_gr": GREEK_MONTHS[prev.month - 1],
            "_abs": abs(amount),
        }
        text = tpl.format_map(Ctx(state, static))
        rows.append([biz.region, biz.bid, post.isoformat(), f"{amount:.2f}", text, cp.entity,
                     cp.category])
    return rows


def check(biz: Biz, rows: list) -> None:
    for row in rows:
        day = dt.date.fromisoformat(row[2])
        assert is_banking(biz, day), row
        assert row[6] in CATEGORIES, row
        assert float(row[3]) != 0, row
        assert row[4] == row[4].strip() and "  " not in row[4] and "{" not in row[4], row
        assert row[5] == row[5].strip(), row


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def report(all_rows: list) -> None:
    n = len(all_rows)
    print(f"{n} rows")
    by_biz = Counter(r[1] for r in all_rows)
    by_region = Counter(r[0] for r in all_rows)
    for biz, count in by_biz.items():
        ins = sum(1 for r in all_rows if r[1] == biz and float(r[3]) > 0)
        ents = {fold(r[5]) for r in all_rows if r[1] == biz and r[5]}
        days = sorted(r[2] for r in all_rows if r[1] == biz)
        print(f"  {biz:22} {count:4} rows, {ins:3} in, {len(ents):3} entities, {days[0]}..{days[-1]}")
    for region, count in by_region.items():
        print(f"  {region}: {count} ({100 * count / n:.1f} %)")
    ins = sum(1 for r in all_rows if float(r[3]) > 0)
    print(f"money in {ins} ({100 * ins / n:.1f} %), money out {n - ins}")
    with_ent = [r for r in all_rows if r[5]]
    ent_count = Counter(fold(r[5]) for r in with_ent)
    ent_biz = defaultdict(set)
    names = {}
    for r in with_ent:
        ent_biz[fold(r[5])].add(r[1])
        names[fold(r[5])] = r[5]
    shared = sorted(names[e] for e, b in ent_biz.items() if len(b) > 1)
    print(f"{len(ent_count)} distinct entities; shared across businesses: {', '.join(shared)}")
    print(f"rows without entity: {n - len(with_ent)} ({100 * (n - len(with_ent)) / n:.1f} %)")
    multi = sum(c for c in ent_count.values() if c > 1)
    print(f"rows whose entity occurs more than once: {multi} of {len(with_ent)} "
          f"({100 * multi / len(with_ent):.1f} %)")
    once = sum(1 for c in ent_count.values() if c == 1)
    mid = sum(1 for c in ent_count.values() if 2 <= c <= 8)
    big = sorted(((c, names[e]) for e, c in ent_count.items() if c > 8), reverse=True)
    print(f"entities once {once}, 2-8 times {mid}, more: " + ", ".join(f"{e} {c}" for c, e in big))
    local = [r for r in with_ent if r[5] not in KNOWN]
    print(f"rows naming a local or invented counterparty: {len(local)} ({100 * len(local) / n:.1f} %), "
          f"{len({fold(r[5]) for r in local})} such entities")
    cats = Counter(r[6] for r in all_rows)
    print("rows per category: " + ", ".join(f"{c} {cats.get(c, 0)}" for c in
                                             sorted(CATEGORIES, key=lambda c: -cats.get(c, 0))))
    multi_cat = defaultdict(set)
    for r in with_ent:
        multi_cat[(r[1], fold(r[5]))].add(r[6])
    print("entities in more than one category: " + ", ".join(
        f"{names[e]} ({b})" for (b, e), cs in sorted(multi_cat.items()) if len(cs) > 1))


def main() -> None:
    all_rows = []
    for make in BUSINESSES:
        biz = make()
        rows = build(biz)
        check(biz, rows)
        all_rows.extend(rows)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(all_rows)
    data = buf.getvalue().encode("utf-8")
    OUT.write_bytes(data)
    report(all_rows)
    print(f"sha256 {hashlib.sha256(data).hexdigest()}  {OUT.name}")


if __name__ == "__main__":
    main()
