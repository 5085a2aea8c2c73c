"""The chat as the API shows it: sessions, messages, the co-pilot's reply, and business memory.

A reply is traceable: `steps` are the tool calls it made, in order (tool, arguments, result - money as
decimal strings - the ids of the records behind it, or the error), and `data_references` the union of
those ids, by kind. Every number in `answer` comes from one of the step results.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from cashpilot.api.schemas.common import Input, OffsetPage, Output


class SessionIn(Input):
    title: str | None = Field(None, max_length=200, description="Optional; the first question names the session")


class SessionOut(Output):
    id: uuid.UUID
    title: str
    message_count: int
    last_message_at: datetime | None
    created_at: datetime
    updated_at: datetime


SessionPage = OffsetPage[SessionOut]


class MessageIn(Input):
    content: str = Field(description="The question or statement, at most `chat_max_message_chars` (2,000) "
                                     "characters; not empty")


class StepOut(BaseModel):
    tool: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None = Field(description="What the tool returned (null when it failed)")
    references: dict[str, list[str]] = Field(default_factory=dict, description="Ids of the records behind it")
    error: str | None = None


class MessageOut(Output):
    id: uuid.UUID
    session_id: uuid.UUID
    role: str = Field(description="user | assistant")
    content: str
    steps: list[StepOut] = Field(description="Assistant: the tool calls behind the answer, in order")
    data_cards: list[dict[str, Any]] = Field(description="Assistant: cards the apps render "
                                                         "(type forecast_chart | table | alert | ...)")
    data_references: dict[str, list[str]]
    memory_updates: dict[str, str] = Field(description="Facts remembered from this turn")
    understood: bool | None = Field(description="Assistant: false when the question was not understood")
    brain: str | None = Field(description="Assistant: offline | openai")
    tokens: int
    latency_ms: int | None
    created_at: datetime


MessagePage = OffsetPage[MessageOut]


class ChatReplyOut(BaseModel):
    id: uuid.UUID = Field(description="The stored assistant message")
    session_id: uuid.UUID
    user_message_id: uuid.UUID
    answer: str
    steps: list[StepOut]
    data_cards: list[dict[str, Any]]
    data_references: dict[str, list[str]]
    memory_updates: dict[str, str]
    understood: bool
    brain: str
    tokens: int
    latency_ms: int
    created_at: datetime


class MemoryIn(Input):
    value: str = Field(description="What to remember, at most 500 characters")


class MemoryOut(BaseModel):
    key: str
    value: str
    source: str = Field(description="api | chat (stated in a conversation)")
    updated_at: datetime | None


class MemoryList(BaseModel):
    items: list[MemoryOut]
