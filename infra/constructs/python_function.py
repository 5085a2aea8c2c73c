"""The one construct every CashPilot Lambda function is made with.

House style in one place: Python 3.12 on ARM64, JSON logs with a retention, X-Ray active tracing,
Powertools settings, the shared layer (`cashpilot` + core dependencies), placement in the VPC's
private app subnets behind the security group the RDS Proxy admits, the database settings the code
reads (`cashpilot.config.Settings`), and alarms on errors and throttles.

Entry points live in `functions/<entry>/handler.py` and are packaged with their `functions/` parent so
that Lambda imports them under the same name the tests do (`functions.<entry>.handler`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import jsii
from aws_cdk import (
    AssetHashType,
    BundlingOptions,
    DockerImage,
    Duration,
    IgnoreMode,
    ILocalBundling,
    RemovalPolicy,
    Stack,
)
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr_assets as ecr_assets
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.constructs.alarms import alarm_on_any
from infra.nag import acknowledge
from infra.paths import FUNCTIONS_DIR, REPO_ROOT, SHARED_DIR, core_dependencies

PYTHON_VERSION = "3.12"
METRICS_NAMESPACE = "CashPilot"
# Lambda's python3.12 runtime runs on Amazon Linux 2023 (glibc 2.34): manylinux_2_28 wheels run
# there too, and some packages publish aarch64 wheels only under that tag.
WHEEL_PLATFORMS = ("manylinux2014_aarch64", "manylinux_2_28_aarch64")
_COPY_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")


# --------------------------------------------------------------------------------------------------
# The shared layer
# --------------------------------------------------------------------------------------------------


def layer_pip_command(target: str) -> list[str]:
    """pip downloading CPython 3.12 / aarch64 wheels of the core dependencies into `target`."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    command += ["--target", target, "--implementation", "cp", "--python-version", PYTHON_VERSION]
    for platform in WHEEL_PLATFORMS:
        command += ["--platform", platform]
    # --no-compile: .pyc files embed timestamps (the asset hash is computed from the output) and
    # would be compiled by this machine's interpreter, not 3.12.
    command += ["--only-binary=:all:", "--no-compile", "--upgrade", *core_dependencies()]
    return command


@jsii.implements(ILocalBundling)
class LayerLocalBundling:
    """Builds the layer tree (`python/...`) on this machine, so synthesis never needs Docker."""

    def try_bundle(self, output_dir: str, options: object = None) -> bool:  # jsii passes BundlingOptions
        target = Path(output_dir) / "python"
        with tempfile.TemporaryDirectory(prefix="cashpilot-layer-") as tmp:
            result = subprocess.run(layer_pip_command(tmp), capture_output=True, text=True, check=False)  # noqa: S603
            if result.returncode != 0:
                # Raise rather than return False: False makes CDK fall back to Docker, which this
                # project must never need.
                raise RuntimeError(f"building the shared layer failed:\n{result.stdout}\n{result.stderr}")
            # Console scripts carry this machine's interpreter in their shebang: useless in Lambda,
            # and they would make the output (hence the asset hash) machine-specific.
            shutil.rmtree(Path(tmp) / "bin", ignore_errors=True)
            shutil.copytree(tmp, target, dirs_exist_ok=True)
        shutil.copytree(SHARED_DIR / "cashpilot", target / "cashpilot", ignore=_COPY_IGNORE, dirs_exist_ok=True)
        return True


def _docker_bundling_command() -> list[str]:
    """Equivalent of the local bundling; kept only because BundlingOptions requires an image."""
    requirements = " ".join(f"'{r}'" for r in core_dependencies())
    return [
        "bash",
        "-c",
        f"pip install --no-compile -t /asset-output/python {requirements} "
        "&& cp -r /asset-input/cashpilot /asset-output/python/",
    ]


class SharedLayer(Construct):
    """Use `SharedLayer.of(scope)`: one layer version per stack.

    One per stack on purpose: the stacks deploy independently, and a layer referenced across stacks
    would tie them together (a strong reference blocks replacing it, a weak one can point at a
    version another stack has already removed).
    """

    ID = "SharedLayer"

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        code = lambda_.Code.from_asset(
            str(SHARED_DIR),
            exclude=["*.egg-info", "**/__pycache__"],
            # The layer depends on the resolved dependency versions as well as on shared/.
            asset_hash_type=AssetHashType.OUTPUT,
            bundling=BundlingOptions(
                image=DockerImage.from_registry(f"public.ecr.aws/sam/build-python{PYTHON_VERSION}"),
                command=_docker_bundling_command(),
                local=LayerLocalBundling(),
            ),
        )
        self.layer = lambda_.LayerVersion(
            self,
            "Layer",
            code=code,
            compatible_runtimes=[lambda_.Runtime.PYTHON_3_12],
            compatible_architectures=[lambda_.Architecture.ARM_64],
            description="cashpilot (shared/) and its core dependencies",
            # Keep superseded versions: functions still pinned to one must keep working until
            # CloudFormation has moved them to the new version.
            removal_policy=RemovalPolicy.RETAIN,
        )

    @classmethod
    def of(cls, scope: Construct) -> lambda_.ILayerVersion:
        stack = Stack.of(scope)
        existing = stack.node.try_find_child(cls.ID)
        if existing is None:
            existing = cls(stack, cls.ID)
        return existing.layer


# --------------------------------------------------------------------------------------------------
# Function settings shared by a stack
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseAccess:
    """How functions reach PostgreSQL: through the RDS Proxy, with RDS-style JSON secrets."""

    proxy_endpoint: str
    database_name: str
    app_secret: secretsmanager.ISecret
    owner_secret: secretsmanager.ISecret


@dataclass(frozen=True)
class FunctionDefaults:
    """What every function of a stack shares (built once per stack from the data stack)."""

    vpc: ec2.IVpc
    subnets: ec2.SubnetSelection
    security_group: ec2.ISecurityGroup
    alarm_topic: sns.ITopic
    database: DatabaseAccess
    log_retention: logs.RetentionDays = logs.RetentionDays.ONE_MONTH
    log_level: str = "INFO"


def _function_code_asset(entry: str) -> lambda_.Code:
    """functions/__init__.py + functions/<entry>/ only, rooted at the repository."""
    if not (FUNCTIONS_DIR / entry / "handler.py").is_file():
        raise FileNotFoundError(f"functions/{entry}/handler.py does not exist")
    return lambda_.Code.from_asset(
        str(FUNCTIONS_DIR.parent),
        ignore_mode=IgnoreMode.GLOB,
        exclude=[
            "*",
            ".*",  # "*" does not match dotfiles (.venv, .git, ...)
            "!functions",
            "!functions/__init__.py",
            f"!functions/{entry}",
            f"!functions/{entry}/**",
            "**/__pycache__",
            "**/*.pyc",
            f"functions/{entry}/Dockerfile",
        ],
    )


def _function_image_asset(entry: str) -> lambda_.DockerImageCode:
    """An image built from functions/<entry>/Dockerfile with the repository as context.

    Synthesis only stages the context (listed below); the image is built at deploy time.
    """
    return lambda_.DockerImageCode.from_image_asset(
        str(REPO_ROOT),
        file=f"functions/{entry}/Dockerfile",
        platform=ecr_assets.Platform.LINUX_ARM64,
        ignore_mode=IgnoreMode.DOCKER,
        exclude=[
            "*",
            "!pyproject.toml",
            "!README.md",
            "!shared/cashpilot",
            "!functions/__init__.py",
            f"!functions/{entry}",
            "**/__pycache__",
            "**/*.pyc",
        ],
    )


class PythonFunction(Construct):
    """A CashPilot Lambda function (zip + shared layer, or a container image).

    `function` is the function; `invoke_target` is what callers should invoke (the `live` alias when
    provisioned concurrency is configured, otherwise the function itself).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        entry: str,
        description: str,
        defaults: FunctionDefaults,
        database: bool = True,
        owner_credentials: bool = False,
        environment: Mapping[str, str] | None = None,
        timeout: Duration | None = None,
        memory_size: int = 512,
        container_image: bool = False,
        reserved_concurrency: int | None = None,
        provisioned_concurrency: int = 0,
        dead_letter_queue: sqs.IQueue | None = None,
        retry_attempts: int | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.entry = entry
        service = f"cashpilot-{entry.replace('_', '-')}"
        env: dict[str, str] = {
            "CASHPILOT_ENVIRONMENT": "aws",
            "POWERTOOLS_SERVICE_NAME": service,
            "POWERTOOLS_METRICS_NAMESPACE": METRICS_NAMESPACE,
            "POWERTOOLS_LOG_LEVEL": defaults.log_level,
        }
        if database:
            db = defaults.database
            env.update(
                {
                    "CASHPILOT_DATABASE_HOST": db.proxy_endpoint,
                    "CASHPILOT_DATABASE_NAME": db.database_name,
                    "CASHPILOT_DATABASE_APP_SECRET_ARN": db.app_secret.secret_arn,
                    # Migrations run once per deploy (functions/migrate), never on a cold start.
                    "CASHPILOT_AUTO_MIGRATE": "false",
                    # One connection per execution environment: concurrency is Lambda's job, and
                    # the proxy multiplexes.
                    "CASHPILOT_DB_POOL_SIZE": "1",
                    "CASHPILOT_DB_MAX_OVERFLOW": "0",
                }
            )
            if owner_credentials:
                env["CASHPILOT_DATABASE_OWNER_SECRET_ARN"] = db.owner_secret.secret_arn
        elif owner_credentials:
            raise ValueError("owner_credentials needs database=True")
        env.update(environment or {})

        self.log_group = logs.LogGroup(self, "Logs", retention=defaults.log_retention)
        common = dict(
            description=description,
            architecture=lambda_.Architecture.ARM_64,
            environment=env,
            timeout=timeout or Duration.seconds(30),
            memory_size=memory_size,
            tracing=lambda_.Tracing.ACTIVE,
            logging_format=lambda_.LoggingFormat.JSON,
            application_log_level_v2=lambda_.ApplicationLogLevel(defaults.log_level),
            system_log_level_v2=lambda_.SystemLogLevel.WARN,
            log_group=self.log_group,
            vpc=defaults.vpc,
            vpc_subnets=defaults.subnets,
            security_groups=[defaults.security_group],
            reserved_concurrent_executions=reserved_concurrency,
            dead_letter_queue=dead_letter_queue,
            retry_attempts=retry_attempts,
        )
        if container_image:
            self.function: lambda_.Function = lambda_.DockerImageFunction(
                self, "Function", code=_function_image_asset(entry), **common
            )
        else:
            self.function = lambda_.Function(
                self,
                "Function",
                runtime=lambda_.Runtime.PYTHON_3_12,
                handler=f"functions.{entry}.handler.handler",
                code=_function_code_asset(entry),
                layers=[SharedLayer.of(self)],
                **common,
            )

        # AWS's minimal managed policies: CloudWatch Logs for the function's log group, and the ENI
        # actions VPC placement needs (ec2:*NetworkInterface* cannot be scoped to resources).
        for policy in ("AWSLambdaBasicExecutionRole", "AWSLambdaVPCAccessExecutionRole"):
            acknowledge(
                self,
                f"AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/{policy}]",
                f"AWS-managed {policy}: the minimal Lambda logging / VPC networking permissions.",
            )
        if not container_image:
            # Deliberately pinned: the layer's wheels and the forecast image are built for CPython
            # 3.12, and every function runs the same interpreter. Move all of them together.
            acknowledge(
                self,
                "AwsSolutions-L1",
                "Python 3.12 on purpose: layer wheels and the forecast image target 3.12; runtimes move together.",
            )

        if database:
            defaults.database.app_secret.grant_read(self.function)
            if owner_credentials:
                defaults.database.owner_secret.grant_read(self.function)

        self.alias: lambda_.Alias | None = None
        if provisioned_concurrency > 0:
            self.alias = lambda_.Alias(
                self,
                "Live",
                alias_name="live",
                version=self.function.current_version,
                provisioned_concurrent_executions=provisioned_concurrency,
            )
        self.invoke_target: lambda_.IFunction = self.alias or self.function

        for metric_name, metric in (
            ("Errors", self.function.metric_errors(period=Duration.minutes(5), statistic="Sum")),
            ("Throttles", self.function.metric_throttles(period=Duration.minutes(5), statistic="Sum")),
        ):
            alarm_on_any(self, f"{metric_name}Alarm", metric=metric, topic=defaults.alarm_topic,
                         description=f"{service}: {metric_name.lower()} in the last 5 minutes")
