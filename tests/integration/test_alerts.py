"""Alerts on the real database: one open alert per condition, updated (not duplicated) by later runs,
escalated and resolved; the owner's read / dismiss / snooze; the API's filters and errors; the
detection configuration; the alert email sent once per severity (SES in moto); tenant isolation."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.mail import SesMailer
from cashpilot.domain.detection.model import KINDS, Finding
from cashpilot.domain.roles import Role
from cashpilot.services import alerts, notify
from cashpilot.services.context import Tenant
from moto import mock_aws


def tenant_of(api) -> Tenant:
    return Tenant(business_id=uuid.UUID(api.business_id), user_id=uuid.UUID(api.user["id"]), role=Role.OWNER,
                  currency="EUR", timezone="Europe/London")


def breach(severity: str = "this_week", amount: str = "-1,250.00") -> Finding:
    return Finding(kind="buffer_breach", severity=severity, title="Buffer breaks on 14 Dec 2026",
                   message=f"Your balance is projected at EUR {amount} on 14 Dec 2026, below your EUR 5,000.00 buffer.",
                   subject_type="business", data={"first_breach": "2026-12-14", "projected": amount})


def late(entity: str = "Acme") -> Finding:
    return Finding(kind="late_payment", severity="upcoming", title=f"{entity} is 9 days late",
                   message=f"{entity}'s usual EUR 4,000.00 was expected on 10 Nov 2026 and is 9 days late.",
                   subject_type="entity", subject_id=f"{entity.lower()}-id", data={"amount": "4000.00"})


def sync(api, findings, kinds=("buffer_breach", "late_payment")) -> alerts.SyncResult:
    tenant = tenant_of(api)
    with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id) as uow:
        result = alerts.sync(uow, tenant, findings, evaluated=tuple(kinds), snapshot_id=None)
        uow.commit()
    return result


def open_alerts(api, **params) -> list[dict]:
    return api.ok("GET", "/alerts", params=params)["items"]


def test_a_later_run_updates_the_open_alert_instead_of_adding_one(owner):
    first = sync(owner, [breach(), late()])
    assert len(first.raised) == 2
    again = sync(owner, [breach(), late()])
    assert again.raised == [] and sorted(again.refreshed) == sorted(first.raised) and again.resolved == []
    items = open_alerts(owner)
    assert len(items) == 2 and {a["kind"] for a in items} == {"buffer_breach", "late_payment"}

    escalated = sync(owner, [breach("emergency", "-3,100.00"), late()])
    assert len(escalated.escalated) == 1
    alert = owner.ok("GET", f"/alerts/{escalated.escalated[0]}")
    assert alert["severity"] == "emergency" and "EUR -3,100.00" in alert["message"]
    assert [h["event"] for h in alert["history"]] == ["raised", "escalated"]

    cleared = sync(owner, [late()])
    assert cleared.resolved == escalated.escalated
    assert [a["kind"] for a in open_alerts(owner)] == ["late_payment"]
    resolved = owner.ok("GET", f"/alerts/{cleared.resolved[0]}")
    assert resolved["status"] == "resolved" and resolved["resolved_at"]

    # The condition coming back is a new alert; the old one stays in the history.
    back = sync(owner, [breach(), late()])
    assert len(back.raised) == 1 and back.raised[0] != cleared.resolved[0]
    assert len(open_alerts(owner, status="all", kind="buffer_breach")) == 2


def test_kinds_not_evaluated_keep_their_alerts(owner):
    sync(owner, [breach(), late()])
    # The 15-minute check evaluates only the critical kinds: the late payment is not "cleared" by it.
    result = sync(owner, [breach()], kinds=("buffer_breach", "forecast_deficit", "payroll_safety"))
    assert result.resolved == []
    assert len(open_alerts(owner)) == 2


def test_read_dismiss_snooze_and_unread_count(owner):
    ids = sync(owner, [breach(), late()]).raised
    count = owner.ok("GET", "/alerts/unread-count")
    assert count["unread"] == 2 and count["by_severity"] == {"emergency": 0, "this_week": 1, "upcoming": 1}

    breach_id, late_id = map(str, ids)
    assert owner.ok("POST", f"/alerts/{late_id}/read")["read_at"]
    assert owner.ok("GET", "/alerts/unread-count")["unread"] == 1
    assert [a["id"] for a in open_alerts(owner, unread="true")] == [breach_id]
    assert owner.ok("POST", f"/alerts/{late_id}/unread")["read_at"] is None

    owner.ok("POST", f"/alerts/{late_id}/dismiss")
    assert [a["id"] for a in open_alerts(owner)] == [breach_id]
    assert {a["id"] for a in open_alerts(owner, include_dismissed="true")} == {breach_id, late_id}
    # A dismissed alert that refreshes stays dismissed.
    sync(owner, [breach(), late()])
    assert [a["id"] for a in open_alerts(owner)] == [breach_id]

    until = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    snoozed = owner.ok("POST", f"/alerts/{breach_id}/snooze", json={"until": until})
    assert snoozed["snoozed_until"] and open_alerts(owner) == []
    assert owner.ok("GET", "/alerts/unread-count")["unread"] == 0
    # Escalating brings a snoozed alert back at once.
    sync(owner, [breach("emergency"), late()])
    back = open_alerts(owner)
    assert [a["id"] for a in back] == [breach_id] and back[0]["snoozed_until"] is None


@pytest.mark.parametrize("body, code", [
    ({"until": (datetime.now(UTC) - timedelta(hours=1)).isoformat()}, "invalid_snooze"),
    ({"until": (datetime.now(UTC) + timedelta(days=400)).isoformat()}, "invalid_snooze"),
    ({"until": "2026-12-01T09:00:00"}, "invalid_snooze"),
    ({}, "invalid_snooze"),
    ({"hours": 0}, "validation_error"),
    ({"hours": 2, "until": "2026-12-01T09:00:00Z"}, "invalid_snooze"),
])
def test_bad_snoozes_are_refused_with_a_code(owner, body, code):
    alert_id = str(sync(owner, [breach()]).raised[0])
    r = owner.post(f"/alerts/{alert_id}/snooze", json=body)
    assert 400 <= r.status_code < 500 and r.json()["error"]["code"] == code, r.text
    assert owner.ok("GET", f"/alerts/{alert_id}")["snoozed_until"] is None


def test_bad_filters_and_unknown_ids_are_4xx(owner):
    for params, code in [({"status": "gone"}, "invalid_status"), ({"severity": "urgent"}, "invalid_severity"),
                         ({"kind": "bitcoin"}, "unknown_detection_kind"), ({"cursor": "nonsense"}, "invalid_cursor")]:
        r = owner.get("/alerts", params=params)
        assert r.status_code == 400 or r.status_code == 422, r.text
        assert r.json()["error"]["code"] == code
    r = owner.get(f"/alerts/{uuid.uuid4()}")
    assert r.status_code == 404 and r.json()["error"]["code"] == "alert_not_found"
    assert owner.get("/alerts/not-a-uuid").status_code == 422


def test_pages_follow_the_cursor(owner):
    sync(owner, [late(f"Customer {i}") for i in range(5)])
    seen, cursor = [], None
    while True:
        page = owner.ok("GET", "/alerts", params={"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert page["total"] == 5
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 5


def test_another_business_never_sees_these_alerts(owner, register):
    alert_id = str(sync(owner, [breach()]).raised[0])
    other = register()
    other.create_business("Other Co", "EUR")
    assert open_alerts(other) == []
    for method, path in [("GET", f"/alerts/{alert_id}"), ("POST", f"/alerts/{alert_id}/read"),
                         ("POST", f"/alerts/{alert_id}/dismiss")]:
        r = other.request(method, path)
        assert r.status_code == 404, r.text
    # Naming the owner's business in the header is refused outright.
    assert other.get("/alerts", business_id=owner.business_id).status_code in (403, 404)
    assert owner.ok("GET", f"/alerts/{alert_id}")["dismissed_at"] is None


def test_detection_config_round_trip_and_validation(owner, register):
    c = owner.ok("GET", "/detection-config")
    assert c["safety_mode"] == "normal" and c["kinds"] == list(KINDS)
    assert c["thresholds"]["late_payment_days"] == 7 and c["thresholds"]["disabled"] == []
    c = owner.ok("PUT", "/detection-config", json={"safety_mode": "conservative",
                                                   "thresholds": {"cash_buffer": "5000.00",
                                                                  "disabled": ["unusual_transaction"]}})
    assert c["safety_mode"] == "conservative" and c["thresholds"]["cash_buffer"] == "5000.00"
    assert c["thresholds"]["disabled"] == ["unusual_transaction"] and c["thresholds"]["late_payment_days"] == 7
    for body, code in [({"thresholds": {"disabled": ["nope"]}}, "unknown_detection_kind"),
                       ({"thresholds": {"cash_buffer": "-5"}}, "invalid_settings"),
                       ({"thresholds": {"concentration_percent": "lots"}}, "invalid_settings"),
                       ({"safety_mode": "reckless"}, "validation_error")]:
        r = owner.put("/detection-config", json=body)
        assert r.status_code in (400, 422) and r.json()["error"]["code"] == code, r.text
    assert owner.ok("GET", "/detection-config")["thresholds"]["cash_buffer"] == "5000.00"

    viewer = register()
    owner.ok("POST", f"/businesses/{owner.business_id}/members", 201, json={"email": viewer.email, "role": "viewer"})
    viewer.business_id = owner.business_id
    assert viewer.ok("GET", "/detection-config")["safety_mode"] == "conservative"
    r = viewer.put("/detection-config", json={"safety_mode": "aggressive"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_role"


def test_urgent_alerts_are_emailed_once_per_severity(owner):
    tenant = tenant_of(owner)
    with mock_aws():
        import boto3

        ses = boto3.client("ses", region_name="eu-west-1")
        ses.verify_email_identity(EmailAddress="noreply@cashpilot.dev")
        mailer = SesMailer("noreply@cashpilot.dev", region="eu-west-1")

        def send() -> notify.Sent:
            with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id) as uow:
                return notify.notify_alerts(uow, tenant, mailer)

        sync(owner, [breach(), late()])
        first = send()
        # The late payment is "upcoming": it waits for the digest.
        assert first.emailed == 1 and first.recipients == 1 and first.message_id
        assert send().emailed == 0  # a replayed Notify task tells nothing twice
        sync(owner, [breach("emergency", "-3,100.00"), late()])
        again = send()
        assert again.emailed == 1

        from moto.ses.models import ses_backends

        sent = [m for region in ses_backends.values() for b in region.values() for m in b.sent_messages]
        assert len(sent) == 2
        assert sent[0].destinations["ToAddresses"] == [owner.email]
        assert "EUR -1,250.00" in sent[0].body and "14 Dec 2026" in sent[0].body
        assert "EUR -3,100.00" in sent[1].body and "Act today" in sent[1].body
