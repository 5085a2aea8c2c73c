"""The chat's tools: typed, tenant-scoped, read-only views of the business's own money that both brains
call. Each tool validates its arguments (pydantic), runs through the existing services, and returns a
small JSON result (money as decimal strings, top-N lists, a few rows) with the ids of the records the
figures came from. Nothing here writes: a what-if is simulated from the stored forecast's inputs and
never saved.

`call_tool(uow, tenant, name, arguments, today=...)` never raises for a caller's mistake: an unknown
tool, bad arguments or a service's refusal (NotFound, InvalidInput, PermissionDenied) come back as a
`ToolResult` with `error` set, which a model can read and correct.

Periods are `{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`, already resolved in the business's time
zone (`domain.chat.periods` turns "last month" into one); `today` is the business's today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import logging
import re
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlalchemy import select, text

from cashpilot.adapters.db.models import Account, Category, Entity, EntityProfile
from cashpilot.domain.errors import CashPilotError, InvalidInput
from cashpilot.services.chat.model import ToolResult, ToolSpec

if TYPE_CHECKING:
    from cashpilot.adapters.db.models import ForecastSnapshot
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.domain.forecast.model import ForecastRequest
    from cashpilot.services.context import Tenant

log = logging.getLogger(__name__)

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_PERIOD_DAYS = 3660
CHART_STEP_DAYS = 7  # the forecast chart card: one point a week keeps the result small


def _s(value: Decimal | None) -> str | None:
    """Money as a decimal string to the cent (what every result carries)."""
    return None if value is None else format(Decimal(value).quantize(CENT, ROUND_HALF_EVEN), "f")


def _pct(numerator: Decimal, denominator: Decimal) -> str | None:
    if not denominator:
        return None
    return format((numerator * 100 / denominator).quantize(Decimal("0.1"), ROUND_HALF_EVEN), "f")


class ToolError(Exception):
    """A tool's own refusal ("no entity called ...") that becomes the result's error."""


# ------------------------------------------------------------------------------------------ arguments


class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PeriodArg(_Args):
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self):
        if self.start > self.end:
            raise ValueError("start must not be after end")
        if (self.end - self.start).days >= MAX_PERIOD_DAYS:
            raise ValueError(f"a period is at most {MAX_PERIOD_DAYS} days")
        return self


Limit = Annotated[int, Field(ge=1, le=25)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
MoneyArg = Annotated[Decimal, Field(max_digits=18, decimal_places=2, allow_inf_nan=False)]


class SummaryArgs(_Args):
    period: PeriodArg
    group_by: Literal["none", "category", "entity"] = "none"
    compare_previous: bool = False
    previous: PeriodArg | None = None  # the period to compare with; default: the span just before
    limit: Limit = 10
    # "average monthly revenue over the last 6 months": the totals divided by this many months, as computed
    # figures of the result (so an answer quoting the average quotes a tool's number).
    monthly_average_months: Annotated[int, Field(ge=1, le=120)] | None = None


class EntityArgs(_Args):
    name: Name | None = None
    entity_id: uuid.UUID | None = None
    period: PeriodArg | None = None

    @model_validator(mode="after")
    def _one(self):
        if (self.name is None) == (self.entity_id is None):
            raise ValueError("give exactly one of name or entity_id")
        return self


Exclusions = Annotated[list[Name], Field(max_length=10)]


class TopArgs(_Args):
    period: PeriodArg | None = None
    limit: Limit = 5
    exclude_categories: Exclusions = Field(default_factory=list)  # "leaving payroll aside": category names
    exclude_entities: Exclusions = Field(default_factory=list)  # "apart from Gusto": names or ids
    category: Name | None = None  # only money in this category ("who is our accountant": professional services)


class SearchArgs(_Args):
    text: Annotated[str, Field(max_length=200)] | None = None
    period: PeriodArg | None = None
    amount_min: Annotated[MoneyArg, Field(ge=0)] | None = None
    amount_max: Annotated[MoneyArg, Field(ge=0)] | None = None
    direction: Literal["in", "out", "any"] = "any"
    entity: Name | None = None
    sort: Literal["date", "amount"] = "date"
    limit: Limit = 10
    category: Name | None = None  # only this category ("the largest travel expense")
    exclude_categories: Exclusions = Field(default_factory=list)
    exclude_entities: Exclusions = Field(default_factory=list)
    with_total: bool = False  # also the sum of every matching amount ("how much did we pay for 'adobe'")


class BalanceArgs(_Args):
    date: dt.date | None = None
    exclude_accounts: list[Name] = Field(default_factory=list, max_length=20)
    compare_to: Annotated[MoneyArg, Field(ge=0)] | None = None  # "are we above our 20k cushion": total minus this


class ForecastArgs(_Args):
    date: dt.date | None = None  # the day to read the balance for
    buffer: Annotated[MoneyArg, Field(ge=0)] | None = None  # the owner's buffer, if they told the chat one
    until: dt.date | None = None  # also the lowest point up to this day ("how tight before Christmas")


class ScenarioChange(_Args):
    type: Literal["customer_pays_late", "delay_payment", "collect_earlier", "one_time", "lose_customer"]
    entity: Name | None = None  # name or id of the customer / supplier
    days: Annotated[int, Field(ge=1, le=365)] | None = None
    occurrences: Literal["next", "all"] = "all"
    amount: MoneyArg | None = None  # one_time: signed, negative = a cost
    date: dt.date | None = None  # one_time: when; lose_customer: from when (default tomorrow)
    label: Annotated[str, Field(max_length=100)] | None = None

    @model_validator(mode="after")
    def _complete(self):
        if self.type in ("customer_pays_late", "delay_payment", "collect_earlier", "lose_customer") and not self.entity:
            raise ValueError(f"{self.type} needs entity")
        if self.type in ("customer_pays_late", "delay_payment", "collect_earlier") and self.days is None:
            raise ValueError(f"{self.type} needs days")
        if self.type == "one_time" and (self.amount is None or self.amount == 0):
            raise ValueError("one_time needs a non-zero amount (negative = a cost)")
        return self


class ScenarioArgs(_Args):
    changes: list[ScenarioChange] = Field(min_length=1, max_length=10)
    date: dt.date | None = None  # the day to compare balances on (default: 30 days ahead)


class AlertListArgs(_Args):
    severity: Literal["emergency", "this_week", "upcoming"] | None = None
    limit: Limit = 10


class ExplainAlertArgs(_Args):
    alert_id: uuid.UUID | None = None
    kind: Annotated[str, Field(max_length=60)] | None = None
    about: Annotated[str, Field(max_length=200)] | None = None  # words of its title ("Brightline")


class RecurringArgs(_Args):
    direction: Literal["in", "out", "any"] = "out"
    status: Literal["active", "stopped", "all"] = "active"
    limit: Limit = 15
    until: dt.date | None = None  # only series whose next payment is due on or before this day, with their total


class NoArgs(_Args):
    pass


# ------------------------------------------------------------------------------------------ helpers


def _rates(uow: UnitOfWork, tenant: Tenant) -> dict[str, Decimal]:
    from cashpilot.services import businesses

    return {**businesses.get_settings(uow, tenant).forecast.fx_rates, tenant.currency: Decimal(1)}


def _period_json(p: PeriodArg) -> dict[str, str]:
    return {"start": p.start.isoformat(), "end": p.end.isoformat()}


def _totals(uow: UnitOfWork, tenant: Tenant, start: date, end: date) -> tuple[Decimal, Decimal, int]:
    """Booked money in and out (positive magnitudes) without internal transfers, in the business
    currency, from the daily totals (transactions.summary)."""
    from cashpilot.services import transactions

    f = transactions.TransactionFilter(date_from=start, date_to=end, statuses=["cleared", "reconciled"],
                                       transfers="exclude")
    for block in transactions.summary(uow, tenant, f, "year"):
        if block.currency == tenant.currency:
            return block.totals.inflow, -block.totals.outflow, block.totals.count
    return ZERO, ZERO, 0


def _grouped(uow: UnitOfWork, tenant: Tenant, start: date, end: date, *, direction: str, by: str,
             limit: int) -> tuple[list[dict[str, Any]], int]:
    """Money in or out of the period per category or per entity (largest first), and how many groups."""
    column = "t.category_id" if by == "category" else "t.entity_id"
    join = ("LEFT JOIN categories g ON g.business_id = t.business_id AND g.id = t.category_id"
            if by == "category" else
            "LEFT JOIN entities g ON g.business_id = t.business_id AND g.id = t.entity_id")
    sign = ">" if direction == "in" else "<"
    rows = uow.session.execute(text(f"""
        SELECT {column}, g.name, abs(sum(t.amount)), count(*)
          FROM transactions t {join}
         WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.status <> 'pending'
           AND t.currency = :c AND t.amount {sign} 0 AND t.transaction_date BETWEEN :s AND :e
         GROUP BY {column}, g.name"""), {"b": tenant.business_id, "c": tenant.currency, "s": start, "e": end}).all()
    total = sum((r[2] for r in rows), ZERO)
    ranked = sorted(rows, key=lambda r: (-r[2], r[1] or ""))
    missing = "Uncategorised" if by == "category" else "No counterparty"
    return [{"id": str(gid) if gid else None, "name": name or missing, "total": _s(amount), "count": count,
             "share_percent": _pct(amount, total)} for gid, name, amount, count in ranked[:limit]], len(rows)


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", s.casefold()))


_LEGAL = {"gmbh", "ag", "kg", "ltd", "llc", "inc", "co", "sa", "sas", "bv", "plc", "the", "and", "of"}


def match_score(query: str, name: str) -> float:
    """How well an owner's words name an entity: whole-name containment, shared significant words, fuzzy."""
    q, n = _norm(query), _norm(name)
    if not q or not n:
        return 0.0
    if q == n:
        return 1.0
    words = [w for w in n.split() if w not in _LEGAL and len(w) > 1]
    qwords = set(q.split())
    if n in q or q in n:
        return 0.9
    shared = [w for w in words if w in qwords]
    if shared:
        return 0.6 + 0.3 * len(shared) / max(len(words), 1)
    return 0.8 * difflib.SequenceMatcher(None, q, n).ratio() if len(q) > 3 else 0.0


def resolve_entity(uow: UnitOfWork, tenant: Tenant, ref: str, *, direction: str | None = None) -> Entity:
    """An entity of this business by id or by (part of) its name; ToolError when none or several fit."""
    try:
        entity_id = uuid.UUID(ref)
    except ValueError:
        entity_id = None
    q = select(Entity).where(Entity.business_id == tenant.business_id, Entity.deleted_at.is_(None))
    if entity_id is not None:
        found = uow.session.scalar(q.where(Entity.id == entity_id))
        if found is None:
            raise ToolError("No customer or supplier with this id.")
        return found
    candidates = list(uow.session.scalars(q))
    scored = sorted(((match_score(ref, e.name), e.name, e) for e in candidates), key=lambda x: (-x[0], x[1]))
    scored = [s for s in scored if s[0] >= 0.6]
    if direction:
        wanted = {"in": ("customer", "both"), "out": ("supplier", "both")}[direction]
        preferred = [s for s in scored if s[2].type in wanted]
        scored = preferred or scored
    if not scored:
        raise ToolError(f"No customer or supplier matches {ref!r}.")
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        names = ", ".join(s[1] for s in scored[:5])
        raise ToolError(f"Several customers or suppliers match {ref!r}: {names}. Say which one.")
    return scored[0][2]


# ------------------------------------------------------------------------------------------ tools


Handler = Callable[..., tuple[dict[str, Any], dict[str, list[str]]]]


def _summary(direction: str) -> Handler:
    def run(uow: UnitOfWork, tenant: Tenant, args: SummaryArgs, today: date):
        p = args.period
        money_in, money_out, count = _totals(uow, tenant, p.start, p.end)
        result: dict[str, Any] = {
            "currency": tenant.currency, "period": _period_json(p), "revenue": _s(money_in),
            "expenses": _s(money_out), "net": _s(money_in - money_out), "transactions": count,
        }
        refs: dict[str, list[str]] = {}
        n = args.monthly_average_months
        if n:
            result["monthly_average"] = {"months": n, "revenue": _s(money_in / n), "expenses": _s(money_out / n),
                                         "net": _s((money_in - money_out) / n)}
        if args.compare_previous:
            from cashpilot.domain.chat.periods import Period, previous_period

            prev = args.previous or PeriodArg.model_validate(
                previous_period(Period(p.start, p.end, "")).to_json())
            p_in, p_out, _ = _totals(uow, tenant, prev.start, prev.end)
            now_v, before_v = ((money_in, p_in) if direction == "in" else (money_out, p_out))
            result["previous"] = {"period": _period_json(prev), "revenue": _s(p_in), "expenses": _s(p_out),
                                  "net": _s(p_in - p_out)}
            result["change"] = {"amount": _s(now_v - before_v), "percent": _pct(now_v - before_v, before_v),
                                "net_amount": _s((money_in - money_out) - (p_in - p_out))}
        if args.group_by != "none":
            groups, n = _grouped(uow, tenant, p.start, p.end, direction=direction, by=args.group_by,
                                 limit=args.limit)
            if args.compare_previous:  # each group against itself in the period before
                before, _ = _grouped(uow, tenant, prev.start, prev.end, direction=direction, by=args.group_by,
                                     limit=1000)
                earlier = {(g["id"], g["name"]): Decimal(g["total"]) for g in before}
                for g in groups:
                    was = earlier.get((g["id"], g["name"]), ZERO)
                    now = Decimal(g["total"])
                    g["previous_total"], g["change"], g["change_percent"] = _s(was), _s(now - was), _pct(now - was, was)
            if n:
                for g in groups:
                    g["monthly_average"] = _s(Decimal(g["total"]) / n)
            result["by_" + args.group_by] = groups
            result["groups"] = n
            key = "categories" if args.group_by == "category" else "entities"
            refs[key] = [g["id"] for g in groups if g["id"]]
        return result, refs
    return run


def _entity_profile(uow: UnitOfWork, tenant: Tenant, args: EntityArgs, today: date):
    from cashpilot.services import recurring

    entity = resolve_entity(uow, tenant, str(args.entity_id or args.name))
    profile = uow.session.scalar(select(EntityProfile).where(EntityProfile.business_id == tenant.business_id,
                                                             EntityProfile.entity_id == entity.id))
    result: dict[str, Any] = {"entity_id": str(entity.id), "name": entity.name, "type": entity.type,
                              "currency": tenant.currency}
    if profile is not None:
        result["lifetime"] = {
            "received": _s(profile.total_in), "paid": _s(profile.total_out), "transactions": profile.tx_count,
            "first_seen": profile.first_seen.isoformat() if profile.first_seen else None,
            "last_seen": profile.last_seen.isoformat() if profile.last_seen else None,
            "typical_amount": _s(profile.typical_amount),
            "revenue_share_percent": _pct(profile.revenue_share, Decimal(1)),
            "average_days_late": (profile.days_late or {}).get("mean"),
            "reliability": profile.reliability,
        }
    refs: dict[str, list[str]] = {"entities": [str(entity.id)]}
    where = "t.business_id = :b AND t.entity_id = :e AND t.deleted_at IS NULL AND t.status <> 'pending'"
    params: dict[str, Any] = {"b": tenant.business_id, "e": entity.id}
    if args.period:
        where += " AND t.transaction_date BETWEEN :s AND :d"
        params.update(s=args.period.start, d=args.period.end)
        received, paid, count = uow.session.execute(text(f"""
            SELECT coalesce(sum(t.amount) FILTER (WHERE t.amount > 0), 0),
                   coalesce(-sum(t.amount) FILTER (WHERE t.amount < 0), 0), count(*)
              FROM transactions t WHERE {where} AND NOT t.is_transfer AND t.currency = :c"""),
            {**params, "c": tenant.currency}).one()
        result["period"] = {**_period_json(args.period), "received": _s(received), "paid": _s(paid),
                            "transactions": count}
    recent = uow.session.execute(text(f"""
        SELECT t.id, t.transaction_date, t.amount FROM transactions t WHERE {where}
         ORDER BY t.transaction_date DESC, t.id DESC LIMIT 5"""), params).all()
    result["recent"] = [{"id": str(i), "date": d.isoformat(), "amount": _s(a)} for i, d, a in recent]
    refs["transactions"] = [str(i) for i, _, _ in recent]
    series = recurring.list_series(uow, tenant, entity_id=entity.id)
    result["recurring"] = [{"cadence": s.cadence, "amount": _s(s.expected_amount), "next_date": s.next_date.isoformat(),
                            "status": s.status} for s, _ in series[:3]]
    return result, refs


def _top(direction: str) -> Handler:
    def run(uow: UnitOfWork, tenant: Tenant, args: TopArgs, today: date):
        from cashpilot.services import entity_insights

        p = args.period
        if args.exclude_categories or args.exclude_entities or args.category:
            items, left_out = _top_excluding(uow, tenant, args, direction)
        else:
            _, rows = entity_insights.top_entities(uow, tenant, direction=direction, date_from=p.start if p else None,
                                                   date_to=p.end if p else None, limit=args.limit)
            items = [{"entity_id": str(r.entity_id), "name": r.name, "total": _s(r.total),
                      "transactions": r.transaction_count, "share_percent": _pct(Decimal(r.share), Decimal(1)),
                      "last_seen": r.last_seen.isoformat() if r.last_seen else None} for r in rows]
            left_out = None
        result = {"currency": tenant.currency, "period": _period_json(p) if p else None, "count": len(items),
                  ("customers" if direction == "in" else "suppliers"): items}
        if left_out is not None and (left_out["categories"] or left_out["entities"]):
            result["excluded"] = left_out
        if args.category:
            result["category"] = args.category
        return result, {"entities": [i["entity_id"] for i in items]}
    return run


def _exclusion_sql(uow: UnitOfWork, tenant: Tenant, categories: list[str], entities: list[str],
                   params: dict[str, Any]) -> tuple[str, dict[str, list[str]]]:
    """SQL conditions leaving out categories (by name) and entities (by name or id), and what was left out."""
    where, left_out = "", {"categories": [], "entities": []}
    if categories:
        ids = [c.id for c in (resolve_category(uow, tenant, name) for name in categories)]
        names = dict(uow.session.execute(select(Category.id, Category.name).where(
            Category.business_id == tenant.business_id, Category.id.in_(ids))).all())
        left_out["categories"] = [names[i] for i in ids]
        params["xc"] = ids
        where += " AND (t.category_id IS NULL OR NOT (t.category_id = ANY(:xc)))"
    if entities:
        found = [resolve_entity(uow, tenant, name) for name in entities]
        left_out["entities"] = [e.name for e in found]
        params["xe"] = [e.id for e in found]
        where += " AND (t.entity_id IS NULL OR NOT (t.entity_id = ANY(:xe)))"
    return where, left_out


def resolve_category(uow: UnitOfWork, tenant: Tenant, ref: str) -> Category:
    """A category of this business by id or name (case-insensitive, or a name containing the words)."""
    rows = list(uow.session.scalars(select(Category).where(Category.business_id == tenant.business_id)))
    try:
        wanted = uuid.UUID(ref)
        found = [c for c in rows if c.id == wanted]
    except ValueError:
        key = _norm(ref)
        found = [c for c in rows if _norm(c.name) == key] or [c for c in rows if key and key in _norm(c.name)]
    if not found:
        raise ToolError(f"No category matches {ref!r}.")
    return found[0]


def _top_excluding(uow: UnitOfWork, tenant: Tenant, args: TopArgs, direction: str
                   ) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Counterparties ranked by money in / out with some categories or entities left out; shares are of
    what remains (the ranking the owner asked for)."""
    params: dict[str, Any] = {"b": tenant.business_id, "c": tenant.currency}
    where = ""
    if args.period:
        where += " AND t.transaction_date BETWEEN :s AND :e"
        params.update(s=args.period.start, e=args.period.end)
    extra, left_out = _exclusion_sql(uow, tenant, args.exclude_categories, args.exclude_entities, params)
    if args.category:
        params["cat"] = resolve_category(uow, tenant, args.category).id
        extra += " AND t.category_id = :cat"
    sign = ">" if direction == "in" else "<"
    rows = uow.session.execute(text(f"""
        SELECT t.entity_id, abs(sum(t.amount)), count(*), max(t.transaction_date)
          FROM transactions t
         WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.status <> 'pending'
           AND t.currency = :c AND t.amount {sign} 0 {where} {extra}
         GROUP BY t.entity_id"""), params).all()
    overall = sum((r[1] for r in rows), ZERO)
    named = _entity_names(uow, tenant, {r[0] for r in rows if r[0] is not None})
    ranked = sorted(((total, named[eid], eid, count, last) for eid, total, count, last in rows if eid in named),
                    key=lambda x: (-x[0], x[1]))[:args.limit]
    return [{"entity_id": str(eid), "name": name, "total": _s(total), "transactions": count,
             "share_percent": _pct(total, overall), "last_seen": last.isoformat() if last else None}
            for total, name, eid, count, last in ranked], left_out


def _search_filtered(uow: UnitOfWork, tenant: Tenant, args: SearchArgs) -> dict[str, Any]:
    """The biggest (or latest) booked transactions of one category and / or with categories or entities left
    out: the listing's filter has one category and no exclusions, so this reads the rows itself."""
    params: dict[str, Any] = {"b": tenant.business_id, "lim": args.limit}
    where = ""
    if args.period:
        where += " AND t.transaction_date BETWEEN :s AND :e"
        params.update(s=args.period.start, e=args.period.end)
    if args.direction != "any":
        where += " AND t.amount > 0" if args.direction == "in" else " AND t.amount < 0"
    if args.category:
        params["cat"] = resolve_category(uow, tenant, args.category).id
        where += " AND t.category_id = :cat"
    if args.entity:
        params["ent"] = resolve_entity(uow, tenant, args.entity).id
        where += " AND t.entity_id = :ent"
    if args.text:
        from cashpilot.adapters.db.transaction_queries import search_query

        params["q"] = search_query(args.text) or ""
        where += " AND t.search_vector @@ to_tsquery('simple', :q)"
    if args.amount_min is not None:
        where += " AND abs(t.amount) >= :amin"
        params["amin"] = args.amount_min
    if args.amount_max is not None:
        where += " AND abs(t.amount) <= :amax"
        params["amax"] = args.amount_max
    extra, left_out = _exclusion_sql(uow, tenant, args.exclude_categories, args.exclude_entities, params)
    order = "abs(t.amount) DESC, t.transaction_date" if args.sort == "amount" else "t.transaction_date DESC, t.id DESC"
    base = f"""FROM transactions t WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer
                 AND t.status <> 'pending' {where} {extra}"""
    total, amount = uow.session.execute(text(f"SELECT count(*), coalesce(sum(t.amount), 0) {base}"), params).one()
    rows = uow.session.execute(text(f"""SELECT t.id, t.transaction_date, t.amount, t.currency, t.description,
                                               t.entity_id {base} ORDER BY {order} LIMIT :lim"""), params).all()
    names = _entity_names(uow, tenant, {r[5] for r in rows if r[5]})
    items = [{"id": str(i), "date": d.isoformat(), "amount": _s(a), "currency": c, "description": (desc or "")[:120],
              "entity": names.get(e)} for i, d, a, c, desc, e in rows]
    result: dict[str, Any] = {"matches": total, "count": len(items), "transactions": items,
                              "period": _period_json(args.period) if args.period else None}
    if args.category:
        result["category"] = args.category
    if args.with_total:
        result["total"] = _s(abs(Decimal(amount)))
    if left_out["categories"] or left_out["entities"]:
        result["excluded"] = left_out
    return result


def _search(uow: UnitOfWork, tenant: Tenant, args: SearchArgs, today: date):
    from cashpilot.services import transactions

    if args.category or args.exclude_categories or args.exclude_entities or args.with_total:
        result = _search_filtered(uow, tenant, args)
        return result, {"transactions": [i["id"] for i in result["transactions"]]}

    entity_id = resolve_entity(uow, tenant, args.entity).id if args.entity else None
    base = dict(date_from=args.period.start if args.period else None, date_to=args.period.end if args.period else None,
                amount_min=args.amount_min, amount_max=args.amount_max, q=args.text or None, entity_id=entity_id,
                transfers="exclude" if args.sort == "amount" else None)
    directions = ["in", "out"] if args.direction == "any" else [args.direction]
    rows, total = [], 0
    for d in directions:
        f = transactions.TransactionFilter(direction=d if args.direction != "any" or args.sort == "amount" else None,
                                           **base)
        # Biggest first: the largest inflows sort down from the top, the largest outflows up from the bottom.
        sort = ("-amount" if d == "in" else "amount") if args.sort == "amount" else "-transaction_date"
        page = transactions.list_transactions(uow, tenant, f, sort=sort, limit=args.limit, cursor=None)
        rows += page.items
        total += page.total
        if args.sort == "date":
            break  # one query covers both directions
    if args.sort == "amount":
        rows.sort(key=lambda t: (-abs(t.amount), t.transaction_date))
    rows = rows[:args.limit]
    names = _entity_names(uow, tenant, {t.entity_id for t in rows if t.entity_id})
    items = [{"id": str(t.id), "date": t.transaction_date.isoformat(), "amount": _s(t.amount),
              "currency": t.currency, "description": (t.description or "")[:120],
              "entity": names.get(t.entity_id)} for t in rows]
    result = {"matches": total, "count": len(items), "transactions": items,
              "period": _period_json(args.period) if args.period else None}
    return result, {"transactions": [i["id"] for i in items]}


def _entity_names(uow: UnitOfWork, tenant: Tenant, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(uow.session.execute(select(Entity.id, Entity.name).where(
        Entity.business_id == tenant.business_id, Entity.id.in_(list(ids)))).all())


def _balances(uow: UnitOfWork, tenant: Tenant, args: BalanceArgs, today: date):
    from cashpilot.services import accounts as account_service

    day = args.date or today
    rates = _rates(uow, tenant)
    accounts = uow.session.scalars(select(Account).where(Account.business_id == tenant.business_id,
                                                         Account.deleted_at.is_(None))
                                   .order_by(Account.created_at, Account.id)).all()
    items, excluded, total = [], [], ZERO
    for account in accounts:
        if any(match_score(x, account.name) >= 0.6 for x in args.exclude_accounts):
            excluded.append({"id": str(account.id), "name": account.name, "reason": "excluded as asked"})
            continue
        _, points = account_service.balance_history(uow, tenant, account.id, day, day)
        balance = points[0].balance
        rate = rates.get(account.currency)
        items.append({"id": str(account.id), "name": account.name, "type": account.type,
                      "currency": account.currency, "balance": _s(balance)})
        if rate is None:
            excluded.append({"id": str(account.id), "name": account.name,
                             "reason": f"no exchange rate from {account.currency}"})
        else:
            total += (balance * rate).quantize(CENT)
    result = {"date": day.isoformat(), "currency": tenant.currency, "total": _s(total), "accounts": items,
              "excluded": excluded}
    if args.compare_to is not None:
        result["compare_to"] = {"amount": _s(args.compare_to), "difference": _s(total - args.compare_to),
                                "above": total >= args.compare_to}
    return result, {"accounts": [i["id"] for i in items]}


def _forecast_snapshot(uow: UnitOfWork, tenant: Tenant, today: date) -> ForecastSnapshot:
    """The latest stored forecast; when there is none yet, make one (what the API's generate does)."""
    from cashpilot.domain.dates import today_in
    from cashpilot.domain.errors import NotFound
    from cashpilot.services import forecast

    try:
        return forecast.current(uow, tenant)
    except NotFound:
        pass
    as_of = min(today, today_in(tenant.timezone))
    # Through the forecast runner, like POST /forecasts/generate: the API's zip has no numpy or statsforecast,
    # so in AWS the forecast function does the engine work.
    from cashpilot.adapters.forecast_runner import runner_from_settings

    out = runner_from_settings().run(uow, tenant, "generate", as_of=as_of, trigger="api")
    return forecast.get_snapshot(uow, tenant, uuid.UUID(out["snapshot_id"]))


def _band(d: Any) -> dict[str, str]:
    return {"date": d.date.isoformat(), "expected": _s(d.expected), "p10": _s(d.p10), "p90": _s(d.p90)}


def _forecast(uow: UnitOfWork, tenant: Tenant, args: ForecastArgs, today: date):
    from cashpilot.services import forecast

    snap = _forecast_snapshot(uow, tenant, today)
    r = forecast.result_of(snap)
    last = r.as_of + timedelta(days=r.horizon)
    result: dict[str, Any] = {
        "snapshot_id": str(snap.id), "as_of": r.as_of.isoformat(), "horizon_days": r.horizon,
        "currency": snap.currency, "opening_balance": _s(r.opening_balance),
        "low_point": {"date": r.low_point.date.isoformat(), "expected": _s(r.low_point.expected),
                      "p10": _s(r.low_point.p10)},
        "end": _band(r.daily[-1]) if r.daily else None,
        "deficit_probability": {str(k): v for k, v in r.deficit_probability.items()},
        "buffer": _s(r.buffer),
        "buffer_breach_probability": {str(k): v for k, v in r.buffer_breach_probability.items()},
        "runway_days": r.runway_days, "model": r.model,
    }
    if args.date is not None:
        if r.as_of < args.date <= last:
            result["target"] = _band(r.balance_on(args.date))
            result["target"]["days_ahead"] = (args.date - today).days
        else:
            result["target"] = {"date": args.date.isoformat(),
                                "error": f"outside the forecast ({r.as_of.isoformat()} to {last.isoformat()})"}
    if args.until is not None:
        inside = [d for d in r.daily if d.date <= args.until]
        if inside:
            low = min(inside, key=lambda d: (d.expected, d.date))
            result["window"] = {"until": min(args.until, last).isoformat(), "days": len(inside),
                                "low_point": {"date": low.date.isoformat(), "expected": _s(low.expected),
                                              "p10": _s(low.p10)},
                                "lowest_p10": _s(min(d.p10 for d in inside))}
        else:
            result["window"] = {"until": args.until.isoformat(),
                                "error": f"outside the forecast ({r.as_of.isoformat()} to {last.isoformat()})"}
    if args.buffer is not None:
        below = [d for d in r.daily if d.expected < args.buffer]
        risky = [d for d in r.daily if d.p10 < args.buffer]
        result["owner_buffer"] = {
            "buffer": _s(args.buffer),
            "first_expected_below": below[0].date.isoformat() if below else None,
            "days_expected_below": len(below),
            "first_p10_below": risky[0].date.isoformat() if risky else None,
        }
    step = [r.daily[i] for i in range(CHART_STEP_DAYS - 1, len(r.daily), CHART_STEP_DAYS)]
    result["series"] = [_band(d) for d in step]
    return result, {"snapshot": [str(snap.id)]}


# --- what-if ------------------------------------------------------------------------------------


def _expected_path(request: ForecastRequest, shifts: dict[str, int] | None = None) -> list[Decimal]:
    """Expected known flows + baseline adjustments per forecast day: the part of the expected balance a
    scenario can change (the fitted baseline is the same, as in services.scenarios.compare).

    `shifts` (flow key -> days): customers paying those flows `days` late (see `_late_customer`)."""
    from cashpilot.domain.forecast.simulation import expected_known

    shifts = shifts or {}
    kept = [f for f in request.known_flows if f.key not in shifts]
    known = expected_known(kept, request.as_of, request.horizon)
    for f in request.known_flows:
        if f.key in shifts:
            for i, v in enumerate(_paid_late(f, shifts[f.key], request.as_of, request.horizon)):
                known[i] += v
    return _with_adjustments(request, known)


def _arrived(flow: Any, as_of: date, horizon: int) -> list[Decimal]:
    """The share of a flow expected to have landed by each forecast day (cumulative)."""
    from cashpilot.domain.forecast.simulation import arrival

    arr = arrival(flow, as_of, horizon)
    daily = [Decimal(0)] * horizon
    for off, weight in zip(arr.offsets.tolist(), arr.weights, strict=True):
        if 1 <= off <= horizon:
            daily[off - 1] += weight
    total, out = Decimal(0), []
    for v in daily:
        total += v
        out.append(total)
    return out


def _paid_late(flow: Any, days: int, as_of: date, horizon: int) -> list[Decimal]:
    """Expected money of an incoming flow per forecast day when the payer pays `days` late: it lands at the
    later of when the forecast expected it and `days` (plus the payer's usual lateness) after its due date.
    For a flow still to come that is its due date moved `days` later; for one already overdue it never
    lands sooner, or more surely, than the forecast expected (moving only its date would make it look on
    time again, and so more likely to come: a higher balance for a later payment)."""
    expected = _arrived(flow, as_of, horizon)
    moved = _arrived(dataclasses.replace(flow, due=flow.due + timedelta(days=days)), as_of, horizon)
    later = [min(a, b) for a, b in zip(expected, moved, strict=True)]
    money = flow.amount * Decimal(repr(flow.probability))
    return [money * (v - (later[i - 1] if i else Decimal(0))) for i, v in enumerate(later)]


def _with_adjustments(request: ForecastRequest, known: list[Decimal]) -> list[Decimal]:
    adjust = [Decimal(0)] * request.horizon
    for start, per_day in request.baseline_adjustments:
        first = max((start - request.as_of).days, 1)
        for i in range(first - 1, request.horizon):
            adjust[i] += per_day
    return [k + a for k, a in zip(known, adjust, strict=True)]


def _late_customer(request: ForecastRequest, entity_id: uuid.UUID, days: int, occurrences: str
                   ) -> dict[str, int]:
    """The customer's incoming known flows (the next, or all) paid `days` late: flow key -> days (how that
    moves their money is `_paid_late`)."""
    idx = [i for i, f in enumerate(request.known_flows)
           if f.entity_id == entity_id and f.amount > 0 and f.probability > 0]
    if occurrences == "next" and idx:
        idx = [min(idx, key=lambda i: (request.known_flows[i].due, request.known_flows[i].key))]
    return {request.known_flows[i].key: days for i in idx}


def _simulate(uow: UnitOfWork, tenant: Tenant, args: ScenarioArgs, today: date):
    """The what-if, computed where the engine's code can run: it reads each flow's arrival distribution
    (numpy), so it goes through the forecast runner like the scenarios API (in-process locally, the forecast
    function in AWS, whose answer is the same JSON)."""
    from cashpilot.adapters.forecast_runner import runner_from_settings

    # Make (or find) the forecast here, so a first what-if needs only one trip to the forecast function.
    _forecast_snapshot(uow, tenant, today)
    try:
        out = runner_from_settings().run(uow, tenant, "chat_simulate", args=args.model_dump(mode="json"),
                                         today=today.isoformat())
    except InvalidInput as exc:
        if exc.code == "scenario_refused":
            raise ToolError(exc.message) from None
        raise
    return out["result"], out["references"]


def _action_simulate(uow: UnitOfWork, tenant: Tenant, p: dict[str, Any]) -> dict[str, Any]:
    """The forecast function's side of `_simulate`. A refusal travels as the domain error it becomes."""
    args = ScenarioArgs.model_validate(p["args"])
    try:
        result, refs = _simulate_here(uow, tenant, args, date.fromisoformat(p["today"]))
    except ToolError as exc:
        raise InvalidInput(str(exc), code="scenario_refused") from None
    return {"result": result, "references": refs}


def _simulate_here(uow: UnitOfWork, tenant: Tenant, args: ScenarioArgs, today: date):
    from cashpilot.domain.forecast import scenarios as domain
    from cashpilot.services import forecast

    snap = _forecast_snapshot(uow, tenant, today)
    base_request, base = forecast.request_of(snap), forecast.result_of(snap)
    request = base_request
    applied, refs_entities = [], []
    shifts: dict[str, int] = {}  # customers paying late: flow key -> days later
    for i, change in enumerate(args.changes):
        entity = None
        if change.entity:
            direction = "in" if change.type in ("customer_pays_late", "collect_earlier", "lose_customer") else "out"
            entity = resolve_entity(uow, tenant, change.entity, direction=direction)
            refs_entities.append(str(entity.id))
        before = request
        late: list[dict[str, str]] = []
        if change.type == "customer_pays_late":
            moved = _late_customer(request, entity.id, change.days, change.occurrences)
            shifts.update({k: shifts.get(k, 0) + d for k, d in moved.items()})
            flows, note = len(moved), None if moved else "no expected payment from this customer in the forecast"
            late = [{"label": f.label, "amount": _s(f.amount), "due": f.due.isoformat(),
                     "new_due": (f.due + timedelta(days=change.days)).isoformat(),
                     **({"overdue": True} if f.due <= request.as_of else {})}
                    for f in request.known_flows if f.key in moved][:6]
            overdue = [f for f in request.known_flows if f.key in moved and f.due <= request.as_of]
            if overdue:
                due = overdue[0].due
                note = (f"the expected payment due {due.day} {due.strftime('%b')} {due.year} is already overdue; paid "
                        f"{change.days} days late it lands no sooner than the forecast already expects it")
        else:
            raw: dict[str, Any] = {"type": change.type}
            if change.type in ("delay_payment", "collect_earlier"):
                raw.update(entity_id=str(entity.id), days=change.days, occurrences=change.occurrences)
            elif change.type == "lose_customer":
                raw.update(entity_id=str(entity.id),
                           from_date=(change.date or request.as_of + timedelta(days=1)).isoformat())
            else:
                raw.update(date=(change.date or today + timedelta(days=1)).isoformat(), amount=str(change.amount),
                           label=change.label or ("One-time cost" if change.amount < 0 else "One-time income"))
            request, effects = domain.apply_with_effects(request, [raw], prefix=f"chat{i}")
            flows, note = effects[0].flows, effects[0].note
        moved_flows = late or [{"label": b.label, "amount": _s(b.amount), "due": b.due.isoformat(),
                                "new_due": a.due.isoformat()}
                               for b, a in zip(before.known_flows, request.known_flows, strict=False)
                               if a.due != b.due][:6]
        applied.append({"type": change.type, "entity": entity.name if entity else None, "days": change.days,
                        "amount": _s(change.amount), "date": change.date.isoformat() if change.date else None,
                        "flows_changed": flows, "note": note, "moved": moved_flows})
    base_path, new_path = _expected_path(base_request), _expected_path(request, shifts)
    running = Decimal(0)
    scenario = []
    for d, b, n in zip(base.daily, base_path, new_path, strict=True):
        running += n - b
        scenario.append((d.date, (d.expected + running).quantize(CENT)))
    target = args.date or today + timedelta(days=30)
    last = base.as_of + timedelta(days=base.horizon)
    target = min(max(target, base.as_of + timedelta(days=1)), last)
    index = (target - base.as_of).days - 1
    low_i = min(range(len(scenario)), key=lambda i: (scenario[i][1], i))
    runway = next((i + 1 for i, (_, v) in enumerate(scenario) if v < 0), None)
    base_at, new_at = base.daily[index].expected, scenario[index][1]
    result = {
        "snapshot_id": str(snap.id), "as_of": base.as_of.isoformat(), "currency": snap.currency,
        "changes": applied,
        "at": {"date": target.isoformat(), "days_ahead": (target - today).days, "baseline": _s(base_at),
               "scenario": _s(new_at), "difference": _s(new_at - base_at)},
        "low_point": {"baseline": {"date": base.low_point.date.isoformat(), "expected": _s(base.low_point.expected)},
                      "scenario": {"date": scenario[low_i][0].isoformat(), "expected": _s(scenario[low_i][1])},
                      "difference": _s(scenario[low_i][1] - base.low_point.expected)},
        "end": {"date": last.isoformat(), "baseline": _s(base.daily[-1].expected), "scenario": _s(scenario[-1][1])},
        "runway_days": {"baseline": base.runway_days, "scenario": runway},
        "below_zero": any(v < 0 for _, v in scenario),
        "saved": False,
        "note": "Expected balances from the stored forecast's inputs with the changes applied (nothing is saved).",
        "series": [{"date": scenario[i][0].isoformat(), "baseline": _s(base.daily[i].expected),
                    "scenario": _s(scenario[i][1])}
                   for i in range(CHART_STEP_DAYS - 1, len(scenario), CHART_STEP_DAYS)],
    }
    return result, {"snapshot": [str(snap.id)], "entities": refs_entities}


# --- alerts, stability, recurring, runway ---------------------------------------------------------


def _plain(value: Any) -> Any:
    """Alert data as JSON: Decimals as strings."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _alert_brief(a: Any) -> dict[str, Any]:
    return {"id": str(a.id), "kind": a.kind, "severity": a.severity, "title": a.title, "message": a.message,
            "first_detected": a.first_detected_at.date().isoformat()}


def _alerts(uow: UnitOfWork, tenant: Tenant, args: AlertListArgs, today: date):
    from cashpilot.services import alerts

    f = alerts.AlertFilter(status="open", severity=(args.severity,) if args.severity else ())
    page = alerts.list_alerts(uow, tenant, f, limit=args.limit)
    rank = {"emergency": 0, "this_week": 1, "upcoming": 2}
    items = sorted(page.items, key=lambda a: (rank.get(a.severity, 3), a.title))
    counts = alerts.open_counts(uow, tenant)
    result = {"open": page.total, "by_severity": counts, "count": len(items),
              "alerts": [_alert_brief(a) for a in items]}
    return result, {"alerts": [str(a.id) for a in items]}


def _explain_alert(uow: UnitOfWork, tenant: Tenant, args: ExplainAlertArgs, today: date):
    from cashpilot.services import alerts

    if args.alert_id:
        alert = alerts.get_alert(uow, tenant, args.alert_id)
    else:
        page = alerts.list_alerts(uow, tenant, alerts.AlertFilter(status="open"), limit=50)
        candidates = page.items
        of_kind = [a for a in candidates if a.kind == args.kind] if args.kind else []
        candidates = of_kind or candidates
        rank = {"emergency": 0, "this_week": 1, "upcoming": 2}
        scored = [(1.0, a) for a in candidates]
        if args.about:
            scored = [(max(match_score(args.about, a.title), match_score(args.about, a.kind.replace("_", " ")),
                           match_score(args.about, a.message) * 0.9), a) for a in candidates]
            scored = [(s, a) for s, a in scored if s >= 0.6] or [(0.5, a) for a in of_kind]
        if not scored:
            raise ToolError("No open alert matches; list_alerts shows the open ones.")
        alert = min(scored, key=lambda x: (-x[0], rank.get(x[1].severity, 3), x[1].title))[1]
    result = {**_alert_brief(alert), "status": alert.status, "data": _plain(alert.data or {}),
              "history": alert.history[-5:], "snapshot_id": str(alert.snapshot_id) if alert.snapshot_id else None}
    refs: dict[str, list[str]] = {"alerts": [str(alert.id)]}
    if alert.snapshot_id:
        refs["snapshot"] = [str(alert.snapshot_id)]
    if alert.subject_type == "entity" and alert.subject_id:
        refs["entities"] = [alert.subject_id]
    return result, refs


def _stability(uow: UnitOfWork, tenant: Tenant, args: NoArgs, today: date):
    from cashpilot.adapters.db.models import StabilityScore
    from cashpilot.domain.forecast import stability as domain
    from cashpilot.services import stability

    row = uow.session.scalar(select(StabilityScore).where(StabilityScore.business_id == tenant.business_id,
                                                          StabilityScore.as_of <= today)
                             .order_by(StabilityScore.as_of.desc()).limit(1))
    if row is not None and row.as_of == today:
        score = domain.StabilityScore.from_stored(row.as_of, row.score, row.label, row.components or {})
        as_of, value, label, components = row.as_of, row.score, row.label, score.components
        snapshot_id = row.snapshot_id
    else:
        view = stability.compute(uow, tenant, as_of=today)
        as_of, value, label, components, snapshot_id = (view.as_of, view.score, view.label, view.components,
                                                        view.snapshot_id)
    result = {"as_of": as_of.isoformat(), "score": value, "label": label,
              "components": [{"name": c.name, "score": c.score, "label": c.label, "explanation": c.explanation}
                             for c in components]}
    return result, {"snapshot": [str(snapshot_id)]} if snapshot_id else {}


_PER_MONTH = {"weekly": Decimal(52) / 12, "biweekly": Decimal(26) / 12, "semi_monthly": Decimal(2),
              "monthly": Decimal(1), "quarterly": Decimal(1) / 3, "yearly": Decimal(1) / 12}


def _recurring(uow: UnitOfWork, tenant: Tenant, args: RecurringArgs, today: date):
    from cashpilot.services import recurring

    rows = recurring.list_series(uow, tenant, status=None if args.status == "all" else args.status,
                                 direction=None if args.direction == "any" else args.direction)
    items, monthly = [], {"in": ZERO, "out": ZERO}
    category_names = dict(uow.session.execute(select(Category.id, Category.name).where(
        Category.business_id == tenant.business_id)).all())
    for s, name in rows:
        if s.currency != tenant.currency:
            continue
        per_month = (abs(s.expected_amount) * _PER_MONTH.get(s.cadence, Decimal(1))).quantize(CENT)
        if s.status == "active":
            monthly[s.direction] += per_month
        items.append({"id": str(s.id), "name": name or "Recurring payment", "direction": s.direction,
                      "cadence": s.cadence, "amount": _s(abs(s.expected_amount)), "per_month": _s(per_month),
                      "next_date": s.next_date.isoformat(), "status": s.status,
                      "category": category_names.get(s.category_id),
                      "entity_id": str(s.entity_id) if s.entity_id else None})
    items.sort(key=lambda i: (-Decimal(i["per_month"]), i["name"]))
    result = {"currency": tenant.currency, "direction": args.direction, "status": args.status, "count": len(items),
              "monthly_out": _s(monthly["out"]), "monthly_in": _s(monthly["in"]), "series": items[:args.limit]}
    if args.until is not None:  # "what bills still go out before the end of the month"
        due = sorted((i for i in items if i["status"] == "active" and date.fromisoformat(i["next_date"]) <= args.until),
                     key=lambda i: (i["next_date"], i["name"]))
        items = due
        result.update(until=args.until.isoformat(), count=len(due), series=due[:args.limit],
                      due_total=_s(sum((Decimal(i["amount"]) for i in due), ZERO)))
    return result, {"recurring_series": [i["id"] for i in items[:args.limit]]}


RUNWAY_MONTHS = 3


def _runway(uow: UnitOfWork, tenant: Tenant, args: NoArgs, today: date):
    from cashpilot.domain.chat.periods import add_months
    from cashpilot.domain.errors import NotFound
    from cashpilot.services import forecast

    balance = forecast.cash_today(uow, tenant, day=today)
    first = add_months(today.replace(day=1), -RUNWAY_MONTHS)
    last = today.replace(day=1) - timedelta(days=1)
    money_in, money_out, _ = _totals(uow, tenant, first, last)
    burn = ((money_out - money_in) / RUNWAY_MONTHS).quantize(CENT)
    months = (balance / burn).quantize(Decimal("0.1"), ROUND_HALF_EVEN) if burn > 0 and balance > 0 else None
    result: dict[str, Any] = {
        "currency": tenant.currency, "balance": _s(balance), "months_averaged": RUNWAY_MONTHS,
        "window": {"start": first.isoformat(), "end": last.isoformat()},
        "average_monthly_revenue": _s(money_in / RUNWAY_MONTHS),
        "average_monthly_expenses": _s(money_out / RUNWAY_MONTHS),
        "average_monthly_burn": _s(burn), "runway_months": format(months, "f") if months is not None else None,
        "burning_cash": burn > 0,
    }
    # With no money coming in at all, spending alone eats the balance: "how long could we survive with zero
    # revenue".
    spend = (money_out / RUNWAY_MONTHS).quantize(CENT)
    result["without_revenue"] = {
        "average_monthly_expenses": _s(spend),
        "months": format((balance / spend).quantize(Decimal("0.1"), ROUND_HALF_EVEN), "f")
        if spend > 0 and balance > 0 else None}
    refs: dict[str, list[str]] = {}
    try:
        snap = forecast.current(uow, tenant)
        result["forecast"] = {"snapshot_id": str(snap.id), "runway_days": snap.runway_days,
                              "horizon_days": snap.horizon}
        refs["snapshot"] = [str(snap.id)]
    except NotFound:
        result["forecast"] = None
    return result, refs


# ------------------------------------------------------------------------------------------ registry


_PERIOD_SCHEMA = {"type": "object", "properties": {"start": {"type": "string", "format": "date"},
                                                   "end": {"type": "string", "format": "date"}},
                  "required": ["start", "end"], "additionalProperties": False}


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    """The arguments' JSON schema, flattened for function calling (no $defs)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].split("/")[-1]])
            return {k: inline(v) for k, v in node.items() if k != "title"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return inline(schema)


_REGISTRY: dict[str, tuple[str, type[BaseModel], Handler]] = {
    "revenue_summary": (
        "Money in (revenue), money out and net for a period, in the business currency, internal transfers left "
        "out. Optionally grouped by category or by customer (group_by), and compared with the period before "
        "(compare_previous).", SummaryArgs, _summary("in")),
    "expense_summary": (
        "Money out (expenses), money in and net for a period; optionally grouped by category or by supplier "
        "(group_by), and compared with the period before (compare_previous).", SummaryArgs, _summary("out")),
    "entity_profile": (
        "One customer or supplier by name or id: what they paid or were paid in a period, over their lifetime, "
        "how late they usually pay, their recurring payments and last transactions.", EntityArgs, _entity_profile),
    "top_customers": ("Customers ranked by money received in a period (default: all time), with shares.",
                      TopArgs, _top("in")),
    "top_suppliers": ("Suppliers ranked by money paid in a period (default: all time), with shares.",
                      TopArgs, _top("out")),
    "search_transactions": (
        "Find transactions by words of their description, period, amount range, direction or counterparty. "
        "sort=amount gives the biggest ones first.", SearchArgs, _search),
    "account_balances": ("Booked balance of each account and the total at a date (default today).",
                         BalanceArgs, _balances),
    "cash_forecast": (
        "The latest cash forecast: expected balance (with p10-p90) at a date, the lowest projected balance and "
        "when, the probability of going below zero or below the buffer within 30/60/90 days, a weekly series.",
        ForecastArgs, _forecast),
    "simulate_scenario": (
        "What-if on the latest forecast, saving nothing: a customer pays N days late, a supplier payment is "
        "delayed, money is collected earlier, a one-time cost or income, a customer is lost. Returns baseline "
        "vs scenario balance at a date (default 30 days ahead) and the low point.", ScenarioArgs, _simulate),
    "list_alerts": ("Open alerts asking for attention, most urgent first, with their messages.",
                    AlertListArgs, _alerts),
    "explain_alert": ("One alert in full: why it was raised (its figures and dates) and its history. Give "
                      "alert_id, or kind / words of its title.", ExplainAlertArgs, _explain_alert),
    "stability_score": ("The business's cash stability score (0-100) and what it is made of.", NoArgs, _stability),
    "recurring_series": ("Recurring payments (subscriptions, rent, payroll) or recurring income, with their "
                         "monthly equivalent and next date.", RecurringArgs, _recurring),
    "runway": ("How many months the cash lasts at the average net burn of the last three complete months, "
               "and the forecast's days until the expected balance goes below zero.", NoArgs, _runway),
}

TOOLS: dict[str, ToolSpec] = {name: ToolSpec(name=name, description=desc, parameters=_schema(model))
                              for name, (desc, model, _) in _REGISTRY.items()}


def call_tool(uow: UnitOfWork, tenant: Tenant, name: str, arguments: dict[str, Any] | None, *,
              today: date) -> ToolResult:
    """Run one tool for this business. Bad input and refusals are results with `error`, never exceptions."""
    arguments = dict(arguments or {})
    entry = _REGISTRY.get(name)
    if entry is None:
        return ToolResult(name=name, arguments=arguments, result=None,
                          error=f"Unknown tool {name!r}; tools: {', '.join(sorted(_REGISTRY))}.")
    _, model, handler = entry
    try:
        args = model.model_validate(arguments)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: "
                             f"{e['msg'].removeprefix('Value error, ')}" for e in exc.errors(include_url=False)[:5])
        return ToolResult(name=name, arguments=arguments, result=None, error=f"Invalid arguments: {problems}")
    try:
        from cashpilot.domain.roles import Permission

        tenant.require(Permission.READ)
        result, refs = handler(uow, tenant, args, today)
    except ToolError as exc:
        return ToolResult(name=name, arguments=arguments, result=None, error=str(exc))
    except CashPilotError as exc:
        return ToolResult(name=name, arguments=arguments, result=None, error=f"{exc.message} ({exc.code})")
    return ToolResult(name=name, arguments=arguments, result=result,
                      references={k: v for k, v in refs.items() if v})


def _register_forecast_actions() -> None:
    from cashpilot.services import forecast

    forecast.register_action("chat_simulate", _action_simulate)


_register_forecast_actions()
