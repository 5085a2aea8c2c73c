"""ASGI middleware: request ids and the request-body size limit."""

from __future__ import annotations

import json
import uuid

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than the {limit}-byte limit.")


def _too_large_response(limit: int) -> tuple[Message, Message]:
    body = json.dumps({"error": {"code": "payload_too_large",
                                 "message": f"The request body is larger than the {limit}-byte limit.",
                                 "details": {"limit_bytes": limit}}}).encode()
    start = {"type": "http.response.start", "status": 413,
             "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
    return start, {"type": "http.response.body", "body": body}


class BodySizeLimit:
    """Refuses bodies over `max_bytes`: up front from Content-Length, and while streaming for
    chunked uploads (the limit error then surfaces through FastAPI as a 413 HTTPException)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    start, body = _too_large_response(self.max_bytes)
                    await send(start)
                    await send(body)
                    return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, limited, send)


class RequestId:
    """Takes the API Gateway request id (Lambda) or X-Request-ID, else makes one; echoes it back."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = None
        event = scope.get("aws.event")
        if isinstance(event, dict):
            request_id = (event.get("requestContext") or {}).get("requestId")
        if not request_id:
            for name, value in scope.get("headers", []):
                if name == b"x-request-id":
                    request_id = value.decode("latin-1")[:100]
                    break
        request_id = request_id or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id

        async def with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode("latin-1"))]
            await send(message)

        await self.app(scope, receive, with_header)


class CatchAll:
    """Last line of defence: an exception nobody mapped becomes a 500 envelope, logged with the
    request id, and is not re-raised (under Mangum a raised exception would fail the invocation)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            import logging

            request_id = (scope.get("state") or {}).get("request_id")
            logging.getLogger("cashpilot.api").exception("unhandled error (request %s)", request_id)
            if started:
                return
            body = json.dumps({"error": {"code": "internal_error",
                                         "message": "Something went wrong on our side; it has been logged.",
                                         "details": {"request_id": request_id}}}).encode()
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
