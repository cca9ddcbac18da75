from __future__ import annotations

import uuid6


def new_id() -> str:
    """A time-ordered UUID (v7): rows sort by creation and index well."""
    return str(uuid6.uuid7())
