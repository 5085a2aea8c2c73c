"""Shared API types. Money crosses the wire as a string ("1234.50") so no client parses it as float;
it is accepted as a JSON string or number and must have at most two decimals."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer, StringConstraints

from cashpilot.domain.dates import is_timezone
from cashpilot.domain.money import CENT, MAX_ABS_AMOUNT, is_currency


def _finite(d: Decimal) -> Decimal:
    if not d.is_finite():
        raise ValueError("must be a finite number")
    return d


def _money_text(d: Decimal) -> str:
    # Always two places ("0.00", never "0"): sums of nothing come back from SQL as a bare 0.
    return format(d.quantize(CENT), "f")


Money = Annotated[
    Decimal,
    Field(max_digits=18, decimal_places=2, ge=-MAX_ABS_AMOUNT, le=MAX_ABS_AMOUNT,
          json_schema_extra={"type": "string", "format": "decimal", "example": "1234.50"}),
    AfterValidator(_finite),
    PlainSerializer(_money_text, return_type=str, when_used="json"),
]
MoneyOut = Annotated[Decimal, PlainSerializer(_money_text, return_type=str, when_used="json")]


def _currency(code: str) -> str:
    code = code.upper()
    if not is_currency(code):
        raise ValueError("must be an ISO 4217 currency code such as EUR or USD")
    return code


def _timezone(name: str) -> str:
    if not is_timezone(name):
        raise ValueError("must be an IANA time zone such as Europe/Berlin or America/New_York")
    return name


Currency = Annotated[str, StringConstraints(min_length=3, max_length=3), AfterValidator(_currency)]
TimeZone = Annotated[str, StringConstraints(max_length=64), AfterValidator(_timezone)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=2000)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]


class Input(BaseModel):
    """Request bodies: unknown fields are an error, so a typo never silently does nothing."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Output(BaseModel):
    model_config = ConfigDict(from_attributes=True)


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Rows matching the filters, across all pages")
    limit: int
    next_cursor: str | None = Field(None, description="Pass as `cursor` to get the next page; null on the last")


class OffsetPage(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
