from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Response, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.routers.transactions import _out
from cashpilot.api.schemas.classification import RuleAppliedOut, RuleIn, RuleOut, RuleTestIn, RuleTestOut, RuleUpdateIn
from cashpilot.services import rules as svc

router = APIRouter(prefix="/rules", tags=["rules"])


@router.get("", response_model=list[RuleOut], summary="Rules in the order they are tried (dismissed ones hidden)")
def list_rules(uow: UoW, tenant: CurrentTenant,
               status: Literal["active", "disabled", "proposed", "dismissed"] | None = None) -> list[RuleOut]:
    return [RuleOut.model_validate(r) for r in svc.list_rules(uow, tenant, status=status)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=RuleAppliedOut)
def create_rule(body: RuleIn, uow: UoW, tenant: CurrentTenant) -> RuleAppliedOut:
    data = body.model_dump(exclude={"apply_to_existing"})
    rule, applied = svc.create_rule(uow, tenant, data, apply_to_existing=body.apply_to_existing)
    return RuleAppliedOut(rule=RuleOut.model_validate(rule), applied=applied)


@router.post("/test", response_model=RuleTestOut,
             summary="Try a rule against past transactions without saving it or changing anything")
def test_rule(body: RuleTestIn, uow: UoW, tenant: CurrentTenant) -> RuleTestOut:
    result = svc.dry_run(uow, tenant, body.model_dump())
    return RuleTestOut(matched=result.matched, would_change=result.would_change,
                       manual_skipped=result.manual_skipped, sample=[_out(t) for t in result.sample])


@router.get("/{rule_id}", response_model=RuleOut)
def get_rule(rule_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> RuleOut:
    return RuleOut.model_validate(svc.get_rule(uow, tenant, rule_id))


@router.patch("/{rule_id}", response_model=RuleOut)
def update_rule(rule_id: uuid.UUID, body: RuleUpdateIn, uow: UoW, tenant: CurrentTenant) -> RuleOut:
    changes = body.model_dump(exclude_unset=True)
    for required in ("name", "conditions", "position", "status", "tags"):
        if required in changes and changes[required] is None:
            changes.pop(required)
    return RuleOut.model_validate(svc.update_rule(uow, tenant, rule_id, changes))


@router.delete("/{rule_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_rule(rule_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> Response:
    svc.delete_rule(uow, tenant, rule_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{rule_id}/accept", response_model=RuleAppliedOut,
             summary="Accept a proposed rule: it becomes active and labels the past transactions it matches")
def accept_rule(rule_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> RuleAppliedOut:
    rule, applied = svc.decide_proposal(uow, tenant, rule_id, accept=True)
    return RuleAppliedOut(rule=RuleOut.model_validate(rule), applied=applied)


@router.post("/{rule_id}/dismiss", response_model=RuleOut, summary="Dismiss a proposed rule (never proposed again)")
def dismiss_rule(rule_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> RuleOut:
    rule, _ = svc.decide_proposal(uow, tenant, rule_id, accept=False)
    return RuleOut.model_validate(rule)
