"""Bulk writes through a temporary staging table.

Row-level security forbids `COPY` into a tenant table, and one set-based statement keeps the audit
and totals triggers to one pass; so bulk writers COPY into a session-local temporary table (emptied
at commit) and move the rows with one INSERT or UPDATE from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.engine import Connection


def copy_to_staging(conn: Connection, table: str, columns: Sequence[tuple[str, str]],
                    rows: Iterable[Sequence[Any]]) -> None:
    """(Re)fill temp table `table` (created on first use, `columns` = (name, SQL type)) with `rows`."""
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {table} ({', '.join(f'{n} {t}' for n, t in columns)}) "
        "ON COMMIT DELETE ROWS")
    conn.exec_driver_sql(f"TRUNCATE {table}")
    raw = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(n for n, _ in columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
