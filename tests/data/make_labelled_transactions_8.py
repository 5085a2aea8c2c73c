#!/usr/bin/env python3
"""Generate ``labelled_transactions_8.csv``: the eighth, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-7 uses: BMO (Milwaukee), Webster
Bank (West Hartford) and Zions Bank (Salt Lake City) in the US; Allica Bank (Manchester) and
Handelsbanken UK (Leeds) in the UK; Erste Bank (Vienna, George export), BNP Paribas Fortis
(Ghent, Dutch) and Caixa Geral de Depositos (Braga) in the euro area. Written blind: its author
read only ``README.md``, the header line of ``labelled_transactions_7.csv`` and the first 60 lines
of ``make_labelled_transactions_7.py``; not CashPilot's code, vendor lists or rules, nor any
earlier rows. Descriptions are written from general knowledge of each bank's export layout, not
copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates,
creditor ids, IBANs, customer / policy / contract numbers, ACH company ids) are drawn once per
counterparty from a second fixed-seed generator.

Template placeholders:
  ``{d:N}`` digits, ``{X:N}`` upper-case alphanumerics, ``{A:N}`` letters, ``{x:N}`` lower hex,
  ``{r:LO-HI}`` integer, ``{a|b}`` one of, ``{card}`` one of the business's cards,
  ``{amt}`` ``{amt_c}`` ``{amt_eu}`` ``{amt_us}`` the absolute amount (1234.56 / 1234,56 /
  1.234,56 / 1,234.56), ``{wk}`` ISO week of posting, any key of the counterparty's ``keep``
  dict or the business's ``consts`` (expanded recursively).
  Dates (card lines: the purchase date, 0-2 banking days before posting; else posting date):
  ``mm/dd mmdd mmddyy mm/dd/yy mm/dd/yyyy dd/mm dd/mm/yy dd/mm/yyyy dd.mm dd.mm.yy dd.mm.yyyy dd-mm
  dd-mm-yyyy ddMON ddMONyy dd MON dd Mon yymmdd yyyymmdd ddmmyy iso hh:mm hh:mm:ss hhmm``;
  a ``P`` in front forces the posting date. Month words of the posting month: ``MON Mon mm
  yyyy yy monat maand MAAND mes MES``; a ``p`` in front gives the previous month.

Usage: python make_labelled_transactions_8.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import random
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 8_2026_0601
KEEP_SEED = 8_2026_0602
OUT = Path(__file__).with_name("labelled_transactions_8.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Internal Transfer", "Owner Draw / Contribution", "Other Expense",
}

# --------------------------------------------------------------------------------------------
# stable identifiers (second seed)
# --------------------------------------------------------------------------------------------
KR = random.Random(KEEP_SEED)


def kd(n: int) -> str:
    s = str(KR.randint(1, 9))
    return s + "".join(KR.choice(string.digits) for _ in range(n - 1))


def kX(n: int) -> str:
    return "".join(KR.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc: str, bban: str) -> str:
    check = 98 - _num(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def spaced(ib: str) -> str:
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def iban_at(bank: str | None = None) -> str:
    bank = bank or KR.choice(["20111", "12000", "14000", "32000", "19190", "60000"])
    return iban("AT", bank + "".join(KR.choice(string.digits) for _ in range(11)))


def iban_be(bank: str | None = None) -> str:
    bank = bank or KR.choice(["001", "210", "230", "737", "068", "363", "973", "751"])
    first = bank + "".join(KR.choice(string.digits) for _ in range(7))
    chk = int(first) % 97 or 97
    return iban("BE", f"{first}{chk:02d}")


def iban_pt(bank: str | None = None) -> str:
    bank = bank or KR.choice(["0035", "0033", "0018", "0007", "0010", "0036", "0045"])
    body = bank + "".join(KR.choice(string.digits) for _ in range(15))
    chk = 98 - (int(body) * 100) % 97
    return iban("PT", f"{body}{chk:02d}")


def iban_nl(bank: str) -> str:
    return iban("NL", bank + "".join(KR.choice(string.digits) for _ in range(10)))


def iban_lu(bank: str) -> str:
    return iban("LU", bank + "".join(KR.choice(string.digits) for _ in range(13)))


def iban_it(abi: str) -> str:
    return iban("IT", KR.choice(string.ascii_uppercase) + abi + kd(5) + "0000" + kd(8))


def creditor_id(cc: str, national: str) -> str:
    check = 98 - _num(national + cc + "00") % 97
    return f"{cc}{check:02d}ZZZ{national}"


def cid_at() -> str:
    return creditor_id("AT", "000" + kd(8))


def kbo() -> str:
    first = "0" + kd(7)
    return f"{first}{97 - int(first) % 97:02d}"


def cid_be() -> str:
    return creditor_id("BE", kbo())


def cid_pt() -> str:
    return creditor_id("PT", kd(6))


def cid_nl() -> str:
    return creditor_id("NL", kd(8) + "0000")


def ogm(rng: random.Random) -> str:
    n = rng.randint(10**9, 10**10 - 1)
    chk = n % 97 or 97
    s = f"{n:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def sortcode() -> str:
    return f"{KR.randint(10, 99)}-{KR.randint(10, 99):02d}-{KR.randint(10, 99):02d}"


# --------------------------------------------------------------------------------------------
# model
# --------------------------------------------------------------------------------------------
@dataclass
class CP:
    entity: str
    category: str
    sched: tuple
    amt: tuple | list
    tpl: list
    card: bool = False
    keep: dict = field(default_factory=dict)
    months: tuple | None = None          # month indexes (0,1,2) to keep
    companion: list = field(default_factory=list)   # (tpl, entity, category, fn(amount))


@dataclass
class Biz:
    region: str
    bid: str
    start: tuple
    holidays: set
    consts: dict
    cps: list
    nmonths: int = 3


def M(day, months=None):
    return ("monthly", day), months


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------
def month_list(b: Biz):
    y, m = b.start
    out = []
    for _ in range(b.nmonths):
        out.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def is_bd(d: dt.date, hol: set) -> bool:
    return d.weekday() < 5 and d not in hol and (d.month, d.day) not in {(1, 1), (12, 25)}


def next_bd(d: dt.date, hol: set) -> dt.date:
    while not is_bd(d, hol):
        d += dt.timedelta(days=1)
    return d


def prev_bd(d: dt.date, hol: set) -> dt.date:
    while not is_bd(d, hol):
        d -= dt.timedelta(days=1)
    return d


def add_bd(d: dt.date, n: int, hol: set) -> dt.date:
    while n > 0:
        d += dt.timedelta(days=1)
        if is_bd(d, hol):
            n -= 1
    return d


def period(b: Biz):
    ms = month_list(b)
    first = dt.date(ms[0][0], ms[0][1], 1)
    ly, lm = ms[-1]
    last = dt.date(ly, lm, calendar.monthrange(ly, lm)[1])
    return first, last


def bdays(b: Biz):
    first, last = period(b)
    d, out = first, []
    while d <= last:
        if is_bd(d, b.holidays):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def sched_dates(b: Biz, cp: CP, rng: random.Random):
    """Return a list of (base_date, month_index). base_date is the calendar date of the event
    (purchase date for card lines, due date otherwise)."""
    kind = cp.sched[0]
    ms = month_list(b)
    first, last = period(b)
    out = []
    if kind == "monthly":
        day = cp.sched[1]
        for i, (y, m) in enumerate(ms):
            out.append((dt.date(y, m, min(day, calendar.monthrange(y, m)[1])), i))
    elif kind == "lastbd":
        for i, (y, m) in enumerate(ms):
            out.append((prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1]), b.holidays), i))
    elif kind == "semi":
        for i, (y, m) in enumerate(ms):
            out.append((prev_bd(dt.date(y, m, 15), b.holidays), i))
            out.append((prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1]), b.holidays), i))
    elif kind == "every":            # ("every", first_iso, step_days)
        d = dt.date.fromisoformat(cp.sched[1])
        while d <= last:
            if d >= first:
                out.append((d, ms.index((d.year, d.month))))
            d += dt.timedelta(days=cp.sched[2])
    elif kind == "weekly":           # ("weekly", weekday)
        d = first
        while d <= last:
            if d.weekday() == cp.sched[1]:
                out.append((d, ms.index((d.year, d.month))))
            d += dt.timedelta(days=1)
    elif kind == "dates":
        for s in cp.sched[1]:
            d = dt.date.fromisoformat(s)
            out.append((d, ms.index((d.year, d.month))))
    elif kind == "n":
        count = cp.sched[1]
        if cp.card:
            days = (last - first).days - 3
            picks = sorted(first + dt.timedelta(days=rng.randint(0, days)) for _ in range(count))
        else:
            picks = sorted(rng.sample(bdays(b), count))
        out = [(d, ms.index((d.year, d.month))) for d in picks]
    else:
        raise ValueError(kind)
    if cp.months is not None:
        out = [(d, i) for d, i in out if i in cp.months]
    return out


def posting(b: Biz, base: dt.date, card: bool, rng: random.Random) -> dt.date:
    if not card:
        return next_bd(base, b.holidays)
    if is_bd(base, b.holidays):
        return add_bd(base, rng.choice([0, 1, 1, 1, 2, 2]), b.holidays)
    return add_bd(next_bd(base, b.holidays), rng.choice([0, 0, 1]), b.holidays)


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONAT = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"]
MES = ["JANEIRO", "FEVEREIRO", "MARCO", "ABRIL", "MAIO", "JUNHO", "JULHO", "AGOSTO", "SETEMBRO",
       "OUTUBRO", "NOVEMBRO", "DEZEMBRO"]

DATEF = {
    "mm/dd": lambda d: f"{d.month:02d}/{d.day:02d}",
    "mmdd": lambda d: f"{d.month:02d}{d.day:02d}",
    "mm/dd/yy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    "mm/dd/yyyy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "dd/mm": lambda d: f"{d.day:02d}/{d.month:02d}",
    "dd/mm/yy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dd.mm": lambda d: f"{d.day:02d}.{d.month:02d}",
    "dd.mm.yy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dd-mm": lambda d: f"{d.day:02d}-{d.month:02d}",
    "dd-mm-yyyy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "ddMON": lambda d: f"{d.day:02d}{MON[d.month - 1]}",
    "ddMONyy": lambda d: f"{d.day:02d}{MON[d.month - 1]}{d.year % 100:02d}",
    "dd MON": lambda d: f"{d.day:02d} {MON[d.month - 1]}",
    "dd Mon": lambda d: f"{d.day:02d} {MON[d.month - 1].title()}",
    "yymmdd": lambda d: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}",
    "yyyymmdd": lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    "ddmmyy": lambda d: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
    "mmddyy": lambda d: f"{d.month:02d}{d.day:02d}{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
}
MONTHF = {
    "MON": lambda y, m: MON[m - 1], "Mon": lambda y, m: MON[m - 1].title(),
    "mm": lambda y, m: f"{m:02d}", "yyyy": lambda y, m: str(y), "yy": lambda y, m: f"{y % 100:02d}",
    "monat": lambda y, m: MONAT[m - 1], "maand": lambda y, m: MAAND[m - 1],
    "MAAND": lambda y, m: MAAND[m - 1].upper(), "mes": lambda y, m: MES[m - 1].title(),
    "MES": lambda y, m: MES[m - 1],
}

TOKEN = re.compile(r"\{([^{}]+)\}")


def fmt_amount(a: float, style: str) -> str:
    a = abs(a)
    if style == "amt":
        return f"{a:.2f}"
    if style == "amt_c":
        return f"{a:.2f}".replace(".", ",")
    if style == "amt_us":
        return f"{a:,.2f}"
    if style == "amt_eu":
        return f"{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    raise ValueError(style)


def render(tpl: str, ctx: dict, rng: random.Random, depth: int = 0) -> str:
    def rep(m):
        k = m.group(1)
        if ":" in k and k.split(":", 1)[0] in {"d", "X", "A", "x", "r"}:
            t, arg = k.split(":", 1)
            if t == "d":
                return "".join(rng.choice(string.digits) for _ in range(int(arg)))
            if t == "X":
                return "".join(rng.choice(string.ascii_uppercase + string.digits)
                               for _ in range(int(arg)))
            if t == "A":
                return "".join(rng.choice(string.ascii_uppercase) for _ in range(int(arg)))
            if t == "x":
                return "".join(rng.choice("0123456789abcdef") for _ in range(int(arg)))
            lo, hi = arg.split("-")
            return str(rng.randint(int(lo), int(hi)))
        if k.startswith("hh"):
            h, mi, s = ctx["time"]
            return {"hh:mm": f"{h:02d}:{mi:02d}", "hh:mm:ss": f"{h:02d}:{mi:02d}:{s:02d}",
                    "hhmm": f"{h:02d}{mi:02d}"}[k]
        if k in DATEF:
            return DATEF[k](ctx["pdate"])
        if k.startswith("P") and k[1:] in DATEF:
            return DATEF[k[1:]](ctx["date"])
        if k in MONTHF:
            d = ctx["date"]
            return MONTHF[k](d.year, d.month)
        if k.startswith("p") and k[1:] in MONTHF:
            d = ctx["date"].replace(day=1) - dt.timedelta(days=1)
            return MONTHF[k[1:]](d.year, d.month)
        if k in {"amt", "amt_c", "amt_eu", "amt_us"}:
            return fmt_amount(ctx["amount"], k)
        if k == "wk":
            return f"{ctx['date'].isocalendar()[1]:02d}"
        if k == "card":
            return ctx["card"]
        if k == "ogm":
            return ogm(rng)
        if "|" in k:
            return rng.choice(k.split("|"))
        if k in ctx["keep"]:
            return render(str(ctx["keep"][k]), ctx, rng, depth + 1)
        if k in ctx["consts"]:
            return render(str(ctx["consts"][k]), ctx, rng, depth + 1)
        raise KeyError(f"unknown placeholder {k!r} in {tpl!r}")

    return TOKEN.sub(rep, tpl)


def draw_amount(cp: CP, i: int, rng: random.Random) -> float:
    if isinstance(cp.amt, list):
        return cp.amt[i % len(cp.amt)]
    lo, hi = cp.amt
    if lo == hi:
        return lo
    return round(rng.uniform(lo, hi), 2)


def generate(b: Biz, rng: random.Random):
    rows = []
    for order, cp in enumerate(b.cps):
        assert cp.category in CATEGORIES, (b.bid, cp.entity, cp.category)
        events = sched_dates(b, cp, rng)
        for i, (base, _mi) in enumerate(events):
            post = posting(b, base, cp.card, rng)
            _first, last = period(b)
            if post > last:
                continue
            amount = draw_amount(cp, i, rng)
            ctx = {"pdate": base if cp.card else post, "date": post, "amount": amount,
                   "keep": cp.keep, "consts": b.consts,
                   "card": rng.choice(b.consts.get("cards", ["0000"])),
                   "time": (rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59))}
            tpl = rng.choice(cp.tpl)
            desc = " ".join(render(tpl, ctx, rng).split())
            rows.append((post, order, i, 0, amount, desc, cp.entity, cp.category))
            for j, (ctpl, cent, ccat, fn) in enumerate(cp.companion):
                camt = round(fn(amount), 2)
                cctx = dict(ctx, amount=camt)
                cdesc = " ".join(render(ctpl, cctx, rng).split())
                rows.append((post, order, i, j + 1, camt, cdesc, cent, ccat))
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    return [[b.region, b.bid, r[0].isoformat(), f"{r[4]:.2f}", r[5], r[6], r[7]] for r in rows]


# ============================================================================================
# BUSINESSES
# ============================================================================================
US_HOL = {dt.date(2025, 9, 1), dt.date(2025, 10, 13), dt.date(2025, 11, 11),
          dt.date(2025, 11, 27), dt.date(2025, 12, 25), dt.date(2026, 1, 1)}
UK_HOL = {dt.date(2025, 8, 25), dt.date(2025, 12, 25), dt.date(2025, 12, 26),
          dt.date(2026, 1, 1)}
EU_HOL = {dt.date(2025, 12, 25), dt.date(2025, 12, 26), dt.date(2026, 1, 1),
          dt.date(2026, 4, 3), dt.date(2026, 4, 6), dt.date(2026, 5, 1)}

# --------------------------------------------------------------------------------------------
# 1. us-tree-service: Kettle Moraine Tree Care LLC, Waukesha WI. BMO business checking.
#    Card: POS DEBIT mm/dd <merchant> <city> <st> CARD nnnn (RECURRING / PIN / CREDIT variants);
#    ACH: ACH DEPOSIT|WITHDRAWAL <company 16> <entry 10> <company id> <individual>;
#    Zelle, BMO BILL PAY, MOBILE DEPOSIT, ONLINE TRANSFER, LOAN PAYMENT TRANSFER, fees.
# --------------------------------------------------------------------------------------------
SUREPAY = {"coid": kd(10)}
TREE = Biz("US", "us-tree-service", (2025, 8), US_HOL,
           {"cards": ["4471", "9082"], "me": "KETTLE MORAINE TRE"}, [
    # --- money in
    CP("Square", "Sales Revenue", ("n", 5), (380, 2450),
       ["ACH DEPOSIT SQUARE INC {Pyymmdd}P2 {coid} {me}",
        "ACH DEPOSIT SQUARE INC SQ{Pyymmdd} {coid} T3{X:11}"], keep={"coid": kd(10)}),
    CP("Margaret Kowalski", "Service Income", ("n", 2), (650, 1850),
       ["ZELLE PAYMENT FROM MARGARET KOWALSKI CONF# {x:9}"]),
    CP("Brian Hoffmann", "Service Income", ("n", 2), (420, 1300),
       ["ZELLE PAYMENT FROM BRIAN HOFFMANN CONF# {x:9}"]),
    CP("J Petersen", "Service Income", ("n", 2), (275, 900),
       ["ZELLE PAYMENT FROM J PETERSEN CONF# {x:9}"]),
    CP("City of Wauwatosa", "Service Income", ("n", 2), (1800, 5200),
       ["ACH DEPOSIT CITY OF WAUWATOS AP PAYMNT {coid} {me}"], keep={"coid": kd(10)}),
    CP("We Energies", "Service Income", ("n", 2), (2200, 6800),
       ["ACH DEPOSIT WE ENERGIES VENDOR PMT {coid} {me} INV {r:2210-2390}"],
       keep={"coid": "1390" + kd(6)}),
    CP("Lakeshore Property Management", "Service Income", ("n", 2), (900, 3100),
       ["ACH DEPOSIT BILL.COM PAYABLES 016{d:7} LAKESHORE PROPERTY MAN"]),
    CP("State Farm", "Service Income", ("n", 1), (1500, 4200),
       ["ACH DEPOSIT STATE FARM RO 27 CLAIM PMT {coid} {me}"], keep={"coid": kd(10)}),
    CP("", "Service Income", ("n", 3), (250, 1900), ["MOBILE DEPOSIT REF {d:9}"]),
    CP("Menards", "Refunds", ("n", 1), (18, 95),
       ["POS CREDIT {mm/dd} MENARDS WAUKESHA WI CARD {card}"], card=True),
    # --- money out
    CP("Kwik Trip", "Travel", ("n", 4), (-145, -62),
       ["POS DEBIT {mm/dd} KWIK TRIP {r:100-999} {WAUKESHA|BROOKFIELD|NEW BERLIN|MUSKEGO} WI "
        "CARD {card}", "POS PIN DEBIT {mm/dd} KWIK TRIP 00000{r:100-999} WAUKESHA WI CARD {card}"],
       card=True),
    CP("Menards", "Supplies & Materials", ("n", 2), (-260, -35),
       ["POS DEBIT {mm/dd} MENARDS {WEST ALLIS|WAUKESHA} WI CARD {card}"], card=True),
    CP("Home Depot", "Supplies & Materials", ("n", 1), (-190, -40),
       ["POS DEBIT {mm/dd} THE HOME DEPOT #4905 BROOKFIELD WI CARD {card}"], card=True),
    CP("Fleet Farm", "Supplies & Materials", ("n", 1), (-180, -40),
       ["POS DEBIT {mm/dd} FLEET FARM 2500 WAUKESHA WI CARD {card}"], card=True),
    CP("Brew City Saw & Mower", "Supplies & Materials", ("n", 2), (-380, -45),
       ["POS DEBIT {mm/dd} SQ *BREW CITY SAW & MOW Milwaukee WI CARD {card}"], card=True),
    CP("Badgerland Equipment", "Equipment", ("n", 2), (-1450, -280),
       ["POS DEBIT {mm/dd} BADGERLAND EQUIPMENT SUSSEX WI CARD {card}"], card=True),
    CP("Lannon Stump & Mulch", "Cost of Goods Sold", ("n", 2), (-380, -120),
       ["POS DEBIT {mm/dd} LANNON STUMP & MULCH LANNON WI CARD {card}"], card=True),
    CP("Cream City Crane Service", "Professional Services", ("n", 2), (-2400, -1100),
       ["BMO BILL PAY CREAM CITY CRANE SER CONF# {d:8}"]),
    CP("Balboa Capital", "Loan Repayment", ("monthly", 5), (-1287.44, -1287.44),
       ["ACH WITHDRAWAL BALBOA CAPITAL LEASE PMT {coid} {contract}"],
       keep={"coid": kd(10), "contract": "LS-" + kd(7)}),
    CP("", "Loan Repayment", ("monthly", 20), (-842.17, -842.17),
       ["LOAN PAYMENT TRANSFER TO LOAN XXXXXX7126"]),
    CP("SurePayroll", "Salaries & Payroll", ("every", "2025-08-01", 14), (-9800, -7200),
       ["ACH WITHDRAWAL SUREPAYROLL PAYROLL {coid} KETTLE MORAINE TREE"], keep=SUREPAY,
       months=(0, 1, 2)),
    CP("SurePayroll", "Salaries & Payroll", ("every", "2025-08-14", 28), (-3300, -2400),
       ["ACH WITHDRAWAL SUREPAYROLL TAXES {coid} KETTLE MORAINE TREE"], keep=SUREPAY),
    CP("SurePayroll", "Software & Subscriptions", ("lastbd",), (-89.00, -74.00),
       ["ACH WITHDRAWAL SUREPAYROLL FEE {coid} KETTLE MORAINE TREE"], keep=SUREPAY,
       months=(0, 2)),
    CP("Acuity", "Insurance", ("monthly", 10), (-1264.00, -1264.00),
       ["ACH WITHDRAWAL ACUITY INS PREM {coid} Z{policy}"], keep={"coid": kd(10), "policy": kd(8)}),
    CP("Progressive", "Insurance", ("monthly", 22), (-612.38, -612.38),
       ["ACH WITHDRAWAL PROGRESSIVE INS INS PREM {coid} {policy}"],
       keep={"coid": kd(10), "policy": kd(9)}, months=(0, 1)),
    CP("We Energies", "Utilities", ("monthly", 18), (-310, -95),
       ["ACH WITHDRAWAL WE ENERGIES UTIL PAY {coid} {acct}"],
       keep={"coid": "1390" + kd(6), "acct": kd(10)}),
    CP("Spectrum", "Utilities", ("monthly", 8), (-149.99, -149.99),
       ["RECURRING POS DEBIT {mm/dd} SPECTRUM 855-707-7328 MO CARD {card}"], card=True,
       months=(1, 2)),
    CP("Verizon", "Utilities", ("monthly", 24), (-301, -284),
       ["ACH WITHDRAWAL VERIZON WIRELESS PAYMENTS {coid} {acct}"],
       keep={"coid": kd(10), "acct": kd(9) + "-00001"}, months=(0, 2)),
    CP("Ryan Road Properties", "Rent", ("monthly", 1), (-3200, -3200),
       ["BMO BILL PAY RYAN ROAD PROPERTIES CONF# {d:8}"]),
    CP("Wisconsin Department of Revenue", "Taxes", ("dates", ["2025-10-31"]), (-1840.22, -1840.22),
       ["ACH WITHDRAWAL WI DEPT REVENUE TAXPAYMNT {coid} KETTLE MORAINE TRE"],
       keep={"coid": kd(10)}),
    CP("IRS", "Taxes", ("dates", ["2025-09-15"]), (-4500.00, -4500.00),
       ["ACH WITHDRAWAL IRS USATAXPYMT 2704{d:11} KETTLE MORAINE TREE"]),
    CP("Jobber", "Software & Subscriptions", ("monthly", 14), (-169.00, -169.00),
       ["RECURRING POS DEBIT {mm/dd} JOBBER 888-721-1115 AB CARD {card}"], card=True,
       months=(1, 2)),
    CP("Google", "Software & Subscriptions", ("monthly", 1), (-42.00, -42.00),
       ["RECURRING POS DEBIT {mm/dd} GOOGLE *Workspace_kettl CC@GOOGLE.COM CA CARD {card}"],
       card=True, months=(1, 2)),
    CP("Yelp", "Marketing & Advertising", ("monthly", 5), (-300.00, -300.00),
       ["RECURRING POS DEBIT {mm/dd} YELP INC* ADS 877-767-9357 CA CARD {card}"], card=True,
       months=(0, 1)),
    CP("Culver's", "Meals & Entertainment", ("n", 1), (-68, -24),
       ["POS DEBIT {mm/dd} CULVERS OF NEW BERLIN NEW BERLIN WI CARD {card}"], card=True),
    CP("Zielinski CPA Group", "Professional Services", ("n", 1), (-850, -450),
       ["BMO BILL PAY ZIELINSKI CPA GROUP CONF# {d:8}"]),
    CP("Tomasz Nowak", "Owner Draw / Contribution", ("monthly", 16), [-2500.00, -3000.00, -2500.00],
       ["ZELLE PAYMENT TO TOMASZ NOWAK CONF# {x:9}"]),
    CP("", "Internal Transfer", ("dates", ["2025-10-10"]), [-5000.00],
       ["ONLINE TRANSFER TO SAVINGS XXXXXX4410 REF# {d:8}"]),
    CP("", "Internal Transfer", ("n", 1), (-200.00, -200.00),
       ["ATM WITHDRAWAL {mm/dd} BMO 7400 W GREENFIELD AVE WEST ALLIS WI CARD {card}"], card=True),
    CP("", "Bank Fees", ("lastbd",), (-25.00, -25.00), ["ACCOUNT MAINTENANCE FEE"]),
])

# --------------------------------------------------------------------------------------------
# 2. us-bridal-boutique: Lace & Lilac Bridal LLC, West Hartford CT. Webster Bank.
#    Card: DEBIT CARD PURCHASE mm/dd <merchant> <city> <st> ****nnnn (DEBIT CARD CREDIT);
#    ACH: ELECTRONIC DEP|PMT <company> <entry> <id>; ZELLE FROM|TO; REMOTE DEPOSIT;
#    OUTGOING WIRE TRANSFER BNF ... with WIRE TRANSFER FEE; BILL PAY; ONLINE TRANSFER.
# --------------------------------------------------------------------------------------------
WIRE_FEE = ("WIRE TRANSFER FEE", "", "Bank Fees", lambda a: -30.00)
GUSTO = {"coid": kd(10)}
BRIDAL = Biz("US", "us-bridal-boutique", (2025, 9), US_HOL,
             {"cards": ["1187", "6640"], "me": "LACE AND LILAC BRIDAL"}, [
    # --- money in
    CP("Shopify", "Sales Revenue", ("n", 7), (450, 4800),
       ["ELECTRONIC DEP SHOPIFY TRANSFER {coid} ST-{X:12}",
        "ELECTRONIC DEP SHOPIFY TRANSFER {coid} {me}"], keep={"coid": kd(10)}),
    CP("Kayla Moreno", "Sales Revenue", ("n", 2), [800.00, 1640.00],
       ["ZELLE FROM KAYLA MORENO {X:10}"]),
    CP("Brittany O'Connell", "Sales Revenue", ("n", 2), [1000.00, 1275.50],
       ["ZELLE FROM BRITTANY OCONNELL {X:10}"]),
    CP("Sophia Nguyen", "Sales Revenue", ("n", 1), [650.00], ["ZELLE FROM SOPHIA NGUYEN {X:10}"]),
    CP("Ashley Park", "Sales Revenue", ("dates", ["2025-09-08"]), [500.00],
       ["ZELLE FROM ASHLEY PARK {X:10}"]),
    CP("Ashley Park", "Sales Revenue", ("dates", ["2025-10-21"]), [-500.00],
       ["ZELLE TO ASHLEY PARK {X:10}"]),
    CP("", "Sales Revenue", ("n", 2), (300, 1450), ["REMOTE DEPOSIT {d:10}"]),
    CP("Danielle Russo", "Owner Draw / Contribution", ("dates", ["2025-10-02"]), [5000.00],
       ["ZELLE FROM DANIELLE RUSSO {X:10}"]),
    CP("Amazon", "Refunds", ("n", 1), (19, 64),
       ["DEBIT CARD CREDIT {mm/dd} AMAZON MKTPL*{X:9} Amzn.com/bill WA ****{card}"], card=True),
    # --- money out
    CP("Maggie Sottero", "Cost of Goods Sold", ("dates", ["2025-09-10", "2025-11-05"]),
       [-6840.00, -4215.00],
       ["OUTGOING WIRE TRANSFER BNF MAGGIE SOTTERO DESIGNS LLC REF {d:10}"],
       companion=[WIRE_FEE]),
    CP("Justin Alexander", "Cost of Goods Sold", ("n", 2), (-4200, -1500),
       ["ELECTRONIC PMT JUSTIN ALEXANDR INVOICE {coid} {me}"], keep={"coid": kd(10)}),
    CP("Allure Bridals", "Cost of Goods Sold", ("n", 1), (-2300, -900),
       ["DEBIT CARD PURCHASE {mm/dd} ALLURE BRIDALS 972-931-1290 TX ****{card}"], card=True),
    CP("Veil & Vow Accessories", "Cost of Goods Sold", ("n", 2), (-950, -240),
       ["BILL PAY VEIL & VOW ACCESSORI {d:8}"]),
    CP("Rosa Delgado", "Professional Services", ("n", 3), (-420, -180),
       ["ZELLE TO ROSA DELGADO {X:10}"]),
    CP("Mei Lin Chao", "Professional Services", ("n", 2), (-360, -150),
       ["ZELLE TO MEI LIN CHAO {X:10}"]),
    CP("Bishops Corner Realty", "Rent", ("monthly", 1), (-4850, -4850),
       ["BILL PAY BISHOPS CORNER REALTY {d:8}"]),
    CP("Eversource", "Utilities", ("monthly", 12), (-410, -260),
       ["ELECTRONIC PMT EVERSOURCE CT PAYMENT {coid} {acct}"],
       keep={"coid": kd(10), "acct": kd(11)}),
    CP("Connecticut Natural Gas", "Utilities", ("monthly", 16), (-140, -60),
       ["ELECTRONIC PMT CONN NATURAL GAS CNG PYMT {coid} {acct}"],
       keep={"coid": kd(10), "acct": kd(10)}, months=(1, 2)),
    CP("Frontier", "Utilities", ("monthly", 20), (-89.99, -89.99),
       ["DEBIT CARD PURCHASE {mm/dd} FRONTIER COMM 800-921-8101 CT ****{card}"], card=True),
    CP("Connecticut Department of Revenue Services", "Taxes", ("monthly", 28), (-2100, -950),
       ["ELECTRONIC PMT CT DEPT REV SVCS TAXPAYMNT {coid} {me}"], keep={"coid": kd(10)}),
    CP("Gusto", "Salaries & Payroll", ("semi",), (-5200, -3900),
       ["ELECTRONIC PMT GUSTO NET {Pmmddyy} {coid} {me}"], keep=GUSTO,
       months=(0, 1, 2)),
    CP("Gusto", "Salaries & Payroll", ("lastbd",), (-2150, -1700),
       ["ELECTRONIC PMT GUSTO TAX {Pmmddyy} {coid} {me}"], keep=GUSTO),
    CP("Gusto", "Software & Subscriptions", ("monthly", 3), (-94.00, -82.00),
       ["ELECTRONIC PMT GUSTO FEE {Pmmddyy} {coid} {me}"], keep=GUSTO, months=(1, 2)),
    CP("Travelers", "Insurance", ("monthly", 15), (-318.50, -318.50),
       ["ELECTRONIC PMT TRAVELERS INS PREM {coid} {policy}"],
       keep={"coid": kd(10), "policy": "6" + kX(8)}),
    CP("The Knot", "Marketing & Advertising", ("monthly", 3), (-489.00, -489.00),
       ["DEBIT CARD PURCHASE {mm/dd} THE KNOT WORLDWIDE 877-843-5668 NY ****{card}"], card=True),
    CP("Meta", "Marketing & Advertising", ("n", 3), (-250, -60),
       ["DEBIT CARD PURCHASE {mm/dd} FACEBK *{X:10} fb.me/ads CA ****{card}"], card=True),
    CP("Hartford Bridal Show", "Marketing & Advertising", ("dates", ["2025-10-04"]), [-1200.00],
       ["DEBIT CARD PURCHASE {mm/dd} SQ *HARTFORD BRIDAL SHOW Hartford CT ****{card}"], card=True),
    CP("Uline", "Supplies & Materials", ("n", 1), (-320, -140),
       ["DEBIT CARD PURCHASE {mm/dd} ULINE *SHIP SUPPLIES 800-295-5510 WI ****{card}"], card=True),
    CP("Amazon", "Supplies & Materials", ("n", 2), (-120, -25),
       ["DEBIT CARD PURCHASE {mm/dd} Amazon.com*{X:9} Amzn.com/bill WA ****{card}"], card=True),
    CP("Shopify", "Software & Subscriptions", ("monthly", 5), (-105.00, -105.00),
       ["DEBIT CARD PURCHASE {mm/dd} SHOPIFY* {d:9} HTTPSSHOPIFY.C ON ****{card}"], card=True),
    CP("BridalLive", "Software & Subscriptions", ("monthly", 9), (-129.00, -129.00),
       ["DEBIT CARD PURCHASE {mm/dd} BRIDALLIVE 844-427-4325 NC ****{card}"], card=True),
    CP("Farmington Valley CPA", "Professional Services", ("n", 2), (-700, -350),
       ["BILL PAY FARMINGTON VALLEY CPA {d:8}"]),
    CP("Danielle Russo", "Owner Draw / Contribution", ("dates", ["2025-09-30", "2025-11-28"]),
       [-2000.00, -2500.00], ["ZELLE TO DANIELLE RUSSO {X:10}"]),
    CP("SBA", "Loan Repayment", ("monthly", 7), (-731.00, -731.00),
       ["ELECTRONIC PMT SBA EIDL LOAN PAYMENT {coid} {loan}"],
       keep={"coid": kd(10), "loan": kd(10)}),
    CP("Amtrak", "Travel", ("dates", ["2025-10-14"]), [-186.00],
       ["DEBIT CARD PURCHASE {mm/dd} AMTRAK .COM 2{d:9} WASHINGTON DC ****{card}"], card=True),
    CP("Marriott", "Travel", ("dates", ["2025-10-17"]), [-684.27],
       ["DEBIT CARD PURCHASE {mm/dd} NEW YORK MARRIOTT MARQ NEW YORK NY ****{card}"], card=True),
    CP("", "Internal Transfer", ("dates", ["2025-09-19", "2025-11-14"]), [-4000.00, -2500.00],
       ["ONLINE TRANSFER TO XXXXXX2281 WEBSTERONLINE {d:6}"]),
    CP("", "Bank Fees", ("lastbd",), (-20.00, -20.00), ["MONTHLY SERVICE CHARGE"]),
])

# --------------------------------------------------------------------------------------------
# 3. us-climbing-gym: Basalt Bouldering LLC, Salt Lake City UT. Zions Bank.
#    Card: VISA DEBIT PURCHASE mm/dd <merchant> <city> <st> CARD XXXXnnnn, POS DEBIT (PIN);
#    ACH DEBIT - | ACH CREDIT - <company 16> <entry> <id>; ZELLE RECEIVED FROM | SENT TO;
#    DEPOSIT BRANCH; INTERNET TRANSFER TO SAV; LOAN PAYMENT NOTE; ANALYSIS SERVICE CHARGE.
# --------------------------------------------------------------------------------------------
PAYCOM = {"coid": kd(10)}
GYM = Biz("US", "us-climbing-gym", (2025, 10), US_HOL, {"cards": ["5530", "0917"]}, [
    # --- money in
    CP("Stripe", "Sales Revenue", ("n", 9), (900, 5600),
       ["ACH CREDIT - STRIPE TRANSFER ST-{X:12} BASALT BOULDERING"]),
    CP("Adobe", "Service Income", ("n", 1), (2850, 2850),
       ["ACH CREDIT - ADOBE INC PAYABLES {coid} INV {r:1100-1180}"], keep={"coid": kd(10)}),
    CP("University of Utah", "Service Income", ("n", 2), (1200, 3400),
       ["ACH CREDIT - UNIV OF UTAH VENDOR PAY {coid}"], keep={"coid": kd(10)}),
    CP("Kimberly Tanner", "Service Income", ("n", 2), [425.00, 425.00],
       ["ZELLE RECEIVED FROM KIMBERLY TANNER CONF {X:9}"]),
    CP("J Larsen", "Service Income", ("n", 1), [425.00], ["ZELLE RECEIVED FROM J LARSEN CONF {X:9}"]),
    CP("Roberto Salazar", "Service Income", ("n", 1), [850.00],
       ["ZELLE RECEIVED FROM ROBERTO SALAZAR CONF {X:9}"]),
    CP("", "Sales Revenue", ("n", 3), (380, 1450), ["DEPOSIT BRANCH 0{r:100-199} SUGAR HOUSE"]),
    # --- money out
    CP("Kilter Grips", "Equipment", ("n", 2), (-2600, -700),
       ["VISA DEBIT PURCHASE {mm/dd} KILTER GRIPS 805-7{d:6} CA CARD XXXX{card}"], card=True),
    CP("FrictionLabs", "Cost of Goods Sold", ("n", 2), (-640, -220),
       ["VISA DEBIT PURCHASE {mm/dd} FRICTIONLABS 303-{d:7} CO CARD XXXX{card}"], card=True),
    CP("La Sportiva", "Equipment", ("n", 1), (-1850, -1850),
       ["VISA DEBIT PURCHASE {mm/dd} LA SPORTIVA N.A. BOULDER CO CARD XXXX{card}"], card=True),
    CP("Wasatch Resole", "Equipment", ("n", 1), (-390, -210),
       ["VISA DEBIT PURCHASE {mm/dd} SQ *WASATCH RESOLE Salt Lake Cit UT CARD XXXX{card}"],
       card=True),
    CP("Dylan Mercer", "Professional Services", ("n", 3), (-900, -450),
       ["ZELLE SENT TO DYLAN MERCER CONF {X:9}"]),
    CP("Sam Whitaker", "Professional Services", ("n", 2), (-720, -360),
       ["ZELLE SENT TO SAM WHITAKER CONF {X:9}"]),
    CP("Granary District Partners", "Rent", ("monthly", 1), (-11500, -11500),
       ["ACH DEBIT - GRANARY DISTRICT RENT {coid}"], keep={"coid": kd(10)}),
    CP("Rocky Mountain Power", "Utilities", ("monthly", 17), (-1900, -1150),
       ["ACH DEBIT - ROCKY MTN POWER PAYMENT {acct}"], keep={"acct": kd(9)}),
    CP("Enbridge Gas Utah", "Utilities", ("monthly", 21), (-640, -210),
       ["ACH DEBIT - ENBRIDGE GAS UTA UTIL PMT {acct}"], keep={"acct": kd(10)}, months=(1, 2)),
    CP("Salt Lake City Public Utilities", "Utilities", ("monthly", 24), (-185, -120),
       ["ACH DEBIT - SLC PUBLIC UTIL WEB PMT {acct}"], keep={"acct": kd(7)}, months=(0, 2)),
    CP("Google", "Utilities", ("monthly", 11), (-150.00, -150.00),
       ["VISA DEBIT PURCHASE {mm/dd} GOOGLE *FIBER g.co/helppay# CA CARD XXXX{card}"], card=True),
    CP("Google", "Software & Subscriptions", ("monthly", 1), (-84.00, -84.00),
       ["VISA DEBIT PURCHASE {mm/dd} GOOGLE *GSUITE_basaltb g.co/helppay# CA CARD XXXX{card}"],
       card=True, months=(1, 2)),
    CP("Google", "Marketing & Advertising", ("n", 2), (-400, -150),
       ["VISA DEBIT PURCHASE {mm/dd} GOOGLE *ADS{d:10} cc@google.com CA CARD XXXX{card}"],
       card=True),
    CP("Meta", "Marketing & Advertising", ("n", 2), (-300, -80),
       ["VISA DEBIT PURCHASE {mm/dd} FACEBK *{X:10} fb.me/ads CA CARD XXXX{card}"], card=True),
    CP("Paycom", "Salaries & Payroll", ("semi",), (-14500, -11000),
       ["ACH DEBIT - PAYCOM PAYROLL {coid}"], keep=PAYCOM),
    CP("Paycom", "Salaries & Payroll", ("monthly", 10), (-5200, -4200),
       ["ACH DEBIT - PAYCOM TAXES {coid}"], keep=PAYCOM),
    CP("Paycom", "Software & Subscriptions", ("monthly", 6), (-210, -180),
       ["ACH DEBIT - PAYCOM INVOICE {coid}"], keep=PAYCOM, months=(0, 2)),
    CP("Utah State Tax Commission", "Taxes", ("monthly", 28), (-3900, -2600),
       ["ACH DEBIT - UT STATE TAX COM TAX PYMT {coid}"], keep={"coid": kd(10)}),
    CP("Salt Lake County", "Taxes", ("dates", ["2025-11-28"]), [-2140.66],
       ["ACH DEBIT - SL CO TREASURER PROP TAX {acct}"], keep={"acct": kd(8)}),
    CP("K&K Insurance", "Insurance", ("monthly", 15), (-845.00, -845.00),
       ["ACH DEBIT - K&K INSURANCE PREMIUM {policy}"], keep={"policy": kd(9)}),
    CP("Costco", "Cost of Goods Sold", ("n", 2), (-420, -140),
       ["POS DEBIT {mm/dd} COSTCO WHSE #0479 SALT LAKE CTY UT CARD XXXX{card}"], card=True),
    CP("Salt City Screen Print", "Cost of Goods Sold", ("n", 1), (-980, -980),
       ["VISA DEBIT PURCHASE {mm/dd} SQ *SALT CITY SCREEN PR Salt Lake Cit UT CARD XXXX{card}"],
       card=True),
    CP("Home Depot", "Supplies & Materials", ("n", 1), (-240, -60),
       ["POS DEBIT {mm/dd} THE HOME DEPOT #4402 SALT LAKE CTY UT CARD XXXX{card}"], card=True),
    CP("Amazon", "Supplies & Materials", ("n", 2), (-140, -30),
       ["VISA DEBIT PURCHASE {mm/dd} AMAZON MKTPL*{X:9} Amzn.com/bill WA CARD XXXX{card}"],
       card=True),
    CP("Rock Gym Pro", "Software & Subscriptions", ("monthly", 3), (-259.00, -259.00),
       ["ACH DEBIT - ROCK GYM PRO SUBSCRIPT {coid}"], keep={"coid": kd(10)}),
    CP("Adobe", "Software & Subscriptions", ("monthly", 19), (-59.99, -59.99),
       ["VISA DEBIT PURCHASE {mm/dd} ADOBE *CREATIVE CLD 408-536-6000 CA CARD XXXX{card}"],
       card=True, months=(0, 1)),
    CP("Red Iguana", "Meals & Entertainment", ("n", 1), (-210, -90),
       ["VISA DEBIT PURCHASE {mm/dd} RED IGUANA SALT LAKE CIT UT CARD XXXX{card}"], card=True),
    CP("Megan Ortiz", "Owner Draw / Contribution", ("dates", ["2025-10-31", "2025-12-19"]),
       [-4000.00, -6000.00], ["ZELLE SENT TO MEGAN ORTIZ CONF {X:9}"]),
    CP("", "Internal Transfer", ("dates", ["2025-10-17", "2025-11-21"]), [-7500.00, -5000.00],
       ["INTERNET TRANSFER TO SAV XXXXXX3318"]),
    CP("", "Loan Repayment", ("monthly", 12), (-2318.40, -2318.40),
       ["LOAN PAYMENT NOTE 00{note} AUTO DEBIT"], keep={"note": kd(8)}),
    CP("", "Bank Fees", ("monthly", 2), (-68, -41), ["ANALYSIS SERVICE CHARGE"]),
])

# --------------------------------------------------------------------------------------------
# 4. uk-cocktail-bar: Velvet Fox Bar Ltd, Manchester (Northern Quarter). Allica Bank,
#    mixed case: Card payment <merchant> <town> dd/mm/yy Card ****nnnn, Card refund,
#    Faster Payment received from | sent to <name> Ref <ref>, Direct Debit <name 18> <ref>,
#    Standing Order, BACS credit, Cash deposit Post Office + Cash deposit fee, Internal transfer.
# --------------------------------------------------------------------------------------------
CASH_FEE = ("Cash deposit fee", "", "Bank Fees", lambda a: -round(max(2.50, a * 0.0045), 2))
BCARD = {"mid": kd(7)}
BAR = Biz("UK", "uk-cocktail-bar", (2025, 11), UK_HOL, {"cards": ["2048", "7315"]}, [
    # --- money in
    CP("Barclaycard", "Sales Revenue", ("n", 7), (850, 6200),
       ["BACS credit BARCLAYCARD MS {mid} {Pdd/mm}"], keep=BCARD),
    CP("DesignMyNight", "Sales Revenue", ("n", 3), (180, 900),
       ["BACS credit DESIGNMYNIGHT PAYOUT {X:8}"]),
    CP("NQ Creative", "Sales Revenue", ("dates", ["2025-11-18"]), [600.00],
       ["Faster Payment received from NQ CREATIVE LTD Ref DEPOSIT XMAS PARTY"]),
    CP("NQ Creative", "Sales Revenue", ("dates", ["2025-12-15"]), [1420.00],
       ["Faster Payment received from NQ CREATIVE LTD Ref INV VF{r:1040-1090}"]),
    CP("Ashworth Halden", "Sales Revenue", ("dates", ["2025-12-09"]), [950.00],
       ["Faster Payment received from ASHWORTH HALDEN LLP Ref PRIVATE HIRE 05 DEC"]),
    CP("", "Sales Revenue", ("dates", ["2025-11-10", "2025-12-08"]),
       [1340.00, 1985.50], ["Cash deposit Post Office OLDHAM STREET"],
       companion=[CASH_FEE]),
    CP("J Thornton", "Owner Draw / Contribution", ("dates", ["2026-01-12"]), [5000.00],
       ["Faster Payment received from J THORNTON Ref DIRECTORS LOAN"]),
    CP("Booker", "Refunds", ("n", 1), (12, 48),
       ["Card refund BOOKER MANCHESTER MANCHESTER {dd/mm/yy} Card ****{card}"], card=True),
    # --- money out
    CP("Matthew Clark", "Cost of Goods Sold", ("n", 4), (-2800, -650),
       ["Direct Debit MATTHEW CLARK BIBE {cust}"], keep={"cust": "VF" + kd(6)}),
    CP("Cheetham Hill Brewing", "Cost of Goods Sold", ("n", 2), (-640, -280),
       ["Faster Payment sent to CHEETHAM HILL BREWING Ref INV {d:4}"]),
    CP("Polar Cube Ice", "Cost of Goods Sold", ("n", 2), (-110, -45),
       ["Faster Payment sent to POLAR CUBE ICE LTD Ref VELVET FOX {Mon}"]),
    CP("Booker", "Cost of Goods Sold", ("n", 3), (-240, -60),
       ["Card payment BOOKER MANCHESTER MANCHESTER {dd/mm/yy} Card ****{card}"], card=True),
    CP("Nisbets", "Supplies & Materials", ("n", 2), (-310, -45),
       ["Card payment NISBETS PLC WWW.NISBETS.CO {dd/mm/yy} Card ****{card}"], card=True),
    CP("Tib Street Estates", "Rent", ("monthly", 1), (-3750, -3750),
       ["Standing Order TIB STREET ESTATES Ref RENT VELVET FOX"]),
    CP("Manchester City Council", "Taxes", ("monthly", 1), (-812.00, -812.00),
       ["Direct Debit MANCHESTER CITY CO {acct}"], keep={"acct": "6" + kd(8)},
       months=(0, 2)),
    CP("Manchester City Council", "Taxes", ("dates", ["2025-11-24"]), [-350.00],
       ["Card payment MANCHESTER CITY COUNCIL MANCHESTER {dd/mm/yy} Card ****{card}"], card=True),
    CP("Octopus Energy", "Utilities", ("monthly", 6), (-980, -620),
       ["Direct Debit OCTOPUS ENERGY {acct}"], keep={"acct": "A-" + kX(8)}, months=(1, 2)),
    CP("United Utilities", "Utilities", ("monthly", 15), (-180, -120),
       ["Direct Debit UNITED UTILITIES {acct}"], keep={"acct": kd(10)}, months=(0, 2)),
    CP("Virgin Media", "Utilities", ("monthly", 20), (-62.00, -62.00),
       ["Direct Debit VIRGIN MEDIA PYMTS {acct}"], keep={"acct": kd(9) + "01"}, months=(1, 2)),
    CP("Biffa", "Utilities", ("monthly", 9), (-145, -110),
       ["Direct Debit BIFFA WASTE SERVICE {acct}"], keep={"acct": kd(8)}, months=(0, 1)),
    CP("Leah Okafor", "Salaries & Payroll", ("lastbd",), (-2150, -1890),
       ["Faster Payment sent to LEAH OKAFOR Ref WAGES {MON}"]),
    CP("T Brennan", "Salaries & Payroll", ("lastbd",), (-1480, -1150),
       ["Faster Payment sent to T BRENNAN Ref WAGES {MON}"]),
    CP("T Brennan", "Salaries & Payroll", ("dates", ["2026-01-09"]), [-214.60],
       ["Faster Payment sent to T BRENNAN Ref TRONC DEC"]),
    CP("HMRC", "Salaries & Payroll", ("monthly", 22), (-1850, -1200),
       ["Faster Payment sent to HMRC CUMBERNAULD Ref {aor}"], keep={"aor": "120PV" + kd(8)}),
    CP("HMRC", "Taxes", ("dates", ["2025-12-05"]), [-6418.27],
       ["Faster Payment sent to HMRC VAT Ref {vrn}"], keep={"vrn": kd(9)}),
    CP("NEST", "Salaries & Payroll", ("monthly", 19), (-310, -240),
       ["Direct Debit NEST {ref}"], keep={"ref": "EMP" + kd(9)}),
    CP("PPL PRS", "Other Expense", ("dates", ["2025-11-03"]), [-236.40],
       ["Direct Debit PPL PRS LTD {ref}"], keep={"ref": "TML" + kd(7)}),
    CP("K Mensah", "Professional Services", ("n", 2), (-250, -150),
       ["Faster Payment sent to K MENSAH Ref DJ FEE {Mon}"]),
    CP("AXA", "Insurance", ("monthly", 12), (-212.40, -212.40),
       ["Direct Debit AXA INSURANCE UK {policy}"], keep={"policy": "BP" + kd(8)}, months=(0, 2)),
    CP("Lightspeed", "Software & Subscriptions", ("monthly", 3), (-119.00, -119.00),
       ["Direct Debit LIGHTSPEED POS {ref}"], keep={"ref": kd(8)}, months=(0, 1)),
    CP("Xero", "Software & Subscriptions", ("monthly", 8), (-42.00, -42.00),
       ["Card payment XERO UK LTD LONDON {dd/mm/yy} Card ****{card}"], card=True, months=(0, 2)),
    CP("Barclaycard", "Bank Fees", ("monthly", 8), (-164, -96),
       ["Direct Debit BARCLAYCARD MS {mid}"], keep=BCARD, months=(1, 2)),
    CP("Meta", "Marketing & Advertising", ("n", 2), (-150, -40),
       ["Card payment FACEBK *{X:10} fb.me/ads {dd/mm/yy} Card ****{card}"], card=True),
    CP("Northern Glasswasher Services", "Equipment", ("n", 1), (-185, -165),
       ["Faster Payment sent to NORTHERN GLASSWASHE Ref CALLOUT {d:4}"]),
    CP("Mancunian Pest Solutions", "Other Expense", ("monthly", 17), (-85.00, -85.00),
       ["Direct Debit MANCUNIAN PEST SOLU {ref}"], keep={"ref": "VFB" + kd(5)}, months=(0, 2)),
    CP("Ancoats Accountancy", "Professional Services", ("monthly", 5), (-180.00, -180.00),
       ["Standing Order ANCOATS ACCOUNTANCY Ref MONTHLY FEE"], months=(0, 1)),
    CP("J Thornton", "Owner Draw / Contribution", ("dates", ["2025-11-28", "2025-12-31"]),
       [-2000.00, -2000.00], ["Faster Payment sent to J THORNTON Ref DIVIDEND"]),
    CP("Fleximize", "Loan Repayment", ("monthly", 14), (-611.25, -611.25),
       ["Direct Debit FLEXIMIZE LTD {ref}"], keep={"ref": "FLX" + kd(6)}),
    CP("Uber", "Travel", ("n", 1), (-32, -12),
       ["Card payment UBER *TRIP HELP.UBER.COM {dd/mm/yy} Card ****{card}"], card=True),
    CP("", "Internal Transfer", ("dates", ["2025-12-22"]), [-4000.00],
       ["Internal transfer to Instant Access Savings ****6120"]),
    CP("", "Internal Transfer", ("dates", ["2026-01-16"]), [3000.00],
       ["Internal transfer from Instant Access Savings ****6120"]),
    CP("", "Bank Fees", ("monthly", 1), (-9.00, -9.00), ["Account fee {pMon} {pyyyy}"]),
])

# --------------------------------------------------------------------------------------------
# 5. uk-recruitment-agency: Aire Valley Recruitment Ltd, Leeds. Handelsbanken UK, all caps,
#    names cut at 18 characters: DEBIT CARD dd/mm/yy <merchant> <town> CARD nnnn (+ FOREIGN
#    TRANSACTION FEE), FASTER PAYMENT CR|DR <name 18> <ref>, BACS CR, BACS BULK DEBIT n ITEMS,
#    DIRECT DEBIT, STANDING ORDER, TRANSFER TO <sort code> <account>, ACCOUNT CHARGES,
#    CREDIT INTEREST.
# --------------------------------------------------------------------------------------------
FX_FEE = ("FOREIGN TRANSACTION FEE", "", "Bank Fees", lambda a: -round(abs(a) * 0.0275, 2))
AGENCY = Biz("UK", "uk-recruitment-agency", (2025, 9), UK_HOL,
             {"cards": ["3391", "8804"], "inv": "AVR{r:20410-20690}"}, [
    # --- money in
    CP("Kirkstall Forge Logistics", "Service Income", ("n", 4), (4200, 12800),
       ["BACS CR KIRKSTALL FORGE LO {inv}"]),
    CP("Wortley Foods", "Service Income", ("n", 3), (3100, 8400),
       ["BACS CR WORTLEY FOODS LTD {inv}"]),
    CP("Arla Foods", "Service Income", ("n", 3), (5200, 15800),
       ["BACS CR ARLA FOODS LTD {X:2}{d:8}"]),
    CP("Leeds Beckett University", "Service Income", ("n", 2), (1900, 4600),
       ["FASTER PAYMENT CR LEEDS BECKETT UNI {inv}"]),
    CP("Yorkshire Building Society", "Service Income", ("n", 1), (6750.00, 6750.00),
       ["BACS CR YORKSHIRE BUILDIN PERM FEE {inv}"]),
    CP("Meanwood Care Group", "Service Income", ("n", 2), (1400, 3900),
       ["FASTER PAYMENT CR MEANWOOD CARE GROU {inv}"]),
    CP("S Akhtar", "Owner Draw / Contribution", ("dates", ["2025-09-03"]), [8000.00],
       ["FASTER PAYMENT CR S AKHTAR DIRECTORS LOAN"]),
    CP("LNER", "Refunds", ("dates", ["2025-10-22"]), [28.40],
       ["FASTER PAYMENT CR LNER DELAY REPAY DR{d:7}"]),
    CP("", "Interest", ("dates", ["2025-09-30"]), [3.12], ["CREDIT INTEREST"]),
    # --- money out
    CP("", "Salaries & Payroll", ("weekly", 4), (-21000, -14000),
       ["BACS BULK DEBIT {r:38-61} ITEMS TEMPS WK{wk}"]),
    CP("", "Salaries & Payroll", ("lastbd",), (-16800, -15900),
       ["BACS BULK DEBIT 7 ITEMS SALARIES {MON}"]),
    CP("KDM Consulting", "Professional Services", ("n", 3), (-3800, -2200),
       ["FASTER PAYMENT DR KDM CONSULTING LT WK{wk} TIMESHEET"]),
    CP("HMRC", "Salaries & Payroll", ("monthly", 22), (-14500, -9800),
       ["FASTER PAYMENT DR HMRC SHIPLEY {aor}"], keep={"aor": "475PA" + kd(8)}),
    CP("HMRC", "Taxes", ("dates", ["2025-11-07"]), [-18420.55],
       ["FASTER PAYMENT DR HMRC VAT {vrn}"], keep={"vrn": kd(9)}),
    CP("HMRC", "Taxes", ("dates", ["2025-10-01"]), [-7120.00],
       ["FASTER PAYMENT DR HMRC CORP TAX {utr}A00124A"], keep={"utr": kd(10)}),
    CP("Smart Pension", "Salaries & Payroll", ("monthly", 17), (-2200, -1800),
       ["DIRECT DEBIT SMART PENSION LTD {ref}"], keep={"ref": "SP" + kd(7)}),
    CP("Indeed", "Marketing & Advertising", ("n", 2), (-450, -150),
       ["DEBIT CARD {dd/mm/yy} INDEED {X:6} DUBLIN CARD {card}"], card=True),
    CP("CV-Library", "Marketing & Advertising", ("monthly", 3), (-720.00, -720.00),
       ["DIRECT DEBIT CV-LIBRARY LTD {ref}"], keep={"ref": "CVL" + kd(6)}),
    CP("LinkedIn", "Marketing & Advertising", ("n", 2), (-395.00, -395.00),
       ["DEBIT CARD {dd/mm/yy} LINKEDIN {d:10} LNKD.IN/BILL CARD {card}"], card=True),
    CP("Bullhorn", "Software & Subscriptions", ("monthly", 1), (-640.12, -612.40),
       ["DEBIT CARD {dd/mm/yy} BULLHORN INC BOSTON USA USD 815.00 CARD {card}"], card=True,
       companion=[FX_FEE]),
    CP("Microsoft", "Software & Subscriptions", ("monthly", 3), (-94.80, -94.80),
       ["DEBIT CARD {dd/mm/yy} MICROSOFT*365 BUSINES MSBILL.INFO CARD {card}"], card=True),
    CP("Sage", "Software & Subscriptions", ("monthly", 28), (-48.00, -48.00),
       ["DIRECT DEBIT SAGE UK LTD {ref}"], keep={"ref": kd(8)}, months=(0, 1)),
    CP("Bruntwood", "Rent", ("monthly", 1), (-2650.00, -2650.00),
       ["DIRECT DEBIT BRUNTWOOD ESTATES {ref}"], keep={"ref": "BW" + kd(6)}),
    CP("Vodafone", "Utilities", ("monthly", 18), (-168, -142),
       ["DIRECT DEBIT VODAFONE LIMITED {ref}"], keep={"ref": kd(9)}),
    CP("Aviva", "Insurance", ("monthly", 1), (-286.37, -286.37),
       ["DIRECT DEBIT AVIVA INSURANCE LT {policy}"], keep={"policy": "CB" + kd(8)}),
    CP("LNER", "Travel", ("n", 2), (-120, -45),
       ["DEBIT CARD {dd/mm/yy} LNER LNER.CO.UK YORK CARD {card}"], card=True),
    CP("Shell", "Travel", ("n", 1), (-85, -55),
       ["DEBIT CARD {dd/mm/yy} SHELL KIRKSTALL LEEDS CARD {card}"], card=True),
    CP("NCP", "Travel", ("n", 1), (-24, -14),
       ["DEBIT CARD {dd/mm/yy} NCP LTD WOODHOUSE LN LEEDS CARD {card}"], card=True),
    CP("The Ivy", "Meals & Entertainment", ("n", 1), (-180, -95),
       ["DEBIT CARD {dd/mm/yy} THE IVY LEEDS LEEDS CARD {card}"], card=True),
    CP("Roundhay Accountancy", "Professional Services", ("monthly", 10), (-395.00, -395.00),
       ["STANDING ORDER ROUNDHAY ACCOUNTAN AVR MONTHLY"], months=(0, 2)),
    CP("Park Square Legal", "Professional Services", ("n", 1), (-1450.00, -1450.00),
       ["FASTER PAYMENT DR PARK SQUARE LEGAL INV {d:4}"]),
    CP("S Akhtar", "Owner Draw / Contribution", ("dates", ["2025-09-30", "2025-11-28"]),
       [-3000.00, -3000.00], ["FASTER PAYMENT DR S AKHTAR DIVIDEND"]),
    CP("", "Internal Transfer", ("monthly", 25), (-1800, -600),
       ["DIRECT DEBIT CAPITAL ON TAP {ref}"], keep={"ref": "COT" + kd(8)}, months=(0, 1)),
    CP("", "Internal Transfer", ("dates", ["2025-09-12", "2025-10-10"]), [-5000.00, -5000.00],
       ["TRANSFER TO 40-51-62 81234567 VAT RESERVE"]),
    CP("", "Bank Fees", ("monthly", 2), (-38, -24), ["ACCOUNT CHARGES {pMON}"]),
])

# --------------------------------------------------------------------------------------------
# 6. at-pension: Pension Weidinger KG, Wien. Erste Bank (George export), German, SEPA names
#    transliterated by the senders (Mueller, Stroeck, Oesterreich): POS <amount> AT K<n>
#    dd.mm. hh:mm O <merchant>\<town>\<postcode>, E-COMMERCE ..., Lastschrift <creditor>
#    <purpose> Mandat: Creditor-ID:, Gutschrift | Echtzeitgutschrift <name> <IBAN> <purpose>,
#    Überweisung | Dauerauftrag, Umbuchung, Bargeldbehebung AUTOMAT, Kreditrate, Kontoführung.
# --------------------------------------------------------------------------------------------
POS_AT = "POS {amt_eu} AT K{card} {dd.mm}. {hh:mm} O "
WIEN_MA6 = iban_at("12000")
CBERGER = {"iban": iban_at()}
HPM = {"iban": iban("DE", "70150000" + kd(10))}
FA_AT = {"iban": iban_at("01000"), "stnr": "03-" + kd(3) + "/" + kd(4)}
PENSION = Biz("EU", "at-pension", (2026, 2), EU_HOL, {"cards": ["1", "2"]}, [
    # --- money in
    CP("Booking.com", "Sales Revenue", ("n", 6), (1400, 5200),
       ["Gutschrift Booking.com B.V. {iban} Booking.com payout {d:8} / {d:10}"],
       keep={"iban": iban_nl("ABNA")}),
    CP("Airbnb", "Sales Revenue", ("n", 4), (600, 2100),
       ["Gutschrift AIRBNB PAYMENTS LUXEMBOURG S.A. {iban} AIRBNB {X:10}"],
       keep={"iban": iban_lu("001")}),
    CP("Hobex", "Sales Revenue", ("n", 6), (250, 1900),
       ["Gutschrift hobex AG {iban} Abrechnung TID {tid} {Pdd.mm.yyyy}"],
       keep={"iban": iban_at("35000"), "tid": kd(8)}),
    CP("Hans-Peter Müller", "Sales Revenue", ("dates", ["2026-02-09"]), [180.00],
       ["Gutschrift Hans-Peter Mueller {iban} Anzahlung Zimmer 3 12.-15.03."], keep=HPM),
    CP("Hans-Peter Müller", "Sales Revenue", ("dates", ["2026-03-16"]), [412.00],
       ["Gutschrift Hans-Peter Mueller {iban} Restzahlung Aufenthalt 12.-15.03."], keep=HPM),
    CP("Claudia Berger", "Sales Revenue", ("dates", ["2026-02-18"]), [240.00],
       ["Echtzeitgutschrift Claudia Berger {iban} Anzahlung 2 Naechte April"], keep=CBERGER),
    CP("Claudia Berger", "Sales Revenue", ("dates", ["2026-04-02"]), [-240.00],
       ["Überweisung Claudia Berger {iban} Rueckerstattung Anzahlung Storno"], keep=CBERGER),
    CP("Markus Schneider", "Sales Revenue", ("n", 1), (326.00, 326.00),
       ["Gutschrift SCHNEIDER MARKUS {iban} Rechnung {r:2026041-2026099}"],
       keep={"iban": iban("DE", "10050000" + kd(10))}),
    CP("Alpenmedia", "Sales Revenue", ("n", 2), (780, 1960),
       ["Gutschrift Alpenmedia GmbH {iban} RE {r:2026031-2026099} Zimmer Seminargaeste"],
       keep={"iban": iban_at("20111")}),
    # --- money out
    CP("Booking.com", "Marketing & Advertising", ("monthly", 12), (-1100, -350),
       ["Lastschrift Booking.com B.V. Invoice {d:9} Mandat: {mref} Creditor-ID: {cid}"],
       keep={"mref": kX(12), "cid": cid_nl()}),
    CP("Ströck", "Cost of Goods Sold", ("n", 3), (-480, -190),
       ["Lastschrift Stroeck-Brot GmbH Rg {d:8} Kd {cust} Mandat: {mref} Creditor-ID: {cid}"],
       keep={"cust": kd(6), "mref": "ST" + kd(8), "cid": cid_at()}),
    CP("Metro", "Cost of Goods Sold", ("n", 2), (-420, -120),
       [POS_AT + "METRO WIEN 2\\WIEN\\1020"], card=True),
    CP("Billa", "Cost of Goods Sold", ("n", 1), (-95, -25),
       [POS_AT + "BILLA DANKT 1{d:3}\\WIEN\\1130"], card=True),
    CP("Salesianer Miettex", "Cost of Goods Sold", ("monthly", 5), (-980, -640),
       ["Lastschrift SALESIANER MIETTEX GMBH Kd-Nr {cust} Rg {d:9} Mandat: {mref} "
        "Creditor-ID: {cid}"], keep={"cust": kd(7), "mref": kd(10), "cid": cid_at()}),
    CP("Wien Energie", "Utilities", ("monthly", 10), (-410.00, -410.00),
       ["Lastschrift Wien Energie GmbH Vertragskonto {vk} Teilbetrag {monat} Mandat: {mref} "
        "Creditor-ID: {cid}"], keep={"vk": "8" + kd(9), "mref": kd(12), "cid": cid_at()}),
    CP("A1", "Utilities", ("monthly", 20), (-89.90, -89.90),
       ["Lastschrift A1 Telekom Austria AG Rechnung {d:10} Mandat: {mref} Creditor-ID: {cid}"],
       keep={"mref": kd(11), "cid": cid_at()}),
    CP("Stadt Wien", "Taxes", ("monthly", 15), (-640, -380),
       ["Überweisung Magistrat der Stadt Wien MA 6 {iban} Ortstaxe {pmm}/{pyyyy} "
        "Ordnungsbegriff {ob}"], keep={"iban": WIEN_MA6, "ob": kd(10)}, months=(0, 2)),
    CP("Stadt Wien", "Salaries & Payroll", ("monthly", 15), (-240, -190),
       ["Überweisung Magistrat der Stadt Wien MA 6 {iban} Kommunalsteuer DG-Abgabe "
        "{pmm}/{pyyyy} {ob}"], keep={"iban": WIEN_MA6, "ob": kd(10)}),
    CP("Finanzamt Österreich", "Salaries & Payroll", ("monthly", 15), (-1480, -1150),
       ["Überweisung FINANZAMT OESTERREICH {iban} {stnr} L {pmm}/{pyyyy}"], keep=FA_AT),
    CP("Finanzamt Österreich", "Taxes", ("dates", ["2026-02-16"]), [-2214.80],
       ["Überweisung FINANZAMT OESTERREICH {iban} {stnr} U 10-12/2025"], keep=FA_AT),
    CP("ÖGK", "Salaries & Payroll", ("monthly", 15), (-2300, -1900),
       ["Lastschrift Oesterreichische Gesundheitskasse Beitragskonto {bk} {pmm}/{pyyyy} "
        "Mandat: {mref} Creditor-ID: {cid}"],
       keep={"bk": kd(9), "mref": "OEGK" + kd(9), "cid": cid_at()}),
    CP("Jelena Marković", "Salaries & Payroll", ("lastbd",), (-1910, -1840),
       ["Überweisung Jelena Markovic {iban} Gehalt {mm}/{yyyy}"], keep={"iban": iban_at()}),
    CP("Stefan Huber", "Salaries & Payroll", ("lastbd",), (-1620, -1550),
       ["Überweisung Stefan Huber {iban} Gehalt {mm}/{yyyy}"], keep={"iban": iban_at()}),
    CP("Steuerberatung Pichler & Partner", "Professional Services", ("n", 2), (-890, -420),
       ["Überweisung Steuerberatung Pichler & Partner GmbH {iban} Honorarnote {d:5}"],
       keep={"iban": iban_at()}),
    CP("Wirtschaftskammer Wien", "Taxes", ("n", 1), (-178.00, -178.00),
       ["Überweisung Wirtschaftskammer Wien {iban} Grundumlage {yyyy} MNr {mnr}"],
       keep={"iban": iban_at(), "mnr": kd(7)}),
    CP("Wiener Städtische", "Insurance", ("monthly", 1), (-186.40, -186.40),
       ["Lastschrift WIENER STAEDTISCHE VERSICHERUNG AG Polizze {pol} Mandat: {mref} "
        "Creditor-ID: {cid}"], keep={"pol": kd(11), "mref": kd(11), "cid": cid_at()}),
    CP("Smoobu", "Software & Subscriptions", ("monthly", 4), (-39.00, -39.00),
       ["E-COMMERCE {amt_eu} DE K{card} {dd.mm}. {hh:mm} O SMOOBU GMBH\\BERLIN"], card=True),
    CP("Hausverwaltung Gschwandtner", "Rent", ("monthly", 1), (-4200.00, -4200.00),
       ["Dauerauftrag Hausverwaltung Gschwandtner {iban} Miete Top 1-12 {monat} {yyyy}"],
       keep={"iban": iban_at()}),
    CP("Installateur Novak", "Equipment", ("n", 1), (-640, -640),
       ["Überweisung Installateur Novak e.U. {iban} RE {d:4} Therme Service"],
       keep={"iban": iban_at()}),
    CP("dm", "Supplies & Materials", ("n", 1), (-85, -30),
       [POS_AT + "DM FIL. 0{d:3}\\WIEN\\1130"], card=True),
    CP("IKEA", "Supplies & Materials", ("n", 1), (-260, -90),
       [POS_AT + "IKEA VOESENDORF\\VOESENDORF\\2334"], card=True),
    CP("Google", "Marketing & Advertising", ("n", 2), (-120, -40),
       ["E-COMMERCE {amt_eu} IE K{card} {dd.mm}. {hh:mm} O GOOGLE *ADS{d:10}\\DUBLIN"],
       card=True),
    CP("Maria Weidinger", "Owner Draw / Contribution", ("dates", ["2026-02-27", "2026-03-31"]),
       [-2500.00, -2500.00], ["Überweisung Maria Weidinger {iban} Privatentnahme"],
       keep={"iban": iban_at("20111")}),
    CP("Hobex", "Bank Fees", ("monthly", 5), (-29.90, -24.10),
       ["Lastschrift hobex AG Servicegebuehr TID {tid} Mandat: {mref} Creditor-ID: {cid}"],
       keep={"tid": kd(8), "mref": kd(9), "cid": cid_at()}, months=(1, 2)),
    CP("", "Loan Repayment", ("monthly", 28), (-1150.00, -1150.00), ["Kreditrate {loan}"],
       keep={"loan": "20111-" + kd(9)}),
    CP("", "Internal Transfer", ("n", 1), (-300.00, -300.00),
       ["Bargeldbehebung AUTOMAT {d:8} K{card} {dd.mm}. {hh:mm} O"], card=True),
    CP("", "Internal Transfer", ("dates", ["2026-04-15"]), [-3000.00],
       ["Umbuchung {iban} Ruecklage Sparkonto"], keep={"iban": iban_at("20111")}),
    CP("", "Bank Fees", ("lastbd",), (-24.90, -24.90), ["Kontoführung {monat} {yyyy}"]),
])

# --------------------------------------------------------------------------------------------
# 7. be-chocolatier: Chocolaterie Vandevelde BV, Gent. BNP Paribas Fortis, Dutch, every line
#    ending in BANKREFERENTIE and VALUTADATUM: BETALING MET DEBETKAART NUMMER 4871 04XX XXXX
#    nnnn <merchant> dd/mm/yyyy BANCONTACT, EUROPESE DOMICILIERING VAN <creditor>
#    MANDAATREFERENTIE REFERENTIE SCHULDEISER MEDEDELING, OVERSCHRIJVING IN EURO VAN | NAAR
#    REKENING <IBAN> BIC <name>, DOORLOPENDE OPDRACHT, STORTING CONTANTEN, GELDOPNEMING,
#    TERUGBETALING KREDIET, MAANDELIJKSE BIJDRAGE; Belgian +++ogm+++ communications.
# --------------------------------------------------------------------------------------------
TAIL = " BANKREFERENTIE : {Pyymmdd}{d:10} VALUTADATUM : {Pdd/mm/yyyy}"
CARD_BE = "BETALING MET DEBETKAART NUMMER 4871 04XX XXXX {card} "
DOM_BE = ("EUROPESE DOMICILIERING VAN {cred} MANDAATREFERENTIE : {mref} "
          "REFERENTIE SCHULDEISER : {cid} MEDEDELING : ")
IN_BE = "OVERSCHRIJVING IN EURO VAN REKENING {ib} BIC {bic} "
OUT_BE = "OVERSCHRIJVING IN EURO NAAR REKENING {ib} BIC {bic} "


def be_keep(bank: str | None = None, bic: str = "GEBABEBB", **kw) -> dict:
    return dict(ib=spaced(iban_be(bank)), bic=bic, **kw)


CHOC = Biz("EU", "be-chocolatier", (2025, 10), EU_HOL | {dt.date(2025, 11, 11)},
           {"cards": ["5127", "0663"]}, [
    # --- money in
    CP("Worldline", "Sales Revenue", ("n", 9), (600, 3800),
       [IN_BE + "WORLDLINE SA/NV MEDEDELING : {d:8} BANCONTACT {dd/mm} TERM {tid}" + TAIL],
       keep=be_keep("001", tid=kd(8))),
    CP("Mollie", "Sales Revenue", ("n", 4), (300, 2100),
       ["OVERSCHRIJVING IN EURO VAN REKENING {ib} BIC INGBNL2A STICHTING MOLLIE PAYMENTS "
        "MEDEDELING : st.{d:10} Mollie Payments uitbetaling" + TAIL],
       keep={"ib": spaced(iban_nl("INGB"))}),
    CP("Hotel De Lieve", "Sales Revenue", ("n", 2), (420, 980),
       [IN_BE + "HOTEL DE LIEVE BV LIEVEKAAI 12 9000 GENT MEDEDELING : {ogm}" + TAIL],
       keep=be_keep(bic="KREDBEBB")),
    CP("Vanhove Advocaten", "Sales Revenue", ("n", 2), (800, 2400),
       [IN_BE + "VANHOVE ADVOCATEN BV COUPURE 210 9000 GENT MEDEDELING : {ogm}" + TAIL],
       keep=be_keep(bic="GKCCBEBB")),
    CP("", "Sales Revenue", ("n", 4), (800, 2200),
       ["STORTING CONTANTEN AUTOMAAT GENT KOUTER {Pdd/mm/yyyy}" + TAIL]),
    CP("Sligro", "Refunds", ("n", 1), (14, 62),
       ["TERUGBETALING MET DEBETKAART NUMMER 4871 04XX XXXX {card} SLIGRO GENT GENT "
        "{dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    # --- money out
    CP("Callebaut", "Cost of Goods Sold", ("n", 4), (-3800, -1200),
       [DOM_BE + "FACTUUR {d:10}" + TAIL],
       keep={"cred": "BARRY CALLEBAUT BELGIUM NV", "mref": "BCB" + kd(9), "cid": cid_be()}),
    CP("Puratos", "Cost of Goods Sold", ("n", 1), (-1450, -600),
       [OUT_BE + "PURATOS NV MEDEDELING : {ogm}" + TAIL], keep=be_keep()),
    CP("Zuivelhoeve De Schuur", "Cost of Goods Sold", ("n", 2), (-520, -180),
       [OUT_BE + "ZUIVELHOEVE DE SCHUUR MEDEDELING : {ogm}" + TAIL], keep=be_keep(bic="ARSPBE22")),
    CP("Sligro", "Cost of Goods Sold", ("n", 2), (-380, -90),
       [CARD_BE + "SLIGRO GENT GENT {dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    CP("Ballotins De Vos", "Cost of Goods Sold", ("n", 2), (-1650, -540),
       [OUT_BE + "BALLOTINS DE VOS BV MEDEDELING : FACT {d:6}" + TAIL], keep=be_keep()),
    CP("bpost", "Cost of Goods Sold", ("n", 2), (-140, -45),
       [CARD_BE + "BPOST GENT 1 GENT {dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    CP("Luminus", "Utilities", ("monthly", 20), (-620, -480),
       [DOM_BE + "VOORSCHOT {MAAND} KLANT {cust}" + TAIL],
       keep={"cred": "LUMINUS NV", "mref": kd(12), "cid": cid_be(), "cust": kd(10)}),
    CP("Farys", "Utilities", ("n", 1), (-185, -150),
       [DOM_BE + "FACTUUR {d:10}" + TAIL],
       keep={"cred": "FARYS|TMVW", "mref": "FA" + kd(10), "cid": cid_be()}),
    CP("Telenet", "Utilities", ("monthly", 12), (-79.00, -79.00),
       [DOM_BE + "TELENET FACTUUR {d:10}" + TAIL],
       keep={"cred": "TELENET BV", "mref": kd(11), "cid": cid_be()}),
    CP("Ivago", "Utilities", ("n", 1), (-96, -96), [OUT_BE + "IVAGO MEDEDELING : {ogm}" + TAIL],
       keep=be_keep()),
    CP("Vastgoed Korenlei", "Rent", ("monthly", 1), (-2450.00, -2450.00),
       ["DOORLOPENDE OPDRACHT NAAR REKENING {ib} BIC {bic} VASTGOED KORENLEI BV MEDEDELING : "
        "HUUR VELDSTRAAT 41 {MAAND}" + TAIL], keep=be_keep(bic="KREDBEBB")),
    CP("AG Insurance", "Insurance", ("monthly", 5), (-142.60, -142.60),
       [DOM_BE + "POLIS {pol}" + TAIL],
       keep={"cred": "AG INSURANCE NV", "mref": kd(10), "cid": cid_be(), "pol": kd(8)}),
    CP("RSZ", "Salaries & Payroll", ("monthly", 5), (-3100, -2400),
       [OUT_BE + "RIJKSDIENST VOOR SOCIALE ZEKERHEID MEDEDELING : {ogm}" + TAIL],
       keep=be_keep("679", bic="PCHQBEBB")),
    CP("SD Worx", "Software & Subscriptions", ("monthly", 10), (-95, -70),
       [DOM_BE + "FACTUUR {d:9}" + TAIL],
       keep={"cred": "SD WORX PEOPLE SOLUTIONS", "mref": kd(9), "cid": cid_be()}, months=(1, 2)),
    CP("Elise De Smet", "Salaries & Payroll", ("lastbd",), (-2240, -2180),
       [OUT_BE + "ELISE DE SMET MEDEDELING : LOON {MAAND} {yyyy}" + TAIL], keep=be_keep()),
    CP("Yusuf Demir", "Salaries & Payroll", ("lastbd",), (-1990, -1930),
       [OUT_BE + "YUSUF DEMIR MEDEDELING : LOON {MAAND} {yyyy}" + TAIL], keep=be_keep("363", bic="BBRUBEBB")),
    CP("FOD Financiën", "Salaries & Payroll", ("monthly", 15), (-910, -700),
       [OUT_BE + "FOD FINANCIEN MEDEDELING : {ogm}" + TAIL], keep=be_keep("679", bic="PCHQBEBB"),
       months=(0, 1)),
    CP("FOD Financiën", "Taxes", ("dates", ["2025-10-20"]), [-6342.18],
       [OUT_BE + "FOD FINANCIEN MEDEDELING : {ogm}" + TAIL], keep=be_keep("679", bic="PCHQBEBB")),
    CP("Boekhoudkantoor Verstraete", "Professional Services", ("n", 2), (-650, -380),
       [OUT_BE + "BOEKHOUDKANTOOR VERSTRAETE BV MEDEDELING : {ogm}" + TAIL], keep=be_keep()),
    CP("Meta", "Marketing & Advertising", ("n", 2), (-180, -50),
       [CARD_BE + "FACEBK *{X:10} fb.me/ads {dd/mm/yyyy} VISA DEBIT" + TAIL], card=True),
    CP("Google", "Marketing & Advertising", ("n", 1), (-150, -60),
       [CARD_BE + "GOOGLE *ADS{d:10} cc@google.com {dd/mm/yyyy} VISA DEBIT" + TAIL], card=True),
    CP("Shopify", "Software & Subscriptions", ("monthly", 8), (-36.00, -36.00),
       [CARD_BE + "SHOPIFY* {d:9} OTTAWA {dd/mm/yyyy} VISA DEBIT" + TAIL], card=True),
    CP("Eurostar", "Travel", ("dates", ["2025-10-24"]), [-158.00],
       [CARD_BE + "EUROSTAR INTERNATIONAL LONDON {dd/mm/yyyy} VISA DEBIT" + TAIL], card=True),
    CP("NMBS", "Travel", ("dates", ["2025-10-28"]), [-31.40],
       [CARD_BE + "NMBS SNCB GENT-SINT-PIETERS {dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    CP("TotalEnergies", "Travel", ("n", 2), (-82, -48),
       [CARD_BE + "TOTALENERGIES GENT DRONGEN {dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    CP("Selmi", "Equipment", ("dates", ["2025-10-08"]), [-1380.00],
       ["OVERSCHRIJVING IN EURO NAAR REKENING {ib} BIC BCITITMM SELMI SRL MEDEDELING : "
        "FATTURA {d:4}/2025 ASSISTENZA" + TAIL], keep={"ib": spaced(iban_it("03069"))}),
    CP("Makro", "Supplies & Materials", ("n", 1), (-160, -40),
       [CARD_BE + "MAKRO GENT GENT {dd/mm/yyyy} BANCONTACT" + TAIL], card=True),
    CP("Lotte Vandevelde", "Owner Draw / Contribution", ("dates", ["2025-10-31", "2025-12-30"]),
       [-2000.00, -3500.00], [OUT_BE + "LOTTE VANDEVELDE MEDEDELING : PRIVE R/C" + TAIL],
       keep=be_keep()),
    CP("Worldline", "Bank Fees", ("monthly", 6), (-48, -21),
       [DOM_BE + "FACTUUR {d:10}" + TAIL],
       keep={"cred": "WORLDLINE SA/NV", "mref": kd(10), "cid": cid_be()}, months=(1, 2)),
    CP("", "Loan Repayment", ("monthly", 25), (-780.36, -780.36),
       ["TERUGBETALING KREDIET {loan} KAPITAAL EN INTRESTEN" + TAIL],
       keep={"loan": "725-" + kd(7) + "-" + kd(2)}),
    CP("", "Internal Transfer", ("n", 1), (-200.00, -200.00),
       ["GELDOPNEMING MET DEBETKAART NUMMER 4871 04XX XXXX {card} GENT KOUTER {dd/mm/yyyy} "
        "{hh:mm}" + TAIL], card=True),
    CP("", "Bank Fees", ("monthly", 1), (-14.50, -14.50),
       ["MAANDELIJKSE BIJDRAGE BUSINESS PACK {pMAAND} {pyyyy}" + TAIL]),
])

# --------------------------------------------------------------------------------------------
# 8. pt-car-repair: Auto Reparadora Minhota, Lda, Braga. Caixa Geral de Depositos, Portuguese,
#    accents stripped: COMPRA ELEC nnnn dd/mm <merchant> <town>, DEV COMPRA ELEC, TRF.SEPA DE
#    <name> REF., TRF MB WAY DE, TRF CXD P/ <name> <ref>, DEB.DIRECTO <creditor> ADC <mandate>,
#    PAG SERV <entity> <ref>, PAGAMENTO AO ESTADO REF, PAGAMENTO SEG SOCIAL REF, VENDAS TPA
#    <terminal>, COMISSAO TPA, DEP NUMERARIO, LEV ATM, PREST. EMPREST., COM. MANUT. CONTA +
#    IMP. SELO, COM. COMPRA FORA ZONA EURO.
# --------------------------------------------------------------------------------------------
CARD_PT = "COMPRA ELEC {card} {dd/mm} "
SELO = ("IMP. SELO COM. MANUT. CONTA", "", "Taxes", lambda a: -round(abs(a) * 0.04, 2))
FX_PT = ("COM. COMPRA FORA ZONA EURO", "", "Bank Fees", lambda a: -round(abs(a) * 0.02 + 0.50, 2))
GARAGE = Biz("EU", "pt-car-repair", (2026, 1), EU_HOL, {"cards": ["4406"], "tpa": "TPA" + kd(7)}, [
    # --- money in
    CP("Fidelidade", "Service Income", ("n", 3), (650, 3400),
       ["TRF.SEPA DE FIDELIDADE COMPANHIA DE SEGUROS SA REF.SIN {d:10}"]),
    CP("Generali", "Service Income", ("n", 2), (480, 2200),
       ["TRF.SEPA DE GENERALI SEGUROS SA REF.PROC {d:9}"]),
    CP("Ageas", "Service Income", ("n", 1), (1350, 1350),
       ["TRF.SEPA DE AGEAS PORTUGAL COMPANHIA SEGUR REF.SIN{d:8}"]),
    CP("Transportes Gonçalves & Filhos", "Service Income", ("n", 2), (900, 2600),
       ["TRF.SEPA DE TRANSPORTES GONCALVES & FILHOS REF.FT {r:2026001-2026180}"]),
    CP("Município de Braga", "Service Income", ("n", 1), (1840.50, 1840.50),
       ["TRF.SEPA DE MUNICIPIO DE BRAGA REF.OP {d:6}"]),
    CP("João Pedro Silva", "Service Income", ("n", 1), (185, 420), ["TRF MB WAY DE JOAO PEDRO SILVA"]),
    CP("Ana Rita Ferreira", "Service Income", ("n", 1), (95, 260), ["TRF MB WAY DE ANA RITA FERREIRA"]),
    CP("Carlos Mendes", "Service Income", ("n", 1), (240, 610), ["TRF MB WAY DE CARLOS MENDES"]),
    CP("Maria José Araújo", "Service Income", ("n", 1), (120, 380),
       ["TRF MB WAY DE MARIA JOSE ARAUJO"]),
    CP("", "Service Income", ("n", 5), (310, 1650), ["VENDAS TPA {tpa} {dd/mm}"]),
    CP("", "Service Income", ("n", 2), (400, 900), ["DEP NUMERARIO BRAGA CENTRO"]),
    CP("Norauto", "Refunds", ("n", 1), (22, 75), ["DEV COMPRA ELEC {card} {dd/mm} NORAUTO BRAGA"],
       card=True),
    # --- money out
    CP("Peças Auto Cávado", "Cost of Goods Sold", ("n", 4), (-2900, -650),
       ["TRF CXD P/ PECAS AUTO CAVADO LDA FT {d:3}/{r:1000-1999}"]),
    CP("Norauto", "Cost of Goods Sold", ("n", 2), (-260, -40), [CARD_PT + "NORAUTO BRAGA"],
       card=True),
    CP("Euromaster", "Cost of Goods Sold", ("n", 2), (-1200, -380),
       ["DEB.DIRECTO EUROMASTER PORTUGAL ADC {adc}"], keep={"adc": kd(11)}),
    CP("Lubrinorte", "Cost of Goods Sold", ("n", 2), (-680, -240),
       ["TRF CXD P/ LUBRINORTE LUBRIFICANTES LDA FT {d:5}"]),
    CP("CIN", "Cost of Goods Sold", ("n", 1), (-540, -210), ["TRF CXD P/ TINTAS CIN SA FT {d:8}"]),
    CP("Würth", "Supplies & Materials", ("n", 2), (-320, -90),
       ["DEB.DIRECTO WURTH PORTUGAL TECNICA DE MONT ADC {adc}"], keep={"adc": kd(11)}),
    CP("Imobiliária Sameiro", "Rent", ("monthly", 8), (-1350.00, -1350.00),
       ["TRF CXD P/ IMOBILIARIA SAMEIRO LDA RENDA {MES}"]),
    CP("Fidelidade", "Insurance", ("monthly", 2), (-210.55, -210.55),
       ["DEB.DIRECTO FIDELIDADE COMPANHIA DE SEG ADC {adc}"], keep={"adc": kd(11)}),
    CP("EDP", "Utilities", ("monthly", 12), (-420, -310),
       ["DEB.DIRECTO EDP COMERCIAL ADC {adc}"], keep={"adc": kd(11)}),
    CP("AGERE", "Utilities", ("monthly", 19), (-74, -48),
       ["PAG SERV 20{d:3} AGERE EMPRESA AGUAS REF {d:9}"], months=(0, 2)),
    CP("MEO", "Utilities", ("monthly", 18), (-64.90, -64.90),
       ["DEB.DIRECTO MEO SA ADC {adc}"], keep={"adc": kd(11)}),
    CP("Bruno Costa", "Salaries & Payroll", ("lastbd",), (-1085, -1040),
       ["TRF CXD P/ BRUNO COSTA VENC {MES}"]),
    CP("Tiago Lopes", "Salaries & Payroll", ("lastbd",), (-960, -920),
       ["TRF CXD P/ TIAGO LOPES VENC {MES}"]),
    CP("Segurança Social", "Salaries & Payroll", ("monthly", 20), (-1310, -1050),
       ["PAGAMENTO SEG SOCIAL REF {d:11}"]),
    CP("Autoridade Tributária", "Salaries & Payroll", ("monthly", 20), (-380, -290),
       ["PAGAMENTO AO ESTADO REF {d:15}"], months=(1, 2)),
    CP("Autoridade Tributária", "Taxes", ("dates", ["2026-02-25"]), [-4870.35],
       ["PAGAMENTO AO ESTADO REF {d:15}"]),
    CP("Autoridade Tributária", "Taxes", ("dates", ["2026-03-31"]), [-97.00],
       ["PAGAMENTO AO ESTADO REF {d:15}"]),
    CP("Contabilidade Arantes", "Professional Services", ("monthly", 5), (-246.00, -246.00),
       ["TRF CXD P/ CONTABILIDADE ARANTES LDA AVENCA {MES}"]),
    CP("Moloni", "Software & Subscriptions", ("monthly", 2), (-21.53, -21.53),
       [CARD_PT + "MOLONI.PT VILA DO CONDE"], card=True, months=(1, 2)),
    CP("Autodata", "Software & Subscriptions", ("dates", ["2026-02-12"]), [-74.28],
       [CARD_PT + "AUTODATA LIMITED MAIDENHEAD GBR 64,00 GBP"], card=True, companion=[FX_PT]),
    CP("Bosch", "Equipment", ("n", 1), (-1890.00, -1890.00),
       ["TRF CXD P/ ROBERT BOSCH LDA FT {d:10}"]),
    CP("Minho Equipamentos Oficinais", "Equipment", ("n", 1), (-420, -260),
       ["TRF CXD P/ MINHO EQUIPAMENTOS OFICI FT {d:4}"]),
    CP("Reboques Rodrigues", "Professional Services", ("n", 2), (-160, -60),
       ["TRF CXD P/ REBOQUES RODRIGUES REBOQUE {d:4}"]),
    CP("Galp", "Travel", ("n", 2), (-85, -40), [CARD_PT + "GALP BRAGA NOGUEIRA BRAGA"], card=True),
    CP("OLX", "Marketing & Advertising", ("n", 1), (-49.90, -49.90),
       [CARD_PT + "OLX PORTUGAL LISBOA"], card=True),
    CP("Rui Macedo", "Owner Draw / Contribution", ("dates", ["2026-01-30", "2026-03-13"]),
       [-1500.00, -2000.00], ["TRF CXD P/ RUI MACEDO ADIANT LUCROS"]),
    CP("", "Loan Repayment", ("monthly", 23), (-612.47, -612.47),
       ["PREST. EMPREST. {loan}"], keep={"loan": "0035" + kd(11)}),
    CP("", "Bank Fees", ("monthly", 3), (-12.50, -12.50), ["COM. MANUT. CONTA {pMES}"],
       companion=[SELO]),
    CP("", "Bank Fees", ("monthly", 4), (-42, -19), ["COMISSAO TPA {tpa} {pMES}"], months=(1, 2)),
    CP("", "Internal Transfer", ("n", 1), (-150.00, -150.00),
       ["LEV ATM {card} {dd/mm} BRAGA AV LIBERDADE"], card=True),
])

BUSINESSES = [TREE, BRIDAL, GYM, BAR, AGENCY, PENSION, CHOC, GARAGE]


# --------------------------------------------------------------------------------------------
def main() -> None:
    rng = random.Random(SEED)
    rows = []
    for b in BUSINESSES:
        rows.extend(generate(b, rng))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)

    per_biz = Counter(r[1] for r in rows)
    per_region = Counter(r[0] for r in rows)
    per_cat = Counter(r[6] for r in rows)
    money_in = sum(1 for r in rows if float(r[3]) > 0)
    with_ent = [r for r in rows if r[5]]
    ents = Counter(r[5].casefold() for r in with_ent)
    biz_of = defaultdict(set)
    for r in with_ent:
        biz_of[r[5].casefold()].add(r[1])
    print(f"{len(rows)} rows -> {OUT.name}")
    for b in BUSINESSES:
        n = per_biz[b.bid]
        nin = sum(1 for r in rows if r[1] == b.bid and float(r[3]) > 0)
        ne = len({r[5].casefold() for r in rows if r[1] == b.bid and r[5]})
        print(f"  {b.region} {b.bid:24s} {n:4d} rows  {nin:3d} in  {ne:3d} entities")
    print("regions:", dict(per_region))
    print(f"money in {money_in}, out {len(rows) - money_in}; no entity {len(rows) - len(with_ent)}")
    print(f"distinct entities {len(ents)}; once {sum(1 for v in ents.values() if v == 1)}; "
          f"shared across businesses: {sorted(e for e, s in biz_of.items() if len(s) > 1)}")
    print("categories:", ", ".join(f"{c} {n}" for c, n in per_cat.most_common()))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
