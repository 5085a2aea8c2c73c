"""The migrated schema is what the models describe, and migrating is safe to repeat."""

from __future__ import annotations

import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cashpilot.adapters.db.migrate import current_revision, head_revision, upgrade
from cashpilot.adapters.db.models import Base
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
