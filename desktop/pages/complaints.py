"""Pengaduan (hub, kecamatan): the complaints register with its working-day deadlines, and
the three-report rule's rekomendasi rotasi with the decisions a person recorded.

Complaints are handled at the city and at kecamatan offices; a kelurahan's page says so.
What counts, what is late and when an alert stands is decided in
`core.services.complaints`; this page only shows it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.formatting import tanggal_pendek
from core.roles import Mode, Role
from core.services.complaints import (
    CATEGORIES,
    SOURCES,
    STATUS_LABELS,
    ComplaintRow,
    DecisionInfo,
    RotationAlert,
    list_complaints,
    list_decisions,
    record_decision,
    rotation_alerts,
)
from core.services.offices import Level, OfficeInfo, get_office
from core.services.rules import rule
from desktop.dialogs.complaints import (
    AREA,
    HINT_STYLE,
    ComplaintDetailDialog,
    DecisionDialog,
    RegisterDialog,
    button_row,
    combo_value,
    deadline_text,
    reportable_offices,
    searchable_combo,
    status_text,
)
from desktop.dialogs.sidak_detail import LATE_COLOR, TintedTableModel
from desktop.models.table import Column, read_only_table, select_row, selected_row
from desktop.pages.base import Page
from desktop.pages.sidak_city import ShareWidth
from desktop.state import AppState
from desktop.tasks import TaskRunner

OVERDUE_FILL = QColor("#fbe3e0")
DEADLINE_COLUMN, STATUS_COLUMN = 7, 6


class ComplaintModel(TintedTableModel[ComplaintRow]):
    """Complaints past their current step's deadline are shaded, the deadline in red."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() \
                and self.row_at(index.row()).overdue:
            return QBrush(OVERDUE_FILL)
        return super().data(index, role)


class ComplaintsPage(Page):
    areas = (AREA, "sync", "offices")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        device = state.ctx.device
        self.office: OfficeInfo = state.read(get_office, device.office_code)
        self.handles_here = device.mode is Mode.HUB or self.office.level is Level.KECAMATAN
        self.rows: list[ComplaintRow] = []
        self.alerts: list[RotationAlert] = []
        self.threshold = 0
        self.office_names: dict[str, str] = {}
        self.detail: ComplaintDetailDialog | None = None
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Pengaduan")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        self.note = QLabel()
        self.note.setObjectName("complaintsNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.tabs: QTabWidget | None = None
        if not self.handles_here:
            self.note.setText(self.tr(
                "Pengaduan masyarakat dicatat dan ditangani di kota dan di kantor kecamatan, "
                "tidak di {office}. Pengaduan yang diterima di sini (lewat WhatsApp atau "
                "warga yang datang) diteruskan ke kantor kecamatan atau ke kota.").format(
                office=self.office.display_name))
            layout.addStretch(1)
            return
        if device.mode is Mode.HUB:
            self.note.setText(self.tr(
                "Pengaduan tentang semua kantor: diterima, diverifikasi dalam 3 hari kerja, "
                "ditindaklanjuti dalam 5, selesai dalam 10 (menurut aturan kota)."))
        else:
            self.note.setText(self.tr(
                "Pengaduan tentang {office} dan kelurahannya, ditangani di sini.").format(
                office=self.office.display_name))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintsTabs")
        self.tabs.addTab(self._list_tab(), self.tr("Daftar pengaduan"))
        self.tabs.addTab(self._rotation_tab(), self.tr("Rekomendasi rotasi"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def today(self) -> date:
        return self.state.ctx.today()

    # --- Daftar pengaduan --------------------------------------------------------------
    def _office_filter(self) -> QComboBox:
        """Every office, or a kecamatan with its kelurahan, or one office."""
        combo = searchable_combo("officeFilter")
        combo.addItem(self.tr("Semua kantor"), None)
        offices = self.state.read(reportable_offices, self.state.ctx.device.office_code)
        for office in offices:
            if office.level is Level.KECAMATAN and office.code != self.office.code:
                combo.addItem(self.tr("{name} dan kelurahannya").format(
                    name=office.display_name), ("kecamatan", office.code))
        for office in offices:
            combo.addItem(office.display_name, ("office", office.code))
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        # After the completer had its say: Enter on an offered office chooses it first.
        combo.lineEdit().editingFinished.connect(
            lambda: QTimer.singleShot(0, self._office_typed))
        return combo

    def _office_typed(self) -> None:
        """Typed text that names no office goes back to the chosen item."""
        if combo_value(self.office_filter) is None and \
                self.office_filter.currentText() != self.office_filter.itemText(0):
            self.office_filter.setCurrentIndex(0)
            self.office_filter.setEditText(self.office_filter.itemText(0))

    def _list_tab(self) -> QWidget:
        self.office_filter = self._office_filter()
        self.office_filter.setMinimumContentsLength(28)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Semua"), None)
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, key)
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(self.tr("Semua"), None)
        for key, label in CATEGORIES.items():
            self.category_filter.addItem(label, key)
        self.overdue_only = QCheckBox(self.tr("Hanya yang lewat batas waktu"))
        self.overdue_only.setObjectName("overdueOnly")
        for combo in (self.status_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_only.toggled.connect(lambda _on: self.refresh())
        self.count = QLabel()
        self.count.setObjectName("complaintsCount")
        self.model = ComplaintModel([
            Column(self.tr("Nomor"), lambda r: r.number, lambda r: (r.received_on.year,
                                                                     r.owner_office,
                                                                     r.number)),
            Column(self.tr("Diterima"), lambda r: tanggal_pendek(r.received_on),
                   lambda r: (r.received_on, r.number)),
            Column(self.tr("Kantor"), lambda r: r.subject_name),
            Column(self.tr("Kategori"), lambda r: CATEGORIES.get(r.category, r.category)),
            Column(self.tr("Sumber"), lambda r: SOURCES.get(r.source, r.source)),
            Column(self.tr("Terlapor"), lambda r: r.official_label or "—"),
            Column(self.tr("Status"), status_text),
            Column(self.tr("Batas waktu"), deadline_text,
                   lambda r: (not r.overdue, r.deadlines.due or date.max)),
        ], tint=lambda r, column: LATE_COLOR if r.overdue and column in (
            STATUS_COLUMN, DEADLINE_COLUMN) else None)
        self.table = read_only_table("complaintsTable", self.model)
        ShareWidth(self.table, {2: 2, 3: 2, 5: 2, 6: 3, 7: 2})
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.new_button = QPushButton(self.tr("Pengaduan baru…"))
        self.new_button.setObjectName("newComplaint")
        self.new_button.clicked.connect(self.register)
        self.detail_button = QPushButton(self.tr("Rincian…"))
        self.detail_button.setObjectName("complaintDetail")
        self.detail_button.clicked.connect(self.open_selected)
        self.result = QLabel()
        self.result.setObjectName("complaintResult")
        self.result.setWordWrap(True)
        top = QHBoxLayout()
        for caption, widget in ((self.tr("Kantor"), self.office_filter),
                                (self.tr("Status"), self.status_filter),
                                (self.tr("Kategori"), self.category_filter)):
            top.addWidget(QLabel(caption))
            top.addWidget(widget)
            top.addSpacing(8)
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.detail_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.result, 1)
        buttons.addWidget(self.count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return tab

    def filters(self) -> dict[str, Any]:
        chosen = combo_value(self.office_filter)
        kind, code = chosen if isinstance(chosen, tuple) else (None, None)
        return {"office": code if kind == "office" else None,
                "kecamatan": code if kind == "kecamatan" else None,
                "status": self.status_filter.currentData(),
                "category": self.category_filter.currentData(),
                "overdue_only": self.overdue_only.isChecked()}

    def selected(self) -> ComplaintRow | None:
        row: ComplaintRow | None = selected_row(self.table, self.model)
        return row

    def _enable(self) -> None:
        self.detail_button.setEnabled(self.selected() is not None)

    def register(self) -> None:
        dialog = RegisterDialog(self.state, self.today(), self)
        if dialog.exec() and dialog.registered is not None:
            self.result.setText(self.tr("Pengaduan {number} dicatat.").format(
                number=dialog.registered.number))
            complaint_id = dialog.registered.id
            select_row(self.table, self.model, lambda r: r.id == complaint_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_complaint(row.id)

    def open_complaint(self, complaint_id: str) -> ComplaintDetailDialog:
        """The complaint's detail in a window of its own (one at a time), beside the list."""
        if self.detail is not None:
            self.detail.close()
        dialog = ComplaintDetailDialog(self.state, complaint_id, self.today(), self)
        dialog.finished.connect(lambda _result: self._detail_closed(dialog))
        self.detail = dialog
        dialog.show()
        return dialog

    def _detail_closed(self, dialog: ComplaintDetailDialog) -> None:
        if self.detail is dialog:
            self.detail = None
        dialog.deleteLater()

    # --- Rekomendasi rotasi ------------------------------------------------------------
    def may_decide(self) -> bool:
        return self.state.ctx.device.mode is Mode.HUB and self.state.actor.role is Role.ADMIN

    def _rotation_tab(self) -> QWidget:
        self.rotation_note = QLabel()
        self.rotation_note.setObjectName("rotationNote")
        self.rotation_note.setWordWrap(True)
        self.alerts_model: TintedTableModel[RotationAlert] = TintedTableModel([
            Column(self.tr("Pegawai"), lambda a: a.official_name),
            Column(self.tr("Jabatan"), lambda a: a.position),
            Column(self.tr("Kantor"), lambda a: a.subject_name),
            Column(self.tr("Laporan"), lambda a: self.tr("{count} dari {threshold}").format(
                count=a.count, threshold=self.threshold), lambda a: a.count),
            Column(self.tr("Nomor pengaduan"), lambda a: ", ".join(a.numbers)),
            Column(self.tr("Pertama"), lambda a: tanggal_pendek(a.first_received),
                   lambda a: a.first_received),
            Column(self.tr("Terakhir"), lambda a: tanggal_pendek(a.last_received),
                   lambda a: a.last_received),
            Column(self.tr("Keputusan terakhir"), self._latest_text),
        ], tint=lambda _a, column: LATE_COLOR if column == 3 else None)
        self.alerts_table = read_only_table("rotationTable", self.alerts_model)
        ShareWidth(self.alerts_table, {0: 2, 2: 2, 4: 3, 7: 3})
        self.alerts_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.alerts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._enable_decision())
        self.decide_button = QPushButton(self.tr("Catat keputusan…"))
        self.decide_button.setObjectName("recordDecision")
        self.decide_button.clicked.connect(self.decide)
        self.decide_button.setVisible(self.may_decide())
        self.decide_hint = QLabel(self.tr("Keputusan rotasi dicatat oleh admin kota."))
        self.decide_hint.setObjectName("decideHint")
        self.decide_hint.setVisible(not self.may_decide())
        self.decisions_model: TintedTableModel[DecisionInfo] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda d: tanggal_pendek(d.decided_on),
                   lambda d: d.decided_on),
            Column(self.tr("Pegawai"), lambda d: d.official_name),
            Column(self.tr("Kantor"), lambda d: self.office_names.get(d.subject_office,
                                                                      d.subject_office)),
            Column(self.tr("Keputusan"), lambda d: d.label),
            Column(self.tr("Laporan"), lambda d: d.complaint_count,
                   lambda d: d.complaint_count),
            Column(self.tr("Oleh"), lambda d: d.decided_by),
            Column(self.tr("Catatan"), lambda d: d.note),
        ])
        self.decisions_table = read_only_table("decisionsTable", self.decisions_model)
        ShareWidth(self.decisions_table, {1: 2, 2: 2, 6: 4})
        self.decisions_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        buttons = button_row(self.decide_button, self.decide_hint)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.rotation_note)
        self.no_alerts = QLabel(self.tr("Saat ini tidak ada pegawai yang mencapai ambang "
                                        "aturan tiga laporan."))
        self.no_alerts.setObjectName("noAlerts")
        self.no_decisions = QLabel(self.tr("Belum ada keputusan yang dicatat."))
        self.no_decisions.setObjectName("noDecisions")
        for hint in (self.no_alerts, self.no_decisions):
            hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.alerts_table, 3)
        layout.addWidget(self.no_alerts)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Keputusan yang sudah dicatat</b>")))
        layout.addWidget(self.decisions_table, 2)
        layout.addWidget(self.no_decisions)
        return tab

    def _latest_text(self, alert: RotationAlert) -> str:
        decision = alert.latest_decision
        if decision is None:
            return self.tr("belum ada")
        return self.tr("{label}, {day} ({count} laporan); ada laporan baru sesudahnya").format(
            label=decision.label, day=tanggal_pendek(decision.decided_on),
            count=decision.complaint_count)

    def selected_alert(self) -> RotationAlert | None:
        row: RotationAlert | None = selected_row(self.alerts_table, self.alerts_model)
        return row

    def _enable_decision(self) -> None:
        self.decide_button.setEnabled(self.may_decide() and self.selected_alert() is not None)

    def decide(self) -> None:
        alert = self.selected_alert()
        if alert is None:
            return
        dialog = DecisionDialog(alert, self.threshold, lambda decision, note: self.state.write(
            AREA, record_decision, alert.official_key, decision, note), self)
        dialog.exec()

    # --- all ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.tabs is None:
            return
        today = self.today()
        selected = self.selected()
        self.rows = self.state.read(list_complaints, today, **self.filters())
        self.model.set_rows(self.rows)
        if selected is not None:
            select_row(self.table, self.model, lambda r: r.id == selected.id)
        late = sum(row.overdue for row in self.rows)
        self.count.setText(self.tr("{count} pengaduan, {late} lewat batas waktu").format(
            count=len(self.rows), late=late))
        self._enable()
        self._refresh_rotation(today)

    def _refresh_rotation(self, today: date) -> None:
        self.threshold = int(self.state.read(rule, "rotation_threshold"))
        months = int(self.state.read(rule, "rotation_window_months"))
        self.office_names = {o.code: o.display_name for o in self.state.read(
            reportable_offices, self.state.ctx.device.office_code)}
        self.alerts = self.state.read(rotation_alerts, today)
        self.alerts_model.set_rows(self.alerts)
        self.decisions_model.set_rows(self.state.read(list_decisions))
        self.no_alerts.setVisible(not self.alerts)
        self.no_decisions.setVisible(self.decisions_model.rowCount() == 0)
        assert self.tabs is not None
        self.tabs.setTabText(1, self.tr("Rekomendasi rotasi ({count})").format(
            count=len(self.alerts)))
        self.rotation_note.setText(self.tr(
            "Aturan tiga laporan: bila seorang pegawai dilaporkan karena pungli dan "
            "laporannya terverifikasi {threshold} kali atau lebih dalam {months} bulan "
            "terakhir (laporan ganda dari kejadian yang sama dihitung sekali), Pantau "
            "menampilkan rekomendasi rotasi. Pantau tidak pernah memutuskan sendiri: "
            "keputusannya (rotasi, tidak dirotasi, atau ditunda) dicatat oleh admin kota "
            "dengan catatannya, dan rekomendasi kembali muncul bila ada laporan baru.").format(
            threshold=self.threshold, months=months))
        self._enable_decision()
