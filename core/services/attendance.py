"""Absensi: the daily roll call of the active staff, bands, monthly recap, yearly TK.

Statuses: H hadir, TL terlambat, PSW pulang sebelum waktu, DL dinas luar, TB tugas
belajar, WFH, I izin, S sakit, C-xx cuti, TK tanpa keterangan. TL1–TL4 and PSW1–PSW4 are
30-minute bands (configurable) of the check-in after the opening time and the check-out
before the closing time of that day's schedule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, ValidationError
from core.roles import Role, require_role
from core.services.calendar import Calendar, DaySchedule, band, format_hhmm, parse_hhmm
from core.services.month_lock import is_locked
from core.services.rules import TkStanding, rule, tk_standing
from core.services.service_hours import local_now, month_range
from db.models import Amendment, Attendance, Staff

EDITORS = (Role.OPERATOR, Role.HEAD)
STATUSES = {
    "H": "Hadir", "TL": "Terlambat", "PSW": "Pulang sebelum waktu", "DL": "Dinas luar",
    "TB": "Tugas belajar", "WFH": "Bekerja dari rumah", "I": "Izin", "S": "Sakit",
    "C-T": "Cuti tahunan", "C-S": "Cuti sakit", "C-B": "Cuti besar",
    "C-M": "Cuti melahirkan", "C-AP": "Cuti karena alasan penting", "TK": "Tanpa keterangan",
}
PRESENT = ("H", "TL", "PSW", "DL", "TB", "WFH")
NEEDS_CHECK_IN = ("H", "TL", "PSW")


@dataclass(frozen=True)
class RollCallRow:
    staff_id: str
    name: str
    identifier: str
    position: str
    status: str | None
    check_in: str | None
    check_out: str | None
    note: str
    tl_band: int
    psw_band: int


@dataclass(frozen=True)
class RollCall:
    day: date
    schedule: DaySchedule | None
    off_reason: str | None
    locked: bool
    rows: list[RollCallRow]


@dataclass
class StaffRecap:
    staff_id: str
    name: str
    counts: Counter[str] = field(default_factory=Counter)
    tl_bands: Counter[int] = field(default_factory=Counter)
    psw_bands: Counter[int] = field(default_factory=Counter)
    working_days: int = 0

    @property
    def recorded(self) -> int:
        return sum(self.counts.values())

    @property
    def present(self) -> int:
        return sum(self.counts[s] for s in PRESENT)

    @property
    def attendance_percent(self) -> float:
        return 100.0 * self.present / self.working_days if self.working_days else 0.0


@dataclass(frozen=True)
class TkRow:
    staff_id: str
    name: str
    standing: TkStanding
    warning: bool


def _active_staff(session: Session, office_code: str, day: date) -> list[Staff]:
    return [s for s in session.scalars(select(Staff).where(
        Staff.office_code == office_code, Staff.deleted_at.is_(None),
        Staff.active_from <= day).order_by(Staff.name))
        if s.active_until is None or day <= s.active_until]


def _bands(session: Session, schedule: DaySchedule | None, check_in: str | None,
           check_out: str | None) -> tuple[int, int]:
    if schedule is None:
        return 0, 0
    width, count = int(rule(session, "band_minutes")), int(rule(session, "band_count"))
    late = parse_hhmm(check_in) - schedule.opens if check_in else 0
    early = schedule.closes - parse_hhmm(check_out) if check_out else 0
    return band(late, width, count), band(early, width, count)


def roll_call(session: Session, office_code: str, day: date) -> RollCall:
    """The staff active on `day` with what has been recorded for them."""
    day_rule = Calendar(session, office_code, day, day).rule(day)
    records = {a.staff_id: a for a in session.scalars(select(Attendance).where(
        Attendance.office_code == office_code, Attendance.day == day,
        Attendance.deleted_at.is_(None)))}
    rows = []
    for staff in _active_staff(session, office_code, day):
        record = records.get(staff.id)
        check_in = record.check_in if record else None
        check_out = record.check_out if record else None
        tl, psw = _bands(session, day_rule.schedule, check_in, check_out)
        rows.append(RollCallRow(
            staff.id, staff.name, staff.nip or staff.local_id or "", staff.position,
            record.status if record else None, _dot(check_in), _dot(check_out),
            record.note if record else "", tl, psw))
    return RollCall(day, day_rule.schedule, day_rule.off_reason,
                    is_locked(session, office_code, day), rows)


def _dot(hhmm: str | None) -> str | None:
    return hhmm.replace(":", ".") if hhmm else None


def _colon(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return format_hhmm(parse_hhmm(text)).replace(".", ":")


def record_attendance(uow: UnitOfWork, day: date, staff_id: str, status: str,
                      check_in: str | None = None, check_out: str | None = None,
                      note: str = "", amendment_reason: str | None = None) -> Attendance:
    """Record (or change) one staff member's status on one working day.

    In a locked month the change needs `amendment_reason`, and is kept as an amendment.
    """
    require_role(uow.actor, *EDITORS)
    session = uow.session
    office = uow.device.office_code
    if status not in STATUSES:
        raise ValidationError(f"Status {status} tidak dikenal.", "status")
    if day > uow.today:
        raise ValidationError("Absensi untuk hari yang belum tiba.", "day")
    day_rule = Calendar(session, office, day, day).rule(day)
    if not day_rule.is_working:
        raise ValidationError(f"{day:%d-%m-%Y} bukan hari kerja ({day_rule.off_reason}).",
                              "day")
    staff = session.get(Staff, staff_id)
    if staff is None or staff.office_code != office or staff.deleted_at is not None:
        raise NotFound("Pegawai tidak ditemukan.")
    if not (staff.active_from <= day and (staff.active_until is None
                                          or day <= staff.active_until)):
        raise ValidationError(f"{staff.name} tidak aktif pada {day:%d-%m-%Y}.", "staff")
    if not (staff.nip or staff.local_id):
        raise ValidationError(f"{staff.name} belum memiliki NIP atau nomor pegawai lokal: "
                              "lengkapi data di halaman Pegawai dulu.", "staff")
    arrived, left = _colon(check_in), _colon(check_out)
    if status in NEEDS_CHECK_IN and arrived is None:
        raise ValidationError(f"Status {status} perlu jam datang.", "check_in")
    if status not in NEEDS_CHECK_IN and (arrived or left) and status not in ("WFH", "DL"):
        raise ValidationError(f"Status {status} tidak memakai jam datang/pulang.", "check_in")
    if arrived and left and parse_hhmm(left) <= parse_hhmm(arrived):
        raise ValidationError("Jam pulang harus setelah jam datang.", "check_out")
    if day == uow.today:
        _today, now_minute = local_now(uow)
        for value in (arrived, left):
            if value and parse_hhmm(value) > now_minute:
                raise ValidationError(f"Jam {value.replace(':', '.')} belum terjadi hari ini.",
                                      "check_in")
    existing = session.scalars(select(Attendance).where(
        Attendance.staff_id == staff_id, Attendance.day == day,
        Attendance.deleted_at.is_(None))).one_or_none()
    values = {"status": status, "check_in": arrived, "check_out": left,
              "note": " ".join(note.split())}
    locked = is_locked(session, office, day)
    if locked and not (amendment_reason and len(amendment_reason.strip()) >= 5):
        raise ValidationError("Bulan ini sudah dikunci: perubahan perlu alasan koreksi.",
                              "reason")
    if existing is None:
        row = uow.add(Attendance(day=day, staff_id=staff_id, **values))
        if locked:
            _amend(uow, row, "status", None, status, amendment_reason or "")
        return row
    old = existing.status
    if uow.update(existing, **values) and locked:
        _amend(uow, existing, "status", old, status, amendment_reason or "")
    return existing


def _amend(uow: UnitOfWork, row: Attendance, field_name: str, old: str | None,
           new: str | None, reason: str) -> None:
    uow.add(Amendment(target_table="attendance", target_id=row.id, day=row.day,
                      field=field_name, old_value=old, new_value=new,
                      reason=" ".join(reason.split())))


def monthly_recap(session: Session, office_code: str, first: date, today: date
                  ) -> list[StaffRecap]:
    """Per staff member: statuses, TL/PSW bands and attendance % over the month's working
    days (up to `today`)."""
    start, end = month_range(first)
    end = min(end, today)
    calendar = Calendar(session, office_code, start, end)
    rules = {r.day: r for r in calendar.days(start, end)} if end >= start else {}
    recaps: dict[str, StaffRecap] = {}
    staff_rows = session.scalars(select(Staff).where(
        Staff.office_code == office_code, Staff.deleted_at.is_(None)).order_by(Staff.name))
    for staff in staff_rows:
        recap = StaffRecap(staff.id, staff.name)
        recap.working_days = sum(
            1 for day, r in rules.items() if r.is_working and staff.active_from <= day
            and (staff.active_until is None or day <= staff.active_until))
        if recap.working_days:
            recaps[staff.id] = recap
    for record in session.scalars(select(Attendance).where(
            Attendance.office_code == office_code, Attendance.deleted_at.is_(None),
            Attendance.day >= start, Attendance.day <= end)):
        found = recaps.get(record.staff_id)
        if found is None:
            continue
        found.counts[record.status] += 1
        tl, psw = _bands(session, rules[record.day].schedule if record.day in rules else None,
                         record.check_in, record.check_out)
        if tl:
            found.tl_bands[tl] += 1
        if psw:
            found.psw_bands[psw] += 1
    return list(recaps.values())


def yearly_tk(session: Session, office_code: str, year: int) -> list[TkRow]:
    """Cumulative TK days this year per staff member, against the PP 94/2021 table."""
    thresholds = [tuple(item) for item in rule(session, "tk_thresholds")]
    warn = int(rule(session, "tk_warn_before_days"))
    counts: Counter[str] = Counter(session.scalars(select(Attendance.staff_id).where(
        Attendance.office_code == office_code, Attendance.status == "TK",
        Attendance.deleted_at.is_(None), Attendance.day >= date(year, 1, 1),
        Attendance.day <= date(year, 12, 31))))
    rows = []
    for staff in session.scalars(select(Staff).where(
            Staff.office_code == office_code, Staff.deleted_at.is_(None)).order_by(Staff.name)):
        standing = tk_standing(counts.get(staff.id, 0), thresholds)  # type: ignore[arg-type]
        rows.append(TkRow(staff.id, staff.name, standing, standing.warning(warn)))
    return rows
