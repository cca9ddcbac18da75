"""Pengaturan → Jadwal dan hari libur: edited at the hub, read-only at offices."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.formatting import tanggal
from core.roles import Mode, Role
from core.services.offices import Level, list_offices
from core.services.schedules import (
    HOLIDAY_KINDS,
    AssignmentInfo,
    HolidayInfo,
    add_holiday,
    assign_profile,
    define_profile,
    list_assignments,
    list_holidays,
    list_profiles,
    remove_holiday,
)
from desktop.dialogs.calendar import AssignmentDialog, HolidayDialog, ProfileDialog
from desktop.models.table import Column, RowTableModel, read_only_table, selected_row
from desktop.state import AppState

KIND_LABELS = {"nasional": "Libur nasional", **HOLIDAY_KINDS}


class CalendarTab(QWidget):
    def __init__(self, state: AppState, attempt) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.state = state
        self.attempt = attempt
        device = state.ctx.device
        self.editable = device.mode is Mode.HUB and state.actor.role is Role.ADMIN
        self.office = None if device.mode is Mode.HUB else device.office_code
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(2020, 2035)
        self.year.setValue(device.local_date(state.ctx.clock()).year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.holidays: RowTableModel[HolidayInfo] = RowTableModel([
            Column(self.tr("Tanggal"), lambda h: tanggal(h.day), lambda h: h.day.isoformat()),
            Column(self.tr("Nama"), lambda h: h.name),
            Column(self.tr("Jenis"), lambda h: KIND_LABELS.get(h.kind, h.kind)),
            Column(self.tr("Untuk"), lambda h: self.tr("semua kantor") if h.applies_to == "*"
                   else h.applies_to),
        ])
        self.assignments: RowTableModel[AssignmentInfo] = RowTableModel([
            Column(self.tr("Jadwal"), lambda a: a.profile_name),
            Column(self.tr("Untuk"), lambda a: self.tr("semua kantor") if a.applies_to == "*"
                   else a.applies_to),
            Column(self.tr("Mulai"), lambda a: tanggal(a.valid_from),
                   lambda a: a.valid_from.isoformat()),
            Column(self.tr("Sampai"), lambda a: tanggal(a.valid_until) if a.valid_until
                   else "—", lambda a: a.valid_until.isoformat() if a.valid_until else "9"),
        ])
        self.holiday_table = read_only_table("holidayTable", self.holidays)
        self.assignment_table = read_only_table("assignmentTable", self.assignments)
        layout = QVBoxLayout(self)
        if not self.editable:
            note = QLabel(self.tr("Jadwal dan hari libur ditetapkan kota dan diterima lewat "
                                  "bundle referensi."))
            note.setObjectName("calendarReadOnly")
            layout.addWidget(note)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Hari libur tahun")))
        top.addWidget(self.year)
        top.addStretch(1)
        if self.editable:
            for text, name, slot in (
                    (self.tr("Tambah hari libur…"), "addHoliday", self.add_holiday),
                    (self.tr("Hapus hari libur"), "removeHoliday", self.remove_holiday)):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(slot)
                top.addWidget(button)
        layout.addLayout(top)
        layout.addWidget(self.holiday_table, 2)
        middle = QHBoxLayout()
        middle.addWidget(QLabel(self.tr("Jadwal yang berlaku")))
        middle.addStretch(1)
        if self.editable:
            for text, name, slot in (
                    (self.tr("Jadwal baru…"), "newProfile", self.new_profile),
                    (self.tr("Tetapkan jadwal…"), "assignProfile", self.assign)):
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(slot)
                middle.addWidget(button)
        layout.addLayout(middle)
        layout.addWidget(self.assignment_table, 1)

    def refresh(self) -> None:
        self.holidays.set_rows(self.state.read(list_holidays, self.year.value(), self.office))
        self.assignments.set_rows(self.state.read(list_assignments, self.office))

    def _offices(self):  # type: ignore[no-untyped-def]
        return [o for o in self.state.read(list_offices) if o.level is not Level.KOTA]

    def add_holiday(self) -> None:
        HolidayDialog(self._offices(), lambda day, name, kind, office: self.state.write(
            "calendar", add_holiday, day, name, kind, office), self).exec()

    def remove_holiday(self) -> None:
        row = selected_row(self.holiday_table, self.holidays)
        if row is None:
            return
        if row.id is None:
            QMessageBox.information(self, self.tr("Libur nasional"), self.tr(
                "Libur nasional berasal dari ketentuan pemerintah pusat dan tidak dapat "
                "dihapus di sini."))
            return
        holiday_id = row.id
        self.attempt(lambda: self.state.write("calendar", remove_holiday, holiday_id))

    def new_profile(self) -> None:
        ProfileDialog(lambda name, kind, week: self.state.write(
            "calendar", define_profile, name, kind, week), self).exec()

    def assign(self) -> None:
        AssignmentDialog(self.state.read(list_profiles), self._offices(),
                         lambda profile, office, start, end: self.state.write(
                             "calendar", assign_profile, profile, office, start, end),
                         self).exec()

