"""infra/statemachines/pipeline.asl.json: valid, fully substituted by CDK, and plain enough for moto."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest

from infra.asl import asl_placeholders, function_arn_placeholder
from infra.paths import PIPELINE_ASL
from infra.stacks.pipeline import PipelineStack

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


def test_placeholders_name_their_entry_point_as_the_local_cloud_assumes():
    # ${RecordFailureFunctionArn} is functions/record_failure: the local cloud substitutes by this convention.
    assert {f"{task}FunctionArn" for task in PipelineStack.TASKS} == {
        function_arn_placeholder(entry) for entry, *_ in PipelineStack.TASKS.values()}


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
def test_moto_executes_the_definition_with_our_handlers(database, failing_task, status, visited):
    """The file as the local cloud runs it: moto's Step Functions (here in-process, `mock_aws`), the
    local cloud's resources and its Lambda dispatcher running the real handlers in this process.

    The dispatcher replaces moto's private `LambdaFunction._invoke_lambda` (see FIELD-NOTES and
    cashpilot/local/lambda_dispatch.py); tests/e2e/test_moto_internals.py fails loudly if moto changes it.
    """
    boto3 = pytest.importorskip("boto3")
    moto = pytest.importorskip("moto")
    from cashpilot.local.executions import states_entered, wait_for_execution
    from cashpilot.local.lambda_dispatch import LambdaDispatcher
    from cashpilot.local.resources import create_resources, local_entry_points

    def injected(event, context):
        raise ValueError("injected")

    event = json.loads((REPO / "events/pipeline/classify.json").read_text())
    dispatcher = LambdaDispatcher(local_entry_points())
    with moto.mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        dispatcher.install()
        try:
            resources = create_resources(lambda service: boto3.client(service, region_name="eu-west-1"), "eu-west-1")
            sfn = boto3.client("stepfunctions", region_name="eu-west-1")
            with contextlib.ExitStack() as stack:
                if failing_task:
                    stack.enter_context(dispatcher.override(failing_task, injected))
                execution = sfn.start_execution(stateMachineArn=resources.state_machine_arn, name=event["import_id"],
                                                input=json.dumps(event))
                described = wait_for_execution(sfn, execution["executionArn"], timeout=30, interval=0.025)
            entered = states_entered(sfn, execution["executionArn"])
        finally:
            dispatcher.uninstall()

    assert (described["status"], entered) == (status, visited)
    ran = [(i.function, i.error_type) for i in dispatcher.invocations()]
    if status == "SUCCEEDED":
        output = json.loads(described["output"])
        # Classify reports what it did (this sample's business has no rows here); forecast adds its summary,
        # null because the sample's business does not exist in this database, and so do detect and notify.
        assert output == {**event, "classification": {**output["classification"], "classified": 0}, "forecast": None,
                          "detection": None, "notification": None}
        assert ran == [("classify", None), ("forecast", None), ("detect", None), ("notify", None)]
    else:
        assert described["error"] == "PipelineFailed"
        assert ran == [("classify", None), ("forecast", None), ("detect", "ValueError"), ("record_failure", None)]
