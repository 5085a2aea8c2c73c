"""Per-transaction anomaly scores in the database: load the transactions the detection rules read
(`load_txns`, the one place that query lives), score them (`domain.detection.anomalies`), keep the
scores beside the transactions (`refresh`), and read them back for the API and the next run.

`refresh` scores the last ~15 months. Each score is judged from the year before its transaction
(past only, see the domain module), so a transaction near the start of the loaded window has only
part of its baseline loaded: there a run adds missing scores and improves scores that now see at
least as many samples, but never replaces a fuller score computed earlier, nor deletes one.
Everywhere else the stored rows are replaced by this run's (a transaction no longer scored loses
its row). Scores of transactions older than the window stay as they were.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import text

from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.domain.business_settings import BusinessSettings
from cashpilot.domain.detection import anomalies as domain
from cashpilot.domain.detection.model import AnomalyScore, Thresholds, Txn
from cashpilot.services.context import Tenant

# About fifteen months: a year of baselines for the last quarter's transactions.
LOOKBACK_DAYS = 460
CENT = Decimal("0.01")


def _business_id(tenant: Tenant | uuid.UUID) -> uuid.UUID:
    return tenant.business_id if isinstance(tenant, Tenant) else tenant


# ------------------------------------------------------------------------------------------ loading

_TXNS = text("""
    WITH biz AS (
        SELECT currency, coalesce(settings #> '{forecast,fx_rates}', CAST('{}' AS jsonb)) AS rates
          FROM businesses WHERE id = :b)
    SELECT t.id, t.transaction_date, t.amount,
           CASE WHEN t.currency = biz.currency THEN 1 ELSE CAST(biz.rates ->> t.currency AS numeric) END AS rate,
           t.description, t.entity_id, e.name, e.type, t.category_id, c.name, c.system_key, t.account_id
      FROM transactions t
     CROSS JOIN biz
      LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
      LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
     WHERE t.business_id = :b AND t.deleted_at IS NULL AND NOT t.is_transfer AND t.status <> 'pending'
       AND t.transaction_date >= :since AND (CAST(:until AS date) IS NULL OR t.transaction_date <= :until)
       AND (t.currency = biz.currency OR biz.rates ->> t.currency IS NOT NULL)
     ORDER BY t.transaction_date, t.id
""")


def load_txns(uow: UnitOfWork, business_id: uuid.UUID, *, since: date, until: date | None = None) -> list[Txn]:
    """The business's booked transactions from `since` (to `until`, inclusive), oldest first, as the
    detection rules read them: not deleted, not pending, internal transfers left out, amounts in the
    business currency (other currencies through `settings.forecast.fx_rates`, the forecast's rates;
    a currency without a rate is left out, as the forecast leaves its account out), with the entity's
    name and type and the category's name and system key. One query."""
    rows = uow.session.execute(_TXNS, {"b": business_id, "since": since, "until": until}).all()
    out = []
    for (tx_id, day, amount, rate, description, entity_id, entity_name, entity_type, category_id, category_name,
         category_key, account_id) in rows:
        if rate != 1:
            amount = (amount * rate).quantize(CENT)
        out.append(Txn(id=tx_id, date=day, amount=amount, description=description or "", entity_id=entity_id,
                       entity_name=entity_name, entity_type=entity_type, category_id=category_id,
                       category_name=category_name, category_key=category_key, account_id=account_id))
    return out


def unusual_z(uow: UnitOfWork, business_id: uuid.UUID) -> float:
    """The business's threshold for "unusual", scaled by its safety mode like every detection threshold."""
    raw = uow.session.execute(text("SELECT settings FROM businesses WHERE id = :b"), {"b": business_id}).scalar()
    settings = BusinessSettings.model_validate(raw or {})
    return Thresholds.scaled(settings.safety_mode, unusual_z=settings.alert_thresholds.unusual_z).unusual_z


# ------------------------------------------------------------------------------------------ refresh

_UPSERT = text("""
    INSERT INTO transaction_anomalies AS a
           (business_id, transaction_id, score, is_anomaly, baseline, basis, basis_id, samples)
    SELECT :b, x.tid, x.score, x.flag, x.baseline, x.basis, x.basis_id, x.samples
      FROM unnest(CAST(:ids AS uuid[]), CAST(:scores AS numeric[]), CAST(:flags AS boolean[]),
                  CAST(:baselines AS numeric[]), CAST(:bases AS text[]), CAST(:basis_ids AS uuid[]),
                  CAST(:samples AS integer[])) AS x(tid, score, flag, baseline, basis, basis_id, samples)
    ON CONFLICT (business_id, transaction_id) DO UPDATE SET
           score = EXCLUDED.score, is_anomaly = EXCLUDED.is_anomaly, baseline = EXCLUDED.baseline,
           basis = EXCLUDED.basis, basis_id = EXCLUDED.basis_id, samples = EXCLUDED.samples, computed_at = now()
     WHERE (a.score, a.is_anomaly, a.baseline, a.basis, a.basis_id, a.samples)
           IS DISTINCT FROM (EXCLUDED.score, EXCLUDED.is_anomaly, EXCLUDED.baseline, EXCLUDED.basis,
                             EXCLUDED.basis_id, EXCLUDED.samples)
""")

# The stored sample counts of the given transactions (a hash join: the id list can be thousands long).
_STORED_SAMPLES = text("""
    SELECT a.transaction_id, a.samples FROM transaction_anomalies a
      JOIN unnest(CAST(:ids AS uuid[])) AS k(id) ON k.id = a.transaction_id
     WHERE a.business_id = :b
""")


# Rows this run no longer scores: in the fully loaded part of the window, or of transactions that
# stopped counting anywhere (deleted, marked a transfer, pending again).
_DELETE_STALE = text("""
    DELETE FROM transaction_anomalies a
     USING transactions t
     WHERE a.business_id = :b AND t.business_id = :b AND t.id = a.transaction_id
       AND (t.transaction_date >= :full_from OR t.deleted_at IS NOT NULL OR t.is_transfer OR t.status = 'pending')
       AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:ids AS uuid[])) AS k(id) WHERE k.id = a.transaction_id)
""")


def refresh(
    uow: UnitOfWork, tenant: Tenant | uuid.UUID, *, today: date, txns: Sequence[Txn] | None = None,
    z: float | None = None,
) -> dict[uuid.UUID, AnomalyScore]:
    """Score the business's last ~15 months (`txns` when the caller has loaded them with `load_txns`
    from at least LOOKBACK_DAYS back) and store the scores; returns them. Idempotent: a second run
    on the same data writes nothing. Does not commit (it runs inside the caller's detection run).

    `z` defaults to the business's `unusual_z` scaled by its safety mode."""
    business_id = _business_id(tenant)
    since = today - timedelta(days=LOOKBACK_DAYS)
    if txns is None:
        txns = load_txns(uow, business_id, since=since, until=today)
    else:
        txns = [t for t in txns if since <= t.date <= today]
    threshold = unusual_z(uow, business_id) if z is None else z
    scores = domain.score(txns, z=threshold, today=today)
    dates = {t.id: t.date for t in txns}
    full_from = since + timedelta(days=domain.LOOKBACK_DAYS)
    conn = uow.session.connection()
    # Before full_from a baseline is only partly loaded: never replace a score that saw more samples.
    partial = [tid for tid in scores if dates[tid] < full_from]
    fuller = set()
    if partial:
        stored = conn.execute(_STORED_SAMPLES, {"b": business_id, "ids": partial}).all()
        fuller = {tid for tid, samples in stored if samples > scores[tid].samples}
    conn.execute(_DELETE_STALE, {"b": business_id, "ids": list(scores), "full_from": full_from})
    rows = [s for tid, s in scores.items() if tid not in fuller]
    if rows:
        conn.execute(_UPSERT, {
            "b": business_id,
            "ids": [s.transaction_id for s in rows],
            "scores": [Decimal(str(s.score)) for s in rows],
            "flags": [s.is_anomaly for s in rows],
            "baselines": [s.baseline for s in rows],
            "bases": [s.basis for s in rows],
            "basis_ids": [s.basis_id for s in rows],
            "samples": [s.samples for s in rows],
        })
    return scores


# ------------------------------------------------------------------------------------------ reading


def _score_of(row) -> AnomalyScore:
    return AnomalyScore(transaction_id=row.transaction_id, score=float(row.score), is_anomaly=row.is_anomaly,
                        baseline=row.baseline, basis=row.basis, basis_id=row.basis_id, samples=row.samples)


_COLUMNS = "a.transaction_id, a.score, a.is_anomaly, a.baseline, a.basis, a.basis_id, a.samples"


def stored_scores(uow: UnitOfWork, tenant: Tenant | uuid.UUID, *, since: date | None = None
                  ) -> dict[uuid.UUID, AnomalyScore]:
    """The scores the last refresh stored (of transactions dated `since` or later, when given)."""
    business_id = _business_id(tenant)
    rows = uow.session.execute(text(
        f"""SELECT {_COLUMNS} FROM transaction_anomalies a
              JOIN transactions t ON t.business_id = a.business_id AND t.id = a.transaction_id
             WHERE a.business_id = :b AND t.deleted_at IS NULL
               AND (CAST(:since AS date) IS NULL OR t.transaction_date >= :since)"""),
        {"b": business_id, "since": since}).all()
    return {r.transaction_id: _score_of(r) for r in rows}


def scores_for(uow: UnitOfWork, tenant: Tenant, transaction_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, AnomalyScore]:
    """The stored scores of these transactions (a page of the listing): one primary-key lookup."""
    if not transaction_ids:
        return {}
    rows = uow.session.execute(text(
        f"""SELECT {_COLUMNS} FROM transaction_anomalies a
             WHERE a.business_id = :b AND a.transaction_id = ANY(CAST(:ids AS uuid[]))"""),
        {"b": tenant.business_id, "ids": list(transaction_ids)}).all()
    return {r.transaction_id: _score_of(r) for r in rows}


@dataclass(frozen=True)
class AnomalyView:
    """A flagged transaction with what it was compared with."""

    transaction_id: uuid.UUID
    date: date
    amount: Decimal
    currency: str
    description: str
    account_id: uuid.UUID
    entity_id: uuid.UUID | None
    entity_name: str | None
    category_id: uuid.UUID | None
    category_name: str | None
    score: float
    baseline: Decimal
    basis: str
    basis_id: uuid.UUID | None
    samples: int
    computed_at: datetime


def list_anomalies(uow: UnitOfWork, tenant: Tenant, *, since: date, limit: int = 20) -> list[AnomalyView]:
    """Transactions flagged unusual dated `since` or later, newest first (the most unusual first within a
    day)."""
    rows = uow.session.execute(text("""
        SELECT a.transaction_id, t.transaction_date, t.amount, t.currency, t.description, t.account_id,
               t.entity_id, e.name AS entity_name, t.category_id, c.name AS category_name,
               a.score, a.baseline, a.basis, a.basis_id, a.samples, a.computed_at
          FROM transaction_anomalies a
          JOIN transactions t ON t.business_id = a.business_id AND t.id = a.transaction_id
          LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
          LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
         WHERE a.business_id = :b AND a.is_anomaly AND t.deleted_at IS NULL AND NOT t.is_transfer
           AND t.transaction_date >= :since
         ORDER BY t.transaction_date DESC, a.score DESC, a.transaction_id
         LIMIT :limit"""), {"b": tenant.business_id, "since": since, "limit": limit}).all()
    return [AnomalyView(transaction_id=r.transaction_id, date=r.transaction_date, amount=r.amount,
                        currency=r.currency, description=r.description, account_id=r.account_id,
                        entity_id=r.entity_id, entity_name=r.entity_name, category_id=r.category_id,
                        category_name=r.category_name, score=float(r.score), baseline=r.baseline, basis=r.basis,
                        basis_id=r.basis_id, samples=r.samples, computed_at=r.computed_at) for r in rows]
