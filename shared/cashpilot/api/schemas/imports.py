from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import ConfigDict, Field

from cashpilot.api.schemas.common import Input, Output, ShortText

ImportStatus = Literal["awaiting_upload", "parsing", "preview", "completed", "failed"]


class ImportCreateIn(Input):
    account_id: uuid.UUID
    filename: ShortText = Field(min_length=1)


class OverridesIn(Input):
    """Decisions to take instead of the parser's (all optional)."""

    encoding: str | None = None
    delimiter: str | None = Field(None, description=", ; TAB (or \\t) |")
    header_line: int | None = Field(None, ge=0, description="1-based line of the header row; 0 = no header row")
    columns: dict[str, str] | None = Field(None, description="column name -> role (date, amount, debit, ...)")
    date_format: str | None = Field(None, description="DMY, MDY, YMD or a pattern such as %d.%m.%Y")
    decimal_mark: Literal[".", ","] | None = None
    sign_convention: Literal["as_is", "inverted"] | None = None
    account_type: Literal["bank", "credit", "cash", "wallet"] | None = None
    skip_lines: list[int] | None = Field(None, max_length=10_000)


class ConfirmIn(Input):
    overrides: OverridesIn | None = None


class UploadOut(Output):
    method: Literal["PUT"] = "PUT"
    url: str
    expires_in: int
    bucket: str
    key: str


class ImportOut(Output):
    id: uuid.UUID
    account_id: uuid.UUID
    source: str
    filename: str
    status: ImportStatus
    confidence: Decimal | None
    auto_confirmed: bool
    rows_total: int
    rows_imported: int
    rows_duplicate: int
    rows_updated: int = Field(description="pending rows now seen as posted")
    rows_flagged: int = Field(description="imported but looking like an existing row: review them")
    rows_skipped: int
    rows_error: int
    error: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None


class ImportCreatedOut(Output):
    model_config = ConfigDict(populate_by_name=True, from_attributes=True)

    import_: ImportOut = Field(alias="import", serialization_alias="import")
    upload: UploadOut | None = Field(description="Where to PUT the file; null when storage offers no URL")


class PreviewOut(Output):
    model_config = ConfigDict(populate_by_name=True, from_attributes=True)

    import_: ImportOut = Field(alias="import", serialization_alias="import")
    confidence: float | None
    known_format: bool
    format: dict[str, Any] = Field(description="decisions with confidence and evidence, column roles")
    duplicates: dict[str, int] = Field(description="new / duplicate / posts_pending / possible_duplicate")
    row_count: int
    rows: list[dict[str, Any]] = Field(description="the first rows as they would be imported")
    skipped: list[dict[str, Any]] = Field(description="lines left out, with the reason")
    skipped_count: int
    warnings: list[str]
