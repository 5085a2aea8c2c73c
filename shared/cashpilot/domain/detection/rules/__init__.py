"""Every detection rule by kind, and `run`, which applies a business's selection of them.

A rule is a pure function `DetectionContext -> list[Finding]`: it reads the context and says what
holds now. Rules live by family: `cash` (will the money last), `customers` (who pays, how much
revenue), `spending` (what goes out). `run` is what the detect service calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from cashpilot.domain.detection.model import KINDS, SEVERITY_RANK, DetectionContext, Finding
from cashpilot.domain.detection.rules.cash import buffer_breach, forecast_deficit, payroll_safety, runway_low
from cashpilot.domain.detection.rules.customers import (
    client_churn,
    late_payment,
    revenue_concentration,
    revenue_drop,
    revenue_variance,
)
from cashpilot.domain.detection.rules.spending import (
    duplicate_charge,
    large_supplier_payment,
    payment_timing_conflict,
    spending_spike,
    unusual_transaction,
)

Rule = Callable[[DetectionContext], list[Finding]]

RULES: dict[str, Rule] = {
    "buffer_breach": buffer_breach,
    "forecast_deficit": forecast_deficit,
    "runway_low": runway_low,
    "payroll_safety": payroll_safety,
    "late_payment": late_payment,
    "client_churn": client_churn,
    "revenue_drop": revenue_drop,
    "revenue_variance": revenue_variance,
    "revenue_concentration": revenue_concentration,
    "spending_spike": spending_spike,
    "payment_timing_conflict": payment_timing_conflict,
    "duplicate_charge": duplicate_charge,
    "large_supplier_payment": large_supplier_payment,
    "unusual_transaction": unusual_transaction,
}
assert tuple(RULES) == KINDS, "every kind has exactly one rule, in KINDS order"

_ORDER = {k: i for i, k in enumerate(KINDS)}


def run(ctx: DetectionContext, kinds: Iterable[str] | None = None, disabled: Iterable[str] = ()) -> list[Finding]:
    """The findings of the rules of `kinds` (all by default) except `disabled`, most urgent first
    (severity, then kind in KINDS order), at most one per dedup key (the most severe; the first found
    among equals).

    Unknown names in `kinds` are a programming error (ValueError); unknown names in `disabled` are
    ignored, since stored settings may name a kind that no longer exists."""
    wanted = KINDS if kinds is None else tuple(kinds)
    unknown = [k for k in wanted if k not in RULES]
    if unknown:
        raise ValueError(f"unknown detection kinds: {', '.join(unknown)}")
    skip = set(disabled)
    best: dict[str, Finding] = {}
    for kind in KINDS:
        if kind not in wanted or kind in skip:
            continue
        for f in RULES[kind](ctx):
            kept = best.get(f.dedup_key)
            if kept is None or SEVERITY_RANK[f.severity] < SEVERITY_RANK[kept.severity]:
                best[f.dedup_key] = f
    return sorted(best.values(), key=lambda f: (SEVERITY_RANK[f.severity], _ORDER[f.kind]))
