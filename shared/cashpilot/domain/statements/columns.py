"""Column roles from header names and from the values of the whole column.

Every column gets a profile (share of dates, amounts, indicator words, status words, currency codes,
IBANs, id-like tokens, letters; distinct values; fill) computed over all rows (shares over its distinct
values, capped at a few thousand evenly spread ones). A known header name claims a role; the values must
agree with the claim (a "Betrag" column that is empty, a "Valuta" column holding currency codes, a
"Details" column holding DEBIT/CREDIT). Columns without a usable name get a role from their values
alone. Money columns that only their values identify (headerless files) are settled later, with their
parsed amounts, by `resolve_numeric`: which one is the amount and which the running balance.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements.balance import chain_fit
from cashpilot.domain.statements.dates import looks_like_date
from cashpilot.domain.statements.model import SINGLE_ROLES, ColumnDecision, Role
from cashpilot.domain.statements.numbers import looks_like_amount
from cashpilot.domain.statements.vocabulary import (
    AMBIGUOUS_TEXT,
    direction_of,
    header_role,
    normalise_header,
    status_of,
)

PROFILE_CAP = 4000
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}$")
_ID = re.compile(r"^'?[A-Za-z0-9][A-Za-z0-9_\-./:]{5,63}'?$")
_LETTER = re.compile(r"[^\W\d_]")
_MONEY = (Role.AMOUNT, Role.DEBIT, Role.CREDIT, Role.BALANCE, Role.FEE)
TEXT_ROLES = (Role.PAYEE, Role.PAYER, Role.DESCRIPTION, Role.MEMO)


@dataclass
class Profile:
    index: int
    name: str
    header: str
    key: str
    header_currency: str | None
    claim: tuple[Role, int] | None
    rows: int
    filled: int = 0
    distinct: int = 0
    date_share: float = 0.0
    amount_share: float = 0.0
    negative: int = 0
    long_integer: bool = False
    plain_integers: bool = False  # every number written without a decimal mark: "7", "42" (counters, ids)
    direction_share: float = 0.0
    status_share: float = 0.0
    currency_share: float = 0.0
    iban_share: float = 0.0
    id_share: float = 0.0
    letter_share: float = 0.0
    code_share: float = 0.0  # short words without digits, like "KARTENZAHLUNG" or "Card payment"
    avg_len: float = 0.0

    @property
    def distinct_ratio(self) -> float:
        return self.distinct / self.filled if self.filled else 0.0


def unique_names(headers: Sequence[str] | None, width: int) -> list[str]:
    """Column names for raw rows: the header cells, made unique; 'column N' where there is none."""
    names: list[str] = []
    seen: Counter[str] = Counter()
    for i in range(width):
        base = (headers[i].strip().strip("\ufeff") if headers and i < len(headers) else "") or f"column {i + 1}"
        seen[base] += 1
        names.append(base if seen[base] == 1 else f"{base} ({seen[base]})")
    return names


def profile_columns(names: Sequence[str], headers: Sequence[str] | None, columns: Sequence[Sequence[str]]
                    ) -> list[Profile]:
    profiles = []
    for index, values in enumerate(columns):
        header = headers[index].strip() if headers and index < len(headers) else ""
        hn = normalise_header(header) if header else None
        claim = header_role(hn.key) if hn else None
        p = Profile(index, names[index], header, hn.key if hn else "", hn.currency if hn else None, claim,
                    rows=len(values))
        _fill_profile(p, values)
        profiles.append(p)
    return profiles


def _fill_profile(p: Profile, values: Sequence[str]) -> None:
    counts = Counter(values)
    blank = [v for v in counts if not v or v.isspace()]
    p.filled = len(values) - sum(counts[v] for v in blank)
    # Values that differ only by surrounding spaces count as distinct here: close enough for a profile,
    # and it spares re-keying 100,000 descriptions.
    p.distinct = len(counts) - len(blank)
    if not p.distinct:
        return
    for v in blank:
        del counts[v]
    keys = list(counts)
    if len(keys) > PROFILE_CAP:
        step = len(keys) / PROFILE_CAP
        keys = [keys[int(i * step)] for i in range(PROFILE_CAP)]
    keys = [k.strip() for k in keys]
    n = len(keys)
    dates = amounts = negative = ibans = ids = letters = currencies = codes = 0
    long_integer = plain_integers = True
    total_len = 0
    for v in keys:
        total_len += len(v)
        short = len(v) <= 40
        if short and looks_like_date(v):
            dates += 1
        elif short and looks_like_amount(v):
            amounts += 1
            if v.startswith(("-", "(", "\u2212")) or v.endswith(("-", ")")):
                negative += 1
            if not (v.isdigit() and len(v) >= 6):
                long_integer = False
            if not v.lstrip("+-").isdigit():
                plain_integers = False
        if v.upper() in CURRENCIES and len(v) == 3:
            currencies += 1
        if _IBAN.match(v):
            ibans += 1
        elif " " not in v and _ID.match(v) and any(ch.isdigit() for ch in v):
            ids += 1
        if _LETTER.search(v):
            letters += 1
            if not any(ch.isdigit() for ch in v):
                words = v.split()
                if len(words) == 1 or (len(words) <= 4 and v.upper() == v):
                    codes += 1
    p.date_share = dates / n
    p.amount_share = amounts / n
    p.negative = negative
    p.long_integer = long_integer and amounts > 0
    p.plain_integers = plain_integers and amounts > 0
    p.currency_share = currencies / n
    p.iban_share = ibans / n
    p.id_share = ids / n
    p.letter_share = letters / n
    p.code_share = codes / n
    p.avg_len = total_len / n
    # Indicator and status words are few and repeat: weigh them by rows, not by distinct values.
    if p.distinct <= 50:
        p.direction_share = sum(c for v, c in counts.items() if direction_of(v.strip()) is not None) / p.filled
        p.status_share = sum(c for v, c in counts.items() if status_of(v.strip()) is not None) / p.filled


@dataclass
class Claim:
    role: Role
    rank: int
    confidence: float
    evidence: list[str]
    source: str = "inferred"


@dataclass
class RolePlan:
    """Roles per column, plus money columns whose role only their parsed values can settle."""

    profiles: list[Profile]
    claims: dict[int, Claim]
    numeric: list[int] = field(default_factory=list)  # value-only money columns, settled by resolve_numeric

    def columns(self, role: Role) -> list[int]:
        found = [i for i, c in self.claims.items() if c.role is role]
        return sorted(found, key=lambda i: (self.claims[i].rank, i))

    def first(self, role: Role) -> int | None:
        found = self.columns(role)
        return found[0] if found else None

    def set(self, index: int, role: Role, confidence: float, why: str, rank: int | None = None) -> None:
        old = self.claims.get(index)
        evidence = [*(old.evidence if old else []), why]
        source = old.source if old and old.source == "override" and old.role is role else "inferred"
        self.claims[index] = Claim(role, rank if rank is not None else (old.rank if old else 5), confidence,
                                   evidence, source)

    def decisions(self) -> tuple[ColumnDecision, ...]:
        out = []
        for p in self.profiles:
            c = self.claims.get(p.index) or Claim(Role.IGNORE, 9, 0.5, ["not understood"])
            out.append(ColumnDecision(p.index, p.name, p.header, c.role, c.confidence, tuple(c.evidence), c.source))
        return tuple(out)


def infer_roles(profiles: list[Profile], overrides: Mapping[str, Role]) -> RolePlan:
    plan = RolePlan(profiles, {})
    for p in profiles:
        forced = overrides.get(p.name) or (overrides.get(p.header) if p.header else None)
        if forced is not None:
            plan.claims[p.index] = Claim(forced, 0, 1.0, ["given by the caller"], "override")
            continue
        if p.filled == 0:
            plan.claims[p.index] = Claim(Role.IGNORE, 9, 1.0, ["empty column"])
            continue
        claim = _from_header(p) if p.claim else None
        if claim is None:
            claim = _from_values(p, plan)
        if claim is not None:
            plan.claims[p.index] = claim
    _settle_text(plan)
    _settle_singles(plan)
    return plan


def _from_header(p: Profile) -> Claim | None:
    assert p.claim is not None
    role, rank = p.claim
    said = f"header {p.header!r}"
    if role in (Role.DATE, Role.VALUE_DATE):
        if p.date_share >= 0.6:
            return Claim(role, rank, 0.97, [f"{said} names a date; {p.date_share:.0%} of values are dates"])
        if p.currency_share >= 0.8:
            return Claim(Role.CURRENCY, 1, 0.9, [f"{said} could be a date, but the values are currency codes"])
        return None
    if role in _MONEY:
        if p.amount_share >= 0.6 and p.date_share < 0.5:
            return Claim(role, rank, 0.95, [f"{said}; {p.amount_share:.0%} of values are amounts"])
        if p.direction_share >= 0.8:
            return Claim(Role.DIRECTION, 1, 0.9, [f"{said}, and the values are debit/credit indicators"])
        return None
    if role is Role.CURRENCY:
        if p.currency_share >= 0.6:
            return Claim(role, rank, 0.95, [f"{said}; values are currency codes"])
        return Claim(Role.IGNORE, 9, 0.7, [f"{said}, but the values are not currency codes"])
    if role is Role.DIRECTION:
        if p.direction_share >= 0.7:
            return Claim(role, rank, 0.97, [f"{said}; values are debit/credit indicators"])
        return None
    if role is Role.STATUS:
        if p.direction_share >= 0.9:
            return Claim(Role.DIRECTION, 1, 0.9, [f"{said}, but the values are debit/credit indicators"])
        return Claim(role, rank, 0.95, [f"{said}; {p.status_share:.0%} of rows have a known status word"])
    if role is Role.IGNORE:
        return Claim(role, rank, 0.9, [f"{said}: not needed for a transaction"])
    if role is Role.TRANSACTION_ID and p.key not in AMBIGUOUS_TEXT:
        return Claim(role, rank, 0.9, [f"{said} names the bank's transaction id"])
    # Text roles (and ambiguous ids): the values may say otherwise, unless the name says it plainly.
    if p.direction_share >= 0.9 and (p.key in AMBIGUOUS_TEXT or role is Role.TYPE):
        return Claim(Role.DIRECTION, 1, 0.9, [f"{said}; values are debit/credit indicators"])
    if p.status_share >= 0.9 and (p.key in AMBIGUOUS_TEXT or role is Role.TYPE):
        return Claim(Role.STATUS, 1, 0.9, [f"{said}; values are status words"])
    if p.date_share >= 0.9 or (p.amount_share >= 0.9 and p.letter_share < 0.05 and role is not Role.TRANSACTION_ID
                               and not p.long_integer):
        return None
    if p.key in AMBIGUOUS_TEXT and role in (Role.MEMO, Role.TRANSACTION_ID) and p.id_share >= 0.8 \
            and p.distinct_ratio >= 0.8:
        return Claim(Role.TRANSACTION_ID, 2, 0.8, [f"{said}; values are unique codes, read as the bank's id"])
    if role is Role.TRANSACTION_ID:
        return Claim(Role.MEMO, 3, 0.7, [f"{said}; values are text, read as a reference"])
    return Claim(role, rank, 0.9, [f"{said}"])


def _from_values(p: Profile, plan: RolePlan) -> Claim | None:
    what = f"values of {p.name!r}"
    if p.date_share >= 0.8:
        return Claim(Role.DATE, 5, 0.85, [f"{what}: {p.date_share:.0%} dates"])
    if p.direction_share >= 0.9:
        return Claim(Role.DIRECTION, 5, 0.85, [f"{what}: debit/credit indicators"])
    if p.currency_share >= 0.9:
        return Claim(Role.CURRENCY, 5, 0.85, [f"{what}: currency codes"])
    if p.status_share >= 0.9:
        return Claim(Role.STATUS, 5, 0.8, [f"{what}: status words"])
    if p.iban_share >= 0.6:
        return Claim(Role.IGNORE, 9, 0.8, [f"{what}: account numbers (IBAN)"])
    if p.amount_share >= 0.9:
        if p.long_integer:
            if p.distinct_ratio >= 0.9 and p.filled > 2:
                return Claim(Role.TRANSACTION_ID, 5, 0.6, [f"{what}: unique long numbers, read as ids"])
            return Claim(Role.IGNORE, 9, 0.7, [f"{what}: long whole numbers (account or check numbers)"])
        plan.numeric.append(p.index)
        return Claim(Role.IGNORE, 9, 0.5, [f"{what}: amounts"])
    if p.id_share >= 0.8 and p.distinct_ratio >= 0.9 and p.filled > 2 and p.avg_len >= 8:
        return Claim(Role.TRANSACTION_ID, 5, 0.6, [f"{what}: unique codes, read as the bank's ids"])
    if p.letter_share >= 0.5:
        if p.avg_len <= 4 and p.filled >= 2:
            return Claim(Role.TYPE, 5, 0.6, [f"{what}: short codes (a transaction type)"])
        if p.filled >= 5 and p.distinct <= max(3, 0.2 * p.filled) and p.avg_len <= 20:
            return Claim(Role.TYPE, 5, 0.6, [f"{what}: a few short words repeating (a transaction type)"])
        return Claim(Role.DESCRIPTION, 5, 0.7, [f"{what}: free text"])
    if p.distinct == 1 and p.filled > 2:
        return Claim(Role.IGNORE, 9, 0.6, [f"{what}: the same mark on every row"])
    if p.amount_share < 0.5 and p.date_share < 0.5:
        return Claim(Role.DESCRIPTION, 5, 0.5, [f"{what}: text without letters, kept as description"])
    return Claim(Role.IGNORE, 9, 0.5, [f"{what}: not understood"])


def _settle_text(plan: RolePlan) -> None:
    """Bank words like 'Buchungstext' or 'Details' hold the description at one bank, the type at another."""
    text = [i for i, c in plan.claims.items() if c.role in TEXT_ROLES]
    for i in text:
        p = plan.profiles[i]
        claim = plan.claims[i]
        if claim.source == "override" or p.key not in AMBIGUOUS_TEXT or claim.role is not Role.DESCRIPTION:
            continue
        others = [j for j in text if j != i and plan.profiles[j].key not in AMBIGUOUS_TEXT]
        coded = p.code_share >= 0.8 and p.avg_len <= 40
        repeating = p.distinct_ratio <= 0.5 and p.avg_len <= 32
        if others and (coded or repeating):
            plan.set(i, Role.TYPE, 0.75, "short booking words next to other text columns: a transaction type")


def _settle_singles(plan: RolePlan) -> None:
    for role in SINGLE_ROLES:
        if role in (Role.AMOUNT, Role.BALANCE):
            continue  # several candidates stay: their parsed values decide (see resolve_amounts)
        found = plan.columns(role)
        for extra in found[1:]:
            if role is Role.DATE and not plan.columns(Role.VALUE_DATE):
                plan.set(extra, Role.VALUE_DATE, 0.8, "a second date column: read as the value / posting date")
            else:
                plan.set(extra, Role.IGNORE, 0.7, f"another column was preferred as {role.value}")
    if not plan.columns(Role.DATE) and plan.columns(Role.VALUE_DATE):
        only = plan.first(Role.VALUE_DATE)
        assert only is not None
        plan.set(only, Role.DATE, 0.85, "the only date column", rank=5)


@dataclass
class MoneyChoice:
    amount: int | None = None
    debit: int | None = None
    credit: int | None = None
    balance: int | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.9


Parsed = Mapping[int, Sequence[Decimal | None]]


def resolve_amounts(plan: RolePlan, parsed: Parsed, usable: Sequence[bool]) -> MoneyChoice:
    """Settle amount / debit+credit / balance, using the parsed values where names do not decide.

    `usable` marks the rows that count (not failed, not summary) for fill and balance tests.
    """
    rows = sum(usable) or 1
    choice = MoneyChoice()

    def fill(i: int) -> float:
        values = parsed[i]
        return sum(1 for v, ok in zip(values, usable, strict=False) if ok and v is not None) / rows

    amounts = [i for i in plan.columns(Role.AMOUNT) if i in parsed and fill(i) > 0]
    balances = [i for i in plan.columns(Role.BALANCE) if i in parsed and fill(i) > 0]
    debit = plan.first(Role.DEBIT)
    credit = plan.first(Role.CREDIT)
    numeric = [i for i in plan.numeric if i in parsed]

    if balances:
        choice.balance = balances[0]
    if not amounts and not (debit is not None or credit is not None) and numeric:
        _resolve_numeric(plan, parsed, usable, numeric, choice)
        return choice
    if amounts:
        best = amounts[0]
        if len(amounts) > 1 and choice.balance is not None:
            fits = {i: chain_fit(_usable(parsed[i], usable), _usable(parsed[choice.balance], usable)) for i in amounts}
            top = max(amounts, key=lambda i: (fits[i].score, -plan.claims[i].rank))
            if fits[top].score > fits[best].score:
                choice.evidence.append(f"{plan.profiles[top].name!r} explains the running balance "
                                       f"({fits[top].score:.0%}) better than {plan.profiles[best].name!r}")
                best = top
        if (debit is not None or credit is not None) and fill(best) < 0.9:
            choice.evidence.append(f"{plan.profiles[best].name!r} is mostly empty: debit and credit columns used")
        else:
            choice.amount = best
            for other in amounts:
                if other != best:
                    plan.set(other, Role.IGNORE, 0.7, "another amount column was preferred")
            for other in (debit, credit):
                if other is not None:
                    plan.set(other, Role.IGNORE, 0.7, f"{plan.profiles[best].name!r} already holds the signed amount")
            for i in balances[1:]:
                plan.set(i, Role.IGNORE, 0.7, "another balance column was preferred")
            return choice
    choice.debit, choice.credit = debit, credit
    for other in amounts:
        plan.set(other, Role.IGNORE, 0.7, "debit and credit columns preferred")
    for i in balances[1:]:
        plan.set(i, Role.IGNORE, 0.7, "another balance column was preferred")
    return choice


def _usable(values: Sequence[Decimal | None], usable: Sequence[bool]) -> list[Decimal | None]:
    return [v if ok else None for v, ok in zip(values, usable, strict=False)]


def _resolve_numeric(plan: RolePlan, parsed: Parsed, usable: Sequence[bool], numeric: list[int],
                     choice: MoneyChoice) -> None:
    cols = {i: _usable(parsed[i], usable) for i in numeric}
    # Row numbers and counters are written as bare whole numbers; money has a decimal mark somewhere.
    whole = [i for i in numeric if plan.profiles[i].plain_integers]
    if whole and len(whole) < len(numeric):
        for i in whole:
            plan.set(i, Role.IGNORE, 0.6, "whole numbers only, next to columns with cents: a counter, not money")
        numeric = [i for i in numeric if i not in whole]
    names = {i: plan.profiles[i].name for i in numeric}
    # Opening balance + amount = closing balance, row by row (ABN AMRO's TAB export).
    if len(numeric) >= 3:
        for s in numeric:
            for a in numeric:
                for e in numeric:
                    if len({s, a, e}) < 3:
                        continue
                    both = [(x, y, z) for x, y, z in zip(cols[s], cols[a], cols[e], strict=False)
                            if x is not None and y is not None and z is not None]
                    if len(both) >= 2 and sum(1 for x, y, z in both if x + y == z) >= 0.9 * len(both):
                        plan.set(a, Role.AMOUNT, 0.9, f"{names[s]} + this = {names[e]} on every row")
                        plan.set(e, Role.BALANCE, 0.9, "the balance after each row")
                        plan.set(s, Role.IGNORE, 0.9, "the balance before each row")
                        choice.amount, choice.balance = a, e
                        return
    # A running balance column among them: the amount is the column that explains its steps.
    best = None
    targets = [choice.balance] if choice.balance is not None else numeric
    for b in targets:
        for a in numeric:
            if a == b:
                continue
            fit = chain_fit(cols[a], cols[b] if b in cols else _usable(parsed[b], usable))
            if fit.checked >= 2 and fit.score >= 0.8 and (best is None or fit.score > best[0]):
                best = (fit.score, a, b)
    if best is not None:
        _, a, b = best
        plan.set(a, Role.AMOUNT, 0.9, f"its values explain the steps of {plan.profiles[b].name!r}")
        plan.set(b, Role.BALANCE, 0.9, "a running balance")
        choice.amount, choice.balance = a, b
        rest = [i for i in numeric if i not in (a, b)]
        for i in rest:
            plan.set(i, Role.IGNORE, 0.6, "another number column")
        return
    # Two columns never filled on the same row: money out and money in.
    for x in numeric:
        for y in numeric:
            if x >= y:
                continue
            pairs = [(u is not None, v is not None) for u, v in zip(cols[x], cols[y], strict=False)
                     if u is not None or v is not None]
            if len(pairs) >= 2 and all(u != v for u, v in pairs) and any(u for u, _ in pairs) \
                    and any(v for _, v in pairs):
                debit, credit = x, y
                confidence = 0.75
                why = "never filled on the same row as the other: money out first, money in second (the usual order)"
                combined = [None if u is None and v is None else abs(v or 0) - abs(u or 0)
                            for u, v in zip(cols[x], cols[y], strict=False)]
                for b in numeric:
                    if b in (x, y):
                        continue
                    fit = chain_fit(combined, cols[b])
                    if fit.checked >= 2 and fit.score >= 0.8:
                        plan.set(b, Role.BALANCE, 0.9, "a running balance")
                        choice.balance = b
                        confidence = 0.9
                        if fit.sign < 0:
                            debit, credit = y, x
                        why = "never filled on the same row as the other; the running balance says which is money in"
                        break
                plan.set(debit, Role.DEBIT, confidence, why)
                plan.set(credit, Role.CREDIT, confidence, why)
                for i in numeric:
                    if i not in (x, y) and i != choice.balance:
                        plan.set(i, Role.IGNORE, 0.6, "another number column")
                choice.debit, choice.credit = debit, credit
                choice.confidence = confidence
                return
    # Otherwise the signed one, or the first.
    signed = [i for i in numeric if any(v is not None and v < 0 for v in cols[i])]
    pick = (signed or numeric)[0]
    plan.set(pick, Role.AMOUNT, 0.7, "the number column with signed values" if signed else "the only number column")
    choice.amount = pick
    choice.confidence = 0.75
