"""Forecasts: immutable snapshots, backtest accuracy, weekly forecast reviews, saved scenarios and
the stability score's history.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from alembic import op
from cashpilot.config import get_settings

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_TENANT_TABLES = ("forecast_snapshots", "forecast_accuracy", "forecast_reviews", "scenarios", "stability_scores")

SCHEMA = r"""
-- One row per forecast run, never changed afterwards: what went in (the full request: balances,
-- residual history, known flows, parameters), which model was chosen and what came out, so any
-- past forecast can be replayed and compared with what happened.
CREATE TABLE forecast_snapshots (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id               uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    created_at                timestamptz NOT NULL DEFAULT now(),
    as_of                     date NOT NULL,
    horizon                   integer NOT NULL CHECK (horizon BETWEEN 1 AND 365),
    trigger                   text NOT NULL CHECK (trigger IN ('pipeline', 'api', 'nightly', 'cli')),
    -- Replays of the same pipeline run (Step Functions retries, a replayed S3 event) find this key
    -- and return the stored snapshot instead of writing a second one.
    idempotency_key           text,
    scenario_ids              uuid[] NOT NULL DEFAULT '{}',
    currency                  varchar(3) NOT NULL,
    model                     text NOT NULL,
    opening_balance           numeric(18, 2) NOT NULL,
    low_point_date            date NOT NULL,
    low_point_expected        numeric(18, 2) NOT NULL,
    low_point_p10             numeric(18, 2) NOT NULL,
    deficit_probability       jsonb NOT NULL,
    buffer_breach_probability jsonb NOT NULL,
    runway_days               integer,
    inputs                    jsonb NOT NULL,
    parameters                jsonb NOT NULL,
    results                   jsonb NOT NULL,
    CONSTRAINT uq_forecast_snapshots_idempotency UNIQUE (business_id, idempotency_key)
);
CREATE INDEX ix_forecast_snapshots_recent ON forecast_snapshots (business_id, created_at DESC, id DESC);
-- Immutability is enforced by the database, not only by the app role's grants.
CREATE FUNCTION cp_forecast_snapshots_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'forecast snapshots are immutable' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER trg_forecast_snapshots_immutable BEFORE UPDATE ON forecast_snapshots
    FOR EACH ROW EXECUTE FUNCTION cp_forecast_snapshots_immutable();

-- Backtest results per business: how the forecast would have done at many past dates.
CREATE TABLE forecast_accuracy (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id    uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    horizon        integer NOT NULL,
    origins        integer NOT NULL,
    mase_flat      numeric(10, 4),
    mase_seasonal  numeric(10, 4),
    mae            numeric(18, 2) NOT NULL,
    coverage       numeric(5, 4) NOT NULL,
    brier_deficit  numeric(6, 4) NOT NULL,
    brier_breach   numeric(6, 4) NOT NULL,
    details        jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX ix_forecast_accuracy_recent ON forecast_accuracy (business_id, computed_at DESC);

-- Each week the forecast made a week earlier is compared with the actual balance and the miss is
-- explained by driver (a late customer, an unscheduled expense, baseline drift).
CREATE TABLE forecast_reviews (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id      uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    snapshot_id      uuid NOT NULL REFERENCES forecast_snapshots (id) ON DELETE CASCADE,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    forecast_balance numeric(18, 2) NOT NULL,
    actual_balance   numeric(18, 2) NOT NULL,
    miss             numeric(18, 2) NOT NULL,
    drivers          jsonb NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_forecast_reviews_period UNIQUE (business_id, snapshot_id, period_end)
);

-- Saved what-ifs: a list of typed changes (delay a payment, add a one-time flow, hire...).
CREATE TABLE scenarios (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description text NOT NULL DEFAULT '',
    changes     jsonb NOT NULL,
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_scenarios_name UNIQUE (business_id, name)
);
CREATE TRIGGER trg_scenarios_touch BEFORE UPDATE ON scenarios
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- The stability score, one per business and day (a nightly rerun replaces that day's).
CREATE TABLE stability_scores (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    as_of       date NOT NULL,
    score       integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    label       text NOT NULL,
    components  jsonb NOT NULL,
    snapshot_id uuid REFERENCES forecast_snapshots (id) ON DELETE SET NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_stability_scores_day UNIQUE (business_id, as_of)
);
"""


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA)
    for table in NEW_TENANT_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY tenant_isolation ON {table} "
            "USING (business_id = cp_current_business()) WITH CHECK (business_id = cp_current_business())"
        )
    grants = {
        "forecast_snapshots": "SELECT, INSERT",  # immutable
        "forecast_accuracy": "SELECT, INSERT",
        "forecast_reviews": "SELECT, INSERT",
        "scenarios": "SELECT, INSERT, UPDATE, DELETE",
        "stability_scores": "SELECT, INSERT, UPDATE",  # a same-day rerun replaces the day's score
    }
    for table, privileges in grants.items():
        op.execute(f'GRANT {privileges} ON {table} TO "{role}"')


def downgrade() -> None:
    for table in reversed(NEW_TENANT_TABLES):
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP FUNCTION cp_forecast_snapshots_immutable()")
