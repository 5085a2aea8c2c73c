"""What every migration does to a new tenant table: force row-level security on it with the one tenant
policy, and grant the app role exactly the privileges it needs (least privilege, table by table)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

TENANT_POLICY = ("USING (business_id = cp_current_business()) "
                 "WITH CHECK (business_id = cp_current_business())")


def protect_tenant_tables(execute: Callable[[str], object], tables: Iterable[str], *, role: str,
                          grants: Mapping[str, str]) -> None:
    """`execute`: alembic's `op.execute`. `grants`: table -> privileges for the app role (every table in
    `tables` must have an entry: forgetting one would leave it unreadable rather than open)."""
    tables = list(tables)
    missing = set(tables) - set(grants)
    if missing:
        raise ValueError(f"no grant given for {sorted(missing)}")
    for table in tables:
        execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        execute(f"CREATE POLICY tenant_isolation ON {table} {TENANT_POLICY}")
    for table, privileges in grants.items():
        execute(f'GRANT {privileges} ON {table} TO "{role}"')
