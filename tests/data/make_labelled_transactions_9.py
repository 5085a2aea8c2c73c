#!/usr/bin/env python3
"""Generate ``labelled_transactions_9.csv``: the ninth, blind evaluation set.

Eight fictional small businesses at banks that none of sets 1-8 uses: Hancock Whitney (Metairie,
Louisiana), Associated Bank (Green Bay, Wisconsin) and First Horizon Bank (Memphis, Tennessee) in
the US; Triodos Bank UK (Bristol) and ANNA Money (Nottingham) in the UK; LHV Pank (Tallinn,
Estonian), Spuerkeess / BCEE (Esch-sur-Alzette, French) and Tatra banka (Kosice, Slovak) in the
euro area. Written blind: its author read only ``README.md``, the header line of
``labelled_transactions_8.csv`` and the first 60 lines of ``make_labelled_transactions_8.py``; not
CashPilot's code, vendor lists or rules, nor any earlier rows. Descriptions are written from
general knowledge of each bank's export layout, not copied from real exports.

Every counterparty is listed once below, by hand, with its label (entity + category), its
schedule, its amount range and the description template(s) in that bank's layout. Only
per-occurrence noise (dates, amounts, references, times, which card) is random, from a fixed
seed: run the script twice and the CSV is byte-identical. Stable identifiers (mandates, creditor
ids, IBANs, customer / policy / contract numbers, ACH ids, Estonian reference numbers) are drawn
once per counterparty from a second fixed-seed generator.

Template placeholders:
  ``{n:K}`` K digits, ``{X:K}`` upper-case alphanumerics, ``{A:K}`` letters, ``{h:K}`` lower hex,
  ``{r:LO-HI}`` integer, ``{?a|b}`` one of, ``{card}`` one of the business's cards (fixed per
  counterparty for recurring card debits), ``{amt}`` ``{amt_c}`` ``{amt_eu}`` ``{amt_us}`` the
  absolute amount (1234.56 / 1234,56 / 1.234,56 / 1,234.56), ``{fxusd}`` the card's USD amount,
  ``{t}`` a time hh:mm, ``{wk}`` ISO week of posting, ``{yyyy}`` posting year,
  ``{d:FMT}`` posting date and ``{pd:FMT}`` purchase date (card lines; else the posting date),
  ``{per:FMT}`` / ``{pper:FMT}`` first day of the posting month / previous month (strftime),
  ``{mon:LANG}`` / ``{pmon:LANG}`` month names (en, et, fr, sk); a ``|U`` suffix upper-cases, a
  ``|A`` suffix strips accents. ``{k.NAME}`` a stable value of the counterparty, ``{c.NAME}`` one
  of the business, ``{seq:NAME}`` a per-business running number (invoice numbers), and, in stable
  values, ``{iban:CC:BANK}``, ``{ci:CC}`` (SEPA creditor id) and ``{eeref:K}`` (Estonian 7-3-1
  reference), all with valid check digits.
  Card lines: the schedule gives the purchase date (any calendar day); the line posts 0-2
  banking days later.

Usage: python make_labelled_transactions_9.py  (writes the CSV next to it, prints counts).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import random
import re
import string
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 9_2026_1121
KEEP_SEED = 9_2026_1122
OUT = Path(__file__).with_name("labelled_transactions_9.csv")
HEADER = ["region", "business", "date", "amount", "description", "entity", "category"]

CATEGORIES = {
    "Sales Revenue", "Service Income", "Refunds", "Financing", "Interest", "Other Income",
    "Rent", "Salaries & Payroll", "Software & Subscriptions", "Marketing & Advertising",
    "Utilities", "Insurance", "Professional Services", "Travel", "Meals & Entertainment",
    "Supplies & Materials", "Cost of Goods Sold", "Equipment", "Taxes", "Bank Fees",
    "Loan Repayment", "Internal Transfer", "Owner Draw / Contribution", "Other Expense",
}

MONTH_NAMES = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
           "september", "oktoober", "november", "detsember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "sk": ["január", "február", "marec", "apríl", "máj", "jún", "júl", "august",
           "september", "október", "november", "december"],
}


# --------------------------------------------------------------------------------------------
# data model
# --------------------------------------------------------------------------------------------

@dataclass
class CP:
    """One counterparty (or one kind of bank line) of one business."""
    ent: str
    cat: str
    tpl: list
    when: tuple
    amt: object
    sign: int = -1
    card: bool = False
    keep: dict = field(default_factory=dict)
    fixcard: bool = False
    # filled in at generation time
    kv: dict = field(default_factory=dict)
    fixed_amt: float | None = None
    the_card: str | None = None


def out(ent, cat, tpl, when, amt, **kw) -> CP:
    return CP(ent, cat, tpl if isinstance(tpl, list) else [tpl], when, amt, sign=-1, **kw)


def inn(ent, cat, tpl, when, amt, **kw) -> CP:
    return CP(ent, cat, tpl if isinstance(tpl, list) else [tpl], when, amt, sign=+1, **kw)


@dataclass
class Business:
    id: str
    region: str
    bank: str
    start: tuple
    n_months: int
    holidays: set
    cards: list
    consts: dict
    cps: list


# --------------------------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------------------------

def _mod97(s: str) -> int:
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def iban_from_bban(cc: str, bban: str) -> str:
    chk = 98 - _mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def make_iban(cc: str, bank: str, r: random.Random) -> str:
    digits = lambda k: "".join(r.choice(string.digits) for _ in range(k))  # noqa: E731
    if cc == "EE":
        bban = bank + digits(14)
    elif cc == "LU":
        bban = bank + digits(13)
    elif cc == "SK":
        bban = bank + "000000" + digits(10)
    elif cc == "DE":
        bban = bank + digits(10)
    elif cc == "BE":
        first = bank + digits(7)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    elif cc == "FR":
        guichet, acct = digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        bban = bank + guichet + acct + f"{key:02d}"
    elif cc == "IE":
        bban = bank + "9" + digits(5) + digits(8)
    elif cc == "CH":
        bban = bank + digits(12)
    elif cc == "DK":
        bban = bank + digits(10)
    else:
        raise ValueError(cc)
    return iban_from_bban(cc, bban)


def make_ci(cc: str, r: random.Random) -> str:
    n = {"DE": 11, "LU": 19, "SK": 11, "BE": 10, "FR": 6, "IE": 6}.get(cc, 11)
    if cc == "LU":
        nat = "0000000000" + "".join(r.choice(string.digits) for _ in range(n - 10))
    else:
        nat = "".join(r.choice(string.digits) for _ in range(n))
    chk = 98 - _mod97(nat + cc + "00")
    return f"{cc}{chk:02d}ZZZ{nat}"


def ee_reference(base: str) -> str:
    weights = [7, 3, 1]
    total = sum(int(ch) * weights[i % 3] for i, ch in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


def strip_accents(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# --------------------------------------------------------------------------------------------
# template expansion
# --------------------------------------------------------------------------------------------

PH = re.compile(r"\{([^{}]+)\}")


def _flags(val: str, flags: str) -> str:
    if "A" in flags:
        val = strip_accents(val)
    if "U" in flags:
        val = val.upper()
    return val


class Ctx:
    def __init__(self, r, biz, cp=None, post=None, pd=None, amount=None, usd=None, seqs=None):
        self.r, self.biz, self.cp = r, biz, cp
        self.post, self.pd, self.amount, self.usd = post, pd or post, amount, usd
        self.seqs = seqs

    def resolve(self, key: str) -> str:
        r = self.r
        if key.startswith("?"):
            return r.choice(key[1:].split("|"))
        if key.startswith("k."):
            return self.cp.kv[key[2:]]
        if key.startswith("c."):
            return self.biz.consts[key[2:]]
        head, _, arg = key.partition(":")
        if head == "n":
            return "".join(r.choice(string.digits) for _ in range(int(arg)))
        if head == "X":
            return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(int(arg)))
        if head == "A":
            return "".join(r.choice(string.ascii_uppercase) for _ in range(int(arg)))
        if head == "h":
            return "".join(r.choice("0123456789abcdef") for _ in range(int(arg)))
        if head == "r":
            lo, hi = (int(x) for x in arg.split("-"))
            return str(r.randint(lo, hi))
        if head == "iban":
            cc, bank = arg.split(":")
            return make_iban(cc, bank, r)
        if head == "ci":
            return make_ci(arg, r)
        if head == "eeref":
            return ee_reference("".join(r.choice("123456789") for _ in range(int(arg))))
        if head == "card":
            if self.cp.fixcard:
                return self.cp.the_card
            return r.choice(self.biz.cards)
        a = abs(self.amount) if self.amount is not None else 0.0
        if head == "amt":
            return f"{a:.2f}"
        if head == "amt_c":
            return f"{a:.2f}".replace(".", ",")
        if head == "amt_eu":
            return f"{a:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        if head == "amt_us":
            return f"{a:,.2f}"
        if head == "fxusd":
            return f"{self.usd:.2f}"
        if head == "t":
            return f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}"
        if head == "wk":
            return f"{self.post.isocalendar()[1]}"
        if head == "yyyy":
            return str(self.post.year)
        if head in ("d", "pd", "per", "pper"):
            fmt, _, flags = arg.partition("|")
            if head == "d":
                day = self.post
            elif head == "pd":
                day = self.pd
            elif head == "per":
                day = self.post.replace(day=1)
            else:
                day = (self.post.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            return _flags(day.strftime(fmt), flags)
        if head in ("mon", "pmon"):
            lang, _, flags = arg.partition("|")
            day = self.post if head == "mon" else (self.post.replace(day=1) - dt.timedelta(days=1))
            return _flags(MONTH_NAMES[lang][day.month - 1], flags)
        if head == "seq":
            self.seqs[arg] += r.randint(1, 5)
            return str(self.seqs[arg])
        raise KeyError(key)


def expand(tpl: str, ctx: Ctx) -> str:
    for _ in range(6):
        new = PH.sub(lambda m: ctx.resolve(m.group(1)), tpl)
        if new == tpl:
            break
        tpl = new
    assert "{" not in tpl and "}" not in tpl, tpl
    return tpl


# --------------------------------------------------------------------------------------------
# calendar
# --------------------------------------------------------------------------------------------

class Cal:
    def __init__(self, biz: Business):
        y, m = biz.start
        self.months = []
        for i in range(biz.n_months):
            yy, mm = y + (m - 1 + i) // 12, (m - 1 + i) % 12 + 1
            self.months.append((yy, mm))
        self.hol = {dt.date.fromisoformat(h) for h in biz.holidays}
        self.first = dt.date(*self.months[0], 1)
        ly, lm = self.months[-1]
        self.last = dt.date(ly, lm, calendar.monthrange(ly, lm)[1])

    def banking(self, d: dt.date) -> bool:
        return d.weekday() < 5 and d not in self.hol and (d.month, d.day) not in ((1, 1), (12, 25))

    def next_bd(self, d):
        while not self.banking(d):
            d += dt.timedelta(days=1)
        return d

    def prev_bd(self, d):
        while not self.banking(d):
            d -= dt.timedelta(days=1)
        return d

    def add_bd(self, d, k):
        d = self.next_bd(d)
        for _ in range(k):
            d = self.next_bd(d + dt.timedelta(days=1))
        return d

    def month_days(self, i, card):
        y, m = self.months[i]
        n = calendar.monthrange(y, m)[1]
        days = [dt.date(y, m, k) for k in range(1, n + 1)]
        if card:
            limit = self.last - dt.timedelta(days=4)
            return [d for d in days if d <= limit and (d.month, d.day) not in ((1, 1), (12, 25))]
        return [d for d in days if self.banking(d)]


def schedule(cp: CP, cal: Cal, r: random.Random) -> list:
    """Return a list of (month_index, date); card dates are purchase dates."""
    kind = cp.when[0]
    args = cp.when[1:]
    idx_all = list(range(len(cal.months)))
    res = []
    if kind == "m":
        day = args[0]
        sel = args[1] if len(args) > 1 else idx_all
        for i in sel:
            y, m = cal.months[i]
            d = dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))
            if not cp.card:
                p = cal.next_bd(d)
                d = p if p <= cal.last else cal.prev_bd(d)
            res.append((i, d))
    elif kind == "last":
        sel = args[0] if args else idx_all
        for i in sel:
            y, m = cal.months[i]
            res.append((i, cal.prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1]))))
    elif kind == "semi":
        allx = []
        for i in idx_all:
            y, m = cal.months[i]
            allx.append((i, cal.prev_bd(dt.date(y, m, 15))))
            allx.append((i, cal.prev_bd(dt.date(y, m, calendar.monthrange(y, m)[1]))))
        sel = args[0] if args else range(len(allx))
        res = [allx[j] for j in sel]
    elif kind == "pm":
        spec = args[0]
        for i in idx_all:
            n = spec[i] if isinstance(spec, list) else (r.randint(*spec) if isinstance(spec, tuple) else spec)
            days = cal.month_days(i, cp.card)
            res.extend((i, d) for d in sorted(r.sample(days, n)))
    elif kind == "k":
        n = args[0]
        sel = args[1] if len(args) > 1 else idx_all
        pool = [(i, d) for i in sel for d in cal.month_days(i, cp.card)]
        res = sorted(r.sample(pool, n), key=lambda x: x[1])
    elif kind == "dates":
        for s in args[0].split():
            d = dt.date.fromisoformat(s)
            if not cp.card:
                assert cal.banking(d), (cp.ent, s)
            i = cal.months.index((d.year, d.month))
            res.append((i, d))
    elif kind == "wk":
        weekday, n = args
        allx = []
        d = cal.first
        while d <= cal.last:
            if d.weekday() == weekday:
                p = cal.prev_bd(d)
                if p >= cal.first:
                    allx.append((cal.months.index((p.year, p.month)), p))
            d += dt.timedelta(days=1)
        res = sorted(r.sample(allx, n), key=lambda x: x[1])
    else:
        raise ValueError(kind)
    return res


def amount_for(cp: CP, j: int, mi: int, r: random.Random):
    """Return (abs amount, usd or None)."""
    spec = cp.amt
    usd = None
    if isinstance(spec, (int, float)):
        a = float(spec)
    elif isinstance(spec, list):
        a = float(spec[j])
    elif isinstance(spec, tuple) and isinstance(spec[0], (int, float)):
        a = r.uniform(spec[0], spec[1])
    elif spec[0] == "fix":
        a = cp.fixed_amt
    elif spec[0] == "mon":
        lo, hi = spec[1 + mi]
        a = r.uniform(lo, hi)
    elif spec[0] == "choice":
        a = float(r.choice(spec[1]))
    elif spec[0] == "usd":
        usd = spec[1] if len(spec) == 2 else round(r.uniform(spec[1], spec[2]), 2)
        a = usd / r.uniform(1.152, 1.178)
    else:
        raise ValueError(spec)
    return round(a + 1e-9, 2), usd


# --------------------------------------------------------------------------------------------
# layouts (small helpers so that every line of one bank looks alike)
# --------------------------------------------------------------------------------------------

# Hancock Whitney (Louisiana): upper case, card lines with purchase date and masked card.
def hw_card(merchant, kind="CARD PURCHASE"):
    return kind + " {pd:%m/%d} " + merchant + " XXXX{card}"


def hw_ach(direction, company, entry, ident="{k.id}"):
    return f"ACH {direction} {company} {entry} {ident}"


# Associated Bank (Wisconsin): mixed-case channel words, merchant as the network sends it.
def ab_card(merchant):
    return "Debit Card Purchase {pd:%m/%d} " + merchant + " Card {card}"


def ab_ach(direction, company, entry, ident="{k.id}"):
    return f"ACH {direction} {company} {entry} {ident}"


# First Horizon (Tennessee): upper case, date after the merchant.
def fh_card(merchant, kind="DEBIT CARD PURCHASE"):
    return kind + " " + merchant + " {pd:%m/%d} ****{card}"


def fh_ach(direction, company, entry, ident="{k.id}"):
    return f"ELECTRONIC {direction} {company} {entry} {ident}"


# Triodos Bank UK: upper case, names cut at 18 characters.
def tr_card(merchant, town, cc="GB"):
    return "CARD {card} " + merchant + " " + town + " " + cc + " {pd:%d%b%y|U}"


# ANNA Money: mixed case app wording.
def an_card(merchant, town, cc="GBR"):
    return "Card payment to " + merchant + " " + town + " " + cc + " ••{card}"


# LHV (Estonia): Estonian channel words, card masked as (..nnnn), e-invoice standing payments.
def lhv_card(merchant, fx=False):
    s = "Kaardimakse (..{card}) {pd:%d.%m.%Y} " + merchant
    return s + (" {fxusd} USD" if fx else "")


# Spuerkeess (Luxembourg): French, upper case.
def sp_card(merchant):
    return ("PAIEMENT PAR CARTE DU {pd:%d.%m.%Y} A {t} " + merchant +
            " CARTE N° XXXX XXXX XXXX {card}")


def sp_dd(creditor, comm):
    return "DOMICILIATION SEPA " + creditor + " ID CREANCIER {k.ci} REF MANDAT {k.mref} " + comm


# Tatra banka (Slovakia): Slovak channel words with diacritics, SEPA names without.
def tb_card(merchant, city, cc="SVK"):
    return ("Transakcia kartou 4405 77** **** {card} {pd:%d.%m.%Y} {t} " + merchant + ", " + city +
            ", " + cc)


def tb_in(name, rest):
    return "Kredit. platba SEPA od: " + name + " {k.iban} " + rest


def tb_out(name, rest, iban="{k.iban}"):
    return "Odoslaná platba SEPA pre: " + name + " " + iban + " " + rest


def tb_dd(creditor, rest):
    return "SEPA inkaso: " + creditor + " ID veriteľa {k.ci} mandát {k.mref} " + rest


# --------------------------------------------------------------------------------------------
# the businesses
# --------------------------------------------------------------------------------------------

def us_pest_control() -> Business:
    """Bayou Shield Pest Control LLC, Metairie LA; owner Andre Thibodeaux; Hancock Whitney."""
    SI, SR = "Service Income", "Sales Revenue"
    cps = [
        # --- money in
        inn("Stripe", SR, hw_ach("CREDIT", "STRIPE", "TRANSFER", "ST-{X:12}"), ("pm", (2, 4)), (420, 3150)),
        inn("Crescent Rental Homes", SI, hw_ach("CREDIT", "CRESCENT RENTAL H", "VENDOR PMT"),
            ("m", 12), (1380, 2640), keep={"id": "{n:9}"}),
        inn("Jefferson Parish Schools", SI, hw_ach("CREDIT", "JEFF PARISH SCHL", "AP VENDOR"),
            ("dates", "2026-03-18 2026-05-13"), (2180, 2960), keep={"id": "{n:10}"}),
        inn("Magazine Street Hospitality", SI,
            hw_ach("CREDIT", "BILL.COM", "PAYABLES", "Magazine Street H {k.id} INV BSP-{n:4}"),
            ("dates", "2026-04-08 2026-05-20"), (640, 980), keep={"id": "016{n:7}"}),
        inn("Denise Broussard", SI, "ZELLE FROM DENISE BROUSSARD ON {d:%m/%d} CONF# {X:9}", ("k", 2), (125, 420)),
        inn("Kevin Tran", SI, "ZELLE FROM KEVIN TRAN ON {d:%m/%d} CONF# {X:9}", ("k", 1), (95, 260)),
        inn("Paula Guidry", SI, "ZELLE FROM PAULA GUIDRY ON {d:%m/%d} CONF# {X:9}", ("k", 1), (145, 385)),
        inn("Rhonda Melancon", SI, "ZELLE FROM RHONDA MELANCON ON {d:%m/%d} CONF# {X:9}", ("k", 1), (180, 540)),
        inn("", SI, "MOBILE DEPOSIT REF #{n:10}", ("k", 3), (185, 1450)),
        inn("Bayou Crest Homes", SI, hw_ach("CREDIT", "BAYOU CREST HOME", "AP PAYMENT"), ("k", 2),
            (1850, 3400), keep={"id": "{n:10}"}),
        inn("Pelican Title", SI,
            "INCOMING WIRE TRF ORG PELICAN TITLE LLC OBI WDI REPORTS {n:5} FED REF {n:6}",
            ("dates", "2026-04-22"), 1275.00),
        out("", "Bank Fees", "INCOMING WIRE FEE", ("dates", "2026-04-22"), 15.00),
        inn("Target Specialty Products", "Refunds", hw_ach("CREDIT", "TARGET SPECIALTY", "CREDIT MEMO", "{c.tsp_id}"),
            ("dates", "2026-05-06"), 286.40),
        inn("Home Depot", "Refunds", hw_card("THE HOME DEPOT #0386 METAIRIE LA", "CARD CREDIT"), ("k", 1),
            (24, 96), card=True),
        # --- job materials (consumed on customers' premises: Supplies & Materials)
        out("Target Specialty Products", "Supplies & Materials",
            hw_ach("DEBIT", "TARGET SPECIALTY", "INV PAYMT", "{c.tsp_id}"), ("m", 10), (640, 2150)),
        out("Target Specialty Products", "Supplies & Materials",
            hw_card("TARGET SPECIALTY PRO HARAHAN LA"), ("k", 1), (85, 390), card=True),
        out("Univar Solutions", "Supplies & Materials", hw_ach("DEBIT", "UNIVAR SOLUTIONS", "PAYMENT"),
            ("k", 2), (480, 1650), keep={"id": "{n:10}"}),
        out("Home Depot", "Supplies & Materials",
            hw_card("THE HOME DEPOT #{?0386 METAIRIE|0373 HARAHAN} LA"), ("k", 2), (35, 260), card=True),
        out("Amazon", "Supplies & Materials", hw_card("AMAZON MKTPL*{X:9} Amzn.com/bill WA"), ("k", 1),
            (28, 140), card=True),
        # --- vehicles
        out("RaceTrac", "Travel", hw_card("RACETRAC{?427 METAIRIE|455 KENNER|512 HARAHAN} LA", "POS PURCHASE"),
            ("k", 2), (48, 96), card=True),
        out("Shell", "Travel", hw_card("SHELL OIL 5744{n:7} {?HARAHAN|RIVER RIDGE} LA"), ("k", 2), (52, 104),
            card=True),
        out("Circle K", "Travel", hw_card("CIRCLE K # {n:5} GRETNA LA"), ("k", 1), (44, 88), card=True),
        out("GM Financial", "Loan Repayment", hw_ach("DEBIT", "GM FINANCIAL", "GMF PYMT", "{k.acct}"),
            ("m", 20, [0, 2]), 812.44, keep={"acct": "{n:12}"}),
        out("Progressive", "Insurance", hw_ach("DEBIT", "PROGRESSIVE INS", "ONLINE PMT", "{k.pol}"),
            ("m", 14, [1, 2]), 486.12, keep={"pol": "{n:9}"}),
        out("Travelers", "Insurance", hw_ach("DEBIT", "TRAVELERS CL", "REMIT", "{k.pol}"),
            ("dates", "2026-04-09"), 1318.00, keep={"pol": "{X:3}{n:7}"}),
        # --- meals
        out("Raising Cane's", "Meals & Entertainment", hw_card("RAISING CANES 0{n:3} METAIRIE LA"), ("k", 1),
            (22, 64), card=True),
        out("CC's Coffee House", "Meals & Entertainment", hw_card("CC'S COFFEE HOUSE #12 METAIRIE LA"),
            ("k", 1), (9, 31), card=True),
        # --- premises, utilities, software
        out("Clearview Flex Partners", "Rent", "BILL PAY CLEARVIEW FLEX PAR ON {d:%m/%d} CONF# {n:8}",
            ("m", 1), 2450.00),
        out("Entergy", "Utilities", hw_ach("DEBIT", "ENTERGY LOUISIAN", "ENTERGY LA", "{k.acct}"), ("m", 8),
            (340, 520), keep={"acct": "{n:10}"}),
        out("Cox", "Utilities", hw_card("COX BUSINESS 888-566-7751 GA", "RECURRING CARD PURCHASE"),
            ("m", 3, [0, 1]), 189.99, card=True, fixcard=True),
        out("Verizon", "Utilities", hw_ach("DEBIT", "VERIZON WIRELESS", "PAYMENTS", "{k.acct}"),
            ("m", 22, [1, 2]), (212, 236), keep={"acct": "{n:9}-{n:5}"}),
        out("GorillaDesk", "Software & Subscriptions",
            hw_card("GORILLADESK.COM 8885330233 WA", "RECURRING CARD PURCHASE"), ("m", 6, [0, 1]), 149.00,
            card=True, fixcard=True),
        out("Google", "Software & Subscriptions", hw_card("GOOGLE *Workspace_bayoush g.co/helppay# CA"),
            ("m", 1, [1, 2]), 42.00, card=True, fixcard=True),
        out("Google", "Marketing & Advertising", hw_card("GOOGLE *ADS{n:10} cc.google.com CA"), ("k", 2),
            (150, 300), card=True),
        out("Intuit", "Software & Subscriptions",
            hw_card("INTUIT *QBooks Online CL.INTUIT.COM CA", "RECURRING CARD PURCHASE"), ("m", 18, [1]),
            99.00, card=True, fixcard=True),
        out("Nextdoor", "Marketing & Advertising", hw_card("NEXTDOOR* ADS{n:6} SAN FRANCISCO CA"), ("k", 1),
            (80, 200), card=True),
        out("Vistaprint", "Marketing & Advertising", hw_card("VISTAPRINT 866-8936743 MA"), ("k", 1),
            (95, 210), card=True),
        # --- payroll (two technicians)
        out("SurePayroll", "Salaries & Payroll", hw_ach("DEBIT", "SUREPAYROLL", "PAYROLL"),
            ("semi", [0, 1, 2, 3, 5]), (4100, 5200), keep={"id": "{n:10}"}),
        out("SurePayroll", "Salaries & Payroll", hw_ach("DEBIT", "SUREPAYROLL", "TAXES"),
            ("semi", [0, 2, 4]), (1450, 1900), keep={"id": "{n:10}"}),
        out("SurePayroll", "Software & Subscriptions", hw_ach("DEBIT", "SUREPAYROLL", "FEES"),
            ("m", 2, [1]), 79.99, keep={"id": "{n:10}"}),
        # --- professionals, taxes and licences
        out("Fontenot & Hebert", "Professional Services", "BILL PAY FONTENOT & HEBER ON {d:%m/%d} CONF# {n:8}",
            ("m", 10, [0, 2]), 375.00),
        out("Jefferson Parish Sheriff's Office", "Taxes",
            "BILL PAY JEFF PARISH SHERIF ON {d:%m/%d} CONF# {n:8}", ("dates", "2026-03-02"), 310.00),
        out("Louisiana Department of Agriculture and Forestry", "Taxes",
            hw_card("LDAF PESTICIDE LICENS BATON ROUGE LA"), ("dates", "2026-04-13"), 150.00, card=True),
        # --- equipment
        out("Gulf South Small Engine", "Equipment", hw_card("SQ *GULF SOUTH SMALL EN Harvey LA"), ("k", 1),
            (185, 340), card=True),
        # --- bank, owner, own accounts
        out("", "Loan Repayment", "LOAN PAYMENT TRANSFER TO LN {k.ln}", ("m", 5, [0, 1]), 1275.90,
            keep={"ln": "{n:10}"}),
        out("", "Bank Fees", "MONTHLY SERVICE FEE", ("last",), 25.00),
        inn("", "Interest", "INTEREST PAYMENT", ("last",), (0.84, 3.60)),
        out("Andre Thibodeaux", "Owner Draw / Contribution",
            "ONLINE TRANSFER TO ANDRE J THIBODEAUX CHK XXXXXX{k.acct}", ("dates", "2026-03-31 2026-05-15"),
            [3000.00, 2500.00], keep={"acct": "{n:4}"}),
        out("", "Internal Transfer", "ONLINE TRANSFER TO SAV XXXXXX{k.acct}", ("dates", "2026-04-17"), 5000.00,
            keep={"acct": "{n:4}"}),
    ]
    return Business("us-pest-control", "US", "Hancock Whitney", (2026, 3), 3, {"2026-05-25"},
                    ["4417", "0932"], {}, cps)


def us_cheese_shop() -> Business:
    """Fox River Cheese Cellar LLC, Green Bay WI; owner Karen Vanden Heuvel; Associated Bank."""
    SR, COGS = "Sales Revenue", "Cost of Goods Sold"
    cps = [
        inn("Square", SR, ab_ach("Deposit", "SQUARE INC", "SQ{d:%y%m%d}", "L2{X:13}"), ("pm", [4, 4, 5]),
            ("mon", (310, 1450), (380, 1700), (650, 2380))),
        inn("Shopify", SR, ab_ach("Deposit", "SHOPIFY", "TRANSFER", "{n:12}"), ("pm", [1, 2, 3]),
            ("mon", (180, 640), (320, 1150), (540, 1980))),
        inn("Duck Creek Supper Club", SR, ab_ach("Deposit", "DUCK CREEK SUPPE", "PAYMENT"), ("m", 21),
            (240, 620), keep={"id": "{n:9}"}),
        inn("Allouez Taproom", SR, "Zelle Payment From ALLOUEZ TAPROOM LLC Conf# {X:10}", ("k", 2), (140, 380)),
        inn("Tundra Freight Systems", SR, ab_ach("Deposit", "TUNDRA FREIGHT S", "VENDORPAY"),
            ("dates", "2025-12-09 2025-12-18"), [2140.00, 865.50], keep={"id": "{n:10}"}),
        inn("", SR, "Mobile Deposit Ref {n:9}", ("k", 2), (120, 900)),
        inn("", SR, "Branch Deposit DE PERE OFFICE", ("k", 2), (260, 980)),
        inn("Karen Vanden Heuvel", "Owner Draw / Contribution",
            "Online Transfer From Karen Vanden Heuvel Checking ...{c.owner_acct}", ("dates", "2025-10-06"),
            6000.00),
        inn("Sysco", "Refunds", ab_ach("Deposit", "SYSCO EASTERN WI", "CREDIT", "{c.sysco_id}"),
            ("dates", "2025-11-19"), 64.18),
        # --- stock: cheese, charcuterie, crackers, gift-box packaging, outbound shipping
        out("Sartori", COGS, "Bill Payment SARTORI COMPANY Conf# {n:9}", ("k", 2), (1200, 2900)),
        out("BelGioioso", COGS, "Bill Payment BELGIOIOSO CHEESE INC Conf# {n:9}", ("k", 2), (900, 2400)),
        out("Emmi Roth", COGS, ab_ach("Withdrawal", "EMMI ROTH USA", "INV PYMT"), ("k", 1), (780, 1500),
            keep={"id": "{n:10}"}),
        out("Kewaunee County Creamery", COGS, "Zelle Payment To KEWAUNEE COUNTY CREAMERY Conf# {X:10}", ("k", 2),
            (260, 780)),
        out("Sysco", COGS, ab_ach("Withdrawal", "SYSCO EASTERN WI", "ACH DEBIT", "{c.sysco_id}"), ("k", 2),
            (310, 880)),
        out("Uline", COGS, ab_card("ULINE *SHIP SUPPLIES 800-295-5510 WI"), ("k", 2), (160, 520), card=True),
        out("UPS", COGS, ab_ach("Withdrawal", "UPS BILLING CTR", "UPSBILL"), ("pm", [1, 1, 1]), (90, 420),
            keep={"id": "{X:6}{n:4}"}),
        out("USPS", COGS, ab_card("USPS PO 5614{n:4} GREEN BAY WI"), ("k", 1), (30, 95), card=True),
        # --- premises and overheads
        out("Washington Commons", "Rent", "Bill Payment WASHINGTON COMMONS LLC Conf# {n:9}", ("m", 1), 3100.00),
        out("Wisconsin Public Service", "Utilities", ab_ach("Withdrawal", "WISCONSIN PUBLIC", "WPS PAYMNT",
                                                            "{k.acct}"),
            ("m", 16), (410, 690), keep={"acct": "{n:10}"}),
        out("Green Bay Water Utility", "Utilities", "Bill Payment GREEN BAY WATER UTILITY Conf# {n:9}",
            ("dates", "2025-10-22"), 186.40),
        out("Spectrum", "Utilities", ab_card("SPECTRUM 855-707-7328 MO"), ("m", 9, [0, 2]), 129.98,
            card=True, fixcard=True),
        out("Acuity", "Insurance", ab_ach("Withdrawal", "ACUITY", "PREMIUM", "{k.pol}"), ("m", 15, [0, 1]),
            238.00, keep={"pol": "ZT{n:8}"}),
        out("Shopify", "Software & Subscriptions", ab_card("SHOPIFY* {n:9} SHOPIFY.COM ON"), ("m", 4, [1, 2]),
            105.00, card=True, fixcard=True),
        out("Intuit", "Software & Subscriptions", ab_card("INTUIT *QBooks Online CL.INTUIT.COM CA"),
            ("m", 12, [1]), 99.00, card=True, fixcard=True),
        out("Intuit", "Salaries & Payroll", ab_ach("Withdrawal", "INTUIT PAYROLL S", "QB PAYROLL"),
            ("semi", [0, 1, 2, 4, 5]), (2600, 3900), keep={"id": "{n:10}"}),
        out("Intuit", "Salaries & Payroll", ab_ach("Withdrawal", "INTUIT TAX SVC", "TAX PAYMT"),
            ("semi", [1, 3, 5]), (980, 1400), keep={"id": "{n:10}"}),
        out("Wisconsin Department of Revenue", "Taxes", ab_ach("Withdrawal", "WI DEPT REVENUE", "TAXPAYMNT"),
            ("m", 28), ("mon", (1450, 1800), (1700, 2100), (2400, 3100)), keep={"id": "{n:10}"}),
        out("Lakeshore Bookkeeping", "Professional Services", "Bill Payment LAKESHORE BOOKKEEPING Conf# {n:9}",
            ("m", 5, [1]), 325.00),
        out("Kwik Trip", "Travel", ab_card("KWIK TRIP {?774 GREEN BAY|1023 DE PERE|809 ASHWAUBENON} WI"), ("k", 3),
            (38, 92), card=True),
        out("Culver's", "Meals & Entertainment", ab_card("CULVERS OF GREEN BAY - EAST GREEN BAY WI"), ("k", 1),
            (18, 46), card=True),
        out("Meta", "Marketing & Advertising", ab_card("FACEBK *{X:10} fb.me/ads CA"), ("k", 1), (60, 240),
            card=True),
        out("Olde Main Street Events", "Marketing & Advertising",
            ab_card("SQ *OLDE MAIN STREET EVENTS Green Bay WI"), ("dates", "2025-11-14"), 175.00, card=True),
        out("Fox Cities Refrigeration", "Equipment", ab_card("SQ *FOX CITIES REFRIGERAT Appleton WI"), ("k", 1),
            (340, 690), card=True),
        out("Amazon", "Supplies & Materials", ab_card("Amazon.com*{X:9} Amzn.com/bill WA"), ("k", 1), (24, 130),
            card=True),
        # --- bank, owner, own accounts
        out("", "Loan Repayment", "Loan Payment Transfer To Loan ...{k.ln}", ("m", 10, [0, 1]), 1184.27,
            keep={"ln": "{n:4}"}),
        out("", "Bank Fees", "Service Charge", ("last",), 18.00),
        inn("", "Financing", "Loan Advance From Line of Credit ...{c.loc}", ("dates", "2025-10-07"), 8000.00),
        out("", "Loan Repayment", "Loan Payment Transfer To Line of Credit ...{c.loc}", ("dates", "2025-12-30"),
            8062.47),
        out("", "Internal Transfer", ab_ach("Withdrawal", "AMEX EPAYMENT", "ACH PMT"), ("k", 1), (900, 2600),
            keep={"id": "W{n:14}"}),
        out("Karen Vanden Heuvel", "Owner Draw / Contribution",
            "Online Transfer To Karen Vanden Heuvel Checking ...{c.owner_acct}", ("dates", "2025-12-31"),
            4500.00),
    ]
    return Business("us-cheese-shop", "US", "Associated Bank", (2025, 10), 3,
                    {"2025-10-13", "2025-11-11", "2025-11-27"}, ["2286", "7410"],
                    {"owner_acct": "4471"}, cps)


def us_tax_preparer() -> Business:
    """Simmons Tax & Bookkeeping LLC, Memphis (Cordova) TN; owner LaToya Simmons; First Horizon."""
    SI, SR, SW = "Service Income", "Sales Revenue", "Software & Subscriptions"
    cps = [
        # refund-transfer provider paying the preparation fees it withheld from clients' refunds
        inn("SBTPG", SR, fh_ach("DEP", "SBTPG LLC", "FEES PAID"), ("pm", [4, 4, 3]),
            ("mon", (640, 3900), (480, 2900), (280, 1650)), keep={"id": "{n:10}"}),
        inn("Square", SR, fh_ach("DEP", "SQUARE INC", "SQ{d:%y%m%d}", "{X:15}"), ("pm", [1, 2, 2]), (180, 950)),
        inn("Poplar Avenue Barbers", SI, fh_ach("DEP", "POPLAR AVE BARBE", "PAYMENT"), ("m", 5), 275.00,
            keep={"id": "{n:9}"}),
        inn("Bluff City Auto Glass", SI, fh_ach("DEP", "BLUFF CITY AUTO", "BILL.COM"), ("m", 8, [0, 1]), 350.00,
            keep={"id": "{n:10}"}),
        inn("Germantown Pediatric Therapy", SI, fh_ach("DEP", "GERMANTOWN PEDI", "VENDOR PMT"),
            ("dates", "2026-03-04 2026-04-06"), [1850.00, 450.00], keep={"id": "{n:10}"}),
        inn("Interstate Tire & Brake", SI, fh_ach("DEP", "INTERSTATE TIRE", "PAYABLES"), ("k", 1), (600, 950),
            keep={"id": "{n:10}"}),
        inn("Deshawn Carter", SI, "ZELLE FROM DESHAWN CARTER REF# {X:10} TAX PREP 2025", ("k", 1), (225, 375)),
        inn("Tamika Boyd", SI, "ZELLE FROM TAMIKA BOYD REF# {X:10} taxes", ("k", 1), (180, 320)),
        inn("Luis Ramirez", SI, "ZELLE FROM LUIS RAMIREZ REF# {X:10} 1040 + SCH C", ("k", 1), (350, 550)),
        inn("", SI, "MOBILE DEPOSIT {n:9}", ("k", 3), (150, 650)),
        inn("Office Depot", "Refunds", fh_card("OFFICE DEPOT #2197 MEMPHIS TN", "DEBIT CARD RETURN"), ("k", 1),
            (18, 75), card=True),
        # --- software
        out("Drake Software", SW, fh_card("DRAKE SOFTWARE 828-524-8020 NC"), ("k", 2), (395, 1100), card=True),
        out("TaxDome", SW, fh_card("TAXDOME.COM 8773539882 CA"), ("m", 11, [0, 1]), 66.00, card=True,
            fixcard=True),
        out("Microsoft", SW, fh_card("MICROSOFT#G0{n:8} MSBILL.INFO WA"), ("m", 3, [1, 2]), 22.00, card=True,
            fixcard=True),
        out("Adobe", SW, fh_card("ADOBE *ACROPRO SUBS 408-536-6000 CA"), ("m", 24, [0, 2]), 19.99, card=True,
            fixcard=True),
        # --- payroll (receptionist and two seasonal employees) and a contract preparer
        out("Gusto", "Salaries & Payroll", fh_ach("PMT", "GUSTO", "NET {n:6}"), ("semi", [0, 1, 2, 3, 4]),
            (2900, 4600), keep={"id": "{X:10}"}),
        out("Gusto", "Salaries & Payroll", fh_ach("PMT", "GUSTO", "TAX {n:6}"), ("semi", [1, 3, 5]),
            (1100, 1750), keep={"id": "{X:10}"}),
        out("Gusto", SW, fh_ach("PMT", "GUSTO", "FEE {n:6}"), ("m", 2, [1, 2]), (80, 95), keep={"id": "{X:10}"}),
        out("Brenda Hollis", "Professional Services", "ZELLE TO BRENDA HOLLIS REF# {X:10} CONTRACT PREP",
            ("dates", "2026-03-02 2026-03-30 2026-04-20"), (900, 1600)),
        # --- office
        out("Germantown Parkway Plaza", "Rent", "BILL PAY GERMANTOWN PKWY PLAZA #{n:7}", ("m", 1), 1875.00),
        out("MLGW", "Utilities", fh_ach("PMT", "MLGW", "UTILITY PMT", "{k.acct}"), ("m", 12), (160, 290),
            keep={"acct": "{n:10}"}),
        out("AT&T", "Utilities", fh_ach("PMT", "ATT", "PAYMENT", "{k.acct}"), ("m", 17, [0, 1]), 85.00,
            keep={"acct": "{n:9}"}),
        out("RingCentral", "Utilities", fh_card("RINGCENTRAL INC 888-898-4591 CA"), ("m", 9, [0, 2]), 59.98,
            card=True, fixcard=True),
        out("CNA", "Insurance", fh_ach("PMT", "CNA INSURANCE", "PREMIUM", "{k.pol}"), ("m", 20, [0, 1]), 112.50,
            keep={"pol": "{n:10}"}),
        # --- taxes: the firm's own, and the owner's personal estimate (a draw)
        out("Tennessee Department of Revenue", "Taxes", fh_ach("PMT", "TN DEPT OF REVEN", "TN TAP PMT"),
            ("dates", "2026-04-15"), 212.00, keep={"id": "{n:10}"}),
        out("Tennessee Department of Revenue", "Taxes", fh_ach("PMT", "TN DEPT OF REVEN", "TN TAP PMT"),
            ("dates", "2026-04-15"), 100.00, keep={"id": "{n:10}"}),
        out("Shelby County Trustee", "Taxes", "BILL PAY SHELBY COUNTY TRUSTEE #{n:7}", ("dates", "2026-02-27"),
            148.62),
        out("IRS", "Owner Draw / Contribution", fh_ach("PMT", "IRS", "USATAXPYMT", "{n:15}"),
            ("dates", "2026-04-15"), 2400.00),
        # --- marketing, supplies, meals, travel, equipment
        out("Google", "Marketing & Advertising", fh_card("GOOGLE *ADS{n:10} cc.google.com CA"), ("k", 1),
            (120, 400), card=True),
        out("Meta", "Marketing & Advertising", fh_card("FACEBK *{X:10} fb.me/ads CA"), ("k", 2), (75, 250),
            card=True),
        out("Signs.com", "Marketing & Advertising", fh_card("SIGNS.COM 866-9 ALPHARETTA GA"), ("k", 1), (140, 260),
            card=True),
        out("Office Depot", "Supplies & Materials", fh_card("OFFICE DEPOT #2197 MEMPHIS TN"), ("k", 2), (40, 180),
            card=True),
        out("Amazon", "Supplies & Materials", fh_card("AMAZON MKTPL*{X:9} Amzn.com/bill WA"), ("k", 1),
            (22, 110), card=True),
        out("Gus's Fried Chicken", "Meals & Entertainment", fh_card("GUS'S FRIED CHICKEN DOWNTOWN MEMPHIS TN"),
            ("k", 1), (34, 80), card=True),
        out("Exxon", "Travel", fh_card("EXXONMOBIL 4{n:7} CORDOVA TN"), ("k", 1), (38, 72), card=True),
        out("Premier Parking", "Travel", fh_card("PREMIER PARKING P{n:3} MEMPHIS TN"), ("k", 1), (8, 20),
            card=True),
        out("Dell", "Equipment", fh_card("DELL SALES & SERVICE 800-624-9896 TX"), ("k", 1), (780, 1250),
            card=True),
        # --- bank, owner, own accounts
        out("", "Bank Fees", "MAINTENANCE FEE", ("last",), 15.00),
        out("", "Internal Transfer", "INTERNET TRANSFER TO SAVINGS XXXXXX{k.acct} SIMMONS TAX & BOOKKEEPING",
            ("dates", "2026-03-16 2026-04-10"), [5000.00, 8000.00], keep={"acct": "{n:4}"}),
        out("", "Internal Transfer", fh_ach("PMT", "FIRST HORIZON", "CARD PYMT"), ("k", 2), (650, 1900),
            keep={"id": "{n:10}"}),
        out("LaToya Simmons", "Owner Draw / Contribution",
            "INTERNET TRANSFER TO CHECKING XXXXXX{k.acct} LATOYA SIMMONS", ("dates", "2026-03-13 2026-04-24"),
            [3500.00, 5000.00], keep={"acct": "{n:4}"}),
    ]
    return Business("us-tax-preparer", "US", "First Horizon Bank", (2026, 2), 3, {"2026-02-16"},
                    ["5530", "1187"], {}, cps)


def uk_refill_shop() -> Business:
    """The Full Jar Ltd, Gloucester Road, Bristol; director H Marsh; Triodos Bank UK."""
    SR, COGS = "Sales Revenue", "Cost of Goods Sold"
    cps = [
        inn("Zettle", SR, "FASTER PAYMENT IN PAYPAL UK LTD ZETTLE {n:10}", ("pm", 4), (140, 720)),
        inn("Shopify", SR, "BACS SHOPIFY INTERNATIO {X:8}", ("pm", [1, 1, 2]), (90, 380)),
        inn("", SR, "CASH DEPOSIT POST OFFICE {?GLOUCESTER ROAD|HORFIELD}", ("k", 4), (85, 410)),
        inn("Gloucester Road Kitchen", SR, "FASTER PAYMENT IN GLOUCESTER ROAD KI INV {seq:inv}", ("k", 3),
            (62, 240)),
        inn("Ashley Down Nursery", SR, "FASTER PAYMENT IN ASHLEY DOWN NURSER FULLJAR {n:3}", ("k", 1), (48, 120)),
        inn("Essential Trading", "Refunds", "FASTER PAYMENT IN ESSENTIAL TRADING CREDIT NOTE {n:5}", ("k", 1),
            (22, 70)),
        inn("H Marsh", "Owner Draw / Contribution", "FASTER PAYMENT IN H MARSH DIRECTORS LOAN",
            ("dates", "2026-01-07"), 2500.00),
        # --- stock for the refill stations
        out("Essential Trading", COGS, "FASTER PAYMENT OUT ESSENTIAL TRADING INV {n:6}", ("k", 4), (380, 1450)),
        out("Miniml", COGS, "FASTER PAYMENT OUT MINIML LTD INV-{n:5}", ("k", 2), (220, 640)),
        out("Extract Coffee Roasters", COGS, "FASTER PAYMENT OUT EXTRACT COFFEE RO {k.acct}", ("k", 2), (160, 420),
            keep={"acct": "EXT{n:5}"}),
        out("Stapleton Apiaries", COGS, "FASTER PAYMENT OUT STAPLETON APIARIE HONEY {mon:en|U}", ("k", 1),
            (140, 260)),
        out("Wickwar Wholefoods", COGS, "FASTER PAYMENT OUT WICKWAR WHOLEFOOD INV {n:4}", ("k", 1), (190, 420)),
        out("Faith in Nature", COGS, tr_card("FAITH IN NATURE", "MANCHESTER"), ("k", 1), (110, 260), card=True),
        # --- premises
        out("Gloucester Road Properties", "Rent", "STANDING ORDER GLOUCESTER ROAD PR RENT FULL JAR", ("m", 1),
            1250.00),
        out("Bristol City Council", "Taxes", "DIRECT DEBIT BRISTOL CITY COUNCI {k.ref}", ("dates", "2026-01-02"),
            121.00, keep={"ref": "6{n:7}"}),
        out("Bristol Waste Company", "Utilities", "DIRECT DEBIT BRISTOL WASTE COMPAN {k.ref}", ("m", 15), 68.40,
            keep={"ref": "BWC{n:6}"}),
        out("Octopus Energy", "Utilities", "DIRECT DEBIT OCTOPUS ENERGY {k.ref}", ("m", 8), (140, 210),
            keep={"ref": "A-{X:8}"}),
        out("Castle Water", "Utilities", "DIRECT DEBIT CASTLE WATER {k.ref}", ("m", 20, [1]), (38, 52),
            keep={"ref": "{n:8}"}),
        out("Zen Internet", "Utilities", "DIRECT DEBIT ZEN INTERNET LTD {k.ref}", ("m", 3, [0, 2]), 42.00,
            keep={"ref": "ZEN{n:7}"}),
        out("Simply Business", "Insurance", "DIRECT DEBIT SIMPLY BUSINESS {k.ref}", ("m", 12, [0, 1]), 38.17,
            keep={"ref": "SB{n:8}"}),
        out("Shopify", "Software & Subscriptions", tr_card("SHOPIFY* {n:9}", "SHOPIFY.COM", "IE"),
            ("m", 18, [0, 1]), 25.00, card=True),
        out("Xero", "Software & Subscriptions", "DIRECT DEBIT XERO UK LTD {k.ref}", ("m", 6, [1, 2]), 33.00,
            keep={"ref": "{X:8}"}),
        # --- staff and payroll bodies
        out("M Kowalska", "Salaries & Payroll", "FASTER PAYMENT OUT M KOWALSKA WAGES {mon:en|U}", ("last",),
            (880, 1040)),
        out("J Fenwick", "Salaries & Payroll", "FASTER PAYMENT OUT J FENWICK WAGES {mon:en|U}", ("last",),
            (610, 760)),
        out("HMRC", "Salaries & Payroll", "FASTER PAYMENT OUT HMRC CUMBERNAULD {k.paye}", ("m", 19), (180, 260),
            keep={"paye": "{n:3}PX00{n:6}"}),
        out("NEST", "Salaries & Payroll", "DIRECT DEBIT NEST PENSIONS {k.ref}", ("m", 14, [0, 1]), (40, 70),
            keep={"ref": "{X:10}"}),
        out("HMRC", "Taxes", "DIRECT DEBIT HMRC VAT {k.vrn}", ("dates", "2026-01-12"), 1284.60,
            keep={"vrn": "{n:9}"}),
        out("Redland Accounts", "Professional Services", "STANDING ORDER REDLAND ACCOUNTS FULL JAR BOOKKEEPING",
            ("m", 25, [0, 1]), 95.00),
        # --- card spending
        out("Wickes", "Supplies & Materials", tr_card("WICKES", "BRISTOL"), ("k", 1), (24, 86), card=True),
        out("Amazon", "Supplies & Materials", tr_card("AMAZON.CO.UK*{X:9}", "AMAZON.CO.UK"), ("k", 1), (12, 60),
            card=True),
        out("instantprint", "Marketing & Advertising", tr_card("INSTANTPRINT", "ROTHERHAM"), ("k", 1), (45, 110),
            card=True),
        out("Meta", "Marketing & Advertising", tr_card("FACEBK *{X:10}", "DUBLIN", "IE"), ("k", 1), (25, 80),
            card=True),
        out("Zipcar", "Travel", tr_card("ZIPCAR UK", "LONDON"), ("k", 1), (28, 64), card=True),
        out("First Bus", "Travel", tr_card("FIRST BUS", "BRISTOL"), ("k", 1), 5.00, card=True),
        # --- finance, owner, own accounts, bank
        out("Start Up Loans", "Loan Repayment", "DIRECT DEBIT START UP LOANS {k.ref}", ("m", 27), 187.63,
            keep={"ref": "SUL{n:7}"}),
        out("H Marsh", "Owner Draw / Contribution", "FASTER PAYMENT OUT H MARSH DIVIDEND",
            ("dates", "2026-03-31"), 1500.00),
        out("", "Internal Transfer", "TRANSFER TO 165810 2044{k.acct} FULL JAR VAT RESERVE",
            ("dates", "2026-02-02 2026-03-02"), 600.00, keep={"acct": "{n:4}"}),
        out("", "Bank Fees", "ACCOUNT FEE {pmon:en|U}", ("m", 1), 7.50),
        out("", "Bank Fees", "TRANSACTION CHARGES {pmon:en|U}", ("m", 1, [1]), (9, 22)),
    ]
    return Business("uk-refill-shop", "UK", "Triodos Bank UK", (2026, 1), 3, set(), ["4829"], {}, cps)


def uk_window_cleaning() -> Business:
    """Trent Shine Window Cleaning Ltd, Nottingham; director Liam Doherty; ANNA Money."""
    SI = "Service Income"
    cps = [
        inn("GoCardless", "Sales Revenue", "Transfer from GOCARDLESS LTD, ref: GC PAYOUT {X:8}",
            ("pm", [3, 4, 3]), (280, 1240)),
        inn("J Walker", SI, "Transfer from MRS J WALKER, ref: WINDOWS 14 ELM AVE", ("k", 2), (18, 24)),
        inn("Gurpreet Sandhu", SI, "Transfer from GURPREET SANDHU, ref: window clean", ("k", 1), (20, 35)),
        inn("T Hollingworth", SI, "Transfer from T HOLLINGWORTH, ref: GUTTERS + WINDOWS", ("k", 1), (85, 140)),
        inn("A & K Brennan", SI, "Transfer from A & K BRENNAN, ref: WINDOWS {mon:en|U}", ("k", 1), (22, 30)),
        inn("D Osei", SI, "Transfer from MR D OSEI, ref: TRENT SHINE", ("k", 1), (25, 45)),
        inn("E Nowak", SI, "Transfer from E NOWAK, ref: conservatory roof", ("k", 1), (60, 95)),
        inn("Beeston Family Dental", SI, "Transfer from BEESTON FAMILY DENTAL LTD, ref: INV {seq:inv}", ("m", 4),
            85.00),
        inn("Sherwood Lettings", SI, "Transfer from SHERWOOD LETTINGS LTD, ref: TSW{n:4} VARIOUS PROPS",
            ("k", 2), (120, 340)),
        inn("Castle Marina Management", SI, "Transfer from CASTLE MARINA MGMT CO, ref: TRENT SHINE {mon:en|U}",
            ("m", 9, [1, 2]), 210.00),
        inn("Nottinghamshire County Council", SI, "Transfer from NOTTINGHAMSHIRE CC, ref: 5100{n:6}",
            ("dates", "2025-10-29"), 640.00),
        inn("", SI, "Cash deposit via PayPoint at {?COSTCUTTER BULWELL|ONE STOP ARNOLD|SPAR BEESTON}", ("k", 3),
            (60, 240)),
        inn("Window Cleaning Warehouse", "Refunds", "Card refund from WINDOW CLEANING WAREH Hyde GBR ••{card}",
            ("k", 1), (18, 40), card=True),
        # --- wages (one employee, weekly) and payroll bodies
        out("Connor Boyle", "Salaries & Payroll", "Transfer to CONNOR BOYLE, ref: WAGES WK{wk}", ("wk", 4, 6),
            (340, 410)),
        out("HMRC", "Salaries & Payroll", "Transfer to HMRC PAYE CUMBERNAULD, ref: {k.paye}", ("m", 22),
            (95, 140), keep={"paye": "475PE00{n:6}"}),
        out("NEST", "Salaries & Payroll", "Direct debit to NEST, ref: {k.ref}", ("m", 10, [0, 2]), (28, 42),
            keep={"ref": "{X:10}"}),
        out("HMRC", "Taxes", "Transfer to HMRC CORPORATION TAX, ref: {k.utr}A00124A", ("dates", "2025-10-01"),
            2184.40, keep={"utr": "{n:10}"}),
        out("Companies House", "Taxes", an_card("COMPANIES HOUSE", "Cardiff"), ("k", 1), 50.00, card=True),
        # --- van
        out("BP", "Travel", an_card("BP HUCKNALL RD", "Nottingham"), ("k", 2), (45, 82), card=True),
        out("Esso", "Travel", an_card("ESSO BEESTON", "Nottingham"), ("k", 1), (40, 78), card=True),
        out("Morrisons", "Travel", an_card("MORRISONS PETROL", "Bulwell"), ("k", 2), (50, 85), card=True),
        out("Shell", "Travel", an_card("SHELL ARNOLD", "Arnold"), ("k", 1), (42, 80), card=True),
        out("Nottingham City Council", "Other Expense",
            an_card("NOTTINGHAM CITY COUNC PCN", "Nottingham"), ("k", 1), 35.00, card=True),
        out("RingGo", "Travel", an_card("RINGGO PARKING", "Nottingham"), ("k", 2), (2.4, 7.8), card=True),
        out("Oodle", "Loan Repayment", "Direct debit to OODLE FINANCIAL SERV, ref: {k.ref}", ("m", 8), 389.12,
            keep={"ref": "OOD{n:8}"}),
        out("Admiral", "Insurance", "Direct debit to ADMIRAL INSURANCE, ref: {k.pol}", ("m", 1), 118.45,
            keep={"pol": "P{n:8}"}),
        out("Direct Line", "Insurance", "Direct debit to DIRECT LINE INS, ref: {k.pol}", ("m", 15, [0, 1]), 32.60,
            keep={"pol": "DLB{n:8}"}),
        # --- overheads
        out("giffgaff", "Utilities", an_card("GIFFGAFF.COM", "Uxbridge"), ("m", 12), 25.00, card=True),
        out("Cleaner Planner", "Software & Subscriptions", "Direct debit to CLEANER PLANNER, ref: {k.ref}",
            ("m", 5), 24.00, keep={"ref": "CP-{n:5}"}),
        out("Google", "Software & Subscriptions", an_card("GOOGLE *Workspace_trentsh", "Dublin", "IRL"),
            ("m", 1, [0, 1]), 7.20, card=True),
        out("Window Cleaning Warehouse", "Supplies & Materials", an_card("WINDOW CLEANING WAREH", "Hyde"),
            ("k", 2), (45, 230), card=True),
        out("Screwfix", "Supplies & Materials", an_card("SCREWFIX", "Nottingham"), ("k", 1), (12, 65), card=True),
        out("Ionic Systems", "Equipment", an_card("IONIC SYSTEMS LTD", "Swadlincote"), ("k", 1), (420, 780),
            card=True),
        out("Mapperley Tax & Accounts", "Professional Services",
            "Standing order to MAPPERLEY TAX & ACC, ref: TRENT SHINE", ("m", 20), 60.00),
        out("Costa Coffee", "Meals & Entertainment", an_card("COSTA COFFEE", "Beeston"), ("k", 1), (3.1, 9.8),
            card=True),
        out("Greggs", "Meals & Entertainment", an_card("GREGGS", "Bulwell"), ("k", 1), (3.5, 11.5), card=True),
        out("Solopress", "Marketing & Advertising", an_card("SOLOPRESS", "Southend-on-Sea"), ("k", 1), (65, 140),
            card=True),
        out("Meta", "Marketing & Advertising", an_card("FACEBK *{X:10}", "Dublin", "IRL"), ("k", 1), (20, 60),
            card=True),
        # --- owner, pots, cash, bank
        out("Liam Doherty", "Owner Draw / Contribution", "Transfer to LIAM DOHERTY, ref: DIVIDEND",
            ("dates", "2025-09-30 2025-11-28"), 1500.00),
        out("", "Internal Transfer", "Moved to pot Tax", ("m", 15), 400.00),
        inn("", "Internal Transfer", "Moved from pot Tax", ("dates", "2025-10-01"), 2184.40),
        out("", "Internal Transfer", "Cash withdrawal LINK ATM SAINSBURYS BULWELL ••{card}", ("k", 1),
            ("choice", [50, 100]), card=True),
        out("", "Bank Fees", "ANNA Business plan fee", ("m", 3), 14.90),
    ]
    return Business("uk-window-cleaning", "UK", "ANNA Money", (2025, 9), 3, set(), ["6613"], {}, cps)


def ee_game_studio() -> Business:
    """Kalamaja Games OÜ, Tallinn; board member Kristjan Tamm; LHV Pank."""
    SR, SW = "Sales Revenue", "Software & Subscriptions"
    consts = {"emta_iban": "EE{n:2}", "emta_ref": "", "own_sav": ""}
    cps = [
        inn("Valve", SR, "Välismakse laekumine: VALVE CORPORATION BELLEVUE WA US / STEAM PARTNER PAYMENT "
                         "{pper:%b %Y|U} / {n:9} / BOFAUS3N", ("m", 12),
            ("mon", (9800, 14200), (8600, 12500), (15800, 21400))),
        out("", "Bank Fees", "Teenustasu: välismakse laekumise tasu", ("m", 12), 5.00),
        inn("Apple", SR, "Laekumine: APPLE DISTRIBUTION INTERNATIONAL LTD {k.iban} / {n:10} APPLE PROCEEDS",
            ("m", 6), ("mon", (1900, 2600), (1700, 2400), (2900, 3800)), keep={"iban": "{iban:IE:AIBK}"}),
        inn("Google", SR, "Laekumine: GOOGLE IRELAND LIMITED {k.iban} / GOOGLE PAYMENT {n:4}-{n:4}-{n:4}",
            ("m", 15), ("mon", (640, 980), (590, 900), (900, 1400)), keep={"iban": "{iban:IE:CITI}"}),
        inn("Epic Games", SR, "Laekumine: EPIC GAMES ENTERTAINMENT INTERNATIONAL GMBH {k.iban} / EGS PAYOUT {n:8}",
            ("dates", "2026-01-20"), 3420.55, keep={"iban": "{iban:CH:00230}"}),
        inn("Reklaamiagentuur Tuli", "Service Income",
            "Laekumine: REKLAAMIAGENTUUR TULI OÜ {k.iban} / Arve 2025-{seq:arve}",
            ("dates", "2025-11-19 2026-01-14"), [6200.00, 4960.00], keep={"iban": "{iban:EE:22}"}),
        inn("EIS", "Other Income",
            "Laekumine: ETTEVÕTLUSE JA INNOVATSIOONI SIHTASUTUS {k.iban} / Toetus, otsus nr 14-{n:4}",
            ("dates", "2025-12-09"), 18000.00, keep={"iban": "{iban:EE:10}"}),
        inn("Maksu- ja Tolliamet", "Taxes",
            "Laekumine: MAKSU- JA TOLLIAMET {c.emta_iban} / Tagastus ettemaksukontolt", ("dates", "2026-01-27"),
            842.16),
        # --- staff (paid on the last banking day) and the tax board
        out("Mart Saar", "Salaries & Payroll", "Makse: MART SAAR {k.iban} / Töötasu {mon:et} {yyyy}", ("last",),
            2863.40, keep={"iban": "{iban:EE:22}"}),
        out("Anna-Liisa Kuusk", "Salaries & Payroll", "Makse: ANNA-LIISA KUUSK {k.iban} / Töötasu {mon:et} {yyyy}",
            ("last",), 2412.75, keep={"iban": "{iban:EE:10}"}),
        out("Jüri Lepp", "Salaries & Payroll", "Makse: JÜRI LEPP {k.iban} / Töötasu {mon:et} {yyyy}", ("last",),
            2190.30, keep={"iban": "{iban:EE:77}"}),
        out("Maksu- ja Tolliamet", "Salaries & Payroll",
            "Makse: MAKSU- JA TOLLIAMET {c.emta_iban} / TSD {pmon:et} / Viitenumber {c.emta_ref}", ("m", 10),
            (3900, 4300)),
        out("Maksu- ja Tolliamet", "Taxes",
            "Makse: MAKSU- JA TOLLIAMET {c.emta_iban} / KMD {pmon:et} / Viitenumber {c.emta_ref}",
            ("dates", "2025-12-22"), 615.40),
        # --- office
        out("Kalaranna Kinnisvara", "Rent",
            "E-arve püsimakse: KALARANNA KINNISVARA OÜ {k.iban} / Arve nr {n:5} / Viitenumber {k.ref}", ("m", 5),
            1380.00, keep={"iban": "{iban:EE:22}", "ref": "{eeref:7}"}),
        out("Eesti Energia", "Utilities",
            "E-arve püsimakse: EESTI ENERGIA AS {k.iban} / Arve nr {n:9} / Viitenumber {k.ref}", ("m", 14),
            (110, 180), keep={"iban": "{iban:EE:22}", "ref": "{eeref:10}"}),
        out("Telia", "Utilities",
            "E-arve püsimakse: TELIA EESTI AS {k.iban} / Arve nr {n:10} / Viitenumber {k.ref}", ("m", 20), 54.90,
            keep={"iban": "{iban:EE:10}", "ref": "{eeref:9}"}),
        out("Elisa", "Utilities",
            "E-arve püsimakse: ELISA EESTI AS {k.iban} / Arve nr {n:9} / Viitenumber {k.ref}", ("m", 18, [0, 1]),
            61.80, keep={"iban": "{iban:EE:22}", "ref": "{eeref:8}"}),
        # --- tools and services
        out("Unity", SW, lhv_card("UNITY TECHNOLOGIES SAN FRANCISCO US", fx=True), ("m", 3), ("usd", 370.00),
            card=True, fixcard=True),
        out("GitHub", SW, lhv_card("GITHUB, INC. SAN FRANCISCO US", fx=True), ("m", 8), ("usd", 84.00), card=True,
            fixcard=True),
        out("Google", SW, lhv_card("GOOGLE *WORKSPACE KALAMA DUBLIN IE"), ("m", 1), 54.00, card=True,
            fixcard=True),
        out("Hetzner", SW, lhv_card("HETZNER ONLINE GMBH GUNZENHAUSEN DE"), ("m", 2, [0, 1]), (41, 46), card=True,
            fixcard=True),
        out("JetBrains", SW, lhv_card("JETBRAINS S.R.O. PRAHA CZ"), ("dates", "2025-11-24"), 599.00, card=True),
        out("Raamatupidamisbüroo Pilv", "Professional Services",
            "E-arve püsimakse: RAAMATUPIDAMISBÜROO PILV OÜ {k.iban} / Arve nr {n:4} / Viitenumber {k.ref}",
            ("m", 7), 240.00, keep={"iban": "{iban:EE:77}", "ref": "{eeref:6}"}),
        out("Siim Org", "Professional Services", "Makse: SIIM ORG {k.iban} / Arve nr {seq:siim} heliloome",
            ("dates", "2025-11-28 2026-01-16"), [1450.00, 980.00], keep={"iban": "{iban:EE:22}"}),
        out("Kätlin Rebane", "Professional Services", "Makse: KÄTLIN REBANE {k.iban} / kontseptkunst, arve {n:2}",
            ("dates", "2025-12-12 2026-01-23"), [1200.00, 1800.00], keep={"iban": "{iban:EE:96}"}),
        out("Meta", "Marketing & Advertising", lhv_card("FACEBK *{X:10} fb.me/ads IE"), ("k", 3), (120, 450),
            card=True),
        out("Reddit", "Marketing & Advertising", lhv_card("REDDIT INC SAN FRANCISCO US", fx=True), ("k", 1),
            ("usd", 150.00), card=True),
        out("Tallink", "Travel", lhv_card("TALLINK GRUPP AS TALLINN EE"), ("dates", "2025-11-18"), (58, 96),
            card=True),
        out("Scandic", "Travel", lhv_card("SCANDIC PARK HELSINKI HELSINKI FI"), ("dates", "2025-11-20"),
            (139, 189), card=True),
        out("Bolt", "Travel", lhv_card("BOLT.EU/R/{n:10} TALLINN EE"), ("k", 4), (6, 19), card=True),
        out("Wolt", "Meals & Entertainment", lhv_card("WOLT TALLINN EE"), ("k", 3), (38, 96), card=True),
        out("F-hoone", "Meals & Entertainment", lhv_card("F-HOONE TALLINN EE"), ("k", 1), (44, 130), card=True),
        out("Rimi", "Meals & Entertainment", lhv_card("RIMI TELLISKIVI TALLINN EE"), ("k", 2), (14, 48),
            card=True),
        out("Klick", "Equipment", lhv_card("KLICK ULEMISTE TALLINN EE"), ("k", 1), (899, 1299), card=True),
        out("Euronics", "Equipment", lhv_card("EURONICS KRISTIINE TALLINN EE"), ("k", 1), (219, 349), card=True),
        out("Büroomaailm", "Supplies & Materials", lhv_card("BUROOMAAILM TALLINN EE"), ("k", 1), (28, 75),
            card=True),
        # --- bank, own accounts, owner
        out("", "Bank Fees", "Teenustasu: ärikonto kuutasu {pmon:et}", ("m", 1), 7.00),
        out("", "Internal Transfer", "Sisemine makse: KALAMAJA GAMES OÜ {c.own_sav} / hoiusele",
            ("dates", "2025-12-10 2026-01-13"), [10000.00, 5000.00]),
        out("Kristjan Tamm", "Owner Draw / Contribution", "Makse: KRISTJAN TAMM {k.iban} / Dividendid 2025",
            ("dates", "2025-12-29"), 6000.00, keep={"iban": "{iban:EE:77}"}),
    ]
    return Business("ee-game-studio", "EU", "LHV Pank", (2025, 11), 3,
                    {"2025-12-24", "2025-12-25", "2025-12-26", "2026-01-01"}, ["3308"], consts, cps)


def lu_optician() -> Business:
    """Optique Weber S.à r.l., Esch-sur-Alzette; manager Carole Weber; Spuerkeess (BCEE)."""
    SR, COGS = "Sales Revenue", "Cost of Goods Sold"
    consts = {"wl_iban": "", "wl_mid": "", "wl_ci": "", "wl_mref": "", "essilor_iban": "", "zeiss_iban": "",
              "acd_iban": "", "matricule": "", "own_sav": ""}
    cps = [
        inn("Worldline", SR, "VIREMENT SEPA RECU DE WORLDLINE FINANCIAL SERVICES (EUROPE) S.A. {c.wl_iban} "
                             "DECOMPTE {c.wl_mid} DU {d:%d%m%y}", ("pm", [4, 4, 5]), (240, 2150)),
        out("Worldline", "Bank Fees", "DOMICILIATION SEPA WORLDLINE FINANCIAL SERVICES (EUROPE) S.A. ID CREANCIER "
                                      "{c.wl_ci} REF MANDAT {c.wl_mref} FACTURE {pper:%m/%Y} TERMINAL {c.wl_mid}",
            ("m", 6), (38, 62)),
        inn("Payconiq", SR, "VIREMENT SEPA RECU DE PAYCONIQ INTERNATIONAL S.A. {k.iban} PAYOUT {n:10}", ("k", 4),
            (90, 480), keep={"iban": "{iban:LU:003}"}),
        inn("CNS", SR, "VIREMENT SEPA RECU DE CAISSE NATIONALE DE SANTE {k.iban} DECOMPTE FOURNISSEUR {n:8}",
            ("dates", "2026-02-24 2026-04-21"), (310, 880), keep={"iban": "{iban:LU:001}"}),
        inn("Transports Bettendorf", SR, "VIREMENT SEPA RECU DE TRANSPORTS BETTENDORF S.A. {k.iban} FACT. "
                                         "{seq:fact} LUNETTES DE SECURITE",
            ("dates", "2026-03-11 2026-04-29"), [1246.80, 389.50], keep={"iban": "{iban:LU:002}"}),
        inn("Jean-Paul Hoffmann", SR, "VIREMENT SEPA RECU DE HOFFMANN JEAN-PAUL {k.iban} SOLDE LUNETTES {seq:fact}",
            ("k", 1), (180, 420), keep={"iban": "{iban:LU:009}"}),
        inn("Anne Kieffer", SR, "VIREMENT SEPA RECU DE MME ANNE KIEFFER {k.iban} FACTURE {seq:fact}", ("k", 1),
            (120, 360), keep={"iban": "{iban:LU:111}"}),
        inn("", SR, "VERSEMENT ESPECES AGENCE ESCH-SUR-ALZETTE", ("k", 3), (180, 750)),
        inn("Zeiss", "Refunds", "VIREMENT SEPA RECU DE CARL ZEISS VISION GMBH {c.zeiss_iban} AVOIR {n:8}", ("k", 1),
            (64, 210)),
        inn("Carole Weber", "Owner Draw / Contribution",
            "VIREMENT SEPA RECU DE WEBER CAROLE {k.iban} APPORT EN COMPTE COURANT ASSOCIE",
            ("dates", "2026-02-09"), 15000.00, keep={"iban": "{iban:LU:001}"}),
        # --- lenses, frames and contact lenses
        out("Essilor", COGS, "VIREMENT SEPA EN FAVEUR DE ESSILOR BELUX {c.essilor_iban} RELEVE {pper:%m/%Y} "
                             "CLIENT {k.cust}", ("m", 10), (1100, 2600), keep={"cust": "{n:7}"}),
        out("Zeiss", COGS, sp_dd("CARL ZEISS VISION GMBH", "RE {n:9}"), ("m", 15, [0, 2]), (780, 1900),
            keep={"ci": "{ci:DE}", "mref": "CZV{n:8}"}),
        out("Hoya", COGS, "VIREMENT SEPA EN FAVEUR DE HOYA LENS BELGIUM {k.iban} FACT {n:8}", ("k", 2), (420, 980),
            keep={"iban": "{iban:BE:310}"}),
        out("Safilo", COGS, "VIREMENT SEPA EN FAVEUR DE SAFILO BENELUX {k.iban} INV {n:9}", ("k", 2), (640, 1500),
            keep={"iban": "{iban:BE:001}"}),
        out("Lindberg", COGS, "VIREMENT SEPA EN FAVEUR DE LINDBERG A/S {k.iban} INVOICE {n:7}", ("k", 1),
            (900, 1900), keep={"iban": "{iban:DK:3000}"}),
        out("CooperVision", COGS, sp_dd("COOPERVISION DISTRIBUTION SPRL", "FACTURE {n:8}"), ("m", 20, [1, 2]),
            (380, 720), keep={"ci": "{ci:BE}", "mref": "{n:10}"}),
        # --- shop
        out("Immobilière Kremer", "Rent", "ORDRE PERMANENT EN FAVEUR DE IMMOBILIERE KREMER SARL {k.iban} LOYER "
                                          "{mon:fr|AU} {yyyy} 14 RUE DE L'ALZETTE", ("m", 1), 3450.00,
            keep={"iban": "{iban:LU:001}"}),
        out("Enovos", "Utilities", sp_dd("ENOVOS LUXEMBOURG S.A.", "CONTRAT {k.c} ACOMPTE {mon:fr|AU}"),
            ("m", 12, [0, 2]), (165, 240), keep={"ci": "{ci:LU}", "mref": "ENO{n:9}", "c": "{n:10}"}),
        out("POST Luxembourg", "Utilities", sp_dd("POST LUXEMBOURG", "FACTURE {n:10}"), ("m", 22, [0, 1]), 79.90,
            keep={"ci": "{ci:LU}", "mref": "PT{n:10}"}),
        out("Ville d'Esch-sur-Alzette", "Utilities",
            sp_dd("ADMINISTRATION COMMUNALE DE LA VILLE D'ESCH-SUR-ALZETTE", "TAXES EAU CANAL ORDURES {n:7}"),
            ("dates", "2026-03-17"), 214.35, keep={"ci": "{ci:LU}", "mref": "{n:8}"}),
        out("Foyer", "Insurance", sp_dd("FOYER ASSURANCES S.A.", "POLICE {k.pol}"), ("m", 5, [1, 2]), 96.40,
            keep={"ci": "{ci:LU}", "mref": "{n:12}", "pol": "{n:8}"}),
        out("La Luxembourgeoise", "Insurance",
            sp_dd("LA LUXEMBOURGEOISE S.A. D'ASSURANCES", "RC PROFESSIONNELLE {n:8}"), ("dates", "2026-03-02"),
            684.00, keep={"ci": "{ci:LU}", "mref": "{n:10}"}),
        # --- staff and public bodies
        out("Sandra Muller", "Salaries & Payroll",
            "VIREMENT SEPA EN FAVEUR DE MULLER SANDRA {k.iban} SALAIRE {mon:fr|AU} {yyyy}", ("last",), 3120.45,
            keep={"iban": "{iban:LU:001}"}),
        out("Tom Reuter", "Salaries & Payroll",
            "VIREMENT SEPA EN FAVEUR DE REUTER TOM {k.iban} SALAIRE {mon:fr|AU} {yyyy}", ("last",), 2785.10,
            keep={"iban": "{iban:LU:003}"}),
        out("CCSS", "Salaries & Payroll",
            sp_dd("CENTRE COMMUN DE LA SECURITE SOCIALE", "DECOMPTE COTISATIONS {pper:%m/%Y}"), ("m", 14),
            (2150, 2300), keep={"ci": "{ci:LU}", "mref": "{n:13}"}),
        out("ACD", "Salaries & Payroll", "VIREMENT SEPA EN FAVEUR DE ADMINISTRATION DES CONTRIBUTIONS DIRECTES "
                                         "{c.acd_iban} RTS {pper:%m/%Y} {c.matricule}", ("m", 10), (820, 900)),
        out("ACD", "Taxes", "VIREMENT SEPA EN FAVEUR DE ADMINISTRATION DES CONTRIBUTIONS DIRECTES {c.acd_iban} "
                            "AVANCE IRC ICC 1T/2026 {c.matricule}", ("dates", "2026-03-10"), 1260.00),
        out("AED", "Taxes", "VIREMENT SEPA EN FAVEUR DE ADMINISTRATION DE L'ENREGISTREMENT DES DOMAINES ET DE LA "
                            "TVA {k.iban} TVA 4T2025 LU{k.tva}", ("dates", "2026-02-13"), 2416.88,
            keep={"iban": "{iban:LU:001}", "tva": "{n:8}"}),
        out("Chambre des Métiers", "Taxes",
            "VIREMENT SEPA EN FAVEUR DE CHAMBRE DES METIERS {k.iban} COTISATION 2026 {n:6}",
            ("dates", "2026-04-15"), 287.00, keep={"iban": "{iban:LU:001}"}),
        out("Fiduciaire Schmit & Hoffmann", "Professional Services",
            "VIREMENT SEPA EN FAVEUR DE FIDUCIAIRE SCHMIT & HOFFMANN SARL {k.iban} HONORAIRES {n:5}",
            ("m", 25, [0, 2]), 450.00, keep={"iban": "{iban:LU:002}"}),
        # --- card spending
        out("Editus", "Marketing & Advertising", sp_dd("EDITUS LUXEMBOURG S.A.", "FACTURE {n:8}"),
            ("dates", "2026-02-20"), 240.00, keep={"ci": "{ci:LU}", "mref": "{n:9}"}),
        out("Meta", "Marketing & Advertising", sp_card("FACEBK *{X:10} FB.ME/ADS IE"), ("k", 1), (40, 160),
            card=True),
        out("Microsoft", "Software & Subscriptions", sp_card("MICROSOFT*365 BUSINESS MSBILL.INFO IE"),
            ("m", 3, [0, 1]), 12.60, card=True, fixcard=True),
        out("Luxair", "Travel", sp_card("LUXAIR LUXEMBOURG LU"), ("dates", "2026-02-12"), (260, 420), card=True),
        out("NH Hotels", "Travel", sp_card("NH MILANO TOURING MILANO IT"), ("dates", "2026-03-01"), (380, 540),
            card=True),
        out("Aral", "Travel", sp_card("ARAL ESCH-SUR-ALZETTE ESCH-SUR-ALZETTE LU"), ("k", 2), (55, 95), card=True),
        out("Brasserie Um Brill", "Meals & Entertainment", sp_card("BRASSERIE UM BRILL ESCH-SUR-ALZETTE LU"),
            ("k", 1), (48, 120), card=True),
        out("Essilor", "Equipment", "VIREMENT SEPA EN FAVEUR DE ESSILOR BELUX {c.essilor_iban} CONTRAT ENTRETIEN "
                                    "MEULEUSE {n:6}", ("dates", "2026-03-19"), 1480.00),
        # --- bank, own accounts
        out("", "Bank Fees", "FORFAIT COMPTE PROFESSIONNEL {mon:fr|AU}", ("last", [0, 1]), 12.50),
        inn("", "Interest", "INTERETS CREDITEURS DU 01.01.2026 AU 31.03.2026", ("dates", "2026-03-31"), 4.17),
        out("", "Loan Repayment", "REMBOURSEMENT PRET N° {k.ln} ECHEANCE {d:%m/%Y}", ("m", 25, [0, 1]), 1124.36,
            keep={"ln": "{n:3}-{n:7}-{n:2}"}),
        out("", "Internal Transfer", "RETRAIT D'ESPECES DU {pd:%d.%m.%Y} A {t} SPUERKEESS ESCH BENELUX CARTE N° "
                                     "XXXX XXXX XXXX {card}", ("k", 1), ("choice", [100, 150, 200]), card=True),
        out("", "Internal Transfer", "VIREMENT ENTRE VOS COMPTES EN FAVEUR DE {c.own_sav} EPARGNE",
            ("dates", "2026-04-30"), 4000.00),
    ]
    return Business("lu-optician", "EU", "Spuerkeess", (2026, 2), 3, {"2026-04-03", "2026-04-06"}, ["7702"],
                    consts, cps)


def sk_moving_company() -> Business:
    """Horváth Sťahovanie s.r.o., Košice; owner Marek Horváth; Tatra banka."""
    SI = "Service Income"
    consts = {"mesto_iban": "", "du_iban": "", "du_vs": "", "koop_iban": ""}
    cps = [
        inn("Jana Kováčová", SI, tb_in("KOVACOVA JANA", "/VS2025{n:4}/SS/KS0308 stahovanie"),
            ("dates", "2025-09-09"), 420.00, keep={"iban": "{iban:SK:0900}"}),
        inn("Peter Balog", SI, "Kredit. platba SEPA od: BALOG PETER {c.balog_iban} /VS2025{n:4}/SS/KS0308 zaloha stahovanie",
            ("dates", "2025-09-22"), 150.00),
        out("Peter Balog", SI, tb_out("BALOG PETER", "/VS/SS/KS0308 vratenie zalohy", "{c.balog_iban}"),
            ("dates", "2025-10-02"), 150.00),
        inn("Martina Hudáková", SI, tb_in("HUDAKOVA MARTINA", "/VS2025{n:4}/SS/KS0308 faktura"), ("k", 1),
            (290, 640), keep={"iban": "{iban:SK:1100}"}),
        inn("Tomáš Király", SI, tb_in("KIRALY TOMAS", "/VS2025{n:4}/SS/KS0308 stahovanie byt"), ("k", 1),
            (360, 720), keep={"iban": "{iban:SK:7500}"}),
        inn("Lucia Fedorová", SI, tb_in("FEDOROVA LUCIA", "/VS2025{n:4}/SS/KS0308 {?zaloha|doplatok}"), ("k", 2),
            (150, 480), keep={"iban": "{iban:SK:0900}"}),
        inn("Ondrej Sabol", SI, tb_in("SABOL ONDREJ", "/VS2025{n:4}/SS/KS0308 faktura"), ("k", 1), (210, 390),
            keep={"iban": "{iban:SK:6500}"}),
        inn("Zuzana Mihalíková", SI, tb_in("MIHALIKOVA ZUZANA", "/VS2025{n:4}/SS/KS0308 stahovanie"), ("k", 1),
            (320, 560), keep={"iban": "{iban:SK:5600}"}),
        inn("SumUp", "Sales Revenue", tb_in("SUMUP LIMITED", "/VS/SS/KS SUMUP PAYOUT {X:8}"), ("pm", [1, 2, 1]),
            (180, 690), keep={"iban": "{iban:IE:SUMU}"}),
        inn("Východoslovenská logistika", SI,
            tb_in("VYCHODOSLOVENSKA LOGISTIKA S.R.O.", "/VS2025{n:4}/SS/KS0308 faktura"),
            ("dates", "2025-10-08 2025-11-20"), [1860.00, 940.00], keep={"iban": "{iban:SK:1100}"}),
        inn("Mesto Košice", SI, "Kredit. platba SEPA od: MESTO KOSICE {c.mesto_iban} /VS2025{n:4}/SS/KS0308 "
                               "stahovanie kancelarii MMK", ("dates", "2025-10-23"), 2736.00),
        inn("Hornádska stavebná", SI, tb_in("HORNADSKA STAVEBNA S.R.O.", "/VS2025{n:4}/SS/KS0308 presun kontajnerov"),
            ("k", 1), (980, 1350), keep={"iban": "{iban:SK:0200}"}),
        inn("", SI, "Vklad hotovosti KOSICE HLAVNA 8", ("k", 3), (120, 480)),
        inn("Kooperativa", "Other Income", "Kredit. platba SEPA od: KOOPERATIVA POISTOVNA A.S. VIG {c.koop_iban} "
                                           "/VS{n:10}/SS/KS poistne plnenie PU {n:8}",
            ("dates", "2025-11-12"), 1185.40),
        inn("OBI", "Refunds", "Vrátenie platby kartou 4405 77** **** {card} {pd:%d.%m.%Y} OBI KOSICE, KOSICE, SVK",
            ("k", 1), (18, 64), card=True),
        # --- staff (wages paid on the 10th for the previous month) and payroll bodies
        out("Ján Hric", "Salaries & Payroll", tb_out("HRIC JAN", "/VS/SS/KS0558 mzda {pper:%m/%Y}"), ("m", 10),
            1185.20, keep={"iban": "{iban:SK:0900}"}),
        out("Dávid Takáč", "Salaries & Payroll", tb_out("TAKAC DAVID", "/VS/SS/KS0558 mzda {pper:%m/%Y}"),
            ("m", 10), 1096.85, keep={"iban": "{iban:SK:1100}"}),
        out("Róbert Lukáč", "Salaries & Payroll", tb_out("LUKAC ROBERT", "/VS/SS/KS0558 mzda {pper:%m/%Y}"),
            ("m", 10), 1102.40, keep={"iban": "{iban:SK:0200}"}),
        out("Samuel Kočiš", "Salaries & Payroll", tb_out("KOCIS SAMUEL", "/VS/SS/KS0558 odmena dohoda {pper:%m/%Y}"),
            ("dates", "2025-10-10 2025-11-10"), [420.00, 388.00], keep={"iban": "{iban:SK:8330}"}),
        out("Sociálna poisťovňa", "Salaries & Payroll",
            tb_out("SOCIALNA POISTOVNA", "/VS{k.vs}/SS/KS3558 odvody {pper:%m/%Y}"), ("m", 8), (1480, 1560),
            keep={"iban": "{iban:SK:8180}", "vs": "{n:10}"}),
        out("VšZP", "Salaries & Payroll",
            tb_out("VSEOBECNA ZDRAVOTNA POISTOVNA", "/VS{k.vs}/SS{pper:%m%Y}/KS3118 preddavky"),
            ("m", 8, [0, 1]), (390, 420), keep={"iban": "{iban:SK:8180}", "vs": "{n:10}"}),
        out("Dôvera", "Salaries & Payroll",
            tb_out("DOVERA ZDRAVOTNA POISTOVNA A.S.", "/VS{k.vs}/SS{pper:%m%Y}/KS3118 preddavky"),
            ("m", 8, [2]), (140, 150), keep={"iban": "{iban:SK:0200}", "vs": "{n:10}"}),
        out("Daňový úrad Košice", "Salaries & Payroll",
            tb_out("DANOVY URAD KOSICE", "/VS{c.du_vs}/SS/KS preddavky na dan zo zavislej cinnosti {pper:%m/%Y}",
                   "{c.du_iban}"), ("m", 10, [0, 1]), (280, 330)),
        out("Daňový úrad Košice", "Taxes", tb_out("DANOVY URAD KOSICE", "/VS{c.du_vs}/SS/KS DPH {pper:%m/%Y}",
                                                  "{c.du_iban}"), ("m", 25), (1200, 2200)),
        # --- trucks
        out("Slovnaft", "Travel", tb_card("SLOVNAFT {n:4}", "{?KOSICE|PRESOV|MICHALOVCE}"), ("k", 2), (70, 160),
            card=True),
        out("OMV", "Travel", tb_card("OMV {n:4}", "KOSICE"), ("k", 1), (65, 150), card=True),
        out("Shell", "Travel", tb_card("SHELL {n:4}", "KOSICE"), ("k", 1), (60, 140), card=True),
        out("NDS", "Travel", tb_card("EZNAMKA.SK NDS", "BRATISLAVA"), ("dates", "2025-09-03"), 90.00, card=True),
        out("Autoservis Baran", "Travel", tb_out("AUTOSERVIS BARAN S.R.O.", "/VS2025{n:4}/SS/KS0308 oprava IVECO"),
            ("k", 1), (280, 640), keep={"iban": "{iban:SK:1100}"}),
        out("ČSOB Leasing", "Loan Repayment", tb_dd("CSOB LEASING A.S.", "splatka zmluva {k.contract}"),
            ("m", 15, [0, 1]), 612.90, keep={"ci": "{ci:SK}", "mref": "{n:8}", "contract": "{n:7}"}),
        out("Kooperativa", "Insurance", tb_dd("KOOPERATIVA POISTOVNA A.S. VIG", "PZP {k.pol}"), ("m", 1, [1, 2]),
            104.60, keep={"ci": "{ci:SK}", "mref": "{n:10}", "pol": "{n:10}"}),
        out("Allianz", "Insurance", tb_dd("ALLIANZ - SLOVENSKA POISTOVNA A.S.", "poistenie nakladu {n:9}"),
            ("dates", "2025-09-29"), 238.00, keep={"ci": "{ci:SK}", "mref": "{n:10}"}),
        # --- premises and overheads
        out("Areál Moldavská", "Rent", "Trvalý príkaz pre: AREAL MOLDAVSKA S.R.O. {k.iban} /VS{k.vs}/SS/KS0308 "
                                       "najom sklad", ("m", 5), 950.00,
            keep={"iban": "{iban:SK:1100}", "vs": "{n:8}"}),
        out("VSE", "Utilities", tb_dd("VYCHODOSLOVENSKA ENERGETIKA A.S.", "zaloha elektrina {n:10}"),
            ("m", 18, [0, 1]), (120, 190), keep={"ci": "{ci:SK}", "mref": "{n:10}"}),
        out("Slovak Telekom", "Utilities", tb_dd("SLOVAK TELEKOM A.S.", "faktura {n:10}"), ("m", 16, [1, 2]), 42.90,
            keep={"ci": "{ci:SK}", "mref": "{n:10}"}),
        out("Orange", "Utilities", tb_dd("ORANGE SLOVENSKO A.S.", "faktura {n:10}"), ("m", 21, [0, 1]), 59.80,
            keep={"ci": "{ci:SK}", "mref": "{n:10}"}),
        out("Kosit", "Utilities", tb_out("KOSIT A.S.", "/VS{n:8}/SS/KS0308 odvoz odpadu"), ("k", 1), (38, 52),
            keep={"iban": "{iban:SK:0200}"}),
        out("Kartonáž Šaca", "Supplies & Materials", tb_out("KARTONAZ SACA S.R.O.", "/VS2025{n:4}/SS/KS0308 krabice"),
            ("k", 2), (240, 560), keep={"iban": "{iban:SK:0900}"}),
        out("OBI", "Supplies & Materials", tb_card("OBI KOSICE", "KOSICE"), ("k", 2), (25, 140), card=True),
        out("SANO Transportgeräte", "Equipment",
            tb_out("SANO TRANSPORTGERAETE GMBH", "/VS/SS/KS Invoice {n:7} LIFTKAR", "{k.iban}"),
            ("dates", "2025-10-14"), 1890.00, keep={"iban": "{iban:DE:60050101}"}),
        out("SuperFaktúra", "Software & Subscriptions", tb_card("SUPERFAKTURA.SK", "BRATISLAVA"), ("m", 2, [0, 1]),
            9.90, card=True),
        out("Google", "Software & Subscriptions", tb_card("GOOGLE *WORKSPACE", "DUBLIN", "IRL"), ("m", 1, [0, 1]), 13.60,
            card=True),
        out("Google", "Marketing & Advertising", tb_card("GOOGLE *ADS{n:10}", "DUBLIN", "IRL"), ("k", 1), (60, 180),
            card=True),
        out("Bazoš", "Marketing & Advertising", tb_card("BAZOS.SK", "BRATISLAVA"), ("k", 1), (4, 12), card=True),
        out("Účtovníctvo Kováč", "Professional Services",
            "Trvalý príkaz pre: UCTOVNICTVO KOVAC S.R.O. {k.iban} /VS{k.vs}/SS/KS0308 uctovne sluzby",
            ("m", 12, [0, 1]), 180.00, keep={"iban": "{iban:SK:0900}", "vs": "{n:8}"}),
        out("Mesto Košice", "Taxes", "Odoslaná platba SEPA pre: MESTO KOSICE {c.mesto_iban} /VS{n:10}/SS/KS0558 "
                                     "dan za uzivanie verejneho priestranstva", ("k", 2), (12, 36)),
        # --- owner, bank
        out("Marek Horváth", "Owner Draw / Contribution", tb_out("HORVATH MAREK", "/VS/SS/KS podiel na zisku 2024"),
            ("dates", "2025-10-31"), 5000.00, keep={"iban": "{iban:SK:1100}"}),
        out("", "Loan Repayment", "Splátka úveru č. {k.ln}", ("m", 20, [0, 1]), 845.00, keep={"ln": "{n:10}"}),
        out("", "Bank Fees", "Poplatok za vedenie účtu {d:%m/%Y}", ("last", [0, 1]), 9.90),
        out("", "Internal Transfer", "Výber z bankomatu 4405 77** **** {card} {pd:%d.%m.%Y} {t} TATRA BANKA "
                                     "KOSICE ALEJ, KOSICE, SVK", ("k", 1), ("choice", [100, 200]), card=True),
    ]
    return Business("sk-moving-company", "EU", "Tatra banka", (2025, 9), 3,
                    {"2025-09-01", "2025-09-15", "2025-11-17"}, ["5561"], consts, cps)


BUSINESSES = [us_pest_control, us_cheese_shop, us_tax_preparer, uk_refill_shop, uk_window_cleaning,
              ee_game_studio, lu_optician, sk_moving_company]

# Business-level stable values that need the keep generator (shared by several counterparties).
SHARED = {
    "us-pest-control": {"tsp_id": "{n:10}"},
    "us-cheese-shop": {"sysco_id": "{n:10}", "loc": "{n:4}"},
    "ee-game-studio": {"emta_iban": "{iban:EE:22}", "emta_ref": "{eeref:8}", "own_sav": "{iban:EE:77}"},
    "lu-optician": {"wl_iban": "{iban:LU:001}", "wl_mid": "{n:8}", "wl_ci": "{ci:LU}", "wl_mref": "WL{n:9}",
                    "essilor_iban": "{iban:BE:363}", "zeiss_iban": "{iban:DE:60070070}",
                    "acd_iban": "{iban:LU:001}", "matricule": "{n:13}", "own_sav": "{iban:LU:001}"},
    "sk-moving-company": {"mesto_iban": "{iban:SK:0200}", "du_iban": "{iban:SK:8180}", "du_vs": "{n:10}",
                          "koop_iban": "{iban:SK:1100}", "balog_iban": "{iban:SK:0200}"},
}
SEQ_START = {"inv": 1040, "arve": 11, "siim": 6, "fact": 2604}


# --------------------------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------------------------

def generate():
    rng = random.Random(SEED)
    krng = random.Random(KEEP_SEED)
    rows = []
    for make in BUSINESSES:
        biz = make()
        for name, tpl in SHARED.get(biz.id, {}).items():
            biz.consts[name] = expand(tpl, Ctx(krng, biz))
        cal = Cal(biz)
        occ = []
        for ci, cp in enumerate(biz.cps):
            assert cp.cat in CATEGORIES, cp.cat
            kctx = Ctx(krng, biz, cp)
            cp.kv = {k: expand(v, kctx) for k, v in cp.keep.items()}
            if isinstance(cp.amt, tuple) and cp.amt and cp.amt[0] == "fix":
                cp.fixed_amt = round(krng.uniform(cp.amt[1], cp.amt[2]), 2)
            cp.the_card = krng.choice(biz.cards)
            for j, (mi, d) in enumerate(schedule(cp, cal, rng)):
                a, usd = amount_for(cp, j, mi, rng)
                if cp.card:
                    pd = d
                    post = cal.add_bd(pd, rng.choice([0, 1, 1, 2]))
                    if post > cal.last:
                        post = cal.prev_bd(cal.last)
                else:
                    pd, post = d, d
                assert cal.banking(post) and cal.first <= post <= cal.last, (biz.id, cp.ent, post)
                occ.append((post, ci, pd, cp, a, usd))
        occ.sort(key=lambda o: (o[0], o[1], o[2]))
        seqs = defaultdict(int, SEQ_START)
        for post, _ci, pd, cp, a, usd in occ:
            ctx = Ctx(rng, biz, cp, post, pd, a, usd, seqs)
            desc = expand(rng.choice(cp.tpl), ctx)
            rows.append([biz.region, biz.id, post.isoformat(), f"{cp.sign * a:.2f}", desc, cp.ent, cp.cat])
    return rows


def write(rows):
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADER)
        w.writerows(rows)


def report(rows):
    n = len(rows)
    print(f"{OUT.name}: {n} rows, sha256 {hashlib.sha256(OUT.read_bytes()).hexdigest()}")
    by_biz = Counter(r[1] for r in rows)
    region = Counter(r[0] for r in rows)
    print("rows per business:")
    for b, c in by_biz.items():
        ins = sum(1 for r in rows if r[1] == b and float(r[3]) > 0)
        ents = len({r[5].lower() for r in rows if r[1] == b and r[5]})
        span = sorted(r[2] for r in rows if r[1] == b)
        print(f"  {b:22s} {c:4d}  in {ins:3d}  entities {ents:3d}  {span[0]} .. {span[-1]}")
    print("rows per region:", dict(region))
    ins = sum(1 for r in rows if float(r[3]) > 0)
    print(f"money in {ins} ({100 * ins / n:.1f} %), money out {n - ins}")
    ents = Counter(r[5] for r in rows if r[5])
    noent = sum(1 for r in rows if not r[5])
    shared = {e for e in ents if len({r[1] for r in rows if r[5] == e}) > 1}
    print(f"distinct entities {len(ents)}; shared across businesses {len(shared)}: {sorted(shared)}")
    print(f"rows without entity {noent} ({100 * noent / n:.1f} %)")
    multi = sum(c for c in ents.values() if c > 1)
    print(f"rows whose entity occurs more than once: {multi} of {n - noent}; "
          f"entities occurring once: {sum(1 for c in ents.values() if c == 1)}")
    cats = Counter(r[6] for r in rows)
    print("rows per category:")
    for c in sorted(CATEGORIES, key=lambda c: (-cats[c], c)):
        print(f"  {c:28s} {cats[c]}")
    dup = [k for k, v in Counter(tuple(r) for r in rows).items() if v > 1]
    print(f"duplicate rows: {len(dup)}")
    assert not dup
    assert all(r[6] in CATEGORIES for r in rows)


if __name__ == "__main__":
    data = generate()
    write(data)
    report(data)
