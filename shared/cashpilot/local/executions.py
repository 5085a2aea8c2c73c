"""Following state-machine executions: moto runs each one on a background thread, so callers poll."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger("cashpilot.local.pipeline")

FINAL = {"SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"}


def wait_for_execution(sfn: Any, execution_arn: str, *, timeout: float = 60.0, interval: float = 0.05,
                       on_poll: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """`describe_execution` once the execution left RUNNING (or the last answer, at the timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        described = sfn.describe_execution(executionArn=execution_arn)
        if on_poll is not None:
            on_poll(described)
        if described["status"] in FINAL or time.monotonic() >= deadline:
            return described
        time.sleep(interval)


def states_entered(sfn: Any, execution_arn: str) -> list[str]:
    """The states the execution went through, in order (Retry attempts are not repeated)."""
    events = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000)["events"]
    return [e["stateEnteredEventDetails"]["name"] for e in events if e["type"].endswith("StateEntered")]


class ExecutionWatcher:
    """Logs every pipeline execution as it starts and ends (what `cashpilot local` shows)."""

    def __init__(self, sfn: Any, state_machine_arn: str, *, interval: float = 1.0) -> None:
        self.sfn = sfn
        self.arn = state_machine_arn
        self.interval = interval
        self._seen: dict[str, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="local-execution-watcher", daemon=True)

    def start(self) -> ExecutionWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def poll(self) -> None:
        executions = self.sfn.list_executions(stateMachineArn=self.arn, maxResults=100)["executions"]
        for execution in executions:
            arn, status = execution["executionArn"], execution["status"]
            if self._seen.get(arn) == status:
                continue
            self._seen[arn] = status
            name = execution["name"]
            if status == "RUNNING":
                log.info("pipeline %s: started", name)
                continue
            detail = ""
            try:
                detail = " -> ".join(states_entered(self.sfn, arn))
                if status != "SUCCEEDED":
                    described = self.sfn.describe_execution(executionArn=arn)
                    detail += f" ({described.get('error', '?')}: {described.get('cause', '')[:200]})"
            except Exception:  # noqa: S110 - the log line is a courtesy; the status is what matters
                pass
            (log.info if status == "SUCCEEDED" else log.warning)("pipeline %s: %s  %s", name, status, detail)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.poll()
            except Exception as exc:
                log.debug("execution watcher: %s", exc)
