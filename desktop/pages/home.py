"""Beranda: the office at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from core.formatting import hari_tanggal
from core.services.overview import office_overview
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner


class HomePage(Page):
    areas = ("staff", "users", "offices")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.title = QLabel()
        self.title.setObjectName("homeTitle")
        self.today = QLabel()
        self.office_box = QGroupBox(self.tr("Kantor"))
        self.office_form = QFormLayout(self.office_box)
        self.staff_box = QGroupBox(self.tr("Pegawai dan akun"))
        self.staff_form = QFormLayout(self.staff_box)
        self.staff_summary = QLabel()
        self.staff_summary.setObjectName("staffSummary")
        self.users_summary = QLabel()
        self.log_summary = QLabel()
        self.staff_form.addRow(self.tr("Pegawai aktif"), self.staff_summary)
        self.staff_form.addRow(self.tr("Akun aktif"), self.users_summary)
        self.staff_form.addRow(self.tr("Perubahan tercatat"), self.log_summary)
        self.office_labels = [QLabel() for _ in range(3)]
        for caption, label in zip((self.tr("Kode"), self.tr("Induk"), self.tr("Mode")),
                                  self.office_labels, strict=True):
            self.office_form.addRow(caption, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.today)
        layout.addWidget(self.office_box)
        layout.addWidget(self.staff_box)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        device = self.state.ctx.device
        overview = self.state.read(office_overview, device.office_code, device.id)
        self.title.setText(f"<h1>{overview.office.display_name}</h1>")
        self.today.setText(hari_tanggal(date.today()))
        code, parent, mode = self.office_labels
        code.setText(overview.office.code)
        parent.setText(overview.parent.display_name if overview.parent else "—")
        mode.setText(device.mode.label)
        detail = ", ".join(f"{status} {count}" for status, count in
                           sorted(overview.staff_by_status.items()))
        self.staff_summary.setText(f"{overview.active_staff}" + (f" ({detail})" if detail else ""))
        self.users_summary.setText(str(overview.active_users))
        self.log_summary.setText(self.tr("{seq} entri di log perangkat ini")
                                 .format(seq=overview.log_seq))
