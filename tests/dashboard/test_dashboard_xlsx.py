"""The dashboard's Excel file, read back with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.errors import ValidationError
from core.reports.dashboard_xlsx import write_dashboard_xlsx
from core.services.dashboard import CityDashboard, city_dashboard
from tests.conftest import OFFICE_CODE
from tests.dashboard.conftest import KECAMATAN, OTHER_KELURAHAN, TODAY, City

pytestmark = pytest.mark.parametrize("city", ["sqlite"], indirect=True)


def october(city: City, kecamatan: str | None = None) -> CityDashboard:
    with city.hub.read() as session:
        return city_dashboard(session, 2026, 10, TODAY, kecamatan)


def _by_header(sheet: object) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    return {str(title): n for n, title in enumerate(rows[0])}, rows[1:]


def test_the_workbook_has_every_office_and_the_totals(city: City, tmp_path: Path) -> None:
    dashboard = october(city)
    path = write_dashboard_xlsx(dashboard, tmp_path / "beranda.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Per kecamatan", "Semua kantor"]
    offices = book["Semua kantor"]
    assert offices.freeze_panes == "A2"
    column, rows = _by_header(offices)
    assert len(rows) == len(dashboard.rows)
    line = next(r for r in rows if r[column["Kode"]] == OFFICE_CODE)
    assert line[column["Kantor"]] == "Kelurahan Simpang IV Sipin"
    assert line[column["Tepat waktu"]] == pytest.approx(2 / 22)
    assert line[column["Rata-rata terlambat (menit)"]] == pytest.approx(11.25)
    assert line[column["Kehadiran pegawai"]] == pytest.approx(3 / 44)
    assert (line[column["Sidak"]], line[column["Temuan sidak"]],
            line[column["Ketidaksesuaian"]]) == (2, 3, 2)
    assert line[column["Tahap inovasi tertinggi"]] == "Uji coba"
    assert (line[column["Capaian PK (%)"]], line[column["Predikat PK"]]) == (95.0, "AA")
    assert line[column["Sinkron terakhir"]] == datetime(2026, 11, 20, 12, 0)  # WIB
    number = rows.index(line) + 2
    assert offices.cell(number, column["Tepat waktu"] + 1).number_format == "0.0%"
    assert offices.cell(number, column["Sidak"] + 1).number_format == "#,##0"
    silent = next(r for r in rows if r[column["Kode"]] == OTHER_KELURAHAN)
    # Missing stays empty, a true zero is 0.
    assert silent[column["Tepat waktu"]] is None
    assert silent[column["Kehadiran pegawai"]] is None
    assert silent[column["Temuan sidak"]] is None and silent[column["Sidak"]] == 0
    assert silent[column["Sinkron terakhir"]] is None
    groups = book["Per kecamatan"]
    assert groups.freeze_panes == "A2"
    column, rows = _by_header(groups)
    assert len(rows) == len(dashboard.per_kecamatan) + 1
    assert rows[-1][column["Kecamatan"]] == "Kota Jambi"
    assert rows[-1][column["Kantor"]] == len(dashboard.rows)
    telanaipura = next(r for r in rows if r[column["Kecamatan"]] == "Telanaipura")
    assert telanaipura[column["Tepat waktu"]] == pytest.approx(2 / 22)
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=4,
                                                                       values_only=True)}
    assert summary["Kecamatan"] == "Semua kecamatan"
    assert summary["Kantor"] == len(dashboard.rows)


def test_a_filtered_dashboard_names_its_kecamatan(city: City, tmp_path: Path) -> None:
    book = load_workbook(write_dashboard_xlsx(october(city, KECAMATAN), tmp_path / "k.xlsx"))
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=4,
                                                                       values_only=True)}
    assert summary["Kecamatan"] == "Telanaipura"
    column, rows = _by_header(book["Semua kantor"])
    assert {r[column["Kecamatan"]] for r in rows} == {"Telanaipura"}


def test_a_folder_that_cannot_be_written_is_a_clear_message(city: City,
                                                            tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("ini berkas, bukan folder")
    with pytest.raises(ValidationError, match="tidak dapat ditulis"):
        write_dashboard_xlsx(october(city), blocker / "beranda.xlsx")
    assert blocker.read_text() == "ini berkas, bukan folder"


def test_a_failed_write_leaves_the_earlier_file_and_no_temporary(
        city: City, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "laporan"
    out.mkdir()
    target = out / "beranda.xlsx"
    target.write_bytes(b"versi lama")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", refuse)
    with pytest.raises(ValidationError, match="Permission denied"):
        write_dashboard_xlsx(october(city), target)
    assert target.read_bytes() == b"versi lama"
    assert [p.name for p in out.iterdir()] == ["beranda.xlsx"]
