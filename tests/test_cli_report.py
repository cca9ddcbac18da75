"""`pantau report monthly` as a person runs it, on an office with a month of data."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from core.formatting import bulan
from core.services.accounts import authenticate
from core.services.attendance import record_attendance
from core.services.service_hours import close_office, open_office
from core.services.staff import StaffInput, StaffStatus, add_staff
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock
from tests.conftest import open_office as set_up_office


def pantau(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=os.environ.copy())


def last_month() -> date:
    """The month before the real today: the command uses the real clock."""
    return (date.today().replace(day=1) - timedelta(days=1)).replace(day=1)


def at(clock: FakeClock, day: date, hhmm: str) -> None:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    clock.now = datetime(day.year, day.month, day.day, hours, minutes,
                         tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


@pytest.fixture(scope="module")
def office_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Kelurahan Simpang IV Sipin with last month's first week opened, some late."""
    folder = tmp_path_factory.mktemp("cli-report") / "office"
    first = last_month()
    clock = FakeClock(datetime(first.year, first.month, 1, 1, 0, tzinfo=UTC))
    ctx = set_up_office(folder, clock)
    try:
        head = authenticate(ctx, "lurah", PASSWORD)
        with ctx.write(head) as uow:
            staff = add_staff(uow, StaffInput("Rina Marlina", "Sekretaris Kelurahan",
                                              StaffStatus.NON_ASN, local_id="NA-010",
                                              active_from=date(2024, 1, 2))).id
        day, opened = first, 0
        while opened < 5:
            if day.isoweekday() <= 4:  # Monday to Thursday: 07.30–16.00
                at(clock, day, "07:50" if opened % 2 else "07:25")
                with ctx.write(head) as uow:
                    open_office(uow)
                at(clock, day, "16:05")
                with ctx.write(head) as uow:
                    close_office(uow)
                    record_attendance(uow, day, staff, "TL" if opened % 2 else "H",
                                      "08.10" if opened % 2 else "07.20", "16.00")
                opened += 1
            day += timedelta(days=1)
    finally:
        ctx.close()
    return folder


def test_the_monthly_report_writes_a_pdf_and_an_excel_file(office_dir: Path,
                                                             tmp_path: Path) -> None:
    month = last_month()
    out, xlsx = tmp_path / "laporan" / "bulanan.pdf", tmp_path / "bulanan.xlsx"
    result = pantau("report", "monthly", "--data-dir", str(office_dir), "--office",
                    OFFICE_CODE, "--month", f"{month:%Y-%m}", "--out", str(out),
                    "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and "Kode verifikasi:" in result.stdout
    code = result.stdout.split("Kode verifikasi: ")[1].strip()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "KELURAHAN SIMPANG IV SIPIN" in text and f"Bulan {bulan(month)}" in text
    assert "Rina Marlina" in text and code in text
    assert load_workbook(xlsx).sheetnames == ["Ringkasan", "Jam layanan", "Absensi",
                                              "Layanan", "Koreksi"]
    # The office defaults to this installation's; the same data gives the same code.
    again = pantau("--data-dir", str(office_dir), "report", "monthly", "--month",
                   f"{month:%Y-%m}", "--out", str(tmp_path / "lagi.pdf"))
    assert again.returncode == 0, again.stderr
    assert again.stdout.split("Kode verifikasi: ")[1].strip() == code


@pytest.mark.parametrize(("office", "month", "message"), [
    ("15.71.99.9999", None, "tidak terdaftar"),
    (OFFICE_CODE, "2026-13", "tidak dikenali"),
    (OFFICE_CODE, "November", "tidak dikenali"),
    (OFFICE_CODE, "future", "belum dimulai"),
    ("15.71", None, "bukan kantor pelayanan"),
])
def test_unknown_offices_and_months_are_refused(office_dir: Path, tmp_path: Path,
                                                office: str, month: str | None,
                                                message: str) -> None:
    if month is None:
        month = f"{last_month():%Y-%m}"
    elif month == "future":
        month = f"{date.today().replace(day=28) + timedelta(days=40):%Y-%m}"
    out = tmp_path / "laporan.pdf"
    result = pantau("report", "monthly", "--data-dir", str(office_dir), "--office", office,
                    "--month", month, "--out", str(out))
    assert result.returncode == 1
    assert message in result.stderr and result.stderr.startswith("pantau: ")
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_report_command_needs_no_qt(office_dir: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['report', 'monthly', '--data-dir', {str(office_dir)!r}, '--month', "
        f"{f'{last_month():%Y-%m}'!r}, '--out', {str(tmp_path / 'r.pdf')!r}])\n"
        "assert code == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_report_sub_command_is_required_and_listed() -> None:
    result = pantau("report")
    assert result.returncode == 2 and "LAPORAN" in result.stderr
    listed = pantau("report", "--help")
    assert listed.returncode == 0 and "monthly" in listed.stdout
