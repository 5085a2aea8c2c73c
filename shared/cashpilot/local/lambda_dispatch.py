"""In-process Lambda: moto's Lambda service runs our real handlers in this process, not in Docker.

Every way a function is reached in the local cloud ends in one moto method: the Lambda Invoke API
(`aws lambda invoke`, the schedule runner), Step Functions `lambda:invoke` tasks and S3 event
notifications all call `LambdaFunction.invoke`, which calls `LambdaFunction._invoke_lambda`. moto's
own implementation starts a Docker container; `LambdaDispatcher.install()` replaces it with a call to
`functions.<entry>.handler.handler(event, context)`.

What the replacement keeps from Lambda:
- the event arrives as JSON (moto hands over a dict, or a str for an empty/raw body);
- the result goes back as JSON: `(payload_json, errored, logs)`, moto's contract;
- an exception becomes a function error whose payload is Lambda's
  `{"errorType": <exception class name>, "errorMessage": ..., "stackTrace": [...]}`, so Step Functions
  sees `TransientError` by name and the state machine's Retry/Catch really run.
What it does not: timeouts and memory limits are not enforced (a handler runs on moto's thread until
it returns), and every function shares this process's environment.

PRIVATE moto API (moto 5.2.5, pinned in pyproject.toml): `moto.awslambda.models.LambdaFunction._invoke_lambda
(self, event=None) -> tuple[str, bool, str]`. tests/e2e/test_local_cloud.py checks its signature and
behaviour and fails loudly when a moto upgrade changes it.
"""

from __future__ import annotations

import importlib
import json
import logging
import threading
import time
import traceback
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger("cashpilot.local.lambda")

Handler = Callable[[dict[str, Any], Any], Any]

# Functions that the local cloud does not create as Lambda functions, and why.
NOT_DISPATCHED = {
    "api": "served over HTTP by uvicorn (`cashpilot serve` / `cashpilot local`), the same FastAPI app Mangum wraps",
    "migrate": "the engine migrates on first connection locally (CASHPILOT_AUTO_MIGRATE)",
}


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that handlers and Powertools read."""

    function_name: str
    invoked_function_arn: str
    memory_limit_in_mb: int = 128
    timeout_seconds: int = 3
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = "local"
    _deadline: float = 0.0

    def __post_init__(self) -> None:
        self.log_group_name = self.log_group_name or f"/aws/lambda/{self.function_name}"
        self._deadline = time.monotonic() + self.timeout_seconds

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass(frozen=True)
class Invocation:
    """One handler run, as the local cloud saw it (for logs and tests)."""

    function: str
    request_id: str
    started_at: datetime
    duration_ms: float
    error_type: str | None
    summary: str

    @property
    def ok(self) -> bool:
        return self.error_type is None


def describe_event(event: Any) -> str:
    """A few words on what an event is about, for the log line."""
    if not isinstance(event, dict):
        return type(event).__name__
    records = event.get("Records")
    if isinstance(records, list) and records and isinstance(records[0], dict) and "s3" in records[0]:
        r = records[0]
        return f"s3 {r.get('eventName', '?')} {r['s3'].get('object', {}).get('key', '?')}"
    if "job" in event:
        return f"schedule {event['job']} {event.get('scheduled_time') or ''}".rstrip()
    if "business_id" in event:
        what = f"import {event['import_id']}" if event.get("import_id") else f"business {event['business_id']}"
        error = event.get("error")
        return what + (f" after {error.get('Error')}" if isinstance(error, dict) else "")
    return ",".join(sorted(event)[:4]) or "{}"


def _lambda_error(exc: BaseException, error_type: str, context: LambdaContext) -> dict[str, Any]:
    """The payload Lambda's Python runtime returns for an unhandled exception."""
    return {
        "errorType": error_type,
        "errorMessage": str(exc),
        "requestId": context.aws_request_id,
        "stackTrace": traceback.format_tb(exc.__traceback__)[-10:],
    }


def _as_event(event: Any) -> Any:
    if event is None:
        return {}
    if isinstance(event, bytes):
        event = event.decode()
    if isinstance(event, str):
        return json.loads(event) if event.strip() else {}
    return event


class LambdaDispatcher:
    """Function name -> our handler, called in-process when moto invokes the function."""

    def __init__(self, entries: Mapping[str, str], *, history: int = 2000) -> None:
        # function name -> entry point directory under functions/
        self.entries = dict(entries)
        self._handlers: dict[str, Handler] = {}
        self._overrides: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self.history: deque[Invocation] = deque(maxlen=history)
        self._original: Any = None

    # -- which code runs -------------------------------------------------------------------------
    def handler_for(self, function_name: str) -> Handler:
        override = self._overrides.get(function_name)
        if override is not None:
            return override
        with self._lock:
            handler = self._handlers.get(function_name)
            if handler is None:
                entry = self.entries.get(function_name)
                if entry is None:
                    raise LookupError(f"no local handler for Lambda function {function_name!r}")
                handler = importlib.import_module(f"functions.{entry}.handler").handler
                self._handlers[function_name] = handler
            return handler

    def real_handler(self, function_name: str) -> Handler:
        """The entry point's own handler, whatever is overridden (to wrap it in a test)."""
        saved = self._overrides.pop(function_name, None)
        try:
            return self.handler_for(function_name)
        finally:
            if saved is not None:
                self._overrides[function_name] = saved

    @contextmanager
    def override(self, function_name: str, handler: Handler) -> Iterator[None]:
        """Run `handler` instead of the entry point's (fault injection in tests)."""
        self._overrides[function_name] = handler
        try:
            yield
        finally:
            self._overrides.pop(function_name, None)

    def invocations(self, function_name: str | None = None) -> list[Invocation]:
        return [i for i in list(self.history) if function_name is None or i.function == function_name]

    # -- one invocation --------------------------------------------------------------------------
    def invoke(
        self, function_name: str, event: Any, *, arn: str = "", memory_mb: int = 128, timeout_s: int = 3,
    ) -> tuple[str, bool, str]:
        """Run the handler; moto's `_invoke_lambda` contract: (payload JSON, errored, log text)."""
        context = LambdaContext(function_name=function_name, invoked_function_arn=arn or function_name,
                                memory_limit_in_mb=int(memory_mb or 128), timeout_seconds=int(timeout_s or 3))
        started_at, t0 = datetime.now(UTC), time.perf_counter()
        summary, error, payload = "?", None, "null"
        try:
            event = _as_event(event)
            summary = describe_event(event)
            result = self.handler_for(function_name)(event, context)
        except Exception as exc:  # every handler error becomes a Lambda function error
            error = _lambda_error(exc, type(exc).__name__, context)
        else:
            try:
                payload = json.dumps(result)
            except (TypeError, ValueError) as exc:  # what Lambda's runtime says about an unserialisable result
                error = _lambda_error(exc, "Runtime.MarshalError", context)
        if error:
            payload = json.dumps(error)
        ms = (time.perf_counter() - t0) * 1000
        self.history.append(Invocation(function_name, context.aws_request_id, started_at, ms,
                                       error["errorType"] if error else None, summary))
        if error:
            first_line = (error["errorMessage"].splitlines() or [""])[0][:300]
            log.warning("lambda %s (%s): %s: %s [%.0f ms]", function_name, summary, error["errorType"], first_line, ms)
            log.debug("lambda %s traceback:\n%s", function_name, "".join(error["stackTrace"]))
        else:
            log.info("lambda %s (%s): ok [%.0f ms]", function_name, summary, ms)
        logs = (f"START RequestId: {context.aws_request_id}\nEND RequestId: {context.aws_request_id}\n"
                f"REPORT RequestId: {context.aws_request_id}\tDuration: {ms:.2f} ms\n")
        return payload, error is not None, logs

    # -- wiring into moto ------------------------------------------------------------------------
    def install(self) -> None:
        """Route moto's Lambda invocations (this process's moto backends) to this dispatcher."""
        from moto.awslambda.models import LambdaFunction

        global _installed
        if _installed is not None and _installed is not self:
            raise RuntimeError("another LambdaDispatcher is installed in this process")
        if self._original is not None:
            return
        dispatcher = self
        self._original = LambdaFunction.__dict__["_invoke_lambda"]

        def _invoke_lambda(function: Any, event: Any = None) -> tuple[str, bool, str]:
            return dispatcher.invoke(function.function_name, event, arn=function.function_arn,
                                     memory_mb=function.memory_size, timeout_s=function.timeout)

        LambdaFunction._invoke_lambda = _invoke_lambda  # type: ignore[method-assign]
        _installed = self

    def uninstall(self) -> None:
        from moto.awslambda.models import LambdaFunction

        global _installed
        if self._original is not None:
            LambdaFunction._invoke_lambda = self._original  # type: ignore[method-assign]
            self._original = None
        if _installed is self:
            _installed = None


_installed: LambdaDispatcher | None = None
