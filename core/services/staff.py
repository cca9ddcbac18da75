"""Staff roster (Pegawai): add, edit, deactivate; NIP validated; owned by the office."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, ValidationError
from core.nip import parse_nip
from core.roles import Actor, Role, require_role
from db.models import Staff

STAFF_EDITORS = (Role.OPERATOR, Role.HEAD)


class StaffStatus(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"
    NON_ASN = "non-ASN"


@dataclass(frozen=True)
class StaffInput:
    name: str
    position: str
    status: StaffStatus
    nip: str | None = None
    local_id: str | None = None
    active_from: date | None = None


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    nip: str | None
    local_id: str | None
    position: str
    status: StaffStatus
    active_from: date
    active_until: date | None
    rev: int

    @property
    def identifier(self) -> str:
        return self.nip or self.local_id or ""

    def is_active_on(self, day: date) -> bool:
        return self.active_from <= day and (self.active_until is None or day <= self.active_until)


def _row(staff: Staff) -> StaffRow:
    return StaffRow(staff.id, staff.name, staff.nip, staff.local_id, staff.position,
                    StaffStatus(staff.status), staff.active_from, staff.active_until, staff.rev)


def _clean(session: Session, office_code: str, data: StaffInput, today: date,
           editing: str | None = None) -> dict[str, object]:
    name = " ".join(data.name.split())
    if len(name) < 3:
        raise ValidationError("Nama pegawai wajib diisi (minimal 3 huruf).", "name")
    nip = (data.nip or "").strip()
    local_id = (data.local_id or "").strip() or None
    if data.status in (StaffStatus.PNS, StaffStatus.PPPK) and not nip:
        raise ValidationError(f"Pegawai {data.status.value} wajib memiliki NIP.", "nip")
    info = parse_nip(nip, today) if nip else None
    if info is not None and info.pppk and data.status is StaffStatus.PNS:
        raise ValidationError("NIP ini berformat PPPK (angka ke-13 dan 14: 21); "
                              "pilih status PPPK.", "status")
    parsed = info.nip if info else None
    if parsed is None and local_id is None:
        raise ValidationError("Pegawai non-ASN tanpa NIP wajib diberi nomor pegawai lokal.",
                              "local_id")
    if parsed is not None:
        clash = session.scalars(select(Staff).where(
            Staff.office_code == office_code, Staff.nip == parsed,
            Staff.deleted_at.is_(None), Staff.id != (editing or ""))).first()
        if clash is not None:
            raise ValidationError(f"NIP {parsed} sudah dipakai oleh {clash.name}.", "nip")
    active_from = data.active_from or today
    if active_from > today:
        raise ValidationError("Tanggal mulai aktif tidak boleh di masa depan.", "active_from")
    return {"name": name, "position": " ".join(data.position.split()),
            "status": data.status.value, "nip": parsed, "local_id": local_id,
            "active_from": active_from}


def _check_owner(actor: Actor, uow: UnitOfWork) -> None:
    require_role(actor, *STAFF_EDITORS)
    if actor.office_code != uow.device.office_code:
        raise ValidationError("Data pegawai hanya dapat diubah di kantornya sendiri.")


def add_staff(uow: UnitOfWork, data: StaffInput) -> StaffRow:
    _check_owner(uow.actor, uow)
    values = _clean(uow.session, uow.device.office_code, data, uow.today)
    return _row(uow.add(Staff(**values)))


def _get(uow: UnitOfWork, staff_id: str) -> Staff:
    _check_owner(uow.actor, uow)
    row = uow.session.get(Staff, staff_id)
    if row is None or row.deleted_at is not None or row.office_code != uow.device.office_code:
        raise NotFound("Pegawai tidak ditemukan.")
    return row


def update_staff(uow: UnitOfWork, staff_id: str, data: StaffInput) -> StaffRow:
    row = _get(uow, staff_id)
    values = _clean(uow.session, row.office_code, data, uow.today, editing=row.id)
    uow.update(row, **values)
    return _row(row)


def deactivate_staff(uow: UnitOfWork, staff_id: str, last_day: date) -> StaffRow:
    """The staff member leaves after `last_day`; history before it stays."""
    row = _get(uow, staff_id)
    if row.active_until is not None:
        raise ValidationError(f"{row.name} sudah nonaktif sejak {row.active_until:%d-%m-%Y}.")
    if last_day < row.active_from:
        raise ValidationError("Tanggal terakhir aktif tidak boleh sebelum tanggal mulai aktif.",
                              "active_until")
    uow.update(row, active_until=last_day)
    return _row(row)


def reactivate_staff(uow: UnitOfWork, staff_id: str) -> StaffRow:
    row = _get(uow, staff_id)
    uow.update(row, active_until=None)
    return _row(row)


def list_staff(session: Session, office_code: str, include_inactive: bool = True
               ) -> list[StaffRow]:
    stmt = (select(Staff).where(Staff.office_code == office_code, Staff.deleted_at.is_(None))
            .order_by(Staff.name))
    rows = [_row(row) for row in session.scalars(stmt)]
    if not include_inactive:
        rows = [row for row in rows if row.active_until is None]
    return rows
