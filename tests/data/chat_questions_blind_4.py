"""A FIFTH blind question set for the offline chat analyst (graded by tests/integration/test_chat_eval_blind_4.py).

Written without opening the analyst's parser (services/chat/offline.py, domain/chat/), its own evaluation
questions or any earlier blind question file: only the generated business (tests/support/chat_business.py),
what the tools expose, and the issue's families. Today is Wednesday 14 Oct 2026 (the business's 'today').

The questions are what five kinds of owner would type to a cash-flow assistant about this business's money,
in their own words (`who`):
- "C": a cafe owner: short, casual, talks about "the till", "money in", "bills";
- "D": a design agency founder: talks about clients, retainers, payroll, runway;
- "P": a plumber: plain, practical, sometimes loose grammar, "the van", "the bank";
- "E": an e-commerce seller: talks about vendors, spend, trends, percentages;
- "B": a bookkeeper: precise periods ("Q3", "YTD", "calendar 2025"), accounting words.

Each item: `q` (the question), `family`, `who`, `expect` (the main reading, a spec the harness computes from
the rows or the stored forecast), optional `alt` (other reasonable readings, any one of which counts), `say`
(words the answer must contain, "a|b" = either; used only where a bare number could match by luck) and `tol`
(an absolute tolerance when the figure is honestly fuzzy, e.g. a typical amount of a variable bill).

Period conventions (all accepted where a phrase is ambiguous): "last N days" = the N days ending today, or
ending today with one more day; "last N months" = the rolling window ending today, or the N complete
calendar months before this one; "this year" / "YTD" = 1 Jan 2026 to today; "last year" = calendar 2025
(the data starts on 1 Aug 2025), or the last 12 months.
"""

from __future__ import annotations

TODAY = "2026-10-14"
YTD = ("2026-01-01", TODAY)
SEP = ("2026-09-01", "2026-09-30")
AUG = ("2026-08-01", "2026-08-31")
Q2 = ("2026-04-01", "2026-06-30")
Q3 = ("2026-07-01", "2026-09-30")
H1 = ("2026-01-01", "2026-06-30")
OCT_SO_FAR = ("2026-10-01", TODAY)
LAST_12M = ("2025-10-15", TODAY)
LAST_12M_B = ("2025-10-14", TODAY)
CAL_2025 = ("2025-01-01", "2025-12-31")
LAST_3M = ("2026-07-15", TODAY)
LAST_3M_B = ("2026-07-14", TODAY)
LAST_6M = ("2026-04-15", TODAY)
LAST_6M_B = ("2026-04-14", TODAY)
LAST_6M_FULL = ("2026-04-01", "2026-09-30")
ALL_TIME = ("2025-08-01", TODAY)
SUMMER = ("2026-06-01", "2026-08-31")
# Forecast windows (the forecast starts tomorrow and runs 90 days, to 12 Jan 2027).
NEXT_30 = ("2026-10-15", "2026-11-13")
NEXT_60 = ("2026-10-15", "2026-12-13")
NEXT_90 = ("2026-10-15", "2027-01-12")


def _window_alts(kind: str, *head, windows=(LAST_3M, LAST_3M_B, Q3)) -> list[tuple]:
    return [(kind, *head, *w) for w in windows]


QUESTIONS: list[dict] = [
    # ---------------------------------------------------------------- totals
    {"q": "how much money came in last month?", "family": "totals", "who": "C",
     "expect": ("revenue", *SEP)},
    {"q": "What were total expenses for Q3 2026?", "family": "totals", "who": "B",
     "expect": ("expenses", *Q3)},
    {"q": "Did we actually make a profit in the first half of this year? What's the net?", "family": "totals",
     "who": "D", "expect": ("net", *H1)},
    {"q": "what's our revenue year to date", "family": "totals", "who": "E",
     "expect": ("revenue", *YTD)},
    {"q": "how much have i spent so far in october", "family": "totals", "who": "P",
     "expect": ("expenses", *OCT_SO_FAR)},
    {"q": "Net cash flow over the last 90 days, please.", "family": "totals", "who": "B",
     "expect": ("net", "2026-07-17", TODAY), "alt": [("net", "2026-07-16", TODAY)]},

    # ---------------------------------------------------------------- by category
    {"q": "How much have we paid in salaries this year?", "family": "by_category", "who": "D",
     "expect": ("category", "payroll", *YTD)},
    {"q": "what did travel cost us last quarter", "family": "by_category", "who": "E",
     "expect": ("category", "travel", *Q3)},
    {"q": "Software spend over the last 6 months?", "family": "by_category", "who": "E",
     "expect": ("category", "software", *LAST_6M),
     "alt": [("category", "software", *LAST_6M_B), ("category", "software", *LAST_6M_FULL)]},
    {"q": "how much did office supplies cost in september", "family": "by_category", "who": "C",
     "expect": ("category", "supplies", *SEP)},
    {"q": "What did we spend on utilities last year?", "family": "by_category", "who": "P",
     "expect": ("category", "utilities", *CAL_2025),
     "alt": [("category", "utilities", *LAST_12M), ("category", "utilities", *LAST_12M_B)]},
    {"q": "Leaving payroll aside, which expense category was the largest over the summer, and how much?",
     "family": "by_category", "who": "B", "expect": ("top_category_excluding", ["payroll"], *SUMMER),
     "say": ["equipment"]},

    # ---------------------------------------------------------------- by entity
    {"q": "How much has Northwind paid us this year?", "family": "by_entity", "who": "D",
     "expect": ("entity", "Northwind Traders", *YTD)},
    {"q": "what did we pay amazon web services over the last 3 months", "family": "by_entity", "who": "E",
     "expect": ("entity", "Amazon Web Services", *LAST_3M),
     "alt": _window_alts("entity", "Amazon Web Services")[1:]},
    {"q": "how much did oakridge dental pay in august?", "family": "by_entity", "who": "P",
     "expect": ("entity", "Oakridge Dental", *AUG)},
    {"q": "Total paid to Deutsche Bahn since January?", "family": "by_entity", "who": "B",
     "expect": ("entity", "Deutsche Bahn", *YTD)},
    {"q": "How much has Keller Architects paid us in total, since they became a client?", "family": "by_entity",
     "who": "D", "expect": ("entity", "Keller Architects", *ALL_TIME)},
    {"q": "brightline - how much did they send us in Q2", "family": "by_entity", "who": "C",
     "expect": ("entity", "Brightline Media", *Q2)},

    # ---------------------------------------------------------------- top-N
    {"q": "Who are my top 3 customers this year?", "family": "top_n", "who": "D",
     "expect": ("top", "in", 3, *YTD)},
    {"q": "Top 5 vendors by spend over the last 12 months", "family": "top_n", "who": "E",
     "expect": ("top", "out", 5, *LAST_12M), "alt": [("top", "out", 5, *LAST_12M_B)]},
    {"q": "which client brought in the most money last month", "family": "top_n", "who": "C",
     "expect": ("top", "in", 1, *SEP), "say": ["Brightline"]},
    {"q": "who did we pay the most in calendar 2025?", "family": "top_n", "who": "B",
     "expect": ("top", "out", 1, *CAL_2025), "say": ["Gusto"]},
    {"q": "biggest suppliers last quarter? top three is fine", "family": "top_n", "who": "P",
     "expect": ("top", "out", 3, *Q3)},
    {"q": "Rank our two biggest clients over the summer by what they paid.", "family": "top_n", "who": "D",
     "expect": ("top", "in", 2, *SUMMER)},

    # ---------------------------------------------------------------- biggest transactions
    {"q": "What was the single biggest expense this year?", "family": "biggest", "who": "E",
     "expect": ("biggest", "out", *YTD)},
    {"q": "largest payment we received in september?", "family": "biggest", "who": "C",
     "expect": ("biggest", "in", *SEP)},
    {"q": "Show me the 3 largest outgoing transactions in September 2026.", "family": "biggest", "who": "B",
     "expect": ("biggest_n", "out", 3, *SEP)},
    {"q": "whats the most oakridge dental has ever paid us in one go", "family": "biggest", "who": "P",
     "expect": ("biggest_entity", "Oakridge Dental", *ALL_TIME)},
    {"q": "What's the largest deposit since July?", "family": "biggest", "who": "D",
     "expect": ("biggest", "in", "2026-07-01", TODAY)},
    {"q": "Biggest single software charge in the last six months?", "family": "biggest", "who": "E",
     "expect": ("biggest_category", "software", *LAST_6M),
     "alt": [("biggest_category", "software", *LAST_6M_B), ("biggest_category", "software", *LAST_6M_FULL)]},

    # ---------------------------------------------------------------- change vs previous period
    {"q": "How did revenue in September compare with August?", "family": "change", "who": "D",
     "expect": ("change", "revenue", *SEP, *AUG), "alt": [("change_pct", "revenue", *SEP, *AUG)]},
    {"q": "Did we spend more in Q3 than in Q2? by how much", "family": "change", "who": "B",
     "expect": ("change", "expenses", *Q3, *Q2), "alt": [("change_pct", "expenses", *Q3, *Q2)]},
    {"q": "how much more did software cost last month than the month before", "family": "change", "who": "E",
     "expect": ("change_category", "software", *SEP, *AUG),
     "alt": [("change_category_pct", "software", *SEP, *AUG)]},
    {"q": "Was our net cash flow better or worse in Q3 than Q2?", "family": "change", "who": "B",
     "expect": ("change", "net", *Q3, *Q2), "alt": [("change_pct", "net", *Q3, *Q2)]},
    {"q": "revenue in the last 30 days vs the 30 days before that?", "family": "change", "who": "E",
     "expect": ("change", "revenue", "2026-09-15", TODAY, "2026-08-16", "2026-09-14"),
     "alt": [("change_pct", "revenue", "2026-09-15", TODAY, "2026-08-16", "2026-09-14"),
             ("change", "revenue", "2026-09-14", TODAY, "2026-08-14", "2026-09-13"),
             ("change_pct", "revenue", "2026-09-14", TODAY, "2026-08-14", "2026-09-13")]},
    {"q": "are my expenses up or down this summer compared to spring?", "family": "change", "who": "C",
     "expect": ("change", "expenses", *SUMMER, "2026-03-01", "2026-05-31"),
     "alt": [("change_pct", "expenses", *SUMMER, "2026-03-01", "2026-05-31")]},

    # ---------------------------------------------------------------- balance today
    {"q": "how much money is in the bank right now?", "family": "balance", "who": "P",
     "expect": ("balance", TODAY)},
    {"q": "What was our balance at the end of September?", "family": "balance", "who": "B",
     "expect": ("balance", "2026-09-30")},
    {"q": "How much cash do we have over and above our 20k buffer?", "family": "balance", "who": "D",
     "expect": ("headroom",)},
    {"q": "what did we have in the account at the start of the year", "family": "balance", "who": "C",
     "expect": ("balance", "2025-12-31"), "alt": [("balance", "2026-01-01")]},
    {"q": "What was the balance just before the Dell equipment purchase went through?", "family": "balance",
     "who": "E", "expect": ("balance", "2026-06-09"), "alt": [("balance_before_row", "2026-06-10", "-24000.00")]},
    {"q": "cash position today?", "family": "balance", "who": "B", "expect": ("balance", TODAY)},

    # ---------------------------------------------------------------- forecast balance at a date
    {"q": "What will the bank balance be at the end of the month?", "family": "forecast", "who": "D",
     "expect": ("forecast", "2026-10-31")},
    {"q": "where will we be on 1 December?", "family": "forecast", "who": "C",
     "expect": ("forecast", "2026-12-01")},
    {"q": "how much cash will i have in 30 days", "family": "forecast", "who": "P",
     "expect": ("forecast", "2026-11-13")},
    {"q": "Projected balance on Christmas Eve?", "family": "forecast", "who": "E",
     "expect": ("forecast", "2026-12-24")},
    {"q": "What does the forecast say our cash will be at year end (31/12)?", "family": "forecast", "who": "B",
     "expect": ("forecast", "2026-12-31")},
    {"q": "What will we have left after this month's payroll goes out on the 28th?", "family": "forecast",
     "who": "D", "expect": ("forecast", "2026-10-28")},

    # ---------------------------------------------------------------- lowest projected balance
    {"q": "What's the lowest my balance will get in the next 3 months, and when?", "family": "low_point",
     "who": "D", "expect": ("low_date", *NEXT_90)},
    {"q": "when is cash tightest in november?", "family": "low_point", "who": "C",
     "expect": ("low_date", "2026-11-01", "2026-11-30")},
    {"q": "Lowest projected balance before the end of the year?", "family": "low_point", "who": "B",
     "expect": ("low", "2026-10-15", "2026-12-31")},
    {"q": "over the next 30 days how low does the balance dip", "family": "low_point", "who": "P",
     "expect": ("low", *NEXT_30)},
    {"q": "In the next two months, what's the low point of our cash and on which day?", "family": "low_point",
     "who": "E", "expect": ("low_date", *NEXT_60)},

    # ---------------------------------------------------------------- deficit risk
    {"q": "What's the chance we go overdrawn in the next 90 days?", "family": "deficit_risk", "who": "D",
     "expect": ("deficit_or_low", 90, *NEXT_90)},
    {"q": "is there any risk of dropping below our 20k buffer over the next two months?",
     "family": "deficit_risk", "who": "C", "expect": ("buffer_risk", 60)},
    {"q": "How likely are we to breach the cash buffer within the next 90 days?", "family": "deficit_risk",
     "who": "B", "expect": ("buffer_risk", 90)},
    {"q": "are we gonna run out of money in the next month", "family": "deficit_risk", "who": "P",
     "expect": ("deficit_or_low", 30, *NEXT_30)},
    {"q": "What are the odds our balance goes negative before mid-December?", "family": "deficit_risk",
     "who": "E", "expect": ("deficit_or_low", 60, *NEXT_60)},

    # ---------------------------------------------------------------- what-if
    {"q": "What will my cash look like in 30 days if my top two clients pay 30 days late?", "family": "what_if",
     "who": "D", "expect": ("late_any", ["Brightline Media", "Northwind Traders"], 30, "2026-11-13")},
    {"q": "If Northwind pays two weeks late, what's our balance at the end of November?", "family": "what_if",
     "who": "E", "expect": ("late_any", ["Northwind Traders"], 14, "2026-11-30")},
    {"q": "if brightline pays us 3 weeks late what does the bank look like on 1 december",
     "family": "what_if", "who": "C", "expect": ("late_any", ["Brightline Media"], 21, "2026-12-01")},
    {"q": "What if we push the November rent back 10 days - balance on 5 November?", "family": "what_if",
     "who": "B", "expect": ("delay_any", "Harbour Properties", 10, "2026-11-05")},
    {"q": "Could we delay payroll by a week? What would the balance be on 31 October then?",
     "family": "what_if", "who": "D", "expect": ("delay_any", "Gusto", 7, "2026-10-31")},
    {"q": "if i buy a new van for 18,000 on 2 november, what's the lowest my balance gets over the next 3 months?",
     "family": "what_if", "who": "P", "expect": ("one_time_low_in", "-18000", "2026-11-02", *NEXT_90)},
    {"q": "We have a one-off tax bill of EUR 15,000 due on 15 December. What will we have at year end?",
     "family": "what_if", "who": "B", "expect": ("one_time", "-15000", "2026-12-15", "2026-12-31")},
    {"q": "What if Keller Architects stopped working with us - what would the balance be at year end?",
     "family": "what_if", "who": "D", "expect": ("lose", "Keller Architects", "2026-12-31")},

    # ---------------------------------------------------------------- alerts and why
    {"q": "Any alerts I should know about?", "family": "alerts", "who": "C",
     "expect": ("alerts_open",), "say": ["Pinecrest|Brightline|revenue"]},
    {"q": "Why is Brightline flagged as a concentration risk?", "family": "alerts", "who": "E",
     "expect": ("share", "Brightline Media", *LAST_12M), "alt": [("share", "Brightline Media", *LAST_12M_B)]},
    {"q": "why does it say pinecrest may have stopped paying", "family": "alerts", "who": "P",
     "expect": ("last_payment", "Pinecrest Hotels")},
    {"q": "Explain the revenue drop warning - how far down are we?", "family": "alerts", "who": "B",
     "expect": ("drop_pct", "2026-09-15", TODAY, "2026-06-17", "2026-09-14")},
    {"q": "What's behind the 'revenue below expected' alert? How much did regular customers actually pay?",
     "family": "alerts", "who": "D", "expect": ("variance_paid",), "alt": [("variance_pct",)]},

    # ---------------------------------------------------------------- recurring
    {"q": "What are my fixed monthly costs, all the recurring stuff added up?", "family": "recurring",
     "who": "C", "expect": ("recurring_total",), "tol": "100"},
    {"q": "Which subscriptions are we paying for and how much each?", "family": "recurring", "who": "E",
     "expect": ("last_amounts", ["Adobe", "Slack", "Google Workspace"])},
    {"q": "when's the next payroll and how much will it be?", "family": "recurring", "who": "D",
     "expect": ("next_payment", "Gusto")},
    {"q": "how much is the rent every month", "family": "recurring", "who": "P",
     "expect": ("last_amount", "Harbour Properties")},
    {"q": "What does the tax adviser bill each quarter, and when is the next invoice due?",
     "family": "recurring", "who": "B", "expect": ("next_quarterly", "Wagner Partner")},
    {"q": "What regular bills still go out before the end of this month?", "family": "recurring", "who": "C",
     "expect": ("amounts", ["144.00", "20500.00"])},

    # ---------------------------------------------------------------- runway
    {"q": "How many months of runway do we have?", "family": "runway", "who": "D",
     "expect": ("runway",)},
    {"q": "If all revenue stopped tomorrow, how long would our cash last?", "family": "runway", "who": "E",
     "expect": ("expense_runway",), "alt": [("expense_runway_days",)]},
    {"q": "what's our monthly burn", "family": "runway", "who": "B",
     "expect": ("burn",), "alt": [("avg_expenses_q3",)]},
    {"q": "at the rate we're going how long till the money runs out", "family": "runway", "who": "P",
     "expect": ("runway",)},
    {"q": "How much cash are we burning per month, and how long does that give us?", "family": "runway",
     "who": "C", "expect": ("burn_and_runway",)},
]
