"""What the Beranda page shows for the areas built so far."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.services.attendance import PRESENT, monthly_recap, roll_call
from core.services.offices import OfficeInfo, find_office, get_office
from core.services.service_hours import DayStatus, MonthFigures, day_statuses, month_figures
from db.models import LogHead, Staff, User


@dataclass(frozen=True)
class OfficeOverview:
    office: OfficeInfo
    parent: OfficeInfo | None
    active_staff: int
    staff_by_status: dict[str, int]
    active_users: int
    log_seq: int


def office_overview(session: Session, office_code: str, device_id: str) -> OfficeOverview:
    office = get_office(session, office_code)
    parent = find_office(session, office.parent_code) if office.parent_code else None
    by_status: dict[str, int] = {
        status: count for status, count in session.execute(
            select(Staff.status, func.count()).where(
                Staff.office_code == office_code, Staff.deleted_at.is_(None),
                Staff.active_until.is_(None)).group_by(Staff.status))}
    users = session.scalar(select(func.count()).select_from(User).where(
        User.office_code == office_code, User.active.is_(True), User.deleted_at.is_(None)))
    head = session.get(LogHead, device_id)
    return OfficeOverview(office, parent, sum(by_status.values()), by_status, users or 0,
                          head.seq if head else 0)


@dataclass(frozen=True)
class OfficeDayOverview:
    """Beranda of an office: today, and the month so far."""

    today: DayStatus | None
    present: list[str]
    absent: list[tuple[str, str]]  # (name, status)
    not_recorded: int
    month: MonthFigures
    attendance_percent: float
    late_minutes_by_day: list[tuple[date, int]]


def office_day_overview(session: Session, office_code: str, today: date) -> OfficeDayOverview:
    first = today.replace(day=1)
    days = day_statuses(session, office_code, first, today, today)
    call = roll_call(session, office_code, today)
    present = [row.name for row in call.rows if row.status in PRESENT]
    absent = [(row.name, row.status) for row in call.rows
              if row.status is not None and row.status not in PRESENT]
    recaps = monthly_recap(session, office_code, first, today)
    possible = sum(r.working_days for r in recaps)
    attendance = 100.0 * sum(r.present for r in recaps) / possible if possible else 0.0
    return OfficeDayOverview(
        today=days[-1] if days and days[-1].day == today else None,
        present=present, absent=absent,
        not_recorded=sum(1 for row in call.rows if row.status is None)
        if call.schedule else 0,
        month=month_figures(days), attendance_percent=attendance,
        late_minutes_by_day=[(d.day, d.minutes_late) for d in days if d.counted])
