"""Delimited text statements (CSV, TSV, semicolon and pipe files): the whole inference, in order.

dialect -> table (preamble, header, footer) -> column profiles and roles -> decimal mark -> amounts ->
currency -> date format -> rows -> amount columns settled -> running balance -> sign convention ->
descriptions -> confidence and fingerprint. Every step records what it decided and why; every
step can be overridden (see `Overrides`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements import currency as currencies
from cashpilot.domain.statements import fingerprint
from cashpilot.domain.statements.balance import BalanceCheck, chain_fit, check_running_balance, signs_from_balance
from cashpilot.domain.statements.columns import (
    MoneyChoice,
    Profile,
    RolePlan,
    infer_roles,
    profile_columns,
    resolve_amounts,
    unique_names,
)
from cashpilot.domain.statements.dates import DateHints, DateReader, infer_date_format, order_from_pattern
from cashpilot.domain.statements.dialect import detect_delimiter, read_records, sample_of, width_key
from cashpilot.domain.statements.encoding import DecodedText
from cashpilot.domain.statements.errors import not_a_statement
from cashpilot.domain.statements.header import is_data, locate_table
from cashpilot.domain.statements.model import (
    PENDING,
    POSTED,
    ColumnDecision,
    Decision,
    Overrides,
    ParsedStatement,
    RawRow,
    Role,
    SkippedLine,
    StatementFormat,
    StatementRow,
)
from cashpilot.domain.statements.numbers import VOTE_CAP, Amount, AmountReader, spread, vote_decimal_mark
from cashpilot.domain.statements.signs import decide_signs
from cashpilot.domain.statements.text import clean, combine
from cashpilot.domain.statements.vocabulary import (
    BALANCE_LINE,
    CARD_HEADER_WORDS,
    TOTAL_LINE,
    direction_of,
    fold,
    header_role,
    normalise_header,
    status_of,
)

_ENGLISH = frozenset({"date", "description", "amount", "balance", "transaction date", "posting date", "posted date",
                      "payee", "memo", "debit", "credit", "details", "type", "reference", "running bal",
                      "post date", "trans date", "money in", "money out", "paid in", "paid out", "name", "category"})


def parse_csv(decoded: DecodedText, overrides: Overrides, account_type: str | None) -> ParsedStatement:
    text = decoded.text
    decisions: dict[str, Decision] = {"encoding": Decision(decoded.encoding, 0.95, decoded.evidence,
                                                           "override" if overrides.encoding else "inferred")}
    warnings: list[str] = []

    # -- dialect and table -----------------------------------------------------------------------------
    first, _, rest = text.partition("\n")
    declared = _SEP_LINE.fullmatch(first.strip())
    if declared:
        text = "\n" + rest  # Excel's "sep=;" line: honour it, keep the line numbers
    if overrides.delimiter:
        delimiter = overrides.delimiter
        decisions["delimiter"] = Decision(delimiter, 1.0, ("given by the caller",), "override")
    elif declared and declared.group(1) in ",;\t|":
        delimiter = declared.group(1)
        decisions["delimiter"] = Decision(delimiter, 1.0, ("the file's first line says sep=" + delimiter,), "file")
    else:
        choice = detect_delimiter(text)
        if choice.delimiter is None:
            raise not_a_statement("it has no columns (no line splits at , ; TAB or |).")
        delimiter = choice.delimiter
        decisions["delimiter"] = Decision(delimiter, choice.confidence, choice.evidence)
    sample = sample_of(text)
    records = read_records(sample, delimiter)
    # Garbage (or a letter, a log file) is refused on its first lines: no reading 50 MB to find that out.
    if locate_table(records, overrides.header_line) is None:
        raise not_a_statement("no line has both a date and an amount.")
    if len(sample) < len(text):
        records = read_records(text, delimiter)
    table = locate_table(records, overrides.header_line)
    if table is None:
        raise not_a_statement("no line has both a date and an amount.")
    header = records[table.header_index][1] if table.header_index is not None else None
    width = table.width
    names = unique_names(header, width)
    first_table = table.header_index if table.header_index is not None else table.start
    preamble = [_line_text(fields) for _, fields in records[:first_table]]
    footer = records[table.end:]
    body = records[table.start:table.end]
    decisions["header"] = Decision(records[table.header_index][0] if table.header_index is not None else None,
                                   table.confidence, tuple(table.evidence),
                                   "override" if overrides.header_line is not None else "inferred")

    if not body and header is not None:
        return _no_rows(decoded, decisions, header, names, records, table, preamble, footer, delimiter)

    skipped: list[SkippedLine] = [
        # A line above the header that looks like a transaction is shown, never silently dropped.
        SkippedLine(line, "above the table's header row: not read as a transaction", "summary", _line_text(fields))
        for line, fields in records[:first_table] if is_data(fields)]
    rows: list[list[str]] = []
    overflow: dict[int, list[str]] = {}
    for k, (_, fields) in enumerate(body):
        n = len(fields)
        if n != width:
            if n > width:
                if any(x.strip() for x in fields[width:]):
                    overflow[k] = fields
                fields = fields[:width]
            else:
                fields = fields + [""] * (width - n)
        rows.append(fields)
    columns: list[Sequence[str]] = [list(c) for c in zip(*rows, strict=True)] if rows else [[] for _ in names]

    # -- roles ---------------------------------------------------------------------------------------------
    # Rows much shorter than the table (a closing-balance line inside it) would blur the column profiles.
    regular = [k for k, (_, fields) in enumerate(body) if width_key(fields) >= width - 1]
    if len(regular) == len(rows) or len(regular) < len(rows) / 2:
        profiled = columns
    else:
        profiled = [[col[k] for k in regular] for col in columns]
    profiles = profile_columns(names, header, profiled)
    plan = infer_roles(profiles, overrides.columns)
    unknown_columns = sorted(set(overrides.columns) - {*names, *(h.strip() for h in header or ())})
    if unknown_columns:
        warnings.append(f"the file has no column named {', '.join(map(repr, unknown_columns))}: "
                        f"that override was not used")
    date_col = plan.first(Role.DATE)
    if date_col is None:
        raise not_a_statement("no column holds dates.", columns=names)
    money_cols = sorted({*plan.columns(Role.AMOUNT), *plan.columns(Role.DEBIT), *plan.columns(Role.CREDIT),
                         *plan.columns(Role.BALANCE), *plan.columns(Role.FEE), *plan.numeric})
    if not money_cols:
        raise not_a_statement("no column holds amounts.", columns=names)

    # -- decimal mark and amounts ----------------------------------------------------------------------------
    mark_decision = _decimal_mark(columns, money_cols, delimiter, overrides.decimal_mark)
    decisions["decimal_mark"] = mark_decision
    reader = AmountReader(mark_decision.value)
    parsed: dict[int, list[Decimal | None]] = {}
    cell_errors: dict[int, dict[int, str]] = {}
    cell_currency: dict[int, list[str | None]] = {}
    for i in money_cols:
        parsed[i], cell_errors[i], cell_currency[i] = reader.read_column(columns[i])

    # -- currency --------------------------------------------------------------------------------------------
    currency_col = plan.first(Role.CURRENCY)
    column_codes: Counter[str] = Counter()
    if currency_col is not None:
        column_codes = Counter(c.strip().upper() for c in columns[currency_col] if c.strip())
    header_codes = [profiles[i].header_currency for i in money_cols if profiles[i].header_currency]
    line_code = currencies.from_lines([_line_text(f) for _, f in records[:first_table]]
                                      + [_line_text(f) for _, f in footer])
    currency_decision = currencies.decide(column_codes, dict(reader.currencies), header_codes, line_code)
    decisions["currency"] = currency_decision
    file_currency = currency_decision.value

    # -- dates ------------------------------------------------------------------------------------------------
    english = header is not None and any(normalise_header(h).key in _ENGLISH for h in header)
    hints = DateHints(decimal_mark=mark_decision.value, currency=file_currency, delimiter=delimiter, english=english)
    forced_order = order_from_pattern(overrides.date_format) if overrides.date_format else None
    inference = infer_date_format(columns[date_col], hints, forced_order)
    if inference.format is None:
        raise not_a_statement("the date column holds no readable dates.", column=names[date_col])
    decisions["date_format"] = Decision(inference.format.label, inference.confidence, tuple(inference.evidence),
                                        "override" if forced_order else "inferred")
    date_reader = DateReader(inference.format)
    value_col = plan.first(Role.VALUE_DATE)
    value_reader = date_reader
    if value_col is not None:
        value_inference = infer_date_format(columns[value_col], hints, forced_order or inference.format.order)
        if value_inference.format is not None:
            value_reader = DateReader(value_inference.format)

    # -- statuses, dates and the rows that count (column by column: one pass each) --------------------------
    n_rows = len(rows)
    lines = [line for line, _ in body]
    status_col = plan.first(Role.STATUS)
    statuses: list[str | None] = [None] * n_rows
    unknown_status: Counter[str] = Counter()
    if status_col is not None:
        for k, cell in enumerate(columns[status_col]):
            word = cell.strip()
            if word:
                kind = status_of(word)
                statuses[k] = kind
                if kind is None:
                    unknown_status[word] += 1
    read_date = date_reader.read
    dates = [read_date(c) for c in columns[date_col]]
    value_dates = [value_reader.read(c) for c in columns[value_col]] if value_col is not None else None
    usable = [s != "failed" and d is not None for s, d in zip(statuses, dates, strict=True)]
    money = resolve_amounts(plan, parsed, usable)
    source, direction_col = _amount_source(plan, money, parsed)
    if source is None:
        raise not_a_statement("no column holds amounts.", columns=names)
    decisions["amount_source"] = Decision(source, money.confidence, tuple(money.evidence) or (_source_text(source),))

    text_cols = [*plan.columns(Role.DESCRIPTION), *plan.columns(Role.PAYEE), *plan.columns(Role.MEMO)]
    broken: set[int] = set()
    for k, fields in overflow.items():
        repaired = _repair(fields, width, delimiter, text_cols, date_col, money, reader, date_reader)
        if repaired is None:
            broken.add(k)
            skipped.append(SkippedLine(lines[k], f"the row has {len(fields)} fields, the table has {width}",
                                       "invalid", _line_text(fields)))
            continue
        rows[k] = repaired
        for i in range(width):
            columns[i][k] = repaired[i]  # type: ignore[index]
        for i in money_cols:
            result = reader.read(repaired[i])
            parsed[i][k] = result.value if isinstance(result, Amount) else None
        dates[k] = read_date(repaired[date_col])
        if value_dates is not None and value_col is not None:
            value_dates[k] = value_reader.read(repaired[value_col])
        if status_col is not None:
            statuses[k] = status_of(repaired[status_col].strip()) if repaired[status_col].strip() else None

    unknown_direction: Counter[str] = Counter()
    amounts, amount_reasons = _row_amounts(source, money, parsed, cell_errors, columns, direction_col, names,
                                           unknown_direction)

    # -- rows -------------------------------------------------------------------------------------------------
    header_keys = [c.strip().casefold() for c in header] if header else None
    balance_col = money.balance
    balance_vals = parsed[balance_col] if balance_col is not None else None
    skip_lines = overrides.skip_lines
    kept: list[int] = []
    kept_dates: list[date] = []
    kept_amounts: list[Decimal] = []
    for k in range(n_rows):
        if k in broken:
            continue
        line = lines[k]
        if skip_lines and line in skip_lines:
            skipped.append(SkippedLine(line, "skipped as asked", "override", _line_text(rows[k])))
            continue
        if statuses[k] == "failed":
            word = columns[status_col][k].strip() if status_col is not None else ""
            skipped.append(SkippedLine(line, f"status {word!r}: not a posted transaction", "not_posted",
                                       _line_text(rows[k])))
            continue
        d = dates[k]
        if d is None:
            fields = rows[k]
            if header_keys is not None and [c.strip().casefold() for c in fields[:len(header_keys)]] == header_keys:
                skipped.append(SkippedLine(line, "the header row repeated", "header", _line_text(fields)))
                continue
            value_date = value_dates[k] if value_dates is not None else None
            cell = fields[date_col].strip()
            # A pending row often has no booking date yet ("", "offen", "pending"), only a value date.
            if value_date is not None and (not cell or status_of(cell) == "pending"):
                d = value_date
                if cell:
                    statuses[k] = "pending"
            else:
                skipped.append(_unreadable(line, fields, "date", fields[date_col], names[date_col]))
                continue
        amount = amounts[k]
        if amount is None:
            reason = amount_reasons.get(k, "no amount")
            skipped.append(_unreadable(line, rows[k], "amount", "", "", reason))
            continue
        if (not amount or (balance_vals is not None and amount == balance_vals[k])) and _is_balance_line(rows[k]):
            skipped.append(SkippedLine(line, "a balance line, not a transaction", "summary", _line_text(rows[k])))
            continue
        kept.append(k)
        kept_dates.append(d)
        kept_amounts.append(amount)
    for line, fields in footer:
        if "".join(fields).strip():
            skipped.append(SkippedLine(line, "summary line after the table", "summary", _line_text(fields)))
    if unknown_status:
        words = ", ".join(repr(w) for w, _ in unknown_status.most_common(5))
        warnings.append(f"unknown status word(s) {words}: those rows were read as posted")
    if unknown_direction:
        words = ", ".join(repr(w) for w, _ in unknown_direction.most_common(5))
        warnings.append(f"unknown debit/credit indicator(s) {words}: those rows were skipped")

    # -- running balance and signs ----------------------------------------------------------------------------
    balance_check: BalanceCheck | None = None
    kept_balances = [balance_vals[k] for k in kept] if balance_vals is not None else None
    if kept_balances is not None and source == "signed" and kept and all(a >= 0 for a in kept_amounts):
        recovered = signs_from_balance(kept_amounts, kept_balances)
        if recovered is not None and recovered.matches > chain_fit(kept_amounts, kept_balances).matches:
            # Unsigned amounts and nothing else saying which way they go: the running balance does.
            kept_amounts = [a * s for a, s in zip(kept_amounts, recovered.signs, strict=True)]
            decisions["amount_source"] = Decision(
                "balance_steps", 0.85, (f"the amounts are unsigned; the running balance gives the direction of "
                                        f"{recovered.matches} of {recovered.checked} rows",))
            if recovered.unknown is not None:
                warnings.append(f"line {lines[kept[recovered.unknown]]}: the running balance cannot tell whether "
                                f"this first row is money in or out; it was read as money in")
    if kept_balances is not None and kept:
        balance_check = check_running_balance(kept_amounts, kept_balances, kept_dates, [lines[k] for k in kept])
    type_cols = plan.columns(Role.TYPE)

    def texts() -> list[str]:
        return [" ".join(rows[k][i] for i in (*text_cols, *type_cols)) for k in kept]

    card_hint = any(p.key in CARD_HEADER_WORDS for p in profiles)
    signs = decide_signs(kept_amounts, texts, source=source, account_type=overrides.account_type or account_type,
                         card_hint=card_hint, balance=balance_check, forced=overrides.sign_convention)
    decisions["sign_convention"] = signs.convention
    decisions["account_type"] = signs.account_type
    if signs.warning:
        warnings.append(signs.warning)
    report = None
    sequence = list(range(len(kept)))
    if balance_check is not None:
        report = balance_check.report
        if balance_check.confident:
            sequence = balance_check.sequence
        if report.breaks:
            shown = ", ".join(str(x) for x in report.breaks[:10])
            more = f" and {len(report.breaks) - 10} more" if len(report.breaks) > 10 else ""
            warnings.append(f"the running balance does not follow from the previous row on line(s) {shown}{more}")
        if not balance_check.confident:
            warnings.append("the running balance does not agree with the amounts on most rows; it was not used")
        if report.reordered_days:
            warnings.append(f"{report.reordered_days} day(s) list same-day rows out of booking order; the running "
                            f"balance gives the order (see each row's sequence)")
        if signs.invert:
            report = _flip_report(report, signs.negate_balance)

    # -- descriptions and rows -------------------------------------------------------------------------------
    describe = _describer(plan)
    txid_col = plan.first(Role.TRANSACTION_ID)
    currency_cells = columns[currency_col] if currency_col is not None else None
    amount_currency = cell_currency.get(money.amount) if money.amount is not None else None
    invert = signs.invert
    negate_balance = signs.negate_balance
    out: list[StatementRow] = []
    append = out.append
    zero = _ZERO
    name_index = {name: i for i, name in enumerate(names)}
    for n, k in enumerate(kept):
        fields = rows[k]
        amount = kept_amounts[n]
        if invert:
            amount = -amount
        balance = kept_balances[n] if kept_balances is not None else None
        if balance is not None:
            balance = (-balance if negate_balance else balance) + zero
        counterparty, description = describe(fields, amount)
        cur = None
        if currency_cells is not None:
            code = currency_cells[k].strip().upper()
            cur = code if code in CURRENCIES else None
        if cur is None and amount_currency is not None:
            cur = amount_currency[k]
        txid = fields[txid_col].strip().strip("'").strip() if txid_col is not None else ""
        status = statuses[k]
        append(StatementRow(
            line=lines[k], date=kept_dates[n], amount=amount + zero, description=description, balance=balance,
            currency=cur or file_currency, status=PENDING if status == "pending" else POSTED,
            value_date=value_dates[k] if value_dates is not None else None, counterparty=counterparty or None,
            bank_transaction_id=txid or None, raw=RawRow(name_index, fields), sequence=sequence[n]))

    # -- confidence and fingerprint ---------------------------------------------------------------------------
    skipped.sort(key=lambda s: s.line)
    invalid = sum(1 for s in skipped if s.kind == "invalid")
    column_decisions = plan.decisions()
    essential = [plan.claims[i].confidence for i in (date_col, money.amount, money.debit, money.credit)
                 if i is not None and i in plan.claims]
    parts_conf = [decisions["delimiter"].confidence, table.confidence, min(essential or [0.5]),
                  inference.confidence * max(inference.valid_share, 0.5), mark_decision.confidence,
                  signs.convention.confidence]
    if report is not None and report.checked:
        parts_conf.append(0.5 + 0.5 * report.consistent / report.checked)
    confidence = _geometric_mean(parts_conf) * (len(out) / (len(out) + invalid) if out else 0.0)
    shape_id, shape_payload = fingerprint.shape(
        "csv", delimiter=delimiter,
        columns=[normalise_header(h).key for h in header] if header else _value_kinds(profiles),
        header=header is not None)
    decided = {"roles": [c.role.value for c in column_decisions], "date_format": inference.format.label,
               "decimal_mark": mark_decision.value, "amount_source": source,
               "sign_convention": signs.convention.value}
    fmt = StatementFormat(
        kind="csv", encoding=decoded.encoding, line_ending=decoded.line_ending, decisions=decisions,
        columns=column_decisions,
        header_line=records[table.header_index][0] if table.header_index is not None else None,
        preamble=tuple(preamble[:50]), balance=report, shape_fingerprint=shape_id,
        fingerprint=fingerprint.full(shape_payload, decided))
    if not out:
        warnings.append("no transactions found in the table")
    return ParsedStatement(tuple(out), tuple(skipped), tuple(warnings), fmt, round(min(max(confidence, 0.0), 1.0), 3))


_SEP_LINE = re.compile(r'"?sep=(.)"?', re.IGNORECASE)
_ZERO = Decimal("0.00")  # adding it gives every amount two places: 12.5 -> 12.50


def _no_rows(decoded: DecodedText, decisions: dict[str, Decision], header: list[str], names: list[str],
             records: list[tuple[int, list[str]]], table, preamble: list[str], footer, delimiter: str  # type: ignore[no-untyped-def]
             ) -> ParsedStatement:
    """A statement with a header and no rows (a quiet month): valid, empty, and said so."""
    columns = []
    for i, name in enumerate(names):
        found = header_role(normalise_header(header[i]).key) if i < len(header) else None
        role = found[0] if found else Role.IGNORE
        columns.append(ColumnDecision(i, name, header[i] if i < len(header) else "", role, 0.8 if found else 0.5,
                                      (f"header {name!r}",) if found else ("no rows to read it from",)))
    skipped = tuple(SkippedLine(line, "summary line after the table", "summary", _line_text(fields))
                    for line, fields in footer if "".join(fields).strip())
    shape_id, payload = fingerprint.shape("csv", delimiter=delimiter,
                                          columns=[normalise_header(h).key for h in header], header=True)
    fmt = StatementFormat(
        kind="csv", encoding=decoded.encoding, line_ending=decoded.line_ending, decisions=decisions,
        columns=tuple(columns), header_line=records[table.header_index][0], preamble=tuple(preamble[:50]),
        shape_fingerprint=shape_id,
        fingerprint=fingerprint.full(payload, {"roles": [c.role.value for c in columns]}))
    return ParsedStatement((), skipped, ("the statement has a header but no transactions",), fmt, 0.9)


def _geometric_mean(values: list[float]) -> float:
    product = 1.0
    for v in values:
        product *= max(v, 0.01)
    return product ** (1 / len(values)) if values else 0.0


def _line_text(fields: Sequence[str]) -> str:
    return " | ".join(f.strip() for f in fields if f.strip())


def _value_kinds(profiles: list[Profile]) -> list[str]:
    kinds = []
    for p in profiles:
        if p.filled == 0:
            kinds.append("empty")
        elif p.date_share >= 0.8:
            kinds.append("date")
        elif p.amount_share >= 0.9:
            kinds.append("number")
        else:
            kinds.append("text")
    return kinds


def _decimal_mark(columns: list[Sequence[str]], money_cols: list[int], delimiter: str, forced: str | None
                  ) -> Decision:
    if forced:
        return Decision(forced, 1.0, ("given by the caller",), "override")
    values: set[str] = set()
    for i in money_cols:
        values.update(columns[i])
    # Every distinct value up to a generous cap: cells of a minority notation are refused row by row later,
    # never read wrongly.
    vote = vote_decimal_mark(v.strip() for v in spread(sorted(values), VOTE_CAP))
    if vote.point or vote.comma:
        mark = "." if vote.point >= vote.comma else ","
        won, lost = (vote.point, vote.comma) if mark == "." else (vote.comma, vote.point)
        name = "point" if mark == "." else "comma"
        evidence = [f"{won} amount(s) written with a decimal {name}"]
        confidence = 1.0
        if lost:
            evidence.append(f"{lost} amount(s) read the other way")
            confidence = max(0.5, won / (won + lost))
        return Decision(mark, confidence, tuple(evidence))
    if delimiter in (";", "\t", "|"):
        return Decision(",", 0.6, ("no amount shows its decimal mark; a non-comma delimiter suggests a decimal comma",))
    return Decision(".", 0.6, ("no amount shows its decimal mark; assumed a decimal point",))


def _amount_source(plan: RolePlan, money: MoneyChoice, parsed: dict[int, list[Decimal | None]]
                   ) -> tuple[str | None, int | None]:
    direction = plan.first(Role.DIRECTION)
    if money.amount is not None:
        values = parsed[money.amount]
        unsigned = not any(v is not None and v < 0 for v in values)
        if direction is not None and unsigned:
            plan.set(direction, Role.DIRECTION, 0.97, "the amounts are unsigned: this column gives the direction")
            return "direction", direction
        if direction is not None:
            plan.set(direction, Role.IGNORE, 0.8, "the amounts are already signed")
        return "signed", None
    if money.debit is not None or money.credit is not None:
        return "debit_credit", None
    return None, None


def _source_text(source: str) -> str:
    return {"signed": "one signed amount column", "debit_credit": "separate debit and credit columns",
            "direction": "an unsigned amount and a debit/credit indicator"}[source]


def _row_amounts(source: str, money: MoneyChoice, parsed: dict[int, list[Decimal | None]],
                 cell_errors: dict[int, dict[int, str]], columns: list[Sequence[str]], direction_col: int | None,
                 names: list[str], unknown_direction: Counter[str]) -> tuple[list[Decimal | None], dict[int, str]]:
    """Each row's amount (money in positive, before any card-export inversion), or the reason it has none."""
    reasons: dict[int, str] = {}
    if source in ("signed", "direction"):
        assert money.amount is not None
        values = parsed[money.amount]
        errors = cell_errors[money.amount]
        for k, v in enumerate(values):
            if v is None:
                reasons[k] = errors.get(k) or f"no amount in {names[money.amount]!r}"
        if source == "signed":
            return values, reasons
        assert direction_col is not None
        out: list[Decimal | None] = []
        for k, (v, word) in enumerate(zip(values, columns[direction_col], strict=True)):
            if v is None:
                out.append(None)
                continue
            word = word.strip()
            sign = direction_of(word) if word else None
            if sign is None:
                if word:
                    unknown_direction[word] += 1
                reasons[k] = f"unknown debit/credit indicator {word!r}" if word else "no debit/credit indicator"
                out.append(None)
            else:
                out.append(abs(v) if sign > 0 else -abs(v))
        return out, reasons
    debits = parsed[money.debit] if money.debit is not None else None
    credits = parsed[money.credit] if money.credit is not None else None
    n = len(next(iter(parsed.values()))) if parsed else 0
    out = []
    for k in range(n):
        debit = debits[k] if debits is not None else None
        credit = credits[k] if credits is not None else None
        if debit is None and credit is None:
            reason = "no amount in the debit or credit column"
            for col in (money.debit, money.credit):
                if col is not None and k in cell_errors[col]:
                    reason = cell_errors[col][k]
            reasons[k] = reason
            out.append(None)
        elif debit is None:
            out.append(abs(credit))  # type: ignore[arg-type]
        elif credit is None:
            out.append(-abs(debit))
        else:
            out.append(abs(credit) - abs(debit))
    return out, reasons


def _describer(plan: RolePlan):  # type: ignore[no-untyped-def]
    """A function (fields, signed amount) -> (counterparty, description) following the rule in text.py."""
    payees = plan.columns(Role.PAYEE)
    payers = plan.columns(Role.PAYER)
    rest = [*plan.columns(Role.DESCRIPTION), *plan.columns(Role.MEMO)]
    types = plan.columns(Role.TYPE)

    def counterparty(fields: list[str], amount: Decimal) -> str:
        if payees and payers:
            first, second = (payees, payers) if amount < 0 else (payers, payees)
            return combine([fields[i] for i in first]) or combine([fields[i] for i in second])
        chosen = payees or payers
        if len(chosen) == 1:
            return clean(fields[chosen[0]])
        return combine([fields[i] for i in chosen])

    def describe(fields: list[str], amount: Decimal) -> tuple[str, str]:
        name = counterparty(fields, amount) if payees or payers else ""
        description = combine([name, *[fields[i] for i in rest]])
        if not description and types:
            description = combine([fields[i] for i in types])
        return name, description

    if len(payees) == 1 and not payers and len(rest) <= 1:
        # The most common shape ("Payee", "Purpose"), without the general machinery: 100,000 calls add up.
        payee = payees[0]
        other = rest[0] if rest else None

        def describe_payee(fields: list[str], amount: Decimal) -> tuple[str, str]:
            name = clean(fields[payee])
            description = combine((name, fields[other])) if other is not None else combine((name,))
            if not description and types:
                description = combine([fields[i] for i in types])
            return name, description

        return describe_payee
    return describe


def _is_balance_line(fields: Sequence[str]) -> bool:
    return any(BALANCE_LINE.search(fold(f)) for f in fields if f and not f[:1].isdigit())


def _unreadable(line: int, fields: Sequence[str], what: str, cell: str, column: str, reason: str | None = None
                ) -> SkippedLine:
    text = _line_text(fields)
    folded = [fold(f.strip()) for f in fields if f.strip()]
    if any(BALANCE_LINE.search(f) for f in folded):
        return SkippedLine(line, "a balance line, not a transaction", "summary", text)
    if any(TOTAL_LINE.match(f) for f in folded):
        return SkippedLine(line, "a total line, not a transaction", "summary", text)
    if reason is None:
        cell = cell.strip()
        reason = f"no {what} in {column!r}" if not cell else f"unreadable {what} {cell!r} in {column!r}"
    return SkippedLine(line, reason, "invalid", text)


def _repair(fields: list[str], width: int, delimiter: str, text_cols: list[int], date_col: int,
            money: MoneyChoice, reader: AmountReader, date_reader: DateReader) -> list[str] | None:
    """An unquoted delimiter inside a text cell: glue the pieces back where that makes the row read."""
    extra = len(fields) - width
    while extra > 0 and not fields[-1].strip():
        fields = fields[:-1]
        extra -= 1
    if extra <= 0:
        return fields[:width] + [""] * (width - len(fields))
    for t in sorted(text_cols):
        candidate = [*fields[:t], delimiter.join(fields[t:t + extra + 1]), *fields[t + extra + 1:]]
        if len(candidate) != width:
            continue
        if date_reader.read(candidate[date_col].strip()) is None:
            continue
        money_cols = [i for i in (money.amount, money.debit, money.credit) if i is not None]
        if money_cols and all(not isinstance(reader.read(candidate[i]), Amount) for i in money_cols):
            continue
        return candidate
    return None


def _flip_report(report, negate: bool):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    if not negate:
        return report
    return replace(report, opening=None if report.opening is None else -report.opening,
                   closing=None if report.closing is None else -report.closing)

