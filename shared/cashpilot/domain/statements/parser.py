"""The one entry point: bytes in, `ParsedStatement` out (or a `StatementError` saying why not).

It refuses what is not text (images, spreadsheets, archives), decodes, and sends the text to the reader
of its kind: OFX/QFX, CAMT.053, or delimited text (CSV and friends). Nothing here touches a database, a
network or the clock.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cashpilot.domain.statements.camt import looks_like_camt, parse_camt
from cashpilot.domain.statements.csv_statement import parse_csv
from cashpilot.domain.statements.encoding import decode, detect_binary
from cashpilot.domain.statements.errors import (
    FILE_TOO_LARGE,
    INTERNAL_ERROR,
    StatementError,
    empty_file,
    invalid_override,
    not_a_statement,
)
from cashpilot.domain.statements.model import ACCOUNT_TYPES, Overrides, ParsedStatement
from cashpilot.domain.statements.ofx import looks_like_ofx, parse_ofx

log = logging.getLogger(__name__)

# A year of 100,000 rows is about 15 MB; anything far beyond that is not a statement someone exported.
MAX_STATEMENT_BYTES = 100 * 1024 * 1024


def parse_statement(
    data: bytes,
    *,
    account_type: str | None = None,
    overrides: Overrides | None = None,
    max_bytes: int = MAX_STATEMENT_BYTES,
) -> ParsedStatement:
    """Parse a bank statement file (CSV/TSV/..., OFX/QFX or CAMT.053) with zero configuration.

    `account_type` (bank | credit | cash | wallet) helps with card exports that write charges as
    positive amounts. `overrides` replace any inferred decision (see `Overrides`). Raises
    `StatementError` (an `InvalidInput`) with a `code` when the file as a whole is not a statement;
    row-level problems are reported in `ParsedStatement.skipped`.
    """
    if account_type is not None and account_type not in ACCOUNT_TYPES:
        raise invalid_override("account_type must be bank, credit, cash or wallet.", field="account_type")
    try:
        with _collector_paused():
            return _parse(bytes(data), account_type, overrides or Overrides(), max_bytes)
    except StatementError:
        raise
    except RecursionError as exc:  # pathological nesting in an XML file
        raise not_a_statement("the file is nested too deeply to be a statement.") from exc
    except Exception as exc:
        # A bug of ours must not reach the user as a traceback: log it, report a clear error.
        log.exception("statement parser failed")
        raise StatementError("The file could not be read because of an internal error; it has been logged.",
                             code=INTERNAL_ERROR, details={"error": type(exc).__name__}) from exc


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while parsing.

    A 100,000-row file makes a million small lists, dicts and rows, none of them in a reference cycle;
    the collector would walk the growing heap again and again looking for cycles that cannot exist
    (a third of the run time). Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_statement_file(path: str | os.PathLike[str], max_bytes: int = MAX_STATEMENT_BYTES) -> bytes:
    """The file's bytes, refusing oversized files before reading them."""
    p = Path(path)
    size = p.stat().st_size
    if size > max_bytes:
        raise _too_large(size, max_bytes)
    return p.read_bytes()


def _too_large(size: int, limit: int) -> StatementError:
    return StatementError(f"The file is {size / 1e6:.0f} MB; statements are read up to {limit / 1e6:.0f} MB.",
                          code=FILE_TOO_LARGE, details={"bytes": size, "limit": limit})


def _parse(data: bytes, account_type: str | None, overrides: Overrides, max_bytes: int) -> ParsedStatement:
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if not data:
        raise empty_file()
    detect_binary(data)
    decoded = decode(data, overrides.encoding)
    if not decoded.text.strip():
        raise empty_file()
    head = decoded.text[:8192].lstrip()
    if looks_like_ofx(head):
        return parse_ofx(decoded, overrides, account_type)
    if head.startswith("<"):
        if looks_like_camt(head):
            return parse_camt(data, decoded, overrides, account_type)
        lower = head[:2048].lower()
        if "<html" in lower or "<!doctype html" in lower:
            raise not_a_statement("it is a web page (HTML). Download the statement as CSV, OFX or CAMT.053.")
        raise not_a_statement("it is an XML file, but neither OFX nor CAMT.053.")
    if head[:1] in "{[" and ('":' in head[:2048] or head[:2] in ("[{", "[[")):
        raise not_a_statement("it is a JSON document.")
    return parse_csv(decoded, overrides, account_type)
