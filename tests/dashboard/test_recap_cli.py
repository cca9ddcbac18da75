"""`pantau report recap`, `report dashboard` and `report discrepancies` as a person runs them
at the city hub (the command uses the real clock: October 2026 has passed)."""

from __future__ import annotations

import csv
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import OFFICE_CODE
from tests.dashboard.conftest import KECAMATAN, City, Template
from tests.dashboard.recap_city import COMPLAINANT, CONTACT, OFFICIAL, PASIR_PUTIH
from tests.dashboard.recap_city import pasir_putih as pasir_putih  # the shared fixtures
from tests.dashboard.recap_city import recap_city as recap_city
from tests.test_cli_report import pantau

sqlite_only = pytest.mark.parametrize("city", ["sqlite"], indirect=True)


def hub_dir(city: City) -> str:
    return str(city.hub.data_dir.root)


@sqlite_only
def test_the_recap_command_writes_the_pdf(recap_city: City, tmp_path: Path) -> None:
    out = tmp_path / "rekap" / "rekap-2026-10.pdf"
    result = pantau("report", "recap", "--data-dir", hub_dir(recap_city), "--month", "2026-10",
                    "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Rekap kota Oktober 2026: 79 kantor,")
    assert "1 rekomendasi rotasi, 2 ketidaksesuaian sidak" in result.stdout
    code = result.stdout.split("Kode verifikasi: ")[1].strip()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert code in text and "Bulan Oktober 2026" in text
    assert OFFICIAL in text and "Kelurahan Pasir Putih" in text
    assert CONTACT not in text and COMPLAINANT not in text
    again = pantau("report", "recap", "--data-dir", hub_dir(recap_city), "--month", "2026-10",
                   "--out", str(tmp_path / "lagi.pdf"))
    assert again.returncode == 0 and again.stdout.split("Kode verifikasi: ")[1].strip() == code


@sqlite_only
def test_the_dashboard_command_writes_the_workbook(recap_city: City, tmp_path: Path) -> None:
    out = tmp_path / "beranda.xlsx"
    result = pantau("report", "dashboard", "--data-dir", hub_dir(recap_city), "--month",
                    "2026-10", "--out", str(out))
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Ringkasan", "Per kecamatan", "Semua kantor"]
    codes = [row[1] for row in book["Semua kantor"].iter_rows(min_row=2, values_only=True)]
    assert OFFICE_CODE in codes and PASIR_PUTIH in codes and len(codes) == 79
    assert "79 kantor" in result.stdout
    one = tmp_path / "telanaipura.xlsx"
    result = pantau("report", "dashboard", "--data-dir", hub_dir(recap_city), "--month",
                    "2026-10", "--out", str(one), "--kecamatan", KECAMATAN)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(one)["Semua kantor"].iter_rows(min_row=2, values_only=True))
    assert {row[0] for row in rows} == {"Telanaipura"} and PASIR_PUTIH not in {
        row[1] for row in rows}
    wrong = pantau("report", "dashboard", "--data-dir", hub_dir(recap_city), "--month",
                   "2026-10", "--out", str(tmp_path / "x.xlsx"), "--kecamatan", "15.71.99")
    assert wrong.returncode == 1 and "tidak terdaftar" in wrong.stderr
    assert not (tmp_path / "x.xlsx").exists()


@sqlite_only
def test_the_discrepancies_command_exports_the_recaps_rows(recap_city: City,
                                                           tmp_path: Path) -> None:
    from core.reports.recap import recap_data

    with recap_city.hub.read() as session:
        listed = recap_data(session, 2026, 10, date(2026, 11, 25)).discrepancies
    out = tmp_path / "cek-silang.csv"
    result = pantau("report", "discrepancies", "--data-dir", hub_dir(recap_city), "--month",
                    "2026-10", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Oktober 2026: 2 baris" in result.stdout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Tanggal"
    assert [(r[0], r[1], r[9]) for r in rows[1:]] == [
        (f"{line.day:%d-%m-%Y}", line.visit_number, line.detail) for line in listed]
    xlsx = tmp_path / "cek-silang.xlsx"
    result = pantau("report", "discrepancies", "--data-dir", hub_dir(recap_city), "--month",
                    "2026-10", "--out", str(xlsx))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(xlsx)["Ketidaksesuaian"]
    assert sheet["A1"].value == "Ketidaksesuaian sidak dengan catatan kantor, bulan Oktober 2026"
    assert sheet.max_row == 3 + len(listed)


@pytest.mark.parametrize(("month", "message"), [
    ("2026-13", "tidak dikenali"),
    ("Oktober", "tidak dikenali"),
    ("future", "belum dimulai"),
])
@pytest.mark.parametrize("report", ["recap", "dashboard", "discrepancies"])
@sqlite_only
def test_a_bad_month_is_refused_and_nothing_is_written(city: City, tmp_path: Path,
                                                       report: str, month: str,
                                                       message: str) -> None:
    if month == "future":
        month = f"{date.today().replace(day=28) + timedelta(days=40):%Y-%m}"
    out = tmp_path / "keluar" / "berkas.pdf"
    result = pantau("report", report, "--data-dir", hub_dir(city), "--month", month,
                    "--out", str(out))
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("pantau: ") and message in result.stderr
    assert not out.parent.exists()


@sqlite_only
def test_an_unwritable_folder_is_a_clear_message(recap_city: City, tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("berkas")
    for report, name in (("recap", "r.pdf"), ("dashboard", "b.xlsx"),
                         ("discrepancies", "c.csv")):
        result = pantau("report", report, "--data-dir", hub_dir(recap_city), "--month",
                        "2026-10", "--out", str(blocker / name))
        assert result.returncode == 1, (report, result.stdout)
        assert result.stderr.startswith("pantau: Berkas ") and "tidak dapat ditulis" in (
            result.stderr), (report, result.stderr)
    assert blocker.read_text() == "berkas"


def test_the_city_reports_are_refused_outside_the_hub(template: Template,
                                                      tmp_path: Path) -> None:
    """An office or a sidak laptop holds only its own records: a city recap made there
    would call every other office silent."""
    for name, mode in (("office", "Kantor (kelurahan/kecamatan)"),
                       ("inspector", "Pemeriksa (sidak)")):
        shutil.copytree(template.root / name, tmp_path / name)
        for report, what in (("recap", "Rekap bulanan kota"), ("dashboard", "Beranda kota"),
                             ("discrepancies", "Daftar ketidaksesuaian sidak")):
            out = tmp_path / f"{report}-{name}.out"
            result = pantau("report", report, "--data-dir", str(tmp_path / name), "--month",
                            "2026-10", "--out", str(out))
            assert result.returncode == 1, result.stdout
            assert result.stderr.startswith(f"pantau: {what} adalah laporan kota")
            assert "mode Kota (hub)" in result.stderr
            assert f"Pemasangan ini mode {mode}." in result.stderr
            assert not out.exists()
