"""What a new user sees: `cashpilot serve` answers on HTTP and the embedded database keeps data across
restarts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

CLI = [sys.executable, "-m", "cashpilot.cli"]


def _env(data_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DATABASE_APP_URL")}
    env["CASHPILOT_DATA_DIR"] = str(data_dir)
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [*CLI, "serve", "--port", str(self.port)], env=_env(data_dir),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.proc.stdout.read()}")
            try:
                if httpx.get(self.base + "/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("server did not come up within 60 s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.mark.slow
def test_serve_answers_and_data_survives_a_restart(tmp_path):
    server = Server(tmp_path)
    try:
        assert httpx.get(server.base + "/openapi.json").json()["info"]["title"] == "CashPilot API"
        assert "swagger" in httpx.get(server.base + "/docs").text.lower()
        r = httpx.post(server.base + "/api/v1/auth/register",
                       json={"email": "restart@example.com", "password": "persist me please"})
        assert r.status_code == 201
        token = r.json()["tokens"]["access_token"]
        b = httpx.post(server.base + "/api/v1/businesses", json={"name": "Persisted", "currency": "EUR"},
                       headers={"Authorization": f"Bearer {token}"})
        assert b.status_code == 201
    finally:
        server.stop()

    server = Server(tmp_path)
    try:
        r = httpx.post(server.base + "/api/v1/auth/login",
                       json={"email": "restart@example.com", "password": "persist me please"})
        assert r.status_code == 200
        token = r.json()["tokens"]["access_token"]
        names = [x["name"] for x in httpx.get(server.base + "/api/v1/businesses",
                                              headers={"Authorization": f"Bearer {token}"}).json()]
        assert names == ["Persisted"]
    finally:
        server.stop()


# `cashpilot demo` and `cashpilot local` end to end: tests/e2e/test_local_cloud.py
