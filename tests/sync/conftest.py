"""Two real installations (a kelurahan office and the city hub) and a USB folder between."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.roles import Actor
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.export import export_bundle
from db.base import SyncedRow
from db.models import ChangeLogEntry, Staff, User


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def add_people(ctx: AppContext, actor: Actor, prefix: str, count: int) -> list[str]:
    ids = []
    with ctx.write(actor) as uow:
        for number in range(count):
            ids.append(add_staff(uow, StaffInput(
                f"{prefix} {number}", "Staf", StaffStatus.NON_ASN,
                local_id=f"{prefix}-{number}", active_from=date(2025, 1, 2))).id)
    return ids


def export(ctx: AppContext, actor: Actor, out: Path, full: bool = False) -> Path:
    result = export_bundle(ctx, actor, out, full=full)
    assert result.path is not None
    return result.path


def rows(ctx: AppContext, model: type[SyncedRow], office_code: str) -> dict[str, dict[str, Any]]:
    """Every column of every row of `model` owned by `office_code`, by id."""
    from core.canonical import row_payload

    with ctx.read() as session:
        return {row.id: row_payload(row) for row in session.scalars(
            select(model).where(model.office_code == office_code))}


def state(ctx: AppContext, office_code: str, device_id: str) -> dict[str, Any]:
    """What the hub holds of one office: its rows and the device's log."""
    with ctx.read() as session:
        log = [(e.seq, e.hash) for e in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.device_id == device_id).order_by(ChangeLogEntry.seq))]
    return {"staff": rows(ctx, Staff, office_code), "users": rows(ctx, User, office_code),
            "log": log}
