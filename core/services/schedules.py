"""The city's calendar: schedule profiles, their assignment to offices, extra holidays.

Edited at the hub (admins), read-only at offices, which receive them in reference bundles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, ValidationError
from core.roles import Mode, Role, require_role
from core.services.calendar import national_holidays, parse_hhmm, validate_week, week_hours
from core.services.offices import find_office
from db.models import Holiday, ScheduleAssignment, ScheduleProfile

PROFILE_KINDS = ("reguler", "ramadan", "khusus")
HOLIDAY_KINDS = {"cuti_bersama": "Cuti bersama", "lokal": "Libur daerah"}
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    name: str
    kind: str
    week: dict[str, list[object]]
    hours_per_week: float


@dataclass(frozen=True)
class AssignmentInfo:
    id: str
    profile_name: str
    applies_to: str
    valid_from: date
    valid_until: date | None


@dataclass(frozen=True)
class HolidayInfo:
    day: date
    name: str
    kind: str  # nasional | cuti_bersama | lokal
    applies_to: str
    id: str | None  # None for national holidays (from the holidays package)


def _city_admin(uow: UnitOfWork) -> None:
    require_role(uow.actor, Role.ADMIN)
    if uow.device.mode is not Mode.HUB:
        raise ValidationError("Jadwal dan hari libur diatur di kota.")


def define_profile(uow: UnitOfWork, name: str, kind: str,
                   week: dict[str, tuple[str, str, int]]) -> ProfileInfo:
    """A weekly schedule: ISO weekday ("1" Monday) → (opens "07.30", closes, break minutes)."""
    _city_admin(uow)
    name = " ".join(name.split())
    if len(name) < 3:
        raise ValidationError("Nama jadwal wajib diisi.", "name")
    if kind not in PROFILE_KINDS:
        raise ValidationError(f"Jenis jadwal: {', '.join(PROFILE_KINDS)}.", "kind")
    if not week:
        raise ValidationError("Jadwal tanpa hari kerja.", "week")
    stored = {day: [f"{parse_hhmm(o) // 60:02d}:{parse_hhmm(o) % 60:02d}",
                    f"{parse_hhmm(c) // 60:02d}:{parse_hhmm(c) % 60:02d}", int(pause)]
              for day, (o, c, pause) in week.items()}
    validate_week(stored)  # type: ignore[arg-type]
    row = uow.add(ScheduleProfile(name=name, kind=kind, week=json.dumps(stored)))
    return _profile(row)


def assign_profile(uow: UnitOfWork, profile_id: str, applies_to: str, valid_from: date,
                   valid_until: date | None = None) -> AssignmentInfo:
    """Give an office (or every office: "*") a profile from `valid_from`."""
    _city_admin(uow)
    profile = uow.session.get(ScheduleProfile, profile_id)
    if profile is None or profile.deleted_at is not None:
        raise NotFound("Jadwal tidak ditemukan.")
    if applies_to != "*" and find_office(uow.session, applies_to) is None:
        raise ValidationError(f"Kantor {applies_to} tidak terdaftar.", "applies_to")
    if valid_until is not None and valid_until < valid_from:
        raise ValidationError("Tanggal berakhir sebelum tanggal mulai.", "valid_until")
    row = uow.add(ScheduleAssignment(profile_id=profile_id, applies_to=applies_to,
                                     valid_from=valid_from, valid_until=valid_until))
    return AssignmentInfo(row.id, profile.name, applies_to, valid_from, valid_until)


def add_holiday(uow: UnitOfWork, day: date, name: str, kind: str, applies_to: str = "*"
                ) -> HolidayInfo:
    """Cuti bersama or a local day off, for every office or one."""
    _city_admin(uow)
    name = " ".join(name.split())
    if len(name) < 3:
        raise ValidationError("Nama hari libur wajib diisi.", "name")
    if kind not in HOLIDAY_KINDS:
        raise ValidationError("Jenis: cuti bersama atau libur daerah.", "kind")
    if day in national_holidays(day.year):
        raise ValidationError(f"{day:%d-%m-%Y} sudah libur nasional "
                              f"({national_holidays(day.year)[day]}).", "day")
    if applies_to != "*" and find_office(uow.session, applies_to) is None:
        raise ValidationError(f"Kantor {applies_to} tidak terdaftar.", "applies_to")
    clash = uow.session.scalars(select(Holiday).where(
        Holiday.day == day, Holiday.applies_to == applies_to,
        Holiday.deleted_at.is_(None))).first()
    if clash is not None:
        raise ValidationError(f"{day:%d-%m-%Y} sudah tercatat: {clash.name}.", "day")
    row = uow.add(Holiday(day=day, name=name, kind=kind, applies_to=applies_to))
    return HolidayInfo(day, name, kind, applies_to, row.id)


def remove_holiday(uow: UnitOfWork, holiday_id: str) -> None:
    _city_admin(uow)
    row = uow.session.get(Holiday, holiday_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Hari libur tidak ditemukan.")
    uow.delete(row)


def _profile(row: ScheduleProfile) -> ProfileInfo:
    week = json.loads(row.week)
    return ProfileInfo(row.id, row.name, row.kind, week, week_hours(week))


def list_profiles(session: Session) -> list[ProfileInfo]:
    return [_profile(row) for row in session.scalars(select(ScheduleProfile).where(
        ScheduleProfile.deleted_at.is_(None)).order_by(ScheduleProfile.name))]


def list_assignments(session: Session, office_code: str | None = None) -> list[AssignmentInfo]:
    names = {p.id: p.name for p in session.scalars(select(ScheduleProfile))}
    stmt = select(ScheduleAssignment).where(ScheduleAssignment.deleted_at.is_(None))
    if office_code is not None:
        stmt = stmt.where(ScheduleAssignment.applies_to.in_(("*", office_code)))
    return [AssignmentInfo(a.id, names.get(a.profile_id, "?"), a.applies_to, a.valid_from,
                           a.valid_until)
            for a in session.scalars(stmt.order_by(ScheduleAssignment.valid_from))]


def list_holidays(session: Session, year: int, office_code: str | None = None
                  ) -> list[HolidayInfo]:
    """National holidays and the city's days off in `year`, by date."""
    found = [HolidayInfo(day, name, "nasional", "*", None)
             for day, name in national_holidays(year).items()]
    stmt = select(Holiday).where(Holiday.deleted_at.is_(None), Holiday.day >= date(year, 1, 1),
                                 Holiday.day <= date(year, 12, 31))
    if office_code is not None:
        stmt = stmt.where(Holiday.applies_to.in_(("*", office_code)))
    found += [HolidayInfo(h.day, h.name, h.kind, h.applies_to, h.id)
              for h in session.scalars(stmt)]
    return sorted(found, key=lambda h: h.day)
