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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from cashpilot.domain.chat.periods import NUMBER_WORDS, Period, find_future_date, find_period

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


def _has(text: str, *patterns: str) -> bool:
    return any(re.search(p, text) for p in patterns)


# Category words an owner uses -> words of the default category names they mean.
CATEGORY_WORDS = {
    r"\bsoftware|subscriptions?|saas\b": "software",
    r"\brent\b|\blease\b": "rent",
    r"\bpayroll|salar(y|ies)|wages|staff costs?|people costs?\b": "payroll",
    r"\btravel|trains?|flights?\b": "travel",
    r"\butilit(y|ies)|electricity|energy|power bills?\b": "utilities",
    r"\b(office )?supplies|materials\b": "supplies",
    r"\baccountants?|accounting|legal|lawyers?|professional services|consultants?\b": "professional",
    r"\bequipment|hardware|computers?\b": "equipment",
    r"\bmarketing|advertising|ads\b": "marketing",
    r"\binsurance\b": "insurance",
    r"\btax(es)?\b": "taxes",
    r"\bbank fees|fees\b": "fees",
    r"\bmeals|food|restaurants?|entertainment\b": "meals",
    r"\bloan repayments?\b": "loan",
    r"\bcost of goods|cogs|inventory|stock\b": "cost of goods",
}

_REVENUE = r"\b(revenue|sales|income|earn(ed|ings)?|made|make|bring in|brought in|turnover|takings|money (come|came) in|money in|receipts|got paid|get paid)\b"
_EXPENSES = r"\b(expenses?|spend(ing)?|spent|costs?|outgoings|pay(ing)? out|paid out|money (go|went) out|money out|outflows?|expenditure|bills)\b"
_NET = r"\b(net|profit|surplus|loss|cash ?flow|bottom line|burn(ed)?)\b"
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


def _days(text: str) -> int | None:
    m = re.search(rf"\b{_N}\s+(days?|weeks?|months?)\b", text)
    if not m:
        return None
    n = _number(m.group(1)) or 0
    return n * {"d": 1, "w": 7, "m": 30}[m.group(2)[0]]


def match_names(text: str, names: Sequence[str]) -> list[str]:
    """Business names the question mentions: the whole name, or a distinctive word of it (longest first)."""
    lowered = f" {_plain(text)} "
    legal = {"gmbh", "ag", "kg", "ltd", "llc", "inc", "co", "and", "the", "of", "sa", "media", "group", "services",
             "partner", "partners", "company", "holdings", "trading", "traders", "store", "web", "credit"}
    # A name is mentioned by its whole self, or by its distinctive words (numbers count: "Customer 007");
    # when several names share a mentioned word, those matching more of their words win.
    scored: list[tuple[int, int, str]] = []
    for name in names:
        plain = _plain(name)
        if not plain:
            continue
        if f" {plain} " in lowered:
            scored.append((100, lowered.index(f" {plain} "), name))
            continue
        words = [w for w in plain.split() if w not in legal and (len(w) >= 4 or any(c.isdigit() for c in w))]
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


def parse_question(question: str, today: date, *, entities: Sequence[tuple[str, str]] = (),
                   categories: Sequence[str] = ()) -> Intent | None:
    """The intent of `question`, or None when it is not one the offline analyst answers.

    `entities`: the business's (name, type) pairs, type customer | supplier | both; `categories`: its
    category names."""
    q = " ".join(question.casefold().replace("\u2019", "'").split())
    found = find_period(q, today)
    period = found[0] if found else None
    previous = None
    if found:
        rest = q.replace(found[1], " ", 1)
        second = find_period(rest, today)
        if second and second[0] != period:
            previous = second[0]
        elif re.search(rf"\b(than|vs\.?|versus|compared (to|with)|against)\s+(the\s+)?{re.escape(found[1])}", q):
            # "are expenses higher than last month?": the named period is the comparison; now is to date
            # in the same unit (this month / quarter / year).
            previous = period
            period = _current_like(period, today)
    future = find_future_date(q, today)
    names = match_names(q, [n for n, _ in entities])
    types = dict(entities)
    customers = [n for n in names if types.get(n) in ("customer", "both")]
    suppliers = [n for n in names if types.get(n) in ("supplier", "both")]
    top = _top_n(q)

    # --- what-if --------------------------------------------------------------------------------
    if _has(q, r"\bwhat if\b", r"\bwhat happens if\b", r"\bwhat would happen\b", r"\bsuppose\b", r"\bsimulat",
            r"\bscenario\b", r"\bimagine\b", r"^if\b", r"\bhypothetically\b", r"\bwould (my|our|the) (cash|balance)\b.*\bif\b",
            r"\bif (\w+ ){1,5}(pays?|paid|delay|postpone|lose|lost|stop|spend|buy|bought|have to pay)\b",
            r"\bcan (i|we) afford\b"):
        return _what_if(q, today, period, future, customers, suppliers, names, categories, top)

    # --- alerts ------------------------------------------------------------------------------------
    alert_words = r"\b(alerts?|warnings?|flag(ged|s)?|red flags?|notifications?)\b"
    if _has(q, r"\bwhy\b", r"\bexplain\b", r"\bwhat does .* mean\b", r"\bwhat caused\b", r"\breason\b") and (
            _has(q, alert_words) or _has(q, r"\b(revenue|sales) (drop|down|fell)\b", r"\bchurn\b", r"\bconcentration\b")):
        return Intent("explain_alert", entity=names[0] if names else None, text=_alert_topic(q))
    if _has(q, alert_words, r"\bworr(y|ied|ying)\b", r"\bconcern(ed|s)?\b", r"\banything (urgent|wrong)\b",
            r"\bred flags?\b", r"\bproblems?\b", r"\bissues?\b", r"\bneeds? (my )?attention\b"):
        return Intent("alerts")

    negative = r"(below zero|negative|overdrawn|overdraft|in the red|go broke|run (out|short)|deficit|short of cash|can't pay|cannot pay|bounce)"
    if _has(q, r"\b(risk|chance|probability|likel(y|ihood)|odds|danger|how likely|will i|could i|might i|am i going to|are we going to)\b") \
            and _has(q, rf"\b{negative}\b"):
        window = _days(q) or ((future[0] - today).days if future else None)
        return Intent("deficit_risk", days=window)
    # --- runway, stability ---------------------------------------------------------------------------
    if _has(q, r"\brunway\b", r"\bhow long (will|would|can|does) (my|our|the) (cash|money|savings)\b",
            r"\bmonths of (cash|runway)\b", r"\bhow many months\b", r"\brun out of (cash|money)\b",
            r"\bburn rate\b", r"\bcash burn\b", r"\bburn(ing)?\b", r"\bsurvive\b"):
        return Intent("runway")
    if _has(q, r"\bstability\b", r"\bhealth ?(score|check)?\b", r"\bhow (healthy|stable)\b", r"\bscore\b"):
        return Intent("stability")

    # --- forecast -----------------------------------------------------------------------------------
    if _has(q, r"\bworst case\b") or (_has(q, r"\b(lowest|low point|minimum|tightest|bottom|lowest point|dip|trough|low)\b") and \
            _has(q, r"\b(cash|balance|money|bank|point|be|get|go|dip)\b")):
        return Intent("low_point")
    forecast_words = r"\b(forecast|projected|projection|predict|expect(ed)?|will (my|our|the) (cash|balance|bank)|will i have|will we have|going to have|look like)\b"
    if _has(q, forecast_words) or (future and _has(q, r"\b(balance|cash|money|bank|have)\b")):
        if future:
            return Intent("forecast_balance", target=future[0])
        return Intent("forecast_balance", target=today + timedelta(days=30))

    # --- recurring ------------------------------------------------------------------------------------
    if _has(q, r"\brecurring\b", r"\bsubscriptions?\b(?!.*\b(last|this|in|since)\b)", r"\bregular (costs|payments|bills|expenses|income)\b",
            r"\bfixed (costs|expenses)\b", r"\b(monthly|repeating) (costs|bills|payments|commitments)\b",
            r"\bstanding orders?\b", r"\bdirect debits?\b", r"\bwhat do (i|we) pay every month\b"):
        direction = "in" if _has(q, r"\b(income|revenue|from customers)\b") else "out"
        return Intent("recurring", direction=direction)

    # --- balance today ------------------------------------------------------------------------------
    if _has(q, r"\bbalance\b", r"\bcash (on hand|position)\b", r"\bhow much (cash|money) (do|have) (i|we)\b",
            r"\bin the bank\b", r"\bhow much (is|do we have) in\b", r"\bcash do (i|we) have\b") and not _has(q, _REVENUE, _EXPENSES):
        return Intent("balance")

    # --- top customers / suppliers, biggest transactions ------------------------------------------
    direction = "out" if _has(q, _SUPPLIER, r"\bspend (the )?most\b", r"\bwho do (we|i) pay\b") else (
        "in" if _has(q, _CUSTOMER, r"\bwho pays\b", r"\bpays? (us|me) the most\b") else None)
    if direction and _has(q, r"\b(top|biggest|largest|best|main|most|highest|leading|key|who)\b") and not _has(
            q, r"\b(transactions?|payments? (from|to)|purchases?|deposits?)\b"):
        singular = _has(q, r"\b(biggest|largest|best|main|top|most important) (customer|client|supplier|vendor)\b(?!s)")
        return Intent("top_entities", direction=direction, limit=top or (1 if singular else 5), period=period)
    if _has(q, r"\b(biggest|largest|highest|top|most expensive|major)\b") and _has(
            q, r"\b(transactions?|payments?|purchases?|expenses?|deposits?|receipts?|bills?|costs?|charges?|spends?)\b"):
        d = "in" if _has(q, r"\b(deposits?|receipts?|incoming|received|income)\b") else (
            "any" if _has(q, r"\btransactions?\b") and not _has(q, r"\b(spent|spend|expenses?|outgoing|paid)\b") else "out")
        return Intent("biggest_transactions", direction=d, limit=top or 5, period=period)

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
    compare = previous is not None or _has(q, r"\b(compare[ds]?|comparison|vs\.?|versus|change[ds]?|up or down|increase[ds]?|decrease[ds]?|grow(n|th)?|drop(ped)?|differ(ence)?|than (the )?(previous|last|prior|month before|year before|quarter before)|(higher|lower|more|less|bigger|smaller|up|down) than)\b")
    if category and metric != "net":
        return Intent("by_category", metric="expenses" if metric is None else metric, category=category,
                      period=period, compare=compare, previous=previous)
    if _has(q, r"\b(by|per|each|breakdown|broken down|split)\b.*\b(categor(y|ies)|type)\b", r"\bcategor(y|ies)\b",
            r"\bwhere (did|does) (the|my|our) money go\b", r"\bwhat (did|do) (we|i) spend (the most )?on\b"):
        return Intent("by_category", metric=metric if metric in ("revenue", "expenses") else "expenses",
                      period=period, compare=compare, previous=previous)
    if metric:
        return Intent("totals", metric=metric, period=period, compare=compare, previous=previous)
    if _has(q, r"\b(find|search|show|list|look up)\b.*\b(transactions?|payments?)\b"):
        m = re.search(r"\b(?:for|with|containing|mentioning|named|called)\s+[\"']?([\w &.-]{2,40})", q)
        return Intent("search", text=m.group(1).strip() if m else None, period=period,
                      direction=None)
    return None


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


def _alert_topic(q: str) -> str | None:
    for pattern, topic in ((r"\bchurn|stopped paying|lost\b", "client churn"), (r"\bconcentrat", "concentration"),
                           (r"\brevenue (drop|down|fell)|drop\b", "revenue drop"),
                           (r"\bbelow expected|variance|expected\b", "revenue variance"),
                           (r"\blate\b", "late payment"), (r"\bbuffer\b", "buffer"), (r"\bpayroll\b", "payroll"),
                           (r"\bduplicate\b", "duplicate"), (r"\bspike|unusual|unexpected\b", "unusual"),
                           (r"\bdeficit|negative|below zero\b", "deficit"), (r"\brunway\b", "runway")):
        if re.search(pattern, q):
            return topic
    return None


def _what_if(q: str, today: date, period: Period | None, future: tuple[date, str] | None, customers: list[str],
             suppliers: list[str], names: list[str], categories: Sequence[str], top: int | None) -> Intent:
    target = future[0] if future else None
    days = _days(q)
    top_clients = None
    m = re.search(rf"\btop\s+{_N}\s+(customers?|clients?)\b", q) or re.search(
        rf"\b{_N}\s+(biggest|largest|main|best)\s+(customers?|clients?)\b", q)
    if m:
        top_clients = _number(m.group(1))
    elif re.search(r"\b(biggest|largest|top|main|best) (customer|client)\b", q):
        top_clients = 1
    if _has(q, r"\b(lose|lost|loses|losing|churn|leaves?|left|stops? (paying|buying|working)|walks? away|drops? us|cancel)\b"):
        return Intent("what_if", scenario="lose_customer", entities=tuple(customers or names[:1]),
                      top_customers=top_clients if not customers else None, target=target)
    if _has(q, r"\b(collect|get paid|chase|paid)\b.*\b(earlier|sooner|faster|early)\b", r"\b(earlier|sooner)\b"):
        return Intent("what_if", scenario="collect_earlier", entities=tuple(customers or names[:1]),
                      days=days or 14, target=_second_date(q, today, future, days), top_customers=top_clients)
    late = _has(q, r"\blate\b", r"\blater\b", r"\bdelays? pay(ing|ment)? us\b", r"\bslow(er)? to pay\b", r"\boverdue\b")
    if late and (customers or top_clients or _has(q, _CUSTOMER)) and not _has(q, r"\b(we|i) (pay|delay|postpone)\b"):
        target = _second_date(q, today, future, days)
        return Intent("what_if", scenario="customer_pays_late", entities=tuple(customers),
                      top_customers=top_clients if not customers else None, days=days or 30, target=target)
    if _has(q, r"\b(delay|postpone|push back|defer|hold off|pay .* later|late)\b") and (suppliers or names or
                                                                                      _category(q, categories)):
        target = _second_date(q, today, future, days)
        return Intent("what_if", scenario="delay_payment", entities=tuple(suppliers or names[:1]), days=days or 30,
                      category=_category(q, categories) if not (suppliers or names) else None, target=target)
    amount = find_amount(q)
    if amount is not None:
        income = _has(q, r"\b(receive|get|win|windfall|grant|extra income|bonus payment|inflow|comes? in)\b") and not \
            _has(q, r"\b(cost|expense|spend|buy|pay|bill|purchase|fine|repair)\b")
        when = future[0] if future else today + timedelta(days=1)
        rest_target = None
        if future:
            rest = q.replace(future[1], " ", 1)
            second = find_future_date(rest, today)
            rest_target = second[0] if second else None
        return Intent("what_if", scenario="one_time", amount=amount if income else -amount, event_date=when,
                      target=rest_target)
    return Intent("what_if", scenario=None, entities=tuple(names), target=target)


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
