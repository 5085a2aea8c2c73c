"""What the pipeline's failure path (the state machine's `Catch` -> RecordFailure) leaves behind.

A failed run does not undo the import: its rows are committed and stay. The import's `error` gets a
`pipeline_error` entry, so the owner sees on `GET /imports/{id}` that classification / forecasting /
detection did not finish for it, and why.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from cashpilot.adapters.db.models import ImportJob
from cashpilot.adapters.db.uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_MESSAGE = 1000


def _message(cause: str | None) -> str | None:
    """A Lambda task's `Cause` is its error payload as JSON ({errorType, errorMessage, ...})."""
    if not cause:
        return None
    try:
        parsed: Any = json.loads(cause)
    except ValueError:
        return cause[:MAX_MESSAGE]
    if isinstance(parsed, dict) and parsed.get("errorMessage"):
        return str(parsed["errorMessage"])[:MAX_MESSAGE]
    return cause[:MAX_MESSAGE]


def record_pipeline_failure(
    uow: UnitOfWork, *, business_id: uuid.UUID, import_id: uuid.UUID, error: str, cause: str | None,
) -> bool:
    """Mark the import's pipeline run as failed. False when the import does not exist (not an error:
    the failure is logged either way, and a failure recorder that fails would hide the first error)."""
    uow.set_context(business_id=business_id)
    job = uow.session.scalar(
        select(ImportJob).where(ImportJob.business_id == business_id, ImportJob.id == import_id).with_for_update()
    )
    if job is None:
        log.warning("pipeline failure for an unknown import %s (business %s): %s", import_id, business_id, error)
        return False
    job.error = {
        **(job.error or {}),
        "pipeline_error": {"error": error, "message": _message(cause), "recorded_at": datetime.now(UTC).isoformat()},
    }
    uow.commit()
    return True
