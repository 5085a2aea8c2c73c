"""A blind evaluation set for the offline chat analyst, written without reading its parser or the first
question set: questions phrased the way owners type them, over the generated business of
tests/support/chat_business.py (today is Wed 14 Oct 2026, data from 1 Aug 2025, EUR).

Each question: `family`, `q`, `expect` (what to compute, see tests/integration/test_chat_eval_blind.py),
optional `alt` (other readings an owner could reasonably mean: any one matching counts) and `tol`
(absolute tolerance on top of the rounding the answer shows; default one cent, a tenth for ratios).
Periods are resolved the way an owner means them on 14 Oct 2026: "last month" = September 2026,
"last quarter" = Q3 2026, "this year so far" = 1 Jan - 14 Oct 2026, "week before last" = Mon 28 Sep -
Sun 4 Oct; a vague span ("the past 3 months") accepts the trailing window and the complete months.
"""

from __future__ import annotations

TODAY = "2026-10-14"
YTD = ("2026-01-01", TODAY)
LAST_MONTH = ("2026-09-01", "2026-09-30")
Q1, Q2, Q3 = ("2026-01-01", "2026-03-31"), ("2026-04-01", "2026-06-30"), ("2026-07-01", "2026-09-30")
TRAILING_YEAR = ("2025-10-15", TODAY)


def _spans(*spans: tuple[str, str]) -> list[tuple[str, str]]:
    return list(spans)


# "the past 3 months" / "last 6 months": trailing window (either end convention) or complete months.
PAST_3 = _spans(Q3, ("2026-07-14", TODAY), ("2026-07-15", TODAY), ("2026-07-01", TODAY))
PAST_6 = _spans(("2026-04-01", "2026-09-30"), ("2026-04-14", TODAY), ("2026-04-15", TODAY), ("2026-04-01", TODAY))
PAST_12 = _spans(TRAILING_YEAR, ("2025-10-14", TODAY), ("2025-10-01", "2026-09-30"), ("2025-10-01", TODAY))


def _alts(kind: str, *args, spans: list[tuple[str, str]]) -> tuple[tuple, list[tuple]]:
    """The expectation over the first span, and the same over the others as alternatives."""
    first, *rest = spans
    return (kind, *args, *first), [(kind, *args, *s) for s in rest]


def _q(family: str, q: str, expect: tuple, alt: list[tuple] | None = None, tol: str | None = None,
       say: list[str] | None = None) -> dict:
    item = {"family": family, "q": q, "expect": expect}
    if alt:
        item["alt"] = alt
    if tol:
        item["tol"] = tol
    if say:
        item["say"] = say  # words the answer must contain too (case-insensitive; "a|b" = either)
    return item


def _qs(family: str, q: str, kind: str, *args, spans: list[tuple[str, str]], tol: str | None = None) -> dict:
    expect, alt = _alts(kind, *args, spans=spans)
    return _q(family, q, expect, alt, tol)


QUESTIONS: list[dict] = [
    # ---------------------------------------------------------------- totals
    _q("totals", "How much money did we bring in last month?", ("revenue", *LAST_MONTH)),
    _q("totals", "what did we spend in Q2?", ("expenses", *Q2)),
    _q("totals", "whats our net cash flow this year so far", ("net", *YTD)),
    _q("totals", "total sales since January?", ("revenue", *YTD)),
    _q("totals", "How much did I spend in March", ("expenses", "2026-03-01", "2026-03-31")),
    _q("totals", "what was our income in 2025", ("revenue", "2025-01-01", "2025-12-31")),
    _q("totals", "were we profitable last quarter? what was the net", ("net", *Q3)),
    _qs("totals", "how much money went out over the past 3 months", "expenses", spans=PAST_3),
    _q("totals", "How much came in the week before last?", ("revenue", "2026-09-28", "2026-10-04"),
       [("revenue", "2026-09-27", "2026-10-03")]),
    _q("totals", "revenue this month so far?", ("revenue", "2026-10-01", TODAY)),
    # ---------------------------------------------------------------- by category
    _q("by_category", "How much have we paid in rent this year?", ("category", "rent", *YTD)),
    _q("by_category", "what did software subscriptions cost us last quarter", ("category", "software", *Q3)),
    _q("by_category", "travel expenses in the first half of the year?", ("category", "travel", "2026-01-01", "2026-06-30")),
    _q("by_category", "How much went on utilities since January", ("category", "utilities", *YTD)),
    _q("by_category", "what was our biggest expense category last month?", ("top_category", *LAST_MONTH),
       say=["payroll"]),
    _qs("by_category", "how much did we spend on office supplies over the last 6 months", "category", "supplies",
        spans=PAST_6),
    _q("by_category", "what did payroll cost us in Q1", ("category", "payroll", *Q1)),
    _q("by_category", "accounting fees this year?", ("category", "professional_services", *YTD)),
    # ---------------------------------------------------------------- by entity
    _q("by_entity", "How much has Brightline paid us this year?", ("entity", "Brightline Media", *YTD)),
    _q("by_entity", "what did northwind pay us in august", ("entity", "Northwind Traders", "2026-08-01", "2026-08-31")),
    _q("by_entity", "how much have we paid AWS since January?", ("entity", "Amazon Web Services", *YTD)),
    _q("by_entity", "Total from Keller Architects last quarter?", ("entity", "Keller Architects", *Q3)),
    _qs("by_entity", "How much did Oakridge Dental send us in the last 12 months?", "entity", "Oakridge Dental",
        spans=PAST_12),
    _q("by_entity", "what have we spent on Deutsche Bahn tickets this year", ("entity", "Deutsche Bahn", *YTD)),
    _q("by_entity", "How much did Pinecrest pay us in total?", ("entity", "Pinecrest Hotels", "2025-08-01", TODAY)),
    # ---------------------------------------------------------------- top N
    _q("top_n", "Who were my top 2 customers last quarter?", ("top", "in", 2, *Q3)),
    _q("top_n", "top 3 suppliers this year", ("top", "out", 3, *YTD)),
    _q("top_n", "Which client brought in the most money in 2025?", ("top", "in", 1, "2025-01-01", "2025-12-31"),
       say=["Brightline"]),
    _q("top_n", "who do we pay the most?", ("top", "out", 1, "2025-08-01", TODAY),
       [("top", "out", 1, *TRAILING_YEAR), ("top", "out", 1, *YTD)], say=["Gusto"]),
    _q("top_n", "list my top 5 customers since january", ("top", "in", 5, *YTD)),
    # ---------------------------------------------------------------- biggest transactions
    _q("biggest", "What was the largest payment we made this year?", ("biggest", "out", *YTD)),
    _q("biggest", "biggest single payment we received last month?", ("biggest", "in", *LAST_MONTH)),
    _q("biggest", "What was the biggest transaction in Q1?", ("biggest", "any", *Q1)),
    _q("biggest", "whats the biggest thing we bought at Staples this year", ("biggest_entity", "Staples", *YTD)),
    _q("biggest", "largest incoming payment since July", ("biggest", "in", "2026-07-01", TODAY)),
    # ---------------------------------------------------------------- change vs a previous period
    _q("change", "Did revenue go up or down last month compared to the month before?",
       ("change", "revenue", *LAST_MONTH, "2026-08-01", "2026-08-31"),
       [("change_pct", "revenue", *LAST_MONTH, "2026-08-01", "2026-08-31")]),
    _q("change", "How did Q3 expenses compare with Q2?", ("change", "expenses", *Q3, *Q2),
       [("change_pct", "expenses", *Q3, *Q2)]),
    _q("change", "How much more did we spend in June than in May?",
       ("change", "expenses", "2026-06-01", "2026-06-30", "2026-05-01", "2026-05-31"),
       [("change_pct", "expenses", "2026-06-01", "2026-06-30", "2026-05-01", "2026-05-31")]),
    _q("change", "how did August revenue compare to July",
       ("change", "revenue", "2026-08-01", "2026-08-31", "2026-07-01", "2026-07-31"),
       [("change_pct", "revenue", "2026-08-01", "2026-08-31", "2026-07-01", "2026-07-31")]),
    _q("change", "Did we spend more on software last quarter than the quarter before?",
       ("change_category", "software", *Q3, *Q2), [("change_category_pct", "software", *Q3, *Q2)]),
    _q("change", "how much did our net cash flow change in September vs August?",
       ("change", "net", *LAST_MONTH, "2026-08-01", "2026-08-31")),
    # ---------------------------------------------------------------- balance
    _q("balance", "What's my bank balance right now?", ("balance", TODAY)),
    _q("balance", "how much cash do we have", ("balance", TODAY)),
    _q("balance", "What was our balance at the end of June?", ("balance", "2026-06-30")),
    _q("balance", "current cash position?", ("balance", TODAY)),
    # ---------------------------------------------------------------- forecast balance at a date
    _q("forecast", "What will my balance be at the end of next month?", ("forecast", "2026-11-30")),
    _q("forecast", "how much cash will I have by Christmas", ("forecast", "2026-12-25"),
       [("forecast", "2026-12-24")]),
    _q("forecast", "projected balance in 2 weeks?", ("forecast", "2026-10-28")),
    _q("forecast", "What's the forecast for the end of the year?", ("forecast", "2026-12-31")),
    _q("forecast", "How much will be in the account on December 1st?", ("forecast", "2026-12-01")),
    _q("forecast", "cash in 60 days?", ("forecast", "2026-12-13")),
    # ---------------------------------------------------------------- lowest projected balance
    _q("low_point", "When will my cash be at its lowest?", ("low_date", "2026-10-15", "2027-01-12")),
    _q("low_point", "what's the lowest my balance gets over the next 3 months", ("low", "2026-10-15", "2027-01-12")),
    _q("low_point", "lowest projected balance in the next 30 days, and when?", ("low", "2026-10-15", "2026-11-13")),
    _q("low_point", "how tight does cash get before the end of the year?", ("low", "2026-10-15", "2026-12-31")),
    # ---------------------------------------------------------------- deficit risk
    _q("deficit_risk", "What are the chances we run out of money in the next 90 days?", ("deficit", 90)),
    _q("deficit_risk", "Is there any risk of dropping below my 20k buffer in the next 60 days?", ("buffer_risk", 60)),
    _q("deficit_risk", "probability of falling under the buffer within 3 months?", ("buffer_risk", 90)),
    _q("deficit_risk", "will we go into the red next month?", ("deficit", 30)),
    # ---------------------------------------------------------------- what-if
    _q("what_if", "What will my cash look like in 30 days if my top two clients pay 30 days late?",
       ("late", ["Brightline Media", "Northwind Traders"], 30, "all", "2026-11-13")),
    _q("what_if", "If Brightline pays 2 weeks late, what's my balance at the end of November?",
       ("late", ["Brightline Media"], 14, "all", "2026-11-30")),
    _q("what_if", "If Northwind pays their next invoice 10 days late, what does my balance look like on October 25?",
       ("late", ["Northwind Traders"], 10, "next", "2026-10-25")),
    _q("what_if", "say I delay the rent by 2 weeks - what's my cash on Nov 10?",
       ("delay", "Harbour Properties", 14, "2026-11-10"), say=["14 days|2 weeks|two weeks"]),
    _q("what_if", "If I hold off on payroll for a week, what's my balance on November 1st?",
       ("delay", "Gusto", 7, "2026-11-01"), say=["7 days|a week|one week"]),
    _q("what_if", "If I buy a new laptop for 3,000 next week, how much cash will I have at the end of the month?",
       ("one_time", "-3000", "2026-10-21", "2026-10-31")),
    _q("what_if", "what if we get hit with a 15k tax bill on December 1 - what's the balance at year end?",
       ("one_time", "-15000", "2026-12-01", "2026-12-31")),
    _q("what_if", "If we pay a one-off 8,000 for a new server on Nov 15, how low does our cash go?",
       ("one_time_low", "-8000", "2026-11-15")),
    _q("what_if", "What if we lose Northwind as a client - where's our balance in 60 days?",
       ("lose", "Northwind Traders", "2026-12-13")),
    _q("what_if", "If Keller Architects pays 3 weeks late, where am I on Nov 13?",
       ("late", ["Keller Architects"], 21, "all", "2026-11-13"), say=["21 days|3 weeks|three weeks"]),
    # ---------------------------------------------------------------- alerts
    _q("alerts", "How many alerts do I have open?", ("alerts_open",)),
    _q("alerts", "Why is there an alert about Pinecrest?", ("last_payment", "Pinecrest Hotels"),
       [("entity", "Pinecrest Hotels", *TRAILING_YEAR)]),
    _q("alerts", "explain the revenue concentration warning", ("share", "Brightline Media", *TRAILING_YEAR),
       [("entity", "Brightline Media", *TRAILING_YEAR)], tol="0.1"),
    _q("alerts", "why does it say my revenue dropped?", ("revenue", "2026-09-15", TODAY),
       [("drop_pct", "2026-09-15", TODAY, "2026-06-17", "2026-09-14")]),
    _q("alerts", "what's the alert about revenue being below expected?",
       ("revenue_of", ["Northwind Traders", "Keller Architects"], "2026-09-15", TODAY),
       [("typical", "Brightline Media")]),
    # ---------------------------------------------------------------- recurring costs
    _q("recurring", "What are my recurring monthly costs in total?", ("recurring_total",), tol="400"),
    _q("recurring", "How much is rent each month?", ("last_amount", "Harbour Properties")),
    _q("recurring", "what do we pay Slack every month", ("last_amount", "Slack")),
    _q("recurring", "What's our monthly payroll?", ("last_amount", "Gusto")),
    _q("recurring", "How much do I pay the accountant each quarter?", ("last_amount", "Wagner Partner")),
    _q("recurring", "list my subscriptions and what they cost",
       ("last_amounts", ["Adobe", "Slack", "Google Workspace"])),
    # ---------------------------------------------------------------- runway
    _q("runway", "How long will my cash last?", ("runway",)),
    _q("runway", "what's my runway", ("runway",)),
    _q("runway", "what's our monthly burn rate?", ("burn",)),
    _q("runway", "How many months until we run out of money at the current rate?", ("runway",)),
]
