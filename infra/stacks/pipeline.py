"""The import pipeline: S3 ObjectCreated (imports/) -> import parser -> state machine.

The state machine's definition is the file infra/statemachines/pipeline.asl.json, which the local
emulator executes too; this stack only substitutes the function ARNs into it.
"""

from __future__ import annotations

from aws_cdk import Duration, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from infra.asl import asl_placeholders, load_definition
from infra.config import DeployConfig
from infra.constructs.alarms import alarm_on_any
from infra.constructs.dead_letter_queue import DeadLetterQueue
from infra.constructs.python_function import PythonFunction
from infra.nag import acknowledge
from infra.paths import PIPELINE_ASL
from infra.stacks.data import IMPORTS_PREFIX, DataStack

__all__ = ["PipelineStack", "asl_placeholders", "ses_identity_arn"]


def ses_identity_arn(stack: Stack, identity: str) -> str:
    """The SES identity's ARN, built from its name so no stack has to export it."""
    return stack.format_arn(service="ses", resource="identity", resource_name=identity)


class PipelineStack(Stack):
    # Task name in the ASL -> (functions/<entry>, Lambda timeout, memory, container image).
    # The ASL's TimeoutSeconds per task must stay above these timeouts (a test checks it).
    TASKS = {
        "Classify": ("classify", Duration.minutes(2), 1024, False),
        # 5,000 paths x 365 days of float64 is ~15 MB per array and the engine keeps a few; 2 GB also
        # buys more than one full vCPU (Lambda gives 1 vCPU per 1,769 MB), and statsforecast's model
        # selection is CPU-bound. Ten minutes covers the nightly backtest; the API's synchronous
        # calls (a forecast with model selection takes ~2 s) are bounded by the caller's own 28 s
        # read timeout (adapters/forecast_runner.py), not by this.
        "Forecast": ("forecast", Duration.minutes(10), 2048, True),
        "Detect": ("detect", Duration.minutes(2), 1024, False),
        "Notify": ("notify", Duration.minutes(1), 512, False),
        "RecordFailure": ("record_failure", Duration.seconds(30), 512, False),
    }

    def __init__(self, scope: Construct, construct_id: str, *, config: DeployConfig, data: DataStack, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        defaults = data.function_defaults()

        self.tasks: dict[str, PythonFunction] = {}
        for task, (entry, timeout, memory, image) in self.TASKS.items():
            self.tasks[task] = PythonFunction(
                self,
                task,
                entry=entry,
                description=f"Pipeline task: {task}",
                defaults=defaults,
                timeout=timeout,
                memory_size=memory,
                container_image=image,
            )
        # The API stack invokes this one synchronously (ApiStack reads it from here).
        self.forecast_function = self.tasks["Forecast"].function
        if config.llm_secret_name:
            # Classification's LLM layer: the key is read lazily from Secrets Manager, never an env value.
            llm_key = secretsmanager.Secret.from_secret_name_v2(self, "LlmApiKey", config.llm_secret_name)
            classify = self.tasks["Classify"]
            llm_key.grant_read(classify.function)
            classify.function.add_environment("CASHPILOT_OPENAI_API_KEY_SECRET_ARN", llm_key.secret_arn)
            if config.llm_base_url:
                classify.function.add_environment("CASHPILOT_OPENAI_BASE_URL", config.llm_base_url)
            if config.llm_model:
                classify.function.add_environment("CASHPILOT_OPENAI_MODEL", config.llm_model)
        sender = ses_identity_arn(self, config.ses_identity)
        self.tasks["Notify"].function.add_to_role_policy(
            iam.PolicyStatement(actions=["ses:SendEmail", "ses:SendRawEmail"], resources=[sender])
        )
        self.tasks["Notify"].function.add_environment("CASHPILOT_MAIL_FROM", config.mail_from)

        substitutions = {f"{task}FunctionArn": fn.invoke_target.function_arn for task, fn in self.tasks.items()}
        # Checked here (every placeholder provided, valid JSON); CloudFormation substitutes the ARNs.
        definition = load_definition(PIPELINE_ASL, substitutions, substitute=False)

        execution_logs = logs.LogGroup(
            self,
            "ExecutionLogs",
            # Step Functions' resource policy for vended logs has a length limit; the /aws/vendedlogs/
            # prefix is the documented way around it.
            log_group_name=f"/aws/vendedlogs/states/{config.prefix}-pipeline",
            retention=logs.RetentionDays.ONE_MONTH,
        )
        self.state_machine = sfn.StateMachine(
            self,
            "Pipeline",
            state_machine_name=f"{config.prefix}-pipeline",
            state_machine_type=sfn.StateMachineType.STANDARD,
            # from_string rather than from_file: from_file uploads the file as an S3 asset, leaving no
            # DefinitionString in the template (cdk diff would show only an asset hash change).
            definition_body=sfn.DefinitionBody.from_string(definition),
            definition_substitutions=substitutions,
            logs=sfn.LogOptions(destination=execution_logs, level=sfn.LogLevel.ALL, include_execution_data=True),
            tracing_enabled=True,
        )
        for fn in self.tasks.values():
            fn.invoke_target.grant_invoke(self.state_machine)

        # --- S3 -> import parser -------------------------------------------------------------------
        self.import_dlq = DeadLetterQueue(
            self, "ImportDeadLetters", purpose="S3 import events the parser failed on", alarm_topic=data.alarm_topic
        )
        self.import_parser = PythonFunction(
            self,
            "ImportParser",
            entry="import_parser",
            description="Parses a statement dropped under imports/ and starts the pipeline",
            defaults=defaults,
            environment={
                "CASHPILOT_IMPORTS_BUCKET": data.imports_bucket.bucket_name,
                "CASHPILOT_PIPELINE_STATE_MACHINE_ARN": self.state_machine.state_machine_arn,
            },
            timeout=Duration.minutes(5),
            memory_size=1024,
            dead_letter_queue=self.import_dlq.queue,
            retry_attempts=2,
        )
        data.imports_bucket.grant_read(self.import_parser.function, f"{IMPORTS_PREFIX}*")
        self.state_machine.grant_start_execution(self.import_parser.function)

        # The notification is configured from this stack on the bucket by name: attaching it to
        # the data stack's bucket object would make the data stack depend on this one (a cycle).
        imports_bucket = s3.Bucket.from_bucket_name(self, "ImportsBucket", data.imports_bucket.bucket_name)
        imports_bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED,
            s3n.LambdaDestination(self.import_parser.function),
            s3.NotificationKeyFilter(prefix=IMPORTS_PREFIX),
        )
        for child in self.node.children:
            if child.node.id.startswith("BucketNotificationsHandler"):
                # CDK's own singleton handler (a custom resource) that writes the notification.
                acknowledge(
                    child,
                    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                    "AWSLambdaBasicExecutionRole]",
                    "CDK's BucketNotificationsHandler: AWS-managed basic execution role for its logs.",
                )

        # --- alarms ---------------------------------------------------------------------------------
        for name, metric in (
            ("ExecutionsFailed", self.state_machine.metric_failed(period=Duration.minutes(5), statistic="Sum")),
            ("ExecutionsTimedOut", self.state_machine.metric_timed_out(period=Duration.minutes(5), statistic="Sum")),
        ):
            alarm_on_any(self, f"Pipeline{name}Alarm", description=f"Pipeline state machine: {name}", metric=metric,
                         topic=data.alarm_topic)
