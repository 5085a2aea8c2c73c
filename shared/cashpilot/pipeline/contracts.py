"""Input/output contracts of the pipeline's Lambda tasks and of the scheduled jobs.

The state machine (infra/statemachines/pipeline.asl.json) passes each task's output on as the next
task's input, so the models below chain: the execution input is `PipelineInput`, classify adds to
it, forecast adds to that, and so on. Tasks add fields to their `*Output` model (never remove or
rename one without changing the next task's input).

Every payload carries `business_id`: it is the tenant, and nothing in a task may take it from
anywhere else.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Contract(BaseModel):
    # Unknown fields are an error: a task that receives a field it does not know is running
    # against a newer or older neighbour, and should say so rather than drop data.
    model_config = ConfigDict(extra="forbid", frozen=True)

    def to_payload(self) -> dict[str, Any]:
        """JSON-ready dict (UUIDs and datetimes as strings), what a Lambda task returns."""
        return self.model_dump(mode="json", by_alias=True)


class PipelineTrigger(StrEnum):
    IMPORT = "import"  # started by the import parser after a statement was stored
    NIGHTLY_SCORING = "nightly_scoring"  # started by the nightly fan-out, one per business


class PipelineInput(_Contract):
    """Execution input of the pipeline state machine = input of its first task (classify).

    Execution name: the import id for imports (a replayed S3 event cannot start a second run),
    `nightly-<business_id>-<date>` for the nightly fan-out.
    """

    business_id: uuid.UUID
    import_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    trigger: PipelineTrigger = PipelineTrigger.IMPORT

    @model_validator(mode="after")
    def _import_runs_name_their_import(self) -> Self:
        if self.trigger is PipelineTrigger.IMPORT and (self.import_id is None or self.account_id is None):
            raise ValueError("an import-triggered run needs import_id and account_id")
        return self


# Each task's input is the previous task's output; each task adds its summary under its own key.
ClassifyInput = PipelineInput


class ClassifySummary(_Contract):
    classified: int = Field(ge=0, description="transactions classified by this run")
    labelled: int = Field(ge=0, description="of those, categorised")
    needs_review: int = Field(ge=0, description="left uncategorised for the review queue")
    entities_created: int = Field(ge=0)
    transfers: int = Field(ge=0, description="internal transfer pairs found")
    series: int = Field(ge=0, description="recurring series now stored for the refreshed counterparties")
    llm_items: int = Field(ge=0, description="counterparties asked of the LLM")


class ClassifyOutput(PipelineInput):
    classification: ClassifySummary | None = None


ForecastInput = ClassifyOutput


class ForecastSummary(_Contract):
    snapshot_id: uuid.UUID = Field(description="the stored forecast (GET /api/v1/forecasts/{id})")
    as_of: date
    model: str = Field(description="the baseline model chosen by backtest")
    low_point_date: date
    low_point_expected: Decimal = Field(description="lowest expected balance in the horizon (business currency)")
    deficit_probability: dict[str, float] = Field(description='P(balance < 0) within "30", "60", "90" days')
    replayed: bool = Field(False, description="the snapshot already existed (a retried or replayed run)")


class ForecastOutput(ClassifyOutput):
    forecast: ForecastSummary | None = None  # None: no such business (nothing to forecast)


DetectInput = ForecastOutput


class DetectSummary(_Contract):
    findings: int = Field(ge=0, description="conditions that hold now")
    raised: int = Field(ge=0, description="new alerts")
    escalated: int = Field(ge=0)
    deescalated: int = Field(ge=0)
    resolved: int = Field(ge=0, description="alerts whose condition cleared")
    open_by_severity: dict[str, int] = Field(description="open alerts asking for attention, by severity")
    anomalies_scored: int = Field(ge=0)


class DetectOutput(ForecastOutput):
    detection: DetectSummary | None = None  # None: no such business


NotifyInput = DetectOutput


class NotifySummary(_Contract):
    emailed: int = Field(ge=0, description="alerts included in an email by this run")
    recipients: int = Field(ge=0)
    message_id: str | None = Field(None, description="the email sent (None: nothing new to tell)")


class NotifyOutput(DetectOutput):
    notification: NotifySummary | None = None


class TaskError(_Contract):
    """What a Step Functions `Catch` puts at `ResultPath` (`$.error`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    error: str = Field(alias="Error")
    cause: str | None = Field(default=None, alias="Cause")


class FailureInput(PipelineInput):
    """Input of the failure recorder: the failed task's input plus the caught error.

    The failed task may have been any of them, so fields added by later tasks are kept as they
    come (extra="allow") instead of being rejected.
    """

    model_config = ConfigDict(extra="allow", frozen=True)

    error: TaskError


class FailureOutput(FailureInput):
    pass


class ScheduledJobName(StrEnum):
    NIGHTLY_SCORING = "nightly_scoring"
    RECURRING_RULES = "recurring_rules"
    ALERT_CHECKS = "alert_checks"
    WEEKLY_DIGEST = "weekly_digest"


class ScheduledJob(_Contract):
    """What every schedule sends to functions/scheduler (see infra/stacks/schedules.py).

    `scheduled_time` is the slot the schedule fired for (EventBridge Scheduler's
    `<aws.scheduler.scheduled-time>`), not the delivery time.
    """

    job: ScheduledJobName
    scheduled_time: datetime | None = None


class MigrationRequest(_Contract):
    """Input of functions/migrate. The deploy trigger sends nothing; an operator may name a revision."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    revision: str = "head"


class MigrationResult(_Contract):
    revision: str
    status: Literal["migrated"] = "migrated"
