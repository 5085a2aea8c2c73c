"""Signing up, signing in, staying signed in safely, and signing out."""

from __future__ import annotations

import uuid

import jwt
import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import RateLimited
from cashpilot.services import auth


def _login(client, email, password):
    return client.post("/api/v1/auth/login", json={"email": email, "password": password})


def test_register_then_login_and_me(client, register):
    api = register(email=f"Mixed.Case-{uuid.uuid4().hex[:6]}@Example.com", name="Ada Owner")
    assert api.user["email"] == api.user["email"].lower()
    r = _login(client, api.email.upper(), api.password)
    assert r.status_code == 200
    me = api.ok("GET", "/auth/me")
    assert me["full_name"] == "Ada Owner" and me["email"] == api.email
    assert "password" not in str(me)


def test_passwords_are_stored_as_argon2id(register, owner_conninfo):
    import psycopg

    api = register()
    with psycopg.connect(owner_conninfo) as conn:
        stored = conn.execute("SELECT password_hash FROM users WHERE id = %s", (api.user["id"],)).fetchone()[0]
    assert stored.startswith("$argon2id$") and api.password not in stored


def test_duplicate_email_is_a_conflict(client, register):
    api = register()
    r = client.post("/api/v1/auth/register", json={"email": api.email.upper(), "password": "another password"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "email_taken"


def test_weak_or_malformed_registration_is_refused(client):
    r = client.post("/api/v1/auth/register", json={"email": "not-an-email", "password": "long enough pw"})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "email"
    r = client.post("/api/v1/auth/register", json={"email": "a@example.com", "password": "short"})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["field"] == "password"


def test_wrong_password_and_unknown_email_look_the_same(client, register):
    api = register()
    wrong = _login(client, api.email, "not the password")
    unknown = _login(client, f"nobody-{uuid.uuid4().hex}@example.com", "whatever it is")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "invalid_credentials"


def test_login_is_rate_limited_per_account(client, register):
    api = register()
    for _ in range(5):
        assert _login(client, api.email, "bad guess!!").status_code == 401
    r = _login(client, api.email, api.password)  # even the right password waits now
    assert r.status_code == 429
    assert r.json()["error"]["code"] == "too_many_login_attempts"
    assert int(r.headers["Retry-After"]) > 0
    # another account is not affected
    other = register()
    assert _login(client, other.email, other.password).status_code == 200


def test_login_is_rate_limited_per_address(database, register, monkeypatch):
    from cashpilot.config import get_settings

    monkeypatch.setattr(get_settings(), "login_max_failures_per_ip", 3)
    ip = f"203.0.113.{uuid.uuid4().int % 250}"
    for i in range(3):
        with UnitOfWork() as uow, pytest.raises(Exception):
            auth.login(uow, email=f"spray-{i}-{uuid.uuid4().hex}@example.com", password="x" * 12, ip=ip)
    victim = register()
    with UnitOfWork() as uow, pytest.raises(RateLimited):
        auth.login(uow, email=victim.email, password=victim.password, ip=ip)


def test_refresh_rotates_and_reuse_revokes_the_family(client, register):
    api = register()
    first = api.refresh_token
    r = client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert r.status_code == 200
    second = r.json()["refresh_token"]
    new_access = r.json()["access_token"]
    assert second != first

    # Someone replays the spent token: refused, and the whole family dies...
    r = client.post("/api/v1/auth/refresh", json={"refresh_token": first})
    assert r.status_code == 401 and r.json()["error"]["code"] == "refresh_token_reused"
    # ...including the legitimate newest refresh token and the access tokens of that session.
    r = client.post("/api/v1/auth/refresh", json={"refresh_token": second})
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_revoked"
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {new_access}"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_revoked"
    # A fresh sign-in works.
    assert _login(client, api.email, api.password).status_code == 200


def test_unknown_refresh_token_is_refused(client):
    r = client.post("/api/v1/auth/refresh", json={"refresh_token": "made-up"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_refresh_token"


def test_logout_ends_the_session(client, register):
    api = register()
    r = client.post("/api/v1/auth/logout", headers=api.headers())
    assert r.status_code == 204
    assert client.get("/api/v1/auth/me", headers=api.headers()).status_code == 401
    r = client.post("/api/v1/auth/refresh", json={"refresh_token": api.refresh_token})
    assert r.status_code == 401


def test_other_sessions_survive_a_logout(client, register):
    api = register()
    second = _login(client, api.email, api.password).json()["tokens"]
    client.post("/api/v1/auth/logout", headers=api.headers())
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert r.status_code == 200


def test_change_password_revokes_every_session(client, register):
    api = register()
    other = _login(client, api.email, api.password).json()["tokens"]
    r = api.post("/auth/change-password", json={"current_password": api.password, "new_password": "brand new secret"})
    assert r.status_code == 200
    fresh = r.json()
    for token in (api.token, other["access_token"]):
        assert client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    fresh_headers = {"Authorization": f"Bearer {fresh['access_token']}"}
    assert client.get("/api/v1/auth/me", headers=fresh_headers).status_code == 200
    assert _login(client, api.email, api.password).status_code == 401
    assert _login(client, api.email, "brand new secret").status_code == 200


def test_change_password_needs_the_current_one(register):
    api = register()
    r = api.post("/auth/change-password", json={"current_password": "wrong one!!", "new_password": "brand new secret"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_current_password"


def test_update_profile_and_email_change_needs_password(register):
    api = register()
    assert api.ok("PUT", "/auth/me", json={"full_name": "  New Name "})["full_name"] == "New Name"
    new_email = f"moved-{uuid.uuid4().hex[:8]}@example.com"
    r = api.put("/auth/me", json={"email": new_email})
    assert r.status_code == 422 and r.json()["error"]["code"] == "current_password_required"
    assert api.ok("PUT", "/auth/me", json={"email": new_email, "current_password": api.password})["email"] == new_email
    taken = api.put("/auth/me", json={"email": api.email, "current_password": api.password})
    assert taken.status_code == 200  # unchanged own email is fine


def test_expired_tampered_and_missing_tokens(client, register, monkeypatch):
    from cashpilot.adapters import tokens

    api = register()
    # missing
    r = client.get("/api/v1/auth/me")
    assert r.status_code == 401 and r.json()["error"]["code"] == "not_authenticated"
    assert r.headers["WWW-Authenticate"] == "Bearer"
    # tampered: flip a character of the signature
    head, body, sig = api.token.split(".")
    tampered = ".".join([head, body, ("A" if sig[0] != "A" else "B") + sig[1:]])
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {tampered}"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    # signed with another key
    claims = jwt.decode(api.token, options={"verify_signature": False})
    forged = jwt.encode(claims, "not-our-signing-key-but-long-enough-for-hs256", algorithm="HS256")
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    # alg=none
    unsigned = jwt.encode(claims, key=None, algorithm="none")
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {unsigned}"})
    assert r.status_code == 401
    # expired: a real token issued in the past
    from datetime import UTC, datetime, timedelta

    old, _ = tokens.issue_access_token(uuid.UUID(claims["sub"]), uuid.UUID(claims["sid"]),
                                       now=datetime.now(UTC) - timedelta(hours=2))
    r = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {old}"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "token_expired"
    # garbage
    r = client.get("/api/v1/auth/me", headers={"Authorization": "Bearer " + "x" * 5000})
    assert r.status_code == 401
