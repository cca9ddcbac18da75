"""Cross-check at the city: what a sidak saw against what the office itself recorded.

The office logged "buka 07.30" but at 08.05 the inspector found it closed; the roll call
says H but the inspector found the desk empty. Each sidak is compared with the office's
own day log (after its amendments) and roll call for that date. Nothing is stored: the
comparison is made from the rows the city holds, so it is the same whichever bundle
arrived first, and a sidak whose office has not sent that day yet waits ("menunggu data
kantor") instead of being called a discrepancy.

A draft (a berita acara not yet signed by both, `status` "draft") is compared like any
visit and flagged (`VisitCheck.draft`, `Discrepancy.draft`) so the city sees it as "draf,
belum ditandatangani"; it is not evidence yet, so its discrepancies are not counted for
the city (`crosscheck`, `discrepancy_counts`, the recap) until the inspector finishes it.

A time counts as the same moment within `sidak_tolerance_minutes` (city rule, default 5):
two records that differ by no more than that are never called a discrepancy, whichever
way they differ (clocks on two devices, and a roll call typed in later, are that rough).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.services.calendar import format_hhmm, parse_hhmm
from core.services.rules import rule
from core.services.service_hours import CLOSED, day_statuses
from core.services.sidak import FINAL, STAFF_STATUSES, VisitFilter, list_visits
from db.models import Attendance, DayLog, SidakStaff, SidakVisit

HOURS = "jam_layanan"
STAFF = "pegawai"
MISSING = "tidak_tercatat"
KIND_LABELS = {
    HOURS: "Jam layanan",
    STAFF: "Kehadiran pegawai",
    MISSING: "Tidak tercatat",
}

AGREES = "sesuai"
DIFFERS = "tidak sesuai"
WAITING = "menunggu data kantor"

# Roll-call statuses of someone physically at the office (check-in/out judged).
AT_OFFICE = ("H", "TL", "PSW")


@dataclass(frozen=True)
class Discrepancy:
    visit_id: str
    visit_number: str
    day: date
    arrival: str
    visited_office: str
    visited_name: str
    kind: str
    subject: str  # "Jam layanan", "Absensi" or the staff member's name
    office_record: str  # what the office logged
    sidak_record: str  # what the inspector saw
    detail: str
    draft: bool = False  # the sidak is not signed by both yet

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class VisitCheck:
    visit_id: str
    visit_number: str
    day: date
    arrival: str
    visited_office: str
    visited_name: str
    state: str  # AGREES | DIFFERS | WAITING
    discrepancies: tuple[Discrepancy, ...]
    draft: bool = False  # not signed by both yet ("draf, belum ditandatangani")


def _minutes(text: str | None) -> int | None:
    return parse_hhmm(text) if text else None


def _dot(minutes: int) -> str:
    return format_hhmm(minutes)


class _Checker:
    def __init__(self, session: Session, visit: SidakVisit, name: str, tolerance: int) -> None:
        self.session = session
        self.visit = visit
        self.name = name
        self.tolerance = tolerance
        self.arrival = parse_hhmm(visit.arrival_local)
        self.found: list[Discrepancy] = []
        # A day off, or a day the office logged as closed: no roll call is expected.
        self.no_roll_call_expected = False

    def add(self, kind: str, subject: str, office_record: str, sidak_record: str,
            detail: str) -> None:
        visit = self.visit
        self.found.append(Discrepancy(
            visit.id, visit.number, visit.day, _dot(self.arrival), visit.visited_office,
            self.name, kind, subject, office_record, sidak_record, detail,
            visit.status != FINAL))

    def office_has_reported(self) -> bool:
        """Whether the city holds the office's records of that day or of a later one (so
        a missing record is missing, not still on its way)."""
        office, day = self.visit.visited_office, self.visit.day
        log = self.session.scalar(select(DayLog.id).where(
            DayLog.office_code == office, DayLog.day >= day,
            DayLog.deleted_at.is_(None)).limit(1))
        if log is not None:
            return True
        return self.session.scalar(select(Attendance.id).where(
            Attendance.office_code == office, Attendance.day >= day,
            Attendance.deleted_at.is_(None)).limit(1)) is not None

    def hours(self) -> bool:
        """Compare the office's day log; False when the office has no record of the day."""
        visit, tol, arrival = self.visit, self.tolerance, self.arrival
        statuses = day_statuses(self.session, visit.visited_office, visit.day, visit.day,
                                visit.day)
        if not statuses:
            return False
        status = statuses[0]
        opened, closed = _minutes(status.opened), _minutes(status.closed)
        seen = f"{_dot(arrival)}: " + {
            "buka": "kantor buka", "tutup": "kantor tutup",
            "dibuka": f"kantor tutup, dibuka pukul {(visit.opened_local or '').replace(':', '.')}",
        }.get(visit.found, visit.found)
        self.no_roll_call_expected = status.status == CLOSED or not status.rule.is_working
        if status.status == CLOSED:
            if visit.found != "tutup":
                self.add(HOURS, "Jam layanan", "tutup sepanjang hari", seen,
                         "Kantor mencatat tutup sepanjang hari, tetapi sidak mendapati kantor "
                         "buka.")
            return True
        if opened is None:
            # A day off with nothing logged: nothing to compare; a working day: missing.
            return not status.rule.is_working
        logged = f"buka {_dot(opened)}" + (f", tutup {_dot(closed)}" if closed is not None
                                            else "")
        open_at_arrival = opened + tol < arrival and (closed is None or closed > arrival + tol)
        if visit.found == "tutup" and open_at_arrival:
            self.add(HOURS, "Jam layanan", logged, seen,
                     f"Kantor mencatat buka pukul {_dot(opened)}, tetapi pukul "
                     f"{_dot(arrival)} sidak mendapati kantor tutup.")
        elif visit.found == "dibuka":
            seen_open = _minutes(visit.opened_local)
            if seen_open is not None and opened + tol < seen_open:
                self.add(HOURS, "Jam layanan", logged, seen,
                         f"Kantor mencatat buka pukul {_dot(opened)}, tetapi baru dibuka "
                         f"pukul {_dot(seen_open)} saat pemeriksa menunggu.")
            elif seen_open is not None and opened > seen_open + tol:
                self.add(HOURS, "Jam layanan", logged, seen,
                         f"Kantor mencatat baru buka pukul {_dot(opened)}, padahal sudah "
                         f"dibuka pukul {_dot(seen_open)} saat pemeriksa menunggu.")
        elif visit.found == "buka":
            if opened > arrival + tol:
                self.add(HOURS, "Jam layanan", logged, seen,
                         f"Kantor mencatat baru buka pukul {_dot(opened)}, padahal sudah buka "
                         f"saat sidak pukul {_dot(arrival)}.")
            elif closed is not None and closed + tol < arrival:
                self.add(HOURS, "Jam layanan", logged, seen,
                         f"Kantor mencatat tutup pukul {_dot(closed)}, padahal masih buka "
                         f"saat sidak pukul {_dot(arrival)}.")
        return True

    def staff(self) -> bool:
        """Compare the roll call; False when the office has no roll call of the day."""
        visit, tol, arrival = self.visit, self.tolerance, self.arrival
        rows = {row.staff_id: row for row in self.session.scalars(select(Attendance).where(
            Attendance.office_code == visit.visited_office, Attendance.day == visit.day,
            Attendance.deleted_at.is_(None)))}
        if not rows:
            return False
        members = self.session.scalars(select(SidakStaff).where(
            SidakStaff.visit_id == visit.id, SidakStaff.deleted_at.is_(None),
            SidakStaff.staff_id.is_not(None)).order_by(SidakStaff.name))
        for member in members:
            record = rows.get(member.staff_id or "")
            if record is None:
                continue
            check_in, check_out = _minutes(record.check_in), _minutes(record.check_out)
            logged = record.status + (f" (datang {_dot(check_in)})" if check_in is not None
                                      else "")
            seen = STAFF_STATUSES.get(member.status, member.status)
            if member.note:
                seen += f" ({member.note})"
            # The roll call has them at the office when the inspector arrived: in before the
            # arrival and not gone by then, beyond the tolerance either way.
            there = record.status in AT_OFFICE and (check_in is None or check_in + tol < arrival)
            left = check_out is not None and check_out <= arrival + tol
            if member.status != "hadir" and there and not left:
                self.add(STAFF, member.name, logged, seen,
                         f"Absensi mencatat {member.name} {record.status}"
                         + (f" datang pukul {_dot(check_in)}" if check_in is not None else "")
                         + f", tetapi sidak pukul {_dot(arrival)} mendapati "
                         f"{seen.lower()}.")
            elif member.status == "hadir" and record.status not in AT_OFFICE:
                self.add(STAFF, member.name, logged, seen,
                         f"Absensi mencatat {member.name} {record.status}, tetapi sidak pukul "
                         f"{_dot(arrival)} mendapati hadir di kantor.")
            elif member.status == "hadir" and check_in is not None and check_in > arrival + tol:
                self.add(STAFF, member.name, logged, seen,
                         f"Absensi mencatat {member.name} datang pukul {_dot(check_in)}, padahal "
                         f"sudah hadir saat sidak pukul {_dot(arrival)}.")
        return True


def check_visits(session: Session, today: date, filters: VisitFilter | None = None
                 ) -> list[VisitCheck]:
    """Each sidak (newest first) compared with its office's records of that day."""
    tolerance = int(rule(session, "sidak_tolerance_minutes"))
    rows = list_visits(session, filters, today)
    checks = []
    for row in rows:
        visit = session.get(SidakVisit, row.id)
        assert visit is not None
        checker = _Checker(session, visit, row.visited_name, tolerance)
        logged = checker.hours()
        rolled = checker.staff() or checker.no_roll_call_expected
        if not (logged and rolled):
            if checker.office_has_reported():
                if not logged:
                    checker.add(MISSING, "Jam layanan", "tidak ada catatan",
                                f"{_dot(checker.arrival)}: "
                                f"{'kantor buka' if visit.found == 'buka' else 'kantor tutup'}",
                                "Kantor tidak mencatat jam layanan pada hari sidak.")
                if not rolled:
                    checker.add(MISSING, "Absensi", "tidak ada catatan",
                                f"{sum(1 for s in _present(session, visit))} pegawai hadir",
                                "Kantor tidak mencatat absensi pada hari sidak.")
            elif not checker.found:
                checks.append(VisitCheck(row.id, row.number, row.day, row.arrival,
                                         row.visited_office, row.visited_name, WAITING, (),
                                         row.status != FINAL))
                continue
        state = DIFFERS if checker.found else AGREES
        checks.append(VisitCheck(row.id, row.number, row.day, row.arrival, row.visited_office,
                                 row.visited_name, state, tuple(checker.found),
                                 row.status != FINAL))
    return checks


def _present(session: Session, visit: SidakVisit) -> list[SidakStaff]:
    return list(session.scalars(select(SidakStaff).where(
        SidakStaff.visit_id == visit.id, SidakStaff.deleted_at.is_(None),
        SidakStaff.status == "hadir")))


def crosscheck(session: Session, today: date, filters: VisitFilter | None = None
               ) -> list[Discrepancy]:
    """Every discrepancy between a signed sidak and office records, newest visit first
    (a draft's are left out: an unsigned berita acara is not evidence yet)."""
    return [item for check in check_visits(session, today, filters) if not check.draft
            for item in check.discrepancies]


def discrepancy_counts(session: Session, today: date, start: date | None = None,
                       end: date | None = None) -> dict[str, int]:
    """Discrepancies of signed sidak per visited office in a period (for the city recap)."""
    found = crosscheck(session, today, VisitFilter(start=start, end=end))
    return dict(Counter(item.visited_office for item in found))
