"""The CDK app: `python -m infra.app` synthesises into cdk.out/ on its own; `cdk synth` works too.

Stacks, by lifecycle (each deploys after the ones it depends on):

    data       stateful: VPC, Aurora + RDS Proxy, buckets, secrets, KMS key, alarm topic (protected)
    migrate    the schema migration, run by a trigger on every deploy that changes it
    api        HTTP API -> API function
    pipeline   S3 imports -> import parser -> state machine (classify, forecast, detect, notify)
    schedules  EventBridge Scheduler jobs -> scheduler function; the SES sender identity

Run by the CDK CLI, the app gets its context (cdk.json + -c) and output directory from the CLI's
environment. Run directly, it reads the context committed in cdk.json and writes to cdk.out/.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import Any

from aws_cdk import App, Environment, Tags, Validations
from cdk_nag import AwsSolutionsChecks

from infra.config import DeployConfig
from infra.nag import WildcardAllowance, acknowledge_wildcards
from infra.paths import REPO_ROOT
from infra.stacks.api import ApiStack
from infra.stacks.data import DataStack
from infra.stacks.migrate import MigrateStack
from infra.stacks.pipeline import PipelineStack
from infra.stacks.schedules import SchedulesStack

# IAM wildcards that cdk-nag (AwsSolutions-IAM5) reports and that are acceptable, each with its
# reason. They come from CDK's own grants; anything not listed here stays an error.
WILDCARD_ALLOWANCES = (
    # KMS grants on our data key (bucket reads/writes through SSE-KMS): the resource is the key's
    # ARN, the wildcard only spans GenerateDataKey* / ReEncrypt* variants of the same operation.
    WildcardAllowance(
        r"Action::kms:(GenerateDataKey|ReEncrypt)\*",
        "KMS data-key variants from CDK's bucket grants; the resource is pinned to the data key.",
    ),
    # grant_read / grant_put on one bucket: object-level action families, never s3:*.
    WildcardAllowance(
        r"Action::s3:(GetObject|GetBucket|List|Abort)\*",
        "S3 action families from CDK's bucket grants, scoped to one bucket (and prefix).",
    ),
    # Objects under a prefix of our own buckets (imports/* for the parser and the API's uploads).
    WildcardAllowance(
        r"Resource::.*(ImportsBucket|ReportsBucket).*/(imports/)?\*",
        "Object keys under our own bucket (and prefix): object ARNs cannot be enumerated.",
    ),
    # lambda:InvokeFunction on a function's versions/aliases (CDK grant_invoke adds ARN and ARN:*).
    WildcardAllowance(
        r"Resource::<[A-Za-z0-9]+\.Arn>:\*",
        "Invoke permission on the versions/aliases of one function (CDK grant_invoke).",
        only_with_actions=r"lambda:InvokeFunction",
    ),
    # X-Ray tracing and Step Functions log delivery have no resource-level permissions.
    WildcardAllowance(
        r"Resource::\*",
        "X-Ray trace upload and CloudWatch Logs delivery actions do not support resource-level permissions.",
        only_with_actions=(
            r"xray:(PutTraceSegments|PutTelemetryRecords|GetSamplingRules|GetSamplingTargets)"
            r"|logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|ListLogDeliveries"
            r"|PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)"
        ),
    ),
)


@dataclass(frozen=True)
class CashPilotApp:
    app: App
    config: DeployConfig
    data: DataStack
    migrate: MigrateStack
    api: ApiStack
    pipeline: PipelineStack
    schedules: SchedulesStack

    @property
    def stacks(self) -> dict[str, Any]:
        return {
            "data": self.data,
            "migrate": self.migrate,
            "api": self.api,
            "pipeline": self.pipeline,
            "schedules": self.schedules,
        }


def committed_context() -> dict[str, Any]:
    with (REPO_ROOT / "cdk.json").open() as fh:
        return dict(json.load(fh).get("context", {}))


def build_app(context: dict[str, Any] | None = None, outdir: str | None = None) -> CashPilotApp:
    """Build the app. `context` overrides the committed context (tests disable bundling with it)."""
    merged: dict[str, Any] = {}
    if "CDK_CONTEXT_JSON" not in os.environ:  # not run by the CLI: nobody read cdk.json for us
        merged.update(committed_context())
    merged.update(context or {})
    if outdir is None and "CDK_OUTDIR" not in os.environ:
        outdir = str(REPO_ROOT / "cdk.out")
    # No CDKMetadata resources: templates stay deterministic and nothing reports home.
    app = App(context=merged, outdir=outdir, analytics_reporting=False)

    config = DeployConfig.from_node(app.node)
    env = Environment(account=config.account, region=config.region) if config.account else None
    names = {key: f"{config.prefix}-{key}" for key in ("data", "migrate", "api", "pipeline", "schedules")}

    data = DataStack(
        app,
        "CashPilotData",
        config=config,
        env=env,
        stack_name=names["data"],
        description="CashPilot stateful resources (protected)",
    )
    migrate = MigrateStack(
        app,
        "CashPilotMigrate",
        config=config,
        data=data,
        env=env,
        stack_name=names["migrate"],
        description="CashPilot schema migration on deploy",
    )
    pipeline = PipelineStack(
        app,
        "CashPilotPipeline",
        config=config,
        data=data,
        env=env,
        stack_name=names["pipeline"],
        description="CashPilot import pipeline",
    )
    api = ApiStack(
        app,
        "CashPilotApi",
        config=config,
        data=data,
        pipeline=pipeline,
        env=env,
        stack_name=names["api"],
        description="CashPilot HTTP API",
    )
    schedules = SchedulesStack(
        app,
        "CashPilotSchedules",
        config=config,
        data=data,
        pipeline=pipeline,
        env=env,
        stack_name=names["schedules"],
        description="CashPilot scheduled jobs",
    )
    # New code must not go live against an old schema.
    for stack in (api, pipeline, schedules):
        stack.add_stack_dependency(migrate)

    # CDK believes proxy target groups are taggable; CloudFormation rejects Tags on them.
    untaggable = ["AWS::RDS::DBProxyTargetGroup"]
    Tags.of(app).add("project", "cashpilot", exclude_resource_types=untaggable)
    Tags.of(app).add("cashpilot:stage", config.stage, exclude_resource_types=untaggable)

    Validations.of(app).add_plugins(AwsSolutionsChecks(app, verbose=True))
    acknowledge_wildcards(app, WILDCARD_ALLOWANCES)
    return CashPilotApp(app, config, data, migrate, api, pipeline, schedules)


def main() -> None:
    started = time.perf_counter()
    built = build_app()
    assembly = built.app.synth()
    print(
        f"synthesised {len(assembly.stacks)} stacks into {assembly.directory} in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
