"""Schema migrations as a deploy step.

A `triggers.Trigger` invokes functions/migrate once per change of that function (its code, layer
or settings), after the database exists and before the stacks that run application code are
updated (they depend on this stack). The function runs `cashpilot.adapters.db.migrate.upgrade` with
the owner's credentials; a failed migration fails the deploy before new code goes live.
"""

from __future__ import annotations

from aws_cdk import Duration, Stack, triggers
from constructs import Construct

from infra.config import DeployConfig
from infra.constructs.python_function import PythonFunction
from infra.stacks.data import DataStack


class MigrateStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, config: DeployConfig, data: DataStack, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        defaults = data.function_defaults()
        self.migrate = PythonFunction(
            self,
            "Migrate",
            entry="migrate",
            description="Brings the database schema to the release's head revision (deploy step)",
            defaults=defaults,
            owner_credentials=True,
            timeout=Duration.minutes(5),
            memory_size=512,
            # No reserved concurrency: concurrent runs serialise on a PostgreSQL advisory lock, and
            # reserving would fail outright in accounts still at the default concurrency quota.
        )
        self.trigger = triggers.Trigger(
            self,
            "MigrateOnDeploy",
            handler=self.migrate.function,
            timeout=Duration.minutes(10),
            invocation_type=triggers.InvocationType.REQUEST_RESPONSE,
            execute_on_handler_change=True,
        )
