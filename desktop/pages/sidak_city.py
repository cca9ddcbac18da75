"""Sidak at the city: every inspector's visits, the follow-up of their findings, and each
sidak checked against the office's own service-hours log and roll call of that day.

One filter bar (period, kecamatan, office) serves the three tabs, so typing an office's
name shows that office's visits, its open findings and its discrepancies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.formatting import tanggal_pendek
from core.services.crosscheck import AGREES, DIFFERS, WAITING, Discrepancy, VisitCheck, check_visits
from core.services.offices import Level, OfficeInfo, kecamatan_of, list_offices
from core.services.sidak import (
    DONE,
    DONE_LATE,
    LATE,
    OPEN,
    FindingRow,
    VisitFilter,
    VisitRow,
    finding_rows,
    list_visits,
    record_followup,
)
from desktop.dialogs.sidak_detail import (
    SidakDetailDialog,
    TintedTableModel,
    check_color,
    check_label,
    finding_color,
    finding_state_label,
    found_label,
    kind_label,
    visit_status_label,
)
from desktop.forms import FormDialog
from desktop.models.table import Column, read_only_table, select_row, selected_row
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

PERIOD_MONTHS = 3
VISIT_CHECK_COLUMN = 5
MIN_SHARED_WIDTH = 80  # pixels: a wrapped column never gets narrower


class ShareWidth(QObject):
    """Columns of a table that split the width the other columns leave, in proportion to
    their shares, and wrap their text; the table then fits its width without scrolling
    sideways (rows grow to fit)."""

    def __init__(self, table: QTableView, shares: dict[int, int]) -> None:
        super().__init__(table)
        self._table = table
        self._shares = shares
        self._fitting = False
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(lambda column, _old, _new: (
            None if column in self._shares else self.fit()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            header = self._table.horizontalHeader()
            taken = sum(header.sectionSize(column) for column in range(header.count())
                        if column not in self._shares and not header.isSectionHidden(column))
            free = self._table.viewport().width() - taken
            total = sum(self._shares.values())
            for column, share in self._shares.items():
                header.resizeSection(column, max(MIN_SHARED_WIDTH, free * share // total))
        finally:
            self._fitting = False


def _day_key(day: date | None) -> str:
    return day.isoformat() if day else ""


def _shown_rows(table: QTableView, model: TintedTableModel[Any]) -> list[Any]:
    """The rows as the table shows them (filtered and sorted)."""
    proxy = table.model()
    return [model.row_at(proxy.mapToSource(proxy.index(row, 0)).row())  # type: ignore[attr-defined]
            for row in range(proxy.rowCount())]


class FollowUpDialog(FormDialog):
    """Record that a finding was followed up (a date and what was done), or reopen it.

    `save(done_on, note)` runs the service; a broken rule shows under the form."""

    def __init__(self, finding: FindingRow, office_name: str, today: date, reopen: bool,
                 save: Callable[[date | None, str], object], parent: QWidget | None) -> None:
        super().__init__(self.tr("Buka kembali temuan") if reopen
                         else self.tr("Catat tindak lanjut"), parent)
        self.setMinimumWidth(520)
        self._save = save
        self._reopen = reopen
        office = QLabel(office_name)
        office.setObjectName("followupOffice")
        visit = QLabel(self.tr("{number}, tanggal {day}").format(
            number=finding.visit_number, day=tanggal_pendek(finding.day)))
        visit.setObjectName("followupVisit")
        text = QLabel(finding.finding)
        text.setObjectName("followupFinding")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.form.addRow(self.tr("Kantor"), office)
        self.form.addRow(self.tr("Sidak"), visit)
        self.form.addRow(self.tr("Temuan"), text)
        if finding.recommendation:
            advice = QLabel(finding.recommendation)
            advice.setTextFormat(Qt.TextFormat.PlainText)
            advice.setWordWrap(True)
            self.form.addRow(self.tr("Rekomendasi"), advice)
        self.form.addRow(self.tr("Batas"), QLabel(tanggal_pendek(finding.deadline) or "—"))
        self.done_on = QDateEdit(QDate(today))
        self.done_on.setObjectName("followupDate")
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("dd-MM-yyyy")
        self.note = QPlainTextEdit(finding.note if not reopen else "")
        self.note.setObjectName("followupNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        if reopen:
            self.note.setPlaceholderText(self.tr("Mengapa temuan ini dibuka kembali"))
            self.form.addRow(self.tr("Alasan"), self.note)
        else:
            self.note.setPlaceholderText(self.tr("Apa yang sudah dilakukan kantor"))
            self.form.addRow(self.tr("Selesai tanggal"), self.done_on)
            self.form.addRow(self.tr("Catatan"), self.note)
            self.fields["done_on"] = self.done_on
        self.fields["note"] = self.note
        self.note.textChanged.connect(self.error.clear_error)

    def submit(self) -> None:
        done_on = None if self._reopen else self.done_on.date().toPython()
        self._save(done_on, self.note.toPlainText())  # type: ignore[arg-type]


class SidakCityPage(Page):
    areas = ("sidak", "sync")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.offices: dict[str, OfficeInfo] = {
            o.code: o for o in state.read(list_offices)}
        self.visits: list[VisitRow] = []
        self.checks: list[VisitCheck] = []
        self.check_index: dict[str, VisitCheck] = {}
        self.findings: list[FindingRow] = []
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Sidak")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        note = QLabel(self.tr(
            "Sidak dari semua pemeriksa yang sudah diterima kota, tindak lanjut temuannya, "
            "dan cek silang dengan catatan jam layanan dan absensi kantor pada hari sidak."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._filter_bar())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sidakTabs")
        self.tabs.addTab(self._visits_tab(), self.tr("Kunjungan"))
        self.tabs.addTab(self._followup_tab(), self.tr("Tindak lanjut"))
        self.tabs.addTab(self._check_tab(), self.tr("Cek silang"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def today(self) -> date:
        """Today at the office (the hub's clock, in its time zone)."""
        ctx = self.state.ctx
        return ctx.today()

    # --- filters -----------------------------------------------------------------------
    def _filter_bar(self) -> QHBoxLayout:
        today = QDate(self.today())
        self.start = self._date_edit("periodStart", today.addMonths(-PERIOD_MONTHS))
        self.end = self._date_edit("periodEnd", today)
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("kecamatanFilter")
        self.kecamatan.addItem(self.tr("Semua"), None)
        for office in self.offices.values():
            if office.level is Level.KECAMATAN:
                self.kecamatan.addItem(office.name, office.code)
        self.kecamatan.currentIndexChanged.connect(lambda _i: self.refresh())
        self.office_filter = QLineEdit()
        self.office_filter.setObjectName("officeFilter")
        self.office_filter.setPlaceholderText(self.tr("Nama atau kode kantor"))
        self.office_filter.setClearButtonEnabled(True)
        self.office_filter.textChanged.connect(lambda _text: self._show())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Periode")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("s.d.")))
        bar.addWidget(self.end)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Kecamatan")))
        bar.addWidget(self.kecamatan)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Kantor")))
        bar.addWidget(self.office_filter, 1)
        return bar

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.dateChanged.connect(lambda _day: self.refresh())
        return edit

    def period(self) -> tuple[date, date]:
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        return start, end

    def _period_filter(self) -> VisitFilter:
        start, end = self.period()
        return VisitFilter(start=start, end=end, kecamatan=self.kecamatan.currentData())

    def _office_matches(self, code: str, name: str) -> bool:
        needle = " ".join(self.office_filter.text().split()).lower()
        if not needle:
            return True
        office = self.offices.get(code)
        names = [code, name] + ([office.display_name] if office else [])
        return any(needle in text.lower() for text in names)

    def _office_name(self, code: str, name: str) -> str:
        office = self.offices.get(code)
        return office.display_name if office else name

    def _kecamatan_name(self, code: str) -> str:
        office = self.offices.get(code)
        kecamatan = kecamatan_of(office, self.offices) if office is not None else None
        return kecamatan.name if kecamatan is not None else ""

    # --- Kunjungan ---------------------------------------------------------------------
    def _visits_tab(self) -> QWidget:
        self.found = QComboBox()
        self.found.setObjectName("foundFilter")
        for text, value in ((self.tr("Semua"), None), (self.tr("Buka"), "buka"),
                            (self.tr("Tutup"), "tutup"),
                            (self.tr("Dibuka saat menunggu"), "dibuka")):
            self.found.addItem(text, value)
        self.found.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only = QCheckBox(self.tr("Hanya dengan temuan terbuka"))
        self.open_only.setObjectName("openFindingsOnly")
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.visits_count = QLabel()
        self.visits_count.setObjectName("visitsCount")
        # What tells visits apart comes first; the number, long and least read, last.
        self.visits_model: TintedTableModel[VisitRow] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda v: tanggal_pendek(v.day),
                   lambda v: f"{v.day.isoformat()} {v.arrival}"),
            Column(self.tr("Tiba"), lambda v: v.arrival),
            Column(self.tr("Kantor"), lambda v: self._office_name(v.visited_office,
                                                                  v.visited_name)),
            Column(self.tr("Kecamatan"), lambda v: self._kecamatan_name(v.visited_office)),
            Column(self.tr("Keadaan"), lambda v: found_label(v.found)),
            Column(self.tr("Cek silang"), lambda v: check_label(self.check_of(v.id))),
            Column(self.tr("Temuan (terbuka)"), lambda v: f"{v.findings} ({v.open_findings})",
                   lambda v: v.open_findings * 1000 + v.findings),
            Column(self.tr("Tidak hadir"), lambda v: f"{v.absent}/{v.staff}",
                   lambda v: v.absent),
            Column(self.tr("Status"), lambda v: visit_status_label(v.status, v.amended)),
            Column(self.tr("Pemeriksa"), lambda v: v.inspector_name),
            Column(self.tr("Nomor"), lambda v: v.number),
        ], tint=lambda v, column: check_color(self.check_of(v.id))
            if column == VISIT_CHECK_COLUMN else None)
        self.visits_table = read_only_table("visitsTable", self.visits_model)
        self.visits_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.visits_table.doubleClicked.connect(lambda _index: self.open_selected_visit())
        self.visits_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_selected_visit())
        self.view_button = QPushButton(self.tr("Lihat…"))
        self.view_button.setObjectName("viewVisit")
        self.view_button.clicked.connect(self.open_selected_visit)
        self.selected_check = QLabel()
        self.selected_check.setObjectName("selectedCheck")
        self.selected_check.setWordWrap(True)
        self.selected_check.setTextFormat(Qt.TextFormat.PlainText)
        self.selected_check.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Keadaan")))
        top.addWidget(self.found)
        top.addSpacing(12)
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.visits_count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.visits_table, 1)
        layout.addWidget(self.selected_check)
        layout.addLayout(buttons)
        return tab

    def check_of(self, visit_id: str) -> VisitCheck | None:
        return self.check_index.get(visit_id)

    def selected_visit(self) -> VisitRow | None:
        row: VisitRow | None = selected_row(self.visits_table, self.visits_model)
        return row

    def _show_selected_visit(self) -> None:
        visit = self.selected_visit()
        self.view_button.setEnabled(visit is not None)
        check = self.check_of(visit.id) if visit is not None else None
        if visit is None:
            text = self.tr("Pilih sidak untuk melihat hasil cek silangnya; klik dua kali "
                           "untuk rinciannya.")
        elif check is None or check.state == WAITING:
            text = self.tr("Cek silang sidak {number}: menunggu data kantor untuk tanggal "
                           "itu.").format(number=visit.number)
        elif check.state == AGREES:
            text = self.tr("Cek silang sidak {number}: sesuai dengan catatan kantor.").format(
                number=visit.number)
        else:
            lines = [self.tr("Cek silang sidak {number}: {count} ketidaksesuaian").format(
                number=visit.number, count=len(check.discrepancies))]
            lines += [f"• {item.detail}" for item in check.discrepancies]
            text = "\n".join(lines)
        if check is not None and check.draft:
            text = self.tr("Draf, belum ditandatangani kedua pihak. {check}").format(
                check=text)
        self.selected_check.setText(text)

    def open_selected_visit(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.open_visit(visit.id)

    def open_visit(self, visit_id: str) -> None:
        SidakDetailDialog(self.state, self.tasks, visit_id, self.today(), self).exec()

    # --- Tindak lanjut -----------------------------------------------------------------
    def _followup_tab(self) -> QWidget:
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("findingStateFilter")
        self.state_filter.addItem(self.tr("Semua"), None)
        for value in (OPEN, LATE, DONE, DONE_LATE):
            self.state_filter.addItem(finding_state_label(value), value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.findings_count = QLabel()
        self.findings_count.setObjectName("findingsCount")
        self.findings_model: TintedTableModel[FindingRow] = TintedTableModel([
            Column(self.tr("Kantor"), lambda f: self._office_name(f.visited_office,
                                                                  f.visited_name)),
            Column(self.tr("Tanggal sidak"), lambda f: tanggal_pendek(f.day),
                   lambda f: f.day.isoformat()),
            Column(self.tr("Temuan"), lambda f: f.finding),
            Column(self.tr("Rekomendasi"), lambda f: f.recommendation),
            Column(self.tr("Batas"), lambda f: tanggal_pendek(f.deadline),
                   lambda f: _day_key(f.deadline) or "9999"),
            Column(self.tr("Status"), lambda f: finding_state_label(f.state)),
            Column(self.tr("Selesai tanggal"), lambda f: tanggal_pendek(f.done_on),
                   lambda f: _day_key(f.done_on)),
            Column(self.tr("Catatan"), lambda f: f.note),
        ], tint=lambda f, column: finding_color(f.state) if column in (4, 5) else None)
        self.findings_table = read_only_table("findingsTable", self.findings_model)
        ShareWidth(self.findings_table, {0: 2, 2: 3, 3: 2, 7: 2})
        self.findings_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.findings_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_followup_buttons())
        self.findings_table.doubleClicked.connect(lambda _index: self.record_selected())
        self.record_button = QPushButton(self.tr("Catat tindak lanjut…"))
        self.record_button.setObjectName("recordFollowup")
        self.record_button.clicked.connect(self.record_selected)
        self.reopen_button = QPushButton(self.tr("Buka kembali…"))
        self.reopen_button.setObjectName("reopenFinding")
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.finding_visit_button = QPushButton(self.tr("Lihat sidak…"))
        self.finding_visit_button.setObjectName("viewFindingVisit")
        self.finding_visit_button.clicked.connect(
            lambda: self._open_visit_of(self.selected_finding()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status")))
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.findings_count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.finding_visit_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.findings_table, 1)
        layout.addLayout(buttons)
        return tab

    def selected_finding(self) -> FindingRow | None:
        row: FindingRow | None = selected_row(self.findings_table, self.findings_model)
        return row

    def _update_followup_buttons(self) -> None:
        finding = self.selected_finding()
        self.record_button.setEnabled(finding is not None)
        self.reopen_button.setEnabled(finding is not None and finding.done)
        self.finding_visit_button.setEnabled(finding is not None)

    def _open_visit_of(self, row: FindingRow | Discrepancy | None) -> None:
        if row is not None:
            self.open_visit(row.visit_id)

    def _followup_dialog(self, reopen: bool) -> None:
        finding = self.selected_finding()
        if finding is None:
            return

        def save(done_on: date | None, note: str) -> None:
            self.state.write("sidak", record_followup, finding.id, done_on, note)

        office = self._office_name(finding.visited_office, finding.visited_name)
        FollowUpDialog(finding, office, self.today(), reopen, save, self).exec()

    def record_selected(self) -> None:
        self._followup_dialog(reopen=False)

    def reopen_selected(self) -> None:
        self._followup_dialog(reopen=True)

    # --- Cek silang --------------------------------------------------------------------
    def _check_tab(self) -> QWidget:
        self.check_summary = QLabel()
        self.check_summary.setObjectName("checkSummary")
        self.check_summary.setWordWrap(True)
        self.discrepancy_model: TintedTableModel[Discrepancy] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda d: tanggal_pendek(d.day),
                   lambda d: f"{d.day.isoformat()} {d.arrival}"),
            Column(self.tr("Kantor"), lambda d: self._office_name(d.visited_office,
                                                                  d.visited_name)),
            Column(self.tr("Tiba"), lambda d: d.arrival),
            Column(self.tr("Jenis"), kind_label),
            Column(self.tr("Hal"), lambda d: d.subject),
            Column(self.tr("Catatan kantor"), lambda d: d.office_record),
            Column(self.tr("Temuan sidak"), lambda d: d.sidak_record),
            Column(self.tr("Keterangan"), lambda d: d.detail),
        ])
        self.discrepancy_table = read_only_table("discrepancyTable", self.discrepancy_model)
        ShareWidth(self.discrepancy_table, {1: 2, 5: 2, 6: 2, 7: 4})
        self.discrepancy_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.discrepancy_table.doubleClicked.connect(
            lambda _index: self._open_visit_of(self.selected_discrepancy()))
        self.discrepancy_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_check_buttons())
        self.check_visit_button = QPushButton(self.tr("Lihat sidak…"))
        self.check_visit_button.setObjectName("viewCheckVisit")
        self.check_visit_button.clicked.connect(
            lambda: self._open_visit_of(self.selected_discrepancy()))
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(lambda: self.export_discrepancies("xlsx"))
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.setObjectName("exportCsv")
        self.csv_button.clicked.connect(lambda: self.export_discrepancies("csv"))
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_visit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.check_summary)
        layout.addWidget(self.discrepancy_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.export_result)
        return tab

    def selected_discrepancy(self) -> Discrepancy | None:
        row: Discrepancy | None = selected_row(self.discrepancy_table, self.discrepancy_model)
        return row

    def _update_check_buttons(self) -> None:
        self.check_visit_button.setEnabled(self.selected_discrepancy() is not None)
        shown = self.discrepancy_model.rowCount() > 0
        self.xlsx_button.setEnabled(shown)
        self.csv_button.setEnabled(shown)

    def choose_export_path(self, suggested: str, kind: str) -> Path | None:
        """Ask where to write the export (tests may replace this)."""
        filters = {"xlsx": self.tr("Buku kerja Excel (*.xlsx)"),
                   "csv": self.tr("CSV (*.csv)")}
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan ketidaksesuaian"), suggested, filters[kind])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def export_discrepancies(self, kind: str) -> None:
        from core.reports.crosscheck import write_discrepancies_csv, write_discrepancies_xlsx

        rows: list[Discrepancy] = _shown_rows(self.discrepancy_table, self.discrepancy_model)
        start, end = self.period()
        suggested = f"cek-silang-sidak-{start.isoformat()}-{end.isoformat()}.{kind}"
        path = self.choose_export_path(suggested, kind)
        if path is None:
            return
        title = self.tr("Ketidaksesuaian sidak dengan catatan kantor, {start} s.d. "
                        "{end}").format(start=tanggal_pendek(start), end=tanggal_pendek(end))
        if self.office_filter.text().strip():
            title += self.tr(" (kantor: {text})").format(text=self.office_filter.text().strip())
        try:
            if kind == "xlsx":
                write_discrepancies_xlsx(rows, path, title)
            else:
                write_discrepancies_csv(rows, path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Gagal menyimpan"), self.tr(
                "Berkas {path} tidak dapat ditulis: {reason}").format(
                path=str(path), reason=exc.strerror or str(exc)))
            return
        self.export_result.setText(self.tr("{count} baris disimpan ke {path}").format(
            count=len(rows), path=str(path)))

    # --- all ---------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.today()
        period = self._period_filter()
        visits_filter = VisitFilter(start=period.start, end=period.end,
                                    kecamatan=period.kecamatan,
                                    found=self.found.currentData(),
                                    with_open_findings=self.open_only.isChecked())
        self.visits = self.state.read(list_visits, visits_filter, today)
        self.checks = self.state.read(check_visits, today, period)
        self.check_index = {c.visit_id: c for c in self.checks}
        self.findings = self.state.read(finding_rows, today,
                                        visit_ids=[c.visit_id for c in self.checks])
        self._show()

    def _show(self) -> None:
        """Put the loaded rows in the tables, through the office filter (no database)."""
        visit = self.selected_visit()
        finding = self.selected_finding()
        visits = [v for v in self.visits if self._office_matches(v.visited_office,
                                                                 v.visited_name)]
        self.visits_model.set_rows(visits)
        if visit is not None:
            select_row(self.visits_table, self.visits_model, lambda v: v.id == visit.id)
        self.visits_count.setText(self.tr("{count} sidak").format(count=len(visits)))
        self._show_selected_visit()

        findings = [f for f in self.findings if self._office_matches(f.visited_office,
                                                                     f.visited_name)]
        states = Counter(f.state for f in findings)
        wanted = self.state_filter.currentData()
        self.findings_model.set_rows([f for f in findings if wanted is None
                                      or f.state == wanted])
        if finding is not None:
            select_row(self.findings_table, self.findings_model, lambda f: f.id == finding.id)
        self.findings_count.setText(self.tr(
            "{count} temuan: {open} terbuka, {late} terlambat, {done} selesai, {done_late} "
            "selesai terlambat").format(count=len(findings), open=states[OPEN],
                                        late=states[LATE], done=states[DONE],
                                        done_late=states[DONE_LATE]))
        self._update_followup_buttons()

        checks = [c for c in self.checks if self._office_matches(c.visited_office,
                                                                 c.visited_name)]
        signed = [c for c in checks if not c.draft]
        states = Counter(c.state for c in signed)
        # A draft's discrepancies are not evidence yet: listed and exported once it is signed.
        self.discrepancy_model.set_rows([d for c in signed for d in c.discrepancies])
        summary = self.tr(
            "{count} sidak: {agrees} sesuai, {differs} tidak sesuai, {waiting} menunggu data "
            "kantor; {items} ketidaksesuaian.").format(
            count=len(signed), agrees=states[AGREES], differs=states[DIFFERS],
            waiting=states[WAITING], items=self.discrepancy_model.rowCount())
        drafts = len(checks) - len(signed)
        if drafts:
            summary += " " + self.tr("{drafts} draf belum ditandatangani, belum dihitung."
                                     ).format(drafts=drafts)
        self.check_summary.setText(summary)
        self._update_check_buttons()
