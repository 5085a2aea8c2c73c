"""What a parsed statement looks like: rows, skipped lines, decisions with evidence, overrides.

Everything here is plain data (frozen dataclasses, `Decimal`, `date`) so the database side of imports
can store it as it is: `StatementRow.raw` and `.line` go into transaction metadata, `StatementFormat.to_dict()`
into `import_jobs.format`, and `StatementFormat.overrides()` is what to save once a user has confirmed a
preview, keyed by `StatementFormat.shape_fingerprint`, to parse the next file of that shape the same way.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from cashpilot.domain.statements.dates import order_from_pattern
from cashpilot.domain.statements.errors import invalid_override


class Role(StrEnum):
    """What a column means. Text roles (payee, payer, description, memo) may repeat; the others are single."""

    DATE = "date"  # the transaction / booking date: the row's `date`
    VALUE_DATE = "value_date"
    AMOUNT = "amount"  # one signed (or direction-qualified) amount
    DEBIT = "debit"  # money out, unsigned or already negative
    CREDIT = "credit"  # money in
    DIRECTION = "direction"  # Debit/Credit, DBIT/CRDT, Af/Bij, S/H, D/C, +/- next to an unsigned amount
    BALANCE = "balance"  # running balance after the row
    CURRENCY = "currency"
    STATUS = "status"  # booked / pending / failed ...
    TRANSACTION_ID = "transaction_id"  # the bank's own id for the row
    PAYEE = "payee"  # the counterparty (or, next to a payer column, the recipient)
    PAYER = "payer"  # who paid: the counterparty of money coming in
    DESCRIPTION = "description"  # the main booking text
    MEMO = "memo"  # reference, purpose, notes: read after the description
    TYPE = "type"  # transaction type / booking code: only used when there is no other text
    FEE = "fee"
    IGNORE = "ignore"


SINGLE_ROLES = frozenset({Role.DATE, Role.VALUE_DATE, Role.AMOUNT, Role.DEBIT, Role.CREDIT, Role.DIRECTION,
                          Role.BALANCE, Role.CURRENCY, Role.STATUS, Role.TRANSACTION_ID, Role.FEE})

POSTED = "posted"
PENDING = "pending"

ACCOUNT_TYPES = frozenset({"bank", "credit", "cash", "wallet"})
SIGN_CONVENTIONS = frozenset({"as_is", "inverted"})
DELIMITERS = {",": ",", ";": ";", "\t": "\t", "|": "|", "tab": "\t", "\\t": "\t", "comma": ",",
              "semicolon": ";", "pipe": "|"}


def money_text(value: Decimal | None) -> str | None:
    """'-12.34': plain notation, two places, `-` for money out (what the preview contract promises)."""
    if value is None:
        return None
    text = str(value)
    # Rows carry two-place Decimals, whose str() is already the plain form; anything else is formatted.
    if "E" in text or text[-3:-2] != ".":
        text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text


class RawRow(Mapping[str, str]):
    """A row's cells by column name, exactly as written. Shares the column names with every other row of
    the file (a dict per row would cost a third of a 100,000-row preview's memory)."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: Mapping[str, int], values: Sequence[str]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: str) -> str:
        return self._values[self._index[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"RawRow({dict(self)!r})"


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One posted or pending transaction, signed so that money into the account is positive."""

    line: int  # 1-based line in the file where the row starts (a quoted newline makes a row span lines)
    date: date
    amount: Decimal
    description: str
    balance: Decimal | None = None  # running balance after this row, when the file has one
    currency: str | None = None
    status: str = POSTED  # posted | pending
    value_date: date | None = None
    counterparty: str | None = None  # the payee / payer chosen for the description, when the file names one
    bank_transaction_id: str | None = None
    raw: Mapping[str, str] = field(default_factory=dict)  # column name -> text exactly as in the file
    # 0-based chronological position in the file (what the running balance confirmed, else file order).
    sequence: int = 0

    def preview(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "amount": money_text(self.amount),
            "description": self.description,
            "balance": money_text(self.balance),
            "currency": self.currency,
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class SkippedLine:
    """A line that is in the file but not in `transactions`, and why."""

    line: int
    reason: str
    # invalid (could not read it) | not_posted (failed, declined, reverted, informational)
    # | summary (balance or total line) | header (a repeated header) | override (the caller skipped it)
    kind: str
    text: str = ""

    def preview(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Decision:
    """One choice the parser made, how sure it is, and what it saw."""

    value: Any
    confidence: float
    evidence: tuple[str, ...] = ()
    source: str = "inferred"  # inferred | override | file (the format states it) | default

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "confidence": round(self.confidence, 3), "evidence": list(self.evidence),
                "source": self.source}


@dataclass(frozen=True, slots=True)
class ColumnDecision:
    index: int
    name: str  # unique: a repeated header name gets " (2)", " (3)"; a headerless file has "column 1"...
    header: str  # the header cell as written ("" without a header row)
    role: Role
    confidence: float
    evidence: tuple[str, ...] = ()
    source: str = "inferred"

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "name": self.name, "role": self.role.value,
                "confidence": round(self.confidence, 3), "evidence": list(self.evidence), "source": self.source}


@dataclass(frozen=True, slots=True)
class BalanceReport:
    """How well the running balance agrees with the amounts."""

    checked: int  # consecutive pairs of rows that both carry a balance
    consistent: int
    order: str | None  # ascending | descending: the file's chronological direction the balance confirmed
    breaks: tuple[int, ...] = ()  # lines whose balance does not follow from the row before
    reordered_days: int = 0  # same-day groups listed out of order, put in order by the balance
    opening: Decimal | None = None
    closing: Decimal | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"checked": self.checked, "consistent": self.consistent, "order": self.order,
                "breaks": list(self.breaks), "reordered_days": self.reordered_days,
                "opening": money_text(self.opening), "closing": money_text(self.closing)}


@dataclass(frozen=True)
class Overrides:
    """Decisions the caller makes instead of the parser. Every field is optional.

    - encoding: a Python codec name ("cp1252").
    - delimiter: "," ";" "\\t" "|" (or "tab", "comma", "semicolon", "pipe").
    - header_line: 1-based line of the header row; 0 means the file has no header row.
    - columns: column name (as in `StatementFormat.columns[].name`) -> role; "ignore" drops a column.
    - date_format: "DMY", "MDY", "YMD" or a strftime-like pattern ("%d.%m.%y", "%m/%d/%Y", "%d %b %Y").
    - decimal_mark: "." or ",".
    - sign_convention: "as_is" (money in is positive in the file) or "inverted" (charges are positive).
    - account_type: bank | credit | cash | wallet.
    - skip_lines: line numbers to leave out (reported in `skipped` with kind "override").
    """

    encoding: str | None = None
    delimiter: str | None = None
    header_line: int | None = None
    columns: Mapping[str, Role] = field(default_factory=dict)
    date_format: str | None = None
    decimal_mark: str | None = None
    sign_convention: str | None = None
    account_type: str | None = None
    skip_lines: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.encoding is not None:
            try:
                object.__setattr__(self, "encoding", codecs.lookup(self.encoding).name)
            except LookupError:
                raise invalid_override(f"Unknown encoding {self.encoding!r}.", field="encoding") from None
        if self.delimiter is not None:
            if self.delimiter not in DELIMITERS:
                raise invalid_override("The delimiter must be one of , ; TAB |.", field="delimiter")
            object.__setattr__(self, "delimiter", DELIMITERS[self.delimiter])
        if self.header_line is not None and (not isinstance(self.header_line, int) or self.header_line < 0):
            raise invalid_override("header_line is a line number (0 = no header row).", field="header_line")
        roles: dict[str, Role] = {}
        for name, role in dict(self.columns).items():
            try:
                roles[str(name)] = Role(role)
            except ValueError:
                raise invalid_override(f"Unknown column role {role!r} for column {name!r}.", field="columns",
                                       roles=[r.value for r in Role]) from None
        object.__setattr__(self, "columns", roles)
        if self.date_format is not None and order_from_pattern(self.date_format) is None:
            raise invalid_override(
                f"Date format {self.date_format!r} is not understood: use DMY, MDY, YMD or e.g. %d.%m.%Y.",
                field="date_format")
        if self.decimal_mark is not None and self.decimal_mark not in {".", ","}:
            raise invalid_override("The decimal mark must be '.' or ','.", field="decimal_mark")
        if self.sign_convention is not None and self.sign_convention not in SIGN_CONVENTIONS:
            raise invalid_override("sign_convention must be 'as_is' or 'inverted'.", field="sign_convention")
        if self.account_type is not None and self.account_type not in ACCOUNT_TYPES:
            raise invalid_override("account_type must be bank, credit, cash or wallet.", field="account_type")
        try:
            lines = frozenset(int(x) for x in self.skip_lines)
        except (TypeError, ValueError):
            raise invalid_override("skip_lines must be line numbers.", field="skip_lines") from None
        object.__setattr__(self, "skip_lines", lines)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Overrides:
        data = dict(data or {})
        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(data) - known)
        if unknown:
            raise invalid_override(f"Unknown override(s): {', '.join(unknown)}.", fields=unknown)
        if "skip_lines" in data:
            data["skip_lines"] = frozenset(data["skip_lines"] or ())
        if "columns" in data:
            data["columns"] = dict(data["columns"] or {})
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("encoding", "delimiter", "header_line", "date_format", "decimal_mark", "sign_convention",
                     "account_type"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.columns:
            out["columns"] = {k: v.value for k, v in self.columns.items()}
        if self.skip_lines:
            out["skip_lines"] = sorted(self.skip_lines)
        return out

    def merged(self, other: Overrides | None) -> Overrides:
        """These overrides with `other`'s set fields on top (columns and skipped lines are combined)."""
        if other is None:
            return self
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for name in self.__dataclass_fields__:
            value = getattr(other, name)
            if name == "columns":
                values[name] = {**self.columns, **other.columns}
            elif name == "skip_lines":
                values[name] = self.skip_lines | other.skip_lines
            elif value is not None:
                values[name] = value
        return Overrides(**values)


@dataclass(frozen=True)
class StatementFormat:
    """The decisions behind a parse: enough to explain it, to fingerprint it and to repeat it."""

    kind: str  # csv | ofx | camt.053
    encoding: str
    line_ending: str  # LF | CRLF | CR | CRCRLF | mixed | none
    decisions: Mapping[str, Decision]
    columns: tuple[ColumnDecision, ...] = ()
    header_line: int | None = None  # 1-based; None when the file has no header row
    preamble: tuple[str, ...] = ()  # text lines before the table (account details, balances ...)
    balance: BalanceReport | None = None
    # Hash of the header shape only: the same bank's next export has the same one, whatever its rows.
    shape_fingerprint: str = ""
    # Hash of the shape and the decisions: equal fingerprints mean "parsed the same way".
    fingerprint: str = ""

    def decision_value(self, name: str, default: Any = None) -> Any:
        decision = self.decisions.get(name)
        return default if decision is None else decision.value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "encoding": self.encoding,
            "line_ending": self.line_ending,
            "fingerprint": self.fingerprint,
            "shape_fingerprint": self.shape_fingerprint,
            "header_line": self.header_line,
            "preamble": list(self.preamble),
            "columns": [c.to_dict() for c in self.columns],
            "decisions": {k: v.to_dict() for k, v in self.decisions.items()},
            "balance": self.balance.to_dict() if self.balance else None,
        }
        return out

    def overrides(self) -> Overrides:
        """The decisions as overrides, to parse a later file of the same shape the same way.

        File-specific choices (header line, skipped lines) are left out on purpose: next month's export
        of the same bank may have a longer preamble.
        """
        date_format = self.decision_value("date_format")
        return Overrides(
            delimiter=self.decision_value("delimiter"),
            columns={c.name: c.role for c in self.columns},
            date_format=date_format if isinstance(date_format, str) and date_format else None,
            decimal_mark=self.decision_value("decimal_mark"),
            sign_convention=self.decision_value("sign_convention"),
            account_type=self.decision_value("account_type"),
        )


@dataclass(frozen=True)
class ParsedStatement:
    transactions: tuple[StatementRow, ...]
    skipped: tuple[SkippedLine, ...]
    warnings: tuple[str, ...]
    format: StatementFormat
    confidence: float  # 0..1: how sure the parser is that every row above is right

    def preview(self) -> dict[str, Any]:
        """The `cashpilot import preview --json` document (and what the preview API returns)."""
        return {
            "transactions": [row.preview() for row in self.transactions],
            "format": self.format.to_dict(),
            "confidence": round(self.confidence, 2),
            "skipped": [s.preview() for s in self.skipped],
            "warnings": list(self.warnings),
        }
