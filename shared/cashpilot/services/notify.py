"""Telling the owner: an email when the pipeline raises or escalates an urgent alert, and the weekly digest
(the week's summary, the forecast now and last week's forecast against what happened, open alerts),
sent on Monday 08:xx in each business's time zone and at most once per week (`insights.emailed_at`).

Alert emails are sent at most once per alert and severity: each alert remembers the severity it was
last emailed at (`notified_severity`), so a replayed Notify task, a Step Functions retry or the next
import finds nothing new to say, while an escalation ("this week" -> "today") is news and is sent.
Only alerts asking for attention count (not dismissed, not snoozed), and only the urgent tiers
(emergency, this week): "upcoming" waits for the digest.

The alerts are marked in the same transaction as the send, before the commit: if sending fails the
marks roll back and the retry sends again; if the commit fails after a send, the retry may send once
more. Owners would rather hear twice than not at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from cashpilot.adapters.db.models import Alert, Business, Insight, Membership, User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.mail import Email, Mailer
from cashpilot.domain.detection.model import SEVERITY_RANK
from cashpilot.domain.errors import NotFound
from cashpilot.domain.roles import Role
from cashpilot.services import alerts, businesses, insights
from cashpilot.services import forecast as forecasts
from cashpilot.services.context import Tenant

log = logging.getLogger("cashpilot.notify")

URGENT = ("emergency", "this_week")
SEVERITY_WORDS = {"emergency": "Act today", "this_week": "This week", "upcoming": "Upcoming"}


@dataclass(frozen=True)
class Sent:
    emailed: int
    recipients: int
    message_id: str | None


def recipients(uow: UnitOfWork, tenant: Tenant) -> tuple[str, ...]:
    """The business's owners: the people who decide what to do about cash."""
    rows = uow.session.scalars(
        select(User.email).join(Membership, Membership.user_id == User.id)
        .where(Membership.business_id == tenant.business_id, Membership.role == Role.OWNER.value,
               User.is_active.is_(True))
        .order_by(User.email)).all()
    return tuple(rows)


def _to_tell(uow: UnitOfWork, tenant: Tenant, now: datetime) -> list[Alert]:
    rows = uow.session.scalars(
        select(Alert).where(
            Alert.business_id == tenant.business_id, Alert.status == "open", Alert.severity.in_(URGENT),
            Alert.dismissed_at.is_(None), or_(Alert.snoozed_until.is_(None), Alert.snoozed_until <= now))
        .order_by(Alert.last_detected_at.desc(), Alert.id).with_for_update()).all()
    return [a for a in rows
            if a.notified_severity is None or SEVERITY_RANK[a.severity] < SEVERITY_RANK[a.notified_severity]]


def alert_email(business_name: str, alerts: list[Alert], to: tuple[str, ...]) -> Email:
    alerts = sorted(alerts, key=lambda a: (SEVERITY_RANK[a.severity], a.title))
    most = SEVERITY_WORDS[alerts[0].severity].lower()
    noun = "alert needs" if len(alerts) == 1 else "alerts need"
    lines = [f"{len(alerts)} {noun} your attention at {business_name} ({most}).", ""]
    for a in alerts:
        lines += [f"[{SEVERITY_WORDS[a.severity]}] {a.title}", f"  {a.message}", ""]
    lines.append("Open CashPilot to read, snooze or dismiss them.")
    return Email(to=to, subject=f"CashPilot: {alerts[0].title}" + (f" (+{len(alerts) - 1} more)"
                                                                  if len(alerts) > 1 else ""),
                 text="\n".join(lines))


def notify_alerts(uow: UnitOfWork, tenant: Tenant, mailer: Mailer, *, now: datetime | None = None) -> Sent:
    """Email the owners about urgent alerts they have not been told about at this severity; commits."""
    now = now or datetime.now(UTC)
    alerts = _to_tell(uow, tenant, now)
    to = recipients(uow, tenant)
    if not alerts or not to:
        uow.rollback()  # release the row locks
        return Sent(emailed=0, recipients=len(to), message_id=None)
    name = uow.session.scalar(select(Business.name).where(Business.id == tenant.business_id)) or ""
    for a in alerts:
        a.notified_severity, a.notified_at = a.severity, now
    uow.flush()
    message_id = mailer.send(alert_email(name, alerts, to))
    if message_id is None:  # nothing was sent (no sender configured): do not pretend they were told
        uow.rollback()
        return Sent(emailed=0, recipients=len(to), message_id=None)
    uow.commit()
    return Sent(emailed=len(alerts), recipients=len(to), message_id=message_id)


# ------------------------------------------------------------------------------ weekly digest

DIGEST_WEEKDAY, DIGEST_HOUR = 0, 8  # Monday 08:xx in the business's own time zone


@dataclass(frozen=True)
class DigestRun:
    businesses: int
    due: int  # whose local time at the slot is Monday 08:xx
    sent: int
    already_sent: int
    opted_out: int
    failed: int


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount:,.2f}"


def digest_email(uow: UnitOfWork, tenant: Tenant, summary: insights.InsightView, to: tuple[str, ...],
                 review: forecasts.ReviewView | None) -> Email:
    """The week in numbers (the stored weekly summary), what the forecast says now, and what is open."""
    name = uow.session.scalar(select(Business.name).where(Business.id == tenant.business_id)) or ""
    lines = [summary.body, ""]
    try:
        snap = forecasts.current(uow, tenant)
    except NotFound:
        snap = None
    if snap is not None:
        p30 = float(snap.deficit_probability.get("30", 0))
        lines.append(f"Cash forecast (from {snap.as_of:%d %b %Y}): lowest expected balance "
                     f"{_money(snap.low_point_expected, tenant.currency)} on {snap.low_point_date:%d %b %Y}; "
                     f"chance of going below zero within 30 days {p30:.0%}.")
    if review is not None:
        r = review.review
        lines.append(f"Last week's forecast for {r.period_end:%d %b %Y} was "
                     f"{_money(r.forecast_balance, tenant.currency)}; the balance was "
                     f"{_money(r.actual_balance, tenant.currency)} (off by {_money(r.miss, tenant.currency)}).")
    counts = alerts.open_counts(uow, tenant)
    if any(counts.values()):
        lines.append("Open alerts: " + ", ".join(f"{n} {SEVERITY_WORDS[s].lower()}" for s, n in counts.items() if n)
                     + ".")
    else:
        lines.append("No open alerts.")
    lines += ["", "Open CashPilot for the details."]
    return Email(to=to, subject=f"CashPilot weekly digest for {name}: week of {summary.period_start:%d %b %Y}",
                 text=f"{summary.title}\n\n" + "\n".join(lines))


def send_digest(uow: UnitOfWork, tenant: Tenant, mailer: Mailer, *, today: date,
                now: datetime | None = None) -> str:
    """One business's digest for the week before `today`: "sent", "already_sent" or "opted_out". Stores
    the week's summary and the weekly forecast review on the way; commits."""
    now = now or datetime.now(UTC)
    if not businesses.get_settings(uow, tenant).weekly_digest:
        return "opted_out"
    review = forecasts.review_last_week(uow, tenant, today=today - timedelta(days=1))
    summary = insights.weekly_summary(uow, tenant, today=today, store=True)
    row = uow.session.scalar(select(Insight).where(Insight.business_id == tenant.business_id,
                                                   Insight.id == summary.id)
                           .with_for_update().execution_options(populate_existing=True))
    if row.emailed_at is not None:
        uow.rollback()
        return "already_sent"
    message_id = mailer.send(digest_email(uow, tenant, summary, recipients(uow, tenant), review))
    if message_id is None:
        uow.rollback()
        return "opted_out"
    row.emailed_at = now
    uow.commit()
    return "sent"


def send_weekly_digests(mailer: Mailer, *, at: datetime) -> DigestRun:
    """The hourly Sunday/Monday schedule: every business whose local time at `at` is Monday 08:xx gets
    its digest (each business matches exactly one slot a week); each in its own transaction."""
    with UnitOfWork(actor="scheduler:weekly_digest") as uow:
        ids = businesses.all_business_ids(uow)
    tally = dict.fromkeys(("due", "sent", "already_sent", "opted_out", "failed"), 0)
    for business_id in ids:
        try:
            with UnitOfWork(business_id=business_id, actor="scheduler:weekly_digest") as uow:
                tenant = forecasts.tenant_for(uow, business_id)
                if tenant is None:
                    continue
                local = at.astimezone(ZoneInfo(tenant.timezone))
                if (local.weekday(), local.hour) != (DIGEST_WEEKDAY, DIGEST_HOUR):
                    continue
                tally["due"] += 1
                tally[send_digest(uow, tenant, mailer, today=local.date())] += 1
        except Exception:  # logged and counted: one business's failure does not hold up the others'
            log.exception("weekly digest failed for business %s", business_id)
            tally["failed"] += 1
    if tally["due"] and tally["failed"] == tally["due"]:
        raise RuntimeError(f"weekly digest failed for all {tally['failed']} businesses due")
    return DigestRun(businesses=len(ids), **tally)
