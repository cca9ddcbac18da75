"""What every Pantau report shares.

A4 portrait pages with the office letterhead (kop surat) on the first page and a running
head on the others; Indonesian table styles; a footer on every page with the
verification code, its QR code and "Halaman 1 dari N"; the head's signature block; and
files written atomically (a temporary file renamed into place).

The verification code is the first 16 hex digits of the SHA-256 of the canonical JSON of
the report's data (`verification_code`): the same data always gives the same code, and
any change to what the report shows gives another one.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from core import __version__
from core.canonical import canonical_json, sha256_hex
from core.formatting import nip_cetak, tanggal
from core.services.offices import Level, city_entry, find_office, get_office
from db.models import Office, User

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 31 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
QR_SIZE = 17 * mm
CODE_LENGTH = 16

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"

INK = colors.black
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#d9e1ea")
ZEBRA_FILL = colors.HexColor("#f4f6f8")
OFF_FILL = colors.HexColor("#e9e9e9")
TOTAL_FILL = colors.HexColor("#eef1f4")
WARN_INK = colors.HexColor("#a3200f")


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
    return ParagraphStyle(name, **{**base, **kw})


STYLES: dict[str, ParagraphStyle] = {
    "kop": _style("kop", fontName=FONT_BOLD, fontSize=12.5, leading=15, alignment=TA_CENTER),
    "kop_office": _style("kop_office", fontName=FONT_BOLD, fontSize=15, leading=18,
                         alignment=TA_CENTER),
    "kop_address": _style("kop_address", fontSize=8.5, leading=10.5, alignment=TA_CENTER),
    "title": _style("title", fontName=FONT_BOLD, fontSize=12, leading=15,
                    alignment=TA_CENTER),
    "subtitle": _style("subtitle", fontSize=10.5, leading=13.5, alignment=TA_CENTER),
    "heading": _style("heading", fontName=FONT_BOLD, fontSize=10, leading=13,
                      spaceBefore=9, spaceAfter=4),
    "body": _style("body", alignment=TA_JUSTIFY),
    "note": _style("note", fontName=FONT_ITALIC, fontSize=7.5, leading=9.5, textColor=MUTED,
                   spaceBefore=2),
    "sign": _style("sign", fontSize=10, leading=13, alignment=TA_CENTER),
    "sign_name": _style("sign_name", fontName=FONT_BOLD, fontSize=10, leading=13,
                        alignment=TA_CENTER),
    "cell": _style("cell", fontSize=7.5, leading=9.2),
    "cell_head": _style("cell_head", fontName=FONT_BOLD, fontSize=7.5, leading=9.2,
                        alignment=TA_CENTER),
    "figure": _style("figure", fontName=FONT_BOLD, fontSize=15, leading=18,
                     alignment=TA_CENTER),
    "figure_label": _style("figure_label", fontSize=7.5, leading=9, alignment=TA_CENTER,
                           textColor=MUTED),
}
_ALIGN = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT}


# --- data and files ----------------------------------------------------------------------


def report_json(value: Any) -> Any:
    """A report's data as plain JSON values: dataclasses become objects, dates ISO text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: report_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return report_json(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): report_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [report_json(item) for item in value]
        return sorted(items, key=canonical_json) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"{type(value).__name__} cannot be part of a report's data")


def verification_code(data: Any) -> str:
    """First 16 hex digits of the SHA-256 of the canonical JSON of `data`."""
    return sha256_hex(canonical_json(report_json(data)))[:CODE_LENGTH]


class VerifiedReport:
    """The data of a report that carries its verification code, as a mixin of its frozen
    dataclass: the code covers every field but the `UNCOVERED` ones (when it was printed,
    pictures kept elsewhere), under the report's `KIND`; the QR code holds
    "PANTAU|<kind>|<what the report is of>|<code>"."""

    __dataclass_fields__: ClassVar[dict[str, Any]]
    KIND: ClassVar[str]
    UNCOVERED: ClassVar[tuple[str, ...]] = ("printed_on",)

    def content(self) -> dict[str, Any]:
        """What the verification code covers: everything shown but the uncovered fields."""
        data = {f.name: report_json(getattr(self, f.name)) for f in dataclasses.fields(self)
                if f.name not in self.UNCOVERED}
        return {"report": self.KIND, **data}

    @property
    def code(self) -> str:
        return verification_code(self.content())

    def qr_subject(self) -> str:
        """What the report is of, in its QR code (e.g. "<office>|<month>")."""
        raise NotImplementedError

    @property
    def qr_payload(self) -> str:
        return f"PANTAU|{self.KIND}|{self.qr_subject()}|{self.code}"


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; it replaces `path` only if the block succeeds,
    so a reader never sees half a report and a failure leaves the old file as it was."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# --- who issues the report ---------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    """Kop surat: "PEMERINTAH KOTA JAMBI / KECAMATAN … / KELURAHAN …" and the address."""

    lines: tuple[str, ...]
    address: str


@dataclass(frozen=True)
class Signatory:
    """The head who signs: "Lurah Simpang IV Sipin", the name and NIP (may be empty)."""

    position: str
    name: str
    nip: str


def city_place() -> str:
    """Where reports are signed: "Jambi" for Kota Jambi."""
    name = city_entry().name
    return name.removeprefix("Kota ").strip()


def office_letterhead(session: Session, office_code: str) -> Letterhead:
    office = get_office(session, office_code)
    city = city_entry()
    lines = [f"PEMERINTAH {city.name.upper()}"]
    chain = []
    parent = find_office(session, office.parent_code) if office.parent_code else None
    if office.level is not Level.KOTA:
        if parent is not None and parent.level is Level.KECAMATAN:
            chain.append(parent.display_name.upper())
        chain.append(office.display_name.upper())
    lines += chain
    row = session.scalars(select(Office).where(Office.code == office_code)).one()
    address = " ".join(row.address.split())
    if not address:  # the registry has no street addresses until the city adds them
        places = [parent.display_name] if parent and parent.level is Level.KECAMATAN else []
        address = ", ".join([*places, city.name])
    return Letterhead(tuple(lines), address)


HEAD_TITLES = {Level.KELURAHAN: "Lurah", Level.KECAMATAN: "Camat", Level.UNIT: "Kepala",
               Level.KOTA: "Wali Kota"}


def office_signatory(session: Session, office_code: str) -> Signatory:
    """The office's head: the registry's head name, else the active head account."""
    office = get_office(session, office_code)
    title = HEAD_TITLES[office.level]
    position = (f"{title} {office.name}" if office.level is not Level.UNIT
                else f"Kepala {office.name}")
    row = session.scalars(select(Office).where(Office.code == office_code)).one()
    name, nip = " ".join(row.head_name.split()), ""
    if not name:
        head = session.scalars(select(User).where(
            User.office_code == office_code, User.role == "head", User.active.is_(True),
            User.deleted_at.is_(None)).order_by(User.created_at, User.id)).first()
        if head is not None:
            name, nip = head.full_name, head.nip or ""
    return Signatory(position, name, nip)


# --- flowables ---------------------------------------------------------------------------


def letterhead_flowables(head: Letterhead) -> list[Flowable]:
    """The kop surat: centred capitals, the office name largest, the address, then the
    customary double rule (thick over thin)."""
    items: list[Flowable] = []
    for index, line in enumerate(head.lines):
        last = index == len(head.lines) - 1 and len(head.lines) > 1
        items.append(Paragraph(escape(line), STYLES["kop_office" if last else "kop"]))
    items.append(Paragraph(escape(head.address), STYLES["kop_address"]))
    items.append(Spacer(1, 2.5 * mm))
    items.append(HRFlowable(width="100%", thickness=2.4, color=INK, lineCap="butt",
                            spaceBefore=0, spaceAfter=2.2))
    items.append(HRFlowable(width="100%", thickness=0.8, color=INK, lineCap="butt",
                            spaceBefore=0, spaceAfter=5 * mm))
    return items


def title_block(title: str, *subtitles: str) -> list[Flowable]:
    items: list[Flowable] = [Paragraph(escape(title), STYLES["title"])]
    items += [Paragraph(escape(line), STYLES["subtitle"]) for line in subtitles]
    items.append(Spacer(1, 4 * mm))
    return items


def heading(text: str, room: float = 35 * mm) -> list[Flowable]:
    """A section heading that starts a new page when less than `room` is left, so it is
    never stranded at the bottom of a page without its first lines."""
    return [CondPageBreak(room), Paragraph(escape(text), STYLES["heading"])]


def note(text: str) -> Paragraph:
    return Paragraph(escape(text), STYLES["note"])


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(text: str, align: str = "L", *, bold: bool = False, color: str | None = None,
         small: str = "", size: float | None = None) -> Paragraph:
    """A table cell: wrapped text, optionally bold, coloured (#rrggbb) or in another font
    size, with an optional second line in small grey (a NIP under a name)."""
    base = STYLES["cell"]
    style = ParagraphStyle(f"cell-{align}{'b' if bold else ''}", parent=base,
                           alignment=_ALIGN[align], fontName=FONT_BOLD if bold else FONT,
                           fontSize=size or base.fontSize,
                           leading=(size or base.fontSize) * base.leading / base.fontSize)
    markup = escape(text)
    if color:
        markup = f'<font color="{color}">{markup}</font>'
    if small:
        markup += f'<br/><font size="6.3" color="#555555">{escape(small)}</font>'
    return Paragraph(markup, style)


def _cell(value: Any, align: str, bold: bool = False) -> Any:
    if isinstance(value, Flowable):
        return value
    return cell("" if value is None else str(value), align, bold=bold)


def data_table(header: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], aligns: str, *, total: Sequence[Any] | None = None,
               shaded_rows: Sequence[int] = (), extra: Sequence[tuple[Any, ...]] = (),
               ) -> Table:
    """A bordered table in the usual government style: grey-blue bold header (repeated on
    every page), thin black grid, light zebra rows, an optional bold total row.

    `aligns` has one letter per column (L, C, R); cells are wrapped text. `shaded_rows`
    (indices into `rows`) are greyed, e.g. weekends; `extra` adds TableStyle commands
    (spans of the header, coloured text) in table coordinates.
    """
    head = [[_cell(value, "C", bold=True) for value in line] for line in header]
    body = [[_cell(value, aligns[i]) for i, value in enumerate(line)] for line in rows]
    if total is not None:
        body.append([_cell(value, aligns[i], bold=True) for i, value in enumerate(total)])
    table = Table(head + body, colWidths=list(widths), repeatRows=len(head))
    first = len(head)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.45, INK),
        ("BACKGROUND", (0, 0), (-1, first - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, first - 1), "MIDDLE"),
        ("VALIGN", (0, first), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    shaded = set(shaded_rows)
    for index in range(len(rows)):
        if index in shaded:
            commands.append(("BACKGROUND", (0, first + index), (-1, first + index), OFF_FILL))
        elif index % 2 == 1:
            commands.append(("BACKGROUND", (0, first + index), (-1, first + index),
                             ZEBRA_FILL))
    if total is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def key_value_table(pairs: Sequence[tuple[str, str]], label_width: float = 38 * mm
                    ) -> Table:
    """"Kantor : Kelurahan …" lines without borders, as in the head of a berita acara."""
    style = ParagraphStyle("kv", parent=STYLES["body"], alignment=TA_LEFT)
    rows = [[Paragraph(escape(label), style), Paragraph(":", style),
             Paragraph(escape(value), style)] for label, value in pairs]
    table = Table(rows, colWidths=[label_width, 4 * mm, CONTENT_WIDTH - label_width - 4 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def figure_boxes(figures: Sequence[tuple[str, str]]) -> Table:
    """Key numbers side by side, each a big value over a small label."""
    width = CONTENT_WIDTH / len(figures)
    row = [[Paragraph(escape(value), STYLES["figure"]),
            Paragraph(escape(label), STYLES["figure_label"])] for label, value in figures]
    table = Table([row], colWidths=[width] * len(figures))
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def signature_block(signer: Signatory, day: date, place: str | None = None) -> Flowable:
    """Right half of the page: "Jambi, 30 November 2026", "Lurah …,", room to sign,
    the name underlined and "NIP. …"."""
    lines: list[Flowable] = [
        Paragraph(escape(f"{place or city_place()}, {tanggal(day)}"), STYLES["sign"]),
        Paragraph(escape(f"{signer.position},"), STYLES["sign"]),
        Spacer(1, 20 * mm),
    ]
    if signer.name:
        lines.append(Paragraph(f"<u>{escape(signer.name)}</u>", STYLES["sign_name"]))
    else:
        lines.append(Paragraph("(" + "." * 48 + ")", STYLES["sign"]))
    if signer.nip:
        lines.append(Paragraph(escape(f"NIP. {nip_cetak(signer.nip)}"), STYLES["sign"]))
    table = Table([["", lines]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8 * mm), table])


# --- the document ------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfReport:
    """What the page furniture of a report needs."""

    title: str  # document title (PDF metadata)
    running_head: str  # top of pages 2…N
    letterhead: Letterhead
    code: str  # verification code
    qr_payload: str  # what the QR code holds (contains the code)
    printed_on: date
    subject: str = ""


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0,
                                             size / (top - bottom), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _page_canvas(report: PdfReport) -> type[Canvas]:
    class PageCanvas(Canvas):
        """Holds every page until the end, so the footer can say "dari N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, report, self._pageNumber, total)
                super().showPage()
            super().save()

    return PageCanvas


def _decorate(canvas: Canvas, report: PdfReport, page: int, total: int) -> None:
    canvas.saveState()
    left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
    if page > 1:
        top = PAGE_HEIGHT - 9 * mm
        canvas.setFont(FONT_ITALIC, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, top, report.running_head)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
    base = 8 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(left, base + QR_SIZE + 2 * mm, right, base + QR_SIZE + 2 * mm)
    draw_qr(canvas, report.qr_payload, left, base, QR_SIZE)
    text_x = left + QR_SIZE + 3 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(text_x, base + QR_SIZE - 3 * mm, "Kode verifikasi:")
    canvas.setFont("Courier-Bold", 9.5)
    canvas.drawString(text_x + 20 * mm, base + QR_SIZE - 3 * mm, report.code)
    canvas.setFont(FONT, 6.8)
    canvas.setFillColor(MUTED)
    canvas.drawString(text_x, base + QR_SIZE - 7 * mm,
                      f"Dibuat dengan Pantau {__version__} pada {tanggal(report.printed_on)}. "
                      "Kode dihitung dari seluruh isi laporan;")
    canvas.drawString(text_x, base + QR_SIZE - 10 * mm,
                      "laporan yang dibuat ulang dari data yang sama memberi kode yang sama, "
                      "data yang berubah memberi kode lain.")
    canvas.setFillColor(INK)
    canvas.setFont(FONT, 8)
    canvas.drawRightString(right, base + QR_SIZE - 3 * mm, f"Halaman {page} dari {total}")
    canvas.restoreState()


def write_pdf(path: Path, report: PdfReport, story: list[Flowable]) -> None:
    """Build the PDF (letterhead first, then `story`) and move it into place atomically."""
    with atomic_output(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=report.title,
            author="Pantau", subject=report.subject or report.title,
            creator=f"Pantau {__version__}", invariant=True)
        # No frame padding: text, tables and the page furniture share the same edges.
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH,
                      PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0, id="isi")
        doc.addPageTemplates([PageTemplate(id="halaman", frames=[frame])])
        doc.build([*letterhead_flowables(report.letterhead), *story],
                  canvasmaker=_page_canvas(report))


# --- Excel ---------------------------------------------------------------------------------
# Numbers are stored as numbers: Excel shows them with the reader's separators (1.234,5 on
# an Indonesian Windows); dates are real dates shown day first.

XLSX_INT = "#,##0"
XLSX_DECIMAL = "#,##0.0"
XLSX_DATE = "dd-mm-yyyy"
XLSX_LONG_DATE = "[$-421]d mmmm yyyy"  # 421: Indonesian month names
_XLSX_HEADER_FILL = PatternFill("solid", fgColor="D9E1EA")
_XLSX_TOTAL_FILL = PatternFill("solid", fgColor="EEF1F4")
_XLSX_THIN = Side(style="thin", color="808080")
_XLSX_BORDER = Border(left=_XLSX_THIN, right=_XLSX_THIN, top=_XLSX_THIN, bottom=_XLSX_THIN)


def xlsx_table(sheet: Worksheet, header: Sequence[str], rows: Iterable[Sequence[Any]],
               widths: Sequence[float], formats: Sequence[str | None], *, first_row: int = 1,
               total: Sequence[Any] | None = None) -> None:
    """A table from `first_row`: bold shaded wrapped header (frozen, with filters), thin
    borders, one number format per column (None: text), column widths in characters."""
    for column, (title, width) in enumerate(zip(header, widths, strict=True), start=1):
        head = sheet.cell(row=first_row, column=column, value=title)
        head.font = Font(bold=True)
        head.fill = _XLSX_HEADER_FILL
        head.border = _XLSX_BORDER
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    row_number = first_row
    for row_number, values in enumerate(rows, start=first_row + 1):
        _xlsx_row(sheet, row_number, values, formats)
    last_data = row_number
    if total is not None:
        row_number += 1
        _xlsx_row(sheet, row_number, total, formats, bold=True)
    sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
    if last_data > first_row:
        sheet.auto_filter.ref = (f"A{first_row}:{get_column_letter(len(header))}{last_data}")


def _xlsx_row(sheet: Worksheet, row: int, values: Sequence[Any],
              formats: Sequence[str | None], bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        target = sheet.cell(row=row, column=column, value=value)
        target.border = _XLSX_BORDER
        target.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str))
        number_format = formats[column - 1]
        if number_format and value is not None and not isinstance(value, str):
            target.number_format = number_format
        if bold:
            target.font = Font(bold=True)
            target.fill = _XLSX_TOTAL_FILL


def xlsx_key_values(sheet: Worksheet, title: str, subtitle: str,
                    pairs: Sequence[tuple[str, Any, str | None]]) -> None:
    """A summary sheet: a title, a subtitle, then label / value rows (value formats)."""
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = subtitle
    sheet["A2"].font = Font(italic=True)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 48
    for row, (label, value, number_format) in enumerate(pairs, start=4):
        key = sheet.cell(row=row, column=1, value=label)
        key.font = Font(bold=True)
        key.fill = _XLSX_HEADER_FILL
        key.border = _XLSX_BORDER
        target = sheet.cell(row=row, column=2, value=value)
        target.border = _XLSX_BORDER
        target.alignment = Alignment(horizontal="left", wrap_text=True)
        if number_format:
            target.number_format = number_format


def save_workbook(workbook: Workbook, path: Path, title: str) -> None:
    workbook.properties.creator = f"Pantau {__version__}"
    workbook.properties.title = title
    with atomic_output(path) as temporary:
        workbook.save(temporary)
