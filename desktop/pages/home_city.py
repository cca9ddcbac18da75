"""Beranda at the city hub: every office side by side for one month (on-time opening,
lateness, attendance, sidak, complaints, innovations, PK, last sync), filtered by
kecamatan, sortable by any column, with the totals per kecamatan, two charts, the
drill-down into one office and the dashboard as Excel.

The figures are `core.services.dashboard.city_dashboard`'s; this page only shows them. A
figure the hub does not have shows as "–" and sorts after every figure, whichever the
order. A row needing attention is shaded and its tooltip says why (see
`attention_reasons`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.formatting import bulan, persen_atau_strip, tanggal, tanggal_pendek
from core.reports.pk import capaian_teks
from core.services.dashboard import CityDashboard, GroupTotals, OfficeRow, city_dashboard
from core.services.innovation import STAGES
from core.services.innovation_tracker import AT_RISK, ATTENTION, STAGE_KEYS
from core.services.month_lock import previous_month
from core.services.offices import Level, city_entry, list_offices
from core.sync.ledger import DEFAULT_SILENT_DAYS
from desktop.dialogs.office_drilldown import (
    NONE,
    ON_TIME_TARGET,
    OfficeDrilldownDialog,
    count_text,
    minutes_text,
    pk_text,
)
from desktop.dialogs.sidak_detail import LATE_COLOR, TintedTableModel
from desktop.models.table import (
    Column,
    Index,
    RowSortProxy,
    RowT,
    RowTableModel,
    read_only_table,
    select_row,
    selected_row,
)
from desktop.pages.base import Page
from desktop.pages.innovation_city import ATTENTION_COLOR, ATTENTION_FILL, RISK_COLOR, SAFE_COLOR
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner
from desktop.widgets.charts import chart_view, count_bars, percent_bars

HEADER_PADDING = 26  # pixels beside a header's longest line: margins and the sort arrow
MONTHS_BACK = 24  # months the picker offers, this one included
RISK_ORDER = {AT_RISK: 0, ATTENTION: 1}
# Written out as translate("CityHomePage", "…"): lupdate only sees literal strings.
translate = QCoreApplication.translate
# Columns of the office table whose cells get their own colour.
ON_TIME, DISCREPANCIES, COMPLAINTS, RISK, LAST_SYNC = 2, 6, 7, 9, 11


class MissingLastProxy(RowSortProxy):
    """Rows without a figure (a sort key of None) after every row with one, ascending or
    descending: a missing on-time figure is not the best nor the worst."""

    def lessThan(self, left: Index, right: Index) -> bool:
        a_missing = left.data(RowTableModel.SortRole) in ("", None)
        b_missing = right.data(RowTableModel.SortRole) in ("", None)
        if a_missing != b_missing:
            # Qt shows a descending sort by reversing lessThan: missing is then the least.
            return a_missing == (self.sortOrder() == Qt.SortOrder.DescendingOrder)
        return super().lessThan(left, right)


class LinesHeader(QHeaderView):
    """A horizontal header whose titles may have several lines ("Tepat\nwaktu"): each
    section as wide as its longest line (Qt's own measure leaves a wide margin), and the
    header as tall as the most lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803
        model = self.model()
        text = "" if model is None else str(model.headerData(
            logicalIndex, Qt.Orientation.Horizontal) or "")
        lines = text.split("\n")
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(line) for line in lines)
        return QSize(width + HEADER_PADDING, metrics.lineSpacing() * len(lines) + 10)


def missing_last_table(name: str, model: RowTableModel[Any]) -> QTableView:
    """`read_only_table` sorting through a MissingLastProxy, with a LinesHeader (every
    column as wide as its contents) and compact rows."""
    table = read_only_table(name, model)
    header = LinesHeader(table)
    table.setHorizontalHeader(header)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # A stretched last section is cut short once the table scrolls sideways.
    header.setStretchLastSection(False)
    proxy = MissingLastProxy(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(RowTableModel.SortRole)
    table.setModel(proxy)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
    return table


class AttentionModel(TintedTableModel[RowT]):
    """Rows with reasons for attention are shaded and their tooltip lists the reasons."""

    def __init__(self, columns: Sequence[Column[RowT]],
                 reasons: Callable[[RowT], list[str]],
                 tint: Callable[[RowT, int], QColor | None] | None = None) -> None:
        super().__init__(columns, tint)
        self._reasons = reasons

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ToolTipRole):
            reasons = self._reasons(self.row_at(index.row()))
            if reasons and role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ATTENTION_FILL)
            if reasons:
                return "\n".join([self.tr("Perlu perhatian:"),
                                  *(f"• {reason}" for reason in reasons)])
        return super().data(index, role)


def attention_reasons(row: OfficeRow) -> list[str]:
    """Why an office needs attention: nothing arrived from it for more than
    DEFAULT_SILENT_DAYS days (or ever), it opened on time on fewer than ON_TIME_TARGET
    percent of its working days, a "rekomendasi rotasi" stands for one of its officials,
    or its innovations are at risk before the city's deadline."""
    reasons = []
    if row.silent and row.last_sync is None:
        reasons.append(translate("CityHomePage", "belum pernah mengirim data"))
    elif row.silent:
        reasons.append(translate(
            "CityHomePage", "tidak ada kiriman selama {days} hari (lebih dari {limit})").format(
            days=row.days_silent, limit=DEFAULT_SILENT_DAYS))
    if row.on_time_percent is not None and row.on_time_percent < ON_TIME_TARGET:
        reasons.append(translate(
            "CityHomePage", "buka tepat waktu {percent} hari kerja, di bawah {target}%").format(
            percent=persen_atau_strip(row.on_time_percent), target=f"{ON_TIME_TARGET:g}"))
    if row.rotation_alerts:
        reasons.append(translate(
            "CityHomePage", "{count} rekomendasi rotasi (aturan tiga laporan pungli)").format(
            count=row.rotation_alerts))
    if row.innovation_risk == AT_RISK:
        reasons.append(translate("CityHomePage", "inovasi berisiko: {reason}").format(
            reason=row.innovation_reason or row.innovation_risk))
    return reasons


def _risk_color(risk: str) -> QColor:
    return {AT_RISK: RISK_COLOR, ATTENTION: ATTENTION_COLOR}.get(risk, SAFE_COLOR)


class Figure(QFrame):
    """One city figure: a large value over its caption."""

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(NONE)
        self.value.setObjectName(name)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        text = QLabel(caption)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(text)

    def show_value(self, text: str, alarming: bool) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {LATE_COLOR.name()};" if alarming else "")


class CityHomePage(Page):
    areas = ("sync", "sidak", "innovation", "performance", "complaints", "offices", "rules",
             "calendar")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.dashboard: CityDashboard | None = None
        self.order: dict[str, int] = {}
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Beranda — {city}").format(city=city_entry().name)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setObjectName("homeTitle")
        layout.addWidget(heading)
        layout.addLayout(self._filter_bar())
        self.period = QLabel()
        self.period.setObjectName("dashboardPeriod")
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        layout.addLayout(self._figures())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self._offices_tab(), self.tr("Semua kantor"))
        self.tabs.addTab(self._kecamatan_tab(), self.tr("Per kecamatan"))
        self.tabs.addTab(self._charts_tab(), self.tr("Grafik"))
        layout.addWidget(self.tabs, 1)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_result)
        self.refresh()

    def today(self) -> date:
        ctx = self.state.ctx
        return ctx.today()

    # --- the bar at the top -------------------------------------------------------------
    def _filter_bar(self) -> QHBoxLayout:
        self.month = QComboBox()
        self.month.setObjectName("monthFilter")
        month = self.today().replace(day=1)
        for _ in range(MONTHS_BACK):
            self.month.addItem(bulan(month), month)
            month = previous_month(month)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("kecamatanFilter")
        self.kecamatan.addItem(self.tr("Semua"), None)
        for office in self.state.read(list_offices):
            if office.level is Level.KECAMATAN:
                self.kecamatan.addItem(office.name, office.code)
        self.kecamatan.currentIndexChanged.connect(lambda _i: self.refresh())
        self.drill_button = QPushButton(self.tr("Rincian kantor…"))
        self.drill_button.setObjectName("openDrilldown")
        self.drill_button.clicked.connect(self.open_selected)
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(self.export_xlsx)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan")))
        bar.addWidget(self.month)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Kecamatan")))
        bar.addWidget(self.kecamatan)
        bar.addStretch(1)
        bar.addWidget(self.drill_button)
        bar.addWidget(self.xlsx_button)
        return bar

    def _figures(self) -> QHBoxLayout:
        self.figures = {key: Figure(f"figure_{key}", caption) for key, caption in (
            ("offices", self.tr("kantor dipantau")),
            ("on_time", self.tr("hari kerja buka tepat waktu")),
            ("attendance", self.tr("kehadiran pegawai")),
            ("silent", self.tr("kantor tanpa kiriman > {days} hari").format(
                days=DEFAULT_SILENT_DAYS)),
            ("rotation", self.tr("rekomendasi rotasi (tiga laporan)")),
            ("at_risk", self.tr("kantor dengan inovasi berisiko")),
        )}
        row = QHBoxLayout()
        for figure in self.figures.values():
            row.addWidget(figure, 1)
        return row

    def _rate_columns(self) -> list[Column[Any]]:
        """On time, average lateness and attendance: the same for an office and a group."""
        return [
            Column(self.tr("Tepat\nwaktu"), lambda r: persen_atau_strip(r.on_time_percent),
                   lambda r: r.on_time_percent),
            Column(self.tr("Rata-rata\nterlambat\n(menit)"),
                   lambda r: minutes_text(r.average_minutes_late),
                   lambda r: r.average_minutes_late),
            Column(self.tr("Kehadiran"), lambda r: persen_atau_strip(r.attendance_percent),
                   lambda r: r.attendance_percent),
        ]

    # --- Semua kantor -------------------------------------------------------------------
    def _offices_tab(self) -> QWidget:
        self.office_model: AttentionModel[OfficeRow] = AttentionModel([
            Column(self.tr("Kantor"), lambda r: r.office_name),
            Column(self.tr("Kecamatan"), lambda r: r.kecamatan_name,
                   lambda r: self.order.get(r.office_code, 0)),
            *self._rate_columns(),
            Column(self.tr("Sidak\n(kunjungan/\ntemuan)"), self._sidak_text,
                   lambda r: (r.sidak_visits, r.sidak_findings) if r.sidak_visits else None),
            Column(self.tr("Selisih\nsidak"), lambda r: count_text(r.discrepancies),
                   lambda r: r.discrepancies),
            Column(self.tr("Pengaduan\n(diterima/terbuka/\nlewat batas)"),
                   lambda r: f"{r.complaints_received} / {r.complaints_open} / "
                             f"{r.complaints_overdue}",
                   lambda r: (r.complaints_received, r.complaints_open, r.complaints_overdue)),
            Column(self.tr("Inovasi\n(jumlah, tahap\nterbaik)"), self._innovation_text,
                   lambda r: (r.innovations, _stage_rank(r.best_stage))),
            Column(self.tr("Risiko\ninovasi"), lambda r: r.innovation_risk,
                   lambda r: RISK_ORDER.get(r.innovation_risk, 2)),
            Column(self.tr("Capaian PK\n(predikat)"), pk_text,
                   lambda r: None if r.pk_capaian is None else float(r.pk_capaian)),
            Column(self.tr("Sinkron terakhir\n(hari tanpa kiriman)"), self._sync_text,
                   lambda r: r.last_sync.isoformat() if r.last_sync else None),
        ], attention_reasons, self._office_tint)
        self.office_table = missing_last_table("officeTable", self.office_model)
        self.office_table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.office_table.doubleClicked.connect(lambda _index: self.open_selected())
        self.office_table.selectionModel().selectionChanged.connect(
            lambda *_: self.drill_button.setEnabled(self.selected_office() is not None))
        tab, self.office_count = _table_with_note(self.office_table, "officeCount")
        return tab

    def _sidak_text(self, row: OfficeRow) -> str:
        if not row.sidak_visits:
            return NONE
        return f"{row.sidak_visits} / {row.sidak_findings or 0}"

    def _innovation_text(self, row: OfficeRow) -> str:
        if not row.innovations or row.best_stage is None:
            return str(row.innovations)
        return f"{row.innovations}, {STAGES.get(row.best_stage, row.best_stage).lower()}"

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.dashboard.timezone if self.dashboard else "Asia/Jakarta")

    def _sync_text(self, row: OfficeRow) -> str:
        if row.last_sync is None:
            return self.tr("belum pernah")
        local = row.last_sync.astimezone(self._zone())
        return self.tr("{when} ({days} hari)").format(
            when=f"{tanggal_pendek(local.date())} {local:%H.%M}", days=row.days_silent)

    def _office_tint(self, row: OfficeRow, column: int) -> QColor | None:
        if column == ON_TIME and row.on_time_percent is not None:
            return LATE_COLOR if row.on_time_percent < ON_TIME_TARGET else SAFE_COLOR
        if column == COMPLAINTS and (row.complaints_overdue or row.rotation_alerts):
            return LATE_COLOR
        if column == DISCREPANCIES and row.discrepancies:
            return LATE_COLOR
        if column == RISK:
            return _risk_color(row.innovation_risk)
        if column == LAST_SYNC and row.silent:
            return LATE_COLOR
        return None

    def selected_office(self) -> OfficeRow | None:
        return selected_row(self.office_table, self.office_model)

    def _select(self, office_code: str) -> None:
        select_row(self.office_table, self.office_model,
                   lambda row: row.office_code == office_code)

    def open_selected(self) -> None:
        row = self.selected_office()
        if row is not None and self.dashboard is not None:
            self.open_drilldown(row.office_code)

    def open_drilldown(self, office_code: str) -> None:
        assert self.dashboard is not None
        OfficeDrilldownDialog(self.state, self.tasks, office_code, self.dashboard.year,
                              self.dashboard.month, self).exec()

    # --- Per kecamatan ------------------------------------------------------------------
    def _kecamatan_tab(self) -> QWidget:
        self.group_order: dict[str, int] = {}
        self.group_model: TintedTableModel[GroupTotals] = TintedTableModel([
            Column(self.tr("Kecamatan"), lambda g: g.name,
                   lambda g: self.group_order.get(g.code, 0)),
            Column(self.tr("Kantor"), lambda g: g.offices, lambda g: g.offices),
            *self._rate_columns(),
            Column(self.tr("Sidak\n(kunjungan/\ntemuan)"),
                   lambda g: f"{g.sidak_visits} / {g.sidak_findings}",
                   lambda g: (g.sidak_visits, g.sidak_findings)),
            Column(self.tr("Selisih\nsidak"), lambda g: g.discrepancies,
                   lambda g: g.discrepancies),
            Column(self.tr("Pengaduan\n(diterima/terbuka/\nlewat batas)"),
                   lambda g: f"{g.complaints_received} / {g.complaints_open} / "
                             f"{g.complaints_overdue}",
                   lambda g: (g.complaints_received, g.complaints_open, g.complaints_overdue)),
            Column(self.tr("Rekomendasi\nrotasi"), lambda g: g.rotation_alerts,
                   lambda g: g.rotation_alerts),
            Column(self.tr("Inovasi"), lambda g: g.innovations, lambda g: g.innovations),
            Column(self.tr("Kantor\ninovasi\nberisiko"), lambda g: g.offices_at_risk,
                   lambda g: g.offices_at_risk),
            Column(self.tr("Capaian PK\nrata-rata"), _group_pk_text,
                   lambda g: None if g.pk_capaian is None else float(g.pk_capaian)),
            Column(self.tr("Kantor tanpa\nkiriman"), lambda g: g.silent_offices,
                   lambda g: g.silent_offices),
        ], tint=_group_tint)
        self.group_table = missing_last_table("kecamatanTable", self.group_model)
        self.group_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        tab, self.city_line = _table_with_note(self.group_table, "cityTotals")
        return tab

    # --- Grafik -------------------------------------------------------------------------
    def _charts_tab(self) -> QWidget:
        self.on_time_chart = chart_view("onTimeChart", 300)
        self.stage_chart = chart_view("stageChart", 300)
        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.addWidget(self.on_time_chart, 3)
        layout.addWidget(self.stage_chart, 2)
        return tab

    def _draw_charts(self, dashboard: CityDashboard) -> None:
        items: Sequence[OfficeRow | GroupTotals]
        if dashboard.kecamatan is None:
            items = dashboard.per_kecamatan
            title = self.tr("Hari buka tepat waktu per kecamatan")
        else:
            items = dashboard.rows
            title = self.tr("Hari buka tepat waktu per kantor, Kecamatan {name}").format(
                name=self.kecamatan.currentText())
        percent_bars(self.on_time_chart, title, [_name(item) for item in items],
                     [item.on_time_percent for item in items], ON_TIME_TARGET, horizontal=True)
        stages = [None, *STAGE_KEYS]
        counts = [sum(1 for row in dashboard.rows if row.best_stage == stage)
                  for stage in stages]
        names = [self.tr("Belum ada"), *(STAGES[key] for key in STAGE_KEYS)]
        count_bars(self.stage_chart, self.tr("Kantor menurut tahap inovasi tertinggi"), names,
                   counts, self.tr("kantor"), horizontal=True)

    # --- Excel --------------------------------------------------------------------------
    def choose_path(self, suggested: str) -> Path | None:
        """Ask where to write the workbook (tests replace this)."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan beranda sebagai Excel"), str(Path(folder) / suggested),
            self.tr("Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(f"{path.name}.xlsx")

    def export_xlsx(self) -> None:
        """The dashboard as shown (month and kecamatan) to a workbook, off the UI thread;
        a folder that cannot be written is a message, and nothing is left behind."""
        from core.reports.dashboard_xlsx import write_dashboard_xlsx

        dashboard = self.dashboard
        if dashboard is None:
            return
        suffix = f"-{dashboard.kecamatan}" if dashboard.kecamatan else ""
        path = self.choose_path(f"beranda-kota-{dashboard.first:%Y-%m}{suffix}.xlsx")
        if path is None:
            return

        def work(_progress: Progress) -> Path:
            return write_dashboard_xlsx(dashboard, path)

        def done(written: Path) -> None:
            self.export_result.setText(self.tr("Beranda {month} disimpan ke {path}").format(
                month=dashboard.month_label, path=str(written)))

        def failed(message: str) -> None:
            self.export_result.setText("")
            QMessageBox.warning(self, self.tr("Gagal menyimpan"), message)

        self.export_result.setText(self.tr("Menyimpan…"))
        self.tasks.run(self, self.tr("Menyimpan Excel…"), work, done, failed)

    # --- all ----------------------------------------------------------------------------
    def chosen_month(self) -> date:
        month: date = self.month.currentData()
        return month

    def refresh(self) -> None:
        month = self.chosen_month()
        selected = self.selected_office()
        dashboard = self.state.read(city_dashboard, month.year, month.month, self.today(),
                                    self.kecamatan.currentData())
        self.dashboard = dashboard
        self.order = {row.office_code: n for n, row in enumerate(dashboard.rows)}
        self.group_order = {g.code: n for n, g in enumerate(dashboard.per_kecamatan)}
        self.office_model.set_rows(dashboard.rows)
        self.group_model.set_rows(dashboard.per_kecamatan)
        if selected is not None:
            self._select(selected.office_code)
        self.drill_button.setEnabled(self.selected_office() is not None)
        self.xlsx_button.setEnabled(bool(dashboard.rows))
        self._show_figures(dashboard)
        self._draw_charts(dashboard)

    def _show_figures(self, dashboard: CityDashboard) -> None:
        city = dashboard.city
        running = dashboard.period_end < dashboard.last
        self.period.setText(self.tr(
            "Bulan {month}, dinilai sampai {day}{running}: hanya hari yang datanya sudah "
            "diterima kota. Batas waktu inovasi {deadline}.").format(
            month=dashboard.month_label, day=tanggal(dashboard.period_end),
            running=self.tr(" (bulan berjalan)") if running else "",
            deadline=tanggal(dashboard.innovation_deadline)))
        on_time = city.on_time_percent
        self.figures["offices"].show_value(str(city.offices), False)
        self.figures["on_time"].show_value(persen_atau_strip(on_time),
                                           on_time is not None and on_time < ON_TIME_TARGET)
        self.figures["attendance"].show_value(persen_atau_strip(city.attendance_percent), False)
        self.figures["silent"].show_value(str(city.silent_offices), city.silent_offices > 0)
        alerts = len(dashboard.rotation_alerts)
        self.figures["rotation"].show_value(str(alerts), alerts > 0)
        self.figures["at_risk"].show_value(str(city.offices_at_risk), city.offices_at_risk > 0)
        attention = sum(1 for row in dashboard.rows if attention_reasons(row))
        self.office_count.setText(self.tr(
            "{count} kantor; {attention} perlu perhatian (berwarna; arahkan tetikus ke baris "
            "untuk alasannya): tanpa kiriman lebih dari {days} hari, tepat waktu di bawah "
            "{target}%, rekomendasi rotasi, atau inovasi berisiko. Klik dua kali untuk "
            "rincian kantor. \"–\": kota belum menerima datanya.").format(
            count=len(dashboard.rows), attention=attention, days=DEFAULT_SILENT_DAYS,
            target=f"{ON_TIME_TARGET:g}"))
        shown = city.name if dashboard.kecamatan is None else self.tr(
            "Kecamatan {name}").format(name=self.kecamatan.currentText())
        self.city_line.setText(self.tr(
            "{city}: {offices} kantor, tepat waktu {on_time}, rata-rata terlambat {late} "
            "menit, kehadiran {attendance}, {visits} sidak ({discrepancies} selisih), "
            "{complaints} pengaduan diterima, capaian PK rata-rata {pk}.").format(
            city=shown, offices=city.offices, on_time=persen_atau_strip(city.on_time_percent),
            late=minutes_text(city.average_minutes_late),
            attendance=persen_atau_strip(city.attendance_percent), visits=city.sidak_visits,
            discrepancies=city.discrepancies, complaints=city.complaints_received,
            pk=_group_pk_text(city)))


def _table_with_note(table: QTableView, name: str) -> tuple[QWidget, QLabel]:
    """A tab of `table` with a wrapped line of text (named `name`) under it."""
    note = QLabel()
    note.setObjectName(name)
    note.setWordWrap(True)
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(table, 1)
    layout.addWidget(note)
    return tab, note


def _stage_rank(stage: str | None) -> int:
    return -1 if stage is None else STAGE_KEYS.index(stage)


def _name(item: OfficeRow | GroupTotals) -> str:
    return item.office_name if isinstance(item, OfficeRow) else item.name


def _group_pk_text(group: GroupTotals) -> str:
    if group.pk_capaian is None:
        return NONE
    return f"{capaian_teks(group.pk_capaian)} {group.pk_grade or ''}".strip()


def _group_tint(group: GroupTotals, column: int) -> QColor | None:
    if column == ON_TIME and group.on_time_percent is not None:
        return LATE_COLOR if group.on_time_percent < ON_TIME_TARGET else SAFE_COLOR
    return None
