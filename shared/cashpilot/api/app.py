"""The FastAPI application: one app for `cashpilot serve`, tests, and the API Lambda (via Mangum)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from cashpilot import __version__
from cashpilot.api import errors
from cashpilot.api.middleware import BodySizeLimit, CatchAll, RequestId
from cashpilot.api.routers import (
    accounts,
    ai_memory,
    alerts,
    auth,
    businesses,
    categories,
    chat,
    dashboard,
    entities,
    forecasts,
    health,
    imports,
    insights,
    recurring,
    review,
    rules,
    scenarios,
    stability,
    transactions,
)
from cashpilot.config import get_settings

API_PREFIX = "/api/v1"

DESCRIPTION = """
CashPilot's API. Sign in with `/api/v1/auth/login`, send the access token as `Authorization: Bearer ...`
and the business you act on as `X-Business-ID`. Money is a decimal string with two places; errors
come as `{"error": {"code", "message", "details"}}`.
"""


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="CashPilot API", version=__version__, description=DESCRIPTION,
                  docs_url="/docs", openapi_url="/openapi.json", redoc_url=None)
    # Included straight into the app: every extra router level makes FastAPI re-analyse each route,
    # which the Lambda pays for on every cold start.
    for module in (auth, businesses, accounts, categories, entities, transactions, imports, review, rules, recurring,
                   forecasts, scenarios, stability, alerts, dashboard, insights, chat, ai_memory, health):
        app.include_router(module.router, prefix=API_PREFIX)
    errors.install(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_credentials=False,
            allow_methods=["*"], allow_headers=["Authorization", "Content-Type", "X-Business-ID", "X-Request-ID"],
        )
    app.add_middleware(CatchAll)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestId)  # outermost: every response, even a 413, carries the request id
    return app
