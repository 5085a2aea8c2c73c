"""What goes into a forecast and what comes out: plain, frozen, JSON-ready types (no numpy here)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

CENT = Decimal("0.01")
MAX_HORIZON = 365
DEFAULT_HORIZON = 90
DEFAULT_PATHS = 5000
# The windows every forecast reports its deficit and buffer-breach probabilities for.
WINDOWS = (30, 60, 90)


@dataclass(frozen=True, slots=True)
class KnownFlow:
    """A payment we expect, with how unsure we are of its date and amount.

    `lags` is the timing distribution: the days late (or early, negative) this flow's payer has been
    before, each equally likely. A flow whose due date is already past and that has not arrived is
    overdue: its arrival is drawn from the lags beyond what has already elapsed (never "tomorrow" by
    default).
    """

    key: str  # stable within a forecast: what scenarios point at
    source: str  # recurring_series | scenario | invoice | bill | recurring_rule
    label: str
    due: date
    amount: Decimal  # signed: + in, - out
    amount_sd: Decimal = Decimal(0)
    lags: tuple[int, ...] = (0,)
    probability: float = 1.0  # that it happens at all
    entity_id: uuid.UUID | None = None
    series_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "source": self.source, "label": self.label, "due": self.due.isoformat(),
            "amount": str(self.amount), "amount_sd": str(self.amount_sd), "lags": list(self.lags),
            "probability": self.probability,
            "entity_id": _id(self.entity_id), "series_id": _id(self.series_id), "category_id": _id(self.category_id),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KnownFlow:
        return cls(
            key=d["key"], source=d["source"], label=d["label"], due=date.fromisoformat(d["due"]),
            amount=Decimal(d["amount"]), amount_sd=Decimal(d.get("amount_sd", "0")), lags=tuple(d.get("lags", (0,))),
            probability=float(d.get("probability", 1.0)),
            entity_id=_uuid(d.get("entity_id")), series_id=_uuid(d.get("series_id")),
            category_id=_uuid(d.get("category_id")),
        )


@dataclass(frozen=True)
class ForecastRequest:
    """Everything a forecast depends on. Stored with each snapshot, so any forecast can be replayed.

    `residual` holds the past daily net flows that no known flow explains (everything that is not a
    member of a recurring series...), from `history_start` to `as_of`; missing days are zero.
    `residual_by_entity` / `residual_by_category`: the average daily residual of each entity /
    category over the last 90 days, which scenarios ("lose this customer", "cut this category")
    take out of the baseline.
    """

    as_of: date
    opening_balance: Decimal  # end-of-day balance on as_of, in the business currency
    history_start: date
    residual: tuple[tuple[date, Decimal], ...]
    known_flows: tuple[KnownFlow, ...] = ()
    horizon: int = DEFAULT_HORIZON
    paths: int = DEFAULT_PATHS
    buffer: Decimal = Decimal(0)
    seed: int = 0
    model: str | None = None  # forced baseline model (replays); None = choose by backtest
    residual_by_entity: dict[str, Decimal] = field(default_factory=dict)
    residual_by_category: dict[str, Decimal] = field(default_factory=dict)
    # Scenario changes to the baseline: from each date on, add this much per day (negative = less).
    baseline_adjustments: tuple[tuple[date, Decimal], ...] = ()
    # The past daily net flows that known sources DO explain (members of recurring series and habits),
    # same days as `residual`: with it the baseline sees the whole account, not only what is left over.
    explained: tuple[tuple[date, Decimal], ...] = ()
    # The known flows before any scenario changed them (None: no scenario applied): the plan the spending
    # floor (simulation.respond_to_balance) is judged against, so a what-if moves the bands by exactly
    # what it changes.
    unchanged_flows: tuple[KnownFlow, ...] | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.horizon <= MAX_HORIZON:
            raise ValueError(f"horizon must be 1..{MAX_HORIZON} days")
        if not 100 <= self.paths <= 100_000:
            raise ValueError("paths must be 100..100000")

    @property
    def days(self) -> list[date]:
        return [self.as_of + timedelta(days=i) for i in range(1, self.horizon + 1)]

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(), "opening_balance": str(self.opening_balance),
            "history_start": self.history_start.isoformat(),
            "residual": [[d.isoformat(), str(v)] for d, v in self.residual],
            "known_flows": [f.to_json() for f in self.known_flows],
            "horizon": self.horizon, "paths": self.paths, "buffer": str(self.buffer), "seed": self.seed,
            "model": self.model,
            "residual_by_entity": {k: str(v) for k, v in self.residual_by_entity.items()},
            "residual_by_category": {k: str(v) for k, v in self.residual_by_category.items()},
            "baseline_adjustments": [[d.isoformat(), str(v)] for d, v in self.baseline_adjustments],
            "explained": [[d.isoformat(), str(v)] for d, v in self.explained],
            "unchanged_flows": None if self.unchanged_flows is None else [f.to_json() for f in self.unchanged_flows],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ForecastRequest:
        return cls(
            as_of=date.fromisoformat(d["as_of"]), opening_balance=Decimal(d["opening_balance"]),
            history_start=date.fromisoformat(d["history_start"]),
            residual=tuple((date.fromisoformat(x), Decimal(v)) for x, v in d["residual"]),
            known_flows=tuple(KnownFlow.from_json(f) for f in d["known_flows"]),
            horizon=d["horizon"], paths=d["paths"], buffer=Decimal(d["buffer"]), seed=d["seed"], model=d.get("model"),
            residual_by_entity={k: Decimal(v) for k, v in d.get("residual_by_entity", {}).items()},
            residual_by_category={k: Decimal(v) for k, v in d.get("residual_by_category", {}).items()},
            baseline_adjustments=tuple(
                (date.fromisoformat(x), Decimal(v)) for x, v in d.get("baseline_adjustments", ())
            ),
            explained=tuple((date.fromisoformat(x), Decimal(v)) for x, v in d.get("explained", ())),
            unchanged_flows=None if d.get("unchanged_flows") is None
            else tuple(KnownFlow.from_json(f) for f in d["unchanged_flows"]),
        )


@dataclass(frozen=True, slots=True)
class DayBand:
    date: date
    expected: Decimal
    p10: Decimal
    p50: Decimal
    p90: Decimal

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "expected": str(self.expected), "p10": str(self.p10),
                "p50": str(self.p50), "p90": str(self.p90)}


@dataclass(frozen=True, slots=True)
class LowPoint:
    date: date
    expected: Decimal
    p10: Decimal

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "expected": str(self.expected), "p10": str(self.p10)}


@dataclass(frozen=True)
class ForecastResult:
    as_of: date
    opening_balance: Decimal
    horizon: int
    daily: tuple[DayBand, ...]
    low_point: LowPoint
    # P(balance < 0) and P(balance < buffer) at some day within each window (days), 0..1.
    deficit_probability: dict[int, float]
    buffer_breach_probability: dict[int, float]
    runway_days: int | None  # days until the expected balance first goes below zero; None: not in the horizon
    model: str
    model_scores: dict[str, float]  # backtest error of each candidate baseline (lower is better)
    baseline_daily: Decimal  # average daily baseline flow over the horizon
    known_flows: int  # known flows inside the horizon
    paths: int
    seed: int
    buffer: Decimal
    noise_scale: float = 1.0  # the baseline spread's correction from this business's own backtest errors

    def balance_on(self, day: date) -> DayBand:
        return self.daily[(day - self.as_of).days - 1]

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(), "opening_balance": str(self.opening_balance), "horizon": self.horizon,
            "daily": [d.to_json() for d in self.daily], "low_point": self.low_point.to_json(),
            "deficit_probability": {str(k): v for k, v in self.deficit_probability.items()},
            "buffer_breach_probability": {str(k): v for k, v in self.buffer_breach_probability.items()},
            "runway_days": self.runway_days, "model": self.model, "model_scores": self.model_scores,
            "baseline_daily": str(self.baseline_daily), "known_flows": self.known_flows, "paths": self.paths,
            "seed": self.seed, "buffer": str(self.buffer), "noise_scale": self.noise_scale,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ForecastResult:
        def band(x: dict[str, Any]) -> DayBand:
            return DayBand(date.fromisoformat(x["date"]), Decimal(x["expected"]), Decimal(x["p10"]),
                           Decimal(x["p50"]), Decimal(x["p90"]))

        lp = d["low_point"]
        return cls(
            as_of=date.fromisoformat(d["as_of"]), opening_balance=Decimal(d["opening_balance"]), horizon=d["horizon"],
            daily=tuple(band(x) for x in d["daily"]),
            low_point=LowPoint(date.fromisoformat(lp["date"]), Decimal(lp["expected"]), Decimal(lp["p10"])),
            deficit_probability={int(k): v for k, v in d["deficit_probability"].items()},
            buffer_breach_probability={int(k): v for k, v in d["buffer_breach_probability"].items()},
            runway_days=d["runway_days"], model=d["model"], model_scores=d["model_scores"],
            baseline_daily=Decimal(d["baseline_daily"]), known_flows=d["known_flows"], paths=d["paths"],
            seed=d["seed"], buffer=Decimal(d["buffer"]), noise_scale=d.get("noise_scale", 1.0),
        )


def windows(horizon: int) -> list[int]:
    """The probability windows a horizon reports: 30/60/90 where they fit, and the horizon itself."""
    out = [w for w in WINDOWS if w <= horizon]
    if horizon not in out:
        out.append(horizon)
    return out


def _id(v: uuid.UUID | None) -> str | None:
    return None if v is None else str(v)


def _uuid(v: str | None) -> uuid.UUID | None:
    return None if v is None else uuid.UUID(v)


def as_uuid(text: str | None) -> uuid.UUID | None:
    """The id a flow's group names, if it is one (groups are entity ids, or counterparty keys without one)."""
    try:
        return uuid.UUID(text) if text else None
    except (ValueError, TypeError):
        return None
