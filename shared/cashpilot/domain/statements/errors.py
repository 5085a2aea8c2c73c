"""The one error a statement file can raise: the whole file is not something we can read.

Row-level trouble (one unparseable date or amount) never raises; it lands in
`ParsedStatement.skipped` with the line number and a reason. `StatementError` is an `InvalidInput`,
so the API maps it to 422 and the import handler records `code` on the import job.
"""

from __future__ import annotations

from typing import Any

from cashpilot.domain.errors import InvalidInput

EMPTY_FILE = "empty_file"
BINARY_FILE = "binary_file"
NOT_A_STATEMENT = "not_a_statement"
FILE_TOO_LARGE = "file_too_large"
INVALID_OVERRIDE = "invalid_override"
# Only ever raised by the last-resort guard in `parse_statement`: a bug of ours, never the user's file.
INTERNAL_ERROR = "statement_internal_error"

CODES = frozenset({EMPTY_FILE, BINARY_FILE, NOT_A_STATEMENT, FILE_TOO_LARGE, INVALID_OVERRIDE, INTERNAL_ERROR})


class StatementError(InvalidInput):
    """The file as a whole cannot be read as a bank statement; `code` says why."""

    code = NOT_A_STATEMENT

    def __init__(self, message: str, *, code: str = NOT_A_STATEMENT, details: Any = None) -> None:
        super().__init__(message, code=code, details=details)


def empty_file() -> StatementError:
    return StatementError("The file is empty.", code=EMPTY_FILE)


def binary_file(kind: str, advice: str = "") -> StatementError:
    message = f"This is {kind}, not a bank statement."
    if advice:
        message += f" {advice}"
    return StatementError(message, code=BINARY_FILE, details={"kind": kind})


def not_a_statement(reason: str, **details: Any) -> StatementError:
    return StatementError(f"This file is not a bank statement we can read: {reason}", code=NOT_A_STATEMENT,
                          details=details or None)


def invalid_override(message: str, **details: Any) -> StatementError:
    return StatementError(message, code=INVALID_OVERRIDE, details=details or None)
