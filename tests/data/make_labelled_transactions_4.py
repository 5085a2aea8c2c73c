#!/usr/bin/env python3
"""Generate ``labelled_transactions_4.csv``: the fourth, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-3 uses: Huntington, Citizens,
Novo (US); Metro Bank, Virgin Money (UK); AIB (Ireland, EUR), Raiffeisen (Austria) and
Millennium BCP (Portugal). Written blind: its author read only the README and the header
lines of the earlier files, not CashPilot's code, vendor lists or rules, nor the rows or
generators of the earlier sets.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's export layout.
Only per-occurrence noise (dates, amounts, references, times, which card) is random, from a
fixed seed: run the script twice and the CSV is byte-identical. Labels follow the ``entity``
and ``category`` conventions in ``README.md`` (bank fees, interest, own-bank loans,
own-account transfers, cash withdrawals and cash deposits have an empty entity).

Template placeholders: ``{d:N}`` random digits, ``{X:N}`` random upper-case alphanumerics,
``{x:N}`` lower-case, ``{k:N}`` / ``{K:N}`` the same but kept per counterparty (mandates,
customer and policy numbers), ``{a|b}`` pick one, ``{card}`` one of the business's cards,
``{inv}`` the business's next invoice number, ``{amt}`` / ``{amt_c}`` the absolute amount
(dot / comma decimal). Transaction-date formats (card lines: the purchase date, 0-3 days
before posting): ``{mmdd}`` ``{mm/dd}`` ``{mm/dd/yy}`` ``{yymmdd}`` ``{dd/mm}`` ``{dd.mm.}``
``{dd/mm/yyyy}`` ``{ddMON}`` ``{dd-mm}`` ``{hh:mm}``. Posting-month formats: ``{MON}``
``{mm/yyyy}`` ``{pmm/yyyy}`` (previous month) ``{MES}`` (Portuguese month).

Usage: python tests/data/make_labelled_transactions_4.py   (writes the CSV next to it and
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
from dataclasses import dataclass, field
from pathlib import Path

SEED = 4_2026_0704
OUT = Path(__file__).with_name("labelled_transactions_4.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
}
SALES, SERVICE, REFUND, FIN, INTEREST, OTHER_IN = (
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income")
RENT, PAYROLL, SOFTWARE, MARKETING, UTIL, TAX = (
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes")
SUPPLIES, LOAN, TRAVEL, MEALS, PROF, EQUIP, INSUR, FEES, COGS, OTHER_EX, XFER, OWNER = (
    "Supplies & Materials", "Loan Repayment", "Travel", "Meals & Entertainment",
    "Professional Services", "Equipment", "Insurance", "Bank Fees", "Cost of Goods Sold",
    "Other Expense", "Internal Transfer", "Owner Draw / Contribution")

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MES_PT = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


@dataclass
class Spec:
    entity: str
    category: str
    when: str            # "m5" monthly on the 5th, "last", "r6" six random days, ISO dates
    amount: tuple        # signed (lo, hi); lo == hi means a fixed amount
    templates: tuple
    card: bool = False   # card line: the text carries the purchase date
    step: float = 0.01   # amount granularity (e.g. 50 for round owner draws)
    kept: dict = field(default_factory=dict)


@dataclass
class Business:
    region: str
    slug: str
    start: dt.date
    end: dt.date
    cards: tuple
    inv_prefix: str
    specs: list


def S(entity, category, when, amount, *templates, card=False, step=0.01):
    if isinstance(amount, (int, float)):
        amount = (amount, amount)
    return Spec(entity, category, when, tuple(amount), templates, card, step)


def D(y, m, d):
    return dt.date(y, m, d)


# --------------------------------------------------------------------------- businesses
# US 1: Huntington National Bank, taproom brewery in Columbus, Ohio. All caps, POS/ACH words.
HUNT = "DEBIT CARD PURCHASE {mm/dd} "
BREWERY = Business("US", "us-brewery-taproom", D(2025, 9, 1), D(2025, 11, 30), ("4417", "8830"),
                   "FMB-", [
    S("Franklinton Mill Properties", RENT, "m1", -6400,
      "ONLINE BILL PAY FRANKLINTON MILL PRO CONF# {X:9}"),
    S("Gusto", PAYROLL, "m15,last", (-14800, -12600),
      "ACH DEBIT GUSTO NET {k:6} {X:10} CCD"),
    S("Gusto", PAYROLL, "m14", (-5200, -4300), "ACH DEBIT GUSTO TAX {k:6} {X:10} CCD"),
    S("Gusto", SOFTWARE, "m3", (-156, -156), "ACH DEBIT GUSTO FEE {k:6} {X:10} CCD"),
    S("Square", SALES, "r9", (2400, 7800), "ACH CREDIT SQUARE INC {yymmdd}P2 L2{X:10} CCD"),
    S("Buckeye Beverage Distributors", SALES, "r3", (3100, 5600),
      "ACH CREDIT BUCKEYE BEVERAGE DI PAYABLES {d:10} CCD"),
    S("Country Malt Group", COGS, "r3", (-2900, -1700),
      "ACH DEBIT COUNTRY MALT GROU INV PYMT {d:9} CCD"),
    S("Yakima Chief Hops", COGS, "r2", (-1900, -1100),
      HUNT + "YAKIMA CHIEF HOPS INC 509-4535713 WA XXXX{card}", card=True),
    S("Scioto Canning Supply", COGS, "r2", (-2300, -1400),
      "ONLINE BILL PAY SCIOTO CANNING SUPP CONF# {X:9}"),
    S("Olentangy Pretzel", COGS, "r2", (-420, -180),
      HUNT + "SQ *OLENTANGY PRETZEL C Columbus OH XXXX{card}", card=True),
    S("Uline", SUPPLIES, "r2", (-640, -120),
      HUNT + "ULINE *SHIP SUPPLIES 800-295-5510 WI XXXX{card}", card=True),
    S("Kroger", SUPPLIES, "r2", (-160, -45),
      "POS PURCHASE {mm/dd} KROGER #{d:3} 1350 GRANDVIEW AV COLUMBUS OH #{card}", card=True),
    S("Home Depot", SUPPLIES, "r2", (-380, -60),
      "POS PURCHASE {mm/dd} THE HOME DEPOT #3803 COLUMBUS OH #{card}", card=True),
    S("AEP Ohio", UTIL, "m18", (-1900, -1200), "ACH DEBIT AEP OHIO ELEC PYMT {k:10} WEB"),
    S("Columbia Gas of Ohio", UTIL, "m22", (-640, -180),
      "ACH DEBIT COLUMBIA GAS OH UTIL PYMT {k:10} WEB"),
    S("City of Columbus", UTIL, "2025-10-27", -812.44,
      "ACH DEBIT CITY OF COLUMBUS DPU WATER/SEW {k:8} WEB"),
    S("Spectrum", UTIL, "m9", -189.97, "ACH DEBIT CHARTER COMM SPECTRUM {k:9} WEB"),
    S("Erie Insurance", INSUR, "m12", -612.40, "ACH DEBIT ERIE INSURANCE INS PREM {k:10} PPD"),
    S("SBA", LOAN, "m5", -1371.00, "ACH DEBIT SBA EIDL LOAN PAYMENT {k:10} CCD"),
    S("Ohio Department of Taxation", TAX, "m23", (-3400, -2300),
      "ACH DEBIT OH DEPT OF TAXATION SALES TAX {k:9} CCD"),
    S("TTB", TAX, "2025-10-14", -1186.00, "ACH DEBIT PAY.GOV TTB EXCISE TAX {d:11} CCD"),
    S("Untappd", SOFTWARE, "m7", -149.00,
      HUNT + "UNTAPPD FOR BUSINESS WWW.UNTAPPD.C NC XXXX{card}", card=True),
    S("Meta", MARKETING, "r3", (-250, -60),
      HUNT + "FACEBK *{X:10} 650-5434800 CA XXXX{card}", card=True),
    S("Short North Printworks", MARKETING, "r2", (-390, -110),
      HUNT + "SQ *SHORT NORTH PRINTWO Columbus OH XXXX{card}", card=True),
    S("", FEES, "last", -25.00, "MONTHLY SERVICE FEE"),
    S("", SALES, "r3", (880, 2150), "DEPOSIT BRANCH 0142 COLUMBUS OH"),
    S("", XFER, "r2", (-5000, -2000), "ONLINE TRANSFER TO SAV XXXXXX6612 REF #IB{X:8}",
      step=100),
    S("Marcus Oyelaran", OWNER, "r3", (-2500, -1500),
      "ZELLE TRANSFER TO MARCUS OYELARAN CONF# {x:9}", step=50),
])

# US 2: Citizens Bank, wedding photographer in Providence, RI. Mixed case words.
CIT = "POS Debit - Visa Check Card {card} - "
PHOTO = Business("US", "us-wedding-photography", D(2025, 7, 1), D(2025, 9, 30), ("2209",),
                 "AR", [
    S("HoneyBook", SALES, "r7", (1200, 4800), "Preauthorized Credit HONEYBOOK INC PAYOUT {X:10}"),
    S("HoneyBook", SOFTWARE, "m4", -39.00,
      CIT + "HONEYBOOK* SUBSCRIPT HONEYBOOK.COM CA", card=True),
    S("Emily Torres", SERVICE, "r2", (600, 1800), "Zelle Payment From EMILY TORRES {X:10}"),
    S("Kevin Nguyen", SERVICE, "r2", (500, 2200), "Zelle Payment From KEVIN NGUYEN {X:10}"),
    S("Danielle Osei", SERVICE, "r1", (1500, 1500), "Zelle Payment From DANIELLE OSEI {X:10}"),
    S("Ocean State Events", SERVICE, "r2", (2200, 3800),
      "Preauthorized Credit OCEAN STATE EVENT VENDOR PMT {k:7}"),
    S("Brown University", SERVICE, "2025-07-22", 2750.00,
      "Incoming Wire Transfer ORG: BROWN UNIVERSITY REF: {d:10} OBI: INV {inv}"),
    S("Jordan Blake", PROF, "r3", (-650, -350), "Zelle Payment To JORDAN BLAKE {X:10}", step=25),
    S("Rising Sun Mills", RENT, "m1", -1850.00, "Online Bill Pay RISING SUN MILLS LL Ck# {d:4}"),
    S("Adobe", SOFTWARE, "m11", -59.99, CIT + "ADOBE *ADOBE 408-536-6000 CA", card=True),
    S("Pixieset", SOFTWARE, "m14", -40.00, CIT + "PIXIESET.COM VANCOUVER BC", card=True),
    S("B&H Photo", EQUIP, "r2", (-2400, -600), CIT + "B&H PHOTO 800-606-6969 NEW YORK NY",
      card=True),
    S("Miller's Professional Imaging", COGS, "r3", (-480, -180),
      CIT + "MILLERS PROF IMAGING PITTSBURG KS", card=True),
    S("Shell", TRAVEL, "r3", (-72, -38), CIT + "SHELL OIL 5744{d:4} WARWICK RI", card=True),
    S("JetBlue", TRAVEL, "2025-08-04", -312.40, CIT + "JETBLUE 2792{d:7} SALT LAKE CTY UT",
      card=True),
    S("Marriott", TRAVEL, "2025-09-08", -486.20, CIT + "MARRIOTT BAR HARBOR BAR HARBOR ME",
      card=True),
    S("Olneyville New York System", MEALS, "r2", (-38, -16),
      CIT + "OLNEYVILLE NY SYSTEM PROVIDENCE RI", card=True),
    S("The Hartford", INSUR, "m20", -86.50, "Preauthorized Debit THE HARTFORD NWTBHARTFORD {k:10}"),
    S("Rhode Island Energy", UTIL, "m16", (-140, -90),
      "Preauthorized Debit RI ENERGY UTIL PAYMT {k:10}"),
    S("Cox", UTIL, "m8", -129.99, "Preauthorized Debit COX COMM PROV ACH PAYMENT {k:9}"),
    S("IRS", TAX, "2025-09-15", -3200.00, "Preauthorized Debit IRS USATAXPYMT {d:15}"),
    S("RI Division of Taxation", TAX, "2025-09-15", -850.00,
      "Preauthorized Debit RI DIV OF TAXATION RI TAX PMT {d:9}"),
    S("The Knot", MARKETING, "m5", -329.00, CIT + "THE KNOT WORLDWIDE 800-843-5668 NY", card=True),
    S("Meta", MARKETING, "r2", (-150, -40), CIT + "FACEBK *{X:10} 650-5434800 CA", card=True),
    S("Bianchi & Rowe CPAs", PROF, "2025-08-19", -450.00,
      "Online Bill Pay BIANCHI & ROWE CPAS Ck# {d:4}"),
    S("Amazon", SUPPLIES, "r2", (-95, -22), CIT + "AMAZON MKTPL*{X:9} Amzn.com/bill WA", card=True),
    S("USPS", COGS, "r2", (-48, -14), CIT + "USPS PO 4301550903 PROVIDENCE RI", card=True),
    S("", FEES, "last", -18.00, "Maintenance Fee"),
    S("", FEES, "2025-07-22", -15.00, "Incoming Wire Fee"),
    S("", LOAN, "m10", -412.33, "Loan Payment Transfer To Loan xxxxxx{k:4}"),
    S("", XFER, "r2", (-3000, -1000), "Online Banking Transfer To Sav xxxxxx{k:4}", step=100),
    S("Alana Reyes", OWNER, "r3", (-2500, -1000), "Zelle Payment To ALANA REYES {X:10}", step=50),
    S("", SERVICE, "r2", (450, 1200), "Mobile Deposit"),
])

# US 3: Novo (fintech business checking), commercial cleaning company in Austin, TX.
NOVO = "Card purchase - "
CLEAN = Business("US", "us-cleaning-company", D(2025, 10, 1), D(2025, 12, 31), ("6021",), "LSC-", [
    S("Stripe", SALES, "r8", (900, 3600), "ACH deposit - STRIPE TRANSFER ST-{X:12}"),
    S("Jobber", SOFTWARE, "m6", -169.00, NOVO + "GETJOBBER.COM EDMONTON AB", card=True),
    S("Lamar Dental Group", SERVICE, "m10", 1850.00,
      "ACH deposit - LAMAR DENTAL GROU VENDORPAY {d:8}"),
    S("Barton Creek Property Management", SERVICE, "r3", (2400, 3100),
      "ACH deposit - BARTON CREEK PROP ACH PMT {inv}"),
    S("OnPay", PAYROLL, "m15,last", (-7800, -6200), "ACH payment - ONPAY PAYROLL NETPAY {k:7}"),
    S("OnPay", PAYROLL, "m16", (-2900, -2200), "ACH payment - ONPAY TAXES {k:7}"),
    S("OnPay", SOFTWARE, "m2", (-86, -94), "ACH payment - ONPAY INC BILLING {k:7}"),
    S("Home Depot", SUPPLIES, "r2", (-260, -40), NOVO + "THE HOME DEPOT #6543 AUSTIN TX",
      card=True),
    S("Sam's Club", SUPPLIES, "r2", (-410, -120), NOVO + "SAMSCLUB #8246 AUSTIN TX", card=True),
    S("Austin Janitorial Supply", SUPPLIES, "r3", (-520, -140),
      NOVO + "SQ *AUSTIN JANITORIAL SU Austin TX", card=True),
    S("Buc-ee's", TRAVEL, "r2", (-96, -52), NOVO + "BUC-EE'S #22 BASTROP TX", card=True),
    S("Progressive", INSUR, "m19", -288.50, "ACH payment - PROGRESSIVE INS PREM {k:10}"),
    S("biBERK", INSUR, "m3", -74.25, "ACH payment - BIBERK INS PYMT {k:9}"),
    S("T-Mobile", UTIL, "m21", -215.00, "ACH payment - T-MOBILE PCS SVC {k:9}"),
    S("Public Storage", RENT, "m1", -189.00, NOVO + "PUBLIC STORAGE 24417 800-567-0759 CA",
      card=True),
    S("Texas Comptroller", TAX, "m20", (-1450, -980), "ACH payment - TEXAS COMPTROLLER TXCOMPTR {k:8}"),
    S("Google", MARKETING, "r2", (-300, -120), NOVO + "GOOGLE *ADS{d:10} cc.google.com CA",
      card=True),
    S("Yelp", MARKETING, "m12", -300.00, NOVO + "YELP INC 877-767-9357 CA", card=True),
    S("OnDeck", FIN, "2025-10-06", 15000.00, "ACH deposit - ONDECK CAPITAL LOAN FUND {k:9}"),
    S("OnDeck", LOAN, "2025-11-06,2025-12-08", -1362.18,
      "ACH payment - ONDECK CAPITAL LOAN PMT {k:9}"),
    S("", XFER, "r3", (-2500, -800), "Transfer to Reserve: Taxes", step=50),
    S("", XFER, "2025-12-17", 1500.00, "Transfer from Reserve: Taxes"),
    S("Luz Mariana Salazar", OWNER, "r3", (-3000, -1500), "Sent via Novo: Luz Mariana Salazar",
      step=100),
    S("Rosa Delgado", PROF, "r2", (-680, -420), "Sent via Novo: Rosa Delgado - Invoice {d:2}"),
    S("", XFER, "r2", (-200, -100), "ATM withdrawal - 7-ELEVEN 3601 MANOR RD AUSTIN TX", step=20),
    S("", FEES, "r2", (2.50, 3.50), "ATM fee refund", step=0.5),
    S("", SERVICE, "r2", (350, 900), "Mobile check deposit"),
    S("Whataburger", MEALS, "r2", (-64, -21), NOVO + "WHATABURGER 1043 AUSTIN TX", card=True),
    S("Amazon", SUPPLIES, "r2", (-140, -25), NOVO + "Amazon.com*{X:9} Amzn.com/bill WA",
      card=True),
])

# UK 1: Metro Bank, florist in Blackheath, London. Comma-separated fields, mixed case words.
FLORIST = Business("UK", "uk-florist", D(2025, 11, 3), D(2026, 2, 27), ("7714",), "BLM", [
    S("Zettle", SALES, "r7", (350, 1900), "Faster Payment Received, ZETTLE PAYOUT, ZTL{X:10}"),
    S("Shopify", SALES, "r3", (180, 950), "Faster Payment Received, SHOPIFY INTERNATIO, {d:12}"),
    S("Shopify", SOFTWARE, "m8", -25.00,
      "Card Payment, SHOPIFY* {d:9}, DUBLIN, IE, {dd/mm/yyyy}", card=True),
    S("Interflora", SALES, "r3", (120, 480),
      "Bank Giro Credit, INTERFLORA BRITISH UNIT, {k:6} REMIT {d:6}"),
    S("Vanbrugh Hotel", SALES, "r4", (240, 420),
      "Faster Payment Received, VANBRUGH HOTEL LTD, {inv}"),
    S("Chloe Whitfield", SALES, "2025-11-14,2026-02-06", (450, 900),
      "Faster Payment Received, MISS C WHITFIELD, WEDDING FLOWERS"),
    S("Aisha Rahman", SALES, "2026-01-20", 385.00,
      "Faster Payment Received, A RAHMAN, FUNERAL TRIBUTE"),
    S("Dennison Flowers", COGS, "r5", (-1400, -380),
      "Faster Payment Sent, DENNISON FLOWERS LTD, ACC {k:5}"),
    S("Dennison Flowers", REFUND, "2026-01-09", 86.40,
      "Faster Payment Received, DENNISON FLOWERS LTD, CREDIT NOTE CN{d:4}"),
    S("Nine Elms Floral Sundries", SUPPLIES, "r2", (-210, -70),
      "Faster Payment Sent, NINE ELMS FLORAL SU, ACC {k:5}"),
    S("Smithers-Oasis", SUPPLIES, "r2", (-160, -45),
      "Card Payment, SMITHERS-OASIS UK, WASHINGTON, GB, {dd/mm/yyyy}", card=True),
    S("Greenhithe Estates", RENT, "m25", -1650.00,
      "Standing Order, GREENHITHE ESTATES, RENT SHOP 14 TRANQUIL V"),
    S("Lewisham Council", TAX, "2025-11-03,2025-12-01,2026-01-02", -212.00,
      "Direct Debit, LB LEWISHAM NNDR, {k:8}"),
    S("Octopus Energy", UTIL, "m14", (-260, -150), "Direct Debit, OCTOPUS ENERGY, A-{K:8}"),
    S("BT", UTIL, "m12", -48.60, "Direct Debit, BT GROUP PLC, {K:10}"),
    S("Thames Water", UTIL, "2025-12-10", -96.22, "Direct Debit, THAMES WATER, {k:12}"),
    S("AXA", INSUR, "m4", -61.75, "Direct Debit, AXA INSURANCE UK, {k:9}"),
    S("HMRC", TAX, "2026-02-06", -2184.35, "Faster Payment Sent, HMRC VAT, {k:9}"),
    S("HMRC", PAYROLL, "m21", (-610, -420), "Faster Payment Sent, HMRC CUMBERNAULD, 120P{K:9}"),
    S("Tomi Okafor", PAYROLL, "last", (-1920, -1760), "Faster Payment Sent, T OKAFOR, WAGES"),
    S("Smart Pension", PAYROLL, "m17", (-95, -82), "Direct Debit, SMART PENSION LTD, {K:8}"),
    S("Shell", TRAVEL, "r2", (-74, -42),
      "Card Payment, SHELL BLACKHEATH, LONDON, GB, {dd/mm/yyyy}", card=True),
    S("iwoca", LOAN, "m9", -386.12, "Direct Debit, IWOCA LTD, {k:8}"),
    S("Google", MARKETING, "r2", (-90, -40),
      "Card Payment, GOOGLE *ADS{d:10}, LONDON, GB, {dd/mm/yyyy}", card=True),
    S("Pret A Manger", MEALS, "r2", (-16, -6),
      "Card Payment, PRET A MANGER, GREENWICH, GB, {dd/mm/yyyy}", card=True),
    S("Jessica Whittaker", OWNER, "r3", (-1500, -600),
      "Faster Payment Sent, JESSICA WHITTAKER, DRAWINGS", step=50),
    S("", XFER, "r2", (-2000, -500), "Transfer To Account 23-05-80 41778290", step=100),
    S("", FEES, "m2", -6.00, "Account Maintenance Fee"),
    S("", SALES, "r3", (120, 640), "Cash Deposit, Lewisham Store"),
    S("Hollis Vane Accountants", PROF, "2026-01-28", -540.00,
      "Faster Payment Sent, HOLLIS VANE ACCOUNTA, INV {d:4}"),
])

# UK 2: Virgin Money, web agency in Glasgow. All caps, names cut at 18 characters.
VM = "CARD {ddMON} "
AGENCY = Business("UK", "uk-web-agency", D(2025, 8, 1), D(2025, 10, 31), ("3390",), "PX-", [
    S("Clyde Maritime Trust", SERVICE, "r3", (3200, 6800),
      "BACS CREDIT CLYDE MARITIME TRU {inv}"),
    S("Merchant City Dental", SERVICE, "r3", (1200, 2400),
      "FASTER PAYMENT IN FROM MERCHANT CITY DEN REF {inv}"),
    S("Glen Arroch Distillery", SERVICE, "r2", (4800, 9500),
      "BACS CREDIT GLEN ARROCH DISTIL {inv}"),
    S("Stripe", SALES, "r4", (300, 900), "BACS CREDIT STRIPE PAYMENTS UK {X:10}"),
    S("K MacLeod", PROF, "r3", (-2200, -900), "FASTER PAYMENT OUT TO K MACLEOD REF INV {d:3}"),
    S("Priya Raman", PROF, "r2", (-1400, -600),
      "FASTER PAYMENT OUT TO PRIYA RAMAN REF PX INVOICE {d:2}"),
    S("DigitalOcean", SOFTWARE, "m2", (-140, -110),
      VM + "DIGITALOCEAN.COM       NEW YORK      US", card=True),
    S("Figma", SOFTWARE, "m9", -54.00, VM + "FIGMA MONTHLY RENEWAL  SAN FRANCISCO US", card=True),
    S("FreeAgent", SOFTWARE, "m6", -34.50, "DIRECT DEBIT FREEAGENT CENTRAL {k:8}"),
    S("Merchant Square Studios", RENT, "m1", -2150.00,
      "STANDING ORDER MERCHANT SQ STUDIOS RENT UNIT 4B"),
    S("", PAYROLL, "last", (-9800, -9400), "BULK PAYMENT SALARIES {MON}"),
    S("HMRC", PAYROLL, "m22", (-3100, -2800), "FASTER PAYMENT OUT TO HMRC CUMBERNAUL REF 961P{K:9}"),
    S("HMRC", TAX, "2025-09-01", -4310.00,
      "FASTER PAYMENT OUT TO HMRC SHIPLEY REF {k:10}A00108A"),
    S("HMRC", TAX, "2025-08-07", -5124.80, "DIRECT DEBIT HMRC VAT {k:9}"),
    S("The People's Pension", PAYROLL, "m18", (-480, -440),
      "DIRECT DEBIT B&CE THE PEOPLES PEN {K:8}"),
    S("Virgin Media", UTIL, "m11", -68.00, "DIRECT DEBIT VIRGIN MEDIA BUS {k:9}"),
    S("O2", UTIL, "m16", (-96, -88), "DIRECT DEBIT TELEFONICA UK LTD {k:10}"),
    S("Markel", INSUR, "m3", -54.12, "DIRECT DEBIT MARKEL INTERNATIONA {k:10}"),
    S("ScotRail", TRAVEL, "r2", (-28, -9),
      VM + "SCOTRAIL TVM GLASGOW Q GLASGOW       GB", card=True),
    S("LNER", TRAVEL, "2025-09-24", -118.40, VM + "LNER                   YORK          GB",
      card=True),
    S("Premier Inn", TRAVEL, "2025-09-25", -96.00,
      VM + "PREMIER INN 44{d:5}    LONDON        GB", card=True),
    S("Gusto Deli", MEALS, "r2", (-42, -12), VM + "GUSTO DELI PARTICK     GLASGOW       GB",
      card=True),
    S("Greggs", MEALS, "r2", (-14, -4), VM + "GREGGS PLC             GLASGOW       GB",
      card=True),
    S("LinkedIn", MARKETING, "r2", (-150, -60), VM + "LINKEDIN {d:9}        DUBLIN        IE",
      card=True),
    S("Companies House", TAX, "2025-10-06", -50.00,
      VM + "COMPANIES HOUSE        CARDIFF       GB", card=True),
    S("Thornbury Reid", PROF, "2025-09-12", -960.00,
      "FASTER PAYMENT OUT TO THORNBURY REID CA REF PX ACCOUNTS"),
    S("Rhona McAllister", OWNER, "r3", (-3000, -1500),
      "FASTER PAYMENT OUT TO R MCALLISTER REF DIVIDEND", step=500),
    S("Rhona McAllister", OWNER, "2025-08-12", 5000.00,
      "FASTER PAYMENT IN FROM R MCALLISTER REF DIRECTORS LOAN"),
    S("", XFER, "r3", (-4000, -1500), "INTERNET TRANSFER TO 82-61-42 40118833 TAX POT", step=250),
    S("", FEES, "m2", (-14, -7.5), "SERVICE CHARGES {MON}"),
    S("", LOAN, "m28", -380.00, "LOAN REPAYMENT 82614211778"),
    S("Amazon", SUPPLIES, "r2", (-60, -15), VM + "AMAZON.CO.UK*{X:6}    AMAZON.CO.UK  GB",
      card=True),
    S("Apple", EQUIP, "2025-09-03", -1599.00, VM + "APPLE STORE R245       GLASGOW       GB",
      card=True),
])

# EU IE: AIB (Allied Irish Banks), bookshop in Dublin. 18-character description fields,
# type prefixes (VDP- Visa debit purchase, VDC- contactless, D/D, *INET, *MOBI).
BOOKS = Business("EU", "ie-bookshop", D(2025, 9, 1), D(2025, 12, 31), ("5123",), "RB", [
    S("SumUp", SALES, "r8", (400, 2600), "SUMUP PAYMENTS LTD SU{X:10}"),
    S("Shopify", SALES, "r4", (150, 900), "SHOPIFY INTERNATIO {d:10}"),
    S("Shopify", SOFTWARE, "m3", -39.00, "VDP-SHOPIFY* {d:5}", card=True),
    S("Scoil Bhríde Ranelagh", SALES, "r3", (850, 2400), "SCOIL BHRIDE RANEL {inv}"),
    S("Gardners Books", COGS, "r3", (-3200, -900), "*INET GARDNERS BOOK"),
    S("Argosy Libraries", COGS, "r3", (-2600, -700), "*INET ARGOSY LIBRAR"),
    S("Penguin Random House", COGS, "r2", (-1800, -600), "*INET PENGUIN RANDO"),
    S("EuroGiant", SUPPLIES, "r2", (-45, -12), "VDC-EUROGIANT RATH", card=True),
    S("Amazon", SUPPLIES, "r2", (-80, -18), "VDP-AMZN MKTP DE", card=True),
    S("Kilbride Property Holdings", RENT, "m1", -3400.00, "*INET KILBRIDE PRO RENT {MON}"),
    S("Dublin City Council", TAX, "m15", -286.00, "D/D DUBLIN CITY CO {k:8}"),
    S("Electric Ireland", UTIL, "2025-09-19,2025-11-19", (-420, -310), "D/D ELECTRIC IRELA {k:9}"),
    S("Eir", UTIL, "m8", -74.99, "D/D EIR {k:8}"),
    S("Uisce Éireann", UTIL, "2025-10-21", -118.30, "D/D UISCE EIREANN {k:10}"),
    S("FBD Insurance", INSUR, "m5", -132.40, "D/D FBD INSURANCE {k:8}"),
    S("Revenue Commissioners", TAX, "2025-09-23,2025-11-24", (-3100, -1900),
      "D/D REVENUE COMMIS VAT {k:7}"),
    S("Revenue Commissioners", PAYROLL, "m14", (-1250, -1050), "D/D REVENUE COMMIS PAYE {k:7}W"),
    S("Aoife Brennan", PAYROLL, "last", (-2350, -2280), "*INET AOIFE BRENNA SALARY"),
    S("Niamh Gallagher", OWNER, "r3", (-2000, -800), "*MOBI NIAMH GALLAG", step=100),
    S("", XFER, "r2", (-3000, -1000), "*MOBI SAVINGS A/C", step=500),
    S("", FEES, "2025-09-23", -28.71, "FEE-QTR TO 31/08"),
    S("", FEES, "2025-12-22", -31.40, "FEE-QTR TO 30/11"),
    S("Microfinance Ireland", LOAN, "m20", -318.55, "D/D MICROFINANCE I {k:8}"),
    S("Circle K", TRAVEL, "r2", (-70, -40), "VDC-CIRCLE K NAAS", card=True),
    S("Irish Rail", TRAVEL, "2025-10-16", -36.90, "VDP-IRISH RAIL", card=True),
    S("Bewley's", MEALS, "2025-11-27", -64.20, "VDC-BEWLEYS GRAFTO", card=True),
    S("Meta", MARKETING, "r2", (-120, -40), "VDP-FACEBK *{X:8}", card=True),
    S("Doyle Keating", PROF, "2025-10-29", -738.00, "*INET DOYLE KEATING"),
    S("", XFER, "r2", (-300, -100), "ATM-AIB RATHMINES", step=50),
    S("", SALES, "r3", (300, 1400), "LODGEMENT RATHMINES"),
    S("Bookmanager", SOFTWARE, "m10", -64.50, "VDP-BOOKMANAGER", card=True),
])

# EU AT: Raiffeisenbank (ELBA export), ski school in Kaprun, Salzburg. German, mixed case,
# card lines "Bezahlung Karte MC/<card> <merchant>\\<town>\\<postcode> <dd.mm.> <hh:mm>".
RB = "Bezahlung Karte MC/{card} "
FA = "Überweisung Finanzamt Österreich AT830100000005504490 91 318/4572 "
SKI = Business("EU", "at-ski-school", D(2025, 12, 1), D(2026, 3, 31), ("000004471", "000004472"),
               "SPS-2025-", [
    S("Stripe", SALES, "r10", (1500, 9800),
      "Gutschrift Überweisung Stripe Technologies Europe Ltd IE89CITI99005137{k:6} "
      "STRIPE {X:10}"),
    S("Hotel Alpenrose Kaprun", SERVICE, "r3", (2400, 7600),
      "Gutschrift Überweisung Hotel Alpenrose Kaprun GmbH AT4735020000{k:8} "
      "Rechnung {inv} Skikurse Gaeste"),
    S("Tauern Reisen", SERVICE, "r2", (3100, 5400),
      "Gutschrift Ueberweisung TAUERN REISEN GMBH AT9120404000{k:8} RE {inv}"),
    S("Gymnasium Zell am See", SERVICE, "2026-02-11", 4180.00,
      "Gutschrift Überweisung GYMNASIUM ZELL AM SEE AT2360000000{k:8} Schulskikurs 3A 3B"),
    S("", PAYROLL, "last", (-21800, -16500), "Sammelüberweisung Gehälter {mm/yyyy} 9 Posten"),
    S("ÖGK", PAYROLL, "2026-01-15,2026-02-16,2026-03-16", (-7400, -5600),
      "SEPA-Lastschrift Oesterreichische Gesundheitskasse Mandat OEGK{k:9} "
      "Creditor-ID AT23ZZZ00000000{k:4} Beitragskonto {k:8} {pmm/yyyy}"),
    S("Finanzamt Österreich", PAYROLL, "2026-01-15,2026-02-16,2026-03-16", (-5900, -4100),
      FA + "L {pmm/yyyy}"),
    S("Finanzamt Österreich", TAX, "2026-02-16,2026-03-16", (-4800, -2600),
      FA + "U {pmm/yyyy}"),
    S("Maishofer Immobilien", RENT, "m1", -2300.00,
      "Dauerauftrag Maishofer Immobilien KG AT3335000000{k:8} Miete Skidepot Talstation"),
    S("Intersport Bründl", EQUIP, "r2", (-3800, -900),
      RB + "INTERSPORT BRUENDL\\\\KAPRUN\\\\5710 {dd.mm.} {hh:mm}", card=True),
    S("A1", UTIL, "m6", (-112, -96),
      "SEPA-Lastschrift A1 Telekom Austria AG Mandat {K:12} Creditor-ID AT59ZZZ00000004{k:4} "
      "Rechnung {d:10}"),
    S("Verbund", UTIL, "m8", -486.00,
      "SEPA-Lastschrift VERBUND AG Mandat V{k:10} Creditor-ID AT08ZZZ00000001{k:4} "
      "Teilbetrag Strom"),
    S("Wiener Städtische", INSUR, "m2", -214.60,
      "SEPA-Lastschrift Wiener Staedtische Versicherung AG Mandat WST{k:9} "
      "Polizze {k:10} Betriebshaftpflicht"),
    S("Google", SOFTWARE, "m3", -27.60, RB + "GOOGLE*WORKSPACE\\\\DUBLIN\\\\D02 {dd.mm.} {hh:mm}",
      card=True),
    S("Regiondo", SOFTWARE, "m4", -149.00,
      "SEPA-Lastschrift Regiondo GmbH Mandat RGD{k:7} Creditor-ID DE12ZZZ00001{k:6} "
      "Abo Professional {mm/yyyy}"),
    S("Google", MARKETING, "r2", (-400, -150),
      RB + "GOOGLE ADS{d:10}\\\\DUBLIN\\\\D02 {dd.mm.} {hh:mm}", card=True),
    S("SalzburgerLand Tourismus", MARKETING, "2025-12-09", -650.00,
      "Überweisung SalzburgerLand Tourismus GmbH AT2020404000{k:8} Inserat Winterkatalog"),
    S("OMV", TRAVEL, "r2", (-92, -55), RB + "OMV 2{d:3}\\\\ZELL AM SEE\\\\5700 {dd.mm.} {hh:mm}",
      card=True),
    S("ÖBB", TRAVEL, "2026-01-20", -61.80, RB + "OEBB TICKETSHOP\\\\WIEN\\\\1100 {dd.mm.} {hh:mm}",
      card=True),
    S("Libro", SUPPLIES, "2025-12-04", -48.35, RB + "LIBRO FIL. 0412\\\\ZELL AM SEE\\\\5700 {dd.mm.} {hh:mm}",
      card=True),
    S("Steuerberatung Hölzl", PROF, "2026-01-27,2026-03-24", (-1450, -820),
      "Überweisung Steuerberatung Hoelzl KG AT6135000000{k:8} Honorarnote {d:3}/{yy}"),
    S("Florian Egger", OWNER, "r3", (-4000, -2000),
      "Überweisung Florian Egger AT1420502000{k:8} Privatentnahme", step=500),
    S("", LOAN, "m27", -1240.00, "Abbuchung Kreditkonto 3.045.812 Rate {mm/yyyy}"),
    S("", FEES, "2025-12-31,2026-03-31", (-48, -39), "Abschluss Kontoführung {pmm/yyyy}"),
    S("", XFER, "r2", (-400, -200), "Behebung Karte MC/{card} Raiffeisen Bankomat\\\\KAPRUN\\\\5710 {dd.mm.} {hh:mm}",
      card=True, step=100),
    S("", SALES, "r3", (800, 3200), "Bareinzahlung Filiale Kaprun"),
    S("", XFER, "r2", (-8000, -4000), "Eigenübertrag AT05350000000{k:7} Rücklage", step=1000),
    S("Lukas Hofer", PROF, "r3", (-1800, -900),
      "Überweisung Lukas Hofer AT7735000000{k:8} Honorar Kinderskikurs", step=10),
])

# EU PT: Millennium BCP, surf school in Ericeira. Portuguese, all caps, abbreviated words.
MB = "COMPRA {card} "
SURF = Business("EU", "pt-surf-school", D(2025, 6, 2), D(2025, 9, 30), ("4471",), "FT 2025/", [
    S("Airbnb", SALES, "r4", (600, 2400), "TRF DE AIRBNB PAYMENTS LUXEMBOURG S.A. {X:10}"),
    S("GetYourGuide", SALES, "r4", (400, 1900), "TRF DE GETYOURGUIDE DEUTSCHLAND GMBH GYG{d:8}"),
    S("Ericeira Surf Lodge", SERVICE, "r3", (1100, 2600),
      "TRF DE ERICEIRA SURF LODGE LDA {inv}"),
    S("Vila Galé", SERVICE, "2025-07-15,2025-08-29", (1800, 3200),
      "TRF DE VILA GALE SOC EMP TURISTICOS SA {inv}"),
    S("Sofia Almeida", SERVICE, "2025-07-08", 140.00, "MB WAY DE SOFIA ALMEIDA"),
    S("Pedro Costa", SERVICE, "2025-08-11,2025-08-25", (90, 180), "MB WAY DE PEDRO COSTA"),
    S("Maria do Céu Ferreira", RENT, "m1", -950.00, "TRF P/ MARIA DO CEU FERREIRA RENDA {MES}"),
    S("Rui Carvalho", PROF, "r3", (-1200, -600), "TRF P/ RUI CARVALHO RECIBO VERDE", step=10),
    S("Beatriz Lopes", PAYROLL, "last", -1080.00, "TRF P/ BEATRIZ LOPES VENCIMENTO {MES}"),
    S("Segurança Social", PAYROLL, "m20", (-520, -380), "PAG SEG SOCIAL {k:11}"),
    S("Autoridade Tributária", PAYROLL, "m20", (-260, -140), "PAG ESTADO RET FONTE DUC {d:15}"),
    S("Autoridade Tributária", TAX, "2025-08-20", -3480.55, "PAG ESTADO IVA DUC {d:15}"),
    S("EDP", UTIL, "m12", (-92, -60), "DD EDP COMERCIAL {k:9}"),
    S("MEO", UTIL, "m18", -44.99, "DD MEO SERVICOS COMUNICACOES {k:9}"),
    S("SMAS Mafra", UTIL, "2025-07-24,2025-09-23", (-58, -36), "PAG SERV 21098 SMAS DE MAFRA"),
    S("Fidelidade", INSUR, "m6", -186.40, "DD FIDELIDADE COMPANHIA DE SEGUROS {k:10}"),
    S("Polen Surfboards", EQUIP, "r2", (-1400, -520), MB + "POLEN SURFBOARDS ERICEIRA",
      card=True),
    S("Decathlon", EQUIP, "r2", (-640, -180), MB + "DECATHLON MAFRA", card=True),
    S("Continente", SUPPLIES, "r2", (-70, -22), MB + "CONTINENTE MODELO ERICEIRA", card=True),
    S("Galp", TRAVEL, "r2", (-75, -45), MB + "GALP ERICEIRA", card=True),
    S("Via Verde", TRAVEL, "2025-07-09,2025-09-09", (-38, -16), "DD VIA VERDE PORTUGAL {k:9}"),
    S("InvoiceXpress", SOFTWARE, "m4", -19.90, MB + "INVOICEXPRESS LISBOA", card=True),
    S("Meta", MARKETING, "r2", (-120, -40), MB + "FACEBK *{X:10} DUBLIN", card=True),
    S("Joana Marques", PROF, "m25", -123.00, "TRF P/ JOANA MARQUES CONTABILISTA"),
    S("Tiago Mendes", OWNER, "r3", (-1500, -700), "TRF P/ TIAGO MENDES", step=50),
    S("", LOAN, "m28", -455.20, "PREST 0123456789 EMPRESTIMO"),
    S("", FEES, "m2", -9.50, "COMISSAO MANUTENCAO CONTA"),
    S("", TAX, "m2", -0.38, "IMPOSTO SELO S/COMISSAO"),
    S("", XFER, "r2", (-200, -60), "LEVANTAMENTO ATM ERICEIRA", step=20),
    S("", SALES, "r2", (220, 900), "DEPOSITO NUMERARIO"),
    S("Tasca do Zé", MEALS, "r2", (-48, -18), MB + "TASCA DO ZE ERICEIRA", card=True),
])

BUSINESSES = [BREWERY, PHOTO, CLEAN, FLORIST, AGENCY, BOOKS, SKI, SURF]

# --------------------------------------------------------------------------- calendar


def is_banking_day(d: dt.date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in {(1, 1), (12, 25)}


def next_banking_day(d: dt.date) -> dt.date:
    while not is_banking_day(d):
        d += dt.timedelta(days=1)
    return d


def months(b: Business):
    y, m = b.start.year, b.start.month
    while (y, m) <= (b.end.year, b.end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def schedule(spec: Spec, b: Business, rng: random.Random) -> list[dt.date]:
    out: list[dt.date] = []
    banking = [b.start + dt.timedelta(days=i) for i in range((b.end - b.start).days + 1)]
    banking = [d for d in banking if is_banking_day(d)]
    for part in spec.when.split(","):
        if re.fullmatch(r"\d{4}-\d\d-\d\d", part):
            out.append(dt.date.fromisoformat(part))
        elif part == "last":
            for y, m in months(b):
                d = dt.date(y, m, calendar.monthrange(y, m)[1])
                while not is_banking_day(d):
                    d -= dt.timedelta(days=1)
                out.append(d)
        elif part.startswith("m"):
            day = int(part[1:])
            for y, m in months(b):
                d = dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))
                out.append(next_banking_day(d))
        elif part.startswith("r"):
            out.extend(rng.sample(banking, int(part[1:])))
        else:
            raise ValueError(part)
    for d in out:
        assert is_banking_day(d), (spec.entity, d)
    return sorted(d for d in out if b.start <= d <= b.end)


def amount(spec: Spec, rng: random.Random) -> float:
    lo, hi = sorted(spec.amount)
    if lo == hi:
        return lo
    steps = round((hi - lo) / spec.step)
    return round(lo + rng.randint(0, steps) * spec.step, 2)


PH = re.compile(r"\{([^{}]+)\}")


def render(tpl: str, spec: Spec, b: Business, post: dt.date, txn: dt.date, amt: float,
           rng: random.Random, inv: list) -> str:
    counts: Counter = Counter()

    def rnd(kind: str, n: int) -> str:
        if kind in "dk":
            return "".join(rng.choice(string.digits) for _ in range(n))
        if kind in "XK":
            return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))
        return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(n))

    def sub(m: re.Match) -> str:
        p = m.group(1)
        mm = re.fullmatch(r"([dXxkK]):(\d+)", p)
        if mm:
            kind, n = mm.group(1), int(mm.group(2))
            if kind in "kK":
                key = (p, counts[p])
                counts[p] += 1
                if key not in spec.kept:
                    spec.kept[key] = rnd(kind, n)
                return spec.kept[key]
            return rnd(kind, n)
        if "|" in p:
            return rng.choice(p.split("|"))
        prev = (post.replace(day=1) - dt.timedelta(days=1))
        table = {
            "card": lambda: rng.choice(b.cards),
            "inv": lambda: inv.pop(0),
            "amt": lambda: f"{abs(amt):.2f}",
            "amt_c": lambda: f"{abs(amt):.2f}".replace(".", ","),
            "mmdd": lambda: txn.strftime("%m%d"),
            "mm/dd": lambda: txn.strftime("%m/%d"),
            "mm/dd/yy": lambda: txn.strftime("%m/%d/%y"),
            "yymmdd": lambda: txn.strftime("%y%m%d"),
            "dd/mm": lambda: txn.strftime("%d/%m"),
            "dd.mm.": lambda: txn.strftime("%d.%m."),
            "dd/mm/yyyy": lambda: txn.strftime("%d/%m/%Y"),
            "ddMON": lambda: f"{txn.day:02d}{MON_EN[txn.month - 1]}",
            "dd-mm": lambda: txn.strftime("%d-%m"),
            "hh:mm": lambda: f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
            "MON": lambda: MON_EN[post.month - 1],
            "MES": lambda: MES_PT[post.month - 1],
            "mm/yyyy": lambda: post.strftime("%m/%Y"),
            "pmm/yyyy": lambda: prev.strftime("%m/%Y"),
            "yy": lambda: post.strftime("%y"),
        }
        return table[p]()

    return PH.sub(sub, tpl)


def build() -> list[list[str]]:
    rng = random.Random(SEED)
    rows: list[list[str]] = []
    for b in BUSINESSES:
        inv = [f"{b.inv_prefix}{n:04d}" for n in range(rng.randint(40, 400), 2000)]
        brows = []
        for spec in b.specs:
            assert spec.category in CATEGORIES, spec
            for post in schedule(spec, b, rng):
                txn = post
                if spec.card:
                    txn = max(b.start, post - dt.timedelta(days=rng.randint(0, 3)))
                amt = amount(spec, rng)
                tpl = rng.choice(spec.templates)
                brows.append((post, amt, tpl, spec, txn))
        brows.sort(key=lambda r: (r[0], r[3].entity, r[1]))
        for post, amt, tpl, spec, txn in brows:
            desc = render(tpl, spec, b, post, txn, amt, rng, inv)
            desc = re.sub(r"\\\\", r"\\", desc)
            rows.append([b.region, b.slug, post.isoformat(), f"{amt:.2f}", desc,
                         spec.entity, spec.category])
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    per_business = Counter(r[1] for r in rows)
    print(f"{len(rows)} rows -> {OUT.name}")
    for b in BUSINESSES:
        sub = [r for r in rows if r[1] == b.slug]
        print(f"  {b.slug:24s} {per_business[b.slug]:3d} rows, "
              f"{sum(float(r[3]) > 0 for r in sub):2d} in, "
              f"{len({r[5] for r in sub if r[5]}):2d} entities, "
              f"{sum(not r[5] for r in sub):2d} without entity, {sub[0][2]} .. {sub[-1][2]}")
    print("money in:", sum(float(r[3]) > 0 for r in rows),
          " no entity:", sum(not r[5] for r in rows),
          " distinct entities:", len({r[5] for r in rows if r[5]}))
    for cat, n in Counter(r[6] for r in rows).most_common():
        print(f"  {cat}: {n}")


if __name__ == "__main__":
    main()
