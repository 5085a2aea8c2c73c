"""Which currency a row is in, when the file says so.

In order: a currency column on the row; a code or unambiguous symbol written in the amount cells
("12,34 €", "EUR 12.34", "R$ 1.234,56"); an annotation on a money column's name ("Amount (GBP)",
"Betrag (€)", "Saldo in CHF", "Débit euros"); one currency named in the preamble or footer
("Währung: CHF", "Currency;EUR"). A file that names none gets none: we never guess from the language.
A bare "$" counts as USD (the rest of the dollar world writes C$, A$, NZ$ ... or the code).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements.model import Decision

_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")
_LABEL = re.compile(r"(currency|w(a|ä|ae)hrung|devise|divisa|moeda|moneda|munt|valuta|m(e|ě)na|waluta|ccy)",
                    re.IGNORECASE)
# Three-letter words that are also currency codes and appear in preambles as words.
_NOT_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "SOS", "WST", "MAD"})


def from_lines(lines: Iterable[str]) -> tuple[str | None, str]:
    """A single currency named in preamble / footer lines, preferring lines labelled as currency."""
    labelled: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for line in lines:
        codes = [c for c in _CODE.findall(line) if c in CURRENCIES and c not in _NOT_CODES]
        if not codes:
            continue
        if _LABEL.search(line):
            labelled.update(codes)
        anywhere.update(codes)
    for counts, where in ((labelled, "a currency line"), (anywhere, "the lines around the table")):
        if len(counts) == 1:
            code = next(iter(counts))
            return code, f"{code} named in {where}"
    return None, ""


def decide(column_codes: Counter[str], cell_codes: dict[str, int], header_codes: Iterable[str],
           line_code: tuple[str | None, str]) -> Decision:
    """The file-level currency (rows with their own currency cell keep it)."""
    if column_codes:
        top, count = column_codes.most_common(1)[0]
        others = len(column_codes) - 1
        evidence = (f"currency column: {top} on {count} rows" + (f", {others} other currencies" if others else ""),)
        return Decision(top, 1.0 if not others else 0.9, evidence, "file")
    if cell_codes:
        top = max(cell_codes, key=lambda c: cell_codes[c])
        return Decision(top, 0.95 if len(cell_codes) == 1 else 0.7, (f"amounts written with {top}",), "file")
    headers = Counter(c for c in header_codes if c)
    if len(headers) == 1:
        code = next(iter(headers))
        return Decision(code, 0.95, (f"column names say {code}",), "file")
    code, why = line_code
    if code:
        return Decision(code, 0.9, (why,), "file")
    return Decision(None, 1.0, ("the file does not name a currency",), "default")
