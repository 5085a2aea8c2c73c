"""The Lambda entry point answers exactly like the app itself, for every sample event in events/api/."""

from __future__ import annotations

import base64
import importlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

EVENTS = Path(__file__).resolve().parents[2] / "events" / "api"
VOLATILE = {"id", "created_at", "updated_at", "access_token", "refresh_token", "request_id"}


@dataclass
class LambdaContext:
    function_name: str = "cashpilot-api"
    function_version: str = "$LATEST"
    invoked_function_arn: str = "arn:aws:lambda:eu-west-1:123456789012:function:cashpilot-api"
    memory_limit_in_mb: int = 1024
    aws_request_id: str = "8f5e0c1e-0000-4000-8000-000000000001"
    log_group_name: str = "/aws/lambda/cashpilot-api"
    log_stream_name: str = "2026/11/21/[$LATEST]abc"

    def get_remaining_time_in_millis(self) -> int:
        return 29_000


@pytest.fixture(scope="module")
def handler_module(database):
    return importlib.import_module("functions.api.handler")


@pytest.fixture
def world(owner):
    account = owner.create_account("Main")
    for amount in ("-12.00", "-250.00", "1999.99", "-3.10"):
        owner.create_transaction(account["id"], amount, "2026-11-02")
    return {"api": owner, "ACCESS_TOKEN": owner.token, "BUSINESS_ID": owner.business_id, "ACCOUNT_ID": account["id"]}


def _load(name: str, world: dict) -> dict:
    text = (EVENTS / name).read_text()
    for key in ("ACCESS_TOKEN", "BUSINESS_ID", "ACCOUNT_ID"):
        text = text.replace("{{" + key + "}}", world[key])
    event = json.loads(text)
    if name == "login.json":
        event["body"] = json.dumps({"email": world["api"].email, "password": world["api"].password})
    return event


def _via_testclient(client, event: dict):
    body = event.get("body")
    if body is not None and event.get("isBase64Encoded"):
        body = base64.b64decode(body)
    url = event["rawPath"] + (f"?{event['rawQueryString']}" if event.get("rawQueryString") else "")
    headers = {k: v for k, v in event["headers"].items() if k != "host"}
    return client.request(event["requestContext"]["http"]["method"], url, headers=headers, content=body)


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


@pytest.mark.parametrize("name", sorted(p.name for p in EVENTS.glob("*.json")))
def test_handler_and_app_give_the_same_answer(name, world, client, handler_module):
    event = _load(name, world)
    lambda_response = handler_module.handler(event, LambdaContext())
    app_response = _via_testclient(client, event)

    assert lambda_response["statusCode"] == app_response.status_code, (name, lambda_response)
    lambda_body = json.loads(lambda_response["body"]) if lambda_response.get("body") else None
    app_body = app_response.json() if app_response.content else None
    assert _strip(lambda_body) == _strip(app_body)
    assert lambda_response["headers"]["content-type"] == app_response.headers["content-type"]
    assert lambda_response["statusCode"] < 500


def test_lambda_request_id_is_echoed(world, handler_module):
    event = _load("list_accounts.json", world)
    response = handler_module.handler(event, LambdaContext())
    assert response["headers"]["x-request-id"] == event["requestContext"]["requestId"]


def test_every_log_line_carries_business_and_request_id(world, handler_module, capsys, monkeypatch):
    from cashpilot.services import accounts

    def fail(*args, **kwargs):
        raise RuntimeError("simulated fault")

    # Given a request that makes the app itself log (an unexpected error deep inside)
    monkeypatch.setattr(accounts, "list_accounts", fail)
    event = _load("list_accounts.json", world)
    buffer = io.StringIO()
    handler = handler_module.logger.registered_handler
    previous = handler.setStream(buffer)
    try:
        capsys.readouterr()
        response = handler_module.handler(event, LambdaContext())
    finally:
        handler.setStream(previous)
    assert response["statusCode"] == 500
    logs = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert {line["message"].split(" (")[0] for line in logs} >= {"unhandled error", "request served"}
    for line in logs:
        assert line["business_id"] == world["BUSINESS_ID"]
        assert line["request_id"] == event["requestContext"]["requestId"]
        assert line["function_request_id"] == LambdaContext.aws_request_id
    metrics = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"_aws"' in line]
    assert any("Responses5xx" in m for m in metrics)
