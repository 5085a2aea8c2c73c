"""Detection: alerts (one open per condition and subject), per-transaction anomaly scores, weekly
insights with the owner's feedback, and each user's dashboard layout.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from alembic import op
from cashpilot.adapters.db.tenancy import protect_tenant_tables
from cashpilot.config import get_settings

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NEW_TENANT_TABLES = ("alerts", "transaction_anomalies", "insights", "dashboard_layouts")

SCHEMA = r"""
-- What a detection found. A later run updates the same row (dedup_key = condition + subject) instead
-- of adding another: severity moves up or down, the numbers refresh, and when the condition clears
-- the alert is resolved. read / dismissed / snoozed are the owner's, and survive those updates.
CREATE TABLE alerts (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id        uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    kind               text NOT NULL,
    dedup_key          text NOT NULL,
    status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    severity           text NOT NULL CHECK (severity IN ('emergency', 'this_week', 'upcoming')),
    title              text NOT NULL,
    message            text NOT NULL,
    subject_type       text NOT NULL,
    subject_id         text,
    data               jsonb NOT NULL DEFAULT '{}',
    snapshot_id        uuid REFERENCES forecast_snapshots (id) ON DELETE SET NULL,
    -- (at, severity, event) of every change: raised, escalated, de-escalated, resolved, reopened
    history            jsonb NOT NULL DEFAULT '[]',
    first_detected_at  timestamptz NOT NULL DEFAULT now(),
    last_detected_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at        timestamptz,
    read_at            timestamptz,
    dismissed_at       timestamptz,
    snoozed_until      timestamptz,
    notified_severity  text,  -- the severity last emailed, so a replayed notify sends nothing new
    notified_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
-- At most one open alert per condition and subject, enforced by the database: two detection runs at
-- once cannot both insert one.
CREATE UNIQUE INDEX uq_alerts_open ON alerts (business_id, dedup_key) WHERE status = 'open';
CREATE INDEX ix_alerts_list ON alerts (business_id, status, severity, last_detected_at DESC);
CREATE TRIGGER trg_alerts_touch BEFORE UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- How unusual each transaction is against its robust baseline (median / MAD per entity or category).
-- Kept beside transactions rather than in them: rescoring must not bump a transaction's version or
-- fill its audit trail.
-- The composite key ties a score to a transaction of the same business, like every tenant reference.
ALTER TABLE transactions ADD CONSTRAINT uq_transactions_business_id UNIQUE (business_id, id);
CREATE TABLE transaction_anomalies (
    business_id    uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    transaction_id uuid NOT NULL,
    score          numeric(10, 2) NOT NULL,
    is_anomaly     boolean NOT NULL,
    baseline       numeric(18, 2) NOT NULL,
    basis          text NOT NULL,
    basis_id       uuid,
    samples        integer NOT NULL,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, transaction_id),
    CONSTRAINT fk_transaction_anomalies_transaction FOREIGN KEY (business_id, transaction_id)
        REFERENCES transactions (business_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_transaction_anomalies_flagged ON transaction_anomalies (business_id, score DESC) WHERE is_anomaly;

-- Plain-language summaries (one weekly summary per business and week) and what the owner thought.
CREATE TABLE insights (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id  uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    kind         text NOT NULL,
    period_start date NOT NULL,
    period_end   date NOT NULL,
    title        text NOT NULL,
    body         text NOT NULL,
    data         jsonb NOT NULL DEFAULT '{}',
    feedback     text CHECK (feedback IN ('helpful', 'not_helpful')),
    feedback_at  timestamptz,
    emailed_at   timestamptz,  -- sent in the weekly digest: a replayed schedule sends it no second time
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_insights_period UNIQUE (business_id, kind, period_start)
);

-- Each user's arrangement of dashboard cards, per business.
CREATE TABLE dashboard_layouts (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    layout      jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, user_id)
);
"""


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA)
    grants = {
        "alerts": "SELECT, INSERT, UPDATE",  # alerts resolve, never disappear
        "transaction_anomalies": "SELECT, INSERT, UPDATE, DELETE",
        "insights": "SELECT, INSERT, UPDATE",
        "dashboard_layouts": "SELECT, INSERT, UPDATE, DELETE",
    }
    protect_tenant_tables(op.execute, NEW_TENANT_TABLES, role=role, grants=grants)


def downgrade() -> None:
    for table in reversed(NEW_TENANT_TABLES):
        op.execute(f"DROP TABLE {table}")
    op.execute("ALTER TABLE transactions DROP CONSTRAINT uq_transactions_business_id")
