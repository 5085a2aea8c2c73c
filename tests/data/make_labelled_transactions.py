#!/usr/bin/env python3
"""Generate ``labelled_transactions.csv``: raw bank lines with hand-assigned labels.

The test suite reads the committed CSV; it never runs this script.  The script
exists so the set can be regenerated (deterministically, fixed seed) after a
counterparty is added or a label corrected.

How it works
------------
Every fictional business banks with one real-world bank, and every counterparty
of that business is written out below as a ``Spec``: the clean ``entity`` a
bookkeeper would write, the ``category`` that bookkeeper would book, how often
and when it occurs, the amount range, and one or more *raw description
templates written in that bank's style*.  Only the per-occurrence noise is
randomised: reference / trace / mandate numbers, card last-4 digits, store
numbers, dates and times inside the text, invoice numbers.

Template placeholders (anything in braces):

``{d:N}`` N random digits          ``{X:N}`` N random upper-case letters/digits
``{x:N}`` N random lower-case a-z/0-9   ``{A|B|C}`` pick one alternative
``{k:N}`` / ``{K:N}`` like ``{d:N}`` / ``{X:N}`` but drawn once per counterparty and then
kept: mandate references, customer / contract / policy numbers, creditor ids
``{iban:BANK}`` a Dutch IBAN at bank code BANK, kept per counterparty
``{card}`` one of the business's card numbers / card sequence numbers
``{inv}`` the business's next outgoing-invoice number
dates (transaction date, which for card lines is 0-3 days before posting):
``{mmdd}`` 03/12  ``{mmdd_}`` 0312  ``{mmddyy}`` 03/12/25  ``{mm-dd}`` 03-12
``{ddmm}`` 12/03  ``{ddmmyy}`` 120325  ``{dmy}`` 12.03.2025  ``{dmy2}`` 12.03.25
``{dmys}`` 12/03/2025  ``{dmy2s}`` 12/03/25  ``{dmyd}`` 12-03-2025
``{iso}`` 2025-03-12  ``{ddMONyy}`` 12MAR25  ``{yymmdd}`` 250312
``{yyyymmdd}`` 20250312  ``{hhmm}`` 14:32  ``{hh.mm}`` 14.32  ``{hhmmss}`` 02:32:05 PM
billing month (posting month): ``{mm}`` ``{yyyy}`` ``{yy}`` ``{mon_en}`` (MAR)
``{month_de}`` ``{month_fr}`` ``{month_es}`` ``{month_it}`` ``{month_nl}``
previous month: ``{pmy}`` 02/2025
amount (absolute): ``{amt}`` 1234.50  ``{amt_th}`` 1,234.50  ``{amt_c}`` 1234,50

Run:  python tests/data/make_labelled_transactions.py
"""

from __future__ import annotations

import calendar
import csv
import random
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

SEED = 20250601
OUT = Path(__file__).with_name("labelled_transactions.csv")
LAST_DAY = date(2026, 5, 31)

CATEGORIES = (
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
)
INCOME = {"Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income"}
TRANSFER = {"Internal Transfer", "Owner Draw / Contribution"}

MON_EN = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
MONTH_DE = "Januar Februar Maerz April Mai Juni Juli August September Oktober November Dezember".split()
MONTH_FR = "JANVIER FEVRIER MARS AVRIL MAI JUIN JUILLET AOUT SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE".split()
MONTH_ES = "ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE".split()
MONTH_IT = "GENNAIO FEBBRAIO MARZO APRILE MAGGIO GIUGNO LUGLIO AGOSTO SETTEMBRE OTTOBRE NOVEMBRE DICEMBRE".split()
MONTH_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()


@dataclass
class Spec:
    """One counterparty relationship of one business (or a no-counterparty line type)."""

    entity: str  # "" = the line names no counterparty
    category: str
    n: int  # number of occurrences
    sched: str  # "r" random | "m:DAY" monthly | "e" last business day | "f:KEY" same dates as KEY
    amt: object  # float fixed | (lo, hi) | (lo, hi, step) | [choices]
    tpls: list[str]
    dir: str | None = None  # "in"/"out"; inferred from the category when None
    known: bool | None = True  # could a generic vendor dictionary know this name?
    card: bool = False  # card line: transaction date 0-3 days before posting
    start: int | None = None  # first month offset for "m"/"e" schedules
    step: int = 1  # month step for "m"/"e" schedules (3 = quarterly)
    key: str | None = None  # name other specs can follow with "f:KEY"


@dataclass
class Business:
    id: str
    region: str
    first_month: tuple[int, int]
    months: int
    cards: list[str]
    inv_fmt: str  # str.format with y (year) and n (counter)
    inv_start: int
    specs: list[Spec]


# --------------------------------------------------------------------------------------
# United States
# --------------------------------------------------------------------------------------

# Brightline Design LLC, Brooklyn NY: a 3-person brand & web design studio.
# Chase Business Complete Checking (Chase online-activity export).
US_DESIGN = Business("us-design-studio", "US", (2025, 6), 7, ["4821", "0937"], "BD-{n:04d}", 1187, [
    # --- money in
    Spec("Harlow & Finch", "Service Income", 7, "r", (2800, 9800, 50), [
        "ORIG CO NAME:HARLOW AND FINCH CO ENTRY DESCR:PAYMENTS SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:{d:9} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
        "ORIG CO NAME:HARLOW & FINCH IN CO ENTRY DESCR:VENDOR PMT SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:V{d:6} IND NAME:BRIGHTLINE DESIGN REF*TN*{inv} TRN: {d:10}TC",
    ], known=False),
    Spec("Halcyon Hotels Group", "Service Income", 2, "r", (12000, 18500, 250), [
        "FEDWIRE CREDIT VIA: WELLS FARGO BANK, N.A./121000248 B/O: HALCYON HOTELS GROUP INC SAN FRANCISCO CA 94105-2231 REF: CHASE NYC/CTR/BNF=BRIGHTLINE DESIGN LLC BROOKLYN NY 11201-3814/AC-00000000{d:4} RFB=O/B WELLS FARGO OBI=INV {inv} BBI=/CHGS/USD0,00/ IMAD: {mmdd_}I1B7033R{d:6} TRN: {d:10}FF",
        "FEDWIRE CREDIT VIA: BANK OF AMERICA, N.A./026009593 B/O: HALCYON HOTELS GROUP INC SAN FRANCISCO CA 94105 REF: CHASE NYC/CTR/BNF=BRIGHTLINE DESIGN LLC BROOKLYN NY 11201/AC-00000000{d:4} RFB=2025{d:8} OBI=BRAND REFRESH PHASE 2 IMAD: {mmdd_}B6B7HU3R{d:6} TRN: {d:10}FF",
    ], known=False, key="halcyon"),
    Spec("Oakline Architecture", "Service Income", 5, "r", (1800, 4600, 25), [
        "ORIG CO NAME:BILL.COM CO ENTRY DESCR:PAYABLES SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:015{X:11} IND NAME:BRIGHTLINE DESIGN LLC OAKLINE ARCHITECTURE LLP BILL.COM INV {inv} TRN: {d:10}TC",
        "ORIG CO NAME:Oakline Architec CO ENTRY DESCR:Bill.com SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:015{X:11} IND NAME:Brightline Design LLC TRN: {d:10}TC",
    ], known=False),
    Spec("Stripe", "Sales Revenue", 8, "r", (310, 2450), [
        "ORIG CO NAME:STRIPE CO ENTRY DESCR:TRANSFER SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:ST-{X:12} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
        "ORIG CO NAME:STRIPE CO ENTRY DESCR:TRANSFER SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:ST-{X:12} IND NAME:Brightline Design TRN: {d:10}TC",
    ]),
    Spec("Amazon", "Refunds", 1, "r", (18, 90), [
        "CARD REFUND {mmdd} AMZN MKTP US*{X:9} AMZN.COM/BILL WA CARD {card}",
    ], card=True),
    Spec("", "Service Income", 1, "r", (1500, 3200, 50), ["REMOTE ONLINE DEPOSIT #          {d:1}"], known=None),
    # --- money out
    Spec("Adobe", "Software & Subscriptions", 5, "m:14", 89.99, [
        "CARD PURCHASE {mmdd} ADOBE *CREATIVE CLD 408-536-6000 CA CARD {card}",
        "RECURRING CARD PURCHASE {mmdd} ADOBE  *ADOBE 408-536-6000 CA CARD {card}",
        "ADOBE *CREATIVE CLOUD SAN JOSE CA {mmdd}",
    ], card=True),
    Spec("Google", "Software & Subscriptions", 4, "m:1", [36.00, 36.00, 43.20], [
        "CARD PURCHASE {mmdd} GOOGLE *GSUITE_brightli CC@GOOGLE.COM CA CARD {card}",
        "RECURRING CARD PURCHASE {mmdd} GOOGLE *Workspace_brig g.co/helppay# CA CARD {card}",
    ], card=True),
    Spec("MyFonts", "Software & Subscriptions", 1, "r", 149.00, [
        "CARD PURCHASE {mmdd} PAYPAL *MYFONTS 402-935-7733 CA CARD {card}",
    ], card=True, known=False),
    Spec("Meta", "Marketing & Advertising", 3, "r", (120, 480), [
        "CARD PURCHASE {mmdd} FACEBK *{X:10} FB.ME/ADS CA CARD {card}",
        "CARD PURCHASE {mmdd} META ADS {X:10} MENLO PARK CA CARD {card}",
    ], card=True),
    Spec("Gusto", "Salaries & Payroll", 5, "e", (6900, 7350), [
        "ORIG CO NAME:GUSTO CO ENTRY DESCR:NET {d:6} SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:{x:7} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ], key="gusto", start=1),
    Spec("Gusto", "Salaries & Payroll", 3, "f:gusto", (2150, 2420), [
        "ORIG CO NAME:GUSTO CO ENTRY DESCR:TAX {d:6} SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:{x:7} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ]),
    Spec("Gusto", "Software & Subscriptions", 2, "m:2", 104.00, [
        "ORIG CO NAME:GUSTO CO ENTRY DESCR:FEE {d:6} SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:{x:7} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ]),
    Spec("IRS", "Taxes", 2, "m:15", (3200, 4100, 100), [
        "ORIG CO NAME:IRS CO ENTRY DESCR:USATAXPYMT SEC:CCD TRACE#:{d:15} EED:{yymmdd} IND ID:2701{d:11} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ], start=0, step=3),
    Spec("Con Edison", "Utilities", 4, "m:22", (142, 265), [
        "ORIG CO NAME:CON ED OF NY CO ENTRY DESCR:INTELL CK SEC:PPD TRACE#:{d:15} EED:{yymmdd} IND ID:{k:15} IND NAME:BRIGHTLINE DESIGN TRN: {d:10}TC",
        "ORIG CO NAME:CONSOLIDATED EDI CO ENTRY DESCR:CECONY SEC:WEB TRACE#:{d:15} EED:{yymmdd} IND ID:{k:15} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ]),
    Spec("Verizon", "Utilities", 3, "m:9", [79.99, 134.20], [
        "RECURRING CARD PURCHASE {mmdd} VZWRLSS*APOCC VISB 800-922-0204 FL CARD {card}",
        "ORIG CO NAME:VERIZON CO ENTRY DESCR:PAYMENTREC SEC:TEL TRACE#:{d:15} EED:{yymmdd} IND ID:{k:13} IND NAME:BRIGHTLINE DESIGN TRN: {d:10}TC",
    ]),
    Spec("Pearl Street Properties", "Rent", 6, "m:1", 3850.00, [
        "ONLINE PAYMENT {d:10} TO PEARL STREET PROPERTIES {mmdd}",
    ], known=False),
    Spec("Hiscox", "Insurance", 3, "m:5", 47.50, [
        "ORIG CO NAME:HISCOX INC CO ENTRY DESCR:PREMIUM SEC:PPD TRACE#:{d:15} EED:{yymmdd} IND ID:{K:10} IND NAME:BRIGHTLINE DESIGN LLC TRN: {d:10}TC",
    ]),
    Spec("Kittredge & Lowe CPA", "Professional Services", 2, "r", [1200.00, 450.00], [
        "ONLINE PAYMENT {d:10} TO KITTREDGE & LOWE CPA {mmdd}",
        "Zelle payment to Kittredge Lowe CPA JPM99{x:7}",
    ], known=False),
    Spec("Dana Kim", "Professional Services", 4, "r", (600, 1800, 50), [
        "Zelle payment to Dana Kim JPM99{x:7}",
        "Zelle payment to DANA KIM {d:11}",
    ], known=False),
    Spec("Gowanus Print Lab", "Cost of Goods Sold", 4, "r", (180, 1400), [
        "CARD PURCHASE {mmdd} GOWANUS PRINT LAB BROOKLYN NY CARD {card}",
        "CARD PURCHASE {mmdd} SQ *GOWANUS PRINT LAB Brooklyn NY CARD {card}",
        "SQ *GOWANUS PRINT LAB gosq.com NY {mmdd}",
    ], card=True, known=False),
    Spec("Apple", "Equipment", 1, "r", 2499.00, [
        "CARD PURCHASE {mmdd} APPLE STORE #R102 NEW YORK NY CARD {card}",
    ], card=True),
    Spec("Apple", "Software & Subscriptions", 2, "m:19", 9.99, [
        "RECURRING CARD PURCHASE {mmdd} APPLE.COM/BILL 866-712-7753 CA CARD {card}",
    ], card=True),
    Spec("Uber", "Travel", 3, "r", (14, 58), [
        "CARD PURCHASE {mmdd} UBER *TRIP HELP.UBER.COM CA CARD {card}",
        "UBER   *TRIP SAN FRANCISCO CA {mmdd}",
        "CARD PURCHASE {mmdd} UBER *TRIP {X:4} 800-592-8996 CA CARD {card}",
    ], card=True),
    Spec("Fulton Ferry Deli", "Meals & Entertainment", 2, "r", (11, 64), [
        "CARD PURCHASE {mmdd} TST* FULTON FERRY DELI BROOKLYN NY CARD {card}",
        "TST* FULTON FERRY DELI - Brooklyn NY {mmdd}",
    ], card=True, known=False),
    Spec("Amazon", "Supplies & Materials", 2, "r", (24, 160), [
        "CARD PURCHASE {mmdd} AMAZON MKTPL*{X:9} AMZN.COM/BILL WA CARD {card}",
        "AMAZON.COM*{X:9} AMZN.COM/BILL WA {mmdd}",
    ], card=True),
    Spec("Maya Chen", "Owner Draw / Contribution", 2, "r", (2500, 4000, 250), [
        "Zelle payment to Maya Chen JPM99{x:7}",
        "Online Transfer to CHK ...7781 MAYA CHEN transaction#: {d:11} {mmdd}",
    ], dir="out", known=False),
    Spec("", "Internal Transfer", 2, "r", (2000, 6000, 500), [
        "Online Transfer to SAV ...5678 transaction#: {d:11} {mmdd}",
        "ONLINE TRANSFER TO SAV XXXX5678",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", (1500, 3000, 500), [
        "Online Transfer from SAV ...5678 transaction#: {d:11}",
    ], dir="in", known=None),
    Spec("", "Internal Transfer", 2, "m:25", (800, 2400), [
        "Payment to Chase card ending in 9912 {mmdd}",
    ], dir="out", known=None),
    Spec("", "Bank Fees", 2, "e", 15.00, ["MONTHLY SERVICE FEE"], known=None),
    Spec("", "Bank Fees", 2, "f:halcyon", 15.00, ["DOMESTIC INCOMING WIRE FEE"], known=None),
    Spec("", "Internal Transfer", 1, "r", [200.00, 300.00], [
        "ATM WITHDRAWAL {d:6} {mmdd} 185 MONTAGUE ST BROOKLYN NY CARD {card}",
    ], dir="out", known=None, card=True),
])

# Blackbird Coffee Roasters LLC, Oakland CA: roastery + cafe + online shop + wholesale.
# Wells Fargo Business Checking (wellsfargo.com CSV export).
US_COFFEE = Business("us-coffee-roaster", "US", (2025, 8), 8, ["7730", "1184"], "W{n:05d}", 10231, [
    Spec("Square", "Sales Revenue", 8, "r", (640, 2850), [
        "SQUARE INC {yymmdd}P2 L2{d:2}{X:9} BLACKBIRD COFFEE ROA",
        "SQUARE INC {yymmdd}P2 L2{d:2}{X:9} Blackbird Coffee Roa",
    ]),
    Spec("Shopify", "Sales Revenue", 8, "r", (380, 1650), [
        "SHOPIFY TRANSFER {yymmdd} ST-{X:12} BLACKBIRD COFFEE ROAS",
        "SHOPIFY INC. TRANSFER {yymmdd} {X:12} BLACKBIRD COFFEE ROAS",
    ]),
    Spec("Lakeshore Grocery Co-op", "Sales Revenue", 4, "r", (540, 1380), [
        "LAKESHORE GROCER ACH PMT {yymmdd} {d:7} BLACKBIRD COFFEE ROAST",
        "LAKESHORE GROCER PAYABLES {yymmdd} {d:9} BLACKBIRD COFFEE",
    ], known=False),
    Spec("Temescal Bakehouse", "Sales Revenue", 4, "r", (210, 640), [
        "ZELLE FROM TEMESCAL BAKEHOUSE ON {mmdd} REF # PP0{X:7}",
        "ZELLE FROM TEMESCAL BAKEHOUSE LLC ON {mmdd} REF # BAC{d:9}",
    ], known=False),
    Spec("", "Sales Revenue", 2, "r", (420, 980), [
        "EDEPOSIT IN BRANCH/STORE {mmddyy} {hhmmss} 4051 BROADWAY OAKLAND CA {card}",
        "DEPOSIT MADE IN A BRANCH/STORE",
    ], known=None),
    Spec("", "Interest", 2, "e", (0.31, 1.12), ["INTEREST PAYMENT"], known=None),
    Spec("Amazon", "Refunds", 1, "r", (22, 75), [
        "PURCHASE RETURN AUTHORIZED ON {mmdd} AMAZON.COM*{X:9} AMZN.COM/BILL WA S{d:15} CARD {card}",
    ], card=True),
    Spec("", "Financing", 1, "r", 5000.00, [
        "ONLINE TRANSFER REF #IB{X:8} FROM BUSINESSLINE XXXXXX9012 ON {mmddyy}",
    ], known=None),
    # --- money out
    Spec("Cafe Imports", "Cost of Goods Sold", 3, "r", (4200, 9800), [
        "WT FED#{d:5} U.S. BANK, N.A. /FTR/BNF=CAFE IMPORTS LLC SRF# {d:16} TRN#{yymmdd}{d:6} RFB# {d:9}",
        "WT FED#{d:5} U.S. BANK, N.A. /FTR/BNF=CAFE IMPORTS SRF# IN{d:14} TRN#{yymmdd}{d:6} RFB# INV{d:5}",
    ], known=False, key="cafeimports"),
    Spec("", "Bank Fees", 3, "f:cafeimports", 30.00, [
        "WIRE TRANS SVC CHARGE - SEQUENCE: {yymmdd}{d:6} SRF# {d:16} TRN#{yymmdd}{d:6} RFB# {d:9}",
    ], known=None),
    Spec("Straus Family Creamery", "Cost of Goods Sold", 3, "r", (380, 620), [
        "STRAUS FAMILY CR SALE {yymmdd} {d:6} BLACKBIRD COFFEE",
        "BUSINESS TO BUSINESS ACH DEBIT - STRAUS FAMILY CR SALE {yymmdd} {d:6} BLACKBIRD COFFEE ROA",
    ], known=False),
    Spec("Bayside Bag & Label", "Cost of Goods Sold", 2, "r", (640, 1480), [
        "PURCHASE AUTHORIZED ON {mmdd} BAYSIDE BAG & LABEL HAYWARD CA S{d:15} CARD {card}",
        "PURCHASE AUTHORIZED ON {mmdd} SP * BAYSIDEBAGLABEL BAYSIDEBAG.CO CA S{d:15} CARD {card}",
    ], card=True, known=False),
    Spec("Costco", "Supplies & Materials", 3, "r", (84, 412), [
        "PURCHASE AUTHORIZED ON {mmdd} {COSTCO WHSE #0146 RICHMOND|COSTCO WHSE #0661 SAN LEANDRO|COSTCO WHSE #0472 SAN FRANCISCO} CA S{d:15} CARD {card}",
    ], card=True),
    Spec("Jingletown Properties", "Rent", 7, "m:1", 6250.00, [
        "BILL PAY JINGLETOWN PROPERTIES ON-LINE XXXXX41203 ON {mm-dd}",
        "BILL PAY Jingletown Properties LLC RECURRING xxxxxx1203 ON {mm-dd}",
    ], known=False),
    Spec("PG&E", "Utilities", 5, "m:18", (520, 910), [
        "PGANDE WEB ONLINE {mon_en} {yy} {d:14} BLACKBIRD COFFEE",
        "PGANDE WEB ONLINE {yymmdd} {d:11} BLACKBIRD COFFEE ROAS",
    ]),
    Spec("ADP", "Salaries & Payroll", 5, "e", (8200, 9100), [
        "ADP WAGE PAY WAGE PAY {yymmdd} {d:6}{X:5} BLACKBIRD COFFEE ROA",
    ], key="adp"),
    Spec("ADP", "Salaries & Payroll", 3, "f:adp", (2450, 2780), [
        "ADP TAX ADP TAX {yymmdd} {X:5} {d:8} BLACKBIRD COFFEE",
    ]),
    Spec("ADP", "Software & Subscriptions", 2, "m:8", 128.60, [
        "ADP PAYROLL FEES ADP - FEES {yymmdd} {d:8}{X:3} BLACKBIRD COFFEE ROA",
    ]),
    Spec("CDTFA", "Taxes", 2, "m:30", (1840, 2960), [
        "CA DEPT TAX FEE CDTFA EPMT {yymmdd} {d:9} BLACKBIRD COFFEE ROA",
    ], start=2, step=3),
    Spec("IRS", "Taxes", 2, "m:15", (2600, 3400, 100), [
        "IRS USATAXPYMT {yymmdd} 2702{d:11} BLACKBIRD COFFEE R",
    ], start=1, step=4),
    Spec("Next Insurance", "Insurance", 4, "m:7", 118.42, [
        "NEXT INSURANCE NEXT INSUR {yymmdd} {X:10} BLACKBIRD COFFEE",
        "RECURRING PAYMENT AUTHORIZED ON {mmdd} NEXT INSURANCE PALO ALTO CA S{d:15} CARD {card}",
    ]),
    Spec("Shopify", "Software & Subscriptions", 3, "m:6", 105.00, [
        "RECURRING PAYMENT AUTHORIZED ON {mmdd} SHOPIFY* {d:9} SHOPIFY.COM ON S{d:15} CARD {card}",
    ], card=True),
    Spec("La Marzocco", "Equipment", 1, "r", 1240.00, [
        "PURCHASE AUTHORIZED ON {mmdd} LA MARZOCCO USA SEATTLE WA S{d:15} CARD {card}",
    ], card=True, known=False),
    Spec("Chevron", "Travel", 3, "r", (48, 96), [
        "PURCHASE AUTHORIZED ON {mmdd} CHEVRON 0{d:6} OAKLAND CA S{d:15} CARD {card}",
        "PURCHASE AUTHORIZED ON {mmdd} CHEVRON {d:7} EMERYVILLE CA S{d:15} CARD {card}",
    ], card=True),
    Spec("SBA", "Loan Repayment", 6, "m:3", 731.00, [
        "SBA EIDL LOAN PAYMENT {d:10}",
        "SBA EIDL LOAN PAYMENT {yymmdd} {d:10} BLACKBIRD COFFEE ROAST",
    ]),
    Spec("", "Loan Repayment", 2, "m:20", (350, 420), [
        "BUSINESSLINE AUTO PAY XXXXXX9012 {mmdd}",
    ], known=None, start=5),
    Spec("Kwame Owusu", "Owner Draw / Contribution", 2, "r", (1500, 3000, 250), [
        "ONLINE TRANSFER REF #IB{X:8} TO KWAME OWUSU EVERYDAY CHECKING XXXXXX1123 ON {mmddyy}",
    ], dir="out", known=False),
    Spec("", "Internal Transfer", 2, "r", (2000, 5000, 500), [
        "ONLINE TRANSFER TO BLACKBIRD COFFEE ROASTERS LLC BUSINESS MARKET RATE SAVINGS XXXXXX5678 REF #IB{X:8} ON {mmddyy}",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 2, "m:24", (900, 2600), [
        "ONLINE TRANSFER REF #IB{X:8} TO SIGNIFY BUSINESS ESSENTIAL CARD XXXXXXXXXXXX8812 ON {mmddyy}",
    ], dir="out", known=None),
    Spec("", "Bank Fees", 2, "e", 25.00, ["MONTHLY SERVICE FEE"], known=None),
    Spec("", "Bank Fees", 1, "e", 4.50, ["CASH DEPOSIT PROCESSING FEE"], known=None),
    Spec("", "Internal Transfer", 1, "r", 200.00, [
        "ATM WITHDRAWAL AUTHORIZED ON {mmdd} 3801 TELEGRAPH AVE OAKLAND CA {d:7} ATM ID {d:4}K CARD {card}",
    ], dir="out", known=None, card=True),
    Spec("Amazon", "Supplies & Materials", 2, "r", (28, 140), [
        "PURCHASE AUTHORIZED ON {mmdd} AMAZON.COM*{X:9} AMZN.COM/BILL WA S{d:15} CARD {card}",
        "PURCHASE AUTHORIZED ON {mmdd} AMAZON MKTPL*{X:9} AMZN.COM/BILL WA S{d:15} CARD {card}",
    ], card=True),
    Spec("Amazonia Brazilian Grill", "Meals & Entertainment", 1, "r", 86.40, [
        "PURCHASE AUTHORIZED ON {mmdd} AMAZONIA BRAZILIAN GRILL OAKLAND CA S{d:15} CARD {card}",
    ], card=True, known=False),
])

# Mama Lucia's Tacos LLC, Austin TX: one food truck plus catering.
# Bank of America Business Advantage (bankofamerica.com CSV export).
US_TRUCK = Business("us-food-truck", "US", (2025, 9), 6, ["3391"], "{n:04d}", 1043, [
    Spec("Square", "Sales Revenue", 8, "r", (380, 2150), [
        "SQUARE INC DES:{yymmdd}P2 ID:L2{d:2}{X:9} INDN:MAMA LUCIAS TACOS LLC CO ID:9424300002 CCD",
        "SQUARE INC DES:SQ{yymmdd} ID:T3{X:10} INDN:Mama Lucias Tacos CO ID:9424300002 CCD",
    ]),
    Spec("DoorDash", "Sales Revenue", 6, "r", (180, 720), [
        "DOORDASH, INC. DES:PAYMENTS ID:ST-{X:12} INDN:MAMA LUCIAS TACOS CO ID:1462876412 CCD",
    ]),
    Spec("Uber Eats", "Sales Revenue", 5, "r", (140, 520), [
        "UBER EATS DES:EDI PAYMNT ID:{X:10} INDN:Mama Lucias Tacos LLC CO ID:1800948598 CCD",
    ]),
    Spec("Hopfield Brewing", "Sales Revenue", 4, "r", (450, 1800, 25), [
        'Zelle payment from HOPFIELD BREWING CO for "Invoice {inv}"; Conf# {x:9}',
        'Zelle payment from HOPFIELD BREWING CO for "catering {mmdd}"; Conf# {x:9}',
    ], known=False),
    Spec("", "Sales Revenue", 3, "r", (300, 850), [
        "Counter Credit",
        "BKOFAMERICA MOBILE {mmdd} {d:10} DEPOSIT *MOBILE TX",
    ], known=None),
    # --- money out
    Spec("Restaurant Depot", "Cost of Goods Sold", 5, "r", (240, 860), [
        "CHECKCARD {mmdd_} RESTAURANT DEPOT #{0371|0371|0455} AUSTIN TX {d:23}",
        "PURCHASE {mmdd_} RESTAURANT DEPOT 0371 AUSTIN TX",
    ], card=True),
    Spec("H-E-B", "Cost of Goods Sold", 4, "r", (62, 318), [
        "CHECKCARD {mmdd_} H-E-B #{573|096|440} AUSTIN TX {d:23}",
        "PURCHASE {mmdd_} HEB #{573|096} AUSTIN TX",
    ], card=True),
    Spec("Tortilleria La Sabrosa", "Cost of Goods Sold", 5, "r", (85, 240), [
        "CHECKCARD {mmdd_} TORTILLERIA LA SABROSA AUSTIN TX {d:23}",
        'Zelle payment to TORTILLERIA LA SABROSA for "tortillas"; Conf# {x:9}',
    ], card=True, known=False),
    Spec("Gulf Coast Propane", "Utilities", 3, "r", (68, 142), [
        "CHECKCARD {mmdd_} GULF COAST PROPANE DEL VALLE TX {d:23}",
        "CHECKCARD {mmdd_} SQ *GULF COAST PROPANE Del Valle TX {d:23}",
    ], card=True, known=False),
    Spec("Foodhaus Commissary", "Rent", 6, "m:1", 1100.00, [
        "FOODHAUS COMMIS DES:RENT ID:{d:9} INDN:MAMA LUCIAS TACOS LLC CO ID:{k:10} PPD",
        "Online Banking payment to FOODHAUS COMMISSARY Confirmation# {d:10}",
    ], known=False),
    Spec("Texas Comptroller", "Taxes", 2, "m:20", (2100, 3400), [
        "TX COMPTROLLER DES:SALES TAX ID:{d:11} INDN:MAMA LUCIAS TACOS LLC CO ID:1746000111 CCD",
        "TEXAS COMPTROLLE DES:TAX PAYMNT ID:{d:11} INDN:MAMA LUCIAS TACOS CO ID:1746000111 CCD",
    ], start=1, step=3),
    Spec("Buc-ee's", "Travel", 2, "r", (74, 118), [
        "CHECKCARD {mmdd_} BUC-EE'S #{22 BASTROP|31 NEW BRAUNFELS} TX {d:23}",
    ], card=True),
    Spec("Ally", "Loan Repayment", 6, "m:12", 1185.42, [
        "ALLY PAYMENT DES:ALLY PAYMT ID:{d:10} INDN:MAMA LUCIAS TACOS LLC CO ID:9833122002 PPD",
    ]),
    Spec("Progressive", "Insurance", 4, "m:3", 312.18, [
        "CHECKCARD {mmdd_} PROGRESSIVE *INS 800-776-4737 OH {d:23}",
        "PROGRESSIVE DES:INS PREM ID:{K:12} INDN:MAMA LUCIAS TACOS LLC CO ID:{k:10} WEB",
    ]),
    Spec("Meta", "Marketing & Advertising", 2, "r", (40, 150), [
        "CHECKCARD {mmdd_} FACEBK *{X:10} FB.ME/ADS CA {d:23}",
    ], card=True),
    Spec("Luis Ortega", "Salaries & Payroll", 5, "r", (780, 1150), [
        'Zelle payment to LUIS ORTEGA for "pay {mmdd}"; Conf# {x:9}',
        "Zelle payment to LUIS ORTEGA Conf# {x:9}",
    ], known=False),
    Spec("Lucia Herrera", "Owner Draw / Contribution", 2, "r", (1500, 2500, 100), [
        'Zelle payment to LUCIA HERRERA for "owner draw"; Conf# {x:9}',
        "Zelle payment to LUCIA HERRERA Conf# {x:9}",
    ], dir="out", known=False),
    Spec("Lone Star Refrigeration", "Equipment", 1, "r", 385.00, [
        "CHECKCARD {mmdd_} LONE STAR REFRIGERATION PFLUGERVILLE TX {d:23}",
    ], card=True, known=False),
    Spec("Applebee's", "Meals & Entertainment", 1, "r", 46.18, [
        "CHECKCARD {mmdd_} APPLEBEES 9934 ROUND ROCK TX {d:23}",
    ], card=True),
    Spec("", "Bank Fees", 2, "e", 16.00, ["Monthly Fee Business Adv Fundamentals"], known=None),
    Spec("", "Internal Transfer", 2, "r", (500, 2000, 100), [
        "Online Banking transfer to SAV 5678 Confirmation# {d:10}",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", (600, 1400), [
        "Online Banking payment to CRD 8812 Confirmation# {d:10}",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", 300.00, [
        "BKOFAMERICA ATM {mmdd} #0000{d:5} WITHDRWL S LAMAR BLVD AUSTIN TX",
    ], dir="out", known=None, card=True),
])

# --------------------------------------------------------------------------------------
# United Kingdom
# --------------------------------------------------------------------------------------

# Hughes Plumbing & Heating (sole trader Dan Hughes), Bristol.
# Lloyds Bank business current account; the transaction-type code (DEB, DD, SO, FPI,
# FPO, BGC, TFR, CPT, FEE) is printed in front of the description, as on the statement.
UK_PLUMB = Business("uk-plumbing", "UK", (2025, 6), 8, ["4521", "8830"], "{n:04d}", 2041, [
    Spec("A Patel", "Service Income", 1, "r", (180, 420), [
        "FPI MRS A PATEL INV {inv} FP {dmy2s} {hhmm} {d:18}",
    ], known=False),
    Spec("J Thompson", "Service Income", 3, "r", (95, 640), [
        "FPI J THOMPSON RADIATOR VALVES FP {dmy2s} {hhmm} {d:18}",
        "FPI THOMPSON J INV{inv} {d:18} {d:6} {d:8}",
    ], known=False),
    Spec("Clifton Lettings", "Service Income", 5, "r", (240, 1350), [
        "BGC CLIFTON LETTINGS LTD CL-{d:5}",
        "BGC CLIFTON LETTINGS REMITTANCE {d:6}",
    ], known=False),
    Spec("Redland Property Management", "Service Income", 4, "r", (180, 960), [
        "FPI REDLAND PROPERTY MAN INV{inv} FP {dmy2s} {hhmm} {d:18}",
        "FPI REDLAND PROPERTY MGMT {inv} {d:18} {d:6}",
    ], known=False),
    Spec("SumUp", "Sales Revenue", 8, "r", (140, 860), [
        "FPI SUMUP PAYMENTS LIM {X:10} FP {dmy2s} {hhmm} {d:18}",
        "BGC SUMUP PAYOUT {X:8}",
    ]),
    Spec("Screwfix", "Refunds", 1, "r", (18, 64), [
        "DEB SCREWFIX BRISTOL AVONM CD {card}",
    ], dir="in", card=True),
    # --- money out
    Spec("Screwfix", "Supplies & Materials", 6, "r", (12, 248), [
        "DEB SCREWFIX DIRECT CD {card}",
        "DEB SCREWFIX {BRISTOL AVONM|ST PHILIPS|FILTON} CD {card}",
        "DEB WWW.SCREWFIX.COM CD {card}",
    ], card=True),
    Spec("City Plumbing", "Supplies & Materials", 4, "r", (45, 640), [
        "DEB CITY PLUMBING SUPP CD {card}",
        "DEB CITY PLUMBING {BRISTOL|KINGSWOOD} CD {card}",
    ], card=True),
    Spec("Avonside Heating Spares", "Supplies & Materials", 4, "r", (38, 420), [
        "DEB AVONSIDE HEATING SP CD {card}",
        "FPO AVONSIDE HEATING SP INV {d:5} {d:6} {d:8} {dmy2s} {hhmm}",
    ], card=True, known=False),
    Spec("Bishopston Builders Merchants", "Supplies & Materials", 3, "r", (22, 310), [
        "DEB BISHOPSTON BUILDER CD {card}",
    ], card=True, known=False),
    Spec("Shell", "Travel", 3, "r", (55, 95), [
        "DEB SHELL {AVONMOUTH|WHITCHURCH 2|CRIBBS} CD {card}",
    ], card=True),
    Spec("Tesco", "Travel", 2, "r", (48, 90), [
        "DEB TESCO PFS {2874|3471} CD {card}",
    ], card=True),
    Spec("Close Brothers", "Loan Repayment", 6, "m:15", 389.50, [
        "DD CLOSE BROS MOTOR FIN {k:7}",
    ]),
    Spec("Admiral", "Insurance", 6, "m:1", 96.34, [
        "DD ADMIRAL INSURANCE P{k:8}",
    ]),
    Spec("EE", "Utilities", 6, "m:21", 35.00, [
        "DD EE {k:12}",
    ]),
    Spec("Checkatrade", "Marketing & Advertising", 4, "m:5", 118.80, [
        "DD CHECKATRADE.COM {k:7}",
    ]),
    Spec("Xero", "Software & Subscriptions", 4, "m:9", 39.60, [
        "DEB XERO UK LTD CD {card}",
    ], card=True),
    Spec("Avon Accountancy Services", "Professional Services", 2, "r", [420.00, 780.00], [
        "FPO AVON ACCOUNTANCY INV{d:4} {d:6} {d:8} {dmy2s} {hhmm}",
    ], known=False),
    Spec("HMRC", "Taxes", 3, "m:7", (1480, 2650), [
        "DD HMRC VAT {k:9}",
        "FPO HMRC VAT {k:9} {d:6} {d:8} {dmy2s} {hhmm}",
    ], start=1, step=3),
    Spec("R Cole", "Salaries & Payroll", 6, "e", (1180, 1320), [
        "FPO R COLE WAGES {mon_en} {d:6} {d:8} {dmy2s} {hhmm}",
        "FPO R COLE SALARY {d:6} {d:8} {dmy2s} {hhmm}",
    ], known=False),
    Spec("D Hughes", "Owner Draw / Contribution", 3, "r", (800, 2000, 100), [
        "FPO D HUGHES DRAWINGS {d:6} {d:8} {dmy2s} {hhmm}",
        "FPO D HUGHES {d:6} {d:8} {dmy2s} {hhmm}",
    ], dir="out", known=False),
    Spec("Avonmouth Trade Units", "Rent", 7, "m:1", 650.00, [
        "SO AVONMOUTH TRADE UNI UNIT 7 RENT",
    ], known=False),
    Spec("Bristol City Council", "Taxes", 3, "m:1", 142.00, [
        "DD BRISTOL CITY COUNCI {k:8}",
    ], start=3),
    Spec("Gasworks Cafe", "Meals & Entertainment", 2, "r", (6.40, 14.80), [
        "DEB GASWORKS CAFE CD {card}",
        "DEB SUMUP *GASWORKS CAFE CD {card}",
    ], card=True, known=False),
    Spec("Amazon", "Supplies & Materials", 2, "r", (14, 89), [
        "DEB AMAZON.CO.UK*{X:9} CD {card}",
        "DEB AMZNMKTPLACE CD {card}",
    ], card=True),
    Spec("", "Internal Transfer", 2, "r", (500, 2000, 100), ["TFR 309634 31234567 BUS SAVINGS"], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", 1500.00, ["TFR FROM 309634 31234567"], dir="in", known=None),
    Spec("", "Internal Transfer", 2, "r", [100.00, 200.00], [
        "CPT LNK CO-OP GLOUCESTER CD {card} {ddMONyy}",
        "CPT LLOYDS BANK BROADMEAD CD {card} {ddMONyy}",
    ], dir="out", known=None, card=True),
    Spec("", "Bank Fees", 3, "e", [8.50, 8.50, 11.20], ["FEE SERVICE CHARGES REF : {d:9}"], known=None),
])

# Larkspur Advisory Ltd, London: two-person management consultancy (director Sophie Rowe).
# Santander Business Current Account (verbose Santander statement descriptions).
UK_CONSULT = Business("uk-consultancy", "UK", (2025, 10), 8, ["7712"], "{n:04d}", 118, [
    Spec("Harbourline Logistics", "Service Income", 7, "r", (4800, 7200, 100), [
        "FASTER PAYMENTS RECEIPT REF.INV-{inv} FROM HARBOURLINE LOGISTICS LTD",
        "FASTER PAYMENTS RECEIPT REF.LARKSPUR INV {inv} FROM HARBOURLINE LOGIST",
    ], known=False),
    Spec("Meridian Housing Trust", "Service Income", 4, "r", (2400, 5600, 50), [
        "BANK GIRO CREDIT REF MERIDIAN HOUSING TRUST, BACS {d:6}",
        "BANK GIRO CREDIT REF MERIDIAN HOUSING T, SUPPLIER PAYMENT {d:7}",
    ], known=False),
    Spec("Kestrel Software", "Service Income", 5, "r", (1800, 4200, 100), [
        "FASTER PAYMENTS RECEIPT REF.{d:7} KESTREL FROM KESTREL SOFTWARE LTD",
        "FASTER PAYMENTS RECEIPT REF.INV {inv} FROM KESTREL SOFTWARE",
    ], known=False),
    Spec("", "Interest", 3, "e", (0.85, 6.40), ["INTEREST PAID AFTER TAX 0.00 DEDUCTED"], known=None),
    Spec("Trainline", "Refunds", 1, "r", 46.20, [
        "CARD REFUND FROM TRAINLINE,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ]),
    Spec("Sophie Rowe", "Owner Draw / Contribution", 1, "r", 5000.00, [
        "FASTER PAYMENTS RECEIPT REF.DIRECTORS LOAN FROM MS SOPHIE ROWE",
    ], dir="in", known=False),
    # --- money out
    Spec("Microsoft", "Software & Subscriptions", 5, "m:3", 24.72, [
        "CARD PAYMENT TO MICROSOFT*365 BUSINESS,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
        "CARD PAYMENT TO MSFT * E0{d:8},{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Xero", "Software & Subscriptions", 5, "m:4", 39.60, [
        "DIRECT DEBIT PAYMENT TO XERO UK LTD REF {K:4}-{k:6}, MANDATE NO 0021",
    ]),
    Spec("LinkedIn", "Software & Subscriptions", 3, "m:22", 79.99, [
        "CARD PAYMENT TO LINKEDIN P{d:9},{amt} GBP, RATE 1.00/GBP ON {dmyd}",
        "CARD PAYMENT TO LINKEDIN PRE *{d:8},{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Workspace Group", "Rent", 6, "m:1", 1450.00, [
        "STANDING ORDER VIA FASTER PAYMENT TO WORKSPACE GROUP REFERENCE LARKSPUR 3.04 , MANDATE NO 3",
    ]),
    Spec("BT", "Utilities", 4, "m:12", (52, 64), [
        "DIRECT DEBIT PAYMENT TO BT GROUP PLC REF VP{k:8}, MANDATE NO 0017",
    ]),
    Spec("Hiscox", "Insurance", 4, "m:8", 38.27, [
        "DIRECT DEBIT PAYMENT TO HISCOX UNDERWRITING REF {k:9}, MANDATE NO 0011",
    ]),
    Spec("Bloomsbury Tax & Accounts", "Professional Services", 4, "r", [360.00, 360.00, 480.00, 1450.00], [
        "BILL PAYMENT VIA FASTER PAYMENT TO BLOOMSBURY TAX & ACC REFERENCE LARKSPUR {d:4} , MANDATE NO 12",
        "BILL PAYMENT VIA FASTER PAYMENT TO BLOOMSBURY TAX ACCOUNTS REFERENCE INV{d:5} , MANDATE NO 12",
    ], known=False),
    Spec("HMRC", "Taxes", 3, "m:7", (1900, 3400), [
        "DIRECT DEBIT PAYMENT TO HMRC VAT REF 2{k:8}, MANDATE NO 0009",
        "BILL PAYMENT VIA FASTER PAYMENT TO HMRC VAT REFERENCE 2{k:8} , MANDATE NO 6",
    ], start=1, step=3),
    Spec("HMRC", "Taxes", 1, "r", 8400.00, [
        "BILL PAYMENT VIA FASTER PAYMENT TO HMRC CORP TAX REFERENCE {k:10}A00108A , MANDATE NO 8",
    ]),
    Spec("HMRC", "Salaries & Payroll", 3, "m:22", (920, 1180), [
        "BILL PAYMENT VIA FASTER PAYMENT TO HMRC PAYE REFERENCE 120PX{k:8} , MANDATE NO 5",
        "BILL PAYMENT VIA FASTER PAYMENT TO HMRC CUMBERNAULD REFERENCE 120PX{k:8}{yy}{mm} , MANDATE NO 5",
    ]),
    Spec("Priya Shah", "Salaries & Payroll", 6, "e", (2680, 2740), [
        "BILL PAYMENT VIA FASTER PAYMENT TO PRIYA SHAH REFERENCE SALARY {mon_en} , MANDATE NO 7",
        "BILL PAYMENT VIA FASTER PAYMENT TO PRIYA SHAH REFERENCE LARKSPUR PAY , MANDATE NO 7",
    ], known=False),
    Spec("Sophie Rowe", "Owner Draw / Contribution", 2, "r", (4000, 6000, 500), [
        "BILL PAYMENT VIA FASTER PAYMENT TO SOPHIE ROWE REFERENCE {INTERIM DIVIDEND|DIVIDEND} , MANDATE NO 1",
    ], dir="out", known=False),
    Spec("NEST", "Salaries & Payroll", 4, "m:14", (148, 162), [
        "DIRECT DEBIT PAYMENT TO NEST REF {k:10}, MANDATE NO 0015",
    ]),
    Spec("TfL", "Travel", 4, "r", (2.80, 18.40), [
        "CARD PAYMENT TO TFL TRAVEL CH,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
        "CARD PAYMENT TO TFL.GOV.UK/CP,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Trainline", "Travel", 3, "r", (38, 142), [
        "CARD PAYMENT TO TRAINLINE,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
        "CARD PAYMENT TO TRAINLINE.COM,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("London Taxi", "Travel", 1, "r", 18.60, [
        "CARD PAYMENT TO ZETTLE_*LONDON TAXI 28,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True, known=False),
    Spec("Enterprise Rent-A-Car", "Travel", 1, "r", 142.56, [
        "CARD PAYMENT TO ENTERPRISE RENT-A-CAR UK,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Pret A Manger", "Meals & Entertainment", 3, "r", (4.95, 14.60), [
        "CARD PAYMENT TO PRET A MANGER,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
        "CARD PAYMENT TO PRET A MANGER {d:3} HOLBORN,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("The Crown & Anchor", "Meals & Entertainment", 1, "r", 86.40, [
        "CARD PAYMENT TO SUMUP *THE CROWN & ANCHO,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True, known=False),
    Spec("Apple", "Equipment", 1, "r", 1599.00, [
        "CARD PAYMENT TO APPLE STORE R245,{amt_th} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Google", "Marketing & Advertising", 3, "r", (60, 240), [
        "CARD PAYMENT TO GOOGLE*ADS{d:10},{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("Companies House", "Taxes", 1, "r", 50.00, [
        "CARD PAYMENT TO COMPANIES HOUSE,{amt} GBP, RATE 1.00/GBP ON {dmyd}",
    ], card=True),
    Spec("", "Internal Transfer", 2, "r", (3000, 8000, 1000), [
        "TRANSFER TO SAVINGS ACCOUNT 44556677",
        "TRANSFER TO 09-01-28 44556677 BUSINESS SAVER",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", 4000.00, ["TRANSFER FROM 09-01-28 44556677 BUSINESS SAVER"], dir="in", known=None),
    Spec("", "Bank Fees", 3, "e", 7.50, ["MONTHLY ACCOUNT FEE"], known=None),
    Spec("", "Internal Transfer", 1, "r", 100.00, [
        "CASH WITHDRAWAL AT LINK ATM BARCLAYS BANK, 154-156 HIGH HOLBORN, LONDON,{amt} GBP , ON {dmyd}",
    ], dir="out", known=None, card=True),
])

# --------------------------------------------------------------------------------------
# European Union
# --------------------------------------------------------------------------------------

# Nordlicht Tee (Lena Vogt e.K.), Berlin: loose-leaf tea webshop.
# Berliner Sparkasse, CSV-CAMT export: Buchungstext + Beguenstigter + Verwendungszweck
# joined into one line, as most apps import it.
DE_SHOP = Business("de-webshop", "EU", (2025, 7), 8, ["1 2027-12", "3 2028-03"], "{y}-{n:03d}", 212, [
    Spec("Shopify", "Sales Revenue", 6, "r", (420, 1850), [
        "GUTSCHR. UEBERWEISUNG SHOPIFY INTERNATIONAL LIMITED SVWZ+ SHOPIFY PAYMENTS AUSZAHLUNG {d:10} EREF+ {X:16}",
        "GUTSCHR. UEBERWEISUNG Shopify International Limited SVWZ+ Shopify Payout {d:10} EREF+ NOTPROVIDED",
    ]),
    Spec("PayPal", "Sales Revenue", 4, "r", (260, 980), [
        "GUTSCHR. UEBERWEISUNG PayPal Europe S.a.r.l. et Cie S.C.A SVWZ+ PP.{d:4}.PP . ABBUCHUNG VOM PAYPAL-KONTO EREF+ {d:13} PP.{d:4}.PP",
    ]),
    Spec("Amazon", "Sales Revenue", 2, "r", (510, 1620), [
        "GUTSCHR. UEBERWEISUNG AMAZON PAYMENTS EUROPE S.C.A. SVWZ+ {X:12} AMAZON.DE SETTLEMENT {d:11} EREF+ {d:16}",
    ]),
    Spec("Amazon", "Refunds", 1, "r", 34.90, [
        "GUTSCHR. UEBERWEISUNG AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND SVWZ+ 302-{d:7}-{d:7} AMZN Mktp DE {X:10} Erstattung EREF+ {X:14}",
    ]),
    Spec("Café Kranich", "Sales Revenue", 4, "r", (180, 640), [
        "GUTSCHR. UEBERWEISUNG Cafe Kranich UG (haftungsbeschraenkt) SVWZ+ RE-{inv} Tee Lieferung",
        "GUTSCHR. UEBERWEISUNG CAFE KRANICH SVWZ+ Rechnung {inv} vom {dmy} EREF+ NOTPROVIDED",
    ], known=False),
    # --- money out
    Spec("Teehandelskontor Bremen", "Cost of Goods Sold", 2, "r", (1400, 3800), [
        "ONLINE-UEBERWEISUNG Teehandelskontor Bremen GmbH SVWZ+ RE {d:6} Kd.-Nr. 48812 DATUM {dmy}, {hh.mm} UHR",
        "ONLINE-UEBERWEISUNG TEEHANDELSKONTOR BREMEN SVWZ+ Rechnung {d:6} EREF+ NOTPROVIDED",
    ], known=False),
    Spec("DHL", "Cost of Goods Sold", 3, "m:4", (180, 520), [
        "SEPA-LASTSCHRIFT Deutsche Post AG SVWZ+ DHL Paket Rechnung {d:10} Kd-Nr 6{k:9} EREF+ {d:16} MREF+ DP{k:10} CRED+ DE44ZZZ00000017371",
        "FOLGELASTSCHRIFT DHL Paket GmbH SVWZ+ Geschaeftskundenrechnung {d:10} EREF+ {d:16} MREF+ DP{k:10} CRED+ DE44ZZZ00000017371",
    ]),
    Spec("IONOS", "Software & Subscriptions", 3, "m:2", 14.00, [
        "FOLGELASTSCHRIFT IONOS SE SVWZ+ Vertrag {k:8} Rechnung DRP{d:10} EREF+ {d:16} MREF+ {K:16} CRED+ DE55ZZZ00000004806",
    ]),
    Spec("Shopify", "Software & Subscriptions", 2, "m:10", 36.00, [
        "KARTENZAHLUNG Shopify* {d:9}//Ottawa/CA {iso}T{hhmm} Debitk.{card}",
    ], card=True),
    Spec("Telekom", "Utilities", 3, "m:14", [44.95, 49.95], [
        "FOLGELASTSCHRIFT Telekom Deutschland GmbH SVWZ+ Festnetz Vertragskonto {k:9} RG {d:10}/{dmy} EREF+ {d:16} MREF+ B{k:13} CRED+ DE93ZZZ00000078611",
    ]),
    Spec("Hausverwaltung Krüger", "Rent", 5, "m:1", 1180.00, [
        "DAUERAUFTRAG Hausverwaltung Krueger GmbH SVWZ+ Miete Lager Revaler Str. 99 Nordlicht Tee",
    ], known=False),
    Spec("Finanzamt Friedrichshain-Kreuzberg", "Taxes", 3, "m:10", (380, 1400), [
        "SEPA-LASTSCHRIFT Finanzamt Friedrichshain-Kreuzberg SVWZ+ STNR 29/123/45678 USt-VA {pmy} EREF+ {d:14} MREF+ {K:10} CRED+ DE22ZZZ00000023456",
        "ONLINE-UEBERWEISUNG Finanzamt Friedrichshain-Kreuzberg SVWZ+ 29/123/45678 USt {pmy} DATUM {dmy}, {hh.mm} UHR",
    ], known=False),
    Spec("Techniker Krankenkasse", "Salaries & Payroll", 3, "m:27", (710, 760), [
        "SEPA-LASTSCHRIFT Techniker Krankenkasse SVWZ+ Beitragsnachweis {mm}/{yyyy} Betriebsnr. 8{k:7} EREF+ {d:15} MREF+ {K:10} CRED+ DE89ZZZ00000167372",
    ]),
    Spec("Jonas Becker", "Salaries & Payroll", 4, "e", (2140, 2190), [
        "ONLINE-UEBERWEISUNG Jonas Becker SVWZ+ Lohn {mm}/{yyyy} DATUM {dmy}, {hh.mm} UHR",
        "ONLINE-UEBERWEISUNG JONAS BECKER SVWZ+ Gehalt {month_de} {yyyy}",
    ], known=False),
    Spec("Steuerberatung Weißenfels", "Professional Services", 2, "m:15", [280.00, 1450.00], [
        "SEPA-LASTSCHRIFT Steuerberatung Weissenfels SVWZ+ Honorar Buchhaltung {pmy} RE {d:5} EREF+ {d:12} MREF+ SB{k:6} CRED+ DE61ZZZ00000{k:6}",
    ], known=False, step=3),
    Spec("Allianz", "Insurance", 2, "m:1", 189.40, [
        "SEPA-LASTSCHRIFT Allianz Versicherungs-AG SVWZ+ Betriebshaftpflicht Vers.-Nr. AS-{k:10} Beitrag {dmy} EREF+ {d:14} MREF+ {K:14} CRED+ DE12ZZZ00000019839",
    ], step=3),
    Spec("Google", "Marketing & Advertising", 2, "r", (80, 320), [
        "SEPA-LASTSCHRIFT Google Ireland Limited SVWZ+ Google Ads {d:10} {X:6} EREF+ {X:12} MREF+ {K:16} CRED+ IE71ZZZ{k:6}",
    ]),
    Spec("Pinterest", "Marketing & Advertising", 1, "r", (50, 150), [
        "KARTENZAHLUNG PINTEREST EUROPE LTD//DUBLIN/IE {iso}T{hhmm} Debitk.{card}",
    ], card=True),
    Spec("Deutsche Bahn", "Travel", 2, "r", [39.90, 119.80], [
        "KARTENZAHLUNG DB Vertrieb GmbH//Frankfurt/DE {iso}T{hhmm} Debitk.{card}",
        "KARTENZAHLUNG DB BAHN A-NR {X:6}//BERLIN/DE {iso}T{hhmm} Debitk.{card}",
    ], card=True),
    Spec("Lena Vogt", "Owner Draw / Contribution", 1, "r", (1000, 2500, 100), [
        "ONLINE-UEBERWEISUNG Lena Vogt SVWZ+ Privatentnahme {month_de} DATUM {dmy}, {hh.mm} UHR",
    ], dir="out", known=False),
    Spec("", "Internal Transfer", 1, "r", (1000, 3000, 500), [
        "UMBUCHUNG Nordlicht Tee Lena Vogt SVWZ+ Umbuchung Ruecklage USt",
        "UMBUCHUNG SVWZ+ Uebertrag auf Tagesgeld 1054{d:6}",
    ], dir="out", known=None),
    Spec("", "Bank Fees", 2, "e", [9.90, 9.90, 14.85], [
        "ENTGELTABSCHLUSS Entgeltabrechnung siehe Anlage",
        "ENTGELTABSCHLUSS ABSCHLUSS PER {dmy}",
    ], known=None),
    Spec("", "Loan Repayment", 3, "e", 412.50, [
        "DARL.-LEISTUNG 6012345678 SVWZ+ Tilgung und Zinsen Darlehen 6012345678 Rate {mm}/{yyyy}",
    ], known=None),
    Spec("", "Internal Transfer", 1, "r", 200.00, [
        "BARGELDAUSZAHLUNG Berliner Sparkasse GA NR0000{d:4} BLZ10050000 0 {dmy2}/{hh.mm}UHR",
    ], dir="out", known=None, card=True),
])

# Boulangerie Martin (Claire Martin EI), Lyon: artisan bakery.
# Credit Agricole Centre-Est business account, online-banking export.
FR_BAKERY = Business("fr-bakery", "EU", (2025, 9), 8, ["8837"], "FA{n:05d}", 412, [
    Spec("", "Sales Revenue", 5, "r", (850, 3900), [
        "REMISE CB {d:7} {ddmm} {d:2} FACT",
        "REMISE CARTE {d:7} DU {ddmmyy}",
    ], known=None),
    Spec("", "Bank Fees", 1, "e", (24, 58), ["COM. ENCAISSEMENT CB {d:7} {month_fr}"], known=None),
    Spec("", "Sales Revenue", 2, "r", (420, 1250, 10), [
        "VERSEMENT ESPECES {d:6}",
        "VRST ESPECES AUTOMATE {ddmm} LYON 4E",
    ], known=None),
    Spec("Hôtel des Célestins", "Sales Revenue", 4, "r", (380, 920), [
        "VIR SEPA RECU /DE SAS HOTEL DES CELESTINS /MOTIF FACT {inv} /REF {X:12}",
        "VIR SEPA RECU /DE HOTEL DES CELESTINS /MOTIF REGLEMENT FACTURE {inv}",
    ], known=False),
    Spec("Uber Eats", "Sales Revenue", 2, "r", (240, 690), [
        "VIR SEPA RECU /DE UBER EATS FRANCE SAS /MOTIF UBER EATS PAYMENT {d:8} /REF {X:16}",
    ]),
    Spec("SumUp", "Sales Revenue", 2, "r", (120, 460), [
        "VIR SEPA RECU /DE SUMUP LIMITED /MOTIF SUMUP PAYOUT {X:8} /REF {X:12}",
    ]),
    Spec("Metro", "Refunds", 1, "r", 42.60, ["AVOIR CB METRO LYON 8 {ddmm}"], card=True),
    # --- money out
    Spec("Minoterie Girardon", "Cost of Goods Sold", 3, "r", (620, 1480), [
        "PRLV SEPA MINOTERIE GIRARDON ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/MG{k:6} REF/F{d:6} LIB/FACTURE F{d:6}",
        "VIR SEPA EMIS /POUR SARL MINOTERIE GIRARDON /MOTIF FACT F{d:6} /REF {X:10}",
    ], known=False),
    Spec("Metro", "Cost of Goods Sold", 3, "r", (86, 460), [
        "CB METRO LYON 8 {ddmm}",
        "FACTURE CARTE DU {ddmmyy} METRO CASH CARRY CARTE 4970XXXXXXXX{card}",
        "CB METRO SAINT PRIEST {ddmm}",
    ], card=True),
    Spec("Laiterie des Monts d'Or", "Cost of Goods Sold", 2, "r", (210, 540), [
        "PRLV SEPA LAITERIE DES MONTS D OR ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/{k:8} REF/{d:10} LIB/RELEVE {month_fr}",
    ], known=False),
    Spec("EDF", "Utilities", 3, "m:14", (180, 260), [
        "PRLV SEPA EDF SA ECH/{ddmmyy} ID EMETTEUR/FR31ZZZ001124 MDT/{k:16} REF/{d:12} LIB/{d:10} CLIENT {k:8}",
    ]),
    Spec("Orange", "Utilities", 3, "m:6", 54.99, [
        "PRLV SEPA ORANGE SA ECH/{ddmmyy} ID EMETTEUR/FR75ZZZ000016 MDT/{K:20} REF/{d:12} LIB/ORANGE PRO FACTURE {month_fr}",
    ]),
    Spec("SCI Les Pentes", "Rent", 5, "m:5", 1650.00, [
        "VIR PERMANENT /POUR SCI LES PENTES /MOTIF LOYER BOULANGERIE RUE D AUSTERLITZ",
    ], known=False),
    Spec("DGFiP", "Taxes", 2, "m:20", (410, 1280), [
        "PRLV SEPA DGFIP ECH/{ddmmyy} ID EMETTEUR/FR46ZZZ005002 MDT/++{k:20} REF/TVA{d:8} LIB/TVA {pmy}",
        "PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES ECH/{ddmmyy} ID EMETTEUR/FR46ZZZ005002 MDT/++{k:20} LIB/CFE {yyyy}",
    ], known=False, start=1, step=3),
    Spec("URSSAF", "Salaries & Payroll", 3, "m:15", (920, 1240), [
        "PRLV SEPA URSSAF RHONE-ALPES ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/{k:18} REF/{d:15} LIB/COTISATIONS {pmy}",
    ]),
    Spec("Lucas Bernard", "Salaries & Payroll", 4, "e", (1620, 1680), [
        "VIR SEPA EMIS /POUR M LUCAS BERNARD /MOTIF SALAIRE {month_fr} {yyyy} /REF {X:10}",
        "VIR SALAIRE LUCAS BERNARD {mm}/{yyyy}",
    ], known=False),
    Spec("Cabinet Berthier", "Professional Services", 2, "r", [380.00, 960.00], [
        "PRLV SEPA CABINET BERTHIER EXPERTISE COMPTABLE ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/CB{k:6} LIB/HONORAIRES {month_fr}",
    ], known=False),
    Spec("AXA", "Insurance", 2, "m:10", 86.40, [
        "PRLV SEPA AXA FRANCE IARD ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/{k:12} REF/{d:10} LIB/CONTRAT MULTIRISQUE PRO {k:10}",
    ]),
    Spec("TotalEnergies", "Travel", 2, "r", (48, 92), [
        "CB TOTALENERGIES LYON {ddmm}",
        "CB STATION TOTAL VILLEURBANN {ddmm}",
        "FACTURE CARTE DU {ddmmyy} TOTALENERGIES STA CARTE 4970XXXXXXXX{card}",
    ], card=True),
    Spec("Rentokil", "Other Expense", 1, "m:8", 78.00, [
        "PRLV SEPA RENTOKIL INITIAL ECH/{ddmmyy} ID EMETTEUR/FR{k:2}ZZZ{k:6} MDT/{k:10} LIB/CONTRAT DERATISATION {k:8}",
    ], step=3),
    Spec("Claire Martin", "Owner Draw / Contribution", 1, "r", (800, 1500, 100), [
        "VIR SEPA EMIS /POUR MME CLAIRE MARTIN /MOTIF PRELEVEMENT PERSONNEL /REF {X:10}",
    ], dir="out", known=False),
    Spec("", "Bank Fees", 2, "e", 12.50, ["FRAIS TENUE DE COMPTE", "COTISATION OFFRE PRO {month_fr}"], known=None),
    Spec("", "Bank Fees", 1, "r", 8.00, ["COMMISSION D'INTERVENTION {ddmm}"], known=None),
    Spec("", "Loan Repayment", 3, "m:5", 612.35, [
        "ECHEANCE PRET N°10278 4523819",
        "ECH PRET CAP+INT 102784523819 {ddmmyy}",
    ], known=None),
    Spec("", "Internal Transfer", 1, "r", 150.00, ["RETRAIT DAB {ddmm} LYON 2 BELLECOUR CARTE X{card}"], dir="out", known=None, card=True),
])

# Fietsenmakerij De Spaak (Sanne Visser, eenmanszaak), Utrecht: bike repair & sales.
# ABN AMRO; the export mixes the older "SEPA Overboeking  IBAN: ..." layout with the
# newer "/TRTP/.../NAME/.../REMI/..." layout, as ABN AMRO's own downloads did.
NL_BIKES = Business("nl-bike-shop", "EU", (2025, 11), 7, ["123", "124"], "{y}-{n:03d}", 88, [
    Spec("Mollie", "Sales Revenue", 3, "r", (180, 1240), [
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:ABNA}/BIC/ABNANL2A/NAME/STG MOLLIE PAYMENTS/REMI/Uitbetaling {d:8} Fietsenmakerij De Spaak/EREF/{X:12}",
    ]),
    Spec("CCV", "Sales Revenue", 4, "r", (420, 1650), [
        "SEPA Overboeking                 IBAN: {iban:INGB}        BIC: INGBNL2A                    Naam: CCV PAYMENT SERVICES BV    Omschrijving: CCV UITBETALING {d:8} {dmy}",
    ]),
    Spec("Gemeente Utrecht", "Service Income", 2, "r", (640, 1850), [
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:BNGH}/BIC/BNGHNL2G/NAME/GEMEENTE UTRECHT/REMI/FACTUUR {inv} ONDERHOUD DIENSTFIETSEN/EREF/{d:10}",
    ], known=False),
    Spec("Fietskoeriers Utrecht", "Service Income", 3, "r", (280, 760), [
        "SEPA Overboeking                 IBAN: {iban:RABO}        BIC: RABONL2U                    Naam: FIETSKOERIERS UTRECHT BV   Omschrijving: Fact {inv} onderhoud bakfietsen",
    ], known=False),
    # --- money out
    Spec("Van Dijk Rijwielonderdelen", "Cost of Goods Sold", 2, "r", (420, 1900), [
        "SEPA Incasso algemeen doorlopend Incassant: NL{k:2}ZZZ{k:12} Naam: VAN DIJK RIJWIELONDERDELEN BV Machtiging: VD{k:6} Omschrijving: Factuur {d:7} IBAN: {iban:RABO} Kenmerk: {d:16}",
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:RABO}/BIC/RABONL2U/NAME/Van Dijk Rijwielonderdelen B.V./REMI/factuur {d:7}/EREF/NOTPROVIDED",
    ], known=False),
    Spec("KPN", "Utilities", 3, "m:24", 48.40, [
        "SEPA Incasso algemeen doorlopend Incassant: NL52ZZZ271240920000 Naam: KPN B.V. Machtiging: {k:10} Omschrijving: Factuur {d:10} zakelijk IBAN: {iban:ABNA} Kenmerk: {d:16}",
        "/TRTP/SEPA Incasso algemeen doorlopend/CSID/NL52ZZZ271240920000/NAME/KPN B.V./MARF/{k:10}/REMI/Factuur {d:10}/IBAN/{iban:ABNA}/BIC/ABNANL2A/EREF/{d:16}",
    ]),
    Spec("Vastgoed Oudwijk", "Rent", 4, "m:1", 1375.00, [
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:INGB}/BIC/INGBNL2A/NAME/VASTGOED OUDWIJK BV/REMI/HUUR WINKEL {mm}-{yyyy} BURG. REIGERSTR 12/EREF/NOTPROVIDED",
        "SEPA Periodieke overb.           IBAN: {iban:INGB}        BIC: INGBNL2A                    Naam: VASTGOED OUDWIJK BV        Omschrijving: huur winkelpand",
    ], known=False),
    Spec("Belastingdienst", "Taxes", 2, "r", (860, 2100), [
        "/TRTP/SEPA OVERBOEKING/IBAN/NL86INGB0002445588/BIC/INGBNL2A/NAME/BELASTINGDIENST/REMI/{d:16}/EREF/NOTPROVIDED",
        "SEPA Overboeking                 IBAN: NL86INGB0002445588        BIC: INGBNL2A                    Naam: Belastingdienst            Betalingskenm.: {d:16}",
    ], known=False),
    Spec("Daan de Vries", "Salaries & Payroll", 3, "e", (1940, 2010), [
        "SEPA Overboeking                 IBAN: {iban:RABO}        BIC: RABONL2U                    Naam: DAAN DE VRIES              Omschrijving: Salaris {month_nl} {yyyy}",
    ], known=False),
    Spec("Gamma", "Supplies & Materials", 2, "r", (18, 96), [
        "BEA   NR:{X:8}   {dmy2}/{hh.mm} GAMMA UTRECHT,PAS{card}",
        "BEA, Betaalpas                   GAMMA UTRECHT CATH,PAS{card}    NR:{X:8}, {dmy2}/{hhmm}       UTRECHT",
    ], card=True),
    Spec("Moneybird", "Software & Subscriptions", 3, "m:2", 24.20, [
        "SEPA Incasso algemeen doorlopend Incassant: NL{k:2}ZZZ{k:12} Naam: MONEYBIRD B.V. Machtiging: MB{k:8} Omschrijving: Abonnement Moneybird {month_nl} IBAN: {iban:INGB} Kenmerk: {d:16}",
    ], known=False),
    Spec("", "Bank Fees", 2, "m:1", 11.50, [
        "ABN AMRO Bank N.V.               Ondernemerspakket               {amt_c}",
        "ABN AMRO Bank N.V.               Betaalpakket ondernemers {pmy}",
    ], known=None),
    Spec("S Visser", "Owner Draw / Contribution", 1, "r", 1200.00, [
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:ASNB}/BIC/ASNBNL21/NAME/S VISSER/REMI/prive opname/EREF/NOTPROVIDED",
    ], dir="out", known=False),
    Spec("", "Internal Transfer", 1, "r", 2500.00, [
        "/TRTP/SEPA OVERBOEKING/IBAN/{iban:ABNA}/BIC/ABNANL2A/NAME/FIETSENMAKERIJ DE SPAAK/REMI/naar spaarrekening/EREF/NOTPROVIDED",
    ], dir="out", known=None),
    Spec("", "Internal Transfer", 1, "r", 100.00, [
        "GEA, Betaalpas                   Geldmaat Nobelstraat,PAS{card}  NR:{X:8}, {dmy2}/{hhmm}       UTRECHT",
    ], dir="out", known=None, card=True),
])

# Espai Lotus Ioga SL, Barcelona: yoga studio.
# CaixaBank business account, online-banking "Movimientos" export.
ES_YOGA = Business("es-yoga-studio", "EU", (2026, 1), 5, ["1187"], "{n:03d}/{y}", 7, [
    Spec("Stripe", "Sales Revenue", 5, "r", (280, 1450), [
        "TRANSF. DE STRIPE TECHNOLOGY EUROPE LTD CONCEPTO STRIPE {X:10}",
        "TRANSFERENCIA DE STRIPE TECHNOLOGY EUROPE LIMITED STRIPE PAYOUT {X:8}",
    ]),
    Spec("Marta Garcia Lopez", "Service Income", 2, "r", [60.00, 95.00], [
        "BIZUM DE MARTA GARCIA LOPEZ CONCEPTO Bono 10 clases",
        "BIZUM RECIBIDO MARTA GARCIA LOPEZ Clases {month_es}",
    ], known=False),
    Spec("Estudi Puig Arquitectes", "Service Income", 4, "r", (320, 480, 10), [
        "TRANSFERENCIA DE ESTUDI PUIG ARQUITECTES SLP CONCEPTO FRA {inv} IOGA EMPRESA",
        "TRANSF. DE ESTUDI PUIG ARQUITECTES CONCEPTO Factura {inv}",
    ], known=False),
    # --- money out
    Spec("Fincas Ribera", "Rent", 4, "m:1", 1900.00, [
        "TRANSFERENCIA A FAVOR DE FINCAS RIBERA SL CONCEPTO ALQUILER LOCAL {month_es} {yyyy}",
        "RECIBO FINCAS RIBERA S.L. Nº RECIBO 0049 {d:7} {d:10} ALQUILER",
    ], known=False),
    Spec("Endesa", "Utilities", 2, "m:9", (110, 190), [
        "RECIBO ENDESA ENERGIA, S.A.U. Nº RECIBO 0049 {d:7} {d:10} REF. MANDATO {K:16}",
    ]),
    Spec("Movistar", "Utilities", 2, "m:8", 62.90, [
        "RECIBO TELEFONICA DE ESPAÑA SAU MOVISTAR FUSION EMPRESAS Nº RECIBO 0049 {d:7} {d:10}",
    ]),
    Spec("Momoyoga", "Software & Subscriptions", 2, "m:15", 29.00, [
        "COMPRA TARJ. 5402XXXXXXXX{card} MOMOYOGA.COM-AMSTERDAM",
    ], card=True, known=False),
    Spec("AEAT", "Taxes", 2, "m:20", (620, 1140), [
        "IMPUESTOS AEAT MODELO 303 {d:13}",
        "PAGO IMPUESTOS AEAT MOD. 200 REF {d:13}",
    ], start=0, step=3),
    Spec("TGSS", "Salaries & Payroll", 3, "e", (540, 590), [
        "SEGUROS SOCIALES TGSS REGIMEN GENERAL {mm}/{yyyy}",
        "TGSS COTIZACION {d:12} {mm}{yyyy}",
    ]),
    Spec("Laura Pujol Roca", "Professional Services", 2, "r", (450, 720, 10), [
        "TRANSFERENCIA A FAVOR DE LAURA PUJOL ROCA CONCEPTO FRA {d:3} CLASES {month_es}",
    ], known=False),
    Spec("Gestoria Ferrer", "Professional Services", 1, "m:5", 145.20, [
        "RECIBO GESTORIA FERRER SL Nº RECIBO 0049 {d:7} {d:10} CUOTA {month_es}",
    ], known=False),
    Spec("", "Bank Fees", 1, "e", 8.00, ["COMISION MANTENIMIENTO"], known=None),
    Spec("", "Bank Fees", 1, "r", 2.50, ["COMISION TRANSFERENCIAS"], known=None),
])

# Bottega Ceramica Ricci (Giulia Ricci, ditta individuale), Florence: ceramics workshop.
# Intesa Sanpaolo business account, "Lista movimenti" export.
IT_CERAMICS = Business("it-ceramics", "EU", (2025, 6), 6, ["4417"], "{n}/{y}", 41, [
    Spec("Etsy", "Sales Revenue", 5, "r", (220, 980), [
        "BONIFICO A VOSTRO FAVORE DA ETSY IRELAND UC CAUS: ETSY PAYOUT {d:9} INFO: {X:16}",
        "ACCREDITO BONIFICO SEPA ORD: ETSY IRELAND UC RIF: DEPOSITO ETSY {dmys}",
    ]),
    Spec("SumUp", "Sales Revenue", 3, "r", (90, 540), [
        "BONIFICO A VOSTRO FAVORE DA SUMUP LIMITED CAUS: SUMUP PAYOUT {X:8}",
    ]),
    Spec("Trattoria Da Gino", "Sales Revenue", 2, "r", (480, 1200, 10), [
        "BONIFICO A VOSTRO FAVORE DA TRATTORIA DA GINO SNC DI ROSSI G. CAUS: SALDO FATTURA N. {inv} DEL {dmys}",
    ], known=False),
    # --- money out
    Spec("Argille Fiorentine", "Cost of Goods Sold", 3, "r", (340, 980), [
        "BONIFICO DISPOSTO A FAVORE DI ARGILLE FIORENTINE SRL CAUS: FT {d:3}/{yyyy} ARGILLA REFRATTARIA TRN {X:18}",
    ], known=False),
    Spec("BRT", "Cost of Goods Sold", 2, "r", (45, 210), [
        "ADDEBITO SDD BRT SPA CID IT{k:2}ZZZ{k:7} RIF. FATT. {d:10}",
        "PAGAMENTO POS {dmys} {hh.mm} CARTA *{card} BRT FERMOPOINT FIRENZE",
    ]),
    Spec("Enel", "Utilities", 2, "m:12", (290, 520), [
        "ADDEBITO SDD ENEL ENERGIA S.P.A. CID IT{k:2}ZZZ{k:7} MANDATO {k:15} BOLLETTA N. {d:12}",
        "ADDEBITO DIRETTO SDD ENEL ENERGIA SPA BOLLETTA {d:12}",
    ], step=2),
    Spec("Immobiliare Oltrarno", "Rent", 4, "m:5", 950.00, [
        "BONIFICO DISPOSTO A FAVORE DI IMMOBILIARE OLTRARNO SRL CAUS: CANONE LOCAZIONE {month_it} {yyyy} LABORATORIO VIA TOSCANELLA",
    ], known=False),
    Spec("Agenzia delle Entrate", "Taxes", 2, "m:16", (420, 1650), [
        "PAGAMENTO F24 DELEGA {d:12} ENTRATEL",
        "PAGAMENTO DELEGHE F24 TELEMATICHE PROT. {d:17}",
    ], start=0, step=3),
    Spec("", "Taxes", 1, "e", 25.00, ["IMPOSTA DI BOLLO E/C"], known=None, start=3),
    Spec("Studio Bianchi", "Professional Services", 1, "r", [480.00, 850.00], [
        "BONIFICO DISPOSTO A FAVORE DI STUDIO BIANCHI COMMERCIALISTI ASSOCIATI CAUS: PARCELLA N. {d:2}/{yyyy}",
    ], known=False),
    Spec("Eni", "Travel", 1, "r", (45, 70), [
        "PAGAMENTO POS {dmys} {hh.mm} CARTA *{card} ENI STATION FIRENZE VIA PRATESE",
        "PAGAMENTO POS {amt_c} EUR DEL {dmys} A (ITA) ENILIVE {d:5} CARTA N. ***{card}",
    ], card=True),
    Spec("Gastronomia Da Rocco", "Meals & Entertainment", 1, "r", 32.50, [
        "PAGAMENTO POS {dmys} {hh.mm} CARTA *{card} GASTRONOMIA DA ROCCO FIRENZE",
    ], card=True, known=False),
    Spec("", "Bank Fees", 2, "e", 9.00, ["CANONE MENSILE CONTO {month_it}", "COMMISSIONI E SPESE TENUTA CONTO"], known=None),
    Spec("", "Internal Transfer", 1, "r", 250.00, [
        "PRELIEVO BANCOMAT {dmys} {hh.mm} CARTA *{card} ATM INTESA SANPAOLO FIRENZE",
    ], dir="out", known=None, card=True),
    Spec("Giulia Ricci", "Owner Draw / Contribution", 1, "r", 1000.00, [
        "BONIFICO DISPOSTO A FAVORE DI GIULIA RICCI CAUS: PRELEVAMENTO TITOLARE",
    ], dir="out", known=False),
])

BUSINESSES = [US_DESIGN, US_COFFEE, US_TRUCK, UK_PLUMB, UK_CONSULT, DE_SHOP, FR_BAKERY, NL_BIKES, ES_YOGA, IT_CERAMICS]


# --------------------------------------------------------------------------------------
# Engine
# --------------------------------------------------------------------------------------

def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


HOLIDAYS = {(1, 1), (12, 25)}  # closed everywhere the ten banks operate


def is_banking_day(d: date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS


def business_day(d: date) -> date:
    while not is_banking_day(d):
        d += timedelta(days=1)
    return d


def banking_day_on_or_before(d: date) -> date:
    while not is_banking_day(d):
        d -= timedelta(days=1)
    return d


def last_business_day(y: int, m: int) -> date:
    return banking_day_on_or_before(date(y, m, calendar.monthrange(y, m)[1]))


def window(biz: Business) -> tuple[date, date]:
    y, m = biz.first_month
    ly, lm = add_months(y, m, biz.months - 1)
    return date(y, m, 1), min(date(ly, lm, calendar.monthrange(ly, lm)[1]), LAST_DAY)


def schedule(spec: Spec, biz: Business, rng: random.Random, keyed: dict[str, list[date]]) -> list[date]:
    first, last = window(biz)
    kind, _, arg = spec.sched.partition(":")
    if kind == "r":
        span = (last - first).days
        out = []
        for _ in range(spec.n):
            d = first + timedelta(days=rng.randint(0, span))
            if not spec.card:  # ACH, wires, SEPA, BACS, direct debits post on banking days only
                d = business_day(d)
                if d > last:
                    d = banking_day_on_or_before(last)
            out.append(d)
        return out
    if kind == "f":
        base = sorted(keyed[arg])
        return sorted(rng.sample(base, min(spec.n, len(base))))
    # monthly-type schedules
    need = (spec.n - 1) * spec.step + 1
    max_start = max(0, biz.months - need)
    start = spec.start if spec.start is not None else rng.randint(0, max_start)
    out = []
    for i in range(spec.n):
        y, m = add_months(*biz.first_month, start + i * spec.step)
        if kind == "e":
            d = last_business_day(y, m)
        else:
            day = min(int(arg), calendar.monthrange(y, m)[1])
            d = date(y, m, day)
            if not spec.card:
                d = business_day(d)
                if d > last:
                    d = banking_day_on_or_before(last)
        if first <= d <= last:
            out.append(d)
    return out


def amount(spec: Spec, rng: random.Random) -> Decimal:
    a = spec.amt
    if isinstance(a, list):
        v = rng.choice(a)
    elif isinstance(a, tuple):
        lo, hi = a[0], a[1]
        v = rng.uniform(lo, hi)
        if len(a) == 3:
            v = round(v / a[2]) * a[2]
    else:
        v = a
    return Decimal(f"{v:.2f}")


def direction(spec: Spec) -> str:
    if spec.dir:
        return spec.dir
    if spec.category in INCOME:
        return "in"
    if spec.category in TRANSFER:
        raise ValueError(f"transfer spec needs an explicit dir: {spec}")
    return "out"


_PH = re.compile(r"\{([^{}]+)\}")
_ALNUM_U = string.ascii_uppercase + string.digits
_ALNUM_L = string.ascii_lowercase + string.digits


_POOLS = {"d": string.digits, "X": _ALNUM_U, "x": _ALNUM_L, "k": string.digits, "K": _ALNUM_U}


def fill(tpl: str, ctx: dict[str, str], rng: random.Random, biz: Business, counters: dict,
         sticky: dict) -> str:
    seen: Counter = Counter()

    def repl(mo: re.Match) -> str:
        tok = mo.group(1)
        if "|" in tok:
            return rng.choice(tok.split("|"))
        if tok[:2] in ("d:", "X:", "x:", "k:", "K:") and tok[2:].isdigit():
            n = int(tok[2:])
            if tok[0] in "kK":  # kept per counterparty: the nth such token of a template
                seen[tok] += 1
                key = (tok, seen[tok])
                if key not in sticky:
                    sticky[key] = "".join(rng.choice(_POOLS[tok[0]]) for _ in range(n))
                return sticky[key]
            return "".join(rng.choice(_POOLS[tok[0]]) for _ in range(n))
        if tok.startswith("iban:"):
            if tok not in sticky:
                sticky[tok] = f"NL{rng.randint(10, 99)}{tok[5:]}0{rng.randint(0, 10**9 - 1):09d}"
            return sticky[tok]
        if tok == "card":
            return rng.choice(biz.cards)
        if tok == "inv":
            counters[biz.id] = counters.get(biz.id, biz.inv_start) + rng.choice((1, 1, 2, 3))
            return biz.inv_fmt.format(y=ctx["yyyy"], n=counters[biz.id])
        return ctx[tok]

    return _PH.sub(repl, tpl)


def context(post: date, txn: date, amt: Decimal, rng: random.Random) -> dict[str, str]:
    hh, mi, ss = rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59)
    py, pm = add_months(post.year, post.month, -1)
    a = abs(amt)
    return {
        "mmdd": txn.strftime("%m/%d"), "mmdd_": txn.strftime("%m%d"), "mmddyy": txn.strftime("%m/%d/%y"),
        "mm-dd": txn.strftime("%m-%d"), "ddmm": txn.strftime("%d/%m"), "ddmmyy": txn.strftime("%d%m%y"),
        "dmy": txn.strftime("%d.%m.%Y"), "dmy2": txn.strftime("%d.%m.%y"), "dmys": txn.strftime("%d/%m/%Y"),
        "dmy2s": txn.strftime("%d/%m/%y"), "dmyd": txn.strftime("%d-%m-%Y"), "iso": txn.isoformat(),
        "ddMONyy": f"{txn.day:02d}{MON_EN[txn.month - 1]}{txn.strftime('%y')}",
        "yymmdd": post.strftime("%y%m%d"), "yyyymmdd": post.strftime("%Y%m%d"),
        "hhmm": f"{hh:02d}:{mi:02d}", "hh.mm": f"{hh:02d}.{mi:02d}", "hhmmss": f"{hh % 12 or 12:02d}:{mi:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}",
        "mm": f"{post.month:02d}", "yyyy": str(post.year), "yy": post.strftime("%y"),
        "mon_en": MON_EN[post.month - 1], "month_de": MONTH_DE[post.month - 1],
        "month_fr": MONTH_FR[post.month - 1], "month_es": MONTH_ES[post.month - 1],
        "month_it": MONTH_IT[post.month - 1], "month_nl": MONTH_NL[post.month - 1],
        "pmy": f"{pm:02d}/{py}",
        "amt": f"{a:.2f}", "amt_th": f"{a:,.2f}", "amt_c": f"{a:.2f}".replace(".", ","),
    }


def generate() -> tuple[list[dict[str, str]], dict]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    known_flags: list[bool | None] = []
    counters: dict = {}
    for biz in BUSINESSES:
        keyed: dict[str, list[date]] = {}
        pending = []  # (post, txn, spec, amount)
        _first, last = window(biz)
        sticky: dict[int, dict] = defaultdict(dict)
        for spec in biz.specs:
            assert spec.category in CATEGORIES, spec.category
            dates = schedule(spec, biz, rng, keyed)
            if spec.key:
                keyed[spec.key] = dates
            sign = 1 if direction(spec) == "in" else -1
            for d in dates:
                if spec.card:  # the drawn date is the purchase; it posts on a banking day 0-2 days later
                    txn = d
                    post = business_day(d + timedelta(days=rng.choice((0, 0, 1, 1, 2))))
                    if post > last:
                        post = banking_day_on_or_before(last)
                        txn = min(txn, post)
                else:
                    txn = post = d
                pending.append((post, txn, spec, sign * amount(spec, rng)))
        pending.sort(key=lambda p: (p[0], p[2].entity, p[3]))
        for post, txn, spec, amt in pending:
            ctx = context(post, txn, amt, rng)
            desc = fill(rng.choice(spec.tpls), ctx, rng, biz, counters, sticky[id(spec)])
            rows.append({
                "region": biz.region, "business": biz.id, "date": post.isoformat(),
                "amount": f"{amt:.2f}", "description": desc,
                "entity": spec.entity, "category": spec.category,
            })
            known_flags.append(spec.known)
    return rows, {"known": known_flags}


def main() -> None:
    rows, meta = generate()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["region", "business", "date", "amount", "description", "entity", "category"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    known = meta["known"]
    n = len(rows)
    print(f"wrote {n} rows to {OUT}")
    print("rows per business:", dict(Counter(r["business"] for r in rows)))
    print("rows per region:", dict(Counter(r["region"] for r in rows)))
    ents = Counter(r["entity"] for r in rows if r["entity"])
    print("distinct entities:", len(ents))
    print(f"money in: {sum(1 for r in rows if not r['amount'].startswith('-')) / n:.1%}")
    unknown = sum(1 for k in known if k is False)
    empty = sum(1 for k in known if k is None)
    print(f"rows with a name no generic vendor dictionary would know: {unknown} ({unknown / n:.1%}); "
          f"rows with no counterparty: {empty} ({empty / n:.1%})")
    per_ent_biz = defaultdict(set)
    for r in rows:
        if r["entity"]:
            per_ent_biz[r["entity"]].add(r["business"])
    shared = sorted(e for e, b in per_ent_biz.items() if len(b) > 1)
    print("entities shared across businesses:", ", ".join(shared))


if __name__ == "__main__":
    main()
