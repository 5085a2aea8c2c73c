"""Deployment settings, read once from CDK context.

Every knob lives in `cdk.json` under keys prefixed `cashpilot:` and can be overridden per deploy with
`-c cashpilot:key=value` (the CLI passes those as strings, hence the lenient parsing below). Nothing
here is looked up in an AWS account: synthesis stays offline and deterministic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from constructs import Node

PREFIX = "cashpilot:"


def _get(node: Node, key: str, default: Any) -> Any:
    value = node.try_get_context(PREFIX + key)
    return default if value is None or value == "" else value


def _int(node: Node, key: str, default: int | None) -> int | None:
    value = _get(node, key, default)
    return None if value is None else int(value)


def _float(node: Node, key: str, default: float) -> float:
    return float(_get(node, key, default))


def _bool(node: Node, key: str, default: bool) -> bool:
    value = _get(node, key, default)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def _list(node: Node, key: str) -> list[str]:
    value = _get(node, key, [])
    if isinstance(value, str):
        # `-c cashpilot:corsOrigins='["https://a"]'` or a comma-separated list
        value = json.loads(value) if value.lstrip().startswith("[") else value.split(",")
    return [str(v).strip() for v in value if str(v).strip()]


def _str(node: Node, key: str) -> str | None:
    value = _get(node, key, None)
    return None if value is None else str(value)


@dataclass(frozen=True)
class DeployConfig:
    stage: str
    account: str | None
    region: str | None
    availability_zones: list[str]
    nat_gateways: int
    aurora_engine_version: str
    aurora_min_acu: float
    aurora_max_acu: float
    aurora_readers: int
    backup_retention_days: int
    db_secret_rotation_days: int
    database_name: str
    imports_raw_retention_days: int
    noncurrent_version_retention_days: int
    access_log_retention_days: int
    log_retention_days: int
    api_throttle_rate_limit: int
    api_throttle_burst_limit: int
    api_memory_mb: int
    api_reserved_concurrency: int | None
    api_provisioned_concurrency: int
    cors_origins: list[str]
    api_domain_name: str | None
    api_certificate_arn: str | None
    ses_identity: str
    ses_vpc_endpoint: bool
    alarm_email: str | None
    # Name of a Secrets Manager secret holding an OpenAI-compatible API key; unset = no LLM layer.
    llm_secret_name: str | None = None
    llm_base_url: str | None = None
    llm_model: str | None = None

    @property
    def prefix(self) -> str:
        """Physical-name prefix: several stages can share one account."""
        return f"cashpilot-{self.stage}"

    @property
    def ses_identity_is_address(self) -> bool:
        return "@" in self.ses_identity

    @property
    def mail_from(self) -> str:
        """The sender of alert emails and the digest: the identity itself, or noreply@ its domain."""
        return self.ses_identity if self.ses_identity_is_address else f"noreply@{self.ses_identity}"

    @classmethod
    def from_node(cls, node: Node) -> DeployConfig:
        cfg = cls(
            stage=str(_get(node, "stage", "dev")),
            account=_str(node, "account"),
            region=_str(node, "region"),
            availability_zones=_list(node, "availabilityZones"),
            nat_gateways=_int(node, "natGateways", 0) or 0,
            aurora_engine_version=str(_get(node, "auroraEngineVersion", "16.9")),
            aurora_min_acu=_float(node, "auroraMinAcu", 0.5),
            aurora_max_acu=_float(node, "auroraMaxAcu", 4),
            aurora_readers=_int(node, "auroraReaders", 0) or 0,
            backup_retention_days=_int(node, "backupRetentionDays", 14) or 14,
            db_secret_rotation_days=_int(node, "dbSecretRotationDays", 0) or 0,
            database_name=str(_get(node, "databaseName", "cashpilot")),
            imports_raw_retention_days=_int(node, "importsRawRetentionDays", 90) or 90,
            noncurrent_version_retention_days=_int(node, "noncurrentVersionRetentionDays", 30) or 30,
            access_log_retention_days=_int(node, "accessLogRetentionDays", 365) or 365,
            log_retention_days=_int(node, "logRetentionDays", 30) or 30,
            api_throttle_rate_limit=_int(node, "apiThrottleRateLimit", 50) or 50,
            api_throttle_burst_limit=_int(node, "apiThrottleBurstLimit", 100) or 100,
            api_memory_mb=_int(node, "apiMemoryMb", 1024) or 1024,
            api_reserved_concurrency=_int(node, "apiReservedConcurrency", None),
            api_provisioned_concurrency=_int(node, "apiProvisionedConcurrency", 0) or 0,
            cors_origins=_list(node, "corsOrigins"),
            api_domain_name=_str(node, "apiDomainName"),
            api_certificate_arn=_str(node, "apiCertificateArn"),
            ses_identity=str(_get(node, "sesIdentity", "example.com")),
            ses_vpc_endpoint=_bool(node, "sesVpcEndpoint", True),
            alarm_email=_str(node, "alarmEmail"),
            llm_secret_name=_str(node, "llmSecretName"),
            llm_base_url=_str(node, "llmBaseUrl"),
            llm_model=_str(node, "llmModel"),
        )
        cfg.validate()
        return cfg

    def validate(self) -> None:
        if not 0 <= self.aurora_min_acu <= self.aurora_max_acu <= 256:
            raise ValueError("cashpilot:auroraMinAcu/auroraMaxAcu must satisfy 0 <= min <= max <= 256")
        if (self.api_domain_name is None) != (self.api_certificate_arn is None):
            raise ValueError("cashpilot:apiDomainName and cashpilot:apiCertificateArn go together")
        if (self.account is None) != (self.region is None):
            raise ValueError("set both cashpilot:account and cashpilot:region, or neither")
        if self.nat_gateways < 0:
            raise ValueError("cashpilot:natGateways must be >= 0")
        if self.llm_secret_name and self.nat_gateways == 0:
            # The functions run in private subnets: without a NAT gateway they cannot reach the model's API.
            raise ValueError("cashpilot:llmSecretName needs cashpilot:natGateways >= 1 (the LLM is outside the VPC)")
