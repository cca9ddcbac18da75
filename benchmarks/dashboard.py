"""The city dashboard over a synthetic Kota Jambi: 79 offices × 3 years of hub data.

The hub database holds, for 2024–2026, what the offices' bundles would have brought: 12
staff per office, a day log for nearly every working day (opening times spread around
07.30, a few days missing or closed, some corrected by an amendment), the daily roll call
of every staff member (mostly H, some TL, DL, I, S, cuti, TK), about 15 sidak a month with
their staff and findings, about 20 complaints a month, innovations at every stage (some
verified), PK indicators with quarterly realisations, and the ledger's bundle rows. Rows
are written with bulk Core inserts (the importer is measured in sync_city), in the shapes
the services write them.

Measured (median of 5, same run): `city_dashboard` for November 2026 (a complete month),
for the running month, with the kecamatan filter, and `office_drilldown`; baseline: plain
`COUNT(*) … GROUP BY office_code` over the month's day logs, roll calls, sidak and
complaints. Target (issue): the dashboard ≤ 300 ms. Then the city recap PDF of November
(`write_recap_pdf`, median of 3) against a one-page ReportLab document with the same page
furniture (letterhead, a table, the QR footer) written the same way. Target (issue): the
recap ≤ 3 s. Printed, never asserted.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from sqlalchemy import func, insert, select

from benchmarks.common import measure, record_results, report
from core.context import AppContext, open_app
from core.ids import new_id
from core.reports.common import Letterhead, PdfReport, data_table, write_pdf
from core.reports.recap import write_recap_pdf
from core.roles import Mode, Role
from core.services.accounts import NewAccount
from core.services.calendar import national_holidays
from core.services.dashboard import city_dashboard, office_drilldown
from core.services.offices import Level, load_registry
from core.services.setup import setup_installation
from db.models import (
    Amendment,
    Attendance,
    Complaint,
    DayLog,
    Innovation,
    InnovationReview,
    PkIndicator,
    PkRealisation,
    SidakFinding,
    SidakStaff,
    SidakVisit,
    Staff,
    SyncBundle,
)

YEARS = (2024, 2025, 2026)
STAFF_PER_OFFICE = 12
SIDAK_PER_MONTH = 15
COMPLAINTS_PER_MONTH = 20
HUB_CODE = "15.71"
NOW = datetime(2026, 12, 31, 3, 0, tzinfo=UTC)
TODAY = date(2026, 12, 31)
MONTH = (2026, 11)
CHUNK = 20_000
PRESENT = ("H",) * 40 + ("TL",) * 5 + ("DL",) * 2 + ("PSW", "WFH")
ABSENT = ("I", "S", "C-T", "TK")


def fixed_clock() -> datetime:
    return NOW


def city_offices() -> list[tuple[str, str]]:
    """(code, kecamatan code) of the 68 kelurahan and 11 kecamatan offices."""
    return [(e.code, e.code if e.level is Level.KECAMATAN else e.parent_code or "")
            for e in load_registry() if e.level in (Level.KELURAHAN, Level.KECAMATAN)]


def working_days() -> list[date]:
    days = []
    for year in YEARS:
        day = date(year, 1, 1)
        holidays = national_holidays(year)
        while day.year == year:
            if day.weekday() < 5 and day not in holidays:
                days.append(day)
            day += timedelta(days=1)
    return days


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _at(day: date, minutes: int) -> datetime:
    """A WIB wall time on `day` as a UTC instant."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        minutes=minutes - 7 * 60)


class Rows:
    """Synthetic rows by table, each with the columns every synced row carries."""

    def __init__(self, seed: int = 7) -> None:
        self.random = random.Random(seed)
        self.device = {code: new_id() for code, _kec in city_offices()}

    def synced(self, office: str, when: datetime, **values: Any) -> dict[str, Any]:
        return {"id": new_id(), "office_code": office,
                "origin_device": self.device.get(office, self.device_hub), "rev": 1,
                "created_at": when, "updated_at": when, "deleted_at": None, **values}

    device_hub = new_id()

    def staff(self) -> dict[str, list[str]]:
        self.staff_rows = []
        ids: dict[str, list[str]] = {}
        for code in self.device:
            for number in range(STAFF_PER_OFFICE):
                row = self.synced(code, _at(date(2024, 1, 2), 8 * 60), nip=None,
                                  local_id=f"P-{number:03d}", name=f"Pegawai {code} {number}",
                                  position="Staf pelayanan", status="non-ASN",
                                  active_from=date(2023, 1, 2), active_until=None)
                self.staff_rows.append(row)
                ids.setdefault(code, []).append(row["id"])
        return ids

    def days(self, days: list[date]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """Day logs (and their amendments) office by office."""
        rnd = self.random
        for code in self.device:
            logs, amendments = [], []
            habit = rnd.randint(-10, 25)  # how late this office tends to open
            for day in days:
                if rnd.random() < 0.03:
                    continue  # not logged
                if rnd.random() < 0.01:
                    logs.append(self.synced(code, _at(day, 9 * 60), day=day, opened_local=None,
                                            opened_at=None, closed_local=None, closed_at=None,
                                            closed_all_day=True, reason="Rapat di kecamatan",
                                            timezone="Asia/Jakarta"))
                    continue
                opens = 450 + max(-20, int(rnd.gauss(habit, 12)))
                closes = (990 if day.weekday() == 4 else 960) + rnd.randint(-20, 25)
                log = self.synced(code, _at(day, opens), day=day, opened_local=_hhmm(opens),
                                  opened_at=_at(day, opens), closed_local=_hhmm(closes),
                                  closed_at=_at(day, closes), closed_all_day=False,
                                  reason="", timezone="Asia/Jakarta")
                logs.append(log)
                if rnd.random() < 0.01:
                    amendments.append(self.synced(
                        code, _at(day, closes), target_table="day_log", target_id=log["id"],
                        day=day, field="opened_local", old_value=log["opened_local"],
                        new_value=_hhmm(opens - 15), reason="Lupa menekan Buka kantor"))
            yield code, logs + amendments

    def roll_calls(self, code: str, staff: list[str], logs: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
        rnd = self.random
        rows = []
        for log in logs:
            if "target_table" in log or log["closed_all_day"]:
                continue
            day = log["day"]
            for staff_id in staff:
                if rnd.random() < 0.93:
                    status = rnd.choice(PRESENT)
                    arrive = 440 + rnd.randint(0, 20) + (rnd.randint(5, 70) if status == "TL"
                                                         else 0)
                    check_in = _hhmm(arrive) if status in ("H", "TL", "PSW") else None
                else:
                    status, check_in = rnd.choice(ABSENT), None
                rows.append(self.synced(code, _at(day, 10 * 60), day=day, staff_id=staff_id,
                                        status=status, check_in=check_in, check_out=None,
                                        note=""))
        return rows

    def sidak(self, days: list[date], staff: dict[str, list[str]]
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        rnd = self.random
        visits, members, findings = [], [], []
        offices = list(self.device)
        by_month: dict[tuple[int, int], list[date]] = {}
        for day in days:
            by_month.setdefault((day.year, day.month), []).append(day)
        for (year, _month), month_days in by_month.items():
            for number in range(SIDAK_PER_MONTH):
                day, office = rnd.choice(month_days), rnd.choice(offices)
                arrival = rnd.randint(7 * 60 + 30, 10 * 60)
                visit = self.synced(
                    "15.71.OPD.001", _at(day, arrival), number=f"SDK/{year}/{number:03d}",
                    visited_office=office, day=day, arrival_local=_hhmm(arrival),
                    arrival_at=_at(day, arrival), arrival_reason="",
                    found=rnd.choice(("buka",) * 8 + ("tutup", "dibuka")), opened_local=None,
                    received_by="", received_position="", desk_staffed=True,
                    residents_waiting=rnd.randint(0, 6), checklist="[]", notes="",
                    inspector_name="Rudi Hartono", inspector_nip=None, team="",
                    status="final", finalized_at=_at(day, arrival + 60))
                visits.append(visit)
                for staff_id in rnd.sample(staff[office], 4):
                    members.append(self.synced(
                        "15.71.OPD.001", visit["created_at"], visit_id=visit["id"],
                        staff_id=staff_id, name="Pegawai", position="Staf",
                        status=rnd.choice(("hadir",) * 6 + ("tk", "dl")), note=""))
                for position in range(rnd.randint(0, 3)):
                    findings.append(self.synced(
                        "15.71.OPD.001", visit["created_at"], visit_id=visit["id"],
                        position=position + 1, finding="Papan jam layanan tidak dipasang",
                        recommendation="Pasang papan", deadline=day + timedelta(days=14)))
        return visits, members, findings

    def complaints(self, days: list[date], staff: dict[str, list[str]]
                   ) -> list[dict[str, Any]]:
        rnd = self.random
        rows = []
        months = sorted({(d.year, d.month) for d in days})
        offices = list(self.device)
        for year, month in months:
            for number in range(COMPLAINTS_PER_MONTH):
                received = date(year, month, rnd.randint(1, 28))
                office = rnd.choice(offices)
                # Older complaints are mostly handled; a few stay open (the backlog).
                handled = (TODAY - received).days > 60 and rnd.random() < 0.95
                status = rnd.choice(("tidak_valid", "selesai", "selesai", "selesai")
                                    if handled else ("diterima", "diverifikasi",
                                                     "ditindaklanjuti", "selesai"))
                verified = received + timedelta(days=2) if status != "diterima" else None
                rows.append(self.synced(
                    HUB_CODE, _at(received, 9 * 60), number=f"ADU/{year}/{month:02d}{number:03d}",
                    received_on=received, source=rnd.choice(("lapor", "whatsapp", "langsung")),
                    category=rnd.choice(("pungli", "jam_layanan", "pelayanan", "lainnya")),
                    subject_office=office, staff_id=rnd.choice(staff[office]),
                    official_name="", official_position="",
                    description="Pengaduan warga tentang pelayanan kantor",
                    complainant_contact="", sidak_visit_id=None, status=status,
                    verified_on=verified,
                    followed_up_on=received + timedelta(days=5) if status in (
                        "ditindaklanjuti", "selesai") else None,
                    closed_on=received + timedelta(days=9) if status == "selesai" else None,
                    duplicate_of=None))
        return rows

    def innovations(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rnd = self.random
        rows, reviews = [], []
        for code in self.device:
            for number in range(rnd.choice((0, 1, 1, 2, 3))):
                when = _at(date(2025, rnd.randint(1, 12), 10), 9 * 60)
                row = self.synced(
                    code, when, name=f"Inovasi {number + 1} {code}",
                    stage=rnd.choice(("inisiatif", "uji_coba", "penerapan")), initiator="asn",
                    initiator_name="", digital=rnd.random() < 0.5, form="pelayanan_publik",
                    affairs="", trial_date=None, implementation_date=None, design="",
                    goals="", benefits="", results="", budget=None, video_url="",
                    status=rnd.choice(("draf", "diajukan")), submitted_at=None)
                rows.append(row)
                if row["status"] == "diajukan" and rnd.random() < 0.6:
                    reviews.append(self.synced(code, when + timedelta(days=7),
                                               innovation_id=row["id"],
                                               decision="diverifikasi", note="",
                                               innovation_rev=1))
        return rows, reviews

    def pk(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        rnd = self.random
        indicators, realisations = [], []
        for code in self.device:
            for year in YEARS:
                for position in range(1, 6):
                    row = self.synced(
                        code, _at(date(year, 1, 15), 9 * 60), year=year, position=position,
                        goal="Pelayanan prima", name=f"Indikator {position}", unit="%",
                        polarity="naik", baseline=None, target="100", target_q1="25",
                        target_q2="50", target_q3="75", target_q4=None, previous_id=None)
                    indicators.append(row)
                    for quarter in range(1, 5):
                        if (year == YEARS[-1] and quarter == 4) or rnd.random() < 0.05:
                            continue
                        value = 25 * quarter * rnd.uniform(0.7, 1.1)
                        realisations.append(self.synced(
                            code, _at(date(year, quarter * 3, 28), 9 * 60),
                            indicator_id=row["id"], quarter=quarter, value=f"{value:.1f}",
                            evidence="Rekap triwulan"))
        return indicators, realisations


def _insert(ctx: AppContext, model: Any, rows: list[dict[str, Any]]) -> None:
    with ctx.engine.begin() as connection:
        for start in range(0, len(rows), CHUNK):
            connection.execute(insert(model), rows[start:start + CHUNK])


def make_hub(root: Path) -> tuple[AppContext, dict[str, int]]:
    """A set-up hub holding the synthetic three years; returns it and the row counts."""
    ctx = open_app(root, clock=fixed_clock)
    setup_installation(ctx, Mode.HUB, HUB_CODE,
                       NewAccount("admin", "Admin Kota", Role.ADMIN, "bench12345"))
    rows = Rows()
    days = working_days()
    staff = rows.staff()
    _insert(ctx, Staff, rows.staff_rows)
    counts = {"staff": len(rows.staff_rows), "day_log": 0, "attendance": 0}
    for code, logs in rows.days(days):
        day_logs = [r for r in logs if "target_table" not in r]
        _insert(ctx, DayLog, day_logs)
        _insert(ctx, Amendment, [r for r in logs if "target_table" in r])
        roll = rows.roll_calls(code, staff[code], logs)
        _insert(ctx, Attendance, roll)
        counts["day_log"] += len(day_logs)
        counts["attendance"] += len(roll)
    visits, members, findings = rows.sidak(days, staff)
    complaints = rows.complaints(days, staff)
    innovations, reviews = rows.innovations()
    indicators, realisations = rows.pk()
    for model, items in ((SidakVisit, visits), (SidakStaff, members),
                         (SidakFinding, findings), (Complaint, complaints),
                         (Innovation, innovations), (InnovationReview, reviews),
                         (PkIndicator, indicators), (PkRealisation, realisations)):
        _insert(ctx, model, items)
        counts[model.__tablename__] = len(items)
    _insert(ctx, SyncBundle, [{
        "id": new_id(), "file_sha256": "0" * 64, "file_name": f"pantau-{code}.pantau",
        "kind": "office", "device_id": device, "office_code": code, "seq_from": 1,
        "seq_to": 100, "created_at": NOW - timedelta(days=rows.random.randint(0, 30)),
        "imported_at": NOW - timedelta(days=rows.random.randint(0, 30)),
        "imported_by": "admin", "result": "applied", "reason": "", "summary": "{}",
        "held_path": None} for code, device in rows.device.items()])
    return ctx, counts


def baseline_counts(ctx: AppContext, first: date, last: date) -> None:
    """Plain COUNT(*) per office over the month's rows of the same tables."""
    with ctx.read() as session:
        for model, column, day in ((DayLog, DayLog.office_code, DayLog.day),
                                   (Attendance, Attendance.office_code, Attendance.day),
                                   (SidakVisit, SidakVisit.visited_office, SidakVisit.day),
                                   (Complaint, Complaint.subject_office,
                                    Complaint.received_on)):
            list(session.execute(select(column, func.count()).select_from(model).where(
                day >= first, day <= last).group_by(column)))


def one_page_pdf(path: Path) -> None:
    """The baseline of the recap: one A4 page through the same `write_pdf` (letterhead, a
    ten-row table, the footer with the QR code, written atomically)."""
    rows = [[str(n), f"Kelurahan {n}", f"{n * 7 % 100},0%"] for n in range(10)]
    write_pdf(path, PdfReport("Satu halaman", "Satu halaman", Letterhead(
        ("PEMERINTAH KOTA JAMBI",), "Kota Jambi"), "0" * 16, "PANTAU|bench|" + "0" * 16,
        TODAY), [data_table([["No", "Kantor", "Tepat waktu"]], rows,
                            [20 * mm, 100 * mm, 30 * mm], "CLR")])


def recap_timings(ctx: AppContext, folder: Path) -> None:
    """The recap PDF of MONTH against one page of ReportLab, printed and recorded."""
    year, month = MONTH
    baseline = measure("one-page ReportLab document", 1,
                       lambda n: one_page_pdf(folder / f"page-{n}.pdf"), repeats=5)

    def recap(repeat: int) -> None:
        with ctx.read() as session:
            write_recap_pdf(session, year, month, TODAY, folder / f"recap-{repeat}.pdf")

    timing = measure(f"write_recap_pdf {year}-{month:02d}", 1, recap, repeats=3)
    report("City recap PDF (SQLite hub; one recap of every office)", baseline, [timing])
    print(f"  recap {timing.seconds:.2f} s (target ≤ 3 s), "
          f"{timing.seconds / baseline.seconds:.0f}× a one-page ReportLab document")
    record_results({"recap_pdf_s": round(timing.seconds, 3),
                    "recap_ratio_vs_one_page": round(timing.seconds / baseline.seconds, 1)})


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="pantau-bench-dashboard-") as folder:
        start = time.perf_counter()
        ctx, counts = make_hub(Path(folder) / "hub")
        built_s = time.perf_counter() - start
        offices = len(city_offices())
        print(f"\nCity dashboard: {offices} offices × {len(YEARS)} years; "
              + ", ".join(f"{n:,} {table}" for table, n in counts.items())
              + f"; built in {built_s:.1f} s")
        year, month = MONTH
        first, last = date(year, month, 1), date(year, month, 30)

        def dashboard_month(_repeat: int) -> None:
            with ctx.read() as session:
                result = city_dashboard(session, year, month, TODAY)
            assert len(result.rows) == offices

        def dashboard_running(_repeat: int) -> None:
            with ctx.read() as session:
                city_dashboard(session, TODAY.year, TODAY.month, TODAY)

        def dashboard_kecamatan(_repeat: int) -> None:
            with ctx.read() as session:
                city_dashboard(session, year, month, TODAY, kecamatan="15.71.01")

        def drilldown(_repeat: int) -> None:
            with ctx.read() as session:
                office_drilldown(session, "15.71.01.1001", year, month, TODAY)

        baseline = measure("COUNT(*) by office, 4 tables, one month", offices,
                           lambda _r: baseline_counts(ctx, first, last), repeats=5)
        timings = [
            measure(f"city_dashboard {year}-{month:02d} (complete month)", offices,
                    dashboard_month, repeats=5),
            measure("city_dashboard, running month", offices, dashboard_running, repeats=5),
            measure("city_dashboard, one kecamatan", offices, dashboard_kecamatan, repeats=5),
            measure("office_drilldown, one office", offices, drilldown, repeats=5),
        ]
        recap_timings(ctx, Path(folder))
        ctx.close()
        report("City dashboard (SQLite hub; ms/item is per office of the city)", baseline,
               timings)
        month_s = timings[0].seconds
        print(f"  dashboard {month_s * 1000:.0f} ms (target ≤ 300 ms), "
              f"{month_s / baseline.seconds:.1f}× the plain counts")
        record_results({
            "dashboard_month_ms": round(month_s * 1000, 1),
            "dashboard_ratio_vs_counts": round(month_s / baseline.seconds, 2),
            "dashboard_drilldown_ms": round(timings[3].seconds * 1000, 1),
        })


if __name__ == "__main__":
    run()
