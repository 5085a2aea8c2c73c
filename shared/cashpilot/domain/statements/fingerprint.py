"""Format fingerprints: stable hashes that recognise "the same kind of file" across months.

`shape` hashes what the bank fixes and the month does not change: the kind, the delimiter and the
normalised header names (for a headerless file, the number of columns and what kind of value each one
holds). `full` adds the decisions (roles, date format, decimal mark, amount source, sign convention), so
two files with equal full fingerprints were read the same way. Both are the first 16 hex digits of a
SHA-256 over canonical JSON: the same on every machine and Python version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def _digest(payload: Mapping[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def shape(kind: str, **parts: Any) -> tuple[str, dict[str, Any]]:
    payload = {"v": 1, "kind": kind, **parts}
    return _digest(payload), payload


def full(shape_payload: Mapping[str, Any], decisions: Mapping[str, Any]) -> str:
    return _digest({"shape": shape_payload, "decisions": decisions})
