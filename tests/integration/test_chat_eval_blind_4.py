"""The offline analyst on a FIFTH blind question set (tests/data/chat_questions_blind_4.py), written after the
first four sets had been seen by whoever tunes the parser, without reading the analyst's parser, intents or any
earlier question set: a fresh, honest measure of how well it understands owners it was not tuned on.

Expected figures come from the generated rows (plain sums over tests/support/chat_business.ROWS) and from the
stored forecast snapshot, through the earlier blind harnesses' helpers (`figures` of blind, blind_2 and blind_3,
`Forecast`, `_shows`) plus what they lack:
- a customer paying N days late is read every reasonable way: all of their expected payments (or only the next
  one) due N days later; the forecast's own arrival outcomes moved N days later; or "a payment lands no earlier
  than N days after its due date, nor earlier than the forecast already expected it" (each outcome of the
  forecast's arrival moved to max(outcome, due + N)), for every payment or only for one already overdue (the
  others' outcomes moved N days later); a reading that leaves the asked day unchanged counts only when the
  answer says there is no change (what-if answers quote the plain forecast too, so its bare figure is luck);
- a payment we delay: all of that supplier's payments, or only the next one;
- a one-off cost's low point inside a window; the biggest category leaving some out; a few listed amounts;
- "chance of going overdrawn": the deficit probability (with a '%' in the answer, since a bare 0 could match by
  luck) or the expected low point over the same window (an answer that the balance stays above zero, with the
  figure that shows it);
- runway in days if revenue stopped, and gross burn (average monthly spending) as a reading of "burn".
A question counts when the reply is understood, one reading has every figure in the answer within the
rounding the answer shows plus the tolerance, and the answer holds the required words. The floor is what was
measured when the set was written, rounded down to 5%: a regression guard, not a target. `BLIND_VERBOSE=1`
prints every answer (to check that passes are not luck).
"""

from __future__ import annotations

import dataclasses
import os
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

import pytest

from tests.data.chat_questions_blind_4 import QUESTIONS
from tests.integration import test_chat_eval_blind as blind
from tests.integration import test_chat_eval_blind_2 as blind2
from tests.integration import test_chat_eval_blind_3 as blind3
from tests.integration.test_chat_eval import business  # noqa: F401  (the shared fixture)
from tests.support import chat_eval

# Measured when the set was written, before anyone tuned against it: 73/82 = 89.0% (one grading fix after the
# first run, no expectation changed: the late-payment readings gained the one the brief names - outcomes moved N
# days later, an already overdue payment at due + N but no earlier than the forecast expected it - and a reading
# that leaves the day unchanged now needs the answer to say so; the count stayed 73). 80/82 after the analyst
# was generalised against the classes it revealed (no longer blind since).
MEASURED_FLOOR = 0.95
ZERO = Decimal("0.00")
CENT = Decimal("0.01")
FAMILIES = blind2.FAMILIES
OWNERS = {"C": "cafe owner", "D": "design agency", "P": "plumber", "E": "e-commerce", "B": "bookkeeper"}
ONE_DECIMAL = blind3.ONE_DECIMAL | {"expense_runway_days"}
NO_CHANGE = "no change|unchanged|the same|not change|no difference|€0.00 lower|€0.00 higher"


@dataclasses.dataclass
class Reading:
    figures: blind.Figures
    words: list[str] = dataclasses.field(default_factory=list)  # each "a|b": one of them must be in the answer
    kind: str = ""


@pytest.fixture(scope="module")
def blind4_replies(business):  # noqa: F811
    return chat_eval.offline_replies(business, QUESTIONS)


# ------------------------------------------------------------------------------------------ what-ifs


def _on(fc: blind.Forecast, path: list[Decimal], day: str) -> Decimal:
    return path[(blind._d(day) - fc.request.as_of).days - 1]


def _with_diff(fc: blind.Forecast, diff: list[Decimal]) -> list[Decimal]:
    """The snapshot's expected balance plus the running change the scenario makes to the known flows."""
    running, out = ZERO, []
    for d, delta in zip(fc.result.daily, diff, strict=True):
        running += delta
        out.append((d.expected + running).quantize(CENT))
    return out


def _contribution(flow, fc: blind.Forecast, move=None) -> list[Decimal]:
    """A flow's expected amount on each forecast day; `move(offset, base)` relocates each arrival outcome."""
    from cashpilot.domain.forecast.simulation import arrival

    horizon, as_of = fc.request.horizon, fc.request.as_of
    arr = arrival(flow, as_of, horizon)
    base = (flow.due - as_of).days
    out = [ZERO] * horizon
    p = Decimal(repr(flow.probability))
    for off, w in zip(arr.offsets.tolist(), arr.weights, strict=True):
        off = move(off, base) if move else off
        if 1 <= off <= horizon:
            out[off - 1] += flow.amount * p * w
    return out


def _customer_flows(fc: blind.Forecast, names: list[str]) -> list[list]:
    """Per customer: its expected receipts in the forecast, soonest first."""
    ids = [fc.b.entities[n] for n in names]
    return [sorted((f for f in fc.request.known_flows if f.entity_id == eid and f.amount > 0 and f.probability > 0),
                   key=lambda f: f.due) for eid in ids]


def _late_readings(fc: blind.Forecast, names: list[str], days: int, day: str) -> list[Decimal]:
    out = [fc.scenario_on(("late", names, days, occ, day), day) for occ in ("all", "next")]
    later = lambda off, base, overdue: off + days  # noqa: E731
    no_earlier = lambda off, base, overdue: max(off, base + days)  # noqa: E731
    moves = {
        "every arrival outcome N days later": later,
        "lands at due + N, no earlier than the forecast already expected it": no_earlier,
        "outcomes N days later; an overdue one at due + N, no earlier than expected":
            lambda off, base, overdue: (no_earlier if overdue else later)(off, base, overdue),
    }
    for move in moves.values():
        for only_next in (False, True):
            diff = [ZERO] * fc.request.horizon
            for flows in _customer_flows(fc, names):
                for f in flows[:1] if only_next else flows:
                    overdue = f.due + timedelta(days=max(f.lags or (0,))) <= fc.request.as_of
                    before = _contribution(f, fc)
                    after = _contribution(f, fc, lambda off, base, f_overdue=overdue: move(off, base, f_overdue))
                    diff = [d + a - b for d, a, b in zip(diff, after, before, strict=True)]
            out.append(_on(fc, _with_diff(fc, diff), day))
    return out


def _scenario_readings(fc: blind.Forecast, values: list[Decimal], day: str, kind: str) -> list[Reading]:
    """A reading that changes nothing on the day must be said as such: what-if answers quote the plain forecast
    next to the changed one ("... instead of X"), so the bare figure would match any answer."""
    plain = fc.balance(day)
    return [Reading(blind.Figures([v]), [NO_CHANGE] if v == plain else [], kind=kind) for v in values]


def _delay_readings(fc: blind.Forecast, name: str, days: int, day: str) -> list[Decimal]:
    from cashpilot.domain.forecast.simulation import expected_known

    every = fc.scenario_on(("delay", name, days, day), day)
    eid = fc.b.entities[name]
    flows = list(fc.request.known_flows)
    nxt = min((i for i, f in enumerate(flows) if f.entity_id == eid and f.amount < 0), key=lambda i: flows[i].due)
    flows[nxt] = dataclasses.replace(flows[nxt], due=flows[nxt].due + timedelta(days=days))
    before = expected_known(fc.request.known_flows, fc.request.as_of, fc.request.horizon)
    after = expected_known(flows, fc.request.as_of, fc.request.horizon)
    only_next = _on(fc, _with_diff(fc, [a - b for a, b in zip(after, before, strict=True)]), day)
    return [every, only_next]


# ------------------------------------------------------------------------------------------ expected


def readings(spec: tuple, fc: blind.Forecast) -> list[Reading]:
    kind, *a = spec
    if kind == "late_any":
        return _scenario_readings(fc, _late_readings(fc, *a), a[-1], kind)
    if kind == "delay_any":
        return _scenario_readings(fc, _delay_readings(fc, *a), a[-1], kind)
    if kind == "one_time_low_in":
        amount, due, start, end = a
        path = fc.scenario(("one_time", amount, due))
        days = [d.date for d in fc.result.daily]
        low = min(v for d, v in zip(days, path, strict=True) if blind._d(start) <= d <= blind._d(end))
        return [Reading(blind.Figures([low]), kind=kind)]
    if kind == "deficit_or_low":
        horizon, start, end = a
        chance = Decimal(str(fc.result.deficit_probability[horizon])) * 100
        return [Reading(blind.Figures([chance]), ["%"], kind="deficit"),
                Reading(blind.Figures([fc.low(start, end).expected]), kind="low")]
    if kind == "top_category_excluding":
        excluded, start, end = a
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for r in blind._rows(start, end):
            if r.amount < 0 and r.category not in excluded:
                totals[r.category] += -r.amount
        return [Reading(blind.Figures([max(totals.values())]), kind=kind)]
    if kind == "balance_before_row":  # that day's balance with every row of the day but this one
        return [Reading(blind.Figures([blind._balance(a[0]) - Decimal(a[1])]), kind=kind)]
    if kind == "amounts":
        return [Reading(blind.Figures([Decimal(x) for x in a[0]]), kind=kind)]
    if kind == "avg_expenses_q3":
        return [Reading(blind.Figures([(blind._money_out("2026-07-01", "2026-09-30") / 3).quantize(CENT)]),
                        kind=kind)]
    if kind == "expense_runway_days":
        per_day = blind._money_out("2026-07-01", "2026-09-30") / 92
        days = (blind._balance(blind.cb.TODAY.isoformat()) / per_day).quantize(Decimal("0.1"))
        return [Reading(blind.Figures([days]), ["day"], kind=kind)]
    return [Reading(blind3.figures(spec, fc), kind=kind)]


def grade(item: dict, reply, fc: blind.Forecast) -> tuple[bool, list[str]]:
    wanted = [r for s in [item["expect"], *item.get("alt", [])] for r in readings(s, fc)]
    text = reply.answer.casefold()

    def has(words: list[str]) -> bool:
        return all(any(w.casefold() in text for w in group.split("|")) for group in words)

    def tol(r: Reading) -> Decimal:
        default = Decimal("0.1") if r.kind in ONE_DECIMAL else CENT
        return max(default, Decimal(item.get("tol", "0")))

    ok = reply.understood and has(item.get("say", [])) and any(
        has(r.words) and blind._shows(reply.answer, r.figures, tol(r)) for r in wanted)
    shown = [", ".join([str(n) for n in r.figures.numbers] + [d.isoformat() for d in r.figures.dates]
                       + ([f"words: {' & '.join(r.words)}"] if r.words else [])) for r in wanted]
    if item.get("say"):
        shown.append("words: " + " & ".join(item["say"]))
    return ok, shown


# ------------------------------------------------------------------------------------------ tests


def test_the_fifth_blind_set_is_large_varied_and_covers_every_family():
    families, owners = defaultdict(int), defaultdict(int)
    for q in QUESTIONS:
        families[q["family"]] += 1
        owners[q["who"]] += 1
    assert len(QUESTIONS) >= 70
    assert set(families) == FAMILIES
    assert min(families.values()) >= 5, families  # evenly: no family with a token question or two
    assert set(owners) == set(OWNERS) and min(owners.values()) >= 10, owners
    assert len({q["q"].casefold() for q in QUESTIONS}) == len(QUESTIONS)


def test_every_expectation_is_computable(business):  # noqa: F811
    fc = blind.Forecast(business)
    for item in QUESTIONS:
        wanted = [r for s in [item["expect"], *item.get("alt", [])] for r in readings(s, fc)]
        assert wanted and all(r.figures.numbers for r in wanted), item["q"]
        if os.environ.get("BLIND_VERBOSE"):
            print(f"  {item['q']!r} -> {[[str(n) for n in r.figures.numbers] for r in wanted]}")


def test_offline_analyst_on_the_fifth_blind_set(business, blind4_replies):  # noqa: F811
    fc = blind.Forecast(business)
    chat_eval.evaluate("fifth blind chat evaluation", QUESTIONS, blind4_replies,
                       lambda item, reply: grade(item, reply, fc), floor=MEASURED_FLOOR, families=FAMILIES,
                       owners=OWNERS)
