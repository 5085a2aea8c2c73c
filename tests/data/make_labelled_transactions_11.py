#!/usr/bin/env python3
"""Generate ``labelled_transactions_11.csv``: the eleventh, blind evaluation set.

Eight fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-10 uses: Commerce Bank (Kansas City, Missouri), Arvest Bank (Fayetteville, Arkansas) and
Glacier Bank (Whitefish, Montana) in the US; Countingup (York) and Unity Trust Bank (Derby) in the
UK; Crédit Mutuel (Bergheim, Alsace, French), Kutxabank (Bilbao, Spanish) and bunq (Utrecht, Dutch)
in the euro area. Written blind: its author read only ``README.md``, the header line of
``labelled_transactions_10.csv`` and the first 60 lines of ``make_labelled_transactions_10.py``;
not CashPilot's code, vendor lists or rules, nor any earlier rows. Descriptions are written from
general knowledge of each bank's export style, not copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its signed amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates, creditor
ids, IBANs, customer / policy / contract numbers, ACH ids) are drawn once per counterparty, in
declaration order, from a second fixed-seed generator.

Schedules:
  ``("m", day[, idx])``   monthly on ``day`` (next banking day), optionally only in months ``idx``
  ``("last"[, idx])``    last banking day of the month
  ``("r", n)``           n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``  explicit dates (moved to the next banking day)
Amounts: ``(lo, hi)`` uniform, a float (fixed), a list (explicit, in schedule order, or picked at
random when the schedule is random) or ``("choice", [..])``. Card lines (``card=True``): the
schedule gives the purchase date, which the template prints; the line posts 0-2 banking days later.
Templates are functions of a context ``c`` (``c.d`` posting date, ``c.pd`` purchase date, ``c.a``
absolute amount, ``c.k`` the counterparty's stable values, ``c.n(k)`` / ``c.X(k)`` random digits /
upper-case alphanumerics, ``c.t()`` a time, ``c.card`` the card used, ``c.seq(name, start)`` a
per-business running number, ``c.i`` the occurrence index).

Usage: python3 make_labelled_transactions_11.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import random
import string
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 11_2026_1122
KEEP_SEED = 11_2026_1123
OUT = Path(__file__).with_name("labelled_transactions_11.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Owner Draw / Contribution", "Internal Transfer", "Other Expense",
}

R = random.Random(SEED)        # per-occurrence noise
K = random.Random(KEEP_SEED)   # stable identifiers, drawn once per counterparty

D = dt.date


# ---------------------------------------------------------------------------------------------
# calendars
# ---------------------------------------------------------------------------------------------

def easter(y: int) -> dt.date:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month = (h + weekday - 7 * m + 114) // 31
    day = ((h + weekday - 7 * m + 114) % 31) + 1
    return D(y, month, day)


def nth_weekday(y, m, wd, n):
    """n-th weekday ``wd`` (0=Mon) of month; n=-1 for the last one."""
    if n > 0:
        d = D(y, m, 1)
        while d.weekday() != wd:
            d += dt.timedelta(1)
        return d + dt.timedelta(7 * (n - 1))
    d = D(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() != wd:
        d -= dt.timedelta(1)
    return d


def observed_us(d):
    if d.weekday() == 5:
        return d - dt.timedelta(1)
    if d.weekday() == 6:
        return d + dt.timedelta(1)
    return d


def holidays(country: str, y: int) -> set:
    h = set()
    e = easter(y)
    td = dt.timedelta
    if country == "US":
        for md in [(1, 1), (6, 19), (7, 4), (11, 11), (12, 25)]:
            h.add(observed_us(D(y, *md)))
        h |= {nth_weekday(y, 1, 0, 3), nth_weekday(y, 2, 0, 3), nth_weekday(y, 5, 0, -1),
              nth_weekday(y, 9, 0, 1), nth_weekday(y, 10, 0, 2), nth_weekday(y, 11, 3, 4)}
    elif country == "UK":  # England and Wales
        nyd = D(y, 1, 1)
        while nyd.weekday() >= 5:
            nyd += td(1)
        h |= {nyd, e - td(2), e + td(1), nth_weekday(y, 5, 0, 1), nth_weekday(y, 5, 0, -1),
              nth_weekday(y, 8, 0, -1)}
        c1, c2 = D(y, 12, 25), D(y, 12, 26)
        if c1.weekday() == 5:
            c1, c2 = D(y, 12, 27), D(y, 12, 28)
        elif c1.weekday() == 6:
            c1, c2 = D(y, 12, 27), D(y, 12, 26)
        elif c2.weekday() == 5:
            c2 = D(y, 12, 28)
        h |= {c1, c2}
    elif country == "FR-ALSACE":
        h |= {D(y, 1, 1), e - td(2), e + td(1), D(y, 5, 1), D(y, 5, 8), e + td(39), e + td(50),
              D(y, 7, 14), D(y, 8, 15), D(y, 11, 1), D(y, 11, 11), D(y, 12, 25), D(y, 12, 26)}
    elif country == "ES-BI":  # Bizkaia
        h |= {D(y, 1, 1), D(y, 1, 6), e - td(3), e - td(2), e + td(1), D(y, 5, 1), D(y, 7, 25),
              D(y, 7, 31), D(y, 8, 15), D(y, 10, 12), D(y, 11, 1), D(y, 12, 6), D(y, 12, 8),
              D(y, 12, 25)}
    elif country == "NL":
        kd = D(y, 4, 27)
        if kd.weekday() == 6:
            kd = D(y, 4, 26)
        h |= {D(y, 1, 1), e - td(2), e + td(1), kd, e + td(39), e + td(50), D(y, 12, 25),
              D(y, 12, 26)}
    return h


_HOL: dict = {}


def is_banking(d: dt.date, country: str) -> bool:
    if d.weekday() >= 5:
        return False
    if (country, d.year) not in _HOL:
        _HOL[(country, d.year)] = holidays(country, d.year)
    return d not in _HOL[(country, d.year)] and (d.month, d.day) not in {(1, 1), (12, 25)}


def next_banking(d, country):
    while not is_banking(d, country):
        d += dt.timedelta(1)
    return d


def add_banking(d, n, country):
    """The n-th banking day after d (n=0: d itself if banking, else the next one)."""
    d = next_banking(d, country)
    for _ in range(n):
        d = next_banking(d + dt.timedelta(1), country)
    return d


def last_banking(y, m, country):
    d = D(y, m, calendar.monthrange(y, m)[1])
    while not is_banking(d, country):
        d -= dt.timedelta(1)
    return d


# ---------------------------------------------------------------------------------------------
# identifiers (drawn from K, the keep generator)
# ---------------------------------------------------------------------------------------------

def kd(n):
    return "".join(K.choice(string.digits) for _ in range(n))


def kX(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(K.choice(alphabet) for _ in range(n))


def _num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(cc: str, bban: str) -> str:
    chk = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def creditor_id(cc: str, national: str, business: str = "ZZZ") -> str:
    chk = 98 - _num(national + cc + "00") % 97
    return f"{cc}{chk:02d}{business}{national}"


def fr_ics():
    return creditor_id("FR", kX(6, string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ"))


def es_dc(ent_off: str, acct: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return f"{one('00' + ent_off)}{one(acct)}"


def es_iban(entity=None):
    entity = entity or K.choice(["2100", "0081", "0182", "2095", "0049", "0128", "3035", "2085",
                                 "0239", "1465"])
    off = kd(4)
    acct = kd(10)
    return iban("ES", f"{entity}{off}{es_dc(entity + off, acct)}{acct}")


def es_cif(letter="B"):
    body = kd(7)
    s_even = sum(int(body[i]) for i in (1, 3, 5))
    s_odd = sum(sum(divmod(2 * int(body[i]), 10)) for i in (0, 2, 4, 6))
    ctl = (10 - (s_even + s_odd) % 10) % 10
    return f"{letter}{body}{ctl if letter in 'ABEH' else 'JABCDEFGHI'[ctl]}"


def es_ics(cif=None):
    return creditor_id("ES", cif or es_cif(K.choice("ABAB")), "000")


def nl_iban(bank=None):
    bank = bank or K.choice(["RABO", "INGB", "ABNA", "TRIO", "SNSB", "KNAB", "ASNB", "BUNQ",
                             "RBRB"])
    while True:
        acct = kd(10)
        if acct[0] != "0" and sum(int(a) * w for a, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            break
    return iban("NL", bank + acct)


def nl_ics():
    return creditor_id("NL", kd(8) + "0000")


def de_iban(blz=None):
    blz = blz or K.choice(["10070000", "37040044", "50010517", "60050101", "20050550"])
    return iban("DE", blz + kd(10))


def spaced(ib: str) -> str:
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


# ---------------------------------------------------------------------------------------------
# model
# ---------------------------------------------------------------------------------------------

@dataclass
class CP:
    ent: str
    cat: str
    sched: tuple
    amt: object
    tpl: object                      # function or list of functions
    card: bool = False
    keep: object = None              # function () -> dict, called once with K
    rnd: float = 0.01                # amount granularity
    tw: list | None = None           # template weights
    k: dict = field(default_factory=dict)


@dataclass
class Biz:
    bid: str
    region: str
    country: str
    start: dt.date
    end: dt.date
    cards: list
    cps: list = field(default_factory=list)
    counters: dict = field(default_factory=dict)
    series: dict = field(default_factory=dict)

    def add(self, *a, **kw):
        self.cps.append(CP(*a, **kw))


class Ctx:
    def __init__(self, biz, cp, d, pd, amount, i):
        self.biz, self.cp, self.d, self.pd, self.amount, self.i = biz, cp, d, pd, amount, i
        self.a = abs(amount)
        self.k = cp.k
        self.card = R.choice(biz.cards) if biz.cards else ""

    @staticmethod
    def n(k):
        return "".join(R.choice(string.digits) for _ in range(k))

    @staticmethod
    def X(k):
        return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(k))

    @staticmethod
    def t(lo=7, hi=21):
        return f"{R.randint(lo, hi - 1):02d}:{R.randint(0, 59):02d}"

    def seq(self, name, start):
        v = self.biz.counters.get(name, start)
        self.biz.counters[name] = v + 1
        return v

    def inv(self, name, start):
        """Placeholder for a business-wide number series (e.g. the business's own invoice
        numbers); filled in posting-date order after sorting, so the numbers grow with the date."""
        self.biz.series.setdefault(name, start)
        return f"\u00a7{name}\u00a7"

    def dseq(self, base, per_day=0.5):
        """A number that grows with the posting date (invoice numbers)."""
        return base + int((self.d - self.biz.start).days * per_day)

    @staticmethod
    def pick(xs):
        return R.choice(xs)


def pad(s, n):
    return f"{s[:n]:<{n}}"


MONTHS = {
    "fr": ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE",
           "OCTOBRE", "NOVEMBRE", "DECEMBRE"],
    "es": ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO",
           "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def mon(d, lang="en"):
    return MONTHS[lang][d.month - 1]


def month_list(b: Biz):
    out, y, m = [], b.start.year, b.start.month
    while (y, m) <= (b.end.year, b.end.month):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def sched_dates(b: Biz, cp: CP):
    """Return a list of (posting date, purchase date)."""
    s = cp.sched
    kind = s[0]
    raw = []
    if kind == "m":
        idx = s[2] if len(s) > 2 else None
        for j, (y, m) in enumerate(month_list(b)):
            if idx is not None and j not in idx:
                continue
            raw.append(D(y, m, min(s[1], calendar.monthrange(y, m)[1])))
    elif kind == "last":
        idx = s[1] if len(s) > 1 else None
        for j, (y, m) in enumerate(month_list(b)):
            if idx is not None and j not in idx:
                continue
            raw.append(last_banking(y, m, b.country))
    elif kind == "d":
        raw = [dt.date.fromisoformat(x) for x in s[1]]
    elif kind == "r":
        span = (b.end - b.start).days
        for _ in range(s[1]):
            while True:
                d = b.start + dt.timedelta(R.randint(0, span - (3 if cp.card else 0)))
                if d in raw:
                    continue
                if cp.card:
                    if (d.month, d.day) not in {(12, 25), (1, 1)}:
                        break
                elif is_banking(d, b.country):
                    break
            raw.append(d)
        raw.sort()
    else:
        raise ValueError(s)
    out = []
    for d in raw:
        if cp.card:
            n = R.choice([0, 1, 1, 2]) if is_banking(d, b.country) else R.choice([0, 1])
            out.append((add_banking(d, n, b.country), d))
        else:
            pdate = next_banking(d, b.country)
            out.append((pdate, pdate))
    return out


def draw_amount(cp: CP, i: int):
    a = cp.amt
    if isinstance(a, (int, float)):
        return float(a)
    if isinstance(a, list):
        return float(a[i] if cp.sched[0] != "r" else R.choice(a))
    if isinstance(a, tuple) and a and a[0] == "choice":
        return float(R.choice(a[1]))
    lo, hi = a
    v = R.uniform(lo, hi)
    q = cp.rnd
    return round(round(v / q) * q, 2)


def generate(businesses):
    rows = []
    for b in businesses:
        for cp in b.cps:
            cp.k = cp.keep() if cp.keep else {}
        brows = []
        for cp in b.cps:
            assert cp.cat in CATEGORIES, cp.cat
            tpls = cp.tpl if isinstance(cp.tpl, list) else [cp.tpl]
            for i, (d, pd) in enumerate(sched_dates(b, cp)):
                amount = draw_amount(cp, i)
                c = Ctx(b, cp, d, pd, amount, i)
                if cp.tw:
                    t = R.choices(tpls, weights=cp.tw)[0]
                elif len(tpls) == 1:
                    t = tpls[0]
                elif cp.sched[0] == "r":
                    t = R.choice(tpls)
                else:
                    t = tpls[i % len(tpls)]
                desc = t(c)
                brows.append((d, len(brows), [b.region, b.bid, d.isoformat(), f"{amount:.2f}",
                                              desc, cp.ent, cp.cat]))
        for d, _, row in brows:
            assert b.start <= d <= b.end + dt.timedelta(5), (b.bid, d, row)
            assert is_banking(d, b.country), (b.bid, d, row)
        brows.sort(key=lambda x: (x[0], x[1]))
        series = {}
        for _, _, row in brows:
            while "\u00a7" in row[4]:
                i = row[4].index("\u00a7")
                j = row[4].index("\u00a7", i + 1)
                name = row[4][i + 1:j]
                v = series.get(name, b.series[name])
                series[name] = v + R.randint(1, 3)
                row[4] = row[4][:i] + str(v) + row[4][j + 1:]
        rows += [r for _, _, r in brows]
    return rows


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def once(fn):
    """A keep function shared by several counterparties: drawn once, returned to all."""
    box = {}

    def g():
        if "v" not in box:
            box["v"] = fn()
        return box["v"]
    return g

# =============================================================================================
# US 1: us-home-inspection - Plumb Line Home Inspections LLC, Kansas City MO
# Commerce Bank business checking. Capitals. Card lines `VISA DDA PUR <seq> <merchant> <city> *
# <st> mm/dd CARD nnnn`, PIN `POS DDA PUR`, returns `VISA DDA REF`; ACH `ELEC DEBIT|CREDIT
# <16-char company> <10-char entry> <id> <SEC>`; `ZELLE P2P FROM|TO`; `ONLINE BILL PMT`; wires.
# =============================================================================================

def cb_card(m, city="KANSAS CITY", st="MO", kind="VISA DDA PUR"):
    def f(c):
        mm = m(c) if callable(m) else m
        cc = city(c) if callable(city) else city
        return f"{kind} {c.n(6)} {mm} {cc} * {st} {c.pd:%m/%d} CARD {c.card}"
    return f


def cb_ach(dirn, co, entry, sec="CCD", extra=None):
    def f(c):
        s = f"ELEC {dirn} {pad(co, 16)} {pad(entry, 10)} {c.k['id']} {sec}"
        if extra:
            s += " " + extra(c)
        return s
    return f


def ach_id(prefix="1"):
    return lambda: {"id": prefix + kd(9)}


def us_home_inspection():
    kcmo = once(lambda: {"id": "6" + kd(9)})
    b = Biz("us-home-inspection", "US", "US", D(2026, 3, 1), D(2026, 5, 31),
            cards=["4417", "4417", "4417", "8832"])
    A = b.add
    SI, SR = "Service Income", "Sales Revenue"
    # ---------------------------------------------------------------- money in
    A("Spectora", SR, ("r", 9), (345, 1480),
      cb_ach("CREDIT", "SPECTORA INC", "TRANSFER", extra=lambda c: f"ST-{c.X(12)}"),
      keep=ach_id("4"))
    A("Heartland Abstract & Title", SI, ("r", 2), (425, 695), rnd=5, tpl=
      cb_ach("CREDIT", "HEARTLAND ABSTRACT & TITLE LLC", "PAYABLES",
             extra=lambda c: f"IND:PLUMB LINE HOME INSP FILE {c.n(2)}-{c.n(5)}"),
      keep=ach_id("1"))
    A("Brookside Property Management", SI, ("r", 2), (275, 460), rnd=5, tpl=
      cb_ach("CREDIT", "BROOKSIDE PROPERTY MGMT", "VENDOR PAY", sec="PPD"),
      keep=ach_id("1"))
    A("Lakewood Relocation Services", SI, ("r", 2), (510, 780), rnd=5, tpl=
      lambda c: f"ELEC CREDIT BILL.COM        PAYABLES   {c.k['id']} CCD Lakewood Relocation Serv "
                f"Acct {c.k['acct']} - Inv {c.seq('inv', 2611)}",
      keep=lambda: {"id": "1" + kd(9), "acct": kd(6)})
    A("Maria Delgado", SI, ("d", ["2026-03-11", "2026-03-24"]), [495.00, 150.00],
      [lambda c: f"ZELLE P2P FROM MARIA DELGADO CONF {c.X(10)} 4512 WORNALL RD INSPECTION",
       lambda c: f"ZELLE P2P FROM MARIA DELGADO CONF {c.X(10)} REINSPECT"])
    A("Katherine O'Neil", SI, ("d", ["2026-04-20", "2026-05-06"]), [525.00, 175.00],
      [lambda c: f"ZELLE P2P FROM KATHERINE ONEIL CONF {c.X(10)} home inspection + radon",
       lambda c: f"ZELLE P2P FROM KATHERINE ONEIL CONF {c.X(10)} sewer scope"])
    A("Jamal Wright", SI, ("d", ["2026-05-14"]), 450.00,
      lambda c: f"ZELLE P2P FROM JAMAL WRIGHT CONF {c.X(10)}")
    A("", SI, ("r", 2), (325, 640),
      lambda c: f"MOBILE DEPOSIT REF NUMBER :{c.n(9)}", rnd=5)
    A("Midwest Multifamily Partners", SI, ("d", ["2026-04-08"]), 3850.00,
      lambda c: f"WIRE IN {c.d:%y%m%d}{c.n(10)} ORG MIDWEST MULTIFAMILY PARTNERS LP "
                f"OBI PCA 3 BLDGS TROOST AVE")
    A("", "Bank Fees", ("d", ["2026-04-08"]), -15.00, lambda c: "INCOMING WIRE FEE")
    A("Amazon", "Refunds", ("r", 1), (21.99, 46.50),
      cb_card(lambda c: f"AMAZON MKTPL*{c.X(9)}", "Amzn.com/bill", "WA", kind="VISA DDA REF"),
      card=True)
    A("Kyle Brandt", "Owner Draw / Contribution", ("d", ["2026-03-04"]), 2500.00,
      lambda c: f"ZELLE P2P FROM KYLE BRANDT CONF {c.X(10)} CAPITAL")
    A("", "Internal Transfer", ("d", ["2026-04-30"]), 2000.00,
      lambda c: "ONLINE XFER FROM SAV XXXXXX2231 REF#IB0" + c.n(8))
    # ---------------------------------------------------------------- payroll
    A("ADP", "Salaries & Payroll", ("last",), (-2410, -2160),
      cb_ach("DEBIT", "ADP WAGE PAY", "WAGE PAY", extra=lambda c: f"{c.n(6)} {c.X(5)}"),
      keep=ach_id("9"))
    A("ADP", "Salaries & Payroll", ("last",), (-1190, -1020),
      cb_ach("DEBIT", "ADP Tax", "ADP Tax", extra=lambda c: f"{c.d:%y%m%d}{c.n(2)} {c.X(6)}"),
      keep=ach_id("1"))
    A("ADP", "Software & Subscriptions", ("m", 6, [1, 2]), (-96, -88),
      cb_ach("DEBIT", "ADP PAYROLL FEES", "ADP - FEES", extra=lambda c: f"{c.X(6)} {c.n(7)}"),
      keep=ach_id("2"))
    A("City of Kansas City", "Salaries & Payroll", ("m", 28, [0, 1]), (-118, -96),
      cb_ach("DEBIT", "CITY OF KCMO REV", "EARNINGTAX", extra=lambda c: "E-1 W/H"), keep=kcmo)
    A("City of Kansas City", "Taxes", ("d", ["2026-03-02"]), -180.00,
      cb_ach("DEBIT", "CITY OF KCMO REV", "BUS LIC", extra=lambda c: f"ACCT {c.k['id'][-6:]}"),
      keep=kcmo)
    # ---------------------------------------------------------------- software, telecom, utilities
    A("Spectora", "Software & Subscriptions", ("m", 9, [0, 2]), -99.00,
      cb_card("SPECTORA.COM", "8584124470", "CA"), card=True)
    A("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -28.00,
      cb_card("GOOGLE *GSUITE_plumblinehi", "cc@google.com", "CA"), card=True)
    A("Google", "Marketing & Advertising", ("r", 1), (-310, -140),
      cb_card(lambda c: f"GOOGLE *ADS{c.n(10)}", "cc@google.com", "CA"), card=True)
    A("Google", "Utilities", ("m", 12, [0, 1]), -70.00,
      cb_ach("DEBIT", "GOOGLE FIBER", "AUTOPAY", sec="PPD",
             extra=lambda c: f"ACCT {c.k['acct']}"),
      keep=lambda: {"id": "9" + kd(9), "acct": kd(9)})
    A("Verizon", "Utilities", ("m", 22, [0, 2]), (-161, -148),
      cb_ach("DEBIT", "VERIZON WIRELESS", "PAYMENTS", sec="PPD"), keep=ach_id("2"))
    A("Evergy", "Utilities", ("m", 18, [1, 2]), (-142, -88),
      cb_ach("DEBIT", "EVERGY", "UTILITYPMT", sec="PPD"), keep=ach_id("1"))
    A("InterNACHI", "Software & Subscriptions", ("m", 17, [0, 1]), -49.00,
      cb_card("INTERNACHI", "303-2230861", "CO"), card=True)
    # ---------------------------------------------------------------- rent, insurance, loans
    A("Waldo Office Suites", "Rent", ("m", 1), -850.00,
      lambda c: f"ONLINE BILL PMT WALDO OFFICE SUITES CONF# {c.X(8)}")
    A("InspectorPro Insurance", "Insurance", ("m", 20, [0, 1]), -212.40,
      cb_ach("DEBIT", "INSPECTORPRO INS", "PREMIUM", extra=lambda c: f"POL {c.k['pol']}"),
      keep=lambda: {"id": "1" + kd(9), "pol": "IPI" + kd(7)})
    A("Progressive", "Insurance", ("m", 6, [0, 1]), -168.33,
      cb_ach("DEBIT", "PROGRESSIVE INS", "INS PREM", sec="PPD"), keep=ach_id("9"))
    A("Ally", "Loan Repayment", ("m", 10, [1, 2]), -489.12,
      cb_ach("DEBIT", "ALLY", "ALLY PAYMT", sec="PPD"), keep=ach_id("9"))
    A("", "Loan Repayment", ("m", 25, [0, 2]), -312.50,
      lambda c: "LOAN PAYMENT TRANSFER TO LN XXXXXX0457")
    # ---------------------------------------------------------------- job costs, subcontractors
    A("AccuStar Labs", "Cost of Goods Sold", ("r", 2), (-168, -96),
      cb_card("ACCUSTAR LABS", "MEDWAY", "MA"), card=True, rnd=1)
    A("KC Sewer Scope", "Professional Services", ("r", 3), ("choice", [-125, -250, -250, -375]),
      lambda c: f"ZELLE P2P TO KC SEWER SCOPE LLC CONF {c.X(10)} INV {c.seq('kcss', 1184)}")
    A("Blue Valley Pest Solutions", "Professional Services", ("r", 2), (-210, -95),
      lambda c: f"ONLINE BILL PMT BLUE VALLEY PEST SOLUT CONF# {c.X(8)}", rnd=5)
    # ---------------------------------------------------------------- vehicle
    A("QuikTrip", "Travel", ("r", 4), (-74, -36), [
      cb_card(lambda c: f"QT {R.choice(['226', '241', '112'])} OUTSIDE", "KANSAS CITY"),
      cb_card("QT 0283 OUTSIDE", "OVERLAND PARK", st="KS"),
      cb_card("QT 918 OUTSIDE", "LEES SUMMIT")], card=True, tw=[3, 1, 1])
    # ---------------------------------------------------------------- supplies, equipment, marketing
    A("Home Depot", "Supplies & Materials", ("r", 1), (-96, -18),
      cb_card("THE HOME DEPOT #2207", "KANSAS CITY", kind="POS DDA PUR"), card=True)
    A("Home Depot", "Refunds", ("r", 1), (14.97, 38.94),
      cb_card("THE HOME DEPOT #2207", "KANSAS CITY", kind="VISA DDA REF"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 2), (-88, -12),
      cb_card(lambda c: f"AMAZON MKTPL*{c.X(9)}", "Amzn.com/bill", "WA"), card=True)
    A("FLIR", "Equipment", ("d", ["2026-04-13"]), -1299.00,
      cb_card("FLIR.COM", "800-5463547", "OR"), card=True)
    A("Little Giant Ladders", "Equipment", ("d", ["2026-03-19"]), -429.98,
      cb_card("LITTLE GIANT LADDER", "SPRINGVILLE", "UT"), card=True)
    A("KC Yard Signs", "Marketing & Advertising", ("d", ["2026-03-09"]), -186.40,
      cb_card("SQ *KC YARD SIGNS", "NORTH KANSAS CIT"), card=True)
    A("Jack Stack Barbecue", "Meals & Entertainment", ("r", 2), (-164, -58),
      cb_card("JACK STACK BBQ FREIGHT", "KANSAS CITY"), card=True)
    # ---------------------------------------------------------------- accountant, owner, bank
    A("Brookside CPA Group", "Professional Services", ("m", 27, [0, 1]), -275.00,
      lambda c: f"ONLINE BILL PMT BROOKSIDE CPA GROUP CONF# {c.X(8)}")
    A("Kyle Brandt", "Owner Draw / Contribution", ("d", ["2026-03-31", "2026-05-29"]),
      [-2000.00, -3000.00],
      lambda c: f"ZELLE P2P TO KYLE BRANDT CONF {c.X(10)} OWNER DRAW")
    A("", "Internal Transfer", ("d", ["2026-03-16", "2026-05-15"]), [-1200.00, -1500.00],
      lambda c: f"ONLINE XFER TO SAV XXXXXX2231 REF#IB0{c.n(8)} TAX RESERVE")
    A("", "Internal Transfer", ("r", 1), -200.00,
      lambda c: f"ATM WITHDRAWAL {c.n(6)} 4800 MAIN ST KANSAS CITY MO COMMERCE BANK CARD 4417")
    A("", "Bank Fees", ("last", [0, 1]), -18.00, lambda c: "SERVICE CHARGE BUSINESS CHECKING")
    return b

# =============================================================================================
# US 2: us-microgreens-farm - Whitlock Greens LLC, Fayetteville AR (indoor microgreens farm)
# Arvest Bank business checking. Capitals. Card lines `DEBIT CARD PMT <merchant> <city> <st> ON
# mm/dd CRD nnnn` (also `RECURRING`, `PIN` and `DEBIT CARD CREDIT`); ACH `ACH WITHDRAWAL|DEPOSIT
# <company> <entry> ID <id>`; `ZELLE FROM|TO <name> REF # <id>`; `MOBILE BANKING DEPOSIT`;
# `TELLER DEPOSIT`; `INTERNET BANKING TRANSFER`; `LOAN PAYMENT TRANSFER`.
# =============================================================================================

def av_card(m, city="FAYETTEVILLE", st="AR", kind="DEBIT CARD PMT"):
    def f(c):
        mm = m(c) if callable(m) else m
        cc = city(c) if callable(city) else city
        return f"{kind} {mm} {cc} {st} ON {c.pd:%m/%d} CRD {c.card}"
    return f


def av_ach(dirn, co, entry, extra=None):
    def f(c):
        s = f"ACH {dirn} {co} {entry} ID {c.k['id']}"
        if extra:
            s += " " + extra(c)
        return s
    return f


def us_microgreens_farm():
    gusto = once(ach_id("9"))
    b = Biz("us-microgreens-farm", "US", "US", D(2025, 7, 1), D(2025, 9, 30),
            cards=["0917", "0917", "5562"])
    A = b.add
    SR = "Sales Revenue"
    # ---------------------------------------------------------------- money in: sales
    A("Square", SR, ("r", 7), (184, 915),
      lambda c: f"ACH DEPOSIT SQUARE INC {c.d:%y%m%d}P2 ID {c.k['id']} L2{c.X(8)}",
      keep=ach_id("9"))
    A("Stripe", SR, ("r", 3), (142, 468),
      lambda c: f"ACH DEPOSIT STRIPE TRANSFER ID {c.k['id']} ST-{c.X(12)} WHITLOCK GREENS LLC",
      keep=ach_id("4"))
    A("Wilson Park Kitchen", SR, ("r", 2), (96, 245),
      lambda c: f"ACH DEPOSIT WILSON PARK KITC VENDOR PMT ID {c.k['id']} INV {c.seq('inv', 1041)}",
      keep=ach_id("1"))
    A("Ozark Hearth", SR, ("r", 3), (72, 188),
      lambda c: f"ZELLE FROM OZARK HEARTH LLC REF # {c.X(9)} microgreens wk {c.d:%m/%d}")
    A("Ozark Harvest Co-op", SR, ("r", 2), (118, 336),
      lambda c: f"ACH DEPOSIT OZARK HARVEST CO AP PAYMENT ID {c.k['id']}", keep=ach_id("7"))
    A("Bentonville Food Hall", SR, ("r", 2), (210, 390),
      lambda c: f"ACH DEPOSIT BENTONVILLE FOOD PAYABLES ID {c.k['id']} WHITLOCK GREENS",
      keep=ach_id("3"))
    A("Lauren Pierce", SR, ("d", ["2025-07-08", "2025-08-05"]), 60.00,
      lambda c: f"ZELLE FROM LAUREN PIERCE REF # {c.X(9)} CSA share {mon(c.d)}")
    A("", SR, ("d", ["2025-07-22", "2025-08-19"]), [164.00, 212.50],
      lambda c: f"MOBILE BANKING DEPOSIT {c.n(10)}")
    A("", SR, ("r", 3), (136, 418),
      lambda c: f"TELLER DEPOSIT BR {R.choice(['0241', '0241', '0307'])}", rnd=1)
    # ---------------------------------------------------------------- money in: other
    A("USDA NRCS", "Other Income", ("d", ["2025-08-21"]), 4812.00,
      lambda c: f"ACH DEPOSIT USDA NRCS EQIP MISC PAY ID {c.k['id']} CONTRACT 7442{c.k['ct']}",
      keep=lambda: {"id": "3" + kd(9), "ct": kd(6)})
    A("Johnny's Selected Seeds", "Refunds", ("r", 1), (18.45, 42.90),
      av_card("JOHNNYS SELECTED SEEDS", "877-5643803", "ME", kind="DEBIT CARD CREDIT"), card=True)
    A("Naomi Whitlock", "Owner Draw / Contribution", ("d", ["2025-07-02"]), 3000.00,
      lambda c: f"ZELLE FROM NAOMI WHITLOCK REF # {c.X(9)} capital for cooler")
    # ---------------------------------------------------------------- production inputs
    A("Johnny's Selected Seeds", "Cost of Goods Sold", ("r", 2), (-318, -64),
      av_card("JOHNNYS SELECTED SEEDS", "877-5643803", "ME"), card=True)
    A("True Leaf Market", "Cost of Goods Sold", ("r", 3), (-240, -55),
      av_card("TRUE LEAF MARKET", "SALT LAKE CTY", "UT"), card=True)
    A("Hummert International", "Cost of Goods Sold", ("r", 2), (-410, -180),
      av_card("HUMMERT INTERNATIONAL", "EARTH CITY", "MO"), card=True)
    A("Good Start Packaging", "Cost of Goods Sold", ("r", 2), (-298, -145),
      av_card("GOODSTARTPACKAGING.COM", "LEHI", "UT"), card=True)
    A("Sticker Mule", "Cost of Goods Sold", ("r", 1), (-118, -79),
      av_card("STICKER MULE", "AMSTERDAM", "NY"), card=True)
    A("Bootstrap Farmer", "Supplies & Materials", ("r", 2), (-236, -88),
      av_card("BOOTSTRAP FARMER", "855-4687373", "MO"), card=True)
    A("Walmart", "Supplies & Materials", ("r", 1), (-64, -18),
      av_card(lambda c: f"WAL-MART #{R.choice(['0359', '5260'])}",
              lambda c: R.choice(["FAYETTEVILLE", "SPRINGDALE"]), kind="DEBIT CARD PMT PIN"),
      card=True)
    A("Tractor Supply", "Supplies & Materials", ("r", 1), (-86, -22),
      av_card("TRACTOR SUPPLY #1167", "FAYETTEVILLE"), card=True)
    A("Farmers Friend", "Equipment", ("d", ["2025-07-15"]), -429.00,
      av_card("FARMERS FRIEND LLC", "LYNCHBURG", "VA"), card=True)
    A("Store It Cold", "Equipment", ("d", ["2025-07-03"]), -349.00,
      av_card("STORE IT COLD LLC", "BOULDER", "CO"), card=True)
    # ---------------------------------------------------------------- payroll and taxes
    A("Gusto", "Salaries & Payroll", ("m", 15, [0, 1]), (-1490, -1310),
      av_ach("WITHDRAWAL", "GUSTO", "NET", extra=lambda c: f"{c.n(6)} WHITLOCK GREENS L"),
      keep=gusto)
    A("Gusto", "Salaries & Payroll", ("last",), (-1505, -1320),
      av_ach("WITHDRAWAL", "GUSTO", "NET", extra=lambda c: f"{c.n(6)} WHITLOCK GREENS L"),
      keep=gusto)
    A("Gusto", "Salaries & Payroll", ("last", [0, 2]), (-612, -540),
      av_ach("WITHDRAWAL", "GUSTO", "TAX", extra=lambda c: f"{c.n(6)} WHITLOCK GREENS L"),
      keep=gusto)
    A("Gusto", "Software & Subscriptions", ("m", 3, [1, 2]), (-58.00, -52.00),
      av_ach("WITHDRAWAL", "GUSTO", "FEE", extra=lambda c: f"{c.n(6)} WHITLOCK GREENS L"),
      keep=gusto, rnd=1)
    A("Arkansas Department of Finance and Administration", "Taxes", ("m", 19), (-162, -78),
      av_ach("WITHDRAWAL", "AR DFA SALESTAX", "SALES&USE",
             extra=lambda c: f"PERMIT {c.k['permit']}"),
      keep=lambda: {"id": "1" + kd(9), "permit": kd(8)})
    # ---------------------------------------------------------------- utilities, rent, insurance
    A("Ozarks Electric Cooperative", "Utilities", ("m", 11), (-342, -214),
      av_ach("WITHDRAWAL", "OZARKS ELECTRIC", "UTIL PMT", extra=lambda c: f"MBR {c.k['mbr']}"),
      keep=lambda: {"id": "1" + kd(9), "mbr": kd(7)})
    A("Black Hills Energy", "Utilities", ("m", 8, [0, 2]), (-46, -31),
      av_ach("WITHDRAWAL", "BLACK HILLS ENER", "UTILITY"), keep=ach_id("1"))
    A("City of Fayetteville", "Utilities", ("m", 24, [0, 2]), (-96, -58),
      av_ach("WITHDRAWAL", "CITY OF FAYETTEVI", "WATER/SWR"), keep=ach_id("6"))
    A("Cox", "Utilities", ("m", 5, [1, 2]), -89.99,
      av_ach("WITHDRAWAL", "COX COMM NWA", "PAYMENT"), keep=ach_id("9"))
    A("Mill District Properties", "Rent", ("m", 1), -1150.00,
      lambda c: f"ONLINE BILL PAY MILL DISTRICT PROPER CONF {c.n(8)}")
    A("FLIP", "Insurance", ("d", ["2025-08-12"]), -299.00,
      av_card("FLIP FOOD LIABILITY INS", "800-5097830", "PA"), card=True)
    A("Farm Bureau Insurance", "Insurance", ("m", 20, [0, 1]), -142.17,
      av_ach("WITHDRAWAL", "SOUTHERN FARM BUR", "INS PREM", extra=lambda c: f"POL {c.k['pol']}"),
      keep=lambda: {"id": "1" + kd(9), "pol": "A" + kd(8)})
    # ---------------------------------------------------------------- delivery van, market, marketing
    A("Murphy USA", "Travel", ("r", 2), (-58, -31),
      av_card(lambda c: f"MURPHY USA {R.choice(['7102', '6884'])}",
              lambda c: R.choice(["FAYETTEVILLE", "ROGERS"]), kind="DEBIT CARD PMT PIN"),
      card=True)
    A("Bentonville Farmers Market", "Marketing & Advertising",
      ("d", ["2025-07-05", "2025-09-06"]), -40.00,
      av_card("SQ *BENTONVILLE FARMERS", "BENTONVILLE"), card=True)
    A("Meta", "Marketing & Advertising", ("r", 1), (-64, -25),
      av_card(lambda c: f"FACEBK *{c.X(10)}", "fb.me/ads", "CA"), card=True)
    A("Local Line", "Software & Subscriptions", ("m", 10, [0, 1]), -89.00,
      av_card("LOCALLINE.CA", "VANCOUVER", "BC", kind="RECURRING DEBIT CARD PMT"), card=True)
    A("Dickson Street Bookkeeping", "Professional Services", ("m", 28, [0, 1]), -185.00,
      lambda c: f"ONLINE BILL PAY DICKSON STREET BOOK CONF {c.n(8)}")
    # ---------------------------------------------------------------- loans, owner, bank
    A("", "Loan Repayment", ("m", 17), -386.20,
      lambda c: "LOAN PAYMENT TRANSFER TO LN XXXXXX7781")
    A("Naomi Whitlock", "Owner Draw / Contribution", ("d", ["2025-08-29", "2025-09-30"]),
      [-1200.00, -1500.00],
      lambda c: f"ZELLE TO NAOMI WHITLOCK REF # {c.X(9)} draw")
    A("", "Internal Transfer", ("d", ["2025-09-12"]), -1000.00,
      lambda c: "INTERNET BANKING TRANSFER TO SAVINGS XXXXXX4410")
    A("", SR, ("d", ["2025-08-26"]), -212.50,
      lambda c: f"RETURNED DEPOSITED ITEM CHK {c.n(4)} NSF")
    A("", "Bank Fees", ("d", ["2025-08-26"]), -12.00,
      lambda c: "RETURNED DEPOSITED ITEM FEE")
    A("", "Bank Fees", ("last",), -15.00, lambda c: "MONTHLY SERVICE FEE")
    return b

# =============================================================================================
# US 3: us-kayak-outfitter - Stillwater Paddle Co. LLC, Whitefish MT (guided paddle tours, kayak
# and paddleboard rentals). Glacier Bank business checking, Jack Henry style export. Capitals.
# Card lines `POINT OF SALE DEBIT L<nnn> TIME hh:mm AM DATE mm-dd <merchant> <city> <st>`,
# refunds `POINT OF SALE CREDIT`; ACH `EXTERNAL DEPOSIT|WITHDRAWAL <company> - <entry>`;
# `P2P RECEIVED|SENT ZELLE <name> <memo>`; `INCOMING WIRE` + `WIRE FEE`; `DEPOSIT`;
# `REMOTE DEPOSIT`; `INTERNET TRANSFER TO|FROM`; `LOAN PAYMENT`; `ANALYSIS SERVICE CHARGE`.
# =============================================================================================

def gb_time():
    h = R.randint(7, 20)
    return f"{(h - 1) % 12 + 1:02d}:{R.randint(0, 59):02d} {'AM' if h < 12 else 'PM'}"


def gb_card(m, city="WHITEFISH", st="MT", kind="POINT OF SALE DEBIT"):
    def f(c):
        mm = m(c) if callable(m) else m
        cc = city(c) if callable(city) else city
        return f"{kind} L{c.n(3)} TIME {gb_time()} DATE {c.pd:%m-%d} {mm} {cc} {st}"
    return f


def gb_ach(dirn, co, entry, extra=None):
    def f(c):
        s = f"EXTERNAL {dirn} {co} - {entry}"
        if extra:
            s += " " + extra(c)
        return s
    return f


def us_kayak_outfitter():
    b = Biz("us-kayak-outfitter", "US", "US", D(2025, 6, 1), D(2025, 8, 31), cards=["x"])
    A = b.add
    SR, SI = "Sales Revenue", "Service Income"
    # ---------------------------------------------------------------- money in
    A("Peek", SR, ("r", 8), (420, 2640),
      gb_ach("DEPOSIT", "PEEK TRAVEL INC", "PAYOUT", extra=lambda c: f"{c.k['id']} PO{c.n(8)}"),
      keep=ach_id("1"))
    A("Viator", SR, ("d", ["2025-07-07", "2025-08-05"]), (610, 1940),
      gb_ach("DEPOSIT", "VIATOR INC", "SUPPLIER P", extra=lambda c: f"{c.k['id']} {c.n(7)}"),
      keep=ach_id("2"))
    A("Square", SR, ("r", 5), (96, 688),
      lambda c: f"EXTERNAL DEPOSIT SQUARE INC - {c.d:%y%m%d}P2 L2{c.X(8)}")
    A("", SR, ("r", 2), (140, 610),
      lambda c: "DEPOSIT", rnd=1)
    A("", SI, ("d", ["2025-06-24", "2025-08-12"]), [720.00, 480.00],
      lambda c: f"REMOTE DEPOSIT {c.n(7)}")
    A("Glacier Range Lodge", SI, ("d", ["2025-07-10", "2025-08-08"]), (880, 1640),
      gb_ach("DEPOSIT", "GLACIER RANGE LO", "VENDOR PMT",
             extra=lambda c: f"INV SPC-{c.seq('gl', 2507)}"), rnd=5)
    A("Big Mountain Youth Camp", SI, ("d", ["2025-06-27", "2025-07-29"]), [1350.00, 1575.00],
      gb_ach("DEPOSIT", "BIG MOUNTAIN YOU", "AP PAYMENT", extra=lambda c: "CAMP PADDLE DAYS"))
    A("Northfork Software", SI, ("d", ["2025-07-16"]), 4200.00,
      lambda c: f"INCOMING WIRE NORTHFORK SOFTWARE INC REF {c.n(6)} TEAM RETREAT 7/24 DEPOSIT+BAL")
    A("", "Bank Fees", ("d", ["2025-07-16"]), -15.00, lambda c: "WIRE FEE INCOMING")
    A("Brittany Kowalski", SI, ("d", ["2025-06-16"]), 540.00,
      lambda c: f"P2P RECEIVED ZELLE BRITTANY KOWALSKI bachelorette SUP tour 6/28 {c.X(8)}")
    A("Brittany Kowalski", SI, ("d", ["2025-06-30"]), -270.00,
      lambda c: f"P2P SENT ZELLE BRITTANY KOWALSKI refund half - weather cancel {c.X(8)}")
    A("Derek Halvorsen", SI, ("d", ["2025-08-18"]), 315.00,
      lambda c: f"P2P RECEIVED ZELLE DEREK HALVORSEN family sunset tour {c.X(8)}")
    A("NRS", "Refunds", ("r", 1), (42.95, 89.90),
      gb_card("NRS", "MOSCOW", "ID", kind="POINT OF SALE CREDIT"), card=True)
    A("Cody Marchetti", "Owner Draw / Contribution", ("d", ["2025-06-02"]), 5000.00,
      lambda c: f"P2P RECEIVED ZELLE CODY MARCHETTI season float {c.X(8)}")
    A("Square", "Financing", ("d", ["2025-06-11"]), 8500.00,
      lambda c: f"EXTERNAL DEPOSIT SQUARE CAPITAL - SQ LOAN {c.n(8)}")
    A("", "Internal Transfer", ("d", ["2025-06-13"]), 3000.00,
      lambda c: "INTERNET TRANSFER FROM SAVINGS XXXXXX8203")
    # ---------------------------------------------------------------- payroll
    A("Paychex", "Salaries & Payroll", ("m", 15, [1, 2]), (-7820, -4150),
      gb_ach("WITHDRAWAL", "PAYCHEX INC.", "PAYROLL", extra=lambda c: f"{c.X(10)}"))
    A("Paychex", "Salaries & Payroll", ("last",), (-8140, -4420),
      gb_ach("WITHDRAWAL", "PAYCHEX INC.", "PAYROLL", extra=lambda c: f"{c.X(10)}"))
    A("Paychex", "Salaries & Payroll", ("last",), (-2950, -1510),
      gb_ach("WITHDRAWAL", "PAYCHEX TPS", "TAXES", extra=lambda c: f"{c.X(10)}"))
    A("Paychex", "Software & Subscriptions", ("m", 4, [1, 2]), (-148, -121),
      gb_ach("WITHDRAWAL", "PAYCHEX EIB", "INVOICE", extra=lambda c: f"X{c.n(8)}"))
    A("Montana Department of Labor & Industry", "Salaries & Payroll", ("d", ["2025-07-31"]),
      -412.66, gb_ach("WITHDRAWAL", "MT DEPT OF LABOR", "UI TAX",
                      extra=lambda c: f"ER {c.k['er']} Q2 2025"),
      keep=lambda: {"er": kd(6)})
    A("Montana State Fund", "Insurance", ("m", 20, [1, 2]), (-620, -388),
      gb_ach("WITHDRAWAL", "MONTANA STATE FU", "PREMIUM", extra=lambda c: f"POL {c.k['pol']}"),
      keep=lambda: {"pol": "0" + kd(7)})
    # ---------------------------------------------------------------- tax, permits
    A("City of Whitefish", "Taxes", ("m", 15), (-1480, -540),
      gb_ach("WITHDRAWAL", "CITY OF WHITEFIS", "RESORT TAX", extra=lambda c: f"ACCT {c.k['acct']}"),
      keep=lambda: {"acct": "RT" + kd(5)})
    A("City of Whitefish", "Utilities", ("m", 23, [0, 2]), (-88, -54),
      gb_ach("WITHDRAWAL", "CITY OF WHITEFIS", "UTILITY", extra=lambda c: f"ACCT {c.k['acct']}"),
      keep=lambda: {"acct": kd(6) + "-01"})
    A("Montana Secretary of State", "Taxes", ("d", ["2025-06-09"]), -20.00,
      gb_card("MT SOS ANNUAL REPORT", "HELENA"), card=True)
    # ---------------------------------------------------------------- rent, utilities, insurance
    A("Baker Avenue Properties", "Rent", ("m", 1), -2400.00,
      lambda c: f"BILL PAY BAKER AVENUE PROPERTIES {c.n(6)}")
    A("Flathead Electric Cooperative", "Utilities", ("m", 12, [1, 2]), (-118, -84),
      gb_ach("WITHDRAWAL", "FLATHEAD ELECTRI", "ELEC PMT"))
    A("CenturyLink", "Utilities", ("m", 7, [0, 1]), -84.99,
      gb_ach("WITHDRAWAL", "CENTURYLINK", "ONLINE PMT"))
    A("Outdoor Underwriters", "Insurance", ("d", ["2025-06-03"]), -2840.00,
      lambda c: f"BILL PAY OUTDOOR UNDERWRITERS {c.n(6)}")
    A("Safeco", "Insurance", ("m", 26, [0, 1]), -211.40,
      gb_ach("WITHDRAWAL", "SAFECO INSURANCE", "PAYMENT"))
    # ---------------------------------------------------------------- boats, gear, supplies
    A("Confluence Outdoor", "Equipment", ("d", ["2025-06-04"]), -6480.00,
      gb_ach("WITHDRAWAL", "CONFLUENCE OUTDO", "CORP PMT", extra=lambda c: "INV 9120447"))
    A("Werner Paddles", "Equipment", ("d", ["2025-06-10"]), -894.00,
      gb_card("WERNER PADDLES", "SULTAN", "WA"), card=True)
    A("NRS", "Supplies & Materials", ("r", 2), (-412, -64),
      gb_card("NRS", "MOSCOW", "ID"), card=True)
    A("Costco", "Supplies & Materials", ("r", 2), (-186, -72),
      gb_card("COSTCO WHSE #0672", "KALISPELL"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 1), (-64, -19),
      gb_card(lambda c: f"AMAZON.COM*{c.X(9)}", "SEATTLE", "WA"), card=True)
    # ---------------------------------------------------------------- vans
    A("Cenex", "Travel", ("r", 2), (-96, -48),
      gb_card("CENEX ZIP TRIP 42", "WHITEFISH"), card=True)
    A("Town Pump", "Travel", ("r", 2), (-104, -41),
      gb_card(lambda c: f"TOWN PUMP #{R.choice(['4412', '4457'])}",
              lambda c: R.choice(["WHITEFISH", "KALISPELL", "COLUMBIA FALL"])), card=True)
    A("Flathead Trailer & Hitch", "Travel", ("d", ["2025-07-21"]), -386.45,
      gb_card("FLATHEAD TRAILER & HI", "KALISPELL"), card=True)
    A("Wells Fargo", "Loan Repayment", ("m", 18, [0, 2]), -612.88,
      gb_ach("WITHDRAWAL", "WF AUTO LOAN", "AUTO PAY", extra=lambda c: f"{c.k['ln']}"),
      keep=lambda: {"ln": kd(10)})
    A("", "Loan Repayment", ("m", 28, [0, 2]), -1045.20,
      lambda c: "LOAN PAYMENT TRANSFER TO LOAN XXXXXX1093")
    # ---------------------------------------------------------------- software, marketing, meals
    A("Smartwaiver", "Software & Subscriptions", ("m", 8, [0, 2]), -49.00,
      gb_card("SMARTWAIVER", "805-5001280", "CA"), card=True)
    A("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -14.00,
      gb_card("GOOGLE *GSUITE_stillwater", "CC@GOOGLE.COM", "CA"), card=True)
    A("Explore Whitefish", "Marketing & Advertising", ("d", ["2025-06-06"]), -750.00,
      lambda c: f"BILL PAY EXPLORE WHITEFISH {c.n(6)}")
    A("Meta", "Marketing & Advertising", ("r", 1), (-180, -60),
      gb_card(lambda c: f"FACEBK {c.X(10)}", "MENLO PARK", "CA"), card=True)
    A("Spokane Avenue Pub", "Meals & Entertainment", ("d", ["2025-08-27"]), -438.60,
      gb_card("SPOKANE AVENUE PUB", "WHITEFISH"), card=True)
    A("Flathead Valley Bookkeeping", "Professional Services", ("m", 5, [1, 2]), -320.00,
      lambda c: f"BILL PAY FLATHEAD VALLEY BOOKKEE {c.n(6)}")
    # ---------------------------------------------------------------- owner, bank
    A("Cody Marchetti", "Owner Draw / Contribution", ("d", ["2025-07-31", "2025-08-29"]),
      [-3500.00, -4000.00],
      lambda c: f"P2P SENT ZELLE CODY MARCHETTI owner draw {c.X(8)}")
    A("", "Internal Transfer", ("d", ["2025-08-15"]), -5000.00,
      lambda c: "INTERNET TRANSFER TO SAVINGS XXXXXX8203")
    A("", "Internal Transfer", ("d", ["2025-06-13"]), -300.00,
      lambda c: "ATM WITHDRAWAL GLACIER BANK 319 E 2ND ST WHITEFISH MT")
    A("", "Bank Fees", ("m", 2, [1, 2]), (-42, -31), lambda c: "ANALYSIS SERVICE CHARGE")
    return b

# =============================================================================================
# UK 1: uk-chimney-sweep - Thomas Ashby t/a Ashby Sweeps, York (sole trader; sweeping, cowls,
# bird guards, stove installs). Countingup business account (e-money), mixed case, fields joined
# with " - ": `Card purchase - <merchant> <town> GBR - dd/mm/yyyy - card ending nnnn`,
# `Card refund`, `Payment received - <NAME> - <reference>`, `Payment sent - <name> - <ref>`,
# `Direct Debit - <NAME> - <ref>`, `Cash deposit - Post Office <branch>` + `Cash deposit fee`,
# `ATM withdrawal`, `Non-sterling transaction fee`, `Countingup subscription`.
# Faster Payment payer names arrive cut at 18 characters.
# =============================================================================================

def cu_card(m, town="YORK", kind="Card purchase", cc="GBR", extra=None):
    def f(c):
        mm = m(c) if callable(m) else m
        s = f"{kind} - {mm} {town} {cc} - {c.pd:%d/%m/%Y} - card ending {c.card}"
        if extra:
            s += " - " + extra(c)
        return s
    return f


def cu_in(name, ref):
    return lambda c: f"Payment received - {name[:18]} - {ref(c) if callable(ref) else ref}"


def cu_out(name, ref):
    return lambda c: f"Payment sent - {name} - {ref(c) if callable(ref) else ref}"


def cu_dd(name, ref):
    return lambda c: f"Direct Debit - {name} - {ref(c) if callable(ref) else ref}"


def uk_chimney_sweep():
    b = Biz("uk-chimney-sweep", "UK", "UK", D(2025, 11, 1), D(2026, 1, 31),
            cards=["3307", "3307", "3307", "8815"])
    A = b.add
    SI = "Service Income"

    def inv(c):
        return f"INV {c.inv('i', 1108)}"

    # ---------------------------------------------------------------- customers
    A("Bootham Lettings", SI, ("r", 4), (85, 185),
      cu_in("BOOTHAM LETTINGS LTD",
            lambda c: f"{inv(c)} {R.choice(['14 GROSVENOR TCE', '3 MARYGATE', 'FLAT 2 BOOTHAM', '27 CLIFTON'])}"),
      rnd=5)
    A("Wolds Retreats", SI, ("r", 3), (95, 265),
      cu_in("WOLDS RETREATS LTD", lambda c: f"ASHBY SWEEPS {inv(c)}"), rnd=5)
    A("St Peter's Court Management", SI, ("d", ["2025-11-19", "2026-01-14"]), [240.00, 120.00],
      cu_in("ST PETERS COURT MANAGEMENT CO LTD", lambda c: f"{inv(c)}"))
    A("The Minster Arms", SI, ("d", ["2025-11-06", "2026-01-22"]), [150.00, 95.00],
      cu_in("THE MINSTER ARMS", lambda c: f"SWEEP 2 FLUES {inv(c)}" if c.i == 0 else
            f"SWEEP BAR FIRE {inv(c)}"))
    A("J Holroyd", SI, ("d", ["2025-11-10"]), 70.00, cu_in("MRS J HOLROYD", "CHIMNEY SWEEP"))
    A("R & S Pickering", SI, ("d", ["2025-11-24"]), 145.00,
      cu_in("R & S PICKERING", lambda c: f"sweep + bird guard {inv(c)}"))
    A("M Greenwood", SI, ("d", ["2025-12-02"]), 70.00, cu_in("GREENWOOD M", "ASHBY SWEEP"))
    A("Helen Fairburn", SI, ("d", ["2025-11-13", "2025-12-09"]), [75.00, 210.00],
      [cu_in("HELEN FAIRBURN", "Chimney sweep Haxby"),
       cu_in("HELEN FAIRBURN", lambda c: f"Cowl fitted {inv(c)}")])
    A("S Bhatti", SI, ("d", ["2025-12-15"]), 80.00, cu_in("DR S BHATTI", lambda c: inv(c)))
    A("P Stainthorpe", SI, ("d", ["2025-11-27", "2026-01-08"]), [1485.00, 70.00],
      [cu_in("P STAINTHORPE", lambda c: f"STOVE INSTALL BAL {inv(c)}"),
       cu_in("P STAINTHORPE", "1ST SWEEP NEW STOVE")])
    A("Anna Nowak", SI, ("d", ["2026-01-19"]), 75.00, cu_in("ANNA NOWAK", "sweep"))
    A("C O'Reilly", SI, ("d", ["2025-12-18"]), 70.00, cu_in("MR C OREILLY", lambda c: inv(c)))
    A("SumUp", "Sales Revenue", ("r", 6), (68, 342),
      cu_in("SUMUP PAYMENTS LIMITED", lambda c: f"SUMUP PAYOUT {c.X(8)}"))
    A("", SI, ("d", ["2025-11-21", "2025-12-19", "2026-01-16"]), [210.00, 285.00, 140.00],
      lambda c: "Cash deposit - Post Office Acomb")
    A("", "Bank Fees", ("d", ["2025-11-21", "2025-12-19", "2026-01-16"]), [-0.84, -1.14, -0.56],
      lambda c: "Cash deposit fee")
    A("Toolstation", "Refunds", ("r", 1), (12.48, 24.98),
      cu_card("TOOLSTATION", "YORK", kind="Card refund"), card=True)
    # ---------------------------------------------------------------- materials, stock, tools
    A("Northern Flue Supplies", "Cost of Goods Sold", ("r", 3), (-186, -42),
      cu_card("NORTHERN FLUE SUPPLIES", "LEEDS"), card=True)
    A("Pennine Stove Distributors", "Cost of Goods Sold", ("d", ["2025-11-12", "2026-01-05"]),
      [-1062.00, -318.40],
      cu_out("Pennine Stove Distributors Ltd", lambda c: f"PSD-{c.dseq(4471, 0.2)}"))
    A("Brushmaster Sweep Supplies", "Supplies & Materials", ("r", 2), (-96, -28),
      cu_card("BRUSHMASTER SWEEP SUPP", "HALIFAX"), card=True)
    A("Toolstation", "Supplies & Materials", ("r", 2), (-58, -9),
      cu_card("TOOLSTATION", "YORK"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 1), (-34, -12),
      cu_card(lambda c: f"AMAZON.CO.UK*{c.X(9)}", "AMAZON.CO.UK", cc="GBR"), card=True)
    A("Wöhler", "Equipment", ("d", ["2025-11-05"]), -166.64,
      cu_card("WOHLER TECHNIK GMBH", "BAD WUNNENBERG", cc="DEU",
              extra=lambda c: "EUR 189.00 @ 1.1342"))
    A("", "Bank Fees", ("d", ["2025-11-05"]), -4.58,
      lambda c: "Non-sterling transaction fee - WOHLER TECHNIK GMBH")
    # ---------------------------------------------------------------- van
    A("Tesco", "Travel", ("r", 3), (-68, -42),
      cu_card(lambda c: f"TESCO PFS {R.choice(['3481', '2562'])}", "YORK"), card=True)
    A("Esso", "Travel", ("r", 2), (-71, -45), cu_card("ESSO HOPGROVE", "YORK"), card=True)
    A("City of York Council", "Travel", ("r", 1), (-6.80, -3.20),
      cu_card("CITY OF YORK COUNCIL PARKING", "YORK"), card=True)
    A("Novuna", "Loan Repayment", ("m", 8), -289.14,
      cu_dd("MHC NOVUNA VEHICLE FINANCE", lambda c: c.k["agr"]), keep=lambda: {"agr": "7" + kd(9)})
    A("Admiral", "Insurance", ("m", 14, [0, 1]), -71.62,
      cu_dd("ADMIRAL INSURANCE", lambda c: c.k["pol"]), keep=lambda: {"pol": "P" + kd(8) + "-1"})
    A("Simply Business", "Insurance", ("m", 3, [1, 2]), -34.40,
      cu_dd("SIMPLY BUSINESS", lambda c: c.k["pol"]), keep=lambda: {"pol": "SB" + kd(7)})
    # ---------------------------------------------------------------- premises, phone, software
    A("Safestore", "Rent", ("m", 1), -118.00,
      cu_dd("SAFESTORE LTD", lambda c: f"YRK{c.k['unit']}"), keep=lambda: {"unit": kd(6)})
    A("Vodafone", "Utilities", ("m", 20, [0, 2]), (-32.5, -26.0),
      cu_dd("VODAFONE LIMITED", lambda c: c.k["acct"]), keep=lambda: {"acct": kd(9)})
    A("Xero", "Software & Subscriptions", ("m", 6, [0, 1]), -16.80,
      cu_dd("XERO UK LTD", lambda c: f"INV-{c.n(8)}"))
    A("Jobber", "Software & Subscriptions", ("m", 23, [0, 1]), -29.00,
      cu_card("GETJOBBER.COM", "EDMONTON", cc="CAN"), card=True)
    A("Checkatrade", "Marketing & Advertising", ("m", 10, [1, 2]), -96.00,
      cu_dd("CHECKATRADE.COM", lambda c: c.k["mem"]), keep=lambda: {"mem": "CT" + kd(6)})
    A("Guild of Master Chimney Sweeps", "Software & Subscriptions", ("d", ["2026-01-12"]), -180.00,
      cu_card("GUILD OF MASTER CHIMN", "SIDMOUTH"), card=True)
    A("Greggs", "Meals & Entertainment", ("r", 2), (-7.95, -3.40),
      cu_card(lambda c: f"GREGGS {R.choice(['1241', '0877'])}", "YORK"), card=True)
    # ---------------------------------------------------------------- people, tax
    A("Liam Dobson", "Salaries & Payroll", ("last",), (-1142, -1098),
      cu_out("Liam Dobson", lambda c: f"WAGES {mon(c.d).upper()[:3]}"))
    A("NEST", "Salaries & Payroll", ("m", 16, [0, 1]), (-53, -49),
      cu_dd("NEST", lambda c: c.k["ref"]), keep=lambda: {"ref": "NEST" + kd(8)})
    A("HMRC", "Owner Draw / Contribution", ("d", ["2026-01-30"]), -2346.20,
      cu_out("HMRC Self Assessment", lambda c: c.k["utr"] + "K"), keep=lambda: {"utr": kd(10)})
    A("Micklegate Accounts", "Professional Services", ("d", ["2025-11-28", "2026-01-09"]),
      [-90.00, -360.00], cu_out("Micklegate Accounts", lambda c: f"MA{c.dseq(2210, 0.1)}"))
    A("Thomas Ashby", "Owner Draw / Contribution",
      ("d", ["2025-11-07", "2025-11-28", "2025-12-12", "2025-12-23", "2026-01-23"]),
      [-450.00, -500.00, -400.00, -650.00, -450.00],
      cu_out("Thomas Ashby", "DRAWINGS"))
    A("", "Internal Transfer", ("d", ["2025-12-01", "2026-01-02"]), [-400.00, -600.00],
      cu_out("Ashby Sweeps", "TAX SAVER"))
    A("", "Internal Transfer", ("r", 1), -100.00,
      cu_card("LINK ATM", "YORK", kind="ATM withdrawal"), card=False)
    A("", "Bank Fees", ("m", 4), -10.00, lambda c: "Countingup subscription - monthly plan")
    return b

# =============================================================================================
# UK 2: uk-community-cafe - Pear Tree Community Kitchen CIC, Derby (café, catering, holiday food
# clubs). Unity Trust Bank current account (sort code 60-83-01). Capitals, names and references
# cut at 18 characters: `CARD nnnn dd/mm/yy <merchant> <town> GBR`, `CARD REFUND`,
# `FPS RECEIPT|PAYMENT <name> <ref>`, `BACS RECEIPT <name> <ref>`, `DIRECT DEBIT <name> <ref>`,
# `STANDING ORDER <name> <ref>`, `CASH PAID IN POST OFFICE <branch>`, `CHARGES TO ddMONyy`,
# `TRANSFER TO 60-83-01 <account> RESERVE`, `CASH WITHDRAWAL LINK`.
# =============================================================================================

def ut_card(m, town="DERBY", kind="CARD", cc="GBR"):
    def f(c):
        mm = m(c) if callable(m) else m
        return f"{kind} {c.card} {c.pd:%d/%m/%y} {mm} {town} {cc}"
    return f


def ut(kind, name, ref):
    def f(c):
        r = ref(c) if callable(ref) else ref
        return f"{kind} {name[:18]} {r[:18]}".rstrip()
    return f


def uk_community_cafe():
    tp = once(lambda: {"mid": "449" + kd(5)})
    b = Biz("uk-community-cafe", "UK", "UK", D(2026, 1, 1), D(2026, 3, 31),
            cards=["5512", "5512", "0736"])
    A = b.add
    SR, OI, COGS = "Sales Revenue", "Other Income", "Cost of Goods Sold"
    # ---------------------------------------------------------------- money in
    A("takepayments", SR, ("r", 9), (178, 764),
      ut("BACS RECEIPT", "TAKEPAYMENTS LTD", lambda c: f"MID {c.k['mid']} {c.d:%d%m}"),
      keep=tp)
    A("", SR, ("r", 4), (142, 418),
      lambda c: "CASH PAID IN POST OFFICE NORMANTON RD", rnd=1)
    A("University of Derby", SR, ("d", ["2026-01-27", "2026-03-10"]), [386.40, 612.00],
      ut("BACS RECEIPT", "UNIVERSITY OF DERBY", lambda c: f"PO 45000{c.n(5)}"))
    A("Markeaton Housing Trust", SR, ("d", ["2026-02-06", "2026-03-19"]), [245.00, 318.50],
      ut("FPS RECEIPT", "MARKEATON HOUSING TRUST", lambda c: f"INV PT{c.inv('i', 1043)}"))
    A("Sinfin Community Forum", SR, ("d", ["2026-02-23"]), 162.00,
      ut("FPS RECEIPT", "SINFIN COMMUNITY FORUM", lambda c: f"BUFFET PT{c.inv('i', 1043)}"))
    A("The National Lottery Community Fund", OI, ("d", ["2026-02-10"]), 5000.00,
      ut("BACS RECEIPT", "THE NATIONAL LOTTERY COMMUNITY", lambda c: f"{c.k['ref']} GRANT"),
      keep=lambda: {"ref": "2025" + kd(5)})
    A("Derby City Council", OI, ("d", ["2026-01-20"]), 2460.00,
      ut("BACS RECEIPT", "DERBY CITY COUNCIL", "HAF WINTER 25"))
    A("Derby City Council", "Taxes", ("d", ["2026-01-15"]), -118.00,
      ut("DIRECT DEBIT", "DERBY CITY COUNCIL", lambda c: f"NNDR {c.k['acct']}"),
      keep=lambda: {"acct": "6" + kd(7)})
    A("Derby Yoga Collective", OI, ("d", ["2026-01-09", "2026-02-06", "2026-03-06"]), 120.00,
      ut("FPS RECEIPT", "DERBY YOGA COLLECTIVE", lambda c: f"ROOM HIRE {mon(c.d).upper()[:3]}"))
    A("S Akhtar", OI, ("d", ["2026-03-02"]), 50.00, ut("FPS RECEIPT", "S AKHTAR", "DONATION"))
    A("Booker", "Refunds", ("r", 1), (8.49, 26.99),
      ut_card("BOOKER DERBY", kind="CARD REFUND"), card=True)
    # ---------------------------------------------------------------- food and drink
    A("Booker", COGS, ("r", 4), (-262, -84), ut_card("BOOKER DERBY"), card=True)
    A("Bidfood", COGS, ("r", 3), (-412, -176),
      ut("DIRECT DEBIT", "BIDFOOD", lambda c: f"CUST {c.k['cust']}"),
      keep=lambda: {"cust": "40" + kd(6)})
    A("Chester Green Bakehouse", COGS, ("r", 2), (-96, -48),
      ut("FPS PAYMENT", "CHESTER GREEN BAKEHOUSE", lambda c: f"INV {c.seq('cgb', 3310)}"))
    A("Derwent Valley Roasters", COGS, ("d", ["2026-01-13", "2026-02-24"]), [-148.50, -162.00],
      ut("FPS PAYMENT", "DERWENT VALLEY ROASTERS", lambda c: f"DVR{c.seq('dvr', 880)} PEAR TREE"))
    A("Normanton Fresh Produce", COGS, ("r", 2), (-118, -46),
      ut("FPS PAYMENT", "NORMANTON FRESH PRODUCE", lambda c: f"WK {c.d.isocalendar()[1]}"))
    A("Freshways", COGS, ("m", 5, [0, 2]), (-86, -64),
      ut("DIRECT DEBIT", "FRESHWAYS", lambda c: c.k["acct"]), keep=lambda: {"acct": "FW" + kd(6)})
    A("Aldi", COGS, ("r", 2), (-48, -14),
      ut_card(lambda c: f"ALDI {R.choice(['74', '81'])} {R.choice(['DERBY', 'ALVASTON'])}"),
      card=True)
    # ---------------------------------------------------------------- supplies, equipment
    A("Nisbets", "Supplies & Materials", ("r", 2), (-96, -22),
      ut_card("NISBETS PLC", "BRISTOL"), card=True)
    A("Nisbets", "Equipment", ("d", ["2026-02-17"]), -289.99,
      ut_card("NISBETS PLC", "BRISTOL"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 1), (-36, -11),
      ut_card(lambda c: f"AMAZON.CO.UK*{c.X(9)}", "LONDON"), card=True)
    A("Midlands Espresso Services", "Equipment", ("d", ["2026-03-04"]), -144.00,
      ut("FPS PAYMENT", "MIDLANDS ESPRESSO SERVICES", "SERVICE VISIT"))
    # ---------------------------------------------------------------- staff
    A("Jordan Hewitt", "Salaries & Payroll", ("last",), (-1186, -1120),
      ut("FPS PAYMENT", "JORDAN HEWITT", lambda c: f"SALARY {mon(c.d).upper()[:3]}"))
    A("Agnieszka Wójcik", "Salaries & Payroll", ("last",), (-842, -796),
      ut("FPS PAYMENT", "AGNIESZKA WOJCIK", lambda c: f"SALARY {mon(c.d).upper()[:3]}"))
    A("HMRC", "Salaries & Payroll", ("m", 19, [0, 2]), (-312, -268),
      ut("FPS PAYMENT", "HMRC CUMBERNAULD", lambda c: c.k["ref"] + f"{c.d.month - 3 + 12 if c.d.month < 4 else c.d.month - 3:02d}"),
      keep=lambda: {"ref": f"{kd(3)}PD{kd(6)}26"})
    A("NEST", "Salaries & Payroll", ("m", 16, [1, 2]), (-96, -88),
      ut("DIRECT DEBIT", "NEST", lambda c: c.k["ref"]), keep=lambda: {"ref": "NEST" + kd(8)})
    A("Ashbourne Payroll Services", "Software & Subscriptions", ("m", 8, [0, 1]), -36.00,
      ut("DIRECT DEBIT", "ASHBOURNE PAYROLL", lambda c: f"PTCK{c.k['cl']}"),
      keep=lambda: {"cl": kd(4)})
    # ---------------------------------------------------------------- premises
    A("St Barnabas PCC", "Rent", ("m", 1), -650.00,
      ut("STANDING ORDER", "ST BARNABAS PCC", "HALL RENT"))
    A("Octopus Energy", "Utilities", ("m", 12, [0, 1]), (-298, -236),
      ut("DIRECT DEBIT", "OCTOPUS ENERGY", lambda c: c.k["acct"]), keep=lambda: {"acct": "A-" + kX(8, "0123456789ABCDEF")})
    A("Severn Trent", "Utilities", ("m", 22, [0, 2]), (-58, -44),
      ut("DIRECT DEBIT", "SEVERN TRENT WATER", lambda c: c.k["acct"]), keep=lambda: {"acct": kd(10)})
    A("BT", "Utilities", ("m", 18, [1, 2]), -62.40,
      ut("DIRECT DEBIT", "BT GROUP PLC", lambda c: c.k["acct"]), keep=lambda: {"acct": "GP" + kd(8)})
    A("Biffa", "Utilities", ("m", 25, [0, 2]), (-74, -68),
      ut("DIRECT DEBIT", "BIFFA WASTE SERVICES", lambda c: c.k["acct"]),
      keep=lambda: {"acct": "S" + kd(7)})
    A("Ecclesiastical", "Insurance", ("m", 2, [0, 1]), -41.17,
      ut("DIRECT DEBIT", "ECCLESIASTICAL INS", lambda c: c.k["pol"]),
      keep=lambda: {"pol": "CHX" + kd(7)})
    A("Trent Pest Solutions", "Other Expense", ("d", ["2026-02-02"]), -78.00,
      ut("DIRECT DEBIT", "TRENT PEST SOLUTIONS", lambda c: "QTR CONTRACT"))
    A("PPL PRS", "Other Expense", ("d", ["2026-01-28"]), -23.61,
      ut("DIRECT DEBIT", "PPL PRS LTD", lambda c: c.k["ref"]), keep=lambda: {"ref": "TML" + kd(7)})
    # ---------------------------------------------------------------- admin, finance
    A("Friar Gate Accountants", "Professional Services", ("d", ["2026-03-12"]), -420.00,
      ut("FPS PAYMENT", "FRIAR GATE ACCOUNTANTS", "INV 25-118 IE"))
    A("Companies House", "Taxes", ("d", ["2026-02-19"]), -50.00,
      ut_card("COMPANIES HOUSE", "CARDIFF"), card=True)
    A("FreeAgent", "Software & Subscriptions", ("m", 14, [1, 2]), -19.00,
      ut("DIRECT DEBIT", "FREEAGENT CENTRAL", lambda c: c.k["ref"]), keep=lambda: {"ref": "FA" + kd(7)})
    A("takepayments", "Bank Fees", ("m", 7, [0, 2]), (-31.9, -24.6),
      ut("DIRECT DEBIT", "TAKEPAYMENTS LTD", lambda c: f"TERMINAL {c.k['mid']}"),
      keep=tp)
    A("Key Fund", "Loan Repayment", ("m", 28, [0, 1]), -212.66,
      ut("DIRECT DEBIT", "KEY FUND INVESTMENTS LTD", lambda c: c.k["ref"]),
      keep=lambda: {"ref": "KF" + kd(5) + "PEAR"})
    A("Vistaprint", "Marketing & Advertising", ("d", ["2026-01-22"]), -41.98,
      ut_card("VISTAPRINT", "VENLO", cc="NLD"), card=True)
    A("Meta", "Marketing & Advertising", ("r", 1), (-40, -15),
      ut_card(lambda c: f"FACEBK *{c.X(10)}", "DUBLIN", cc="IRL"), card=True)
    A("Zizzi", "Meals & Entertainment", ("d", ["2026-03-20"]), -186.30,
      ut_card("ZIZZI DERBY", "DERBY"), card=True)
    A("", "Bank Fees", ("d", ["2026-01-05", "2026-02-02"]), [-18.60, -17.40],
      lambda c: f"CHARGES TO {(c.d.replace(day=1) - dt.timedelta(1)):%d%b%y}".upper())
    A("", "Internal Transfer", ("d", ["2026-02-11"]), -2500.00,
      lambda c: "TRANSFER TO 60-83-01 20431198 RESERVE")
    A("", "Internal Transfer", ("r", 1), -50.00,
      lambda c: f"CASH WITHDRAWAL LINK NORMANTON RD {c.d:%d%b}".upper())
    return b

# =============================================================================================
# EU (FR) 1: fr-winery - EARL Domaine Hartmann, Bergheim (Haut-Rhin, Alsace): wine grower and
# maker with a tasting cellar, web shop and trade customers. Crédit Mutuel (CCM Ribeauvillé),
# French, capitals. `PAIEMENT CB ddmm <VILLE> <COMMERCANT> CARTE nnnnnnnn`, `REMBOURSEMENT CB`,
# `RETRAIT DAB ddmm <VILLE> ...`, `PRLV SEPA <CREANCIER> <libellé> ... ICS ... RUM ...`,
# `VIR SEPA <DONNEUR D'ORDRE> <motif>` (received; no direction word), `VIR <BENEFICIAIRE> <motif>`
# (sent), `VIR PERM`, `VIR SEPA GROUPE`, `REMISE CB ddmm <contrat>`, `REMISE CHEQUES N°`,
# `FRAIS MONETIQUE`, `COTISATION EUROCOMPTE PRO`, `REMBOURSEMENT PRET`. Alsace-Moselle
# holidays (with Good Friday and 26 December).
# =============================================================================================

def cm_card(m, town, kind="PAIEMENT CB"):
    def f(c):
        mm = m(c) if callable(m) else m
        tt = town(c) if callable(town) else town
        return f"{kind} {c.pd:%d%m} {tt} {mm} CARTE {c.card}"
    return f


def cm_prlv(cred, lib, ics=True):
    def f(c):
        ll = lib(c) if callable(lib) else lib
        s = f"PRLV SEPA {cred} {ll}".rstrip()
        if ics:
            s += f" ICS {c.k['ics']} RUM {c.k['rum']}"
        return s
    return f


def fr_keep(rum_prefix="", n=10):
    return lambda: {"ics": fr_ics(), "rum": rum_prefix + kX(n, string.digits + "ABCDEFGHKLMNPRSTUVWXYZ")}


def fr_winery():
    b = Biz("fr-winery", "EU", "FR-ALSACE", D(2025, 9, 1), D(2025, 11, 30),
            cards=["06241183", "06241183", "06241197"])
    A = b.add
    SR = "Sales Revenue"

    def fact(c):
        return f"F25-0{c.inv('f', 412)}"

    # ---------------------------------------------------------------- money in
    A("", SR, ("r", 7), (118, 1460),
      lambda c: f"REMISE CB {(c.d - dt.timedelta(1)):%d%m} 7823451")
    A("", SR, ("r", 3), (86, 642),
      lambda c: f"REMISE CHEQUES N°{c.n(7)} {R.randint(1, 4)} CHQ", rnd=0.5)
    A("PayPlug", SR, ("r", 4), (138, 886),
      lambda c: f"VIR SEPA PAYPLUG REVERSEMENT {c.X(10)} DOMAINE HARTMANN")
    A("Caves Saint-Vincent", SR, ("d", ["2025-09-18", "2025-11-06"]), [1284.00, 962.40],
      lambda c: f"VIR SEPA SARL CAVES SAINT-VINCENT FACTURE {fact(c)}")
    A("Winstub Le Schlossberg", SR, ("d", ["2025-10-02", "2025-11-20"]), [436.80, 518.40],
      lambda c: f"VIR SEPA WINSTUB LE SCHLOSSBERG {fact(c)}")
    A("Weinhandel Brenner", SR, ("d", ["2025-09-25", "2025-11-13"]), [2160.00, 1728.00],
      lambda c: f"VIR SEPA WEINHANDEL BRENNER GMBH RE {fact(c)} KD {c.k['kd']}",
      keep=lambda: {"kd": kd(5)})
    A("Vinothèque Delvaux", SR, ("d", ["2025-10-16"]), 1094.40,
      lambda c: f"VIR SEPA VINOTHEQUE DELVAUX SRL N/REF CDE 25-{c.n(3)} V/FACT {fact(c)}")
    A("Hôtel du Pflixbourg", SR, ("d", ["2025-10-29"]), 684.00,
      lambda c: f"VIR SEPA HOTEL DU PFLIXBOURG SAS REGLT {fact(c)}")
    A("Luc Bertrand", SR, ("d", ["2025-09-09"]), 212.50,
      lambda c: "VIR SEPA M OU MME BERTRAND LUC COMMANDE CREMANT")
    A("Jean-Paul Klein", SR, ("d", ["2025-11-24"]), 318.00,
      lambda c: "VIR INST M JEAN-PAUL KLEIN CARTONS NOEL")
    A("FranceAgriMer", "Other Income", ("d", ["2025-10-08"]), 7420.00,
      lambda c: f"VIR SEPA FRANCEAGRIMER AIDE OCM VIN INVESTISSEMENT DOSSIER {c.k['dos']}",
      keep=lambda: {"dos": "INV-" + kd(6)})
    A("Verallia", "Refunds", ("d", ["2025-10-21"]), 186.24,
      lambda c: f"VIR SEPA VERALLIA FRANCE AVOIR AV25{c.n(5)} CASSE LIVRAISON")
    # ---------------------------------------------------------------- wine making, packaging
    A("Verallia", "Cost of Goods Sold", ("d", ["2025-09-05", "2025-11-05"]), [-2841.60, -1396.80],
      cm_prlv("VERALLIA FRANCE", lambda c: f"FACT {c.n(8)}"), keep=fr_keep("VER"))
    A("Bouchonnerie Vosgienne", "Cost of Goods Sold", ("d", ["2025-09-12", "2025-11-14"]),
      [-1512.00, -864.00],
      lambda c: f"VIR BOUCHONNERIE VOSGIENNE FACT BV2025{c.seq('bv', 318)}")
    A("Imprimerie Kuntz", "Cost of Goods Sold", ("d", ["2025-11-18"]), -742.80,
      lambda c: "VIR IMPRIMERIE KUNTZ ETIQUETTES CREMANT 2024")
    A("Smurfit Westrock", "Cost of Goods Sold", ("d", ["2025-10-10"]), -618.35,
      cm_prlv("SMURFIT WESTROCK FRANCE", lambda c: f"FACTURE {c.n(9)}"), keep=fr_keep())
    A("Laboratoire Vinalsace", "Cost of Goods Sold", ("d", ["2025-09-30", "2025-11-28"]),
      [-386.40, -512.16],
      lambda c: f"VIR LABORATOIRE VINALSACE ANALYSES+PRODUITS {mon(c.d, 'fr')[:4]}")
    A("Schaller Frères", "Cost of Goods Sold", ("d", ["2025-10-20"]), -8640.00,
      lambda c: "VIR EARL SCHALLER FRERES ACHAT RAISIN VENDANGES 2025 PINOT GRIS")
    A("DPD", "Cost of Goods Sold", ("m", 12, [1, 2]), (-168, -94),
      cm_prlv("DPD FRANCE", lambda c: f"FACT {c.n(10)}"), keep=fr_keep())
    A("Coopérative Agricole du Ried", "Supplies & Materials", ("d", ["2025-09-15", "2025-11-17"]),
      [-436.20, -1218.60],
      cm_prlv("COOPERATIVE AGRICOLE DU RIED", lambda c: f"RELEVE {c.d:%m/%Y}"), keep=fr_keep("CAR"))
    # ---------------------------------------------------------------- staff
    A("Thomas Schneider", "Salaries & Payroll", ("last",), (-2138, -2104),
      lambda c: f"VIR SALAIRE {mon(c.d, 'fr')} SCHNEIDER THOMAS")
    A("Élodie Muller", "Salaries & Payroll", ("last",), (-1742, -1718),
      lambda c: f"VIR SALAIRE {mon(c.d, 'fr')} MULLER ELODIE")
    A("", "Salaries & Payroll", ("d", ["2025-10-10", "2025-10-24"]), [-9214.60, -7842.35],
      lambda c: f"VIR SEPA GROUPE {R.choice([14, 13])} VIREMENTS SALAIRES VENDANGES S{c.d.isocalendar()[1]}")
    A("MSA", "Salaries & Payroll", ("m", 15), (-2460, -1890),
      cm_prlv("MSA D ALSACE", lambda c: f"COTISATIONS SALARIES {(c.d.replace(day=1) - dt.timedelta(1)):%m/%Y}"),
      keep=fr_keep("MSA68"))
    # ---------------------------------------------------------------- taxes and levies
    A("DGDDI", "Taxes", ("m", 10), (-1180, -640),
      cm_prlv("DGDDI RECETTE DES DOUANES COLMAR",
              lambda c: f"DRM {(c.d.replace(day=1) - dt.timedelta(1)):%m/%Y} ENTREPOSITAIRE {c.k['ea']}",
              ics=False),
      keep=lambda: {"ea": "FR0" + kd(5) + "E" + kd(4)})
    A("DGFiP", "Taxes", ("d", ["2025-10-15"]), -1346.00,
      cm_prlv("DGFIP", lambda c: f"TAXE FONCIERE 2025 AVIS {c.n(13)}", ics=False))
    A("DGFiP", "Taxes", ("d", ["2025-10-24"]), -2218.00,
      cm_prlv("DGFIP", lambda c: f"IMPOT TVA 3T2025 {c.k['sie']}", ics=False),
      keep=lambda: {"sie": "SIE COLMAR " + kd(9)})
    A("CIVA", "Taxes", ("d", ["2025-11-07"]), -412.37,
      cm_prlv("CIVA COTISATION INTERPROFESSIONNELLE", "RECOLTE 2024 SOLDE"), keep=fr_keep("CIVA"))
    # ---------------------------------------------------------------- utilities, insurance, services
    A("ÉS Énergies Strasbourg", "Utilities", ("m", 8), (-318, -176),
      cm_prlv("ES ENERGIES STRASBOURG", lambda c: f"ECHEANCE {c.d:%m/%y} PDL {c.k['pdl']}"),
      keep=lambda: {**fr_keep()(), "pdl": kd(14)})
    A("SDEA", "Utilities", ("d", ["2025-10-06"]), -284.66,
      cm_prlv("SDEA ALSACE-MOSELLE", "FACTURE EAU 2EME SEM"), keep=fr_keep())
    A("Bouygues Telecom", "Utilities", ("m", 4, [0, 2]), (-62, -54),
      cm_prlv("BOUYGUES TELECOM", lambda c: f"FACTURE {c.n(10)}"), keep=fr_keep())
    A("Groupama", "Insurance", ("m", 5, [0, 1]), -318.42,
      cm_prlv("GROUPAMA GRAND EST", lambda c: f"CONTRAT {c.k['ct']}"),
      keep=lambda: {**fr_keep()(), "ct": kd(9)})
    A("ACM", "Insurance", ("m", 5, [1, 2]), -96.18,
      cm_prlv("ACM IARD SA", lambda c: f"ASSURANCE AUTO {c.k['ct']}"),
      keep=lambda: {**fr_keep()(), "ct": "AU" + kd(8)})
    A("Cerfrance", "Professional Services", ("m", 10, [0, 2]), -248.40,
      cm_prlv("CERFRANCE ALSACE", "ABONNEMENT COMPTABILITE"), keep=fr_keep("CFA"))
    A("Isagri", "Software & Subscriptions", ("m", 20, [0, 1]), -54.00,
      cm_prlv("ISAGRI", lambda c: f"LOGICIEL VITI {c.n(7)}"), keep=fr_keep())
    A("Salon des Vins de Colmar", "Marketing & Advertising", ("d", ["2025-09-22"]), -480.00,
      lambda c: "VIR ASSOCIATION SALON DES VINS COLMAR STAND 2025")
    # ---------------------------------------------------------------- equipment, vehicles, finance
    A("Bucher Vaslin", "Equipment", ("d", ["2025-09-03"]), -1264.80,
      lambda c: "VIR BUCHER VASLIN REVISION PRESSOIR XPLA 30")
    A("Établissements Gsell", "Equipment", ("d", ["2025-11-03"]), -538.22,
      cm_card("ETS GSELL MOTOCULTURE", "RIBEAUVILLE"), card=True)
    A("John Deere Financial", "Loan Repayment", ("m", 1, [0, 2]), -684.31,
      cm_prlv("JOHN DEERE FINANCIAL SAS", lambda c: f"ECHEANCE CONTRAT {c.k['ct']}"),
      keep=lambda: {**fr_keep()(), "ct": kd(8)})
    A("", "Loan Repayment", ("m", 5, [0, 1]), -1126.48,
      lambda c: f"REMBOURSEMENT PRET 0127845602 ECH {c.d:%d/%m/%y}")
    A("TotalEnergies", "Travel", ("r", 2), (-92, -48),
      cm_card(lambda c: "TOTALENERGIES", lambda c: R.choice(["SELESTAT", "COLMAR"])), card=True)
    A("E.Leclerc", "Supplies & Materials", ("r", 2), (-118, -26),
      cm_card("E.LECLERC", "RIBEAUVILLE"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 1), (-48, -16),
      cm_card("AMAZON PAYMENTS", "PARIS"), card=True)
    A("Restaurant Au Cerf", "Meals & Entertainment", ("d", ["2025-10-25"]), -364.00,
      cm_card("RESTAURANT AU CERF", "BERGHEIM"), card=True)
    # ---------------------------------------------------------------- owner, own accounts, bank
    A("Mathieu Hartmann", "Owner Draw / Contribution", ("d", ["2025-09-30", "2025-11-28"]),
      [-1800.00, -2200.00],
      lambda c: "VIR HARTMANN MATHIEU PRELEVEMENT ASSOCIE")
    A("", "Internal Transfer", ("d", ["2025-11-10"]), -5000.00,
      lambda c: "VIR COMPTE EPARGNE PRO 00020184502 DOMAINE HARTMANN")
    A("", "Internal Transfer", ("r", 1), -150.00,
      cm_card("CREDIT MUTUEL", "RIBEAUVILLE", kind="RETRAIT DAB"), card=True)
    A("", "Bank Fees", ("m", 3, [1, 2]), -24.90, lambda c: "COTISATION EUROCOMPTE PRO")
    A("", "Bank Fees", ("m", 2, [1, 2]), (-38, -22),
      lambda c: f"FRAIS MONETIQUE {(c.d.replace(day=1) - dt.timedelta(1)):%m/%y} CONTRAT 7823451")
    return b

# =============================================================================================
# EU (ES) 2: es-event-audio-hire - Soinu Teknika SL, Basauri (Bizkaia): sound and lighting hire
# with technicians for events, weddings and festivals. Kutxabank cuenta negocios, Spanish,
# capitals: `COMPRA TJ*nnnn dd/mm <COMERCIO> <LOCALIDAD>`, `DEVOLUCION COMPRA`, `CARGO RECIBO
# <EMISOR> REF. <mandato> <concepto>`, `TRANSF. RECIBIDA ORD: <nombre> CONC: <concepto>`,
# `TRANSF. EMITIDA BENEF: <nombre> CONC: <concepto>`, `TRANSF. NOMINA BENEF:`, `BIZUM RECIBIDO`,
# `PAGO TRIBUTOS DIPUTACION FORAL DE BIZKAIA MOD. nnn` (Bizkaia's own tax office, not the AEAT),
# `TGSS COTIZACION`, `AMORTIZACION PRESTAMO`, `REINTEGRO CAJERO`, `TRASPASO A CTA.`,
# `COMISION MANTENIMIENTO`. Bizkaia holidays (Holy Thursday, Good Friday, Easter Monday).
# =============================================================================================

def kb_card(m, town, kind="COMPRA"):
    def f(c):
        mm = m(c) if callable(m) else m
        tt = town(c) if callable(town) else town
        return f"{kind} TJ*{c.card} {c.pd:%d/%m} {mm} {tt}"
    return f


def kb_in(name, conc):
    return lambda c: f"TRANSF. RECIBIDA ORD: {name} CONC: {conc(c) if callable(conc) else conc}"


def kb_out(name, conc, kind="TRANSF. EMITIDA"):
    return lambda c: f"{kind} BENEF: {name} CONC: {conc(c) if callable(conc) else conc}"


def kb_rec(name, conc):
    return lambda c: (f"CARGO RECIBO {name} REF. {c.k['mref']} "
                      f"{conc(c) if callable(conc) else conc}").rstrip()


def es_keep(prefix=""):
    return lambda: {"mref": prefix + kd(12)}


def gross(*bases):
    """Invoice totals with 21 % IVA."""
    return [round(x * 1.21, 2) for x in bases]


def es_event_audio_hire():
    b = Biz("es-event-audio-hire", "EU", "ES-BI", D(2026, 4, 1), D(2026, 6, 30),
            cards=["4471", "4471", "9025"])
    A = b.add
    SI = "Service Income"

    def fra(c):
        return f"FRA 26/00{c.inv('f', 38)}"

    # ---------------------------------------------------------------- customers
    A("Euskal Ekitaldiak", SI, ("r", 4), ("choice", gross(650, 980, 1120, 1450, 1875, 2200, 3100)),
      kb_in("EUSKAL EKITALDIAK SL", fra))
    A("Kultur Gunea Produkzioak", SI, ("d", ["2026-05-11", "2026-06-22"]), gross(1850, 2640),
      kb_in("KULTUR GUNEA PRODUKZIOAK SL", lambda c: f"PAGO {fra(c)} MUSIKA ASTEA"))
    A("Hotel Abando Plaza", SI, ("d", ["2026-04-14", "2026-06-04"]), gross(720, 1180),
      kb_in("HOTEL ABANDO PLAZA SA", lambda c: f"{fra(c)} CONGRESO"))
    A("Universidad de Deusto", SI, ("d", ["2026-05-05", "2026-06-26"]), gross(540, 1960),
      kb_in("UNIVERSIDAD DE DEUSTO", lambda c: f"PROVEEDOR 48{c.k['prov']} {fra(c)}"),
      keep=lambda: {"prov": kd(4)})
    A("Eventos Nervión", SI, ("d", ["2026-04-28", "2026-06-12"]), gross(860, 1320),
      kb_in("EVENTOS NERVION S.L.", lambda c: f"{fra(c)}"))
    A("Ayuntamiento de Getxo", SI, ("d", ["2026-06-16"]), 4235.00,
      kb_in("AYUNTAMIENTO DE GETXO - GETXOKO UDALA", lambda c: f"EXP {c.n(4)}/2026 {fra(c)} JAIAK"))
    A("Ane Urrutia Weddings", SI, ("d", ["2026-05-19", "2026-06-24"]), gross(900, 1100),
      kb_in("ANE URRUTIA WEDDINGS SL", lambda c: f"BODA {R.choice(['LAUKIZ', 'ARMINTZA'])} {fra(c)}"))
    A("Leire García Arrieta", SI, ("d", ["2026-04-09", "2026-05-29"]), [300.00, 1152.00],
      [kb_in("LEIRE GARCIA ARRIETA", "SENAL BODA 30 MAYO"),
       kb_in("LEIRE GARCIA ARRIETA", "RESTO BODA LEIRE Y MIKEL")])
    A("Jon Etxebarria", SI, ("d", ["2026-04-20", "2026-06-08"]), [300.00, 950.00],
      [lambda c: "BIZUM RECIBIDO JON ETXEBARRIA CONC: fianza equipo boda",
       lambda c: "BIZUM RECIBIDO JON ETXEBARRIA CONC: resto alquiler sonido 6/6"])
    A("Jon Etxebarria", SI, ("d", ["2026-06-15"]), -300.00,
      kb_out("JON ETXEBARRIA", "DEVOLUCION FIANZA"))
    A("Festival Ocean Sounds Biarritz", SI, ("d", ["2026-06-02"]), 2450.00,
      kb_in("ASSOC FESTIVAL OCEAN SOUNDS BIARRITZ", "ACOMPTE SONO SCENE 2 DEVIS 26-118"))
    A("Larrabetzuko Ikastola", SI, ("d", ["2026-06-18"]), 486.42,
      kb_in("LARRABETZUKO IKASTOLA S.COOP.", lambda c: f"{fra(c)} IKASTURTE AMAIERA"))
    A("Seguros Bilbao", "Other Income", ("d", ["2026-05-27"]), 1380.00,
      kb_in("SEGUROS BILBAO", lambda c: f"INDEMNIZACION SINIESTRO {c.k['sin']}"),
      keep=lambda: {"sin": "26-" + kd(6)})
    A("Audio Bilbo Banaketak", "Refunds", ("d", ["2026-05-07"]), 264.99,
      kb_in("AUDIO BILBO BANAKETAK SL", lambda c: f"ABONO FRA R26-{c.n(4)} DEVOL. MICRO"))
    A("Iker Goikoetxea Uriarte", "Owner Draw / Contribution", ("d", ["2026-04-02"]), 6000.00,
      kb_in("IKER GOIKOETXEA URIARTE", "APORTACION SOCIO PRESTAMO"))
    # ---------------------------------------------------------------- premises and the foral treasury
    A("Inmobiliaria Zorrotzaurre", "Rent", ("m", 1), -1836.00,
      kb_out("INMOBILIARIA ZORROTZAURRE SL", lambda c: f"ALQUILER PABELLON {mon(c.d, 'es')} 2026"))
    A("Hacienda Foral de Bizkaia", "Rent", ("d", ["2026-04-24"]), -1026.00,
      lambda c: f"PAGO TRIBUTOS DIPUTACION FORAL DE BIZKAIA MOD.115 1T 2026 JUST. 115{c.n(10)}")
    A("Hacienda Foral de Bizkaia", "Salaries & Payroll", ("d", ["2026-04-24"]), -2684.37,
      lambda c: f"PAGO TRIBUTOS DIPUTACION FORAL DE BIZKAIA MOD.110 1T 2026 JUST. 110{c.n(10)}")
    A("Hacienda Foral de Bizkaia", "Taxes", ("d", ["2026-04-24"]), -4118.62,
      lambda c: f"PAGO TRIBUTOS DIPUTACION FORAL DE BIZKAIA MOD.303 1T 2026 JUST. 303{c.n(10)}")
    # ---------------------------------------------------------------- staff and freelancers
    A("Asier Larrañaga Orue", "Salaries & Payroll", ("last",), (-1884, -1842),
      kb_out("ASIER LARRANAGA ORUE", lambda c: f"NOMINA {mon(c.d, 'es')}", kind="TRANSF. NOMINA"))
    A("Marta Iglesias Ruiz", "Salaries & Payroll", ("last",), (-1716, -1668),
      kb_out("MARTA IGLESIAS RUIZ", lambda c: f"NOMINA {mon(c.d, 'es')}", kind="TRANSF. NOMINA"))
    A("TGSS", "Salaries & Payroll", ("last",), (-1462, -1398),
      lambda c: f"TGSS COTIZACION {(c.d.replace(day=1) - dt.timedelta(1)):%m/%Y} CCC 48 {c.k['ccc']}",
      keep=lambda: {"ccc": kd(9)})
    A("Gorka Arana", "Professional Services", ("r", 3), ("choice", [-424.00, -530.00, -742.00, -901.00]),
      kb_out("GORKA ARANA", lambda c: f"FRA GA-{c.seq('ga', 114)} TECNICO SONIDO"))
    A("Unai Bilbao Zubieta", "Professional Services", ("d", ["2026-05-15", "2026-06-19"]),
      [-530.00, -689.00],
      kb_out("UNAI BILBAO ZUBIETA", lambda c: f"FACTURA {c.seq('ub', 11)}/2026 ILUMINACION"))
    # ---------------------------------------------------------------- equipment and job costs
    A("Gasteiz Sound Rental", "Cost of Goods Sold", ("d", ["2026-05-22", "2026-06-19"]),
      gross(-640, -1120),
      kb_out("GASTEIZ SOUND RENTAL SL", lambda c: f"SUBALQUILER LINE ARRAY FRA {c.n(5)}"))
    A("Audio Bilbo Banaketak", "Equipment", ("d", ["2026-04-16", "2026-06-05"]),
      gross(-2180, -965),
      kb_out("AUDIO BILBO BANAKETAK SL", lambda c: f"FRA A26-{c.seq('abb', 212)}"))
    A("Thomann", "Equipment", ("d", ["2026-05-03"]), -1249.00,
      kb_card("THOMANN GMBH", "BURGEBRACH"), card=True)
    A("Leroy Merlin", "Supplies & Materials", ("r", 2), (-94, -18),
      kb_card("LEROY MERLIN BARAKALDO", "BARAKALDO"), card=True)
    A("Amazon", "Supplies & Materials", ("r", 1), (-58, -14),
      kb_card(lambda c: f"AMAZON* {c.X(9)}", "LUXEMBOURG"), card=True)
    # ---------------------------------------------------------------- van, travel
    A("Petronor", "Travel", ("r", 5), (-96, -52),
      kb_card(lambda c: f"E.S. PETRONOR {R.choice(['BASAURI', 'ETXEBARRI', 'GALDAKAO'])}",
              lambda c: "BIZKAIA"), card=True)
    A("Bidegi", "Travel", ("r", 2), ("choice", [-9.85, -13.40]),
      kb_card("BIDEGI AP-8", "ZARAUTZ"), card=True)
    A("ibis", "Travel", ("d", ["2026-05-30"]), -142.00,
      kb_card("HOTEL IBIS LOGRONO CENTRO", "LOGRONO"), card=True)
    A("", "Loan Repayment", ("m", 10), -612.45,
      lambda c: f"AMORTIZACION PRESTAMO 2095 0611 80 9100458231 CUOTA {c.i + 27}/60")
    # ---------------------------------------------------------------- utilities, insurance, services
    A("Iberdrola", "Utilities", ("m", 14, [0, 2]), (-232, -164),
      kb_rec("IBERDROLA CLIENTES SAU", lambda c: f"FACTURA {c.n(12)}"), keep=es_keep())
    A("Euskaltel", "Utilities", ("m", 7), -78.54,
      kb_rec("EUSKALTEL SA", lambda c: f"FRA {c.X(10)}"), keep=es_keep())
    A("Consorcio de Aguas Bilbao Bizkaia", "Utilities", ("d", ["2026-05-20"]), -64.18,
      kb_rec("CONSORCIO AGUAS BILBAO BIZKAIA", "AGUA 1T"), keep=es_keep())
    A("Seguros Bilbao", "Insurance", ("d", ["2026-04-06"]), -612.40,
      kb_rec("SEGUROS BILBAO", lambda c: f"POLIZA MULTIRRIESGO {c.k['pol']}"),
      keep=lambda: {**es_keep()(), "pol": kd(9)})
    A("Lagun Aro", "Insurance", ("m", 3, [0, 1]), -104.77,
      kb_rec("SEGUROS LAGUN ARO SA", lambda c: f"AUTO {c.k['pol']}"),
      keep=lambda: {**es_keep()(), "pol": "5" + kd(8)})
    A("Aholkularitza Etxebarria", "Professional Services", ("m", 5), -217.80,
      kb_rec("AHOLKULARITZA ETXEBARRIA SL", "IGUALA MENSUAL"), keep=es_keep())
    A("Rentman", "Software & Subscriptions", ("m", 12, [0, 1]), -89.00,
      kb_card("RENTMAN B.V.", "NIJMEGEN"), card=True)
    A("Bodas.net", "Marketing & Advertising", ("d", ["2026-04-13"]), -363.00,
      kb_rec("BODAS NET SL", "PLAN PROVEEDOR TRIMESTRE"), keep=es_keep())
    A("Google", "Marketing & Advertising", ("r", 1), (-120, -40),
      kb_card("GOOGLE*ADS", "DUBLIN"), card=True)
    A("Bar Txoko Zaharra", "Meals & Entertainment", ("d", ["2026-06-13"]), -96.50,
      kb_card("BAR TXOKO ZAHARRA", "BILBAO"), card=True)
    # ---------------------------------------------------------------- partner, own accounts, bank
    A("Iker Goikoetxea Uriarte", "Owner Draw / Contribution", ("d", ["2026-06-29"]), -2000.00,
      kb_out("IKER GOIKOETXEA URIARTE", "DEVOLUCION PRESTAMO SOCIO PARCIAL"))
    A("", "Internal Transfer", ("d", ["2026-06-17"]), -3000.00,
      lambda c: f"TRASPASO A CTA. {spaced(c.k['ib'])}", keep=lambda: {"ib": es_iban("2095")})
    A("", "Internal Transfer", ("r", 1), -200.00,
      kb_card("KUTXABANK", "BASAURI", kind="REINTEGRO CAJERO"), card=True)
    A("", "Bank Fees", ("m", 1, [0, 1]), -15.00,
      lambda c: "COMISION MANTENIMIENTO CUENTA NEGOCIOS")
    return b

# =============================================================================================
# EU (NL) 3: nl-record-shop - Platenzaak De Groef V.O.F., Utrecht (new and second-hand vinyl,
# turntables; shop, web shop, Discogs and bol). bunq Business, Dutch app language, fields
# joined with " | ": `Kaartbetaling | <merchant> <plaats> NLD | Kaart ••nnnn | dd-mm-yyyy hh:mm`,
# `Terugboeking kaart`, `Ontvangen | <naam> | <IBAN> | <omschrijving>`, `Betaald | <naam> |
# <IBAN> | <omschrijving>`, `Incasso | <naam> | <IBAN> | Incassant <id> | Machtiging <kenmerk> |
# <omschrijving>`, `Overboeking eigen rekening`, `Geldopname`, `Rente`, `bunq Business
# abonnement`. No cash can be paid in at bunq, so the shop's takings arrive as SumUp payouts.
# =============================================================================================

def bq_card(m, town="Utrecht", kind="Kaartbetaling", cc="NLD"):
    def f(c):
        mm = m(c) if callable(m) else m
        return f"{kind} | {mm} {town} {cc} | Kaart \u2022\u2022{c.card} | {c.pd:%d-%m-%Y} {c.t(9, 19)}"
    return f


def bq(kind, name, desc):
    return lambda c: f"{kind} | {name} | {c.k['iban']} | {desc(c) if callable(desc) else desc}"


def bq_inc(name, desc):
    return lambda c: (f"Incasso | {name} | {c.k['iban']} | Incassant {c.k['ics']} | "
                      f"Machtiging {c.k['mref']} | {desc(c) if callable(desc) else desc}")


def nl_keep(bank=None, cc="NL"):
    def f():
        ib = {"NL": lambda: nl_iban(bank), "DE": de_iban, "IE": lambda: iban("IE", "SUMU99" + kd(14))}[cc]()
        return {"iban": ib}
    return f


def nl_inc_keep(bank=None, mref_prefix=""):
    return lambda: {"iban": nl_iban(bank), "ics": nl_ics(), "mref": mref_prefix + kd(9)}


def nl_record_shop():
    b = Biz("nl-record-shop", "EU", "NL", D(2025, 11, 1), D(2026, 1, 31), cards=["4129", "4129", "7760"])
    A = b.add
    SR, COGS = "Sales Revenue", "Cost of Goods Sold"
    own = once(lambda: {"iban": nl_iban("BUNQ")})
    bertus = once(lambda: {**nl_inc_keep("INGB")(), "kl": kd(6)})
    kok = once(nl_keep("INGB"))
    bd = once(lambda: {"iban": nl_iban("INGB")})
    tikkie = once(lambda: {"iban": nl_iban("ABNA")})
    # ---------------------------------------------------------------- payouts and customers
    A("SumUp", SR, ("r", 9), (164, 986),
      bq("Ontvangen", "SUMUP LIMITED", lambda c: f"SumUp payout {c.X(10)} DE GROEF"),
      keep=nl_keep(cc="IE"))
    A("Mollie", SR, ("r", 5), (92, 640),
      bq("Ontvangen", "Stichting Mollie Payments",
         lambda c: f"st.{c.n(10)} Uitbetaling {c.d:%d-%m-%Y} Mollie ref. {c.k['org']}"),
      keep=lambda: {"iban": nl_iban("ABNA"), "org": "org_" + kd(8)})
    A("Discogs", SR, ("r", 4), (118, 512),
      bq("Ontvangen", "Adyen N.V.", lambda c: f"Discogs payout {c.n(8)} DEGROEFRECORDS"),
      keep=nl_keep("ADYB"))
    A("bol.com", SR, ("d", ["2025-11-20", "2026-01-08"]), [214.66, 388.12],
      bq("Ontvangen", "bol.com b.v.", lambda c: f"Uitbetaling verkoop via bol {c.n(9)}"),
      keep=nl_keep("ABNA"))
    A("Vinylbar De Naald", SR, ("d", ["2025-11-27", "2026-01-15"]), [312.40, 186.00],
      bq("Ontvangen", "VINYLBAR DE NAALD B.V.", lambda c: f"factuur DG-{c.d.year}-0{c.inv('f', 61)}"),
      keep=nl_keep())
    A("M.A. Bakker", SR, ("d", ["2025-12-04"]), 42.50,
      bq("Ontvangen", "AAB INZ TIKKIE",
         lambda c: f"Tikkie ID 000{c.n(13)}, Bowie Low 1e persing, M.A. Bakker, {c.k['payer']}"),
      keep=lambda: {"iban": tikkie()["iban"], "payer": nl_iban()})
    A("Fatima el Amrani", SR, ("d", ["2026-01-12"]), 35.00,
      bq("Ontvangen", "AAB INZ TIKKIE",
         lambda c: f"Tikkie ID 000{c.n(13)}, Pink Floyd Animals reservering, Fatima el Amrani, {c.k['payer']}"),
      keep=lambda: {"iban": tikkie()["iban"], "payer": nl_iban()})
    A("J.P. de Wit", SR, ("d", ["2025-12-15"]), 61.95,
      bq("Ontvangen", "J.P. DE WIT", "bestelling 2 lp's incl verzending"), keep=nl_keep())
    A("Bertus", "Refunds", ("d", ["2025-12-10"]), 96.32,
      bq("Ontvangen", "Bertus Distributie B.V.", lambda c: f"Creditnota CN{c.n(7)} beschadigd"),
      keep=bertus)
    A("R Kok", "Owner Draw / Contribution", ("d", ["2025-11-03"]), 2500.00,
      bq("Ontvangen", "R KOK", "storting kapitaal vof"), keep=kok)
    A("", "Interest", ("d", ["2025-12-01", "2026-01-02"]), [3.18, 4.07],
      lambda c: f"Rente | bunq | Rente {mon(c.d.replace(day=1) - dt.timedelta(1), 'nl')} "
                f"{(c.d.replace(day=1) - dt.timedelta(1)).year}")
    # ---------------------------------------------------------------- stock
    A("Bertus", COGS, ("r", 4), (-1840, -420),
      bq_inc("Bertus Distributie B.V.", lambda c: f"Factuur {c.n(8)} klant {c.k['kl']}"),
      keep=bertus)
    A("Sony Music", COGS, ("d", ["2025-11-18", "2025-12-16"]), [-1264.33, -842.10],
      bq("Betaald", "Sony Music Entertainment Netherlands B.V.", lambda c: f"factuur 91{c.n(8)}"),
      keep=nl_keep("ABNA"))
    A("Music On Vinyl", COGS, ("d", ["2025-11-11", "2026-01-20"]), [-688.20, -412.50],
      bq("Betaald", "Music On Vinyl B.V.", lambda c: f"MOV-INV-{c.n(6)}"), keep=nl_keep("RABO"))
    A("Rough Trade Distribution", COGS, ("d", ["2025-11-25"]), -936.40,
      bq("Betaald", "Rough Trade Distribution GmbH", lambda c: f"Rechnung RTD{c.n(7)} Kd 40{c.n(4)}"),
      keep=nl_keep(cc="DE"))
    A("H. van Leeuwen", COGS, ("d", ["2025-11-06"]), -450.00,
      bq("Betaald", "H. van Leeuwen", "inkoop platencollectie jazz 120 stuks"), keep=nl_keep())
    A("Kringloop De Cirkel", COGS, ("r", 2), (-64, -18),
      bq_card("KRINGLOOP DE CIRKEL", "Utrecht"), card=True)
    A("Audioklank Distributie", COGS, ("d", ["2025-11-13"]), -1119.80,
      bq("Betaald", "Audioklank Distributie B.V.", lambda c: f"Fact. AK{c.n(6)} platenspelers"),
      keep=nl_keep("RABO"))
    A("PostNL", COGS, ("m", 6, [1, 2]), (-248, -96),
      bq_inc("PostNL Pakketten Benelux B.V.", lambda c: f"Factuur {c.n(10)} verzendingen"),
      keep=nl_inc_keep("INGB"))
    A("Verpakking Direct", COGS, ("d", ["2025-11-21"]), -187.55,
      bq("iDEAL", "Verpakking Direct B.V.", lambda c: f"Bestelling {c.n(7)} LP mailers"),
      keep=nl_keep("RABO"))
    A("Hoezenhandel Van Dijk", "Supplies & Materials", ("d", ["2026-01-06"]), -142.35,
      bq("iDEAL", "Hoezenhandel van Dijk V.O.F.", lambda c: f"order {c.n(6)} buitenhoezen"),
      keep=nl_keep("KNAB"))
    # ---------------------------------------------------------------- premises and utilities
    A("Beleggingsmaatschappij Oudegracht", "Rent", ("m", 1), -2150.00,
      bq("Betaald", "Beleggingsmaatschappij Oudegracht B.V.",
         lambda c: f"huur {mon(c.d, 'nl')} {c.d.year} Twijnstraat 38"),
      keep=nl_keep("ABNA"))
    A("Vattenfall", "Utilities", ("m", 22, [0, 1]), (-212, -168),
      bq_inc("Vattenfall Klantenservice N.V.", lambda c: f"termijnbedrag {c.n(12)}"),
      keep=nl_inc_keep("INGB"))
    A("Ziggo", "Utilities", ("m", 24, [0, 2]), -64.95,
      bq_inc("Ziggo Services B.V.", lambda c: f"Klantnummer {c.k['mref'][:8]} factuur {c.n(9)}"),
      keep=nl_inc_keep("INGB"))
    A("Odido", "Utilities", ("m", 27, [1, 2]), -29.50,
      bq_inc("Odido Netherlands B.V.", lambda c: f"Factuur {c.n(10)}"), keep=nl_inc_keep("ABNA"))
    A("Buma/Stemra", "Other Expense", ("d", ["2026-01-14"]), -214.06,
      bq_inc("Buma/Stemra", "Muziekgebruik winkel 2026 jaarfactuur"), keep=nl_inc_keep("RABO"))
    # ---------------------------------------------------------------- staff, taxes
    A("L. Janssen", "Salaries & Payroll", ("m", 25), (-1286, -1242),
      bq("Betaald", "L. Janssen", lambda c: f"Salaris {mon(c.d, 'nl')} {c.d.year}"), keep=nl_keep())
    A("Pensioenfonds Detailhandel", "Salaries & Payroll", ("m", 3, [1, 2]), (-142, -136),
      bq_inc("Stichting Pensioenfonds Detailhandel", lambda c: f"Nota {c.n(9)} premie"),
      keep=nl_inc_keep("INGB"))
    A("Belastingdienst", "Salaries & Payroll", ("d", ["2025-11-28", "2025-12-31"]),
      [-318.00, -324.00],
      bq("Betaald", "Belastingdienst", lambda c: f"Betalingskenmerk {' '.join(c.n(16)[i:i + 4] for i in range(0, 16, 4))}"),
      keep=bd)
    A("Belastingdienst", "Taxes", ("d", ["2026-01-29"]), -2846.00,
      bq("Betaald", "Belastingdienst", lambda c: f"Betalingskenmerk {' '.join(c.n(16)[i:i + 4] for i in range(0, 16, 4))}"),
      keep=bd)
    A("BghU", "Taxes", ("m", 28, [0, 1]), -61.80,
      bq_inc("BghU", lambda c: f"Aanslagnr {c.k['aan']} termijn {c.i + 9} van 10"),
      keep=lambda: {**nl_inc_keep("BNGH")(), "aan": kd(12)})
    # ---------------------------------------------------------------- services, software, insurance
    A("Interpolis", "Insurance", ("m", 1, [0, 2]), -48.72,
      bq_inc("Interpolis Schade", lambda c: f"Polis {c.k['pol']} premie"),
      keep=lambda: {**nl_inc_keep("RABO")(), "pol": kd(10)})
    A("Administratiekantoor Lombok", "Professional Services", ("d", ["2025-11-14", "2026-01-16"]),
      [-181.50, -423.50],
      bq("Betaald", "Administratiekantoor Lombok", lambda c: f"nota 2025-{c.n(3)}"),
      keep=nl_keep("TRIO"))
    A("Lightspeed", "Software & Subscriptions", ("m", 4, [0, 1]), -89.00,
      bq_inc("Lightspeed Netherlands B.V.", lambda c: f"Retail POS {c.n(9)}"), keep=nl_inc_keep("ABNA"))
    A("Sendcloud", "Software & Subscriptions", ("m", 9, [1, 2]), -30.25,
      bq_inc("Sendcloud B.V.", lambda c: f"Invoice SC{c.n(8)}"), keep=nl_inc_keep("RABO"))
    A("Meta", "Marketing & Advertising", ("r", 2), (-75, -25),
      bq_card(lambda c: f"FACEBK *{c.X(10)}", "Dublin", cc="IRL"), card=True)
    A("Coolblue", "Equipment", ("d", ["2025-12-02"]), -1049.00,
      bq_card("COOLBLUE BV", "Rotterdam"), card=True)
    A("Albert Heijn", "Supplies & Materials", ("r", 2), (-34, -8),
      bq_card(lambda c: f"ALBERT HEIJN {R.choice(['1339', '8612'])}", "Utrecht"), card=True)
    A("Qredits", "Loan Repayment", ("m", 15, [0, 1]), -278.44,
      bq_inc("Stichting Qredits Microfinanciering Nederland", lambda c: f"Lening {c.k['ln']} termijn"),
      keep=lambda: {**nl_inc_keep("RABO")(), "ln": kd(7)})
    # ---------------------------------------------------------------- owners, own accounts, bank
    A("S. Verhoef", "Owner Draw / Contribution", ("d", ["2025-11-28", "2025-12-30"]), -1500.00,
      bq("Betaald", "S. Verhoef", "prive opname"), keep=nl_keep("SNSB"))
    A("R Kok", "Owner Draw / Contribution", ("d", ["2025-12-30", "2026-01-30"]), [-1500.00, -1200.00],
      bq("Betaald", "R KOK", "prive-opname"), keep=kok)
    A("", "Internal Transfer", ("d", ["2025-12-19", "2026-01-16"]), [-1500.00, -1000.00],
      bq("Overboeking eigen rekening", "Platenzaak De Groef V.O.F.", "btw-reserve"), keep=own)
    A("", "Internal Transfer", ("r", 1), -100.00,
      bq_card("Geldmaat Utrecht Twijnstraat", "Utrecht", kind="Geldopname"), card=True)
    A("", "Bank Fees", ("m", 1, [1, 2]), -19.99,
      lambda c: f"bunq Business abonnement {mon(c.d, 'nl')} {c.d.year}")
    return b


# =============================================================================================
# output and counts
# =============================================================================================

BUILDERS = [b for b in (
    globals().get("us_home_inspection"), globals().get("us_microgreens_farm"),
    globals().get("us_kayak_outfitter"), globals().get("uk_chimney_sweep"),
    globals().get("uk_community_cafe"), globals().get("fr_winery"),
    globals().get("es_event_audio_hire"), globals().get("nl_record_shop")) if b]


def main():
    businesses = [f() for f in BUILDERS]
    rows = generate(businesses)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    w.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    OUT.write_bytes(data)

    n = len(rows)
    print(f"{OUT.name}: {n} rows, sha256 {hashlib.sha256(data).hexdigest()}")
    reg = Counter(r[0] for r in rows)
    print("regions:", ", ".join(f"{k} {v} ({100 * v / n:.1f} %)" for k, v in sorted(reg.items())))
    for b in businesses:
        br = [r for r in rows if r[1] == b.bid]
        ins = sum(1 for r in br if float(r[3]) > 0)
        ents = {fold(r[5]) for r in br if r[5]}
        print(f"  {b.bid:22} {len(br):3} rows  {br[0][2]}..{br[-1][2]}  in {ins:3}  "
              f"entities {len(ents):3}  no-entity {sum(1 for r in br if not r[5])}")
    ins = sum(1 for r in rows if float(r[3]) > 0)
    print(f"money in {ins} ({100 * ins / n:.1f} %), money out {n - ins}")
    ent_rows = [r for r in rows if r[5]]
    ec = Counter(fold(r[5]) for r in ent_rows)
    names = {}
    for r in ent_rows:
        names.setdefault(fold(r[5]), r[5])
    per_biz = defaultdict(set)
    for r in ent_rows:
        per_biz[fold(r[5])].add(r[1])
    shared = sorted(names[e] for e, s in per_biz.items() if len(s) > 1)
    print(f"distinct entities {len(ec)}; shared across businesses {len(shared)}: {', '.join(shared)}")
    print(f"rows without entity {n - len(ent_rows)} ({100 * (n - len(ent_rows)) / n:.1f} %)")
    rec = sum(v for v in ec.values() if v > 1)
    print(f"rows with an entity {len(ent_rows)}, of which {rec} ({100 * rec / len(ent_rows):.1f} %) "
          f"recur; entities once {sum(1 for v in ec.values() if v == 1)}, 2-8 times "
          f"{sum(1 for v in ec.values() if 2 <= v <= 8)}, more often "
          f"{', '.join(names[e] for e, v in ec.most_common() if v > 8)}")
    cc = Counter(r[6] for r in rows)
    print("categories:", ", ".join(f"{k} {cc.get(k, 0)}" for k in
                                    sorted(CATEGORIES, key=lambda k: (-cc.get(k, 0), k))))
    multi = defaultdict(set)
    for r in ent_rows:
        multi[(r[1], fold(r[5]))].add(r[6])
    print("same entity, several categories:",
          "; ".join(f"{names[e]} ({b}: {', '.join(sorted(c))})"
                    for (b, e), c in sorted(multi.items()) if len(c) > 1))


if __name__ == "__main__":
    main()
