"""With an LLM key configured (`cashpilot:llmSecretName`), the functions that talk to the model get the
secret's ARN (never its value) and read access to that secret only: Classify (categorising what nothing
else could) and the API (the chat's agent). Without it neither has any (the default synthesis)."""

from __future__ import annotations

import pytest
from aws_cdk.assertions import Template

from infra.app import build_app
from tests.infra.cdk_helpers import as_list, flatten, function_by_handler, iam_statements
from tests.infra.conftest import TEST_CONTEXT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def with_llm(tmp_path_factory):
    context = {**TEST_CONTEXT, "cashpilot:llmSecretName": "cashpilot/openai", "cashpilot:natGateways": 1,
               "cashpilot:llmModel": "gpt-4.1-mini"}
    built = build_app(context=context, outdir=str(tmp_path_factory.mktemp("cdk.out.llm")))
    built.app.synth()
    return {name: Template.from_stack(stack).to_json() for name, stack in built.stacks.items()}


def _secret_reads(template: dict, stack: str) -> list[str]:
    return [flatten(statement["Resource"]) for _, _, statement in iam_statements({stack: template})
            if "secretsmanager:GetSecretValue" in as_list(statement["Action"])]


@pytest.mark.parametrize("stack, entry", [("pipeline", "classify"), ("api", "api")])
def test_the_functions_that_call_the_model_get_the_secrets_arn_and_may_read_it(with_llm, stack, entry):
    _, function = function_by_handler(with_llm[stack], entry)
    env = function["Properties"]["Environment"]["Variables"]
    assert "cashpilot/openai" in flatten(env["CASHPILOT_OPENAI_API_KEY_SECRET_ARN"])
    assert env["CASHPILOT_OPENAI_MODEL"] == "gpt-4.1-mini"
    assert any("cashpilot/openai" in r for r in _secret_reads(with_llm[stack], stack))


def test_without_a_key_the_api_has_no_llm_settings(synth):
    _, function = function_by_handler(synth.json("api"), "api")
    assert not any("OPENAI" in name for name in function["Properties"]["Environment"]["Variables"])
