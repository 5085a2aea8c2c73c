"""What the templates point at exists, and the sample events fit the entry points' contracts."""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from cashpilot.pipeline.contracts import PipelineInput, ScheduledJob

from tests.infra.cdk_helpers import lambda_functions

REPO = Path(__file__).resolve().parents[2]
EVENTS = REPO / "events"
# classify, forecast and record_failure write to the database: tests/functional/ covers them.
PASS_THROUGH_TASKS = ["detect", "notify"]


@dataclass
class FakeLambdaContext:
    function_name: str = "test"
    memory_limit_in_mb: int = 128
    invoked_function_arn: str = "arn:aws:lambda:eu-central-1:000000000000:function:test"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"


@pytest.mark.slow
def test_every_function_handler_in_the_templates_exists(synth):
    for stack in synth.templates:
        for logical_id, function in lambda_functions(synth.json(stack)).items():
            props = function["Properties"]
            if props.get("PackageType") == "Image":
                dockerfile = (REPO / "functions/forecast/Dockerfile").read_text()
                assert 'CMD ["functions.forecast.handler.handler"]' in dockerfile
                continue
            module, _, name = props["Handler"].rpartition(".")
            source = REPO / (module.replace(".", "/") + ".py")
            assert source.is_file(), (stack, logical_id, source)
            assert re.search(rf"^(def {name}\(|{name} = )", source.read_text(), re.M), (stack, logical_id)


@pytest.mark.parametrize("task", PASS_THROUGH_TASKS)
def test_placeholder_tasks_pass_their_sample_input_through(task):
    event = json.loads((EVENTS / "pipeline" / f"{task}.json").read_text())
    handler = importlib.import_module(f"functions.{task}.handler").handler
    result = handler(event, FakeLambdaContext())
    assert {k: result[k] for k in event} == event
    # Fields an earlier task adds that this sample predates (forecast's summary) come back empty.
    assert all(result[k] is None for k in set(result) - set(event)), result


def test_nightly_scoring_runs_have_no_import():
    event = json.loads((EVENTS / "pipeline" / "classify_nightly_scoring.json").read_text())
    task = PipelineInput.model_validate(event)
    assert task.import_id is None and task.trigger.value == "nightly_scoring"
    with pytest.raises(ValueError, match="import_id"):
        PipelineInput.model_validate({**event, "trigger": "import"})


def test_a_task_rejects_a_payload_without_a_tenant():
    handler = importlib.import_module("functions.classify.handler").handler
    event = json.loads((EVENTS / "pipeline" / "classify.json").read_text())
    del event["business_id"]
    with pytest.raises(ValueError, match="business_id"):
        handler(event, FakeLambdaContext())


@pytest.mark.parametrize("path", sorted((EVENTS / "schedules").glob("*.json")), ids=lambda p: p.stem)
def test_scheduled_job_samples_parse_and_pass_through(path):
    event = json.loads(path.read_text())
    assert ScheduledJob.model_validate(event).job.value == path.stem
    handler = importlib.import_module("functions.scheduler.handler").handler
    assert handler(event, FakeLambdaContext())["job"] == path.stem


def test_migrate_handler_imports_and_its_sample_event_is_accepted():
    from cashpilot.pipeline.contracts import MigrationRequest

    module = importlib.import_module("functions.migrate.handler")
    assert callable(module.handler)
    event = json.loads((EVENTS / "migrate" / "deploy.json").read_text())
    assert MigrationRequest.model_validate(event).revision == "head"
