"""Laporan bulanan: a real month built through the services, printed and read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from core.context import AppContext
from core.errors import NotFound, ValidationError
from core.formatting import bulan, hari, nip_cetak, persen
from core.reports.common import atomic_output
from core.reports.monthly import (
    MonthlyReportData,
    monthly_report_data,
    write_monthly_pdf,
    write_monthly_xlsx,
)
from core.roles import Actor
from core.services.accounts import authenticate
from core.services.attendance import record_attendance
from core.services.month_lock import lock_month
from core.services.offices import city_entry
from core.services.service_hours import amend_time, close_office, mark_closed, open_office
from core.services.service_register import record_service
from core.services.staff import StaffInput, StaffStatus, add_staff
from db.models import Holiday
from tests.conftest import OFFICE_CODE, PASSWORD, VALID_NIP, FakeClock
from tests.conftest import open_office as set_up_office

NOVEMBER = date(2026, 11, 1)
PRINTED = date(2026, 12, 1)
HOLIDAYS = (date(2026, 11, 19), date(2026, 11, 20))
# (day, opened, closed); days not listed are missing, closed (17th) or days off.
OPENINGS = (
    (2, "07:25", "16:05"), (3, "07:45", "16:00"), (4, "07:28", "16:02"), (5, "07:30", "16:00"),
    (6, "07:20", "16:00"),  # Friday: the office closes 16.30, so 30 minutes early
    (9, "07:29", "16:01"), (10, "07:30", "16:10"), (11, "07:15", "16:00"),
    (13, "07:22", "16:31"), (16, "07:30", "16:00"), (18, "08:02", "16:00"),
    (23, "07:26", "16:00"), (24, "07:40", "16:00"),  # corrected to 07.28 below
    (25, "07:27", "16:03"), (26, "07:30", "16:00"), (27, "07:21", "16:30"),
)
AMENDED_REASON = "Tombol buka terlambat ditekan operator"
LOCKED_REASON = "Surat dokter baru diterima"


def at(clock: FakeClock, day: date, hhmm: str) -> None:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    clock.now = datetime(day.year, day.month, day.day, hours, minutes,
                         tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


def build_november(ctx: AppContext, head: Actor, clock: FakeClock) -> dict[str, str]:
    """November 2026 at Kelurahan Simpang IV Sipin, through the services.

    19 working days (two days of cuti bersama): 13 on time, 2 late (15 and 32 minutes),
    1 closed early, 1 closed for a flood, 2 with no record; one opening corrected; three
    staff with TL, PSW, cuti and TK; five services; the month locked on 1 December and an
    attendance change after the lock.
    """
    at(clock, date(2026, 11, 1), "08:00")
    with ctx.write(head) as uow:
        for day in HOLIDAYS:
            uow.add(Holiday(day=day, name="Cuti bersama", kind="cuti_bersama",
                            applies_to="*"), office_code=city_entry().code)
        staff = {
            "Agus Salim": add_staff(uow, StaffInput(
                "Agus Salim", "Petugas Loket", StaffStatus.NON_ASN, local_id="NA-001",
                active_from=date(2025, 1, 2))).id,
            "Budi Santoso": add_staff(uow, StaffInput(
                "Budi Santoso", "Kasi Pemerintahan", StaffStatus.PNS, nip=VALID_NIP,
                active_from=date(2025, 1, 2))).id,
            "Citra Lestari": add_staff(uow, StaffInput(
                "Citra Lestari", "Pengadministrasi Umum", StaffStatus.NON_ASN,
                local_id="NA-002", active_from=date(2025, 1, 2))).id,
        }
    for number, opened, closed in OPENINGS:
        day = date(2026, 11, number)
        at(clock, day, opened)
        with ctx.write(head) as uow:
            open_office(uow)
        at(clock, day, closed)
        with ctx.write(head) as uow:
            close_office(uow)
        if number == 16:
            at(clock, date(2026, 11, 17), "12:00")
            with ctx.write(head) as uow:
                mark_closed(uow, date(2026, 11, 17), "Banjir setinggi lutut di depan kantor")
        if number == 24:
            with ctx.write(head) as uow:
                amend_time(uow, day, "opened_local", "07.28", AMENDED_REASON)
    at(clock, date(2026, 11, 30), "17:00")
    with ctx.write(head) as uow:
        for number in (2, 4, 9, 10, 11):
            day = date(2026, 11, number)
            record_attendance(uow, day, staff["Agus Salim"], "H", "07.25", "16.00")
            record_attendance(uow, day, staff["Budi Santoso"], "H", "07.20", "16.00")
        record_attendance(uow, date(2026, 11, 3), staff["Agus Salim"], "TL", "08.05",
                          "16.00")  # 35 minutes: TL2
        record_attendance(uow, date(2026, 11, 5), staff["Citra Lestari"], "PSW", "07.30",
                          "14.55")  # 65 minutes early: PSW3
        record_attendance(uow, date(2026, 11, 9), staff["Citra Lestari"], "C-T")
        record_attendance(uow, date(2026, 11, 10), staff["Citra Lestari"], "DL")
        record_attendance(uow, date(2026, 11, 13), staff["Budi Santoso"], "TK")
        record_attendance(uow, date(2026, 11, 16), staff["Budi Santoso"], "TK")
        for number, kind, outcome, minutes in (
                (2, "domisili", "selesai", 10), (3, "domisili", "selesai", 14),
                (4, "sktm", "diproses", 25), (9, "domisili", "ditolak", 6),
                (10, "pengantar", "selesai", 8)):
            record_service(uow, kind, outcome, minutes, "09.15", date(2026, 11, number),
                           resident_name="Warga Contoh")
    at(clock, PRINTED, "08:00")
    with ctx.write(head) as uow:
        lock_month(uow, "2026-11", "Sudah diperiksa")
    with ctx.write(head) as uow:
        record_attendance(uow, date(2026, 11, 13), staff["Budi Santoso"], "S",
                          amendment_reason=LOCKED_REASON)
    return staff


def report(ctx: AppContext, today: date = PRINTED, office: str = OFFICE_CODE,
           month: date = NOVEMBER) -> MonthlyReportData:
    with ctx.read() as session:
        return monthly_report_data(session, office, month, today)


@pytest.fixture(scope="module")
def november(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    clock = FakeClock(datetime(2026, 11, 1, 1, 0, tzinfo=UTC))
    ctx = set_up_office(tmp_path_factory.mktemp("laporan") / "office", clock)
    build_november(ctx, authenticate(ctx, "lurah", PASSWORD), clock)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def printed(november: AppContext, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[MonthlyReportData, str, Path]:
    data = report(november)
    path = tmp_path_factory.mktemp("pdf") / "laporan-november.pdf"
    write_monthly_pdf(data, path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return data, " ".join(text.split()), path  # one line: table cells come out one a line


def test_the_figures_follow_the_month(november: AppContext) -> None:
    data = report(november)
    f = data.figures
    assert (f.working_days, f.on_time_days, f.late_days, f.early_days, f.closed_days,
            f.missing_days, f.recorded_days) == (19, 13, 2, 1, 1, 2, 16)
    assert f.on_time_percent == pytest.approx(100 * 13 / 19)
    assert f.average_minutes_late == pytest.approx((15 + 32) / 16)
    assert data.complete and data.locked and data.locked_on == PRINTED
    holiday = next(d for d in data.days if d.day == HOLIDAYS[0])
    assert not holiday.working and holiday.off_reason == "Cuti bersama"
    assert next(d for d in data.days if d.day == date(2026, 11, 24)).amended


def test_the_staff_recap_has_bands_and_the_locked_change(november: AppContext) -> None:
    staff = {s.name: s for s in report(november).staff}
    assert staff["Agus Salim"].tl_bands == (0, 1, 0, 0)
    assert staff["Citra Lestari"].psw_bands == (0, 0, 1, 0)
    assert staff["Citra Lestari"].leave == 1 and staff["Citra Lestari"].counts["DL"] == 1
    budi = staff["Budi Santoso"]
    assert (budi.counts["TK"], budi.counts["S"]) == (1, 1)  # 13th: TK changed to S
    assert budi.identifier == VALID_NIP and budi.working_days == 19


def test_services_and_amendments_are_listed(november: AppContext) -> None:
    data = report(november)
    services = {s.code: s for s in data.services}
    assert services["domisili"].count == 3 and services["pindah"].count == 0
    assert services["domisili"].outcomes == {"selesai": 2, "diproses": 0, "ditolak": 1}
    assert services["domisili"].average_minutes == pytest.approx(10.0)
    assert data.services[-1].code == "lainnya"
    assert "Warga Contoh" not in repr(data)  # residents' names are never in a report
    reasons = {a.reason: a for a in data.amendments}
    opened = reasons[AMENDED_REASON]
    assert (opened.subject, opened.old, opened.new, opened.by) == (
        "Jam buka", "07.40", "07.28", "Akun Pertama")
    locked = reasons[LOCKED_REASON]
    assert (locked.subject, locked.old, locked.new) == ("Absensi Budi Santoso", "TK", "S")


def test_the_pdf_reads_back_as_an_indonesian_report(
        printed: tuple[MonthlyReportData, str, Path]) -> None:
    data, text, path = printed
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4
    for expected in ("PEMERINTAH KOTA JAMBI", "KECAMATAN TELANAIPURA",
                     "KELURAHAN SIMPANG IV SIPIN", "Bulan November 2026", "68,4%",
                     "Rata-rata keterlambatan buka 2,9 menit", "Cuti bersama",
                     "Agus Salim", "Budi Santoso", AMENDED_REASON, LOCKED_REASON,
                     "Dikunci pimpinan pada 1 Desember 2026", "Jambi, 1 Desember 2026",
                     "Lurah Simpang IV Sipin", "NIP. 19850312 201001 1 003",
                     f"Halaman 1 dari {len(reader.pages)}"):
        assert expected in text, expected
    assert "68.4" not in text
    assert text.count(data.code) == len(reader.pages)  # in every footer
    assert re.fullmatch(r"[0-9a-f]{16}", data.code)


def test_a_staff_row_shows_its_tl_band(printed: tuple[MonthlyReportData, str, Path]) -> None:
    _data, text, _path = printed
    assert "TL1 TL2 TL3 TL4 PSW1 PSW2 PSW3 PSW4" in text
    # No, name, local number, working days; H TL PSW DL TB WFH; I S C TK; TL1–4; PSW1–4; %
    assert ("1 Agus Salim NA-001 19 5 1 – – – – – – – – – 1 – – – – – – 31,6"
            in text)


def test_the_code_is_stable_for_the_same_data_and_changes_with_it(
        office: AppContext, head: Actor, clock: FakeClock, tmp_path: Path) -> None:
    staff = build_november(office, head, clock)
    first = report(office)
    assert report(office).code == first.code
    assert report(office, today=date(2026, 12, 20)).code == first.code  # printing date only
    write_monthly_pdf(first, tmp_path / "a.pdf")
    write_monthly_pdf(report(office), tmp_path / "b.pdf")
    texts = [PdfReader(tmp_path / name).pages[0].extract_text() for name in ("a.pdf", "b.pdf")]
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert first.code in texts[0] and first.code in texts[1]
    with office.write(head) as uow:  # the month is locked: a change is an amendment
        record_attendance(uow, date(2026, 11, 16), staff["Budi Santoso"], "I",
                          amendment_reason="Izin tertulis ditemukan di meja")
    changed = report(office)
    assert changed.code != first.code
    assert changed.content() != first.content()


def test_a_running_month_stops_at_today(office: AppContext, head: Actor,
                                        clock: FakeClock, tmp_path: Path) -> None:
    data = report(office, today=date(2026, 11, 25))
    assert not data.complete and not data.locked
    assert data.period_end == date(2026, 11, 25) and data.days[-1].day == date(2026, 11, 25)
    # 18 working days so far; today is not judged before the office opens.
    assert data.figures.working_days == 17 and data.figures.missing_days == 17
    assert data.amendments == () and data.staff == ()
    write_monthly_pdf(data, tmp_path / "berjalan.pdf")
    text = PdfReader(tmp_path / "berjalan.pdf").pages[0].extract_text()
    assert "bulan berjalan" in text and "Belum dikunci" in text and "0,0%" in text


def test_the_excel_has_the_same_tables(november: AppContext, tmp_path: Path) -> None:
    data = report(november)
    path = tmp_path / "laporan.xlsx"
    write_monthly_xlsx(data, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Jam layanan", "Absensi", "Layanan", "Koreksi"]
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=4,
                                                                     values_only=True)}
    assert summary["Kantor"] == "Kelurahan Simpang IV Sipin"
    assert summary["Hari kerja"] == 19 and summary["Hari tepat waktu"] == 13
    assert summary["Tepat waktu (%)"] == pytest.approx(100 * 13 / 19)
    assert summary["Kode verifikasi"] == data.code
    tepat = next(row for row in book["Ringkasan"].iter_rows(min_row=4)
                 if row[0].value == "Tepat waktu (%)")
    assert tepat[1].number_format == "#,##0.0"

    hours = book["Jam layanan"]
    assert [c.value for c in hours[1]][:3] == ["Tanggal", "Hari", "Hari kerja"]
    assert hours.max_row == 1 + 30 and hours.freeze_panes == "A2"
    late = next(row for row in hours.iter_rows(min_row=2, values_only=True)
                if row[0] == datetime(2026, 11, 18))
    assert late[1] == "Rabu" and late[4] == "08.02" and late[6] == 32
    assert hours["A2"].number_format == "dd-mm-yyyy"

    attendance = {row[1]: row for row in book["Absensi"].iter_rows(min_row=2,
                                                                  values_only=True)}
    header = [c.value for c in book["Absensi"][1]]
    agus = dict(zip(header, attendance["Agus Salim"], strict=True))
    assert agus["TL2"] == 1 and agus["TL"] == 1 and agus["Hari kerja"] == 19
    assert agus["Hadir (%)"] == pytest.approx(600 / 19)
    assert dict(zip(header, attendance["Budi Santoso"], strict=True))["TK"] == 1

    header = [c.value for c in book["Layanan"][1]]
    services = {row[0] or row[1]: dict(zip(header, row, strict=True))
                for row in book["Layanan"].iter_rows(min_row=2, values_only=True)}
    assert services["domisili"]["Jumlah"] == 3 and services["domisili"]["Ditolak"] == 1
    assert services["Jumlah"]["Jumlah"] == 5 and services["Jumlah"]["Jumlah menit"] == 63
    corrections = list(book["Koreksi"].iter_rows(min_row=2, values_only=True))
    assert {row[4] for row in corrections} == {AMENDED_REASON, LOCKED_REASON}


def test_files_are_replaced_whole_and_no_temporary_file_is_left(
        november: AppContext, tmp_path: Path) -> None:
    data = report(november)
    target = tmp_path / "keluar" / "laporan.pdf"
    target.parent.mkdir()
    target.write_bytes(b"laporan lama")
    write_monthly_pdf(data, target)
    write_monthly_xlsx(data, target.with_suffix(".xlsx"))
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["laporan.pdf", "laporan.xlsx"]


def test_unknown_offices_future_months_and_the_city_are_refused(
        november: AppContext) -> None:
    with pytest.raises(NotFound, match="tidak terdaftar"):
        report(november, office="15.71.99.9999")
    with pytest.raises(ValidationError, match="belum dimulai"):
        report(november, month=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="bukan kantor pelayanan"):
        report(november, office=city_entry().code)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"laporan lama")
    with pytest.raises(RuntimeError), atomic_output(target) as temporary:
        temporary.write_bytes(b"setengah")
        raise RuntimeError("disk penuh")
    assert target.read_bytes() == b"laporan lama"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_indonesian_formats_for_reports() -> None:
    assert bulan(date(2026, 11, 23)) == "November 2026"
    assert hari(date(2026, 11, 23)) == "Senin"
    assert persen(100 * 13 / 19) == "68,4%" and persen(1234.56) == "1.234,6%"
    assert nip_cetak(VALID_NIP) == "19850312 201001 1 003" and nip_cetak("NA-001") == "NA-001"
