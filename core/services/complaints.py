"""Pengaduan: complaints about an office or one of its officials, and the three-report rule.

Complaints are registered and handled at the city hub (admin, operator; owned by the city)
or at a kecamatan office (head, operator; owned by the kecamatan, about the kecamatan
itself and its kelurahan). A kelurahan office and the inspector's laptop do not record
complaints.

A complaint names its source (LAPOR!/SP4N, WhatsApp, walk-in, a sidak finding), its
category, the office complained about and, when known, the reported official: a member of
that office's roster or a name as given (kept, and shown as "di luar daftar pegawai").

Handling, each step a `ComplaintEvent` kept as recorded: diterima → verified (diverifikasi,
or tidak_valid, which ends it) → ditindaklanjuti → selesai. A step out of order is refused;
the last step can be undone with a reason (the events stay, a "dibatalkan" event is
added). Deadlines are working days counted from the day the complaint was received (rule
`complaint_deadline_days`, default 3 / 5 / 10), on the handling office's calendar
(core.services.calendar: its schedule's days minus national and city holidays).

The complainant's contact is a device-local column (`Complaint.__local_columns__`): it
never enters the change log, a bundle, a listing or a report; only the hub's admin and a
kecamatan head may read it, one complaint at a time (`complainant_contact`).

The three-report rule: per reported official, the verified pungli complaints received in
the last `rotation_window_months` months (default 12) are counted, reports of the same
event linked as duplicates counting once; at `rotation_threshold` (default 3) an alert
("rekomendasi rotasi") stands until a person records a decision covering those complaints.
The program never decides.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.attachments import attachments_of, prepare_file, store
from core.changelog import lock_head
from core.context import UnitOfWork
from core.errors import NotFound, PermissionDenied, ValidationError
from core.formatting import tanggal
from core.roles import Actor, Mode, Role, require_role
from core.services.calendar import Calendar
from core.services.month_lock import months_before
from core.services.offices import Level, OfficeInfo, find_office, office_info
from core.services.rules import rule
from core.services.sidak import AttachmentInfo
from db.models import (
    Attachment,
    Complaint,
    ComplaintEvent,
    Office,
    RotationDecision,
    SidakVisit,
    Staff,
    User,
)

SOURCES = {
    "lapor": "LAPOR!/SP4N",
    "whatsapp": "WhatsApp",
    "langsung": "Datang langsung",
    "sidak": "Temuan sidak",
}
CATEGORIES = {
    "pungli": "Pungutan liar (pungli)",
    "jam_layanan": "Kantor tutup atau terlambat buka",
    "pelayanan": "Pelayanan lambat atau tidak ramah",
    "lainnya": "Lainnya",
}
STATUS_LABELS = {
    "diterima": "Diterima",
    "diverifikasi": "Diverifikasi",
    "tidak_valid": "Tidak valid",
    "ditindaklanjuti": "Ditindaklanjuti",
    "selesai": "Selesai",
}
EVENT_LABELS = {
    "diterima": "Diterima",
    "valid": "Diverifikasi: valid",
    "tidak_valid": "Diverifikasi: tidak valid",
    "tindak_lanjut": "Ditindaklanjuti",
    "selesai": "Selesai",
    "dibatalkan": "Langkah dibatalkan",
    "dikoreksi": "Data dikoreksi",
    "ditautkan": "Ditautkan sebagai laporan ganda",
    "dilepas": "Tautan laporan ganda dilepas",
}
DECISION_LABELS = {
    "rotasi": "Rotasi",
    "tidak_rotasi": "Tidak dirotasi",
    "ditunda": "Ditunda",
}
# Statuses of a complaint found true; the ones still being handled.
VERIFIED = ("diverifikasi", "ditindaklanjuti", "selesai")
OPEN = ("diterima", "diverifikasi", "ditindaklanjuti")
OUTSIDE_ROSTER = "di luar daftar pegawai"
COMPLAINT = "complaint"
EVIDENCE = "bukti"
EARLIEST = date(2020, 1, 1)
MIN_NOTE = 5
MIN_DESCRIPTION = 10
MAX_EVIDENCE_FILES = 20
NUMBER_KIND = "PENGADUAN"
_NOT_NAME = re.compile(r"[^\w ]+")


@dataclass
class ComplaintInput:
    """What is registered. `received_on` None means today; the reported official is
    `staff_id` (from the subject office's roster) or a free `official_name`."""

    source: str
    category: str
    subject_office: str
    description: str
    received_on: date | None = None
    staff_id: str | None = None
    official_name: str = ""
    official_position: str = ""
    complainant_contact: str = ""
    sidak_visit_id: str | None = None


@dataclass(frozen=True)
class ComplaintDeadlines:
    """Working-day deadlines of a complaint and where its current step stands on `today`.
    `due` is None once handling has ended (selesai, tidak valid) and for a linked
    duplicate, which is handled with the report it duplicates."""

    verify_by: date
    follow_up_by: date
    close_by: date
    step: str | None  # verifikasi | tindak_lanjut | selesai
    due: date | None
    overdue: bool
    days_overdue: int  # working days after `due` up to today


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    number: str
    owner_office: str
    owner_name: str
    received_on: date
    source: str
    category: str
    subject_office: str
    subject_name: str
    staff_id: str | None
    official_name: str
    official_position: str
    status: str
    duplicate_of: str | None
    duplicate_of_number: str
    deadlines: ComplaintDeadlines

    @property
    def outside_roster(self) -> bool:
        """A named official who is not from the office's roster."""
        return self.staff_id is None and bool(self.official_name)

    @property
    def official_label(self) -> str:
        if self.outside_roster:
            return f"{self.official_name} ({OUTSIDE_ROSTER})"
        return self.official_name

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def overdue(self) -> bool:
        return self.deadlines.overdue


@dataclass(frozen=True)
class EventInfo:
    id: str
    kind: str
    day: date
    note: str
    actor_name: str

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    description: str
    sidak_visit_id: str | None
    verified_on: date | None
    followed_up_on: date | None
    closed_on: date | None
    duplicates: list[tuple[str, str]]  # (id, number) of the reports linked to this one
    events: list[EventInfo]
    evidence: list[AttachmentInfo]
    rev: int


@dataclass(frozen=True)
class OfficeComplaints:
    """Complaints about one office, for the city dashboard. Linked duplicates count once."""

    office_code: str
    received: int  # received in the period
    open: int  # still being handled now
    overdue: int  # past the current step's deadline now
    pungli_verified: int  # verified pungli received in the period


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    official_key: str
    decision: str
    note: str
    decided_on: date
    decided_by: str
    complaint_ids: tuple[str, ...]
    complaint_count: int
    official_name: str = ""
    subject_office: str = ""

    @property
    def label(self) -> str:
        return DECISION_LABELS.get(self.decision, self.decision)


@dataclass(frozen=True)
class RotationAlert:
    """A standing "rekomendasi rotasi": the official reached the threshold and no decision
    covers every complaint counted."""

    official_key: str
    official_name: str
    position: str
    subject_office: str
    subject_name: str
    count: int  # reports, a linked duplicate group counting once
    complaint_ids: tuple[str, ...]
    numbers: tuple[str, ...]
    first_received: date
    last_received: date
    latest_decision: DecisionInfo | None


# --- who may write ---------------------------------------------------------------------------

def _writer(uow: UnitOfWork) -> OfficeInfo:
    """The hub (admin, operator) or a kecamatan office (head, operator); the office that
    registers and handles."""
    mode = uow.device.mode
    office = find_office(uow.session, uow.device.office_code)
    if mode is Mode.INSPECTOR:
        raise PermissionDenied("Pengaduan dicatat di kota atau di kantor kecamatan, bukan di "
                               "laptop pemeriksa.")
    if mode is Mode.OFFICE and (office is None or office.level is not Level.KECAMATAN):
        raise PermissionDenied("Pengaduan dicatat di kota atau di kantor kecamatan, bukan di "
                               "kantor kelurahan.")
    if office is None:
        raise NotFound(f"Kantor {uow.device.office_code} tidak terdaftar.")
    require_role(uow.actor, *((Role.ADMIN, Role.OPERATOR) if mode is Mode.HUB
                              else (Role.HEAD, Role.OPERATOR)))
    return office


def _actor_name(uow: UnitOfWork) -> str:
    user = uow.session.get(User, uow.actor.user_id) if uow.actor.user_id else None
    return user.full_name if user is not None else uow.actor.username


def _complaint(session: Session, complaint_id: str) -> Complaint:
    row = session.get(Complaint, complaint_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Pengaduan tidak ditemukan.")
    return row


def _own(uow: UnitOfWork, complaint_id: str) -> Complaint:
    """A complaint this installation handles (the only one that may write it)."""
    _writer(uow)
    row = _complaint(uow.session, complaint_id)
    if row.office_code != uow.device.office_code or row.origin_device != uow.device.id:
        owner = find_office(uow.session, row.office_code)
        name = owner.display_name if owner is not None else row.office_code
        raise PermissionDenied(f"Pengaduan {row.number} ditangani {name}; langkahnya dicatat "
                               "di sana.")
    return row


def _event(uow: UnitOfWork, row: Complaint, kind: str, note: str) -> ComplaintEvent:
    return uow.add(ComplaintEvent(complaint_id=row.id, kind=kind, day=uow.today, note=note,
                                  actor_name=_actor_name(uow)), office_code=row.office_code)


# --- registration ------------------------------------------------------------------------------

def _line(value: str | None, limit: int) -> str:
    return " ".join((value or "").split())[:limit]


def _subject(session: Session, writer: OfficeInfo, code: str) -> OfficeInfo:
    """The office complained about: any office at the city; at a kecamatan, itself or one
    of its kelurahan."""
    code = (code or "").strip()
    if not code:
        raise ValidationError("Pilih kantor yang diadukan.", "subject_office")
    row = session.scalars(select(Office).where(Office.code == code,
                                               Office.deleted_at.is_(None))).one_or_none()
    if row is None:
        raise ValidationError(f"Kantor {code} tidak terdaftar.", "subject_office")
    office = office_info(row)
    if writer.level is Level.KECAMATAN and code != writer.code and \
            office.parent_code != writer.code:
        raise ValidationError(
            f"{writer.display_name} hanya mencatat pengaduan tentang kantornya sendiri dan "
            f"kelurahannya; {office.display_name} bukan salah satunya.", "subject_office")
    return office


def _official(session: Session, office: OfficeInfo, data: ComplaintInput
              ) -> tuple[str | None, str, str]:
    """(staff_id, name, position): a roster member's own name and position, or the name
    as given (which may be empty: a complaint about the office)."""
    if data.staff_id:
        staff = session.get(Staff, data.staff_id)
        if staff is None or staff.deleted_at is not None or staff.office_code != office.code:
            raise ValidationError(
                f"Pegawai yang dipilih tidak ada di daftar pegawai {office.display_name}. "
                "Pilih dari daftar pegawai kantor itu, atau tulis namanya saja.", "staff_id")
        return staff.id, staff.name, staff.position
    return None, _line(data.official_name, 200), _line(data.official_position, 200)


def _sidak_visit(session: Session, data: ComplaintInput, office: OfficeInfo) -> str | None:
    if not data.sidak_visit_id:
        return None
    if data.source != "sidak":
        raise ValidationError("Sidak hanya disebut untuk pengaduan dari temuan sidak.",
                              "sidak_visit_id")
    visit = session.get(SidakVisit, data.sidak_visit_id)
    if visit is None or visit.deleted_at is not None:
        raise ValidationError("Sidak yang disebut tidak ditemukan di sini.", "sidak_visit_id")
    if visit.visited_office != office.code:
        raise ValidationError(f"Sidak {visit.number} bukan di {office.display_name}.",
                              "sidak_visit_id")
    return visit.id


def _clean(session: Session, writer: OfficeInfo, data: ComplaintInput, today: date
           ) -> dict[str, Any]:
    """The column values of a valid complaint; `ValidationError` naming the first field
    that breaks a rule."""
    if data.source not in SOURCES:
        raise ValidationError(f"Pilih sumber pengaduan ({', '.join(SOURCES.values())}).",
                              "source")
    if data.category not in CATEGORIES:
        raise ValidationError("Pilih kategori pengaduan (pungli, jam layanan, pelayanan, "
                              "lainnya).", "category")
    office = _subject(session, writer, data.subject_office)
    received = data.received_on or today
    if received > today:
        raise ValidationError(f"Tanggal diterima ({tanggal(received)}) tidak boleh di masa "
                              "depan.", "received_on")
    if received < EARLIEST:
        raise ValidationError(f"Tanggal diterima ({tanggal(received)}) tidak boleh sebelum "
                              f"{tanggal(EARLIEST)}.", "received_on")
    staff_id, name, position = _official(session, office, data)
    description = (data.description or "").strip()[:8000]
    if len(description) < MIN_DESCRIPTION:
        raise ValidationError(f"Uraian pengaduan wajib diisi (minimal {MIN_DESCRIPTION} "
                              "huruf).", "description")
    return {
        "source": data.source, "category": data.category, "subject_office": office.code,
        "received_on": received, "staff_id": staff_id, "official_name": name,
        "official_position": position, "description": description,
        "complainant_contact": (data.complainant_contact or "").strip()[:500],
        "sidak_visit_id": _sidak_visit(session, data, office),
    }


def _next_number(session: Session, owner: str, year: int) -> str:
    """NNN/PENGADUAN/<owner>/<year>: one more than the highest of that owner and year
    (the caller holds the change-log head, so no other writer takes the same number)."""
    suffix = f"/{NUMBER_KIND}/{owner}/{year}"
    numbers = session.scalars(select(Complaint.number).where(
        Complaint.office_code == owner, Complaint.number.like(f"%{suffix}")))
    highest = max((int(n.split("/", 1)[0]) for n in numbers
                   if n.split("/", 1)[0].isdigit()), default=0)
    return f"{highest + 1:03d}{suffix}"


def register_complaint(uow: UnitOfWork, data: ComplaintInput) -> Complaint:
    """Register a complaint (hub: admin or operator; kecamatan: head or operator), numbered
    per owner and year of receipt, with its first event "diterima"."""
    writer = _writer(uow)
    values = _clean(uow.session, writer, data, uow.today)
    lock_head(uow.session, uow.device.id)  # numbers are taken one writer at a time
    number = _next_number(uow.session, uow.device.office_code, values["received_on"].year)
    row = uow.add(Complaint(number=number, status="diterima", **values))
    _event(uow, row, "diterima", f"Sumber: {SOURCES[row.source]}")
    return row


# --- handling steps ----------------------------------------------------------------------------

_ORDER = ("diterima", "diverifikasi", "ditindaklanjuti", "selesai")
_NEEDED = {"diverifikasi": "verifikasi dulu", "ditindaklanjuti": "catat tindak lanjutnya dulu"}
# The status a step leaves, back one step, and the date column it set.
_PREVIOUS = {
    "diverifikasi": ("diterima", "verified_on"),
    "tidak_valid": ("diterima", "verified_on"),
    "ditindaklanjuti": ("diverifikasi", "followed_up_on"),
    "selesai": ("ditindaklanjuti", "closed_on"),
}


def _note(text: str, what: str) -> str:
    note = " ".join((text or "").split())[:4000]
    if len(note) < MIN_NOTE:
        raise ValidationError(f"{what} wajib diisi (minimal {MIN_NOTE} huruf).", "note")
    return note


def _expect(row: Complaint, status: str, step: str) -> None:
    """Refuse a step that does not follow from the complaint's status."""
    if row.status == status:
        return
    label = STATUS_LABELS.get(row.status, row.status).lower()
    if row.status == "tidak_valid":
        raise ValidationError(f"Pengaduan {row.number} dinyatakan tidak valid: {step} tidak "
                              "dapat dicatat (batalkan verifikasinya dulu bila keliru).",
                              "status")
    if _ORDER.index(row.status) < _ORDER.index(status):
        raise ValidationError(f"Pengaduan {row.number} masih berstatus {label}: "
                              f"{_NEEDED[status]} sebelum {step}.", "status")
    raise ValidationError(f"Pengaduan {row.number} sudah berstatus {label}: {step} tidak "
                          "dapat dicatat lagi (batalkan langkah terakhir dulu bila keliru).",
                          "status")


def _step(uow: UnitOfWork, complaint_id: str, expected: str, what: str, note: str,
          status: str, column: str, kind: str) -> None:
    """One handling step: from `expected` to `status` today, with its event and note."""
    row = _own(uow, complaint_id)
    _expect(row, expected, what.lower())
    text = _note(note, f"Catatan {what.lower()}")
    uow.update(row, status=status, **{column: uow.today})
    _event(uow, row, kind, text)


def verify(uow: UnitOfWork, complaint_id: str, valid: bool, note: str) -> None:
    """Verification: the complaint is found true (diverifikasi) or not (tidak_valid, which
    ends its handling)."""
    _step(uow, complaint_id, "diterima", "Verifikasi", note,
          "diverifikasi" if valid else "tidak_valid", "verified_on",
          "valid" if valid else "tidak_valid")


def follow_up(uow: UnitOfWork, complaint_id: str, note: str) -> None:
    """What was done about a verified complaint."""
    _step(uow, complaint_id, "diverifikasi", "Tindak lanjut", note, "ditindaklanjuti",
          "followed_up_on", "tindak_lanjut")


def close(uow: UnitOfWork, complaint_id: str, note: str) -> None:
    """The complaint is settled after its follow-up."""
    _step(uow, complaint_id, "ditindaklanjuti", "Penyelesaian", note, "selesai", "closed_on",
          "selesai")


def undo_last_step(uow: UnitOfWork, complaint_id: str, reason: str) -> None:
    """Take back the last step (status back one step); its event stays, with a
    "dibatalkan" event saying why."""
    row = _own(uow, complaint_id)
    if row.status not in _PREVIOUS:
        raise ValidationError(f"Pengaduan {row.number} belum punya langkah yang dapat "
                              "dibatalkan.", "status")
    why = _note(reason, "Alasan pembatalan")
    previous, column = _PREVIOUS[row.status]
    undone = STATUS_LABELS[row.status]
    uow.update(row, status=previous, **{column: None})
    _event(uow, row, "dibatalkan", f"{undone} dibatalkan: {why}")


# --- corrections -------------------------------------------------------------------------------

FIELD_LABELS = {
    "source": "Sumber", "category": "Kategori", "subject_office": "Kantor diadukan",
    "received_on": "Tanggal diterima", "staff_id": "Pegawai (daftar)",
    "official_name": "Nama pegawai dilaporkan", "official_position": "Jabatan",
    "description": "Uraian", "complainant_contact": "Kontak pelapor",
    "sidak_visit_id": "Sidak",
}


def _input_of(row: Complaint) -> ComplaintInput:
    names = {f.name for f in fields(ComplaintInput)}
    return ComplaintInput(**{name: getattr(row, name) for name in names})


def _shown(column: str, value: Any) -> str:
    if isinstance(value, date):
        return tanggal(value)
    if column == "source":
        return SOURCES.get(str(value), str(value))
    if column == "category":
        return CATEGORIES.get(str(value), str(value))
    return "" if value is None else str(value)


def correct(uow: UnitOfWork, complaint_id: str, reason: str, **changes: Any) -> list[str]:
    """Fix a registration mistake (fields of `ComplaintInput`), with a reason. The old
    values go into a "dikoreksi" event, except the complainant's contact (only that it
    changed). The number stays. Returns the labels of the fields changed."""
    row = _own(uow, complaint_id)
    unknown = sorted(set(changes) - set(FIELD_LABELS))
    if unknown:
        raise ValidationError(f"Tidak dapat dikoreksi: {', '.join(unknown)}.", unknown[0])
    why = _note(reason, "Alasan koreksi")
    data = _input_of(row)
    for key, value in changes.items():
        setattr(data, key, value)
    if "staff_id" in changes and changes["staff_id"] is None and "official_name" not in changes:
        data.official_name = data.official_position = ""
    values = _clean(uow.session, _writer(uow), data, uow.today)
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    if not changed:
        return []
    if "subject_office" in changed and (row.duplicate_of or _duplicates(uow.session, row.id)):
        raise ValidationError("Pengaduan ini tertaut dengan laporan ganda: lepaskan tautannya "
                              "dulu sebelum mengganti kantor yang diadukan.", "subject_office")
    lines = [f"{FIELD_LABELS[key]} diubah" if key == "complainant_contact" else
             f"{FIELD_LABELS[key]}: {_shown(key, getattr(row, key))} → {_shown(key, value)}"
             for key, value in changed.items()]
    uow.update(row, **changed)
    _event(uow, row, "dikoreksi", f"{why}. " + "; ".join(lines))
    return [FIELD_LABELS[key] for key in changed]


# --- duplicates ------------------------------------------------------------------------------

def _duplicates(session: Session, complaint_id: str) -> list[Complaint]:
    return list(session.scalars(select(Complaint).where(
        Complaint.duplicate_of == complaint_id, Complaint.deleted_at.is_(None))
        .order_by(Complaint.received_on, Complaint.number)))


def _root(session: Session, row: Complaint) -> Complaint:
    """The first report of a duplicate group (rows written elsewhere could chain)."""
    seen = {row.id}
    while row.duplicate_of is not None:
        parent = session.get(Complaint, row.duplicate_of)
        if parent is None or parent.deleted_at is not None or parent.id in seen:
            break
        seen.add(parent.id)
        row = parent
    return row


def link_duplicate(uow: UnitOfWork, complaint_id: str, of_id: str, note: str = "") -> None:
    """Mark a complaint as another report of the same event (another channel): it then
    counts once, with the group's first report. Links always go to that first report."""
    row = _own(uow, complaint_id)
    target = _complaint(uow.session, of_id)
    root = _root(uow.session, target)
    if root.id == row.id:
        raise ValidationError("Pengaduan tidak dapat menjadi laporan ganda dirinya sendiri.",
                              "duplicate_of")
    if row.duplicate_of is not None:
        linked = uow.session.get(Complaint, row.duplicate_of)
        raise ValidationError(
            f"Pengaduan {row.number} sudah ditautkan ke "
            f"{linked.number if linked else row.duplicate_of}; lepaskan tautan itu dulu.",
            "duplicate_of")
    children = _duplicates(uow.session, row.id)
    if children:
        raise ValidationError(
            f"Pengaduan {row.number} sudah menjadi laporan pertama bagi "
            f"{', '.join(c.number for c in children)}; tautkan {root.number} ke "
            f"{row.number} saja.", "duplicate_of")
    if root.subject_office != row.subject_office:
        raise ValidationError(
            f"Laporan ganda harus tentang kantor yang sama ({row.subject_office} dan "
            f"{root.subject_office}).", "duplicate_of")
    uow.update(row, duplicate_of=root.id)
    text = " ".join((note or "").split())[:4000]
    _event(uow, row, "ditautkan", f"Laporan yang sama dengan {root.number}"
           + (f": {text}" if text else ""))


def unlink_duplicate(uow: UnitOfWork, complaint_id: str, reason: str) -> None:
    """Take a complaint out of its duplicate group (it counts on its own again)."""
    row = _own(uow, complaint_id)
    if row.duplicate_of is None:
        raise ValidationError(f"Pengaduan {row.number} tidak ditautkan ke laporan lain.",
                              "duplicate_of")
    why = _note(reason, "Alasan melepas tautan")
    linked = uow.session.get(Complaint, row.duplicate_of)
    uow.update(row, duplicate_of=None)
    _event(uow, row, "dilepas",
           f"Dilepas dari {linked.number if linked else row.duplicate_of}: {why}")


# --- evidence ----------------------------------------------------------------------------------

def add_evidence(uow: UnitOfWork, complaint_id: str, path: Path, caption: str = ""
                 ) -> Attachment:
    """Attach an evidence file (a picture, a PDF, a screenshot of a chat); the size limit
    of `core.attachments.prepare_file` applies (checked before the file is read)."""
    row = _own(uow, complaint_id)
    files = attachments_of(uow.session, COMPLAINT, [row.id], [EVIDENCE])
    if len(files) >= MAX_EVIDENCE_FILES:
        raise ValidationError(f"Paling banyak {MAX_EVIDENCE_FILES} berkas bukti per "
                              "pengaduan.", "evidence")
    prepared = prepare_file(Path(path))
    if any(f.sha256 == prepared.sha256 for f in files):
        raise ValidationError(f"Berkas yang sama sudah dilampirkan ({prepared.file_name}).",
                              "evidence")
    return store(uow, prepared, COMPLAINT, row.id, EVIDENCE, caption)


# --- working-day deadlines -------------------------------------------------------------------

class WorkingDays:
    """Working days of the office that handles complaints: its schedule's days minus
    national and city holidays (`core.services.calendar.Calendar`). A day the city left
    without any schedule counts by the weekday (Monday–Friday)."""

    def __init__(self, session: Session, office_code: str, start: date, end: date) -> None:
        self._session = session
        self._office = office_code
        self._load(start, end)

    def _load(self, start: date, end: date) -> None:
        self._start, self._end = start, end
        self._calendar = Calendar(self._session, self._office, start, end)

    def is_working(self, day: date) -> bool:
        if not self._start <= day <= self._end:
            self._load(min(day, self._start), max(day, self._end) + timedelta(days=120))
        found = self._calendar.rule(day)
        if found.off_reason == "tanpa jadwal":
            return day.isoweekday() <= 5
        return found.is_working

    def add(self, start: date, count: int) -> date:
        """The `count`-th working day after `start`."""
        day = start
        while count > 0:
            day += timedelta(days=1)
            if self.is_working(day):
                count -= 1
        return day

    def between(self, after: date, until: date) -> int:
        """Working days after `after`, up to and including `until`."""
        days, day = 0, after + timedelta(days=1)
        while day <= until:
            days += self.is_working(day)
            day += timedelta(days=1)
        return days


_STEP_OF = {"diterima": "verifikasi", "diverifikasi": "tindak_lanjut",
            "ditindaklanjuti": "selesai"}


class _Deadlines:
    """Deadlines of many complaints, one calendar per handling office."""

    def __init__(self, session: Session, today: date) -> None:
        self.session, self.today = session, today
        days = rule(session, "complaint_deadline_days")
        self.days = {step: int(days[step]) for step in ("verifikasi", "tindak_lanjut",
                                                        "selesai")}
        self.calendars: dict[str, WorkingDays] = {}

    def _calendar(self, row: Complaint) -> WorkingDays:
        calendar = self.calendars.get(row.office_code)
        if calendar is None:
            calendar = self.calendars[row.office_code] = WorkingDays(
                self.session, row.office_code, min(row.received_on, self.today),
                max(row.received_on, self.today) + timedelta(days=120))
        return calendar

    def of(self, row: Complaint) -> ComplaintDeadlines:
        calendar = self._calendar(row)
        by = {step: calendar.add(row.received_on, count) for step, count in self.days.items()}
        step = _STEP_OF.get(row.status) if row.duplicate_of is None else None
        due = by[step] if step is not None else None
        late = calendar.between(due, self.today) if due is not None and self.today > due else 0
        return ComplaintDeadlines(by["verifikasi"], by["tindak_lanjut"], by["selesai"], step,
                                  due, due is not None and self.today > due, late)

    def overdue(self, row: Complaint) -> bool:
        """Whether the current step is past its due date (`of(row).overdue`, without
        counting the working days late, a walk over every day since)."""
        step = _STEP_OF.get(row.status) if row.duplicate_of is None else None
        if step is None:
            return False
        return self.today > self._calendar(row).add(row.received_on, self.days[step])


def deadlines(session: Session, complaint: Complaint, today: date) -> ComplaintDeadlines:
    """Verify by, follow up by and close by (working days from the day received), and
    whether the current step is overdue on `today`."""
    return _Deadlines(session, today).of(complaint)


# --- reading -----------------------------------------------------------------------------------

def _office_names(session: Session) -> dict[str, OfficeInfo]:
    return {row.code: office_info(row) for row in session.scalars(select(Office))}


def _row(row: Complaint, offices: dict[str, OfficeInfo], numbers: dict[str, str],
         due: ComplaintDeadlines) -> ComplaintRow:
    def name(code: str) -> str:
        office = offices.get(code)
        return office.display_name if office is not None else code

    return ComplaintRow(
        row.id, row.number, row.office_code, name(row.office_code), row.received_on,
        row.source, row.category, row.subject_office, name(row.subject_office), row.staff_id,
        row.official_name, row.official_position, row.status, row.duplicate_of,
        numbers.get(row.duplicate_of, "") if row.duplicate_of else "", due)


def _live(session: Session) -> list[Complaint]:
    return list(session.scalars(select(Complaint).where(Complaint.deleted_at.is_(None))))


def list_complaints(session: Session, today: date, *, office: str | None = None,
                    kecamatan: str | None = None, status: str | None = None,
                    category: str | None = None, overdue_only: bool = False
                    ) -> list[ComplaintRow]:
    """Complaints held here, newest received first. `office`: about that office;
    `kecamatan`: about the kecamatan or one of its kelurahan. Never the contact."""
    offices = _office_names(session)
    rows = _live(session)
    numbers = {row.id: row.number for row in rows}
    due = _Deadlines(session, today)
    result = []
    for row in rows:
        subject = offices.get(row.subject_office)
        if office and row.subject_office != office:
            continue
        if kecamatan and row.subject_office != kecamatan and (
                subject is None or subject.parent_code != kecamatan):
            continue
        if (status and row.status != status) or (category and row.category != category):
            continue
        item = _row(row, offices, numbers, due.of(row))
        if overdue_only and not item.overdue:
            continue
        result.append(item)
    result.sort(key=lambda r: (r.received_on, r.number), reverse=True)
    return result


def complaint_detail(session: Session, complaint_id: str, today: date) -> ComplaintDetail:
    """One complaint with its events (oldest first), evidence and linked reports; never
    the contact."""
    row = _complaint(session, complaint_id)
    parent = session.get(Complaint, row.duplicate_of) if row.duplicate_of else None
    numbers = {parent.id: parent.number} if parent is not None else {}
    events = session.scalars(select(ComplaintEvent).where(
        ComplaintEvent.complaint_id == row.id, ComplaintEvent.deleted_at.is_(None))
        .order_by(ComplaintEvent.created_at, ComplaintEvent.id))
    evidence = attachments_of(session, COMPLAINT, [row.id], [EVIDENCE])
    return ComplaintDetail(
        row=_row(row, _office_names(session), numbers, deadlines(session, row, today)),
        description=row.description, sidak_visit_id=row.sidak_visit_id,
        verified_on=row.verified_on, followed_up_on=row.followed_up_on,
        closed_on=row.closed_on,
        duplicates=[(c.id, c.number) for c in _duplicates(session, row.id)],
        events=[EventInfo(e.id, e.kind, e.day, e.note, e.actor_name) for e in events],
        evidence=[AttachmentInfo(a.id, a.kind, a.sha256, a.file_name, a.mime, a.size,
                                 a.caption) for a in evidence],
        rev=row.rev)


def complainant_contact(session: Session, actor: Actor, complaint_id: str) -> str:
    """The complainant's contact, for the hub's admin or a kecamatan head only (empty when
    none was given, or when the complaint was registered on another installation: the
    contact never leaves the one that registered it)."""
    office = find_office(session, actor.office_code)
    allowed = actor.role is Role.ADMIN or (
        actor.role is Role.HEAD and office is not None and office.level is Level.KECAMATAN)
    if not allowed:
        raise PermissionDenied("Kontak pelapor rahasia: hanya admin kota dan camat yang dapat "
                               "melihatnya.")
    return _complaint(session, complaint_id).complainant_contact


def office_complaint_counts(session: Session, start: date, end: date, today: date
                            ) -> dict[str, OfficeComplaints]:
    """Per office complained about: received in [start, end], open and overdue on `today`,
    verified pungli received in [start, end]. A linked duplicate counts with its group."""
    due = _Deadlines(session, today)
    tally: dict[str, list[int]] = {}
    # Only what can count: first reports received in the period, or still open.
    rows = session.scalars(select(Complaint).where(
        Complaint.deleted_at.is_(None), Complaint.duplicate_of.is_(None),
        or_(Complaint.received_on.between(start, end), Complaint.status.in_(OPEN))))
    for row in rows:
        counts = tally.setdefault(row.subject_office, [0, 0, 0, 0])
        in_period = start <= row.received_on <= end
        counts[0] += in_period
        still_open = row.status in OPEN and row.received_on <= today
        counts[1] += still_open
        # Only an open complaint has a step due (and its deadlines cost a calendar walk).
        counts[2] += still_open and due.overdue(row)
        counts[3] += in_period and row.category == "pungli" and row.status in VERIFIED
    return {code: OfficeComplaints(code, *counts) for code, counts in tally.items()}


# --- the three-report rule -----------------------------------------------------------------

def normalised_name(name: str) -> str:
    """A free name as it is compared: case, punctuation and spacing ignored."""
    return " ".join(_NOT_NAME.sub(" ", name.casefold()).split())


def official_key(row: Complaint) -> str | None:
    """`staff:<id>` for a roster member, `nama:<office>:<name>` for a free name, None when
    no official is named."""
    if row.staff_id:
        return f"staff:{row.staff_id}"
    name = normalised_name(row.official_name)
    return f"nama:{row.subject_office}:{name}" if name else None


def rotation_window(session: Session, as_of: date) -> tuple[date, date]:
    """The days whose complaints count: after the same day `rotation_window_months`
    earlier, up to and including `as_of` (12 months to 25 November 2026: 26 November
    2025 – 25 November 2026)."""
    months = int(rule(session, "rotation_window_months"))
    return months_before(as_of, months) + timedelta(days=1), as_of


@dataclass
class _Tally:
    rows: list[Complaint]
    groups: set[str]


def _counted(session: Session, as_of: date) -> dict[str, _Tally]:
    """Verified pungli complaints in the window, per official; groups by first report."""
    start, end = rotation_window(session, as_of)
    rows = session.scalars(select(Complaint).where(
        Complaint.deleted_at.is_(None), Complaint.category == "pungli",
        Complaint.status.in_(VERIFIED), Complaint.received_on >= start,
        Complaint.received_on <= end).order_by(Complaint.received_on, Complaint.number))
    tallies: dict[str, _Tally] = {}
    for row in rows:
        key = official_key(row)
        if key is None:
            continue
        tally = tallies.setdefault(key, _Tally([], set()))
        tally.rows.append(row)
        tally.groups.add(_root(session, row).id)
    return tallies


def _decision(row: RotationDecision) -> DecisionInfo:
    return DecisionInfo(row.id, row.official_key, row.decision, row.note, row.decided_on,
                        row.decided_by, tuple(json.loads(row.complaint_ids)),
                        row.complaint_count, row.official_name, row.subject_office)


def decisions_for(session: Session, key: str) -> list[DecisionInfo]:
    """The decisions recorded on an official, oldest first."""
    return [_decision(row) for row in session.scalars(select(RotationDecision).where(
        RotationDecision.official_key == key, RotationDecision.deleted_at.is_(None))
        .order_by(RotationDecision.created_at, RotationDecision.id))]


def list_decisions(session: Session) -> list[DecisionInfo]:
    """Every decision recorded here, newest first (the Pengaduan page lists the officials
    already decided on, whose alert no longer stands)."""
    return [_decision(row) for row in session.scalars(select(RotationDecision).where(
        RotationDecision.deleted_at.is_(None))
        .order_by(RotationDecision.created_at.desc(), RotationDecision.id.desc()))]


def _covered(session: Session, tally: _Tally, decided: Iterable[DecisionInfo]) -> bool:
    """Every counted report (group) was among the complaints of a decision."""
    ids = {cid for decision in decided for cid in decision.complaint_ids}
    return all(any(row.id in ids for row in tally.rows if _root(session, row).id == group)
               for group in tally.groups)


def rotation_alerts(session: Session, as_of: date) -> list[RotationAlert]:
    """Officials at or above the threshold of verified pungli reports in the window, whom
    no decision covers yet; most reports first."""
    threshold = int(rule(session, "rotation_threshold"))
    offices = _office_names(session)
    alerts = []
    for key, tally in _counted(session, as_of).items():
        if len(tally.groups) < threshold:
            continue
        decided = decisions_for(session, key)
        if decided and _covered(session, tally, decided):
            continue
        latest = tally.rows[-1]
        subject = offices.get(latest.subject_office)
        alerts.append(RotationAlert(
            key, latest.official_name, latest.official_position, latest.subject_office,
            subject.display_name if subject is not None else latest.subject_office,
            len(tally.groups), tuple(r.id for r in tally.rows),
            tuple(r.number for r in tally.rows), tally.rows[0].received_on,
            latest.received_on, decided[-1] if decided else None))
    alerts.sort(key=lambda a: (-a.count, a.subject_office, a.official_name))
    return alerts


def record_decision(uow: UnitOfWork, official_key: str, decision: str, note: str
                    ) -> RotationDecision:
    """A person's decision on an official's reports (hub admin only): rotasi, tidak_rotasi
    or ditunda, with a note. It covers the complaints counted today; a later report raises
    the alert again."""
    require_role(uow.actor, Role.ADMIN)
    if uow.device.mode is not Mode.HUB:
        raise PermissionDenied("Keputusan rotasi dicatat oleh admin kota.")
    if decision not in DECISION_LABELS:
        raise ValidationError("Pilih keputusan: rotasi, tidak dirotasi, atau ditunda.",
                              "decision")
    text = _note(note, "Catatan keputusan")
    tally = _counted(uow.session, uow.today).get(official_key)
    if tally is None:
        raise ValidationError("Tidak ada pengaduan pungli terverifikasi tentang pegawai ini "
                              "dalam jangka waktu aturan.", "official_key")
    latest = tally.rows[-1]
    return uow.add(RotationDecision(
        official_key=official_key, official_name=latest.official_name,
        subject_office=latest.subject_office, decision=decision, note=text,
        decided_on=uow.today, decided_by=_actor_name(uow),
        complaint_ids=json.dumps([r.id for r in tally.rows]),
        complaint_count=len(tally.groups)))
