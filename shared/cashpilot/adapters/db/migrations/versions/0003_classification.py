"""Classification: counterparties, entity aliases, rules, memory of corrections, recurring series,
internal transfers and entity profiles.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from alembic import op
from cashpilot.config import get_settings

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TENANT_TABLES = (
    "entity_aliases", "classification_rules", "classification_memory", "classification_corrections",
    "recurring_series", "entity_profiles",
)

SCHEMA = r"""
-- What classification decided for each transaction, next to the labels themselves:
-- counterparty = the clean name extracted from the bank's text, its normalised key (what entity
-- resolution and the memory of corrections match on), the evidence of the decision, whether the
-- owner should look at it, and the other side of an internal transfer.
ALTER TABLE transactions
    ADD COLUMN counterparty      text,
    ADD COLUMN counterparty_key  text,
    ADD COLUMN classification    jsonb,
    ADD COLUMN needs_review      boolean NOT NULL DEFAULT false,
    ADD COLUMN is_transfer       boolean NOT NULL DEFAULT false,
    ADD COLUMN transfer_peer_id  uuid;
-- The classify task picks exactly the rows nothing has classified yet.
CREATE INDEX ix_transactions_unclassified ON transactions (business_id, import_id)
    WHERE classification_method IS NULL AND deleted_at IS NULL;
CREATE INDEX ix_transactions_review ON transactions (business_id, transaction_date DESC, id DESC)
    WHERE needs_review AND deleted_at IS NULL;
CREATE INDEX ix_transactions_counterparty ON transactions (business_id, counterparty_key)
    WHERE counterparty_key IS NOT NULL;

-- Names an entity is also known by: learned from merges, corrections and the owner.
CREATE TABLE entity_aliases (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    entity_id   uuid NOT NULL,
    alias       text NOT NULL,
    alias_key   text NOT NULL,
    source      text NOT NULL CHECK (source IN ('merge', 'correction', 'manual')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_entity_aliases_key UNIQUE (business_id, alias_key),
    CONSTRAINT fk_entity_aliases_entity FOREIGN KEY (business_id, entity_id)
        REFERENCES entities (business_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_entity_aliases_entity ON entity_aliases (business_id, entity_id);

-- The owner's rules, tried in `position` order before anything else. `proposed` rules were
-- suggested from consistent corrections and wait for the owner's yes.
CREATE TABLE classification_rules (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name        text NOT NULL,
    position    integer NOT NULL DEFAULT 0,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'proposed', 'dismissed')),
    source      text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'suggested')),
    conditions  jsonb NOT NULL,
    category_id uuid,
    entity_id   uuid,
    tags        text[] NOT NULL DEFAULT '{}'::text[],
    suggestion_key text,   -- what a suggestion was derived from, so it is proposed once
    times_applied integer NOT NULL DEFAULT 0,
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_classification_rules_business_id UNIQUE (business_id, id),
    CONSTRAINT uq_classification_rules_suggestion UNIQUE (business_id, suggestion_key),
    CONSTRAINT fk_rules_category FOREIGN KEY (business_id, category_id) REFERENCES categories (business_id, id),
    CONSTRAINT fk_rules_entity FOREIGN KEY (business_id, entity_id) REFERENCES entities (business_id, id),
    CONSTRAINT ck_rules_action CHECK (category_id IS NOT NULL OR entity_id IS NOT NULL OR cardinality(tags) > 0)
);
CREATE TRIGGER trg_classification_rules_touch BEFORE UPDATE ON classification_rules
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- What this business taught us: the owner's corrections and cached LLM answers, keyed by entity
-- or by counterparty key ("the same merchant"). An LLM answer may be an abstention (no category),
-- cached all the same so the merchant never costs twice.
CREATE TABLE classification_memory (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id  uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    key_type     text NOT NULL CHECK (key_type IN ('entity', 'counterparty')),
    key          text NOT NULL,
    category_id  uuid,
    entity_id    uuid,
    source       text NOT NULL CHECK (source IN ('correction', 'llm')),
    confidence   numeric(4, 3) NOT NULL,
    times_confirmed integer NOT NULL DEFAULT 1,
    details      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_classification_memory_key UNIQUE (business_id, key_type, key),
    CONSTRAINT fk_memory_category FOREIGN KEY (business_id, category_id) REFERENCES categories (business_id, id),
    CONSTRAINT fk_memory_entity FOREIGN KEY (business_id, entity_id) REFERENCES entities (business_id, id)
);
CREATE TRIGGER trg_classification_memory_touch BEFORE UPDATE ON classification_memory
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- Every correction the owner made, as made (the audit log has the row changes; this keeps the intent).
CREATE TABLE classification_corrections (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id     uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    transaction_id  uuid NOT NULL,
    counterparty_key text,
    old_entity_id   uuid,
    new_entity_id   uuid,
    old_category_id uuid,
    new_category_id uuid,
    apply_to_similar boolean NOT NULL DEFAULT false,
    relabelled      integer NOT NULL DEFAULT 0,
    created_by      uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_corrections_business ON classification_corrections (business_id, created_at DESC);

-- Repeating flows found in the history; the forecast's known future flows.
CREATE TABLE recurring_series (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id     uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    series_key      text NOT NULL,
    entity_id       uuid,
    category_id     uuid,
    direction       text NOT NULL CHECK (direction IN ('in', 'out')),
    currency        varchar(3) NOT NULL,
    cadence         text NOT NULL
        CHECK (cadence IN ('weekly', 'biweekly', 'semi_monthly', 'monthly', 'quarterly', 'yearly')),
    day_rule        text,
    expected_amount numeric(18, 2) NOT NULL,
    amount_spread   numeric(18, 2) NOT NULL DEFAULT 0,
    first_date      date NOT NULL,
    last_date       date NOT NULL,
    next_date       date NOT NULL,
    occurrences     integer NOT NULL,
    status          text NOT NULL CHECK (status IN ('active', 'stopped')),
    confidence      numeric(4, 3) NOT NULL,
    transaction_ids uuid[] NOT NULL DEFAULT '{}'::uuid[],
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_recurring_series_key UNIQUE (business_id, series_key),
    CONSTRAINT fk_series_entity FOREIGN KEY (business_id, entity_id)
        REFERENCES entities (business_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_series_category FOREIGN KEY (business_id, category_id) REFERENCES categories (business_id, id)
);
CREATE INDEX ix_recurring_series_entity ON recurring_series (business_id, entity_id);
CREATE TRIGGER trg_recurring_series_touch BEFORE UPDATE ON recurring_series
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- Entity intelligence, recomputed after each classification and by nightly scoring.
CREATE TABLE entity_profiles (
    business_id    uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    entity_id      uuid NOT NULL,
    currency       varchar(3) NOT NULL,
    total_in       numeric(18, 2) NOT NULL DEFAULT 0,
    total_out      numeric(18, 2) NOT NULL DEFAULT 0,
    tx_count       integer NOT NULL DEFAULT 0,
    first_seen     date,
    last_seen      date,
    typical_amount numeric(18, 2),
    revenue_share  numeric(5, 4) NOT NULL DEFAULT 0,
    days_late      jsonb,
    reliability    integer CHECK (reliability BETWEEN 0 AND 100),
    computed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, entity_id),
    CONSTRAINT fk_profiles_entity FOREIGN KEY (business_id, entity_id)
        REFERENCES entities (business_id, id) ON DELETE CASCADE
);

-- Nightly scoring fans out one pipeline run per business: the only cross-tenant read the app role
-- may make, and it returns nothing but ids.
CREATE FUNCTION cp_all_business_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT id FROM businesses ORDER BY created_at, id $$;
REVOKE ALL ON FUNCTION cp_all_business_ids() FROM PUBLIC;

-- Internal transfers are money, not revenue or expense: the daily totals keep them apart, so
-- balances still see every cent while summaries can leave transfers out.
ALTER TABLE transaction_daily_totals
    ADD COLUMN transfer_inflow  numeric(18, 2) NOT NULL DEFAULT 0,
    ADD COLUMN transfer_outflow numeric(18, 2) NOT NULL DEFAULT 0,
    ADD COLUMN transfer_inflow_count  integer NOT NULL DEFAULT 0,
    ADD COLUMN transfer_outflow_count integer NOT NULL DEFAULT 0;
"""

# The 0001 trigger, extended by the transfer flag: a row that becomes (or stops being) a transfer
# moves its amount between the regular and the transfer columns.
_APPLY_MOVES = """
        WITH moves AS ({moves})
        INSERT INTO transaction_daily_totals AS t
            (business_id, account_id, day, status, currency, inflow, outflow, inflow_count, outflow_count, row_count,
             transfer_inflow, transfer_outflow, transfer_inflow_count, transfer_outflow_count)
        SELECT b, a, d, s, c,
               coalesce(sum(sign * amount) FILTER (WHERE amount > 0), 0),
               coalesce(sum(sign * amount) FILTER (WHERE amount < 0), 0),
               coalesce(sum(sign) FILTER (WHERE amount > 0), 0),
               coalesce(sum(sign) FILTER (WHERE amount < 0), 0),
               sum(sign),
               coalesce(sum(sign * amount) FILTER (WHERE amount > 0 AND tr), 0),
               coalesce(sum(sign * amount) FILTER (WHERE amount < 0 AND tr), 0),
               coalesce(sum(sign) FILTER (WHERE amount > 0 AND tr), 0),
               coalesce(sum(sign) FILTER (WHERE amount < 0 AND tr), 0)
          FROM moves GROUP BY b, a, d, s, c ORDER BY b, a, d, s, c
        ON CONFLICT (business_id, account_id, day, status, currency) DO UPDATE
            SET inflow = t.inflow + EXCLUDED.inflow, outflow = t.outflow + EXCLUDED.outflow,
                inflow_count = t.inflow_count + EXCLUDED.inflow_count,
                outflow_count = t.outflow_count + EXCLUDED.outflow_count,
                row_count = t.row_count + EXCLUDED.row_count,
                transfer_inflow = t.transfer_inflow + EXCLUDED.transfer_inflow,
                transfer_outflow = t.transfer_outflow + EXCLUDED.transfer_outflow,
                transfer_inflow_count = t.transfer_inflow_count + EXCLUDED.transfer_inflow_count,
                transfer_outflow_count = t.transfer_outflow_count + EXCLUDED.transfer_outflow_count;"""
_MOVES_INSERTED = """SELECT business_id AS b, account_id AS a, transaction_date AS d, status AS s, currency AS c,
                  amount, 1 AS sign, is_transfer AS tr FROM new_rows WHERE deleted_at IS NULL"""
_MOVES_DELETED = """SELECT business_id AS b, account_id AS a, transaction_date AS d, status AS s, currency AS c,
                  amount, -1 AS sign, is_transfer AS tr FROM old_rows WHERE deleted_at IS NULL"""
_MOVES_UPDATED = """SELECT x.b, x.a, x.d, x.s, x.c, x.amount, x.sign, x.tr
              FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES
                (o.business_id, o.account_id, o.transaction_date, o.status, o.currency, o.amount, -1,
                 o.is_transfer, o.deleted_at IS NULL),
                (n.business_id, n.account_id, n.transaction_date, n.status, n.currency, n.amount, 1,
                 n.is_transfer, n.deleted_at IS NULL)) AS x(b, a, d, s, c, amount, sign, tr, live)
           WHERE x.live AND (o.account_id, o.transaction_date, o.status, o.currency, o.amount, o.is_transfer,
                             o.deleted_at IS NULL)
                 IS DISTINCT FROM (n.account_id, n.transaction_date, n.status, n.currency, n.amount, n.is_transfer,
                                   n.deleted_at IS NULL)"""

DAILY_TOTALS_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cp_transactions_daily_totals() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{_APPLY_MOVES.format(moves=_MOVES_INSERTED)}
    ELSIF TG_OP = 'DELETE' THEN{_APPLY_MOVES.format(moves=_MOVES_DELETED)}
    ELSE{_APPLY_MOVES.format(moves=_MOVES_UPDATED)}
    END IF;
    RETURN NULL;
END $$;
"""


# The audit trigger, rewritten for updates: an update entry now holds only the fields that changed
# (old and new), compared column by column. The 0001 version turned both whole rows into JSON and
# diffed them, which took 28 s for a 100,000-row classification; this takes about 3 s. The column
# list is read from the catalog when migrating: a later migration that adds a column to
# `transactions` must call `audit_function()` again.
def audit_function(columns: list[str]) -> str:
    values = ",\n                        ".join(f"('{c}', to_jsonb(o.{c}), to_jsonb(n.{c}))" for c in columns)
    return f"""
CREATE OR REPLACE FUNCTION cp_transactions_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor_user uuid := cp_current_user();
    actor_name text := NULLIF(current_setting('app.actor', true), '');
    request text := NULLIF(current_setting('app.request_id', true), '');
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO transaction_audit_log
            (business_id, transaction_id, action, old_values, new_values, actor_user_id, actor, request_id)
        SELECT n.business_id, n.id, 'create', NULL, to_jsonb(n) - 'search_vector', actor_user, actor_name, request
          FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO transaction_audit_log
            (business_id, transaction_id, action, old_values, new_values, actor_user_id, actor, request_id)
        SELECT o.business_id, o.id, 'purge', to_jsonb(o) - 'search_vector', NULL, actor_user, actor_name, request
          FROM old_rows o;
    ELSE
        INSERT INTO transaction_audit_log
            (business_id, transaction_id, action, old_values, new_values, changed_fields,
             actor_user_id, actor, request_id)
        SELECT n.business_id, n.id,
               CASE WHEN o.deleted_at IS NULL AND n.deleted_at IS NOT NULL THEN 'delete'
                    WHEN o.deleted_at IS NOT NULL AND n.deleted_at IS NULL THEN 'restore'
                    ELSE 'update' END,
               d.old_values, d.new_values, d.changed, actor_user, actor_name, request
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         CROSS JOIN LATERAL (
                SELECT jsonb_object_agg(x.k, x.ov) AS old_values, jsonb_object_agg(x.k, x.nv) AS new_values,
                       array_agg(x.k ORDER BY x.k) AS changed
                  FROM (VALUES {values}) AS x(k, ov, nv)
                 WHERE x.ov IS DISTINCT FROM x.nv) d
         WHERE d.changed IS NOT NULL;  -- nothing changed, nothing to record
    END IF;
    RETURN NULL;
END $$;"""


def _audited_columns() -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'transactions' AND column_name NOT IN ('search_vector', 'version', 'updated_at') "
        "ORDER BY ordinal_position")
    return [r[0] for r in rows]


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA)
    op.execute(DAILY_TOTALS_FUNCTION)
    op.execute(audit_function(_audited_columns()))
    # Existing rows carry no transfers yet (is_transfer defaults to false): nothing to backfill.
    for table in NEW_TENANT_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} "
            "USING (business_id = cp_current_business()) WITH CHECK (business_id = cp_current_business())"
        )
    grants = {
        "entity_aliases": "SELECT, INSERT, UPDATE, DELETE",
        "classification_rules": "SELECT, INSERT, UPDATE, DELETE",
        "classification_memory": "SELECT, INSERT, UPDATE, DELETE",
        "classification_corrections": "SELECT, INSERT",  # a record of what the owner did: append-only
        "recurring_series": "SELECT, INSERT, UPDATE, DELETE",  # re-detected wholesale per counterparty
        "entity_profiles": "SELECT, INSERT, UPDATE, DELETE",
    }
    for table, privileges in grants.items():
        op.execute(f'GRANT {privileges} ON {table} TO "{role}"')
    op.execute(f'GRANT EXECUTE ON FUNCTION cp_all_business_ids() TO "{role}"')


def downgrade() -> None:
    op.execute("DROP FUNCTION cp_all_business_ids()")
    for table in reversed(NEW_TENANT_TABLES):
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP INDEX ix_transactions_unclassified")
    op.execute("DROP INDEX ix_transactions_review")
    op.execute("DROP INDEX ix_transactions_counterparty")
    for column in ("counterparty", "counterparty_key", "classification", "needs_review", "is_transfer",
                   "transfer_peer_id"):
        op.execute(f"ALTER TABLE transactions DROP COLUMN {column}")
    for column in ("transfer_inflow", "transfer_outflow", "transfer_inflow_count", "transfer_outflow_count"):
        op.execute(f"ALTER TABLE transaction_daily_totals DROP COLUMN {column}")
    op.execute(audit_function(_audited_columns()))  # the same trigger over the columns that remain
    # Restore the 0001 trigger body (it does not know the transfer columns). Revision files are
    # loaded by path (their names start with a digit), so load 0001 the same way.
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("cp_0001", Path(__file__).with_name("0001_foundation.py"))
    foundation = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(foundation)
    op.execute(foundation.DAILY_TOTALS_FUNCTION.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
