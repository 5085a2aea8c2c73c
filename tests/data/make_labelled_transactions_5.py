#!/usr/bin/env python3
"""Generate ``labelled_transactions_5.csv``: the fifth, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-4 uses: Regions, KeyBank and
M&T Bank (US); Royal Bank of Scotland and The Co-operative Bank (UK); Postbank (Germany),
Belfius (Belgium, French) and BPER Banca (Italy). Written blind: its author read only the
README, the first lines of the earlier CSVs and the opening of ``make_labelled_transactions_4.py``
(format, category list), not CashPilot's code, vendor lists or rules, nor the earlier rows.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's export layout.
Only per-occurrence noise (dates, amounts, references, times, which card) is random, from a
fixed seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates,
customer / contract numbers, creditor ids, counterparty IBANs, ACH company ids) are drawn once
per counterparty. Labels follow the ``entity`` and ``category`` conventions in ``README.md``
(bank fees, interest, own-bank loans, own-account transfers, card payments of the business's
own credit card, cash withdrawals and cash / cheque deposits have an empty entity).

Template placeholders:
  ``{d:N}`` random digits, ``{X:N}`` random upper-case alphanumerics, ``{A:N}`` letters,
  ``{k:N}`` / ``{K:N}`` the same kept per counterparty (n-th kept field of a template = n-th
  of the counterparty), ``{a|b}`` pick one, ``{r:LO-HI}`` a random integer, ``{n:BASE}`` BASE +
  occurrence index (instalment numbers), ``{card}`` one of the business's cards, ``{inv}`` the
  business's next own invoice number, ``{ogm}`` / ``{kogm}`` a Belgian structured
  communication (random / kept), ``{amt}`` ``{amt_c}`` ``{amt_eu}`` the absolute amount
  (``1234.56`` / ``1234,56`` / ``1.234,56``), and any key of the business's ``consts``.
  Transaction-date formats (card lines: the purchase date, some days before posting; other
  lines: the posting date): ``{mmdd}`` ``{mm/dd}`` ``{yymmdd}`` ``{dd/mm}`` ``{dd/mm/yy}``
  ``{dd/mm/yyyy}`` ``{dd.mm.yyyy}`` ``{ddMONyy}`` ``{dd-mm}`` ``{hh:mm}`` ``{hhmm}``;
  ``{Pdd/mm/yy}`` etc. force the posting date. Posting-month formats: ``{MON}`` ``{pMON}``
  ``{pMONyy}`` ``{mm}`` ``{pmm}`` ``{yyyy}`` ``{pyyyy}`` ``{yy}`` ``{monat}`` ``{pmonat}``
  ``{mois}`` ``{pmois}`` ``{mese}`` ``{pmese}`` (``p`` = previous month).

Schedules: ``("monthly", day[, "next"|"prev"[, months]])`` (moved to the next / previous
banking day), ``("lastbd"[, k[, months]])`` (k banking days before the last one),
``("semi",)`` (15th, or the banking day before, and the last banking day), ``("bizday", k[,
months])`` (k-th banking day), ``("n", count[, months])`` (random banking days),
``("dates", [...])`` (explicit, moved to the next banking day).

Usage: python tests/data/make_labelled_transactions_5.py   (writes the CSV next to it and
prints the counts).
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

SEED = 5_2026_0913
OUT = Path(__file__).with_name("labelled_transactions_5.csv")
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

D = dt.date.fromisoformat


def _days(*isos: str) -> set[dt.date]:
    return {D(s) for s in isos}


# Days on which the account does not post (besides weekends).
HOL_US = _days(  # Federal Reserve holidays
    "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04",
    "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
    "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
    "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25")
HOL_UK = _days(  # bank holidays (Bacs / Faster Payments non-settlement days)
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
    "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
    "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")
HOL_TARGET = _days(
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26")
HOL_DE_SN = HOL_TARGET | _days("2025-10-03", "2025-10-31", "2025-11-19")  # Saxony
HOL_BE = HOL_TARGET | _days("2025-11-11")
HOL_IT = HOL_TARGET | _days("2025-12-08", "2026-01-06")

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONAT = ["Januar", "Februar", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
MOIS = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE",
        "OCTOBRE", "NOVEMBRE", "DECEMBRE"]
MESE = ["GENNAIO", "FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO", "AGOSTO",
        "SETTEMBRE", "OTTOBRE", "NOVEMBRE", "DICEMBRE"]

# ---------------------------------------------------------------------------------------------
# Stable identifiers (IBANs, creditor ids) are drawn here, at definition time, from their own
# generator so that they do not depend on the order in which rows are produced.
_ids = random.Random(SEED + 1)


def _digits(n: int, rng: random.Random = _ids) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(n: int, rng: random.Random = _ids) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(cc: str, bban: str) -> str:
    check = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def spaced(iban: str) -> str:
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_de(blz: str | None = None) -> str:
    blz = blz or _ids.choice(["86055592", "86020086", "86050200", "43060967", "12030000",
                              "86095604", "86010090", "76026000", "50010517"])
    return make_iban("DE", blz + _digits(10))


def iban_be(bank: str | None = None) -> str:
    bank = bank or _ids.choice(["001", "063", "068", "363", "340", "732", "751", "143"])
    base = bank + _digits(7)
    chk = int(base) % 97 or 97
    return make_iban("BE", f"{base}{chk:02d}")


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23]


def iban_it(abi: str | None = None) -> str:
    abi = abi or _ids.choice(["05387", "03069", "02008", "05034", "03032", "08327", "05696"])
    body = abi + _digits(5) + _digits(12)
    total = 0
    for pos, ch in enumerate(body, start=1):
        v = int(ch, 36) if ch.isdigit() else ord(ch) - 65
        total += _CIN_ODD[v] if pos % 2 else v
    return make_iban("IT", chr(65 + total % 26) + body)


def iban_other(cc: str, bank: str, rest_len: int) -> str:
    return make_iban(cc, bank + _digits(rest_len))


def creditor_id(cc: str, national: str) -> str:
    check = 98 - _num(national + cc + "00") % 97
    return f"{cc}{check:02d}ZZZ{national}"


def cid_de() -> str:
    return creditor_id("DE", "0000" + _digits(7))


def cid_be() -> str:
    base = "0" + _digits(7)
    return creditor_id("BE", base + f"{97 - int(base) % 97:02d}")


def cid_it() -> str:
    body = _digits(10)
    s = 0
    for i, ch in enumerate(body):
        v = int(ch)
        if i % 2:
            v *= 2
            v = v - 9 if v > 9 else v
        s += v
    return creditor_id("IT", "00000" + body + str((10 - s % 10) % 10))


def cid_nl() -> str:
    return creditor_id("NL", _digits(8) + "0000")


# ---------------------------------------------------------------------------------------------
@dataclass
class CP:
    """One counterparty (or bank-only line type) of one account."""

    entity: str
    category: str
    tpl: str | list[str]
    when: tuple
    amount: object          # fixed float, (lo, hi[, step]) or a list (one per occurrence)
    local: bool = False     # a name no generic vendor dictionary could know
    card: bool = False      # card line: the text carries the purchase date
    account: str = "main"
    seq: bool = False       # templates used in order, one per occurrence
    mult: dict = field(default_factory=dict)   # month -> amount factor (seasonality)
    lag: tuple | None = None


@dataclass
class Business:
    id: str
    region: str
    country: str
    bank: str
    layouts: str
    start: dt.date
    end: dt.date
    holidays: set
    cards: list
    lag: tuple
    consts: dict
    cps: list


def is_bd(b: Business, day: dt.date) -> bool:
    return day.weekday() < 5 and day not in b.holidays


def next_bd(b: Business, day: dt.date) -> dt.date:
    while not is_bd(b, day):
        day += dt.timedelta(days=1)
    return day


def prev_bd(b: Business, day: dt.date) -> dt.date:
    while not is_bd(b, day):
        day -= dt.timedelta(days=1)
    return day


def months_of(b: Business) -> list[tuple[int, int]]:
    out, y, m = [], b.start.year, b.start.month
    while (y, m) <= (b.end.year, b.end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _in_months(y: int, m: int, months) -> bool:
    return months is None or f"{y:04d}-{m:02d}" in months


def bdays_of_month(b: Business, y: int, m: int) -> list[dt.date]:
    n = calendar.monthrange(y, m)[1]
    return [dt.date(y, m, d) for d in range(1, n + 1) if is_bd(b, dt.date(y, m, d))]


def schedule(b: Business, cp: CP, rng: random.Random) -> list[dt.date]:
    kind, *args = cp.when
    out: list[dt.date] = []
    if kind == "monthly":
        day = args[0]
        direction = args[1] if len(args) > 1 else "next"
        months = args[2] if len(args) > 2 else None
        for y, m in months_of(b):
            if not _in_months(y, m, months):
                continue
            base = dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))
            out.append(next_bd(b, base) if direction == "next" else prev_bd(b, base))
    elif kind == "lastbd":
        k = args[0] if args else 0
        months = args[1] if len(args) > 1 else None
        for y, m in months_of(b):
            if _in_months(y, m, months):
                out.append(bdays_of_month(b, y, m)[-1 - k])
    elif kind == "semi":
        for y, m in months_of(b):
            out.append(prev_bd(b, dt.date(y, m, 15)))
            out.append(bdays_of_month(b, y, m)[-1])
    elif kind == "bizday":
        k = args[0]
        months = args[1] if len(args) > 1 else None
        for y, m in months_of(b):
            if _in_months(y, m, months):
                out.append(bdays_of_month(b, y, m)[k - 1])
    elif kind == "n":
        count = args[0]
        months = args[1] if len(args) > 1 else None
        pool = [day for y, m in months_of(b) if _in_months(y, m, months)
                for day in bdays_of_month(b, y, m)]
        out = sorted(rng.sample(pool, count))
    elif kind == "dates":
        out = [next_bd(b, D(s)) for s in args[0]]
    else:
        raise ValueError(kind)
    return [day for day in out if b.start <= day <= b.end]


def draw_amount(cp: CP, i: int, day: dt.date, rng: random.Random) -> float:
    a = cp.amount
    if isinstance(a, list):
        return float(a[i])
    if isinstance(a, tuple):
        lo, hi = a[0], a[1]
        step = a[2] if len(a) > 2 else 0.01
        v = lo + rng.random() * (hi - lo)
        v *= cp.mult.get(day.month, 1.0)
        return round(round(v / step) * step, 2)
    return float(a)


TOKEN = re.compile(r"\{([^{}]+)\}")


def _ogm(rng: random.Random) -> str:
    base = "".join(rng.choice(string.digits) for _ in range(10))
    s = f"{base}{int(base) % 97 or 97:02d}"
    return f"{s[:3]}/{s[3:7]}/{s[7:]}"


def _prev_month(day: dt.date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


class Renderer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.kept: dict = {}
        self.inv: dict[str, int] = {}

    def render(self, tpl: str, b: Business, cp_key: tuple, occ: int, post: dt.date,
               tx: dt.date, amount: float) -> str:
        rng = self.rng
        hh = rng.choice([7, 8, 9, 10, 10, 11, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18, 19, 20])
        mi = rng.randrange(60)
        py, pm = _prev_month(post)
        a = abs(amount)
        named = {
            "mmdd": tx.strftime("%m%d"), "mm/dd": tx.strftime("%m/%d"),
            "yymmdd": tx.strftime("%y%m%d"), "dd/mm": tx.strftime("%d/%m"),
            "dd/mm/yy": tx.strftime("%d/%m/%y"), "dd/mm/yyyy": tx.strftime("%d/%m/%Y"),
            "dd.mm.yyyy": tx.strftime("%d.%m.%Y"), "dd-mm": tx.strftime("%d-%m"),
            "ddMONyy": f"{tx.day:02d}{MON_EN[tx.month - 1]}{tx:%y}",
            "Pdd/mm/yy": post.strftime("%d/%m/%y"), "Pdd/mm/yyyy": post.strftime("%d/%m/%Y"),
            "Pdd.mm.yyyy": post.strftime("%d.%m.%Y"), "Pyymmdd": post.strftime("%y%m%d"),
            "hh:mm": f"{hh:02d}:{mi:02d}", "hhmm": f"{hh:02d}{mi:02d}",
            "hh.mm": f"{hh:02d}.{mi:02d}",
            "MON": MON_EN[post.month - 1], "pMON": MON_EN[pm - 1],
            "pMONyy": f"{MON_EN[pm - 1]}{py % 100:02d}",
            "mm": f"{post.month:02d}", "pmm": f"{pm:02d}", "yyyy": str(post.year),
            "pyyyy": str(py), "yy": f"{post.year % 100:02d}",
            "monat": MONAT[post.month - 1], "pmonat": MONAT[pm - 1],
            "mois": MOIS[post.month - 1], "pmois": MOIS[pm - 1],
            "mese": MESE[post.month - 1], "pmese": MESE[pm - 1],
            "amt": f"{a:.2f}", "amt_c": f"{a:.2f}".replace(".", ","),
            "amt_eu": f"{a:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."),
        }
        ordinal: Counter = Counter()

        def rep(m: re.Match) -> str:
            t = m.group(1)
            if t in named:
                return named[t]
            if t in b.consts:
                return b.consts[t]
            if t == "card":
                return rng.choice(b.cards)
            if t == "inv":
                self.inv.setdefault(b.id, 1000 + rng.randrange(300, 900))
                self.inv[b.id] += rng.randint(1, 6)
                return str(self.inv[b.id])
            if t == "ogm":
                return _ogm(rng)
            if t == "kogm":
                key = (*cp_key, "ogm", ordinal["ogm"])
                ordinal["ogm"] += 1
                return self.kept.setdefault(key, _ogm(rng))
            if "|" in t:
                return rng.choice(t.split("|"))
            kind, arg = t.split(":")
            if kind == "r":
                lo, hi = (int(x) for x in arg.split("-"))
                return str(rng.randint(lo, hi))
            if kind == "n":
                return str(int(arg) + occ)
            n = int(arg)
            pools = {"d": string.digits, "k": string.digits, "A": string.ascii_uppercase,
                     "X": string.ascii_uppercase + string.digits,
                     "K": string.ascii_uppercase + string.digits}
            gen = "".join(rng.choice(pools[kind]) for _ in range(n))
            if kind in "kK":
                key = (*cp_key, kind, ordinal[kind])
                ordinal[kind] += 1
                return self.kept.setdefault(key, gen)
            return gen

        out = TOKEN.sub(rep, tpl)
        assert "{" not in out and "}" not in out, out
        return out


# =============================================================================================
# US 1: dog daycare, Nashville TN, Regions Bank business checking.
# Layouts: "CARD PURCHASE mm/dd <merchant city st> CARD nnnn" ("W/PIN" for PIN debit),
# "ACH CREDIT|DEBIT <16-char company> <entry> <id>", "ZELLE PAYMENT FROM|TO <name> CONF#",
# "BILLPAY <22-char payee> <conf>", "LOAN PAYMENT TRANSFER TO LOAN ACCT", "SERVICE CHARGE",
# "MOBILE DEPOSIT", "DEPOSIT", "ATM WITHDRAWAL".
def regions_card(merchant: str, pin: bool = False) -> str:
    return f"CARD PURCHASE{' W/PIN' if pin else ''} {{mm/dd}} {merchant} CARD {{card}}"


DOG = Business(
    id="us-dog-daycare", region="US", country="US", bank="Regions Bank",
    layouts="CARD PURCHASE [W/PIN] mm/dd ... CARD nnnn; ACH CREDIT/DEBIT <company> <entry> <id>; "
            "ZELLE PAYMENT FROM/TO ... CONF#; BILLPAY <payee>; LOAN PAYMENT TRANSFER; "
            "SERVICE CHARGE; MOBILE DEPOSIT; DEPOSIT; ATM WITHDRAWAL",
    start=D("2025-08-01"), end=D("2025-11-30"), holidays=HOL_US, cards=["4821", "0937"],
    lag=(1, 3), consts={},
    cps=[
        # money in
        CP("Square", SALES, "ACH CREDIT SQUARE INC {yymmdd}P2 L2{X:13}", ("n", 9),
           (4200, 8600)),
        CP("Rover", SALES, "ACH CREDIT A PLACE FOR ROVE PAYMENTS {K:10}", ("n", 3),
           (310, 880)),
        CP("Megan Hollis", SERVICE, "ZELLE PAYMENT FROM MEGAN HOLLIS CONF# {X:9}", ("n", 2),
           [560.00, 300.00], local=True),
        CP("Derek Oyelaran", SERVICE, "ZELLE PAYMENT FROM DEREK OYELARAN CONF# {X:9}",
           ("n", 2), [300.00, 300.00], local=True),
        CP("Priya Natarajan", SERVICE, "ZELLE PAYMENT FROM PRIYA NATARAJAN CONF# {X:9}",
           ("n", 2), [560.00, 560.00], local=True),
        CP("Sylvan Park Animal Clinic", SERVICE, "ACH CREDIT SYLVAN PARK ANIM VENDOR PAY {K:10}",
           ("n", 2), (240, 720), local=True),
        CP("", SERVICE, "MOBILE DEPOSIT", ("n", 2), (180, 650, 5)),
        CP("", SALES, "DEPOSIT", ("n", 1), (420, 900, 1)),
        CP("Chewy", REFUND, "CARD RETURN {mm/dd} CHEWY.COM 800-672-4399 FL CARD {card}",
           ("n", 1), (38, 95), card=True),
        # money out
        CP("Cumberland Flex Properties", RENT, "BILLPAY CUMBERLAND FLEX PROPER {d:9}",
           ("monthly", 1), -4200.00, local=True),
        CP("Square", PAYROLL, "ACH DEBIT SQUARE INC SQ PAYROLL {X:15}", ("semi",),
           (-6480, -5420)),
        CP("Gingr", SOFTWARE, regions_card("GINGRAPP.COM 888-264-4747 NC"), ("monthly", 6),
           -179.00, card=True),
        CP("Nashville Electric Service", UTIL, "ACH DEBIT NASHVILLE ELECTR NES PYMT {K:10}",
           ("monthly", 18), (-640, -380)),
        CP("Metro Water Services", UTIL, "ACH DEBIT METRO WATER SERV WATER BILL {K:10}",
           ("monthly", 24, "next", ["2025-09", "2025-11"]), (-265, -170)),
        CP("AT&T", UTIL, "ACH DEBIT ATT PAYMENT {K:10}",
           ("monthly", 22, "next", ["2025-08", "2025-09", "2025-10"]), (-118, -92)),
        CP("Chewy", SUPPLIES, regions_card("CHEWY.COM 800-672-4399 FL"), ("n", 1),
           (-480, -140), card=True),
        CP("Sam's Club", SUPPLIES, regions_card("SAMSCLUB #6471 NASHVILLE TN", pin=True),
           ("n", 1), (-260, -90), card=True),
        CP("Hillsboro Hardware", SUPPLIES, regions_card("HILLSBORO HARDWARE NASHVILLE TN"),
           ("n", 1), (-85, -25), card=True, local=True),
        CP("Harpeth Valley Disposal", UTIL, "BILLPAY HARPETH VALLEY DISPOSA {d:9}",
           ("monthly", 10, "next", ["2025-08", "2025-09", "2025-10"]), -95.00, local=True),
        CP("The Hartford", INSUR, "ACH DEBIT THE HARTFORD INS PREM {K:10}", ("monthly", 15),
           -212.40),
        CP("Meta", MARKETING, regions_card("FACEBK *{X:10} 650-5434800 CA"), ("n", 1),
           (-150, -60), card=True),
        CP("Rachel Dunaway", PROF, "ZELLE PAYMENT TO RACHEL DUNAWAY CONF# {X:9}",
           ("dates", ["2025-09-05", "2025-11-05"]), -275.00, local=True),
        CP("Jalen Brooks", PROF, "ZELLE PAYMENT TO JALEN BROOKS CONF# {X:9}", ("n", 3),
           (-650, -400, 5), local=True),
        CP("Tasha Greer", OWNER, "ZELLE PAYMENT TO TASHA GREER CONF# {X:9}",
           ("dates", ["2025-09-30", "2025-11-28"]), [-2000.00, -2500.00], local=True),
        CP("", LOAN, "LOAN PAYMENT TRANSFER TO LOAN ACCT XXXXXX{k:4}", ("monthly", 20),
           -612.37),
        CP("", FEES, "SERVICE CHARGE", ("lastbd", 0, ["2025-08", "2025-10"]), -19.00),
        CP("", XFER, "ATM WITHDRAWAL {mm/dd} 2600 WEST END AVE NASHVILLE TN CARD {card}",
           ("n", 1), -200.00, card=True),
        CP("Shell", TRAVEL, regions_card("SHELL OIL 574{d:8} NASHVILLE TN", pin=True),
           ("n", 1), (-68, -45), card=True),
        CP("PetEdge", EQUIP, regions_card("PETEDGE 800-738-3343 MA"), ("n", 1), -1289.00,
           card=True),
        CP("PetEdge", SUPPLIES, regions_card("PETEDGE 800-738-3343 MA"), ("n", 1),
           (-210, -140), card=True),
        CP("Tennessee Department of Revenue", TAX, "ACH DEBIT TN DEPT OF REVEN TNTAP {K:10}",
           ("monthly", 20, "next", ["2025-09", "2025-10", "2025-11"]), (-120, -45)),
    ])

# =============================================================================================
# US 2: craft distillery with tasting room, Cleveland OH, KeyBank business checking.
# Layouts: "DIRECT DEPOSIT, <company> <entry> <id>" / "DIRECT WITHDRAWAL, ...",
# "DEBIT CARD PURCHASE, <merchant city st> mmdd CARD nnnn", "BILL PAYMENT TO <payee> REF#",
# "ZELLE TRANSFER RECEIVED FROM / SENT TO ... ID", "INCOMING WIRE FROM ... REF",
# "INCOMING WIRE FEE", "BRANCH DEPOSIT", "MAINTENANCE FEE",
# "ONLINE TRANSFER TO CREDIT CARD" (the business's own Key credit card).
def key_card(merchant: str) -> str:
    return f"DEBIT CARD PURCHASE, {merchant} {{mmdd}} CARD {{card}}"


DISTILLERY = Business(
    id="us-craft-distillery", region="US", country="US", bank="KeyBank",
    layouts="DIRECT DEPOSIT/DIRECT WITHDRAWAL, <company> <entry> <id>; DEBIT CARD PURCHASE, ... "
            "mmdd CARD nnnn; BILL PAYMENT TO ... REF#; ZELLE TRANSFER RECEIVED FROM/SENT TO; "
            "INCOMING WIRE FROM; BRANCH DEPOSIT; MAINTENANCE FEE; ONLINE TRANSFER TO CREDIT CARD",
    start=D("2025-11-01"), end=D("2026-01-31"), holidays=HOL_US, cards=["6614", "2290"],
    lag=(1, 3), consts={},
    cps=[
        # money in
        CP("Toast", SALES, "DIRECT DEPOSIT, TOAST INC PAYOUT {X:15}", ("n", 9), (5200, 9800),
           mult={12: 1.55}),
        CP("Ohio Division of Liquor Control", SALES,
           "DIRECT DEPOSIT, OH LIQUOR CONTRO VENDOR PAY {K:10}", ("n", 3), (6800, 14500)),
        CP("Ohio City Realty Partners", SALES,
           "INCOMING WIRE FROM OHIO CITY REALTY PARTNERS LLC REF {d:10}",
           ("dates", ["2025-12-08"]), 4250.00, local=True),
        CP("Nora Kessler", SALES, "ZELLE TRANSFER RECEIVED FROM NORA KESSLER ID {X:10}",
           ("dates", ["2025-11-12", "2025-12-15"]), [750.00, 1840.00], local=True),
        CP("", SALES, "BRANCH DEPOSIT", ("n", 2), (640, 1480, 1)),
        CP("Elena Varga", OWNER, "INCOMING WIRE FROM ELENA VARGA REF {d:10}",
           ("dates", ["2025-11-04"]), 15000.00, local=True),
        # money out
        CP("", FEES, "INCOMING WIRE FEE", ("dates", ["2025-11-04", "2025-12-08"]), -15.00),
        CP("Scranton Road Holdings", RENT, "BILL PAYMENT TO SCRANTON ROAD HOLDINGS REF# {d:10}",
           ("monthly", 1), -5750.00, local=True),
        CP("Paycor", PAYROLL, "DIRECT WITHDRAWAL, PAYCOR INC PAYROLL {X:10}", ("semi",),
           (-7900, -6800)),
        CP("Paycor", PAYROLL, "DIRECT WITHDRAWAL, PAYCOR INC TAXES {X:10}", ("lastbd",),
           (-3100, -2600)),
        CP("Paycor", SOFTWARE, "DIRECT WITHDRAWAL, PAYCOR INC INVOICE {X:10}", ("monthly", 5),
           (-139, -118)),
        CP("TTB", TAX, "DIRECT WITHDRAWAL, TTB PAY.GOV EXCISE TAX {X:10}",
           ("dates", ["2026-01-14"]), -3912.60),
        CP("Ohio Department of Taxation", TAX,
           "DIRECT WITHDRAWAL, OH DEPT TAXATION SALES TAX {K:10}", ("monthly", 23),
           (-1180, -820), mult={1: 1.5}),
        CP("Killbuck Valley Grain", COGS, "BILL PAYMENT TO KILLBUCK VALLEY GRAIN REF# {d:10}",
           ("n", 2), (-3400, -2100), local=True),
        CP("Country Malt Group", COGS, key_card("COUNTRY MALT GROUP 360-4243388 WA"), ("n", 1),
           (-1650, -980), card=True),
        CP("Berlin Packaging", COGS, "BILL PAYMENT TO BERLIN PACKAGING REF# {d:10}", ("n", 2),
           (-2900, -1400)),
        CP("Lakeside Label Works", COGS, key_card("SQ *LAKESIDE LABEL WOR Cleveland OH"),
           ("n", 2), (-780, -420), card=True, local=True),
        CP("Independent Stave Company", COGS,
           "BILL PAYMENT TO INDEPENDENT STAVE COMP REF# {d:10}", ("dates", ["2025-11-06"]),
           -4860.00),
        CP("Mountain Rose Herbs", COGS, key_card("MOUNTAIN ROSE HERBS 541-7417307 OR"),
           ("n", 1), (-340, -160), card=True),
        CP("FirstEnergy", UTIL, "DIRECT WITHDRAWAL, FIRSTENERGY OPCO FE ECHECK {K:10}",
           ("monthly", 17), (-1420, -880)),
        CP("Enbridge Gas Ohio", UTIL, "DIRECT WITHDRAWAL, ENBRIDGE GAS OHI GAS PYMT {K:10}",
           ("monthly", 21), (-1100, -640), mult={12: 1.2, 1: 1.35}),
        CP("Spectrum", UTIL, key_card("SPECTRUM 855-707-7328 MO"), ("monthly", 9), -149.99,
           card=True),
        CP("Erie Insurance", INSUR, "DIRECT WITHDRAWAL, ERIE INSURANCE G PREMIUM {K:12}",
           ("monthly", 12), -486.00),
        CP("Toast", SOFTWARE, "DIRECT WITHDRAWAL, TOAST INC SUBSCRIPTN {X:10}", ("monthly", 3),
           (-182, -165)),
        CP("Meta", MARKETING, key_card("FACEBK *{X:10} 650-5434800 CA"), ("n", 2), (-240, -90),
           card=True),
        CP("Uline", SUPPLIES, key_card("ULINE *SHIP SUPPLIES 800-295-5510 WI"), ("n", 1),
           (-420, -130), card=True),
        CP("Brandt & Holloway", PROF, "BILL PAYMENT TO BRANDT & HOLLOWAY REF# {d:10}",
           ("dates", ["2025-11-20", "2026-01-22"]), [-850.00, -1200.00], local=True),
        CP("Devin Casey", PROF, "ZELLE TRANSFER SENT TO DEVIN CASEY ID {X:10}",
           ("dates", ["2025-12-09", "2025-12-22"]), [-360.00, -540.00], local=True),
        CP("Marcus Oduya", OWNER, "ZELLE TRANSFER SENT TO MARCUS ODUYA ID {X:10}",
           ("dates", ["2025-12-31", "2026-01-30"]), -2500.00, local=True),
        CP("SBA", LOAN, "DIRECT WITHDRAWAL, SBA EIDL LOAN PAYMENT {k:10}", ("monthly", 27),
           -731.00),
        CP("", FEES, "MAINTENANCE FEE", ("lastbd", 0, ["2025-11"]), -25.00),
        CP("", XFER, "ONLINE TRANSFER TO CREDIT CARD XXXXXXXXXXXX{k:4}", ("monthly", 24),
           (-2400, -900)),
    ])

# =============================================================================================
# US 3: locksmith (mobile + shop), Buffalo NY, M&T Bank business checking and a business
# savings account used as a tax reserve (transfers appear on both sides).
# Layouts: "DEBIT CARD PURCHASE mm/dd ... CARD# nnnn" / "POS DEBIT mm/dd ... CARD# nnnn",
# "ELECTRONIC CREDIT|DEBIT <16-char company> <entry> <id>", "WEB BILL PAY <payee>",
# "ZELLE FROM|TO <name> ON mm/dd REF #", "WEB TRANSFER TO|FROM SAV/DDA", "MOBILE DEPOSIT",
# "MONTHLY MAINTENANCE FEE", "ATM WITHDRAWAL", savings "INTEREST PAYMENT".
LOCK_CHK4 = _digits(4)
LOCK_SAV4 = _digits(4)


def mt_card(merchant: str, pin: bool = False) -> str:
    return f"{'POS DEBIT' if pin else 'DEBIT CARD PURCHASE'} {{mm/dd}} {merchant} CARD# {{card}}"


_LOCK_XFER_DATES = ["2026-01-30", "2026-02-27", "2026-03-31"]
LOCKSMITH = Business(
    id="us-locksmith", region="US", country="US", bank="M&T Bank",
    layouts="DEBIT CARD PURCHASE / POS DEBIT mm/dd ... CARD# nnnn; ELECTRONIC CREDIT/DEBIT "
            "<company> <entry> <id>; WEB BILL PAY; ZELLE FROM/TO ... ON mm/dd REF #; "
            "WEB TRANSFER TO/FROM SAV|DDA; MOBILE DEPOSIT; MONTHLY MAINTENANCE FEE; "
            "ATM WITHDRAWAL; savings INTEREST PAYMENT",
    start=D("2026-01-01"), end=D("2026-03-31"), holidays=HOL_US, cards=["3308"], lag=(1, 3),
    consts={},
    cps=[
        # checking, money in
        CP("Stripe", SALES, "ELECTRONIC CREDIT STRIPE TRANSFER ST-{X:12}", ("n", 7),
           (900, 3400)),
        CP("Elmwood Village Properties", SERVICE,
           "ELECTRONIC CREDIT ELMWOOD VLG PROP VENDOR PMT {K:10}", ("n", 2), (385, 1240),
           local=True),
        CP("Kenmore Self Storage", SERVICE,
           "ELECTRONIC CREDIT KENMORE SELF STO AP PAYMENT {K:10}", ("n", 2), (210, 690),
           local=True),
        CP("Larkinville Commercial", SERVICE,
           "ELECTRONIC CREDIT BILL.COM PAYABLES Larkinville Commercial Bill.com {X:15} Inv {inv}",
           ("n", 2), (640, 1850), local=True),
        CP("Angela Wojcik", SERVICE, "ZELLE FROM ANGELA WOJCIK ON {mm/dd} REF # {X:10}",
           ("n", 2), (145, 320, 5), local=True),
        CP("Bob Kaminski", SERVICE, "ZELLE FROM BOB KAMINSKI ON {mm/dd} REF # {X:10}",
           ("n", 2), (110, 260, 5), local=True),
        CP("T Nguyen", SERVICE, "ZELLE FROM T NGUYEN ON {mm/dd} REF # {X:10}", ("n", 1),
           (95, 185, 5), local=True),
        CP("", SERVICE, "MOBILE DEPOSIT", ("n", 2), (180, 860, 5)),
        CP("", XFER, f"WEB TRANSFER FROM SAV XXXXXX{LOCK_SAV4}", ("dates", ["2026-03-19"]),
           1200.00),
        CP("", FIN, f"TRANSFER FROM LOAN XXXXXX{_digits(4)} LINE OF CREDIT ADVANCE",
           ("dates", ["2026-02-05"]), 2000.00),
        # checking, money out
        CP("Ford Credit", LOAN, "ELECTRONIC DEBIT FORD MOTOR CR LOAN PMT {K:10}",
           ("monthly", 9), -687.44),
        CP("Hertel Commons", RENT, "WEB BILL PAY HERTEL COMMONS LLC {d:8}", ("monthly", 1),
           -1650.00, local=True),
        CP("Clark Security Products", COGS,
           mt_card("CLARK SECURITY PRODUCTS 858-974-6740 CA"), ("n", 2), (-940, -310),
           card=True),
        CP("Niagara Key Supply", COGS, mt_card("NIAGARA KEY SUPPLY CHEEKTOWAGA NY", pin=True),
           ("n", 2), (-520, -140), card=True, local=True),
        CP("Home Depot", SUPPLIES, mt_card("THE HOME DEPOT #1264 BUFFALO NY", pin=True),
           ("n", 1), (-160, -35), card=True),
        CP("Autel", EQUIP, mt_card("AUTEL US INC 855-288-3587 NY"), ("n", 1), -1899.00,
           card=True),
        CP("Kwik Fill", TRAVEL, mt_card("KWIK FILL #{d:4} BUFFALO NY", pin=True), ("n", 2),
           (-78, -48), card=True),
        CP("Progressive", INSUR, "ELECTRONIC DEBIT PROGRESSIVE INS INS PREM {K:10}",
           ("monthly", 14), -318.50),
        CP("Verizon", UTIL, "ELECTRONIC DEBIT VERIZON WIRELESS PAYMENTS {K:12}",
           ("monthly", 19), (-148, -131)),
        CP("National Grid", UTIL, "ELECTRONIC DEBIT NATIONAL GRID NY UTILITYPAY {K:10}",
           ("monthly", 12), (-210, -120)),
        CP("National Fuel", UTIL, "ELECTRONIC DEBIT NATIONAL FUEL GA UTIL PMT {K:10}",
           ("monthly", 16), (-260, -140)),
        CP("Jobber", SOFTWARE, mt_card("GETJOBBER.COM EDMONTON AB"), ("monthly", 7), -169.00,
           card=True),
        CP("Google", MARKETING, mt_card("GOOGLE *ADS{d:10} CC@GOOGLE.COM CA"), ("n", 2),
           (-350, -120), card=True),
        CP("Angi", MARKETING, mt_card("ANGI LEADS 877-947-3639 CO"), ("n", 2), (-210, -85),
           card=True),
        CP("NYS Department of Taxation and Finance", TAX,
           "ELECTRONIC DEBIT NYS DTF SALES TX PAYMENT {K:10}", ("dates", ["2026-03-20"]),
           -1186.42),
        CP("Intuit", PAYROLL, "ELECTRONIC DEBIT INTUIT PAYROLL S QUICKBOOKS {K:10}", ("semi",),
           (-1420, -1180)),
        CP("Intuit", PAYROLL, "ELECTRONIC DEBIT INTUIT PAYROLL S TAX {K:10}", ("lastbd",),
           (-560, -470)),
        CP("Dominic Russo", OWNER, "ZELLE TO DOMINIC RUSSO ON {mm/dd} REF # {X:10}",
           ("dates", ["2026-01-30", "2026-02-27"]), -2200.00, local=True),
        CP("", FEES, "MONTHLY MAINTENANCE FEE", ("lastbd", 0, ["2026-01", "2026-02"]), -20.00),
        CP("", XFER, "ATM WITHDRAWAL {mm/dd} M&T ELMWOOD AVE BUFFALO NY CARD# {card}",
           ("n", 1), -300.00, card=True),
        CP("", XFER, f"WEB TRANSFER TO SAV XXXXXX{LOCK_SAV4}", ("dates", _LOCK_XFER_DATES),
           [-1500.00, -1500.00, -1800.00]),
        # savings (tax reserve)
        CP("", XFER, f"WEB TRANSFER FROM DDA XXXXXX{LOCK_CHK4}", ("dates", _LOCK_XFER_DATES),
           [1500.00, 1500.00, 1800.00], account="savings"),
        CP("", XFER, f"WEB TRANSFER TO DDA XXXXXX{LOCK_CHK4}", ("dates", ["2026-03-19"]),
           -1200.00, account="savings"),
        CP("", INTEREST, "INTEREST PAYMENT", ("lastbd",), (0.85, 2.40), account="savings"),
    ])

# =============================================================================================
# UK 1: tattoo studio (limited company), Glasgow, Royal Bank of Scotland business current
# account (NatWest Group online-banking export: type code, then the narrative fields separated
# by " , "; payee / payer names cut at 18 characters).
# Layouts: "POS nnnn ddMONyy [C] , <merchant> , <town/phone> <country>", "D/D <payee> , <ref>",
# "S/O <payee> , <ref> , FP dd/mm/yy hhmm , <id>", "BAC <payer> , <ref> , FP dd/mm/yy hhmm ,
# <id>", "DPC <payee> , <ref> , VIA ONLINE|MOBILE - PYMT , FP ...", "CHG ...", "C/L ...",
# "CDM CASH DEPOSIT".
def rbs_pos(merchant: str, contactless: bool = False) -> str:
    return f"POS {{card}} {{ddMONyy}}{' C' if contactless else ''} , {merchant}"


FP = "FP {Pdd/mm/yy} {hhmm} , {X:18}"
DPC = "VIA {ONLINE|MOBILE} - PYMT , FP {Pdd/mm/yy} {hhmm} , {d:15}"

TATTOO = Business(
    id="uk-tattoo-studio", region="UK", country="GB", bank="Royal Bank of Scotland",
    layouts="POS nnnn ddMONyy [C] , merchant , town GB; D/D; S/O; BAC ... , FP dd/mm/yy hhmm; "
            "DPC ... , VIA ONLINE - PYMT; CHG; C/L; CDM CASH DEPOSIT",
    start=D("2025-09-01"), end=D("2025-11-30"), holidays=HOL_UK, cards=["5519"], lag=(0, 2),
    consts={},
    cps=[
        # money in
        CP("SumUp", SALES, "BAC SUMUP PAYMENTS LIM , SUMUP PID{d:7} , " + FP, ("n", 9),
           (780, 2450)),
        CP("Ross Kerr", SERVICE,
           ["BAC ROSS KERR , TATTOO DEPOSIT , " + FP, "BAC ROSS KERR , SLEEVE SESSION 2 , " + FP],
           ("n", 2), [100.00, 450.00], seq=True, local=True),
        CP("A Doyle", SERVICE, "BAC MISS A DOYLE , {DEPOSIT|TATTOO DEP} , " + FP, ("n", 2),
           [80.00, 260.00], local=True),
        CP("Jamie Lindsay", SERVICE, "BAC JAMIE LINDSAY , {DEPOSIT|BALANCE} , " + FP, ("n", 2),
           [120.00, 340.00], local=True),
        CP("L Anderson", SERVICE, "BAC L ANDERSON , TATTOO , " + FP, ("n", 1), 180.00,
           local=True),
        CP("M Okonkwo", OTHER_IN, "BAC M OKONKWO , CHAIR FEE {MON} , " + FP, ("bizday", 2),
           400.00, local=True),
        CP("", SALES, "CDM CASH DEPOSIT , GLASGOW ST VINCENT ST", ("n", 2), (380, 920, 5)),
        CP("K MacLeod", OWNER, "BAC K MACLEOD , DIRECTORS LOAN , " + FP,
           ("dates", ["2025-09-02"]), 2000.00, local=True),
        # money out
        CP("K MacLeod", OWNER, "DPC K MACLEOD , DIVIDEND , " + DPC,
           ("dates", ["2025-10-31", "2025-11-28"]), -1500.00, local=True),
        CP("Finnieston Property", RENT, "S/O FINNIESTON PROPERT , UNIT 4 RENT , " + FP,
           ("monthly", 1), -1450.00, local=True),
        CP("Glasgow City Council", TAX, "D/D GLASGOW CITY COUNC , NDR {K:9}", ("monthly", 15),
           -212.00),
        CP("Business Stream", UTIL, "D/D BUSINESS STREAM , {K:9}",
           ("dates", ["2025-09-10", "2025-11-10"]), (-96, -74)),
        CP("ScottishPower", UTIL, "D/D SCOTTISHPOWER , {K:12}", ("monthly", 20),
           (-235, -160)),
        CP("TalkTalk", UTIL, "D/D TALKTALK BUSINESS , {K:10}", ("monthly", 8), -42.00),
        CP("Three", UTIL, "D/D HUTCHISON 3G UK LT , {K:9}", ("monthly", 25), -28.50),
        CP("Killer Ink Tattoo", SUPPLIES, rbs_pos("KILLER INK TATTOO , 0161 3030066 GB"),
           ("n", 2), (-420, -140), card=True),
        CP("Barber DTS", SUPPLIES, rbs_pos("BARBER DTS , 01642 671000 GB"), ("n", 2),
           (-260, -90), card=True),
        CP("Barber DTS", EQUIP, rbs_pos("BARBER DTS , 01642 671000 GB"), ("n", 1), -689.00,
           card=True),
        CP("Kingpin Tattoo Supply", SUPPLIES,
           rbs_pos("KINGPIN TATTOO SUPPL , 813-2493344 US , 131.20 USD , 1.3459"),
           ("dates", ["2025-10-14"]), -97.48, card=True),
        CP("", FEES, "CHG NON-STERLING TRANSACTION FEE", ("dates", ["2025-10-14"]), -2.68),
        CP("Rentokil Initial", UTIL, "D/D RENTOKIL INITIAL U , {K:10}", ("monthly", 5),
           -54.00),
        CP("Booksy", SOFTWARE, rbs_pos("BOOKSY.COM , LONDON GB"), ("monthly", 11), -34.99,
           card=True),
        CP("Adobe", SOFTWARE, rbs_pos("ADOBE CREATIVE CLOUD , DUBLIN IE"), ("monthly", 16),
           -56.98, card=True),
        CP("Meta", MARKETING, rbs_pos("FACEBK *{X:10} , FB.ME/ADS IE"), ("n", 1), (-90, -35),
           card=True),
        CP("Drummond Baird Accountants", PROF, "DPC DRUMMOND BAIRD ACC , INV {d:4} , " + DPC,
           ("dates", ["2025-09-12", "2025-11-14"]), -180.00, local=True),
        CP("Erin Wallace", PAYROLL, "DPC ERIN WALLACE , SALARY {MON} , " + DPC, ("lastbd",),
           (-1490, -1440), local=True),
        CP("HMRC", PAYROLL,
           ["DPC HMRC CUMBERNAULD , 583PL00{k:6}2605 , " + DPC,
            "DPC HMRC CUMBERNAULD , 583PL00{k:6}2606 , " + DPC,
            "DPC HMRC CUMBERNAULD , 583PL00{k:6}2607 , " + DPC],
           ("monthly", 22, "prev"), (-420, -360), seq=True),
        CP("HMRC", TAX, "DPC HMRC VAT , {k:9} , " + DPC, ("dates", ["2025-11-05"]), -3184.20),
        CP("HMRC", TAX, "DPC HMRC CUMBERNAULD , {k:10}A00125A , " + DPC,
           ("dates", ["2025-10-01"]), -2436.85),
        CP("The People's Pension", PAYROLL, "D/D THE PEOPLES PENSIO , {K:9}", ("monthly", 19),
           (-62, -58)),
        CP("Simply Business", INSUR, "D/D SIMPLY BUSINESS , {K:10}", ("monthly", 1), -38.70),
        CP("Greggs", MEALS, rbs_pos("GREGGS PLC , GLASGOW GB", contactless=True), ("n", 2),
           (-14.5, -6.2), card=True),
        CP("ScotRail", TRAVEL, rbs_pos("SCOTRAIL TICKETS , GLASGOW GB"),
           ("dates", ["2025-09-19", "2025-09-22"]), -28.60, card=True),
        CP("Premier Inn", TRAVEL, rbs_pos("PREMIER INN , EDINBURGH GB"),
           ("dates", ["2025-09-22"]), -96.00, card=True),
        CP("Lidl", SUPPLIES, rbs_pos("LIDL GB GLASGOW , GLASGOW GB", contactless=True),
           ("n", 1), (-38, -12), card=True),
        CP("", XFER, "C/L {card} {ddMONyy} , RBS BUCHANAN ST , GLASGOW GB", ("n", 1), -200.00,
           card=True),
        CP("", FEES, "CHG ACCOUNT FEE {pMONyy}", ("bizday", 1), (-11.40, -7.00)),
    ])

# =============================================================================================
# UK 2: community food co-operative shop (registered society), Sheffield, The Co-operative
# Bank business account (type in words, counterparty cut at 18 characters).
# Layouts: "DEBIT CARD <merchant> <town> GB ddMONyy", "DIRECT DEBIT <payee> <ref>",
# "STANDING ORDER <payee> <ref>", "FPS CREDIT|DEBIT <name> <ref>", "BACS CREDIT <name> <ref>",
# "CASH DEPOSIT POST OFFICE <branch>", "ATM WITHDRAWAL <operator>", "SERVICE CHARGES".
def coop_card(merchant: str) -> str:
    return f"DEBIT CARD {merchant} {{ddMONyy}}"


COOP = Business(
    id="uk-food-coop", region="UK", country="GB", bank="The Co-operative Bank",
    layouts="DEBIT CARD <merchant> <town> GB ddMONyy; DIRECT DEBIT; STANDING ORDER; "
            "FPS CREDIT/DEBIT; BACS CREDIT; CASH DEPOSIT POST OFFICE; ATM WITHDRAWAL; "
            "SERVICE CHARGES",
    start=D("2026-01-01"), end=D("2026-03-31"), holidays=HOL_UK, cards=["7042"], lag=(0, 2),
    consts={},
    cps=[
        # money in
        CP("Dojo", SALES, "FPS CREDIT PAYMENTSENSE LTD DOJO {X:10}", ("n", 10), (1400, 3200)),
        CP("", SALES, "CASH DEPOSIT POST OFFICE HEELEY BOTTOM", ("n", 3), (310, 760, 5)),
        CP("J Holmes", OWNER, "FPS CREDIT J HOLMES MEMBER SHARES", ("n", 1), 50.00,
           local=True),
        CP("Priya Shah", OWNER, "FPS CREDIT PRIYA SHAH MEMBERSHIP SHARE", ("n", 1), 100.00,
           local=True),
        CP("T Okonjo", OWNER, "FPS CREDIT T OKONJO SHARES HFC", ("n", 1), 25.00, local=True),
        CP("Abbeydale Pantry", SALES, "BACS CREDIT ABBEYDALE PANTRY INV HFC{inv}", ("n", 3),
           (185, 420), local=True),
        CP("Sheffield City Council", OTHER_IN,
           "BACS CREDIT SHEFFIELD CITY COUNCIL {K:8} LOCAL COMMUNITY FUND",
           ("dates", ["2026-02-11"]), 2500.00),
        CP("Suma", REFUND, "FPS CREDIT SUMA WHOLEFOODS CREDIT NOTE {d:6}", ("n", 1), (42, 118)),
        # money out
        CP("Suma", COGS, "FPS DEBIT SUMA WHOLEFOODS HEE{K:3} INV {d:7}", ("n", 4),
           (-2400, -1150)),
        CP("Infinity Foods", COGS, "FPS DEBIT INFINITY FOODS COO INV {d:6}", ("n", 2),
           (-980, -420)),
        CP("Moss Valley Market Garden", COGS, "FPS DEBIT MOSS VALLEY MARKET VEG W/E {dd/mm}",
           ("n", 4), (-420, -160), local=True),
        CP("Meersbrook Bakehouse", COGS, "FPS DEBIT MEERSBROOK BAKEHOU BREAD {MON}", ("n", 3),
           (-380, -210), local=True),
        CP("Norton Hives", COGS, "FPS DEBIT NORTON HIVES HONEY {d:3}",
           ("dates", ["2026-01-21", "2026-03-04"]), [-216.00, -180.00], local=True),
        CP("Totley Dairy", COGS, "DIRECT DEBIT TOTLEY DAIRY {K:6}", ("monthly", 4),
           (-640, -420), local=True),
        CP("Booker", COGS, coop_card("BOOKER SHEFFIELD SHEFFIELD GB"), ("n", 1), (-310, -95),
           card=True),
        CP("Gleadless Road Properties", RENT, "STANDING ORDER GLEADLESS ROAD PRO HFC RENT",
           ("monthly", 1), -1100.00, local=True),
        CP("Sheffield City Council", TAX, "DIRECT DEBIT SHEFFIELD CITY COU {K:8}",
           ("monthly", 15), -168.00),
        CP("Octopus Energy", UTIL, "DIRECT DEBIT OCTOPUS ENERGY {K:9}", ("monthly", 7),
           (-480, -360)),
        CP("Castle Water", UTIL, "DIRECT DEBIT CASTLE WATER LTD {K:8}", ("monthly", 20),
           -46.00),
        CP("Zen Internet", UTIL, "DIRECT DEBIT ZEN INTERNET {K:7}", ("monthly", 2), -42.00),
        CP("R Okafor", PAYROLL, "FPS DEBIT R OKAFOR WAGES {MON}", ("lastbd",), (-1180, -1020),
           local=True),
        CP("S Birch", PAYROLL, "FPS DEBIT S BIRCH WAGES {MON}", ("lastbd",), (-860, -720),
           local=True),
        CP("Co-op Insurance", INSUR, "DIRECT DEBIT CO-OP INSURANCE {K:10}", ("monthly", 12),
           -61.40),
        CP("Epos Now", SOFTWARE, "DIRECT DEBIT EPOS NOW LTD {K:7}", ("monthly", 3), -69.00),
        CP("Vegware", SUPPLIES, coop_card("VEGWARE LTD EDINBURGH GB"), ("n", 1), (-240, -110),
           card=True),
        CP("Lidl", SUPPLIES, coop_card("LIDL GB SHEFFIELD SHEFFIELD GB"), ("n", 1),
           (-36, -11), card=True),
        CP("", FEES, "SERVICE CHARGES {pMONyy}", ("bizday", 2), (-9.80, -6.50)),
        CP("", XFER, "ATM WITHDRAWAL CO-OP GROUP 160431 HEELEY {ddMONyy} {hh:mm}", ("n", 1),
           -150.00, card=True),
        CP("Don Valley Pest Control", OTHER_EX, "DIRECT DEBIT DON VALLEY PEST CO {K:6}",
           ("dates", ["2026-01-26", "2026-02-26"]), -48.00, local=True),
        CP("Porter Brook Accounts", PROF, "FPS DEBIT PORTER BROOK ACCOUN INV {d:4}",
           ("dates", ["2026-01-16", "2026-03-13"]), -240.00, local=True),
        CP("Vistaprint", MARKETING, coop_card("VISTAPRINT VENLO NL"), ("n", 1), -42.98,
           card=True),
        CP("Co-operative & Community Finance", LOAN, "DIRECT DEBIT CO-OPERATIVE & COM {K:8}",
           ("monthly", 28), -385.00),
    ])

# =============================================================================================
# EU 1 (DE): music school (GmbH), Leipzig, Postbank Business Giro. Umsatzart, then
# Begünstigter / Auftraggeber, Verwendungszweck and the SEPA fields as the CSV shows them.
# Layouts: "SEPA Lastschrift <creditor> <purpose> Referenz .. Mandat .. Einreicher-ID ..",
# "Gutschrift <payer> <purpose> IBAN ..", "SEPA Überweisung <payee> <purpose> IBAN ..",
# "SEPA Überweisung (Dauerauftrag)", "SEPA Überweisung (Lohn, Gehalt, Rente)",
# "Kartenzahlung <merchant> dd.mm.yyyy hh:mm Karte ****nnnn",
# "Bargeldauszahlung (Geldautomat)", "Sonstige Entgelt ..".
def pb_ls(creditor: str, purpose: str) -> str:
    return (f"SEPA Lastschrift {creditor} {purpose} Referenz {{X:16}} Mandat {{K:12}} "
            f"Einreicher-ID {cid_de()}")


def pb_in(payer: str, purpose: str, iban: str | None = None, eref: str = "") -> str:
    return f"Gutschrift {payer} {purpose}{eref} IBAN {iban or iban_de()}"


def pb_out(payee: str, purpose: str, iban: str | None = None, kind: str = "") -> str:
    return f"SEPA Überweisung{kind} {payee} {purpose} IBAN {iban or iban_de()}"


def pb_card(merchant: str) -> str:
    return f"Kartenzahlung {merchant} {{dd.mm.yyyy}} {{hh:mm}} Karte ****{{card}}"


JANA_IBAN = iban_de("43060967")
FA_STNR = f"232/{_digits(3)}/{_digits(5)}"
FA_CID = cid_de()
THOMANN = "Musikhaus Thomann e.K. Burgebrach DE"
MUSIC = Business(
    id="de-music-school", region="EU", country="DE", bank="Postbank",
    layouts="SEPA Lastschrift ... Referenz Mandat Einreicher-ID; Gutschrift; SEPA Überweisung "
            "[(Dauerauftrag) | (Lohn, Gehalt, Rente)]; Kartenzahlung; Bargeldauszahlung "
            "(Geldautomat); Sonstige Entgelt",
    start=D("2025-09-01"), end=D("2025-12-31"), holidays=HOL_DE_SN, cards=["4176"], lag=(0, 2),
    consts={},
    cps=[
        # money in
        CP("", SERVICE,
           "Gutschrift Klangwerk Musikschule GmbH SEPA-Sammler Lastschrifteinzug {r:96-118} "
           "Posten Unterrichtsentgelte {monat} {yyyy}", ("monthly", 5), (11800, 13600)),
        CP("Sabine Hoffmann", SERVICE,
           pb_in("Sabine Hoffmann", "Unterricht Lena Hoffmann Klavier {monat}",
                 eref=" Referenz NOTPROVIDED"), ("n", 2), 96.00, local=True),
        CP("Thomas Brückner", SERVICE,
           pb_in("Thomas Brueckner", "Gitarrenunterricht Paul {monat}"), ("n", 2), 112.00,
           local=True),
        CP("Aylin Demir", SERVICE,
           pb_in("Aylin Demir", "Unterrichtsentgelt Elif Geige {monat} {yyyy}",
                 eref=" Referenz NOTPROVIDED"), ("n", 2), 78.00, local=True),
        CP("Stadt Leipzig", SERVICE,
           pb_in("Stadt Leipzig", "Kassenzeichen {k:12} BuT Kulturelle Teilhabe {pmonat}",
                 iban_de("86055592")), ("n", 2), (60, 150, 5)),
        CP("Kinderhaus Pusteblume", SERVICE,
           pb_in("Kinderhaus Pusteblume e.V.", "Musikalische Frueherziehung {pmonat} RE {inv}"),
           ("monthly", 8, "next", ["2025-10", "2025-11", "2025-12"]), 640.00, local=True),
        CP("SumUp", SALES, "Gutschrift SumUp Limited SumUp Payout {X:10}", ("n", 2),
           (120, 380)),
        CP("PayPal", SALES,
           "Gutschrift PayPal Europe S.a.r.l. et Cie S.C.A Auszahlung PayPal {X:13}", ("n", 3),
           (180, 640)),
        CP("Jana Thiele", OWNER,
           pb_in("Jana Thiele", "Gesellschafterdarlehen Klangwerk", JANA_IBAN),
           ("dates", ["2025-09-15"]), 5000.00, local=True),
        # money out
        CP("Immobilien Weißbach", RENT,
           pb_out("Immobilien Weissbach GmbH", "Miete Gohliser Str. 14 Musikschule",
                  kind=" (Dauerauftrag)"), ("monthly", 1), -2950.00, local=True),
        CP("Felix Wendt", PROF,
           pb_out("Felix Wendt", "Honorar Gitarre {pmonat} {pyyyy} RE {d:3}"), ("bizday", 3),
           (-1380, -1120, 5), local=True),
        CP("Mira Stojanović", PROF,
           pb_out("Mira Stojanovic", "Honorar Violine {pmonat} {pyyyy}"), ("bizday", 3),
           (-1260, -980, 5), local=True),
        CP("Johanna Voigt", PROF,
           pb_out("Johanna Voigt", "Honorar Klavier Fruehkurs {pmonat} {pyyyy}"), ("bizday", 3),
           (-940, -720, 5), local=True),
        CP("Katrin Sommer", PAYROLL,
           pb_out("Katrin Sommer", "Gehalt {mm}/{yyyy}", kind=" (Lohn, Gehalt, Rente)"),
           ("lastbd", 1), (-1912, -1880), local=True),
        CP("Jana Thiele", PAYROLL,
           pb_out("Jana Thiele", "Gehalt GF {mm}/{yyyy}", JANA_IBAN,
                  kind=" (Lohn, Gehalt, Rente)"), ("lastbd", 1), -2840.12, local=True),
        CP("AOK PLUS", PAYROLL, pb_ls("AOK PLUS", "Beitragsnachweis {mm}/{yyyy} BBNR {k:8}"),
           ("lastbd", 2), (-2050, -1960)),
        CP("Finanzamt Leipzig II", PAYROLL,
           f"SEPA Lastschrift Finanzamt Leipzig II StNr {FA_STNR} LSt {{pmm}}/{{pyyyy}} "
           f"Referenz {{X:16}} Mandat {{K:12}} Einreicher-ID {FA_CID}", ("monthly", 10),
           (-640, -560)),
        CP("Finanzamt Leipzig II", TAX,
           [f"SEPA Lastschrift Finanzamt Leipzig II StNr {FA_STNR} KSt-VZ {q}/25 SolZ "
            f"Referenz {{X:16}} Mandat {{K:12}} Einreicher-ID {FA_CID}" for q in ("III", "IV")],
           ("dates", ["2025-09-10", "2025-12-10"]), -1250.00, seq=True),
        CP("Stadt Leipzig", TAX,
           pb_out("Stadt Leipzig", "Gewerbesteuer VZ IV/2025 Kassenzeichen {k:12}",
                  iban_de("86055592")), ("dates", ["2025-11-14"]), -1120.00),
        CP("Mannheimer Versicherung", INSUR,
           pb_ls("Mannheimer Versicherung AG",
                 "Vertrag {K:10} Beitrag {monat} {yyyy} vierteljaehrlich"),
           ("dates", ["2025-09-01", "2025-12-01"]), -259.20),
        CP("Stadtwerke Leipzig", UTIL,
           pb_ls("Stadtwerke Leipzig GmbH", "Abschlag Strom Gas VK {K:10} {mm}/{yyyy}"),
           ("monthly", 15), -312.00),
        CP("Leipziger Wasserwerke", UTIL,
           pb_ls("Kommunale Wasserwerke Leipzig GmbH", "Abschlag Trinkwasser Abwasser KD {K:9}"),
           ("dates", ["2025-09-30", "2025-11-28"]), -74.00),
        CP("1&1", UTIL, pb_ls("1&1 Telecom GmbH", "Kd-Nr. {K:9} Rg-Nr. {d:12}"),
           ("monthly", 5), -49.99),
        CP("Zoom", SOFTWARE, pb_card("ZOOM.COM 888-799-9666 San Jose US"),
           ("monthly", 18, "next", ["2025-09", "2025-10", "2025-11"]), -13.99, card=True),
        CP("Thomann", SUPPLIES, pb_card(THOMANN), ("n", 2), (-240, -60), card=True),
        CP("Thomann", EQUIP, pb_card(THOMANN), ("dates", ["2025-09-09"]), -1499.00,
           card=True),
        CP("Klavierbau Schönfeld", EQUIP,
           pb_out("Klavierbau Schoenfeld", "Rechnung {d:4} Stimmung Fluegel und 2 Klaviere"),
           ("dates", ["2025-09-24", "2025-12-03"]), [-285.60, -190.40], local=True),
        CP("Amazon", SUPPLIES, pb_card("AMZN Mktp DE*{X:9}"), ("n", 1), (-85, -19),
           card=True),
        CP("Google", MARKETING, pb_ls("Google Ireland Limited", "Google Ads {d:10}"),
           ("monthly", 4, "next", ["2025-09", "2025-11"]), (-260, -90)),
        CP("WIRmachenDRUCK", MARKETING, pb_card("WIRmachenDRUCK GmbH Backnang DE"),
           ("dates", ["2025-11-18"]), -127.46, card=True),
        CP("", FEES, "Sonstige Entgelt Business Giro {pmm}/{pyyyy}",
           ("bizday", 1, ["2025-10", "2025-11", "2025-12"]), -11.90),
        CP("", XFER,
           "Bargeldauszahlung (Geldautomat) Postbank Leipzig Hbf {dd.mm.yyyy} {hh:mm} "
           "Karte ****{card}", ("n", 1), -200.00, card=True),
        CP("Marek Kowalski", SERVICE,
           "SEPA Lastschrift Rückbelastung Marek Kowalski Unterrichtsentgelt Oktober 2025 "
           "Referenz KLW-{d:6} Mandat KLW-{k:5} Rueckgabegrund MD06 Rueckgabe auf Verlangen "
           "des Zahlers", ("dates", ["2025-10-13"]), -92.00, local=True),
        CP("", FEES, "Sonstige Entgelt Ruecklastschrift {d:10}", ("dates", ["2025-10-13"]),
           -3.00),
    ])

# =============================================================================================
# EU 2 (BE): dental laboratory (SRL), Liège, Belfius business account, French.
# Layouts: "ACHAT BANCONTACT [CONTACTLESS] AVEC CARTE N° ... - <cardholder> LE dd/mm hh:mm
# <merchant> REF. : .. VAL. dd-mm", "PAIEMENT MASTERCARD DEBIT dd/mm <merchant> 1,23 EUR CARTE
# N° ...", "VOTRE DOMICILIATION EUROPEENNE <mandate> POUR <creditor> COMMUNICATION : ..
# REFERENCE DU CREANCIER : ..", "VERSEMENT DE <iban> <payer> COMMUNICATION : .. REF. : .. VERS
# <own iban> <own name>", "VIREMENT EUROPEEN VERS", "VIREMENT INSTANTANE BELFIUS MOBILE VERS",
# "ORDRE PERMANENT", "PAIEMENTS DUS POUR VOTRE CREDIT INVESTISSEMENT", "PARTICIPATION AUX
# FRAIS", "RETRAIT D'ESPECES AVEC CARTE".
BE_OWN = spaced(iban_be("068"))
BE_BC = f"6703 04{_digits(2)} XXXX X{_digits(3)} {_digits(1)}"
BE_MC = f"5169 XXXX XXXX {_digits(4)}"
BE_LOAN = f"{_digits(3)}-{_digits(7)}-{_digits(2)}"


def bel_bc(merchant: str) -> str:
    return ("ACHAT BANCONTACT {CONTACTLESS |}AVEC CARTE N° {BC} - LEJEUNE JULIEN LE {dd/mm} "
            f"{{hh:mm}} {merchant} REF. : {{d:13}} VAL. {{dd-mm}}")


def bel_mc(merchant: str) -> str:
    return (f"PAIEMENT MASTERCARD DEBIT {{dd/mm}} {merchant} {{amt_eu}} EUR CARTE N° {{MC}} "
            "- LEJEUNE JULIEN")


def bel_dom(creditor: str, comm: str, cid: str | None = None) -> str:
    return (f"VOTRE DOMICILIATION EUROPEENNE {{K:13}} POUR {creditor} COMMUNICATION : {comm} "
            f"REFERENCE DU CREANCIER : {cid or cid_be()}")


def bel_in(payer: str, comm: str, iban: str | None = None) -> str:
    return (f"VERSEMENT DE {spaced(iban or iban_be())} {payer} COMMUNICATION : {comm} "
            f"REF. : {{X:3}}{{d:4}}-{{d:2}}-{{d:7}} VERS {{OWN}} MEUSE PROTHESE SRL")


def bel_out(payee: str, comm: str, iban: str | None = None) -> str:
    return (f"VIREMENT EUROPEEN VERS {spaced(iban or iban_be())} {payee} COMMUNICATION : {comm} "
            f"REF. : {{d:10}}")


def bel_mob(payee: str, comm: str, iban: str | None = None) -> str:
    return (f"VIREMENT INSTANTANE BELFIUS MOBILE VERS {spaced(iban or iban_be())} {payee} "
            f"COMMUNICATION : {comm}")


SPF_IBAN = iban_be("679")
DENTSPLY_IBAN = iban_other("NL", "ABNA", 10)
DENTAL = Business(
    id="be-dental-lab", region="EU", country="BE", bank="Belfius",
    layouts="ACHAT BANCONTACT [CONTACTLESS] AVEC CARTE N°; PAIEMENT MASTERCARD DEBIT; VOTRE "
            "DOMICILIATION EUROPEENNE ... POUR; VERSEMENT DE; VIREMENT EUROPEEN VERS; VIREMENT "
            "INSTANTANE BELFIUS MOBILE VERS; ORDRE PERMANENT; PAIEMENTS DUS POUR VOTRE CREDIT; "
            "PARTICIPATION AUX FRAIS; RETRAIT D'ESPECES",
    start=D("2025-10-01"), end=D("2026-01-31"), holidays=HOL_BE, cards=[BE_BC], lag=(0, 2),
    consts={"BC": BE_BC, "MC": BE_MC, "OWN": BE_OWN},
    cps=[
        # money in (crowns, bridges and prostheses invoiced to dentists)
        CP("Cabinet Dentaire du Longdoz", SALES,
           bel_in("CABINET DENTAIRE DU LONGDOZ SRL", "+++{ogm}+++"), ("n", 4), (3800, 7900),
           local=True),
        CP("Centre Dentaire Guillemins", SALES,
           bel_in("CENTRE DENTAIRE GUILLEMINS SCRL", "FACT {inv}"), ("n", 3), (2600, 5400),
           local=True),
        CP("Sophie Lambotte", SALES, bel_in("DR SOPHIE LAMBOTTE", "+++{ogm}+++"), ("n", 3),
           (1400, 3200), local=True),
        CP("Dentistes Associés de Chênée", SALES,
           bel_in("DENTISTES ASSOCIES DE CHENEE SRL", "+++{ogm}+++"), ("n", 3), (2200, 4800),
           local=True),
        CP("Cabinet Dentaire de Fléron", SALES,
           bel_in("CABINET DENTAIRE DE FLERON", "+++{ogm}+++"), ("n", 2), (900, 2100),
           local=True),
        CP("Tandartspraktijk Jekerdal", SALES,
           bel_in("TANDARTSPRAKTIJK JEKERDAL BV", "factuur {inv}"), ("n", 2), (1200, 2600),
           local=True),
        CP("Clinique Dentaire Ourthe-Amblève", SALES,
           bel_in("CLINIQUE DENTAIRE OURTHE-AMBLEVE ASBL", "FACTURE {inv}"), ("n", 2),
           (1600, 3900), local=True),
        CP("Dentsply Sirona", REFUND,
           bel_in("DENTSPLY SIRONA BENELUX BV", "NOTE DE CREDIT {d:8}", DENTSPLY_IBAN),
           ("n", 1), (120, 360)),
        # money out
        CP("Ivoclar", COGS,
           bel_out("IVOCLAR VIVADENT AG", "FACTURE {d:10} CLIENT {K:6}",
                   iban_other("LI", "08810", 12)), ("n", 3), (-2600, -1200)),
        CP("Dentsply Sirona", COGS,
           bel_dom("DENTSPLY SIRONA BENELUX BV", "FACT {d:9} CLIENT {K:7}", cid_nl()),
           ("n", 2), (-1400, -520)),
        CP("Dental Depot Liégeois", COGS,
           bel_out("DENTAL DEPOT LIEGEOIS SRL", "+++{ogm}+++"), ("n", 3), (-980, -260),
           local=True),
        CP("Cendres+Métaux", COGS,
           bel_out("CENDRES+METAUX SA", "RECHNUNG {d:8}", iban_other("CH", "00777", 12)),
           ("n", 2), (-3100, -1400)),
        CP("", LOAN,
           f"PAIEMENTS DUS POUR VOTRE CREDIT INVESTISSEMENT {BE_LOAN} REF. : {{d:10}}",
           ("monthly", 5), -1284.16),
        CP("Immo Ourthe", RENT,
           f"ORDRE PERMANENT {{K:8}} POUR {spaced(iban_be())} IMMO OURTHE SRL COMMUNICATION : "
           "LOYER ATELIER {mois} {yyyy}", ("monthly", 1), -2100.00, local=True),
        CP("Nathalie Gérard", PAYROLL,
           bel_mob("NATHALIE GERARD", "SALAIRE {mois} {yyyy}"), ("lastbd",), (-2480, -2420),
           local=True),
        CP("Kevin Dumont", PAYROLL,
           bel_mob("KEVIN DUMONT", "SALAIRE {mois} {yyyy}"), ("lastbd",), (-2210, -2150),
           local=True),
        CP("ONSS", PAYROLL,
           bel_out("OFFICE NATIONAL DE SECURITE SOCIALE", "+++{kogm}+++",
                   iban_be("679")), ("monthly", 5), (-1720, -1640)),
        CP("SPF Finances", PAYROLL,
           bel_out("SPF FINANCES - PRECOMPTE PROFESSIONNEL", "+++{ogm}+++", SPF_IBAN),
           ("monthly", 15), (-890, -820)),
        CP("SPF Finances", TAX,
           bel_out("SPF FINANCES - VERSEMENTS ANTICIPES", "+++{ogm}+++", SPF_IBAN),
           ("dates", ["2025-10-10", "2025-12-22"]), -1500.00),
        CP("Partena", SOFTWARE,
           bel_dom("PARTENA SECRETARIAT SOCIAL D EMPLOYEURS ASBL", "FACTURE {d:9}"),
           ("monthly", 20, "next", ["2025-10", "2025-11", "2025-12"]), (-98, -76)),
        CP("Engie", UTIL,
           bel_dom("ENGIE Electrabel nv/sa", "{K:12} ACOMPTE ELECTRICITE {mois}"),
           ("monthly", 24), -340.00),
        CP("CILE", UTIL, bel_dom("C.I.L.E. SCRL", "ACOMPTE EAU {K:10}"),
           ("dates", ["2025-10-28", "2026-01-27"]), -126.00),
        CP("Proximus", UTIL,
           bel_dom("PROXIMUS SA DE DROIT PUBLIC", "{K:12} FACTURE {d:10}"), ("monthly", 9),
           (-118, -104)),
        CP("TotalEnergies", TRAVEL, bel_bc("TOTALENERGIES ROCOURT LIEGE"), ("n", 2),
           (-78, -52), card=True),
        CP("bpost", COGS, bel_bc("BPOST LIEGE 1 LIEGE"), ("n", 2), (-38, -12), card=True),
        CP("Ethias", INSUR, bel_dom("ETHIAS SA", "POLICE {K:8} PRIME TRIMESTRIELLE"),
           ("dates", ["2025-10-02", "2026-01-02"]), -412.50),
        CP("Fiduciaire Dethier", PROF, bel_out("FIDUCIAIRE DETHIER SRL", "+++{ogm}+++"),
           ("dates", ["2025-10-17", "2026-01-16"]), -726.00, local=True),
        CP("3Shape", SOFTWARE, bel_mc("3SHAPE A/S COPENHAGEN K DK"), ("monthly", 3), -149.00,
           card=True),
        CP("Renfert", EQUIP,
           bel_out("RENFERT GMBH", "RE {d:8}", iban_de("69050001")),
           ("dates", ["2025-11-12"]), -2380.00),
        CP("Julien Lejeune", OWNER,
           bel_mob("JULIEN LEJEUNE", "PRELEVEMENT COMPTE COURANT"),
           ("dates", ["2025-11-28", "2025-12-30"]), [-2000.00, -2500.00], local=True),
        CP("", FEES, "PARTICIPATION AUX FRAIS DE GESTION DU COMPTE {pmm}/{pyyyy}",
           ("bizday", 1, ["2025-11", "2025-12", "2026-01"]), (-22.50, -18.00)),
        CP("", XFER,
           "RETRAIT D'ESPECES AVEC CARTE N° {BC} - LEJEUNE JULIEN LE {dd/mm} {hh:mm} "
           "BELFIUS LIEGE GUILLEMINS REF. : {d:13} VAL. {dd-mm}", ("n", 1), -150.00, card=True),
    ])

# =============================================================================================
# EU 3 (IT): wine shop and wine bar (ditta individuale), Modena, BPER Banca business account.
# Layouts: "PAG. CARTA DEBITO dd/mm/yy hh:mm <merchant> CARTA ****nnnn",
# "ADDEBITO DIRETTO SDD <creditor> CID .. MANDATO .. RIF. ..", "BONIFICO SEPA IN ENTRATA ORD.:
# .. CAUS.: .. TRN:", "BONIFICO SEPA IN USCITA BEN.: .. IBAN: .. CAUS.: .. CRO:", "BONIFICO
# PERIODICO", "ACCREDITO INCASSI POS NEXI", "VERSAMENTO CONTANTI", "PAGAMENTO F24 TELEMATICO",
# "IMPOSTA DI BOLLO", "CANONE MENSILE CONTO", "COMPETENZE DI CHIUSURA", "RATA FINANZIAMENTO",
# "PRELIEVO BANCOMAT".
def bp_pos(merchant: str) -> str:
    return f"PAG. CARTA DEBITO {{dd/mm/yy}} {{hh:mm}} {merchant} CARTA ****{{card}}"


def bp_sdd(creditor: str, info: str) -> str:
    return f"ADDEBITO DIRETTO SDD {creditor} CID {cid_it()} MANDATO {{K:12}} RIF. {info}"


def bp_in(payer: str, causale: str) -> str:
    return (f"BONIFICO SEPA IN ENTRATA ORD.: {payer} CAUS.: {causale} "
            f"TRN: {{d:16}}{{X:2}}{{d:10}}IT")


def bp_out(payee: str, causale: str, iban: str | None = None) -> str:
    return (f"BONIFICO SEPA IN USCITA BEN.: {payee} IBAN: {iban or iban_it()} CAUS.: {causale} "
            f"CRO: {{d:11}}")


WINE = Business(
    id="it-wine-shop", region="EU", country="IT", bank="BPER Banca",
    layouts="PAG. CARTA DEBITO; ADDEBITO DIRETTO SDD ... CID MANDATO; BONIFICO SEPA IN "
            "ENTRATA ORD.:; BONIFICO SEPA IN USCITA BEN.:; BONIFICO PERIODICO; ACCREDITO INCASSI "
            "POS NEXI; VERSAMENTO CONTANTI; PAGAMENTO F24; IMPOSTA DI BOLLO; CANONE; "
            "COMPETENZE DI CHIUSURA; RATA FINANZIAMENTO; PRELIEVO BANCOMAT",
    start=D("2025-11-01"), end=D("2026-02-27"), holidays=HOL_IT, cards=["4402"], lag=(0, 2),
    consts={},
    cps=[
        # money in
        CP("Nexi", SALES, "ACCREDITO INCASSI POS NEXI PAYMENTS DEL {dd/mm/yy} ESERC. {K:10}",
           ("n", 9), (1400, 3900), mult={12: 1.6}, card=True, lag=(1, 1)),
        CP("Satispay", SALES,
           bp_in("SATISPAY EUROPE S.A.", "SATISPAY ACCREDITO TRANSAZIONI {d:8}"), ("n", 3),
           (140, 520)),
        CP("", SALES, "VERSAMENTO CONTANTI SU ATM EVOLUTO BPER MODENA VIA EMILIA CENTRO",
           ("n", 3), (600, 1700, 10)),
        CP("Osteria La Secchia", SALES,
           bp_in("OSTERIA LA SECCHIA SNC DI ROSSI G. & C.", "SALDO FATTURA N. {inv}"),
           ("n", 3), (420, 1280), local=True),
        CP("Trattoria Il Fantino", SALES,
           bp_in("TRATTORIA IL FANTINO DI MONARI LUCA", "PAGAMENTO FATTURA {inv} VINI"),
           ("n", 2), (310, 820), local=True),
        CP("Officine Meccaniche Panaro", SALES,
           bp_in("OFFICINE MECCANICHE PANARO S.R.L.", "FT {inv} CONFEZIONI NATALIZIE"),
           ("dates", ["2025-12-12", "2025-12-19"]), [1860.00, 940.00], local=True),
        CP("Eventbrite", SALES,
           bp_in("EVENTBRITE OPERATIONS (IRELAND) LTD", "EVENTBRITE PAYOUT {d:10}"),
           ("dates", ["2025-11-21", "2026-02-13"]), (380, 760)),
        # money out
        CP("Vigneti Malagoli", COGS,
           bp_out("VIGNETI MALAGOLI SOCIETA' AGRICOLA S.S.", "FATTURA N. {d:3}/{yyyy}"),
           ("n", 3), (-1900, -640), local=True),
        CP("Tenuta Montebaranzone", COGS,
           bp_out("TENUTA MONTEBARANZONE S.S.", "FATT. N. {d:3}/{yyyy}"), ("n", 2),
           (-1450, -520), local=True),
        CP("Emilvini Distribuzione", COGS,
           bp_out("EMILVINI DISTRIBUZIONE S.R.L.", "SALDO FT {d:5}"), ("n", 3),
           (-2800, -900), local=True),
        CP("Caseificio Santa Rita", COGS,
           bp_out("CASEIFICIO SANTA RITA SOC. COOP. AGRICOLA", "FATTURA {d:4} PARMIGIANO"),
           ("n", 2), (-780, -310), local=True),
        CP("Salumificio Valtiepido", COGS,
           bp_out("SALUMIFICIO VALTIEPIDO S.R.L.", "FT. {d:4}/{yy}"), ("n", 2), (-520, -210),
           local=True),
        CP("Acetaia Vecchia Corte", COGS,
           bp_out("ACETAIA VECCHIA CORTE DI LUGLI M.", "FATTURA {d:3}"), ("n", 2),
           (-640, -180), local=True),
        CP("Immobiliare Canalchiaro", RENT,
           f"BONIFICO PERIODICO BEN.: IMMOBILIARE CANALCHIARO S.R.L. IBAN: {iban_it('05034')} "
           "CAUS.: CANONE LOCAZIONE {mese} {yyyy}", ("monthly", 5), -1650.00, local=True),
        CP("Hera", UTIL, bp_sdd("HERA COMM S.P.A.", "FATTURA {d:10} CONTRATTO {K:10}"),
           ("monthly", 18), (-420, -260), mult={12: 1.15, 1: 1.25}),
        CP("TIM", UTIL, bp_sdd("TELECOM ITALIA S.P.A.", "FATTURA {A:2}{d:8} LINEA {K:10}"),
           ("dates", ["2025-11-17", "2026-01-16"]), (-96, -82)),
        CP("Giulia Ferretti", PAYROLL,
           bp_out("GIULIA FERRETTI", "STIPENDIO {pmese} {pyyyy}"), ("monthly", 10),
           (-1420, -1360), local=True),
        CP("Studio Bertacchini", PROF,
           bp_out("STUDIO BERTACCHINI", "SALDO PARCELLA N. {d:2}/{yyyy}"),
           ("dates", ["2025-11-26", "2026-02-25"]), [-610.00, -854.00], local=True),
        CP("Reale Mutua", INSUR,
           bp_sdd("REALE MUTUA ASSICURAZIONI", "POLIZZA {K:9} RATA TRIMESTRALE"),
           ("dates", ["2025-11-03", "2026-02-02"]), -389.00),
        CP("TeamSystem", SOFTWARE,
           bp_sdd("TEAMSYSTEM S.P.A.", "CASSA IN CLOUD CANONE {mese} {yyyy}"),
           ("monthly", 2), -48.80),
        CP("Metro", SUPPLIES, bp_pos("METRO ITALIA CASH AND CARRY MODENA"), ("n", 2),
           (-260, -80), card=True),
        CP("Cartotecnica Emiliana", COGS,
           bp_out("CARTOTECNICA EMILIANA S.R.L.", "FT {d:4} SCATOLE REGALO"),
           ("dates", ["2025-11-24", "2025-12-05"]), (-880, -340), local=True),
        CP("Trenitalia", TRAVEL, bp_pos("TRENITALIA WEB ROMA"),
           ("dates", ["2026-02-09", "2026-02-12"]), (-145, -95), card=True),
        CP("Telepass", TRAVEL, bp_sdd("TELEPASS S.P.A.", "ESTRATTO CONTO {d:10}"),
           ("monthly", 22, "next", ["2025-11", "2026-01"]), (-68, -24)),
        CP("Enilive", TRAVEL, bp_pos("ENILIVE {d:4} MODENA"), ("n", 1), (-72, -45),
           card=True),
        CP("Meta", MARKETING, bp_pos("FACEBK *{X:10} FB.ME/ADS IRL"), ("n", 1),
           (-120, -40), card=True),
        CP("Chiara Bertoni", OWNER,
           bp_out("CHIARA BERTONI", "PRELEVAMENTO TITOLARE"),
           ("dates", ["2025-12-23", "2026-01-30"]), [-2000.00, -1500.00], local=True),
        CP("", LOAN, "RATA FINANZIAMENTO N. {K:9} RATA {n:23}/60", ("monthly", 28),
           -612.45),
        CP("Agenzia delle Entrate", TAX, "PAGAMENTO F24 TELEMATICO PROT. {d:17}",
           ("monthly", 16), (-1850, -920)),
        CP("", TAX, "IMPOSTA DI BOLLO E/C DAL 01/10/2025 AL 31/12/2025",
           ("dates", ["2025-12-31"]), -25.00),
        CP("", FEES, "CANONE MENSILE CONTO {pmese} {pyyyy}",
           ("bizday", 1, ["2025-12", "2026-01", "2026-02"]), -12.00),
        CP("", FEES, "COMPETENZE DI CHIUSURA AL 31/12/2025", ("dates", ["2025-12-31"]),
           -18.40),
        CP("", XFER,
           "PRELIEVO BANCOMAT ATM BPER MODENA VIA EMILIA CENTRO {dd/mm/yy} {hh:mm} "
           "CARTA ****{card}", ("n", 1), -250.00, card=True),
    ])

BUSINESSES = [DOG, DISTILLERY, LOCKSMITH, TATTOO, COOP, MUSIC, DENTAL, WINE]
ACCOUNT_ORDER = {"main": 0, "savings": 1}

# Legal forms that must never survive in an entity.
LEGAL = re.compile(r"\b(Ltd|Limited|LLC|LLP|Inc|GmbH|UG|e\.K\.|e\.V\.|SRL|S\.R\.L\.|SpA|"
                   r"S\.P\.A\.|SAS|SARL|SA|SCRL|ASBL|BV|B\.V\.|nv|plc|S\.S\.|SNC)\.?$", re.I)


# ---------------------------------------------------------------------------------------------
def generate() -> list[dict]:
    rng = random.Random(SEED)
    renderer = Renderer(rng)
    rows: list[dict] = []
    for bi, b in enumerate(BUSINESSES):
        brows = []
        for ci, cp in enumerate(b.cps):
            assert cp.category in CATEGORIES, (b.id, cp.category)
            dates = schedule(b, cp, rng)
            if isinstance(cp.amount, list):
                assert len(cp.amount) == len(dates), (b.id, cp.entity, dates)
            if cp.seq:
                assert len(cp.tpl) == len(dates), (b.id, cp.entity)
            for j, day in enumerate(dates):
                amount = draw_amount(cp, j, day, rng)
                tx = day
                if cp.card:
                    lo, hi = cp.lag or b.lag
                    tx = day - dt.timedelta(days=rng.randint(lo, hi))
                if cp.seq:
                    tpl = cp.tpl[j]
                elif isinstance(cp.tpl, list):
                    tpl = rng.choice(cp.tpl)
                else:
                    tpl = cp.tpl
                desc = renderer.render(tpl, b, (bi, ci), j, day, tx, amount)
                brows.append(((day, ACCOUNT_ORDER[cp.account], ci, j), {
                    "region": b.region, "business": b.id, "date": day.isoformat(),
                    "amount": f"{amount:.2f}", "description": desc, "entity": cp.entity,
                    "category": cp.category, "_local": cp.local, "_country": b.country,
                }))
        brows.sort(key=lambda r: r[0])
        rows.extend(r for _, r in brows)
    return rows


def check(rows: list[dict]) -> None:
    by_id = {b.id: b for b in BUSINESSES}
    for r in rows:
        b = by_id[r["business"]]
        day = D(r["date"])
        assert is_bd(b, day) and b.start <= day <= b.end, r
        assert float(r["amount"]) != 0, r
        assert r["description"] == r["description"].strip() and "\n" not in r["description"]
        assert "  " not in r["description"], r
        assert r["category"] in CATEGORIES, r
        assert not LEGAL.search(r["entity"]), r
        if r["entity"] == "":
            assert not r["_local"], r


def write(rows: list[dict]) -> None:
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[h] for h in HEADER])


def pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f} %"


def report(rows: list[dict]) -> None:
    total = len(rows)
    print(f"wrote {OUT.name}: {total} rows\n")
    print("| region | business | bank | rows | months | money in | entities |")
    print("|---|---|---|---:|---|---:|---:|")
    for b in BUSINESSES:
        br = [r for r in rows if r["business"] == b.id]
        ins = sum(float(r["amount"]) > 0 for r in br)
        ents = {r["entity"].casefold() for r in br if r["entity"]}
        region = b.region if b.region != "EU" else f"EU ({b.country})"
        print(f"| {region} | `{b.id}` | {b.bank} | {len(br)} | {br[0]['date'][:7]} .. "
              f"{br[-1]['date'][:7]} | {ins} | {len(ents)} |")
    print()
    reg = Counter(r["region"] for r in rows)
    eu = Counter(r["_country"] for r in rows if r["region"] == "EU")
    print("regions: "
          + ", ".join(f"{k} {reg[k]} ({pct(reg[k], total)})" for k in ("US", "UK", "EU"))
          + " | EU: " + ", ".join(f"{k} {v}" for k, v in eu.items()))
    ins = sum(float(r["amount"]) > 0 for r in rows)
    print(f"money in {ins} ({pct(ins, total)}), money out {total - ins}")
    ent_rows = [r for r in rows if r["entity"]]
    names: dict[str, str] = {}
    for r in ent_rows:
        names.setdefault(r["entity"].casefold(), r["entity"])
    occ = Counter(r["entity"].casefold() for r in ent_rows)
    per_biz = defaultdict(set)
    for r in ent_rows:
        per_biz[r["entity"].casefold()].add(r["business"])
    shared = sorted(names[k] for k, v in per_biz.items() if len(v) > 1)
    print(f"distinct entities {len(occ)} ({len(shared)} shared across businesses: "
          f"{', '.join(shared)})")
    none = total - len(ent_rows)
    print(f"rows without entity {none} ({pct(none, total)})")
    multi = sum(v for v in occ.values() if v > 1)
    print(f"rows with an entity {len(ent_rows)}; {multi} ({pct(multi, len(ent_rows))}) belong to "
          f"an entity occurring more than once")
    once = sum(1 for v in occ.values() if v == 1)
    mid = sum(1 for v in occ.values() if 2 <= v <= 8)
    big = sorted(((v, names[k]) for k, v in occ.items() if v > 8), reverse=True)
    print(f"entities occurring once {once}, 2-8 times {mid}, more often {len(big)}: "
          + ", ".join(f"{n} {v}" for v, n in big))
    local = sum(r["_local"] for r in rows)
    print(f"rows naming a local / private counterparty {local} ({pct(local, total)})")
    cats = Counter(r["category"] for r in rows)
    print("rows per category: " + ", ".join(
        f"{c} {n}" for c, n in sorted(((c, cats.get(c, 0)) for c in CATEGORIES),
                                      key=lambda x: (-x[1], x[0]))))


def main() -> None:
    rows = generate()
    check(rows)
    write(rows)
    report(rows)


if __name__ == "__main__":
    main()
