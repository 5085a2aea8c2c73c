"""infra/statemachines/pipeline.asl.json: valid, fully substituted by CDK, and plain enough for moto."""

from __future__ import annotations

import importlib
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from infra.paths import PIPELINE_ASL
from infra.stacks.pipeline import PipelineStack, asl_placeholders

REPO = Path(__file__).resolve().parents[2]
# What the local emulator (moto's Step Functions) is known to execute.
SUPPORTED_STATE_TYPES = {"Task", "Succeed", "Fail"}
SUPPORTED_TASK_FIELDS = {
    "Type",
    "Comment",
    "Resource",
    "Parameters",
    "OutputPath",
    "ResultPath",
    "TimeoutSeconds",
    "Retry",
    "Catch",
    "Next",
    "End",
}


def _definition() -> dict:
    return json.loads(PIPELINE_ASL.read_text())


def test_the_file_is_json_with_a_reachable_start_state():
    definition = _definition()
    assert definition["StartAt"] in definition["States"]
    for name, state in definition["States"].items():
        for target in [state.get("Next")] + [c["Next"] for c in state.get("Catch", [])]:
            assert target is None or target in definition["States"], (name, target)


def test_every_placeholder_is_one_the_stack_substitutes():
    placeholders = asl_placeholders(PIPELINE_ASL.read_text())
    provided = {f"{task}FunctionArn" for task in PipelineStack.TASKS}
    assert placeholders == provided


def test_only_plain_asl_the_local_emulator_runs():
    text = PIPELINE_ASL.read_text()
    definition = json.loads(text)
    assert "QueryLanguage" not in definition  # JSONPath, not JSONata
    # No intrinsic functions (States.Format, States.JsonToString, ...) anywhere in the file.
    assert not re.search(r'"States\.(?!ALL")[A-Za-z]+\(', text)
    for name, state in definition["States"].items():
        assert state["Type"] in SUPPORTED_STATE_TYPES, name
        if state["Type"] == "Task":
            assert set(state) <= SUPPORTED_TASK_FIELDS, (name, set(state) - SUPPORTED_TASK_FIELDS)
            assert state["Resource"] == "arn:aws:states:::lambda:invoke", name
            assert set(state["Parameters"]) == {"FunctionName", "Payload.$"}, name
            assert state["TimeoutSeconds"] > 0, name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("failing_task", "status", "visited"),
    [
        (None, "SUCCEEDED", ["Classify", "Forecast", "Detect", "Notify", "Done"]),
        ("detect", "FAILED", ["Classify", "Forecast", "Detect", "RecordFailure", "Failed"]),
    ],
)
def test_moto_executes_the_definition_with_our_handlers(monkeypatch, failing_task, status, visited):
    """The file as the local emulator runs it: moto's Step Functions, Lambda tasks dispatched in-process.

    Uses moto's private `LambdaFunction._invoke_lambda` (see FIELD-NOTES); if moto changes it, this
    fails loudly here as well as in the local cloud.
    """
    boto3 = pytest.importorskip("boto3")
    moto = pytest.importorskip("moto")
    from moto.awslambda.models import LambdaFunction

    def invoke_in_process(self, event=None):
        if self.function_name == failing_task:
            return json.dumps({"errorType": "ValueError", "errorMessage": "injected"}), True, ""
        handler = importlib.import_module(f"functions.{self.function_name}.handler").handler
        payload = event if isinstance(event, dict) else json.loads(event)
        return json.dumps(handler(payload, _Context())), False, ""

    monkeypatch.setattr(LambdaFunction, "_invoke_lambda", invoke_in_process)
    event = json.loads((REPO / "events/pipeline/classify.json").read_text())

    with moto.mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        role = boto3.client("iam").create_role(RoleName="pipeline", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
        lambdas, sfn = boto3.client("lambda"), boto3.client("stepfunctions")
        definition = PIPELINE_ASL.read_text()
        for task, (entry, *_rest) in PipelineStack.TASKS.items():
            arn = lambdas.create_function(
                FunctionName=entry, Runtime="python3.12", Role=role, Handler="x.handler", Code={"ZipFile": b"x"}
            )["FunctionArn"]
            definition = definition.replace("${" + task + "FunctionArn}", arn)
        machine = sfn.create_state_machine(name="pipeline", definition=definition, roleArn=role)["stateMachineArn"]
        execution = sfn.start_execution(stateMachineArn=machine, name=event["import_id"], input=json.dumps(event))
        for _ in range(400):
            described = sfn.describe_execution(executionArn=execution["executionArn"])
            if described["status"] != "RUNNING":
                break
            time.sleep(0.025)
        history = sfn.get_execution_history(executionArn=execution["executionArn"])["events"]

    entered = [e["stateEnteredEventDetails"]["name"] for e in history if e["type"].endswith("StateEntered")]
    assert (described["status"], entered) == (status, visited)
    if status == "SUCCEEDED":
        assert json.loads(described["output"]) == event
    else:
        assert described["error"] == "PipelineFailed"


@dataclass
class _Context:
    function_name: str = "test"
    memory_limit_in_mb: int = 128
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:test"
    aws_request_id: str = "00000000-0000-0000-0000-000000000000"
