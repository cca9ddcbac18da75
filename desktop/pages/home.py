"""Beranda: the office at a glance — today, the month so far, late minutes per day."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout

from core.formatting import angka, hari_tanggal
from core.roles import Mode
from core.services.overview import OfficeDayOverview, office_day_overview, office_overview
from core.services.sidak import laptop_summary
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

LATE_COLOR = QColor("#c0392b")


class HomePage(Page):
    areas = ("staff", "users", "offices", "service_hours", "attendance", "sidak", "sync")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.is_office = state.ctx.device.mode is Mode.OFFICE
        self.is_inspector = state.ctx.device.mode is Mode.INSPECTOR
        self.title = QLabel()
        self.title.setObjectName("homeTitle")
        self.today = QLabel()
        self.office_box = QGroupBox(self.tr("Kantor"))
        self.office_form = QFormLayout(self.office_box)
        self.office_labels = [QLabel() for _ in range(3)]
        for caption, label in zip((self.tr("Kode"), self.tr("Induk"), self.tr("Mode")),
                                  self.office_labels, strict=True):
            self.office_form.addRow(caption, label)
        self.staff_box = QGroupBox(self.tr("Pegawai dan akun"))
        staff_form = QFormLayout(self.staff_box)
        self.staff_summary = QLabel()
        self.staff_summary.setObjectName("staffSummary")
        self.users_summary = QLabel()
        self.log_summary = QLabel()
        staff_form.addRow(self.tr("Pegawai aktif"), self.staff_summary)
        staff_form.addRow(self.tr("Akun aktif"), self.users_summary)
        staff_form.addRow(self.tr("Perubahan tercatat"), self.log_summary)
        grid = QGridLayout()
        grid.addWidget(self.office_box, 0, 0)
        grid.addWidget(self.staff_box, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.today)
        if self.is_office:
            self.day_box = QGroupBox(self.tr("Hari ini"))
            day_form = QFormLayout(self.day_box)
            self.opened = QLabel()
            self.opened.setObjectName("todayOpened")
            self.present = QLabel()
            self.present.setObjectName("todayPresent")
            self.present.setWordWrap(True)
            day_form.addRow(self.tr("Buka kantor"), self.opened)
            day_form.addRow(self.tr("Kehadiran"), self.present)
            self.month_box = QGroupBox(self.tr("Bulan ini"))
            month_form = QFormLayout(self.month_box)
            self.on_time = QLabel()
            self.on_time.setObjectName("monthOnTime")
            self.average_late = QLabel()
            self.average_late.setObjectName("monthAverageLate")
            self.attendance = QLabel()
            self.attendance.setObjectName("monthAttendance")
            month_form.addRow(self.tr("Hari buka tepat waktu"), self.on_time)
            month_form.addRow(self.tr("Rata-rata terlambat"), self.average_late)
            month_form.addRow(self.tr("Kehadiran pegawai"), self.attendance)
            grid.addWidget(self.day_box, 1, 0)
            grid.addWidget(self.month_box, 1, 1)
            self.chart = QChart()
            self.chart.setTitle(self.tr("Menit terlambat buka kantor per hari kerja"))
            self.chart.legend().hide()
            self.chart_view = QChartView(self.chart)
            self.chart_view.setObjectName("lateChart")
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setMinimumHeight(230)
        if self.is_inspector:
            self.sidak_box = QGroupBox(self.tr("Sidak"))
            sidak_form = QFormLayout(self.sidak_box)
            self.sidak_month = QLabel()
            self.sidak_month.setObjectName("sidakMonth")
            self.sidak_drafts = QLabel()
            self.sidak_drafts.setObjectName("sidakDrafts")
            self.sidak_unsent = QLabel()
            self.sidak_unsent.setObjectName("sidakUnsent")
            sidak_form.addRow(self.tr("Sidak bulan ini"), self.sidak_month)
            sidak_form.addRow(self.tr("Belum selesai (draf)"), self.sidak_drafts)
            sidak_form.addRow(self.tr("Belum dikirim ke kota"), self.sidak_unsent)
            grid.addWidget(self.sidak_box, 1, 0)
        layout.addLayout(grid)
        if self.is_office:
            layout.addWidget(self.chart_view, 1)
        else:
            layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        ctx = self.state.ctx
        device = ctx.device
        overview = self.state.read(office_overview, device.office_code, device.id)
        self.title.setText(f"<h1>{overview.office.display_name}</h1>")
        today = device.local_date(ctx.clock())
        self.today.setText(hari_tanggal(today))
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
        if self.is_office:
            self._show_day(self.state.read(office_day_overview, device.office_code, today))
        if self.is_inspector:
            summary = self.state.read(laptop_summary, device.id, today)
            self.sidak_month.setText(str(summary.month_visits))
            self.sidak_drafts.setText(str(summary.drafts))
            self.sidak_unsent.setText(
                self.tr("{count} sidak: ekspor di Sinkronisasi").format(count=summary.unsent)
                if summary.unsent else self.tr("semua sudah dikirim"))

    def _show_day(self, day: OfficeDayOverview) -> None:
        status = day.today
        if status is None or not status.rule.is_working:
            reason = status.rule.off_reason if status else ""
            self.opened.setText(self.tr("Bukan hari kerja ({reason})").format(reason=reason))
        elif status.opened is None:
            self.opened.setText(self.tr("Belum dibuka"))
            self.opened.setStyleSheet(f"color: {LATE_COLOR.name()}; font-weight: 600;")
        elif status.minutes_late:
            self.opened.setText(self.tr("Pukul {time}, terlambat {minutes} menit").format(
                time=status.opened, minutes=status.minutes_late))
            self.opened.setStyleSheet(f"color: {LATE_COLOR.name()}; font-weight: 600;")
        else:
            self.opened.setText(self.tr("Pukul {time}, tepat waktu").format(time=status.opened))
            self.opened.setStyleSheet("color: #1e7d32; font-weight: 600;")
        parts = [self.tr("{count} hadir").format(count=len(day.present))]
        if day.absent:
            parts.append(self.tr("tidak hadir: {names}").format(
                names=", ".join(f"{name} ({code})" for name, code in day.absent)))
        if day.not_recorded:
            parts.append(self.tr("{count} belum diabsen").format(count=day.not_recorded))
        self.present.setText("; ".join(parts))
        month = day.month
        self.on_time.setText(self.tr("{percent}% ({on_time} dari {days} hari kerja)").format(
            percent=angka(month.on_time_percent, 1), on_time=month.on_time_days,
            days=month.working_days))
        self.average_late.setText(self.tr("{minutes} menit").format(
            minutes=angka(month.average_minutes_late, 1)))
        self.attendance.setText(f"{angka(day.attendance_percent, 1)}%")
        self._draw_chart(day.late_minutes_by_day)

    def _draw_chart(self, late: list[tuple[object, int]]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Menit terlambat"))
        bars.setColor(LATE_COLOR)
        categories = []
        for day, minutes in late:
            bars.append(minutes)
            categories.append(str(getattr(day, "day", day)))
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories or ["—"])
        y_axis = QValueAxis()
        y_axis.setRange(0, max([30, *(m for _d, m in late)]))
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("menit"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
