"""A business's settings: what the owner tunes, with defaults a small business can live with."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidationError

from cashpilot.domain.errors import InvalidInput

Amount = Annotated[
    Decimal,
    Field(ge=0, max_digits=18, decimal_places=2),
    PlainSerializer(lambda d: format(d.quantize(Decimal("0.01")), "f"), return_type=str, when_used="json"),
]


class AlertThresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cash_buffer: Amount = Field(Decimal("0.00"), description="Cash the owner wants to keep at all times")
    deficit_probability: float = Field(0.2, ge=0, le=1, description="Alert when P(balance < 0) exceeds this")
    runway_months: float = Field(3, ge=0, le=120)
    late_payment_days: int = Field(7, ge=0, le=365)
    concentration_percent: float = Field(40, ge=0, le=100)
    spending_spike_percent: float = Field(50, ge=0, le=10_000)
    large_payment_amount: Amount | None = Field(
        None, description="A supplier payment at least this large is flagged; none: derived from the business's own")
    payroll_margin: Amount = Field(Decimal("0.00"), description="Cash that must remain after the next payroll")
    churn_missed_cycles: float = Field(2, ge=1, le=12, description="Cycles a regular customer may skip before churn")
    revenue_drop_percent: float = Field(30, ge=0, le=100)
    revenue_variance_percent: float = Field(25, ge=0, le=1_000)
    timing_conflict_percent: float = Field(50, ge=0, le=100,
                                           description="Share of a month's outflows due in one week")
    duplicate_window_days: int = Field(3, ge=0, le=31)
    unusual_z: float = Field(4, ge=1, le=50, description="Robust z-score above which a transaction is unusual")
    disabled: list[str] = Field(default_factory=list, description="Detection kinds switched off for this business")


class ImportSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    auto_confirm: Literal["known_formats", "confident", "never"] = Field(
        "known_formats",
        description="Commit an import without review: for formats confirmed before, for any file parsed "
        "with high confidence, or never",
    )
    min_confidence: float = Field(0.9, ge=0, le=1)


class ClassificationSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_confidence: float = Field(
        0.8, ge=0.5, le=1,
        description="Labels below this confidence are not applied; the transaction goes to the review queue",
    )
    suggest_rule_after: int = Field(2, ge=1, le=20, description="Consistent corrections before a rule is proposed")
    use_llm: bool = Field(True, description="Ask the configured LLM about transactions nothing else could label")
    sells: Literal["goods", "services", "both"] | None = Field(
        None,
        description="What the business sells. A payment from a customer nothing else recognises is then Sales "
        "Revenue (goods) or Service Income (services); with 'both', or unset until the owner's corrections "
        "show one of the two, such payments wait for review",
    )


CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Rate = Annotated[Decimal, Field(gt=0, max_digits=18, decimal_places=8)]


class ForecastSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    horizon_days: int = Field(90, ge=1, le=365, description="Default forecast horizon")
    paths: int = Field(5000, ge=100, le=100_000, description="Simulated paths per forecast")
    fx_rates: dict[CurrencyCode, Rate] = Field(
        default_factory=dict,
        description="Units of the business currency per unit of another currency, for accounts held in it "
        "(accounts in a currency without a rate are left out of the forecast, and the forecast says so)",
    )


class BusinessSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    alert_thresholds: AlertThresholds = Field(default_factory=AlertThresholds)
    imports: ImportSettings = Field(default_factory=ImportSettings)
    classification: ClassificationSettings = Field(default_factory=ClassificationSettings)
    forecast: ForecastSettings = Field(default_factory=ForecastSettings)
    safety_mode: Literal["conservative", "normal", "aggressive"] = "normal"
    payment_terms_days: int = Field(30, ge=0, le=365, description="Default terms for new customers")
    invoice_prefix: str = Field("INV-", max_length=16, pattern=r"^[A-Za-z0-9\-_/]*$")
    fiscal_year_start_month: int = Field(1, ge=1, le=12)
    weekly_digest: bool = True


def parse_settings(data: dict) -> BusinessSettings:
    """Validate settings; problems become one InvalidInput listing every bad field."""
    try:
        return BusinessSettings.model_validate(data)
    except ValidationError as exc:
        details = [
            {"field": "settings." + ".".join(str(p) for p in e["loc"]), "message": e["msg"], "type": e["type"]}
            for e in exc.errors()
        ]
        raise InvalidInput(f"{details[0]['field']}: {details[0]['message']}", code="invalid_settings",
                           details=details) from None


def merge_settings(current: dict, patch: dict) -> BusinessSettings:
    """Deep-merge a partial update into stored settings and validate the result."""

    def merge(a: dict, b: dict) -> dict:
        out = dict(a)
        for k, v in b.items():
            out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
        return out

    base = BusinessSettings.model_validate(current or {}).model_dump(mode="json")
    return parse_settings(merge(base, patch))
