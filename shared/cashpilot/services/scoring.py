"""Nightly scoring: one pipeline run per business (classify what is left, re-detect recurring series,
recompute entity profiles, then forecast and detect).

Runs are named `nightly-<business>-<day>`, so a schedule that fires twice in a night (a retry, a
replay) starts nothing new: Step Functions refuses the duplicate name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.workflows import Workflows
from cashpilot.services import businesses


@dataclass(frozen=True)
class FanOut:
    day: date
    businesses: int
    started: int


def start_nightly_scoring(uow: UnitOfWork, workflows: Workflows, *, day: date) -> FanOut:
    business_ids = businesses.all_business_ids(uow)
    started = sum(1 for b in business_ids if workflows.start_scoring(business_id=b, day=day))
    return FanOut(day=day, businesses=len(business_ids), started=started)
