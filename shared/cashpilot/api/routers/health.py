from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from cashpilot.api.deps import UoW

router = APIRouter(tags=["health"])


@router.get("/health", summary="Liveness and database reachability")
def health(uow: UoW) -> dict:
    uow.session.execute(text("SELECT 1"))
    return {"status": "ok"}
