"""Inovasi: the office's register of innovations, the city's verification, self-assessment.

An office (operator or head) registers each innovation with the fields of the national
innovation index profile and attaches evidence files. A draft needs little; submitting
(the head) checks the full profile: a design description of at least 300 words, goals
and benefits, and what the stage needs (a trial date from uji coba on; an implementation
date and results for penerapan).

The city reviews a submitted innovation: verified, or returned with a note. The review
row is owned by the innovation's office, so it returns to the office in the city's
reference bundle. A review names the innovation revision it was about; once the office
changes the innovation (it goes back to draf and must be submitted again), an older
decision no longer applies.

Self-assessment: for a year, a list of indicators with weights and evidence rules is
loaded from a data file (`resources/data/innovation_indicators_<year>.json`, or a file
the head or the city's admin loads, kept in the data folder's `indicators/`); the office
picks one level per indicator and the score is Σ weight × level value, each line shown
with the rule that produced it. The city sees each submitted innovation's latest score.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.attachments import PreparedFile, attachments_of, store
from core.context import UnitOfWork
from core.errors import NotFound, PantauError, PermissionDenied, ValidationError
from core.formatting import tanggal
from core.roles import Actor, Mode, Role, require_role
from core.services.rules import rule
from core.services.sidak import AttachmentInfo
from db.models import Attachment, Innovation, InnovationAssessment, InnovationReview, Office

STAGES = {"inisiatif": "Inisiatif", "uji_coba": "Uji coba", "penerapan": "Penerapan"}
INITIATORS = {
    "kepala_daerah": "Kepala daerah",
    "opd": "Perangkat daerah / kantor",
    "asn": "ASN",
    "masyarakat": "Masyarakat",
}
FORMS = {
    "pelayanan_publik": "Inovasi pelayanan publik",
    "tata_kelola": "Inovasi tata kelola pemerintahan daerah",
    "lainnya": "Bentuk inovasi daerah lainnya",
}
STATUS_LABELS = {
    "draf": "Draf",
    "diajukan": "Diajukan",
    "diverifikasi": "Diverifikasi",
    "dikembalikan": "Dikembalikan",
}
DECISIONS = ("diverifikasi", "dikembalikan")
MIN_DESIGN_WORDS = 300
MIN_NOTE = 5
MAX_EVIDENCE_FILES = 30
INNOVATION = "innovation"
ASSESSMENT = "innovation_assessment"
EVIDENCE = "bukti"
INDICATOR_FILE = "innovation_indicators_{year}.json"
_FILE_YEAR = re.compile(r"innovation_indicators_(\d{4})\.json$")


@dataclass
class InnovationForm:
    """What the office fills in. Dates are calendar days; budget is whole rupiah."""

    name: str
    stage: str
    initiator: str
    initiator_name: str = ""
    digital: bool = False
    form: str = "pelayanan_publik"
    affairs: str = ""
    trial_date: date | None = None
    implementation_date: date | None = None
    design: str = ""
    goals: str = ""
    benefits: str = ""
    results: str = ""
    budget: int | None = None
    video_url: str = ""


@dataclass(frozen=True)
class ReviewInfo:
    id: str
    decision: str
    note: str
    at: datetime
    innovation_rev: int
    current: bool  # about the innovation as it is now


@dataclass(frozen=True)
class InnovationRow:
    id: str
    office_code: str
    office_name: str
    name: str
    stage: str
    digital: bool
    status: str  # effective: draf | diajukan | diverifikasi | dikembalikan
    submitted_at: datetime | None
    review_note: str
    updated_at: datetime


@dataclass(frozen=True)
class InnovationDetail:
    id: str
    office_code: str
    office_name: str
    name: str
    stage: str
    initiator: str
    initiator_name: str
    digital: bool
    form: str
    affairs: str
    trial_date: date | None
    implementation_date: date | None
    design: str
    goals: str
    benefits: str
    results: str
    budget: int | None
    video_url: str
    status: str  # effective
    submitted_at: datetime | None
    reviews: list[ReviewInfo]
    evidence: list[AttachmentInfo]
    rev: int
    updated_at: datetime

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def review_note(self) -> str:
        """The note of the decision that applies now (empty when none does)."""
        current = [r for r in self.reviews if r.current]
        return current[-1].note if current else ""

    def as_form(self) -> InnovationForm:
        """The innovation as a form, to edit."""
        names = {f.name for f in fields(InnovationForm)}
        return InnovationForm(**{name: getattr(self, name) for name in names})


# --- validation ------------------------------------------------------------------------

def word_count(text: str) -> int:
    """Words as the design rule counts them (separated by white space)."""
    return len(text.split())


def _line(value: str, limit: int) -> str:
    return " ".join(value.split())[:limit]


def _check_draft(form: InnovationForm, today: date) -> None:
    if not _line(form.name, 300):
        raise ValidationError("Nama inovasi wajib diisi.", "name")
    if form.stage not in STAGES:
        raise ValidationError("Pilih tahap inovasi: inisiatif, uji coba, atau penerapan.",
                              "stage")
    if form.initiator not in INITIATORS:
        raise ValidationError("Pilih inisiator inovasi.", "initiator")
    if form.form not in FORMS:
        raise ValidationError("Pilih bentuk inovasi.", "form")
    trial, start = form.trial_date, form.implementation_date
    if trial is not None and start is not None and start < trial:
        raise ValidationError(
            f"Tanggal penerapan ({tanggal(start)}) tidak boleh sebelum tanggal uji coba "
            f"({tanggal(trial)}).", "implementation_date")
    # An innovation in trial has started its trial; one applied has been applied. A plan
    # (inisiatif) may name dates still to come.
    if form.stage in ("uji_coba", "penerapan") and trial is not None and trial > today:
        raise ValidationError(
            f"Tahap {STAGES[form.stage].lower()}: tanggal uji coba ({tanggal(trial)}) tidak "
            "boleh di masa depan.", "trial_date")
    if form.stage == "penerapan" and start is not None and start > today:
        raise ValidationError(
            f"Tahap penerapan: tanggal penerapan ({tanggal(start)}) tidak boleh di masa "
            "depan.", "implementation_date")
    if form.budget is not None and form.budget < 0:
        raise ValidationError("Anggaran tidak boleh negatif.", "budget")
    url = form.video_url.strip()
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or " " in url:
            raise ValidationError("Tautan video harus alamat web (http:// atau https://).",
                                  "video_url")


def check_complete(form: InnovationForm, today: date | None = None) -> None:
    """The full profile rules a submission must meet; raises `ValidationError` naming
    the first field that breaks one."""
    _check_draft(form, today or date.max)
    words = word_count(form.design)
    if words < MIN_DESIGN_WORDS:
        raise ValidationError(
            f"Rancang bangun inovasi minimal {MIN_DESIGN_WORDS} kata (sekarang {words} kata).",
            "design")
    if not form.goals.strip():
        raise ValidationError("Tujuan inovasi wajib diisi.", "goals")
    if not form.benefits.strip():
        raise ValidationError("Manfaat inovasi wajib diisi.", "benefits")
    stage = STAGES[form.stage].lower()
    if form.stage in ("uji_coba", "penerapan") and form.trial_date is None:
        raise ValidationError(f"Tahap {stage}: tanggal uji coba wajib diisi.", "trial_date")
    if form.stage == "penerapan":
        if form.implementation_date is None:
            raise ValidationError("Tahap penerapan: tanggal penerapan wajib diisi.",
                                  "implementation_date")
        if not form.results.strip():
            raise ValidationError("Tahap penerapan: hasil inovasi wajib diisi.", "results")


def _values(form: InnovationForm) -> dict[str, Any]:
    return {
        "name": _line(form.name, 300), "stage": form.stage, "initiator": form.initiator,
        "initiator_name": _line(form.initiator_name, 200), "digital": bool(form.digital),
        "form": form.form, "affairs": _line(form.affairs, 120), "trial_date": form.trial_date,
        "implementation_date": form.implementation_date, "design": form.design.strip(),
        "goals": form.goals.strip(), "benefits": form.benefits.strip(),
        "results": form.results.strip(), "budget": form.budget,
        "video_url": form.video_url.strip()[:500],
    }


# --- writing at the office ------------------------------------------------------------------

def _office_writer(uow: UnitOfWork, *roles: Role) -> None:
    require_role(uow.actor, *roles)
    if uow.device.mode is not Mode.OFFICE:
        raise PermissionDenied("Inovasi dicatat di komputer kantor.")


def _innovation(session: Session, innovation_id: str) -> Innovation:
    row = session.get(Innovation, innovation_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Inovasi tidak ditemukan.")
    return row


def _own(uow: UnitOfWork, innovation_id: str) -> Innovation:
    row = _innovation(uow.session, innovation_id)
    if row.office_code != uow.device.office_code:
        raise PermissionDenied("Inovasi ini milik kantor lain.")
    return row


def _back_to_draft(uow: UnitOfWork, row: Innovation) -> None:
    """A changed innovation must be submitted (and decided) again."""
    if row.status != "draf":
        uow.update(row, status="draf", submitted_at=None)


def save_innovation(uow: UnitOfWork, form: InnovationForm, innovation_id: str | None = None
                    ) -> str:
    """Create or change an innovation (operator or head). A draft needs a name, a known
    stage, initiator and form, and dates in order. Changing a submitted, verified or
    returned innovation puts it back to draf. Returns the innovation id."""
    _office_writer(uow, Role.OPERATOR, Role.HEAD)
    _check_draft(form, uow.today)
    values = _values(form)
    if innovation_id is None:
        return uow.add(Innovation(status="draf", **values)).id
    row = _own(uow, innovation_id)
    if any(getattr(row, key) != value for key, value in values.items()):
        if row.status != "draf":
            values.update(status="draf", submitted_at=None)
        uow.update(row, **values)
    return row.id


def _form_of(row: Innovation) -> InnovationForm:
    names = {f.name for f in fields(InnovationForm)}
    return InnovationForm(**{name: getattr(row, name) for name in names})


def submission_deadline(session: Session) -> date:
    """The city's last day for submitting innovations (rule `innovation_deadline`)."""
    return date.fromisoformat(str(rule(session, "innovation_deadline")))


def submit(uow: UnitOfWork, innovation_id: str) -> None:
    """The head submits the innovation to the city after the full check."""
    _office_writer(uow, Role.HEAD)
    row = _own(uow, innovation_id)
    status = effective_status(row, reviews_of(uow.session, row.id))
    if status == "diajukan":
        raise ValidationError("Inovasi ini sudah diajukan dan menunggu keputusan kota.",
                              "status")
    if status == "diverifikasi":
        raise ValidationError("Inovasi ini sudah diverifikasi kota.", "status")
    check_complete(_form_of(row), uow.today)
    # A late submission is still welcome: the city's tracker shows the deadline.
    if row.status == "diajukan":
        # Returned and submitted again unchanged: a new revision, so the old decision
        # no longer applies.
        uow.update(row, submitted_at=uow.now)
    else:
        uow.update(row, status="diajukan", submitted_at=uow.now)


def add_evidence(uow: UnitOfWork, innovation_id: str, prepared: PreparedFile,
                 caption: str = "") -> Attachment:
    """Attach an evidence file (prepared by `core.attachments.prepare_file`). Evidence is
    part of what the city decides on: a submitted innovation goes back to draf."""
    _office_writer(uow, Role.OPERATOR, Role.HEAD)
    row = _own(uow, innovation_id)
    files = attachments_of(uow.session, INNOVATION, [row.id], [EVIDENCE])
    if len(files) >= MAX_EVIDENCE_FILES:
        raise ValidationError(f"Paling banyak {MAX_EVIDENCE_FILES} berkas bukti per inovasi.",
                              "evidence")
    if any(f.sha256 == prepared.sha256 for f in files):
        raise ValidationError(f"Berkas yang sama sudah dilampirkan ({prepared.file_name}).",
                              "evidence")
    _back_to_draft(uow, row)
    return store(uow, prepared, INNOVATION, row.id, EVIDENCE, caption)


def remove_evidence(uow: UnitOfWork, attachment_id: str) -> None:
    """Take an evidence file off an innovation (it goes back to draf if submitted)."""
    _office_writer(uow, Role.OPERATOR, Role.HEAD)
    attachment = uow.session.get(Attachment, attachment_id)
    if attachment is None or attachment.deleted_at is not None or \
            attachment.owner_table != INNOVATION:
        raise NotFound("Berkas bukti tidak ditemukan.")
    row = _own(uow, attachment.owner_id)
    _back_to_draft(uow, row)
    uow.delete(attachment)


def delete_innovation(uow: UnitOfWork, innovation_id: str) -> None:
    """Remove a draft that was never submitted (a tombstone, as every synced row)."""
    _office_writer(uow, Role.OPERATOR, Role.HEAD)
    row = _own(uow, innovation_id)
    if row.status != "draf" or row.submitted_at is not None or \
            reviews_of(uow.session, row.id):
        raise ValidationError("Hanya draf yang belum pernah diajukan yang dapat dihapus.",
                              "status")
    for attachment in attachments_of(uow.session, INNOVATION, [row.id]):
        uow.delete(attachment)
    uow.delete(row)


# --- the city's decision ----------------------------------------------------------------

def review(uow: UnitOfWork, innovation_id: str, decision: str, note: str
           ) -> InnovationReview:
    """At the city: verify a submitted innovation, or return it with a note. The review
    belongs to the innovation's office (it travels back in the reference bundle)."""
    require_role(uow.actor, Role.ADMIN, Role.OPERATOR)
    if uow.device.mode is not Mode.HUB:
        raise PermissionDenied("Verifikasi inovasi dilakukan di kota.")
    row = _innovation(uow.session, innovation_id)
    if decision not in DECISIONS:
        raise ValidationError("Pilih keputusan: diverifikasi atau dikembalikan.", "decision")
    if row.status != "diajukan":
        raise ValidationError("Hanya inovasi yang sudah diajukan yang dapat diputuskan.",
                              "status")
    text = note.strip()
    if decision == "dikembalikan" and len(text) < MIN_NOTE:
        raise ValidationError(
            f"Tulis catatan untuk kantor: apa yang harus diperbaiki (minimal {MIN_NOTE} "
            "huruf).", "note")
    return uow.add(InnovationReview(innovation_id=row.id, decision=decision, note=text,
                                    innovation_rev=row.rev), office_code=row.office_code)


def reviews_of(session: Session, innovation_id: str) -> list[InnovationReview]:
    """The city's decisions on an innovation, oldest first."""
    return list(session.scalars(select(InnovationReview).where(
        InnovationReview.innovation_id == innovation_id,
        InnovationReview.deleted_at.is_(None)).order_by(
        InnovationReview.created_at, InnovationReview.id)))


def _current_review(innovation: Innovation, reviews: list[InnovationReview]
                    ) -> InnovationReview | None:
    current = [r for r in reviews if r.innovation_rev == innovation.rev
               and r.deleted_at is None and r.decision in DECISIONS]
    return max(current, key=lambda r: (r.created_at, r.id)) if current else None


def effective_status(innovation: Innovation, reviews: list[InnovationReview]) -> str:
    """draf; diajukan; or the city's latest decision on the innovation as it is now."""
    if innovation.status != "diajukan":
        return "draf"
    latest = _current_review(innovation, reviews)
    return latest.decision if latest is not None else "diajukan"


# --- reading ------------------------------------------------------------------------------

def _office_names(session: Session) -> dict[str, str]:
    return {code: name for code, name in session.execute(select(Office.code, Office.name))}


def list_innovations(session: Session, office_code: str | None = None) -> list[InnovationRow]:
    """The innovations (of one office, or all), newest change first."""
    query = select(Innovation).where(Innovation.deleted_at.is_(None))
    if office_code:
        query = query.where(Innovation.office_code == office_code)
    innovations = list(session.scalars(query))
    reviews: dict[str, list[InnovationReview]] = {}
    ids = [row.id for row in innovations]
    for start in range(0, len(ids), 500):
        for item in session.scalars(select(InnovationReview).where(
                InnovationReview.innovation_id.in_(ids[start:start + 500]),
                InnovationReview.deleted_at.is_(None))):
            reviews.setdefault(item.innovation_id, []).append(item)
    names = _office_names(session)
    rows = []
    for row in innovations:
        own = reviews.get(row.id, [])
        latest = max(own, key=lambda r: (r.created_at, r.id)) if own else None
        rows.append(InnovationRow(
            row.id, row.office_code, names.get(row.office_code, row.office_code), row.name,
            row.stage, row.digital, effective_status(row, own), row.submitted_at,
            latest.note if latest is not None else "", row.updated_at))
    rows.sort(key=lambda r: (r.updated_at, r.id), reverse=True)
    return rows


def _attachment(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.kind, row.sha256, row.file_name, row.mime, row.size,
                          row.caption)


def innovation_detail(session: Session, innovation_id: str) -> InnovationDetail:
    row = _innovation(session, innovation_id)
    reviews = reviews_of(session, row.id)
    current = _current_review(row, reviews)
    return InnovationDetail(
        id=row.id, office_code=row.office_code,
        office_name=_office_names(session).get(row.office_code, row.office_code),
        name=row.name, stage=row.stage, initiator=row.initiator,
        initiator_name=row.initiator_name, digital=row.digital, form=row.form,
        affairs=row.affairs, trial_date=row.trial_date,
        implementation_date=row.implementation_date, design=row.design, goals=row.goals,
        benefits=row.benefits, results=row.results, budget=row.budget,
        video_url=row.video_url, status=effective_status(row, reviews),
        submitted_at=row.submitted_at,
        reviews=[ReviewInfo(r.id, r.decision, r.note, r.created_at, r.innovation_rev,
                            current is not None and r.id == current.id) for r in reviews],
        evidence=[_attachment(a) for a in attachments_of(session, INNOVATION, [row.id],
                                                         [EVIDENCE])],
        rev=row.rev, updated_at=row.updated_at)


# --- self-assessment ------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorOption:
    key: str
    label: str
    value: int  # percent of the indicator's weight, 0–100


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    weight: int  # percent points of the total; the weights of a set sum to 100
    evidence: str  # what evidence the indicator asks for
    options: tuple[IndicatorOption, ...]

    def option(self, key: str) -> IndicatorOption | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class IndicatorSet:
    year: int
    title: str
    indicators: tuple[Indicator, ...]
    source: str  # the file it came from

    def indicator(self, key: str) -> Indicator | None:
        return next((i for i in self.indicators if i.key == key), None)


def _data_dir() -> Any:
    return resources.files("resources").joinpath("data")


def available_years() -> list[int]:
    """The years with an indicator file bundled with the program, oldest first."""
    years = []
    for entry in _data_dir().iterdir():
        match = _FILE_YEAR.fullmatch(entry.name)
        if match:
            years.append(int(match.group(1)))
    return sorted(years)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _parse_indicators(text: str, source: str, year: int | None) -> IndicatorSet:
    name = Path(source).name
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Berkas indikator {name} bukan JSON yang sah (baris "
                              f"{exc.lineno}).", "indicators") from exc
    if not isinstance(data, dict):
        raise ValidationError(f"Berkas indikator {name} harus berisi objek JSON.",
                              "indicators")
    file_year = _int(data.get("year"))
    if file_year is None:
        raise ValidationError(f"Berkas indikator {name} tidak menyebut tahunnya (\"year\").",
                              "indicators")
    if year is not None and file_year != year:
        raise ValidationError(f"Berkas indikator {name} untuk tahun {file_year}, bukan "
                              f"{year}.", "indicators")
    match = _FILE_YEAR.search(name)
    if match and int(match.group(1)) != file_year:
        raise ValidationError(f"Berkas indikator {name}: nama berkas menyebut tahun "
                              f"{match.group(1)}, isinya tahun {file_year}.", "indicators")
    items = data.get("indicators")
    if not isinstance(items, list) or not items:
        raise ValidationError(f"Berkas indikator {name} tidak berisi daftar indikator.",
                              "indicators")
    indicators: list[Indicator] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValidationError(f"Indikator ke-{number} bukan objek.", "indicators")
        key = str(item.get("key") or "").strip()
        label = str(item.get("label") or "").strip()
        what = f"Indikator ke-{number}" + (f" ({label or key})" if label or key else "")
        if not key or not label:
            raise ValidationError(f"{what}: kunci (key) dan nama (label) wajib ada.",
                                  "indicators")
        if len(key) > 64:
            raise ValidationError(f"{what}: kunci terlalu panjang (maks. 64 huruf).",
                                  "indicators")
        if any(i.key == key for i in indicators):
            raise ValidationError(f"{what}: kunci {key} dipakai dua kali.", "indicators")
        if "weight" not in item:
            raise ValidationError(f"{what}: bobot (weight) tidak ada.", "indicators")
        weight = _int(item.get("weight"))
        if weight is None or weight <= 0:
            raise ValidationError(f"{what}: bobot harus bilangan bulat lebih dari 0.",
                                  "indicators")
        raw_options = item.get("options")
        if not isinstance(raw_options, list) or not raw_options:
            raise ValidationError(f"{what}: pilihan tingkat (options) kosong.", "indicators")
        options: list[IndicatorOption] = []
        for raw in raw_options:
            option_key = str(raw.get("key") or "").strip() if isinstance(raw, dict) else ""
            option_label = str(raw.get("label") or "").strip() if isinstance(raw, dict) else ""
            value = _int(raw.get("value")) if isinstance(raw, dict) else None
            if not option_key or not option_label:
                raise ValidationError(f"{what}: setiap pilihan perlu kunci dan nama.",
                                      "indicators")
            if value is None or not 0 <= value <= 100:
                raise ValidationError(f"{what}: nilai pilihan {option_label} harus bilangan "
                                      "bulat 0–100.", "indicators")
            if any(o.key == option_key for o in options):
                raise ValidationError(f"{what}: pilihan {option_key} dipakai dua kali.",
                                      "indicators")
            options.append(IndicatorOption(option_key, option_label, value))
        indicators.append(Indicator(key, label, weight, str(item.get("evidence") or "")
                                    .strip(), tuple(options)))
    total = sum(i.weight for i in indicators)
    if total != 100:
        raise ValidationError(f"Berkas indikator {name}: jumlah bobot {total}, harus 100.",
                              "indicators")
    title = str(data.get("title") or f"Indikator inovasi {file_year}").strip()
    return IndicatorSet(file_year, title, tuple(indicators), source)


def load_indicators(year: int, path: Path | None = None) -> IndicatorSet:
    """The indicator set of `year`: the bundled file, or `path`; validated (the year,
    every weight, the weights summing to 100, the options)."""
    if path is None:
        entry = _data_dir().joinpath(INDICATOR_FILE.format(year=year))
        if not entry.is_file():
            raise NotFound(f"Tidak ada berkas indikator inovasi untuk tahun {year}.")
        return _parse_indicators(entry.read_text("utf-8"), entry.name, year)
    return _parse_indicators(_read(path), str(path), year)


def _read(path: Path) -> str:
    try:
        if path.stat().st_size > 2 * 1024 * 1024:
            raise ValidationError(f"Berkas indikator {path.name} terlalu besar.", "indicators")
        return path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"Berkas indikator {path.name} bukan teks UTF-8.",
                              "indicators") from exc
    except OSError as exc:
        raise ValidationError(f"Berkas indikator {path.name} tidak dapat dibaca: "
                              f"{exc.strerror}.", "indicators") from exc


def load_indicator_file(path: Path) -> IndicatorSet:
    """An indicator file an admin chose (another year's), validated; its year is the one
    it names."""
    return _parse_indicators(_read(path), str(path), None)


INDICATOR_FOLDER = "indicators"  # in the installation's data folder


def indicator_folder(data_root: Path) -> Path:
    """Where the indicator files loaded on this installation are kept."""
    return data_root / INDICATOR_FOLDER


def install_indicator_file(actor: Actor, data_root: Path, path: Path) -> IndicatorSet:
    """Validate an indicator file (the head at an office, the admin at the city) and keep
    a copy as `<data folder>/indicators/innovation_indicators_<year>.json`, so the year
    stays available after the program is restarted. A bad file changes nothing; a file
    for a year already loaded replaces it."""
    require_role(actor, Role.HEAD, Role.ADMIN)
    text = _read(path)
    parsed = _parse_indicators(text, str(path), None)
    folder = indicator_folder(data_root)
    target = folder / INDICATOR_FILE.format(year=parsed.year)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_text(text, "utf-8")
        partial.replace(target)
    except OSError as exc:
        raise ValidationError(f"Berkas indikator tidak dapat disimpan ke {folder}: "
                              f"{exc.strerror}.", "indicators") from exc
    return IndicatorSet(parsed.year, parsed.title, parsed.indicators, str(target))


def indicator_sets(data_root: Path | None = None) -> dict[int, IndicatorSet]:
    """Every year's indicator set: the files bundled with the program, then those loaded on
    this installation (`install_indicator_file`), which take the place of a bundled file
    of the same year. A file that no longer passes the checks is left out."""
    sets: dict[int, IndicatorSet] = {}
    for year in available_years():
        try:
            sets[year] = load_indicators(year)
        except PantauError:
            continue  # a broken bundled file: the test suite catches it
    folder = indicator_folder(data_root) if data_root is not None else None
    if folder is None or not folder.is_dir():
        return sets
    for entry in sorted(folder.iterdir()):
        match = _FILE_YEAR.fullmatch(entry.name)
        if match is None:
            continue
        try:
            sets[int(match.group(1))] = load_indicators(int(match.group(1)), entry)
        except PantauError:
            continue
    return sets


def assessments_of(session: Session, innovation_id: str, year: int
                   ) -> dict[str, InnovationAssessment]:
    """The self-assessment of an innovation for a year, by indicator key."""
    return {row.indicator: row for row in session.scalars(select(InnovationAssessment).where(
        InnovationAssessment.innovation_id == innovation_id, InnovationAssessment.year == year,
        InnovationAssessment.deleted_at.is_(None)))}


def set_assessment(uow: UnitOfWork, innovation_id: str, year: int, indicator_key: str,
                   option_key: str, note: str = "",
                   indicators: IndicatorSet | None = None) -> None:
    """Record the level chosen for one indicator (an empty option clears it). The option
    must exist in that year's indicator set (the bundled one unless `indicators`)."""
    _office_writer(uow, Role.OPERATOR, Role.HEAD)
    row = _own(uow, innovation_id)
    chosen = indicators if indicators is not None else load_indicators(year)
    if chosen.year != year:
        raise ValidationError(f"Indikator tahun {chosen.year} dipakai untuk tahun {year}.",
                              "year")
    indicator = chosen.indicator(indicator_key)
    if indicator is None:
        raise ValidationError(f"Indikator {indicator_key} tidak ada di daftar tahun {year}.",
                              "indicator")
    existing = assessments_of(uow.session, row.id, year).get(indicator_key)
    if not option_key:
        if existing is not None:
            uow.delete(existing)
        return
    if indicator.option(option_key) is None:
        raise ValidationError(f"{indicator.label}: pilihan {option_key} tidak dikenal.",
                              "option")
    text = note.strip()[:4000]
    if existing is None:
        uow.add(InnovationAssessment(innovation_id=row.id, year=year,
                                     indicator=indicator_key, option=option_key, note=text))
    else:
        uow.update(existing, option=option_key, note=text)


@dataclass(frozen=True)
class ScoreLine:
    indicator_key: str
    indicator: str  # label
    option: str  # the chosen level's label, or "belum dinilai"
    weight: int
    value: int  # percent of the weight
    points: float
    rule: str  # "bobot 10 × 75% = 7,5"
    note: str = ""


@dataclass(frozen=True)
class Score:
    year: int
    total: float  # 0–100
    lines: list[ScoreLine]

    @property
    def assessed(self) -> int:
        return sum(1 for line in self.lines if line.option != NOT_ASSESSED)


NOT_ASSESSED = "belum dinilai"


def _number(value: float) -> str:
    """7.5 → "7,5"; 10.0 → "10"; two decimals at most."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def score(session: Session, innovation_id: str, year: int, indicators: IndicatorSet
          ) -> Score:
    """Σ weight × chosen level value over the indicators, each line with its rule. An
    indicator not assessed counts 0."""
    chosen = assessments_of(session, innovation_id, year)
    lines = []
    hundredths = 0  # exact: weights and values are integers
    for indicator in indicators.indicators:
        row = chosen.get(indicator.key)
        option = indicator.option(row.option) if row is not None else None
        value = option.value if option is not None else 0
        hundredths += indicator.weight * value
        points = indicator.weight * value / 100
        rule_text = f"bobot {indicator.weight} × {value}% = {_number(points)}"
        lines.append(ScoreLine(indicator.key, indicator.label,
                               option.label if option is not None else NOT_ASSESSED,
                               indicator.weight, value, points,
                               rule_text if option is not None else
                               f"{rule_text} ({NOT_ASSESSED})",
                               row.note if row is not None else ""))
    return Score(year, hundredths / 100, lines)


def latest_scores(session: Session, innovation_ids: list[str],
                  sets: dict[int, IndicatorSet]) -> dict[str, Score]:
    """Each innovation's score for the latest year it was assessed in and whose indicator
    set is known here (an innovation never assessed, or only in a year with no set, has
    none)."""
    years: dict[str, set[int]] = {}
    for start in range(0, len(innovation_ids), 500):
        chunk = innovation_ids[start:start + 500]
        for innovation_id, year in session.execute(
                select(InnovationAssessment.innovation_id, InnovationAssessment.year).where(
                    InnovationAssessment.innovation_id.in_(chunk),
                    InnovationAssessment.deleted_at.is_(None)).distinct()):
            years.setdefault(innovation_id, set()).add(year)
    scores = {}
    for innovation_id, assessed in years.items():
        known = [year for year in assessed if year in sets]
        if known:
            year = max(known)
            scores[innovation_id] = score(session, innovation_id, year, sets[year])
    return scores


def format_points(value: float) -> str:
    """A score as shown: "72,5"."""
    return _number(value)
