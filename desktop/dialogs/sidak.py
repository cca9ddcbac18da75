"""The sidak form: a new visit, or one recorded earlier (a draft, or a finished one whose
changes become amendments with a reason)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core.attachments import MAX_IMAGE_BYTES, PreparedFile, blob_bytes, prepare_photo
from core.errors import PantauError, ValidationError
from core.formatting import tanggal_pendek, waktu
from core.roles import Actor
from core.services.calendar import format_hhmm, parse_hhmm
from core.services.offices import Level, display_name
from core.services.sidak import (
    ANSWERS,
    MAX_DAYS_BACK,
    MAX_PHOTOS,
    MIN_REASON,
    STAFF_STATUSES,
    FindingInput,
    SidakDetail,
    SidakForm,
    StaffFound,
    add_photo,
    checklist_items,
    finish,
    remove_photo,
    roster,
    save_visit,
    sign,
    visit_detail,
    visitable_offices,
)
from db.models import User
from desktop.dialogs.service_hours import ReasonDialog
from desktop.forms import ErrorLabel
from desktop.state import AppState, UnitOfWork
from desktop.tasks import Progress, TaskRunner
from desktop.widgets.signature import SignaturePad

THUMB = QSize(160, 120)
DEADLINE_DAYS = 14  # a new finding's follow-up deadline, two weeks after the sidak
OK_STYLE = "color: #1b5e20;"
TAB_OFFICE, TAB_STAFF, TAB_CHECKLIST, TAB_FINDINGS, TAB_PHOTOS, TAB_SIGN = range(6)
STAFF_NAME, STAFF_POSITION, STAFF_STATUS, STAFF_NOTE = range(4)
FIND_TEXT, FIND_RECOMMENDATION, FIND_DEADLINE = range(3)


@dataclass(frozen=True)
class OfficeChoice:
    code: str
    name: str
    timezone: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


def office_choices(session: Session, text: str = "") -> list[OfficeChoice]:
    return [OfficeChoice(o.code, display_name(Level(o.level), o.name), o.timezone)
            for o in visitable_offices(session, text)]


def inspector_identity(session: Session, actor: Actor) -> tuple[str, str]:
    """The logged-in inspector's full name and NIP, to prefill the form."""
    user = session.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        return actor.username, ""
    return user.full_name, user.nip or ""


@dataclass
class StaffLine:
    """One person's line in the Pegawai table."""

    staff_id: str | None
    position: str
    name: QLineEdit | None  # someone not on the roster: the name is typed
    fixed_name: str
    status: QComboBox
    note: QLineEdit

    def value(self) -> StaffFound:
        name = self.name.text() if self.name is not None else self.fixed_name
        return StaffFound(name, str(self.status.currentData()), self.note.text(),
                          self.position, self.staff_id)


@dataclass
class FindingLine:
    finding: QLineEdit
    recommendation: QLineEdit
    has_deadline: QCheckBox
    deadline: QDateEdit

    def value(self) -> FindingInput:
        deadline = python_date(self.deadline) if self.has_deadline.isChecked() else None
        return FindingInput(self.finding.text(), self.recommendation.text(), deadline)

    def is_blank(self) -> bool:
        return not self.finding.text().strip() and not self.recommendation.text().strip()


class SidakDialog(QDialog):
    """Fill in a sidak. Simpan keeps the draft (the dialog stays open); photos and
    signatures are stored as soon as they are added, the draft being saved first."""

    def __init__(self, state: AppState, tasks: TaskRunner, visit_id: str | None = None,
                 print_visit: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = tasks
        self.visit_id = visit_id
        self.detail: SidakDetail | None = None
        self.locked = False
        self._print_visit = print_visit
        self.office: OfficeChoice | None = None
        self._roster_office: str | None = None
        self.staff_lines: list[StaffLine] = []
        self.finding_lines: list[FindingLine] = []
        self.checks: dict[str, dict[str, QRadioButton]] = {}
        self._saved_form: SidakForm | None = None
        self._busy = False
        device = state.ctx.device
        now = state.ctx.clock().astimezone(ZoneInfo(device.timezone))
        self._today = now.date()
        self._now_text = format_hhmm(now.hour * 60 + now.minute)
        self._arrival_default = (self._today, self._now_text)
        self.setObjectName("sidakDialog")
        self.setWindowTitle(self.tr("Sidak baru"))
        self.setSizeGripEnabled(True)
        self.error = ErrorLabel()
        self.error.setObjectName("visitError")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sidakTabs")
        self.tabs.addTab(self._office_tab(), self.tr("Kantor && kedatangan"))
        self.tabs.addTab(self._staff_tab(), self.tr("Pegawai"))
        self.tabs.addTab(self._scrolled(self._checklist_tab()), self.tr("Daftar periksa"))
        self.tabs.addTab(self._findings_tab(), self.tr("Temuan"))
        self.tabs.addTab(self._photos_tab(), self.tr("Foto"))
        self.tabs.addTab(self._scrolled(self._signature_tab()), self.tr("Tanda tangan"))
        self.amendments = QTableWidget(0, 5)
        self.amendments.setObjectName("amendmentsTable")
        self.status_line = QLabel()
        self.status_line.setObjectName("visitStatus")
        self.status_line.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("visitMessage")
        self.message.setStyleSheet(OK_STYLE)
        self.message.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setObjectName("saveVisit")
        self.save_button.clicked.connect(self.save)
        self.print_button = buttons.addButton(self.tr("Cetak berita acara"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printFromDialog")
        self.print_button.clicked.connect(self.print_visit)
        self.print_button.setVisible(print_visit is not None)
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeVisit")
        close.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.print_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # Fields highlighted when a rule names them; a table or a group of buttons is not
        # (the border would cascade to every widget inside), its tab is shown instead.
        self.fields: dict[str, QWidget] = {
            "office": self.office_search, "day": self.day, "arrival": self.arrival,
            "arrival_reason": self.arrival_reason, "opened": self.opened,
            "residents_waiting": self.residents_waiting,
            "inspector_name": self.inspector_name, "nip": self.inspector_nip,
        }
        self.field_tabs = {
            **{name: TAB_OFFICE for name in self.fields}, "found": TAB_OFFICE,
            "staff": TAB_STAFF, "checklist": TAB_CHECKLIST, "findings": TAB_FINDINGS,
            "photo": TAB_PHOTOS, "signature": TAB_SIGN,
        }
        self.resize(1040, 660)
        name, nip = state.read(inspector_identity, state.actor)
        if visit_id is None:
            self.inspector_name.setText(name)
            self.inspector_nip.setText(nip)
            self.day.setDate(QDate(self._today))
            self.arrival.setText(self._now_text)
            self._filter_offices("")
            self._set_findings([])
        else:
            self._load(visit_id)
        self._update_reason()
        self._saved_form = self.form_value()
        self._show_state()

    # --- building the tabs ------------------------------------------------------------
    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _office_tab(self) -> QWidget:
        self.office_search = QLineEdit()
        self.office_search.setObjectName("officeSearch")
        self.office_search.setPlaceholderText(self.tr("Ketik nama atau kode kantor…"))
        self.office_search.setClearButtonEnabled(True)
        self.office_search.textChanged.connect(self._filter_offices)
        self.office_list = QListWidget()
        self.office_list.setObjectName("officeList")
        self.office_list.setMinimumHeight(120)
        self.office_list.currentItemChanged.connect(lambda item, _old: self._office_clicked(item))
        self.office_chosen = QLabel()
        self.office_chosen.setObjectName("officeChosen")
        self.office_chosen.setWordWrap(True)
        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMaximumDate(QDate(self._today))
        self.day.setMinimumDate(QDate(self._today - timedelta(days=MAX_DAYS_BACK)))
        self.arrival = QLineEdit()
        self.arrival.setObjectName("arrival")
        self.arrival.setPlaceholderText(self.tr("jam.menit, mis. 08.05"))
        self.arrival.setMaxLength(5)
        self.arrival.textChanged.connect(lambda _t: self._update_reason())
        self.arrival_reason = QLineEdit()
        self.arrival_reason.setObjectName("arrivalReason")
        self.arrival_reason.setPlaceholderText(
            self.tr("wajib bila jam tiba berbeda dari jam sekarang"))
        self.day.dateChanged.connect(self._day_changed)
        office_form = QFormLayout()
        office_form.addRow(self.tr("Cari kantor"), self.office_search)
        office_form.addRow("", self.office_list)
        office_form.addRow(self.tr("Kantor disidak"), self.office_chosen)
        office_form.addRow(self.tr("Tanggal"), self.day)
        office_form.addRow(self.tr("Jam tiba"), self.arrival)
        office_form.addRow(self.tr("Alasan jam tiba"), self.arrival_reason)
        office_box = QGroupBox(self.tr("Kantor dan kedatangan"))
        office_box.setLayout(office_form)

        self.found_box = QWidget()
        self.found_box.setObjectName("foundBox")
        self.found_group = QButtonGroup(self)
        found_line = QVBoxLayout(self.found_box)
        found_line.setContentsMargins(0, 0, 0, 0)
        self.found_buttons: dict[str, QRadioButton] = {}
        for key, label in (("buka", self.tr("Buka")), ("tutup", self.tr("Tutup")),
                           ("dibuka", self.tr("Tutup, dibuka saat pemeriksa menunggu"))):
            button = QRadioButton(label)
            button.setObjectName(f"found_{key}")
            self.found_group.addButton(button)
            self.found_buttons[key] = button
            found_line.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.opened = QLineEdit()
        self.opened.setObjectName("opened")
        self.opened.setPlaceholderText(self.tr("jam.menit"))
        self.opened.setMaxLength(5)
        self.opened.setMaximumWidth(90)
        opened_line = QHBoxLayout()
        opened_line.setContentsMargins(24, 0, 0, 0)
        opened_line.addWidget(QLabel(self.tr("dibuka pukul")))
        opened_line.addWidget(self.opened)
        opened_line.addStretch(1)
        found_line.addLayout(opened_line)
        self.found_group.buttonToggled.connect(lambda *_: self._update_opened())
        self.received_by = QLineEdit()
        self.received_by.setObjectName("receivedBy")
        self.received_by.setPlaceholderText(self.tr("nama yang menerima pemeriksa"))
        self.received_position = QLineEdit()
        self.received_position.setObjectName("receivedPosition")
        self.desk_staffed = QCheckBox(self.tr("Meja layanan dijaga petugas"))
        self.desk_staffed.setObjectName("deskStaffed")
        self.residents_waiting = QSpinBox()
        self.residents_waiting.setObjectName("residentsWaiting")
        self.residents_waiting.setRange(0, 1000)
        self.residents_waiting.setSuffix(self.tr(" orang"))
        found_form = QFormLayout()
        found_form.addRow(self.tr("Keadaan saat tiba"), self.found_box)
        found_form.addRow(self.tr("Diterima oleh"), self.received_by)
        found_form.addRow(self.tr("Jabatan"), self.received_position)
        found_form.addRow("", self.desk_staffed)
        found_form.addRow(self.tr("Warga menunggu"), self.residents_waiting)
        found_box = QGroupBox(self.tr("Keadaan kantor"))
        found_box.setLayout(found_form)

        self.inspector_name = QLineEdit()
        self.inspector_name.setObjectName("inspectorName")
        self.inspector_nip = QLineEdit()
        self.inspector_nip.setObjectName("inspectorNip")
        self.inspector_nip.setPlaceholderText(self.tr("18 angka (boleh kosong)"))
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.team.setPlaceholderText(self.tr("anggota tim lain, pisahkan dengan koma"))
        team_form = QFormLayout()
        team_form.addRow(self.tr("Nama pemeriksa"), self.inspector_name)
        team_form.addRow(self.tr("NIP"), self.inspector_nip)
        team_form.addRow(self.tr("Anggota tim"), self.team)
        team_box = QGroupBox(self.tr("Pemeriksa"))
        team_box.setLayout(team_form)

        right = QVBoxLayout()
        right.addWidget(found_box)
        right.addWidget(team_box)
        right.addStretch(1)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(office_box, 1)
        layout.addLayout(right, 1)
        return page

    def _staff_tab(self) -> QWidget:
        hint = QLabel(self.tr("Daftar pegawai kantor yang disidak. Tandai yang tidak hadir dan "
                              "alasannya; untuk dinas luar tulis nomor surat tugasnya."))
        hint.setWordWrap(True)
        self.staff_table = QTableWidget(0, 4)
        self.staff_table.setObjectName("staffTable")
        self.staff_table.setHorizontalHeaderLabels([
            self.tr("Nama"), self.tr("Jabatan"), self.tr("Status"),
            self.tr("Keterangan / no. surat tugas")])
        _plain_table(self.staff_table, stretch=STAFF_NOTE)
        self.staff_summary = QLabel()
        self.staff_summary.setObjectName("staffSummary")
        add_person = QPushButton(self.tr("Tambah orang di luar daftar"))
        add_person.setObjectName("addPerson")
        add_person.setAutoDefault(False)
        add_person.clicked.connect(self._add_person)
        self.add_person_button = add_person
        line = QHBoxLayout()
        line.addWidget(self.staff_summary, 1)
        line.addWidget(add_person)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.staff_table, 1)
        layout.addLayout(line)
        return page

    def _checklist_tab(self) -> QWidget:
        self.checklist_box = QWidget()
        self.checklist_box.setObjectName("checklistBox")
        grid = QGridLayout(self.checklist_box)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(18)
        for column, title in enumerate((self.tr("Standar pelayanan"), self.tr("Ya"),
                                        self.tr("Tidak"), self.tr("Tidak diperiksa"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignLeft if column == 0
                           else Qt.AlignmentFlag.AlignCenter)
        labels = {"ya": self.tr("Ya"), "tidak": self.tr("Tidak"), "": self.tr("Tidak diperiksa")}
        items = self.state.read(checklist_items)
        for row, (key, label) in enumerate(items, start=1):
            grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self.checklist_box)
            buttons: dict[str, QRadioButton] = {}
            for column, answer in enumerate(ANSWERS, start=1):
                button = QRadioButton()
                button.setObjectName(f"check_{key}_{answer or 'none'}")
                button.setToolTip(labels[answer])
                button.setAccessibleName(f"{label}: {labels[answer]}")
                group.addButton(button)
                buttons[answer] = button
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            buttons[""].setChecked(True)
            self.checks[key] = buttons
        grid.setRowStretch(len(items) + 1, 1)
        return self.checklist_box

    def _findings_tab(self) -> QWidget:
        self.findings_table = QTableWidget(0, 3)
        self.findings_table.setObjectName("findingsTable")
        self.findings_table.setHorizontalHeaderLabels([
            self.tr("Temuan"), self.tr("Rekomendasi"), self.tr("Batas tindak lanjut")])
        _plain_table(self.findings_table, stretch=None)
        header = self.findings_table.horizontalHeader()
        header.setSectionResizeMode(FIND_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIND_RECOMMENDATION, QHeaderView.ResizeMode.Stretch)
        self.add_finding_button = QPushButton(self.tr("Tambah temuan"))
        self.add_finding_button.setObjectName("addFinding")
        self.add_finding_button.clicked.connect(self._add_finding)
        self.remove_finding_button = QPushButton(self.tr("Hapus temuan"))
        self.remove_finding_button.setObjectName("removeFinding")
        self.remove_finding_button.clicked.connect(self._remove_finding)
        for button in (self.add_finding_button, self.remove_finding_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_finding_button)
        buttons.addWidget(self.remove_finding_button)
        buttons.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Catatan lain (boleh kosong)"))
        self.notes.setMaximumHeight(90)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.findings_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Catatan lain")))
        layout.addWidget(self.notes)
        return page

    def _photos_tab(self) -> QWidget:
        self.photo_list = QListWidget()
        self.photo_list.setObjectName("photoList")
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMB)
        self.photo_list.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 40))
        self.photo_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photo_list.setMovement(QListView.Movement.Static)
        self.photo_list.setWordWrap(True)
        self.photo_list.itemSelectionChanged.connect(self._update_photo_buttons)
        self.add_photo_button = QPushButton(self.tr("Tambah foto…"))
        self.add_photo_button.setObjectName("addPhoto")
        self.add_photo_button.clicked.connect(self.add_photos)
        self.remove_photo_button = QPushButton(self.tr("Hapus foto"))
        self.remove_photo_button.setObjectName("removePhoto")
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        for button in (self.add_photo_button, self.remove_photo_button):
            button.setAutoDefault(False)
        self.photo_count = QLabel()
        self.photo_count.setObjectName("photoCount")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.photo_count)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.photo_list, 1)
        layout.addLayout(buttons)
        return page

    def _signature_tab(self) -> QWidget:
        self.sign_box = QWidget()
        self.sign_box.setObjectName("signBox")
        grid = QGridLayout(self.sign_box)
        self.pads: dict[str, SignaturePad] = {}
        self.signer_names: dict[str, QLabel] = {}
        self.clear_buttons: dict[str, QPushButton] = {}
        for column, (signer, title, name) in enumerate((
                ("ttd_pemeriksa", self.tr("Pemeriksa"), "Inspector"),
                ("ttd_kantor", self.tr("Perwakilan kantor"), "Office"))):
            pad = SignaturePad()
            pad.setObjectName(f"pad{name}")
            pad.changed.connect(self._update_sign_buttons)
            pad.changed.connect(self.error.clear_error)
            who = QLabel()
            who.setObjectName(f"signer{name}")
            clear = QPushButton(self.tr("Hapus"))
            clear.setObjectName(f"clear{name}")
            clear.setAutoDefault(False)
            clear.clicked.connect(pad.clear)
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addWidget(pad, 1, column)
            line = QHBoxLayout()
            line.addWidget(who, 1)
            line.addWidget(clear)
            grid.addLayout(line, 2, column)
            self.pads[signer] = pad
            self.signer_names[signer] = who
            self.clear_buttons[signer] = clear
        self.inspector_name.textChanged.connect(lambda _t: self._update_signer_names())
        self.received_by.textChanged.connect(lambda _t: self._update_signer_names())
        explain = QLabel(self.tr(
            "Setelah kedua pihak menandatangani, pilih Selesai & kunci. Berita acara lalu "
            "terkunci: perubahan sesudahnya dicatat sebagai koreksi dengan alasan, dan nilai "
            "semula tetap tercatat."))
        explain.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("Selesai && kunci"))
        self.finish_button.setObjectName("finishVisit")
        self.finish_button.setAutoDefault(False)
        self.finish_button.clicked.connect(self.finish_visit)
        grid.addWidget(explain, 3, 0, 1, 2)
        finish_line = QHBoxLayout()
        finish_line.addWidget(self.finish_button)
        finish_line.addStretch(1)
        grid.addLayout(finish_line, 4, 0, 1, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(5, 1)
        return self.sign_box

    # --- filling the form -------------------------------------------------------------
    def _filter_offices(self, text: str) -> None:
        choices = self.state.read(office_choices, text)
        self.office_list.blockSignals(True)
        self.office_list.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.office_list.addItem(item)
            if self.office is not None and choice.code == self.office.code:
                self.office_list.setCurrentItem(item)
        self.office_list.blockSignals(False)
        # Typing until one office is left chooses it, as a person expects.
        if len(choices) == 1 and text.strip() and self.office_list.isEnabled():
            self.office_list.setCurrentRow(0)

    def _office_clicked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        choice = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(choice, OfficeChoice):
            self._choose_office(choice)

    def _choose_office(self, choice: OfficeChoice | None) -> None:
        self.office = choice
        if choice is None:
            self.office_chosen.setText(self.tr("<i>belum dipilih</i>"))
        else:
            self.office_chosen.setText(f"<b>{choice.label}</b>")
        self._load_roster()

    def _day_changed(self) -> None:
        self._update_reason()
        self._load_roster()

    def _load_roster(self) -> None:
        """The visited office's roster for the day; what was already marked is kept."""
        if self.office is None or self.locked:
            return
        fresh = self.state.read(roster, self.office.code, python_date(self.day))
        same_office = self._roster_office == self.office.code
        marked = {m.staff_id: m for m in self.staff_values() if m.staff_id} if same_office \
            else {}
        extra = [m for m in self.staff_values() if not m.staff_id] if same_office else []
        self._set_staff([marked.get(m.staff_id or "", m) for m in fresh] + extra)
        self._roster_office = self.office.code

    def _set_staff(self, members: list[StaffFound]) -> None:
        self.staff_table.clearContents()
        self.staff_table.setRowCount(0)
        self.staff_lines = []
        for member in members:
            self._append_staff(member, typed_name=member.staff_id is None)
        self._update_staff_summary()

    def _append_staff(self, member: StaffFound, typed_name: bool) -> StaffLine:
        row = self.staff_table.rowCount()
        self.staff_table.insertRow(row)
        name_field: QLineEdit | None = None
        if typed_name:
            name_field = QLineEdit(member.name)
            name_field.setObjectName(f"staffName_{row}")
            name_field.setPlaceholderText(self.tr("nama"))
            self.staff_table.setCellWidget(row, STAFF_NAME, name_field)
        else:
            self.staff_table.setItem(row, STAFF_NAME, _cell(member.name))
        self.staff_table.setItem(row, STAFF_POSITION, _cell(member.position))
        status = QComboBox()
        status.setObjectName(f"staffStatus_{row}")
        for key, label in STAFF_STATUSES.items():
            status.addItem(label, key)
        status.setCurrentIndex(max(0, list(STAFF_STATUSES).index(member.status)
                                   if member.status in STAFF_STATUSES else 0))
        note = QLineEdit(member.note)
        note.setObjectName(f"staffNote_{row}")
        status.currentIndexChanged.connect(lambda _i: self._update_staff_summary())
        self.staff_table.setCellWidget(row, STAFF_STATUS, status)
        self.staff_table.setCellWidget(row, STAFF_NOTE, note)
        line = StaffLine(member.staff_id, member.position, name_field, member.name, status,
                         note)
        self.staff_lines.append(line)
        return line

    def _add_person(self) -> None:
        line = self._append_staff(StaffFound(""), typed_name=True)
        self._update_staff_summary()
        if line.name is not None:
            line.name.setFocus()

    def _update_staff_summary(self) -> None:
        values = self.staff_values()
        absent = sum(1 for m in values if m.status != "hadir")
        for line in self.staff_lines:
            line.note.setPlaceholderText(self.tr("no. surat tugas (wajib)")
                                         if line.status.currentData() == "dl" else "")
        if not values:
            self.staff_summary.setText(self.tr("Pilih kantor dulu; daftar pegawainya muncul "
                                               "di sini.") if self.office is None
                                       else self.tr("Tidak ada pegawai terdaftar."))
        else:
            self.staff_summary.setText(self.tr("{total} pegawai: {present} hadir, {absent} tidak "
                                               "hadir").format(total=len(values),
                                                               present=len(values) - absent,
                                                               absent=absent))

    def _set_findings(self, findings: list[FindingInput]) -> None:
        self.findings_table.clearContents()
        self.findings_table.setRowCount(0)
        self.finding_lines = []
        for finding in findings:
            self._append_finding(finding)
        self._update_finding_buttons()

    def _append_finding(self, value: FindingInput) -> FindingLine:
        row = self.findings_table.rowCount()
        self.findings_table.insertRow(row)
        text = QLineEdit(value.finding)
        text.setObjectName(f"finding_{row}")
        text.setPlaceholderText(self.tr("apa yang ditemukan"))
        text.setToolTip(value.finding)
        recommendation = QLineEdit(value.recommendation)
        recommendation.setObjectName(f"recommendation_{row}")
        recommendation.setPlaceholderText(self.tr("yang harus dilakukan kantor"))
        has_deadline = QCheckBox()
        has_deadline.setObjectName(f"hasDeadline_{row}")
        has_deadline.setToolTip(self.tr("Beri batas waktu tindak lanjut"))
        deadline = QDateEdit()
        deadline.setObjectName(f"deadline_{row}")
        deadline.setCalendarPopup(True)
        deadline.setDisplayFormat("dd-MM-yyyy")
        day = python_date(self.day)
        deadline.setDate(QDate(value.deadline or day + timedelta(days=DEADLINE_DAYS)))
        has_deadline.setChecked(value.deadline is not None)
        deadline.setEnabled(value.deadline is not None)
        has_deadline.toggled.connect(deadline.setEnabled)
        cell = QWidget()
        line = QHBoxLayout(cell)
        line.setContentsMargins(4, 0, 4, 0)
        line.addWidget(has_deadline)
        line.addWidget(deadline)
        self.findings_table.setCellWidget(row, FIND_TEXT, text)
        self.findings_table.setCellWidget(row, FIND_RECOMMENDATION, recommendation)
        self.findings_table.setCellWidget(row, FIND_DEADLINE, cell)
        finding = FindingLine(text, recommendation, has_deadline, deadline)
        self.finding_lines.append(finding)
        return finding

    def _add_finding(self) -> None:
        line = self._append_finding(FindingInput(""))
        self.findings_table.setCurrentCell(len(self.finding_lines) - 1, FIND_TEXT)
        line.finding.setFocus()
        self._update_finding_buttons()

    def _remove_finding(self) -> None:
        row = self.findings_table.currentRow()
        if row < 0:
            row = len(self.finding_lines) - 1
        if row < 0:
            return
        values = [line.value() for line in self.finding_lines]
        del values[row]
        self._set_findings(values)

    def _update_finding_buttons(self) -> None:
        self.remove_finding_button.setEnabled(bool(self.finding_lines))

    def _update_opened(self) -> None:
        self.opened.setEnabled(self.found_buttons["dibuka"].isChecked())

    def _update_reason(self) -> None:
        """The reason is asked for once the arrival is not the moment it is entered."""
        try:
            typed = format_hhmm(parse_hhmm(self.arrival.text()))
        except ValidationError:
            typed = self.arrival.text()
        differs = (python_date(self.day), typed) != self._arrival_default
        self.arrival_reason.setEnabled(differs or bool(self.arrival_reason.text()))

    def _update_signer_names(self) -> None:
        self.signer_names["ttd_pemeriksa"].setText(self.inspector_name.text())
        received = self.received_by.text().strip()
        position = self.received_position.text().strip()
        self.signer_names["ttd_kantor"].setText(
            f"{received} ({position})" if received and position else received
            or self.tr("<i>isi Diterima oleh di tab pertama</i>"))

    def _load(self, visit_id: str) -> None:
        detail = self.state.read(visit_detail, visit_id)
        self.detail = detail
        self.locked = detail.locked
        self._arrival_default = (detail.day, detail.arrival)
        choices = self.state.read(office_choices)
        known = {c.code: c for c in choices}
        self.office = known.get(detail.visited_office) or OfficeChoice(
            detail.visited_office, detail.visited_name, self.state.ctx.device.timezone)
        self._roster_office = detail.visited_office
        self.day.blockSignals(True)
        self.day.setMinimumDate(QDate(min(detail.day, self._today - timedelta(
            days=MAX_DAYS_BACK))))
        self.day.setDate(QDate(detail.day))
        self.day.blockSignals(False)
        self._filter_offices(self.office_search.text())
        self.office_chosen.setText(f"<b>{self.office.label}</b>")
        self.arrival.setText(detail.arrival)
        self.arrival_reason.setText(detail.arrival_reason)
        if detail.found in self.found_buttons:
            self.found_buttons[detail.found].setChecked(True)
        self.opened.setText(detail.opened or "")
        self.received_by.setText(detail.received_by)
        self.received_position.setText(detail.received_position)
        self.desk_staffed.setChecked(detail.desk_staffed)
        self.residents_waiting.setValue(detail.residents_waiting)
        self.inspector_name.setText(detail.inspector_name)
        self.inspector_nip.setText(detail.inspector_nip or "")
        self.team.setText(detail.team)
        self.notes.setPlainText(detail.notes)
        for item in detail.checklist:
            if item.key in self.checks and item.answer in self.checks[item.key]:
                self.checks[item.key][item.answer].setChecked(True)
        # Kept rows come back in no particular order; the roster's order is by name.
        self._set_staff(sorted(detail.staff, key=lambda m: (m.staff_id is None,
                                                             m.name.casefold())))
        self._set_findings([FindingInput(f.finding, f.recommendation, f.deadline)
                            for f in detail.findings])
        self._show_photos(detail)
        for signer, pad in self.pads.items():
            kept = detail.signatures.get(signer)
            if kept is not None and not pad.modified:
                pad.show_png(self.state.read(blob_bytes, kept.sha256))
        self._show_amendments(detail)

    def _show_photos(self, detail: SidakDetail) -> None:
        self.photo_list.clear()
        for photo in detail.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(self.state.read(blob_bytes, photo.sha256))
            thumb = pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            item = QListWidgetItem(QIcon(thumb), photo.file_name)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(photo.caption or photo.file_name)
            self.photo_list.addItem(item)

    def _show_amendments(self, detail: SidakDetail) -> None:
        index = self.tabs.indexOf(self.amendments)
        if not detail.amendments:
            if index >= 0:
                self.tabs.removeTab(index)
            return
        self.amendments.clear()
        self.amendments.setHorizontalHeaderLabels([
            self.tr("Waktu"), self.tr("Bagian"), self.tr("Semula"), self.tr("Menjadi"),
            self.tr("Alasan")])
        _plain_table(self.amendments, stretch=4)
        self.amendments.setRowCount(len(detail.amendments))
        for row, change in enumerate(detail.amendments):
            values = (waktu(change.at, self.state.ctx.device.timezone), change.field,
                      change.old_value, change.new_value, change.reason)
            for column, value in enumerate(values):
                self.amendments.setItem(row, column, _cell(value))
        title = self.tr("Koreksi ({count})").format(count=len(detail.amendments))
        if index < 0:
            self.tabs.addTab(self.amendments, title)
        else:
            self.tabs.setTabText(index, title)

    # --- reading the form -------------------------------------------------------------
    def staff_values(self) -> list[StaffFound]:
        return [line.value() for line in self.staff_lines]

    def _found(self) -> str:
        for key, button in self.found_buttons.items():
            if button.isChecked():
                return key
        return ""

    def form_value(self) -> SidakForm:
        found = self._found()
        checklist = {}
        for key, buttons in self.checks.items():
            checklist[key] = next(answer for answer, b in buttons.items() if b.isChecked())
        return SidakForm(
            visited_office=self.office.code if self.office else "",
            day=python_date(self.day), arrival=self.arrival.text(), found=found,
            inspector_name=self.inspector_name.text(),
            arrival_reason=self.arrival_reason.text() if self.arrival_reason.isEnabled()
            else "",
            opened=self.opened.text() if found == "dibuka" else None,
            received_by=self.received_by.text(),
            received_position=self.received_position.text(),
            desk_staffed=self.desk_staffed.isChecked(),
            residents_waiting=self.residents_waiting.value(), checklist=checklist,
            staff=self.staff_values(),
            findings=[line.value() for line in self.finding_lines if not line.is_blank()],
            notes=self.notes.toPlainText(), inspector_nip=self.inspector_nip.text() or None,
            team=self.team.text())

    def new_signatures(self) -> dict[str, bytes]:
        """Signatures drawn since the last save."""
        return {signer: pad.to_png() for signer, pad in self.pads.items()
                if pad.modified and not pad.is_empty()}

    def has_unsaved_changes(self) -> bool:
        return self.form_value() != self._saved_form or bool(self.new_signatures())

    # --- saving -----------------------------------------------------------------------
    def save(self) -> bool:
        """Keep what the form holds (and signatures drawn since); False when refused."""
        return self._commit(finishing=False)

    def finish_visit(self) -> None:
        missing = [title for signer, title in (("ttd_pemeriksa", self.tr("pemeriksa")),
                                               ("ttd_kantor", self.tr("perwakilan kantor")))
                   if self.pads[signer].is_empty()]
        if missing:
            self._show_error(ValidationError(
                self.tr("Belum ditandatangani: {who}.").format(who=", ".join(missing)),
                "signature"))
            return
        answer = QMessageBox.question(
            self, self.tr("Selesai & kunci"),
            self.tr("Selesaikan berita acara sidak ini? Sesudahnya setiap perubahan dicatat "
                    "sebagai koreksi dengan alasan."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._commit(finishing=True):
            self._flash(self.tr("Berita acara selesai dan terkunci. Sekarang dapat dicetak."))

    def _commit(self, finishing: bool) -> bool:
        form = self.form_value()
        signatures = {} if self.detail is not None and self.detail.status == "final" \
            else self.new_signatures()
        visit_id = self.visit_id

        def operation(uow: UnitOfWork, reason: str) -> str:
            saved = save_visit(uow, form, visit_id, reason)
            for signer, png in signatures.items():
                sign(uow, saved, signer, png, reason)
            if finishing:
                finish(uow, saved)
            return saved

        def write(reason: str) -> None:
            self.visit_id = self.state.write("sidak", operation, reason)

        self.error.clear_error()
        try:
            write("")
        except ValidationError as exc:
            if exc.field != "reason" or visit_id is None:
                self._show_error(exc)
                return False
            if not self.ask_reason(write):
                return False
        except PantauError as exc:
            self._show_error(exc)
            return False
        self._saved()
        if not finishing:
            self._flash(self.tr("Tersimpan."))
        return True

    def ask_reason(self, save: Callable[[str], object]) -> bool:
        """A finished (or sent) sidak: changes are amendments, with a reason."""
        dialog = ReasonDialog(
            self.tr("Alasan koreksi"),
            self.tr("Sidak ini sudah selesai atau sudah dikirim. Perubahan dicatat sebagai "
                    "koreksi di berita acara, nilai semula tetap tercatat. Tulis alasannya "
                    "(minimal {count} huruf):").format(count=MIN_REASON),
            save, placeholder=self.tr("mis. salah ketik jam kantor dibuka"),
            ok_text=self.tr("Simpan koreksi"), parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _saved(self) -> None:
        assert self.visit_id is not None
        for pad in self.pads.values():
            pad.modified = False
        self._load(self.visit_id)
        self._update_reason()
        self._saved_form = self.form_value()
        self._show_state()

    def _show_error(self, error: PantauError) -> None:
        self.message.hide()
        field = error.field if isinstance(error, ValidationError) else None
        if field in self.field_tabs:
            self.tabs.setCurrentIndex(self.field_tabs[field])
        self.error.show_error(error, self.fields)

    def _flash(self, text: str) -> None:
        self.error.clear_error()
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.message.setText(text)
        self.message.show()

    def _show_state(self) -> None:
        detail = self.detail
        final = detail is not None and detail.status == "final"
        if detail is None:
            self.setWindowTitle(self.tr("Sidak baru"))
            self.status_line.setText(self.tr("<b>Sidak baru</b> · belum disimpan"))
        else:
            self.setWindowTitle(self.tr("Sidak {number}").format(number=detail.number))
            if final:
                state = self.tr("selesai dan terkunci: perubahan dicatat sebagai koreksi")
            elif self.locked:
                state = self.tr("sudah dikirim: perubahan dicatat sebagai koreksi")
            else:
                state = self.tr("draf")
            self.status_line.setText(self.tr("<b>{number}</b> · {office} · {day} · {state}")
                                     .format(number=detail.number, office=detail.visited_name,
                                             day=tanggal_pendek(detail.day), state=state))
        # A finished sidak stays at its office and day; a new one must be recorded instead.
        for widget in (self.office_search, self.office_list, self.day):
            widget.setEnabled(not self.locked)
        self.add_person_button.setEnabled(not self.locked)
        self.print_button.setEnabled(self.visit_id is not None)
        self._update_opened()
        self._update_signer_names()
        self._update_photo_buttons()
        self._update_sign_buttons()
        if detail is None and self.office is None:
            self.office_chosen.setText(self.tr("<i>belum dipilih</i>"))
            self._update_staff_summary()

    def _update_photo_buttons(self) -> None:
        count = self.photo_list.count()
        self.add_photo_button.setEnabled(count < MAX_PHOTOS and not self._busy)
        self.remove_photo_button.setEnabled(
            not self.locked and self.photo_list.currentItem() is not None
            and bool(self.photo_list.selectedItems()))
        self.photo_count.setText(self.tr("{count} dari {limit} foto · JPEG atau PNG, paling "
                                         "besar {size} MB").format(
            count=count, limit=MAX_PHOTOS, size=MAX_IMAGE_BYTES // (1024 * 1024)))

    def _update_sign_buttons(self) -> None:
        final = self.detail is not None and self.detail.status == "final"
        for signer, pad in self.pads.items():
            pad.set_read_only(final)
            self.clear_buttons[signer].setEnabled(not final and not pad.is_empty())
        self.finish_button.setEnabled(not final)
        self.finish_button.setText(self.tr("Sudah selesai") if final
                                   else self.tr("Selesai && kunci"))

    # --- photos -----------------------------------------------------------------------
    def choose_photo_files(self) -> list[Path]:
        """Ask for photo files (tests replace this)."""
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih foto"), "",
            self.tr("Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        return [Path(name) for name in files]

    def add_photos(self) -> None:
        paths = self.choose_photo_files()
        if not paths or self._busy:
            return
        # A photo belongs to a saved sidak: a new one is saved as a draft first.
        if self.visit_id is None and not self.save():
            return
        reason = ""
        if self.locked:
            chosen: list[str] = []

            def keep(text: str) -> None:
                if len(" ".join(text.split())) < MIN_REASON:
                    raise ValidationError(self.tr("Tulis alasannya (minimal {count} huruf).")
                                          .format(count=MIN_REASON), "reason")
                chosen.append(text)

            if not self.ask_reason(keep):
                return
            reason = chosen[0]

        def work(_progress: Progress) -> list[PreparedFile | str]:
            results: list[PreparedFile | str] = []
            for path in paths:
                try:
                    results.append(prepare_photo(path))
                except PantauError as exc:
                    results.append(exc.message)
            return results

        self._busy = True
        self.add_photo_button.setEnabled(False)
        self.tasks.run(self, self.tr("Menyiapkan foto…"), work,
                       lambda results: self._store_photos(results, reason),
                       self._photos_failed)

    def _store_photos(self, results: list[PreparedFile | str], reason: str) -> None:
        self._busy = False
        problems = [r for r in results if isinstance(r, str)]
        added = 0
        for result in results:
            if isinstance(result, str) or self.visit_id is None:
                continue
            try:
                self.state.write("sidak", add_photo, self.visit_id, result, "", reason)
                added += 1
            except PantauError as exc:
                problems.append(f"{result.file_name}: {exc.message}")
        if self.visit_id is not None:
            self._refresh_photos()
        if problems:
            self._show_error(ValidationError("\n".join(problems), "photo"))
        elif added:
            self._flash(self.tr("{count} foto ditambahkan.").format(count=added))
        self._update_photo_buttons()

    def _photos_failed(self, message: str) -> None:
        self._busy = False
        self._show_error(ValidationError(message, "photo"))
        self._update_photo_buttons()

    def _refresh_photos(self) -> None:
        assert self.visit_id is not None
        detail = self.state.read(visit_detail, self.visit_id)
        self.detail = detail
        self._show_photos(detail)
        self._show_amendments(detail)

    def remove_selected_photo(self) -> None:
        item = self.photo_list.currentItem()
        if item is None or self.visit_id is None:
            return
        attachment_id = str(item.data(Qt.ItemDataRole.UserRole))
        try:
            self.state.write("sidak", remove_photo, attachment_id)
        except PantauError as exc:
            self._show_error(exc)
            return
        self._refresh_photos()
        self._update_photo_buttons()

    # --- printing and closing ---------------------------------------------------------
    def print_visit(self) -> None:
        if self.visit_id is None or self._print_visit is None:
            return
        if self.has_unsaved_changes() and not self.save():
            return
        self._print_visit(self.visit_id)

    def reject(self) -> None:
        if self._busy:
            return
        if self.has_unsaved_changes():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Perubahan belum disimpan"),
                              self.tr("Simpan isian sidak ini sebelum menutup?"),
                              parent=self)
            save = box.addButton(self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Buang perubahan"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is save:
                if not self.save():
                    return
            elif clicked is not discard:
                return
        super().reject()


def python_date(widget: QDateEdit) -> date:
    value = widget.date().toPython()
    assert isinstance(value, date)
    return value


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setToolTip(text)
    return item


def _plain_table(table: QTableWidget, stretch: int | None) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(32)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

