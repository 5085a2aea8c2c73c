"""Normalising counterparty names so "ACME Ltd.", "Acme Limited" and "acme" are one entity, and showing them
without their legal form, as a bookkeeper writes them."""

from __future__ import annotations

import re
import unicodedata

# Legal-form suffixes in the languages our users' banks speak; dropped only at the end of a name.
_LEGAL_SUFFIXES = {
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "plc", "corp", "corporation", "co", "company",
    "gmbh", "ag", "kg", "ug", "ohg", "ev", "bv", "nv", "vof", "sa", "sas", "sarl", "sl", "srl", "spa", "lda",
    "ltda", "pty", "ab", "as", "aps", "oy", "ua", "gbr", "ek", "kgaa",
    # Central and Eastern Europe: s.r.o., spol. s r.o., Estonian OÜ, Hungarian Kft./Zrt., d.o.o.; Belgian SPRL
    "sro", "ou", "kft", "zrt", "doo", "sprl", "dd", "pbc", "ific",
    # Portuguese single-member company ("TABERNA DO BONFIM UNIP LDA": Unipessoal, Lda.), a Finnish association (ry),
    # a US general partnership
    "unip", "unipessoal", "ry", "gp",
    # German professional partnerships ("Huber & Wimmer PartG mbB")
    "partg", "mbb", "partgmbb",
    # Greek, in Greek and Latin letters: A.E., I.K.E. ("ΜΟΝ. ΙΚΕ": single-member), Ε.Π.Ε., Ο.Ε., the insurers' Α.Ε.Γ.Α.
    "αε", "ικε", "επε", "οε", "αεγα", "μον", "ae", "ike", "epe", "aega",
    # Bulgarian, in Cyrillic and Latin letters: ЕООД, ООД, ЕАД, АД (and the insurers' ЗАД), КД, СД
    "еоод", "оод", "еад", "ад", "зад", "кд", "сд", "eood", "ood", "ead",
}
# Dotted legal forms of several words, or whose letters alone are a word: Polish "sp. z o.o.", Slovenian "z.o.o."
_DOTTED_SUFFIX = re.compile(r"(?i)[\s,]+(?:sp\.?\s*z\s*o\.\s*o\.?|z\.\s*o\.\s*o\.?)\s*$")
# Letters NFKD does not decompose: "Y\u0131ld\u0131z" and "Yildiz", "\u00d8ster" and "Oster" are one name.
_FOLD = str.maketrans({"\u0131": "i", "\u00f8": "o", "\u0142": "l", "\u0111": "d", "\u00df": "ss", "\u00e6": "ae",
                       "\u0153": "oe", "\u00fe": "th", "\u00f0": "d"})
_NON_WORD = re.compile(r"[^\w\s]")
_JOINERS = frozenset(("&", "and", "und", "+"))
_SPACES = re.compile(r"\s+")


def normalize_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", _DOTTED_SUFFIX.sub("", name).translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ").replace(".", "")  # "S.A." -> "sa", "J.P." -> "jp"
    text = _NON_WORD.sub(" ", text)
    words = _SPACES.sub(" ", text).strip().split(" ")
    # "Müller GmbH & Co. KG" -> "muller": strip suffixes and the "and" that joined them.
    while len(words) > 1 and (words[-1] in _LEGAL_SUFFIXES or (words[-1] == "and" and len(words) > 2)):
        words.pop()
    return " ".join(w for w in words if w)


def _legal_word(word: str) -> bool:
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return folded.casefold().replace(".", "").strip(",") in _LEGAL_SUFFIXES  # ("OÜ" too)


def without_legal_form(name: str) -> str:
    """`name` as shown: the legal form at its end goes ("Harbourline Logistics Ltd" -> "Harbourline Logistics",
    "Müller GmbH & Co. KG" -> "Müller", "Pekarna sp. z o.o." -> "Pekarna"), the words `normalize_name` drops, so
    the name shown and the entity's key agree. A name is never emptied."""
    words = _DOTTED_SUFFIX.sub("", name).split()
    while len(words) > 1 and (_legal_word(words[-1]) or words[-1].casefold() in _JOINERS):
        words.pop()
    return " ".join(words).rstrip(",") or name
