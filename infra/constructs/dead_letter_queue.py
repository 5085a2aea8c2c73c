"""A dead-letter queue that somebody hears about: encrypted, TLS-only, alarmed on depth."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.constructs.alarms import alarm_on_any
from infra.nag import acknowledge


class DeadLetterQueue(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, purpose: str, alarm_topic: sns.ITopic) -> None:
        super().__init__(scope, construct_id)
        self.queue = sqs.Queue(
            self,
            "Queue",
            # SSE-SQS rather than our KMS key: the services that write here (Lambda async
            # invocation, EventBridge Scheduler) then need no key grants.
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
            # The maximum: time to notice the alarm, find the cause and redrive.
            retention_period=Duration.days(14),
        )
        # A DLQ of a DLQ would only move the problem: messages here are inspected and redriven.
        acknowledge(self.queue, "AwsSolutions-SQS3", "This queue is itself a dead-letter queue.")

        self.alarm = alarm_on_any(
            self,
            "DepthAlarm",
            description=f"Dead letters waiting: {purpose}",
            metric=self.queue.metric_approximate_number_of_messages_visible(
                period=Duration.minutes(5), statistic="Maximum"
            ),
            topic=alarm_topic,
        )
