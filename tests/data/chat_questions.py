"""The chat evaluation set: questions an owner of the generated business (tests/support/chat_business.py,
today = 14 Oct 2026) would ask, in the acceptance families, each with how its expected answer is computed.

`expect` names a computation and its parameters, with every period written out as dates, so the
expected numbers never go through the chat's own date parsing:

- ("revenue" | "expenses" | "net", start, end), ("category", key, start, end), ("entity", owner name, start, end)
- ("top", "in" | "out", n, start, end): the first n totals; ("biggest", "in" | "out" | "any", start, end)
- ("change", metric, start, end, prev_start, prev_end): the difference (magnitude)
- ("balance",), ("forecast", day), ("low_point",), ("deficit", window)
- ("late", [owner names] | top n, days, day), ("delay", owner name, days, day), ("one_time", amount, on, day),
  ("lose", owner name, day): the what-if's expected balance on `day`, from the forecast engine
- ("alerts",): the number of open alerts; ("alert", kind, data key): a figure of that alert
- ("amounts", [...]): each of these amounts; ("runway",), ("burn",)
"""

from __future__ import annotations

Y = "2026"
QUESTIONS: list[dict] = [
    # totals
    {"family": "totals", "q": "How much revenue did we make last month?", "expect": ("revenue", "2026-09-01", "2026-09-30")},
    {"family": "totals", "q": "What were our total expenses in Q3?", "expect": ("expenses", "2026-07-01", "2026-09-30")},
    {"family": "totals", "q": "What was our net cash flow this year?", "expect": ("net", "2026-01-01", "2026-10-14")},
    {"family": "totals", "q": "How much money came in during March?", "expect": ("revenue", "2026-03-01", "2026-03-31")},
    {"family": "totals", "q": "What did we spend last year?", "expect": ("expenses", "2025-01-01", "2025-12-31")},
    {"family": "totals", "q": "Total sales since January?", "expect": ("revenue", "2026-01-01", "2026-10-14")},
    {"family": "totals", "q": "What's our profit for the last 90 days?", "expect": ("net", "2026-07-17", "2026-10-14")},
    {"family": "totals", "q": "how much did we earn in Q2 2026", "expect": ("revenue", "2026-04-01", "2026-06-30")},
    {"family": "totals", "q": "Expenses last week?", "expect": ("expenses", "2026-10-05", "2026-10-11")},
    {"family": "totals", "q": "How much have we spent so far this month?", "expect": ("expenses", "2026-10-01", "2026-10-14")},
    # by category
    {"family": "by_category", "q": "How much did we spend on software last quarter?",
     "expect": ("category", "software", "2026-07-01", "2026-09-30")},
    {"family": "by_category", "q": "What did rent cost us this year?", "expect": ("category", "rent", "2026-01-01", "2026-10-14")},
    {"family": "by_category", "q": "How much went on payroll in Q3?", "expect": ("category", "payroll", "2026-07-01", "2026-09-30")},
    {"family": "by_category", "q": "Travel expenses since January?", "expect": ("category", "travel", "2026-01-01", "2026-10-14")},
    {"family": "by_category", "q": "What were our utilities costs last year?",
     "expect": ("category", "utilities", "2025-01-01", "2025-12-31")},
    {"family": "by_category", "q": "Break down our expenses by category for September",
     "expect": ("category", "payroll", "2026-09-01", "2026-09-30")},
    {"family": "by_category", "q": "How much did we pay for the accountant in Q1?",
     "expect": ("category", "professional_services", "2026-01-01", "2026-03-31")},
    {"family": "by_category", "q": "Spending on equipment this year", "expect": ("category", "equipment", "2026-01-01", "2026-10-14")},
    {"family": "by_category", "q": "where did our money go last month?", "expect": ("category", "rent", "2026-09-01", "2026-09-30")},
    # by entity
    {"family": "by_entity", "q": "How much did Brightline pay us this year?",
     "expect": ("entity", "Brightline Media", "2026-01-01", "2026-10-14")},
    {"family": "by_entity", "q": "How much has Northwind Traders paid us since March?",
     "expect": ("entity", "Northwind Traders", "2026-03-01", "2026-10-14")},
    {"family": "by_entity", "q": "What did we pay Harbour Properties last quarter?",
     "expect": ("entity", "Harbour Properties", "2026-07-01", "2026-09-30")},
    {"family": "by_entity", "q": "How much did Keller Architects pay us in the last 6 months?",
     "expect": ("entity", "Keller Architects", "2026-04-15", "2026-10-14")},
    {"family": "by_entity", "q": "How much have we spent with Staples this year?",
     "expect": ("entity", "Staples", "2026-01-01", "2026-10-14")},
    {"family": "by_entity", "q": "what did oakridge dental pay us last month", "expect": ("entity", "Oakridge Dental", "2026-09-01", "2026-09-30")},
    # top-N
    {"family": "top_n", "q": "Who are my top 3 customers this year?", "expect": ("top", "in", 3, "2026-01-01", "2026-10-14")},
    {"family": "top_n", "q": "Who were our biggest suppliers last quarter?", "expect": ("top", "out", 5, "2026-07-01", "2026-09-30")},
    {"family": "top_n", "q": "Top 2 clients since January", "expect": ("top", "in", 2, "2026-01-01", "2026-10-14")},
    {"family": "top_n", "q": "Which vendors do we spend the most with?", "expect": ("top", "out", 5, "2025-10-15", "2026-10-14")},
    {"family": "top_n", "q": "Who pays us the most?", "expect": ("top", "in", 5, "2025-10-15", "2026-10-14")},
    # biggest transactions
    {"family": "biggest", "q": "What were the biggest payments this year?", "expect": ("biggest", "out", "2026-01-01", "2026-10-14")},
    {"family": "biggest", "q": "Show me the largest transactions last month", "expect": ("biggest", "any", "2026-09-01", "2026-09-30")},
    {"family": "biggest", "q": "What were the 3 biggest deposits in Q3?", "expect": ("biggest", "in", "2026-07-01", "2026-09-30")},
    {"family": "biggest", "q": "Largest expenses in March?", "expect": ("biggest", "out", "2026-03-01", "2026-03-31")},
    {"family": "biggest", "q": "biggest purchases in June", "expect": ("biggest", "out", "2026-06-01", "2026-06-30")},
    # change versus a previous period
    {"family": "change", "q": "How did revenue this month compare to last month?",
     "expect": ("change", "revenue", "2026-10-01", "2026-10-14", "2026-09-01", "2026-09-30")},
    {"family": "change", "q": "Did our expenses go up in Q3 compared to Q2?",
     "expect": ("change", "expenses", "2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30")},
    {"family": "change", "q": "How does revenue in September compare with August?",
     "expect": ("change", "revenue", "2026-09-01", "2026-09-30", "2026-08-01", "2026-08-31")},
    {"family": "change", "q": "Is our revenue growing? Compare last quarter with the quarter before.",
     "expect": ("change", "revenue", "2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30")},
    {"family": "change", "q": "Net cash flow last month versus the month before",
     "expect": ("change", "net", "2026-09-01", "2026-09-30", "2026-08-01", "2026-08-31")},
    {"family": "change", "q": "Revenue this year vs last year",
     "expect": ("change", "revenue", "2026-01-01", "2026-10-14", "2025-01-01", "2025-12-31")},
    # balance today
    {"family": "balance", "q": "What's my balance?", "expect": ("balance",)},
    {"family": "balance", "q": "How much cash do we have in the bank right now?", "expect": ("balance",)},
    {"family": "balance", "q": "What is our current cash position?", "expect": ("balance",)},
    # forecast balance at a date
    {"family": "forecast", "q": "What will my balance be in 30 days?", "expect": ("forecast", "2026-11-13")},
    {"family": "forecast", "q": "How much cash will we have at the end of next month?", "expect": ("forecast", "2026-11-30")},
    {"family": "forecast", "q": "What's the projected balance on 15 December?", "expect": ("forecast", "2026-12-15")},
    {"family": "forecast", "q": "Forecast my cash for 2026-12-31", "expect": ("forecast", "2026-12-31")},
    {"family": "forecast", "q": "Will I have enough cash in 60 days?", "expect": ("forecast", "2026-12-13")},
    {"family": "forecast", "q": "What does our cash look like two weeks from now?", "expect": ("forecast", "2026-10-28")},
    # lowest projected balance
    {"family": "low_point", "q": "When is my cash at its lowest?", "expect": ("low_point",)},
    {"family": "low_point", "q": "What's the lowest our balance will get?", "expect": ("low_point",)},
    {"family": "low_point", "q": "When will money be tightest?", "expect": ("low_point",)},
    # deficit risk
    {"family": "deficit_risk", "q": "What is the risk of going below zero?", "expect": ("deficit", 90)},
    {"family": "deficit_risk", "q": "How likely are we to run out of cash in the next 60 days?", "expect": ("deficit", 60)},
    {"family": "deficit_risk", "q": "Any chance we go overdrawn within 30 days?", "expect": ("deficit", 30)},
    # what-if
    {"family": "what_if", "q": "What if Brightline pays 30 days late?", "expect": ("late", ["Brightline Media"], 30, "2026-11-13")},
    {"family": "what_if", "q": "What will my cash look like in 30 days if my top two clients pay late?",
     "expect": ("late", 2, 30, "2026-11-13")},
    {"family": "what_if", "q": "What if Northwind pays 2 weeks late?", "expect": ("late", ["Northwind Traders"], 14, "2026-11-13")},
    {"family": "what_if", "q": "What if we delay the rent by 15 days?", "expect": ("delay", "Harbour Properties", 15, "2026-11-13")},
    {"family": "what_if", "q": "What if we postpone paying Gusto by 10 days, what's my balance at the end of the month?",
     "expect": ("delay", "Gusto", 10, "2026-10-31")},
    {"family": "what_if", "q": "What if we have a one-off cost of 15k next week?",
     "expect": ("one_time", "-15000.00", "2026-10-21", "2026-11-13")},
    {"family": "what_if", "q": "Suppose we buy a new server for €8,000 on 2026-11-02. What would the balance be on 2026-11-30?",
     "expect": ("one_time", "-8000.00", "2026-11-02", "2026-11-30")},
    {"family": "what_if", "q": "What if we lose Keller Architects?", "expect": ("lose", "Keller Architects", "2026-11-13")},
    # alerts and why
    {"family": "alerts", "q": "What alerts do I have?", "expect": ("alerts",)},
    {"family": "alerts", "q": "Is there anything I should worry about?", "expect": ("alerts",)},
    {"family": "alerts", "q": "Why is Pinecrest flagged?", "expect": ("alert", "client_churn", "last_payment_amount")},
    {"family": "alerts", "q": "Why did I get a revenue drop alert?", "expect": ("alert", "revenue_drop", "current_revenue")},
    {"family": "alerts", "q": "Explain the concentration warning", "expect": ("alert", "revenue_concentration", "customer_revenue")},
    # recurring costs
    {"family": "recurring", "q": "What are my recurring costs?", "expect": ("amounts", ["20500.00", "3200.00", "87.50"])},
    {"family": "recurring", "q": "Which subscriptions do we pay for?", "expect": ("amounts", ["59.99", "87.50", "144.00"])},
    {"family": "recurring", "q": "What do we pay every month?", "expect": ("amounts", ["3200.00", "20500.00"])},
    # runway
    {"family": "runway", "q": "How long is my runway?", "expect": ("runway",)},
    {"family": "runway", "q": "How many months of cash do we have left?", "expect": ("runway",)},
    {"family": "runway", "q": "What is our burn rate?", "expect": ("burn",)},
]

# Phrasings added to keep the analyst general (not tuned to one wording): casual, lower case, other date
# phrases and synonyms, in the same families.
QUESTIONS += [
    {"family": "totals", "q": "takings the week before last", "expect": ("revenue", "2026-09-28", "2026-10-04")},
    {"family": "totals", "q": "what did we spend in the first half of the year", "expect": ("expenses", "2026-01-01", "2026-06-30")},
    {"family": "totals", "q": "money in this year so far", "expect": ("revenue", "2026-01-01", "2026-10-14")},
    {"family": "totals", "q": "what were our outgoings over the past 3 months", "expect": ("expenses", "2026-07-15", "2026-10-14")},
    {"family": "by_category", "q": "did we spend more on software last quarter than the quarter before",
     "expect": ("category", "software", "2026-07-01", "2026-09-30")},
    {"family": "by_category", "q": "what's our biggest expense category this year", "expect": ("category", "payroll", "2026-01-01", "2026-10-14")},
    {"family": "change", "q": "were costs higher in q3 than in q2", "expect": ("change", "expenses", "2026-07-01", "2026-09-30", "2026-04-01", "2026-06-30")},
    {"family": "forecast", "q": "what will the balance be on christmas", "expect": ("forecast", "2026-12-25")},
    {"family": "forecast", "q": "projected cash on 1 Dec", "expect": ("forecast", "2026-12-01")},
    {"family": "low_point", "q": "how low does our cash get", "expect": ("low_point",)},
    {"family": "deficit_risk", "q": "what are the chances we run out of money", "expect": ("deficit", 30)},
    {"family": "deficit_risk", "q": "will we go into the red next month", "expect": ("deficit", 60)},
    {"family": "what_if", "q": "what's my balance on nov 10 if i delay rent by 2 weeks", "expect": ("delay", "Harbour Properties", 14, "2026-11-10")},
    {"family": "what_if", "q": "what would the balance be at year end if we push back payroll a fortnight",
     "expect": ("delay", "Gusto", 14, "2026-12-31")},
    {"family": "what_if", "q": "what if we get a 15k tax bill on december 1", "expect": ("one_time", "-15000.00", "2026-12-01", "2026-12-01")},
    {"family": "what_if", "q": "what happens if northwind pays us a month late", "expect": ("late", ["Northwind Traders"], 30, "2026-11-13")},
    {"family": "alerts", "q": "why does it say my revenue dropped", "expect": ("alert", "revenue_drop", "current_revenue")},
    {"family": "alerts", "q": "what's the alert about pinecrest", "expect": ("alert", "client_churn", "last_payment_amount")},
    {"family": "recurring", "q": "monthly payroll", "expect": ("amounts", ["20500.00"])},
    {"family": "recurring", "q": "how much is rent each month", "expect": ("amounts", ["3200.00"])},
    {"family": "recurring", "q": "what do i pay the accountant each quarter", "expect": ("amounts", ["1800.00"])},
]

# Generalisation (issue 8, third round): all-time and season periods, mid-month and "in N weeks" days,
# qualifiers on rankings (direction, category, exclusions), derived figures (monthly averages, a stated
# cushion, months without revenue), stated money events and status-quo conditions, past balances, alerts
# asked about by subject or in other words, the next run of a recurring payment, one-word questions.
QUESTIONS += [
    {"family": "totals", "q": "how much revenue have we made since we started?", "expect": ("revenue", "2025-08-01", "2026-10-14")},
    {"family": "totals", "q": "what did we spend over the summer", "expect": ("expenses", "2026-06-01", "2026-08-31")},
    {"family": "totals", "q": "Revenue over the winter?", "expect": ("revenue", "2025-12-01", "2026-02-28")},
    {"family": "totals", "q": "what's our average monthly revenue over the last 6 months",
     "expect": ("amounts", ["22910.58", "137463.45"])},
    {"family": "forecast", "q": "what will the balance be mid-November", "expect": ("forecast", "2026-11-15")},
    {"family": "forecast", "q": "where will our cash be in six weeks", "expect": ("forecast", "2026-11-25")},
    {"family": "biggest", "q": "what were the biggest payments that came in this year", "expect": ("biggest", "in", "2026-01-01", "2026-10-14")},
    {"family": "biggest", "q": "what's the biggest payment we've ever received", "expect": ("biggest", "in", "2025-08-01", "2026-10-14")},
    {"family": "biggest", "q": "what was our largest travel expense", "expect": ("amounts", ["588.90"])},
    {"family": "top_n", "q": "rank my clients by what they paid us in 2025", "expect": ("top", "in", 3, "2025-01-01", "2025-12-31")},
    {"family": "top_n", "q": "who were our biggest suppliers last year, leaving payroll aside", "expect": ("amounts", ["16000.00"])},
    {"family": "balance", "q": "are we above our 20k cushion and by how much", "expect": ("amounts", ["30300.44"])},
    {"family": "balance", "q": "what was in the account at the end of June", "expect": ("amounts", ["58296.73"])},
    {"family": "runway", "q": "how many months could we survive with zero revenue", "expect": ("amounts", ["50300.44", "26024.42"])},
    {"family": "runway", "q": "if nothing changes when do we run out of money", "expect": ("runway",)},
    {"family": "what_if", "q": "say Brightline is two weeks late with their next payment, where are we at the end of the month",
     "expect": ("late", ["Brightline Media"], 14, "2026-10-31")},
    {"family": "what_if", "q": "I have a 12,500 tax bill due on December 10th. How low does that take us?",
     "expect": ("one_time", "-12500.00", "2026-12-10", "2026-12-10")},
    {"family": "what_if", "q": "we're getting a 5k grant on Nov 15 - what's the year end balance with that?",
     "expect": ("one_time", "5000.00", "2026-11-15", "2026-12-31")},
    {"family": "alerts", "q": "why are you flagging Pinecrest?", "expect": ("alert", "client_churn", "last_payment_amount")},
    {"family": "alerts", "q": "what's up with Brightline", "expect": ("alert", "revenue_concentration", "customer_revenue")},
    {"family": "recurring", "q": "when's the next payroll run and how much is it", "expect": ("amounts", ["20500.00"])},
    {"family": "recurring", "q": "when is rent due next", "expect": ("amounts", ["3200.00"])},
    {"family": "recurring", "q": "rent?", "expect": ("amounts", ["3200.00"])},
]

# Generalisation (issue 8, fourth round): terse and abbreviated questions, a bare year, year-over-year and
# month-over-month, a reading day named beside an event, context sentences around the question, derived
# readings in other words, delays in other verbs.
QUESTIONS += [
    {"family": "totals", "q": "rev sept?", "expect": ("revenue", "2026-09-01", "2026-09-30")},
    {"family": "totals", "q": "exp Q2", "expect": ("expenses", "2026-04-01", "2026-06-30")},
    {"family": "totals", "q": "net ytd", "expect": ("net", "2026-01-01", "2026-10-14")},
    {"family": "by_category", "q": "travel costs 2025", "expect": ("category", "travel", "2025-01-01", "2025-12-31")},
    {"family": "change", "q": "revenue this september vs september last year",
     "expect": ("change", "revenue", "2026-09-01", "2026-09-30", "2025-09-01", "2025-09-30")},
    {"family": "change", "q": "MoM revenue", "expect": ("change", "revenue", "2026-09-01", "2026-09-30", "2026-08-01", "2026-08-31")},
    {"family": "forecast", "q": "We have a Christmas party planned, what's the balance at the end of December?",
     "expect": ("forecast", "2026-12-31")},
    {"family": "balance", "q": "We just ran payroll last week. How much money is sitting in the account today?",
     "expect": ("balance",)},
    {"family": "low_point", "q": "when is the worst moment for my money coming up?", "expect": ("low_point",)},
    {"family": "runway", "q": "how long the money will last us?", "expect": ("runway",)},
    {"family": "deficit_risk", "q": "Are we at risk of a cash shortfall in the next two months?", "expect": ("deficit", 60)},
    {"family": "what_if", "q": "hold the rent back by 10 days. What's our cash on 5 November",
     "expect": ("delay", "Harbour Properties", 10, "2026-11-05")},
    {"family": "what_if", "q": "payroll pushed back a week -> balance on oct 31?", "expect": ("delay", "Gusto", 7, "2026-10-31")},
]

# Generalisation (issue 8, fifth round): counterparties by short form / initials / legal form, "who did we pay
# the most", calendar years, outlook without a money word, runway in other words, one-off costs with a currency
# code, lost customers in other words, suppliers named by their role, lists with a filter.
QUESTIONS += [
    {"family": "by_entity", "q": "how much did we pay google this year", "expect": ("entity", "Google Workspace", "2026-01-01", "2026-10-14")},
    {"family": "by_entity", "q": "What did Keller Architects Ltd pay us last quarter?",
     "expect": ("entity", "Keller Architects", "2026-07-01", "2026-09-30")},
    {"family": "by_entity", "q": "how much did we pay our tax adviser in Q1?", "expect": ("entity", "Wagner Partner", "2026-01-01", "2026-03-31")},
    {"family": "by_entity", "q": "what did we pay the landlord last quarter", "expect": ("entity", "Harbour Properties", "2026-07-01", "2026-09-30")},
    {"family": "top_n", "q": "who did we pay the most in Q3?", "expect": ("top", "out", 5, "2026-07-01", "2026-09-30")},
    {"family": "top_n", "q": "who paid us the most in calendar 2025?", "expect": ("top", "in", 5, "2025-01-01", "2025-12-31")},
    {"family": "top_n", "q": "who got the most money from us last year", "expect": ("top", "out", 5, "2025-01-01", "2025-12-31")},
    {"family": "totals", "q": "revenue in FY2025", "expect": ("revenue", "2025-01-01", "2025-12-31")},
    {"family": "forecast", "q": "where will we be on 1 December?", "expect": ("forecast", "2026-12-01")},
    {"family": "forecast", "q": "how are we looking for Christmas", "expect": ("forecast", "2026-12-25")},
    {"family": "forecast", "q": "what does December look like", "expect": ("forecast", "2026-12-31")},
    {"family": "runway", "q": "at the rate we're going how long till the money runs out", "expect": ("runway",)},
    {"family": "runway", "q": "how long can we keep going", "expect": ("runway",)},
    {"family": "what_if", "q": "We have a one-off tax bill of EUR 15,000 due on 15 December. What will our balance be at year end?",
     "expect": ("one_time", "-15000.00", "2026-12-15", "2026-12-31")},
    {"family": "what_if", "q": "what if Keller Architects stopped working with us?", "expect": ("lose", "Keller Architects", "2026-11-13")},
    {"family": "what_if", "q": "what does our cash look like without Keller Architects", "expect": ("lose", "Keller Architects", "2026-11-13")},
    {"family": "recurring", "q": "which subscriptions do we pay", "expect": ("amounts", ["59.99", "87.50", "144.00"])},
    {"family": "recurring", "q": "what regular bills still go out before the end of this month?",
     "expect": ("amounts", ["20500.00", "144.00"])},
    {"family": "by_category", "q": "leaving payroll aside, which category was largest this year?",
     "expect": ("category", "rent", "2026-01-01", "2026-10-14")},
]
