"""The forecast function as the API uses it: the API invokes it synchronously for on-demand forecasts and
scenario simulations (adapters/forecast_runner.py), so it needs its name, permission to invoke exactly
that function, a way out of the VPC to the Lambda API, and a forecast function sized for the work."""

from __future__ import annotations

import json

import pytest

from tests.infra.cdk_helpers import as_list, flatten, function_by_handler, iam_statements

pytestmark = pytest.mark.slow


def _pipeline_output(synth, reference) -> str:
    """What an API-stack value read from the pipeline stack's outputs resolves to there, flattened."""
    ref = reference.get("Fn::GetStackOutput")
    assert ref is not None, f"expected a reference to the pipeline stack's outputs, got {reference}"
    assert ref["StackName"] == synth.built.pipeline.stack_name
    return flatten(synth.json("pipeline")["Outputs"][ref["OutputName"]]["Value"])


def test_the_api_knows_the_forecast_functions_name(synth):
    forecast_id, _ = function_by_handler(synth.json("pipeline"), "forecast")
    _, api = function_by_handler(synth.json("api"), "api")
    env = api["Properties"]["Environment"]["Variables"]
    assert _pipeline_output(synth, env["FORECAST_FUNCTION_NAME"]) == f"<{forecast_id}>"


def test_the_api_may_invoke_the_forecast_function_and_no_other(synth):
    forecast_id, _ = function_by_handler(synth.json("pipeline"), "forecast")
    invokes = [
        (stack, statement)
        for stack, _, statement in iam_statements({"api": synth.json("api")})
        if any(a.startswith("lambda:") for a in as_list(statement["Action"]))
    ]
    assert len(invokes) == 1, invokes
    _, statement = invokes[0]
    assert statement["Effect"] == "Allow"
    assert as_list(statement["Action"]) == ["lambda:InvokeFunction"]
    (resource,) = as_list(statement["Resource"])  # the unqualified ARN only: no "*", no ":*" versions
    assert _pipeline_output(synth, resource) == f"<{forecast_id}.Arn>"


def test_the_permission_is_on_the_apis_role_so_the_stacks_do_not_depend_on_each_other_both_ways(synth):
    built = synth.built
    assert built.pipeline in built.api.dependencies
    assert built.api not in built.pipeline.dependencies
    # A resource policy on the forecast function naming the API's role would live in the pipeline stack.
    permissions = synth.resources("pipeline", "AWS::Lambda::Permission").values()
    assert not any("Api" in json.dumps(p["Properties"]) for p in permissions)
    assert "CashPilotApi" not in json.dumps(synth.json("pipeline"))


def test_the_forecast_function_is_sized_for_5000_paths_over_a_year_and_a_backtest(synth):
    _, forecast = function_by_handler(synth.json("pipeline"), "forecast")
    props = forecast["Properties"]
    assert props["PackageType"] == "Image"
    assert props["MemorySize"] >= 2048
    assert props["Timeout"] >= 300
    # The state machine's task must outlast it (else Step Functions gives up on a run still going).
    (machine,) = synth.resources("pipeline", "AWS::StepFunctions::StateMachine").values()
    definition = json.loads(machine["Properties"]["DefinitionString"])
    assert definition["States"]["Forecast"]["TimeoutSeconds"] > props["Timeout"]


def test_the_forecast_function_reaches_the_database_like_classify(synth):
    template = synth.json("pipeline")
    _, forecast = function_by_handler(template, "forecast")
    _, classify = function_by_handler(template, "classify")
    assert forecast["Properties"]["VpcConfig"] == classify["Properties"]["VpcConfig"]  # subnets + the proxy's SG
    env, classify_env = (f["Properties"]["Environment"]["Variables"] for f in (forecast, classify))
    for name in ("CASHPILOT_DATABASE_HOST", "CASHPILOT_DATABASE_NAME", "CASHPILOT_DATABASE_APP_SECRET_ARN"):
        assert env[name] == classify_env[name], name
    role_id = forecast["Properties"]["Role"]["Fn::GetAtt"][0]
    reads = [
        s for p in synth.resources("pipeline", "AWS::IAM::Policy").values()
        if any(flatten(r) == f"<{role_id}>" for r in p["Properties"]["Roles"])
        for s in p["Properties"]["PolicyDocument"]["Statement"]
        if "secretsmanager:GetSecretValue" in as_list(s["Action"])
    ]
    secret = flatten(env["CASHPILOT_DATABASE_APP_SECRET_ARN"])
    assert [flatten(r) for s in reads for r in as_list(s["Resource"])] == [secret]


def test_functions_without_nat_reach_the_lambda_api_through_an_endpoint(synth):
    endpoints = [e["Properties"] for e in synth.resources("data", "AWS::EC2::VPCEndpoint").values()]
    lambda_endpoints = [e for e in endpoints if flatten(e["ServiceName"]).endswith(".lambda")]
    assert len(lambda_endpoints) == 1
    assert lambda_endpoints[0]["VpcEndpointType"] == "Interface"
    assert lambda_endpoints[0]["PrivateDnsEnabled"] is True  # boto3's default endpoint resolves to it


def test_the_local_cloud_runs_forecasts_in_process_whatever_the_shell_says(monkeypatch):
    """`cashpilot local` serves the API with InProcessRunner: it unsets the function name (a value copied
    from a deployed stage would send the local API to a function moto does not know)."""
    from cashpilot.local.cloud import CloudInfo
    from cashpilot.local.resources import CloudResources, local_entry_points

    monkeypatch.setenv("FORECAST_FUNCTION_NAME", "cashpilot-prod-forecast")
    resources = CloudResources(region="eu-west-1", imports_bucket="i", reports_bucket="r", state_machine_arn="arn",
                               function_arns={}, sender="s@example.com")
    env = CloudInfo(endpoint="http://127.0.0.1:5000", resources=resources, pid=1).environment()
    assert env["FORECAST_FUNCTION_NAME"] is None and env["CASHPILOT_FORECAST_FUNCTION_NAME"] is None
    # The pipeline's Forecast task is dispatched in-process to functions/forecast like every task.
    assert local_entry_points()["forecast"] == "forecast"
