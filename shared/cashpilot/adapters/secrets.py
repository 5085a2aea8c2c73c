"""Secrets: Secrets Manager in AWS (read lazily, cached per execution environment), files locally."""

from __future__ import annotations

import os
import secrets as _pysecrets
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=16)
def get_secret(arn: str) -> str:
    import boto3  # lazy: keeps boto3 out of the API's import path until a secret is needed

    return boto3.client("secretsmanager").get_secret_value(SecretId=arn)["SecretString"]


def local_secret(data_dir: Path, name: str, nbytes: int = 48) -> str:
    """A random secret generated on first use and kept in the data dir (mode 0600)."""
    path = data_dir / "secrets" / name
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = _pysecrets.token_urlsafe(nbytes)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race: use its secret
        return path.read_text().strip()
    try:
        os.write(fd, value.encode())
    finally:
        os.close(fd)
    return value


def clear_cache() -> None:
    get_secret.cache_clear()
