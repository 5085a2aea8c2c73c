"""SQLAlchemy 2 models. The migrations in `migrations/versions` are the source of truth for the
schema (RLS policies, triggers, grants live only there); `tests/integration/test_migrations.py`
checks that these models and the migrated schema agree.

Tenant tables carry `business_id NOT NULL`, and references between tenant rows are composite
foreign keys `(business_id, x_id) -> x(business_id, id)`, so a row can never point at another
tenant's row even if application code forgot to check.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

MONEY = Numeric(18, 2)


class Base(DeclarativeBase):
    type_annotation_map = {
        uuid.UUID: UUID(as_uuid=True),
        Decimal: MONEY,
        datetime: DateTime(timezone=True),
        date: Date,
        dict[str, Any]: JSONB,
    }


def _pk() -> Mapped[uuid.UUID]:
    return mapped_column(primary_key=True, server_default=text("gen_random_uuid()"))


def _created() -> Mapped[datetime]:
    return mapped_column(server_default=text("now()"))


def _updated() -> Mapped[datetime]:
    # Kept current by the cp_touch_updated_at trigger.
    return mapped_column(server_default=text("now()"))


# --------------------------------------------------------------------------- identity (global)


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = _pk()
    email: Mapped[str] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text)
    full_name: Mapped[str] = mapped_column(Text, server_default="")
    is_active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    password_changed_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class AuthSession(Base):
    """A login: the family of rotating refresh tokens. Revoking it ends every token in it."""

    __tablename__ = "auth_sessions"

    id: Mapped[uuid.UUID] = _pk()
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = _created()
    last_used_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    user_agent: Mapped[str | None] = mapped_column(Text)
    ip_address: Mapped[str | None] = mapped_column(Text)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    id: Mapped[uuid.UUID] = _pk()
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(Text, unique=True)  # sha256 hex; the token itself is never stored
    created_at: Mapped[datetime] = _created()
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]  # set when rotated; presenting it again revokes the session


class LoginAttempt(Base):
    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(Text)
    ip_address: Mapped[str | None] = mapped_column(Text)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    attempted_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


# --------------------------------------------------------------------------- tenants


class Business(Base):
    """The tenant root. Its own `id` is the business id that every tenant row carries."""

    __tablename__ = "businesses"

    id: Mapped[uuid.UUID] = _pk()
    name: Mapped[str] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    timezone: Mapped[str] = mapped_column(Text)
    settings: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (
        UniqueConstraint("business_id", "user_id", name="uq_memberships_business_user"),
        CheckConstraint("role IN ('owner', 'editor', 'viewer')", name="ck_memberships_role"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(Text)
    invited_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("business_id", "id", name="uq_accounts_business_id"),
        CheckConstraint("type IN ('bank', 'cash', 'credit', 'wallet')", name="ck_accounts_type"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    opening_balance: Mapped[Decimal] = mapped_column(server_default=text("0"))
    opening_balance_date: Mapped[date | None]
    institution: Mapped[str | None] = mapped_column(Text)
    account_number_last4: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
    deleted_at: Mapped[datetime | None]


class Category(Base):
    __tablename__ = "categories"
    __table_args__ = (
        UniqueConstraint("business_id", "id", name="uq_categories_business_id"),
        ForeignKeyConstraint(
            ["business_id", "parent_id"], ["categories.business_id", "categories.id"],
            name="fk_categories_parent",
        ),
        CheckConstraint("type IN ('income', 'expense', 'transfer')", name="ck_categories_type"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[uuid.UUID | None]
    system_key: Mapped[str | None] = mapped_column(Text)  # stable id of a seeded default category
    is_system: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Entity(Base):
    """Customers and suppliers in one table: many businesses both buy from and sell to the same party."""

    __tablename__ = "entities"
    __table_args__ = (
        UniqueConstraint("business_id", "id", name="uq_entities_business_id"),
        ForeignKeyConstraint(
            ["business_id", "default_category_id"], ["categories.business_id", "categories.id"],
            name="fk_entities_default_category",
        ),
        CheckConstraint("type IN ('customer', 'supplier', 'both')", name="ck_entities_type"),
        CheckConstraint("payment_terms_days BETWEEN 0 AND 365", name="ck_entities_payment_terms"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    normalized_name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    payment_terms_days: Mapped[int | None] = mapped_column(Integer)
    default_category_id: Mapped[uuid.UUID | None]
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
    deleted_at: Mapped[datetime | None]


class ImportJob(Base):
    __tablename__ = "import_jobs"
    __table_args__ = (
        UniqueConstraint("business_id", "id", name="uq_import_jobs_business_id"),
        ForeignKeyConstraint(
            ["business_id", "account_id"], ["accounts.business_id", "accounts.id"], name="fk_import_jobs_account"
        ),
        # A replayed S3 event (same object version) finds this row instead of creating another.
        UniqueConstraint("s3_bucket", "s3_key", "s3_etag", name="uq_import_jobs_s3_object"),
        CheckConstraint(
            "status IN ('awaiting_upload', 'parsing', 'preview', 'completed', 'failed')",
            name="ck_import_jobs_status",
        ),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    account_id: Mapped[uuid.UUID]
    source: Mapped[str] = mapped_column(Text)  # api | s3 | cli
    filename: Mapped[str] = mapped_column(Text)
    s3_bucket: Mapped[str | None] = mapped_column(Text)
    s3_key: Mapped[str | None] = mapped_column(Text)
    s3_etag: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default="awaiting_upload")
    rows_total: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_imported: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_duplicate: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_error: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    format: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    error: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
    object_size: Mapped[int | None] = mapped_column(BigInteger)
    content_sha256: Mapped[str | None] = mapped_column(Text)
    overrides: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    # decisions with evidence, first rows, duplicate estimate, skipped lines, warnings
    preview: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    shape_fingerprint: Mapped[str | None] = mapped_column(Text)
    auto_confirmed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    rows_updated: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_flagged: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_skipped: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    pipeline_execution: Mapped[str | None] = mapped_column(Text)
    completed_at: Mapped[datetime | None]


class StatementFormat(Base):
    """A statement shape the owner confirmed, with the decisions to reuse for the next file of that shape."""

    __tablename__ = "statement_formats"
    __table_args__ = (UniqueConstraint("business_id", "shape_fingerprint", name="uq_statement_formats_shape"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    shape_fingerprint: Mapped[str] = mapped_column(Text)
    overrides: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    decisions: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    times_used: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class Transaction(Base):
    __tablename__ = "transactions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["business_id", "account_id"], ["accounts.business_id", "accounts.id"], name="fk_transactions_account"
        ),
        ForeignKeyConstraint(
            ["business_id", "entity_id"], ["entities.business_id", "entities.id"], name="fk_transactions_entity"
        ),
        ForeignKeyConstraint(
            ["business_id", "category_id"], ["categories.business_id", "categories.id"],
            name="fk_transactions_category",
        ),
        ForeignKeyConstraint(
            ["business_id", "import_id"], ["import_jobs.business_id", "import_jobs.id"],
            name="fk_transactions_import",
        ),
        UniqueConstraint("business_id", "id", name="uq_transactions_business_id"),
        CheckConstraint("status IN ('pending', 'cleared', 'reconciled')", name="ck_transactions_status"),
        CheckConstraint(
            "classification_confidence IS NULL OR classification_confidence BETWEEN 0 AND 1",
            name="ck_transactions_confidence",
        ),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID]  # tied to the business through fk_transactions_account
    account_id: Mapped[uuid.UUID]
    # Signed: money into the account is positive. NUMERIC(18,2), never float.
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    transaction_date: Mapped[date]
    value_date: Mapped[date | None]
    description: Mapped[str] = mapped_column(Text, server_default="")
    raw_description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default="cleared")
    entity_id: Mapped[uuid.UUID | None]
    category_id: Mapped[uuid.UUID | None]
    tags: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'::text[]"))
    # "metadata" is reserved by SQLAlchemy's declarative base; the column keeps the plain name.
    meta: Mapped[dict[str, Any]] = mapped_column("metadata", JSONB, server_default=text("'{}'::jsonb"))
    import_id: Mapped[uuid.UUID | None]
    fingerprint: Mapped[str | None] = mapped_column(Text)
    classification_method: Mapped[str | None] = mapped_column(Text)
    classification_confidence: Mapped[Decimal | None] = mapped_column(Numeric(4, 3))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))  # bumped by trigger
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
    deleted_at: Mapped[datetime | None]
    counterparty: Mapped[str | None] = mapped_column(Text)  # clean name extracted from the bank's text
    counterparty_key: Mapped[str | None] = mapped_column(Text)  # its normalised form: what matching uses
    classification: Mapped[dict[str, Any] | None] = mapped_column(JSONB)  # evidence, suggestion when abstained
    needs_review: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    is_transfer: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    transfer_peer_id: Mapped[uuid.UUID | None]
    search_vector: Mapped[str | None] = mapped_column(
        TSVECTOR,
        Computed("to_tsvector('simple', description || ' ' || coalesce(raw_description, ''))", persisted=True),
        deferred=True,  # never needed in Python; keeps it out of every SELECT
    )


class TransactionDailyTotal(Base):
    """Per account, day, status and currency: money in, money out and row counts of live
    transactions. Maintained only by a statement-level trigger on `transactions`."""

    __tablename__ = "transaction_daily_totals"

    business_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(Text, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    inflow: Mapped[Decimal] = mapped_column(server_default=text("0"))
    outflow: Mapped[Decimal] = mapped_column(server_default=text("0"))
    inflow_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    outflow_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    row_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # The part of inflow / outflow and of their counts that is internal transfers (own accounts, owner).
    transfer_inflow: Mapped[Decimal] = mapped_column(server_default=text("0"))
    transfer_outflow: Mapped[Decimal] = mapped_column(server_default=text("0"))
    transfer_inflow_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    transfer_outflow_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class TransactionAuditLog(Base):
    """Written only by a trigger on `transactions`; a trigger rejects UPDATE, DELETE and TRUNCATE."""

    __tablename__ = "transaction_audit_log"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    business_id: Mapped[uuid.UUID]  # no foreign key: the trail outlives what it describes
    transaction_id: Mapped[uuid.UUID]
    action: Mapped[str] = mapped_column(Text)  # create | update | delete | restore | purge
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    changed_fields: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'::text[]"))
    actor_user_id: Mapped[uuid.UUID | None]
    actor: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(server_default=text("clock_timestamp()"))


# --------------------------------------------------------------------------- classification


class EntityAlias(Base):
    """Another name an entity goes by (learned from merges and corrections)."""

    __tablename__ = "entity_aliases"
    __table_args__ = (
        UniqueConstraint("business_id", "alias_key", name="uq_entity_aliases_key"),
        ForeignKeyConstraint(
            ["business_id", "entity_id"], ["entities.business_id", "entities.id"],
            name="fk_entity_aliases_entity", ondelete="CASCADE",
        ),
        CheckConstraint("source IN ('merge', 'correction', 'manual')", name="entity_aliases_source_check"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    entity_id: Mapped[uuid.UUID]
    alias: Mapped[str] = mapped_column(Text)
    alias_key: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = _created()


class ClassificationRule(Base):
    __tablename__ = "classification_rules"
    __table_args__ = (
        UniqueConstraint("business_id", "id", name="uq_classification_rules_business_id"),
        UniqueConstraint("business_id", "suggestion_key", name="uq_classification_rules_suggestion"),
        ForeignKeyConstraint(
            ["business_id", "category_id"], ["categories.business_id", "categories.id"], name="fk_rules_category"
        ),
        ForeignKeyConstraint(["business_id", "entity_id"], ["entities.business_id", "entities.id"],
                             name="fk_rules_entity"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    status: Mapped[str] = mapped_column(Text, server_default="active")  # active | disabled | proposed | dismissed
    source: Mapped[str] = mapped_column(Text, server_default="user")  # user | suggested
    conditions: Mapped[dict[str, Any]] = mapped_column(JSONB)
    category_id: Mapped[uuid.UUID | None]
    entity_id: Mapped[uuid.UUID | None]
    tags: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default=text("'{}'::text[]"))
    suggestion_key: Mapped[str | None] = mapped_column(Text)
    times_applied: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ClassificationMemory(Base):
    """What the business taught us (corrections) or an LLM answered, per entity or counterparty key."""

    __tablename__ = "classification_memory"
    __table_args__ = (
        UniqueConstraint("business_id", "key_type", "key", name="uq_classification_memory_key"),
        ForeignKeyConstraint(
            ["business_id", "category_id"], ["categories.business_id", "categories.id"], name="fk_memory_category"
        ),
        ForeignKeyConstraint(["business_id", "entity_id"], ["entities.business_id", "entities.id"],
                             name="fk_memory_entity"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    key_type: Mapped[str] = mapped_column(Text)  # entity | counterparty
    key: Mapped[str] = mapped_column(Text)
    category_id: Mapped[uuid.UUID | None]
    entity_id: Mapped[uuid.UUID | None]
    source: Mapped[str] = mapped_column(Text)  # correction | llm
    confidence: Mapped[Decimal] = mapped_column(Numeric(4, 3))
    times_confirmed: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    details: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ClassificationCorrection(Base):
    __tablename__ = "classification_corrections"

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID]
    counterparty_key: Mapped[str | None] = mapped_column(Text)
    old_entity_id: Mapped[uuid.UUID | None]
    new_entity_id: Mapped[uuid.UUID | None]
    old_category_id: Mapped[uuid.UUID | None]
    new_category_id: Mapped[uuid.UUID | None]
    apply_to_similar: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    relabelled: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()


class RecurringSeries(Base):
    __tablename__ = "recurring_series"
    __table_args__ = (
        UniqueConstraint("business_id", "series_key", name="uq_recurring_series_key"),
        ForeignKeyConstraint(["business_id", "entity_id"], ["entities.business_id", "entities.id"],
                             name="fk_series_entity", ondelete="CASCADE"),
        ForeignKeyConstraint(
            ["business_id", "category_id"], ["categories.business_id", "categories.id"], name="fk_series_category"
        ),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    series_key: Mapped[str] = mapped_column(Text)
    entity_id: Mapped[uuid.UUID | None]
    category_id: Mapped[uuid.UUID | None]
    direction: Mapped[str] = mapped_column(Text)  # in | out
    currency: Mapped[str] = mapped_column(String(3))
    cadence: Mapped[str] = mapped_column(Text)
    day_rule: Mapped[str | None] = mapped_column(Text)
    expected_amount: Mapped[Decimal]
    amount_spread: Mapped[Decimal] = mapped_column(server_default=text("0"))
    first_date: Mapped[date]
    last_date: Mapped[date]
    next_date: Mapped[date]
    occurrences: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(Text)  # active | stopped
    confidence: Mapped[Decimal] = mapped_column(Numeric(4, 3))
    transaction_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=text("'{}'::uuid[]")
    )
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class EntityProfile(Base):
    __tablename__ = "entity_profiles"
    __table_args__ = (
        ForeignKeyConstraint(["business_id", "entity_id"], ["entities.business_id", "entities.id"],
                             name="fk_profiles_entity", ondelete="CASCADE"),
    )

    business_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    total_in: Mapped[Decimal] = mapped_column(server_default=text("0"))
    total_out: Mapped[Decimal] = mapped_column(server_default=text("0"))
    tx_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    first_seen: Mapped[date | None]
    last_seen: Mapped[date | None]
    typical_amount: Mapped[Decimal | None]
    revenue_share: Mapped[Decimal] = mapped_column(Numeric(5, 4), server_default=text("0"))
    days_late: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    reliability: Mapped[int | None] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


# --- forecasts (0004) ------------------------------------------------------------------------------


class ForecastSnapshot(Base):
    """One forecast run, immutable (the database refuses updates)."""

    __tablename__ = "forecast_snapshots"
    __table_args__ = (UniqueConstraint("business_id", "idempotency_key", name="uq_forecast_snapshots_idempotency"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = _created()
    as_of: Mapped[date]
    horizon: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(Text)  # pipeline | api | nightly | cli
    idempotency_key: Mapped[str | None] = mapped_column(Text)
    scenario_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default=text("'{}'::uuid[]")
    )
    currency: Mapped[str] = mapped_column(String(3))
    model: Mapped[str] = mapped_column(Text)
    opening_balance: Mapped[Decimal]
    low_point_date: Mapped[date]
    low_point_expected: Mapped[Decimal]
    low_point_p10: Mapped[Decimal]
    deficit_probability: Mapped[dict[str, Any]] = mapped_column(JSONB)
    buffer_breach_probability: Mapped[dict[str, Any]] = mapped_column(JSONB)
    runway_days: Mapped[int | None] = mapped_column(Integer)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSONB)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSONB)
    results: Mapped[dict[str, Any]] = mapped_column(JSONB)


class ForecastAccuracy(Base):
    __tablename__ = "forecast_accuracy"

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    computed_at: Mapped[datetime] = _created()
    horizon: Mapped[int] = mapped_column(Integer)
    origins: Mapped[int] = mapped_column(Integer)
    mase_flat: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
    mase_seasonal: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
    mae: Mapped[Decimal]
    coverage: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    brier_deficit: Mapped[Decimal] = mapped_column(Numeric(6, 4))
    brier_breach: Mapped[Decimal] = mapped_column(Numeric(6, 4))
    details: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))


class ForecastReview(Base):
    __tablename__ = "forecast_reviews"
    __table_args__ = (UniqueConstraint("business_id", "snapshot_id", "period_end", name="uq_forecast_reviews_period"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    snapshot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("forecast_snapshots.id", ondelete="CASCADE"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    forecast_balance: Mapped[Decimal]
    actual_balance: Mapped[Decimal]
    miss: Mapped[Decimal]
    drivers: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = _created()


class Scenario(Base):
    __tablename__ = "scenarios"
    __table_args__ = (UniqueConstraint("business_id", "name", name="uq_scenarios_name"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class StabilityScore(Base):
    __tablename__ = "stability_scores"
    __table_args__ = (UniqueConstraint("business_id", "as_of", name="uq_stability_scores_day"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    as_of: Mapped[date]
    score: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    components: Mapped[dict[str, Any]] = mapped_column(JSONB)
    snapshot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("forecast_snapshots.id", ondelete="SET NULL"))
    computed_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


# --------------------------------------------------------------------------- detection


class Alert(Base):
    """What a detection found; one open row per dedup key (a partial unique index in 0005)."""

    __tablename__ = "alerts"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'resolved')", name="alerts_status_check"),
        CheckConstraint("severity IN ('emergency', 'this_week', 'upcoming')", name="alerts_severity_check"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    dedup_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default="open")
    severity: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    subject_type: Mapped[str] = mapped_column(Text)
    subject_id: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    snapshot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("forecast_snapshots.id", ondelete="SET NULL"))
    history: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    first_detected_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    last_detected_at: Mapped[datetime] = mapped_column(server_default=text("now()"))
    resolved_at: Mapped[datetime | None]
    read_at: Mapped[datetime | None]
    dismissed_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    notified_severity: Mapped[str | None] = mapped_column(Text)
    notified_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class TransactionAnomaly(Base):
    __tablename__ = "transaction_anomalies"
    __table_args__ = (
        ForeignKeyConstraint(
            ["business_id", "transaction_id"], ["transactions.business_id", "transactions.id"],
            name="fk_transaction_anomalies_transaction", ondelete="CASCADE",
        ),
    )

    business_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), primary_key=True)
    transaction_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    score: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    is_anomaly: Mapped[bool] = mapped_column(Boolean)
    baseline: Mapped[Decimal]
    basis: Mapped[str] = mapped_column(Text)
    basis_id: Mapped[uuid.UUID | None]
    samples: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


class Insight(Base):
    __tablename__ = "insights"
    __table_args__ = (
        UniqueConstraint("business_id", "kind", "period_start", name="uq_insights_period"),
        CheckConstraint("feedback IN ('helpful', 'not_helpful')", name="insights_feedback_check"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    period_start: Mapped[date]
    period_end: Mapped[date]
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    feedback: Mapped[str | None] = mapped_column(Text)
    feedback_at: Mapped[datetime | None]
    emailed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = _created()


class DashboardLayout(Base):
    __tablename__ = "dashboard_layouts"

    business_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    layout: Mapped[dict[str, Any]] = mapped_column(JSONB)
    updated_at: Mapped[datetime] = mapped_column(server_default=text("now()"))


# --------------------------------------------------------------------------- chat


class ChatSession(Base):
    """A conversation with the co-pilot: the business's (RLS) and the member's who started it."""

    __tablename__ = "chat_sessions"
    __table_args__ = (UniqueConstraint("business_id", "id", name="uq_chat_sessions_business_id"),)

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text, server_default="")
    message_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    last_message_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()


class ChatMessage(Base):
    """One turn. A reply keeps its tool calls (`steps`), the ids behind its numbers, cards, brain,
    tokens and latency, so every figure it states can be traced."""

    __tablename__ = "chat_messages"
    __table_args__ = (
        ForeignKeyConstraint(
            ["business_id", "session_id"], ["chat_sessions.business_id", "chat_sessions.id"],
            name="fk_chat_messages_session", ondelete="CASCADE",
        ),
        CheckConstraint("role IN ('user', 'assistant')", name="chat_messages_role_check"),
    )

    id: Mapped[uuid.UUID] = _pk()
    business_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("businesses.id", ondelete="CASCADE"))
    session_id: Mapped[uuid.UUID]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    steps: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    data_cards: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))
    data_references: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    memory_updates: Mapped[dict[str, Any]] = mapped_column(server_default=text("'{}'::jsonb"))
    understood: Mapped[bool | None] = mapped_column(Boolean)
    brain: Mapped[str | None] = mapped_column(Text)
    tokens: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(server_default=text("clock_timestamp()"))


class AiMemory(Base):
    """A fact or preference the owner asked the co-pilot to remember; one value per key."""

    __tablename__ = "ai_memory"
    __table_args__ = (CheckConstraint("source IN ('api', 'chat')", name="ai_memory_source_check"),)

    business_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("businesses.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text, server_default="api")
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = _created()
    updated_at: Mapped[datetime] = _updated()
