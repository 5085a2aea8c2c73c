"""The offline analyst on the evaluation set: a generated business (tests/support/chat_business.py) imported,
classified, forecast and checked for alerts through the real services; every question of
tests/data/chat_questions.py answered offline. Expected numbers come from the generated rows (history),
the stored snapshot (forecast) and the forecast engine run on the changed inputs (what-if).

Two properties are checked: the expected number is in the answer (>= 85% of the questions, per family
accuracy printed), and EVERY number in EVERY answer is a number of one of that reply's tool results.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import uuid
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from tests.data.chat_questions import QUESTIONS
from tests.support import chat_business as cb
from tests.support import chat_eval

CATEGORY_OF_ROW_KEY = {"professional_services": "professional_services"}


@pytest.fixture(scope="module")
def business(database):
    return cb.build()


@pytest.fixture(scope="module")
def replies(business):
    return chat_eval.offline_replies(business, QUESTIONS)


# ------------------------------------------------------------------------------------------ numbers

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b")
_NUMBER = re.compile(r"(?<![\w.])-?[€$£]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def answer_numbers(answer: str) -> tuple[list[date], list[tuple[Decimal, int, bool]]]:
    """Dates ("14 Oct 2026") and the other numbers (value, decimals shown, is a percentage) of an answer."""
    from datetime import datetime

    dates = [datetime.strptime(" ".join(m.groups()), "%d %b %Y").date() for m in _DATE.finditer(answer)]
    rest = _DATE.sub(" ", answer)
    numbers = []
    for m in _NUMBER.finditer(rest):
        whole, frac, pct = m.group(1), m.group(2) or "", m.group(3)
        numbers.append((Decimal(whole.replace(",", "") + frac), len(frac) - 1 if frac else 0, bool(pct)))
    return dates, numbers


def result_values(results: list[dict]) -> tuple[set[date], list[Decimal]]:
    """Every date and number in the tool results (numbers inside strings too: names, messages)."""
    dates: set[date] = set()
    numbers: list[Decimal] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(k)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, bool) or node is None:
            return
        elif isinstance(node, int | float | Decimal):
            numbers.append(Decimal(str(node)))
        elif isinstance(node, str):
            for m in _ISO.finditer(node):
                with contextlib.suppress(ValueError):
                    dates.add(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            for m in _DATE.finditer(node):
                from datetime import datetime

                dates.add(datetime.strptime(" ".join(m.groups()), "%d %b %Y").date())
            for m in _NUMBER.finditer(_ISO.sub(" ", node)):
                numbers.append(Decimal(m.group(1).replace(",", "") + (m.group(2) or "")))

    for r in results:
        walk(r)
    return dates, numbers


def unsupported(reply) -> list[str]:
    """Numbers and dates of the answer that no tool result of the reply holds (within the shown rounding)."""
    dates, numbers = answer_numbers(reply.answer)
    known_dates, known = result_values([s.result for s in reply.steps if s.result])
    magnitudes = [abs(n) for n in known]
    bad = [d.isoformat() for d in dates if d not in known_dates]
    for value, places, is_pct in numbers:
        step = Decimal(1).scaleb(-places)
        candidates = magnitudes + ([m * 100 for m in magnitudes] if is_pct else [])
        if not any(abs(c.quantize(step) - value) <= step / 2 or abs(c - value) < step / 2 for c in candidates):
            bad.append(str(value))
    return bad


# ------------------------------------------------------------------------------------------ expected


def _d(s: str) -> date:
    return date.fromisoformat(s)


class Expected:
    """Expected figures for one question (a list: every one must appear)."""

    def __init__(self, business) -> None:
        self.b = business
        self.truth = business.truth
        from cashpilot.adapters.db.uow import UnitOfWork
        from cashpilot.services import forecast

        with UnitOfWork(business_id=business.tenant.business_id) as uow:
            snap = forecast.get_snapshot(uow, business.tenant, business.snapshot_id)
            self.request, self.result = forecast.request_of(snap), forecast.result_of(snap)
            self.alerts = uow.session.execute(text(
                "SELECT kind, data FROM alerts WHERE business_id = :b AND status = 'open'"),
                {"b": business.tenant.business_id}).all()
        self._fitted = None

    def figures(self, expect: tuple) -> list[Decimal]:
        kind, *a = expect
        t = self.truth
        if kind in ("revenue", "expenses", "net"):
            return [getattr(t, kind)(_d(a[0]), _d(a[1]))]
        if kind == "category":
            return [t.category(a[0], _d(a[1]), _d(a[2]))]
        if kind == "entity":
            return [t.entity(a[0], _d(a[1]), _d(a[2]))]
        if kind == "top":
            return [v for _, v in t.ranked(a[0], _d(a[2]), _d(a[3]))[:a[1]]]
        if kind == "biggest":
            start, end = _d(a[1]), _d(a[2])
            if a[0] == "any":
                rows = sorted((r for r in t.rows if start <= r.day <= end), key=lambda r: -abs(r.amount))
            else:
                rows = t.biggest(a[0], start, end)
            return [abs(rows[0].amount)]
        if kind == "change":
            metric, s, e, ps, pe = a
            fn = getattr(t, metric)
            return [abs(fn(_d(s), _d(e)) - fn(_d(ps), _d(pe)))]
        if kind == "balance":
            return [t.balance(self.b.today)]
        if kind == "forecast":
            return [self.result.balance_on(_d(a[0])).expected]
        if kind == "low_point":
            return [self.result.low_point.expected]
        if kind == "deficit":
            return [Decimal(str(self.result.deficit_probability[a[0]])) * 100]
        if kind in ("late", "delay", "one_time", "lose"):
            return [self.what_if(kind, a)]
        if kind == "alerts":
            return [Decimal(len(self.alerts))]
        if kind == "alert":
            data = next(d for k, d in self.alerts if k == a[0])
            return [Decimal(str(data[a[1]]))]
        if kind == "amounts":
            return [Decimal(x) for x in a[0]]
        if kind in ("runway", "burn"):
            burn = t.monthly_burn(self.b.today)
            if kind == "burn":
                return [burn]
            return [(t.balance(self.b.today) / burn).quantize(Decimal("0.1"))]
        raise AssertionError(kind)

    def what_if(self, kind: str, a: list) -> Decimal:
        """The scenario's expected balance on the day, from the forecast engine (the same fitted baseline
        and seed as the stored forecast, as services.scenarios.compare runs it)."""
        from cashpilot.domain.forecast import engine
        from cashpilot.domain.forecast import scenarios as domain

        request = dataclasses.replace(self.request, model=self.result.model)
        if self._fitted is None:
            self._fitted = engine.fit(request)
        ids = self.b.entities
        if kind == "late":
            # A customer paying N days late: each of their expected payments lands no earlier than N days
            # after its due date, and never earlier than the forecast already expected it (a payment that
            # is already overdue is not made more likely by "paying late"). The expected balance is the
            # plain forecast's plus, per moved payment, amount x probability x the change in its chance of
            # having arrived by the day.
            from cashpilot.domain.forecast.simulation import arrival

            names = a[0] if isinstance(a[0], list) else [n for n, _ in self.truth.ranked(
                "in", self.b.today - timedelta(days=364), self.b.today)[:a[0]]]
            wanted = {ids[n] for n in names}
            day = _d(a[2])
            by = (day - request.as_of).days

            def arrived(flow) -> Decimal:
                arr = arrival(flow, request.as_of, request.horizon)
                return sum((w for off, w in zip(arr.offsets.tolist(), arr.weights, strict=True) if off <= by),
                           Decimal(0))

            delta = Decimal(0)
            for f in request.known_flows:
                if f.entity_id in wanted and f.amount > 0 and f.probability > 0:
                    plain, moved = arrived(f), arrived(dataclasses.replace(f, due=f.due + timedelta(days=a[1])))
                    delta += f.amount * Decimal(repr(f.probability)) * (min(plain, moved) - plain)
            return (self.result.balance_on(day).expected + delta).quantize(Decimal("0.01"))
        elif kind == "delay":
            changed = domain.apply(request, [{"type": "delay_payment", "entity_id": str(ids[a[0]]), "days": a[1],
                                              "occurrences": "all"}])
            day = a[2]
        elif kind == "one_time":
            changed = domain.apply(request, [{"type": "one_time", "amount": a[0], "date": a[1]}])
            day = a[2]
        else:
            changed = domain.apply(request, [{"type": "lose_customer", "entity_id": str(ids[a[0]]),
                                              "from_date": (self.b.today + timedelta(days=1)).isoformat()}])
            day = a[1]
        return engine.forecast(changed, baseline=self._fitted).balance_on(_d(day)).expected


def _found(answer: str, figures: list[Decimal]) -> bool:
    _, numbers = answer_numbers(answer)
    values = [v for v, _, _ in numbers]
    for figure in figures:
        target = abs(figure)
        tolerance = Decimal("0.06") if target < 100 and target != target.to_integral() else Decimal("0.01")
        if not any(abs(v - target) <= tolerance for v in values):
            return False
    return True


# ------------------------------------------------------------------------------------------ tests


def test_the_evaluation_set_is_large_and_covers_every_family():
    families = {q["family"] for q in QUESTIONS}
    assert len(QUESTIONS) >= 60
    assert families >= {"totals", "by_category", "by_entity", "top_n", "biggest", "change", "balance", "forecast",
                        "low_point", "deficit_risk", "what_if", "alerts", "recurring", "runway"}


def test_classification_agrees_with_the_generated_labels(business):
    """The expected answers assume the expense categories the rows were generated with."""
    report = cb.classification_report(business.tenant)
    wrong = [w for w in report["wrong_category"] if w[1] != "sales_revenue"]
    assert wrong == [] and report["transfers"] == []


def test_offline_answers_have_the_right_numbers(business, replies):
    expected = Expected(business)
    by_family: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for item, reply in zip(QUESTIONS, replies, strict=True):
        figures = expected.figures(item["expect"])
        ok = reply.understood and _found(reply.answer, figures)
        by_family[item["family"]].append(ok)
        if not ok:
            misses.append(f"{item['q']!r}: expected {[str(f) for f in figures]}; got {reply.answer!r}")
    total = sum(sum(v) for v in by_family.values())
    print(f"\nchat evaluation: {total}/{len(QUESTIONS)} = {total / len(QUESTIONS):.1%}")
    for family, results in by_family.items():
        print(f"  {family:<14} {sum(results)}/{len(results)}")
    for m in misses:
        print("  MISS", m)
    assert total / len(QUESTIONS) >= 0.85, "\n".join(misses)


def test_every_number_in_every_answer_comes_from_a_tool_result(replies):
    problems = []
    for item, reply in zip(QUESTIONS, replies, strict=True):
        bad = unsupported(reply)
        if bad:
            problems.append(f"{item['q']!r}: {bad} not in any tool result; answer {reply.answer!r}")
    assert problems == [], "\n".join(problems)


def test_replies_carry_their_steps_references_and_cards(replies):
    by_q = {item["q"]: reply for item, reply in zip(QUESTIONS, replies, strict=True)}
    forecast = by_q["What will my balance be in 30 days?"]
    assert [s.name for s in forecast.steps] == ["cash_forecast"]
    assert forecast.data_references["snapshot"] and forecast.data_cards[0]["type"] == "forecast_chart"
    top = by_q["Who are my top 3 customers this year?"]
    assert len(top.data_references["entities"]) == 3 and top.data_cards[0]["type"] == "table"
    biggest = by_q["What were the biggest payments this year?"]
    assert biggest.data_references["transactions"]
    alerts = by_q["What alerts do I have?"]
    assert alerts.data_references["alerts"] and alerts.data_cards[0]["type"] == "alert"
    assert all(r.brain == "offline" for r in replies)


def test_a_question_it_cannot_answer_says_so_and_suggests_others(business):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.chat.offline import OfflineAnalyst

    with UnitOfWork(business_id=business.tenant.business_id) as uow:
        reply = OfflineAnalyst().answer(uow, business.tenant, "Write me a poem about the sea", today=business.today)
    assert not reply.understood and reply.steps == []
    assert "could not tell" in reply.answer and "revenue" in reply.answer


def test_memory_statements_are_returned_and_memory_is_used(business):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.chat.offline import OfflineAnalyst

    brain = OfflineAnalyst()
    with UnitOfWork(business_id=business.tenant.business_id) as uow:
        stated = brain.answer(uow, business.tenant, "Our buffer is 60k", today=business.today)
        assert stated.memory_updates == {"cash_buffer": "60000.00"} and stated.steps == []
        reply = brain.answer(uow, business.tenant, "When is my cash at its lowest?", today=business.today,
                             memory=stated.memory_updates)
    assert reply.steps[0].arguments["buffer"] == "60000.00"
    assert "€60,000.00" in reply.answer and "below your buffer" in reply.answer


def test_events_stream_reasoning_cards_and_content(business):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.chat.offline import OfflineAnalyst

    events = []
    with UnitOfWork(business_id=business.tenant.business_id) as uow:
        reply = OfflineAnalyst().answer(uow, business.tenant, "What will my balance be in 30 days?",
                                        today=business.today, on_event=lambda k, d: events.append((k, d)))
    kinds = [k for k, _ in events]
    assert kinds == ["reasoning", "reasoning", "data_card", "content"]
    assert events[0][1] == {"tool": "cash_forecast", "arguments": reply.steps[0].arguments}
    assert events[-1][1]["text"] == reply.answer


def test_tools_refuse_bad_arguments_and_unknown_tools_without_raising(business):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services.chat.tools import TOOLS, call_tool

    t = business.tenant
    with UnitOfWork(business_id=t.business_id) as uow:
        unknown = call_tool(uow, t, "drop_tables", {}, today=business.today)
        bad = call_tool(uow, t, "revenue_summary", {"period": {"start": "2026-10-01", "end": "2026-09-01"}},
                        today=business.today)
        extra = call_tool(uow, t, "list_alerts", {"transfer_to": "attacker"}, today=business.today)
        nobody = call_tool(uow, t, "entity_profile", {"name": "Nonexistent Corp"}, today=business.today)
    assert unknown.error and "Unknown tool" in unknown.error and unknown.result is None
    assert bad.error and "start must not be after end" in bad.error
    assert extra.error and "transfer_to" in extra.error
    assert nobody.error and "No customer or supplier" in nobody.error
    assert all(spec.read_only for spec in TOOLS.values())
    assert all(spec.parameters["type"] == "object" and "$defs" not in str(spec.parameters) for spec in TOOLS.values())


def test_tools_are_tenant_scoped(business, register):
    """Another business's tenant sees none of this business's entities or figures through the tools."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.domain.roles import Role
    from cashpilot.services.chat.tools import call_tool
    from cashpilot.services.context import Tenant

    other = register()
    other.create_business("Other Co", "EUR")
    tenant = Tenant(business_id=uuid.UUID(other.business_id), user_id=uuid.UUID(other.user["id"]), role=Role.OWNER,
                    currency="EUR", timezone="UTC")
    brightline = business.entities["Brightline Media"]
    with UnitOfWork(business_id=tenant.business_id, user_id=tenant.user_id) as uow:
        profile = call_tool(uow, tenant, "entity_profile", {"entity_id": str(brightline)}, today=business.today)
        top = call_tool(uow, tenant, "top_customers", {}, today=business.today)
        summary = call_tool(uow, tenant, "revenue_summary", {"period": {"start": "2025-01-01", "end": "2026-10-14"}},
                            today=business.today)
    assert profile.error and profile.result is None
    assert top.result["customers"] == []
    assert summary.result["revenue"] == "0.00"
