"""Absensi: the daily roll call (one click per status), the monthly recap, yearly TK.

Every click saves at once through `record_attendance`; a rule it breaks is shown above the
roll call and nothing is saved. In a locked month a change first asks for the reason of
the correction (it is kept as an amendment).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError, ValidationError
from core.formatting import angka, hari_tanggal
from core.services.attendance import (
    NEEDS_CHECK_IN,
    STATUSES,
    RollCall,
    RollCallRow,
    StaffRecap,
    TkRow,
    monthly_recap,
    record_attendance,
    roll_call,
    yearly_tk,
)
from core.services.calendar import format_hhmm
from core.services.rules import rule
from core.services.service_hours import month_range
from desktop.dialogs.service_hours import ReasonDialog
from desktop.forms import INVALID_STYLE, ErrorLabel
from desktop.models.table import Column, Index, RowT, RowTableModel, read_only_table
from desktop.pages.base import Page
from desktop.state import AppState, UnitOfWork
from desktop.tasks import TaskRunner

BUTTON_STATUSES = ("H", "TL", "PSW", "DL", "TB", "WFH", "I", "S")  # then cuti, then TK
CUTI = tuple(code for code in STATUSES if code.startswith("C-"))
TIMED = (*NEEDS_CHECK_IN, "DL", "WFH")  # statuses that keep the typed times
STATUS_COLORS = {
    "H": "#2e7d32", "TL": "#e67e00", "PSW": "#e67e00", "DL": "#1565c0", "TB": "#1565c0",
    "WFH": "#1565c0", "I": "#00796b", "S": "#00796b", "C": "#6a1b9a", "TK": "#c62828",
}
WARN_COLOR = QColor("#ffe3a3")
REACHED_COLOR = QColor("#f7c4bd")
HIGHLIGHT_TEXT = QColor("#1a1a1a")
ZERO_TEXT = QColor("#9a9a9a")
BAND_STYLE = "color: #b35c00; font-weight: 600;"
OK_STYLE = "color: #1b5e20;"
OFF_DAY_STYLE = "color: #b00020; font-weight: 600;"
LOCKED_STYLE = "color: #8a5a00; font-weight: 600;"
ROW_HEIGHT = 30
COL_NAME, COL_STATUS, COL_IN, COL_OUT, COL_BANDS = range(5)


def status_label(code: str) -> str:
    """The full name of a status code, as the user reads it."""
    translate = QCoreApplication.translate
    labels = {
        "H": translate("Attendance", "Hadir"),
        "TL": translate("Attendance", "Terlambat"),
        "PSW": translate("Attendance", "Pulang sebelum waktu"),
        "DL": translate("Attendance", "Dinas luar"),
        "TB": translate("Attendance", "Tugas belajar"),
        "WFH": translate("Attendance", "Bekerja dari rumah"),
        "I": translate("Attendance", "Izin"),
        "S": translate("Attendance", "Sakit"),
        "C-T": translate("Attendance", "Cuti tahunan"),
        "C-S": translate("Attendance", "Cuti sakit"),
        "C-B": translate("Attendance", "Cuti besar"),
        "C-M": translate("Attendance", "Cuti melahirkan"),
        "C-AP": translate("Attendance", "Cuti karena alasan penting"),
        "TK": translate("Attendance", "Tanpa keterangan"),
    }
    return labels.get(code, STATUSES.get(code, code))


def bands_text(tl_band: int, psw_band: int) -> str:
    """`TL2`, `PSW1`, `TL2 · PSW1`, or empty."""
    parts = [f"TL{tl_band}"] if tl_band else []
    parts += [f"PSW{psw_band}"] if psw_band else []
    return " · ".join(parts)


def month_name(first: date) -> str:
    """`November 2026`, in Indonesian like every date core.formatting writes."""
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return f"{locale.standaloneMonthName(first.month)} {first.year}"


def percent(value: float) -> str:
    return f"{angka(value, 1)}%"


def _button_style(color: str) -> str:
    return (
        "QToolButton { border: 1px solid #b8b8b8; border-radius: 3px; background: #fafafa;"
        " padding: 1px 2px; }"
        " QToolButton:hover { border-color: #5c8fd6; background: #eef4fc; }"
        f" QToolButton:checked {{ background: {color}; border-color: {color}; color: white;"
        " font-weight: 600; }"
        " QToolButton:disabled { color: #a0a0a0; background: #f0f0f0; border-color: #d6d6d6; }"
    )


def _combo_style(chosen: bool) -> str:
    if not chosen:
        return ""
    color = STATUS_COLORS["C"]
    return (f"QComboBox {{ background: {color}; color: white; font-weight: 600;"
            f" border: 1px solid {color}; border-radius: 3px; padding: 1px 4px; }}")


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _count_of(code: str) -> Callable[[StaffRecap], int]:
    return lambda recap: recap.counts[code]


def _band_of(kind: str, band: int) -> Callable[[StaffRecap], int]:
    return lambda recap: getattr(recap, kind)[band]


def _mark_all_present(uow: UnitOfWork, day: date, staff_ids: Sequence[str], check_in: str,
                      reason: str | None) -> int:
    """Everyone in `staff_ids` present at `check_in`, in one transaction."""
    for staff_id in staff_ids:
        record_attendance(uow, day, staff_id, "H", check_in, amendment_reason=reason)
    return len(staff_ids)


class ShadedModel(RowTableModel[RowT]):
    """Rows may be shaded (warning colours); numbers are centred and zeros shown grey."""

    def __init__(self, columns: Sequence[Column[RowT]],
                 shade: Callable[[RowT], QColor | None] | None = None,
                 header_tips: Sequence[str] = ()) -> None:
        super().__init__(columns)
        self._shade = shade
        self._header_tips = list(header_tips)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tips = self._header_tips
            return tips[section] or None if section < len(tips) else None
        return super().headerData(section, orientation, role)

    def shade_of(self, row: int) -> QColor | None:
        return self._shade(self.row_at(row)) if self._shade else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignCenter
        shade = self.shade_of(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and shade is not None:
            return QBrush(shade)
        if role == Qt.ItemDataRole.ForegroundRole:
            if shade is not None:
                return QBrush(HIGHLIGHT_TEXT)
            if super().data(index, Qt.ItemDataRole.DisplayRole) == "0":
                return QBrush(ZERO_TEXT)
        return super().data(index, role)


def _read_only_table(name: str, model: RowTableModel[Any]) -> QTableView:
    table = read_only_table(name, model)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT - 4)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(24)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # Headers still sort when clicked; without the arrow (and the room it reserves) the
    # twenty columns of the recap fit the window.
    header.setSortIndicatorShown(False)
    return table


@dataclass
class RowControls:
    """The widgets of one staff member's line in the roll call."""

    row: RollCallRow
    name: QTableWidgetItem
    buttons: dict[str, QToolButton]
    cuti: QComboBox
    check_in: QLineEdit
    check_out: QLineEdit
    bands: QTableWidgetItem

    def all_controls(self) -> list[QWidget]:
        return [*self.buttons.values(), self.cuti, self.check_in, self.check_out]


class AttendancePage(Page):
    areas = ("attendance", "staff", "calendar")  # holidays and schedules make working days

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.office_code = state.ctx.device.office_code
        self.call: RollCall | None = None
        self.controls: dict[str, RowControls] = {}
        self._busy = False
        self._stale: set[int] = set()
        # TL1–TL4 and PSW1–PSW4 by default; the city may set the band width and count.
        self.band_minutes = int(state.read(rule, "band_minutes"))
        self.band_count = int(state.read(rule, "band_count"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("attendanceTabs")
        self.tabs.addTab(self._roll_call_tab(), self.tr("Apel harian"))
        self.tabs.addTab(self._recap_tab(), self.tr("Rekap bulanan"))
        self.tabs.addTab(self._tk_tab(), self.tr("TK tahunan"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Absensi")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def today(self) -> date:
        return self.state.ctx.today()

    # --- refreshing ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the tab on show now; the others when they are shown next."""
        self._stale = set(range(self.tabs.count()))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index not in self._stale:
            return
        self._stale.discard(index)
        (self.load_roll_call, self.load_recap, self.load_tk)[index]()

    # --- Apel harian ---------------------------------------------------------------------
    def _roll_call_tab(self) -> QWidget:
        today = QDate(self.today())
        self.date = QDateEdit(today)
        self.date.setObjectName("rollDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setMaximumDate(today)
        self.date.dateChanged.connect(lambda _day: self.load_roll_call())
        self.prev_day = QToolButton()
        self.prev_day.setObjectName("prevDay")
        self.prev_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_day.setToolTip(self.tr("Hari sebelumnya"))
        self.prev_day.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(-1)))
        self.next_day = QToolButton()
        self.next_day.setObjectName("nextDay")
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.next_day.setToolTip(self.tr("Hari berikutnya"))
        self.next_day.clicked.connect(lambda: self.date.setDate(self.date.date().addDays(1)))
        self.today_button = QPushButton(self.tr("Hari ini"))
        self.today_button.setObjectName("todayButton")
        self.today_button.clicked.connect(lambda: self.date.setDate(QDate(self.today())))
        self.all_present = QPushButton(self.tr("Semua hadir"))
        self.all_present.setObjectName("allPresent")
        self.all_present.clicked.connect(self.mark_all_present)
        self.day_info = QLabel()
        self.day_info.setObjectName("dayInfo")
        self.day_info.setWordWrap(True)
        self.day_notice = QLabel()
        self.day_notice.setObjectName("dayNotice")
        self.day_notice.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("rollError")
        self.message = QLabel()
        self.message.setObjectName("rollMessage")
        self.message.setStyleSheet(OK_STYLE)
        self.message.hide()
        self.roll_table = QTableWidget(0, 5)
        self.roll_table.setObjectName("rollCallTable")
        self.roll_table.setHorizontalHeaderLabels([
            self.tr("Pegawai"), self.tr("Status"), self.tr("Datang"), self.tr("Pulang"),
            self.tr("TL/PSW")])
        header_tips = {COL_STATUS: self.legend_text(), COL_BANDS: self.tr(
            "Pita terlambat datang (TL) dan pulang sebelum waktu (PSW), per {minutes} menit "
            "dari jadwal hari itu.").format(minutes=self.band_minutes)}
        for column, tip in header_tips.items():
            item = self.roll_table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        self.roll_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.roll_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roll_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.roll_table.setWordWrap(False)
        self.roll_table.verticalHeader().setVisible(False)
        self.roll_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.roll_table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.roll_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        legend = QLabel(self.legend_text())
        legend.setObjectName("statusLegend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        self.roll_count = QLabel()
        self.roll_count.setObjectName("rollCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tanggal")))
        top.addWidget(self.prev_day)
        top.addWidget(self.date)
        top.addWidget(self.next_day)
        top.addWidget(self.today_button)
        top.addWidget(self.day_info, 1)
        top.addWidget(self.all_present)
        bottom = QHBoxLayout()
        bottom.addWidget(legend, 1)
        bottom.addWidget(self.roll_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.day_notice)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.roll_table, 1)
        layout.addLayout(bottom)
        return tab

    def _say(self, text: str) -> None:
        """The line that confirms what was saved; hidden when there is nothing to say."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def legend_text(self) -> str:
        codes = (*BUTTON_STATUSES, "C", "TK")
        names = {**{code: status_label(code).lower() for code in codes},
                 "C": self.tr("cuti"), "WFH": self.tr("bekerja dari rumah")}
        # Each "code name" stays on one line when the legend wraps.
        return " · ".join(f"{code} {names[code]}".replace(" ", "\u00a0") for code in codes)

    def day(self) -> date:
        return _to_date(self.date.date())

    def load_roll_call(self) -> None:
        today = self.today()
        self.date.setMaximumDate(QDate(today))
        day = self.day()
        call = self.state.read(roll_call, self.office_code, day)
        same_day = self.call is not None and self.call.day == day
        same_staff = [r.staff_id for r in call.rows] == list(self.controls)
        if not (same_day and same_staff):
            self.error.clear_error()
            self._say("")
            self._rebuild(call.rows)
        else:
            for row in call.rows:
                controls = self.controls[row.staff_id]
                if row != controls.row:
                    controls.row = row
                    self._show_row(controls)
        self.call = call
        working = call.schedule is not None
        for controls in self.controls.values():
            for widget in controls.all_controls():
                widget.setEnabled(working)
        self.prev_day.setEnabled(day > _to_date(self.date.minimumDate()))
        self.next_day.setEnabled(day < today)
        self.today_button.setEnabled(day != today)
        self._show_day(call)

    def _show_day(self, call: RollCall) -> None:
        when = hari_tanggal(call.day)
        if call.schedule is None:
            self.day_info.setText(f"{when} — {call.off_reason}")
            self.day_info.setStyleSheet(OFF_DAY_STYLE)
            self.day_notice.setText(self.tr("Bukan hari kerja: absensi tidak dicatat."))
            self.day_notice.setStyleSheet(OFF_DAY_STYLE)
            self.day_notice.show()
        else:
            schedule = call.schedule
            self.day_info.setText(self.tr("{day} · jam kerja {opens}–{closes}").format(
                day=when, opens=format_hhmm(schedule.opens), closes=format_hhmm(schedule.closes)))
            self.day_info.setToolTip(schedule.profile)
            self.day_info.setStyleSheet("")
            if call.locked:
                self.day_notice.setText(self.tr(
                    "Bulan {month} sudah dikunci pimpinan: setiap perubahan meminta alasan "
                    "koreksi dan dicatat sebagai koreksi.").format(month=month_name(call.day)))
                self.day_notice.setStyleSheet(LOCKED_STYLE)
                self.day_notice.show()
            else:
                self.day_notice.clear()
                self.day_notice.hide()
        recorded = sum(1 for row in call.rows if row.status is not None)
        self.roll_count.setText(self.tr("{recorded} dari {total} pegawai tercatat")
                                .format(recorded=recorded, total=len(call.rows)))
        self.all_present.setEnabled(call.schedule is not None and any(
            row.status is None and row.identifier for row in call.rows))
        if call.schedule is not None:
            self.all_present.setToolTip(self.tr(
                "Tandai semua yang belum dicatat sebagai H, datang {opens}.")
                .format(opens=format_hhmm(call.schedule.opens)))

    def _rebuild(self, rows: list[RollCallRow]) -> None:
        self.roll_table.clearContents()
        self.controls = {}
        self.roll_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self.controls[row.staff_id] = self._make_row(index, row)

    def _make_row(self, index: int, row: RollCallRow) -> RowControls:
        staff_id = row.staff_id
        name = QTableWidgetItem(row.name)
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.roll_table.setItem(index, COL_NAME, name)
        cell = QWidget()
        cell.setObjectName(f"statusCell_{index}")
        line = QHBoxLayout(cell)
        line.setContentsMargins(4, 2, 4, 2)
        line.setSpacing(2)
        group = QButtonGroup(cell)
        group.setExclusive(False)  # the cuti list is part of the choice too
        buttons: dict[str, QToolButton] = {}

        def make_button(code: str) -> QToolButton:
            button = QToolButton()
            button.setObjectName(f"status_{code}")
            button.setText(code)
            button.setToolTip(status_label(code))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(_button_style(STATUS_COLORS[code]))
            button.clicked.connect(lambda _on=False: self.choose(staff_id, code))
            group.addButton(button)
            buttons[code] = button
            return button

        for code in BUTTON_STATUSES:
            line.addWidget(make_button(code))
        cuti = QComboBox()
        cuti.setObjectName("status_cuti")
        cuti.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cuti.addItem(self.tr("C-…"), None)
        cuti.setItemData(0, self.tr("Cuti: pilih jenisnya"), Qt.ItemDataRole.ToolTipRole)
        for code in CUTI:
            cuti.addItem(code, code)
            cuti.setItemData(cuti.count() - 1, status_label(code), Qt.ItemDataRole.ToolTipRole)
        cuti.setToolTip(self.tr("Cuti"))
        cuti.activated.connect(lambda item: self._cuti_chosen(staff_id, item))
        line.addWidget(cuti)
        line.addWidget(make_button("TK"))
        # One width, just enough for the longest code: the codes line up as columns and
        # twenty lines fit beside readable names.
        width = max(button.fontMetrics().horizontalAdvance(code)
                    for code, button in buttons.items()) + 10
        for button in buttons.values():
            button.setFixedWidth(width)
        self.roll_table.setCellWidget(index, COL_STATUS, cell)
        check_in = self._time_field("checkIn", self.tr("Jam datang"))
        check_out = self._time_field("checkOut", self.tr("Jam pulang"))
        check_in.editingFinished.connect(lambda: self._times_edited(staff_id))
        check_out.editingFinished.connect(lambda: self._times_edited(staff_id))
        self.roll_table.setCellWidget(index, COL_IN, self._centred(check_in))
        self.roll_table.setCellWidget(index, COL_OUT, self._centred(check_out))
        bands = QTableWidgetItem()
        bands.setFlags(Qt.ItemFlag.ItemIsEnabled)
        bands.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        bands.setForeground(QBrush(QColor("#b35c00")))
        self.roll_table.setItem(index, COL_BANDS, bands)
        controls = RowControls(row, name, buttons, cuti, check_in, check_out, bands)
        self._show_row(controls)
        return controls

    def _time_field(self, name: str, tip: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setToolTip(tip)
        field.setPlaceholderText("--.--")
        field.setMaxLength(5)
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        field.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,2}([.:]\d{0,2})?"), field))
        field.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00") + 22)
        return field

    @staticmethod
    def _centred(widget: QWidget) -> QWidget:
        cell = QWidget()
        line = QHBoxLayout(cell)
        line.setContentsMargins(4, 1, 4, 1)
        line.addWidget(widget, 0, Qt.AlignmentFlag.AlignCenter)
        return cell

    def _show_row(self, controls: RowControls, keep_times: bool = False) -> None:
        """Show what is recorded for the row (after a save, or to undo a refused click)."""
        row = controls.row
        for code, button in controls.buttons.items():
            button.setChecked(row.status == code)
        chosen = row.status in CUTI
        controls.cuti.setCurrentIndex(CUTI.index(row.status) + 1 if chosen else 0)
        controls.cuti.setStyleSheet(_combo_style(chosen))
        if not keep_times:
            controls.check_in.setText(row.check_in or "")
            controls.check_out.setText(row.check_out or "")
            controls.check_in.setStyleSheet("")
            controls.check_out.setStyleSheet("")
        controls.bands.setText(bands_text(row.tl_band, row.psw_band))
        tips = [row.name, row.position]
        if row.identifier:
            tips.insert(1, row.identifier)
            controls.name.setForeground(QBrush())
        else:
            tips.append(self.tr("Belum memiliki NIP atau nomor pegawai lokal."))
            controls.name.setForeground(QBrush(QColor("#b00020")))
        if row.note:
            tips.append(self.tr("Catatan: {note}").format(note=row.note))
        controls.name.setToolTip("\n".join(tip for tip in tips if tip))

    def row_controls(self, name: str) -> RowControls:
        """The line of the staff member called `name` (for tests and screenshots)."""
        found = [c for c in self.controls.values() if c.row.name == name]
        assert len(found) == 1, f"{name!r}: {len(found)} lines"
        return found[0]

    # --- saving ----------------------------------------------------------------------
    def choose(self, staff_id: str, status: str) -> None:
        """A status was clicked for a staff member: save it now."""
        controls = self.controls[staff_id]
        if status in TIMED:
            check_in = controls.check_in.text().strip() or None
            check_out = controls.check_out.text().strip() or None
        else:
            check_in = check_out = None
        self._record(controls, status, check_in, check_out)

    def _cuti_chosen(self, staff_id: str, item: int) -> None:
        controls = self.controls[staff_id]
        code = controls.cuti.itemData(item)
        if code is None:
            self._show_row(controls, keep_times=True)
            return
        self.choose(staff_id, code)

    def _times_edited(self, staff_id: str) -> None:
        """A typed time of an already recorded line is saved when the field is left."""
        controls = self.controls.get(staff_id)
        if controls is None or self._busy:
            return
        row = controls.row
        typed = (controls.check_in.text().strip() or None,
                 controls.check_out.text().strip() or None)
        if row.status not in TIMED or typed == (row.check_in, row.check_out):
            return
        self._record(controls, row.status, *typed)

    def _record(self, controls: RowControls, status: str, check_in: str | None,
                check_out: str | None) -> None:
        if self._busy or self.call is None:
            return
        day, row = self.call.day, controls.row

        def save(reason: str | None) -> object:
            return self.state.write("attendance", record_attendance, day, row.staff_id,
                                    status, check_in, check_out, row.note,
                                    amendment_reason=reason)

        self._busy = True
        try:
            saved = self._save_asking_reason(save, controls)
        finally:
            self._busy = False
        if not saved:
            self._show_row(controls, keep_times=True)
            return
        self.error.clear_error()
        shown = self.controls.get(row.staff_id)
        if shown is not None:  # also when nothing differed and no refresh touched the line
            self._show_row(shown)
        now = shown.row if shown is not None else row
        details = " ".join(part for part in (now.status, now.check_in,
                                             bands_text(now.tl_band, now.psw_band)) if part)
        self._say(self.tr("Tersimpan: {name} — {details}").format(name=now.name,
                                                                  details=details))

    def _save_asking_reason(self, save: Callable[[str | None], object],
                            controls: RowControls | None) -> bool:
        """Save; in a locked month ask the correction's reason first. Errors are shown."""
        assert self.call is not None
        if self.call.locked:
            dialog = ReasonDialog(
                self.tr("Koreksi bulan terkunci"),
                self.tr("Bulan {month} sudah dikunci pimpinan. Tulis alasan koreksi (minimal 5 "
                        "huruf); perubahan ini dicatat sebagai koreksi.")
                .format(month=month_name(self.call.day)),
                save, placeholder=self.tr("mis. surat dokter baru diterima"), parent=self)
            return dialog.exec() == QDialog.DialogCode.Accepted
        try:
            save(None)
        except PantauError as exc:
            self._say("")
            self.error.show_error(exc)
            if controls is not None and isinstance(exc, ValidationError):
                field = {"check_in": controls.check_in,
                         "check_out": controls.check_out}.get(exc.field or "")
                if field is not None:
                    field.setStyleSheet(INVALID_STYLE)
            return False
        return True

    def mark_all_present(self) -> None:
        call = self.call
        if call is None or call.schedule is None:
            return
        opens = format_hhmm(call.schedule.opens)
        blank = [row for row in call.rows if row.status is None]
        ready = [row.staff_id for row in blank if row.identifier]
        skipped = [row.name for row in blank if not row.identifier]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Semua hadir"), self.tr(
            "Tandai {count} pegawai yang belum dicatat sebagai H (hadir), datang {opens}?")
            .format(count=len(ready), opens=opens), parent=self)
        if skipped:
            box.setInformativeText(self.tr(
                "Dilewati karena belum memiliki NIP atau nomor pegawai lokal: {names}.")
                .format(names=", ".join(skipped)))
        confirm = box.addButton(self.tr("Tandai hadir"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not confirm:
            return

        def save(reason: str | None) -> object:
            return self.state.write("attendance", _mark_all_present, call.day, ready, opens,
                                    reason)

        self._busy = True
        try:
            saved = self._save_asking_reason(save, None)
        finally:
            self._busy = False
        if saved:
            self.error.clear_error()
            self._say(self.tr("{count} pegawai ditandai hadir {opens}.")
                      .format(count=len(ready), opens=opens))

    # --- Rekap bulanan -------------------------------------------------------------------
    def _recap_tab(self) -> QWidget:
        self.recap_month = QComboBox()
        self.recap_month.setObjectName("recapMonth")
        today = self.today()
        for back in range(0, 24):
            months = today.year * 12 + today.month - 1 - back
            first = date(months // 12, months % 12 + 1, 1)
            self.recap_month.addItem(month_name(first), first)
        self.recap_month.currentIndexChanged.connect(lambda _item: self.load_recap())

        width, count = self.band_minutes, self.band_count
        bands = range(1, count + 1)

        columns: list[Column[StaffRecap]] = [
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Hari\nkerja"), lambda r: r.working_days),
            *[Column(code, _count_of(code))
              for code in ("H", "TL", "PSW", "DL", "TB", "WFH", "I", "S")],
            Column("C", lambda r: sum(n for code, n in r.counts.items()
                                      if code.startswith("C-"))),
            Column("TK", _count_of("TK")),
            *[Column(f"TL{n}", _band_of("tl_bands", n)) for n in bands],
            *[Column(f"PSW{n}", _band_of("psw_bands", n)) for n in bands],
            Column(self.tr("%\nhadir"), lambda r: percent(r.attendance_percent),
                   lambda r: r.attendance_percent),
        ]
        late = self.tr("Terlambat datang {first}–{last} menit")
        early = self.tr("Pulang lebih awal {first}–{last} menit")
        last_late = self.tr("Terlambat datang lebih dari {minutes} menit")
        last_early = self.tr("Pulang lebih awal lebih dari {minutes} menit")

        def band_tip(n: int, text: str, last: str) -> str:
            return (last.format(minutes=(count - 1) * width) if n == count
                    else text.format(first=(n - 1) * width + 1, last=n * width))

        tips = [
            "", self.tr("Hari kerja sampai hari ini selama pegawai aktif"),
            *[status_label(code) for code in ("H", "TL", "PSW", "DL", "TB", "WFH", "I", "S")],
            self.tr("Cuti (semua jenis)"), status_label("TK"),
            *[band_tip(n, late, last_late) for n in bands],
            *[band_tip(n, early, last_early) for n in bands],
            self.tr("% kehadiran: (H + TL + PSW + DL + TB + WFH) ÷ hari kerja"),
        ]
        self.recap_model: ShadedModel[StaffRecap] = ShadedModel(columns, header_tips=tips)
        self.recap_table = _read_only_table("recapTable", self.recap_model)
        # A long name wraps onto a second line rather than being cut short.
        self.recap_table.setWordWrap(True)
        self.recap_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.recap_table.verticalHeader().setMinimumSectionSize(22)
        self.recap_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.recap_summary = QLabel()
        self.recap_summary.setObjectName("recapSummary")
        self.recap_summary.setWordWrap(True)
        note = QLabel(self.tr(
            "% hadir = (H + TL + PSW + DL + TB + WFH) ÷ hari kerja sampai hari ini. "
            "C = semua jenis cuti. TL1–TL{count} dan PSW1–PSW{count}: per {minutes} menit "
            "terlambat datang atau pulang lebih awal.").format(count=count, minutes=width))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bulan")))
        top.addWidget(self.recap_month)
        top.addWidget(self.recap_summary, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.recap_table, 1)
        layout.addWidget(note)
        return tab

    def load_recap(self) -> None:
        first: date = self.recap_month.currentData()
        today = self.today()
        rows = self.state.read(monthly_recap, self.office_code, first, today)
        self.recap_model.set_rows(rows)
        end = min(month_range(first)[1], today)
        if first > today:
            self.recap_summary.setText(self.tr("Bulan ini belum dimulai."))
        elif not rows:
            self.recap_summary.setText(self.tr("Belum ada pegawai aktif pada bulan ini."))
        else:
            average = sum(r.attendance_percent for r in rows) / len(rows)
            self.recap_summary.setText(self.tr(
                "Sampai {day}: {count} pegawai, rata-rata kehadiran {percent}.").format(
                day=hari_tanggal(end), count=len(rows), percent=percent(average)))

    # --- TK tahunan ----------------------------------------------------------------------
    def _tk_tab(self) -> QWidget:
        self.tk_year = QComboBox()
        self.tk_year.setObjectName("tkYear")
        year = self.today().year
        for back in range(0, 5):
            self.tk_year.addItem(str(year - back), year - back)
        self.tk_year.currentIndexChanged.connect(lambda _item: self.load_tk())

        def days_left(r: TkRow) -> int | None:
            s = r.standing
            return None if s.next_at is None else s.next_at - s.days

        self.tk_model: ShadedModel[TkRow] = ShadedModel([
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("TK tahun ini"), lambda r: self.tr("{n} hari")
                   .format(n=r.standing.days), lambda r: r.standing.days),
            Column(self.tr("Sanksi tercapai"), lambda r: r.standing.reached or "—"),
            Column(self.tr("Ambang berikutnya"), lambda r: "—" if r.standing.next_at is None
                   else self.tr("{n} hari: {label}").format(n=r.standing.next_at,
                                                            label=r.standing.next_label),
                   lambda r: r.standing.next_at or 0),
            Column(self.tr("Kurang"), lambda r: "—" if days_left(r) is None
                   else self.tr("{n} hari").format(n=days_left(r)),
                   lambda r: days_left(r) or 0),
        ], shade=self._tk_shade)
        self.tk_table = _read_only_table("tkTable", self.tk_model)
        header = self.tk_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tk_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.tk_summary = QLabel()
        self.tk_summary.setObjectName("tkSummary")
        self.tk_legend = QLabel()
        self.tk_legend.setObjectName("tkLegend")
        self.tk_legend.setWordWrap(True)
        self.tk_legend.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.tk_year)
        top.addWidget(self.tk_summary, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.tk_table, 1)
        layout.addWidget(self.tk_legend)
        return tab

    @staticmethod
    def _tk_shade(row: TkRow) -> QColor | None:
        if row.standing.reached:
            return REACHED_COLOR
        return WARN_COLOR if row.warning else None

    def load_tk(self) -> None:
        rows = self.state.read(yearly_tk, self.office_code, self.tk_year.currentData())
        self.tk_model.set_rows(rows)
        reached = sum(1 for r in rows if r.standing.reached)
        warned = sum(1 for r in rows if r.warning and not r.standing.reached)
        self.tk_summary.setText(self.tr("{reached} mencapai sanksi, {warned} mendekati ambang")
                                .format(reached=reached, warned=warned))
        thresholds = self.state.read(rule, "tk_thresholds")
        warn = self.state.read(rule, "tk_warn_before_days")
        table = " · ".join(self.tr("{n} hari: {label}").format(n=n, label=label)
                           for n, label in sorted(tuple(t) for t in thresholds))
        swatch = ('<span style="background:{color}; border:1px solid #999;">'
                  '&nbsp;&nbsp;&nbsp;&nbsp;</span>')
        self.tk_legend.setText(
            swatch.format(color=WARN_COLOR.name()) + "&nbsp;" + self.tr(
                "paling banyak {n} hari lagi menuju ambang sanksi berikutnya").format(n=warn)
            + "&nbsp;&nbsp;&nbsp;" + swatch.format(color=REACHED_COLOR.name()) + "&nbsp;"
            + self.tr("sudah mencapai ambang sanksi") + "<br>"
            + self.tr("PP 94/2021 tentang Disiplin PNS (Pasal 9–11): hari tidak masuk kerja "
                      "tanpa keterangan (TK) dijumlahkan selama satu tahun. Ambang: {table}.")
            .format(table=table))

