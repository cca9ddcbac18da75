"""Dialogs of the Pengaduan page: registering a complaint, one complaint's detail with its
handling steps, the note each step asks for, and the rotation decision.

The complainant's contact is typed in once, at registration; afterwards only the roles
`complainant_contact` allows (the hub's admin, a kecamatan head) get a button to show it.
Nobody else ever sees a field for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core.attachments import blob_bytes
from core.errors import PantauError, ValidationError
from core.formatting import tanggal, tanggal_pendek
from core.roles import Mode, Role
from core.services.complaints import (
    CATEGORIES,
    DECISION_LABELS,
    SOURCES,
    ComplaintDetail,
    ComplaintInput,
    ComplaintRow,
    RotationAlert,
    add_evidence,
    close,
    complainant_contact,
    complaint_detail,
    correct,
    follow_up,
    link_duplicate,
    list_complaints,
    register_complaint,
    undo_last_step,
    unlink_duplicate,
    verify,
)
from core.services.offices import Level, OfficeInfo, find_office, list_offices
from core.services.sidak import VisitFilter, list_visits
from core.services.staff import StaffRow, list_staff
from desktop.dialogs.sidak_detail import LATE_COLOR
from desktop.forms import ErrorLabel, FormDialog
from desktop.models.table import Column, RowTableModel, read_only_table
from desktop.pages.sync import wrap_column
from desktop.state import AppState, UnitOfWork

AREA = "complaints"
OTHER_NAME = "__lain__"  # the official picker's "a name not on the roster"
OK_STYLE = "color: #1b5e20; font-weight: 600;"
HINT_STYLE = "color: #5f6368;"
# Written out as translate("ComplaintLabels", "…"): lupdate only sees literal strings.
translate = QCoreApplication.translate


# --- shared pieces -------------------------------------------------------------------------

def searchable_combo(name: str) -> QComboBox:
    """A combo whose items can be found by typing any part of their text."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def follow(text: str) -> None:
        # Typing an item's whole text chooses it, as picking it from the list does.
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)

    combo.lineEdit().textEdited.connect(follow)
    return combo


def combo_value(combo: QComboBox) -> object:
    """The data of the item the combo shows; None when its text matches no item."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def choice_combo(name: str, choices: dict[str, str], prompt: str) -> QComboBox:
    """A combo of `choices` (key: label) starting at an empty "choose" item."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(prompt, "")
    for key, label in choices.items():
        combo.addItem(label, key)
    return combo


def set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def note_edit(name: str, placeholder: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def plain_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def choose_evidence_files(parent: QWidget) -> list[Path]:
    """Ask for evidence files: documents, pictures, screenshots of a chat."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, translate("ComplaintLabels", "Pilih berkas bukti"), str(Path.home()),
        translate("ComplaintLabels", "Dokumen dan foto (*.pdf *.jpg *.jpeg *.png *.doc "
                  "*.docx *.txt);;Semua berkas (*)"))
    return [Path(name) for name in names]


def reportable_offices(session: Session, office_code: str) -> list[OfficeInfo]:
    """The offices this installation registers complaints about: every office at the city,
    a kecamatan's own office and its kelurahan (and units) at a kecamatan."""
    offices = [o for o in list_offices(session) if o.level is not Level.KOTA]
    here = find_office(session, office_code)
    if here is not None and here.level is Level.KECAMATAN:
        offices = [o for o in offices if office_code in (o.code, o.parent_code)]
    return sorted(offices, key=lambda o: (o.level is not Level.KECAMATAN, o.display_name))


def may_see_contact(state: AppState) -> bool:
    """Who `complainant_contact` lets read the contact: the hub's admin, a kecamatan head."""
    role = state.actor.role
    if role is Role.ADMIN:
        return True
    office = state.read(find_office, state.ctx.device.office_code)
    return role is Role.HEAD and office is not None and office.level is Level.KECAMATAN


def deadline_text(row: ComplaintRow) -> str:
    """The current step's deadline, and how many working days it is past."""
    due = row.deadlines
    if due.due is None:
        return "—"
    steps = {"verifikasi": translate("ComplaintLabels", "verifikasi"),
             "tindak_lanjut": translate("ComplaintLabels", "tindak lanjut"),
             "selesai": translate("ComplaintLabels", "penyelesaian")}
    text = f"{tanggal_pendek(due.due)} ({steps.get(due.step or '', due.step)})"
    if due.overdue:
        text += translate("ComplaintLabels", ", lewat {days} hari kerja").format(
            days=due.days_overdue)
    return text


def status_text(row: ComplaintRow) -> str:
    if row.duplicate_of_number:
        return translate("ComplaintLabels", "{status}, ganda dari {number}").format(
            status=row.status_label, number=row.duplicate_of_number)
    return row.status_label


class OfficialPicker(QWidget):
    """The reported official: nobody named, a member of the office's roster, or a name
    (and position) as the complainant gave it."""

    def __init__(self) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setObjectName("officialChoice")
        self.name = QLineEdit()
        self.name.setObjectName("officialName")
        self.name.setPlaceholderText(self.tr("Nama seperti disebut pelapor"))
        self.position = QLineEdit()
        self.position.setObjectName("officialPosition")
        self.position.setPlaceholderText(self.tr("Jabatan (bila diketahui)"))
        self.free = QWidget()
        free = QHBoxLayout(self.free)
        free.setContentsMargins(0, 0, 0, 0)
        free.addWidget(self.name, 3)
        free.addWidget(self.position, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.free)
        self.combo.currentIndexChanged.connect(lambda _i: self._show_free())
        self.set_roster([])

    def set_roster(self, roster: list[StaffRow]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("— tidak menyebut pegawai —"), None)
        for staff in roster:
            text = f"{staff.name} — {staff.position}" if staff.position else staff.name
            self.combo.addItem(text, staff.id)
        self.combo.addItem(self.tr("Nama lain (di luar daftar)"), OTHER_NAME)
        self.combo.blockSignals(False)
        self._show_free()

    def _show_free(self) -> None:
        self.free.setVisible(self.combo.currentData() == OTHER_NAME)

    def value(self) -> tuple[str | None, str, str]:
        """(staff_id, name, position) as `ComplaintInput` takes them."""
        choice = self.combo.currentData()
        if choice == OTHER_NAME:
            return None, self.name.text(), self.position.text()
        return choice, "", ""

    def set_value(self, staff_id: str | None, name: str, position: str) -> None:
        if staff_id and self.combo.findData(staff_id) >= 0:
            set_combo(self.combo, staff_id)
        elif name:
            set_combo(self.combo, OTHER_NAME)
            self.name.setText(name)
            self.position.setText(position)
        else:
            self.combo.setCurrentIndex(0)
        self._show_free()


def received_edit(today: date, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value or today))
    edit.setObjectName("complaintReceived")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMaximumDate(QDate(today))  # never in the future
    return edit


# --- registering -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Registered:
    id: str
    number: str


def _register(uow: UnitOfWork, data: ComplaintInput, evidence: list[Path]) -> Registered:
    """The complaint and its evidence in one write: a file refused leaves nothing behind."""
    row = register_complaint(uow, data)
    for path in evidence:
        add_evidence(uow, row.id, path)
    return Registered(row.id, row.number)


class RegisterDialog(FormDialog):
    """Pengaduan baru. Simpan registers it (with its evidence files) through the service;
    a broken rule shows under the form and marks its field."""

    def __init__(self, state: AppState, today: date, parent: QWidget | None) -> None:
        super().__init__(self.tr("Pengaduan baru"), parent)
        self.setMinimumWidth(640)
        self.state = state
        self.registered: Registered | None = None
        self.hub = state.ctx.device.mode is Mode.HUB
        self.offices = state.read(reportable_offices, state.ctx.device.office_code)
        self.source = choice_combo("complaintSource", SOURCES, self.tr("— pilih sumber —"))
        self.category = choice_combo("complaintCategory", CATEGORIES,
                                     self.tr("— pilih kategori —"))
        self.office = searchable_combo("complaintOffice")
        self.office.addItem("", "")
        for office in self.offices:
            self.office.addItem(office.display_name, office.code)
        self.office.lineEdit().setPlaceholderText(self.tr("Ketik nama kantor"))
        self.official = OfficialPicker()
        self.received = received_edit(today)
        self.description = note_edit("complaintDescription",
                                     self.tr("Apa yang terjadi, kapan, di mana"), lines=5)
        self.sidak = QComboBox()
        self.sidak.setObjectName("complaintSidak")
        self.contact = QLineEdit()
        self.contact.setObjectName("complaintContact")
        self.contact.setPlaceholderText(self.tr("Nomor HP atau alamat pelapor"))
        self.evidence = QListWidget()
        self.evidence.setObjectName("complaintEvidence")
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 3 + 12)
        add_file = QPushButton(self.tr("Tambah berkas…"))
        add_file.setObjectName("addEvidenceFile")
        add_file.clicked.connect(self.add_files)
        remove_file = QPushButton(self.tr("Hapus"))
        remove_file.setObjectName("removeEvidenceFile")
        remove_file.clicked.connect(lambda: self.evidence.takeItem(self.evidence.currentRow()))
        files = QWidget()
        files_layout = QHBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.evidence, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(add_file)
        buttons.addWidget(remove_file)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        self.form.addRow(self.tr("Sumber"), self.source)
        self.form.addRow(self.tr("Kategori"), self.category)
        self.form.addRow(self.tr("Kantor diadukan"), self.office)
        self.form.addRow(self.tr("Pegawai dilaporkan"), self.official)
        self.form.addRow(self.tr("Tanggal diterima"), self.received)
        self.form.addRow(self.tr("Uraian"), self.description)
        if self.hub:
            self.sidak.setToolTip(self.tr("Untuk pengaduan dari temuan sidak di kantor itu"))
            self.form.addRow(self.tr("Sidak"), self.sidak)
        secret = plain_label(self.tr(
            "Hanya dapat dilihat admin kota dan camat; tidak ikut dalam ekspor, laporan, "
            "maupun bundle sinkronisasi."), "contactNote")
        secret.setStyleSheet(HINT_STYLE)
        contact = QWidget()
        contact_layout = QVBoxLayout(contact)
        contact_layout.setContentsMargins(0, 0, 0, 0)
        contact_layout.setSpacing(2)
        contact_layout.addWidget(self.contact)
        contact_layout.addWidget(secret)
        self.form.addRow(self.tr("Kontak pelapor (rahasia)"), contact)
        self.form.addRow(self.tr("Berkas bukti"), files)
        self.fields.update({
            "source": self.source, "category": self.category, "subject_office": self.office,
            "staff_id": self.official.combo, "official_name": self.official.name,
            "received_on": self.received, "description": self.description,
            "sidak_visit_id": self.sidak, "evidence": self.evidence,
        })
        self.office.currentIndexChanged.connect(lambda _i: self._office_chosen())
        self.source.currentIndexChanged.connect(lambda _i: self._show_sidak())
        self._office_chosen()

    def _office_chosen(self) -> None:
        code = combo_value(self.office)
        roster = self.state.read(list_staff, code) if code else []
        self.official.set_roster(roster)
        self.sidak.clear()
        self.sidak.addItem(self.tr("— tidak —"), None)
        if code and self.hub:
            for visit in self.state.read(list_visits, VisitFilter(office_code=str(code))):
                self.sidak.addItem(f"{visit.number}, {tanggal_pendek(visit.day)}", visit.id)
        self._show_sidak()

    def _show_sidak(self) -> None:
        from_sidak = self.source.currentData() == "sidak"
        self.sidak.setEnabled(from_sidak and self.sidak.count() > 1)
        if not from_sidak:
            self.sidak.setCurrentIndex(0)

    def choose_files(self) -> list[Path]:
        """Ask for evidence files (tests replace this)."""
        return choose_evidence_files(self)

    def add_files(self) -> None:
        shown = set(self.evidence_paths())
        for path in self.choose_files():
            if path not in shown:
                item = QListWidgetItem(path.name)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                self.evidence.addItem(item)

    def evidence_paths(self) -> list[Path]:
        return [Path(self.evidence.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.evidence.count())]

    def value(self) -> ComplaintInput:
        staff_id, name, position = self.official.value()
        received = self.received.date().toPython()
        assert isinstance(received, date)
        return ComplaintInput(
            source=self.source.currentData(), category=self.category.currentData(),
            subject_office=str(combo_value(self.office) or ""),
            description=self.description.toPlainText(), received_on=received,
            staff_id=staff_id, official_name=name, official_position=position,
            complainant_contact=self.contact.text(),
            sidak_visit_id=self.sidak.currentData() if self.hub else None)

    def submit(self) -> None:
        data = self.value()
        if self.official.combo.currentData() == OTHER_NAME and not data.official_name.strip():
            raise ValidationError(self.tr("Tulis nama pegawai yang dilaporkan, atau pilih "
                                          "dari daftar pegawai."), "official_name")
        self.registered = self.state.write(AREA, _register, data, self.evidence_paths())


# --- the note of a step ----------------------------------------------------------------------

class NoteDialog(FormDialog):
    """A step that needs a note (tindak lanjut, selesai, a reason to undo or unlink).
    `save(note)` runs the service; a broken rule shows under the form."""

    def __init__(self, title: str, complaint: ComplaintRow, caption: str, placeholder: str,
                 save: Callable[[str], object], parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(520)
        self._save = save
        self.form.addRow(self.tr("Pengaduan"), plain_label(
            f"{complaint.number} — {complaint.subject_name}", "noteComplaint"))
        self.note = note_edit("stepNote", placeholder)
        self.caption = caption
        self.extra_rows()
        self.form.addRow(caption, self.note)
        self.fields["note"] = self.note
        self.note.textChanged.connect(self.error.clear_error)

    def extra_rows(self) -> None:
        """Rows a kind of step adds above the note."""

    def submit(self) -> None:
        self._save(self.note.toPlainText())


class VerifyDialog(NoteDialog):
    """Verifikasi: the complaint is found true, or not (which ends its handling)."""

    def __init__(self, complaint: ComplaintRow, save: Callable[[bool, str], object],
                 parent: QWidget | None) -> None:
        self._verify = save
        super().__init__(translate("VerifyDialog", "Verifikasi pengaduan"), complaint,
                         translate("VerifyDialog", "Catatan"),
                         translate("VerifyDialog", "Apa yang diperiksa dan hasilnya"),
                         self._save_note, parent)

    def extra_rows(self) -> None:
        self.valid = QRadioButton(self.tr("Valid: pengaduan terbukti"))
        self.valid.setObjectName("verifyValid")
        self.invalid = QRadioButton(self.tr("Tidak valid: pengaduan tidak terbukti"))
        self.invalid.setObjectName("verifyInvalid")
        group = QButtonGroup(self)
        group.addButton(self.valid)
        group.addButton(self.invalid)
        choice = QWidget()
        layout = QVBoxLayout(choice)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.valid)
        layout.addWidget(self.invalid)
        self.form.addRow(self.tr("Hasil"), choice)
        self.fields["valid"] = choice

    def _save_note(self, note: str) -> object:
        if not (self.valid.isChecked() or self.invalid.isChecked()):
            raise ValidationError(self.tr("Pilih hasil verifikasi: valid atau tidak valid."),
                                  "valid")
        return self._verify(self.valid.isChecked(), note)


class LinkDialog(FormDialog):
    """Tautkan sebagai laporan ganda: the first report of the same event (another
    channel); the complaint then counts once, with that one."""

    def __init__(self, complaint: ComplaintRow, candidates: list[ComplaintRow],
                 save: Callable[[str, str], object], parent: QWidget | None) -> None:
        super().__init__(self.tr("Tautkan sebagai laporan ganda"), parent)
        self.setMinimumWidth(560)
        self._save = save
        self.first = QComboBox()
        self.first.setObjectName("linkFirst")
        self.first.addItem(self.tr("— pilih laporan pertama —"), "")
        for row in candidates:
            who = f", {row.official_label}" if row.official_name else ""
            self.first.addItem(f"{row.number} ({tanggal_pendek(row.received_on)}, "
                               f"{CATEGORIES.get(row.category, row.category)}{who})", row.id)
        self.note = note_edit("linkNote", self.tr("Mengapa laporan ini sama (boleh kosong)"),
                              lines=3)
        self.form.addRow(self.tr("Pengaduan"), plain_label(
            f"{complaint.number} — {complaint.subject_name}", "linkComplaint"))
        self.form.addRow(self.tr("Laporan pertama"), self.first)
        if not candidates:
            self.form.addRow("", plain_label(self.tr(
                "Belum ada pengaduan lain tentang kantor ini.")))
        self.form.addRow(self.tr("Catatan"), self.note)
        self.fields.update({"duplicate_of": self.first, "note": self.note})

    def submit(self) -> None:
        if not self.first.currentData():
            raise ValidationError(self.tr("Pilih laporan pertama dari kejadian yang sama."),
                                  "duplicate_of")
        self._save(self.first.currentData(), self.note.toPlainText())


class CorrectDialog(FormDialog):
    """Koreksi: fix a registration mistake, with a reason (the old values are kept in the
    complaint's history). Only what changed is sent."""

    def __init__(self, detail: ComplaintDetail, roster: list[StaffRow], today: date,
                 save: Callable[..., list[str]], parent: QWidget | None) -> None:
        super().__init__(self.tr("Koreksi pengaduan"), parent)
        self.setMinimumWidth(600)
        self._save = save
        row = detail.row
        self.before = {"source": row.source, "category": row.category,
                       "received_on": row.received_on, "description": detail.description,
                       "official": (row.staff_id, row.official_name if row.staff_id is None
                                    else "", row.official_position if row.staff_id is None
                                    else "")}
        self.source = choice_combo("correctSource", SOURCES, self.tr("— pilih sumber —"))
        set_combo(self.source, row.source)
        self.category = choice_combo("correctCategory", CATEGORIES,
                                     self.tr("— pilih kategori —"))
        set_combo(self.category, row.category)
        self.received = received_edit(today, row.received_on)
        self.official = OfficialPicker()
        self.official.set_roster(roster)
        self.official.set_value(row.staff_id, row.official_name, row.official_position)
        self.description = note_edit("correctDescription", "", lines=5)
        self.description.setPlainText(detail.description)
        self.reason = note_edit("correctReason", self.tr("Apa yang keliru dicatat"), lines=3)
        self.form.addRow(self.tr("Pengaduan"), plain_label(
            f"{row.number} — {row.subject_name}", "correctComplaint"))
        self.form.addRow(self.tr("Sumber"), self.source)
        self.form.addRow(self.tr("Kategori"), self.category)
        self.form.addRow(self.tr("Tanggal diterima"), self.received)
        self.form.addRow(self.tr("Pegawai dilaporkan"), self.official)
        self.form.addRow(self.tr("Uraian"), self.description)
        self.form.addRow(self.tr("Alasan koreksi"), self.reason)
        self.fields.update({
            "source": self.source, "category": self.category, "received_on": self.received,
            "staff_id": self.official.combo, "official_name": self.official.name,
            "description": self.description, "note": self.reason})

    def changes(self) -> dict[str, object]:
        received = self.received.date().toPython()
        now = {"source": self.source.currentData(), "category": self.category.currentData(),
               "received_on": received, "description": self.description.toPlainText(),
               "official": self.official.value()}
        changed = {key: value for key, value in now.items() if value != self.before[key]}
        official = changed.pop("official", None)
        if isinstance(official, tuple):
            staff_id, name, position = official
            changed.update(staff_id=staff_id, official_name=name, official_position=position)
        return changed

    def submit(self) -> None:
        changed = self.changes()
        if not changed:
            raise ValidationError(self.tr("Tidak ada data yang diubah."))
        if not self._save(self.reason.toPlainText(), **changed):
            raise ValidationError(self.tr("Tidak ada data yang diubah."))


class DecisionDialog(FormDialog):
    """Catat keputusan on a rekomendasi rotasi: a person decides, with a note."""

    def __init__(self, alert: RotationAlert, threshold: int,
                 save: Callable[[str, str], object], parent: QWidget | None) -> None:
        super().__init__(self.tr("Catat keputusan rotasi"), parent)
        self.setMinimumWidth(560)
        self._save = save
        who = alert.official_name + (f", {alert.position}" if alert.position else "")
        self.decision = choice_combo("decisionChoice", DECISION_LABELS,
                                     self.tr("— pilih keputusan —"))
        self.note = note_edit("decisionNote", self.tr("Dasar keputusan dan siapa yang "
                                                      "memutuskan"))
        self.form.addRow(self.tr("Pegawai"), plain_label(who, "decisionOfficial"))
        self.form.addRow(self.tr("Kantor"), plain_label(alert.subject_name))
        self.form.addRow(self.tr("Laporan"), plain_label(self.tr(
            "{count} laporan pungli terverifikasi (ambang {threshold}): {numbers}").format(
            count=alert.count, threshold=threshold, numbers=", ".join(alert.numbers))))
        self.form.addRow(self.tr("Keputusan"), self.decision)
        self.form.addRow(self.tr("Catatan"), self.note)
        self.fields.update({"decision": self.decision, "note": self.note})

    def submit(self) -> None:
        self._save(self.decision.currentData(), self.note.toPlainText())


# --- one complaint -------------------------------------------------------------------------

def evidence_folder() -> Path:
    """Where an evidence file is written to be opened by the system's viewer."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(base or Path.home()) / "pantau-bukti"


class ComplaintDetailDialog(QDialog):
    """One complaint: what was reported, its history (who did what, with the note), its
    evidence and linked reports; the handling steps as buttons, each enabled only when the
    complaint's status allows it and this installation handles the complaint."""

    def __init__(self, state: AppState, complaint_id: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.complaint_id = complaint_id
        self.today = today
        self.resize(900, 640)
        self.heading = QLabel()
        self.heading.setObjectName("complaintHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary: dict[str, QLabel] = {}
        summary = QFormLayout()
        for key, caption in (("received", self.tr("Diterima")), ("source", self.tr("Sumber")),
                             ("category", self.tr("Kategori")),
                             ("office", self.tr("Kantor diadukan")),
                             ("official", self.tr("Pegawai dilaporkan")),
                             ("status", self.tr("Status")),
                             ("deadlines", self.tr("Batas waktu")),
                             ("description", self.tr("Uraian"))):
            self.summary[key] = plain_label("", f"detail_{key}")
            summary.addRow(caption, self.summary[key])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintTabs")
        self.tabs.addTab(self._events_tab(), self.tr("Riwayat"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Bukti"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("Laporan ganda"))
        self.message = QLabel()
        self.message.setObjectName("detailMessage")
        self.message.setStyleSheet(OK_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.error = ErrorLabel()
        self.owner_note = plain_label("", "ownerNote")
        self.owner_note.setStyleSheet(HINT_STYLE)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(summary)
        layout.addLayout(self._contact_row())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._step_buttons())
        layout.addWidget(self.owner_note)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close_box)
        self.reload()

    # --- parts ---------------------------------------------------------------------------
    def _contact_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.contact_button: QPushButton | None = None
        self.contact_label: QLabel | None = None
        if may_see_contact(self.state):
            self.contact_button = QPushButton(self.tr("Tampilkan kontak pelapor"))
            self.contact_button.setObjectName("showContact")
            self.contact_button.clicked.connect(self.show_contact)
            self.contact_label = plain_label("", "contactValue")
            row.addWidget(self.contact_button)
            row.addWidget(self.contact_label, 1)
        return row

    def _events_tab(self) -> QWidget:
        self.events_model: RowTableModel = RowTableModel([
            Column(self.tr("Tanggal"), lambda e: tanggal_pendek(e.day)),
            Column(self.tr("Langkah"), lambda e: e.label),
            Column(self.tr("Oleh"), lambda e: e.actor_name),
            Column(self.tr("Catatan"), lambda e: e.note),
        ])
        self.events_table = read_only_table("eventsTable", self.events_model, sortable=False)
        wrap_column(self.events_table, 3)
        return self.events_table

    def _evidence_tab(self) -> QWidget:
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton(self.tr("Buka berkas"))
        self.open_button.setObjectName("openEvidence")
        self.open_button.clicked.connect(self.open_selected)
        self.add_button = QPushButton(self.tr("Tambah bukti…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.clicked.connect(self.add_evidence)
        buttons = button_row(self.open_button, self.add_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.evidence_list, 1)
        layout.addLayout(buttons)
        self.evidence_list.currentRowChanged.connect(
            lambda row: self.open_button.setEnabled(row >= 0))
        return tab

    def _duplicates_tab(self) -> QWidget:
        self.duplicates = plain_label("", "duplicatesText")
        self.duplicates.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.link_button = self._button("linkDuplicate",
                                        self.tr("Tautkan sebagai laporan ganda…"),
                                        self.link)
        self.unlink_button = self._button("unlinkDuplicate", self.tr("Lepaskan tautan…"),
                                          self.unlink)
        buttons = button_row(self.link_button, self.unlink_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.duplicates, 1)
        layout.addLayout(buttons)
        return tab

    def _button(self, name: str, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def _step_buttons(self) -> QHBoxLayout:
        self.verify_button = self._button("verifyStep", self.tr("Verifikasi…"), self.verify)
        self.follow_button = self._button("followUpStep", self.tr("Tindak lanjut…"),
                                          self.follow_up)
        self.close_button = self._button("closeStep", self.tr("Selesai…"), self.close_step)
        self.undo_button = self._button("undoStep", self.tr("Batalkan langkah terakhir…"),
                                        self.undo)
        self.correct_button = self._button("correctComplaint", self.tr("Koreksi…"),
                                           self.correct)
        row = QHBoxLayout()
        for button in (self.verify_button, self.follow_button, self.close_button,
                       self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.correct_button)
        return row

    # --- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        self.detail: ComplaintDetail = self.state.read(complaint_detail, self.complaint_id,
                                                       self.today)
        d, row = self.detail, self.detail.row
        self.setWindowTitle(self.tr("Pengaduan {number}").format(number=row.number))
        self.heading.setText(self.tr("Pengaduan {number} — {office}").format(
            number=row.number, office=row.subject_name))
        due = row.deadlines
        texts = {
            "received": tanggal(row.received_on),
            "source": SOURCES.get(row.source, row.source),
            "category": CATEGORIES.get(row.category, row.category),
            "office": f"{row.subject_name} ({row.subject_office})",
            "official": row.official_label + (f", {row.official_position}"
                                              if row.official_position else "")
            or self.tr("tidak disebut"),
            "status": status_text(row),
            "deadlines": self.tr("verifikasi {verify}, tindak lanjut {follow}, selesai "
                                 "{close} (hari kerja); sekarang: {now}").format(
                verify=tanggal_pendek(due.verify_by), follow=tanggal_pendek(due.follow_up_by),
                close=tanggal_pendek(due.close_by), now=deadline_text(row)),
            "description": d.description,
        }
        for key, text in texts.items():
            self.summary[key].setText(text)
        self.summary["deadlines"].setStyleSheet(
            f"color: {LATE_COLOR.name()}; font-weight: 600;" if due.overdue else "")
        self.events_model.set_rows(d.events)
        self.tabs.setTabText(0, self.tr("Riwayat ({count})").format(count=len(d.events)))
        self.evidence_list.clear()
        for file in d.evidence:
            item = QListWidgetItem(f"{file.caption or file.file_name} "
                                   f"({max(1, file.size // 1024)} KB)")
            item.setData(Qt.ItemDataRole.UserRole, file)
            self.evidence_list.addItem(item)
        self.tabs.setTabText(1, self.tr("Bukti ({count})").format(count=len(d.evidence)))
        self.duplicates.setText(self._duplicates_text())
        self.tabs.setTabText(2, self.tr("Laporan ganda ({count})").format(
            count=len(d.duplicates) + (1 if row.duplicate_of else 0)))
        self._enable()

    def _duplicates_text(self) -> str:
        row = self.detail.row
        lines = []
        if row.duplicate_of:
            lines.append(self.tr("Laporan ganda dari {number}: dihitung sekali bersama "
                                 "laporan itu.").format(number=row.duplicate_of_number))
        if self.detail.duplicates:
            lines.append(self.tr("Laporan lain tentang kejadian yang sama: {numbers}.").format(
                numbers=", ".join(number for _id, number in self.detail.duplicates)))
        return "\n".join(lines) or self.tr(
            "Tidak ditautkan. Bila kejadian yang sama dilaporkan lewat saluran lain, "
            "tautkan laporan itu ke laporan pertama agar dihitung sekali.")

    def handled_here(self) -> bool:
        return self.detail.row.owner_office == self.state.ctx.device.office_code

    def _enable(self) -> None:
        row, here = self.detail.row, self.handled_here()
        self.verify_button.setEnabled(here and row.status == "diterima")
        self.follow_button.setEnabled(here and row.status == "diverifikasi")
        self.close_button.setEnabled(here and row.status == "ditindaklanjuti")
        self.undo_button.setEnabled(here and row.status != "diterima")
        self.correct_button.setEnabled(here)
        self.add_button.setEnabled(here)
        self.link_button.setEnabled(here and row.duplicate_of is None
                                    and not self.detail.duplicates)
        self.unlink_button.setEnabled(here and row.duplicate_of is not None)
        self.open_button.setEnabled(self.evidence_list.currentRow() >= 0)
        self.owner_note.setVisible(not here)
        self.owner_note.setText("" if here else self.tr(
            "Pengaduan ini ditangani {office}; langkahnya dicatat di sana dan tiba di sini "
            "lewat sinkronisasi.").format(office=row.owner_name))

    def _done(self, text: str) -> None:
        self.error.clear_error()
        self.reload()
        self.message.setText(text)
        self.message.show()

    # --- actions -------------------------------------------------------------------------
    def _step(self, dialog: FormDialog, text: str) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(text)

    def _write(self, operation: Callable[..., object], *args: object) -> object:
        return self.state.write(AREA, operation, self.complaint_id, *args)

    def verify(self) -> None:
        self._step(VerifyDialog(self.detail.row, lambda valid, note: self._write(
            verify, valid, note), self), self.tr("Hasil verifikasi dicatat."))

    def _note_step(self, title: str, caption: str, placeholder: str,
                   operation: Callable[..., object], done: str) -> None:
        self._step(NoteDialog(title, self.detail.row, caption, placeholder,
                              lambda note: self._write(operation, note), self), done)

    def follow_up(self) -> None:
        self._note_step(self.tr("Tindak lanjut"), self.tr("Tindak lanjut"),
                        self.tr("Apa yang dilakukan terhadap pengaduan ini"), follow_up,
                        self.tr("Tindak lanjut dicatat."))

    def close_step(self) -> None:
        self._note_step(self.tr("Selesaikan pengaduan"), self.tr("Penyelesaian"),
                        self.tr("Bagaimana pengaduan ini selesai"), close,
                        self.tr("Pengaduan dinyatakan selesai."))

    def undo(self) -> None:
        self._note_step(self.tr("Batalkan langkah terakhir"), self.tr("Alasan"),
                        self.tr("Mengapa langkah terakhir dibatalkan"), undo_last_step,
                        self.tr("Langkah terakhir dibatalkan."))

    def unlink(self) -> None:
        self._note_step(self.tr("Lepaskan tautan laporan ganda"), self.tr("Alasan"),
                        self.tr("Mengapa laporan ini bukan kejadian yang sama"),
                        unlink_duplicate, self.tr("Tautan dilepas."))

    def link(self) -> None:
        row = self.detail.row
        others = self.state.read(list_complaints, self.today, office=row.subject_office)
        candidates = [other for other in others
                      if other.id != row.id and other.duplicate_of is None]
        self._step(LinkDialog(row, candidates, lambda first, note: self._write(
            link_duplicate, first, note), self), self.tr("Ditautkan sebagai laporan ganda."))

    def correct(self) -> None:
        row = self.detail.row
        roster = self.state.read(list_staff, row.subject_office)

        def save(reason: str, **changes: object) -> list[str]:
            result = self.state.write(AREA, correct, self.complaint_id, reason, **changes)
            assert isinstance(result, list)
            return result

        self._step(CorrectDialog(self.detail, roster, self.today, save, self),
                   self.tr("Koreksi dicatat."))

    def choose_files(self) -> list[Path]:
        """Ask for evidence files (tests replace this)."""
        return choose_evidence_files(self)

    def add_evidence(self) -> None:
        paths = self.choose_files()
        added = 0
        for path in paths:
            try:
                self._write(add_evidence, path)
            except PantauError as exc:
                self.reload()
                self.message.hide()
                self.error.show_error(exc)
                return
            added += 1
        if added:
            self._done(self.tr("{count} berkas bukti ditambahkan.").format(count=added))

    def open_selected(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        file = item.data(Qt.ItemDataRole.UserRole)
        folder = evidence_folder() / file.sha256[:12]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / Path(file.file_name).name
        path.write_bytes(self.state.read(blob_bytes, file.sha256))
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Show the file in the system's viewer (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def show_contact(self) -> None:
        try:
            contact = self.state.read(complainant_contact, self.state.actor,
                                      self.complaint_id)
        except PantauError as exc:
            self.error.show_error(exc)
            return
        assert self.contact_label is not None
        self.contact_label.setText(contact or self.tr(
            "(tidak ada kontak yang dicatat di perangkat ini)"))
