#!/usr/bin/env python3
"""Generate ``labelled_transactions_17.csv``: the seventeenth, blind evaluation set.

Six fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-16 uses: Trustmark (Indianola, Mississippi) and First Interstate Bank (Sheridan, Wyoming) in
the US; Weatherbys Bank (Middleham, North Yorkshire) in the UK; Nordea (Kittilä, Finnish), Qonto
(Nantes, French) and Banco BPI (Porto, Portuguese) in the euro area. Written blind: its author read
only ``README.md``, the header line of ``labelled_transactions_13.csv``, the first 60 lines of
``make_labelled_transactions_13.py`` and the category names in ``categories.py``; not CashPilot's
code, vendor lists or rules, nor any earlier rows. Descriptions are written from general knowledge
of each bank's export style, not copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its signed amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, drawn from one
fixed-seed generator per business: run the script twice and the CSV is byte-identical. Stable
identifiers (mandates, creditor ids, IBANs with valid check digits, ACH company ids, policy,
customer and loan numbers, Finnish and RF references) are not random at all: they come from a
SHA-256 hash of business, counterparty key and field name, so they repeat between occurrences.

Schedules:
  ``("m", day[, [idx, ...]])``  monthly on ``day`` (next banking day), optionally only in months idx
  ``("last"[, [idx, ...]])``    last banking day of the month
  ``("r", n)``                  n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``         explicit dates (moved to the next banking day; card lines: purchase)
  ``("every", iso, step)``      every ``step`` days from ``iso`` (moved to the next banking day)
Amounts are signed: ``(lo, hi)`` uniform, a float (fixed), a list (one per occurrence, in
schedule order) or ``("choice", [..])``. Card lines (``card=True``): the schedule gives the
purchase date, which the template may print as ``{pd}``; the line posts 0-2 banking days later.
Template fields (``str.format_map``): ``{d}`` / ``{pd}`` posting and purchase date (strftime
spec; a spec starting with ``^`` prints upper case), ``{a}`` ``{ac}`` ``{ae}`` ``{au}`` ``{afr}``
the absolute amount (dot, comma, European, US and French grouping), ``{n6}`` ``{X8}`` ``{A3}``
``{x8}`` random digits / upper-case alphanumerics / letters / hex, ``{t}`` a time, ``{card}`` the
card used, ``{k[name]}`` / ``{s[name]}`` a stable value of the counterparty / of the business
(``d10`` digits, ``X8`` alphanumerics, ``iban_FI``, ``ibansp_FI`` (grouped), ``ics_FR``,
``viite``, ``rf``; anything after the first ``_`` or ``.`` in a digit/alnum name only salts it),
``{inv}`` the business's next invoice number, ``{i}`` the occurrence number (plus ``i0``),
``{mon}`` / ``{pmon}`` the month of the posting date / of the month before in the business's
language, ``{fx}`` / ``{rate}`` the foreign amount and rate for ``fx=(currency, rate)``, and any
name given in ``pick`` (a random choice per occurrence).

Usage: python3 make_labelled_transactions_17.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import io
import random
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 17_2026_1122
OUT = Path(__file__).resolve().parent / "labelled_transactions_17.csv"

CATEGORIES = [
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
]

# --------------------------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------------------------

D = dt.date


def iso(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def month_add(y: int, m: int, k: int) -> tuple[int, int]:
    m0 = m - 1 + k
    return y + m0 // 12, m0 % 12 + 1


class Cal:
    """Banking days of one place: no weekends, no listed holidays, never 1 Jan or 25 Dec."""

    def __init__(self, holidays: list[str]):
        self.hol = {iso(h) for h in holidays}

    def banking(self, day: dt.date) -> bool:
        if day.weekday() >= 5 or day in self.hol:
            return False
        return (day.month, day.day) not in ((1, 1), (12, 25))

    def on_or_after(self, day: dt.date) -> dt.date:
        while not self.banking(day):
            day += dt.timedelta(days=1)
        return day

    def add(self, day: dt.date, n: int) -> dt.date:
        day = self.on_or_after(day)
        for _ in range(n):
            day = self.on_or_after(day + dt.timedelta(days=1))
        return day

    def last(self, y: int, m: int) -> dt.date:
        day = D(y, m, calendar.monthrange(y, m)[1])
        while not self.banking(day):
            day -= dt.timedelta(days=1)
        return day


# --------------------------------------------------------------------------------------------
# Stable identifiers (hash of business + key + name) and check digits
# --------------------------------------------------------------------------------------------

ALNUM = string.ascii_uppercase + string.digits


def _h(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest(), "big")


def h_digits(n: int, *parts: str, lead_nonzero: bool = True) -> str:
    v = _h(*parts)
    out = []
    for i in range(n):
        v, r = divmod(v, 10)
        if i == 0 and lead_nonzero:
            r = r % 9 + 1
        out.append(str(r))
    return "".join(out)


def h_alnum(n: int, *parts: str, alphabet: str = ALNUM) -> str:
    v = _h(*parts)
    out = []
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out.append(alphabet[r])
    return "".join(out)


def mod97(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban(cc: str, bban: str) -> str:
    check = 98 - mod97(bban + cc + "00")
    return f"{cc}{check:02d}{bban}"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def pt_nib_check(body19: str) -> str:
    return f"{98 - (int(body19) * 100) % 97:02d}"


def bban_for(cc: str, *parts: str) -> str:
    """A national account number in the country's format, with its national check digits."""
    if cc == "FI":  # 6-digit bank/branch + 7 digits + Luhn digit
        body = h_digits(1, *parts, "fi-bank", lead_nonzero=True)
        bank = {"1": "1", "2": "2", "3": "5", "4": "5", "5": "4", "6": "8", "7": "1", "8": "3",
                "9": "5"}[body]
        body = bank + h_digits(12, *parts, "fi", lead_nonzero=False)
        return body + luhn_digit(body)
    if cc == "FR":
        bank = ("30004", "30003", "10278", "30002", "14445", "16275", "13807", "18206")[
            _h(*parts, "frb") % 8]
        branch = h_digits(5, *parts, "frg", lead_nonzero=False)
        account = h_digits(11, *parts, "fra", lead_nonzero=False)
        return bank + branch + account + fr_rib_key(bank, branch, account)
    if cc == "PT":
        banks = ("0010", "0035", "0033", "0007", "0036", "0045", "0018", "0079")
        bank = banks[_h(*parts, "ptb") % 8]
        body = bank + h_digits(4, *parts, "ptg", lead_nonzero=False) + h_digits(
            11, *parts, "pta", lead_nonzero=False)
        return body + pt_nib_check(body)
    if cc == "DE":
        return h_digits(8, *parts, "deblz") + h_digits(10, *parts, "dea", lead_nonzero=False)
    if cc == "GB":
        bank = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "CLRB")[_h(*parts, "gbb") % 7]
        return bank + h_digits(6, *parts, "gbs") + h_digits(8, *parts, "gba")
    if cc == "IE":
        return "AIBK" + h_digits(6, *parts, "ies") + h_digits(8, *parts, "iea")
    if cc == "BE":
        body = h_digits(10, *parts, "be")
        return body + f"{int(body) % 97 or 97:02d}"
    if cc == "NL":
        return ("ABNA", "INGB", "RABO")[_h(*parts, "nlb") % 3] + h_digits(10, *parts, "nla")
    if cc == "LU":
        return h_digits(3, *parts, "lub") + h_alnum(13, *parts, "lua", alphabet=string.digits)
    raise ValueError(cc)


def creditor_id(cc: str, national: str) -> str:
    check = 98 - mod97(national + cc + "00")
    return f"{cc}{check:02d}ZZZ{national}"


def fi_viite(base: str) -> str:
    """Finnish domestic reference: base digits + 7-3-1 check digit, printed in groups of five."""
    weights = (7, 3, 1)
    total = sum(int(ch) * weights[i % 3] for i, ch in enumerate(reversed(base)))
    ref = base + str((10 - total % 10) % 10)
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def rf_ref(body: str) -> str:
    check = 98 - mod97(body + "RF00")
    return f"RF{check:02d}{body}"


class Stable(dict):
    """``{k[name]}``: a value fixed by (business, key, name)."""

    def __init__(self, *salt: str):
        super().__init__()
        self.salt = salt

    def __missing__(self, name: str) -> str:
        m = re.match(r"^(d|X|A|x)(\d+)", name)
        if m:
            kind, n = m.group(1), int(m.group(2))
            if kind == "d":
                val = h_digits(n, *self.salt, name)
            elif kind == "X":
                val = h_alnum(n, *self.salt, name)
            elif kind == "A":
                val = h_alnum(n, *self.salt, name, alphabet=string.ascii_uppercase)
            else:
                val = h_alnum(n, *self.salt, name, alphabet="0123456789abcdef")
        elif name.startswith("iban_") or name.startswith("ibansp_"):
            cc = name.split("_")[1][:2]
            val = iban(cc, bban_for(cc, *self.salt, name.split("_", 1)[1]))
            if name.startswith("ibansp_"):
                val = group4(val)
        elif name.startswith("ics_"):
            cc = name.split("_")[1][:2]
            national = {"FR": h_alnum(6, *self.salt, name), "PT": h_digits(6, *self.salt, name),
                        "FI": h_digits(8, *self.salt, name, lead_nonzero=False),
                        "DE": h_digits(11, *self.salt, name, lead_nonzero=False),
                        "IE": h_digits(6, *self.salt, name)}[cc]
            val = creditor_id(cc, national)
        elif name.startswith("viite"):
            val = fi_viite(h_digits(9, *self.salt, name))
        elif name.startswith("rf"):
            val = rf_ref(h_digits(12, *self.salt, name))
        else:
            raise KeyError(name)
        self[name] = val
        return val


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass
class CP:
    """One counterparty (or one bank-only line type) of one account, listed once by hand."""

    entity: str
    category: str
    sched: tuple
    amount: object
    tpl: list
    card: bool = False
    ordered: bool = False
    key: str = ""
    pick: dict = field(default_factory=dict)
    fx: tuple | None = None
    i0: int = 0
    lag: int | None = None   # fixed posting lag (banking days) for a card line paired with a fee


def C(entity, category, sched, amount, *tpl, **kw) -> CP:
    assert category in CATEGORIES, category
    return CP(entity, category, sched, amount, list(tpl), **kw)


@dataclass
class Biz:
    bid: str
    region: str
    lang: str
    start: tuple          # (year, month) of the first of three months
    cal: Cal
    cards: list
    inv: str              # invoice format, e.g. "BRM-2025-{:03d}"
    inv_start: int
    cps: list = field(default_factory=list)
    amount_style: str = "us"

    def months(self) -> list[tuple[int, int]]:
        return [month_add(self.start[0], self.start[1], k) for k in range(3)]

    @property
    def first(self) -> dt.date:
        return D(self.start[0], self.start[1], 1)

    @property
    def end(self) -> dt.date:
        y, m = self.months()[-1]
        return D(y, m, calendar.monthrange(y, m)[1])


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu",
           "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "pt": ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"],
}


class Day:
    """A date whose format spec is strftime; a leading ``^`` upper-cases the result."""

    def __init__(self, day: dt.date):
        self.day = day

    def __format__(self, spec: str) -> str:
        if not spec:
            return self.day.isoformat()
        upper = spec.startswith("^")
        out = self.day.strftime(spec.lstrip("^"))
        return out.upper() if upper else out


def fmt_amount(v: float, style: str) -> str:
    s = f"{abs(v):,.2f}"
    if style == "us":
        return s
    if style == "eu":
        return s.replace(",", "#").replace(".", ",").replace("#", ".")
    if style == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    raise ValueError(style)


class Noise(dict):
    """Per-occurrence fields; unknown names of the form n6 / X8 / A3 / x8 are drawn at random."""

    def __init__(self, rng: random.Random, base: dict):
        super().__init__(base)
        self.rng = rng

    def __missing__(self, name: str) -> str:
        m = re.fullmatch(r"(n|X|A|x)(\d+)", name)
        if not m:
            raise KeyError(name)
        kind, n = m.group(1), int(m.group(2))
        alphabet = {"n": string.digits, "X": ALNUM, "A": string.ascii_uppercase,
                    "x": "0123456789abcdef"}[kind]
        return "".join(self.rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def sched_dates(biz: Biz, cp: CP, rng: random.Random) -> list[dt.date]:
    """Dates the schedule yields: posting dates, or purchase dates for card lines."""
    kind = cp.sched[0]
    cal = biz.cal
    out: list[dt.date] = []
    months = biz.months()
    if kind == "m":
        day = cp.sched[1]
        idx = cp.sched[2] if len(cp.sched) > 2 else [0, 1, 2]
        for i in idx:
            y, m = months[i]
            base = D(y, m, min(day, calendar.monthrange(y, m)[1]))
            out.append(base if cp.card else cal.on_or_after(base))
    elif kind == "last":
        idx = cp.sched[1] if len(cp.sched) > 1 else [0, 1, 2]
        for i in idx:
            out.append(cal.last(*months[i]))
    elif kind == "r":
        span = (biz.end - biz.first).days
        for _ in range(cp.sched[1]):
            while True:
                day = biz.first + dt.timedelta(days=rng.randint(0, span))
                if cp.card:
                    late = day > biz.end - dt.timedelta(4)
                    if (day.month, day.day) in ((1, 1), (12, 25)) or late:
                        continue
                    break
                if cal.banking(day):
                    break
            out.append(day)
        out.sort()
    elif kind == "d":
        for s in cp.sched[1]:
            day = iso(s)
            out.append(day if cp.card else cal.on_or_after(day))
    elif kind == "every":
        day = iso(cp.sched[1])
        while day <= biz.end:
            out.append(day if cp.card else cal.on_or_after(day))
            day += dt.timedelta(days=cp.sched[2])
    else:
        raise ValueError(kind)
    return out


def draw_amount(spec, i: int, rng: random.Random) -> float:
    if isinstance(spec, list):
        return float(spec[i])
    if isinstance(spec, (int, float)):
        return float(spec)
    if spec[0] == "choice":
        return float(rng.choice(spec[1]))
    if spec[0] == "step":
        _, lo, hi, step = spec
        return float(rng.randrange(int(lo / step), int(hi / step) + 1) * step)
    lo, hi = spec
    return round(rng.uniform(lo, hi), 2)


def generate(biz: Biz, seed: int) -> list[dict]:
    rng = random.Random(seed)
    occ = []
    for ci, cp in enumerate(biz.cps):
        for i, day in enumerate(sched_dates(biz, cp, rng)):
            amount = round(draw_amount(cp.amount, i, rng), 2)
            assert amount != 0, cp.entity
            if cp.card:
                if (day.month, day.day) in ((1, 1), (12, 25)):
                    day += dt.timedelta(days=1)
                k = rng.choice([0, 1, 1, 2]) if biz.cal.banking(day) else rng.choice([0, 1])
                if cp.lag is not None:
                    k = cp.lag
                post = biz.cal.add(day, k)
                pd = day
            else:
                post, pd = day, day
            if post > biz.end or post < biz.first:
                continue
            occ.append((post, ci, i, pd, amount))
    occ.sort(key=lambda o: (o[0], o[1], o[2]))
    inv_no = biz.inv_start
    rows = []
    shared = Stable(biz.bid)
    for post, ci, i, pd, amount in occ:
        cp = biz.cps[ci]
        tpl = cp.tpl[i % len(cp.tpl)] if cp.ordered else rng.choice(cp.tpl)
        y, m = post.year, post.month
        py, pm = month_add(y, m, -1)
        names = MONTHS[biz.lang]
        base = {
            "d": Day(post), "pd": Day(pd),
            "a": f"{abs(amount):.2f}", "ac": f"{abs(amount):.2f}".replace(".", ","),
            "ae": fmt_amount(amount, "eu"), "au": fmt_amount(amount, "us"),
            "afr": fmt_amount(amount, "fr"),
            "t": f"{rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
            "card": rng.choice(biz.cards),
            "k": Stable(biz.bid, cp.key or cp.entity or cp.tpl[0][:24]), "s": shared,
            "i": cp.i0 + i + 1, "mon": names[m - 1], "pmon": names[pm - 1],
            "pmonyr": f"{names[pm - 1]} {py}", "monyr": f"{names[m - 1]} {y}",
            "MON": names[m - 1].upper(), "PMON": names[pm - 1].upper(), "py": py,
            "rviite": fi_viite("".join(rng.choice(string.digits) for _ in range(8)).lstrip("0")
                               or "17"),
        }
        if cp.fx:
            _, rate = cp.fx
            r = round(rate * rng.uniform(0.992, 1.008), 4)
            foreign = abs(amount) * r
            base["fx"] = fmt_amount(foreign, biz.amount_style)
            base["rate"] = f"{r:.4f}" if biz.amount_style == "us" else f"{r:.4f}".replace(".", ",")
        for name, options in cp.pick.items():
            base[name] = rng.choice(options)
        if "{inv}" in tpl:
            base["inv"] = biz.inv.format(inv_no)
            inv_no += 1
        desc = tpl.format_map(Noise(rng, base))
        desc = re.sub(r" {2,}", " ", desc).strip()
        rows.append({
            "region": biz.region, "business": biz.bid, "date": post.isoformat(),
            "amount": f"{amount:.2f}", "description": desc,
            "entity": cp.entity, "category": cp.category,
        })
    return rows


# --------------------------------------------------------------------------------------------
# 1. us-crop-duster: Sunflower Ag Aviation LLC, Indianola, Mississippi (Sunflower County)
#    Trustmark National Bank business checking, capitals. Card lines `VISA DEBIT PURCHASE mm/dd`
#    (`VISA RECURRING PURCHASE`, `DEBIT CARD PIN PURCHASE mm/dd hh:mm`, `VISA DEBIT RETURN`), ACH
#    `ACH DEBIT|CREDIT <company 16> <entry 10> <id> CCD|PPD` (credits name the receiver, the
#    business cut at 18), `ZELLE FROM|TO <NAME> ON mm/dd REF # <id> <memo>`, `ONLINE BILL PAY
#    <payee 20> CONF#`, Fedwire credits `INCOMING WIRE TRANSFER FED# ORG= OBI=` + fee, mobile
#    deposits, line of credit and note transfers, `ANALYSIS SERVICE CHARGE`.
# --------------------------------------------------------------------------------------------

TM_CARD = "VISA DEBIT PURCHASE {pd:%m/%d} "
TM_REC = "VISA RECURRING PURCHASE {pd:%m/%d} "
TM_PIN = "DEBIT CARD PIN PURCHASE {pd:%m/%d} {t} "
TM_END = " CARD#{card}"
TM_RCV = " CCD SUNFLOWER AG AVIAT {n15}"


def crop_duster() -> Biz:
    b = Biz("us-crop-duster", "US", "en", (2025, 6),
            Cal(["2025-06-19", "2025-07-04", "2025-09-01"]), ["4417", "0385"],
            "SAA-{:04d}", 2291)
    b.cps = [
        # ---- money in: application work for ag retailers, farmers and the city
        C("Helena Agri-Enterprises", "Service Income", ("r", 3), (4200, 13800),
          "ACH CREDIT HELENA AGRI-ENTE VENDOR PMT {k[d10]}" + TM_RCV),
        C("Nutrien Ag Solutions", "Service Income", ("r", 2), (2600, 9400),
          "ACH CREDIT NUTRIEN AG SOLUT AP PAYMENT {k[d10]}" + TM_RCV),
        C("Quiver River Planting", "Service Income", ("d", ["2025-07-08", "2025-08-19"]),
          (3100, 7900), "ACH CREDIT QUIVER RIVER PLA PAYABLES {k[d10]}" + TM_RCV),
        C("", "Service Income", ("r", 3), ("step", 1800, 9600, 0.5),
          "MOBILE DEPOSIT REF#{n10}", key="mobile"),
        C("James T Holcomb", "Service Income", ("d", ["2025-06-24", "2025-08-06"]), (2150, 5400),
          "ZELLE FROM JAMES T HOLCOMB ON {d:%m/%d} REF # {X10} {memo}",
          pick={"memo": ["SPRAY 340 AC BEANS", "AERIAL APP 2ND PASS", "FUNGICIDE RICE"]}),
        C("City of Indianola", "Service Income", ("d", ["2025-07-15", "2025-08-14"]),
          [3780.00, 3780.00], "ACH CREDIT CITY OF INDIANOL ACCTS PAY {k[d10]}" + TM_RCV),
        C("Bayou Macon Farms", "Service Income", ("d", ["2025-07-22"]), 18640.00,
          "INCOMING WIRE TRANSFER FED#{n6} ORG=BAYOU MACON FARMS GP OBI=INV {inv} AERIAL APPL "
          "REF#{n10}"),
        C("", "Financing", ("d", ["2025-06-03"]), 25000.00,
          "LINE OF CREDIT ADVANCE FROM LN XXXXXX{s[d4_loc]}", key="loc"),
        C("Tractor Supply", "Refunds", ("d", ["2025-07-09"]), 64.18,
          "VISA DEBIT RETURN {pd:%m/%d} TRACTOR SUPPLY #1672 INDIANOLA MS" + TM_END, card=True),
        C("Wade Pittman", "Owner Draw / Contribution", ("d", ["2025-06-02"]), 10000.00,
          "ZELLE FROM WADE PITTMAN ON {d:%m/%d} REF # {X10} CAPITAL FOR SEASON", key="owner"),
        # ---- aircraft: fuel, parts, engine, mechanic, chemicals
        C("Avfuel", "Travel", ("d", ["2025-06-10", "2025-07-01", "2025-08-05"]),
          (-11800, -6200), "ACH DEBIT AVFUEL CORPORATI FUEL INV {k[d10]} CCD {n15}"),
        C("Chevron", "Travel", ("r", 2), (-142, -48),
          TM_PIN + "CHEVRON 0209785 INDIANOLA MS" + TM_END,
          TM_CARD + "CHEVRON 0209785 INDIANOLA MS" + TM_END, card=True),
        C("Air Tractor", "Equipment", ("r", 2), (-3400, -1100),
          "ACH DEBIT AIR TRACTOR INC PARTS INV {k[d10]} CCD {n15}"),
        C("Covington Aircraft Engines", "Equipment", ("d", ["2025-08-12"]), -9850.00,
          "ONLINE BILL PAY COVINGTON AIRCRAFT E CONF# {n9}"),
        C("Darrell Fountain", "Equipment", ("d", ["2025-07-18"]), -1240.00,
          "ZELLE TO DARRELL FOUNTAIN ON {d:%m/%d} REF # {X10} 100 HR INSPECTION N{k[d4]}AT"),
        C("Helena Agri-Enterprises", "Cost of Goods Sold", ("r", 1), (-8600, -3100),
          "ACH DEBIT HELENA AGRI-ENTE AR DEBIT {k[d10]} CCD {n15}"),
        C("Wilbur-Ellis", "Supplies & Materials", ("r", 2), (-2900, -1600),
          "ACH DEBIT WILBUR-ELLIS CO STATEMENT {k[d10]} CCD {n15}"),
        C("Rusty Caldwell", "Professional Services", ("d", ["2025-07-03", "2025-08-01"]),
          (-4800, -2600), "ZELLE TO RUSTY CALDWELL ON {d:%m/%d} REF # {X10} {memo}",
          pick={"memo": ["CONTRACT PILOT", "CONTRACT PILOT 38 HRS", "PILOT WKS 27-30"]}),
        # ---- hangar, insurance, payroll
        C("City of Indianola", "Rent", ("m", 1), -850.00,
          "ONLINE BILL PAY CITY OF INDIANOLA CONF# {n9} HANGAR 3"),
        C("IPFS", "Insurance", ("m", 15, [0, 2]), -2146.33,
          "ACH DEBIT IPFS CORPORATION PREM FIN {k[d10]} PPD {k[d7]}"),
        C("Shelter Insurance", "Insurance", ("m", 20, [0, 2]), -312.40,
          "ACH DEBIT SHELTER INSURANC PREMIUM {k[d10]} PPD"),
        C("ADP", "Salaries & Payroll", ("d", ["2025-06-13", "2025-07-11", "2025-08-08"]),
          (-14500, -9800), "ACH DEBIT ADP WAGE PAY WAGE PAY 0{s[d9_adp]} CCD {n15}"),
        C("ADP", "Salaries & Payroll", ("d", ["2025-06-12", "2025-07-10", "2025-08-07"]),
          (-5600, -3900), "ACH DEBIT ADP TAX ADP TAX {s[X6_adp]}{n6} CCD {n15}"),
        C("ADP", "Software & Subscriptions", ("m", 8, [1, 2]), (-210, -160),
          "ACH DEBIT ADP PAYROLL FEES ADP FEES 0{s[d9_adp]} CCD {n15}"),
        # ---- taxes, licences, dues, software
        C("Bureau of Plant Industry", "Taxes", ("d", ["2025-06-05"]), -150.00,
          TM_CARD + "MSGOV*BUREAU PLANT IND 601-3251790 MS" + TM_END, card=True),
        C("IRS", "Taxes", ("d", ["2025-08-29"]), -550.00,
          "ACH DEBIT IRS USATAXPYMT 2705{n11} CCD 2290 HVUT"),
        C("AgSync", "Software & Subscriptions", ("m", 4, [0, 1]), -249.00,
          TM_REC + "AGSYNC INC 620-6659551 KS" + TM_END, card=True),
        C("Intuit", "Software & Subscriptions", ("m", 17, [1, 2]), -99.00,
          TM_REC + "INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA" + TM_END, card=True),
        # ---- utilities
        C("Delta Electric Power Association", "Utilities", ("m", 12, [0, 2]), (-520, -380),
          "ACH DEBIT DELTA ELECTRIC P ELEC BILL {k[d10]} PPD"),
        C("C Spire", "Utilities", ("m", 9, [0, 1]), (-240, -210),
          TM_REC + "C SPIRE WIRELESS 855-2239677 MS" + TM_END, card=True),
        C("AT&T", "Utilities", ("m", 22, [1, 2]), -89.99,
          "ACH DEBIT ATT PAYMENT {k[d10]} PPD {k[d9]}"),
        # ---- meals, travel, supplies, marketing, accountant
        C("Sunflower Cafe", "Meals & Entertainment", ("r", 2), (-68, -22),
          TM_CARD + "SUNFLOWER CAFE INDIANOLA MS" + TM_END, card=True),
        C("Tractor Supply", "Supplies & Materials", ("d", ["2025-07-05"]), (-260, -45),
          TM_CARD + "TRACTOR SUPPLY #1672 INDIANOLA MS" + TM_END, card=True),
        C("Enterprise-Tocsin", "Marketing & Advertising", ("d", ["2025-06-09"]), -85.00,
          TM_CARD + "ENTERPRISE-TOCSIN INDIANOLA MS" + TM_END, card=True),
        C("Bankston & Rowe CPAs", "Professional Services", ("d", ["2025-07-21"]), -650.00,
          "ONLINE BILL PAY BANKSTON & ROWE CPAS CONF# {n9}"),
        # ---- loans, owner, bank
        C("", "Loan Repayment", ("m", 25), -4312.77,
          "LOAN PAYMENT TRANSFER TO LN XXXXXX{s[d4_note]}", key="note"),
        C("", "Loan Repayment", ("d", ["2025-08-28"]), -12500.00,
          "LOC PAYMENT TO LN XXXXXX{s[d4_loc]} LINE OF CREDIT", key="locpay"),
        C("Ford Credit", "Loan Repayment", ("m", 6, [0, 2]), -842.19,
          "ACH DEBIT FORD CREDIT FORD CR PMT {k[d10]} PPD"),
        C("Wade Pittman", "Owner Draw / Contribution", ("d", ["2025-07-15", "2025-08-15"]),
          [-6000.00, -4500.00], "ZELLE TO WADE PITTMAN ON {d:%m/%d} REF # {X10} OWNER DRAW",
          key="owner"),
        C("", "Bank Fees", ("m", 2, [1, 2]), (-92, -45), "ANALYSIS SERVICE CHARGE", key="asc"),
        C("", "Bank Fees", ("d", ["2025-07-22"]), -15.00, "WIRE TRANSFER FEE INCOMING",
          key="wirefee"),
        C("", "Internal Transfer", ("m", 18, [1]), (-2400, -900),
          "TRUSTMARK VISA PAYMENT BUSINESS CARD XXXX{s[d4_visa]}", key="visa"),
        C("", "Internal Transfer", ("d", ["2025-08-05"]), -15000.00,
          "ONLINE TRANSFER TO SAV XXXXXX{s[d4_sav]} REF {n8}", key="sav"),
        C("", "Internal Transfer", ("d", ["2025-07-03"]), -200.00,
          "ATM WITHDRAWAL {pd:%m/%d} TRUSTMARK INDIANOLA MAIN INDIANOLA MS" + TM_END,
          card=True, key="atm"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# 2. us-saddle-maker: Tongue River Saddlery LLC, Sheridan, Wyoming
#    First Interstate Bank business checking, capitals: `DEBIT CARD PURCHASE XXXXXXXXXXXXnnnn
#    mm/dd <merchant> <city> <st>` (card before merchant; `RECURRING DEBIT CARD`, `DEBIT CARD
#    RETURN`), `ACH DEPOSIT|WITHDRAWAL <company 16> <entry> <id>`, `ZELLE CREDIT|DEBIT <NAME>
#    <memo> REF`, `BILL PAYMENT <payee 20> CONF#`, `WIRE IN FED REF … OBI` + `WIRE IN FEE`,
#    `MOBILE DEPOSIT`, `ONLINE BANKING TRANSFER TO XXXXXXnnnn <account name>`, `LOAN PAYMENT TO
#    LN`, `INTEREST PAYMENT`, `SERVICE CHARGE`.
# --------------------------------------------------------------------------------------------

FI_CARD = "DEBIT CARD PURCHASE XXXXXXXXXXXX{card} {pd:%m/%d} "
FI_REC = "RECURRING DEBIT CARD XXXXXXXXXXXX{card} {pd:%m/%d} "


def saddle_maker() -> Biz:
    b = Biz("us-saddle-maker", "US", "en", (2025, 10),
            Cal(["2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25"]), ["7713", "2290"],
            "TRS-{:04d}", 2511)
    b.cps = [
        # ---- money in: shop, web shop, custom saddles, repairs
        C("Square", "Sales Revenue", ("r", 5), (180, 2400),
          "ACH DEPOSIT SQUARE INC {d:%y%m%d}P2 L2{k[d10]} CCD"),
        C("Shopify", "Sales Revenue", ("r", 3), (240, 1900),
          "ACH DEPOSIT SHOPIFY TRANSFER ST-{X12} CCD"),
        C("Marcy Alderson", "Sales Revenue", ("d", ["2025-10-07", "2025-12-11"]),
          [1800.00, 4950.00], "ZELLE CREDIT MARCY ALDERSON SADDLE DEPOSIT REF {X9}",
          "ZELLE CREDIT MARCY ALDERSON BALANCE SADDLE 2531 REF {X9}", ordered=True),
        C("Triple Creek Cutting Horses", "Sales Revenue", ("d", ["2025-11-19"]), 6200.00,
          "WIRE IN FED REF {n6} TRIPLE CREEK CUTTING HORSES LLC WEATHERFORD TX OBI SADDLE 2517 "
          "BALANCE {inv}"),
        C("", "Sales Revenue", ("r", 2), ("step", 150, 2800, 5), "MOBILE DEPOSIT {n10}",
          key="mobile"),
        C("Wolf Creek Guest Ranch", "Service Income", ("d", ["2025-10-22", "2025-12-03"]),
          (380, 1450), "ACH DEPOSIT WOLF CREEK GUEST VENDOR PAY {k[d10]} {inv}"),
        C("Jolene Pryor", "Service Income", ("d", ["2025-11-14"]), 285.00,
          "ZELLE CREDIT JOLENE PRYOR RESTITCH AND NEW LATIGOS REF {X9}"),
        C("Weaver Leather", "Refunds", ("d", ["2025-10-28"]), 112.40,
          "ACH DEPOSIT WEAVER LEATHER CREDIT MEM {k[d10]}"),
        C("", "Interest", ("last", [0, 1]), (0.8, 3.6), "INTEREST PAYMENT", key="int"),
        # ---- leather, trees, hardware, silver, shipping
        C("Hermann Oak Leather", "Cost of Goods Sold", ("d", ["2025-10-09", "2025-11-20"]),
          (-5200, -2400), "ACH WITHDRAWAL HERMANN OAK LEAT INVOICE {k[d10]}"),
        C("Powder River Saddle Trees", "Cost of Goods Sold", ("d", ["2025-10-16", "2025-12-02"]),
          (-1900, -1100), "ZELLE DEBIT POWDER RIVER SADDLE TREES TREES INV {n4} REF {X9}"),
        C("Weaver Leather", "Cost of Goods Sold", ("r", 1), (-1250, -380),
          "ACH WITHDRAWAL WEAVER LEATHER WEB ORDER {k[d10]}"),
        C("UPS", "Cost of Goods Sold", ("r", 2), (-160, -48),
          FI_CARD + "UPS*{n10} 800-742-5877 GA", card=True),
        C("Tandy Leather", "Supplies & Materials", ("r", 2), (-210, -64),
          FI_CARD + "TANDYLEATHER.COM FORT WORTH TX", card=True),
        C("Artisan Sewing Machines", "Equipment", ("d", ["2025-10-24"]), -3295.00,
          FI_CARD + "ARTISAN SEWING MACHINE 817-2227440 TX", card=True),
        C("Brandy Simms", "Professional Services", ("d", ["2025-11-28"]), -750.00,
          "ZELLE DEBIT BRANDY SIMMS TOOLING FLORAL 2 SADDLES REF {X9}"),
        # ---- premises, utilities, insurance
        C("Kendrick Block Properties", "Rent", ("m", 1), -1450.00,
          "BILL PAYMENT KENDRICK BLOCK PROPE CONF# {n8}"),
        C("Montana-Dakota Utilities", "Utilities", ("m", 16, [0, 2]), (-310, -120),
          "ACH WITHDRAWAL MONTANA-DAKOTA U UTIL PYMT {k[d10]}"),
        C("City of Sheridan", "Utilities", ("m", 24, [0, 1]), (-75, -48),
          "ACH WITHDRAWAL CITY OF SHERIDAN UTILITY {k[d10]}"),
        C("Visionary Broadband", "Utilities", ("m", 7), -89.95,
          FI_REC + "VISIONARY BROADBAND 307-6724400 WY", card=True),
        C("Verizon", "Utilities", ("m", 19, [1, 2]), -71.40,
          FI_REC + "VZWRLSS*APOCC VISB 800-922-0204 FL", card=True),
        C("Mountain West Farm Bureau", "Insurance", ("m", 10), -288.50,
          "ACH WITHDRAWAL MOUNTAIN WEST FA INS PREM {k[d10]}"),
        # ---- payroll and state bodies
        C("Gusto", "Salaries & Payroll", ("last",), (-3100, -2600),
          "ACH WITHDRAWAL GUSTO NET {n6} {s[X10_gusto]}"),
        C("Gusto", "Salaries & Payroll", ("last", [0, 1]), (-950, -700),
          "ACH WITHDRAWAL GUSTO TAX {n6} {s[X10_gusto]}"),
        C("Gusto", "Software & Subscriptions", ("m", 3, [2]), -52.00,
          "ACH WITHDRAWAL GUSTO FEE {n6} {s[X10_gusto]}"),
        C("Wyoming Department of Workforce Services", "Salaries & Payroll", ("d", ["2025-10-29"]),
          -186.40, "ACH WITHDRAWAL WY DEPT WORKFORC UI TAX Q3 {k[d10]}"),
        C("Wyoming Department of Workforce Services", "Insurance", ("d", ["2025-10-29"]),
          -94.12, "ACH WITHDRAWAL WY DEPT WORKFORC WC PREMIUM {k[d10]}"),
        C("Wyoming Department of Revenue", "Taxes", ("m", 20), (-1250, -380),
          "ACH WITHDRAWAL WY DEPT OF REVEN SALES TAX {k[d10]}"),
        C("Wyoming Secretary of State", "Taxes", ("d", ["2025-10-02"]), -60.00,
          FI_CARD + "WYOBIZ.GOV SOS ANNUAL CHEYENNE WY", card=True),
        # ---- software, marketing, the Las Vegas trade show
        C("Shopify", "Software & Subscriptions", ("m", 14, [1]), -39.00,
          FI_REC + "SHOPIFY* {n9} SHOPIFY.COM ON", card=True),
        C("Intuit", "Software & Subscriptions", ("m", 21, [0, 1]), -65.00,
          FI_REC + "INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA", card=True),
        C("Meta", "Marketing & Advertising", ("r", 2), (-150, -60),
          FI_CARD + "FACEBK *{X10} 650-5434800 CA", card=True),
        C("Las Vegas Events", "Marketing & Advertising", ("d", ["2025-10-06"]), -1850.00,
          FI_CARD + "LAS VEGAS EVENTS INC LAS VEGAS NV", card=True),
        C("United", "Travel", ("d", ["2025-11-08"]), -486.20,
          FI_CARD + "UNITED 0162{n6}{n4} 800-932-2732 TX", card=True),
        C("South Point", "Travel", ("d", ["2025-12-09"]), -984.36,
          FI_CARD + "SOUTH POINT HOTEL CASINO LAS VEGAS NV", card=True),
        C("Maverik", "Travel", ("r", 2), (-78, -42),
          FI_CARD + "MAVERIK #{n3} SHERIDAN WY", card=True),
        C("Lodgepole Tax & Accounting", "Professional Services", ("d", ["2025-10-17"]), -480.00,
          "BILL PAYMENT LODGEPOLE TAX & ACCO CONF# {n8}"),
        # ---- loan, owner, bank
        C("", "Loan Repayment", ("m", 15), -612.55, "LOAN PAYMENT TO LN XXXXXX{s[d4_ln]}",
          key="loan"),
        C("Travis Lindgren", "Owner Draw / Contribution", ("d", ["2025-10-31", "2025-12-19"]),
          [-3000.00, -4500.00], "ONLINE BANKING TRANSFER TO XXXXXX{k[d4]} TRAVIS LINDGREN"),
        C("", "Internal Transfer", ("d", ["2025-11-21"]), -2500.00,
          "ONLINE BANKING TRANSFER TO XXXXXX{s[d4_sav]} BUSINESS SAVINGS", key="sav"),
        C("", "Internal Transfer", ("m", 12, [1]), (-1800, -700),
          "FIRST INTERSTATE BUSINESS CARD PAYMENT XXXX{s[d4_cc]}", key="cc"),
        C("", "Bank Fees", ("m", 1, [1]), -25.00, "SERVICE CHARGE", key="svc"),
        C("", "Bank Fees", ("d", ["2025-11-19"]), -18.00, "WIRE IN FEE", key="wirefee"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# 3. uk-racehorse-trainer: Harriet Ashby Racing Ltd, Middleham, North Yorkshire
#    Weatherbys Bank business current account (the racing industry's bank), capitals, type first,
#    names cut at 18: `DEBIT CARD ddMONyy <merchant 18> <town> GB CARD nnnn`, `DEBIT CARD REFUND`,
#    `DIRECT DEBIT <name 18> <ref>`, `STANDING ORDER <name 18> <ref>`, `FPS CREDIT|DEBIT <name 18>
#    REF <ref>`, `BACS CREDIT`, `INTL PAYMENT RECEIVED … EUR x RATE r` + `INTL PAYMENT CHARGE`,
#    `WEATHERBYS RACING A/C TRANSFER PRIZE MONEY` (the trainer's share, from the racing-services
#    side of Weatherbys), `TRANSFER TO BUSINESS DEPOSIT A/C`, `ACCOUNT FEE`, `CREDIT INTEREST TO`.
# --------------------------------------------------------------------------------------------

WB_CARD = "DEBIT CARD {pd:^%d%b%y} "
WB_END = " GB CARD {card}"


def racehorse_trainer() -> Biz:
    b = Biz("uk-racehorse-trainer", "UK", "en", (2026, 3),
            Cal(["2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25"]), ["4471", "9038"],
            "HAR{:05d}", 1184)
    b.cps = [
        # ---- money in: owners' training fees, prize money, pre-training
        C("A Fenwick", "Service Income", ("m", 5), (2100, 4600),
          "FPS CREDIT MR A FENWICK REF TRAINING FEES {PMON}"),
        C("Coverdale Racing Club", "Service Income", ("m", 8), (3800, 5200),
          "BACS CREDIT COVERDALE RACING C {inv}"),
        C("P Hartley", "Service Income", ("d", ["2026-03-17", "2026-05-14"]), (1900, 2600),
          "FPS CREDIT DR P HARTLEY REF {inv}"),
        C("J Metcalfe", "Service Income", ("m", 27, [0, 1]), 2170.00,
          "FPS CREDIT MRS J METCALFE REF BLUE MOOR FEES"),
        C("Seamus O'Connell", "Service Income", ("d", ["2026-04-14"]), 3150.00,
          "INTL PAYMENT RECEIVED SEAMUS OCONNELL EUR {fx} RATE {rate} REF TRAINING FEES {inv}",
          fx=("EUR", 1.16)),
        C("Weatherbys", "Service Income", ("r", 3), (380, 2900),
          "WEATHERBYS RACING A/C TRANSFER PRIZE MONEY TRAINER % {course}",
          pick={"course": ["RIPON", "THIRSK", "CATTERICK", "REDCAR", "HAMILTON", "BEVERLEY",
                           "MUSSELBURGH", "PONTEFRACT"]}),
        C("H Ashby", "Owner Draw / Contribution", ("d", ["2026-03-02"]), 8000.00,
          "FPS CREDIT MISS H ASHBY REF DIRECTORS LOAN", key="owner"),
        C("Robinsons Equestrian", "Refunds", ("d", ["2026-04-21"]), 46.99,
          "DEBIT CARD REFUND {pd:^%d%b%y} ROBINSONS EQUESTRI MANSFIELD" + WB_END, card=True),
        C("", "Interest", ("last", [0]), 3.41, "CREDIT INTEREST TO {d:^%d%b%y}", key="int"),
        # ---- feed, bedding, farrier, vet, gallops, yard
        C("Dodson & Horrell", "Cost of Goods Sold", ("m", 12, [0, 2]), (-2200, -1400),
          "DIRECT DEBIT DODSON & HORRELL L {k[d7]}"),
        C("Baileys Horse Feeds", "Cost of Goods Sold", ("r", 1), (-640, -210),
          WB_CARD + "BAILEYS HORSE FEED BRAINTREE" + WB_END, card=True),
        C("J W Thwaite & Son", "Cost of Goods Sold", ("d", ["2026-03-11", "2026-05-06"]),
          (-1350, -720), "FPS DEBIT J W THWAITE & SON REF HAYLAGE {n2} BALES"),
        C("Bedmax", "Cost of Goods Sold", ("m", 20, [0, 2]), (-890, -610),
          "DIRECT DEBIT BEDMAX SHAVINGS LT {k[X8]}"),
        C("R Kettlewell", "Professional Services", ("m", 3), (-1150, -780),
          "FPS DEBIT R KETTLEWELL REF SHOEING {PMON}"),
        C("Wensleydale Equine Vets", "Professional Services", ("r", 2), (-1400, -260),
          "FPS DEBIT WENSLEYDALE EQUINE REF INV {n5}"),
        C("Low Moor Gallops", "Rent", ("m", 1), -1260.00,
          "STANDING ORDER LOW MOOR GALLOPS GALLOPS FEES {k[d4]}"),
        C("Manor House Stables", "Rent", ("d", ["2026-03-25"]), -8250.00,
          "STANDING ORDER MANOR HOUSE STABLE YARD RENT QTR"),
        # ---- staff and HMRC
        C("K Dowson", "Salaries & Payroll", ("last",), (-1980, -1840),
          "FPS DEBIT K DOWSON REF WAGES {MON}"),
        C("L McPartland", "Salaries & Payroll", ("last", [0, 1]), -1712.40,
          "FPS DEBIT L MCPARTLAND REF WAGES {MON}"),
        C("HMRC", "Salaries & Payroll", ("m", 19), (-1500, -1100),
          "FPS DEBIT HMRC CUMBERNAULD REF {s[d3_paye]}PA{s[d8_paye]}{d:%y}{d:%m}", key="paye"),
        C("NEST", "Salaries & Payroll", ("m", 6, [1, 2]), (-240, -210),
          "DIRECT DEBIT NATIONAL EMPLOYMEN {k[X10]}"),
        C("HMRC", "Taxes", ("d", ["2026-05-07"]), -3840.55,
          "FPS DEBIT HMRC VAT REF {s[d9_vat]}", key="vat"),
        C("North Yorkshire Council", "Taxes", ("m", 1, [1, 2]), -214.00,
          "DIRECT DEBIT NORTH YORKSHIRE CO NNDR {k[d8]}"),
        C("British Horseracing Authority", "Taxes", ("d", ["2026-03-09"]), -342.00,
          WB_CARD + "BRITISH HORSERACIN LONDON" + WB_END, card=True),
        # ---- subscriptions, insurance, utilities
        C("National Trainers Federation", "Software & Subscriptions", ("m", 15, [0]), -465.00,
          "DIRECT DEBIT NATIONAL TRAINERS SUBS {k[d5]}"),
        C("Racing Post", "Software & Subscriptions", ("m", 9, [1, 2]), -26.99,
          WB_CARD + "RACINGPOST.COM LONDON" + WB_END, card=True),
        C("FreeAgent", "Software & Subscriptions", ("m", 28, [0, 1]), -33.00,
          "DIRECT DEBIT FREEAGENT CENTRAL {k[X8]}"),
        C("KBIS", "Insurance", ("m", 1, [0, 1]), -742.18, "DIRECT DEBIT KBIS LTD {k[X9]}"),
        C("NFU Mutual", "Insurance", ("m", 18, [1, 2]), -96.40, "DIRECT DEBIT NFU MUTUAL {k[d10]}"),
        C("Yorkshire Water", "Utilities", ("m", 14, [0, 1]), -118.60,
          "DIRECT DEBIT YORKSHIRE WATER {k[d10]}"),
        C("Octopus Energy", "Utilities", ("m", 21, [0, 2]), (-390, -300),
          "DIRECT DEBIT OCTOPUS ENERGY {k[X8]}"),
        C("BT", "Utilities", ("m", 23, [0, 2]), -74.34, "DIRECT DEBIT BT GROUP PLC {k[X10]}"),
        # ---- horsebox, travel, meals, tack, equipment, advisers, marketing
        C("Lombard", "Loan Repayment", ("m", 22), -689.40,
          "DIRECT DEBIT LOMBARD NORTH CENT {k[d10]}"),
        C("BP", "Travel", ("r", 2), (-165, -80), WB_CARD + "BP LEYBURN LEYBURN" + WB_END,
          card=True),
        C("Robinsons Equestrian", "Supplies & Materials", ("d", ["2026-04-08"]), -187.45,
          WB_CARD + "ROBINSONS EQUESTRI MANSFIELD" + WB_END, card=True),
        C("Bellerby & Moss Accountants", "Professional Services", ("d", ["2026-04-24"]),
          -960.00, "FPS DEBIT BELLERBY & MOSS AC REF FEES YE 31 JAN"),
        C("Dales Pest Control", "Other Expense", ("d", ["2026-04-20"]), -96.00,
          "FPS DEBIT DALES PEST CONTROL REF RODENT CONTRACT Q2"),
        C("Middleham Open Day", "Marketing & Advertising", ("d", ["2026-03-16"]), -150.00,
          "FPS DEBIT MIDDLEHAM OPEN DAY REF PROGRAMME ADVERT"),
        # ---- owner and bank
        C("H Ashby", "Owner Draw / Contribution", ("d", ["2026-04-30"]), -4000.00,
          "FPS DEBIT H ASHBY REF DIVIDEND", key="owner"),
        C("", "Bank Fees", ("m", 2, [1, 2]), (-30, -18), "ACCOUNT FEE {PMON} {py}", key="fee"),
        C("", "Bank Fees", ("d", ["2026-04-14"]), -6.00, "INTL PAYMENT CHARGE", key="intlfee"),
        C("", "Internal Transfer", ("d", ["2026-05-15"]), -5000.00,
          "TRANSFER TO BUSINESS DEPOSIT A/C {s[d8_dep]}", key="dep"),
        C("", "Internal Transfer", ("d", ["2026-03-28"]), -100.00,
          "CASH WITHDRAWAL {pd:^%d%b%y} NOTEMACHINE LEYBURN CARD {card}", card=True, key="atm"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# 4. fi-husky-safari: Revontuli Huskies Oy, Kittilä (Levi), Finnish Lapland
#    Nordea Finland business account, Finnish, capitals: `KORTTIOSTO dd.mm. <merchant> <town>
#    [NOK x KURSSI r] KORTTI ***nnnn`, `SEPA-MAKSU SAAPUVA|LÄHTEVÄ <NAME> <IBAN>
#    VIITE|VIESTI …`,
#    `SEPA-PIKAMAKSU SAAPUVA`, `E-LASKU <NAME> VIITE … ERÄPV dd.mm.yyyy`, `PALKKA <NAME> <IBAN>`,
#    `OMA SIIRTO`, `KÄTEISNOSTO dd.mm. OTTO. …`, `LAINAN LYHENNYS NORDEA YRITYSLAINA`,
#    `PALVELUMAKSUT NORDEA <KUUKAUSI>`. Finnish references carry their 7-3-1 check digit.
# --------------------------------------------------------------------------------------------

NO_CARD = "KORTTIOSTO {pd:%d.%m.} "
NO_END = " KORTTI ***{card}"
NO_IN = "SEPA-MAKSU SAAPUVA "
NO_OUT = "SEPA-MAKSU LÄHTEVÄ "
NO_EL = "E-LASKU "
NO_DUE = " ERÄPV {d:%d.%m.%Y}"


def husky_safari() -> Biz:
    b = Biz("fi-husky-safari", "EU", "fi", (2025, 12),
            Cal(["2025-12-24", "2025-12-25", "2025-12-26", "2026-01-01", "2026-01-06"]),
            ["3317"], "{:05d}", 20412, amount_style="eu")
    b.cps = [
        # ---- money in: safari companies, tour operators, hotel, booking platforms
        C("Levi Arctic Adventures", "Service Income", ("m", 14), (6800, 14500),
          NO_IN + "LEVI ARCTIC ADVENTURES OY {k[ibansp_FI]} VIESTI LASKU {inv} HUSKYAJELUT"),
        C("Tunturi Elämykset", "Service Income", ("d", ["2026-01-09", "2026-02-10"]),
          (2400, 5200), NO_IN + "TUNTURI ELAMYKSET OY {k[ibansp_FI]} VIITE {rviite}"),
        C("Northern Lights Holidays", "Service Income", ("d", ["2025-12-05", "2026-01-28"]),
          (3600, 9800),
          NO_IN + "NORTHERN LIGHTS HOLIDAYS LTD {k[ibansp_GB]} VIESTI INV {inv} HUSKY SAFARIS"),
        C("Hotelli Rakkavaara", "Service Income", ("d", ["2026-02-04"]), 2280.00,
          NO_IN + "HOTELLI RAKKAVAARA OY {k[ibansp_FI]} VIITE {rviite}"),
        C("GetYourGuide", "Sales Revenue", ("r", 2), (1200, 4200),
          NO_IN + "GETYOURGUIDE DEUTSCHLAND GMBH {k[ibansp_DE]} VIESTI PAYOUT {X10}"),
        C("Viator", "Sales Revenue", ("r", 2), (900, 3600),
          NO_IN + "VIATOR INC {k[ibansp_GB]} VIESTI VIATOR PAYMENT {n8}"),
        C("Stripe", "Sales Revenue", ("r", 3), (650, 3900),
          NO_IN + "STRIPE TECHNOLOGY EUROPE LTD {k[ibansp_IE]} VIESTI STRIPE ST-{X12}"),
        C("Jan Peeters", "Service Income", ("d", ["2026-01-12"]), 780.00,
          NO_IN + "PEETERS JAN {k[ibansp_BE]} VIESTI HUSKY TOUR 4 PERS 14/01"),
        C("Hankkija", "Refunds", ("d", ["2026-01-21"]), 186.30,
          NO_IN + "HANKKIJA OY {k[ibansp_FI]} VIESTI HYVITYSLASKU {n7}"),
        C("Jussi Rautio", "Owner Draw / Contribution", ("d", ["2025-12-01"]), 12000.00,
          "SEPA-PIKAMAKSU SAAPUVA JUSSI RAUTIO {k[ibansp_FI]} VIESTI OSAKASLAINA", key="owner"),
        C("KEHA-keskus", "Other Income", ("d", ["2026-02-17"]), 7450.00,
          NO_IN + "ELY-KESKUSTEN JA TE-TOIMISTOJEN KEHITTAMIS- JA HALLINTOKESKUS "
          "{k[ibansp_FI]} VIESTI KEHITTAMISAVUSTUS LAPIN ELY {k[d7]}"),
        # ---- dog food and meat, campfire snacks, vet, harnesses, sleds, snowmobile
        C("Hankkija", "Cost of Goods Sold", ("d", ["2025-12-08", "2026-01-07", "2026-02-09"]),
          (-2600, -1400), NO_EL + "HANKKIJA OY VIITE {rviite}" + NO_DUE),
        C("Kittilän Poroteurastamo", "Cost of Goods Sold", ("d", ["2025-12-16", "2026-02-03"]),
          (-980, -420), NO_OUT + "KITTILAN POROTEURASTAMO OY {k[ibansp_FI]} VIESTI LASKU {n5}"),
        C("K-Supermarket", "Cost of Goods Sold", ("r", 2), (-240, -65),
          NO_CARD + "K-SUPERMARKET LEVI KITTILA" + NO_END, card=True),
        C("Evidensia", "Professional Services", ("d", ["2026-01-15"]), -312.80,
          NO_CARD + "EVIDENSIA ROVANIEMI ROVANIEMI" + NO_END, card=True),
        C("Non-stop dogwear", "Supplies & Materials", ("d", ["2025-12-03"]), -418.60,
          NO_CARD + "NON-STOP DOGWEAR AS RASTINGEN NO NOK {fx} KURSSI {rate}" + NO_END,
          card=True, fx=("NOK", 11.72)),
        C("Rekipaja Ylläs", "Equipment", ("d", ["2025-12-10"]), -1380.00,
          NO_OUT + "REKIPAJA YLLAS KY {k[ibansp_FI]} VIESTI 2 KPL VALJAKKOREKI"),
        C("Santander Consumer Finance", "Loan Repayment", ("m", 5), -486.20,
          NO_EL + "SANTANDER CONSUMER FINANCE OY VIITE {k[viite]}" + NO_DUE),
        C("Neste", "Travel", ("r", 2), (-120, -48),
          NO_CARD + "NESTE KITTILA LEVI KITTILA" + NO_END, card=True),
        C("St1", "Travel", ("r", 2), (-95, -40), NO_CARD + "ST1 ROVANIEMI ROVANIEMI" + NO_END,
          card=True),
        # ---- guides' pay and the bodies that go with it
        C("Aino Korhonen", "Salaries & Payroll", ("last",), (-2450, -2280),
          "PALKKA AINO KORHONEN {k[ibansp_FI]} PALKKA {MON}"),
        C("Eetu Mäkinen", "Salaries & Payroll", ("last", [1, 2]), (-2150, -2080),
          "PALKKA MAKINEN EETU {k[ibansp_FI]} PALKKA {MON}"),
        C("Verohallinto", "Salaries & Payroll", ("m", 12), (-1900, -1250),
          NO_OUT + "VEROHALLINTO {s[ibansp_FI_vero]} VIITE {s[viite_vero]}", key="vero"),
        C("Verohallinto", "Taxes", ("m", 12, [1, 2]), (-6800, -3200),
          NO_OUT + "VEROHALLINTO {s[ibansp_FI_vero]} VIITE {s[viite_vero]}", key="vero"),
        C("Ilmarinen", "Salaries & Payroll", ("m", 20, [1, 2]), (-1150, -980),
          NO_EL + "KESKINAINEN ELAKEVAKUUTUSYHTIO ILMARINEN VIITE {k[viite]}" + NO_DUE),
        C("Työllisyysrahasto", "Salaries & Payroll", ("d", ["2026-02-27"]), -142.35,
          NO_EL + "TYOLLISYYSRAHASTO VIITE {k[viite]}" + NO_DUE),
        C("LähiTapiola", "Insurance", ("d", ["2026-01-30"]), -684.00,
          NO_EL + "LAHITAPIOLA KESKINAINEN VAKUUTUSYHTIO VIITE {k[viite]}" + NO_DUE),
        # ---- accountant, software, marketing, land
        C("Tilitoimisto Levin Tase", "Professional Services", ("m", 10, [0, 2]), (-420, -340),
          NO_EL + "TILITOIMISTO LEVIN TASE OY VIITE {rviite}" + NO_DUE),
        C("Rezdy", "Software & Subscriptions", ("m", 19, [0, 1]), (-95.20, -91.80),
          NO_CARD + "REZDY PTY LTD SYDNEY AU USD {fx} KURSSI {rate}" + NO_END, card=True,
          fx=("USD", 1.165)),
        C("Visma", "Software & Subscriptions", ("m", 7), -61.38,
          NO_EL + "VISMA SOLUTIONS OY NETVISOR VIITE {k[viite]}" + NO_DUE),
        C("Levin Matkailu", "Marketing & Advertising", ("d", ["2025-12-04"]), -950.00,
          NO_EL + "LEVIN MATKAILU RY JASENMAKSU JA MARKKINOINTI VIITE {k[viite]}" + NO_DUE),
        C("Meta", "Marketing & Advertising", ("r", 2), (-180, -60),
          NO_CARD + "FACEBK *{X10} FB.ME/ADS IE" + NO_END, card=True),
        C("Metsähallitus", "Rent", ("d", ["2026-01-19"]), -1240.00,
          NO_EL + "METSAHALLITUS REITTIEN KAYTTOLUPA VIITE {k[viite]}" + NO_DUE),
        C("Aki Salmela", "Rent", ("m", 2), -400.00,
          NO_OUT + "SALMELA AKI {k[ibansp_FI]} VIESTI MAANVUOKRA KOIRATARHA {MON}"),
        # ---- utilities, meals, supplies
        C("Oomi", "Utilities", ("m", 15), (-680, -540), NO_EL + "OOMI OY VIITE {rviite}" + NO_DUE),
        C("Lapeco", "Utilities", ("d", ["2026-02-13"]), -148.90,
          NO_EL + "LAPECO OY VIITE {rviite}" + NO_DUE),
        C("DNA", "Utilities", ("m", 22, [0, 2]), -44.90,
          NO_EL + "DNA OYJ VIITE {k[viite]}" + NO_DUE),
        C("Hullu Poro", "Meals & Entertainment", ("d", ["2025-12-22"]), -238.50,
          NO_CARD + "HULLU PORO RAVINTOLA LEVI" + NO_END, card=True),
        # ---- owner, own bank
        C("Jussi Rautio", "Owner Draw / Contribution", ("d", ["2026-02-25"]), -4000.00,
          NO_OUT + "JUSSI RAUTIO {k[ibansp_FI]} VIESTI OSAKASLAINAN LYHENNYS", key="owner"),
        C("", "Internal Transfer", ("d", ["2026-01-30"]), -6000.00,
          "OMA SIIRTO REVONTULI HUSKIES OY {s[ibansp_FI_sav]} VIESTI VEROVARAUS", key="sav"),
        C("", "Internal Transfer", ("d", ["2025-12-19"]), -300.00,
          "KÄTEISNOSTO {pd:%d.%m.} OTTO. KITTILÄ LEVI" + NO_END, card=True, key="atm"),
        C("", "Loan Repayment", ("m", 28), -1034.16,
          "LAINAN LYHENNYS NORDEA YRITYSLAINA {s[d8_loan]} LYHENNYS JA KORKO", key="loan"),
        C("", "Bank Fees", ("m", 1, [1, 2]), (-24, -17), "PALVELUMAKSUT NORDEA {PMON}", key="fee"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# 5. fr-video-production: Brume Production SAS, Nantes (Île de Nantes)
#    Qonto business account, French, mixed case, the export's fields joined with ` · `:
#    `Paiement carte · <merchant> · <town> · Carte ••nnnn · dd/mm/yyyy [· x USD · taux
#    r]`,
#    `Remboursement carte`, `Virement reçu · <NAME> · <reference>`, `Virement instantané reçu`,
#    `Virement émis · <name> · <reference>`, `Virement permanent émis`, `Prélèvement SEPA ·
#    <CREDITOR> · <label> · RUM … · ICS …`, `Remise de chèque · N°`, `Virement interne ·
#    Vers|Depuis <sub-account>`, `Retrait DAB`, `Frais Qonto · Abonnement Essential|Paiement
#    hors zone euro`.
# --------------------------------------------------------------------------------------------

QO_CARD = "Paiement carte · "
QO_END = " · Carte ••{card} · {pd:%d/%m/%Y}"
QO_IN = "Virement reçu · "
QO_OUT = "Virement émis · "
QO_DD = "Prélèvement SEPA · "
QO_MANDATE = " · RUM {k[X14]} · ICS {k[ics_FR]}"


def video_production() -> Biz:
    b = Biz("fr-video-production", "EU", "fr", (2025, 10),
            Cal(["2025-11-11", "2025-12-26"]), ["4821", "7730"], "BRM-2025-{:03d}", 58,
            amount_style="fr")
    b.cps = [
        # ---- money in: agencies, public bodies, broadcaster, companies
        C("Studio Océane Communication", "Service Income", ("r", 3), (2400, 7800),
          QO_IN + "SARL STUDIO OCEANE COMMUNICATION · FACTURE {inv}"),
        C("Le Voyage à Nantes", "Service Income", ("d", ["2025-10-21", "2025-12-09"]),
          (3200, 6400), QO_IN + "SPL LE VOYAGE A NANTES · VAN-{n5} FACT {inv}"),
        C("France Télévisions", "Service Income", ("d", ["2025-11-26"]), 11850.00,
          QO_IN + "FRANCE TELEVISIONS · REGLEMENT FACT {inv} DOC F3 PAYS DE LA LOIRE"),
        C("Atlantique Nautisme", "Service Income", ("d", ["2025-10-14", "2025-12-18"]),
          (1800, 4600), QO_IN + "ATLANTIQUE NAUTISME SAS · {inv}"),
        C("Nantes Métropole", "Service Income", ("d", ["2025-11-05"]), 5940.00,
          QO_IN + "DRFIP PAYS DE LA LOIRE ET DEP LOIRE ATL · NANTES METROPOLE MDT {n6} "
          "BORD {n4} FACT {inv}"),
        C("Ouest-France", "Service Income", ("d", ["2025-12-03"]), 2760.00,
          "Virement instantané reçu · SA OUEST-FRANCE · {inv} VIDEO MARQUE EMPLOYEUR"),
        C("", "Service Income", ("d", ["2025-10-28"]), 1320.00, "Remise de chèque · N° {n7}",
          key="chq"),
        C("Région Pays de la Loire", "Other Income", ("d", ["2025-12-12"]), 8000.00,
          QO_IN + "REGION PAYS DE LA LOIRE · AIDE FONDS AUDIOVISUEL CP-{n6}"),
        C("Amazon", "Refunds", ("d", ["2025-11-17"]), 89.99,
          "Remboursement carte · AMAZON PAYMENTS EUROPE S.C.A. · LUXEMBOURG" + QO_END,
          card=True),
        C("Camille Le Goff", "Owner Draw / Contribution", ("d", ["2025-10-06"]), 5000.00,
          QO_IN + "Camille Le Goff · Apport compte courant associe", key="owner"),
        C("", "Internal Transfer", ("d", ["2025-12-15"]), 1800.00,
          "Virement interne · Depuis Réserve TVA · Brume Production", key="reserve-in"),
        # ---- crew and freelancers
        C("Julien Bertin", "Professional Services", ("d", ["2025-10-31", "2025-12-05"]),
          (-2400, -1100), QO_OUT + "Julien Bertin · Facture {n3} montage"),
        C("Malt", "Professional Services", ("d", ["2025-11-20"]), -1680.00,
          QO_OUT + "MALT COMMUNITY · Mission {X8} motion design"),
        C("Léa Morvan", "Salaries & Payroll", ("last",), (-2180, -2140),
          QO_OUT + "Léa Morvan · Salaire {mon}"),
        C("URSSAF", "Salaries & Payroll", ("m", 15), (-2150, -1600),
          QO_DD + "URSSAF PAYS DE LA LOIRE · DSN {pmon} · {k[d18]}" + QO_MANDATE),
        C("Audiens", "Salaries & Payroll", ("m", 15, [1, 2]), (-460, -310),
          QO_DD + "AUDIENS PREVOYANCE · Cotisations {pmon}" + QO_MANDATE),
        C("Congés Spectacles", "Salaries & Payroll", ("d", ["2025-12-15"]), -212.80,
          QO_DD + "CAISSE DES CONGES SPECTACLES · Cotisations {pmon}" + QO_MANDATE),
        C("DGFiP", "Salaries & Payroll", ("m", 15, [1, 2]), (-310, -240),
          QO_DD + "DGFIP · PAS {pmon} {n10}" + QO_MANDATE, key="dgfip"),
        C("PayFit", "Software & Subscriptions", ("m", 4, [1, 2]), -99.00,
          QO_DD + "PAYFIT SAS · Abonnement {mon}" + QO_MANDATE),
        # ---- taxes
        C("DGFiP", "Taxes", ("m", 23, [0, 1]), (-3900, -1500),
          QO_DD + "DGFIP · TVA {pmon} CA3 {n10}" + QO_MANDATE, key="dgfip"),
        C("DGFiP", "Taxes", ("d", ["2025-12-15"]), -618.00,
          QO_DD + "DGFIP · CFE 2025 AVIS {n13}" + QO_MANDATE, key="dgfip"),
        # ---- production costs and equipment
        C("Loca Ciné Ouest", "Cost of Goods Sold", ("d", ["2025-10-09", "2025-11-24"]),
          (-1900, -650), QO_OUT + "LOCA CINE OUEST · Location materiel tournage {n4}"),
        C("Musicbed", "Cost of Goods Sold", ("d", ["2025-11-13"]), -254.71,
          QO_CARD + "MUSICBED · FORT WORTH" + QO_END + " · 299,00 USD · taux 1,1739",
          card=True, lag=1),
        C("Apple", "Equipment", ("d", ["2025-10-23"]), -2899.00,
          QO_CARD + "APPLE.COM/FR · PARIS" + QO_END, card=True),
        C("Amazon", "Supplies & Materials", ("d", ["2025-11-10"]), -214.97,
          QO_CARD + "AMAZON PAYMENTS EUROPE S.C.A. · LUXEMBOURG" + QO_END, card=True),
        # ---- software and subscriptions
        C("Adobe", "Software & Subscriptions", ("m", 3), -85.19,
          QO_CARD + "ADOBE *CREATIVE CLOUD · DUBLIN" + QO_END, card=True),
        C("Epidemic Sound", "Software & Subscriptions", ("m", 16, [1, 2]), -17.99,
          QO_CARD + "EPIDEMIC SOUND AB · STOCKHOLM" + QO_END, card=True),
        C("Pennylane", "Software & Subscriptions", ("m", 6, [0, 2]), -79.00,
          QO_DD + "PENNYLANE · Abonnement {mon}" + QO_MANDATE),
        C("Google", "Software & Subscriptions", ("m", 1, [0, 1]), -27.60,
          QO_CARD + "GOOGLE *WORKSPACE · DUBLIN" + QO_END, card=True),
        # ---- premises, utilities, insurance, loan
        C("SCI Quai des Antilles", "Rent", ("m", 5), -1150.00,
          "Virement permanent émis · SCI QUAI DES ANTILLES · Loyer {mon} atelier"),
        C("TotalEnergies", "Utilities", ("m", 11, [1]), -142.60,
          QO_DD + "TOTALENERGIES ELECTRICITE ET GAZ FRANCE · Facture {n10}" + QO_MANDATE),
        C("Free", "Utilities", ("m", 20, [0, 1]), -47.98,
          QO_DD + "FREE PRO · Abonnement Freebox Pro" + QO_MANDATE),
        C("Hiscox", "Insurance", ("m", 8, [0, 1]), -96.42,
          QO_DD + "HISCOX SA · Contrat RC PRO + MATERIEL {k[d8]}" + QO_MANDATE),
        C("Bpifrance", "Loan Repayment", ("m", 10), -833.34,
          QO_DD + "BPIFRANCE · ECHEANCE PRET {k[d9]}" + QO_MANDATE),
        # ---- travel, meals, marketing, accountant
        C("SNCF", "Travel", ("d", ["2025-11-02", "2025-12-04"]), (-148, -64),
          QO_CARD + "SNCF CONNECT · PARIS" + QO_END, card=True),
        C("TotalEnergies", "Travel", ("r", 2), (-95, -52),
          QO_CARD + "TOTALENERGIES SS NANTES BEAULIEU · NANTES" + QO_END, card=True),
        C("Airbnb", "Travel", ("d", ["2025-10-12"]), -386.00,
          QO_CARD + "AIRBNB * HM{X8} · DUBLIN" + QO_END, card=True),
        C("Crêperie du Bouffay", "Meals & Entertainment", ("r", 2), (-96, -38),
          QO_CARD + "CREPERIE DU BOUFFAY · NANTES" + QO_END, card=True),
        C("ANTAI", "Other Expense", ("d", ["2025-11-21"]), -35.00,
          QO_CARD + "ANTAI FPS NANTES · RENNES" + QO_END, card=True),
        C("LinkedIn", "Marketing & Advertising", ("d", ["2025-11-18"]), -150.00,
          QO_CARD + "LINKEDIN *{X8} · DUBLIN" + QO_END, card=True),
        C("Cabinet Guérin Expertise", "Professional Services", ("m", 12, [1, 2]), -384.00,
          QO_DD + "CABINET GUERIN EXPERTISE · Honoraires {mon}" + QO_MANDATE),
        # ---- owner and bank
        C("Camille Le Goff", "Owner Draw / Contribution", ("d", ["2025-12-22"]), -2500.00,
          QO_OUT + "Camille Le Goff · Remboursement compte courant", key="owner"),
        C("", "Bank Fees", ("m", 1), -29.00,
          "Frais Qonto · Abonnement Essential · {pmon} {py}", key="fee"),
        C("", "Bank Fees", ("d", ["2025-11-13"]), -5.09,
          "Frais Qonto · Paiement carte hors zone euro · MUSICBED · {pd:%d/%m/%Y}",
          card=True, lag=1, key="fxfee"),
        C("", "Internal Transfer", ("d", ["2025-10-24"]), -1800.00,
          "Virement interne · Vers Réserve TVA · Brume Production", key="reserve-out"),
        C("", "Internal Transfer", ("d", ["2025-11-29"]), -150.00,
          "Retrait DAB · CM NANTES BOUFFAY" + QO_END, card=True, key="atm"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# 6. pt-tile-workshop: Azul do Bonfim - Atelier de Azulejos, Lda, Porto (Bonfim)
#    Banco BPI business account (BPI Net Empresas), Portuguese capitals without accents:
#    `PAG CARTAO DEB ****nnnn dd.mm <merchant> <localidade> PRT`, `DEVOL CARTAO DEB`, `TRF SEPA DE
#    <NOME> <descritivo>`, `TRF IMED DE`, `TRF SEPA P/ <NOME> <descritivo>`, `TRF PERIOD P/`,
#    `MB WAY DE <NOME>`, `DEB DIRECTO <credor> ADC <autorizacao>`, `PAGAMENTO AO ESTADO REF`,
#    `PAG SEG SOCIAL REF`, `PAG SERV ENT … REF …`, `LIQ VENDAS TPA <terminal>` + `COM TPA`,
#    `DEPOSITO NUMERARIO`, `LEVANT ATM`, `PREST CREDITO … PREST n`, `COMISSAO GESTAO CONTA` +
#    `IMPOSTO SELO S/COMISSAO`.
# --------------------------------------------------------------------------------------------

BP_CARD = "PAG CARTAO DEB ****{card} {pd:%d.%m} "
BP_IN = "TRF SEPA DE "
BP_OUT = "TRF SEPA P/ "
BP_DD = "DEB DIRECTO "


def tile_workshop() -> Biz:
    b = Biz("pt-tile-workshop", "EU", "pt", (2026, 4),
            Cal(["2026-04-03", "2026-04-06", "2026-05-01", "2026-06-04", "2026-06-10",
                 "2026-06-24"]), ["5120"], "FT A/{:04d}", 312, amount_style="eu")
    b.cps = [
        # ---- money in: shop, platforms, trade customers, workshops
        C("Etsy", "Sales Revenue", ("r", 3), (240, 1650),
          BP_IN + "ETSY IRELAND UC ETSY PAYOUT {n10}"),
        C("Stripe", "Sales Revenue", ("r", 2), (180, 1200),
          BP_IN + "STRIPE TECHNOLOGY EUROPE LTD STRIPE {X10}"),
        C("", "Sales Revenue", ("r", 4), (140, 1380),
          "LIQ VENDAS TPA {s[d7_tpa]} MOV {d:%d%m}", key="tpa"),
        C("", "Sales Revenue", ("d", ["2026-05-18"]), 635.00,
          "DEPOSITO NUMERARIO BALCAO PORTO BONFIM", key="cash"),
        C("Airbnb", "Sales Revenue", ("r", 2), (310, 980),
          BP_IN + "AIRBNB PAYMENTS LUXEMBOURG S.A. G-{X10}"),
        C("Hotel Ribeira do Douro", "Sales Revenue", ("d", ["2026-04-15", "2026-06-16"]),
          [2460.00, 3690.00], BP_IN + "HOTEL RIBEIRA DO DOURO LDA {inv} PAINEL AZULEJO",
          BP_IN + "HOTEL RIBEIRA DO DOURO LDA LIQ {inv}", ordered=True),
        C("Taberna do Bonfim", "Sales Revenue", ("d", ["2026-04-22"]), 412.50,
          "TRF IMED DE TABERNA DO BONFIM UNIP LDA {inv}"),
        C("Joana Pinto", "Service Income", ("d", ["2026-04-09"]), 90.00,
          "MB WAY DE JOANA PINTO 91*****{n3}"),
        C("João Gonçalves", "Service Income", ("d", ["2026-06-02"]), 45.00,
          "MB WAY DE JOAO GONCALVES 96*****{n3}"),
        C("Farfetch", "Service Income", ("d", ["2026-05-27"]), 1476.00,
          BP_IN + "FARFETCH PORTUGAL UNIPESSOAL LDA TEAM WORKSHOP {inv}"),
        C("Câmara Municipal do Porto", "Other Income", ("d", ["2026-06-19"]), 3000.00,
          BP_IN + "MUNICIPIO DO PORTO APOIO ARTES OFICIOS {k[d6]}"),
        C("Leroy Merlin", "Refunds", ("d", ["2026-05-09"]), 27.98,
          "DEVOL CARTAO DEB ****{card} {pd:%d.%m} LEROY MERLIN PORTO PORTO PRT", card=True),
        # ---- tiles, glazes, packaging, shipping, supplies, kiln
        C("Revigrés", "Cost of Goods Sold", ("d", ["2026-04-08", "2026-05-28"]), (-1900, -980),
          BP_OUT + "REVIGRES IND REVESTIMENTOS GRES LDA FT {n7}"),
        C("Viúva Lamego", "Cost of Goods Sold", ("d", ["2026-06-09"]), -742.80,
          BP_OUT + "FABRICA CERAMICA VIUVA LAMEGO LDA FT {n6}"),
        C("CTT", "Cost of Goods Sold", ("r", 2), (-64, -18),
          BP_CARD + "CTT LOJA BONFIM PORTO PRT", card=True),
        C("DHL", "Cost of Goods Sold", ("m", 14, [1, 2]), (-160, -95),
          BP_DD + "DHL EXPRESS PORTUGAL LDA ADC {k[d11]}"),
        C("Leroy Merlin", "Supplies & Materials", ("d", ["2026-05-02"]), -96.47,
          BP_CARD + "LEROY MERLIN PORTO PORTO PRT", card=True),
        C("Nabertherm", "Equipment", ("d", ["2026-04-28"]), -684.00,
          BP_OUT + "NABERTHERM GMBH RG {n8} RESISTENCIAS FORNO"),
        # ---- premises, utilities, insurance
        C("Imobiliária Campanhã", "Rent", ("m", 8), -980.00,
          "TRF PERIOD P/ IMOBILIARIA CAMPANHA LDA RENDA {MON}"),
        C("EDP", "Utilities", ("m", 17, [0, 2]), (-340, -210),
          BP_DD + "EDP COMERCIAL ADC {k[d11]}"),
        C("Águas do Porto", "Utilities", ("m", 21, [0, 2]), (-44, -33),
          BP_DD + "AGUAS DO PORTO EM ADC {k[d11]}"),
        C("MEO", "Utilities", ("m", 12, [1, 2]), -52.99, BP_DD + "MEO SA ADC {k[d11]}"),
        C("Ageas", "Insurance", ("d", ["2026-04-14"]), -318.60,
          BP_DD + "AGEAS PORTUGAL CIA SEGUROS SA ADC {k[d11]} MULTIRRISCOS"),
        C("Ageas", "Insurance", ("m", 14, [1, 2]), -41.25,
          BP_DD + "AGEAS PORTUGAL CIA SEGUROS SA ADC {k[d11]} AC TRABALHO", key="ageas-at"),
        # ---- staff, Segurança Social, Autoridade Tributária
        C("Beatriz Sousa Lima", "Salaries & Payroll", ("last",), (-1020, -985),
          BP_OUT + "BEATRIZ SOUSA LIMA ORDENADO {MON}"),
        C("Rui Miguel Pacheco", "Salaries & Payroll", ("last", [1, 2]), -912.40,
          BP_OUT + "RUI MIGUEL PACHECO ORDENADO {MON}"),
        C("Segurança Social", "Salaries & Payroll", ("m", 20, [0, 1]), (-780, -720),
          "PAG SEG SOCIAL REF {n11}"),
        C("Autoridade Tributária", "Salaries & Payroll", ("m", 20, [0, 2]), (-160, -115),
          "PAGAMENTO AO ESTADO REF {n15}", key="at"),
        C("Autoridade Tributária", "Taxes", ("d", ["2026-05-20"]), -2864.17,
          "PAGAMENTO AO ESTADO REF {n15}", key="at"),
        C("Autoridade Tributária", "Taxes", ("d", ["2026-05-29"]), -1932.08,
          "PAGAMENTO AO ESTADO REF {n15}", key="at"),
        C("Câmara Municipal do Porto", "Taxes", ("d", ["2026-04-29"]), -86.40,
          "PAG SERV ENT 21{k[d3]} REF {n9} MUNICIPIO DO PORTO TAXA PUBLICIDADE"),
        # ---- accountant, software, marketing, travel, meals
        C("Contabilidade Paranhos", "Professional Services", ("m", 5, [1, 2]), -246.00,
          BP_OUT + "CONTABILIDADE PARANHOS LDA AVENCA {MON}"),
        C("Moloni", "Software & Subscriptions", ("m", 11, [0, 1]), -29.52,
          BP_CARD + "MOLONI COIMBRA PRT", card=True),
        C("Wix", "Software & Subscriptions", ("m", 23, [0, 1]), -27.00,
          BP_CARD + "WIX.COM {n9} TEL AVIV ISR", card=True),
        C("Canva", "Software & Subscriptions", ("m", 2, [1, 2]), -11.99,
          BP_CARD + "CANVA* {X8} SURRY HILLS AUS", card=True),
        C("Meta", "Marketing & Advertising", ("r", 2), (-90, -30),
          BP_CARD + "FACEBK *{X10} DUBLIN IRL", card=True),
        C("Via Verde", "Travel", ("m", 9, [1, 2]), (-31, -18),
          BP_DD + "VIA VERDE PORTUGAL ADC {k[d11]}"),
        C("Taberna do Bonfim", "Meals & Entertainment", ("d", ["2026-06-05"]), -38.50,
          BP_CARD + "TABERNA DO BONFIM PORTO PRT", card=True),
        # ---- loans, owner, bank
        C("", "Loan Repayment", ("m", 25, [0, 1]), -612.37,
          "PREST CREDITO {s[d10_loan]} PREST {i}", key="loan", i0=17),
        C("Montepio Crédito", "Loan Repayment", ("m", 3, [1, 2]), -287.90,
          BP_DD + "MONTEPIO CREDITO IFIC SA ADC {k[d11]}"),
        C("Inês Carvalho Moreira", "Owner Draw / Contribution", ("d", ["2026-06-26"]),
          -3500.00, BP_OUT + "INES CARVALHO MOREIRA DIVIDENDOS 2025"),
        C("", "Bank Fees", ("m", 1, [1, 2]), -7.50, "COMISSAO GESTAO CONTA {PMON}", key="fee"),
        C("", "Taxes", ("m", 1, [1, 2]), -0.30, "IMPOSTO SELO S/COMISSAO", key="selo"),
        C("", "Bank Fees", ("m", 2, [1]), (-14, -9), "COM TPA {s[d7_tpa]} {PMON}", key="comtpa"),
        C("", "Internal Transfer", ("d", ["2026-04-23"]), -100.00,
          "LEVANT ATM ****{card} {pd:%d.%m} PORTO CAMPANHA", card=True, key="atm"),
    ]
    return b


# --------------------------------------------------------------------------------------------
# Output, checks and counts
# --------------------------------------------------------------------------------------------

BUSINESSES = [crop_duster, saddle_maker, racehorse_trainer, husky_safari, video_production,
              tile_workshop]
COLUMNS = ["region", "business", "date", "amount", "description", "entity", "category"]


def check(biz: Biz, rows: list[dict]) -> None:
    for row in rows:
        day = iso(row["date"])
        assert biz.first <= day <= biz.end, row
        assert biz.cal.banking(day), row
        assert row["category"] in CATEGORIES, row
        assert re.fullmatch(r"-?\d+\.\d\d", row["amount"]) and float(row["amount"]) != 0, row
        assert "{" not in row["description"] and "}" not in row["description"], row
        assert row["entity"] == row["entity"].strip(), row


def main() -> None:
    rows: list[dict] = []
    for n, make in enumerate(BUSINESSES):
        biz = make()
        part = generate(biz, SEED * 10 + n)
        check(biz, part)
        rows.extend(part)

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    OUT.write_bytes(buf.getvalue().encode("utf-8"))

    total = len(rows)
    assert 430 <= total <= 470, total

    def pct(k: int) -> str:
        return f"{100 * k / total:.1f} %"

    print(f"{OUT.name}: {total} rows, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")
    print("\nRows per business:")
    for bid, k in Counter(r["business"] for r in rows).items():
        months = sorted({r["date"][:7] for r in rows if r["business"] == bid})
        ins = sum(1 for r in rows if r["business"] == bid and float(r["amount"]) > 0)
        ents = len({r["entity"] for r in rows if r["business"] == bid and r["entity"]})
        print(f"  {bid:24} {k:3}  {months[0]}..{months[-1]}  in {ins:2}  entities {ents}")
    print("\nRows per region:")
    for region, k in Counter(r["region"] for r in rows).items():
        print(f"  {region}: {k} ({pct(k)})")
    ins = sum(1 for r in rows if float(r["amount"]) > 0)
    print(f"\nMoney in {ins} ({pct(ins)}), money out {total - ins}")
    with_entity = [r for r in rows if r["entity"]]
    ent_count = Counter(r["entity"] for r in with_entity)
    print(f"Distinct entities {len(ent_count)}; rows without entity {total - len(with_entity)} "
          f"({pct(total - len(with_entity))})")
    repeated = sum(k for k in ent_count.values() if k > 1)
    print(f"Rows whose entity occurs more than once: {repeated} of {len(with_entity)} "
          f"({100 * repeated / len(with_entity):.1f} %); entities occurring once "
          f"{sum(1 for k in ent_count.values() if k == 1)}, 2-8 times "
          f"{sum(1 for k in ent_count.values() if 2 <= k <= 8)}, more often "
          f"{', '.join(f'{e} {k}' for e, k in ent_count.most_common() if k > 8) or 'none'}")
    by_biz = defaultdict(set)
    for r in with_entity:
        by_biz[r["entity"]].add(r["business"])
    shared = sorted(e for e, b in by_biz.items() if len(b) > 1)
    print(f"Entities at more than one business: {', '.join(shared) or 'none'}")
    multi = defaultdict(set)
    for r in with_entity:
        multi[(r["business"], r["entity"])].add(r["category"])
    print("Entities in more than one category: " + "; ".join(
        f"{e} ({', '.join(sorted(c))})" for (_, e), c in sorted(multi.items()) if len(c) > 1))
    print("\nRows per category:")
    cats = Counter(r["category"] for r in rows)
    print("  " + ", ".join(f"{c} {cats.get(c, 0)}" for c in sorted(
        CATEGORIES, key=lambda c: (-cats.get(c, 0), CATEGORIES.index(c)))))


if __name__ == "__main__":
    main()
