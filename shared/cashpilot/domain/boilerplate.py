"""Learning a statement's own boilerplate, to strip it from counterparty names on bank layouts we have no rules for.

Words a bank prints in front of many different counterparties (channel words such as "bg", "Deposit from",
"Transferencia realizada a", "Mercury Card") occur in many lines and are followed by many different words; a
counterparty's own name occurs only in its own lines and is followed by the same few words. `StatementVocabulary`
counts this in one statement (or one business's history) and `refine` drops such words from the front of a
rule-extracted name.

Trailing words are cut with more care, since words preceded by many different words are often towns or legal forms
that belong to a name ("Gemeente Utrecht", "Acme GmbH"): a name ends before a word printed after many different names
and followed by more text (a purpose: "Aylin Demir Unterrichtsentgelt Elif", "O'Connor CONCEPTO FACTURA"), unless it
is a known town, a legal form or a word that ends business names; and `trailing_places` learns the towns a
statement's card lines print after many merchants. Type codes glued to the first word ("*INET", "VDP-") count as
leading words after two different names.

When the rule-extracted name is nothing but boilerplate ("Mercury" from "Mercury Card ••4417 Jobber"), `refine`
recovers the name from the line: the first run of words that are neither boilerplate, codes nor stop words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from cashpilot.domain import vendor_data
from cashpilot.domain.counterparty import (
    COMPLETED_WORDS,
    CUT_LEGAL,
    MONTHS,
    NOT_A_NAME,
    extract_counterparty,
    person_with_surname,
)
from cashpilot.domain.names import normalize_name

MIN_LINES = 12  # a statement shorter than this teaches nothing: refine returns names unchanged
MIN_LINE_COUNT = 4  # a boilerplate word occurs in at least this many lines ...
MIN_NEIGHBOURS = 4  # ... is followed by at least this many different words ...
MIN_SPREAD = 0.25  # ... and by at least this many different words per line it occurs in
PHRASE_SHARE = 0.9  # a word followed by a boilerplate word this often is part of the same boilerplate phrase
FRONT_WORDS = 4  # a leading word is among a line's first this many words ...
FRONT_SHARE = 0.5  # ... in at least this share of its lines
MAX_RECOVERED_FROM = 2  # a name of more words (codes aside) than this is never replaced by one recovered from its line
MAX_PHRASE = 6  # the longest opening phrase learned, in words (codes, dates and months aside)
_IBAN_KEY = re.compile(r"^[a-z]{2}\d{2}[a-z0-9]{10,30}$")  # an IBAN's key ("sk1881800000007000070135")
_NOT_A_NAME = NOT_A_NAME  # upper-case, as in counterparty


_NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]+")


@lru_cache(maxsize=65536)  # the same words recur on every line of a statement; codes are cheap to recompute
def _key(token: str) -> str:
    """ "Coöperatieve" -> "cooperatieve", "O'CONNOR" -> "oconnor", "••4417" -> "4417", "CONF#" -> "conf"."""
    if token.isascii():  # (most words: no accents to fold, and ASCII letters and digits are all str.isalnum holds)
        return _NOT_ASCII_ALNUM.sub("", token).lower()
    text = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch)).casefold()


# What separates words on a statement line: spaces, and the slashes, stars, commas and backslashes some banks print
# between fields ("Bezahlung Karte MC/000004471 GOOGLE*WORKSPACE\\DUBLIN"), and a hyphen glued to a type code
# ("VDP-IRISH RAIL").
_PIECE = re.compile(r"[^\s/\\*,;|_]+")
_GLUED_CODE = re.compile(r"^([A-Za-z]{2,4})-(?=[A-Za-z])")


def _pieces(text: str) -> list[tuple[int, str]]:
    """The words of `text` with where each starts."""
    if "-" not in text:  # (most lines: no type code can be glued on)
        return [(m.start(), m.group()) for m in _PIECE.finditer(text)]
    out = []
    for m in _PIECE.finditer(text):
        glued = _GLUED_CODE.match(m.group())
        if glued:
            out.append((m.start(), glued.group(1)))
            out.append((m.start() + glued.end(), m.group()[glued.end():]))
        else:
            out.append((m.start(), m.group()))
    return out


def _keys(text: str) -> list[str]:
    return [key for key in (_key(piece) for _, piece in _pieces(text)) if key]


_DIGIT = re.compile(r"\d")


def _is_code(key: str) -> bool:
    """Card numbers, references, dates: never a name, and never counted as a neighbour."""
    return _DIGIT.search(key) is not None


def _varies(key: str) -> bool:
    """Words that change from line to line of one counterparty ("RENT SEP", "RENT OCT"): not neighbours either,
    or the purpose before them would look like boilerplate."""
    return _is_code(key) or key.upper() in MONTHS


# A type code printed against the first word of the line ("*INET KILBRIDE", "VDP-IRISH RAIL") or in lower case before
# a capitalised name (Rabobank's "ba Tango Aalsmeer"): its shape says it is the bank's, so two different words after
# it are enough.
_TYPE_CODE = re.compile(r"^(?:\*([A-Za-z]{2,5})(?=\s)|([A-Za-z]{2,4})-(?=[A-Za-z])|([a-z]{2})\s+(?=[A-Z]))")
MIN_TYPE_CODE_NEIGHBOURS = 2


def _is_stop(key: str) -> bool:
    return key.upper() in _NOT_A_NAME


class StatementVocabulary:
    def __init__(self, leading: frozenset[str] = frozenset(), purposes: frozenset[str] = frozenset(),
                 width: int | None = None, words: frozenset[str] = frozenset(),
                 phrases: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.leading = leading  # word keys that introduce a counterparty rather than name one
        self.phrases = phrases  # whole phrases that open lines and introduce many different counterparties
        self.purposes = purposes  # word keys that start the purpose printed after many different names
        self.width = width  # the width at which this bank cuts its name field, when the statement shows one
        self.words = words  # towns and business words printed whole in the statement (to complete cut words)

    @classmethod
    def learn(cls, descriptions: Iterable[str]) -> StatementVocabulary:
        """Learn from all raw lines of one statement or one business's history."""
        descriptions = list(descriptions)
        lines = [_keys(description) for description in descriptions]
        if len(lines) < MIN_LINES:
            return cls()
        coded: dict[str, set[str]] = defaultdict(set)
        for description, keys in zip(descriptions, lines, strict=True):
            code = _TYPE_CODE.match(description.lstrip())
            if code and len(keys) >= 2:
                coded[_key(code.group(1) or code.group(2) or code.group(3))].add(keys[1])
        line_count: Counter[str] = Counter()
        after: dict[str, list[str]] = defaultdict(list)  # the next non-code word of each occurrence
        before: dict[str, list[str]] = defaultdict(list)
        after_next: dict[str, list[str]] = defaultdict(list)  # the non-code word after the next one
        up_front: Counter[str] = Counter()  # lines where the word is among the first few
        towns: set[str] = set()  # words printed before a country's three-letter code ("DAVENTRY GBR"): places
        adjacent_before: dict[str, list[str]] = defaultdict(list)  # the word right before, with no code between
        for keys in lines:
            line_count.update(set(keys))
            for i in range(1, len(keys)):
                if not _varies(keys[i]) and not _varies(keys[i - 1]):
                    adjacent_before[keys[i]].append(keys[i - 1])
                if keys[i] in _COUNTRY_CODES and len(keys[i]) == 3:
                    towns.add(keys[i - 1])
            words = [key for key in keys if not _varies(key)]
            up_front.update(set(words[:FRONT_WORDS]))
            for i, word in enumerate(words):
                if i + 1 < len(words):
                    after[word].append(words[i + 1])
                if i + 2 < len(words):
                    after_next[word].append(words[i + 2])
                if i:
                    before[word].append(words[i - 1])

        def diverse(word: str, neighbours: dict[str, list[str]]) -> bool:
            count, distinct = line_count[word], len(set(neighbours.get(word, ())))
            return count >= MIN_LINE_COUNT and distinct >= MIN_NEIGHBOURS and distinct >= MIN_SPREAD * count

        # A town ends card descriptors and is followed by whatever comes next ("... LYON CARTE 4974"), but the bank's
        # words open the line: a leading word is up front in most of its lines.
        varied = {word for word in after if diverse(word, after)}
        varied_before = {word for word in before if diverse(word, before)}
        # (a purpose printed after a reference, "ZELLE FROM J OKAFOR REF G7O69VDW9A POOL SVC", follows a code: the
        # name already ends there, and the word is no purpose inside one: "SUPERIOR POOL PROD")
        purpose_before = {word for word in varied_before if diverse(word, adjacent_before)}
        # Words that end many different names (legal forms, "LTD", "GMBH") are preceded by many different words;
        # they extend no phrase, or "Hausverwaltung Krüger" would join "GmbH" as boilerplate.
        name_ends = {word for word in varied if diverse(word, before)}
        def opens_lines(word: str) -> bool:
            # not a town (known, or printed before a country's code), nor a legal form (which ends names, and would
            # pull them into the phrase: "Teamsystem SpA"), nor a single letter (an initial: "S AKHTAR", "S. Verhoef")
            return (up_front[word] >= FRONT_SHARE * line_count[word] and word.upper() not in _TOWNS and len(word) > 1
                    and word not in towns
                    and normalize_name(f"x {word}") != "x")

        leading = {word for word in varied if opens_lines(word)}
        leading |= {code for code, nexts in coded.items() if len(nexts) >= MIN_TYPE_CODE_NEIGHBOURS}
        # A word always followed by the same word, the pair then by many different words, heads a two-word phrase
        # ("Mercury Card ••4417 Jobber"): "card" alone also ends other phrases ("Debit Card Purchase") and is not
        # diverse enough, so the pair is judged by what follows it; not when its second word ends names ("Krüger GmbH").
        for word, nexts in after.items():
            if word in leading:
                continue
            top, count = Counter(nexts).most_common(1)[0]
            if (top not in name_ends and count >= PHRASE_SHARE * len(nexts) and diverse(word, after_next)
                    and opens_lines(word)):
                leading.add(word)
        grown = True
        while grown:  # "Deposit" is always followed by "from", which introduces many names: "Deposit from"
            grown = False
            for word, nexts in after.items():
                if word in leading or line_count[word] < MIN_LINE_COUNT or not opens_lines(word):
                    continue
                if sum(n in leading and n not in name_ends for n in nexts) >= PHRASE_SHARE * len(nexts):
                    leading.add(word)
                    grown = True
        # A word printed after many different names and followed by more text ("Aylin Demir Unterrichtsentgelt Elif
        # Geige", "Marek Kowalski Unterrichtsentgelt Oktober") starts the payer's purpose: the name ends before it.
        # Not a legal form or a word that ends business names ("GmbH", "Services"), which belong to the name.
        # Towns are printed after many names too, and are often part of one ("Gemeente Utrecht"): never a purpose.
        # Not a word that ties the next into a name ("Comune di San Pietro", "Eventi Lago di Garda").
        purposes = {word for word in purpose_before if word not in leading and word not in _TIES and len(word) > 1
                    and word.upper() not in _NAME_ENDINGS
                    and word.upper() not in _TOWNS and normalize_name(f"x {word}") != "x"
                    and len(after.get(word, ())) >= FRONT_SHARE * line_count[word]}
        # the towns and business words it prints whole, which settle what a cut is the start of ("ABE" is Aberdeen
        # where "ABERDEEN" is printed, not Aberystwyth); not any word, or "ACME BOOK" would complete to a product's name
        words = frozenset(w for key in set().union(*lines) if (w := key.upper()) in _WHOLE_WORDS)
        width = _cut_width(descriptions, words)
        return cls(frozenset(leading), frozenset(purposes), width, words if width else frozenset(),
                   _opening_phrases(lines))

    def refine(self, name: str | None, description: str) -> str | None:
        """`name` without the statement's boilerplate in front ("bg Kwekerij De Boer" -> "Kwekerij De Boer").

        Never returns an empty name. When every word is boilerplate or a code, the name is recovered from
        `description`, the line it came from ("Mercury" from "Mercury Card ••4417 Jobber" -> "Jobber"): see
        `_recover`. Failing that, or for a known vendor or a name of more than `MAX_RECOVERED_FROM` words (there
        the learned boilerplate is more likely wrong than the name), the name is kept as it is.
        """
        if not name:
            return name
        # (at the width the statement cuts at; with none learned, only cuts of common words of business names)
        name = self._uncut(name, description) if self.width else _cut_business_word(name, description, self.words)
        if not (self.leading or self.purposes or self.phrases):
            return name
        phrase = self._phrase(description)
        if phrase:  # the bank's opening phrase goes first, or a purpose word inside it would end the name there
            pieces = _pieces(name)
            start = _past_front(pieces, phrase)
            if 0 < start < len(pieces):
                name = name[pieces[start][0]:]
        name = self._before_purpose(name, description)
        pieces = _pieces(name)
        start, boilerplate = 0, False
        while start < len(pieces):
            key = _key(pieces[start][1])
            if _initial(name, pieces[start]):
                break  # "D Wylie" on a statement of "D/D" lines: the person's initial, not the type code
            if key in self.leading or key in phrase:
                boilerplate = True
            elif key and not _is_code(key):
                break  # codes and punctuation go only with the boilerplate around them ("Card ••4417")
            start += 1
        if not boilerplate:
            return name
        if 0 < start < len(pieces) and (_key(pieces[start - 1][1]) in _TIES or _key(pieces[start][1]) in _TIES):
            return name  # "Cabinet Dentaire de Fléron": the words in front tie into the name, whatever they precede
        if start == len(pieces):
            words = sum(1 for _, piece in pieces if _key(piece) and not _is_code(_key(piece)))
            if words > MAX_RECOVERED_FROM or extract_counterparty(name).vendor is not None:
                return name
            return self._recover(description) or name
        return name[pieces[start][0]:]

    def _uncut(self, name: str, description: str) -> str:
        """`name` with its last word written out when the bank's name field ends exactly after it, at the width this
        statement cuts names at ("COLLEGE OF ABERDEE" -> "College of Aberdeen" at 18), from the words printed
        whole elsewhere in the statement, then the common words of business names and the towns. A cut town after a
        merchant's name is its place and goes ("GRANITE FRAMES ABE" -> "Granite Frames"), unless a word such as "of"
        ties it in."""
        if self.width is None or len(name) < self.width - 3:  # (a name is printed about as long as it is shown)
            return name
        last = _pieces(name)[-1]
        full = _completion(last[1].upper(), self.words) if last[1].isalpha() else None
        if full is None or person_with_surname([piece for _, piece in _pieces(name)]):
            return name  # ("JOHN BAKER" is a person, whatever the field's width)
        located = _locate(name, description)
        if located is None:
            return name
        start, end, raw = located
        if end - start != self.width or _key(last[1]) != _key(raw) or not raw.isalpha() or not raw.isupper():
            return name
        head = name[:last[0]].rstrip()
        if full in _TOWNS and head and _key(_pieces(head)[-1][1]) not in _TIES:
            return head
        return f"{name[:last[0]]}{full.title() if last[1][:1].isupper() else full.lower()}"

    def _phrase(self, description: str) -> frozenset[str]:
        """The words of the longest learned phrase `description` opens with (none when it opens with none)."""
        if not self.phrases:
            return frozenset()
        words = [key for key in _keys(description) if not _varies(key)]
        for n in range(min(len(words) - 1, MAX_PHRASE), 1, -1):
            if tuple(words[:n]) in self.phrases:
                return frozenset(words[:n])
        return frozenset()

    def _before_purpose(self, name: str, description: str) -> str:
        pieces = _pieces(name)
        # A SEPA line's name field ends at the IBAN: a word right before it is the name's own last word, however many
        # names it follows ("SOCIALNA POISTOVNA SK65...", "MESTO KOSICE SK46...").
        before_iban = {_key(m.group(1)) for m in _BEFORE_IBAN.finditer(description)}
        for k in range(1, len(pieces)):
            if _key(pieces[k][1]) in before_iban:
                continue
            if (_key(pieces[k][1]) in self.purposes and _key(pieces[k - 1][1]) not in _TIES
                    and _key(pieces[k][1]) != _key(pieces[k - 1][1])  # ("Walla Walla County")
                    and not (k + 1 < len(pieces) and pieces[k + 1][1] in ("&", "+", "and", "AND"))):  # "TAX & ACC"
                if k == 1 and pieces[0][1].upper() in vendor_data.FIRST_NAMES:
                    return name  # "Thomas Ashby" where the owner's "ASHBY SWEEPS" follows customers' names
                return name[:pieces[k - 1][0] + len(pieces[k - 1][1])]
        return name

    def without_boilerplate(self, description: str) -> str:
        """`description` from its first word that is neither boilerplate nor a code ("Bezahlung Karte MC/0004471
        GOOGLE*WORKSPACE" -> "GOOGLE*WORKSPACE"); the whole line when it starts with no boilerplate."""
        pieces = _pieces(description)
        start = _past_front(pieces, self.leading | self._phrase(description))
        return description[pieces[start][0]:] if 0 < start < len(pieces) else description

    def _recover(self, description: str) -> str | None:
        """The counterparty of what follows the boilerplate at the start of `description` (read by the same
        extractor, so places, codes and purposes still go), else the first run of words in `description` that
        are neither boilerplate, codes nor stop words, if it holds a word of at least three letters that is not a
        stop word."""
        plain = self.without_boilerplate(description)
        if plain != description:
            rest = extract_counterparty(plain)
            if rest.name and not any(_key(piece) in self.leading for piece in rest.name.split()) and _plausible(
                    rest.name.split()):
                return rest.name
        run: list[str] = []
        for _, piece in _pieces(description):
            key = _key(piece)
            if key in self.leading or _is_code(key) or _is_stop(key):
                if run:
                    break
                continue
            run.append(piece)
        return " ".join(run) if _plausible(run) else None


def _initial(name: str, piece: tuple[int, str]) -> bool:
    """A single letter followed by a space and a name inside `name`: a person's initial. A bank's one-letter type
    code is glued to its partner ("D/D", "C/O") and is split off by the slash, not a space."""
    start, text = piece
    end = start + len(text)
    return len(text) == 1 and text.isalpha() and name[end:end + 1] == " " and name[end + 1:end + 2].isalpha()


def _past_front(pieces: list[tuple[int, str]], boilerplate: frozenset[str]) -> int:
    """The index of the first of `pieces` that is neither one of the `boilerplate` word keys nor a code."""
    start = 0
    while start < len(pieces) and ((key := _key(pieces[start][1])) in boilerplate or _is_code(key) or not key):
        start += 1
    return start


def _opening_phrases(lines: list[list[str]]) -> frozenset[tuple[str, ...]]:
    """Phrases of two words or more that open at least `MIN_LINE_COUNT` lines and are followed by many different words
    ("BONIFICO YOUWEB A FAVORE DI ...", "ACQUISTO CARTA DEBITO *4471 DEL 10/06/25 C/O ..."), from the lines' word keys.
    A phrase is judged as a whole: its single words may be too rare or too common elsewhere ("di", "a") to count as
    leading words, but a line's whole opening shared by many different counterparties is the bank's. Not a phrase
    holding a legal form, which ends a name ("ACME LTD" followed by invoice words)."""
    count: Counter[tuple[str, ...]] = Counter()
    nexts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    # the account numbers inside each phrase, in every line that opens with it: one number in all of them is one
    # payee's account ("Odchádzajúca platba / DANOVY URAD ZILINA / SK18 8180 ... / VS ... / <memo>"), so the phrase
    # is that payee's name and its memos, not the bank's words
    accounts: dict[tuple[str, ...], set[str] | None] = {}
    for keys in lines:
        words: list[str] = []
        seen: set[str] = set()
        run = ""  # codes printed one after another, joined: an IBAN in groups of four is one account number
        for key in keys:
            if _varies(key):
                run += key
                continue
            if _IBAN_KEY.match(run):
                seen.add(run)
            run = ""
            if 2 <= len(words) <= MAX_PHRASE:
                phrase = tuple(words)
                count[phrase] += 1
                nexts[phrase].add(key)
                before = accounts.get(phrase)
                accounts[phrase] = set(seen) if phrase not in accounts else (before & seen if before else before)
            words.append(key)
    return frozenset(
        phrase for phrase, lines_with in count.items()
        if lines_with >= MIN_LINE_COUNT and len(nexts[phrase]) >= max(MIN_NEIGHBOURS, MIN_SPREAD * lines_with)
        and not accounts.get(phrase)
        and not any(normalize_name(f"x {word}") == "x" for word in phrase))


def _plausible(pieces: list[str]) -> bool:
    """A name holds a word of at least three letters that is not a stop word."""
    return any(sum(ch.isalpha() for ch in _key(piece)) >= 3 and not _is_stop(_key(piece)) for piece in pieces)


def _upper_words(text: str) -> list[str]:
    return text.split()


# Words that end many different businesses' names without being a place ("Lyon Taxi Services", "Acme Supply").
_NAME_ENDINGS = frozenset(_upper_words(
    "SERVICES SERVICE SUPPLY SUPPLIES STORE STORES SHOP SHOPS MARKET MARKETS CAFE BAR RESTAURANT BAKERY GROUP "
    "COMPANY HOLDINGS PROPERTIES PROPERTY MANAGEMENT CONSULTING STUDIO STUDIOS DESIGN PRINT PRINTING ASSOCIATES "
    "PARTNERS SOLUTIONS SYSTEMS TECHNOLOGIES LABS LAB INSURANCE BANK ENERGY WATER GAS ELECTRIC ELECTRICAL POWER "
    "FOODS FOOD FARM FARMS MOTORS AUTO GARAGE HOTEL HOTELS TAXI TAXIS CARS PHARMACY DENTAL CLINIC LETTINGS ESTATES "
    "TRUST COUNCIL UNIVERSITY SCHOOL COLLEGE ACADEMY CENTRE CENTER CLUB DELI PIZZA KITCHEN GRILL COFFEE TEA WINES "
    "WINE BREWERY DISTILLERY LOGISTICS TRANSPORT FREIGHT EXPRESS MEDIA MARKETING ACCOUNTANTS ACCOUNTANCY LAW LEGAL "
    "SOLICITORS PLUMBING HEATING ROOFING BUILDERS CONSTRUCTION RENTALS HIRE TOOLS PARTS WHOLESALE DISTRIBUTORS "
    "INTERNATIONAL DIRECT ONLINE DIGITAL SOFTWARE NETWORKS TELECOM MOBILE COMMUNICATIONS FINANCE CAPITAL LENDING "
    "PAYMENTS PAYROLL PENSIONS PENSION MEDICAL HEALTH CARE VETS VETERINARY SALON SPA FITNESS GYM BOOKS FLOWERS "
    "FLORIST CPA CPAS ACCOUNTING MONTESSORI NURSERY SCAFFOLDING EQUIPMENT RENTAL FLEET CONTRACTORS CONTRACTING "
    "ENGINEERS ENGINEERING JOINERY CARPENTRY ELECTRICIANS PLUMBERS DECORATING CLEANING LAUNDRY TRAVEL TOURS "
    "VETERINARIAN VETERINARIANS ARCHITECTS SURVEYORS LANDSCAPES NURSERIES PACKAGING MACHINERY BUILDING ACCESSORIES "
    "LOGISTICS BOUTIQUE FURNITURE EVENTS CATERING "
))
MIN_PLACE_HEADS = 2
_TOWNS = frozenset(c for c in vendor_data.CITIES if " " not in c)
# Words that tie the next one into a name ("City of Raleigh", "Eau du Grand Lyon", "Stad Gent", "Music On Vinyl")
_TIES = frozenset(("of", "on", "de", "du", "des", "la", "le", "grand", "the", "and", "stad", "gemeente", "city",
                   "county", "von", "van", "der", "di", "del", "da", "do", "dos", "das", "san", "santa", "santo", "sao",
                   "st", "saint", "sainte",
                   # Lithuanian and Latvian towns in the genitive ("Vilniaus universitetas", "Rīgas ūdens")
                   "vilniaus", "kauno", "klaipedos", "siauliu", "panevezio", "rigas"))


def trailing_places(lines: Iterable[tuple[str, str]]) -> frozenset[str]:
    """Town names a statement's card lines print after many different merchants ("COMPRA 4471 POLEN SURFBOARDS
    ERICEIRA", "COMPRA 4471 TASCA DO ZE ERICEIRA"), as word keys, from (name, description) pairs: the last word of
    the names of at least `MIN_PLACE_HEADS` different counterparties that is also the very last word of their lines,
    unless it is a word that ends business names anyway ("Services", "Supply"), a legal form or a code. A word that
    would leave two different names the same ("North Blue Fabrication", "North Blue Printing") is no town either.

    Feed it card-style lines only: a transfer's name field keeps its town ("Gymnasium Zell am See")."""
    heads: dict[str, set[str]] = defaultdict(set)
    line_ends: dict[str, set[str]] = defaultdict(set)  # the heads whose lines end with the word
    for name, description in lines:
        keys = _keys(name)
        if len(keys) >= 3 and keys[-1] in _COUNTRY_CODES:
            keys.pop()  # "F-Hoone Tallinn EE": the town before its country
            name = name[:_pieces(name)[-1][0]].rstrip(" ,")
        if len(keys) < 2 or _is_code(keys[-1]) or keys[-1].upper() in _NAME_ENDINGS or _is_stop(keys[-1]):
            continue
        if normalize_name(f"x {keys[-1]}") == "x":
            continue  # a legal form ("Ltd", "GmbH"): the matching key drops it already
        # "Harlow & Finch", "Harlow and Finch" and "Harlow Finch" are one head
        head = " ".join(w for w in normalize_name(name[:_pieces(name)[-1][0]]).split() if w not in ("and", "the"))
        ends = _keys(description)
        if len(ends) >= 2 and ends[-1] in _COUNTRY_CODES:
            ends.pop()  # "F-HOONE TALLINN EE", "OBI KOSICE, KOSICE, SVK": the town, then its country
        if ends and ends[-1] == keys[-1]:
            line_ends[keys[-1]].add(head)
        heads[keys[-1]].add(head)
    # (the lines of different merchants end with a town: one name's own lines, "... FERGUSON BINDERY", do not make
    # "Bindery" a town)
    places = {word for word, before in heads.items() if len(before) >= MIN_PLACE_HEADS
              and len(line_ends[word]) >= MIN_PLACE_HEADS}
    # a head that ends in two of them names two different counterparties: neither word is a town
    owners: Counter[str] = Counter(head for word in places for head in heads[word])
    return frozenset(word for word in places if all(owners[head] == 1 for head in heads[word]))


_BEFORE_IBAN = re.compile(r"([^\s/|,]+)[\s/|,]+[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_TOWN_LINKS = frozenset(("de", "do", "da", "am", "an", "im", "in", "sur", "en", "bei"))
# Country codes card lines print after the town (ISO alpha-2 and alpha-3 of the countries our banks print), as keys.
_COUNTRY_CODES = frozenset((
    "ee", "lv", "lt", "fi", "se", "no", "dk", "de", "at", "ch", "fr", "be", "nl", "lu", "it", "es", "pt", "ie", "gb",
    "uk", "us", "usa", "ca", "sk", "svk", "cz", "cze", "pl", "pol", "hu", "hun", "si", "hr", "ro", "bg", "gr", "est",
    "lva", "ltu", "fin", "swe", "nor", "dnk", "deu", "aut", "che", "fra", "bel", "nld", "lux", "ita", "esp", "prt",
    "irl", "gbr", "can",
))


def without_place(name: str, places: frozenset[str]) -> str:
    """`name` without a learned town at its end (and the "de"/"am" that tied it on), keeping at least one word."""
    pieces = _pieces(name)
    if len(pieces) >= 3 and _key(pieces[-1][1]) in _COUNTRY_CODES and _key(pieces[-2][1]) in places:
        pieces = pieces[:-1]  # the town and its country ("F-Hoone Tallinn EE")
    if len(pieces) < 2 or _key(pieces[-1][1]) not in places:
        return name
    end = len(pieces) - 1
    while end > 1 and _key(pieces[end - 1][1]) in _TOWN_LINKS:
        end -= 1
    return name[:pieces[end - 1][0] + len(pieces[end - 1][1])]


# ---------------------------------------------------------------------------------------------- cut name fields

# Many banks print the counterparty's name in a field of fixed width and cut longer names at it: NACHA's 16-character
# company name on US ACH lines, 18 characters on Lloyds-group and RBS exports ("COLLEGE OF ABERDEE", "PERTH CITY
# COUNC"). A statement shows its width where at least `MIN_CUT_NAMES` different names end at the same column with a
# cut word (one the extractor wrote out, a cut legal form, a lone letter, a town's first letters).
MIN_CUT_NAMES = 2
MIN_CUT_WIDTH = 12  # narrower fields are not name fields
MIN_CUT_LETTERS = 3  # a cut word is written out from this many letters
MAX_WIDTH_LINES = 2000  # different lines read to learn the width: a bank's width shows in any few hundred
# Common words of business names a cut word may be written out to; towns only when the statement prints them whole
# (a short word such as "ALE" or "MILL" starts some town's name).
_BUSINESS_WORDS = frozenset(w.upper() for w in COMPLETED_WORDS | _NAME_ENDINGS)
_WHOLE_WORDS = _BUSINESS_WORDS | _TOWNS


MIN_GUESSED_CUT = 5  # with no width learned, a cut word is written out from this many letters ...
MAX_GUESSED_REST = 4  # ... when at most this many are missing ("ACCOUNTIN", "SOFTWAR", "CAPIT")
_INFLECTIONS = frozenset(("S", "ES", "ED", "ING", "ER", "ERS", "AL", "Y"))  # "MOTOR" is no cut of "MOTORS"


def _cut_business_word(name: str, description: str, seen: frozenset[str]) -> str:
    """`name` with its last word written out when, printed in capitals, it is the start of one common word of
    business names and no word of its own ("HARWELL TAX & ACCOUNTIN" -> "Harwell Tax & Accounting", "PATRIOT SOFTWAR"
    -> "Patriot Software"), for banks that cut names at no fixed width. Not a person ("JOHN BAKER") and not a word
    that only lacks an inflection ("MOTOR", "PLUMB")."""
    pieces = _pieces(name)
    if len(pieces) < 2:
        return name
    last = pieces[-1][1]
    if not last.isalpha() or len(last) < MIN_GUESSED_CUT:
        return name
    full = _completion(last.upper(), seen)
    rest = full[len(last):] if full else ""
    if full is None or (rest in _INFLECTIONS and (rest != "Y" or last.upper().endswith(("ER", "OR")))) or (
            len(rest) > MAX_GUESSED_REST):
        return name  # ("GROCER", "FACTOR" are words without their "Y"; "COMPAN" and "AGENC" are cuts)
    if person_with_surname([piece for _, piece in pieces]):
        return name
    located = _locate(name, description)
    if located is None or not located[2].isupper() or _key(located[2]) != _key(last):
        return name
    return f"{name[:pieces[-1][0]]}{full.title() if last[:1].isupper() else full.lower()}"


def _locate(name: str, description: str, *, cut: bool = False) -> tuple[int, int, str] | None:
    """Where `name` is printed in `description`: (start, end, raw last word). With `cut`, the name's last word may
    be the written-out form of a shorter raw word ("Bakehouse" of "BAKEHOU")."""
    words = [_key(piece) for _, piece in _pieces(name)]
    words = [w for w in words if w]
    pieces = [(at, piece) for at, piece in _pieces(description) if _key(piece)]
    if not words:
        return None
    for j in range(len(pieces) - len(words) + 1):
        if _key(pieces[j][1]) != words[0]:
            continue
        ok = True
        for k, word in enumerate(words):
            key = _key(pieces[j + k][1])
            last = k == len(words) - 1
            if key != word and not (cut and last and len(key) >= MIN_CUT_LETTERS and word.startswith(key)):
                ok = False
                break
        if ok:
            at, piece = pieces[j + len(words) - 1]
            return pieces[j][0], at + len(piece), piece
    return None


@lru_cache(maxsize=8192)
def _completion(cut: str, seen: frozenset[str]) -> str | None:
    """The word `cut` (upper case) is the start of: one printed whole in the statement, else a common word of
    business names; None when it is a word itself or starts several words that do not start one another.
    Of the statement's words that do, the longest (the others are cuts too: "ABERDE" of "ABERDEEN"); of the common
    words, the shortest ("SERVIC" is "SERVICE", not "SERVICES")."""
    if len(cut) < MIN_CUT_LETTERS or cut in _WHOLE_WORDS or cut in _NOT_A_NAME:
        return None
    for words, pick in ((seen, -1), (_BUSINESS_WORDS, 0)):
        longer = sorted((w for w in words if len(w) > len(cut) and w.startswith(cut)), key=len)
        if longer and all(w.startswith(longer[0]) for w in longer):
            return longer[pick]
        if longer:
            return None
    return None


def _cut_width(descriptions: list[str], seen: frozenset[str]) -> int | None:
    """The width this statement's bank cuts names at (see above), or None. `seen`: the statement's words."""
    ends: dict[int, set[str]] = defaultdict(set)
    for description in list(dict.fromkeys(descriptions))[:MAX_WIDTH_LINES]:
        cp = extract_counterparty(description)
        if not cp.name or cp.vendor is not None:
            continue
        located = _locate(cp.name, description, cut=True)
        if located is None:
            continue
        start, end, raw = located
        after = description[end:].split()
        shown = _key(_pieces(cp.name)[-1][1])
        if _key(raw) != shown:
            ends[end - start].add(cp.key or "")  # the extractor wrote a cut word out
        elif after and ((len(after[0]) == 1 and after[0].isalpha()) or after[0].upper() in CUT_LEGAL):
            # a lone letter or a cut legal form the extractor dropped ("HARLOW FREIGHT L", "BANCHORY HAULAGE LT")
            ends[end + 1 + len(after[0]) - start].add(cp.key or "")
        elif raw.isupper() and _completion(raw.upper(), seen) is not None:
            ends[end - start].add(cp.key or "")  # a cut the extractor kept ("COLLEGE OF ABERDEE")
    widths = [(len(keys), width) for width, keys in ends.items()
              if width >= MIN_CUT_WIDTH and len(keys) >= MIN_CUT_NAMES]
    return max(widths)[1] if widths else None
