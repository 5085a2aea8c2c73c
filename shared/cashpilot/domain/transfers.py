"""Internal transfers: the business moving its own money between its own accounts.

Such a move shows up twice, -500.00 on the current account and +500.00 on the savings account, on the
same day or a few days apart (weekends, bank processing). Counted as income and spending it would inflate
both, so the caller marks confident pairs as transfers and leaves the rest alone.

Confidence scale (0..1; the caller treats >= 0.6 as a transfer). It is the date gap's base plus the
description evidence's bonus, capped at 0.99:

    evidence                                           0 days  1 day  2 days  3 days  4 days
    corroborated: names the other account AND carries    0.98   0.93    0.83    0.78    0.73
      transfer wording (or both sides name each other)
    strong: names the other account (last 4 digits or    0.95   0.90    0.80    0.75    0.70
      name), explicitly internal wording (Umbuchung,
      Übertrag, virement interne, own account, ...),
      or transfer wording on both sides
    weak: transfer wording on one side only              0.55   0.50    0.40    0.35    0.30
    none: the amounts merely coincide                    0.50   0.45    0.35    0.30    0.25
    contradicted: a description names another of the     0.30   0.25    0.15    0.10    0.05
      business's accounts, not this pair's

Gaps beyond 4 days (only with a larger max_days) keep losing 0.05 a day, down to a floor of 0.05.

Why one-sided "transfer" is weak: banks call every outgoing payment a transfer ("TRANSFER TO ACME LTD"),
so a customer paying 500.00 into one account on the day a supplier is paid 500.00 from another must not
reach 0.6 on that word alone. Known limit: a same-day coincidence where BOTH banks say "transfer" (an
incoming "TRANSFER FROM ACME" and an outgoing "TRANSFER TO BOB") still scores as strong; only the
account hints (last 4 digits, names) can tell those apart, so callers should pass them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

__all__ = ["AccountHint", "TransferCandidate", "TransferPair", "pair_transfers"]


@dataclass(frozen=True)
class TransferCandidate:
    id: Any
    account_id: Any
    date: date
    amount: Decimal  # signed: negative leaves the account, positive arrives
    currency: str
    description: str


@dataclass(frozen=True)
class TransferPair:
    outflow_id: Any
    inflow_id: Any
    days_apart: int
    confidence: float  # 0..1, see the module docstring for the scale
    evidence: str  # human text


@dataclass(frozen=True)
class AccountHint:
    """What we know about one of the business's accounts, to recognise a description mentioning it."""

    account_id: Any
    name: str
    last4: str | None


# Evidence levels, best first when ranking.
_CORROBORATED, _STRONG, _WEAK, _NONE, _CONTRADICTED = 4, 3, 2, 1, 0
_BONUS = {_CORROBORATED: 0.48, _STRONG: 0.45, _WEAK: 0.05, _NONE: 0.0, _CONTRADICTED: -0.20}
_GAP_BASE = (0.50, 0.45, 0.35, 0.30, 0.25)
_ZERO = Decimal(0)

# Generic words: banks use them for payments to third parties too, so one side alone proves little.
# Matched on the normalised text (casefolded, accents stripped, punctuation as spaces).
_GENERIC_WORDING = re.compile(
    r"\b(?:transfer\w*|trf|tfr|xfer|trnsfr|virement\w*|bonifico|transferencia|overboeking|overschrijving)\b"
)
# Words that only ever describe moving money between one's own accounts. German compounds
# (Kontoübertrag, Sparumbuchung) are why the first two are substrings rather than whole words.
_INTERNAL_WORDING = re.compile(
    r"umbuchung|u(?:e)?bertrag|\bvirements? intern|\bgiroconto\b|\btraspaso\b|\bown (?:account|acct)"
    r"|\binternal (?:transfer|tfr|trf|xfer)|\bbetween (?:own )?(?:accounts|accts)\b|\beigene[nrs]? kont"
    r"|\bentre (?:mes |nos )?comptes\b|\bcompte a compte\b|\bsweep\b"
)
# Words in account names that say nothing about which account it is ("Business Savings Account").
_GENERIC_NAME_WORDS = frozenset(
    "account accounts acct acc a c ac konto compte cuenta conto rekening business geschaft the my our bank".split()  # noqa: SIM905
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def _normalise(text: str) -> str:
    # padded with spaces so whole-phrase matching is a plain substring test
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " " + " ".join(_NON_ALNUM.sub(" ", folded).split()) + " "


def _raw_fold(text: str) -> str:
    # the last-4 patterns need the punctuation (masks such as ****5678, dates such as 05.01.2026)
    return text.casefold()


def _last4_pattern(last4: str) -> re.Pattern[str]:
    d = re.escape(last4)
    return re.compile(
        # masked: XXXX5678, ****5678, ...5678, ending in 5678
        rf"(?:[x*•#.]{{2,}}\s?|ending\s+(?:in\s+)?){d}(?!\d)"
        # the tail of a full account number or IBAN
        rf"|\d{{2,}}{d}(?!\d)"
        # a bare group only after an account word: store numbers and references ("TESCO STORES 5678")
        # are far more common than bare account endings
        rf"|\b(?:to|from|acct|account|a/c|konto|kto|compte|cpt|sav|savings|chk|checking|chq|current|nr|no)\W{{0,3}}{d}(?!\d)"
    )


@dataclass(frozen=True)
class _AccountMatcher:
    account_id: Any
    label: str
    last4: re.Pattern[str] | None
    name_phrase: str | None  # normalised, space padded


def _matchers(accounts: Sequence[AccountHint]) -> list[_AccountMatcher]:
    out = []
    for hint in accounts:
        digits = "".join(ch for ch in (hint.last4 or "") if ch.isdigit())[-4:]
        words = [w for w in _normalise(hint.name or "").split() if w not in _GENERIC_NAME_WORDS]
        phrase = " ".join(words)
        # a 1-2 letter remnant ("A", "EU") would be found in half the descriptions
        name_phrase = f" {phrase} " if len(phrase) >= 3 else None
        label = (hint.name or "").strip() or str(hint.account_id)
        if len(digits) == 4:
            label += f" (…{digits})"
        out.append(
            _AccountMatcher(hint.account_id, label, _last4_pattern(digits) if len(digits) == 4 else None, name_phrase)
        )
    return out


@dataclass(frozen=True)
class _Features:
    generic: bool
    internal: bool
    mentions: frozenset  # account ids of the business's accounts that the description names


def _features(description: str, matchers: Sequence[_AccountMatcher], cache: dict[str, _Features]) -> _Features:
    found = cache.get(description)
    if found is None:
        norm = _normalise(description or "")  # a database row may carry no description at all
        raw = _raw_fold(description or "")
        mentions = frozenset(
            m.account_id
            for m in matchers
            if (m.last4 is not None and m.last4.search(raw)) or (m.name_phrase is not None and m.name_phrase in norm)
        )
        found = _Features(bool(_GENERIC_WORDING.search(norm)), bool(_INTERNAL_WORDING.search(norm)), mentions)
        cache[description] = found
    return found


def _gap_base(days: int) -> float:
    if days < len(_GAP_BASE):
        return _GAP_BASE[days]
    return max(0.05, _GAP_BASE[-1] - 0.05 * (days - len(_GAP_BASE) + 1))


def _assess(
    out_account: Any, in_account: Any, fo: _Features, fi: _Features, labels: dict[Any, str]
) -> tuple[int, int, str]:
    """(evidence level, finer score within the level, human text) for an outflow/inflow pair."""
    names_in = in_account in fo.mentions  # "TRANSFER TO SAV XXXX5678" on the outflow
    names_out = out_account in fi.mentions  # "TRANSFER FROM CHK XXXX1234" on the inflow
    # naming a third account of the business is evidence against this pairing
    stray_out = fo.mentions - {out_account, in_account}
    stray_in = fi.mentions - {out_account, in_account}
    contradicted = (stray_out and not names_in) or (stray_in and not names_out)
    wording_sides = (fo.generic or fo.internal) + (fi.generic or fi.internal)
    internal = fo.internal or fi.internal
    mentions = names_in + names_out

    notes = []
    if names_in:
        notes.append(f"the outflow names the receiving account {labels[in_account]}")
    if names_out:
        notes.append(f"the inflow names the sending account {labels[out_account]}")
    if internal:
        notes.append("internal-transfer wording")
    elif wording_sides == 2:
        notes.append("transfer wording on both sides")
    elif wording_sides == 1:
        notes.append("transfer wording on one side only")

    if contradicted:
        level = _CONTRADICTED
        stray = sorted(labels[a] for a in (set() if names_in else stray_out) | (set() if names_out else stray_in))
        notes.append(f"but a description names another account of the business: {', '.join(stray)}")
    elif mentions == 2 or (mentions and wording_sides):
        level = _CORROBORATED
    elif mentions or internal or wording_sides == 2:
        level = _STRONG
    elif wording_sides == 1:
        level = _WEAK
    else:
        level = _NONE
        notes.append("no supporting description, the amounts merely coincide")
    return level, 4 * mentions + 2 * internal + wording_sides, "; ".join(notes)


def _confidence(level: int, gap: int) -> float:
    return round(min(0.99, max(0.0, _gap_base(gap) + _BONUS[level])), 2)


def _days_text(days: int) -> str:
    return "same day" if days == 0 else ("1 day apart" if days == 1 else f"{days} days apart")


def _by_date_then_id(members: list[int], candidates: Sequence[TransferCandidate]) -> list[int]:
    try:
        return sorted(members, key=lambda i: (candidates[i].date, candidates[i].id))
    except TypeError:  # ids of mixed types: any fixed total order will do
        return sorted(members, key=lambda i: (candidates[i].date, type(candidates[i].id).__qualname__,
                                              str(candidates[i].id)))


class _Evidence:
    """Description features and pair assessments, each worked out once per distinct description or
    combination: the inner loop then costs a dictionary look-up per possible pair."""

    def __init__(self, candidates: Sequence[TransferCandidate], accounts: Sequence[AccountHint]):
        self._candidates = candidates
        self._matchers = _matchers(accounts)
        self._labels = {m.account_id: m.label for m in self._matchers}
        self._by_text: dict[str, _Features] = {}
        self._kind_of_text: dict[str, int] = {}
        self._kinds: dict[_Features, int] = {}
        self._features: list[_Features] = []
        self._assessed: dict[tuple[int, int, Any, Any], tuple[int, int, str]] = {}

    def kind(self, index: int) -> int:
        """A small int naming the candidate's description features (few distinct values in practice)."""
        text = self._candidates[index].description
        kind = self._kind_of_text.get(text)
        if kind is None:
            features = _features(text, self._matchers, self._by_text)
            kind = self._kinds.get(features)
            if kind is None:
                kind = self._kinds[features] = len(self._features)
                self._features.append(features)
            self._kind_of_text[text] = kind
        return kind

    def assess(self, out_kind: int, in_kind: int, out_account: Any, in_account: Any) -> tuple[int, int, str]:
        key = (out_kind, in_kind, out_account, in_account)
        found = self._assessed.get(key)
        if found is None:
            found = self._assessed[key] = _assess(
                out_account, in_account, self._features[out_kind], self._features[in_kind], self._labels
            )
        return found


def _pair_bucket(
    outs: list[int], ins: list[int], candidates: Sequence[TransferCandidate], evidence: _Evidence, max_days: int
) -> list[tuple[int, int, int, int, str]]:
    """Greedy pairing inside one (currency, magnitude) bucket: (out, in, level, gap, text) per pair.

    Buckets never share a transaction, so greedy per bucket gives exactly the global greedy's pairs."""
    if len(outs) == 1 and len(ins) == 1:  # by far the common case: nothing competes
        o, i = outs[0], ins[0]
        out, inc = candidates[o], candidates[i]
        gap = abs((inc.date - out.date).days)
        if gap > max_days or out.account_id == inc.account_id:
            return []
        level, _score, text = evidence.assess(evidence.kind(o), evidence.kind(i), out.account_id, inc.account_id)
        return [(o, i, level, gap, text)]

    # Ranks in (date, id) order serve both as the final tie-break and as the options' compact handles,
    # so the options sort as plain tuples of ints.
    order = _by_date_then_id(outs + ins, candidates)
    in_ranks = [r for r, idx in enumerate(order) if candidates[idx].amount > 0]  # date-sorted already
    in_days = [candidates[order[r]].date.toordinal() for r in in_ranks]
    in_accounts = [candidates[order[r]].account_id for r in in_ranks]
    in_kinds: list[int | None] = [None] * len(in_ranks)
    options = []
    for r_out, o in enumerate(order):
        out = candidates[o]
        if out.amount > 0:
            continue
        day, account, out_kind = out.date.toordinal(), out.account_id, evidence.kind(o)
        for k in range(bisect_left(in_days, day - max_days), bisect_right(in_days, day + max_days)):
            in_account = in_accounts[k]
            if in_account == account:
                continue
            in_kind = in_kinds[k]
            if in_kind is None:
                in_kind = in_kinds[k] = evidence.kind(order[in_ranks[k]])
            level, score, _text = evidence.assess(out_kind, in_kind, account, in_account)
            options.append((-level, -score, abs(in_days[k] - day), r_out, in_ranks[k]))
    options.sort()

    used: set[int] = set()
    pairs = []
    for neg_level, _score, gap, r_out, r_in in options:
        if r_out not in used and r_in not in used:
            used.add(r_out)
            used.add(r_in)
            o, i = order[r_out], order[r_in]
            text = evidence.assess(evidence.kind(o), evidence.kind(i), candidates[o].account_id,
                                   candidates[i].account_id)[2]
            pairs.append((o, i, -neg_level, gap, text))
    return pairs


def pair_transfers(
    candidates: Sequence[TransferCandidate], *, accounts: Sequence[AccountHint] = (), max_days: int = 4
) -> list[TransferPair]:
    """Pair outflows with inflows that look like the same money moving between two of the business's accounts.

    A pair needs exactly opposite amounts, the same currency, different accounts and dates at most max_days
    apart (either order: the receiving bank may book first). Each transaction joins at most one pair.
    Competing pairs are settled by a greedy pass over all possible pairs ranked by: description evidence
    (naming the other account, then transfer wording), then the smallest date gap, then the outflow's and
    the inflow's (date, id). The result therefore does not depend on the input order; ids must be unique.
    Every pair comes back with its confidence (see the module docstring), most confident first, then by the
    outflow's (date, id): the caller decides where to cut.

    Cost: linear in the candidates plus, per (currency, amount) bucket, the outflow/inflow combinations
    within max_days of each other. Real statements have few of those; thousands of identical amounts
    flowing both ways between accounts every day would make it quadratic in that bucket's daily volume.
    """
    if max_days < 0:
        raise ValueError("max_days must not be negative")

    # Only members of one (currency, magnitude) bucket can pair. Most amounts occur on one side only, so
    # those are set aside first with set look-ups (a Decimal caches its hash; a negated one must hash anew,
    # hence negating only the smaller side).
    amounts = [c.amount for c in candidates]
    inflows = {a for a in amounts if a > _ZERO}
    outflows = {a for a in amounts if a < _ZERO}
    if len(outflows) <= len(inflows):
        paired_out = {a for a in outflows if -a in inflows}
        paired_in = {-a for a in paired_out}
    else:
        paired_in = {a for a in inflows if -a in outflows}
        paired_out = {-a for a in paired_in}
    currencies: dict[str, str] = {}
    buckets: dict[tuple[str, Decimal], tuple[list[int], list[int]]] = {}
    for i, amount in enumerate(amounts):
        if amount in paired_in:
            side, magnitude = 1, amount
        elif amount in paired_out:
            side, magnitude = 0, -amount
        else:
            continue
        raw = candidates[i].currency
        currency = currencies.get(raw)
        if currency is None:
            currency = currencies[raw] = raw.strip().upper()
        bucket = buckets.get((currency, magnitude))
        if bucket is None:
            bucket = buckets[(currency, magnitude)] = ([], [])
        bucket[side].append(i)
    members = [i for outs, ins in buckets.values() if outs and ins for i in outs + ins]
    if len({candidates[i].id for i in members}) != len(members):
        raise ValueError("candidate ids must be unique")

    evidence = _Evidence(candidates, accounts)
    found = []
    for outs, ins in buckets.values():
        if outs and ins:
            found.extend(_pair_bucket(outs, ins, candidates, evidence, max_days))
    if not found:
        return []

    rank = {idx: r for r, idx in enumerate(_by_date_then_id([p[0] for p in found], candidates))}
    pairs = []
    for o, i, level, gap, text in found:
        out = candidates[o]
        confidence = _confidence(level, gap)
        amount = f"{abs(out.amount):.2f} {currencies[out.currency]}"
        pair = TransferPair(out.id, candidates[i].id, gap, confidence, f"{amount}, {_days_text(gap)}; {text}")
        pairs.append((-confidence, rank[o], pair))
    pairs.sort(key=lambda x: (x[0], x[1]))
    return [p for _, _, p in pairs]
