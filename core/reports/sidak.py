"""Berita acara sidak: what the inspector found, printed on the spot and signed by both.

`berita_acara_data` gathers everything the berita acara shows into `BeritaAcaraData`
(the photos' and signatures' bytes ride along, outside the verification code; their
SHA-256 are inside it); `write_berita_acara_pdf` only lays it out. The letterhead is the
inspector's office, which issues the berita acara; the text is about the visited office.

Amendments recorded after the berita acara was signed or sent to the city are listed at
the end ("Perubahan setelah ditandatangani") with the value before, the value after, the
reason and when: the body shows the values as they are now, the list shows what they were.
A draft is labelled "DRAF — belum ditandatangani" at the top, in the running head and in
the signature boxes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.attachments import blob_bytes
from core.errors import NotFound, ValidationError
from core.formatting import hari, hari_tanggal, nip_cetak, tanggal, tanggal_pendek
from core.reports.common import (
    CONTENT_WIDTH,
    STYLES,
    WARN_INK,
    Letterhead,
    PdfReport,
    VerifiedReport,
    cell,
    city_place,
    data_table,
    escape,
    heading,
    key_value_table,
    note,
    office_letterhead,
    write_pdf,
)
from core.services.offices import Level, find_office, get_office
from core.services.sidak import (
    ABSENT,
    ANSWERS,
    STAFF_STATUSES,
    AttachmentInfo,
    SidakDetail,
    visit_detail,
)
from db.models import Office, SidakVisit

REPORT_KIND = "berita-acara-sidak"
TITLE = "BERITA ACARA INSPEKSI MENDADAK (SIDAK)"
DRAFT_LABEL = "DRAF — belum ditandatangani"
AMENDMENTS_TITLE = "Perubahan setelah ditandatangani"
NONE = "–"
OFF_ROSTER = "di luar daftar pegawai"
WARN = "#a3200f"
# Indonesian names of the time zones offices are in.
ZONE_NAMES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
              "Asia/Jayapura": "WIT"}
SIGNATURE_HEIGHT = 20 * mm
SIGNATURE_WIDTH = 62 * mm
PHOTO_HEIGHT = 72 * mm


@dataclass(frozen=True)
class StaffLine:
    name: str
    position: str
    status: str  # "Hadir", "Tanpa keterangan", … (STAFF_STATUSES labels)
    note: str
    absent: bool
    on_roster: bool  # from the office's roster; False for a person the inspector added


@dataclass(frozen=True)
class ChecklistLine:
    label: str
    answer: str  # "Ya", "Tidak", "Tidak diperiksa"


@dataclass(frozen=True)
class FindingLine:
    finding: str
    recommendation: str
    deadline: date | None


@dataclass(frozen=True)
class Picture:
    """A photo or a signature: its content hash (in the code) and its caption."""

    sha256: str
    caption: str = ""


@dataclass(frozen=True)
class AmendmentLine:
    subject: str  # "Keadaan kantor", "Pegawai Budi Santoso", "Foto"
    old: str
    new: str
    reason: str
    at: datetime  # the visited office's wall time


@dataclass(frozen=True)
class BeritaAcaraData(VerifiedReport):
    KIND = REPORT_KIND
    UNCOVERED = ("printed_at", "images")

    number: str
    final: bool
    finalized_at: datetime | None  # the visited office's wall time
    issuer_code: str  # the inspector's office
    issuer_name: str
    letterhead: Letterhead
    visited_code: str
    visited_name: str  # "Kelurahan Simpang IV Sipin"
    visited_place: str  # "Kantor Lurah Simpang IV Sipin, Kecamatan Telanaipura"
    day: date
    arrival: str  # "08.05"
    zone: str  # "WIB"
    arrival_reason: str
    found: str  # "Tutup", "Dibuka saat pemeriksa menunggu pukul 08.20"
    received_by: str
    received_position: str
    desk_staffed: bool
    residents_waiting: int
    staff: tuple[StaffLine, ...]
    checklist: tuple[ChecklistLine, ...]
    findings: tuple[FindingLine, ...]
    notes: str
    inspector_name: str
    inspector_nip: str
    team: str
    place: str  # where it is signed: "Jambi"
    photos: tuple[Picture, ...]
    inspector_signature: Picture | None
    office_signature: Picture | None
    amendments: tuple[AmendmentLine, ...]
    printed_at: datetime  # the office's wall time; not part of the verification code
    # The bytes of the photos and signatures by SHA-256: not part of the code (the hashes
    # are), so that the code stays a short hash of small JSON.
    images: Mapping[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def absent(self) -> tuple[StaffLine, ...]:
        return tuple(line for line in self.staff if line.absent)

    def qr_subject(self) -> str:
        return self.number


# --- gathering ---------------------------------------------------------------------------


def find_visit_id(session: Session, id_or_number: str) -> str:
    """The visit with this id, this berita acara number ("001/BA-SIDAK/…") or this
    sequence number as the Sidak list starts it ("002", "2"). An id wins; a number that
    fits more than one visit (the same sequence on another laptop or in another year, or
    the same full number issued by laptops of earlier versions) is refused with the
    candidates and their ids rather than guessed."""
    wanted = id_or_number.strip()
    by_id = session.get(SidakVisit, wanted) if wanted else None
    if by_id is not None and by_id.deleted_at is None:
        return by_id.id
    short = wanted.isascii() and wanted.isdigit()
    matches = (SidakVisit.number.startswith(f"{int(wanted):03d}/") if short
               else SidakVisit.number == wanted)
    visits = list(session.scalars(select(SidakVisit).where(
        matches, SidakVisit.deleted_at.is_(None))
        .order_by(SidakVisit.day, SidakVisit.created_at)))
    if not visits:
        raise NotFound(f"Sidak {wanted} tidak ditemukan di data ini (sebutkan id sidak, "
                       "nomor berita acaranya atau nomor urutnya seperti di daftar Sidak).")
    if len(visits) > 1:
        listed = "; ".join(_candidate(session, visit) for visit in visits)
        if short:
            raise ValidationError(
                f"Nomor {wanted} cocok dengan {len(visits)} sidak: {listed}. Sebutkan nomor "
                "berita acara lengkapnya atau id sidak yang dimaksud.", "id")
        raise ValidationError(f"Nomor {wanted} dipakai oleh {len(visits)} sidak: {listed}. "
                              "Sebutkan id sidak yang dimaksud.", "id")
    return visits[0].id


def _candidate(session: Session, visit: SidakVisit) -> str:
    """One visit as a refusal lists it: "001/BA-SIDAK/… (Kelurahan …, 25 November 2026,
    pemeriksa Rudi Hartono; id …)"."""
    office = find_office(session, visit.visited_office)
    name = office.display_name if office is not None else visit.visited_office
    return (f"{visit.number} ({name}, {tanggal(visit.day)}, pemeriksa {visit.inspector_name}; "
            f"id {visit.id})")


def berita_acara_data(session: Session, visit_id: str, printed_at: datetime
                      ) -> BeritaAcaraData:
    """Everything the berita acara of `visit_id` (an id or a berita acara number) shows,
    with the pictures' bytes; `printed_at` is the moment of printing (aware, or already
    the office's wall time)."""
    detail = visit_detail(session, find_visit_id(session, visit_id))
    zone_name = session.scalars(select(Office.timezone).where(
        Office.code == detail.visited_office)).first() or "Asia/Jakarta"
    zone = ZoneInfo(zone_name)
    issuer = get_office(session, detail.owner_office)
    pictures = [*detail.photos, *detail.signatures.values()]
    images = {}
    for picture in pictures:
        # A missing blob is printed as a gap with a note rather than refusing to print.
        with suppress(NotFound):
            images[picture.sha256] = blob_bytes(session, picture.sha256)
    signatures = detail.signatures
    return BeritaAcaraData(
        number=detail.number, final=detail.status == "final",
        finalized_at=_local(detail.finalized_at, zone),
        issuer_code=issuer.code, issuer_name=issuer.display_name,
        letterhead=office_letterhead(session, detail.owner_office),
        visited_code=detail.visited_office, visited_name=detail.visited_name,
        visited_place=_visited_place(session, detail),
        day=detail.day, arrival=detail.arrival,
        zone=ZONE_NAMES.get(zone_name, zone_name), arrival_reason=detail.arrival_reason,
        found=detail.found_label, received_by=detail.received_by,
        received_position=detail.received_position, desk_staffed=detail.desk_staffed,
        residents_waiting=detail.residents_waiting,
        staff=tuple(StaffLine(s.name, s.position, STAFF_STATUSES.get(s.status, s.status),
                              s.note, s.status in ABSENT, s.staff_id is not None)
                    for s in detail.staff),
        checklist=tuple(ChecklistLine(item.label, ANSWERS.get(item.answer, item.answer))
                        for item in detail.checklist),
        findings=tuple(FindingLine(f.finding, f.recommendation, f.deadline)
                       for f in detail.findings),
        notes=detail.notes, inspector_name=detail.inspector_name,
        inspector_nip=detail.inspector_nip or "", team=detail.team, place=city_place(),
        photos=tuple(Picture(p.sha256, p.caption) for p in detail.photos),
        inspector_signature=_picture(signatures.get("ttd_pemeriksa")),
        office_signature=_picture(signatures.get("ttd_kantor")),
        amendments=tuple(AmendmentLine(a.field, a.old_value, a.new_value, a.reason,
                                       _wall(a.at, zone)) for a in detail.amendments),
        printed_at=_wall(printed_at, zone) if printed_at.tzinfo else printed_at,
        images=images)


def _picture(info: AttachmentInfo | None) -> Picture | None:
    return None if info is None else Picture(info.sha256)


def _wall(moment: datetime, zone: ZoneInfo) -> datetime:
    """An instant as the office's wall time, without the zone (the zone is printed)."""
    return moment.astimezone(zone).replace(tzinfo=None)


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return None if moment is None else _wall(moment, zone)


def _visited_place(session: Session, detail: SidakDetail) -> str:
    """How the opening sentence names the place: "Kantor Lurah Simpang IV Sipin,
    Kecamatan Telanaipura"; a unit by its own name."""
    office = find_office(session, detail.visited_office)
    if office is None:
        return detail.visited_name
    if office.level is Level.KELURAHAN:
        place = f"Kantor Lurah {office.name}"
        parent = find_office(session, office.parent_code) if office.parent_code else None
        if parent is not None and parent.level is Level.KECAMATAN:
            place += f", {parent.display_name}"
        return place
    if office.level is Level.KECAMATAN:
        return f"Kantor Camat {office.name}"
    return office.display_name


# --- PDF -----------------------------------------------------------------------------------


def _hhmm(data: BeritaAcaraData, value: datetime) -> str:
    return f"{value:%H.%M} {data.zone}"


def _opening(data: BeritaAcaraData) -> str:
    team = f" bersama {data.team}," if data.team else ""
    return (f"Pada hari ini, {hari(data.day)} tanggal {tanggal(data.day)} pukul "
            f"{data.arrival} {data.zone}, kami yang bertanda tangan di bawah ini, "
            f"{data.inspector_name}, pemeriksa dari {data.issuer_name},{team} telah melakukan "
            f"inspeksi mendadak (sidak) ke {data.visited_place}, dengan hasil sebagai "
            "berikut:")


def _status_text(data: BeritaAcaraData) -> str:
    if not data.final:
        return "Draf: belum ditandatangani kedua pihak; isinya masih dapat berubah."
    text = "Selesai, ditandatangani pemeriksa dan perwakilan kantor"
    if data.finalized_at is not None:
        text += f" ({tanggal(data.finalized_at.date())} pukul {_hhmm(data, data.finalized_at)})"
    return text + "."


def _arrival_pairs(data: BeritaAcaraData) -> list[tuple[str, str]]:
    received = data.received_by or NONE
    if data.received_by and data.received_position:
        received += f" ({data.received_position})"
    inspector = data.inspector_name
    if data.inspector_nip:
        inspector += f", NIP {nip_cetak(data.inspector_nip)}"
    pairs = [
        ("Kantor yang disidak", f"{data.visited_name} ({data.visited_code})"),
        ("Hari, tanggal", hari_tanggal(data.day)),
        ("Jam kedatangan", f"{data.arrival} {data.zone}"),
    ]
    if data.arrival_reason:
        pairs.append(("Alasan jam kedatangan", data.arrival_reason))
    pairs += [
        ("Keadaan kantor saat tiba", data.found),
        ("Diterima oleh", received),
        ("Meja layanan", "Dijaga petugas" if data.desk_staffed else "Tidak dijaga petugas"),
        ("Warga menunggu", f"{data.residents_waiting} orang" if data.residents_waiting
         else "Tidak ada"),
        ("Pemeriksa", inspector),
    ]
    if data.team:
        pairs.append(("Anggota tim", data.team))
    pairs.append(("Status berita acara", _status_text(data)))
    return pairs


def _draft_banner() -> Flowable:
    table = Table([[cell(DRAFT_LABEL.upper(), "C", bold=True, color=WARN, size=12)],
                   [cell("Berita acara ini belum selesai ditandatangani kedua pihak: isinya "
                         "masih dapat berubah dan belum dapat dipakai sebagai bukti.", "C",
                         color=WARN, size=8)]],
                  colWidths=[CONTENT_WIDTH])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, WARN_INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _staff_section(data: BeritaAcaraData) -> list[Flowable]:
    items = heading("B. Kehadiran pegawai")
    if not data.staff:
        return [*items, Paragraph("Daftar pegawai kantor tidak tersedia saat sidak.",
                                  STYLES["body"])]
    widths = [8 * mm, 52 * mm, 42 * mm, 34 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [[str(n), cell(line.name, small="" if line.on_roster else OFF_ROSTER),
             line.position or NONE,
             cell(line.status, bold=line.absent, color=WARN if line.absent else None),
             line.note] for n, line in enumerate(data.staff, start=1)]
    table = data_table([["No", "Nama", "Jabatan", "Keadaan", "Keterangan"]], rows, widths,
                       "CLLLL")
    return [*items, Paragraph(escape(_staff_summary(data)), STYLES["body"]), Spacer(1, 2 * mm),
            table]


def _staff_summary(data: BeritaAcaraData) -> str:
    """The counts over the roster the inspector had on the day (the staff recorded from
    it); people added outside it are counted apart, not as "pegawai dalam daftar"."""
    listed = [line for line in data.staff if line.on_roster]
    others = len(data.staff) - len(listed)
    if listed:
        absent = sum(1 for line in listed if line.absent)
        text = (f"Dari {len(listed)} pegawai dalam daftar, {len(listed) - absent} hadir dan "
                f"{absent} tidak hadir saat pemeriksa tiba.")
    else:
        text = "Daftar pegawai kantor tidak tersedia saat sidak."
    if others:
        text += f" Dicatat juga {others} orang di luar daftar pegawai."
    return text


def _checklist_section(data: BeritaAcaraData) -> list[Flowable]:
    items = heading("C. Daftar periksa standar pelayanan")
    if not data.checklist:
        return [*items, Paragraph("Tidak ada butir daftar periksa.", STYLES["body"])]
    widths = [8 * mm, 0.0, 32 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[str(n), line.label,
             cell(line.answer, "C", bold=line.answer == ANSWERS["tidak"],
                  color=WARN if line.answer == ANSWERS["tidak"] else None)]
            for n, line in enumerate(data.checklist, start=1)]
    return [*items, data_table([["No", "Butir standar pelayanan", "Hasil"]], rows, widths,
                               "CLC")]


def _findings_section(data: BeritaAcaraData) -> list[Flowable]:
    items = heading("D. Temuan dan rekomendasi")
    if not data.findings:
        return [*items, Paragraph("Tidak ada temuan.", STYLES["body"])]
    widths = [8 * mm, 0.0, 0.0, 30 * mm]
    widths[1] = widths[2] = (CONTENT_WIDTH - sum(widths)) / 2
    rows = [[str(n), line.finding, line.recommendation or NONE,
             tanggal(line.deadline) if line.deadline else NONE]
            for n, line in enumerate(data.findings, start=1)]
    return [*items, data_table([["No", "Temuan", "Rekomendasi", "Batas tindak lanjut"]], rows,
                               widths, "CLLC")]


def _scaled(data: bytes, max_width: float, max_height: float) -> Image:
    """An image as large as fits the box, keeping its proportions."""
    width, height = ImageReader(io.BytesIO(data)).getSize()
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width * scale, height * scale)


def _signature_box(data: BeritaAcaraData, picture: Picture | None) -> Flowable:
    if picture is not None and picture.sha256 in data.images:
        image = _scaled(data.images[picture.sha256], SIGNATURE_WIDTH, SIGNATURE_HEIGHT)
        image.hAlign = "CENTER"
        return image
    text = "(tanda tangan tidak tersedia)" if picture is not None else "(belum ditandatangani)"
    box = Table([[cell(text, "C", color="#555555")]], colWidths=[SIGNATURE_WIDTH],
                rowHeights=[SIGNATURE_HEIGHT])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return box


def _signatures(data: BeritaAcaraData, closing: str) -> Flowable:
    """Two boxes: the office's representative on the left, the inspector on the right
    under the place and date, each with the drawn signature over the name. The closing
    sentence stays on their page."""
    sign, name = STYLES["sign"], STYLES["sign_name"]

    def person(text: str) -> Paragraph:
        return (Paragraph(f"<u>{escape(text)}</u>", name) if text
                else Paragraph("(" + "." * 40 + ")", sign))

    office_role = "Perwakilan kantor yang disidak,"
    if data.received_position:
        office_role = f"{data.received_position},"
    rows = [
        ["", Paragraph(escape(f"{data.place}, {tanggal(data.day)}"), sign)],
        [Paragraph(escape(office_role), sign), Paragraph("Pemeriksa,", sign)],
        [_signature_box(data, data.office_signature),
         _signature_box(data, data.inspector_signature)],
        [person(data.received_by), person(data.inspector_name)],
        [Paragraph(escape(data.visited_name), sign),
         Paragraph(escape(f"NIP. {nip_cetak(data.inspector_nip)}") if data.inspector_nip
                   else escape(data.issuer_name), sign)],
    ]
    half = CONTENT_WIDTH / 2
    table = Table(rows, colWidths=[half, half])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 2), (-1, 2), 3),
        ("BOTTOMPADDING", (0, 2), (-1, 2), 3),
    ]))
    items: list[Flowable] = [Paragraph(escape(closing), STYLES["body"]), Spacer(1, 6 * mm),
                             table]
    if not data.final:
        items += [Spacer(1, 2 * mm), Paragraph(
            f'<font color="{WARN}"><b>{escape(DRAFT_LABEL)}</b></font>', sign)]
    return KeepTogether(items)


def _photo_section(data: BeritaAcaraData) -> list[Flowable]:
    """Two photos a row, each centred in a box of the same height so that the captions
    of a row line up whatever the photos' shapes."""
    items = [Spacer(1, 4 * mm),
             *heading("Lampiran: dokumentasi foto", room=PHOTO_HEIGHT + 25 * mm)]
    column = CONTENT_WIDTH / 2
    cells: list[Flowable] = []
    for number, photo in enumerate(data.photos, start=1):
        caption = f"Foto {number}" + (f". {photo.caption}" if photo.caption else "")
        if photo.sha256 in data.images:
            picture: Flowable = _scaled(data.images[photo.sha256], column - 6 * mm,
                                        PHOTO_HEIGHT)
        else:
            picture = cell("(foto tidak tersedia di data ini)", "C", color="#555555")
        frame = Table([[picture], [cell(caption, "C", size=8)]],
                      colWidths=[column - 4 * mm], rowHeights=[PHOTO_HEIGHT + 2 * mm, None])
        frame.setStyle(TableStyle([
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (0, 1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        cells.append(frame)
    rows = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    grid = Table(rows, colWidths=[column, column])
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
    ]))
    return [*items, grid]


def _amendment_section(data: BeritaAcaraData) -> list[Flowable]:
    widths = [8 * mm, 30 * mm, 0.0, 0.0, 36 * mm, 21 * mm]
    widths[2] = widths[3] = (CONTENT_WIDTH - sum(widths)) / 2
    rows = [[str(n), line.subject, line.old or NONE, line.new or NONE, line.reason,
             cell(tanggal_pendek(line.at.date()), small=_hhmm(data, line.at))]
            for n, line in enumerate(data.amendments, start=1)]
    table = data_table([["No", "Perihal", "Semula", "Menjadi", "Alasan perubahan", "Waktu"]],
                       rows, widths, "CLLLLL")
    return [*heading(AMENDMENTS_TITLE), table, note(
        "Perubahan yang dicatat setelah berita acara ditandatangani atau dikirim ke kota. "
        "Isi berita acara di atas memuat nilai yang berlaku sekarang; nilai semula tetap "
        "tersimpan beserta alasannya.")]


def write_berita_acara_pdf(data: BeritaAcaraData, path: Path) -> Path:
    """The A4 berita acara; written to a temporary file and renamed into place."""
    story: list[Flowable] = [
        Paragraph(escape(TITLE), STYLES["title"]),
        Paragraph(escape(f"Nomor: {data.number}"), STYLES["subtitle"]),
        Spacer(1, 4 * mm),
    ]
    if not data.final:
        story += [_draft_banner(), Spacer(1, 4 * mm)]
    story += [
        Paragraph(escape(_opening(data)), STYLES["body"]),
        *heading("A. Keadaan saat pemeriksa tiba"),
        key_value_table(_arrival_pairs(data), label_width=44 * mm),
        *_staff_section(data),
        *_checklist_section(data),
        *_findings_section(data),
    ]
    if data.notes:
        story += [*heading("E. Catatan lain"), Paragraph(escape(data.notes), STYLES["body"])]
    closing = ("Demikian berita acara ini dibuat dengan sebenarnya pada hari, tanggal dan jam "
               "tersebut di atas, untuk dipergunakan sebagaimana mestinya.")
    if data.photos:
        closing += f" Dokumentasi foto ({len(data.photos)} foto) terlampir."
    story += [Spacer(1, 3 * mm), _signatures(data, closing)]
    if data.photos:
        story += _photo_section(data)
    if data.amendments:
        story += _amendment_section(data)
    draft = "" if data.final else f" — {DRAFT_LABEL}"
    write_pdf(path, PdfReport(
        title=f"Berita acara sidak {data.number}{' (draf)' if not data.final else ''}",
        running_head=f"Berita acara sidak {data.number} — {data.visited_name}{draft}",
        letterhead=data.letterhead, code=data.code, qr_payload=data.qr_payload,
        printed_on=data.printed_at.date(),
        subject=f"Sidak {data.visited_name} {tanggal(data.day)}"), story)
    return path


def write_berita_acara(session: Session, visit_id: str, out: Path, printed_at: datetime
                       ) -> Path:
    """Gather and write the berita acara of `visit_id` (an id or a number) to `out`."""
    return write_berita_acara_pdf(berita_acara_data(session, visit_id, printed_at), out)

