"""The offline analyst on a BLIND question set (tests/data/chat_questions_blind.py), written without
reading the analyst's parser or its own evaluation questions: an honest measure of how well it understands
owners it was not tuned on.

Expected figures are computed here from the generated rows (tests/support/chat_business.ROWS: plain
sums, no CashPilot code) and from the stored forecast snapshot (forecast balances, low points, risks; a
what-if is the snapshot's expected balance plus the change in expected known flows the scenario makes).
A question counts when the reply is understood and one expectation (the main one or an alternative
reading) has every figure in the answer, within the rounding the answer shows plus the question's
tolerance. The floor is what was measured when the set was written, rounded down to 5%: a regression
guard, not a target.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from tests.data.chat_questions_blind import QUESTIONS
from tests.integration.test_chat_eval import answer_numbers, business  # noqa: F401  (the shared fixture)
from tests.support import chat_business as cb
from tests.support import chat_eval

# Measured 64/84 = 76.2% when the set was written blind; 82/84 after the analyst was generalised against
# the failure classes this set revealed (so it is no longer blind: blind_2 is the honest measure).
MEASURED_FLOOR = 0.95
ZERO = Decimal("0.00")


@pytest.fixture(scope="module")
def blind_replies(business):  # noqa: F811
    return chat_eval.offline_replies(business, QUESTIONS)


# ------------------------------------------------------------------------------------------ history


def _d(s: str) -> date:
    return date.fromisoformat(s)


def _rows(start: str, end: str) -> list[cb.Row]:
    s, e = _d(start), _d(end)
    return [r for r in cb.ROWS if s <= r.day <= e]


def _money_in(start: str, end: str) -> Decimal:
    return sum((r.amount for r in _rows(start, end) if r.amount > 0), ZERO)


def _money_out(start: str, end: str) -> Decimal:
    return sum((-r.amount for r in _rows(start, end) if r.amount < 0), ZERO)


def _metric(name: str, start: str, end: str) -> Decimal:
    if name == "revenue":
        return _money_in(start, end)
    if name == "expenses":
        return _money_out(start, end)
    return _money_in(start, end) - _money_out(start, end)


def _category(key: str, start: str, end: str) -> Decimal:
    return sum((-r.amount for r in _rows(start, end) if r.category == key and r.amount < 0), ZERO)


def _entity(name: str, start: str, end: str) -> Decimal:
    return sum((abs(r.amount) for r in _rows(start, end) if r.entity == name), ZERO)


def _pct(now: Decimal, before: Decimal) -> Decimal:
    return ((now - before) * 100 / before).quantize(Decimal("0.1"))


def _entity_rows(name: str) -> list[cb.Row]:
    return sorted((r for r in cb.ROWS if r.entity == name), key=lambda r: r.day)


def _recurring_total() -> Decimal:
    """Monthly equivalent of the regular outgoings: fixed ones at their amount, the variable monthly ones
    (cloud, electricity) at their median of the last six payments, the quarterly accountant over three."""
    total = ZERO
    for name in ("Harbour Properties", "Gusto", "Adobe", "Slack", "Google Workspace"):
        total += -_entity_rows(name)[-1].amount
    for name in ("Amazon Web Services", "Vattenfall"):
        total += Decimal(str(statistics.median([-r.amount for r in _entity_rows(name)[-6:]])))
    total += (-_entity_rows("Wagner Partner")[-1].amount / 3)
    return total.quantize(Decimal("0.01"))


def _burn() -> Decimal:
    """Average monthly net outflow over the last three complete months (July - September 2026)."""
    return ((_money_out("2026-07-01", "2026-09-30") - _money_in("2026-07-01", "2026-09-30")) / 3).quantize(
        Decimal("0.01"))


def _balance(day: str) -> Decimal:
    return cb.OPENING + sum((r.amount for r in cb.ROWS if r.day <= _d(day)), ZERO)


# ------------------------------------------------------------------------------------------ forecast


class Forecast:
    """The stored snapshot and what-ifs on it: the snapshot's expected balance plus the difference the
    changed known flows make to the expected known-flow path up to the day."""

    def __init__(self, business) -> None:  # noqa: F811
        from cashpilot.adapters.db.uow import UnitOfWork
        from cashpilot.services import forecast

        self.b = business
        with UnitOfWork(business_id=business.tenant.business_id) as uow:
            snap = forecast.get_snapshot(uow, business.tenant, business.snapshot_id)
            self.request, self.result = forecast.request_of(snap), forecast.result_of(snap)
            self.open_alerts = uow.session.execute(text(
                "SELECT count(*) FROM alerts WHERE business_id = :b AND status = 'open'"),
                {"b": business.tenant.business_id}).scalar_one()

    def balance(self, day: str) -> Decimal:
        return self.result.balance_on(_d(day)).expected

    def low(self, start: str, end: str):
        days = [d for d in self.result.daily if _d(start) <= d.date <= _d(end)]
        return min(days, key=lambda d: (d.expected, d.date))

    def _path(self, flows, adjustments=()) -> list[Decimal]:
        from cashpilot.domain.forecast.simulation import expected_known

        path = expected_known(flows, self.request.as_of, self.request.horizon)
        for start, per_day in adjustments:
            for i in range(max((start - self.request.as_of).days, 1) - 1, self.request.horizon):
                path[i] += per_day
        return path

    def scenario(self, spec: tuple) -> list[Decimal]:
        """Expected balance on each forecast day under the what-if."""
        kind, *a = spec
        ids = self.b.entities
        flows = list(self.request.known_flows)
        adjustments: list = []
        if kind == "late":
            names, days, occurrences = a[0], a[1], a[2]
            for eid in (ids[n] for n in names):
                idx = [i for i, f in enumerate(flows) if f.entity_id == eid and f.amount > 0 and f.probability > 0]
                if occurrences == "next":
                    idx = sorted(idx, key=lambda i: flows[i].due)[:1]
                for i in idx:
                    flows[i] = dataclasses.replace(flows[i], due=flows[i].due + timedelta(days=days))
        elif kind == "delay":
            eid, days = ids[a[0]], a[1]
            flows = [dataclasses.replace(f, due=f.due + timedelta(days=days)) if f.entity_id == eid and f.amount < 0
                     else f for f in flows]
        elif kind in ("one_time", "one_time_low"):
            from cashpilot.domain.forecast.model import KnownFlow

            flows.append(KnownFlow(key="blind", source="scenario", label="one-off", due=_d(a[1]),
                                   amount=Decimal(a[0])))
        elif kind == "lose":
            eid = ids[a[0]]
            tomorrow = self.request.as_of + timedelta(days=1)
            flows = [dataclasses.replace(f, probability=0.0)
                     if f.entity_id == eid and f.amount > 0 and f.due >= tomorrow else f for f in flows]
            recent = self.request.residual_by_entity.get(str(eid), ZERO)
            if recent > 0:
                adjustments.append((tomorrow, -recent.quantize(Decimal("0.01"))))
        base, new = self._path(self.request.known_flows), self._path(flows, adjustments)
        running, out = ZERO, []
        for d, b, n in zip(self.result.daily, base, new, strict=True):
            running += n - b
            out.append((d.expected + running).quantize(Decimal("0.01")))
        return out

    def scenario_on(self, spec: tuple, day: str) -> Decimal:
        return self.scenario(spec)[(_d(day) - self.request.as_of).days - 1]


# ------------------------------------------------------------------------------------------ expected


@dataclasses.dataclass
class Figures:
    numbers: list[Decimal]  # every one must appear in the answer
    dates: list[date] = dataclasses.field(default_factory=list)


def figures(spec: tuple, fc: Forecast) -> Figures:
    kind, *a = spec
    if kind in ("revenue", "expenses", "net"):
        return Figures([_metric(kind, *a)])
    if kind == "category":
        return Figures([_category(*a)])
    if kind == "top_category":
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for r in _rows(*a):
            if r.amount < 0:
                totals[r.category] += -r.amount
        return Figures([max(totals.values())])
    if kind == "entity":
        return Figures([_entity(*a)])
    if kind == "top":
        direction, n, start, end = a
        totals = defaultdict(Decimal)
        for r in _rows(start, end):
            if r.entity and (r.amount > 0) == (direction == "in"):
                totals[r.entity] += abs(r.amount)
        return Figures(sorted(totals.values(), reverse=True)[:n])
    if kind == "biggest":
        direction, start, end = a
        rows = [r for r in _rows(start, end) if direction == "any" or (r.amount > 0) == (direction == "in")]
        return Figures([max(abs(r.amount) for r in rows)])
    if kind == "biggest_entity":
        return Figures([max(abs(r.amount) for r in _rows(a[1], a[2]) if r.entity == a[0])])
    if kind == "change":
        metric, s, e, ps, pe = a
        return Figures([abs(_metric(metric, s, e) - _metric(metric, ps, pe))])
    if kind == "change_pct":
        metric, s, e, ps, pe = a
        return Figures([abs(_pct(_metric(metric, s, e), _metric(metric, ps, pe)))])
    if kind == "change_category":
        key, s, e, ps, pe = a
        return Figures([abs(_category(key, s, e) - _category(key, ps, pe))])
    if kind == "change_category_pct":
        key, s, e, ps, pe = a
        return Figures([abs(_pct(_category(key, s, e), _category(key, ps, pe)))])
    if kind == "balance":
        return Figures([_balance(a[0])])
    if kind == "forecast":
        return Figures([fc.balance(a[0])])
    if kind == "low":
        return Figures([fc.low(*a).expected])
    if kind == "low_date":
        low = fc.low(*a)
        return Figures([low.expected], [low.date])
    if kind == "deficit":
        return Figures([Decimal(str(fc.result.deficit_probability[a[0]])) * 100])
    if kind == "buffer_risk":
        return Figures([Decimal(str(fc.result.buffer_breach_probability[a[0]])) * 100])
    if kind in ("late", "delay", "one_time", "lose"):
        return Figures([fc.scenario_on(spec, a[-1])])
    if kind == "one_time_low":
        return Figures([min(fc.scenario(spec))])
    if kind == "alerts_open":
        return Figures([Decimal(fc.open_alerts)])
    if kind == "last_payment":
        return Figures([abs(_entity_rows(a[0])[-1].amount)])
    if kind == "share":
        name, start, end = a
        return Figures([(_entity(name, start, end) * 100 / _money_in(start, end)).quantize(Decimal("0.1"))])
    if kind == "drop_pct":
        s, e, ps, pe = a
        prior_per_30 = _money_in(ps, pe) * 30 / ((_d(pe) - _d(ps)).days + 1)
        return Figures([abs(_pct(_money_in(s, e), prior_per_30))])
    if kind == "revenue_of":
        names, s, e = a
        return Figures([sum((_entity(n, s, e) for n in names), ZERO)])
    if kind == "typical":
        return Figures([Decimal(str(statistics.median([abs(r.amount) for r in _entity_rows(a[0])])))])
    if kind == "recurring_total":
        return Figures([_recurring_total()])
    if kind == "last_amount":
        return Figures([abs(_entity_rows(a[0])[-1].amount)])
    if kind == "last_amounts":
        return Figures([abs(_entity_rows(n)[-1].amount) for n in a[0]])
    if kind == "burn":
        return Figures([_burn()])
    if kind == "runway":
        return Figures([(_balance(cb.TODAY.isoformat()) / _burn()).quantize(Decimal("0.1"))])
    raise AssertionError(f"unknown expectation {kind}")


def _shows(answer: str, fig: Figures, tol: Decimal) -> bool:
    """Every figure is a number of the answer, to the rounding the answer shows (plus `tol`)."""
    import re

    dates, numbers = answer_numbers(answer)
    iso = {date.fromisoformat(m) for m in re.findall(r"\b\d{4}-\d{2}-\d{2}\b", answer)}
    for target in fig.numbers:
        target = abs(target)
        if not any(abs(v - target) <= tol or abs(v - target) <= Decimal(5).scaleb(-places - 1)
                   for v, places, _ in numbers):
            return False
    return all(d in dates or d in iso for d in fig.dates)


def grade(item: dict, reply, fc: Forecast) -> tuple[bool, list[str]]:
    specs = [item["expect"], *item.get("alt", [])]
    wanted = [figures(s, fc) for s in specs]
    default = "0.1" if item["expect"][0] in ("runway", "share", "deficit", "buffer_risk") else "0.01"
    tol = Decimal(item.get("tol", default))
    said = all(any(w.casefold() in reply.answer.casefold() for w in words.split("|")) for words in item.get("say", []))
    ok = reply.understood and said and any(_shows(reply.answer, w, tol) for w in wanted)
    shown = [", ".join([str(n) for n in w.numbers] + [d.isoformat() for d in w.dates] + item.get("say", []))
             for w in wanted]
    return ok, shown


# ------------------------------------------------------------------------------------------ tests


def test_the_blind_set_is_large_and_covers_every_family():
    families = {q["family"] for q in QUESTIONS}
    assert len(QUESTIONS) >= 50
    assert families >= {"totals", "by_category", "by_entity", "top_n", "biggest", "change", "balance", "forecast",
                        "low_point", "deficit_risk", "what_if", "alerts", "recurring", "runway"}
    assert len({q["q"] for q in QUESTIONS}) == len(QUESTIONS)


def test_offline_analyst_on_the_blind_set(business, blind_replies):  # noqa: F811
    fc = Forecast(business)
    chat_eval.evaluate("blind chat evaluation", QUESTIONS, blind_replies,
                       lambda item, reply: grade(item, reply, fc), floor=MEASURED_FLOOR, families=())
