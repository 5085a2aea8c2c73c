"""The failure recorder (the state machine's Catch path), fed the sample event in events/pipeline/."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

import pytest

from tests.functional.test_api_handler import LambdaContext

EVENT = json.loads((Path(__file__).resolve().parents[2] / "events/pipeline/record_failure.json").read_text())
CSV = "Date,Description,Amount\n2026-01-02,Coffee,-3.50\n2026-01-05,Client payment,900.00\n"


@pytest.fixture
def handler(database):
    from functions.record_failure.handler import handler as fn

    return fn


@pytest.fixture
def imported(owner, monkeypatch):
    """An import committed through the service (the pipeline start is recorded, not run)."""
    from cashpilot.adapters.db.uow import UnitOfWork
    from cashpilot.services import imports

    class NoPipeline:
        def start_pipeline(self, *, import_id, business_id, account_id):
            return None

    account = owner.create_account("Current")
    target = imports.ImportTarget(uuid.UUID(owner.business_id), uuid.UUID(owner.user["id"]))
    with UnitOfWork() as uow:
        job = imports.import_file(uow, target, account_id=uuid.UUID(account["id"]), filename="jan.csv",
                                  data=CSV.encode(), workflows=NoPipeline(), confirm_now=True)
        return owner, account, str(job.id)


def test_a_failed_run_is_shown_on_its_import_and_the_rows_stay(handler, imported):
    api, account, import_id = imported
    event = {**copy.deepcopy(EVENT), "business_id": api.business_id, "import_id": import_id,
             "account_id": account["id"]}

    assert handler(event, LambdaContext()) == event  # the input goes on unchanged to the Fail state

    job = api.ok("GET", f"/imports/{import_id}")
    assert job["status"] == "completed" and job["rows_imported"] == 2
    failure = job["error"]["pipeline_error"]
    assert failure["error"] == "TransientError"
    assert failure["message"] == "could not connect to the database proxy"  # from the Lambda error payload
    assert api.ok("GET", "/transactions")["total"] == 2


def test_a_failure_for_an_unknown_import_or_a_nightly_run_is_only_logged(handler):
    assert handler(copy.deepcopy(EVENT), LambdaContext()) == EVENT  # no such business or import
    nightly = {**copy.deepcopy(EVENT), "import_id": None, "account_id": None, "trigger": "nightly_scoring"}
    assert handler(nightly, LambdaContext()) == nightly
