"""What the Beranda page shows for the areas built so far."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.services.offices import OfficeInfo, find_office, get_office
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
