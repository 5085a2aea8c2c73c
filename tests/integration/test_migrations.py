"""The migrated schema is what the models describe, and migrating is safe to repeat."""

from __future__ import annotations

import secrets
import threading

import psycopg
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cashpilot.adapters.db.migrate import current_revision, head_revision, upgrade
from cashpilot.adapters.db.models import Base
from psycopg import sql
from sqlalchemy import create_engine


def _skip_indexes(obj, name, type_, reflected, compare_to):
    # Indexes, like RLS policies, triggers and grants, live only in the migrations.
    return type_ != "index"


def test_models_match_the_migrated_schema(database):
    engine = create_engine(database["owner"])
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _skip_indexes})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrating_again_is_a_no_op_even_concurrently(database):
    results, errors = [], []

    def run():
        try:
            results.append(upgrade(database["owner"]))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [head_revision()] * 3
    assert current_revision(database["owner"]) == head_revision()


def test_databases_of_one_server_can_migrate_at_the_same_time(database):
    """Parallel `cashpilot classify` runs each migrate a scratch database of one server: the app role they all set
    up is the server's, which PostgreSQL lets only one transaction alter at a time."""
    server = database["owner"].set(drivername="postgresql")
    names = [f"cashpilot_parallel_{secrets.token_hex(4)}" for _ in range(4)]
    admin = server.render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    owners = [database["owner"].set(database=name) for name in names]
    try:
        for owner in owners:
            upgrade(owner)
        errors = []

        def run(owner):
            try:
                upgrade(owner)
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        for _ in range(6):  # each run sets the role's password again; collisions need a few rounds to show
            threads = [threading.Thread(target=run, args=(owner,)) for owner in owners]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert errors == []
        assert [current_revision(owner) for owner in owners] == [head_revision()] * len(owners)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in names:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
