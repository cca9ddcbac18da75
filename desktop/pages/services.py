"""Layanan: record each service as the resident leaves, and see the day and the month.

The entry form stays at the top and is made for speed: choose the type (the last one is
kept), press Enter, and the form is ready for the next resident. Below are the day's
services, the day's counts per type and a month table per type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.formatting import angka, hari_tanggal, tanggal_pendek
from core.services.month_lock import is_locked, next_month, previous_month
from core.services.service_hours import month_range
from core.services.service_register import (
    MAX_MINUTES,
    OUTCOMES,
    ServiceCounts,
    ServiceRow,
    Tally,
    cancel_service,
    counts_by_type,
    last_service_type,
    list_services,
    record_service,
    service_types,
)
from desktop.forms import ErrorLabel
from desktop.models.table import Column, Index, RowTableModel
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

AREA = "services"
DEFAULT_MINUTES = 10
ID_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
NOTE_COLOR = "#3c4043"
SAVED_COLOR = "#1e7d32"
LOCKED_COLOR = "#a05a00"


def month_name(first: date) -> str:
    """`November 2026` (always Indonesian, like every date Pantau shows)."""
    return ID_LOCALE.toString(QDate(first), "MMMM yyyy")


@dataclass(frozen=True)
class CountRow:
    """One line of a counts table: a service type, or the total."""

    name: str
    tally: Tally
    total: bool = False


def count_rows(counts: ServiceCounts, tallies: dict[str, Tally], total_name: str,
               only_used: bool = False) -> list[CountRow]:
    """A row per type in display order (with `only_used`, the types that occur), then
    the total."""
    rows = [CountRow(counts.names[code], tallies.get(code, Tally())) for code in counts.types
            if not only_used or code in tallies]
    total = Tally()
    for row in rows:
        total.count += row.tally.count
        total.minutes += row.tally.minutes
        for outcome, count in row.tally.outcomes.items():
            total.outcomes[outcome] = total.outcomes.get(outcome, 0) + count
    return [*rows, CountRow(total_name, total, total=True)]


def _outcome_count(code: str) -> Callable[[CountRow], int]:
    return lambda row: row.tally.outcomes.get(code, 0)


class CountModel(RowTableModel[CountRow]):
    """Counts per type; zero rows dimmed, the total in bold."""

    def __init__(self, columns: list[Column[CountRow]]) -> None:
        super().__init__(columns, dimmed=lambda row: row.tally.count == 0 and not row.total)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.FontRole \
                and self.row_at(index.row()).total:
            font = QFont()
            font.setBold(True)
            return font
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.row_at(index.row()).name  # long names are cut short in narrow tables
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class EntryForm(QGroupBox):
    """The entry form: Enter anywhere in it (type, outcome, minutes, name …) saves."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _table(name: str, model: RowTableModel[Any]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    # Compact rows: the month's types fit without scrolling on a 1366×768 office screen.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ServicesPage(Page):
    areas = (AREA,)

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.office = state.ctx.device.office_code
        self._shown_today = self.today()
        self.month = self._shown_today.replace(day=1)
        self.outcome_labels = {"selesai": self.tr("Selesai"), "diproses": self.tr("Diproses"),
                               "ditolak": self.tr("Ditolak")}
        self._build_form()
        self._build_day()
        self._build_month()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("servicesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.day_box)
        splitter.addWidget(self.month_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Layanan")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addWidget(self.form)
        layout.addWidget(splitter, 1)
        # Left open past midnight, the page moves on to the new day by itself.
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(60_000)
        self.day_timer.timeout.connect(self._check_new_day)
        self.day_timer.start()
        self._load_types()
        self.refresh()
        self.type_combo.setFocus()

    # --- building ---------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form = EntryForm(self.tr("Catat layanan"))
        self.form.setObjectName("serviceForm")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("serviceType")
        self.type_combo.setMinimumWidth(280)
        self.outcome_combo = QComboBox()
        self.outcome_combo.setObjectName("outcome")
        for code in OUTCOMES:
            self.outcome_combo.addItem(self.outcome_labels[code], code)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        # Wider than allowed on purpose: a wrong number gets the rule's message.
        self.minutes.setRange(0, 9999)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setToolTip(self.tr("1–{max} menit").format(max=MAX_MINUTES))
        self.resident = QLineEdit()
        self.resident.setObjectName("residentName")
        self.resident.setMaxLength(200)
        self.resident.setPlaceholderText(self.tr("boleh dikosongkan"))
        self.save_button = QPushButton(self.tr("Simpan (Enter)"))
        self.save_button.setObjectName("saveService")
        self.save_button.clicked.connect(self.save)
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("serviceDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setDate(QDate(self._shown_today))
        self.day_edit.setMaximumDate(QDate(self._shown_today))
        self.day_edit.dateChanged.connect(lambda _day: self._on_day_changed())
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("atLocal")
        self.time_edit.setMaxLength(5)
        self.time_edit.setFixedWidth(90)
        self.time_edit.setPlaceholderText(self.tr("sekarang"))
        self.note = QLabel(self.tr("Nama warga hanya disimpan di komputer ini, "
                                   "tidak dikirim ke kota."))
        self.note.setObjectName("residentNote")
        self.note.setStyleSheet(f"color: {NOTE_COLOR};")
        self.locked_note = QLabel(self.tr("Bulan terkunci"))
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setStyleSheet(f"color: {LOCKED_COLOR}; font-weight: 600;")
        self.locked_note.setToolTip(self.tr("Bulan ini sudah dikunci pimpinan: tidak dapat "
                                            "menambah atau membatalkan catatan."))
        self.locked_note.hide()
        self.error = ErrorLabel()
        self.saved = QLabel()
        self.saved.setObjectName("savedStatus")
        self.saved.setStyleSheet(f"color: {SAVED_COLOR}; font-weight: 600;")
        self.saved.setWordWrap(True)
        self.saved.hide()
        self.fields: dict[str, QWidget] = {
            "service_type": self.type_combo, "outcome": self.outcome_combo,
            "minutes": self.minutes, "resident_name": self.resident, "day": self.day_edit,
            "at_local": self.time_edit}
        grid = QGridLayout()
        captions = (self.tr("Jenis layanan"), self.tr("Hasil"), self.tr("Lama (menit)"),
                    self.tr("Nama warga (opsional)"))
        for column, (caption, widget) in enumerate(zip(
                captions, (self.type_combo, self.outcome_combo, self.minutes, self.resident),
                strict=True)):
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.save_button, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 3)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Tanggal")))
        when.addWidget(self.day_edit)
        when.addSpacing(8)
        when.addWidget(QLabel(self.tr("Jam")))
        when.addWidget(self.time_edit)
        when.addSpacing(8)
        when.addWidget(self.locked_note)
        when.addSpacing(8)
        when.addWidget(self.note, 1)
        layout = QVBoxLayout(self.form)
        layout.addLayout(grid)
        layout.addLayout(when)
        # One line for what the last Enter did (saved, or why not): the form never jumps.
        message = QWidget()
        message.setMinimumHeight(self.fontMetrics().height() + 6)
        message_layout = QHBoxLayout(message)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.error, 1)
        message_layout.addWidget(self.saved, 1)
        layout.addWidget(message)
        self.form.submitted.connect(self.save)

    def _build_day(self) -> None:
        self.day_box = QGroupBox()
        self.list_model: RowTableModel[ServiceRow] = RowTableModel([
            Column(self.tr("Jam"), lambda r: r.at_local),
            Column(self.tr("Jenis layanan"), lambda r: r.type_name),
            Column(self.tr("Hasil"), lambda r: self.outcome_labels.get(r.outcome, r.outcome)),
            Column(self.tr("Menit"), lambda r: r.minutes),
            Column(self.tr("Nama warga"), lambda r: r.resident_name or ""),
        ])
        self.list_table = _table("servicesTable", self.list_model)
        self.list_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.list_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.cancel_button = QPushButton(self.tr("Batalkan catatan…"))
        self.cancel_button.setObjectName("cancelService")
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.day_summary = QLabel()
        self.day_summary.setObjectName("daySummary")
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.day_summary)
        left = QVBoxLayout()
        left.addWidget(self.list_table, 1)
        left.addLayout(actions)
        self.day_model = CountModel(self._count_columns(outcomes=False))
        self.day_table = _table("dayCounts", self.day_model)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.day_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.day_counts_label = QLabel(self.tr("Jumlah per jenis"))
        right = QVBoxLayout()
        right.addWidget(self.day_counts_label)
        right.addWidget(self.day_table, 1)
        layout = QHBoxLayout(self.day_box)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _build_month(self) -> None:
        self.month_box = QGroupBox(self.tr("Rekap bulanan per jenis"))
        self.prev_button = QPushButton("‹")
        self.prev_button.setObjectName("prevMonth")
        self.prev_button.setToolTip(self.tr("Bulan sebelumnya"))
        self.next_button = QPushButton("›")
        self.next_button.setObjectName("nextMonth")
        self.next_button.setToolTip(self.tr("Bulan berikutnya"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.prev_button.clicked.connect(lambda: self.show_month(previous_month(self.month)))
        self.next_button.clicked.connect(lambda: self.show_month(next_month(self.month)))
        self.month_label = QLabel()
        self.month_label.setObjectName("monthName")
        font = QFont(self.month_label.font())
        font.setBold(True)
        self.month_label.setFont(font)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setMinimumWidth(150)
        self.month_summary = QLabel()
        self.month_summary.setObjectName("monthSummary")
        chooser = QHBoxLayout()
        chooser.addWidget(self.prev_button)
        chooser.addWidget(self.month_label)
        chooser.addWidget(self.next_button)
        chooser.addSpacing(12)
        chooser.addWidget(self.month_summary)
        chooser.addStretch(1)
        self.month_model = CountModel(self._count_columns(outcomes=True))
        self.month_table = _table("monthCounts", self.month_model)
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.month_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self.month_box)
        layout.addLayout(chooser)
        layout.addWidget(self.month_table, 1)

    def _count_columns(self, outcomes: bool) -> list[Column[CountRow]]:
        columns: list[Column[CountRow]] = [
            Column(self.tr("Jenis layanan"), lambda r: r.name),
            Column(self.tr("Jumlah"), lambda r: r.tally.count)]
        if outcomes:
            columns += [Column(self.outcome_labels[code], _outcome_count(code))
                        for code in OUTCOMES]
        columns.append(Column(self.tr("Rata-rata menit"), lambda r: angka(
            r.tally.average_minutes, 1) if r.tally.count else "–"))
        return columns

    # --- time -------------------------------------------------------------------------

    def today(self) -> date:
        device = self.state.ctx.device
        return self.state.ctx.clock().astimezone(ZoneInfo(device.timezone)).date()

    def chosen_day(self) -> date:
        day = self.day_edit.date().toPython()
        assert isinstance(day, date)
        return day

    def _check_new_day(self) -> None:
        today = self.today()
        if today == self._shown_today:
            return
        was_today = self.chosen_day() == self._shown_today
        if self.month == self._shown_today.replace(day=1):
            self.month = today.replace(day=1)
        self._shown_today = today
        self.day_edit.setMaximumDate(QDate(today))
        if was_today:
            self.day_edit.setDate(QDate(today))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._check_new_day()

    # --- showing ----------------------------------------------------------------------

    def _load_types(self) -> None:
        """The active types; the one chosen before (or entered last) stays chosen."""
        wanted = self.type_combo.currentData() or self.state.read(last_service_type,
                                                                  self.office)
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for row in self.state.read(service_types):
            self.type_combo.addItem(row.name, row.code)
        found = self.type_combo.findData(wanted) if wanted else -1
        self.type_combo.setCurrentIndex(max(found, 0))
        self.type_combo.blockSignals(False)

    def refresh(self) -> None:
        day = self.chosen_day()
        rows = self.state.read(list_services, self.office, day)
        self.list_model.set_rows(rows)
        if rows:
            self.list_table.scrollToBottom()
        counts = self.state.read(counts_by_type, self.office, day, day)
        self.day_model.set_rows(count_rows(counts, counts.by_day.get(day, {}),
                                           self.tr("Jumlah"), only_used=True))
        is_today = day == self._shown_today
        title = self.tr("Layanan hari ini, {day}") if is_today else self.tr("Layanan {day}")
        self.day_box.setTitle(title.format(day=hari_tanggal(day)))
        self.day_counts_label.setText(self.tr("Jumlah per jenis, {day}").format(
            day=tanggal_pendek(day)))
        self.day_summary.setText(self.tr("{count} layanan, rata-rata {minutes} menit").format(
            count=counts.total.count, minutes=angka(counts.total.average_minutes, 1)))
        self.locked_note.setVisible(self.state.read(is_locked, self.office, day))
        self._show_month()
        self._update_buttons()

    def _show_month(self) -> None:
        start, end = month_range(self.month)
        counts = self.state.read(counts_by_type, self.office, start, end)
        self.month_model.set_rows(count_rows(counts, counts.by_type, self.tr("Jumlah")))
        self._fit_rows(self.month_table)
        self.month_label.setText(month_name(self.month))
        days = len(counts.by_day)
        self.month_summary.setText(
            self.tr("{count} layanan dalam {days} hari, rata-rata {minutes} menit").format(
                count=counts.total.count, days=days,
                minutes=angka(counts.total.average_minutes, 1)))
        self.next_button.setEnabled(self.month < self._shown_today.replace(day=1))

    @staticmethod
    def _fit_rows(table: QTableView) -> None:
        """Tall enough for every row: the month's types are few and all of them count."""
        rows = table.model().rowCount()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                               + rows * table.verticalHeader().defaultSectionSize()
                               + 2 * table.frameWidth())

    def show_month(self, first: date) -> None:
        self.month = min(first, self._shown_today.replace(day=1))
        self._show_month()

    def _on_day_changed(self) -> None:
        """Another day: its list and counts, and its month in the month table."""
        self.error.clear_error()
        self.saved.clear()
        self.saved.hide()
        self.month = self.chosen_day().replace(day=1)
        self.refresh()

    # --- recording --------------------------------------------------------------------

    def save(self) -> None:
        """Record what the form holds; on success clear it for the next resident."""
        self.saved.clear()
        self.saved.hide()
        code = self.type_combo.currentData()
        outcome = self.outcome_combo.currentData()
        minutes = self.minutes.value()
        day = self.chosen_day()
        at_local = self.time_edit.text().strip() or None
        try:
            row = self.state.write(AREA, record_service, code or "", outcome, minutes,
                                   at_local=at_local, day=day,
                                   resident_name=self.resident.text())
        except PantauError as exc:
            self.error.show_error(exc, self.fields)
            return
        self.error.clear_error()
        for widget in self.fields.values():
            widget.setStyleSheet("")
        when = row.at_local.replace(":", ".")
        if row.day != self._shown_today:
            when = f"{when}, {tanggal_pendek(row.day)}"
        self.saved.setText(self.tr("Tersimpan: {type}, {outcome}, {minutes} menit, "
                                   "pukul {time}.").format(
            type=self.type_combo.currentText(),
            outcome=self.outcome_labels[row.outcome], minutes=row.minutes, time=when))
        self.saved.show()
        self.reset_form()

    def reset_form(self) -> None:
        """Ready for the next resident: the type stays, the rest back to the defaults."""
        self.outcome_combo.setCurrentIndex(0)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.resident.clear()
        self.time_edit.clear()
        self.type_combo.setFocus()

    def selected(self) -> ServiceRow | None:
        indexes = self.list_table.selectionModel().selectedRows()
        return self.list_model.row_at(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(self.selected() is not None)

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Batalkan catatan layanan"),
            self.tr("Batalkan {type} pukul {time}? Alasan:").format(
                type=row.type_name, time=row.at_local))
        if ok:
            self.attempt(lambda: self.state.write(AREA, cancel_service, row.id, reason))
