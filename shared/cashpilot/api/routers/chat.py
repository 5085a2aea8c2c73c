"""The chat co-pilot: sessions and messages.

Posting a message answers with the complete reply as JSON, or - when the request's Accept asks for
`text/event-stream` - with Server-Sent Events as the answer is built:
    event: reasoning   {"tool", "arguments"} before a tool call, {"tool", "result", "error"} after it
    event: content     {"text": chunk} (the answer text; chunks concatenate to it)
    event: data_card   a card the apps render
    event: done        {"message_id", "reply": <the same object the JSON response returns>}
    event: error       {"code", "message"} (only if the reply could not be stored; no done follows)
Errors found before answering (unknown session, empty or oversized message, rate limit) are ordinary
JSON error responses, never a stream.

Deployed, the API Lambda runs behind API Gateway through Mangum, which buffers a response: there the
events arrive together, in one body, when the answer is complete. Same events, same order, no
incremental delivery. Served by `cashpilot serve` (uvicorn) they arrive as they happen.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import uuid
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.chat import (
    ChatReplyOut,
    MessageIn,
    MessageOut,
    MessagePage,
    SessionIn,
    SessionOut,
    SessionPage,
)
from cashpilot.config import get_settings
from cashpilot.domain.errors import CashPilotError
from cashpilot.services.chat import sessions as svc
from cashpilot.services.context import Tenant

log = logging.getLogger("cashpilot.api.chat")
router = APIRouter(tags=["chat"])
EVENT_STREAM = "text/event-stream"


def _limit(limit: int | None) -> int:
    s = get_settings()
    return min(limit or s.default_page_size, s.max_page_size)


@router.post("/chat/sessions", status_code=status.HTTP_201_CREATED, response_model=SessionOut,
             summary="Start a conversation with the co-pilot")
def create_session(uow: UoW, tenant: CurrentTenant, body: SessionIn | None = None) -> SessionOut:
    return SessionOut.model_validate(svc.create_session(uow, tenant, title=body.title if body else None))


@router.get("/chat/sessions", response_model=SessionPage, summary="Your conversations in this business, "
                                                                  "most recently active first")
def list_sessions(uow: UoW, tenant: CurrentTenant, limit: Annotated[int | None, Query(ge=1)] = None,
                  offset: Annotated[int, Query(ge=0)] = 0) -> SessionPage:
    limit = _limit(limit)
    rows, total = svc.list_sessions(uow, tenant, limit=limit, offset=offset)
    return SessionPage(items=[SessionOut.model_validate(r) for r in rows], total=total, limit=limit, offset=offset)


@router.get("/chat/sessions/{session_id}", response_model=SessionOut, summary="One conversation")
def get_session(session_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> SessionOut:
    return SessionOut.model_validate(svc.get_session(uow, tenant, session_id))


@router.delete("/chat/sessions/{session_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete a conversation and its messages")
def delete_session(session_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_session(uow, tenant, session_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/chat/sessions/{session_id}/messages", response_model=MessagePage,
            summary="A conversation's messages, oldest first, replies with their tool calls")
def list_messages(session_id: uuid.UUID, uow: UoW, tenant: CurrentTenant,
                  limit: Annotated[int | None, Query(ge=1)] = None,
                  offset: Annotated[int, Query(ge=0)] = 0) -> MessagePage:
    limit = _limit(limit)
    rows, total = svc.list_messages(uow, tenant, session_id, limit=limit, offset=offset)
    return MessagePage(items=[MessageOut.model_validate(r) for r in rows], total=total, limit=limit, offset=offset)


@router.post(
    "/chat/sessions/{session_id}/messages", status_code=status.HTTP_201_CREATED, response_model=ChatReplyOut,
    summary="Ask the co-pilot; JSON reply, or Server-Sent Events with Accept: text/event-stream",
    responses={200: {"description": "The reply as Server-Sent Events (reasoning, content, data_card, done)",
                     "content": {EVENT_STREAM: {}}},
               429: {"description": "The business asked too many questions (code chat_rate_limited, Retry-After)"}},
)
def post_message(session_id: uuid.UUID, body: MessageIn, request: Request, uow: UoW,
                 tenant: CurrentTenant) -> Any:
    turn = svc.start_turn(uow, tenant, session_id, body.content)
    if EVENT_STREAM in request.headers.get("accept", "").lower():
        request_id = getattr(request.state, "request_id", None)
        return StreamingResponse(_stream(tenant, turn, request_id), status_code=200, media_type=EVENT_STREAM,
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    return reply_out(svc.finish_turn(uow, tenant, turn))


def reply_out(stored: svc.StoredReply) -> ChatReplyOut:
    m = stored.message
    return ChatReplyOut(
        id=m.id, session_id=m.session_id, user_message_id=stored.user_message_id, answer=m.content,
        steps=m.steps, data_cards=m.data_cards, data_references=m.data_references, memory_updates=m.memory_updates,
        understood=bool(m.understood), brain=m.brain or "", tokens=m.tokens, latency_ms=m.latency_ms or 0,
        created_at=m.created_at,
    )


# --------------------------------------------------------------------------------- Server-Sent Events

def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False, default=str)}\n\n"


_DONE = object()


def _stream(tenant: Tenant, turn: svc.Turn, request_id: str | None) -> Iterator[str]:
    """Run the brain in a worker thread with its own unit of work and relay its events as they come."""
    events: queue.Queue = queue.Queue()

    def work() -> None:
        try:
            with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id, request_id=request_id) as uow:
                stored = svc.finish_turn(uow, tenant, turn, on_event=lambda kind, data: events.put((kind, data)))
                events.put((_DONE, reply_out(stored)))
        except CashPilotError as exc:
            events.put(("error", {"code": exc.code, "message": exc.message}))
        except Exception:
            log.exception("chat stream failed")
            events.put(("error", {"code": "internal_error", "message": "The reply could not be completed."}))
        finally:
            events.put(None)

    threading.Thread(target=work, name="chat-answer", daemon=True).start()
    streamed_text = ""
    cards_sent = 0
    while (item := events.get()) is not None:
        kind, data = item
        if kind is _DONE:
            reply: ChatReplyOut = data
            # What the brain did not stream itself (or what was added after it, like a memory note)
            # still comes before `done`, so the events alone tell the whole answer.
            if reply.answer.startswith(streamed_text) and len(reply.answer) > len(streamed_text):
                yield sse("content", {"text": reply.answer[len(streamed_text):]})
            for card in reply.data_cards[cards_sent:]:
                yield sse("data_card", card)
            yield sse("done", {"message_id": str(reply.id), "reply": reply.model_dump(mode="json")})
            continue
        if kind == "content":
            streamed_text += str(data.get("text", ""))
        elif kind == "data_card":
            cards_sent += 1
        yield sse(kind, data)
