"""JWT access tokens (HS256) and opaque refresh tokens.

The signing key comes from settings: CASHPILOT_JWT_SECRET, or a Secrets Manager secret in AWS
(CASHPILOT_JWT_SECRET_ARN), or locally a random key generated once into the data directory.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

import jwt

from cashpilot.config import get_settings
from cashpilot.domain.errors import NotAuthenticated

_ALGORITHM = "HS256"
_AUDIENCE = "cashpilot-api"


@lru_cache(maxsize=1)
def _signing_key() -> str:
    s = get_settings()
    if s.jwt_secret is not None:
        return s.jwt_secret.get_secret_value()
    if s.jwt_secret_arn:
        from cashpilot.adapters.secrets import get_secret

        return get_secret(s.jwt_secret_arn)
    if s.environment == "aws":
        raise RuntimeError("no JWT signing key configured (set CASHPILOT_JWT_SECRET_ARN)")
    from cashpilot.adapters.secrets import local_secret

    return local_secret(s.data_dir, "jwt-signing-key")


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    session_id: uuid.UUID
    expires_at: datetime


def issue_access_token(user_id: uuid.UUID, session_id: uuid.UUID, now: datetime | None = None) -> tuple[str, int]:
    s = get_settings()
    now = now or datetime.now(UTC)
    ttl = s.access_token_ttl_seconds
    claims = {
        "sub": str(user_id),
        "sid": str(session_id),
        "typ": "access",
        "iss": s.jwt_issuer,
        "aud": _AUDIENCE,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(seconds=ttl)).timestamp()),
        "jti": secrets.token_hex(8),
    }
    return jwt.encode(claims, _signing_key(), algorithm=_ALGORITHM), ttl


def decode_access_token(token: str) -> AccessClaims:
    s = get_settings()
    try:
        claims = jwt.decode(
            token,
            _signing_key(),
            algorithms=[_ALGORITHM],
            audience=_AUDIENCE,
            issuer=s.jwt_issuer,
            options={"require": ["exp", "iat", "sub", "sid"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise NotAuthenticated("The access token has expired; refresh it.", code="token_expired") from exc
    except jwt.PyJWTError as exc:
        raise NotAuthenticated("The access token is invalid.", code="invalid_token") from exc
    if claims.get("typ") != "access":
        raise NotAuthenticated("The access token is invalid.", code="invalid_token")
    try:
        return AccessClaims(
            user_id=uuid.UUID(claims["sub"]),
            session_id=uuid.UUID(claims["sid"]),
            expires_at=datetime.fromtimestamp(claims["exp"], UTC),
        )
    except (ValueError, TypeError) as exc:
        raise NotAuthenticated("The access token is invalid.", code="invalid_token") from exc


def new_refresh_token() -> tuple[str, str]:
    """(token for the client, sha256 hex kept in the database)."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def clear_cache() -> None:
    _signing_key.cache_clear()
