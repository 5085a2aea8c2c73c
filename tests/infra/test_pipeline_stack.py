"""The import pipeline as deployed: S3 -> import parser -> state machine -> tasks."""

from __future__ import annotations

import json
import re

import pytest

from tests.infra.cdk_helpers import as_list, flatten, function_by_handler, lambda_functions

pytestmark = pytest.mark.slow

TRANSIENT_ERRORS = {
    "Lambda.ServiceException",
    "Lambda.TooManyRequestsException",
    "Lambda.SdkClientException",
    "TransientError",
}
TASK_ENTRIES = {
    "Classify": "classify",
    "Forecast": "forecast",
    "Detect": "detect",
    "Notify": "notify",
    "RecordFailure": "record_failure",
}


def _deployed_definition(synth) -> tuple[dict, dict[str, str]]:
    """The state machine's definition with its substitutions applied, as CloudFormation would.

    Returns the parsed definition and, per placeholder, the logical id of the resource it names.
    """
    (machine,) = synth.resources("pipeline", "AWS::StepFunctions::StateMachine").values()
    props = machine["Properties"]
    definition = props["DefinitionString"]
    assert isinstance(definition, str), "the definition must be inline (DefinitionString), not an S3 asset"
    targets = {}
    for name, value in props["DefinitionSubstitutions"].items():
        logical_id = value["Fn::GetAtt"][0]
        targets[name] = logical_id
        definition = definition.replace("${" + name + "}", f"arn:aws:lambda:test:000000000000:function:{logical_id}")
    leftover = re.findall(r"\$\{[^}]+\}", definition)
    assert leftover == [], f"placeholders without a substitution: {leftover}"
    return json.loads(definition), targets


def test_state_machine_runs_classify_forecast_detect_then_notify(synth):
    definition, _ = _deployed_definition(synth)
    states = definition["States"]
    order, name = [], definition["StartAt"]
    while states[name]["Type"] == "Task":
        order.append(name)
        name = states[name]["Next"]
    assert order == ["Classify", "Forecast", "Detect", "Notify"]
    assert states[name]["Type"] == "Succeed"
    assert definition["TimeoutSeconds"] > 0


def test_each_task_invokes_its_own_function(synth):
    definition, targets = _deployed_definition(synth)
    template = synth.json("pipeline")
    for task, entry in TASK_ENTRIES.items():
        state = definition["States"][task]
        assert state["Resource"] == "arn:aws:states:::lambda:invoke"
        assert state["Parameters"]["Payload.$"] == "$"
        assert state["OutputPath"] == "$.Payload"
        function_name = state["Parameters"]["FunctionName"]
        logical_id, _ = function_by_handler(template, entry)
        assert function_name.endswith(f":function:{logical_id}"), (task, function_name)
        assert targets[f"{task}FunctionArn"] == logical_id


def test_every_task_retries_transient_errors_and_failures_are_recorded(synth):
    definition, _ = _deployed_definition(synth)
    states = definition["States"]
    for task in TASK_ENTRIES:
        retry_errors = {e for r in states[task]["Retry"] for e in r["ErrorEquals"]}
        assert retry_errors >= TRANSIENT_ERRORS, task
        assert all(r["MaxAttempts"] >= 1 and r["BackoffRate"] >= 1 for r in states[task]["Retry"])
    for task in ("Classify", "Forecast", "Detect", "Notify"):
        (catch,) = states[task]["Catch"]
        assert catch == {"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "RecordFailure"}
    assert "Catch" not in states["RecordFailure"]  # a failing recorder must not loop
    assert states["RecordFailure"]["Next"] == "Failed"
    assert states["Failed"]["Type"] == "Fail"


def test_task_timeouts_outlast_their_lambda_timeouts(synth):
    """Step Functions must not give up on a task the Lambda is still allowed to finish."""
    definition, targets = _deployed_definition(synth)
    resources = synth.json("pipeline")["Resources"]
    for task in TASK_ENTRIES:
        lambda_timeout = resources[targets[f"{task}FunctionArn"]]["Properties"]["Timeout"]
        assert definition["States"][task]["TimeoutSeconds"] > lambda_timeout, task


def test_state_machine_may_invoke_exactly_its_task_functions(synth):
    template = synth.json("pipeline")
    (machine,) = synth.resources("pipeline", "AWS::StepFunctions::StateMachine").values()
    role_id = machine["Properties"]["RoleArn"]["Fn::GetAtt"][0]
    policies = [
        p["Properties"]["PolicyDocument"]["Statement"]
        for p in synth.resources("pipeline", "AWS::IAM::Policy").values()
        if any(flatten(r) == f"<{role_id}>" for r in p["Properties"]["Roles"])
    ]
    invoked = {
        flatten(resource).split(">")[0].lstrip("<").split(".")[0]
        for statements in policies
        for s in statements
        if "lambda:InvokeFunction" in as_list(s["Action"])
        for resource in as_list(s["Resource"])
    }
    expected = {function_by_handler(template, entry)[0] for entry in TASK_ENTRIES.values()}
    assert invoked == expected


def test_state_machine_logs_all_events_and_traces(synth):
    (machine,) = synth.resources("pipeline", "AWS::StepFunctions::StateMachine").values()
    props = machine["Properties"]
    assert props["LoggingConfiguration"]["Level"] == "ALL"
    assert props["TracingConfiguration"] == {"Enabled": True}


def test_statements_under_imports_trigger_the_import_parser(synth):
    template = synth.json("pipeline")
    parser_id, _ = function_by_handler(template, "import_parser")
    (notification,) = synth.resources("pipeline", "Custom::S3BucketNotifications").values()
    props = notification["Properties"]
    assert "ImportsBucket" in flatten(props["BucketName"])
    (config,) = props["NotificationConfiguration"]["LambdaFunctionConfigurations"]
    assert config["Events"] == ["s3:ObjectCreated:*"]
    assert config["Filter"]["Key"]["FilterRules"] == [{"Name": "prefix", "Value": "imports/"}]
    assert flatten(config["LambdaFunctionArn"]) == f"<{parser_id}.Arn>"
    # Existing notifications on the bucket (configured elsewhere) are kept, not replaced.
    assert props["Managed"] is False
    (permission,) = synth.resources("pipeline", "AWS::Lambda::Permission").values()
    assert permission["Properties"]["Principal"] == "s3.amazonaws.com"
    assert "SourceAccount" in permission["Properties"]


def test_failed_import_events_land_in_an_encrypted_tls_only_dead_letter_queue(synth):
    template = synth.json("pipeline")
    _, parser = function_by_handler(template, "import_parser")
    queue_id = parser["Properties"]["DeadLetterConfig"]["TargetArn"]["Fn::GetAtt"][0]
    queue = template["Resources"][queue_id]
    assert queue["Properties"]["SqsManagedSseEnabled"] is True
    (policy,) = [
        p
        for p in synth.resources("pipeline", "AWS::SQS::QueuePolicy").values()
        if any(flatten(q) == f"<{queue_id}>" for q in p["Properties"]["Queues"])
    ]
    assert any(
        s["Effect"] == "Deny" and s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        for s in policy["Properties"]["PolicyDocument"]["Statement"]
    )
    (invoke_config,) = synth.resources("pipeline", "AWS::Lambda::EventInvokeConfig").values()
    assert invoke_config["Properties"]["MaximumRetryAttempts"] == 2


def test_import_parser_may_start_this_state_machine_only(synth):
    template = synth.json("pipeline")
    _, parser = function_by_handler(template, "import_parser")
    machine_id = next(iter(synth.resources("pipeline", "AWS::StepFunctions::StateMachine")))
    role_id = parser["Properties"]["Role"]["Fn::GetAtt"][0]
    statements = [
        s
        for p in synth.resources("pipeline", "AWS::IAM::Policy").values()
        if any(flatten(r) == f"<{role_id}>" for r in p["Properties"]["Roles"])
        for s in p["Properties"]["PolicyDocument"]["Statement"]
    ]
    starts = [s for s in statements if any(a.startswith("states:") for a in as_list(s["Action"]))]
    assert len(starts) == 1
    assert as_list(starts[0]["Action"]) == ["states:StartExecution"]
    assert [flatten(r) for r in as_list(starts[0]["Resource"])] == [f"<{machine_id}>"]
    env = parser["Properties"]["Environment"]["Variables"]
    assert flatten(env["CASHPILOT_PIPELINE_STATE_MACHINE_ARN"]) == f"<{machine_id}>"


def test_forecast_runs_as_an_arm64_container_image(synth):
    template = synth.json("pipeline")
    functions = lambda_functions(template)
    images = [f for f in functions.values() if f["Properties"].get("PackageType") == "Image"]
    assert len(images) == 1
    assert images[0]["Properties"]["Architectures"] == ["arm64"]
