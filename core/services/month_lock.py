"""Month lock: the head reviews a month and locks it; afterwards only amendments change it."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import ValidationError
from core.roles import Role, require_role
from db.models import MonthLock


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(text: str) -> date:
    """"2026-11" → 1 November 2026."""
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise ValidationError(f"Bulan '{text}' tidak dikenali; tulis seperti 2026-11.") from None


def previous_month(first: date) -> date:
    """The first day of the month before the one `first` is in."""
    return (first.replace(day=1) - timedelta(days=1)).replace(day=1)


def next_month(first: date) -> date:
    """The first day of the month after the one `first` is in."""
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def is_locked(session: Session, office_code: str, day: date) -> bool:
    return session.scalars(select(MonthLock.id).where(
        MonthLock.office_code == office_code, MonthLock.month == month_key(day),
        MonthLock.deleted_at.is_(None))).first() is not None


def ensure_unlocked(session: Session, office_code: str, day: date) -> None:
    if is_locked(session, office_code, day):
        raise ValidationError(
            f"Bulan {month_key(day)} sudah dikunci pimpinan: perubahan hanya lewat koreksi "
            "dengan alasan.")


def lock_month(uow: UnitOfWork, month: str, note: str = "") -> None:
    """Lock a month that has ended. Heads only."""
    require_role(uow.actor, Role.HEAD)
    first = parse_month(month)
    if month_key(uow.today) <= month_key(first):
        raise ValidationError("Hanya bulan yang sudah berakhir yang dapat dikunci.")
    if is_locked(uow.session, uow.device.office_code, first):
        raise ValidationError(f"Bulan {month} sudah dikunci.")
    uow.add(MonthLock(month=month_key(first), note=note.strip()))


def locked_months(session: Session, office_code: str) -> list[str]:
    return sorted(session.scalars(select(MonthLock.month).where(
        MonthLock.office_code == office_code, MonthLock.deleted_at.is_(None))))
