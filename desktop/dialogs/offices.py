"""Add a non-territorial unit (OPD, puskesmas, UPT) at the hub."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from core.services.offices import UNIT_KINDS, OfficeInfo
from desktop.forms import FormDialog


class NewUnitDialog(FormDialog):
    def __init__(self, parents: Sequence[OfficeInfo],
                 save: Callable[[str, str, str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah unit kerja"), parent)
        self._save = save
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("mis. 15.71.PKM.001"))
        hint = QLabel(self.tr("Jenis: {kinds}").format(kinds="; ".join(
            f"{kind} = {label}" for kind, label in UNIT_KINDS.items())))
        hint.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.parent_office = QComboBox()
        self.parent_office.setObjectName("parent_code")
        for office in parents:
            self.parent_office.addItem(office.display_name, office.code)
        self.form.addRow(self.tr("Kode unit"), self.code)
        self.form.addRow("", hint)
        self.form.addRow(self.tr("Nama unit"), self.name)
        self.form.addRow(self.tr("Induk"), self.parent_office)
        self.fields = {"code": self.code, "name": self.name, "parent_code": self.parent_office}

    def submit(self) -> None:
        self._save(self.code.text(), self.name.text(), self.parent_office.currentData())
