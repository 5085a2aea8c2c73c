"""Chat: conversations with the co-pilot, their messages (with the tool calls behind every answer), and
the business memory both brains read.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from alembic import op
from cashpilot.adapters.db.tenancy import protect_tenant_tables
from cashpilot.config import get_settings

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

NEW_TENANT_TABLES = ("chat_sessions", "chat_messages", "ai_memory")

SCHEMA = r"""
-- A conversation. It belongs to the business (RLS) and to the member who started it: members do not
-- read each other's chats.
CREATE TABLE chat_sessions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id     uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title           text NOT NULL DEFAULT '',
    message_count   integer NOT NULL DEFAULT 0,
    last_message_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_chat_sessions_business_id UNIQUE (business_id, id)
);
CREATE INDEX ix_chat_sessions_list ON chat_sessions (business_id, user_id, updated_at DESC);
CREATE TRIGGER trg_chat_sessions_touch BEFORE UPDATE ON chat_sessions
    FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();

-- One turn: the owner's question or the co-pilot's reply. A reply keeps what makes it traceable: the
-- tool calls in order (steps: tool, arguments, result, references, error), the ids of the records
-- behind its numbers, the cards the apps draw, the brain that answered, tokens and latency.
CREATE TABLE chat_messages (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    business_id     uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    session_id      uuid NOT NULL,
    user_id         uuid REFERENCES users (id) ON DELETE SET NULL,
    role            text NOT NULL CHECK (role IN ('user', 'assistant')),
    content         text NOT NULL,
    steps           jsonb NOT NULL DEFAULT '[]',
    data_cards      jsonb NOT NULL DEFAULT '[]',
    data_references jsonb NOT NULL DEFAULT '{}',
    memory_updates  jsonb NOT NULL DEFAULT '{}',
    understood      boolean,
    brain           text,
    tokens          integer NOT NULL DEFAULT 0,
    latency_ms      integer,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT fk_chat_messages_session FOREIGN KEY (business_id, session_id)
        REFERENCES chat_sessions (business_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_messages_session ON chat_messages (business_id, session_id, created_at);
-- The rate limit counts a business's questions in the last minute / hour: many API Lambdas, no shared
-- memory, so the database is the counter.
CREATE INDEX ix_chat_messages_questions ON chat_messages (business_id, created_at) WHERE role = 'user';

-- What the owner told the co-pilot to remember ("our buffer is 20k", "ignore the loan account"):
-- one value per key, read by both brains as business context.
CREATE TABLE ai_memory (
    business_id uuid NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    key         text NOT NULL,
    value       text NOT NULL,
    source      text NOT NULL DEFAULT 'api' CHECK (source IN ('api', 'chat')),
    updated_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_id, key)
);
CREATE TRIGGER trg_ai_memory_touch BEFORE UPDATE ON ai_memory FOR EACH ROW EXECUTE FUNCTION cp_touch_updated_at();
"""


def upgrade() -> None:
    role = get_settings().db_app_role
    op.execute(SCHEMA)
    grants = {
        "chat_sessions": "SELECT, INSERT, UPDATE, DELETE",
        "chat_messages": "SELECT, INSERT, DELETE",  # a stored turn is never rewritten
        "ai_memory": "SELECT, INSERT, UPDATE, DELETE",
    }
    protect_tenant_tables(op.execute, NEW_TENANT_TABLES, role=role, grants=grants)


def downgrade() -> None:
    for table in reversed(NEW_TENANT_TABLES):
        op.execute(f"DROP TABLE {table}")
