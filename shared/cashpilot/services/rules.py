"""The owner's classification rules: create, order, test against the past, accept a proposal, apply."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text

from cashpilot.adapters.db.models import ClassificationRule, Transaction
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.errors import Conflict, InvalidInput, NotFound
from cashpilot.domain.roles import Permission
from cashpilot.domain.rules import CompiledRule, RuleSubject, parse_conditions
from cashpilot.services import accounts, categories, entities
from cashpilot.services.context import Tenant

MAX_RULES = 500
TEST_SAMPLE = 20


@dataclass(frozen=True)
class RuleTest:
    matched: int  # past transactions the rule matches
    would_change: int  # of those, how many would get a different label (manual labels excluded)
    manual_skipped: int  # matches the owner labelled by hand: a rule never overrides them
    sample: list[Transaction]


def rule_not_found(rule_id: uuid.UUID) -> NotFound:
    return NotFound("No rule with this id in this business.", code="rule_not_found",
                    details={"rule_id": str(rule_id)})


def get_rule(uow: UnitOfWork, tenant: Tenant, rule_id: uuid.UUID) -> ClassificationRule:
    rule = uow.session.scalar(select(ClassificationRule).where(
        ClassificationRule.business_id == tenant.business_id, ClassificationRule.id == rule_id))
    if rule is None:
        raise rule_not_found(rule_id)
    return rule


def list_rules(uow: UnitOfWork, tenant: Tenant, *, status: str | None = None) -> list[ClassificationRule]:
    q = select(ClassificationRule).where(ClassificationRule.business_id == tenant.business_id)
    q = q.where(ClassificationRule.status == status) if status else q.where(ClassificationRule.status != "dismissed")
    return list(uow.session.scalars(q.order_by(ClassificationRule.position, ClassificationRule.created_at)).all())


def _check_targets(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> None:
    """Every id a rule names must be a live row of this business; a foreign id reads as unknown."""
    conditions = data.get("conditions") or {}
    references = (
        ("category_id", data.get("category_id"), categories.get_category),
        ("entity_id", data.get("entity_id"), entities.get_entity),
        ("conditions.entity_id", conditions.get("entity_id"), entities.get_entity),
        ("conditions.account_id", conditions.get("account_id"), accounts.get_account),
    )
    for field, value, getter in references:
        if value is None:
            continue
        try:
            getter(uow, tenant, uuid.UUID(str(value)))
        except NotFound as exc:
            raise InvalidInput(exc.message, code=exc.code, details={"field": field}) from exc


def _conditions(data: dict[str, Any]) -> dict[str, Any]:
    return parse_conditions(data).model_dump(mode="json", exclude_none=True)


def create_rule(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any], *, apply_to_existing: bool = False) -> \
        tuple[ClassificationRule, int]:
    tenant.require(Permission.WRITE)
    conditions = _conditions(data["conditions"])
    if data.get("category_id") is None and data.get("entity_id") is None and not data.get("tags"):
        raise InvalidInput("A rule must set a category, an entity or tags.", code="invalid_rule",
                           details={"field": "category_id"})
    _check_targets(uow, tenant, {**data, "conditions": conditions})
    count = uow.session.scalar(select(func.count()).select_from(ClassificationRule).where(
        ClassificationRule.business_id == tenant.business_id, ClassificationRule.status != "dismissed")) or 0
    if count >= MAX_RULES:
        raise Conflict(f"A business can have at most {MAX_RULES} rules.", code="too_many_rules")
    position = data.get("position")
    if position is None:
        top = uow.session.scalar(select(func.max(ClassificationRule.position)).where(
            ClassificationRule.business_id == tenant.business_id))
        position = (top or 0) + 10
    rule = ClassificationRule(
        business_id=tenant.business_id, name=data["name"], position=position, status="active", source="user",
        conditions=conditions, category_id=data.get("category_id"), entity_id=data.get("entity_id"),
        tags=list(dict.fromkeys(data.get("tags") or [])), created_by=tenant.user_id,
    )
    uow.session.add(rule)
    uow.flush()
    applied = _apply(uow, tenant, rule) if apply_to_existing else 0
    uow.commit()
    return rule, applied


def update_rule(uow: UnitOfWork, tenant: Tenant, rule_id: uuid.UUID, changes: dict[str, Any]) -> ClassificationRule:
    tenant.require(Permission.WRITE)
    rule = get_rule(uow, tenant, rule_id)
    if "conditions" in changes:
        changes["conditions"] = _conditions(changes["conditions"])
    _check_targets(uow, tenant, changes)
    if "status" in changes and changes["status"] not in ("active", "disabled"):
        raise InvalidInput("A rule can be set active or disabled.", code="invalid_status",
                           details={"field": "status"})
    for key, value in changes.items():
        setattr(rule, key, value)
    if rule.category_id is None and rule.entity_id is None and not rule.tags:
        raise InvalidInput("A rule must set a category, an entity or tags.", code="invalid_rule")
    uow.flush()
    uow.commit()
    return rule


def delete_rule(uow: UnitOfWork, tenant: Tenant, rule_id: uuid.UUID) -> None:
    """Deleting a rule changes no label it set: those stay, labelled `rule`, until corrected."""
    tenant.require(Permission.WRITE)
    uow.session.delete(get_rule(uow, tenant, rule_id))
    uow.commit()


def decide_proposal(uow: UnitOfWork, tenant: Tenant, rule_id: uuid.UUID, *, accept: bool) -> \
        tuple[ClassificationRule, int]:
    tenant.require(Permission.WRITE)
    rule = get_rule(uow, tenant, rule_id)
    if rule.status != "proposed":
        raise Conflict("This rule is not a proposal waiting for an answer.", code="not_a_proposal",
                       details={"status": rule.status})
    rule.status = "active" if accept else "dismissed"
    uow.flush()
    applied = _apply(uow, tenant, rule) if accept else 0
    uow.commit()
    return rule, applied


def _candidates(uow: UnitOfWork, tenant: Tenant, compiled: CompiledRule) -> list[tuple]:
    """Past transactions the rule matches: narrowed in SQL by the cheap conditions, then checked exactly."""
    c = compiled.conditions
    clauses, params = ["business_id = :b", "deleted_at IS NULL", "NOT is_transfer"], {"b": tenant.business_id}
    if c.direction:
        clauses.append("amount > 0" if c.direction == "in" else "amount < 0")
    if c.entity_id:
        clauses.append("entity_id = :e")
        params["e"] = c.entity_id
    if c.account_id:
        clauses.append("account_id = :a")
        params["a"] = c.account_id
    if c.amount_min is not None:
        clauses.append("abs(amount) >= :lo")
        params["lo"] = c.amount_min
    if c.amount_max is not None:
        clauses.append("abs(amount) <= :hi")
        params["hi"] = c.amount_max
    rows = uow.session.connection().execute(text(
        "SELECT id, description, counterparty, amount, account_id, entity_id, transaction_date, category_id, "
        f"classification_method FROM transactions WHERE {' AND '.join(clauses)} ORDER BY transaction_date DESC, id"
    ), params).all()
    return [r for r in rows if compiled.matches(RuleSubject(r[1] or "", r[2], r[3], r[4], r[5], r[6]))]


def dry_run(uow: UnitOfWork, tenant: Tenant, data: dict[str, Any]) -> RuleTest:
    """What the rule would do to the past, without changing anything."""
    conditions = parse_conditions(data["conditions"])
    _check_targets(uow, tenant, {**data, "conditions": conditions.model_dump(mode="json", exclude_none=True)})
    matches = _candidates(uow, tenant, CompiledRule(None, conditions))
    manual = [m for m in matches if m[8] == "manual"]
    changes = [m for m in matches if m[8] != "manual" and (
        (data.get("category_id") and m[7] != data["category_id"]) or
        (data.get("entity_id") and m[5] != data["entity_id"]))]
    sample_ids = [m[0] for m in matches[:TEST_SAMPLE]]
    sample = list(uow.session.scalars(select(Transaction).where(
        Transaction.business_id == tenant.business_id, Transaction.id.in_(sample_ids))
        .order_by(Transaction.transaction_date.desc(), Transaction.id)).all()) if sample_ids else []
    return RuleTest(matched=len(matches), would_change=len(changes), manual_skipped=len(manual), sample=sample)


def _apply(uow: UnitOfWork, tenant: Tenant, rule: ClassificationRule) -> int:
    """Label the past transactions the rule matches; manual labels and transfers stay as they are."""
    compiled = CompiledRule(rule.id, parse_conditions(rule.conditions))
    matches = [m for m in _candidates(uow, tenant, compiled) if m[8] != "manual"]
    if rule.category_id is not None:
        # An income category never lands on money out (nor expense on money in), as in classification.
        kind = categories.get_category(uow, tenant, rule.category_id).type
        matches = [m for m in matches if kind == "transfer" or (kind == "income") == (m[3] > 0)]
    ids = [m[0] for m in matches]
    if not ids:
        return 0
    sets = ["classification_method = 'rule'", "classification_confidence = :conf", "needs_review = false",
            "classification = jsonb_build_object('evidence', 'rule ' || CAST(:rule AS text), "
            "'rule_id', CAST(:rule AS text))"]
    if rule.category_id is not None:
        sets.append("category_id = :c")
    if rule.entity_id is not None:
        sets.append("entity_id = :e")
    if rule.tags:
        sets.append("tags = ARRAY(SELECT DISTINCT unnest(tags || CAST(:tags AS text[])))")
    changed = uow.session.connection().execute(text(
        f"UPDATE transactions SET {', '.join(sets)} WHERE business_id = :b AND id = ANY(CAST(:ids AS uuid[])) "
        "AND classification_method IS DISTINCT FROM 'manual'"),
        {"b": tenant.business_id, "ids": ids, "c": rule.category_id, "e": rule.entity_id, "tags": rule.tags,
         "conf": Decimal("1"), "rule": str(rule.id)},
    ).rowcount
    rule.times_applied += changed
    return changed
