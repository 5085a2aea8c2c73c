#!/usr/bin/env python3
"""Generate ``labelled_transactions_15.csv``: the fifteenth, blind evaluation set.

Six fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-13 uses: Bangor Savings Bank (Portland, Maine) and FirstBank (Fort Collins, Colorado) in
the US; Al Rayan Bank (Birmingham) in the UK; HypoVereinsbank (Munich, German), LCL (Paris,
French) and Bankinter (Madrid, Spanish) in the euro area. Written blind: its author read only
``README.md``, the header line of ``labelled_transactions_13.csv`` and the first 60 lines of
``make_labelled_transactions_13.py``; not CashPilot's code, vendor lists or rules, nor any earlier
rows. Layouts are written from general knowledge of each bank's export style, not copied from
real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its signed amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed, so two runs give a byte-identical CSV. Stable identifiers (mandates, creditor ids, IBANs
with valid check digits, ACH ids, policy and customer numbers) are drawn once per counterparty
(``keys``) or once per business (``shared``) from a second fixed-seed generator.

Schedules:
  ("m", day[, idxs])     monthly on ``day`` (next banking day), optionally only in months idxs
  ("last"[, idxs])       last banking day of the month
  ("r", n)               n random dates (banking days; card lines: any day, posted 0-2 days later)
  ("d", [iso, ...])      explicit dates (moved to the next banking day; card lines: purchase)
  ("every", iso, step)   every ``step`` days from ``iso`` within the window
Amounts are signed: (lo, hi) uniform, a float (fixed), a list (one per occurrence).
Template fields: {d} posting date, {pd} purchase date (strftime spec; a spec starting with ^
prints upper case), {a} {ae} {au} absolute amount (plain, European, US grouping), {n6} random
digits, {X8} random upper-case alphanumerics, {A3} letters, {t} a time hh:mm, {card} the card
used, {k[x]} / {s[x]} stable value of the counterparty / business, {inv} the business's next
invoice number, {mon}/{pmon} the local month name of the posting date / month before.

Usage: python3 make_labelled_transactions_15.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
import re
import string
from collections import Counter
from pathlib import Path

SEED = 15_2026_1122
KEEP_SEED = 15_2026_1123
rng = random.Random(SEED)
krng = random.Random(KEEP_SEED)
D = dt.date


# ---------------------------------------------------------------- calendars
def easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    wd = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * wd) // 451
    mo, da = divmod(h + wd - 7 * m + 114, 31)
    return D(y, mo, da + 1)


def holidays(kind: str) -> set:
    hs = set()
    for y in (2025, 2026):
        hs |= {D(y, 1, 1), D(y, 12, 25)}
        ea = easter(y)
        if kind == "US":  # Federal Reserve holidays
            def nth(mo, wd, n):
                x = D(y, mo, 1)
                x += dt.timedelta((wd - x.weekday()) % 7)
                return x + dt.timedelta(7 * (n - 1))
            last_mon_may = max(D(y, 5, dd) for dd in range(25, 32) if D(y, 5, dd).weekday() == 0)
            hs |= {nth(1, 0, 3), nth(2, 0, 3), last_mon_may, D(y, 6, 19), D(y, 7, 4),
                   nth(9, 0, 1), nth(10, 0, 2), D(y, 11, 11), nth(11, 3, 4)}
        elif kind == "UK":
            hs |= {ea - dt.timedelta(2), ea + dt.timedelta(1), D(y, 12, 26)}
        elif kind == "DE-BY":
            hs |= {D(y, 1, 6), ea - dt.timedelta(2), ea + dt.timedelta(1), D(y, 5, 1),
                   D(y, 12, 24), D(y, 12, 26), D(y, 12, 31)}
        elif kind == "FR":
            hs |= {ea + dt.timedelta(1), D(y, 5, 1), D(y, 11, 1), D(y, 11, 11), D(y, 12, 26)}
        elif kind == "ES-MD":
            hs |= {D(y, 1, 6), ea - dt.timedelta(3), ea - dt.timedelta(2), ea + dt.timedelta(1),
                   D(y, 3, 19), D(y, 5, 1), D(y, 5, 2)}
    return hs


# ---------------------------------------------------------------- stable ids
def _mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban(cc: str, bban: str) -> str:
    return f"{cc}{98 - _mod97(bban + cc + '00'):02d}{bban}"


def cred_id(cc: str, nat: str, biz: str = "ZZZ") -> str:
    return f"{cc}{98 - _mod97(nat + cc + '00'):02d}{biz}{nat}"


def pat(p: str, r: random.Random = krng) -> str:
    out = []
    for ch in p:
        if ch == "#":
            out.append(r.choice(string.digits))
        elif ch == "@":
            out.append(r.choice(string.ascii_uppercase))
        elif ch == "*":
            out.append(r.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def de_iban(blz: str) -> str:
    return iban("DE", blz + pat("##########"))


def fr_iban(bank: str | None = None) -> str:
    bank = bank or pat("#####")
    guichet, acct = pat("#####"), pat("###########")
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    return iban("FR", f"{bank}{guichet}{acct}{key:02d}")


def es_iban(bank: str | None = None) -> str:
    bank = bank or pat("####")
    branch, acct = pat("####"), pat("##########")
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return iban("ES", f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}")


def gb_sort() -> str:
    return pat("##-##-##")


# ---------------------------------------------------------------- engine
MONTHS = {
    "de": ["Januar", "Februar", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE",
           "OCTOBRE", "NOVEMBRE", "DECEMBRE"],
    "es": ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE",
           "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"],
    "en": [calendar.month_name[i].upper() for i in range(1, 13)],
}


class Fmt(string.Formatter):
    def format_field(self, value, spec):
        if spec.startswith("^"):
            return format(value, spec[1:]).upper()
        return format(value, spec)


FMT = Fmt()


class Ctx(dict):
    def __missing__(self, key):
        m = re.fullmatch(r"([nXAh])(\d+)", key)
        if m:
            kind, n = m.group(1), int(m.group(2))
            pool = {"n": string.digits, "X": string.ascii_uppercase + string.digits,
                    "A": string.ascii_uppercase, "h": "0123456789abcdef"}[kind]
            return "".join(rng.choice(pool) for _ in range(n))
        if key == "t":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if key == "ts":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        raise KeyError(key)


class Biz:
    def __init__(self, bid, region, hol, start, n_months, lang, cards, inv_fmt, inv_start):
        self.id, self.region, self.hol, self.lang = bid, region, holidays(hol), lang
        y, m = start
        self.months = []
        for _ in range(n_months):
            self.months.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        self.first = D(*self.months[0], 1)
        ly, lm = self.months[-1]
        self.last = D(ly, lm, calendar.monthrange(ly, lm)[1])
        self.cards, self.inv_fmt, self.inv = cards, inv_fmt, inv_start
        self.specs, self.shared = [], {}

    # banking-day helpers
    def bday(self, d):
        return d.weekday() < 5 and d not in self.hol

    def nextb(self, d):
        while not self.bday(d):
            d += dt.timedelta(1)
        return d

    def add_b(self, d, n):
        d = self.nextb(d)
        for _ in range(n):
            d = self.nextb(d + dt.timedelta(1))
        return d

    def lastb(self, y, m):
        d = D(y, m, calendar.monthrange(y, m)[1])
        while not self.bday(d):
            d -= dt.timedelta(1)
        return d

    def rand_day(self, card):
        span = (self.last - self.first).days
        while True:
            d = self.first + dt.timedelta(rng.randint(0, span))
            if card and (d.month, d.day) not in ((12, 25), (1, 1)):
                return d
            if not card and self.bday(d):
                return d

    def c(self, ent, cat, sched, amt, tpl, card=False, keys=None, ordered=False, cardno=None):
        k = {}
        for name, p in (keys or {}).items():
            k[name] = p() if callable(p) else pat(p)
        self.specs.append(dict(ent=ent, cat=cat, sched=sched, amt=amt,
                               tpl=tpl if isinstance(tpl, list) else [tpl], card=card, k=k,
                               ordered=ordered, cardno=cardno))

    def occurrences(self, sp):
        kind, out = sp["sched"][0], []
        if kind == "m":
            idxs = sp["sched"][2] if len(sp["sched"]) > 2 else range(len(self.months))
            for i in idxs:
                y, m = self.months[i]
                out.append(D(y, m, min(sp["sched"][1], calendar.monthrange(y, m)[1])))
        elif kind == "last":
            idxs = sp["sched"][1] if len(sp["sched"]) > 1 else range(len(self.months))
            out = [self.lastb(*self.months[i]) for i in idxs]
        elif kind == "r":
            out = sorted(self.rand_day(sp["card"]) for _ in range(sp["sched"][1]))
        elif kind == "d":
            out = [D.fromisoformat(x) for x in sp["sched"][1]]
        elif kind == "every":
            d = D.fromisoformat(sp["sched"][1])
            while d <= self.last:
                if d >= self.first:
                    out.append(d)
                d += dt.timedelta(sp["sched"][2])
        res = []
        for d in out:
            if sp["card"]:
                post = self.add_b(d, rng.choice([0, 1, 1, 2]))
                res.append((post, d))
            else:
                post = self.nextb(d)
                res.append((post, post))
        return [(p, q) for p, q in res if self.first <= p <= self.last]

    def rows(self):
        occ = []
        for si, sp in enumerate(self.specs):
            dates = self.occurrences(sp)
            amt = sp["amt"]
            for oi, (post, pd) in enumerate(dates):
                if isinstance(amt, list):
                    a = amt[oi]
                elif isinstance(amt, tuple):
                    a = round(rng.uniform(*amt), 2)
                else:
                    a = float(amt)
                tpl = sp["tpl"][oi % len(sp["tpl"])] if sp["ordered"] else rng.choice(sp["tpl"])
                occ.append((post, si, pd, a, tpl, sp))
        occ.sort(key=lambda o: (o[0], o[1]))
        out = []
        for post, si, pd, a, tpl, sp in occ:
            ctx = Ctx(d=post, pd=pd, k=sp["k"], s=self.shared,
                      a=f"{abs(a):.2f}", ae=f"{abs(a):,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                      au=f"{abs(a):,.2f}", ac=f"{abs(a):.2f}".replace(".", ","),
                      card=sp["cardno"] or (self.cards[0] if rng.random() < 0.75 else rng.choice(self.cards)),
                      mon=MONTHS[self.lang][post.month - 1],
                      pmon=MONTHS[self.lang][(post.month - 2) % 12],
                      pmm=f"{(post.month - 2) % 12 + 1:02d}/{post.year if post.month > 1 else post.year - 1}")
            if "{inv}" in tpl:
                self.inv += rng.randint(1, 4)
                ctx["inv"] = self.inv_fmt.format(self.inv)
            text = re.sub(r" {2,}", " ", FMT.vformat(tpl, (), ctx)).strip()
            out.append([self.region, self.id, post.isoformat(), f"{a:.2f}", text, sp["ent"], sp["cat"]])
        return out


BUSINESSES: list[Biz] = []


def biz(*a, **kw) -> Biz:
    b = Biz(*a, **kw)
    BUSINESSES.append(b)
    return b


# =====================================================================================
# 1. us-sail-loft: Casco Bay Sail & Canvas, Portland ME. Bangor Savings Bank business
#    checking, capitals. Makes new sails, dodgers, biminis and covers (Sales Revenue) and
#    repairs and stores sails for a yacht club (Service Income).
# =====================================================================================
b = biz("us-sail-loft", "US", "US", (2026, 3), 3, "en", ["4417", "4417", "9062"], "{:05d}", 2140)
b.shared.update(indn="CASCO BAY SAIL &", sav=pat("######"), gusto=pat("9138######"))
CARD = "DEBIT CARD PURCHASE {pd:%m/%d} {m} CARD {card}"
b.c("Square", "Sales Revenue", ("r", 6), (180, 2400),
    "ACH DEPOSIT SQUARE INC SQ{d:%y%m%d} ID:{k[id]} {s[indn]}", keys={"id": "9424######"})
b.c("Portland Yacht Services", "Sales Revenue", ("r", 3), (1800, 9800),
    "ACH DEPOSIT BILL.COM PAYABLES ID:{k[id]} PORTLAND YACHT SERV INV {inv}", keys={"id": "1800######"})
b.c("Margaret Olsen", "Sales Revenue", ("d", ["2026-03-09", "2026-05-04"]), [650.00, 1384.50],
    ["ZELLE RECEIVED FROM MARGARET OLSEN dodger deposit REF {X10}",
     "ZELLE RECEIVED FROM MARGARET OLSEN balance dodger+bimini REF {X10}"], ordered=True)
b.c("David Thibodeau", "Sales Revenue", ("d", ["2026-04-14"]), 2900.00,
    "ZELLE RECEIVED FROM DAVID THIBODEAU new main 50% REF {X10}")
b.c("Falmouth Foreside Marine", "Sales Revenue", ("d", ["2026-04-22"]), 11460.00,
    "INCOMING WIRE FALMOUTH FORESIDE MARINE OBI INV {inv} J/42 CANVAS PKG REF {n16}")
b.c("", "Bank Fees", ("d", ["2026-04-22"]), -15.00, "WIRE IN FEE REF {n16}")
b.c("Cousins Island Yacht Club", "Service Income", ("d", ["2026-03-18", "2026-05-13"]), (1150, 2300),
    "ACH DEPOSIT COUSINS ISLAND YC VENDOR PMT ID:{k[id]} {s[indn]}", keys={"id": "#########"})
b.c("", "Sales Revenue", ("r", 2), (240, 1450), "MOBILE DEPOSIT REF {n10}")
b.c("Challenge Sailcloth", "Cost of Goods Sold", ("d", ["2026-03-05", "2026-04-16"]), (-4800, -2100),
    "ONLINE BILL PAYMENT CHALLENGE SAILCLOT CONF# {n7}")
b.c("Sailrite", "Cost of Goods Sold", ("r", 1), (-690, -180), CARD.replace("{m}", "SAILRITE ENTERPRISES CHURUBUSCO IN"), card=True)
b.c("Sailrite", "Equipment", ("d", ["2026-03-24"]), -1399.00, CARD.replace("{m}", "SAILRITE ENTERPRISES CHURUBUSCO IN"), card=True)
b.c("Trivantage", "Cost of Goods Sold", ("r", 1), (-1900, -620),
    "ACH WITHDRAWAL TRIVANTAGE LLC WEB PMTS ID:{k[id]} {s[indn]}", keys={"id": "56########"})
b.c("UPS", "Cost of Goods Sold", ("r", 2), (-96, -28), CARD.replace("{m}", "UPS*1Z{X10} 800-811-1648 GA"), card=True)
b.c("Hamilton Marine", "Supplies & Materials", ("r", 2), (-240, -35), CARD.replace("{m}", "HAMILTON MARINE PORTLAND ME"), card=True)
b.c("Home Depot", "Supplies & Materials", ("r", 1), (-160, -40), CARD.replace("{m}", "THE HOME DEPOT #2406 SOUTH PORTLAND ME"), card=True)
b.c("Amazon", "Supplies & Materials", ("r", 1), (-120, -22), CARD.replace("{m}", "AMAZON MKTPL*{X9} AMZN.COM/BILL WA"), card=True)
b.c("Amazon", "Refunds", ("r", 1), (18, 60), "DEBIT CARD CREDIT {pd:%m/%d} AMAZON.COM*{X9} AMZN.COM/BILL WA CARD {card}", card=True)
b.c("Fore Point Properties", "Rent", ("m", 1), -3850.00, "ONLINE BILL PAYMENT FORE POINT PROPERTI CONF# {n7}")
b.c("Central Maine Power", "Utilities", ("m", 12, [0, 1]), (-520, -280), "ACH WITHDRAWAL CENTRAL MAINE PWR CMP BILL ID:{k[id]} {s[indn]}", keys={"id": "1010######"})
b.c("Dead River Company", "Utilities", ("d", ["2026-03-20"]), -612.44, "ACH WITHDRAWAL DEAD RIVER CO AUTOPAY ID:{k[id]} {s[indn]}", keys={"id": "01########"})
b.c("Portland Water District", "Utilities", ("d", ["2026-04-08"]), -96.31, "ONLINE BILL PAYMENT PORTLAND WATER DIST CONF# {n7}")
b.c("GWI", "Utilities", ("m", 6, [0, 2]), -129.99, "RECURRING DEBIT CARD {pd:%m/%d} GWI INTERNET 207-494-2140 ME CARD {card}", card=True)
b.c("Verizon", "Utilities", ("m", 23, [1]), (-148, -139), "ACH WITHDRAWAL VERIZON WIRELESS PAYMENTS ID:{k[id]} {s[indn]}", keys={"id": "2223344###"})
b.c("Gusto", "Salaries & Payroll", ("d", ["2026-03-13", "2026-03-27", "2026-04-24", "2026-05-08"]), (-6200, -5400), "ACH WITHDRAWAL GUSTO NET {d:%y%m%d} ID:{s[gusto]} {s[indn]}")
b.c("Gusto", "Salaries & Payroll", ("every", "2026-03-13", 28), (-2300, -1900), "ACH WITHDRAWAL GUSTO TAX {d:%y%m%d} ID:{s[gusto]} {s[indn]}")
b.c("Gusto", "Software & Subscriptions", ("m", 2, [1, 2]), (-94, -86), "ACH WITHDRAWAL GUSTO FEE {d:%y%m%d} ID:{s[gusto]} {s[indn]}")
b.c("Maine Revenue Services", "Taxes", ("m", 15), (-1400, -420), "ACH WITHDRAWAL ME REVENUE SVCS SALES TAX ID:{k[id]} {s[indn]}", keys={"id": "1016######"})
b.c("Maine Department of Labor", "Salaries & Payroll", ("d", ["2026-04-30"]), -388.20, "ACH WITHDRAWAL MAINE DOL UC PAYMENT ID:{k[id]} {s[indn]}", keys={"id": "1016######"})
b.c("Acadia Insurance", "Insurance", ("m", 10, [0, 2]), -611.00, "ACH WITHDRAWAL ACADIA INSURANCE PREM POL {k[pol]} {s[indn]}", keys={"pol": "CPA#######"})
b.c("Intuit", "Software & Subscriptions", ("m", 19, [0, 1]), -99.00, "RECURRING DEBIT CARD {pd:%m/%d} INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA CARD {card}", card=True)
b.c("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -42.00, "RECURRING DEBIT CARD {pd:%m/%d} GOOGLE *GSUITE_cascobaysai CC@GOOGLE.COM CA CARD {card}", card=True)
b.c("Meta", "Marketing & Advertising", ("r", 1), (-150, -60), CARD.replace("{m}", "FACEBK *{X10} MENLO PARK CA"), card=True)
b.c("Casco Bay Boat Expo", "Marketing & Advertising", ("d", ["2026-03-02"]), -850.00, CARD.replace("{m}", "SQ *CASCO BAY BOAT EXPO PORTLAND ME"), card=True)
b.c("", "Loan Repayment", ("m", 28), -1187.62, "LOAN PAYMENT AUTO DEBIT NOTE XXXXXX{k[ln]}", keys={"ln": "####"})
b.c("Irving Oil", "Travel", ("r", 2), (-95, -48), CARD.replace("{m}", "IRVING OIL 2371 PORTLAND ME"), card=True)
b.c("Maine Turnpike Authority", "Travel", ("d", ["2026-04-03"]), -40.00, CARD.replace("{m}", "MAINE TURNPIKE AUTH EZPASS 207-871-7771 ME"), card=True)
b.c("Dunkin'", "Meals & Entertainment", ("r", 1), (-24, -9), CARD.replace("{m}", "DUNKIN #343512 PORTLAND ME"), card=True)
b.c("Wharf Street Oyster", "Meals & Entertainment", ("d", ["2026-05-07"]), -138.60, CARD.replace("{m}", "TST* WHARF STREET OYSTE PORTLAND ME"), card=True)
b.c("Deering Oaks CPA", "Professional Services", ("d", ["2026-03-26"]), -1250.00, "ONLINE BILL PAYMENT DEERING OAKS CPA CONF# {n7}")
b.c("Bug Light Rigging", "Professional Services", ("d", ["2026-05-19"]), -780.00, "ZELLE SENT TO BUG LIGHT RIGGING inv 311 REF {X10}")
b.c("Nathaniel Pelletier", "Owner Draw / Contribution", ("d", ["2026-03-31", "2026-05-29"]), [-3000.00, -4500.00],
    "ZELLE SENT TO NATHANIEL PELLETIER owner draw REF {X10}")
b.c("", "Internal Transfer", ("d", ["2026-03-16", "2026-05-15"]), [-5000.00, -7500.00], "ONLINE TRANSFER TO SAVINGS XXXXXX{s[sav]}")
b.c("", "Internal Transfer", ("d", ["2026-04-06"]), 4000.00, "ONLINE TRANSFER FROM SAVINGS XXXXXX{s[sav]}")
b.c("", "Internal Transfer", ("r", 1), (-200, -200), "ATM WITHDRAWAL {pd:%m/%d} BANGOR SAVINGS 1 CANAL PLZ PORTLAND ME CARD {card}", card=True)
b.c("", "Bank Fees", ("last",), -18.00, "BUSINESS CHECKING SERVICE CHARGE")


# =====================================================================================
# 2. us-welding-fabrication: Poudre Valley Metalworks, Fort Collins CO. FirstBank business
#    checking, capitals. Custom railings, gates, brewery platforms and mobile repair welding,
#    a contracting trade, so customer invoices are Service Income (Stripe payouts from its
#    Jobber invoices are Sales Revenue by the processor rule). Steel built into the jobs is
#    Cost of Goods Sold; gas, wire, discs and hardware are Supplies & Materials.
# =====================================================================================
b = biz("us-welding-fabrication", "US", "US", (2025, 9), 3, "en", ["2291", "2291", "7730"], "{:04d}", 1385)
b.shared.update(adp=pat("AQJ####"), sav=pat("####"), loc=pat("#######"))
CARD = "CHECK CARD PURCHASE {pd:%m/%d} {m} XXXX{card}"
b.c("Stripe", "Sales Revenue", ("r", 5), (380, 3100), "ACH CREDIT STRIPE TRANSFER ST-{X12} {k[id]} CCD", keys={"id": "4270465600"})
b.c("Colorado State University", "Service Income", ("d", ["2025-09-24", "2025-11-06"]), [4860.00, 2215.50],
    "ACH CREDIT COLORADO STATE UN VENDOR PAY {k[id]} CCD INV {inv}", keys={"id": "184600####"})
b.c("Horsetooth Builders", "Service Income", ("r", 3), (2600, 8900),
    "ACH CREDIT HORSETOOTH BUILDE PAYMENT {k[id]} CCD", keys={"id": "########"})
b.c("Mulberry Brewing", "Service Income", ("d", ["2025-10-17"]), 6240.00,
    "ZELLE FROM MULBERRY BREWING ON {d:%m/%d} REF # {X9} mezzanine rail final")
b.c("Ellen Sorensen", "Service Income", ("d", ["2025-09-12", "2025-10-29"]), [850.00, 1125.00],
    ["ZELLE FROM ELLEN SORENSEN ON {d:%m/%d} REF # {X9} ranch gate deposit",
     "ZELLE FROM ELLEN SORENSEN ON {d:%m/%d} REF # {X9} gate + hinges"], ordered=True)
b.c("", "Service Income", ("r", 3), (310, 1900), "MOBILE CHECK DEPOSIT #{n6}")
b.c("", "Financing", ("d", ["2025-10-06"]), 15000.00, "LINE OF CREDIT ADVANCE FROM LN {s[loc]}")
b.c("", "Loan Repayment", ("d", ["2025-11-20"]), -5000.00, "LOAN PAYMENT TO LN {s[loc]} LINE OF CREDIT")
b.c("Front Range Steel Supply", "Cost of Goods Sold", ("r", 3), (-5200, -1400),
    "ONLINE BILL PAY TO FRONT RANGE STEEL #{n6}")
b.c("Online Metals", "Cost of Goods Sold", ("r", 1), (-640, -210), CARD.replace("{m}", "ONLINEMETALS.COM 206-285-8603 WA"), card=True)
b.c("Airgas", "Supplies & Materials", ("r", 2), (-420, -160), "ACH DEBIT AIRGAS USA LLC AIRGAS PMT {k[id]} CCD", keys={"id": "95########"})
b.c("Harbor Freight", "Supplies & Materials", ("r", 2), (-140, -28), CARD.replace("{m}", "HARBOR FREIGHT TOOLS 583 FORT COLLINS CO"), card=True)
b.c("Harbor Freight", "Refunds", ("r", 1), (19, 65), "CHECK CARD RETURN {pd:%m/%d} HARBOR FREIGHT TOOLS 583 FORT COLLINS CO XXXX{card}", card=True)
b.c("Jax Outdoor Gear", "Supplies & Materials", ("r", 1), (-90, -25), CARD.replace("{m}", "JAX RANCH & HOME FORT COLLINS CO"), card=True)
b.c("Timnath Powder Coating", "Professional Services", ("d", ["2025-10-02", "2025-11-13"]), [-1480.00, -865.00],
    "ONLINE BILL PAY TO TIMNATH POWDER COAT #{n6}")
b.c("Cyberweld", "Equipment", ("d", ["2025-09-18"]), -4689.00, CARD.replace("{m}", "CYBERWELD.COM 888-648-2006 OH"), card=True)
b.c("Linden Street Industrial", "Rent", ("m", 1), -2950.00, "ONLINE BILL PAY TO LINDEN STREET INDUST #{n6}")
b.c("Fort Collins Utilities", "Utilities", ("m", 16, [0, 2]), (-410, -260), "ACH DEBIT CITY OF FT COLLI UTIL PYMT {k[id]} PPD", keys={"id": "8846######"})
b.c("Xcel Energy", "Utilities", ("m", 21, [1, 2]), (-95, -210), "ACH DEBIT XCEL ENERGY-PSCO XCELENERGY {k[id]} PPD", keys={"id": "0000######"})
b.c("Connexion", "Utilities", ("m", 9, [1]), -89.95, "CHECK CARD RECURRING {pd:%m/%d} FORT COLLINS CONNEXION 970-207-7890 CO XXXX{card}", card=True)
b.c("T-Mobile", "Utilities", ("m", 14, [2]), -156.40, "CHECK CARD RECURRING {pd:%m/%d} T-MOBILE*AUTO PAY 800-937-8997 WA XXXX{card}", card=True)
b.c("ADP", "Salaries & Payroll", ("d", ["2025-09-12", "2025-10-10", "2025-11-07"]), (-7400, -6600),
    "ACH DEBIT ADP WAGE PAY WAGE PAY {s[adp]} {n6}V CCD")
b.c("ADP", "Salaries & Payroll", ("d", ["2025-09-12", "2025-11-07"]), (-2700, -2300), "ACH DEBIT ADP Tax ADP Tax {s[adp]} {n6}V CCD")
b.c("ADP", "Software & Subscriptions", ("d", ["2025-10-14"]), -118.42, "ACH DEBIT ADP PAYROLL FEES ADP FEES {s[adp]} {n6} CCD")
b.c("Colorado Department of Revenue", "Taxes", ("m", 20), (-980, -430), "ACH DEBIT CO DEPT OF REVENU SALES TAX {k[id]} CCD", keys={"id": "184######"})
b.c("City of Fort Collins", "Taxes", ("m", 20, [0, 2]), (-610, -260), "ONLINE BILL PAY TO CITY OF FORT COLLINS #{n6} SALES TAX")
b.c("Colorado Department of Labor and Employment", "Salaries & Payroll", ("d", ["2025-10-31"]), -412.64,
    "ACH DEBIT CO FAMLI PREMIUM FAMLI Q3 {k[id]} CCD", keys={"id": "19#######"})
b.c("Colorado Secretary of State", "Taxes", ("d", ["2025-09-08"]), -25.00, CARD.replace("{m}", "CO SECRETARY OF STATE 303-894-2200 CO"), card=True)
b.c("Pinnacol Assurance", "Insurance", ("m", 5, [0, 1]), -386.00, "ACH DEBIT PINNACOL ASSURANC PREMIUM {k[id]} PPD", keys={"id": "41######"})
b.c("Progressive", "Insurance", ("m", 27, [1]), -214.37, "ACH DEBIT PROGRESSIVE INS INS PREM {k[id]} PPD", keys={"id": "91########"})
b.c("Bellco", "Loan Repayment", ("m", 15, [0, 1]), -742.18, "ACH DEBIT BELLCO CREDIT UN LOAN PMT {k[id]} PPD", keys={"id": "2840#####"})
b.c("Jobber", "Software & Subscriptions", ("m", 3, [0, 1]), -129.00, "CHECK CARD RECURRING {pd:%m/%d} JOBBER GETJOBBER.COM AB XXXX{card}", card=True)
b.c("Google", "Marketing & Advertising", ("r", 2), (-240, -90), CARD.replace("{m}", "GOOGLE *ADS{n10} CC@GOOGLE.COM CA"), card=True)
b.c("Kum & Go", "Travel", ("r", 2), (-110, -55), CARD.replace("{m}", "KUM&GO 1208 FORT COLLINS CO"), card=True)
b.c("Loaf 'N Jug", "Travel", ("r", 1), (-90, -50), CARD.replace("{m}", "LOAF N JUG #0412 LOVELAND CO"), card=True)
b.c("Old Town Burrito", "Meals & Entertainment", ("r", 1), (-48, -18), CARD.replace("{m}", "SQ *OLD TOWN BURRITO CO FORT COLLINS CO"), card=True)
b.c("Prospect Ridge Accounting", "Professional Services", ("d", ["2025-10-21"]), -675.00, "ONLINE BILL PAY TO PROSPECT RIDGE ACCOU #{n6}")
b.c("Marco Quintana", "Owner Draw / Contribution", ("d", ["2025-09-30", "2025-10-31", "2025-11-28"]), [-2500.00, -3000.00, -2500.00],
    "ZELLE TO MARCO QUINTANA ON {d:%m/%d} REF # {X9} draw")
b.c("", "Internal Transfer", ("d", ["2025-11-03"]), -4000.00, "ONLINE TRANSFER TO SAVINGS XXXXXX{s[sav]}")
b.c("", "Bank Fees", ("last",), -15.00, "MONTHLY MAINTENANCE FEE")


# =====================================================================================
# 3. uk-tuition-centre: Greenway Tuition Centre Ltd, Hall Green, Birmingham. Al Rayan Bank
#    business current account (an Islamic bank: no interest; cash is paid in at Lloyds Bank
#    counters for a fee), capitals, names cut at 18. Maths and English tuition, 11+ and GCSE
#    groups: parents pay monthly fees by Faster Payment (Service Income), online bookings come
#    through Stripe (Sales Revenue by the processor rule), a school buys tutoring blocks.
# =====================================================================================
b = biz("uk-tuition-centre", "UK", "UK", (2025, 9), 3, "en", ["6620", "6620", "0385"], "GTC-{:04d}", 512)
b.shared.update(paye="475PX" + pat("#######"), nest=pat("NEST########"), sav=pat("########"))
CARD = "CARD PAYMENT TO {m} ON {pd:%d-%m-%Y} CARD ENDING {card}"
FPI = "FASTER PAYMENT RECEIVED {n} REF {r}"
for name, ent, fee, refs, dates in [
        ("MR T OKAFOR", "T Okafor", 160.00, ["TOBI Y9 MATHS", "TOBI OKAFOR OCT", "TOBI NOV FEES"], ["2025-09-03", "2025-10-01", "2025-11-03"]),
        ("MRS S BEGUM", "S Begum", 220.00, ["AYAAN 11+ SEPT", "AYAAN BEGUM 11 PLUS"], ["2025-09-05", "2025-10-06"]),
        ("KOWALSKI J", "J Kowalski", 195.00, ["ZOFIA GCSE ENG", "ZOFIA K NOV"], ["2025-09-08", "2025-11-07"]),
        ("A MAHMOOD & R MAH", "A Mahmood", 310.00, ["HAMZA+ZAINAB FEES", "HAMZA ZAINAB OCT", "FEES NOV 2 KIDS"], ["2025-09-02", "2025-10-02", "2025-11-04"]),
        ("L GRANT", "L Grant", 140.00, ["MAYA Y6 SATS", "MAYA GRANT"], ["2025-09-15", "2025-10-14"])]:
    b.c(ent, "Service Income", ("d", dates), fee, [FPI.replace("{n}", name).replace("{r}", r) for r in refs], ordered=True)
b.c("Stripe", "Sales Revenue", ("r", 5), (240, 1380), "BACS CREDIT STRIPE PAYMENTS UK GREENWAY TUITION")
b.c("Yardley Wood Academy", "Service Income", ("d", ["2025-10-22", "2025-11-26"]), [2400.00, 1800.00],
    "BACS CREDIT YARDLEY WOOD ACAD {inv} TUTORING")
b.c("", "Service Income", ("d", ["2025-09-19", "2025-10-24"]), [420.00, 365.00], "CASH PAID IN LLOYDS BANK HALL GREEN")
b.c("", "Bank Fees", ("d", ["2025-09-19", "2025-10-24"]), [-3.15, -2.74], "COUNTER DEPOSIT FEE LLOYDS BANK")
b.c("Stratford Road Estates", "Rent", ("m", 1), -1650.00, "STANDING ORDER STRATFORD ROAD EST GREENWAY RENT")
b.c("Birmingham City Council", "Taxes", ("m", 15, [0, 2]), -212.00, "DIRECT DEBIT BIRMINGHAM CITY CO {k[ref]} NNDR", keys={"ref": "6########"})
b.c("Octopus Energy", "Utilities", ("m", 10, [0, 1]), (-190, -120), "DIRECT DEBIT OCTOPUS ENERGY LTD A-{k[ref]}", keys={"ref": "********"})
b.c("Severn Trent", "Utilities", ("d", ["2025-10-17"]), -88.40, "DIRECT DEBIT SEVERN TRENT WATER {k[ref]}", keys={"ref": "##########"})
b.c("Virgin Media", "Utilities", ("m", 22, [0, 1]), -62.00, "DIRECT DEBIT VIRGIN MEDIA PYMTS {k[ref]}", keys={"ref": "#########-####"})
for name, ent, dates in [("O ADEYEMI", "O Adeyemi", ["2025-09-30", "2025-10-31", "2025-11-28"]),
                         ("K BRENNAN", "K Brennan", ["2025-09-30", "2025-10-31"]),
                         ("H CHAUDHRY", "H Chaudhry", ["2025-10-31"])]:
    b.c(ent, "Professional Services", ("d", dates), (320, 980), "FASTER PAYMENT TO {nm} REF TUTOR FEES {mon:.3}".replace("{nm}", name))
b.specs[-3]["amt"] = b.specs[-2]["amt"] = b.specs[-1]["amt"] = (-980, -320)
b.c("J Whittaker", "Salaries & Payroll", ("last",), (-1720, -1690), "FASTER PAYMENT TO J WHITTAKER REF SALARY {mon:.3}")
b.c("HMRC", "Salaries & Payroll", ("m", 22, [0, 1]), (-430, -380), "FASTER PAYMENT TO HMRC PAYE REF {s[paye]}")
b.c("HMRC", "Taxes", ("d", ["2025-10-01"]), -4312.60, "FASTER PAYMENT TO HMRC CORP TAX REF {k[ref]}A00124A", keys={"ref": "##########"})
b.c("NEST", "Salaries & Payroll", ("m", 18, [0, 1]), (-64, -58), "DIRECT DEBIT NEST {s[nest]}")
b.c("TutorCruncher", "Software & Subscriptions", ("m", 4, [1, 2]), (-74, -68), CARD.replace("{m}", "TUTORCRUNCHER LTD LONDON"), card=True)
b.c("Zoom", "Software & Subscriptions", ("m", 12, [0]), -15.99, CARD.replace("{m}", "ZOOM.US 888-799-9666"), card=True)
b.c("Canva", "Software & Subscriptions", ("m", 26, [1]), -10.99, CARD.replace("{m}", "CANVA* {n8} SURRY HILLS"), card=True)
b.c("CGP", "Supplies & Materials", ("r", 2), (-240, -60), CARD.replace("{m}", "CGP BOOKS KIRKBY-IN-FURN"), card=True)
b.c("Ryman", "Supplies & Materials", ("r", 1), (-45, -12), CARD.replace("{m}", "RYMAN LTD BIRMINGHAM"), card=True)
b.c("Amazon", "Supplies & Materials", ("r", 1), (-70, -14), CARD.replace("{m}", "AMZNMKTPLACE AMAZON.CO.UK"), card=True)
b.c("Amazon", "Refunds", ("r", 1), (9, 30), "CARD REFUND FROM AMAZON.CO.UK*{X9} ON {pd:%d-%m-%Y} CARD ENDING {card}", card=True)
b.c("Solopress", "Marketing & Advertising", ("d", ["2025-09-01"]), -96.50, CARD.replace("{m}", "SOLOPRESS.COM SOUTHEND"), card=True)
b.c("Meta", "Marketing & Advertising", ("r", 2), (-80, -25), CARD.replace("{m}", "FACEBK *{X10} DUBLIN"), card=True)
b.c("Simply Business", "Insurance", ("m", 3, [0, 1]), -27.41, "DIRECT DEBIT SIMPLY BUSINESS {k[ref]}", keys={"ref": "SB#######"})
b.c("uCheck", "Professional Services", ("d", ["2025-09-10"]), -69.60, CARD.replace("{m}", "UCHECK DBS APPLICATION NOTTINGHAM"), card=True)
b.c("Acocks Green Accountancy", "Professional Services", ("m", 7, [1]), -180.00, "STANDING ORDER ACOCKS GREEN ACCO BOOKKEEPING")
b.c("National Express West Midlands", "Travel", ("r", 1), (-5, -4), CARD.replace("{m}", "NATIONAL EXPRESS WM BIRMINGHAM"), card=True)
b.c("Trainline", "Travel", ("d", ["2025-10-09"]), -58.30, CARD.replace("{m}", "TRAINLINE.COM LONDON"), card=True)
b.c("Greggs", "Meals & Entertainment", ("r", 1), (-14, -5), CARD.replace("{m}", "GREGGS 1782 BIRMINGHAM"), card=True)
b.c("Kings Heath Kitchen", "Meals & Entertainment", ("d", ["2025-11-21"]), -84.20, CARD.replace("{m}", "SUMUP *KINGS HEATH KITC BIRMINGHAM"), card=True)
b.c("Farah Siddiqui", "Owner Draw / Contribution", ("d", ["2025-09-26", "2025-11-27"]), [-2000.00, -2500.00],
    "FASTER PAYMENT TO F SIDDIQUI REF DIVIDEND")
b.c("Information Commissioner's Office", "Taxes", ("d", ["2025-10-28"]), -52.00, "DIRECT DEBIT INFORMATION COMMI {k[ref]}", keys={"ref": "ZA######"})
b.c("Companies House", "Taxes", ("d", ["2025-11-12"]), -50.00, CARD.replace("{m}", "COMPANIES HOUSE CARDIFF"), card=True)
b.c("", "Internal Transfer", ("d", ["2025-10-30"]), -3000.00, "TRANSFER TO BUSINESS NOTICE ACC {s[sav]}")
b.c("", "Internal Transfer", ("r", 1), -100.00, "CASH WITHDRAWAL LINK ATM HALL GREEN {pd:^%d%b}", card=True)
b.c("", "Bank Fees", ("last",), -10.00, "MONTHLY ACCOUNT FEE")


# =====================================================================================
# 4. de-dance-school: Tanzschule Brandl, München-Schwabing. HypoVereinsbank (UniCredit Bank
#    GmbH) Geschäftskonto, German, booking text first in capitals, SEPA fields EREF/MREF/CRED,
#    names transliterated as SEPA prints them. Members' monthly fees are collected in one
#    SEPA batch (Service Income, no entity); returned member debits are negative Service
#    Income with the member; drinks bought for the dance parties are Cost of Goods Sold.
# =====================================================================================
b = biz("de-dance-school", "EU", "DE-BY", (2026, 1), 3, "de", ["4711", "4711", "2086"], "TS-2026-{:03d}", 14)
b.shared.update(fa_ci=cred_id("DE", pat("00000######")), stnr="143/" + pat("###/#####"),
                loan=pat("##########"), tag=pat("##########"))
LS = "SEPA-BASISLASTSCHRIFT {n} {v} EREF: {e} MREF: {k[mref]} CRED: {k[ci]}"
GS = "SEPA-GUTSCHRIFT {n} {v} EREF: {e} IBAN: {k[iban]} BIC: {b}"
UE = "SEPA-UEBERWEISUNG {n} {v} EREF: {e} IBAN: {k[iban]} BIC: {b}"
CARD = "KARTENZAHLUNG DEBITKARTE {pd:%d.%m.%Y} {t} {m} ****{card}"


def L(n, v, e="{X16}"):
    return LS.replace("{n}", n).replace("{v}", v).replace("{e}", e)


def G(n, v, bic, e="NOTPROVIDED"):
    return GS.replace("{n}", n).replace("{v}", v).replace("{e}", e).replace("{b}", bic)


def U(n, v, bic, e="{n14}"):
    return UE.replace("{n}", n).replace("{v}", v).replace("{e}", e).replace("{b}", bic)


CI = lambda: cred_id("DE", pat("00000######"))  # noqa: E731
b.c("", "Service Income", ("m", 2), (9800, 11400),
    "SEPA-LASTSCHRIFTEINZUG GUTSCHRIFT {n3} POSTEN SAMMLER-REF {X12} MITGLIEDSBEITRAEGE {mon} 2026")
b.c("Sophie Lechner", "Service Income", ("d", ["2026-01-08"]), -89.00,
    "SEPA-RUECKLASTSCHRIFT Sophie Lechner MS03 SONSTIGE GRUENDE MREF: {k[mref]} ORIG. BETRAG 89,00 EUR",
    keys={"mref": "TSB-M-0####"})
b.c("Tobias Hartl", "Service Income", ("d", ["2026-03-05"]), -119.00,
    "SEPA-RUECKLASTSCHRIFT Tobias Hartl AC04 KONTO AUFGELOEST MREF: {k[mref]} ORIG. BETRAG 119,00 EUR",
    keys={"mref": "TSB-M-0####"})
b.c("", "Bank Fees", ("d", ["2026-01-08", "2026-03-05"]), -3.00, "ENTGELT RUECKLASTSCHRIFT {X10}")
b.c("Anna Leitner", "Service Income", ("d", ["2026-01-19", "2026-02-23"]), [240.00, 240.00],
    G("Anna Leitner", "Hochzeitskurs Leitner/Bauer Rate {r}", "SSKMDEMMXXX"), keys={"iban": lambda: de_iban("70150000")})
b.specs[-1]["tpl"] = [b.specs[-1]["tpl"][0].replace("{r}", "2"), b.specs[-1]["tpl"][0].replace("{r}", "3")]
b.specs[-1]["ordered"] = True
b.c("Markus Eder", "Service Income", ("d", ["2026-02-04", "2026-03-11"]), [180.00, 270.00],
    G("Dr. Markus Eder", "Privatstunden Rechnung {inv}", "INGDDEFFXXX"), keys={"iban": lambda: de_iban("50010517")})
b.c("Julia Baumann", "Service Income", ("d", ["2026-01-26"]), 358.00,
    G("Julia Baumann", "Kurs Discofox Grundkurs 2 Pers. Baumann", "GENODEF1M01", "{X10}"), keys={"iban": lambda: de_iban("70190000")})
b.c("Kreativagentur Isarlicht", "Service Income", ("d", ["2026-03-20"]), 1547.00,
    G("Kreativagentur Isarlicht GmbH", "RE {inv} Teamevent Tanzworkshop", "COBADEFFXXX", "{n10}"), keys={"iban": lambda: de_iban("70040041")})
b.c("Stripe", "Sales Revenue", ("r", 4), (420, 1900),
    "SEPA-GUTSCHRIFT Stripe Technology Europe Ltd STRIPE PAYOUT {X8} EREF: po_{X16} IBAN: {k[iban]} BIC: SRTEIE21XXX", keys={"iban": lambda: iban("IE", "SRTE990512" + pat("########"))})
b.c("Landeshauptstadt München", "Other Income", ("d", ["2026-03-16"]), 2400.00,
    G("Landeshauptstadt Muenchen Stadtkasse", "Zuschuss Jugendtanz 2026 AZ RBS-{k[az]}", "SSKMDEMMXXX", "{n12}"),
    keys={"iban": lambda: de_iban("70150000"), "az": "##-###"})
b.c("", "Sales Revenue", ("d", ["2026-02-16", "2026-02-23"]), [1265.00, 840.00],
    "BAREINZAHLUNG SB-EINZAHLUNG {d:%d.%m.%Y} FILIALE MUENCHEN LEOPOLDSTR.")
b.c("Hausverwaltung Obermaier", "Rent", ("m", 1), -3400.00,
    "DAUERAUFTRAG Hausverwaltung Obermaier Miete Gewerbe Belgradstr. {k[obj]} IBAN: {k[iban]} BIC: BYLADEM1001",
    keys={"iban": lambda: de_iban("70050000"), "obj": "Obj. ###"})
b.c("SWM", "Utilities", ("m", 15, [0, 1]), (-420, -360),
    L("SWM Versorgungs GmbH", "Abschlag Strom/Gas VK {k[vk]} {mon} 2026"), keys={"mref": "SWM-########", "ci": CI, "vk": "#########"})
b.c("M-net", "Utilities", ("m", 5, [1, 2]), -54.90,
    L("M-net Telekommunikations GmbH", "Kd-Nr {k[kd]} Rg {n9}"), keys={"mref": "MN########", "ci": CI, "kd": "########"})
b.c("GEMA", "Other Expense", ("d", ["2026-01-15"]), -412.36,
    L("GEMA", "Vertrag {k[v]} Tanzveranstaltungen I/2026"), keys={"mref": "GEMA-#######", "ci": CI, "v": "########"})
b.c("Allianz", "Insurance", ("d", ["2026-01-02"]), -318.40,
    L("Allianz Versicherungs-AG", "Betriebshaftpflicht VS-NR {k[vs]} 01.01.-31.03.26"), keys={"mref": "AZ#########", "ci": CI, "vs": "AS-#########"})
b.c("VBG", "Salaries & Payroll", ("d", ["2026-02-16"]), -286.00,
    L("Verwaltungs-Berufsgenossenschaft", "Beitragsvorschuss 2026 Mitgl.-Nr. {k[m]}"), keys={"mref": "VBG########", "ci": CI, "m": "########"})
b.c("AOK Bayern", "Salaries & Payroll", ("d", ["2026-01-27", "2026-02-24", "2026-03-26"]), (-1480, -1390),
    L("AOK Bayern - Die Gesundheitskasse", "Beitraege {mon} 2026 BNR {k[bnr]}"), keys={"mref": "AOK########", "ci": CI, "bnr": "########"})
b.c("Minijob-Zentrale", "Salaries & Payroll", ("d", ["2026-01-27", "2026-02-24"]), -178.24,
    L("Deutsche Rentenversicherung Knappschaft-Bahn-See", "Minijob-Zentrale Beitrag BNR {k[bnr]} {mon} 2026"),
    keys={"mref": "KBS########", "ci": CI, "bnr": "########"})
b.c("Finanzamt München", "Salaries & Payroll", ("m", 12), (-890, -760),
    "SEPA-BASISLASTSCHRIFT Finanzamt Muenchen StNr {s[stnr]} LSt {pmm} EREF: {X16} MREF: {s[stnr]}LST CRED: {s[fa_ci]}")
b.c("Finanzamt München", "Taxes", ("m", 12, [1, 2]), (-2100, -1500),
    "SEPA-BASISLASTSCHRIFT Finanzamt Muenchen StNr {s[stnr]} USt-VA {pmm} EREF: {X16} MREF: {s[stnr]}UST CRED: {s[fa_ci]}")
for nm, ent, bic, blz in [("Lena Huber", "Lena Huber", "SSKMDEMMXXX", "70150000"), ("Kilian Schmid", "Kilian Schmid", "GENODEF1M01", "70190000")]:
    b.c(ent, "Salaries & Payroll", ("last", [0, 2]), (-2350, -1980),
        "SEPA-UEBERWEISUNG " + nm + " Lohn/Gehalt {mon} 2026 IBAN: {k[iban]} BIC: " + bic, keys={"iban": lambda blz=blz: de_iban(blz)})
b.c("Mariana Costa", "Professional Services", ("d", ["2026-02-03", "2026-03-03"]), (-1350, -980),
    U("Mariana Costa", "Honorar Salsa/Bachata {pmon} Rg. {n3}", "INGDDEFFXXX"), keys={"iban": lambda: de_iban("50010517")})
b.c("Jonas Weidinger", "Professional Services", ("d", ["2026-01-05", "2026-02-03"]), (-880, -640),
    U("Jonas Weidinger", "Honorar Hip-Hop Kids {pmon}", "SSKMDEMMXXX"), keys={"iban": lambda: de_iban("70150000")})
b.c("Steuerkanzlei Huber & Wimmer", "Professional Services", ("d", ["2026-02-18"]), -630.70,
    U("Steuerkanzlei Huber & Wimmer PartG mbB", "RNr. {n5} Lohnabrechnung/FiBu Q4", "HYVEDEMMXXX"), keys={"iban": lambda: de_iban("70020270")})
b.c("Eversports", "Software & Subscriptions", ("m", 3, [0, 1]), -149.00,
    L("Eversports GmbH", "Eversports Manager Pro Rg {n8}"), keys={"mref": "EVS-######", "ci": lambda: cred_id("AT", pat("00000######"))})
b.c("Soundtrack Your Brand", "Software & Subscriptions", ("m", 20, [1]), -34.00, CARD.replace("{m}", "SOUNDTRACKYOURBRAND//STOCKHOLM/SE"), card=True)
b.c("Google", "Marketing & Advertising", ("r", 2), (-180, -60), CARD.replace("{m}", "GOOGLE*ADS{n10}//DUBLIN/IE"), card=True)
b.c("Meta", "Marketing & Advertising", ("r", 1), (-90, -40), CARD.replace("{m}", "FACEBK *{X10}//DUBLIN/IE"), card=True)
b.c("Getränke Hoffmann", "Cost of Goods Sold", ("r", 2), (-310, -140), CARD.replace("{m}", "GETRAENKE HOFFMANN 1423//MUENCHEN/DE"), card=True)
b.c("Metro", "Cost of Goods Sold", ("r", 1), (-260, -90), CARD.replace("{m}", "METRO MUENCHEN-PASING//MUENCHEN/DE"), card=True)
b.c("dm-drogerie markt", "Supplies & Materials", ("r", 1), (-48, -15), CARD.replace("{m}", "DM-DROGERIE MARKT//MUENCHEN/DE"), card=True)
b.c("Amazon", "Supplies & Materials", ("r", 1), (-80, -20), CARD.replace("{m}", "AMZN MKTP DE {X10}//AMAZON.DE/LU"), card=True)
b.c("Amazon", "Refunds", ("r", 1), (12, 40), "GUTSCHRIFT DEBITKARTE {pd:%d.%m.%Y} AMAZON EU S.A R.L.//AMAZON.DE/LU ****{card}", card=True)
b.c("Thomann", "Equipment", ("d", ["2026-02-09"]), -1189.00, CARD.replace("{m}", "MUSIKHAUS THOMANN//TREPPENDORF/DE"), card=True)
b.c("MVG", "Travel", ("r", 1), (-12, -4), CARD.replace("{m}", "MVG AUTOMAT GISELASTR.//MUENCHEN/DE"), card=True)
b.c("Deutsche Bahn", "Travel", ("d", ["2026-03-02"]), -118.90, CARD.replace("{m}", "DB VERTRIEB GMBH//FRANKFURT/DE"), card=True)
b.c("Wirtshaus am Hohenzollernplatz", "Meals & Entertainment", ("d", ["2026-01-30"]), -146.50,
    CARD.replace("{m}", "WIRTSHAUS AM HOHENZOLLE//MUENCHEN/DE"), card=True)
b.c("Beitragsservice", "Taxes", ("d", ["2026-01-15"]), -55.08,
    L("Rundfunk ARD, ZDF, DRadio", "Beitragsnummer {k[bn]} 01.26-03.26"), keys={"mref": "#########", "ci": CI, "bn": "###########"})
b.c("IHK München", "Taxes", ("d", ["2026-03-16"]), -190.00,
    L("IHK fuer Muenchen und Oberbayern", "Beitrag 2026 IHK-Nr. {k[n]}"), keys={"mref": "IHK#######", "ci": CI, "n": "#########"})
b.c("", "Loan Repayment", ("last",), -825.00, "DARLEHEN {s[loan]} TILGUNG/ZINSEN RATE {d:%m/%Y}")
b.c("Valentina Brandl", "Owner Draw / Contribution", ("d", ["2026-01-30", "2026-03-31"]), [-2500.00, -3000.00],
    "SEPA-UEBERWEISUNG Valentina Brandl Privatentnahme IBAN: {k[iban]} BIC: SSKMDEMMXXX", keys={"iban": lambda: de_iban("70150000")})
b.c("", "Internal Transfer", ("r", 1), -200.00, "BARGELDAUSZAHLUNG GA {pd:%d.%m.%Y} {t} HVB MUENCHEN LEOPOLDSTR. ****{card}", card=True)
b.c("", "Bank Fees", ("last",), (-32, -24), "ABSCHLUSS PER {d:%d.%m.%Y} KONTOFUEHRUNGSENTGELT UND POSTENENTGELTE")


# =====================================================================================
# 5. fr-caterer: Les Tables de Margaux (SARL), traiteur, Paris 11e. LCL compte courant
#    professionnel, French capitals without accents. Buffets and cocktails for companies,
#    agencies and private parties (Sales Revenue: it sells food), a Christmas stall paid by
#    SumUp, card takings settled by the bank (REMISE CB).
# =====================================================================================
b = biz("fr-caterer", "EU", "FR", (2025, 11), 3, "fr", ["2817", "2817", "6403"], "F{:05d}", 1180)
b.shared.update(pret=pat("###########"), livret=pat("#######") + "X", urssaf_ics=cred_id("FR", pat("######")),
                dgfip_ics="FR46ZZZ005002", siren=pat("#########"))
CB = "CB {m} {pd:%d/%m/%y} X{card}"
PR = "PRLV SEPA {n} {v} ICS {k[ics]} RUM {k[rum]}"
VR = "VIR SEPA RECU DE {n} {v} REF {r}"
VE = "VIR SEPA EMIS VERS {n} {v}"
ICS = lambda: cred_id("FR", pat("******"))  # noqa: E731


def P(n, v):
    return PR.replace("{n}", n).replace("{v}", v)


b.c("", "Sales Revenue", ("r", 6), (380, 2600), "REMISE CB {n7} {pd:%d/%m} 1 TPE", card=True)
b.c("", "Bank Fees", ("m", 3), (-48, -22), "COMMISSIONS REMISES CB {pmon}")
b.c("SumUp", "Sales Revenue", ("d", ["2025-12-08", "2025-12-15", "2025-12-22"]), (640, 1850),
    "VIR SEPA RECU DE SUMUP LIMITED PAYOUT {X10} REF SUMUP{n12}")
b.c("Agence Lumen Événements", "Sales Revenue", ("d", ["2025-11-14", "2025-12-19"]), [3840.00, 6210.00],
    VR.replace("{n}", "AGENCE LUMEN EVENEMENTS").replace("{v}", "FACTURE {inv} COCKTAIL").replace("{r}", "{n12}"))
b.c("Cabinet Darmon Avocats", "Sales Revenue", ("d", ["2025-11-24", "2026-01-16"]), [1180.00, 946.00],
    VR.replace("{n}", "SELARL CABINET DARMON AVOCATS").replace("{v}", "FACT {inv} PLATEAUX REPAS").replace("{r}", "{n12}"))
b.c("CSE Orbitale", "Sales Revenue", ("d", ["2025-12-23"]), 2745.00,
    VR.replace("{n}", "CSE ORBITALE").replace("{v}", "ARBRE DE NOEL BUFFET {inv}").replace("{r}", "{n12}"))
b.c("Pierre Chevalier", "Sales Revenue", ("d", ["2025-12-12"]), 520.00,
    VR.replace("{n}", "M OU MME CHEVALIER PIERRE").replace("{v}", "ACOMPTE REVEILLON 31/12").replace("{r}", "NOTPROVIDED"))
b.c("Galerie Nuit Blanche", "Sales Revenue", ("d", ["2026-01-22"]), 1365.00,
    VR.replace("{n}", "GALERIE NUIT BLANCHE SAS").replace("{v}", "VERNISSAGE 15/01 FACT {inv}").replace("{r}", "{n12}"))
b.c("", "Sales Revenue", ("d", ["2025-11-20"]), 735.00, "REMISE CHEQUES N {n7} 2 CHQ")
b.c("Metro", "Refunds", ("d", ["2025-12-05"]), 86.40, "AVOIR CB METRO NANTERRE {pd:%d/%m/%y} X{card}", card=True)
b.c("SCI Oberkampf 112", "Rent", ("m", 5), -2750.00, "VIR PERMANENT VERS SCI OBERKAMPF 112 LOYER LABO {mon}")
b.c("EDF", "Utilities", ("m", 17, [0, 2]), (-460, -330), P("EDF PRO", "CONTRAT {k[c]} ECHEANCE"), keys={"ics": lambda: "FR44ZZZ001007", "rum": "EDF-#######", "c": "##########"})
b.c("Eau de Paris", "Utilities", ("d", ["2025-12-09"]), -118.62, P("EAU DE PARIS", "FACTURE {n10}"), keys={"ics": ICS, "rum": "EDP########", "c": "#"})
b.c("Orange", "Utilities", ("m", 8, [0, 1]), -64.99, P("ORANGE SA-ORANGE", "PRO FIBRE+MOBILE {k[c]}"), keys={"ics": lambda: "FR18ZZZ000001", "rum": "######-###", "c": "##########"})
b.c("Metro", "Cost of Goods Sold", ("r", 4), (-980, -180), CB.replace("{m}", "METRO NANTERRE"), card=True)
b.c("Marée du Val-de-Marne", "Cost of Goods Sold", ("d", ["2025-11-27", "2025-12-18"]), (-1400, -520),
    VE.replace("{n}", "MAREE DU VAL DE MARNE").replace("{v}", "FACT {n6} RUNGIS"))
b.c("Boucherie Grasset", "Cost of Goods Sold", ("d", ["2025-12-04", "2026-01-13"]), (-1100, -380),
    VE.replace("{n}", "SARL BOUCHERIE GRASSET").replace("{v}", "FACTURE {n5}"))
b.c("Primeurs Lamarre", "Cost of Goods Sold", ("d", ["2025-11-18", "2026-01-08"]), (-690, -240),
    VE.replace("{n}", "PRIMEURS LAMARRE RUNGIS").replace("{v}", "RELEVE {pmon}"))
b.c("Raja", "Cost of Goods Sold", ("d", ["2025-11-26"]), -312.48, CB.replace("{m}", "RAJA ROISSY"), card=True)
b.c("Arts de la Table Location", "Cost of Goods Sold", ("d", ["2025-12-16"]), -438.00,
    VE.replace("{n}", "ARTS DE LA TABLE LOCATION").replace("{v}", "LOC VAISSELLE CSE 19/12"))
b.c("Chomette", "Equipment", ("d", ["2025-11-12"]), -689.90, CB.replace("{m}", "CHOMETTE RUNGIS"), card=True)
for nm, ent, lo, hi in [("BERNARD LUCAS", "Lucas Bernard", 1720, 1760), ("HADDAD INES", "Inès Haddad", 640, 980)]:
    b.c(ent, "Salaries & Payroll", ("last", [0, 1]), (-hi, -lo), VE.replace("{n}", nm).replace("{v}", "SALAIRE {mon} 2025"))
b.c("URSSAF", "Salaries & Payroll", ("m", 15, [1, 2]), (-1500, -1200), "PRLV SEPA URSSAF ILE DE FRANCE COTISATIONS {pmon} SIRET {s[siren]}00018 ICS {s[urssaf_ics]} RUM {k[rum]}", keys={"rum": "URS##########"})
b.c("AG2R La Mondiale", "Salaries & Payroll", ("d", ["2026-01-26"]), -412.30, P("AG2R AGIRC ARRCO", "COTISATIONS T4 2025"), keys={"ics": ICS, "rum": "AG2R########"})
b.c("DGFiP", "Taxes", ("m", 24, [0, 1]), (-2100, -1300), "PRLV SEPA DGFIP TVA-{s[siren]}-{d:%Y%m}-3310CA3 ICS {s[dgfip_ics]} RUM {k[rum]}", keys={"rum": "FR####################"})
b.c("DGFiP", "Taxes", ("d", ["2025-12-15"]), -486.00, "PRLV SEPA DGFIP CFE-IFER-{s[siren]} AVIS 2025 ICS {s[dgfip_ics]} RUM {k[rum]}", keys={"rum": "FR####################"})
b.c("AXA", "Insurance", ("d", ["2026-01-05"]), -398.75, P("AXA FRANCE IARD", "MULTIRISQUE PRO CONTRAT {k[c]} T1 2026"), keys={"ics": ICS, "rum": "AXA#########", "c": "##########"})
b.c("DIAC", "Loan Repayment", ("m", 10), -486.21, P("DIAC SA", "CREDIT {k[c]} MASTER VAN ECH {d:%m/%y}"), keys={"ics": ICS, "rum": "DIAC##########", "c": "##########"})
b.c("Pennylane", "Software & Subscriptions", ("m", 2, [1, 2]), -69.00, P("PENNYLANE", "ABONNEMENT ESSENTIEL"), keys={"ics": ICS, "rum": "PL-########"})
b.c("Mariages.net", "Marketing & Advertising", ("d", ["2025-11-03"]), -159.00, CB.replace("{m}", "MARIAGES.NET"), card=True)
b.c("Meta", "Marketing & Advertising", ("r", 1), (-90, -35), CB.replace("{m}", "FACEBK *{X10}"), card=True)
b.c("Cabinet Moreau Expertise", "Professional Services", ("d", ["2026-01-20"]), -540.00, VE.replace("{n}", "CABINET MOREAU EXPERTISE").replace("{v}", "HONORAIRES FACT {n5}"))
b.c("TotalEnergies", "Travel", ("r", 2), (-85, -45), CB.replace("{m}", "TOTALENERGIES PANTIN"), card=True)
b.c("Saemes", "Travel", ("r", 1), (-28, -9), CB.replace("{m}", "SAEMES PARKING BASTILLE"), card=True)
b.c("Le Bistrot du Marché", "Meals & Entertainment", ("d", ["2026-01-09"]), -92.40, CB.replace("{m}", "BISTROT DU MARCHE PARIS"), card=True)
b.c("Margaux Lefèvre", "Owner Draw / Contribution", ("d", ["2025-11-28", "2026-01-30"]), [-1800.00, -2200.00],
    VE.replace("{n}", "LEFEVRE MARGAUX").replace("{v}", "REMUNERATION GERANT"))
b.c("", "Internal Transfer", ("d", ["2025-12-30"]), -5000.00, "VIR SEPA EMIS VERS LIVRET A PRO {s[livret]}")
b.c("", "Internal Transfer", ("r", 1), -150.00, "RETRAIT DAB {pd:%d/%m} {t} PARIS OBERKAMPF X{card}", card=True)
b.c("", "Bank Fees", ("m", 4), -29.50, "COTISATION OFFRE PRO LCL {pmon}")


# =====================================================================================
# 6. es-renovation: Reformas Delicias SL, Madrid (Arganzuela). Bankinter cuenta empresa,
#    Spanish capitals, counterparty after a slash. Kitchen, bathroom and flat refurbishments:
#    a contracting trade, so customers are Service Income; tiles, sanitary ware, plaster and
#    skip hire built into the jobs are Cost of Goods Sold, Würth consumables Supplies.
# =====================================================================================
b = biz("es-renovation", "EU", "ES-MD", (2026, 2), 3, "es", ["5532", "5532", "1190"], "{:04d}/26", 12)
b.shared.update(nif="B" + pat("########"), ccc="28/" + pat("########") + "/" + pat("##"), pres=pat("####################"))
TJ = "PAGO TARJ. {pd:%d/%m/%Y} {m} *{card}"
RC = "RECIBO /{n} {v} REF.MAND: {k[mref]} ACREEDOR: {k[ci]}"
TR = "TRANSF RECIB /{n} {v}"
TE = "TRANSF EMITIDA /{n} {v}"
ESCI = lambda: cred_id("ES", pat("@########"), "000")  # noqa: E731


def R(n, v):
    return RC.replace("{n}", n).replace("{v}", v)


b.c("Comunidad de Propietarios Embajadores 84", "Service Income", ("d", ["2026-02-13", "2026-04-10"]), [7260.00, 5808.00],
    TR.replace("{n}", "COMUNIDAD PROPIETARIOS C/ EMBAJADORES 84").replace("{v}", "FRA {inv} REHABILITACION PORTAL"))
b.c("Lucía Fernández Ortega", "Service Income", ("d", ["2026-02-20", "2026-03-27"]), [4500.00, 3980.00],
    [TR.replace("{n}", "FERNANDEZ ORTEGA LUCIA").replace("{v}", "50% REFORMA COCINA"),
     TR.replace("{n}", "FERNANDEZ ORTEGA LUCIA").replace("{v}", "RESTO COCINA FRA {inv}")], ordered=True)
b.c("Alberto Ruiz Domingo", "Service Income", ("d", ["2026-03-09", "2026-04-22"]), [3200.00, 2870.00],
    TR.replace("{n}", "RUIZ DOMINGO ALBERTO").replace("{v}", "BAÑO C/ TOLEDO FRA {inv}"))
b.c("Inmobiliaria Palos de la Frontera", "Service Income", ("d", ["2026-03-16", "2026-04-28"]), (1100, 2600),
    TR.replace("{n}", "INMOBILIARIA PALOS DE LA FRONTERA SL").replace("{v}", "FRA {inv} PINTURA PISO ALQUILER"))
b.c("Marta Sanz Ibáñez", "Service Income", ("d", ["2026-02-26"]), 180.00, "BIZUM RECIB /MARTA SANZ IBAÑEZ CAMBIO GRIFO")
b.c("Hostal Atocha Real", "Service Income", ("d", ["2026-04-15"]), 2420.00,
    TR.replace("{n}", "HOSTAL ATOCHA REAL SL").replace("{v}", "FRA {inv} HAB 3 Y 4"))
b.c("", "Service Income", ("d", ["2026-03-04"]), 1250.00, "INGRESO CHEQUE N.{n7} COMPENSACION")
b.c("Javier Morales Ruiz", "Owner Draw / Contribution", ("d", ["2026-02-03"]), 6000.00,
    TR.replace("{n}", "MORALES RUIZ JAVIER").replace("{v}", "APORTACION SOCIO"))
b.c("Javier Morales Ruiz", "Owner Draw / Contribution", ("d", ["2026-03-31", "2026-04-30"]), [-1500.00, -2000.00],
    TE.replace("{n}", "MORALES RUIZ JAVIER").replace("{v}", "RETRIBUCION ADMINISTRADOR"))
b.c("Leroy Merlin", "Cost of Goods Sold", ("r", 2), (-640, -85), TJ.replace("{m}", "LEROY MERLIN MADRID-USERA MADRID"), card=True)
b.c("Leroy Merlin", "Refunds", ("r", 1), (35, 120), "DEVOL. TARJ. {pd:%d/%m/%Y} LEROY MERLIN MADRID-USERA MADRID *{card}", card=True)
b.c("Bricomart", "Cost of Goods Sold", ("r", 2), (-900, -150), TJ.replace("{m}", "BRICOMART GETAFE GETAFE"), card=True)
b.c("Porcelanosa", "Cost of Goods Sold", ("d", ["2026-03-02"]), -2316.44, TE.replace("{n}", "PORCELANOSA SA").replace("{v}", "PEDIDO {n7} OBRA FERNANDEZ"))
b.c("Almacenes Sanitarios Carabanchel", "Cost of Goods Sold", ("d", ["2026-02-17", "2026-04-07"]), (-1500, -420),
    TE.replace("{n}", "ALMACENES SANITARIOS CARABANCHEL SL").replace("{v}", "FRA {n6}"))
b.c("Pinturas Tajo", "Cost of Goods Sold", ("r", 1), (-260, -70), TJ.replace("{m}", "PINTURAS TAJO MADRID"), card=True)
b.c("Contenedores Usera", "Cost of Goods Sold", ("d", ["2026-02-24", "2026-04-14"]), [-242.00, -181.50],
    R("CONTENEDORES USERA SL", "CONTENEDOR ESCOMBROS FRA {n5}"), keys={"mref": "CU-#####", "ci": ESCI})
b.c("Würth", "Supplies & Materials", ("d", ["2026-02-10", "2026-03-10"]), (-210, -75), R("WURTH ESPAÑA SA", "FRA {n10}"), keys={"mref": "W########", "ci": ESCI})
b.c("Ferretería Delicias", "Supplies & Materials", ("r", 1), (-60, -12), TJ.replace("{m}", "FERRETERIA DELICIAS MADRID"), card=True)
b.c("Hilti", "Equipment", ("d", ["2026-03-18"]), -1042.95, TJ.replace("{m}", "HILTI STORE MADRID SUR MADRID"), card=True)
b.c("Instalaciones Eléctricas Prieto", "Professional Services", ("d", ["2026-03-12", "2026-04-24"]), (-1800, -650),
    TE.replace("{n}", "INSTALACIONES ELECTRICAS PRIETO SL").replace("{v}", "FRA {n3}/26 OBRA"))
b.c("Rubén Castaño Gil", "Professional Services", ("d", ["2026-02-27", "2026-03-27"]), (-1400, -900),
    TE.replace("{n}", "CASTAÑO GIL RUBEN").replace("{v}", "FRA {n2} ESCAYOLA"))
b.c("Gestoría Arganzuela", "Professional Services", ("m", 5, [1, 2]), -145.20, R("GESTORIA ARGANZUELA SL", "CUOTA MENSUAL {mon}"), keys={"mref": "GA####", "ci": ESCI})
b.c("Patrimonios Manzanares", "Rent", ("m", 1), -1210.00, TE.replace("{n}", "PATRIMONIOS MANZANARES SL").replace("{v}", "ALQUILER NAVE {mon}"))
b.c("Endesa", "Utilities", ("m", 9, [0, 2]), (-190, -120), R("ENDESA ENERGIA SAU", "FACTURA LUZ {k[c]}"), keys={"mref": "ES##########", "ci": lambda: "ES27000A81948077", "c": "##########"})
b.c("Canal de Isabel II", "Utilities", ("d", ["2026-03-20"]), -64.18, R("CANAL DE ISABEL II SA", "AGUA CONTRATO {k[c]}"), keys={"mref": "CYII#########", "ci": ESCI, "c": "#########"})
b.c("Digi", "Utilities", ("m", 2, [0, 1]), -35.00, R("DIGI SPAIN TELECOM SLU", "FACTURA {n10}"), keys={"mref": "DIGI########", "ci": ESCI})
for nm, ent in [("GOMEZ PARDO ALEJANDRO", "Alejandro Gómez Pardo"), ("TORRES MEJIA IVAN", "Iván Torres Mejía")]:
    b.c(ent, "Salaries & Payroll", ("last",), (-1890, -1640), "TRANSF NOMINA /" + nm + " NOMINA {mon}")
b.c("TGSS", "Salaries & Payroll", ("last",), (-1360, -1280), "SEG. SOCIAL /TGSS COTIZACION {pmm} CCC {s[ccc]}")
b.c("AEAT", "Salaries & Payroll", ("d", ["2026-04-20"]), -1124.37, "IMPUESTOS /AEAT MOD.111 1T 2026 NRC {n22}")
b.c("AEAT", "Taxes", ("d", ["2026-04-20"]), -4870.12, "IMPUESTOS /AEAT MOD.303 1T 2026 NRC {n22}")
b.c("AEAT", "Taxes", ("d", ["2026-04-20"]), -1615.00, "IMPUESTOS /AEAT MOD.202 1P 2026 NRC {n22}")
b.c("Ayuntamiento de Madrid", "Taxes", ("d", ["2026-03-05"]), -312.40, "PAGO TRIBUTOS /AYUNTAMIENTO DE MADRID ICIO AUTOLIQ. {n13}")
b.c("Mutua Madrileña", "Insurance", ("d", ["2026-02-02"]), -62.75, R("MUTUA MADRILEÑA AUTOMOVILISTA", "POLIZA {k[c]} MENSUAL"), keys={"mref": "MM#########", "ci": ESCI, "c": "#########"})
b.c("AXA", "Insurance", ("d", ["2026-04-01"]), -286.40, R("AXA SEGUROS GENERALES SA", "RC PROFESIONAL POL {k[c]} 2T"), keys={"mref": "AXA########", "ci": ESCI, "c": "##########"})
b.c("Santander Consumer Finance", "Loan Repayment", ("m", 5), -412.88, R("SANTANDER CONSUMER FINANCE SA", "CUOTA {k[c]} FURGONETA"), keys={"mref": "SCF##########", "ci": ESCI, "c": "############"})
b.c("Holded", "Software & Subscriptions", ("m", 14, [0, 1]), -35.09, TJ.replace("{m}", "HOLDED TECHNOLOGIES BARCELONA"), card=True)
b.c("Habitissimo", "Marketing & Advertising", ("m", 8, [0, 2]), -89.00, TJ.replace("{m}", "HABITISSIMO PALMA"), card=True)
b.c("Google", "Marketing & Advertising", ("r", 1), (-120, -40), TJ.replace("{m}", "GOOGLE*ADS{n10} DUBLIN"), card=True)
b.c("Repsol", "Travel", ("r", 2), (-95, -55), TJ.replace("{m}", "E.S. REPSOL MENDEZ ALVARO MADRID"), card=True)
b.c("Telpark", "Travel", ("r", 1), (-18, -4), TJ.replace("{m}", "TELPARK MADRID"), card=True)
b.c("Bar El Tostadero", "Meals & Entertainment", ("r", 2), (-48, -22), TJ.replace("{m}", "BAR EL TOSTADERO MADRID"), card=True)
b.c("", "Loan Repayment", ("d", ["2026-02-25", "2026-03-25", "2026-04-27"]), -318.60, "LIQUIDACION PRESTAMO {s[pres]}")
b.c("", "Internal Transfer", ("r", 1), -300.00, "REINT. CAJERO {pd:%d/%m/%Y} BANKINTER PASEO DELICIAS *{card}", card=True)
b.c("", "Bank Fees", ("last",), -15.00, "COMISION MANTENIMIENTO CUENTA")


# =====================================================================================
def main() -> None:
    rows = []
    for bz in BUSINESSES:
        rows += bz.rows()
    out = Path(__file__).with_name("labelled_transactions_15.csv")
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "business", "date", "amount", "description", "entity", "category"])
        w.writerows(rows)
    print(f"{out.name}: {len(rows)} rows")
    print("rows per business:")
    for k, v in Counter(r[1] for r in rows).items():
        print(f"  {k:24s} {v}")
    print("rows per category:")
    for k, v in Counter(r[6] for r in rows).most_common():
        print(f"  {k:28s} {v}")
    n_in = sum(float(r[3]) > 0 for r in rows)
    print(f"money in {n_in}, money out {len(rows) - n_in}")
    ents = Counter(r[5] for r in rows if r[5])
    print(f"distinct entities {len(ents)}; rows without entity {sum(1 for r in rows if not r[5])}")
    shared = sorted(e for e in ents if len({r[1] for r in rows if r[5] == e}) > 1)
    print(f"entities at more than one business: {', '.join(shared) or '-'}")
    print(f"entities occurring once: {sum(1 for v in ents.values() if v == 1)}")


if __name__ == "__main__":
    main()
