"""Offline chat latency on a large business: p50/p95 of OfflineAnalyst answers (intent, tool calls, wording;
one unit of work per question, as an API request has) for a business with 100,000 transactions over three
years and a stored forecast (the dashboard benchmark's business), over a mix of the evaluation families.

Target (2-core machine): p95 < 300 ms over the mix.
Run: `python -m bench.chat [--rows N] [--repeat N]`. Exits 1 if the target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid

from bench._support import save, summary_ms, timed, use_private_database

TARGET_P95_MS = 300.0

QUESTIONS = {
    "totals": "How much revenue did we make last month?",
    "net_year": "What was our net cash flow this year?",
    "change": "How did expenses this quarter compare to last quarter?",
    "by_category": "How much did we spend on software this year?",
    "category_breakdown": "Break down expenses by category for last month",
    "by_entity": "How much did Customer 007 pay us this year?",
    "top_customers": "Who are my top 5 customers?",
    "top_suppliers": "Who were our biggest suppliers last quarter?",
    "biggest": "What were the biggest payments this year?",
    "balance": "What's my balance?",
    "forecast": "What will my balance be in 30 days?",
    "low_point": "When is my cash at its lowest?",
    "deficit": "What is the risk of going below zero?",
    "what_if": "What if we have a one-off cost of 15k next week?",
    "alerts": "What alerts do I have?",
    "recurring": "What are my recurring costs?",
    "runway": "How long is my runway?",
}


def measure(ctx: dict, repeat: int) -> tuple[dict, dict]:
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.domain.roles import Role
    from cashpilot.services.chat.offline import OfflineAnalyst
    from cashpilot.services.context import Tenant

    bid = uuid.UUID(ctx["business_id"])
    tenant = Tenant(business_id=bid, user_id=uuid.UUID(ctx["user_id"]), role=Role.OWNER, currency="USD",
                    timezone="UTC")
    brain = OfflineAnalyst()
    replies = {}

    def ask(question: str):
        def call():
            with UnitOfWork(business_id=bid, user_id=tenant.user_id) as uow:
                replies[question] = brain.answer(uow, tenant, question, today=ctx["today"])
        return call

    per_question, everything = {}, []
    for name, question in QUESTIONS.items():
        timed(ask(question), 3)  # warm caches and the connection pool
        samples = timed(ask(question), repeat)
        per_question[name] = summary_ms(samples)
        everything += samples
    return {"all": summary_ms(everything), **per_question}, replies


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20, help="timed answers per question")
    args = parser.parse_args(argv)

    use_private_database()
    from bench.dashboard import YEARS, seed

    print(f"seeding {args.rows:,} transactions over {YEARS} years ...", flush=True)
    t = time.perf_counter()
    ctx = seed(args.rows)
    print(f"  seeded in {time.perf_counter() - t:.1f} s", flush=True)
    latency, replies = measure(ctx, args.repeat)
    understood = sum(r.understood and not any(s.error for s in r.steps) for r in replies.values())
    result = {"rows": args.rows, "latency": latency, "answered_without_error": f"{understood}/{len(QUESTIONS)}",
              "targets": {"p95_ms": TARGET_P95_MS},
              "sample_answers": {q: r.answer[:300] for q, r in replies.items()}}
    save("chat", result)

    print(f"\n{'question':<20}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, s in latency.items():
        print(f"{name:<20}{s['n']:>5}{s['p50_ms']:>9}{s['p95_ms']:>9}{s['max_ms']:>9}")
    print(f"answered without error: {understood}/{len(QUESTIONS)}")
    ok = latency["all"]["p95_ms"] <= TARGET_P95_MS
    print(f"target p95 < {TARGET_P95_MS:.0f} ms:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
