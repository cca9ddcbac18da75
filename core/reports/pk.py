"""Laporan capaian perjanjian kinerja (PK): one office's indicators of a year with their
targets, quarterly realisation, capaian and grade, as an A4 PDF with the office letterhead,
a verification code and its QR code.

`pk_report_data` gathers what the report shows (as text, formatted the Indonesian way)
into `PkReportData`; `write_pk_pdf` lays it out. The verification code covers that data
without the printing date, so a report printed again from the same data has the same code.
The capaian rules (cumulative quarters, R/T or 2 − R/T, grades) are those of
`core.services.pk`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.formatting import angka, persen
from core.reports.common import (
    CONTENT_WIDTH,
    STYLES,
    Letterhead,
    PdfReport,
    Signatory,
    VerifiedReport,
    cell,
    city_place,
    data_table,
    escape,
    figure_boxes,
    heading,
    key_value_table,
    note,
    office_letterhead,
    office_signatory,
    signature_block,
    title_block,
    write_pdf,
)
from core.services.offices import Level, find_office, get_office
from core.services.pk import (
    NAIK,
    QUARTER_NAMES,
    QUARTERS,
    PkRow,
    Result,
    average,
    grade,
    grade_scale,
    pk_summary,
    quarters_due,
)

REPORT_KIND = "laporan-pk"
TITLE = "LAPORAN CAPAIAN PERJANJIAN KINERJA"
NONE = "–"
MISSING = "belum dilaporkan"
WARN = "#a3200f"


def angka_teks(text: str | None) -> str:
    """Stored decimal text ("1234.5") as Indonesians write it ("1.234,5"); "–" for none."""
    if text is None or not text.strip():
        return NONE
    value = Decimal(text)
    exponent = value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return angka(float(value), digits)


def capaian_teks(value: Decimal | None) -> str:
    """"99,06%"; "–" for no capaian."""
    return NONE if value is None else persen(float(value), 2)


@dataclass(frozen=True)
class QuarterCell:
    target: str
    realisation: str  # "79,25", "–", or MISSING when the quarter is due
    capaian: str  # "99,06%" or "–"
    grade: str
    low: bool
    note: str
    evidence: str


@dataclass(frozen=True)
class PkLine:
    number: int
    goal: str
    name: str
    unit: str
    polarity: str  # "Naik" / "Turun"
    baseline: str
    target: str
    quarters: tuple[QuarterCell, ...]
    year_realisation: str
    year_capaian: str
    year_grade: str
    year_low: bool
    year_note: str


@dataclass(frozen=True)
class PkReportData(VerifiedReport):
    KIND = REPORT_KIND

    office_code: str
    office_name: str
    parent_name: str
    year: int
    lines: tuple[PkLine, ...]
    average_capaian: str
    average_grade: str
    missing: int  # due quarters without a realisation, over all indicators
    scale: str  # "AA > 90, A > 80, …, D ≤ 30"
    letterhead: Letterhead
    signatory: Signatory
    printed_on: date  # not part of the verification code

    def qr_subject(self) -> str:
        return f"{self.office_code}|{self.year}"


def _scale_text(scale: list[list[Any]]) -> str:
    parts = [f"{name} > {bound}" for bound, name in scale[:-1]]
    floor = scale[-2][0] if len(scale) > 1 else 0
    parts.append(f"{scale[-1][1]} ≤ {floor}")
    return ", ".join(parts)


def _cell(result: Result, missing: bool, evidence: str) -> QuarterCell:
    realisation = angka_teks(result.realisation)
    if result.realisation is None and missing:
        realisation = MISSING
    return QuarterCell(angka_teks(result.target), realisation, capaian_teks(result.capaian),
                       result.grade, result.low, result.note, evidence)


def _line(number: int, row: PkRow) -> PkLine:
    return PkLine(
        number=number, goal=row.goal, name=row.name, unit=row.unit,
        polarity="Naik" if row.polarity == NAIK else "Turun",
        baseline=angka_teks(row.baseline), target=angka_teks(row.target),
        quarters=tuple(_cell(q, q.missing, q.evidence) for q in row.quarters),
        year_realisation=angka_teks(row.year_result.realisation),
        year_capaian=capaian_teks(row.year_result.capaian), year_grade=row.year_result.grade,
        year_low=row.year_result.low, year_note=row.year_result.note)


def pk_report_data(session: Session, office_code: str, year: int, today: date
                   ) -> PkReportData:
    """Everything the PK report of `office_code` for `year` shows, as of `today`."""
    office = get_office(session, office_code)
    if office.level is Level.KOTA:
        raise ValidationError(f"{office.display_name} bukan kantor pelayanan: laporan PK "
                              "dibuat per kelurahan, kecamatan atau unit.", "office")
    rows = pk_summary(session, office_code, year, today)
    if not rows:
        raise ValidationError(f"{office.display_name} belum mempunyai perjanjian kinerja "
                              f"tahun {year}.", "year")
    scale = grade_scale(session)
    mean = average(row.year_result.capaian for row in rows)
    parent = find_office(session, office.parent_code) if office.parent_code else None
    due = quarters_due(year, today)
    return PkReportData(
        office_code=office_code, office_name=office.display_name,
        parent_name=parent.display_name if parent and parent.level is not Level.KOTA else "",
        year=year, lines=tuple(_line(n, row) for n, row in enumerate(rows, start=1)),
        average_capaian=capaian_teks(mean), average_grade=grade(mean, scale) or NONE,
        missing=sum(1 for row in rows for q in row.quarters if q.quarter in due and q.missing),
        scale=_scale_text(scale), letterhead=office_letterhead(session, office_code),
        signatory=office_signatory(session, office_code), printed_on=today)


# --- layout ------------------------------------------------------------------------------

def _agreement_table(data: PkReportData) -> Flowable:
    quarters = [12 * mm] * 4
    fixed = [7 * mm, 34 * mm, 0.0, 15 * mm, 13 * mm, 15 * mm, 16 * mm, *quarters]
    fixed[2] = CONTENT_WIDTH - sum(fixed)
    top = ["No", "Sasaran", "Indikator kinerja", "Satuan", "Polaritas", "Baseline",
           "Target tahunan", "Target kumulatif s.d. triwulan", "", "", ""]
    second = ["", "", "", "", "", "", "", *[QUARTER_NAMES[q] for q in QUARTERS]]
    rows = [[str(line.number), line.goal, line.name, line.unit, line.polarity, line.baseline,
             line.target, *[q.target for q in line.quarters]] for line in data.lines]
    spans = [("SPAN", (col, 0), (col, 1)) for col in range(7)]
    spans.append(("SPAN", (7, 0), (10, 0)))
    return data_table([top, second], rows, fixed, "CLLCCRRRRRR", extra=spans)


def _quarter_cell(q: QuarterCell) -> Flowable:
    if q.realisation in (NONE, MISSING):
        return cell(q.realisation, "C", color=WARN if q.realisation == MISSING else None)
    small = f"{q.capaian} {q.grade}".strip() if q.capaian != NONE else "tanpa target"
    return cell(q.realisation, "C", small=small + (" *" if q.note else ""),
                color=WARN if q.low else None)


def _realisation_table(data: PkReportData) -> Flowable:
    quarter_width, year_width = 22 * mm, 26 * mm
    widths = [7 * mm, CONTENT_WIDTH - 7 * mm - 4 * quarter_width - year_width,
              *[quarter_width] * 4, year_width]
    top = ["No", "Indikator kinerja", "Realisasi kumulatif dan capaian", "", "", "",
           "Tahun berjalan"]
    second = ["", "", *[f"TW {QUARTER_NAMES[q]}" for q in QUARTERS], ""]
    rows: list[list[Any]] = []
    for line in data.lines:
        year: Flowable = cell(NONE, "C")
        if line.year_capaian != NONE:
            year = cell(f"{line.year_capaian} {line.year_grade}", "C", bold=True,
                        color=WARN if line.year_low else None,
                        small=f"realisasi {line.year_realisation}"
                              + (f" ({line.year_note})" if line.year_note else ""))
        rows.append([str(line.number), cell(line.name, small=line.unit),
                     *[_quarter_cell(q) for q in line.quarters], year])
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (5, 0)),
             ("SPAN", (6, 0), (6, 1))]
    return data_table([top, second], rows, widths, "CLCCCCC", extra=spans)


def _evidence_table(data: PkReportData) -> Flowable | None:
    rows = []
    for line in data.lines:
        for quarter, q in zip(QUARTERS, line.quarters, strict=True):
            if q.realisation in (NONE, MISSING):
                continue
            rows.append([str(line.number), f"TW {QUARTER_NAMES[quarter]}", q.realisation,
                         q.evidence or NONE, q.note or ""])
    if not rows:
        return None
    widths = [9 * mm, 14 * mm, 20 * mm, 0.0, 30 * mm]
    widths[3] = CONTENT_WIDTH - sum(widths)
    return data_table([["No", "Triwulan", "Realisasi", "Bukti dukung", "Catatan"]], rows,
                      widths, "CCRLL")


def write_pk_pdf(session: Session, office_code: str, year: int, out: Path,
                 printed_at: date) -> PkReportData:
    """Write the PK report of `office_code` for `year` to `out` (atomically); returns the
    data it shows (with its verification code)."""
    data = pk_report_data(session, office_code, year, printed_at)
    story: list[Flowable] = [
        *title_block(TITLE, f"Tahun {data.year}"),
        key_value_table([
            ("Kantor", f"{data.office_name} ({data.office_code})"),
            *([("Induk", data.parent_name)] if data.parent_name else []),
            ("Tahun", str(data.year)),
        ]),
        Spacer(1, 3 * mm),
        figure_boxes([
            ("Indikator", angka(len(data.lines))),
            ("Rata-rata capaian tahun berjalan", data.average_capaian),
            ("Predikat", data.average_grade),
            ("Triwulan belum dilaporkan", angka(data.missing)),
        ]),
        *heading("A. Perjanjian kinerja"),
        _agreement_table(data),
        note("Target triwulan bersifat kumulatif: yang harus dicapai sampai akhir triwulan "
             "itu. Baseline: realisasi terakhir tahun sebelumnya."),
        *heading("B. Realisasi dan capaian"),
        _realisation_table(data),
        note("Capaian = realisasi ÷ target × 100% (polaritas naik) atau (2 − realisasi ÷ "
             "target) × 100% (polaritas turun), dibulatkan dua desimal; capaian di bawah 0 "
             "dicatat 0. Tahun berjalan: realisasi triwulan terakhir terhadap target tahunan. "
             f"Predikat: {data.scale}. * lihat catatan pada bagian C."),
    ]
    evidence = _evidence_table(data)
    story += heading("C. Bukti dukung")
    if evidence is not None:
        story.append(evidence)
    else:
        story.append(Paragraph(escape("Belum ada realisasi yang dicatat."), STYLES["body"]))
    story.append(signature_block(data.signatory, data.printed_on, city_place()))
    write_pdf(out, PdfReport(
        title=f"Laporan capaian PK {data.office_name} {data.year}",
        running_head=f"Laporan capaian PK — {data.office_name} — {data.year}",
        letterhead=data.letterhead, code=data.code, qr_payload=data.qr_payload,
        printed_on=data.printed_on, subject=TITLE.capitalize()), story)
    return data
