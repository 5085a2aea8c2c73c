"""ISO 20022 CAMT.053 bank-to-customer statements (any version: .001.02 to .001.13; also camt.052/.054).

One row per entry (`Ntry`): amount `Amt` signed by `CdtDbtInd` (DBIT is money out), date `BookgDt`
(`ValDt` when there is no booking date), status `Sts` (BOOK posted, PDNG pending, INFO is not a
transaction). Description by the shared rule (text.py): the counterparty (the creditor of money out, the
debtor of money in) then the unstructured remittance lines; the entry's additional information only when
there is nothing else. The statement's opening and closing balances are checked against the entries.

XML is read with expat. Document type declarations are refused before any entity could be expanded:
CAMT files never have one, and refusing them closes the door on entity-expansion attacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from xml.parsers import expat

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements import fingerprint
from cashpilot.domain.statements.dates import parse_date
from cashpilot.domain.statements.encoding import DecodedText
from cashpilot.domain.statements.errors import not_a_statement
from cashpilot.domain.statements.model import (
    PENDING,
    POSTED,
    BalanceReport,
    Decision,
    Overrides,
    ParsedStatement,
    SkippedLine,
    StatementFormat,
    StatementRow,
)
from cashpilot.domain.statements.numbers import Amount, AmountReader
from cashpilot.domain.statements.text import combine


def looks_like_camt(head: str) -> bool:
    head = head[:8192]
    return "BkToCstmrStmt" in head or "BkToCstmrAcctRpt" in head or "BkToCstmrDbtCdtNtfctn" in head \
        or "camt.05" in head


@dataclass(slots=True)
class _Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Node] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.parts).strip()

    def find(self, path: str) -> _Node | None:
        node: _Node | None = self
        for step in path.split("/"):
            assert node is not None
            node = next((c for c in node.children if c.tag == step), None)
            if node is None:
                return None
        return node

    def find_all(self, path: str) -> list[_Node]:
        nodes = [self]
        for step in path.split("/"):
            nodes = [c for n in nodes for c in n.children if c.tag == step]
        return nodes

    def value(self, path: str) -> str:
        node = self.find(path)
        return node.text if node is not None else ""


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> None:
    raise _Refused


def _tree(data: bytes) -> _Node:
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.buffer_text = True
    root = _Node("#document", {}, 0)
    stack = [root]

    def start(name: str, attrs: dict[str, str]) -> None:
        node = _Node(name.rsplit(":", 1)[-1], attrs, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        stack[-1].parts.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.Parse(data, True)
    return root


def parse_camt(data: bytes, decoded: DecodedText, overrides: Overrides, account_type: str | None) -> ParsedStatement:
    try:
        root = _tree(data)
    except _Refused:
        raise not_a_statement("the XML declares a document type; CAMT statements never do.") from None
    except expat.ExpatError as exc:
        try:  # a wrong encoding declaration: read our decoded text instead
            body = decoded.text
            if body.startswith("<?xml"):
                body = body[body.find("?>") + 2:]
            root = _tree(body.encode("utf-8"))
        except (_Refused, expat.ExpatError):
            raise not_a_statement(f"broken XML ({exc}).") from None
    document = root.children[0] if root.children else None
    if document is None:
        raise not_a_statement("empty XML document.")
    namespace = next((v for k, v in document.attrs.items() if k == "xmlns" or k.startswith("xmlns:")), "")
    message = next((c for c in document.children if c.tag.startswith("BkToCstmr")), None)
    if message is None:
        raise not_a_statement("an XML file that is not a CAMT.053 statement.")
    statements = [c for c in message.children if c.tag in ("Stmt", "Rpt", "Ntfctn")]
    reader = AmountReader(".")
    invert = overrides.sign_convention == "inverted"
    rows: list[StatementRow] = []
    skipped: list[SkippedLine] = []
    warnings: list[str] = []
    reports: list[BalanceReport] = []
    currencies: set[str | None] = set()
    for statement in statements:
        account_currency = statement.value("Acct/Ccy").upper() or None
        booked_total = Decimal(0)
        booked_rows = 0
        statement_currency = account_currency
        for entry in statement.find_all("Ntry"):
            line = entry.line
            raw = _flatten(entry)
            raw_text = " | ".join(f"{k}={v}" for k, v in raw.items())
            if line in overrides.skip_lines:
                skipped.append(SkippedLine(line, "skipped as asked", "override", raw_text))
                continue
            status_code = (entry.value("Sts/Cd") or entry.value("Sts")).upper()
            if status_code == "INFO":
                skipped.append(SkippedLine(line, "status INFO: information only, not a transaction", "not_posted",
                                           raw_text))
                continue
            amount_node = entry.find("Amt")
            amount = reader.read(amount_node.text) if amount_node is not None else "no amount"
            indicator = entry.value("CdtDbtInd").upper()
            if not isinstance(amount, Amount) or indicator not in ("CRDT", "DBIT"):
                reason = amount if isinstance(amount, str) else f"unknown CdtDbtInd {indicator!r}"
                skipped.append(SkippedLine(line, reason, "invalid", raw_text))
                continue
            booked = _date(entry, "BookgDt")
            value_date = _date(entry, "ValDt")
            when = booked or value_date
            if when is None:
                skipped.append(SkippedLine(line, "no booking or value date", "invalid", raw_text))
                continue
            value = abs(amount.value) if indicator == "CRDT" else -abs(amount.value)
            currency = (amount_node.attrs.get("Ccy", "").upper() if amount_node is not None else "") or account_currency
            if currency not in CURRENCIES:
                currency = account_currency if account_currency in CURRENCIES else None
            statement_currency = statement_currency or currency
            currencies.add(currency)
            status = PENDING if status_code in ("PDNG", "FUTR") else POSTED
            if status == POSTED:
                booked_total += value
                booked_rows += 1
            counterparty, description = _describe(entry, indicator)
            rows.append(StatementRow(
                line=line, date=when, amount=(-value if invert else value) + Decimal("0.00"),
                description=description, balance=None, currency=currency, status=status, value_date=value_date,
                counterparty=counterparty or None, bank_transaction_id=_transaction_id(entry), raw=raw,
                sequence=len(rows)))
        report = _balances(statement, booked_total, booked_rows)
        if report is not None:
            reports.append(report)
            if report.consistent < report.checked:
                warnings.append(f"opening balance {report.opening} plus the booked entries does not make the closing "
                                f"balance {report.closing}: the statement may be incomplete")
    if not statements:
        raise not_a_statement("the CAMT file holds no statement.")
    if not rows:
        warnings.append("no transactions found in the statement")
    version = namespace.rsplit(":", 1)[-1] if namespace else "camt"
    invalid = sum(1 for s in skipped if s.kind == "invalid")
    decisions = {
        "encoding": Decision(decoded.encoding, 0.95, decoded.evidence),
        "version": Decision(version, 1.0, ("XML namespace",), "file"),
        "currency": Decision(next(iter(currencies)) if len(currencies) == 1 else None, 1.0, ("Amt/@Ccy",), "file"),
        "sign_convention": Decision("inverted" if invert else "as_is", 1.0,
                                    ("given by the caller",) if invert else ("CdtDbtInd gives the direction",),
                                    "override" if overrides.sign_convention else "file"),
        "account_type": Decision(account_type or "bank", 1.0 if account_type else 0.8,
                                 ("given by the caller",) if account_type else ("a bank account statement",),
                                 "override" if account_type else "file"),
        "date_format": Decision("%Y-%m-%d", 1.0, ("ISO 20022 dates",), "file"),
        "decimal_mark": Decision(".", 1.0, ("ISO 20022 amounts",), "file"),
    }
    shape_id, payload = fingerprint.shape("camt", message=version.rsplit(".", 2)[0])
    report = reports[0] if len(reports) == 1 else None
    fmt = StatementFormat(
        kind="camt.053", encoding=decoded.encoding, line_ending=decoded.line_ending, decisions=decisions,
        balance=report, shape_fingerprint=shape_id,
        fingerprint=fingerprint.full(payload, {"sign_convention": decisions["sign_convention"].value}))
    confidence = 0.99 * (len(rows) / (len(rows) + invalid) if rows else 0.0)
    if report is not None and report.checked and report.consistent < report.checked:
        confidence *= 0.8
    return ParsedStatement(tuple(rows), tuple(sorted(skipped, key=lambda s: s.line)), tuple(warnings), fmt,
                           round(confidence, 3))


def _date(entry: _Node, tag: str) -> date | None:
    node = entry.find(tag)
    if node is None:
        return None
    text = node.value("Dt") or node.value("DtTm") or node.text
    return parse_date(text, "YMD") if text else None


def _name(node: _Node | None) -> str:
    if node is None:
        return ""
    return node.value("Nm") or node.value("Pty/Nm")


def _describe(entry: _Node, indicator: str) -> tuple[str, str]:
    details = entry.find_all("NtryDtls/TxDtls")
    tx = details[0] if details else None
    counterparty = ""
    remittance = ""
    additional = ""
    if tx is not None:
        parties = tx.find("RltdPties")
        if parties is not None:
            if indicator == "DBIT":
                counterparty = _name(parties.find("Cdtr")) or _name(parties.find("UltmtCdtr"))
            else:
                counterparty = _name(parties.find("Dbtr")) or _name(parties.find("UltmtDbtr"))
        lines = [n.text for n in tx.find_all("RmtInf/Ustrd") if n.text]
        remittance = " ".join(lines) or tx.value("RmtInf/Strd/CdtrRefInf/Ref")
        additional = tx.value("AddtlTxInf")
    if len(details) > 1 and entry.value("AddtlNtryInf"):
        # A batch booking: the entry's own text names the batch better than its first item.
        return "", combine([entry.value("AddtlNtryInf")])
    description = combine([counterparty, remittance]) or combine([additional]) or combine([entry.value("AddtlNtryInf")])
    return combine([counterparty]), description


def _transaction_id(entry: _Node) -> str | None:
    for path in ("AcctSvcrRef", "NtryDtls/TxDtls/Refs/AcctSvcrRef", "NtryRef", "NtryDtls/TxDtls/Refs/TxId",
                 "NtryDtls/TxDtls/Refs/EndToEndId"):
        value = entry.value(path)
        if value and value.upper() != "NOTPROVIDED":
            return value
    return None


def _flatten(node: _Node, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for child in node.children:
        path = f"{prefix}{child.tag}"
        for key, value in child.attrs.items():
            out[f"{path}@{key}"] = value
        if child.children:
            for key, value in _flatten(child, path + "/").items():
                out[key] = f"{out[key]} | {value}" if key in out else value
        elif child.text:
            out[path] = f"{out[path]} | {child.text}" if path in out else child.text
    return out


def _balances(statement: _Node, booked_total: Decimal, booked_rows: int) -> BalanceReport | None:
    found: dict[str, Decimal] = {}
    reader = AmountReader(".")
    for bal in statement.find_all("Bal"):
        code = (bal.value("Tp/CdOrPrtry/Cd") or bal.value("Tp/CdOrPrtry/Prtry")).upper()
        amount = reader.read(bal.value("Amt"))
        if not isinstance(amount, Amount):
            continue
        value = -amount.value if bal.value("CdtDbtInd").upper() == "DBIT" else amount.value
        if code in ("OPBD", "PRCD") and "opening" not in found:
            found["opening"] = value
        elif code in ("CLBD",) and "closing" not in found:
            found["closing"] = value
    if "opening" not in found or "closing" not in found:
        return None
    ok = found["opening"] + booked_total == found["closing"]
    return BalanceReport(checked=1, consistent=1 if ok else 0, order="ascending", breaks=(),
                         opening=found["opening"], closing=found["closing"])
