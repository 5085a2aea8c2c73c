"""The forecast function, fed pipeline events (as the state machine sends them) and API actions (as
adapters/forecast_runner.py's LambdaRunner sends them)."""

from __future__ import annotations

import copy
import io
import json
import uuid
from pathlib import Path

import pytest

from tests.functional.test_api_handler import LambdaContext
from tests.integration.test_forecasts_api import END, load_history

EVENTS = Path(__file__).resolve().parents[2] / "events"


@pytest.fixture
def forecast_handler(database):
    from functions.forecast.handler import handler

    return handler


@pytest.fixture
def event(owner):
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings", json={"forecast": {"paths": 500}})
    account = load_history(owner)
    e = copy.deepcopy(json.loads((EVENTS / "pipeline/forecast.json").read_text()))
    e.update(business_id=owner.business_id, import_id=str(uuid.uuid4()), account_id=account["id"])
    return owner, e


def test_a_pipeline_run_stores_one_snapshot_and_a_retry_returns_it(forecast_handler, event):
    owner, e = event
    first = forecast_handler(e, LambdaContext())
    assert {k: first[k] for k in e} == e  # the input goes on to Detect
    summary = first["forecast"]
    assert summary["replayed"] is False and set(summary["deficit_probability"]) == {"30", "60", "90"}
    stored = owner.ok("GET", f"/forecasts/{summary['snapshot_id']}")
    assert stored["trigger"] == "pipeline" and stored["model"] == summary["model"]
    assert summary["low_point_expected"] == stored["low_point"]["expected"]  # money as a string

    again = forecast_handler(e, LambdaContext())
    assert again["forecast"] == {**summary, "replayed": True}
    assert owner.ok("GET", "/forecasts/history")["total"] == 1
    # Detect accepts what Forecast returns.
    from cashpilot.pipeline.contracts import DetectInput

    assert str(DetectInput.model_validate(again).forecast.snapshot_id) == summary["snapshot_id"]


def test_a_nightly_run_is_keyed_by_its_day(forecast_handler, event):
    owner, _ = event
    nightly = {"business_id": owner.business_id, "trigger": "nightly_scoring"}
    a = forecast_handler(nightly, LambdaContext())["forecast"]
    b = forecast_handler(nightly, LambdaContext())["forecast"]
    assert a["snapshot_id"] == b["snapshot_id"] and b["replayed"] is True
    assert owner.ok("GET", "/forecasts/current")["trigger"] == "nightly"


def test_the_sample_event_of_a_business_that_is_gone_passes_through(forecast_handler):
    e = json.loads((EVENTS / "pipeline/forecast.json").read_text())
    out = forecast_handler(e, LambdaContext())
    assert out == {**e, "forecast": None}


def test_api_actions_run_and_domain_errors_come_back_as_answers(forecast_handler, event):
    owner, _ = event
    base = {"business_id": owner.business_id, "user_id": owner.user["id"]}
    made = forecast_handler({**base, "action": "generate", "horizon": 30, "as_of": END.isoformat()}, LambdaContext())
    assert made["replayed"] is False
    replay = forecast_handler({**base, "action": "replay", "snapshot_id": made["snapshot_id"]}, LambdaContext())
    assert replay["reproduced"] is True
    missing = forecast_handler({**base, "action": "replay", "snapshot_id": str(uuid.uuid4())}, LambdaContext())
    assert missing["error"]["kind"] == "NotFound" and missing["error"]["code"] == "forecast_not_found"
    unknown = forecast_handler({**base, "action": "fly"}, LambdaContext())
    assert unknown["error"]["code"] == "unknown_action"


class _FakeLambda:
    """boto3's Lambda client as LambdaRunner uses it, answering with the real handler (or a crash)."""

    def __init__(self, handler, crash: bool = False) -> None:
        self.handler, self.crash = handler, crash

    def invoke(self, FunctionName, InvocationType, Payload):  # boto3's keyword names
        if self.crash:
            body = {"errorType": "ValueError", "errorMessage": "boom"}
            return {"FunctionError": "Unhandled", "Payload": io.BytesIO(json.dumps(body).encode())}
        out = self.handler(json.loads(Payload), LambdaContext())
        return {"Payload": io.BytesIO(json.dumps(out).encode())}


def test_the_lambda_runner_maps_answers_and_failures_to_api_errors(forecast_handler, event):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.adapters.forecast_runner import LambdaRunner
    from cashpilot.domain import errors as d
    from cashpilot.services import forecast

    owner, _ = event
    business_id = uuid.UUID(owner.business_id)
    with UnitOfWork(business_id=business_id) as uow:
        tenant = forecast.tenant_for(uow, business_id)
        runner = LambdaRunner("forecast", client=_FakeLambda(forecast_handler))
        out = runner.run(uow, tenant, "generate", horizon=30, as_of=END)
        assert uuid.UUID(out["snapshot_id"])
        with pytest.raises(d.NotFound) as missing:
            runner.run(uow, tenant, "replay", snapshot_id=uuid.uuid4())
        assert missing.value.code == "forecast_not_found"
        with pytest.raises(d.UpstreamFailed) as failed:
            LambdaRunner("forecast", client=_FakeLambda(forecast_handler, crash=True)).run(uow, tenant, "generate")
        assert failed.value.code == "forecast_failed"
