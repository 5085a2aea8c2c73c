"""Email sent through the local cloud's SES: kept under the data dir, listed by `cashpilot emails`.

moto's SES delivers nothing: it keeps every sent message in memory, in its backend
(`ses_backends[account][region].sent_messages`, the way moto's own documentation says to check sent
mail). Its HTTP dump (`/moto-api/data.json`) is no help here: it fails with an error as soon as a
Lambda function exists and Docker does not. So the process that runs the local cloud copies each
message to `<data dir>/mail/<message id>.json` (`MailKeeper`, every second in `cashpilot local`; and
when a local cloud stops), and `cashpilot emails` reads that folder: mail outlives the local cloud.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger("cashpilot.local.mail")


def mail_dir(data_dir: Path) -> Path:
    return data_dir / "mail"


def _plain(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return str(value)
    return value


def sent_messages() -> list[dict[str, Any]]:
    """Every message moto's SES (in this process) holds: Message, RawMessage, TemplateMessage, ..."""
    from moto.ses.models import ses_backends

    messages = []
    for account_id, regions in list(ses_backends.items()):
        for region, backend in list(regions.items()):
            for message in list(backend.sent_messages):
                fields = {k: _plain(v) for k, v in vars(message).items() if not k.startswith("_")}
                message_id = fields.pop("id", None) or ",".join(fields.pop("ids", None) or [])
                messages.append({"id": message_id, "kind": type(message).__name__, "account": account_id,
                                 "region": region, **fields})
    return messages


def archive(messages: list[dict[str, Any]], data_dir: Path) -> int:
    """Keep messages not kept yet; returns how many were new."""
    folder = mail_dir(data_dir)
    new = 0
    for message in messages:
        name = "".join(c if c.isalnum() or c in "-_" else "_" for c in message["id"])[:120] or "message"
        path = folder / f"{name}.json"
        if path.exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**message, "kept_at": datetime.now(UTC).isoformat()}, indent=2))
        new += 1
    return new


def kept_emails(data_dir: Path) -> list[dict[str, Any]]:
    folder = mail_dir(data_dir)
    messages = [json.loads(p.read_text()) for p in folder.glob("*.json")] if folder.is_dir() else []
    return sorted(messages, key=lambda m: (m.get("kept_at", ""), m["id"]))


def format_email(message: dict[str, Any]) -> str:
    destinations = message.get("destinations")
    if isinstance(destinations, dict):
        to = ", ".join(a for addresses in destinations.values() for a in addresses)
    else:
        to = ", ".join(destinations or [])
    subject = message.get("subject") or message.get("template") or "(raw message)"
    body = message.get("body") or message.get("raw_data") or message.get("template_data") or ""
    return (f"{message.get('kept_at', '')[:19]}  {message.get('source', '?')} -> {to}\n"
            f"  Subject: {subject}\n" + "".join(f"  | {line}\n" for line in str(body).splitlines()[:40]))


class MailKeeper:
    """Copies newly sent messages to the data dir while the local cloud runs."""

    def __init__(self, data_dir: Path, *, interval: float = 1.0) -> None:
        self.data_dir = data_dir
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="local-mail", daemon=True)

    def start(self) -> MailKeeper:
        self._thread.start()
        return self

    def keep(self) -> int:
        new = archive(sent_messages(), self.data_dir)
        if new:
            log.info("%d email(s) sent: `cashpilot emails` shows them", new)
        return new

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.keep()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.keep()
            except Exception as exc:
                log.debug("mail keeper: %s", exc)
