"""Test fixtures shared by every layer.

The suite runs against a real PostgreSQL: a private embedded server (pgserver) started once per
session in a temporary directory, or the server in DATABASE_URL when set. Either way each session
gets a fresh database, migrated by the same code path as production, and the app connects to it
as the non-owner role, so row-level security is what the tests exercise.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

# Settings are read once and cached: set the test environment before any cashpilot import.
_TMP = Path(tempfile.mkdtemp(prefix="cashpilot-tests-"))
# Registered before the embedded server starts, so it runs after pgserver's own exit handler has stopped
# that server: each run leaves nothing behind (a cluster is ~150 MB).
atexit.register(shutil.rmtree, _TMP, ignore_errors=True)
_SERVER_URL = os.environ.pop("DATABASE_URL", None)
os.environ.update(
    {
        "CASHPILOT_DATA_DIR": str(_TMP / "data"),
        "CASHPILOT_ENVIRONMENT": "local",
        # Cheap hashing: the tests exercise Argon2 behaviour, not its cost.
        "CASHPILOT_ARGON2_TIME_COST": "1",
        "CASHPILOT_ARGON2_MEMORY_KIB": "1024",
        "CASHPILOT_ARGON2_PARALLELISM": "1",
        # Every TestClient request comes from the same "IP"; the per-IP limit is tested directly.
        "CASHPILOT_LOGIN_MAX_FAILURES_PER_IP": "100000",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "CashPilotTests",
        "POWERTOOLS_SERVICE_NAME": "cashpilot-api",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
)


def _plain(url) -> str:
    """SQLAlchemy URL -> libpq conninfo for raw psycopg connections."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database() -> dict:
    """A fresh, migrated database for this session: {'owner': URL, 'app': URL}."""
    if _SERVER_URL:
        server = make_url(_SERVER_URL)
    else:
        from cashpilot.local.postgres import server_uri

        server = make_url(server_uri(_TMP / "server"))
    name = f"cashpilot_test_{secrets.token_hex(4)}"
    with psycopg.connect(_plain(server.set(drivername="postgresql")), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    owner = server.set(drivername="postgresql+psycopg", database=name)
    os.environ["DATABASE_URL"] = owner.render_as_string(hide_password=False)

    from cashpilot.adapters.db.urls import resolve_urls
    from cashpilot.config import reset_caches

    reset_caches()
    from cashpilot.adapters.db.engine import app_engine

    app_engine()  # migrates as owner, then connects as the app role
    urls = resolve_urls()
    yield {"owner": urls.owner, "app": urls.app}
    reset_caches()
    with psycopg.connect(_plain(server.set(drivername="postgresql")), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def owner_conninfo(database) -> str:
    return _plain(database["owner"])


@pytest.fixture(scope="session")
def app_conninfo(database) -> str:
    return _plain(database["app"])


@pytest.fixture(scope="session")
def app(database):
    from cashpilot.api.app import create_app

    return create_app()


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


class Api:
    """A signed-in user talking to the API, optionally inside one business."""

    def __init__(self, client, token: str, user: dict, refresh_token: str, password: str) -> None:
        self.client = client
        self.token = token
        self.user = user
        self.refresh_token = refresh_token
        self.password = password
        self.business_id: str | None = None

    @property
    def email(self) -> str:
        return self.user["email"]

    def headers(self, business_id: str | None = None, **extra) -> dict:
        h = {"Authorization": f"Bearer {self.token}"}
        bid = business_id or self.business_id
        if bid:
            h["X-Business-ID"] = bid
        h.update(extra)
        return h

    def request(self, method: str, path: str, *, business_id: str | None = None, headers=None, **kw):
        h = self.headers(business_id)
        h.update(headers or {})
        return self.client.request(method, "/api/v1" + path, headers=h, **kw)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def patch(self, path, **kw):
        return self.request("PATCH", path, **kw)

    def put(self, path, **kw):
        return self.request("PUT", path, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def ok(self, method: str, path: str, status: int = 200, **kw) -> dict | list | None:
        r = self.request(method, path, **kw)
        assert r.status_code == status, f"{method} {path}: {r.status_code} {r.text}"
        return r.json() if r.content else None

    # Small builders used across tests ---------------------------------------------------
    def create_business(self, name: str = "Acme Ltd", currency: str = "EUR", **kw) -> dict:
        b = self.ok("POST", "/businesses", 201, json={"name": name, "currency": currency, **kw})
        self.business_id = b["id"]
        return b

    def create_account(self, name: str = "Main", **kw) -> dict:
        return self.ok("POST", "/accounts", 201, json={"name": name, **kw})

    def create_transaction(self, account_id: str, amount: str = "-10.00", day: str = "2026-01-15", **kw) -> dict:
        body = {"account_id": account_id, "amount": amount, "transaction_date": day, **kw}
        return self.ok("POST", "/transactions", 201, json=body)

    def category_id(self, system_key: str) -> str:
        cats = self.ok("GET", "/categories")
        return next(c["id"] for c in cats if c["system_key"] == system_key)


@pytest.fixture
def register(client):
    def _register(email: str | None = None, password: str = "correct horse battery", name: str = "Test User") -> Api:
        email = email or f"user-{uuid.uuid4().hex[:12]}@example.com"
        r = client.post("/api/v1/auth/register", json={"email": email, "password": password, "full_name": name})
        assert r.status_code == 201, r.text
        body = r.json()
        return Api(client, body["tokens"]["access_token"], body["user"], body["tokens"]["refresh_token"], password)

    return _register


@pytest.fixture
def owner(register) -> Api:
    """A user who owns a fresh business with one EUR account."""
    api = register()
    api.create_business("Owner Co", "EUR")
    return api
