"""Innovation reports: the city's list of offices at risk before the deadline (PDF and
Excel, from `core.services.innovation_tracker`) and the profile of one innovation (PDF).

The at-risk list is issued by the city (the kota's letterhead); the profile by the
innovation's office (its letterhead), with every field of the innovation index profile,
its stage and status, the city's review notes and the list of evidence files. Both carry
a verification code over what they show (not the printing date) and its QR code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound, ValidationError
from core.formatting import angka, tanggal, tanggal_pendek
from core.reports.common import (
    CONTENT_WIDTH,
    STYLES,
    XLSX_DATE,
    XLSX_INT,
    Letterhead,
    PdfReport,
    VerifiedReport,
    cell,
    data_table,
    escape,
    figure_boxes,
    heading,
    key_value_table,
    note,
    office_letterhead,
    report_json,
    save_workbook,
    verification_code,
    write_pdf,
    xlsx_key_values,
    xlsx_table,
)
from core.services.innovation import (
    FORMS,
    INITIATORS,
    STAGES,
    STATUS_LABELS,
    innovation_detail,
    list_innovations,
)
from core.services.innovation_tracker import (
    AT_RISK,
    ATTENTION,
    STAGE_KEYS,
    OfficeTrack,
    TrackerResult,
    tracker,
)
from core.services.offices import city_entry, get_office
from db.models import Innovation, Office

AT_RISK_KIND = "inovasi-berisiko"
PROFILE_KIND = "profil-inovasi"
NONE = "–"
WARN = "#a3200f"
ATTENTION_INK = "#8a5a00"
RISK_LABELS = {AT_RISK: "Berisiko", ATTENTION: "Perlu perhatian", "aman": "Aman"}


def days_left_text(days: int) -> str:
    """"tinggal 12 hari", "hari ini batasnya", "lewat 3 hari"."""
    if days > 0:
        return f"tinggal {angka(days)} hari"
    if days == 0:
        return "hari ini batas waktunya"
    return f"lewat {angka(-days)} hari"


# --- the list of offices at risk -----------------------------------------------------------


def _tracker_content(result: TrackerResult, kind: str) -> dict[str, Any]:
    return {"report": kind, **report_json(result)}


def _risk_cell(row: OfficeTrack) -> Paragraph:
    color = WARN if row.risk == AT_RISK else ATTENTION_INK
    return cell(RISK_LABELS[row.risk], "L", bold=True, color=color, small=row.reason)


def write_at_risk_pdf(session: Session, today: date, out: Path) -> str:
    """The offices at risk (berisiko first, then perlu perhatian) on the kota's letterhead,
    with the deadline, days left and the counts per kecamatan. Returns the code."""
    result = tracker(session, today)
    code = verification_code(_tracker_content(result, AT_RISK_KIND))
    city = city_entry()
    risky = result.at_risk
    at_risk = sum(1 for row in result.rows if row.risk == AT_RISK)
    attention = sum(1 for row in result.rows if row.risk == ATTENTION)
    story: list[Flowable] = [
        Paragraph("DAFTAR KANTOR BERISIKO BELUM MEMILIKI INOVASI", STYLES["title"]),
        Paragraph(escape(f"Batas waktu {tanggal(result.deadline)} "
                         f"({days_left_text(result.days_left)}); keadaan per "
                         f"{tanggal(today)}"), STYLES["subtitle"]),
        Spacer(1, 4 * mm),
        figure_boxes([("Kantor dipantau", angka(len(result.rows))),
                      ("Berisiko", angka(at_risk)),
                      ("Perlu perhatian", angka(attention)),
                      ("Hari tersisa", angka(result.days_left))]),
        *heading("A. Kantor berisiko dan perlu perhatian"),
    ]
    if risky:
        widths = [8 * mm, 28 * mm, 0.0, 13 * mm, 13 * mm, 13 * mm, 16 * mm, 16 * mm, 32 * mm]
        widths[2] = CONTENT_WIDTH - sum(widths)
        rows = [[str(n), row.kecamatan_name or NONE, cell(row.office_name,
                                                          small=row.office_code),
                 str(row.total), str(row.by_stage["inisiatif"]),
                 str(row.by_stage["uji_coba"]), str(row.by_stage["penerapan"]),
                 str(row.verified), _risk_cell(row)]
                for n, row in enumerate(risky, start=1)]
        story.append(data_table(
            [["No", "Kecamatan", "Kantor", "Jumlah", "Inisiatif", "Uji coba", "Penerapan",
              "Diverifikasi", "Status"]], rows, widths, "CLLCCCCCL"))
    else:
        story.append(Paragraph("Semua kantor sudah memiliki inovasi terverifikasi di atas "
                               "tahap inisiatif.", STYLES["body"]))
    story += [*heading("B. Rekap per kecamatan")]
    widths = [0.0, 16 * mm, 18 * mm, 16 * mm, 18 * mm, 16 * mm, 16 * mm, 16 * mm, 16 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    rows = [[count.kecamatan_name, str(count.offices), str(count.with_innovation),
             cell(str(count.at_risk), "C", bold=bool(count.at_risk),
                  color=WARN if count.at_risk else None),
             str(count.attention), str(count.by_stage["inisiatif"]),
             str(count.by_stage["uji_coba"]), str(count.by_stage["penerapan"]),
             str(count.verified)] for count in result.per_kecamatan]
    total = ["Jumlah", str(len(result.rows)),
             str(sum(c.with_innovation for c in result.per_kecamatan)), str(at_risk),
             str(attention),
             *[str(sum(c.by_stage[key] for c in result.per_kecamatan)) for key in STAGE_KEYS],
             str(sum(c.verified for c in result.per_kecamatan))]
    story += [data_table([["Kecamatan", "Kantor", "Dengan inovasi", "Berisiko",
                           "Perlu perhatian", "Inisiatif", "Uji coba", "Penerapan",
                           "Diverifikasi"]], rows, widths, "LCCCCCCCC", total=total),
              note("Berisiko: belum ada inovasi, atau semua inovasinya masih tahap inisiatif. "
                   "Perlu perhatian: belum ada inovasi yang diverifikasi kota. Kantor: setiap "
                   "kelurahan, kecamatan dan unit kerja terdaftar.")]
    letterhead = Letterhead((f"PEMERINTAH {city.name.upper()}",),
                            office_letterhead(session, city.code).address)
    write_pdf(out, PdfReport(
        title="Daftar kantor berisiko belum memiliki inovasi",
        running_head=f"Kantor berisiko (inovasi) — per {tanggal(today)}",
        letterhead=letterhead, code=code,
        qr_payload=f"PANTAU|{AT_RISK_KIND}|{today.isoformat()}|{code}", printed_on=today),
        story)
    return code


def _track_line(row: OfficeTrack) -> list[Any]:
    return [row.kecamatan_name, row.office_code, row.office_name, row.total,
            row.by_stage["inisiatif"], row.by_stage["uji_coba"], row.by_stage["penerapan"],
            row.submitted, row.verified, RISK_LABELS[row.risk], row.reason]


TRACK_HEADER = ["Kecamatan", "Kode", "Kantor", "Jumlah inovasi", "Inisiatif", "Uji coba",
                "Penerapan", "Diajukan", "Diverifikasi", "Status risiko", "Alasan"]
TRACK_WIDTHS = [18, 16, 34, 10, 10, 10, 10, 10, 11, 16, 28]
TRACK_FORMATS = [None, None, None, XLSX_INT, XLSX_INT, XLSX_INT, XLSX_INT, XLSX_INT, XLSX_INT,
                 None, None]
_RISK_FILLS = {AT_RISK: PatternFill("solid", fgColor="F8D7D3"),
               ATTENTION: PatternFill("solid", fgColor="FBEBC8")}


def write_tracker_xlsx(session: Session, today: date, out: Path) -> str:
    """Sheets "Ringkasan", "Semua kantor", "Berisiko" and "Per kecamatan"; at-risk rows
    shaded. Returns the verification code (the same as the PDF's for the same data)."""
    result = tracker(session, today)
    code = verification_code(_tracker_content(result, AT_RISK_KIND))
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Ringkasan"
    xlsx_key_values(summary, "Pelacak inovasi kantor", f"Keadaan per {tanggal(today)}", [
        ("Batas waktu", result.deadline, XLSX_DATE),
        ("Hari tersisa (negatif: lewat)", result.days_left, XLSX_INT),
        ("Kantor dipantau", len(result.rows), XLSX_INT),
        ("Berisiko", sum(1 for r in result.rows if r.risk == AT_RISK), XLSX_INT),
        ("Perlu perhatian", sum(1 for r in result.rows if r.risk == ATTENTION), XLSX_INT),
        ("Kode verifikasi", code, None),
    ])
    for title, rows in (("Semua kantor", result.rows), ("Berisiko", result.at_risk)):
        sheet = book.create_sheet(title)
        xlsx_table(sheet, TRACK_HEADER, [_track_line(row) for row in rows], TRACK_WIDTHS,
                   TRACK_FORMATS)
        for number, row in enumerate(rows, start=2):
            fill = _RISK_FILLS.get(row.risk)
            if fill is not None:
                sheet.cell(row=number, column=10).fill = fill
                sheet.cell(row=number, column=10).font = Font(bold=True)
    sheet = book.create_sheet("Per kecamatan")
    xlsx_table(sheet, ["Kecamatan", "Kantor", "Dengan inovasi", "Berisiko", "Perlu perhatian",
                       "Jumlah inovasi", "Inisiatif", "Uji coba", "Penerapan", "Diverifikasi"],
               [[c.kecamatan_name, c.offices, c.with_innovation, c.at_risk, c.attention,
                 c.innovations, *[c.by_stage[key] for key in STAGE_KEYS], c.verified]
                for c in result.per_kecamatan],
               [28, 10, 12, 10, 12, 12, 10, 10, 10, 12], [None, *[XLSX_INT] * 9])
    save_workbook(book, out, "Pelacak inovasi kantor")
    return code


# --- the profile of one innovation ---------------------------------------------------------


@dataclass(frozen=True)
class ReviewLine:
    decision: str  # "Diverifikasi", "Dikembalikan"
    note: str
    at: date  # the office's calendar day
    about_rev: int  # the innovation revision it was about
    current: bool  # applies to the innovation as it is now


@dataclass(frozen=True)
class ProfileData(VerifiedReport):
    KIND = PROFILE_KIND
    UNCOVERED = ("printed_at",)

    innovation_id: str
    office_code: str
    office_name: str
    letterhead: Letterhead
    name: str
    stage: str  # label
    initiator: str  # label, with the initiator's name
    digital: bool
    form: str  # label
    affairs: str
    trial_date: date | None
    implementation_date: date | None
    design: str
    goals: str
    benefits: str
    results: str
    budget: int | None
    video_url: str
    status: str  # label of the effective status
    rev: int
    reviews: tuple[ReviewLine, ...]
    evidence: tuple[tuple[str, int, str], ...]  # file name, size, sha256
    printed_at: datetime  # the office's wall time; not part of the verification code

    def qr_subject(self) -> str:
        return f"{self.innovation_id}|{self.rev}"


def find_innovation_id(session: Session, id_or_name: str) -> str:
    """The innovation with this id, or the one whose name is or contains `id_or_name` (any
    case), as the Inovasi page shows it: a full name wins over longer names containing it.
    A text that fits several innovations is refused with their offices and ids."""
    wanted = id_or_name.strip()
    if not wanted:
        raise ValidationError("Sebutkan id atau nama inovasi.", "id")
    by_id = session.get(Innovation, wanted)
    if by_id is not None and by_id.deleted_at is None:
        return by_id.id
    rows = list_innovations(session)
    key = wanted.casefold()
    matches = ([row for row in rows if row.name.casefold() == key]
               or [row for row in rows if key in row.name.casefold()])
    if not matches:
        raise NotFound(f"Inovasi {wanted} tidak ditemukan di data ini (sebutkan id inovasi, "
                       "namanya atau bagian namanya).")
    if len(matches) > 1:
        listed = "; ".join(
            f"{row.name} ({row.office_code} {row.office_name}, "
            f"{STATUS_LABELS.get(row.status, row.status)}; id {row.id})" for row in matches)
        raise ValidationError(f"{len(matches)} inovasi cocok dengan \"{wanted}\": {listed}. "
                              "Sebutkan id atau nama yang lebih lengkap.", "id")
    return matches[0].id


def profile_data(session: Session, innovation_id: str, printed_at: datetime) -> ProfileData:
    """Everything the profile of `innovation_id` (an id, or a name `find_innovation_id`
    finds) shows; `printed_at` is the moment of printing (aware, or already the office's
    wall time), kept as the office's wall time so that the printed date is the office's day
    (01.30 WIB is still the day before in UTC)."""
    innovation_id = find_innovation_id(session, innovation_id)
    detail = innovation_detail(session, innovation_id)
    office = get_office(session, detail.office_code)
    initiator = INITIATORS.get(detail.initiator, detail.initiator)
    if detail.initiator_name:
        initiator += f" ({detail.initiator_name})"
    zone = ZoneInfo(session.scalars(select(Office.timezone).where(
        Office.code == office.code)).first() or "Asia/Jakarta")
    reviews = tuple(ReviewLine(STATUS_LABELS.get(r.decision, r.decision), r.note,
                               r.at.astimezone(zone).date(), r.innovation_rev, r.current)
                    for r in detail.reviews)
    evidence = tuple((e.file_name, e.size, e.sha256) for e in detail.evidence)
    return ProfileData(
        innovation_id=innovation_id, office_code=office.code,
        office_name=office.display_name,
        letterhead=office_letterhead(session, office.code), name=detail.name,
        stage=STAGES.get(detail.stage, detail.stage), initiator=initiator,
        digital=detail.digital, form=FORMS.get(detail.form, detail.form),
        affairs=detail.affairs, trial_date=detail.trial_date,
        implementation_date=detail.implementation_date, design=detail.design,
        goals=detail.goals, benefits=detail.benefits, results=detail.results,
        budget=detail.budget, video_url=detail.video_url,
        status=STATUS_LABELS.get(detail.status, detail.status), rev=detail.rev,
        reviews=reviews, evidence=evidence,
        printed_at=printed_at.astimezone(zone) if printed_at.tzinfo else printed_at)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{angka(size / (1024 * 1024), 1)} MB"
    return f"{angka(max(1, round(size / 1024)))} KB"


def _text_section(title: str, text: str) -> list[Flowable]:
    paragraphs = [p for p in text.split("\n") if p.strip()] or [NONE]
    return [*heading(title, room=25 * mm),
            *[Paragraph(escape(p), STYLES["body"]) for p in paragraphs]]


def write_profile_pdf(data: ProfileData, out: Path) -> Path:
    """The A4 profile of one innovation."""
    words = len(data.design.split())
    pairs = [
        ("Nama inovasi", data.name),
        ("Kantor", f"{data.office_name} ({data.office_code})"),
        ("Tahapan", data.stage),
        ("Inisiator", data.initiator),
        ("Jenis", "Digital" if data.digital else "Non-digital"),
        ("Bentuk", data.form),
        ("Urusan pemerintahan", data.affairs or NONE),
        ("Waktu uji coba", tanggal(data.trial_date) if data.trial_date else NONE),
        ("Waktu penerapan", tanggal(data.implementation_date)
         if data.implementation_date else NONE),
        ("Anggaran", f"Rp{angka(data.budget)}" if data.budget is not None else NONE),
        ("Tautan video", data.video_url or NONE),
        ("Status", data.status),
    ]
    story: list[Flowable] = [
        Paragraph("PROFIL INOVASI DAERAH", STYLES["title"]),
        Paragraph(escape(data.name), STYLES["subtitle"]),
        Spacer(1, 4 * mm),
        *heading("A. Identitas inovasi"),
        key_value_table(pairs, label_width=40 * mm),
        *_text_section(f"B. Rancang bangun ({angka(words)} kata)", data.design),
        *_text_section("C. Tujuan", data.goals),
        *_text_section("D. Manfaat", data.benefits),
        *_text_section("E. Hasil", data.results),
        *heading("F. Bukti pendukung"),
    ]
    if data.evidence:
        widths = [8 * mm, 0.0, 22 * mm, 40 * mm]
        widths[1] = CONTENT_WIDTH - sum(widths)
        story.append(data_table(
            [["No", "Berkas", "Ukuran", "SHA-256 (awal)"]],
            [[str(n), name, _size(size), sha[:16]]
             for n, (name, size, sha) in enumerate(data.evidence, start=1)],
            widths, "CLRL"))
    else:
        story.append(Paragraph("Belum ada berkas bukti.", STYLES["body"]))
    story += heading("G. Verifikasi kota")
    if data.reviews:
        widths = [8 * mm, 24 * mm, 28 * mm, 0.0]
        widths[3] = CONTENT_WIDTH - sum(widths)
        story.append(data_table(
            [["No", "Tanggal", "Keputusan", "Catatan"]],
            [[str(n), tanggal_pendek(r.at),
              cell(r.decision, bold=True,
                   color=WARN if r.decision == STATUS_LABELS.get("dikembalikan") else None,
                   small="" if r.current else f"atas versi {r.about_rev}, sudah diubah"),
              r.note or NONE] for n, r in enumerate(data.reviews, start=1)],
            widths, "CLLL"))
    else:
        story.append(Paragraph("Belum ada keputusan kota.", STYLES["body"]))
    write_pdf(out, PdfReport(
        title=f"Profil inovasi {data.name}",
        running_head=f"Profil inovasi — {data.name} — {data.office_name}",
        letterhead=data.letterhead, code=data.code, qr_payload=data.qr_payload,
        printed_on=data.printed_at.date(), subject=f"Inovasi {data.office_name}"), story)
    return out


def write_innovation_profile_pdf(session: Session, innovation_id: str, out: Path,
                                 printed_at: datetime) -> ProfileData:
    """Gather and write the profile of `innovation_id` to `out`; returns what it showed
    (its `code` is the verification code)."""
    data = profile_data(session, innovation_id, printed_at)
    write_profile_pdf(data, out)
    return data
