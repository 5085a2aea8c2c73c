"""S3 -> Lambda event notifications, delivered asynchronously as AWS does.

moto (also in server mode, checked) does deliver an ObjectCreated notification to the configured
function: `FakeBucket` -> `moto.s3.notifications.send_event` -> `_invoke_awslambda` -> the function's
`invoke` -> our dispatcher. But it does so *inside* the PutObject request, and swallows every error.
So `aws s3 cp` would wait for the whole import, and a failed delivery would leave no trace.

Its event also lacks fields AWS always sends (`userIdentity`, `requestParameters`, `responseElements`,
`s3.bucket.ownerIdentity`, `s3.object.sequencer`), which the import parser's event model (Powertools'
`S3Model`) requires, and encodes `/` in the key, which AWS does not. `aws_event` completes it.

AWS invokes the function asynchronously (the upload returns at once; a function error is retried
twice, then the event goes to the dead-letter queue). `AsyncS3Delivery.install()` replaces that one
moto function with a queue and a worker thread that does the same, locally:
- the put returns immediately; events are handled one at a time, in order;
- a function error (the handler raised) is retried twice, after 1 s and 2 s (AWS: about 1 and 2
  minutes), then logged as dead-lettered;
- `wait_idle()` lets the demo and the tests wait until every delivered event has been handled.

PRIVATE moto API (moto 5.2.5, pinned): `moto.s3.notifications._invoke_awslambda(account_id, event_body,
fn_arn, region_name)`, looked up by `send_event` at call time. tests/e2e/test_local_cloud.py checks it.
"""

from __future__ import annotations

import copy
import json
import logging
import queue
import threading
import time
import uuid
from typing import Any
from urllib.parse import quote_plus, unquote_plus

log = logging.getLogger("cashpilot.local.s3")


def aws_event(event_body: Any, account_id: str) -> Any:
    """moto's S3 notification body, completed to the shape AWS sends (see the module docstring)."""
    event = copy.deepcopy(event_body)
    for record in event.get("Records", []) if isinstance(event, dict) else []:
        request_id = uuid.uuid4().hex[:16].upper()
        record.setdefault("userIdentity", {"principalId": f"AWS:{account_id}"})
        record.setdefault("requestParameters", {"sourceIPAddress": "127.0.0.1"})
        record.setdefault("responseElements", {"x-amz-request-id": request_id, "x-amz-id-2": request_id})
        s3 = record.get("s3", {})
        s3.get("bucket", {}).setdefault("ownerIdentity", {"principalId": account_id})
        obj = s3.get("object", {})
        if "key" in obj:
            obj["key"] = quote_plus(unquote_plus(obj["key"]), safe="/")
        obj.setdefault("sequencer", f"{time.time_ns():020X}")
    return event


class AsyncS3Delivery:
    def __init__(self, *, retry_delays: tuple[float, ...] = (1.0, 2.0)) -> None:
        self.retry_delays = retry_delays
        self._queue: queue.Queue[tuple[str, Any, str, str] | None] = queue.Queue()
        self._pending = 0
        self._idle = threading.Condition()
        self._thread: threading.Thread | None = None
        self._original: Any = None
        self.delivered = 0
        self.dead_lettered: list[dict[str, Any]] = []

    def install(self) -> None:
        from moto.s3 import notifications

        if self._original is not None:
            return
        self._original = notifications._invoke_awslambda
        notifications._invoke_awslambda = self._enqueue
        self._thread = threading.Thread(target=self._work, name="local-s3-events", daemon=True)
        self._thread.start()

    def uninstall(self, timeout: float = 30.0) -> None:
        from moto.s3 import notifications

        if self._original is None:
            return
        self.wait_idle(timeout)
        notifications._invoke_awslambda = self._original
        self._original = None
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """True once every event handed to the queue so far has been handled (or given up on)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout=timeout)

    # called by moto on the PutObject request's thread
    def _enqueue(self, account_id: str, event_body: Any, fn_arn: str, region_name: str) -> None:
        with self._idle:
            self._pending += 1
        self._queue.put((account_id, event_body, fn_arn, region_name))

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            try:
                self._deliver(*item)
            except Exception:
                log.exception("S3 event delivery failed")
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _deliver(self, account_id: str, event_body: Any, fn_arn: str, region_name: str) -> None:
        from moto.awslambda.utils import get_backend

        try:
            function = get_backend(account_id, region_name).get_function(fn_arn)
        except Exception:
            log.warning("S3 event for %s dropped: no such function", fn_arn)
            return
        body = json.dumps(aws_event(event_body, account_id))
        for attempt, delay in enumerate((0.0, *self.retry_delays)):
            if delay:
                time.sleep(delay)
            response_headers: dict[str, str] = {}
            function.invoke(body, {"x-amz-invocation-type": "Event"}, response_headers)
            if "x-amz-function-error" not in response_headers:
                self.delivered += 1
                return
            if attempt < len(self.retry_delays):
                log.info("S3 event to %s failed; retrying in %.0f s", function.function_name,
                         self.retry_delays[attempt])
        self.dead_lettered.append(event_body)
        log.error("S3 event to %s failed %d times: dead-lettered (in AWS: the function's DLQ)",
                  function.function_name, len(self.retry_delays) + 1)
