"""Recurring-series detection: rent, payroll, loan repayments, subscriptions, retainers.

`detect_series` looks at the transactions of ONE counterparty in ONE direction (the caller groups
them) and returns the repeating flows it can prove, each with the calendar rule it follows, its
typical amount, the date the next payment is expected and whether the series has stopped.

How it works, in order:

1. Amount clusters. Payments of one series have similar amounts, so the group is split by amount
   first (single linkage on sorted magnitudes, 25 % apart at most: a yearly rent rise, a SaaS price
   change or a utility's ±20 % usage stay in one cluster because neighbours chain). Timing is then
   read per cluster, which keeps a monthly subscription and a yearly licence to the same supplier
   apart.
2. Candidate schedules. For each cadence the gaps between payments say whether it is plausible at
   all; a vote over the calendar phase (weekday, day of month, month of the quarter...) proposes a
   rule, each vote smeared over the 0-3 business days banks take to post.
3. Matching. The rule's due dates are walked slot by slot; each slot takes at most one payment from
   a window around its date (the closest in date, then in amount), so an extra payment in a period
   is simply not a member, and a missed slot is a hole. Two missed slots in a row end the series.
4. Refit. The day rule is re-chosen on the latest members (exact day, weekend roll, last or first
   business day) under a posting-lag cost: 0-3 business days late is normal, early or later is
   expensive. The rule therefore names the date a payment is due, not the day it usually lands.
5. Proof. A candidate needs enough members, few holes, and consistent amounts, and it must be far
   more likely than chance: a log-likelihood ratio against random arrivals at the cluster's own
   density (a café visited three times a week fits any weekly schedule; its busyness gives it
   away), and lags that bunch at 0-1 days rather than spreading over the window (fuel bought
   every 4-12 days drifts through every weekday). Of the cadences that pass, the likeliest wins;
   its members are removed and the cluster is searched again for another series.
6. Fixed prices in busy groups. What is left of a cluster is searched once more per repeated
   identical amount, judged against same-sized traffic only: a subscription charged by a merchant
   that also sells irregularly (Amazon Prime among Amazon purchases).

Day-rule vocabulary (`Series.day_rule`), stable; D is 1..30 or "last" (the month's last calendar
day; a day beyond a short month's end is clamped to that end):

    weekday:MON .. weekday:SUN           weekly, biweekly: the weekday it is due
    day_of_month:D                       the same calendar day, weekends included (card charges)
    day_of_month:D:following             ... moved to the next business day when it falls on a weekend
    day_of_month:D:preceding             ... moved to the previous business day (payroll, rent paid early)
    day_of_month:D:nearest               ... Saturday to Friday, Sunday to Monday
    last_business_day                    the month's last Monday-Friday
    first_business_day                   the month's first Monday-Friday
    semi_monthly:D1,D2[:roll]            semi_monthly: two days per month, e.g. semi_monthly:1,15 or
                                         semi_monthly:15,last:preceding; roll as above

The month rules also serve quarterly and yearly series: they apply in the month of `first_date` and
every 3rd or 12th month from it. "Business day" means Monday to Friday: no holiday calendar is
known here, so a holiday shows up as posting lag, which the tolerances absorb. `None` is reserved
for a series with no calendar rule; the current detector always names one.
"""

from __future__ import annotations

import calendar
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from itertools import pairwise
from typing import Any

WEEKLY = "weekly"
BIWEEKLY = "biweekly"
SEMI_MONTHLY = "semi_monthly"
MONTHLY = "monthly"
QUARTERLY = "quarterly"
YEARLY = "yearly"
CADENCES = (WEEKLY, BIWEEKLY, SEMI_MONTHLY, MONTHLY, QUARTERLY, YEARLY)

FOLLOWING = "following"
PRECEDING = "preceding"
NEAREST = "nearest"

_CENT = Decimal("0.01")
# 1.4826 x MAD estimates a standard deviation without letting one outlier inflate it.
_MAD_TO_SIGMA = Decimal("1.4826")
_WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")

# Amount clustering: relative distance between neighbouring magnitudes.
_WIDE = 0.25


@dataclass(frozen=True)
class Occurrence:
    id: Any
    date: date
    amount: Decimal  # signed


@dataclass(frozen=True)
class Series:
    cadence: str
    day_rule: str | None
    expected_amount: Decimal  # signed, 2 dp: median of the current amount regime
    amount_spread: Decimal  # >= 0, 2 dp: 1.4826 x median absolute deviation
    first_date: date
    last_date: date
    next_date: date
    occurrences: tuple[Any, ...]  # member ids in date order
    stopped: bool
    confidence: float  # 0..1


@dataclass(frozen=True, slots=True)
class _Cadence:
    name: str
    step: int  # days for weekly/biweekly, months for the month rules, 0 for semi-monthly
    early: int  # a slot accepts payments this many days before its date...
    late: int  # ... and this many after (posting lag, weekend, holiday)
    gap_lo: int  # the gap between two consecutive payments that suggests this cadence
    gap_hi: int
    max_timing_mad: float  # days
    period: float  # nominal days between payments
    grace: int  # days past next_date before a series counts as stopped
    order: int


_CAD = {
    # name: step, early, late (business days), gap_lo, gap_hi, max_timing_mad, period, grace, order
    WEEKLY: _Cadence(WEEKLY, 7, 1, 3, 3, 11, 1.0, 7.0, 4, 0),
    BIWEEKLY: _Cadence(BIWEEKLY, 14, 2, 4, 8, 20, 1.5, 14.0, 6, 1),
    SEMI_MONTHLY: _Cadence(SEMI_MONTHLY, 0, 3, 4, 6, 24, 1.5, 15.2, 7, 2),
    MONTHLY: _Cadence(MONTHLY, 1, 3, 5, 20, 39, 1.5, 30.4, 10, 3),
    QUARTERLY: _Cadence(QUARTERLY, 3, 5, 8, 76, 105, 2.5, 91.3, 20, 4),
    YEARLY: _Cadence(YEARLY, 12, 7, 10, 348, 383, 3.5, 365.25, 30, 5),
}
# Days past `next_date` before a series counts as stopped: posting lag and a late payment are normal.
GRACE_DAYS = {name: cad.grace for name, cad in _CAD.items()}
# Whole days that always reach from one due date to the next of each cadence.
PERIOD_DAYS = {name: math.ceil(cad.period) for name, cad in _CAD.items()}
# Weight of a vote for a phase p from a payment posted j days after p (index j + 1): posting is
# usually 0-3 days late, sometimes a day early.
_VOTE = (0.5, 1.0, 0.9, 0.8, 0.7)


def detect_series(occurrences: Sequence[Occurrence], *, today: date) -> list[Series]:
    """Recurring series among one counterparty's payments in one direction, by first date.

    Payments that belong to no series (one-offs, irregular purchases) are simply not members of any.
    """
    outgoing: list[Occurrence] = []
    incoming: list[Occurrence] = []
    for o in occurrences:
        # The caller groups by sign; a stray zero or opposite sign must not mix into a series.
        if o.amount < 0:
            outgoing.append(o)
        elif o.amount > 0:
            incoming.append(o)
    found: list[Series] = []
    for part in (outgoing, incoming):
        if len(part) >= 2:
            found.extend(_detect_one_sign(part, today))
    found.sort(key=lambda s: (s.first_date, _CAD[s.cadence].order))
    return found


# --- calendar arithmetic on ordinals (date.toordinal(): Monday has ordinal % 7 == 1) ---------------

_MONTHS: dict[int, tuple[int, int, int]] = {}


def _month(mi: int) -> tuple[int, int, int]:
    """(ordinal of the 1st, number of days, weekday of the 1st) of month index year * 12 + month - 1."""
    info = _MONTHS.get(mi)
    if info is None:
        year, m0 = divmod(mi, 12)
        first = date(year, m0 + 1, 1).toordinal()
        info = (first, calendar.monthrange(year, m0 + 1)[1], (first + 6) % 7)
        _MONTHS[mi] = info
    return info


def _roll(o: int, wd: int, roll: str | None) -> int:
    if wd < 5 or roll is None:
        return o
    if roll == FOLLOWING:
        return o + 7 - wd
    if roll == PRECEDING:
        return o - (wd - 4)
    return o - 1 if wd == 5 else o + 1


def _weekday(o: int) -> int:
    return (o + 6) % 7


# DOM: a day of the month (31 = last); LBD/FBD: last/first business day; SEMI: two days a month;
# INTERVAL: a fixed number of days from an anchor (weekly, biweekly).
_DOM, _LBD, _FBD, _SEMI, _INTERVAL = range(5)


class _Rule:
    __slots__ = ("a", "b", "kind", "phase", "roll", "step")

    def __init__(self, kind: int, step: int, *, a: int = 0, b: int = 0, phase: int = 0,
                 roll: str | None = None) -> None:
        self.kind = kind
        self.step = step
        self.a = a  # day of month, first day (semi), or anchor ordinal (interval)
        self.b = b  # second day (semi)
        self.phase = phase  # month offset: slot k falls in month index k * step + phase
        self.roll = roll

    def at(self, k: int) -> int:
        """Ordinal of slot k's due date."""
        kind = self.kind
        if kind == _INTERVAL:
            return self.a + self.step * k
        if kind == _SEMI:
            mi, half = divmod(k, 2)
            day = self.b if half else self.a
        else:
            mi = k * self.step + self.phase
            day = self.a
        first, nd, wd1 = _month(mi)
        if kind == _LBD:
            wd = (wd1 + nd - 1) % 7
            return first + nd - 1 - (wd - 4 if wd >= 5 else 0)
        if kind == _FBD:
            return first + (7 - wd1 if wd1 >= 5 else 0)
        d = day if day < nd else nd
        return _roll(first + d - 1, (wd1 + d - 1) % 7, self.roll)

    def dues(self, k0: int, k1: int) -> list[int]:
        """Due dates of slots k0..k1."""
        if self.kind == _INTERVAL:
            return list(range(self.a + self.step * k0, self.a + self.step * k1 + 1, self.step))
        at = self.at
        return [at(k) for k in range(k0, k1 + 1)]

    def key(self) -> tuple:
        return (self.kind, self.a, self.b, self.phase, self.roll)

    def slot_of(self, it: _Item) -> int:
        """A slot at or just before the item; the caller scans one slot either side."""
        if self.kind == _INTERVAL:
            return (it.t - self.a) // self.step
        if self.kind == _SEMI:
            return 2 * it.mi + (1 if it.day >= (self.a + self.b) // 2 else 0)
        return (it.mi - self.phase) // self.step

    def label(self) -> str:
        if self.kind == _INTERVAL:
            return f"weekday:{_WEEKDAYS[_weekday(self.a)]}"
        if self.kind == _LBD:
            return "last_business_day"
        if self.kind == _FBD:
            return "first_business_day"
        suffix = f":{self.roll}" if self.roll else ""
        if self.kind == _SEMI:
            return f"semi_monthly:{_day_label(self.a)},{_day_label(self.b)}{suffix}"
        return f"day_of_month:{_day_label(self.a)}{suffix}"

    def with_(self, kind: int | None = None, **changes: Any) -> _Rule:
        fields = {"a": self.a, "b": self.b, "phase": self.phase, "roll": self.roll}
        fields.update(changes)
        return _Rule(self.kind if kind is None else kind, self.step, **fields)


def _day_label(day: int) -> str:
    return "last" if day >= 31 else str(day)


def _canonical(rule: _Rule) -> _Rule:
    # Two spellings of the same dates: keep the one people use.
    if rule.kind == _DOM and rule.a >= 31 and rule.roll == PRECEDING:
        return _Rule(_LBD, rule.step, phase=rule.phase)
    if rule.kind == _DOM and rule.a == 1 and rule.roll == FOLLOWING:
        return _Rule(_FBD, rule.step, phase=rule.phase)
    return rule


# Posting lag is counted in business days: a transfer due on a Wednesday and booked three working
# days later arrives on Monday, five calendar days on. _LAG[wd][r]: the lag of a payment r calendar
# days after a due date falling on weekday wd, i.e. r less the weekend days strictly in between
# (a card charge on the weekend itself keeps its calendar lag).
_MAX_R = 40
_LAG = [[r - sum(1 for x in range(1, r) if (wd + x) % 7 >= 5) for r in range(_MAX_R + 1)] for wd in range(7)]
# _LATE_END[wd][n]: the last calendar day (offset) whose lag is at most n business days.
_LATE_END = [[max(r for r in range(_MAX_R + 1) if _LAG[wd][r] <= n) for n in range(16)] for wd in range(7)]
_LATE_ENDS = [tuple(_LATE_END[wd][n] for wd in range(7)) for n in range(16)]  # [n][wd]


def _tcost(r: int) -> float:
    """Cost of a payment posted r business days after its due date: banks post 0-3 days late."""
    if r < 0:
        return -1.2 * r
    if r <= 3:
        return 0.15 * r
    return r - 2.55


_TCOST = tuple(_tcost(r) for r in range(-10, _MAX_R + 1))  # _tcost(r) at index r + 10


# --- items and clusters ----------------------------------------------------------------------------

class _Item:
    __slots__ = ("amount", "date", "day", "id", "log_mag", "mag", "mi", "seq", "t")

    def __init__(self, seq: int, o: Occurrence) -> None:
        self.seq = seq
        self.id = o.id
        self.date = o.date
        self.t = o.date.toordinal()
        self.mi = o.date.year * 12 + o.date.month - 1
        self.day = o.date.day
        self.amount = o.amount
        # A float magnitude only for unitless similarity ratios; every amount reported is Decimal.
        self.mag = float(abs(o.amount))
        self.log_mag = math.log(self.mag)


def _cluster(items: list[_Item], tol: float) -> list[list[_Item]]:
    by_size = sorted(items, key=lambda it: it.mag)
    clusters: list[list[_Item]] = []
    current = [by_size[0]]
    for prev, it in pairwise(by_size):
        if it.mag <= prev.mag * (1.0 + tol):
            current.append(it)
        else:
            clusters.append(current)
            current = [it]
    clusters.append(current)
    for c in clusters:
        c.sort(key=lambda it: (it.t, it.seq))
    return clusters


def _detect_one_sign(occurrences: list[Occurrence], today: date) -> list[Series]:
    items = [_Item(i, o) for i, o in enumerate(occurrences)]
    found: list[_Candidate] = []
    for cluster in _cluster(items, _WIDE):
        if len(cluster) < 2:
            continue
        series, rest = _extract(cluster, cluster, fallback=False)
        found.extend(series)
        if len(rest) >= 3:
            # A fixed-price subscription among irregular purchases at the same merchant: look at
            # repeated identical amounts, judged against the same-sized traffic around them.
            by_amount: dict[Decimal, list[_Item]] = {}
            for it in rest:
                by_amount.setdefault(it.amount, []).append(it)
            for same in by_amount.values():
                # A fixed price that is most of the leftovers was already judged as the cluster.
                if 3 <= len(same) <= len(rest) // 2:
                    found.extend(_extract(same, rest, fallback=True)[0])
    pairs = [c for c in found if len(c.members) == 2]
    if pairs:
        # Two payments a year apart are believable only from a counterparty that is otherwise quiet
        # at that size: at a shop with dozens of purchases of every size, two of them a year apart
        # will match by chance. Amount clusters are too narrow to see that, so look at the group.
        explained = {id(it) for c in found for it in c.members}
        unexplained = [it for it in items if id(it) not in explained]
        for c in pairs:
            lo, hi = c.members[0].t - 365, c.members[-1].t + 365
            size = c.members[0].mag
            similar = sum(1 for it in unexplained if lo <= it.t <= hi and size / 2 <= it.mag <= size * 2)
            if similar > 1:
                found.remove(c)
    return [_to_series(c, today) for c in found]


# --- candidates ------------------------------------------------------------------------------------

class _Candidate:
    __slots__ = ("cadence", "extras", "llr", "members", "misses", "residuals", "rule", "slots", "timing_mad")

    def __init__(self, cadence: _Cadence, rule: _Rule, slots: list[int], members: list[_Item],
                 residuals: list[int], misses: int, extras: int, timing_mad: float, llr: float) -> None:
        self.cadence = cadence
        self.rule = rule
        self.slots = slots
        self.members = members
        self.residuals = residuals
        self.misses = misses
        self.extras = extras
        self.timing_mad = timing_mad
        self.llr = llr


def _extract(cluster: list[_Item], context: list[_Item], *, fallback: bool) -> tuple[list[_Candidate], list[_Item]]:
    """Series found in `cluster`, best first, and the payments left over.

    `context` is the traffic a candidate is judged against: the cluster itself, or in the fallback
    the wide cluster the identical amounts were picked from.
    """
    own_context = context is cluster
    remaining = cluster
    found: list[_Candidate] = []
    while len(remaining) >= 2:
        background = remaining if own_context else context
        best: _Candidate | None = None
        ts = [it.t for it in remaining]
        for cad in _plausible(ts):
            if cad.step >= 3 and best is not None and 5 * len(best.members) >= 3 * len(remaining):
                # Most of the cluster is explained already by a frequent cadence; quarterly and
                # yearly get their turn on what is left in the next round. (Biweekly, semi-monthly
                # and monthly must compete: their gaps overlap.)
                break
            rule = _initial_rule(cad, remaining)
            cand = None if rule is None else _evaluate(cad, rule, remaining, ts, background, fallback)
            if cand is not None and (best is None or cand.llr > best.llr):
                best = cand
        if best is None:
            break
        found.append(best)
        taken = {id(it) for it in best.members}
        remaining = [it for it in remaining if id(it) not in taken]
        if not own_context:
            context = [it for it in context if id(it) not in taken]
    return found, remaining


def _plausible(all_ts: list[int]) -> list[_Cadence]:
    """Cadences whose step shows in the gaps (directly or across one extra payment) at least twice
    and in a fifth of them: a series among more than four times its number of unrelated payments of
    the same size could not be told from them anyway."""
    ts = sorted(set(all_ts))
    if len(ts) < 2:
        return []
    gaps = [b - a for a, b in pairwise(ts)]
    out = []
    for cad in _CAD.values():
        if cad.name == YEARLY:
            # Payments a year apart need not be neighbours; the span is the only quick test. Among
            # 150 payments of a size (dozens a year) a yearly one could not be proven anyway.
            if ts[-1] - ts[0] >= cad.gap_lo and len(all_ts) <= 150:
                out.append(cad)
            continue
        if len(all_ts) < 3 or len(all_ts) * cad.period > 3 * (ts[-1] - ts[0] + 1):
            # More than three payments per period on average: each slot would come with two
            # unexplained ones, a likelihood ratio no regularity can win back.
            continue
        lo, hi = cad.gap_lo, cad.gap_hi
        need = max(2, len(gaps) // 5)
        support = 0
        prev = 0
        for g in gaps:
            if lo <= g <= hi or (prev and prev < lo and lo <= prev + g <= hi):
                support += 1
                if support >= need:
                    out.append(cad)
                    break
            prev = g
    return out


def _smoothed(counts: list[float]) -> list[float]:
    """Votes for each phase p from payments posted at p-1..p+3, circular over len(counts)."""
    n = len(counts)
    c = counts[-1:] + counts + counts[:3]
    w0, w1, w2, w3, w4 = _VOTE
    return [w0 * c[p] + w1 * c[p + 1] + w2 * c[p + 2] + w3 * c[p + 3] + w4 * c[p + 4] for p in range(n)]


def _smoothed_argmax(counts: list[float], offset: int = 0) -> tuple[int, float]:
    scores = _smoothed(counts)
    best = max(range(len(scores)), key=scores.__getitem__)
    return best + offset, scores[best]


def _initial_rule(cad: _Cadence, items: list[_Item]) -> _Rule | None:
    """The rule the payments vote for; matching and refitting correct it from there."""
    name = cad.name
    if name in (WEEKLY, BIWEEKLY):
        period = cad.step
        counts = [0] * period
        for it in items:
            counts[it.t % period] += 1
        # Votes by business-day lag: a Friday payroll that mostly lands on Monday is still Friday's.
        best, best_score = 0, -1.0
        for p in range(period):
            lags = _LAG[(p + 6) % 7]
            score = 0.5 * counts[(p - 1) % period]
            for j in range(6):
                lag = lags[j]
                if lag <= 3:
                    score += _VOTE[lag + 1] * counts[(p + j) % period]
            if score > best_score:
                best, best_score = p, score
        return _Rule(_INTERVAL, period, a=best)
    if name in (MONTHLY, SEMI_MONTHLY):
        counts = [0.0] * 31
        for it in items:
            counts[it.day - 1] += 1
        scores = _smoothed(counts)
        d1 = max(range(31), key=scores.__getitem__) + 1
        if name == MONTHLY:
            return _Rule(_DOM, 1, a=d1)
        # The second day of a semi-monthly pair: the best-voted one about half a month away.
        far = [d for d in range(1, 32) if 12 <= min((d - d1) % 31, (d1 - d) % 31) <= 18]
        best = max(far, key=lambda d: scores[d - 1])
        lo, hi = sorted((d1, best))
        return _Rule(_SEMI, 0, a=lo, b=hi)
    if name == QUARTERLY:
        grid = [[0.0] * 31 for _ in range(3)]
        for it in items:
            grid[it.mi % 3][it.day - 1] += 1
        best_rule, best_score = None, -1.0
        for phase in range(3):
            d, score = _smoothed_argmax(grid[phase], 1)
            if score > best_score:
                best_rule, best_score = _Rule(_DOM, 3, a=d, phase=phase), score
        return best_rule
    # Yearly: anchor on the payments that have a partner about a year later.
    votes: dict[tuple[int, int], int] = {}
    j = 0
    n = len(items)
    for i, it in enumerate(items):
        j = max(j, i + 1)
        while j < n and items[j].t - it.t < cad.gap_lo:
            j += 1
        k = j
        while k < n and items[k].t - it.t <= cad.gap_hi:
            key = (it.mi % 12, it.day)
            votes[key] = votes.get(key, 0) + 1
            k += 1
    if not votes:
        return None
    (phase, day), _ = max(votes.items(), key=lambda kv: kv[1])
    return _Rule(_DOM, 12, a=day, phase=phase)


def _match(rule: _Rule, items: list[_Item], ts: list[int], cad: _Cadence) -> list[tuple[int, _Item, int]]:
    """(slot, payment, lag in business days) for every slot that has a payment in its window.

    `ts` holds the items' ordinals (items are in date order).
    """
    early, late = cad.early, cad.late
    ends = _LATE_ENDS[late]
    n = len(items)
    k0 = rule.slot_of(items[0]) - 1
    dues = rule.dues(k0, rule.slot_of(items[-1]) + 1)
    hits: list[tuple[int, _Item, int]] = []
    ambiguous = False
    i = 0
    for k, due in enumerate(dues, k0):
        i = bisect_left(ts, due - early, i)
        if i == n:
            break
        wd = (due + 6) % 7
        hi = due + ends[wd]
        if ts[i] > hi:
            continue
        row = _LAG[wd]
        r = ts[i] - due
        best_lag = r if r <= 0 else row[r]
        best = i
        j = i + 1
        while j < n and ts[j] <= hi:
            ambiguous = True
            r = ts[j] - due
            lag = r if r <= 0 else row[r]
            if _TCOST[lag + 10] < _TCOST[best_lag + 10]:
                best, best_lag = j, lag
            j += 1
        hits.append((k, items[best], best_lag))
    if not ambiguous or len(hits) < 3:
        return hits
    # Several payments competed for a slot: choose again, now also by closeness to the typical amount.
    ref = math.log(_median_float([h[1].mag for h in hits]))
    out = []
    i = 0
    for k, _, _ in hits:
        due = dues[k - k0]
        i = bisect_left(ts, due - early, i)
        wd = (due + 6) % 7
        hi = due + ends[wd]
        row = _LAG[wd]
        best = None
        best_cost = math.inf
        best_lag = 0
        j = i
        while j < n and ts[j] <= hi:
            it = items[j]
            r = ts[j] - due
            lag = r if r <= 0 else row[r]
            c = _TCOST[lag + 10] + 10.0 * abs(it.log_mag - ref)
            if c < best_cost:
                best, best_cost, best_lag = it, c, lag
            j += 1
        out.append((k, best, best_lag))
    return out


def _best_segment(hits: list[tuple[int, _Item, int]]) -> list[tuple[int, _Item, int]]:
    """The longest run of hits with no two consecutive missed slots (the latest on a tie)."""
    best: list[tuple[int, _Item, int]] = []
    start = 0
    for idx in range(1, len(hits) + 1):
        if idx == len(hits) or hits[idx][0] - hits[idx - 1][0] > 2:
            if idx - start >= len(best):
                best = hits[start:idx]
            start = idx
    return best


def _cost(due: int, t: int) -> float:
    r = t - due
    if r <= 0:
        return -1.2 * r
    if r <= _MAX_R:
        return _TCOST[_LAG[(due + 6) % 7][r] + 10]
    return _tcost(r - 2 * (r // 7))


_ROLLS = (None, FOLLOWING, PRECEDING, NEAREST)
_NEAR = (0, -3, 3, -2, 2, -1, 1)  # days tried around the voted one, nearest last so it wins ties


def _refit(rule: _Rule, seg: list[tuple[int, _Item, int]]) -> _Rule:
    """The rule that best explains the members' dates under the posting-lag cost.

    Fitted on the latest two years or so of members: the next date should follow how the series
    behaves now, and the cost stays bounded for long weekly series. Of equal costs the simpler rule
    wins: no weekend roll unless a weekend shows it, the voted day before its neighbours.
    """
    seg = seg[-24:]
    if rule.kind == _INTERVAL:
        pairs = [(rule.a + rule.step * k, it.t) for k, it, _ in seg]
        best_delta, best_cost = 0, math.inf
        for delta in (0, -1, 1, -2, 2, -3, 3):
            c = sum(_cost(due + delta, t) for due, t in pairs)
            if c < best_cost - 1e-9:
                best_delta, best_cost = delta, c
        return rule.with_(a=rule.a + best_delta)
    if rule.kind == _SEMI:
        table_a = _day_costs([(k // 2, it.t) for k, it, _ in seg if k % 2 == 0], 1, 0, rule.a)
        table_b = _day_costs([(k // 2, it.t) for k, it, _ in seg if k % 2 == 1], 1, 0, rule.b)
        best, best_cost = rule, math.inf
        for ri, roll in enumerate(_ROLLS):
            da, ca = min(((d, c[ri]) for d, c in table_a), key=lambda x: x[1])
            db, cb = min(((d, c[ri]) for d, c in table_b), key=lambda x: x[1])
            if ca + cb < best_cost - 1e-9:
                best, best_cost = rule.with_(a=da, b=db, roll=roll), ca + cb
        return best
    slots = [(k, it.t) for k, it, _ in seg]
    options = _month_options(rule, slots, rule.phase, rule.a)
    # A due date at a month's edge is voted for in the month it is posted in: the 28th posted on
    # the 1st. Try the same slots read as the neighbouring month's end or start.
    if rule.a <= 4:
        options += _month_options(rule, slots, rule.phase - 1, 29)
    elif rule.a >= 27:
        options += _month_options(rule, slots, rule.phase + 1, 2)
    best, best_cost = rule, math.inf
    for cost, candidate in options:
        if cost < best_cost - 1e-9:
            best, best_cost = candidate, cost
    return _canonical(best)


def _day_costs(slots: list[tuple[int, int]], step: int, phase: int, around: int) -> list[tuple[int, list[float]]]:
    """For each day near `around`: the cost of (slot, ordinal) pairs under each weekend roll."""
    months = [(_month(k * step + phase), t) for k, t in slots]
    out = []
    for delta in reversed(_NEAR):
        day = around + delta
        if not 1 <= day <= 31:
            continue
        c0 = c1 = c2 = c3 = 0.0
        for (first, nd, wd1), t in months:
            d = day if day < nd else nd
            due = first + d - 1
            base = _cost(due, t)
            c0 += base
            wd = (wd1 + d - 1) % 7
            if wd < 5:
                c1 += base
                c2 += base
                c3 += base
            else:
                c1 += _cost(due + 7 - wd, t)
                c2 += _cost(due - (wd - 4), t)
                c3 += _cost(due - 1 if wd == 5 else due + 1, t)
        out.append((day, [c0, c1, c2, c3]))
    return out


def _month_options(rule: _Rule, slots: list[tuple[int, int]], phase: int, around: int) -> list[tuple[float, _Rule]]:
    step = rule.step
    options = []
    for day, costs in _day_costs(slots, step, phase, around):
        for roll, cost in zip(_ROLLS, costs, strict=True):
            options.append((cost, _Rule(_DOM, step, a=day, phase=phase, roll=roll)))
    # Ordered so that on equal cost the voted day without a roll comes first.
    options.sort(key=lambda o: (o[0], o[1].roll is not None, abs(o[1].a - around)))
    options = options[:1]
    if around >= 24:
        lbd = _Rule(_LBD, step, phase=phase)
        options.append((sum(_cost(lbd.at(k), t) for k, t in slots), lbd))
    if around <= 7:
        fbd = _Rule(_FBD, step, phase=phase)
        options.append((sum(_cost(fbd.at(k), t) for k, t in slots), fbd))
    return options


def _evaluate(cad: _Cadence, rule: _Rule, items: list[_Item], ts: list[int], background: list[_Item],
              fallback: bool) -> _Candidate | None:
    seg = _best_segment(_match(rule, items, ts, cad))
    if len(seg) < (2 if cad.name == YEARLY else 3):
        return None
    # The refit moves due dates, not amounts: amounts this scattered will not pass below.
    mags = [h[1].mag for h in seg]
    if _mad_float(mags) > 0.3 * _median_float(mags):
        return None
    refitted = _refit(rule, seg)
    if refitted.key() != rule.key():
        rule = refitted
        seg = _best_segment(_match(rule, items, ts, cad))
    m = len(seg)
    if m < 2:
        return None
    slots = [k for k, _, _ in seg]
    members = [it for _, it, _ in seg]
    residuals = [r for _, _, r in seg]
    misses = slots[-1] - slots[0] + 1 - m
    mags = [it.mag for it in members]
    if m == 2:
        # A yearly flow gives one data point a year, so waiting for three means two years of
        # forecasts without the insurance premium. Two payments are enough only when they would be
        # a striking coincidence otherwise: nearly the same amount, a year apart to the week.
        gap = members[1].t - members[0].t
        if fallback or cad.name != YEARLY or not (358 <= gap <= 372 and max(mags) <= min(mags) * 1.05):
            return None
    elif m == 3 and (misses or max(mags) > min(mags) * 1.10):
        # Three payments are the least evidence accepted: all three slots, amounts that agree.
        return None
    elif m <= 6 and max(mags) > min(mags) * 1.6:
        # The median absolute deviation of a few amounts ignores one wild one; a short series
        # must not have any (utilities at ±20 % stay within 1.5x).
        return None
    if misses > max(1, (m + misses) // 6):
        return None
    timing_mad = _mad_float([float(r) for r in residuals])
    med = _median_float(mags)
    if timing_mad > cad.max_timing_mad or _mad_float(mags) > 0.2 * med:
        return None
    extras, llr, phase = _significance(cad, background, members, residuals, misses, fallback)
    if llr < (_MIN_LLR_FALLBACK if fallback else _MIN_LLR) or (m > 2 and phase < 0.0):
        return None
    return _Candidate(cad, rule, slots, members, residuals, misses, extras, timing_mad, llr)


# Posting lag model: share of payments posted r days after the due date (index r + 3), and the
# share for any other r inside the window.
_LAG_SHARE = (0.03, 0.03, 0.03, 0.35, 0.25, 0.15, 0.10)
_LAG_OTHER = 0.03
_LOG_HIT = math.log(0.95)
_LOG_MISS = math.log(0.05)
_LOG_MISS_VS_DRIFT = math.log(0.05 / 0.3)
# A series must be this many nats more likely than payments arriving at random: enough to cover the
# search over cadences and phases, little enough that three clean monthly payments qualify.
_MIN_LLR = 8.0
# Picking one amount out of a busy merchant's traffic is one more search: ask for more.
_MIN_LLR_FALLBACK = 11.0


def _significance(cad: _Cadence, background: list[_Item], members: list[_Item], residuals: list[int],
                  misses: int, same_size_only: bool) -> tuple[int, float, float]:
    """(extras, log-likelihood ratio of "a schedule plus rare extras" against "random arrivals").

    The random model is a Poisson stream at the density of the background around the series (one
    period either side of it), so a café visited three times a week, which fits any weekly
    schedule, is measured against its own busyness and loses; the same schedule in a quiet group
    wins. The background is the whole amount cluster: a run of similar amounts inside a busy
    cluster is exactly what chance produces. Only the fixed-price fallback narrows it to payments
    within 5 % of the members' amounts.
    """
    period = cad.period
    lo_t = members[0].t - period
    hi_t = members[-1].t + period
    window = background[bisect_left(background, lo_t, key=_t):bisect_right(background, hi_t, key=_t)]
    if same_size_only:
        lo_m = min(it.mag for it in members) / 1.05
        hi_m = max(it.mag for it in members) * 1.05
        n = sum(1 for it in window if lo_m <= it.mag <= hi_m)
    else:
        n = len(window)
    span = hi_t - lo_t + 1
    log_lam = math.log(n / span)
    extras = n - len(members)
    # An extra payment of the same size every ten periods is normal for a real series.
    eps = 0.1 / period
    llr = -eps * span + misses * _LOG_MISS + extras * (math.log(eps) - log_lam + 1.0)
    # Against payments that recur roughly on time but at a random phase (fuel every 4-12 days): only
    # a series' lags bunch at 0-1 business days; random phases spread evenly over the window.
    width = cad.early + cad.late + 1
    phase = misses * _LOG_MISS_VS_DRIFT
    for r in residuals:
        share = _LAG_SHARE[r + 3] if -3 <= r <= 3 else _LAG_OTHER
        log_share = math.log(share)
        llr += _LOG_HIT + log_share - log_lam + 1.0
        phase += log_share + math.log(width)
    return extras, llr, phase


def _t(it: _Item) -> int:
    return it.t


def _median_float(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def _mad_float(xs: list[float]) -> float:
    med = _median_float(xs)
    return _median_float([abs(x - med) for x in xs])


# --- the result ------------------------------------------------------------------------------------

def _median(xs: list[Decimal]) -> Decimal:
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def _current_regime(amounts: list[Decimal]) -> list[Decimal]:
    """The amounts since the last price change (a rent rise, a new plan), else all of them.

    The forecast wants the new price, not the median of old and new. A price change is a fixed
    price followed by another one: at least two trailing payments within 0.5 % of the last, after
    payments that agree as closely among themselves on a different amount. Two utility bills that
    happen to match are not a new price.
    """
    last = amounts[-1]
    tol = abs(last) * Decimal("0.005")
    n = 0
    while n < len(amounts) and abs(amounts[-1 - n] - last) <= tol:
        n += 1
    if n < 2 or n == len(amounts):
        return amounts
    before = amounts[:-n]
    level = _median(before)
    fixed_before = _median([abs(a - level) for a in before]) <= abs(level) * Decimal("0.005")
    return amounts[-n:] if fixed_before and abs(level - last) > 2 * tol else amounts


def _to_series(c: _Candidate, today: date) -> Series:
    rule = c.rule
    amounts = [it.amount for it in c.members]
    regime = _current_regime(amounts)
    expected = _median(regime)
    spread = _MAD_TO_SIGMA * _median([abs(a - expected) for a in regime])

    last_t = c.members[-1].t
    k = c.slots[-1] + 1
    next_t = rule.at(k)
    while next_t <= last_t:
        k += 1
        next_t = rule.at(k)
    next_date = date.fromordinal(next_t)
    stopped = today > next_date + timedelta(days=c.cadence.grace)

    return Series(
        cadence=c.cadence.name,
        day_rule=rule.label(),
        expected_amount=expected.quantize(_CENT, rounding=ROUND_HALF_EVEN),
        amount_spread=spread.quantize(_CENT, rounding=ROUND_HALF_EVEN),
        first_date=c.members[0].date,
        last_date=c.members[-1].date,
        next_date=next_date,
        occurrences=tuple(it.id for it in c.members),
        stopped=stopped,
        confidence=_confidence(c, amounts),
    )


def _confidence(c: _Candidate, amounts: list[Decimal]) -> float:
    m = len(c.members)
    # Evidence grows with every payment beyond the minimum and saturates; so does the margin by
    # which chance was ruled out (c.llr).
    evidence = 0.35 if m < 3 else 1.0 - 0.6 ** (m - 2)
    proof = 1.0 - math.exp(-max(0.0, c.llr - _MIN_LLR / 2) / 4.0)
    timing = 1.0 - 0.5 * min(1.0, c.timing_mad / c.cadence.max_timing_mad)
    mags = [float(abs(a)) for a in amounts]
    med = _median_float(mags)
    rel = _mad_float(mags) / med if med > 0 else 1.0
    amount = 1.0 - 0.5 * min(1.0, rel / 0.2)
    irregular = 0.9 ** (c.misses + c.extras)
    return round(max(0.0, min(1.0, evidence * proof * timing * amount * irregular)), 3)


# --- due dates of a stored series ------------------------------------------------------------------


def _rule_from(series: Series) -> _Rule:
    """Rebuild the slot rule from a series' cadence and day_rule label (the inverse of `_Rule.label`)."""
    cad = _CAD[series.cadence]
    nxt = series.next_date.toordinal()
    mi = series.next_date.year * 12 + series.next_date.month - 1
    label = series.day_rule or f"day_of_month:{series.next_date.day}"
    if label.startswith("weekday:"):
        return _Rule(_INTERVAL, cad.step, a=nxt)
    if label == "last_business_day":
        return _Rule(_LBD, cad.step, phase=mi)
    if label == "first_business_day":
        return _Rule(_FBD, cad.step, phase=mi)
    parts = label.split(":")
    roll = parts[2] if len(parts) > 2 else None

    def day(text: str) -> int:
        return 31 if text == "last" else int(text)

    if parts[0] == "semi_monthly":
        first, second = parts[1].split(",")
        return _Rule(_SEMI, 0, a=day(first), b=day(second), roll=roll)
    # next_date is a rolled due date: the 1st of a month can be due on the last Friday of the one before.
    # The slot's month is the one whose due date lands on next_date (or nearest to it).
    options = [_Rule(_DOM, cad.step, a=day(parts[1]), phase=m, roll=roll) for m in (mi, mi + 1, mi - 1)]
    return min(options, key=lambda r: abs(r.at(0) - nxt))


def expected_dates(series: Series, dates: Sequence[date]) -> list[date]:
    """The due date of the slot each payment (given by its date) filled: the nearest scheduled date.
    Payment date minus this is how late (or early) the payment was."""
    rule = _rule_from(series)
    start = series.next_date.toordinal()
    span = (start - min(dates).toordinal()) if dates else 0
    steps = int(span / _CAD[series.cadence].period) + 3
    if rule.kind == _SEMI:
        # Slot k of a semi-monthly rule is absolute (month index * 2 + half): walk back from next_date's.
        k_next = 2 * (series.next_date.year * 12 + series.next_date.month - 1) + (
            1 if series.next_date.day >= (rule.a + rule.b) // 2 else 0)
        dues = [rule.at(k) for k in range(k_next - steps, k_next + 1)]
    else:
        dues = sorted(rule.at(-k) for k in range(steps + 1))
    out = []
    for d in dates:
        o = d.toordinal()
        i = bisect_left(dues, o)
        near = [dues[j] for j in (i - 1, i) if 0 <= j < len(dues)]
        out.append(date.fromordinal(min(near, key=lambda due: (abs(o - due), due > o))))
    return out


def scheduled_dates(series: Series, until: date) -> list[date]:
    """The series' due dates from `next_date` (included, even when it is already past) to `until`:
    what a forecast expects it to bring or take next."""
    if series.next_date > until:
        return []
    rule = _rule_from(series)
    nxt = series.next_date.toordinal()
    # Slot 0 is anchored on next_date's month (or half-month); a due date rolled back into the previous
    # month (the 1st due, paid the Friday before) puts next_date one slot ahead of it.
    k = 2 * (series.next_date.year * 12 + series.next_date.month - 1) - 2 if rule.kind == _SEMI else -1
    while rule.at(k) < nxt:
        k += 1
    end = until.toordinal()
    out = []
    while (due := rule.at(k)) <= end:
        if not out or due > out[-1]:
            out.append(due)
        k += 1
    return [date.fromordinal(o) for o in out]
