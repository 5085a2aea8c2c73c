"""The API's front door, and the migration that runs before new code goes live."""

from __future__ import annotations

import json

import pytest

from tests.infra.cdk_helpers import as_list, flatten, function_by_handler

pytestmark = pytest.mark.slow


def test_every_request_goes_to_the_api_function_with_payload_v2(synth):
    template = synth.json("api")
    api_id, _ = function_by_handler(template, "api")
    (route,) = synth.resources("api", "AWS::ApiGatewayV2::Route").values()
    assert route["Properties"]["RouteKey"] == "$default"
    (integration,) = synth.resources("api", "AWS::ApiGatewayV2::Integration").values()
    props = integration["Properties"]
    assert props["IntegrationType"] == "AWS_PROXY"
    assert props["PayloadFormatVersion"] == "2.0"
    assert flatten(props["IntegrationUri"]) == f"<{api_id}.Arn>"


def test_stage_is_throttled_and_access_logged(synth):
    cfg = synth.built.config
    (stage,) = synth.resources("api", "AWS::ApiGatewayV2::Stage").values()
    props = stage["Properties"]
    assert props["StageName"] == "$default"
    assert props["AutoDeploy"] is True
    assert props["DefaultRouteSettings"]["ThrottlingRateLimit"] == cfg.api_throttle_rate_limit
    assert props["DefaultRouteSettings"]["ThrottlingBurstLimit"] == cfg.api_throttle_burst_limit
    log_format = json.loads(props["AccessLogSettings"]["Format"])
    assert {"requestId", "status", "routeKey", "integrationError"} <= set(log_format)
    assert flatten(props["AccessLogSettings"]["DestinationArn"]).startswith("<AccessLogs")


def test_api_function_reads_the_signing_key_and_may_only_put_under_imports(synth):
    template = synth.json("api")
    _, api = function_by_handler(template, "api")
    env = api["Properties"]["Environment"]["Variables"]
    assert "JwtSigningKey" in flatten(env["CASHPILOT_JWT_SECRET_ARN"])
    assert api["Properties"]["Timeout"] < 30  # API Gateway's own limit
    statements = [
        s
        for p in synth.resources("api", "AWS::IAM::Policy").values()
        for s in p["Properties"]["PolicyDocument"]["Statement"]
    ]
    puts = [s for s in statements if "s3:PutObject" in as_list(s["Action"])]
    assert len(puts) == 1
    assert all(flatten(r).endswith("/imports/*") for r in as_list(puts[0]["Resource"]))


def test_migration_runs_as_the_owner_on_deploy_before_application_stacks(synth):
    template = synth.json("migrate")
    migrate_id, migrate = function_by_handler(template, "migrate")
    env = migrate["Properties"]["Environment"]["Variables"]
    assert "CASHPILOT_DATABASE_OWNER_SECRET_ARN" in env
    assert env["CASHPILOT_AUTO_MIGRATE"] == "false"
    (trigger,) = synth.resources("migrate", "Custom::Trigger").values()
    # The trigger invokes the function's current version, so it runs again whenever the code, the
    # layer (migrations live in shared/) or the settings change.
    version_id = trigger["Properties"]["HandlerArn"]["Ref"]
    version = template["Resources"][version_id]
    assert version["Type"] == "AWS::Lambda::Version"
    assert flatten(version["Properties"]["FunctionName"]) == f"<{migrate_id}>"
    built = synth.built
    for stack in (built.api, built.pipeline, built.schedules):
        assert built.migrate in stack.dependencies, stack.stack_name


def test_only_the_migration_function_gets_the_owner_credentials(synth):
    for stack in synth.templates:
        for logical_id, resource in synth.resources(stack, "AWS::Lambda::Function").items():
            env = resource["Properties"].get("Environment", {}).get("Variables", {})
            if "CASHPILOT_DATABASE_OWNER_SECRET_ARN" in env:
                assert (stack, resource["Properties"]["Handler"]) == ("migrate", "functions.migrate.handler.handler")
