#!/usr/bin/env python3
"""Generate ``labelled_transactions_3.csv``: the third, blind evaluation set.

Eight fictional small businesses at banks that neither set 1 nor set 2 uses: TD Bank,
Truist, Fifth Third (US); Monzo Business, Tide (UK); Commerzbank (DE), BNP Paribas (FR)
and KBC (BE). It was written blind: without reading CashPilot's code, vendor lists or
rules, nor the rows or generators of the earlier sets (only their header and README).

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, trace and reference numbers, times, which card) is
random, from a fixed seed: run the script twice and the CSV is byte-identical.

Labels follow the ``entity`` and ``category`` conventions in ``README.md``: in particular
bank fees, interest, loans at the account's own bank, transfers between the business's own
accounts and cash withdrawals have an empty entity. Set ``OWN_BANK_ENTITY = True`` to write
the account's bank name into those rows instead (for a measurer who labels them that way).

Usage: python tests/data/make_labelled_transactions_3.py   (writes the CSV next to it and
prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import random
import re
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = 3_2026_0611
OUT = Path(__file__).with_name("labelled_transactions_3.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]
OWN_BANK_ENTITY = False
BANK = "@bank"  # placeholder entity: the account's own bank (empty unless OWN_BANK_ENTITY)

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
}

# Short category names used in the specs below.
SALES, SERVICE, REFUND, FIN, INTEREST, OTHER_IN = (
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income")
RENT, PAYROLL, SOFTWARE, MARKETING, UTIL, TAX = (
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes")
SUPPLIES, LOAN, TRAVEL, MEALS, PROF, EQUIP, INSUR, FEES, COGS, OTHER_EX, XFER, OWNER = (
    "Supplies & Materials", "Loan Repayment", "Travel", "Meals & Entertainment",
    "Professional Services", "Equipment", "Insurance", "Bank Fees", "Cost of Goods Sold",
    "Other Expense", "Internal Transfer", "Owner Draw / Contribution")

MONTHS_FR = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT",
             "SEPTEMBRE", "OCTOBRE", "NOVEMBRE", "DECEMBRE"]
MONTHS_NL = ["JANUARI", "FEBRUARI", "MAART", "APRIL", "MEI", "JUNI", "JULI", "AUGUSTUS",
             "SEPTEMBER", "OKTOBER", "NOVEMBER", "DECEMBER"]

# --------------------------------------------------------------------------- calendar


def banking(d: dt.date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in {(1, 1), (12, 25)}


def fwd(d: dt.date, n: int = 0) -> dt.date:
    """Next banking day on or after d, then n banking days further."""
    while not banking(d):
        d += dt.timedelta(days=1)
    for _ in range(n):
        d += dt.timedelta(days=1)
        while not banking(d):
            d += dt.timedelta(days=1)
    return d


def last_banking(y: int, m: int) -> dt.date:
    d = dt.date(y, m, calendar.monthrange(y, m)[1])
    while not banking(d):
        d -= dt.timedelta(days=1)
    return d


def months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out, (y, m) = [], (start.year, start.month)
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# --------------------------------------------------------------------------- specs


@dataclass
class Spec:
    entity: str
    category: str
    sched: tuple  # ("m", day) | ("last",) | ("n", count) | ("w", weekday, every) | ("d", [iso, ...])
    amount: object  # float (fixed) | (lo, hi) range | list of choices; sign = direction
    templates: tuple[str, ...]
    card: bool = False  # card line: the schedule gives the purchase date, posting 0-2 days later


def S(entity, category, sched, amount, *templates, card=False) -> Spec:
    return Spec(entity, category, sched, amount, templates, card)


@dataclass
class Business:
    region: str
    slug: str
    bank: str
    start: dt.date
    end: dt.date
    cards: tuple[str, ...]
    specs: list[Spec]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# --------------------------------------------------------------------------- US: TD Bank
# Pampered Paws Grooming LLC, Cherry Hill NJ; owner Danielle Russo. TD Bank business
# convenience checking, CSV download: "DEBIT CARD PURCHASE, *****nnnn, AUT mmddyy VISA DDA PUR",
# "CCD DEPOSIT, <co> <entry> <id>", "ACH DEBIT, <co> <entry> <id>", "ELECTRONIC PMT-WEB,",
# "TD ZELLE RECEIVED/SENT,", "eTransfer Debit, Online Xfer", "MAINTENANCE FEE".


def td_card(merchant: str, city: str, st: str) -> str:
    return ("DEBIT CARD PURCHASE, *****{card}, AUT {pd:%m%d%y} VISA DDA PUR, "
            + f"{merchant} {city} * {st}")


TD = Business("US", "us-pet-grooming", "TD Bank", D("2025-09-02"), D("2025-11-28"), ("6214", "0587"), [
    S("Square", SALES, ("n", 8), (640, 2380), "CCD DEPOSIT, SQUARE INC SQ{d:%y%m%d} L2{n10}"),
    S("Karen Mills", SERVICE, ("n", 2), (85, 140), "TD ZELLE RECEIVED, {a10} Zelle KAREN MILLS"),
    S("Brian Okoro", SERVICE, ("n", 2), (70, 110), "TD ZELLE RECEIVED, {a10} Zelle BRIAN OKORO"),
    S("Hannah Weiss", SERVICE, ("n", 1), (95, 95), "TD ZELLE RECEIVED, {a10} Zelle HANNAH WEISS"),
    S("Happy Tails Daycare", SERVICE, ("m", 10), (420, 980),
      "CCD DEPOSIT, HAPPY TAILS DAYCA PAYMENTS 7781120394"),
    S("Kings Highway Plaza Associates", RENT, ("m", 1), -3150.00,
      "ACH DEBIT, KINGS HWY PLAZA ASSO RENT PR-114 0093"),
    S("Intuit", PAYROLL, ("w", 4, 2), (-3620, -2790), "CCD DEBIT, INTUIT PAYROLL S QBOOKS PYMT {n15}"),
    S("Intuit", PAYROLL, ("m", 19), (-1890, -1460), "CCD DEBIT, INTUIT TAX 459128776 TAX {n12}"),
    S("Intuit", SOFTWARE, ("m", 5), -143.00, td_card("INTUIT *QBooks Online", "CL.INTUIT.COM", "CA"), card=True),
    S("MoeGo", SOFTWARE, ("m", 3), -129.00, td_card("MOEGO INC", "8552066346", "CA"), card=True),
    S("Google", SOFTWARE, ("m", 2), -16.80, td_card("GOOGLE *Workspace_pampe", "g.co/helppay#", "CA"), card=True),
    S("PSE&G", UTIL, ("m", 15), (-388, -214), "ELECTRONIC PMT-WEB, PSE&G PSEG PAYMT 7001462293"),
    S("New Jersey American Water", UTIL, ("m", 20), (-118, -61), "ACH DEBIT, NJAW WEB PAY 1024-210039876"),
    S("Comcast Business", UTIL, ("m", 12), -189.90, td_card("COMCAST BUSINESS", "800-391-3000", "PA"), card=True),
    S("Verizon", UTIL, ("m", 23), (-96.20, -92.41), td_card("VZWRLSS*APOCC VISB", "800-922-0204", "FL"), card=True),
    S("The Hartford", INSUR, ("m", 7), -163.50, "ACH DEBIT, THE HARTFORD NWTBHPAYMT 00219864573"),
    S("OnDeck", LOAN, ("m", 18), -612.44, "ACH DEBIT, ONDECK CAPITAL LOAN PMT 8330041-{n6}"),
    S("NJ Division of Taxation", TAX, ("d", ["2025-09-22", "2025-10-20", "2025-11-20"]), (-612, -388),
      "ACH DEBIT, NJ DIV OF TAXATION NJ WEBPMT 0044192836"),
    S("PetEdge", SUPPLIES, ("n", 2), (-520, -140), td_card("PETEDGE INC", "800-738-3343", "MA"), card=True),
    S("Chewy", SUPPLIES, ("n", 2), (-160, -48), td_card("CHEWY.COM", "800-672-4399", "FL"), card=True),
    S("Chewy", REFUND, ("d", ["2025-10-14"]), 31.99,
      "DEBIT CARD CREDIT, *****{card}, AUT {pd:%m%d%y} VISA DDA REF, CHEWY.COM 800-672-4399 * FL"),
    S("Costco", SUPPLIES, ("n", 2), (-240, -90), td_card("COSTCO WHSE #1107", "MT LAUREL", "NJ"), card=True),
    S("Home Depot", SUPPLIES, ("n", 1), (-110, -35), td_card("THE HOME DEPOT #0915", "CHERRY HILL", "NJ"), card=True),
    S("Bark & Biscuit Bakery", COGS, ("n", 2), (-220, -80),
      td_card("SQ *BARK & BISCUIT BAK", "Collingswood", "NJ"), card=True),
    S("Edemco Dryers", EQUIP, ("d", ["2025-10-02"]), -689.00, td_card("EDEMCO DRYERS INC", "954-9718851", "FL"), card=True),
    S("Shear Heaven Sharpening", EQUIP, ("n", 2), (-85, -45),
      td_card("SQ *SHEAR HEAVEN SHARP", "Haddonfield", "NJ"), card=True),
    S("Meta", MARKETING, ("n", 2), (-120, -40), td_card("FACEBK *{a10}", "fb.me/ads", "CA"), card=True),
    S("Wawa", TRAVEL, ("n", 2), (-71, -38), td_card("WAWA 8147", "CHERRY HILL", "NJ"), card=True),
    S("The Kibitz Room", MEALS, ("n", 1), (-64, -28), td_card("TST* THE KIBITZ ROOM", "CHERRY HILL", "NJ"), card=True),
    S("Marcus Lee", PROF, ("n", 1), (-360, -180), "TD ZELLE SENT, {a10} Zelle MARCUS LEE"),
    S("Halpern & Co CPAs", PROF, ("d", ["2025-10-08"]), -450.00,
      "TD BILL PAY SERV, HALPERN & CO CPAS ONLINE PMT CKF{n9}POS"),
    S("Danielle Russo", OWNER, ("m", 28), [-1500.00, -2000.00, -2500.00], "TD ZELLE SENT, {a10} Zelle DANIELLE RUSSO"),
    S("", XFER, ("d", ["2025-09-30", "2025-11-03"]), -1500.00, "eTransfer Debit, Online Xfer Transfer to SV 4398127760"),
    S(BANK, FEES, ("last",), -25.00, "MAINTENANCE FEE"),
])

# --------------------------------------------------------------------------- US: Truist
# Okafor Heating & Air LLC, Raleigh NC; owner Ray Okafor. Truist business checking:
# "DEBIT CARD PURCHASE mm/dd <merchant> <city> NC nnnn" (and "-PIN" for PIN purchases),
# "ACH CORP DEBIT/CREDIT <co> <entry> <id>", "ZELLE BUSINESS PAYMENT FROM/TO", "MOBILE DEPOSIT",
# "INCOMING WIRE TRANSFER", "BILL PAYMENT", "ONLINE TRANSFER TO SAVINGS", "MONTHLY MAINTENANCE FEE".


def tr_card(merchant: str, city: str, pin: bool = False) -> str:
    kind = "DEBIT CARD PURCHASE-PIN" if pin else "DEBIT CARD PURCHASE"
    return kind + " {pd:%m/%d} " + f"{merchant} {city} NC" + " {card}"


TRUIST = Business("US", "us-hvac-contractor", "Truist", D("2025-10-01"), D("2025-12-31"), ("4852", "1190"), [
    S("Stripe", SALES, ("n", 8), (780, 4900), "ACH CORP CREDIT STRIPE TRANSFER ST-{a12} OKAFOR HEATING AND"),
    S("Triangle Property Management", SERVICE, ("n", 3), (380, 1650),
      "ACH CORP CREDIT TRIANGLE PROP MGM PAYABLES 0000834211"),
    S("Carolina Comfort Rentals", SERVICE, ("n", 3), (240, 1190),
      "ACH CORP CREDIT CAROLINA COMFORT REN VENDOR PMT 1562009817"),
    S("Capstone Homebuilders", SERVICE, ("d", ["2025-11-06", "2025-12-16"]), (8200, 14600),
      "INCOMING WIRE TRANSFER ORG CAPSTONE HOMEBUILDERS LLC OBI INV {n4} REF {n12}"),
    S(BANK, FEES, ("d", ["2025-11-06", "2025-12-16"]), -15.00, "INCOMING WIRE FEE"),
    S("Linda Hargrove", SERVICE, ("n", 1), (189, 489), "ZELLE BUSINESS PAYMENT FROM LINDA HARGROVE {a10}"),
    S("Priya Natarajan", SERVICE, ("n", 1), (149, 420), "ZELLE BUSINESS PAYMENT FROM PRIYA NATARAJAN {a10}"),
    S("", SERVICE, ("n", 2), (165, 2400), "MOBILE DEPOSIT"),
    S("Carrier Enterprise", COGS, ("n", 3), (-5200, -1200), tr_card("CARRIER ENTERPRISE 0512", "RALEIGH"), card=True),
    S("Ferguson", COGS, ("n", 2), (-900, -180), tr_card("FERGUSON ENT #1523", "RALEIGH"), card=True),
    S("Johnstone Supply", COGS, ("n", 2), (-640, -120), tr_card("JOHNSTONE SUPPLY 118", "GARNER"), card=True),
    S("Home Depot", SUPPLIES, ("n", 3), (-310, -24), tr_card("THE HOME DEPOT #3612", "RALEIGH"),
      tr_card("THE HOME DEPOT #3612", "RALEIGH", pin=True), card=True),
    S("Home Depot", REFUND, ("d", ["2025-12-03"]), 64.18, "DEBIT CARD CREDIT {pd:%m/%d} THE HOME DEPOT #3612 RALEIGH NC {card}"),
    S("Lowe's", SUPPLIES, ("n", 2), (-190, -30), tr_card("LOWE'S #1155", "WAKE FOREST"), card=True),
    S("Amazon", EQUIP, ("d", ["2025-11-18"]), -489.99, tr_card("AMAZON MKTPL*{a9}", "Amzn.com/bill WA"), card=True),
    S("Sheetz", TRAVEL, ("n", 2), (-96, -52), tr_card("SHEETZ 0581", "WAKE FOREST"), card=True),
    S("Circle K", TRAVEL, ("n", 1), (-88, -45), tr_card("CIRCLE K # 2703186", "KNIGHTDALE", pin=True), card=True),
    S("Chick-fil-A", MEALS, ("n", 1), (-48, -14), tr_card("CHICK-FIL-A #01736", "RALEIGH"), card=True),
    S("Heartland Payroll", PAYROLL, ("w", 4, 2), (-6400, -5150), "ACH CORP DEBIT HEARTLAND PAYRO NET PAYROL 650-{n6}"),
    S("Heartland Payroll", PAYROLL, ("m", 16), (-2950, -2300), "ACH CORP DEBIT HEARTLAND PAYRO TAX PMT 650-{n6}"),
    S("Heartland Payroll", SOFTWARE, ("m", 3), (-96, -88), "ACH CORP DEBIT HEARTLAND PAYRO INVOICE 650-{n6}"),
    S("Neuse Commerce Park", RENT, ("m", 1), -2450.00, "BILL PAYMENT NEUSE COMMERCE PARK ONLINE PMT CONF# {n8}"),
    S("Duke Energy", UTIL, ("m", 9), (-312, -178), "ACH CORP DEBIT DUKE ENERGY PROG DRAFT 9100223871"),
    S("AT&T", UTIL, ("m", 21), (-262, -241), "ACH CORP DEBIT ATT PAYMENT {d:%m%d%y} 778901334EPAYR"),
    S("Spectrum", UTIL, ("m", 14), -119.99, tr_card("SPECTRUM", "855-707-7328 MO"), card=True),
    S("City of Raleigh", UTIL, ("m", 25), (-94, -52), "ACH CORP DEBIT CITY OF RALEIGH UTILITY BI 00418822"),
    S("Housecall Pro", SOFTWARE, ("m", 6), -189.00, tr_card("HOUSECALL PRO", "8582644955 CA"), card=True),
    S("Microsoft", SOFTWARE, ("m", 11), -36.00, tr_card("MSFT * E0{n9}", "MSBILL.INFO WA"), card=True),
    S("Google", MARKETING, ("n", 2), (-350, -120), tr_card("GOOGLE *ADS{n10}", "cc@google.com CA"), card=True),
    S("Angi", MARKETING, ("n", 1), (-240, -95), tr_card("ANGI LEADS", "877-947-3639 CO"), card=True),
    S("Progressive", INSUR, ("m", 4), -612.08, "ACH CORP DEBIT PROGRESSIVE INS INS PREM 0098712334"),
    S("Erie Insurance", INSUR, ("m", 17), -208.16, "ACH CORP DEBIT ERIE INSURANCE EBILLPAY Q49-1183702"),
    S("Ford Credit", LOAN, ("m", 12), -889.54, "ACH CORP DEBIT FORD CREDIT AUTO PAYMT 41928870"),
    S("NC Department of Revenue", TAX, ("d", ["2025-10-20"]), (-1480, -760),
      "ACH CORP DEBIT NC DEPT REVENUE NCDOR EPAY 6602381"),
    S("Morrison & Tate CPAs", PROF, ("d", ["2025-12-12"]), -1250.00,
      "BILL PAYMENT MORRISON & TATE CPA ONLINE PMT CONF# {n8}"),
    S("Ray Okafor", OWNER, ("m", 29), [-2500.00, -3000.00, -4000.00], "ZELLE BUSINESS PAYMENT TO RAY OKAFOR {a10}"),
    S("", XFER, ("d", ["2025-10-31", "2025-12-31"]), [-5000.00, -7500.00], "ONLINE TRANSFER TO SAVINGS XXXXXX4471"),
    S(BANK, FEES, ("last",), -20.00, "MONTHLY MAINTENANCE FEE"),
])

# --------------------------------------------------------------------------- US: Fifth Third
# Taquería El Sol LLC, Cincinnati OH; owner Marisol Reyes. Fifth Third business checking:
# "DEBIT CARD PURCHASE AT <merchant>, <city>, OH ON mmddyy FROM CARD#: XXXXXXXXXXXXnnnn",
# "WEB INITIATED PAYMENT AT <co> <entry> <id>", "ELECTRONIC DEPOSIT FROM <co> <entry> <id>",
# "BRANCH DEPOSIT - CASH", "5/3 ONLINE TRANSFER TO SAV", "ZELLE TO", "MONTHLY SERVICE CHARGE".


def ft_card(merchant: str, city: str, st: str = "OH") -> str:
    return (f"DEBIT CARD PURCHASE AT {merchant}, {city}, {st} "
            "ON {pd:%m%d%y} FROM CARD#: XXXXXXXXXXXX{card}")


FIFTH = Business("US", "us-taqueria", "Fifth Third", D("2025-07-01"), D("2025-09-30"), ("7731", "2046"), [
    S("Toast", SALES, ("n", 10), (720, 2640), "ELECTRONIC DEPOSIT FROM TOAST, INC DEP {d:%y%m%d} {n9}"),
    S("DoorDash", SALES, ("n", 4), (280, 910), "ELECTRONIC DEPOSIT FROM DOORDASH, INC. TRANSFER ST-{a12}"),
    S("Grubhub", SALES, ("n", 2), (150, 520), "ELECTRONIC DEPOSIT FROM GRUBHUB HOLDING DIRECT DEP {n10}"),
    S("", SALES, ("n", 3), (420, 1380), "BRANCH DEPOSIT - CASH 0442"),
    S("Millcreek Brewing", SALES, ("d", ["2025-07-24", "2025-09-11"]), (680, 1450),
      "ELECTRONIC DEPOSIT FROM MILLCREEK BREWI PAYMENTS 3310872"),
    S("Restaurant Depot", COGS, ("n", 4), (-1100, -310), ft_card("RESTAURANT DEPOT #0871", "CINCINNATI"), card=True),
    S("Sysco", COGS, ("n", 3), (-1900, -620), "WEB INITIATED PAYMENT AT SYSCO CINCINNATI PAYMENT 441209"),
    S("Tortillería La Guadalupana", COGS, ("n", 3), (-260, -95),
      ft_card("TORTILLERIA LA GUADALU", "FAIRFIELD"), card=True),
    S("Harvest Hill Farm", COGS, ("n", 2), (-180, -60), ft_card("SQ *HARVEST HILL FARM", "CINCINNATI"), card=True),
    S("Kroger", COGS, ("n", 1), (-140, -35), ft_card("KROGER #0391", "CINCINNATI"), card=True),
    S("WebstaurantStore", SUPPLIES, ("n", 2), (-330, -90), ft_card("WEBSTAURANTSTORE", "717-392-7472", "PA"), card=True),
    S("Toast", PAYROLL, ("w", 4, 2), (-4300, -3400), "WEB INITIATED PAYMENT AT TOAST PAYROLL NET PAY {n9}"),
    S("Toast", PAYROLL, ("m", 18), (-1720, -1310), "WEB INITIATED PAYMENT AT TOAST PAYROLL TAX {n9}"),
    S("Toast", SOFTWARE, ("m", 5), -165.00, "WEB INITIATED PAYMENT AT TOAST, INC SUBSCRIPT {n9}"),
    S("Northside Holdings", RENT, ("m", 1), -3800.00, "WEB INITIATED PAYMENT AT NORTHSIDE HOLDI RENT 4120-HAMILTON"),
    S("Duke Energy", UTIL, ("m", 8), (-620, -380), "WEB INITIATED PAYMENT AT DUKE ENERGY OH WEB PAY 7700241935"),
    S("Greater Cincinnati Water Works", UTIL, ("m", 22), (-170, -90),
      "WEB INITIATED PAYMENT AT GCWW WEB PAYMENT 0301447729"),
    S("altafiber", UTIL, ("m", 16), -129.99, ft_card("ALTAFIBER", "800-304-2001"), card=True),
    S("Cincinnati Insurance", INSUR, ("m", 10), -428.33, "WEB INITIATED PAYMENT AT CINCINNATI INS CO INS PREM 60-3391827"),
    S("Orkin", OTHER_EX, ("m", 19), -89.00, ft_card("ORKIN #0634", "513-7721740"), card=True),
    S("Queen City Refrigeration", EQUIP, ("d", ["2025-08-13"]), -640.00,
      ft_card("SQ *QUEEN CITY REFRIGER", "CINCINNATI"), card=True),
    S("Ohio Department of Taxation", TAX, ("m", 22), (-1480, -920),
      "WEB INITIATED PAYMENT AT OHIO DEPT TAX SALES TAX 98-114620"),
    S("Huntington Bank", LOAN, ("m", 28), -731.00, "WEB INITIATED PAYMENT AT HUNTINGTON NATL LOAN PMT 0009918273"),
    S("Nguyen Bookkeeping", PROF, ("m", 12), -275.00, "WEB INITIATED PAYMENT AT NGUYEN BOOKKEEP INVOICE {n6}"),
    S("Meta", MARKETING, ("n", 2), (-90, -30), ft_card("FACEBK *{a10}", "MENLO PARK", "CA"), card=True),
    S("Speedway", TRAVEL, ("n", 1), (-68, -35), ft_card("SPEEDWAY 09123", "CINCINNATI"), card=True),
    S("Marisol Reyes", OWNER, ("m", 27), [-1800.00, -2200.00], "ZELLE TO MARISOL REYES ON {d:%m/%d} REF # PP0{a7}"),
    S("", XFER, ("d", ["2025-08-04", "2025-09-02"]), -2000.00, "5/3 ONLINE TRANSFER TO SAV XXXXXX8823 REF # {n10}"),
    S(BANK, FEES, ("last",), -18.00, "MONTHLY SERVICE CHARGE"),
    S(BANK, FEES, ("d", ["2025-08-29"]), -7.50, "CASH PROCESSING FEE"),
])

# --------------------------------------------------------------------------- UK: Monzo Business
# Maple & Mane Hair Studio Ltd, Manchester; director Chloe Brennan. Monzo Business CSV: card
# lines carry the card scheme's merchant descriptor (name padded to 23, city to 13, country);
# transfers and direct debits print the counterparty with the payment method and reference;
# pot moves "Tax Pot (Pot transfer)"; the plan fee "Monzo Business Pro subscription".


def mz_card(name: str, city: str) -> str:
    """Fixed-width descriptor; padding counts a ``{aN}``/``{nN}`` placeholder as N characters."""
    shown = len(re.sub(r"\{[an](\d+)\}", lambda m: "x" * int(m.group(1)), name))
    return name + " " * max(1, 23 - shown) + f"{city[:12]:<13}GBR"


def mz(name: str, kind: str, ref: str) -> str:
    return f"{name} ({kind}) Reference: {ref}"


MONZO = Business("UK", "uk-hair-salon", "Monzo", D("2025-11-03"), D("2026-01-30"), ("",), [
    S("Fresha", SALES, ("w", 1, 1), (880, 2650), mz("FRESHA.COM LTD", "Faster Payments", "PAYOUT P{n8}")),
    S("Fresha", SOFTWARE, ("m", 3), (-86, -34), mz("FRESHA.COM LTD", "Direct Debit", "FRSH-20331")),
    S("Jess Harper", SERVICE, ("d", ["2025-11-21"]), 340.00, mz("J HARPER", "Faster Payments", "BRIDAL DEPOSIT")),
    S("Amira Khan", SERVICE, ("d", ["2026-01-16"]), 265.00, mz("MISS A KHAN", "Faster Payments", "WEDDING TRIAL")),
    S("Leah Doyle", OTHER_IN, ("m", 5), 600.00, mz("LEAH DOYLE", "Faster Payments", "CHAIR RENT")),
    S("Northern Quarter Estates", RENT, ("m", 1), -2100.00,
      mz("Northern Quarter Estates", "Standing order", "UNIT 4 OLDHAM ST")),
    S("Manchester City Council", TAX, ("m", 15), -187.00,
      mz("MANCHESTER CITY COUNCIL", "Direct Debit", "60021433870")),
    S("Octopus Energy", UTIL, ("m", 12), (-342, -206), mz("OCTOPUS ENERGY", "Direct Debit", "A-4F19C2E7")),
    S("United Utilities", UTIL, ("m", 20), -48.00, mz("UNITED UTILITIES", "Direct Debit", "882033410921")),
    S("BT", UTIL, ("m", 8), -42.50, mz("BT GROUP PLC", "Direct Debit", "GP81234567")),
    S("Sophie Tran", PAYROLL, ("last",), (-1720, -1610), mz("Sophie Tran", "Faster Payments", "WAGES {MOND}")),
    S("Kayleigh Moss", PAYROLL, ("last",), (-1380, -1190), mz("Kayleigh Moss", "Faster Payments", "WAGES {MOND}")),
    S("HMRC", PAYROLL, ("m", 22), (-690, -610), mz("HMRC PAYE", "Faster Payments", "120PX00456789{n4}")),
    S("The People's Pension", PAYROLL, ("m", 18), (-128, -112), mz("THE PEOPLES PENSION", "Direct Debit", "TPP0091123")),
    S("HMRC", TAX, ("d", ["2025-11-07"]), (-3150, -2480), mz("HMRC VAT", "Faster Payments", "284117392")),
    S("Salon Services", SUPPLIES, ("n", 4), (-260, -60), mz_card("SALON SERVICES 1123", "MANCHESTER"), card=True),
    S("Capital Hair & Beauty", COGS, ("n", 3), (-420, -110), mz_card("CAPITAL HAIR & BEAUTY", "STOCKPORT"), card=True),
    S("Tesco", SUPPLIES, ("n", 2), (-24, -6), mz_card("TESCO STORES 2297", "MANCHESTER"), card=True),
    S("Amazon", SUPPLIES, ("n", 2), (-65, -12), mz_card("AMAZON.CO.UK*{a9}", "AMAZON.CO.UK"), card=True),
    S("Amazon", REFUND, ("d", ["2026-01-09"]), 18.99, mz_card("AMAZON.CO.UK*{a9}", "AMAZON.CO.UK")),
    S("Meta", MARKETING, ("n", 3), (-60, -20), mz_card("FACEBK *{a10}", "fb.me/ads"), card=True),
    S("Vistaprint", MARKETING, ("d", ["2025-11-12"]), -38.97, mz_card("VISTAPRINT", "VENLO"), card=True),
    S("Canva", SOFTWARE, ("m", 9), -10.99, mz_card("CANVA* 0{n10}", "SYDNEY"), card=True),
    S("Xero", SOFTWARE, ("m", 2), -33.00, mz("XERO UK LTD", "Direct Debit", "XERO-8812390")),
    S("Simply Business", INSUR, ("m", 26), -27.41, mz("SIMPLY BUSINESS", "Direct Debit", "SB-4410927")),
    S("iwoca", LOAN, ("m", 3), -412.60, mz("IWOCA LTD", "Direct Debit", "IW-0072819")),
    S("Pennine Accountancy", PROF, ("m", 26), -90.00, mz("Pennine Accountancy", "Faster Payments", "MAPLE MANE")),
    S("Trainline", TRAVEL, ("d", ["2026-01-19"]), -86.40, mz_card("TRAINLINE", "LONDON"), card=True),
    S("Pret A Manger", MEALS, ("d", ["2026-01-22"]), -11.85, mz_card("PRET A MANGER", "LONDON"), card=True),
    S("Chloe Brennan", OWNER, ("d", ["2025-12-19", "2026-01-23"]), [-1500.00, -2000.00],
      mz("Chloe Brennan", "Faster Payments", "DIVIDEND")),
    S("", XFER, ("d", ["2025-11-28", "2025-12-31", "2026-01-30"]), [-800.00, -1000.00], "Tax Pot (Pot transfer)"),
    S(BANK, FEES, ("m", 6), -9.00, "Monzo Business Pro subscription"),
])

# --------------------------------------------------------------------------- UK: Tide
# Holroyd Electrical Ltd, Leeds; director Craig Holroyd. Tide CSV: "Card Transaction: <merchant>,
# <city>, GB", "Domestic Transfer from/to <name> Ref: <ref>", "Direct Debit: <name> <ref>",
# "Transfer to Tide account ****nnnn", "Cash Withdrawal:", "Tide Fee:".


def tide_card(merchant: str, city: str) -> str:
    return f"Card Transaction: {merchant}, {city}, GB"


TIDE = Business("UK", "uk-electrician", "Tide", D("2026-01-05"), D("2026-03-31"), ("",), [
    S("D Fairclough", SERVICE, ("d", ["2026-01-14", "2026-03-02"]), (180, 960),
      "Domestic Transfer from MR D FAIRCLOUGH Ref: INV {n4}"),
    S("A Nowak", SERVICE, ("n", 1), (240, 410), "Domestic Transfer from A NOWAK Ref: ELECTRICS"),
    S("J Whitaker", SERVICE, ("n", 1), (95, 220), "Domestic Transfer from J WHITAKER Ref: HOLROYD INV {n4}"),
    S("Leodis Lettings", SERVICE, ("n", 3), (120, 680), "Domestic Transfer from LEODIS LETTINGS LTD Ref: HE-{n4}"),
    S("Aire Valley Builders", SERVICE, ("n", 3), (1450, 4800), "Domestic Transfer from AIRE VALLEY BUILDERS Ref: APP {n3}"),
    S("Headingley Property Services", SERVICE, ("n", 2), (260, 940),
      "Domestic Transfer from HEADINGLEY PROPERTY SE Ref: {n6}"),
    S("Zettle", SALES, ("n", 4), (150, 720), "Domestic Transfer from PAYPAL EUROPE S.A R.L. Ref: ZETTLE {a8}"),
    S("CEF", SUPPLIES, ("n", 5), (-680, -85), tide_card("CEF LEEDS CITY", "LEEDS"), card=True),
    S("Screwfix", SUPPLIES, ("n", 4), (-145, -12), tide_card("SCREWFIX DIRECT", "LEEDS"), card=True),
    S("Screwfix", REFUND, ("d", ["2026-02-17"]), 23.99, tide_card("SCREWFIX DIRECT REFUND", "YEOVIL")),
    S("Toolstation", SUPPLIES, ("n", 3), (-90, -14), tide_card("TOOLSTATION LEEDS KIRKSTA", "LEEDS"), card=True),
    S("Edmundson Electrical", SUPPLIES, ("m", 20), (-1240, -380), "Direct Debit: EDMUNDSON ELECTRICAL LTD 0112294"),
    S("RS Components", EQUIP, ("d", ["2026-02-04"]), -389.00, tide_card("RS COMPONENTS LTD", "CORBY"), card=True),
    S("Shell", TRAVEL, ("n", 4), (-92, -48), tide_card("SHELL GELDERD ROAD", "LEEDS"), card=True),
    S("BP", TRAVEL, ("n", 2), (-85, -40), tide_card("BP ROUNDHAY RD", "LEEDS"), card=True),
    S("RingGo", TRAVEL, ("n", 2), (-9, -2.8), tide_card("RINGGO", "SWINDON"), card=True),
    S("Greggs", MEALS, ("n", 2), (-9, -4), tide_card("GREGGS", "LEEDS"), card=True),
    S("Close Brothers Motor Finance", LOAN, ("m", 10), -398.27, "Direct Debit: CLOSE BROTHERS MOTOR FINANCE CBMF7719203"),
    S("Admiral", INSUR, ("m", 1), -86.14, "Direct Debit: ADMIRAL INSURANCE P-71290322"),
    S("AXA", INSUR, ("m", 15), -31.20, "Direct Debit: AXA INSURANCE UK PLC 5500129831"),
    S("Tradify", SOFTWARE, ("m", 7), -39.00, tide_card("TRADIFY", "AUCKLAND"), card=True),
    S("Intuit", SOFTWARE, ("m", 13), -19.00, tide_card("INTUIT QUICKBOOKS UK", "LONDON"), card=True),
    S("EE", UTIL, ("m", 19), -34.00, "Direct Debit: EE LIMITED Q10447122"),
    S("Kirkstall Storage", RENT, ("m", 1), -145.00, "Domestic Transfer to KIRKSTALL STORAGE Ref: UNIT 12"),
    S("Ethan Price", PAYROLL, ("last",), (-1190, -1090), "Domestic Transfer to ETHAN PRICE Ref: SALARY"),
    S("HMRC", PAYROLL, ("m", 22), (-210, -170), "Domestic Transfer to HMRC PAYE Ref: 475PX00918234{n4}"),
    S("HMRC", TAX, ("d", ["2026-02-06"]), -2870.40, "Domestic Transfer to HMRC VAT Ref: 331208415"),
    S("HMRC", TAX, ("d", ["2026-01-30"]), -4210.00, "Domestic Transfer to HMRC CORPORATION TAX Ref: 4120931827A00101A"),
    S("Companies House", TAX, ("d", ["2026-03-11"]), -50.00, tide_card("COMPANIES HOUSE", "CARDIFF"), card=True),
    S("Calder & Wharfe Accountants", PROF, ("d", ["2026-01-23", "2026-03-27"]), (-480, -240),
      "Domestic Transfer to CALDER & WHARFE ACCOUN Ref: INV {n4}"),
    S("C Holroyd", OWNER, ("d", ["2026-01-30", "2026-02-27", "2026-03-31"]), -1200.00,
      "Domestic Transfer to C HOLROYD Ref: DIVIDEND"),
    S("C Holroyd", OWNER, ("d", ["2026-01-08"]), 2500.00, "Domestic Transfer from C HOLROYD Ref: DLA"),
    S("", XFER, ("d", ["2026-01-16", "2026-02-13", "2026-03-13"]), [-600.00, -750.00],
      "Transfer to Tide account ****8841 (VAT pot)"),
    S("", XFER, ("d", ["2026-03-06"]), -100.00, "Cash Withdrawal: LINK ATM SAINSBURYS HEADINGLEY, LEEDS, GB"),
    S(BANK, FEES, ("m", 1), -12.49, "Tide Fee: Plus plan monthly fee"),
])

# --------------------------------------------------------------------------- DE: Commerzbank
# Physiotherapie am Eppendorfer Baum, Inh. Katrin Albers, Hamburg. Commerzbank Umsatzliste CSV,
# Buchungstext: "<Name> <Verwendungszweck> End-to-End-Ref.: ... Mandatsref: ... Gläubiger-ID: ...
# SEPA-BASISLASTSCHRIFT wiederholend", "... Gutschrift", "... Dauerauftrag", "... Überweisung",
# card "<Händler>//<Ort>/DE <Zeitstempel> ... Kartenzahlung", "Abrechnung dd.mm.yyyy".


def cb_dd(name: str, vz: str, mref: str, cid: str) -> str:
    return (f"{name} {vz} End-to-End-Ref.: " + "{n12} "
            + f"Mandatsref: {mref} Gläubiger-ID: {cid} SEPA-BASISLASTSCHRIFT wiederholend")


def cb_card(merchant: str, city: str) -> str:
    return f"{merchant}//{city}/DE " + "{pd:%Y-%m-%d}T{hms} KFN 1 VJ 2812 Kartenzahlung"


COMMERZ = Business("EU", "de-physiotherapy", "Commerzbank", D("2025-08-01"), D("2025-11-28"), ("",), [
    S("AZH", SERVICE, ("m", 14), (8900, 14200),
      "AZH Abrechnungs- und IT-Dienstleistungszentrum fuer Heilberufe GmbH Auszahlung Abr. {n7} "
      "IK 590204471 End-to-End-Ref.: {n12} Gutschrift"),
    S("AOK Rheinland/Hamburg", SERVICE, ("n", 2), (380, 1650),
      "AOK Rheinland/Hamburg Sammelueberweisung IK 590204471 Rg {n6} End-to-End-Ref.: {a16} Gutschrift"),
    S("Barmer", SERVICE, ("n", 2), (210, 880), "BARMER Zahlung Rechnung {n6} IK 590204471 End-to-End-Ref.: NOTPROVIDED Gutschrift"),
    S("Henrik Lorenz", SERVICE, ("d", ["2025-08-20", "2025-10-15"]), (142, 276),
      "Dr. Henrik Lorenz Rechnung 2025-{n4} Physiotherapie End-to-End-Ref.: NOTPROVIDED Gutschrift"),
    S("Sabine Wolter", SERVICE, ("n", 1), (96, 188), "Sabine Wolter RG {n4} End-to-End-Ref.: NOTPROVIDED Gutschrift"),
    S("Merle Hansen", SERVICE, ("n", 1), (58, 174), "Merle Hansen Rechnung Nr. {n4} End-to-End-Ref.: NOTPROVIDED Gutschrift"),
    S("Payone", SALES, ("n", 3), (140, 690), "PAYONE GmbH Auszahlung {n10} {d:%d.%m.%Y} End-to-End-Ref.: PO{n12} Gutschrift"),
    S("Grundstücksgesellschaft Eppendorfer Baum", RENT, ("m", 1), -3450.00,
      "Grundstuecksgesellschaft Eppendorfer Baum GbR Miete Praxis EG links End-to-End-Ref.: NOTPROVIDED Dauerauftrag"),
    S("Tobias Rahn", PAYROLL, ("last",), (-2380, -2290), "Tobias Rahn Lohn/Gehalt {d:%m/%Y} End-to-End-Ref.: NOTPROVIDED Überweisung"),
    S("Elif Yıldız", PAYROLL, ("last",), (-2140, -2060), "Elif Yildiz Lohn/Gehalt {d:%m/%Y} End-to-End-Ref.: NOTPROVIDED Überweisung"),
    S("AOK Rheinland/Hamburg", PAYROLL, ("m", 26), (-2480, -2310),
      cb_dd("AOK Rheinland/Hamburg", "Beitragsnachweis {d:%m/%Y} BNR 41207733", "BN-41207733-01", "DE98ZZZ00000117823")),
    S("Finanzamt Hamburg-Nord", PAYROLL, ("m", 10), (-720, -640),
      cb_dd("Finanzamt Hamburg-Nord", "StNr 47/123/04567 LSt-Anmeldung", "FA-HH-N-0045671", "DE36ZZZ00000076245")),
    S("Beitragsservice", TAX, ("d", ["2025-08-15", "2025-11-17"]), -55.08,
      cb_dd("Rundfunk ARD, ZDF, DRadio", "Beitragsnr. 812 771 309", "812771309R", "DE82ZZZ00000003377")),
    S("HDI", INSUR, ("d", ["2025-08-01", "2025-11-03"]), -184.60,
      cb_dd("HDI Versicherung AG", "Berufshaftpflicht Vers.-Nr. 70-4412983", "70-4412983-BH", "DE44ZZZ00000029731")),
    S("Vattenfall", UTIL, ("m", 5), (-188, -139),
      cb_dd("Vattenfall Europe Sales GmbH", "Abschlag VK 9020 0418 33", "VS-902004183", "DE39ZZZ00000118822")),
    S("O2", UTIL, ("d", ["2025-08-20", "2025-09-22", "2025-10-20"]), -49.99,
      cb_dd("Telefonica Germany GmbH + Co. OHG", "Kd-Nr. 6012849917 Rechnung {n10}", "O2-6012849917", "DE48ZZZ00000023571")),
    S("SOVDWAER", SOFTWARE, ("m", 3), -89.25,
      cb_dd("SOVDWAER GmbH", "THEORG Lizenz {d:%m/%Y} Kd 20417", "SOV-20417", "DE61ZZZ00000384155")),
    S("Microsoft", SOFTWARE, ("d", ["2025-09-08", "2025-10-08", "2025-11-10"]), -12.60, "MICROSOFT*365 BUSINESS//msbill.info/IE {pd:%Y-%m-%d}T{hms} Debitk.1 2028-03 Kartenzahlung", card=True),
    S("jameda", MARKETING, ("m", 4), -69.00,
      cb_dd("jameda GmbH", "Premium-Paket Kd-Nr. J-118294", "JAM-118294", "DE11ZZZ00000931442")),
    S("Google", MARKETING, ("n", 2), (-75, -25), "GOOGLE *ADS{n10}//Dublin/IE {pd:%Y-%m-%d}T{hms} Debitk.1 2028-03 Kartenzahlung", card=True),
    S("Steuerkanzlei Kühl", PROF, ("m", 12), -380.00,
      cb_dd("Steuerkanzlei Kuehl", "Honorar Finanzbuchhaltung {d:%m/%Y}", "SK-KUEHL-0112", "DE29ZZZ00001092283")),
    S("Wäscherei Nordstern", OTHER_EX, ("m", 6), (-168, -121),
      cb_dd("Waescherei Nordstern GmbH", "Handtuchservice Re {n5}", "WN-33018", "DE57ZZZ00000571290")),
    S("Sport-Thieme", SUPPLIES, ("n", 1), (-240, -48), "Sport-Thieme GmbH Bestellung {n8} End-to-End-Ref.: NOTPROVIDED Überweisung"),
    S("dm-drogerie markt", SUPPLIES, ("n", 2), (-38, -9), cb_card("dm-drogerie markt", "Hamburg"), card=True),
    S("Budni", SUPPLIES, ("n", 1), (-26, -8), cb_card("BUDNI SAGT DANKE", "Hamburg"), card=True),
    S("Medizintechnik Lembke", EQUIP, ("d", ["2025-09-17"]), -2380.00,
      "Medizintechnik Lembke e.K. RE 2025-0871 Therapieliege End-to-End-Ref.: NOTPROVIDED Überweisung"),
    S("Deutsche Bahn", TRAVEL, ("d", ["2025-10-06"]), -119.80, "DB Vertrieb GmbH//Frankfurt/DE {pd:%Y-%m-%d}T{hms} Debitk.1 2028-03 Kartenzahlung", card=True),
    S("HVV", TRAVEL, ("n", 1), (-9.6, -3.8), cb_card("HOCHBAHN HVV", "Hamburg"), card=True),
    S(BANK, LOAN, ("m", 30), -612.35, "Darlehen 4003217 Tilgung/Zinsen {d:%m/%Y}"),
    S("Katrin Albers", OWNER, ("m", 3), -3500.00, "Katrin Albers Privatentnahme End-to-End-Ref.: NOTPROVIDED Dauerauftrag"),
    S("", XFER, ("d", ["2025-09-30", "2025-11-03"]), -2000.00, "Uebertrag auf Tagesgeld 4003217-01 Umbuchung"),
    S(BANK, FEES, ("last",), (-38.5, -31.2), "Abrechnung {d:%d.%m.%Y} siehe Anlage Entgelte"),
])

# --------------------------------------------------------------------------- FR: BNP Paribas
# Garage Ferrand Automobiles SARL, Lyon; gérant Nicolas Ferrand. BNP Paribas: "FACTURE CARTE DU
# ddmmyy <commerçant> CARTE 4974XXXXXXXXnnnn", "PRLV SEPA <créancier> ECH/ddmmyy ID EMETTEUR/
# MDT/ REF/ LIB/", "VIR SEPA RECU /DE /MOTIF /REF", "VIR SEPA EMIS /MOTIF /BEN /REFDO",
# "REMISE CARTE", "REMISE CHEQUE", "ECHEANCE PRET", "RETRAIT DAB", "FRAIS/COMMISSIONS".


def bnp_card(merchant: str) -> str:
    return "FACTURE CARTE DU {pd:%d%m%y} " + merchant + " CARTE 4974XXXXXXXX{card}"


def bnp_prlv(name: str, ics: str, mdt: str, lib: str) -> str:
    return f"PRLV SEPA {name} ECH/" + "{d:%d%m%y}" + f" ID EMETTEUR/{ics} MDT/{mdt} REF/" + "{n10}" + f" LIB/{lib}"


BNP = Business("EU", "fr-garage", "BNP Paribas", D("2025-10-01"), D("2025-12-31"), ("3318",), [
    S("", SALES, ("n", 9), (640, 3900), "REMISE CARTE {n7} DU {d:%d%m%y} 3 FACTURES"),
    S("Transports Giraud", SERVICE, ("n", 3), (480, 2900),
      "VIR SEPA RECU /DE TRANSPORTS GIRAUD SARL /MOTIF REGLEMENT FACT {n5} /REF {n10}"),
    S("Lyon Taxi Services", SERVICE, ("n", 2), (210, 1180),
      "VIR SEPA RECU /DE LYON TAXI SERVICES /MOTIF FACTURE F-{n5} /REF NOTPROVIDED"),
    S("AXA", SERVICE, ("n", 2), (950, 3400),
      "VIR SEPA RECU /DE AXA FRANCE IARD /MOTIF SINISTRE 25{n8} REPARATION /REF {n12}"),
    S("Alain Roux", SERVICE, ("n", 1), (180, 620), "VIR SEPA RECU /DE M ALAIN ROUX /MOTIF FACTURE {n5} /REF NOTPROVIDED"),
    S("Sandrine Petit", SERVICE, ("n", 1), (90, 480), "VIR SEPA RECU /DE MME SANDRINE PETIT /MOTIF REVISION CLIO /REF NOTPROVIDED"),
    S("", SERVICE, ("n", 2), (120, 760), "REMISE CHEQUE N {n7}"),
    S("Autodistribution", COGS, ("m", 10), (-5200, -2300),
      bnp_prlv("AUTODISTRIBUTION RHONE", "FR56ZZZ418233", "AD69-0044127", "RELEVE FACTURES {MONP}")),
    S("Oscaro", COGS, ("n", 2), (-460, -90), bnp_card("OSCARO.COM PARIS"), card=True),
    S("Allopneus", COGS, ("n", 2), (-780, -240), bnp_card("ALLOPNEUS AIX EN PROVEN"), card=True),
    S("Rhône Pièces Auto", COGS, ("n", 2), (-940, -180),
      "VIR SEPA EMIS /MOTIF FACT {n6} /BEN RHONE PIECES AUTO /REFDO {n10}"),
    S("Würth", SUPPLIES, ("n", 2), (-390, -95),
      bnp_prlv("WURTH FRANCE SA", "FR22ZZZ005731", "WU-1193302", "FACTURE {n8}")),
    S("Leroy Merlin", SUPPLIES, ("n", 1), (-120, -25), bnp_card("LEROY MERLIN VENISSIEUX"), card=True),
    S("SCI Les Tilleuls", RENT, ("m", 5), -2600.00, "VIR PERMANENT /MOTIF LOYER ATELIER GERLAND /BEN SCI LES TILLEULS"),
    S("EDF", UTIL, ("m", 14), (-460, -290), bnp_prlv("EDF ENTREPRISES", "FR10ZZZ001122", "EDF-7709182234", "FACTURE {n10}")),
    S("Bouygues Telecom", UTIL, ("m", 8), -64.90,
      bnp_prlv("BOUYGUES TELECOM ENTREPRISES", "FR74ZZZ400471", "BTE-55120938", "FACTURE {MONP}")),
    S("Eau du Grand Lyon", UTIL, ("d", ["2025-11-12"]), (-148, -96),
      bnp_prlv("EAU DU GRAND LYON", "FR83ZZZ581004", "EGL-00931247", "ECHEANCE")),
    S("Kevin Marchand", PAYROLL, ("last",), (-2060, -1980), "VIR SEPA EMIS /MOTIF SALAIRE {MFR} /BEN M KEVIN MARCHAND /REFDO SAL{n6}"),
    S("Yanis Bouaziz", PAYROLL, ("last",), (-1810, -1760), "VIR SEPA EMIS /MOTIF SALAIRE {MFR} /BEN M YANIS BOUAZIZ /REFDO SAL{n6}"),
    S("URSSAF", PAYROLL, ("m", 15), (-2480, -2210),
      bnp_prlv("URSSAF RHONE ALPES", "FR31ZZZ004981", "URS-820019377", "DSN {n8}")),
    S("AG2R La Mondiale", PAYROLL, ("d", ["2025-10-24"]), (-1320, -1180),
      bnp_prlv("AG2R AGIRC ARRCO", "FR91ZZZ403877", "AG2R-7100394", "COTISATIONS T{n1}")),
    S("DGFiP", TAX, ("m", 24), (-2900, -1650), bnp_prlv("DGFIP", "FR46ZZZ005002", "TVA-3309128841", "TVA {n14}")),
    S("DGFiP", TAX, ("d", ["2025-12-15"]), -684.00, bnp_prlv("DGFIP", "FR46ZZZ005002", "CFE-3309128841", "CFE 2025")),
    S("MMA", INSUR, ("m", 5), -318.42, bnp_prlv("MMA IARD", "FR05ZZZ008421", "MMA-A19920331", "MULTIRISQUE GARAGE")),
    S("Bosch", SOFTWARE, ("m", 3), -96.00,
      bnp_prlv("ROBERT BOSCH FRANCE SAS", "FR60ZZZ391127", "BOSCH-ESI-4478", "ABONNEMENT ESITRONIC")),
    S("Lyon Équipement Garage", EQUIP, ("d", ["2025-11-25"]), -4860.00,
      "VIR SEPA EMIS /MOTIF FACT 2025-318 PONT ELEVATEUR /BEN LYON EQUIPEMENT GARAGE /REFDO {n10}"),
    S("Cabinet Durand Expertise", PROF, ("m", 20), -420.00,
      bnp_prlv("CABINET DURAND EXPERTISE", "FR12ZZZ821104", "CDE-0077", "HONORAIRES {MONP}")),
    S("TotalEnergies", TRAVEL, ("n", 2), (-95, -48), bnp_card("TOTALENERGIES LYON 7"), card=True),
    S("APRR", TRAVEL, ("n", 1), (-18, -6), bnp_card("APRR AUTOROUTE"), card=True),
    S("Boulangerie du Tonkin", MEALS, ("n", 1), (-32, -12), bnp_card("BOULANGERIE DU TONKIN"), card=True),
    S("Nicolas Ferrand", OWNER, ("m", 28), -2800.00, "VIR SEPA EMIS /MOTIF REMUNERATION GERANT /BEN NICOLAS FERRAND /REFDO {n10}"),
    S("", XFER, ("d", ["2025-12-19"]), -5000.00, "VIR CPTE A CPTE EMIS /MOTIF EPARGNE /BEN GARAGE FERRAND AUTOMOB"),
    S("", XFER, ("d", ["2025-11-12"]), -200.00, "RETRAIT DAB {d:%d/%m/%y} LYON 7E"),
    S(BANK, LOAN, ("m", 5), -1184.72, "ECHEANCE PRET N 60004418823 DONT CAP {n3},{n2} ASS. 12,40"),
    S(BANK, FEES, ("m", 2), -42.00, "FORFAIT MENSUEL OFFRE PRO"),
    S(BANK, FEES, ("m", 3), (-38, -12), "COMMISSIONS SUR REMISES CB {MONP}"),
])

# --------------------------------------------------------------------------- BE: KBC
# De Smet Digital BV, Gent; zaakvoerder Wouter De Smet. KBC Business (Dutch): "BETALING VIA
# BANCONTACT dd-mm hh:mm <handelaar> <plaats> KAART nnnn XXXX XXXX nnnn", "BETALING DEBIT
# MASTERCARD", "EUROPESE DOMICILIERING", "EUROPESE OVERSCHRIJVING VAN/NAAR", "OVERSCHRIJVING
# NAAR EIGEN REKENING", "AANREKENING BEHEERSKOSTEN", "INTERESTEN".


def kbc_card(merchant: str, city: str) -> str:
    return "BETALING VIA BANCONTACT {pd:%d-%m} {hm} " + f"{merchant} {city}" + " KAART 6703 XXXX XXXX {card}"


def kbc_mc(merchant: str, country: str) -> str:
    return "BETALING DEBIT MASTERCARD {pd:%d-%m} " + f"{merchant} {country}" + " KAART 5413 XXXX XXXX {card}"


def kbc_dom(name: str, cid: str, mdt: str, msg: str) -> str:
    return (f"EUROPESE DOMICILIERING {name} SCHULDEISER-ID {cid} MANDAAT {mdt} "
            + "REFERTE {n12} MEDEDELING " + msg)


def kbc_in(name: str, iban: str, msg: str) -> str:
    return f"EUROPESE OVERSCHRIJVING VAN {name} {iban} MEDEDELING {msg}"


def kbc_out(name: str, iban: str, msg: str) -> str:
    return f"EUROPESE OVERSCHRIJVING NAAR {name} {iban} MEDEDELING {msg}"


KBC = Business("EU", "be-it-consultancy", "KBC", D("2026-01-05"), D("2026-04-30"), ("4419",), [
    S("Logistiek Vandenberghe", SERVICE, ("m", 12), (4200, 7900),
      kbc_in("LOGISTIEK VANDENBERGHE NV", "BE71 0961 2345 6769", "+++{n3}/{n4}/{n5}+++")),
    S("Stad Gent", SERVICE, ("n", 2), (2400, 6100), kbc_in("STAD GENT", "BE38 0910 0083 3072", "FACTUUR 2026-{n3}")),
    S("Agence Dumont", SERVICE, ("n", 2), (1800, 3650), kbc_in("AGENCE DUMONT SRL", "BE12 0012 3456 7877", "FACTURE 2026-{n3}")),
    S("Paddle", SALES, ("n", 3), (310, 1240), kbc_in("PADDLE.COM MARKET LTD", "GB71 BARC 2004 5571 8823 40", "PAYOUT {n7}")),
    S("Jana Peeters", PROF, ("n", 3), (-3800, -1400), kbc_out("JANA PEETERS", "BE09 7370 4412 8857", "FACTUUR JP-2026-{n2}")),
    S("Boekhoudkantoor Verhaeghe", PROF, ("d", ["2026-01-27", "2026-04-24"]), -726.00,
      kbc_out("BOEKHOUDKANTOOR VERHAEGHE BV", "BE55 4470 1122 3344", "+++{n3}/{n4}/{n5}+++")),
    S("Lotte Maes", PAYROLL, ("last",), (-2610, -2540), kbc_out("LOTTE MAES", "BE46 0631 9876 5436", "LOON {MNL} 2026")),
    S("RSZ", PAYROLL, ("m", 5), (-1490, -1380), kbc_out("RSZ-ONSS", "BE63 6790 2618 1108", "+++{n3}/{n4}/{n5}+++")),
    S("FOD Financiën", PAYROLL, ("m", 15), (-690, -610),
      kbc_out("FOD FINANCIEN BV", "BE39 6792 0022 9319", "+++{n3}/{n4}/{n5}+++ BEDRIJFSVOORHEFFING")),
    S("FOD Financiën", TAX, ("d", ["2026-01-20", "2026-04-20"]), (-6400, -4100),
      kbc_out("FOD FINANCIEN BTW", "BE79 6792 0022 9117", "+++{n3}/{n4}/{n5}+++")),
    S("FOD Financiën", TAX, ("d", ["2026-04-10"]), -3000.00,
      kbc_out("FOD FINANCIEN VOORAFBETALINGEN", "BE61 6792 0040 9817", "+++{n3}/{n4}/{n5}+++")),
    S("SD Worx", SOFTWARE, ("m", 10), (-58, -52), kbc_dom("SD WORX PEOPLE SOLUTIONS", "BE76ZZZ0412345678", "SDW-00318827", "FACTUUR {n9}")),
    S("Patrimonium Coupure", RENT, ("m", 1), -1150.00, kbc_out("PATRIMONIUM COUPURE NV", "BE88 3630 1122 9941", "HUUR KANTOOR 2.1 {MNL}")),
    S("Proximus", UTIL, ("m", 12), -71.40, kbc_dom("PROXIMUS NV", "BE51ZZZ0202239951", "PXS-3011928", "FACTUUR {n10}")),
    S("Orange Belgium", UTIL, ("m", 18), -35.00, kbc_dom("ORANGE BELGIUM", "BE05ZZZ0456810810", "OBE-7700129", "FACT {n10}")),
    S("Hetzner", SOFTWARE, ("m", 4), (-64, -58), kbc_mc("HETZNER ONLINE GMBH GUNZENHAUSEN", "DE"), card=True),
    S("Atlassian", SOFTWARE, ("m", 9), -48.40, kbc_mc("ATLASSIAN SYDNEY", "AU"), card=True),
    S("JetBrains", SOFTWARE, ("d", ["2026-02-11"]), -779.00, kbc_mc("JETBRAINS S.R.O. PRAHA", "CZ"), card=True),
    S("Odoo", SOFTWARE, ("m", 2), -37.40, kbc_dom("ODOO SA", "BE48ZZZ0477472701", "ODOO-M-209114", "SUBSCRIPTION {n8}")),
    S("Federale Verzekering", INSUR, ("d", ["2026-01-15", "2026-04-15"]), -212.35,
      kbc_dom("FEDERALE VERZEKERING", "BE22ZZZ0403257506", "FED-98012771", "POLIS BA 40312")),
    S("LinkedIn", MARKETING, ("n", 2), (-180, -60), kbc_mc("LINKEDIN-{n9} DUBLIN", "IE"), card=True),
    S("Q8", TRAVEL, ("n", 3), (-78, -42), kbc_card("Q8 GENT DRONGEN", "GENT"), card=True),
    S("NMBS", TRAVEL, ("n", 2), (-36, -9), kbc_card("NMBS-SNCB MOBILE", "BRUSSEL"), card=True),
    S("Brasserie De Graslei", MEALS, ("n", 2), (-118, -42), kbc_card("BRASSERIE DE GRASLEI", "GENT"), card=True),
    S("Colruyt", SUPPLIES, ("n", 1), (-45, -12), kbc_card("COLRUYT GENT", "GENT"), card=True),
    S("Standaard Boekhandel", SUPPLIES, ("n", 1), (-42, -9), kbc_card("STANDAARD BOEKHANDEL", "GENT"), card=True),
    S("Coolblue", EQUIP, ("d", ["2026-02-23"]), -1649.00, kbc_mc("COOLBLUE BELGIE NV ANTWERPEN", "BE"), card=True),
    S("Coolblue", REFUND, ("d", ["2026-03-09"]), 59.99, kbc_in("COOLBLUE BELGIE NV", "BE84 0017 7066 4459", "RETOUR {n8}")),
    S("Wouter De Smet", OWNER, ("m", 25), -3200.00, kbc_out("DE SMET WOUTER", "BE27 7330 1834 5573", "BEZOLDIGING BESTUURDER")),
    S("", XFER, ("d", ["2026-02-02", "2026-04-01"]), -4000.00,
      "OVERSCHRIJVING NAAR EIGEN REKENING BE68 7380 4411 9834 KBC BUSINESS SPAARREKENING"),
    S(BANK, INTEREST, ("d", ["2026-04-01"]), 14.62, "INTERESTEN EN PREMIES SPAARREKENING BE68 7380 4411 9834 1E KWARTAAL"),
    S(BANK, FEES, ("m", 2), -12.50, "AANREKENING BEHEERSKOSTEN KBC BUSINESS COMFORT PACK"),
])

BUSINESSES = [TD, TRUIST, FIFTH, MONZO, TIDE, COMMERZ, BNP, KBC]

# --------------------------------------------------------------------------- generation


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def event_dates(rng: random.Random, b: Business, s: Spec) -> list[dt.date]:
    kind = s.sched[0]
    if kind == "m":
        return [dt.date(y, m, min(s.sched[1], calendar.monthrange(y, m)[1])) for y, m in months(b.start, b.end)]
    if kind == "last":
        return [last_banking(y, m) for y, m in months(b.start, b.end)]
    if kind == "d":
        return [D(x) for x in s.sched[1]]
    if kind == "w":
        d = b.start + dt.timedelta(days=(s.sched[1] - b.start.weekday()) % 7)
        out = []
        while d <= b.end:
            out.append(d)
            d += dt.timedelta(weeks=s.sched[2])
        return out
    if kind == "n":
        span = (b.end - b.start).days
        return sorted(b.start + dt.timedelta(days=rng.randint(0, span - 3)) for _ in range(s.sched[1]))
    raise ValueError(s.sched)


def amount(rng: random.Random, s: Spec) -> float:
    a = s.amount
    if isinstance(a, float | int):
        return float(a)
    if isinstance(a, list):
        return rng.choice(a)
    lo, hi = sorted(a)
    return round(rng.uniform(lo, hi), 2)


def generate() -> list[list[str]]:
    rng = random.Random(SEED)
    rows: list[tuple] = []
    for bi, b in enumerate(BUSINESSES):
        for si, s in enumerate(b.specs):
            assert s.category in CATEGORIES, (b.slug, s)
            for k, ev in enumerate(event_dates(rng, b, s)):
                if s.card:
                    pd, post = ev, fwd(ev, rng.choice([0, 1, 1, 2]) if banking(ev) else 0)
                else:
                    post = fwd(ev)
                    pd = ev if s.sched[0] == "d" and not banking(ev) else post
                if not (b.start <= post <= b.end):
                    continue
                amt = amount(rng, s)
                f = {"d": post, "pd": pd, "card": rng.choice(b.cards),
                     "hm": f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}",
                     "hms": f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                     "MOND": f"{post:%b}".upper(), "MONP": f"{post:%m/%Y}",
                     "MFR": f"{MONTHS_FR[post.month - 1]} {post.year}", "MNL": MONTHS_NL[post.month - 1]}
                for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15):
                    f[f"n{n}"] = digits(rng, n)
                for n in (7, 8, 9, 10, 12, 16):
                    f[f"a{n}"] = alnum(rng, n)
                tpl = s.templates[k % len(s.templates)] if len(s.templates) > 1 else s.templates[0]
                desc = " ".join(tpl.format(**f).split()) if "GBR" not in tpl else tpl.format(**f)
                ent = s.entity
                if ent == BANK:
                    ent = b.bank if OWN_BANK_ENTITY else ""
                elif ent == "" and OWN_BANK_ENTITY and s.category == XFER:
                    ent = b.bank
                rows.append((bi, post, si, k, [b.region, b.slug, post.isoformat(), f"{amt:.2f}", desc, ent, s.category]))
    rows.sort(key=lambda r: r[:4])
    return [r[4] for r in rows]


def main() -> None:
    rows = generate()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    print(f"{len(rows)} rows -> {OUT.name}")
    for b in BUSINESSES:
        mine = [r for r in rows if r[1] == b.slug]
        ins = sum(1 for r in mine if not r[3].startswith("-"))
        ents = {r[5] for r in mine if r[5]}
        print(f"  {b.region} {b.slug:<20} {b.bank:<12} {len(mine):>3} rows  {mine[0][2]}..{mine[-1][2]}"
              f"  in {ins:>2}  entities {len(ents)}")
    print("regions:", dict(Counter(r[0] for r in rows)))
    print("money in:", sum(1 for r in rows if not r[3].startswith("-")), " no entity:", sum(1 for r in rows if not r[5]))
    ents = Counter(r[5] for r in rows if r[5])
    print("distinct entities:", len(ents), " once:", sum(1 for c in ents.values() if c == 1))
    print("categories:", ", ".join(f"{c} {n}" for c, n in Counter(r[6] for r in rows).most_common()))


if __name__ == "__main__":
    main()
