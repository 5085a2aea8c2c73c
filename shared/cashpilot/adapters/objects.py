"""Where statement files live: S3 (in AWS and in the local cloud, which is moto), or a folder under
the data directory when CashPilot runs without any cloud (`cashpilot import` on a laptop)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from cashpilot.config import get_settings
from cashpilot.domain.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class StoredObject:
    data: bytes
    etag: str
    size: int


class ObjectStore(Protocol):
    def put(self, bucket: str, key: str, data: bytes) -> str: ...

    def get(self, bucket: str, key: str, *, max_bytes: int) -> StoredObject: ...

    def presign_put(self, bucket: str, key: str, *, expires_in: int) -> str | None: ...


def too_large(size: int, limit: int) -> InvalidInput:
    return InvalidInput(
        f"The file is {size:,} bytes; statements are limited to {limit:,} bytes.", code="file_too_large",
        details={"size": size, "limit": limit},
    )


class S3ObjectStore:
    def __init__(self, endpoint_url: str | None = None, region: str | None = None) -> None:
        import boto3  # lazy: the API only needs it for imports

        self._s3 = boto3.client("s3", endpoint_url=endpoint_url, region_name=region)

    def put(self, bucket: str, key: str, data: bytes) -> str:
        return self._s3.put_object(Bucket=bucket, Key=key, Body=data)["ETag"].strip('"')

    def get(self, bucket: str, key: str, *, max_bytes: int) -> StoredObject:
        from botocore.exceptions import ClientError

        try:
            response = self._s3.get_object(Bucket=bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NoSuchBucket"):
                raise NotFound("The statement file is no longer in storage.", code="file_not_found",
                               details={"bucket": bucket, "key": key}) from exc
            raise
        size = int(response["ContentLength"])
        if size > max_bytes:
            response["Body"].close()
            raise too_large(size, max_bytes)
        data = response["Body"].read()
        return StoredObject(data=data, etag=response["ETag"].strip('"'), size=size)

    def presign_put(self, bucket: str, key: str, *, expires_in: int) -> str | None:
        return self._s3.generate_presigned_url(
            "put_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires_in
        )


class FolderObjectStore:
    """A bucket is a folder; the etag is the content's MD5, as S3's is for simple uploads."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, bucket: str, key: str) -> Path:
        path = (self.root / bucket / key).resolve()
        if not str(path).startswith(str(self.root.resolve())):
            raise InvalidInput("Invalid object key.", code="invalid_key")
        return path

    def put(self, bucket: str, key: str, data: bytes) -> str:
        path = self._path(bucket, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return hashlib.md5(data, usedforsecurity=False).hexdigest()

    def get(self, bucket: str, key: str, *, max_bytes: int) -> StoredObject:
        path = self._path(bucket, key)
        if not path.exists():
            raise NotFound("The statement file is no longer in storage.", code="file_not_found",
                           details={"bucket": bucket, "key": key})
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        data = path.read_bytes()
        return StoredObject(data=data, etag=hashlib.md5(data, usedforsecurity=False).hexdigest(), size=size)

    def presign_put(self, bucket: str, key: str, *, expires_in: int) -> str | None:
        return None  # no HTTP endpoint: upload through `cashpilot import` instead


LOCAL_BUCKET = "cashpilot-imports"


def imports_bucket() -> str:
    return get_settings().imports_bucket or LOCAL_BUCKET


@lru_cache(maxsize=1)
def default_store() -> ObjectStore:
    s = get_settings()
    if s.imports_bucket:  # a bucket is configured: AWS, the local cloud (moto) or a test double
        return S3ObjectStore(endpoint_url=s.aws_endpoint_url, region=s.aws_region)
    return FolderObjectStore(s.data_dir / "objects")


def clear_cache() -> None:
    default_store.cache_clear()
