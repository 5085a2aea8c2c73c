"""Where the table is: preamble lines, the header row (or none), the rows, the footer.

A data row is a record with a date-like and an amount-like cell. The header is the record, among the first
200, whose cells name the most known roles (in any of our languages) and that data rows follow. Without
such a record, the table starts at the first run of data rows; the record just before it is a header (in a
language we do not know) if it has the same width and only text, otherwise the file has no header.
Everything before the table is preamble (account details, balances, blank lines); trailing records without
any date after the last row are the footer (totals, closing balance, disclaimers).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cashpilot.domain.statements.dates import looks_like_date
from cashpilot.domain.statements.dialect import Record, width_key
from cashpilot.domain.statements.model import Role
from cashpilot.domain.statements.numbers import looks_like_amount
from cashpilot.domain.statements.vocabulary import header_role, normalise_header

SEARCH = 200
_MONEY_ROLES = {Role.AMOUNT, Role.DEBIT, Role.CREDIT, Role.BALANCE}
_DATE_ROLES = {Role.DATE, Role.VALUE_DATE}


@dataclass
class Table:
    header_index: int | None  # index into the records, None without a header row
    start: int  # index of the first row record
    end: int  # index after the last row record (the footer starts here)
    width: int  # number of columns
    confidence: float
    evidence: list[str] = field(default_factory=list)


def _has_date(fields: list[str]) -> bool:
    return any(0 < len(f) <= 40 and looks_like_date(f) for f in fields)


def is_data(fields: list[str]) -> bool:
    has_date = has_number = False
    for cell in fields:
        cell = cell.strip()
        if not cell or len(cell) > 40:
            continue
        if not has_date and looks_like_date(cell):
            has_date = True
        elif not has_number and any(ch.isdigit() for ch in cell) and looks_like_amount(cell):
            has_number = True
        if has_date and has_number:
            return True
    return False


def header_score(fields: list[str]) -> tuple[int, bool]:
    """How many cells are known header names, and whether a date and a money name are among them."""
    roles = []
    for cell in fields:
        if cell.strip():
            found = header_role(normalise_header(cell).key)
            if found:
                roles.append(found[0])
    essential = bool(_DATE_ROLES & set(roles)) and bool(_MONEY_ROLES & set(roles))
    return len(roles), essential


def locate_table(records: list[Record], header_line: int | None = None) -> Table | None:
    if not records:
        return None
    data = [is_data(fields) for _, fields in records[:SEARCH]]

    def data_at(i: int) -> bool:
        return data[i] if i < len(data) else is_data(records[i][1])

    if header_line is not None:
        return _forced(records, header_line, data_at)
    best: tuple[float, int] | None = None
    for i, (_, fields) in enumerate(records[:SEARCH]):
        if data[i]:
            continue
        matches, essential = header_score(fields)
        filled = sum(1 for f in fields if f.strip())
        if matches < 2 or not (essential or matches >= 3) or filled < 2:
            continue
        following = [data_at(j) for j in range(i + 1, min(i + 4, len(records)))]
        if following and not any(following):
            continue
        score = matches + (3 if essential else 0) + matches / filled
        if best is None or score > best[0]:
            best = (score, i)
    if best is not None:
        i = best[1]
        matches, _ = header_score(records[i][1])
        confidence = 0.98 if matches >= 3 else 0.9
        table = Table(i, i + 1, 0, 0, confidence, [f"line {records[i][0]}: header row ({matches} known column names)"])
        return _finish(records, table, data_at)
    def run_starts(i: int) -> bool:
        return data[i] and (i + 1 >= len(records) or data_at(i + 1) or (i + 2 < len(records) and data_at(i + 2)))

    start = next((i for i in range(min(SEARCH, len(records))) if run_starts(i)), None)
    if start is None:
        return None
    if start > 0 and _text_header(records[start - 1][1], records[start][1]):
        table = Table(start - 1, start, 0, 0, 0.75,
                      [f"line {records[start - 1][0]}: header row (names not in our vocabulary)"])
    else:
        table = Table(None, start, 0, 0, 0.7, [f"no header row; rows start at line {records[start][0]}"])
    return _finish(records, table, data_at)


def _text_header(fields: list[str], first_row: list[str]) -> bool:
    if abs(width_key(fields) - width_key(first_row)) > 1:
        return False
    cells = [f.strip() for f in fields]
    filled = [c for c in cells if c]
    if len(filled) < max(2, 0.6 * width_key(fields)):
        return False
    return not any(looks_like_date(c) or looks_like_amount(c) for c in filled)


def _forced(records: list[Record], header_line: int, data_at) -> Table | None:  # type: ignore[no-untyped-def]
    if header_line == 0:
        start = next((i for i in range(len(records)) if data_at(i)), 0)
        table = Table(None, start, 0, 0, 1.0, ["no header row (given by the caller)"])
        return _finish(records, table, data_at)
    index = next((i for i, (line, _) in enumerate(records) if line >= header_line), None)
    if index is None:
        return None
    table = Table(index, index + 1, 0, 0, 1.0, [f"line {records[index][0]}: header row (given by the caller)"])
    return _finish(records, table, data_at)


def _finish(records: list[Record], table: Table, data_at) -> Table:  # type: ignore[no-untyped-def]
    end = len(records)
    while end > table.start and not _has_date(records[end - 1][1]):
        end -= 1
    table.end = end
    body = records[table.start:min(end, table.start + 500)]
    widths = Counter(width_key(fields) for _, fields in body)
    data_width = widths.most_common(1)[0][0] if widths else 0
    header_width = width_key(records[table.header_index][1]) if table.header_index is not None else 0
    table.width = max(header_width, data_width, 1)
    return table
