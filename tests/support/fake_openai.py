"""A local stand-in for the OpenAI Chat Completions API, spoken over real HTTP.

We cannot call the real service from tests, so this is a real HTTP server (stdlib, a background
thread on 127.0.0.1, a free port) that the official `openai` client talks to unmodified. What it
answers is decided by a pluggable responder, which plays the model.

Start it as a context manager and point a client at `base_url`:

    from tests.support.fake_openai import FakeOpenAI, keyword_responder

    with FakeOpenAI(keyword_responder({"adobe": "software"})) as server:
        classifier = OpenAIClassifier(api_key="test-key", base_url=server.base_url, ...)
        classifier.classify(items, categories)
        server.requests            # every POST /v1/chat/completions body (parsed JSON), in arrival order,
                                   # including rejected ones and retries
        server.headers             # the matching request headers (lower-cased names)
        server.responder = other   # swap the behaviour mid-test

or as a pytest fixture:

    @pytest.fixture
    def openai_server():
        with FakeOpenAI() as server:
            yield server

`start()` / `stop()` do the same without `with`. `FakeOpenAI(api_key="k")` makes the server
demand exactly that bearer token (otherwise any non-empty one is accepted).

A responder is `Callable[[dict], dict | str | HttpReply]`: it gets the request body and returns
    dict       the assistant message's content, JSON-encoded (what structured output produces);
    str        the content verbatim (e.g. broken JSON);
    HttpReply  sent as-is: status, body (dict -> JSON, str -> text) and headers (errors, refusals,
               odd completions; see `completion()` and `error_responder()`).
A responder that raises gets a 500 in OpenAI's error shape.

Like the real service it answers 404 for other paths, 401 without a bearer token, 400 for a body
that is not JSON or lacks model/messages, and 400 for a `json_schema` response format that breaks
the strict structured-output rules, so a schema the real API would reject fails here too.

Helpers for responders: `request_items(body)` (the transactions the adapter sent, parsed from the
<transactions> block of the user message), `allowed_categories(body)` (the category enum from the
schema), `completion(content, ...)` (a full chat.completion body).

Function calling (the chat agent): `tool_calls(("name", {args}), ...)` answers with a completion
asking for those tool calls; `script(step, step, ...)` plays one step per request in order (each a
responder, or a ready answer), repeating the last; `tool_results(body)` reads back the tool messages
the client sent (parsed JSON); `offered_tools(body)` the names of the tools offered; `sleeping(seconds,
then)` answers late (a client timeout). Like the real API, a request is refused (400) when a tool
definition is malformed or when the messages break the tool-call protocol (a tool message that answers
no pending call, or a call left unanswered).
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class HttpReply:
    status: int
    body: dict[str, Any] | str
    headers: Mapping[str, str] = field(default_factory=dict)


Responder = Callable[[dict[str, Any]], "dict[str, Any] | str | HttpReply"]

_ids = itertools.count(1)


# --- helpers for responders ----------------------------------------------------------------------


def request_items(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The transactions in the request: the JSON array inside <transactions>...</transactions>."""
    user = next(m["content"] for m in reversed(body["messages"]) if m.get("role") == "user")
    match = re.search(r"<transactions>\s*(.*?)\s*</transactions>", user, re.DOTALL)
    if match is None:
        raise ValueError("no <transactions> block in the user message")
    return json.loads(match.group(1))


def allowed_categories(body: dict[str, Any]) -> list[str]:
    """The category keys the response schema allows (its enum, without null)."""
    schema = body["response_format"]["json_schema"]["schema"]
    enum = schema["properties"]["labels"]["items"]["properties"]["category"]["enum"]
    return [key for key in enum if key is not None]


def completion(
    content: str | None,
    *,
    model: str = "gpt-4o-mini",
    finish_reason: str = "stop",
    refusal: str | None = None,
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
) -> dict[str, Any]:
    """A chat.completion body as the real API returns it."""
    return {
        "id": f"chatcmpl-fake{next(_ids)}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
        "system_fingerprint": "fp_fake",
    }


def error_body(message: str, type_: str = "server_error", code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


def error_responder(status: int = 500, message: str = "The server had an error processing your request.") -> Responder:
    """Always fails with `status`. retry-after-ms keeps the client's retries instant in tests."""

    def respond(body: dict[str, Any]) -> HttpReply:
        return HttpReply(status, error_body(message), {"retry-after-ms": "1"})

    return respond


def keyword_responder(rules: Mapping[str, str] | None = None, *, confidence: float = 0.9) -> Responder:
    """A well-behaved model: an item whose description or counterparty contains a keyword gets
    that keyword's category (if the request allows it) and the keyword, title-cased, as its
    counterparty; everything else abstains. Default: {"adobe": "software"}."""
    rules = dict(rules or {"adobe": "software"})

    def respond(body: dict[str, Any]) -> dict[str, Any]:
        allowed = set(allowed_categories(body))
        labels = []
        for item in request_items(body):
            text = f"{item.get('description') or ''} {item.get('counterparty') or ''}".lower()
            hit = next((kw for kw in rules if kw.lower() in text and rules[kw] in allowed), None)
            labels.append(
                {
                    "ref": item["ref"],
                    "counterparty": hit.title() if hit else item.get("counterparty"),
                    "category": rules[hit] if hit else None,
                    "confidence": confidence if hit else 0.2,
                }
            )
        return {"labels": labels}

    return respond


# --- function calling ----------------------------------------------------------------------------


def tool_call_completion(
    calls: list[tuple[str, dict[str, Any] | str]], *, content: str | None = None, model: str = "gpt-4o-mini",
    prompt_tokens: int = 100, completion_tokens: int = 20,
) -> dict[str, Any]:
    """A chat.completion whose assistant message asks for `calls` [(tool name, arguments)]; arguments
    given as a str are sent verbatim (e.g. broken JSON)."""
    body = completion(content, model=model, finish_reason="tool_calls", prompt_tokens=prompt_tokens,
                      completion_tokens=completion_tokens)
    body["choices"][0]["message"]["tool_calls"] = [
        {"id": f"call_fake{next(_ids)}", "type": "function",
         "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}
        for name, args in calls
    ]
    return body


def tool_calls(*calls: tuple[str, dict[str, Any] | str], **kw: Any) -> HttpReply:
    """An answer asking for these tool calls (see `tool_call_completion`)."""
    return HttpReply(200, tool_call_completion(list(calls), **kw))


def script(*steps: Any) -> Responder:
    """Plays `steps` one per request, in order, repeating the last. A step is a responder (called with
    the body) or an answer as a responder returns it (dict / str / HttpReply)."""
    played = itertools.count()

    def respond(body: dict[str, Any]) -> Any:
        step = steps[min(next(played), len(steps) - 1)]
        return step(body) if callable(step) else step

    return respond


def sleeping(seconds: float, then: Any = "too late") -> Responder:
    """Answers after `seconds` (longer than the client's timeout: the client gives up first)."""

    def respond(body: dict[str, Any]) -> Any:
        time.sleep(seconds)
        return then(body) if callable(then) else then

    return respond


def tool_results(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The tool messages in the request, in order, each {"tool_call_id", "content": parsed JSON or text}."""
    out = []
    for m in body["messages"]:
        if m.get("role") == "tool":
            try:
                content = json.loads(m.get("content") or "")
            except ValueError:
                content = m.get("content")
            out.append({"tool_call_id": m.get("tool_call_id"), "content": content})
    return out


def offered_tools(body: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] for t in body.get("tools") or []]


_TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def tools_problem(body: dict[str, Any]) -> str | None:
    """Why the real API would reject the tools or the tool-call messages of this request, or None."""
    tools = body.get("tools")
    if tools is not None:
        if not isinstance(tools, list):
            return "tools must be an array"
        for i, tool in enumerate(tools):
            fn = tool.get("function") if isinstance(tool, dict) else None
            if not isinstance(tool, dict) or tool.get("type") != "function" or not isinstance(fn, dict):
                return f"tools[{i}] must be {{type: function, function: {{...}}}}"
            if not isinstance(fn.get("name"), str) or not _TOOL_NAME.match(fn["name"]):
                return f"tools[{i}].function.name must match ^[a-zA-Z0-9_-]{{1,64}}$"
            params = fn.get("parameters")
            if params is not None and (not isinstance(params, dict) or params.get("type") != "object"):
                return f"tools[{i}].function.parameters must be a JSON schema object"
    choice = body.get("tool_choice")
    if choice is not None and tools is None:
        return "tool_choice is only allowed when tools are specified"
    pending: set[str] = set()
    for i, m in enumerate(body["messages"]):
        role = m.get("role") if isinstance(m, dict) else None
        if role == "tool":
            if m.get("tool_call_id") not in pending:
                return f"messages[{i}]: a tool message must answer a tool call of the preceding assistant message"
            pending.discard(m["tool_call_id"])
            continue
        if pending:
            return f"messages[{i}]: the tool calls {sorted(pending)} have no tool message answering them"
        if role == "assistant":
            pending = {c["id"] for c in m.get("tool_calls") or []}
    if pending:
        return f"the tool calls {sorted(pending)} have no tool message answering them"
    return None


# --- strict structured-output rules --------------------------------------------------------------

_SCHEMA_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_TYPES = {"string", "number", "integer", "boolean", "object", "array", "null"}


def _is_type(value: Any, json_type: str) -> bool:
    if isinstance(value, bool):
        return json_type == "boolean"
    return {
        "string": isinstance(value, str),
        "number": isinstance(value, int | float),
        "integer": isinstance(value, int),
        "null": value is None,
    }.get(json_type, False)


def strict_schema_problem(response_format: Any) -> str | None:
    """Why the real API would reject this response_format, or None. Only json_schema is checked."""
    if response_format is None:
        return None
    kinds = ("text", "json_object", "json_schema")
    if not isinstance(response_format, dict) or response_format.get("type") not in kinds:
        return f"response_format.type must be one of {', '.join(kinds)}"
    if response_format["type"] != "json_schema":
        return None
    spec = response_format.get("json_schema")
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not _SCHEMA_NAME.match(spec["name"]):
        return "json_schema.name must match ^[a-zA-Z0-9_-]{1,64}$"
    schema = spec.get("schema")
    if not spec.get("strict"):
        return None
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return "strict schema: the root must be an object"
    return _node_problem(schema, "schema", depth=1)


def _node_problem(node: Any, path: str, depth: int) -> str | None:
    if depth > 10:
        return f"strict schema: {path} nests deeper than 10 levels"
    if not isinstance(node, dict):
        return f"strict schema: {path} is not a schema object"
    if "anyOf" in node:
        for i, sub in enumerate(node["anyOf"]):
            if problem := _node_problem(sub, f"{path}.anyOf[{i}]", depth + 1):
                return problem
        return None
    if "$ref" in node:
        return None
    types = node.get("type")
    types = types if isinstance(types, list) else [types]
    if not types or any(t not in _TYPES for t in types):
        return f"strict schema: {path} has an unsupported type {node.get('type')!r}"
    if "enum" in node:
        enum = node["enum"]
        if not isinstance(enum, list) or not enum or len(enum) > 1000:
            return f"strict schema: {path}.enum must be a list of 1 to 1000 values"
        for value in enum:
            if not any(_is_type(value, t) for t in types):
                return f"strict schema: {path}.enum value {value!r} does not match type {types}"
    if "object" in types:
        props = node.get("properties", {})
        if node.get("additionalProperties") is not False:
            return f"strict schema: {path} needs additionalProperties: false"
        if sorted(node.get("required", [])) != sorted(props):
            return f"strict schema: {path}.required must list every property"
        for name, sub in props.items():
            if problem := _node_problem(sub, f"{path}.{name}", depth + 1):
                return problem
    if "array" in types:
        return _node_problem(node.get("items"), f"{path}.items", depth + 1)
    return None


# --- the server ----------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a responder may still be sleeping when a test ends
    fake: FakeOpenAI

    def handle_error(self, request, client_address):
        # A client that timed out and hung up is part of the scenarios, not a failure.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the client expects
    server_version = "FakeOpenAI/1.0"
    timeout = 10  # idle keep-alive connections end on their own
    server: _Server

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self._reject(404, f"Unknown request URL: GET {self.path}")

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake = self.server.fake
        if self.path.split("?")[0].rstrip("/") != "/v1/chat/completions":
            return self._reject(404, f"Unknown request URL: POST {self.path}")
        try:
            body = json.loads(raw)
        except ValueError:
            return self._reject(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict):
            return self._reject(400, "The request body must be a JSON object.")
        # Recorded before any check, so tests can count attempts (retries) whatever the answer.
        fake._record(body, {k.lower(): v for k, v in self.headers.items()})
        token = (self.headers.get("Authorization") or "").removeprefix("Bearer ").strip()
        if not token or (fake.api_key is not None and token != fake.api_key):
            return self._reject(401, "Incorrect API key provided.", "invalid_api_key")
        if not isinstance(body.get("model"), str) or not isinstance(body.get("messages"), list) or not body["messages"]:
            return self._reject(400, "model and messages are required.")
        if problem := strict_schema_problem(body.get("response_format")):
            return self._reject(400, f"Invalid schema for response_format: {problem}")
        if problem := tools_problem(body):
            return self._reject(400, f"Invalid request: {problem}")
        try:
            answer = fake.responder(body)
        except Exception as exc:
            return self._send(HttpReply(500, error_body(f"responder failed: {exc!r}")))
        if isinstance(answer, HttpReply):
            return self._send(answer)
        content = answer if isinstance(answer, str) else json.dumps(answer)
        prompt_tokens = sum(len(str(m.get("content") or "")) for m in body["messages"]) // 4
        self._send(
            HttpReply(
                200,
                completion(
                    content,
                    model=body["model"],
                    prompt_tokens=prompt_tokens,
                    completion_tokens=max(1, len(content) // 4),
                ),
            )
        )

    def _reject(self, status: int, message: str, code: str | None = None) -> None:
        self._send(HttpReply(status, error_body(message, "invalid_request_error", code)))

    def _send(self, reply: HttpReply) -> None:
        is_text = isinstance(reply.body, str)
        data = (reply.body if is_text else json.dumps(reply.body)).encode()
        self.send_response(reply.status)
        self.send_header("Content-Type", "text/plain" if is_text else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_fake{next(_ids)}")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class FakeOpenAI:
    def __init__(self, responder: Responder | None = None, *, api_key: str | None = None) -> None:
        self.responder: Responder = responder or keyword_responder()
        self.api_key = api_key
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeOpenAI is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> FakeOpenAI:
        if self._server is None:
            self._server = _Server(("127.0.0.1", 0), _Handler)
            self._server.fake = self
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(timeout=5)
            self._server = None
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _record(self, body: dict[str, Any], headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
