"""CashPilot on a laptop: no AWS account, no Docker, no PostgreSQL install.

postgres.py         the embedded PostgreSQL (pgserver) used when no DATABASE_URL is set
moto_server.py      moto on a thread of this process, Step Functions executing
lambda_dispatch.py  moto's Lambda invocations -> our handlers in functions/, in-process
s3_events.py        S3 -> Lambda notifications, asynchronous as in AWS
resources.py        the buckets, functions, state machine, notification and SES identity CDK deploys, in moto
executions.py       following state-machine executions
schedules.py        the scheduled jobs: cron evaluation, the runner, `cashpilot run-schedule`
mail.py             email sent through SES, kept under the data dir (`cashpilot emails`)
cloud.py            all of the above as one local cloud (`cashpilot local`, `cashpilot demo`)
demo.py             the demo business and its year, imported through the local cloud
repo.py             where the checkout's functions/ and infra/ are
"""
