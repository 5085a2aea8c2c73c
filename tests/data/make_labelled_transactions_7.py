#!/usr/bin/env python3
"""Generate ``labelled_transactions_7.csv``: the seventh, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-6 uses: Comerica, Axos Bank and
Relay (US); TSB Business and Mettle (UK); Volksbank Freiburg (Germany), Banco BPM (Italy) and
Bank of Ireland (Ireland). Written blind: its author read only ``README.md``, the first three
lines of ``labelled_transactions_6.csv`` and the first ~60 lines of
``make_labelled_transactions_6.py`` (format, helper style, start of the category list), not
CashPilot's code, vendor lists or rules, nor the earlier rows or the rest of the generators.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's export layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates,
creditor ids, customer / policy numbers, counterparty IBANs, ACH company ids) are drawn once
per counterparty from a second fixed-seed generator and kept in the counterparty's ``keep``
dict. Labels follow the ``entity`` and ``category`` conventions in ``README.md``.

Template placeholders:
  ``{d:N}`` random digits, ``{X:N}`` upper-case alphanumerics, ``{A:N}`` letters, ``{x:N}``
  lower-case hex, ``{r:LO-HI}`` a random integer, ``{a|b}`` pick one, ``{card}`` one of the
  business's cards (last four digits), ``{inv}`` a customer invoice number, ``{amt}`` /
  ``{amt_c}`` / ``{amt_eu}`` the absolute amount (``1234.56`` / ``1234,56`` / ``1.234,56``),
  and any key of the counterparty's ``keep`` dict or the business's ``consts``.
  Dates (card lines: the purchase date, 0-2 banking days before posting; other lines: the
  posting date): ``{mm/dd}`` ``{mmdd}`` ``{mm/dd/yy}`` ``{dd/mm}`` ``{dd/mm/yy}``
  ``{dd/mm/yyyy}`` ``{dd.mm}`` ``{dd.mm.yy}`` ``{dd.mm.yyyy}`` ``{ddMON}`` ``{ddMONyy}``
  ``{dd-mm-yyyy}`` ``{iso}`` ``{isots}`` ``{hh:mm}`` ``{hh:mm:ss}`` ``{hhmm}``; a ``P`` in
  front (``{Pdd.mm}``) forces the posting date. Month words of the posting month:
  ``{MON}`` ``{Mon}`` ``{mm}`` ``{yyyy}`` ``{yy}`` ``{monat}`` ``{mese}``, with a ``p`` in front
  for the previous month (``{pMON}``, ``{pmm}``, ``{pyyyy}``, ``{pmonat}``, ``{pmese}``).

Schedules: ``("monthly", day[, k])`` (moved to the next banking day; with ``k`` only the last
``k`` months), ``("lastbd",)``, ``("semi",)`` (15th or the banking day before, and the last
banking day), ``("n", count)`` (random banking days), ``("dates", [...])`` (explicit ISO dates,
moved to the next banking day; with ``amounts=[...]`` for paired own-account transfers).

Usage: python make_labelled_transactions_7.py   (writes the CSV next to it and prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 7_2026_0501
KEEP_SEED = 7_2026_0502
OUT = Path(__file__).with_name("labelled_transactions_7.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Internal Transfer", "Owner Draw / Contribution", "Other Expense",
}

rng = random.Random(SEED)
krng = random.Random(KEEP_SEED)

# ---------------------------------------------------------------------------------------------
# calendars

HOLIDAYS = {
    "US": {"2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11",
           "2025-11-27", "2025-12-25", "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25",
           "2026-06-19", "2026-07-03"},
    "UK": {"2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26", "2026-01-01",
           "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31"},
    "DE": {"2025-05-29", "2025-06-09", "2025-06-19", "2025-10-03", "2025-12-24", "2025-12-25",
           "2025-12-26", "2025-12-31", "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06",
           "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04"},
    "IT": {"2025-06-02", "2025-08-15", "2025-12-08", "2025-12-24", "2025-12-25", "2025-12-26",
           "2025-12-31", "2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01",
           "2026-06-02"},
    "IE": {"2025-06-02", "2025-08-04", "2025-10-27", "2025-12-25", "2025-12-26", "2026-01-01",
           "2026-02-02", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-06-01"},
}


def is_bd(d: dt.date, cal: str) -> bool:
    if d.weekday() >= 5 or d.isoformat() in HOLIDAYS[cal]:
        return False
    return not (d.month == 1 and d.day == 1) and not (d.month == 12 and d.day == 25)


def next_bd(d: dt.date, cal: str) -> dt.date:
    while not is_bd(d, cal):
        d += dt.timedelta(days=1)
    return d


def prev_bd(d: dt.date, cal: str) -> dt.date:
    while not is_bd(d, cal):
        d -= dt.timedelta(days=1)
    return d


def minus_bd(d: dt.date, n: int, cal: str) -> dt.date:
    for _ in range(n):
        d = prev_bd(d - dt.timedelta(days=1), cal)
    return d


def last_bd(y: int, m: int, cal: str) -> dt.date:
    return prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1]), cal)


# ---------------------------------------------------------------------------------------------
# identifiers with valid check digits

def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    check = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def creditor_id(cc: str, nat: str) -> str:
    check = 98 - _num(nat + cc + "00") % 97
    return f"{cc}{check:02d}ZZZ{nat}"


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
            24, 23]


def it_iban(abi: str, cab: str, conto: str) -> str:
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return iban("IT", chr(65 + tot % 26) + s)


def rd(n: int, r: random.Random) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def de_iban(r: random.Random, blz: str | None = None) -> str:
    return iban("DE", (blz or r.choice(["68090000", "68050101", "66010075", "68020020",
                                        "67250020", "68092000"])) + rd(10, r))


def ie_iban(r: random.Random, bic: str | None = None) -> str:
    bic = bic or r.choice(["AIBK", "BOFI", "IPBS", "ULSB"])
    sort = {"AIBK": "93", "BOFI": "90", "IPBS": "99", "ULSB": "98"}[bic] + rd(4, r)
    return iban("IE", bic + sort + rd(8, r))


def it_iban_r(r: random.Random, abi: str | None = None) -> str:
    abi = abi or r.choice(["03069", "02008", "05034", "08315", "05387", "03111"])
    return it_iban(abi, rd(5, r), rd(12, r))


# ---------------------------------------------------------------------------------------------
# model

@dataclass
class CP:
    entity: str
    category: str
    sched: tuple
    amt: tuple              # (lo, hi[, step]) signed; positive = money in
    tpl: list
    keep: dict = field(default_factory=dict)
    card: bool = False
    local: bool = False     # a counterparty no generic vendor dictionary could know
    amounts: list | None = None


@dataclass
class Biz:
    bid: str
    region: str
    cal: str
    months: list            # [(y, m), ...]
    bank: str
    cards: list
    cps: list
    consts: dict = field(default_factory=dict)
    invno: int = 1000


MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_IT = ["GENNAIO", "FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO", "AGOSTO",
             "SETTEMBRE", "OTTOBRE", "NOVEMBRE", "DICEMBRE"]


def expand_keep(v: str) -> str:
    def sub(m):
        k = m.group(1)
        if k.startswith("d:"):
            return rd(int(k[2:]), krng)
        if k.startswith("X:"):
            return "".join(krng.choice(string.ascii_uppercase + string.digits)
                           for _ in range(int(k[2:])))
        if k.startswith("A:"):
            return "".join(krng.choice(string.ascii_uppercase) for _ in range(int(k[2:])))
        if k == "DEIBAN":
            return de_iban(krng)
        if k == "IEIBAN":
            return ie_iban(krng)
        if k == "ITIBAN":
            return it_iban_r(krng)
        if k == "NLIBAN":
            return iban("NL", "INGB0" + rd(9, krng))
        if k == "LUIBAN":
            return iban("LU", rd(3, krng) + rd(13, krng))
        raise KeyError(k)
    return re.sub(r"\{([^{}]+)\}", sub, v)


def fmt_amt(a: float, style: str) -> str:
    s = f"{abs(a):.2f}"
    if style == "c":
        return s.replace(".", ",")
    if style == "eu":
        whole, dec = s.split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + dec
    return s


def render(t: str, cp: CP, biz: Biz, post: dt.date, txd: dt.date, amount: float,
           tm: dt.time) -> str:
    def prevm(d):
        return (d.replace(day=1) - dt.timedelta(days=1))

    def datetok(k, d):
        y2 = f"{d.year % 100:02d}"
        table = {
            "mm/dd": f"{d.month:02d}/{d.day:02d}", "mmdd": f"{d.month:02d}{d.day:02d}",
            "mm/dd/yy": f"{d.month:02d}/{d.day:02d}/{y2}", "dd/mm": f"{d.day:02d}/{d.month:02d}",
            "dd/mm/yy": f"{d.day:02d}/{d.month:02d}/{y2}",
            "dd/mm/yyyy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dd.mm": f"{d.day:02d}.{d.month:02d}", "dd.mm.yy": f"{d.day:02d}.{d.month:02d}.{y2}",
            "dd.mm.yyyy": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "ddMON": f"{d.day:02d}{MONTHS_EN[d.month - 1]}",
            "ddMONyy": f"{d.day:02d}{MONTHS_EN[d.month - 1]}{y2}",
            "dd-mm-yyyy": f"{d.day:02d}-{d.month:02d}-{d.year}", "iso": d.isoformat(),
            "yymmdd": f"{y2}{d.month:02d}{d.day:02d}", "yyyymmdd": d.strftime("%Y%m%d"),
            "isots": f"{d.isoformat()}T{tm.strftime('%H:%M:%S')}",
            "hh:mm": tm.strftime("%H:%M"), "hh:mm:ss": tm.strftime("%H:%M:%S"),
            "hhmm": tm.strftime("%H%M"),
        }
        return table.get(k)

    def monthtok(k, d):
        table = {"MON": MONTHS_EN[d.month - 1], "Mon": MONTHS_EN[d.month - 1].title(),
                 "mm": f"{d.month:02d}", "yyyy": str(d.year), "yy": f"{d.year % 100:02d}",
                 "monat": MONTHS_DE[d.month - 1], "mese": MONTHS_IT[d.month - 1]}
        return table.get(k)

    def sub(m):
        k = m.group(1)
        if k in cp.keep:
            return cp.keep[k]
        if k in biz.consts:
            return biz.consts[k]
        if k.startswith("d:"):
            return rd(int(k[2:]), rng)
        if k.startswith("X:"):
            return "".join(rng.choice(string.ascii_uppercase + string.digits)
                           for _ in range(int(k[2:])))
        if k.startswith("A:"):
            return "".join(rng.choice(string.ascii_uppercase) for _ in range(int(k[2:])))
        if k.startswith("x:"):
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(k[2:])))
        if k.startswith("r:"):
            lo, hi = k[2:].split("-")
            return str(rng.randint(int(lo), int(hi)))
        if "|" in k:
            return rng.choice(k.split("|"))
        if k == "card":
            return rng.choice(biz.cards)
        if k == "inv":
            biz.invno += rng.randint(1, 4)
            return str(biz.invno)
        if k == "amt":
            return fmt_amt(amount, "")
        if k == "amt_c":
            return fmt_amt(amount, "c")
        if k == "amt_eu":
            return fmt_amt(amount, "eu")
        if k.startswith("P") and datetok(k[1:], post) is not None:
            return datetok(k[1:], post)
        if datetok(k, txd) is not None:
            return datetok(k, txd)
        if k.startswith("p") and monthtok(k[1:], prevm(post)) is not None:
            return monthtok(k[1:], prevm(post))
        if monthtok(k, post) is not None:
            return monthtok(k, post)
        raise KeyError(f"{biz.bid}/{cp.entity}: unknown placeholder {k}")
    return re.sub(r"\{([^{}]+)\}", sub, t)


def schedule(cp: CP, biz: Biz) -> list:
    kind = cp.sched[0]
    cal = biz.cal
    out = []
    if kind == "monthly":
        day = cp.sched[1]
        months = biz.months[-cp.sched[2]:] if len(cp.sched) > 2 else biz.months
        for y, m in months:
            out.append(next_bd(dt.date(y, m, min(day, calendar.monthrange(y, m)[1])), cal))
    elif kind == "lastbd":
        months = biz.months[-cp.sched[1]:] if len(cp.sched) > 1 else biz.months
        out = [last_bd(y, m, cal) for y, m in months]
    elif kind == "semi":
        for y, m in biz.months:
            out += [prev_bd(dt.date(y, m, 15), cal), last_bd(y, m, cal)]
    elif kind == "n":
        (y0, m0), (y1, m1) = biz.months[0], biz.months[-1]
        start = dt.date(y0, m0, 1)
        end = dt.date(y1, m1, calendar.monthrange(y1, m1)[1])
        days = [start + dt.timedelta(i) for i in range((end - start).days + 1)]
        days = [d for d in days if is_bd(d, cal)]
        out = sorted(rng.sample(days, cp.sched[1]))
    elif kind == "dates":
        out = [next_bd(dt.date.fromisoformat(s), cal) for s in cp.sched[1]]
    else:
        raise ValueError(kind)
    # a posting date must stay inside the business's months (a month-end date moved forward
    # into the next month is moved back instead)
    last = biz.months[-1]
    fixed = []
    for d in out:
        if (d.year, d.month) > last:
            d = prev_bd(d - dt.timedelta(days=3), cal)
        fixed.append(d)
    return fixed


def draw_amount(cp: CP) -> float:
    lo, hi = cp.amt[0], cp.amt[1]
    step = cp.amt[2] if len(cp.amt) > 2 else 0.01
    if lo == hi:
        return round(lo, 2)
    a, b = sorted((lo, hi))
    v = rng.uniform(a, b)
    v = round(round(v / step) * step, 2)
    return v if v != 0 else round(a, 2)


def build(biz: Biz) -> list:
    rows = []
    for cp in biz.cps:
        assert cp.category in CATEGORIES, (biz.bid, cp.entity, cp.category)
        dates = schedule(cp, biz)
        for i, post in enumerate(dates):
            amount = cp.amounts[i] if cp.amounts else draw_amount(cp)
            txd = minus_bd(post, rng.choice([0, 1, 1, 2]), biz.cal) if cp.card else post
            if cp.card and txd.weekday() < 5 and rng.random() < 0.25:
                # purchases also happen at weekends; the card line still posts on a banking day
                wk = txd - dt.timedelta(days=txd.weekday() + 1)   # the Sunday before
                if (post - wk).days <= 3:
                    txd = wk
            tm = dt.time(rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59))
            desc = render(rng.choice(cp.tpl), cp, biz, post, txd, amount, tm)
            rows.append((post, amount, desc, cp))
    return rows


# =============================================================================================
# US: Comerica Bank, Detroit. Motor City Signworks LLC (sign maker: vinyl, panels, LED signs,
# installation). Upper case; card lines `CARD PURCH mm/dd <merchant> <city> <st> XXXXnnnn SEQ`,
# pre-authorised ACH `PREAUTHORIZED DEBIT|ACH CREDIT <16-character company> <entry> <ind id>
# CO ID`, `WEB BILL PAYMENT`, `ZELLE PAYMENT TO|FROM`, `WIRE TRANSFER CREDIT ORIG: ... OBI:`.

def us_sign_shop() -> Biz:
    K = CP
    wires = ["2025-09-18", "2025-11-06"]
    cps = [
        # ---- money in: the shop sells signs it makes, so customer invoices are Sales Revenue
        K("Square", "Sales Revenue", ("n", 5), (180, 1450),
          ["ACH CREDIT SQUARE INC     SQ{Pyymmdd} L2{X:9} CO ID 9424300002"]),
        K("Rivertown Dental Group", "Sales Revenue", ("n", 2), (1850, 6400),
          ["ACH CREDIT RIVERTOWN DENTAL VENDOR PAY {cust} CO ID {coid}"],
          keep={"cust": "{d:9}", "coid": "1{d:9}"}, local=True),
        K("Woodward Realty Partners", "Sales Revenue", ("dates", wires), (7800, 14500),
          ["WIRE TRANSFER CREDIT ORIG: WOODWARD REALTY PARTNERS LLC OBI: INV {inv} MONUMENT SIGN "
           "REF {d:8} IMAD {Pyyyymmdd}MMQFMP{X:2}{d:6}"], local=True),
        K("Detroit Public Schools Community District", "Sales Revenue", ("n", 2), (2200, 5200),
          ["ACH CREDIT DETROIT PUBLIC SC AP PAYMENT {d:10} CO ID {coid}"],
          keep={"coid": "3{d:9}"}),
        K("Grand River Tacos", "Sales Revenue", ("n", 2), (420, 1900),
          ["ZELLE PAYMENT FROM GRAND RIVER TACOS LLC CONF {X:10}"], local=True),
        K("Brush Park Property Management", "Sales Revenue", ("n", 2), (960, 3800),
          ["ACH CREDIT BILL.COM PAYABLES BRUSH PARK PROPER {X:3}{d:12} CO ID 1010447852"],
          local=True),
        K("", "Sales Revenue", ("n", 2), (350, 2600),
          ["MOBILE DEPOSIT REF# {d:10}"]),
        K("Amazon", "Refunds", ("n", 1), (38, 140),
          ["CARD CREDIT {mm/dd} AMAZON MKTPLACE PMTS AMZN.COM/BILL WA XXXX{card} SEQ {d:6}"],
          card=True),
        # ---- materials for the signs (Cost of Goods Sold)
        K("Grimco", "Cost of Goods Sold", ("n", 2), (-1450, -320),
          ["CARD PURCH {mm/dd} GRIMCO INC 800-444-4745 MO XXXX{card} SEQ {d:6}"], card=True),
        K("N. Glantz & Son", "Cost of Goods Sold", ("n", 2), (-2900, -640),
          ["PREAUTHORIZED DEBIT N GLANTZ & SON INV PMT {d:8} CO ID {coid}"],
          keep={"coid": "1{d:9}"}),
        K("SignWarehouse", "Cost of Goods Sold", ("n", 2), (-420, -95),
          ["CARD PURCH {mm/dd} SIGNWAREHOUSE.COM 800-899-3150 TX XXXX{card} SEQ {d:6}"],
          card=True),
        K("Roland DGA", "Cost of Goods Sold", ("n", 1), (-690, -310),
          ["CARD PURCH {mm/dd} ROLANDDGA.COM SHOP IRVINE CA XXXX{card} SEQ {d:6}"], card=True),
        K("Roland DGA", "Equipment", ("n", 1), (-1850, -1200),
          ["CARD PURCH {mm/dd} ROLAND DGA CORP SVC IRVINE CA XXXX{card} SEQ {d:6}"], card=True),
        K("UPS", "Cost of Goods Sold", ("n", 1), (-140, -48),
          ["CARD PURCH {mm/dd} UPS*1ZE{X:13} 800-811-1648 GA XXXX{card} SEQ {d:6}"], card=True),
        # ---- shop supplies, vehicle, equipment hire
        K("Home Depot", "Supplies & Materials", ("n", 2), (-260, -35),
          ["CARD PURCH {mm/dd} THE HOME DEPOT #2710 DETROIT MI XXXX{card} SEQ {d:6}"],
          card=True),
        K("Amazon", "Supplies & Materials", ("n", 2), (-190, -24),
          ["CARD PURCH {mm/dd} AMAZON MKTPL*{X:9} AMZN.COM/BILL WA XXXX{card} SEQ {d:6}"],
          card=True),
        K("Speedway", "Travel", ("n", 2), (-96, -48),
          ["CARD PURCH {mm/dd} SPEEDWAY 08812 DETROIT MI XXXX{card} SEQ {d:6}"], card=True),
        K("United Rentals", "Equipment", ("n", 1), (-980, -540),
          ["CARD PURCH {mm/dd} UNITED RENTALS #B12 ROMULUS MI XXXX{card} SEQ {d:6}"],
          card=True),
        # ---- premises, utilities, insurance
        K("Milwaukee Junction Properties", "Rent", ("monthly", 1), (-3250, -3250),
          ["WEB BILL PAYMENT MILWAUKEE JUNCTION PROP CONF# {d:9}"], local=True),
        K("DTE Energy", "Utilities", ("monthly", 14), (-640, -380),
          ["PREAUTHORIZED DEBIT DTE ENERGY DTE PAYMNT {acct} CO ID 1380342740"],
          keep={"acct": "{d:12}"}),
        K("Comcast", "Utilities", ("monthly", 8, 2), (-189.9, -189.9),
          ["PREAUTHORIZED DEBIT COMCAST BUSINE PAYMENT {acct} CO ID 0000431285"],
          keep={"acct": "8529{d:12}"}),
        K("Verizon", "Utilities", ("monthly", 22, 2), (-214, -176),
          ["PREAUTHORIZED DEBIT VERIZON WIRELES PAYMENTS {d:10} CO ID 2223344556"]),
        K("Hanover Insurance", "Insurance", ("monthly", 5, 2), (-412.33, -412.33),
          ["PREAUTHORIZED DEBIT HANOVER INS GRP INS PREM {pol} CO ID 1042269325"],
          keep={"pol": "Z{X:2}{d:7}"}),
        # ---- software, marketing
        K("Adobe", "Software & Subscriptions", ("monthly", 9), (-89.99, -89.99),
          ["RECURRING CARD PURCH {mm/dd} ADOBE *CREATIVE CLD 408-536-6000 CA XXXX{card}"],
          card=True),
        K("SAi", "Software & Subscriptions", ("monthly", 17, 2), (-79.0, -79.0),
          ["RECURRING CARD PURCH {mm/dd} SAI*FLEXI SUBSCRIPTN 801-478-1000 UT XXXX{card}"],
          card=True),
        K("Intuit", "Software & Subscriptions", ("monthly", 3, 2), (-99.0, -99.0),
          ["RECURRING CARD PURCH {mm/dd} INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA XXXX{card}"],
          card=True),
        K("Google", "Marketing & Advertising", ("n", 1), (-250, -150),
          ["CARD PURCH {mm/dd} GOOGLE *ADS{d:10} CC@GOOGLE.COM CA XXXX{card} SEQ {d:6}"],
          card=True),
        K("Meta", "Marketing & Advertising", ("n", 1), (-120, -60),
          ["CARD PURCH {mm/dd} FACEBK *{X:10} FB.ME/ADS CA XXXX{card} SEQ {d:6}"], card=True),
        K("Lafayette Coney Island", "Meals & Entertainment", ("n", 1), (-48, -22),
          ["CARD PURCH {mm/dd} LAFAYETTE CONEY ISLAND DETROIT MI XXXX{card} SEQ {d:6}"],
          card=True),
        # ---- payroll (Rippling), taxes
        K("Rippling", "Salaries & Payroll", ("semi",), (-9800, -7600),
          ["PREAUTHORIZED DEBIT RIPPLING PAYROLL {d:15} CO ID 1815234975"]),
        K("Rippling", "Salaries & Payroll", ("lastbd", 2), (-3900, -3100),
          ["PREAUTHORIZED DEBIT RIPPLING TAX {d:15} CO ID 1815234975"]),
        K("Rippling", "Software & Subscriptions", ("monthly", 5, 2), (-128, -128),
          ["PREAUTHORIZED DEBIT RIPPLING FEES {d:15} CO ID 1815234975"]),
        K("Michigan Department of Treasury", "Taxes", ("monthly", 20), (-1900, -850),
          ["PREAUTHORIZED DEBIT STATE OF MICH TREAS SALES TAX {acct} CO ID 1386000134"],
          keep={"acct": "{d:10}"}),
        K("City of Detroit", "Taxes", ("n", 1), (-245, -120),
          ["CARD PURCH {mm/dd} CITY OF DETROIT BSEED PERMIT DETROIT MI XXXX{card} SEQ {d:6}"],
          card=True),
        # ---- people and firms
        K("Harwell Tax & Accounting", "Professional Services", ("n", 2), (-650, -350),
          ["WEB BILL PAYMENT HARWELL TAX & ACCOUNTIN CONF# {d:9}"], local=True),
        K("Marcus Reed", "Professional Services", ("n", 2), (-900, -450, 25),
          ["ZELLE PAYMENT TO MARCUS REED CONF {X:10}"], local=True),
        K("Darnell Hayes", "Owner Draw / Contribution", ("n", 2), (-3000, -1500, 250),
          ["ZELLE PAYMENT TO DARNELL HAYES CONF {X:10}"], local=True),
        # ---- financing, own accounts, bank
        K("", "Loan Repayment", ("monthly", 10), (-1284.6, -1284.6),
          ["LOAN PAYMENT COMERICA NOTE {note}"], keep={"note": "00{d:8}"}),
        K("Ascentium Capital", "Loan Repayment", ("monthly", 15, 2), (-688.14, -688.14),
          ["PREAUTHORIZED DEBIT ASCENTIUM CAPIT LEASE PMT {d:8} CO ID 7612345882"]),
        K("", "Internal Transfer", ("monthly", 25, 2), (-2400, -900),
          ["COMERICA COMMERCIAL CARD PMT XXXX{cc}"], keep={"cc": "{d:4}"}),
        K("", "Bank Fees", ("monthly", 2), (-64, -38),
          ["COMERICA BUSINESS CHECKING SVC CHG {pMON} {pyyyy}"]),
        K("", "Bank Fees", ("dates", wires), (-15, -15),
          ["INCOMING WIRE FEE REF {d:8}"]),
        K("", "Internal Transfer", ("n", 1), (-300, -200, 20),
          ["ATM WITHDRAWAL {d:4} 3011 W GRAND BLVD DETROIT MI XXXX{card}"]),
    ]
    return Biz("us-sign-shop", "US", "US", [(2025, 9), (2025, 10), (2025, 11)],
               "Comerica", ["4417", "9023"], cps)


# =============================================================================================
# US: Axos Bank (online), San Diego. Coastline Mobile Detailing LLC. Mixed case: `Visa Debit
# Purchase mm/dd <merchant> <city> CA Card xnnnn`, `ACH Debit|ACH Credit <company> <entry>
# <id>`, `Zelle Transfer Conf# ... to|from`, `Bill Pay`, `Mobile Deposit`, ATM fee rebate,
# interest.

def us_mobile_detailing() -> Biz:
    K = CP
    cps = [
        K("Square", "Sales Revenue", ("n", 10), (240, 1350),
          ["ACH Credit SQUARE INC SQ{Pyymmdd} L20{X:8} 9424300002"]),
        K("Stripe", "Sales Revenue", ("n", 3), (180, 720),
          ["ACH Credit STRIPE TRANSFER ST-{X:12} 4270465600"]),
        K("Pacific Coast Fleet Rentals", "Service Income", ("n", 2), (1400, 2900),
          ["ACH Credit PACIFIC COAST FLE VENDORPMT {d:10} 1{coid}"],
          keep={"coid": "{d:9}"}, local=True),
        K("Harborview Motors", "Service Income", ("n", 2), (650, 1800),
          ["ACH Credit HARBORVIEW MOTOR AP PMT {d:8} 3{coid}"],
          keep={"coid": "{d:9}"}, local=True),
        K("Jessica Tran", "Service Income", ("n", 1), (180, 320),
          ["Zelle Transfer Conf# {x:9} from Jessica Tran"], local=True),
        K("Brian Okafor", "Service Income", ("n", 1), (240, 450),
          ["Zelle Transfer Conf# {x:9} from BRIAN OKAFOR"], local=True),
        K("", "Service Income", ("n", 2), (220, 900),
          ["Mobile Deposit Ref {d:9}"]),
        K("", "Interest", ("lastbd",), (1.2, 6.8), ["Interest Payment"]),
        K("", "Bank Fees", ("n", 1), (3.0, 3.5), ["Domestic ATM Fee Rebate"]),
        K("Chemical Guys", "Refunds", ("n", 1), (24, 60),
          ["Visa Debit Return {mm/dd} CHEMICAL GUYS #0021 SAN DIEGO CA Card x{card}"], card=True),
        # ---- detailing chemicals, towels, small tools (consumed, not resold)
        K("Chemical Guys", "Supplies & Materials", ("n", 3), (-260, -45),
          ["Visa Debit Purchase {mm/dd} CHEMICAL GUYS #0021 SAN DIEGO CA Card x{card}"],
          card=True),
        K("Detailed Image", "Supplies & Materials", ("n", 2), (-310, -90),
          ["Visa Debit Purchase {mm/dd} DETAILEDIMAGE.COM 800-219-4830 MN Card x{card}"],
          card=True),
        K("AutoZone", "Supplies & Materials", ("n", 2), (-85, -18),
          ["Visa Debit Purchase {mm/dd} AUTOZONE #5517 SAN DIEGO CA Card x{card}"], card=True),
        K("Costco", "Supplies & Materials", ("n", 1), (-240, -90),
          ["Visa Debit Purchase {mm/dd} COSTCO WHSE #0401 SAN DIEGO CA Card x{card}"],
          card=True),
        K("Harbor Freight", "Equipment", ("n", 1), (-480, -320),
          ["Visa Debit Purchase {mm/dd} HARBOR FREIGHT TOOLS 5 CHULA VISTA CA Card x{card}"],
          card=True),
        K("Chevron", "Travel", ("n", 3), (-110, -62),
          ["Visa Debit Purchase {mm/dd} CHEVRON 0306817 SAN DIEGO CA Card x{card}"], card=True),
        K("ARCO", "Travel", ("n", 2), (-95, -55),
          ["Visa Debit Purchase {mm/dd} ARCO #42213 SAN DIEGO CA Card x{card}"], card=True),
        K("Jack in the Box", "Meals & Entertainment", ("n", 1), (-26, -11),
          ["Visa Debit Purchase {mm/dd} JACK IN THE BOX 3342 LA MESA CA Card x{card}"],
          card=True),
        # ---- van, insurance, storage, phone
        K("Toyota Financial Services", "Loan Repayment", ("monthly", 12), (-742.18, -742.18),
          ["ACH Debit TOYOTA MOTOR CRE TMCC PYMT {acct} 9520130113"], keep={"acct": "{d:10}"}),
        K("Progressive", "Insurance", ("monthly", 3), (-318.5, -318.5),
          ["ACH Debit PROGRESSIVE INS INS PREM {pol} 9000502141"], keep={"pol": "{d:9}"}),
        K("Next Insurance", "Insurance", ("monthly", 19, 2), (-64.25, -64.25),
          ["ACH Debit NEXT INSURANCE PREMIUM NXTR{X:8} 1473984200"]),
        K("Public Storage", "Rent", ("monthly", 1), (-289, -289),
          ["ACH Debit PUBLIC STORAGE RENT {unit} 1953612345"], keep={"unit": "{d:5}-{d:4}"}),
        K("T-Mobile", "Utilities", ("monthly", 21), (-145, -132),
          ["ACH Debit T-MOBILE PCS SVC {acct} 9125125230"], keep={"acct": "{d:9}"}),
        # ---- software, marketing
        K("Urable", "Software & Subscriptions", ("monthly", 6), (-49, -49),
          ["Visa Debit Purchase {mm/dd} URABLE.COM 8558722531 DE Card x{card}"], card=True),
        K("Google", "Software & Subscriptions", ("monthly", 2, 2), (-14, -14),
          ["Visa Debit Purchase {mm/dd} GOOGLE *WORKSPACE_COASTL G.CO/HELPPAY# CA Card x{card}"],
          card=True),
        K("Google", "Marketing & Advertising", ("n", 2), (-180, -60),
          ["Visa Debit Purchase {mm/dd} GOOGLE *ADS{d:10} MOUNTAIN VIEW CA Card x{card}"],
          card=True),
        K("Yelp", "Marketing & Advertising", ("monthly", 10, 2), (-300, -300),
          ["Visa Debit Purchase {mm/dd} YELP INC*ADS 877-7679357 CA Card x{card}"], card=True),
        K("Nextdoor", "Marketing & Advertising", ("n", 1), (-75, -40),
          ["Visa Debit Purchase {mm/dd} NEXTDOOR*ADS 415-3445500 CA Card x{card}"], card=True),
        # ---- payroll, taxes
        K("Patriot Software", "Salaries & Payroll", ("semi",), (-2900, -1800),
          ["ACH Debit PATRIOT SOFTWAR PAYROLL {d:10} 1341935122"]),
        K("Patriot Software", "Salaries & Payroll", ("lastbd", 2), (-1200, -800),
          ["ACH Debit PATRIOT SOFTWAR TAXES {d:10} 1341935122"]),
        K("Patriot Software", "Software & Subscriptions", ("monthly", 4, 2), (-54, -54),
          ["ACH Debit PATRIOT SOFTWAR FEES {d:10} 1341935122"]),
        K("Franchise Tax Board", "Taxes", ("dates", ["2026-04-15"]), (-800, -800),
          ["ACH Debit FRANCHISE TAX BD LLC TAX {d:8} 1946002919"]),
        K("City of San Diego", "Taxes", ("n", 1), (-139, -125),
          ["Visa Debit Purchase {mm/dd} CITY OF SAN DIEGO BTC SAN DIEGO CA Card x{card}"],
          card=True),
        K("Seaside Bookkeeping", "Professional Services", ("monthly", 8, 2), (-275, -275),
          ["Bill Pay Seaside Bookkeeping Conf {d:10}"], local=True),
        K("Mateo Alvarez", "Owner Draw / Contribution", ("n", 3), (-2500, -1000, 100),
          ["Zelle Transfer Conf# {x:9} to Mateo Alvarez"], local=True),
        K("", "Internal Transfer", ("n", 2), (-200, -80, 20),
          ["ATM Withdrawal {d:6} 4210 CONVOY ST SAN DIEGO CA"]),
    ]
    return Biz("us-mobile-detailing", "US", "US", [(2026, 3), (2026, 4), (2026, 5)],
               "Axos Bank", ["7731"], cps)


# =============================================================================================
# US: Relay (online business banking), Asheville NC. Blue Ridge Wick & Co. LLC (hand-poured
# candles: own webshop, Etsy, Faire wholesale, craft fairs). Operating checking plus a Tax
# Reserve account (Profit First style); both appear in the set. Mixed case: `Debit card ••nnnn
# <merchant> mm/dd`, `ACH from <COMPANY>, <entry>, <id>`, `ACH debit by <COMPANY>, <entry>`,
# `ACH to <name>, <memo>`, `Relay transfer to|from <account> ••nnnn`, `Check deposit (mobile)`.

def us_candle_maker() -> Biz:
    K = CP
    tax_dates = ["2025-10-06", "2025-11-05", "2025-12-05"]
    tax_amts = [-1150.0, -1380.0, -2240.0]
    cps = [
        K("Shopify", "Sales Revenue", ("n", 8), (380, 2900),
          ["ACH from SHOPIFY INC, TRANSFER, ST-{X:12}",
           "ACH from SHOPIFY, PAYOUT, ST-{X:12}"]),
        K("Etsy", "Sales Revenue", ("n", 5), (150, 1400),
          ["ACH from ETSY INC, ETSY PAYMENTS, {d:10}"]),
        K("Faire", "Sales Revenue", ("n", 4), (480, 2100),
          ["ACH from FAIRE WHOLESALE INC, PAYOUT, FW{X:10}"]),
        K("Square", "Sales Revenue", ("n", 2), (320, 1450),
          ["ACH from SQUARE INC, SQ{Pyymmdd}, L2{X:9}"]),
        K("Haywood Road Mercantile", "Sales Revenue", ("n", 2), (380, 980),
          ["ACH from HAYWOOD ROAD MERCANTILE, VENDOR PMT, INV {inv}"], local=True),
        K("Chimney Rock Outfitters", "Sales Revenue", ("n", 2), (600, 1500),
          ["Domestic wire from CHIMNEY ROCK OUTFITTERS LLC, OBI INVOICE {inv}"], local=True),
        K("", "Sales Revenue", ("n", 2), (120, 640), ["Check deposit (mobile)"]),
        K("CandleScience", "Refunds", ("n", 1), (30, 90),
          ["Debit card ••{card} refund CANDLESCIENCE.COM 919-3385050 NC {mm/dd}"], card=True),
        # ---- wax, wicks, fragrance, jars, packaging, shipping of orders
        K("CandleScience", "Cost of Goods Sold", ("n", 4), (-1600, -240),
          ["Debit card ••{card} CANDLESCIENCE.COM 919-3385050 NC {mm/dd}"], card=True),
        K("Lone Star Candle Supply", "Cost of Goods Sold", ("n", 2), (-680, -150),
          ["Debit card ••{card} LONESTAR CANDLE SUP 817-9372737 TX {mm/dd}"], card=True),
        K("Berlin Packaging", "Cost of Goods Sold", ("n", 2), (-1900, -720),
          ["ACH debit by BERLIN PACKAGING, INV PMT, {d:9}"]),
        K("Uline", "Cost of Goods Sold", ("n", 2), (-420, -110),
          ["Debit card ••{card} ULINE *SHIP SUPPLIES 800-295-5510 WI {mm/dd}"], card=True),
        K("USPS", "Cost of Goods Sold", ("n", 3), (-310, -45),
          ["Debit card ••{card} USPS.COM CLICKNSHIP 800-344-7779 DC {mm/dd}"], card=True),
        # ---- subscriptions, marketing, fairs
        K("Shopify", "Software & Subscriptions", ("monthly", 11), (-105, -105),
          ["Debit card ••{card} SHOPIFY* {d:9} SHOPIFY.COM ON {mm/dd}"], card=True),
        K("Klaviyo", "Software & Subscriptions", ("monthly", 14, 2), (-60, -60),
          ["Debit card ••{card} KLAVIYO INC. SOFTWARE BOSTON MA {mm/dd}"], card=True),
        K("Meta", "Marketing & Advertising", ("n", 2), (-350, -90),
          ["Debit card ••{card} FACEBK *{X:10} FB.ME/ADS CA {mm/dd}"], card=True),
        K("Pinterest", "Marketing & Advertising", ("n", 2), (-150, -40),
          ["Debit card ••{card} PINTEREST ADS 415-7629160 CA {mm/dd}"], card=True),
        K("Blue Ridge Makers Fair", "Marketing & Advertising", ("n", 2), (-275, -150, 25),
          ["Debit card ••{card} SQ *BLUE RIDGE MAKERS F Asheville NC {mm/dd}"], card=True,
          local=True),
        # ---- studio, utilities, insurance
        K("Riverview Station Properties", "Rent", ("monthly", 1), (-1650, -1650),
          ["ACH to Riverview Station Properties, Studio 112 rent {Mon}"], local=True),
        K("Duke Energy", "Utilities", ("monthly", 18), (-210, -120),
          ["ACH debit by DUKE ENERGY CAROLINAS, BILL PAY, {acct}"], keep={"acct": "{d:11}"}),
        K("AT&T", "Utilities", ("monthly", 24, 2), (-85, -85),
          ["Debit card ••{card} ATT*BILL PAYMENT 800-288-2020 TX {mm/dd}"], card=True),
        K("The Hartford", "Insurance", ("monthly", 7, 2), (-96.4, -96.4),
          ["ACH debit by HARTFORD INSURANC, PREMIUM, {pol}"], keep={"pol": "{d:2}SBA{X:6}"}),
        # ---- payroll, people
        K("Gusto", "Salaries & Payroll", ("lastbd",), (-3600, -2400),
          ["ACH debit by GUSTO, NET {d:6}, {X:10}"]),
        K("Gusto", "Salaries & Payroll", ("lastbd", 2), (-820, -560),
          ["ACH debit by GUSTO, TAX {d:6}, {X:10}"]),
        K("Gusto", "Software & Subscriptions", ("monthly", 2, 2), (-58, -58),
          ["ACH debit by GUSTO, FEE {d:6}, {X:10}"]),
        K("Mountain Ledger Bookkeeping", "Professional Services", ("monthly", 9, 2),
          (-225, -225), ["ACH to Mountain Ledger Bookkeeping, {Mon} books"], local=True),
        K("Tessa Marlowe", "Professional Services", ("n", 1), (-450, -450),
          ["ACH to Tessa Marlowe, holiday product photos"], local=True),
        K("Caroline Whitfield", "Owner Draw / Contribution", ("n", 2), (-2500, -1200, 100),
          ["ACH to Caroline Whitfield, owner pay"], local=True),
        # ---- lender outside the bank, travel, bank
        K("Fundbox", "Financing", ("dates", ["2025-10-09"]), (6000, 6000),
          ["ACH from FUNDBOX INC, ADVANCE, {d:8}"]),
        K("Fundbox", "Loan Repayment", ("dates", ["2025-10-23", "2025-11-06", "2025-11-20",
                                                   "2025-12-04", "2025-12-18"]),
          (-532.4, -532.4), ["ACH debit by FUNDBOX INC, PAYMENT, {d:8}"]),
        K("Sheetz", "Travel", ("n", 2), (-60, -32),
          ["Debit card ••{card} SHEETZ 0512 ASHEVILLE NC {mm/dd}"], card=True),
        K("", "Bank Fees", ("monthly", 1), (-30, -30), ["Relay Pro plan fee"]),
        K("", "Internal Transfer", ("n", 1), (-200, -100, 20),
          ["ATM withdrawal ALLPOINT ASHEVILLE NC ••{card}"]),
        # ---- Tax Reserve account (second account of the same business)
        K("", "Internal Transfer", ("dates", tax_dates), (0, 0),
          ["Relay transfer to Tax Reserve ••5520"], amounts=tax_amts),
        K("", "Internal Transfer", ("dates", tax_dates), (0, 0),
          ["Relay transfer from Operating ••2294"], amounts=[-a for a in tax_amts]),
        K("North Carolina Department of Revenue", "Taxes", ("monthly", 20), (-2200, -1100),
          ["ACH debit by NC DEPT REVENUE, SALES&USE, {acct}"], keep={"acct": "{d:9}"}),
    ]
    return Biz("us-candle-maker", "US", "US", [(2025, 10), (2025, 11), (2025, 12)],
               "Relay", ["3306", "8814"], cps)


# =============================================================================================
# UK: TSB Business, Cardiff. Taff Print & Copy Ltd (print shop: flyers, banners, business
# cards, thesis binding). Upper case, type code in front, payee names cut at 18 characters:
# `DEB <merchant> <town> ON dd/mm CD nnnn`, `DD <payee> <ref>`, `SO`, `FPI <name> REF <ref>
# <sort code> ddMONyy`, `FPO <name> <ref> <16-digit id>`, `BGC`, `TFR`, `ATM`, `CSH`, `CHG`.

def uk_print_shop() -> Biz:
    K = CP
    sav = [("2025-07-28", -1500.0), ("2025-09-01", -2000.0)]
    cps = [
        # ---- money in: printed goods, so counter and trade sales are Sales Revenue
        K("Teya", "Sales Revenue", ("n", 8), (210, 1650),
          ["BGC TEYA SERVICES UK {X:10}", "BGC TEYA SERVICES LT SETTLEMENT {Pdd/mm}"]),
        K("Stripe", "Sales Revenue", ("n", 2), (90, 620),
          ["FPI STRIPE PAYMENTS UK REF STRIPE-{X:8} {d:6} {PddMONyy}"]),
        K("Cardiff Metropolitan University", "Sales Revenue", ("n", 2), (860, 2400),
          ["BGC CARDIFF MET UNI {d:8}/{inv}"]),
        K("Pontcanna Lettings", "Sales Revenue", ("n", 2), (180, 520),
          ["FPI PONTCANNA LETTING REF INV{inv} {d:6} {PddMONyy}"], local=True),
        K("Cathays Veterinary Centre", "Sales Revenue", ("n", 2), (140, 460),
          ["FPI CATHAYS VETERINAR REF TAFF INV {inv} {d:6} {PddMONyy}"], local=True),
        K("Crwys Road Brewing", "Sales Revenue", ("n", 2), (210, 780),
          ["FPI CRWYS ROAD BREWIN REF LABELS {inv} {d:6} {PddMONyy}"], local=True),
        K("", "Sales Revenue", ("n", 2), (160, 540),
          ["CSH CASH PAID IN CARDIFF QUEEN ST"]),
        K("Antalis", "Refunds", ("n", 1), (48, 210),
          ["FPI ANTALIS LTD REF CREDIT NOTE CN{d:6} {d:6} {PddMONyy}"]),
        # ---- paper, click charges, shipping of orders (Cost of Goods Sold)
        K("Antalis", "Cost of Goods Sold", ("n", 2), (-1400, -380),
          ["FPO ANTALIS LTD {acct} INV {d:7} {d:16}"], keep={"acct": "TAF{d:5}"}),
        K("Premier Paper Group", "Cost of Goods Sold", ("n", 2), (-760, -190),
          ["DD PREMIER PAPER GRO {acct}"], keep={"acct": "{d:7}"}),
        K("Xerox", "Cost of Goods Sold", ("monthly", 12), (-420, -160),
          ["DD XEROX (UK) LTD {acct}CLICK"], keep={"acct": "{d:8}"}),
        K("Parcel2Go", "Cost of Goods Sold", ("n", 2), (-85, -14),
          ["DEB PARCEL2GO.COM MANCHESTER ON {dd/mm} CD {card}"], card=True),
        # ---- equipment lease, supplies
        K("Grenke", "Equipment", ("monthly", 1), (-386.4, -386.4),
          ["DD GRENKE LEASING LT {acct}"], keep={"acct": "GL{d:8}"}),
        K("Viking", "Supplies & Materials", ("n", 2), (-140, -30),
          ["DEB VIKING DIRECT LEICESTER ON {dd/mm} CD {card}"], card=True),
        K("Amazon", "Supplies & Materials", ("n", 1), (-95, -12),
          ["DEB AMAZON.CO.UK*{X:9} AMAZON.CO.UK ON {dd/mm} CD {card}",
           "DEB AMZNMKTPLACE AMAZON.CO.UK ON {dd/mm} CD {card}"], card=True),
        # ---- premises, rates, utilities, insurance
        K("Womanby Estates", "Rent", ("monthly", 1), (-1425, -1425),
          ["SO WOMANBY ESTATES RENT UNIT 3"], local=True),
        K("Cardiff Council", "Taxes", ("monthly", 1), (-312, -312),
          ["DD CARDIFF COUNCIL NNDR {acct}"], keep={"acct": "{d:9}"}),
        K("Octopus Energy", "Utilities", ("monthly", 16), (-290, -165),
          ["DD OCTOPUS ENERGY {acct}"], keep={"acct": "A-{X:8}"}),
        K("Welsh Water", "Utilities", ("monthly", 6, 2), (-58, -58),
          ["DD DWR CYMRU WELSH W {acct}"], keep={"acct": "{d:10}"}),
        K("BT", "Utilities", ("monthly", 19), (-64.5, -58.9),
          ["DD BT GROUP PLC {acct}"], keep={"acct": "GP{d:8}"}),
        K("Simply Business", "Insurance", ("monthly", 3), (-48.21, -48.21),
          ["DD SIMPLY BUSINESS {acct}"], keep={"acct": "SB{d:8}"}),
        # ---- software, marketing, travel, meals
        K("Adobe", "Software & Subscriptions", ("monthly", 9), (-65.99, -65.99),
          ["DEB ADOBE *CREATIVE CLOUD MAIDENHEAD ON {dd/mm} CD {card}"], card=True),
        K("Xero", "Software & Subscriptions", ("monthly", 26, 2), (-42, -42),
          ["DD XERO UK LTD {acct}"], keep={"acct": "INV-{d:7}"}),
        K("Google", "Marketing & Advertising", ("n", 2), (-120, -40),
          ["DEB GOOGLE ADS{d:10} LONDON ON {dd/mm} CD {card}"], card=True),
        K("Meta", "Marketing & Advertising", ("n", 1), (-60, -25),
          ["DEB FACEBK *{X:10} DUBLIN ON {dd/mm} CD {card}"], card=True),
        K("Texaco", "Travel", ("n", 2), (-70, -38),
          ["DEB TEXACO CANTON CARDIFF ON {dd/mm} CD {card}"], card=True),
        K("GWR", "Travel", ("n", 1), (-96, -42),
          ["DEB GWR TICKETS SWINDON ON {dd/mm} CD {card}"], card=True),
        K("Greggs", "Meals & Entertainment", ("n", 1), (-18, -5),
          ["DEB GREGGS QUEEN STREET CARDIFF ON {dd/mm} CD {card}"], card=True),
        # ---- staff, HMRC, pension, accountant, director
        K("R Evans", "Salaries & Payroll", ("lastbd",), (-1860, -1740),
          ["FPO R EVANS WAGES {MON} {d:16}"], local=True),
        K("Catrin Howells", "Salaries & Payroll", ("lastbd",), (-1420, -1310),
          ["FPO CATRIN HOWELLS WAGES {MON} {d:16}"], local=True),
        K("HMRC", "Salaries & Payroll", ("monthly", 21), (-980, -760),
          ["FPO HMRC PAYE {paye}{yy}{mm} {d:16}"], keep={"paye": "{d:3}PX{d:8}"}),
        K("HMRC", "Taxes", ("dates", ["2025-08-06"]), (-3420, -3420),
          ["FPO HMRC VAT {vrn} {d:16}"], keep={"vrn": "{d:9}"}),
        K("NEST", "Salaries & Payroll", ("monthly", 20, 2), (-118, -96),
          ["DD NEST {acct}"], keep={"acct": "EMP{d:9}"}),
        K("Llandaff Accountancy", "Professional Services", ("monthly", 12, 2), (-180, -180),
          ["FPO LLANDAFF ACCOUNT TAFF PRINT {MON} {d:16}"], local=True),
        K("O Price", "Owner Draw / Contribution", ("n", 2), (-2500, -1500, 250),
          ["FPO O PRICE DIVIDEND {d:16}"], local=True),
        # ---- own bank: loan, savings, cash, charges
        K("", "Loan Repayment", ("monthly", 23), (-642.77, -642.77),
          ["LOAN REPAYMENT {ln} TSB BUSINESS LOAN"], keep={"ln": "{d:8}"}),
        K("", "Internal Transfer", ("dates", [d for d, _ in sav]), (0, 0),
          ["TFR {sc} {s} BUSINESS SAVER"], keep={"sc": "77-{d:2}-{d:2}", "s": "{d:8}"},
          amounts=[a for _, a in sav]),
        K("", "Internal Transfer", ("n", 1), (-200, -100, 10),
          ["ATM TSB CARDIFF QUEEN ST {dd/mm} CD {card}"], card=True),
        K("", "Bank Fees", ("monthly", 1), (-24, -11),
          ["CHG BUSINESS ACCOUNT FEES {pMON}"]),
    ]
    return Biz("uk-print-shop", "UK", "UK", [(2025, 7), (2025, 8), (2025, 9)],
               "TSB", ["5512", "0934"], cps)


# =============================================================================================
# UK: Mettle (app-based business account), Leeds. Aire Valley Driving School Ltd (two dual-
# control cars, one self-employed instructor). Mixed case: `Card payment - <merchant> <town>
# GBR - card ending nnnn`, `Payment received from <name> - Ref: <ref>`, `Payment to <name> -
# Ref:`, `Direct Debit to <name> - Ref:`, `Transfer to|from <pot> pot`, `Cash deposit at Post
# Office`, `Cash withdrawal`.

def uk_driving_school() -> Biz:
    K = CP
    cps = [
        # ---- learners paying for lessons: Service Income; online bookings via Stripe
        K("Stripe", "Sales Revenue", ("n", 9), (120, 640),
          ["Payment received from STRIPE PAYMENTS UK LTD - Ref: STRIPE {X:8}"]),
        K("Amir Khan", "Service Income", ("n", 2), (150, 330, 5),
          ["Payment received from AMIR KHAN - Ref: LESSONS", "Payment received from AMIR KHAN - "
           "Ref: BLOCK 10 HRS"], local=True),
        K("Ben Hartley", "Service Income", ("n", 2), (34, 170, 2),
          ["Payment received from BEN HARTLEY - Ref: LESSON {dd/mm}"], local=True),
        K("C Barker", "Service Income", ("n", 2), (150, 320, 5),
          ["Payment received from MISS C BARKER - Ref: CHLOE LESSONS"], local=True),
        K("J Wood", "Service Income", ("n", 2), (300, 340, 10),
          ["Payment received from MRS J WOOD - Ref: ELLIE WOOD BLOCK"], local=True),
        K("Priya Patel", "Service Income", ("n", 2), (160, 330, 5),
          ["Payment received from PRIYA PATEL - Ref: DRIVING"], local=True),
        K("Thomas Fletcher", "Service Income", ("n", 1), (34, 70, 2),
          ["Payment received from THOMAS FLETCHER - Ref: TOM F"], local=True),
        K("L Doyle", "Service Income", ("n", 1), (160, 330, 5),
          ["Payment received from L DOYLE - Ref: LIAM INTENSIVE"], local=True),
        K("Leeds City College", "Service Income", ("n", 1), (900, 1400, 10),
          ["Payment received from LEEDS CITY COLLEGE - Ref: PO {d:8}"]),
        K("", "Service Income", ("n", 2), (70, 280, 5),
          ["Cash deposit at Post Office - Headingley"]),
        K("DVSA", "Refunds", ("n", 1), (62, 62),
          ["Payment received from DVSA - Ref: TEST REFUND {d:8}"]),
        K("Nadia Hussain", "Owner Draw / Contribution", ("n", 1), (1500, 1500),
          ["Payment received from NADIA HUSSAIN - Ref: DIRECTORS LOAN"], local=True),
        # ---- car running costs (Travel), hire purchase, insurance
        K("Shell", "Travel", ("n", 3), (-78, -42),
          ["Card payment - SHELL HEADINGLEY LEEDS GBR - card ending {card}"], card=True),
        K("Esso", "Travel", ("n", 2), (-74, -40),
          ["Card payment - ESSO KIRKSTALL RD LEEDS GBR - card ending {card}"], card=True),
        K("Tesco", "Travel", ("n", 2), (-70, -36),
          ["Card payment - TESCO PFS 4375 LEEDS GBR - card ending {card}"], card=True),
        K("IMO Car Wash", "Travel", ("n", 2), (-12, -6, 1),
          ["Card payment - IMO CAR WASH LEEDS GBR - card ending {card}"], card=True),
        K("Kwik Fit", "Travel", ("n", 1), (-240, -130),
          ["Card payment - KWIK FIT 1417 LEEDS GBR - card ending {card}"], card=True),
        K("Leeds City Council", "Travel", ("n", 1), (-9, -3),
          ["Card payment - LEEDS CITY COUNCIL PARKI LEEDS GBR - card ending {card}"],
          card=True),
        K("Close Brothers Motor Finance", "Loan Repayment", ("monthly", 8), (-389.62, -389.62),
          ["Direct Debit to CLOSE BROTHERS MOTOR - Ref: {acct}"], keep={"acct": "{d:8}"}),
        K("Adrian Flux", "Insurance", ("monthly", 1), (-142.3, -142.3),
          ["Direct Debit to ADRIAN FLUX INSURANCE - Ref: {acct}"], keep={"acct": "AF{d:7}"}),
        K("Leeds Dual Controls", "Equipment", ("n", 1), (-285, -285),
          ["Payment to LEEDS DUAL CONTROLS - Ref: FIT DUALS FIESTA"], local=True),
        # ---- test fees booked for pupils, ADI badge
        K("DVSA", "Cost of Goods Sold", ("n", 3), (-62, -62),
          ["Card payment - DVSA PRACTICAL TEST NOTTINGHAM GBR - card ending {card}"],
          card=True),
        K("DVSA", "Taxes", ("n", 1), (-300, -300),
          ["Card payment - DVSA ADI REGISTRATION NOTTINGHAM GBR - card ending {card}"],
          card=True),
        # ---- software, phone, marketing, office
        K("Total Drive", "Software & Subscriptions", ("monthly", 4), (-14.99, -14.99),
          ["Card payment - TOTALDRIVE.APP LONDON GBR - card ending {card}"], card=True),
        K("EE", "Utilities", ("monthly", 18), (-38, -38),
          ["Direct Debit to EE LIMITED - Ref: {acct}"], keep={"acct": "Q{d:11}"}),
        K("Google", "Marketing & Advertising", ("n", 2), (-90, -30),
          ["Card payment - GOOGLE ADS{d:10} DUBLIN IRL - card ending {card}"], card=True),
        K("Yell", "Marketing & Advertising", ("monthly", 20, 2), (-54, -54),
          ["Direct Debit to YELL LIMITED - Ref: {acct}"], keep={"acct": "YL{d:8}"}),
        K("Regus", "Rent", ("monthly", 1), (-89, -89),
          ["Direct Debit to REGUS MANAGEMENT UK - Ref: {acct}"], keep={"acct": "{d:9}"}),
        K("Costa Coffee", "Meals & Entertainment", ("n", 2), (-9, -3),
          ["Card payment - COSTA COFFEE 43018 LEEDS GBR - card ending {card}"], card=True),
        # ---- instructor, accountant, HMRC, director
        K("Gary Whitaker", "Professional Services", ("monthly", 28), (-1400, -900, 10),
          ["Payment to GARY WHITAKER - Ref: AVDS INV {d:3}"], local=True),
        K("Headingley Accounts", "Professional Services", ("n", 2), (-150, -150),
          ["Payment to HEADINGLEY ACCOUNTS - Ref: AIREVALLEY"], local=True),
        K("HMRC", "Taxes", ("dates", ["2026-01-02"]), (-2140, -2140),
          ["Payment to HMRC CORPORATION TAX - Ref: {utr}A00102A"], keep={"utr": "{d:10}"}),
        K("Nadia Hussain", "Owner Draw / Contribution", ("n", 3), (-1800, -800, 100),
          ["Payment to NADIA HUSSAIN - Ref: DIVIDEND"], local=True),
        # ---- own pots and cash
        K("", "Internal Transfer", ("monthly", 2), (-500, -300, 50), ["Transfer to Tax pot"]),
        K("", "Internal Transfer", ("n", 1), (400, 400), ["Transfer from Tax pot"]),
        K("", "Internal Transfer", ("n", 1), (-100, -40, 10),
          ["Cash withdrawal - LINK ATM SAINSBURYS LEEDS GBR - card ending {card}"]),
    ]
    return Biz("uk-driving-school", "UK", "UK", [(2026, 1), (2026, 2), (2026, 3)],
               "Mettle", ["2208"], cps)


# =============================================================================================
# EU (DE): Volksbank Freiburg eG, German, Atruvia export (Vorgang + name + Verwendungszweck +
# SEPA fields). Schreinerei Brugger, Inh. Markus Brugger (joinery workshop: built-in kitchens,
# stairs, doors, shop fittings). SEPA names are transliterated (ae/oe/ue/ss) as SEPA requires.
# `Basislastschrift ... EREF: MREF: CRED: IBAN: BIC:`, `Überweisung`, `Echtzeitüberweisung`,
# `Gutschrift`, `Dauerauftrag`, `Lohn/Gehalt`, `Kartenzahlung girocard <merchant>//<Ort>/DE
# <timestamp> Debitk.n`, `Bargeldauszahlung GA`, `Abschluss Entgelte`, `Darlehensrate`.

def de_carpentry() -> Biz:
    K = CP
    lsch = "Basislastschrift {name} {vwz} EREF: {eref} MREF: {mref} CRED: {ci} IBAN: {iban} BIC: {bic}"
    gut = "Gutschrift {name} {vwz} EREF: NOTPROVIDED IBAN: {iban} BIC: {bic}"
    ueb = "Überweisung {name} {vwz} EREF: {X:4}{d:12} IBAN: {iban} BIC: {bic}"
    card = "Kartenzahlung girocard {m}//{o}/DE {isots} Debitk.{card} 2027-12"

    def ls(name, vwz, bic, mref=None, cred=None):
        return dict(tpl=[lsch.replace("{name}", name).replace("{vwz}", vwz)],
                    keep={"mref": mref or "{X:3}{d:9}", "ci": cred or "CI", "iban": "{DEIBAN}",
                          "bic": bic, "eref": "{d:14}"})

    def fix(cp: CP) -> CP:   # draw creditor ids with valid check digits once per counterparty
        if cp.keep.get("ci") == "CI":
            cp.keep["ci"] = creditor_id("DE", rd(11, krng))
        return cp

    cps = [
        # ---- customers (a joinery invoices its work: Service Income)
        K("Stefan Hofmeister", "Service Income", ("n", 2), (3800, 11800),
          [gut.replace("{name}", "Hofmeister, Stefan").replace(
              "{vwz}", "RE 2025-{inv} Einbaukueche {Anzahlung|Schlussrechnung}")],
          keep={"iban": "{DEIBAN}", "bic": "GENODE61FR1"}, local=True),
        K("Claudia Wirth", "Service Income", ("n", 2), (1450, 4800),
          [gut.replace("{name}", "Dr. Claudia Wirth").replace(
              "{vwz}", "Rechnung Nr. {inv} Treppe Eiche")],
          keep={"iban": "{DEIBAN}", "bic": "SOLADES1FRB"}, local=True),
        K("Weingut Kiefer", "Service Income", ("n", 2), (2600, 7400),
          [gut.replace("{name}", "Weingut Kiefer GbR").replace(
              "{vwz}", "RG-Nr. {inv} Theke Probierstube")],
          keep={"iban": "{DEIBAN}", "bic": "GENODE61BKV"}, local=True),
        K("Hotel Schwarzwaldblick", "Service Income", ("n", 2), (4200, 9600),
          [gut.replace("{name}", "Hotel Schwarzwaldblick GmbH & Co. KG").replace(
              "{vwz}", "Re. {inv} Zimmertueren 2. OG")],
          keep={"iban": "{DEIBAN}", "bic": "SOLADES1FRB"}, local=True),
        K("Wohnbau Breisgau", "Service Income", ("n", 3), (2900, 12500),
          [gut.replace("{name}", "Wohnbau Breisgau GmbH").replace(
              "{vwz}", "BV Rieselfeld Haus {r:2-9} AR {inv} abzgl. Einbehalt")],
          keep={"iban": "{DEIBAN}", "bic": "COBADEFFXXX"}, local=True),
        K("Stadt Freiburg", "Service Income", ("n", 1), (2150, 3300),
          [gut.replace("{name}", "Stadt Freiburg im Breisgau Stadtkasse").replace(
              "{vwz}", "Kassenzeichen {d:12} Kita Regale RE {inv}")],
          keep={"iban": "{DEIBAN}", "bic": "SOLADES1FRB"}),
        K("Ilse Schäuble", "Service Income", ("n", 1), (380, 920),
          ["Echtzeitgutschrift Ilse Schaeuble Rechnung {inv} Reparatur Schrank EREF: {X:16} "
           "IBAN: {iban} BIC: GENODE61FR1"], keep={"iban": "{DEIBAN}"}, local=True),
        K("Sabine Frick", "Service Income", ("n", 2), (420, 1900),
          ["Echtzeitgutschrift Sabine Frick Rechnung {inv} Einbauschrank Flur EREF: {X:16} "
           "IBAN: {iban} BIC: SOLADES1FRB"], keep={"iban": "{DEIBAN}"}, local=True),
        K("", "Service Income", ("n", 1), (250, 800, 10),
          ["Bareinzahlung GA {d:6} Volksbank Freiburg//Freiburg/DE {isots}"]),
        K("Häfele", "Refunds", ("n", 1), (60, 240),
          [gut.replace("{name}", "Haefele SE und Co KG").replace(
              "{vwz}", "Gutschrift {d:9} Kd-Nr. {kd}")],
          keep={"iban": "{DEIBAN}", "bic": "SOLADEST600", "kd": "{d:7}"}),
        # ---- timber, boards, fittings, lacquer, glass: built into the customers' work
        K("Holzhandlung Schill", "Cost of Goods Sold", ("n", 3), (-4800, -650),
          [ueb.replace("{name}", "Holzhandlung Schill GmbH").replace(
              "{vwz}", "RG {d:6} Kd {kd} Platten/Massivholz")],
          keep={"iban": "{DEIBAN}", "bic": "GENODE61FR1", "kd": "{d:5}"}, local=True),
        fix(K("Häfele", "Cost of Goods Sold", ("n", 2), (-1900, -280),
              **ls("Haefele SE und Co KG", "Rechnung {d:9} Kd-Nr. {kd}", "SOLADEST600"))),
        K("Remmers", "Cost of Goods Sold", ("n", 2), (-640, -180),
          [ueb.replace("{name}", "Remmers GmbH").replace("{vwz}", "RE {d:8} Lacke")],
          keep={"iban": "{DEIBAN}", "bic": "NOLADE21LOR"}),
        K("Glaserei Weber", "Cost of Goods Sold", ("n", 1), (-880, -340),
          [ueb.replace("{name}", "Glaserei Weber").replace("{vwz}", "Rg. {d:4} Vitrinenglas")],
          keep={"iban": "{DEIBAN}", "bic": "SOLADES1FRB"}, local=True),
        # ---- consumables, tools, DIY store, online
        fix(K("Würth", "Supplies & Materials", ("n", 3), (-420, -60),
              **ls("Adolf Wuerth GmbH und Co KG", "Rechnung {d:10} Kunde {kd}",
                   "SOLADEST600"))),
        K("Hornbach", "Supplies & Materials", ("n", 2), (-160, -18),
          [card.replace("{m}", "HORNBACH BAUMARKT FREIBURG").replace("{o}", "Freiburg")],
          card=True),
        K("Amazon", "Supplies & Materials", ("n", 2), (-120, -15),
          ["Kartenzahlung Visa Debit AMAZON.DE*{X:9} AMAZON.DE LU {dd.mm.yyyy} Karte {card}"],
          card=True),
        K("Werkzeug Faller", "Equipment", ("n", 1), (-1380, -690),
          [ueb.replace("{name}", "Werkzeug Faller e.K.").replace(
              "{vwz}", "RE {d:6} Festool Kreissaege")],
          keep={"iban": "{DEIBAN}", "bic": "GENODE61FR1"}, local=True),
        # ---- workshop rent, energy, phone, waste, insurance
        K("Erich Sutter", "Rent", ("monthly", 1), (-1850, -1850),
          ["Dauerauftrag Erich Sutter Miete Werkstatt Haid {monat} IBAN: {iban} BIC: SOLADES1FRB"],
          keep={"iban": "{DEIBAN}"}, local=True),
        fix(K("badenova", "Utilities", ("monthly", 15), (-410, -410),
              **ls("badenova AG und Co. KG", "Abschlag Strom/Gas VK {kd}", "SOLADES1FRB",
                   mref="BN{d:10}"))),
        fix(K("Telekom", "Utilities", ("monthly", 20), (-61.8, -54.4),
              **ls("Telekom Deutschland GmbH", "Festnetz Vertragskonto {kd} RG {d:12}",
                   "DEUTDEDB101"))),
        fix(K("ASF Freiburg", "Utilities", ("n", 1), (-186, -142),
              **ls("ASF Abfallwirtschaft und Stadtreinigung Freiburg",
                   "Gewerbeabfall Q4 Objekt {kd}", "SOLADES1FRB"))),
        fix(K("Signal Iduna", "Insurance", ("monthly", 1), (-236.4, -236.4),
              **ls("SIGNAL IDUNA Allgemeine Versicherung AG", "Betriebshaftpflicht Vers-Nr {kd}",
                   "DORTDE33XXX"))),
        fix(K("VHV", "Insurance", ("n", 1), (-612, -612),
              **ls("VHV Allgemeine Versicherung AG", "Kfz-Versicherung FR-SB {r:100-999}",
                   "NOLADE2HXXX"))),
        # ---- vehicle loan at another lender; own-bank loan
        fix(K("Volkswagen Bank", "Loan Repayment", ("monthly", 1), (-498.3, -498.3),
              **ls("Volkswagen Bank GmbH", "Darlehen {kd} Rate {mm}/{yyyy}", "VOWADE2BXXX"))),
        K("", "Loan Repayment", ("monthly", 30), (-875, -875),
          ["Darlehensrate Darl.-Nr. {dn} Tilgung und Zinsen"], keep={"dn": "{d:9}"}),
        # ---- staff, social security, tax office, chamber, accountant
        K("Jonas Ketterer", "Salaries & Payroll", ("lastbd",), (-2480, -2390),
          ["Lohn/Gehalt Jonas Ketterer Lohn {monat} {yyyy} IBAN: {iban} BIC: SOLADES1FRB"],
          keep={"iban": "{DEIBAN}"}, local=True),
        K("Lea Hug", "Salaries & Payroll", ("lastbd",), (-890, -890),
          ["Lohn/Gehalt Lea Hug Ausbildungsverguetung {monat} {yyyy} IBAN: {iban} "
           "BIC: GENODE61FR1"], keep={"iban": "{DEIBAN}"}, local=True),
        fix(K("AOK Baden-Württemberg", "Salaries & Payroll", ("monthly", 26), (-1780, -1640),
              **ls("AOK Baden-Wuerttemberg", "Beitraege {monat} {yyyy} BBNR {kd}",
                   "SOLADEST600"))),
        fix(K("BG Holz und Metall", "Salaries & Payroll", ("n", 1), (-420, -310),
              **ls("Berufsgenossenschaft Holz und Metall", "Beitragsvorschuss Mitgl-Nr {kd}",
                   "HELADEF1822"))),
        fix(K("Finanzamt Freiburg-Stadt", "Salaries & Payroll", ("monthly", 10), (-690, -610),
              **ls("Finanzamt Freiburg-Stadt", "StNr {stnr} LSt {pmm}/{pyyyy}",
                   "MARKDEF1680", mref="{d:15}"))),
        fix(K("Finanzamt Freiburg-Stadt", "Taxes", ("monthly", 10), (-2900, -1200),
              **ls("Finanzamt Freiburg-Stadt", "StNr {stnr} USt {pmm}/{pyyyy}",
                   "MARKDEF1680", mref="{d:15}"))),
        K("Handwerkskammer Freiburg", "Taxes", ("n", 1), (-318, -318),
          [ueb.replace("{name}", "Handwerkskammer Freiburg").replace(
              "{vwz}", "Beitrag 2025 Betr.-Nr. {d:6}")], keep={"iban": "{DEIBAN}",
                                                           "bic": "SOLADES1FRB"}),
        K("Steuerberatung Gießler", "Professional Services", ("monthly", 5, 2), (-380, -380),
          [ueb.replace("{name}", "Steuerberatung Giessler").replace(
              "{vwz}", "Buchhaltung/Lohn {pmonat}")],
          keep={"iban": "{DEIBAN}", "bic": "GENODE61FR1"}, local=True),
        fix(K("sevDesk", "Software & Subscriptions", ("monthly", 3), (-28.9, -28.9),
              **ls("sevDesk GmbH", "sevDesk Abo Kundennr. {kd}", "SOLADES1OFG"))),
        # ---- fuel, leads, owner, bank
        K("Aral", "Travel", ("n", 2), (-98, -55),
          [card.replace("{m}", "ARAL STATION FREIBURG").replace("{o}", "Freiburg")], card=True),
        K("JET", "Travel", ("n", 2), (-92, -50),
          [card.replace("{m}", "JET TANKSTELLE UMKIRCH").replace("{o}", "Umkirch")], card=True),
        fix(K("MyHammer", "Marketing & Advertising", ("monthly", 12, 2), (-59, -59),
              **ls("MyHammer AG", "Premium-Mitgliedschaft {kd}", "DEUTDEDBBER"))),
        K("Markus Brugger", "Owner Draw / Contribution", ("n", 3), (-3000, -1500, 100),
          ["Überweisung Markus Brugger Privatentnahme EREF: {X:4}{d:12} IBAN: {iban} "
           "BIC: INGDDEFFXXX"], keep={"iban": "{DEIBAN}"}, local=True),
        K("", "Bank Fees", ("monthly", 1), (-38, -26),
          ["Abschluss Entgelte Kontoführung {pmonat} {pyyyy}"]),
        K("", "Internal Transfer", ("n", 1), (-300, -100, 50),
          ["Bargeldauszahlung GA {d:6} Volksbank Freiburg eG//Freiburg/DE {isots} Debitk.{card}"]),
    ]
    fa_ci, fa_st = creditor_id("DE", "00000" + rd(6, krng)), f"06/{rd(3, krng)}/{rd(5, krng)}"
    for cp in cps:
        cp.keep.setdefault("kd", "{d:7}")
        if cp.entity.startswith("Finanzamt"):     # one tax office: same creditor id and StNr
            cp.keep.update(ci=fa_ci, stnr=fa_st)
    return Biz("de-carpentry", "EU", "DE", [(2025, 10), (2025, 11), (2025, 12)],
               "Volksbank Freiburg", ["1", "2"], cps)


# =============================================================================================
# EU (IT): Banco BPM, Verona, Italian. Agriturismo Corte dei Ciliegi (farm stay with rooms,
# a small restaurant and its own Valpolicella wine), June-August. Upper case: `ACQUISTO CARTA
# DEBITO *nnnn DEL dd/mm/yy hh:mm C/O <merchant> <town>`, `ADDEBITO DIRETTO SEPA <creditor>
# COD.ID.CRED. ... RIF.MANDATO ...`, `BONIFICO A VS. FAVORE ORD. <name> IBAN ORD. ... CAUS.`,
# `BONIFICO YOUWEB A FAVORE DI <name> ... CAUS.`, `ACCREDITO POS ESERCENTE`, `PAGAMENTO DELEGA
# F24`, `PAGAMENTO PAGOPA`, `RATA MUTUO`, `CANONE MENSILE`, `IMPOSTA DI BOLLO`.

def it_agriturismo() -> Biz:
    K = CP
    sdd = ("ADDEBITO DIRETTO SEPA {name} COD.ID.CRED. {ci} RIF.MANDATO {mref} {txt}")
    bin_ = "BONIFICO A VS. FAVORE ORD. {name} IBAN ORD. {iban} CAUS. {txt} TRN {X:4}{d:20}"
    bout = "BONIFICO YOUWEB A FAVORE DI {name} IBAN {iban} CAUS. {txt} CRO {d:11}"
    card = "ACQUISTO CARTA DEBITO *{card} DEL {dd/mm/yy} {hh:mm} C/O {m}"

    def mk(t, name, txt):
        return t.replace("{name}", name).replace("{txt}", txt)

    def sd(name, txt):
        return dict(tpl=[mk(sdd, name, txt)],
                    keep={"ci": creditor_id("IT", rd(11, krng)), "mref": "{X:4}{d:10}"})

    cps = [
        # ---- guests: platforms and direct bookings (Sales Revenue), wine to trade customers
        K("Booking.com", "Sales Revenue", ("n", 6), (640, 3900),
          [mk(bin_, "BOOKING.COM B.V.", "BOOKING.COM PAYOUT {d:10} HOTEL ID {hid}")],
          keep={"iban": "{NLIBAN}", "hid": "{d:7}"}),
        K("Airbnb", "Sales Revenue", ("n", 5), (420, 2600),
          [mk(bin_, "AIRBNB PAYMENTS LUXEMBOURG S.A.", "AIRBNB {X:10}")],
          keep={"iban": "{LUIBAN}"}),
        K("", "Sales Revenue", ("n", 6), (380, 2900),
          ["ACCREDITO POS ESERCENTE {term} TRANSATO DEL {dd/mm/yy} NETTO COMMISSIONI"],
          keep={"term": "{d:8}"}, card=True),
        K("Lukas Steiner", "Sales Revenue", ("n", 1), (300, 600, 10),
          [mk(bin_, "LUKAS STEINER", "ANZAHLUNG ZIMMER {r:10-28}.08")],
          keep={"iban": "{DEIBAN}"}, local=True),
        K("Marco Rossi", "Sales Revenue", ("n", 1), (200, 450, 10),
          [mk(bin_, "ROSSI MARCO", "CAPARRA SOGGIORNO FAMIGLIA ROSSI")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("Enoteca Il Grappolo", "Sales Revenue", ("n", 2), (480, 1600),
          [mk(bin_, "ENOTECA IL GRAPPOLO SNC DI FERRARI L. & C.", "SALDO FATT. N. {r:40-120}/2025")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("Trattoria Ponte Pietra", "Sales Revenue", ("n", 2), (360, 1200),
          [mk(bin_, "TRATTORIA PONTE PIETRA SRL", "FT {r:40-120} VINO VALPOLICELLA")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("Eventi Lago di Garda", "Sales Revenue", ("n", 1), (2800, 4600),
          [mk(bin_, "EVENTI LAGO DI GARDA S.R.L.", "ACCONTO MATRIMONIO 06/09/2025")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("AGEA", "Other Income", ("n", 1), (2400, 5200),
          [mk(bin_, "AGEA AGENZIA PER LE EROGAZIONI IN AGRICOLTURA",
              "DOMANDA UNICA 2025 ANTICIPO CUAA {cuaa}")],
          keep={"iban": it_iban("01000", "03245", rd(12, krng)), "cuaa": "{d:11}"}),
        K("", "Sales Revenue", ("n", 1), (600, 1800, 10),
          ["VERSAMENTO CONTANTI SPORTELLO FIL. {d:4}"]),
        # ---- food for the restaurant and breakfasts (Cost of Goods Sold)
        K("Metro", "Cost of Goods Sold", ("n", 3), (-980, -180),
          [card.replace("{m}", "METRO CASH & CARRY VERONA")], card=True),
        K("Macelleria Zanetti", "Cost of Goods Sold", ("n", 2), (-420, -90),
          [card.replace("{m}", "MACELLERIA ZANETTI SAN PIETRO IN CARIANO")], card=True,
          local=True),
        # ---- farm and house supplies, equipment
        K("Consorzio Agrario del Nordest", "Supplies & Materials", ("n", 2), (-760, -140),
          [mk(bout, "CONSORZIO AGRARIO DEL NORDEST SOC. COOP.", "FT {d:6} CONCIMI/ZOLFO")],
          keep={"iban": "{ITIBAN}"}),
        K("Leroy Merlin", "Supplies & Materials", ("n", 2), (-210, -25),
          [card.replace("{m}", "LEROY MERLIN VERONA")], card=True),
        K("Amazon", "Supplies & Materials", ("n", 2), (-120, -15),
          [card.replace("{m}", "AMZN MKTP IT*{X:9} WWW.AMAZON.IT")], card=True),
        K("Agrimacchine Valpolicella", "Equipment", ("n", 1), (-1350, -480),
          [mk(bout, "AGRIMACCHINE VALPOLICELLA DI GUERRA S.", "FT {d:4} RICAMBI TRATTORE")],
          keep={"iban": "{ITIBAN}"}, local=True),
        # ---- utilities, insurance, software, commissions
        K("Enel", "Utilities", ("monthly", 12), (-720, -410), **sd(
            "ENEL ENERGIA S.P.A.", "FATTURA {d:12} CLIENTE {cl}")),
        K("AGSM AIM", "Utilities", ("monthly", 18, 2), (-240, -120), **sd(
            "AGSM AIM ENERGIA SPA", "BOLLETTA GAS {d:10}")),
        K("Acque Veronesi", "Utilities", ("n", 1), (-380, -210), **sd(
            "ACQUE VERONESI S.C. A R.L.", "FATT. {d:10} UTENZA {cl}")),
        K("TIM", "Utilities", ("monthly", 6), (-54.9, -54.9), **sd(
            "TELECOM ITALIA SPA", "TIM BUSINESS FATT. {X:2}{d:8}")),
        K("Unipol", "Insurance", ("monthly", 1), (-286.5, -286.5), **sd(
            "UNIPOL ASSICURAZIONI S.P.A.", "POLIZZA {cl} RATA MENSILE")),
        K("Octorate", "Software & Subscriptions", ("monthly", 4), (-49.9, -49.9), **sd(
            "OCTORATE S.R.L.", "CANONE CHANNEL MANAGER {mm}/{yyyy}")),
        K("Booking.com", "Marketing & Advertising", ("monthly", 8, 2), (-980, -420), **sd(
            "BOOKING.COM B.V.", "COMMISSIONI FATT. {d:10}")),
        K("Google", "Marketing & Advertising", ("n", 2), (-150, -40),
          [card.replace("{m}", "GOOGLE*ADS{d:10} DUBLIN")], card=True),
        K("Meta", "Marketing & Advertising", ("n", 1), (-80, -30),
          [card.replace("{m}", "FACEBK *{X:10} DUBLIN")], card=True),
        # ---- staff, F24, accounting via the farmers' association, municipality
        K("Elena Zorzi", "Salaries & Payroll", ("monthly", 10), (-1420, -1310),
          [mk(bout, "ZORZI ELENA", "STIPENDIO {pmese} {pyyyy}")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("Andrea Bonetti", "Salaries & Payroll", ("monthly", 10), (-1280, -1150),
          [mk(bout, "BONETTI ANDREA", "STIPENDIO {pmese} {pyyyy}")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("Agenzia delle Entrate", "Taxes", ("monthly", 16), (-2100, -850),
          ["PAGAMENTO DELEGA F24 YOUWEB PROTOCOLLO {d:17}"]),
        K("Coldiretti Verona", "Professional Services", ("monthly", 20, 2), (-310, -240),
          [mk(bout, "IMPRESA VERDE VERONA S.R.L. COLDIRETTI", "FT {d:4} SERVIZI CONTABILI")],
          keep={"iban": "{ITIBAN}"}),
        K("Comune di San Pietro in Cariano", "Taxes", ("n", 2), (-640, -180),
          ["PAGAMENTO PAGOPA COMUNE DI SAN PIETRO IN CARIANO IUV {d:17} TARI 2025 RATA 1",
           "PAGAMENTO PAGOPA COMUNE DI SAN PIETRO IN CARIANO IUV {d:17} IMPOSTA DI SOGGIORNO "
           "{pmese}"]),
        # ---- fuel, owner, bank
        K("Anticimex", "Other Expense", ("n", 1), (-180, -120), **sd(
            "ANTICIMEX SRL", "DISINFESTAZIONE FT {d:6}")),
        K("Eni", "Travel", ("n", 2), (-85, -40),
          [card.replace("{m}", "ENI STATION PESCANTINA")], card=True),
        K("Q8", "Travel", ("n", 1), (-75, -40),
          [card.replace("{m}", "Q8 NEGRAR DI VALPOLICELLA")], card=True),
        K("Giulia Bertoldi", "Owner Draw / Contribution", ("n", 2), (-2500, -1500, 100),
          [mk(bout, "BERTOLDI GIULIA", "PRELEVAMENTO SOCIA")],
          keep={"iban": "{ITIBAN}"}, local=True),
        K("", "Loan Repayment", ("monthly", 30), (-1146.82, -1146.82),
          ["RATA MUTUO N. {mut} RATA N. {r:20-40} SCADENZA {dd/mm/yyyy}"],
          keep={"mut": "{d:10}"}),
        K("", "Bank Fees", ("monthly", 1), (-18, -18), ["CANONE MENSILE CONTO {pmese}"]),
        K("", "Taxes", ("dates", ["2025-06-30"]), (-25, -25),
          ["IMPOSTA DI BOLLO E/C AL 30/06/2025"]),
        K("", "Bank Fees", ("dates", ["2025-06-30"]), (-21.4, -21.4),
          ["COMPETENZE DI CHIUSURA AL 30/06/2025"]),
        K("", "Internal Transfer", ("n", 1), (-250, -100, 50),
          ["PRELEVAMENTO BANCOMAT ATM BANCO BPM {d:5} DEL {dd/mm/yy} CARTA *{card}"]),
    ]
    for cp in cps:
        cp.keep.setdefault("cl", "{d:9}")
    return Biz("it-agriturismo", "EU", "IT", [(2025, 6), (2025, 7), (2025, 8)],
               "Banco BPM", ["4471", "0386"], cps)


# =============================================================================================
# EU (IE): Bank of Ireland Business, Cork. Leeside Solar Ltd (solar PV and battery installer:
# homes, farms, clubs). Upper case, names cut at 18 characters: `POSddMON <merchant>`,
# `D/D <creditor>`, `SEPA CR TRF <name> REF`, `BOL <payee> <ref>` (Business On Line payments),
# `365 ONLINE <name>`, `S/O`, `BOL BULK PAY SALARIES`, `TO A/C`, `ATMddMON`, `CHQ LODGEMENT`,
# `QTR FEES`, `GOVT DUTY`, `LOAN REPAYMENT`.

def ie_solar_installer() -> Biz:
    K = CP
    cps = [
        # ---- installation customers: Service Income (a contracting trade, like set 3's HVAC)
        K("Siobhán O'Sullivan", "Service Income", ("n", 2), (1800, 6200),
          ["SEPA CR TRF SIOBHAN O SULLIVAN REF {SOLAR DEPOSIT|SOLAR BALANCE}"], local=True),
        K("Declan Walsh", "Service Income", ("n", 2), (2100, 7400),
          ["SEPA CR TRF DECLAN WALSH REF INV {inv}"], local=True),
        K("Pádraig Twomey", "Service Income", ("n", 2), (1500, 5800),
          ["SEPA CR TRF PADRAIG TWOMEY REF LEESIDE {inv}"], local=True),
        K("Aoife Kelleher", "Service Income", ("n", 1), (3900, 6800),
          ["SEPA CR TRF AOIFE KELLEHER REF PV BATTERY"], local=True),
        K("Mary Buckley", "Service Income", ("n", 1), (2400, 5200),
          ["SEPA CR TRF MRS MARY BUCKLEY REF {inv}"], local=True),
        K("Carrigaline GAA Club", "Service Income", ("n", 2), (4500, 9800),
          ["SEPA CR TRF CARRIGALINE GAA REF CLUBHOUSE PV {inv}"], local=True),
        K("Hurley Farms", "Service Income", ("n", 2), (6800, 14500),
          ["SEPA CR TRF HURLEY FARMS LTD REF INV{inv} DAIRY PV"], local=True),
        K("Glanmire Montessori", "Service Income", ("n", 2), (2200, 4800),
          ["SEPA CR TRF GLANMIRE MONTESSO REF {inv}"], local=True),
        K("Stripe", "Sales Revenue", ("n", 3), (250, 1400),
          ["SEPA CR TRF STRIPE REF STRIPE-{X:10}"]),
        K("", "Service Income", ("n", 1), (900, 2600), ["CHQ LODGEMENT CORK SOUTH MALL"]),
        K("Segen", "Refunds", ("n", 1), (90, 380),
          ["SEPA CR TRF SEGEN LTD REF CREDIT CN{d:6}"]),
        # ---- panels, inverters, batteries, cable (Cost of Goods Sold)
        K("Segen", "Cost of Goods Sold", ("n", 3), (-9800, -2400),
          ["BOL SEGEN LTD {acct} INV {d:7}"], keep={"acct": "LEE{d:4}"}),
        K("Krannich Solar", "Cost of Goods Sold", ("n", 2), (-6200, -1800),
          ["BOL KRANNICH SOLAR {d:8}"]),
        K("Lee Valley Electrical Wholesale", "Cost of Goods Sold", ("n", 2), (-1300, -240),
          ["D/D LEE VALLEY ELECT {acct}"], keep={"acct": "{d:6}"}, local=True),
        # ---- supplies, equipment and scaffold hire
        K("Woodies", "Supplies & Materials", ("n", 2), (-140, -20),
          ["POS{ddMON} WOODIES DIY MAHON"], card=True),
        K("Chadwicks", "Supplies & Materials", ("n", 2), (-380, -45),
          ["POS{ddMON} CHADWICKS CORK"], card=True),
        K("Hilti", "Equipment", ("n", 1), (-1150, -620),
          ["POS{ddMON} HILTI IRELAND LTD"], card=True),
        K("Munster Scaffolding", "Equipment", ("n", 2), (-680, -260),
          ["BOL MUNSTER SCAFFOLD INV {d:4}"], local=True),
        # ---- vans: fuel, tolls, hire purchase
        K("Circle K", "Travel", ("n", 3), (-110, -55),
          ["POS{ddMON} CIRCLE K DOUGLAS", "POS{ddMON} CIRCLE K BANDON RD"], card=True),
        K("Applegreen", "Travel", ("n", 2), (-95, -50),
          ["POS{ddMON} APPLEGREEN MALLOW"], card=True),
        K("eFlow", "Travel", ("n", 2), (-24, -3.2),
          ["D/D EFLOW {acct}"], keep={"acct": "{d:8}"}),
        K("Finance Ireland", "Loan Repayment", ("monthly", 6), (-612.4, -612.4),
          ["D/D FINANCE IRELAND {acct}"], keep={"acct": "HP{d:7}"}),
        # ---- premises, utilities, insurance, software
        K("Harbour View Business Park", "Rent", ("monthly", 1), (-1600, -1600),
          ["S/O HARBOUR VIEW BUS UNIT 7 RENT"], local=True),
        K("SSE Airtricity", "Utilities", ("monthly", 14, 2), (-220, -140),
          ["D/D SSE AIRTRICITY {acct}"], keep={"acct": "{d:10}"}),
        K("Vodafone", "Utilities", ("monthly", 11), (-96, -88),
          ["D/D VODAFONE IRELAND {acct}"], keep={"acct": "{d:9}"}),
        K("FBD", "Insurance", ("monthly", 1), (-348.6, -348.6),
          ["D/D FBD INSURANCE PL {acct}"], keep={"acct": "{d:8}"}),
        K("Aviva", "Insurance", ("monthly", 20, 2), (-164, -164),
          ["D/D AVIVA INSURANCE {acct}"], keep={"acct": "{A:2}{d:8}"}),
        K("Xero", "Software & Subscriptions", ("monthly", 27), (-55, -55),
          ["POS{ddMON} XERO AUSTRALIA"], card=True),
        K("BrightPay", "Software & Subscriptions", ("n", 1), (-229, -229),
          ["POS{ddMON} BRIGHTPAY LTD"], card=True),
        K("Google", "Marketing & Advertising", ("n", 2), (-220, -60),
          ["POS{ddMON} GOOGLE ADS{d:6}"], card=True),
        K("DoneDeal", "Marketing & Advertising", ("n", 1), (-45, -15),
          ["POS{ddMON} DONEDEAL.IE"], card=True),
        K("Centra", "Meals & Entertainment", ("n", 2), (-24, -6),
          ["POS{ddMON} CENTRA DOUGLAS"], card=True),
        # ---- staff, Revenue, contractors, accountant, director
        K("", "Salaries & Payroll", ("lastbd",), (-8400, -7600), ["BOL BULK PAY SALARIES"]),
        K("Revenue Commissioners", "Salaries & Payroll", ("monthly", 23), (-3100, -2600),
          ["D/D REVENUE COMMISS ROS {d:9} P30"]),
        K("Revenue Commissioners", "Taxes", ("dates", ["2026-03-23"]), (-6400, -6400),
          ["D/D REVENUE COMMISS ROS {d:9} VAT3"]),
        K("Colm Fitzgerald", "Professional Services", ("n", 3), (-1800, -900, 50),
          ["BOL COLM FITZGERALD INV {d:3} ELEC CERT"], local=True),
        K("Ní Ríordáin Accountants", "Professional Services", ("n", 2), (-520, -520),
          ["BOL NI RIORDAIN ACCO LEESIDE {MON}"], local=True),
        K("Ciarán Murphy", "Owner Draw / Contribution", ("n", 2), (-2500, -1500, 500),
          ["365 ONLINE CIARAN MURPHY"], local=True),
        # ---- own bank
        K("", "Loan Repayment", ("monthly", 28), (-930.55, -930.55),
          ["LOAN REPAYMENT {ln}"], keep={"ln": "{d:8}"}),
        K("", "Bank Fees", ("dates", ["2026-02-24", "2026-03-24"]), (-48, -29),
          ["QTR FEES {pMON}{pyy}"]),
        K("", "Taxes", ("dates", ["2026-04-09"]), (-5, -5), ["GOVT DUTY DEBIT CARD"]),
        K("", "Internal Transfer", ("n", 1), (-200, -100, 50), ["ATM{ddMON} BOI PATRICK ST"],
          card=True),
        K("", "Internal Transfer", ("dates", ["2026-04-14"]), (-5000, -5000),
          ["TO A/C {d:8} 365 ONLINE TAX RESERVE"]),
    ]
    return Biz("ie-solar-installer", "EU", "IE", [(2026, 2), (2026, 3), (2026, 4)],
               "Bank of Ireland", ["4415"], cps)


# =============================================================================================

BUSINESSES = [us_sign_shop, us_mobile_detailing, us_candle_maker, uk_print_shop,
              uk_driving_school, de_carpentry, it_agriturismo, ie_solar_installer]


def main() -> None:
    bizzes = [f() for f in BUSINESSES]
    for biz in bizzes:                      # stable identifiers, once per counterparty
        for cp in biz.cps:
            cp.keep = {k: expand_keep(v) for k, v in cp.keep.items()}
    out = []
    for biz in bizzes:
        rows = sorted(build(biz), key=lambda r: r[0])
        for post, amount, desc, cp in rows:
            desc = re.sub(r"\s+", " ", desc).strip()
            out.append((biz, post, amount, desc, cp))
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        for biz, post, amount, desc, cp in out:
            w.writerow([biz.region, biz.bid, post.isoformat(), f"{amount:.2f}", desc, cp.entity,
                        cp.category])
    report(bizzes, out)


def report(bizzes, out) -> None:
    n = len(out)
    print(f"{n} rows -> {OUT.name}")
    by_biz = Counter(b.bid for b, *_ in out)
    for biz in bizzes:
        rows = [r for r in out if r[0] is biz]
        ins = sum(1 for r in rows if r[2] > 0)
        ents = {r[4].entity for r in rows if r[4].entity}
        first, last = min(r[1] for r in rows), max(r[1] for r in rows)
        print(f"  {biz.region} {biz.bid:22s} {biz.bank:20s} {by_biz[biz.bid]:4d} rows  "
              f"{first:%Y-%m}..{last:%Y-%m}  in {ins:3d}  entities {len(ents)}")
    reg = Counter(b.region for b, *_ in out)
    cal = Counter(b.cal for b, *_ in out if b.region == "EU")
    print("  regions:", ", ".join(f"{k} {v} ({100 * v / n:.1f} %)" for k, v in reg.items()),
          "| EU:", dict(cal))
    ins = sum(1 for r in out if r[2] > 0)
    print(f"  money in {ins} ({100 * ins / n:.1f} %), money out {n - ins}")
    ents = Counter(r[4].entity for r in out if r[4].entity)
    bizs_of = defaultdict(set)
    for b, _, _, _, cp in out:
        if cp.entity:
            bizs_of[cp.entity].add(b.bid)
    shared = sorted(e for e, s in bizs_of.items() if len(s) > 1)
    with_ent = sum(ents.values())
    multi = sum(v for v in ents.values() if v > 1)
    print(f"  {len(ents)} distinct entities ({len(shared)} shared: {', '.join(shared)})")
    print(f"  rows without entity {n - with_ent} ({100 * (n - with_ent) / n:.1f} %); "
          f"with entity {with_ent}, of which {multi} ({100 * multi / with_ent:.1f} %) belong "
          f"to an entity occurring more than once")
    once = sum(1 for v in ents.values() if v == 1)
    mid = sum(1 for v in ents.values() if 2 <= v <= 8)
    big = sorted((e for e, v in ents.items() if v > 8), key=lambda e: -ents[e])
    print(f"  entities once {once}, 2-8 times {mid}, more often: "
          + ", ".join(f"{e} {ents[e]}" for e in big))
    local = sum(1 for r in out if r[4].local)
    print(f"  local (no vendor dictionary could know) rows {local} ({100 * local / n:.1f} %)")
    cats = Counter(r[4].category for r in out)
    print("  categories:", ", ".join(f"{c} {cats.get(c, 0)}" for c in
                                      sorted(CATEGORIES, key=lambda c: (-cats.get(c, 0), c))))
    multi_cat = defaultdict(set)
    for r in out:
        if r[4].entity:
            multi_cat[r[4].entity].add(r[4].category)
    print("  entities in two or more categories:",
          ", ".join(f"{e} ({' / '.join(sorted(c))})" for e, c in sorted(multi_cat.items())
                    if len(c) > 1))


if __name__ == "__main__":
    main()
