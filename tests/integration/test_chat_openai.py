"""The OpenAI brain against a local OpenAI-compatible server (tests/support/fake_openai.py) through the
real `openai` client: scripted tool calls run over the business's data, results go back as JSON data,
and every limit ends in an honest answer - a tool error, the tool-call limit, the token budget, a model
that does not answer in time, a model that cannot be reached.

The loop is tested with a two-tool registry over the real database (`stand_in_tools`), so the scripts do
not depend on the production tools' arguments; `test_the_production_tools_drive_the_agent` runs the
real registry once.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.config import get_settings
from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.roles import Role
from cashpilot.services.chat.agent import REMEMBER, OpenAIAgent, exposed_tools
from cashpilot.services.chat.model import ToolResult, ToolSpec
from cashpilot.services.chat.tools import TOOLS
from cashpilot.services.context import Tenant
from pydantic import SecretStr
from sqlalchemy import text

from tests.support.fake_openai import (
    FakeOpenAI,
    HttpReply,
    error_responder,
    offered_tools,
    script,
    sleeping,
    tool_calls,
    tool_results,
)

TODAY = date(2026, 3, 15)

# ------------------------------------------------------------------------------------- stand-in tools

_OBJECT = {"type": "object", "additionalProperties": False}
STAND_IN_TOOLS = {
    "revenue_summary": ToolSpec(
        "revenue_summary", "Money in over a month (YYYY-MM).",
        {**_OBJECT, "properties": {"month": {"type": "string"}}, "required": ["month"]}),
    "search_transactions": ToolSpec(
        "search_transactions", "Transactions whose description contains a text.",
        {**_OBJECT, "properties": {"text": {"type": "string"}}, "required": ["text"]}),
    "explode": ToolSpec("explode", "A tool that fails with a database error.", {**_OBJECT, "properties": {}}),
    "delete_everything": ToolSpec("delete_everything", "Writes: must never be offered.", {**_OBJECT, "properties": {}},
                                  read_only=False),
}


def stand_in_call(uow: UnitOfWork, tenant: Tenant, name: str, arguments: dict[str, Any], *, today: date) -> ToolResult:
    """What the production `call_tool` does, for three tiny tools: tenant-scoped reads, errors as results."""
    b = tenant.business_id
    if name == "revenue_summary":
        month = str(arguments.get("month", ""))
        try:
            first = date.fromisoformat(month + "-01")
        except ValueError:
            raise InvalidInput(f"month must be YYYY-MM, not {month!r}") from None
        rows = uow.session.execute(text(
            "SELECT id, amount FROM transactions WHERE business_id = :b AND amount > 0 "
            "AND date_trunc('month', transaction_date) = :m ORDER BY id"), {"b": b, "m": first}).all()
        total = sum((r.amount for r in rows), Decimal("0.00"))
        return ToolResult(name, arguments, {"month": month, "revenue": format(total, "f"), "currency": tenant.currency},
                          references={"transactions": [str(r.id) for r in rows]})
    if name == "search_transactions":
        rows = uow.session.execute(text(
            "SELECT id, amount, description FROM transactions WHERE business_id = :b "
            "AND description ILIKE '%' || :t || '%' ORDER BY transaction_date, id"),
            {"b": b, "t": str(arguments.get("text", ""))}).all()
        return ToolResult(name, arguments, {"transactions": [
            {"id": str(r.id), "amount": format(r.amount, "f"), "description": r.description} for r in rows]},
            references={"transactions": [str(r.id) for r in rows]})
    if name == "explode":
        uow.session.execute(text("SELECT 1 / 0"))
    if name == "delete_everything":  # pragma: no cover - the point is that it is never reached
        raise AssertionError("a write tool was executed")
    return ToolResult(name, arguments, None, error=f"unknown tool {name}")


class Recorder:
    """Wraps a call_tool and records every tool actually executed."""

    def __init__(self, call=stand_in_call) -> None:
        self.call = call
        self.executed: list[str] = []

    def __call__(self, uow, tenant, name, arguments, *, today):
        self.executed.append(name)
        return self.call(uow, tenant, name, arguments, today=today)


# ------------------------------------------------------------------------------------------ fixtures

def tenant_of(api) -> Tenant:
    return Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=Role.OWNER,
                  currency="EUR", timezone="Europe/London")


@pytest.fixture
def shop(owner):
    """A business with February revenue of 1,500.00 (two payments) and one expense."""
    account = owner.create_account("Main", opening_balance="1000.00", opening_balance_date="2026-01-01")
    owner.create_transaction(account["id"], "1000.00", "2026-02-03", description="Invoice 17 Acme")
    owner.create_transaction(account["id"], "500.00", "2026-02-20", description="Invoice 18 Globex")
    owner.create_transaction(account["id"], "-120.00", "2026-02-21", description="Office rent")
    return owner


@pytest.fixture
def server():
    with FakeOpenAI(api_key="test-key") as s:
        yield s


def agent(server: FakeOpenAI, recorder: Recorder | None = None, **kw) -> OpenAIAgent:
    options = {"max_tool_calls": 4, "timeout": 10.0, "token_budget": 100_000, **kw}
    return OpenAIAgent(api_key="test-key", base_url=server.base_url, model="test-model", tools=STAND_IN_TOOLS,
                       call_tool=recorder or Recorder(), **options)


def ask(api, brain: OpenAIAgent, question: str, **kw):
    tenant = tenant_of(api)
    events: list[tuple[str, dict]] = []
    with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id) as uow:
        reply = brain.answer(uow, tenant, question, today=TODAY, on_event=lambda k, d: events.append((k, d)), **kw)
    return reply, events


def answer_from_results(body: dict) -> str:
    """A well-behaved model: states the revenue the tool returned, nothing else."""
    results = [r["content"] for r in tool_results(body)]
    revenue = next(r["data"]["revenue"] for r in results if r.get("tool") == "revenue_summary" and "data" in r)
    return f"Revenue in February was EUR {revenue}."


# -------------------------------------------------------------------------------------------- tests

def test_scripted_tool_calls_through_the_real_client(shop, server):
    server.responder = script(tool_calls(("revenue_summary", {"month": "2026-02"})), answer_from_results)
    recorder = Recorder()

    reply, events = ask(shop, agent(server, recorder), "How much came in last month?",
                        memory={"cash_buffer": "20000"},
                        history=[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Hello!"}])

    assert reply.brain == "openai"
    assert reply.answer == "Revenue in February was EUR 1500.00."
    assert [s.name for s in reply.steps] == ["revenue_summary"] == recorder.executed
    assert reply.steps[0].result["revenue"] == "1500.00"
    assert len(reply.data_references["transactions"]) == 2
    assert reply.tokens > 0
    # Events: the call, its result, then the answer.
    assert [k for k, _ in events] == ["reasoning", "reasoning", "content"]
    assert events[0][1] == {"tool": "revenue_summary", "arguments": {"month": "2026-02"}}
    assert events[1][1]["result"]["revenue"] == "1500.00"
    # What the model saw: the context and memory as data, the history, the rules; the result as JSON.
    first, second = server.requests
    system = first["messages"][0]["content"]
    assert first["model"] == "test-model"
    assert "Owner Co" in system and '"currency":"EUR"' in system and "2026-03-15" in system
    assert '"available_cash_today":"2380.00"' in system and '"cash_buffer":"20000"' in system
    assert "never instructions" in system
    assert [m["role"] for m in first["messages"]] == ["system", "user", "assistant", "user"]
    assert set(offered_tools(first)) == {"revenue_summary", "search_transactions", "explode", REMEMBER}
    assert tool_results(second)[0]["content"] == {"tool": "revenue_summary", "data": reply.steps[0].result}
    assert server.headers[0]["authorization"] == "Bearer test-key"


def test_write_tools_are_never_offered_to_the_model():
    exposed = exposed_tools(STAND_IN_TOOLS)
    assert "delete_everything" not in exposed
    assert all(spec.read_only for name, spec in exposed.items() if name != REMEMBER)


def test_a_tool_error_goes_back_to_the_model_and_the_next_tool_still_works(shop, server):
    server.responder = script(
        tool_calls(("revenue_summary", {"month": "February"}), ("explode", {})),
        tool_calls(("revenue_summary", {"month": "2026-02"}), ("revenue_summary", "{not json")),
        answer_from_results,
    )
    reply, _ = ask(shop, agent(server), "Revenue in February?")

    assert reply.answer == "Revenue in February was EUR 1500.00."
    errors = [s.error for s in reply.steps]
    assert "month must be YYYY-MM" in errors[0]
    assert "DivisionByZero" in errors[1] or "DataError" in errors[1]  # the tool failed; the details stay in logs
    assert errors[2] is None  # the failed statement was rolled back to its savepoint
    assert errors[3] == "The arguments are not valid JSON."
    sent = [r["content"] for r in tool_results(server.requests[1])]
    assert sent[0]["error"].startswith("month must be YYYY-MM") and "data" not in sent[0]
    assert "failed" in sent[1]["error"]


def test_an_unknown_tool_is_refused_without_running_anything(shop, server):
    server.responder = script(tool_calls(("delete_everything", {}), ("transfer_money", {"amount": "10000"})),
                              "I cannot do that.")
    recorder = Recorder()
    reply, _ = ask(shop, agent(server, recorder), "Clean up my books")

    assert recorder.executed == []
    assert [(s.name, s.result) for s in reply.steps] == [("delete_everything", None), ("transfer_money", None)]
    assert all("no tool named" in s.error for s in reply.steps)
    assert "no tool named 'transfer_money'" in tool_results(server.requests[1])[1]["content"]["error"]
    assert reply.answer == "I cannot do that."


def _greedy(body: dict) -> Any:
    """A model that always wants one more call, and answers only when no tool may be called."""
    if body.get("tool_choice") == "none":
        got = [r["content"]["data"]["revenue"] for r in tool_results(body) if "data" in r["content"]]
        return f"So far: revenue EUR {got[0]}."
    return tool_calls(("revenue_summary", {"month": "2026-02"}))


def test_the_tool_call_limit_ends_with_an_honest_answer(shop, server):
    server.responder = _greedy
    recorder = Recorder()
    reply, _ = ask(shop, agent(server, recorder, max_tool_calls=3), "Dig into everything")

    assert len(recorder.executed) == 3 == len(reply.steps)
    assert reply.answer.startswith("So far: revenue EUR 1500.00.")
    assert "I stopped after 3 tool calls" in reply.answer
    # Four model turns asked for tools; the fourth call was answered "not run"; one last turn without tools.
    assert len(server.requests) == 5
    last = server.requests[-1]
    assert last["tool_choice"] == "none"
    assert "not run" in tool_results(last)[-1]["content"]["error"]


def test_at_the_limit_a_model_that_still_will_not_answer_gets_the_findings_listed(shop, server):
    server.responder = lambda body: tool_calls(("revenue_summary", {"month": "2026-02"}))
    reply, _ = ask(shop, agent(server, max_tool_calls=2), "Dig")

    assert reply.answer.startswith("I stopped after 2 tool calls")
    assert "What I found before stopping" in reply.answer and '"revenue": "1500.00"' in reply.answer


def test_a_model_that_does_not_answer_in_time_is_cut_off(shop, server):
    server.responder = script(tool_calls(("revenue_summary", {"month": "2026-02"})), sleeping(5, "late"))
    started = time.monotonic()
    reply, _ = ask(shop, agent(server, timeout=1.5), "Revenue?")
    elapsed = time.monotonic() - started

    assert elapsed < 3.5
    assert reply.answer.startswith("I stopped after 1.5 seconds")
    assert '"revenue": "1500.00"' in reply.answer  # what it had
    assert [s.name for s in reply.steps] == ["revenue_summary"]


def test_the_token_budget_stops_further_requests(shop, server):
    server.responder = lambda body: tool_calls(("revenue_summary", {"month": "2026-02"}),
                                               prompt_tokens=900, completion_tokens=200)
    reply, _ = ask(shop, agent(server, token_budget=2000), "Revenue?")

    assert len(server.requests) == 2 and reply.tokens == 2200
    assert reply.answer.startswith("I stopped after using 2200 tokens")


@pytest.mark.parametrize("responder", [error_responder(401, "Incorrect API key"), error_responder(500)])
def test_a_model_that_cannot_be_used_gets_an_honest_reply(shop, server, responder):
    server.responder = responder
    reply, _ = ask(shop, agent(server), "Revenue?")

    assert reply.answer.startswith("The language model could not be reached")
    assert reply.steps == []


def test_the_remember_tool_only_hands_the_fact_back(shop, server):
    server.responder = script(tool_calls((REMEMBER, {"key": "Cash Buffer", "value": "20000"}),
                                         (REMEMBER, {"key": "", "value": "x"})), "Noted.")
    recorder = Recorder()
    reply, _ = ask(shop, agent(server, recorder), "Remember our buffer is 20k")

    assert recorder.executed == []
    assert reply.memory_updates == {"cash_buffer": "20000"}
    assert reply.steps[0].result == {"remembered": {"cash_buffer": "20000"}}
    assert "memory key" in reply.steps[1].error
    assert reply.answer == "Noted."


def test_an_empty_completion_is_not_passed_off_as_an_answer(shop, server):
    server.responder = lambda body: HttpReply(200, {
        "id": "x", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": ""}, "finish_reason": "stop"}]})
    reply, _ = ask(shop, agent(server), "Revenue?")
    assert reply.understood is False and "empty answer" in reply.answer


def test_with_a_key_configured_the_api_answers_through_the_agent_with_the_production_tools(shop, server,
                                                                                           monkeypatch):
    settings = get_settings()
    monkeypatch.setattr(settings, "openai_api_key", SecretStr("test-key"))
    monkeypatch.setattr(settings, "openai_base_url", server.base_url)
    monkeypatch.setattr(settings, "chat_model", "chat-model")

    def answer(body: dict) -> str:
        total = next(r["content"]["data"]["total"] for r in tool_results(body)
                     if r["content"].get("tool") == "account_balances")
        return f"You have EUR {total}."

    server.responder = script(
        tool_calls(("account_balances", {}), (REMEMBER, {"key": "cash_buffer", "value": "20000"})), answer)
    session = shop.ok("POST", "/chat/sessions", 201)
    r = shop.post(f"/chat/sessions/{session['id']}/messages", json={"content": "Balance? We keep a 20k buffer."},
                  headers={"Accept": "text/event-stream"})
    assert r.status_code == 200
    done = [block for block in r.text.split("\n\n") if block.startswith("event: done")]
    reply = json.loads(done[0].split("data: ", 1)[1])["reply"]
    assert reply["brain"] == "openai" and reply["answer"] == "You have EUR 2380.00."
    assert [s["tool"] for s in reply["steps"]] == ["account_balances", REMEMBER]
    assert reply["data_references"]["accounts"] and reply["tokens"] > 0
    assert reply["memory_updates"] == {"cash_buffer": "20000"}
    assert server.requests[0]["model"] == "chat-model"
    assert set(offered_tools(server.requests[0])) == {*(n for n, s in TOOLS.items() if s.read_only), REMEMBER}
    memory = shop.ok("GET", "/ai/memory")["items"]
    assert [(m["key"], m["value"], m["source"]) for m in memory] == [("cash_buffer", "20000", "chat")]


def test_the_key_is_read_from_secrets_manager_lazily_and_an_unreadable_secret_means_offline(monkeypatch):
    import boto3
    from cashpilot.adapters import secrets
    from cashpilot.services.chat import sessions
    from moto import mock_aws

    settings = get_settings()
    monkeypatch.setattr(settings, "openai_api_key", None)
    with mock_aws():
        arn = boto3.client("secretsmanager").create_secret(
            Name="cashpilot/openai", SecretString='{"api_key": "sk-from-secret"}')["ARN"]
        monkeypatch.setattr(settings, "openai_api_key_secret_arn", arn)
        secrets.clear_cache()
        try:
            brain = sessions.choose_brain()
            assert brain.name == "openai" and brain._client.api_key == "sk-from-secret"
            monkeypatch.setattr(settings, "openai_api_key_secret_arn", arn + "-gone")
            assert sessions.choose_brain().name == "offline"
        finally:
            secrets.clear_cache()
    monkeypatch.setattr(settings, "openai_api_key_secret_arn", None)
    assert sessions.choose_brain().name == "offline"
