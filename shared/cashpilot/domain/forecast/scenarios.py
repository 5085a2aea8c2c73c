"""What-if scenarios: typed changes that rewrite a `ForecastRequest` before it is simulated.

A scenario never touches the data; it changes the forecast's inputs (known flows, baseline
adjustments) and the engine runs as usual. Three rules keep scenario results honest and comparable:

- Scenario and baseline are simulated with the same fitted baseline and the same seed, and the
  engine draws the known flows from their own random stream, flow by flow in order. So this module
  never reorders or removes flows: a moved flow keeps its place, a cancelled one stays with
  probability 0 (it consumes the same draws and lands nowhere), and new flows are appended at the end.
  Every flow the scenario does not touch then lands on the same day with the same amount in every
  path as in the baseline run, and the difference between the two runs is the scenario's effect only.
- Amounts are Decimal and rounded to cents where they are made (a percentage of a payment, a daily
  average taken out of the baseline), so the expected balance moves by exact cents.
- A change that matches nothing in this forecast (a supplier with no payment in the horizon, a
  one-time flow dated in the past) is not an error: the scenario was saved earlier and the world moved
  on. It is reported in the change's `Effect` so the owner sees why nothing happened.

Pure: pydantic and the standard library only (no numpy), so the API can validate scenarios cheaply.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.forecast.model import CENT, ForecastRequest, KnownFlow

MAX_CHANGES = 20
SOURCE = "scenario"

_money_text = PlainSerializer(lambda d: format(d.quantize(CENT), "f"), return_type=str, when_used="json")
# Signed money, two places at most (a one-time flow, a new recurring amount).
Amount = Annotated[Decimal, Field(max_digits=18, decimal_places=2, allow_inf_nan=False), _money_text]
PositiveAmount = Annotated[Decimal, Field(gt=0, max_digits=18, decimal_places=2, allow_inf_nan=False), _money_text]
Percent = Annotated[Decimal, Field(max_digits=7, decimal_places=2, allow_inf_nan=False)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Days = Annotated[int, Field(strict=True, ge=1, le=365)]


class _Change(BaseModel):
    # Unknown fields are errors: a misspelt "day" must not silently become "no delay".
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Targeted(_Change):
    """Changes that point at existing known flows: by the counterparty, the recurring series, or one flow."""

    entity_id: uuid.UUID | None = None
    series_id: uuid.UUID | None = None
    flow_key: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None

    @model_validator(mode="after")
    def _one_target(self):
        given = [n for n in ("entity_id", "series_id", "flow_key") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of entity_id, series_id or flow_key")
        return self

    def matches(self, flow: KnownFlow) -> bool:
        if self.entity_id is not None:
            return flow.entity_id == self.entity_id
        if self.series_id is not None:
            return flow.series_id == self.series_id
        return flow.key == self.flow_key


class DelayPayment(_Targeted):
    """Pay a supplier (an outgoing known flow) `days` later: the next payment, or all of them."""

    type: Literal["delay_payment"]
    days: Days
    occurrences: Literal["next", "all"] = "next"


class CollectEarlier(_Targeted):
    """Collect incoming money `days` earlier (never before tomorrow). A collection we chase arrives on
    the new date, so the payer's habit of paying late no longer applies."""

    type: Literal["collect_earlier"]
    days: Days
    occurrences: Literal["next", "all"] = "next"


class OneTime(_Change):
    """A single inflow (+) or outflow (-) on a date."""

    type: Literal["one_time"]
    date: date
    amount: Amount
    label: Label = "One-time flow"

    @model_validator(mode="after")
    def _non_zero(self):
        if self.amount == 0:
            raise ValueError("amount must not be zero (positive = money in, negative = money out)")
        return self


class ChangeRecurring(_Change):
    """A recurring series changes amount from a date on: a new absolute (signed) amount or a percentage."""

    type: Literal["change_recurring"]
    series_id: uuid.UUID
    amount: Amount | None = None
    percent: Annotated[Percent, Field(ge=-100, le=1000)] | None = None
    from_date: date | None = None

    @model_validator(mode="after")
    def _one_of(self):
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give exactly one of amount (the new signed amount) or percent (-100..1000)")
        return self


class LoseCustomer(_Change):
    """A customer stops paying from a date: their expected payments go, and so does their share of the
    baseline (their recent average daily inflow that no known flow explains)."""

    type: Literal["lose_customer"]
    entity_id: uuid.UUID
    from_date: date


class Hire(_Change):
    """A new monthly cost (salary and charges) from a date, paid on a day of each month."""

    type: Literal["hire"]
    monthly_cost: PositiveAmount
    from_date: date
    day_of_month: Annotated[int, Field(strict=True, ge=1, le=31)] = 28  # clamped to short months' last day
    label: Label = "New hire"


class CutCategory(_Change):
    """Spend `percent` less in a category: its known payments shrink, and so does its share of the baseline."""

    type: Literal["cut_category"]
    category_id: uuid.UUID
    percent: Annotated[Percent, Field(ge=1, le=100)]
    from_date: date | None = None  # default: from tomorrow


Change = Annotated[
    DelayPayment | CollectEarlier | OneTime | ChangeRecurring | LoseCustomer | Hire | CutCategory,
    Field(discriminator="type"),
]
CHANGE_TYPES = ("delay_payment", "collect_earlier", "one_time", "change_recurring", "lose_customer", "hire",
                "cut_category")
_CHANGES = TypeAdapter(list[Change])


def parse_changes(raw: Any) -> list[Change]:
    """Validate stored or submitted changes; errors name the change and field (`changes.0.days`)."""
    if isinstance(raw, list) and all(isinstance(c, BaseModel) for c in raw):
        raw = [c.model_dump(mode="json") for c in raw]
    if not isinstance(raw, list) or not raw:
        raise InvalidInput("A scenario needs a list of 1 to 20 changes.", code="invalid_scenario_change",
                           details=[{"field": "changes", "message": "must be a non-empty list"}])
    if len(raw) > MAX_CHANGES:
        raise InvalidInput(f"A scenario can hold at most {MAX_CHANGES} changes.", code="invalid_scenario_change",
                           details=[{"field": "changes", "message": f"at most {MAX_CHANGES} changes"}])
    try:
        return _CHANGES.validate_python(raw)
    except ValidationError as exc:
        details = [{"field": ".".join(["changes", *(str(p) for p in e["loc"])]),
                    "message": e["msg"].removeprefix("Value error, "), "type": e["type"]}
                   for e in exc.errors(include_url=False)]
        unknown = [e for e in exc.errors() if e["type"] in ("union_tag_invalid", "union_tag_not_found")]
        if unknown:
            raise InvalidInput(f"{details[0]['field']}: the change type must be one of {', '.join(CHANGE_TYPES)}.",
                               code="unknown_change_type", details=details) from None
        raise InvalidInput(f"{details[0]['field']}: {details[0]['message']}", code="invalid_scenario_change",
                           details=details) from None


def dump_changes(changes: Iterable[Change]) -> list[dict[str, Any]]:
    """JSON-ready (money as strings, ids and dates as text): what the `scenarios` table stores."""
    return [c.model_dump(mode="json", exclude_none=True) for c in changes]


@dataclass(frozen=True, slots=True)
class Effect:
    """What one change did to this forecast: how many known flows it moved, added, changed or cancelled,
    and how much it takes out of (or adds to) the baseline per day."""

    index: int
    type: str
    flows: int
    baseline_per_day: Decimal = Decimal("0.00")
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"index": self.index, "type": self.type, "flows": self.flows,
                "baseline_per_day": format(self.baseline_per_day, "f"), "note": self.note}


def apply(request: ForecastRequest, changes: Sequence[Change | dict[str, Any]]) -> ForecastRequest:
    """The request as it would be under these changes, applied in order."""
    return apply_with_effects(request, changes)[0]


def apply_with_effects(
    request: ForecastRequest, changes: Sequence[Change | dict[str, Any]], *, prefix: str = "0",
) -> tuple[ForecastRequest, list[Effect]]:
    """`apply`, plus what each change did. `prefix` makes keys of added flows unique when several
    scenarios are applied to one request (a snapshot generated with two scenarios)."""
    typed = parse_changes(list(changes)) if any(isinstance(c, dict) for c in changes) else list(changes)
    effects: list[Effect] = []
    original = request
    for i, change in enumerate(typed):
        request, effect = _APPLY[change.type](request, change, f"{SOURCE}:{prefix}:{i}")
        effects.append(replace(effect, index=i))
    if original.unchanged_flows is None and request.known_flows != original.known_flows:
        # The spending floor is judged against the flows as they were, so a snapshot generated with the
        # scenario is the scenario's simulation exactly.
        request = replace(request, unchanged_flows=original.known_flows)
    return request, effects


# --- the changes ------------------------------------------------------------------------------------

def _selected(request: ForecastRequest, change: _Targeted, *, outflow: bool) -> list[int]:
    """Indexes of the flows a delay / collection applies to: the next matching one, or all of them."""
    idx = [i for i, f in enumerate(request.known_flows)
           if change.matches(f) and (f.amount < 0 if outflow else f.amount > 0) and f.probability > 0]
    if change.occurrences == "next" and idx:
        idx = [min(idx, key=lambda i: (request.known_flows[i].due, request.known_flows[i].key))]
    return idx


def _with(request: ForecastRequest, updates: dict[int, KnownFlow], added: Sequence[KnownFlow] = (),
          adjustment: tuple[date, Decimal] | None = None) -> ForecastRequest:
    flows = tuple(updates.get(i, f) for i, f in enumerate(request.known_flows)) + tuple(added)
    adjustments = request.baseline_adjustments + ((adjustment,) if adjustment else ())
    return replace(request, known_flows=flows, baseline_adjustments=adjustments)


def _none_matched(what: str) -> str:
    return f"no {what} in this forecast matches: nothing changed"


def _delay(request: ForecastRequest, change: DelayPayment, key: str) -> tuple[ForecastRequest, Effect]:
    idx = _selected(request, change, outflow=True)
    shift = timedelta(days=change.days)
    # The payer's own habits (lags) stay: paying later moves the date they are counted from.
    updates = {i: replace(request.known_flows[i], due=request.known_flows[i].due + shift) for i in idx}
    note = None if idx else _none_matched("outgoing payment")
    return _with(request, updates), Effect(0, change.type, len(idx), note=note)


def _collect(request: ForecastRequest, change: CollectEarlier, key: str) -> tuple[ForecastRequest, Effect]:
    idx = _selected(request, change, outflow=False)
    tomorrow = request.as_of + timedelta(days=1)
    updates = {}
    for i in idx:
        f = request.known_flows[i]
        # Money collected earlier arrives on the day agreed, so the payer's lateness no longer applies.
        updates[i] = replace(f, due=max(f.due - timedelta(days=change.days), tomorrow), lags=(0,))
    note = None if idx else _none_matched("incoming payment")
    return _with(request, updates), Effect(0, change.type, len(idx), note=note)


def _one_time(request: ForecastRequest, change: OneTime, key: str) -> tuple[ForecastRequest, Effect]:
    if change.date <= request.as_of:
        return request, Effect(0, change.type, 0, note=f"{change.date.isoformat()} is not after the forecast's "
                               f"start ({request.as_of.isoformat()}): nothing changed")
    flow = KnownFlow(key=key, source=SOURCE, label=change.label, due=change.date, amount=change.amount)
    note = None if change.date <= request.as_of + timedelta(days=request.horizon) else "beyond the horizon"
    return _with(request, {}, [flow]), Effect(0, change.type, 1, note=note)


def _change_recurring(request: ForecastRequest, change: ChangeRecurring, key: str) -> tuple[ForecastRequest, Effect]:
    updates = {}
    for i, f in enumerate(request.known_flows):
        if f.series_id != change.series_id or (change.from_date and f.due < change.from_date):
            continue
        if change.percent is not None:
            factor = 1 + change.percent / 100
            amount = (f.amount * factor).quantize(CENT)
        else:
            amount = change.amount
            factor = abs(amount / f.amount) if f.amount else Decimal(1)
        # The amount's spread scales with it: a rent raised by 10% is no less sure than before.
        updates[i] = replace(f, amount=amount, amount_sd=(f.amount_sd * abs(factor)).quantize(CENT))
    note = None if updates else _none_matched("payment of this series")
    return _with(request, updates), Effect(0, change.type, len(updates), note=note)


def _lose_customer(request: ForecastRequest, change: LoseCustomer, key: str) -> tuple[ForecastRequest, Effect]:
    # Cancelled, not removed: the flow keeps its draws (see the module docstring).
    updates = {i: replace(f, probability=0.0) for i, f in enumerate(request.known_flows)
               if f.entity_id == change.entity_id and f.amount > 0 and f.due >= change.from_date
               and f.probability > 0}
    recent = request.residual_by_entity.get(str(change.entity_id), Decimal(0))
    # Only a customer who brings money in on balance is taken out of the baseline; rounded to cents so the
    # expected balance moves by an exact amount per day.
    per_day = -recent.quantize(CENT) if recent > 0 else Decimal("0.00")
    adjustment = (change.from_date, per_day) if per_day else None
    note = None if updates or adjustment else "this customer has no payments or recent income in this forecast"
    return _with(request, updates, adjustment=adjustment), Effect(0, change.type, len(updates), per_day, note)


def _month_days(start: date, until: date, day: int) -> list[date]:
    out: list[date] = []
    y, m = start.year, start.month
    while True:
        d = date(y, m, min(day, calendar.monthrange(y, m)[1]))
        if d > until:
            return out
        if d >= start:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _hire(request: ForecastRequest, change: Hire, key: str) -> tuple[ForecastRequest, Effect]:
    start = max(change.from_date, request.as_of + timedelta(days=1))
    end = request.as_of + timedelta(days=request.horizon)
    flows = [KnownFlow(key=f"{key}:{d.isoformat()}", source=SOURCE, label=change.label, due=d,
                       amount=-change.monthly_cost) for d in _month_days(start, end, change.day_of_month)]
    note = None if flows else "no pay day inside the horizon"
    return _with(request, {}, flows), Effect(0, change.type, len(flows), note=note)


def _cut_category(request: ForecastRequest, change: CutCategory, key: str) -> tuple[ForecastRequest, Effect]:
    keep = 1 - change.percent / 100
    start = change.from_date or request.as_of + timedelta(days=1)
    updates = {i: replace(f, amount=(f.amount * keep).quantize(CENT), amount_sd=(f.amount_sd * keep).quantize(CENT))
               for i, f in enumerate(request.known_flows)
               if f.category_id == change.category_id and f.amount < 0 and f.due >= start}
    recent = request.residual_by_category.get(str(change.category_id), Decimal(0))
    # Spending less adds to the balance: percent of the category's average daily net outflow.
    per_day = (-recent * change.percent / 100).quantize(CENT) if recent < 0 else Decimal("0.00")
    adjustment = (start, per_day) if per_day else None
    note = None if updates or adjustment else "this category has no payments or recent spending in this forecast"
    return _with(request, updates, adjustment=adjustment), Effect(0, change.type, len(updates), per_day, note)


_APPLY = {
    "delay_payment": _delay,
    "collect_earlier": _collect,
    "one_time": _one_time,
    "change_recurring": _change_recurring,
    "lose_customer": _lose_customer,
    "hire": _hire,
    "cut_category": _cut_category,
}


def referenced_ids(changes: Iterable[Change]) -> dict[str, set[uuid.UUID]]:
    """The entity, series and category ids the changes name: the service checks they are the business's own."""
    out: dict[str, set[uuid.UUID]] = {"entity_id": set(), "series_id": set(), "category_id": set()}
    for c in changes:
        for name in out:
            value = getattr(c, name, None)
            if value is not None:
                out[name].add(value)
    return out
