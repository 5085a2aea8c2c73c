"""Sending email: SES in AWS and in the local cloud (moto keeps what it "sends"), nothing without a sender.

`default_mailer()` follows the settings: `CASHPILOT_MAIL_FROM` names the verified SES identity; without
it `NoMailer` logs and sends nothing, so a deployment without SES still runs its pipeline.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from cashpilot.config import get_settings

log = logging.getLogger("cashpilot.mail")


@dataclass(frozen=True)
class Email:
    to: tuple[str, ...]
    subject: str
    text: str


class Mailer(Protocol):
    def send(self, email: Email) -> str | None:
        """Send; the provider's message id, or None when nothing was sent."""


class SesMailer:
    def __init__(self, sender: str, endpoint_url: str | None = None, region: str | None = None) -> None:
        import boto3  # lazy: only the notify and scheduler functions send mail

        self.sender = sender
        self._ses = boto3.client("ses", endpoint_url=endpoint_url, region_name=region)

    def send(self, email: Email) -> str | None:
        if not email.to:
            return None
        response = self._ses.send_email(
            Source=self.sender, Destination={"ToAddresses": list(email.to)},
            Message={"Subject": {"Data": email.subject, "Charset": "UTF-8"},
                     "Body": {"Text": {"Data": email.text, "Charset": "UTF-8"}}},
        )
        return response["MessageId"]


class NoMailer:
    def send(self, email: Email) -> str | None:
        log.info("no sender configured (CASHPILOT_MAIL_FROM): %r not emailed", email.subject)
        return None


@lru_cache(maxsize=1)
def default_mailer() -> Mailer:
    s = get_settings()
    if s.mail_from:
        return SesMailer(s.mail_from, s.aws_endpoint_url, s.aws_region)
    return NoMailer()


def clear_cache() -> None:
    default_mailer.cache_clear()
