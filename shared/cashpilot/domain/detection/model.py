"""The types detection rules share: what a rule reads (`DetectionContext`), what it returns
(`Finding`), and the thresholds it compares against (`Thresholds`, already scaled by safety mode).

Money is Decimal; dates are the business's local dates. Everything is frozen and JSON-ready through
`to_json` so a finding can be stored as an alert and compared with the next run's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

Severity = Literal["emergency", "this_week", "upcoming"]
# Most urgent first: the order alerts are listed in, and what "escalate" means.
SEVERITIES: tuple[Severity, ...] = ("emergency", "this_week", "upcoming")
SEVERITY_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}  # lower = more urgent

SafetyMode = Literal["conservative", "normal", "aggressive"]
# How much each mode moves every threshold in the cautious direction (issue 7: 1.25 / 1 / 0.75).
SAFETY_FACTORS: dict[str, Decimal] = {"conservative": Decimal("1.25"), "normal": Decimal("1"),
                                      "aggressive": Decimal("0.75")}

SubjectType = Literal["business", "entity", "account", "transaction", "category", "forecast_date", "series"]

# Every detection kind, in the order the engine runs them. CRITICAL_KINDS are the ones the
# 15-minute schedule re-checks between imports (they move with the clock and the forecast).
KINDS: tuple[str, ...] = (
    "buffer_breach", "forecast_deficit", "runway_low", "payroll_safety", "late_payment", "client_churn",
    "revenue_drop", "revenue_variance", "revenue_concentration", "spending_spike", "payment_timing_conflict",
    "duplicate_charge", "large_supplier_payment", "unusual_transaction",
)
CRITICAL_KINDS: tuple[str, ...] = ("buffer_breach", "forecast_deficit", "payroll_safety")


@dataclass(frozen=True, slots=True)
class Finding:
    """One condition that holds now. The service turns it into (or updates) one alert per dedup key."""

    kind: str
    severity: Severity
    title: str  # short: "Buffer breaks on 14 Dec"
    message: str  # plain language with the amounts and dates that justify it
    subject_type: SubjectType
    subject_id: str | None = None  # entity / account / transaction / category / series id, or an ISO date
    data: dict[str, Any] = field(default_factory=dict)  # the evidence, JSON-ready (Decimal as str)

    @property
    def dedup_key(self) -> str:
        """At most one open alert per condition and subject."""
        return f"{self.kind}:{self.subject_type}:{self.subject_id or '-'}"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "severity": self.severity, "title": self.title, "message": self.message,
                "subject_type": self.subject_type, "subject_id": self.subject_id, "data": self.data,
                "dedup_key": self.dedup_key}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Per-business thresholds after the safety mode's scaling (see `scaled`). Amounts in the
    business currency; percents as 0-100 numbers."""

    cash_buffer: Decimal = Decimal("0.00")
    deficit_probability: float = 0.2  # alert when P(balance < 0) within the horizon exceeds this
    runway_months: float = 3.0
    payroll_margin: Decimal = Decimal("0.00")  # balance left after the next payroll must stay above this
    late_payment_days: int = 7  # days past the expected date before a customer's payment counts as late
    churn_missed_cycles: float = 2.0  # a regular customer silent this many cycles has churned
    revenue_drop_percent: float = 30.0  # last 30 days' revenue vs the prior 90 days' monthly average
    revenue_variance_percent: float = 25.0  # month-to-date revenue vs the forecast's expectation
    concentration_percent: float = 40.0
    spending_spike_percent: float = 50.0  # a category / supplier's month above its robust baseline by this
    timing_conflict_percent: float = 50.0  # share of a month's outflows due in one 7-day window
    duplicate_window_days: int = 3
    large_payment_amount: Decimal | None = None  # None: derived from the business's own payments
    unusual_z: float = 4.0  # robust z-score above which a transaction is unusual
    horizon_days: int = 90  # how far ahead buffer / deficit / payroll look

    @classmethod
    def scaled(cls, mode: str, **base: Any) -> Thresholds:
        """Thresholds from the stored settings (`base`), moved in the cautious direction by the mode:
        conservative raises what must be kept (buffer, runway, payroll margin) by 25% and lowers what
        it takes to fire (probabilities, days, percents, z) by the same factor; aggressive the reverse."""
        f = SAFETY_FACTORS[mode]
        t = cls(**base)
        more = {"cash_buffer": (t.cash_buffer * f).quantize(Decimal("0.01")),
                "payroll_margin": (t.payroll_margin * f).quantize(Decimal("0.01")),
                "runway_months": t.runway_months * float(f)}
        fewer = {name: getattr(t, name) / float(f) for name in (
            "deficit_probability", "churn_missed_cycles", "revenue_drop_percent", "revenue_variance_percent",
            "concentration_percent", "spending_spike_percent", "timing_conflict_percent", "unusual_z")}
        fewer["deficit_probability"] = min(1.0, fewer["deficit_probability"])
        fewer["concentration_percent"] = min(100.0, fewer["concentration_percent"])
        fewer["timing_conflict_percent"] = min(100.0, fewer["timing_conflict_percent"])
        days = {"late_payment_days": max(0, round(t.late_payment_days / float(f)))}
        large = {"large_payment_amount": None if t.large_payment_amount is None
                 else (t.large_payment_amount / f).quantize(Decimal("0.01"))}
        return cls(**{**base, **more, **fewer, **days, **large})


@dataclass(frozen=True, slots=True)
class Txn:
    """A cleared, non-deleted transaction in the business currency (internal transfers excluded)."""

    id: uuid.UUID
    date: date
    amount: Decimal  # signed: + in, - out
    description: str = ""
    entity_id: uuid.UUID | None = None
    entity_name: str | None = None
    entity_type: str | None = None  # customer | supplier | ...
    category_id: uuid.UUID | None = None
    category_name: str | None = None
    category_key: str | None = None  # the default category's system key ("payroll", "rent"...), if any
    account_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class Series:
    """A recurring series found by classification (active or stopped)."""

    id: uuid.UUID
    name: str  # the entity's name, or the counterparty's
    direction: Literal["in", "out"]
    cadence: str  # weekly | biweekly | semi_monthly | monthly | quarterly | yearly
    expected_amount: Decimal  # positive magnitude
    first_date: date
    last_date: date
    next_date: date  # the next expected payment
    occurrences: int
    status: Literal["active", "stopped"]
    confidence: float
    entity_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    category_key: str | None = None
    # The payer's usual lateness in days (p50, p90) from the entity's profile, when known.
    usual_days_late: float | None = None
    late_p90: float | None = None


@dataclass(frozen=True, slots=True)
class ForecastDay:
    date: date
    expected: Decimal
    p10: Decimal
    p90: Decimal


@dataclass(frozen=True, slots=True)
class ForecastFlow:
    """A known future flow from the forecast's inputs (recurring series, habits)."""

    due: date
    amount: Decimal  # signed
    label: str
    probability: float = 1.0
    entity_id: uuid.UUID | None = None
    series_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    category_key: str | None = None


@dataclass(frozen=True, slots=True)
class ForecastView:
    snapshot_id: uuid.UUID
    as_of: date
    opening_balance: Decimal
    daily: tuple[ForecastDay, ...]  # one per day after as_of
    deficit_probability: dict[int, float]  # window days -> P(balance < 0)
    buffer_breach_probability: dict[int, float]
    runway_days: int | None
    flows: tuple[ForecastFlow, ...] = ()


@dataclass(frozen=True, slots=True)
class AnomalyScore:
    """How unusual one transaction is against its baseline (see `detection.anomalies`)."""

    transaction_id: uuid.UUID
    score: float  # robust z: |amount - median| / (1.4826 * MAD), seasonal where monthly
    is_anomaly: bool
    baseline: Decimal  # the typical amount it was compared with (positive magnitude)
    basis: str  # "entity" | "category"
    basis_id: uuid.UUID | None
    samples: int


@dataclass(frozen=True)
class DetectionContext:
    """Everything the rules read, loaded once per run by the service."""

    business_id: uuid.UUID
    business_name: str
    currency: str
    today: date
    balance: Decimal  # today's cash across the accounts the forecast uses
    thresholds: Thresholds
    transactions: tuple[Txn, ...]  # about the last 15 months, oldest first
    series: tuple[Series, ...] = ()
    forecast: ForecastView | None = None
    anomalies: dict[uuid.UUID, AnomalyScore] = field(default_factory=dict)
