"""Errors with names the pipeline state machine knows.

Step Functions sees a Python Lambda's exception by its class name (`errorType`), so these names are
part of the contract with infra/statemachines/pipeline.asl.json: `TransientError` is retried with
backoff, anything else is caught, recorded and fails the run.
"""

from __future__ import annotations

from cashpilot.domain.errors import CashPilotError


class TransientError(CashPilotError):
    """Worth retrying as is: a dropped connection, a throttled dependency, a lock that timed out."""

    code = "transient"
