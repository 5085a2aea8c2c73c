#!/usr/bin/env python3
"""Generate ``labelled_transactions_6.csv``: the sixth, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-5 uses: Frost Bank, Bluevine and
First Citizens Bank (US); Bank of Scotland and Danske Bank (Northern Ireland) (UK); La Banque
Postale (France), Banco Sabadell (Spain) and OP (Finland). Written blind: its author read only
``README.md``, the first three lines of the earlier CSVs and the opening of
``make_labelled_transactions_5.py`` (format, category list), not CashPilot's code, vendor lists
or rules, nor the earlier rows or the rest of the earlier generators.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's export layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates,
customer / policy numbers, creditor ids, counterparty IBANs, ACH company ids, Finnish reference
numbers) are drawn once per counterparty, from a second fixed-seed generator, and stored in the
counterparty's ``keep`` dict. Labels follow the ``entity`` and ``category`` conventions in
``README.md`` (bank fees, interest, own-bank loans and credit lines, own-account transfers, cash
withdrawals, cash / cheque deposits and the bank's own card-terminal settlements have an empty
entity).

Template placeholders:
  ``{d:N}`` random digits, ``{X:N}`` random upper-case alphanumerics, ``{A:N}`` letters,
  ``{r:LO-HI}`` a random integer, ``{a|b}`` pick one, ``{card}`` one of the business's cards,
  ``{inv}`` the business's next own invoice number, ``{viite}`` a random Finnish reference
  number (valid check digit), ``{arch}`` an OP archive id, ``{amt}`` / ``{amt_c}`` /
  ``{amt_eu}`` the absolute amount (``1234.56`` / ``1234,56`` / ``1.234,56``), and any key of
  the counterparty's ``keep`` dict or the business's ``consts``.
  Transaction-date formats (card lines: the purchase date, 0-3 days before posting; other
  lines: the posting date): ``{mm/dd}`` ``{mmdd}`` ``{mm/dd/yy}`` ``{yymmdd}`` ``{dd/mm}``
  ``{dd/mm/yy}`` ``{dd.mm}`` ``{dd.mm.yy}`` ``{dd.mm.yyyy}`` ``{ddMONyy}`` ``{ddMON}``
  ``{hh:mm}`` ``{hhmm}``; a ``P`` in front (``{Pyymmdd}``) forces the posting date.
  Posting-month words: ``{MON}`` ``{mm}`` ``{yyyy}`` ``{yy}`` ``{mois}`` ``{mes}`` ``{kk}``
  (French / Spanish upper case, Finnish lower case), with a ``p`` in front for the previous
  month (``{pmois}``, ``{pmm}``, ``{pyyyy}``, ``{pkk}``, ``{pMON}``).

Schedules: ``("monthly", day[, k])`` (moved to the next banking day; with ``k`` only the
last ``k`` months, as the set samples each account), ``("lastbd",)`` (last
banking day), ``("semi",)`` (15th or the banking day before, and the last banking day),
``("n", count)`` (random banking days), ``("dates", [...])`` (explicit ISO dates, moved to the
next banking day; with ``amounts=[...]`` for paired own-account transfers).

Usage: python tests/data/make_labelled_transactions_6.py   (writes the CSV next to it and
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

SEED = 6_2026_0420
KEEP_SEED = 6_2026_0421
OUT = Path(__file__).with_name("labelled_transactions_6.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Internal Transfer", "Owner Draw / Contribution", "Other Expense",
}

# Counterparties no generic vendor dictionary could know (local suppliers, customers,
# landlords, contractors, employees, owners); used only for the printed statistics.
LOCAL = set()

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = ["JANVIER", "FEVRIER", "MARS", "AVRIL", "MAI", "JUIN", "JUILLET", "AOUT", "SEPTEMBRE",
        "OCTOBRE", "NOVEMBRE", "DECEMBRE"]
MES = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SEPTIEMBRE",
       "OCTUBRE", "NOVIEMBRE", "DICIEMBRE"]
KK = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
      "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]

KR = random.Random(KEEP_SEED)   # stable identifiers, drawn once per counterparty


# ----------------------------------------------------------------------------- identifiers
def kd(n: int) -> str:
    return "".join(KR.choice(string.digits) for _ in range(n))


def kx(n: int) -> str:
    return "".join(KR.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _mod97(s: str) -> int:
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban(cc: str, bban: str, spaced: bool = False) -> str:
    check = 98 - _mod97(bban + cc + "00")
    s = f"{cc}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_fr(spaced: bool = False) -> str:
    bank, branch, acct = kd(5), kd(5), kd(11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}", spaced)


def iban_es(spaced: bool = False) -> str:
    return iban("ES", KR.choice(["0081", "2100", "0049", "0182", "2038", "3058"]) + kd(16), spaced)


def iban_fi(spaced: bool = True) -> str:
    return iban("FI", KR.choice(["5", "1", "2", "4", "8"]) + kd(13), spaced)


def creditor_id(cc: str, national: str, biz: str = "ZZZ") -> str:
    check = 98 - _mod97(national + cc + "00")
    return f"{cc}{check:02d}{biz}{national}"


def fi_ref(base: str) -> str:
    weights = [7, 3, 1]
    total = sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


def kviite(n: int = 8) -> str:
    return fi_ref(str(KR.randint(1, 9)) + kd(n - 1))


def sortcode() -> str:
    return f"{kd(2)}-{kd(2)}-{kd(2)}"


# ----------------------------------------------------------------------------- model
@dataclass
class CP:
    entity: str
    category: str
    amount: object          # float fixed | (lo, hi) | (lo, hi, step) | [choices]
    sched: tuple
    tpls: list
    keep: dict = field(default_factory=dict)
    card: bool = False
    amounts: list | None = None
    local: bool = False


@dataclass
class Business:
    id: str
    region: str
    start: tuple
    months: int
    cards: list
    specs: list
    consts: dict = field(default_factory=dict)
    inv_prefix: str = ""
    inv_start: int = 1000


def cp(entity, category, amount, sched, *tpls, keep=None, card=False, amounts=None, local=False):
    if category not in CATEGORIES:
        raise ValueError(category)
    c = CP(entity, category, amount, sched, list(tpls), dict(keep or {}), card, amounts, local)
    if local and entity:
        LOCAL.add(entity)
    return c


# ----------------------------------------------------------------------------- dates
def is_bd(d: dt.date) -> bool:
    return d.weekday() < 5 and (d.month, d.day) not in {(1, 1), (12, 25)}


def next_bd(d: dt.date) -> dt.date:
    while not is_bd(d):
        d += dt.timedelta(days=1)
    return d


def prev_bd(d: dt.date) -> dt.date:
    while not is_bd(d):
        d -= dt.timedelta(days=1)
    return d


def month_list(b: Business):
    y, m = b.start
    out = []
    for _ in range(b.months):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def period(b: Business):
    ms = month_list(b)
    first = dt.date(ms[0][0], ms[0][1], 1)
    y, m = ms[-1]
    last = dt.date(y, m, calendar.monthrange(y, m)[1])
    return first, last


def schedule_dates(rng: random.Random, b: Business, sched: tuple):
    first, last = period(b)
    kind = sched[0]
    out = []
    if kind == "monthly":
        months = month_list(b)
        if len(sched) > 2:
            months = months[-sched[2]:]
        for y, m in months:
            d = next_bd(dt.date(y, m, min(sched[1], calendar.monthrange(y, m)[1])))
            out.append(d)
    elif kind == "lastbd":
        for y, m in month_list(b):
            out.append(prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1])))
    elif kind == "semi":
        for y, m in month_list(b):
            out.append(prev_bd(dt.date(y, m, 15)))
            out.append(prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1])))
    elif kind == "n":
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        days = [d for d in days if is_bd(d)]
        out = sorted(rng.sample(days, sched[1]))
    elif kind == "dates":
        out = [next_bd(dt.date.fromisoformat(s)) for s in sched[1]]
    else:
        raise ValueError(sched)
    return [d for d in out if first <= d <= last] if kind != "dates" else out


# ----------------------------------------------------------------------------- amounts
def draw_amount(rng: random.Random, a) -> float:
    if isinstance(a, (int, float)):
        return float(a)
    if isinstance(a, list):
        return float(rng.choice(a))
    if len(a) == 3:
        lo, hi, step = a
        n = rng.randint(0, round((hi - lo) / step))
        return round(lo + n * step, 2)
    lo, hi = a
    return round(rng.uniform(lo, hi), 2)


def fmt_eu(x: float) -> str:
    s = f"{abs(x):,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


# ----------------------------------------------------------------------------- templates
TOKEN = re.compile(r"\{([^{}]+)\}")


def render(tpl: str, rng: random.Random, b: Business, c: CP, td: dt.date, pd: dt.date,
           amount: float, state: dict) -> str:
    def prev_month(d):
        return (d.replace(day=1) - dt.timedelta(days=1))

    def sub(m):
        t = m.group(1)
        if t in c.keep:
            return c.keep[t]
        if t in b.consts:
            return b.consts[t]
        if "|" in t:
            return rng.choice(t.split("|"))
        if ":" in t and t.split(":")[0] in {"d", "X", "A", "r"}:
            k, v = t.split(":", 1)
            if k == "d":
                return "".join(rng.choice(string.digits) for _ in range(int(v)))
            if k == "X":
                return "".join(rng.choice(string.ascii_uppercase + string.digits)
                               for _ in range(int(v)))
            if k == "A":
                return "".join(rng.choice(string.ascii_uppercase) for _ in range(int(v)))
            lo, hi = v.split("-")
            return str(rng.randint(int(lo), int(hi)))
        if t == "card":
            return rng.choice(b.cards)
        if t == "inv":
            state["inv"] += rng.randint(1, 4)
            return f"{b.inv_prefix}{state['inv']}"
        if t == "viite":
            return fi_ref(str(rng.randint(1, 9)) + "".join(rng.choice(string.digits)
                                                            for _ in range(rng.randint(5, 9))))
        if t == "arch":
            return (pd.strftime("%y%m%d") + "".join(rng.choice(string.digits) for _ in range(6))
                    + "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
                    + "".join(rng.choice(string.digits) for _ in range(5)))
        if t == "amt":
            return f"{abs(amount):.2f}"
        if t == "amt_c":
            return f"{abs(amount):.2f}".replace(".", ",")
        if t == "amt_eu":
            return fmt_eu(amount)
        if t == "hh:mm":
            return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"
        if t == "hhmm":
            return f"{rng.randint(7, 21):02d}{rng.randint(0, 59):02d}"
        d = td
        if t.startswith("P") and t not in {"P"}:
            d, t = pd, t[1:]
        months = {
            "MON": lambda: MON[pd.month - 1], "pMON": lambda: MON[prev_month(pd).month - 1],
            "mm": lambda: f"{pd.month:02d}", "pmm": lambda: f"{prev_month(pd).month:02d}",
            "yyyy": lambda: str(pd.year), "pyyyy": lambda: str(prev_month(pd).year),
            "yy": lambda: f"{pd.year % 100:02d}",
            "mois": lambda: MOIS[pd.month - 1], "pmois": lambda: MOIS[prev_month(pd).month - 1],
            "mes": lambda: MES[pd.month - 1], "pmes": lambda: MES[prev_month(pd).month - 1],
            "kk": lambda: KK[pd.month - 1], "pkk": lambda: KK[prev_month(pd).month - 1],
        }
        if t in months:
            return months[t]()
        fmts = {
            "mm/dd": "%m/%d", "mmdd": "%m%d", "mm/dd/yy": "%m/%d/%y", "yymmdd": "%y%m%d",
            "yyyymmdd": "%Y%m%d", "dd/mm": "%d/%m", "dd/mm/yy": "%d/%m/%y",
            "dd/mm/yyyy": "%d/%m/%Y", "dd.mm": "%d.%m", "dd.mm.yy": "%d.%m.%y",
            "dd.mm.yyyy": "%d.%m.%Y", "dd-mm-yyyy": "%d-%m-%Y",
        }
        if t in fmts:
            return d.strftime(fmts[t])
        if t == "ddMONyy":
            return f"{d.day:02d}{MON[d.month - 1]}{d.year % 100:02d}"
        if t == "ddMON":
            return f"{d.day:02d}{MON[d.month - 1]}"
        raise KeyError(f"{b.id}: unknown placeholder {{{m.group(1)}}} in {tpl!r}")

    return TOKEN.sub(sub, tpl)


# ============================================================================ businesses
# ---------------------------------------------------------------- US: Frost Bank (Austin TX)
def vet_clinic() -> Business:
    def card(m):   # signature debit, purchase time + date + 8-digit sequence, card suffix
        return "DBT CRD {hhmm} {mm/dd/yy} {d:8} " + m + " C#{card}"

    def pos(m):    # PIN debit
        return "POS DEB {hhmm} {mm/dd/yy} {d:8} " + m + " C#{card}"

    def achd(co, entry, key="cid"):
        return f"ACH DR {co} {entry} {{{key}}}"

    def achc(co, entry, key="cid"):
        return f"ACH CR {co} {entry} {{{key}}}"

    s = [
        cp("Barton Creek Commons", "Rent", -6850.00, ("monthly", 1),
           "BILL PAY BARTON CREEK COMMO ON {Pmm/dd} CONF {d:10}", local=True),
        cp("Square", "Sales Revenue", (1850, 7400), ("n", 7),
           "ACH CR SQUARE INC {Pyymmdd}P2 L21{d:12}"),
        cp("Trupanion", "Service Income", (240, 1900), ("n", 3),
           achc("TRUPANION INC", "VETDIRECT"), keep={"cid": kd(9)}),
        cp("CareCredit", "Sales Revenue", (600, 2400), ("n", 2),
           achc("SYNCHRONY BANK", "CARECREDIT"), keep={"cid": "5348" + kd(12)}),
        cp("Austin Pets Alive", "Service Income", (1200, 3600), ("n", 3),
           achc("AUSTIN PETS ALIV", "VENDOR PMT"), keep={"cid": "V" + kd(6)}, local=True),
        cp("", "Service Income", (180, 1450), ("n", 3), "REMOTE DEPOSIT CAPTURE"),
        cp("Bee Cave Animal Hospital", "Service Income", (420, 1350), ("n", 2),
           achc("BEE CAVE ANIMAL", "REFERRAL"), keep={"cid": kd(8)}, local=True),
        cp("MWI Animal Health", "Cost of Goods Sold", (900, 4200), ("n", 2),
           achd("MWI ANIMAL HEALT", "PAYMENT"), keep={"cid": kd(7)}),
        cp("Covetrus", "Cost of Goods Sold", (700, 3100), ("n", 2),
           achd("COVETRUS NA", "AUTOPAY"), keep={"cid": "C" + kd(8)}),
        cp("Covetrus", "Refunds", (85, 320), ("dates", ["2025-10-21"]),
           achc("COVETRUS NA", "CREDIT MEMO"), keep={"cid": "C" + kd(8)}),
        cp("Zoetis", "Cost of Goods Sold", (1100, 2800), ("n", 1),
           achd("ZOETIS US LLC", "DIRECT DEB"), keep={"cid": kd(10)}),
        cp("Hill's Pet Nutrition", "Cost of Goods Sold", (450, 1300), ("n", 2),
           achd("HILLS PET NUTRIT", "EFT PMT"), keep={"cid": kd(8)}),
        cp("IDEXX", "Cost of Goods Sold", (600, 2100), ("monthly", 12, 2),
           achd("IDEXX LABORATORI", "IDEXX INV"), keep={"cid": kd(6)}),
        cp("Gentle Paws Pet Cremation", "Cost of Goods Sold", (210, 680), ("n", 3),
           "BILL PAY GENTLE PAWS PET C ON {Pmm/dd} CONF {d:10}", local=True),
        cp("Paylocity", "Salaries & Payroll", (14800, 16900), ("semi",),
           achd("PAYLOCITY CORPOR", "NET PAY"), keep={"cid": "P" + kd(7)}),
        cp("Paylocity", "Salaries & Payroll", (8200, 9600), ("lastbd",),
           achd("PAYLOCITY CORPOR", "TAX COL"), keep={"cid": "P" + kd(7)}),
        cp("Paylocity", "Software & Subscriptions", (189, 214), ("dates", ["2025-10-06", "2025-11-05"]),
           achd("PAYLOCITY CORPOR", "INVOICE"), keep={"cid": "P" + kd(7)}),
        cp("Texas Workforce Commission", "Salaries & Payroll", (610, 880),
           ("dates", ["2025-10-29"]), achd("TX WORKFORCE COM", "UI TAX"),
           keep={"cid": kd(9)}),
        cp("Travis County Tax Office", "Taxes", 2486.17, ("dates", ["2025-11-24"]),
           "BILL PAY TRAVIS COUNTY TAX ON {Pmm/dd} CONF {d:10}"),
        cp("AVMA PLIT", "Insurance", 212.40, ("monthly", 10, 2),
           achd("AVMA PLIT", "INS PREM"), keep={"cid": "PL" + kd(7)}),
        cp("Navitas Credit", "Loan Repayment", 1486.22, ("monthly", 15, 2),
           achd("NAVITAS CREDIT C", "LEASE PMT"), keep={"cid": "1" + kd(8)}),
        cp("City of Austin Utilities", "Utilities", (780, 1240), ("monthly", 8, 2),
           achd("CITY OF AUSTIN U", "UTIL BILL"), keep={"cid": kd(10)}),
        cp("Texas Gas Service", "Utilities", (95, 210), ("dates", ["2025-10-14", "2025-11-14"]),
           achd("TEXAS GAS SERVIC", "ONLINE PMT"), keep={"cid": kd(9)}),
        cp("Grande Communications", "Utilities", 189.99, ("monthly", 22, 2),
           card("GRANDE COMMUNICATIONS 855-4GRANDE TX"), card=True),
        cp("Stericycle", "Utilities", (164, 188), ("monthly", 3, 2),
           achd("STERICYCLE INC", "PAYMENT"), keep={"cid": kd(8)}),
        cp("PetDesk", "Software & Subscriptions", 349.00, ("monthly", 2, 2),
           card("PETDESK 858-348-8820 CA"), card=True),
        cp("Amazon", "Supplies & Materials", (38, 260), ("n", 2),
           card("AMAZON MKTPL*{X:9} AMZN.COM/BILL WA"), card=True),
        cp("H-E-B", "Supplies & Materials", (24, 95), ("n", 1),
           pos("H-E-B #596 AUSTIN TX"), card=True),
        cp("Southwest Airlines", "Travel", (289, 412), ("dates", ["2025-10-06"]),
           card("SOUTHWES 526{d:10} 800-435-9792 TX"), card=True),
        cp("Veracruz All Natural", "Meals & Entertainment", (42, 96), ("n", 2),
           card("TST* VERACRUZ ALL NATURA AUSTIN TX"), card=True, local=True),
        cp("Meta", "Marketing & Advertising", (150, 300), ("n", 2),
           card("FACEBK *{X:10} fb.me/ads CA"), card=True),
        cp("Marisol Treviño", "Professional Services", (900, 1600), ("n", 3),
           "ZELLE PAYMENT TO MARISOL TREVINO {X:11}", local=True),
        cp("Hannah Okafor", "Owner Draw / Contribution", (3000, 5000, 500), ("n", 2),
           "ZELLE PAYMENT TO HANNAH OKAFOR {X:11}", local=True),
        cp("", "Bank Fees", (38, 64), ("monthly", 2, 2), "ACCOUNT ANALYSIS CHARGE"),
        cp("Midmark", "Equipment", 6480.00, ("dates", ["2025-11-18"]),
           achd("MIDMARK CORP", "INVOICE"), keep={"cid": kd(8)}),
    ]
    return Business("us-veterinary-clinic", "US", (2025, 9), 3, ["4417", "9052"], s)


# ------------------------------------------------------------ US: Bluevine (Chicago IL courier)
def bike_courier() -> Business:
    def card(m):
        return "Debit card purchase " + m + " card ending {card} on {mm/dd}"

    s = [
        cp("Carroll Avenue Garage", "Rent", -2400.00, ("monthly", 1),
           "Bill pay to Carroll Avenue Garage #{d:8}", local=True),
        cp("Monadnock Law", "Service Income", (1400, 3900), ("n", 3),
           "ACH credit from MONADNOCK LAW LL VENDOR PAY {cid}", keep={"cid": kd(10)}, local=True),
        cp("Wolf Point Diagnostics", "Service Income", (2200, 4800), ("n", 3),
           "ACH credit from WOLF POINT DIAGNO ACH PMT {cid}", keep={"cid": kd(10)}, local=True),
        cp("Pilsen Print Collective", "Service Income", (380, 1250), ("n", 4),
           "ACH credit from BILL.COM PAYABLES Pilsen Print Collective Acct {cid} INV {inv}",
           keep={"cid": kx(6)}, local=True),
        cp("Andersonville Blooms", "Service Income", (260, 740), ("n", 2),
           "Incoming wire from ANDERSONVILLE BLOOMS INC ref {X:12}", local=True),
        cp("", "Service Income", (120, 860), ("n", 2), "Mobile check deposit"),
        cp("Stripe", "Sales Revenue", (310, 1850), ("n", 6),
           "ACH credit from STRIPE TRANSFER ST-{X:12}"),
        cp("", "Financing", 8000.00, ("dates", ["2025-10-14"]),
           "Line of credit draw - Bluevine LOC"),
        cp("", "Loan Repayment", 669.24, ("dates", ["2025-10-28", "2025-11-11", "2025-11-25",
                                                    "2025-12-09", "2025-12-23"]),
           "Line of credit payment - Bluevine LOC"),
        cp("", "Interest", (4.1, 19.8), ("lastbd",), "Interest earned"),
        cp("Justworks", "Salaries & Payroll", (9800, 12600), ("semi",),
           "ACH debit to JUSTWORKS INC PAYROLL {cid}", keep={"cid": kd(9)}),
        cp("Marcus Bell", "Professional Services", (620, 1480), ("n", 3),
           "ACH payment to Marcus Bell - rider invoice", local=True),
        cp("Tomasz Nowak", "Professional Services", (540, 1320), ("n", 3),
           "ACH payment to Tomasz Nowak - rider invoice", local=True),
        cp("Javier Ocampo", "Professional Services", (480, 990), ("n", 2),
           "ACH payment to Javier Ocampo - {pMON} {yy} routes", local=True),
        cp("Keisha Morgan", "Owner Draw / Contribution", (2000, 4000, 250), ("n", 3),
           "ACH payment to Keisha Morgan - owner draw", local=True),
        cp("Lakeview Tax & Books", "Professional Services", 425.00, ("monthly", 12, 2),
           "Bill pay to Lakeview Tax & Books #{d:8}", local=True),
        cp("Quality Bicycle Products", "Supplies & Materials", (180, 940), ("n", 2),
           "ACH debit to QUALITY BICYCLE P WEB PAY {cid}", keep={"cid": kd(8)}),
        cp("Humboldt Spokes", "Supplies & Materials", (45, 310), ("n", 2),
           card("SQ *HUMBOLDT SPOKES Chicago IL"), card=True, local=True),
        cp("Rad Power Bikes", "Equipment", 2199.00, ("dates", ["2025-11-06"]),
           card("RAD POWER BIKES 800-939-0310 WA"), card=True),
        cp("Onfleet", "Software & Subscriptions", 550.00, ("monthly", 3, 2),
           card("ONFLEET INC ONFLEET.COM CA"), card=True),
        cp("Intuit", "Software & Subscriptions", 90.00, ("monthly", 9, 2),
           card("INTUIT *QBooks Online CL.INTUIT.COM CA"), card=True),
        cp("Thimble", "Insurance", (86, 112), ("monthly", 5, 2),
           "ACH debit to THIMBLE INSURANCE PREMIUM {cid}", keep={"cid": kd(10)}),
        cp("Pie Insurance", "Insurance", 264.18, ("monthly", 20, 2),
           "ACH debit to PIE INSURANCE SER WC PREM {cid}", keep={"cid": kd(9)}),
        cp("ComEd", "Utilities", (88, 164), ("monthly", 11, 2),
           "ACH debit to COMED PAY-PLUS {cid}", keep={"cid": kd(10)}),
        cp("Peoples Gas", "Utilities", (42, 190), ("dates", ["2025-11-17", "2025-12-16"]),
           "ACH debit to PEOPLES GAS UTIL PYMT {cid}", keep={"cid": kd(10)}),
        cp("T-Mobile", "Utilities", 215.00, ("monthly", 23, 2),
           card("T-MOBILE*AUTO PAY 800-937-8997 WA"), card=True),
        cp("IRS", "Taxes", 3200.00, ("dates", ["2025-12-15"]),
           "ACH debit to IRS USATAXPYMT {d:15}"),
        cp("Illinois Secretary of State", "Taxes", 75.00, ("dates", ["2025-11-20"]),
           card("IL SECRETARY OF STATE SPRINGFIELD IL"), card=True),
        cp("Uber", "Travel", (14, 38), ("n", 2), card("UBER *TRIP HELP.UBER.COM CA"), card=True),
        cp("Sticker Mule", "Marketing & Advertising", (119, 245), ("dates", ["2025-10-09"]),
           card("STICKERMULE.COM AMSTERDAM NY"), card=True),
        cp("Lou Malnati's", "Meals & Entertainment", (64, 138), ("n", 1),
           card("LOU MALNATIS PIZZERIA CHICAGO IL"), card=True),
        cp("Dark Matter Coffee", "Meals & Entertainment", (18, 46), ("n", 2),
           card("TST* DARK MATTER COFFEE Chicago IL"), card=True, local=True),
        cp("City of Chicago", "Other Expense", (50, 100, 25), ("n", 1),
           card("CITY OF CHICAGO PARKING TKT CHICAGO IL"), card=True),
    ]
    return Business("us-bike-courier", "US", (2025, 10), 3, ["3308"], s, inv_prefix="LS-",
                    inv_start=2210)


# ------------------------------------------------------- US: First Citizens Bank (Raleigh NC)
def escape_room() -> Business:
    def card(m):
        return "CHECK CARD PURCHASE {mm/dd} " + m + " XXXX{card}"

    def achd(co, entry, key="cid"):
        return f"ACH DEBIT {co} {entry} {{{key}}}"

    def achc(co, entry, key="cid"):
        return f"ACH CREDIT {co} {entry} {{{key}}}"

    to_sav = [("2026-02-17", 2500.00), ("2026-03-17", 2500.00),
              ("2026-04-14", 3000.00)]
    from_sav = [("2026-04-20", 4200.00)]
    s = [
        cp("Hargett Street Holdings", "Rent", -5200.00, ("monthly", 1),
           achd("HARGETT STREET H", "RENT", "cid"), keep={"cid": kd(9)}, local=True),
        cp("FareHarbor", "Sales Revenue", (1900, 6800), ("n", 7),
           achc("FAREHARBOR", "PAYOUT"), keep={"cid": "FH" + kd(8)}),
        cp("Square", "Sales Revenue", (280, 1450), ("n", 4),
           "ACH CREDIT SQUARE INC {Pyymmdd}P2 L21{d:12}"),
        cp("Groupon", "Sales Revenue", (220, 910), ("n", 2),
           achc("GROUPON INC", "MERCH PMT"), keep={"cid": kd(7)}),
        cp("Glenwood Analytics", "Service Income", (1200, 2600), ("n", 2),
           achc("GLENWOOD ANALYTI", "VENDOR PMT"), keep={"cid": kd(10)}, local=True),
        cp("Wake County Public Library", "Service Income", 850.00, ("dates", ["2026-03-10"]),
           achc("WAKE COUNTY PUBL", "AP PAYMENT"), keep={"cid": kd(9)}, local=True),
        cp("Triangle Sales Academy", "Service Income", (640, 1100), ("n", 3),
           "ZELLE FROM TRIANGLE SALES ACADEMY ON {mm/dd} REF {X:9}", local=True),
        cp("", "Sales Revenue", (260, 940), ("n", 3), "BRANCH DEPOSIT"),
        cp("Cary Youth Soccer Association", "Service Income", (380, 720), ("n", 2),
           "ZELLE FROM CARY YOUTH SOCCER ASSOC ON {mm/dd} REF {X:9}", local=True),
        cp("Homebase", "Salaries & Payroll", (5200, 6900), ("semi",),
           achd("HOMEBASE", "PAYROLL"), keep={"cid": kd(10)}),
        cp("Homebase", "Software & Subscriptions", 99.95, ("dates", ["2026-03-04", "2026-04-06"]),
           achd("HOMEBASE", "SUBSCRIPT"), keep={"cid": kd(10)}),
        cp("North Carolina Department of Revenue", "Salaries & Payroll", (610, 790),
           ("monthly", 15, 2), achd("NC DEPT REVENUE", "WITHHOLDG"), keep={"cid": kd(9)}),
        cp("North Carolina Department of Revenue", "Taxes", (1480, 2150), ("monthly", 20, 2),
           achd("NC DEPT REVENUE", "SALES&USE"), keep={"cid": kd(9)}),
        cp("Duke Energy", "Utilities", (410, 690), ("monthly", 9, 2),
           achd("DUKE ENERGY", "BILL PAY"), keep={"cid": kd(10)}),
        cp("City of Raleigh", "Utilities", (88, 141), ("monthly", 18, 2),
           achd("CITY OF RALEIGH", "UTILITY"), keep={"cid": kd(8)}),
        cp("Spectrum", "Utilities", 164.98, ("monthly", 11, 2),
           card("SPECTRUM 855-707-7328 NC"), card=True),
        cp("State Farm", "Insurance", 237.00, ("monthly", 6, 2),
           achd("STATE FARM RO 27", "SFPP"), keep={"cid": kd(10)}),
        cp("", "Loan Repayment", 1108.40, ("monthly", 25, 2),
           "LOAN PAYMENT TRANSFER TO LN XXXXXX{ln}", keep={"ln": kd(4)}),
        cp("", "Bank Fees", 25.00, ("monthly", 1, 2), "SERVICE CHARGE"),
        cp("Priya Raman", "Professional Services", (750, 1800), ("n", 2),
           "ZELLE TO PRIYA RAMAN ON {mm/dd} REF {X:9}", local=True),
        cp("Jordan Ellison", "Owner Draw / Contribution", (1500, 3000, 250), ("n", 2),
           "ZELLE TO JORDAN ELLISON ON {mm/dd} REF {X:9}", local=True),
        cp("Lowe's", "Supplies & Materials", (42, 380), ("n", 2),
           card("LOWES #01817* RALEIGH NC"), card=True),
        cp("Michaels", "Supplies & Materials", (18, 95), ("n", 1),
           card("MICHAELS STORES 9611 RALEIGH NC"), card=True),
        cp("Adafruit", "Supplies & Materials", (36, 210), ("n", 2),
           card("ADAFRUIT INDUSTRIES NEW YORK NY"), card=True),
        cp("Amazon", "Supplies & Materials", (22, 180), ("n", 2),
           card("Amazon.com*{X:9} Amzn.com/bill WA"), card=True),
        cp("Amazon", "Refunds", (22, 64), ("dates", ["2026-03-24"]),
           "CHECK CARD CREDIT {mm/dd} Amazon.com*{X:9} Amzn.com/bill WA XXXX{card}", card=True),
        cp("Google", "Marketing & Advertising", (150, 420), ("monthly", 3, 2),
           card("GOOGLE *ADS{d:10} cc.google.com CA"), card=True),
        cp("Meta", "Marketing & Advertising", (90, 260), ("n", 2),
           card("FACEBK *{X:10} fb.me/ads CA"), card=True),
        cp("Jimmy John's", "Meals & Entertainment", (34, 88), ("n", 1),
           card("JIMMY JOHNS - 2142 RALEIGH NC"), card=True),
        cp("Oak City Props", "Supplies & Materials", (260, 740), ("n", 3),
           card("SQ *OAK CITY PROPS Raleigh NC"), card=True, local=True),
        # own-account transfers: checking side, then the savings (tax reserve) side
        cp("", "Internal Transfer", [a for _, a in to_sav], ("dates", [d for d, _ in to_sav]),
           "ONLINE BANKING TRANSFER TO SAV XXXXXX{sav}", keep={"sav": "4471"},
           amounts=[-a for _, a in to_sav]),
        cp("", "Internal Transfer", 0, ("dates", [d for d, _ in from_sav]),
           "ONLINE BANKING TRANSFER FROM SAV XXXXXX{sav}", keep={"sav": "4471"},
           amounts=[a for _, a in from_sav]),
        cp("", "Internal Transfer", 0, ("dates", [d for d, _ in to_sav]),
           "ONLINE BANKING TRANSFER FROM CHK XXXXXX{chk}", keep={"chk": "0938"},
           amounts=[a for _, a in to_sav]),
        cp("", "Internal Transfer", 0, ("dates", [d for d, _ in from_sav]),
           "ONLINE BANKING TRANSFER TO CHK XXXXXX{chk}", keep={"chk": "0938"},
           amounts=[-a for _, a in from_sav]),
        cp("", "Interest", (1.2, 4.9), ("lastbd",), "INTEREST CREDIT"),
    ]
    return Business("us-escape-room", "US", (2026, 2), 3, ["2751", "6024"], s)


# ------------------------------------------------------ UK: Bank of Scotland (Edinburgh, Leith)
def bookbinding() -> Business:
    s = [
        cp("Leith Walk Studios", "Rent", -1150.00, ("monthly", 1),
           "SO LEITH WALK STUDIO STUDIO 4 RENT", local=True),
        cp("Stripe", "Sales Revenue", (140, 980), ("n", 5),
           "BGC STRIPE PAYMENTS UK STRIPE"),
        cp("Etsy", "Sales Revenue", (90, 620), ("n", 4),
           "BGC ETSY IRELAND UC ETSY {d:10}"),
        cp("", "Sales Revenue", (120, 540), ("n", 2), "DEP CASH EDINBURGH LEITH WALK"),
        cp("University of Edinburgh", "Service Income", (480, 2200), ("n", 3),
           "BGC UNIVERSITY OF EDIN {cid} INV {inv}", keep={"cid": "SUP" + kd(6)}),
        cp("Bruntsfield Books", "Sales Revenue", (160, 540), ("n", 3),
           "FPI BRUNTSFIELD BOOKS INV {inv} {X:16} {ddMONyy} {hh:mm}", local=True),
        cp("K Anderson", "Service Income", (95, 145), ("n", 3),
           "FPI K ANDERSON THESIS BINDING {X:16} {ddMONyy} {hh:mm}", local=True),
        cp("E Baillie", "Service Income", (180, 420), ("n", 2),
           "FPI E BAILLIE FAMILY BIBLE {X:16} {ddMONyy} {hh:mm}", local=True),
        cp("J Hewit & Sons", "Cost of Goods Sold", (140, 610), ("n", 4),
           "FPO J HEWIT & SONS LTD {cid} {X:16} {sc} {ddMONyy} {hh:mm}",
           keep={"cid": "ACC" + kd(5), "sc": sortcode()}, local=True),
        cp("G F Smith", "Cost of Goods Sold", (85, 390), ("n", 2),
           "DEB G F SMITH CD {card}", card=True),
        cp("Shepherds Bookbinders", "Cost of Goods Sold", (60, 280), ("n", 3),
           "DEB SHEPHERDS BOOKBIND CD {card}", card=True, local=True),
        cp("Ratchford", "Cost of Goods Sold", (45, 210), ("n", 2),
           "DEB RATCHFORD LTD CD {card}", card=True, local=True),
        cp("Royal Mail", "Cost of Goods Sold", (12, 64), ("n", 3),
           "DEB ROYALMAIL CLICK &D CD {card}", card=True),
        cp("Hobbycraft", "Supplies & Materials", (14, 58), ("n", 1),
           "DEB HOBBYCRAFT EDINBUR CD {card}", card=True),
        cp("Amazon", "Supplies & Materials", (9, 74), ("n", 2),
           "DEB AMZNMKTPLACE CD {card}", card=True),
        cp("Canongate Gallery", "Sales Revenue", (120, 360), ("n", 2),
           "BGC CANONGATE GALLERY {cid}", keep={"cid": "CG" + kd(6)}, local=True),
        cp("Northern Bindery Machines", "Equipment", 1860.00, ("dates", ["2025-09-16"]),
           "FPO NORTHERN BINDERY M STANDING PRESS {X:16} {sc} {ddMONyy} {hh:mm}",
           keep={"sc": sortcode()}, local=True),
        cp("Octopus Energy", "Utilities", (64, 118), ("monthly", 12, 2),
           "DD OCTOPUS ENERGY A-{cid}", keep={"cid": kx(8)}),
        cp("BT", "Utilities", 42.50, ("monthly", 19, 2), "DD BT GROUP PLC {cid}",
           keep={"cid": "GB" + kd(8)}),
        cp("Business Stream", "Utilities", (38, 52), ("monthly", 24, 2),
           "DD BUSINESS STREAM {cid}", keep={"cid": kd(9)}),
        cp("City of Edinburgh Council", "Utilities", 37.80, ("monthly", 7, 2),
           "DD CITY OF EDINBURGH C TRADE WASTE {cid}", keep={"cid": kd(8)}),
        cp("City of Edinburgh Council", "Taxes", 96.00, ("monthly", 15, 2),
           "DD CITY OF EDINBURGH C NDR {cid}", keep={"cid": kd(8)}),
        cp("Squarespace", "Software & Subscriptions", 23.00, ("monthly", 3, 2),
           "DEB SQSP* WEBSITE#{d:8} CD {card}", card=True),
        cp("FreeAgent", "Software & Subscriptions", 29.00, ("monthly", 5, 2),
           "DD FREEAGENT CENTRAL {cid}", keep={"cid": kd(7)}),
        cp("Simply Business", "Insurance", 24.31, ("monthly", 9, 2),
           "DD SIMPLY BUSINESS {cid}", keep={"cid": "SB" + kd(8)}),
        cp("Calum Reid", "Salaries & Payroll", (1180, 1240), ("lastbd",),
           "FPO CALUM REID SALARY {MON} {X:16} {sc} {ddMONyy} {hh:mm}",
           keep={"sc": sortcode()}, local=True),
        cp("HMRC", "Salaries & Payroll", (196, 224), ("monthly", 22, 2),
           "BP HMRC CUMBERNAULD {cid}", keep={"cid": "120PX" + kd(8)}),
        cp("HMRC", "Taxes", 1382.40, ("dates", ["2025-10-07"]),
           "BP HMRC VAT {cid}", keep={"cid": kd(9)}),
        cp("NEST", "Salaries & Payroll", (58, 64), ("monthly", 17, 2),
           "DD NEST {cid}", keep={"cid": kd(10)}),
        cp("Companies House", "Taxes", 34.00, ("dates", ["2025-09-10"]),
           "DEB COMPANIES HOUSE CD {card}", card=True),
        cp("Morrison Grieve Accountants", "Professional Services", 150.00, ("monthly", 28, 2),
           "SO MORRISON GRIEVE AC FERGUSON BINDERY", local=True),
        cp("I Ferguson", "Owner Draw / Contribution", 1500.00, ("monthly", 26),
           "FPO I FERGUSON DIVIDEND {X:16} {sc} {ddMONyy} {hh:mm}",
           keep={"sc": sortcode()}, local=True),
        cp("ScotRail", "Travel", (9, 46), ("n", 2), "DEB SCOTRAIL CD {card}", card=True),
        cp("Pinterest", "Marketing & Advertising", (20, 45), ("n", 2),
           "DEB PINTEREST ADS CD {card}", card=True),
        cp("Leith Larder", "Meals & Entertainment", (11, 38), ("n", 2),
           "DEB SUMUP *LEITH LARD CD {card}", card=True, local=True),
        cp("", "Internal Transfer", [60, 100], ("n", 1), "CPT LNK LEITH WALK CD {card} {ddMONyy}"),
        cp("", "Bank Fees", (6.5, 11.8), ("monthly", 3, 2), "FEE SERVICE CHARGES REF : {d:9}"),
    ]
    return Business("uk-bookbinding-studio", "UK", (2025, 8), 3, ["7730"], s, inv_prefix="",
                    inv_start=318)


# -------------------------------------------------------- UK: Danske Bank (Belfast, Northern Ireland)
def it_repair() -> Business:
    def card(m):
        return "CARD PAYMENT " + m + " ON {dd/mm}"

    s = [
        cp("Botanic Avenue Properties", "Rent", -1650.00, ("monthly", 1),
           "STANDING ORDER BOTANIC AVENUE PROP UNIT 2 RENT", local=True),
        cp("Square", "Sales Revenue", (260, 1900), ("n", 7), "BACS CREDIT SQUARE EUROPE SQ{d:8}"),
        cp("Back Market", "Sales Revenue", (180, 920), ("n", 4),
           "BACS CREDIT BACK MARKET PAYOUT {d:9}"),
        cp("", "Sales Revenue", (150, 680), ("n", 3), "LODGEMENT BOTANIC AVENUE"),
        cp("Lisburn Road Dental", "Service Income", 240.00, ("monthly", 6),
           "FASTER PAYMENT IN LISBURN ROAD DENT REF IT SUPPORT {MON}", local=True),
        cp("Cathedral Quarter Architects", "Service Income", (180, 960), ("n", 4),
           "FASTER PAYMENT IN CATHEDRAL QUARTE REF INV {inv}", local=True),
        cp("Stranmillis Primary School", "Sales Revenue", (1450, 2900), ("n", 2),
           "BACS CREDIT STRANMILLIS PRIMARY {cid}", keep={"cid": kd(7)}, local=True),
        cp("MobileSentrix", "Cost of Goods Sold", (180, 760), ("n", 4),
           card("MOBILESENTRIX.EU AMSTERDAM NL")),
        cp("MobileSentrix", "Refunds", (24, 88), ("dates", ["2025-12-04"]),
           "CARD REFUND MOBILESENTRIX.EU AMSTERDAM NL ON {dd/mm}"),
        cp("iFixit", "Cost of Goods Sold", (40, 210), ("n", 2), card("IFIXIT STUTTGART DE")),
        cp("Ebuyer", "Cost of Goods Sold", (90, 480), ("n", 2), card("EBUYER UK LTD HOWDEN")),
        cp("Amazon", "Supplies & Materials", (12, 85), ("n", 2), card("AMAZON.CO.UK*{X:9}")),
        cp("CPC Farnell", "Supplies & Materials", (25, 140), ("n", 1), card("CPC FARNELL LEEDS")),
        cp("Power NI", "Utilities", (96, 168), ("monthly", 14, 2),
           "DIRECT DEBIT POWER NI ENERGY {cid}", keep={"cid": kd(10)}),
        cp("BT", "Utilities", 58.40, ("monthly", 20, 2), "DIRECT DEBIT BT GROUP PLC {cid}",
           keep={"cid": "NI" + kd(8)}),
        cp("Vodafone", "Utilities", 38.00, ("monthly", 24, 2), "DIRECT DEBIT VODAFONE LTD {cid}",
           keep={"cid": kd(9)}),
        cp("NI Water", "Utilities", (31, 44), ("dates", ["2025-11-10"]),
           "DIRECT DEBIT NORTHERN IRELAND WA {cid}", keep={"cid": kd(10)}),
        cp("Land & Property Services", "Taxes", 143.00, ("monthly", 10, 2),
           "DIRECT DEBIT LAND & PROPERTY SER {cid}", keep={"cid": kd(9)}),
        cp("RepairDesk", "Software & Subscriptions", (79, 86), ("monthly", 8, 2),
           card("REPAIRDESK.CO 877-334-8820 US")),
        cp("", "Bank Fees", (2.18, 2.37), ("monthly", 8, 2),
           "NON-STERLING TRANSACTION FEE"),
        cp("Intuit", "Software & Subscriptions", 33.00, ("monthly", 16, 2),
           "DIRECT DEBIT INTUIT LIMITED {cid}", keep={"cid": kd(8)}),
        cp("Aviva", "Insurance", 47.12, ("monthly", 3, 2), "DIRECT DEBIT AVIVA INSURANCE LTD {cid}",
           keep={"cid": kd(8) + "BI"}),
        cp("Ciaran Doherty", "Salaries & Payroll", (1640, 1710), ("lastbd",),
           "FASTER PAYMENT OUT CIARAN DOHERTY REF WAGES {MON}", local=True),
        cp("Aoife McCann", "Salaries & Payroll", (1280, 1330), ("lastbd",),
           "FASTER PAYMENT OUT AOIFE MCCANN REF WAGES {MON}", local=True),
        cp("HMRC", "Salaries & Payroll", (690, 760), ("monthly", 21, 2),
           "FASTER PAYMENT OUT HMRC CUMBERNAULD REF {cid}", keep={"cid": "475PY" + kd(8)}),
        cp("HMRC", "Taxes", 4316.55, ("dates", ["2025-11-05"]),
           "FASTER PAYMENT OUT HMRC VAT REF {cid}", keep={"cid": kd(9)}),
        cp("NEST", "Salaries & Payroll", (88, 96), ("monthly", 17, 2),
           "DIRECT DEBIT NEST {cid}", keep={"cid": kd(10)}),
        cp("McAleer Accountancy", "Professional Services", 180.00, ("monthly", 27),
           "STANDING ORDER MCALEER ACCOUNTANC QUINN TECH", local=True),
        cp("Niall Quinn", "Owner Draw / Contribution", (800, 1600, 100), ("n", 3),
           "FASTER PAYMENT OUT NIALL QUINN REF DRAWINGS", local=True),
        cp("", "Loan Repayment", 412.87, ("monthly", 12, 2), "LOAN REPAYMENT {ln}",
           keep={"ln": kd(8)}),
        cp("", "Bank Fees", (14, 27), ("monthly", 4, 2), "CHARGES {pMON} PERIOD"),
        cp("", "Internal Transfer", [50, 100, 150], ("n", 2), "ATM WITHDRAWAL BOTANIC AVE {hh:mm}"),
        cp("Maxol", "Travel", (30, 62), ("n", 2), card("MAXOL ORMEAU RD BELFAST")),
        cp("Google", "Marketing & Advertising", (40, 120), ("n", 1),
           card("GOOGLE *ADS{d:10} CC GOOGLE.COM")),
        cp("Boojum", "Meals & Entertainment", (18, 42), ("n", 1), card("BOOJUM BOTANIC BELFAST")),
    ]
    return Business("uk-it-repair-shop", "UK", (2025, 10), 3, ["5512"], s,
                    consts={}, inv_prefix="QT", inv_start=1540)


# ---------------------------------------------------------------- FR: La Banque Postale (Lyon)
def translation_agency() -> Business:
    def cb(m):
        return "ACHAT CB " + m + " {dd.mm.yy} CARTE NUMERO {card}"

    def prlv(name, key="ics"):
        return "PRELEVEMENT DE " + name + " REF : {d:12} N EMETTEUR : {" + key + "} MANDAT {mdt}"

    def vir_de(name, motif):
        return "VIREMENT DE " + name + " REFERENCE : " + motif

    s = [
        cp("SCI Bellecour", "Rent", -1480.00, ("monthly", 5),
           "VIREMENT PERMANENT POUR SCI BELLECOUR LOYER {mois} {yyyy}", local=True),
        cp("Rhône Industries", "Service Income", (1800, 5600), ("n", 3),
           vir_de("RHONE INDUSTRIES SAS", "FACT {inv}"), local=True),
        cp("Morel et Associés", "Service Income", (650, 2400), ("n", 3),
           vir_de("SELARL MOREL ET ASSOCIES", "REGLEMENT FACTURE {inv}"), local=True),
        cp("Éditions du Confluent", "Service Income", (1200, 3800), ("n", 3),
           vir_de("EDITIONS DU CONFLUENT", "TRAD {inv} DROITS"), local=True),
        cp("Kessler Maschinenbau", "Service Income", (2100, 4400), ("n", 2),
           vir_de("KESSLER MASCHINENBAU GMBH", "RE {inv} {d:6}"), local=True),
        cp("Stripe", "Sales Revenue", (140, 980), ("n", 6),
           vir_de("STRIPE TECHNOLOGY EUROPE LTD", "STRIPE {X:10}")),
        cp("", "Service Income", (90, 420), ("n", 2), "REMISE DE CHEQUE(S) N {d:7} 1 CHQ"),
        cp("Anja Becker", "Professional Services", (480, 1650), ("n", 4),
           "VIREMENT POUR ANJA BECKER FACTURE {pmm}-{d:3}", local=True),
        cp("Giulia Conti", "Professional Services", (380, 1200), ("n", 3),
           "VIREMENT POUR GIULIA CONTI TRADUCTION IT {pmois}", local=True),
        cp("María Fernández López", "Professional Services", (420, 1380), ("n", 3),
           "VIREMENT INSTANTANE POUR MARIA FERNANDEZ LOPEZ FRA {d:4}", local=True),
        cp("Chloé Martin", "Salaries & Payroll", (2140, 2190), ("lastbd",),
           "VIREMENT POUR CHLOE MARTIN SALAIRE {mois} {yyyy}", local=True),
        cp("Théo Garnier", "Salaries & Payroll", (1910, 1960), ("lastbd",),
           "VIREMENT POUR THEO GARNIER SALAIRE {mois} {yyyy}", local=True),
        cp("URSSAF", "Salaries & Payroll", (2350, 2600), ("monthly", 15),
           prlv("URSSAF RHONE-ALPES"), keep={"ics": creditor_id("FR", kd(6)),
                                               "mdt": "URS" + kd(14)}),
        cp("Malakoff Humanis", "Salaries & Payroll", (540, 610), ("monthly", 25, 2),
           prlv("MALAKOFF HUMANIS AGIRC-ARRCO"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": "MH" + kd(12)}),
        cp("DGFiP", "Taxes", (2600, 4100), ("monthly", 24, 2),
           prlv("DGFIP TVA"), keep={"ics": creditor_id("FR", kd(6)),
                                     "mdt": "TVA" + kd(9)}),
        cp("DGFiP", "Taxes", 1184.00, ("dates", ["2025-12-15"]),
           prlv("DGFIP CFE"), keep={"ics": creditor_id("FR", kd(6)),
                                     "mdt": "CFE" + kd(9)}),
        cp("Cabinet Fournier", "Professional Services", 264.00, ("monthly", 10),
           prlv("CABINET FOURNIER EXPERTISE COMPTABLE"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": "CLI-" + kd(5)}, local=True),
        cp("Orange", "Utilities", 59.99, ("monthly", 8, 2), prlv("ORANGE SA-ORANGE"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": kx(3) + kd(9)}),
        cp("EDF", "Utilities", (88, 174), ("monthly", 18, 2), prlv("EDF PRO"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": kd(12)}),
        cp("MMA", "Insurance", 71.35, ("monthly", 6, 2), prlv("MMA IARD"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": kd(11)}),
        cp("OVH", "Software & Subscriptions", (12, 18), ("monthly", 4, 2), prlv("OVH SAS"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": "FR" + kd(10)}),
        cp("Pennylane", "Software & Subscriptions", 59.00, ("monthly", 2, 2), prlv("PENNYLANE"),
           keep={"ics": creditor_id("FR", kd(6)), "mdt": "PL" + kx(10)}),
        cp("DeepL", "Software & Subscriptions", 34.99, ("monthly", 9, 2),
           cb("DEEPL SE KOLN"), card=True),
        cp("RWS", "Software & Subscriptions", 220.00, ("dates", ["2025-11-04"]),
           cb("RWS TRADOS MAIDENHEAD"), card=True),
        cp("LinkedIn", "Marketing & Advertising", (80, 190), ("n", 2),
           cb("LINKEDIN {d:9} DUBLIN"), card=True),
        cp("La Poste", "Cost of Goods Sold", (6.2, 24.8), ("n", 3),
           cb("LA POSTE LYON BELLECOUR"), card=True),
        cp("Bureau Vallée", "Supplies & Materials", (18, 96), ("n", 2),
           cb("BUREAU VALLEE LYON 3"), card=True),
        cp("Amazon", "Supplies & Materials", (14, 78), ("n", 2),
           cb("AMAZON PAYMENTS PAYLI2090215"), card=True),
        cp("SNCF", "Travel", (38, 142), ("n", 2), cb("SNCF INTERNET PARIS"), card=True),
        cp("TCL", "Travel", 72.50, ("dates", ["2025-11-03", "2025-12-02"]), cb("TCL SYTRAL LYON"), card=True),
        cp("Bouchon Chez Ginette", "Meals & Entertainment", (46, 128), ("n", 2),
           cb("CHEZ GINETTE LYON"), card=True, local=True),
        cp("", "Loan Repayment", 642.18, ("monthly", 10, 2), "ECHEANCE PRET N {ln}",
           keep={"ln": kd(11)}),
        cp("", "Bank Fees", 16.50, ("monthly", 1, 2), "COTISATION MENSUELLE OFFRE PRO"),
        cp("", "Bank Fees", (3.8, 6.9), ("dates", ["2025-11-05"]),
           "FRAIS OPERATION HORS ZONE EURO CARTE {card}"),
        cp("", "Internal Transfer", [40, 60, 100], ("n", 2),
           "RETRAIT DAB {dd/mm/yy} {hh:mm} LYON BELLECOUR CARTE NUMERO {card}"),
    ]
    return Business("fr-translation-agency", "EU", (2025, 10), 3, ["418", "562"], s,
                    inv_prefix="F2025-", inv_start=412)


# ------------------------------------------------------------ ES: Banco Sabadell (Valencia)
def farm_shop() -> Business:
    def tarj(m):
        return "PAGO TARJETA {cardm} " + m + " {dd.mm}"

    def adeudo(name, key="ci"):
        return "ADEUDO SEPA " + name + " REF. {d:13} MANDATO {mdt}"

    s = [
        cp("Inmuebles Russafa", "Rent", -1900.00, ("monthly", 1),
           "TRANSF. PERIODICA A INMUEBLES RUSSAFA SL ALQUILER LOCAL {mes}", local=True),
        cp("", "Sales Revenue", (480, 2100), ("n", 10), "ABONO TPV COMERCIO {tpv}",
           keep={"tpv": kd(9)}),
        cp("", "Sales Revenue", (300, 900), ("n", 2), "INGRESO EFECTIVO OF. 0{d:3}"),
        cp("Stripe", "Sales Revenue", (220, 960), ("n", 4),
           "TRANSFERENCIA DE STRIPE TECHNOLOGY EUROPE LTD, CONCEPTO STRIPE PAYOUT {X:8}"),
        cp("Glovo", "Sales Revenue", (140, 520), ("n", 2),
           "TRANSFERENCIA DE GLOVOAPP23 SA, CONCEPTO LIQUIDACION {d:7}"),
        cp("Ultramarinos Russafa", "Sales Revenue", (160, 480), ("n", 3),
           "TRANSFERENCIA DE BAR ULTRAMARINOS RUSSAFA SL, CONCEPTO FRA {inv}", local=True),
        cp("Carmen Llorens", "Sales Revenue", (35, 80), ("n", 2),
           "BIZUM DE CARMEN LLORENS, CONCEPTO CESTA VERDURA", local=True),
        cp("Camp de Túria Ecològic", "Cost of Goods Sold", (420, 1380), ("n", 4),
           "TRANSF. A CAMP DE TURIA ECOLOGIC SAT FRA {d:4}", local=True),
        cp("Horta Viva", "Cost of Goods Sold", (280, 940), ("n", 3),
           "TRANSF. A HORTA VIVA COOP V FACTURA {d:3}/{yy}", local=True),
        cp("Josep Martí Ferrer", "Cost of Goods Sold", (160, 420), ("n", 2),
           "TRANSF. A JOSEP MARTI FERRER MEL {mes}", local=True),
        cp("Forn de Benimaclet", "Cost of Goods Sold", (190, 360), ("monthly", 5),
           adeudo("FORN DE BENIMACLET SL"), keep={"mdt": "FB" + kd(6)}, local=True),
        cp("Vicent Peris Albert", "Cost of Goods Sold", (90, 240), ("n", 2),
           "BIZUM ENVIADO A VICENT PERIS ALBERT, CONCEPTO CITRICS", local=True),
        cp("Granja Els Pinets", "Cost of Goods Sold", (120, 260), ("n", 4),
           "BIZUM ENVIADO A GRANJA ELS PINETS, CONCEPTO OUS", local=True),
        cp("Biogran", "Cost of Goods Sold", (620, 1900), ("n", 2),
           adeudo("BIOGRAN SL"), keep={"mdt": kd(10)}),
        cp("Makro", "Supplies & Materials", (45, 240), ("n", 2),
           tarj("MAKRO VALENCIA VALENCIA"), card=True),
        cp("Makro", "Refunds", (18, 42), ("dates", ["2026-03-12"]),
           "DEVOLUCION TARJETA {cardm} MAKRO VALENCIA VALENCIA {dd.mm}", card=True),
        cp("Leroy Merlin", "Supplies & Materials", (22, 160), ("n", 1),
           tarj("LEROY MERLIN ALFAFAR ALFAFAR"), card=True),
        cp("Infrico", "Equipment", 3420.00, ("dates", ["2026-02-10"]),
           "TRANSF. A INFRICO SL VITRINA REFRIGERADA PED {d:5}"),
        cp("Iberdrola", "Utilities", (210, 360), ("monthly", 9, 2),
           adeudo("IBERDROLA CLIENTES SAU"), keep={"mdt": kd(12)}),
        cp("Emivasa", "Utilities", (34, 58), ("dates", ["2026-03-20"]),
           adeudo("EMIVASA AGUAS DE VALENCIA"), keep={"mdt": kd(10)}),
        cp("Orange", "Utilities", 48.40, ("monthly", 14, 2),
           adeudo("ORANGE ESPAGNE SAU"), keep={"mdt": kd(11)}),
        cp("Mapfre", "Insurance", 62.15, ("monthly", 3, 2), adeudo("MAPFRE ESPANA"),
           keep={"mdt": kd(9)}),
        cp("Holded", "Software & Subscriptions", 35.09, ("monthly", 6, 2),
           tarj("HOLDED TECHNOLOGIES BARCELONA"), card=True),
        cp("Gestoría Puchol", "Professional Services", 145.20, ("monthly", 7),
           adeudo("GESTORIA PUCHOL SL"), keep={"mdt": "GP" + kd(5)}, local=True),
        cp("Laia Ferrer Puig", "Salaries & Payroll", (1320, 1360), ("lastbd",),
           "TRANSF. NOMINA A LAIA FERRER PUIG NOMINA {mes}", local=True),
        cp("Andrés Navarro Gil", "Salaries & Payroll", (1240, 1290), ("lastbd",),
           "TRANSF. NOMINA A ANDRES NAVARRO GIL NOMINA {mes}", local=True),
        cp("TGSS", "Salaries & Payroll", (1040, 1120), ("lastbd",),
           "SEGUROS SOCIALES TGSS REGIMEN GENERAL CCC 46{cid}", keep={"cid": kd(9)}),
        cp("AEAT", "Salaries & Payroll", 612.40, ("dates", ["2026-04-20"]),
           "IMPUESTOS AEAT MODELO 111 NRC {X:22}"),
        cp("AEAT", "Taxes", (1380, 2240), ("dates", ["2026-04-20"]),
           "IMPUESTOS AEAT MODELO 303 NRC {X:22}"),
        cp("Ajuntament de València", "Taxes", 186.45, ("dates", ["2026-03-02"]),
           adeudo("AJUNTAMENT DE VALENCIA TASA RESIDUS"), keep={"mdt": kd(12)}),
        cp("Núria Soler", "Owner Draw / Contribution", (800, 1500, 100), ("n", 2),
           "TRANSF. A NURIA SOLER SEGARRA TRASPASO", local=True),
        cp("Repsol", "Travel", (42, 78), ("n", 2), tarj("E.S. REPSOL PAIPORTA PAIPORTA"),
           card=True),
        cp("Meta", "Marketing & Advertising", (30, 90), ("n", 2),
           tarj("FACEBK *{X:10} DUBLIN"), card=True),
        cp("Cafetería El Túria", "Meals & Entertainment", (9, 26), ("n", 2),
           tarj("CAFETERIA EL TURIA VALENCIA"), card=True, local=True),
        cp("", "Loan Repayment", 516.32, ("monthly", 15, 2), "CUOTA PRESTAMO {ln}",
           keep={"ln": "0081" + kd(16)}),
        cp("", "Bank Fees", 15.00, ("monthly", 1, 2), "COMISION MANTENIMIENTO CUENTA"),
        cp("", "Bank Fees", (18, 45), ("monthly", 2, 2), "COMISION TPV {pmes}"),
        cp("", "Internal Transfer", [100, 200], ("n", 2),
           "RETIRADA EFECTIVO CAJERO {cardm} SABADELL RUSSAFA {dd.mm}", card=True),
    ]
    return Business("es-organic-farm-shop", "EU", (2026, 2), 3, ["1"], s,
                    consts={"cardm": "4599XXXXXXXX2706"}, inv_prefix="R", inv_start=88)


# ---------------------------------------------------------------------------- FI: OP (Mikkeli)
def yoga_retreat() -> Business:
    VERO_IBAN = iban("FI", "8919971000" + "0434", spaced=True)
    def kortti(m):
        return "KORTTIOSTO " + m + " {dd.mm} KORTTI 4751 10** **** {card}"

    def tilisiirto_in(name, iban_, msg):
        return "TILISIIRTO " + name + " " + iban_ + " Viesti: " + msg + " Arkistointitunnus {arch}"

    def tilisiirto_out(name, msg):
        return "TILISIIRTO " + name + " {iban} Viesti: " + msg + " Arkistointitunnus {arch}"

    def elasku(name):
        return "E-LASKU " + name + " {iban} Viite {ref} Arkistointitunnus {arch}"

    def suora(name):
        return "SUORAVELOITUS " + name + " {cid} Viite {ref} Arkistointitunnus {arch}"

    s = [
        cp("Kartano Saimaanranta", "Rent", -2600.00, ("monthly", 1),
           elasku("KARTANO SAIMAANRANTA OY"), keep={"iban": iban_fi(), "ref": kviite(10)},
           local=True),
        cp("Paytrail", "Sales Revenue", (650, 3200), ("n", 9),
           "TILISIIRTO PAYTRAIL OYJ {iban} Viite {viite} Tilitys {d:8} "
           "Arkistointitunnus {arch}", keep={"iban": iban_fi()}),
        cp("BookRetreats", "Sales Revenue", (900, 2800), ("n", 4),
           "TILISIIRTO BOOKRETREATS PTY LTD Viesti: PAYOUT BR-{d:6} Arkistointitunnus {arch}"),
        cp("Airbnb", "Sales Revenue", (380, 1240), ("n", 4),
           "TILISIIRTO AIRBNB PAYMENTS LUXEMBOURG S.A. Viesti: AIRBNB {X:10} "
           "Arkistointitunnus {arch}"),
        cp("Kuopion Ohjelmistotalo", "Service Income", (2400, 5600), ("n", 2),
           "TILISIIRTO KUOPION OHJELMISTOTALO OY {iban} Viite {viite} Arkistointitunnus {arch}",
           keep={"iban": iban_fi()}, local=True),
        cp("Päivi Lehtonen", "Sales Revenue", (240, 480), ("n", 2),
           "TILISIIRTO PAIVI LEHTONEN {iban} Viesti: retriitti {pkk} Arkistointitunnus {arch}",
           keep={"iban": iban_fi()}, local=True),
        cp("Aino Virtanen", "Professional Services", (600, 1400), ("n", 4),
           tilisiirto_out("AINO VIRTANEN", "lasku {d:3} joogaopetus"),
           keep={"iban": iban_fi()}, local=True),
        cp("Elina Mäkelä", "Professional Services", (450, 980), ("n", 3),
           tilisiirto_out("ELINA MAKELA", "hieronnat {kk}"), keep={"iban": iban_fi()},
           local=True),
        cp("Sanna Koskinen", "Salaries & Payroll", (2080, 2160), ("lastbd",),
           tilisiirto_out("SANNA KOSKINEN", "PALKKA {kk} {yyyy}"), keep={"iban": iban_fi()},
           local=True),
        cp("Verohallinto", "Salaries & Payroll", (540, 610), ("monthly", 12, 2),
           "TILISIIRTO VEROHALLINTO {vero} Viite {ref} Arkistointitunnus {arch}",
           keep={"ref": fi_ref("1" + kd(8))}),
        cp("Verohallinto", "Taxes", (1900, 3400), ("dates", ["2025-07-14", "2025-08-12",
                                                             "2025-09-12"]),
           "TILISIIRTO VEROHALLINTO {vero} Viite {ref} Arkistointitunnus {arch}",
           keep={"ref": fi_ref("1" + kd(8))}),
        cp("Elo", "Salaries & Payroll", (380, 420), ("monthly", 20, 2),
           elasku("KESKINAINEN TYOELAKEVAKUUTUSYHTIO ELO"),
           keep={"iban": iban_fi(), "ref": kviite(12)}),
        cp("If", "Insurance", 86.40, ("monthly", 15, 2), elasku("IF VAHINKOVAKUUTUS OYJ"),
           keep={"iban": iban_fi(), "ref": kviite(14)}),
        cp("Kespro", "Cost of Goods Sold", (380, 1450), ("n", 3), elasku("KESPRO OY"),
           keep={"iban": iban_fi(), "ref": kviite(11)}),
        cp("Luomutila Kivelä", "Cost of Goods Sold", (160, 540), ("n", 4),
           tilisiirto_out("LUOMUTILA KIVELA", "lasku {d:3} vihannekset"),
           keep={"iban": iban_fi()}, local=True),
        cp("K-Citymarket", "Cost of Goods Sold", (45, 260), ("n", 3),
           kortti("K-CITYMARKET MIKKELI"), card=True),
        cp("Tokmanni", "Supplies & Materials", (22, 140), ("n", 1), kortti("TOKMANNI MIKKELI"),
           card=True),
        cp("Clas Ohlson", "Supplies & Materials", (18, 96), ("n", 1),
           kortti("CLAS OHLSON MIKKELI"), card=True),
        cp("Polttopuu Hyvönen", "Utilities", (240, 420), ("n", 2),
           tilisiirto_out("POLTTOPUU HYVONEN", "koivuklapit {d:2} m3"), keep={"iban": iban_fi()},
           local=True),
        cp("Etelä-Savon Energia", "Utilities", (140, 290), ("monthly", 18, 2),
           suora("ETELA-SAVON ENERGIA OY"), keep={"cid": "ASIAKAS " + kd(7), "ref": kviite(10)}),
        cp("Elisa", "Utilities", 54.90, ("monthly", 22, 2), suora("ELISA OYJ"),
           keep={"cid": "ASIAKAS " + kd(8), "ref": kviite(12)}),
        cp("Metsäsairila", "Utilities", (64, 98), ("dates", ["2025-07-08", "2025-09-08"]),
           elasku("METSASAIRILA OY"), keep={"iban": iban_fi(), "ref": kviite(9)}, local=True),
        cp("Procountor", "Software & Subscriptions", 48.36, ("monthly", 5, 2),
           elasku("PROCOUNTOR INTERNATIONAL OY"), keep={"iban": iban_fi(), "ref": kviite(11)}),
        cp("Meta", "Marketing & Advertising", (60, 210), ("n", 2),
           kortti("FACEBK *{X:10} DUBLIN"), card=True),
        cp("Google", "Marketing & Advertising", (45, 160), ("n", 2),
           kortti("GOOGLE *ADS{d:10} DUBLIN"), card=True),
        cp("VR", "Travel", (24, 68), ("n", 2), kortti("VR-YHTYMA OYJ HELSINKI"), card=True),
        cp("ABC", "Travel", (48, 92), ("n", 2), kortti("ABC MIKKELI"), card=True),
        cp("Neste", "Travel", (52, 88), ("n", 2), kortti("NESTE MIKKELI KALEVANKANKAA"),
           card=True),
        cp("Minna Laaksonen", "Owner Draw / Contribution", 3000.00, ("dates", ["2025-09-25"]),
           tilisiirto_out("MINNA LAAKSONEN", "OSINKO 2024"), keep={"iban": iban_fi()},
           local=True),
        cp("", "Loan Repayment", 884.10, ("monthly", 20, 2), "LAINAN LYHENNYS {ln} Arkistointitunnus {arch}",
           keep={"ln": "OP-YRITYSLAINA " + kd(9)}),
        cp("", "Bank Fees", (9.9, 14.8), ("monthly", 1, 2), "PALVELUMAKSU {pkk} Arkistointitunnus {arch}"),
        cp("", "Internal Transfer", [80, 100, 200], ("n", 2),
           "KÄTEISNOSTO OTTO. MIKKELI {dd.mm} KORTTI 4751 10** **** {card}"),
        cp("", "Sales Revenue", (200, 650), ("n", 2), "TALLETUS PANOAUTOMAATTI MIKKELI"),
    ]
    return Business("fi-yoga-retreat", "EU", (2025, 7), 3, ["3390"], s,
                    consts={"vero": VERO_IBAN})


# ============================================================================ generation
SIGN_IN = {"Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income"}


def generate():
    rng = random.Random(SEED)
    builders = [vet_clinic, bike_courier, escape_room, bookbinding, it_repair,
                translation_agency, farm_shop, yoga_retreat]
    businesses = [f() for f in builders]
    rows = []
    for b in businesses:
        state = {"inv": b.inv_start}
        brows = []
        for c in b.specs:
            dates = schedule_dates(rng, b, c.sched)
            for i, pd in enumerate(dates):
                if c.amounts is not None:
                    amount = c.amounts[i]
                else:
                    amount = abs(draw_amount(rng, c.amount))
                    if c.category not in SIGN_IN:
                        amount = -amount
                td = pd
                if c.card:
                    td = pd - dt.timedelta(days=rng.randint(0, 3))
                tpl = rng.choice(c.tpls)
                desc = render(tpl, rng, b, c, td, pd, amount, state)
                desc = re.sub(r"\s+", " ", desc).strip()
                brows.append((pd, rng.random(), b, desc, amount, c))
        brows.sort(key=lambda r: (r[0], r[1]))
        rows.extend(brows)
    return businesses, rows


def main():
    businesses, rows = generate()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(HEADER)
        for pd, _, b, desc, amount, c in rows:
            w.writerow([b.region, b.id, pd.isoformat(), f"{amount:.2f}", desc, c.entity,
                        c.category])
    # ---- counts
    n = len(rows)
    print(f"{n} rows -> {OUT.name}")
    by_b = defaultdict(list)
    for r in rows:
        by_b[r[2].id].append(r)
    for b in businesses:
        rs = by_b[b.id]
        ents = {r[5].entity for r in rs if r[5].entity}
        dates = sorted(r[0] for r in rs)
        print(f"  {b.region:2} {b.id:24} rows {len(rs):3}  {dates[0]} .. {dates[-1]}  "
              f"in {sum(1 for r in rs if r[4] > 0):3}  entities {len(ents)}")
    reg = Counter(r[2].region for r in rows)
    print("  regions: " + ", ".join(f"{k} {v} ({100 * v / n:.1f} %)" for k, v in reg.items()))
    money_in = sum(1 for r in rows if r[4] > 0)
    print(f"  money in {money_in} ({100 * money_in / n:.1f} %), out {n - money_in}")
    ent_rows = Counter(r[5].entity.casefold() for r in rows if r[5].entity)
    ents_by_biz = defaultdict(set)
    for r in rows:
        if r[5].entity:
            ents_by_biz[r[5].entity.casefold()].add(r[2].id)
    shared = sorted(e for e, bs in ents_by_biz.items() if len(bs) > 1)
    empty = sum(1 for r in rows if not r[5].entity)
    repeat = sum(v for v in ent_rows.values() if v > 1)
    once = sum(1 for v in ent_rows.values() if v == 1)
    local = sum(1 for r in rows if r[5].entity in LOCAL)
    print(f"  distinct entities {len(ent_rows)} (shared across businesses {len(shared)}: "
          f"{', '.join(shared)})")
    print(f"  no entity {empty} ({100 * empty / n:.1f} %); rows with a repeated entity {repeat} of "
          f"{n - empty} ({100 * repeat / (n - empty):.1f} %); entities occurring once {once}")
    print(f"  local counterparties {local} rows ({100 * local / n:.1f} %)")
    cats = Counter(r[5].category for r in rows)
    print("  categories: " + ", ".join(f"{k} {cats.get(k, 0)}" for k in
                                        sorted(CATEGORIES, key=lambda k: (-cats.get(k, 0), k))))


if __name__ == "__main__":
    main()
