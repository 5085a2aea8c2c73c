"""The local cloud, as a user drives it: a statement dropped into the bucket is imported, the pipeline
state machine (the file CDK deploys) runs every task's real handler in this process, Retry and Catch
behave as in AWS, and `cashpilot demo` / `cashpilot local` work from a fresh data directory.

Real embedded PostgreSQL, real moto server on a thread, real handlers; faults are injected by
replacing one task's handler through the dispatcher, nothing else is mocked.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from cashpilot.local.demo import generate_statement, statement_csv
from cashpilot.local.executions import states_entered, wait_for_execution
from cashpilot.pipeline.errors import TransientError

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "cashpilot.cli"]
STATEMENT = statement_csv(generate_statement(date(2026, 3, 31)))  # a year of a small agency, ~250 rows
PIPELINE = ["Classify", "Forecast", "Detect", "Notify", "Done"]


@pytest.fixture(scope="module")
def session(database, tmp_path_factory):
    """One local cloud (moto on a free port) for this module; the app and the handlers point at it."""
    from cashpilot.local.cloud import cloud_session

    with cloud_session(tmp_path_factory.mktemp("local-data")) as s:
        assert s.local is not None
        yield s


@pytest.fixture
def cloud(session):
    return session.local


@pytest.fixture
def business(owner):
    """A business whose confident imports are committed without review, with one account."""
    owner.ok("PATCH", f"/businesses/{owner.business_id}/settings", json={"imports": {"auto_confirm": "confident"}})
    account = owner.create_account("Current", opening_balance="42000.00")
    return owner, account


def _put(cloud, api, account, body: bytes = STATEMENT, name: str = "statement.csv") -> tuple[str, str]:
    key = f"imports/{api.business_id}/{account['id']}/{name}"
    etag = cloud.info.client("s3").put_object(Bucket=cloud.info.resources.imports_bucket, Key=key, Body=body)["ETag"]
    assert cloud.deliveries.wait_idle(timeout=30)
    return key, etag.strip('"')


def _only_import(api) -> dict:
    page = api.ok("GET", "/imports")
    assert page["total"] == 1, page
    return page["items"][0]


def _execution(cloud, import_id: str) -> dict:
    arn = cloud.info.resources.state_machine_arn.replace(":stateMachine:", ":execution:") + f":{import_id}"
    return wait_for_execution(cloud.info.client("stepfunctions"), arn, timeout=60)


def _handlers_for(cloud, import_id: str, since: datetime) -> list[tuple[str, str | None]]:
    return [(i.function, i.error_type) for i in cloud.dispatcher.invocations()
            if i.started_at >= since and import_id in i.summary]


def test_a_statement_dropped_into_the_bucket_is_imported_and_runs_the_pipeline(cloud, business):
    api, account = business
    since = datetime.now(UTC)

    key, etag = _put(cloud, api, account)

    job = _only_import(api)
    assert (job["status"], job["source"], job["auto_confirmed"]) == ("completed", "s3", True)
    assert job["rows_imported"] > 200 and job["rows_skipped"] == 0
    assert api.ok("GET", "/transactions", params={"limit": 1})["total"] == job["rows_imported"]

    execution = _execution(cloud, job["id"])
    sfn = cloud.info.client("stepfunctions")
    assert execution["status"] == "SUCCEEDED"
    assert states_entered(sfn, execution["executionArn"]) == PIPELINE
    output = json.loads(execution["output"])
    assert {k: output[k] for k in ("business_id", "import_id", "account_id", "trigger")} == {
        "business_id": api.business_id, "import_id": job["id"], "account_id": account["id"], "trigger": "import"}
    # Classify ran for real: every imported row was classified, most of them categorised.
    assert output["classification"]["classified"] == job["rows_imported"]
    assert output["classification"]["labelled"] > job["rows_imported"] // 2
    assert api.ok("GET", "/transactions", params={"limit": 1, "uncategorized": True})["total"] == \
        output["classification"]["needs_review"]
    # Forecast, Detect and Notify ran for real: a stored snapshot, every transaction scored against its
    # baseline, the alerts Detect counted are the ones the API lists, and Notify reported what it sent.
    assert api.ok("GET", f"/forecasts/{output['forecast']['snapshot_id']}")["trigger"] == "pipeline"
    detection = output["detection"]
    assert detection["anomalies_scored"] > 50
    listed = api.ok("GET", "/alerts", params={"limit": 200})
    assert listed["total"] == sum(detection["open_by_severity"].values())
    assert output["notification"]["recipients"] == 1
    parser_runs = [i for i in cloud.dispatcher.invocations("import_parser") if i.started_at >= since]
    assert [(i.function, i.error_type, key in i.summary) for i in parser_runs] == [("import_parser", None, True)]
    assert _handlers_for(cloud, job["id"], since) == [
        ("classify", None), ("forecast", None), ("detect", None), ("notify", None)]

    # Replaying the S3 event (at-least-once delivery) finds the same import and starts nothing.
    event = json.loads((REPO / "events/s3/import_parser_put.json").read_text())
    obj = event["Records"][0]["s3"]
    obj["bucket"]["name"] = cloud.info.resources.imports_bucket
    obj["object"].update({"key": key, "eTag": etag, "size": len(STATEMENT)})
    replay = cloud.info.client("lambda").invoke(FunctionName="import_parser", Payload=json.dumps(event).encode())
    assert "FunctionError" not in replay
    assert json.loads(replay["Payload"].read())["imports"][0]["import_id"] == job["id"]
    # ... and so does putting the same file again (the same object version).
    _put(cloud, api, account)
    assert _only_import(api)["id"] == job["id"]
    executions = sfn.list_executions(stateMachineArn=cloud.info.resources.state_machine_arn)["executions"]
    assert [e["name"] for e in executions].count(job["id"]) == 1
    assert api.ok("GET", "/transactions", params={"limit": 1})["total"] == job["rows_imported"]
    assert _handlers_for(cloud, job["id"], since)[4:] == []  # no task ran again


def test_a_transient_error_is_retried_and_the_run_still_succeeds(cloud):
    real = cloud.dispatcher.real_handler("classify")
    calls = []

    def flaky(event, context):
        calls.append(event)
        if len(calls) == 1:
            raise TransientError("the database proxy dropped the connection")
        return real(event, context)

    payload = {"business_id": str(uuid.uuid4()), "import_id": str(uuid.uuid4()), "account_id": str(uuid.uuid4()),
               "trigger": "import"}
    sfn = cloud.info.client("stepfunctions")
    with cloud.dispatcher.override("classify", flaky):
        arn = sfn.start_execution(stateMachineArn=cloud.info.resources.state_machine_arn, name=payload["import_id"],
                                  input=json.dumps(payload))["executionArn"]
        execution = wait_for_execution(sfn, arn, timeout=60)

    assert execution["status"] == "SUCCEEDED"
    assert len(calls) == 2  # the ASL's Retry on TransientError, after its interval
    assert states_entered(sfn, arn) == PIPELINE
    events = [e["type"] for e in sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]]
    assert events.count("TaskFailed") == 1


def test_a_task_that_fails_for_good_is_recorded_on_the_import_and_fails_the_run(cloud, business):
    api, account = business

    def broken(event, context):
        raise ValueError("the forecast's inputs do not add up")

    with cloud.dispatcher.override("detect", broken):
        _put(cloud, api, account, name="march.csv")
        job = _only_import(api)
        execution = _execution(cloud, job["id"])

    sfn = cloud.info.client("stepfunctions")
    assert (execution["status"], execution["error"]) == ("FAILED", "PipelineFailed")
    assert states_entered(sfn, execution["executionArn"]) == ["Classify", "Forecast", "Detect", "RecordFailure",
                                                              "Failed"]
    assert [i.function for i in cloud.dispatcher.invocations("record_failure") if job["id"] in i.summary] == [
        "record_failure"]
    # The owner sees it on the import; the rows it committed stay.
    seen = api.ok("GET", f"/imports/{job['id']}")
    assert seen["status"] == "completed" and seen["rows_imported"] == job["rows_imported"]
    assert seen["error"]["pipeline_error"]["error"] == "ValueError"
    assert seen["error"]["pipeline_error"]["message"] == "the forecast's inputs do not add up"


def test_a_presigned_upload_from_the_api_reaches_the_bucket_and_is_imported(cloud, business):
    api, account = business
    created = api.ok("POST", "/imports", 201, json={"account_id": account["id"], "filename": "year.csv"})
    upload = created["upload"]
    assert upload["url"].startswith(cloud.info.endpoint)

    response = httpx.put(upload["url"], content=STATEMENT, headers={"Content-Type": "text/csv"})
    assert response.status_code == 200
    assert cloud.deliveries.wait_idle(timeout=30)

    job = api.ok("GET", f"/imports/{created['import']['id']}")
    assert (job["status"], job["source"]) == ("completed", "api") and job["rows_imported"] > 200
    assert _execution(cloud, job["id"])["status"] == "SUCCEEDED"


def test_scheduled_jobs_reach_the_scheduler_with_their_schedules_event(cloud):
    from cashpilot.local.schedules import ScheduleRunner, invoke_scheduler

    sample = json.loads((REPO / "events/schedules/alert_checks.json").read_text())
    outcome = invoke_scheduler(cloud.info.client("lambda"), "alert_checks", datetime(2024, 4, 2, 9, 15, 31, tzinfo=UTC))
    assert outcome["event"] == sample
    # The real alert check ran: the job as sent, and what it did for each business there is.
    result = outcome["result"]
    assert {k: result[k] for k in sample} == sample
    assert result["checked"] == result["businesses"] and result["failed"] == 0

    # Monday 07:00 UTC: the quarter-hourly alert checks and the hourly (Sunday/Monday) digest are due.
    since = datetime.now(UTC)
    fired = ScheduleRunner(cloud.info.client("lambda")).fire(datetime(2024, 4, 1, 7, 0, tzinfo=UTC))
    assert fired == ["alert_checks", "weekly_digest"]
    ran = [i.summary for i in cloud.dispatcher.invocations("scheduler") if i.started_at >= since]
    assert ran == ["schedule alert_checks 2024-04-01T07:00:00Z", "schedule weekly_digest 2024-04-01T07:00:00Z"]


def test_nightly_scoring_runs_the_pipeline_once_per_business_and_night(cloud, business):
    from cashpilot.local.executions import wait_for_execution
    from cashpilot.local.schedules import invoke_scheduler

    api, _ = business
    at = datetime(2024, 4, 2, 2, 0, 7, tzinfo=UTC)
    outcome = invoke_scheduler(cloud.info.client("lambda"), "nightly_scoring", at)
    assert outcome["result"]["started"] == outcome["result"]["businesses"] >= 1
    sfn = cloud.info.client("stepfunctions")
    arn = cloud.info.resources.state_machine_arn.replace(":stateMachine:", ":execution:")
    described = wait_for_execution(sfn, f"{arn}:nightly-{api.business_id}-20240402", timeout=30)
    assert described["status"] == "SUCCEEDED"
    assert json.loads(described["output"])["trigger"] == "nightly_scoring"
    # The schedule firing again for the same night starts nothing new.
    invoke_scheduler(cloud.info.client("lambda"), "nightly_scoring", at)
    names = [e["name"] for e in sfn.list_executions(stateMachineArn=cloud.info.resources.state_machine_arn)[
        "executions"]]
    assert names.count(f"nightly-{api.business_id}-20240402") == 1


def test_sent_email_is_kept_in_the_data_dir(cloud, tmp_path):
    from cashpilot.local.mail import MailKeeper, kept_emails

    cloud.info.client("ses").send_email(
        Source=cloud.info.resources.sender, Destination={"ToAddresses": ["owner@example.com"]},
        Message={"Subject": {"Data": "Your weekly digest"}, "Body": {"Text": {"Data": "Cash is fine."}}},
    )
    MailKeeper(tmp_path).keep()
    kept = [m for m in kept_emails(tmp_path) if m.get("subject") == "Your weekly digest"]
    assert len(kept) == 1
    assert kept[0]["destinations"]["ToAddresses"] == ["owner@example.com"] and kept[0]["body"] == "Cash is fine."
    assert MailKeeper(tmp_path).keep() == 0  # kept once


# ------------------------------------------------------------------------------------------ CLI


def _env(data_dir: Path) -> dict:
    """A fresh user's environment: no database URL, and not this module's in-process cloud."""
    mine = {"DATABASE_URL", "DATABASE_APP_URL", "MOTO_PORT", "CASHPILOT_AWS_ENDPOINT_URL", "CASHPILOT_IMPORTS_BUCKET",
            "CASHPILOT_REPORTS_BUCKET", "CASHPILOT_PIPELINE_STATE_MACHINE_ARN"}
    env = {k: v for k, v in os.environ.items() if k not in mine}
    env["CASHPILOT_DATA_DIR"] = str(data_dir)
    return env


def _demo_json(data_dir: Path) -> dict:
    done = subprocess.run([*CLI, "demo", "--json"], env=_env(data_dir), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr  # no progress in --json mode
    return json.loads(done.stdout)  # exactly one JSON document


@pytest.mark.slow
def test_cashpilot_demo_imports_a_year_through_the_local_cloud_once(tmp_path):
    first = _demo_json(tmp_path)

    assert set(first) >= {"business", "sign_in", "statement", "import", "rows_added", "transactions", "pipeline",
                          "classified", "balance", "forecast", "alerts", "local_cloud", "seconds"}
    assert first["local_cloud"]["runs_in"] == "this process"
    assert first["import"]["status"] == "completed" and first["import"]["auto_confirmed"] is True
    assert first["import"]["rows_imported"] > 200
    assert first["rows_added"] == first["transactions"] == first["import"]["rows_imported"]
    assert first["pipeline"]["status"] == "SUCCEEDED" and first["pipeline"]["states"] == PIPELINE
    # The Classify task ran for real: most of the year is categorised, the rest waits for review.
    assert first["classified"]["of"] == first["transactions"] and "note" not in first["classified"]
    assert first["classified"]["share"] >= 0.5
    assert first["balance"]["currency"] == "GBP" and float(first["balance"]["amount"]) > 0
    # The Forecast task ran for real and stored a snapshot: its low point and deficit odds are reported.
    forecast = first["forecast"]
    assert forecast["available"] is True and forecast["horizon_days"] == 90
    assert float(forecast["low_point"]) < float(first["balance"]["amount"]) + 100_000
    assert set(forecast["deficit_probability"]) == {"30", "60", "90"}
    assert all(0 <= p <= 1 for p in forecast["deficit_probability"].values())
    # The Detect task ran for real: the demo's late payers and quiet months are reported, with no emergency
    # for a business that pays its way.
    alerts = first["alerts"]
    assert alerts["available"] is True and alerts["by_severity"]["emergency"] == 0
    assert alerts["open"] == sum(alerts["by_severity"].values()) and len(alerts["top"]) == min(5, alerts["open"])
    assert all({"kind", "severity", "title", "message"} <= set(a) for a in alerts["top"])

    second = _demo_json(tmp_path)
    assert second["business"] == first["business"] and second["import"]["id"] == first["import"]["id"]
    assert second["rows_added"] == 0 and second["transactions"] == first["transactions"]
    assert second["pipeline"]["execution_arn"] == first["pipeline"]["execution_arn"]
    assert second["pipeline"]["status"] == "SUCCEEDED"
    assert second["forecast"]["snapshot_id"] == forecast["snapshot_id"]  # a rerun stores nothing new
    assert [a["id"] for a in second["alerts"]["top"]] == [a["id"] for a in alerts["top"]]  # nor raises anything


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_cashpilot_local_serves_the_api_on_the_local_cloud_and_other_commands_use_it(tmp_path):
    port, aws_port = _free_port(), _free_port()
    proc = subprocess.Popen([*CLI, "local", "--port", str(port), "--aws-port", str(aws_port)], env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stdout.read()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "cashpilot local did not serve within 90 s"
            time.sleep(0.2)
        state = json.loads((tmp_path / "local-cloud.json").read_text())
        assert state["endpoint"] == f"http://127.0.0.1:{aws_port}" and state["pid"] == proc.pid

        # The demo was loaded before serving; `cashpilot demo` now talks to this process's cloud.
        report = _demo_json(tmp_path)
        assert report["local_cloud"]["runs_in"] == f"`cashpilot local` (pid {proc.pid})"
        assert report["rows_added"] == 0 and report["pipeline"]["status"] == "SUCCEEDED"
        assert report["pipeline"]["seen"] == "now"  # the execution is still in the running cloud

        ran = subprocess.run([*CLI, "run-schedule", "alerts", "--at", "2024-04-02T09:15:00Z"], env=_env(tmp_path),
                             capture_output=True, text=True, timeout=60)
        assert ran.returncode == 0, ran.stderr
        sample = json.loads((REPO / "events/schedules/alert_checks.json").read_text())
        outcome = json.loads(ran.stdout)
        assert outcome["event"] == sample and {k: outcome["result"][k] for k in sample} == sample
        # The demo business was checked by the running cloud's scheduler function, and nothing new was raised.
        assert (outcome["result"]["checked"], outcome["result"]["failed"], outcome["result"]["raised"]) == (1, 0, 0)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            output, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    assert proc.returncode == 0, output
    assert "lambda scheduler (schedule alert_checks 2024-04-02T09:15:00Z): ok" in output
    assert not (tmp_path / "local-cloud.json").exists()


def test_every_entry_point_is_a_local_function_or_served_otherwise():
    from cashpilot.local.lambda_dispatch import NOT_DISPATCHED
    from cashpilot.local.resources import local_entry_points

    entries = {p.parent.name for p in (REPO / "functions").glob("*/handler.py")}
    assert set(local_entry_points()) | set(NOT_DISPATCHED) == entries
    assert set(local_entry_points()) >= {"import_parser", "classify", "forecast", "detect", "notify",
                                         "record_failure", "scheduler"}


def test_the_local_state_machine_is_the_deployed_file_with_local_arns():
    from infra.asl import asl_placeholders, function_arn_placeholder, load_definition
    from infra.paths import PIPELINE_ASL

    arns = {function_arn_placeholder(e): f"arn:aws:lambda:eu-west-1:123456789012:function:{e}"
            for e in ("classify", "forecast", "detect", "notify", "record_failure")}
    rendered = json.loads(load_definition(PIPELINE_ASL, arns))
    original = json.loads(PIPELINE_ASL.read_text())
    assert rendered["States"]["RecordFailure"]["Parameters"]["FunctionName"].endswith(":function:record_failure")
    for name, state in original["States"].items():
        if "Parameters" in state:
            state = copy.deepcopy(state)
            (placeholder,) = asl_placeholders(state["Parameters"]["FunctionName"])
            state["Parameters"]["FunctionName"] = arns[placeholder]
        assert rendered["States"][name] == state
    with pytest.raises(ValueError, match="RecordFailureFunctionArn"):
        load_definition(PIPELINE_ASL, {k: v for k, v in arns.items() if not k.startswith("RecordFailure")})


def test_a_later_days_demo_statement_repeats_every_earlier_row_and_adds_what_arrived_since():
    start = date(2025, 4, 1)
    march = generate_statement(date(2026, 3, 31), start=start)
    may = generate_statement(date(2026, 5, 10), start=start)
    # Every row of March's statement is in May's, so re-importing it adds only what is new: April and May,
    # and the late payer's March payment, which had not arrived by the end of March.
    assert not set(march) - set(may)
    added = set(may) - set(march)
    assert len(may) == len(march) + len(added)
    late = {f for f in added if f.day <= date(2026, 3, 31)}
    assert late and all("INITECH" in f.description and f.day > date(2026, 3, 3) for f in late)
    assert any(f.day > date(2026, 3, 31) for f in added)
    header, *rows = STATEMENT.decode().splitlines()
    assert header == "Date,Description,Amount,Balance" and len(rows) > 200
