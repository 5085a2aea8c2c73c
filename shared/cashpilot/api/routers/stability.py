from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter

from cashpilot.api.deps import PathTenant, UoW
from cashpilot.api.schemas.stability import StabilityComponentOut, StabilityPointOut, StabilityScoreOut
from cashpilot.services import stability as svc

router = APIRouter(prefix="/businesses", tags=["stability"])


@router.get("/{business_id}/stability-score", response_model=StabilityScoreOut,
            summary="The 0-100 stability score with its components and the last 90 days of daily scores")
def get_stability_score(uow: UoW, tenant: PathTenant) -> StabilityScoreOut:
    # The path names the business; PathTenant checks the caller's membership (another tenant's id is a 404).
    view = svc.current(uow, tenant)
    return StabilityScoreOut(
        business_id=tenant.business_id, as_of=view.as_of, score=view.score, label=view.label, stored=view.stored,
        computed_at=view.computed_at, snapshot_id=view.snapshot_id,
        components=[StabilityComponentOut(**asdict(c)) for c in view.components],
        history=[StabilityPointOut(as_of=p.as_of, score=p.score, label=p.label)
                 for p in svc.history(uow, tenant, days=svc.HISTORY_DAYS, until=view.as_of)],
    )
