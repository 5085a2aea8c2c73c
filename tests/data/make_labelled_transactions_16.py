#!/usr/bin/env python3
"""Generate ``labelled_transactions_16.csv``: the sixteenth, blind evaluation set.

Six fictional small businesses of kinds no earlier set uses, one account each, at banks none of sets 1-15
uses: Republic Bank & Trust (Shelbyville, Kentucky) and Prosperity Bank (New Braunfels, Texas) in the US;
OakNorth Bank (St Agnes, Cornwall) in the UK; Knab (Leiden, Dutch), Fineco (Modena, Italian) and Ibercaja
(Huesca, Spanish) in the euro area. Written blind: its author read only ``README.md``, the header line of
``labelled_transactions_13.csv`` and the first 60 lines of ``make_labelled_transactions_13.py``; not
CashPilot's code, vendor lists or rules, nor any earlier rows. Layouts are written from general knowledge
of each bank's export style, not copied from real exports.

Every counterparty is listed once below, by hand, in its business's function: label (entity + category),
schedule, signed amount range and description template(s). Only per-occurrence noise (dates, amounts,
references, times, which card) is random, drawn from one generator per business seeded from ``SEED``;
stable identifiers (mandates, creditor ids, IBANs with valid check digits, customer and policy numbers,
ACH ids) come from a hash of business + label, so they repeat between occurrences of one counterparty.

Schedules (methods of ``Biz``): ``M(day, idx=None)`` monthly on ``day`` (next banking day), ``LAST()``
last banking day, ``R(n)`` n random banking days, ``C(n)`` n random purchase days for card lines,
``D(iso, ...)`` explicit dates. Amounts: ``(lo, hi)`` uniform, a float (fixed) or a list (one per date).
Templates use ``str.format_map``: ``{d}`` posting date, ``{p}`` purchase date (strftime specs allowed),
``{a}`` / ``{ac}`` / ``{ae}`` / ``{au}`` the absolute amount (dot, comma, European, US grouping),
``{n6}`` / ``{X8}`` / ``{A3}`` fresh digits / alphanumerics / letters, ``{t}`` / ``{T}`` a time,
``{card}`` the card used, ``{k[...]}`` stable values passed in, ``{inv}`` the business's next invoice
number (numbered in date order), ``{MES}`` / ``{PMES}`` (Spanish), ``{mese}`` / ``{pmese}`` / ``{MESE}`` /
``{PMESE}`` (Italian), ``{maand}`` / ``{pmaand}`` (Dutch), ``{MON}`` / ``{PMON}`` month names of the posting
month / the month before, ``{pm}`` the previous month's number.

Usage: python3 make_labelled_transactions_16.py  (writes the CSV next to it, prints counts).
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
from collections import Counter
from pathlib import Path

SEED = 16_2026_1122
OUT = Path(__file__).with_name("labelled_transactions_16.csv")
CATS = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income", "Rent",
    "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising", "Utilities", "Taxes",
    "Supplies & Materials", "Loan Repayment", "Travel", "Meals & Entertainment", "Professional Services",
    "Equipment", "Insurance", "Bank Fees", "Cost of Goods Sold", "Other Expense", "Internal Transfer",
    "Owner Draw / Contribution",
}
INCOME = {"Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income"}
MONTHS = {
    "es": "ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def D(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def fw(s: str, n: int) -> str:
    """Fixed-width field: cut or pad to n characters (applied after the template is filled in)."""
    return f"\x01{s}\x02{n}\x03"


def _fw(m: re.Match) -> str:
    return m.group(1)[:int(m.group(2))].ljust(int(m.group(2)))


def cut(s: str, n: int) -> str:
    """Cut to n characters (applied after the template is filled in)."""
    return f"\x04{s}\x05{n}\x06"


def _post(text: str) -> str:
    text = re.sub("\x04(.*?)\x05(\\d+)\x06", lambda m: m.group(1)[:int(m.group(2))].rstrip(), text)
    return re.sub("\x01(.*?)\x02(\\d+)\x03", _fw, text).strip()


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    return f"{cc}{98 - _num(bban + cc + '00') % 97:02d}{bban}"


def creditor_id(cc: str, bc: str, nid: str) -> str:
    return f"{cc}{98 - _num(nid + cc + '00') % 97:02d}{bc}{nid}"


def it_cin(abi: str, cab: str, acct: str) -> str:
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = 0
    for i, c in enumerate(abi + cab + acct):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        s += odd[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def es_dc(ent: str, ofi: str, acct: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(x: str) -> str:
        r = 11 - sum(int(c) * wi for c, wi in zip(x, w)) % 11
        return "0" if r == 11 else "1" if r == 10 else str(r)

    return d("00" + ent + ofi) + d(acct)


class Ctx(dict):
    """Template context that draws fresh noise for unknown fields like n6, X8, A3, t, T."""

    def __init__(self, rng: random.Random, **kw):
        super().__init__(**kw)
        self.rng = rng

    def __missing__(self, key: str):
        r = self.rng
        if key[0] in "nXA" and key[1:].isdigit():
            pool = {"n": string.digits, "X": string.ascii_uppercase + string.digits, "A": string.ascii_uppercase}
            v = "".join(r.choice(pool[key[0]]) for _ in range(int(key[1:])))
            if key[0] == "n" and int(key[1:]) > 1:
                v = str(r.randint(1, 9)) + v[1:]
            return v
        if key == "t":
            return f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}"
        if key == "T":
            return f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        raise KeyError(key)


class Biz:
    def __init__(self, bid: str, region: str, months: list[tuple[int, int]], holidays: set[str],
                 cards: list[str], lang: str = "en", inv: tuple[str, int] = ("", 1)):
        self.bid, self.region, self.months = bid, region, months
        self.hol = {D(h) for h in holidays}
        self.cards, self.lang = cards, lang
        self.rng = random.Random(f"{SEED}/{bid}")
        self.rows: list[list] = []
        self.start = dt.date(*months[0], 1)
        y, m = months[-1]
        self.end = dt.date(y, m, calendar.monthrange(y, m)[1])
        self.inv_fmt, self.inv_no = inv

    # ---- calendar ---------------------------------------------------------------------------------
    def is_bd(self, d: dt.date) -> bool:
        return d.weekday() < 5 and d not in self.hol and (d.month, d.day) not in ((1, 1), (12, 25))

    def nbd(self, d: dt.date) -> dt.date:
        while not self.is_bd(d):
            d += dt.timedelta(days=1)
        return d

    def bdays(self) -> list[dt.date]:
        out, d = [], self.start
        while d <= self.end:
            if self.is_bd(d):
                out.append(d)
            d += dt.timedelta(days=1)
        return out

    def M(self, day: int, idx=None) -> list[dt.date]:
        idx = range(len(self.months)) if idx is None else idx
        out = []
        for i in idx:
            y, m = self.months[i]
            out.append(self.nbd(dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))))
        return [d for d in out if d <= self.end]

    def LAST(self, idx=None) -> list[dt.date]:
        idx = range(len(self.months)) if idx is None else idx
        out = []
        for i in idx:
            y, m = self.months[i]
            d = dt.date(y, m, calendar.monthrange(y, m)[1])
            while not self.is_bd(d):
                d -= dt.timedelta(days=1)
            out.append(d)
        return out

    def R(self, n: int) -> list[dt.date]:
        return sorted(self.rng.sample(self.bdays(), n))

    def MC(self, day: int, idx=None) -> list[dt.date]:
        """Monthly card purchase on a calendar day (posts 0-2 banking days later)."""
        idx = range(len(self.months)) if idx is None else idx
        return [dt.date(*self.months[i], day) for i in idx]

    def C(self, n: int) -> list[dt.date]:
        span = (self.end - self.start).days - 4
        out = []
        while len(out) < n:
            d = self.start + dt.timedelta(days=self.rng.randint(0, span))
            if (d.month, d.day) not in ((1, 1), (12, 25)):
                out.append(d)
        return sorted(out)

    def Dt(self, *isos: str) -> list[dt.date]:
        return [D(i) for i in isos]

    def post(self, pd: dt.date) -> dt.date:
        d = self.nbd(pd)
        for _ in range(self.rng.choice((0, 1, 1, 1, 2))):
            d = self.nbd(d + dt.timedelta(days=1))
        return d

    # ---- stable identifiers -------------------------------------------------------------------------
    def kr(self, label: str) -> random.Random:
        return random.Random(hashlib.sha256(f"{self.bid}|{label}".encode()).hexdigest())

    def k(self, label: str, pattern: str) -> str:
        """Stable value: '#' digit, '@' letter, '*' letter or digit, anything else literal."""
        r = self.kr(label)
        out = []
        for i, c in enumerate(pattern):
            if c == "#":
                out.append(r.choice(string.digits if i else "123456789"))
            elif c == "@":
                out.append(r.choice(string.ascii_uppercase))
            elif c == "*":
                out.append(r.choice(string.ascii_uppercase + string.digits))
            else:
                out.append(c)
        return "".join(out)

    def iban_nl(self, label: str, bank: str = "") -> str:
        r = self.kr("iban" + label)
        bank = bank or r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "BUNQ"])
        while True:
            acct = "".join(r.choice(string.digits) for _ in range(10))
            if acct[0] != "0" and sum(int(c) * w for c, w in zip(acct, range(10, 0, -1))) % 11 == 0:
                return iban("NL", bank + acct)

    def iban_it(self, label: str, abi: str = "") -> str:
        r = self.kr("iban" + label)
        abi = abi or r.choice(["03069", "02008", "05034", "03032", "05387", "08452", "06230"])
        cab = "".join(r.choice(string.digits) for _ in range(5))
        acct = "".join(r.choice(string.digits) for _ in range(12))
        return iban("IT", it_cin(abi, cab, acct) + abi + cab + acct)

    def iban_es(self, label: str, ent: str = "") -> str:
        r = self.kr("iban" + label)
        ent = ent or r.choice(["2085", "2100", "0182", "0049", "2038", "0081", "3191"])
        ofi = "".join(r.choice(string.digits) for _ in range(4))
        acct = "".join(r.choice(string.digits) for _ in range(10))
        return iban("ES", ent + ofi + es_dc(ent, ofi, acct) + acct)

    def iban_gb(self, label: str, bank: str = "") -> str:
        r = self.kr("iban" + label)
        bank = bank or r.choice(["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG"])
        return iban("GB", bank + "".join(r.choice(string.digits) for _ in range(14)))

    # ---- rows -------------------------------------------------------------------------------------
    def ev(self, dates, amt, tmpl, ent: str, cat: str, card: bool = False, k=None, ordered: bool = False,
           sign: int = 0):
        """Amounts are given as magnitudes; the sign follows the category (money in for revenue, refunds,
        financing, interest and other income, money out otherwise) unless ``sign`` is given, which it
        must be for owner and internal transfers."""
        assert cat in CATS, cat
        if not sign:
            assert cat not in ("Owner Draw / Contribution", "Internal Transfer"), (ent, cat)
            sign = 1 if cat in INCOME else -1
        for i, d0 in enumerate(dates):
            pd = d0
            d = self.post(d0) if card else self.nbd(d0)
            if isinstance(amt, list):
                a = amt[i]
            elif isinstance(amt, tuple):
                a = round(self.rng.uniform(*amt), 2)
            else:
                a = amt
            a = sign * abs(a)
            t = tmpl if isinstance(tmpl, str) else tmpl[i % len(tmpl)] if ordered else self.rng.choice(tmpl)
            pm = (d.replace(day=1) - dt.timedelta(days=1)).month
            x = abs(a)
            ctx = Ctx(self.rng, d=d, p=pd, a=f"{x:.2f}", ac=f"{x:.2f}".replace(".", ","),
                      ae=f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."), au=f"{x:,.2f}",
                      card=self.rng.choice(self.cards) if self.cards else "", k=k or {}, inv="\x00INV\x00",
                      MON=calendar.month_abbr[d.month].upper(), PMON=calendar.month_abbr[pm].upper(),
                      MES=MONTHS["es"][d.month - 1], PMES=MONTHS["es"][pm - 1], pm=pm,
                      mese=MONTHS["it"][d.month - 1], pmese=MONTHS["it"][pm - 1],
                      MESE=MONTHS["it"][d.month - 1].upper(), PMESE=MONTHS["it"][pm - 1].upper(),
                      maand=MONTHS["nl"][d.month - 1], pmaand=MONTHS["nl"][pm - 1])
            desc = _post(t.format_map(ctx))
            self.rows.append([self.region, self.bid, d, a, desc, ent, cat])

    def finish(self) -> list[list]:
        for r in self.rows:
            assert self.start <= r[2] <= self.end and self.is_bd(r[2]), (self.bid, r)
        self.rows.sort(key=lambda r: r[2])
        for r in self.rows:
            while "\x00INV\x00" in r[4]:
                r[4] = r[4].replace("\x00INV\x00", self.inv_fmt.format(self.inv_no), 1)
                self.inv_no += self.rng.randint(1, 4)
        return [[r[0], r[1], r[2].isoformat(), f"{r[3]:.2f}", r[4], r[5], r[6]] for r in self.rows]


# =====================================================================================================
# US: Kentucky. Guist Creek Equestrian LLC, Shelbyville KY: horse boarding, lessons and layups.
# Republic Bank & Trust business checking, capitals.
# =====================================================================================================
US_HOL = {"2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25", "2026-01-01", "2026-01-19",
          "2026-02-16", "2026-05-25"}


def us_horse_boarding() -> Biz:
    b = Biz("us-horse-boarding", "US", [(2025, 10), (2025, 11), (2025, 12)], US_HOL, ["4417", "4417", "8832"])

    def card(m, city, st="KY", kind="DEBIT CARD PURCHASE"):
        return f"{kind} {{p:%m/%d}} {fw(m, 23)} {fw(city, 13)} {st} XXXXXXXXXXXX{{card}}"

    def ach(dr, co, entry, cid, tail=""):
        return f"ACH {dr} {fw(co, 16)} {fw(entry, 10)} {cid}{tail}"

    own = "GUIST CREEK EQUES"
    # ---- money in
    b.ev(b.R(5), (380, 2450), ach("CREDIT", "SQUARE INC", "{d:%y%m%d}P2", "L2{n8}", " CCD " + own),
         "Square", "Sales Revenue")
    clients = [("KATHERINE BLEVINS", "Katherine Blevins", ["{MON} BOARD DUCHESS", "BOARD DUCHESS {MON}"], 850),
               ("MARK ELLERY", "Mark Ellery", ["board+training Ranger", "{MON} BOARD RANGER"], 1150),
               ("JESSICA TRAN", "Jessica Tran", ["lessons x4", "LESSONS {MON}"], 240),
               ("CAROLINE VOSS", "Caroline Voss", ["Stall board - Pip", "Pip board {MON}"], 850)]
    for i, (nm, ent, memos, base) in enumerate(clients):
        dates = b.M(2 + i) if i == 0 else b.M(3 + i, [[0, 1], [1, 2], [0, 2]][i - 1])
        b.ev(dates, base + 0.0, [f"ZELLE PMT FROM {nm} CONF# {{X9}} {m.upper()}" for m in memos],
             ent, "Service Income")
    b.ev(b.R(2), (240, 1700), "MOBILE DEPOSIT #{n7}", "", "Service Income")
    wid = b.k("windswept", "##########")
    b.ev(b.M(8, [0, 2]), [3720.00, 4185.00], ach("CREDIT", "WINDSWEPT FARM L", "PAYMENT", wid, " CCD LAYUP BOARD"),
         "Windswept Farm", "Service Income")
    b.ev(b.C(1), 64.99, card("TRACTOR SUPPLY #1462", "SHELBYVILLE", kind="DEBIT CARD CREDIT"),
         "Tractor Supply", "Refunds", card=True)
    b.ev(b.Dt("2025-11-17"), 5000.00, "ZELLE PMT FROM WHITNEY CAUDILL CONF# {X9} CAPITAL HAY",
         "Whitney Caudill", "Owner Draw / Contribution", sign=1)
    # ---- feed, hay, bedding (cost of boarding)
    b.ev(b.R(3), (2650, 4300), "WEB BILL PAY JACOBS HAY & STRAW CONF #{n8}", "Jacobs Hay & Straw",
         "Cost of Goods Sold")
    b.ev(b.C(3), (310, 920), card("SOUTHERN STATES SHELBY", "SHELBYVILLE"), "Southern States",
         "Cost of Goods Sold", card=True)
    b.ev(b.M(20, [0, 1]), (740, 980), "WEB BILL PAY BLUEGRASS SHAVINGS CO CONF #{n8}", "Bluegrass Shavings",
         "Cost of Goods Sold")
    b.ev(b.C(2), (38, 265), card("TRACTOR SUPPLY #1462", "SHELBYVILLE"), "Tractor Supply",
         "Supplies & Materials", card=True)
    b.ev(b.C(1), (60, 140), card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL", "WA"), "Amazon",
         "Supplies & Materials", card=True)
    b.ev(b.M(28, [0, 1]), 375.00, "WEB BILL PAY CLEAR CREEK HAULING CONF #{n8}", "Clear Creek Hauling",
         "Utilities")
    b.ev(b.M(1), 1200.00, "ZELLE PMT TO HAROLD JENNINGS CONF# {X9} PASTURE LEASE {MON}", "Harold Jennings",
         "Rent")
    # ---- payroll (QuickBooks Payroll)
    qid = b.k("intuit", "##########")
    b.ev(b.M(15), (3150, 3480), ach("DEBIT", "INTUIT PAYROLL S", "QUICKBOOKS", qid, " CCD " + own),
         "Intuit", "Salaries & Payroll")
    b.ev(b.M(14, [0, 2]), (910, 1040), ach("DEBIT", "INTUIT", "TAX", qid, " CCD " + own), "Intuit",
         "Salaries & Payroll")
    b.ev(b.MC(6, [0, 2]), 115.00, card("INTUIT *QBOOKS ONLINE", "CL.INTUIT.COM", "CA", "RECURRING DEBIT CARD"),
         "Intuit", "Software & Subscriptions", card=True)
    b.ev(b.Dt("2025-11-14"), 612.40, ach("DEBIT", "KY DEPT OF REVENU", "WH-TAX", "6610000542", " CCD K-1 10/25"),
         "Kentucky Department of Revenue", "Salaries & Payroll")
    b.ev(b.Dt("2025-10-31"), 187.22, ach("DEBIT", "KY OFFICE OF UNE", "UI TAX", "6610000233", " CCD Q3 2025"),
         "Kentucky Office of Unemployment Insurance", "Salaries & Payroll")
    b.ev(b.Dt("2025-10-29"), 3412.88, "WEB BILL PAY SHELBY COUNTY SHERIFF CONF #{n8}", "Shelby County Sheriff",
         "Taxes")
    # ---- finance, insurance, utilities
    fc = b.k("fcma", "#######")
    b.ev(b.M(10, [0, 1]), 2284.16, ach("DEBIT", "FARM CREDIT MID-", "LOAN PMT", "1610533077", f" PPD {fc}"),
         "Farm Credit Mid-America", "Loan Repayment")
    b.ev(b.M(25), 688.35, "LOAN PAYMENT TO LN XXXXXX4402", "", "Loan Repayment")
    b.ev(b.M(18, [0, 2]), (410, 690), ach("DEBIT", "SHELBY ENERGY CO", "ELEC BILL", "1610279840",
                                          f" PPD {b.k('se', '######-###')}"), "Shelby Energy", "Utilities")
    b.ev(b.M(12, [1]), 96.40, "WEB BILL PAY NORTH SHELBY WATER C CONF #{n8}", "North Shelby Water",
         "Utilities")
    b.ev(b.MC(12, [0, 1]), 89.99, card("SPECTRUM", "855-707-7328", "MO", "RECURRING DEBIT CARD"), "Spectrum",
         "Utilities", card=True)
    b.ev(b.M(22, [0, 1]), [142.18, 138.64], card("VZWRLSS*APOCC VISB", "800-922-0204", "FL",
                                                 "RECURRING DEBIT CARD"), "Verizon", "Utilities")
    b.ev(b.M(5, [0, 1]), 318.50, ach("DEBIT", "MARKEL INSURANCE", "PREMIUM", "9161100234",
                                      f" PPD EQ{b.k('markel', '#########')}"), "Markel", "Insurance")
    b.ev(b.M(16, [1]), 241.00, ach("DEBIT", "KEMI", "INS PREM", "6610812219", f" CCD WC{b.k('kemi', '######')}"),
         "KEMI", "Insurance")
    # ---- vehicles, meals, services, equipment, marketing, software
    b.ev(b.C(2), (48, 96), card("THORNTONS #{n3}", "SHELBYVILLE"), "Thorntons", "Travel", card=True)
    b.ev(b.C(1), (62, 118), card("SQ *SHELBYVILLE BBQ CO", "SHELBYVILLE"), "Shelbyville BBQ",
         "Meals & Entertainment", card=True)
    b.ev(b.R(1), 385.00, "WEB BILL PAY SHELBY EQUINE CLINIC CONF #{n8}", "Shelby Equine Clinic",
         "Professional Services")
    b.ev(b.R(2), [260.00, 300.00], "ZELLE PMT TO CODY HATFIELD CONF# {X9} TRIMS SCHOOL HORSES", "Cody Hatfield",
         "Professional Services")
    b.ev(b.Dt("2025-12-09"), 650.00, "WEB BILL PAY MIDDLETON & REESE CP CONF #{n8}", "Middleton & Reese CPAs",
         "Professional Services")
    b.ev(b.C(1), 1284.60, card("TUCKER FARM EQUIPMENT", "FRANKFORT"), "Tucker Farm Equipment", "Equipment",
         card=True)
    b.ev(b.C(1), (60, 150), card("FACEBK *{X10}", "FB.ME/ADS", "CA"), "Meta", "Marketing & Advertising",
         card=True)
    b.ev(b.MC(1, [1, 2]), 14.00, card("GOOGLE *GSUITE_GUISTCR", "CC@GOOGLE.COM", "CA", "RECURRING DEBIT CARD"), "Google",
         "Software & Subscriptions", card=True)
    # ---- bank, owner, own accounts
    b.ev(b.M(2, [1, 2]), [32.50, 29.75], "ACCOUNT ANALYSIS SERVICE CHARGE", "", "Bank Fees")
    b.ev(b.Dt("2025-10-31", "2025-12-31"), [3000.00, 4000.00], "ZELLE PMT TO WHITNEY CAUDILL CONF# {X9} DRAW",
         "Whitney Caudill", "Owner Draw / Contribution", sign=-1)
    b.ev(b.C(1), 200.00, card("REPUBLIC BANK 1 MAIN ST", "SHELBYVILLE", kind="ATM WITHDRAWAL"), "",
         "Internal Transfer", card=True, sign=-1)
    b.ev(b.Dt("2025-12-19"), 2500.00, "ONLINE TRANSFER TO SAVINGS XXXXXX2290", "", "Internal Transfer", sign=-1)
    return b


# =====================================================================================================
# US: Texas. Koenig Appliance Repair LLC, New Braunfels TX: in-home appliance repair (two vans).
# Prosperity Bank business checking, capitals.
# =====================================================================================================
def us_appliance_repair() -> Biz:
    b = Biz("us-appliance-repair", "US", [(2026, 1), (2026, 2), (2026, 3)], US_HOL, ["7730", "7730", "2259"],
            inv=("{:05d}", 10418))
    mac = b.k("marcone", "55#####")

    def card(m, city, st="TX", kind="CARD PURCHASE"):
        return f"{kind} {{p:%m/%d/%y}} {fw(m, 25)} {fw(city, 14)}{st} CARD {{card}}"

    def ach(dr, co, entry, cid, tail=""):
        return f"ACH {dr} - {fw(co, 16)} {fw(entry, 10)} {cid}{tail}"

    # ---- money in
    b.ev(b.R(6), (410, 2380), ach("CREDIT", "HOUSECALL PRO", "PAYOUT", "4270465600", " CCD {X12}"),
         "Housecall Pro", "Sales Revenue")
    ahs = b.k("ahs", "##########")
    b.ev(b.R(3), (185, 760), ach("CREDIT", "AMERICAN HOME SH", "VENDOR PMT", ahs, " CCD INV {inv}"),
         "American Home Shield", "Service Income")
    b.ev(b.R(2), (240, 615), ach("CREDIT", "CHOICE HOME WARR", "CLAIM PMT", "1223456788", " CCD CLM {n8}"),
         "Choice Home Warranty", "Service Income")
    b.ev(b.M(12, [0, 2]), [1345.50, 887.25],
         ach("CREDIT", "GUADALUPE RVR PM", "ACH PMT", b.k("grpm", "##########"), " CCD KOENIG APPLIANCE"),
         "Guadalupe River Property Management", "Service Income")
    b.ev(b.R(1), 284.50, "ZELLE CREDIT FROM DEBORAH SCHMIDT REF {X11} DRYER REPAIR", "Deborah Schmidt",
         "Service Income")
    b.ev(b.R(1), 196.00, "ZELLE CREDIT FROM KYLE WEBER REF {X11} FRIDGE ICEMAKER", "Kyle Weber", "Service Income")
    b.ev(b.R(2), (180, 950), "REMOTE DEPOSIT CAPTURE DEP {n9}", "", "Service Income")
    b.ev(b.Dt("2026-02-24"), 96.40, ach("CREDIT", "MARCONE SUPPLY", "CORE CRDT", "4310876521", f" CCD ACCT {mac}"),
         "Marcone", "Refunds")
    b.ev(b.Dt("2026-01-22"), 8000.00, "LINE OF CREDIT ADVANCE LN XXXXXX0187", "", "Financing")
    # ---- parts (installed in customers' appliances) and supplies
    b.ev(b.M(5), (1180, 2740), ach("DEBIT", "MARCONE SUPPLY", "AUTOPAY", "4310876521", f" CCD ACCT {mac}"),
         "Marcone", "Cost of Goods Sold")
    b.ev(b.C(2), (140, 620), card("ENCOMPASS SUPPLY CHAIN", "NORCROSS", "GA"), "Encompass Supply Chain",
         "Cost of Goods Sold", card=True)
    b.ev(b.C(1), (60, 240), card("REPAIRCLINIC.COM", "800-269-2609", "MI"), "RepairClinic.com",
         "Cost of Goods Sold", card=True)
    b.ev(b.C(1), (45, 210), card("APPLIANCEPARTSPROS.COM", "877-477-7278", "CA"), "AppliancePartsPros",
         "Cost of Goods Sold", card=True)
    b.ev(b.C(1), (150, 330), card("JOHNSTONE SUPPLY #0418", "SAN ANTONIO"), "Johnstone Supply",
         "Cost of Goods Sold", card=True)
    b.ev(b.C(2), (35, 190), card("THE HOME DEPOT #6573", "NEW BRAUNFELS"), "Home Depot", "Supplies & Materials",
         card=True)
    b.ev(b.C(1), (25, 90), card("AMAZON.COM*{X9}", "AMZN.COM/BILL", "WA"), "Amazon", "Supplies & Materials",
         card=True)
    b.ev(b.C(1), 1189.00, card("GRAINGER 927", "SAN ANTONIO"), "Grainger", "Equipment", card=True)
    # ---- vans
    b.ev(b.C(2), (58, 104), card("BUC-EE'S #22", "NEW BRAUNFELS"), "Buc-ee's", "Travel", card=True)
    b.ev(b.C(1), (48, 86), card("H-E-B GAS #{n3}", "NEW BRAUNFELS"), "H-E-B", "Travel", card=True)
    b.ev(b.M(3, [0, 1]), 742.31, ach("DEBIT", "FORD CREDIT", "AUTO PYMT", "3381138871",
                                      f" PPD {b.k('ford', '#########')}"), "Ford Credit", "Loan Repayment")
    b.ev(b.Dt("2026-03-23"), 2000.00, "LOAN PAYMENT LN XXXXXX0187 LINE OF CREDIT", "", "Loan Repayment")
    b.ev(b.M(17, [1]), 486.20, ach("DEBIT", "PROGRESSIVE INS", "INS PREM", "9100010301",
                                    f" PPD {b.k('prog', '########')}"), "Progressive", "Insurance")
    b.ev(b.M(9, [2]), 112.58, card("NEXT INSUR (GL)", "PALO ALTO", "CA", "RECURRING CARD PURCHASE"),
         "Next Insurance", "Insurance")
    # ---- payroll (ADP, biweekly) and taxes
    adp = b.k("adp", "#########")
    b.ev(b.Dt("2026-01-09", "2026-02-06", "2026-02-20", "2026-03-20"), (4180, 4620),
         ach("DEBIT", "ADP WAGE PAY", "WAGE PAY", f"{adp}V", " CCD KOENIG APPLIANCE"), "ADP", "Salaries & Payroll")
    b.ev(b.Dt("2026-01-08", "2026-03-05"), (1320, 1510),
         ach("DEBIT", "ADP Tax", "ADP Tax", f"{b.k('adptax', '##')}{adp[:6]}", " CCD KOENIG APPLIANCE"), "ADP",
         "Salaries & Payroll")
    b.ev(b.Dt("2026-02-11"), 118.60, ach("DEBIT", "ADP PAYROLL FEES", "ADP FEES", f"{adp}T",
                                         f" CCD INV {b.k('adpinv', '#########')}"), "ADP",
         "Software & Subscriptions")
    b.ev(b.Dt("2026-01-30"), 212.16, ach("DEBIT", "TX WORKFORCE COM", "UI TAX", "1746000085",
                                         f" CCD {b.k('twc', '#########')}"), "Texas Workforce Commission",
         "Salaries & Payroll")
    b.ev(b.M(20, [1, 2]), [611.84, 548.07], ach("DEBIT", "TEXAS COMPTROLLE", "TAX PAYMNT", "1746000129",
                                                 f" CCD 3{b.k('txcpa', '##########')}"), "Texas Comptroller",
         "Taxes")
    b.ev(b.Dt("2026-01-27"), 384.66, "BILL PAY COMAL COUNTY TAX ASSES ON-LINE CONF# {n9}",
         "Comal County Tax Assessor-Collector", "Taxes")
    # ---- shop, utilities, software, marketing, services
    b.ev(b.M(1), 1650.00, "BILL PAY CREEKSIDE FLEX SPACE ON-LINE CONF# {n9}", "Creekside Flex Space", "Rent")
    b.ev(b.M(14, [0, 2]), [88.41, 102.77], ach("DEBIT", "NEW BRAUNFELS UT", "UTIL PAYMT", "1746002193",
                                                f" PPD {b.k('nbu', '########')}"), "New Braunfels Utilities",
         "Utilities")
    b.ev(b.M(21, [1]), 129.95, ach("DEBIT", "GVTC COMMUNICATI", "AUTOPAY", "1741022917",
                                    f" PPD {b.k('gvtc', '#######')}"), "GVTC", "Utilities")
    b.ev(b.MC(26, [0]), 171.32, card("ATT*BILL PAYMENT", "800-331-0500", "TX", "RECURRING CARD PURCHASE"),
         "AT&T", "Utilities", card=True)
    b.ev(b.MC(4, [0, 1]), 189.00, card("HOUSECALL PRO", "SAN DIEGO", "CA", "RECURRING CARD PURCHASE"),
         "Housecall Pro", "Software & Subscriptions", card=True)
    b.ev(b.MC(1, [1]), 14.40, card("GOOGLE *GSUITE_KOENIGA", "CC@GOOGLE.COM", "CA", "RECURRING CARD PURCHASE"),
         "Google", "Software & Subscriptions", card=True)
    b.ev(b.C(1), (150, 300), card("GOOGLE *ADS{n10}", "CC@GOOGLE.COM", "CA"), "Google",
         "Marketing & Advertising", card=True)
    b.ev(b.C(1), (90, 260), card("ANGI LEADS", "877-947-3639", "CO"), "Angi", "Marketing & Advertising",
         card=True)
    b.ev(b.Dt("2026-02-05"), 425.00, "ZELLE DEBIT COMAL LEDGER BOOKKEEPING REF {X11} JAN BOOKS",
         "Comal Ledger Bookkeeping", "Professional Services")
    b.ev(b.C(1), 40.00, card("CITY OF NB MUNI COURT", "NEW BRAUNFELS"), "City of New Braunfels",
         "Other Expense", card=True)
    b.ev(b.C(1), (18, 42), card("WHATABURGER 1{n3}", "NEW BRAUNFELS"), "Whataburger", "Meals & Entertainment",
         card=True)
    # ---- bank, owner, own accounts
    b.ev(b.M(2, [1, 2]), 25.00, "MONTHLY SERVICE CHARGE", "", "Bank Fees")
    b.ev(b.Dt("2026-01-30", "2026-03-31"), [3500.00, 3500.00], "ZELLE DEBIT TRAVIS KOENIG REF {X11} OWNER DRAW",
         "Travis Koenig", "Owner Draw / Contribution", sign=-1)
    b.ev(b.Dt("2026-03-16"), 3000.00, "INTERNET TRANSFER TO SAVINGS XXXXXX4126", "", "Internal Transfer",
         sign=-1)
    return b


# =====================================================================================================
# UK: Cornwall. Trevellas Surfboards Ltd, St Agnes: hand-shaped surfboards (shop, trade and online),
# ding repairs and shaping workshops. OakNorth Bank business current account, capitals, names cut at 18.
# =====================================================================================================
UK_HOL = {"2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25"}


def uk_surfboard_shaper() -> Biz:
    b = Biz("uk-surfboard-shaper", "UK", [(2025, 4), (2025, 5), (2025, 6)], UK_HOL, ["6408", "6408", "1195"],
            inv=("TS{:04d}", 1207))

    def card(m, town, cc="GB", kind="CARD PAYMENT"):
        return f"{kind} {fw(m, 22)} {fw(town, 13)} {cc} {{p:%d/%m/%Y}} ****{{card}}"

    def fp(direction, name, ref):
        return f"FASTER PAYMENT {direction} {fw(name, 18)} REF {cut(ref, 18)}"

    def line(kind, name, ref):
        return f"{kind} {fw(name, 18)} {cut(ref, 18)}"

    # ---- money in
    b.ev(b.R(5), (310, 2640), line("BACS CREDIT", "SHOPIFY", "SHOPIFY {n10}"), "Shopify", "Sales Revenue")
    b.ev(b.R(3), (95, 880), line("BACS CREDIT", "PAYPAL ZETTLE", "ZETTLE PAYOUT {n6}"), "Zettle", "Sales Revenue")
    b.ev(b.R(3), (240, 960), line("BACS CREDIT", "STRIPE PAYMENTS UK", "STRIPE {X8}"), "Stripe", "Sales Revenue")
    b.ev(b.R(2), (1450, 3300), fp("RECEIVED", "PORTHMEOR SURF SHACK LTD", "INV {inv}"), "Porthmeor Surf Shack",
         "Sales Revenue")
    b.ev(b.R(2), (980, 2150), fp("RECEIVED", "BUDE BOARD STORE LTD", "{inv} BOARDS"), "Bude Board Store",
         "Sales Revenue")
    b.ev(b.R(1), 1875.00, fp("RECEIVED", "CROYDE BAY SURF HIRE", "INVOICE {inv}"), "Croyde Bay Surf Hire",
         "Sales Revenue")
    b.ev(b.R(1), 85.00, fp("RECEIVED", "J NANCARROW", "DING REPAIR"), "J Nancarrow", "Service Income")
    b.ev(b.R(1), 60.00, fp("RECEIVED", "MISS L TREGUNNA", "BOARD REPAIR"), "L Tregunna", "Service Income")
    b.ev(b.R(1), 45.00, fp("RECEIVED", "S ANGOVE", "FIN BOX FIX"), "S Angove", "Service Income")
    b.ev(b.Dt("2025-04-04"), 6000.00, fp("RECEIVED", "K PENHALIGON", "DIRECTORS LOAN"), "K Penhaligon",
         "Owner Draw / Contribution", sign=1)
    b.ev(b.M(1, [1, 2]), [4.18, 3.62], "CREDIT INTEREST {PMON}", "", "Interest")
    b.ev(b.C(1), 42.60, card("EASY COMPOSITES LTD", "STOKE-ON-TREN", kind="CARD REFUND"), "Easy Composites",
         "Refunds", card=True)
    b.ev(b.Dt("2025-05-09"), 2500.00, "TRANSFER FROM SAVINGS ACCOUNT ****4471", "", "Internal Transfer", sign=1)
    # ---- materials and shipping (cost of the boards)
    b.ev(b.R(3), (980, 2460), fp("SENT", "ATLANTIC BLANKS LTD", "INV {n5}"), "Atlantic Blanks", "Cost of Goods Sold")
    b.ev(b.C(2), (220, 640), card("EAST COAST FIBREGLASS", "GATESHEAD"), "East Coast Fibreglass Supplies",
         "Cost of Goods Sold", card=True)
    b.ev(b.C(2), (90, 380), card("EASY COMPOSITES LTD", "STOKE-ON-TREN"), "Easy Composites",
         "Cost of Goods Sold", card=True)
    b.ev(b.Dt("2025-05-20"), 1056.41, "INTERNATIONAL PAYMENT SENT FCS EUROPE SAS EUR 1,240.00 RATE 1.1738 "
                                      "REF FCS-{n6}", "FCS", "Cost of Goods Sold")
    b.ev(b.Dt("2025-05-20"), 15.00, "INTERNATIONAL PAYMENT FEE", "", "Bank Fees")
    b.ev(b.M(8, [1, 2]), (140, 310), line("DIRECT DEBIT", "PARCELFORCE WORLDWIDE", "ACC {k[pf]}"),
         "Parcelforce", "Cost of Goods Sold", k={"pf": b.k("pf", "PF######")})
    b.ev(b.C(1), (28, 54), card("DPD LOCAL ONLINE", "SMETHWICK"), "DPD", "Cost of Goods Sold", card=True)
    # ---- premises and running costs
    b.ev(b.M(1), 950.00, line("STANDING ORDER", "TREVAUNANCE PROPERTIES", "UNIT 4 RENT"), "Trevaunance Properties",
         "Rent")
    b.ev(b.M(14, [0, 1]), (118, 186), line("DIRECT DEBIT", "OCTOPUS ENERGY", "A-{k[o]}"), "Octopus Energy",
         "Utilities", k={"o": b.k("oct", "********")})
    b.ev(b.M(21, [1]), 38.50, line("DIRECT DEBIT", "SOUTH WEST WATER", "{k[w]}"), "South West Water", "Utilities",
         k={"w": b.k("sww", "##########")})
    b.ev(b.M(3, [2]), 46.99, line("DIRECT DEBIT", "BT GROUP PLC", "{k[bt]}"), "BT", "Utilities",
         k={"bt": b.k("bt", "VP########")})
    b.ev(b.M(17, [0, 2]), [31.20, 33.45], line("DIRECT DEBIT", "EE LIMITED", "B{k[ee]}"), "EE", "Utilities",
         k={"ee": b.k("ee", "#########")})
    b.ev(b.M(1, [1]), 24.10, line("DIRECT DEBIT", "CORNWALL COUNCIL", "TRADE WASTE {k[cc]}"), "Cornwall Council",
         "Utilities", k={"cc": b.k("ccw", "#######")})
    b.ev(b.M(12, [0, 1]), 61.37, line("DIRECT DEBIT", "SIMPLY BUSINESS", "SB{k[sb]}"), "Simply Business",
         "Insurance", k={"sb": b.k("sb", "########")})
    b.ev(b.M(24, [0, 2]), 389.64, line("DIRECT DEBIT", "MERCEDES-BENZ FINANCIAL", "{k[mb]}"),
         "Mercedes-Benz Financial Services", "Loan Repayment", k={"mb": b.k("mb", "#########")})
    b.ev(b.M(28, [1, 2]), 512.30, "LOAN REPAYMENT OAKNORTH LOAN ****7702", "", "Loan Repayment")
    # ---- people and tax
    b.ev(b.LAST(), (1720, 1840), fp("SENT", "J TREGEAR", "WAGES {MON}"), "J Tregear", "Salaries & Payroll")
    b.ev(b.LAST([2]), 1264.08, fp("SENT", "A BOLITHO", "WAGES JUN"), "A Bolitho", "Salaries & Payroll")
    paye = b.k("paye", "###PA00######")
    b.ev(b.Dt("2025-04-22", "2025-05-22"), [612.44, 598.10], [fp("SENT", "HMRC PAYE", paye + "2512"),
                                                               fp("SENT", "HMRC PAYE", paye + "2601")],
         "HMRC", "Salaries & Payroll", ordered=True)
    b.ev(b.M(6, [1, 2]), (96, 132), line("DIRECT DEBIT", "NEST", "{k[n]}"), "NEST", "Salaries & Payroll",
         k={"n": b.k("nest", "DDN##########")})
    b.ev(b.Dt("2025-05-12"), 3184.72, line("DIRECT DEBIT", "HMRC VAT", b.k('vrn', '#########')), "HMRC",
         "Taxes")
    b.ev(b.Dt("2025-04-30", "2025-06-30"), [1500.00, 2000.00], fp("SENT", "K PENHALIGON", "DIVIDEND"),
         "K Penhaligon", "Owner Draw / Contribution", sign=-1)
    b.ev(b.C(1), 50.00, card("COMPANIES HOUSE", "CARDIFF"), "Companies House", "Taxes", card=True)
    b.ev(b.M(2, [1, 2]), [63.00, 63.00], line("DIRECT DEBIT", "XERO UK LTD", "{k[x]}"), "Xero",
         "Software & Subscriptions", k={"x": b.k("xero", "XERO-#######")})
    b.ev(b.MC(11, [1]), 25.00, card("SHOPIFY* {n9}", "DUBLIN", "IE"), "Shopify", "Software & Subscriptions",
         card=True)
    b.ev(b.C(1), (40, 120), card("FACEBK *{X10}", "DUBLIN", "IE"), "Meta", "Marketing & Advertising", card=True)
    b.ev(b.Dt("2025-06-10"), 360.00, fp("SENT", "WAVELENGTH MAGAZINE", "SUMMER ISSUE AD"), "Wavelength Magazine",
         "Marketing & Advertising")
    b.ev(b.C(1), (24, 88), card("SCREWFIX DIRECT", "TRURO"), "Screwfix", "Supplies & Materials", card=True)
    b.ev(b.C(1), (15, 60), card("TOOLSTATION REDRUTH", "REDRUTH"), "Toolstation", "Supplies & Materials",
         card=True)
    b.ev(b.C(1), 489.95, card("AXMINSTER TOOLS", "AXMINSTER"), "Axminster Tools", "Equipment", card=True)
    b.ev(b.C(1), (55, 82), card("SHELL REDRUTH", "REDRUTH"), "Shell", "Travel", card=True)
    b.ev(b.C(1), 96.40, card("GWR.COM TICKETS", "SWINDON"), "GWR", "Travel", card=True)
    b.ev(b.C(1), (18, 46), card("SUMUP *BLUE HILLS CAFE", "ST AGNES"), "Blue Hills Cafe",
         "Meals & Entertainment", card=True)
    b.ev(b.M(5, [0, 1]), 180.00, line("STANDING ORDER", "CARRICK ROADS ACCOUNTANTS", "MONTHLY FEE"),
         "Carrick Roads Accountants", "Professional Services")
    b.ev(b.Dt("2025-04-14"), 3000.00, "TRANSFER TO SAVINGS ACCOUNT ****4471", "", "Internal Transfer", sign=-1)
    return b


# =====================================================================================================
# EU (NL): Leiden. Sloepverhuur Zijlpoort (eenmanszaak of Jeroen Verbeek): electric sloop hire on the
# Leiden canals, with skippered trips and drinks hampers. Knab Zakelijk, Dutch, mixed case as exported:
# payment type, counterparty, IBAN, description.
# =====================================================================================================
NL_HOL = {"2025-06-09"}


def nl_boat_rental() -> Biz:
    b = Biz("nl-boat-rental", "EU", [(2025, 6), (2025, 7), (2025, 8)], NL_HOL, ["412", "412", "877"],
            inv=("2025-{:04d}", 118))

    def pin(m, plaats, cc="NLD", kind="Pinbetaling"):
        return f"{kind} {m} {plaats} {cc} Debit Mastercard **{{card}} {{p:%d-%m-%Y}} {{t}}"

    def ink(naam, iban_, omschr, mid, cid):
        return f"Incasso {naam} {iban_} {omschr} Machtiging: {mid} Incassant ID: {cid}"

    def cid(label):
        return creditor_id("NL", "ZZZ", b.k("kvk" + label, "########") + "0000")

    def mid(label, pat="######"):
        return b.k("mid" + label, pat)

    bd_iban = "NL86INGB0002445588"
    # ---- money in
    stripe = iban("IE", "CITI990051" + b.k("stripeacct", "########"))
    b.ev(b.R(7), (420, 3850), f"Ontvangen betaling Stripe Technology Europe Ltd {stripe} STRIPE {{X8}} Uitbetaling",
         "Stripe", "Sales Revenue")
    ccv = b.iban_nl("ccv", "ABNA")
    b.ev(b.R(4), (160, 1240), f"Ontvangen betaling CCV Nederland B.V. {ccv} Uitbetaling {{n9}} Merchant "
                              f"{b.k('ccvm', '########')}", "CCV", "Sales Revenue")
    b.ev(b.M(12, [1, 2]), [688.40, 1121.75], f"Ontvangen betaling Tiqets International B.V. {b.iban_nl('tiq')} "
                                             "Payout {X10} {pmaand} 2025", "Tiqets", "Sales Revenue")
    b.ev(b.R(2), [840.00, 1260.00], f"Ontvangen betaling Rijnland Advies B.V. {b.iban_nl('rijn')} Factuur {{inv}} "
                                    "sloepentocht team", "Rijnland Advies", "Service Income")
    b.ev(b.R(1), 1512.50, f"Ontvangen betaling Universiteit Leiden {b.iban_nl('ul', 'ABNA')} "
                          "{n10} factuur {inv} vaartocht afdeling", "Universiteit Leiden", "Service Income")
    b.ev(b.R(1), 675.00, f"Ontvangen betaling Bouwbedrijf Van der Zwaan B.V. {b.iban_nl('zwaan')} "
                         "fact {inv} personeelsuitje", "Bouwbedrijf Van der Zwaan", "Service Income")
    b.ev(b.R(1), 325.00, f"Ontvangen betaling S. de Bruijn {b.iban_nl('bruijn')} schipperstocht 60 jaar Ria "
                         "factuur {inv}", "S. de Bruijn", "Service Income")
    b.ev(b.Dt("2025-07-16"), 185.00, f"Overboeking naar M. de Wit {b.iban_nl('dewit')} Terugbetaling reservering "
                                     "14 juli onweer", "M. de Wit", "Service Income", sign=-1)
    # ---- jetty, taxes, utilities, insurance, finance
    b.ev(b.M(1), 1450.00, f"Periodieke overboeking naar Jachthaven Zijlzicht {b.iban_nl('jh', 'RABO')} "
                          "Huur steiger + 6 ligplaatsen {maand}", "Jachthaven Zijlzicht", "Rent")
    b.ev(b.Dt("2025-06-30"), 642.00, ink("Gemeente Leiden", b.iban_nl("gem", "BNGH"),
                                         "Aanslag vaarvignet bedrijfsmatige vaart 2025 aanslagnr. "
                                         + b.k("gl", "##########"), mid("gem", "GL#########"), cid("gem")),
         "Gemeente Leiden", "Taxes")
    b.ev(b.M(24), (186, 318), ink("Vattenfall Klantenservice N.V.", b.iban_nl("vat", "INGB"),
                                  "Termijnbedrag klantnr " + b.k("vatk", "#########"), mid("vat", "##########"),
                                  cid("vat")), "Vattenfall", "Utilities")
    b.ev(b.M(27, [0, 1]), [32.50, 34.10], ink("Odido Netherlands B.V.", b.iban_nl("odido", "INGB"),
                                              "Factuur {n10} klantnr " + b.k("odk", "#######"),
                                              mid("odido", "#########"), cid("odido")), "Odido", "Utilities")
    b.ev(b.M(1, [0, 1]), 214.60, ink("Pantaenius B.V.", b.iban_nl("pant", "DEUT"),
                                     "Premie vlootpolis " + b.k("pp", "NL-YA-######"), mid("pant", "PAN######"),
                                     cid("pant")), "Pantaenius", "Insurance")
    b.ev(b.M(1, [1]), 67.33, ink("Achmea Schadeverzekeringen N.V.", b.iban_nl("cb", "INGB"),
                                 "Centraal Beheer polis " + b.k("cbp", "##########") + " AVB bedrijven",
                                 mid("cb", "##########"), cid("cb")), "Centraal Beheer", "Insurance")
    b.ev(b.M(5, [1, 2]), 418.27, ink("Stichting Qredits Microfinanciering Nederland", b.iban_nl("qr", "RABO"),
                                     "Termijn krediet " + b.k("qrn", "########"), mid("qr", "QR########"),
                                     cid("qr")), "Qredits", "Loan Repayment")
    # ---- staff and tax
    staff = [("L. Bakker", [0, 1, 2]), ("Y. el Idrissi", [1, 2]), ("T. Hoekstra", [0, 1])]
    for nm, idx in staff:
        b.ev(b.LAST(idx), (640, 1480), f"Overboeking naar {nm} {b.iban_nl(nm)} Salaris {{maand}} 2025", nm,
             "Salaries & Payroll")
    b.ev(b.Dt("2025-07-30", "2025-08-29"), [384.00, 912.00],
         f"Overboeking naar Belastingdienst {bd_iban} Betalingskenmerk {{n16}}", "Belastingdienst",
         "Salaries & Payroll")
    b.ev(b.Dt("2025-07-31"), 3866.00, f"Overboeking naar Belastingdienst {bd_iban} Betalingskenmerk {{n16}}",
         "Belastingdienst", "Taxes")
    b.ev(b.M(28, [0, 1]), 511.00, ink("Belastingdienst", bd_iban, "Voorl. aanslag IB 2025 termijn {d:%m} "
                                      "aanslagnr " + b.k("ib", "#########H5#0#"), mid("ib", "#########"),
                                      creditor_id("NL", "ZZZ", "273652260000")), "Belastingdienst",
         "Owner Draw / Contribution",
         sign=-1)
    # ---- software, marketing
    b.ev(b.M(2, [0, 2]), 29.00, ink("Moneybird B.V.", b.iban_nl("mb"), "Abonnement {maand} " + b.k("mbn", "MB-####"),
                                    mid("mb", "MB#####"), cid("mb")), "Moneybird", "Software & Subscriptions")
    b.ev(b.MC(15, [0, 1]), [49.97, 52.14], pin("BOOKEO.COM", "SYDNEY", "AUS", "Betaling"), "Bookeo",
         "Software & Subscriptions", card=True)
    b.ev(b.C(2), (60, 210), pin("GOOGLE *ADS{n10}", "Dublin", "IRL", "Betaling"), "Google",
         "Marketing & Advertising", card=True)
    b.ev(b.C(1), (45, 120), pin("FACEBK *{X10}", "Dublin", "IRL", "Betaling"), "Meta", "Marketing & Advertising",
         card=True)
    b.ev(b.Dt("2025-06-04"), 138.85, f"iDEAL-betaling Stichting Mollie Payments {b.iban_nl('mollie', 'ABNA')} "
                                     "{n16} Drukwerkdeal.nl bestelling {n7}", "Drukwerkdeal",
         "Marketing & Advertising")
    # ---- hampers, supplies, boats
    b.ev(b.C(3), (180, 640), pin("SLIGRO 219", "LEIDEN"), "Sligro", "Cost of Goods Sold", card=True)
    b.ev(b.C(2), (38, 115), pin("AH Breestraat 1{n3}", "LEIDEN"), "Albert Heijn", "Cost of Goods Sold", card=True)
    b.ev(b.C(1), (72, 164), pin("Gall & Gall 5{n3}", "LEIDEN"), "Gall & Gall", "Cost of Goods Sold", card=True)
    b.ev(b.C(1), (20, 85), pin("GAMMA 0{n3}", "LEIDEN"), "Gamma", "Supplies & Materials", card=True)
    b.ev(b.C(1), (9, 35), pin("Action 1{n3}", "LEIDEN"), "Action", "Supplies & Materials", card=True)
    b.ev(b.C(1), (45, 140), pin("Watersport De Kaag", "KAAG"), "Watersport De Kaag", "Supplies & Materials",
         card=True)
    b.ev(b.R(2), (380, 1150), f"Overboeking naar Jachtwerf Oude Rijn {b.iban_nl('jw', 'RABO')} Factuur "
                              "{n5} onderhoud sloep", "Jachtwerf Oude Rijn", "Equipment")
    b.ev(b.C(1), 1389.00, pin("TORQEEDO GMBH", "GILCHING", "DEU", "Betaling"), "Torqeedo", "Equipment",
         card=True)
    b.ev(b.M(8, [1, 2]), [396.00, 432.00], f"Overboeking naar Schoonmaakbedrijf Van Rijn {b.iban_nl('sv')} "
                                           "Factuur {n6} schoonmaak sloepen", "Schoonmaakbedrijf Van Rijn",
         "Professional Services")
    b.ev(b.Dt("2025-07-10"), 520.30, f"Overboeking naar Administratiekantoor Bouwman {b.iban_nl('bw')} "
                                     "Factuur {n4} Q2 administratie + btw-aangifte", "Administratiekantoor Bouwman",
         "Professional Services")
    b.ev(b.C(1), (14, 38), pin("Bagels & Beans", "LEIDEN"), "Bagels & Beans", "Meals & Entertainment",
         card=True)
    b.ev(b.C(1), (18, 42), pin("NS GROEP IZ NS REIZIGERS", "UTRECHT", "NLD", "Betaling"), "NS", "Travel",
         card=True)
    # ---- bank, owner, own accounts
    b.ev(b.M(1, [1, 2]), 11.50, "Knab Zakelijk Plus abonnement {pmaand} 2025", "", "Bank Fees")
    b.ev(b.Dt("2025-07-01", "2025-08-01"), [2500.00, 3000.00], f"Overboeking naar J.P. Verbeek "
                                                              f"{b.iban_nl('jpv', 'INGB')} Prive opname",
         "J.P. Verbeek", "Owner Draw / Contribution", sign=-1)
    own = b.iban_nl("spaar", "KNAB")
    b.ev(b.Dt("2025-08-15"), 5000.00, f"Overboeking naar Sloepverhuur Zijlpoort {own} Naar spaarrekening btw",
         "", "Internal Transfer", sign=-1)
    b.ev(b.C(1), 100.00, pin("Geldmaat Breestraat 117", "LEIDEN", kind="Geldopname"), "", "Internal Transfer",
         card=True, sign=-1)
    return b


# =====================================================================================================
# EU (IT): Modena. Pastificio Sfoglia d'Oro S.n.c. di Montanari Chiara & C.: fresh egg pasta and
# tortellini, shop counter, restaurants and delivery apps. Fineco business account, Italian: the
# export's "Descrizione" and "Descrizione_Completa" joined.
# =====================================================================================================
IT_HOL = {"2025-08-15", "2025-12-08", "2025-12-26", "2026-01-06"}


def it_pasta_maker() -> Biz:
    b = Biz("it-pasta-maker", "EU", [(2025, 9), (2025, 10), (2025, 11)], IT_HOL, ["7315", "7315", "0486"],
            inv=("{}/25", 412))
    me = "PASTIFICIO SFOGLIA D'ORO SNC DI MONTANARI CHIARA & C."

    def card(m, city, kind="Pagamento Visa Debit Pag. del", cc="ITA"):
        return f"{kind} {{p:%d/%m/%y}} ora {{t}} presso: {m} {city} {cc} Carta N° *****{{card}}"

    def bin_(ordn, caus):
        return f"Bonifico SEPA Italia Ord: {ordn} Ben: {me} Dt.Ord: {{d:%d/%m/%Y}} Causale: {caus}"

    def bout(ben, caus, kind="Bonifico SEPA Italia"):
        return f"{kind} Ben: {ben} IBAN: {b.iban_it(ben)} Causale: {caus} CRO {{n11}}"

    def sdd(cred, label, ref):
        cid = creditor_id("IT", "ZZZ", "00000" + b.k("piva" + label, "###########"))
        return f"Sepa Direct Debit Addebito SDD {cred} Mandato n. {b.k('mdt' + label, '********')} " \
               f"Cod. Cred. {cid} Rif. {ref}"

    # ---- money in
    b.ev(b.R(6), (380, 1960), bin_("SUMUP PAYMENTS LIMITED", "SumUp payout {X12}"), "SumUp", "Sales Revenue")
    b.ev(b.R(3), (140, 620), bin_("SATISPAY EUROPE S.A.", "Accredito Satispay Business {n9}"), "Satispay",
         "Sales Revenue")
    b.ev(b.R(2), (210, 540), bin_("FOODINHO SRL", "GLOVO LIQUIDAZIONE PARTNER {n7} PERIODO {PMESE}"), "Glovo",
         "Sales Revenue")
    b.ev(b.R(3), (620, 1450), bin_("OSTERIA DELLA GHIRLANDINA SRL", "SALDO FT. {inv} TORTELLINI E TAGLIATELLE"),
         "Osteria della Ghirlandina", "Sales Revenue")
    b.ev(b.R(2), (380, 910), bin_("TRATTORIA AL VECCHIO MULINO DI FERRARI LUCA", "PAGAMENTO FATTURA N. {inv}"),
         "Trattoria al Vecchio Mulino", "Sales Revenue")
    b.ev(b.R(1), 1186.40, bin_("ALBERGO DUCALE SRL", "FT {inv} PASTA FRESCA BUFFET"), "Albergo Ducale",
         "Sales Revenue")
    b.ev(b.Dt("2025-11-27"), 2340.00, bin_("CERAMICHE FIORANO SPA", "ORDINE CESTI NATALE DIPENDENTI FT {inv}"),
         "Ceramiche Fiorano", "Sales Revenue")
    b.ev(b.Dt("2025-10-09"), 96.00, bin_("ROSSI GIULIA", "tortellini per cresima 12 ottobre"), "Giulia Rossi",
         "Sales Revenue")
    b.ev(b.Dt("2025-10-23"), 1500.00, bin_("CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI MODENA",
                                           "CONTRIBUTO BANDO DIGITALIZZAZIONE PMI 2025 DOMANDA N. {n6}"),
         "Camera di Commercio di Modena", "Other Income")
    b.ev(b.C(1), 38.72, card("METRO MODENA", "MODENA", "Storno pagamento Visa Debit Pag. del"), "Metro",
         "Refunds", card=True)
    # ---- ingredients and packaging
    b.ev(b.R(3), (640, 1380), bout("MOLINO GRASSI SPA", "FT {n4}/25 FARINA TIPO 00 E SEMOLA"), "Molino Grassi",
         "Cost of Goods Sold")
    b.ev(b.M(10, [0, 2]), (420, 690), bout("SOC. AGR. LE COSTE S.S.", "FORNITURA UOVA {PMESE}"), "Le Coste",
         "Cost of Goods Sold")
    b.ev(b.R(2), (780, 1640), bout("CASEIFICIO SOCIALE SAN GEMINIANO SOC. COOP. AGR.",
                                   "FT {n3} PARMIGIANO REGGIANO 24 MESI"),
         "Caseificio Sociale San Geminiano", "Cost of Goods Sold")
    b.ev(b.R(2), (350, 820), bout("SALUMIFICIO BONDENI SRL", "SALDO FT {n4} MORTADELLA E CRUDO"),
         "Salumificio Bondeni", "Cost of Goods Sold")
    b.ev(b.R(1), 486.78, bout("IMBALLAGGI EMILIANI SRL", "FT {n4} VASCHETTE E SACCHETTI CARTA"),
         "Imballaggi Emiliani", "Cost of Goods Sold")
    b.ev(b.C(2), (120, 390), card("METRO MODENA", "MODENA"), "Metro", "Cost of Goods Sold", card=True)
    # ---- premises and utilities
    b.ev(b.M(5), 1350.00, bout("IMMOBILIARE VIA EMILIA SRL", "CANONE LOCAZIONE LABORATORIO {MESE} 2025",
                               "Bonifico periodico"), "Immobiliare Via Emilia", "Rent")
    b.ev(b.M(18, [0, 2]), [288.40, 362.15], sdd("HERA COMM S.P.A.", "hera", "FATT. {n12} GAS E ACQUA"), "Hera",
         "Utilities")
    b.ev(b.M(22, [0, 1]), [612.90, 548.33], sdd("ENEL ENERGIA S.P.A.", "enel", "BOLLETTA {n10} ENERGIA ELETTRICA"),
         "Enel", "Utilities")
    b.ev(b.M(6, [1]), 54.90, sdd("TIM S.P.A.", "tim", "FATTURA {A2}{n8} LINEA FISSA"), "TIM", "Utilities")
    # ---- staff, taxes
    for nm, ent, idx in [("BENEDETTI SARA", "Sara Benedetti", [0, 1, 2]), ("GUALDI MARTA", "Marta Gualdi", [1, 2])]:
        b.ev(b.M(10, idx), (1240, 1420), bout(nm, "STIPENDIO {PMESE} 2025"), ent, "Salaries & Payroll")
    b.ev(b.M(16), (1380, 2920), "F24 Pagamento delega F24 telematica Prot. {n16} Scadenza {d:%d/%m/%Y}",
         "Agenzia delle Entrate", "Taxes")
    b.ev(b.Dt("2025-10-31"), 412.00, "PagoPA Pagamento avviso pagoPA COMUNE DI MODENA IUV {n17} TARI 2025 RATA 2",
         "Comune di Modena", "Taxes")
    b.ev(b.Dt("2025-10-01"), 25.00, "Imposta di bollo Imposta di bollo conto corrente periodo 01/07/2025 - "
                                    "30/09/2025", "", "Taxes")
    # ---- services, insurance, equipment, finance
    b.ev(b.Dt("2025-10-20"), 793.00, bout("STUDIO ASSOCIATO GHELFI E PIVETTI", "FT {n3}/2025 CONTABILITA E "
                                          "PAGHE III TRIM"), "Studio Associato Ghelfi e Pivetti",
         "Professional Services")
    b.ev(b.Dt("2025-09-24"), 366.00, bout("ALIMENTA SERVIZI SRL", "FT {n3} AGGIORNAMENTO MANUALE HACCP"),
         "Alimenta Servizi", "Professional Services")
    b.ev(b.M(15, [1]), 468.50, sdd("REALE MUTUA ASSICURAZIONI", "reale", "POLIZZA {n9} RATA SEMESTRALE"),
         "Reale Mutua", "Insurance")
    b.ev(b.Dt("2025-11-12"), 915.00, bout("ITALGI SRL", "FT {n4} REVISIONE SFOGLIATRICE"), "Italgi", "Equipment")
    scb = b.k("scbc", "##########")
    b.ev(b.M(1), 318.44, [sdd("SANTANDER CONSUMER BANK S.P.A.", "scb", f"CONTRATTO {scb} RATA {n} DI 60")
                          for n in (19, 20, 21)], "Santander Consumer Bank", "Loan Repayment", ordered=True)
    b.ev(b.MC(3, [1]), 12.19, card("FATTUREINCLOUD.IT TEAMSYSTEM", "PESARO"), "Fatture in Cloud",
         "Software & Subscriptions", card=True)
    b.ev(b.C(1), 30.99, card("ARUBA.IT PEC", "PONTE SAN PIETRO"), "Aruba", "Software & Subscriptions", card=True)
    b.ev(b.C(1), (40, 110), card("FACEBK *{X10}", "DUBLIN", cc="IRL"), "Meta", "Marketing & Advertising", card=True)
    b.ev(b.Dt("2025-11-05"), 244.00, bout("GAZZETTA DI MODENA SRL", "FT {n4} INSERZIONE SPECIALE NATALE"),
         "Gazzetta di Modena", "Marketing & Advertising")
    b.ev(b.C(2), (45, 82), card("ENILIVE MODENA NORD", "MODENA"), "Enilive", "Travel", card=True)
    b.ev(b.M(7, [1]), 38.60, sdd("TELEPASS S.P.A.", "telepass", "ESTRATTO CONTO {n8}"), "Telepass", "Travel")
    b.ev(b.C(1), (9, 28), card("BAR DEL DUOMO", "MODENA"), "Bar del Duomo", "Meals & Entertainment", card=True)
    b.ev(b.C(1), (18, 64), card("ACQUA E SAPONE 4{n2}", "MODENA"), "Acqua & Sapone", "Supplies & Materials",
         card=True)
    b.ev(b.C(1), (22, 79), card("AMZN MKTP IT*{X9}", "MILANO"), "Amazon", "Supplies & Materials", card=True)
    # ---- bank, partners, cash
    b.ev(b.M(1, [1, 2]), 7.95, "Commissioni Canone mensile conto Fineco Business {pmese} 2025", "", "Bank Fees")
    b.ev(b.Dt("2025-09-30", "2025-11-28"), [2000.00, 2500.00], bout("MONTANARI CHIARA", "PRELEVAMENTO SOCIA"),
         "Chiara Montanari", "Owner Draw / Contribution", sign=-1)
    b.ev(b.C(1), 250.00, card("BPER BANCA AG. 5", "MODENA", "Prelievi Bancomat altri Istituti Prel. del"), "",
         "Internal Transfer", card=True, sign=-1)
    return b


# =====================================================================================================
# EU (ES): Huesca. Ferretería Coso Alto, a hardware shop run by its owner Pilar Lacasa Gimeno as an
# autónoma, with two employees and trade customers. Ibercaja Negocios account, Spanish capitals.
# =====================================================================================================
ES_HOL = {"2026-01-06", "2026-01-22", "2026-04-02", "2026-04-03", "2026-04-06", "2026-04-23", "2026-05-01"}


def es_hardware_store() -> Biz:
    b = Biz("es-hardware-store", "EU", [(2026, 2), (2026, 3), (2026, 4)], ES_HOL,
            ["4176XXXXXXXX5521", "4176XXXXXXXX5521", "4176XXXXXXXX0938"], inv=("A-{:05d}", 1906))

    def card(m, loc, kind="COMPRA TARJETA"):
        return f"{kind} {{card}} {m} {loc} {{p:%d/%m/%Y}}"

    def recibo(emisor, label, concepto):
        kind = "P" if emisor.startswith("AYUNTAMIENTO") else "B" if emisor.endswith(" SL") else "A"
        cid = creditor_id("ES", "000", b.k("nif" + label, kind + "#######") + ("J" if kind == "P" else
                                                                              b.k("nifd" + label, "#")))
        return f"ADEUDO SEPA {emisor} {concepto} REF.MANDATO {b.k('mdt' + label, '*************')} ID.ACREEDOR {cid}"

    def tin(who, conc):
        return f"TRANSFERENCIA DE {who} CONCEPTO: {conc}"

    def tout(who, conc, kind="TRANSFERENCIA A"):
        return f"{kind} {who} {b.iban_es(who)} CONCEPTO: {conc}"

    # ---- money in
    tpv = b.k("tpv", "0########")
    b.ev(b.R(8), (310, 1880), f"ABONO TPV COMERCIO {tpv} LIQ. {{d:%d/%m}} {{n2}} OPERACIONES", "",
         "Sales Revenue")
    b.ev(b.R(2), (380, 960), "INGRESO EFECTIVO OFICINA 0{n3} HUESCA", "", "Sales Revenue")
    b.ev(b.R(1), 42.50, "BIZUM RECIBIDO DE NURIA SANZ GRACIA CONCEPTO COPIA LLAVES Y BOMBIN", "Nuria Sanz Gracia",
         "Sales Revenue")
    b.ev(b.R(1), 68.90, "BIZUM RECIBIDO DE ALBERTO VIDAL ARNAL CONCEPTO PINTURA TERRAZA", "Alberto Vidal Arnal",
         "Sales Revenue")
    b.ev(b.R(2), (1240, 2680), tin("CONSTRUCCIONES HERMANOS SOPENA SL", "PAGO FRA {inv}"),
         "Construcciones Hermanos Sopena", "Sales Revenue")
    b.ev(b.R(1), 1786.35, tin("COMARCA DE LA HOYA DE HUESCA", "FRA {inv} SUMINISTROS BRIGADA"),
         "Comarca de la Hoya de Huesca", "Sales Revenue")
    b.ev(b.R(1), 934.20, tin("REFORMAS ISUELA SL", "FACTURA {inv}"), "Reformas Isuela", "Sales Revenue")
    b.ev(b.R(1), 212.75, tin("COMUNIDAD PROPIETARIOS C/ SAN ORENCIO 12", "FRA {inv} CERRADURA PORTAL"),
         "Comunidad de Propietarios San Orencio 12", "Sales Revenue")
    b.ev(b.Dt("2026-03-19"), 118.40, tin("SALTOKI HUESCA SL", "ABONO DEVOLUCION MATERIAL ALB {n6}"), "Saltoki",
         "Refunds")
    # ---- stock for resale
    b.ev(b.M(10), (1850, 3400), recibo("CECOFERSA SA", "ceco", "FRA {n8} SUMINISTROS ASOCIADO " +
                                       b.k("cecoas", "####")), "Cecofersa", "Cost of Goods Sold")
    b.ev(b.R(2), (640, 1520), tout("SALTOKI HUESCA SL", "PAGO FRA {n7}"), "Saltoki", "Cost of Goods Sold")
    b.ev(b.R(1), 784.62, recibo("BELLOTA HERRAMIENTAS SAU", "bell", "FRA {n9}"), "Bellota", "Cost of Goods Sold")
    b.ev(b.R(1), 1126.48, recibo("INDUSTRIAS TITAN SAU", "titan", "FACTURA {n8} PINTURAS"), "Titan",
         "Cost of Goods Sold")
    b.ev(b.R(2), (420, 980), tout("SUMINISTROS INDUSTRIALES ALTOARAGON SL", "FRA {n5} TORNILLERIA"),
         "Suministros Industriales Altoaragón", "Cost of Goods Sold")
    b.ev(b.M(5, [1]), 96.14, recibo("SEUR SA", "seur", "PORTES {PMES} CLIENTE " + b.k("seurc", "#######")),
         "SEUR", "Cost of Goods Sold")
    # ---- premises, utilities, insurance, services
    b.ev(b.M(1), 1122.00, tout("RAMON AZCON LAFUENTE", "ALQUILER LOCAL COSO ALTO {MES}", "TRANSF. PERIODICA A"),
         "Ramón Azcón Lafuente", "Rent")
    b.ev(b.M(12, [0, 2]), [214.36, 188.92], recibo("ENDESA ENERGIA SAU", "endesa", "FRA {A2}{n10} LUZ LOCAL"),
         "Endesa", "Utilities")
    b.ev(b.M(20, [1]), 46.80, recibo("AYUNTAMIENTO DE HUESCA", "ayto",
                                      "AGUA Y BASURAS 1T 2026 REF " + b.k("aytoref", "##########")),
         "Ayuntamiento de Huesca", "Utilities")
    b.ev(b.Dt("2026-04-15"), 93.60, recibo("AYUNTAMIENTO DE HUESCA", "ayto",
                                           "TASA VADO PERMANENTE 2026 REF " + b.k("vado", "##########")),
         "Ayuntamiento de Huesca", "Taxes")
    b.ev(b.M(8, [0, 1]), [62.41, 62.41], recibo("TELEFONICA DE ESPAÑA SAU", "mov", "MOVISTAR FIBRA+MOVIL "
                                                 "FRA {A2}{n10}"), "Movistar", "Utilities")
    b.ev(b.M(2, [1]), 412.37, recibo("ALLIANZ COMPAÑIA DE SEGUROS Y REASEGUROS SA", "allianz",
                                      "POLIZA " + b.k("pol", "###########") + " COMERCIO"), "Allianz", "Insurance")
    b.ev(b.M(3, [0, 2]), 145.20, recibo("ASESORIA OSCA LANASPA SL", "asesoria", "CUOTA ASESORIA FISCAL-LABORAL {MES}"),
         "Asesoría Osca Lanaspa", "Professional Services")
    b.ev(b.M(1, [2]), 45.98, recibo("SOFTWARE DEL SOL SA", "delsol", "LICENCIA FACTUSOL ANUAL"),
         "Software DELSOL", "Software & Subscriptions")
    b.ev(b.Dt("2026-03-11"), 181.50, tout("DIARIO DEL ALTOARAGON SA", "FRA {n5} ANUNCIO ESPECIAL PRIMAVERA"),
         "Diario del AltoAragón", "Marketing & Advertising")
    b.ev(b.C(1), (30, 90), card("FACEBK *{X10}", "DUBLIN IE"), "Meta", "Marketing & Advertising", card=True)
    b.ev(b.Dt("2026-02-19"), 2299.00, tout("SILCA KEY SYSTEMS SA", "FRA {n6} DUPLICADORA LLAVES"), "Silca",
         "Equipment")
    b.ev(b.C(2), (45, 78), card("E.S. REPSOL HUESCA", "HUESCA"), "Repsol", "Travel", card=True)
    b.ev(b.C(1), (8, 26), card("CAFETERIA EL COSO", "HUESCA"), "Cafetería El Coso", "Meals & Entertainment",
         card=True)
    b.ev(b.C(1), (40, 160), card("LEROY MERLIN HUESCA", "HUESCA"), "Leroy Merlin", "Supplies & Materials",
         card=True)
    b.ev(b.C(1), (15, 60), card("AMAZON* {X9}", "AMAZON.ES"), "Amazon", "Supplies & Materials", card=True)
    # ---- staff, social security and tax (quarterly returns on 20 April)
    for nm, ent, idx in [("JAVIER PUEYO ESCARTIN", "Javier Pueyo Escartín", [0, 1, 2]),
                         ("LAURA BESCOS ROYO", "Laura Bescós Royo", [0, 2])]:
        b.ev(b.LAST(idx), (1310, 1460), tout(nm, "NOMINA {MES} 2026", "TRANSF. NOMINA A"), ent,
             "Salaries & Payroll")
    ccc = b.k("ccc", "22#########")
    b.ev(b.LAST(), (1120, 1240), f"SEGUROS SOCIALES TGSS REG. GENERAL {{pm:02d}}/2026 CCC {ccc}", "TGSS",
         "Salaries & Payroll")
    naf = b.k("naf", "22##########")
    b.ev(b.LAST([0, 1]), 306.00, f"TGSS CUOTA AUTONOMOS {{d:%m/%Y}} NAF {naf}", "TGSS",
         "Owner Draw / Contribution", sign=-1)
    b.ev(b.Dt("2026-04-20"), 2864.31, "IMPUESTOS AEAT MODELO 303 1T 2026 NRC {X22}", "AEAT", "Taxes")
    b.ev(b.Dt("2026-04-20"), 803.46, "IMPUESTOS AEAT MODELO 111 1T 2026 NRC {X22}", "AEAT", "Salaries & Payroll")
    b.ev(b.Dt("2026-04-20"), 627.00, "IMPUESTOS AEAT MODELO 115 1T 2026 NRC {X22}", "AEAT", "Rent")
    b.ev(b.Dt("2026-04-20"), 1148.72, "IMPUESTOS AEAT MODELO 130 1T 2026 NRC {X22}", "AEAT",
         "Owner Draw / Contribution", sign=-1)
    # ---- bank, owner, own accounts
    loan = b.k("loan", "2085#######################")[:20]
    b.ev(b.M(15, [0, 1]), 486.09, [f"AMORTIZACION PRESTAMO {loan} CUOTA {n}/60" for n in (27, 28)], "",
         "Loan Repayment", ordered=True)
    b.ev(b.M(2, [1, 2]), [21.84, 18.37], "COMISION TPV {PMES} COMERCIO " + tpv, "", "Bank Fees")
    b.ev(b.Dt("2026-04-01"), 45.00, "COMISION MANTENIMIENTO CUENTA NEGOCIOS 1T 2026", "", "Bank Fees")
    b.ev(b.Dt("2026-02-27", "2026-03-31"), [1800.00, 1800.00],
         tout("PILAR LACASA GIMENO", "TRASPASO PERSONAL"), "Pilar Lacasa Gimeno", "Owner Draw / Contribution",
         sign=-1)
    b.ev(b.Dt("2026-04-14"), 4000.00, f"TRASPASO A CUENTA {b.iban_es('own', '2085')} AHORRO IMPUESTOS", "",
         "Internal Transfer", sign=-1)
    b.ev(b.C(1), 150.00, card("IBERCAJA CAJERO C/ COSO ALTO", "HUESCA", "REINTEGRO CAJERO"), "",
         "Internal Transfer", card=True, sign=-1)
    return b


BUSINESSES = [us_horse_boarding, us_appliance_repair, uk_surfboard_shaper, nl_boat_rental, it_pasta_maker,
              es_hardware_store]


def main() -> None:
    rows = []
    for f in BUSINESSES:
        rows += f().finish()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["region", "business", "date", "amount", "description", "entity", "category"])
    w.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")

    print(f"{len(rows)} rows -> {OUT.name}")
    print("rows per business:")
    for k_, v in Counter(r[1] for r in rows).items():
        print(f"  {k_:24s} {v}")
    print("rows per category:")
    for k_, v in Counter(r[6] for r in rows).most_common():
        print(f"  {k_:28s} {v}")
    inn = sum(float(r[3]) > 0 for r in rows)
    print(f"money in {inn}, money out {len(rows) - inn}")
    ents = Counter(r[5] for r in rows if r[5])
    print(f"distinct entities {len(ents)}; rows without entity {sum(1 for r in rows if not r[5])}; "
          f"entities occurring once {sum(1 for v in ents.values() if v == 1)}")


if __name__ == "__main__":
    main()
