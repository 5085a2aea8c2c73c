"""The CSV dialect: which delimiter, and the file as records of fields with their line numbers.

The delimiter is the one of `,` `;` TAB `|` that cuts the most lines into the same number of fields
(ignoring one trailing empty field, so a trailing delimiter on the header or on every row does not count
against it), weighted by that number: a semicolon file with decimal commas cuts into more, equal pieces
with `;` than with `,`. Quotes follow RFC 4180 (doubled quotes, delimiters and newlines inside quotes).
A stray quote that would swallow the rest of the file is detected and the file re-read line by line.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

CANDIDATES = (",", ";", "\t", "|")
SAMPLE_LINES = 400
SAMPLE_CHARS = 256 * 1024
# A quoted cell spanning more lines than this is a stray quote, not a multi-line description.
MAX_RECORD_LINES = 40

Record = tuple[int, list[str]]  # (1-based line where the record starts, fields)


@dataclass(frozen=True, slots=True)
class DelimiterChoice:
    delimiter: str | None
    confidence: float
    evidence: tuple[str, ...]
    width: int  # the typical number of fields


_NAMES = {",": "comma", ";": "semicolon", "\t": "TAB", "|": "pipe"}


def delimiter_name(delimiter: str) -> str:
    return _NAMES.get(delimiter, repr(delimiter))


def width_key(fields: list[str]) -> int:
    """Field count, not counting one trailing empty field (a trailing delimiter)."""
    n = len(fields)
    if n > 1 and not fields[-1].strip():
        return n - 1
    return n


def sample_of(text: str, lines: int = SAMPLE_LINES, chars: int = SAMPLE_CHARS) -> str:
    """The first `lines` lines, at most `chars` characters: enough to sniff, cheap on 50 MB of garbage."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1, chars)
        if end < 0:
            return text[:chars]
    return text[:end]


def detect_delimiter(text: str) -> DelimiterChoice:
    sample = sample_of(text)
    scores: dict[str, tuple[float, int, int, int]] = {}
    for delimiter in CANDIDATES:
        if delimiter not in sample:
            continue
        records = read_records(sample, delimiter)
        widths = Counter(width_key(fields) for _, fields in records)
        widths = Counter({w: c for w, c in widths.items() if w >= 2})
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda wc: (wc[1] * min(wc[0], 12), wc[0]))
        near = sum(c for w, c in widths.items() if w != width and abs(w - width) <= 1)
        scores[delimiter] = (count * min(width, 12) + 0.25 * near * min(width, 12), width, count + near,
                             len(records))
    if not scores:
        return DelimiterChoice(None, 0.0, ("no line splits into two or more fields with , ; TAB or |",), 1)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1][0], CANDIDATES.index(kv[0])))
    best, (score, width, count, total) = ranked[0]
    evidence = [f"{delimiter_name(best)}: {count} of {total} lines split into {width} (±1) fields"]
    confidence = min(1.0, 0.6 + 0.4 * count / max(total, 1))
    if len(ranked) > 1:
        runner, (other, owidth, ocount, _) = ranked[1]
        evidence.append(f"{delimiter_name(runner)}: {ocount} lines split into {owidth} fields")
        if other > 0.8 * score:
            confidence = min(confidence, 0.7)
    return DelimiterChoice(best, confidence, tuple(evidence), width)


def read_records(text: str, delimiter: str) -> list[Record]:
    """Non-blank records with their starting line numbers; never raises on malformed quoting."""
    # `a, "b, c"`: a space before an opening quote. Only files that write cells that way get the space
    # skipped, so an unquoted "ACME, INC." elsewhere keeps its space.
    sample = text[:65536]
    spaced = sample.count(delimiter + ' "') > max(2, sample.count("\n") // 2)
    try:
        return _read(text, delimiter, spaced)
    except (csv.Error, _RunawayQuote):
        return _read_lines(text, delimiter, spaced)


class _RunawayQuote(Exception):
    pass


def _read(text: str, delimiter: str, spaced: bool) -> list[Record]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', skipinitialspace=spaced)
    out: list[Record] = []
    append = out.append
    previous = 0
    for fields in reader:
        start = previous + 1
        previous = reader.line_num
        if previous - start >= MAX_RECORD_LINES:
            raise _RunawayQuote
        if fields and (fields[0].strip() or "".join(fields).strip()):
            append((start, fields))
    return out


def _read_lines(text: str, delimiter: str, spaced: bool) -> list[Record]:
    out: list[Record] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line], delimiter=delimiter, quotechar='"', skipinitialspace=spaced))
        except (csv.Error, StopIteration):
            fields = line.split(delimiter)
        if "".join(fields).strip():
            out.append((number, fields))
    return out
