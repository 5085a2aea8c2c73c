"""The stability score: one number from 0 to 100 for "how safe is this business's cash", and the five
readings it is made of, each with its figure, its own 0-100 score, a label and a sentence that says why.

Components and their weights (they sum to 100):

=========================  ======  =============================================================
key                        weight  reading
=========================  ======  =============================================================
cash_buffer                30      balance / average daily spending over the last 90 days, in days
                                   (0 days -> 0, 30 -> 50, 60 -> 80, >= 90 -> 100, linear between)
deficit_risk               25      from the latest forecast: 100 * (1 - (0.75 * P(balance < 0) +
                                   0.25 * P(balance < buffer))) within 90 days
revenue_concentration      15      the top customer's share of the last 12 months' income (<= 20 % ->
                                   100, >= 80 % -> 0) and the Herfindahl index of customer shares
                                   (<= 0.2 -> 100, >= 0.6 -> 0); the lower of the two counts
expense_predictability     15      half the share of spending that recurring series explain (0 % -> 0,
                                   >= 70 % -> 100), half the month-to-month coefficient of variation
                                   of spending (<= 0.1 -> 100, >= 0.6 -> 0)
cashflow_volatility        15      standard deviation of the monthly net flow / average monthly
                                   spending (<= 0.1 -> 100, >= 1.0 -> 0)
=========================  ======  =============================================================

The buffer and the deficit risk weigh most because they are what runs out first; the other three say
how much the first two can be trusted to stay where they are.

Short histories: each component has a confidence between 0 and 1 that grows with the data behind it
(for example the volatility needs three complete months and is fully trusted from six). A component's
weight in the total is its weight times its confidence, and its explanation says what it is based on.
A component with nothing to go on is `insufficient_data`: no score, no weight. The total is the
weighted mean of the rest; with no component left it is None (the label says `insufficient_data`).

Labels, for the total and for each component: strong >= 80, stable >= 60, watch >= 40, at_risk below.

Pure: figures in (`StabilityFigures`), score out. Money stays Decimal; ratios become floats only where
they turn into scores.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

__all__ = [
    "BUFFER_WINDOW_DAYS", "INSUFFICIENT", "LABELS", "WEIGHTS", "YEAR_WINDOW_DAYS", "Component", "DayFlow",
    "ForecastRisk", "StabilityFigures", "StabilityScore", "complete_months", "label_for", "score",
]

WEIGHTS: dict[str, int] = {
    "cash_buffer": 30,
    "deficit_risk": 25,
    "revenue_concentration": 15,
    "expense_predictability": 15,
    "cashflow_volatility": 15,
}
NAMES = {
    "cash_buffer": "Cash buffer",
    "deficit_risk": "Forecast deficit risk",
    "revenue_concentration": "Revenue concentration",
    "expense_predictability": "Expense predictability",
    "cashflow_volatility": "Cash-flow volatility",
}
LABELS = ((80, "strong"), (60, "stable"), (40, "watch"), (0, "at_risk"))
INSUFFICIENT = "insufficient_data"

BUFFER_WINDOW_DAYS = 90  # spending the buffer is measured against
YEAR_WINDOW_DAYS = 365  # income and spending mix
MAX_MONTHS = 12  # complete months used for the month-to-month readings
MIN_MONTHS = 3  # fewer complete months than this: no month-to-month reading
STALE_FORECAST_DAYS = 7  # a forecast older than this counts less (and says so)

# Score curves: (reading, score) points, linear between them, flat outside.
BUFFER_CURVE = ((0.0, 0.0), (30.0, 50.0), (60.0, 80.0), (90.0, 100.0))
TOP_SHARE_CURVE = ((0.2, 100.0), (0.8, 0.0))
HHI_CURVE = ((0.2, 100.0), (0.6, 0.0))
RECURRING_CURVE = ((0.0, 0.0), (0.7, 100.0))
EXPENSE_CV_CURVE = ((0.1, 100.0), (0.6, 0.0))
NET_CV_CURVE = ((0.1, 100.0), (1.0, 0.0))
DEFICIT_WEIGHT, BREACH_WEIGHT = 0.75, 0.25

_ZERO = Decimal(0)
_CENT = Decimal("0.01")


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class DayFlow:
    """One day's money in and out of the business, transfers between its own accounts excluded."""

    day: date
    inflow: Decimal  # >= 0
    outflow: Decimal  # money out as a positive amount


@dataclass(frozen=True)
class ForecastRisk:
    """What the latest forecast says about running short."""

    as_of: date
    deficit_probability: float  # P(balance < 0 on some day within `window` days)
    buffer_breach_probability: float  # P(balance < buffer on some day within `window` days)
    window: int = 90
    buffer: Decimal = _ZERO


@dataclass(frozen=True)
class StabilityFigures:
    as_of: date
    balance: Decimal  # booked balance at the end of `as_of`, in `currency`
    currency: str
    history_start: date | None  # first day with a booked transaction; None: no history at all
    days: Sequence[DayFlow] = ()  # days with money moving up to `as_of` (absent days moved nothing)
    # The last 12 months' income per identified customer: (name, amount). Income nobody is named for
    # (cash sales, unmatched lines) is not in here; it counts as spread over many payers.
    customers: Sequence[tuple[str, Decimal]] = ()
    recurring_outflow: Decimal = _ZERO  # the last 12 months' spending that belongs to recurring series
    forecast: ForecastRisk | None = None


# --------------------------------------------------------------------------- outputs


@dataclass(frozen=True)
class Component:
    key: str
    name: str
    value: Decimal | None  # the reading, in `unit`
    unit: str  # days | percent | ratio
    score: int | None  # 0-100; None when insufficient_data
    label: str  # strong | stable | watch | at_risk | insufficient_data
    explanation: str
    weight: int  # the documented weight (WEIGHTS)
    applied_weight: Decimal  # its share of this total, 0-1, after confidence (0 when insufficient_data)
    details: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "value": None if self.value is None else str(self.value),
            "unit": self.unit, "score": self.score, "label": self.label, "explanation": self.explanation,
            "weight": self.weight, "applied_weight": str(self.applied_weight), "details": dict(self.details),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Component:
        return cls(
            key=d["key"], name=d.get("name", NAMES.get(d["key"], d["key"])),
            value=None if d.get("value") is None else Decimal(d["value"]), unit=d["unit"], score=d.get("score"),
            label=d["label"], explanation=d["explanation"], weight=int(d.get("weight", WEIGHTS.get(d["key"], 0))),
            applied_weight=Decimal(d.get("applied_weight", "0")), details=dict(d.get("details") or {}),
        )


@dataclass(frozen=True)
class StabilityScore:
    as_of: date
    score: int | None
    label: str
    components: tuple[Component, ...]

    def to_json(self) -> dict[str, Any]:
        """What `stability_scores.components` stores: enough to show the stored day exactly as computed."""
        return {"components": [c.to_json() for c in self.components], "weights": dict(WEIGHTS)}

    @classmethod
    def from_stored(cls, as_of: date, score: int, label: str, stored: dict[str, Any]) -> StabilityScore:
        return cls(as_of=as_of, score=score, label=label,
                   components=tuple(Component.from_json(c) for c in stored.get("components", [])))


# --------------------------------------------------------------------------- the score


def score(f: StabilityFigures) -> StabilityScore:
    window = _Window(f)
    parts = [
        _cash_buffer(f, window),
        _deficit_risk(f),
        _revenue_concentration(f, window),
        _expense_predictability(f, window),
        _cashflow_volatility(f, window),
    ]
    effective = {key: WEIGHTS[key] * confidence for key, c, confidence in parts
                 if c.score is not None and confidence > 0}
    total_weight = sum(effective.values())
    if total_weight <= 0:
        return StabilityScore(f.as_of, None, INSUFFICIENT, tuple(c for _, c, _ in parts))
    components = tuple(
        _with(c, applied_weight=Decimal(str(effective.get(key, 0) / total_weight)).quantize(Decimal("0.001")))
        for key, c, _ in parts
    )
    total = sum(c.score * effective[c.key] for c in components if c.key in effective) / total_weight
    value = _round(total)
    return StabilityScore(f.as_of, value, label_for(value), components)


def label_for(value: float | int | None) -> str:
    if value is None:
        return INSUFFICIENT
    return next(label for floor, label in LABELS if value >= floor)


def complete_months(start: date | None, as_of: date, limit: int = MAX_MONTHS) -> list[tuple[date, date]]:
    """The last `limit` calendar months lying wholly inside [start, as_of], oldest first."""
    if start is None:
        return []
    out: list[tuple[date, date]] = []
    # The month holding as_of counts only when as_of is its last day.
    first = as_of.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if last != as_of:
        last = first - timedelta(days=1)
        first = last.replace(day=1)
    while len(out) < limit and first >= start:
        out.append((first, last))
        last = first - timedelta(days=1)
        first = last.replace(day=1)
    return out[::-1]


# --------------------------------------------------------------------------- components


class _Window:
    """Sums over the windows the components read, computed once."""

    def __init__(self, f: StabilityFigures) -> None:
        start = f.history_start
        self.history_days = 0 if start is None or start > f.as_of else (f.as_of - start).days + 1
        days = [d for d in f.days if d.day <= f.as_of and (start is None or d.day >= start)]
        self.buffer_days = min(BUFFER_WINDOW_DAYS, self.history_days)
        self.year_days = min(YEAR_WINDOW_DAYS, self.history_days)
        buffer_from = f.as_of - timedelta(days=BUFFER_WINDOW_DAYS - 1)
        year_from = f.as_of - timedelta(days=YEAR_WINDOW_DAYS - 1)
        self.buffer_out = sum((d.outflow for d in days if d.day >= buffer_from), _ZERO)
        self.year_in = sum((d.inflow for d in days if d.day >= year_from), _ZERO)
        self.year_out = sum((d.outflow for d in days if d.day >= year_from), _ZERO)
        self.months = complete_months(start, f.as_of)
        self.month_in: list[Decimal] = []
        self.month_out: list[Decimal] = []
        for first, last in self.months:
            self.month_in.append(sum((d.inflow for d in days if first <= d.day <= last), _ZERO))
            self.month_out.append(sum((d.outflow for d in days if first <= d.day <= last), _ZERO))


Part = tuple[str, Component, float]  # key, component, confidence 0-1


def _cash_buffer(f: StabilityFigures, w: _Window) -> Part:
    key = "cash_buffer"
    if w.history_days == 0:
        return _insufficient(key, "days", "No transactions yet: the buffer is measured against recent spending.")
    if w.history_days < 7:
        return _insufficient(key, "days", f"Only {_days(w.history_days)} of history: a week of spending is "
                                          "needed to measure the buffer against.")
    daily = w.buffer_out / w.buffer_days
    details = {"balance": _money(f.balance), "average_daily_outflow": _money(daily),
               "window_days": str(w.buffer_days)}
    # A month of spending holds each monthly bill once; two months make the average dependable.
    confidence = min(1.0, w.buffer_days / 60)
    short = _short(w.buffer_days, 60)
    if daily <= 0:
        if f.balance > 0:
            return key, _component(key, None, "days", 100, f"No spending in the last {_days(w.buffer_days)}: "
                                   f"the balance of {_amount(f.balance, f.currency)} is not being drawn down.{short}",
                                   details), confidence
        return key, _component(key, Decimal(0), "days", 0, "No cash on hand and no recent spending to measure "
                               f"against.{short}", details), confidence
    days = max(_ZERO, f.balance / daily)
    value = days.quantize(Decimal("0.1"), ROUND_HALF_UP)
    points = _curve(float(days), BUFFER_CURVE)
    if f.balance <= 0:
        text = (f"The balance is {_amount(f.balance, f.currency)}: no buffer against average spending of "
                f"{_amount(daily, f.currency)} a day.{short}")
    else:
        text = (f"{_amount(f.balance, f.currency)} covers {value} days of average spending "
                f"({_amount(daily, f.currency)} a day over the last {_days(w.buffer_days)}); "
                f"90 days or more scores full marks.{short}")
    return key, _component(key, value, "days", points, text, details), confidence


def _deficit_risk(f: StabilityFigures) -> Part:
    key = "deficit_risk"
    risk = f.forecast
    if risk is None:
        return _insufficient(key, "percent", "No forecast yet: the risk of running short comes from the forecast, "
                                             "which runs after each import and nightly.")
    p = min(1.0, max(0.0, float(risk.deficit_probability)))
    b = min(1.0, max(p, float(risk.buffer_breach_probability)))  # below zero is below any buffer >= 0
    points = 100 * (1 - (DEFICIT_WEIGHT * p + BREACH_WEIGHT * b))
    value = _percent(p)
    within = f"within {risk.window} days" + ("" if risk.window >= 90 else " (the forecast's horizon)")
    text = f"The forecast gives a {value}% chance of the balance going below zero {within}"
    if risk.buffer > 0:
        text += f" and {_percent(b)}% of going below the {_amount(risk.buffer, f.currency)} buffer"
    text += "."
    age = (f.as_of - risk.as_of).days
    confidence = 1.0
    if age > STALE_FORECAST_DAYS:
        # An old forecast still says something, but less each week it is not refreshed.
        confidence = max(0.25, 1 - (age - STALE_FORECAST_DAYS) / 30)
        text += f" That forecast is {age} days old, so it counts for less."
    if risk.window < 90:
        confidence *= max(0.5, risk.window / 90)
    details = {"deficit_probability": f"{p:.4f}", "buffer_breach_probability": f"{b:.4f}",
               "window_days": str(risk.window), "forecast_as_of": risk.as_of.isoformat(),
               "buffer": _money(risk.buffer)}
    return key, _component(key, value, "percent", points, text, details), confidence


def _revenue_concentration(f: StabilityFigures, w: _Window) -> Part:
    key = "revenue_concentration"
    if w.history_days == 0 or w.year_in <= 0:
        return _insufficient(key, "percent", f"No income in the last {_days(w.year_days)}: nothing to measure "
                                             "concentration on." if w.history_days else "No transactions yet.")
    shares = sorted(((name, amount / w.year_in) for name, amount in f.customers if amount > 0),
                    key=lambda s: s[1], reverse=True)
    named = min(Decimal(1), sum((s for _, s in shares), _ZERO))
    top_name, top = shares[0] if shares else (None, _ZERO)
    top = min(Decimal(1), top)
    hhi = sum((s * s for _, s in shares), _ZERO)
    points = min(_curve(float(top), TOP_SHARE_CURVE), _curve(float(hhi), HHI_CURVE))
    value = _percent(top)
    period = "the last 12 months" if w.year_days >= YEAR_WINDOW_DAYS else f"the last {_days(w.year_days)}"
    if top_name is None:
        text = (f"No customer is identified in the income of {_amount(w.year_in, f.currency)} over {period}; "
                "it counts as spread over many payers.")
    else:
        text = (f"The largest customer, {top_name}, brought {value}% of the income of "
                f"{_amount(w.year_in, f.currency)} over {period}; {len(shares)} "
                f"customer{'s' if len(shares) != 1 else ''} identified "
                f"(concentration index {hhi.quantize(Decimal('0.01'))}). 20% or less scores full marks.")
    confidence = min(1.0, w.year_days / 180)
    if named < Decimal("0.5"):
        # Income the classifier could not tie to a customer may hide a concentration: trust this less.
        confidence *= max(0.25, float(named) * 2)
        text += f" Only {_percent(named)}% of the income is matched to a customer, so this counts for less."
    text += _short(w.year_days, 180)
    details = {"income": _money(w.year_in), "top_customer_share": f"{top:.4f}", "hhi": f"{hhi:.4f}",
               "named_share": f"{named:.4f}", "customers": str(len(shares)), "window_days": str(w.year_days)}
    if top_name is not None:
        details["top_customer"] = top_name
    return key, _component(key, value, "percent", points, text, details), confidence


def _expense_predictability(f: StabilityFigures, w: _Window) -> Part:
    key = "expense_predictability"
    if w.history_days == 0 or w.year_out <= 0:
        return _insufficient(key, "percent", f"No spending in the last {_days(w.year_days)}: nothing to predict."
                             if w.history_days else "No transactions yet.")
    recurring = min(Decimal(1), max(_ZERO, f.recurring_outflow) / w.year_out)
    value = _percent(recurring)
    recurring_points = _curve(float(recurring), RECURRING_CURVE)
    details = {"spending": _money(w.year_out), "recurring_spending": _money(max(_ZERO, f.recurring_outflow)),
               "recurring_share": f"{recurring:.4f}", "months": str(len(w.months))}
    text = f"{value}% of spending is recurring (rent, payroll, subscriptions the forecast knows in advance)"
    cv = _cv(w.month_out)
    confidence = min(1.0, w.year_days / 180)
    if cv is None:
        points = recurring_points
        confidence *= 0.5
        text += (f"; month-to-month variation needs {MIN_MONTHS} complete months of history "
                 f"({len(w.months)} so far), so this counts for less.")
    else:
        points = (recurring_points + _curve(cv, EXPENSE_CV_CURVE)) / 2
        details["monthly_outflow_cv"] = f"{cv:.4f}"
        text += (f", and monthly spending varies by {_percent(Decimal(str(cv)))}% around its average over the last "
                 f"{len(w.months)} complete months.")
    if w.history_days < 60:
        text += " Recurring payments are recognised after two months or more of history."
    text += _short(w.year_days, 180)
    return key, _component(key, value, "percent", points, text, details), confidence


def _cashflow_volatility(f: StabilityFigures, w: _Window) -> Part:
    key = "cashflow_volatility"
    if len(w.months) < MIN_MONTHS:
        return _insufficient(key, "ratio", f"Needs {MIN_MONTHS} complete months of history to compare months; "
                                           f"{len(w.months)} so far.")
    mean_out = sum(w.month_out, _ZERO) / len(w.month_out)
    if mean_out <= 0:
        return _insufficient(key, "ratio", "No spending in the last complete months to compare the swings with.")
    net = [i - o for i, o in zip(w.month_in, w.month_out, strict=True)]
    spread = Decimal(str(statistics.pstdev([float(n) for n in net])))
    ratio = spread / mean_out
    value = ratio.quantize(Decimal("0.01"), ROUND_HALF_UP)
    points = _curve(float(ratio), NET_CV_CURVE)
    text = (f"Over the last {len(w.months)} complete months the monthly net cash flow swung by "
            f"{_amount(spread, f.currency)} (one standard deviation), {_percent(ratio)}% of average monthly "
            f"spending of {_amount(mean_out, f.currency)}. 10% or less scores full marks.")
    details = {"net_flow_std": _money(spread), "average_monthly_outflow": _money(mean_out),
               "average_monthly_net": _money(sum(net, _ZERO) / len(net)), "months": str(len(w.months))}
    confidence = min(1.0, len(w.months) / 6)
    if confidence < 1:
        text += f" Based on {len(w.months)} months only, so this counts for less."
    return key, _component(key, value, "ratio", points, text, details), confidence


# --------------------------------------------------------------------------- helpers


def _component(key: str, value: Decimal | None, unit: str, points: float, text: str,
               details: dict[str, str]) -> Component:
    s = _round(min(100.0, max(0.0, points)))
    return Component(key=key, name=NAMES[key], value=value, unit=unit, score=s, label=label_for(s),
                     explanation=text, weight=WEIGHTS[key], applied_weight=_ZERO, details=details)


def _insufficient(key: str, unit: str, text: str) -> Part:
    return key, Component(key=key, name=NAMES[key], value=None, unit=unit, score=None, label=INSUFFICIENT,
                          explanation=text, weight=WEIGHTS[key], applied_weight=_ZERO), 0.0


def _with(c: Component, *, applied_weight: Decimal) -> Component:
    return Component(key=c.key, name=c.name, value=c.value, unit=c.unit, score=c.score, label=c.label,
                     explanation=c.explanation, weight=c.weight, applied_weight=applied_weight, details=c.details)


def _curve(x: float, points: tuple[tuple[float, float], ...]) -> float:
    """Piecewise-linear through `points` (sorted by x), flat beyond the ends."""
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def _cv(values: Sequence[Decimal]) -> float | None:
    """Coefficient of variation (population) of monthly amounts; None with too few months or no mean."""
    if len(values) < MIN_MONTHS:
        return None
    floats = [float(v) for v in values]
    mean = statistics.fmean(floats)
    if mean <= 0:
        return None
    return statistics.pstdev(floats) / mean


def _round(x: float) -> int:
    return int(Decimal(str(x)).quantize(Decimal(1), ROUND_HALF_UP))


def _percent(share: Decimal | float) -> Decimal:
    return (Decimal(str(share)) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _money(d: Decimal) -> str:
    return format(Decimal(d).quantize(_CENT, ROUND_HALF_UP), "f")


def _amount(d: Decimal, currency: str) -> str:
    return f"{Decimal(d).quantize(_CENT, ROUND_HALF_UP):,} {currency}"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _short(have: int, want: int) -> str:
    if have >= want:
        return ""
    return f" Based on {_days(have)} of history only, so it counts for less until there is more."
