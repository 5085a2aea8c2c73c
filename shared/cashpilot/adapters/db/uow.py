"""Unit of work: one database transaction with its tenant context.

Every transaction the session begins first runs one parameterised statement that sets the
transaction-local settings row-level security reads (`app.business_id`, `app.user_id`), plus who is
acting (for the audit trigger) and a statement timeout. Never a string-built session `SET`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Self

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from cashpilot.config import get_settings

_SET_CONTEXT = text(
    "SELECT set_config('app.business_id', :business_id, true),"
    " set_config('app.user_id', :user_id, true),"
    " set_config('app.actor', :actor, true),"
    " set_config('app.request_id', :request_id, true),"
    " set_config('statement_timeout', :timeout, true)"
)


class UnitOfWork:
    def __init__(
        self,
        session_factory: Callable[[], Session] | None = None,
        *,
        business_id: uuid.UUID | None = None,
        user_id: uuid.UUID | None = None,
        actor: str = "user",
        request_id: str | None = None,
        statement_timeout_ms: int | None = None,
    ) -> None:
        if session_factory is None:
            from cashpilot.adapters.db.engine import session_factory as default_factory

            session_factory = default_factory()
        self._factory = session_factory
        self.business_id = business_id
        self.user_id = user_id
        self.actor = actor
        self.request_id = request_id
        # Requests keep the short default; batch jobs (a 100,000-row classification) may ask for more.
        self.statement_timeout_ms = statement_timeout_ms
        self._session: Session | None = None

    # -- context -------------------------------------------------------------------------
    def _params(self) -> dict[str, str]:
        return {
            "business_id": str(self.business_id) if self.business_id else "",
            "user_id": str(self.user_id) if self.user_id else "",
            "actor": self.actor or "",
            "request_id": self.request_id or "",
            "timeout": str(self.statement_timeout_ms or get_settings().db_statement_timeout_ms),
        }

    def _after_begin(self, session: Session, transaction, connection) -> None:
        connection.execute(_SET_CONTEXT, self._params())

    def set_context(self, *, business_id: uuid.UUID | None = None, user_id: uuid.UUID | None = None) -> None:
        """Switch tenant / user, also inside an already open transaction."""
        if business_id is not None:
            self.business_id = business_id
        if user_id is not None:
            self.user_id = user_id
        if self._session is not None and self._session.in_transaction():
            self._session.execute(_SET_CONTEXT, self._params())

    # -- lifecycle -----------------------------------------------------------------------
    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = self._factory()
            event.listen(self._session, "after_begin", self._after_begin)
        return self._session

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        if self._session is not None:
            self._session.rollback()

    def flush(self) -> None:
        self.session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.rollback()  # anything not committed explicitly is discarded
            self._session.close()
            self._session = None
