"""Zero-configuration bank statement parser: pure domain code, no database, no network.

    from cashpilot.domain.statements import parse_statement, Overrides

    result = parse_statement(data, account_type="bank")        # bytes of a CSV / OFX / QFX / CAMT.053
    result.transactions      # StatementRow: line, date, amount (Decimal, money in > 0), description,
                             #   balance, currency, status (posted | pending), value_date, counterparty,
                             #   bank_transaction_id, raw (column -> text), sequence
    result.skipped           # SkippedLine: line, reason, kind (invalid | not_posted | summary | header | override)
    result.warnings          # human sentences
    result.confidence        # 0..1
    result.format            # StatementFormat: decisions with confidence and evidence, columns, balance
                             #   check, shape_fingerprint (lookup key), fingerprint (shape + decisions)
    result.preview()         # the `cashpilot import preview --json` document

    # Once a user confirmed a preview, store result.format.overrides().to_dict() under
    # result.format.shape_fingerprint; parse the next file of that shape with it:
    parse_statement(next_month, overrides=Overrides.from_dict(stored))

Files that are not statements raise `StatementError` (an `InvalidInput`) with `code` one of
`empty_file`, `binary_file`, `not_a_statement`, `file_too_large`, `invalid_override` (and
`statement_internal_error`, which would be a bug of ours). Row problems never raise.

How descriptions are written: see `cashpilot.domain.statements.text`. How identical rows are told
apart: `occurrence_indexes` in `cashpilot.domain.statements.duplicates`.
"""

from cashpilot.domain.statements.duplicates import identity_key, occurrence_indexes
from cashpilot.domain.statements.errors import CODES, StatementError
from cashpilot.domain.statements.model import (
    PENDING,
    POSTED,
    BalanceReport,
    ColumnDecision,
    Decision,
    Overrides,
    ParsedStatement,
    Role,
    SkippedLine,
    StatementFormat,
    StatementRow,
)
from cashpilot.domain.statements.parser import MAX_STATEMENT_BYTES, parse_statement, read_statement_file
from cashpilot.domain.statements.text import normalise_description

__all__ = [
    "CODES",
    "MAX_STATEMENT_BYTES",
    "PENDING",
    "POSTED",
    "BalanceReport",
    "ColumnDecision",
    "Decision",
    "Overrides",
    "ParsedStatement",
    "Role",
    "SkippedLine",
    "StatementError",
    "StatementFormat",
    "StatementRow",
    "identity_key",
    "normalise_description",
    "occurrence_indexes",
    "parse_statement",
    "read_statement_file",
]
