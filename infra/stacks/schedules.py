"""Scheduled jobs (EventBridge Scheduler -> functions/scheduler) and the SES sending identity.

All schedules are in UTC and invoke the same function with `{"job": ..., "scheduled_time": ...}`;
`scheduled_time` is the schedule's intended time (not the delivery time), so a delayed or retried
delivery still knows which slot it serves.

Weekly digest: owners get it on Monday at 08:00 in their business's own time zone. Monday 08:00
local happens between Sunday 18:00 UTC (UTC+14) and Monday 20:00 UTC (UTC-12), so the job runs
every hour of Sunday and Monday (UTC) and the handler picks the businesses whose local time at
`scheduled_time` is Monday, 08:xx. Each business matches exactly one run per week, including in
zones with :30/:45 offsets and across DST changes.
"""

from __future__ import annotations

from aws_cdk import CfnOutput, Duration, Stack, TimeZone
from aws_cdk import aws_iam as iam
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_scheduler_targets as targets
from aws_cdk import aws_ses as ses
from constructs import Construct

from infra.config import DeployConfig
from infra.constructs.dead_letter_queue import DeadLetterQueue
from infra.constructs.python_function import PythonFunction
from infra.jobs import JOBS
from infra.stacks.data import DataStack
from infra.stacks.pipeline import PipelineStack, ses_identity_arn

__all__ = ["JOBS", "SchedulesStack"]


class SchedulesStack(Stack):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: DeployConfig,
        data: DataStack,
        pipeline: PipelineStack,
        **kwargs,
    ):
        super().__init__(scope, construct_id, **kwargs)
        defaults = data.function_defaults()
        self.dead_letters = DeadLetterQueue(
            self, "ScheduleDeadLetters", purpose="scheduled jobs that could not run", alarm_topic=data.alarm_topic
        )
        self.scheduler_function = PythonFunction(
            self,
            "Scheduler",
            entry="scheduler",
            description="Scheduled jobs: nightly scoring fan-out, recurring rules, alert checks, weekly digest",
            defaults=defaults,
            environment={
                "CASHPILOT_PIPELINE_STATE_MACHINE_ARN": pipeline.state_machine.state_machine_arn,
                "CASHPILOT_MAIL_FROM": config.mail_from,
            },
            timeout=Duration.minutes(5),
            memory_size=512,
            # Scheduler invokes asynchronously: a job that keeps failing ends up here too.
            dead_letter_queue=self.dead_letters.queue,
            retry_attempts=2,
        )
        fn = self.scheduler_function.function
        pipeline.state_machine.grant_start_execution(fn)
        fn.add_to_role_policy(
            iam.PolicyStatement(
                actions=["ses:SendEmail", "ses:SendRawEmail"], resources=[ses_identity_arn(self, config.ses_identity)]
            )
        )

        self.group = scheduler.ScheduleGroup(self, "Group", schedule_group_name=config.prefix)
        self.schedules: dict[str, scheduler.Schedule] = {}
        for job, (expression, description) in JOBS.items():
            self.schedules[job] = scheduler.Schedule(
                self,
                f"{''.join(part.title() for part in job.split('_'))}Schedule",
                schedule_group=self.group,
                schedule=scheduler.ScheduleExpression.expression(expression, TimeZone.ETC_UTC),
                description=description,
                target=targets.LambdaInvoke(
                    self.scheduler_function.invoke_target,
                    input=scheduler.ScheduleTargetInput.from_object(
                        {"job": job, "scheduled_time": scheduler.ContextAttribute.scheduled_time}
                    ),
                    dead_letter_queue=self.dead_letters.queue,
                    retry_attempts=3,
                    # A slot older than this is better skipped than run late (the next one comes).
                    max_event_age=Duration.hours(1),
                ),
            )

        if config.ses_identity_is_address:
            identity = ses.Identity.email(config.ses_identity)
        else:
            identity = ses.Identity.domain(config.ses_identity)
        self.sender_identity = ses.EmailIdentity(self, "SenderIdentity", identity=identity)
        if not config.ses_identity_is_address:
            for i in (1, 2, 3):
                CfnOutput(
                    self,
                    f"DkimRecord{i}",
                    value=f"{getattr(self.sender_identity, f'dkim_dns_token_name{i}')} CNAME "
                    f"{getattr(self.sender_identity, f'dkim_dns_token_value{i}')}",
                    description="Publish in the sender domain's DNS to verify it for SES",
                )
