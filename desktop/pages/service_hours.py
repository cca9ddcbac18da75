"""Jam Layanan: open and close the office today, and review a month day by day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.formatting import angka, hari_tanggal, tanggal_pendek
from core.roles import Role
from core.services.calendar import DayRule, format_hhmm
from core.services.month_lock import (
    lock_month,
    locked_months,
    month_key,
    next_month,
    previous_month,
)
from core.services.service_hours import (
    CLOSED,
    EARLY,
    LATE,
    LATE_AND_EARLY,
    MISSING,
    NOT_CLOSED,
    NOT_YET,
    OFF,
    ON_TIME,
    OPEN_NOW,
    ClockSuspect,
    DayStatus,
    amend_time,
    close_office,
    day_statuses,
    mark_closed,
    month_figures,
    month_range,
    open_office,
    set_reason,
)
from desktop.dialogs.service_hours import AmendTimeDialog, LockMonthDialog, ReasonDialog
from desktop.models.table import (
    Column,
    Index,
    RowTableModel,
    filter_proxy,
    select_row,
    selected_row,
)
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

AREA = "service_hours"
ID_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
GOOD = "#1e7d32"
BAD = "#b3261e"
WARN = "#a05a00"
NEUTRAL = "#3c4043"
BAD_ROW = QColor("#fbe4e2")
WARN_ROW = QColor("#fff3dc")
CLOSED_ROW = QColor("#e6eefb")
OFF_ROW = QColor("#eeeeee")
OFF_TEXT = QColor("#8a8a8a")
ROW_COLORS = {LATE: BAD_ROW, LATE_AND_EARLY: BAD_ROW, MISSING: BAD_ROW, EARLY: WARN_ROW,
              NOT_CLOSED: WARN_ROW, CLOSED: CLOSED_ROW, OFF: OFF_ROW}
# Internal reasons a day has no schedule (core.services.calendar), as shown.
PLAIN_OFF_REASONS = ("akhir pekan", "tanpa jadwal")
REASON_COLUMN = 9
CENTERED_COLUMNS = (3, 4, 5, 6)  # Buka, Tutup and the minutes
LOCK_BADGE = ("background: #37474f; color: white; font-weight: 600; border-radius: 4px; "
              "padding: 2px 8px;")
BIG_BUTTONS = f"""
QPushButton {{ border: 1px solid #9aa0a6; border-radius: 5px; padding: 8px 18px;
               background: #f8f9fa; color: #202124; }}
QPushButton:disabled {{ background: #ececec; color: #a0a0a0; border-color: #d0d0d0; }}
QPushButton#openOffice:enabled {{ background: {GOOD}; color: white; border-color: {GOOD}; }}
QPushButton#closeOffice:enabled {{ background: #37474f; color: white; border-color: #37474f; }}
QPushButton#openOffice:enabled:hover {{ background: #17612a; }}
QPushButton#closeOffice:enabled:hover {{ background: #263238; }}
"""


def month_name(first: date) -> str:
    """`November 2026`, like every other date of Pantau (always Indonesian)."""
    return ID_LOCALE.toString(QDate(first), "MMMM yyyy")


def day_name(day: date) -> str:
    return ID_LOCALE.dayName(day.isoweekday())


def _has_record(row: DayStatus) -> bool:
    """Whether the day has a record set_reason can explain (DayStatus has no log id)."""
    return row.opened is not None or row.closed is not None or row.status == CLOSED \
        or row.amended or bool(row.reason)


class DayTableModel(RowTableModel[DayStatus]):
    """The month's days, coloured by status: late or missing red, days off grey."""

    def __init__(self, columns: list[Column[DayStatus]],
                 today: Callable[[], date | None]) -> None:
        super().__init__(columns, dimmed=lambda row: row.status == OFF)
        self._today = today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            row = self.row_at(index.row())
            if row.status == MISSING and row.day == self._today():
                return None  # not opened yet today: not (yet) a fault
            color = ROW_COLORS.get(row.status)
            return None if color is None else QBrush(color)
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole \
                and index.column() in CENTERED_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a long reason, or the day's schedule profile / holiday.
            row = self.row_at(index.row())
            if index.column() == REASON_COLUMN and row.reason:
                return row.reason
            return row.rule.off_reason or (row.rule.schedule.profile if row.rule.schedule
                                           else None)
        return super().data(index, role)


class ServiceHoursPage(Page):
    areas = (AREA,)

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.is_head = state.actor.role is Role.HEAD
        self.month = self.today().replace(day=1)
        self._shown_today: date | None = None
        self.month_locked = False
        self._scrolled_month: date | None = None
        self._scroll_pending = False
        self.status_labels = {
            ON_TIME: self.tr("tepat waktu"), LATE: self.tr("terlambat"),
            EARLY: self.tr("pulang cepat"), LATE_AND_EARLY: self.tr("terlambat, pulang cepat"),
            MISSING: self.tr("tidak tercatat"), CLOSED: self.tr("tutup"),
            OFF: self.tr("libur"), NOT_CLOSED: self.tr("belum ditutup"),
            OPEN_NOW: self.tr("buka"), NOT_YET: self.tr("belum dibuka"),
        }

        # --- today --------------------------------------------------------------------
        self.today_box = QGroupBox(self.tr("Hari ini"))
        self.today_date = QLabel()
        self.today_date.setObjectName("todayDate")
        big = QFont(self.today_date.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setBold(True)
        self.today_date.setFont(big)
        self.schedule_label = QLabel()
        self.schedule_label.setObjectName("todaySchedule")
        self.schedule_label.setWordWrap(True)
        self.opened_label = QLabel()
        self.opened_label.setObjectName("todayOpened")
        self.closed_label = QLabel()
        self.closed_label.setObjectName("todayClosed")
        self.status_label = QLabel()
        self.status_label.setObjectName("todayStatus")
        self.status_label.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("Jadwal"), self.schedule_label)
        facts.addRow(self.tr("Dibuka"), self.opened_label)
        facts.addRow(self.tr("Ditutup"), self.closed_label)
        facts.addRow(self.tr("Status"), self.status_label)
        left = QVBoxLayout()
        left.addWidget(self.today_date)
        left.addLayout(facts)
        left.addStretch(1)
        self.open_button = self._big_button(self.tr("Buka kantor"), "openOffice")
        self.close_button = self._big_button(self.tr("Tutup kantor"), "closeOffice")
        self.open_button.clicked.connect(lambda: self.press(open_office))
        self.close_button.clicked.connect(lambda: self.press(close_office))
        for big_button in (self.open_button, self.close_button):
            big_button.setStyleSheet(BIG_BUTTONS)
        right = QVBoxLayout()
        right.addWidget(self.open_button)
        right.addWidget(self.close_button)
        right.addStretch(1)
        today_layout = QHBoxLayout(self.today_box)
        today_layout.addLayout(left, 1)
        today_layout.addLayout(right)

        # --- the month ----------------------------------------------------------------
        self.month_box = QGroupBox(self.tr("Per bulan"))
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
        month_font = QFont(self.month_label.font())
        month_font.setBold(True)
        month_font.setPointSizeF(month_font.pointSizeF() * 1.15)
        self.month_label.setFont(month_font)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setMinimumWidth(150)
        self.lock_state = QLabel()
        self.lock_state.setObjectName("monthLockState")
        self.lock_state.setStyleSheet(LOCK_BADGE)
        self.lock_state.setToolTip(self.tr("Bulan ini sudah dikunci pimpinan: perubahan hanya "
                                           "lewat koreksi dengan alasan."))
        chooser = QHBoxLayout()
        chooser.addWidget(self.prev_button)
        chooser.addWidget(self.month_label)
        chooser.addWidget(self.next_button)
        chooser.addSpacing(12)
        chooser.addWidget(self.lock_state)
        chooser.addStretch(1)
        self.figures: dict[str, QLabel] = {}
        figures = QHBoxLayout()
        for name in ("figWorking", "figOnTime", "figAverageLate", "figMissing", "figClosed"):
            label = QLabel()
            label.setObjectName(name)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.figures[name] = label
            figures.addWidget(label)
            figures.addSpacing(16)
        figures.addStretch(1)

        self.model = DayTableModel([
            Column(self.tr("Tanggal"), lambda r: tanggal_pendek(r.day),
                   lambda r: r.day.isoformat()),
            Column(self.tr("Hari"), lambda r: day_name(r.day), lambda r: r.day.isoformat()),
            Column(self.tr("Jadwal"), lambda r: self.schedule_text(r.rule, short=True)),
            Column(self.tr("Buka"), lambda r: r.opened or ""),
            Column(self.tr("Tutup"), lambda r: r.closed or ""),
            Column(self.tr("Terlambat\n(menit)"), lambda r: r.minutes_late or "",
                   lambda r: r.minutes_late),
            Column(self.tr("Pulang cepat\n(menit)"), lambda r: r.minutes_early or "",
                   lambda r: r.minutes_early),
            Column(self.tr("Status"), self.status_text),
            Column(self.tr("Tanda"), self.markers),
            # Last, so a long reason widens the table instead of being cut short.
            Column(self.tr("Alasan"), self.reason_text),
        ], today=lambda: self._shown_today)
        self.proxy = filter_proxy(self.model)
        self.table = QTableView()
        self.table.setObjectName("daysTable")
        self.table.setModel(self.proxy)
        # A month reads in date order; without sort indicators the columns stay narrow.
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.amend_selected())

        self.amend_button = QPushButton(self.tr("Koreksi jam…"))
        self.amend_button.setObjectName("amendTime")
        self.closed_button = QPushButton(self.tr("Tutup sehari…"))
        self.closed_button.setObjectName("markClosed")
        self.reason_button = QPushButton(self.tr("Alasan…"))
        self.reason_button.setObjectName("setReason")
        self.amend_button.clicked.connect(self.amend_selected)
        self.closed_button.clicked.connect(self.mark_selected_closed)
        self.reason_button.clicked.connect(self.explain_selected)
        actions = QHBoxLayout()
        for button in (self.amend_button, self.closed_button, self.reason_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.lock_button: QPushButton | None = None
        if self.is_head:
            self.lock_button = QPushButton(self.tr("Kunci bulan…"))
            self.lock_button.setObjectName("lockMonth")
            self.lock_button.clicked.connect(self.lock_shown_month)
            actions.addWidget(self.lock_button)
        month_layout = QVBoxLayout(self.month_box)
        month_layout.addLayout(chooser)
        month_layout.addLayout(figures)
        month_layout.addWidget(self.table, 1)
        month_layout.addLayout(actions)

        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Jam Layanan")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addWidget(self.today_box)
        layout.addWidget(self.month_box, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Left open past midnight, the page moves on to the new day by itself.
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(60_000)
        self.day_timer.timeout.connect(self._tick)
        self.day_timer.start()
        self.refresh()

    @staticmethod
    def _big_button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        button.setFont(font)
        button.setMinimumSize(190, 52)
        return button

    # --- time -------------------------------------------------------------------------

    def _local_now(self) -> tuple[date, int]:
        device = self.state.ctx.device
        moment = self.state.ctx.clock().astimezone(ZoneInfo(device.timezone))
        return moment.date(), moment.hour * 60 + moment.minute

    def today(self) -> date:
        return self._local_now()[0]

    def _check_new_day(self) -> bool:
        """Refresh everything once the date has changed; True if it had."""
        if self._shown_today is None or self.today() == self._shown_today:
            return False
        if self.month == self._shown_today.replace(day=1):
            self.month = self.today().replace(day=1)
        self.refresh()
        return True

    def _tick(self) -> None:
        if not self._check_new_day():
            self._refresh_today()  # "sudah lewat N menit" moves on

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._check_new_day() and self._scroll_pending:
            self.table.scrollToBottom()  # sized only now
        self._scroll_pending = False

    # --- texts ------------------------------------------------------------------------

    def schedule_text(self, rule: DayRule, short: bool = False) -> str:
        """Today's panel: `07.30–16.00 · Reguler (…)` or `Libur: Hari Kemerdekaan …`; the
        table (short): `07.30–16.00` or just `Libur`, the holiday's name going to Alasan."""
        schedule = rule.schedule
        if schedule is not None:
            hours = f"{format_hhmm(schedule.opens)}–{format_hhmm(schedule.closes)}"
            return hours if short else f"{hours} · {schedule.profile}"
        reason = rule.off_reason or ""
        if reason == "akhir pekan":
            return self.tr("Akhir pekan")
        if reason == "tanpa jadwal":
            return self.tr("Tanpa jadwal")
        return self.tr("Libur") if short else self.tr("Libur: {name}").format(name=reason)

    @staticmethod
    def reason_text(row: DayStatus) -> str:
        """The day's own reason; a holiday without one shows the holiday's name."""
        if row.reason or row.rule.schedule is not None:
            return row.reason
        off = row.rule.off_reason or ""
        return "" if off in PLAIN_OFF_REASONS else off

    def status_text(self, row: DayStatus) -> str:
        if row.status == MISSING and row.day == self._shown_today:
            return self.tr("belum dibuka")
        return self.status_labels.get(row.status, row.status)

    def markers(self, row: DayStatus) -> str:
        marks = []
        if row.amended:
            marks.append(self.tr("dikoreksi"))
        if row.locked:
            marks.append(self.tr("terkunci"))
        return ", ".join(marks)

    def _today_status(self, row: DayStatus, now_minute: int) -> tuple[str, str]:
        """What today's record means so far, and its colour."""
        schedule = row.rule.schedule
        if row.status == CLOSED:
            return self.tr("Tutup sepanjang hari: {reason}").format(reason=row.reason), NEUTRAL
        if row.opened is None:
            if schedule is None:
                return self.tr("Bukan hari kerja"), NEUTRAL
            behind = now_minute - schedule.opens
            if behind > 0:
                return self.tr("Belum dibuka: sudah lewat {minutes} menit dari jadwal").format(
                    minutes=behind), BAD
            return self.tr("Belum dibuka"), NEUTRAL
        if schedule is None:
            return self.tr("Buka di hari libur"), NEUTRAL
        if row.minutes_late and row.minutes_early:
            return self.tr("Terlambat {late} menit, pulang cepat {early} menit").format(
                late=row.minutes_late, early=row.minutes_early), BAD
        if row.minutes_late:
            return self.tr("Terlambat {minutes} menit").format(minutes=row.minutes_late), BAD
        if row.minutes_early:
            return self.tr("Pulang cepat {minutes} menit").format(
                minutes=row.minutes_early), WARN
        return self.tr("Tepat waktu"), GOOD

    # --- showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        office = self.state.ctx.device.office_code
        today, now_minute = self._refresh_today()
        start, end = month_range(self.month)
        rows = self.state.read(day_statuses, office, start, end, today, now_minute)
        locked = self.state.read(locked_months, office)
        selected = self.selected()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows)
        self._show_month(rows, month_key(self.month) in locked)
        if selected is not None:
            self._select_day(selected.day)
        if self._scrolled_month != self.month:
            # A month opens at its end: today, or the last days to review.
            self._scrolled_month = self.month
            self.table.scrollToBottom()
            self._scroll_pending = not self.isVisible()
        else:
            self.table.verticalScrollBar().setValue(scroll)
        self._update_buttons()

    def _refresh_today(self) -> tuple[date, int]:
        today, now_minute = self._local_now()
        self._shown_today = today
        office = self.state.ctx.device.office_code
        [today_row] = self.state.read(day_statuses, office, today, today, today, now_minute)
        self._show_today(today_row, now_minute)
        return today, now_minute

    def _show_today(self, row: DayStatus, now_minute: int) -> None:
        self.today_row = row
        self.today_date.setText(hari_tanggal(row.day))
        self.schedule_label.setText(self.schedule_text(row.rule))
        self.opened_label.setText(self.tr("Pukul {time}").format(time=row.opened)
                                  if row.opened else self.tr("Belum"))
        self.closed_label.setText(self.tr("Pukul {time}").format(time=row.closed)
                                  if row.closed else self.tr("Belum"))
        text, color = self._today_status(row, now_minute)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        closed_all_day = row.status == CLOSED
        self.open_button.setEnabled(row.opened is None and not closed_all_day)
        self.close_button.setEnabled(row.opened is not None and row.closed is None)

    def _show_month(self, rows: list[DayStatus], locked: bool) -> None:
        self.month_locked = locked
        self.month_label.setText(month_name(self.month))
        self.lock_state.setText(self.tr("Terkunci") if locked else "")
        self.lock_state.setVisible(locked)
        figures = month_figures(rows)
        values = {
            "figWorking": (self.tr("Hari kerja"), str(figures.working_days)),
            "figOnTime": (self.tr("Tepat waktu"), self.tr("{percent}% ({days} hari)").format(
                percent=angka(figures.on_time_percent, 1), days=figures.on_time_days)),
            "figAverageLate": (self.tr("Rata-rata terlambat"), self.tr("{minutes} menit").format(
                minutes=angka(figures.average_minutes_late, 1))),
            "figMissing": (self.tr("Tidak tercatat"), self.tr("{days} hari").format(
                days=figures.missing_days)),
            "figClosed": (self.tr("Tutup"), self.tr("{days} hari").format(
                days=figures.closed_days)),
        }
        for name, (caption, value) in values.items():
            self.figures[name].setText(f"{caption}: <b>{value}</b>")
        current = self.today().replace(day=1)
        self.next_button.setEnabled(self.month < current)

    def show_month(self, first: date) -> None:
        self.month = first
        self.table.clearSelection()
        self.refresh()

    def selected(self) -> DayStatus | None:
        return selected_row(self.table, self.model)

    def _select_day(self, day: date) -> None:
        select_row(self.table, self.model, lambda row: row.day == day)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.amend_button.setEnabled(row is not None)
        self.closed_button.setEnabled(row is not None and row.opened is None
                                      and row.status != CLOSED and row.rule.is_working)
        self.reason_button.setEnabled(row is not None and _has_record(row))
        if self.lock_button is not None:
            ended = month_key(self.month) < month_key(self.today())
            self.lock_button.setEnabled(ended and not self.month_locked)
            self.lock_button.setToolTip(
                self.tr("Bulan ini sudah dikunci.") if self.month_locked else
                "" if ended else self.tr("Hanya bulan yang sudah berakhir yang dapat dikunci."))

    # --- actions ----------------------------------------------------------------------

    def press(self, operation: Callable[..., object]) -> None:
        """"Buka kantor" / "Tutup kantor": a suspicious computer date asks first."""

        def action() -> None:
            try:
                self.state.write(AREA, operation)
            except ClockSuspect as suspect:
                if self.confirm_clock(suspect.message):
                    self.state.write(AREA, operation, confirmed_clock=True)

        if not self.attempt(action):
            self.refresh()  # e.g. opened meanwhile on another computer: show it

    def confirm_clock(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Periksa tanggal komputer"),
                          message, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Lanjutkan?"))
        go_on = box.addButton(self.tr("Ya, lanjutkan"), QMessageBox.ButtonRole.YesRole)
        stop = box.addButton(self.tr("Tidak"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(stop)
        box.exec()
        return box.clickedButton() is go_on

    def amend_selected(self) -> None:
        row = self.selected()
        if row is None:
            return

        def save(field: str, time: str, reason: str) -> object:
            return self.state.write(AREA, amend_time, row.day, field, time, reason)

        AmendTimeDialog(row, save, self).exec()

    def mark_selected_closed(self) -> None:
        row = self.selected()
        if row is None:
            return
        ReasonDialog(
            self.tr("Tutup sehari"),
            self.tr("Kantor tidak buka pada {day}. Tuliskan alasannya:").format(
                day=hari_tanggal(row.day)),
            lambda reason: self.state.write(AREA, mark_closed, row.day, reason),
            placeholder=self.tr("mis. Banjir di depan kantor, rapat di kecamatan"),
            parent=self).exec()

    def explain_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ReasonDialog(
            self.tr("Alasan"),
            self.tr("Alasan terlambat buka atau pulang cepat pada {day}:").format(
                day=hari_tanggal(row.day)),
            lambda reason: self.state.write(AREA, set_reason, row.day, reason),
            initial=row.reason, placeholder=self.tr("mis. Rapat di kecamatan pagi hari"),
            parent=self).exec()

    def lock_shown_month(self) -> None:
        month = month_key(self.month)
        LockMonthDialog(month_name(self.month),
                        lambda note: self.state.write(AREA, lock_month, month, note),
                        self).exec()

