from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from cashpilot.api.deps import CurrentTenant, UoW
from cashpilot.api.schemas.common import OffsetPage
from cashpilot.api.schemas.imports import (
    ConfirmIn,
    ImportCreatedOut,
    ImportCreateIn,
    ImportOut,
    ImportStatus,
    OverridesIn,
    PreviewOut,
    UploadOut,
)
from cashpilot.config import get_settings
from cashpilot.domain.roles import Permission
from cashpilot.services import imports as svc
from cashpilot.services.context import Tenant

router = APIRouter(prefix="/imports", tags=["imports"])


def _target(tenant: Tenant) -> svc.ImportTarget:
    return svc.ImportTarget(business_id=tenant.business_id, user_id=tenant.user_id)


def _preview(job) -> PreviewOut:
    p = job.preview or {}
    return PreviewOut(
        import_=ImportOut.model_validate(job),
        confidence=p.get("confidence"),
        known_format=p.get("known_format", False),
        format=p.get("format") or job.format or {},
        duplicates=p.get("duplicates") or {},
        row_count=p.get("row_count", 0),
        rows=p.get("rows") or [],
        skipped=p.get("skipped") or [],
        skipped_count=p.get("skipped_count", 0),
        warnings=p.get("warnings") or [],
    )


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ImportCreatedOut, response_model_by_alias=True,
             summary="Start an import: returns its id and a presigned URL to PUT the statement file to")
def create_import(body: ImportCreateIn, uow: UoW, tenant: CurrentTenant) -> ImportCreatedOut:
    tenant.require(Permission.WRITE)
    job, url = svc.create_upload(uow, _target(tenant), account_id=body.account_id, filename=body.filename)
    upload = None
    if url:
        upload = UploadOut(url=url, expires_in=get_settings().import_upload_url_ttl_seconds, bucket=job.s3_bucket,
                           key=job.s3_key)
    return ImportCreatedOut(import_=ImportOut.model_validate(job), upload=upload)


@router.get("", response_model=OffsetPage[ImportOut], summary="Import history with counts")
def list_imports(
    uow: UoW,
    tenant: CurrentTenant,
    account_id: uuid.UUID | None = None,
    status: ImportStatus | None = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> OffsetPage[ImportOut]:
    s = get_settings()
    limit = min(limit or s.default_page_size, s.max_page_size)
    rows, total = svc.list_imports(uow, _target(tenant), account_id=account_id, status=status, limit=limit,
                                   offset=offset)
    return OffsetPage[ImportOut](items=[ImportOut.model_validate(r) for r in rows], total=total, limit=limit,
                                 offset=offset)


@router.get("/{import_id}", response_model=ImportOut)
def get_import(import_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> ImportOut:
    return ImportOut.model_validate(svc.get_import(uow, _target(tenant), import_id))


@router.get("/{import_id}/preview", response_model=PreviewOut, response_model_by_alias=True,
            summary="Decisions with evidence, confidence, first rows, duplicate estimate, row errors")
def get_preview(import_id: uuid.UUID, uow: UoW, tenant: CurrentTenant) -> PreviewOut:
    return _preview(svc.get_import(uow, _target(tenant), import_id))


@router.put("/{import_id}/mapping", response_model=PreviewOut, response_model_by_alias=True,
            summary="Override decisions and parse again")
def put_mapping(import_id: uuid.UUID, body: OverridesIn, uow: UoW, tenant: CurrentTenant) -> PreviewOut:
    tenant.require(Permission.WRITE)
    job = svc.remap(uow, _target(tenant), import_id, body.model_dump(exclude_none=True))
    return _preview(job)


@router.post("/{import_id}/confirm", response_model=ImportOut,
             summary="Commit the good rows (one database transaction) and start the pipeline")
def confirm_import(import_id: uuid.UUID, uow: UoW, tenant: CurrentTenant, body: ConfirmIn | None = None) -> ImportOut:
    tenant.require(Permission.WRITE)
    overrides = body.overrides.model_dump(exclude_none=True) if body and body.overrides else None
    return ImportOut.model_validate(svc.confirm(uow, _target(tenant), import_id, overrides=overrides))
