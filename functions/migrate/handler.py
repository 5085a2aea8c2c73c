"""Deploy step: bring the database schema to this release's head (invoked by a CDK trigger).

Runs as the owner (CASHPILOT_DATABASE_OWNER_SECRET_ARN) through the RDS Proxy. The migration also
creates the app role `cashpilot_app` and sets its password: in AWS that password is the one in the
app role's own secret (CASHPILOT_DATABASE_APP_SECRET_ARN), which the proxy presents on the app's
behalf, so it is handed to the migration here. Safe to run twice or concurrently (advisory lock).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from cashpilot.adapters.db.migrate import upgrade
from cashpilot.adapters.db.urls import resolve_urls
from cashpilot.config import get_settings
from cashpilot.pipeline.contracts import MigrationRequest, MigrationResult

logger = Logger()


@logger.inject_lambda_context(clear_state=True)
def handler(event: dict[str, Any] | None, context: LambdaContext) -> dict[str, Any]:
    request = MigrationRequest.model_validate(event or {})
    settings = get_settings()
    urls = resolve_urls(settings)
    if urls.owner is None:
        raise RuntimeError("CASHPILOT_DATABASE_OWNER_SECRET_ARN is not set: the migration runs as the owner")
    # The app role must accept the password in its own secret: RDS Proxy presents that one.
    revision = upgrade(urls.owner, request.revision, app_password=urls.app.password)
    logger.info("database schema is current", extra={"revision": revision})
    return MigrationResult(revision=revision).to_payload()
