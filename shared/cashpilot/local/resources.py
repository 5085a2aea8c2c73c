"""The local cloud's AWS resources, created in moto from the definitions CDK deploys.

CDK (infra/stacks)                         local cloud
imports + reports buckets (data stack)  -> `cashpilot-local-imports`, `cashpilot-local-reports`
one function per functions/<entry>      -> one moto function per entry, named after it, run in-process
S3 ObjectCreated under imports/         -> the same notification, to `import_parser`
statemachines/pipeline.asl.json         -> the same file, `${<Task>FunctionArn}` = the local ARNs
                                           (infra.asl.load_definition, which the pipeline stack uses too)
SES identity                            -> domain `cashpilot.dev` (noreply@cashpilot.dev may send)
EventBridge Scheduler (infra/jobs.py)   -> cashpilot.local.schedules.ScheduleRunner, same expressions
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from cashpilot.local.lambda_dispatch import NOT_DISPATCHED
from cashpilot.local.repo import FUNCTIONS_DIR, ensure_importable

IMPORTS_BUCKET = "cashpilot-local-imports"
REPORTS_BUCKET = "cashpilot-local-reports"
STATE_MACHINE_NAME = "cashpilot-local-pipeline"
IMPORTS_PREFIX = "imports/"  # = services.imports.KEY_PREFIX = the data stack's IMPORTS_PREFIX
SENDER_DOMAIN = "cashpilot.dev"
SENDER = f"noreply@{SENDER_DOMAIN}"
# Generous: nothing enforces it in-process, but handlers may read context.get_remaining_time_in_millis().
FUNCTION_TIMEOUT_SECONDS = 900

ClientFactory = Callable[[str], Any]


@dataclass(frozen=True)
class CloudResources:
    region: str
    imports_bucket: str
    reports_bucket: str
    state_machine_arn: str
    function_arns: dict[str, str]
    sender: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def local_entry_points() -> dict[str, str]:
    """Lambda function name -> functions/<entry>: every entry point except those served otherwise."""
    ensure_importable()
    entries = sorted(p.parent.name for p in FUNCTIONS_DIR.glob("*/handler.py"))
    return {entry: entry for entry in entries if entry not in NOT_DISPATCHED}


def _placeholder_zip() -> bytes:
    """moto keeps the code it is given; the code that runs is the checkout's (see lambda_dispatch)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("README.txt", "dispatched in-process to functions/<entry>/handler.py by cashpilot.local\n")
    return buffer.getvalue()


def _create_bucket(s3: Any, name: str, region: str) -> None:
    if region == "us-east-1":
        s3.create_bucket(Bucket=name)
    else:
        s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})


def create_resources(client: ClientFactory, region: str) -> CloudResources:
    """Create everything in a fresh moto (a server's endpoint, or `mock_aws` in-process)."""
    from infra.asl import function_arn_placeholder, load_definition
    from infra.paths import PIPELINE_ASL

    iam = client("iam")
    trust = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                                "Principal": {"Service": "lambda.amazonaws.com"}}]})
    lambda_role = iam.create_role(RoleName="cashpilot-local-functions", AssumeRolePolicyDocument=trust)["Role"]["Arn"]
    states_role = iam.create_role(RoleName="cashpilot-local-pipeline",
                                  AssumeRolePolicyDocument=trust.replace("lambda.", "states."))["Role"]["Arn"]

    lambdas = client("lambda")
    code = _placeholder_zip()
    arns: dict[str, str] = {}
    for name, entry in local_entry_points().items():
        arns[name] = lambdas.create_function(
            FunctionName=name, Runtime="python3.12", Role=lambda_role, Handler=f"functions.{entry}.handler.handler",
            Code={"ZipFile": code}, Timeout=FUNCTION_TIMEOUT_SECONDS, MemorySize=1024,
            Description=f"functions/{entry} (local: dispatched in-process)",
        )["FunctionArn"]

    definition = load_definition(
        PIPELINE_ASL, {function_arn_placeholder(entry): arns[name] for name, entry in local_entry_points().items()}
    )
    machine = client("stepfunctions").create_state_machine(
        name=STATE_MACHINE_NAME, definition=definition, roleArn=states_role, type="STANDARD"
    )["stateMachineArn"]

    s3 = client("s3")
    _create_bucket(s3, IMPORTS_BUCKET, region)
    _create_bucket(s3, REPORTS_BUCKET, region)
    s3.put_bucket_notification_configuration(
        Bucket=IMPORTS_BUCKET,
        NotificationConfiguration={"LambdaFunctionConfigurations": [{
            "Id": "imports-to-import-parser",
            "LambdaFunctionArn": arns["import_parser"],
            "Events": ["s3:ObjectCreated:*"],
            "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": IMPORTS_PREFIX}]}},
        }]},
    )

    ses = client("ses")
    ses.verify_domain_identity(Domain=SENDER_DOMAIN)
    ses.verify_email_identity(EmailAddress=SENDER)

    return CloudResources(region=region, imports_bucket=IMPORTS_BUCKET, reports_bucket=REPORTS_BUCKET,
                          state_machine_arn=machine, function_arns=arns, sender=SENDER)
