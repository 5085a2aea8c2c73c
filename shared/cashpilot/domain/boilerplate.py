"""Learning a statement's own boilerplate, to strip it from counterparty names on bank layouts we have no rules for.

Words a bank prints in front of many different counterparties (channel words such as "bg", "Deposit from",
"Transferencia realizada a", "Mercury Card") occur in many lines and are followed by many different words; a
counterparty's own name occurs only in its own lines and is followed by the same few words. `StatementVocabulary`
counts this in one statement (or one business's history) and `refine` drops such words from the front of a
rule-extracted name.

Only leading words are stripped: stripping trailing words (preceded by many different words: cities, legal forms)
was measured to cut real names ("Gemeente Utrecht", "Harlow & Finch") and fixed nothing on the labelled sets.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

MIN_LINES = 12  # a statement shorter than this teaches nothing: refine returns names unchanged
MIN_LINE_COUNT = 4  # a boilerplate word occurs in at least this many lines ...
MIN_NEIGHBOURS = 4  # ... is followed by at least this many different words ...
MIN_SPREAD = 0.25  # ... and by at least this many different words per line it occurs in
PHRASE_SHARE = 0.9  # a word followed by a boilerplate word this often is part of the same boilerplate phrase


def _key(token: str) -> str:
    """ "Coöperatieve" -> "cooperatieve", "O'CONNOR" -> "oconnor", "••4417" -> "4417", "CONF#" -> "conf"."""
    text = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch)).casefold()


def _keys(text: str) -> list[str]:
    return [key for key in map(_key, text.split()) if key]


def _is_code(key: str) -> bool:
    """Card numbers, references, dates: never a name, and never counted as a neighbour."""
    return any(ch.isdigit() for ch in key)


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
        for keys in lines:
            line_count.update(set(keys))
            words = [key for key in keys if not _is_code(key)]
            for i, word in enumerate(words):
                if i + 1 < len(words):
                    after[word].append(words[i + 1])
                if i:
                    before[word].append(words[i - 1])

        def diverse(word: str, neighbours: dict[str, list[str]]) -> bool:
            count, distinct = line_count[word], len(set(neighbours.get(word, ())))
            return count >= MIN_LINE_COUNT and distinct >= MIN_NEIGHBOURS and distinct >= MIN_SPREAD * count

        leading = {word for word in after if diverse(word, after)}
        # Words that end many different names (legal forms, "LTD", "GMBH") are preceded by many different words;
        # they extend no phrase, or "Hausverwaltung Krüger" would join "GmbH" as boilerplate.
        name_ends = {word for word in leading if diverse(word, before)}
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

        Never returns an empty name: when every word is boilerplate or a code, the name is kept as it is.
        `description` is the line the name came from (unused for now; kept so callers need not change when
        line-level evidence is added).
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
        if not boilerplate or start == len(pieces):
            return name
        return " ".join(pieces[start:])
