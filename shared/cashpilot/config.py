"""The one place that reads the environment.

Every other module asks `get_settings()`; tests change the environment and call
`get_settings.cache_clear()` (see `reset_caches`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASHPILOT_", extra="ignore", populate_by_name=True)

    # "local" = laptop / tests (embedded PostgreSQL, secrets on disk); "aws" = deployed.
    environment: Literal["local", "aws"] = "local"

    # Local data directory: embedded PostgreSQL cluster, generated secrets, local-cloud state.
    data_dir: Path = Path(".cashpilot")

    # Owner connection (migrations). Unset locally: the embedded PostgreSQL is used.
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "CASHPILOT_DATABASE_URL")
    )
    # The app's own connection (non-owner role). Unset: derived from database_url (see adapters.db.urls).
    database_app_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_APP_URL", "CASHPILOT_DATABASE_APP_URL")
    )
    database_app_password: SecretStr | None = None
    # In AWS the app's credentials come from Secrets Manager (RDS-style JSON secret), read lazily.
    database_app_secret_arn: str | None = None
    database_owner_secret_arn: str | None = None
    database_host: str | None = None  # RDS Proxy endpoint, overrides the secret's host
    database_name: str = "cashpilot"
    db_app_role: str = "cashpilot_app"
    db_pool_size: int = 5
    db_max_overflow: int = 5
    db_statement_timeout_ms: int = 15_000
    auto_migrate: bool = True

    # Auth. Locally the signing key is generated once into the data dir; in AWS it is a secret.
    jwt_secret: SecretStr | None = None
    jwt_secret_arn: str | None = None
    jwt_issuer: str = "cashpilot"
    access_token_ttl_seconds: int = 900
    refresh_token_ttl_days: int = 30
    login_max_failures: int = 5
    login_max_failures_per_ip: int = 30
    login_window_seconds: int = 900
    # Argon2id parameters (RFC 9106 "second recommended" profile by default).
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65_536
    argon2_parallelism: int = 4

    # AWS resources. Locally the local cloud (moto) answers on aws_endpoint_url; without it, imports
    # keep their files under the data dir and the pipeline is not started.
    aws_endpoint_url: str | None = None
    aws_region: str = Field(default="eu-west-1", validation_alias=AliasChoices("AWS_REGION", "AWS_DEFAULT_REGION"))
    imports_bucket: str | None = None
    reports_bucket: str | None = None
    # The verified SES identity alert emails and the weekly digest are sent from; unset: nothing is emailed
    # (alerts still show in the app).
    mail_from: str | None = None
    pipeline_state_machine_arn: str | None = None
    # The forecast function the API hands engine work to (its own zip has no statsforecast); unset:
    # the API runs it in-process (locally, in tests). See adapters/forecast_runner.py.
    forecast_function_name: str | None = Field(
        default=None, validation_alias=AliasChoices("FORECAST_FUNCTION_NAME", "CASHPILOT_FORECAST_FUNCTION_NAME")
    )

    # Imports
    import_max_bytes: int = 50 * 1024 * 1024
    import_upload_url_ttl_seconds: int = 900
    import_preview_rows: int = 20

    # LLM categorisation (adapters.llm): off unless a key is configured. The plain OPENAI_* names
    # are accepted because that is what every OpenAI-compatible tool documents.
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "CASHPILOT_OPENAI_API_KEY")
    )
    # In AWS the key lives in Secrets Manager, read lazily when a classifier is built.
    openai_api_key_secret_arn: str | None = None
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "CASHPILOT_OPENAI_BASE_URL")
    )
    openai_model: str = Field(
        default="gpt-4o-mini", validation_alias=AliasChoices("OPENAI_MODEL", "CASHPILOT_OPENAI_MODEL")
    )
    llm_batch_size: int = 40
    llm_timeout_seconds: float = 30

    # Chat co-pilot (services.chat). With an OpenAI key the agent answers (function calling in a bounded
    # loop), without one the offline analyst. chat_model unset: openai_model.
    chat_model: str | None = None
    chat_max_tool_calls: int = 6
    # The whole answer, every model request and tool call included. Below the API Lambda's 29 s (and API
    # Gateway's 30 s) so the reply, even a cut-short one, is stored and returned before they give up.
    chat_timeout_seconds: float = 20
    chat_token_budget: int = 30_000  # prompt + completion tokens over all requests of one answer
    chat_history_messages: int = 10  # earlier turns of the session the agent sees
    chat_max_message_chars: int = 2_000
    # Per business, counted in the database (many API Lambdas share no memory).
    chat_rate_limit_per_minute: int = 10
    chat_rate_limit_per_hour: int = 120

    # HTTP
    max_body_bytes: int = 1_048_576
    cors_origins: list[str] = Field(default_factory=list)
    default_page_size: int = 50
    max_page_size: int = 500


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_caches() -> None:
    """Forget settings and everything built from them (engines, keys). For tests and the CLI."""
    get_settings.cache_clear()
    from cashpilot.adapters import mail, objects, passwords, secrets, tokens, workflows
    from cashpilot.adapters.db import engine

    engine.dispose_engines()
    mail.clear_cache()
    objects.clear_cache()
    workflows.clear_cache()
    secrets.clear_cache()
    tokens.clear_cache()
    passwords.clear_cache()
