"""The classify task: give every new transaction its counterparty, entity and category, and say how.

Layers, first answer wins, each decision labelled with its method and confidence:

    transfer    the other side of a move between the business's own accounts
    rule        the owner's rules, in their order
    memory      this business's corrections (same entity, then same counterparty), an entity's
                default category, cached LLM answers
    similarity  a counterparty spelled almost like one the owner already labelled
    dictionary  built-in vendors, payroll providers, tax authorities, bank fee / interest lines, MCC codes
    llm         an OpenAI-compatible model, only when a key is configured (answers cached as memory)
    profile     what the business sells (its settings, or the owner's corrections): a payment from a
                customer nothing above recognised is Sales Revenue or Service Income

Below the business's confidence threshold nothing is applied: the transaction is left
uncategorised with `needs_review` and the best suggestion, for the review queue. Labels the owner
set (`classification_method = 'manual'`) are never touched.

Only rows nobody classified yet (`classification_method IS NULL`) are picked, so a retried or
replayed task finds nothing left to do.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from sqlalchemy import text

from cashpilot.adapters.db.staging import copy_to_staging
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain import patterns
from cashpilot.domain.boilerplate import StatementVocabulary, trailing_places, without_place
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.counterparty import counterparty_key, extract_counterparty, is_transfer_line
from cashpilot.domain.names import normalize_name
from cashpilot.domain.rules import CompiledRule, RuleSubject, parse_conditions
from cashpilot.domain.transfers import AccountHint, TransferCandidate, pair_transfers
from cashpilot.domain.vendors import lookup
from cashpilot.services import entity_insights, recurring
from cashpilot.services.entity_resolution import EntityResolver, completions, refresh_entity_types, shared_heads

log = logging.getLogger(__name__)

TRANSFER_MIN_CONFIDENCE = 0.6
TRANSFER_WINDOW_DAYS = 4
# A counterparty spelled within this character similarity (0-100) of one the owner labelled shares its label.
SIMILARITY_CUTOFF = 86
DEFAULT_CATEGORY_CONFIDENCE = Decimal("0.950")
OWN_NAME_CONFIDENCE = Decimal("0.900")
# A customer's payment booked by what the business sells: applied at the default threshold, never above
# an owner who asked for more certainty.
CUSTOMER_PAYMENT_CONFIDENCE = Decimal("0.800")
CUSTOMERS_TO_LEARN_INCOME = 2
# The bank's words around names are learned from this many of the business's latest classified lines as well as
# from the new ones: a month's import of 40 lines is too few to tell a layout's words from a name.
VOCABULARY_HISTORY = 2000
_MCC_COLUMNS = {"mcc", "merchant category code", "merchant category", "mcc code"}


@dataclass(frozen=True)
class ClassifyResult:
    classified: int = 0
    labelled: int = 0
    needs_review: int = 0
    entities_created: int = 0
    transfers: int = 0
    series: int = 0
    llm_items: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Row:
    """A transaction being classified, with what the layers decided for it."""

    id: uuid.UUID
    account_id: uuid.UUID
    amount: Decimal
    currency: str
    date: date
    description: str
    payee: str | None
    mcc: str | None
    tags: list[str]
    counterparty: str | None = None
    counterparty_key: str | None = None
    cleaned: str = ""  # the description without names' noise: what kind of transaction it is
    entity_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    method: str = "none"
    confidence: Decimal = Decimal("0")
    evidence: str = ""
    suggestion: dict[str, Any] | None = None
    is_transfer: bool = False
    transfer_peer_id: uuid.UUID | None = None
    rule_id: uuid.UUID | None = None
    own_account: bool = False  # the line names the business itself

    _dictionary: Any = field(default=None, repr=False)

    def dictionary(self) -> Any:
        """The built-in dictionary's answer for this line, looked up once (three layers consult it)."""
        if self._dictionary is None:
            self._dictionary = (lookup(self.description, self.amount, mcc=self.mcc),)
        return self._dictionary[0]

    @property
    def direction(self) -> str:
        return "in" if self.amount > 0 else "out"

    def offer(self, category_id: uuid.UUID | None, method: str, confidence: float | Decimal, evidence: str,
              ctx: Context, *, contra: bool = False) -> bool:
        """Apply a candidate label if it is confident enough, else keep the best one as a suggestion.
        True when applied (the layers stop there). `contra`: an expense category on money in is meant (money given
        back against that expense, as a bank's fee rebate is a positive Bank Fees line)."""
        if category_id is None:
            return False
        if not ctx.fits_direction(category_id, self.amount) and not (
                contra and self.amount > 0 and ctx.category_type.get(category_id) == "expense"):
            return False
        conf = Decimal(str(round(float(confidence), 3)))
        if conf >= ctx.threshold:
            self.category_id, self.method, self.confidence, self.evidence = category_id, method, conf, evidence
            return True
        if self.suggestion is None or conf > Decimal(str(self.suggestion["confidence"])):
            self.suggestion = {"category_id": str(category_id), "method": method, "confidence": float(conf),
                               "evidence": evidence}
        return False


@dataclass
class Context:
    """Everything the layers read, loaded once per run."""

    business_id: uuid.UUID
    settings: BusinessSettings
    threshold: Decimal
    own_name_key: str = ""  # the business's own name: money to or from it moves between own accounts
    timezone: str = "UTC"  # "today" (is a series late, has it stopped) is the business's today
    category_type: dict[uuid.UUID, str] = field(default_factory=dict)
    category_name: dict[uuid.UUID, str] = field(default_factory=dict)
    by_system_key: dict[str, uuid.UUID] = field(default_factory=dict)
    rules: list[tuple[CompiledRule, uuid.UUID | None, uuid.UUID | None, list[str]]] = field(default_factory=list)
    # key -> (category, confidence, source, pattern of the corrected transaction or None)
    memory_entity: dict[str, tuple[uuid.UUID | None, Decimal, str, dict | None]] = field(default_factory=dict)
    memory_counterparty: dict[str, tuple[uuid.UUID | None, Decimal, str, dict | None]] = field(default_factory=dict)
    labelled_keys: dict[str, uuid.UUID] = field(default_factory=dict)  # counterparty key -> its one category
    # What a customer's payment is here (Sales Revenue or Service Income), and why; None: nobody said
    customer_income: tuple[uuid.UUID, str] | None = None

    _similar: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    _labelled_list: list[str] | None = None

    def similar(self, key: str) -> tuple[str, float] | None:
        """The labelled counterparty spelled most like `key` (at least SIMILARITY_CUTOFF), once per key."""
        if key not in self._similar:
            if self._labelled_list is None:
                self._labelled_list = list(self.labelled_keys)
            best = process.extractOne(key, self._labelled_list, scorer=fuzz.ratio, score_cutoff=SIMILARITY_CUTOFF)
            self._similar[key] = (best[0], best[1]) if best else None
        return self._similar[key]

    def fits_direction(self, category_id: uuid.UUID, amount: Decimal) -> bool:
        kind = self.category_type.get(category_id)
        if kind is None:
            return False
        if kind == "transfer":
            return True
        return (kind == "income") == (amount > 0)


def classify(
    uow: UnitOfWork, business_id: uuid.UUID, *, import_id: uuid.UUID | None = None, llm: Any = "auto",
    today: date | None = None,
) -> ClassifyResult:
    """Classify the unclassified transactions of one import (or, with no import, of the whole business),
    then refresh transfers, recurring series and entity profiles around them. Commits."""
    ctx = _load_context(uow, business_id)
    rows = _load_rows(uow, business_id, import_id)
    transfers = _pair_transfers(uow, ctx, rows)
    open_rows = [r for r in rows if not r.is_transfer]
    resolver = EntityResolver.load(uow, business_id)
    created = _resolve_entities(uow, resolver, open_rows, ctx)
    for row in open_rows:
        _label(row, ctx, resolver)
    llm_items = _ask_llm(uow, ctx, [r for r in open_rows if r.category_id is None], llm)
    for row in open_rows:
        if row.category_id is None:
            _customer_payment(row, ctx, resolver)
    for row in open_rows:
        # Own accounts and the owner's equity are money, not revenue or expense (see is_transfer).
        if row.category_id is not None and ctx.category_type.get(row.category_id) == "transfer":
            row.is_transfer = True
    _write(uow, business_id, rows)
    touched = {r.entity_id for r in rows if r.entity_id is not None}
    refresh_entity_types(uow, business_id, touched)
    today = today or datetime.now(ZoneInfo(ctx.timezone)).date()
    if import_id is None:
        series = recurring.refresh(uow, business_id, today=today)
    else:
        series = recurring.refresh(uow, business_id, today=today, entity_ids=touched,
                                   categories={r.category_id for r in rows if r.entity_id is None and r.category_id})
    entity_insights.refresh_profiles(uow, business_id)
    uow.commit()
    labelled = sum(1 for r in rows if r.category_id is not None)
    return ClassifyResult(
        classified=len(rows), labelled=labelled, needs_review=len(rows) - labelled, entities_created=created,
        transfers=transfers, series=series, llm_items=llm_items,
    )


def relabel_customer_payments(uow: UnitOfWork, business_id: uuid.UUID) -> int:
    """Once the business says (or its owner's corrections show) what it sells, the customers' payments
    waiting in the review queue are classified again, so the queue shrinks at once rather than at the next
    import. Returns how many rows were looked at again; commits when there were any."""
    ctx = _load_context(uow, business_id)
    if ctx.customer_income is None:
        return 0
    again = uow.session.connection().execute(
        text("""UPDATE transactions SET classification_method = NULL
                 WHERE business_id = :b AND needs_review AND classification_method = 'none' AND amount > 0
                   AND entity_id IS NOT NULL AND NOT is_transfer AND deleted_at IS NULL"""),
        {"b": business_id}).rowcount
    if again:
        classify(uow, business_id)
    return again


# --------------------------------------------------------------------------- loading


def _load_context(uow: UnitOfWork, business_id: uuid.UUID) -> Context:
    conn = uow.session.connection()
    raw_settings, business_name, timezone = conn.execute(
        text("SELECT settings, name, timezone FROM businesses WHERE id = :b"), {"b": business_id}
    ).one_or_none() or (None, "", "UTC")
    settings = BusinessSettings.model_validate(raw_settings or {})
    ctx = Context(business_id, settings, Decimal(str(settings.classification.min_confidence)),
                  own_name_key=normalize_name(business_name or ""), timezone=timezone or "UTC")
    for cid, name, type_, key, archived in conn.execute(
        text("SELECT id, name, type, system_key, archived_at IS NOT NULL FROM categories WHERE business_id = :b"),
        {"b": business_id},
    ):
        if archived:
            continue  # an archived category is never a new label
        ctx.category_type[cid], ctx.category_name[cid] = type_, name
        if key:
            ctx.by_system_key[key] = cid
    for rid, conditions, category_id, entity_id, tags in conn.execute(
        text("SELECT id, conditions, category_id, entity_id, tags FROM classification_rules "
             "WHERE business_id = :b AND status = 'active' ORDER BY position, created_at, id"), {"b": business_id}
    ):
        ctx.rules.append((CompiledRule(rid, parse_conditions(conditions)), category_id, entity_id, list(tags)))
    for key_type, key, category_id, confidence, source, details in conn.execute(
        text("SELECT key_type, key, category_id, confidence, source, details FROM classification_memory "
             "WHERE business_id = :b"), {"b": business_id}
    ):
        target = ctx.memory_entity if key_type == "entity" else ctx.memory_counterparty
        target[key] = (category_id, confidence, source, (details or {}).get("pattern"))
    # Counterparties the owner (or their rules) labelled one way only: the base of the similarity layer.
    for key, category_id in conn.execute(
        text("""SELECT counterparty_key, min(category_id::text)::uuid FROM transactions
                 WHERE business_id = :b AND counterparty_key IS NOT NULL AND category_id IS NOT NULL
                   AND classification_method IN ('manual', 'rule', 'memory') AND deleted_at IS NULL
                 GROUP BY counterparty_key HAVING count(DISTINCT category_id) = 1"""), {"b": business_id}
    ):
        ctx.labelled_keys[key] = category_id
    ctx.customer_income = _customer_income(conn, ctx)
    return ctx


def _customer_income(conn: Any, ctx: Context) -> tuple[uuid.UUID, str] | None:
    """What a payment from a customer is at this business: the owner's `sells` setting decides; unset, the
    owner's own labels do once they are one-sided (two customers or more booked as Service Income and none
    as Sales Revenue, or the reverse)."""
    goods, services = ctx.by_system_key.get("sales_revenue"), ctx.by_system_key.get("service_income")
    sells = ctx.settings.classification.sells
    if sells == "goods" and goods:
        return goods, "the business sells goods (its settings): a customer's payment is Sales Revenue"
    if sells == "services" and services:
        return services, "the business sells services (its settings): a customer's payment is Service Income"
    if sells is not None or not goods or not services:
        return None
    booked = dict(conn.execute(
        text("""SELECT category_id, count(DISTINCT entity_id) FROM transactions
                 WHERE business_id = :b AND amount > 0 AND classification_method = 'manual'
                   AND entity_id IS NOT NULL AND category_id IN (:g, :s) AND deleted_at IS NULL
                 GROUP BY category_id"""), {"b": ctx.business_id, "g": goods, "s": services}).all())
    for chosen, other in ((goods, services), (services, goods)):
        if booked.get(chosen, 0) >= CUSTOMERS_TO_LEARN_INCOME and not booked.get(other):
            return chosen, (f"the owner booked {booked[chosen]} customers' payments as "
                            f"{ctx.category_name[chosen]} and none otherwise")
    return None


def _mcc(raw: dict[str, Any] | None) -> str | None:
    for column, value in (raw or {}).items():
        if column.strip().casefold() in _MCC_COLUMNS and isinstance(value, str) and value.strip().isdigit():
            return value.strip()
    return None


def _load_rows(uow: UnitOfWork, business_id: uuid.UUID, import_id: uuid.UUID | None) -> list[Row]:
    scope = "AND import_id = :i" if import_id else ""
    result = uow.session.connection().execute(
        text(f"""SELECT id, account_id, amount, currency, transaction_date, description,
                        metadata->'import'->>'counterparty', metadata->'import'->'raw', tags
                   FROM transactions
                  WHERE business_id = :b AND classification_method IS NULL AND deleted_at IS NULL {scope}
                  ORDER BY transaction_date, id
                  FOR UPDATE SKIP LOCKED"""),  # a concurrent run classifies the rest, not the same rows
        {"b": business_id, "i": import_id},
    )
    return [Row(id=i, account_id=a, amount=amt, currency=c, date=d, description=desc or "", payee=payee,
                mcc=_mcc(raw), tags=list(tags or [])) for i, a, amt, c, d, desc, payee, raw, tags in result]


# --------------------------------------------------------------------------- transfers


def _pair_transfers(uow: UnitOfWork, ctx: Context, rows: list[Row]) -> int:
    """Pair the new rows with each other and with stored, unpaired rows of the business's other accounts.
    Both sides become internal transfers; a side the owner labelled by hand is left alone."""
    transfer_category = ctx.by_system_key.get("internal_transfer")
    if not rows or transfer_category is None:
        return 0
    conn = uow.session.connection()
    accounts = [AccountHint(a, name, last4) for a, name, last4 in conn.execute(
        text("SELECT id, name, account_number_last4 FROM accounts WHERE business_id = :b AND deleted_at IS NULL"),
        {"b": ctx.business_id})]
    if len(accounts) < 2:
        return 0
    start = min(r.date for r in rows) - timedelta(days=TRANSFER_WINDOW_DAYS)
    end = max(r.date for r in rows) + timedelta(days=TRANSFER_WINDOW_DAYS)
    new_ids = {r.id for r in rows}
    stored = conn.execute(
        text("""SELECT id, account_id, transaction_date, amount, currency, description FROM transactions
                 WHERE business_id = :b AND transaction_date BETWEEN :s AND :e AND deleted_at IS NULL
                   AND transfer_peer_id IS NULL
                   AND classification_method IS DISTINCT FROM 'manual' AND classification_method IS NOT NULL"""),
        {"b": ctx.business_id, "s": start, "e": end},
    ).all()
    candidates = [TransferCandidate(r.id, r.account_id, r.date, r.amount, r.currency, r.description) for r in rows]
    candidates += [TransferCandidate(*s) for s in stored if s[0] not in new_ids]
    by_id = {r.id: r for r in rows}
    pairs = [p for p in pair_transfers(candidates, accounts=accounts, max_days=TRANSFER_WINDOW_DAYS)
             if p.confidence >= TRANSFER_MIN_CONFIDENCE and (p.outflow_id in by_id or p.inflow_id in by_id)]
    stored_sides: list[tuple[uuid.UUID, uuid.UUID, float, str]] = []
    for p in pairs:
        conf = Decimal(str(round(p.confidence, 3)))
        for own, peer in ((p.outflow_id, p.inflow_id), (p.inflow_id, p.outflow_id)):
            row = by_id.get(own)
            if row is None:
                stored_sides.append((own, peer, p.confidence, p.evidence))
                continue
            row.is_transfer, row.transfer_peer_id = True, peer
            row.category_id, row.method, row.confidence = transfer_category, "transfer", conf
            row.evidence = p.evidence
    if stored_sides:
        conn.execute(
            text("""UPDATE transactions t
                       SET is_transfer = true, transfer_peer_id = u.peer, category_id = :cat, entity_id = NULL,
                           classification_method = 'transfer', classification_confidence = u.conf,
                           needs_review = false,
                           classification = jsonb_build_object('evidence', u.evidence)
                      FROM unnest(CAST(:ids AS uuid[]), CAST(:peers AS uuid[]), CAST(:confs AS numeric[]),
                                  CAST(:evidence AS text[])) AS u(id, peer, conf, evidence)
                     WHERE t.business_id = :b AND t.id = u.id AND t.classification_method IS DISTINCT FROM 'manual'"""),
            {"b": ctx.business_id, "cat": transfer_category, "ids": [s[0] for s in stored_sides],
             "peers": [s[1] for s in stored_sides], "confs": [round(s[2], 3) for s in stored_sides],
             "evidence": [s[3] for s in stored_sides]},
        )
    return len(pairs)


# --------------------------------------------------------------------------- entities and labels


def _resolve_entities(uow: UnitOfWork, resolver: EntityResolver, rows: list[Row], ctx: Context) -> int:
    cache: dict[tuple[str, str | None], Any] = {}
    wanted: dict[str, tuple[str, set[str]]] = {}
    # Words the bank prints around many different counterparties (channel words and codes of layouts the rules
    # do not know), in these lines and the business's latest ones, are stripped from the front of unknown names.
    vocabulary = StatementVocabulary.learn([*(r.description for r in rows),
                                            *(_recent_descriptions(uow, ctx.business_id) if rows else ())])
    for row in rows:
        cached = cache.get((row.description, row.payee))
        if cached is None:
            cp, plain = extract_counterparty(row.description, payee=row.payee), None
            if cp.name and cp.vendor is None and not row.payee:
                refined = vocabulary.refine(cp.name, row.description)
                if refined and refined != cp.name:
                    # the name left once the boilerplate is gone may be a known vendor's ("Mercury Card ••4417
                    # Facebook" -> Meta)
                    known = extract_counterparty(refined)
                    if known.vendor is not None and known.name:
                        refined = known.name
                        plain = vocabulary.without_boilerplate(row.description)
                    cp = dataclasses.replace(cp, name=refined, key=counterparty_key(refined))
            cache[(row.description, row.payee)] = cached = (cp, plain)
        cp, plain = cached
        row.counterparty, row.counterparty_key, row.cleaned = cp.name, cp.key, cp.cleaned
        if plain and (match := lookup(plain, row.amount, mcc=row.mcc)) is not None and match.vendor is not None:
            # the dictionary reads the vendor's line without the bank's words in front ("Bezahlung Karte MC/0004471
            # GOOGLE*WORKSPACE"), as the name was read
            row._dictionary = (match,)
    # The town card lines print after many different merchants ("TASCA DO ZE ERICEIRA") is no part of their names.
    placed = [r for r in rows if r.counterparty and not r.payee and not _is_vendor(r)
              and not is_transfer_line(r.description)]
    places = trailing_places((r.counterparty, r.description) for r in placed)
    for row in placed if places else ():
        name = without_place(row.counterparty, places)
        if name != row.counterparty:
            row.counterparty, row.counterparty_key = name, counterparty_key(name)
    # A name the bank cut at its field width is the same counterparty as its whole spelling elsewhere in this
    # import or among the business's entities ("HAYS SPECIALIST R" and "Hays Specialist Recruitment Ltd").
    names = {r.counterparty_key: r.counterparty for r in rows if r.counterparty_key}
    # One name followed by payment descriptions that change from line to line ("Heartland Payro Net", "Heartland
    # Payro Tax") is that name; then a cut name may still be completed below.
    head_of = {key: head for key, head in shared_heads(
        k for r in rows if r.counterparty_key and not _is_vendor(r) for k in [r.counterparty_key]).items()}
    if head_of:
        for row in rows:
            head = head_of.get(row.counterparty_key or "")
            words = (row.counterparty or "").split() if head else []
            while words and counterparty_key(" ".join(words)) != head:
                words.pop()
            if words:
                row.counterparty, row.counterparty_key = " ".join(words), head
        names = {r.counterparty_key: r.counterparty for r in rows if r.counterparty_key}
    stored = {key: known.name for key, known in resolver.by_key.items()}
    # (an entity the business already has keeps its own key: the owner may have named it so)
    full_of = {short: full for short, full in completions([*names, *stored]).items() if short not in stored}
    for row in rows:
        key = row.counterparty_key
        if key in full_of:
            row.counterparty_key = key = full_of[key]
            row.counterparty = names.get(key) or stored[key]
        if _names_the_business(key or normalize_name(row.cleaned), ctx):
            # Its key, or (when no counterparty was found) the line itself, starts with the business's name.
            row.counterparty_key = None
            row.own_account = True
        elif key and _own_money_movement(row, ctx):
            row.counterparty_key = None  # a move between own accounts names no customer or supplier
        elif key:
            entry = wanted.setdefault(key, (row.counterparty, set()))
            entry[1].add(row.direction)
    resolved = resolver.create_missing(uow, wanted)
    for row in rows:
        if row.counterparty_key:
            row.entity_id = resolved[row.counterparty_key].entity_id
    return sum(1 for r in resolved.values() if r.how == "created")


def _recent_descriptions(uow: UnitOfWork, business_id: uuid.UUID) -> list[str]:
    """The latest lines already classified (never those of this run: they are not classified yet)."""
    return list(uow.session.connection().execute(
        text("""SELECT description FROM transactions
                 WHERE business_id = :b AND deleted_at IS NULL AND classification_method IS NOT NULL
                   AND description IS NOT NULL
                 ORDER BY transaction_date DESC, id DESC LIMIT :n"""),
        {"b": business_id, "n": VOCABULARY_HISTORY}).scalars())


def _is_vendor(row: Row) -> bool:
    match = row.dictionary()
    return match is not None and match.vendor is not None


def _written_out_name(row: Row) -> Any:
    """A name the bank cut and this import wrote out ("PORTER BROOK ACCOUN" -> Porter Brook Accountants) says
    what its whole words say, as if the bank had printed them; only words the dictionary knows as a kind of
    business count, never a vendor guessed from the longer spelling."""
    name = row.counterparty
    if not name:
        return None
    printed = set(normalize_name(row.description).split())
    if all(word in printed for word in normalize_name(name).split()):
        return None
    match = lookup(name, row.amount)
    return match if match is not None and match.source == "keyword" else None


def _own_money_movement(row: Row, ctx: Context) -> bool:
    match = row.dictionary()
    return match is not None and match.category_key == "internal_transfer" and match.confidence >= ctx.threshold


def _names_the_business(key: str, ctx: Context) -> bool:
    """"ONLINE TRANSFER TO BLACKBIRD COFFEE ROASTERS LLC": a payment to the business itself is a move
    between its own accounts, not a customer or supplier (names of two words or more, to be sure)."""
    own = ctx.own_name_key
    return bool(key) and len(own.split()) >= 2 and (key == own or key.startswith(own + " "))


def _label(row: Row, ctx: Context, resolver: EntityResolver) -> None:
    subject = RuleSubject(row.description, row.counterparty, row.amount, row.account_id, row.entity_id, row.date)
    for rule, category_id, entity_id, tags in ctx.rules:
        if rule.matches(subject):
            row.rule_id = rule.id
            if entity_id is not None:
                row.entity_id = entity_id
            row.tags = list(dict.fromkeys(row.tags + tags))
            if category_id is not None and ctx.fits_direction(category_id, row.amount):
                row.category_id, row.method, row.confidence = category_id, "rule", Decimal("1.000")
                row.evidence = f"rule {rule.id}"
                return
            break  # the first matching rule decides; a rule without a category leaves the rest to the layers
    remembered = _from_memory(row, ctx, resolver)
    if remembered == "applied":
        return
    # (a counterparty the owner corrected on another kind of line: its labelled spellings say no more than memory)
    if remembered != "other kind" and row.counterparty_key and ctx.labelled_keys and len(row.counterparty_key) >= 5:
        best = ctx.similar(row.counterparty_key)
        if best is not None:
            # 86 -> 0.80, 100 -> 0.90: a close spelling of a labelled counterparty, never as sure as memory.
            confidence = 0.80 + (best[1] - SIMILARITY_CUTOFF) / (100 - SIMILARITY_CUTOFF) * 0.10
            if row.offer(ctx.labelled_keys[best[0]], "similarity", confidence,
                         f'spelled like "{best[0]}", labelled before', ctx):
                return
    match = row.dictionary() or _written_out_name(row)
    if match is not None and row.offer(ctx.by_system_key.get(match.category_key), "dictionary", match.confidence,
                                       match.evidence, ctx, contra=match.contra):
        return
    if row.own_account:
        row.offer(ctx.by_system_key.get("internal_transfer"), "dictionary", OWN_NAME_CONFIDENCE,
                  "the line names the business itself", ctx)


def _customer_payment(row: Row, ctx: Context, resolver: EntityResolver) -> None:
    """Money in from a counterparty that only ever pays the business, that no layer knows anything about
    (no vendor, no keyword, no suggestion): a customer paying for what the business sells."""
    if ctx.customer_income is None or row.amount <= 0 or row.is_transfer or row.own_account:
        return
    if row.entity_id is None or row.suggestion is not None or row.dictionary() is not None:
        return
    known = resolver.entity(row.entity_id)
    if known is None or known.type != "customer" or _written_out_name(row) is not None:
        return
    row.offer(ctx.customer_income[0], "profile", CUSTOMER_PAYMENT_CONFIDENCE, ctx.customer_income[1], ctx)


def _from_memory(row: Row, ctx: Context, resolver: EntityResolver) -> str | None:
    """Returns "applied" when memory labelled the row, "other kind" when a correction of this counterparty
    taught another kind of its lines than this one, else None."""
    candidates = []
    if row.entity_id is not None:
        candidates.append((ctx.memory_entity.get(str(row.entity_id)), "this counterparty was corrected before"))
        known = resolver.entity(row.entity_id)
        if known is not None and known.default_category_id is not None:
            candidates.append(((known.default_category_id, DEFAULT_CATEGORY_CONFIDENCE, "default", None),
                               "the counterparty's default category"))
    if row.counterparty_key:
        candidates.append((ctx.memory_counterparty.get(row.counterparty_key), "same merchant as a past answer"))
    other_kind = None
    for entry, why in candidates:
        if entry is None or entry[0] is None:
            continue
        category_id, confidence, source, pattern = entry
        if pattern and not _same_kind_as_corrected(row, ctx, pattern, category_id):
            other_kind = "other kind"
            continue
        method = "llm" if source == "llm" else "memory"
        if row.offer(category_id, method, confidence, why, ctx):
            return "applied"
    return other_kind


def _same_kind_as_corrected(row: Row, ctx: Context, pattern: dict, category_id: uuid.UUID) -> bool:
    """A correction taught one kind of this counterparty's transactions (ADP's fees, not its payroll
    runs). When the dictionary confidently says something else and either read the corrected line as
    another category or this line's words differ from the corrected one's, the dictionary's own
    evidence stands."""
    match = row.dictionary()
    if match is None or match.confidence < float(ctx.threshold):
        return True
    if ctx.by_system_key.get(match.category_key) == category_id:
        return True
    if pattern.get("dictionary") and pattern["dictionary"] != match.category_key:
        return False  # the dictionary read the corrected line as another kind ("... P30" wage tax, "... VAT3")
    shared = frozenset(pattern.get("common") or ())
    return patterns.same_kind(patterns.tokens(row.cleaned) - shared, frozenset(pattern.get("tokens") or ()))


_INSTRUCTIONS = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|previous|above|everything)"
    r"|\b(system|assistant|developer)\s*(prompt|message|:)|\byou are (now|an?)\b|\bnew instructions?\b"
    r"|\b(label|classify|categori[sz]e|mark)\b.{0,30}\b(all|every|everything|other)\b|[<>{}]|\#\#\#",
    re.IGNORECASE,
)


def looks_like_instructions(text: str) -> bool:
    """Bank text never addresses a model; text that does is treated as hostile (defence in depth: the
    adapter already passes descriptions as quoted data and validates every answer)."""
    return bool(_INSTRUCTIONS.search(text or ""))


def _ask_llm(uow: UnitOfWork, ctx: Context, rows: list[Row], llm: Any) -> int:
    """Ask the model once per counterparty nothing else could label; cache every answer (abstentions
    too) as memory. A model failure leaves the rows for review: it never fails the pipeline."""
    if not rows or not ctx.settings.classification.use_llm:
        return 0
    from cashpilot.adapters.llm import CategoryChoice, LlmError, LlmItem, classifier_from_settings

    try:
        if llm == "auto":
            llm = classifier_from_settings()
        if llm is None:
            return 0
    except LlmError as exc:  # e.g. the key's secret cannot be read: classification goes on without the LLM
        log.warning("LLM not available: %s", exc)
        return 0
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.counterparty_key and row.counterparty_key in ctx.memory_counterparty:
            continue  # asked before (perhaps it abstained): the same merchant never costs twice
        groups[row.counterparty_key or "desc:" + row.description.casefold()].append(row)
    if not groups:
        return 0
    system_keys = {cid: key for key, cid in ctx.by_system_key.items()}
    choices = [CategoryChoice(system_keys.get(cid, str(cid)), ctx.category_name[cid], ctx.category_type[cid])
               for cid in ctx.category_type]
    key_to_id = {c.key: cid for c, cid in zip(choices, ctx.category_type, strict=True)}
    items = [LlmItem(ref=str(i), description=g[0].description, amount=g[0].amount, counterparty=g[0].counterparty)
             for i, g in enumerate(groups.values())]
    # The model reads a whole batch at once, so text that reads like instructions is asked about on its
    # own: whatever it makes the model do, it can only touch that transaction's own label.
    suspicious = [i for i in items if looks_like_instructions(i.description)]
    batches = [[i for i in items if i not in suspicious], *([i] for i in suspicious)]
    labels = []
    for batch in batches:
        if not batch:
            continue
        try:
            labels += llm.classify(batch, choices)
        except LlmError as exc:
            # Keep what was answered before the failure; the rest waits for review.
            log.warning("LLM failed after %d answers; the rest is left for review: %s", len(exc.labels), exc)
            labels += exc.labels
            break
    answers = {label.ref: label for label in labels}
    memory_rows = []
    for i, (key, group) in enumerate(groups.items()):
        label = answers.get(str(i))
        if label is None:
            continue  # never answered (a failed batch): not cached, asked again next time
        category_id = key_to_id.get(label.category_key) if label.category_key else None
        confidence = Decimal(str(round(label.confidence, 3)))
        for row in group:
            row.offer(category_id, "llm", confidence, f"suggested by {getattr(llm, 'model', 'the LLM')}", ctx)
        if not key.startswith("desc:"):
            memory_rows.append((key, category_id, confidence))
            ctx.memory_counterparty[key] = (category_id, confidence, "llm", None)
    if memory_rows:
        uow.session.connection().execute(
            text("""INSERT INTO classification_memory (business_id, key_type, key, category_id, source, confidence,
                                                       details)
                    SELECT :b, 'counterparty', u.key, u.category_id, 'llm', u.confidence, CAST(:details AS jsonb)
                      FROM unnest(CAST(:keys AS text[]), CAST(:cats AS uuid[]), CAST(:confs AS numeric[]))
                           AS u(key, category_id, confidence)
                    ON CONFLICT (business_id, key_type, key) DO NOTHING"""),
            {"b": ctx.business_id, "keys": [m[0] for m in memory_rows], "cats": [m[1] for m in memory_rows],
             "confs": [m[2] for m in memory_rows], "details": json.dumps({"model": getattr(llm, "model", None)})},
        )
    return len(items)


# --------------------------------------------------------------------------- writing

_RESULT_COLUMNS = (
    ("id", "uuid"), ("entity_id", "uuid"), ("category_id", "uuid"), ("method", "text"),
    ("confidence", "numeric(4,3)"), ("classification", "jsonb"), ("needs_review", "boolean"),
    ("counterparty", "text"), ("counterparty_key", "text"), ("is_transfer", "boolean"),
    ("transfer_peer_id", "uuid"), ("tags", "text[]"),
)


def _write(uow: UnitOfWork, business_id: uuid.UUID, rows: Sequence[Row]) -> None:
    """COPY the decisions into a temporary table and apply them with one UPDATE (one pass of the
    audit and totals triggers, also for 100,000 rows). The WHERE clause re-checks that nobody set a
    manual label meanwhile."""
    if not rows:
        return
    def decisions():
        for r in rows:
            evidence: dict[str, Any] = {"evidence": r.evidence} if r.evidence else {}
            if r.category_id is None and r.suggestion:
                evidence["suggestion"] = r.suggestion
            if r.rule_id:
                evidence["rule_id"] = str(r.rule_id)
            yield (r.id, r.entity_id, r.category_id, r.method, r.confidence, json.dumps(evidence),
                   r.category_id is None, r.counterparty, r.counterparty_key, r.is_transfer, r.transfer_peer_id,
                   r.tags)

    conn = uow.session.connection()
    copy_to_staging(conn, "classify_results", _RESULT_COLUMNS, decisions())
    conn.exec_driver_sql(
        """UPDATE transactions t
              SET entity_id = c.entity_id, category_id = c.category_id, classification_method = c.method,
                  classification_confidence = c.confidence, classification = c.classification,
                  needs_review = c.needs_review, counterparty = c.counterparty,
                  counterparty_key = c.counterparty_key, is_transfer = c.is_transfer,
                  transfer_peer_id = c.transfer_peer_id, tags = c.tags
             FROM classify_results c
            WHERE t.business_id = %(b)s AND t.id = c.id AND t.classification_method IS NULL""",
        {"b": business_id},
    )
