"""Chat sessions and messages: the use cases behind /api/v1/chat and `cashpilot ask`.

A session belongs to the business (row-level security) and to the member who started it: another
member's session, like another business's, reads as "not found".

Posting a message is two steps, so the API can refuse before it starts streaming:
- `start_turn` checks the session, the message and the business's rate limit, stores the question and
  commits (the question counts against the limit from then on, whatever happens next);
- `finish_turn` stores a fact the owner stated (business memory), runs the brain - the OpenAI agent when
  a key is configured, otherwise the offline analyst - and stores the reply with its tool calls, cards,
  data references, tokens and latency. A brain that fails still leaves a stored, honest reply.
`post_message` does both.

Rate limit: per business, so every member and every Lambda share it. The database counts the business's
questions in the last minute and hour under a transaction-scoped advisory lock, so two Lambdas
accepting a question at the same moment cannot both slip under the limit.
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text

from cashpilot.adapters.db.models import ChatMessage, ChatSession
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.config import Settings, get_settings
from cashpilot.domain.dates import today_in
from cashpilot.domain.errors import InvalidInput, NotFound, RateLimited
from cashpilot.domain.roles import Permission
from cashpilot.services.chat import memory as memory_service
from cashpilot.services.chat.model import OnEvent, Reply
from cashpilot.services.context import Tenant

if TYPE_CHECKING:
    from cashpilot.services.chat.model import Brain

log = logging.getLogger(__name__)

MAX_TITLE_CHARS = 200
AUTO_TITLE_CHARS = 80
FAILED_ANSWER = "Sorry, something went wrong while I was answering, so I have no answer for this question. " \
                "Please try again."
READ_ONLY_MEMORY_NOTE = ("I could not remember that: your role ({role}) cannot change what the co-pilot remembers "
                         "for this business. An owner or editor can.")


@dataclass(frozen=True)
class Turn:
    """A question accepted and stored, waiting for its answer."""

    session_id: uuid.UUID
    user_message_id: uuid.UUID
    question: str
    today: date
    history: list[dict[str, str]] = field(default_factory=list)  # earlier turns, oldest first


@dataclass(frozen=True)
class StoredReply:
    message: ChatMessage  # the assistant's row, as stored
    user_message_id: uuid.UUID
    reply: Reply


def session_not_found(session_id: uuid.UUID | str) -> NotFound:
    return NotFound("No chat session with this id.", code="chat_session_not_found",
                    details={"session_id": str(session_id)})


# ---------------------------------------------------------------------------------------- sessions

def _title(raw: str | None) -> str:
    title = " ".join((raw or "").split())
    if len(title) > MAX_TITLE_CHARS:
        raise InvalidInput(f"A title is at most {MAX_TITLE_CHARS} characters.", code="invalid_title",
                           details={"max_chars": MAX_TITLE_CHARS})
    return title


def create_session(uow: UnitOfWork, tenant: Tenant, *, title: str | None = None) -> ChatSession:
    tenant.require(Permission.READ)
    session = ChatSession(business_id=tenant.business_id, user_id=tenant.user_id, title=_title(title))
    uow.session.add(session)
    uow.flush()
    uow.session.refresh(session)
    uow.commit()
    return session


def _owned(tenant: Tenant):
    return (ChatSession.business_id == tenant.business_id, ChatSession.user_id == tenant.user_id)


def get_session(uow: UnitOfWork, tenant: Tenant, session_id: uuid.UUID, *, lock: bool = False) -> ChatSession:
    tenant.require(Permission.READ)
    q = select(ChatSession).where(ChatSession.id == session_id, *_owned(tenant))
    session = uow.session.scalar(q.with_for_update() if lock else q)
    if session is None:
        raise session_not_found(session_id)
    return session


def list_sessions(uow: UnitOfWork, tenant: Tenant, *, limit: int, offset: int = 0) -> tuple[list[ChatSession], int]:
    """The caller's sessions in this business, most recently active first."""
    tenant.require(Permission.READ)
    total = uow.session.scalar(select(func.count()).select_from(ChatSession).where(*_owned(tenant))) or 0
    rows = uow.session.scalars(select(ChatSession).where(*_owned(tenant))
                               .order_by(ChatSession.updated_at.desc(), ChatSession.id).limit(limit).offset(offset))
    return list(rows), total


def delete_session(uow: UnitOfWork, tenant: Tenant, session_id: uuid.UUID) -> None:
    """Delete a session and its messages (the caller's own)."""
    tenant.require(Permission.READ)
    gone = uow.session.execute(delete(ChatSession).where(ChatSession.id == session_id, *_owned(tenant))
                               .returning(ChatSession.id)).first()
    if gone is None:
        raise session_not_found(session_id)
    uow.commit()


def list_messages(uow: UnitOfWork, tenant: Tenant, session_id: uuid.UUID, *, limit: int,
                  offset: int = 0) -> tuple[list[ChatMessage], int]:
    """A session's messages, oldest first."""
    get_session(uow, tenant, session_id)
    where = (ChatMessage.business_id == tenant.business_id, ChatMessage.session_id == session_id)
    total = uow.session.scalar(select(func.count()).select_from(ChatMessage).where(*where)) or 0
    rows = uow.session.scalars(select(ChatMessage).where(*where)
                               .order_by(ChatMessage.created_at, ChatMessage.role.desc()).limit(limit).offset(offset))
    return list(rows), total


# -------------------------------------------------------------------------------------- rate limit

def check_rate_limit(uow: UnitOfWork, tenant: Tenant, settings: Settings | None = None) -> None:
    """Raise RateLimited (code chat_rate_limited, with the seconds until a question is accepted again)
    when the business asked its limit of questions in the last minute or hour.

    Holds a transaction-scoped advisory lock on the business until the caller commits, so the count and
    the insert of the new question are one step for concurrent requests."""
    s = settings or get_settings()
    per_minute, per_hour = s.chat_rate_limit_per_minute, s.chat_rate_limit_per_hour
    uow.session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended('cashpilot.chat:' || :b, 0))"),
                        {"b": str(tenant.business_id)})
    now = uow.session.scalar(text("SELECT now()"))
    # The most recent questions of the last hour, newest first: enough of them to find the one whose
    # leaving a window frees a place.
    recent = list(uow.session.scalars(
        select(ChatMessage.created_at)
        .where(ChatMessage.business_id == tenant.business_id, ChatMessage.role == "user",
               ChatMessage.created_at > now - timedelta(hours=1))
        .order_by(ChatMessage.created_at.desc()).limit(max(per_minute, per_hour, 1))))
    waits = [_wait(recent, limit, window, now)
             for limit, window in ((per_minute, timedelta(minutes=1)), (per_hour, timedelta(hours=1)))]
    waits = [w for w in waits if w is not None]
    if waits:
        retry_after = max(1, math.ceil(max(waits).total_seconds()))
        raise RateLimited(
            f"This business has asked the co-pilot {per_minute} questions a minute / {per_hour} an hour, the "
            f"most it may. Try again in {retry_after} seconds.",
            retry_after=retry_after, code="chat_rate_limited")


def _wait(newest_first: list[datetime], limit: int, window: timedelta, now: datetime) -> timedelta | None:
    """How long until the window holds fewer than `limit` questions (None: it already does): until the
    limit-th newest question leaves it."""
    inside = [t for t in newest_first if t > now - window]
    if len(inside) < limit:
        return None
    return inside[limit - 1] + window - now if limit > 0 else window


# ---------------------------------------------------------------------------------------- messages

def _question(content: str, settings: Settings) -> str:
    question = (content or "").strip()
    if not question:
        raise InvalidInput("The message is empty: ask a question.", code="empty_message")
    limit = settings.chat_max_message_chars
    if len(question) > limit:
        raise InvalidInput(f"The message is too long: at most {limit} characters.", code="message_too_long",
                           details={"max_chars": limit, "chars": len(question)})
    return question


def _store(uow: UnitOfWork, tenant: Tenant, session: ChatSession, **values: Any) -> ChatMessage:
    message = ChatMessage(business_id=tenant.business_id, session_id=session.id, **values)
    uow.session.add(message)
    uow.flush()
    # Counted by the database: two turns of one session stored at once both count.
    session.message_count = ChatSession.message_count + 1
    session.last_message_at = func.clock_timestamp()
    uow.flush()
    uow.session.refresh(message)
    return message


def start_turn(uow: UnitOfWork, tenant: Tenant, session_id: uuid.UUID, content: str, *,
               today: date | None = None) -> Turn:
    """Accept a question: checks, rate limit, store it, commit."""
    s = get_settings()
    tenant.require(Permission.READ)
    question = _question(content, s)
    session = get_session(uow, tenant, session_id, lock=True)
    check_rate_limit(uow, tenant, s)
    earlier = list(uow.session.execute(
        select(ChatMessage.role, ChatMessage.content)
        .where(ChatMessage.business_id == tenant.business_id, ChatMessage.session_id == session.id)
        .order_by(ChatMessage.created_at.desc(), ChatMessage.role).limit(max(s.chat_history_messages, 0))))
    history = [{"role": role, "content": text_} for role, text_ in reversed(earlier)]
    if not session.title:
        session.title = " ".join(question.split())[:AUTO_TITLE_CHARS]
    message = _store(uow, tenant, session, role="user", content=question, user_id=tenant.user_id)
    turn = Turn(session_id=session.id, user_message_id=message.id, question=question,
                today=today or today_in(tenant.timezone), history=history)
    uow.commit()
    return turn


def choose_brain(settings: Settings | None = None) -> Brain:
    """The OpenAI agent when a key is configured (environment or secret), else the offline analyst.
    A key secret that cannot be read means offline for this message, not an error."""
    from cashpilot.services.chat.agent import agent_from_settings

    try:
        agent = agent_from_settings(settings)
    except Exception as exc:  # an unreadable key secret (LlmError) above all: answer offline, not fail
        log.warning("chat: the OpenAI agent is not available (%s: %s); answering offline", type(exc).__name__, exc)
        agent = None
    if agent is not None:
        return agent
    from cashpilot.services.chat.offline import OfflineAnalyst

    return OfflineAnalyst()


def _stated_fact(question: str) -> tuple[str, str] | None:
    from cashpilot.domain.chat.intents import parse_memory_statement

    return parse_memory_statement(question)


def _remember(uow: UnitOfWork, tenant: Tenant, facts: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Store what the owner stated. (stored {key: value}, notes for the answer)."""
    if not facts:
        return {}, []
    if not memory_service.can_write(tenant):
        return {}, [READ_ONLY_MEMORY_NOTE.format(role=str(tenant.role))]
    stored: dict[str, str] = {}
    notes: list[str] = []
    for key, value in facts.items():
        try:
            item = memory_service.set_memory(uow, tenant, key, value, source="chat")
        except InvalidInput as exc:
            notes.append(f"I could not remember {key!r}: {exc.message}")
            continue
        stored[item.key] = item.value
    return stored, notes


def finish_turn(uow: UnitOfWork, tenant: Tenant, turn: Turn, *, brain: Brain | None = None,
                on_event: OnEvent | None = None) -> StoredReply:
    """Answer an accepted question and store the reply. Never raises for a brain's failure: the stored
    reply says it could not answer."""
    started = time.perf_counter()
    # Not locked: the model may take many seconds, and the session row must stay free meanwhile.
    session = get_session(uow, tenant, turn.session_id)  # deleted meanwhile: 404, nothing stored
    stored: dict[str, str] = {}
    notes: list[str] = []
    attempted: dict[str, str] = {}
    fact = _stated_fact(turn.question)
    if fact is not None:
        # Stored before the brain runs, whichever brain it is, so both answer with it in memory.
        attempted[fact[0]] = fact[1]
        stored, notes = _remember(uow, tenant, dict(attempted))
        uow.commit()  # kept even if the brain fails below
        session = get_session(uow, tenant, turn.session_id)
    memory = memory_service.as_dict(uow, tenant)
    brain = brain or choose_brain()
    try:
        reply = brain.answer(uow, tenant, turn.question, today=turn.today, history=list(turn.history),
                             memory=memory, on_event=on_event)
    except Exception:
        log.exception("chat: the %s brain failed", getattr(brain, "name", "?"))
        uow.rollback()
        session = get_session(uow, tenant, turn.session_id)
        reply = Reply(answer=FAILED_ANSWER, understood=False, brain=getattr(brain, "name", "offline"))
    more, more_notes = _remember(uow, tenant, {k: v for k, v in reply.memory_updates.items()
                                               if attempted.get(k) != v})
    stored.update(more)
    notes.extend(n for n in more_notes if n not in notes)
    if notes and reply.memory_updates and not stored and not reply.steps:
        # The whole reply was "noted", and nothing could be noted: say only that.
        reply.answer = "\n\n".join(notes)
    elif notes:
        reply.answer = "\n\n".join([reply.answer, *notes]) if reply.answer else "\n\n".join(notes)
    reply.memory_updates = stored
    latency_ms = round((time.perf_counter() - started) * 1000)
    message = _store(
        uow, tenant, session, role="assistant", content=reply.answer, user_id=None,
        steps=[step.to_json() for step in reply.steps], data_cards=list(reply.data_cards),
        data_references={k: list(map(str, v)) for k, v in reply.data_references.items()},
        memory_updates=stored, understood=reply.understood, brain=reply.brain, tokens=reply.tokens,
        latency_ms=latency_ms,
    )
    uow.commit()
    return StoredReply(message=message, user_message_id=turn.user_message_id, reply=reply)


def post_message(uow: UnitOfWork, tenant: Tenant, session_id: uuid.UUID, content: str, *,
                 brain: Brain | None = None, on_event: OnEvent | None = None,
                 today: date | None = None) -> StoredReply:
    turn = start_turn(uow, tenant, session_id, content, today=today)
    return finish_turn(uow, tenant, turn, brain=brain, on_event=on_event)
