"""The API's zip has no numpy or statsforecast: they live in the forecast function's image. Import the API
the way that zip would, with both made unimportable, and ask the chat for a what-if: the engine work must be
handed to the forecast runner, never imported in the API's process.

The forecast function cannot answer from a child process here (locally it runs in the same process as the
API, which is exactly what this test must rule out), so the child stands in a runner that records what it is
asked and says it is unreachable: the what-if must ask it, and turn its refusal into a clean tool error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import importlib.abc, json, sys

class NoEngine(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("numpy", "statsforecast", "pandas"):
            raise ImportError(f"{name} is not in the API's zip")
        return None

sys.meta_path.insert(0, NoEngine())
import functions.api.handler  # every router, as a cold start imports them
import functions.detect.handler, functions.notify.handler, functions.scheduler.handler  # zips too
from cashpilot.services.chat import offline, tools  # the chat's brain and tools
from cashpilot.adapters import forecast_runner

calls = []

class Recording:
    def run(self, uow, tenant, action, **params):
        calls.append(action)
        raise forecast_runner.d.Unavailable("not reachable here", code="forecast_unavailable")

forecast_runner.runner_from_settings = lambda: Recording()
import uuid
from datetime import date
from cashpilot.domain.roles import Role
from cashpilot.services.context import Tenant

tenant = Tenant(business_id=uuid.uuid4(), user_id=uuid.uuid4(), role=Role.OWNER, currency="EUR", timezone="UTC")

from cashpilot.services import forecast
from cashpilot.domain.errors import NotFound
def _none(uow, tenant):  # no forecast stored yet: the what-if must have one made first
    raise NotFound("none", code="forecast_not_found")
forecast.current = _none
result = tools.call_tool(None, tenant, "simulate_scenario",
                         {"changes": [{"type": "one_time", "amount": "-5000.00", "date": "2026-12-01"}]},
                         today=date(2026, 11, 21))
print(json.dumps({"calls": calls, "error": result.error,
                  "engine_loaded": [m for m in ("numpy", "statsforecast") if m in sys.modules]}))
"""


def test_the_api_and_the_chat_never_import_the_engine():
    done = subprocess.run([sys.executable, "-c", CHILD], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["engine_loaded"] == []
    # The what-if went to the runner (to make the missing forecast first), and its refusal came back as a
    # clean tool error rather than an ImportError.
    assert out["calls"] == ["generate"]
    assert "forecast_unavailable" in out["error"]
