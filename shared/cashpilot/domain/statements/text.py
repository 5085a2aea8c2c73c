"""How a row's description is written, the same way for every format.

The rule (also used for OFX and CAMT.053):

1. Parts, in this order: the counterparty, then the description columns, then the memo / reference
   columns, each in file order. The counterparty is the payee column; when a file has both a payer and a
   payee column (DKB, Wise), it is the payee for money out and the payer for money in.
2. Each part is trimmed and single-spaced (newlines inside quoted cells become spaces).
3. A part without a letter or digit ("-", "/", "") is dropped. A part that repeats another (ignoring case
   and spacing), or is contained in another as whole words, is dropped in favour of the longer one, which
   keeps the earlier position ("TESCO" + "TESCO STORES 1234" -> "TESCO STORES 1234"; but "Miete" stays
   next to "Vermieter GmbH": it is not a word of it).
4. The remaining parts are joined with " - ": "Payee - Description - Memo".
5. Transaction types (Lastschrift, Card payment, DEB) are used only when nothing else is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = re.compile(r"\s+")
_WORDY = re.compile(r"[^\W_]")
SEPARATOR = " - "


def clean(text: str) -> str:
    if not text:
        return ""
    if text.isprintable() and "  " not in text:  # the common case, one C call: nothing to collapse
        return text.strip()
    return _SPACE.sub(" ", text).strip()


def combine(parts: Iterable[str]) -> str:
    present = []
    for raw in parts:
        if raw:
            part = clean(raw)
            if part and (part[0].isalnum() or _WORDY.search(part)):
                present.append(part)
    if len(present) < 2:
        return present[0] if present else ""
    if len(present) == 2:  # the common "Payee - Memo": same rule, without the bookkeeping
        first, second = present
        a, b = first.casefold(), second.casefold()
        if contains(a, b):
            return first
        if contains(b, a):
            return second
        return f"{first}{SEPARATOR}{second}"
    kept: list[str] = []
    folded: list[str] = []
    for part in present:
        key = part.casefold()
        replaced = False
        skip = False
        for k, existing in enumerate(folded):
            if contains(existing, key):
                skip = True
                break
            if contains(key, existing):
                if not replaced:
                    kept[k] = part
                    folded[k] = key
                    replaced = True
                else:
                    kept[k] = ""
                    folded[k] = "\x00"
        if skip:
            continue
        if not replaced:
            kept.append(part)
            folded.append(key)
    return SEPARATOR.join(p for p in kept if p)


def contains(hay: str, needle: str) -> bool:
    """`needle` occurs in `hay` as whole words (no letter or digit glued to either end)."""
    size = len(needle)
    i = hay.find(needle)
    while i >= 0:
        j = i + size
        if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
            return True
        i = hay.find(needle, i + 1)
    return False


def normalise_description(text: str) -> str:
    """The comparison form of a description: case-folded, single-spaced."""
    return _SPACE.sub(" ", text).strip().casefold()
