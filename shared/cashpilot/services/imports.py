"""Statement imports: from a file in storage to committed transactions, with honest de-duplication.

Flow: a file lands in storage (presigned upload, a drop into the bucket, or `cashpilot import`)
-> `receive_object` parses it into a preview (decisions, evidence, duplicate estimate, row errors)
-> the owner confirms (or it is auto-confirmed: known format and high confidence)
-> `confirm` writes the good rows in ONE database transaction and starts the pipeline.

Replays are harmless: a job is keyed by (bucket, key, etag); rows by their fingerprint (see
cashpilot.domain.dedup), enforced by a unique index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert

from cashpilot.adapters.db.models import Account, Business, ImportJob, StatementFormat
from cashpilot.adapters.db.staging import copy_to_staging
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.objects import ObjectStore, default_store, imports_bucket
from cashpilot.adapters.workflows import Workflows, default_workflows
from cashpilot.config import get_settings
from cashpilot.domain import dedup
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.errors import CashPilotError, Conflict, InvalidInput, NotFound
from cashpilot.domain.money import MAX_ABS_AMOUNT

log = logging.getLogger(__name__)

KEY_PREFIX = "imports/"
PENDING_MATCH_DAYS = 7
NEAR_DUPLICATE_DAYS = 3
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
# imports/{business_id}/{account_id}/{name}  or, for uploads the API prepared,
# imports/{business_id}/{account_id}/{import_id}/{name}
_KEY = re.compile(rf"^imports/(?P<business>{_UUID})/(?P<account>{_UUID})/(?:(?P<job>{_UUID})/)?(?P<name>[^/]+)$")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class ImportTarget:
    """Who an import acts for. From the API: the signed-in member; from S3: the key's business."""

    business_id: uuid.UUID
    user_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ObjectKey:
    business_id: uuid.UUID
    account_id: uuid.UUID
    import_id: uuid.UUID | None
    filename: str


def parse_key(key: str) -> ObjectKey:
    from urllib.parse import unquote_plus

    match = _KEY.match(unquote_plus(key))
    if not match:
        raise InvalidInput(
            "Statement files go under imports/{business_id}/{account_id}/{file name}.", code="invalid_object_key",
            details={"key": key},
        )
    job = match.group("job")
    return ObjectKey(uuid.UUID(match.group("business")), uuid.UUID(match.group("account")),
                     uuid.UUID(job) if job else None, match.group("name"))


def object_key(business_id: uuid.UUID, account_id: uuid.UUID, import_id: uuid.UUID, filename: str) -> str:
    safe = _SAFE_NAME.sub("_", filename).strip(" .") or "statement"
    return f"{KEY_PREFIX}{business_id}/{account_id}/{import_id}/{safe[:120]}"


def import_not_found(import_id: uuid.UUID) -> NotFound:
    return NotFound("No import with this id in this business.", code="import_not_found",
                    details={"import_id": str(import_id)})


# ----------------------------------------------------------------------------------- queries


def _scope(uow: UnitOfWork, target: ImportTarget) -> None:
    uow.set_context(business_id=target.business_id, user_id=target.user_id)


def get_import(uow: UnitOfWork, target: ImportTarget, import_id: uuid.UUID, *, lock: bool = False) -> ImportJob:
    _scope(uow, target)
    q = select(ImportJob).where(ImportJob.business_id == target.business_id, ImportJob.id == import_id)
    if lock:
        q = q.with_for_update()
    job = uow.session.scalar(q)
    if job is None:
        raise import_not_found(import_id)
    return job


def list_imports(
    uow: UnitOfWork, target: ImportTarget, *, account_id: uuid.UUID | None, status: str | None, limit: int,
    offset: int,
) -> tuple[list[ImportJob], int]:
    _scope(uow, target)
    q = select(ImportJob).where(ImportJob.business_id == target.business_id)
    if account_id:
        q = q.where(ImportJob.account_id == account_id)
    if status:
        q = q.where(ImportJob.status == status)
    total = uow.session.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = uow.session.scalars(q.order_by(ImportJob.created_at.desc(), ImportJob.id).limit(limit).offset(offset))
    return list(rows), total


def _account(uow: UnitOfWork, business_id: uuid.UUID, account_id: uuid.UUID) -> Account:
    account = uow.session.scalar(
        select(Account).where(Account.business_id == business_id, Account.id == account_id,
                              Account.deleted_at.is_(None))
    )
    if account is None:
        raise InvalidInput("No account with this id in this business.", code="account_not_found",
                           details={"account_id": str(account_id)})
    return account


def _business_settings(uow: UnitOfWork, business_id: uuid.UUID) -> BusinessSettings:
    raw = uow.session.scalar(select(Business.settings).where(Business.id == business_id))
    return BusinessSettings.model_validate(raw or {})


# ------------------------------------------------------------------------------ starting one


def create_upload(
    uow: UnitOfWork, target: ImportTarget, *, account_id: uuid.UUID, filename: str, store: ObjectStore | None = None,
) -> tuple[ImportJob, str | None]:
    """An import waiting for its file, and where to PUT it (None when storage has no URL to offer)."""
    store = store or default_store()
    _scope(uow, target)
    _account(uow, target.business_id, account_id)
    job_id = uuid.uuid4()
    bucket = imports_bucket()
    key = object_key(target.business_id, account_id, job_id, filename)
    job = ImportJob(id=job_id, business_id=target.business_id, account_id=account_id, source="api",
                    filename=filename, s3_bucket=bucket, s3_key=key, status="awaiting_upload",
                    created_by=target.user_id)
    uow.session.add(job)
    uow.flush()
    uow.commit()
    url = store.presign_put(bucket, key, expires_in=get_settings().import_upload_url_ttl_seconds)
    return job, url


def import_file(
    uow: UnitOfWork, target: ImportTarget, *, account_id: uuid.UUID, filename: str, data: bytes,
    store: ObjectStore | None = None, workflows: Workflows | None = None, confirm_now: bool = False,
    overrides: dict[str, Any] | None = None,
) -> ImportJob:
    """`cashpilot import run FILE`: store the bytes, then take exactly the path an S3 upload takes."""
    store = store or default_store()
    limit = get_settings().import_max_bytes
    if len(data) > limit:
        from cashpilot.adapters.objects import too_large

        raise too_large(len(data), limit)
    job, _ = create_upload(uow, target, account_id=account_id, filename=filename, store=store)
    job.source = "cli"
    if overrides:
        from cashpilot.domain.statements import Overrides

        job.overrides = Overrides.from_dict(overrides).to_dict()
    uow.commit()
    etag = store.put(job.s3_bucket, job.s3_key, data)
    job = receive_object(uow, bucket=job.s3_bucket, key=job.s3_key, etag=etag, size=len(data), store=store,
                         workflows=workflows)
    if confirm_now and job.status == "preview":
        job = confirm(uow, target, job.id, store=store, workflows=workflows)
    return job


def receive_object(
    uow: UnitOfWork, *, bucket: str, key: str, etag: str, size: int | None, store: ObjectStore | None = None,
    workflows: Workflows | None = None,
) -> ImportJob:
    """A statement file arrived in storage (S3 ObjectCreated). Safe to call again for the same object."""
    store = store or default_store()
    workflows = workflows or default_workflows()
    where = parse_key(key)
    target = ImportTarget(business_id=where.business_id)
    _scope(uow, target)
    if uow.session.scalar(select(Business.id).where(Business.id == where.business_id)) is None:
        raise NotFound("The object key names a business that does not exist.", code="business_not_found",
                       details={"key": key})
    _account(uow, where.business_id, where.account_id)

    job = _job_for_object(uow, target, where, bucket, key, etag, size)
    replayed = job.status in ("completed", "preview", "failed") and job.s3_etag == etag
    if replayed and job.preview is not None:
        # A replayed event: nothing to do, except finish what a crash may have left undone.
        if job.status == "completed" and not job.pipeline_execution:
            _start_pipeline(uow, job, workflows)
        return job
    job.status = "parsing"
    job.s3_etag = etag
    job.object_size = size
    uow.commit()
    result = _parse_into_preview(uow, target, job, store)
    if result is not None and _should_auto_confirm(uow, target, job):
        job.auto_confirmed = True
        _commit(uow, target, job, *result, workflows=workflows)
    return job


def _job_for_object(
    uow: UnitOfWork, target: ImportTarget, where: ObjectKey, bucket: str, key: str, etag: str, size: int | None,
) -> ImportJob:
    if where.import_id is not None:
        job = uow.session.scalar(
            select(ImportJob).where(ImportJob.business_id == target.business_id, ImportJob.id == where.import_id)
            .with_for_update()
        )
        # The same key uploaded again with other content (another etag) is a new import of its own.
        if job is not None and job.s3_key == key and job.account_id == where.account_id and job.s3_etag in (None, etag):
            return job
    values = {"business_id": target.business_id, "account_id": where.account_id, "source": "s3",
              "filename": where.filename, "s3_bucket": bucket, "s3_key": key, "s3_etag": etag,
              "object_size": size, "status": "parsing"}
    inserted = uow.session.execute(
        pg_insert(ImportJob).values(**values)
        .on_conflict_do_nothing(constraint="uq_import_jobs_s3_object").returning(ImportJob.id)
    ).scalar()
    uow.commit()
    if inserted is None:  # the same object version was seen before
        return uow.session.scalar(
            select(ImportJob).where(ImportJob.s3_bucket == bucket, ImportJob.s3_key == key, ImportJob.s3_etag == etag)
        )
    return uow.session.get(ImportJob, inserted)


# --------------------------------------------------------------------------------- parsing


@dataclass
class _Plan:
    """What confirming would do with each parsed row."""

    rows: list  # StatementRow, in file order, the importable ones
    fingerprints: list[str]
    action: list[str]  # new | duplicate | posts_pending | possible_duplicate
    pending_target: dict[int, uuid.UUID]  # row index -> pending transaction it posts
    near_of: dict[int, uuid.UUID]  # row index -> existing transaction it resembles
    skipped: list[dict[str, Any]]  # {line, reason, kind}


def _parse(account: Account, data: bytes, overrides: dict[str, Any]):
    from cashpilot.domain.statements import Overrides, parse_statement

    return parse_statement(data, overrides=Overrides.from_dict(overrides), account_type=account.type)


def _known_format(uow: UnitOfWork, target: ImportTarget, shape: str) -> StatementFormat | None:
    if not shape:
        return None
    return uow.session.scalar(
        select(StatementFormat).where(StatementFormat.business_id == target.business_id,
                                      StatementFormat.shape_fingerprint == shape)
    )


def _parse_job(uow: UnitOfWork, target: ImportTarget, job: ImportJob, store: ObjectStore):
    """Parse the job's file with, in order of strength: the user's overrides, a confirmed format of the
    same shape, the parser's own inference."""
    stored = store.get(job.s3_bucket, job.s3_key, max_bytes=get_settings().import_max_bytes)
    job.object_size = stored.size
    job.content_sha256 = hashlib.sha256(stored.data).hexdigest()
    account = _account(uow, target.business_id, job.account_id)
    parsed = _parse(account, stored.data, job.overrides or {})
    known = _known_format(uow, target, parsed.format.shape_fingerprint)
    if known is not None and known.overrides:
        merged = {**known.overrides, **(job.overrides or {})}
        inferred = parsed.format.overrides().to_dict()
        # Parse again only if the confirmed format would read this file differently.
        if any(inferred.get(k) != v for k, v in merged.items()):
            parsed = _parse(account, stored.data, merged)
    return parsed, account, known is not None


def _parse_into_preview(uow: UnitOfWork, target: ImportTarget, job: ImportJob, store: ObjectStore):
    """Parse and plan; store the preview. Returns (parsed, account, plan), or None if the file was refused."""
    try:
        parsed, account, known = _parse_job(uow, target, job, store)
    except CashPilotError as exc:
        _fail(uow, job, exc)
        return None
    plan = _plan(uow, target, job, account, parsed)
    job.preview = _preview(parsed, plan, known)
    job.format = parsed.format.to_dict()
    job.confidence = Decimal(str(round(parsed.confidence, 3)))
    job.shape_fingerprint = parsed.format.shape_fingerprint or None
    job.rows_total = len(plan.rows) + len(plan.skipped)
    job.rows_skipped = len(plan.skipped)
    job.rows_error = sum(1 for s in plan.skipped if s["kind"] == "invalid")
    job.rows_duplicate = plan.action.count("duplicate")
    job.rows_flagged = plan.action.count("possible_duplicate")
    job.status = "preview"
    job.error = None
    uow.commit()
    return parsed, account, plan


def _fail(uow: UnitOfWork, job: ImportJob, exc: CashPilotError) -> None:
    uow.rollback()
    job = uow.session.get(ImportJob, job.id)
    job.status = "failed"
    job.error = {"code": exc.code, "message": exc.message, "details": exc.details}
    job.preview = {"rows": [], "skipped": [], "warnings": [], "duplicates": {}, "row_count": 0}
    uow.commit()


def _should_auto_confirm(uow: UnitOfWork, target: ImportTarget, job: ImportJob) -> bool:
    settings = _business_settings(uow, target.business_id).imports
    confidence = float(job.confidence or 0)
    if settings.auto_confirm == "never" or confidence < settings.min_confidence:
        return False
    if settings.auto_confirm == "confident":
        return True
    return bool((job.preview or {}).get("known_format"))


def _plan(uow: UnitOfWork, target: ImportTarget, job: ImportJob, account: Account, parsed) -> _Plan:
    skipped = [{"line": s.line, "reason": s.reason, "kind": s.kind} for s in parsed.skipped]
    rows = []
    for row in parsed.transactions:
        if row.currency and row.currency != account.currency:
            skipped.append({"line": row.line, "kind": "invalid",
                            "reason": f"currency {row.currency} differs from the account's {account.currency}"})
        elif abs(row.amount) > MAX_ABS_AMOUNT:
            skipped.append({"line": row.line, "kind": "invalid", "reason": "amount is out of range"})
        else:
            rows.append(row)
    skipped.sort(key=lambda s: s["line"])
    fps = dedup.fingerprints(account.id, rows)
    existing: dict[str, tuple[uuid.UUID, str, uuid.UUID | None]] = {}
    if fps:
        for fp, tx_id, status, import_id in uow.session.execute(
            text("SELECT fingerprint, id, status, import_id FROM transactions "
                 "WHERE business_id = :b AND account_id = :a "
                 "AND fingerprint = ANY(string_to_array(:fps, ','))"),
            # one text parameter: adapting a 100,000-element Python list costs more than the query
            {"b": target.business_id, "a": account.id, "fps": ",".join(fps)},
        ):
            existing[fp] = (tx_id, status, import_id)

    action, pending_target, near_of = [], {}, {}
    for i, (row, fp) in enumerate(zip(rows, fps, strict=True)):
        hit = existing.get(fp)
        if hit is None:
            action.append("new")
        elif hit[1] == "pending" and row.status == "posted":
            action.append("posts_pending")
            pending_target[i] = hit[0]
        else:
            action.append("duplicate")
    window = _rows_near(uow, target, account, job, rows)
    _match_pending(window, rows, action, pending_target)
    _flag_near_duplicates(window, rows, action, near_of)
    return _Plan(rows=rows, fingerprints=fps, action=action, pending_target=pending_target, near_of=near_of,
                 skipped=skipped)


def _rows_near(uow: UnitOfWork, target: ImportTarget, account: Account, job: ImportJob, rows) -> dict:
    """The account's live rows around the file's dates, by amount: one range scan of the account's
    date index, then matching in memory (cheaper than 100,000 indexed probes)."""
    by_amount: dict[Decimal, list[tuple]] = defaultdict(list)
    if not rows:
        return by_amount
    margin = timedelta(days=max(PENDING_MATCH_DAYS, NEAR_DUPLICATE_DAYS))
    result = uow.session.execute(
        text("SELECT id, amount, transaction_date, status, description FROM transactions "
             "WHERE business_id = :b AND account_id = :a AND deleted_at IS NULL "
             "AND transaction_date BETWEEN :lo AND :hi AND import_id IS DISTINCT FROM :job"),
        {"b": target.business_id, "a": account.id, "lo": min(r.date for r in rows) - margin,
         "hi": max(r.date for r in rows) + margin, "job": job.id},
    )
    for tx_id, amount, day, status, description in result:
        by_amount[amount].append((day, tx_id, status, description or ""))
    return by_amount


def _match_pending(window: dict, rows, action: list[str], pending_target: dict) -> None:
    """A posted row that is new by fingerprint may still be a pending row the bank has now booked
    (often with another date or text): same amount within a week. Each pending row is used once."""
    taken = set(pending_target.values())
    for i, a in enumerate(action):
        if a != "new" or rows[i].status != "posted":
            continue
        candidates = [c for c in window.get(rows[i].amount, ()) if c[2] == "pending" and c[1] not in taken]
        if not candidates:
            continue
        best = min(candidates, key=lambda c: abs((c[0] - rows[i].date).days))
        if abs((best[0] - rows[i].date).days) <= PENDING_MATCH_DAYS:
            taken.add(best[1])
            action[i] = "posts_pending"
            pending_target[i] = best[1]


def _flag_near_duplicates(window: dict, rows, action: list[str], near_of: dict) -> None:
    """New rows that look like an existing row (same amount, within 3 days, similar text) are imported
    but flagged for review: never dropped, never merged."""
    for i, a in enumerate(action):
        if a != "new":
            continue
        for day, tx_id, _, description in window.get(rows[i].amount, ()):
            if abs((day - rows[i].date).days) <= NEAR_DUPLICATE_DAYS and dedup.similar_descriptions(
                rows[i].description, description
            ):
                action[i] = "possible_duplicate"
                near_of[i] = tx_id
                break


def _preview(parsed, plan: _Plan, known: bool) -> dict[str, Any]:
    limit = get_settings().import_preview_rows
    first = []
    for i, row in enumerate(plan.rows[:limit]):
        item = row.preview()
        item["line"] = row.line
        item["dedup"] = plan.action[i]
        first.append(item)
    counts = {a: plan.action.count(a) for a in ("new", "duplicate", "posts_pending", "possible_duplicate")}
    return {
        "row_count": len(plan.rows),
        "rows": first,
        "duplicates": counts,
        "skipped": plan.skipped[:1000],
        "skipped_count": len(plan.skipped),
        "warnings": list(parsed.warnings),
        "confidence": round(parsed.confidence, 3),
        "known_format": known,
        "format": parsed.format.to_dict(),
    }


# ------------------------------------------------------------------------------ re-mapping


def remap(
    uow: UnitOfWork, target: ImportTarget, import_id: uuid.UUID, overrides: dict[str, Any],
    store: ObjectStore | None = None,
) -> ImportJob:
    """Override decisions (column roles, date format, decimal mark, sign convention, skipped lines) and re-parse."""
    from cashpilot.domain.statements import Overrides

    job = get_import(uow, target, import_id, lock=True)
    if job.status not in ("preview", "failed"):
        raise Conflict(f"An import that is {job.status.replace('_', ' ')} cannot be re-mapped.",
                       code="import_not_editable", details={"status": job.status})
    job.overrides = Overrides.from_dict(overrides).to_dict()  # validates, names the bad field
    uow.commit()
    _parse_into_preview(uow, target, job, store or default_store())
    return get_import(uow, target, import_id)


# -------------------------------------------------------------------------------- confirming


def confirm(
    uow: UnitOfWork, target: ImportTarget, import_id: uuid.UUID, *, overrides: dict[str, Any] | None = None,
    store: ObjectStore | None = None, workflows: Workflows | None = None,
) -> ImportJob:
    """Write the good rows of the import in one transaction; the bad ones stay listed in the preview."""
    store = store or default_store()
    workflows = workflows or default_workflows()
    job = get_import(uow, target, import_id, lock=True)
    if job.status == "completed":
        return job  # confirming twice is harmless
    if job.status != "preview":
        raise Conflict(f"Only an import in preview can be confirmed; this one is {job.status.replace('_', ' ')}.",
                       code="import_not_confirmable", details={"status": job.status})
    if overrides:
        from cashpilot.domain.statements import Overrides

        job.overrides = Overrides.from_dict(overrides).to_dict()
    try:
        parsed, account, _ = _parse_job(uow, target, job, store)
    except CashPilotError as exc:
        _fail(uow, job, exc)
        return get_import(uow, target, import_id)
    _commit(uow, target, job, parsed, account, _plan(uow, target, job, account, parsed), workflows=workflows)
    return job


def _commit(uow: UnitOfWork, target: ImportTarget, job: ImportJob, parsed, account: Account, plan: _Plan, *,
            workflows: Workflows) -> None:
    """Rows, counts, the remembered format and the job's new status: one database transaction."""
    imported, updated = _write(uow, target, job, account, plan)
    job.status = "completed"
    job.completed_at = datetime.now(UTC)
    job.rows_total = len(plan.rows) + len(plan.skipped)
    job.rows_imported = imported
    job.rows_updated = updated
    job.rows_duplicate = plan.action.count("duplicate") + (plan.action.count("new") + plan.action.count(
        "possible_duplicate") - imported)  # rows another import committed meanwhile
    job.rows_flagged = plan.action.count("possible_duplicate")
    job.rows_skipped = len(plan.skipped)
    job.rows_error = sum(1 for s in plan.skipped if s["kind"] == "invalid")
    job.format = parsed.format.to_dict()
    job.preview = _preview(parsed, plan, True)
    _remember_format(uow, target, parsed)
    uow.commit()
    _start_pipeline(uow, job, workflows)


def _remember_format(uow: UnitOfWork, target: ImportTarget, parsed) -> None:
    shape = parsed.format.shape_fingerprint
    if not shape:
        return
    uow.session.execute(
        pg_insert(StatementFormat)
        .values(business_id=target.business_id, shape_fingerprint=shape,
                overrides=parsed.format.overrides().to_dict(), decisions=parsed.format.to_dict(), times_used=1)
        .on_conflict_do_update(
            constraint="uq_statement_formats_shape",
            set_={"overrides": parsed.format.overrides().to_dict(), "decisions": parsed.format.to_dict(),
                  "times_used": StatementFormat.times_used + 1},
        )
    )


def _start_pipeline(uow: UnitOfWork, job: ImportJob, workflows: Workflows) -> None:
    execution = workflows.start_pipeline(import_id=job.id, business_id=job.business_id, account_id=job.account_id)
    if execution:
        job.pipeline_execution = execution
        uow.commit()


_STAGING_COLUMNS = (
    ("id", "uuid"), ("amount", "numeric(18,2)"), ("transaction_date", "date"), ("value_date", "date"),
    ("description", "text"), ("raw_description", "text"), ("status", "text"), ("metadata", "jsonb"),
    ("fingerprint", "text"),
)


def _write(uow: UnitOfWork, target: ImportTarget, job: ImportJob, account: Account, plan: _Plan) -> tuple[int, int]:
    """COPY the new rows into a staging table and move them with one INSERT (see adapters/db/staging.py)."""
    conn = uow.session.connection()
    new_idx = [i for i, a in enumerate(plan.action) if a in ("new", "possible_duplicate")]
    imported = 0
    if new_idx:
        def staged():
            for i in new_idx:
                row = plan.rows[i]
                meta: dict[str, Any] = {"import": {"line": row.line, "raw": dict(row.raw)}}
                if row.bank_transaction_id:
                    meta["import"]["bank_transaction_id"] = row.bank_transaction_id
                if row.counterparty:
                    meta["import"]["counterparty"] = row.counterparty
                if row.balance is not None:
                    meta["import"]["balance"] = f"{row.balance:.2f}"
                if i in plan.near_of:
                    meta["review"] = {"reason": "possible_duplicate", "of": str(plan.near_of[i])}
                yield (
                    dedup.time_ordered_id(), row.amount, row.date, row.value_date, row.description, row.description,
                    "pending" if row.status == "pending" else "cleared", json.dumps(meta, default=str),
                    plan.fingerprints[i],
                )

        copy_to_staging(conn, "import_staging", _STAGING_COLUMNS, staged())
        imported = conn.execute(
            text("""
                WITH moved AS (
                    INSERT INTO transactions (id, business_id, account_id, amount, currency, transaction_date,
                                              value_date, description, raw_description, status, metadata,
                                              fingerprint, import_id, created_by)
                    SELECT s.id, :b, :a, s.amount, :currency, s.transaction_date, s.value_date, s.description,
                           s.raw_description, s.status, s.metadata, s.fingerprint, :job, :user
                      FROM import_staging s
                    ON CONFLICT (business_id, account_id, fingerprint) WHERE fingerprint IS NOT NULL DO NOTHING
                    RETURNING 1)
                SELECT count(*) FROM moved
            """),
            {"b": target.business_id, "a": account.id, "currency": account.currency, "job": job.id,
             "user": target.user_id},
        ).scalar_one()
    updated = 0
    if plan.pending_target:
        items = sorted(plan.pending_target.items())
        updated = conn.execute(
            text("""
                UPDATE transactions t
                   SET status = 'cleared', transaction_date = u.day, description = u.description,
                       fingerprint = u.fingerprint,
                       metadata = t.metadata || jsonb_build_object('posted_by_import', CAST(:job AS text))
                  FROM unnest(CAST(:ids AS uuid[]), CAST(:days AS date[]), CAST(:descs AS text[]),
                              CAST(:fps AS text[])) AS u(id, day, description, fingerprint)
                 WHERE t.business_id = :b AND t.id = u.id AND t.status = 'pending'
                   AND NOT EXISTS (SELECT 1 FROM transactions o WHERE o.business_id = :b AND o.account_id = :a
                                   AND o.fingerprint = u.fingerprint AND o.id <> u.id)
            """),
            {"ids": [tx for _, tx in items], "days": [plan.rows[i].date for i, _ in items],
             "descs": [plan.rows[i].description for i, _ in items],
             "fps": [plan.fingerprints[i] for i, _ in items], "b": target.business_id, "a": account.id,
             "job": str(job.id)},
        ).rowcount
    return imported, updated

