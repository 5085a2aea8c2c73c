"""Alembic environment. Run through `cashpilot migrate` (or `alembic` with -x url=...): the
connection is handed over by cashpilot.adapters.db.migrate, which also holds the lock that keeps
two processes from migrating at once."""

from alembic import context
from cashpilot.adapters.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # plain `alembic` command line
    from sqlalchemy import create_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    compare_type=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
