#!/usr/bin/env python3
"""Generate ``labelled_transactions_18.csv``: the eighteenth, blind evaluation set.

Six fictional small businesses of kinds no earlier set uses, one account each, at banks none of
sets 1-16 uses: Simmons Bank (Searcy, Arkansas) and Old Second National Bank (Aurora, Illinois) in
the US; Reliance Bank (Braunston, Northamptonshire) in the UK; PTSB (permanent tsb, Castlebar,
Co Mayo, English), Crelan (Wetteren, East Flanders, Dutch) and Slovenská sporiteľňa (Žilina,
Slovak) in the euro area. Written blind: its author read only ``README.md``, the header line of
``labelled_transactions_13.csv``, the first 60 lines of ``make_labelled_transactions_13.py`` and
the category names in ``categories.py``; not CashPilot's code, vendor lists or rules, nor any
earlier rows. Descriptions are written from general knowledge of each bank's export style, not
copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its signed amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random: each business has
its own generator seeded from ``SEED`` and the business id, so the CSV is byte-identical from run
to run. Stable identifiers (mandates, creditor ids, IBANs with valid check digits, ACH company
ids, policy, customer and loan numbers) are not drawn from that generator: they come from a hash
of the business, the counterparty's label and the identifier's name (``{k[...]}``), or of the
business alone where several counterparties share them (``{s[...]}``), so they repeat between
occurrences and do not move when a counterparty is added.

Schedules:
  ``("m", day[, idx])``     monthly on ``day`` (next banking day), optionally only in months idx
  ``("last"[, idx])``       last banking day of the month
  ``("r", n)``              n random dates (banking days; card lines: any calendar day)
  ``("d", [iso, ...])``     explicit dates (moved to the next banking day; card lines: purchase)
  ``("every", iso, step)``  every ``step`` days from ``iso`` (moved to the previous banking day)
Amounts are signed: ``(lo, hi)`` uniform, a float (fixed), a list (one per occurrence, in
schedule order) or ``("choice", [..])``. Card lines (``card=True``): the schedule gives the
purchase date, which the template prints as ``{pd}``; the line posts 0-2 banking days later
(``lag=n`` fixes the delay, so that a foreign card payment and its fee post together).
Template fields (``str.format``): ``{d}`` / ``{pd}`` / ``{pm}`` / ``{m}`` posting date, purchase
date, first day of the previous / current month (strftime spec; a spec starting with ``^`` prints
upper case), ``{a}`` ``{ac}`` ``{ae}`` ``{au}`` the absolute amount (dot, comma, European and US
grouping), ``{n6}`` ``{X8}`` ``{A3}`` random digits / upper-case alphanumerics / letters, ``{t}``
a time hh:mm, ``{card}`` the card used, ``{k[name]}`` / ``{s[name]}`` a stable value of the
counterparty / the business (``d8`` digits, ``X10`` alphanumerics, ``iban_BE103`` an IBAN of that
country and bank, ``ci_BE`` a SEPA creditor id, ``ogm`` a Belgian structured reference; a suffix
``:tag`` gives a second value of the same kind), ``{inv}`` the business's next invoice number,
``{ogm}`` a fresh structured reference, ``{mon_nl}`` / ``{pmon_nl}`` / ``{mon_sk}`` /
``{pmon_sk}`` the month (of posting / the month before) in Dutch or Slovak. A format spec ``g``
groups an IBAN by four. ``ordered=True`` uses the templates in occurrence order instead of at
random.

Usage: python3 make_labelled_transactions_18.py  (writes the CSV next to it, prints counts).
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
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 18_2026_1122
HERE = Path(__file__).resolve().parent
OUT = HERE / "labelled_transactions_18.csv"

CATEGORIES = [
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Taxes", "Supplies & Materials", "Loan Repayment", "Travel",
    "Meals & Entertainment", "Professional Services", "Equipment", "Insurance", "Bank Fees",
    "Cost of Goods Sold", "Other Expense", "Internal Transfer", "Owner Draw / Contribution",
]

MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON_SK = ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september",
          "október", "november", "december"]


def iso(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# --------------------------------------------------------------------------- data model

@dataclass
class CP:
    """One counterparty (or bank-only line) of one business, labelled once."""
    entity: str
    category: str
    sched: tuple
    amount: object
    tpls: tuple
    card: bool = False
    ordered: bool = False
    label: str = ""
    lag: int | None = None


def cp(entity, category, sched, amount, *tpls, card=False, ordered=False, label="", lag=None):
    assert category in CATEGORIES, category
    assert tpls, entity
    return CP(entity, category, sched, amount, tpls, card, ordered,
              label or entity or tpls[0][:40], lag)


@dataclass
class Biz:
    id: str
    region: str
    country: str
    start: dt.date
    end: dt.date
    holidays: set
    cards: list
    inv: tuple                      # (format, first number)
    cps: list = field(default_factory=list)

    def banking(self, d: dt.date) -> bool:
        return (d.weekday() < 5 and d not in self.holidays
                and (d.month, d.day) not in ((12, 25), (1, 1)))

    def next_bd(self, d: dt.date) -> dt.date:
        while not self.banking(d):
            d += dt.timedelta(days=1)
        return d

    def prev_bd(self, d: dt.date) -> dt.date:
        while not self.banking(d):
            d -= dt.timedelta(days=1)
        return d

    def add_bd(self, d: dt.date, n: int) -> dt.date:
        d = self.next_bd(d)
        for _ in range(n):
            d = self.next_bd(d + dt.timedelta(days=1))
        return d

    def months(self):
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def days(self, lo=None, hi=None):
        d, out = lo or self.start, []
        while d <= (hi or self.end):
            out.append(d)
            d += dt.timedelta(days=1)
        return out


# --------------------------------------------------------------------------- stable identifiers

def _num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(country: str, bban: str) -> str:
    check = 98 - _num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def creditor_id(country: str, national: str) -> str:
    check = 98 - _num(national + country + "00") % 97
    return f"{country}{check:02d}ZZZ{national}"


def _digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _sk_account(r: random.Random) -> str:
    weights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        body = [r.randint(0, 9) for _ in range(9)]
        body[0] = r.randint(1, 9)
        rest = sum(w * x for w, x in zip(weights, body)) % 11
        last = (11 - rest) % 11
        if last < 10:
            return "".join(map(str, [*body, last]))


def _nl_account(r: random.Random) -> str:
    while True:
        ds = [r.randint(0, 9) for _ in range(9)]
        ds[0] = r.randint(1, 9)
        s = sum(x * (10 - i) for i, x in enumerate(ds))
        last = (-s) % 11
        if last < 10:
            return "".join(map(str, [*ds, last]))


def ogm(r: random.Random) -> str:
    base = _digits(r, 10)
    chk = int(base) % 97 or 97
    s = base + f"{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def make_iban(spec: str, r: random.Random) -> str:
    cc, bank = spec[:2], spec[2:]
    if cc == "BE":
        bank = bank or r.choice(["001", "068", "734", "363", "979"])
        body = bank + "".join(str(r.randint(0, 9)) for _ in range(7))
        chk = int(body) % 97 or 97
        return iban("BE", body + f"{chk:02d}")
    if cc == "IE":
        bank = bank or r.choice(["AIBK", "BOFI", "IPBS"])
        nsc = {"AIBK": "93", "BOFI": "90", "IPBS": "99", "ULSB": "98"}.get(bank, "99")
        return iban("IE", bank + nsc + _digits(r, 4) + _digits(r, 8))
    if cc == "NL":
        bank = bank or r.choice(["RABO", "INGB", "ABNA"])
        return iban("NL", bank + _nl_account(r))
    if cc == "DE":
        blz = bank or r.choice(["37040044", "50010517", "76050101"])
        return iban("DE", blz + _digits(r, 10))
    if cc == "SK":
        bank = bank or r.choice(["0900", "1100", "0200", "7500"])
        prefix = "000000"
        if bank == "8180":
            prefix = "000000"
            acct = "70000" + _digits(r, 5)
        else:
            acct = _sk_account(r)
        return iban("SK", bank + prefix + acct)
    if cc == "GB":
        bank = bank or r.choice(["NWBK", "BARC", "LOYD", "HBUK"])
        return iban("GB", bank + _digits(r, 6) + _digits(r, 8))
    raise ValueError(spec)


def stable_value(name: str, r: random.Random) -> str:
    base = name.split(":")[0]
    m = re.fullmatch(r"([dXA])(\d+)", base)
    if m:
        kind, n = m.group(1), int(m.group(2))
        if kind == "d":
            return _digits(r, n)
        alphabet = string.ascii_uppercase + string.digits if kind == "X" else string.ascii_uppercase
        return "".join(r.choice(alphabet) for _ in range(n))
    if base.startswith("iban_"):
        return make_iban(base[5:], r)
    if base == "ci_BE":
        ent = "0" + _digits(r, 7)
        ent += f"{97 - int(ent) % 97:02d}"
        return creditor_id("BE", ent)
    if base == "ci_SK":
        return creditor_id("SK", "7000000" + _digits(r, 4))
    if base == "ci_IE":
        return creditor_id("IE", _digits(r, 6))
    if base == "ci_DE":
        return creditor_id("DE", _digits(r, 11))
    if base == "ogm":
        return ogm(r)
    raise KeyError(name)


class Keys:
    """Stable identifiers of one counterparty (or of the business when label is None)."""

    def __init__(self, biz: str, label: str | None):
        self.biz, self.label, self.cache = biz, label, {}

    def __getitem__(self, name: str) -> str:
        if name not in self.cache:
            h = hashlib.sha256(f"{self.biz}|{self.label or '*'}|{name}".encode()).digest()
            self.cache[name] = stable_value(name, random.Random(int.from_bytes(h[:8], "big")))
        return self.cache[name]


# --------------------------------------------------------------------------- rendering

def money(x: float, dec: str = ".", group: str = "") -> str:
    s = f"{abs(x):,.2f}"
    whole, frac = s.split(".")
    return whole.replace(",", group) + dec + frac


class Fmt(string.Formatter):
    """str.format with lazily generated noise fields (digits, letters, times, cards)."""

    def __init__(self, biz: Biz, rng: random.Random, counters: dict):
        super().__init__()
        self.biz, self.rng, self.counters = biz, rng, counters

    def get_value(self, key, args, kwargs):
        if key in kwargs:
            return kwargs[key]
        r = self.rng
        m = re.fullmatch(r"([nXAh])(\d+)", key)
        if m:
            kind, n = m.group(1), int(m.group(2))
            if kind == "n":
                return "".join(str(r.randint(0, 9)) for _ in range(n))
            alphabet = {"X": string.ascii_uppercase + string.digits,
                        "A": string.ascii_uppercase, "h": "0123456789ABCDEF"}[kind]
            return "".join(r.choice(alphabet) for _ in range(n))
        if key == "t":
            return f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}"
        if key == "card":
            return r.choice(self.biz.cards)
        if key == "inv":                          # one invoice number per line
            if "row_inv" not in self.counters:
                fmt, first = self.biz.inv
                n = self.counters.setdefault("inv", first)
                self.counters["inv"] = n + r.randint(1, 3)
                self.counters["row_inv"] = fmt.format(n)
            return self.counters["row_inv"]
        if key == "ogm":
            return ogm(r)
        raise KeyError(key)

    def format_field(self, value, spec):
        if isinstance(value, dt.date):
            upper = spec.startswith("^")
            s = value.strftime(spec.lstrip("^"))
            return s.upper() if upper else s
        if spec == "g":
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return super().format_field(value, spec)


def expand(b: Biz, c: CP, rng: random.Random) -> list[dt.date]:
    kind, months = c.sched[0], b.months()
    out: list[dt.date] = []
    if kind in ("m", "last"):
        idx = (c.sched[2] if kind == "m" and len(c.sched) > 2 else
               c.sched[1] if kind == "last" and len(c.sched) > 1 else range(len(months)))
        for i in idx:
            y, mo = months[i]
            last = calendar.monthrange(y, mo)[1]
            if kind == "m":
                d = dt.date(y, mo, min(c.sched[1], last))
                out.append(d if c.card else b.next_bd(d))
            else:
                out.append(b.prev_bd(dt.date(y, mo, last)))
    elif kind == "r":
        if c.card:
            pool = [d for d in b.days(hi=b.end - dt.timedelta(days=4))
                    if (d.month, d.day) not in ((12, 25), (1, 1))]
        else:
            pool = [d for d in b.days() if b.banking(d)]
        out = sorted(rng.sample(pool, c.sched[1]))
    elif kind == "d":
        out = [iso(s) if c.card else b.next_bd(iso(s)) for s in c.sched[1]]
    elif kind == "every":
        d = iso(c.sched[1])
        while d <= b.end:
            out.append(b.prev_bd(d))
            d += dt.timedelta(days=c.sched[2])
    else:
        raise ValueError(c.sched)
    return out


def amounts(spec, n: int, rng: random.Random) -> list[float]:
    if isinstance(spec, tuple) and spec and spec[0] == "choice":
        return [rng.choice(spec[1]) for _ in range(n)]
    if isinstance(spec, tuple):
        lo, hi = spec
        return [round(rng.uniform(lo, hi), 2) for _ in range(n)]
    if isinstance(spec, list):
        assert len(spec) == n, (spec, n)
        return list(spec)
    return [float(spec)] * n


def generate(b: Biz) -> list[tuple]:
    rng = random.Random(f"{SEED}:{b.id}")
    pending = []
    for ci, c in enumerate(b.cps):
        dates = expand(b, c, rng)
        amts = amounts(c.amount, len(dates), rng)
        for j, (d, a) in enumerate(zip(dates, amts)):
            lag = rng.choice((0, 1, 1, 2)) if c.lag is None else c.lag
            if c.card and not b.banking(d):       # a weekend purchase: the first banking day
                lag = max(0, lag - 1)             # after it already counts as one day later
            post = b.add_bd(d, lag) if c.card else d
            tpl = c.tpls[j % len(c.tpls)] if c.ordered else rng.choice(c.tpls)
            pending.append((post, ci, j, d, a, tpl))
    pending.sort(key=lambda p: (p[0], p[1], p[2]))
    fmt = Fmt(b, rng, {})
    keys = {ci: Keys(b.id, c.label) for ci, c in enumerate(b.cps)}
    shared = Keys(b.id, None)
    rows = []
    for post, ci, j, d, a, tpl in pending:
        c = b.cps[ci]
        assert a != 0, c.entity
        assert b.banking(post), (b.id, post, c.entity)
        if not (b.start <= post <= b.end):
            raise ValueError(f"{b.id}: {c.entity or c.label} posts {post} outside the window")
        fmt.counters.pop("row_inv", None)
        first = post.replace(day=1)
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        desc = fmt.format(
            tpl, d=post, pd=d, m=first, pm=prev, k=keys[ci], s=shared,
            a=money(a), ac=money(a, ","), ae=money(a, ",", "."), au=money(a, ".", ","),
            mon_nl=MON_NL[post.month - 1], pmon_nl=MON_NL[prev.month - 1],
            mon_sk=MON_SK[post.month - 1], pmon_sk=MON_SK[prev.month - 1])
        desc = re.sub(r"\s+$", "", desc)
        rows.append((b.region, b.id, post.isoformat(), f"{a:.2f}", desc, c.entity, c.category))
    return rows


def _visible(s: str) -> str:
    """A template as wide as it prints: noise fields replaced by that many placeholders."""
    s = re.sub(r"\{(?:[nXAh]|[ks]\[[dXA])(\d+)\]?\}", lambda m: "0" * int(m.group(1)), s)
    return re.sub(r"\{[a-z]+:([^}]*)\}",
                  lambda m: dt.date(2025, 12, 31).strftime(m.group(1).lstrip("^")), s)


def pad(s: str, n: int) -> str:
    """Cut or pad a printed field to the bank's fixed width (templates keep their fields)."""
    if "{" in s:
        return s + " " * max(0, n - len(_visible(s)))
    return s[:n].ljust(n)


# =========================================================================== businesses
#
# 1. us-feed-store: Little Red Feed & Seed LLC, Searcy, Arkansas (White County). Feed, seed,
#    fencing and pet food for farms and households; owners Wade and Carla Pruitt; four staff paid
#    through Square Payroll. Simmons Bank business checking, capitals:
#      DBT CRD PUR|RECUR|RETURN mm/dd/yy <merchant 23> <city 13> <st> #nnnn  (signature debit)
#      DBT CRD PIN PUR mm/dd/yy hh:mm <merchant> <city> <st> #nnnn          (PIN debit)
#      PREAUTH DEBIT|CREDIT <company 16> <entry 10> <id> CCD|PPD|WEB
#      ZELLE PAYMENT FROM|TO <NAME> [<memo>] ON mm/dd CONF# <id>
#      SIMMONS BILL PAY <payee cut at 20> CONF#nnnnnnn
#      BRANCH DEPOSIT <office> | MOBILE DEPOSIT REF #, RETURN DEPOSITED ITEM + RETURNED ITEM FEE
#      TRANSFER TO LOAN #XXXXXXnnnn LOAN PMT, SIMMONS VISA BUSINESS CARD PMT, ATM WITHDRAWAL,
#      MONTHLY MAINTENANCE FEE

US_2025_FALL = {iso("2025-09-01"), iso("2025-10-13")}
US_2026_WINTER = {iso("2026-01-19"), iso("2026-02-16")}


def sm_card(merchant, city, st="AR", kind="PUR"):
    return f"DBT CRD {kind} {{pd:%m/%d/%y}} {pad(merchant, 23)} {pad(city, 13)} {st} #{{card}}"


def sm_pin(merchant, city, st="AR"):
    return f"DBT CRD PIN PUR {{pd:%m/%d/%y}} {{t}} {merchant} {city} {st} #{{card}}"


def sm_ach(direction, company, entry, sec="CCD", idkey="{k[d10]}", tail=""):
    return (f"PREAUTH {direction} {pad(company, 16)} {pad(entry, 10)} {idkey} {sec}"
            + (f" {tail}" if tail else ""))


def sm_billpay(payee):
    return f"SIMMONS BILL PAY {pad(payee, 20)} CONF#{{n7}}"


FEED = Biz("us-feed-store", "US", "US", iso("2025-08-01"), iso("2025-10-31"), US_2025_FALL,
           ["4417", "9052"], ("{:05d}", 10412))
FEED.cps = [
    # ---- money in
    cp("Square", "Sales Revenue", ("r", 8), (410.0, 2650.0),
       sm_ach("CREDIT", "SQUARE INC", "SQ{d:%y%m%d}  ", idkey="{k[d10]}")),
    cp("", "Sales Revenue", ("r", 3), (320.0, 1480.0),
       "BRANCH DEPOSIT SEARCY MAIN OFFICE", "BRANCH DEPOSIT SEARCY MAIN OFFICE #{n4}",
       label="branch cash"),
    cp("", "Sales Revenue", ("r", 2), (118.0, 940.0), "MOBILE DEPOSIT REF #{n9}",
       label="mobile cheques"),
    cp("", "Sales Revenue", ("d", ["2025-09-17"]), -285.00, "RETURN DEPOSITED ITEM #{n9} NSF",
       label="returned cheque"),
    cp("", "Bank Fees", ("d", ["2025-09-17"]), -12.00, "RETURNED ITEM FEE",
       label="returned item fee"),
    cp("Travis Holloway", "Sales Revenue", ("r", 2), (184.0, 465.0),
       "ZELLE PAYMENT FROM TRAVIS HOLLOWAY ON {d:%m/%d} CONF# {X9}",
       "ZELLE PAYMENT FROM TRAVIS HOLLOWAY FEED ACCT ON {d:%m/%d} CONF# {X9}"),
    cp("Harding University", "Sales Revenue", ("r", 2), (640.0, 1860.0),
       sm_ach("CREDIT", "HARDING UNIVERSI", "VENDOR PMT", tail="INV {inv}")),
    cp("Purina", "Refunds", ("d", ["2025-10-09"]), 312.40,
       sm_ach("CREDIT", "PURINA ANIMAL NU", "REBATE Q3")),
    cp("Tractor Supply", "Refunds", ("d", ["2025-09-23"]), 64.99,
       sm_card("TRACTOR SUPPLY #1487", "SEARCY", kind="RETURN"), card=True),
    # ---- stock for resale
    cp("Purina", "Cost of Goods Sold", ("r", 2), (-5200.0, -2400.0),
       sm_ach("DEBIT", "PURINA ANIMAL NU", "INVOICES")),
    cp("White River Milling", "Cost of Goods Sold", ("r", 2), (-2300.0, -880.0),
       sm_billpay("WHITE RIVER MILLING")),
    cp("Pennington Seed", "Cost of Goods Sold", ("d", ["2025-08-19"]), -2418.60,
       sm_ach("DEBIT", "PENNINGTON SEED", "PAYMENT")),
    cp("Phillips Pet Food & Supplies", "Cost of Goods Sold", ("r", 2), (-1450.0, -620.0),
       sm_ach("DEBIT", "PHILLIPS PET FOO", "AUTOPAY", sec="WEB")),
    cp("Bobby Joe Kemp", "Cost of Goods Sold", ("r", 2), (-1500.0, -640.0),
       "ZELLE PAYMENT TO BOBBY JOE KEMP HAY ROUND BALES ON {d:%m/%d} CONF# {X9}",
       "ZELLE PAYMENT TO BOBBY JOE KEMP HAY ON {d:%m/%d} CONF# {X9}"),
    # ---- supplies, fuel, meals
    cp("Tractor Supply", "Supplies & Materials", ("r", 2), (-182.0, -24.0),
       sm_card("TRACTOR SUPPLY #1487", "SEARCY"), card=True),
    cp("Casey's", "Travel", ("r", 2), (-118.0, -46.0),
       sm_card("CASEYS #3712", "SEARCY"), sm_pin("CASEYS #3712", "SEARCY"), card=True),
    cp("Whataburger", "Meals & Entertainment", ("r", 1), (-38.0, -12.0),
       sm_card("WHATABURGER 1204", "SEARCY"), card=True),
    # ---- premises and running costs
    cp("Race Street Properties", "Rent", ("m", 1), -2850.00, sm_billpay("RACE STREET PROPERTIES")),
    cp("Entergy", "Utilities", ("m", 22, [0, 1]), (-640.0, -385.0),
       sm_ach("DEBIT", "ENTERGY ARKANSAS", "ENTERGY AR", sec="PPD")),
    cp("Searcy Water Utilities", "Utilities", ("m", 12, [1, 2]), (-96.0, -48.0),
       sm_billpay("SEARCY WATER UTILITIES")),
    cp("Republic Services", "Utilities", ("m", 5, [0, 2]), -96.40,
       sm_card("REPUBLIC SERVICES TRASH", "866-576-5548", st="AZ", kind="RECUR"), card=True),
    cp("AT&T", "Utilities", ("m", 18, [0, 1]), (-168.0, -142.0),
       sm_ach("DEBIT", "ATT", "PAYMENT", sec="PPD")),
    cp("Auto-Owners Insurance", "Insurance", ("m", 15, [0, 1]), -412.37,
       sm_ach("DEBIT", "AUTO-OWNERS INS", "PREM", sec="PPD")),
    cp("Intuit", "Software & Subscriptions", ("m", 9, [0, 2]), -90.00,
       sm_card("INTUIT *QBOOKS ONLINE", "CL.INTUIT.COM", st="CA", kind="RECUR"), card=True),
    cp("Meta", "Marketing & Advertising", ("r", 1), (-60.0, -25.0),
       sm_card("FACEBK *{X9}", "MENLO PARK", st="CA"), card=True),
    cp("White County Fair", "Marketing & Advertising", ("d", ["2025-09-06"]), -175.00,
       sm_card("SQ *WHITE COUNTY FAIR", "SEARCY"), card=True),
    cp("Critter Gitter Pest Control", "Other Expense", ("m", 10, [1]), -65.00,
       sm_billpay("CRITTER GITTER PEST CONTROL")),
    cp("Northern Tool", "Equipment", ("d", ["2025-08-27"]), -429.99,
       sm_card("NORTHERNTOOL.COM", "800-221-0516", st="MN"), card=True),
    cp("Beebe & Lane CPAs", "Professional Services", ("d", ["2025-09-10"]), -650.00,
       sm_billpay("BEEBE & LANE CPAS")),
    # ---- payroll and taxes
    cp("Square", "Salaries & Payroll", ("d", ["2025-08-06", "2025-09-03", "2025-10-15"]),
       (-3680.0, -3150.0), sm_ach("DEBIT", "SQUARE INC", "PAYROLL", idkey="{s[d10:sqpr]}")),
    cp("Square", "Salaries & Payroll", ("d", ["2025-08-06", "2025-10-15"]), (-1240.0, -1080.0),
       sm_ach("DEBIT", "SQUARE INC", "PR TAXES", idkey="{s[d10:sqpr]}"), label="Square tax"),
    cp("Square", "Software & Subscriptions", ("m", 1, [1, 2]), -59.00,
       sm_ach("DEBIT", "SQUARE INC", "PR FEE", idkey="{s[d10:sqpr]}"), label="Square fee"),
    cp("Arkansas Department of Finance and Administration", "Taxes", ("m", 20), (-720.0, -380.0),
       sm_ach("DEBIT", "AR DFA SALES TAX", "SALES TAX", idkey="{k[d9]}")),
    cp("White County Collector", "Taxes", ("d", ["2025-10-14"]), -1268.40,
       sm_billpay("WHITE COUNTY COLLECTOR")),
    cp("IRS", "Owner Draw / Contribution", ("d", ["2025-09-15"]), -3200.00,
       sm_ach("DEBIT", "IRS", "USATAXPYMT", sec="PPD", idkey="{n15}")),
    # ---- finance, owners, bank
    cp("Toyota Industries Commercial Finance", "Loan Repayment", ("m", 5, [0, 1]), -486.22,
       sm_ach("DEBIT", "TOYOTA INDUSTRIE", "LOAN PMT")),
    cp("", "Loan Repayment", ("m", 25), -1243.18, "TRANSFER TO LOAN #XXXXXX{k[d4]} LOAN PMT",
       label="own loan"),
    cp("", "Internal Transfer", ("m", 28, [1]), -1186.52,
       "SIMMONS VISA BUSINESS CARD PMT XXXX{k[d4]}", label="own card"),
    cp("", "Internal Transfer", ("r", 1), -200.00,
       "ATM WITHDRAWAL SIMMONS BANK 1000 E RACE AVE SEARCY AR", label="atm"),
    cp("", "Bank Fees", ("last",), -25.00, "MONTHLY MAINTENANCE FEE", label="fee"),
    cp("Wade Pruitt", "Owner Draw / Contribution", ("d", ["2025-08-15", "2025-10-15"]), -1500.00,
       "ZELLE PAYMENT TO WADE PRUITT OWNER DRAW ON {d:%m/%d} CONF# {X9}"),
]


# 2. us-medical-billing: Fox Valley Claims Solutions LLC, Aurora, Illinois. Medical billing and
#    coding for physician practices, a chiropractor, a physical-therapy clinic and an
#    orthopaedic group; owner Maribel Ortiz; five staff paid through ADP. Old Second National
#    Bank business checking, mixed case, fields joined with " - ":
#      POS Purchase|Recurring Debit Card|POS Return - mm/dd <MERCHANT> <CITY> <ST>
#        - Card ending nnnn
#      ACH Credit|ACH Debit - <COMPANY 16> - <ENTRY> - ID <id> - NAME: FOX VALLEY CLAIMS
#        (the receiver is the business itself; Bill.com credits add the payer after it)
#      Incoming Wire - ORG: <originator> - OBI: <text> - Ref <n> + Incoming Wire Fee
#      Zelle Payment From|To <name> [- <memo>] - Conf# <id>, Online Bill Pay - <PAYEE> - Conf# n
#      Remote Deposit - n Item(s), Online Transfer To|From Savings XXXXXXnnnn
#      Line of Credit Advance|Loan Payment - Note XXXXnnnn [- Principal|Interest],
#      Old Second Business Card Payment, Analysis Service Charge

def os_card(merchant, city, st="IL", kind="POS Purchase"):
    return f"{kind} - {{pd:%m/%d}} {merchant} {city} {st} - Card ending {{card}}"


def os_ach(direction, company, entry, idkey="{k[d10]}", name="FOX VALLEY CLAIMS", tail=""):
    return (f"ACH {direction} - {pad(company, 16)} - {entry} - ID {idkey} - NAME: {name}"
            + (f" - {tail}" if tail else ""))


BILLING = Biz("us-medical-billing", "US", "US", iso("2026-01-02"), iso("2026-03-31"),
              US_2026_WINTER, ["3381", "7726"], ("FV-{:04d}", 1187))
BILLING.cps = [
    # ---- clients (a service business: Service Income; Stripe payouts Sales Revenue)
    cp("Prairie Path Pediatrics", "Service Income", ("m", 10), (3780.0, 5240.0),
       os_ach("Credit", "PRAIRIE PATH PED", "VENDOR PMT")),
    cp("Batavia Family Chiropractic", "Service Income", ("m", 14), (1385.0, 1910.0),
       os_ach("Credit", "BILL.COM", "PAYABLES", idkey="{k[d10]}",
              tail="Batavia Family Chiro Inv {inv}")),
    cp("Naperville Physical Therapy", "Service Income", ("m", 8, [0, 2]), (2210.0, 2890.0),
       os_ach("Credit", "NAPERVILLE PHYSI", "PAYABLES")),
    cp("Fox River Orthopaedics", "Service Income", ("d", ["2026-01-27", "2026-03-24"]),
       [7860.00, 6415.50],
       "Incoming Wire - ORG: FOX RIVER ORTHOPAEDICS SC - OBI: INV {inv} BILLING SVCS - Ref {n16}"),
    cp("", "Bank Fees", ("d", ["2026-01-27", "2026-03-24"]), -15.00, "Incoming Wire Fee",
       label="wire fee"),
    cp("Anjali Mehta", "Service Income", ("r", 1), (640.0, 910.0),
       "Zelle Payment From ANJALI MEHTA MD - Conf# {X10}"),
    cp("", "Service Income", ("r", 2), (480.0, 2620.0), "Remote Deposit - 1 Item(s)",
       "Remote Deposit - 2 Item(s)", "Remote Deposit - 3 Item(s)", label="cheques"),
    cp("Stripe", "Sales Revenue", ("r", 2), (152.0, 1190.0),
       os_ach("Credit", "STRIPE", "TRANSFER", idkey="{k[d10]}")),
    cp("", "Financing", ("d", ["2026-01-21"]), 15000.00,
       "Line of Credit Advance - Note XXXX{s[d4:loc]}", label="loc advance"),
    cp("", "Loan Repayment", ("m", 27, [1, 2]), [-1071.46, -1063.80],
       "Loan Payment - Note XXXX{s[d4:loc]} - Principal & Interest", label="loc payment"),
    cp("", "Internal Transfer", ("d", ["2026-01-09"]), 5000.00,
       "Online Transfer From Savings XXXXXX{s[d4:sav]}", label="from savings"),
    cp("", "Internal Transfer", ("d", ["2026-03-20"]), -4000.00,
       "Online Transfer To Savings XXXXXX{s[d4:sav]}", label="to savings"),
    cp("Amazon", "Refunds", ("d", ["2026-02-23"]), 46.99,
       os_card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL", st="WA", kind="POS Return"), card=True),
    # ---- payroll and benefits
    cp("ADP", "Salaries & Payroll", ("d", ["2026-01-08", "2026-01-22", "2026-02-05", "2026-03-05"]),
       (-13400.0, -11800.0), os_ach("Debit", "ADP WAGE PAY", "WAGE PAY", idkey="{s[d10:adp]}")),
    cp("ADP", "Salaries & Payroll", ("d", ["2026-01-08", "2026-02-05"]), (-4820.0, -4090.0),
       os_ach("Debit", "ADP Tax", "ADP Tax", idkey="{s[d10:adp]}"), label="ADP tax"),
    cp("ADP", "Software & Subscriptions", ("d", ["2026-02-10"]), -186.40,
       os_ach("Debit", "ADP PAYROLL FEES", "ADP FEES", idkey="{s[d10:adp]}"), label="ADP fees"),
    cp("Illinois Department of Employment Security", "Salaries & Payroll", ("d", ["2026-01-29"]),
       -612.35, os_ach("Debit", "IL DEPT EMPL SEC", "UI TAX Q4")),
    cp("Blue Cross Blue Shield of Illinois", "Salaries & Payroll", ("m", 1, [0, 1]), -5631.80,
       os_ach("Debit", "HCSC BCBSIL", "PREMIUM")),
    # ---- office and running costs
    cp("Galena Boulevard Partners", "Rent", ("m", 1), -3450.00,
       "Online Bill Pay - GALENA BLVD PARTNERS - Conf# {n8}"),
    cp("ComEd", "Utilities", ("m", 17, [0, 1]), (-330.0, -238.0),
       os_ach("Debit", "COMMONWEALTH EDI", "UTIL PYMT")),
    cp("Nicor Gas", "Utilities", ("m", 12, [0, 1]), (-264.0, -148.0),
       os_ach("Debit", "NICOR GAS", "GAS PYMT")),
    cp("Comcast", "Utilities", ("m", 19, [1, 2]), -254.85,
       os_card("COMCAST BUSINESS", "800-391-3000", st="PA", kind="Recurring Debit Card"),
       card=True),
    cp("T-Mobile", "Utilities", ("m", 24, [1]), -186.00,
       os_ach("Debit", "T-MOBILE", "PCS SVC")),
    cp("Tebra", "Software & Subscriptions", ("m", 6, [0, 1]), (-1040.0, -890.0),
       os_ach("Debit", "TEBRA TECHNOLOG", "SUBSCRIPT")),
    cp("Microsoft", "Software & Subscriptions", ("m", 11, [0, 2]), -187.50,
       os_card("MSFT *E0400{X5}", "800-642-7676", st="WA", kind="Recurring Debit Card"),
       card=True),
    cp("Compliancy Group", "Software & Subscriptions", ("m", 15, [1]), -219.00,
       os_card("COMPLIANCY GROUP", "855-854-4722", st="NY", kind="Recurring Debit Card"),
       card=True),
    cp("AAPC", "Software & Subscriptions", ("d", ["2026-01-13"]), -210.00,
       os_card("AAPC", "800-626-2633", st="UT"), card=True),
    cp("Lob", "Cost of Goods Sold", ("m", 3, [0, 2]), (-980.0, -420.0),
       os_card("LOB.COM", "SAN FRANCISCO", st="CA"), card=True),
    cp("Stolp Island Accounting", "Professional Services", ("d", ["2026-03-12"]), -1250.00,
       "Online Bill Pay - STOLP ISLAND ACCOUNTING - Conf# {n8}"),
    cp("Rochelle Banks", "Professional Services", ("d", ["2026-01-16", "2026-02-13"]),
       [-1180.00, -1425.00], "Zelle Payment To Rochelle Banks - coding inv {n3} - Conf# {X10}"),
    cp("Chubb", "Insurance", ("d", ["2026-02-20"]), -1778.64,
       os_ach("Debit", "CHUBB", "INS PREM")),
    cp("Staples", "Supplies & Materials", ("r", 1), (-162.0, -34.0),
       os_card("STAPLES 00108", "AURORA"), card=True),
    cp("Amazon", "Supplies & Materials", ("r", 1), (-118.0, -22.0),
       os_card("AMAZON MKTPL*{X9}", "AMZN.COM/BILL", st="WA"), card=True),
    cp("Dell", "Equipment", ("d", ["2026-02-11"]), -1389.00,
       os_card("DELL SALES & SERVICE", "800-456-3355", st="TX"), card=True),
    cp("Fox River Taphouse", "Meals & Entertainment", ("r", 1), (-118.0, -46.0),
       os_card("TST* FOX RIVER TAPHOUSE", "AURORA"), card=True),
    cp("Metra", "Travel", ("r", 1), -9.50, os_card("METRA MOBILE", "CHICAGO"), card=True),
    cp("Google", "Marketing & Advertising", ("r", 1), (-250.0, -90.0),
       os_card("GOOGLE *ADS{n10}", "CC@GOOGLE.COM", st="CA"), card=True),
    cp("Illinois Secretary of State", "Taxes", ("d", ["2026-02-17"]), -75.00,
       os_card("IL SOS ANNUAL REPORT", "SPRINGFIELD"), card=True),
    # ---- the owner and the bank
    cp("IRS", "Owner Draw / Contribution", ("d", ["2026-01-15"]), -4200.00,
       os_ach("Debit", "IRS", "USATAXPYMT", idkey="{n15}", name="MARIBEL ORTIZ")),
    cp("Illinois Department of Revenue", "Owner Draw / Contribution", ("d", ["2026-01-15"]),
       -980.00, os_ach("Debit", "IL DEPT OF REVEN", "EST PAYMNT", idkey="{n12}",
                        name="MARIBEL ORTIZ")),
    cp("Maribel Ortiz", "Owner Draw / Contribution", ("m", 15), -3000.00,
       "Zelle Payment To Maribel Ortiz - owner draw - Conf# {X10}"),
    cp("", "Internal Transfer", ("m", 23, [1]), -1842.37,
       "Old Second Business Card Payment XXXX{k[d4]}", label="own card"),
    cp("", "Bank Fees", ("m", 2), (-46.0, -31.0), "Analysis Service Charge", label="analysis"),
]


# 3. uk-narrowboat-hire: Wharfside Narrowboats Ltd, Braunston, Northamptonshire. Six hire
#    narrowboats on the Grand Union and Oxford canals, week and short breaks from March, day
#    boats from Easter; director and shareholder Sarah Whitmore; one full-time boat hand and a
#    seasonal one. Reliance Bank business current account, capitals, names and references cut
#    at 18 characters:
#      VISA DEBIT <merchant 18> <town> GBR ddMONyy ****nnnn [USD x RATE r]
#      FASTER PAYMENT IN|OUT <NAME 18> REF <REF 18>, BACS CREDIT <NAME 18> REF <REF>
#      DIRECT DEBIT|STANDING ORDER <NAME 18> REF <REF>
#      CASH PAID IN POST OFFICE <branch> + POST OFFICE CASH HANDLING FEE
#      INTERNAL TRANSFER TO|FROM RESERVE ACCOUNT ****nnnn, NON-STERLING TRANSACTION FEE,
#      MONTHLY ACCOUNT FEE <MONyy>, CREDIT INTEREST RESERVE ACCOUNT

EW_2026_SPRING = {iso("2026-04-03"), iso("2026-04-06"), iso("2026-05-04"), iso("2026-05-25")}


def rb_card(merchant, town, country="GBR", fx=""):
    return (f"VISA DEBIT {pad(merchant, 18)} {town} {country} {{pd:^%d%b%y}} ****{{card}}"
            + (f" {fx}" if fx else ""))


def rb(kind, name, ref):
    return f"{kind} {pad(name, 18)} REF {ref}"


BOATS = Biz("uk-narrowboat-hire", "UK", "GB", iso("2026-03-02"), iso("2026-05-29"),
            EW_2026_SPRING, ["2207", "5930"], ("WB{:04d}", 2611))
BOATS.cps = [
    # ---- hirers and booking channels (holiday hire: Sales Revenue)
    cp("J Carter", "Sales Revenue", ("d", ["2026-03-09", "2026-05-06"]), [250.00, 1085.00],
       rb("FASTER PAYMENT IN", "MR & MRS J CARTER", "{inv} DEPOSIT"),
       rb("FASTER PAYMENT IN", "MR & MRS J CARTER", "{inv} BALANCE"), ordered=True),
    cp("R Okonkwo", "Sales Revenue", ("d", ["2026-03-16", "2026-04-20"]), [300.00, 1340.00],
       rb("FASTER PAYMENT IN", "OKONKWO R", "{inv} DEP"),
       rb("FASTER PAYMENT IN", "OKONKWO R", "{inv} BAL KESTREL"), ordered=True),
    cp("R Okonkwo", "Sales Revenue", ("d", ["2026-05-05"]), -150.00,
       rb("FASTER PAYMENT OUT", "R OKONKWO", "DAMAGE DEP RETURN"), label="R Okonkwo refund"),
    cp("Heathfield Ramblers", "Sales Revenue", ("d", ["2026-04-14"]), 1960.00,
       rb("FASTER PAYMENT IN", "HEATHFIELD RAMBLER", "GROUP BOOKING MAY")),
    cp("Anna Lindqvist", "Sales Revenue", ("d", ["2026-03-26"]), 845.00,
       rb("FASTER PAYMENT IN", "LINDQVIST ANNA", "{inv} WILLOW")),
    cp("Siobhán Nightingale", "Sales Revenue", ("d", ["2026-04-28"]), 690.00,
       rb("FASTER PAYMENT IN", "SIOBHAN NIGHTINGALE", "SHORT BREAK {inv}")),
    cp("Drifters", "Sales Revenue", ("m", 10, [1, 2]), [4285.60, 6932.15],
       rb("BACS CREDIT", "DRIFTERS WATERWAY HOLIDAYS", "OPERATOR PMT {pm:^%b}")),
    cp("Stripe", "Sales Revenue", ("r", 2), (380.0, 2240.0),
       rb("FASTER PAYMENT IN", "STRIPE PAYMENTS UK LTD", "STRIPE-{X8}")),
    cp("SumUp", "Sales Revenue", ("d", ["2026-04-08", "2026-05-12"]), (210.0, 640.0),
       rb("FASTER PAYMENT IN", "SUMUP PAYMENTS LTD", "SUMUP {n8}")),
    cp("", "Sales Revenue", ("d", ["2026-04-13"]), 385.00, "CASH PAID IN POST OFFICE DAVENTRY",
       label="cash"),
    cp("", "Bank Fees", ("d", ["2026-04-13"]), -1.54, "POST OFFICE CASH HANDLING FEE",
       label="cash fee"),
    cp("S Whitmore", "Owner Draw / Contribution", ("d", ["2026-03-04"]), 5000.00,
       rb("FASTER PAYMENT IN", "WHITMORE S", "DIRECTORS LOAN")),
    cp("S Whitmore", "Owner Draw / Contribution", ("d", ["2026-05-28"]), -2500.00,
       rb("FASTER PAYMENT OUT", "S WHITMORE", "DIVIDEND"), label="S Whitmore dividend"),
    cp("Calor", "Refunds", ("d", ["2026-05-19"]), 48.00,
       rb("FASTER PAYMENT IN", "CALOR GAS LTD", "CYL DEPOSIT REFUND")),
    cp("", "Internal Transfer", ("d", ["2026-04-09"]), 1800.00,
       "INTERNAL TRANSFER FROM RESERVE ACCOUNT ****{s[d4:res]}", label="from reserve"),
    cp("", "Internal Transfer", ("d", ["2026-05-27"]), -2000.00,
       "INTERNAL TRANSFER TO RESERVE ACCOUNT ****{s[d4:res]}", label="to reserve"),
    cp("", "Interest", ("d", ["2026-03-31"]), 3.17,
       "CREDIT INTEREST RESERVE ACCOUNT ****{s[d4:res]}", label="interest"),
    # ---- the base, the boats and the turnarounds
    cp("Braunston Marina", "Rent", ("m", 1), -1450.00,
       rb("STANDING ORDER", "BRAUNSTON MARINA LTD", "MOORINGS WHARFSIDE")),
    cp("Braunston Marina", "Travel", ("r", 2), (-420.0, -180.0),
       rb_card("BRAUNSTON MARINA LTD", "DAVENTRY"), card=True, label="Braunston Marina diesel"),
    cp("Calor", "Utilities", ("m", 14, [0, 2]), (-184.0, -96.0),
       rb("DIRECT DEBIT", "CALOR GAS LTD", "{k[d9]}")),
    cp("Midland Chandlers", "Supplies & Materials", ("r", 2), (-178.0, -26.0),
       rb_card("MIDLAND CHANDLERS", "BRAUNSTON"), card=True),
    cp("Nene Valley Marine Engineering", "Equipment", ("d", ["2026-03-06", "2026-05-15"]),
       [-864.00, -392.40], rb("FASTER PAYMENT OUT", "NENE VALLEY MARINE ENGINEERING", "INV {n4}")),
    cp("Hillmorton Dry Dock", "Equipment", ("d", ["2026-03-11"]), -1150.00,
       rb("FASTER PAYMENT OUT", "HILLMORTON DRY DOCK", "BLACKING NB WILLOW")),
    cp("Daventry Linen Services", "Cost of Goods Sold", ("m", 28, [1, 2]), (-410.0, -265.0),
       rb("FASTER PAYMENT OUT", "DAVENTRY LINEN SERVICES", "INV {n5}")),
    cp("Tesco", "Cost of Goods Sold", ("r", 1), (-96.0, -38.0),
       rb_card("TESCO STORES 2931", "DAVENTRY"), card=True),
    cp("K Bellamy", "Professional Services", ("m", 30, [0, 1]), [-288.00, -352.00],
       rb("FASTER PAYMENT OUT", "K BELLAMY", "TURNAROUND CLEANS")),
    cp("M Tranter", "Professional Services", ("d", ["2026-03-19"]), -180.00,
       rb("FASTER PAYMENT OUT", "M TRANTER", "BSS EXAM NB KESTREL")),
    # ---- staff and HMRC
    cp("J Dawson", "Salaries & Payroll", ("last",), (-1920.0, -1860.0),
       rb("FASTER PAYMENT OUT", "J DAWSON", "WAGES {d:^%b}")),
    cp("T Mirza", "Salaries & Payroll", ("last", [2]), -1124.60,
       rb("FASTER PAYMENT OUT", "T MIRZA", "WAGES {d:^%b}")),
    cp("HMRC", "Salaries & Payroll", ("d", ["2026-03-20", "2026-04-22", "2026-05-22"]),
       [-612.48, -598.20, -866.54],
       rb("FASTER PAYMENT OUT", "HMRC CUMBERNAULD", "475PL{s[d8:paye]}2611"),
       rb("FASTER PAYMENT OUT", "HMRC CUMBERNAULD", "475PL{s[d8:paye]}2612"),
       rb("FASTER PAYMENT OUT", "HMRC CUMBERNAULD", "475PL{s[d8:paye]}2701"), ordered=True,
       label="HMRC PAYE"),
    cp("HMRC", "Taxes", ("d", ["2026-04-10"]), -1486.37,
       rb("DIRECT DEBIT", "HMRC VAT", "{s[d9:vrn]}"), label="HMRC VAT"),
    cp("NEST", "Salaries & Payroll", ("m", 17, [1, 2]), [-92.14, -128.60],
       rb("DIRECT DEBIT", "NEST", "{k[X10]}")),
    # ---- licences, insurance, utilities, rates
    cp("Canal & River Trust", "Taxes", ("m", 1, [1, 2]), -642.50,
       rb("DIRECT DEBIT", "CANAL & RIVER TRUST", "BL{k[d7]} HIRE FLEET")),
    cp("Navigators & General", "Insurance", ("m", 1, [0, 1]), -312.46,
       rb("DIRECT DEBIT", "NAVIGATORS & GENERAL", "{k[A3]}{k[d7]}")),
    cp("Octopus Energy", "Utilities", ("m", 15, [0, 1]), (-212.0, -148.0),
       rb("DIRECT DEBIT", "OCTOPUS ENERGY LTD", "A-{k[X8]}")),
    cp("Anglian Water", "Utilities", ("m", 20, [1]), -58.30,
       rb("DIRECT DEBIT", "ANGLIAN WATER SERVICES", "{k[d10]}")),
    cp("BT", "Utilities", ("m", 8, [1, 2]), -64.99,
       rb("DIRECT DEBIT", "BT GROUP PLC", "{k[A2]}{k[d8]}")),
    cp("EE", "Utilities", ("m", 19, [0]), -42.00, rb("DIRECT DEBIT", "EE LIMITED", "{k[d10]}")),
    cp("West Northamptonshire Council", "Taxes", ("m", 1, [1, 2]), -187.00,
       rb("DIRECT DEBIT", "WEST NORTHANTS COUNCIL", "NNDR {k[d8]}")),
    cp("Companies House", "Taxes", ("d", ["2026-04-16"]), -50.00,
       rb_card("COMPANIES HOUSE", "CARDIFF"), card=True),
    # ---- software, marketing, advisers
    cp("Checkfront", "Software & Subscriptions", ("m", 12, [0, 1]), [-38.52, -38.87],
       rb_card("CHECKFRONT.COM", "VANCOUVER", "CAN", fx="USD 49.00 RATE 1.2721"),
       rb_card("CHECKFRONT.COM", "VANCOUVER", "CAN", fx="USD 49.00 RATE 1.2606"),
       card=True, ordered=True, lag=1),
    cp("", "Bank Fees", ("m", 12, [0, 1]), [-1.06, -1.07], "NON-STERLING TRANSACTION FEE",
       card=True, lag=1, label="fx fee"),
    cp("Google", "Marketing & Advertising", ("r", 1), (-140.0, -60.0),
       rb_card("GOOGLE*ADS{n10}", "DUBLIN", "IRL"), card=True),
    cp("Kelsey Media", "Marketing & Advertising", ("d", ["2026-03-18"]), -295.00,
       rb("FASTER PAYMENT OUT", "KELSEY MEDIA LTD", "CANAL BOAT AD JUNE")),
    cp("Crick Boat Show", "Marketing & Advertising", ("d", ["2026-04-15"]), -540.00,
       rb("FASTER PAYMENT OUT", "CRICK BOAT SHOW", "STAND B14 {inv}")),
    cp("Daventry Tax & Accounts", "Professional Services", ("d", ["2026-04-24"]), -780.00,
       rb("FASTER PAYMENT OUT", "DAVENTRY TAX & ACCOUNTS", "YE ACCOUNTS 2025")),
    # ---- van, meals, finance, bank
    cp("Lombard", "Loan Repayment", ("m", 3, [0, 1]), -389.55,
       rb("DIRECT DEBIT", "LOMBARD NORTH CENTRAL", "{k[d9]}")),
    cp("Shell", "Travel", ("r", 1), (-78.0, -52.0), rb_card("SHELL DAVENTRY", "DAVENTRY"),
       card=True),
    cp("Wharf Tea Rooms", "Meals & Entertainment", ("r", 1), (-32.0, -12.0),
       rb_card("WHARF TEA ROOMS", "BRAUNSTON"), card=True),
    cp("", "Bank Fees", ("m", 2), -8.50, "MONTHLY ACCOUNT FEE {pm:^%b%y}", label="account fee"),
]


# 4. ie-butcher: Seán Moran trading as Moran's Family Butchers, Castlebar, Co Mayo. Counter
#    sales, a few restaurants and a nursing home on account, Christmas turkeys and hams ordered
#    online; three staff and a Christmas casual. PTSB (permanent tsb) business current account,
#    capitals, payee names cut at 18 characters:
#      POS [C/L|INT] dd/mm <merchant 18>            (card; C/L contactless, INT online)
#      ATM dd/mm <location>, D/D <creditor 18> <mandate>, S/O <payee 18> <ref>
#      SEPA CT IN <payer 18> <ref>                  (credit transfers received)
#      OPEN24 <payee 18> <ref>                      (payments made in open24 online banking)
#      OPEN24 BULK PAYMENT n ITEMS <ref>, LODGEMENT <branch>, LOAN REPAYMENT <account>,
#      MAINTENANCE FEE | TRANSACTION FEES dd/mm-dd/mm (quarterly)

IE_2025_AUTUMN = {iso("2025-10-27"), iso("2025-12-26")}


def pt_card(merchant, kind=""):
    return f"POS {kind + ' ' if kind else ''}{{pd:%d/%m}} {pad(merchant, 18)}"


def pt(kind, name, ref):
    return f"{kind} {pad(name, 18)} {ref}"


BUTCHER = Biz("ie-butcher", "EU", "IE", iso("2025-10-01"), iso("2025-12-31"), IE_2025_AUTUMN,
              ["4417", "0638"], ("MB{:04d}", 512))
BUTCHER.cps = [
    # ---- takings and trade customers (Sales Revenue)
    cp("Elavon", "Sales Revenue",
       ("d", ["2025-10-02", "2025-10-09", "2025-10-16", "2025-10-30", "2025-11-06",
              "2025-11-13", "2025-11-20", "2025-12-01"]), (1120.0, 3240.0),
       pt("SEPA CT IN", "ELAVON FINANCIAL SERVICES", "MID {s[d9:mid]} {n6}")),
    cp("Elavon", "Sales Revenue", ("d", ["2025-12-11", "2025-12-18", "2025-12-22"]),
       (3850.0, 7420.0), pt("SEPA CT IN", "ELAVON FINANCIAL SERVICES", "MID {s[d9:mid]} {n6}"),
       label="Elavon Christmas"),
    cp("", "Sales Revenue", ("r", 3), (640.0, 2380.0), "LODGEMENT CASTLEBAR",
       "LODGEMENT CASTLEBAR {n6}", label="lodgement"),
    cp("Rockfleet Bistro", "Sales Revenue", ("r", 2), (380.0, 960.0),
       pt("SEPA CT IN", "ROCKFLEET BISTRO LTD", "INV {inv}")),
    cp("Ballyvary Nursing Home", "Sales Revenue", ("m", 6), (1240.0, 1780.0),
       pt("SEPA CT IN", "BALLYVARY NURSING HOME", "{pm:^%b} ACC {k[d5]}")),
    cp("Castlebar Mitchels GAA Club", "Sales Revenue", ("d", ["2025-12-09"]), 865.00,
       pt("SEPA CT IN", "CASTLEBAR MITCHELS GAA", "XMAS DINNER {inv}")),
    cp("SumUp", "Sales Revenue", ("d", ["2025-11-25", "2025-12-16"]), [1420.60, 3186.45],
       pt("SEPA CT IN", "SUMUP LIMITED", "PAYOUT {n8}")),
    cp("Mayo County Council", "Other Income", ("d", ["2025-11-04"]), 1250.00,
       pt("SEPA CT IN", "MAYO COUNTY COUNCIL", "LEO TOV GRANT {k[d5]}"), label="Mayo LEO grant"),
    cp("Dawn Meats", "Refunds", ("d", ["2025-10-21"]), 186.20,
       pt("SEPA CT IN", "DAWN MEATS IRELAND", "CREDIT NOTE {n5}")),
    # ---- meat, turkeys, seasonings, packaging
    cp("Dawn Meats", "Cost of Goods Sold", ("r", 3), (-4780.0, -2240.0),
       pt("OPEN24", "DAWN MEATS IRELAND", "INV {n6}")),
    cp("Pádraig Walsh", "Cost of Goods Sold", ("r", 2), (-1640.0, -860.0),
       pt("OPEN24", "PADRAIG WALSH", "LAMBS {n2}")),
    cp("Ballinrobe Free Range Turkeys", "Cost of Goods Sold", ("d", ["2025-12-12", "2025-12-19"]),
       [-3840.00, -6215.50], pt("OPEN24", "BALLINROBE FREE RANGE", "TURKEYS XMAS INV {n4}")),
    cp("Dalziel", "Cost of Goods Sold", ("m", 15, [0, 2]), (-520.0, -240.0),
       pt("D/D", "DALZIEL LTD", "{k[X6]}{k[d4]}")),
    cp("Western Catering Supplies", "Cost of Goods Sold", ("d", ["2025-11-27"]), -684.30,
       pt("OPEN24", "WESTERN CATERING SUPPLIES", "INV {n5}")),
    # ---- premises, waste, energy, phones
    cp("Tiernan Properties", "Rent", ("m", 1), -2200.00,
       pt("S/O", "TIERNAN PROPERTIES", "RENT MAIN ST")),
    cp("Western Proteins", "Utilities", ("m", 5, [0, 1]), (-240.0, -180.0),
       pt("D/D", "WESTERN PROTEINS", "{k[d8]}")),
    cp("Electric Ireland", "Utilities", ("d", ["2025-10-20", "2025-12-18"]), [-1184.62, -1326.08],
       pt("D/D", "ELECTRIC IRELAND", "{k[d9]}")),
    cp("Uisce Éireann", "Utilities", ("d", ["2025-11-21"]), -148.90,
       pt("D/D", "UISCE EIREANN", "{k[d10]}")),
    cp("Three", "Utilities", ("m", 11, [1]), -54.99,
       pt("D/D", "THREE IRELAND HUTCHISON", "{k[d8]}")),
    cp("Virgin Media", "Utilities", ("m", 9, [0]), -65.00,
       pt("D/D", "VIRGIN MEDIA IRELAND", "{k[d9]}")),
    cp("Zurich", "Insurance", ("m", 7, [1]), -286.40,
       pt("D/D", "ZURICH INSURANCE", "{k[A2]}{k[d8]}")),
    # ---- wages and Revenue
    cp("", "Salaries & Payroll", ("d", ["2025-10-03", "2025-11-14", "2025-12-12"]),
       (-2980.0, -2740.0), "OPEN24 BULK PAYMENT 3 ITEMS WAGES", label="wages batch"),
    cp("Niamh Burke", "Salaries & Payroll", ("d", ["2025-12-23"]), -612.00,
       pt("OPEN24", "NIAMH BURKE", "XMAS WAGES")),
    cp("Revenue Commissioners", "Salaries & Payroll", ("m", 23), [-1318.44, -1294.06, -1402.18],
       pt("D/D", "REVENUE COMMISSIONERS", "ROS P30 {pm:^%b%y}"), label="Revenue P30"),
    cp("Revenue Commissioners", "Taxes", ("d", ["2025-11-23"]), -412.75,
       pt("D/D", "REVENUE COMMISSIONERS", "ROS VAT3 SEP-OCT"), label="Revenue VAT"),
    cp("Revenue Commissioners", "Owner Draw / Contribution", ("d", ["2025-11-13"]), -3640.00,
       pt("D/D", "REVENUE COMMISSIONERS", "ROS F11 PRELIM 2025"), label="Revenue Form 11"),
    cp("Mayo County Council", "Taxes", ("d", ["2025-10-15"]), -1186.00,
       pt("OPEN24", "MAYO CO CO RATES", "{k[d8]}"), label="Mayo rates"),
    # ---- equipment, software, van, marketing, advisers
    cp("Western Refrigeration", "Equipment", ("d", ["2025-11-18"]), -742.80,
       pt("OPEN24", "WESTERN REFRIGERATION", "COLD ROOM REPAIR")),
    cp("Sage", "Software & Subscriptions", ("m", 3, [1, 2]), -36.90,
       pt("D/D", "SAGE GLOBAL SERVICES", "{k[d8]}")),
    cp("Circle K", "Travel", ("r", 2), (-92.0, -48.0), pt_card("CIRCLE K CASTLEBAR"),
       pt_card("CIRCLE K CASTLEBAR", "C/L"), card=True),
    cp("SuperValu", "Supplies & Materials", ("r", 1), (-46.0, -18.0),
       pt_card("SUPERVALU CASTLEBAR", "C/L"), card=True),
    cp("McHale's Bar", "Meals & Entertainment", ("d", ["2025-12-20"]), -184.50,
       pt_card("MCHALES BAR CASTLEBAR"), card=True),
    cp("Midwest Radio", "Marketing & Advertising", ("d", ["2025-11-28"]), -320.00,
       pt("OPEN24", "MIDWEST RADIO", "XMAS TURKEY ADS")),
    cp("Meta", "Marketing & Advertising", ("r", 1), (-45.0, -20.0),
       pt_card("FACEBK *{X8}", "INT"), card=True),
    cp("Ó Máille Accountants", "Professional Services", ("d", ["2025-10-31"]), -984.00,
       pt("OPEN24", "O MAILLE ACCOUNTANTS", "FEE 2024 ACCOUNTS")),
    # ---- finance, owner, bank
    cp("First Citizen Finance", "Loan Repayment", ("m", 2, [0, 1]), -418.75,
       pt("D/D", "FIRST CITIZEN FINANCE", "{k[d8]}")),
    cp("", "Loan Repayment", ("m", 28, [0, 2]), -865.20, "LOAN REPAYMENT 70{s[d8:loan]}",
       label="own loan"),
    cp("Seán Moran", "Owner Draw / Contribution", ("d", ["2025-10-10", "2025-12-05"]), -1500.00,
       pt("OPEN24", "SEAN MORAN", "DRAWINGS")),
    cp("", "Internal Transfer", ("r", 1), -200.00, "ATM {pd:%d/%m} PTSB CASTLEBAR", card=True,
       label="atm"),
    cp("Elavon", "Bank Fees", ("m", 6, [0, 1]), (-41.0, -33.0),
       pt("D/D", "ELAVON FINANCIAL SERVICES", "TERMINAL {s[d9:mid]}"), label="Elavon fee"),
    cp("", "Bank Fees", ("d", ["2025-10-23"]), -18.00, "MAINTENANCE FEE 01/07-30/09",
       label="maintenance fee"),
    cp("", "Bank Fees", ("d", ["2025-10-23"]), -26.40, "TRANSACTION FEES 01/07-30/09",
       label="transaction fees"),
]


# 5. be-tree-nursery: Boomkwekerij De Linde BV, Wetteren (East Flanders). Field-grown and
#    container trees and hedging for garden centres, landscapers and towns, plus Christmas trees
#    sold at the farm in December; manager-director Pieter Van Hecke, one employee and a
#    seasonal worker for the lifting season. Crelan business account, Dutch, mixed case, fields
#    joined with " - ":
#      Overschrijving van|Instantoverschrijving van <NAAM> - <IBAN> - BIC <bic> - Mededeling: ..
#      Overschrijving naar|Doorlopende opdracht naar <NAAM> - <IBAN> - Mededeling: ..
#      Europese domiciliëring <SCHULDEISER> - Schuldeiser-ID .. - Mandaat .. - Mededeling: ..
#      Betaling Bancontact <MERCHANT> <PLAATS> - dd/mm/yyyy hh:mm - kaartnr. 6703 ** nnnn
#      Betaling Debit Mastercard <MERCHANT> <PLAATS> <LAND> - dd/mm/yyyy - kaartnr. 5356 ** nnnn
#      Geldopname Bancontact .., Terugbetaling investeringskrediet .., Beheerskosten Pro Pack ..,
#      Overschrijving naar eigen rekening ..
#    Belgian structured communications (+++123/4567/89012+++) carry valid check digits.

BE_2025_WINTER = {iso("2025-11-11"), iso("2025-12-26")}


def cr_in(name, iban_key, bic, msg, kind="Overschrijving van"):
    return f"{kind} {name} - {{k[{iban_key}]:g}} - BIC {bic} - Mededeling: {msg}"


def cr_out(name, iban_key, msg, kind="Overschrijving naar"):
    return f"{kind} {name} - {{k[{iban_key}]:g}} - Mededeling: {msg}"


def cr_dom(creditor, msg):
    return (f"Europese domiciliëring {creditor} - Schuldeiser-ID {{k[ci_BE]}} - "
            f"Mandaat {{k[X12]}} - Mededeling: {msg}")


def cr_card(merchant, place, kind="Bancontact", country=""):
    if kind == "Bancontact":
        return (f"Betaling Bancontact {merchant} {place} - {{pd:%d/%m/%Y}} {{t}} - "
                f"kaartnr. 6703 ** {{card}}")
    return (f"Betaling Debit Mastercard {merchant} {place} {country} - {{pd:%d/%m/%Y}} - "
            f"kaartnr. 5356 ** {{card}}")


NURSERY = Biz("be-tree-nursery", "EU", "BE", iso("2025-11-03"), iso("2026-01-30"),
              BE_2025_WINTER, ["2291", "8074"], ("VF25/{:04d}", 318))
NURSERY.cps = [
    # ---- customers (a grower selling trees: Sales Revenue)
    cp("Tuincentrum De Bosrand", "Sales Revenue", ("r", 3), (1840.0, 4620.0),
       cr_in("TUINCENTRUM DE BOSRAND BV", "iban_BE", "GEBABEBB", "factuur {inv}")),
    cp("Groenaanleg Verhaeghe", "Sales Revenue", ("r", 3), (960.0, 3380.0),
       cr_in("GROENAANLEG VERHAEGHE BV", "iban_BE", "KREDBEBB", "{ogm}")),
    cp("Stad Gent", "Sales Revenue", ("d", ["2025-12-17"]), 11268.40,
       cr_in("STAD GENT", "iban_BE", "GKCCBEBB", "BESTELBON 4500{k[d6]} FACTUUR {inv} LAANBOMEN")),
    cp("Intratuin", "Sales Revenue", ("d", ["2025-11-21"]), 7415.00,
       cr_in("INTRATUIN NEDERLAND B.V.", "iban_NLRABO", "RABONL2U", "INV {inv} REF {k[d8]}")),
    cp("Baumschule Lorenz", "Sales Revenue", ("d", ["2025-12-08"]), 3962.50,
       cr_in("BAUMSCHULE LORENZ GMBH & CO. KG", "iban_DE29050101", "SBREDE22XXX",
             "RECHNUNG {inv}")),
    cp("Sofie Janssens", "Sales Revenue", ("d", ["2025-11-26"]), 386.00,
       cr_in("JANSSENS SOFIE", "iban_BE", "KREDBEBB", "haagplanten beuk 120 st",
             kind="Instantoverschrijving van")),
    cp("Worldline", "Sales Revenue",
       ("d", ["2025-12-02", "2025-12-09", "2025-12-16", "2025-12-23"]), (640.0, 2980.0),
       cr_in("WORLDLINE SA", "iban_BE", "BBRUBEBB", "BCC {s[d10:tid]} {d:%d%m%Y} DE LINDE")),
    cp("Departement Landbouw en Visserij", "Other Income", ("d", ["2026-01-14"]), 8400.00,
       cr_in("VLAAMSE OVERHEID DEPARTEMENT LANDBOUW EN VISSERIJ", "iban_BE", "GKCCBEBB",
             "VLIF steun dossier {k[d7]} saldo")),
    cp("Peltracom", "Refunds", ("d", ["2025-12-03"]), 214.72,
       cr_in("PELTRACOM NV", "iban_BE", "KREDBEBB", "creditnota CN{k[d6]}{n2}")),
    # ---- plants, pots, substrate, transport (Cost of Goods Sold)
    cp("Jonge Planten Ruys", "Cost of Goods Sold", ("d", ["2025-11-18", "2026-01-22"]),
       [-4860.00, -2318.75], cr_out("JONGE PLANTEN RUYS B.V.", "iban_NLINGB", "factuur {n6}")),
    cp("Pöppelmann", "Cost of Goods Sold", ("d", ["2025-11-12", "2026-01-09"]),
       [-2146.30, -1684.90],
       cr_out("POEPPELMANN GMBH & CO. KG KUNSTSTOFFTECHNIK", "iban_DE28050000", "RE {n8}")),
    cp("Peltracom", "Cost of Goods Sold", ("d", ["2025-11-07", "2026-01-16"]),
       [-1938.40, -2204.15], cr_out("PELTRACOM NV", "iban_BE", "{ogm}")),
    cp("Transport De Clercq", "Cost of Goods Sold", ("d", ["2025-12-05", "2025-12-30"]),
       [-1240.00, -865.50], cr_out("TRANSPORT DE CLERCQ BV", "iban_BE", "{ogm}")),
    cp("Aveve", "Supplies & Materials", ("r", 2), (-386.0, -42.0),
       cr_card("AVEVE WETTEREN", "WETTEREN"), card=True),
    # ---- energy, water, phone, fuel
    cp("Brandstoffen Baeyens", "Utilities", ("d", ["2025-11-20", "2026-01-08"]),
       [-1486.20, -1720.85],
       cr_out("BRANDSTOFFEN BAEYENS BV", "iban_BE", "gasolie verwarming serre {n5}")),
    cp("Luminus", "Utilities", ("m", 12, [0, 2]), (-412.0, -338.0),
       cr_dom("LUMINUS NV", "voorschot {mon_nl} klantnr {k[d9]}")),
    cp("Farys", "Utilities", ("d", ["2025-12-10"]), -186.44,
       cr_dom("FARYS TMVW", "factuur {n10}")),
    cp("Proximus", "Utilities", ("m", 20, [1]), -94.37, cr_dom("PROXIMUS NV", "{ogm}")),
    cp("Q8", "Travel", ("r", 1), (-96.0, -58.0), cr_card("Q8 WETTEREN", "WETTEREN"), card=True),
    cp("DATS 24", "Travel", ("r", 1), (-88.0, -46.0),
       cr_card("DATS 24 DESTELBERGEN", "DESTELBERGEN"), card=True),
    # ---- insurance, social secretariat, payroll, taxes
    cp("Ethias", "Insurance", ("d", ["2025-11-28", "2026-01-05"]), [-618.90, -2436.12],
       cr_dom("ETHIAS NV", "polis {k[d8]} premie")),
    cp("Securex", "Software & Subscriptions", ("m", 10, [0, 1]), (-168.0, -142.0),
       cr_dom("SECUREX SOCIAAL SECRETARIAAT VZW", "factuur {n9}")),
    cp("RSZ", "Salaries & Payroll", ("d", ["2025-11-05", "2025-12-05", "2026-01-30"]),
       [-1286.00, -1286.00, -742.37],
       cr_out("RSZ", "iban_BE679", "RSZ {s[d10:rsz]} provisie {pmon_nl}"),
       cr_out("RSZ", "iban_BE679", "RSZ {s[d10:rsz]} provisie {pmon_nl}"),
       cr_out("RSZ", "iban_BE679", "RSZ {s[d10:rsz]} saldo 4e kwartaal 2025"), ordered=True),
    cp("FOD Financiën", "Salaries & Payroll", ("m", 14), [-684.20, -902.45, -741.10],
       cr_out("FOD FINANCIEN BEDRIJFSVOORHEFFING", "iban_BE679:bv", "{ogm}"),
       label="FOD bedrijfsvoorheffing"),
    cp("FOD Financiën", "Taxes", ("d", ["2026-01-20"]), -3186.42,
       cr_out("FOD FINANCIEN BTW", "iban_BE679:btw", "{ogm}"), label="FOD btw"),
    cp("FOD Financiën", "Taxes", ("d", ["2025-12-19"]), -2500.00,
       cr_out("FOD FINANCIEN VOORAFBETALINGEN", "iban_BE679:va", "{ogm}"), label="FOD va"),
    cp("Marius Popescu", "Salaries & Payroll", ("last", [0, 1]), [-2184.60, -2391.08],
       cr_out("POPESCU MARIUS", "iban_BE", "loon {mon_nl} 2025")),
    cp("Kristof Verbeke", "Salaries & Payroll", ("last",), [-2468.30, -2902.15, -2455.70],
       cr_out("VERBEKE KRISTOF", "iban_BE", "loon {mon_nl}")),
    cp("Pieter Van Hecke", "Owner Draw / Contribution", ("m", 25), -2800.00,
       cr_out("VAN HECKE PIETER", "iban_BE", "bezoldiging bedrijfsleider {mon_nl}",
              kind="Doorlopende opdracht naar")),
    cp("FAVV", "Taxes", ("d", ["2025-11-24"]), -318.66,
       cr_out("FAVV-AFSCA", "iban_BE679", "{k[ogm]} heffing 2025")),
    cp("Vlaamse Belastingdienst", "Taxes", ("d", ["2025-12-11"]), -642.18,
       cr_out("VLAAMSE BELASTINGDIENST", "iban_BE", "{k[ogm]} onroerende voorheffing 2025")),
    # ---- land, machinery, advisers, software, sundries
    cp("Jozef Baert", "Rent", ("d", ["2025-11-28"]), -1860.00,
       cr_out("BAERT JOZEF", "iban_BE", "pacht 2025 percelen Wetteren sectie B")),
    cp("CNH Industrial Capital", "Loan Repayment", ("m", 1, [1, 2]), -1148.36,
       cr_dom("CNH INDUSTRIAL CAPITAL EUROPE", "contract {k[d9]} termijn")),
    cp("", "Loan Repayment", ("m", 28, [0, 2]), -2186.40,
       "Terugbetaling investeringskrediet 103-{s[d7:krediet]}-{s[d2:krediet]} - "
       "kapitaal en intresten",
       label="own loan"),
    cp("Landbouwmechanisatie Van Damme", "Equipment", ("d", ["2025-12-12"]), -1342.80,
       cr_out("LANDBOUWMECHANISATIE VAN DAMME BV", "iban_BE", "herstelling tractor {n5}")),
    cp("Accountantskantoor De Meyer", "Professional Services", ("d", ["2026-01-12"]), -1210.00,
       cr_out("ACCOUNTANTSKANTOOR DE MEYER BV", "iban_BE", "ereloon {ogm}")),
    cp("Boerenbond", "Software & Subscriptions", ("d", ["2026-01-07"]), -235.00,
       cr_dom("BOERENBOND VZW", "lidmaatschap 2026")),
    cp("Odoo", "Software & Subscriptions", ("m", 4, [1]), -37.40,
       cr_card("ODOO SA", "GRAND-ROSIERE", kind="Mastercard", country="BEL"), card=True),
    cp("Meta", "Marketing & Advertising", ("d", ["2025-12-01"]), -60.00,
       cr_card("FACEBK *{X9}", "DUBLIN", kind="Mastercard", country="IRL"), card=True),
    cp("Frituur 't Pleintje", "Meals & Entertainment", ("r", 1), (-42.0, -18.0),
       cr_card("FRITUUR T PLEINTJE", "WETTEREN"), card=True),
    cp("Worldline", "Bank Fees", ("m", 6, [1, 2]), [-48.40, -61.75],
       cr_dom("WORLDLINE SA", "terminal huur en commissies {s[d10:tid]}"), label="Worldline fee"),
    cp("", "Bank Fees", ("m", 1), -12.50, "Beheerskosten Pro Pack {pmon_nl} {pm:%Y}",
       label="fees"),
    cp("", "Internal Transfer", ("d", ["2025-12-24"]), -5000.00,
       "Overschrijving naar eigen rekening BOOMKWEKERIJ DE LINDE BV - {s[iban_BE103:spaar]:g} - "
       "Mededeling: naar spaarrekening", label="savings"),
    cp("", "Internal Transfer", ("r", 1), -150.00,
       "Geldopname Bancontact Crelan Wetteren - {pd:%d/%m/%Y} {t} - kaartnr. 6703 ** {card}",
       card=True, label="atm"),
]


# 6. sk-accounting-office: EKONOMIK Žilina s.r.o., Žilina. Bookkeeping, payroll and tax returns
#    for small firms, a doctor's practice, a club and private clients; konateľka Katarína
#    Hudecová, two employees and a freelance payroll accountant in the tax-return season.
#    Slovenská sporiteľňa business account (George export), Slovak, fields joined with " / ";
#    SEPA names are printed without diacritics:
#      Prijatá platba / <NÁZOV> / <IBAN> / VS .. / [KS ..] / <správa>
#      Odchádzajúca platba | Trvalý príkaz / <NÁZOV> / <IBAN> / VS .. / <správa>
#      SEPA inkaso / <VERITEĽ> / ID veriteľa .. / Mandát .. / <správa>
#      Platba kartou | Vrátenie platby kartou / <MERCHANT>, <MESTO> / dd.mm.yyyy hh:mm / karta
#      Výber hotovosti z bankomatu / .., Poplatok za vedenie účtu / Biznis konto / mm/yyyy,
#      Prevod medzi vlastnými účtami / .., Pripísanie úroku / ..
#    Slovak account numbers behind the IBANs pass the mod-11 test; the tax office's accounts are
#    at the State Treasury (8180).

SK_2026_WINTER = {iso("2026-01-06")}


def sk_in(name, iban_key, vs, msg, ks="0308"):
    return (f"Prijatá platba / {name} / {{k[{iban_key}]:g}} / VS {vs} / "
            + (f"KS {ks} / " if ks else "") + msg)


def sk_out(name, iban_key, vs, msg, kind="Odchádzajúca platba", src="k"):
    return f"{kind} / {name} / {{{src}[{iban_key}]:g}} / " + (f"VS {vs} / " if vs else "") + msg


def sk_dom(creditor, msg):
    return (f"SEPA inkaso / {creditor} / ID veriteľa {{k[ci_SK]}} / Mandát {{k[d10]}} / {msg}")


def sk_card(merchant, town, kind="Platba kartou"):
    return f"{kind} / {merchant}, {town} / {{pd:%d.%m.%Y}} {{t}} / karta 5168 **** **** {{card}}"


ACCOUNTS = Biz("sk-accounting-office", "EU", "SK", iso("2026-01-02"), iso("2026-03-31"),
               SK_2026_WINTER, ["4415", "9902"], ("2026{:04d}", 12))
ACCOUNTS.cps = [
    # ---- clients (Service Income)
    cp("Stavby Kubinec", "Service Income", ("m", 12), [312.00, 298.80, 345.60],
       sk_in("STAVBY KUBINEC s.r.o.", "iban_SK1100", "{inv}",
             "vedenie uctovnictva {pm:%m/%Y}")),
    cp("Pekáreň Oravka", "Service Income", ("m", 14), [462.00, 474.00, 468.00],
       sk_in("PEKAREN ORAVKA s.r.o.", "iban_SK0200", "{inv}",
             "faktura {inv} uctovnictvo a mzdy {pm:%m/%Y}")),
    cp("Autoservis Mikuš", "Service Income", ("m", 18, [0, 2]), [246.00, 258.00],
       sk_in("AUTOSERVIS MIKUS s.r.o.", "iban_SK7500", "{inv}", "uctovnictvo {pm:%m/%Y}")),
    cp("MH Elektro", "Service Income", ("d", ["2026-01-21", "2026-03-19"]), [96.00, 180.00],
       sk_in("MH ELEKTRO - MAREK HLINKA", "iban_SK0900", "{inv}", "danova evidencia 12/2025",
             ks=""),
       sk_in("MH ELEKTRO - MAREK HLINKA", "iban_SK0900", "{inv}", "danove priznanie typ B 2025",
             ks=""), ordered=True),
    cp("Športový klub Vlčince", "Service Income", ("d", ["2026-02-11"]), 150.00,
       sk_in("SPORTOVY KLUB VLCINCE O.Z.", "iban_SK0900", "{inv}", "uctovna zavierka 2025")),
    cp("Eva Šimková", "Service Income", ("m", 20, [1, 2]), 210.00,
       sk_in("MUDr. Eva Simkova", "iban_SK1100", "{inv}", "ambulancia uctovnictvo")),
    cp("Penzión Pod Lipou", "Service Income", ("d", ["2026-01-28", "2026-03-26"]),
       [384.00, 402.00],
       sk_in("PENZION POD LIPOU s.r.o.", "iban_SK5600", "{inv}", "uctovnictvo DPH {pm:%m/%Y}")),
    cp("Jozef Baláž", "Service Income", ("d", ["2026-03-10"]), 60.00,
       sk_in("BALAZ JOZEF", "iban_SK0200", "{inv}", "danove priznanie 2025", ks="")),
    cp("Ivana Kráľová", "Service Income", ("d", ["2026-03-23"]), 45.00,
       sk_in("Ivana Kralova", "iban_SK8330", "{inv}", "DP typ A", ks="")),
    cp("Alza", "Refunds", ("d", ["2026-03-04"]), 24.90,
       sk_card("ALZA.SK", "BRATISLAVA", kind="Vrátenie platby kartou"), card=True,
       label="Alza refund"),
    cp("", "Interest", ("d", ["2026-03-31"]), 0.84,
       "Pripísanie úroku / 01.01.2026 - 31.03.2026", label="interest"),
    # ---- office, energy, telecoms, software
    cp("Reality Majer", "Rent", ("m", 5), -620.00,
       sk_out("REALITY MAJER s.r.o.", "iban_SK0900", "{k[d6]}", "najom kancelarie {mon_sk} 2026",
              kind="Trvalý príkaz")),
    cp("SSE", "Utilities", ("m", 15, [0, 1]), (-96.0, -82.0),
       sk_dom("STREDOSLOVENSKA ENERGETIKA, A.S.", "zaloha elektrina {mon_sk}")),
    cp("Telekom", "Utilities", ("m", 18, [0, 2]), -48.90,
       sk_dom("SLOVAK TELEKOM, A.S.", "faktura {n10}")),
    cp("Orange", "Utilities", ("m", 22, [0, 1]), (-39.0, -34.0),
       sk_dom("ORANGE SLOVENSKO, A.S.", "faktura {n10}")),
    cp("KROS", "Software & Subscriptions", ("d", ["2026-01-19", "2026-03-02"]), [-348.00, -54.90],
       sk_out("KROS a.s.", "iban_SK1100", "{n10}", "OMEGA licencia 2026"),
       sk_out("KROS a.s.", "iban_SK1100", "{n10}", "KROS Fakturacia rozsirenie"), ordered=True),
    cp("Poradca", "Software & Subscriptions", ("d", ["2026-01-13"]), -129.00,
       sk_out("PORADCA s.r.o.", "iban_SK0200", "{n8}", "predplatne Poradca 2026")),
    cp("Google", "Software & Subscriptions", ("m", 1, [1, 2]), -34.50,
       sk_card("GOOGLE*WORKSPACE EKONOMI", "DUBLIN"), card=True),
    cp("Slovenská komora daňových poradcov", "Taxes", ("d", ["2026-01-22"]), -180.00,
       sk_out("SLOVENSKA KOMORA DANOVYCH PORADCOV", "iban_SK0200", "{k[d4]}",
              "clensky prispevok 2026")),
    # ---- insurance and the car
    cp("Allianz", "Insurance", ("d", ["2026-02-04"]), -264.00,
       sk_dom("ALLIANZ - SLOVENSKA POISTOVNA, A.S.", "poistenie zodpovednosti {k[d10]}")),
    cp("Generali", "Insurance", ("m", 20, [0, 1]), -41.30,
       sk_dom("GENERALI POISTOVNA, A. S.", "PZP {k[d10]}")),
    cp("VÚB Leasing", "Loan Repayment", ("m", 15, [0, 1]), -386.22,
       sk_dom("VUB LEASING, A.S.", "splatka zmluva {k[d8]}")),
    cp("Slovnaft", "Travel", ("r", 2), (-72.0, -48.0), sk_card("SLOVNAFT 5108", "ZILINA"),
       card=True),
    cp("OMV", "Travel", ("r", 1), (-64.0, -41.0), sk_card("OMV 2713", "ZILINA"), card=True),
    cp("NDS", "Travel", ("d", ["2026-01-09"]), -90.00, sk_card("EZNAMKA.SK NDS", "BRATISLAVA"),
       card=True),
    # ---- staff, social and health insurers, tax office
    cp("Zuzana Bieliková", "Salaries & Payroll", ("m", 12), [-1148.20, -1162.75, -1148.20],
       sk_out("Zuzana Bielikova", "iban_SK0900", "", "mzda {pm:%m/%Y}")),
    cp("Martin Kováčik", "Salaries & Payroll", ("m", 12, [0, 1]), [-986.40, -1012.10],
       sk_out("Martin Kovacik", "iban_SK1100", "", "mzda {pm:%m/%Y}")),
    cp("Sociálna poisťovňa", "Salaries & Payroll", ("m", 8), [-1214.62, -1236.18, -1221.90],
       sk_out("SOCIALNA POISTOVNA", "iban_SK8180", "{s[d10:ico]}", "odvody {pm:%m/%Y}")),
    cp("VšZP", "Salaries & Payroll", ("m", 8, [0, 2]), [-412.36, -418.05],
       sk_out("VSEOBECNA ZDRAVOTNA POISTOVNA, A.S.", "iban_SK8180", "{s[d10:ico]}",
              "preddavky ZP {pm:%m/%Y}")),
    cp("Dôvera", "Salaries & Payroll", ("m", 8, [1]), -196.44,
       sk_out("DOVERA ZDRAVOTNA POISTOVNA, A.S.", "iban_SK0200", "{s[d10:ico]}",
              "preddavky ZP {pm:%m/%Y}")),
    cp("Daňový úrad Žilina", "Salaries & Payroll", ("m", 15), [-268.40, -274.95, -268.40],
       sk_out("DANOVY URAD ZILINA", "iban_SK8180:du", "1700{pm:%m%Y}",
              "preddavok dane zo zavislej cinnosti {pm:%m/%Y}", src="s"), label="DU mzdy"),
    cp("Daňový úrad Žilina", "Taxes", ("m", 25, [0, 2]), [-842.16, -916.40],
       sk_out("DANOVY URAD ZILINA", "iban_SK8180:du", "1100{pm:%m%Y}", "DPH {pm:%m/%Y}", src="s"),
       label="DU DPH"),
    cp("Daňový úrad Žilina", "Taxes", ("d", ["2026-03-31"]), -2186.00,
       sk_out("DANOVY URAD ZILINA", "iban_SK8180:du", "1300122025", "DPPO 2025", src="s"),
       label="DU DPPO"),
    cp("Daňový úrad Žilina", "Taxes", ("d", ["2026-01-30"]), -148.00,
       sk_out("DANOVY URAD ZILINA", "iban_SK8180:du", "1900122025",
              "dan z motorovych vozidiel 2025",
              src="s"),
       label="DU DMV"),
    # ---- contractors, office sundries, marketing
    cp("Lucia Mráziková", "Professional Services", ("d", ["2026-02-26", "2026-03-27"]),
       [-450.00, -600.00],
       sk_out("Ing. Lucia Mrazikova", "iban_SK5600", "{n6}", "spracovanie RZ a DP faktura {n6}")),
    cp("Pavol Gažík", "Professional Services", ("d", ["2026-02-16"]), -240.00,
       sk_out("JUDr. Pavol Gazik, advokat", "iban_SK7500", "{n8}", "pravne sluzby zmluva")),
    cp("Alza", "Equipment", ("d", ["2026-02-07"]), -1049.00, sk_card("ALZA.SK", "BRATISLAVA"),
       card=True),
    cp("Alza", "Supplies & Materials", ("d", ["2026-01-15"]), -86.70,
       sk_card("ALZA.SK", "BRATISLAVA"),
       card=True, label="Alza toner"),
    cp("Slovenská pošta", "Supplies & Materials", ("r", 2), (-14.0, -4.2),
       sk_card("SLOVENSKA POSTA 01001", "ZILINA"), card=True),
    cp("Tesco", "Supplies & Materials", ("r", 1), (-38.0, -16.0),
       sk_card("TESCO ZILINA MIRAGE", "ZILINA"), card=True),
    cp("Reštaurácia Pod Bránou", "Meals & Entertainment", ("r", 1), (-68.0, -24.0),
       sk_card("RESTAURACIA POD BRANOU", "ZILINA"), card=True),
    cp("Zoznam", "Marketing & Advertising", ("d", ["2026-02-02"]), -119.00,
       sk_card("ZOZNAM.SK FIRMY.SK", "BRATISLAVA"), card=True),
    # ---- owner and bank
    cp("Katarína Hudecová", "Owner Draw / Contribution", ("d", ["2026-01-16", "2026-03-13"]),
       [-4000.00, -1500.00],
       sk_out("Katarina Hudecova", "iban_SK0900", "", "vyplatenie podielu na zisku 2024"),
       sk_out("Katarina Hudecova", "iban_SK0900", "", "splatka pozicky spolocnika"), ordered=True),
    cp("", "Bank Fees", ("m", 2), -9.90, "Poplatok za vedenie účtu / Biznis konto / {pm:%m/%Y}",
       label="fees"),
    cp("", "Internal Transfer", ("d", ["2026-02-27"]), -3000.00,
       "Prevod medzi vlastnými účtami / EKONOMIK ZILINA s.r.o. / {s[iban_SK0900:sav]:g} / "
       "presun na sporiaci ucet", label="savings"),
    cp("", "Internal Transfer", ("r", 1), -100.00,
       "Výber hotovosti z bankomatu / SLSP ZILINA NARODNA / {pd:%d.%m.%Y} {t} / "
       "karta 5168 **** **** {card}", card=True, label="atm"),
]


# =========================================================================== output and counts

BUSINESSES = [FEED, BILLING, BOATS, BUTCHER, NURSERY, ACCOUNTS]


def fold(s: str) -> str:
    """Case- and accent-insensitive form of an entity, as the README compares them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.casefold())
                   if not unicodedata.combining(ch))


def main() -> None:
    rows, country = [], {}
    for b in BUSINESSES:
        country[b.id] = b.country
        rows.extend(generate(b))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["region", "business", "date", "amount", "description", "entity", "category"])
    w.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")

    n = len(rows)
    print(f"wrote {OUT.name}: {n} rows")
    print("rows per business:")
    for b in BUSINESSES:
        mine = [r for r in rows if r[1] == b.id]
        print(f"  {b.id:22s} {b.region} ({b.country}) {b.start} .. {b.end}: {len(mine):3d} rows, "
              f"{sum(1 for r in mine if float(r[3]) > 0)} in, "
              f"{len({r[5] for r in mine if r[5]})} entities")
    regions = Counter(r[0] for r in rows)
    eu = Counter(country[r[1]] for r in rows if r[0] == "EU")
    order = sorted(regions.items(), key=lambda x: "US UK EU".index(x[0]))
    print("rows per region: " + ", ".join(f"{k} {v} ({100 * v / n:.1f} %)" for k, v in order)
          + " [EU: " + ", ".join(f"{k} {v}" for k, v in sorted(eu.items())) + "]")
    money_in = sum(1 for r in rows if float(r[3]) > 0)
    print(f"money in {money_in} ({100 * money_in / n:.1f} %), money out {n - money_in}")
    ents = Counter(fold(r[5]) for r in rows if r[5])
    names = {}
    for r in rows:
        if r[5]:
            names.setdefault(fold(r[5]), r[5])
    per_biz = defaultdict(set)
    for r in rows:
        if r[5]:
            per_biz[fold(r[5])].add(r[1])
    shared = sorted(names[e] for e, bs in per_biz.items() if len(bs) > 1)
    with_entity = sum(ents.values())
    repeated = sum(v for v in ents.values() if v > 1)
    print(f"distinct entities {len(ents)} ({len(shared)} at more than one business: "
          f"{', '.join(shared) or '-'})")
    print(f"rows without entity {n - with_entity} ({100 * (n - with_entity) / n:.1f} %); "
          f"rows with entity {with_entity}, of which {repeated} "
          f"({100 * repeated / with_entity:.1f} %) belong to an entity occurring more than once")
    print(f"entities occurring once {sum(1 for v in ents.values() if v == 1)}, "
          f"2-8 times {sum(1 for v in ents.values() if 2 <= v <= 8)}, more: "
          + ", ".join(f"{names[e]} {v}" for e, v in ents.most_common() if v > 8))
    cats = Counter(r[6] for r in rows)
    print("rows per category: " + ", ".join(
        f"{c} {cats[c]}"
        for c in sorted(CATEGORIES, key=lambda c: (-cats[c], CATEGORIES.index(c)))))
    multi = defaultdict(set)
    for r in rows:
        if r[5]:
            multi[(r[1], fold(r[5]))].add(r[6])
    print("entities with more than one category: " + ", ".join(
        f"{names[e]} ({len(c)})" for (b, e), c in sorted(multi.items()) if len(c) > 1))


if __name__ == "__main__":
    main()
