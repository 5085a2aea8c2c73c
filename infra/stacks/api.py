"""The HTTP API: API Gateway (HTTP API, payload v2) -> one Lambda running the FastAPI app via Mangum."""

from __future__ import annotations

import json

import jsii
from aws_cdk import CfnOutput, Duration, Stack
from aws_cdk import aws_apigateway as apigw_v1
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from infra.config import DeployConfig
from infra.constructs.python_function import PythonFunction
from infra.nag import acknowledge
from infra.stacks.data import IMPORTS_PREFIX, DataStack
from infra.stacks.pipeline import PipelineStack

# No query strings, headers or bodies: they may carry credentials or personal data.
ACCESS_LOG_FORMAT = {
    "requestId": "$context.requestId",
    "requestTime": "$context.requestTime",
    "ip": "$context.identity.sourceIp",
    "userAgent": "$context.identity.userAgent",
    "method": "$context.httpMethod",
    "routeKey": "$context.routeKey",
    "path": "$context.path",
    "protocol": "$context.protocol",
    "status": "$context.status",
    "responseLength": "$context.responseLength",
    "responseLatency": "$context.responseLatency",
    "integrationLatency": "$context.integrationLatency",
    "integrationError": "$context.integrationErrorMessage",
}


@jsii.implements(apigw.IAccessLogSettings)
class _AccessLogSettings:
    def __init__(self, log_group: logs.ILogGroup) -> None:
        self._destination = apigw.LogGroupLogDestination(log_group)
        self._format = apigw_v1.AccessLogFormat.custom(json.dumps(ACCESS_LOG_FORMAT))

    @property
    def destination(self) -> apigw.IAccessLogDestination:
        return self._destination

    @property
    def format(self) -> apigw_v1.AccessLogFormat:
        return self._format


class ApiStack(Stack):
    def __init__(
        self, scope: Construct, construct_id: str, *, config: DeployConfig, data: DataStack, pipeline: PipelineStack,
        **kwargs,
    ):
        super().__init__(scope, construct_id, **kwargs)
        defaults = data.function_defaults()
        self.api_function = PythonFunction(
            self,
            "Api",
            entry="api",
            description="CashPilot HTTP API (FastAPI behind Mangum)",
            defaults=defaults,
            environment={
                "CASHPILOT_JWT_SECRET_ARN": data.jwt_secret.secret_arn,
                "CASHPILOT_IMPORTS_BUCKET": data.imports_bucket.bucket_name,
                "CASHPILOT_REPORTS_BUCKET": data.reports_bucket.bucket_name,
                "CASHPILOT_PIPELINE_STATE_MACHINE_ARN": pipeline.state_machine.state_machine_arn,
                # On-demand forecasts and scenario simulations run in the forecast function (the
                # API's zip has no statsforecast): adapters/forecast_runner.py invokes it by name.
                "FORECAST_FUNCTION_NAME": pipeline.forecast_function.function_name,
            },
            # API Gateway gives up after 30 s; the function should fail first, visibly.
            timeout=Duration.seconds(29),
            # Argon2id hashing (64 MiB, 4 lanes) is the heaviest request; memory buys CPU too.
            memory_size=config.api_memory_mb,
            reserved_concurrency=config.api_reserved_concurrency,
            provisioned_concurrency=config.api_provisioned_concurrency,
        )
        fn = self.api_function.function
        data.jwt_secret.grant_read(fn)
        # Presigned upload URLs are signed with the function's own permissions; confirming or
        # re-mapping an import reads the file again and, on confirm, starts the pipeline.
        data.imports_bucket.grant_put(fn, f"{IMPORTS_PREFIX}*")
        data.imports_bucket.grant_read(fn, f"{IMPORTS_PREFIX}*")
        pipeline.state_machine.grant_start_execution(fn)
        # Dependency direction: api -> pipeline, as for the state machine above. The function lives in
        # the pipeline stack and this stack reads its name and ARN from the pipeline stack's outputs;
        # nothing in the pipeline stack refers to this one, so there is no cycle.
        # That is also why this is an identity policy on the API's role, written here, and not
        # `grant_invoke`, which may put a resource policy on the function (in the pipeline stack,
        # naming this stack's role: a cycle). Least privilege: the unqualified ARN the runner
        # invokes, no `:*` for versions or aliases.
        fn.add_to_role_policy(
            iam.PolicyStatement(actions=["lambda:InvokeFunction"], resources=[pipeline.forecast_function.function_arn])
        )
        data.reports_bucket.grant_read(fn)
        if config.llm_secret_name:
            # The chat's OpenAI-compatible agent: the key is read lazily from Secrets Manager, never an env
            # value (without it the chat answers with the offline analyst). Reaching the model needs an
            # egress path out of the VPC (natGateways > 0), as classification's LLM layer does.
            llm_key = secretsmanager.Secret.from_secret_name_v2(self, "LlmApiKey", config.llm_secret_name)
            llm_key.grant_read(fn)
            fn.add_environment("CASHPILOT_OPENAI_API_KEY_SECRET_ARN", llm_key.secret_arn)
            if config.llm_base_url:
                fn.add_environment("CASHPILOT_OPENAI_BASE_URL", config.llm_base_url)
            if config.llm_model:
                fn.add_environment("CASHPILOT_OPENAI_MODEL", config.llm_model)

        cors = None
        if config.cors_origins:
            cors = apigw.CorsPreflightOptions(
                allow_origins=config.cors_origins,
                allow_methods=[apigw.CorsHttpMethod.ANY],
                allow_headers=["authorization", "content-type", "idempotency-key", "x-business-id", "x-request-id"],
                max_age=Duration.hours(1),
            )
        self.http_api = apigw.HttpApi(
            self,
            "HttpApi",
            api_name=f"{config.prefix}-api",
            description="CashPilot API",
            cors_preflight=cors,
            default_integration=integrations.HttpLambdaIntegration(
                "ApiIntegration",
                self.api_function.invoke_target,
                payload_format_version=apigw.PayloadFormatVersion.VERSION_2_0,
            ),
            create_default_stage=False,
            # With a custom domain, clients must not bypass it through the execute-api hostname.
            disable_execute_api_endpoint=config.api_domain_name is not None,
        )
        # Routing is done by FastAPI, authentication too (CashPilot issues and verifies its own
        # tokens; /auth/login and /health must be reachable without one).
        acknowledge(
            self.http_api,
            "AwsSolutions-APIG4",
            "Authentication is enforced in the application (own JWTs, verified per request); "
            "login and health routes must be public.",
        )

        access_logs = logs.LogGroup(self, "AccessLogs", retention=logs.RetentionDays.THREE_MONTHS)
        domain_mapping = None
        if config.api_domain_name and config.api_certificate_arn:
            self.domain = apigw.DomainName(
                self,
                "Domain",
                domain_name=config.api_domain_name,
                certificate=acm.Certificate.from_certificate_arn(self, "Certificate", config.api_certificate_arn),
            )
            domain_mapping = apigw.DomainMappingOptions(domain_name=self.domain)
            CfnOutput(
                self,
                "DomainTarget",
                value=self.domain.regional_domain_name,
                description="Point the custom domain's DNS (CNAME/alias) here",
            )
        self.stage = apigw.HttpStage(
            self,
            "DefaultStage",
            http_api=self.http_api,
            stage_name="$default",
            auto_deploy=True,
            throttle=apigw.ThrottleSettings(
                rate_limit=config.api_throttle_rate_limit, burst_limit=config.api_throttle_burst_limit
            ),
            access_log_settings=_AccessLogSettings(access_logs),
            domain_mapping=domain_mapping,
        )
        CfnOutput(
            self,
            "ApiUrl",
            value=self.stage.url if config.api_domain_name is None else f"https://{config.api_domain_name}/",
        )
