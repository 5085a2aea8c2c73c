"""Learning a statement's own boilerplate, to strip it from counterparty names on bank layouts we have no rules for.

Words a bank prints in front of many different counterparties (channel words such as "bg", "Deposit from",
"Transferencia realizada a", "Mercury Card") occur in many lines and are followed by many different words; a
counterparty's own name occurs only in its own lines and is followed by the same few words. `StatementVocabulary`
counts this in one statement (or one business's history) and `refine` drops such words from the front of a
rule-extracted name.

Only leading words are stripped: stripping trailing words (preceded by many different words: cities, legal forms)
was measured to cut real names ("Gemeente Utrecht", "Harlow & Finch") and fixed nothing on the labelled sets.

When the rule-extracted name is nothing but boilerplate ("Mercury" from "Mercury Card ••4417 Jobber"), `refine`
recovers the name from the line: the first run of words that are neither boilerplate, codes nor stop words.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from cashpilot.domain.counterparty import NOT_A_NAME, extract_counterparty

MIN_LINES = 12  # a statement shorter than this teaches nothing: refine returns names unchanged
MIN_LINE_COUNT = 4  # a boilerplate word occurs in at least this many lines ...
MIN_NEIGHBOURS = 4  # ... is followed by at least this many different words ...
MIN_SPREAD = 0.25  # ... and by at least this many different words per line it occurs in
PHRASE_SHARE = 0.9  # a word followed by a boilerplate word this often is part of the same boilerplate phrase
MAX_RECOVERED_FROM = 2  # a name of more words (codes aside) than this is never replaced by one recovered from its line
_NOT_A_NAME = NOT_A_NAME  # upper-case, as in counterparty


def _key(token: str) -> str:
    """ "Coöperatieve" -> "cooperatieve", "O'CONNOR" -> "oconnor", "••4417" -> "4417", "CONF#" -> "conf"."""
    text = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch)).casefold()


def _keys(text: str) -> list[str]:
    return [key for key in map(_key, text.split()) if key]


def _is_code(key: str) -> bool:
    """Card numbers, references, dates: never a name, and never counted as a neighbour."""
    return any(ch.isdigit() for ch in key)


def _is_stop(key: str) -> bool:
    return key.upper() in _NOT_A_NAME


class StatementVocabulary:
    def __init__(self, leading: frozenset[str] = frozenset()) -> None:
        self.leading = leading  # word keys that introduce a counterparty rather than name one

    @classmethod
    def learn(cls, descriptions: Iterable[str]) -> StatementVocabulary:
        """Learn from all raw lines of one statement or one business's history."""
        lines = [_keys(description) for description in descriptions]
        if len(lines) < MIN_LINES:
            return cls()
        line_count: Counter[str] = Counter()
        after: dict[str, list[str]] = defaultdict(list)  # the next non-code word of each occurrence
        before: dict[str, list[str]] = defaultdict(list)
        after_next: dict[str, list[str]] = defaultdict(list)  # the non-code word after the next one
        for keys in lines:
            line_count.update(set(keys))
            words = [key for key in keys if not _is_code(key)]
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

        leading = {word for word in after if diverse(word, after)}
        # Words that end many different names (legal forms, "LTD", "GMBH") are preceded by many different words;
        # they extend no phrase, or "Hausverwaltung Krüger" would join "GmbH" as boilerplate.
        name_ends = {word for word in leading if diverse(word, before)}
        # A word always followed by the same word, the pair then by many different words, heads a two-word phrase
        # ("Mercury Card ••4417 Jobber"): "card" alone also ends other phrases ("Debit Card Purchase") and is not
        # diverse enough, so the pair is judged by what follows it; not when its second word ends names ("Krüger GmbH").
        for word, nexts in after.items():
            if word in leading:
                continue
            top, count = Counter(nexts).most_common(1)[0]
            if top not in name_ends and count >= PHRASE_SHARE * len(nexts) and diverse(word, after_next):
                leading.add(word)
        grown = True
        while grown:  # "Deposit" is always followed by "from", which introduces many names: "Deposit from"
            grown = False
            for word, nexts in after.items():
                if word in leading or line_count[word] < MIN_LINE_COUNT:
                    continue
                if sum(n in leading and n not in name_ends for n in nexts) >= PHRASE_SHARE * len(nexts):
                    leading.add(word)
                    grown = True
        return cls(frozenset(leading))

    def refine(self, name: str | None, description: str) -> str | None:
        """`name` without the statement's boilerplate in front ("bg Kwekerij De Boer" -> "Kwekerij De Boer").

        Never returns an empty name. When every word is boilerplate or a code, the name is recovered from
        `description`, the line it came from ("Mercury" from "Mercury Card ••4417 Jobber" -> "Jobber"): see
        `_recover`. Failing that, or for a known vendor or a name of more than `MAX_RECOVERED_FROM` words (there
        the learned boilerplate is more likely wrong than the name), the name is kept as it is.
        """
        if not name or not self.leading:
            return name
        pieces = name.split()
        start, boilerplate = 0, False
        while start < len(pieces):
            key = _key(pieces[start])
            if key in self.leading:
                boilerplate = True
            elif key and not _is_code(key):
                break  # codes and punctuation go only with the boilerplate around them ("Card ••4417")
            start += 1
        if not boilerplate:
            return name
        if start == len(pieces):
            words = sum(1 for piece in pieces if _key(piece) and not _is_code(_key(piece)))
            if words > MAX_RECOVERED_FROM or extract_counterparty(name).vendor is not None:
                return name
            return self._recover(description) or name
        return " ".join(pieces[start:])

    def _recover(self, description: str) -> str | None:
        """The first run of words in `description` that are neither boilerplate, codes nor stop words, if it holds
        a word of at least three letters that is not a stop word."""
        run: list[str] = []
        for piece in description.split():
            key = _key(piece)
            if key in self.leading or _is_code(key) or _is_stop(key):
                if run:
                    break
                continue
            run.append(piece)
        if any(sum(ch.isalpha() for ch in _key(piece)) >= 3 and not _is_stop(_key(piece)) for piece in run):
            return " ".join(run)
        return None
