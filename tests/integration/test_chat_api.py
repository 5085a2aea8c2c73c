"""The chat API on the real database: sessions, a question answered and stored with its tool calls,
Server-Sent Events in order, business memory, tenant isolation, the per-business rate limit, bad input.

Without an OpenAI key the offline analyst answers (what a deployment without a key does); tests of the
streaming and storage mechanics use a small scripted brain that calls a real tool, so they do not depend
on what the analyst says.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import date

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.config import get_settings
from cashpilot.domain.errors import RateLimited
from cashpilot.domain.roles import Role
from cashpilot.services.chat import sessions
from cashpilot.services.chat.model import Reply
from cashpilot.services.chat.tools import call_tool
from cashpilot.services.context import Tenant

CHOOSE_BRAIN = sessions.choose_brain


def tenant_of(api, role: Role = Role.OWNER) -> Tenant:
    return Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=role,
                  currency="EUR", timezone="Europe/London")


class ScriptedBrain:
    """Calls the real `account_balances` tool and answers with its total, reporting progress like a brain."""

    name = "scripted"

    def __init__(self, *, remember: dict[str, str] | None = None) -> None:
        self.remember = remember or {}
        self.seen: list[dict] = []

    def answer(self, uow, tenant, question, *, today, history=(), memory=None, on_event=None) -> Reply:
        emit = on_event or (lambda kind, data: None)
        self.seen.append({"question": question, "history": list(history), "memory": dict(memory or {})})
        emit("reasoning", {"tool": "account_balances", "arguments": {}})
        step = call_tool(uow, tenant, "account_balances", {}, today=today)
        emit("reasoning", {"tool": "account_balances", "result": step.result})
        total = step.result["total"]
        rows = [[a["name"], a["balance"]] for a in step.result["accounts"]]
        card = {"type": "table", "title": "Balances", "rows": rows}
        emit("data_card", card)
        answer = f"You have EUR {total} in your accounts."
        for chunk in (answer[:10], answer[10:]):
            emit("content", {"text": chunk})
        return Reply(answer=answer, steps=[step], data_cards=[card], data_references=dict(step.references),
                     memory_updates=dict(self.remember), tokens=42, brain=self.name)


class FailingBrain:
    name = "failing"

    def answer(self, *args, **kwargs):
        raise RuntimeError("boom")


@pytest.fixture(autouse=True)
def no_openai_key(monkeypatch):
    """Offline unless a test says otherwise, even on a machine with OPENAI_API_KEY set."""
    monkeypatch.setattr(get_settings(), "openai_api_key", None)
    monkeypatch.setattr(get_settings(), "openai_api_key_secret_arn", None)


@pytest.fixture
def shop(owner):
    account = owner.create_account("Main", opening_balance="1000.00", opening_balance_date="2026-01-01")
    owner.create_transaction(account["id"], "250.00", "2026-02-03", description="Invoice 17 Acme")
    return owner


@pytest.fixture
def scripted(monkeypatch):
    brain = ScriptedBrain()
    monkeypatch.setattr(sessions, "choose_brain", lambda settings=None: brain)
    return brain


def new_session(api, **body) -> dict:
    return api.ok("POST", "/chat/sessions", 201, json=body or None)


def events_of(text: str) -> list[tuple[str, dict]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        out.append((lines["event"], json.loads(lines["data"])))
    return out


# -------------------------------------------------------------------------------------------- sessions

def test_sessions_crud(owner):
    a = new_session(owner, title="Cash questions")
    b = new_session(owner)
    assert a["title"] == "Cash questions" and a["message_count"] == 0 and b["title"] == ""

    listed = owner.ok("GET", "/chat/sessions")
    assert listed["total"] == 2 and {s["id"] for s in listed["items"]} == {a["id"], b["id"]}
    assert owner.ok("GET", f"/chat/sessions/{a['id']}")["title"] == "Cash questions"

    owner.ok("DELETE", f"/chat/sessions/{a['id']}", 204)
    assert owner.get(f"/chat/sessions/{a['id']}").json()["error"]["code"] == "chat_session_not_found"
    assert owner.delete(f"/chat/sessions/{a['id']}").status_code == 404
    assert owner.ok("GET", "/chat/sessions")["total"] == 1


def test_a_question_is_answered_offline_and_stored_with_its_tool_calls(shop):
    s = new_session(shop)
    r = shop.post(f"/chat/sessions/{s['id']}/messages", json={"content": "What is my balance today?"})
    assert r.status_code == 201, r.text
    reply = r.json()

    assert reply["brain"] == "offline"
    assert "1,250.00" in reply["answer"] or "1250.00" in reply["answer"]
    assert reply["steps"] and reply["steps"][0]["tool"] == "account_balances"
    assert reply["latency_ms"] >= 0 and reply["understood"] is True

    messages = shop.ok("GET", f"/chat/sessions/{s['id']}/messages")
    assert [m["role"] for m in messages["items"]] == ["user", "assistant"]
    user, assistant = messages["items"]
    assert user["content"] == "What is my balance today?" and user["id"] == reply["user_message_id"]
    assert assistant["id"] == reply["id"] and assistant["content"] == reply["answer"]
    assert assistant["steps"] == reply["steps"] and assistant["brain"] == "offline"
    session = shop.ok("GET", f"/chat/sessions/{s['id']}")
    assert session["message_count"] == 2 and session["title"] == "What is my balance today?"


def test_an_offline_analyst_that_does_not_understand_says_so(shop):
    s = new_session(shop)
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "zqxv blorp?"})
    assert reply["understood"] is False and reply["answer"]


def test_the_reply_carries_steps_cards_references_and_tokens(shop, scripted):
    s = new_session(shop)
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Balance?"})

    assert reply["answer"] == "You have EUR 1250.00 in your accounts."
    assert reply["brain"] == "scripted" and reply["tokens"] == 42
    assert reply["steps"][0]["tool"] == "account_balances" and reply["steps"][0]["result"]["total"] == "1250.00"
    assert reply["data_cards"] == [{"type": "table", "title": "Balances", "rows": [["Main", "1250.00"]]}]
    assert reply["data_references"]["accounts"]
    # The next turn sees the earlier ones.
    shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "And now?"})
    assert scripted.seen[1]["history"] == [{"role": "user", "content": "Balance?"},
                                           {"role": "assistant", "content": reply["answer"]}]


def test_server_sent_events_come_in_order_and_end_with_the_stored_reply(shop, scripted):
    s = new_session(shop)
    r = shop.post(f"/chat/sessions/{s['id']}/messages", json={"content": "Balance?"},
                  headers={"Accept": "text/event-stream"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = events_of(r.text)

    assert [k for k, _ in events] == ["reasoning", "reasoning", "data_card", "content", "content", "done"]
    assert events[0][1] == {"tool": "account_balances", "arguments": {}}
    assert "".join(d["text"] for k, d in events if k == "content") == "You have EUR 1250.00 in your accounts."
    done = events[-1][1]
    stored = shop.ok("GET", f"/chat/sessions/{s['id']}/messages")["items"][-1]
    assert done["message_id"] == stored["id"] == done["reply"]["id"]
    assert done["reply"]["answer"] == stored["content"] and done["reply"]["steps"] == stored["steps"]


def test_streaming_a_brain_that_emits_nothing_still_sends_content_and_cards(shop, monkeypatch):
    class Quiet(ScriptedBrain):
        def answer(self, uow, tenant, question, **kw):
            return super().answer(uow, tenant, question, **{**kw, "on_event": None})

    monkeypatch.setattr(sessions, "choose_brain", lambda settings=None: Quiet())
    s = new_session(shop)
    r = shop.post(f"/chat/sessions/{s['id']}/messages", json={"content": "Balance?"},
                  headers={"Accept": "text/event-stream"})
    kinds = [k for k, _ in events_of(r.text)]
    assert kinds == ["content", "data_card", "done"]


def test_a_failing_brain_leaves_an_honest_stored_reply(shop, monkeypatch):
    monkeypatch.setattr(sessions, "choose_brain", lambda settings=None: FailingBrain())
    s = new_session(shop)
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Balance?"})
    assert reply["understood"] is False and reply["answer"].startswith("Sorry, something went wrong")
    assert shop.ok("GET", f"/chat/sessions/{s['id']}")["message_count"] == 2


# ---------------------------------------------------------------------------------------------- memory

def test_memory_api_and_statements_in_the_chat(shop, scripted):
    assert shop.ok("GET", "/ai/memory") == {"items": []}
    item = shop.ok("PUT", "/ai/memory/Cash Buffer", json={"value": "20000"})
    assert item["key"] == "cash_buffer" and item["value"] == "20000" and item["source"] == "api"

    # A fact the brain hands back is stored, and the next question is answered with it in memory.
    scripted.remember = {"ignore_account": "loan"}
    s = new_session(shop)
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Keep the loan out of it"})
    assert reply["memory_updates"] == {"ignore_account": "loan"}
    shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Balance?"})
    assert scripted.seen[-1]["memory"] == {"cash_buffer": "20000", "ignore_account": "loan"}
    items = shop.ok("GET", "/ai/memory")["items"]
    assert [(m["key"], m["source"]) for m in items] == [("cash_buffer", "api"), ("ignore_account", "chat")]

    shop.ok("DELETE", "/ai/memory/cash_buffer", 204)
    r = shop.delete("/ai/memory/cash_buffer")
    assert r.status_code == 404 and r.json()["error"]["code"] == "memory_not_found"
    assert [m["key"] for m in shop.ok("GET", "/ai/memory")["items"]] == ["ignore_account"]


def test_a_stated_fact_is_remembered_through_the_offline_analyst(shop):
    s = new_session(shop)
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Our buffer is 20k"})
    assert reply["memory_updates"] == {"cash_buffer": "20000.00"} and reply["brain"] == "offline"
    reply = shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Ignore the loan account"})
    assert reply["memory_updates"] == {"ignore_account:loan": "loan"}
    memory = shop.ok("GET", "/ai/memory")["items"]
    assert [(m["key"], m["value"], m["source"]) for m in memory] == [
        ("cash_buffer", "20000.00", "chat"), ("ignore_account:loan", "loan", "chat")]
    shop.ok("DELETE", "/ai/memory/ignore_account:loan", 204)
    assert [m["key"] for m in shop.ok("GET", "/ai/memory")["items"]] == ["cash_buffer"]


@pytest.mark.parametrize(("method", "path", "body", "status", "code"), [
    ("PUT", "/ai/memory/bad key!", {"value": "x"}, 422, "invalid_memory_key"),
    ("PUT", "/ai/memory/ok", {"value": "   "}, 422, "invalid_memory_value"),
    ("PUT", "/ai/memory/ok", {"value": "x" * 501}, 422, "invalid_memory_value"),
    ("PUT", "/ai/memory/ok", {"value": "x", "extra": 1}, 422, "validation_error"),
    ("DELETE", "/ai/memory/never-set", None, 404, "memory_not_found"),
])
def test_bad_memory_requests_are_4xx(owner, method, path, body, status, code):
    r = owner.request(method, path, json=body)
    assert r.status_code == status and r.json()["error"]["code"] == code, r.text


def test_viewers_read_memory_but_cannot_change_it(owner, register, scripted, monkeypatch):
    viewer = register()
    owner.ok("POST", f"/businesses/{owner.business_id}/members", 201, json={"email": viewer.email, "role": "viewer"})
    viewer.business_id = owner.business_id
    owner.ok("PUT", "/ai/memory/cash_buffer", json={"value": "20000"})

    assert viewer.ok("GET", "/ai/memory")["items"][0]["key"] == "cash_buffer"
    assert viewer.put("/ai/memory/cash_buffer", json={"value": "1"}).status_code == 403
    assert viewer.delete("/ai/memory/cash_buffer").status_code == 403
    # In the chat a viewer's stated fact is not stored, and the answer says why.
    scripted.remember = {"cash_buffer": "1"}
    s = new_session(viewer)
    reply = viewer.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Our buffer is 1 euro"})
    assert reply["memory_updates"] == {} and reply["answer"].count("your role (viewer) cannot change") == 1
    assert reply["answer"].startswith("You have EUR")  # the rest of the answer stands
    # The offline analyst's "noted" is replaced by why nothing was noted.
    monkeypatch.setattr(sessions, "choose_brain", CHOOSE_BRAIN)
    reply = viewer.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Our buffer is 5k"})
    assert reply["brain"] == "offline" and reply["answer"].startswith("I could not remember that: your role (viewer)")
    assert owner.ok("GET", "/ai/memory")["items"][0]["value"] == "20000"


# ----------------------------------------------------------------------------------------- isolation

def test_sessions_and_memory_are_isolated_between_businesses_and_members(shop, register, scripted):
    mine = new_session(shop)
    shop.ok("POST", f"/chat/sessions/{mine['id']}/messages", 201, json={"content": "Balance?"})
    shop.ok("PUT", "/ai/memory/cash_buffer", json={"value": "20000"})

    other = register()
    other.create_business("Other Co", "EUR")
    for method, path in [("GET", f"/chat/sessions/{mine['id']}"), ("GET", f"/chat/sessions/{mine['id']}/messages"),
                         ("DELETE", f"/chat/sessions/{mine['id']}")]:
        r = other.request(method, path)
        assert r.status_code == 404 and r.json()["error"]["code"] == "chat_session_not_found"
    r = other.post(f"/chat/sessions/{mine['id']}/messages", json={"content": "Balance?"})
    assert r.status_code == 404
    assert other.ok("GET", "/chat/sessions")["total"] == 0
    assert other.ok("GET", "/ai/memory") == {"items": []}
    assert other.delete("/ai/memory/cash_buffer").status_code == 404
    # Asking with my session id but the other business's header: still not found.
    assert other.get(f"/chat/sessions/{mine['id']}", business_id=shop.business_id).status_code == 404

    # Another member of my business does not read my conversations.
    editor = register()
    shop.ok("POST", f"/businesses/{shop.business_id}/members", 201, json={"email": editor.email, "role": "editor"})
    editor.business_id = shop.business_id
    assert editor.get(f"/chat/sessions/{mine['id']}").status_code == 404
    assert editor.ok("GET", "/chat/sessions")["total"] == 0
    assert editor.ok("GET", "/ai/memory")["items"][0]["key"] == "cash_buffer"  # memory is the business's


# ---------------------------------------------------------------------------------------- rate limit

def test_the_rate_limit_answers_429_with_retry_after(shop, scripted, monkeypatch):
    monkeypatch.setattr(get_settings(), "chat_rate_limit_per_minute", 2)
    s = new_session(shop)
    for _ in range(2):
        shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Balance?"})
    r = shop.post(f"/chat/sessions/{s['id']}/messages", json={"content": "Balance?"},
                  headers={"Accept": "text/event-stream"})
    assert r.status_code == 429 and r.json()["error"]["code"] == "chat_rate_limited"
    assert 1 <= int(r.headers["Retry-After"]) <= 60
    # The limit is the business's: another session does not get around it.
    s2 = new_session(shop)
    assert shop.post(f"/chat/sessions/{s2['id']}/messages", json={"content": "Hi"}).status_code == 429
    assert shop.ok("GET", f"/chat/sessions/{s2['id']}")["message_count"] == 0


def test_the_hourly_limit_counts_too(shop, scripted, monkeypatch):
    monkeypatch.setattr(get_settings(), "chat_rate_limit_per_hour", 1)
    s = new_session(shop)
    shop.ok("POST", f"/chat/sessions/{s['id']}/messages", 201, json={"content": "Balance?"})
    r = shop.post(f"/chat/sessions/{s['id']}/messages", json={"content": "Balance?"})
    assert r.status_code == 429 and 60 < int(r.headers["Retry-After"]) <= 3600


def test_concurrent_questions_cannot_slip_past_the_limit(shop, monkeypatch):
    monkeypatch.setattr(get_settings(), "chat_rate_limit_per_minute", 3)
    tenant = tenant_of(shop)
    session_id = uuid.UUID(new_session(shop)["id"])
    accepted, refused = [], []
    barrier = threading.Barrier(6)

    def ask():
        with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id) as uow:
            barrier.wait()
            try:
                accepted.append(sessions.start_turn(uow, tenant, session_id, "Balance?", today=date(2026, 3, 1)))
            except RateLimited:
                refused.append(1)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(accepted) == 3 and len(refused) == 3


# ---------------------------------------------------------------------------------------- bad input

@pytest.mark.parametrize(("body", "status", "code"), [
    ({"content": ""}, 422, "empty_message"),
    ({"content": "   \n "}, 422, "empty_message"),
    ({"content": "x" * 2001}, 422, "message_too_long"),
    ({"content": 12}, 422, "validation_error"),
    ({}, 422, "validation_error"),
    ({"content": "hi", "role": "system"}, 422, "validation_error"),
    (None, 400, "body_required"),
])
def test_bad_messages_are_4xx(owner, scripted, body, status, code):
    s = new_session(owner)
    r = owner.post(f"/chat/sessions/{s['id']}/messages", json=body)
    assert r.status_code == status and r.json()["error"]["code"] == code, r.text
    assert owner.ok("GET", f"/chat/sessions/{s['id']}")["message_count"] == 0


def test_bad_session_requests_are_4xx(owner):
    assert owner.post("/chat/sessions", json={"title": "x" * 201}).status_code == 422
    assert owner.post("/chat/sessions", json={"colour": "red"}).status_code == 422
    assert owner.get("/chat/sessions/not-a-uuid").status_code == 422
    assert owner.get(f"/chat/sessions/{uuid.uuid4()}").status_code == 404
    assert owner.post(f"/chat/sessions/{uuid.uuid4()}/messages", json={"content": "hi"}).status_code == 404
    assert owner.get("/chat/sessions", params={"limit": 0}).status_code == 422
    assert owner.client.get("/api/v1/chat/sessions").status_code == 401
