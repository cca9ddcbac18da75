"""Add or edit one staff member."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.services.staff import StaffInput, StaffRow, StaffStatus
from desktop.forms import ErrorLabel


class StaffDialog(QDialog):
    """`save` is called with the input; the dialog closes only when it succeeds."""

    def __init__(self, save: Callable[[StaffInput], object], existing: StaffRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Ubah pegawai") if existing else self.tr("Tambah pegawai"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.status = QComboBox()
        for status in StaffStatus:
            self.status.addItem(status.value, status)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka, mis. 19850312 201001 1 003"))
        self.local_id = QLineEdit()
        self.local_id.setPlaceholderText(self.tr("untuk non-ASN tanpa NIP"))
        self.position = QLineEdit()
        self.active_from = QDateEdit(QDate.currentDate())
        self.active_from.setCalendarPopup(True)
        self.active_from.setDisplayFormat("dd-MM-yyyy")
        for name in ("name", "status", "nip", "local_id", "position", "active_from"):
            getattr(self, name).setObjectName(name)
        if existing is not None:
            self.name.setText(existing.name)
            self.status.setCurrentIndex(list(StaffStatus).index(existing.status))
            self.nip.setText(existing.nip or "")
            self.local_id.setText(existing.local_id or "")
            self.position.setText(existing.position)
            self.active_from.setDate(QDate(existing.active_from))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("No. pegawai lokal"), self.local_id)
        form.addRow(self.tr("Jabatan"), self.position)
        form.addRow(self.tr("Aktif sejak"), self.active_from)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self) -> StaffInput:
        return StaffInput(
            name=self.name.text(), position=self.position.text(),
            # Qt hands item data back as a plain str, not as the StrEnum it was given.
            status=StaffStatus(self.status.currentData()), nip=self.nip.text() or None,
            local_id=self.local_id.text() or None,
            active_from=self.active_from.date().toPython(),
        )

    def submit(self) -> None:
        try:
            self._save(self.value())
        except PantauError as exc:
            self.error.show_error(exc, {"name": self.name, "nip": self.nip,
                                        "status": self.status,
                                        "local_id": self.local_id,
                                        "active_from": self.active_from})
            return
        self.accept()
