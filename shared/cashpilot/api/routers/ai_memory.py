"""Business memory: what the co-pilot remembers about the business (the owner's stated facts and
preferences). Read by every member; changed by owners and editors."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.chat import MemoryIn, MemoryList, MemoryOut
from cashpilot.services.chat import memory as svc

router = APIRouter(tags=["chat"])
Key = Annotated[str, Path(max_length=200, description="e.g. cash_buffer")]


@router.get("/ai/memory", response_model=MemoryList, summary="What the co-pilot remembers about this business")
def list_memory(uow: UoW, tenant: CurrentTenant) -> MemoryList:
    return MemoryList(items=[MemoryOut(**vars(m)) for m in svc.list_memory(uow, tenant)])


@router.put("/ai/memory/{key}", response_model=MemoryOut, summary="Remember a value under a key (replaces it)")
def put_memory(key: Key, body: MemoryIn, uow: UoW, tenant: CurrentTenant) -> MemoryOut:
    item = svc.set_memory(uow, tenant, key, body.value, source="api")
    uow.commit()
    return MemoryOut(**vars(item))


@router.delete("/ai/memory/{key}", status_code=status.HTTP_204_NO_CONTENT, summary="Forget a key")
def delete_memory(key: Key, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_memory(uow, tenant, key)
    uow.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
