"""Accounts of people: register, log in, rotate refresh tokens, log out, profile, password."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, func, select, update

from cashpilot.adapters import passwords, tokens
from cashpilot.adapters.db.models import AuthSession, LoginAttempt, RefreshToken, User
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.config import get_settings
from cashpilot.domain.errors import Conflict, InvalidInput, NotAuthenticated, RateLimited
from cashpilot.services.context import Principal


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret


def _now() -> datetime:
    return datetime.now(UTC)


def _normalize_email(email: str) -> str:
    return email.strip().lower()


def _email_taken(uow: UnitOfWork, email: str, exclude: uuid.UUID | None = None) -> bool:
    q = select(User.id).where(func.lower(User.email) == email)
    if exclude is not None:
        q = q.where(User.id != exclude)
    return uow.session.scalar(q) is not None


def _start_session(uow: UnitOfWork, user: User, user_agent: str | None, ip: str | None) -> TokenPair:
    s = get_settings()
    now = _now()
    expires = now + timedelta(days=s.refresh_token_ttl_days)
    session = AuthSession(user_id=user.id, expires_at=expires, user_agent=user_agent, ip_address=ip)
    uow.session.add(session)
    uow.session.flush()
    return _issue(uow, user.id, session.id, expires)


def _issue(uow: UnitOfWork, user_id: uuid.UUID, session_id: uuid.UUID, expires: datetime) -> TokenPair:
    refresh, digest = tokens.new_refresh_token()
    uow.session.add(RefreshToken(session_id=session_id, token_hash=digest, expires_at=expires))
    access, ttl = tokens.issue_access_token(user_id, session_id)
    return TokenPair(access_token=access, refresh_token=refresh, expires_in=ttl)


def register(
    uow: UnitOfWork, *, email: str, password: str, full_name: str, user_agent: str | None = None,
    ip: str | None = None,
) -> tuple[User, TokenPair]:
    email = _normalize_email(email)
    if _email_taken(uow, email):
        raise Conflict("An account with this email already exists.", code="email_taken")
    user = User(email=email, password_hash=passwords.hash_password(password), full_name=full_name.strip())
    uow.session.add(user)
    uow.session.flush()
    pair = _start_session(uow, user, user_agent, ip)
    uow.commit()
    return user, pair


def _check_rate_limit(uow: UnitOfWork, email: str, ip: str | None) -> None:
    s = get_settings()
    now = _now()
    window_start = now - timedelta(seconds=s.login_window_seconds)
    last_success = (
        select(func.max(LoginAttempt.attempted_at))
        .where(LoginAttempt.email == email, LoginAttempt.succeeded)
        .scalar_subquery()
    )
    oldest, failures = uow.session.execute(
        select(func.min(LoginAttempt.attempted_at), func.count()).where(
            LoginAttempt.email == email,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.attempted_at > window_start,
            LoginAttempt.attempted_at > func.coalesce(last_success, window_start),
        )
    ).one()
    if failures >= s.login_max_failures:
        retry = int((oldest + timedelta(seconds=s.login_window_seconds) - now).total_seconds()) + 1
        raise RateLimited(
            "Too many failed sign-in attempts for this account. Try again later.",
            code="too_many_login_attempts", retry_after=max(retry, 1),
        )
    if ip:
        ip_failures = uow.session.scalar(
            select(func.count()).where(
                LoginAttempt.ip_address == ip,
                LoginAttempt.succeeded.is_(False),
                LoginAttempt.attempted_at > window_start,
            )
        )
        if ip_failures >= s.login_max_failures_per_ip:
            raise RateLimited(
                "Too many failed sign-in attempts from this address. Try again later.",
                code="too_many_login_attempts", retry_after=s.login_window_seconds,
            )


def login(
    uow: UnitOfWork, *, email: str, password: str, user_agent: str | None = None, ip: str | None = None
) -> tuple[User, TokenPair]:
    email = _normalize_email(email)
    _check_rate_limit(uow, email, ip)
    user = uow.session.scalar(select(User).where(func.lower(User.email) == email))
    ok = passwords.verify_password(user.password_hash if user else passwords.dummy_hash(), password)
    if not ok or user is None or not user.is_active:
        uow.session.add(LoginAttempt(email=email, ip_address=ip, succeeded=False))
        uow.commit()  # the failure must count even though the request fails
        raise NotAuthenticated("Email or password is incorrect.", code="invalid_credentials")
    # Old failures are no longer needed once the owner got in.
    uow.session.execute(delete(LoginAttempt).where(LoginAttempt.email == email))
    uow.session.add(LoginAttempt(email=email, ip_address=ip, succeeded=True))
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    pair = _start_session(uow, user, user_agent, ip)
    uow.commit()
    return user, pair


def refresh(uow: UnitOfWork, refresh_token: str) -> TokenPair:
    """Rotate: the presented token is spent and a new one issued in the same family (session).

    Presenting a spent token means it was copied: the whole family is revoked, the thief's and
    the owner's tokens alike, and the owner signs in again.
    """
    now = _now()
    row = uow.session.execute(
        select(RefreshToken, AuthSession)
        .join(AuthSession, AuthSession.id == RefreshToken.session_id)
        .where(RefreshToken.token_hash == tokens.hash_refresh_token(refresh_token))
        .with_for_update()
    ).first()
    if row is None:
        raise NotAuthenticated("The refresh token is not valid.", code="invalid_refresh_token")
    token, session = row
    if session.revoked_at is not None:
        raise NotAuthenticated("This session has ended; sign in again.", code="session_revoked")
    if token.used_at is not None:
        _revoke_session(uow, session.id, "refresh_token_reuse")
        uow.commit()
        raise NotAuthenticated(
            "This refresh token was already used. For your safety every token of this session has been "
            "revoked; sign in again.",
            code="refresh_token_reused",
        )
    if token.expires_at <= now or session.expires_at <= now:
        raise NotAuthenticated("The refresh token has expired; sign in again.", code="refresh_token_expired")
    token.used_at = now
    session.last_used_at = now
    user_active = uow.session.scalar(select(User.is_active).where(User.id == session.user_id))
    if not user_active:
        raise NotAuthenticated("This account is disabled.", code="account_disabled")
    pair = _issue(uow, session.user_id, session.id, session.expires_at)
    uow.commit()
    return pair


def _revoke_session(uow: UnitOfWork, session_id: uuid.UUID, reason: str) -> None:
    uow.session.execute(
        update(AuthSession)
        .where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=_now(), revoked_reason=reason)
    )


def logout(uow: UnitOfWork, principal: Principal) -> None:
    _revoke_session(uow, principal.session_id, "logout")
    uow.commit()


def authenticate(uow: UnitOfWork, access_token: str) -> tuple[Principal, User]:
    """Access token -> the signed-in user, if the token is valid and its session still open."""
    claims = tokens.decode_access_token(access_token)
    row = uow.session.execute(
        select(User, AuthSession.revoked_at)
        .join(AuthSession, and_(AuthSession.user_id == User.id, AuthSession.id == claims.session_id))
        .where(User.id == claims.user_id)
    ).first()
    if row is None:
        raise NotAuthenticated("The access token is invalid.", code="invalid_token")
    user, revoked_at = row
    if revoked_at is not None:
        raise NotAuthenticated("This session has ended; sign in again.", code="session_revoked")
    if not user.is_active:
        raise NotAuthenticated("This account is disabled.", code="account_disabled")
    uow.set_context(user_id=user.id)
    return Principal(user_id=user.id, session_id=claims.session_id, email=user.email), user


def update_profile(
    uow: UnitOfWork, user: User, *, full_name: str | None, email: str | None, current_password: str | None
) -> User:
    if email is not None and _normalize_email(email) != user.email:
        if not current_password or not passwords.verify_password(user.password_hash, current_password):
            raise InvalidInput(
                "Changing your email needs your current password.", code="current_password_required"
            )
        new_email = _normalize_email(email)
        if _email_taken(uow, new_email, exclude=user.id):
            raise Conflict("An account with this email already exists.", code="email_taken")
        user.email = new_email
    if full_name is not None:
        user.full_name = full_name.strip()
    uow.flush()
    uow.commit()
    return user


def change_password(
    uow: UnitOfWork, principal: Principal, user: User, *, current_password: str, new_password: str,
    user_agent: str | None = None, ip: str | None = None,
) -> TokenPair:
    """New password; every session (this one included) is revoked and a fresh one returned."""
    if not passwords.verify_password(user.password_hash, current_password):
        raise InvalidInput("The current password is incorrect.", code="invalid_current_password")
    if current_password == new_password:
        raise InvalidInput("The new password must differ from the current one.", code="password_unchanged")
    user.password_hash = passwords.hash_password(new_password)
    user.password_changed_at = _now()
    uow.session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=_now(), revoked_reason="password_changed")
    )
    pair = _start_session(uow, user, user_agent, ip)
    uow.commit()
    return pair
