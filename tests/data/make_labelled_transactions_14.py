#!/usr/bin/env python3
"""Generate ``labelled_transactions_14.csv``: the fourteenth, blind evaluation set.

Six fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-13 uses: Bangor Savings Bank (Boothbay, Maine) and Nusenda Credit Union (Albuquerque, New
Mexico) in the US; Hampden & Co (Perth, Scotland) and Card One Money (Dolgellau, Gwynedd, Wales) in
the UK; DSK Bank (Kazanlak, Bulgaria, in Bulgarian, EUR since 1 Jan 2026) and Bank of Cyprus
(Paphos, English with some Greek) in the euro area. Written blind: its author read only
``README.md``, the header line of ``labelled_transactions_13.csv`` and the first 60 lines of
``make_labelled_transactions_13.py``; not CashPilot's code, vendor lists or rules, nor any earlier
rows. Descriptions are written from general knowledge of each bank's export style, not copied from
real exports.

Every counterparty is listed once below, by hand, as ``P(entity, category, schedule, amount,
template[s], **opts)``. Only per-occurrence noise (dates, amounts, references, times, which card) is
random, from the fixed seed ``SEED``: run the script twice and the CSV is byte-identical. Stable
identifiers (mandates, IBANs with valid check digits, ACH ids, policy, customer and loan numbers)
are derived from a hash of business, counterparty and key name (``c.kd`` / ``c.ka`` / ``c.kiban``),
so they stay the same between occurrences of one counterparty.

Schedules:
  ``("m", day[, months])``  monthly on ``day`` (next banking day), optionally only in month indexes
  ``("last"[, months])``    last banking day of the month
  ``("r", n)``              n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``     explicit dates (moved to the next banking day; card lines: purchase)
Amounts are signed: ``(lo, hi)`` uniform, a float (fixed) or a list (one per occurrence, in schedule
order). Card lines (``card=True``): the schedule gives the purchase date ``c.pd``; the line posts 0-2
banking days later (``c.d``). Templates are functions of the occurrence context ``c`` (see ``Ctx``).

Usage: python3 make_labelled_transactions_14.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import random
from collections import Counter
from pathlib import Path

SEED = 14_2026_1122
OUT = Path(__file__).with_name("labelled_transactions_14.csv")
D = dt.date
CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income", "Rent",
    "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising", "Utilities", "Taxes",
    "Supplies & Materials", "Loan Repayment", "Travel", "Meals & Entertainment",
    "Professional Services", "Equipment", "Insurance", "Bank Fees", "Cost of Goods Sold",
    "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
}
RNG = random.Random(SEED)


# ----------------------------------------------------------------------------- helpers
def cut(s: str, n: int) -> str:
    """Cut a field at the bank's width (trailing spaces dropped)."""
    return s[:n].rstrip()


def iban(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in (bban + country + "00").upper())
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def grp(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def us(x: float) -> str:
    return f"{x:,.2f}"


def eu(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def easter(y: int) -> D:  # Western (Gregorian) Easter, anonymous algorithm
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    mo, da = divmod(h + ll - 7 * m + 114, 31)
    return D(y, mo, da + 1)


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]
MONTH_BG = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
            "октомври", "ноември", "декември"]


class Ctx:
    """What a template sees for one occurrence."""

    def __init__(self, biz, key, occ, d, pd, amt, card):
        self.biz, self.key, self.occ, self.d, self.pd, self.amt, self.card = biz, key, occ, d, pd, amt, card
        self.x = abs(amt)
        self.a = f"{self.x:.2f}"        # 1234.56
        self.au = us(self.x)            # 1,234.56
        self.ae = eu(self.x)            # 1.234,56
        self.ac = self.a.replace(".", ",")  # 1234,56

    # stable values: same for every occurrence of one counterparty (or one business with bk=True)
    def _r(self, name, bk=False):
        seed = f"{self.biz.id}|{'' if bk else self.key}|{name}"
        return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))

    def kd(self, name, n, bk=False):
        r = self._r(name, bk)
        return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))

    def ka(self, name, n, bk=False, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        r = self._r(name, bk)
        return "".join(r.choice(alphabet) for _ in range(n))

    def kiban(self, name, country, fmt, bk=False):
        """fmt: bank-specific BBAN pattern, 'd' = digit, '@' = letter, other chars literal."""
        r = self._r(name, bk)
        bban = "".join(r.choice("0123456789") if ch == "d" else r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                       if ch == "@" else ch for ch in fmt)
        return iban(country, bban)

    # fresh noise
    @staticmethod
    def nd(n):
        return str(RNG.randint(1, 9)) + "".join(RNG.choice("0123456789") for _ in range(n - 1))

    @staticmethod
    def na(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
        return "".join(RNG.choice(alphabet) for _ in range(n))

    @staticmethod
    def t(lo=7, hi=21):
        return f"{RNG.randint(lo, hi - 1):02d}:{RNG.randint(0, 59):02d}"

    @staticmethod
    def pick(seq):
        return RNG.choice(seq)

    def pmon(self, names=MONTH_EN):  # name of the previous month
        return names[(self.d.month - 2) % 12]

    def mon(self, names=MONTH_EN):
        return names[self.d.month - 1]

    @property
    def dmon(self):  # purchase date as 14OCT / posting as ddMONyy helpers
        return f"{self.pd.day:02d}{MON[self.pd.month - 1]}"


class P:
    def __init__(self, entity, category, sched, amount, tpl, card=False, ordered=False, note=""):
        assert category in CATEGORIES, category
        self.entity, self.category, self.sched, self.amount = entity, category, sched, amount
        self.tpl = tpl if isinstance(tpl, (list, tuple)) else [tpl]
        self.card, self.ordered = card, ordered


class Biz:
    def __init__(self, id, region, months, holidays, cards, cps):
        self.id, self.region, self.months, self.holidays, self.cards, self.cps = \
            id, region, months, set(holidays), cards, cps
        self.start = D(*months[0], 1)
        y, m = months[-1]
        self.end = D(y, m, calendar.monthrange(y, m)[1])

    def bday(self, d):
        return d.weekday() < 5 and d not in self.holidays

    def next_bday(self, d):
        while not self.bday(d):
            d += dt.timedelta(days=1)
        return d

    def add_bdays(self, d, n):
        d = self.next_bday(d)
        for _ in range(n):
            d = self.next_bday(d + dt.timedelta(days=1))
        return d


def dates_for(b: Biz, p: P):
    kind = p.sched[0]
    out = []
    if kind in ("m", "last"):
        arg = p.sched[1] if kind == "m" else None
        idxs = p.sched[2] if kind == "m" and len(p.sched) > 2 else (
            p.sched[1] if kind == "last" and len(p.sched) > 1 else range(len(b.months)))
        for i in idxs:
            y, m = b.months[i]
            last = calendar.monthrange(y, m)[1]
            if kind == "m":
                d = D(y, m, min(arg, last))
                out.append(d if p.card else b.next_bday(d))
            else:
                d = D(y, m, last)
                while not b.bday(d):
                    d -= dt.timedelta(days=1)
                out.append(d)
    elif kind == "r":
        span = (b.end - b.start).days
        while len(out) < p.sched[1]:
            d = b.start + dt.timedelta(days=RNG.randint(0, span))
            if p.card:
                if (d.month, d.day) in ((12, 25), (1, 1)):
                    continue
            elif not b.bday(d):
                continue
            out.append(d)
        out.sort()
    elif kind == "d":
        out = [D.fromisoformat(s) if p.card else b.next_bday(D.fromisoformat(s)) for s in p.sched[1]]
    else:
        raise ValueError(p.sched)
    return out


def amount_for(p: P, i: int) -> float:
    a = p.amount
    if isinstance(a, list):
        return a[i]
    if isinstance(a, tuple):
        lo, hi = a
        return round(RNG.uniform(lo, hi), 2)
    return a


def build(businesses):
    rows = []
    for b in businesses:
        brows = []
        for pi, p in enumerate(b.cps):
            key = f"{pi}:{p.entity}:{p.category}"
            for i, d in enumerate(dates_for(b, p)):
                pd = d
                if p.card:
                    lag = RNG.choices([0, 1, 2], [5, 4, 2])[0]
                    d = b.add_bdays(pd, lag)
                if d < b.start or d > b.end:
                    continue
                amt = amount_for(p, i)
                card = RNG.choice(b.cards) if b.cards else ""
                c = Ctx(b, key, i, d, pd, amt, card)
                tpl = p.tpl[i % len(p.tpl)] if p.ordered else RNG.choice(p.tpl)
                desc = " ".join(tpl(c).split())
                brows.append((d, pi, i, [b.region, b.id, d.isoformat(), f"{amt:.2f}", desc, p.entity, p.category]))
        brows.sort(key=lambda r: (r[0], r[1], r[2]))
        rows += [r[3] for r in brows]
    return rows


# ============================================================================ businesses
# --------------------------------------------------------------------------- us-boatyard
# Linekin Bay Boatyard LLC, Boothbay (Lincoln County), Maine: hauling, winter storage,
# shrink-wrapping, engine and hull repair; a parts counter and fuel dock in season.
# Bank: Bangor Savings Bank business checking (reconstructed layout, capitals).
US_HOL = {D(2025, 9, 1), D(2025, 10, 13), D(2025, 11, 11), D(2025, 11, 27), D(2025, 12, 25),
          D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 16), D(2026, 5, 25), D(2026, 6, 19)}


def bsb_card(merchant, city, st="ME", kind="VISA"):
    return lambda c: f"POS DEBIT {kind} {c.pd:%m/%d} {cut(merchant, 22)} {cut(city, 13)} {st} CARD {c.card}"


def bsb_pin(merchant, city, st="ME"):
    return lambda c: f"POS DEBIT PIN {c.pd:%m/%d} {c.t()} {cut(merchant, 22)} {cut(city, 13)} {st} CARD {c.card}"


def bsb_ach(direction, company, entry, idkey="id"):
    return lambda c: f"ACH {direction} {cut(company, 16)} {cut(entry, 10)} {c.kd(idkey.lstrip('*'), 10, idkey[0] == '*')} CCD"


BOATYARD = Biz("us-boatyard", "US", [(2025, 9), (2025, 10), (2025, 11)], US_HOL, ["4417", "4425"], [
    # --- money in
    P("Square", "Sales Revenue", ("r", 5), (140.0, 2650.0),
      lambda c: f"ACH CREDIT SQUARE INC {c.d:%y%m%d}P2 L2{c.na(11)} CCD"),
    P("Peter Lindgren", "Service Income", ("d", ["2025-09-22", "2025-11-06"]), [1850.00, 642.50],
      lambda c: f"ZELLE PAYMENT FROM PETER LINDGREN {c.pick(['HAUL AND STORAGE', 'WINTER STORAGE BAL'])} CONF# {c.na(9).lower()}"),
    P("Margaret O'Brien", "Service Income", ("d", ["2025-10-03", "2025-11-14"]), [1120.00, 980.40],
      lambda c: f"ZELLE PAYMENT FROM MARGARET OBRIEN {c.pick(['invoice ', 'inv '])}{c.d.month * 37 + 2100} CONF# {c.na(9).lower()}"),
    P("Carol Desjardins", "Service Income", ("d", ["2025-10-21"]), [2315.75],
      lambda c: f"ZELLE PAYMENT FROM CAROL DESJARDINS shrinkwrap + storage Sea Smoke CONF# {c.na(9).lower()}"),
    P("Thomas Weymouth", "Service Income", ("d", ["2025-09-09"]), [465.00],
      lambda c: f"ZELLE PAYMENT FROM THOMAS WEYMOUTH MOORING HAUL CONF# {c.na(9).lower()}"),
    P("", "Service Income", ("r", 3), (380.0, 4200.0),
      lambda c: f"REMOTE DEPOSIT CAPTURE {c.pick([1, 1, 2, 3])} ITEM(S) REF {c.nd(9)}"),
    P("Richard Halvorsen", "Service Income", ("d", ["2025-10-15"]), [14250.00],
      lambda c: f"INCOMING WIRE TRF FED REF {c.nd(6)} ORG RICHARD P HALVORSEN OBI HULL 46 REPOWER DEPOSIT IMAD {c.d:%Y%m%d}QMGFT0{c.nd(2)}{c.nd(6)}"),
    P("", "Bank Fees", ("d", ["2025-10-15"]), [-15.00], lambda c: "WIRE IN FEE"),
    P("Damariscove Sailing Club", "Service Income", ("d", ["2025-09-30", "2025-11-19"]), [3600.00, 2880.00],
      lambda c: f"ACH CREDIT BILL.COM PAYABLES {c.kd('bc', 10)} CCD Damariscove Sailing Cl Acct {c.ka('acct', 6)} - Inv #{c.d.month * 37 + 2100}"),
    P("GEICO Marine", "Service Income", ("d", ["2025-11-03"]), [6418.22],
      lambda c: f"ACH CREDIT GEICO MARINE INS CLAIM PMT {c.kd('id', 10)} CCD CLM {c.kd('claim', 9)}"),
    P("Hamilton Marine", "Refunds", ("d", ["2025-10-11"]), [88.49],
      bsb_card("HAMILTON MARINE", "SEARSPORT", kind="VISA CREDIT")),
    # --- money out: premises, payroll, taxes
    P("Wiscasset Road Holdings", "Rent", ("m", 1), -2400.00,
      lambda c: f"BILL PAY WISCASSET ROAD HOLD ON-LINE {c.nd(10)} ON {c.d:%m/%d}"),
    P("ADP", "Salaries & Payroll", ("d", ["2025-09-12", "2025-10-24", "2025-11-21"]), (-9650.0, -7400.0),
      bsb_ach("DEBIT", "ADP WAGE PAY", "WAGE PAY", "*adp")),
    P("ADP", "Salaries & Payroll", ("d", ["2025-09-12", "2025-10-24", "2025-11-21"]), (-3350.0, -2450.0),
      bsb_ach("DEBIT", "ADP TAX", "ADP TAX", "*adp")),
    P("ADP", "Software & Subscriptions", ("d", ["2025-10-15"]), (-231.0, -187.0),
      bsb_ach("DEBIT", "ADP PAYROLL FEES", "ADP FEES", "*adp")),
    P("Maine Revenue Services", "Taxes", ("m", 15), (-1480.0, -610.0),
      lambda c: f"ACH DEBIT ME REVENUE SVCS SALES TAX {c.kd('id', 10)} CCD"),
    P("Town of Boothbay", "Taxes", ("d", ["2025-10-31"]), [-4962.18],
      lambda c: f"BILL PAY TOWN OF BOOTHBAY ON-LINE {c.nd(10)} ON {c.d:%m/%d} ACCT {c.kd('map', 3)}-{c.kd('lot', 3)}"),
    # --- utilities
    P("Central Maine Power", "Utilities", ("m", 18, [0, 2]), (-910.0, -520.0),
      bsb_ach("DEBIT", "CENTRAL MAINE PWR", "CMP BILL")),
    P("Dead River Company", "Utilities", ("d", ["2025-11-25"]), [-1088.15],
      bsb_ach("DEBIT", "DEAD RIVER CO", "AUTOPAY")),
    P("Consolidated Communications", "Utilities", ("m", 9, [0, 2]), (-189.0, -174.0),
      bsb_ach("DEBIT", "CONSOLIDATED COM", "ONLINE PMT")),
    P("Verizon", "Utilities", ("m", 24, [1]), (-246.0, -238.0),
      lambda c: f"POS DEBIT VISA RECUR {c.pd:%m/%d} VZWRLSS*MY VZ VB P 800-922-0204 FL CARD {c.card}", card=True),
    P("Casella Waste Systems", "Utilities", ("m", 5, [1]), (-318.0, -296.0),
      bsb_ach("DEBIT", "CASELLA WASTE SY", "PAYMENT")),
    # --- job costs, supplies, equipment
    P("Hamilton Marine", "Cost of Goods Sold", ("r", 3), (-940.0, -86.0),
      [bsb_card("HAMILTON MARINE", "SEARSPORT"), bsb_card("HAMILTON MARINE #4", "ROCKLAND")], card=True),
    P("Kellogg Marine Supply", "Cost of Goods Sold", ("d", ["2025-09-25", "2025-10-30"]), [-2318.60, -3904.15],
      bsb_ach("DEBIT", "KELLOGG MARINE S", "PAYMENT")),
    P("Dr. Shrink", "Cost of Goods Sold", ("d", ["2025-10-02"]), [-1846.30],
      bsb_card("DR SHRINK INC", "MANISTEE", "MI"), card=True),
    P("Hammond Lumber", "Supplies & Materials", ("r", 2), (-420.0, -64.0),
      [bsb_card("HAMMOND LUMBER CO 07", "BOOTHBAY"), bsb_pin("HAMMOND LUMBER CO 07", "BOOTHBAY")], card=True),
    P("Irving", "Travel", ("r", 3), (-128.0, -61.0),
      [bsb_pin("IRVING OIL 5127", "WISCASSET"), bsb_card("IRVING OIL 5127", "WISCASSET")], card=True),
    P("Marine Travelift", "Equipment", ("d", ["2025-09-17"]), [-2740.00],
      lambda c: f"ACH DEBIT MARINE TRAVELIFT SVC INVOICE {c.kd('id', 10)} CCD", ),
    # --- insurance, finance, software, people
    P("Acadia Insurance", "Insurance", ("m", 20, [1, 2]), -1186.42,
      bsb_ach("DEBIT", "ACADIA INSURANCE", "INS PREM")),
    P("MEMIC", "Insurance", ("m", 8, [1, 2]), -642.00, bsb_ach("DEBIT", "MEMIC INDEMNITY", "PREMIUM")),
    P("Kubota Credit", "Loan Repayment", ("m", 12, [0, 2]), -731.18,
      bsb_ach("DEBIT", "KUBOTA CREDIT CO", "PAYMENT")),
    P("", "Loan Repayment", ("m", 28, [0, 1]), -3112.65,
      lambda c: f"LOAN PMT TO 01-{c.kd('loan', 7)} FROM DDA"),
    P("Dockwa", "Software & Subscriptions", ("m", 3, [2]), -149.00,
      lambda c: f"POS DEBIT VISA RECUR {c.pd:%m/%d} DOCKWA INC DOCKWA.COM RI CARD {c.card}", card=True),
    P("Intuit", "Software & Subscriptions", ("m", 11, [1, 2]), -99.00,
      lambda c: f"POS DEBIT VISA RECUR {c.pd:%m/%d} INTUIT *QBooks Online CL.INTUIT.COM CA CARD {c.card}", card=True),
    P("Meta", "Marketing & Advertising", ("r", 1), (-240.0, -75.0),
      lambda c: f"POS DEBIT VISA {c.pd:%m/%d} FACEBK *{c.na(10)} fb.me/ads CA CARD {c.card}", card=True),
    P("Damariscotta Tax & Accounting", "Professional Services", ("d", ["2025-10-20"]), [-675.00],
      lambda c: f"BILL PAY DAMARISCOTTA TAX ON-LINE {c.nd(10)} ON {c.d:%m/%d}"),
    P("Kevin Doucette", "Professional Services", ("d", ["2025-09-19", "2025-11-10"]), [-1240.00, -860.00],
      lambda c: f"ZELLE PAYMENT TO KEVIN DOUCETTE {c.pick(['wiring Halvorsen boat', 'electrical sub', 'inv 0' + c.nd(2)])} CONF# {c.na(9).lower()}"),
    P("Jared Pinkham", "Owner Draw / Contribution", ("d", ["2025-09-30", "2025-10-31"]), [-4000.00, -5000.00],
      lambda c: f"ZELLE PAYMENT TO JARED PINKHAM OWNER DRAW CONF# {c.na(9).lower()}"),
    P("", "Internal Transfer", ("d", ["2025-11-17"]), [-8000.00],
      lambda c: f"ONLINE TRANSFER TO SAV XXXXXX{c.kd('sav', 4)} ON {c.d:%m/%d}"),
    P("", "Internal Transfer", ("m", 6, [2]), (-2900.0, -1100.0),
      lambda c: f"BANGOR SAVINGS BANK BUSINESS VISA PMT {c.kd('cc', 4)}"),
    P("", "Bank Fees", ("last",), (-58.0, -41.0), lambda c: "ACCOUNT ANALYSIS FEE"),
    P("Dunkin'", "Meals & Entertainment", ("r", 1), (-38.0, -21.0),
      bsb_card("DUNKIN #343519 Q35", "BOOTHBAY HARB"), card=True),
])

# ------------------------------------------------------------------------ us-tortilleria
# Tortilleria Los Volcanes LLC, Albuquerque, New Mexico: corn and flour tortillas, tamales and
# chips; a retail counter (Square, DoorDash) and wholesale to a distributor, restaurants and a
# grocer. Owners Tomás and Marisela Baca. Bank: Nusenda Credit Union business checking
# (Symitar-style export, mixed case, "Withdrawal"/"Deposit" first, owner's name cut at 20).
NUS_NAME = "TORTILLERIA LOS VOL"


def nus_card(merchant, city, mcc, st="NM", kind="Withdrawal Debit Card Purchase"):
    return lambda c: (f"{kind} {merchant} {city} {st} Date {c.pd:%m/%d/%y} {c.nd(1)} {c.nd(12)} {c.nd(1)} "
                      f"{mcc} Card {c.card}")


def nus_pos(merchant, city, st="NM"):
    return lambda c: f"Withdrawal POS #{c.nd(12)} {merchant} {city} {st} Card {c.card}"


def nus_ach(direction, company, entry, idkey="id"):
    def f(c):
        e = entry(c) if callable(entry) else entry
        return (f"{direction} ACH {cut(company, 16)} TYPE: {e} ID: {c.kd(idkey.lstrip('*'), 10, idkey[0] == '*')} CO: {cut(company, 16)} "
                f"NAME: {NUS_NAME}")
    return f


def nus_zelle(direction, name, memo=None):
    word = "From" if direction == "Deposit" else "To"
    return lambda c: (f"{direction} Zelle {word} {name}{(' ' + memo(c)) if memo else ''} Conf# {c.na(9).lower()}")


TORTILLERIA = Biz("us-tortilleria", "US", [(2026, 2), (2026, 3), (2026, 4)], US_HOL, ["0388", "0396"], [
    # --- money in
    P("Square", "Sales Revenue", ("r", 8), (260.0, 1380.0),
      nus_ach("Deposit", "SQUARE INC", lambda c: f"{c.d:%y%m%d}P2", "sq")),
    P("DoorDash", "Sales Revenue", ("d", ["2026-02-24", "2026-04-07"]), [412.66, 538.19],
      nus_ach("Deposit", "DOORDASH, INC.", "PAYMENT", "dd")),
    P("Shamrock Foods", "Sales Revenue", ("d", ["2026-02-12", "2026-03-12", "2026-04-09"]), (1480.0, 3260.0),
      nus_ach("Deposit", "SHAMROCK FOODS CO", lambda c: "PAYMENTS", "sh")),
    P("Duke City Eats Hospitality", "Sales Revenue", ("d", ["2026-03-03", "2026-04-02"]), [1867.50, 2104.00],
      nus_ach("Deposit", "DUKE CITY EATS HO", "VENDOR PMT", "dc")),
    P("Rio Bravo Market", "Sales Revenue", ("d", ["2026-02-20", "2026-03-27"]), [744.00, 816.00],
      nus_zelle("Deposit", "RIO BRAVO MARKET LLC", lambda c: c.pick(["inv", "INV", "invoice"]) + f" {c.d.month}{c.nd(3)}")),
    P("Lorraine Gallegos", "Sales Revenue", ("d", ["2026-03-17"]), [360.00],
      nus_zelle("Deposit", "LORRAINE GALLEGOS", lambda c: "tamales 30 doz catering")),
    P("", "Sales Revenue", ("r", 2), (640.0, 1720.0),
      lambda c: f"Deposit Cash Teller Branch 00{c.pick(['14', '14', '06'])}"),
    P("Restaurant Depot", "Refunds", ("d", ["2026-03-10"]), [46.18],
      nus_card("RESTAURANT DEPOT #1041", "ALBUQUERQUE", "5399", kind="Deposit Debit Card Credit")),
    P("", "Interest", ("last",), (0.41, 1.87), lambda c: "Deposit Dividend 0.050%"),
    # --- money out: ingredients and packaging
    P("Valle de Oro Corn", "Cost of Goods Sold", ("d", ["2026-02-06", "2026-03-06", "2026-04-03"]), (-2980.0, -2210.0),
      lambda c: f"Withdrawal Bill Payment #{c.nd(4)} VALLE DE ORO CORN {c.kd('acct', 5)}"),
    P("Azteca Milling", "Cost of Goods Sold", ("d", ["2026-02-18", "2026-04-15"]), [-1412.80, -1388.40],
      nus_ach("Withdrawal", "AZTECA MILLING L", "ACH PMT", "az")),
    P("Restaurant Depot", "Cost of Goods Sold", ("r", 2), (-690.0, -180.0),
      [nus_card("RESTAURANT DEPOT #1041", "ALBUQUERQUE", "5399"), nus_pos("RESTAURANT DEPOT 1041", "ALBUQUERQUE")], card=True),
    P("Uline", "Cost of Goods Sold", ("d", ["2026-03-04"]), [-518.27],
      nus_card("ULINE *SHIP SUPPLIES", "800-295-5510", "5111", st="WI"), card=True),
    P("Sandia Label & Print", "Cost of Goods Sold", ("d", ["2026-02-26"]), [-386.40],
      nus_card("SQ *SANDIA LABEL & PRIN", "Albuquerque", "2741"), card=True),
    # --- premises, people, taxes
    P("Candelaria Industrial Park", "Rent", ("m", 1), -3150.00,
      nus_ach("Withdrawal", "CANDELARIA INDUS", "RENT", "ci")),
    P("Gusto", "Salaries & Payroll", ("d", ["2026-02-13", "2026-03-13", "2026-04-10"]), (-7380.0, -5820.0),
      nus_ach("Withdrawal", "GUSTO", lambda c: f"NET {c.na(6)}", "*gu")),
    P("Gusto", "Salaries & Payroll", ("d", ["2026-02-13", "2026-03-13", "2026-04-10"]), (-2460.0, -1810.0),
      nus_ach("Withdrawal", "GUSTO", lambda c: f"TAX {c.na(6)}", "*gu")),
    P("Gusto", "Software & Subscriptions", ("d", ["2026-03-02"]), [-136.00],
      nus_ach("Withdrawal", "GUSTO", lambda c: f"FEE {c.na(6)}", "*gu")),
    P("New Mexico Taxation and Revenue Department", "Taxes", ("m", 25), (-1640.0, -980.0),
      nus_ach("Withdrawal", "NM TAXATION&REV", "CRS PAYMNT", "trd")),
    P("City of Albuquerque", "Taxes", ("d", ["2026-03-19"]), [-35.00],
      nus_card("CITY OF ALBQ BUS REG", "505-924-3890", "9399"), card=True),
    P("PNM", "Utilities", ("m", 11, [0, 2]), (-1180.0, -860.0), nus_ach("Withdrawal", "PNM", "ONLINE PMT", "pnm")),
    P("New Mexico Gas Company", "Utilities", ("m", 16, [0, 1]), (-1520.0, -940.0),
      nus_ach("Withdrawal", "NM GAS CO", "UTIL PYMT", "nmg")),
    P("ABCWUA", "Utilities", ("m", 21, [1]), (-286.0, -214.0), nus_ach("Withdrawal", "ABCWUA", "WEB PAY", "w")),
    P("Comcast", "Utilities", ("m", 8, [1]), -164.85,
      nus_card("COMCAST BUSINESS", "800-391-3000", "4899", st="PA", kind="Withdrawal Recurring Debit Card"), card=True),
    P("WM", "Utilities", ("m", 4, [2]), -212.40,
      nus_ach("Withdrawal", "WM EZPAY", "WEB PAY", "wm")),
    P("Orkin", "Other Expense", ("m", 14, [1]), -89.00,
      nus_card("ORKIN #832", "ALBUQUERQUE", "7342", kind="Withdrawal Recurring Debit Card"), card=True),
    # --- equipment, vehicle, insurance, overheads
    P("Casa Herrera", "Equipment", ("d", ["2026-02-10"]), [-684.12],
      nus_card("CASA HERRERA INC", "POMONA", "5084", st="CA"), card=True),
    P("Ruben Sandoval", "Equipment", ("d", ["2026-02-11"]), [-450.00],
      nus_zelle("Withdrawal", "RUBEN SANDOVAL", lambda c: "tortilla machine repair")),
    P("", "Loan Repayment", ("m", 20, [0, 1]), -612.74, lambda c: f"Withdrawal Transfer To Loan 00{c.kd('ln', 2)}"),
    P("Progressive", "Insurance", ("m", 7, [0, 2]), -288.16,
      nus_ach("Withdrawal", "PROGRESSIVE INS", "INS PREM", "pg")),
    P("Employers", "Insurance", ("m", 23, [2]), -171.00,
      nus_ach("Withdrawal", "EMPLOYERS PREFER", "PREMIUM", "em")),
    P("Allsup's", "Travel", ("r", 1), (-84.0, -46.0),
      [nus_pos("ALLSUPS 361", "ALBUQUERQUE"), nus_card("ALLSUPS 361", "ALBUQUERQUE", "5541")], card=True),
    P("Blake's Lotaburger", "Meals & Entertainment", ("r", 1), (-41.0, -18.0),
      nus_card("BLAKES LOTABURGER #42", "ALBUQUERQUE", "5814"), card=True),
    P("Costco", "Supplies & Materials", ("r", 1), (-310.0, -120.0),
      nus_pos("COSTCO WHSE #0423", "ALBUQUERQUE"), card=True),
    P("Meta", "Marketing & Advertising", ("r", 1), (-90.0, -40.0),
      nus_card("FACEBK *" + "R7KD2MXQA2", "fb.me/ads", "7311", st="CA"), card=True),
    P("Sawmill Sunday Market", "Marketing & Advertising", ("d", ["2026-04-12"]), [-75.00],
      nus_card("SQ *SAWMILL SUNDAY MARKE", "Albuquerque", "7399"), card=True),
    P("Intuit", "Software & Subscriptions", ("m", 17, [1]), -99.00,
      nus_card("INTUIT *QBooks Online", "CL.INTUIT.COM", "5734", st="CA", kind="Withdrawal Recurring Debit Card"), card=True),
    P("Sandia Peak Bookkeeping", "Professional Services", ("d", ["2026-03-24"]), [-550.00],
      lambda c: f"Withdrawal Bill Payment #{c.nd(4)} SANDIA PEAK BOOKKEEPING {c.kd('acct', 5)}"),
    P("Tomás Baca", "Owner Draw / Contribution", ("d", ["2026-02-27", "2026-03-31"]), [-2500.00, -3000.00],
      nus_zelle("Withdrawal", "TOMAS BACA", lambda c: "owner draw")),
    P("", "Internal Transfer", ("d", ["2026-04-16"]), [-1500.00],
      lambda c: "Withdrawal Transfer To Share 0009 GRT RESERVE"),
    P("", "Bank Fees", ("last",), -15.00, lambda c: "Fee Business Checking Monthly Service Charge"),
])

# -------------------------------------------------------------------------- uk-kiltmaker
# Tay Tartan Kiltmakers Ltd, Perth, Scotland: hand-sewn kilts and Highland dress, sold in the
# shop (SumUp), online (Shopify) and to pipe bands and a hire shop; also wedding hire and
# alterations. Director Ewan Drummond. Bank: Hampden & Co business current account
# (reconstructed layout: capitals, transaction type first, names and references cut at 18).
SCOT_HOL = {D(2026, 1, 1), D(2026, 1, 2), D(2026, 4, 3), D(2026, 4, 6), D(2025, 12, 25), D(2025, 12, 26)}


def hc_card(merchant, town, country="GBR", fx=None):
    def f(c):
        extra = ""
        if fx:
            cur, rate = fx
            extra = f" {cur} {c.x * rate:.2f} @ {rate:.4f}"
        return (f"VISA DEBIT PURCHASE {cut(merchant, 22)} {town} {country} ON {c.pd.day:02d} "
                f"{MON[c.pd.month - 1]} {c.pd.year}{extra} CARD ENDING {c.card}")
    return f


def hc(kind, name, ref):
    return lambda c: f"{kind} {cut(name, 18)} {cut(ref(c) if callable(ref) else ref, 18)}"


KILT = Biz("uk-kiltmaker", "UK", [(2026, 1), (2026, 2), (2026, 3)], SCOT_HOL, ["6021"], [
    # --- money in
    P("Shopify", "Sales Revenue", ("r", 5), (310.0, 1840.0),
      hc("BACS CREDIT", "SHOPIFY INTERNATIONAL", lambda c: f"P{c.nd(9)}")),
    P("SumUp", "Sales Revenue", ("r", 4), (180.0, 1260.0),
      hc("FASTER PAYMENT RECEIVED FROM", "SUMUP PAYMENTS LIMITED", lambda c: f"SUMUP PAYOUT {c.nd(8)}")),
    P("Perth & District Pipe Band", "Sales Revenue", ("d", ["2026-01-20", "2026-03-16"]), [2400.00, 3185.00],
      hc("FASTER PAYMENT RECEIVED FROM", "PERTH & DISTRICT PIPE BAND", lambda c: f"INV TTK-{c.d:%y}{c.d.month * 9 + 40:03d} KILTS")),
    P("Balhousie Highland Hire", "Sales Revenue", ("d", ["2026-02-09", "2026-03-24"]), [1560.00, 1170.00],
      hc("BACS CREDIT", "BALHOUSIE HIGHLAND HIRE", lambda c: f"TTK{c.d.month * 9 + 40:03d} {c.nd(4)}")),
    P("William J Mackay", "Sales Revenue", ("d", ["2026-02-17"]), [986.40],
      lambda c: "INTERNATIONAL PAYMENT RECEIVED WILLIAM J MACKAY USD 1,320.00 RATE 1.3382 REF MACKAY TARTAN KILT"),
    P("", "Bank Fees", ("d", ["2026-02-17"]), [-7.00], lambda c: "INTERNATIONAL PAYMENT CHARGE"),
    P("Kirsty Henderson", "Service Income", ("d", ["2026-02-02", "2026-03-09"]), [150.00, 445.00],
      hc("FASTER PAYMENT RECEIVED FROM", "MISS KIRSTY HENDERSON", lambda c: c.pick(["WEDDING HIRE", "HIRE 6 OUTFITS"]))),
    P("A Ferguson", "Service Income", ("d", ["2026-03-04"]), [95.00],
      hc("FASTER PAYMENT RECEIVED FROM", "MR A FERGUSON", "HIRE DEPOSIT")),
    P("J Murray", "Service Income", ("d", ["2026-01-27"]), [68.00],
      hc("FASTER PAYMENT RECEIVED FROM", "J MURRAY", "KILT ALTERATION")),
    P("Lochcarron of Scotland", "Refunds", ("d", ["2026-03-11"]), [112.80],
      hc("FASTER PAYMENT RECEIVED FROM", "LOCHCARRON OF SCOTLAND LTD", lambda c: f"CN {c.nd(5)}")),
    # --- cloth, findings, postage
    P("Lochcarron of Scotland", "Cost of Goods Sold", ("d", ["2026-01-13", "2026-02-12", "2026-03-12"]), (-2480.0, -880.0),
      hc("FASTER PAYMENT TO", "LOCHCARRON OF SCOTLAND LTD", lambda c: f"TAYTAR{c.kd('cust', 4)} {c.nd(6)}")),
    P("Glenalmond Weavers", "Cost of Goods Sold", ("d", ["2026-01-29", "2026-03-05"]), [-1345.00, -960.50],
      hc("FASTER PAYMENT TO", "GLENALMOND WEAVERS", lambda c: f"INV {c.nd(4)}")),
    P("Braemar Leathercraft", "Cost of Goods Sold", ("d", ["2026-02-05", "2026-03-19"]), [-742.00, -615.60],
      hc("FASTER PAYMENT TO", "BRAEMAR LEATHERCRAFT", lambda c: f"SPORRANS {c.nd(4)}")),
    P("William Gee", "Cost of Goods Sold", ("r", 1), (-210.0, -90.0), hc_card("WILLIAM GEE LTD", "LONDON"), card=True),
    P("Royal Mail", "Cost of Goods Sold", ("r", 1), (-96.0, -28.0), hc_card("ROYALMAIL CLICK &DROP", "LONDON"), card=True),
    P("DPD", "Cost of Goods Sold", ("m", 8, [1]), -48.36, hc("DIRECT DEBIT", "DPD GROUP UK LTD", lambda c: f"{c.kd('acct', 7)}")),
    P("Amazon", "Supplies & Materials", ("r", 1), (-64.0, -12.0),
      hc_card("AMAZON* " + "2K41M07R4", "AMAZON.CO.UK"), card=True),
    # --- premises and overheads
    P("St John's Place Properties", "Rent", ("m", 1), -1650.00,
      hc("STANDING ORDER TO", "ST JOHNS PLACE PROPERTIES", "TAY TARTAN RENT")),
    P("Perth & Kinross Council", "Taxes", ("m", 1, [0, 1]), -187.00,
      hc("DIRECT DEBIT", "PERTH & KINROSS COUNCIL", lambda c: f"NDR {c.kd('ndr', 8)}")),
    P("Octopus Energy", "Utilities", ("m", 14, [0, 1]), (-240.0, -168.0),
      hc("DIRECT DEBIT", "OCTOPUS ENERGY LTD", lambda c: f"A-{c.ka('acct', 8, alphabet='0123456789ABCDEF')}")),
    P("Castle Water", "Utilities", ("m", 20, [1]), -96.54, hc("DIRECT DEBIT", "CASTLE WATER LTD", lambda c: c.kd('acct', 9))),
    P("BT", "Utilities", ("m", 24, [2]), -52.80, hc("DIRECT DEBIT", "BT GROUP PLC", lambda c: f"{c.ka('acct', 2, alphabet='ABCDEFGHJKLMNPRSTUVWXYZ')}{c.kd('acct2', 8)}")),
    P("E Stewart", "Salaries & Payroll", ("last",), (-1690.0, -1640.0),
      hc("FASTER PAYMENT TO", "E STEWART", lambda c: f"SALARY {c.mon()[:3].upper()}")),
    P("Morag Lindsay", "Salaries & Payroll", ("last",), (-1320.0, -1275.0),
      hc("FASTER PAYMENT TO", "MORAG LINDSAY", lambda c: f"WAGES {c.mon()[:3].upper()} 26")),
    P("HMRC", "Salaries & Payroll", ("m", 21, [0, 1]), (-980.0, -860.0),
      hc("FASTER PAYMENT TO", "HMRC CUMBERNAULD", lambda c: f"{c.kd('aoref', 3, True)}PX{c.kd('aonum', 8, True)}26{(c.d.month + 8) % 12:02d}")),
    P("HMRC", "Taxes", ("d", ["2026-02-09"]), [-3418.71], hc("DIRECT DEBIT", "HMRC VAT", lambda c: c.kd('vrn', 9))),
    P("HMRC", "Taxes", ("d", ["2026-01-30"]), [-4886.20],
      hc("FASTER PAYMENT TO", "HMRC CUMBERNAULD", lambda c: f"{c.kd('utr', 10, True)}A00125A")),
    P("NEST", "Salaries & Payroll", ("m", 17, [1, 2]), (-118.0, -109.0),
      hc("DIRECT DEBIT", "NEST", lambda c: f"{c.kd('emp', 9)}{c.d:%m%y}")),
    P("Xero", "Software & Subscriptions", ("m", 6, [0, 2]), -42.00,
      hc("DIRECT DEBIT", "XERO UK LTD", lambda c: f"{c.ka('ref', 8)}")),
    P("Shopify", "Software & Subscriptions", ("m", 3, [0, 1]), -36.00,
      hc_card("SHOPIFY* " + "318457790", "INTERNET", "IRL"), card=True),
    P("Simply Business", "Insurance", ("m", 10, [1, 2]), -47.18,
      hc("DIRECT DEBIT", "SIMPLY BUSINESS", lambda c: f"SB{c.kd('pol', 8)}")),
    P("DSL Business Finance", "Loan Repayment", ("m", 15, [0, 2]), -612.40,
      hc("DIRECT DEBIT", "DSL BUSINESS FINANCE", lambda c: f"LN{c.kd('loan', 6)}")),
    P("Meta", "Marketing & Advertising", ("r", 1), (-85.0, -30.0), hc_card("FACEBK *" + "J8T2KQWL2", "FB.ME/ADS", "IRL"), card=True),
    P("Google", "Marketing & Advertising", ("m", 1, [1]), -74.63, hc_card("GOOGLE *ADS" + "4471809216", "CC GOOGLE.COM", "IRL"), card=True),
    P("Tayside Wedding Fayre", "Marketing & Advertising", ("d", ["2026-01-22"]), [-180.00],
      hc("FASTER PAYMENT TO", "TAYSIDE WEDDING FAYRE", "STAND 14 MARCH")),
    P("ScotRail", "Travel", ("d", ["2026-02-23"]), [-27.90], hc_card("SCOTRAIL TICKETS", "GLASGOW"), card=True),
    P("Premier Inn", "Travel", ("d", ["2026-02-24"]), [-89.00], hc_card("PREMIER INN44529701", "EDINBURGH"), card=True),
    P("Canva", "Software & Subscriptions", ("d", ["2026-03-02"]), [-11.19],
      hc_card("CANVA* " + "04418800211", "SYDNEY", "AUS", fx=("USD", 1.3406)), card=True),
    P("", "Bank Fees", ("d", ["2026-03-04"]), [-0.31], lambda c: "NON-STERLING TRANSACTION FEE"),
    P("Costa Coffee", "Meals & Entertainment", ("r", 1), (-14.0, -6.0), hc_card("COSTA COFFEE 43016", "PERTH"), card=True),
    P("Kinnoull Accountants", "Professional Services", ("d", ["2026-02-26"]), [-960.00],
      hc("FASTER PAYMENT TO", "KINNOULL ACCOUNTANTS", lambda c: f"INV {c.nd(5)} YE APR25")),
    P("Tayside Sewing Machines", "Equipment", ("d", ["2026-01-15"]), [-235.00],
      hc("FASTER PAYMENT TO", "TAYSIDE SEWING MACHINES", "SERVICE JUKI DDL")),
    P("E Drummond", "Owner Draw / Contribution", ("d", ["2026-03-27"]), [-3000.00],
      hc("FASTER PAYMENT TO", "E DRUMMOND", "DIVIDEND")),
    P("", "Internal Transfer", ("d", ["2026-02-20"]), [-5000.00],
      lambda c: f"TRANSFER TO DEPOSIT ACCOUNT {c.kd('dep', 8)} BUSINESS DEPOSIT"),
    P("", "Bank Fees", ("m", 1), -15.00, lambda c: f"ACCOUNT MAINTENANCE FEE {c.pmon()[:3].upper()} {(c.d - dt.timedelta(days=28)):%Y}"),
])

# ------------------------------------------------------------------------ uk-stonemason
# Gethin Roberts, trading as Cerrig Meirion Stonework, Dolgellau, Gwynedd, Wales: sole trader,
# dry-stone walling, slate and lime work for householders, farms, the national park, the
# council, the National Trust and a builder (paid net of CIS). Bank: Card One Money business
# account (e-money, reconstructed layout: mixed case, fields joined with " - ", names cut at 18).
EW_HOL = {D(2025, 5, 26), D(2025, 8, 25), D(2025, 12, 25), D(2025, 12, 26)}


def c1_card(merchant, town):
    return lambda c: f"Card Purchase - {cut(merchant, 22)} {town} GB - {c.pd:%d/%m/%Y} - Card *{c.card}"


def c1(kind, name, ref):
    return lambda c: f"{kind} - {cut(name, 18)} - {cut(ref(c) if callable(ref) else ref, 18)}"


def cms_inv(c):
    return f"{1000 + (c.d - D(2025, 1, 1)).days // 4}"


STONE = Biz("uk-stonemason", "UK", [(2025, 6), (2025, 7), (2025, 8)], EW_HOL, ["7730"], [
    # --- money in
    P("D Williams", "Service Income", ("d", ["2025-06-09", "2025-07-14"]), [600.00, 2240.00], ordered=True,
      tpl=[c1("Faster Payment In", "MR & MRS D WILLIAMS", "DEPOSIT GARDEN WALL"),
           c1("Faster Payment In", "MR & MRS D WILLIAMS", lambda c: f"BALANCE INV {cms_inv(c)}")]),
    P("Eleri Huws", "Service Income", ("d", ["2025-06-23", "2025-08-04"]), [450.00, 1385.00], ordered=True,
      tpl=[c1("Faster Payment In", "ELERI HUWS", "BLAENDAL WAL GARDD"),
           c1("Faster Payment In", "ELERI HUWS", lambda c: f"ANFONEB {cms_inv(c)}")]),
    P("R Barrington", "Service Income", ("d", ["2025-07-29"]), [960.00],
      c1("Faster Payment In", "R BARRINGTON", "ABERDYFI STEPS")),
    P("Siân Pryce-Jones", "Service Income", ("d", ["2025-08-19"]), [725.00],
      c1("Faster Payment In", "SIAN PRYCE-JONES", lambda c: f"INV {cms_inv(c)} POINTING")),
    P("Eryri National Park Authority", "Service Income", ("d", ["2025-06-27", "2025-08-22"]), [3840.00, 2915.00],
      c1("Faster Payment In", "ERYRI NATIONAL PARK AUTHORITY", lambda c: f"PO {c.kd('po', 6)} {c.nd(4)}")),
    P("National Trust", "Service Income", ("d", ["2025-07-18"]), [1680.00],
      c1("Faster Payment In", "NATIONAL TRUST", lambda c: f"CMS INV {cms_inv(c)}")),
    P("Fferm Tyddyn Du", "Service Income", ("d", ["2025-06-16"]), [1150.00],
      c1("Faster Payment In", "FFERM TYDDYN DU", "WAL CERRIG SYCH")),
    P("Adeiladwyr Llŷn", "Service Income", ("d", ["2025-06-06", "2025-07-04", "2025-08-01"]), [1344.00, 1612.80, 1075.20],
      c1("Faster Payment In", "ADEILADWYR LLYN CYF", lambda c: f"CIS NET WK {c.d.isocalendar()[1] - 14:02d}")),
    P("Cyngor Gwynedd", "Service Income", ("d", ["2025-08-12"]), [2150.00],
      c1("Faster Payment In", "CYNGOR GWYNEDD", lambda c: f"{c.kd('supp', 7)} MYNWENT LLANELLTYD")),
    P("", "Service Income", ("d", ["2025-06-30", "2025-08-08"]), [420.00, 265.00],
      lambda c: "Cash Deposit - Post Office Dolgellau"),
    P("", "Bank Fees", ("d", ["2025-06-30", "2025-08-08"]), [-2.10, -1.33], lambda c: "Cash Deposit Fee"),
    P("Screwfix", "Refunds", ("d", ["2025-07-09"]), [34.99],
      lambda c: f"Card Refund - SCREWFIX DIRECT PORTHMADOG GB - {c.d:%d/%m/%Y} - Card *{c.card}"),
    # --- stone, slate, lime (built into customers' walls) and tipping
    P("Greaves Welsh Slate", "Cost of Goods Sold", ("d", ["2025-06-11", "2025-08-06"]), [-1186.50, -742.80],
      c1("Faster Payment Out", "GREAVES WELSH SLATE CO", lambda c: f"INV {c.nd(6)}")),
    P("Ty-Mawr Lime", "Cost of Goods Sold", ("r", 2), (-460.0, -140.0), c1_card("TY-MAWR LIME LTD", "BRECON"), card=True),
    P("Chwarel Bryn Llus", "Cost of Goods Sold", ("d", ["2025-06-18", "2025-07-23"]), [-880.00, -640.00],
      c1("Faster Payment Out", "CHWAREL BRYN LLUS", lambda c: f"CERRIG {c.nd(3)}")),
    P("Gwynedd Skip Hire", "Cost of Goods Sold", ("d", ["2025-07-21"]), [-264.00],
      c1("Faster Payment Out", "GWYNEDD SKIP HIRE", lambda c: f"SKIP {c.nd(4)}")),
    P("Cyngor Gwynedd", "Cost of Goods Sold", ("d", ["2025-06-20"]), [-48.00],
      c1_card("CYNGOR GWYNEDD GWASTR", "FFRIDD RASUS"), card=True),
    P("Huws Gray", "Supplies & Materials", ("r", 3), (-210.0, -38.0), c1_card("HUWS GRAY", "DOLGELLAU"), card=True),
    P("Screwfix", "Supplies & Materials", ("r", 2), (-96.0, -18.0), c1_card("SCREWFIX DIRECT", "PORTHMADOG"), card=True),
    P("Toolstation", "Supplies & Materials", ("r", 1), (-45.0, -15.0), c1_card("TOOLSTATION", "ABERYSTWYTH"), card=True),
    P("Amazon", "Supplies & Materials", ("r", 1), (-39.0, -12.0), c1_card("AMZNMKTPLACE", "AMAZON.CO.UK"), card=True),
    P("Brandon Hire Station", "Equipment", ("d", ["2025-07-07"]), [-126.60], c1_card("BRANDON HIRE STATION", "BANGOR"), card=True),
    P("Meirion Mowers", "Equipment", ("d", ["2025-06-13"]), [-689.00], c1_card("SUMUP *MEIRION MOWERS", "DOLGELLAU"), card=True),
    # --- van, insurance, phone, software, marketing
    P("Esso", "Travel", ("r", 2), (-88.0, -52.0), c1_card("ESSO PENLLYN SERVICE", "BALA"), card=True),
    P("Texaco", "Travel", ("r", 2), (-92.0, -48.0), c1_card("TEXACO MARIAN SERV STN", "DOLGELLAU"), card=True),
    P("Startline Motor Finance", "Loan Repayment", ("m", 2), -318.44,
      c1("Direct Debit", "STARTLINE MOTOR FIN", lambda c: f"{c.kd('agr', 8)}")),
    P("Admiral", "Insurance", ("m", 12), -74.12, c1("Direct Debit", "ADMIRAL INSURANCE", lambda c: f"P{c.kd('pol', 9)}")),
    P("Hiscox", "Insurance", ("m", 19, [0, 2]), -21.87, c1("Direct Debit", "HISCOX UNDERWRITING", lambda c: f"{c.ka('pol', 3)}{c.kd('pol2', 7)}")),
    P("EE", "Utilities", ("m", 25), (-38.0, -34.0), c1("Direct Debit", "EE LIMITED", lambda c: f"{c.kd('acct', 10)}")),
    P("Intuit", "Software & Subscriptions", ("m", 14, [0, 1]), -12.00, c1("Direct Debit", "INTUIT LIMITED", lambda c: f"{c.ka('ref', 10)}")),
    P("Checkatrade", "Marketing & Advertising", ("m", 1), -118.80, c1("Direct Debit", "CHECKATRADE.COM", lambda c: f"CAT{c.kd('mem', 6)}")),
    P("Dry Stone Walling Association", "Software & Subscriptions", ("d", ["2025-07-01"]), [-60.00],
      c1_card("DRY STONE WALLING ASSO", "PENRITH"), card=True),
    # --- people, owner, tax
    P("W H Evans", "Rent", ("m", 1), -150.00, c1("Standing Order", "W H EVANS", "YARD RENT")),
    P("Dafydd Jones", "Professional Services", ("d", ["2025-06-13", "2025-07-11", "2025-07-25", "2025-08-15"]),
      (-720.0, -480.0), c1("Faster Payment Out", "DAFYDD JONES", lambda c: f"LABOUR WK {c.d.isocalendar()[1]}")),
    P("Pritchard & Owen Cyfrifwyr", "Professional Services", ("d", ["2025-07-24"]), [-420.00],
      c1("Faster Payment Out", "PRITCHARD & OWEN CYFRIFWYR", lambda c: f"INV {c.nd(4)} TAX RTN")),
    P("HMRC", "Owner Draw / Contribution", ("d", ["2025-07-30"]), [-2388.60],
      c1("Faster Payment Out", "HMRC SELF ASSESSMENT", lambda c: f"{c.kd('utr', 10)}K")),
    P("Gethin Roberts", "Owner Draw / Contribution", ("d", ["2025-06-27", "2025-07-25", "2025-08-29"]), [-1500.00, -1800.00, -1500.00],
      c1("Faster Payment Out", "GETHIN ROBERTS", "DRAWINGS")),
    P("Caffi'r Llew", "Meals & Entertainment", ("r", 2), (-14.0, -6.0), c1_card("SUMUP *CAFFI'R LLEW", "DOLGELLAU"), card=True),
    P("", "Internal Transfer", ("d", ["2025-07-16"]), [-100.00], lambda c: "Cash Withdrawal - LINK ATM BARMOUTH GB"),
    P("", "Bank Fees", ("d", ["2025-07-16"]), [-1.50], lambda c: "ATM Withdrawal Fee"),
    P("", "Bank Fees", ("m", 1), -14.95, lambda c: "Monthly Account Fee"),
])

# --------------------------------------------------------------------- bg-rose-cosmetics
# Дамаскена Натурал ЕООД (Damascena Natural), Kazanlak, Bulgaria: rose-water and rose-oil
# cosmetics made in a rented workshop; sold online (Stripe, Econt cash on delivery), to a
# souvenir shop, a spa hotel and a German importer. Manager and sole owner Десислава Пенева.
# Bank: DSK Bank (Банка ДСК) business current account in EUR since 1 Jan 2026 (reconstructed
# DSK Direct export in Bulgarian; card lines carry the card network's Latin merchant name).
BG_HOL = {D(2026, 1, 1), D(2026, 3, 3), D(2026, 4, 10), D(2026, 4, 13), D(2026, 5, 1), D(2026, 5, 6),
          D(2026, 5, 25), D(2026, 9, 22), D(2026, 12, 24), D(2026, 12, 25)}
DSK_MASK = "4169 58** ****"
EIK = "205814736"  # the company's own ЕИК (invented)


def dsk_pos(merchant, town, country="BG"):
    return lambda c: (f"ПОС плащане с карта {DSK_MASK} {c.card} на {c.pd:%d.%m.%Y} в {c.t(8, 20)} "
                      f"{cut(merchant, 25)} {town} {country}")


def dsk_web(merchant, city, country):
    return lambda c: f"Плащане в интернет с карта {DSK_MASK} {c.card} на {c.pd:%d.%m.%Y} {cut(merchant, 25)} {city} {country}"


def dsk_in(name, iban_fmt, reason, sepa=False):
    kind = "Получен SEPA кредитен превод от" if sepa else "Получен кредитен превод от"
    return lambda c: (f"{kind} {name} IBAN {c.kiban('iban', iban_fmt[:2], iban_fmt[2:])} Основание: "
                      f"{reason(c) if callable(reason) else reason}")


def dsk_out(name, iban_fmt, reason):
    return lambda c: (f"Нареден кредитен превод към {name} IBAN {c.kiban('iban', iban_fmt[:2], iban_fmt[2:])} "
                      f"Основание: {reason(c) if callable(reason) else reason}")


def dsk_nap(code, what):
    return lambda c: (f"Плащане към бюджета ТД НА НАП ПЛОВДИВ IBAN {c.kiban('nap', 'BG', 'BNBG96618000dddddd', True)} "
                      f"Вид плащане {code} Основание: {what(c) if callable(what) else what} ЕИК {EIK}")


def bgm(c, back=1):  # "03.2026" for the month `back` months before the posting date
    y, m = c.d.year, c.d.month - back
    if m < 1:
        y, m = y - 1, m + 12
    return f"{m:02d}.{y}"


ROSE = Biz("bg-rose-cosmetics", "EU", [(2026, 3), (2026, 4), (2026, 5)], BG_HOL, ["2205"], [
    # --- money in
    P("Stripe", "Sales Revenue", ("r", 4), (240.0, 1180.0),
      dsk_in("STRIPE TECHNOLOGY EUROPE LTD", "IESTRPdddddddddddddd", lambda c: f"STRIPE PAYOUT {c.na(8)}", sepa=True)),
    P("Еконт", "Sales Revenue", ("r", 3), (310.0, 1460.0),
      dsk_in("ЕКОНТ ЕКСПРЕС ООД", "BGUNCRdddddd10dddddd", lambda c: f"Наложени платежи по ППП {c.nd(10)}")),
    P("Розариум Казанлък", "Sales Revenue", ("d", ["2026-04-08", "2026-05-19"]), [864.00, 1296.00],
      dsk_in("РОЗАРИУМ КАЗАНЛЪК ЕООД", "BGFINVdddddd10dddddd", lambda c: f"Плащане по ф-ра {c.d.month * 47 + 1000:010d}")),
    P("СПА Хотел Енина", "Sales Revenue", ("d", ["2026-03-20", "2026-05-08"]), [540.00, 612.00],
      dsk_in("СПА ХОТЕЛ ЕНИНА ЕООД", "BGSTSAdddddd10dddddd", lambda c: f"ф-ра {c.d.month * 47 + 1000:010d} козметика")),
    P("Rosenhaus Naturkosmetik", "Sales Revenue", ("d", ["2026-03-31", "2026-05-28"]), [2340.00, 1980.00],
      dsk_in("ROSENHAUS NATURKOSMETIK GMBH", "DEdddddddddddddddddd", lambda c: f"RE {c.d.month * 47 + 1000:010d} ROSENWASSER", sepa=True)),
    P("", "Sales Revenue", ("d", ["2026-05-12"]), [380.00], lambda c: "Вноска на каса в брой от ДЕСИСЛАВА ПЕНЕВА Основание: оборот магазин"),
    P("ИАНМСП", "Other Income", ("d", ["2026-05-22"]), [1650.00],
      dsk_in("ИЗПЪЛНИТЕЛНА АГЕНЦИЯ ЗА НАСЪРЧАВАНЕ НА МСП", "BGBNBGdddd10dddddddd", "Възстановяване разходи участие панаир Cosmoprof 2026")),
    P("Aroma-Zone", "Refunds", ("d", ["2026-04-16"]), [23.40],
      lambda c: f"Възстановена сума по плащане с карта {DSK_MASK} {c.card} AROMA-ZONE CABRIERES D'AVI FR"),
    # --- money out: ingredients, packaging, shipping
    P("Дестилерия Енина", "Cost of Goods Sold", ("d", ["2026-03-10", "2026-04-21"]), [-1860.00, -2475.00],
      dsk_out("ДЕСТИЛЕРИЯ ЕНИНА ООД", "BGUBBSdddddd10dddddd", lambda c: f"Ф-ра {c.nd(10)} розова вода")),
    P("Стоян Минчев", "Cost of Goods Sold", ("d", ["2026-05-27"]), [-940.00],
      dsk_out("ЕТ СТОЯН МИНЧЕВ", "BGSTSAdddddd10dddddd", "розов цвят 470 кг реколта 2026")),
    P("Тракия Глас Пак", "Cost of Goods Sold", ("d", ["2026-03-17", "2026-05-05"]), [-1128.60, -864.00],
      dsk_out("ТРАКИЯ ГЛАС ПАК ООД", "BGRZBBdddddd10dddddd", lambda c: f"Ф-ра {c.nd(10)} флакони")),
    P("Печатница Искра", "Cost of Goods Sold", ("d", ["2026-04-02"]), [-312.00],
      dsk_out("ПЕЧАТНИЦА ИСКРА ЕООД", "BGSTSAdddddd10dddddd", lambda c: f"Ф-ра {c.nd(10)} етикети")),
    P("Aroma-Zone", "Cost of Goods Sold", ("r", 2), (-340.0, -95.0),
      dsk_web("AROMA-ZONE", "CABRIERES D'AVI", "FR"), card=True),
    P("Еконт", "Cost of Goods Sold", ("d", ["2026-04-06", "2026-05-06"]), [-212.46, -248.90],
      dsk_out("ЕКОНТ ЕКСПРЕС ООД", "BGUNCRdddddd10dddddd", lambda c: f"Ф-ра {c.nd(10)} куриерски услуги {bgm(c)}")),
    P("Спиди", "Cost of Goods Sold", ("d", ["2026-04-09"]), [-86.30],
      dsk_out("СПИДИ АД", "BGUNCRdddddd10dddddd", lambda c: f"ф-ра {c.nd(10)} доставки")),
    # --- premises, people, state
    P("Иван Колев", "Rent", ("m", 5), -550.00,
      dsk_out("ИВАН ПЕТРОВ КОЛЕВ", "BGSTSAdddddd10dddddd", lambda c: f"Наем цех м.{bgm(c, 0)}")),
    P("Мария Димитрова", "Salaries & Payroll", ("m", 10), (-905.0, -880.0),
      dsk_out("МАРИЯ ИВАНОВА ДИМИТРОВА", "BGSTSAdddddd10dddddd", lambda c: f"Заплата м.{bgm(c)}")),
    P("Гергана Стоянова", "Salaries & Payroll", ("m", 10, [0, 1]), (-760.0, -735.0),
      dsk_out("ГЕРГАНА НИКОЛОВА СТОЯНОВА", "BGFINVdddddd10dddddd", lambda c: f"Заплата м.{bgm(c)}")),
    P("НАП", "Salaries & Payroll", ("m", 24), (-720.0, -690.0),
      dsk_nap("561100", lambda c: f"Осигурителни вноски ДОО ДЗПО ЗО за {bgm(c)}")),
    P("НАП", "Salaries & Payroll", ("m", 24, [0, 2]), (-160.0, -148.0),
      dsk_nap("110000", lambda c: f"ДДФЛ по чл.42 ЗДДФЛ за {bgm(c)}")),
    P("НАП", "Taxes", ("m", 13), (-1420.0, -520.0), dsk_nap("442100", lambda c: f"ДДС за {bgm(c)}")),
    P("Община Казанлък", "Taxes", ("d", ["2026-04-28"]), [-61.36],
      lambda c: f"Плащане към бюджета ОБЩИНА КАЗАНЛЪК IBAN {c.kiban('iban', 'BG', 'STSAdddd84dddddddd')} Вид плащане 442400 Основание: Данък МПС СТ{c.kd('reg', 4)}АК 2026 ЕИК {EIK}"),
    P("ЕВН", "Utilities", ("m", 15), (-260.0, -170.0),
      lambda c: f"Плащане на сметка ЕВН БЪЛГАРИЯ ЕЛЕКТРОСНАБДЯВАНЕ ЕАД Абонатен номер {c.kd('ab', 10)} за {bgm(c)}"),
    P("ВиК Стара Загора", "Utilities", ("m", 18, [2]), (-58.0, -34.0),
      lambda c: f"Плащане на сметка ВИК ЕООД СТАРА ЗАГОРА Абонатен номер {c.kd('ab', 7)} за {bgm(c)}"),
    P("A1", "Utilities", ("m", 12, [0, 2]), -38.99, dsk_web("A1 BULGARIA EAD", "SOFIA", "BG"), card=True),
    P("ДЗИ", "Insurance", ("d", ["2026-03-26"]), [-212.00],
      dsk_out("ДЗИ - ОБЩО ЗАСТРАХОВАНЕ ЕАД", "BGUNCRdddddd10dddddd", lambda c: f"Полица {c.kd('pol', 11)} имущество цех")),
    P("Булстрад", "Insurance", ("d", ["2026-04-24"]), [-148.50],
      dsk_out("ЗАД БУЛСТРАД ВИЕНА ИНШУРЪНС ГРУП", "BGSTSAdddddd10dddddd", lambda c: f"ГО МПС полица BG/02/{c.kd('pol', 12)}")),
    P("Счетоводна къща Делта-К", "Professional Services", ("m", 7), -180.00,
      dsk_out("СЧЕТОВОДНА КЪЩА ДЕЛТА-К ЕООД", "BGSTSAdddddd10dddddd", lambda c: f"Счетоводно обслужване {bgm(c)}")),
    P("", "Loan Repayment", ("m", 20), -426.18,
      lambda c: f"Погасяване на главница и лихва по кредит № {c.kd('ln', 8)} вноска {c.d.month + 14}/60"),
    # --- card spending
    P("Shopify", "Software & Subscriptions", ("m", 4), -36.00, dsk_web("SHOPIFY* " + "317902446", "SHOPIFY.COM", "IE"), card=True),
    P("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -8.10, dsk_web("GOOGLE *GSUITE_damascen", "DUBLIN", "IE"), card=True),
    P("Микроинвест", "Software & Subscriptions", ("d", ["2026-03-12"]), [-96.00],
      dsk_out("МИКРОИНВЕСТ ООД", "BGUNCRdddddd10dddddd", "Абонамент Склад Pro 2026")),
    P("Meta", "Marketing & Advertising", ("r", 1), (-95.0, -28.0), dsk_web("FACEBK *" + "8KJW2R4QA2", "fb.me/ads", "IE"), card=True),
    P("BolognaFiere", "Marketing & Advertising", ("d", ["2026-03-02"]), [-420.00], dsk_web("BOLOGNAFIERE SPA", "BOLOGNA", "IT"), card=True),
    P("OMV", "Travel", ("r", 1), (-78.0, -40.0), dsk_pos("OMV 1093", "KAZANLAK"), card=True),
    P("Happy Bar & Grill", "Meals & Entertainment", ("r", 1), (-64.0, -29.0), dsk_pos("HAPPY BAR AND GRILL", "STARA ZAGORA"), card=True),
    P("Kaufland", "Supplies & Materials", ("r", 1), (-58.0, -14.0), dsk_pos("KAUFLAND BULGARIA 6100", "KAZANLAK"), card=True),
    P("Praktiker", "Supplies & Materials", ("r", 1), (-120.0, -35.0), dsk_pos("PRAKTIKER STARA ZAGORA", "STARA ZAGORA"), card=True),
    P("Technopolis", "Equipment", ("d", ["2026-04-18"]), [-689.00], dsk_pos("TECHNOPOLIS 17", "STARA ZAGORA"), card=True),
    # --- owner, own accounts, bank
    P("Десислава Пенева", "Owner Draw / Contribution", ("d", ["2026-05-29"]), [-3000.00],
      dsk_out("ДЕСИСЛАВА ПЕНЕВА", "BGSTSAdddddd10dddddd", "Изплащане дивидент за 2025")),
    P("", "Internal Transfer", ("d", ["2026-04-15"]), [-200.00],
      lambda c: f"Теглене от банкомат с карта {DSK_MASK} {c.card} на {c.d:%d.%m.%Y} BANKA DSK KAZANLAK BG"),
    P("", "Bank Fees", ("last",), -7.67, lambda c: f"Такса за обслужване на разплащателна сметка {bgm(c, 0)}"),
])

# ------------------------------------------------------------------- cy-villa-management
# Aphrodite Coast Villa Management Ltd, Paphos, Cyprus: manages holiday villas for foreign and
# Cypriot owners (monthly management fees, pool and garden care, changeovers, linen, key-holding,
# winterising); owners pay by SEPA, SWIFT and card (Stripe). Director Andreas Kyriakou. Bank: Bank
# of Cyprus business current account (reconstructed 1bank export, English, with Greek where the
# counterparty is registered in Greek).
CY_HOL = {D(2025, 10, 1), D(2025, 10, 28), D(2025, 12, 24), D(2025, 12, 25), D(2025, 12, 26), D(2026, 1, 1),
          D(2026, 1, 6)}
OWN_CY = "APHRODITE COAST VILLA MANAGEMENT LTD"


def boc_card(merchant, town, country="CY", fx=None):
    def f(c):
        extra = f" {fx[0]} {c.x * fx[1]:.2f}" if fx else ""
        return f"Card Purchase 4921 54** **** {c.card} {cut(merchant, 22)} {town} {country} {c.pd:%d/%m/%Y}{extra}"
    return f


def boc_sepa_in(name, iban_fmt, ref):
    return lambda c: (f"Incoming SEPA Transfer from {name} {c.kiban('iban', iban_fmt[:2], iban_fmt[2:])} "
                      f"Ref: {ref(c) if callable(ref) else ref}")


def boc_out(name, iban_fmt, ref, kind="Outgoing SEPA Transfer to"):
    return lambda c: (f"{kind} {name} {c.kiban('iban', iban_fmt[:2], iban_fmt[2:])} "
                      f"Ref: {ref(c) if callable(ref) else ref}")


def boc_dd(creditor, ref):
    return lambda c: f"Direct Debit {creditor} Mandate {ref(c)}"


def acv_inv(c):
    return f"ACV-{c.d:%y}{(c.d - D(2025, 1, 1)).days // 2:03d}"


VILLA = Biz("cy-villa-management", "EU", [(2025, 10), (2025, 11), (2025, 12)], CY_HOL, ["3318", "3326"], [
    # --- money in: owners' fees and extras
    P("James Whitfield", "Service Income", ("m", 3), 420.00,
      boc_sepa_in("JAMES WHITFIELD", "BE@@dddddddddddd", lambda c: f"VILLA ANEMONE {c.mon()[:3].upper()} MGMT")),
    P("Ulrike Brandt", "Service Income", ("d", ["2025-10-06", "2025-12-04"]), [980.00, 640.00],
      boc_sepa_in("ULRIKE BRANDT", "DEdddddddddddddddddd", lambda c: f"Rechnung {acv_inv(c)}")),
    P("Yael Mizrahi", "Service Income", ("d", ["2025-11-12"]), [1860.00],
      lambda c: f"Incoming SWIFT Transfer from YAEL MIZRAHI EUR 1,860.00 BIC LUMIILITXXX Ref: {acv_inv(c)} VILLA PEYIA Q4"),
    P("", "Bank Fees", ("d", ["2025-11-12"]), [-12.00], lambda c: "Charges for Incoming SWIFT Transfer"),
    P("Michael Hargreaves", "Service Income", ("d", ["2025-10-22"]), [1210.37],
      lambda c: f"Incoming SWIFT Transfer from MR MICHAEL HARGREAVES GBP 1,050.00 Rate 0.8675 Ref: {acv_inv(c)}"),
    P("", "Bank Fees", ("d", ["2025-10-22"]), [-12.00], lambda c: "Charges for Incoming SWIFT Transfer"),
    P("Κώστας Παπαδόπουλος", "Service Income", ("d", ["2025-10-14", "2025-12-12"]), [350.00, 350.00],
      lambda c: f"1bank Transfer from ΠΑΠΑΔΟΠΟΥΛΟΣ ΚΩΣΤΑΣ Ref: Διαχείριση οικίας Τάλα {c.mon()[:3].upper()}"),
    P("Sea Breeze Holiday Homes", "Service Income", ("d", ["2025-10-09", "2025-11-10", "2025-12-10"]), [2640.00, 2215.00, 1980.00],
      boc_sepa_in("SEA BREEZE HOLIDAY HOMES LTD", "CY005ddddd" + "dddddddddddddddd", lambda c: f"INV {acv_inv(c)}")),
    P("Stripe", "Sales Revenue", ("r", 3), (160.0, 920.0),
      boc_sepa_in("STRIPE TECHNOLOGY EUROPE LTD", "IESTRPdddddddddddddd", lambda c: f"STRIPE PAYOUT {c.na(8)}")),
    P("IKEA", "Refunds", ("d", ["2025-11-25"]), [59.00],
      lambda c: f"Card Refund 4921 54** **** {c.card} IKEA NICOSIA NICOSIA CY {c.d:%d/%m/%Y}"),
    # --- people and state
    P("Elena Popescu", "Salaries & Payroll", ("last",), (-1165.0, -1140.0),
      boc_out("ELENA POPESCU", "CY002ddddd" + "dddddddddddddddd", lambda c: f"SALARY {c.mon()[:3].upper()} 2025", kind="1bank Transfer to")),
    P("Lakshmi Perera", "Salaries & Payroll", ("last",), (-1090.0, -1060.0),
      boc_out("LAKSHMI PERERA", "CY005ddddd" + "dddddddddddddddd", lambda c: f"SALARY {c.mon()[:3].upper()} 2025")),
    P("Marios Constantinou", "Salaries & Payroll", ("last", [0, 1]), (-1480.0, -1455.0),
      boc_out("MARIOS CONSTANTINOU", "CY002ddddd" + "dddddddddddddddd", lambda c: f"SALARY {c.mon()[:3].upper()} 2025", kind="1bank Transfer to")),
    P("Υπηρεσίες Κοινωνικών Ασφαλίσεων", "Salaries & Payroll", ("m", 30), (-1080.0, -1020.0),
      lambda c: f"JCCsmart Payment ΥΠΗΡΕΣΙΕΣ ΚΟΙΝΩΝΙΚΩΝ ΑΣΦΑΛΙΣΕΩΝ Αρ. Εργοδότη {c.kd('er', 6)} Περίοδος {MON[(c.d - dt.timedelta(days=20)).month - 2]}/2025"),
    P("Tax Department", "Salaries & Payroll", ("m", 30, [0, 2]), (-196.0, -168.0),
      lambda c: f"JCCsmart Payment TAX DEPARTMENT PAYE {c.kd('tic', 8, True)}{c.ka('ticl', 1, True, 'ABCDEFGHKLMNPRSTVXYZ')} PERIOD {(c.d.month - 1):02d}/2025"),
    P("Tax Department", "Taxes", ("d", ["2025-11-10"]), [-3264.50],
      lambda c: f"JCCsmart Payment TAX DEPARTMENT VAT 10{c.kd('vat', 6, True)}{c.ka('vatl', 1, True, 'ABCDEFGHKLMNPRSTVXYZ')} PERIOD 07/25-09/25"),
    P("Μαρία Χριστοδούλου", "Rent", ("m", 1), -850.00,
      lambda c: f"Standing Order to ΧΡΙΣΤΟΔΟΥΛΟΥ ΜΑΡΙΑ {c.kiban('iban', 'CY', '002ddddd' + 'dddddddddddddddd')} Ref: ΕΝΟΙΚΙΟ ΓΡΑΦΕΙΟΥ"),
    # --- job costs, supplies
    P("Kouklia Laundry", "Cost of Goods Sold", ("d", ["2025-10-08", "2025-11-07", "2025-12-05"]), (-1240.0, -560.0),
      boc_out("KOUKLIA LAUNDRY SERVICES LTD", "CY005ddddd" + "dddddddddddddddd", lambda c: f"INV {c.nd(5)} LINEN")),
    P("Alphamega", "Cost of Goods Sold", ("r", 2), (-180.0, -46.0), boc_card("ALPHAMEGA HYPERMARKET", "PAFOS"), card=True),
    P("Sklavenitis", "Supplies & Materials", ("r", 1), (-95.0, -22.0), boc_card("SKLAVENITIS KATO PAFOS", "PAFOS"), card=True),
    P("Pafos Pool Supplies", "Supplies & Materials", ("d", ["2025-10-16", "2025-12-03"]), [-412.30, -186.75],
      boc_out("PAFOS POOL SUPPLIES LTD", "CY018ddddd" + "dddddddddddddddd", lambda c: f"INV {c.nd(4)} CHLORINE")),
    P("Superhome Center", "Supplies & Materials", ("r", 1), (-140.0, -30.0), boc_card("SUPERHOME CENTER PAFOS", "PAFOS"), card=True),
    P("Andreas Georgiou", "Professional Services", ("d", ["2025-10-31", "2025-11-28"]), [-780.00, -640.00],
      boc_out("GEORGIOU ANDREAS", "CY002ddddd" + "dddddddddddddddd", lambda c: f"POOL SERVICE {c.mon()[:3].upper()}", kind="1bank Transfer to")),
    P("Nikos Hadjipetrou", "Professional Services", ("d", ["2025-11-04", "2025-12-02"]), [-520.00, -390.00],
      boc_out("HADJIPETROU NIKOS", "CY005ddddd" + "dddddddddddddddd", lambda c: f"GARDENS {c.pmon()[:3].upper()}")),
    P("Stephanis", "Equipment", ("d", ["2025-11-18"]), [-349.00], boc_card("STEPHANIS PAFOS", "PAFOS"), card=True),
    # --- utilities, insurance, software, marketing
    P("EAC", "Utilities", ("m", 20, [0, 2]), (-168.0, -112.0), boc_dd("ELECTRICITY AUTHORITY OF CYPRUS", lambda c: f"{c.kd('acct', 12)}")),
    P("Cyta", "Utilities", ("m", 11, [0, 2]), (-74.0, -69.0), boc_dd("CYTA", lambda c: f"CY{c.kd('acct', 9)}")),
    P("ΕΟΑ Πάφου", "Utilities", ("d", ["2025-11-21"]), [-86.40],
      lambda c: f"JCCsmart Payment ΕΠΑΡΧΙΑΚΟΣ ΟΡΓΑΝΙΣΜΟΣ ΑΥΤΟΔΙΟΙΚΗΣΗΣ ΠΑΦΟΥ Λογ. Νερού {c.kd('acct', 8)}"),
    P("Δήμος Πάφου", "Utilities", ("d", ["2025-10-17"]), [-185.00],
      lambda c: f"JCCsmart Payment ΔΗΜΟΣ ΠΑΦΟΥ Τέλη Σκυβάλων 2025 Αρ. {c.kd('acct', 7)}"),
    P("Genikes Insurance", "Insurance", ("m", 5, [0, 1]), -96.20, boc_dd("GENIKES INSURANCE OF CYPRUS LTD", lambda c: f"{c.kd('pol', 10)}")),
    P("Guesty", "Software & Subscriptions", ("m", 2, [1, 2]), -118.52, boc_card("GUESTY INC", "NEW YORK", "US", fx=("USD", 1.1671)), card=True),
    P("", "Bank Fees", ("m", 2, [1, 2]), (-1.20, -1.10), lambda c: "Foreign Card Transaction Fee"),
    P("Microsoft", "Software & Subscriptions", ("m", 9, [1]), -12.60, boc_card("MICROSOFT*365 BUSINESS", "MSBILL.INFO", "IE"), card=True),
    P("Google", "Marketing & Advertising", ("m", 1, [1]), (-140.0, -60.0), boc_card("GOOGLE*ADS" + "6620184430", "DUBLIN", "IE"), card=True),
    P("Meta", "Marketing & Advertising", ("r", 1), (-60.0, -25.0), boc_card("FACEBK *" + "Q2X7MK8HB2", "MENLO PARK", "IE"), card=True),
    P("Demetriou & Partners", "Professional Services", ("d", ["2025-12-18"]), [-1190.00],
      boc_out("DEMETRIOU & PARTNERS AUDIT LTD", "CY002ddddd" + "dddddddddddddddd", "AUDIT FY2024 BALANCE", kind="1bank Transfer to")),
    # --- vehicle, meals
    P("Petrolina", "Travel", ("r", 2), (-72.0, -38.0), boc_card("PETROLINA YEROSKIPOU", "YEROSKIPOU"), card=True),
    P("EKO", "Travel", ("r", 1), (-65.0, -40.0), boc_card("EKO CHLORAKAS", "CHLORAKAS"), card=True),
    P("The Golden Fig", "Meals & Entertainment", ("r", 1), (-88.0, -34.0), boc_card("THE GOLDEN FIG", "PAFOS"), card=True),
    # --- finance, owner, bank
    P("", "Loan Repayment", ("m", 25, [0, 1]), -342.77, lambda c: f"Loan Instalment Account {c.kd('ln', 9)}"),
    P("Andreas Kyriakou", "Owner Draw / Contribution", ("d", ["2025-12-19"]), [-4000.00],
      boc_out("KYRIAKOU ANDREAS", "CY002ddddd" + "dddddddddddddddd", "DIVIDEND 2025 INTERIM", kind="1bank Transfer to")),
    P("", "Internal Transfer", ("d", ["2025-11-14"]), [-5000.00],
      lambda c: f"1bank Transfer between own accounts to {c.kd('sav', 12)} {OWN_CY}"),
    P("", "Internal Transfer", ("d", ["2025-10-20"]), [-300.00], lambda c: "ATM Withdrawal BANK OF CYPRUS KATO PAFOS"),
    P("", "Bank Fees", ("last",), -10.00, lambda c: "Account Maintenance Fee"),
])

BUSINESSES = [BOATYARD, TORTILLERIA, KILT, STONE, ROSE, VILLA]


def main():
    rows = build(BUSINESSES)
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "business", "date", "amount", "description", "entity", "category"])
        w.writerows(rows)
    print(f"wrote {OUT.name}: {len(rows)} rows")
    print("rows per business:")
    for k, v in Counter(r[1] for r in rows).items():
        print(f"  {k:28s} {v}")
    print("rows per region:", dict(Counter(r[0] for r in rows)))
    inn = sum(1 for r in rows if float(r[3]) > 0)
    print(f"money in {inn}, money out {len(rows) - inn}")
    ents = Counter(r[5] for r in rows if r[5])
    print(f"distinct entities {len(ents)}; rows without entity {sum(1 for r in rows if not r[5])}")
    multi = Counter()
    for e in ents:
        multi[len({r[1] for r in rows if r[5] == e}) > 1] += 1
    print("entities at more than one business:", sorted(e for e in ents if len({r[1] for r in rows if r[5] == e}) > 1))
    print(f"entities occurring once: {sum(1 for v in ents.values() if v == 1)}")
    print("rows per category:")
    for k, v in Counter(r[6] for r in rows).most_common():
        print(f"  {k:28s} {v}")
    for k in sorted(CATEGORIES - {r[6] for r in rows}):
        print(f"  {k:28s} 0")


if __name__ == "__main__":
    main()
