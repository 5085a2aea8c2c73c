"""Cross-cutting rules: least privilege, cdk-nag, alarms, house style of every function."""

from __future__ import annotations

import re

import pytest
from aws_cdk import Validations
from aws_cdk.assertions import Annotations, Match

from tests.infra.cdk_helpers import as_list, flatten, iam_statements, lambda_functions

pytestmark = pytest.mark.slow

DATA_SERVICES = ("s3", "rds", "rds-db", "secretsmanager", "kms", "sqs", "sns", "states", "lambda", "ses", "dynamodb")
# Actions that have no resource-level permissions and so legitimately use Resource "*".
RESOURCELESS_ACTIONS = re.compile(
    r"xray:(PutTraceSegments|PutTelemetryRecords|GetSamplingRules|GetSamplingTargets)"
    r"|logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|ListLogDeliveries"
    r"|PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)"
)
ALLOWED_ENV = {
    "CASHPILOT_ENVIRONMENT",
    "CASHPILOT_MAIL_FROM",  # the SES sender's address: public by nature
    "CASHPILOT_DATABASE_APP_SECRET_ARN",
    "CASHPILOT_DATABASE_OWNER_SECRET_ARN",
    "CASHPILOT_DATABASE_HOST",
    "CASHPILOT_DATABASE_NAME",
    "CASHPILOT_JWT_SECRET_ARN",
    "CASHPILOT_AUTO_MIGRATE",
    "CASHPILOT_DB_POOL_SIZE",
    "CASHPILOT_DB_MAX_OVERFLOW",
    "CASHPILOT_IMPORTS_BUCKET",
    "CASHPILOT_REPORTS_BUCKET",
    "CASHPILOT_PIPELINE_STATE_MACHINE_ARN",
    "FORECAST_FUNCTION_NAME",  # the API's: which function runs on-demand forecasts (adapters/forecast_runner.py)
    "POWERTOOLS_SERVICE_NAME",
    "POWERTOOLS_METRICS_NAMESPACE",
    "POWERTOOLS_LOG_LEVEL",
}


def _templates(synth) -> dict:
    return {name: synth.json(name) for name in synth.templates}


def test_no_policy_grants_all_actions_or_a_whole_data_service(synth):
    offenders = []
    for stack, logical_id, statement in iam_statements(_templates(synth)):
        if statement["Effect"] != "Allow":
            continue
        for action in as_list(statement["Action"]):
            service = action.split(":", 1)[0]
            if action == "*" or (action.endswith(":*") and service in DATA_SERVICES):
                offenders.append((stack, logical_id, action))
    assert offenders == []


def test_wildcard_resources_only_for_actions_that_cannot_be_scoped(synth):
    offenders = []
    for stack, logical_id, statement in iam_statements(_templates(synth)):
        if statement["Effect"] == "Allow" and "*" in as_list(statement["Resource"]):
            bad = [a for a in as_list(statement["Action"]) if not RESOURCELESS_ACTIONS.fullmatch(a)]
            if bad:
                offenders.append((stack, logical_id, bad))
    assert offenders == []


def test_cdk_nag_aws_solutions_reports_no_unacknowledged_errors(synth):
    violations = [
        (report["pluginName"], v["ruleName"], [c["constructPath"] for c in v.get("violatingConstructs", [])])
        for report in synth.validation_report["pluginReports"]
        for v in report["violations"]
        if v["severity"] in ("error", "fatal")
    ]
    assert violations == []
    for stack in synth.built.stacks.values():
        errors = Annotations.from_stack(stack).find_error("*", Match.string_like_regexp("AwsSolutions-.*"))
        assert errors == []


def test_every_acknowledged_finding_carries_a_reason(synth):
    acknowledged = []
    for construct in synth.built.app.node.find_all():
        for entry in construct.node.metadata:
            if entry.type == Validations.ACKNOWLEDGED_RULES_METADATA_KEY:
                acknowledged.extend((construct.node.path, rule, reason) for rule, reason in entry.data.items())
    assert acknowledged, "expected the documented acknowledgments"
    assert [a for a in acknowledged if len(a[2].strip()) < 20] == []


def test_every_function_alarms_on_errors_and_throttles(synth):
    for stack, template in _templates(synth).items():
        alarms = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::CloudWatch::Alarm"]
        for logical_id in lambda_functions(template):
            watched = {
                a["MetricName"]
                for a in alarms
                if a.get("Namespace") == "AWS/Lambda"
                and any(flatten(d["Value"]) == f"<{logical_id}>" for d in a.get("Dimensions", []))
            }
            assert watched == {"Errors", "Throttles"}, (stack, logical_id)


def test_dead_letter_queues_and_failed_executions_raise_alarms(synth):
    for stack, template in _templates(synth).items():
        alarms = [r["Properties"] for r in template["Resources"].values() if r["Type"] == "AWS::CloudWatch::Alarm"]
        for logical_id, resource in template["Resources"].items():
            if resource["Type"] == "AWS::SQS::Queue":
                assert any(
                    a["MetricName"] == "ApproximateNumberOfMessagesVisible"
                    and any(logical_id in flatten(d["Value"]) for d in a["Dimensions"])
                    for a in alarms
                ), (stack, logical_id)
    pipeline_alarms = [p["Properties"] for p in synth.resources("pipeline", "AWS::CloudWatch::Alarm").values()]
    assert any(a["Namespace"] == "AWS/States" and a["MetricName"] == "ExecutionsFailed" for a in pipeline_alarms)


def test_every_alarm_notifies_the_alarm_topic(synth):
    for stack, _, alarm in synth.all_resources("AWS::CloudWatch::Alarm"):
        actions = [flatten(a) for a in alarm["Properties"]["AlarmActions"]]
        assert len(actions) == 1 and "AlarmTopic" in actions[0], (stack, actions)


def test_every_function_follows_the_house_style(synth):
    for stack, template in _templates(synth).items():
        for logical_id, function in lambda_functions(template).items():
            props = function["Properties"]
            where = (stack, logical_id)
            assert props["Architectures"] == ["arm64"], where
            assert props["TracingConfig"] == {"Mode": "Active"}, where
            assert props["LoggingConfig"]["LogFormat"] == "JSON", where
            assert "LogGroup" in props["LoggingConfig"], where
            assert props["VpcConfig"]["SubnetIds"], where
            env = props["Environment"]["Variables"]
            assert env["CASHPILOT_ENVIRONMENT"] == "aws", where
            assert {"POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE", "POWERTOOLS_LOG_LEVEL"} <= set(env)
            if props.get("PackageType") != "Image":
                assert props["Runtime"] == "python3.12", where
                assert len(props["Layers"]) == 1, where


def test_functions_get_only_known_settings_and_never_a_secret_value(synth):
    for stack, template in _templates(synth).items():
        for logical_id, function in lambda_functions(template).items():
            env = function["Properties"]["Environment"]["Variables"]
            assert set(env) <= ALLOWED_ENV, (stack, logical_id, set(env) - ALLOWED_ENV)
            for name, value in env.items():
                assert "resolve:secretsmanager" not in flatten(value), (stack, logical_id, name)
                if "SECRET" in name:
                    assert name.endswith("_ARN"), name
            if "CASHPILOT_DATABASE_HOST" in env:
                assert "Proxy" in flatten(env["CASHPILOT_DATABASE_HOST"])
                assert (env["CASHPILOT_DB_POOL_SIZE"], env["CASHPILOT_DB_MAX_OVERFLOW"]) == ("1", "0")
                assert env["CASHPILOT_AUTO_MIGRATE"] == "false"
