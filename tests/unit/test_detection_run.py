"""`rules.run`: every kind has a rule, findings come most urgent first with one per dedup key,
disabled kinds are skipped, and a healthy business raises nothing."""

from __future__ import annotations

import pytest
from cashpilot.domain.detection import rules
from cashpilot.domain.detection.model import KINDS, Finding
from cashpilot.domain.detection.rules import RULES, run

from tests.unit._detection_builders import ago, context, forecast, healthy_business, steps, txn


def _finding(kind: str, severity: str, subject: str | None = None, title: str = "t") -> Finding:
    return Finding(kind=kind, severity=severity, title=title, message="m", subject_type="business",  # type: ignore[arg-type]
                   subject_id=subject)


def test_every_kind_has_a_rule_in_kinds_order():
    assert tuple(RULES) == KINDS
    assert all(callable(r) for r in RULES.values())


def test_run_keeps_the_most_severe_finding_per_dedup_key_and_orders_by_severity_then_kind(monkeypatch):
    monkeypatch.setitem(RULES, "buffer_breach", lambda ctx: [_finding("buffer_breach", "upcoming", title="first"),
                                                             _finding("buffer_breach", "this_week", title="worse"),
                                                             _finding("buffer_breach", "this_week", title="tie")])
    monkeypatch.setitem(RULES, "late_payment", lambda ctx: [_finding("late_payment", "emergency", "a"),
                                                            _finding("late_payment", "upcoming", "b")])
    monkeypatch.setitem(RULES, "runway_low", lambda ctx: [_finding("runway_low", "this_week")])
    found = run(context(), kinds=["buffer_breach", "runway_low", "late_payment"])
    assert [(f.kind, f.severity, f.subject_id) for f in found] == [
        ("late_payment", "emergency", "a"),
        ("buffer_breach", "this_week", None),
        ("runway_low", "this_week", None),
        ("late_payment", "upcoming", "b"),
    ]
    assert found[1].title == "worse"
    assert len({f.dedup_key for f in found}) == len(found)


def test_disabled_kinds_are_skipped_and_unknown_ones_ignored():
    low = context(balance=5000, cash_buffer=10000, fc=forecast(steps(5000)))
    assert [f.kind for f in run(low)] == ["buffer_breach"]
    assert run(low, disabled=["buffer_breach", "no_longer_a_kind"]) == []
    assert run(low, kinds=["forecast_deficit"]) == []


def test_unknown_kinds_to_run_are_a_programming_error():
    with pytest.raises(ValueError, match="nonsense"):
        run(context(), kinds=["buffer_breach", "nonsense"])


def test_a_healthy_business_raises_no_alert_in_any_safety_mode():
    for mode in ("aggressive", "normal", "conservative"):
        ctx = healthy_business(mode=mode)
        assert run(ctx) == [], mode


def test_a_healthy_business_with_trouble_added_raises_exactly_that():
    base = healthy_business()
    spike = txn(ago(2), -9000, who="Flour Mill", category="supplies")
    ctx = healthy_business(txns=[*base.transactions, spike])
    found = run(ctx)
    assert {f.kind for f in found} == {"spending_spike"}
    assert all(f.severity != "emergency" for f in found)


def test_running_twice_gives_the_same_findings():
    ctx = context(balance=5000, cash_buffer=10000, fc=forecast(steps(5000, {3: -2000})),
                  txns=[txn(ago(5), "-49.99", who="Adobe"), txn(ago(4), "-49.99", who="Adobe")])
    first = [f.to_json() for f in run(ctx)]
    assert first == [f.to_json() for f in run(ctx)]
    assert [f["kind"] for f in first] == ["buffer_breach", "duplicate_charge"]


def test_the_rules_package_exposes_each_rule_by_name():
    for kind in KINDS:
        assert getattr(rules, kind) is RULES[kind]
