"""What the chat's parts share: tools (typed, tenant-scoped, read-only unless said), the result of a
tool call, the reply a brain composes, and the `Brain` protocol both brains implement.

Every number in an answer must come from a tool result: a reply carries every tool call it made
(`steps`) and the ids of the records behind them (`data_references`), so an answer can be traced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.context import Tenant


@dataclass(frozen=True)
class ToolSpec:
    name: str
    description: str
    parameters: dict[str, Any]  # JSON schema of the arguments (OpenAI function-calling format)
    read_only: bool = True  # a tool that writes (memory) says so; the chat never writes anything else


@dataclass(frozen=True)
class ToolResult:
    """One tool call: what was asked, what came back (JSON-ready, small enough for a prompt: money as
    decimal strings), the ids it came from, or the error (bad arguments are an error result, not an
    exception)."""

    name: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None
    references: dict[str, list[str]] = field(default_factory=dict)  # e.g. {"transactions": [...], "snapshot": [...]}
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"tool": self.name, "arguments": self.arguments, "result": self.result,
                "references": self.references, "error": self.error}


@dataclass
class Reply:
    answer: str
    steps: list[ToolResult] = field(default_factory=list)  # the tool calls, in order: the visible reasoning
    data_cards: list[dict[str, Any]] = field(default_factory=list)  # {"type": "forecast_chart"|"table"|"alert", ...}
    data_references: dict[str, list[str]] = field(default_factory=dict)  # union of the steps' references
    memory_updates: dict[str, str] = field(default_factory=dict)  # facts the owner stated ("cash_buffer": "20000")
    understood: bool = True  # False: the brain could not tell what was asked (the answer suggests questions)
    tokens: int = 0
    brain: str = "offline"  # offline | openai


# Streaming: a brain may report progress as it goes; the API turns these into Server-Sent Events.
# kinds: "reasoning" ({"tool", "arguments"} before a call, {"tool", "result"} after), "content"
# ({"text": chunk}), "data_card" (a card).
OnEvent = Callable[[str, dict[str, Any]], None]


class Brain(Protocol):
    name: str

    def answer(
        self, uow: UnitOfWork, tenant: Tenant, question: str, *, today: date,
        history: list[dict[str, str]] = ..., memory: dict[str, str] = ..., on_event: OnEvent | None = None,
    ) -> Reply:
        """Answer `question` for this business. `history`: earlier turns [{"role", "content"}] of the
        session; `memory`: what the owner told us before. Tool calls go through `tools.call_tool`."""
