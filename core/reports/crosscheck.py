"""Cross-check discrepancies as a file: an Excel sheet or a CSV, for the rows a user sees.

Both carry the same columns with Indonesian headers. The CSV is UTF-8 with a byte-order
mark and semicolons, which is what Excel on an Indonesian Windows (decimal comma, list
separator ";") opens straight into columns with the accents intact.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from core.formatting import tanggal_pendek
from core.reports.common import XLSX_DATE, atomic_output, save_workbook, xlsx_table
from core.services.crosscheck import Discrepancy

HEADER = ("Tanggal", "Nomor sidak", "Kode kantor", "Kantor", "Tiba", "Jenis", "Hal",
          "Catatan kantor", "Temuan sidak", "Keterangan")
WIDTHS = (12, 20, 15, 30, 7, 18, 22, 26, 30, 60)
FORMATS = (XLSX_DATE, *[None] * (len(HEADER) - 1))
SHEET = "Ketidaksesuaian"
CSV_DELIMITER = ";"


def _values(row: Discrepancy) -> list[object]:
    return [row.day, row.visit_number, row.visited_office, row.visited_name, row.arrival,
            row.kind_label, row.subject, row.office_record, row.sidak_record, row.detail]


def write_discrepancies_xlsx(rows: Sequence[Discrepancy], path: Path, title: str) -> Path:
    """One sheet: `title` on the first line, then a table of `rows` in the order given
    (dates as real dates shown dd-mm-yyyy). Written atomically; returns `path`."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=13)
    xlsx_table(sheet, HEADER, (_values(row) for row in rows), WIDTHS, FORMATS, first_row=3)
    save_workbook(book, path, title)
    return path


def write_discrepancies_csv(rows: Sequence[Discrepancy], path: Path) -> Path:
    """The same columns as CSV (UTF-8 with BOM, ";" between fields, dates dd-mm-yyyy).
    Written atomically; returns `path`."""
    with atomic_output(path) as temporary, temporary.open(
            "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER)
        writer.writerow(HEADER)
        for row in rows:
            values = _values(row)
            values[0] = tanggal_pendek(row.day)
            writer.writerow(values)
    return path
