"""What every chat evaluation does: answer a question set with the offline analyst over the generated
business, grade each reply, print the accuracy per family (and per owner voice, when the set has them)
and every miss, and hold the measured floor."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any


def offline_replies(business: Any, questions: Sequence[dict]) -> list:
    """The offline analyst's reply to each question, each in its own unit of work as the API runs it."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.chat.offline import OfflineAnalyst

    brain = OfflineAnalyst()
    out = []
    for item in questions:
        with UnitOfWork(business_id=business.tenant.business_id) as uow:
            out.append(brain.answer(uow, business.tenant, item["q"], today=business.today))
    return out


def evaluate(title: str, questions: Sequence[dict], replies: Sequence, grade: Callable[[dict, Any], tuple],
             *, floor: float, families: Sequence[str] = (), owners: dict[str, str] | None = None) -> float:
    """Grade every reply (`grade(item, reply) -> (ok, shown)`), print the figures, assert `floor`.
    `BLIND_VERBOSE=1` prints every answer, to check the passes are not lucky matches."""
    by_family: dict[str, list[bool]] = defaultdict(list)
    by_owner: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for item, reply in zip(questions, replies, strict=True):
        ok, shown = grade(item, reply)
        by_family[item["family"]].append(ok)
        who = item.get("who")
        if owners is not None:
            by_owner[who].append(ok)
        if os.environ.get("BLIND_VERBOSE"):
            print(f"  {'ok  ' if ok else 'MISS'} {item['q']!r} -> {shown} :: {reply.answer!r}")
        if not ok:
            tools = [(s.name, s.arguments) for s in reply.steps]
            tag = f"{item['family']}/{who}" if owners is not None else item["family"]
            misses.append(f"[{tag}] {item['q']!r}\n      expected one of {shown}\n"
                          f"      understood={reply.understood} tools={tools}\n      answer: {reply.answer!r}")
    total = sum(sum(v) for v in by_family.values())
    accuracy = total / len(questions)
    print(f"\n{title}: {total}/{len(questions)} = {accuracy:.1%}")
    order = sorted(families) if families else list(by_family)
    for family in sorted(by_family, key=lambda f: order.index(f) if f in order else len(order)):
        print(f"  {family:<14} {sum(by_family[family])}/{len(by_family[family])}")
    for who, results in sorted(by_owner.items()):
        print(f"  owner {(owners or {}).get(who, who):<13} {sum(results)}/{len(results)}")
    for m in misses:
        print("  MISS", m)
    assert accuracy >= floor, "\n".join(misses)
    return accuracy
