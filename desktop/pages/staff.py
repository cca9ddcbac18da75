"""Pegawai: the office's staff roster."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.formatting import tanggal_pendek
from core.services.staff import (
    StaffInput,
    StaffRow,
    add_staff,
    deactivate_staff,
    list_staff,
    reactivate_staff,
    update_staff,
)
from desktop.dialogs.common import DateDialog
from desktop.dialogs.staff import StaffDialog
from desktop.models.table import Column, RowTableModel, filter_proxy, selected_row
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner


def _iso(day: object) -> str:
    return "" if day is None else str(day)


class StaffPage(Page):
    areas = ("staff",)

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.model: RowTableModel[StaffRow] = RowTableModel([
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("NIP / No. lokal"), lambda r: r.identifier),
            Column(self.tr("Jabatan"), lambda r: r.position),
            Column(self.tr("Status"), lambda r: r.status.value),
            Column(self.tr("Aktif sejak"), lambda r: tanggal_pendek(r.active_from),
                   lambda r: _iso(r.active_from)),
            Column(self.tr("Aktif s.d."), lambda r: tanggal_pendek(r.active_until),
                   lambda r: _iso(r.active_until)),
        ], dimmed=lambda r: r.active_until is not None)
        self.proxy = filter_proxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Saring nama, NIP, jabatan…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_inactive = QCheckBox(self.tr("Tampilkan yang nonaktif"))
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(self.tr("Tambah pegawai"))
        self.add_button.setObjectName("addStaff")
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.edit_button.setObjectName("editStaff")
        self.deactivate_button = QPushButton(self.tr("Nonaktifkan"))
        self.deactivate_button.setObjectName("deactivateStaff")
        self.reactivate_button = QPushButton(self.tr("Aktifkan lagi"))
        self.reactivate_button.setObjectName("reactivateStaff")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.count = QLabel()
        self.count.setObjectName("staffCount")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button,
                       self.reactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Pegawai")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        rows = self.state.read(list_staff, self.state.ctx.device.office_code,
                               include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        active = sum(1 for row in rows if row.active_until is None)
        self.count.setText(self.tr("{active} aktif, {total} ditampilkan")
                           .format(active=active, total=len(rows)))
        self._update_buttons()

    def selected(self) -> StaffRow | None:
        return selected_row(self.table, self.model)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.deactivate_button.setEnabled(row is not None and row.active_until is None)
        self.reactivate_button.setEnabled(row is not None and row.active_until is not None)

    def add(self) -> None:
        StaffDialog(lambda data: self.state.write("staff", add_staff, data), parent=self).exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return

        def save(data: StaffInput) -> object:
            return self.state.write("staff", update_staff, row.id, data)

        StaffDialog(save, existing=row, parent=self).exec()

    def deactivate_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = DateDialog(self.tr("Nonaktifkan pegawai"),
                            self.tr("Hari terakhir aktif {name}:").format(name=row.name), self)
        if dialog.exec():
            self.attempt(lambda: self.state.write("staff", deactivate_staff, row.id,
                                                  dialog.value()))

    def reactivate_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.attempt(lambda: self.state.write("staff", reactivate_staff, row.id))

