"""The Detect and Notify tasks and the 15-minute alert check, fed the events the state machine and the
schedule send (events/), over a business with fourteen months of classified history and a stored
forecast: alerts raised with their numbers, replays that change nothing, an email per escalation,
and a condition that clears resolving its alert."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from cashpilot.domain.dates import today_in
from moto import mock_aws

from tests.functional.test_api_handler import LambdaContext
from tests.integration.test_stability_api import import_history

EVENTS = Path(__file__).resolve().parents[2] / "events"


def _event(name: str, **changes) -> dict:
    e = copy.deepcopy(json.loads((EVENTS / name).read_text()))
    e.update(changes)
    return e


@pytest.fixture
def business(owner, database):
    """A small studio that pays its way, forecast by the real Forecast task (500 paths)."""
    from functions.forecast.handler import handler as forecast_handler

    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings", json={"forecast": {"paths": 500}})
    today = today_in("Europe/London")
    account = import_history(owner, today)
    event = _event("pipeline/forecast.json", business_id=owner.business_id, import_id=str(uuid.uuid4()),
                   account_id=account["id"])
    detect_event = forecast_handler(event, LambdaContext())
    return owner, detect_event, today


def _detect(event: dict) -> dict:
    from functions.detect.handler import handler

    return handler(event, LambdaContext())


def _alerts(api, **params) -> list[dict]:
    return api.ok("GET", "/alerts", params=params)["items"]


def test_a_healthy_business_raises_no_emergency(business):
    owner, event, _ = business
    out = _detect(event)
    assert {k: out[k] for k in event} == event  # the input goes on to Notify
    summary = out["detection"]
    assert summary["open_by_severity"]["emergency"] == 0
    assert summary["anomalies_scored"] > 50
    assert not [a for a in _alerts(owner) if a["severity"] == "emergency"]
    # Notify accepts what Detect returns.
    from cashpilot.pipeline.contracts import NotifyInput

    assert NotifyInput.model_validate(out).detection.findings == summary["findings"]


def test_a_buffer_above_the_cash_raises_one_alert_replays_keep_it_and_clearing_resolves_it(business):
    owner, event, _ = business
    balance = owner.ok("GET", "/accounts")[0]["current_balance"]
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings",
             json={"alert_thresholds": {"cash_buffer": "60000.00"}})
    first = _detect(event)["detection"]
    assert first["raised"] >= 1 and first["open_by_severity"]["emergency"] >= 1
    [breach] = _alerts(owner, kind="buffer_breach")
    assert breach["severity"] == "emergency" and "60,000.00" in breach["message"]
    assert breach["data"] and breach["snapshot_id"] == event["forecast"]["snapshot_id"]
    assert float(balance) < 60000

    open_before = {a["id"]: a["severity"] for a in _alerts(owner)}
    again = _detect(event)["detection"]
    assert again["raised"] == 0 and again["resolved"] == 0
    assert {a["id"]: a["severity"] for a in _alerts(owner)} == open_before

    # A day of 15-minute ticks (96) without new data leaves the same open alerts, each refreshed in place.
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services import detect
    from cashpilot.services.forecast import tenant_for

    for _ in range(96):
        with UnitOfWork(business_id=uuid.UUID(owner.business_id), actor="test:tick") as uow:
            run = detect.run_critical(uow, tenant_for(uow, uuid.UUID(owner.business_id)))
        assert run.sync.changed == 0
    assert {a["id"]: a["severity"] for a in _alerts(owner)} == open_before
    assert owner.ok("GET", "/alerts", params={"status": "all", "limit": 200})["total"] == len(open_before)

    # ... and so does the scheduler's sweep over every business.
    from functions.scheduler.handler import handler as scheduler

    # (Other tests' businesses share this database, some with hand-made partial snapshots a real run never
    # writes: the sweep counts them as failed and goes on, which is what this checks it does.)
    for _ in range(3):
        tick = scheduler(_event("schedules/alert_checks.json"), LambdaContext())
        assert tick["checked"] >= 1 and tick["checked"] + tick["failed"] <= tick["businesses"]
    assert {a["id"]: a["severity"] for a in _alerts(owner)} == open_before

    # The owner lowers the buffer: the next tick finds the condition gone and resolves the alert.
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings", json={"alert_thresholds": {"cash_buffer": "0"}})
    tick = scheduler(_event("schedules/alert_checks.json"), LambdaContext())
    assert tick["resolved"] >= 1
    assert _alerts(owner, kind="buffer_breach") == []
    assert owner.ok("GET", f"/alerts/{breach['id']}")["status"] == "resolved"


def test_notify_emails_the_owner_once_per_alert_and_severity(business, monkeypatch):
    owner, event, _ = business
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings",
             json={"alert_thresholds": {"cash_buffer": "60000.00"}})
    notify_event = _detect(event)
    monkeypatch.setenv("CASHPILOT_MAIL_FROM", "noreply@cashpilot.dev")
    from cashpilot.config import reset_caches

    reset_caches()
    try:
        with mock_aws():
            import boto3

            from functions.notify.handler import handler as notify

            boto3.client("ses", region_name="eu-west-1").verify_email_identity(EmailAddress="noreply@cashpilot.dev")
            out = notify(notify_event, LambdaContext())
            assert out["notification"]["emailed"] >= 1 and out["notification"]["message_id"]
            assert {k: out[k] for k in notify_event} == notify_event
            replay = notify(notify_event, LambdaContext())
            assert replay["notification"] == {"emailed": 0, "recipients": 1, "message_id": None}

            from moto.ses.models import ses_backends

            sent = [m for r in ses_backends.values() for b in r.values() for m in b.sent_messages]
            assert len(sent) == 1 and sent[0].destinations["ToAddresses"] == [owner.email]
            assert "60,000.00" in sent[0].body
    finally:
        monkeypatch.delenv("CASHPILOT_MAIL_FROM")
        reset_caches()


def test_detect_for_a_business_that_no_longer_exists_passes_through(database):
    event = _event("pipeline/detect.json", business_id=str(uuid.uuid4()))
    out = _detect(event)
    assert out["detection"] is None and out["business_id"] == event["business_id"]


def test_the_weekly_digest_is_sent_once_for_the_business_s_monday_morning(business, monkeypatch):
    owner, event, today = business
    _detect(event)
    monkeypatch.setenv("CASHPILOT_MAIL_FROM", "noreply@cashpilot.dev")
    from cashpilot.config import reset_caches

    reset_caches()
    try:
        with mock_aws():
            import boto3

            from functions.scheduler.handler import handler as scheduler

            boto3.client("ses", region_name="eu-west-1").verify_email_identity(EmailAddress="noreply@cashpilot.dev")
            # Monday 08:00 in London is 08:00 UTC in winter: the slot that matches this business.
            monday = date.fromordinal(today.toordinal() - today.weekday())
            slot = f"{monday.isoformat()}T08:00:00Z"
            out = scheduler({"job": "weekly_digest", "scheduled_time": slot}, LambdaContext())
            assert out["sent"] >= 1
            again = scheduler({"job": "weekly_digest", "scheduled_time": slot}, LambdaContext())
            assert again["sent"] == 0 and again["already_sent"] >= 1
            # An hour that is not Monday 08:xx anywhere this business is sends nothing.
            other = scheduler({"job": "weekly_digest", "scheduled_time": f"{monday.isoformat()}T13:00:00Z"},
                              LambdaContext())
            assert other["sent"] == 0

            from moto.ses.models import ses_backends

            sent = [m for r in ses_backends.values() for b in r.values() for m in b.sent_messages
                    if owner.email in m.destinations["ToAddresses"]]
            assert len(sent) == 1 and "weekly digest" in sent[0].subject.lower()
    finally:
        monkeypatch.delenv("CASHPILOT_MAIL_FROM")
        reset_caches()
