"""The owner's classification rules: conditions over a transaction, checked before anything the machine guesses.

A rule matches when every condition it sets holds (AND). Conditions are validated once, here, so a
bad regex is a 422 when the rule is saved, never an error in the middle of an import.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cashpilot.domain.errors import InvalidInput

# Nested quantifiers such as (a+)+ or (\w*)* backtrack exponentially on near-misses; a rule runs
# over every transaction of every import, so such patterns are refused when the rule is saved.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)")
MAX_PATTERN_LENGTH = 200


class RuleConditions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    keyword: str | None = Field(None, min_length=1, max_length=100,
                                description="Text the description or counterparty contains (any case)")
    regex: str | None = Field(None, min_length=1, max_length=MAX_PATTERN_LENGTH,
                              description="Python regular expression searched in the description (case-insensitive)")
    amount_min: Decimal | None = Field(None, ge=0, max_digits=18, decimal_places=2,
                                       description="Smallest absolute amount")
    amount_max: Decimal | None = Field(None, ge=0, max_digits=18, decimal_places=2,
                                       description="Largest absolute amount")
    direction: Literal["in", "out"] | None = None
    entity_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None

    @field_validator("regex")
    @classmethod
    def _valid_regex(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        if _NESTED_QUANTIFIER.search(value):
            raise ValueError("nested repetition such as (a+)+ is not allowed: it can take forever to evaluate")
        return value

    @model_validator(mode="after")
    def _something_to_match(self) -> RuleConditions:
        if not self.model_dump(exclude_none=True):
            raise ValueError("a rule needs at least one condition")
        if self.amount_min is not None and self.amount_max is not None and self.amount_min > self.amount_max:
            raise ValueError("amount_min is larger than amount_max")
        return self


def parse_conditions(data: dict) -> RuleConditions:
    try:
        return RuleConditions.model_validate(data)
    except ValidationError as exc:
        details = [
            {"field": "conditions." + ".".join(str(p) for p in e["loc"]) if e["loc"] else "conditions",
             "message": e["msg"].removeprefix("Value error, "), "type": e["type"]}
            for e in exc.errors()
        ]
        raise InvalidInput(f"{details[0]['field']}: {details[0]['message']}", code="invalid_rule",
                           details=details) from None


@dataclass(frozen=True)
class RuleSubject:
    """What a rule can look at."""

    description: str
    counterparty: str | None
    amount: Decimal
    account_id: uuid.UUID | None
    entity_id: uuid.UUID | None
    date: date | None = None


class CompiledRule:
    __slots__ = ("_keyword", "_regex", "conditions", "id")

    def __init__(self, rule_id: uuid.UUID | None, conditions: RuleConditions) -> None:
        self.id = rule_id
        self.conditions = conditions
        self._keyword = conditions.keyword.casefold() if conditions.keyword else None
        self._regex = re.compile(conditions.regex, re.IGNORECASE) if conditions.regex else None

    def matches(self, s: RuleSubject) -> bool:
        c = self.conditions
        if c.direction is not None and (s.amount > 0) != (c.direction == "in"):
            return False
        if c.account_id is not None and s.account_id != c.account_id:
            return False
        if c.entity_id is not None and s.entity_id != c.entity_id:
            return False
        magnitude = abs(s.amount)
        if c.amount_min is not None and magnitude < c.amount_min:
            return False
        if c.amount_max is not None and magnitude > c.amount_max:
            return False
        if self._keyword is not None and self._keyword not in s.description.casefold() and (
            not s.counterparty or self._keyword not in s.counterparty.casefold()
        ):
            return False
        return not (self._regex is not None and not self._regex.search(s.description))
