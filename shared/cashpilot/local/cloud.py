"""The local cloud: moto on a thread, our resources in it, Lambda dispatched to our handlers.

    cloud = LocalCloud.start()               # moto on 127.0.0.1:5000, resources created
    with applied_environment(cloud.info.environment()):
        ...                                  # the app, the handlers and boto3 now use the local cloud
    cloud.stop()

`cashpilot local` runs one for as long as it serves the API, with the schedule runner and the
execution watcher, and records where it is in `<data dir>/local-cloud.json`; `cashpilot demo` and
`cashpilot run-schedule` use that one when it runs (`running_cloud`), or start their own
(`cloud_session`).
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cashpilot.local.moto_server import DEFAULT_HOST, DEFAULT_PORT
from cashpilot.local.resources import CloudResources

log = logging.getLogger("cashpilot.local")

STATE_FILE = "local-cloud.json"
DEFAULT_REGION = "eu-west-1"
# moto accepts any credentials; these make sure nothing in this process can reach a real account.
DUMMY_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
# The forecast function's name is what makes the API invoke it over Lambda; locally the API runs the
# same action in-process (adapters/forecast_runner.InProcessRunner), whatever the shell has set.
CLEARED_VARIABLES = ("AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_PROFILE", "FORECAST_FUNCTION_NAME",
                     "CASHPILOT_FORECAST_FUNCTION_NAME")
# What the deployed functions get from CDK (constructs/python_function.py), minus X-Ray and EMF
# metric blobs, which have nowhere to go locally. Only set when not set already.
LAMBDA_DEFAULTS = {
    "POWERTOOLS_METRICS_NAMESPACE": "CashPilot",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_DISABLED": "true",
}


def client_for(endpoint: str, region: str, service: str, **config: Any) -> Any:
    import boto3
    from botocore.config import Config

    return boto3.client(service, endpoint_url=endpoint, region_name=region,
                        aws_access_key_id=DUMMY_CREDENTIALS["AWS_ACCESS_KEY_ID"],
                        aws_secret_access_key=DUMMY_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
                        config=Config(**config) if config else None)


@dataclass(frozen=True)
class CloudInfo:
    """Where a local cloud answers and what is in it: all a client needs."""

    endpoint: str
    resources: CloudResources
    pid: int
    api: str | None = None

    def client(self, service: str, **config: Any) -> Any:
        """A boto3 client for this cloud; `config`: botocore Config options (timeouts, retries)."""
        return client_for(self.endpoint, self.resources.region, service, **config)

    def environment(self) -> dict[str, str | None]:
        """The process environment that points the app (settings, boto3) at this cloud; None = unset."""
        r = self.resources
        env: dict[str, str | None] = {
            "CASHPILOT_AWS_ENDPOINT_URL": self.endpoint,
            "CASHPILOT_IMPORTS_BUCKET": r.imports_bucket,
            "CASHPILOT_REPORTS_BUCKET": r.reports_bucket,
            "CASHPILOT_PIPELINE_STATE_MACHINE_ARN": r.state_machine_arn,
            "CASHPILOT_MAIL_FROM": r.sender,
            "AWS_REGION": r.region,
            "AWS_DEFAULT_REGION": r.region,
            **DUMMY_CREDENTIALS,
            **dict.fromkeys(CLEARED_VARIABLES),
        }
        env.update({k: v for k, v in LAMBDA_DEFAULTS.items() if k not in os.environ})
        return env

    def to_dict(self) -> dict[str, Any]:
        return {"endpoint": self.endpoint, "pid": self.pid, "api": self.api, "resources": self.resources.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloudInfo:
        return cls(endpoint=data["endpoint"], pid=int(data["pid"]), api=data.get("api"),
                   resources=CloudResources(**data["resources"]))


@contextmanager
def applied_environment(env: Mapping[str, str | None]) -> Iterator[None]:
    """Set (None: unset) variables and forget cached settings; put everything back afterwards."""
    from cashpilot.config import reset_caches

    saved = {k: os.environ.get(k) for k in env}
    _set_environment(env)
    reset_caches()
    try:
        yield
    finally:
        _set_environment(saved)
        reset_caches()


def _set_environment(env: Mapping[str, str | None]) -> None:
    for key, value in env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


class LocalCloud:
    """A local cloud running in this process."""

    def __init__(self, server: Any, info: CloudInfo, dispatcher: Any, deliveries: Any, data_dir: Path | None) -> None:
        self.server = server
        self.info = info
        self.dispatcher = dispatcher
        self.deliveries = deliveries
        self.data_dir = data_dir
        self._background: list[Any] = []
        self._published: Path | None = None

    @classmethod
    def start(cls, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, region: str | None = None,
              data_dir: Path | None = None) -> LocalCloud:
        from cashpilot.local.lambda_dispatch import LambdaDispatcher
        from cashpilot.local.moto_server import MotoServer
        from cashpilot.local.repo import ensure_importable
        from cashpilot.local.resources import create_resources, local_entry_points
        from cashpilot.local.s3_events import AsyncS3Delivery

        ensure_importable()
        region = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or DEFAULT_REGION
        server = MotoServer.start(host, port)
        dispatcher, deliveries = LambdaDispatcher(local_entry_points()), AsyncS3Delivery()
        try:
            dispatcher.install()
            deliveries.install()
            resources = create_resources(functools.partial(client_for, server.endpoint, region), region)
        except BaseException:
            deliveries.uninstall(timeout=1)
            dispatcher.uninstall()
            server.stop()
            raise
        info = CloudInfo(endpoint=server.endpoint, resources=resources, pid=os.getpid())
        log.info("local cloud on %s: s3://%s, state machine %s, functions %s", info.endpoint,
                 resources.imports_bucket, resources.state_machine_arn.rsplit(":", 1)[-1],
                 ", ".join(resources.function_arns))
        return cls(server, info, dispatcher, deliveries, data_dir)

    def start_background(self) -> None:
        """The schedule runner, the execution watcher and the mail keeper (what `cashpilot local` runs)."""
        from cashpilot.local.executions import ExecutionWatcher
        from cashpilot.local.mail import MailKeeper
        from cashpilot.local.schedules import ScheduleRunner

        self._background = [
            ExecutionWatcher(self.info.client("stepfunctions"), self.info.resources.state_machine_arn).start(),
            ScheduleRunner(self.info.client("lambda")).start(),
        ]
        if self.data_dir is not None:
            self._background.append(MailKeeper(self.data_dir).start())

    def publish(self, data_dir: Path, api: str | None = None) -> Path:
        """Tell other `cashpilot` processes on this data dir where this cloud answers."""
        self.info = CloudInfo(endpoint=self.info.endpoint, resources=self.info.resources, pid=self.info.pid, api=api)
        path = data_dir / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.info.to_dict(), indent=2))
        self._published = path
        return path

    def stop(self) -> None:
        for worker in self._background:
            worker.stop()
        self._background = []
        if self._published is not None:
            with suppress(FileNotFoundError, ValueError, KeyError):
                if json.loads(self._published.read_text())["pid"] == os.getpid():  # not another one's since
                    self._published.unlink()
            self._published = None
        self.deliveries.uninstall()  # lets events already delivered finish
        if self.data_dir is not None:
            from cashpilot.local.mail import archive, sent_messages

            archive(sent_messages(), self.data_dir)  # what was sent is kept when moto forgets it
        self.dispatcher.uninstall()
        self.server.stop()

    def __enter__(self) -> LocalCloud:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_cloud(data_dir: Path) -> CloudInfo | None:
    """The local cloud a `cashpilot local` on this data dir runs, if one does and answers."""
    path = data_dir / STATE_FILE
    try:
        info = CloudInfo.from_dict(json.loads(path.read_text()))
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None
    if info.pid == os.getpid() or not _alive(info.pid):
        return None
    try:
        s3 = info.client("s3", connect_timeout=2, read_timeout=5, retries={"max_attempts": 1})
        s3.head_bucket(Bucket=info.resources.imports_bucket)
    except Exception:
        return None
    return info


@dataclass
class CloudSession:
    info: CloudInfo
    local: LocalCloud | None  # None: the cloud runs in another process (`cashpilot local`)


@contextmanager
def cloud_session(data_dir: Path, *, progress: Callable[[str], None] = lambda _: None) -> Iterator[CloudSession]:
    """A local cloud for one command: the running `cashpilot local`'s, or one started in this process
    (on a free port) and stopped afterwards. The environment points at it meanwhile."""
    info = running_cloud(data_dir)
    if info is not None:
        progress(f"using the local cloud of `cashpilot local` (pid {info.pid}) at {info.endpoint}")
        with applied_environment(info.environment()):
            yield CloudSession(info, None)
        return
    progress("starting a local cloud in this process (moto, in-process Lambda)")
    cloud = LocalCloud.start(port=0, data_dir=data_dir)
    stopped = False
    try:
        with applied_environment(cloud.info.environment()):
            try:
                yield CloudSession(cloud.info, cloud)
            finally:
                cloud.stop()  # still inside the environment: events being handled finish against this cloud
                stopped = True
    finally:
        if not stopped:
            cloud.stop()


@contextmanager
def serving_cloud(data_dir: Path, *, port: int = DEFAULT_PORT, api: str | None = None) -> Iterator[CloudSession]:
    """`cashpilot local`: a local cloud for the life of this process, with the schedule runner and the
    execution watcher, announced to other `cashpilot` commands through `<data dir>/local-cloud.json`."""
    from cashpilot.config import reset_caches

    cloud = LocalCloud.start(port=port, data_dir=data_dir)
    try:
        _set_environment(cloud.info.environment())  # before the API reads its settings
        reset_caches()
        cloud.start_background()
        cloud.publish(data_dir, api)
        yield CloudSession(cloud.info, cloud)
    finally:
        cloud.stop()
