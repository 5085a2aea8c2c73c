"""Schema migrations, run as the owner: automatically on local start, by `cashpilot migrate`, and
by the deploy-time migration function in AWS."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg import errors as pg_errors
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import InternalError, ProgrammingError

from cashpilot.config import get_settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any constant works; it only has to be the same for every process migrating this database.
_ADVISORY_LOCK_KEY = 0x43617368_50696C74  # "CashPilt"


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def _ensure_app_role(conn, owner: URL, password: str | None) -> None:
    """Create the app's login role (non-owner, no BYPASSRLS) and keep its password in step."""
    from cashpilot.adapters.db.urls import derived_app_password

    s = get_settings()
    role = s.db_app_role
    if password is None and s.database_app_password:
        password = s.database_app_password.get_secret_value()
    if password is None and s.database_app_url is None:
        password = derived_app_password(owner)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    quoted = conn.exec_driver_sql("SELECT quote_ident(%s)", (role,)).scalar()
    if not exists:
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE")
        except ProgrammingError as exc:  # another database on this cluster created it first
            if not isinstance(exc.orig, pg_errors.DuplicateObject):
                raise
    if password is not None:
        literal = conn.exec_driver_sql("SELECT quote_literal(%s)", (password,)).scalar()
        _alter_role(conn, f"ALTER ROLE {quoted} WITH LOGIN PASSWORD {literal}")
    database = conn.exec_driver_sql("SELECT quote_ident(current_database())").scalar()
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quoted}")
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {quoted}")


ROLE_ATTEMPTS = 5


def _alter_role(conn, statement: str) -> None:
    """Run `statement` on the app role, again if another process altered the role at the same moment.

    Roles belong to the whole cluster while the advisory lock only serialises migrations of one database, so
    processes migrating different databases of one server (parallel `cashpilot classify` runs, each in its own
    scratch database) can alter the role together; PostgreSQL then fails the later one with "tuple concurrently
    updated". Setting the same password again is harmless.
    """
    for attempt in range(1, ROLE_ATTEMPTS + 1):
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(statement)
            return
        except InternalError as exc:
            if attempt == ROLE_ATTEMPTS or "concurrently updated" not in str(exc.orig):
                raise
            time.sleep(0.05 * attempt)


def current_revision(owner: URL) -> str | None:
    engine = create_engine(owner)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def upgrade(owner: URL, revision: str = "head", *, app_password: str | None = None) -> str:
    """Bring the schema to `revision`; safe to call from several processes at once.

    `app_password`: what the app role must accept (in AWS, the password in the app role's own
    secret, which RDS Proxy presents); by default the configured or derived one.
    """
    engine = create_engine(owner, connect_args={"prepare_threshold": None})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _ADVISORY_LOCK_KEY})  # session-level
            conn.commit()
            try:
                _ensure_app_role(conn, owner, app_password)
                conn.commit()
                before = MigrationContext.configure(conn).get_current_revision()
                if before != head_revision() or revision != "head":
                    cfg = _alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
                conn.commit()
                after = MigrationContext.configure(conn).get_current_revision()
                if before != after:
                    log.info("database migrated from %s to %s", before, after)
                return after or ""
            finally:
                conn.rollback()  # after a failure the transaction is aborted: the unlock must not hide the error
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _ADVISORY_LOCK_KEY})
                conn.commit()
    finally:
        engine.dispose()
