"""Which PostgreSQL to talk to, and as whom.

Two identities, always:
- the owner (runs migrations, owns tables): DATABASE_URL, or the embedded server's superuser;
- the app (serves requests): the non-owner role `cashpilot_app`, subject to row-level security.

In AWS both come from Secrets Manager (RDS-style JSON secrets) and the host is the RDS Proxy.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from cashpilot.config import Settings, get_settings


@dataclass(frozen=True)
class DatabaseUrls:
    owner: URL | None  # None in the API Lambda: it never migrates
    app: URL


def _as_psycopg(url: str | URL) -> URL:
    u = make_url(url) if isinstance(url, str) else url
    return u.set(drivername="postgresql+psycopg")


def derived_app_password(owner: URL) -> str:
    """A stable password for the app role when none is configured.

    Derived from the owner's credentials so that migrations (which set it) and the app (which
    uses it) agree without another secret to manage. Set CASHPILOT_DATABASE_APP_PASSWORD or
    DATABASE_APP_URL to choose your own.
    """
    key = (owner.password or "").encode() + b"|" + (owner.username or "").encode()
    return hmac.new(key, b"cashpilot-app-role", hashlib.sha256).hexdigest()[:40]


def _url_from_secret(secret_arn: str, settings: Settings) -> URL:
    from cashpilot.adapters.secrets import get_secret

    data = json.loads(get_secret(secret_arn))
    return URL.create(
        "postgresql+psycopg",
        username=data["username"],
        password=data["password"],
        host=settings.database_host or data["host"],
        port=int(data.get("port", 5432)),
        database=data.get("dbname") or settings.database_name,
        query={"sslmode": "require"},
    )


def resolve_urls(settings: Settings | None = None) -> DatabaseUrls:
    s = settings or get_settings()
    if s.database_app_secret_arn:
        owner = _url_from_secret(s.database_owner_secret_arn, s) if s.database_owner_secret_arn else None
        return DatabaseUrls(owner=owner, app=_url_from_secret(s.database_app_secret_arn, s))

    if s.database_url:
        owner = _as_psycopg(s.database_url)
    else:
        from cashpilot.local.postgres import ensure_database, server_uri

        superuser = server_uri(s.data_dir)
        ensure_database(superuser, s.database_name)
        owner = _as_psycopg(superuser).set(database=s.database_name)

    if s.database_app_url:
        app = _as_psycopg(s.database_app_url)
    else:
        password = (
            s.database_app_password.get_secret_value() if s.database_app_password else derived_app_password(owner)
        )
        app = owner.set(username=s.db_app_role, password=password)
    return DatabaseUrls(owner=owner, app=app)
