"""Beranda at the city hub: every office side by side for one month, and one office's month
in detail (the drill-down).

Which offices: those the innovation tracker follows (every kelurahan, kecamatan office and
registered unit, not the kota), grouped the same way: a kelurahan and its kecamatan office
under that kecamatan, units in a group of their own.

The rules are the ones the office's own monthly report uses (`service_hours.day_statuses`,
`month_figures`; `attendance.PRESENT`), applied to every office at once with a fixed number
of queries, plus one rule of the hub's: the data of a day counts only once it has arrived.
The hub holds an office's data of a day when it holds the office's day log of that day or
of a later one, or a roll call of that day or a later one in the month (the cross-check's
rule, `crosscheck._Checker.office_has_reported`). Later days are still on their way: they
are not counted as missing, and an office of which nothing of the month has arrived shows
its figures as missing (None), never as 0. Days before the first day log or roll call the
hub holds of an office are before it started using Pantau: not judged either.

- on-time %: days opened on time (opened, not late, not closed early) / working days judged;
- average minutes late: over the days with an opening time;
- attendance %: staff-days present (H, TL, PSW, DL, TB, WFH) / staff-days on working days
  (each active staff member on each working day judged), over the office's whole roster;
- sidak: visits in the month to the office; its findings and cross-check discrepancies
  (None when it was not visited);
- complaints: received in the month, still open, overdue, verified pungli
  (`complaints.office_complaint_counts`);
- innovations: how many, the furthest stage reached, the tracker's risk;
- PK: the average capaian of the latest quarter of the year with a realisation, its grade;
- last sync: when a bundle of the office last applied here, and the whole days since.

Totals (per kecamatan and for the city) are pooled: the sum of days on time over the sum of
days judged, and so on; PK capaian is the average of the offices' capaian there are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.formatting import bulan, hari, tanggal
from core.services.attendance import PRESENT
from core.services.complaints import (
    OPEN,
    ComplaintRow,
    OfficeComplaints,
    RotationAlert,
    list_complaints,
    office_complaint_counts,
    rotation_alerts,
)
from core.services.crosscheck import Discrepancy, check_visits, discrepancy_counts
from core.services.innovation import InnovationRow, list_innovations
from core.services.innovation_tracker import AT_RISK, STAGE_KEYS, UNITS_GROUP, OfficeTrack, tracker
from core.services.month_lock import months_before, next_month
from core.services.offices import Level, city_entry
from core.services.pk import (
    QUARTERS,
    PkRow,
    average,
    city_capaian,
    grade,
    grade_scale,
    pk_summary,
)
from core.services.service_hours import (
    NOT_YET,
    DayStatus,
    month_figures,
    office_day_statuses,
)
from core.services.sidak import VisitFilter, list_visits
from core.sync.ledger import DEFAULT_SILENT_DAYS, last_received
from db.models import Attendance, DayLog, Office, SidakFinding, SidakVisit, Staff

_Query = TypeVar("_Query", bound=Select)
CITY_GROUP = "*"
TREND_MONTHS = 6
DEFAULT_TIMEZONE = "Asia/Jakarta"
NOT_RECEIVED = "belum diterima"  # a day whose data has not arrived at the hub yet


# --- the dashboard's rows --------------------------------------------------------------


class Rates:
    """Percentages and averages from counts; None when there is nothing to divide by."""

    service_days: int  # working days judged (their data has arrived)
    on_time_days: int
    recorded_days: int  # working days with an opening time
    late_minutes: int  # over the recorded days
    staff_days: int
    present_days: int

    @property
    def on_time_percent(self) -> float | None:
        return _percent(self.on_time_days, self.service_days)

    @property
    def average_minutes_late(self) -> float | None:
        return self.late_minutes / self.recorded_days if self.recorded_days else None

    @property
    def attendance_percent(self) -> float | None:
        return _percent(self.present_days, self.staff_days)


def _percent(part: int, whole: int) -> float | None:
    return 100.0 * part / whole if whole else None


@dataclass(frozen=True)
class OfficeRow(Rates):
    """One office's month at the hub. Properties: on_time_percent, average_minutes_late,
    attendance_percent (None when missing)."""

    office_code: str
    office_name: str  # "Kelurahan Simpang IV Sipin"
    level: Level
    kecamatan_code: str  # "" for a unit outside any kecamatan
    kecamatan_name: str  # "Telanaipura"; the units' group name for such a unit
    data_until: date | None  # the last day of the month whose data has arrived
    service_days: int
    on_time_days: int
    recorded_days: int
    late_minutes: int
    staff_days: int
    present_days: int
    sidak_visits: int
    sidak_findings: int | None  # None: not visited this month
    discrepancies: int | None  # None: not visited this month
    complaints_received: int
    complaints_open: int
    complaints_overdue: int
    pungli_verified: int
    rotation_alerts: int  # standing "rekomendasi rotasi" for officials of the office
    innovations: int
    best_stage: str | None  # the furthest of STAGE_KEYS reached; None: no innovation
    innovation_risk: str  # innovation_tracker: aman | perlu perhatian | berisiko
    innovation_reason: str
    pk_quarter: int | None  # the latest quarter of the year with a realisation
    pk_capaian: Decimal | None
    pk_grade: str | None
    last_sync: datetime | None
    days_silent: int | None  # None: nothing ever arrived
    silent: bool  # nothing arrived for more than DEFAULT_SILENT_DAYS days, or ever


@dataclass(frozen=True)
class GroupTotals(Rates):
    """A kecamatan (its kecamatan office and kelurahan), the units' group, or the city
    (`code` CITY_GROUP), pooled over its offices."""

    code: str  # the kecamatan code; "" for the units' group; CITY_GROUP for the city
    name: str
    offices: int
    service_days: int
    on_time_days: int
    recorded_days: int
    late_minutes: int
    staff_days: int
    present_days: int
    sidak_visits: int
    sidak_findings: int
    discrepancies: int
    complaints_received: int
    complaints_open: int
    complaints_overdue: int
    pungli_verified: int
    rotation_alerts: int
    innovations: int
    offices_at_risk: int  # innovation risk "berisiko"
    pk_capaian: Decimal | None  # average of the offices' capaian there are
    pk_grade: str | None
    silent_offices: int


@dataclass(frozen=True)
class CityDashboard:
    year: int
    month: int
    first: date  # the month's first day
    last: date  # its last day
    period_end: date  # the last day judged: the month's end, or today in a running month
    today: date
    kecamatan: str | None  # the filter; None: every office
    rows: list[OfficeRow]  # kecamatan by kecamatan (units last), kecamatan office first
    per_kecamatan: list[GroupTotals]  # in the same order
    city: GroupTotals  # over the rows shown
    rotation_alerts: list[RotationAlert]  # standing at the period's end, offices shown
    innovation_deadline: date
    timezone: str  # the city's, for showing `last_sync`

    @property
    def month_label(self) -> str:
        return bulan(self.first)

    def row(self, office_code: str) -> OfficeRow:
        for row in self.rows:
            if row.office_code == office_code:
                return row
        raise NotFound(f"Kantor {office_code} tidak ada di beranda ini.")


# --- gathering ---------------------------------------------------------------------------


def month_bounds(year: int, month: int, today: date) -> tuple[date, date, date]:
    """(first, last, period end) of a month that has begun; a clear error otherwise."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValidationError(f"Bulan {month:02d}-{year} tidak ada.", "month")
    first = date(year, month, 1)
    if first > today:
        raise ValidationError(f"Bulan {bulan(first)} belum dimulai (hari ini "
                              f"{tanggal(today)}).", "month")
    last = next_month(first) - timedelta(days=1)
    return first, last, min(last, today)


def _tracked(session: Session, today: date, kecamatan: str | None
             ) -> tuple[list[OfficeTrack], date]:
    result = tracker(session, today)
    rows = result.rows
    if kecamatan is not None:
        known = {row.kecamatan_code for row in rows if row.level is Level.KECAMATAN}
        if kecamatan not in known:
            raise ValidationError(f"Kecamatan dengan kode {kecamatan} tidak terdaftar.",
                                  "kecamatan")
        rows = [row for row in rows if row.kecamatan_code == kecamatan]
    order = {Level.KECAMATAN: 0, Level.KELURAHAN: 1, Level.UNIT: 2}
    rows = sorted(rows, key=lambda r: (r.kecamatan_code == "", r.kecamatan_code,
                                       order.get(r.level, 3), r.office_code))
    return rows, result.deadline


def data_until(session: Session, office_codes: Sequence[str], start: date, end: date
               ) -> dict[str, date | None]:
    """Per office: the last day of `start`–`end` whose data has arrived at the hub (see the
    module's docstring), or None when none has."""
    codes = list(office_codes)
    latest: dict[str, date] = {}
    queries = (
        select(DayLog.office_code, func.max(DayLog.day)).where(
            DayLog.office_code.in_(codes), DayLog.deleted_at.is_(None), DayLog.day >= start)
        .group_by(DayLog.office_code),
        _attendance_in(select(Attendance.office_code, func.max(Attendance.day)), codes,
                       start, end).group_by(Attendance.office_code),
    )
    for query in queries:
        for code, day in session.execute(query):
            if day is not None and (code not in latest or day > latest[code]):
                latest[code] = day
    return {code: min(latest[code], end) if code in latest else None for code in codes}


def data_since(session: Session, office_codes: Sequence[str], start: date, end: date
               ) -> dict[str, date | None]:
    """Per office: the day it started using Pantau, as far as `start`–`end` needs it — its
    first day log the hub holds, or its first roll call of `start`–`end` when that is
    earlier (roll calls before `start` are not looked for: one day log a year, but a roll
    call per person per day, and they cannot move a start that lies before `start`)."""
    codes = list(office_codes)
    first: dict[str, date] = {}
    queries = (
        select(DayLog.office_code, func.min(DayLog.day)).where(DayLog.deleted_at.is_(None))
        .group_by(DayLog.office_code),
        _attendance_in(select(Attendance.office_code, func.min(Attendance.day)), codes,
                       start, end).group_by(Attendance.office_code),
    )
    for query in queries:
        for code, day in session.execute(query):
            if day is not None and (code not in first or day < first[code]):
                first[code] = day
    return {code: first.get(code) for code in codes}


def _attendance_in(query: _Query, codes: Sequence[str], start: date, end: date) -> _Query:
    """`query` over the roll calls of `start`–`end` of `codes` (not deleted). For many
    offices it selects by day alone and the caller's grouping keeps the offices asked for:
    SQLite would otherwise walk the office index through every year of every office."""
    query = query.where(Attendance.deleted_at.is_(None), Attendance.day >= start,
                        Attendance.day <= end)
    if len(codes) <= 3:
        return query.where(Attendance.office_code.in_(list(codes)))
    return query


def judged_days(statuses: list[DayStatus], since: date | None, until: date | None
                ) -> list[DayStatus]:
    """The days whose data the hub holds: from the office's first day to `until`."""
    return [s for s in statuses
            if since is not None and until is not None and since <= s.day <= until]


@dataclass(frozen=True)
class _Hours:
    service_days: int
    on_time_days: int
    recorded_days: int
    late_minutes: int


def _hours(statuses: list[DayStatus]) -> _Hours:
    """The monthly report's figures (`month_figures`) of the judged days."""
    figures = month_figures(statuses)
    late = sum(s.minutes_late for s in statuses
               if s.counted and s.status != NOT_YET and s.opened is not None)
    return _Hours(figures.working_days, figures.on_time_days, figures.recorded_days, late)


def _staff_days(session: Session, statuses: dict[str, list[DayStatus]],
                since: dict[str, date | None], until: dict[str, date | None], start: date,
                end: date) -> dict[str, int]:
    """Per office: each active staff member (not deleted) on each working day judged."""
    working: dict[str, list[date]] = {
        code: [s.day for s in judged_days(days, since[code], until[code]) if s.counted]
        for code, days in statuses.items()}
    totals: dict[str, int] = defaultdict(int)
    for code, active_from, active_until in session.execute(
            select(Staff.office_code, Staff.active_from, Staff.active_until).where(
                Staff.office_code.in_(list(statuses)), Staff.deleted_at.is_(None),
                Staff.active_from <= end)):
        if active_until is not None and active_until < start:
            continue
        totals[code] += sum(1 for day in working.get(code, ())
                            if active_from <= day and (active_until is None
                                                       or day <= active_until))
    return totals


def _present_days(session: Session, codes: Sequence[str], until: dict[str, date | None],
                  start: date, end: date) -> dict[str, int]:
    """Per office: roll-call records with a present status on the days judged."""
    totals: dict[str, int] = defaultdict(int)
    query = (select(Attendance.office_code, Attendance.day, func.count())
             .join(Staff, Staff.id == Attendance.staff_id)
             .where(Staff.deleted_at.is_(None), Attendance.status.in_(PRESENT)))
    for code, day, count in session.execute(
            _attendance_in(query, codes, start, end)
            .group_by(Attendance.office_code, Attendance.day)):
        limit = until.get(code)
        if limit is not None and day <= limit:
            totals[code] += count
    return totals


def _sidak(session: Session, codes: Sequence[str], start: date, end: date
           ) -> tuple[dict[str, int], dict[str, int]]:
    """Per visited office: visits in the period, and their findings."""
    visits = {code: count for code, count in session.execute(
        select(SidakVisit.visited_office, func.count()).where(
            SidakVisit.visited_office.in_(list(codes)), SidakVisit.deleted_at.is_(None),
            SidakVisit.day >= start, SidakVisit.day <= end)
        .group_by(SidakVisit.visited_office))}
    findings = {code: count for code, count in session.execute(
        select(SidakVisit.visited_office, func.count())
        .join(SidakFinding, SidakFinding.visit_id == SidakVisit.id)
        .where(SidakVisit.visited_office.in_(list(codes)), SidakVisit.deleted_at.is_(None),
               SidakFinding.deleted_at.is_(None), SidakVisit.day >= start,
               SidakVisit.day <= end)
        .group_by(SidakVisit.visited_office))}
    return visits, findings


@dataclass(frozen=True)
class _Pk:
    quarter: int | None
    capaian: Decimal | None
    grade: str | None


def _pk(session: Session, year: int, today: date) -> dict[str, _Pk]:
    """Per office: the latest quarter of `year` with a capaian (`pk.city_capaian`)."""
    found = {}
    for office in city_capaian(session, year, today):
        latest = next((q for q in reversed(QUARTERS) if office.quarters[q - 1] is not None),
                      None)
        found[office.office_code] = _Pk(None, None, None) if latest is None else _Pk(
            latest, office.quarters[latest - 1], office.quarter_grades[latest - 1] or None)
    return found


def best_stage(track: OfficeTrack) -> str | None:
    """The furthest stage any of the office's innovations has reached."""
    return next((key for key in reversed(STAGE_KEYS) if track.by_stage.get(key)), None)


def _city_zone(session: Session) -> ZoneInfo:
    zone = session.scalar(select(Office.timezone).where(Office.code == city_entry().code))
    return ZoneInfo(zone or DEFAULT_TIMEZONE)


def _office_rows(session: Session, tracks: list[OfficeTrack], year: int, first: date,
                 last: date, period_end: date, today: date,
                 alerts: Sequence[RotationAlert]) -> list[OfficeRow]:
    codes = [track.office_code for track in tracks]
    statuses = office_day_statuses(session, codes, first, period_end, today)
    until = data_until(session, codes, first, period_end)
    since = data_since(session, codes, first, period_end)
    staff_days = _staff_days(session, statuses, since, until, first, period_end)
    present = _present_days(session, codes, until, first, period_end)
    visits, findings = _sidak(session, codes, first, last)
    discrepancies = discrepancy_counts(session, today, first, last) if visits else {}
    complaints = office_complaint_counts(session, first, last, today)
    pk = _pk(session, year, today)
    received = last_received(session)
    zone = _city_zone(session)
    rows = []
    for track in tracks:
        code = track.office_code
        hours = _hours(judged_days(statuses[code], since[code], until[code]))
        visited = visits.get(code, 0)
        counted = complaints.get(code)
        pk_row = pk.get(code, _Pk(None, None, None))
        last_sync = received.get(code)
        days_silent = (None if last_sync is None
                       else max(0, (today - last_sync.astimezone(zone).date()).days))
        rows.append(OfficeRow(
            office_code=code, office_name=track.office_name, level=track.level,
            kecamatan_code=track.kecamatan_code,
            kecamatan_name=track.kecamatan_name or UNITS_GROUP,
            data_until=until[code], service_days=hours.service_days,
            on_time_days=hours.on_time_days, recorded_days=hours.recorded_days,
            late_minutes=hours.late_minutes, staff_days=staff_days.get(code, 0),
            present_days=present.get(code, 0), sidak_visits=visited,
            sidak_findings=findings.get(code, 0) if visited else None,
            discrepancies=discrepancies.get(code, 0) if visited else None,
            complaints_received=counted.received if counted else 0,
            complaints_open=counted.open if counted else 0,
            complaints_overdue=counted.overdue if counted else 0,
            pungli_verified=counted.pungli_verified if counted else 0,
            rotation_alerts=sum(1 for alert in alerts if alert.subject_office == code),
            innovations=track.total, best_stage=best_stage(track),
            innovation_risk=track.risk, innovation_reason=track.reason,
            pk_quarter=pk_row.quarter, pk_capaian=pk_row.capaian, pk_grade=pk_row.grade,
            last_sync=last_sync, days_silent=days_silent,
            silent=days_silent is None or days_silent > DEFAULT_SILENT_DAYS))
    return rows


def totals(code: str, name: str, rows: Sequence[OfficeRow], scale: Sequence[Sequence[object]]
           ) -> GroupTotals:
    """`rows` pooled (see the module's docstring)."""
    capaian = average(row.pk_capaian for row in rows)
    return GroupTotals(
        code=code, name=name, offices=len(rows),
        service_days=sum(r.service_days for r in rows),
        on_time_days=sum(r.on_time_days for r in rows),
        recorded_days=sum(r.recorded_days for r in rows),
        late_minutes=sum(r.late_minutes for r in rows),
        staff_days=sum(r.staff_days for r in rows),
        present_days=sum(r.present_days for r in rows),
        sidak_visits=sum(r.sidak_visits for r in rows),
        sidak_findings=sum(r.sidak_findings or 0 for r in rows),
        discrepancies=sum(r.discrepancies or 0 for r in rows),
        complaints_received=sum(r.complaints_received for r in rows),
        complaints_open=sum(r.complaints_open for r in rows),
        complaints_overdue=sum(r.complaints_overdue for r in rows),
        pungli_verified=sum(r.pungli_verified for r in rows),
        rotation_alerts=sum(r.rotation_alerts for r in rows),
        innovations=sum(r.innovations for r in rows),
        offices_at_risk=sum(1 for r in rows if r.innovation_risk == AT_RISK),
        pk_capaian=capaian, pk_grade=grade(capaian, scale) or None,
        silent_offices=sum(1 for r in rows if r.silent))


def city_dashboard(session: Session, year: int, month: int, today: date,
                   kecamatan: str | None = None) -> CityDashboard:
    """Every tracked office's month (or those of one kecamatan, by its code), with totals
    per kecamatan and for the offices shown."""
    first, last, period_end = month_bounds(year, month, today)
    tracks, deadline = _tracked(session, today, kecamatan)
    shown = {track.office_code for track in tracks}
    alerts = [a for a in rotation_alerts(session, period_end) if a.subject_office in shown]
    rows = _office_rows(session, tracks, year, first, last, period_end, today, alerts)
    scale = grade_scale(session)
    groups: dict[str, list[OfficeRow]] = defaultdict(list)
    for row in rows:
        groups[row.kecamatan_code].append(row)
    per_kecamatan = [totals(code, members[0].kecamatan_name, members, scale)
                     for code, members in groups.items()]
    return CityDashboard(
        year=year, month=month, first=first, last=last, period_end=period_end, today=today,
        kecamatan=kecamatan, rows=rows, per_kecamatan=per_kecamatan,
        city=totals(CITY_GROUP, city_entry().name, rows, scale), rotation_alerts=alerts,
        innovation_deadline=deadline, timezone=str(_city_zone(session)))


# --- one office's month -------------------------------------------------------------------


@dataclass(frozen=True)
class DrillDay:
    """One day of the office's month as the hub holds it."""

    day: date
    weekday: str  # "Senin"
    working: bool
    off_reason: str  # "akhir pekan", a holiday's name; "" on a working day
    received: bool  # the data of the day has arrived (else `status` is NOT_RECEIVED)
    status: str  # service_hours statuses ("tepat waktu", "terlambat", …) or NOT_RECEIVED
    opened: str | None  # "07.42", after corrections
    closed: str | None
    minutes_late: int | None  # None: no opening time
    staff: int | None  # active staff expected at the roll call; None on a day off
    present: int | None  # None: not received, or a day off
    roll_called: int | None  # staff with a roll-call record of the day

    @property
    def attendance_percent(self) -> float | None:
        if self.present is None or not self.staff:
            return None
        return 100.0 * self.present / self.staff


@dataclass(frozen=True)
class MonthTrend:
    month: date  # first day
    service_days: int
    on_time_days: int

    @property
    def on_time_percent(self) -> float | None:
        return _percent(self.on_time_days, self.service_days)


@dataclass(frozen=True)
class DrillVisit:
    visit_id: str
    number: str
    day: date
    arrival: str  # "08.05"
    found: str  # buka | tutup | dibuka
    inspector_name: str
    status: str  # draft | final
    findings: int
    open_findings: int
    state: str  # crosscheck: sesuai | tidak sesuai | menunggu data kantor
    discrepancies: tuple[Discrepancy, ...]


@dataclass(frozen=True)
class OfficeDrilldown:
    row: OfficeRow  # the office's line of the dashboard
    first: date
    last: date
    period_end: date
    days: list[DrillDay]
    trend: list[MonthTrend]  # TREND_MONTHS months, oldest first, ending with this one
    visits: list[DrillVisit]  # the month's sidak, newest first
    complaints: OfficeComplaints  # the month's counts (as in `row`)
    complaint_rows: list[ComplaintRow]  # received in the month or still open, newest first
    rotation_alerts: list[RotationAlert]  # standing at the period's end
    innovations: list[InnovationRow]
    pk: list[PkRow]  # the year's indicators

    @property
    def month_label(self) -> str:
        return bulan(self.first)


def office_drilldown(session: Session, office_code: str, year: int, month: int,
                     today: date) -> OfficeDrilldown:
    """One tracked office's month day by day, its on-time trend over the last
    TREND_MONTHS months, the month's sidak with their discrepancies, its innovations and
    its PK indicators of `year`."""
    first, last, period_end = month_bounds(year, month, today)
    tracks, _deadline = _tracked(session, today, None)
    track = next((t for t in tracks if t.office_code == office_code), None)
    if track is None:
        raise NotFound(f"Kantor dengan kode {office_code} tidak dipantau di beranda kota.")
    alerts = [a for a in rotation_alerts(session, period_end) if a.subject_office == office_code]
    [row] = _office_rows(session, [track], year, first, last, period_end, today, alerts)
    complaint_rows = [c for c in list_complaints(session, today, office=office_code)
                      if first <= c.received_on <= last
                      or (c.status in OPEN and c.received_on <= period_end)]
    return OfficeDrilldown(
        row=row, first=first, last=last, period_end=period_end,
        days=_days(session, office_code, first, period_end, today),
        trend=month_trend(session, office_code, first, today),
        visits=_visits(session, office_code, first, last, today),
        complaints=OfficeComplaints(office_code, row.complaints_received, row.complaints_open,
                                    row.complaints_overdue, row.pungli_verified),
        complaint_rows=complaint_rows, rotation_alerts=alerts,
        innovations=list_innovations(session, office_code),
        pk=pk_summary(session, office_code, year, today))


def _days(session: Session, office_code: str, first: date, period_end: date, today: date
          ) -> list[DrillDay]:
    statuses = office_day_statuses(session, [office_code], first, period_end, today)[
        office_code]
    until = data_until(session, [office_code], first, period_end)[office_code]
    since = data_since(session, [office_code], first, period_end)[office_code]
    staff = list(session.execute(select(Staff.active_from, Staff.active_until).where(
        Staff.office_code == office_code, Staff.deleted_at.is_(None))))
    recorded: dict[date, tuple[int, int]] = {}
    for day, present, count in session.execute(
            select(Attendance.day,
                   func.sum(case((Attendance.status.in_(PRESENT), 1), else_=0)), func.count())
            .join(Staff, Staff.id == Attendance.staff_id)
            .where(Attendance.office_code == office_code, Attendance.deleted_at.is_(None),
                   Staff.deleted_at.is_(None), Attendance.day >= first,
                   Attendance.day <= period_end)
            .group_by(Attendance.day)):
        recorded[day] = (int(present or 0), int(count))
    days = []
    for s in statuses:
        received = since is not None and until is not None and since <= s.day <= until
        expected = (sum(1 for start, end in staff
                        if start <= s.day and (end is None or s.day <= end))
                    if s.counted else None)
        present, count = recorded.get(s.day, (0, 0))
        days.append(DrillDay(
            day=s.day, weekday=hari(s.day), working=s.counted,
            off_reason=s.rule.off_reason or "", received=received,
            status=s.status if received or not s.counted else NOT_RECEIVED,
            opened=s.opened, closed=s.closed,
            minutes_late=s.minutes_late if s.opened is not None and s.counted else None,
            staff=expected, present=present if received and s.counted else None,
            roll_called=count if received and s.counted else None))
    return days


def month_trend(session: Session, office_code: str, month_first: date, today: date,
                months: int = TREND_MONTHS) -> list[MonthTrend]:
    """The office's on-time opening over `months` months ending with `month_first`'s."""
    return office_trends(session, [office_code], month_first, today, months)[office_code]


def office_trends(session: Session, office_codes: Sequence[str], month_first: date,
                  today: date, months: int = TREND_MONTHS) -> dict[str, list[MonthTrend]]:
    """Per office, its on-time opening in each of `months` months ending with
    `month_first`'s, for all the offices at once: a day counts once its data has arrived
    (`judged_days`)."""
    start = months_before(month_first.replace(day=1), months - 1)
    end = min(next_month(month_first) - timedelta(days=1), today)
    statuses = office_day_statuses(session, office_codes, start, end, today)
    until = data_until(session, office_codes, start, end)
    since = data_since(session, office_codes, start, end)
    bounds = [start]
    while bounds[-1] <= month_first:
        bounds.append(next_month(bounds[-1]))
    trends: dict[str, list[MonthTrend]] = {}
    for code in office_codes:
        judged = judged_days(statuses[code], since[code], until[code])
        points = []
        for first, following in pairwise(bounds):
            hours = _hours([s for s in judged if first <= s.day < following])
            points.append(MonthTrend(first, hours.service_days, hours.on_time_days))
        trends[code] = points
    return trends


def _visits(session: Session, office_code: str, first: date, last: date, today: date
            ) -> list[DrillVisit]:
    filters = VisitFilter(start=first, end=last, office_code=office_code)
    checks = {check.visit_id: check for check in check_visits(session, today, filters)}
    visits = []
    for row in list_visits(session, filters, today):
        check = checks[row.id]
        visits.append(DrillVisit(
            visit_id=row.id, number=row.number, day=row.day, arrival=row.arrival,
            found=row.found, inspector_name=row.inspector_name, status=row.status,
            findings=row.findings, open_findings=row.open_findings, state=check.state,
            discrepancies=check.discrepancies))
    return visits
