"""Statement imports: what each import saw and decided, and the formats a business has confirmed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op
from cashpilot.config import get_settings

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SCHEMA = r"""
ALTER TABLE import_jobs
    ADD COLUMN object_size      bigint,
    ADD COLUMN content_sha256   text,
    ADD COLUMN overrides        jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN preview          jsonb,
    ADD COLUMN confidence       numeric(4, 3),
    ADD COLUMN shape_fingerprint text,
    ADD COLUMN auto_confirmed   boolean NOT NULL DEFAULT false,
    ADD COLUMN rows_updated     integer NOT NULL DEFAULT 0,
    ADD COLUMN rows_flagged     integer NOT NULL DEFAULT 0,
    ADD COLUMN rows_skipped     integer NOT NULL DEFAULT 0,
    ADD COLUMN pipeline_execution text,
    ADD COLUMN completed_at     timestamptz;

-- A format the owner confirmed once: the next file of the same shape is parsed the same way.
CREATE TABLE statement_formats (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id       uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    shape_fingerprint text NOT NULL,
    overrides         jsonb NOT NULL DEFAULT '{}'::jsonb,
    decisions         jsonb NOT NULL DEFAULT '{}'::jsonb,
    times_used        integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_statement_formats_shape UNIQUE (business_id, shape_fingerprint)
);
CREATE TRIGGER trg_statement_formats_touch BEFORE UPDATE ON statement_formats
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
ALTER TABLE statement_formats ENABLE ROW LEVEL SECURITY;
ALTER TABLE statement_formats FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON statement_formats
    USING (business_id = cp_current_business()) WITH CHECK (business_id = cp_current_business());
"""


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA)
    op.execute(f'GRANT SELECT, INSERT, UPDATE ON statement_formats TO "{role}"')


def downgrade() -> None:
    op.execute("DROP TABLE statement_formats")
    for column in ("object_size", "content_sha256", "overrides", "preview", "confidence", "shape_fingerprint",
                   "auto_confirmed", "rows_updated", "rows_flagged", "rows_skipped", "pipeline_execution",
                   "completed_at"):
        op.execute(f"ALTER TABLE import_jobs DROP COLUMN {column}")
