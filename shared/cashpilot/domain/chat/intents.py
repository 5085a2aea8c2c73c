"""What an owner's question asks: an intent and its parameters, recognised from plain words. Pure.

The offline analyst answers only what it recognises here; anything else is "not understood" (and it
suggests questions it can answer) rather than a guess. Names of customers, suppliers and categories
are matched against the business's own (passed in): words of the question are never executed or
trusted as anything but words.

`parse_memory_statement` recognises facts the owner states for the chat to remember ("our buffer is
20k", "ignore the loan account").
"""

# ruff: noqa: E501 - the question patterns read better as one regular expression a line
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from cashpilot.domain.chat.periods import (
    ALL_TIME,
    NUMBER_WORDS,
    Period,
    all_time_period,
    find_date,
    find_future_date,
    find_period,
)

INTENTS = ("totals", "by_category", "by_entity", "top_entities", "biggest_transactions", "search", "balance",
           "forecast_balance", "low_point", "deficit_risk", "what_if", "alerts", "explain_alert", "recurring",
           "runway", "stability")


@dataclass(frozen=True)
class Intent:
    kind: str
    metric: str = "revenue"  # revenue | expenses | net
    period: Period | None = None
    previous: Period | None = None  # compare with this (a second period named in the question)
    compare: bool = False
    group: str | None = None  # category | entity
    category: str | None = None  # one of the business's category names
    entity: str | None = None  # one of the business's entity names
    direction: str | None = None  # in | out
    limit: int | None = None
    target: date | None = None
    scenario: str | None = None  # customer_pays_late | delay_payment | collect_earlier | one_time | lose_customer
    days: int | None = None
    amount: Decimal | None = None
    event_date: date | None = None  # a one-time flow's date
    top_customers: int | None = None  # "my top two clients"
    entities: tuple[str, ...] = field(default_factory=tuple)
    text: str | None = None
    alert_kind: str | None = None  # explain_alert: the detection kind the question is about
    buffer: bool = False  # deficit_risk: the risk of going below a buffer rather than below zero
    # Rankings and biggest payments: what to leave out ("leaving payroll aside", "apart from Gusto").
    exclude_categories: tuple[str, ...] = field(default_factory=tuple)
    exclude_entities: tuple[str, ...] = field(default_factory=tuple)
    months: int | None = None  # totals: "average monthly ... over the last N months" divides by N
    occurrences: str | None = None  # what_if: "next" when only the next payment moves
    # Which figure the owner is after, when one intent can give several: "average" (totals per month),
    # "low_point" (a what-if read at its lowest), "survival" (runway with no revenue), "terse" (one word:
    # the most useful reading, with a fallback when there is nothing recurring).
    reading: str | None = None
    # A counterparty named by what they do ("our accountant", "the landlord"): the analyst finds the supplier
    # under `category` whose name fits the role best.
    role: str | None = None


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# Category words an owner uses -> words of the default category names they mean.
CATEGORY_WORDS = {
    r"\bsoftware|subscriptions?|saas|hosting|cloud|servers?|licen[cs]es?\b": "software",
    r"\brent\b|\blease\b|\blandlords?\b|\bletting agents?\b|\bproperty (managers?|management|company)\b": "rent",
    r"\bpayroll|salar(y|ies)|wages|staff costs?|people costs?\b": "payroll",
    r"\btravel|trains?|flights?\b": "travel",
    r"\butilit(y|ies)|electricity|energy|power bills?\b": "utilities",
    r"\b(office )?supplies|materials\b": "supplies",
    r"\baccountants?|accounting|legal|lawyers?|professional services|consultants?|tax advis[eo]rs?|tax consultants?|"
    r"tax preparers?|bookkeep\w*|solicitors?|attorneys?|auditors?|notar(y|ies)|steuerberat\w*\b": "professional",
    r"\bequipment|hardware|computers?\b": "equipment",
    r"\bmarketing|advertising|ads\b": "marketing",
    r"\binsurance\b": "insurance",
    r"\btax(es)?\b(?! (advis|consult|prepar|accountant))": "taxes",
    r"\bbank fees|fees\b": "fees",
    r"\bmeals|food|restaurants?|entertainment\b": "meals",
    r"\bloan repayments?\b": "loan",
    r"\bcost of goods|cogs|inventory|stock\b": "cost of goods",
}

_REVENUE = r"\b(revenue|sales|income|earn(ed|ings|t)?|made|make|bring in|brought in|turnover|takings|money (come|came|coming) in|money in|receipts|got paid|get paid|inflows?|incoming|billings|invoiced|proceeds|sold|came in|come in)\b"
_EXPENSES = r"\b(expenses?|spend(ing|s)?|spent|costs?|outgoings?|pay(ing)? out|paid out|money (go|goes|went|going) out|money out|outflows?|expenditures?|bills|overheads?|outlays?|payments out)\b"
_NET = r"\b(net|profit|profits|profitable|surplus|loss|losses|cash ?flow|bottom line|burn(ed)?|margin|in the black|left over)\b"
_CUSTOMER = r"\b(customers?|clients?|payers?|accounts receivable)\b"
_SUPPLIER = r"\b(suppliers?|vendors?|payees?|merchants?)\b"


def _number(token: str) -> int | None:
    token = token.strip().casefold()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_N = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|ninety)"


def _top_n(text: str) -> int | None:
    m = re.search(rf"\b(?:top|biggest|largest|best|main|highest|largest)\s+{_N}\b", text)
    if m:
        return _number(m.group(1))
    m = re.search(rf"\b{_N}\s+(?:biggest|largest|top|best|main|highest)\b", text)
    return _number(m.group(1)) if m else None


_AMOUNT = re.compile(r"(?<![\w.])([€$£]\s?)?(\d{1,3}(?:[,\s]\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(k|m|thousand|million|eur|euros?|usd|dollars?|gbp|pounds?)?(?![\w])",
                     re.IGNORECASE)


def find_amount(text: str) -> Decimal | None:
    """The money amount in a phrase: "€15,000", "15k", "20 000 euros", "2,500.50"; a bare number counts
    only when it is not a count of days / months / a year."""
    best = None
    for m in _AMOUNT.finditer(text):
        symbol, whole, cents, unit = m.group(1), m.group(2), m.group(3), (m.group(4) or "").casefold()
        after = text[m.end():m.end() + 10].casefold()
        if not symbol and not unit and re.match(r"\s*(days?|weeks?|months?|years?|%|percent|st|nd|rd|th)\b", after):
            continue
        if not symbol and not unit and re.fullmatch(r"(19|20)\d{2}", whole):
            continue
        if not symbol and not unit and re.match(r"-\d", text[m.end():m.end() + 2]):  # an ISO date
            continue
        if not symbol and not unit and not _looks_like_money(text, m, whole, cents):
            continue
        try:
            value = Decimal(re.sub(r"[,\s]", "", whole) + (f".{cents}" if cents else ""))
        except InvalidOperation:
            continue
        if unit in ("k", "thousand"):
            value *= 1000
        elif unit in ("m", "million"):
            value *= 1_000_000
        strong = bool(symbol or unit)
        if best is None or (strong and not best[0]) or (strong == best[0] and value > best[1]):
            best = (strong, value)
    return best[1].quantize(Decimal("0.01")) if best else None


_MONEY_NOUN = r"(bill|cost|expense|invoice|payment|charge|purchase|grant|refund|fee|fine|bonus|deposit|loan|order|" \
              r"contract|deal|repair|tax|vat|rebate|subsidy|payout|windfall|investment|settlement|budget|buffer|cushion|" \
              r"reserve|euros?|dollars?|pounds?|bucks|quid)s?"


def _looks_like_money(text: str, m: re.Match[str], whole: str, cents: str | None) -> bool:
    """A number without a currency sign or "k" is money only when it looks like it: not a day of a month
    ("5 November", "Oct 31"), and either large (100 or more, or written with separators or cents) or next to a
    money noun ("a 50 fee"). Counts ("top 3", "10 days") and days are never amounts."""
    from cashpilot.domain.chat.periods import _MONTH

    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 14]
    if re.search(rf"\b{_MONTH}\.?\s*$", before, re.I) or re.match(rf"\s*(?:of\s+)?{_MONTH}\b", after, re.I):
        return False
    if cents or re.search(r"[,\s]", whole) or int(whole) >= 100:
        return True
    return bool(re.match(rf"\s*(?:\w+\s+){{0,2}}{_MONEY_NOUN}\b", text[m.end():m.end() + 30], re.I))


_NSPAN = r"(\d{1,3}|a couple of|couple of|a few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)"
_SPAN = rf"(?:{_NSPAN}\s+(days?|weeks?|fortnights?|months?)|(fortnight))"


def _span_days(m: re.Match[str]) -> int:
    if m.group(3):
        return 14
    n = _number(m.group(1)) or 0
    return n * {"d": 1, "w": 7, "f": 14, "m": 30}[m.group(2)[0]]


def _days(text: str) -> int | None:
    """A span of days in the text: "30 days", "two weeks", "a fortnight", "a month" (30 days)."""
    m = re.search(rf"\b{_SPAN}\b", text)
    return _span_days(m) if m else None


# Moving a payment later: "delay", "postpone", "push (it) back", "hold (the rent) back", "defer", "slip",
# "pay (Gusto) late".
_DELAY_VERB = r"(?:delay(?:ed|ing|s)?|postpone[ds]?|postponing|push(?:ed|es|ing)?(?: \w+){0,3} (?:back|out)|" \
              r"hold(?:s|ing)?(?: \w+){0,3} back|held(?: \w+){0,3} back|hold(?:ing)? off(?: on)?|defer(?:s|red|ring)?|" \
              r"slip(?:s|ped|ping)?|pay(?:ing)?(?: \w+){0,3} late|paid(?: \w+){0,3} late|skip)"


def _delay_days(text: str) -> int | None:
    """How long a payment moves: the span next to "late" / "later" / "delay ... by", else any span that is
    not a horizon ("in 30 days", "next 60 days")."""
    for rx in (rf"\b{_SPAN}\s+(?:late|later|earlier|sooner|early|overdue|behind)\b",
               rf"\b(?:by|for|of)\s+(?:about\s+|another\s+)?{_SPAN}\b",
               rf"\b{_DELAY_VERB}\s+(?:by\s+)?(?:\w+\s+){{0,3}}?{_SPAN}\b"):
        m = re.search(rx, text)
        if m:
            return _span_days(m)
    for m in re.finditer(rf"\b{_SPAN}\b", text):
        before = text[max(0, m.start() - 14):m.start()]
        if not re.search(r"\b(in|within|next|after|the)\s+(the\s+next\s+)?$", before) and \
                not re.match(r"\s+(from now|ago|ahead|out|time)\b", text[m.end():]):
            return _span_days(m)
    return None


# Legal forms a name is written with or without ("Acme Ltd" = "Acme GmbH" = "Acme"), and words too common
# in business names to name one business on their own.
LEGAL_FORMS = {"gmbh", "ag", "kg", "ltd", "llc", "llp", "inc", "co", "corp", "plc", "sa", "sas", "bv", "limited", "ug",
               "ohg", "gbr", "se", "srl", "spa", "pty"}
_WEAK_WORDS = LEGAL_FORMS | {"and", "the", "of", "media", "group", "services", "partner", "partners", "company",
                             "holdings", "trading", "traders", "store", "web", "credit", "online", "international"}
# Common short forms of well-known suppliers' names, read both ways ("AWS" <-> "Amazon Web Services").
KNOWN_ALIASES = {"aws": "amazon web services", "gcp": "google cloud platform", "g suite": "google workspace",
                 "gsuite": "google workspace", "msft": "microsoft", "m365": "microsoft 365", "o365": "office 365",
                 "ms": "microsoft", "fb": "facebook", "meta": "facebook", "hmrc": "her majesty s revenue and customs",
                 "dhl": "deutsche post dhl", "db": "deutsche bahn", "ups": "united parcel service"}
# Words an acronym must not be mistaken for ("it", "us", "all").
_COMMON_WORDS = {"a", "an", "am", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my",
                 "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "vs", "pm", "eu", "uk", "the",
                 "and", "for", "you", "our", "how", "who", "why", "can", "did", "was", "has", "had", "not", "all",
                 "any", "may", "per", "net", "top", "tax", "vat", "fee", "eur", "usd", "gbp", "ytd", "mtd", "qtd",
                 "yoy", "mom", "are", "her", "his", "its", "new", "old", "one", "two", "six", "ten", "end", "day",
                 "big", "low", "hit", "pay", "due", "get", "got", "let", "out", "off", "own", "set", "via", "ago",
                 "few", "far", "run"}


def _initials(plain: str) -> str:
    words = [w for w in plain.split() if w not in LEGAL_FORMS]
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w.isalpha() for w in words) else ""


def _name_forms(plain: str) -> list[str]:
    """A name as an owner may write it: itself, without its legal form, and a known long / short form."""
    forms = [plain]
    bare = " ".join(w for w in plain.split() if w not in LEGAL_FORMS)
    if bare and bare != plain:
        forms.append(bare)
    for short, long in KNOWN_ALIASES.items():
        if bare == short or plain == short:
            forms.append(long)
        elif bare == long or bare.startswith(long + " ") or (" " in long and long.startswith(bare + " ")):
            forms.append(short)
    return forms


def _acronym_hit(lowered: str, plain: str) -> bool:
    """ "KA" for "Keller Architects", or "amazon web services" for "AWS": initials of the name's words as a
    word of the question, or a run of the question's words whose initials spell a short name."""
    initials = _initials(plain)
    if len(initials) >= 2 and initials not in _COMMON_WORDS and f" {initials} " in lowered:
        return True
    if " " not in plain and 2 <= len(plain) <= 5 and plain.isalpha() and plain not in _COMMON_WORDS:
        words = lowered.split()
        n = len(plain)
        return any("".join(w[0] for w in words[i:i + n]) == plain and not any(w in _COMMON_WORDS for w in words[i:i + n])
                   for i in range(len(words) - n + 1))
    return False


def match_names(text: str, names: Sequence[str]) -> list[str]:
    """Business names the question mentions: the whole name (with or without its legal form, or a known
    long / short form of it), its initials, or a distinctive word of it (longest first)."""
    lowered = f" {_plain(text)} "
    # A name is mentioned by its whole self, or by its distinctive words (numbers count: "Customer 007");
    # when several names share a mentioned word, those matching more of their words win.
    scored: list[tuple[int, int, str]] = []
    for name in names:
        plain = _plain(name)
        if not plain:
            continue
        forms = _name_forms(plain)
        whole = [f for f in forms if f" {f} " in lowered and (f != plain or f not in _COMMON_WORDS or len(f) > 3)]
        if whole:
            scored.append((100, min(lowered.index(f" {f} ") for f in whole), name))
            continue
        if _acronym_hit(lowered, plain):
            scored.append((100, 0, name))
            continue
        # Distinctive words come from the name as written, not from a known long form ("Amazon" alone may
        # be the shop, not "AWS": its descriptions are searched instead).
        words = {w for w in plain.split() if w not in _WEAK_WORDS and (len(w) >= 4 or any(c.isdigit() for c in w))}
        found = [w for w in words if f" {w} " in lowered]
        if found:
            scored.append((len(found), min(lowered.index(f" {w} ") for w in found), name))
    if not scored:
        return []
    best = max(s for s, _, _ in scored)
    hits = [(pos, n) for s, pos, n in scored if s == best or s >= 100]
    return [n for _, n in sorted(hits)]


def _plain(s: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", s.casefold()))


def _category(text: str, categories: Sequence[str]) -> str | None:
    for pattern, word in CATEGORY_WORDS.items():
        if re.search(pattern, text):
            for name in categories:
                if word in name.casefold():
                    return name
    for name in categories:
        if _plain(name) and f" {_plain(name)} " in f" {_plain(text)} ":
            return name
    return None


# Counterparties named by what they do -> words their names often have. The role's category comes from
# CATEGORY_WORDS ("tax adviser" is professional services, not taxes).
ROLES = {
    r"tax advis[eo]rs?|tax consultants?|tax preparers?|steuerberater": r"steuer|tax|account|bookkeep",
    r"accountants?|bookkeepers?|auditors?": r"account|bookkeep|steuer|tax|audit|cpa|treuhand",
    r"lawyers?|solicitors?|attorneys?|notar(y|ies)|legal (adviser|advisor|counsel|firm)": r"law|legal|anwalt|recht|solicitor|attorney|notar|llp",
    r"landlords?|letting agents?|property (managers?|management|company)": r"propert|estate|immobil|realty|homes|lettings|landlord|miete",
    r"payroll (provider|service|company|bureau|platform|software)s?": r"payroll|gusto|adp|paychex|datev|deel|rippling",
    r"(hosting|cloud|web ?hosting|server) (provider|company|service|bill)s?|(web ?)?hosts?|hosting": r"aws|amazon web|hetzner|digitalocean|ionos|host|cloud|server|azure|heroku|vercel|netlify|ovh",
    r"insurers?|insurance (provider|company)": r"insur|versicher|allianz|axa|hiscox",
    r"(energy|electricity|power|gas|utility) (provider|supplier|company)": r"energ|power|electric|strom|stadtwerke|gas|utilit",
    r"(phone|mobile|telecoms?|internet|broadband) (provider|company|bill)s?": r"telekom|vodafone|o2|telecom|mobile|broadband|internet|fibre|fiber",
}
_ROLE_RX = [(re.compile(rf"\b(?:{k})\b"), v) for k, v in ROLES.items()]


def _role(q: str, entities: Sequence[tuple[str, str]]) -> tuple[str | None, list[str]]:
    """(the role noun the question names, the suppliers whose names fit it) - ("accountant", ["Wagner
    Steuerberatung"]); (None, []) when no role is named."""
    for rx, hint in _ROLE_RX:
        m = rx.search(q)
        if m:
            fits = [n for n, t in entities if t in ("supplier", "both") and re.search(hint, _plain(n))]
            return m.group(0), fits
    return None, []


# Words that carry no subject in a one-word question ("rent?", "and payroll?", "what about software?").
_FILLER = {"what", "whats", "about", "and", "so", "ok", "okay", "our", "the", "my", "how", "much", "is", "are", "s",
           "monthly", "amount", "please", "again", "then", "now", "current", "currently", "hmm", "um"}

_EXCLUSION = re.compile(
    r"\b(?:leaving|leave|setting|putting|keeping)\s+(.{2,40}?)\s+(?:aside|out|to one side)\b|"
    r"\b(?:apart from|aside from|except(?: for)?|excluding|exclusive of|other than|not counting|not including|"
    r"without counting|without|ignoring|ignore|leaving out|leave out|besides|minus|bar|barring|outside of|"
    r"if you (?:take out|exclude|ignore|leave out)|take out|taking out|excl\.?)\s+(?:the\s+|our\s+|my\s+)?"
    r"(.{2,60}?)(?=\s*(?:[;.?!)]|$|,\s*(?!and\b|or\b)|\b(?:in|during|for|last|this|since|over|from|who|what|which|how|please)\b))")


def _exclusion(q: str, names: Sequence[str] = ()) -> str | None:
    """The words of an exclusion ("leaving payroll aside" -> "payroll"), or None. Words inside a business's
    own name ("Ignore Ltd") are that name, not an exclusion."""
    spans = [(i, i + len(n)) for n in names if n and (i := q.find(n.casefold())) >= 0]
    m = next((m for m in _EXCLUSION.finditer(q) if not any(a <= m.start() < b for a, b in spans)), None)
    if not m:
        return None
    words = (m.group(1) or m.group(2) or "").strip()
    if not words or re.fullmatch(r"(that|this|it|them|those|these|transfers?|internal transfers)", words):
        return None
    return words


def _months_in(q: str, p: Period) -> int:
    """How many months an average per month divides by: the N of "the last N months", else the period's
    calendar months when it is whole months, else its length in months (at least one)."""
    m = re.search(rf"\b(?:last|past|previous|trailing|over)\s+(?:the\s+)?{_N}\s+months?\b", q) or \
        re.search(r"\b(?:last|past|previous|trailing)\s+(a couple of|couple of|a few|few)\s+months?\b", q)
    if m:
        n = _number(m.group(1))
        if n:
            return n
    from cashpilot.domain.chat.periods import month_end

    if p.start.day == 1 and p.end == month_end(p.end.year, p.end.month):
        return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1
    return max(1, int((Decimal(p.days) / Decimal("30.4375")).to_integral_value()))


_EVENT_NOUN = r"\b(bill|cost|expense|invoice|payment|charge|purchase|grant|refund|investment|loan|deposit|windfall|bonus|fine|" \
              r"repair|tax|vat|settlement|fee|subsidy|rebate|payout|order|deal|contract)s?\b"
_CONSEQUENCE = r"\b(how low|how (does|would|will|did) (that|this|it)|what('s| is| will| would)? (the |my |our )?(year[- ]end |month[- ]end )?" \
               r"(balance|cash|low point|position)|where (does|would|will) (that|this|it) (leave|put|take)|where (are|will|would) (we|i) be|" \
               r"with (that|this|it)\b|after (that|this|it)\b|can (we|i) (cover|afford|handle|manage|take)|take[s]? us|leave[s]? us|" \
               r"impact|affect|effect|still (ok|okay|fine|above))"


def _money_event(q: str, today: date) -> bool:
    """A money event the owner states and asks the effect of: "I have a 12,500 tax bill due on 10 December.
    How low does that take us?" - an amount, a thing that moves money, a future day, a question of effect."""
    amount = find_amount(q)
    return amount is not None and amount >= 100 and _has(q, _EVENT_NOUN) and _has(q, _CONSEQUENCE) and \
        find_future_date(q, today) is not None


# Short forms an owner types -> the words the rules read ("rev sept?", "exp Q2", "opex mtd", "bal eom").
_ABBREVIATIONS = {
    r"revs?": "revenue", r"exps?|opex|op ex|op-ex": "expenses", r"txns?|trx": "transactions", r"bal": "balance",
    r"fcst|f'cast": "forecast", r"yrs?": "year", r"mths?|mnths?|mos": "months", r"wks?": "week", r"qtrs?": "quarter",
    r"pmts?|pymts?": "payments", r"custs?": "customers", r"accts?": "account", r"amt": "amount", r"p&l|pnl|p and l": "profit",
    r"approx\.?|abt|~": "about", r"w/o": "without", r"b4": "before", r"tmrw|tmr|tmw": "tomorrow", r"eom": "end of month",
    r"eoq": "end of quarter", r"nxt": "next", r"prev": "previous", r"cos": "because", r"pls|plz": "please",
    r"mom|m/m|m-o-m|month[- ](?:over|on)[- ]month": "month-over-month",
    r"qoq|q/q|q-o-q|quarter[- ](?:over|on)[- ]quarter": "quarter-over-quarter",
    r"yoy|y/y|y-o-y|year[- ](?:over|on)[- ]year": "year-over-year",
}
_ABBREVIATION_RX = [(re.compile(rf"(?<![\w/&-])(?:{k})(?![\w/&-])"), v) for k, v in _ABBREVIATIONS.items()]


def normalise(question: str) -> str:
    """The question as the rules read it: lower case, one space, short forms written out, arrows as commas,
    non-native superlatives made standard ("most big payment" -> "biggest payment")."""
    q = " ".join(question.casefold().replace("\u2019", "'").replace("\u2018", "'").split())
    q = re.sub(r"\s*(?:->|=>|\u2192)\s*", ", ", q)
    for rx, word in _ABBREVIATION_RX:
        q = rx.sub(word, q)
    q = re.sub(r"\bcalendar\s+(?=year\b|(?:19|20)\d{2}\b)", "", q)  # "calendar 2025" is the year 2025
    q = re.sub(r"\b(?:the\s+)?most\s+(big|large|high)(?:gest|est)?\b",
               lambda m: {"big": "biggest", "large": "largest", "high": "highest"}[m.group(1)], q)
    q = re.sub(r"\bmore\s+(big|large|high)(?:ger|er)?\b", lambda m: {"big": "bigger", "large": "larger",
                                                                     "high": "higher"}[m.group(1)], q)
    return q


# Where a question of several sentences asks: the sentence with the question mark, else the one that starts
# like a question or a request. Abbreviations ending in a full stop ("Nov.", "approx.") do not end a sentence.
_NOT_ENDS = r"(?<!\bnov)(?<!\boct)(?<!\bdec)(?<!\bjan)(?<!\bfeb)(?<!\bmar)(?<!\bapr)(?<!\bjun)(?<!\bjul)(?<!\baug)" \
            r"(?<!\bsep)(?<!\bsept)(?<!\bvs)(?<!\betc)(?<!\bapprox)(?<!\bno)(?<!\be\.g)(?<!\bi\.e)(?<!\bst)(?<!\bmr)(?<!\bmrs)"
_SENTENCE_END = re.compile(rf"(?:(?<=[?!])|{_NOT_ENDS}(?<=\.))\s+(?=\S)", re.I)
_ASKS = r"^(how|what|what's|whats|when|where|which|who|why|will|would|could|can|do|does|did|is|are|am|should|any|" \
        r"roughly|approximately|about|tell|show|give|list|compare|explain|find)\b"
_BACK_REFERENCE = r"\b(they|them|their|theirs|he|she|him|his|her|it|its|that one|those|these)\b"


def _ask_and_context(question: str) -> tuple[str, str] | None:
    """(the asking sentence, the rest) of a question of several sentences; None for one sentence."""
    parts = [p.strip() for p in _SENTENCE_END.split(question.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    asking = [p for p in parts if p.endswith("?")] or [p for p in parts if re.match(_ASKS, normalise(p))]
    if not asking:
        return None
    ask = asking[-1]
    return ask, " ".join(p for p in parts if p is not ask)


def parse_question(question: str, today: date, *, entities: Sequence[tuple[str, str]] = (),
                   categories: Sequence[str] = (), fiscal_start: int = 1) -> Intent | None:
    """The intent of `question`, or None when it is not one the offline analyst answers.

    `entities`: the business's (name, type) pairs, type customer | supplier | both; `categories`: its
    category names; `fiscal_start`: the month its financial year starts in ("FY2025", "this financial year").

    A question of several sentences is read as a whole and by its asking sentence: words of the context
    ("we just ran payroll last week. How much is in the account today?") do not decide what is asked,
    unless the context states a scenario to simulate or the asking sentence points back at it ("how much
    did they pay?")."""
    whole = _parse(question, today, entities, categories, fiscal_start)
    split = _ask_and_context(question)
    if split is None or (whole is not None and whole.kind == "what_if" and whole.scenario is not None):
        return whole
    asked = _parse(split[0], today, entities, categories, fiscal_start)
    if asked is None:
        return whole
    if whole is None:
        return asked
    if asked.kind == whole.kind:  # the context adds details; the asking sentence's period wins
        if asked.period is not None and asked.period != whole.period:
            return dataclasses.replace(whole, period=asked.period, previous=asked.previous)
        return whole
    subject = whole.entity or whole.entities or whole.category
    if subject and not (asked.entity or asked.entities or asked.category) and \
            re.search(_BACK_REFERENCE, normalise(split[0])):
        return whole
    return asked


def _parse(question: str, today: date, entities: Sequence[tuple[str, str]], categories: Sequence[str],
           fiscal_start: int = 1) -> Intent | None:
    intent = _parse_words(question, today, entities, categories, fiscal_start)
    if intent is None or intent.entity or intent.entities or not intent.category:
        return intent
    role, _ = _role(normalise(question), entities)
    return dataclasses.replace(intent, role=role) if role else intent


def _parse_words(question: str, today: date, entities: Sequence[tuple[str, str]], categories: Sequence[str],
                 fiscal_start: int = 1) -> Intent | None:
    q = normalise(question)
    # "if nothing changes" states no change: the question is about the forecast as it is, not a what-if.
    q = re.sub(r"\b(if nothing (changes|is changed|else changes)|if (things|everything) (stays?|remains?|goes on|carr(y|ies) on)"
               r"( (the same|as (it is|they are)|like this))?|if we (carry|keep|go) on( (like this|as we are|as is))?|"
               r"if we keep going( like this)?|if (current )?trends? continues?|at (this|the current|our current) "
               r"(rate|pace)|as things stand|on (current|present) trends|all else (being )?equal|"
               r"at the (rate|pace) (we're|we are|things are|it's|it is) going|(the way|as) (things are|we're|we are|it's|it is) going)\b[,;]?", " ", q)
    q = " ".join(q.split())
    found = find_period(q, today, fiscal_start=fiscal_start)
    period = found[0] if found else None
    previous = None
    if found:
        rest = q.replace(found[1], " ", 1)
        second = find_period(rest, today, fiscal_start=fiscal_start)
        if second and second[0] != period:
            previous = second[0]
        elif re.search(rf"\b(than|vs\.?|versus|compared (to|with)|against)\s+(the\s+)?{re.escape(found[1])}", q):
            # "are expenses higher than last month?": the named period is the comparison; now is to date
            # in the same unit (this month / quarter / year).
            previous = period
            period = _current_like(period, today)
    period, previous, compare_cue = _comparison(q, period, previous, today)
    future = find_future_date(q, today)
    tense = _tense(q)
    when = find_date(q, today, tense)
    names = match_names(q, [n for n, _ in entities])
    types = dict(entities)
    customers = [n for n in names if types.get(n) in ("customer", "both")]
    suppliers = [n for n in names if types.get(n) in ("supplier", "both")]
    top = _top_n(q)
    # "leaving payroll aside", "apart from Gusto": names in the exclusion are not what is asked about.
    excluded_text = _exclusion(q, [n for n, _ in entities])
    ex_categories: tuple[str, ...] = ()
    ex_entities: tuple[str, ...] = ()
    if excluded_text:
        # "other than rent and payroll": each part is a name or a category
        for part in re.split(r"\s*(?:,|\band\b|\bor\b|\bnor\b)\s*", excluded_text):
            if not part.strip():
                continue
            hit = match_names(part, [n for n, _ in entities])
            cat = None if hit else _category(part, categories)
            ex_entities += tuple(h for h in hit if h not in ex_entities)
            ex_categories += (cat,) if cat and cat not in ex_categories else ()
        names = [n for n in names if n not in ex_entities]
        customers = [n for n in customers if n not in ex_entities]
        suppliers = [n for n in suppliers if n not in ex_entities]
        q_kept = q.replace(excluded_text, " ")
    else:
        q_kept = q
    if not names and _free_name(question, names, categories) is None:
        # "our tax adviser" when one supplier's name says so ("Wagner Steuerberatung")
        _, fits = _role(q_kept, entities)
        if len(fits) == 1:
            names, suppliers = fits, fits

    # --- derived figures asked in words ---------------------------------------------------------------
    if _has(q, r"\b(surviv\w*|last|keep going|stay afloat|hold out|get by|manage)\b") and _has(
            q, r"\b(zero|no|without( any)?|nothing coming in|stopped|dried up|dries up|lost all)\b.{0,30}\b(revenue|income|sales|money coming in|customers|clients|payments?)\b",
            r"\b(revenue|income|sales)\b.{0,20}\b(stop(s|ped)?|dr(y|ies|ied) up|went to zero|goes? to zero|vanish\w*)\b"):
        return Intent("runway", reading="survival")

    # --- what-if --------------------------------------------------------------------------------
    if _has(q, r"\bwhat if\b", r"\bwhat happens if\b", r"\bwhat would happen\b", r"\bsuppose\b", r"\bsimulat",
            r"\bscenario\b", r"\bimagine\b", r"^if\b", r"\bhypothetically\b", r"^(let'?s |and )?say\b", r"\bassum(e|ing)\b",
            r"\bpretend\b", r"\bin case\b", r"\bwould (my|our|the) (cash|balance)\b.*\bif\b",
            r"\bif (\w+ ){1,5}(pays?|paid|delay|postpone|lose|lost|stop|spend|buy|bought|have to pay)\b",
            r"\bcan (i|we) afford\b", r"\bwhat happens\b.*\bif\b",
            r"\b(hold(ing)? off|push(ed|ing)? (\w+ ){0,3}back|postpon\w*|delay\w*|defer\w*)\b.*\b(what happens|what would|what's|how does|how would|impact|effect)\b",
            r"\b(what happens|what would|impact|effect)\b.*\b(hold(ing)? off|push(ed|ing)? (\w+ ){0,3}back|postpon\w*|delay\w*|defer\w*)\b",
            r"\bif (i|we|they|my|our|the|\w+) (\w+ ){0,3}(hold|holds|push|pushes|defer|postpone|delay|delays|skip|lose|loses|buy|spend|pay|pays|get|receive|have|take|hire|invest|collect|miss|face|owe)\b",
            r"\b(balance|cash|bank)\b.*\bif\b.*\b(delay|postpone|push(ed)? back|hold off|defer|late|lose|one-off|one off|one-time|bill|cost)\b"):
        return _what_if(q, today, period, future, customers, suppliers, names, categories, top)
    if _money_event(q, today) or (_has(q, rf"\b{_DELAY_VERB}\b") and (names or _category(q, categories) or _has(
            q, r"\b(payments?|bills?|invoices?)\b")) and _has(q, r"\b(balance|cash|money|bank|what|how|where|impact|effect|"
                                                            r"affect|look|leave|happens?)\b")):
        return _what_if(q, today, period, future, customers, suppliers, names, categories, top)

    # "what does cash look like without Pinecrest": the forecast with that customer gone.
    gone = [n for n in ex_entities if types.get(n) in ("customer", "both")]
    if gone and _has(q, r"\b(without|minus|losing)\b") and _has(q, r"\b(cash|balance|bank|money|forecast|look(s|ing)? like|"
                                                                  r"position|be|end up|fare|happens?|runway|survive|cope)\b") \
            and not _has(q, r"\b(top|biggest|largest|rank\w*|revenue|sales|income|customers?|clients?|suppliers?|spen[dt]\w*|expenses?)\b"):
        return Intent("what_if", scenario="lose_customer", entities=tuple(gone), target=future[0] if future else None)

    # --- alerts ------------------------------------------------------------------------------------
    alert_words = r"\b(alerts?|warnings?|flag(ged|s|ging)?|red flags?|notifications?)\b"
    topic = _alert_topic(q)
    asks_why = _has(q, r"\bwhy\b", r"\bexplain\b", r"\bwhat does .* mean\b", r"\bwhat caused\b", r"\breason\b",
                    r"\bwhat'?s (this|that|the)\b.*\b(about|mean)\b", r"\btell me (more )?about\b", r"\bmore (detail|info)",
                    r"\bdetails?\b", r"\b(it|app|you) (says?|said|tells?|shows?|thinks?)\b", r"\bsaying\b")
    specific = _has(q, r"\b(alert|warning|flag|notification)s? (about|on|for|regarding|saying|that says)\b",
                    r"\b(the|that|this) one (about|on|for|regarding|saying|that says)\b",
                    r"\b(the|this|that|my) [\w' -]{0,30}(alert|warning|notification)\b(?!s)")
    if (asks_why and (_has(q, alert_words) or topic)) or (specific and (topic or names)):
        return Intent("explain_alert", entity=names[0] if names else None, text=_topic_words(q),
                      alert_kind=topic)
    # "what's up with Pinecrest?": the alert about them if there is one (else their profile).
    if names and _has(q, r"\bwhat'?s (up|going on|happening|wrong|the (story|deal|issue|problem|matter)) with\b",
                      r"\b(anything|something) (wrong|up|off) with\b", r"\bshould (i|we) (be )?(worr(y|ied)|concerned) about\b",
                      r"\b(is|are) .{1,40} (ok|okay|alright|all right|fine|a problem|a concern|an issue)\b",
                      r"\bwhy (are|is|do|did) (you|it|the app|cashpilot)\b"):
        return Intent("explain_alert", entity=names[0], alert_kind=topic)
    if _has(q, alert_words, r"\bworr(y|ied|ying)\b", r"\bconcern(ed|s)?\b", r"\banything (urgent|wrong)\b",
            r"\bred flags?\b", r"\bproblems?\b", r"\bissues?\b", r"\bneeds? (my )?attention\b"):
        return Intent("alerts")

    # "are we above our 20k cushion, and by how much?": today's balance against a stated amount.
    if not future and not _has(q, r"\b(will|going to|gonna|forecast|projected|next|risk|chance|likel\w*|probab\w*)\b") and (
            _has(q, r"\b(are|am|is) (we|i|our|my|the) (\w+ ){0,2}(still )?(above|over|below|under|clear of|short of)\b",
                 r"\bby how much\b", r"\bhow (far|much) (above|over|below|under|clear of|short of)\b",
                 r"\bheadroom\b", r"\b(margin|cushion) (above|over)\b",
                 r"\b(have|got|is there|sitting|left|spare)\b.{0,20}\b(above|over|beyond|on top of|in excess of|more than|clear of|below|under|short of)\b")) and (
            _has(q, r"\b(buffer|cushion|safety net|reserve|minimum( balance)?|floor|threshold|target)\b") or find_amount(q) is not None):
        return Intent("balance", amount=find_amount(q), buffer=True)
    negative = r"(below zero|under zero|negative|overdrawn|overdraft|in(to)? the red|go(ing)? broke|go bust|run(ning)? (out|short|dry)|deficit|short of cash|can't pay|cannot pay|bounce|insolvent|out of (money|cash)|(cash|money|funding) (shortfall|shortage|crunch|gap)|shortfall|short on (cash|money)|not (have )?enough (cash|money)|(can't|cannot|unable to) cover)"
    below_buffer = r"\b(buffer|cushion|safety net|reserve|minimum balance|below \S*\d|under \S*\d|less than \S*\d)"
    risky = _has(q, r"\b(risk(s|y)?|chances?|probability|probabilities|likel(y|ihood)|odds|danger|percent|%|how likely|possib(le|ility)|"
                    r"(will|could|might|would|do|are|am|is) (i|we|my|our|the) \w*|is there|any way|going to|gonna|in danger)\b")
    if risky and not _has(q, r"\b(when|how long|how many months)\b") and (
            _has(q, rf"\b{negative}\b") or (_has(q, below_buffer) and _has(q, r"\b(below|under|drop|dip|fall|breach|less than|go)"))):
        return Intent("deficit_risk", days=_window_days(q, today, future),
                      buffer=_has(q, below_buffer) and not _has(q, r"\bbelow zero\b"),
                      amount=find_amount(q) if _has(q, below_buffer) else None)
    # --- runway, stability ---------------------------------------------------------------------------
    if _has(q, r"\brunway\b", r"\bhow long (will|would|can|does) (my|our|the) (cash|money|savings)\b",
            r"\bhow long\b.{0,30}\b(cash|money|funds|savings|balance|we|i)\b.{0,20}\b(last|lasts|hold out|keep going|carry (us|me)|stretch)\b"
            r"(?! (month|week|year|quarter|invoice|payment|time))",
            r"\bmonths of (cash|runway)\b", r"\bhow many months\b", r"\brun out of (cash|money)\b",
            r"\bburn rate\b", r"\bcash burn\b", r"\bburn(ing)?\b", r"\bsurvive\b",
            r"\bwhen (do|will|would|might|could) (we|i) (run out|go broke|go bust|hit zero|be out of)\b",
            r"\bhow long (do|have|can|could) (we|i) (got|have|last|keep going|survive|carry on|go on|hold out|stay afloat)\b",
            r"\bhow long (until|till|til|before) (we|i)\b",
            r"\bhow long\b.{0,40}\b(runs? out|run(ning)? dry|dr(y|ies) up|hits? zero|(is|are) gone|goes|go to zero|empty)\b",
            r"\bwhen (does|do|will|would|might|could|is) (the |our |my )?(money|cash|bank|balance|funds?|account)\b.{0,15}\b(run(ning)? out|runs? dry|run dry|hit zero|dr(y|ies) up|be gone|go to zero|reach zero|empty)\b",
            r"\bwhen (do|will|would|might|could) (we|i) (reach|get to|touch) zero\b",
            r"^(cash )?runway\W*$"):
        return Intent("runway")
    if _has(q, r"\bstability\b", r"\bhealth ?(score|check)?\b", r"\bhow (healthy|stable)\b", r"\bscore\b"):
        return Intent("stability")

    # --- the next run of a recurring payment, a one-word question -------------------------------------
    category = _category(q, categories)
    if (category or names) and not _has(q, _NET) and (
            _has(q, r"\bwhen('s| is| are| does| do| will)?\b.{0,40}\b(next|due|go(es)? out|come in|run|paid|charged|debited)\b",
                 r"\bnext (\w+ ){0,2}(run|payment|bill|charge|debit|invoice|instal?ment|due|date|one|pay ?day)\b",
                 r"\bdue next\b", r"\bhow much is (the )?next\b")
            and not (period and not _has(q, r"\bnext\b"))):
        who = names[0] if names else None
        return Intent("recurring", direction="in" if who and types.get(who) == "customer" else "out",
                      category=category if not who else None, entity=who, reading="next")
    words = [x for x in _plain(q).split() if x not in _FILLER]
    if len(words) <= 3 and (category or names) and not period and not _has(q, _REVENUE, _EXPENSES, _NET, _CUSTOMER, _SUPPLIER) \
            and not _has(q, r"\b(top|biggest|largest|highest|most|rank\w*)\b"):
        if names and not category:
            return Intent("by_entity", entity=names[0],
                          direction="in" if types.get(names[0]) == "customer" else "out" if types.get(names[0]) == "supplier" else None)
        return Intent("recurring", direction="out", category=category, reading="terse")
    if category and not names and not period and not when and tense != "past" and _has(
            q, r"^(so |and |ok |okay )?(how much|what)('s| is| are| does| do)\b (\w+ ){0,3}" + r"\w+ ?\??$",
            r"\bhow much (is|are|does|do) (our |my |the )?[\w& ]{2,30}( (cost|come to|run( us)?|set us back))?\W*$") \
            and not _has(q, _REVENUE, r"\b(spend|spent|spending|total|so far)\b"):
        return Intent("recurring", direction="out", category=category, reading="terse")

    # --- forecast -----------------------------------------------------------------------------------
    if (_has(q, r"\bworst case\b", r"\bhow (tight|low)\b", r"\b(get|gets|getting|be|is) (tight|tighter|tightest)\b",
             r"\b(worst|toughest|hardest|leanest|tightest|weakest|lowest|scariest) (moment|point|time|day|week|month|spot|stretch|patch)\b",
             r"\bcash (crunch|squeeze|pinch)\b") or (
            _has(q, r"\b(lowest|low point|minimum|tightest|bottom|lowest point|dip|trough|low)\b") and
            _has(q, r"\b(cash|balance|money|bank|point|be|get|go|dip)\b"))) and not _has(q, r"\bbiggest|largest\b"):
        window = _window_days(q, today, future)
        return Intent("low_point", target=today + timedelta(days=window) if window else None)
    forecast_words = r"\b(forecast|projected|projection|predict|expect(ed)?|will (my|our|the) (cash|balance|bank)|will i have|will we have|going to have)\b"
    balance_words = r"\b(balance|cash|money|bank|have|had|accounts?|in the bank)\b"
    metricish = _has(q, _REVENUE, _EXPENSES) or _category(q, categories) is not None
    if when and when[0] <= today and tense != "future" and _has(q, balance_words) and not metricish and \
            not _has(q, r"\b(since|between|from|during|over)\b"):
        # "balance at the end of June" in October: what the books said then, not a forecast. "At the start of
        # the year / month" is the opening balance: the close of the day before.
        if re.search(r"\b(start|beginning)\b", when[1]):
            return Intent("balance", target=when[0] - timedelta(days=1), reading="opening")
        return Intent("balance", target=when[0] if when[0] < today else None)
    # "where will we be on 1 December", "how are we looking for Christmas", "what does December look like":
    # the outlook at a day ahead, asked without a money word.
    outlook = tense != "past" and not metricish and _has(q, *_OUTLOOK)
    if _has(q, forecast_words) or outlook or (future and _has(q, balance_words) and not metricish):
        if when and when[0] > today:
            return Intent("forecast_balance", target=when[0])
        if future:
            return Intent("forecast_balance", target=future[0])
        return Intent("forecast_balance", target=_named_month_end(q, today) or today + timedelta(days=30))

    # --- recurring ------------------------------------------------------------------------------------
    if _has(q, r"\b(average|avg|mean|typical|typically|on average|per month|a month|monthly average)\b") and _has(
            q, r"\b(average|avg|mean|typical|typically|on average)\b") and _has(q, r"\b(month|monthly|per month|a month)\b") and (
            _has(q, _REVENUE, _EXPENSES, _NET) or category):
        metric = "net" if _has(q, _NET) else "expenses" if _has(q, _EXPENSES) or (category and not _has(q, _REVENUE)) else "revenue"
        p = period or Period(today - timedelta(days=364), today, "the last 12 months")
        return Intent("totals", metric=metric, period=p, reading="average", months=_months_in(q, p),
                      category=category)
    cadence = r"\b(monthly|quarterly|weekly|yearly|annual(ly)?|(each|every|per|a|an) (month|quarter|week|year)|usually|normally|regular(ly)?|typically)\b"
    category = _category(q, categories)
    if _has(q, cadence) and (category or names) and not _has(q, _REVENUE) and not _has(q, r"\b(last|this|since|so far|previous|average)\b") \
            and not _has(q, r"\b(by|per) (category|customer|supplier)\b"):
        return Intent("recurring", direction="in" if names and types.get(names[0]) == "customer" else "out",
                      category=category if not names else None, entity=names[0] if names else None)
    # "what regular bills still go out before the end of this month", "which bills are still due this week":
    # recurring payments due by a day.
    still_due = _has(q, r"\b(still|yet|left|remaining|outstanding|upcoming|coming up|to come)\b") and _has(
        q, r"\b(bills?|payments?|debits?|charges?|costs?|subscriptions?|outgoings?|direct debits?|standing orders?)\b") and _has(
        q, r"\b(due|go(es|ing)? out|leave|come out|to (pay|come|go out)|left|coming up|upcoming|remaining|outstanding)\b")
    if still_due and not _has(q, _REVENUE) and not names:
        window = _window_days(q, today, future)
        return Intent("recurring", direction="out", target=today + timedelta(days=window or 30),
                      category=_category(q, categories) if _has(q, r"\bsubscriptions?|software|saas\b") else None)
    if _has(q, r"\brecurring\b", r"\bsubscriptions?\b(?!.*\b(last|this|in|since)\b)", r"\bregular (costs|payments|bills|expenses|income)\b",
            r"\bfixed (costs|expenses)\b", r"\b(monthly|repeating) (costs|bills|payments|commitments)\b",
            r"\bstanding orders?\b", r"\bdirect debits?\b", r"\bwhat do (i|we) pay every month\b"):
        direction = "in" if _has(q, r"\b(income|revenue|from customers)\b") else "out"
        # "which subscriptions do we pay": only the recurring payments in the software / subscriptions category
        listed = _category(q, categories) if direction == "out" and _has(q, r"\bsubscriptions?|software|saas\b") else None
        return Intent("recurring", direction=direction, category=listed,
                      target=future[0] if future and future[0] > today else None)

    # --- balance today ------------------------------------------------------------------------------
    if _has(q, r"\bbalance\b", r"\bcash (on hand|position)\b", r"\bhow much (cash|money) (do|have) (i|we)\b",
            r"\b(what'?s|what is|how much is) in (the|our|my) (bank|accounts?)\b", r"^(cash|bank|money)\W*$",
            r"\bin the bank\b", r"\bhow much (is|do we have) in\b", r"\bcash do (i|we) have\b",
            r"\b(sitting|sits|is|have|got|left|there) in (the|our|my) (bank|accounts?|current account|business account)\b",
            r"\bhow much (cash|money)\b.{0,25}\b(have|got|sitting|there|left|available|on hand)\b") and not _has(q, _REVENUE, _EXPENSES):
        return Intent("balance")

    # --- biggest category, the biggest single item at one counterparty -------------------------------
    superlative = r"\b(top|biggest|largest|highest|most expensive|main|greatest|priciest|costliest|single biggest|major)\b"
    if _has(q, r"\bcategor(y|ies)\b", r"\bwhere (does|did|do) (most|the most|the bulk) of\b", r"\bwhat (do|did) (we|i) spend (the )?most (money )?on\b") and (
            _has(q, superlative) or _has(q, r"\bmost\b")) and not names:
        return Intent("by_category", metric="revenue" if _has(q, _REVENUE) and not _has(q, _EXPENSES) else "expenses",
                      period=period, limit=top or 1, exclude_categories=ex_categories)
    one_go = r"\b(in one go|at once|single|one[- ]off|one payment|one transaction|in a single)\b"
    ranking_period = period or (all_time_period(today) if _has(
        q, r"\bever\b", r"\bwe'?ve (ever )?(had|seen|made|received|paid|got)\b", one_go, r"\bof all time\b",
        r"\bon record\b") else None)
    if names and (_has(q, superlative) or _has(q, r"\bthe most\b.*" + one_go, one_go + r".*\bthe most\b")) and _has(
            q, r"\b(bought|buy|purchased?|purchases|payments?|transactions?|things?|items?|orders?|invoices?|charges?|bills?|spends?|paid|pay|receipts?|deposits?|spent)\b"):
        name = names[0]
        d = "in" if types.get(name) == "customer" or (_has(q, r"\b(from|received|deposits?|receipts?|paid us)\b")
                                                      and types.get(name) != "supplier") else "out"
        plural = _has(q, r"\b(payments|transactions|things|items|orders|invoices|charges|bills|purchases|deposits|receipts)\b")
        return Intent("biggest_transactions", direction=d, entity=name, period=ranking_period,
                      limit=top or (5 if plural and not _has(q, one_go) else 1))
    # "the most we've ever paid Amazon in one go": a payee the books know by another name -> its words
    free = _free_name(question, names, categories)
    if free and _has(q, r"\bthe most\b", superlative) and _has(q, r"\b(paid|pay|spent|spend|payments?|charged?|bills?|received|got)\b") \
            and not _has(q, _CUSTOMER, _SUPPLIER):
        d = "in" if _has(q, r"\b(received|got|paid us|from)\b") else "out"
        return Intent("biggest_transactions", direction=d, text=free, period=ranking_period,
                      limit=top or (1 if _has(q, one_go, r"\bthe most\b") else 5))

    # --- top customers / suppliers, biggest transactions ------------------------------------------
    direction = "in" if _has(q_kept, *_PAYER_CUE) else "out" if _has(q_kept, _SUPPLIER, *_PAYEE_CUE) else (
        "in" if _has(q_kept, _CUSTOMER) else None)
    ranks = r"\b(top|biggest|largest|best|main|most|highest|leading|key|who|rank(ed|ing|s)?|order(ed)?|sort(ed)?|list|league table)\b"
    if direction and _has(q, ranks) and not _has(
            q, r"\b(transactions?|payments? (from|to)|purchases?|deposits?)\b", r"\b(single|one[- ]off|in one go)\b"):
        singular = _has(q, r"\b(biggest|largest|best|main|top|most important) (customer|client|supplier|vendor)\b(?!s)")
        every = _has(q, r"\b(rank(ed|ing|s)?|order(ed)?|sort(ed)?|all (of )?(my|our|the)|every|league table|list)\b")
        return Intent("top_entities", direction=direction, limit=top or (1 if singular else 10 if every else 5),
                      period=period or (all_time_period(today) if ranking_period and ranking_period.label == ALL_TIME else None),
                      exclude_categories=ex_categories, exclude_entities=ex_entities)
    items = r"\b(transactions?|payments?|purchases?|expenses?|deposits?|receipts?|bills?|costs?|charges?|spends?|invoices?|outgoings?|inflows?|outflows?|amounts?)\b"
    if (_has(q, r"\b(biggest|largest|highest|top|most expensive|major|priciest|costliest)\b") and _has(q, items)) or (
            _has(q, r"\bthe most\b.*" + one_go, one_go + r".*\bthe most\b") and _has(q, items, r"\b(paid|spent|received|got|charged)\b")):
        d = _item_direction(q_kept)
        single = _has(q, r"\b(biggest|largest|highest|most expensive|single|priciest|costliest)\s+(single\s+)?(\w+\s+)?(transaction|payment|purchase|expense|deposit|receipt|bill|cost|charge|spend|invoice|outgoing|inflow|outflow|amount)\b(?!s)",
                      one_go)
        cat = _category(q_kept, categories) if d != "in" else None
        if cat is not None and d == "any":
            d = "out"
        return Intent("biggest_transactions", direction=d, limit=top or (1 if single else 5), period=ranking_period,
                      category=cat, exclude_categories=ex_categories, exclude_entities=ex_entities)

    # --- by entity ----------------------------------------------------------------------------------
    if names and not _has(q, r"\bby (category|customer|client|supplier|vendor)\b"):
        name = names[0]
        d = "in" if types.get(name) == "customer" else "out" if types.get(name) == "supplier" else None
        if _has(q, r"\b(pay(s|ing)? us|paid us|received from|from)\b"):
            d = "in"
        elif _has(q, r"\b(we pay|did we pay|paid to|spend (on|with)|spent (on|with)|to)\b"):
            d = d or "out"
        return Intent("by_entity", entity=name, period=period, direction=d)

    # --- totals, categories --------------------------------------------------------------------------
    metric = None
    if _has(q, _NET):
        metric = "net"
    elif _has(q, _EXPENSES):
        metric = "expenses"
    elif _has(q, _REVENUE):
        metric = "revenue"
    category = _category(q, categories)
    if metric is None and not category and (compare_cue or (previous is not None and _has(
            q, r"\b(vs\.?|versus|compared?|against|than)\b"))):
        metric = "revenue"  # "this September vs September last year": how the business did is its revenue
    compare = previous is not None or compare_cue or _has(q, r"\b(compare[ds]?|comparison|vs\.?|versus|change[ds]?|up or down|increase[ds]?|going (up|down)|rising|falling|trending|decrease[ds]?|grow(n|th)?|drop(ped)?|differ(ence)?|than (the )?(previous|last|prior|month before|year before|quarter before)|(higher|lower|more|less|bigger|smaller|up|down) than)\b")
    if category and metric != "net":
        return Intent("by_category", metric="expenses" if metric is None else metric, category=category,
                      period=period, compare=compare, previous=previous)
    if _has(q, r"\b(by|per|each|breakdown|broken down|split)\b.*\b(categor(y|ies)|type)\b", r"\bcategor(y|ies)\b",
            r"\bwhere (did|does) (the|my|our) money go\b", r"\bwhat (did|do) (we|i) spend (the most )?on\b"):
        return Intent("by_category", metric=metric if metric in ("revenue", "expenses") else "expenses",
                      period=period, compare=compare, previous=previous, exclude_categories=ex_categories)
    if metric:
        return Intent("totals", metric=metric, period=period, compare=compare, previous=previous)
    if _has(q, r"\b(find|search|show|list|look up)\b.*\b(transactions?|payments?)\b"):
        m = re.search(r"\b(?:for|with|containing|mentioning|named|called)\s+[\"']?([\w &.-]{2,40})", q)
        return Intent("search", text=m.group(1).strip() if m else None, period=period,
                      direction=None)
    return None


def _item_direction(q: str) -> str:
    """Which way the biggest items asked about went: in ("payments that came in", "deposits", "from
    customers"), out ("payments we made", "expenses", "bills") or either ("transactions")."""
    incoming = _has(q, r"\b(deposits?|receipts?|incoming|received|receiv\w+|income|inflows?|money in|came in|come in|coming in|"
                       r"paid (to )?(us|me)|pay (us|me)|from (customers|clients|a customer|a client)|we (got|received|collected|were paid)|"
                       r"customer payments?|client payments?|sales|revenue|takings)\b")
    outgoing = _has(q, r"\b(spent|spend|spending|expenses?|outgoing|outgoings|outflows?|money out|went out|go out|going out|paid out|"
                       r"we (made|paid|sent|spent|wired|transferred)|(made|paid|sent) by us|bills?|costs?|purchases?|bought|charges?|"
                       r"to (suppliers|vendors)|supplier payments?)\b")
    if incoming and not outgoing:
        return "in"
    if outgoing or not _has(q, r"\btransactions?\b"):
        return "out"
    return "any"


# Who money went to / came from, asked without the word supplier or customer: "who did we pay the most",
# "who got the most money from us" (out); "who paid us the most", "who do we make the most from" (in).
_PAYER_CUE = (r"\bwho (\w+ )?(paid|pays|pay|sent|sends|gave|gives|brought|brings|transferred|wired) (us|me)\b",
              r"\b(we|i) (\w+ )?(get|got|receive[ds]?|received|earn(ed|s)?|make|made|bring in|brought in) (the )?most (money |revenue |income |cash )?from\b",
              r"\bbiggest (payers?|sources? of (revenue|income|money))\b")
_PAYEE_CUE = (r"\bwho (did|do|does|have|had) (we|i) (pay|paid|spend|spent|send|sent|give|gave)\b",
              r"\bwho (got|gets|received|receives|took|takes|had|has|gets paid|got paid)\b.{0,25}\bfrom (us|me)\b",
              r"\b(pay|paid|spend|spent|send|sent) (the )?most (money |cash )?(to|on|with)\b",
              r"\bwho (\w+ )?(costs?|charged?|charges|bills?|billed) (us|me) the most\b",
              r"\bwho (do|did) (we|i) (owe|pay out to) the most\b", r"\bspend (the )?most\b", r"\bwho do (we|i) pay\b")

_NOT_NAMES = {"i", "we", "what", "whats", "what's", "how", "when", "who", "which", "why", "the", "and", "is", "are", "our", "my",
              "eur", "usd", "gbp", "q1", "q2", "q3", "q4", "h1", "h2", "ok", "okay", "vat", "so"}


def _free_name(question: str, names: Sequence[str], categories: Sequence[str]) -> str | None:
    """A name the owner capitalises that is none of the business's entities, categories, months or days
    ("Amazon" when the books say "AWS"): searched for in the descriptions. None when there is none."""
    from cashpilot.domain.chat.periods import MONTHS

    tokens = re.findall(r"[A-Za-z][\w&'.-]*", question)
    known = {w for n in list(names) + list(categories) for w in _plain(n).split()}
    days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter"}
    for i, tok in enumerate(tokens):
        low = tok.casefold().strip(".'")
        if i == 0 or not tok[0].isupper() or low in _NOT_NAMES or low in MONTHS or low in days or low in known:
            continue
        if len(low) < 3:
            continue
        return low
    return None


def _tense(q: str) -> str:
    """Whether the question is about the past, the future, or does not say (a date's year is then the nearest)."""
    if _has(q, r"\b(will|going to|gonna|forecast|projected?|projection|predict(ed)?|expect(ed)?|shall|by then|ahead|coming|upcoming)\b"):
        return "future"
    if _has(q, r"\b(was|were|did|had|ago|used to|ended|closed)\b"):
        return "past"
    return "nearest"


def _window_days(q: str, today: date, future: tuple[date, str] | None) -> int | None:
    """The window a risk / low-point question asks about: "next 60 days", "next month" (to its end),
    "before Christmas", "by 15 December"."""
    if _has(q, r"\b(this|the) month\b") and not _has(q, r"\bnext month\b"):
        from cashpilot.domain.chat.periods import month_end

        return max((month_end(today.year, today.month) - today).days, 1)
    if _has(q, r"\bnext month\b"):
        from cashpilot.domain.chat.periods import add_months, month_end

        nxt = add_months(today.replace(day=1), 1)
        return (month_end(nxt.year, nxt.month) - today).days
    # A stated span ("in the next two months") counts its months as 30 days, like the forecast's windows.
    span = re.search(rf"\b(?:in|within|over|during|for|next|coming)\s+(?:the\s+)?(?:next\s+|coming\s+)?{_SPAN}\b", q)
    if span:
        return _span_days(span)
    if future and future[0] > today:
        return (future[0] - today).days
    return _days(q)


def _comparison(q: str, period: Period | None, previous: Period | None, today: date
                ) -> tuple[Period | None, Period | None, bool]:
    """(period, previous, whether a comparison is asked) from comparison cues: year-over-year ("YoY", "the same
    month last year", "September vs last year") compares with the same days a year earlier;
    month-over-month / quarter-over-quarter without a period compare the latest complete month / quarter with
    the one before."""
    from cashpilot.domain.chat.periods import last_complete, year_earlier

    if _has(q, r"\byear-over-year\b", r"\b(the )?same (month|quarter|period|time|week|days?|months|weeks|season|stretch)\b"
               r"( (of|in))? (last|the previous|the prior|a|one|the) year\b", r"\b(a|one) year (ago|earlier|before)\b",
            r"\b(same|this) time last year\b", r"\blast year'?s same\b"):
        if period is None or period.label == ALL_TIME:
            period = Period(date(today.year, 1, 1), today, f"this year ({today.year})")
        return period, year_earlier(period), True
    if period is not None and previous is not None and previous.days >= 365 > 184 >= period.days and re.search(
            r"\b(than|vs\.?|versus|compared (to|with)|against|over|from)\s+(the\s+)?(last|previous|prior) year\b", q):
        return period, year_earlier(period), True  # "September vs last year": September a year earlier
    for cue, unit in (("month-over-month", "month"), ("quarter-over-quarter", "quarter")):
        if cue in q:
            return period or last_complete(unit, today), previous, True
    return period, previous, False


def _current_like(previous: Period, today: date) -> Period:
    """The period in progress of the same kind as `previous` (a month, a quarter, a year), to date."""
    days = previous.days
    if days >= 365:
        return Period(date(today.year, 1, 1), today, "this year")
    if days >= 89:
        q = (today.month - 1) // 3
        return Period(date(today.year, 3 * q + 1, 1), today, "this quarter")
    if days >= 28:
        return Period(today.replace(day=1), today, "this month")
    return Period(today - timedelta(days=days - 1), today, "the same number of days to today")


# Words of a question -> the detection kind it is about (the first that fits; more specific first).
ALERT_TOPICS = (
    (r"\bchurn|stopped (paying|buying|ordering)|gone quiet|lost (a |our |my )?(customer|client)|went quiet", "client_churn"),
    (r"\bconcentrat|depend(s|ent|ence|ing)? (on|upon)|relian(ce|t)|rely on|too much (of (our|my) )?(revenue|income|sales)? ?from|eggs|"
     r"\b(one|single|a single|one big|one main) (client|customer)\b|(too )?(big|large|huge) (a )?(chunk|share|slice|portion|part)|"
     r"\bmost of (our|my|the) (revenue|income|sales)", "revenue_concentration"),
    (r"\b(below|under|less than|short of|behind|missed|lower than|under ?shot|fell short of|not hit(ting)?) "
     r"(the |our |my |what (was|we|i|you|it) (had )?)?(were |was )?(forecast|expect|plan|projection|project|predict|budget|target|anticipat)|"
     r"variance|shortfall|(than|from|vs\.?|versus) (the )?(forecast|expected|planned|predicted|projected)", "revenue_variance"),
    (r"\b(revenue|sales|income|takings|turnover)\b[\w' ]{0,20}\b(drop(ped|ping|s)?|fall(en|ing|s)?|fell|down|decline[ds]?|declining|dip(ped)?|decrease[ds]?|lower|shrunk|shrinking)\b|\b(drop|fall|decline|dip|decrease)s? in (revenue|sales|income)", "revenue_drop"),
    (r"\bduplicate|double[ -]?charge|charged twice|paid twice|twice", "duplicate_charge"),
    (r"\bpayroll|salar(y|ies)|wages", "payroll_safety"),
    (r"\bbuffer|cushion|safety net", "buffer_breach"),
    (r"\blate\b|overdue|hasn't paid|has not paid|not paid|hasn't come|missing payment|owes", "late_payment"),
    (r"\bspike|spending (jump|up|increase|surge)|overspen|spending more|jump in", "spending_spike"),
    (r"\b(timing|same week|bunched|clustered|all at once|pile[ds]? up)", "payment_timing_conflict"),
    (r"\b(large|big|huge|new) (supplier )?payment", "large_supplier_payment"),
    (r"\bunusual|odd|strange|suspicious|weird|anomal", "unusual_transaction"),
    (r"\bdeficit|negative|below zero|overdraw|in the red|run out", "forecast_deficit"),
    (r"\brunway", "runway_low"),
)


def _alert_topic(q: str) -> str | None:
    """The detection kind a question about an alert names, or None."""
    for pattern, kind in ALERT_TOPICS:
        if re.search(pattern, q):
            return kind
    return None


def _topic_words(q: str) -> str | None:
    kind = _alert_topic(q)
    return kind.replace("_", " ") if kind else None


_OUTLOOK = (r"\bwhere (will|would|are|do|shall|might) (we|i|things) (be|stand|end up|land|sit)\b",
            r"\bhow (are|is|will|do|does|would|shall) (we|things|it|everything|the business|our position|our finances|the bank)"
            r" (be |going to )?look(ing)?\b",
            r"\bhow (are|is) (we|things) (going to be|set|placed|fixed)\b",
            r"\bwhat (does|do|will|would) [\w' -]{1,30} look like\b", r"\bhow (does|do|will) [\w' -]{1,30} look\b",
            r"\blooking (for|at|ahead to|towards?|into)\b", r"\b(are|will) (we|i) (be )?(ok|okay|alright|all right|fine|good)\b"
            r" (for|by|on|at|over|in)\b")


def _named_month_end(q: str, today: date) -> date | None:
    """The end of a month named on its own ("what does December look like"): this month's, or the next one
    of that name."""
    from cashpilot.domain.chat.periods import _MONTH, MONTHS, month_end

    for m in re.finditer(rf"\b{_MONTH}\b(?!\s*\d)", q):
        word = m.group(1)
        if word == "may" and not re.search(r"\b(in|for|of|does|about|through|until|by)\s+$", q[:m.start()]):
            continue
        mo = MONTHS[word]
        return month_end(today.year if mo >= today.month else today.year + 1, mo)
    return None


# A customer going away: "if we lost Acme", "what if Acme stopped working with us", "Acme walks away".
_LOSE_CUSTOMER = r"\b(lose|lost|loses|losing|churn(s|ed)?|leaves?|leaving|left|stop(s|ped|ping)? (paying|buying|working|ordering|using)|" \
                 r"walk(s|ed)? away|drop(s|ped)? us|cancel(s|led|ed)?|(went|goes|go) elsewhere|no longer (work|pay|buy|order)\w*|" \
                 r"(ended|ends|end|terminat\w+) (the |our |their )?(contract|relationship|work)|fire[sd]? us|took (their )?business elsewhere)\b"


def _what_if(q: str, today: date, period: Period | None, future: tuple[date, str] | None, customers: list[str],
             suppliers: list[str], names: list[str], categories: Sequence[str], top: int | None) -> Intent:
    target = future[0] if future else None
    days = _delay_days(q)
    top_clients = None
    m = re.search(rf"\btop\s+{_N}\s+(customers?|clients?)\b", q) or re.search(
        rf"\b{_N}\s+(biggest|largest|main|best)\s+(customers?|clients?)\b", q)
    if m:
        top_clients = _number(m.group(1))
    elif re.search(r"\b(biggest|largest|top|main|best) (customer|client)\b", q):
        top_clients = 1
    if _has(re.sub(r"\b(leaves?|left) (us|me|you)\b", " ", q),
            _LOSE_CUSTOMER):
        return Intent("what_if", scenario="lose_customer", entities=tuple(customers or names[:1]),
                      top_customers=top_clients if not customers else None, target=target)
    if _has(q, r"\b(collect|get paid|chase|paid)\b.*\b(earlier|sooner|faster|early)\b", r"\b(earlier|sooner)\b"):
        return Intent("what_if", scenario="collect_earlier", entities=tuple(customers or names[:1]),
                      days=days or 14, target=_second_date(q, today, future, days), top_customers=top_clients)
    occurrences = "next" if _has(q, r"\b(next|upcoming|coming|this month's|october's|november's|december's) (\w+ )?(payment|invoice|instal?ment|transfer|one)\b") else None
    late = _has(q, r"\blate\b", r"\blater\b", r"\bdelays? pay(ing|ment)? us\b", r"\bslow(er)? to pay\b", r"\boverdue\b")
    if late and (customers or top_clients or _has(q, _CUSTOMER)) and not _has(q, r"\b(we|i) (pay|delay|postpone)\b"):
        target = _second_date(q, today, future, days)
        return Intent("what_if", scenario="customer_pays_late", entities=tuple(customers),
                      top_customers=top_clients if not customers else None, days=days or 30, target=target,
                      occurrences=occurrences)
    if _has(q, rf"\b{_DELAY_VERB}\b", r"\b(pay .* later|late)\b") and (suppliers or names or
                                                                                      _category(q, categories)):
        target = _second_date(q, today, future, days)
        return Intent("what_if", scenario="delay_payment", entities=tuple(suppliers or names[:1]), days=days or 30,
                      category=_category(q, categories) if not (suppliers or names) else None, target=target,
                      occurrences=occurrences)
    amount = find_amount(q)
    if amount is not None:
        income = _has(q, r"\b(receive[ds]?|receiving|get|gets|getting|got|win|wins|won|windfall|grants?|extra income|bonus payment|"
                         r"inflows?|comes? in|coming in|lands? in our|refund(ed)?|rebate|subsidy|investment|invest(s|ed)? in us|"
                         r"raise|raising|inject\w*|customer pays|client pays|sell|selling|sold|collect|collecting|earn|earning|"
                         r"bring in|brings in|paid to us|pays us|pay us|will be paid)\b") and not \
            _has(q, r"\b(cost|costs|expense|spend|buy|pay (for|out|off|a|an|the)|bill|purchase|fine|repair|tax|owe|due to|we pay|i pay)\b")
        when, rest_target = _event_and_target(q, today)
        reading = "low_point" if _has(q, r"\b(how low|lowest|low point|bottom out|tightest|dip)\b") else None
        return Intent("what_if", scenario="one_time", amount=amount if income else -amount, event_date=when,
                      target=rest_target, reading=reading)
    return Intent("what_if", scenario=None, entities=tuple(names), target=target)


def _event_and_target(q: str, today: date) -> tuple[date, date | None]:
    """A one-time flow's day and the day to read the balance on: "a 15k bill on 1 Dec, balance at year end";
    a horizon ("in 30 days", "by the end of the month") read alongside a balance is the reading day."""
    hits: list[tuple[date, str]] = []
    rest = q
    while len(hits) < 3:
        hit = find_future_date(rest, today)
        if hit is None:
            break
        hits.append(hit)
        rest = rest.replace(hit[1], " ", 1)
    hits.sort(key=lambda h: q.find(h[1]))

    def horizon(phrase: str) -> bool:
        return bool(re.match(r"(in|within|after|by|at)\b|(the )?end\b|year", phrase)) or "from now" in phrase \
            or "end" in phrase

    if not hits:
        return today + timedelta(days=1), None
    if len(hits) == 1:
        d, phrase = hits[0]
        if horizon(phrase) and _has(q, r"\b(balance|cash|look like|have|bank)\b") and not re.search(
                r"\b(on|due|lands?|arriv\w*|comes? in|hits?|paid|pay)\s+" + re.escape(phrase), q):
            return today + timedelta(days=1), d
        return d, None
    events = [h for h in hits if re.search(r"\b(on|due|lands?|arriv\w*|hits?)\s+(the\s+)?" + re.escape(h[1]), q)] or \
        [h for h in hits if not horizon(h[1])] or hits[:1]
    event = events[0]
    target = next((h for h in hits if h is not event), None)
    return event[0], target[0] if target else None


def _second_date(q: str, today: date, future: tuple[date, str] | None, days: int | None) -> date | None:
    """The balance date of a what-if: a date phrase that is not the delay itself ("30 days late")."""
    if future is None:
        return None
    if days is not None and re.search(r"\b\d+\s+days?\s+(late|later|earlier|sooner)\b", future[1]):
        return None
    rest = q
    while True:
        hit = find_future_date(rest, today)
        if hit is None:
            return None
        if not re.search(r"\b(late|later|earlier|sooner)\b", rest[rest.find(hit[1]) + len(hit[1]):][:12]):
            return hit[0]
        rest = rest.replace(hit[1], " ", 1)


# ------------------------------------------------------------------------------------------ memory

_AMOUNT_TEXT = r"([€$£]?\s?\d[\d,.\s]*\s?(?:k|m|thousand|million|eur|euros?|usd|dollars?|gbp|pounds?)?)"


def parse_memory_statement(text: str) -> tuple[str, str] | None:
    """A fact for the chat to remember, as (key, value): ("cash_buffer", "20000.00"),
    ("ignore_account:loan", "loan"), ("note:...", text). None when `text` is a question or no such fact."""
    q = " ".join(text.casefold().replace("\u2019", "'").split()).rstrip(".! ")
    if q.endswith("?") or re.match(r"^(what|how|when|why|who|which|is|are|do|does|can|could|should|will)\b", q):
        return None
    m = re.search(rf"\b(?:cash )?(?:buffer|cushion|safety net|minimum balance|reserve)\b[^0-9€$£]{{0,30}}{_AMOUNT_TEXT}",
                  q) or re.search(rf"\b(?:keep|hold|maintain)\s+(?:at least\s+)?{_AMOUNT_TEXT}\s*(?:in the bank|as a "
                                  rf"(?:buffer|cushion|reserve)|on hand|minimum|at all times)", q)
    if m:
        amount = find_amount(m.group(1))
        if amount is not None and amount >= 0:
            return "cash_buffer", format(amount, "f")
    m = re.search(r"\b(?:ignore|exclude|leave out|don't count|do not count|skip)\s+(?:the\s+|my\s+|our\s+)?(.+?)\s+"
                  r"(?:account|card)\b", q)
    if m:
        name = m.group(1).strip(" '\"")
        if name:
            return f"ignore_account:{_plain(name).replace(' ', '_')[:60]}", name
    m = re.match(r"^(?:please\s+)?remember(?:\s+that)?\s+(.{3,300})$", q)
    if m:
        fact = m.group(1)
        return f"note:{'_'.join(_plain(fact).split()[:6])[:60]}", fact
    return None
