"""Discrepancies written as Excel and CSV: Indonesian headers, day-first dates, the rows in
the order shown, and a CSV that Excel on an Indonesian Windows opens right."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.reports.crosscheck import (
    HEADER,
    write_discrepancies_csv,
    write_discrepancies_xlsx,
)
from core.services.crosscheck import HOURS, STAFF, Discrepancy

ROWS = [
    Discrepancy("v1", "INSP/2026/0002", date(2026, 11, 25), "08.05", "15.71.01.1001",
                "Simpang IV Sipin", HOURS, "Jam layanan", "buka 07.30", "08.05: kantor tutup",
                "Kantor mencatat buka pukul 07.30, tetapi pukul 08.05 sidak mendapati kantor "
                "tutup."),
    Discrepancy("v1", "INSP/2026/0002", date(2026, 11, 25), "08.05", "15.71.01.1001",
                "Simpang IV Sipin", STAFF, "Ani Lestari", "H (datang 07.25)",
                "Tanpa keterangan", "Absensi mencatat Ani Lestari H; sidak: tanpa keterangan"),
    Discrepancy("v0", "INSP/2026/0001", date(2026, 11, 3), "09.10", "15.71.02.1002",
                "Pasir Putih", STAFF, "Çandra Ñoer", "S", "Hadir", "Ditulis; dengan titik koma"),
]


def test_excel_holds_a_title_indonesian_headers_and_every_row_as_shown(tmp_path: Path
                                                                       ) -> None:
    path = write_discrepancies_xlsx(ROWS, tmp_path / "cek-silang.xlsx",
                                    "Ketidaksesuaian sidak, 01-11-2026 s.d. 25-11-2026")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "Ketidaksesuaian sidak, 01-11-2026 s.d. 25-11-2026"
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    assert values[0] == HEADER
    assert values[0][:4] == ("Tanggal", "Nomor sidak", "Kode kantor", "Kantor")
    assert len(values) == 1 + len(ROWS)
    first = values[1]
    assert first[0] == datetime(2026, 11, 25)  # a real date …
    assert sheet["A4"].number_format == "dd-mm-yyyy"  # … shown day first
    assert first[1:] == ("INSP/2026/0002", "15.71.01.1001", "Simpang IV Sipin", "08.05",
                         "Jam layanan", "Jam layanan", "buka 07.30", "08.05: kantor tutup",
                         ROWS[0].detail)
    assert [row[6] for row in values[1:]] == ["Jam layanan", "Ani Lestari", "Çandra Ñoer"]
    assert [row[5] for row in values[1:]] == ["Jam layanan", "Kehadiran pegawai",
                                              "Kehadiran pegawai"]


def test_csv_is_utf8_with_bom_semicolons_and_day_first_dates(tmp_path: Path) -> None:
    path = write_discrepancies_csv(ROWS, tmp_path / "cek-silang.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right only with it
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert tuple(lines[0]) == HEADER
    assert [line[0] for line in lines[1:]] == ["25-11-2026", "25-11-2026", "03-11-2026"]
    assert lines[3][6] == "Çandra Ñoer"
    assert lines[3][9] == "Ditulis; dengan titik koma"  # quoted, not split
    assert lines[2][7:9] == ["H (datang 07.25)", "Tanpa keterangan"]


def test_no_rows_still_gives_a_file_with_the_header(tmp_path: Path) -> None:
    csv_path = write_discrepancies_csv([], tmp_path / "kosong.csv")
    assert csv_path.read_text(encoding="utf-8-sig").splitlines() == [";".join(HEADER)]
    sheet = load_workbook(write_discrepancies_xlsx([], tmp_path / "kosong.xlsx", "Kosong")
                          ).active
    assert sheet is not None
    assert list(sheet.iter_rows(min_row=3, values_only=True)) == [HEADER]


class _Unreadable:
    """A row whose text cannot be read halfway through writing (a failing disk, say)."""

    day = date(2026, 11, 25)

    @property
    def visit_number(self) -> str:
        raise OSError(5, "Input/output error")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_failed_write_leaves_the_earlier_file_as_it_was(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"cek-silang.{kind}"
    if kind == "csv":
        write_discrepancies_csv(ROWS[:1], path)
    else:
        write_discrepancies_xlsx(ROWS[:1], path, "Satu baris")
    before = path.read_bytes()
    rows = [ROWS[0], _Unreadable()]
    with pytest.raises(OSError):
        if kind == "csv":
            write_discrepancies_csv(rows, path)  # type: ignore[arg-type]
        else:
            write_discrepancies_xlsx(rows, path, "Dua baris")  # type: ignore[arg-type]
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left
