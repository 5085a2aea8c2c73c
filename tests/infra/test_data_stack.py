"""The stateful stack: what must hold for the data to be safe and reachable."""

from __future__ import annotations

import json

import pytest
from aws_cdk import App, Validations
from aws_cdk.assertions import Match, Template
from cdk_nag import AwsSolutionsChecks

from infra.app import WILDCARD_ALLOWANCES, committed_context
from infra.config import DeployConfig
from infra.nag import acknowledge_wildcards
from infra.stacks.data import DataStack
from tests.infra.cdk_helpers import flatten
from tests.infra.conftest import TEST_CONTEXT

pytestmark = pytest.mark.slow


def test_the_data_stack_is_protected_against_deletion(synth):
    assert synth.built.data.termination_protection is True


def test_database_is_aurora_postgresql_16_serverless_v2_sized_by_context(synth):
    cfg = synth.built.config
    clusters = synth.resources("data", "AWS::RDS::DBCluster")
    assert len(clusters) == 1
    (cluster,) = clusters.values()
    props = cluster["Properties"]
    assert props["Engine"] == "aurora-postgresql"
    assert props["EngineVersion"].split(".")[0] == "16"
    assert props["ServerlessV2ScalingConfiguration"] == {
        "MinCapacity": cfg.aurora_min_acu,
        "MaxCapacity": cfg.aurora_max_acu,
    }
    assert props["StorageEncrypted"] is True
    assert "KmsKeyId" in props
    assert props["DeletionProtection"] is True
    assert props["BackupRetentionPeriod"] >= 7
    assert cluster["DeletionPolicy"] == "Snapshot"
    instances = synth.resources("data", "AWS::RDS::DBInstance")
    assert {i["Properties"]["DBInstanceClass"] for i in instances.values()} == {"db.serverless"}
    assert all(i["Properties"]["PubliclyAccessible"] is False for i in instances.values())


def test_both_database_identities_are_registered_with_a_tls_only_proxy(synth):
    template = synth.template("data")
    template.has_resource_properties(
        "AWS::RDS::DBProxy",
        {"EngineFamily": "POSTGRESQL", "RequireTLS": True},
    )
    (proxy,) = synth.resources("data", "AWS::RDS::DBProxy").values()
    secret_refs = {flatten(auth["SecretArn"]) for auth in proxy["Properties"]["Auth"]}
    attachments = synth.resources("data", "AWS::SecretsManager::SecretTargetAttachment")
    assert secret_refs == {f"<{logical_id}>" for logical_id in attachments}
    assert len(secret_refs) == 2  # owner (master) and the app role

    # The app role's secret is generated for the role the migration creates.
    template.has_resource_properties(
        "AWS::SecretsManager::Secret",
        {
            "GenerateSecretString": Match.object_like(
                {"SecretStringTemplate": Match.string_like_regexp("cashpilot_app")}
            )
        },
    )
    template.has_resource_properties(
        "AWS::SecretsManager::Secret",
        {
            "GenerateSecretString": Match.object_like(
                {"SecretStringTemplate": Match.string_like_regexp("cashpilot_owner")}
            )
        },
    )


def test_only_the_functions_security_group_may_reach_the_proxy(synth):
    ingress = synth.resources("data", "AWS::EC2::SecurityGroupIngress")
    proxy_sg = next(k for k in synth.resources("data", "AWS::EC2::SecurityGroup") if k.startswith("ProxySecurityGroup"))
    into_proxy = [
        r["Properties"] for r in ingress.values() if flatten(r["Properties"]["GroupId"]) == f"<{proxy_sg}.GroupId>"
    ]
    assert len(into_proxy) == 1
    assert flatten(into_proxy[0]["SourceSecurityGroupId"]).startswith("<FunctionsSecurityGroup")
    assert into_proxy[0]["FromPort"] == into_proxy[0]["ToPort"] == 5432


def test_vpc_has_no_nat_by_default_and_reaches_aws_through_endpoints(synth):
    assert synth.built.config.nat_gateways == 0
    assert synth.resources("data", "AWS::EC2::NatGateway") == {}
    endpoints = synth.resources("data", "AWS::EC2::VPCEndpoint").values()
    services = {flatten(e["Properties"]["ServiceName"]).rsplit(".", 1)[-1]: e["Properties"] for e in endpoints}
    assert services["s3"]["VpcEndpointType"] == "Gateway"
    for name in ("secretsmanager", "states"):
        assert services[name]["VpcEndpointType"] == "Interface"
        assert services[name]["PrivateDnsEnabled"] is True


def _bucket(synth, prefix: str) -> tuple[str, dict]:
    buckets = synth.resources("data", "AWS::S3::Bucket")
    return next((k, v) for k, v in buckets.items() if k.startswith(prefix))


def test_imports_bucket_is_encrypted_private_versioned_logged_and_expires_raw_files(synth):
    logical_id, bucket = _bucket(synth, "ImportsBucket")
    props = bucket["Properties"]
    (rule,) = props["BucketEncryption"]["ServerSideEncryptionConfiguration"]
    assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "aws:kms"
    assert "KMSMasterKeyID" in rule["ServerSideEncryptionByDefault"]
    assert props["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True,
        "BlockPublicPolicy": True,
        "IgnorePublicAcls": True,
        "RestrictPublicBuckets": True,
    }
    assert props["VersioningConfiguration"] == {"Status": "Enabled"}
    assert flatten(props["LoggingConfiguration"]["DestinationBucketName"]).startswith("<AccessLogs")
    rules = {r["Id"]: r for r in props["LifecycleConfiguration"]["Rules"]}
    raw = rules["expire-processed-raw-files"]
    assert raw["Prefix"] == "imports/"
    assert raw["ExpirationInDays"] == synth.built.config.imports_raw_retention_days
    assert rules["expire-noncurrent-versions"]["NoncurrentVersionExpiration"]["NoncurrentDays"] > 0
    assert bucket["DeletionPolicy"] == "Retain"

    # TLS-only: the bucket policy denies every request made without TLS.
    policies = synth.resources("data", "AWS::S3::BucketPolicy")
    (policy,) = [p for p in policies.values() if flatten(p["Properties"]["Bucket"]) == f"<{logical_id}>"]
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert any(
        s["Effect"] == "Deny" and s["Action"] == "s3:*" and s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        for s in statements
    )


def test_reports_bucket_gets_the_same_hardening(synth):
    _, bucket = _bucket(synth, "ReportsBucket")
    props = bucket["Properties"]
    assert (
        props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"][
            "SSEAlgorithm"
        ]
        == "aws:kms"
    )
    assert all(props["PublicAccessBlockConfiguration"].values())
    assert props["VersioningConfiguration"] == {"Status": "Enabled"}


def test_data_key_rotates_and_alarm_topic_is_encrypted_with_it(synth):
    template = synth.template("data")
    template.has_resource_properties("AWS::KMS::Key", {"EnableKeyRotation": True})
    (topic,) = synth.resources("data", "AWS::SNS::Topic").values()
    assert flatten(topic["Properties"]["KmsMasterKeyId"]).startswith("<DataKey")
    # CloudWatch must be able to publish to a KMS-encrypted topic.
    (key,) = synth.resources("data", "AWS::KMS::Key").values()
    principals = [s.get("Principal", {}).get("Service") for s in key["Properties"]["KeyPolicy"]["Statement"]]
    assert "cloudwatch.amazonaws.com" in principals


def test_jwt_signing_key_is_a_generated_secret(synth):
    jwt = [
        s
        for s in synth.resources("data", "AWS::SecretsManager::Secret").values()
        if "jwt" in s["Properties"].get("Name", "")
    ]
    assert len(jwt) == 1
    assert jwt[0]["Properties"]["GenerateSecretString"]["PasswordLength"] >= 32


def test_database_secrets_do_not_rotate_by_default_and_say_why(synth):
    assert synth.resources("data", "AWS::SecretsManager::RotationSchedule") == {}
    reasons = [
        reason
        for construct in synth.built.data.node.find_all()
        for entry in construct.node.metadata
        if entry.type == Validations.ACKNOWLEDGED_RULES_METADATA_KEY
        for rule, reason in entry.data.items()
        if rule.endswith("AwsSolutions-SMG4")
    ]
    assert sum(1 for r in reasons if r and "dbSecretRotationDays" in r) == 2


def test_database_secrets_rotate_when_configured(tmp_path):
    """Only the data stack is synthesised here (the full app once per session is enough)."""
    context = {**committed_context(), **TEST_CONTEXT, "cashpilot:dbSecretRotationDays": "30"}
    app = App(context=context, outdir=str(tmp_path), analytics_reporting=False)
    stack = DataStack(app, "RotatingData", config=DeployConfig.from_node(app.node))
    Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    acknowledge_wildcards(app, WILDCARD_ALLOWANCES)
    app.synth()
    template = Template.from_stack(stack).to_json()["Resources"]
    schedules = [r["Properties"] for r in template.values() if r["Type"] == "AWS::SecretsManager::RotationSchedule"]
    assert len(schedules) == 2
    assert {s["RotationRules"]["ScheduleExpression"] for s in schedules} == {"rate(30 days)"}
    # The app role does not exist before the first migration: no rotation at creation time.
    assert sorted(str(s.get("RotateImmediatelyOnUpdate")) for s in schedules) == ["False", "None"]
    report = json.loads((tmp_path / "validation-report.json").read_text())
    assert [v["ruleName"] for r in report["pluginReports"] for v in r["violations"] if v["severity"] == "error"] == []
