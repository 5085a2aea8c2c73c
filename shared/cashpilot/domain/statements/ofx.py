"""OFX and QFX statements: SGML OFX 1.x (leaf tags without end tags) and XML OFX 2.x, one tokenizer.

Bank (`STMTRS`) and credit card (`CCSTMTRS`) statements; several statements in one file are all read.
A transaction's date is DTPOSTED (DTUSER when DTPOSTED is missing), its amount TRNAMT as signed by the
file (OFX signs from the account holder's side: card charges are negative), its description
"NAME - MEMO" by the shared rule (see text.py), its id FITID, its currency the statement's CURDEF.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements import fingerprint
from cashpilot.domain.statements.dates import parse_date
from cashpilot.domain.statements.encoding import DecodedText
from cashpilot.domain.statements.errors import not_a_statement
from cashpilot.domain.statements.model import (
    POSTED,
    Decision,
    Overrides,
    ParsedStatement,
    SkippedLine,
    StatementFormat,
    StatementRow,
)
from cashpilot.domain.statements.numbers import Amount, AmountReader
from cashpilot.domain.statements.text import combine

_TAG = re.compile(r"<(/?)([A-Za-z0-9_.]+)(?:\s[^>]*)?>([^<]*)")
_AGGREGATES = frozenset({
    "OFX", "SIGNONMSGSRSV1", "SONRS", "STATUS", "FI", "BANKMSGSRSV1", "STMTTRNRS", "STMTRS", "BANKACCTFROM",
    "BANKTRANLIST", "STMTTRN", "LEDGERBAL", "AVAILBAL", "CREDITCARDMSGSRSV1", "CCSTMTTRNRS", "CCSTMTRS",
    "CCACCTFROM", "PAYEE", "CURRENCY", "ORIGCURRENCY", "BANKACCTTO", "CCACCTTO", "BALLIST", "BAL",
    "MKTGINFO", "INTU.XFER",
})
_STATEMENTS = frozenset({"STMTRS", "CCSTMTRS"})


def looks_like_ofx(head: str) -> bool:
    upper = head[:4096].upper()
    return "OFXHEADER" in upper or "<OFX>" in upper


@dataclass
class _Statement:
    kind: str  # STMTRS | CCSTMTRS
    values: dict[str, str] = field(default_factory=dict)
    transactions: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def parse_ofx(decoded: DecodedText, overrides: Overrides, account_type: str | None) -> ParsedStatement:
    text = decoded.text
    start = text.upper().find("<OFX>")
    if start < 0:
        raise not_a_statement("it has an OFX header but no <OFX> body.")
    newlines = [m.start() for m in re.finditer("\n", text)]
    version = "2" if "<?OFX" in text[:start].upper() or "<?xml" in text[:start].lower() else "1"
    statements: list[_Statement] = []
    stack: list[str] = []
    current: _Statement | None = None
    transaction: dict[str, str] | None = None
    transaction_line = 0
    leaf: str | None = None
    for m in _TAG.finditer(text, start):
        closing, tag, body = m.group(1), m.group(2).upper(), m.group(3)
        if closing:
            if tag == leaf:
                leaf = None
                continue
            if tag in stack:
                while stack:
                    popped = stack.pop()
                    if popped == "STMTTRN" and transaction is not None and current is not None:
                        current.transactions.append((transaction_line, transaction))
                        transaction = None
                    if popped in _STATEMENTS:
                        current = None
                    if popped == tag:
                        break
            continue
        value = body.strip()
        if not value and tag in _AGGREGATES and not _closes_at(text, m.end(), tag):
            if tag == "STMTTRN" and transaction is not None and current is not None:
                current.transactions.append((transaction_line, transaction))  # SGML without </STMTTRN>
            stack.append(tag)
            leaf = None
            if tag in _STATEMENTS:
                current = _Statement(tag)
                statements.append(current)
            elif tag == "STMTTRN":
                transaction = {}
                transaction_line = bisect_right(newlines, m.start()) + 1
            continue
        leaf = tag
        key = tag
        parent = stack[-1] if stack else ""
        if parent not in ("STMTTRN", "STMTRS", "CCSTMTRS", "BANKTRANLIST", "OFX"):
            key = f"{parent}.{tag}"
        value = html.unescape(value)
        if transaction is not None and "STMTTRN" in stack:
            transaction.setdefault(key, value)
        elif current is not None:
            current.values.setdefault(key, value)
    if transaction is not None and current is not None and (transaction_line, transaction) not in current.transactions:
        current.transactions.append((transaction_line, transaction))
    if not statements:
        raise not_a_statement("the OFX file holds no bank or credit card statement.")
    return _build(decoded, statements, version, overrides, account_type)


def _closes_at(text: str, position: int, tag: str) -> bool:
    """`<TAG></TAG>`: an empty leaf in XML OFX, not an aggregate."""
    return text.startswith(f"</{tag}>", position) or text[position:position + len(tag) + 3].upper() == f"</{tag}>"


def _build(decoded: DecodedText, statements: list[_Statement], version: str, overrides: Overrides,
           account_type: str | None) -> ParsedStatement:
    point = AmountReader(".")
    comma = AmountReader(",")
    rows: list[StatementRow] = []
    skipped: list[SkippedLine] = []
    warnings: list[str] = []
    invert = overrides.sign_convention == "inverted"
    currencies = set()
    card = any(s.kind == "CCSTMTRS" for s in statements)
    ledger = []
    for statement in statements:
        cur = statement.values.get("CURDEF", "").upper() or None
        if cur not in CURRENCIES:
            cur = None
        currencies.add(cur)
        if "LEDGERBAL.BALAMT" in statement.values:
            ledger.append(statement.values["LEDGERBAL.BALAMT"])
        for line, trn in statement.transactions:
            skip = line in overrides.skip_lines
            raw_text = " | ".join(f"{k}={v}" for k, v in trn.items())
            if skip:
                skipped.append(SkippedLine(line, "skipped as asked", "override", raw_text))
                continue
            when = parse_date(trn.get("DTPOSTED") or trn.get("DTUSER") or "", "YMD")
            if when is None:
                skipped.append(SkippedLine(line, f"unreadable date {trn.get('DTPOSTED', '')!r}", "invalid", raw_text))
                continue
            text_amount = trn.get("TRNAMT", "")
            reader = comma if "," in text_amount and "." not in text_amount else point
            amount = reader.read(text_amount)
            if not isinstance(amount, Amount):
                skipped.append(SkippedLine(line, f"unreadable amount {text_amount!r}", "invalid", raw_text))
                continue
            value = -amount.value if invert else amount.value
            name = trn.get("NAME") or trn.get("PAYEE.NAME") or trn.get("PAYEE") or ""
            description = combine([name, trn.get("MEMO", "")]) or combine([trn.get("TRNTYPE", "").lower()])
            # CURRENCY means "this amount is in another currency"; ORIGCURRENCY means "converted to CURDEF".
            row_currency = trn.get("CURRENCY.CURSYM", "").upper()
            rows.append(StatementRow(
                line=line, date=when, amount=value + Decimal("0.00"), description=description, balance=None,
                currency=row_currency if row_currency in CURRENCIES else cur,
                status=POSTED, value_date=parse_date(trn.get("DTAVAIL", ""), "YMD"),
                counterparty=combine([name]) or None, bank_transaction_id=trn.get("FITID") or None,
                raw=dict(trn), sequence=len(rows)))
    if len(statements) > 1:
        warnings.append(f"the file holds {len(statements)} statements; all their transactions are listed")
    if not rows:
        warnings.append("no transactions found in the statement")
    invalid = sum(1 for s in skipped if s.kind == "invalid")
    kind = "credit" if card else "bank"
    decisions = {
        "encoding": Decision(decoded.encoding, 0.95, decoded.evidence),
        "version": Decision(f"OFX {version}.x ({'XML' if version == '2' else 'SGML'})", 1.0, ("file header",), "file"),
        "account_type": Decision(account_type or kind, 1.0, ("given by the caller",) if account_type else
                                 (f"{'credit card' if card else 'bank'} statement aggregate",),
                                 "override" if account_type else "file"),
        "currency": Decision(next(iter(currencies)) if len(currencies) == 1 else None, 1.0, ("CURDEF",), "file"),
        "sign_convention": Decision("inverted" if invert else "as_is", 1.0,
                                    ("given by the caller",) if invert else ("OFX amounts are signed by the file",),
                                    "override" if overrides.sign_convention else "file"),
        "date_format": Decision("%Y%m%d", 1.0, ("OFX date format",), "file"),
        "decimal_mark": Decision(".", 1.0, ("OFX number format",), "file"),
    }
    if ledger:
        decisions["ledger_balance"] = Decision(ledger[0], 1.0, ("LEDGERBAL",), "file")
    shape_id, payload = fingerprint.shape("ofx", version=version, statement="credit" if card else "bank")
    fmt = StatementFormat(
        kind="ofx", encoding=decoded.encoding, line_ending=decoded.line_ending, decisions=decisions,
        shape_fingerprint=shape_id,
        fingerprint=fingerprint.full(payload, {"sign_convention": decisions["sign_convention"].value}))
    confidence = 0.99 * (len(rows) / (len(rows) + invalid) if rows else 0.0)
    return ParsedStatement(tuple(rows), tuple(sorted(skipped, key=lambda s: s.line)), tuple(warnings), fmt,
                           round(confidence, 3))
