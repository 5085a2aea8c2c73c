"""Foundation: identity, tenants, accounts, categories, entities, transactions, audit log, import jobs,
row-level security.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from alembic import op
from cashpilot.config import get_settings

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Tables whose rows belong to exactly one business and are isolated by the plain tenant policy.
TENANT_TABLES = (
    "accounts", "categories", "entities", "import_jobs", "transactions", "transaction_audit_log",
    "transaction_daily_totals",
)

SCHEMA = r"""
-- Helpers ----------------------------------------------------------------------------------
-- The request's tenant and user: transaction-local settings written by the unit of work with
-- set_config(..., true). Unset (or reset to '' after a transaction) means "no tenant": policies
-- then match nothing.
CREATE FUNCTION cp_current_business() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('app.business_id', true), '')::uuid $$;

CREATE FUNCTION cp_current_user() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION cp_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;

-- Identity (global, not tenant data) -------------------------------------------------------
CREATE TABLE users (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email               text NOT NULL,
    password_hash       text NOT NULL,
    full_name           text NOT NULL DEFAULT '',
    is_active           boolean NOT NULL DEFAULT true,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_users_email ON users (lower(email));

CREATE TABLE auth_sessions (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_used_at   timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason text,
    user_agent     text,
    ip_address     text
);
CREATE INDEX ix_auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id uuid NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

CREATE TABLE login_attempts (
    id           bigserial PRIMARY KEY,
    email        text NOT NULL,
    ip_address   text,
    succeeded    boolean NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_login_attempts_email ON login_attempts (email, attempted_at);
CREATE INDEX ix_login_attempts_ip ON login_attempts (ip_address, attempted_at);

-- Tenants ------------------------------------------------------------------------------------
CREATE TABLE businesses (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL,
    currency   varchar(3) NOT NULL,
    timezone   text NOT NULL,
    settings   jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        text NOT NULL,
    invited_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_memberships_business_user UNIQUE (business_id, user_id),
    CONSTRAINT ck_memberships_role CHECK (role IN ('owner', 'editor', 'viewer'))
);
CREATE INDEX ix_memberships_user ON memberships (user_id);

CREATE TABLE accounts (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id          uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name                 text NOT NULL,
    type                 text NOT NULL,
    currency             varchar(3) NOT NULL,
    opening_balance      numeric(18, 2) NOT NULL DEFAULT 0,
    opening_balance_date date,
    institution          text,
    account_number_last4 text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    CONSTRAINT uq_accounts_business_id UNIQUE (business_id, id),
    CONSTRAINT ck_accounts_type CHECK (type IN ('bank', 'cash', 'credit', 'wallet'))
);
CREATE UNIQUE INDEX uq_accounts_live_name ON accounts (business_id, lower(name)) WHERE deleted_at IS NULL;

CREATE TABLE categories (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name        text NOT NULL,
    type        text NOT NULL,
    parent_id   uuid,
    system_key  text,
    is_system   boolean NOT NULL DEFAULT false,
    archived_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_categories_business_id UNIQUE (business_id, id),
    CONSTRAINT fk_categories_parent FOREIGN KEY (business_id, parent_id) REFERENCES categories (business_id, id),
    CONSTRAINT ck_categories_type CHECK (type IN ('income', 'expense', 'transfer'))
);
CREATE UNIQUE INDEX uq_categories_name ON categories
    (business_id, type, COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
CREATE UNIQUE INDEX uq_categories_system_key ON categories (business_id, system_key) WHERE system_key IS NOT NULL;

CREATE TABLE entities (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id         uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name                text NOT NULL,
    normalized_name     text NOT NULL,
    type                text NOT NULL,
    email               text,
    phone               text,
    address             text,
    tax_id              text,
    website             text,
    payment_terms_days  integer,
    default_category_id uuid,
    notes               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz,
    CONSTRAINT uq_entities_business_id UNIQUE (business_id, id),
    CONSTRAINT fk_entities_default_category FOREIGN KEY (business_id, default_category_id)
        REFERENCES categories (business_id, id),
    CONSTRAINT ck_entities_type CHECK (type IN ('customer', 'supplier', 'both')),
    CONSTRAINT ck_entities_payment_terms CHECK (payment_terms_days BETWEEN 0 AND 365)
);
CREATE UNIQUE INDEX uq_entities_live_name ON entities (business_id, normalized_name) WHERE deleted_at IS NULL;

CREATE TABLE import_jobs (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id   uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    account_id    uuid NOT NULL,
    source        text NOT NULL,
    filename      text NOT NULL,
    s3_bucket     text,
    s3_key        text,
    s3_etag       text,
    status        text NOT NULL DEFAULT 'awaiting_upload',
    rows_total    integer NOT NULL DEFAULT 0,
    rows_imported integer NOT NULL DEFAULT 0,
    rows_duplicate integer NOT NULL DEFAULT 0,
    rows_error    integer NOT NULL DEFAULT 0,
    format        jsonb NOT NULL DEFAULT '{}'::jsonb,
    error         jsonb,
    created_by    uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_import_jobs_business_id UNIQUE (business_id, id),
    CONSTRAINT fk_import_jobs_account FOREIGN KEY (business_id, account_id) REFERENCES accounts (business_id, id),
    CONSTRAINT uq_import_jobs_s3_object UNIQUE (s3_bucket, s3_key, s3_etag),
    CONSTRAINT ck_import_jobs_status
        CHECK (status IN ('awaiting_upload', 'parsing', 'preview', 'completed', 'failed'))
);
CREATE INDEX ix_import_jobs_created ON import_jobs (business_id, created_at DESC);

CREATE TABLE transactions (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- No direct foreign key to businesses: fk_transactions_account already ties the row to an
    -- account of the same business (one check per row instead of two on 100,000-row imports).
    business_id               uuid NOT NULL,
    account_id                uuid NOT NULL,
    amount                    numeric(18, 2) NOT NULL,
    currency                  varchar(3) NOT NULL,
    transaction_date          date NOT NULL,
    value_date                date,
    description               text NOT NULL DEFAULT '',
    raw_description           text,
    status                    text NOT NULL DEFAULT 'cleared',
    entity_id                 uuid,
    category_id               uuid,
    tags                      text[] NOT NULL DEFAULT '{}'::text[],
    metadata                  jsonb NOT NULL DEFAULT '{}'::jsonb,
    import_id                 uuid,
    fingerprint               text,
    classification_method     text,
    classification_confidence numeric(4, 3),
    version                   integer NOT NULL DEFAULT 1,
    created_by                uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    updated_at                timestamptz NOT NULL DEFAULT now(),
    deleted_at                timestamptz,
    -- Word search (prefix matching) without pg_trgm, which the embedded PostgreSQL lacks.
    search_vector             tsvector GENERATED ALWAYS AS
        (to_tsvector('simple', description || ' ' || coalesce(raw_description, ''))) STORED,
    CONSTRAINT fk_transactions_account FOREIGN KEY (business_id, account_id) REFERENCES accounts (business_id, id),
    CONSTRAINT fk_transactions_entity FOREIGN KEY (business_id, entity_id) REFERENCES entities (business_id, id),
    CONSTRAINT fk_transactions_category FOREIGN KEY (business_id, category_id)
        REFERENCES categories (business_id, id),
    CONSTRAINT fk_transactions_import FOREIGN KEY (business_id, import_id) REFERENCES import_jobs (business_id, id),
    CONSTRAINT ck_transactions_status CHECK (status IN ('pending', 'cleared', 'reconciled')),
    CONSTRAINT ck_transactions_confidence
        CHECK (classification_confidence IS NULL OR classification_confidence BETWEEN 0 AND 1)
);
-- Default listing order and keyset pagination. Sums come from transaction_daily_totals, so the
-- indexes stay narrow (every extra column is paid for on each imported row).
CREATE INDEX ix_transactions_date ON transactions (business_id, transaction_date DESC, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX ix_transactions_account_date ON transactions (business_id, account_id, transaction_date)
    WHERE deleted_at IS NULL;
CREATE INDEX ix_transactions_entity ON transactions (business_id, entity_id) WHERE entity_id IS NOT NULL;
CREATE INDEX ix_transactions_category ON transactions (business_id, category_id) WHERE category_id IS NOT NULL;
-- No GIN indexes on tags or search_vector: their operators (@>, @@) are not LEAKPROOF, so under
-- row-level security PostgreSQL may not use them as index conditions; they would only slow writes.
CREATE INDEX ix_transactions_import ON transactions (business_id, import_id) WHERE import_id IS NOT NULL;
-- The de-duplication key of imports: one row per fingerprint per account, deleted rows included
-- (a soft-deleted import row must not come back on the next re-import).
CREATE UNIQUE INDEX uq_transactions_fingerprint ON transactions (business_id, account_id, fingerprint)
    WHERE fingerprint IS NOT NULL;

-- No foreign keys: an audit trail must outlive whatever it describes, and a per-row key check
-- would double the cost of auditing a 100,000-row import.
CREATE TABLE transaction_audit_log (
    id             bigserial PRIMARY KEY,
    business_id    uuid NOT NULL,
    transaction_id uuid NOT NULL,
    action         text NOT NULL,
    old_values     jsonb,
    new_values     jsonb,
    changed_fields text[] NOT NULL DEFAULT '{}'::text[],
    actor_user_id  uuid,
    actor          text,
    request_id     text,
    occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ix_audit_transaction ON transaction_audit_log (business_id, transaction_id, id);

-- Triggers -----------------------------------------------------------------------------------
CREATE TRIGGER trg_users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_businesses_touch BEFORE UPDATE ON businesses
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_memberships_touch BEFORE UPDATE ON memberships
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_categories_touch BEFORE UPDATE ON categories
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_entities_touch BEFORE UPDATE ON entities FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
CREATE TRIGGER trg_import_jobs_touch BEFORE UPDATE ON import_jobs
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- Transactions: the database owns version and updated_at, so no code path can forget them.
CREATE FUNCTION cp_transactions_before_update() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.version := OLD.version + 1;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER trg_transactions_before_update BEFORE UPDATE ON transactions
    FOR EACH ROW EXECUTE FUNCTION cp_transactions_before_update();

-- The audit trail is written by the database itself: every insert, update, soft delete, restore
-- and hard delete of a transaction, whoever did it. SECURITY DEFINER: the app role has no INSERT
-- on the log, so it cannot forge entries.
CREATE FUNCTION cp_transactions_audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor_user uuid := cp_current_user();
    actor_name text := NULLIF(current_setting('app.actor', true), '');
    request text := NULLIF(current_setting('app.request_id', true), '');
BEGIN
    -- Statement-level with transition tables: one set-based INSERT per statement, so a
    -- 100,000-row import is audited in one pass rather than 100,000 trigger calls.
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
               j.oj, j.nj,
               ARRAY(SELECT e.key FROM jsonb_each(j.nj) e
                      WHERE e.value IS DISTINCT FROM j.oj -> e.key AND e.key NOT IN ('version', 'updated_at')
                      ORDER BY e.key),
               actor_user, actor_name, request
          FROM old_rows o JOIN new_rows n ON n.id = o.id
         CROSS JOIN LATERAL (SELECT to_jsonb(o) - 'search_vector' AS oj, to_jsonb(n) - 'search_vector' AS nj) j
         WHERE j.oj <> j.nj;  -- nothing changed, nothing to record
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER trg_transactions_audit_insert AFTER INSERT ON transactions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_audit();
CREATE TRIGGER trg_transactions_audit_update AFTER UPDATE ON transactions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_audit();
CREATE TRIGGER trg_transactions_audit_delete AFTER DELETE ON transactions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_audit();

-- Daily totals per account, day, status and currency: what summaries, balances and balance
-- histories read, so they cost O(days) instead of O(transactions). Maintained by statement-level
-- triggers from the transition tables (one grouped upsert per statement, also for a 100,000-row
-- import), only from rows whose money-relevant columns changed. Soft-deleted rows do not count.
CREATE TABLE transaction_daily_totals (
    business_id   uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    account_id    uuid NOT NULL,
    day           date NOT NULL,
    status        text NOT NULL,
    currency      varchar(3) NOT NULL,
    inflow        numeric(18, 2) NOT NULL DEFAULT 0,
    outflow       numeric(18, 2) NOT NULL DEFAULT 0,
    inflow_count  integer NOT NULL DEFAULT 0,
    outflow_count integer NOT NULL DEFAULT 0,
    row_count     integer NOT NULL DEFAULT 0,
    PRIMARY KEY (business_id, account_id, day, status, currency)
);
CREATE INDEX ix_daily_totals_day ON transaction_daily_totals (business_id, day);

{daily_totals_function}
CREATE TRIGGER trg_transactions_totals_insert AFTER INSERT ON transactions
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_daily_totals();
CREATE TRIGGER trg_transactions_totals_update AFTER UPDATE ON transactions
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_daily_totals();
CREATE TRIGGER trg_transactions_totals_delete AFTER DELETE ON transactions
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cp_transactions_daily_totals();

CREATE FUNCTION cp_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the transaction audit log is append-only (% rejected)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER trg_audit_immutable BEFORE UPDATE OR DELETE ON transaction_audit_log
    FOR EACH ROW EXECUTE FUNCTION cp_reject_change();
CREATE TRIGGER trg_audit_no_truncate BEFORE TRUNCATE ON transaction_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION cp_reject_change();

-- Row-level security -------------------------------------------------------------------------
-- businesses: a member sees the businesses they belong to (to list them); writes only to the
-- business set for this transaction.
ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
ALTER TABLE businesses FORCE ROW LEVEL SECURITY;
CREATE POLICY businesses_select ON businesses FOR SELECT USING (
    id = cp_current_business()
    OR id IN (SELECT m.business_id FROM memberships m WHERE m.user_id = cp_current_user()));
CREATE POLICY businesses_insert ON businesses FOR INSERT WITH CHECK (id = cp_current_business());
CREATE POLICY businesses_update ON businesses FOR UPDATE
    USING (id = cp_current_business()) WITH CHECK (id = cp_current_business());

-- memberships: a user sees their own memberships everywhere, and all of the current business's.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_select ON memberships FOR SELECT
    USING (business_id = cp_current_business() OR user_id = cp_current_user());
CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (business_id = cp_current_business());
CREATE POLICY memberships_update ON memberships FOR UPDATE
    USING (business_id = cp_current_business()) WITH CHECK (business_id = cp_current_business());
CREATE POLICY memberships_delete ON memberships FOR DELETE USING (business_id = cp_current_business());
"""


# One grouped upsert of signed "moves" per statement; rows are locked in key order so concurrent
# writers to the same days cannot deadlock each other.
_APPLY_MOVES = """
        WITH moves AS ({moves})
        INSERT INTO transaction_daily_totals AS t
            (business_id, account_id, day, status, currency, inflow, outflow, inflow_count, outflow_count, row_count)
        SELECT b, a, d, s, c,
               coalesce(sum(sign * amount) FILTER (WHERE amount > 0), 0),
               coalesce(sum(sign * amount) FILTER (WHERE amount < 0), 0),
               coalesce(sum(sign) FILTER (WHERE amount > 0), 0),
               coalesce(sum(sign) FILTER (WHERE amount < 0), 0),
               sum(sign)
          FROM moves GROUP BY b, a, d, s, c ORDER BY b, a, d, s, c
        ON CONFLICT (business_id, account_id, day, status, currency) DO UPDATE
            SET inflow = t.inflow + EXCLUDED.inflow, outflow = t.outflow + EXCLUDED.outflow,
                inflow_count = t.inflow_count + EXCLUDED.inflow_count,
                outflow_count = t.outflow_count + EXCLUDED.outflow_count,
                row_count = t.row_count + EXCLUDED.row_count;"""
_MOVES_INSERTED = """SELECT business_id AS b, account_id AS a, transaction_date AS d, status AS s, currency AS c,
                  amount, 1 AS sign FROM new_rows WHERE deleted_at IS NULL"""
_MOVES_DELETED = """SELECT business_id AS b, account_id AS a, transaction_date AS d, status AS s, currency AS c,
                  amount, -1 AS sign FROM old_rows WHERE deleted_at IS NULL"""
# Only rows whose money-relevant columns changed: re-classifying 100,000 rows moves no totals.
_MOVES_UPDATED = """SELECT x.* FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES
                (o.business_id, o.account_id, o.transaction_date, o.status, o.currency, o.amount, -1,
                 o.deleted_at IS NULL),
                (n.business_id, n.account_id, n.transaction_date, n.status, n.currency, n.amount, 1,
                 n.deleted_at IS NULL)) AS x(b, a, d, s, c, amount, sign, live)
           WHERE x.live AND (o.account_id, o.transaction_date, o.status, o.currency, o.amount, o.deleted_at IS NULL)
                 IS DISTINCT FROM (n.account_id, n.transaction_date, n.status, n.currency, n.amount,
                                   n.deleted_at IS NULL)"""

DAILY_TOTALS_FUNCTION = f"""
CREATE FUNCTION cp_transactions_daily_totals() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Transition tables exist only for their own event; plpgsql plans each branch lazily.
    IF TG_OP = 'INSERT' THEN{_APPLY_MOVES.format(moves=_MOVES_INSERTED)}
    ELSIF TG_OP = 'DELETE' THEN{_APPLY_MOVES.format(moves=_MOVES_DELETED)}
    ELSE{_APPLY_MOVES.format(moves=_MOVES_UPDATED)}
    END IF;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA.replace("{daily_totals_function}", DAILY_TOTALS_FUNCTION))
    for table in TENANT_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} "
            "USING (business_id = cp_current_business()) WITH CHECK (business_id = cp_current_business())"
        )
    # Least privilege for the app role: no DELETE on transactions (soft delete only), no DELETE on
    # businesses, read-only audit log (written by the SECURITY DEFINER trigger).
    grants = {
        "users": "SELECT, INSERT, UPDATE",
        "auth_sessions": "SELECT, INSERT, UPDATE",
        "refresh_tokens": "SELECT, INSERT, UPDATE",
        "login_attempts": "SELECT, INSERT, DELETE",
        "businesses": "SELECT, INSERT, UPDATE",
        "memberships": "SELECT, INSERT, UPDATE, DELETE",
        "accounts": "SELECT, INSERT, UPDATE",
        "categories": "SELECT, INSERT, UPDATE",
        "entities": "SELECT, INSERT, UPDATE",
        "import_jobs": "SELECT, INSERT, UPDATE",
        "transactions": "SELECT, INSERT, UPDATE",
        "transaction_audit_log": "SELECT",
        "transaction_daily_totals": "SELECT",  # written only by its SECURITY DEFINER trigger
    }
    for table, privileges in grants.items():
        op.execute(f'GRANT {privileges} ON {table} TO "{role}"')
    op.execute(f'GRANT USAGE ON SEQUENCE login_attempts_id_seq TO "{role}"')
    for fn in ("cp_current_business()", "cp_current_user()"):
        op.execute(f'GRANT EXECUTE ON FUNCTION {fn} TO "{role}"')


def downgrade() -> None:
    raise NotImplementedError("the foundation schema is not reversible; restore from a backup instead")
