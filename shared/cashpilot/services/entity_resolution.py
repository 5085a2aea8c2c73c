"""Entity resolution: which customer or supplier a counterparty key names.

Tried in order: an alias learned from merges and corrections (the owner's word), the exact
normalised name of a live entity, then fuzzy similarity on characters (rapidfuzz: the embedded PostgreSQL has no
pg_trgm, and one code path must serve local and Aurora). What matches nothing becomes a new entity
whose type follows the money: customer if it only pays us, supplier if we only pay it, both
otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import text

from cashpilot.adapters.db.uow import UnitOfWork

# Character similarity (0-100) above which two keys name the same party ("joes pizza" ~ "joe s pizza").
FUZZY_CUTOFF = 92
# Below this length one changed letter is a different name ("abc" vs "abd"): exact matches only.
FUZZY_MIN_LENGTH = 6


@dataclass
class Resolution:
    entity_id: uuid.UUID
    how: str  # exact | alias | fuzzy | created
    score: float = 100.0


@dataclass
class _Known:
    id: uuid.UUID
    name: str
    type: str
    default_category_id: uuid.UUID | None


@dataclass
class EntityResolver:
    """Loaded once per classification run; new entities are created in one statement by `create_missing`."""

    business_id: uuid.UUID
    by_key: dict[str, _Known] = field(default_factory=dict)  # normalised name or alias key -> entity
    by_id: dict[uuid.UUID, _Known] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # key -> exact | alias
    _fuzzy_keys: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, uow: UnitOfWork, business_id: uuid.UUID) -> EntityResolver:
        r = cls(business_id)
        conn = uow.session.connection()
        for eid, name, key, type_, default_cat in conn.execute(
            text("SELECT id, name, normalized_name, type, default_category_id FROM entities "
                 "WHERE business_id = :b AND deleted_at IS NULL"), {"b": business_id}
        ):
            known = _Known(eid, name, type_, default_cat)
            r.by_id[eid] = known
            r._add(key, known, "exact")
        for alias_key, eid in conn.execute(
            text("SELECT a.alias_key, a.entity_id FROM entity_aliases a JOIN entities e "
                 "ON e.business_id = a.business_id AND e.id = a.entity_id "
                 "WHERE a.business_id = :b AND e.deleted_at IS NULL"), {"b": business_id}
        ):
            # An alias is the owner's word (a merge, a correction): it wins over a same-named entity.
            r._add(alias_key, r.by_id[eid], "alias")
        return r

    def _add(self, key: str, known: _Known, how: str) -> None:
        self.by_key[key] = known
        self.how[key] = how
        if len(key) >= FUZZY_MIN_LENGTH:
            self._fuzzy_keys.append(key)

    def find(self, key: str) -> Resolution | None:
        known = self.by_key.get(key)
        if known is not None:
            return Resolution(known.id, self.how[key])
        if len(key) < FUZZY_MIN_LENGTH or not self._fuzzy_keys:
            return None
        from rapidfuzz import fuzz, process  # imported on first use: keeps it off the API's cold path

        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None:
            return None
        known = self.by_key[best[0]]
        # Remember the spelling: the next row with this key is an exact hit, not another fuzzy search.
        self.by_key[key] = known
        self.how[key] = "fuzzy"
        return Resolution(known.id, "fuzzy", best[1])

    def entity(self, entity_id: uuid.UUID) -> _Known | None:
        return self.by_id.get(entity_id)

    def create_missing(
        self, uow: UnitOfWork, wanted: dict[str, tuple[str, set[str]]]
    ) -> dict[str, Resolution]:
        """Resolve every key in `wanted` (key -> (display name, directions seen)), creating one entity per
        group of keys that match nothing stored; a key that fuzzy-matches a key new in this same batch
        joins that key's entity."""
        out: dict[str, Resolution] = {}
        pending: dict[uuid.UUID, list[str]] = {}  # provisional id -> keys, the first one names the entity
        for key in sorted(wanted):  # sorted: the same input always creates the same entities
            found = self.find(key)
            if found is not None and found.entity_id not in pending:
                out[key] = found
            elif found is not None:
                pending[found.entity_id].append(key)
            else:
                provisional = _Known(uuid.uuid4(), wanted[key][0], "", None)
                pending[provisional.id] = [key]
                self._add(key, provisional, "created")
        if not pending:
            return out
        rows = []
        for keys in pending.values():
            directions = set().union(*(wanted[k][1] for k in keys))
            rows.append((keys[0], wanted[keys[0]][0], _type_for(directions)))
        created = _insert_entities(uow, self.business_id, rows)
        for (first, name, type_), keys in zip(rows, pending.values(), strict=True):
            real = _Known(created[first], name, type_, None)
            self.by_id[real.id] = real
            for key in keys:
                self.by_key[key] = real
                out[key] = Resolution(real.id, "created" if key == first else "fuzzy")
        return out


# A key must have this many characters (and two words) before a longer spelling may complete it.
TRUNCATED_MIN_LENGTH = 8


def completions(keys: Iterable[str]) -> dict[str, str]:
    """Keys that are a bank's cut of a longer key of the same history, mapped to that longer key.

    Banks cut names at their field width ("HAYS SPECIALIST R", "MILLS BAY COWORKIN", "CEDAR RIDGE TOWNH") while
    another layout or line of the same business prints them whole: a key of two words or more that the longer key
    starts with, character for character, is the same counterparty. Only when every longer key that starts with it
    continues one another (the longest is taken); a key several different names start with stays as it is."""
    ordered = sorted(set(keys))
    out: dict[str, str] = {}
    for i, key in enumerate(ordered):
        if len(key) < TRUNCATED_MIN_LENGTH or " " not in key:
            continue
        longer = []
        for other in ordered[i + 1:]:
            if not other.startswith(key):
                break
            longer.append(other)
        if not longer:
            continue
        longest = max(longer, key=len)
        if all(longest.startswith(other) for other in longer):
            out[key] = longest
    return out


# Connectors that never end a name: "bank of" is no head of "bank of america" and "bank of scotland".
_OPEN_ENDINGS = frozenset(("of", "and", "the", "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di"))


def shared_heads(keys: Iterable[str]) -> dict[str, str]:
    """Keys that are one name followed by different entry descriptions, mapped to that name.

    ACH and card lines print the company's name, then a short description of the payment that changes from line
    to line ("HEARTLAND PAYRO NET PAYROL", "HEARTLAND PAYRO TAX PMT"): when two or more keys of the same history are
    one head of two words or more followed by one different word each, the head is the counterparty; a head of
    three words or more may also be followed by two ("TN DEPT HUMAN SE CACFP REIM", "TN DEPT HUMAN SE CCCERT PMT").
    A head ending in a connector ("bank of") is never one; the head must leave out one or two words, so "acme
    plumbing" never absorbs "acme plumbing and heating supplies"."""
    unique = set(keys)
    tails: dict[str, set[str]] = {}
    for key in unique:
        words = key.split()
        for n in (1, 2):
            if (len(words) - n >= 2 and words[-n - 1] not in _OPEN_ENDINGS and words[-n] not in _OPEN_ENDINGS
                    and (n == 1 or len(words) - n >= 3)):  # (nor a tail tied on: "wa st department" + "of re")
                tails.setdefault(" ".join(words[:-n]), set()).add(" ".join(words[-n:]))
    # A head of two words must also be a name on its own line, whole or as its whole spelling ("heartland
    # payroll"): "blue ridge plumbing" and "blue ridge electric" are two companies when "blue ridge" never stands
    # alone. Three words of one name are too specific for two companies of one business to share.
    alone = {" ".join(key.split()[:-1]) + " " + key.split()[-1][:k] for key in unique if len(key.split()) >= 2
             for k in range(1, len(key.split()[-1]) + 1)}
    out: dict[str, str] = {}
    for head, ends in tails.items():
        # a word and its cut ("coworkin", "coworking") are one word, not two descriptions
        whole = {end for end in ends if not any(other != end and other.startswith(end) for other in ends)}
        if len(whole) >= 2 and (head in alone or len(head.split()) >= 3):
            for end in ends:
                out[f"{head} {end}"] = head
    return out


def _type_for(directions: Iterable[str]) -> str:
    d = set(directions)
    if d == {"in"}:
        return "customer"
    if d == {"out"}:
        return "supplier"
    return "both"


def _insert_entities(
    uow: UnitOfWork, business_id: uuid.UUID, rows: list[tuple[str, str, str]]
) -> dict[str, uuid.UUID]:
    """Insert (key, name, type) rows in one statement. If a concurrent run created the same name first,
    its row is used: the live-name unique index arbitrates."""
    conn = uow.session.connection()
    keys = [r[0] for r in rows]
    conn.execute(
        text("""
            INSERT INTO entities (business_id, name, normalized_name, type)
            SELECT :b, u.name, u.key, u.type
              FROM unnest(CAST(:names AS text[]), CAST(:keys AS text[]), CAST(:types AS text[])) AS u(name, key, type)
            ON CONFLICT (business_id, normalized_name) WHERE deleted_at IS NULL DO NOTHING
        """),
        {"b": business_id, "names": [r[1] for r in rows], "keys": keys, "types": [r[2] for r in rows]},
    )
    return dict(conn.execute(
        text("SELECT normalized_name, id FROM entities WHERE business_id = :b AND deleted_at IS NULL "
             "AND normalized_name = ANY(CAST(:keys AS text[]))"), {"b": business_id, "keys": keys}
    ).all())


def refresh_entity_types(uow: UnitOfWork, business_id: uuid.UUID, entity_ids: Iterable[uuid.UUID]) -> None:
    """Keep each entity's type in step with the money: a supplier that starts paying us becomes `both`.
    Refunds and transfers do not count: a refund from a supplier does not make it a customer."""
    ids = list(entity_ids)
    if not ids:
        return
    uow.session.connection().execute(
        text("""
            WITH flows AS (
                SELECT t.entity_id,
                       bool_or(t.amount > 0) AS money_in, bool_or(t.amount < 0) AS money_out
                  FROM transactions t
                  LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
                 WHERE t.business_id = :b AND t.entity_id = ANY(CAST(:ids AS uuid[])) AND t.deleted_at IS NULL
                   AND NOT t.is_transfer AND coalesce(c.system_key, '') <> 'refunds'
                 GROUP BY t.entity_id)
            UPDATE entities e
               SET type = CASE WHEN f.money_in AND f.money_out THEN 'both'
                               WHEN f.money_in THEN (CASE WHEN e.type = 'supplier' THEN 'both' ELSE 'customer' END)
                               ELSE (CASE WHEN e.type = 'customer' THEN 'both' ELSE 'supplier' END) END
              FROM flows f
             WHERE e.business_id = :b AND e.id = f.entity_id
               AND e.type IS DISTINCT FROM (CASE WHEN f.money_in AND f.money_out THEN 'both'
                               WHEN f.money_in THEN (CASE WHEN e.type = 'supplier' THEN 'both' ELSE 'customer' END)
                               ELSE (CASE WHEN e.type = 'customer' THEN 'both' ELSE 'supplier' END) END)
        """),
        {"b": business_id, "ids": ids},
    )
