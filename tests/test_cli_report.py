"""`pantau report monthly` and `pantau report sidak` as a person runs them: on an office
with a month of data, and on an inspector's laptop with one finished sidak."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from pypdf import PdfReader

from core.context import open_app
from core.formatting import bulan
from core.roles import Actor
from core.services.accounts import authenticate
from core.services.attendance import record_attendance
from core.services.service_hours import close_office, open_office
from core.services.sidak import SidakForm, finish, roster, save_visit, sign, visit_detail
from core.services.staff import StaffInput, StaffStatus, add_staff
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock
from tests.conftest import open_office as set_up_office
from tests.sidak.conftest import field_clock
from tests.sidak.conftest import field_template as field_template  # the shared installations


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
    assert listed.returncode == 0 and "monthly" in listed.stdout and "sidak" in listed.stdout


def _signature() -> bytes:
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line((10, 80, 290, 20), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def inspector_dir(field_template: tuple[Path, Actor, Actor, Actor],
                  tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """An inspector's laptop with one sidak at Kelurahan Simpang IV Sipin, signed by both:
    (data folder, visit id, berita acara number)."""
    root, _admin, _head, pemeriksa = field_template
    folder = tmp_path_factory.mktemp("cli-sidak") / "inspector"
    shutil.copytree(root / "inspector", folder)
    clock = field_clock()
    ctx = open_app(folder, clock=clock)
    try:
        day = clock.now.date()
        with ctx.read() as session:
            staff = roster(session, OFFICE_CODE, day)
        with ctx.write(pemeriksa) as uow:
            visit_id = save_visit(uow, SidakForm(
                visited_office=OFFICE_CODE, day=day, arrival="08.05", found="tutup",
                inspector_name="Rudi Hartono", received_by="Siti Aminah", staff=staff))
            sign(uow, visit_id, "ttd_pemeriksa", _signature())
            sign(uow, visit_id, "ttd_kantor", _signature())
            finish(uow, visit_id)
        with ctx.read() as session:
            number = visit_detail(session, visit_id).number
    finally:
        ctx.close()
    return folder, visit_id, number


def test_the_sidak_report_writes_the_berita_acara(inspector_dir: tuple[Path, str, str],
                                                  tmp_path: Path) -> None:
    folder, visit_id, number = inspector_dir
    out = tmp_path / "sidak" / "berita-acara.pdf"
    result = pantau("report", "sidak", "--data-dir", str(folder), "--id", visit_id,
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and number in result.stdout
    assert "draf" not in result.stdout
    code = result.stdout.split("Kode verifikasi: ")[1].strip()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "BERITA ACARA INSPEKSI MENDADAK (SIDAK)" in text and f"Nomor: {number}" in text
    assert "Kantor Lurah Simpang IV Sipin" in text and "Siti Aminah" in text
    assert code in text
    # The number printed on the paper finds the same sidak; the same data, the same code.
    again = pantau("--data-dir", str(folder), "report", "sidak", "--id", number, "--out",
                   str(tmp_path / "lagi.pdf"))
    assert again.returncode == 0, again.stderr
    assert again.stdout.split("Kode verifikasi: ")[1].strip() == code
    # So does the sequence number the Sidak list starts it with.
    short = pantau("report", "sidak", "--data-dir", str(folder), "--id", number[:3], "--out",
                   str(tmp_path / "pendek.pdf"))
    assert number.startswith("001/") and short.returncode == 0, short.stderr
    assert short.stdout.split("Kode verifikasi: ")[1].strip() == code


def test_an_unknown_sidak_is_refused(inspector_dir: tuple[Path, str, str],
                                     tmp_path: Path) -> None:
    folder, _visit_id, _number = inspector_dir
    out = tmp_path / "tidak-ada.pdf"
    result = pantau("report", "sidak", "--data-dir", str(folder), "--id", "999/BA-SIDAK/X",
                    "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("pantau: ") and "tidak ditemukan" in result.stderr
    assert "999/BA-SIDAK/X" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_innovation_reports_write_a_profile_and_the_list_of_offices_at_risk(
        field_template: tuple[Path, Actor, Actor, Actor], tmp_path: Path) -> None:
    from core.services.innovation import InnovationForm, save_innovation

    root, _admin, head, _pemeriksa = field_template
    office, hub = tmp_path / "office", tmp_path / "hub"
    shutil.copytree(root / "office", office)
    shutil.copytree(root / "hub", hub)
    ctx = open_app(office, clock=field_clock())
    try:
        with ctx.write(head) as uow:
            innovation_id = save_innovation(uow, InnovationForm(
                "Lapak Warga Online", "inisiatif", "opd", goals="Layanan tanpa antre"))
    finally:
        ctx.close()
    out = tmp_path / "profil.pdf"
    result = pantau("report", "innovation", "--data-dir", str(office), "--id", innovation_id,
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Lapak Warga Online" in result.stdout and "Draf" in result.stdout
    code = result.stdout.split("Kode verifikasi: ")[1].strip()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "PROFIL INOVASI DAERAH" in text and "Layanan tanpa antre" in text and code in text
    missing = pantau("report", "innovation", "--data-dir", str(office), "--id", "tidak-ada",
                     "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr
    assert "pantau report innovation --list" in missing.stderr
    # The name as the Inovasi page shows it, or a part of it, finds the same innovation.
    by_name = pantau("report", "innovation", "--data-dir", str(office), "--id", "warga online",
                     "--out", str(tmp_path / "nama.pdf"))
    assert by_name.returncode == 0, by_name.stderr
    assert by_name.stdout.split("Kode verifikasi: ")[1].strip() == code
    listed = pantau("report", "innovation", "--data-dir", str(office), "--list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == [innovation_id, OFFICE_CODE, "Inisiatif", "Draf", "Lapak",
                                     "Warga", "Online"]
    no_out = pantau("report", "innovation", "--data-dir", str(office), "--id", innovation_id)
    assert no_out.returncode == 1 and "--out" in no_out.stderr

    risk, xlsx = tmp_path / "berisiko.pdf", tmp_path / "pelacak.xlsx"
    result = pantau("report", "innovation-risk", "--data-dir", str(hub), "--out", str(risk),
                    "--xlsx", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert "Kantor berisiko:" in result.stdout and "02-08-2027" in result.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(risk).pages).split())
    assert "Kelurahan Simpang IV Sipin" in text and "belum ada inovasi" in text
    assert load_workbook(xlsx).sheetnames == ["Ringkasan", "Semua kantor", "Berisiko",
                                              "Per kecamatan"]


def test_the_innovation_risk_list_is_refused_outside_the_hub(
        field_template: tuple[Path, Actor, Actor, Actor], tmp_path: Path) -> None:
    """An office sees only its own innovations: a list of offices at risk made there would
    name every other office as having none."""
    root = field_template[0]
    for name, mode in (("office", "Kantor (kelurahan/kecamatan)"),
                       ("inspector", "Pemeriksa (sidak)")):
        shutil.copytree(root / name, tmp_path / name)
        out = tmp_path / f"berisiko-{name}.pdf"
        result = pantau("report", "innovation-risk", "--data-dir", str(tmp_path / name),
                        "--out", str(out), "--xlsx", str(tmp_path / f"{name}.xlsx"))
        assert result.returncode == 1, result.stdout
        assert result.stderr.startswith("pantau: Daftar kantor berisiko adalah laporan kota")
        assert "mode Kota (hub)" in result.stderr
        assert f"Pemasangan ini mode {mode}." in result.stderr
        assert not out.exists() and not (tmp_path / f"{name}.xlsx").exists()


def test_the_pk_report_writes_the_offices_capaian(
        field_template: tuple[Path, Actor, Actor, Actor], tmp_path: Path) -> None:
    from core.services.pk import PkForm, add_indicator, record_realisation

    root, _admin, head, _pemeriksa = field_template
    office = tmp_path / "office"
    shutil.copytree(root / "office", office)
    ctx = open_app(office, clock=field_clock())
    try:
        with ctx.write(head) as uow:
            indicator = add_indicator(uow, 2026, PkForm(
                "Meningkatnya kualitas pelayanan", "Indeks kepuasan masyarakat", "%", "naik",
                "85,5", target_q1="80"))
            record_realisation(uow, indicator, 1, "79,25", "Laporan survei IKM triwulan I")
    finally:
        ctx.close()
    out = tmp_path / "laporan" / "pk.pdf"
    result = pantau("report", "pk", "--data-dir", str(office), "--office", OFFICE_CODE,
                    "--year", "2026", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Kelurahan Simpang IV Sipin tahun 2026" in result.stdout
    code = result.stdout.split("Kode verifikasi: ")[1].strip()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "LAPORAN CAPAIAN PERJANJIAN KINERJA" in text and "Indeks kepuasan masyarakat" in text
    assert "99,06% AA" in text and code in text
    # The office defaults to this installation's; a year without a PK is refused.
    again = pantau("--data-dir", str(office), "report", "pk", "--year", "2026", "--out",
                   str(tmp_path / "lagi.pdf"))
    assert again.returncode == 0 and again.stdout.split("Kode verifikasi: ")[1].strip() == code
    empty = pantau("report", "pk", "--data-dir", str(office), "--year", "2025", "--out",
                   str(tmp_path / "kosong.pdf"))
    assert empty.returncode == 1 and "belum mempunyai perjanjian kinerja" in empty.stderr
    assert not (tmp_path / "kosong.pdf").exists()
