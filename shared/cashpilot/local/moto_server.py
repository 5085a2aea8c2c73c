"""moto as a server on a thread of this process (ThreadedMotoServer), Step Functions executing.

In-process on purpose: the Lambda functions moto invokes are dispatched to our handlers in this
process (lambda_dispatch.py), next to the API and the embedded PostgreSQL connection pool.
Any AWS client (boto3, the aws CLI, a presigned URL) talks to it over HTTP at `endpoint`.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import urllib.request
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("cashpilot.local.moto")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000
CONFIG = {"stepfunctions": {"execute_state_machine": True}}


class PortInUse(RuntimeError):
    pass


def port_in_use(host: str, port: int) -> bool:
    if port == 0:
        return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as werkzeug's server does
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def _quiet_loggers() -> None:
    # werkzeug logs every request; moto's Step Functions interpreter logs each failed state at ERROR
    # (a caught task error is normal flow here: the execution watcher reports outcomes instead).
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    logging.getLogger("moto.stepfunctions.parser").setLevel(logging.CRITICAL)


@dataclass
class MotoServer:
    host: str
    port: int
    _server: Any = field(repr=False)
    _saved_moto_port: str | None = field(default=None, repr=False)
    _saved_config: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    @classmethod
    def start(cls, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> MotoServer:
        """Start moto on host:port (0 = any free port) and turn Step Functions execution on."""
        if port_in_use(host, port):
            raise PortInUse(f"{host}:{port} is in use (another `cashpilot local`, or a moto server?): "
                            f"stop it or choose another port with --aws-port")
        _quiet_loggers()
        from moto.core.config import default_user_config
        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address=host, port=port, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        self = cls(host=host, port=port, _server=server, _saved_moto_port=os.environ.get("MOTO_PORT"),
                   _saved_config={k: dict(default_user_config.get(k, {})) for k in CONFIG})
        # moto's Step Functions interpreter calls Lambda at http://localhost:$MOTO_PORT (read per call).
        os.environ["MOTO_PORT"] = str(port)
        self.configure(CONFIG)
        log.info("moto listening on %s", self.endpoint)
        return self

    def configure(self, config: dict[str, Any]) -> None:
        """moto's documented server-mode switch (`POST /moto-api/config`)."""
        request = urllib.request.Request(  # noqa: S310 - http on our own local endpoint
            self.endpoint + "/moto-api/config", data=json.dumps(config).encode(), method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own local endpoint
            response.read()

    def stop(self) -> None:
        """Stop serving; the process's moto settings (MOTO_PORT, the config above) are put back."""
        from moto.core.config import default_user_config

        self._server.stop()
        default_user_config.update(self._saved_config)  # type: ignore[typeddict-item]
        if self._saved_moto_port is None:
            os.environ.pop("MOTO_PORT", None)
        else:
            os.environ["MOTO_PORT"] = self._saved_moto_port
