"""The embedded PostgreSQL used when no DATABASE_URL is given (laptops, tests, CI).

pgserver ships PostgreSQL 16 in a wheel: no system install, no Docker. The cluster lives
under the data directory and survives restarts; several processes may share it (pgserver
counts its users and stops the server when the last one exits).
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from pathlib import Path

import psycopg
from psycopg import sql

log = logging.getLogger(__name__)

_servers: dict[Path, object] = {}


def server_uri(data_dir: Path) -> str:
    """Start (or join) the embedded server for `data_dir` and return its superuser URI."""
    pgdata = (data_dir / "pg").resolve()
    server = _servers.get(pgdata)
    if server is None:
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI): harmless here.
        os.environ.setdefault("XDG_RUNTIME_DIR", str(Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"))
        Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            log.info("starting embedded PostgreSQL in %s", pgdata)
            server = pgserver.get_server(pgdata, cleanup_mode="stop")
        _servers[pgdata] = server
    return server.get_uri()  # type: ignore[attr-defined]


def ensure_database(superuser_uri: str, name: str) -> None:
    """Create database `name` on the server if it does not exist yet."""
    with psycopg.connect(superuser_uri, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
