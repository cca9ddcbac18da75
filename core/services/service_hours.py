"""Jam Layanan: the office opens and closes its doors, every working day, on time.

"Buka kantor" and "Tutup kantor" record the current time. A correction needs a reason and
is kept as an amendment beside the original, which is never overwritten. Each working
day is judged against that day's schedule; a working day with no record is "tidak
tercatat", never compliant; weekends and holidays are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import PantauError, ValidationError
from core.roles import Role, require_role
from core.services.calendar import (
    Calendar,
    DayRule,
    format_hhmm,
    minutes_early,
    minutes_late,
    parse_hhmm,
)
from core.services.month_lock import (
    ensure_unlocked,
    is_locked,
    month_key,
    next_month,
)
from core.services.rules import rule
from db.models import Amendment, DayLog, MonthLock

EDITORS = (Role.OPERATOR, Role.HEAD)
MIN_REASON = 5

ON_TIME = "tepat waktu"
LATE = "terlambat"
EARLY = "pulang cepat"
LATE_AND_EARLY = "terlambat dan pulang cepat"
MISSING = "tidak tercatat"
CLOSED = "tutup"
OFF = "libur"
NOT_CLOSED = "belum ditutup"
OPEN_NOW = "buka"
NOT_YET = "belum dibuka"  # today, before the office has opened: not judged yet


class ClockSuspect(PantauError):
    """The computer's date looks wrong; the user confirms before anything is saved."""


@dataclass(frozen=True)
class DayStatus:
    day: date
    rule: DayRule
    opened: str | None  # "07.42", after amendments
    closed: str | None
    minutes_late: int
    minutes_early: int
    status: str
    reason: str
    amended: bool
    locked: bool

    @property
    def counted(self) -> bool:
        """Working days count in the compliance figures; days off do not."""
        return self.rule.is_working


@dataclass(frozen=True)
class MonthFigures:
    working_days: int
    recorded_days: int
    on_time_days: int
    missing_days: int
    closed_days: int
    average_minutes_late: float

    @property
    def on_time_percent(self) -> float:
        return 100.0 * self.on_time_days / self.working_days if self.working_days else 0.0


def local_now(uow: UnitOfWork) -> tuple[date, int]:
    """Today and the minute of the day at the office."""
    moment = uow.now.astimezone(ZoneInfo(uow.device.timezone))
    return moment.date(), moment.hour * 60 + moment.minute


def _reason(text: str) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) < MIN_REASON:
        raise ValidationError(f"Alasan wajib diisi (minimal {MIN_REASON} huruf).", "reason")
    return cleaned


def _day_log(session: Session, office_code: str, day: date) -> DayLog | None:
    return session.scalars(select(DayLog).where(
        DayLog.office_code == office_code, DayLog.day == day,
        DayLog.deleted_at.is_(None))).one_or_none()


def check_clock(uow: UnitOfWork) -> None:
    """Refuse (until confirmed) a date before the last record or far after it."""
    last = uow.session.scalar(select(DayLog.day).where(
        DayLog.office_code == uow.device.office_code, DayLog.deleted_at.is_(None))
        .order_by(DayLog.day.desc()).limit(1))
    if last is None:
        return
    today = uow.today
    gap = int(rule(uow.session, "clock_warning_days"))
    if today < last:
        raise ClockSuspect(
            f"Tanggal komputer ({today:%d-%m-%Y}) lebih awal dari catatan terakhir "
            f"({last:%d-%m-%Y}). Periksa jam komputer; lanjutkan hanya jika tanggalnya benar.")
    if (today - last).days > gap + 7:
        raise ClockSuspect(
            f"Catatan terakhir {last:%d-%m-%Y}, hari ini menurut komputer {today:%d-%m-%Y} "
            f"({(today - last).days} hari). Benarkah tanggal komputer?")


def open_office(uow: UnitOfWork, confirmed_clock: bool = False) -> DayLog:
    """"Buka kantor": record now as today's opening time."""
    require_role(uow.actor, *EDITORS)
    if not confirmed_clock:
        check_clock(uow)
    today, minute = local_now(uow)
    ensure_unlocked(uow.session, uow.device.office_code, today)
    log = _day_log(uow.session, uow.device.office_code, today)
    if log is not None and log.opened_local is not None:
        raise ValidationError(f"Kantor sudah dibuka pukul {log.opened_local.replace(':', '.')} "
                              "hari ini; untuk membetulkan jamnya gunakan koreksi.")
    hhmm = format_hhmm(minute).replace(".", ":")
    if log is None:
        return uow.add(DayLog(day=today, opened_local=hhmm, opened_at=uow.now,
                              timezone=uow.device.timezone))
    uow.update(log, opened_local=hhmm, opened_at=uow.now, closed_all_day=False)
    return log


def close_office(uow: UnitOfWork, confirmed_clock: bool = False) -> DayLog:
    """"Tutup kantor": record now as today's closing time."""
    require_role(uow.actor, *EDITORS)
    if not confirmed_clock:
        check_clock(uow)
    today, minute = local_now(uow)
    ensure_unlocked(uow.session, uow.device.office_code, today)
    log = _day_log(uow.session, uow.device.office_code, today)
    if log is None or log.opened_local is None:
        raise ValidationError("Kantor belum dibuka hari ini: tekan Buka kantor dulu, atau "
                              "catat jam buka lewat koreksi.")
    if log.closed_local is not None:
        raise ValidationError(f"Kantor sudah ditutup pukul "
                              f"{log.closed_local.replace(':', '.')}; gunakan koreksi.")
    if minute < parse_hhmm(log.opened_local):
        raise ValidationError("Jam tutup sebelum jam buka: periksa jam komputer.")
    uow.update(log, closed_local=format_hhmm(minute).replace(".", ":"), closed_at=uow.now)
    return log


def _effective(log: DayLog, amendments: Iterable[Amendment]) -> tuple[str | None, str | None]:
    opened, closed = log.opened_local, log.closed_local
    for amendment in sorted(amendments, key=lambda a: (a.created_at, a.id)):
        if amendment.field == "opened_local":
            opened = amendment.new_value
        elif amendment.field == "closed_local":
            closed = amendment.new_value
    return opened, closed


def amend_time(uow: UnitOfWork, day: date, field: str, new_time: str, reason: str) -> Amendment:
    """Correct the opening or closing time of a day, with a reason; the original stays."""
    require_role(uow.actor, *EDITORS)
    if field not in ("opened_local", "closed_local"):
        raise ValidationError("Yang dapat dikoreksi: jam buka atau jam tutup.", "field")
    why = _reason(reason)
    today, minute = local_now(uow)
    if day > today:
        raise ValidationError("Tanggal koreksi di masa depan.", "day")
    value = parse_hhmm(new_time)
    if day == today and value > minute:
        raise ValidationError(f"Jam {format_hhmm(value)} belum terjadi hari ini.", "time")
    session = uow.session
    log = _day_log(session, uow.device.office_code, day)
    if log is None:
        log = uow.add(DayLog(day=day, timezone=uow.device.timezone))
    amendments = _amendments(session, [log.id]).get(log.id, [])
    opened, closed = _effective(log, amendments)
    other_open = value if field == "opened_local" else (parse_hhmm(opened) if opened else None)
    other_close = value if field == "closed_local" else (parse_hhmm(closed) if closed else None)
    if other_open is not None and other_close is not None and other_close <= other_open:
        raise ValidationError("Jam tutup harus setelah jam buka.", "time")
    if field == "closed_local" and other_open is None:
        raise ValidationError("Catat jam buka lebih dulu.", "time")
    stored = format_hhmm(value).replace(".", ":")
    return uow.add(Amendment(target_table="day_log", target_id=log.id, day=day, field=field,
                             old_value=opened if field == "opened_local" else closed,
                             new_value=stored, reason=why))


def mark_closed(uow: UnitOfWork, day: date, reason: str) -> DayLog:
    """The office did not open that working day (banjir, rapat di kecamatan …)."""
    require_role(uow.actor, *EDITORS)
    why = _reason(reason)
    if day > uow.today:
        raise ValidationError("Tanggal di masa depan.", "day")
    session = uow.session
    log = _day_log(session, uow.device.office_code, day)
    if is_locked(session, uow.device.office_code, day):
        if log is None:
            log = uow.add(DayLog(day=day, timezone=uow.device.timezone))
        uow.add(Amendment(target_table="day_log", target_id=log.id, day=day,
                          field="closed_all_day", old_value="0", new_value="1", reason=why))
        return log
    if log is not None and log.opened_local is not None:
        raise ValidationError("Hari itu kantor tercatat buka; koreksi jamnya bila salah.")
    if log is None:
        return uow.add(DayLog(day=day, closed_all_day=True, reason=why,
                              timezone=uow.device.timezone))
    uow.update(log, closed_all_day=True, reason=why)
    return log


def set_reason(uow: UnitOfWork, day: date, reason: str) -> DayLog:
    """Explain a late opening or an early closing (kept with the day)."""
    require_role(uow.actor, *EDITORS)
    why = _reason(reason)
    log = _day_log(uow.session, uow.device.office_code, day)
    if log is None:
        raise ValidationError("Belum ada catatan jam layanan untuk hari itu.", "day")
    if is_locked(uow.session, uow.device.office_code, day):
        uow.add(Amendment(target_table="day_log", target_id=log.id, day=day, field="reason",
                          old_value=log.reason, new_value=why, reason=why))
        return log
    uow.update(log, reason=why)
    return log


def _amendments(session: Session, log_ids: list[str]) -> dict[str, list[Amendment]]:
    found: dict[str, list[Amendment]] = {}
    for start in range(0, len(log_ids), 500):
        for amendment in session.scalars(select(Amendment).where(
                Amendment.target_table == "day_log", Amendment.deleted_at.is_(None),
                Amendment.target_id.in_(log_ids[start:start + 500]))):
            found.setdefault(amendment.target_id, []).append(amendment)
    return found


def day_statuses(session: Session, office_code: str, start: date, end: date, today: date,
                 now_minute: int | None = None) -> list[DayStatus]:
    """Every day from `start` to `end` (not after `today`) with its judgement."""
    return office_day_statuses(session, [office_code], start, end, today)[office_code]


def office_day_statuses(session: Session, office_codes: Sequence[str], start: date, end: date,
                        today: date) -> dict[str, list[DayStatus]]:
    """`day_statuses` of several offices, loaded together with a fixed number of queries
    whatever the number of offices (the city dashboard judges every office's month)."""
    end = min(end, today)
    if end < start:
        return {code: [] for code in office_codes}
    codes = list(office_codes)
    calendars = Calendar.for_offices(session, codes, start, end)
    logs: dict[str, dict[date, DayLog]] = {code: {} for code in codes}
    for log in session.scalars(select(DayLog).where(
            DayLog.office_code.in_(codes), DayLog.deleted_at.is_(None),
            DayLog.day >= start, DayLog.day <= end)):
        logs[log.office_code][log.day] = log
    amendments = _amendments(session, [log.id for found in logs.values()
                                       for log in found.values()])
    locked: dict[str, set[str]] = {code: set() for code in codes}
    for code, month in session.execute(select(MonthLock.office_code, MonthLock.month).where(
            MonthLock.office_code.in_(codes), MonthLock.deleted_at.is_(None))):
        locked[code].add(month)
    return {code: _judge_days(calendars[code], logs[code], amendments, locked[code], start,
                              end, today) for code in codes}


def _judge_days(calendar: Calendar, logs: dict[date, DayLog],
                amendments: dict[str, list[Amendment]], locked: set[str], start: date,
                end: date, today: date) -> list[DayStatus]:
    result = []
    for day_rule in calendar.days(start, end):
        day = day_rule.day
        log = logs.get(day)
        changes = amendments.get(log.id, []) if log else []
        opened, closed = _effective(log, changes) if log else (None, None)
        closed_all_day = bool(log and (log.closed_all_day or any(
            a.field == "closed_all_day" and a.new_value == "1" for a in changes)))
        reason = log.reason if log else ""
        for amendment in changes:
            if amendment.field == "reason":
                reason = amendment.new_value or ""
        late = early = 0
        schedule = day_rule.schedule
        if schedule is None:
            status = OFF if not opened else ON_TIME
        elif closed_all_day:
            status = CLOSED
        elif opened is None:
            status = NOT_YET if day == today else MISSING
        else:
            late = minutes_late(parse_hhmm(opened), schedule)
            if closed is not None:
                early = minutes_early(parse_hhmm(closed), schedule)
            if day == today and closed is None:
                status = OPEN_NOW if late == 0 else LATE
            elif closed is None:
                status = NOT_CLOSED if late == 0 else LATE
            elif late and early:
                status = LATE_AND_EARLY
            elif late:
                status = LATE
            elif early:
                status = EARLY
            else:
                status = ON_TIME
        result.append(DayStatus(day, day_rule, opened.replace(":", ".") if opened else None,
                                closed.replace(":", ".") if closed else None, late, early,
                                status, reason, bool(changes), month_key(day) in locked))
    return result


def month_figures(days: list[DayStatus]) -> MonthFigures:
    """Figures over the working days so far; today counts once the office has opened."""
    working = [d for d in days if d.counted and d.status != NOT_YET]
    recorded = [d for d in working if d.opened is not None]
    late_minutes = [d.minutes_late for d in recorded]
    return MonthFigures(
        working_days=len(working), recorded_days=len(recorded),
        on_time_days=sum(1 for d in working if d.opened is not None and d.minutes_late == 0
                         and d.minutes_early == 0),
        missing_days=sum(1 for d in working if d.status == MISSING),
        closed_days=sum(1 for d in working if d.status == CLOSED),
        average_minutes_late=sum(late_minutes) / len(late_minutes) if late_minutes else 0.0)


def month_range(first: date) -> tuple[date, date]:
    return first, next_month(first) - timedelta(days=1)


