"""The database itself enforces isolation: guards that also cover tables added later."""

from __future__ import annotations

import psycopg

GLOBAL_TABLES = {"users", "auth_sessions", "refresh_tokens", "login_attempts", "alembic_version"}


def test_every_tenant_table_has_forced_rls_and_a_policy(owner_conninfo):
    with psycopg.connect(owner_conninfo) as conn:
        tables = conn.execute(
            """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid),
                   EXISTS (SELECT 1 FROM information_schema.columns col
                           WHERE col.table_name = c.relname AND col.column_name = 'business_id'
                             AND col.is_nullable = 'NO')
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r'
            """
        ).fetchall()
    assert tables, "no tables found"
    for name, rls, forced, policies, has_business_id in tables:
        if name in GLOBAL_TABLES:
            continue
        assert rls and forced and policies > 0, f"{name} is not protected by forced row-level security"
        assert has_business_id or name == "businesses", f"{name} lacks business_id NOT NULL"


def test_app_role_is_not_an_owner_and_cannot_bypass_rls(owner_conninfo, database):
    role = database["app"].username
    with psycopg.connect(owner_conninfo) as conn:
        row = conn.execute(
            "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = %s", (role,)
        ).fetchone()
        assert row == (False, False, False, False)
        owned = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = %s", (role,)
        ).fetchone()[0]
        assert owned == 0


def test_app_connects_as_the_app_role(app_conninfo, database):
    with psycopg.connect(app_conninfo) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == database["app"].username
