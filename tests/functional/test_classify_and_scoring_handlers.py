"""The classify task and the nightly-scoring schedule, fed the sample events in events/ as Lambda would."""

from __future__ import annotations

import copy
import json
import uuid
from datetime import date
from pathlib import Path

import boto3
import pytest
from moto import mock_aws

from tests.functional.test_api_handler import LambdaContext

EVENTS = Path(__file__).resolve().parents[2] / "events"
CSV = ("Date,Description,Amount\n"
       "2026-01-02,ADOBE *CREATIVE CLOUD,-59.99\n"
       "2026-01-05,FPI NORTHWIND TRADING REF INV 7,900.00\n"
       "2026-01-06,HARTWELL BOOKBINDERY 0042 LEEDS,-12.00\n")


@pytest.fixture
def classify_handler(database):
    from functions.classify.handler import handler

    return handler


@pytest.fixture
def imported(owner):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.adapters.workflows import NoWorkflows
    from cashpilot.services import imports

    account = owner.create_account("Current")
    target = imports.ImportTarget(uuid.UUID(owner.business_id), uuid.UUID(owner.user["id"]))
    with UnitOfWork() as uow:
        job = imports.import_file(uow, target, account_id=uuid.UUID(account["id"]), filename="jan.csv",
                                  data=CSV.encode(), workflows=NoWorkflows(), confirm_now=True)
    event = copy.deepcopy(json.loads((EVENTS / "pipeline/classify.json").read_text()))
    event.update(business_id=owner.business_id, import_id=str(job.id), account_id=account["id"])
    return owner, event


def test_the_sample_event_runs_and_reports_what_it_did(classify_handler):
    event = json.loads((EVENTS / "pipeline/classify.json").read_text())
    out = classify_handler(event, LambdaContext())
    assert {k: out[k] for k in event} == event  # the input is passed on to Forecast
    assert out["classification"]["classified"] == 0  # no such business here: nothing to do


def test_an_import_is_classified_once_and_a_retry_changes_nothing(classify_handler, imported):
    owner, event = imported
    first = classify_handler(event, LambdaContext())
    assert first["classification"]["classified"] == 3
    assert first["classification"]["labelled"] == 1 and first["classification"]["needs_review"] == 2
    before = owner.ok("GET", "/transactions")["items"]
    assert {t["classification_method"] for t in before} == {"dictionary", "none"}
    again = classify_handler(event, LambdaContext())
    assert again["classification"]["classified"] == 0
    assert owner.ok("GET", "/transactions")["items"] == before
    # Forecast accepts what Classify returns.
    from cashpilot.pipeline.contracts import ForecastInput

    assert ForecastInput.model_validate(first).classification.classified == 3


def test_a_nightly_run_classifies_what_is_left_and_rescores(classify_handler, imported):
    owner, _ = imported
    nightly = {**json.loads((EVENTS / "pipeline/classify_nightly_scoring.json").read_text()),
               "business_id": owner.business_id}
    out = classify_handler(nightly, LambdaContext())
    assert out["classification"]["classified"] == 3  # the import's rows, never classified before
    assert classify_handler(nightly, LambdaContext())["classification"]["classified"] == 0


def test_a_malformed_event_is_refused(classify_handler):
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        classify_handler({"business_id": "nope"}, LambdaContext())


def test_nightly_scoring_starts_one_named_run_per_business_and_a_replay_starts_none(owner, register):
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.adapters.workflows import StepFunctionsWorkflows
    from cashpilot.services import scoring

    other = register()
    other.create_business("Second Co", "EUR")
    with mock_aws():
        sfn = boto3.client("stepfunctions", region_name="eu-west-1")
        arn = sfn.create_state_machine(
            name="pipeline", roleArn="arn:aws:iam::123456789012:role/sfn",
            definition=json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}))["stateMachineArn"]
        workflows = StepFunctionsWorkflows(arn, region="eu-west-1")
        with UnitOfWork() as uow:
            first = scoring.start_nightly_scoring(uow, workflows, day=date(2026, 3, 2))
        with UnitOfWork() as uow:
            scoring.start_nightly_scoring(uow, workflows, day=date(2026, 3, 2))
        # Every business in the shared test database gets a run, often more than one page of 100.
        pages = sfn.get_paginator("list_executions").paginate(stateMachineArn=arn)
        executions = [e for page in pages for e in page["executions"]]
    assert first.businesses >= 2 and first.started == first.businesses
    names = {e["name"] for e in executions}
    assert len(executions) == first.businesses  # the replay started nothing
    assert f"nightly-{owner.business_id}-20260302" in names and f"nightly-{other.business_id}-20260302" in names


def test_the_scheduler_runs_nightly_scoring_from_its_sample_event(database, owner):
    from functions.scheduler.handler import handler

    event = json.loads((EVENTS / "schedules/nightly_scoring.json").read_text())
    out = handler(event, LambdaContext())
    assert out["job"] == "nightly_scoring" and out["businesses"] >= 1
    assert out["started"] == 0  # no state machine configured in the tests: nothing to start
