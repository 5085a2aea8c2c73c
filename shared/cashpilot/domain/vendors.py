"""The built-in categorisation dictionary: known vendors, keyword rules and card MCC codes.

`lookup` answers with a DEFAULT_CATEGORIES key and a calibrated confidence, or None when it does not
know (the caller abstains then: no guessing). The calling service auto-applies answers at >= 0.80 and
queues the rest for review, so the scale is built around that line:

    0.93-0.97  a vendor with one use (Adobe, Gusto, HMRC, British Gas, an airline) or an exact bank line
               ("MONTHLY SERVICE FEE", "INTEREST EARNED", "Kontoführungsentgelt")
    0.85-0.92  near-certain: ride hailing, fuel, restaurants, office supply stores, explicit keywords,
               refunds from known suppliers, processor payouts
    0.80-0.84  the usual meaning with rare exceptions (DIY stores -> supplies)
    0.55-0.79  a suggestion for review, never applied: vendors with several uses (Amazon, Walmart, Costco,
               Tesco, IKEA, electronics stores), shipping, a generic word ("FEE", "TAX", "LOAN"), a
               keyword that is part of the counterparty's own name ("Interest Media Ltd"), rules that
               contradict each other

Direction matters (`amount` is signed, money in is positive): money in from a supplier is a refund,
from a payment processor a payout of sales, from a lender new financing; an expense keyword on money
in never yields an expense category. Word matching is whole-word ("BP" never matches "BPAY", "SO" never
"SOFTWARE"); see `counterparty.PhraseIndex`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from cashpilot.domain import vendor_data
from cashpilot.domain.categories import DEFAULT_CATEGORIES
from cashpilot.domain.counterparty import PhraseIndex, Vendor, account_holder, analyse

CATEGORY_NAMES = {c.key: c.name for c in DEFAULT_CATEGORIES}
_INCOME = frozenset(c.key for c in DEFAULT_CATEGORIES if c.type == "income")
_EXPENSE = frozenset(c.key for c in DEFAULT_CATEGORIES if c.type == "expense")

# A keyword in doubt is only suggested: a generic word that is part of the counterparty's own name ("Interest
# Media Ltd"), or a fee phrase next to a named counterparty that is no bank ("ANNUAL FEE ACME TRADE ASSOCIATION").
_DOUBTFUL = 0.6
_CONFLICT = 0.6  # rules that disagree: the owner decides
_LONG_TEXT_WORDS = 12  # a keyword in longer free text is a little less sure
_LONG_TEXT_PENALTY = 0.03
_AGREEMENT_BONUS = 0.02
_CAP = 0.97


@dataclass(frozen=True)
class DictionaryMatch:
    category_key: str  # a DEFAULT_CATEGORIES key
    confidence: float  # 0..1, calibrated: the caller auto-applies >= 0.80
    source: str  # "vendor" | "keyword" | "mcc"
    vendor: str | None  # canonical vendor name when it was a vendor hit
    evidence: str  # short human text: 'known vendor "Adobe" -> Software & Subscriptions'
    # An expense category on money in: money given back against that expense, booked there (a bank's fee rebate
    # is a positive Bank Fees line, no refund of a purchase). The caller applies it despite the direction.
    contra: bool = False


@dataclass(frozen=True)
class _Rule:
    phrase: str
    out_category: str | None
    out_confidence: float
    in_category: str | None
    in_confidence: float
    start_only: bool
    weak_in_name: bool
    bank_line: bool  # only sure when the line names nobody else ("ANNUAL FEE" vs "ANNUAL FEE ACME TRADE ASSOCIATION")
    who: bool = False  # says who is paid, not what for ("CITY COUNCIL"): a sure purpose keyword decides instead


def _build_keywords() -> PhraseIndex:
    index = PhraseIndex()
    header: tuple[str | None, float, str | None, float] | None = None
    for line in vendor_data.KEYWORDS.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):  # a comment
            continue
        if line.startswith("@"):
            out_part, _, in_part = line[1:].partition("/")
            header = (*_side(out_part), *_side(in_part))
            continue
        if header is None:
            raise ValueError(f"keyword line before any header: {line!r}")
        for phrase in line.split("|"):
            phrase = phrase.strip()
            if not phrase:
                continue
            flags = phrase[: len(phrase) - len(phrase.lstrip("^~!?"))]
            rule = _Rule(phrase.lstrip("^~!?"), *header, "^" in flags, "~" in flags, "!" in flags, "?" in flags)
            index.add(phrase.lstrip("^~!?"), rule)
    return index


def _side(text: str) -> tuple[str | None, float]:
    parts = text.split()
    if not parts or parts[0] == "-":
        return None, 0.0
    if parts[0] not in CATEGORY_NAMES:
        raise ValueError(f"unknown category {parts[0]!r} in the keyword table")
    return parts[0], float(parts[1])


KEYWORD_INDEX = _build_keywords()


def _phrases(table: str) -> PhraseIndex:
    index = PhraseIndex()
    for phrase in table.split("|"):
        if phrase.strip():
            index.add(phrase.strip(), phrase.strip())
    return index


_PAYROLL_FEE = _phrases(vendor_data.PAYROLL_FEE_WORDS)
_PAYROLL_INVOICE = _phrases(vendor_data.PAYROLL_INVOICE_WORDS)
_PAYOUT = _phrases(vendor_data.PAYOUT_WORDS)
_WAGE_TAX = _phrases(vendor_data.WAGE_TAX_WORDS)
_OTHER_TAX = _phrases(vendor_data.OTHER_TAX_WORDS)
_PERSONAL_TAX = _phrases(vendor_data.PERSONAL_TAX_WORDS)
_PERSONAL_TAX_FORM = re.compile(vendor_data.PERSONAL_TAX_FORMS)
_OWNER_SOCIAL = _phrases(vendor_data.OWNER_SOCIAL_WORDS)
_RENT_TAX_FORM = re.compile(vendor_data.RENT_TAX_FORMS)
_FEE_GIVEBACK = _phrases(vendor_data.FEE_GIVEBACK_PHRASES)
_HOST_INVOICE = re.compile(vendor_data.HOST_INVOICE)
_WAGE_TAX_FORM = re.compile(vendor_data.WAGE_TAX_FORMS)
_PAYS_INVOICE = re.compile(vendor_data.VENDOR_PAYS_INVOICE)
_CARD_REFUND = re.compile(vendor_data.CARD_REFUND_LINES)


def _alternation(table: str) -> str:
    return "|".join(re.escape(p.strip()) for p in sorted(table.split("|"), key=len, reverse=True) if p.strip())


_FEE, _GIVEBACK = _alternation(vendor_data.BANK_FEE_WORDS), _alternation(vendor_data.FEE_GIVEBACK_WORDS)
# "ATM FEE REBATE", "SERVICE CHARGE REFUND"; "REFUND OF ATM FEES", "REMBOURSEMENT FRAIS"
_FEE_GIVEN_BACK = re.compile(rf"(?:^| )(?:(?:{_FEE}) (?:{_GIVEBACK})"
                             rf"|(?:{_GIVEBACK})(?: OF| DE| DES| FOR)?(?: \S+){{0,2}} (?:{_FEE}))(?= |$)")


def _has(index: PhraseIndex, words: tuple[str, ...], skip: tuple[int, int] = (0, 0)) -> bool:
    """A phrase of `index` among the words, outside the span `skip` (a vendor's own name)."""
    return any(index.match_at(words, i) for i in range(len(words)) if not skip[0] <= i < skip[1])


def _mcc_category(mcc: str | None) -> tuple[str, float] | None:
    if not mcc:
        return None
    code = mcc.strip()
    if not code.isdigit():
        return None
    number = int(code)
    hit = vendor_data.MCC_CODES.get(number)
    if hit:
        return hit
    for low, high, category, confidence in vendor_data.MCC_RANGES:
        if low <= number <= high:
            return category, confidence
    return None


# An employer's Accounts Office reference (3 digits, "P", a letter, then digits; a tax-period suffix may
# follow): the payment is PAYE and National Insurance, i.e. payroll, not a business tax.
_PAYE_REFERENCE = re.compile(r"(?<![A-Z0-9])\d{3}P[A-Z]\d{6,12}X?(?![A-Z0-9])", re.IGNORECASE)


@dataclass(frozen=True)
class _Candidate:
    category: str
    confidence: float
    source: str
    vendor: str | None
    evidence: str
    start: int = -1  # a keyword's words within the analysis's words
    end: int = -1
    who: bool = False  # a keyword naming who is paid, not what for ("CITY COUNCIL")


def lookup(description: str, amount: Decimal, *, mcc: str | None = None) -> DictionaryMatch | None:
    """The dictionary's category for one bank line, or None when it does not know. `amount` is signed (money in
    is positive; zero counts as money out); `mcc` is the card's merchant category code when the file has one."""
    text = analyse(description or "")
    line = (description or "").upper()  # for what the analysis's words leave out: channel words, form numbers
    money_in = amount > 0
    if money_in and _fee_given_back(text):
        return DictionaryMatch("bank_fees", 0.9, "keyword", text.vendor.name if text.vendor else None,
                               "a bank fee given back -> " + CATEGORY_NAMES["bank_fees"], contra=True)
    vendor = _vendor_candidate(text.vendor, money_in) if text.vendor else None
    if vendor is not None and vendor.vendor == "HMRC" and not money_in and _PAYE_REFERENCE.search(description):
        vendor = _Candidate("payroll", 0.93, "vendor", "HMRC", "HMRC with an employer PAYE reference -> "
                            + CATEGORY_NAMES["payroll"])
    if vendor is not None:
        vendor = _vendor_line(text.vendor, vendor, text.words, text.vendor_span, money_in, line)
    keyword = _keyword_candidate(text.words, text.name_span, money_in, text.name is not None and not text.vendor)
    if keyword is not None and text.vendor_span[0] <= keyword.start and keyword.end <= text.vendor_span[1]:
        keyword = None  # words of the vendor's own name ("HOTEL CHOCOLAT") say nothing more
    card = _mcc_candidate(mcc, money_in)

    if vendor is not None and vendor.confidence >= 0.8:
        best, rivals = vendor, [keyword, card]
        if (vendor.category == "internal_transfer" and keyword is not None and keyword.confidence >= 0.8
                and keyword.category != vendor.category):
            best, rivals = keyword, [card]  # a card issuer's own fee or interest line ("CAPITAL ONE LATE FEE")
    else:
        # An ambiguous vendor ("Amazon") yields to a clear keyword or card code ("COSTCO" + MCC 5542 fuel).
        options = [c for c in (vendor, keyword, card) if c is not None]
        if not options:
            return None
        best = max(options, key=lambda c: c.confidence)
        rivals = [c for c in options if c is not best]
    confidence = best.confidence
    for other in rivals:
        if other is None or other.confidence < 0.8:
            continue
        if other.category == best.category:
            confidence = min(_CAP, max(confidence, other.confidence) + _AGREEMENT_BONUS)
        elif best.source != "vendor":
            confidence = min(confidence, _CONFLICT)  # two confident rules that disagree: ask the owner
    vendor_name = text.vendor.name if text.vendor else None
    if best.category == "internal_transfer" and (holder := account_holder(description or "")) is not None:
        # To or from a person's account by its number: the owner's own money, not the business's other account.
        return DictionaryMatch("owner_draw_contribution", round(min(confidence, 0.88), 3), best.source, None,
                               f"{best.evidence.rsplit(' -> ', 1)[0]}, the account of {holder} -> "
                               + CATEGORY_NAMES["owner_draw_contribution"])
    if best.category == "taxes" and not money_in and _RENT_TAX_FORM.search(line):
        return DictionaryMatch("rent", round(min(confidence, 0.9), 3), best.source, vendor_name,
                               best.evidence.rsplit(" -> ", 1)[0] + ", withholding on the rent -> "
                               + CATEGORY_NAMES["rent"])
    if best.category == "payroll" and not money_in and _has(_OWNER_SOCIAL, text.words):
        return DictionaryMatch("owner_draw_contribution", round(min(confidence, 0.9), 3), best.source, vendor_name,
                               best.evidence.rsplit(" -> ", 1)[0] + ", the owner's own social insurance -> "
                               + CATEGORY_NAMES["owner_draw_contribution"])
    if best.category == "taxes" and not money_in and (_has(_PERSONAL_TAX, text.words)
                                                      or _PERSONAL_TAX_FORM.search(line)):
        return DictionaryMatch("owner_draw_contribution", round(min(confidence, 0.9), 3), best.source, vendor_name,
                               best.evidence.rsplit(" -> ", 1)[0] + ", the owner's own income tax -> "
                               + CATEGORY_NAMES["owner_draw_contribution"])
    if (best.category == "taxes" and (_has(_WAGE_TAX, text.words) or _WAGE_TAX_FORM.search(line))
            and not _has(_OTHER_TAX, text.words)):
        # The employer's wage taxes ("Finanzamt ... LSt 09/2025", "REVENUE COMMISS ROS ... P30"): payroll.
        return DictionaryMatch("payroll", round(min(confidence, 0.93), 3), best.source, vendor_name,
                               best.evidence.rsplit(" -> ", 1)[0] + ", a wage tax -> " + CATEGORY_NAMES["payroll"],
                               contra=money_in)
    return DictionaryMatch(best.category, round(confidence, 3), best.source, vendor_name, best.evidence,
                           contra=money_in and best.category in _EXPENSE)


_BANK_KINDS = frozenset(("none", "card", "processor"))


def _fee_given_back(text) -> bool:
    """A bank's fee given back: fee and give-back words on a line that names nobody else, or names the bank."""
    if text.vendor is not None:
        if text.vendor.kind not in _BANK_KINDS and text.vendor.out_category != "bank_fees":
            return False
    elif text.name is not None:
        return False
    return _FEE_GIVEN_BACK.search(" ".join(text.words)) is not None or _has(_FEE_GIVEBACK, text.words)


def _vendor_line(known: Vendor, vendor: _Candidate, words: tuple[str, ...], span: tuple[int, int],
                 money_in: bool, line: str) -> _Candidate:
    """What a known vendor's line is when its own words (or, for channel words, the whole `line`, upper case) say
    more than the vendor does."""
    if (not money_in and vendor.category == "payroll" and known.kind in ("payroll", "peo")
            and (_has(_PAYROLL_FEE, words, span) or (known.kind == "payroll" and _has(_PAYROLL_INVOICE, words, span)))):
        # A payroll provider's own fee or invoice ("RIPPLING FEES", "PAYCOR INC INVOICE") is its software.
        return _Candidate("software", 0.88, "vendor", vendor.vendor,
                          f'fee of payroll provider "{known.name}" -> {CATEGORY_NAMES["software"]}')
    if (not money_in and known.kind == "marketplace" and vendor.category == "travel"
            and _HOST_INVOICE.search(line)):
        return _Candidate("marketing", 0.85, "vendor", vendor.vendor,
                          f'commission invoice of "{known.name}" to a host -> {CATEGORY_NAMES["marketing"]}')
    if money_in and vendor.category == "refunds" and _PAYS_INVOICE.search(line):
        # Which income it is depends on what the business sells: the owner says.
        return _Candidate("service_income", _DOUBTFUL, "vendor", vendor.vendor,
                          f'"{known.name}" paying an invoice from its accounts payable: a customer here')
    if money_in and known.kind == "processor" and _CARD_REFUND.match(line):
        # A card payment given back ("CARD REFUND AMAZON PAYMENTS", "Remboursement carte · AMAZON PAYMENTS EUROPE"):
        # the processor took the business's card, so this is a refund, not a payout of its sales.
        return _Candidate("refunds", 0.88, "vendor", vendor.vendor,
                          f'card refund through "{known.name}" -> {CATEGORY_NAMES["refunds"]}')
    if money_in and known.kind in ("supplier", "marketplace") and _has(_PAYOUT, words, span):
        # A platform's payout is the business's own sales, even from one it also buys from ("FAIRE ... PAYOUT").
        return _Candidate("sales_revenue", 0.88, "vendor", vendor.vendor,
                          f'payout from "{known.name}" -> {CATEGORY_NAMES["sales_revenue"]}')
    return vendor


def _vendor_candidate(vendor: Vendor, money_in: bool) -> _Candidate | None:
    if money_in:
        category, confidence = vendor.in_category, vendor.in_confidence
        why = f'money in from known vendor "{vendor.name}"'
    else:
        category, confidence = vendor.out_category, vendor.out_confidence
        why = f'known vendor "{vendor.name}"'
    if not category or not _fits(category, money_in):
        return None
    return _Candidate(category, confidence, "vendor", vendor.name, f"{why} -> {CATEGORY_NAMES[category]}")


def _keyword_candidate(words: tuple[str, ...], name_span: tuple[int, int], money_in: bool,
                       names_someone: bool) -> _Candidate | None:
    hits: list[_Candidate] = []
    i, n = 0, len(words)
    long_text = n > _LONG_TEXT_WORDS and sum(1 for w in words if not w.isdigit()) > _LONG_TEXT_WORDS
    while i < n:
        stop = i + 1
        for entry, end in KEYWORD_INDEX.match_at(words, i):
            rule: _Rule = entry.value
            if rule.start_only and i != 0:
                continue
            category = rule.in_category if money_in else rule.out_category
            confidence = rule.in_confidence if money_in else rule.out_confidence
            stop = end
            if category and _fits(category, money_in):
                in_name = name_span[0] <= i < name_span[1]
                if (rule.weak_in_name and in_name) or (rule.bank_line and names_someone):
                    confidence = min(confidence, _DOUBTFUL)
                elif money_in and in_name and names_someone:
                    # Money in: a word of the payer's own name says what the payer is, not what the money is
                    # ("HOTEL DES CELESTINS" paying an invoice is a customer, no hotel refund).
                    confidence = min(confidence, _DOUBTFUL)
                if long_text:
                    confidence -= _LONG_TEXT_PENALTY
                phrase = " ".join(words[i:end])
                hits.append(_Candidate(category, confidence, "keyword", None,
                                       f'keyword "{phrase}" -> {CATEGORY_NAMES[category]}', i, end, rule.who))
            break  # the most specific phrase at this position decides, even when it has no answer
        i = stop
    if not hits:
        return None
    if any(h.who for h in hits) and any(not h.who and h.confidence >= 0.8 for h in hits):
        hits = [h for h in hits if not h.who]  # "LEEDS CITY COUNCIL CAR PARK": what for, not who, decides
    best = max(hits, key=lambda c: c.confidence)
    # Words that disagree, even weakly, make a guess: "MAIN STREET BAKERY SUPPLY CO" is no restaurant. Not
    # a loan instalment's interest ("TILGUNG UND ZINSEN"), nor a generic word against an explicit phrase
    # ("UMBUCHUNG RUECKLAGE USt" moves money to a reserve account, it pays no tax).
    if any(h.category != best.category and h.confidence >= _DOUBTFUL and not _outweighs(best, h) for h in hits):
        return _Candidate(best.category, min(best.confidence, _CONFLICT), "keyword", None,
                          best.evidence + " (other keywords disagree)", best.start, best.end)
    return best


_STRONG = 0.9
_INSTALMENT_PARTS = frozenset(("interest", "bank_fees"))


def _outweighs(best: _Candidate, other: _Candidate) -> bool:
    if best.category == "loan_repayment" and other.category in _INSTALMENT_PARTS:
        return True
    return best.confidence >= _STRONG and other.confidence < 0.8


def _mcc_candidate(mcc: str | None, money_in: bool) -> _Candidate | None:
    hit = _mcc_category(mcc)
    if hit is None:
        return None
    category, confidence = hit
    if money_in:
        if category not in _EXPENSE:
            return None
        # A card payment coming back is a refund, whatever the merchant sells.
        return _Candidate("refunds", min(confidence, 0.8), "mcc", None, f"card refund (MCC {mcc.strip()}) -> Refunds")
    return _Candidate(category, confidence, "mcc", None, f"card MCC {mcc.strip()} -> {CATEGORY_NAMES[category]}")


def _fits(category: str, money_in: bool) -> bool:
    if category in _INCOME:
        return money_in
    if category in _EXPENSE:
        return not money_in or category in _CONTRA_IN
    return True  # transfers go both ways


# Expense categories money in can carry, as money given back against them: a tax refund is less tax.
_CONTRA_IN = frozenset(("taxes",))
