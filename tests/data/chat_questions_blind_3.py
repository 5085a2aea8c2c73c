"""A FOURTH blind question set for the offline analyst (graded by tests/integration/test_chat_eval_blind_3.py).

Written without reading the analyst's parser, its intents or any earlier question set: only the generated
business (tests/support/chat_business.py), what the tools can return, and the issue's families. The
questions are typed the way five imagined owners would type them into a chat box:

- T, terse: fragments, no punctuation, abbreviations ("rev sept?");
- C, chatty: greetings, emojis, asides around the question;
- L, long context: the question buried at the end of a paragraph about why they ask;
- N, non-native English: simple or broken grammar ("how much money we spend for travel");
- A, accountant-minded: finance words ("opex", "inflows", "MoM", "YTD", "burn", "run-rate").

Each item: `q` (the question), `family`, `who` (the owner above), `expect` (the main reading: a spec the
harness turns into figures computed from the raw rows or the stored forecast), optional `alt` (other
reasonable readings of an ambiguous question: any one reading with every figure shown passes), optional
`say` (words the answer must hold, "a|b" = either, used only where a bare number could match by luck, e.g.
a count or a zero probability) and optional `tol` (extra tolerance, where a figure is an estimate).

Today is Wednesday 14 Oct 2026 (tests/support/chat_business.TODAY); the rows start on 1 Aug 2025; the
forecast runs 90 days to 12 Jan 2027.
"""

from __future__ import annotations

TODAY = "2026-10-14"
# Periods, as the owner most likely means them on 14 Oct 2026.
SEP = ("2026-09-01", "2026-09-30")
AUG = ("2026-08-01", "2026-08-31")
OCT_MTD = ("2026-10-01", TODAY)
Q1 = ("2026-01-01", "2026-03-31")
Q2 = ("2026-04-01", "2026-06-30")
Q3 = ("2026-07-01", "2026-09-30")  # "last quarter"
H1 = ("2026-01-01", "2026-06-30")
YTD = ("2026-01-01", TODAY)
Y2025 = ("2025-01-01", "2025-12-31")
ALL = ("2025-08-01", TODAY)
LAST_12M = ("2025-10-15", TODAY)
LAST_12M_INCL = ("2025-10-14", TODAY)  # 365 days counting today and the same day a year ago
LAST_12_FULL_MONTHS = ("2025-10-01", "2026-09-30")
LAST_6M = ("2026-04-15", TODAY)
LAST_6M_INCL = ("2026-04-14", TODAY)
LAST_6_FULL_MONTHS = ("2026-04-01", "2026-09-30")
LAST_90D = ("2026-07-17", TODAY)
LAST_90D_EXCL = ("2026-07-16", TODAY)
LAST_90D_BEFORE_TODAY = ("2026-07-16", "2026-10-13")
SINCE_MARCH = ("2026-03-01", TODAY)
FORECAST_ALL = ("2026-10-15", "2027-01-12")

QUESTIONS: list[dict] = [
    # ------------------------------------------------------------------------------------ totals
    {"q": "rev sept?", "family": "totals", "who": "T", "expect": ("revenue", *SEP)},
    {"q": "Hi there! Could you tell me how much money we spent in total during August? Just trying to get a "
          "feel for things 🙂", "family": "totals", "who": "C", "expect": ("expenses", *AUG)},
    {"q": "Net income for Q2 please", "family": "totals", "who": "A", "expect": ("net", *Q2)},
    {"q": "Total inflows YTD?", "family": "totals", "who": "A", "expect": ("revenue", *YTD)},
    {"q": "how much money come in to us last 90 days", "family": "totals", "who": "N",
     "expect": ("revenue", *LAST_90D), "alt": [("revenue", *LAST_90D_EXCL), ("revenue", *LAST_90D_BEFORE_TODAY)]},
    {"q": "We've had a rough few months and my business partner keeps asking me whether we actually made or "
          "lost money in the first half of this year. I honestly don't know. Can you give me the net figure "
          "for H1?", "family": "totals", "who": "L", "expect": ("net", *H1)},
    {"q": "opex month to date", "family": "totals", "who": "A", "expect": ("expenses", *OCT_MTD)},

    # ------------------------------------------------------------------------------------ by category
    {"q": "How much did we spend on software in the last 6 months?", "family": "by_category", "who": "C",
     "expect": ("category", "software", *LAST_6M),
     "alt": [("category", "software", *LAST_6M_INCL), ("category", "software", *LAST_6_FULL_MONTHS)]},
    {"q": "travel costs 2025", "family": "by_category", "who": "T", "expect": ("category", "travel", *Y2025)},
    {"q": "what we pay for office supplies since january?", "family": "by_category", "who": "N",
     "expect": ("category", "supplies", *YTD)},
    {"q": "Which expense category was the biggest last quarter, and how much was it?", "family": "by_category",
     "who": "C", "expect": ("top_category", *Q3), "say": ["payroll|salar"]},
    {"q": "Utilities spend in Q1?", "family": "by_category", "who": "A", "expect": ("category", "utilities", *Q1)},
    {"q": "My accountant is coming in next week and I'd like to know up front: how much have we paid in "
          "professional fees (accounting, tax advice) so far this year?", "family": "by_category", "who": "L",
     "expect": ("category", "professional_services", *YTD)},

    # ------------------------------------------------------------------------------------ by entity
    {"q": "How much has Northwind paid us this year?", "family": "by_entity", "who": "C",
     "expect": ("entity", "Northwind Traders", *YTD)},
    {"q": "aws spend q3", "family": "by_entity", "who": "T", "expect": ("entity", "Amazon Web Services", *Q3)},
    {"q": "Brightline revenue, trailing twelve months?", "family": "by_entity", "who": "A",
     "expect": ("entity", "Brightline Media", *LAST_12M),
     "alt": [("entity", "Brightline Media", *LAST_12M_INCL), ("entity", "Brightline Media", *LAST_12_FULL_MONTHS)]},
    {"q": "How much did Keller Architects bring in since March?", "family": "by_entity", "who": "C",
     "expect": ("entity", "Keller Architects", *SINCE_MARCH)},
    {"q": "how much money we give to Deutsche Bahn last year", "family": "by_entity", "who": "N",
     "expect": ("entity", "Deutsche Bahn", *Y2025)},
    {"q": "Oakridge Dental is one of those clients who pays whenever they feel like it, so I've lost track. "
          "What have they paid us in total since we started using this?", "family": "by_entity", "who": "L",
     "expect": ("entity", "Oakridge Dental", *ALL)},

    # ------------------------------------------------------------------------------------ top-N
    {"q": "top 3 clients ytd", "family": "top_n", "who": "T", "expect": ("top", "in", 3, *YTD)},
    {"q": "Who were our five biggest suppliers last quarter?", "family": "top_n", "who": "C",
     "expect": ("top", "out", 5, *Q3)},
    {"q": "Who was my best customer in 2025?", "family": "top_n", "who": "N",
     "expect": ("top", "in", 1, *Y2025), "say": ["Brightline"]},
    {"q": "Leaving payroll aside, which vendor did we spend the most with over the past year?", "family": "top_n",
     "who": "A", "expect": ("top_excluding", "out", ("Gusto",), *LAST_12M),
     "alt": [("top_excluding", "out", ("Gusto",), *LAST_12M_INCL),
             ("top_excluding", "out", ("Gusto",), *LAST_12_FULL_MONTHS)], "say": ["Harbour"]},
    {"q": "can you rank my customers by how much they paid last month", "family": "top_n", "who": "C",
     "expect": ("top", "in", 4, *SEP)},
    {"q": "I'm thinking about which relationships to invest in next year, so I want to see who really "
          "matters. Who are my two biggest customers over the last 6 months?", "family": "top_n", "who": "L",
     "expect": ("top", "in", 2, *LAST_6M),
     "alt": [("top", "in", 2, *LAST_6M_INCL), ("top", "in", 2, *LAST_6_FULL_MONTHS)]},

    # ------------------------------------------------------------------------------------ biggest transactions
    {"q": "biggest expense this year?", "family": "biggest", "who": "T", "expect": ("biggest", "out", *YTD),
     "say": ["Dell"]},
    {"q": "What was the largest single payment we received in Q2?", "family": "biggest", "who": "C",
     "expect": ("biggest", "in", *Q2)},
    {"q": "Show me the 3 biggest outgoing payments from last month", "family": "biggest", "who": "C",
     "expect": ("biggest_n", "out", 3, *SEP)},
    {"q": "what is the most big payment Oakridge ever make to us?", "family": "biggest", "who": "N",
     "expect": ("biggest_entity", "Oakridge Dental", *ALL)},
    {"q": "Largest single travel expense in the last 12 months?", "family": "biggest", "who": "A",
     "expect": ("biggest_category", "travel", *LAST_12M),
     "alt": [("biggest_category", "travel", *LAST_12M_INCL), ("biggest_category", "travel", *LAST_12_FULL_MONTHS)]},
    {"q": "Largest transaction in September, in or out?", "family": "biggest", "who": "A",
     "expect": ("biggest", "any", *SEP)},

    # ------------------------------------------------------------------------------------ change
    {"q": "Revenue MoM, Sep vs Aug?", "family": "change", "who": "A",
     "expect": ("change_pct", "revenue", *SEP, *AUG), "alt": [("change", "revenue", *SEP, *AUG)]},
    {"q": "How did our expenses in Q3 compare to Q2?", "family": "change", "who": "C",
     "expect": ("change", "expenses", *Q3, *Q2), "alt": [("change_pct", "expenses", *Q3, *Q2)]},
    {"q": "It feels like fewer payments are landing lately and I'm getting nervous. Is our income actually "
          "going down? Compare the last three months with the three months before that.", "family": "change",
     "who": "L", "expect": ("change", "revenue", *Q3, *Q2),
     "alt": [("change_pct", "revenue", *Q3, *Q2),
             ("change", "revenue", "2026-07-15", TODAY, "2026-04-15", "2026-07-14"),
             ("change_pct", "revenue", "2026-07-15", TODAY, "2026-04-15", "2026-07-14")]},
    {"q": "net cash flow this september vs september last year", "family": "change", "who": "T",
     "expect": ("change", "net", *SEP, "2025-09-01", "2025-09-30")},
    {"q": "How much more or less did we spend on travel in Q3 than in Q2?", "family": "change", "who": "C",
     "expect": ("change_category", "travel", *Q3, *Q2), "alt": [("change_category_pct", "travel", *Q3, *Q2)]},
    {"q": "YoY revenue growth for August?", "family": "change", "who": "A",
     "expect": ("change_pct", "revenue", *AUG, "2025-08-01", "2025-08-31"),
     "alt": [("change", "revenue", *AUG, "2025-08-01", "2025-08-31")]},

    # ------------------------------------------------------------------------------------ balance today
    {"q": "balance?", "family": "balance", "who": "T", "expect": ("balance", TODAY)},
    {"q": "How much cash do we have in the bank right now?", "family": "balance", "who": "C",
     "expect": ("balance", TODAY)},
    {"q": "what was my balance at end of June", "family": "balance", "who": "N", "expect": ("balance", "2026-06-30")},
    {"q": "I'm eyeing a new laptop for the studio but I don't want to do anything stupid before payroll. "
          "Roughly how much money is sitting in the account today?", "family": "balance", "who": "L",
     "expect": ("balance", TODAY)},
    {"q": "Cash position as of 30 September?", "family": "balance", "who": "A", "expect": ("balance", "2026-09-30")},
    {"q": "how much do we have above our 20k buffer today", "family": "balance", "who": "T",
     "expect": ("headroom",)},

    # ------------------------------------------------------------------------------------ forecast at a date
    {"q": "What will our balance be at the end of November?", "family": "forecast", "who": "C",
     "expect": ("forecast", "2026-11-30")},
    {"q": "projected cash christmas day", "family": "forecast", "who": "T", "expect": ("forecast", "2026-12-25")},
    {"q": "how much money I will have in 2 weeks?", "family": "forecast", "who": "N",
     "expect": ("forecast", "2026-10-28")},
    {"q": "We're planning the Christmas party and my co-founder is nervous about spending anything before the "
          "year closes. What will the bank balance look like at the end of December?", "family": "forecast",
     "who": "L", "expect": ("forecast", "2026-12-31")},
    {"q": "Forecast closing cash at 31 Oct?", "family": "forecast", "who": "A", "expect": ("forecast", "2026-10-31")},
    {"q": "balance in 60 days", "family": "forecast", "who": "T", "expect": ("forecast", "2026-12-13")},

    # ------------------------------------------------------------------------------------ lowest projected balance
    {"q": "When will our cash be at its lowest in the next 3 months, and how low?", "family": "low_point",
     "who": "C", "expect": ("low_date", *FORECAST_ALL)},
    {"q": "lowest balance before new year?", "family": "low_point", "who": "T",
     "expect": ("low_date", "2026-10-15", "2026-12-31"), "alt": [("low", "2026-10-15", "2026-12-31")]},
    {"q": "Minimum projected balance over the next 30 days?", "family": "low_point", "who": "A",
     "expect": ("low", "2026-10-15", "2026-11-13")},
    {"q": "when is the worst moment for my money coming up?", "family": "low_point", "who": "N",
     "expect": ("low_date", *FORECAST_ALL)},
    {"q": "Payroll and rent hit at the end and start of each month, and I always get anxious around then. "
          "In November specifically, what's the lowest our balance is expected to get?", "family": "low_point",
     "who": "L", "expect": ("low", "2026-11-01", "2026-11-30")},

    # ------------------------------------------------------------------------------------ deficit risk
    {"q": "any risk we go negative in the next 90 days?", "family": "deficit_risk", "who": "T",
     "expect": ("deficit", 90), "say": ["0%|0.0%|no risk|zero|not expected|unlikely|very low|never"]},
    {"q": "What's the probability of an overdraft within 30 days?", "family": "deficit_risk", "who": "A",
     "expect": ("deficit", 30), "say": ["0%|0.0%|no risk|zero|not expected|unlikely|very low|never"]},
    {"q": "Could we run out of cash before the end of the year? Be honest 😅", "family": "deficit_risk",
     "who": "C", "expect": ("deficit", 90), "alt": [("deficit", 60)],
     "say": ["0%|0.0%|no risk|zero|not expected|unlikely|very low|never"]},
    {"q": "what is chance balance drop under our buffer in next 3 month?", "family": "deficit_risk", "who": "N",
     "expect": ("buffer_risk", 90)},
    {"q": "Are we at risk of a cash shortfall in the next two months?", "family": "deficit_risk", "who": "C",
     "expect": ("deficit", 60), "say": ["0%|0.0%|no risk|zero|not expected|unlikely|very low|never"]},
    {"q": "Likelihood of breaching the cash buffer in the next 30 days?", "family": "deficit_risk", "who": "A",
     "expect": ("buffer_risk", 30), "say": ["0%|0.0%|no risk|zero|not expected|unlikely|very low|never"]},

    # ------------------------------------------------------------------------------------ what-if
    {"q": "If Brightline pays 30 days late, what's our balance at the end of November?", "family": "what_if",
     "who": "C", "expect": ("late", ["Brightline Media"], 30, "next", "2026-11-30"),
     "alt": [("late", ["Brightline Media"], 30, "all", "2026-11-30")]},
    {"q": "what if northwind pay 2 weeks late, how much money I have on 31 october?", "family": "what_if",
     "who": "N", "expect": ("late", ["Northwind Traders"], 14, "next", "2026-10-31"),
     "alt": [("late", ["Northwind Traders"], 14, "all", "2026-10-31")]},
    {"q": "Suppose we hold the rent back by 10 days. What's our cash on 5 November then?", "family": "what_if",
     "who": "C", "expect": ("delay", "Harbour Properties", 10, "2026-11-05")},
    {"q": "We might need to replace the big plotter. If we spend 15,000 on it next week, what's the lowest "
          "our balance would go?", "family": "what_if", "who": "L", "expect": ("one_time_low", "-15000", "2026-10-21")},
    {"q": "One-off tax payment of 8k on 1 Dec: impact on year-end cash?", "family": "what_if", "who": "A",
     "expect": ("one_time", "-8000", "2026-12-01", "2026-12-31")},
    {"q": "payroll pushed back a week -> balance on oct 31?", "family": "what_if", "who": "T",
     "expect": ("delay", "Gusto", 7, "2026-10-31")},
    {"q": "If Brightline and Northwind both pay a month late, where are we by 15 December?", "family": "what_if",
     "who": "C", "expect": ("late", ["Brightline Media", "Northwind Traders"], 30, "next", "2026-12-15"),
     "alt": [("late", ["Brightline Media", "Northwind Traders"], 30, "all", "2026-12-15"),
             ("late", ["Brightline Media", "Northwind Traders"], 31, "next", "2026-12-15"),
             ("late", ["Brightline Media", "Northwind Traders"], 31, "all", "2026-12-15")]},

    # ------------------------------------------------------------------------------------ alerts
    {"q": "any alerts?", "family": "alerts", "who": "T", "expect": ("alerts_open",), "say": ["alert"]},
    {"q": "Why is Pinecrest flagged?", "family": "alerts", "who": "C", "expect": ("last_payment", "Pinecrest Hotels"),
     "alt": [("typical", "Pinecrest Hotels")], "say": ["Pinecrest"]},
    {"q": "What's the most urgent alert right now and why?", "family": "alerts", "who": "C",
     "expect": ("variance_pct",), "alt": [("variance_paid",)]},
    {"q": "explain the revenue drop warning pls", "family": "alerts", "who": "T",
     "expect": ("drop_pct", "2026-09-15", TODAY, "2026-06-17", "2026-09-14"),
     "alt": [("revenue", "2026-09-15", TODAY)]},
    {"q": "I got a notification saying we depend too much on one client. Which one is it and how big a share "
          "of our revenue are they?", "family": "alerts", "who": "L",
     "expect": ("share", "Brightline Media", *LAST_12M), "say": ["Brightline"]},
    {"q": "is there some alert about customer not paying on time?", "family": "alerts", "who": "N",
     "expect": ("typical", "Brightline Media"), "alt": [("last_payment", "Pinecrest Hotels")],
     "say": ["Brightline|Pinecrest"]},

    # ------------------------------------------------------------------------------------ recurring
    {"q": "What do our recurring costs add up to each month?", "family": "recurring", "who": "C",
     "expect": ("recurring_total",), "tol": "100"},
    {"q": "list my subscriptions", "family": "recurring", "who": "T",
     "expect": ("last_amounts", ["Adobe", "Slack", "Google Workspace"])},
    {"q": "when is next payroll and how much it is?", "family": "recurring", "who": "N",
     "expect": ("next_payment", "Gusto")},
    {"q": "How much rent do we pay each month?", "family": "recurring", "who": "C",
     "expect": ("last_amount", "Harbour Properties")},
    {"q": "Monthly run-rate of fixed/recurring opex?", "family": "recurring", "who": "A",
     "expect": ("recurring_total",), "tol": "100"},
    {"q": "Our accountant bills us every quarter and I always forget when. When is the next Wagner bill due "
          "and how much will it be?", "family": "recurring", "who": "L", "expect": ("next_quarterly", "Wagner Partner")},

    # ------------------------------------------------------------------------------------ runway
    {"q": "runway?", "family": "runway", "who": "T", "expect": ("runway",)},
    {"q": "How many months can we keep going at our current burn rate?", "family": "runway", "who": "C",
     "expect": ("runway",)},
    {"q": "What's our average monthly burn?", "family": "runway", "who": "A", "expect": ("burn",)},
    {"q": "If literally no revenue came in from tomorrow, how long would our cash last?", "family": "runway",
     "who": "C", "expect": ("expense_runway",)},
    {"q": "Trailing 3-month avg net burn, and the runway that implies?", "family": "runway", "who": "A",
     "expect": ("burn_and_runway",)},
    {"q": "how long the money will last us?", "family": "runway", "who": "N", "expect": ("runway",)},
]
