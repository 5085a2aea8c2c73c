from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.classification import SeriesOut
from cashpilot.services import recurring as svc

router = APIRouter(prefix="/recurring-series", tags=["recurring"])


def series_out(s, entity_name: str | None) -> SeriesOut:
    return SeriesOut(
        id=s.id, entity_id=s.entity_id, entity_name=entity_name, category_id=s.category_id, direction=s.direction,
        currency=s.currency, cadence=s.cadence, day_rule=s.day_rule, expected_amount=s.expected_amount,
        amount_spread=s.amount_spread, first_date=s.first_date, last_date=s.last_date, next_date=s.next_date,
        occurrences=s.occurrences, status=s.status, confidence=s.confidence,
    )


@router.get("", response_model=list[SeriesOut],
            summary="Repeating flows (rent, payroll, subscriptions, retainers) with cadence and next expected date")
def list_series(
    uow: UoW, tenant: CurrentTenant, status: Literal["active", "stopped"] | None = None,
    entity_id: uuid.UUID | None = None, direction: Literal["in", "out"] | None = None,
) -> list[SeriesOut]:
    return [series_out(s, name) for s, name in svc.list_series(uow, tenant, status=status, entity_id=entity_id,
                                                               direction=direction)]
