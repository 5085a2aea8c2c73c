"""A THIRD blind question set for the offline analyst, written without reading its parser, its intent code
or either earlier question set: only the generated business (tests/support/chat_business.py), the tools'
data shapes and the issue's families. The questions are typed the way owners type into a chat box - terse,
long with context, informal, mixed date words - so the set measures understanding, not memorised phrasings.

Each item: `q` the question, `family` the acceptance family, `expect` the main reading as a spec that
tests/integration/test_chat_eval_blind_2.py turns into figures (computed from the generated rows or the
stored forecast, never from the analyst), `alt` other reasonable readings of an ambiguous question, `say`
words (any of `a|b`) the answer must contain where a bare number could match by luck, `tol` an absolute
tolerance where the right figure is itself a judgment (recurring monthly equivalents).

Dates: today is Wednesday 14 Oct 2026; the business started 1 Aug 2025; the forecast runs 15 Oct 2026 to
12 Jan 2027.
"""

from __future__ import annotations

TODAY = "2026-10-14"
YTD = ("2026-01-01", TODAY)
SINCE_START = ("2025-08-01", TODAY)
LAST_MONTH = ("2026-09-01", "2026-09-30")
Q1, Q2, Q3 = ("2026-01-01", "2026-03-31"), ("2026-04-01", "2026-06-30"), ("2026-07-01", "2026-09-30")
SUMMER = ("2026-06-01", "2026-08-31")
SUMMER_SHORT = ("2026-07-01", "2026-08-31")
LAST_12 = [("2025-10-15", TODAY), ("2025-10-14", TODAY), ("2025-10-01", "2026-09-30")]
LAST_6 = [("2026-04-15", TODAY), ("2026-04-14", TODAY), ("2026-04-01", "2026-09-30"), ("2026-05-01", "2026-10-31")]
COUPLE_OF_MONTHS = [("2026-08-01", "2026-09-30"), ("2026-08-15", TODAY), ("2026-08-14", TODAY),
                    ("2026-08-01", TODAY)]
IN_30 = "2026-11-13"  # the tools' default "30 days ahead"


def _alts(kind: str, *args, periods) -> list[tuple]:
    return [(kind, *args, s, e) for s, e in periods]


QUESTIONS: list[dict] = [
    # ---------------------------------------------------------------- totals
    {"family": "totals", "q": "how much money came in last month?", "expect": ("revenue", *LAST_MONTH)},
    {"family": "totals", "q": "total spend so far this year", "expect": ("expenses", *YTD)},
    {"family": "totals", "q": "were we actually profitable in Q1 or not", "expect": ("net", *Q1)},
    {"family": "totals", "q": "I'm putting some numbers together for the bank. What's our total revenue since we "
                              "started?", "expect": ("revenue", *SINCE_START)},
    {"family": "totals", "q": "what did we make over the summer", "expect": ("revenue", *SUMMER),
     "alt": [("net", *SUMMER), ("revenue", *SUMMER_SHORT), ("net", *SUMMER_SHORT)]},
    {"family": "totals", "q": "expenses in december?", "expect": ("expenses", "2025-12-01", "2025-12-31")},
    {"family": "totals", "q": "net cash flow for the last couple of months",
     "expect": ("net", *COUPLE_OF_MONTHS[0]), "alt": _alts("net", periods=COUPLE_OF_MONTHS[1:])},
    {"family": "totals", "q": "whats our average monthly revenue been over the last 3 months",
     "expect": ("avg_revenue", "2026-07-01", "2026-09-30", 3),
     "alt": [("avg_revenue", "2026-07-15", TODAY, 3), ("avg_revenue", "2026-07-14", TODAY, 3)]},

    # ---------------------------------------------------------------- by category
    {"family": "by_category", "q": "how much did software and tools cost us last year?",
     "expect": ("category", "software", "2025-01-01", "2025-12-31"), "alt": _alts("category", "software", periods=LAST_12)},
    {"family": "by_category", "q": "travel costs over the summer?", "expect": ("category", "travel", *SUMMER),
     "alt": [("category", "travel", *SUMMER_SHORT)]},
    {"family": "by_category", "q": "What's the damage on office supplies since January",
     "expect": ("category", "supplies", *YTD)},
    {"family": "by_category", "q": "utilities for Q2", "expect": ("category", "utilities", *Q2)},
    {"family": "by_category", "q": "accounting fees so far in 2026", "expect": ("category", "professional_services", *YTD)},
    {"family": "by_category", "q": "Which expense category eats the most money?",
     "expect": ("top_category", *SINCE_START), "alt": [("top_category", *YTD), *[("top_category", s, e) for s, e in LAST_12]]},
    {"family": "by_category", "q": "payroll for the first half of the year - total?",
     "expect": ("category", "payroll", "2026-01-01", "2026-06-30")},

    # ---------------------------------------------------------------- by entity
    {"family": "by_entity", "q": "how much has Northwind paid us this year", "expect": ("entity", "Northwind Traders", *YTD)},
    {"family": "by_entity", "q": "total we've paid adobe since day one", "expect": ("entity", "Adobe", *SINCE_START)},
    {"family": "by_entity", "q": "Keller Architects, q3?", "expect": ("entity", "Keller Architects", *Q3)},
    {"family": "by_entity", "q": "how much business did Oakridge Dental give us in the last six months?",
     "expect": ("entity", "Oakridge Dental", *LAST_6[0]), "alt": _alts("entity", "Oakridge Dental", periods=LAST_6[1:])},
    {"family": "by_entity", "q": "what did that Dell order set us back?", "expect": ("entity", "Dell", *SINCE_START)},
    {"family": "by_entity", "q": "AWS bill last month?", "expect": ("entity", "Amazon Web Services", *LAST_MONTH)},
    {"family": "by_entity", "q": "Pinecrest went quiet a while ago - how much did they pay us in total before that?",
     "expect": ("entity", "Pinecrest Hotels", *SINCE_START)},

    # ---------------------------------------------------------------- top N
    {"family": "top_n", "q": "who are my 3 best customers this year", "expect": ("top", "in", 3, *YTD)},
    {"family": "top_n", "q": "biggest suppliers since we started?", "expect": ("top", "out", 2, *SINCE_START)},
    {"family": "top_n", "q": "rank my clients by what they paid us in 2025",
     "expect": ("top", "in", 5, "2025-01-01", "2025-12-31"), "alt": [("top", "in", 3, "2025-01-01", "2025-12-31")]},
    {"family": "top_n", "q": "which customer paid us the most over the summer?", "expect": ("top", "in", 1, *SUMMER),
     "alt": [("top", "in", 1, *SUMMER_SHORT)]},
    {"family": "top_n", "q": "Leaving payroll aside, who do we spend the most money with?",
     "expect": ("top_excluding", "out", ("Gusto",), *SINCE_START),
     "alt": [("top_excluding", "out", ("Gusto",), *YTD),
             *[("top_excluding", "out", ("Gusto",), s, e) for s, e in LAST_12]]},
    {"family": "top_n", "q": "top two vendors last quarter", "expect": ("top", "out", 2, *Q3)},

    # ---------------------------------------------------------------- biggest transactions
    {"family": "biggest", "q": "what was the largest single payment we made this year", "expect": ("biggest", "out", *YTD)},
    {"family": "biggest", "q": "biggest deposit last month?", "expect": ("biggest", "in", *LAST_MONTH)},
    {"family": "biggest", "q": "show me the 3 biggest payments that came in since May",
     "expect": ("biggest_n", "in", 3, "2026-05-01", TODAY)},
    {"family": "biggest", "q": "what's the most we've ever paid Amazon for hosting in one go?",
     "expect": ("biggest_entity", "Amazon Web Services", *SINCE_START)},
    {"family": "biggest", "q": "largest travel expense we've had", "expect": ("biggest_category", "travel", *SINCE_START)},
    {"family": "biggest", "q": "Biggest transaction in August?", "expect": ("biggest", "any", "2026-08-01", "2026-08-31"),
     "alt": [("biggest", "any", "2025-08-01", "2025-08-31")]},

    # ---------------------------------------------------------------- change vs a previous period
    {"family": "change", "q": "how did revenue in Q3 compare to Q2?", "expect": ("change", "revenue", *Q3, *Q2),
     "alt": [("change_pct", "revenue", *Q3, *Q2)]},
    {"family": "change", "q": "are expenses up or down vs last month",
     "expect": ("change", "expenses", "2026-10-01", TODAY, *LAST_MONTH),
     "alt": [("change_pct", "expenses", "2026-10-01", TODAY, *LAST_MONTH),
             ("change", "expenses", "2026-10-01", TODAY, "2026-09-01", "2026-09-14"),
             ("change_pct", "expenses", "2026-10-01", TODAY, "2026-09-01", "2026-09-14"),
             ("change", "expenses", *LAST_MONTH, "2026-08-01", "2026-08-31"),
             ("change_pct", "expenses", *LAST_MONTH, "2026-08-01", "2026-08-31")]},
    {"family": "change", "q": "did we spend more on software in September than in August? by how much",
     "expect": ("change_category", "software", *LAST_MONTH, "2026-08-01", "2026-08-31"),
     "alt": [("change_category_pct", "software", *LAST_MONTH, "2026-08-01", "2026-08-31")]},
    {"family": "change", "q": "How much more did we bring in in May compared with April?",
     "expect": ("change", "revenue", "2026-05-01", "2026-05-31", "2026-04-01", "2026-04-30"),
     "alt": [("change_pct", "revenue", "2026-05-01", "2026-05-31", "2026-04-01", "2026-04-30")]},
    {"family": "change", "q": "net cash flow over the last 3 months compared with the 3 months before that?",
     "expect": ("change", "net", *Q3, *Q2),
     "alt": [("change", "net", "2026-07-15", TODAY, "2026-04-15", "2026-07-14"),
             ("change", "net", "2026-07-16", TODAY, "2026-04-17", "2026-07-15"),
             # the period before as the same number of days (92) rather than three calendar months
             ("change", "net", "2026-07-15", TODAY, "2026-04-14", "2026-07-14")]},
    {"family": "change", "q": "spending in the last 30 days vs the 30 days before - better or worse?",
     "expect": ("change", "expenses", "2026-09-15", TODAY, "2026-08-16", "2026-09-14"),
     "alt": [("change_pct", "expenses", "2026-09-15", TODAY, "2026-08-16", "2026-09-14"),
             ("change", "expenses", "2026-09-14", TODAY, "2026-08-14", "2026-09-13"),
             ("change_pct", "expenses", "2026-09-14", TODAY, "2026-08-14", "2026-09-13")]},

    # ---------------------------------------------------------------- balance today
    {"family": "balance", "q": "how much cash do I have right now", "expect": ("balance", TODAY)},
    {"family": "balance", "q": "bank balance?", "expect": ("balance", TODAY)},
    {"family": "balance", "q": "what was in the account at the end of June", "expect": ("balance", "2026-06-30")},
    {"family": "balance", "q": "how much did we have on new year's day?", "expect": ("balance", "2026-01-01"),
     "alt": [("balance", "2025-12-31")]},
    {"family": "balance", "q": "Are we above our 20k cushion at the moment, and by how much?",
     "expect": ("headroom",), "alt": [("balance", TODAY)]},

    # ---------------------------------------------------------------- forecast balance at a date
    {"family": "forecast", "q": "what will the balance be at the end of the month", "expect": ("forecast", "2026-10-31")},
    {"family": "forecast", "q": "cash by christmas?", "expect": ("forecast", "2026-12-25"),
     "alt": [("forecast", "2026-12-24")]},
    {"family": "forecast", "q": "projected balance mid-November", "expect": ("forecast", "2026-11-15")},
    {"family": "forecast", "q": "where will we be in six weeks, roughly?", "expect": ("forecast", "2026-11-25")},
    {"family": "forecast", "q": "what do you expect to be in the bank on Jan 1st", "expect": ("forecast", "2027-01-01")},
    {"family": "forecast", "q": "Once payroll goes out on the 28th, what will I have left?",
     "expect": ("forecast", "2026-10-28")},
    {"family": "forecast", "q": "what does cash look like 60 days out", "expect": ("forecast", "2026-12-13")},

    # ---------------------------------------------------------------- lowest projected balance and when
    {"family": "low_point", "q": "what's the lowest our balance gets in the next 3 months, and when?",
     "expect": ("low_date", "2026-10-15", "2027-01-14")},
    {"family": "low_point", "q": "how tight does it get before Christmas?", "expect": ("low", "2026-10-15", "2026-12-25"),
     "alt": [("low", "2026-10-15", "2026-12-24")]},
    {"family": "low_point", "q": "worst point over the next month?", "expect": ("low", "2026-10-15", "2026-11-14"),
     "alt": [("low", "2026-10-15", "2026-11-13"), ("low", "2026-11-01", "2026-11-30")]},
    {"family": "low_point", "q": "lowest cash in November?", "expect": ("low", "2026-11-01", "2026-11-30")},
    {"family": "low_point", "q": "When does our cash bottom out?", "expect": ("low_date", "2026-10-15", "2027-01-12")},

    # ---------------------------------------------------------------- deficit risk
    {"family": "deficit_risk", "q": "any chance we go negative before the end of the year?", "expect": ("deficit", 90),
     "say": ["negative|below zero|below 0|overdr|run out|deficit|in the red|short"]},
    {"family": "deficit_risk", "q": "what's the risk of dipping under 20k over the next 90 days",
     "expect": ("buffer_risk", 90), "say": ["buffer|20k|20,000|20000|cushion"]},
    {"family": "deficit_risk", "q": "odds of an overdraft in the next two months?", "expect": ("deficit", 60),
     "say": ["negative|below zero|below 0|overdr|run out|deficit|in the red|short"]},
    {"family": "deficit_risk", "q": "Could we fall below our buffer within 60 days?", "expect": ("buffer_risk", 60),
     "say": ["buffer|20k|20,000|20000|cushion"]},
    {"family": "deficit_risk", "q": "am I going to be in the red anytime soon", "expect": ("deficit", 30),
     "alt": [("deficit", 60), ("deficit", 90)],
     "say": ["negative|below zero|below 0|overdr|run out|deficit|in the red|short"]},

    # ---------------------------------------------------------------- what-if
    {"family": "what_if", "q": "What happens to my cash in 30 days if Brightline pays 3 weeks late?",
     "expect": ("late", ["Brightline Media"], 21, "all", IN_30),
     "alt": [("late", ["Brightline Media"], 21, "next", IN_30)]},
    {"family": "what_if", "q": "if my two biggest clients both pay a month late, what's my balance at the end of "
                              "November?", "expect": ("late", ["Brightline Media", "Northwind Traders"], 30, "all", "2026-11-30"),
     "alt": [("late", ["Brightline Media", "Northwind Traders"], 30, "next", "2026-11-30")]},
    {"family": "what_if", "q": "say northwind is two weeks late with their next payment, where are we at the end of the "
                              "month?", "expect": ("late", ["Northwind Traders"], 14, "next", "2026-10-31"),
     "alt": [("late", ["Northwind Traders"], 14, "all", "2026-10-31")]},
    {"family": "what_if", "q": "We might push the rent back 10 days. What would that do to the balance on Nov 5?",
     "expect": ("delay", "Harbour Properties", 10, "2026-11-05")},
    {"family": "what_if", "q": "what if I hold off on payroll for a week - balance on oct 31?",
     "expect": ("delay", "Gusto", 7, "2026-10-31")},
    {"family": "what_if", "q": "If I buy a van for 18k next week, what's the lowest my cash would get?",
     "expect": ("one_time_low", "-18000.00", "2026-10-21"), "alt": [("one_time_low", "-18000.00", "2026-10-19")]},
    {"family": "what_if", "q": "I have a 12,500 tax bill due on December 10th. How low does that take us?",
     "expect": ("one_time_low", "-12500.00", "2026-12-10")},
    {"family": "what_if", "q": "If we lost Oakridge Dental as a client, what would the balance be 60 days from now?",
     "expect": ("lose", "Oakridge Dental", "2026-12-13")},
    {"family": "what_if", "q": "we're getting a 5k grant on Nov 15 - whats the year end balance with that?",
     "expect": ("one_time", "5000.00", "2026-11-15", "2026-12-31")},

    # ---------------------------------------------------------------- alerts and why
    {"family": "alerts", "q": "anything I should be worried about?", "expect": ("alerts_open",),
     "alt": [("variance_pct",)], "say": ["alert|warning|attention|flag|issue|concern|risk"]},
    {"family": "alerts", "q": "why are you flagging Pinecrest?", "expect": ("last_payment", "Pinecrest Hotels"),
     "alt": [("typical", "Pinecrest Hotels")]},
    {"family": "alerts", "q": "is Brightline too big a chunk of our revenue?",
     "expect": ("share", "Brightline Media", *LAST_12[0]),
     "alt": [("share", "Brightline Media", s, e) for s, e in [*LAST_12[1:], YTD, SINCE_START]]},
    {"family": "alerts", "q": "why did I get a warning that revenue is down?", "expect": ("revenue", "2026-09-15", TODAY),
     "alt": [("drop_pct", "2026-09-15", TODAY, "2026-06-17", "2026-09-14"), ("variance_paid",), ("variance_pct",)]},
    {"family": "alerts", "q": "how many open alerts have I got", "expect": ("alerts_open",), "say": ["alert"]},
    {"family": "alerts", "q": "Explain the one about revenue being below what was expected",
     "expect": ("variance_paid",), "alt": [("variance_pct",)]},

    # ---------------------------------------------------------------- recurring costs
    {"family": "recurring", "q": "rent?", "expect": ("last_amount", "Harbour Properties"),
     "alt": [("category", "rent", *YTD), ("category", "rent", *SINCE_START)]},
    {"family": "recurring", "q": "when's the next payroll run and how much is it", "expect": ("next_payment", "Gusto")},
    {"family": "recurring", "q": "what subscriptions am I paying for every month?",
     "expect": ("last_amounts", ["Adobe", "Slack", "Google Workspace"])},
    {"family": "recurring", "q": "all in, what are our fixed monthly costs?", "expect": ("recurring_out",), "tol": "130"},
    {"family": "recurring", "q": "what regular income can I count on each month", "expect": ("recurring_in",),
     "tol": "250"},
    {"family": "recurring", "q": "how much is the accountant each quarter?", "expect": ("last_amount", "Wagner Partner")},

    # ---------------------------------------------------------------- runway
    {"family": "runway", "q": "how long will my money last", "expect": ("runway",)},
    {"family": "runway", "q": "what's my monthly burn rate?", "expect": ("burn",)},
    {"family": "runway", "q": "I'm trying to plan for hiring someone next spring. At our current burn, how many months "
                             "of cash do we actually have?", "expect": ("runway",)},
    {"family": "runway", "q": "if nothing changes when do we run out of money?", "expect": ("runway",)},
    {"family": "runway", "q": "how many months could we survive with zero revenue coming in?",
     "expect": ("expense_runway",), "alt": [("balance_and_spend",)]},
    {"family": "runway", "q": "runway", "expect": ("runway",)},
]
