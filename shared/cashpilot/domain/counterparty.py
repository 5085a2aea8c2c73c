"""Who a bank line is with: a clean counterparty name, its matching key, and the text without noise.

Bank descriptions carry the counterparty between layers of noise: channel words ("PURCHASE AUTHORIZED
ON", "DD", "PRLV SEPA"), processor prefixes ("SQ *", "PAYPAL *"), card masks, terminal and reference
numbers, dates, SEPA reference fields, store numbers and the merchant's city, state and country. The
extractor peels those off so every rendering of one counterparty yields the same `key`:

    "PURCHASE AUTHORIZED ON 03/14 SQ *BLUE BOTTLE COF San Francisco CA S381073512 CARD 1234"
    "SQ *BLUE BOTTLE COFFEE Oakland CA"                      -> Blue Bottle Coffee / "blue bottle coffee"
    "FPI ACME LTD REF INV 2041", "ACME LIMITED"              -> Acme Ltd, Acme Limited / "acme"
    "MONTHLY SERVICE FEE", "Zinsgutschrift"                  -> nobody (name and key are None)

Known vendors (vendor_data.VENDORS) are recognised on the way and named canonically ("AMZN Mktp US"
-> "Amazon"). Naming convention: one canonical name per billing line whose category differs, so
"Google Ads", "Google Workspace", "Google Cloud", "AWS", "Amazon Prime", "Amazon Ads", "Uber Eats" are
vendors of their own, while "Meta" covers every Facebook/Instagram/Meta ads descriptor and "Microsoft"
every Microsoft 365/Azure one.

Pure and cached (by the description's shape: reference numbers and dates masked), so the classify task can
call it, and `vendors.lookup` on the same text, for 100,000 descriptions per run.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from cashpilot.domain import vendor_data
from cashpilot.domain.names import normalize_name, without_legal_form


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class Counterparty:
    name: str | None  # display name: "Amazon", "Acme Consulting", "Joe's Pizza"; None when the line names nobody
    key: str | None  # normalize_name(name), apostrophes dropped first: the matching key for entity resolution
    cleaned: str  # the description without noise, for keyword rules and similarity
    vendor: str | None  # canonical vendor name when the dictionary recognised a known vendor


@dataclass(frozen=True)
class Vendor:
    """One known vendor's entry: what money out to it and money in from it usually is."""

    name: str
    out_category: str | None
    out_confidence: float
    in_category: str | None
    in_confidence: float
    # The counterparty a bookkeeper names: the company behind one of its billing lines ("Google" for "Google
    # Ads"), or None when a line of this vendor names nobody (the account's own bank, its own card's bill).
    entity: str | None = None
    # What the vendor is (vendor_data's kinds: "supplier", "processor", "payroll", "peo", "tax", "marketplace"...):
    # a word of the line may change what a payment to or from it is ("RIPPLING FEES", "FINANZAMT ... LSt").
    kind: str = "supplier"


def extract_counterparty(description: str, *, payee: str | None = None) -> Counterparty:
    """The counterparty of one bank line. `payee` is the statement's own payee/counterparty column:
    preferred for the name (after the same cleaning), with the description as the fallback."""
    text = analyse(description or "")
    if payee and payee.strip():
        own = analyse(payee)
        vendor = own.vendor or (text.vendor if own.name is None else None)
        name = vendor.entity if vendor else (own.name or text.name)
        cleaned = text.cleaned
        if own.cleaned and own.cleaned.casefold() not in cleaned.casefold():
            cleaned = f"{own.cleaned} {cleaned}".strip()
        return Counterparty(name, _key(name), cleaned, vendor.name if vendor else None)
    vendor = text.vendor
    if text.name is None and (holder := account_holder(description or "")) is not None:
        return Counterparty(holder, _key(holder), text.cleaned, None)
    return Counterparty(text.display, text.key, text.cleaned, vendor.name if vendor else None)


# A transfer to or from another account by its masked number, then the holder's name: the owner's personal account
# ("ONLINE TRANSFER TO CHASE XXXXXX8812 RAY VILLALOBOS"), so a drawing or a contribution, not a move between the
# business's own accounts.
_HOLDER_AFTER_ACCOUNT = re.compile(
    r"(?i)^\s*(?:ONLINE |INTERNET |MOBILE )?(?:BANKING )?TRANSFER (?:TO|FROM) (?:[A-Z]+ ){0,2}X{2,}\d{2,4}"
    r" (?P<holder>[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*){1,2})\s*$")
_ACCOUNT_WORDS = _words("SAVINGS SAVING SAV CHECKING CHK ACCOUNT ACCT BUSINESS MONEY MARKET RESERVE TAX PAYROLL "
                        "OPERATING CARD LOAN LINE CREDIT DDA MMA CD IRA TRUST ESCROW")


def account_holder(description: str) -> str | None:
    """The person holding the other account of an own-account-style transfer line, written as a bookkeeper
    would ("Ray Villalobos"), or None."""
    m = _HOLDER_AFTER_ACCOUNT.match(description)
    if m is None:
        return None
    words = m.group("holder").upper().split()
    if any(w.strip(".") in _ACCOUNT_WORDS or w.strip(".") in _LEGAL or w.strip(".") in _BUSINESS_WORDS
           for w in words):
        return None
    held = analyse(m.group("holder"))
    return held.display if held.name and held.vendor is None else None


# --------------------------------------------------------------------------- the analysis


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the extractor and the dictionary read off one description (cached per text)."""

    name: str | None  # the name as written, or the vendor's canonical name
    vendor: Vendor | None
    cleaned: str
    # Normalised words of the whole line for vendor aliases and keyword rules: channel words, place names, small
    # numbers and the letters of glued references ("ADS" of "ADS7453284567") included; other numbers left out.
    words: tuple[str, ...]
    name_span: tuple[int, int]  # the counterparty's words within `words` (empty when it names nobody)
    vendor_span: tuple[int, int]  # the vendor alias's words within `words`
    display: str | None  # the vendor's canonical name, else `name`
    key: str | None


@lru_cache(maxsize=32768)
def counterparty_key(name: str | None) -> str | None:
    """The matching key of a display name (what `Counterparty.key` holds)."""
    return _key(name)


def _key(name: str | None) -> str | None:
    # Card descriptors drop apostrophes ("JOES PIZZA"): so does the key, or "Joe's" and "Joes" would differ.
    if not name:
        return None
    return normalize_name(name.replace("'", "").replace("\u2019", "")) or None


_EMPTY = Analysis(None, None, "", (), (0, 0), (0, 0), None, None)


def analyse(description: str) -> Analysis:
    """The shared reading of one description (`extract_counterparty` and `vendors.lookup` both use it).

    Cached by the description's shape: runs of three or more digits and dates are masked first, since only
    their length matters here. Card lines carry a new authorisation number and date every time, and would
    otherwise never hit the cache."""
    text = description.strip()
    if not text:
        return _EMPTY
    if "1" in text:
        text = _ONE_AND_ONE.sub("EINSUNDEINS", text)  # "1&1", the German telco, is no pair of numbers
    if (text[0].isdigit() or text[:4].upper() == "POS ") and " , " in text:
        text = _NATWEST_CARD.sub(r"\1 ,", text)  # NatWest's "4821 14MAR25 C , SHELL": "C" marks contactless
    if text[:3].upper() in ("POS", "ATM"):
        text = _GLUED_DAY.sub(r"\1 \2", text)  # Bank of Ireland's "POS19FEB CENTRA DOUGLAS"
    if " OU " in text or " ET " in text or "&" in text or " AND " in text.upper():
        text = _COUPLE.sub("MME", text)  # a joint account's "M OU MME BERTRAND LUC", "MR & MRS D WILLIAMS"
    if " CO " in text.upper() and (rates := _COUNCIL_CUT.search(text)):
        text = text[:rates.start()] + " COUNCIL " + text[rates.end():]  # "PERTH & KINROSS CO NDR": the council
    if text[:1] in "WwDd1" and (direction := _DIRECTION_FIRST.match(text)):
        text = text[direction.end():]  # Nusenda's "Withdrawal Debit Card Purchase ...": the channel follows
    return _analyse(_DIGITS.sub(_zeros, text) if _HAS_DIGIT.search(text) else text)


_HAS_DIGIT = re.compile(r"\d")
_COUPLE = re.compile(r"(?i)\b(?:M|MR|MME)\.? (?:OU|ET|&|AND) (?:M|MR|MME|MLLE|MRS|MS)\.?(?= )")
# Credit unions print the money's direction before the channel ("Withdrawal Bill Payment #7668 ...", "Deposit Zelle
# From ..."); their ACH lines keep it, as Old National's layout reads them.
# A council's name cut to "CO" before what it collects (business rates, council tax)
# (not Ireland's "KERRY CO CO": county council, read as such by the keywords)
_COUNCIL_CUT = re.compile(r"(?i)(?<! CO) CO (?=(?:N?NDR|CTAX|RATES|COUNCIL TAX|BUSINESS RATES)\b)")
# (Bank of Cyprus names its online banking first: "1bank Transfer to ...")
_DIRECTION_FIRST = re.compile(r"(?i)(?:WITHDRAWAL|DEPOSIT|1BANK) (?=(?:BILL PAYMENT|DEBIT CARD|POS|ZELLE|TRANSFER"
                              r"|HOME BANKING|ONLINE|MOBILE)\b)")
_WEEK = re.compile(r"(?i)(?:WK|KW|W)\d{1,2}")
_GLUED_DAY = re.compile(r"(?i)^(POS|ATM)(\d{1,2}[A-Z]{3}\b)")
_NATWEST_CARD = re.compile(r"(?i)^((?:POS )?\d{4} \d{1,2}[A-Z]{3}\d{0,4}) [CD] ,")
# Long digit runs, and the short ones of dates and times ("03/14", "14.05", "08:13"); never "MOTEL 6", "O2",
# "PHILLIPS 66" or "Q4", which can be part of a name or an alias.
_DIGITS = re.compile(r"\d{3,}|(?<![^\W\d_])\d{1,2}(?=[./:-]\d)|(?<=\d[./:-])\d{1,2}(?!\d)")
_ZERO = str.maketrans("0123456789", "0000000000")


def _zeros(match: re.Match) -> str:
    return match.group().translate(_ZERO)


@lru_cache(maxsize=16384)
def _analyse(text: str) -> Analysis:
    segments: list[tuple[str, list[_Tok]]] = []
    for kind, value in _fields(text):
        parts = _SEGMENT_SPLIT.split(value) if (" -" in value or "|" in value or "   " in value or "\\" in value
                                                 or " , " in value or " · " in value) else (value,)
        for part in parts:
            if part.strip():
                segments.append((kind, _tokens(part)))
    # The name comes from a labelled name field first ("ORIG CO NAME:", "Naam:", "/DE"), then the free
    # text, then the purpose text ("SVWZ+", "Omschrijving:").
    chosen, span = -1, None
    cities = _TRANSFER_LINE.search(text) is None
    two_surnames = _IBERIAN_LINE.search(text) is not None
    dutch = _DUTCH_LINE.search(text) is not None
    for i in sorted(range(len(segments)), key=lambda i: _PIECE_RANK[segments[i][0]]):
        span = _name_span(segments[i][1], cities=cities, two_surnames=two_surnames, dutch=dutch)
        if span is not None:
            chosen = i
            break

    words: list[str] = []
    cleaned: list[str] = []
    marks: list[int] = []  # word index of each token of the chosen segment, and of its end
    domains: list[int] = []  # word index of each web domain in the chosen segment ("BOOKING.COM")
    for i, (_, toks) in enumerate(segments):
        here = i == chosen
        places = _places(toks, span if here else None)
        for j, tok in enumerate(toks):
            kind = tok.kind
            if here:
                marks.append(len(words))
                if kind == _DOMAIN:
                    domains.append(len(words))
            if kind in _WORDISH:
                words.extend(tok.norms)
                if j in places:
                    continue
                if kind == _DOMAIN:
                    cleaned.append(_brand(tok.raw))
                elif tok.norms[0] not in _MONTHS and tok.norms[0] not in _LABEL_WORDS:
                    cleaned.append(tok.raw)
            elif kind in _WORDY_NOISE:
                words.extend(tok.norms)
        if here:
            marks.append(len(words))

    name = vendor = None
    name_words = vendor_words = (0, 0)
    if span is not None:
        toks = segments[chosen][1]
        name_words = (marks[span.start], marks[span.end])
        processor = marks[span.processor] if span.processor is not None else None
        vendor, vendor_words = _find_vendor(words, marks[0], marks[span.region], name_words, processor, domains)
        german = _GERMAN_LINE.search(text) is not None
        if vendor is not None:
            name = vendor.name
            printed_in = [t for j, t in enumerate(toks) if vendor_words[0] <= marks[j] < vendor_words[1]
                          and t.kind in _WORDISH]
            if printed_in and _other_script(printed_in) and vendor.name.isascii():
                # a vendor printed in Greek or Cyrillic letters ("ΠΛΗΡΩΜΗ ΑΑΔΕ"): named as printed, as the owner
                # reads it, not by our Latin spelling ("AADE")
                vendor = replace(vendor, entity=_display(printed_in))
            elif vendor.name in _PRINTED_NAME_VENDORS and vendor_words[0] == name_words[0]:
                # "Finanzamt Friedrichshain-Kreuzberg": one office of the authority, named as printed
                printed = _display([t for j, t in enumerate(toks[span.start:span.end], span.start)
                                    if j not in span.places], german=german)
                vendor = replace(vendor, entity=printed)
        elif not _names_nobody([t for t in toks[span.region:span.end] if t.kind in _WORDISH]) and not (
                span.start > span.region and _bank_line([t for t in toks[span.start:span.end] if t.kind in _WORDISH])):
            name = _display([t for j, t in enumerate(toks[span.start:span.end], span.start) if j not in span.places],
                            german=german, transfer=not cities)
    if vendor is None and name is None:
        vendor, vendor_words = _free_text_vendor(words)
        name_words = (0, 0)
    if vendor is not None and vendor.name in _PAYER_PLATFORMS:
        payer = _platform_payer(text)
        if payer is None and span is not None and vendor_words[0] > name_words[0]:
            # the payer printed before the platform ("ELECTRONIC DEP BLUFF CITY AUTO BILL.COM 7421425030")
            before = [t for j, t in enumerate(segments[chosen][1][span.start:span.end], span.start)
                      if marks[j] < vendor_words[0] and t.kind in _WORDISH]
            payer = _display(before) if before and not _names_nobody(before) else None
        if payer:
            vendor = replace(vendor, entity=payer)
    if vendor is not None and vendor.name in vendor_data.BANKS and _BANK_TRANSFER.search(text):
        # "EXT TRANSFER CITIBANK NA", "ELECTRONIC WITHDRAWAL TO CAPITAL ONE N.A.": money moved to or from the
        # business's own account at another bank, which is no counterparty.
        vendor = Vendor(vendor.name, "internal_transfer", 0.88, "internal_transfer", 0.88, None)
        name = None
    if _names_nobody_line(text):
        # Cash, cheque and terminal takings, loans at the account's own bank, transfers between own accounts:
        # the ATM's bank or shop ("CPT LNK CO-OP GLOUCESTER") or the owner's own name is no counterparty.
        name = vendor = None
        name_words = vendor_words = (0, 0)
    display = vendor.entity if vendor else name
    return Analysis(name, vendor, " ".join(cleaned), tuple(words), name_words, vendor_words, display, _key(display))


# SEPA transfers and direct debits: the name is the account holder's as registered, never followed by the
# merchant's city the way a card descriptor is, so a place name at its end is part of it ("Teehandelskontor
# Bremen", "Autohaus Lindner Hamburg"). Card lines of the same banks ("KARTENZAHLUNG", "BEA", "CB") still trim.
_TRANSFER_LINE = re.compile(
    r"(?i)(?:\b|(?<=-))(?:(?:UE|Ü|U)BERWEISUNG|LASTSCHRIFT|GUTSCHR(?:IFT)?|DAUERAUFTRAG|SEPA OVERBOEKING|SEPA INCASSO"
    r"|PRLV SEPA|VIR SEPA|VIREMENT|ORDRE PERMANENT|TRANSFERENCIA|BONIFICO|OVERSCHRIJVING|DOMICILIERING|PLATBA|INKASO"
    r"|PREVOD|MAKSE|LAEKUMINE|PRZELEW|TILISIIRTO|VIR|ΕΜΒΑΣΜΑ|ΜΕΤΑΦΟΡΑ|ΠΑΓΙΑ ΕΝΤΟΛΗ|BIZUM"
    r"|INSTANTOVERSCHRIJVING|DOORLOPENDE OPDRACHT|SEPA-MAKSU|PALKKA)\b|/TRTP/|\bTRANSF\b"
)


def is_transfer_line(description: str) -> bool:
    """A SEPA transfer or direct debit: its name field is the holder's registered name, town included."""
    return _TRANSFER_LINE.search(description) is not None


_BANK_TRANSFER = re.compile(r"(?i)\b(?:TRANSFER|XFER|TRF|WITHDRAWAL|DEPOSIT FROM)\b")


# Platforms that pay a business on behalf of its client ("ORIG CO NAME:BILL.COM"): the client is the
# counterparty. Bill.com's ACH puts the receiver's name, then the payer's, into IND NAME ("IND NAME:BRIGHTLINE
# DESIGN LLC ACME ARCHITECTURE LLP BILL.COM INV 1188"); the processors that pay out the business's own sales
# (Stripe, Square) are the counterparty themselves and are not listed.
_PAYER_PLATFORMS = frozenset(("Bill.com", "AvidXchange"))
_IND_NAME = re.compile(r"(?i)\bIND NAME:\s*(.+?)(?:\s+TRN:.*)?$")
# (fields joined with " - ": the receiver, then the payer: "... - NAME: FOX VALLEY CLAIMS - Batavia Family Chiro Inv")
_DASHED_RECEIVER_THEN_PAYER = re.compile(r"(?i) - NAME: ?[^-]+?(?: - (?P<payer>.+))?$")


# ... or after AvidXchange's entry description and its ids ("AVIDXCHANGE INC VENDOR PMT 3406405462 CCD TEMPE LAKESIDE
# HOA")
_PLATFORM_THEN_PAYER = re.compile(
    r"(?i)\bBILL\.?\s?COM(?:\s+(?:PAYABLES|PAYABLE|PAYMENTS?|PMT))?\s+(?P<payer>.+)"
    r"|\bAVIDXCHANGE(?:\s+INC)?\s+(?:VENDOR\s+)?(?:PMT|PAYMENT)\s+\d+(?:\s+(?:CCD|PPD|CTX))?\s+(?P<avid>.+)")


def _platform_payer(text: str) -> str | None:
    """The payer behind a payment platform's ACH credit: the name after the receiver's own (which ends in its
    legal form) in IND NAME, or the name printed after the platform's ("Deposit from BILL.COM PAYABLES Northmark
    Property M"). None when neither shows a payer: then the platform stays the name."""
    m = _IND_NAME.search(text)
    if m is None:
        after = _DASHED_RECEIVER_THEN_PAYER.search(text) or _PLATFORM_THEN_PAYER.search(text)
        payer = after.group("payer") or after.groupdict().get("avid") if after else None
        if not payer:
            return None  # (a receiver field and nothing after it: no payer shown)
        toks = _tokens(payer)
        span = _name_span(toks)
        if span is None or _names_nobody(toks[span.start:span.end]):
            return None
        words = [t for j, t in enumerate(toks[span.start:span.end], span.start) if j not in span.places]
        return None if any(t.kind == _DOMAIN for t in words) else _display(words)
    toks = _tokens(m.group(1))
    for k, tok in enumerate(toks[:-1]):
        if tok.kind == _WORD and tok.norms[-1] in _NAME_ENDING_LEGAL:
            rest = toks[k + 1:]
            span = _name_span(rest)
            if span is None or span.start != 0 or _names_nobody(rest[span.start:span.end]):
                return None
            words = [t for j, t in enumerate(rest[span.start:span.end]) if j not in span.places]
            if any(t.kind == _DOMAIN for t in words):
                return None  # the platform's own name ("BILL.COM INV 1188"): nobody after the receiver
            return _display(words)
    return None


# Lines that name nobody, whatever words follow. At the start: cash machines and cash or cheque deposits
# ("CPT" is Lloyds' cash point, "GEA" ABN AMRO's), terminal settlements by the bank ("REMISE CB"), instalments
# of the bank's own loans ("ECHEANCE PRET", "DARL.-LEISTUNG"), stamp duty, own-account bookings.
_NOBODY_START = re.compile(
    r"(?i)\s*(?:CPT|GEA|ATM|LINK ATM|[A-Z]+ ATM(?: WITHDRA?WA?L)?|(?:NON-?[A-Z]+ )?ATM WITHDRA?WA?L|CASH WITHDRA?WA?L"
    r"|(?:REMOTE |MOBILE |BRANCH |COUNTER |ATM )?(?:ONLINE )?(?:CASH |CHEQUE |CHECK )?DEPOSIT"
    r"(?! ?(?:FROM|TO|ACH|POS|WIRE|EXTERNAL|ZELLE|ELECTRONIC|TRANSFER)\b)"
    r"|CASH (?:DEPOSIT|LODGEMENT)|(?:DEP )?CHEQUES? PAID IN|RETRAIT|REMISE (?:CB|CARTE|CHEQUES?|DE CHEQUES?)"
    r"|VERSEMENT(?! DE [A-Z]{2}\d\d)"
    r"|VRST|BARGELD\w*|BAREINZAHLUNG|GELDAUTOMAAT|STORTING|UMBUCHUNG|ECH(?:EANCE|\.)? ?PRET|DARL\b|DARLEHEN"
    r"|TILGUNG(?:/ZINSEN| UND ZINSEN)? DARLEHEN|CUOTA PRESTAMO|ABONO REMESA"
    r"|PRELIEV[OI]|VERSAMENTO (?:CONTANTI|ASSEGNI)|IMPOSTA (?:DI )?BOLLO|REINTEGRO|RETIRADA|DISPOSICION EFECTIVO"
    r"|INGRESO EFECTIVO|INGRESO (?:DE )?CHEQUES?|REINT(?:EGRO|\.)? CAJERO|COM\.? ENCAISSEMENT"
    r"|EIGEN(?:UE|Ü|U)BERTRAG|GIROCONTO|TRASPASO"
    # Bulgarian cash machine, loan instalment, account fee, cash paid in at the counter
    r"|ТЕГЛЕНЕ ОТ БАНКОМАТ|ПОГАСЯВАНЕ НА (?:ГЛАВНИЦА|ЛИХВА|КРЕДИТ)|ТАКСА ЗА|ВНОСКА НА КАСА"
    # Austrian cash machine ("Behebung", "Bankomat"), Portuguese and Irish cash lodgements and withdrawals, the
    # bank's own loan instalment ("PREST ... EMPRESTIMO", "Abbuchung Kreditkonto"), stamp duty on its fees,
    # salary batches that name nobody ("BULK PAYMENT SALARIES", "Sammelüberweisung Gehälter")
    r"|BEHEBUNG|BANKOMAT|GELDAUTOMAT|LEVANTAMENTO|DEPOSITO(?: EM)? NUMERARIO|(?:CASH )?LODGEMENT|PREST(?:ACAO)?"
    r"|EMPRESTIMO|ABBUCHUNG KREDIT\w*|IMPOSTO (?:DE |DO )?SELO|BULK (?:PAYMENTS?|PMTS?|TRANSFERS?)"
    r"|SAMMEL(?:UE|Ü|U)BERWEISUNG(?: (?:GEH(?:AE|Ä|A)LTER|L(?:OE|Ö|O)HNE))|FEE-QTR|QUARTERLY FEES?"
    # NatWest/RBS cash machine and deposit machine, fees, loans and credit lines at the bank
    r"|C/L|CDM|RATA (?:FINANZIAMENTO|MUTUO|PRESTITO)|PAIEMENTS? DUS|PARTICIPATION AUX FRAIS|SONSTIGE ENTGELT\w*"
    r"|K(?:Ä|A|AE)TEISNOSTO|TALLETUS|PALVELUMAKSU|LAINAN LYHENNYS|UTTAG|KONTANTUTTAG|H(?:Æ|AE)VNING|KONTANTINNSKUDD"
    r"|ABONO TPV|DEP(?:OSIT)? CASH|ACCOUNT ANALYSIS|ANALYSIS (?:SERVICE )?CHARGE"
    # BACS pay runs, the Portuguese account fee, stamp duty, card-terminal takings and cash paid in, the Belgian
    # monthly account fee, loan repayment and cash machine, the Austrian loan instalment
    r"|(?:BACS )?BULK (?:DEBIT|CREDIT)|COM\.? (?:MANUT|COMPRA|TRF|TRANSF)\b.*|IMP\.? (?:DO |DE )?SELO|VENDAS TPA"
    r"|DEP\.? NUMERARIO|MAANDELIJKSE BIJDRAGE|TERUGBETALING (?:INVESTERINGS)?KREDIET|GELDOPNEMING|KREDITRATE"
    # Wells Fargo's and Bank of America's deposits ("EDEPOSIT IN BRANCH/STORE", "Counter Credit"), WF's own
    # credit line (BusinessLine), BofA's payment of its own card ("Online Banking payment to CRD 8812")
    r"|EDEPOSIT|COUNTER CREDIT|BUSINESSLINE|ONLINE BANKING PAYMENT TO CRD"
    # the bank's own loan ("LOAN PAYMENT COMERICA NOTE", "LOAN REPAYMENT 15217555 TSB BUSINESS LOAN", "Darlehensrate"),
    # cash paid in ("CSH CASH PAID IN CARDIFF"), Italian cash machines and card-terminal settlements, quarterly fees,
    # Irish stamp duty on cards ("GOVT DUTY DEBIT CARD"), salary batches ("BOL BULK PAY SALARIES"), transfers to one
    # of the holder's own accounts by number ("TO A/C 05339523 365 ONLINE TAX RESERVE")
    r"|LOAN (?:RE)?PAYMENT|DARLEHENSRATE|CSH|CASH PAID IN|PRELEVAMENTO|ACCREDITO POS|QTR FEES?|GOVT DUTY"
    r"|GOVERNMENT STAMP DUTY|BULK PAY|(?:TO|FROM) A/C"
    # Slovak and Czech cash machine, cash paid in, loan instalment and account fee; Estonian service fee and
    # internal payment; the French loan repayment; a pot the account moves money to
    r"|V(?:Ý|Y)BER (?:HOTOVOSTI )?Z BANKOMATU|VKLAD HOTOVOSTI|PRIP(?:Í|I)SANIE (?:Ú|U)ROK(?:U|OV)"
    r"|SPL(?:Á|A)TKA (?:(?:Ú|U)VERU|PŮJČKY|PUJCKY)|POPLATOK|POPLATEK"
    r"|TEENUSTASU|SISEMINE MAKSE|REMBOURSEMENT (?:DE )?PR(?:Ê|E)T|MOVED (?:TO|FROM) POT"
    # Slovenian, Croatian and Lithuanian interest, account fees, cash machines, cash paid in and loan instalments
    r"|PRIPIS OBRESTI|NADOMESTILO ZA VODENJE|NAKNADA ZA VODENJE|DVIG GOTOVINE|ISPLATA GOTOVINE|POLOG GOTOVINE"
    r"|UPLATA GOTOVINE|OTPLATA KREDITA|ODPLA(?:Č|C)ILO KREDITA|PALŪKANOS|PALUKANOS"
    # ... payment-traffic and card-acceptance fees, card takings settled by the bank, a drawn credit line, cash
    # machines, the bank's loan instalment, its plan fee, a transfer to one's own account; Wise's jars and charges
    r"|NADOMESTILO ZA|NAKNADA ZA|PRILJEV KARTI(?:Č|C)NIH|PU(?:Š|S)TANJE KREDITA|GRYN(?:Ų|U)J(?:Ų|U) PINIG(?:Ų|U)"
    r"|PASKOLOS (?:(?:Į|I)MOKA|GR(?:Ą|A)(?:Ž|Z)INIMAS)|PASLAUG(?:Ų|U) PLANO|PERVEDIMAS (?:(?:Į|I) SAVO|TARP SAVO)"
    r"|MOVED [\d.,]+ [A-Z]{3} (?:TO|FROM)\b|WISE CHARGES"
    # a cheque paid in (Qonto), the Portuguese terminal's settlement and its fee, a Finnish own-account transfer
    r"|REMISE DE CH(?:È|E)QUES?|LIQ\.? VENDAS TPA|COM\.? TPA|OMA SIIRTO"
    # a teller's or the mobile app's deposit, a customer's cheque returned unpaid, the Spanish loan instalment
    r"|TELLER DEPOSIT|MOBILE BANKING DEPOSIT|RETURN(?:ED)? (?:DEPOSITED )?ITEM|INTERNAL TRANSFER"
    r"|AMORTIZACI(?:Ó|O)N (?:DE )?PR(?:É|E)STAMO"
    r"|MORTGAGE REPAYMENT|CONVERSION(?= -)|CONVERTED [\d.,]+|AIRWALLEX FEE"
    # Latvian cash paid in or drawn, salary batches, the bank's commission
    r"|SKAIDRAS NAUDAS (?:IEMAKSA|IZMAKSA|IZŅEMŠANA|IZNEMSANA)|ALGU MAKS(?:Ā|A)JUMI|MASVEIDA MAKS(?:Ā|A)JUMS"
    r"|KOMISIJAS MAKSA"
    # Greek loan instalment, cash paid in and drawn, the bank's package fee and commission
    r"|(?:ΚΑΤΑΒΟΛΗ )?ΔΟΣΗΣ? ΔΑΝΕΙΟΥ|ΚΑΤΑΘΕΣΗ ΜΕΤΡΗΤΩΝ|ΑΝΑΛΗΨΗ(?: ΜΕΤΡΗΤΩΝ)?|ΣΥΝΔΡΟΜΗ BUSINESS ΠΑΚΕΤΟΥ|ΠΡΟΜΗΘΕΙΑ)\b"
)
# Anywhere: purposes that say the money stays with the account holder.
_NOBODY_ANYWHERE = re.compile(
    r"(?i)\b(?:SPAARREKENING|EIGEN REKENING|OWN ACCOUNT|UMBUCHUNG|EIGENE[SN]? KONTO|EIGENUEBERTRAG|ENTRE COMPTES"
    r"|VIREMENT INTERNE|ENTRE CUENTAS|TRASPASO ENTRE|GIROCONTO|GIRO CONTO|TRANSFER BETWEEN ACCOUNTS"
    r"|ALIMENTATION (?:DU |DE )?COMPTE|ALIMENTAZIONE (?:DEL )?CONTO|EXT TRANSFER|TRANSFER TO SPACE"
    r"|CPTE A CPTE|COMPTE A COMPTE|ENTRE VOS COMPTES|POT TRANSFER|TRANSFER TO POT|TRANSFER FROM POT|KREDITKONTO"
    r"|(?:SAVINGS|DEPOSIT|RESERVE) A/C|(?:TAX|VAT|SAVINGS|RESERVE|HOLIDAY) POT|TRANSFER FROM SPACE|PLAN FEE"
    r"|FRAIS DE GESTION|GESTION DU COMPTE|LINE OF CREDIT|(?:FROM|TO) DDA|(?:FROM|TO) (?:LOAN|LN) X+\d+"
    # an account's own reserve or operating account, the bank's account charge, the business's own card paid off
    r"|(?:TAX|VAT) RESERVE|(?:TAX|VAT) SAVER|BUSINESS SAVER"
    r"|BULK PAY(?:MENTS?)? (?:SALARIES|WAGES|PAYROLL)|TRANSFER (?:TO|FROM) OPERATING"
    r"|(?:CHECKING|ACCOUNT|MAINTENANCE) (?:SVC|SERVICE) (?:CHG|CHARGE|FEE)S?"
    r"|(?:COMMERCIAL|BUSINESS) CARD (?:PMT|PAYMENT)|VISA PAYMENT BUSINESS CARD"
    # the business's notice or deposit account, a credit union's share account, a French regulated savings book
    r"|TRANSFER TO (?:BUSINESS )?(?:NOTICE|DEPOSIT) (?:ACC|ACCOUNT|A/C)|TRANSFER (?:TO|FROM) SHARE"
    r"|LIVRET (?:A|BLEU|PRO|DEVELOPPEMENT DURABLE|DDS?)"
    # Slovak transfers between one's own accounts, a batch of salaries, a cash-handling fee
    r"|MEDZI VLASTN(?:Ý|Y)MI (?:Ú|U)(?:Č|C)TAMI|BULK PAYMENT \d+ ITEMS|CASH HANDLING FEE|^\s*GROSS INTEREST)\b"
    # A transfer to or from one of the business's own deposit accounts or its bank's credit line, named by the
    # bank's product ("TRANSFER TO ACME LLC BUSINESS MARKET RATE SAVINGS XXXX5678", "... FROM BUSINESSLINE");
    # not a person's savings ("TRANSFER FROM SMITH J SAVINGS": a payer)
    r"|^\s*(?:ONLINE |INTERNET |MOBILE )?TRANSFER (?:REF #?\w+ )?(?:TO|FROM)\b"
    r".*\b(?:BUSINESS (?:[A-Z]+ ){0,3}(?:SAVINGS|SAVER)|BUSINESSLINE)\b"
)


def _names_nobody_line(text: str) -> bool:
    return bool(_NOBODY_START.match(text) or _NOBODY_ANYWHERE.search(text))


# --------------------------------------------------------------------------- labelled fields

_FOLD_EXTRA = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                             "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "\u0131": "i", "þ": "th", "ð": "d"})


# Greek and Cyrillic letters in Latin (ELOT 743, with "ΟΥ" as "OU", and the common romanisations): Greek and Bulgarian
# statements then give words, so names get keys, memory and vendor matches like any other line. Names are still
# shown in the script the bank printed them in.
_LATIN = str.maketrans({
    **dict(zip("ΑΒΓΔΕΖΗΙΚΛΜΝΞΟΠΡΣΤΥΦΩαβγδεζηικλμνξοπρσςτυφω",
               "AVGDEZIIKLMNXOPRSTYFOavgdeziiklmnxoprsstyfo", strict=True)),
    "Θ": "TH", "θ": "th", "Χ": "CH", "χ": "ch", "Ψ": "PS", "ψ": "ps",
    **dict(zip("АБВГДЕЗИЙКЛМНОПРСТУФЫЭІЈабвгдезийклмнопрстуфыэіј",
               "ABVGDEZIYKLMNOPRSTUFYEIJabvgdeziyklmnoprstufyeij", strict=True)),
    "Ж": "ZH", "ж": "zh", "Х": "H", "х": "h", "Ц": "TS", "ц": "ts", "Ч": "CH", "ч": "ch", "Ш": "SH", "ш": "sh",
    "Щ": "SHT", "щ": "sht", "Ъ": "A", "ъ": "a", "Ь": "", "ь": "", "Ю": "YU", "ю": "yu", "Я": "YA", "я": "ya",
    "Є": "YE", "є": "ye", "Ї": "YI", "ї": "yi", "Ґ": "G", "ґ": "g", "Љ": "LJ", "љ": "lj", "Њ": "NJ", "њ": "nj",
    "Ћ": "C", "ћ": "c", "Ђ": "DJ", "ђ": "dj", "Џ": "DZ", "џ": "dz",
})


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD_EXTRA))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "\u03bf\u03c5" in text or "\u039f\u03a5" in text or "\u039f\u03c5" in text:
        text = text.replace("\u03bf\u03c5", "ou").replace("\u039f\u03a5", "OU").replace("\u039f\u03c5", "Ou")  # ΟΥ
    return text.translate(_LATIN)


# Labels that introduce a field inside one description. The value runs to the next label.
_NAME_LABELS = ("ORIG CO NAME", "NAAM", "NAME", "AUFTRAGGEBER", "EMPFANGER", "EMPFAENGER", "EMPFÄNGER",
                "BEGUNSTIGTER", "BEGÜNSTIGTER", "ZAHLUNGSEMPFÄNGER", "ZAHLUNGSEMPFAENGER", "BENEFICIARY", "BNF",
                "ORIGINATOR", "ORD", "ORG", "ORDINANTE", "DE", "ABWE", "ORDERING CUSTOMER", "REMITTER", "ORIG", "PAYER",
                "PAYEE", "B/O", "POUR", "BEN")
_PURPOSE_LABELS = ("SVWZ", "REMI", "OMSCHRIJVING", "CO ENTRY DESCR", "DES", "BUCHUNGSTEXT", "VERWENDUNGSZWECK",
                   "MITTEILUNGEN", "MOTIF", "CONCEPTO", "DESCR", "MEMO", "DETAILS", "PAYMENT DETAILS", "BETREFF",
                   "INFO", "OBI", "CAUS", "CAUSALE", "CONC", "ОСНОВАНИЕ")
_NOISE_LABELS = ("EREF", "MREF", "KREF", "CRED", "ABWA", "DEBT", "IBAN", "BIC", "COAM", "OAMT", "SEC", "TRACE",
                 "TRACE#", "EED", "IND ID", "IND NAME", "INDN", "CO ID", "ID", "TRN", "TRTP", "CSID", "MARF",
                 "KENMERK", "BETALINGSKENMERK", "MACHTIGING", "MACHTIGINGSKENMERK", "INCASSANT", "INCASSANT ID",
                 "ID EMETTEUR", "REF", "KONTONUMMER", "KONTO", "BLZ", "PPD ID", "WEB ID", "CCD ID", "PASVOLGNR",
                 "TRANSACTIE", "TERM", "VALUE DATE", "MANDAT", "MANDATSREF", "MANDATSREFERENZ", "GLAUBIGER ID",
                 "GLÄUBIGER-ID", "GLAEUBIGER ID", "CI", "CLIENT ID", "CUST ID", "TYPE", "DATE", "TIME",
                 "CUSTOMER ID", "KUNDENREFERENZ",
                 "END TO END REF", "ENDTOENDID", "RUM", "ICS", "REF MANDAT", "SEQ", "AUTH", "AUTH CODE", "VIA", "IMAD",
                 "OMAD", "RFB", "BBI", "SSN", "CTR", "SEQUENCE", "RIF", "REFDO", "REFBEN")
_LABEL_KIND: dict[str, str] = {}
for _kind, _labels in (("name", _NAME_LABELS), ("purpose", _PURPOSE_LABELS), ("noise", _NOISE_LABELS)):
    for _label in _labels:
        _LABEL_KIND[re.sub(r"[^A-Z0-9#]+", "", _fold(_label).upper())] = _kind
_PIECE_RANK = {"name": 0, "text": 1, "purpose": 2}


def _label_alternation(labels: tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(x).replace(r"\ ", r"[ .]?") for x in labels), key=len, reverse=True))


_ALL_LABELS = _label_alternation(_NAME_LABELS + _PURPOSE_LABELS + _NOISE_LABELS)
# "NAME:" / "Naam :" / "SVWZ+" / "/REMI/" / "/DE " (French: "VIR SEPA RECU /DE ACME SARL /MOTIF ...").
_LABEL_RE = re.compile(
    rf"(?i)(?:(?<![^\s/|])(?P<a>{_ALL_LABELS})\.?\s?:(?!\d\d)"
    rf"|(?<![^\s/|])(?P<b>EREF|MREF|KREF|CRED|ABWA|ABWE|DEBT|SVWZ|IBAN|BIC|COAM|OAMT)\+"
    rf"|/(?P<c>TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF|SVWZ|ORDP|BENM|ID)/"
    rf"|(?<!\S)/(?P<d>DE|MOTIF|REF|ID EMETTEUR|REFDR|REFDO|REFBEN|BEN|LIB|NOTPROVIDED)\b"
    rf"|(?<![^\s/|])(?P<e>ID EMETTEUR|REF)/"
    rf"|(?<![^\s/|])(?P<f>ORG|ORIG|BNF|OBI|REF|IMAD|OMAD)=)"
)


_SLASH_WORD = re.compile(r"/[^\W\d_]{2}")


# Bank layouts whose counterparty sits between fixed words rather than after a "NAME:" label (Santander UK,
# CaixaBank, Intesa Sanpaolo, Wells Fargo wires): each gives the name field, and optionally the purpose.
_LAYOUTS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"FASTER PAYMENTS? RECEIPT(?: REF\.?(?P<purpose>.*?))? FROM (?P<name>.+)",
    r"BANK GIRO CREDIT REF (?P<name>[^,]+?)(?:,(?P<purpose>.*))?",
    r"(?:BILL PAYMENT|STANDING ORDER|FASTER PAYMENT) VIA FASTER PAYMENT TO (?P<name>.+?)"
    r"(?: REFERENCE (?P<purpose>.*?))?(?:\s*,\s*MANDATE NO .*)?",
    r"DIRECT DEBIT PAYMENT TO (?P<name>.+?)(?: REF (?P<purpose>.*?))?(?:\s*,\s*MANDATE NO .*)?",
    r"CARD PAYMENT TO (?P<name>.+?),\s*[\d.,]+ [A-Z]{3}\b.*",
    r"(?:TRANSFERENCIA|TRANSF\.?)(?: RECIBIDA| EMITIDA| REALIZADA| ENVIADA| ORDENADA| INMEDIATA| NOMINA| PERIODICA)?"
    r" (?:A FAVOR DE|DE|A) "
    r"(?P<name>.+?)(?:,? CONCEPTO:? (?P<purpose>.*))?",
    r"BIZUM(?: ENVIADO| RECIBIDO)? (?:DE|A) (?P<name>.+?)(?:,? CONCEPTO:? (?P<purpose>.*))?",
    # (one word may name the bank's channel: "BONIFICO YOUWEB A FAVORE DI"; "ORD." is the payer: "A VS. FAVORE ORD.")
    r"(?:DISPOSIZIONE DI )?BONIFICO(?: SEPA| ISTANTANEO| [A-Z]+)? "
    r"(?:A VOSTRO FAVORE DA|A VS\.? FAVORE(?: ORD\.?)?|DISPOSTO A FAVORE DI|A FAVORE DI|DISPOSTO A|DA) "
    r"(?P<name>.+?)(?: (?:PER|CAUSALE|CAUS|RIF\.?|INFO|NOTE|IBAN)\b:?(?P<purpose>.*))?",
    # Belgian transfers print the account and the bank's BIC before the name ("OVERSCHRIJVING IN EURO VAN REKENING
    # BE50 0011 3043 0118 BIC GEBABEBB WORLDLINE SA/NV MEDEDELING : ...")
    r"(?:OVERSCHRIJVING(?: IN EURO)?|DOORLOPENDE OPDRACHT|INSTANTOVERSCHRIJVING|EUROPESE OVERSCHRIJVING)"
    r"(?: VAN| NAAR)(?: REKENING)? [A-Z]{2}\d\d(?: ?(?!BIC\b)[0-9A-Z]{1,4}){2,8} BIC [A-Z0-9]{8,11} "
    r"(?P<name>.+?)(?: (?:MEDEDELING|REFERTE|BANKREFERENTIE|VALUTADATUM)\b ?:?(?P<purpose>.*))?",
    # Austrian (George) card lines: amount, country, card, date and time, "O", then merchant\town\postcode
    r"(?:POS|E-COMMERCE|CONTACTLESS) [\d.,]+ [A-Z]{2} K\d+ \d\d\.\d\d\.(?: \d\d:\d\d)? O "
    r"(?P<name>[^\\]+?)(?:\\(?P<purpose>.*))?",
    r"PAGAMENTO PAGOPA (?P<name>.+?)(?: (?:IUV|AVVISO|COD)\b(?P<purpose>.*))?",  # Italy's public-payment system
    r"PAGOPA PAGAMENTO AVVISO PAGOPA (?P<name>.+?)(?: (?:IUV|COD)\b(?P<purpose>.*))?",
    r"ACQUISTO CARTA(?: DI)?(?: DEBITO| CREDITO| PREPAGATA)?\b.*? C/O (?P<name>.+)",
    r"(?:SEPA DIRECT DEBIT )?ADDEBITO (?:DIRETTO |SDD )+(?:CORE |B2B )?(?P<name>.+?) (?:CID|COD\. ?ID|MANDATO)\b.*",
    # Belfius card lines: the card holder, the date and time, then the merchant ("... - LEJEUNE JULIEN LE 11/10 12:46
    # TOTALENERGIES ROCOURT LIEGE REF. : 48495")
    r"ACHAT (?:BANCONTACT |MAESTRO |MASTERCARD |VISA )?(?:CONTACTLESS )?AVEC CARTE .*? LE \d\d/\d\d(?: \d\d:\d\d)? "
    r"(?P<name>.+?)(?: REF\.? ?:.*| VAL\. .*)?",
    # (Fineco: "Pagamento Visa Debit Pag. del 04/09/25 ora 19:57 presso: ACQUA E SAPONE 479 MODENA ITA", its refund
    # "Storno pagamento ...")
    r"(?:STORNO )?PAGAMENTO (?:POS|CARTA|TRAMITE POS|VISA DEBIT|VISA|MASTERCARD|MAESTRO|BANCOMAT)\b.*? PRESSO:? "
    r"(?P<name>.+)",
    r"WT (?:FED#\s*\d+|SEQ#?\s*\d+)\b.*?/(?:BNF|ORG)=(?P<name>.+?)(?: SRF#.*| TRN#.*| RFB#.*)?",
    # Old National's ACH lines: the company, its entry description and id, then the receiver ("NAME:"), which is
    # the account holder itself ("WITHDRAWAL ACH HOMEBASE TYPE: PAYROLL ID: 8923926481 NAME: HOOSIER HEAT SAU")
    # (Nusenda prints the company again before it: "... ID: 5843311183 CO: CANDELARIA INDUS NAME: TORTILLERIA")
    r"(?:DEPOSIT|WITHDRAWAL) ACH (?P<name>.+?) TYPE: ?(?P<purpose>.*?) ID: ?\S+(?: CO: ?.*?)?(?: NAME: ?.*)?",
    # the same fields joined with " - " (Old Second: "ACH Debit - NICOR GAS - GAS PYMT - ID 2888724760 - NAME: FOX
    # VALLEY CLAIMS", the receiver again being the account holder)
    r"ACH (?:DEBIT|CREDIT) - (?P<name>.+?) - (?P<purpose>.*?) - ID:? ?\S+ - (?:IND )?NAME: ?.*",
))
_LAYOUT_START = re.compile(r"(?i)\s*(?:FASTER|BANK GIRO|BILL PAYMENT|STANDING ORDER|DIRECT DEBIT PAYMENT|CARD PAYMENT"
                           r"|TRANSF|BIZUM|BONIFICO|DISPOSIZIONE DI BONIFICO|ADDEBITO|PAGAMENTO|ACQUISTO|WT |ACHAT "
                           r"|OVERSCHRIJVING|DOORLOPENDE|INSTANTOVERSCHRIJVING|EUROPESE OVERSCHRIJVING|POS |E-COMMERCE"
                           r"|CONTACTLESS |DEPOSIT ACH |WITHDRAWAL ACH |STORNO PAGAMENTO |PAGOPA "
                           r"|ACH DEBIT - |ACH CREDIT - "
                           r"|SEPA DIRECT DEBIT ADDEBITO )")


def _layout(text: str) -> list[tuple[str, str]] | None:
    if not _LAYOUT_START.match(text):
        return None
    text = text.strip()
    for pattern in _LAYOUTS:
        m = pattern.fullmatch(text)
        if m:
            pieces = [("name", m.group("name"))]
            purpose = m.groupdict().get("purpose")
            if purpose and purpose.strip():
                pieces.append(("purpose", purpose))
            return pieces
    return None


# A quoted memo after the name (Bank of America's Zelle: 'Zelle payment to LUIS ORTEGA for "pay 10/16"').
_QUOTED_MEMO = re.compile(r'(?i)\s+for\s+"')


# The channel in brackets after the name, the payer's reference after it (Monzo, Starling, Tide:
# "LEAH DOYLE (Faster Payments) Reference: CHAIR RENT", "ACME LTD (Direct Debit) Reference: 1234").
_BRACKETED_CHANNEL = re.compile(r"(?P<name>[^()]+?)\s*\((?P<channel>[^()]{2,40})\)(?P<rest>.*)")


def _bracketed_channel(text: str) -> list[tuple[str, str]] | None:
    m = _BRACKETED_CHANNEL.fullmatch(text)
    if m is None or not m.group("name").strip():
        return None
    channel = m.group("channel").strip()
    end = _channel_end(channel)
    if end < len(channel) and not (end and not channel[end:].strip(" .,:-")):
        return None
    rest = m.group("rest").strip()
    return [("name", m.group("name")), *([("purpose", v) for _, v in _fields(rest) if v.strip()] if rest else [])]


def _comma_fields(text: str) -> list[tuple[str, str]] | None:
    """Exports that write one field after another with commas ("Card Payment, <merchant>, <town>, GB, <date>",
    "Faster Payment Received, <payer>, <reference>"): after a field that is only a channel phrase, the next field
    with letters is the name and what follows is its purpose, never more of the name."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 2 and parts[0] and 0 < (end := _channel_end(parts[0])) < len(parts[0]):
        return _comma_memo(parts, end)
    if len(parts) < 3 or not parts[0] or _channel_end(parts[0]) < len(parts[0]):
        return None
    name = parts[1]
    if not any(ch.isalpha() for ch in name) or ":" in name:
        return None
    rest = ", ".join(parts[2:])
    return [("name", name), *([("purpose", rest)] if rest.strip() else [])]


def _comma_memo(parts: list[str], end: int) -> list[tuple[str, str]] | None:
    """A channel phrase and the name, then the payer's memo after a comma ("ACH to Riverview Station Properties,
    Studio 112 rent Oct", "ACH debit by HARTFORD INSURANC, PREMIUM, 24SBAGSO956"). Not when the comma is part of
    the name: a legal form ("Acme, Inc."), or a given name after the surname ("Hofmeister, Stefan")."""
    name, after = parts[0][end:], parts[1].split()
    if not any(ch.isalpha() for ch in name) or ":" in name or not after:
        return None
    head = after[0].upper().rstrip(".")
    if head in _LEGAL or head in _NAME_ENDING_LEGAL or (len(name.split()) == 1 and head in vendor_data.FIRST_NAMES):
        return None
    rest = ", ".join(parts[1:])
    return [("text", parts[0][:end]), ("name", name), ("purpose", rest)]


# A bank's label in plain case, a colon, then the name in capitals ("Makse: SIIM ORG EE57...", "Kredit. platba SEPA
# od: KIRALY TOMAS SK31...", "SEPA inkaso: ORANGE SLOVENSKO A.S. ID ..."): what follows the label is the name field.
_CASED_LABEL = re.compile(r"(?P<label>[^:\d]{2,40}?):\s+(?P<rest>[^\W\d_a-z]{2,}(?:\s.*)?)")
_LABEL_CAPITALS = frozenset(("SEPA", "SDD", "SCT", "ACH", "POS", "ATM", "EUR", "IBAN", "DD", "SO"))


def _cased_label(text: str) -> str | None:
    m = _CASED_LABEL.fullmatch(text)
    if m is None:
        return None
    label = m.group("label").split()
    if not 1 <= len(label) <= 5 or not any(c.islower() for c in m.group("label")):
        return None
    if any(w.isupper() and len(w.strip(".,")) >= 2 and w.strip(".,") not in _LABEL_CAPITALS for w in label):
        return None  # "Direct debit to OODLE FINANCIAL SERV, ref: ...": the name comes before the colon
    if _channel_end(m.group("label")) >= len(m.group("label").rstrip()):
        return None  # a channel the reading knows ("Card Transaction: BP ..."), read with what follows
    if any(_LABEL_KIND.get(re.sub(r"[^A-Z0-9#]+", "", _fold(lab.group("a") or "").upper())) == "name"
           for lab in _LABEL_RE.finditer(m.group("rest"))):
        return None  # more labelled fields follow ("Bonifico SEPA Italia Ord: ... Ben: ..."): read them all
    return m.group("rest")


def _fields(text: str) -> list[tuple[str, str]]:
    if '"' in text and (memo := _QUOTED_MEMO.search(text)):
        return [*_fields(text[:memo.start()]), ("purpose", text[memo.end():])]
    if "(" in text and (bracketed := _bracketed_channel(text)) is not None:
        return bracketed
    layout = _layout(text)
    if layout is not None:
        return layout
    if ", " in text and (fielded := _comma_fields(text)) is not None:
        return fielded
    if ":" in text and (rest := _cased_label(text)) is not None:
        return [("text", rest)]
    if not (":" in text or "+" in text or "=" in text or ("/" in text and _SLASH_WORD.search(text))):
        return [("text", text)]
    pieces: list[tuple[str, str]] = []
    kind, start = "text", 0
    for m in _LABEL_RE.finditer(text):
        raw = m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f")
        new_kind = _LABEL_KIND.get(re.sub(r"[^A-Z0-9#]+", "", _fold(raw).upper()), "noise")
        if m.group("a") and raw.upper() == "REF":
            new_kind = "purpose"  # "REF: WAGES", "REF: RENT 14 HIGH ST": UK banks print the payer's reference there
        if kind != "noise":
            pieces.append((kind, text[start:m.start()]))
        kind, start = new_kind, m.end()
    if kind != "noise":
        pieces.append((kind, text[start:]))
    return [p for p in pieces if p[1].strip()] or [("text", "")]


# --------------------------------------------------------------------------- tokens

_WORD, _DOMAIN, _NUMBER, _SMALL_NUMBER, _REF, _STAR, _BREAK, _CHANNEL = range(8)
_WORDISH = frozenset((_WORD, _DOMAIN))
_WORDY_NOISE = frozenset((_CHANNEL, _SMALL_NUMBER, _REF))  # not in the name, but their words still count

# Field separators inside a description: " - ", "|", a run of spaces, a backslash (Raiffeisen's "<merchant>\\<town>")
_SEGMENT_SPLIT = re.compile(r"\s+-\s+|\s+--\s+|\s*\|\s*|\s{3,}|\s*\\\s*|\s+,\s+|\s+·\s+")
_LETTER_HASH = re.compile(r"(?<!\S)([A-Za-z])#(?=\d{3,}\b)")
_ONE_AND_ONE = re.compile(r"(?i)\b1\s?(?:&|und)\s?1\b")
_GLUED_DOMAIN = re.compile(r"(?i)(?:(?<=\.com)|(?<=\.net)|(?<=\.org)|(?<=\.[a-z]{2}))-(?=[a-z]{3})")
_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])-(?=\d{3})|(?<=\d{3})-(?=[^\W\d_])")
# A reference's short letter code glued to its number after other text ("CRUNCH ACCOUNTING , CRN-0023441",
# "MB-0142"): one reference, not a word of the name (nor "MB" read as Manitoba).
_CODED_NUMBER = re.compile(r"(?<=\S\s)(?<![^\s,])([A-Z]{2,3})-(?=\d{3,}\b)")
_TOKEN = re.compile(r"(?<!\S)[Aa]/[Ss](?![^\s,;])|[^\s|,;*_()\[\]{}\"<>/\\#]+|[*_|]")
_STRIP = ".:;'\"!?()[]-+=~\u2019`\u00b4"
_DOMAIN_RE = re.compile(
    r"(?i)(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|uk|de|fr|nl|eu|es|it|be|at|ch|ie|ai"
    r"|app|dev|me|tv|us|ca|au|pl|se|dk|no|fi|pt|cz|lu|biz|info|shop|store|online|cloud|so|gg)"
)
_TLDS = _words("COM NET ORG IO CO UK DE FR NL EU ES IT BE AT CH IE AI APP DEV ME TV US CA AU PL SE DK NO FI PT CZ "
               "LU BIZ INFO SHOP STORE ONLINE CLOUD SO GG WWW")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")
_DOT_ABBR = re.compile(r"(?<![A-Z0-9])([A-Z])\.")
_LETTER_HEAD = re.compile(r"[A-Za-z]{2,}")


def normalise_words(text: str) -> tuple[str, ...]:
    """Upper-case ASCII words: accents folded, apostrophes dropped, "E.ON" -> "EON", other punctuation splits."""
    if not text.isascii():
        if text.casefold() == "über":  # the German preposition ("Zahlung über PayPal"), not Uber
            return ("UEBER",)
        text = _fold(text)
    text = text.upper().replace("'", "").replace("\u2019", "")
    if "." in text:
        text = _DOT_ABBR.sub(r"\1", text)
    return tuple(_NON_ALNUM.sub(" ", text).split())


class _Tok(NamedTuple):
    raw: str
    kind: int
    norms: tuple[str, ...]  # normalised words (a domain or "AT&T" gives two, a number none)


@lru_cache(maxsize=65536)
def _classify(raw: str) -> _Tok:
    if raw in "*_":
        return _Tok(raw, _STAR, ())
    if raw == "|":
        return _Tok(raw, _BREAK, ())
    if raw == "&":
        return _Tok(raw, _WORD, ("AND",))
    if raw in ("A/S", "a/s"):
        return _Tok(raw, _WORD, ("AS",))  # the Danish and Norwegian legal form
    word = raw.strip(_STRIP)
    if not word:
        return _Tok(raw, _STAR, ())
    digits = sum(ch.isdigit() for ch in word)
    if digits:
        letters = sum(ch.isalpha() for ch in word)
        if not letters:
            if digits <= 2 and len(word) <= 2:
                return _Tok(word, _SMALL_NUMBER, (word,))
            return _Tok(word, _NUMBER, ())
        if len(word) >= 4 and not word.strip("0123456789Xx*\u2022"):
            return _Tok(word, _REF, ())  # a card mask's group ("4871 04XX XXXX 5127")
        if _WEEK.fullmatch(word):
            return _Tok(word, _REF, ())  # a week number ("TIMESHEET WK38", "KW 12"): changes from line to line
        # a reference: "S381073512", "RT4XY12", "X1234", or a long code with a digit inside ("IB0ABCDEF"),
        # or a labelled one ("NR:ZKSQU1SQ")
        if (digits >= 3 or (digits >= 2 and len(word) >= 5) or (word[0] in "Xx" and word[1:].isdigit())
                or (len(word) >= 8 and not word[0].isdigit() and not word[-1].isdigit()) or ":" in word
                # a short code of capitals and a digit ("LKY6PC", "HEEXL7"): a mandate or payment reference
                or (len(word) >= 6 and word.isalnum() and word.isupper() and not word[0].isdigit())):
            # a reference ("S381073512", "RT4XY12"); its letter prefix helps glued descriptors ("ADS7453...")
            head = _LETTER_HEAD.match(word)
            return _Tok(word, _REF, (head.group(0).upper(),) if head else ())
    if len(word) >= 3 and not word.strip("Xx*\u2022"):
        return _Tok(word, _REF, ())  # a card mask without digits ("XXXX")
    if len(word) >= 6 and word.isalpha() and word.isupper() and _random_letters(word):
        return _Tok(word, _REF, ())  # a confirmation code of letters only (Zelle's "JJDQCXTURP")
    if "." in word and _DOMAIN_RE.fullmatch(word):
        return _Tok(word, _DOMAIN, tuple(p for p in normalise_words(word.replace(".", " ")) if p != "WWW"))
    norms = normalise_words(word)
    if norms and norms[0] in _SCRIPT_STOPS and not word.isascii():
        return _Tok(word, _BREAK, ())  # "ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ ΜΙΣΘΟΔΟΣΙΑ ΜΑΡΤΙΟΥ": the payer's memo starts
    if norms == ("ON", "LINE"):
        norms = ("ONLINE",)  # Wells Fargo's bill pay: "BILL PAY ACME PROPERTIES ON-LINE XXXXX41203"
    return _Tok(word, _WORD, norms) if norms else _Tok(word, _BREAK, ())


# Words of a Greek line's memo, by their Latin letters, that end a name when printed in Greek (in Latin letters they
# may be names: "TIM", "AR"): payroll, rent, invoice, settlement, bookkeeping, subscription, bonus, credit note, code,
# number, contract, the months (genitive, as in "ΕΝΟΙΚΙΟ ΜΑΡΤΙΟΥ").
_SCRIPT_STOPS = _words(
    "MISTHODOSIA MISTHOS ENOIKIO ENOIKIA TIM TIMOLOGIO TIMOLOGIOU EXOFLISI LOGISTIKI LOGISTIKES SYNDROMI DORO "
    "PISTOTIKO KOD AR SYMV SYMVOLAIOU PARAGGELIAS PARAGGELION EKKATHARISI TAYTOTITA OFEILIS LOG SMOU LOGARIASMOU "
    "IANOUARIOU FEVROUARIOU MARTIOU APRILIOU MAIOU IOUNIOU IOULIOU AVGOUSTOU SEPTEMVRIOU OKTOVRIOU NOEMVRIOU "
    "DEKEMVRIOU "
    # Bulgarian: "Вид плащане" (the budget payment's code), "Абонатен номер", "на" (on) a date, "в" (at) a time,
    # "за" (for), "по" (under)
    "VID PLASHTANE ABONATEN NOMER NA V ZA PO"
)


def _other_script(toks: list[_Tok]) -> bool:
    """Letters of Greek or Cyrillic among the tokens' (the scripts `_fold` writes in Latin letters)."""
    return any("\u0370" <= ch <= "\u04ff" for t in toks for ch in t.raw)


def _random_letters(word: str) -> bool:
    """Letters no name is spelt with: at most one vowel in eight letters or more, none in six or seven; unless a
    vendor's alias is spelt so ("VZWRLSS*MY VZ VB P": Verizon's card descriptor)."""
    if not word.isascii():
        word = "".join(normalise_words(word))  # (Greek and Cyrillic words by their Latin letters)
    vowels = sum(ch in "AEIOUY" for ch in word)
    return (vowels == 0 or (len(word) >= 8 and vowels <= 1)) and word not in _VOWELLESS_ALIASES


# An IBAN printed in groups of four ("BE63 6790 2618 1108"): one reference, not a word "BE63" after the name.
# Its short last group holds a digit: "BE36 6790 2760 4681 SPF FINANCES" ends before the name "SPF".
_SPACED_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: [0-9A-Z]{4}){2,7}(?: (?=[A-Z]{0,2}\d)[0-9A-Z]{1,3})?\b(?=\s|$)")


def _glue_iban(m: re.Match) -> str:
    return m.group().replace(" ", "") if any(ch.isdigit() for ch in m.group()[4:]) else m.group()


def _tokens(segment: str) -> list[_Tok]:
    # Dates, amounts, card masks, terminal and reference numbers need no pattern of their own: they are
    # tokens with digits (or X masks), which end a name and never reach the cleaned text.
    if " " in segment and _HAS_DIGIT.search(segment):
        segment = _SPACED_IBAN.sub(_glue_iban, segment)
    if "#" in segment:
        segment = _LETTER_HASH.sub(r"\1", segment)  # "AUSTIN TX C#4417": the card's number, not a letter "C"
    if "-" in segment:
        # "Coop-1234", "INV-0042": the number is not part of the word (but "CRN-0023441" after a name is one code)
        segment = _GLUED_NUMBER.sub(" ", _CODED_NUMBER.sub(r"\1", segment))
        if "." in segment:
            segment = _GLUED_DOMAIN.sub(" ", segment)  # "MOMOYOGA.COM-AMSTERDAM": the domain, then a city
    channel_end = _channel_end(segment)
    if not channel_end:
        out = [_classify(raw) for raw in _TOKEN.findall(segment)]
    else:
        out = []
        for m in _TOKEN.finditer(segment):
            tok = _classify(m.group(0))
            if m.start() < channel_end and tok.kind in (_WORD, _SMALL_NUMBER, _DOMAIN):
                tok = _Tok(tok.raw, _CHANNEL, tok.norms)
            out.append(tok)
    first = next((k for k, t in enumerate(out) if t.kind in (_WORD, _DOMAIN, _REF) and t.kind != _CHANNEL), None)
    if (first is not None and first + 1 < len(out) and out[first + 1].kind == _WORD
            and out[first + 1].norms[-1] not in _LEGAL):  # ("STUDIO54 LTD": the name, digits and all)
        out[first] = _store_numbered(out[first])
    for k in range(len(out) - 1):
        if out[k].kind == _REF and out[k + 1].kind == _WORD and out[k + 1].norms[-1] in _LEGAL:
            out[k] = _glued_company(out[k])
        elif out[k].kind == _WORD and out[k].raw in _CURRENCIES and (out[k + 1].kind == _NUMBER or (
                out[k + 1].kind == _SMALL_NUMBER and k + 2 < len(out) and out[k + 2].kind == _NUMBER)):  # "1,860.00"
            out[k] = _Tok(out[k].raw, _REF, ())  # "... SUB AQUA CLUB GBP 2006.55 @ 0.8575": the foreign amount
    return out


_CURRENCIES = _words("GBP USD EUR CHF SEK NOK DKK PLN CZK HUF CAD AUD NZD JPY")


# A company's name with a number glued to it, then its legal form ("GLOVOAPP23 SA", "STUDIO54 LTD"): a word of the
# name, not a reference.
_GLUED_NAME = re.compile(r"[A-Za-z]{3,}\d{1,4}")


def _store_numbered(tok: _Tok) -> _Tok:
    """A merchant's name with its store number glued on, first on a card line ("RACETRAC427 METAIRIE LA"): the name."""
    m = _STORE_NUMBERED.fullmatch(tok.raw) if tok.kind == _REF else None
    if m is None or m.group(1).upper() in NOT_A_NAME or _random_letters(m.group(1).upper()):
        return tok
    return _Tok(m.group(1), _WORD, (m.group(1).upper(),))


_STORE_NUMBERED = re.compile(r"([A-Za-z]{5,})\d{1,5}")


def _glued_company(tok: _Tok) -> _Tok:
    m = _GLUED_NAME.fullmatch(tok.raw)
    if m is None or tok.norms[0] in NOT_A_NAME or _random_letters(tok.norms[0]):
        return tok
    return _Tok(tok.raw, _WORD, (tok.raw.upper(),))


# Channel phrases at the start of a description: how the money moved, never who with.
_CHANNELS = r"""
PURCHASE AUTHORI[SZ]ED(?: ON)? | RECURRING PAYMENT(?: AUTHORI[SZ]ED(?: ON)?)?
PURCHASE RETURN(?: AUTHORI[SZ]ED(?: ON)?)?
(?:DEBIT |CREDIT |VISA |MASTERCARD )?CARD PURCHASE(?: WITH PIN| RETURN)?(?: AT)?
POS(?: PIN)?(?: PURCHASE| DEBIT| REFUND| TRANSACTION)?(?: PIN| VISA(?: CREDIT| RECUR(?:RING)?)?)?
DEBIT POS | AUT(?: \d+)?
(?:VISA )?DDA (?:PURCHASE|PUR|DEBIT|REF|REFUND|CREDIT)
\*+\d{4} | WEB INITIATED (?:PAYMENT|PMT|DEBIT)(?: AT)?
CORPORATE ACH | WEB AUTHORI[SZ]ED (?:PMT|PAYMENT) | (?:CCD|PPD|WEB) (?:DEPOSIT|DEBIT|CREDIT)
PRE-?AUTHORI[SZ]ED (?:DEBIT|CREDIT|PAYMENT|PMT) | PREAUTH (?:DEBIT|CREDIT) | OVERSCHRIJVING | RECURRING DEBIT CARD
DEPOSIT FROM | OTR | BAC | CHG | CR | VIS | D/D | S/O | TRANSFER (?:OUT|IN)
CHECKCARD(?: PURCHASE)? | CHECK CARD(?: PURCHASE)?
DBT CRD(?: \d+)? | DEBIT CARD(?: PIN)?(?: DEBIT| PAYMENT| TRANSACTION| PURCHASE| CREDIT| REFUND)?
VISA DEBIT(?: PURCHASE| PAYMENT)? | DEBIT PURCHASE(?: VISA)? | VISA PURCHASE | CONTACTLESS(?: PAYMENT)?
FEDWIRE (?:CREDIT|DEBIT)(?: VIA)? | DEB
CARD PAYMENT(?: TO)? | CARD TRANSACTION(?: OF[\s|]+(?:[\d.,]+ )?[A-Z]{3} ISSUED BY)? | APPLE PAY | CARD | BPAY
DIRECT DEBIT(?: PAYMENT)?(?: TO)? | DIRECT DEP(?:OSIT)? | DD | DDR | SO | STO | STANDING ORDER(?: TO)? | BGC | BCC
BACS(?: CREDIT| PAYMENT)? | FPI | FPO | FASTER PAYMENTS?(?: RECEIVED| SENT| IN| OUT)?(?: FROM| TO)? | CHAPS
BILL PAYMENT(?: TO)? | BILL PAY(?: SERV| SERVICE)?(?: TO)? | ONLINE BILL (?:PAYMENT|PAY|PMT)(?: TO)?
(?:BANK )?GIRO CREDIT(?: FROM)?
ACH(?: CORP(?:ORATE)?)?(?: DEBIT| CREDIT| PMT| PAYMENT| DEPOSIT| DEP| TRANSFER| WITHDRAWAL| DR| CR)?
(?:ACH )?ELECTRONIC (?:PAYMENT|WITHDRAWAL|DEPOSIT|PMT|DEBIT|CREDIT)(?: TO| FROM)?(?:-WEB)?
EXTERNAL (?:WITHDRAWAL|DEPOSIT|TRANSFER)(?: TO| FROM)?
(?:INCOMING |OUTGOING |DOMESTIC |INTERNATIONAL |INTL )?WIRE(?: TRANSFER)?(?: IN| OUT| CREDIT| DEBIT)?(?: FROM| TO)?
ONLINE (?:BANKING )?(?:TRANSFER|PAYMENT|PMT|PYMT)(?: TO| FROM)?
MOBILE (?:PAYMENT|PMT|PYMT|TRANSFER|DEPOSIT)(?: TO| FROM)?
INTERNET (?:TRANSFER|PAYMENT|BANKING)(?: TO| FROM)? | TELEPHONE BANKING
ZELLE(?: BUSINESS| INSTANT| P2P)?(?: PAYMENT| TRANSFER| PMT)?(?: RECEIVED| SENT)?(?: FROM| TO)? | WITHDRAWAL (?:FROM|TO)
TRANSFER(?: FROM| TO)? | XFER(?: FROM| TO)? | TFR(?: FROM| TO)? | PAYMENT (?:TO|FROM) | PAID TO | SENT MONEY TO
RECEIVED MONEY FROM | MONEY SENT TO | MONEY RECEIVED FROM | MONEY ADDED(?: FROM)?
TRANSFERENCIA(?: RECIBIDA| EMITIDA| REALIZADA| ENVIADA| ORDENADA| INMEDIATA)?(?: A FAVOR DE| DE| A)?
PRLV(?: SEPA)? | PRELEVEMENT(?: EUROPEEN| SEPA)?
EN FAVEUR DE | ORDRE PERMANENT EN FAVEUR DE
VIR(?:EMENT)?(?: SEPA| EUROPEEN)?(?: INST(?:ANTAN.)?)?(?: RE.U| .MIS| PERMANENT(?: .MIS)?)?(?: DE| A| POUR| VERS)?
VIR(?:EMENT)?(?: SEPA| EUROPEEN)?(?: INST(?:ANTAN.)?)?(?: RE.U| .MIS| PERMANENT)? EN VOTRE FAVEUR(?: DE| A| POUR| PAR)?
VIR(?:EMENT)? EUROPEEN(?: EMIS| RECU)?(?: LOGITEL| NET| WEB)?(?: POUR| DE| VERS)?
AVOIR(?: CB)? | CB | CARTE(?: BANCAIRE)? | PAIEMENT(?: PAR)?(?: CARTE| BANCONTACT| MAESTRO| DEBIT MASTERCARD)?
FACTURE CARTE | ACHAT CB | RETRAIT DAB
(?:SEPA[- ])?(?:BASIS|FIRMEN|EINMAL|FOLGE|ERST)?-?LASTSCHRIFT(?: EINZUG)?(?: AN| VON)?
(?:SEPA[- ]|ONLINE-?)?(?:ECHTZEIT|TERMIN|SAMMEL|EIL)?-?(?:UE|Ü|U)BERWEISUNG(?: AN| VON)? | GUTSCHR\.?
(?:SEPA[- ])?(?:ECHTZEIT)?GUTSCHRIFT(?: AUS| VON)? | DAUERAUFTRAG(?: AN| VON)?
KARTENZAHLUNG(?:/-ABRECHNUNG| ONLINE)? | ZAHLUNG(?: AN| VON)?
KAUF/DIENSTLEISTUNG | KAUF | EC[- ]?KARTE | GIROCARD | DEBITK(?:ARTE)? | VISA | MASTERCARD
BEA(?: NR)? | GEA(?: NR)? | BETAALPAS
SEPA INCASSO(?: ALGEMEEN| ZAKELIJK)?(?: DOORLOPEND| EENMALIG)? | SEPA OVERBOEKING | SEPA
OVERBOEKING(?: NAAR| VAN)? | IDEAL | BETAALAUTOMAAT | ACCEPTGIRO | INCASSO | PERIODIEKE OVERBOEKING(?: NAAR| VAN)?
PINBETALING | IDEAL-BETALING | BETAALVERZOEK | BETAALD | ONTVANGEN(?: BETALING)? | KAARTBETALING
DOORLOPENDE OPDRACHT(?: NAAR| VAN)? | INSTANTOVERSCHRIJVING(?: NAAR| VAN)? | OPEN24 | SEPA CT(?: IN| OUT)?
DBT CRD(?: PIN)? PUR | POS C/L | ODCH[AÁ]DZAJ[UÚ]CA PLATBA | PRIJAT[AÁ] PLATBA | TRVAL[YÝ] PR[IÍ]KAZ | SEPA INKASO
(?:EUROPESE |INSTANT )?(?:OVERSCHRIJVING|DOMICILIERING)(?: NAAR| VAN)? | DOMICILIATION(?: EUROPEENNE)? | BANCONTACT
BETALING(?: VIA)?(?: BANCONTACT| MAESTRO| (?:DEBIT )?MASTERCARD| VISA(?: DEBIT)?| V PAY| MET DEBETKAART(?: NUMMER)?)?
ADDEBITO(?: DIRETTO| SDD| CARTA)? | SDD | BONIFICO(?: IN ENTRATA| ISTANTANEO| SEPA)?(?: DA| A FAVORE DI| A)?
PAGAMENTO(?: POS| CARTA| TRAMITE POS)? | PAGOBANCOMAT | ADEUDO(?: RECIBO)?(?: DE)? | RECIBO
COMPRA(?: CON TARJETA| TARJETA| NO DEBITO| EN| TJ\*?\d{4}(?: \d\d?/\d\d?)?| (?:C/ )?CARTAO(?: \*+\d{4})?)?
DEVOLUCION(?: ADEUDO| RECIBO)?(?: SEPA)?(?: CORE| B2B)?
PAGO(?: CON TARJETA| MOVIL| CON MOVIL| TARJ\.?| (?:DE )?TRIBUTOS| (?:DE )?IMPUESTOS)?(?: EN)?
ABONO(?: NOMINA| TRANSFERENCIA)?
BIZUM(?: ENVIADO| RECIBIDO| RECIB| EMITIDO| EMIT)?(?: A| DE)?
TRF(?: SEPA)?(?: P/| DE| PARA)? | DEB\.? DIRECTO(?: SEPA)? | PAG(?: SERV| SERVICOS)?
PIX(?: TRANSF| ENVIADO| RECEBIDO)? | TO | FROM | FOR
MB WAY(?: DE| PARA| P/| A)? | (?:SENT|PAID|RECEIVED) VIA [A-Z]+
VIR(?:EMENT)? EUROPEEN VERS | VERSEMENT DE | VOTRE DOMICILIATION(?: EUROPEENNE)? | ACCREDITO(?: INCASSI)?(?: POS)?
BONIFICO(?: SEPA)?(?: IN USCITA| IN ENTRATA| PERIODICO) | CARD RETURN | WEB BILL PAY(?:MENT)? | BILLPAY
CARD PURCH | VISA DEBIT (?:RETURN|PURCHASE|REFUND) | ELECTRONIC DEP(?:OSIT)?
(?:DEV\.? )?COMPRA ELEC | TERUGBETALING MET DEBETKAART(?: NUMMER)?
(?:FPS|BACS) (?:CREDIT|DEBIT|PAYMENT|RECEIPT) | SEPA LASTSCHRIFT | PAG\.? CARTA(?: DEBITO| CREDITO)?
E-LASKU | SUORAVELOITUS | TILISIIRTO | KORTTIOSTO | OSTO | PANO | AUTOGIRO | KORTKOP | BETALNING | INSATTNING
BETALINGSSERVICE | DANKORT | OVERFORSEL | AVTALEGIRO | VAREKJOP | OVERFORING | PRELEVEMENT DE
ACH (?:CR|DR) | ACH (?:CREDIT|DEBIT) (?:FROM|TO) | TRANSF\.? (?:NOMINA|PERIODICA)(?: A)?
TRANSF\.? (?:EMITIDA|RECIBIDA|EMIT|RECIB)(?: (?:BENEF|ORD))?
(?:DEVOL\.?|DEVOLUCION|COMPRA) TARJ(?:ETA|\.)?
(?:MOBILE|DIRECT NET|ONLINE|WEB) (?:VERS|DE)
TRANSAKCIA KARTOU | (?:VR[AÁ]TENIE )?PLATBY? KARTOU
ODLIV | PRILIV | FLIK PRILIV | FLIK ODLIV | TRAJNI NALOG | SEPA DIREKTNA OBREMENITEV | DIREKTNA OBREMENITEV
PLA[CČ]ILO S KARTICO(?: (?:MC|VISA|MAESTRO)(?: BUSINESS)?)? | PLA[CĆ]ANJE | UPLATA | KUPNJA KARTICOM
SEPA IZRAVNO TERE[CĆ]ENJE | IZRAVNO TERE[CĆ]ENJE | PIRKINYS
DBT CARD(?: RECUR| PURCH(?:ASE)?)? | (?:VISA )?CHECK CARD(?: \d{4})?(?: PURCHASE)? | AUTOMATED (?:DEBIT|CREDIT)
EFT (?:DEBIT|CREDIT) | ELEC (?:DEBIT|CREDIT) | P2P (?:RECEIVED|SENT)(?: ZELLE)?
CARGO(?: POR)? RECIBO | RECURRING DBT CARD(?: \d\d-\d\d)? | DEBIT CARD RETURN | RETURN
(?:DEPOSIT ZELLE|WITHDRAWAL ZELLE)(?: FROM| TO)?
IEN[AĀ]KO[SŠ]AIS MAKS[AĀ]JUMS(?: NO)? | MAKS[AĀ]JUMS | PIRKUMS(?: -)? | TIE[SŠ]AIS DEBETS | ATGRIEZTS PIRKUMS(?: -)?
(?:INWARD|OUTWARD) (?:PAYMENT|TRANSFER)(?: FROM| TO)?
POINT OF SALE (?:DEBIT|CREDIT)(?: L\d+)?(?: TIME \d\d?:\d\d (?:AM|PM))?(?: DATE \d\d?-\d\d?)?
PAGAMENTO CARTA(?: DI)?(?: DEBIT[OA]?| CREDIT[OA]?)?(?: \*?\d{4})?(?: DEL [\d/]{6,10})?(?: ORE \d\d?[:.]\d\d)?
ΕΞΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ(?: ΠΡΟΣ)? | ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ(?: ΑΠΟ)? | ΕΜΒΑΣΜΑ(?: ΠΡΟΣ| ΑΠΟ)? | ΠΑΓΙΑ ΕΝΤΟΛΗ
ΑΓΟΡΑ(?: ΜΕ ΚΑΡΤΑ)? | ΜΕΤΑΦΟΡΑ(?: ΣΕ ΛΟΓ/ΣΜΟ ΤΡΙΤΟΥ| ΣΕ ΛΟΓΑΡΙΑΣΜΟ ΤΡΙΤΟΥ| ΣΕ| ΑΠΟ)? | ΠΛΗΡΩΜΗ(?: ΛΟΓΑΡΙΑΣΜΟΥ)?
ΠΙΣΤΩΣΗ ΣΥΝΑΛΛΑΓΩΝ(?: POS)? | ΧΡΕΩΣΗ | ΠΙΣΤΩΣΗ
(?:ПОС )?ПЛАЩАНЕ(?: В ИНТЕРНЕТ)? С КАРТА(?: [\d*]{4}(?: [\d*]{2,4}){3})?(?: НА [\d.]+)?(?: В [\d:]+)?
ВЪЗСТАНОВЕНА СУМА ПО ПЛАЩАНЕ С КАРТА(?: [\d*]{4}(?: [\d*]{2,4}){3})?(?: НА [\d.]+)?
ПЛАЩАНЕ КЪМ БЮДЖЕТА
(?:НАРЕДЕН|ПОЛУЧЕН)(?: SEPA)? КРЕДИТЕН ПРЕВОД(?: КЪМ| ОТ)? | ПЛАЩАНЕ НА СМЕТКА | КРЕДИТЕН ПРЕВОД(?: КЪМ| ОТ)?
JCCSMART PAYMENT | (?:OUTGOING|INCOMING) (?:SEPA|SWIFT) TRANSFER(?: TO| FROM)?
VIREMENT (?:INSTANTAN[EÉ] |PERMANENT |SEPA )?(?:RE[CÇ]U|[EÉ]MIS) | PR[EÉ]L[EÈ]VEMENT(?: SEPA)? | PAIEMENT CARTE
REMBOURSEMENT CARTE | (?:PAG|DEVOL|COMPRA) CART[AÃ]O(?: DEB| CRED)?(?: \*+\d{4})?(?: \d\d\.\d\d)?
TRF (?:IMED|PERIOD|IMEDIATA|PERIODICA)(?: P/| DE| PARA)? | PAG SERV(?:ICOS)? ENT \d+ REF \d+
PALKKA | FED(?:WIRE)? REF \d+ | KORTTIOSTO(?: \d\d?\.\d\d?\.)? | SEPA-MAKSU(?: L[AÄ]HTEV[AÄ]| SAAPUVA)?
"""
_CHANNEL_RE = re.compile(
    r"(?i)[\s|:/.,*-]*(?:"
    + "|".join(sorted((p.strip() for line in _CHANNELS.strip().splitlines() for p in line.split(" | ")), key=len,
                      reverse=True)).replace(" ", r"\s+")
    + r")(?=[\s|:/.,*-]|$)"
)


# Every word of the channel phrases, and the endings of German compounds ("Folgelastschrift"): a description
# whose first word is none of them has no channel prefix, and skips the regex.
_CHANNEL_WORDS = _words(" ".join(re.findall(r"[A-Z]+", _fold(_CHANNELS)))
                        + " VIREMENT PREAUTHORIZED PREAUTHORISED VRATENIE PLACILO PLACANJE TERECENJE IENAKOSAIS"
                          " MAKSAJUMS TIESAIS ATGRIEZTS ODCHADZAJUCA PRIJATA TRVALY REMBOURSEMENT DEVOL")
_CHANNEL_STEMS = ("LASTSCHRIFT", "BERWEISUNG", "GUTSCHRIFT", "KARTE", "ZAHLUNG")
_FIRST_WORD = re.compile(r"[\s|:/.,*-]*([^\W\d_]+)")


def _channel_end(text: str) -> int:
    first = _FIRST_WORD.match(text)
    if first is None:
        return 0
    word = first.group(1).upper()
    if not word.isascii():
        word = _fold(word)  # "Überweisung"
    if word == "BP":
        return _bill_payment_code(text)
    end = 0
    if word not in _CHANNEL_WORDS and not word.endswith(_CHANNEL_STEMS):
        if word not in _BANK_HEADS:
            return 0
        # The bank's own name in front of its channel phrase ("TD ZELLE RECEIVED, ...", "TD BILL PAY SERV, ...")
        bank = _BANK_PREFIX.match(text)
        channel = _CHANNEL_RE.match(text, bank.end()) if bank else None
        if channel is None or channel.group().strip(" |:/.,*-").upper() in _CARD_WORDS:
            return 0  # "CHASE CARD SERVICES": a payment to the bank's card, which names the bank
        end = bank.end()
    for _ in range(6):
        m = _CHANNEL_RE.match(text, end)
        if not m and end and (bank := _BANK_PREFIX.match(text, end)):
            # the bank's app between channel words ("VIREMENT INSTANTANE BELFIUS MOBILE VERS <IBAN> <name>")
            m = _CHANNEL_RE.match(text, bank.end())
            if m and m.group().strip(" |:/.,*-").upper() in _CARD_WORDS:
                m = None  # "PAYMENT TO CHASE CARD": a payment to the bank's card, which names the bank
        if not m:
            break
        end = m.end()
    return end


_BANK_NAMES = sorted({b.upper() for b in vendor_data.BANKS if b.isascii()} | {"TD"}, key=len, reverse=True)
_BANK_HEADS = frozenset(b.split()[0] for b in _BANK_NAMES if len(b.split()[0]) >= 2)
_BANK_PREFIX = re.compile(r"(?i)\s*(?:" + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in _BANK_NAMES)
                          + r")(?=\s)")
_CARD_WORDS = _words("CARD VISA MASTERCARD CB CARTE KARTE DEBITK")


# HSBC's type code "BP" (bill payment) in front of a payee of two words or more ("BP ELM TREE LETTINGS RENT"),
# not BP the fuel brand ("BP 1234 LONDON", "BP KINGSTON", "BP CONNECT", "BP NEWPORT PAGNELL").
_HSBC_BP = re.compile(r"(?i)\s*BP\s+(?=(?!(?:CONNECT|EXPRESS|OIL|STATION|SERVICE|SERVICES|TANKSTELLE|PFS|GARAGE|FUEL"
                      r"|MOTORWAY|SHOP|MFG|UK|PLC|INTERNATIONAL|ENERGY|PULSE|GAS)\b)([A-Z][A-Z&'.-]*)\s+[A-Z]{2})")
_CITY_HEAD_WORDS = frozenset(c.split()[0] for c in vendor_data.CITIES if c.strip())


def _bill_payment_code(text: str) -> int:
    m = _HSBC_BP.match(text)
    if m is None or set(normalise_words(m.group(1))[:1]) <= _CITY_HEAD_WORDS:
        return 0
    return m.end()


# --------------------------------------------------------------------------- the name

_MONTHS = _words(
    "JAN JANUARY FEB FEBRUARY MAR APR APRIL JUL JULY SEP SEPT SEPTEMBER OCT OCTOBER NOV NOVEMBER DEC DECEMBER "
    "JUNE AUG JANUAR FEBRUAR MARZ MAERZ JUNI JULI OKTOBER DEZEMBER JANVIER FEVRIER AVRIL JUIN JUILLET AOUT "
    "SEPTEMBRE OCTOBRE NOVEMBRE DECEMBRE ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE "
    "NOVIEMBRE DICIEMBRE GENNAIO FEBBRAIO APRILE MAGGIO GIUGNO LUGLIO SETTEMBRE OTTOBRE DICEMBRE JANUARI FEBRUARI "
    "MAART MEI AUGUSTUS MARCH AUGUST JANEIRO FEVEREIRO MAIO JUNHO JULHO SETEMBRO OUTUBRO NOVEMBRO DEZEMBRO "
    # short forms in Portuguese, Spanish, Italian, French, German and Dutch ("VENCIMENTO AGO", "MIETE MRZ"); not
    # "MAY", "MAG" or "GEN", which are names or words too, nor Portuguese "MARCO" (March), a given name far more often
    # ("ZELLE TO MARCO QUINTANA", "ROSSI MARCO")
    "JUN AGO SET OUT DEZ FEV ABR ENE OTT LUG GIU DIC MAI MRZ MRT OKT JANV FEVR AVR JUIL AOU"
)
MONTHS = _MONTHS  # month names and their short forms, upper case: shared with domain/boilerplate.py
# Words that end a name: references, purposes, channel codes ("ACME LTD INV 2041", "ACME LTD SALARY JAN").
_STOP_WORDS = _words(
    "INV INVOICE INVOICES REF REFERENCE RE DATE RNR RECHNUNG RECHNUNGSNR RG FACTURE FACT FACTUUR FACTURA FATTURA FV "
    "AVOIR "
    "FAKTURA BESTELLUNG ORDER COMMANDE PEDIDO BESTELLING ACCOUNT ACCT KUNDENNUMMER KUNDENNR KD VERTRAG VERTRAGSNR NNDR "
    "NDR CTAX RATES "
    "ADC "
    "VERTRAGSKONTO MANDAT "
    "KLANTNR KLANTNUMMER REFERENZ PAYMENT PMT PYMT PAYMT THANK THANKS DANKE MERCI GRACIAS BEDANKT SALARY "
    "SALARIES PAYROLL WAGES LOHN GEHALT SALAIRE NOMINA RENT MIETE LOYER HUUR ALQUILER AFFITTO ARRENDAMIENTO PIGIONE "
    "HONORAR HONORAIRES DEP DEPOSIT "
    "AUTOPAY SUBSCRIPTION ABO ABONNEMENT MEMBERSHIP MONTHLY ANNUAL PURCHASE REFUND DEBIT TRANSFER XFER TFR "
    "ONLINE MOBILE SAVINGS CHECKING CHK SAV ON VIA RECIBO CONF CONFIRMATION TRACE AUTH CARD KARTE CARTE NR NO "
    "NUM NUMBER POS DD DDR SO STO BGC BCC FPI FPO BACS CHAPS DEB CPT VIS ACH PPD CCD WEB TEL SEPA VISA WITHDRWL "
    "WITHDRAWAL ATM UMSATZ SENT SPLIT LUNCH BY WITH KARTEN KARTENNR PASNR TARJ TARJETA CARTA VOM AM DATED PER "
    "POR POUR FUR FUER COMPENSO ABSCHLAG RUCKLASTSCHRIFT RUECKLASTSCHRIFT FEE FEES CHECKCARD DETAILS CD DRAWINGS "
    "DRAWING DIVIDEND DIVIDENDS REMITTANCE REMIT ECH ECHEANCE EFT SETTLEMENT SETTLEMT EDI PYMNTS PYMNT PAYABLES "
    # French memos after a payee ("LEFEVRE MARGAUX REMUNERATION GERANT", "PRIMEURS LAMARRE RELEVE OCTOBRE")
    "REMUNERATION ACOMPTE RELEVE "
    # a gift's memo after the giver ("FPS RECEIPT S AKHTAR DONATION"), a supplier's rebate, an owner's draw
    "DONATION REBATE DRAW OWNER STATEMENT MEMO MEM ACCTS KORTTI JASENMAKSU TAXA APOIO "
    "PAYABLE RECEIVABLES BILLPAY PMTS PAYOUT PAYOUTS EVERYDAY CHEC CHECKING WAY2SAVE CONCEPTO CAUSALE "
    "MOTIF LIBELLE VERWENDUNGSZWECK OMSCHRIJVING UMSATZSTEUER UST USTVA STNR STEUERNUMMER LOHNSTEUER GEWERBESTEUER "
    "EINKOMMENSTEUER KOERPERSCHAFTSTEUER IBAN BIC PRIVATENTNAHME ENTNAHME PRIVATEINLAGE MOTIVO CAUS SELFBILL "
    "STIPENDIO NOMINA SUELDO LOON SALARIS SALARISSEN PAYMNT CREDITNOTA BEITRAGSNACHWEIS "
    # Belgian and German reference words ("MEDEDELING +++123/...", "SCHULDEISER-ID", "KAART 6703", "IK 5902...")
    "MEDEDELING SCHULDEISER SCHULDEISERID MANDAAT REFERTE KAART CREANCIER SAMMELUEBERWEISUNG SAMMELUBERWEISUNG IK "
    "AUSZAHLUNG FIL FILIALE "
    # Portuguese, Spanish and Italian purposes after a payee ("TRF P/ ANA LOPES VENCIMENTO", "RENDA", "FT 2025/18")
    "VENCIMENTO VENCIMENTOS ORDENADO SALARIO SALARIOS RENDA ALUGUER ALUGUEL FATURA FT HONORARIOS MENSALIDADE "
    "QUOTA CUOTA PAGAMENTO VENDORPAY VENDORPMT TAXES TAXPAYMNT VENC ADIANT MANDAATREFERENTIE PREM CK ORG OBI BNF ID "
    "COMMUNICATION COMMUNICATIE KASSENZEICHEN "
    "RUECKBELASTUNG RUCKBELASTUNG SOC VIITE ARKISTOINTITUNNUS ASIAKAS VIESTI MEDDELANDE TRASPASO SALESUSE SALESTAX "
    "WITHHOLDG WITHHOLDING TASA TASAS "
    "ZELLE"
)
# Words that only label a number that follows ("CARD 1234", "REF 998877"): left out of the cleaned text.
_LABEL_WORDS = _words(
    "CARD KARTE KARTEN CARTE CARTA TARJ TARJETA REF NR NO NUM NUMBER PASNR ID CONF TRACE AUTH TERM TERMINAL KD "
    "KUNDENNR KLANTNR VERTRAGSNR TRANSACTION ON KAART CK"
)
# Words that name nobody: a name made of these only is the bank's own line or a bare purpose ("RENT JANUARY").
_NOBODY = _words(
    "MONTHLY SERVICE FEE FEES CHARGE CHARGES CHARGED ACCOUNT INTEREST PAYMENT PAYMENTS PMT PYMT THANK THANKS YOU "
    "ONLINE MOBILE INTERNET TRANSFER TRANSFERS DEPOSIT DEPOSITS WITHDRAWAL WITHDRWL ATM CASH CHECK CHEQUE CHK "
    "BRANCH SAVINGS SAV CHECKING CLIENT CLIENTS CUSTOMER CUSTOMERS OFFICE RENT SALARY PAYROLL INVOICE BANK FOREIGN "
    "TRANSACTION TRANSACTIONS OVERDRAFT MAINTENANCE ANNUAL CREDIT DEBIT CARD PURCHASE PURCHASES REFUND AUTOPAY "
    "RECEIVED GENERAL TOP UP TOPUP CONVERTED SENT MONEY MONTH FOR THE AND OF TO FROM BY ID NUMBER AUTOMATIC "
    "RECURRING PLATINUM GOLD ITEM RETURNED INSUFFICIENT FUNDS NSF DEP BALANCE OPENING CLOSING PAID TAX TAXES LOAN "
    "REPAYMENT INSTALMENT INSTALLMENT DIRECT STANDING ORDER SUNDRY MISC MISCELLANEOUS OTHER VARIOUS ZAHLUNG "
    "ZAHLUNGEN OWNER OWNERS DRAW DRAWS DRAWING DRAWINGS CONTRIBUTION CAPITAL INJECTION NON STERLING MODELO F24 "
    "DOMESTIC INCOMING OUTGOING WIRE INTERNATIONAL INTL REMOTE BUS BUSINESS RESERVE TRANS SVC SERVICE "
    "LATE RETURNED EXCHANGED EXCHANGE PERIOD ENDING DR CR CHQ RENTE INTERESES INTERESSI ZINSEN "
    "INSTANT BATCH DIVERSEN POSTEN ITEMS EUR USD GBP CHF CAD AUD SEK NOK DKK PLN CZK JPY"
)
# Bank-line openers: a name that starts with one of these is the bank's own line ("Kontoführungsentgelt 12/2023",
# "COMISION MANTENIMIENTO", "Kosten betalingsverkeer"), unless it carries a company's legal form. Stems match
# German compounds; the rest must be the whole first word ("CHECK 1044" but not "CHECKPOINT").
_BANK_LINE_STEMS = (
    "KONTOF", "KONTOGEB", "ENTGELT", "ZINS", "HABENZINS", "SOLLZINS", "GEBUHR", "GEBUEHR", "RECHNUNGSABSCHLUSS",
    "SAMMELAUFTRAG", "SAMMELUEBERWEISUNG", "SAMMELUBERWEISUNG", "CREDITRENTE", "DEBETRENTE", "BANKKOSTEN",
)
_BANK_LINE_WORDS = _words(
    "INTEREST OVERDRAFT MONTHLY MAINTENANCE CHARGES NSF ATM CASH CHECK CHEQUE DEPOSIT WITHDRAWAL CONVERTED SAVINGS "
    "CHECKING TOP TOPUP FRAIS COTIS KOSTEN PREIS CANONE COTISATION AGIOS POPLATEK GEBYR AVGIFT INTERETS INTERESES "
    "INTERESSI COMMISSION COMMISSIONS COMMISSIONI COMISION COMISSAO ABSCHLUSS LIQUIDACION COMPETENZE CHQ "
    "AANREKENING FORFAIT BEHEERSKOSTEN"
)
_BANK_LINE_SUFFIXES = ("ENTGELT", "GEBUHR", "GEBUEHR", "ZINSEN", "KOSTEN", "ABRECHNUNG")
_LEGAL = _words(
    "LTD LIMITED INC LLC LLP LP PLC CORP CORPORATION CO COMPANY GMBH AG KG UG OHG EV BV NV VOF SA SAS SARL SL "
    "SRL SPA LDA LTDA PTY AB AS APS OY GBR UA ASBL VZW OYJ DOO SRO KFT ZRT PBC IFIC AE IKE EPE AEGA EOOD OOD EAD UNIP"
)
_CONNECTORS = _words("AND OF THE FOR AT TO FROM BY A DE DU DES LA LE DER DIE DAS VON VAN UND ET Y E VOM AM ON")
# Words that are never a counterparty's name on their own (upper case): shared with domain/boilerplate.py.
NOT_A_NAME = _STOP_WORDS | _NOBODY | _MONTHS | _CONNECTORS
# State codes that are also words or legal forms ("SMITH & CO", "LOG IN"): trimmed only after a known city.
_WORDLIKE_STATES = _words("CO IN OR ME OK HI LA AL ID MS MA PA DE NE SC")
# Words that make a following place name part of the name ("GEMEENTE UTRECHT", "STADTWERKE MUENCHEN").
_PLACE_GUARD = _words("OF DE DU VON VAN DI DEL DA CITY COUNTY STATE GEMEENTE GEMEINDE STADT STADTWERKE LANDKREIS "
                      "KREIS STAD COMUNE MAIRIE VILLE AYUNTAMIENTO CONCELLO PROVINCIE PROVINCIA REGIONE WATERSCHAP "
                      "BOROUGH FINANZAMT HAUPTZOLLAMT UNIVERSITY UNIVERSITEIT UNIVERSITAT DO DOS DAS MUNICIPIO CAMARA "
                      "CONCELHO")
_CITY_WORDS = {tuple(c.split()) for c in vendor_data.CITIES}
_CITY_LENGTHS = sorted({len(c) for c in _CITY_WORDS}, reverse=True)
_PLACE_ENDINGS = vendor_data.COUNTRIES | vendor_data.US_STATES | {c[-1] for c in _CITY_WORDS}
_LEADING_NOISE = frozenset((_CHANNEL, _BREAK, _STAR, _NUMBER, _SMALL_NUMBER, _REF))


def _ties(tok: _Tok) -> bool:
    return tok.kind == _WORD and tok.norms in (("OF",), ("THE",), ("AND",), ("DE",), ("DES",), ("DU",), ("VON",))


# Connectors that start a name as a particle ("Van Dijk", "De Vries", "La Poste"): never skipped in front.
# Not "De"/"Du"/"Des": in Spanish and French bank text they mean "from" ("De Lopez y Asociados").
_PARTICLES = _words("VAN VON DER DEN LA LE DI DEL")


# Stop words that end a name but never open one: a wire's "OBI" (its purpose field) follows the payer, so an "OBI"
# first is the DIY chain ("OBI KOSICE").
_NEVER_LEADING = frozenset(("OBI",))


def _initial_before_particle(tok: _Tok, following: _Tok | None) -> bool:
    """A capital initial, then a particle in lower case: a Dutch or Belgian name ("Y. el Idrissi", "M. de Wit"),
    not the Spanish "y" or a French "M." (Monsieur)."""
    return (len(tok.raw) == 1 and tok.raw.isupper() and following is not None and following.kind == _WORD
            and following.raw.islower() and (following.norms[0] in _NAME_PARTICLES or following.norms[0] in (
                "EL", "AL", "BEN", "BIN", "ABU")))


def _skippable(tok: _Tok, following: _Tok | None = None) -> bool:
    if tok.kind != _WORD:
        return tok.kind != _DOMAIN  # a merchant's web name ("MOMOYOGA.COM AMSTERDAM") is one
    if tok.norms[0] in _NEVER_LEADING or _initial_before_particle(tok, following):
        return False
    # Capitalised ("Van Dijk"), or all caps before a name word, as card descriptors print it ("LA MARZOCCO")
    if tok.norms[0] in _PARTICLES and tok.raw[:1].isupper() and (not tok.raw.isupper() or (
            following is not None and following.kind == _WORD and not _skippable(following))):
        return False
    return all(n in _STOP_WORDS or n in _NOBODY or n in _MONTHS or n in _CONNECTORS for n in tok.norms)


@dataclass(frozen=True)
class _Span:
    region: int  # first token after the channel words: where a vendor's name may start
    start: int  # the name's first token (after leading purpose words: "SALARY ACME LTD")
    end: int  # after its last token (place names at its end excluded)
    places: frozenset[int]  # tokens trimmed as place names ("LONDON GB", "San Francisco CA")
    processor: int | None  # a processor prefix token ("SQ" of "SQ *BLUE BOTTLE")


_GOV_PORTAL = re.compile(r"[A-Z]{2}GOV$")  # "MSGOV*", "TXGOV*": a state's portal taking payments for its offices


def _after_processor(toks: list[_Tok], i: int) -> int | None:
    """Where the merchant starts when a processor prefix ("SQ *", "PAYPAL *") is at `i` and a name follows it; not
    "Shopify* 141394227", Shopify's own bill."""
    n = len(toks)
    if (i + 1 < n and toks[i].kind == _WORD and (toks[i].norms[-1] in _PROCESSOR_PREFIXES or _GOV_PORTAL.match(
            toks[i].norms[-1])) and toks[i + 1].kind == _STAR):
        j = i + 2
        while j < n and toks[j].kind == _STAR:
            j += 1
        if j < n and toks[j].kind in _WORDISH:
            return j
    return None


def _name_span(toks: list[_Tok], *, cities: bool = True, two_surnames: bool = False,
               dutch: bool = False) -> _Span | None:
    n = len(toks)
    i = 0
    while i < n and toks[i].kind in _LEADING_NOISE:
        i += 1
    region = i
    processor = None
    # A processor prefix ("SQ *", "PAYPAL *", "ZETTLE_*"): the merchant follows it.
    if (j := _after_processor(toks, i)) is not None:
        processor, i = i, j
    # Leading purpose words go ("SALARY ACME LTD", "CLIENT PAYMENT NORDWIND AG"), unless a connector ties them
    # to what follows ("BANK OF THE WEST").
    skipped = i
    ach = region > 0 and any(t.kind == _CHANNEL and "ACH" in t.norms for t in toks[:region])
    while i < n and not (i + 1 < n and toks[i].kind == _WORD and _ties(toks[i + 1])) and not _initial(toks, i, region):
        if dutch and toks[i].norms in _DUTCH_PARTICLES and i + 1 < n and toks[i + 1].kind == _WORD:
            break  # "DE VRIES", "TER HORST": on a Dutch line "de" is no Spanish or French "from"
        if _skippable(toks[i], toks[i + 1] if i + 1 < n else None):
            i += 1
        elif ach and i - region < 2 and i + 1 < n and _ach_entry_word(toks[i]):
            i += 1
            skipped = i  # an entry description, never part of the company's name ("PEST CTRL ORKIN LLC")
        else:
            break
    if processor is None and (j := _after_processor(toks, i)) is not None:
        processor, i = i, j  # after a purpose word the rules do not know as a channel ("PURCHASE SQ *PONO CASE")
    if i >= n:
        return None
    start = i
    letters = 0
    while i < n:
        tok = toks[i]
        kind = tok.kind
        if kind == _WORD:
            if i > start and (all(w in _STOP_WORDS or w in _MONTHS for w in tok.norms) or (
                    len(tok.norms) > 1 and "".join(tok.norms) in _STOP_WORDS)) and not _tied_stop(toks, i) and not (
                    _given_before_account(toks, i)):  # ("USt-VA": a stop word of several parts)
                break
            # A name printed in capitals, then the payer's memo in lower case ("BRITTANY KOWALSKI bachelorette SUP
            # tour", "NINA KOVAČ cvetlični med"): the name ends where the case changes
            if (i - start >= 2 and tok.raw.isalpha() and tok.raw.islower() and len(tok.raw) >= 3
                    and tok.norms[0] not in _LEGAL and tok.norms[0] not in _CONNECTORS
                    and all(t.raw.isupper() and len(t.raw) > 1 for t in toks[start:i] if t.kind == _WORD)):
                break
            if i > start and tok.norms in _SOFT_STOPS and not (
                    i + 1 < n and toks[i + 1].kind == _WORD and toks[i + 1].norms[-1] in _LEGAL):
                break  # an ACH entry description ("MILLCREEK BREWI PAYMENTS"), not "ACME PAYMENTS LTD"
            if i > start and len(tok.norms) == 1 and len(tok.norms[0]) >= 7 and tok.norms[0].endswith(
                    _PURPOSE_SUFFIXES) and not tok.raw.isupper():
                break  # a German purpose after the payer ("Aylin Demir Unterrichtsentgelt Elif", "Gitarrenunterricht")
            if (i > start and tok.raw.isupper() and len(tok.raw) >= 2 and tok.norms == toks[start].norms
                    and not (i == start + 1 and tok.norms[0] in _DOUBLED_PLACES)):
                break  # the name again, as an ACH entry description: "ALLY ALLY PAYMT", "MN DEPT ... MN REV PAY"
            if i > start and _glued_repeat(toks, start, i):
                break  # the name again, its words glued and cut: "LIST PERFECTLY LISTPERFECTL"
            if (i > start + 1 and tok.raw.isupper() and len(tok.raw) >= 3 and toks[i - 1].kind == _WORD
                    and tok.norms == toks[i - 1].norms):
                break  # a memo that opens with the name's last word: "LOW MOOR GALLOPS GALLOPS FEES", "LOGS LOGS 633"
            if (i > start + 1 and tok.raw.isupper() and len(tok.norms) == 1 and len(tok.norms[0]) >= 5
                    and any(t.kind == _WORD and t.norms[-1] in (tok.norms[0] + "S", tok.norms[0] + "ES")
                            for t in toks[start:i])):
                break  # the memo names one of what the name is plural of: "REBOQUES RODRIGUES REBOQUE 6472"
            if (i > start + 1 and tok.norms in _PREMISES and i + 1 < n
                    and toks[i + 1].kind in (_SMALL_NUMBER, _NUMBER)):
                break  # the premises the payment is for: "BOTANIC AVENUE PROP UNIT 2 RENT"
            if (i > start and tok.norms in _NUMBER_LABELS and i + 1 < n
                    and toks[i + 1].kind in (_SMALL_NUMBER, _NUMBER, _REF)):
                break  # a purchase order or week the payment is for: "UNIVERSITY OF DERB PO 4500086664", "PR WK 12"
            if i > start and tok.norms == ("CREDIT",) and i + 1 < n and toks[i + 1].norms in _CREDIT_MEMO:
                break  # a supplier's credit memo: "WEAVER LEATHER CREDIT MEM"
            if i > start and tok.norms == ("SELF",) and i + 1 < n and toks[i + 1].norms[:1] in _SELF_BILL:
                break  # "HOLLY PARKER SELF BILL 12": a self-billing invoice's reference
            # A word the bank's field width cut ends the name field: what follows is the memo or the entry
            # description ("HARBOUR VIEW ACCOUNTANC SMITH INV", "OHIO DEPT OF TAXAT TAXPMT"). Only cuts no word is
            # spelt like, so "ACME ELECTRIC SUPPLY" or "PRINT SHOP" go on.
            if i - 1 > start and _cut_word(toks[i - 1], toks[i - 2]):
                break
            # A single letter left of a cut word, then an entry description or memo: "HARLOW FREIGHT L LEASE PMT",
            # "CITY OF EDINBURGH C TRADE WASTE" (the name field ends at the letter; a person's initial never follows
            # two words; not the French "D OR", "L ORANGERIE", where the letter elides before a vowel)
            if (i - 1 > start + 1 and len(toks[i - 1].raw) == 1 and toks[i - 1].raw.isalpha()
                    and toks[i - 1].raw.isupper() and (toks[i - 1].raw not in "DL" or tok.raw[0] not in "AEIOUYH")
                    and all(len(t.raw) > 1 for t in toks[start:i - 1])
                    and toks[i - 2].raw.isupper() and tok.raw.isupper() and len(tok.raw) > 1
                    and (not ach or _ach_entry_word(tok) or tok.norms[0] in _PURPOSE_HEADS)):
                break
            # An entry description alone after the company's name, before the trace number: "CITY OF DOVER
            # UTILITY 4471", "LANTERN INSURANCE PREMIUM 0923"
            if (ach and i - 1 > start and tok.raw.isupper() and tok.norms in _TRAILING_ENTRY
                    and (i + 1 >= n or toks[i + 1].kind not in _WORDISH)):
                break
            # A channel phrase after the name ("DUQUESNE LIGHT BILL PAY 1234", "ACME CORP UTIL PYMT")
            if i > start and tok.norms[0] in _PURPOSE_HEADS and i + 1 < n and toks[i + 1].kind in (
                    _WORD, _CHANNEL) and toks[i + 1].norms[:1] in _PURPOSE_TAILS:
                break
            # A company's legal form ends its name: "CLIFTON LETTINGS LTD CL-40723", "KRANICH UG
            # (haftungsbeschränkt)"; only another legal word may follow ("GMBH & CO KG").
            if i - 1 > start and toks[i - 1].kind == _WORD and (
                    toks[i - 1].norms[-1] in _NAME_ENDING_LEGAL or _dotted_legal(toks[i - 1])) and not all(
                    w in _LEGAL or w == "AND" for w in tok.norms):
                break
            letters += len(tok.raw)
        elif kind == _SMALL_NUMBER:
            pass
        elif kind == _DOMAIN:
            if i > start:
                break
            letters += len(tok.raw)
        elif kind == _STAR:
            if letters >= 3:
                break
        else:
            break
        i += 1
    # An honorific ("MRS A PATEL", "MME CLAIRE MARTIN") or a French legal form in front ("SAS HOTEL DES
    # CELESTINS") is no part of the name a bookkeeper writes.
    while start + 1 < i and toks[start].kind == _WORD and len(toks[start].norms) == 1 and _droppable_head(
            toks, start, i):
        start += 1
    kept = [j for j in range(start, i) if toks[j].kind != _STAR]
    trimmed = _trim_tail(toks, kept, cities=cities, guess=cities)
    if cities and len(kept) >= 3:
        trimmed |= _mixed_case_place(toks, kept)
    if not kept:
        return None
    if len(kept) >= 3 and (person := _person_end(toks, kept, two_surnames=two_surnames, surname_first=not cities)):
        del kept[person:]  # "J HOLMES MEMBER SHARES", "GIULIA CONTI TRADUCTION IT": the person, then a memo
    # Generic words before a company's legal form belong to its name ("INTEREST MEDIA LTD", "SERVICE MASTER
    # LLC"); purpose and reference words never do ("SALARY ACME LTD").
    if skipped < start and toks[kept[-1]].norms[-1] in _LEGAL and all(
            t.kind == _WORD and not any(w in _STOP_WORDS or w in _MONTHS or w in _CONNECTORS for w in t.norms)
            for t in toks[skipped:start]):
        start = skipped
    return _Span(region, start, kept[-1] + 1, frozenset(trimmed), processor)


# NACHA's company entry description (10 characters) in front of the company's name on some banks' ACH lines
# ("CORPORATE ACH HCCLAIMPMT DELTA DENTAL", "CORPORATE ACH INS PREM MEDPRO GROUP", "... UTIL PYMT DUQUESNE LIGHT").
_ACH_ENTRY_WORDS = _words("UTIL UTILITY UTILITIES INS INSUR PREM PREMIUM PREMIUMS PEST CTRL CLAIM CLAIMS EPAY EPMT "
                          "BILLPAY BILL DUES LEASE MTG MORTGAGE SVC SVCS COLLECTION COLL SUBSCR PURCH CHRG")
_ACH_ENTRY_ENDINGS = ("PMT", "PYMT", "PAYMT", "PAYMENT", "PAY")


def _mixed_case_place(toks: list[_Tok], kept: list[int]) -> set[int]:
    """A card descriptor's merchant in capitals, then its town as written ("BARK & BISCUIT BAK Collingswood"):
    the one or two capitalised words at the end are the place. In place; returns the popped indexes."""
    tail = 0
    while tail < 2 and tail + 2 < len(kept):
        raw = toks[kept[-1 - tail]].raw
        if not (toks[kept[-1 - tail]].kind == _WORD and raw[:1].isupper() and raw[1:].islower() and len(raw) >= 3):
            break
        tail += 1
    head = [toks[j] for j in kept[:len(kept) - tail]]
    if not tail or sum(t.kind == _WORD and t.raw.isupper() and len(t.raw) >= 2 for t in head) < 2 or any(
            t.kind == _WORD and not t.raw.isupper() and t.raw.upper() != t.raw.lower() for t in head):
        return set()
    return {kept.pop() for _ in range(tail)}


def _ach_entry_word(tok: _Tok) -> bool:
    if tok.kind != _WORD or len(tok.norms) != 1:
        return False
    word = tok.norms[0]
    return word in _ACH_ENTRY_WORDS or (6 <= len(word) <= 10 and word.endswith(_ACH_ENTRY_ENDINGS)
                                        and word not in _NOT_ENTRY_CODES)


_NOT_ENTRY_CODES = _words("PREPAY GOOGLEPAY APPLEPAY SAMSUNGPAY")
# NACHA entry descriptions printed alone after the company name on ACH lines ("UTILITY", "PREMIUM"): never the end of
# a name of two words or more there ("City of Dover Utilities" keeps its plural).
_TRAILING_ENTRY = frozenset((w,) for w in ("UTIL", "UTILITY", "PREM", "PREMIUM", "AUTOPAY", "AUTOPMT"))


def _cut_word(tok: _Tok, before: _Tok) -> bool:
    """`tok` is a word cut by a bank's field width ("ACCOUNTANC", "CITY COU"), not a word of its own."""
    if tok.kind != _WORD or len(tok.norms) != 1 or not tok.raw.isupper():
        return False
    word = tok.norms[0]
    return (word in _CUT_STOPS or (len(word) >= 5 and word in _CUT_LEGAL)
            or (before.kind == _WORD and f"{before.norms[-1]} {word}" in _PAIR_CUTS))
# Prepositions of the channel phrases of these languages: a lone "A" after them means "to", not an initial.
_A_MEANS_TO = _words("PAGO PAGAMENTO TRANSFERENCIA BIZUM BONIFICO ENVIO ORDEN TRASPASO ADEUDO RECIBO ABONO TRF "
                     "EMISSAO DOMICILIACION")


def _initial(toks: list[_Tok], i: int, region: int) -> bool:
    """A person's initial printed in front of the surname ("BP A KOWALCZYK WAGES", "FPI E BAILLIE FAMILY BIBLE"), not
    the connector "a" ("and" in Italian, Portuguese and Spanish, "E" and "Y", never opens a name)."""
    tok = toks[i]
    if tok.raw not in ("A", "E", "Y") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.kind != _WORD or len(nxt.raw) < 3 or _skippable(nxt) or not nxt.raw.isupper():
        return False
    if tok.raw != "A":
        return True
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is not None and after.kind == _WORD and not _skippable(after):
        return False  # "A" before a longer name: a connector or part of the name, as before
    return not any(n in _A_MEANS_TO for t in toks[:i] for n in t.norms)


_PREMISES = frozenset((w,) for w in ("UNIT", "FLAT", "SUITE", "APT", "APARTMENT", "STE", "LOT", "PLOT", "BAY"))
_SELF_BILL = frozenset((("BILL",), ("BILLING",), ("BILLED",)))
# Endings of German compound nouns that say what a payment is for (tuition, loan, fee, contribution, rent...), printed
# straight after the payer's name in a transfer's free text.
_PURPOSE_SUFFIXES = ("ENTGELT", "UNTERRICHT", "DARLEHEN", "ERZIEHUNG", "GEBUEHR", "GEBUHR", "BEITRAG", "BEITRAEGE",
                     "RECHNUNG", "ZAHLUNG", "HONORAR", "STUNDEN", "GEBUEHREN", "ERSTATTUNG")
# Places whose name is one word twice ("WALLA WALLA COUNTY"), unlike a company printed again ("ALLY ALLY PAYMT")
_DOUBLED_PLACES = _words("WALLA WAGGA BORA PAGO")
_NUMBER_LABELS = frozenset((("PO",), ("WK",)))
_CREDIT_MEMO = frozenset((("MEMO",), ("MEM",)))
_SOFT_STOPS = frozenset((("PAYMENTS",), ("RECEIPTS",), ("VENDOR",), ("PAYROL",), ("SUBSCRIPT",)))
_PURPOSE_HEADS = _words("BILL UTIL UTILITY WEB ACH EPAY AP SALES EXCISE WITHHOLDING AUTO INS LOAN CREDIT LEASE WC")
_PURPOSE_TAILS = frozenset((w,) for w in ("PAY", "PMT", "PYMT", "PAYMT", "PAYMENT", "PAYMNT", "DEBIT", "BILL", "TAX",
                                          "TAXES", "PREM", "BI", "BIL", "NOTE", "MEMO"))
_ACADEMIC_TITLES = _words("ING MUDR JUDR MGR BC PHDR RNDR MVDR PAEDDR DIPL")
_HONORIFICS = _words("MR MRS MS MISS MSTR MME MLLE MMES HERR FRAU HR FR DHR MEVR MEVROUW SR SRA SRTA SIG SIGRA "
                     "GEOM DOTT DOTTSSA AVV RAG")
# (Lithuanian UAB and VšĮ lead too, as do Latvian SIA, AAS and IK; and the Dutch foundation's "Stichting", which
# bookkeepers leave out)
_LEADING_LEGAL = _words("SAS SASU SARL EURL SNC SELARL SA NV BV UAB VSI STICHTING SIA AAS IK")
# Legal forms that end a name (not "AS", "SA", "AB" or "CO": words or places too).
_NAME_ENDING_LEGAL = _words("LTD LIMITED INC LLC LLP PLC CORP CORPORATION GMBH UG OHG BV NV SARL SAS SRL SPA LDA DOO "
                            "AE IKE EPE AEGA EOOD OOD EAD "
                            "LTDA PTY APS OY GBR KG SNC SL SLP SLU SAU EK UA ASBL VZW OYJ")


def _glued_repeat(toks: list[_Tok], start: int, i: int) -> bool:
    """`toks[i]` spells the words before it run together (whole or cut): the merchant's name printed twice."""
    word = toks[i].norms[0] if len(toks[i].norms) == 1 else ""
    if len(word) < 6 or not word.isalpha():
        return False
    glued = "".join(n for t in toks[start:i] if t.kind == _WORD for n in t.norms)
    return i - start >= 2 and (glued.startswith(word) or word.startswith(glued))


def _given_before_account(toks: list[_Tok], i: int) -> bool:
    """A month's name that is a given name: "PEETERS JAN BE23 4456 ...", the holder printed surname first, then the
    account number."""
    return (_given_name(toks[i].norms[0]) and i + 1 < len(toks) and toks[i + 1].kind == _REF
            and _IBAN_RAW.match(toks[i + 1].raw) is not None)


def _given_name(word: str) -> bool:
    """A common given name, or "JAN" (Dutch, Czech, Polish...), left out of them as January's short form."""
    return word in vendor_data.FIRST_NAMES or word == "JAN"


_IBAN_RAW = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")


def _tied_stop(toks: list[_Tok], i: int) -> bool:
    """A stop word that is part of the name: any word after "OF" ("CITY OF FT COLLINS": a town's "Fort", not
    Portuguese "fatura"); "ON" between two words of a name ("Music On Vinyl", "SOUTHEND ON SEA") ties
    them, where a date or number after it ("ME ON 07/04") would not."""
    if toks[i - 1].norms == ("OF",) and toks[i].norms[0].isalpha() and len(toks[i].norms) == 1:
        return True  # a name never ends in "of": "WA ST DEPT OF RE" (Revenue, cut), "CITY OF FT COLLINS"
    following = toks[i + 1] if i + 1 < len(toks) else None
    if following is None or following.kind != _WORD or not following.norms[0].isalpha():
        return False
    if toks[i].norms == ("ON",):
        return (len(following.norms[0]) >= 3 and following.norms != ("LINE",) and not _skippable(following)
                and toks[i - 1].kind == _WORD and not _skippable(toks[i - 1]))
    return False


def _person_initial(tok: _Tok) -> bool:
    return tok.kind == _WORD and len(tok.raw) == 1 and tok.raw.isalpha() and tok.raw.isupper()


def _surname(tok: _Tok) -> bool:
    """A word that can be a person's surname: letters only, no stop word, legal form or common business word."""
    if tok.kind != _WORD or len(tok.norms) != 1 or len(tok.norms[0]) < 2 or not tok.norms[0].isalpha():
        return False
    word = tok.norms[0]
    return (word not in NOT_A_NAME and word not in _LEGAL and word not in _BUSINESS_WORDS and word not in _COMPLETIONS
            and word not in _NAME_PARTICLES and word not in _PLACE_WORDS)


_PLACE_WORDS = _words("COUNTY VALLEY CITY BOROUGH DISTRICT TOWNSHIP")  # "OWEN COUNTY PEPPER FARM": a place


# Particles inside people's names ("MARIA DO CEU FERREIRA", "ANNA DELLA ROSA", "KAREN VANDEN HEUVEL"): the name goes
# on after them.
_NAME_PARTICLES = _words("DA DE DI DO DOS DAS DEL DELLA DELLO DELLE DES DU LA LE LO VAN VON DER DEN TEN TER Y E MC "
                         "MAC ST SAN SANTA VANDEN VANDER VANDE")
# Spanish and Portuguese bank lines, where people carry two surnames ("LAURA PUJOL ROCA" whatever her given name):
# one word after the first surname is the second one, not a memo.
# Dutch and Flemish transfer lines, where "DE", "TER" and "TEN" open surnames ("DE BOER KWEKERIJ")
_DUTCH_LINE = re.compile(r"(?i)\b(?:OVERSCHRIJVING|OVERBOEKING|INSTANTOVERSCHRIJVING|DOORLOPENDE OPDRACHT|INCASSO"
                         r"|NAAR|MEDEDELING|OMSCHRIJVING|BETAALAUTOMAAT|DOMICILIERING)\b")
_DUTCH_PARTICLES = frozenset((("DE",), ("TER",), ("TEN",)))
_IBERIAN_LINE = re.compile(r"(?i)\b(?:(?:TRANSFERENCIA|BIZUM|CONCEPTO|ORDENANTE|BENEFICIARIO|TRASPASO|PAGAMENTO"
                           r"|RECIBID[OA]|EMITID[OA]|RECIB|NOMINA|TRF SEPA|TRANSF)\b|TRANSF\.|TRF\.|CONC:|ORD:)")


def _person_end(toks: list[_Tok], kept: list[int], *, two_surnames: bool = False, surname_first: bool = False) \
        -> int | None:
    """Where a person's name ends when a memo follows it with no separator: how many of `kept` (token indexes) to keep.

    The name must open like a person's: initials ("J HOLMES MEMBER SHARES", "K ANDERSON THESIS BINDING") or one or
    two common given names ("GIULIA CONTI TRADUCTION IT"), then the surname (two for Spanish, Catalan and Portuguese
    given names: "JOSEP MARTI FERRER MEL"). What follows is the payer's memo, unless it carries a legal form or starts
    like a business named after its owner ("JOHN SMITH PLUMBING", "J BLOGGS & SONS", "GIULIA CONTI SRL"): those keep
    the longer name. None when the name does not open like a person's or nothing follows the surname."""
    words = [toks[j] for j in kept]
    if any(t.kind not in (_WORD, _SMALL_NUMBER) for t in words):
        return None
    if surname_first and (end := _surname_first_end(words, two_surnames)):
        return end
    k = 0
    while k < len(words) - 1 and _person_initial(words[k]):
        k += 1
    given = 0
    if not k:
        while given < 2 and k < len(words) - 1 and words[k].norms[0] in vendor_data.FIRST_NAMES and (
                len(words[k].norms) == 1 or all(n in vendor_data.FIRST_NAMES for n in words[k].norms)):  # JEAN-PAUL
            k += 1
            given += 1
        if not given:
            return None
        if k < len(words) - 2 and _person_initial(words[k]):
            k += 1  # a middle initial ("LINDA M HERSHEY")
    if not _surname(words[k]):
        return None
    k += 1
    surnames = 1
    if (given and (two_surnames or words[0].norms[0] in vendor_data.HISPANIC_FIRST_NAMES) and k < len(words)
            and _surname(words[k]) and words[k].norms[0] not in _MEMO_WORDS):
        k += 1  # the second surname
        surnames = 2
    tail = words[k:]
    if not tail or tail[0].kind != _WORD:
        return None
    if (len(tail) == 1 and surnames == 1 and tail[0].norms[0] not in _MEMO_WORDS and not _memo_compound(tail[0])
            and (not given or two_surnames or words[0].norms[0] in vendor_data.HISPANIC_FIRST_NAMES)):
        # one more word may be a second surname ("LAURA PUJOL ROCA") or an initial's surname ("J HOLMES SMITH"); after
        # another given name and a surname it is the payer's memo ("TASHA BRIGGS DEPO", "CAROLINE DENBY FARRIER")
        return None
    norms = [n for t in tail for n in t.norms]
    if norms[0] in _CONNECTORS or norms[0] in _BUSINESS_WORDS or norms[0] in _COMPLETIONS or any(
            n in _LEGAL or n in _BUSINESS_TAIL for n in norms) or (len(norms) == 2 and norms[1] in _BUSINESS_WORDS):
        return None
    return k


def _surname_first_end(words: list[_Tok], two_surnames: bool) -> int | None:
    """A transfer's holder printed surname first, then the memo ("MORALES RUIZ JAVIER RETRIBUCION ADMINISTRADOR",
    "LEFEVRE MARGAUX REMUNERATION GERANT"): how many words the person's name takes. The surnames (two on Spanish and
    Portuguese lines) are no given names and no words of a business's name; then one or two given names; then a memo
    that does not make it a business's name ("ROSSI MARCO IMPIANTI SRL")."""
    def given(tok: _Tok) -> bool:
        return tok.kind == _WORD and len(tok.norms) >= 1 and all(n in vendor_data.FIRST_NAMES for n in tok.norms)

    first = words[0]
    if not (_surname(first) and len(first.norms[0]) >= 3 and first.norms[0] not in vendor_data.FIRST_NAMES
            and first.norms[0] not in _NOT_SURNAMES):
        return None
    k = 1
    if two_surnames and len(words) > 3 and _surname(words[1]) and words[1].norms[0] not in _MEMO_WORDS and given(
            words[2]):
        k = 2  # (the second surname may be a given name too: "RUIZ DOMINGO ALBERTO")
    if not given(words[k]) or (k == 1 and two_surnames):
        return None  # (on a Spanish line, the two surnames or nothing)
    k += 1
    if k < len(words) - 1 and given(words[k]):
        k += 1  # "GARCIA LOPEZ MARIA JOSE"
    tail = [n for t in words[k:] for n in t.norms]
    if not tail or tail[0] in _CONNECTORS or tail[0] in _BUSINESS_WORDS or tail[0] in _COMPLETIONS or any(
            n in _LEGAL or n in _BUSINESS_TAIL for n in tail):
        return None
    return k


# Words that continue a business named after a person ("JOHN SMITH PLUMBING", "J BLOGGS & SONS", "ANNA ROSSI
# STUDIO"): after a person's name, they are the company's name, not a memo.
_BUSINESS_WORDS = _words(
    "SONS SON BROS BROTHERS PARTNERS PARTNERSHIP ASSOCIATES ASSOCIATE COMPANY GROUP HOLDINGS ENTERPRISES TRADING "
    "TRADERS SERVICES SERVICE SUPPLIES SUPPLY PLUMBING PLUMBERS ELECTRICAL ELECTRICS ELECTRICIANS BUILDERS BUILDING "
    "CONSTRUCTION CARPENTRY JOINERY ROOFING PAINTING DECORATING DECORATORS LANDSCAPING LANDSCAPES GARDENING GARDENS "
    "CLEANING CLEANERS CATERING CATERERS PHOTOGRAPHY PHOTO PHOTOS DESIGN DESIGNS CONSULTING CONSULTANCY CONSULTANTS "
    "ACCOUNTANTS ACCOUNTANCY ACCOUNTING BOOKKEEPING SOLICITORS LAW LEGAL ADVOCATEN NOTARIS DENTAL DENTIST CLINIC "
    "MOTORS GARAGE TRANSPORT HAULAGE LOGISTICS REMOVALS FARM FARMS BAKERY BAKERS BUTCHERS BUTCHER FLORIST FLOWERS "
    "HAIR HAIRDRESSING BEAUTY SALON STUDIO STUDIOS MEDIA ARCHITECTS ARCHITECT ARCHITECTURE ESTATES PROPERTIES "
    "PROPERTY LETTINGS HOMES INTERIORS TILING FLOORING GLAZING WINDOWS HEATING ENGINEERING ENGINEERS MACHINERY "
    "AGENCY SOLUTIONS SYSTEMS TECHNOLOGIES TECH MARKETING PRINT PRINTING PRINTERS FOODS WINES VINEYARDS ESTATE "
    "TRUST FOUNDATION FUND CHARITY PRACTICE SURGERY OPTICIANS PHARMACY VETS VETERINARY INSURANCE FINANCIAL "
    "FINANCE INVESTMENTS CAPITAL MANAGEMENT RECRUITMENT TRAINING ACADEMY SCHOOL COLLEGE NURSERY DAYCARE FITNESS "
    "STORE STORES SHOP SHOPS MARKET CAFE BAR RESTAURANT KITCHEN PUB INN HOTEL TAXIS TAXI CARS COACHES TOURS "
    "TRAVEL PRODUCTIONS EVENTS ENTERTAINMENT RECORDS FILMS PUBLISHING TRANSLATIONS "
    # the same in other languages ("GIULIA CONTI TRADUZIONI", "JEAN MARTIN PLOMBERIE")
    "FIGLI FRATELLI HIJOS HERMANOS FILS FRERES SOHNE SOEHNE ASSOCIES ASOCIADOS ASSOCIATI PLOMBERIE ELECTRICITE "
    "MENUISERIE BOULANGERIE BOUCHERIE TRAITEUR COIFFURE CONSEIL CONSEILS AVOCATS AVOCAT EXPERTISE CABINET STUDIO "
    "TRADUZIONI IDRAULICA ELETTRICISTA COSTRUZIONI RISTORANTE PANIFICIO FERRAMENTA ABOGADOS ASESORIA GESTORIA "
    "FONTANERIA CONSTRUCCIONES CARPINTERIA PELUQUERIA RESTAURANTE BAUUNTERNEHMEN MALEREI ELEKTRO SANITAER "
    "HAUSVERWALTUNG STEUERBERATUNG RECHTSANWALT RECHTSANWAELTE PRAXIS")
# Words anywhere in what follows a person's name that make it a business's ("JOHN LEWIS PARTNERSHIP PLC" has its
# legal form; "MARIA GARCIA Y ASOCIADOS").
_BUSINESS_TAIL = _words("SONS BROS BROTHERS PARTNERS ASSOCIATES ASOCIADOS ASSOCIATI ASSOCIES FIGLI HIJOS FILS")
# Memo words: never a second surname ("JOSE GARCIA LOPEZ" is a person, "JOSE GARCIA ALQUILER" pays rent).
_MEMO_WORDS = _words(
    "SHARES SHARE MEMBER MEMBERSHIP DEPOSIT BALANCE DEPOSITO SALDO FIANZA TRADUCTION TRANSLATION TRADUCCION "
    "LESSON LESSONS CLASES CLASS CLASSES COURS THESIS BINDING GIFT REGALO CADEAU EXPENSES GASTOS FRAIS LOAN "
    "PRESTAMO REPAY REPAYMENT REFUND DEVOLUCION REEMBOLSO REMBOURSEMENT SUPRIMENTOS ADIANT ADIANTAMENTO LUCROS "
    "KURS KURSE UNTERRICHT")


# German purposes are compounds ("Ausbildungsvergütung", "Mitgliedsbeitrag", "Werkstattmiete"): a long word with one
# of these endings after a person's name is the memo, never a second surname.
_MEMO_ENDINGS = ("VERGUTUNG", "VERGUETUNG", "BEITRAG", "MIETE", "RECHNUNG", "ZAHLUNG", "GEHALT", "HONORAR", "PRAMIE",
                 "PRAEMIE", "ERSTATTUNG", "AUSLAGEN")


def _memo_compound(tok: _Tok) -> bool:
    word = tok.norms[0] if len(tok.norms) == 1 else ""
    return len(word) >= 10 and word.endswith(_MEMO_ENDINGS)


def _dotted_legal(tok: _Tok) -> bool:
    """A legal form written with dots or a slash ("e.V.", "S.A.", "A/S", "S.S."): never a word of the name, so it ends
    the name even where the bare letters could be a word ("AS", "SA")."""
    return ("." in tok.raw or "/" in tok.raw) and "".join(tok.norms) in _DOTTED_LEGAL


_DOTTED_LEGAL = _words("EV SA AS AB AG NV BV SS SAS SPA SRL SL SC SCARL SCRL SNC DD ZOO")


def _droppable_head(toks: list[_Tok], start: int, end: int) -> bool:
    word = toks[start].norms[0]
    rest = [t for t in toks[start + 1:end] if t.kind == _WORD]
    if word in _HONORIFICS or word in _LEADING_LEGAL:
        return bool(rest)
    if rest and ((word == "SOC" and rest[0].norms[0] in ("AGR", "COOP")) or (
            word in ("AGR", "COOP") and start > 0 and toks[start - 1].norms == ("SOC",))):
        return True  # an Italian agricultural company or cooperative in front ("SOC. AGR. LE COSTE S.S.")
    if word in _ACADEMIC_TITLES and not toks[start].raw.isupper():
        return bool(rest)  # Slovak and Czech degrees before a name ("Ing. Lucia Mrazikova", "MUDr. Eva Simkova")
    # French "M LUCAS BERNARD" (Monsieur); a lone "M" before one word is an initial ("M SMITH").
    # Not an initial, surname and memo ("M FLETCHER MEMBER SHARES").
    return (word == "M" and toks[start].raw in ("M", "M.") and len(rest) >= 2 and all(len(t.raw) > 1 for t in rest)
            and not _initial_before_particle(toks[start], rest[0])
            and _person_end(toks, [j for j in range(start, end) if toks[j].kind != _STAR]) is None)


def _places(toks: list[_Tok], span: _Span | None) -> frozenset[int] | set[int]:
    """Tokens the cleaned text leaves out although they are words: the name's trimmed place names, a
    processor prefix, and place names ending any part ("TESCO STORES 3297 LONDON GB")."""
    last = next((j for j in range(len(toks) - 1, -1, -1) if toks[j].kind == _WORD), None)
    tail: set[int] = set()
    if last is not None and (span is None or last >= span.end) and toks[last].norms[-1] in _PLACE_ENDINGS:
        words = [j for j in range(span.end if span else 0, last + 1) if toks[j].kind == _WORD]
        tail = _trim_tail(toks, [span.start, *words] if span else words)
    if span is None:
        return tail
    if span.processor is not None:
        tail.add(span.processor)
    return span.places | tail if tail else span.places


def _trim_tail(toks: list[_Tok], kept: list[int], *, cities: bool = True, guess: bool = False) -> set[int]:
    """Pop place names ("LONDON GB", "San Francisco CA"), stray small numbers and connectors off the end of
    `kept` (token indexes), never its first token. Returns the popped indexes. `cities=False` keeps city
    names (a transfer's explicit name field: "Teehandelskontor Bremen"); `guess` also pops an unknown city
    in front of a US state code ("GULF COAST PROPANE DEL VALLE TX")."""
    trimmed: set[int] = set()
    after_state = False
    while len(kept) > 1:
        last = toks[kept[-1]]
        norms = last.norms
        if last.kind == _SMALL_NUMBER or (len(norms) == 1 and norms[0] in _CONNECTORS):
            trimmed.add(kept.pop())
            continue
        if len(norms) == 1 and norms[0] in vendor_data.COUNTRIES and last.raw.isupper():
            trimmed.add(kept.pop())
            continue
        if (len(norms) == 1 and norms[0] in vendor_data.US_STATES and len(kept) >= 3 and last.raw.isupper()
                and toks[kept[-2]].norms[-1:] not in (("AND",), ())
                and (norms[0] not in _WORDLIKE_STATES or _trailing_city(toks, kept[:-1])
                     or _card_follows(toks, kept[-1]))):
            trimmed.add(kept.pop())
            after_state = True
            continue
        city = (_trailing_city(toks, kept) or _french_place(toks, kept)) if cities else 0
        if not city and after_state and guess:
            city = _unknown_city(toks, kept)
        after_state = False
        if city:
            for _ in range(city):
                trimmed.add(kept.pop())
            continue
        break
    return trimmed


def _card_follows(toks: list[_Tok], i: int) -> bool:
    """The card's number follows: "... SEARSPORT ME CARD 4425" ends in a state, however much "ME" is a word too."""
    return i + 2 < len(toks) and toks[i + 1].norms == ("CARD",) and toks[i + 2].kind in (_NUMBER, _SMALL_NUMBER,
                                                                                       _REF)


# First words of two-word US place names ("DEL VALLE", "SAN MARCOS", "FORT MILL", "NORTH BERGEN").
_CITY_HEADS = _words("SAN SANTA SANTO LOS LAS EL DEL LA LE ST SAINT STE FORT FT PORT MOUNT MT NEW NORTH SOUTH EAST "
                     "WEST LAKE PALM CEDAR GRAND GREAT GLEN BATTLE CORAL ROUND BLUE CAPE CHERRY COLLEGE CORPUS")


def _unknown_city(toks: list[_Tok], kept: list[int]) -> int:
    """How many tokens at the end of `kept` (a card descriptor's name, its state code just popped) are a city
    no list knows. US card descriptors print the merchant, then the city, then the state: after a store
    number ("BUC-EE'S #22 BASTROP") every word up to the state is the city; otherwise the last word, or the
    last two when the first is a typical city head ("DEL VALLE", "SAN MARCOS"), as long as two words of the
    name stay ("LONE STAR REFRIGERATION PFLUGERVILLE" -> Lone Star Refrigeration)."""
    for k in range(len(kept) - 1, 0, -1):
        if toks[kept[k]].kind == _SMALL_NUMBER:
            tail = len(kept) - 1 - k
            return tail if 1 <= tail <= 3 and all(toks[j].kind == _WORD for j in kept[k + 1:]) else 0
    words = [j for j in kept if toks[j].kind == _WORD]
    if len(words) != len(kept) or toks[kept[-1]].norms[-1] in _CONNECTORS:
        return 0
    size = 2 if len(words) >= 4 and toks[kept[-2]].norms == (toks[kept[-2]].norms[0],) and (
        toks[kept[-2]].norms[0] in _CITY_HEADS) else 1
    if toks[words[-size - 1]].norms[-1] in _PLACE_GUARD:
        return 0  # "CITY OF AUSTIN TX"
    return size if len(words) - size >= 2 else 0


_PLACE_LINKS = _words("SUR EN SOUS")
_SAINTS = _words("SAINT ST STE SAINTE")


def _french_place(toks: list[_Tok], kept: list[int]) -> int:
    """Tokens of a French compound place name ending a card descriptor no list knows: "<X> SUR|EN|SOUS <Y>",
    optionally after "SAINT" ("SAINT GERMAIN EN LAYE"), or one hyphenated token of that shape
    ("BOULOGNE-SUR-MER"). Two tokens of the name must stay."""
    last = toks[kept[-1]]
    if last.kind != _WORD:
        return 0
    if len(last.norms) >= 3 and (last.norms[1] in _PLACE_LINKS or last.norms[0] in _SAINTS):
        return 1 if len(kept) >= 3 else 0
    if len(kept) < 5 or len(last.norms) != 1:
        return 0
    link, head = toks[kept[-2]], toks[kept[-3]]
    if link.kind != _WORD or link.norms != (link.norms[0],) or link.norms[0] not in _PLACE_LINKS or head.kind != _WORD:
        return 0
    size = 3 + (toks[kept[-4]].kind == _WORD and toks[kept[-4]].norms[-1] in _SAINTS)
    return size if len(kept) - size >= 2 else 0


def _trailing_city(toks: list[_Tok], kept: list[int]) -> int:
    words = [n for j in kept for n in toks[j].norms]
    for size in _CITY_LENGTHS:
        if size < len(words) and tuple(words[-size:]) in _CITY_WORDS:
            if words[-size - 1] in _PLACE_GUARD:
                return 0
            # the city's words as tokens (a token may hold two words: "Frankfurt/M" is one)
            count, total = 0, 0
            for j in reversed(kept):
                total += len(toks[j].norms)
                count += 1
                if total >= size:
                    break
            return count if total == size and count < len(kept) else 0
    return 0


def _bank_line(toks: list[_Tok]) -> bool:
    """A name that opens like the bank's own line ("Diversen: Kosten Zakelijk Betalen Pakket"), after words skipped
    in front of it; not when it carries a company's legal form."""
    norms = [n for t in toks for n in t.norms]
    if not norms:
        return False
    first = norms[0]
    return (first in _BANK_LINE_WORDS or first.startswith(_BANK_LINE_STEMS)) and not any(n in _LEGAL for n in norms[1:])


def _names_nobody(toks: list[_Tok]) -> bool:
    norms = [n for t in toks for n in t.norms]
    if not norms:
        return True
    if all(n in _NOBODY or n in _STOP_WORDS or n in _MONTHS for n in norms):
        return True
    first = norms[0]
    if first in _BANK_LINE_WORDS or first.startswith(_BANK_LINE_STEMS) or (
            len(norms) == 1 and first.endswith(_BANK_LINE_SUFFIXES)):
        return not any(n in _LEGAL for n in norms[1:])
    return False


def _brand(domain: str) -> str:
    parts = [p for p in domain.split(".") if p]
    while len(parts) > 1 and parts[0].upper() == "WWW":
        parts.pop(0)
    while len(parts) > 1 and parts[-1].upper() in _TLDS:
        parts.pop()
    return parts[-1] if parts else domain


# --------------------------------------------------------------------------- display

# Short words kept upper case in display names (other all-caps words are title-cased).
_ACRONYMS = _words(
    "AWS IBM HMRC IRS UPS USPS DHL BP BT EE HP ADP AXA EDF SSE TSB HSBC RBS ATM USA UK EU IT HR CPA BMW ABC TV "
    "DVLA NHS BBC CVS KFC NYC TNT GLS DPD SNCF KLM TAP RATP BVG MVG HVV VAT PAYE ATT AT&T PG&E B&Q M&S H&M P&O "
    "IKEA GEICO AOK DAK KPN SFR EDP ENI OMV BKW EWZ RWE EWE VHV HDI LVM DEVK MAIF MACIF MAAF MMA FBTO QBE RSA ITV "
    "NFU RAC AA TFL MTA CRA ATO ESTV URSSAF DGFIP AEAT IP II III IV API SEO PR HOA YMCA YWCA NCP RNLI"
)
_LEGAL_DISPLAY = {
    "LTD": "Ltd", "LIMITED": "Limited", "INC": "Inc", "CORP": "Corp", "CO": "Co", "GMBH": "GmbH", "GBR": "GbR",
    "SPA": "SpA", "APS": "ApS", "OY": "Oy", "PTY": "Pty", "LDA": "Lda", "LTDA": "Ltda", "EV": "e.V.",
    "BV": "BV", "NV": "NV", "AG": "AG", "KG": "KG", "UG": "UG", "SA": "SA", "SAS": "SAS", "SARL": "SARL",
    "SRL": "SRL", "SL": "SL", "AB": "AB", "AS": "AS", "LLC": "LLC", "LLP": "LLP", "PLC": "PLC", "LP": "LP",
}
_SMALL_WORDS = _words("a an and of the de du des la le der die das von van und et y for at on in to del della di dei")
_APOSTROPHES = "'\u2019"
_VOWELS = frozenset("AEIOUYÄÖÜÉÈÀÁÍÓÚ")
_NOT_ACRONYMS = _words("MR MRS MS DR ST MT FT JR SR LN RD BLVD PL CT HWY PKWY SQ")


def _display(toks: list[_Tok], *, german: bool = False, transfer: bool = False) -> str | None:
    raws = []
    for t in toks:
        if t.kind == _STAR:
            continue
        raws.append(_brand(t.raw) if t.kind == _DOMAIN else t.raw)
    if not raws:
        return None
    _drop_owner(raws)
    _drop_own_initials(raws)
    # Legal forms written out in words ("SOCIETA' AGRICOLA S.S.", "COOP. V."): no part of the name a bookkeeper writes
    for phrase in _LEGAL_PHRASES:
        if len(raws) > len(phrase) + (raws[-1].upper().replace(".", "") in _DOTTED_KEPT_LEGAL) and normalise_words(
                " ".join(raws[-len(phrase):] if "." not in raws[-1] else raws[-len(phrase) - 1:-1])) == phrase:
            del raws[-len(phrase) - ("." in raws[-1]):]
            break
    # A professional firm's trade after its name ("CABINET FOURNIER EXPERTISE COMPTABLE", "STUDIO BIANCHI
    # COMMERCIALISTI ASSOCIATI"): the firm is "Cabinet Fournier"
    if len(raws) >= 3 and raws[0].upper() in _FIRM_HEADS:
        for phrase in _FIRM_TRADES:
            if len(raws) >= len(phrase) + 2 and normalise_words(" ".join(raws[-len(phrase):])) == phrase:
                del raws[-len(phrase):]
                break
    # A name cut off by the bank's field length: a legal form's first letters go ("HARBOR & PINE IN"), a cut
    # common word is written out ("BRISTOL CITY COUNCI" -> Council).
    if ((len(raws) >= 3 or (len(raws) == 2 and len(raws[-1]) >= 5)) and raws[-1].upper() in _CUT_LEGAL
            and raws[-1].isupper()):
        raws.pop()
    # A council's name cut after its first letter ("CITY OF EDINBURGH C", "PERTH COUNTY C")
    if len(raws) >= 3 and raws[-1] == "C" and (raws[0].upper() in _COUNCIL_HEADS or raws[-2].upper() in _COUNCIL_HEADS):
        raws[-1] = "COUNCIL"
    # One letter left of a word the field width cut ("OLENTANGY PRETZEL C"): not a person's initial, which UK banks
    # print after a single surname ("THOMPSON J") and nobody prints after two words.
    if len(raws) >= 3 and len(raws[-1]) == 1 and raws[-1].isalpha() and raws[-1].isupper() and raws[-2].isupper() and (
            len(raws[-2]) > 1 and len(raws[-3]) > 1):
        raws.pop()
    # A group's national company ("GETYOURGUIDE DEUTSCHLAND GMBH", "ACME FRANCE SAS", "ESSILOR BELUX"): the brand
    # before the country, as bookkeepers write it ("Orange" for Orange Belgium); not "Bank of Ireland".
    legal = len(raws)
    while legal > 1 and (norms := normalise_words(raws[legal - 1])) and (
            norms[-1] in _LEGAL or "".join(norms) in _KEPT_LEGAL):
        legal -= 1
    if (legal >= 2 and normalise_words(raws[legal - 1]) in _SUBSIDIARY_COUNTRIES
            and raws[legal - 2].upper() not in _CONNECTORS
            and not (legal == 2 and raws[0].upper() in _BUSINESS_WORDS)):  # "Finance Ireland" is no "Finance"
        raws = raws[:legal - 1]
    # Legal forms the matching key would keep (Italian SNC, Spanish S.L.P./S.A.U.): dropped here, as bookkeepers
    # do, so the key of "ACME SNC" is the key of "Acme".
    if len(raws) >= 2 and (raws[-1].upper().replace(".", "") in _KEPT_LEGAL or (
            "." in raws[-1] and raws[-1].upper().replace(".", "") in _DOTTED_KEPT_LEGAL)):
        raws.pop()
    # Mixed case too when the name fills NACHA's 16-character company-name field ("Oakline Architec").
    if len(raws) >= 2 and (raws[-1].isupper() or sum(map(len, raws)) + len(raws) - 1 == _ACH_NAME_WIDTH):
        last = raws[-1].upper()
        full = _COMPLETIONS.get(last) or _COMPLETIONS.get(f"{raws[-2].upper()} {last}")
        if full and not (last in _CUT_WORDS_SPELT and _person_head(raws[:-1])):
            raws[-1] = full  # (but "JOHN BAKER" and "T SHARP" are people, not a bakery or a sharpening shop)
    _expand_abbreviations(raws)
    if len(raws) == 3 and _bulgarian_patronymic(raws):
        del raws[1]  # "ИВАН ПЕТРОВ КОЛЕВ": given name, father's name, surname; a bookkeeper writes "Иван Колев"
    text = " ".join(raws)
    uniform = text.isupper() or text.islower() or text.upper() == text.lower()  # all one case, or none
    # Surname first, initials last, as UK banks print people ("THOMPSON J"): a bookkeeper writes "J Thompson".
    # So is a given name after the surname on a transfer ("ROSSI MARCO"; a card line's "CENTRA DOUGLAS" is a shop and
    # its town).
    initials_last = (len(raws) >= 2 and text.isupper() and raws[0].isalpha() and len(raws[0]) >= 2
                     and raws[0].upper() not in _ACRONYMS and all(len(r) == 1 and r.isalpha() for r in raws[1:]))
    lead = 1 if initials_last else _surname_first(raws) if transfer or _greek_surname(raws[0]) else 0
    raws = raws[lead:] + raws[:lead]
    words = []
    for i, raw in enumerate(raws):
        word = _title(raw, i == 0) if uniform or raw.isupper() else raw
        words.append(_umlauts(word) if german else word)
    return without_legal_form(" ".join(words))


def _greek_surname(word: str) -> bool:
    """A Greek or Cypriot surname in the genitive ("GEORGIOU", "ΧΡΙΣΤΟΔΟΥΛΟΥ"): first on any line that prints it."""
    return len(word) >= 6 and _fold(word.upper()).endswith("OU")


_PATRONYMIC = ("OV", "EV", "OVA", "EVA")


def _bulgarian_patronymic(raws: list[str]) -> bool:
    """Three Cyrillic words: a given name, then a father's name and a surname both ending as Bulgarian ones do."""
    if not all(r.isalpha() and not r.isascii() and _fold(r[:1]) != r[:1] for r in raws):
        return False
    given, father, surname = (_fold(r.upper()) for r in raws)
    return (not given.endswith(_PATRONYMIC) and father.endswith(_PATRONYMIC)
            and surname.endswith((*_PATRONYMIC, "SKI", "SKA", "IN", "INA")))


def _drop_own_initials(raws: list[str]) -> None:
    """In place: what US ACH lines print after a company's name that only repeats it, its initials ("GM FINANCIAL
    GMF", "WISCONSIN PUBLIC WPS") or an insurer's premium ("ACUITY PREMIUM", "CNA INSURANCE PREMIUM")."""
    if len(raws) < 2:
        return
    last = raws[-1]
    if last.upper() in ("PREMIUM", "PREMIUMS"):
        raws.pop()
        return
    if "." in last and len(raws[-2]) >= 4 and raws[-2].upper() in last.upper():
        raws.pop()  # the company's web address, cut ("BRIGHTWHEEL MYBRIGHTWHEEL.C")
        return
    if not (last.isupper() and last.isalpha() and 2 <= len(last) <= 5) or (
            last in _LEGAL or last in _NAME_ENDING_LEGAL or last in _KEPT_LEGAL):
        return  # ("STUDIO ROSSI SRL": a legal form, not initials)
    # the letters, in order, of the words before (an acronym counts whole: "GM" + "F"inancial)
    heads = "".join(w if w.isupper() and len(w) <= 3 and not any(c in "AEIOU" for c in w[1:]) else w[0]
                    for w in raws[:-1] if w[:1].isalpha()).upper()
    if (len(last) >= 3 and heads.startswith(last[:-1]) and len(last[:-1]) >= 2) or last == heads:
        raws.pop()


def _drop_owner(raws: list[str]) -> None:
    """In place: the owner Italian sole traders and partnerships print after their name ("ACETAIA VECCHIA CORTE DI
    LUGLI M.", "OSTERIA LA SECCHIA SNC DI ROSSI G. & C.", "TRATTORIA IL FANTINO DI MONARI LUCA") is no part of the name
    a bookkeeper writes; "EVENTI LAGO DI GARDA S.R.L." keeps its place."""
    end = len(raws)
    while end > 3 and raws[end - 1].upper().rstrip(".") in ("C", "&"):
        end -= 1
    if end < 4 or raws[end - 3].upper() != "DI" or not raws[end - 2].isalpha() or len(raws[end - 2]) < 2:
        return
    given = raws[end - 1].rstrip(".")
    if (len(given) == 1 and given.isalpha()) or given.upper() in vendor_data.FIRST_NAMES:
        del raws[end - 3:]


_SURNAME_PARTICLES = _words("VAN VON DE DER DEN TER TEN VER DI DA DEL DELLA DU LE LA")


def _surname_first(raws: list[str]) -> int:
    """A person printed surname first ("ROSSI MARCO", "Hofmeister, Stefan", "GOMEZ PARDO ALEJANDRO", as Italian,
    German and Spanish banks print account holders): a bookkeeper writes "Marco Rossi", "Alejandro Gomez Pardo".
    How many surnames lead (0: none): one, or two before a Spanish or Portuguese given name; then one or two common
    given names. The first word is no given name, nor a word that opens or ends a business's name ("PIZZERIA
    MARIO", "VILLA MARIA", "STUDIO LUCA")."""
    if not 2 <= len(raws) <= 4 or not all(r.replace("-", "").isalpha() and len(r) >= 2 for r in raws):
        return 0
    words = [r.upper() for r in raws]
    if not "".join(words).isascii():
        words = [_fold(w) for w in words]  # ("ΠΑΠΑΔΑΚΗΣ ΝΙΚΟΛΑΟΣ": by its Latin letters)
    def given(word: str) -> bool:  # (a double given name too: "HOFFMANN JEAN-PAUL")
        return all(_given_name(part) for part in word.split("-"))

    particles = 0
    while particles < len(words) - 2 and words[particles] in _SURNAME_PARTICLES:
        particles += 1
    if particles and len(words) - particles == 2 and given(words[-1]) and not given(words[-2]):
        return len(words) - 1  # "VAN HECKE PIETER", "VAN DEN BERG ANNA": the particles go with the surname
    first = words[0]
    if (first in vendor_data.FIRST_NAMES or len(first) < 3 or first in _NOT_SURNAMES or first in _ACRONYMS
            or first in _COMPLETIONS or first in COMPLETED_WORDS):
        return 0

    if len(words) >= 3 and words[2] in vendor_data.HISPANIC_FIRST_NAMES and words[1] not in _NOT_SURNAMES and (
            len(words) == 3 or given(words[3])):
        return 2  # "RUIZ DOMINGO ALBERTO": two surnames, whatever the second could be
    return 1 if all(given(w) for w in words[1:]) and len(words) <= 3 else 0


def _person_head(raws: list[str]) -> bool:
    """The words in front of a surname are a person's: initials, or one or two common given names."""
    words = [normalise_words(r) for r in raws]
    return 1 <= len(words) <= 2 and all(len(w) == 1 for w in words) and (
        all(len(w[0]) == 1 and w[0].isalpha() for w in words) or all(w[0] in vendor_data.FIRST_NAMES for w in words))


# Abbreviations banks print for common words of names, written out as a bookkeeper does ("BRIGHTON RD PROPERTIES",
# "MN DEPT OF REVENUE"): only unambiguous ones, and never as a name's first word.
_ABBREVIATIONS = {"DIV": "DIVISION", "INS": "INSURANCE", "NATL": "NATIONAL", "RD": "ROAD", "UNI": "UNIVERSITY",
                  "MTN": "MOUNTAIN", "AVE": "AVENUE", "PKWY": "PARKWAY", "BLVD": "BOULEVARD",
                  "HWY": "HIGHWAY", "DEPT": "DEPARTMENT", "MGMT": "MANAGEMENT", "SVCS": "SERVICES",
                  "INTL": "INTERNATIONAL", "TWP": "TOWNSHIP", "GOVT": "GOVERNMENT", "UNIV": "UNIVERSITY",
                  "PROD": "PRODUCTS", "PRODS": "PRODUCTS", "ASSN": "ASSOCIATION", "FT": "FORT", "ENT": "ENTERPRISES"}


def _expand_abbreviations(raws: list[str]) -> None:
    """In place: abbreviations after the first word written out; a US state code in front of a department named
    ("MN DEPT OF REVENUE" -> MINNESOTA DEPARTMENT OF REVENUE)."""
    for k in range(1, len(raws)):
        raw = raws[k].rstrip(".")
        full = _ABBREVIATIONS.get(raw) if raw.isupper() else None
        if full:
            raws[k] = full
    if len(raws) >= 3 and raws[0] == "UNIV" and raws[1] == "OF":
        raws[0] = "UNIVERSITY"  # "UNIV OF UTAH": the one first word written out, before "of"
    for k in range(len(raws) - 2, 0, -1):
        # "OH DEPT TAXATION", "NC DEPT REVENUE": the department of it, as written out
        if raws[k] in ("DEPARTMENT", "DIVISION") and raws[k + 1].isupper() and raws[k + 1] not in ("OF", "&"):
            raws.insert(k + 1, "OF")
    if len(raws) >= 2 and raws[0] in vendor_data.US_STATE_NAMES and raws[1] in _STATE_OFFICES:
        # "IL SOS ANNUAL REPORT", "AR DFA SALES TAX": the state's office, written out
        raws[1:2] = _STATE_OFFICES[raws[1]].split()
    if len(raws) >= 2 and raws[0].isupper() and raws[1] in _STATE_BODIES and (
            len(raws) >= 3 or raws[1] != "DEPARTMENT"):
        state = vendor_data.US_STATE_NAMES.get(raws[0])
        if state:
            raws[0:1] = state.upper().split()  # ("NEW JERSEY": two words, each capitalised)


# What a US state code in front names: "ME REVENUE SVCS", "CO SECRETARY OF STATE", "MN DEPT OF REVENUE"
_STATE_BODIES = _words("DEPARTMENT REVENUE TAXATION SECRETARY COMPTROLLER BUREAU TREASURER")
_STATE_OFFICES = {"SOS": "SECRETARY OF STATE", "DFA": "DEPARTMENT OF FINANCE AND ADMINISTRATION",
                  "DOR": "DEPARTMENT OF REVENUE"}
_ACH_NAME_WIDTH = 16
_COUNCIL_HEADS = _words("CITY COUNTY BOROUGH DISTRICT")
_FIRM_HEADS = _words("CABINET STUDIO ETUDE")
_FIRM_TRADES = tuple(tuple(p.split()) for p in (
    "EXPERTISE COMPTABLE", "EXPERTS COMPTABLES", "EXPERT COMPTABLE", "COMMERCIALISTI ASSOCIATI", "COMMERCIALISTI",
    "AVOCATS ASSOCIES", "AVOCATS", "NOTAIRES ASSOCIES", "AVVOCATI ASSOCIATI", "LEGALE ASSOCIATO", "ASSOCIATO"))
_SUBSIDIARY_COUNTRIES = frozenset((w,) for w in _words(
    "DEUTSCHLAND GERMANY FRANCE ESPANA SPAIN ITALIA ITALY NEDERLAND NETHERLANDS BELGIUM BELGIE BELGIQUE IRELAND "
    "EUROPE OSTERREICH OESTERREICH AUSTRIA PORTUGAL SCHWEIZ SUISSE UK GB USA US IBERIA BENELUX BELUX LUXEMBOURG "
    "EESTI ESTONIA LATVIJA LATVIA LIETUVA LITHUANIA SLOVENSKO SLOVAKIA CESKO CZECH POLSKA POLAND MAGYARORSZAG "
    "HUNGARY ROMANIA SUOMI FINLAND SVERIGE SWEDEN NORGE NORWAY DANMARK DENMARK SLOVENIJA SLOVENIA HRVATSKA CROATIA "
    "BULGARIA HELLAS GREECE"))
_KEPT_LEGAL = _words("SNC SLP SLU SAU SCS SCRL EK VOF ASBL VZW SAT A/S NA")
_DOTTED_KEPT_LEGAL = _words("SS SSD SC")  # only when written with dots ("S.S.": the Italian società semplice)
# Words that open or end businesses' names, never a surname in front of a given name ("CAFE SOPHIE", "HOTEL MARIA",
# "GOLDEN ROSE"): the keyword table's words and the name-ending words.
_NOT_SURNAMES = _words(" ".join(re.findall(r"[A-Z]+", vendor_data.KEYWORDS))) | _BUSINESS_WORDS | _BUSINESS_TAIL | (
    _NAME_PARTICLES | _FIRM_HEADS | _COUNCIL_HEADS | _CITY_HEADS | _words(
        "VILLA CASA CHEZ CASE HAUS MAISON BAR CAFE STUDIO SALON ATELIER GOLDEN ROYAL SAINT SANTA SAN LITTLE BIG OLD NEW"
        " BLUE RED GREEN BLACK WHITE WILD HOUSE HOME TEAM CLUB"))
_LEGAL_PHRASES = tuple(tuple(p.split()) for p in (
    "SOCIETA AGRICOLA", "SOCIETA SEMPLICE", "SOCIETA COOPERATIVA", "SOC COOP AGRICOLA", "SOC COOP", "COOP V",
    "S COOP", "SOCIEDAD COOPERATIVA",
    # German limited partnerships with a company as partner ("badenova AG & Co. KG", "Häfele SE und Co KG"), the
    # Italian cooperative ("S.C. A R.L.")
    "SE UND CO KG", "SE CO KG", "AG UND CO KG", "AG CO KG", "GMBH UND CO KG", "GMBH CO KG", "SE", "S C A R L",
    "SC A R L", "SCARL"))
# Legal forms cut by a field length ("INC" -> "IN"), dropped at the end of a name of three or more tokens.
_CUT_LEGAL = _words("L IN LL LT LIM LIMI LIMIT LIMITE GMB CORPORA CORPORAT CORPORATI INCORPORA")
# Common words of business names as banks cut them at their field length (Lloyds ~18 characters, ACH 16):
# only cuts no other common word starts with, and well-known abbreviations.
_COMPLETIONS: dict[str, str] = {}
for _full in ("COUNCIL", "MANAGEMENT", "ASSOCIATES", "ASSOCIATION", "CONSTRUCTION", "ENGINEERING", "PROPERTIES",
              "ACCOUNTANTS", "DEVELOPMENT", "DISTRIBUTION", "ENTERPRISES", "INDUSTRIES", "HOLDINGS", "LOGISTICS",
              "MAINTENANCE", "PHOTOGRAPHY", "INTERNATIONAL", "TECHNOLOGIES", "SOLUTIONS", "COMMUNICATIONS",
              "ELECTRICAL", "PLUMBING", "INSURANCE", "LETTINGS", "LANDSCAPING", "RESTAURANT", "UNIVERSITY",
              "SECURITIES", "ARCHITECTURE", "HOSPITALITY", "WHOLESALE", "TRANSPORT", "FOUNDATION", "PAYROLL",
              "BREWING", "BOOKKEEPING", "REFRIGERATION", "DAYCARE", "RENTALS", "BAKERY", "SHARPENING",
              "ACCOUNTANCY", "HEATING", "ROOFING", "FLOORING", "PLASTERING", "AUTOMOTIVE", "VETERINARY", "GROUP",
              "SUPPLY", "DISTILLERY", "PRINTWORKS", "IRELAND", "LABORATORIES", "NUTRITION", "ANALYTICS", "DIAGNOSTICS",
              "REVENUE", "COMMONS", "CREMATION", "PRODUCTS", "BOOKBINDERS", "ARCHITECTS", "HOSPITAL", "LIBRARY",
              "HEALTH", "SERVICE", "DISPOSAL", "BAKEHOUSE", "STORAGE", "PHARMACY", "OPTICIANS", "SURVEYORS",
              "SOLICITORS", "RECRUITMENT", "VETERINARIANS", "ORTHODONTICS", "CHIROPRACTIC"):
    for _cut in range(5, len(_full)):
        _COMPLETIONS.setdefault(_full[:_cut], _full)
for _a, _b in (("ARCHITECT", "ARCHITECTS"), ("ASSOCIAT", "ASSOCIATES"), ("ASSOCIATI", None), ("ASSOC", "ASSOCIATES"),
               ("CONSTRUCT", None), ("DISTRIBUT", None), ("INTERNATIONA", "INTERNATIONAL"), ("TRANSPOR", None),
               ("WHOLES", None), ("PROPER", None), ("PROPERT", None), ("PLUMB", None), ("SOLUT", None),
               ("FOUND", None), ("FOUNDA", None), ("HOLDI", None), ("ENGIN", None), ("ENGINE", None),
               ("ELECT", None), ("ELECTR", None), ("INSUR", None), ("LETTI", None), ("COUNC", "COUNCIL"),
               # a utility's "ELECTRIC" is a word ("OZARKS ELECTRIC UTIL PMT"), and its cut at 16 ("FLATHEAD ELECTRI")
               ("ELECTRIC", None), ("ELECTRI", "ELECTRIC"), ("ELECTRICA", None)):
    if _b is None:
        _COMPLETIONS.pop(_a, None)  # a word in its own right, or the start of several
    else:
        _COMPLETIONS[_a] = _b
_COMPLETIONS.update({"MGMT": "MANAGEMENT", "MGT": "MANAGEMENT", "SVCS": "SERVICES", "SERVS": "SERVICES",
                     "INTL": "INTERNATIONAL", "PROPERTY MAN": "MANAGEMENT",
                     "PROPERTY MGMT": "MANAGEMENT", "PROPERTY M": "MANAGEMENT", "PROP": "PROPERTIES",
                     "ACCTS": "ACCOUNTANTS", "ASSO": "ASSOCIATES", "BAK": "BAKERY",
                     "NATURAL G": "GAS", "NATURAL GA": "GAS", "CITY CO": "COUNCIL", "COUNTY CO": "COUNCIL",
                     "GROU": "GROUP", "SUPP": "SUPPLY", "PEST CO": "CONTROL", "PEST CON": "CONTROL",
                     "PEST CONT": "CONTROL", "PEST CONTR": "CONTROL", "PEST CONTRO": "CONTROL"})
_COMPLETIONS.update({"CITY COU": "COUNCIL", "CITY COUN": "COUNCIL", "COUNTY COU": "COUNCIL", "COUNTY COUN": "COUNCIL"})
# Well-known cuts of a last word after the word before it ("BELLCO CREDIT UN", "COLORADO STATE UN", "STARTLINE MOTOR
# FI", "PORTLAND WATER DIST", "MAINE TURNPIKE AUTH"), and cuts of words no other common word starts with
_COMPLETIONS.update({"CREDIT UN": "UNION", "CREDIT UNI": "UNION", "CREDIT UNIO": "UNION", "STATE UN": "UNIVERSITY",
                     "STATE UNI": "UNIVERSITY", "STATE UNIV": "UNIVERSITY", "MOTOR FI": "FINANCE",
                     "MOTOR FIN": "FINANCE", "BUSINESS FINAN": "FINANCE", "BUSINESS FIN": "FINANCE",
                     "WATER DIST": "DISTRICT", "SCHOOL DIST": "DISTRICT", "TURNPIKE AUTH": "AUTHORITY",
                     "HOUSING AUTH": "AUTHORITY", "TRANSIT AUTH": "AUTHORITY", "PARKING AUTH": "AUTHORITY",
                     "ACAD": "ACADEMY", "ACADE": "ACADEMY", "ACADEM": "ACADEMY", "ASSURANC": "ASSURANCE",
                     "ASSURAN": "ASSURANCE", "BUILDE": "BUILDERS"})
# Cuts that end the name field when more words follow it ("HARBOUR VIEW ACCOUNTANC SMITH INV"): the table's cuts of
# five letters or more that are no words of their own, and the two-word cuts of a short word.
_CUT_WORDS_SPELT = _words(
    "ACCOUNT ACCOUNTANT ARCHITECT ASSOCIATE BAKER COMMON COMMUNICATION DIAGNOSTIC DISTILLER ELECTRIC ENGINEER ENTER "
    "ENTERPRISE FLOOR HOLDING HOSPITAL INDUSTRIE INTER INTERN LABOR LETTING LIBRA LOGISTIC MANAGE PHOTO PHOTOGRAPH "
    "PLASTER PLAST PRINT PRODUCT RENTAL SOLUTION TECHNO TRANS WHOLE SHARP SHARPEN SUPPL SUPP PROP PROPE RENTA "
    "SECUR DEVELOP SERVI HEALT STORA DISPO PHARMA SURVEY SURVEYOR SOLICITOR RECRUIT CHIROPRACT ORTHODONTIC "
    "VETERINARIAN TRANSPORT UNIVERS SECURITIE SOLICIT OPTIC LANDS PHARM CREMA ORTHO INDUS "
    # abbreviations printed inside whole names ("HARLOW ASSOC INC", "ACME MAINT SERVICES")
    "ASSOC MAINT CONST DISTR TECHN DEVEL PRODU ANALY")
# Shared with domain/boilerplate.py, which completes cuts at a width it learns per statement.
COMPLETED_WORDS = frozenset(_COMPLETIONS.values())
CUT_WORDS_SPELT = _CUT_WORDS_SPELT


def person_with_surname(words: list[str]) -> bool:
    """`words` (a name's, as printed) are a person's: initials or one or two common given names, then a surname that
    is a word of its own ("JOHN BAKER", "T SHARP"): never a cut business word to write out."""
    return len(words) >= 2 and words[-1].upper() in _CUT_WORDS_SPELT and _person_head(words[:-1])
CUT_LEGAL = _CUT_LEGAL
_CUT_STOPS = frozenset(k for k, full in _COMPLETIONS.items()
                       if " " not in k and len(k) >= 5 and k not in _CUT_WORDS_SPELT and full.startswith(k))
_PAIR_CUTS = frozenset(("CITY COU", "CITY COUN", "COUNTY COU", "COUNTY COUN"))

_GERMAN_LINE = re.compile(r"(?i)SVWZ\+|EREF\+|MREF\+|LASTSCHRIFT|BERWEISUNG|DAUERAUFTRAG|GUTSCHR|KARTENZAHLUNG"
                          r"|AUFTRAGGEBER|EMPF(?:AE|Ä)NGER|UMBUCHUNG")
# German lines write umlauts out ("KRUEGER", "MUELLER"): the name as a bookkeeper spells it has them back.
_UMLAUT = re.compile(r"(?<=[bcdfghjklmnprstvwxzBCDFGHJKLMNPRSTVWXZ])(ue|oe|ae)(?!l\b)")
_UMLAUT_OF = {"ue": "ü", "oe": "ö", "ae": "ä"}
_NO_UMLAUT = frozenset(("michael", "raphael", "goethe", "poet", "joel", "noel", "zoe", "israel", "samuel", "manuel",
                        "blue", "true", "value", "venue", "queen", "aerospace", "phoenix", "toe"))


def _umlauts(word: str) -> str:
    if not ("ue" in word or "oe" in word or "ae" in word) or word.lower() in _NO_UMLAUT:
        return word
    return _UMLAUT.sub(lambda m: _UMLAUT_OF[m.group(1)], word)


@lru_cache(maxsize=32768)
def _title(word: str, first: bool) -> str:
    upper = word.upper()
    if upper in _LEGAL_DISPLAY:
        return _LEGAL_DISPLAY[upper]
    if upper in _ACRONYMS:
        return upper
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    letters = [ch for ch in upper if ch.isalpha()]
    if "&" in word and len(word) <= 5:
        return upper
    if letters and len(letters) <= 4 and not any(ch in _VOWELS for ch in letters) and upper not in _NOT_ACRONYMS and (
            upper.isascii() or _fold(upper) not in vendor_data.FIRST_NAMES):  # ("ΑΑΔΕ", "НАП", but "ИВАН")
        return upper  # no vowel: an acronym ("HMRC", "DHL", "KPN")
    out = []
    cap = True
    prev = ""
    for ch in word:
        if ch.isalpha():
            out.append(ch.upper() if cap else ch.lower())
            cap = False
        else:
            out.append(ch)
            # "O'NEILL" -> "O'Neill" but "JOE'S" -> "Joe's"; "COCA-COLA" -> "Coca-Cola"
            cap = ch in "-/." or (ch in _APOSTROPHES and len(prev) == 1)
        if ch.isalpha():
            prev += ch
        elif ch not in _APOSTROPHES:
            prev = ""
    text = "".join(out)
    return _FINAL_SIGMA.sub("ς", text) if "σ" in text else text


_FINAL_SIGMA = re.compile(r"σ(?![^\W\d_])")


# --------------------------------------------------------------------------- vendors


class _Phrase:
    __slots__ = ("exact_end", "length", "patterns", "strict", "value")

    def __init__(self, patterns: tuple[str, ...], value: object, strict: str):
        self.patterns, self.value, self.strict = patterns, value, strict
        self.length = (len(patterns), sum(len(p.strip("*")) for p in patterns))
        self.exact_end = strict == "="


class PhraseIndex:
    """Whole-word phrase lookup over normalised words, indexed by the first word (exact, or its first three
    letters for prefix/suffix words): one dict probe per word instead of hundreds of regexes. The phrases a
    word can start are remembered per word, so most words cost a single `dict.get`."""

    _CACHE_LIMIT = 200_000  # distinct words remembered; beyond that the memo starts over

    def __init__(self) -> None:
        self._exact: dict[str, list[_Phrase]] = {}
        self._prefix: dict[str, list[_Phrase]] = {}
        self._suffix: dict[str, list[_Phrase]] = {}
        self._by_word: dict[str, tuple[_Phrase, ...]] = {}

    def add(self, phrase: str, value: object) -> None:
        strict = ""
        while phrase[:1] in ("^", "=", "~"):
            strict += phrase[0]
            phrase = phrase[1:]
        patterns = []
        for word in phrase.split():
            head, tail = word.startswith("*"), word.endswith("*")
            norm = normalise_words(word.strip("*"))
            if not norm:
                continue
            patterns.extend(norm[:-1])
            patterns.append(("*" if head else "") + norm[-1] + ("*" if tail else ""))
        first = patterns[0] if patterns else ""
        if len(first.strip("*")) < 3 and "*" in first:
            raise ValueError(f"a prefix or suffix word needs three letters: {phrase!r}")
        if not patterns:
            raise ValueError(f"empty phrase {phrase!r}")
        entry = _Phrase(tuple(patterns), value, strict)
        if first.endswith("*"):
            self._prefix.setdefault(first[:3], []).append(entry)
        elif first.startswith("*"):
            self._suffix.setdefault(first[-3:], []).append(entry)
        else:
            self._exact.setdefault(first, []).append(entry)
        self._by_word.clear()

    def phrases(self) -> list[tuple[tuple[str, ...], object, str]]:
        return [(e.patterns, e.value, e.strict) for table in (self._exact, self._prefix, self._suffix)
                for entries in table.values() for e in entries]

    def _starting_with(self, word: str) -> tuple[_Phrase, ...]:
        found = list(self._exact.get(word, ()))
        found += [e for e in self._prefix.get(word[:3], ()) if word.startswith(e.patterns[0][:-1])]
        found += [e for e in self._suffix.get(word[-3:], ()) if word.endswith(e.patterns[0][1:])]
        found.sort(key=lambda e: e.length, reverse=True)  # stable: the table's order breaks ties
        if len(self._by_word) >= self._CACHE_LIMIT:
            self._by_word.clear()
        self._by_word[word] = result = tuple(found)
        return result

    def match_at(self, words: tuple[str, ...] | list[str], i: int) -> list[tuple[_Phrase, int]]:
        """Every phrase that matches starting at word i, most specific first, with its end index."""
        word = words[i]
        entries = self._by_word.get(word)
        if entries is None:
            entries = self._starting_with(word)
        if not entries:
            return []
        found = []
        for entry in entries:
            patterns = entry.patterns
            if len(patterns) == 1:
                found.append((entry, i + 1))
            else:
                end = _match(patterns, words, i)
                if end:
                    found.append((entry, end))
        return found


def _match(patterns: tuple[str, ...], words, i: int) -> int:
    """End index of `patterns` matched at words[i:], else 0; the first pattern is known to match."""
    if i + len(patterns) > len(words):
        return 0
    for k, p in enumerate(patterns[1:], 1):
        w = words[i + k]
        if p == w:
            continue
        if p[-1] == "*":
            if p[0] == "*":
                if p[1:-1] in w:
                    continue
                return 0
            if w.startswith(p[:-1]):
                continue
            return 0
        if p[0] == "*" and w.endswith(p[1:]):
            continue
        return 0
    return i + len(patterns)


_KIND_IN = {  # what money IN from a vendor of this kind is: (category, confidence); None = same rule as suppliers
    "processor": ("sales_revenue", 0.9),
    "lender": ("financing", 0.9),
    "tax": ("taxes", 0.75),  # a tax refund is less tax, as bookkeepers book it
    "payroll": ("refunds", 0.7),
    "peo": ("refunds", 0.7),  # a PEO or employer of record: the co-employer invoicing wages and its fee at once
    "insurer": ("refunds", 0.75),
    "card": ("internal_transfer", 0.8),
    "marketplace": ("sales_revenue", 0.6),  # eBay, Etsy, Airbnb, Uber: a seller's or host's payout, or a refund
    "payer": ("service_income", 0.85),  # healthcare payers settling a provider's claims
    "none": (None, 0.0),
}
_PROCESSOR_PREFIXES = _words(
    "SQ SQU SP TST PP PAYPAL IZ IZETTLE ZETTLE SUMUP GOOGLE STRIPE PY CKO FS PADDLE 2CO WPY EB DRI IN CLP "
    "SQUARE SHOPIFY TOAST CLOVER PAYPL BRT"
)


# A sub-brand's last words that name a billing line, not another company: "Google Ads", "Tesco Fuel" and
# "Amazon Payments" are Google, Tesco and Amazon to a bookkeeper ("Uber Eats" and "Tesco Mobile" are not).
_PRODUCT_WORDS = frozenset((
    "Ads", "Advertising", "Cloud", "Workspace", "My Business", "Fuel", "Gas", "Carburant", "Payments", "Payouts",
    "Prime", "Store", "Premium", "Teams", "Apps", "Capital", "Working Capital", "Payroll", "Lending", "Card",
    "Lohn", "Books", "Reserve", "Atlas", "Marketing",
))
_NAMES_NOBODY = frozenset(("card", "none"))
# Authorities with many offices, each a counterparty of its own: the name is the office as printed.
_PRINTED_NAME_VENDORS = frozenset(("Finanzamt", "Hauptzollamt", "AOK"))  # vendor kinds whose lines name no counterparty


def _build_vendors() -> PhraseIndex:
    index = PhraseIndex()
    category = confidence = kind = None
    in_override = None
    lines: list[str] = []
    entries: list[tuple[str, str, tuple]] = []
    for raw in vendor_data.VENDORS.strip().splitlines():
        if raw.strip().startswith("|"):  # a long alias list continues on the next line
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw)
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):  # a comment
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            category = None if parts[0] == "-" else parts[0]
            confidence = float(parts[1])
            kind, _, conf = (parts[2] if len(parts) > 2 else "supplier").partition(":")
            in_override = float(conf) if conf else None
            continue
        name, _, aliases = line.partition(":")
        name, _, company = name.partition(">")  # "HMRC PAYE > HMRC": a billing line of the company named
        # a supplier by default: money back from it is a refund, whatever was bought
        in_category, in_confidence = _KIND_IN.get(kind, ("refunds", 0.85))
        if in_override is not None:
            in_confidence = in_override
        entries.append((name.strip(), company.strip(), aliases,
                        (category, confidence, in_category, in_confidence, kind)))
    names = {name for name, _, _, _ in entries}
    for name, company, aliases, (category, confidence, in_category, in_confidence, kind) in entries:
        entity: str | None = company or name
        if kind in _NAMES_NOBODY:
            entity = None
        else:
            for cut in range(len(name) - 1, 0, -1) if not company else ():
                if name[cut] == " " and name[:cut] in names and name[cut + 1:] in _PRODUCT_WORDS:
                    entity = name[:cut]
                    break
        vendor = Vendor(name, category, confidence, in_category, in_confidence, entity, kind or "supplier")
        for alias in aliases.split("|"):
            if alias.strip():
                index.add(alias.strip(), vendor)
    return index


VENDOR_INDEX = _build_vendors()
# (read by _random_letters at call time, once the vendor list is parsed)
_VOWELLESS_ALIASES = frozenset(w for w in re.findall(r"\b[A-Z]{6,}\b", vendor_data.VENDORS)
                               if sum(ch in "AEIOUY" for ch in w) <= (1 if len(w) >= 8 else 0))
_MIN_FREE_TEXT_ALIAS = 5  # letters an alias needs to count outside the name ("ADOBE" yes, "BP" no)


def _find_vendor(words: list[str], segment: int, region: int, name: tuple[int, int], processor: int | None,
                 domains: list[int]) -> tuple[Vendor | None, tuple[int, int]]:
    """The first known vendor whose alias starts in the counterparty's name (or just before it, in words
    skipped as purpose words: "OFFICE DEPOT"), or reaches into it from the channel words ("SO ENERGY").
    Aliases may run past the name ("GUSTO" + "TAX"). Failing that, a web domain of the same part
    ("HOTEL BOOKING.COM")."""
    for i in range(segment, name[1]):
        for entry, stop in VENDOR_INDEX.match_at(words, i):
            if i < region and stop <= region:
                continue  # made of channel words only
            if i == processor and stop == i + 1:
                continue  # "SQ" of "SQ *BLUE BOTTLE" is the processor, not Square the vendor
            if entry.strict:
                if i != name[0] and i != region:
                    continue
                if entry.exact_end and stop != name[1]:
                    continue
            return entry.value, (i, stop)
    for i in domains:
        if i >= name[1]:
            for entry, stop in VENDOR_INDEX.match_at(words, i):
                if not entry.strict:
                    return entry.value, (i, stop)
    return None, (0, 0)


def _free_text_vendor(words: list[str]) -> tuple[Vendor | None, tuple[int, int]]:
    """Nobody named up front ("SVWZ+Adobe Systems Abo EREF+..."): a distinctive alias anywhere will do."""
    for i in range(len(words)):
        for entry, stop in VENDOR_INDEX.match_at(words, i):
            if not entry.strict and entry.length[1] >= _MIN_FREE_TEXT_ALIAS:
                return entry.value, (i, stop)
    return None, (0, 0)
