"""S3 ObjectCreated under imports/ -> one statement import per object.

The tenant comes from the key (`imports/{business_id}/{account_id}/[{import_id}/]{name}`), never
from the file. Each object goes to `services.imports.receive_object`, which is idempotent per
(bucket, key, etag): a replayed event finds its import and starts nothing new.

Errors that retrying cannot fix (a key outside the layout, an unknown business or account) are
logged and reported in the result, not raised: raising would only make Lambda retry and then park
the event in the dead-letter queue. Anything else (the database is down) is raised, so Lambda's
async retries and the DLQ keep the event.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote_plus

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.parser import ValidationError, parse
from aws_lambda_powertools.utilities.parser.exceptions import InvalidModelTypeError
from aws_lambda_powertools.utilities.parser.models import S3Model
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import CashPilotError
from cashpilot.services import imports

logger = Logger(service="cashpilot-import-parser")
metrics = Metrics(service="cashpilot-import-parser")


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    if event.get("Event") == "s3:TestEvent":  # S3 sends one when the notification is configured
        metrics.add_metric(name="ImportEventsIgnored", unit=MetricUnit.Count, value=1)
        return {"imports": []}
    try:
        s3_event = parse(event=event, model=S3Model)
    except (ValidationError, InvalidModelTypeError) as exc:
        logger.error("not an S3 event", extra={"error": str(exc)[:500]})
        metrics.add_metric(name="ImportEventsIgnored", unit=MetricUnit.Count, value=1)
        return {"imports": [], "error": {"code": "invalid_event", "message": "not an S3 event"}}

    results = []
    for record in s3_event.Records:
        bucket = record.s3.bucket.name
        key = unquote_plus(record.s3.object.key)  # S3 event keys are URL-encoded
        etag = (record.s3.object.eTag or "").strip('"')
        logger.append_keys(key=key)
        try:
            with UnitOfWork(actor="import:s3") as uow:
                job = imports.receive_object(uow, bucket=bucket, key=key, etag=etag, size=record.s3.object.size)
                result = {"key": key, "import_id": str(job.id), "business_id": str(job.business_id),
                          "status": job.status, "rows_imported": job.rows_imported,
                          "rows_duplicate": job.rows_duplicate}
        except CashPilotError as exc:
            logger.warning("statement not imported", extra={"code": exc.code, "reason": exc.message})
            results.append({"key": key, "error": {"code": exc.code, "message": exc.message}})
            metrics.add_metric(name="ImportsRefused", unit=MetricUnit.Count, value=1)
            continue
        logger.info("statement received", extra=result)
        metrics.add_metric(name="ImportsReceived", unit=MetricUnit.Count, value=1)
        results.append(result)
    return {"imports": results}
