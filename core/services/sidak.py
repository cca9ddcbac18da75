"""Sidak: surprise inspections recorded on the inspector's laptop, followed up at the city.

An inspector arrives at an office unannounced and records, on the spot: when they arrived
(now, or another time with a reason), whether the office was open, closed or opened while
they waited and at what time, who received them, who of the roster was there (or absent
with a reason), whether the service desk was staffed, a checklist of service standards,
residents waiting, findings with recommendations and follow-up deadlines, photos and the
signatures of the inspector and of the office's representative.

A sidak is a draft until it is finished (both signatures). Once finished, or once it has
left the laptop in a bundle, it is never silently changed: every change is an amendment
with a reason, kept beside the original value, and the berita acara lists them.

At the city: the list of visits and the follow-up of every finding (open, done, late
against its deadline).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.attachments import PreparedFile, attachments_of, blob_bytes, prepare_png, store
from core.context import UnitOfWork
from core.errors import NotFound, PermissionDenied, ValidationError
from core.formatting import tanggal
from core.nip import parse_nip
from core.roles import Mode, Role, require_role
from core.services.calendar import format_hhmm, parse_hhmm
from core.services.offices import Level, OfficeInfo, find_office, kecamatan_of, office_info
from core.services.rules import rule
from db.models import (
    Amendment,
    Attachment,
    ChangeLogEntry,
    ExportMark,
    Office,
    SidakFinding,
    SidakFollowUp,
    SidakStaff,
    SidakVisit,
    Staff,
)

VISIT = "sidak_visit"
FINAL = "final"  # status of a visit signed by both and finished; otherwise "draft"
FOUND = {
    "buka": "Buka",
    "tutup": "Tutup",
    "dibuka": "Dibuka saat pemeriksa menunggu",
}
STAFF_STATUSES = {
    "hadir": "Hadir",
    "dl": "Dinas luar (surat tugas)",
    "izin": "Izin",
    "sakit": "Sakit",
    "tk": "Tanpa keterangan",
}
ABSENT = ("dl", "izin", "sakit", "tk")
ANSWERS = {"ya": "Ya", "tidak": "Tidak", "": "Tidak diperiksa"}
SIGNERS = {"ttd_pemeriksa": "Pemeriksa", "ttd_kantor": "Perwakilan kantor"}
PHOTO = "foto"
MIN_REASON = 5
# An arrival time further than this from the moment it is entered needs a reason.
ARRIVAL_SLACK = timedelta(minutes=15)
# A sidak is recorded on the day or shortly after; older dates are a typing error.
MAX_DAYS_BACK = 31
MAX_PHOTOS = 12


@dataclass
class StaffFound:
    name: str
    status: str = "hadir"
    note: str = ""
    position: str = ""
    staff_id: str | None = None


@dataclass
class FindingInput:
    finding: str
    recommendation: str = ""
    deadline: date | None = None


@dataclass
class SidakForm:
    """What the inspector fills in. Times are "08.05" or "08:05"."""

    visited_office: str
    day: date | None
    arrival: str
    found: str
    inspector_name: str
    arrival_reason: str = ""
    opened: str | None = None
    received_by: str = ""
    received_position: str = ""
    desk_staffed: bool = False
    residents_waiting: int = 0
    checklist: dict[str, str] = field(default_factory=dict)
    staff: list[StaffFound] = field(default_factory=list)
    findings: list[FindingInput] = field(default_factory=list)
    notes: str = ""
    inspector_nip: str | None = None
    team: str = ""


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    answer: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    kind: str
    sha256: str
    file_name: str
    mime: str
    size: int
    caption: str


@dataclass(frozen=True)
class AmendmentInfo:
    field: str
    old_value: str
    new_value: str
    reason: str
    at: datetime
    by_device: str


@dataclass(frozen=True)
class FindingInfo:
    id: str
    position: int
    finding: str
    recommendation: str
    deadline: date | None


@dataclass(frozen=True)
class SidakDetail:
    id: str
    number: str
    owner_office: str
    visited_office: str
    visited_name: str
    day: date
    arrival: str  # "08.05"
    arrival_at: datetime
    arrival_reason: str
    found: str
    opened: str | None
    received_by: str
    received_position: str
    desk_staffed: bool
    residents_waiting: int
    checklist: list[ChecklistItem]
    staff: list[StaffFound]
    findings: list[FindingInfo]
    notes: str
    inspector_name: str
    inspector_nip: str | None
    team: str
    status: str
    finalized_at: datetime | None
    photos: list[AttachmentInfo]
    signatures: dict[str, AttachmentInfo]
    amendments: list[AmendmentInfo]
    rev: int
    locked: bool  # finished or exported: changes are amendments with a reason

    @property
    def found_label(self) -> str:
        label = FOUND.get(self.found, self.found)
        return f"{label} pukul {self.opened}" if self.found == "dibuka" and self.opened else label

    @property
    def absent(self) -> list[StaffFound]:
        return [s for s in self.staff if s.status in ABSENT]

    def form(self) -> SidakForm:
        """The visit as a form, to edit (a draft) or amend (a finished visit)."""
        return SidakForm(
            visited_office=self.visited_office, day=self.day, arrival=self.arrival,
            found=self.found, inspector_name=self.inspector_name,
            arrival_reason=self.arrival_reason, opened=self.opened,
            received_by=self.received_by, received_position=self.received_position,
            desk_staffed=self.desk_staffed, residents_waiting=self.residents_waiting,
            checklist={item.key: item.answer for item in self.checklist},
            staff=[StaffFound(s.name, s.status, s.note, s.position, s.staff_id)
                   for s in self.staff],
            findings=[FindingInput(f.finding, f.recommendation, f.deadline)
                      for f in self.findings],
            notes=self.notes, inspector_nip=self.inspector_nip, team=self.team)


def checklist_items(session: Session) -> list[tuple[str, str]]:
    """The city's checklist of service standards: (key, label) in order."""
    return [(str(key), str(label)) for key, label in rule(session, "sidak_checklist")]


def visitable_offices(session: Session, text: str = "") -> list[Office]:
    """Offices an inspector can visit (every office but the city itself), by name or code."""
    query = select(Office).where(Office.deleted_at.is_(None), Office.level != Level.KOTA.value)
    needle = " ".join(text.split()).lower()
    rows = list(session.scalars(query.order_by(Office.code)))
    if needle:
        rows = [row for row in rows if needle in row.code.lower() or needle in row.name.lower()]
    return rows


def roster(session: Session, office_code: str, day: date) -> list[StaffFound]:
    """The visited office's staff active on `day` (from the city's reference bundle),
    everyone marked hadir to begin with."""
    rows = session.scalars(select(Staff).where(
        Staff.office_code == office_code, Staff.deleted_at.is_(None),
        Staff.active_from <= day).order_by(Staff.name))
    return [StaffFound(row.name, "hadir", "", row.position, row.id) for row in rows
            if row.active_until is None or row.active_until >= day]


# --- validation ------------------------------------------------------------------------

def _text(value: str, limit: int = 4000) -> str:
    return " ".join(value.split())[:limit]


def _hhmm(text: str | None, what: str, field_name: str) -> str:
    if text is None or not text.strip():
        raise ValidationError(f"{what} wajib diisi (jam.menit, misalnya 08.05).", field_name)
    try:
        return format_hhmm(parse_hhmm(text))
    except ValidationError as exc:
        raise ValidationError(f"{what}: {exc.message}", field_name) from exc


@dataclass(frozen=True)
class _Clean:
    office: Office
    day: date
    arrival: str
    arrival_at: datetime
    arrival_reason: str
    found: str
    opened: str | None
    received_by: str
    received_position: str
    desk_staffed: bool
    residents_waiting: int
    checklist: list[list[str]]
    staff: list[StaffFound]
    findings: list[FindingInput]
    notes: str
    inspector_name: str
    inspector_nip: str | None
    team: str


def _clean(session: Session, form: SidakForm, now: datetime, check_arrival: bool) -> _Clean:
    """The form checked and tidied. `check_arrival` (a new visit, or its day or arrival
    changed) also holds the date and time against the clock: an old visit stays editable."""
    code = form.visited_office.strip()
    if not code:
        raise ValidationError("Pilih kantor yang disidak.", "office")
    office = session.scalars(select(Office).where(Office.code == code,
                                                  Office.deleted_at.is_(None))).one_or_none()
    if office is None or office.level == Level.KOTA.value:
        raise ValidationError(f"Kantor {code} tidak terdaftar untuk sidak.", "office")
    zone = ZoneInfo(office.timezone)
    local_now = now.astimezone(zone)
    if form.day is None:
        raise ValidationError("Tanggal sidak wajib diisi.", "day")
    if form.day > local_now.date():
        raise ValidationError("Tanggal sidak tidak boleh di masa depan.", "day")
    if check_arrival and form.day < local_now.date() - timedelta(days=MAX_DAYS_BACK):
        raise ValidationError(
            f"Tanggal sidak lebih dari {MAX_DAYS_BACK} hari yang lalu; periksa tanggalnya.",
            "day")
    arrival = _hhmm(form.arrival, "Jam kedatangan", "arrival")
    minute = parse_hhmm(arrival)
    arrival_local = datetime(form.day.year, form.day.month, form.day.day, minute // 60,
                             minute % 60, tzinfo=zone)
    arrival_at = arrival_local.astimezone(UTC)
    if check_arrival and arrival_at > now + timedelta(minutes=5):
        raise ValidationError(f"Jam kedatangan {arrival} belum terjadi.", "arrival")
    reason = _text(form.arrival_reason)
    if check_arrival and abs(now - arrival_at) > ARRIVAL_SLACK and len(reason) < MIN_REASON:
        raise ValidationError(
            f"Jam kedatangan {arrival} berbeda dari jam sekarang "
            f"({format_hhmm(local_now.hour * 60 + local_now.minute)}); tulis alasannya "
            f"(minimal {MIN_REASON} huruf).", "arrival_reason")
    if form.found not in FOUND:
        raise ValidationError("Pilih keadaan kantor saat tiba: buka, tutup, atau dibuka "
                              "saat menunggu.", "found")
    opened = None
    if form.found == "dibuka":
        opened = _hhmm(form.opened, "Jam kantor dibuka", "opened")
        if parse_hhmm(opened) < minute:
            raise ValidationError(f"Kantor dibuka saat menunggu: jamnya ({opened}) tidak "
                                  f"boleh sebelum kedatangan ({arrival}).", "opened")
    if form.residents_waiting < 0 or form.residents_waiting > 1000:
        raise ValidationError("Jumlah warga menunggu harus 0–1000.", "residents_waiting")
    items = checklist_items(session)
    answers = {key: value for key, value in form.checklist.items()}
    unknown = set(answers) - {key for key, _label in items}
    if unknown:
        raise ValidationError(f"Butir daftar periksa tidak dikenal: {', '.join(sorted(unknown))}",
                              "checklist")
    checklist = []
    for key, label in items:
        answer = answers.get(key, "")
        if answer not in ANSWERS:
            raise ValidationError(f"Jawaban {label}: pilih ya atau tidak.", "checklist")
        checklist.append([key, label, answer])
    staff = []
    for member in form.staff:
        name = _text(member.name, 200)
        if not name:
            raise ValidationError("Nama pegawai wajib diisi.", "staff")
        if member.status not in STAFF_STATUSES:
            raise ValidationError(f"Status {name}: pilih hadir, DL, izin, sakit, atau tanpa "
                                  "keterangan.", "staff")
        note = _text(member.note, 500)
        if member.status == "dl" and not note:
            raise ValidationError(f"{name} dinas luar: tulis nomor surat tugasnya.", "staff")
        staff.append(StaffFound(name, member.status, note, _text(member.position, 200),
                                member.staff_id))
    findings = []
    for number, item in enumerate(form.findings, start=1):
        text = item.finding.strip()
        if not text:
            raise ValidationError(f"Temuan {number} kosong.", "findings")
        if item.deadline is not None and item.deadline < form.day:
            raise ValidationError(f"Batas tindak lanjut temuan {number} sebelum tanggal sidak.",
                                  "findings")
        if item.deadline is not None and not item.recommendation.strip():
            raise ValidationError(f"Temuan {number}: tulis rekomendasinya untuk batas waktu itu.",
                                  "findings")
        findings.append(FindingInput(text[:4000], item.recommendation.strip()[:4000],
                                     item.deadline))
    name = _text(form.inspector_name, 200)
    if not name:
        raise ValidationError("Nama pemeriksa wajib diisi.", "inspector_name")
    nip = None
    if form.inspector_nip and form.inspector_nip.strip():
        nip = parse_nip(form.inspector_nip, local_now.date()).nip
    return _Clean(office, form.day, arrival, arrival_at, reason, form.found, opened,
                  _text(form.received_by, 200), _text(form.received_position, 200),
                  bool(form.desk_staffed), int(form.residents_waiting), checklist, staff,
                  findings, form.notes.strip()[:8000], name, nip, _text(form.team, 1000))


# --- writing on the inspector's laptop -------------------------------------------------------

def _inspector(uow: UnitOfWork) -> None:
    require_role(uow.actor, Role.INSPECTOR)
    if uow.device.mode is not Mode.INSPECTOR:
        raise PermissionDenied("Sidak dicatat di laptop pemeriksa (mode pemeriksa).")


def _visit(session: Session, visit_id: str) -> SidakVisit:
    visit = session.get(SidakVisit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound("Sidak tidak ditemukan.")
    return visit


def device_tag(device_id: str) -> str:
    """The part of a berita acara number that tells the inspectors' laptops apart: the last
    six hex digits of the device id. Device ids are UUIDv7, whose start is a timestamp (the
    same on laptops set up within weeks of each other) and whose tail is random."""
    return device_id.replace("-", "")[-6:].upper()


def _next_number(session: Session, device_id: str, owner: str, year: int) -> str:
    """"001/BA-SIDAK/<inspector's office>/<device tag>/<year>": numbered per laptop and year
    (deleted visits still count, so a number is never issued twice)."""
    count = session.scalar(select(func.count()).select_from(SidakVisit).where(
        SidakVisit.origin_device == device_id,
        SidakVisit.day >= date(year, 1, 1), SidakVisit.day <= date(year, 12, 31))) or 0
    return f"{count + 1:03d}/BA-SIDAK/{owner}/{device_tag(device_id)}/{year}"


def _row_exported(session: Session, device_id: str, row_id: str) -> bool:
    """Whether any version of a row written on `device_id` has left it in a bundle."""
    mark = session.get(ExportMark, device_id)
    if mark is None:
        return False
    first = session.scalar(select(func.min(ChangeLogEntry.seq)).where(
        ChangeLogEntry.device_id == device_id, ChangeLogEntry.row_id == row_id))
    return first is not None and first <= mark.seq


def is_exported(session: Session, visit: SidakVisit) -> bool:
    """Whether any version of the visit has left this laptop in a bundle."""
    return _row_exported(session, visit.origin_device, visit.id)


def is_locked(session: Session, visit: SidakVisit) -> bool:
    """Finished or exported: changes are amendments with a reason from now on."""
    return visit.status == FINAL or is_exported(session, visit)


def _children(session: Session, model: Any, visit_id: str) -> list[Any]:
    return list(session.scalars(select(model).where(model.visit_id == visit_id,
                                                    model.deleted_at.is_(None))
                                .order_by(model.created_at, model.id)))


def _visit_values(clean: _Clean) -> dict[str, Any]:
    return {
        "visited_office": clean.office.code, "day": clean.day, "arrival_local": clean.arrival
        .replace(".", ":"), "arrival_at": clean.arrival_at,
        "arrival_reason": clean.arrival_reason, "found": clean.found,
        "opened_local": clean.opened.replace(".", ":") if clean.opened else None,
        "received_by": clean.received_by, "received_position": clean.received_position,
        "desk_staffed": clean.desk_staffed, "residents_waiting": clean.residents_waiting,
        "checklist": json.dumps(clean.checklist, ensure_ascii=False), "notes": clean.notes,
        "inspector_name": clean.inspector_name, "inspector_nip": clean.inspector_nip,
        "team": clean.team,
    }


def save_visit(uow: UnitOfWork, form: SidakForm, visit_id: str | None = None,
               reason: str = "") -> str:
    """Create a sidak, or save changes to one. A finished or exported sidak keeps its
    values: each change becomes an amendment with `reason`. Returns the visit id."""
    _inspector(uow)
    session = uow.session
    if visit_id is None:
        clean = _clean(session, form, uow.now, check_arrival=True)
        visit = uow.add(SidakVisit(
            number=_next_number(session, uow.device.id, uow.device.office_code, clean.day.year),
            status="draft", **_visit_values(clean)))
        _write_children(uow, visit, clean)
        return visit.id
    visit = _visit(session, visit_id)
    if visit.origin_device != uow.device.id:
        raise PermissionDenied("Sidak ini dicatat di laptop lain.")
    old = _detail(session, visit)
    try:
        arrival_changed = format_hhmm(parse_hhmm(form.arrival)) != old.arrival
    except ValidationError:
        arrival_changed = True  # _clean says what is wrong with it
    clean = _clean(session, form, uow.now,
                   check_arrival=arrival_changed or form.day != visit.day)
    if not is_locked(session, visit):
        uow.update(visit, **_visit_values(clean))
        _sync_children(uow, visit, clean)
        return visit.id
    changes = _differences(old, clean)
    if not changes:
        return visit.id
    why = _text(reason)
    if len(why) < MIN_REASON:
        raise ValidationError(
            "Sidak ini sudah selesai atau sudah dikirim; setiap perubahan dicatat sebagai "
            f"koreksi dan wajib diberi alasan (minimal {MIN_REASON} huruf).", "reason")
    if clean.office.code != old.visited_office or clean.day != old.day:
        raise ValidationError("Kantor dan tanggal sidak yang sudah selesai tidak dapat diubah; "
                              "catat sidak baru bila salah kantor.", "office")
    for label, before, after in changes:
        uow.add(Amendment(target_table=VISIT, target_id=visit.id, day=visit.day, field=label,
                          old_value=before, new_value=after, reason=why))
    uow.update(visit, **_visit_values(clean))
    _sync_children(uow, visit, clean)
    return visit.id


def _write_children(uow: UnitOfWork, visit: SidakVisit, clean: _Clean) -> None:
    for member in clean.staff:
        uow.add(SidakStaff(visit_id=visit.id, staff_id=member.staff_id, name=member.name,
                           position=member.position, status=member.status, note=member.note))
    for position, item in enumerate(clean.findings, start=1):
        uow.add(SidakFinding(visit_id=visit.id, position=position, finding=item.finding,
                             recommendation=item.recommendation, deadline=item.deadline))


def _sync_children(uow: UnitOfWork, visit: SidakVisit, clean: _Clean) -> None:
    """Bring the staff and finding rows in line with the form, changing rows in place (a
    finding keeps its id, which the city's follow-up refers to)."""
    session = uow.session
    staff = {(row.staff_id or row.name): row for row in _children(session, SidakStaff,
                                                                   visit.id)}
    for member in clean.staff:
        row = staff.pop(member.staff_id or member.name, None)
        if row is None:
            uow.add(SidakStaff(visit_id=visit.id, staff_id=member.staff_id, name=member.name,
                               position=member.position, status=member.status,
                               note=member.note))
        else:
            uow.update(row, name=member.name, position=member.position, status=member.status,
                       note=member.note)
    for gone in staff.values():
        uow.delete(gone)
    findings = sorted(_children(session, SidakFinding, visit.id), key=lambda f: f.position)
    for position, item in enumerate(clean.findings, start=1):
        if position <= len(findings):
            uow.update(findings[position - 1], position=position, finding=item.finding,
                       recommendation=item.recommendation, deadline=item.deadline)
        else:
            uow.add(SidakFinding(visit_id=visit.id, position=position, finding=item.finding,
                                 recommendation=item.recommendation, deadline=item.deadline))
    for gone_finding in findings[len(clean.findings):]:
        uow.delete(gone_finding)


def _yes(value: bool) -> str:
    return "ya" if value else "tidak"


def _differences(old: SidakDetail, new: _Clean) -> list[tuple[str, str, str]]:
    """(what, before, after) for every value a change to a finished sidak touches."""
    changes: list[tuple[str, str, str]] = []

    def compare(label: str, before: object, after: object) -> None:
        b = "" if before is None else str(before)
        a = "" if after is None else str(after)
        if a != b:
            changes.append((label, b, a))

    compare("Jam kedatangan", old.arrival, new.arrival)
    compare("Alasan jam kedatangan", old.arrival_reason, new.arrival_reason)
    compare("Keadaan kantor", FOUND.get(old.found), FOUND.get(new.found))
    compare("Jam kantor dibuka", old.opened, new.opened)
    compare("Diterima oleh", old.received_by, new.received_by)
    compare("Jabatan penerima", old.received_position, new.received_position)
    compare("Meja layanan dijaga", _yes(old.desk_staffed), _yes(new.desk_staffed))
    compare("Warga menunggu", old.residents_waiting, new.residents_waiting)
    before_list = {item.key: item for item in old.checklist}
    for key, label, answer in new.checklist:
        previous = before_list.get(key)
        compare(label, ANSWERS.get(previous.answer) if previous else "", ANSWERS.get(answer))
    before_staff = {(s.staff_id or s.name): s for s in old.staff}
    for member in new.staff:
        previous_member = before_staff.pop(member.staff_id or member.name, None)
        before = _staff_text(previous_member) if previous_member else ""
        compare(f"Pegawai {member.name}", before, _staff_text(member))
    for gone in before_staff.values():
        compare(f"Pegawai {gone.name}", _staff_text(gone), "")
    for number in range(max(len(old.findings), len(new.findings))):
        before_finding = old.findings[number] if number < len(old.findings) else None
        after_finding = new.findings[number] if number < len(new.findings) else None
        compare(f"Temuan {number + 1}",
                _finding_text(before_finding.finding, before_finding.recommendation,
                              before_finding.deadline) if before_finding else "",
                _finding_text(after_finding.finding, after_finding.recommendation,
                              after_finding.deadline) if after_finding else "")
    compare("Catatan", old.notes, new.notes)
    compare("Nama pemeriksa", old.inspector_name, new.inspector_name)
    compare("NIP pemeriksa", old.inspector_nip, new.inspector_nip)
    compare("Anggota tim", old.team, new.team)
    return changes


def _staff_text(member: StaffFound) -> str:
    text = STAFF_STATUSES.get(member.status, member.status)
    return f"{text} ({member.note})" if member.note else text


def _finding_text(finding: str, recommendation: str, deadline: date | None) -> str:
    parts = [finding]
    if recommendation:
        parts.append(f"rekomendasi: {recommendation}")
    if deadline:
        parts.append(f"batas {tanggal(deadline)}")
    return "; ".join(parts)


def add_photo(uow: UnitOfWork, visit_id: str, photo: PreparedFile, caption: str = "",
              reason: str = "") -> Attachment:
    """Attach a photo (prepared by `core.attachments.prepare_photo`). After the sidak is
    finished or exported, adding one is an amendment and needs a reason."""
    _inspector(uow)
    visit = _visit(uow.session, visit_id)
    photos = attachments_of(uow.session, VISIT, [visit.id], [PHOTO])
    if len(photos) >= MAX_PHOTOS:
        raise ValidationError(f"Paling banyak {MAX_PHOTOS} foto per sidak.", "photo")
    if any(p.sha256 == photo.sha256 for p in photos):
        raise ValidationError("Foto yang sama sudah dilampirkan.", "photo")
    if is_locked(uow.session, visit):
        why = _text(reason)
        if len(why) < MIN_REASON:
            raise ValidationError("Sidak ini sudah selesai atau sudah dikirim; foto tambahan "
                                  "dicatat sebagai koreksi dan wajib diberi alasan.", "reason")
        uow.add(Amendment(target_table=VISIT, target_id=visit.id, day=visit.day,
                          field="Foto", old_value="", new_value=photo.file_name, reason=why))
    return store(uow, photo, VISIT, visit.id, PHOTO, caption)


def remove_photo(uow: UnitOfWork, attachment_id: str) -> None:
    """Take a photo off a draft (a finished or exported sidak keeps its photos)."""
    _inspector(uow)
    row = uow.session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None or row.owner_table != VISIT:
        raise NotFound("Foto tidak ditemukan.")
    if is_locked(uow.session, _visit(uow.session, row.owner_id)):
        raise ValidationError("Sidak ini sudah selesai atau sudah dikirim: fotonya tetap "
                              "disimpan.", "photo")
    uow.delete(row)


def replaced_kind(signer: str) -> str:
    """The kind a signature is kept under once it was replaced on an exported sidak."""
    return f"{signer}_semula"


def _signature_text(sha256: str) -> str:
    return f"tanda tangan (sidik {sha256[:12]})"


def sign(uow: UnitOfWork, visit_id: str, signer: str, png: bytes, reason: str = ""
         ) -> Attachment:
    """Keep a signature drawn on the canvas (PNG) for the inspector or the office.

    A first signature completes a draft, and a signature that has not left the laptop is
    simply redrawn. Replacing a signature that was exported in a bundle is an amendment
    with `reason`: the earlier signature stays attached to the visit (kind
    `<signer>_semula`) and the amendment names both by their fingerprint."""
    _inspector(uow)
    if signer not in SIGNERS:
        raise ValidationError("Penanda tangan tidak dikenal.", "signer")
    visit = _visit(uow.session, visit_id)
    if visit.status == FINAL:
        raise ValidationError("Berita acara sudah ditandatangani dan selesai.", "signature")
    if len(png) < 100:
        raise ValidationError("Tanda tangan masih kosong.", "signature")
    prepared = prepare_png(png, f"{signer}.png")
    earlier = attachments_of(uow.session, VISIT, [visit.id], [signer])
    if not any(_row_exported(uow.session, old.origin_device, old.id) for old in earlier):
        for old in earlier:
            uow.delete(old)
        return store(uow, prepared, VISIT, visit.id, signer)
    if any(old.sha256 == prepared.sha256 for old in earlier):
        return earlier[-1]  # the same drawing again: nothing changes
    why = _text(reason)
    if len(why) < MIN_REASON:
        raise ValidationError(
            "Sidak ini sudah dikirim; tanda tangan yang diganti sesudahnya dicatat sebagai "
            f"koreksi dan wajib diberi alasan (minimal {MIN_REASON} huruf).",
            "reason")
    for old in earlier:
        uow.update(old, kind=replaced_kind(signer))
    uow.add(Amendment(target_table=VISIT, target_id=visit.id, day=visit.day,
                      field=f"Tanda tangan {SIGNERS[signer].lower()}",
                      old_value=_signature_text(earlier[-1].sha256),
                      new_value=_signature_text(prepared.sha256), reason=why))
    return store(uow, prepared, VISIT, visit.id, signer)


def finish(uow: UnitOfWork, visit_id: str) -> None:
    """Both have signed: the berita acara is final; changes are amendments from now on."""
    _inspector(uow)
    visit = _visit(uow.session, visit_id)
    if visit.status == FINAL:
        return
    signed = {a.kind for a in attachments_of(uow.session, VISIT, [visit.id], SIGNERS)}
    missing = [label for kind, label in SIGNERS.items() if kind not in signed]
    if missing:
        raise ValidationError(f"Belum ditandatangani: {', '.join(missing).lower()}.",
                              "signature")
    uow.update(visit, status=FINAL, finalized_at=uow.now)


# --- reading ------------------------------------------------------------------------------

def _attachment(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.kind, row.sha256, row.file_name, row.mime, row.size,
                          row.caption)


def _dot(value: str | None) -> str | None:
    return value.replace(":", ".") if value else None


def _detail(session: Session, visit: SidakVisit) -> SidakDetail:
    office = session.scalars(select(Office).where(Office.code == visit.visited_office)).first()
    info = find_office(session, visit.visited_office)
    files = attachments_of(session, VISIT, [visit.id])
    amendments = session.scalars(select(Amendment).where(
        Amendment.target_table == VISIT, Amendment.target_id == visit.id,
        Amendment.deleted_at.is_(None)).order_by(Amendment.created_at, Amendment.id))
    return SidakDetail(
        id=visit.id, number=visit.number, owner_office=visit.office_code,
        visited_office=visit.visited_office,
        visited_name=info.display_name if info else (office.name if office else
                                                     visit.visited_office),
        day=visit.day, arrival=_dot(visit.arrival_local) or "", arrival_at=visit.arrival_at,
        arrival_reason=visit.arrival_reason, found=visit.found,
        opened=_dot(visit.opened_local), received_by=visit.received_by,
        received_position=visit.received_position, desk_staffed=visit.desk_staffed,
        residents_waiting=visit.residents_waiting,
        checklist=[ChecklistItem(str(k), str(label), str(a))
                   for k, label, a in json.loads(visit.checklist or "[]")],
        staff=[StaffFound(s.name, s.status, s.note, s.position, s.staff_id)
               for s in sorted(_children(session, SidakStaff, visit.id),
                               key=lambda s: (s.name.lower(), s.id))],
        findings=[FindingInfo(f.id, f.position, f.finding, f.recommendation, f.deadline)
                  for f in sorted(_children(session, SidakFinding, visit.id),
                                  key=lambda f: f.position)],
        notes=visit.notes, inspector_name=visit.inspector_name,
        inspector_nip=visit.inspector_nip, team=visit.team, status=visit.status,
        finalized_at=visit.finalized_at,
        photos=[_attachment(a) for a in files if a.kind == PHOTO],
        signatures={a.kind: _attachment(a) for a in files if a.kind in SIGNERS},
        amendments=[AmendmentInfo(a.field, a.old_value or "", a.new_value or "", a.reason,
                                  a.created_at, a.origin_device) for a in amendments],
        rev=visit.rev, locked=is_locked(session, visit))


def visit_detail(session: Session, visit_id: str) -> SidakDetail:
    return _detail(session, _visit(session, visit_id))


@dataclass(frozen=True)
class VisitRow:
    id: str
    number: str
    day: date
    arrival: str
    visited_office: str
    visited_name: str
    kecamatan: str | None
    found: str
    inspector_name: str
    absent: int
    staff: int
    findings: int
    open_findings: int
    status: str
    amended: bool


@dataclass(frozen=True)
class VisitFilter:
    start: date | None = None
    end: date | None = None
    office_code: str | None = None
    kecamatan: str | None = None  # a kecamatan code: the offices counted in it (kecamatan_of)
    found: str | None = None
    with_open_findings: bool = False


def _kecamatan_code(code: str, offices: dict[str, OfficeInfo]) -> str | None:
    office = offices.get(code)
    kecamatan = kecamatan_of(office, offices) if office is not None else None
    return kecamatan.code if kecamatan is not None else None


def list_visits(session: Session, filters: VisitFilter | None = None,
                today: date | None = None) -> list[VisitRow]:
    """Visits, newest first, with counts (at the hub: every inspector's; on a laptop: its own)."""
    filters = filters or VisitFilter()
    query = select(SidakVisit).where(SidakVisit.deleted_at.is_(None))
    if filters.start:
        query = query.where(SidakVisit.day >= filters.start)
    if filters.end:
        query = query.where(SidakVisit.day <= filters.end)
    if filters.office_code:
        query = query.where(SidakVisit.visited_office == filters.office_code)
    if filters.found:
        query = query.where(SidakVisit.found == filters.found)
    visits = list(session.scalars(query.order_by(SidakVisit.day.desc(),
                                                 SidakVisit.arrival_local.desc())))
    offices = {o.code: o for o in session.scalars(select(Office))}
    infos = {code: office_info(o) for code, o in offices.items() if o.deleted_at is None}
    if filters.kecamatan:
        visits = [v for v in visits
                  if _kecamatan_code(v.visited_office, infos) == filters.kecamatan]
    ids = [v.id for v in visits]
    staff: dict[str, list[str]] = {}
    findings: dict[str, list[FindingRow]] = {}
    amended: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for visit_id, status in session.execute(select(SidakStaff.visit_id, SidakStaff.status)
                                                 .where(SidakStaff.visit_id.in_(chunk),
                                                        SidakStaff.deleted_at.is_(None))):
            staff.setdefault(visit_id, []).append(status)
        amended.update(session.scalars(select(Amendment.target_id).where(
            Amendment.target_table == VISIT, Amendment.target_id.in_(chunk),
            Amendment.deleted_at.is_(None))))
    for row in finding_rows(session, today or date.today(), visit_ids=ids):
        findings.setdefault(row.visit_id, []).append(row)
    rows = []
    for visit in visits:
        office = offices.get(visit.visited_office)
        open_count = sum(1 for f in findings.get(visit.id, []) if not f.done)
        if filters.with_open_findings and not open_count:
            continue
        statuses = staff.get(visit.id, [])
        rows.append(VisitRow(
            visit.id, visit.number, visit.day, _dot(visit.arrival_local) or "",
            visit.visited_office, office.name if office else visit.visited_office,
            _kecamatan_code(visit.visited_office, infos),
            visit.found, visit.inspector_name, sum(1 for s in statuses if s in ABSENT),
            len(statuses), len(findings.get(visit.id, [])), open_count, visit.status,
            visit.id in amended))
    return rows


# --- follow-up of findings (at the city) ------------------------------------------------

OPEN = "terbuka"
DONE = "selesai"
LATE = "terlambat"
DONE_LATE = "selesai terlambat"


@dataclass(frozen=True)
class FindingRow:
    id: str
    visit_id: str
    visit_number: str
    day: date
    visited_office: str
    visited_name: str
    position: int
    finding: str
    recommendation: str
    deadline: date | None
    done_on: date | None
    note: str
    state: str

    @property
    def done(self) -> bool:
        return self.done_on is not None


def finding_state(deadline: date | None, done_on: date | None, today: date) -> str:
    if done_on is not None:
        return DONE_LATE if deadline is not None and done_on > deadline else DONE
    return LATE if deadline is not None and today > deadline else OPEN


def _followups(session: Session, finding_ids: list[str]) -> dict[str, SidakFollowUp]:
    found: dict[str, SidakFollowUp] = {}
    for start in range(0, len(finding_ids), 500):
        for row in session.scalars(select(SidakFollowUp).where(
                SidakFollowUp.finding_id.in_(finding_ids[start:start + 500]),
                SidakFollowUp.deleted_at.is_(None))):
            found[row.finding_id] = row
    return found


def finding_rows(session: Session, today: date, visit_ids: Iterable[str] | None = None,
                 office_code: str | None = None, state: str | None = None
                 ) -> list[FindingRow]:
    """Every finding with its follow-up state (open, done, late against its deadline)."""
    query = select(SidakFinding, SidakVisit).join(
        SidakVisit, SidakVisit.id == SidakFinding.visit_id).where(
        SidakFinding.deleted_at.is_(None), SidakVisit.deleted_at.is_(None))
    if office_code:
        query = query.where(SidakVisit.visited_office == office_code)
    pairs: list[tuple[SidakFinding, SidakVisit]] = []
    if visit_ids is not None:
        ids = list(visit_ids)
        for start in range(0, len(ids), 500):
            pairs.extend((f, v) for f, v in session.execute(
                query.where(SidakFinding.visit_id.in_(ids[start:start + 500]))))
    else:
        pairs = [(f, v) for f, v in session.execute(query)]
    followups = _followups(session, [f.id for f, _v in pairs])
    names = {code: name for code, name in session.execute(select(Office.code, Office.name))}
    rows = []
    for finding, visit in pairs:
        follow = followups.get(finding.id)
        done_on = follow.done_on if follow else None
        row_state = finding_state(finding.deadline, done_on, today)
        if state is not None and row_state != state:
            continue
        rows.append(FindingRow(
            finding.id, visit.id, visit.number, visit.day, visit.visited_office,
            names.get(visit.visited_office, visit.visited_office), finding.position,
            finding.finding, finding.recommendation, finding.deadline, done_on,
            follow.note if follow else "", row_state))
    rows.sort(key=lambda r: (r.deadline or date.max, r.day, r.position))
    return rows


def record_followup(uow: UnitOfWork, finding_id: str, done_on: date | None, note: str
                    ) -> None:
    """At the city: a finding was followed up on `done_on` (None reopens it), with a note.
    Each change is a new revision; the earlier ones stay in the change log."""
    require_role(uow.actor, Role.ADMIN, Role.OPERATOR)
    if uow.device.mode is not Mode.HUB:
        raise PermissionDenied("Tindak lanjut temuan dicatat di kota.")
    finding = uow.session.get(SidakFinding, finding_id)
    if finding is None or finding.deleted_at is not None:
        raise NotFound("Temuan tidak ditemukan.")
    visit = _visit(uow.session, finding.visit_id)
    if done_on is not None and done_on > uow.today:
        raise ValidationError("Tanggal tindak lanjut tidak boleh di masa depan.", "done_on")
    if done_on is not None and done_on < visit.day:
        raise ValidationError("Tanggal tindak lanjut sebelum tanggal sidak.", "done_on")
    text = note.strip()
    if len(text) < MIN_REASON:
        raise ValidationError(
            f"Tulis apa yang sudah dilakukan (minimal {MIN_REASON} huruf)." if done_on else
            f"Tulis alasan temuan dibuka kembali (minimal {MIN_REASON} huruf).", "note")
    existing = _followups(uow.session, [finding_id]).get(finding_id)
    if existing is None:
        uow.add(SidakFollowUp(finding_id=finding_id, done_on=done_on, note=text),
                office_code=visit.visited_office)
    else:
        uow.update(existing, done_on=done_on, note=text)


def save_photo_file(session: Session, attachment_id: str, target: Path) -> Path:
    """Write an attachment's bytes to a file (to look at a photo outside Pantau)."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound("Lampiran tidak ditemukan.")
    target.write_bytes(blob_bytes(session, row.sha256))
    return target


@dataclass(frozen=True)
class LaptopSummary:
    """The inspector's laptop at a glance."""

    month_visits: int
    drafts: int
    unsent: int  # visits with changes not yet written into a bundle


def laptop_summary(session: Session, device_id: str, today: date) -> LaptopSummary:
    visits = list(session.scalars(select(SidakVisit).where(
        SidakVisit.origin_device == device_id, SidakVisit.deleted_at.is_(None))))
    mark = session.get(ExportMark, device_id)
    exported = mark.seq if mark else 0
    latest = {row_id: seq for row_id, seq in session.execute(
        select(ChangeLogEntry.row_id, func.max(ChangeLogEntry.seq)).where(
            ChangeLogEntry.device_id == device_id, ChangeLogEntry.seq > exported,
            ChangeLogEntry.table_name.in_(("sidak_visit", "sidak_staff", "sidak_finding",
                                           "attachment", "amendment")))
        .group_by(ChangeLogEntry.row_id))}
    changed_visits = {v.id for v in visits if v.id in latest}
    if latest:
        for model in (SidakStaff, SidakFinding):
            changed_visits.update(session.scalars(select(model.visit_id).where(
                model.id.in_(list(latest)))))
        changed_visits.update(session.scalars(select(Attachment.owner_id).where(
            Attachment.id.in_(list(latest)), Attachment.owner_table == VISIT)))
        changed_visits.update(session.scalars(select(Amendment.target_id).where(
            Amendment.id.in_(list(latest)), Amendment.target_table == VISIT)))
    return LaptopSummary(
        month_visits=sum(1 for v in visits if (v.day.year, v.day.month) ==
                         (today.year, today.month)),
        drafts=sum(1 for v in visits if v.status != FINAL),
        unsent=len(changed_visits & {v.id for v in visits}))
