"""One lazily created engine per process (per Lambda execution environment).

Nothing connects at import time. psycopg's server-side prepared statements are off
(`prepare_threshold=None`) because RDS Proxy would pin every connection that uses them.
"""

from __future__ import annotations

import json
import threading
from decimal import Decimal

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from cashpilot.config import get_settings

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_session_factory: sessionmaker[Session] | None = None


def _json_loads(raw: str | bytes):
    # JSON numbers in jsonb (audit snapshots, raw imported rows) are money more often than not:
    # read them as Decimal so no amount ever passes through float.
    return json.loads(raw, parse_float=Decimal)


def _json_dumps(value) -> str:
    return json.dumps(value, default=_json_default, separators=(",", ":"))


def _json_default(value):
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _build(url: URL, pool_size: int, max_overflow: int) -> Engine:
    return create_engine(
        url,
        json_deserializer=_json_loads,
        json_serializer=_json_dumps,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args={"prepare_threshold": None, "application_name": "cashpilot"},
    )


def app_engine() -> Engine:
    """Engine for the non-owner app role: every query is subject to row-level security."""
    with _lock:
        if "app" not in _engines:
            from cashpilot.adapters.db.urls import resolve_urls

            s = get_settings()
            urls = resolve_urls(s)
            if s.auto_migrate and urls.owner is not None:
                from cashpilot.adapters.db.migrate import upgrade

                upgrade(urls.owner)
            _engines["app"] = _build(urls.app, s.db_pool_size, s.db_max_overflow)
        return _engines["app"]


def owner_engine() -> Engine:
    """Engine for the owner role (migrations, maintenance). Never used to serve requests."""
    with _lock:
        if "owner" not in _engines:
            from cashpilot.adapters.db.urls import resolve_urls

            owner = resolve_urls().owner
            if owner is None:
                raise RuntimeError("no owner database credentials are configured in this environment")
            _engines["owner"] = _build(owner, 1, 1)
        return _engines["owner"]


def session_factory() -> sessionmaker[Session]:
    global _session_factory
    if _session_factory is None:
        _session_factory = sessionmaker(bind=app_engine(), expire_on_commit=False, autoflush=True)
    return _session_factory


def dispose_engines() -> None:
    global _session_factory
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _session_factory = None
