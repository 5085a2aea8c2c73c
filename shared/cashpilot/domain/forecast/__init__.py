"""The cash forecast engine: pure functions over numbers, no database, no AWS.

balance(day) = today's balance + known future flows (`flows`) + a statistical baseline for the rest
(`baseline`), simulated over many paths (`simulation`) to give honest bands and the probability of
running short. `scenarios` rewrites the inputs for what-ifs, `stability` scores the business, and
`accuracy` holds the metrics the backtests report.

statsforecast, pandas and numpy are imported by `baseline` and `simulation` only: the API's cold path
imports the result types from `model` without them.
"""
