"""Corrections are the learning loop.

An owner's correction (entity and/or category of one transaction) is stored as made, becomes memory
at once (for the entity and for the counterparty key), re-labels every other transaction the same
evidence covers that no human has labelled, and, once a few corrections agree, proposes a rule the
owner can accept. The corrected transaction itself becomes `manual`: the machine never overwrites
it again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text

from cashpilot.adapters.db.models import Category, ClassificationCorrection, ClassificationRule, Entity, Transaction
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain import patterns
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.errors import InvalidInput, NotFound
from cashpilot.domain.names import normalize_name
from cashpilot.domain.roles import Permission
from cashpilot.services import categories, entities, transactions
from cashpilot.services.context import Tenant
from cashpilot.services.entity_resolution import refresh_entity_types

# The counterparty parser (its vendor tables) and rapidfuzz are imported when a correction runs, not
# when the API starts: they would add ~40 ms to every cold start for an endpoint most requests never call.
CORRECTION_CONFIDENCE = Decimal("0.970")
# "Apply to similar": counterparties spelled this close (0-100) to the corrected one are covered too.
SIMILAR_CUTOFF = 85
# A counterparty key containing the corrected entity's whole name is covered by the correction; shorter
# names ("ee", "bt") are too likely to appear inside unrelated names.
NAME_COVER_MIN_LENGTH = 5
NAME_SPELLING_CUTOFF = 90
# Words banks put after a payee's name that say nothing about who it is ("ON-LINE", "RECURRING").
_NAME_NOISE = frozenset({"on", "line", "online", "recurring", "payment", "pmt", "bill", "pay", "web", "ach", "the"})
UNSET: Any = object()


@dataclass(frozen=True)
class CorrectionResult:
    transaction: Transaction
    relabelled: int
    proposed_rule: ClassificationRule | None


def correct(
    uow: UnitOfWork, tenant: Tenant, transaction_id: uuid.UUID, *, category_id: Any = UNSET,
    entity_id: Any = UNSET, entity_name: str | None = None, apply_to_similar: bool = False,
) -> CorrectionResult:
    tenant.require(Permission.WRITE)
    if category_id is UNSET and entity_id is UNSET and not entity_name:
        raise InvalidInput("Say what is wrong: give a category, an entity or both.", code="nothing_to_correct")
    tx = transactions.get_transaction(uow, tenant, transaction_id, for_update=True)
    old_entity, old_category = tx.entity_id, tx.category_id
    from cashpilot.domain.counterparty import extract_counterparty

    if tx.counterparty_key is None and tx.classification_method is None:
        # Corrected before classification ran: name its counterparty now, so the memory this correction
        # leaves covers the same merchant when the rest is classified.
        cp = extract_counterparty(tx.description or "", payee=_payee(tx))
        tx.counterparty, tx.counterparty_key = cp.name, cp.key

    new_entity = tx.entity_id
    if entity_name:
        new_entity = _entity_named(uow, tenant, entity_name, tx.amount).id
    elif entity_id is not UNSET and entity_id is not None:
        try:
            new_entity = entities.get_entity(uow, tenant, entity_id).id
        except NotFound as exc:  # an id in the body, not the path: the request is invalid, nothing is missing
            raise InvalidInput(exc.message, code=exc.code, details={"field": "entity_id", **(exc.details or {})}) \
                from exc
    elif entity_id is None:
        new_entity = None
    new_category = tx.category_id
    category: Category | None = None
    if category_id is not UNSET:
        if category_id is not None:
            category = _live_category(uow, tenant, category_id)
        new_category = category_id

    tx.entity_id, tx.category_id = new_entity, new_category
    tx.is_transfer = category is not None and category.type == "transfer"
    tx.classification_method, tx.classification_confidence = "manual", Decimal("1")
    tx.needs_review = False
    tx.classification = {"evidence": "corrected by the owner"}
    uow.flush()

    settings = _settings(uow, tenant)
    key = tx.counterparty_key
    if new_entity is not None and new_entity != old_entity and key:
        _learn_alias(uow, tenant, key, tx.counterparty or key, new_entity)
    relabelled, pattern = _relabel_others(
        uow, tenant, tx, category=category if category_id is not UNSET else None, old_category=old_category,
        move_entity=new_entity != old_entity, apply_to_similar=apply_to_similar,
        min_confidence=Decimal(str(settings.classification.min_confidence)))
    if category_id is not UNSET and new_category is not None:
        if new_entity:
            _remember(uow, tenant, "entity", str(new_entity), new_category, new_entity, pattern)
        if key:
            _remember(uow, tenant, "counterparty", key, new_category, new_entity, pattern)
    record = ClassificationCorrection(
        business_id=tenant.business_id, transaction_id=tx.id, counterparty_key=key, old_entity_id=old_entity,
        new_entity_id=new_entity, old_category_id=old_category, new_category_id=new_category,
        apply_to_similar=apply_to_similar, relabelled=relabelled, created_by=tenant.user_id,
    )
    uow.session.add(record)
    uow.flush()
    if old_entity is not None and old_entity != new_entity:
        _drop_if_empty_shell(uow, tenant, old_entity)
    refresh_entity_types(uow, tenant.business_id, {e for e in (old_entity, new_entity) if e})
    proposed = _propose_rule(uow, tenant, tx, settings) if category_id is not UNSET and new_category else None
    uow.commit()
    if category is not None and category.type == "income" and tx.amount > 0 and tx.entity_id is not None:
        from cashpilot.services import classify  # its counterparty tables load only when needed (see above)

        classify.relabel_customer_payments(uow, tenant.business_id)  # the owner may have shown what they sell
    uow.session.refresh(tx)
    return CorrectionResult(tx, relabelled, proposed)


def _drop_if_empty_shell(uow: UnitOfWork, tenant: Tenant, entity_id: uuid.UUID) -> None:
    """An entity classification created for a name the owner has now corrected away is left with no
    transactions and nothing the owner entered: soft-delete it so lists do not fill with husks."""
    uow.session.connection().execute(
        text("""UPDATE entities e SET deleted_at = now()
                 WHERE e.business_id = :b AND e.id = :e AND e.deleted_at IS NULL
                   AND e.email IS NULL AND e.phone IS NULL AND e.address IS NULL AND e.tax_id IS NULL
                   AND e.website IS NULL AND e.notes IS NULL AND e.default_category_id IS NULL
                   AND e.payment_terms_days IS NULL
                   AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.business_id = :b AND t.entity_id = :e)
                   AND NOT EXISTS (SELECT 1 FROM classification_rules r WHERE r.business_id = :b
                                     AND (r.entity_id = :e OR r.conditions->>'entity_id' = CAST(:e AS text)))"""),
        {"b": tenant.business_id, "e": entity_id},
    )


def _settings(uow: UnitOfWork, tenant: Tenant) -> BusinessSettings:
    raw = uow.session.connection().execute(
        text("SELECT settings FROM businesses WHERE id = :b"), {"b": tenant.business_id}).scalar()
    return BusinessSettings.model_validate(raw or {})


def _live_category(uow: UnitOfWork, tenant: Tenant, category_id: uuid.UUID) -> Category:
    try:
        category = categories.get_category(uow, tenant, category_id)
    except NotFound as exc:
        raise InvalidInput(exc.message, code=exc.code, details={"field": "category_id", **(exc.details or {})}) \
            from exc
    if category.archived_at is not None:
        raise InvalidInput("This category is archived; unarchive it or choose another.", code="category_archived",
                           details={"field": "category_id"})
    return category


def _entity_named(uow: UnitOfWork, tenant: Tenant, name: str, amount: Decimal) -> Entity:
    """The live entity with this (normalised) name, created when there is none."""
    key = normalize_name(name)
    if not key:
        raise InvalidInput("The entity name must contain letters or digits.", code="invalid_name",
                           details={"field": "entity_name"})
    existing = uow.session.scalar(select(Entity).where(
        Entity.business_id == tenant.business_id, Entity.normalized_name == key, Entity.deleted_at.is_(None)))
    if existing is not None:
        return existing
    return entities.create_entity(uow, tenant, {"name": name, "type": "customer" if amount > 0 else "supplier"},
                                  commit=False)


def _learn_alias(uow: UnitOfWork, tenant: Tenant, key: str, alias: str, entity_id: uuid.UUID) -> None:
    """From now on this counterparty key names `entity_id`, also in future imports."""
    uow.session.connection().execute(
        text("""INSERT INTO entity_aliases (business_id, entity_id, alias, alias_key, source)
                SELECT :b, :e, :alias, :key, 'correction'
                 WHERE NOT EXISTS (SELECT 1 FROM entities WHERE business_id = :b AND id = :e AND normalized_name = :key)
                ON CONFLICT (business_id, alias_key) DO UPDATE SET entity_id = EXCLUDED.entity_id,
                    source = 'correction'"""),
        {"b": tenant.business_id, "e": entity_id, "alias": alias, "key": key},
    )


def _remember(uow: UnitOfWork, tenant: Tenant, key_type: str, key: str, category_id: uuid.UUID,
              entity_id: uuid.UUID | None, pattern: dict) -> None:
    """Upsert memory; the same answer again counts as a confirmation, a different one starts over."""
    uow.session.connection().execute(
        text("""INSERT INTO classification_memory (business_id, key_type, key, category_id, entity_id, source,
                                                   confidence, details)
                VALUES (:b, :t, :k, :c, :e, 'correction', :conf, CAST(:details AS jsonb))
                ON CONFLICT (business_id, key_type, key) DO UPDATE
                   SET times_confirmed = CASE WHEN classification_memory.category_id = EXCLUDED.category_id
                                               AND classification_memory.source = 'correction'
                                              THEN classification_memory.times_confirmed + 1 ELSE 1 END,
                       category_id = EXCLUDED.category_id, entity_id = EXCLUDED.entity_id,
                       source = 'correction', confidence = EXCLUDED.confidence, details = EXCLUDED.details"""),
        {"b": tenant.business_id, "t": key_type, "k": key, "c": category_id, "e": entity_id,
         "conf": CORRECTION_CONFIDENCE, "details": json.dumps({"pattern": pattern} if pattern else {})},
    )


def _name_plus_noise(key: str, name_key: str) -> bool:
    """`key` is the name followed only by numbers or short tokens (a store number, "on line", a state):
    "restaurant depot 0371" is Restaurant Depot, "amazon web services" is not Amazon."""
    if not key.startswith(name_key + " "):
        return False
    return all(t.isdigit() or len(t) <= 3 or t in _NAME_NOISE for t in key[len(name_key) + 1:].split())


def _business_keys(uow: UnitOfWork, tenant: Tenant) -> list[str]:
    return list(uow.session.connection().execute(
        text("SELECT DISTINCT counterparty_key FROM transactions WHERE business_id = :b "
             "AND counterparty_key IS NOT NULL AND deleted_at IS NULL"), {"b": tenant.business_id}).scalars())


def _relabel_others(uow: UnitOfWork, tenant: Tenant, tx: Transaction, *, category: Category | None,
                    old_category: uuid.UUID | None, move_entity: bool, apply_to_similar: bool,
                    min_confidence: Decimal) -> tuple[int, dict]:
    """Re-label the transactions this correction's evidence covers; never a manual one, never a transfer.

    Covered: the same counterparty key (plus similar spellings with `apply_to_similar`, and the entity's
    name followed by mere numbers or short tokens), and the same entity. Of those, a transaction whose
    own label came from its own evidence (dictionary, rule) keeps it when its words say it is another
    kind of transaction than the corrected one (patterns.same_kind): the learning is per kind.
    Returns the count and the pattern to remember ({"common": [...], "tokens": [...]})."""
    from rapidfuzz import fuzz, process

    from cashpilot.domain.counterparty import extract_counterparty
    from cashpilot.domain.vendors import lookup

    keys = {tx.counterparty_key} if tx.counterparty_key else set()
    known = _business_keys(uow, tenant) if (apply_to_similar or tx.entity_id) else []
    if apply_to_similar and tx.counterparty_key:
        keys |= {k for k, _, _ in process.extract(tx.counterparty_key, known, scorer=fuzz.ratio,
                                                   score_cutoff=SIMILAR_CUTOFF, limit=None)}
    if tx.entity_id:
        # The entity's name is evidence too: "Restaurant Depot" covers "restaurant depot 0371" and
        # "restaurant depot tx", spellings the bank varied and resolution kept apart.
        name_key = uow.session.scalar(select(Entity.normalized_name).where(
            Entity.business_id == tenant.business_id, Entity.id == tx.entity_id))
        if name_key and len(name_key) >= NAME_COVER_MIN_LENGTH:
            keys |= {k for k in known if _name_plus_noise(k, name_key)}
            # ... and spellings of the name itself ("texas comptrolle" for "Texas Comptroller").
            keys |= {k for k, _, _ in process.extract(name_key, known, scorer=fuzz.ratio,
                                                       score_cutoff=NAME_SPELLING_CUTOFF, limit=None)}
    keys_list = sorted(keys)
    conn = uow.session.connection()
    covered = "(t.entity_id = :e OR t.counterparty_key = ANY(CAST(:keys AS text[])))" if tx.entity_id else \
        "t.counterparty_key = ANY(CAST(:keys AS text[]))"
    if not tx.entity_id and not keys_list:
        return 0, {}
    rows = conn.execute(
        text(f"""SELECT t.id, t.description, t.metadata->'import'->>'counterparty', t.amount, t.category_id,
                        t.classification_method, t.entity_id, c.system_key
                   FROM transactions t
                   LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
                  WHERE t.business_id = :b AND t.id <> :id AND {covered} AND t.deleted_at IS NULL
                    AND NOT t.is_transfer
                    AND t.classification_method IS NOT NULL AND t.classification_method <> 'manual'"""),
        {"b": tenant.business_id, "id": tx.id, "keys": keys_list, "e": tx.entity_id},
    ).all()
    words = {r[0]: patterns.tokens(extract_counterparty(r[1] or "", payee=r[2]).cleaned) for r in rows}
    own = patterns.tokens(extract_counterparty(tx.description or "", payee=_payee(tx)).cleaned)
    shared = patterns.common([own, *words.values()]) if rows else frozenset()
    pattern: dict[str, Any] = {"common": sorted(shared), "tokens": sorted(own - shared)}
    # How the dictionary read the corrected line: a line of this counterparty it reads as another kind
    # ("REVENUE COMMISS ... VAT3" after a corrected "... P30" payroll-tax line) keeps the dictionary's label.
    read = lookup(tx.description or "", tx.amount)
    if read is not None and Decimal(str(read.confidence)) >= min_confidence:
        pattern["dictionary"] = read.category_key

    move = [r[0] for r in rows if move_entity and r[6] != tx.entity_id]
    relabel = []
    if category is not None:
        for r in rows:
            if r[4] == category.id or not _fits(category, r[3]):
                continue  # already right, or money the other way (a supplier's refund keeps its own label)
            own_evidence = r[4] is not None and r[5] in ("dictionary", "rule")
            if own_evidence and not patterns.same_kind(own - shared, words[r[0]] - shared):
                continue
            if r[5] == "dictionary" and "dictionary" in pattern and r[7] != pattern["dictionary"]:
                continue  # the dictionary tells the two lines apart
            if "dictionary" in pattern and r[5] != "dictionary" and _read_otherwise(r[1], r[3], pattern["dictionary"]):
                continue  # ... also where it only suggests the other line's kind ("TAX DEPARTMENT VAT" after "PAYE")
            relabel.append(r[0])
    if move:
        conn.execute(text("UPDATE transactions SET entity_id = :e WHERE business_id = :b "
                          "AND id = ANY(CAST(:ids AS uuid[]))"), {"b": tenant.business_id, "e": tx.entity_id,
                                                                   "ids": move})
    if relabel:
        conn.execute(
            text("""UPDATE transactions
                       SET category_id = :c, classification_method = 'memory', classification_confidence = :conf,
                           needs_review = false, is_transfer = :transfer,
                           classification = jsonb_build_object(
                               'evidence', 'the owner corrected a transaction of this counterparty',
                               'correction_of', CAST(:id AS text))
                     WHERE business_id = :b AND id = ANY(CAST(:ids AS uuid[]))
                       AND classification_method IS NOT NULL AND classification_method <> 'manual'"""),
            {"b": tenant.business_id, "id": tx.id, "ids": relabel, "c": category.id, "conf": CORRECTION_CONFIDENCE,
             "transfer": category.type == "transfer"},
        )
    return len(set(move) | set(relabel)), pattern


# A line the dictionary reads as another category at least this surely is another kind of the corrected line's.
OTHER_KIND_CONFIDENCE = Decimal("0.75")


def _read_otherwise(description: str | None, amount: Decimal, corrected_as: str) -> bool:
    from cashpilot.domain.vendors import lookup

    read = lookup(description or "", amount)
    return read is not None and read.category_key != corrected_as and (
        Decimal(str(read.confidence)) >= OTHER_KIND_CONFIDENCE)


def _fits(category: Category, amount: Decimal) -> bool:
    return category.type == "transfer" or (category.type == "income") == (amount > 0)


def _payee(tx: Transaction) -> str | None:
    return ((tx.meta or {}).get("import") or {}).get("counterparty")


def _propose_rule(uow: UnitOfWork, tenant: Tenant, tx: Transaction, settings: BusinessSettings) -> \
        ClassificationRule | None:
    """After `suggest_rule_after` corrections that agree (same entity -> same category), propose the rule
    once; the owner accepts or dismisses it. A rule is explicit and editable where memory is not."""
    if tx.entity_id is None or tx.category_id is None:
        return None
    agreeing = uow.session.scalar(
        select(func.count()).select_from(ClassificationCorrection).where(
            ClassificationCorrection.business_id == tenant.business_id,
            ClassificationCorrection.new_entity_id == tx.entity_id,
            ClassificationCorrection.new_category_id == tx.category_id,
        )
    ) or 0
    if agreeing < settings.classification.suggest_rule_after:
        return None
    suggestion_key = f"entity:{tx.entity_id}:category:{tx.category_id}"
    existing = uow.session.scalar(select(ClassificationRule).where(
        ClassificationRule.business_id == tenant.business_id, ClassificationRule.suggestion_key == suggestion_key))
    if existing is not None:
        return existing if existing.status == "proposed" else None
    entity = uow.session.get(Entity, tx.entity_id)
    category = uow.session.get(Category, tx.category_id)
    rule = ClassificationRule(
        business_id=tenant.business_id, name=f"{entity.name} -> {category.name}", status="proposed",
        source="suggested", conditions={"entity_id": str(tx.entity_id)}, category_id=tx.category_id,
        suggestion_key=suggestion_key, created_by=tenant.user_id,
        position=_next_position(uow, tenant),
    )
    uow.session.add(rule)
    uow.flush()
    return rule


def _next_position(uow: UnitOfWork, tenant: Tenant) -> int:
    top = uow.session.scalar(select(func.max(ClassificationRule.position)).where(
        ClassificationRule.business_id == tenant.business_id))
    return (top or 0) + 10
