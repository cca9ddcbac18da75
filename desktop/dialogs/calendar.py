"""Hub dialogs for the city calendar: a day off, a schedule profile, an assignment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from core.services.calendar import RAMADAN_WEEK, REGULAR_WEEK
from core.services.offices import OfficeInfo
from core.services.schedules import HOLIDAY_KINDS, PROFILE_KINDS, WEEKDAYS, ProfileInfo
from desktop.forms import FormDialog


def _date_edit(name: str, value: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(value or QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _office_combo(offices: Sequence[OfficeInfo], everyone: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("applies_to")
    combo.addItem(everyone, "*")
    for office in offices:
        combo.addItem(f"{office.display_name} ({office.code})", office.code)
    return combo


class HolidayDialog(FormDialog):
    def __init__(self, offices: Sequence[OfficeInfo],
                 save: Callable[[date, str, str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah hari libur"), parent)
        self._save = save
        self.day = _date_edit("day")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, label in HOLIDAY_KINDS.items():
            self.kind.addItem(label, kind)
        self.applies_to = _office_combo(offices, self.tr("Semua kantor"))
        self.form.addRow(self.tr("Tanggal"), self.day)
        self.form.addRow(self.tr("Nama"), self.name)
        self.form.addRow(self.tr("Jenis"), self.kind)
        self.form.addRow(self.tr("Berlaku untuk"), self.applies_to)
        self.fields = {"day": self.day, "name": self.name, "kind": self.kind,
                       "applies_to": self.applies_to}

    def submit(self) -> None:
        self._save(self.day.date().toPython(), self.name.text(), self.kind.currentData(),
                   self.applies_to.currentData())


class ProfileDialog(FormDialog):
    """A week: for each day, open or not, opening and closing time, break minutes."""

    def __init__(self, save: Callable[[str, str, dict[str, tuple[str, str, int]]], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Jadwal baru"), parent)
        self._save = save
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in PROFILE_KINDS:
            self.kind.addItem(kind, kind)
        self.form.addRow(self.tr("Nama"), self.name)
        self.form.addRow(self.tr("Jenis"), self.kind)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for column, caption in enumerate((self.tr("Hari"), self.tr("Buka"), self.tr("Tutup"),
                                          self.tr("Istirahat (menit)"))):
            grid.addWidget(QLabel(f"<b>{caption}</b>"), 0, column)
        self.days: dict[str, tuple[QCheckBox, QTimeEdit, QTimeEdit, QSpinBox]] = {}
        for row, name in enumerate(WEEKDAYS, start=1):
            key = str(row)
            preset = REGULAR_WEEK.get(key)
            check = QCheckBox(name)
            check.setObjectName(f"day_{key}")
            check.setChecked(preset is not None)
            opens = QTimeEdit(QTime.fromString(str(preset[0]) if preset else "07:30", "HH:mm"))
            closes = QTimeEdit(QTime.fromString(str(preset[1]) if preset else "16:00", "HH:mm"))
            for edit in (opens, closes):
                edit.setDisplayFormat("HH.mm")
            pause = QSpinBox()
            pause.setRange(0, 180)
            pause.setValue(int(str(preset[2])) if preset else 60)
            self.days[key] = (check, opens, closes, pause)
            for column, widget in enumerate((check, opens, closes, pause)):
                grid.addWidget(widget, row, column)
        self.form.addRow(grid_host)
        self.kind.currentIndexChanged.connect(self._preset)
        self.fields = {"name": self.name, "kind": self.kind}

    def _preset(self) -> None:
        preset = RAMADAN_WEEK if self.kind.currentData() == "ramadan" else REGULAR_WEEK
        for key, (check, opens, closes, pause) in self.days.items():
            hours = preset.get(key)
            check.setChecked(hours is not None)
            if hours:
                opens.setTime(QTime.fromString(str(hours[0]), "HH:mm"))
                closes.setTime(QTime.fromString(str(hours[1]), "HH:mm"))
                pause.setValue(int(str(hours[2])))

    def submit(self) -> None:
        week = {key: (opens.time().toString("HH.mm"), closes.time().toString("HH.mm"),
                      pause.value())
                for key, (check, opens, closes, pause) in self.days.items()
                if check.isChecked()}
        self._save(self.name.text(), self.kind.currentData(), week)


class AssignmentDialog(FormDialog):
    def __init__(self, profiles: Sequence[ProfileInfo], offices: Sequence[OfficeInfo],
                 save: Callable[[str, str, date, date | None], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tetapkan jadwal"), parent)
        self._save = save
        self.profile = QComboBox()
        self.profile.setObjectName("profile")
        for profile in profiles:
            self.profile.addItem(f"{profile.name} ({profile.hours_per_week:g} jam/minggu)",
                                 profile.id)
        self.applies_to = _office_combo(offices, self.tr("Semua kantor"))
        self.valid_from = _date_edit("valid_from")
        self.has_end = QCheckBox(self.tr("Berakhir pada"))
        self.has_end.setObjectName("has_end")
        self.valid_until = _date_edit("valid_until")
        self.form.addRow(self.tr("Jadwal"), self.profile)
        self.form.addRow(self.tr("Untuk"), self.applies_to)
        self.form.addRow(self.tr("Mulai"), self.valid_from)
        self.form.addRow(self.has_end, self.valid_until)
        self.fields = {"applies_to": self.applies_to, "valid_until": self.valid_until}

    def submit(self) -> None:
        until = self.valid_until.date().toPython() if self.has_end.isChecked() else None
        self._save(self.profile.currentData(), self.applies_to.currentData(),
                   self.valid_from.date().toPython(), until)
