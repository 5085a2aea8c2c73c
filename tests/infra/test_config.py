"""Deployment settings from CDK context, including the strings `cdk -c key=value` passes."""

from __future__ import annotations

import pytest
from aws_cdk import App

from infra.app import committed_context
from infra.config import DeployConfig


def _config(**context) -> DeployConfig:
    return DeployConfig.from_node(App(context={f"cashpilot:{k}": v for k, v in context.items()}).node)


def test_committed_context_gives_a_deployable_default_stage():
    cfg = DeployConfig.from_node(App(context=committed_context()).node)
    assert cfg.stage == "dev"
    assert cfg.nat_gateways == 0
    assert 0 < cfg.aurora_min_acu <= cfg.aurora_max_acu
    assert cfg.account is None and cfg.region is None  # environment-agnostic: nothing to look up


def test_cli_strings_are_parsed():
    cfg = _config(
        natGateways="1",
        auroraMinAcu="0",
        auroraMaxAcu="8",
        corsOrigins="https://a.example,https://b.example",
        sesVpcEndpoint="false",
        apiReservedConcurrency="20",
    )
    assert cfg.nat_gateways == 1
    assert (cfg.aurora_min_acu, cfg.aurora_max_acu) == (0.0, 8.0)
    assert cfg.cors_origins == ["https://a.example", "https://b.example"]
    assert cfg.ses_vpc_endpoint is False
    assert cfg.api_reserved_concurrency == 20


@pytest.mark.parametrize(
    "context",
    [
        {"auroraMinAcu": "8", "auroraMaxAcu": "2"},
        {"apiDomainName": "api.example.com"},  # a domain needs its certificate
        {"account": "123456789012"},  # and an account its region
    ],
)
def test_inconsistent_settings_fail_at_synth(context):
    with pytest.raises(ValueError):
        _config(**context)


def test_an_llm_key_needs_egress():
    with pytest.raises(ValueError, match="natGateways"):
        _config(llmSecretName="cashpilot/openai")
    cfg = _config(llmSecretName="cashpilot/openai", natGateways=1, llmModel="gpt-4.1-mini")
    assert (cfg.llm_secret_name, cfg.llm_model, cfg.llm_base_url) == ("cashpilot/openai", "gpt-4.1-mini", None)
