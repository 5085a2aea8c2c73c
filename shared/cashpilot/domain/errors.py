"""Domain errors. Each carries a machine-readable `code`, a human `message` and optional `details`.

They know nothing about HTTP: `cashpilot.api.errors` maps each kind to a status code in one place,
and Step Functions tasks map them to named errors for `Catch`.
"""

from __future__ import annotations

from typing import Any


class CashPilotError(Exception):
    code = "error"

    def __init__(self, message: str, *, code: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details


class InvalidInput(CashPilotError):
    """The request is understood but its content breaks a rule (422)."""

    code = "invalid_input"


class BadRequest(CashPilotError):
    """The request itself is malformed: missing header, unreadable body (400)."""

    code = "bad_request"


class NotFound(CashPilotError):
    """Unknown id, or an id of another tenant: the two are indistinguishable on purpose (404)."""

    code = "not_found"


class Conflict(CashPilotError):
    code = "conflict"


class NotAuthenticated(CashPilotError):
    code = "not_authenticated"


class PermissionDenied(CashPilotError):
    code = "forbidden"


class RateLimited(CashPilotError):
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int, code: str | None = None) -> None:
        super().__init__(message, code=code, details={"retry_after_seconds": retry_after})
        self.retry_after = retry_after


class PayloadTooLarge(CashPilotError):
    code = "payload_too_large"


class UpstreamFailed(CashPilotError):
    """A function we called on the caller's behalf failed (502): e.g. the forecast function errored."""

    code = "upstream_failed"


class Unavailable(CashPilotError):
    """A dependency cannot be reached or is throttling us; worth retrying later (503)."""

    code = "unavailable"
