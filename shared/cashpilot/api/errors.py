"""Every error leaves the API in one envelope: {"error": {"code", "message", "details"}}.

Domain errors map to status codes here and only here. Nothing returns a bare 500: unexpected
exceptions become `internal_error` (and are logged with the request id).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from psycopg import errors as pg_errors
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from cashpilot.domain import errors as d

log = logging.getLogger("cashpilot.api")

STATUS: dict[type[d.CashPilotError], int] = {
    d.BadRequest: 400,
    d.NotAuthenticated: 401,
    d.PermissionDenied: 403,
    d.NotFound: 404,
    d.Conflict: 409,
    d.PayloadTooLarge: 413,
    d.InvalidInput: 422,
    d.RateLimited: 429,
    d.UpstreamFailed: 502,
    d.Unavailable: 503,
}

_HTTP_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def envelope(status: int, code: str, message: str, details: Any = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(status_code=status, content=body, headers=headers)


def _status_for(exc: d.CashPilotError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 400


async def domain_error(request: Request, exc: d.CashPilotError) -> JSONResponse:
    headers = None
    if isinstance(exc, d.NotAuthenticated):
        headers = {"WWW-Authenticate": "Bearer"}
    elif isinstance(exc, d.RateLimited):
        headers = {"Retry-After": str(exc.retry_after)}
    elif isinstance(exc, d.Unavailable):
        headers = {"Retry-After": "5"}
    return envelope(_status_for(exc), exc.code, exc.message, exc.details, headers)


def _field(loc: tuple) -> tuple[str, str]:
    where = str(loc[0]) if loc else "body"
    path = ".".join(str(p) for p in loc[1:]) or where
    return where, path


async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return envelope(400, "malformed_json", "The request body is not valid JSON.",
                        [{"message": e.get("msg"), "position": e.get("ctx", {}).get("error")} for e in errors])
    whole_body = [e for e in errors if tuple(e.get("loc", ())) == ("body",)]
    if whole_body:
        if whole_body[0].get("type") == "missing":
            return envelope(400, "body_required", "This request needs a JSON body.")
        return envelope(400, "malformed_json", "The request body must be a JSON object.",
                        [{"message": e.get("msg"), "type": e.get("type")} for e in whole_body])
    details = []
    for e in errors:
        where, path = _field(tuple(e.get("loc", ())))
        details.append({"location": where, "field": path, "message": e.get("msg"), "type": e.get("type")})
    first = details[0] if details else {"field": "request", "message": "invalid"}
    message = f"{first['field']}: {first['message']}"
    if len(details) > 1:
        message += f" (and {len(details) - 1} more problem{'s' if len(details) > 2 else ''})"
    return envelope(422, "validation_error", message, details)


async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    if exc.status_code == 404 and message == "Not Found":
        message = "There is no such endpoint."
    if exc.status_code == 400 and message == "There was an error parsing the body":
        # FastAPI's wording for bodies that are not even text (e.g. invalid UTF-8).
        code, message = "malformed_json", "The request body is not valid JSON."
    return envelope(exc.status_code, code, message, None, getattr(exc, "headers", None))


async def integrity_error(request: Request, exc: IntegrityError) -> JSONResponse:
    # Services translate the constraint violations they expect; this is the safety net.
    log.warning("unmapped integrity error: %s", exc.orig)
    if isinstance(exc.orig, pg_errors.ForeignKeyViolation):
        return envelope(422, "invalid_reference", "The request refers to a record that does not exist.")
    if isinstance(exc.orig, pg_errors.InsufficientPrivilege):
        return envelope(404, "not_found", "No such record in this business.")
    return envelope(409, "conflict", "The change conflicts with data already stored.")


async def database_error(request: Request, exc: DBAPIError) -> JSONResponse:
    orig = getattr(exc, "orig", None)
    if isinstance(exc, DataError) or isinstance(orig, pg_errors.DataError):
        return envelope(422, "invalid_value", "A value is out of range or has the wrong form.")
    if isinstance(orig, pg_errors.QueryCanceled):
        return envelope(503, "timeout", "The request took too long; narrow it down and try again.",
                        headers={"Retry-After": "5"})
    if isinstance(exc, OperationalError):
        log.exception("database unavailable")
        return envelope(503, "database_unavailable", "The database is not reachable right now; try again shortly.",
                        headers={"Retry-After": "5"})
    if isinstance(orig, pg_errors.InsufficientPrivilege):
        # Row-level security refused the write: the row belongs to another tenant.
        return envelope(404, "not_found", "No such record in this business.")
    return await unexpected_error(request, exc)


async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    request_id = getattr(request.state, "request_id", None)
    log.exception("unhandled error (request %s)", request_id)
    return envelope(500, "internal_error", "Something went wrong on our side; it has been logged.",
                    {"request_id": request_id})


def install(app: FastAPI) -> None:
    app.add_exception_handler(d.CashPilotError, domain_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(IntegrityError, integrity_error)
    app.add_exception_handler(DBAPIError, database_error)
    # Anything else is caught by middleware.CatchAll (a handler for Exception would be re-raised
    # by Starlette after responding).
