#!/usr/bin/env python3
"""Generate ``labelled_transactions_2.csv``: the second, independent evaluation set.

Eight fictional small businesses, each with one to three accounts at banks that the first
set does not use (PNC, American Express, Citibank, U.S. Bank, Capital One, Mercury,
Barclays, HSBC, NatWest, Starling, Deutsche Bank, N26, Rabobank, ING, Société Générale,
UniCredit, BBVA, Revolut Business). Every counterparty is listed once below, by hand, with
its label (entity + category), its schedule, its amount range and the description
template(s) in that bank's layout. Only per-occurrence noise (dates, amounts, trace and
reference numbers, times, store numbers, which card) is random, from a fixed seed: run the
script twice and the CSV is byte-identical.

The labels follow the conventions in ``README.md`` and were assigned per counterparty by
hand; the script does not import CashPilot.

Usage: python tests/data/make_labelled_transactions_2.py   (writes the CSV next to it and
prints the counts quoted in the README).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
import re
import string
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2_0260_522
OUT = Path(__file__).with_name("labelled_transactions_2.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
}

# --------------------------------------------------------------------------- calendar


def is_banking_day(d: dt.date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in {(1, 1), (12, 25)}


def next_banking_day(d: dt.date) -> dt.date:
    while not is_banking_day(d):
        d += dt.timedelta(days=1)
    return d


def minus_banking_days(d: dt.date, n: int) -> dt.date:
    """The purchase date of a card line: n banking days before posting (n may be 0)."""
    while n > 0:
        d -= dt.timedelta(days=1)
        if is_banking_day(d):
            n -= 1
    return d


def last_banking_day(y: int, m: int) -> dt.date:
    d = dt.date(y, m, calendar.monthrange(y, m)[1])
    while not is_banking_day(d):
        d -= dt.timedelta(days=1)
    return d


def month_list(start: str, end: str) -> list[tuple[int, int]]:
    y, m = map(int, start.split("-"))
    ey, em = map(int, end.split("-"))
    out = []
    while (y, m) <= (ey, em):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONAT = ("Januar Februar März April Mai Juni Juli August September Oktober November "
         "Dezember").split()
MOIS = ("JANVIER FEVRIER MARS AVRIL MAI JUIN JUILLET AOUT SEPTEMBRE OCTOBRE NOVEMBRE "
        "DECEMBRE").split()
MAAND = ("januari februari maart april mei juni juli augustus september oktober november "
         "december").split()
MES = ("ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE "
       "DICIEMBRE").split()
MESE = ("GENNAIO FEBBRAIO MARZO APRILE MAGGIO GIUGNO LUGLIO AGOSTO SETTEMBRE OTTOBRE "
        "NOVEMBRE DICEMBRE").split()

# --------------------------------------------------------------------------- specs


@dataclass
class CP:
    """One counterparty of one account: label, schedule, amounts, description layouts."""

    entity: str
    category: str
    sign: int
    when: tuple
    amount: tuple
    templates: tuple[str, ...]
    card: bool = False  # card line: the text carries the purchase date, posted 0-2 days later
    local: bool = False  # a counterparty no generic vendor dictionary could know
    whole: bool = False  # amounts in whole currency units


def C(entity, category, sign, when, amount, *templates, card=False, local=False, whole=False):
    """amount: a fixed number, a (low, high) range, or a list with one amount per date of D()."""
    if isinstance(amount, list):
        assert when[0] == "dates" and len(when[1]) == len(amount), (entity, when, amount)
        amount = (*(float(a) for a in amount), "each")
    elif not isinstance(amount, tuple):
        amount = (amount, amount)
    return CP(entity, category, sign, when, amount, templates, card, local, whole)


def R(n):  # n random banking days in the account's period
    return ("rand", n)


def M(day, n):  # n months of the period (sampled), on that day or the next banking day
    return ("monthly", day, n)


def E(n):  # last banking day of n sampled months (payroll)
    return ("eom", n)


def D(*iso):  # explicit dates, moved to the next banking day
    return ("dates", iso)


IN, OUT_ = +1, -1


@dataclass
class Account:
    region: str
    business: str
    bank: str
    start: str
    end: str
    cards: list[str]
    cps: list[CP] = field(default_factory=list)


# --------------------------------------------------------------------------- noise

_RANDKEY = re.compile(r"^([nal])(\d+)[a-z]?$")


class Ctx(dict):
    """Lazily filled template context; a key drawn once keeps its value within one line."""

    def __init__(self, rng: random.Random, acct: Account, d: dt.date, p: dt.date, amt: float):
        super().__init__(d=d, p=p)
        self.rng, self.acct, self.amt = rng, acct, amt

    def __missing__(self, key):
        rng, d, p = self.rng, self["d"], self["p"]
        m = _RANDKEY.match(key)
        if m:
            kind, n = m.group(1), int(m.group(2))
            alphabet = {"n": string.digits,
                        "a": string.ascii_uppercase + string.digits,
                        "l": string.ascii_lowercase + string.digits}[kind]
            val = "".join(rng.choice(alphabet) for _ in range(n))
        elif key[0] == "k" and key[1:].isdigit():  # a number without a leading zero
            n = int(key[1:])
            val = str(rng.randint(10 ** (n - 1), 10 ** n - 1))
        elif key == "card":
            val = rng.choice(self.acct.cards)
        elif key == "hhmm":
            val = f"{rng.randint(7, 19):02d}{rng.randint(0, 59):02d}"
        elif key == "hh_mm":
            val = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
        elif key == "hh_mm_ss":
            val = f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        elif key == "cnt":
            val = str(rng.randint(38, 66))
        elif key == "amt":
            val = f"{self.amt:.2f}"
        elif key == "amtc":
            val = f"{self.amt:.2f}".replace(".", ",")
        elif key == "p_dmon":
            val = f"{p.day:02d} {MON_EN[p.month - 1]}"
        elif key == "p_ddmonyy":
            val = f"{p.day:02d}{MON_EN[p.month - 1]}{p:%y}"
        elif key == "d_ddmon":
            val = f"{d.day:02d}{MON_EN[d.month - 1]}"
        elif key == "mon":
            val = MON_EN[d.month - 1]
        elif key == "monat":
            val = MONAT[d.month - 1]
        elif key == "mois":
            val = MOIS[d.month - 1]
        elif key == "maand":
            val = MAAND[d.month - 1]
        elif key == "mes":
            val = MES[d.month - 1]
        elif key == "mese":
            val = MESE[d.month - 1]
        elif key in ("pq", "pqy"):  # the quarter before the posting date
            q = (d.month - 1) // 3  # 0..3 -> previous quarter number 1..4 (0 means Q4 last year)
            pq, pqy = (q, d.year) if q else (4, d.year - 1)
            val = str(pq if key == "pq" else pqy)
        elif key == "pm":  # previous month, mm/yyyy
            y, mo = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
            val = f"{mo:02d}/{y}"
        else:
            raise KeyError(key)
        self[key] = val
        return val


# --------------------------------------------------------------------------- the accounts
#
# Stable per-counterparty numbers (mandates, creditor ids, customer/policy numbers, IBANs)
# are written literally; per-payment noise comes from the {nN}/{aN} placeholders.

ACCOUNTS: list[Account] = []

# ======================================================================= US: dental practice
# Northside Family Dental PC, Pittsburgh PA (owner Dr. Anna Kowalski).
# PNC business checking (operating), an American Express business card, and a Citibank
# account the practice keeps as a tax reserve.

_AMEX_PAY_DATES = D("2025-06-12", "2025-08-12", "2025-10-14", "2025-12-12")
_AMEX_PAY_AMOUNTS = [4344.66, 6156.35, 7208.12, 5127.40]

ACCOUNTS.append(Account("US", "us-dental-practice", "PNC", "2025-05", "2025-12", ["5213", "8830"], [
    C("Delta Dental", "Service Income", IN, R(8), (1180, 6900),
      "CORPORATE ACH HCCLAIMPMT DELTA DENTAL PA {n10}"),
    C("MetLife", "Service Income", IN, R(5), (260, 1980),
      "CORPORATE ACH HCCLAIMPMT MET LIFE DENTAL {n10}"),
    C("Square", "Sales Revenue", IN, R(8), (820, 4850),
      "CORPORATE ACH SQ{p:%y%m%d} SQUARE INC L204{n11}"),
    C("", "Service Income", IN, R(3), (145, 980), "MOBILE DEPOSIT"),
    C("Brighton Road Properties", "Rent", OUT_, M(1, 7), 4850.00,
      "CORPORATE ACH RENT PYMT BRIGHTON RD PROPERTIES {n10}", local=True),
    C("Paychex", "Salaries & Payroll", OUT_, E(6), (14200, 17400),
      "CORPORATE ACH PAYROLL PAYCHEX INC. {n10}"),
    C("Paychex", "Salaries & Payroll", OUT_, E(4), (5150, 6500),
      "CORPORATE ACH TAXES PAYCHEX TPS {n10}"),
    C("Paychex", "Software & Subscriptions", OUT_, M(3, 2), (182, 236),
      "CORPORATE ACH INVOICE PAYCHEX EIB {n10}"),
    C("Keystone Dental Lab", "Cost of Goods Sold", OUT_, R(8), (385, 1960),
      "ONLINE BILL PAYMENT KEYSTONE DENTAL LAB CONF# {a9}", local=True),
    C("MedPro Group", "Insurance", OUT_, M(5, 5), 612.40,
      "CORPORATE ACH INS PREM MEDPRO GROUP 0000{n6}"),
    C("Duquesne Light", "Utilities", OUT_, M(18, 5), (338, 525),
      "CORPORATE ACH UTIL PYMT DUQUESNE LIGHT CO 4407712095"),
    C("Live Oak Bank", "Loan Repayment", OUT_, M(10, 5), 3912.55,
      "CORPORATE ACH LOAN PMT LIVE OAK BANKING 7700412"),
    C("", "Internal Transfer", OUT_, _AMEX_PAY_DATES, _AMEX_PAY_AMOUNTS,
      "CORPORATE ACH ACH PMT AMEX EPAYMENT W{n4}"),
    C("", "Internal Transfer", OUT_, D("2025-06-10", "2025-09-08"), [11500, 12750],
      "ACH WEB EXT TRANSFER CITIBANK NA NORTHSIDE FAMILY DENT {n8}"),
    C("Anna Kowalski", "Owner Draw / Contribution", OUT_, R(4), (5000, 8000),
      "ZELLE TO ANNA KOWALSKI ON {d:%m/%d} REF # PNCAA{a8}", local=True, whole=True),
    C("Orkin", "Other Expense", OUT_, D("2025-10-14"), 129.00,
      "CORPORATE ACH PEST CTRL ORKIN LLC 5529013"),
    C("", "Bank Fees", OUT_, M(30, 2), (44, 63), "SERVICE CHARGE"),
    C("", "Internal Transfer", OUT_, R(1), 200.00,
      "ATM WITHDRAWAL {card} 4000 PENN AVE PITTSBURGH PA"),
    C("Ferrante Vukovich CPA", "Professional Services", OUT_, D("2025-07-21", "2025-10-20"),
      (650, 1450), "ONLINE BILL PAYMENT FERRANTE VUKOVICH CPA CONF# {a9}", local=True),
]))

ACCOUNTS.append(Account("US", "us-dental-practice", "American Express", "2025-05", "2025-12", [], [
    C("Patterson Dental", "Supplies & Materials", OUT_, R(7), (180, 1450),
      "PATTERSON DENTAL SUPP  800-873-7683        MN"),
    C("Amazon", "Supplies & Materials", OUT_, R(4), (24, 265),
      "AMAZON MARKEPLACE NA PA AMZN.COM/BILL      WA",
      "AMZN MKTP US*{a9}      AMZN.COM/BILL       WA"),
    C("Amazon", "Refunds", IN, R(1), (38, 120),
      "AMAZON MARKEPLACE NA PA AMZN.COM/BILL      WA"),
    C("Henry Schein One", "Software & Subscriptions", OUT_, M(8, 6), 349.00,
      "HENRY SCHEIN ONE       AMERICAN FORK       UT"),
    C("Google", "Marketing & Advertising", OUT_, R(4), (150, 610),
      "GOOGLE *ADS{n10}       CC@GOOGLE.COM       CA"),
    C("Google", "Software & Subscriptions", OUT_, M(2, 2), 43.20,
      "GOOGLE *GSUITE_northsidefamilyd CC@GOOGLE.COM CA"),
    C("Delta Air Lines", "Travel", OUT_, D("2025-09-23"), 468.40,
      "DELTA AIR LINES        ATLANTA             GA 0062{n10}"),
    C("Steel City Scrubs", "Supplies & Materials", OUT_, R(2), (120, 390),
      "SQ *STEEL CITY SCRUBS  gosq.com            PA", local=True),
    C("Primanti Bros", "Meals & Entertainment", OUT_, R(2), (85, 215),
      "PRIMANTI BROS {n3}      PITTSBURGH          PA", local=True),
    C("", "Bank Fees", OUT_, D("2025-08-04"), 375.00, "ANNUAL MEMBERSHIP FEE"),
    C("", "Internal Transfer", IN, _AMEX_PAY_DATES, _AMEX_PAY_AMOUNTS, "AUTOPAY PAYMENT - THANK YOU"),
]))

ACCOUNTS.append(Account("US", "us-dental-practice", "Citibank", "2025-05", "2025-12", [], [
    C("", "Internal Transfer", IN, D("2025-06-11", "2025-09-09"), [11500, 12750],
      "ACH ELECTRONIC CREDIT NORTHSIDE FAMILY DENT TRANSFER {n10}"),
    C("IRS", "Taxes", OUT_, D("2025-06-16", "2025-09-15", "2025-12-15"), (6400, 9800),
      "ACH ELECTRONIC DEBIT IRS USATAXPYMT 2702{n11}"),
    C("", "Interest", IN, M(28, 3), (3, 19), "INTEREST PAID"),
]))

# ======================================================================= US: landscaping
# Lindqvist Lawn & Snow LLC, Minneapolis MN (owner Erik Lindqvist): lawn care and
# landscaping April-November, snow removal in winter. Its operating account moved from
# U.S. Bank to Capital One in July 2025; a Mercury account (Stripe invoice payouts, Gusto
# payroll, Mercury debit card) was added in September.

ACCOUNTS.append(Account("US", "us-landscaping", "U.S. Bank", "2025-03", "2025-06", ["7261"], [
    C("Cedar Ridge Townhome Association", "Service Income", IN, M(6, 4), 2150.00,
      "ELECTRONIC DEPOSIT FROM CEDAR RIDGE TOWNH REF={n15} AP PAYMNT", local=True),
    C("Karen Olson", "Service Income", IN, R(3), (165, 420),
      "ZELLE INSTANT PMT FROM KAREN OLSON CONF# {a10}", local=True),
    C("", "Service Income", IN, R(3), (120, 880), "MOBILE CHECK DEPOSIT"),
    C("Home Depot", "Supplies & Materials", OUT_, R(2), (45, 380),
      "DEBIT PURCHASE -VISA ON {p:%m%d%y} THE HOME DEPOT #28{n2} MINNEAPOLIS MN CARD {card}",
      card=True),
    C("SiteOne Landscape Supply", "Cost of Goods Sold", OUT_, R(3), (280, 1900),
      "DEBIT PURCHASE -VISA ON {p:%m%d%y} SITEONE LANDSCAPE SUP PLYMOUTH MN CARD {card}",
      card=True),
    C("Kwik Trip", "Travel", OUT_, R(2), (55, 140),
      "DEBIT PURCHASE -VISA ON {p:%m%d%y} KWIK TRIP 0{n3} MINNEAPOLIS MN CARD {card}",
      card=True),
    C("Xcel Energy", "Utilities", OUT_, M(16, 2), (88, 160),
      "ELECTRONIC WITHDRAWAL TO XCEL ENERGY-NSP REF={n15} XCELENERGY"),
    C("Ally", "Loan Repayment", OUT_, M(20, 3), 918.36,
      "ELECTRONIC WITHDRAWAL TO ALLY ALLY PAYMT REF={n15}"),
    C("", "Internal Transfer", OUT_, D("2025-07-15"), 18000.00,
      "ELECTRONIC WITHDRAWAL TO CAPITAL ONE N.A. REF={n15} TRANSFER"),
    C("Erik Lindqvist", "Owner Draw / Contribution", OUT_, R(1), (2500, 2500),
      "ZELLE INSTANT PMT TO ERIK LINDQVIST CONF# {a10}", local=True),
]))

ACCOUNTS.append(Account("US", "us-landscaping", "Capital One", "2025-07", "2026-02", ["0951"], [
    C("", "Internal Transfer", IN, D("2025-07-16"), 18000.00,
      "Deposit from LINDQVIST LAWN & S TRANSFER"),
    C("Cedar Ridge Townhome Association", "Service Income", IN, M(6, 5), 2150.00,
      "Deposit from CEDAR RIDGE TOWNH AP PAYMNT", local=True),
    C("Northmark Property Management", "Service Income", IN, R(7), (1200, 5400),
      "Deposit from BILL.COM PAYABLES Northmark Property M", local=True),
    C("Karen Olson", "Service Income", IN, R(2), (180, 260),
      "Zelle money received from KAREN OLSON", local=True),
    C("Greg Halvorsen", "Service Income", IN, R(5), (240, 610),
      "Zelle money received from Greg Halvorsen", local=True),
    C("", "Service Income", IN, R(2), (150, 900), "Check Deposit (Mobile)"),
    C("Home Depot", "Supplies & Materials", OUT_, R(3), (35, 260),
      "Debit Card Purchase - THE HOME DEPOT #28{n2}", card=True),
    C("SiteOne Landscape Supply", "Cost of Goods Sold", OUT_, R(2), (310, 1750),
      "Debit Card Purchase - SITEONE LANDSCAPE SUP", card=True),
    C("North Star Stone & Mulch", "Cost of Goods Sold", OUT_, R(5), (260, 1380),
      "Debit Card Purchase - NORTH STAR STONE & MU", card=True, local=True),
    C("Twin Cities Ice Melt", "Cost of Goods Sold", OUT_, D("2025-12-03", "2026-01-14"),
      (340, 720), "Debit Card Purchase - SQ *TWIN CITIES ICE MEL", card=True, local=True),
    C("Kwik Trip", "Travel", OUT_, R(3), (48, 132),
      "Debit Card Purchase - KWIK TRIP 00{n3}", card=True),
    C("Sunbelt Rentals", "Equipment", OUT_, R(2), (185, 460),
      "Debit Card Purchase - SUNBELT RENTALS #{n3}", card=True),
    C("Ally", "Loan Repayment", OUT_, M(20, 3), 918.36, "Withdrawal from ALLY ALLY PAYMT"),
    C("Next Insurance", "Insurance", OUT_, M(14, 5), 188.25, "Withdrawal from NEXT INSURANCE INS PYMT"),
    C("Xcel Energy", "Utilities", OUT_, M(16, 4), (84, 175),
      "Withdrawal from XCEL ENERGY-NSP XCELENERGY"),
    C("Braaten Properties", "Rent", OUT_, M(1, 7), 1650.00,
      "Zelle money sent to BRAATEN PROPERTIES LLC", local=True),
    C("Minnesota Department of Revenue", "Taxes", OUT_, D("2025-10-20", "2026-01-20"),
      (880, 1940), "Withdrawal from MN DEPT OF REVENUE MN REV PAY"),
    C("IRS", "Taxes", OUT_, D("2025-09-15"), (2400, 2400), "Withdrawal from IRS USATAXPYMT"),
    C("Erik Lindqvist", "Owner Draw / Contribution", OUT_, R(2), (2000, 4000),
      "Zelle money sent to ERIK LINDQVIST", local=True, whole=True),
    C("Erik Lindqvist", "Owner Draw / Contribution", IN, D("2026-01-08"), 6000.00,
      "Zelle money received from ERIK LINDQVIST", local=True),
    C("", "Internal Transfer", OUT_, D("2025-09-03", "2025-11-04"), [7500, 5000],
      "Withdrawal from LINDQVIST LAWN & TRANSFER"),
    C("", "Bank Fees", OUT_, D("2026-01-30", "2026-02-27"), 15.00, "Monthly Service Fee"),
    C("", "Internal Transfer", OUT_, R(1), 300.00, "ATM Withdrawal - CASH DEPOT E LAKE ST MINNEAPOLIS MN"),
    C("Matt's Bar", "Meals & Entertainment", OUT_, R(1), (96, 96),
      "Debit Card Purchase - MATTS BAR MINNEAPOLIS MN", card=True, local=True),
]))

ACCOUNTS.append(Account("US", "us-landscaping", "Mercury", "2025-09", "2026-02", ["4417"], [
    C("Stripe", "Sales Revenue", IN, R(8), (420, 3600), "Stripe"),
    C("Gusto", "Salaries & Payroll", OUT_, E(5), (4800, 12500), "Gusto"),
    C("Gusto", "Salaries & Payroll", OUT_, E(2), (1500, 4200), "Gusto"),
    C("Gusto", "Software & Subscriptions", OUT_, M(2, 2), (80, 140), "Gusto"),
    C("", "Internal Transfer", IN, D("2025-09-04", "2025-11-05"), [7500, 5000],
      "Lindqvist Lawn & Snow LLC"),
    C("Jobber", "Software & Subscriptions", OUT_, M(11, 5), 169.00, "Mercury Card ••{card} Jobber"),
    C("Kwik Trip", "Travel", OUT_, R(2), (52, 118), "Mercury Card ••{card} Kwik Trip"),
    C("Home Depot", "Supplies & Materials", OUT_, R(1), (72, 72), "Mercury Card ••{card} The Home Depot"),
    C("Erik Lindqvist", "Owner Draw / Contribution", OUT_, R(1), 3000.00, "Erik Lindqvist", local=True),
    C("Meta", "Marketing & Advertising", OUT_, R(2), (45, 160), "Mercury Card ••{card} Facebook"),
]))

# ======================================================================= UK: bakery
# Hartley's Bakehouse Ltd, Leeds, two shops (Chapel Allerton; Headingley, bought in
# September 2025 with its HSBC account). Directors Jess and Tom Hartley.

ACCOUNTS.append(Account("UK", "uk-bakery", "Barclays", "2025-07", "2026-02", ["4471"], [
    C("Dojo", "Sales Revenue", IN, R(7), (680, 2300), "GIRO CREDIT FROM DOJO REF: PAYOUT {a8}"),
    C("Deliveroo", "Sales Revenue", IN, R(3), (180, 640),
      "GIRO CREDIT FROM ROOFOODS LTD REF: DELIVEROO {n7}"),
    C("Kirkstall Coffee House", "Sales Revenue", IN, R(6), (210, 480),
      "GIRO CREDIT FROM KIRKSTALL COFFEE HO REF: INV {n4}", local=True),
    C("Meanwood Deli", "Sales Revenue", IN, R(5), (120, 260),
      "GIRO CREDIT FROM MEANWOOD DELI REF: HB{n4}", local=True),
    C("", "Sales Revenue", IN, R(3), (300, 950), "CASH DEPOSIT POST OFFICE CHAPEL ALLERTON"),
    C("Shipton Mill", "Cost of Goods Sold", OUT_, R(5), (420, 980),
      "BILL PAYMENT TO SHIPTON MILL LTD REF: {n6}", local=True),
    C("Acorn Dairy", "Cost of Goods Sold", OUT_, R(5), (160, 420),
      "DIRECT DEBIT TO ACORN DAIRY REF: AD-004471", local=True),
    C("Brakes", "Cost of Goods Sold", OUT_, R(3), (240, 760),
      "DIRECT DEBIT TO BRAKES REF: 0045612987"),
    C("Booker", "Cost of Goods Sold", OUT_, R(2), (60, 280),
      "CARD PAYMENT TO BOOKER LTD ON {p_dmon}", card=True),
    C("Booker", "Refunds", IN, R(1), (23.40, 23.40),
      "CARD REFUND FROM BOOKER LTD ON {p_dmon}", card=True),
    C("Allerton Estates", "Rent", OUT_, M(1, 6), 1850.00,
      "BILL PAYMENT TO ALLERTON ESTATES REF: RENT 14 HARROGATE RD", local=True),
    C("Leeds City Council", "Taxes", OUT_, M(1, 3), 312.00,
      "DIRECT DEBIT TO LEEDS CITY COUNCIL REF: 6001834562"),
    C("Octopus Energy", "Utilities", OUT_, M(12, 4), (280, 540),
      "DIRECT DEBIT TO OCTOPUS ENERGY REF: A-6C2F91D0"),
    C("M Nowak", "Salaries & Payroll", OUT_, E(5), (1480, 1620),
      "BILL PAYMENT TO M NOWAK REF: WAGES", local=True),
    C("HMRC", "Salaries & Payroll", OUT_, M(22, 3), (820, 1100),
      "BILL PAYMENT TO HMRC CUMBERNAULD REF: 475PX0032817"),
    C("HMRC", "Taxes", OUT_, D("2025-08-07", "2025-11-07", "2026-02-09"), (1100, 2400),
      "DIRECT DEBIT TO HMRC VAT REF: 412387265"),
    C("Holroyd & Pike", "Professional Services", OUT_, D("2025-10-06", "2026-01-12"), (360, 960),
      "BILL PAYMENT TO HOLROYD AND PIKE REF: FEE {n4}", local=True),
    C("Sage", "Software & Subscriptions", OUT_, M(6, 3), 36.00,
      "DIRECT DEBIT TO SAGE (UK) LIMITED REF: 0004471892"),
    C("Funding Circle", "Financing", IN, D("2025-07-08"), 15000.00,
      "GIRO CREDIT FROM FUNDING CIRCLE REF: LOAN FC-8812473"),
    C("Funding Circle", "Loan Repayment", OUT_, M(5, 3), 486.93,
      "DIRECT DEBIT TO FUNDING CIRCLE REF: FC-8812473"),
    C("J Hartley", "Owner Draw / Contribution", OUT_, D("2025-09-30", "2025-12-31"),
      (1200, 2000), "BILL PAYMENT TO J HARTLEY REF: DIVIDEND", local=True, whole=True),
    C("", "Internal Transfer", OUT_, D("2025-10-01", "2025-12-01"), [2500, 1800],
      "BILL PAYMENT TO HARTLEYS BAKEHOUSE REF: HSBC HEADINGLEY"),
    C("", "Bank Fees", OUT_, M(28, 2), (18, 34), "COMMISSION CHARGES"),
    C("Nisbets", "Equipment", OUT_, D("2025-10-14"), 389.99,
      "CARD PAYMENT TO NISBETS PLC ON {p_dmon}", card=True),
    C("Meta", "Marketing & Advertising", OUT_, R(2), (30, 90),
      "CARD PAYMENT TO FACEBK *{a10} ON {p_dmon}", card=True),
]))

ACCOUNTS.append(Account("UK", "uk-bakery", "HSBC", "2025-09", "2026-02", ["9023"], [
    C("SumUp", "Sales Revenue", IN, R(5), (300, 1100), "CR SUMUP PAYMENTS LIMIT PAYOUT{n6}"),
    C("", "Sales Revenue", IN, R(2), (220, 640), "CR CASH DEPOSIT HEADINGLEY BR"),
    C("Otley Road Properties", "Rent", OUT_, M(1, 5), 1425.00,
      "SO OTLEY ROAD PROPERTIES RENT 71 OTLEY RD", local=True),
    C("Octopus Energy", "Utilities", OUT_, M(14, 2), (160, 310), "DD OCTOPUS ENERGY"),
    C("A Kowalczyk", "Salaries & Payroll", OUT_, E(3), (1210, 1380), "BP A KOWALCZYK WAGES",
      local=True),
    C("Wharfedale Free Range", "Cost of Goods Sold", OUT_, R(3), (85, 190),
      "BP WHARFEDALE FREE RAN INV {n4}", local=True),
    C("Booker", "Cost of Goods Sold", OUT_, R(2), (45, 210), "VIS BOOKER LTD LEEDS", card=True),
    C("", "Internal Transfer", IN, D("2025-10-01", "2025-12-01"), [2500, 1800],
      "CR HARTLEYS BAKEHOUSE HSBC HEADINGLEY"),
    C("Sparkle Window Cleaning", "Other Expense", OUT_, M(8, 3), 35.00,
      "BP SPARKLE WINDOW CLEA WINDOWS", local=True),
    C("", "Bank Fees", OUT_, M(30, 1), 6.50, "ACCOUNT FEE"),
    C("", "Internal Transfer", OUT_, R(1), 100.00, "ATM CASH HSBC {p_dmon} HEADINGLEY", card=True),
]))

# ======================================================================= UK: IT freelancer
# Mehta Digital Ltd, Manchester: Rohan Mehta's one-person IT contracting company.
# NatWest until October 2025, then Starling.

ACCOUNTS.append(Account("UK", "uk-it-freelancer", "NatWest", "2025-04", "2025-10", ["4532"], [
    C("Hays", "Service Income", IN, M(4, 4), (5200, 7800), "BAC HAYS SPECIALIST R , SELF BILL {n6}"),
    C("Northern Lights Logistics", "Service Income", IN, R(4), (1800, 3600),
      "BAC NORTHERN LIGHTS LOG , INV 2025-0{k2}", local=True),
    C("Crunch", "Professional Services", OUT_, M(1, 3), 82.80, "D/D CRUNCH ACCOUNTING , CRN-0023441"),
    C("Qdos", "Insurance", OUT_, M(15, 2), 24.13, "D/D QDOS CONTRACTOR , QC/6612847"),
    C("Vodafone", "Utilities", OUT_, M(8, 2), (28, 36), "D/D VODAFONE LIMITED , 7124455891"),
    C("GitHub", "Software & Subscriptions", OUT_, M(3, 2), (7.42, 7.61),
      "POS {card} {p_ddmonyy} , GITHUB, INC. , 10.00 USD", card=True),
    C("", "Bank Fees", OUT_, R(1), (0.41, 0.52), "CHG NON-STERLING TRANSACTION FEE"),
    C("Avanti West Coast", "Travel", OUT_, R(2), (64, 158),
      "POS {card} {p_ddmonyy} , AVANTI WEST COAST", card=True),
    C("Mills Bay Coworking", "Rent", OUT_, M(1, 3), 180.00, "D/D MILLS BAY COWORKIN , MB-0142",
      local=True),
    C("HMRC", "Taxes", OUT_, D("2025-08-07"), (1460, 1460), "OTR HMRC VAT , 276491833"),
    C("R Mehta", "Salaries & Payroll", OUT_, E(3), 1048.00, "OTR R MEHTA , SALARY", local=True),
    C("R Mehta", "Owner Draw / Contribution", OUT_, D("2025-06-30", "2025-09-30"), (2000, 4000),
      "OTR R MEHTA , DIVIDEND", local=True, whole=True),
    C("", "Internal Transfer", OUT_, D("2025-10-20"), 8000.00,
      "OTR MEHTA DIGITAL LTD , TO STARLING"),
    C("", "Bank Fees", OUT_, D("2025-07-18"), 5.00, "CHG {d_ddmon} SERVICE CHARGE"),
]))

ACCOUNTS.append(Account("UK", "uk-it-freelancer", "Starling", "2025-10", "2026-04", ["7790"], [
    C("", "Internal Transfer", IN, D("2025-10-20"), 8000.00, "Mehta Digital Ltd - TO STARLING"),
    C("Hays", "Service Income", IN, M(4, 3), (5200, 7800),
      "Hays Specialist Recruitment Ltd - SELF BILL {n6}"),
    C("Pennine Data Systems", "Service Income", IN, R(5), (2400, 4800),
      "Pennine Data Systems Ltd - INV-{n4}", local=True),
    C("Crunch", "Professional Services", OUT_, M(1, 3), 82.80, "Crunch Accounting - CRN-0023441"),
    C("Qdos", "Insurance", OUT_, M(15, 2), 24.13, "QDOS CONTRACTOR - QC/6612847"),
    C("Vodafone", "Utilities", OUT_, M(8, 2), (28, 36), "Vodafone - 7124455891"),
    C("GitHub", "Software & Subscriptions", OUT_, M(3, 2), (7.38, 7.66),
      "GitHub - GITHUB, INC. SAN FRANCISCO USA", card=True),
    C("Hetzner", "Software & Subscriptions", OUT_, M(4, 3), (11.20, 13.10),
      "Hetzner Online - HETZNER ONLINE GMBH GUNZENHAUSEN DEU", card=True),
    C("OpenAI", "Software & Subscriptions", OUT_, M(9, 3), (15.20, 15.90),
      "OpenAI - OPENAI *CHATGPT SUBSCR SAN FRANCISCO USA", card=True),
    C("Google", "Software & Subscriptions", OUT_, M(1, 2), 14.00,
      "Google - GOOGLE*WORKSPACE MEHTADIGI DUBLIN IRL", card=True),
    C("Avanti West Coast", "Travel", OUT_, R(1), (142.60, 142.60),
      "Avanti West Coast - AVANTI WEST COAST LONDON GBR", card=True),
    C("Avanti West Coast", "Refunds", IN, R(1), (35.65, 35.65),
      "Avanti West Coast - DELAY REPAY {n8}"),
    C("Pret A Manger", "Meals & Entertainment", OUT_, R(2), (9, 24),
      "Pret A Manger - PRET A MANGER MANCHESTER GBR", card=True),
    C("Apple", "Equipment", OUT_, D("2025-11-24"), 1799.00,
      "Apple Store - APPLE STORE R227 MANCHESTER GBR", card=True),
    C("Mills Bay Coworking", "Rent", OUT_, M(1, 4), 180.00, "Mills Bay Coworking - MB-0142",
      local=True),
    C("HMRC", "Taxes", OUT_, D("2025-11-07", "2026-02-09"), (1200, 2100),
      "HMRC VAT - 276491833"),
    C("HMRC", "Taxes", OUT_, D("2026-01-02"), 5220.40, "HMRC SHIPLEY - 4471298836A00102A"),
    C("R Mehta", "Salaries & Payroll", OUT_, E(3), 1048.00, "R Mehta - SALARY", local=True),
    C("R Mehta", "Owner Draw / Contribution", OUT_, D("2025-12-31", "2026-03-31"), (2000, 4000),
      "R Mehta - DIVIDEND", local=True, whole=True),
    C("", "Internal Transfer", OUT_, M(25, 2), (1200, 2000), "Tax Reserve - TRANSFER TO SPACE",
      whole=True),
    C("", "Internal Transfer", IN, D("2026-01-02"), 5000.00, "Tax Reserve - TRANSFER FROM SPACE"),
]))

# ======================================================================= EU (DE): bike repair
# Radwerk Kessler, Leipzig: bike repair shop and small dealer, sole trader Jonas Kessler.
# Deutsche Bank business account (CSV: Umsatzart + Begünstigter/Auftraggeber +
# Verwendungszweck) and an N26 Business account in his name used with its Mastercard.

_DB_CARD = "{p:%Y-%m-%d}T{hh_mm_ss} Karte 1 2028-12"

ACCOUNTS.append(Account("EU", "de-bike-repair", "Deutsche Bank", "2025-03", "2025-10", ["1"], [
    C("SumUp", "Sales Revenue", IN, R(4), (420, 1900),
      "SEPA-Gutschrift von SumUp Limited Auszahlung {n8} SumUp Payments"),
    C("", "Sales Revenue", IN, R(1), (350, 900), "Bargeldeinzahlung Filiale Leipzig-Zentrum"),
    C("JobRad", "Sales Revenue", IN, R(2), (1800, 3900),
      "SEPA-Gutschrift von JobRad GmbH RE {n5} Leasingrad Auftr. {n7}"),
    C("Bikeleasing-Service", "Service Income", IN, R(1), (89, 260),
      "SEPA-Gutschrift von Bikeleasing-Service GmbH & Co. KG Inspektion RE {n5}"),
    C("Leipziger Lastenrad Kurier", "Service Income", IN, M(5, 4), 380.00,
      "SEPA-Gutschrift von Leipziger Lastenrad Kurier UG Wartungsvertrag {monat} {d:%Y}",
      local=True),
    C("Hartje", "Cost of Goods Sold", OUT_, R(3), (380, 2400),
      "SEPA-Lastschrift von Hermann Hartje KG RE {n7} KD-NR 104471 Mandatsref. HARTJE-104471 "
      "Gläubiger-ID DE39ZZZ00000157423"),
    C("Hartje", "Refunds", IN, R(1), (146.20, 146.20),
      "SEPA-Gutschrift von Hermann Hartje KG Gutschrift Retoure RE {n7}"),
    C("Fahrradgroßhandel Schubert", "Cost of Goods Sold", OUT_, R(1), (120, 540),
      "SEPA-Überweisung an Fahrradgrosshandel Schubert e.K. RG {n4}", local=True),
    C("Helga Winkler", "Rent", OUT_, M(1, 4), 950.00,
      "Dauerauftrag an Helga Winkler Miete Werkstatt Eisenbahnstr. 112", local=True),
    C("Stadtwerke Leipzig", "Utilities", OUT_, M(15, 2), 118.00,
      "SEPA-Lastschrift von Stadtwerke Leipzig GmbH Abschlag Strom VK 2004471123 "
      "Mandatsref. SWL2004471123 Gläubiger-ID DE12SWL00000012345"),
    C("Vodafone", "Utilities", OUT_, M(5, 2), 39.99,
      "SEPA-Lastschrift von Vodafone GmbH Kundennr. 118844712 Rechnung {n10}"),
    C("Allianz", "Insurance", OUT_, D("2025-04-01", "2025-07-01"), 186.45,
      "SEPA-Lastschrift von Allianz Versicherungs-AG Vers.-Nr. AS-7714028 Betriebshaftpflicht"),
    C("Finanzamt Leipzig II", "Taxes", OUT_, D("2025-04-10", "2025-07-10"),
      (640, 1450), "SEPA-Lastschrift von Finanzamt Leipzig II USt-VA {pq}/{pqy} StNr 232/214/04471"),
    C("Tim Böhme", "Salaries & Payroll", OUT_, E(4), 2138.40,
      "SEPA-Überweisung an Tim Böhme Lohn {d:%m/%Y}", local=True),
    C("AOK Plus", "Salaries & Payroll", OUT_, M(27, 2), (1020, 1090),
      "SEPA-Lastschrift von AOK PLUS Beitragsnachweis {d:%m/%Y} BBNR 44712345"),
    C("Jonas Kessler", "Owner Draw / Contribution", OUT_, R(2), (1500, 2500),
      "SEPA-Überweisung an Jonas Kessler Privatentnahme IBAN DE44860555920012345678",
      local=True, whole=True),
    C("", "Internal Transfer", OUT_, D("2025-06-16"), 600.00,
      "SEPA-Überweisung an Jonas Kessler Umbuchung N26 Business IBAN DE73100110012624471123"),
    C("Steuerkanzlei Fröhlich", "Professional Services", OUT_, D("2025-05-12", "2025-08-11"),
      (238, 476), "SEPA-Überweisung an Steuerkanzlei Fröhlich RG {n4}/2025 Buchhaltung",
      local=True),
    C("Lexware", "Software & Subscriptions", OUT_, M(2, 2), 21.90,
      "SEPA-Lastschrift von Haufe-Lexware GmbH & Co. KG lexoffice Rechnung {n9}"),
    C("", "Loan Repayment", OUT_, M(30, 2), 412.50, "Tilgung/Zinsen Darlehen 5004471123"),
    C("", "Bank Fees", OUT_, M(30, 1), (14.90, 19.40), "Entgelte Kontoführung {d:%m/%Y}"),
    C("OBI", "Supplies & Materials", OUT_, R(2), (24, 120),
      "Kartenzahlung OBI Markt 0291//Leipzig/DE " + _DB_CARD, card=True),
    C("Aral", "Travel", OUT_, R(1), (45, 90),
      "Kartenzahlung ARAL Station 28{n4}//Leipzig/DE " + _DB_CARD, card=True),
    C("", "Internal Transfer", OUT_, R(1), 200.00,
      "Bargeldauszahlung Deutsche Bank Leipzig Hbf " + _DB_CARD, card=True),
]))

ACCOUNTS.append(Account("EU", "de-bike-repair", "N26", "2025-03", "2025-10", ["2291"], [
    C("Bike-Components", "Cost of Goods Sold", OUT_, R(3), (45, 340),
      "Mastercard-Zahlung: bike-components.de", card=True),
    C("", "Internal Transfer", IN, D("2025-06-16"), 600.00,
      "Gutschrift: Jonas Kessler (Umbuchung N26 Business)"),
]))

# ======================================================================= EU (NL): flowers
# Bloemengroothandel Van Leeuwen B.V., Aalsmeer: cut-flower wholesaler buying at the
# FloraHolland clock and from growers, selling to florists in NL and Germany.
# Rabobank (CSV: code + counterparty + description) and ING (Mutatiesoort + Naam +
# Mededelingen).

ACCOUNTS.append(Account("EU", "nl-flower-wholesale", "Rabobank", "2025-10", "2026-03", ["021"], [
    C("Royal FloraHolland", "Cost of Goods Sold", OUT_, R(4), (4200, 18500),
      "ei Koninklijke Coöperatieve Bloemenveiling FloraHolland U.A. Factuur {d:%Y}-W{d:%V} "
      "klantnr 44712 Machtiging: FH44712 Incassant: NL65ZZZ340789670000"),
    C("Royal FloraHolland", "Refunds", IN, R(1), (412.80, 412.80),
      "bg Koninklijke Coöperatieve Bloemenveiling FloraHolland U.A. Creditnota klacht {n6} "
      "kwaliteit"),
    C("Kwekerij De Boer", "Cost of Goods Sold", OUT_, R(3), (950, 3400),
      "bg Kwekerij De Boer Factuur {n5}", local=True),
    C("Rozenkwekerij Van Dijk", "Cost of Goods Sold", OUT_, R(2), (1200, 2800),
      "bg Rozenkwekerij Van Dijk V.O.F. fact {n4}", local=True),
    C("Blumen Hoffmann", "Sales Revenue", IN, R(3), (2100, 5600),
      "bg Blumen Hoffmann GmbH RE 2025-{n4} Kd 30117", local=True),
    C("Bloemsierkunst Anja", "Sales Revenue", IN, R(3), (380, 950),
      "bg Bloemsierkunst Anja Factuur VL{n5}", local=True),
    C("Bloemenhuis De Linde", "Sales Revenue", IN, R(3), (420, 1150),
      "bg Bloemenhuis De Linde VL{n5} betaling", local=True),
    C("Mollie", "Sales Revenue", IN, R(2), (520, 1800),
      "bg Stichting Mollie Payments Uitbetaling {n8} Mollie"),
    C("Transportbedrijf Hoogendoorn", "Cost of Goods Sold", OUT_, R(2), (650, 1400),
      "ei Transportbedrijf Hoogendoorn B.V. Factuur {n6} Machtiging: HOOG-2231 "
      "Incassant: NL12ZZZ271845630000", local=True),
    C("Legmeer Vastgoed", "Rent", OUT_, M(1, 3), 3250.00,
      "bg Legmeer Vastgoed B.V. Huur bedrijfshal Legmeerdijk 313 {maand}", local=True),
    C("Eneco", "Utilities", OUT_, M(20, 2), (890, 1240),
      "ei Eneco Zakelijk Termijnbedrag {n9} Machtiging: 000814477 Incassant: NL44ZZZ240454590000"),
    C("PWN", "Utilities", OUT_, D("2025-11-27"), (134.00, 134.00),
      "ei N.V. PWN Waterleidingbedrijf Noord-Holland voorschot {n8}"),
    C("", "Salaries & Payroll", OUT_, E(2), (11200, 12800), "cb Batch salarissen {maand} 5 posten"),
    C("Belastingdienst", "Salaries & Payroll", OUT_, M(28, 2), (3900, 4600),
      "bg Belastingdienst Betalingskenmerk {n4a} {n4b} {n4c} {n4d}"),
    C("Belastingdienst", "Taxes", OUT_, D("2026-01-30"), (6120, 6120),
      "bg Belastingdienst Betalingskenmerk {n4a} {n4b} {n4c} {n4d}"),
    C("Interpolis", "Insurance", OUT_, M(1, 2), 214.60,
      "ei Interpolis Schade Polisnr 70.44.128 Machtiging: IP7044128"),
    C("Tango", "Travel", OUT_, R(2), (60, 110), "ba Tango Aalsmeer Legmeerdijk AALSMEER",
      card=True),
    C("", "Bank Fees", OUT_, M(1, 1), (24.85, 31.40), "db Kosten Rabo TotaalPakket {maand}"),
    C("", "Internal Transfer", OUT_, D("2025-11-03"), 5000.00,
      "tb Bloemengroothandel Van Leeuwen B.V. Overboeking naar ING"),
    C("M van Leeuwen", "Owner Draw / Contribution", OUT_, D("2025-12-19"), 12000.00,
      "bg M VAN LEEUWEN Dividend 2025", local=True),
]))

_ING_PAS = "Pasvolgnr: 002 {p:%d-%m-%Y} {hh_mm} Transactie: {a6} Term: {a2}{n6} Valutadatum: {d:%d-%m-%Y}"

ACCOUNTS.append(Account("EU", "nl-flower-wholesale", "ING", "2025-10", "2026-03", ["002"], [
    C("Exact", "Software & Subscriptions", OUT_, M(3, 3), 85.00,
      "Incasso: Exact Group B.V. Naam: Exact Group B.V. Omschrijving: Exact Online factuur {n8} "
      "IBAN: NL24INGB0006573331 Kenmerk: {n10} Machtiging ID: EOL-8812443 "
      "Incassant ID: NL35ZZZ271484370000 Doorlopende incasso Valutadatum: {d:%d-%m-%Y}"),
    C("Action", "Supplies & Materials", OUT_, R(2), (12, 65),
      "Betaalautomaat: Action 1523 Aalsmeer " + _ING_PAS, card=True),
    C("Blumen Hoffmann", "Sales Revenue", IN, R(1), (1900, 4800),
      "Overschrijving: Blumen Hoffmann GmbH Naam: Blumen Hoffmann GmbH Omschrijving: RE 2025-{n4} "
      "IBAN: DE44300501100041234567 Valutadatum: {d:%d-%m-%Y}", local=True),
    C("", "Internal Transfer", IN, D("2025-11-03"), 5000.00,
      "Online bankieren: Bloemengroothandel Van Leeuwen B.V. Naam: Bloemengroothandel Van Leeuwen "
      "B.V. Omschrijving: Overboeking naar ING IBAN: NL18RABO0312456789 Valutadatum: {d:%d-%m-%Y}"),
    C("", "Internal Transfer", OUT_, R(1), 250.00, "Geldautomaat: Geldmaat Aalsmeer " + _ING_PAS,
      card=True),
    C("", "Bank Fees", OUT_, M(1, 1), 13.50,
      "Diversen: Kosten Zakelijk Betalen Pakket Omschrijving: periode {pm}"),
]))

# ======================================================================= EU (FR): architecture
# Atelier Morel Architectes SARL, Nice (gérante Claire Morel). Société Générale main
# account (libellé + détail), and a UniCredit account opened for its Sanremo project office.

ACCOUNTS.append(Account("EU", "fr-architecture", "Société Générale", "2025-09", "2026-04", ["4721"], [
    C("SCI Les Terrasses de Cimiez", "Service Income", IN, R(3), (4800, 12000),
      "VIR RECU {n10} DE: SCI LES TERRASSES DE CIMIEZ MOTIF: HONORAIRES PHASE APS FACT {n4} "
      "REF: {a10}", local=True),
    C("Azur Promotion", "Service Income", IN, R(4), (3600, 9800),
      "VIR RECU {n10} DE: AZUR PROMOTION SAS MOTIF: NOTE HONORAIRES {n4} REF: {a10}", local=True),
    C("Julien Bertrand", "Service Income", IN, R(1), (1500, 4200),
      "VIR RECU {n10} DE: M JULIEN BERTRAND MOTIF: ACOMPTE EXTENSION VILLA REF: {a10}",
      local=True),
    C("SCI Riquier Patrimoine", "Rent", OUT_, M(5, 3), 1650.00,
      "VIR PERMANENT POUR: SCI RIQUIER PATRIMOINE MOTIF: LOYER BUREAU {mois} REF: {n10}",
      local=True),
    C("Orange", "Utilities", OUT_, M(12, 2), 64.99,
      "PRLV SEPA ORANGE SA DE: ORANGE SA ID: FR39ZZZ000101 MOTIF: FACTURE {n10} REF: {a12} "
      "MANDAT OR0088412537"),
    C("Lucas Faure", "Salaries & Payroll", OUT_, E(3), 2180.30,
      "VIR EUROPEEN EMIS LOGITEL POUR: M LUCAS FAURE MOTIF: SALAIRE {mois} {d:%Y} REF: {n10}",
      local=True),
    C("URSSAF", "Salaries & Payroll", OUT_, M(15, 2), (1850, 2200),
      "PRLV SEPA URSSAF PROVENCE-ALPES-COTE D'AZUR DE: URSSAF PACA ID: FR70ZZZ001075 MOTIF: "
      "DSN {pm} REF: {a12}"),
    C("DGFiP", "Taxes", OUT_, M(24, 2), (1400, 3100),
      "PRLV SEPA DGFIP DE: DIRECTION GENERALE DES FINANCES PUBLIQUES MOTIF: TVA {pm} REF: {a12}"),
    C("DGFiP", "Taxes", OUT_, D("2025-12-15"), 486.00,
      "PRLV SEPA DGFIP DE: DIRECTION GENERALE DES FINANCES PUBLIQUES MOTIF: CFE 2025 "
      "REF: {a12}"),
    C("MAF", "Insurance", OUT_, D("2026-01-12", "2026-04-10"), 1240.00,
      "PRLV SEPA MUTUELLE DES ARCHITECTES FRANCAIS DE: MAF ID: FR55ZZZ008812 MOTIF: "
      "COTISATION 2026 ECHEANCE TRIMESTRIELLE REF: {a12}"),
    C("Fiducial", "Professional Services", OUT_, M(10, 2), 240.00,
      "PRLV SEPA FIDUCIAL EXPERTISE DE: FIDUCIAL EXPERTISE MOTIF: HONORAIRES {mois} REF: {a12}"),
    C("Hugo Marchand", "Professional Services", OUT_, R(2), (650, 1400),
      "VIR EUROPEEN EMIS LOGITEL POUR: HUGO MARCHAND MOTIF: FACTURE {k3} PERSPECTIVES 3D "
      "REF: {n10}", local=True),
    C("Le Géant des Beaux-Arts", "Supplies & Materials", OUT_, R(2), (40, 180),
      "CARTE X{card} {p:%d/%m} GEANT BEAUX ARTS", card=True),
    C("Indigo", "Travel", OUT_, R(2), (6, 24), "CARTE X{card} {p:%d/%m} INDIGO NICE ETOILE",
      card=True),
    C("Taxi Riviera", "Travel", OUT_, R(1), (38.50, 38.50),
      "CARTE X{card} {p:%d/%m} TAXI RIVIERA NICE", card=True, local=True),
    C("Graphisoft", "Software & Subscriptions", OUT_, M(6, 2), 247.00,
      "CARTE X{card} {p:%d/%m} GRAPHISOFT SE BUDAPEST", card=True),
    C("", "Loan Repayment", OUT_, M(5, 2), 687.22, "ECHEANCE PRET N 40041287"),
    C("", "Bank Fees", OUT_, M(3, 2), 11.50, "COTISATION JAZZ PRO"),
    C("", "Bank Fees", OUT_, R(1), 8.00, "COMMISSION D'INTERVENTION"),
    C("Claire Morel", "Owner Draw / Contribution", IN, D("2025-09-08"), 15000.00,
      "VIR RECU {n10} DE: MME CLAIRE MOREL MOTIF: APPORT COMPTE COURANT ASSOCIE REF: {a10}",
      local=True),
    C("Claire Morel", "Owner Draw / Contribution", OUT_, D("2026-03-20"), 6000.00,
      "VIR EUROPEEN EMIS LOGITEL POUR: MME CLAIRE MOREL MOTIF: DIVIDENDES 2025 REF: {n10}",
      local=True),
    C("", "Internal Transfer", OUT_, D("2025-11-10"), 4000.00,
      "VIR EUROPEEN EMIS LOGITEL POUR: ATELIER MOREL ARCHITECTES MOTIF: ALIMENTATION COMPTE "
      "UNICREDIT REF: {n10}"),
]))

ACCOUNTS.append(Account("EU", "fr-architecture", "UniCredit", "2025-11", "2026-04", ["8215"], [
    C("", "Internal Transfer", IN, D("2025-11-11"), 4000.00,
      "BONIFICO SEPA DA ATELIER MOREL ARCHITECTES - CAUSALE: ALIMENTAZIONE CONTO - TRN {a20}"),
    C("Immobiliare Riviera", "Service Income", IN, R(4), (6500, 14500),
      "BONIFICO SEPA DA IMMOBILIARE RIVIERA SRL - CAUSALE: ACCONTO PROGETTO VILLA ORTELLI "
      "FT {k2}/{d:%Y} - TRN {a20}", local=True),
    C("Paolo Ferrari", "Professional Services", OUT_, R(2), (800, 1600),
      "DISPOSIZIONE DI BONIFICO SEPA A FAVORE DI GEOM. PAOLO FERRARI - CAUSALE: RILIEVO "
      "TOPOGRAFICO FT {k2} - TRN {a20}", local=True),
    C("Agenzia delle Entrate", "Taxes", OUT_, D("2026-01-16", "2026-03-16"), (450, 1300),
      "PAGAMENTO DELEGHE F24 VIA INTERNET PROT. {n12}"),
    C("", "Bank Fees", OUT_, M(31, 1), 12.00, "COMMISSIONI E SPESE TENUTA CONTO"),
    C("", "Taxes", OUT_, D("2026-03-31"), 25.00, "IMPOSTA DI BOLLO E/C"),
]))

# ======================================================================= EU (ES): language school
# Escuela de Idiomas Turia S.L., Valencia (owner Elena Soriano): English and Spanish
# courses; students pay by SEPA direct debit (collected in batches) or Bizum; some
# teachers are freelancers. BBVA main account and a Revolut Business account.

ACCOUNTS.append(Account("EU", "es-language-school", "BBVA", "2025-09", "2026-04", ["1187"], [
    C("", "Service Income", IN, M(5, 3), (6200, 9800),
      "ABONO REMESA ADEUDOS SEPA CORE N {n6} {cnt} RECIBOS"),
    C("Hugo Pascual", "Service Income", OUT_, R(1), 145.00,
      "DEVOLUCION ADEUDO SEPA HUGO PASCUAL BLASCO MOTIVO MS02 REF {n8}", local=True),
    C("Laura Martínez Sanchis", "Service Income", IN, R(4), (120, 180),
      "BIZUM RECIBIDO DE LAURA MARTINEZ SANCHIS CONCEPTO CURSO B2 {mes}", local=True),
    C("Pablo Ferrer", "Service Income", IN, R(1), (95, 160),
      "BIZUM RECIBIDO DE PABLO FERRER CONCEPTO MATRICULA INTENSIVO", local=True),
    C("Transportes Levante Logística", "Service Income", IN, R(4), 1450.00,
      "TRANSFERENCIA RECIBIDA DE TRANSPORTES LEVANTE LOGISTICA SL CONCEPTO FRA {n4} CURSO "
      "INGLES EMPRESA", local=True),
    C("Inmuebles Ruzafa", "Rent", OUT_, M(1, 3), 2100.00,
      "TRANSFERENCIA REALIZADA A INMUEBLES RUZAFA SL CONCEPTO ALQUILER LOCAL {mes} {d:%Y}",
      local=True),
    C("James O'Connor", "Professional Services", OUT_, E(3), (880, 1240),
      "TRANSFERENCIA REALIZADA A JAMES O'CONNOR CONCEPTO FACTURA {k2}/{d:%Y} CLASES", local=True),
    C("Lucía Navarro Gimeno", "Salaries & Payroll", OUT_, E(2), 1540.22,
      "TRANSFERENCIA NOMINA A LUCIA NAVARRO GIMENO CONCEPTO NOMINA {mes}", local=True),
    C("TGSS", "Salaries & Payroll", OUT_, M(30, 2), (980, 1120),
      "RECIBO TGSS COTIZACION REGIMEN GENERAL {pm}"),
    C("AEAT", "Salaries & Payroll", OUT_, D("2025-10-20", "2026-01-20"), (610, 890),
      "PAGO IMPUESTOS AEAT MOD 111 {pq}T {pqy} NRC {a22}"),
    C("AEAT", "Taxes", OUT_, D("2025-12-22"), (560, 560),
      "PAGO IMPUESTOS AEAT MOD 202 {pq}P {d:%Y} NRC {a22}"),
    C("Iberdrola", "Utilities", OUT_, M(8, 2), (140, 260),
      "ADEUDO RECIBO IBERDROLA CLIENTES SAU REF. MANDATO IB-7781240 FACT. {n10}"),
    C("Digi", "Utilities", OUT_, M(5, 2), 40.00,
      "ADEUDO RECIBO DIGI SPAIN TELECOM SLU REF. MANDATO DG12933041"),
    C("Mapfre", "Insurance", OUT_, D("2025-09-15", "2026-03-16"), 312.50,
      "ADEUDO RECIBO MAPFRE ESPANA CIA DE SEGUROS Y REASEG POLIZA 0961234567"),
    C("Cambridge University Press", "Cost of Goods Sold", OUT_, D("2025-09-10", "2026-01-13"),
      (640, 1480), "TRANSFERENCIA REALIZADA A CAMBRIDGE UNIVERSITY PRESS ESPANA SLU CONCEPTO "
      "FRA {n6} LIBROS"),
    C("Papelería Serrano", "Supplies & Materials", OUT_, R(2), (18, 75),
      "PAGO CON TARJETA EN PAPELERIA SERRANO VALENCIA TARJ. :*{card}", card=True, local=True),
    C("Gestoría Martí", "Professional Services", OUT_, M(5, 2), 145.20,
      "ADEUDO RECIBO GESTORIA MARTI SL REF. MANDATO GM-0091", local=True),
    C("", "Bank Fees", OUT_, M(30, 1), 12.00, "COMISION MANTENIMIENTO"),
    C("", "Bank Fees", OUT_, R(1), (9.35, 9.35), "COMISION EMISION REMESA {n6}"),
    C("", "Loan Repayment", OUT_, M(5, 2), 523.40, "CUOTA PRESTAMO 0182-4471-96-0123456789"),
    C("", "Internal Transfer", OUT_, D("2025-09-15"), 1200.00,
      "TRANSFERENCIA REALIZADA A ESCUELA DE IDIOMAS TURIA SL CONCEPTO TRASPASO REVOLUT"),
    C("Elena Soriano Puchol", "Owner Draw / Contribution", OUT_, D("2025-12-29"), 4000.00,
      "TRANSFERENCIA REALIZADA A ELENA SORIANO PUCHOL CONCEPTO DIVIDENDO 2025", local=True),
    C("", "Internal Transfer", OUT_, R(1), 300.00, "REINTEGRO CAJERO BBVA PZA AYUNTAMIENTO VALENCIA"),
]))

ACCOUNTS.append(Account("EU", "es-language-school", "Revolut Business", "2025-09", "2026-04", ["0613"], [
    C("Stripe", "Sales Revenue", IN, R(4), (380, 1650), "Payment from Stripe Technology Europe Ltd"),
    C("Zoom", "Software & Subscriptions", OUT_, M(7, 2), 13.99, "Zoom.us"),
    C("Meta", "Marketing & Advertising", OUT_, R(3), (40, 150), "Facebk *{a10}"),
    C("", "Internal Transfer", IN, D("2025-09-15"), 1200.00,
      "Payment from Escuela De Idiomas Turia S.L."),
    C("", "Bank Fees", OUT_, M(1, 2), 25.00, "Grow plan fee"),
]))


# --------------------------------------------------------------------------- generation


def occurrence_dates(rng: random.Random, acct: Account, cp: CP) -> list[dt.date]:
    months = month_list(acct.start, acct.end)
    start = dt.date(months[0][0], months[0][1], 1)
    end = dt.date(months[-1][0], months[-1][1], calendar.monthrange(*months[-1])[1])
    kind = cp.when[0]
    if kind == "rand":
        days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        days = [d for d in days if is_banking_day(d)]
        return sorted(rng.sample(days, cp.when[1]))
    if kind == "monthly":
        day, n = cp.when[1], cp.when[2]
        chosen = sorted(rng.sample(months, n))
        return [next_banking_day(dt.date(y, m, min(day, calendar.monthrange(y, m)[1])))
                for y, m in chosen]
    if kind == "eom":
        chosen = sorted(rng.sample(months, cp.when[1]))
        return [last_banking_day(y, m) for y, m in chosen]
    if kind == "dates":
        return [next_banking_day(dt.date.fromisoformat(s)) for s in cp.when[1]]
    raise ValueError(cp.when)


def draw_amount(rng: random.Random, cp: CP, i: int) -> float:
    if cp.amount[-1] == "each":
        return cp.amount[i]
    lo, hi = cp.amount
    if lo == hi:
        return float(lo)
    if cp.whole:
        return float(round(rng.uniform(lo, hi) / 50) * 50 if hi >= 1000 else round(rng.uniform(lo, hi)))
    return round(rng.uniform(lo, hi), 2)


def generate() -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for acct in ACCOUNTS:
        for cp in acct.cps:
            assert cp.category in CATEGORIES, cp.category
            for i, d in enumerate(occurrence_dates(rng, acct, cp)):
                p = minus_banking_days(d, rng.choice((0, 1, 1, 2))) if cp.card else d
                amt = draw_amount(rng, cp, i)
                tmpl = rng.choice(cp.templates)
                desc = tmpl.format_map(Ctx(rng, acct, d, p, amt))
                assert "\n" not in desc and desc == desc.strip(), desc
                rows.append(dict(region=acct.region, business=acct.business, date=d.isoformat(),
                                 amount=f"{cp.sign * amt:.2f}", description=desc,
                                 entity=cp.entity, category=cp.category,
                                 _bank=acct.bank, _local=cp.local))
    order = {b: i for i, b in enumerate(dict.fromkeys(a.business for a in ACCOUNTS))}
    rows.sort(key=lambda r: (order[r["business"]], r["date"], r["_bank"], r["description"]))
    return rows


def write(rows: list[dict]) -> None:
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[k] for k in HEADER])


def report(rows: list[dict]) -> None:
    n = len(rows)
    pr = lambda *a: print(*a)  # noqa: E731
    money_in = sum(1 for r in rows if not r["amount"].startswith("-"))
    pr(f"rows {n}; money in {money_in} ({100 * money_in / n:.1f} %), money out {n - money_in}")
    for reg in ("US", "UK", "EU"):
        k = sum(1 for r in rows if r["region"] == reg)
        pr(f"  {reg}: {k} ({100 * k / n:.1f} %)")
    pr("per business / bank:")
    by_b = defaultdict(list)
    for r in rows:
        by_b[r["business"]].append(r)
    for b, rs in by_b.items():
        banks = Counter(r["_bank"] for r in rs)
        ins = sum(1 for r in rs if not r["amount"].startswith("-"))
        ents = {r["entity"] for r in rs if r["entity"]}
        pr(f"  {b}: {len(rs)} rows, {rs[0]['date'][:7]}..{rs[-1]['date'][:7]}, in {ins}, "
           f"{len(ents)} entities; " + ", ".join(f"{k} {v}" for k, v in banks.items()))
    ent_rows = [r for r in rows if r["entity"]]
    cnt = Counter(r["entity"] for r in ent_rows)
    biz_per_ent = defaultdict(set)
    for r in ent_rows:
        biz_per_ent[r["entity"]].add(r["business"])
    shared = sorted(e for e, bs in biz_per_ent.items() if len(bs) > 1)
    rep_rows = sum(c for c in cnt.values() if c > 1)
    pr(f"distinct entities {len(cnt)}; shared across businesses {len(shared)}: {', '.join(shared)}")
    pr(f"rows without entity {n - len(ent_rows)} ({100 * (n - len(ent_rows)) / n:.1f} %)")
    pr(f"rows with a repeated entity {rep_rows} of {len(ent_rows)} "
       f"({100 * rep_rows / len(ent_rows):.1f} %)")
    pr(f"entities once {sum(1 for c in cnt.values() if c == 1)}, 2-8 times "
       f"{sum(1 for c in cnt.values() if 2 <= c <= 8)}, more "
       f"{sum(1 for c in cnt.values() if c > 8)}: "
       + ", ".join(f"{e} {c}" for e, c in cnt.most_common() if c > 8))
    loc = sum(1 for r in rows if r["_local"])
    pr(f"rows naming a local counterparty {loc} ({100 * loc / n:.1f} %)")
    cats = Counter(r["category"] for r in rows)
    pr("per category: " + ", ".join(f"{c} {cats.get(c, 0)}" for c, _ in
                                    sorted(((c, -cats.get(c, 0)) for c in CATEGORIES),
                                           key=lambda t: (t[1], t[0]))))


def main() -> int:
    rows = generate()
    write(rows)
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
