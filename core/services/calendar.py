"""Working days and opening hours: schedule profiles, holidays, and which rules a day has.

Defaults follow Perpres 21/2023: 37.5 hours a week, Monday–Thursday 07.30–16.00 with a
60-minute break, Friday 07.30–16.30 with 90 minutes; in Ramadan 32.5 hours, Monday–Thursday
08.00–15.00 (30 minutes break) and Friday 08.00–15.30 (60 minutes). National holidays come
from the `holidays` package with Indonesian names; the city adds cuti bersama and local
days (Holiday rows), and may define its own profiles and assignments.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import holidays
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.context import REGISTRY_DEVICE, mark_logged_elsewhere
from core.errors import ValidationError
from core.services.offices import city_entry
from db.models import Holiday, ScheduleAssignment, ScheduleProfile

REGULAR_WEEK = {
    "1": ["07:30", "16:00", 60], "2": ["07:30", "16:00", 60], "3": ["07:30", "16:00", 60],
    "4": ["07:30", "16:00", 60], "5": ["07:30", "16:30", 90],
}
RAMADAN_WEEK = {
    "1": ["08:00", "15:00", 30], "2": ["08:00", "15:00", 30], "3": ["08:00", "15:00", 30],
    "4": ["08:00", "15:00", 30], "5": ["08:00", "15:30", 60],
}
RAMADAN_DAYS = 30  # Ramadan ends the day before Idul Fitri
DEFAULT_YEARS = range(2023, 2031)
_NAMESPACE = uuid.UUID("0f6c1d52-8d1e-4b3f-9a57-3f2d8a4e5c01")


def parse_hhmm(text: str) -> int:
    """"07:30" or "07.30" → minutes after midnight; a clear error otherwise."""
    cleaned = text.strip().replace(".", ":")
    try:
        hours, minutes = (int(part) for part in cleaned.split(":"))
    except ValueError:
        raise ValidationError(f"Jam '{text}' tidak dikenali; tulis seperti 07.30.") from None
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        raise ValidationError(f"Jam '{text}' tidak ada.")
    return hours * 60 + minutes


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


@dataclass(frozen=True)
class DaySchedule:
    opens: int  # minutes after midnight, office wall time
    closes: int
    break_minutes: int
    profile: str

    @property
    def working_minutes(self) -> int:
        return self.closes - self.opens - self.break_minutes


@dataclass(frozen=True)
class DayRule:
    """What a date is for an office: a working day with its hours, or a day off and why."""

    day: date
    schedule: DaySchedule | None
    off_reason: str | None = None

    @property
    def is_working(self) -> bool:
        return self.schedule is not None


def week_hours(week: dict[str, list[object]]) -> float:
    """Working hours in a week (37.5 for the regular Perpres 21/2023 week)."""
    minutes = sum(parse_hhmm(str(closes)) - parse_hhmm(str(opens)) - int(str(pause))
                  for opens, closes, pause in week.values())
    return minutes / 60


def validate_week(week: dict[str, list[object]]) -> None:
    for weekday, (opens, closes, pause) in week.items():
        if weekday not in {"1", "2", "3", "4", "5", "6", "7"}:
            raise ValidationError(f"Hari {weekday} tidak dikenal (1 Senin … 7 Minggu).")
        if parse_hhmm(str(closes)) - parse_hhmm(str(opens)) <= int(str(pause)):
            raise ValidationError("Jam tutup harus setelah jam buka ditambah istirahat.")


@cache
def national_holidays(year: int) -> dict[date, str]:
    return dict(holidays.Indonesia(years=year, language="id"))


def idul_fitri(year: int) -> date:
    return min(day for day, name in national_holidays(year).items() if "Idul Fitri" in name)


def _reference_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def seed_calendar(session: Session, now: datetime) -> None:
    """The default profiles and assignments as bundled reference rows (rev 0, city-owned)."""
    city = city_entry().code
    rows: list[ScheduleProfile | ScheduleAssignment] = []
    regular = ScheduleProfile(id=_reference_id("profile", "reguler"),
                              name="Reguler (Perpres 21/2023)", kind="reguler",
                              week=json.dumps(REGULAR_WEEK))
    ramadan = ScheduleProfile(id=_reference_id("profile", "ramadan"),
                              name="Ramadan (Perpres 21/2023)", kind="ramadan",
                              week=json.dumps(RAMADAN_WEEK))
    rows += [regular, ramadan]
    rows.append(ScheduleAssignment(id=_reference_id("assign", "reguler"), profile_id=regular.id,
                                   applies_to="*", valid_from=date(2020, 1, 1)))
    for year in DEFAULT_YEARS:
        eid = idul_fitri(year)
        rows.append(ScheduleAssignment(
            id=_reference_id("assign", "ramadan", str(year)), profile_id=ramadan.id,
            applies_to="*", valid_from=eid - timedelta(days=RAMADAN_DAYS),
            valid_until=eid - timedelta(days=1)))
    for row in rows:
        if session.get(type(row), row.id) is not None:
            continue
        row.office_code, row.origin_device, row.rev = city, REGISTRY_DEVICE, 0
        row.created_at = row.updated_at = now
        mark_logged_elsewhere(session, row)
        session.add(row)


_KIND_ORDER = {"reguler": 0, "ramadan": 1, "khusus": 2}


def _calendar_rows(session: Session, office_codes: Sequence[str], start: date, end: date
                   ) -> tuple[dict[str, ScheduleProfile], list[ScheduleAssignment],
                              list[Holiday]]:
    """Every profile, and the assignments and city holidays over `start`–`end` that apply
    to every office or to one of `office_codes`."""
    applies = ("*", *office_codes)
    profiles = {p.id: p for p in session.scalars(select(ScheduleProfile).where(
        ScheduleProfile.deleted_at.is_(None)))}
    assignments = list(session.scalars(select(ScheduleAssignment).where(
        ScheduleAssignment.deleted_at.is_(None), ScheduleAssignment.applies_to.in_(applies),
        ScheduleAssignment.valid_from <= end,
        or_(ScheduleAssignment.valid_until.is_(None),
            ScheduleAssignment.valid_until >= start))))
    holidays = list(session.scalars(select(Holiday).where(
        Holiday.deleted_at.is_(None), Holiday.applies_to.in_(applies),
        Holiday.day >= start, Holiday.day <= end)))
    return profiles, assignments, holidays


class Calendar:
    """The rules of one office over a date range, loaded once (a month report asks for
    every day of the month)."""

    def __init__(self, session: Session, office_code: str, start: date, end: date) -> None:
        self._fill(office_code, *_calendar_rows(session, [office_code], start, end))

    @classmethod
    def for_offices(cls, session: Session, office_codes: Sequence[str], start: date,
                    end: date) -> dict[str, Calendar]:
        """The calendars of several offices over one range, loaded with three queries (the
        city dashboard judges every office's month at once)."""
        rows = _calendar_rows(session, office_codes, start, end)
        calendars = {}
        for code in office_codes:
            calendar = cls.__new__(cls)
            calendar._fill(code, *rows)
            calendars[code] = calendar
        return calendars

    def _fill(self, office_code: str, profiles: dict[str, ScheduleProfile],
              assignments: list[ScheduleAssignment], city_holidays: list[Holiday]) -> None:
        self.office_code = office_code
        self.profiles = profiles
        self.assignments = [a for a in assignments if a.applies_to in ("*", office_code)]
        self.city_holidays = {h.day: h.name for h in city_holidays
                              if h.applies_to in ("*", office_code)}
        self._rules: dict[date, DayRule] = {}

    def rule(self, day: date) -> DayRule:
        """The day's rule (worked out once per day: callers ask for the same days often)."""
        found = self._rules.get(day)
        if found is None:
            found = self._rules[day] = self._rule(day)
        return found

    def _rule(self, day: date) -> DayRule:
        national = national_holidays(day.year).get(day)
        if national:
            return DayRule(day, None, national)
        if day in self.city_holidays:
            return DayRule(day, None, self.city_holidays[day])
        valid = [a for a in self.assignments if a.valid_from <= day and
                 (a.valid_until is None or day <= a.valid_until) and a.profile_id in
                 self.profiles]
        if not valid:
            return DayRule(day, None, "tanpa jadwal")
        # The office's own assignment beats the city-wide one; a special profile (Ramadan)
        # beats the regular one; then the most recent.
        chosen = max(valid, key=lambda a: (a.applies_to != "*",
                                           _KIND_ORDER.get(self.profiles[a.profile_id].kind, 0),
                                           a.valid_from))
        profile = self.profiles[chosen.profile_id]
        hours = json.loads(profile.week).get(str(day.isoweekday()))
        if not hours:
            return DayRule(day, None, "akhir pekan")
        opens, closes, pause = hours
        return DayRule(day, DaySchedule(parse_hhmm(opens), parse_hhmm(closes), int(pause),
                                        profile.name))

    def days(self, start: date, end: date) -> Iterator[DayRule]:
        day = start
        while day <= end:
            yield self.rule(day)
            day += timedelta(days=1)


def minutes_late(opened: int, schedule: DaySchedule) -> int:
    """Minutes after the scheduled opening (07.31 against 07.30 is 1; early is 0)."""
    return max(0, opened - schedule.opens)


def minutes_early(closed: int, schedule: DaySchedule) -> int:
    """Minutes before the scheduled closing (the Friday closing time on Fridays)."""
    return max(0, schedule.closes - closed)


def band(minutes: int, width: int = 30, bands: int = 4) -> int:
    """TL/PSW band: 0 for none, 1 for 1–30 minutes, 2 for 31–60, … up to `bands`."""
    if minutes <= 0:
        return 0
    return min(bands, (minutes - 1) // width + 1)
