"""Canonical JSON: the exact bytes that are hashed and signed."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 characters kept: same data, same text, everywhere."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a synced row")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_payload(row: Any) -> dict[str, Any]:
    """The row as it is after a change: every mapped column except device-local ones."""
    mapper = inspect(type(row))
    local = set(getattr(row, "__local_columns__", ()))
    return {
        attr.key: json_value(getattr(row, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in local
    }
