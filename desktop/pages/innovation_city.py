"""Inovasi at the city: every office's innovations against the deadline the city set (the
Job Fit date), the offices at risk highlighted, counts per kecamatan, exports; and the
submitted innovations to verify or return with a note.

What "berisiko" and "perlu perhatian" mean is decided in
`core.services.innovation_tracker`; this page only shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.formatting import tanggal, tanggal_pendek
from core.roles import Role
from core.services.innovation import (
    STAGES,
    STATUS_LABELS,
    InnovationRow,
    Score,
    format_points,
    indicator_sets,
    latest_scores,
    list_innovations,
)
from core.services.innovation import review as review_innovation
from core.services.innovation_tracker import (
    AT_RISK,
    ATTENTION,
    KecamatanCount,
    OfficeTrack,
    TrackerResult,
    tracker,
)
from core.services.offices import Level, OfficeInfo, kecamatan_of, list_offices
from core.services.rules import set_rule
from desktop.forms import FormDialog
from desktop.models.table import Column, RowTableModel, read_only_table, selected_row
from desktop.pages.base import Page
from desktop.pages.innovation import IndicatorLoading
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner

RISK_COLOR = QColor("#a3200f")
ATTENTION_COLOR = QColor("#8a5a00")
SAFE_COLOR = QColor("#1e6b2f")
RISK_FILL = QColor("#fbe3e0")
ATTENTION_FILL = QColor("#fdf3dc")
RISK_COLUMN = 8
STATUS_ORDER = {"diajukan": 0, "dikembalikan": 1, "diverifikasi": 2, "draf": 3}


class TrackerModel(RowTableModel[OfficeTrack]):
    """Offices at risk are shaded, their status in colour."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # the status may be shown cut short
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole:
                fill = {AT_RISK: RISK_FILL, ATTENTION: ATTENTION_FILL}.get(row.risk)
                return QBrush(fill) if fill is not None else None
            if index.column() == RISK_COLUMN:
                return QBrush({AT_RISK: RISK_COLOR, ATTENTION: ATTENTION_COLOR}.get(
                    row.risk, SAFE_COLOR))
        return super().data(index, role)


class ReturnDialog(FormDialog):
    """Return a submitted innovation to its office with a note of what to fix."""

    def __init__(self, row: InnovationRow, office_name: str,
                 save: Callable[[str], object], parent: QWidget | None) -> None:
        super().__init__(self.tr("Kembalikan inovasi"), parent)
        self.setMinimumWidth(500)
        self._save = save
        name = QLabel(row.name)
        name.setObjectName("returnInnovationName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("returnNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Apa yang harus diperbaiki kantor"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5 + 12)
        self.form.addRow(self.tr("Kantor"), QLabel(office_name))
        self.form.addRow(self.tr("Inovasi"), name)
        self.form.addRow(self.tr("Catatan"), self.note)
        self.fields["note"] = self.note
        self.note.textChanged.connect(self.error.clear_error)

    def submit(self) -> None:
        self._save(self.note.toPlainText())


class InnovationCityPage(Page, IndicatorLoading):
    areas = ("innovation", "sync")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.offices: dict[str, OfficeInfo] = {o.code: o for o in state.read(list_offices)}
        self.result: TrackerResult | None = None
        self.innovations: list[InnovationRow] = []
        # The offices' self-assessments are scored with the bundled indicator files and
        # those the admin loaded here.
        self.indicator_sets = indicator_sets(state.ctx.data_dir.root)
        self.scores: dict[str, Score] = {}
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Inovasi")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        note = QLabel(self.tr(
            "Inovasi setiap kantor terhadap batas waktu kota. Berisiko: belum ada inovasi, "
            "atau semuanya masih tahap inisiatif. Perlu perhatian: belum ada yang "
            "diverifikasi kota."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._deadline_bar())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("innovationTabs")
        self.tabs.addTab(self._tracker_tab(), self.tr("Pelacak"))
        self.tabs.addTab(self._submissions_tab(), self.tr("Pengajuan"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def today(self) -> date:
        ctx = self.state.ctx
        return ctx.today()

    # --- the deadline ------------------------------------------------------------------
    def _deadline_bar(self) -> QHBoxLayout:
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setObjectName("deadlineEdit")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("dd-MM-yyyy")
        self.save_deadline_button = QPushButton(self.tr("Simpan batas waktu"))
        self.save_deadline_button.setObjectName("saveDeadline")
        self.save_deadline_button.clicked.connect(self.save_deadline)
        admin = self.state.actor.role is Role.ADMIN
        self.deadline_edit.setEnabled(admin)
        self.save_deadline_button.setVisible(admin)
        self.days_left = QLabel()
        self.days_left.setObjectName("daysLeft")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Batas waktu")))
        bar.addWidget(self.deadline_edit)
        bar.addWidget(self.save_deadline_button)
        bar.addSpacing(12)
        bar.addWidget(self.days_left)
        bar.addStretch(1)
        return bar

    def save_deadline(self) -> None:
        day: date = self.deadline_edit.date().toPython()  # type: ignore[assignment]
        if self.attempt(lambda: self.state.write("innovation", set_rule, "innovation_deadline",
                                                 day.isoformat())):
            self.export_result.setText(self.tr("Batas waktu disimpan: {day}.").format(
                day=tanggal(day)))

    def _days_text(self, days: int) -> str:
        if days > 0:
            return self.tr("tinggal {days} hari").format(days=days)
        if days == 0:
            return self.tr("hari ini batas waktunya")
        return self.tr("sudah lewat {days} hari").format(days=-days)

    # --- Pelacak -----------------------------------------------------------------------
    def _tracker_tab(self) -> QWidget:
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("kecamatanFilter")
        self.kecamatan.addItem(self.tr("Semua"), None)
        for office in self.offices.values():
            if office.level is Level.KECAMATAN:
                self.kecamatan.addItem(office.name, office.code)
        self.kecamatan.addItem(self.tr("Unit kerja"), "")
        self.kecamatan.currentIndexChanged.connect(lambda _i: self._show())
        self.risk_filter = QComboBox()
        self.risk_filter.setObjectName("riskFilter")
        for text, value in ((self.tr("Semua"), None), (self.tr("Berisiko"), AT_RISK),
                            (self.tr("Perlu perhatian"), ATTENTION),
                            (self.tr("Aman"), "aman")):
            self.risk_filter.addItem(text, value)
        self.risk_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.tracker_count = QLabel()
        self.tracker_count.setObjectName("trackerCount")
        self.tracker_model = TrackerModel([
            Column(self.tr("Kecamatan"), lambda r: r.kecamatan_name or self.tr("(unit kerja)")),
            Column(self.tr("Kantor"), lambda r: r.office_name),
            Column(self.tr("Jumlah"), lambda r: r.total, lambda r: r.total),
            Column(self.tr("Inisiatif"), lambda r: r.by_stage["inisiatif"],
                   lambda r: r.by_stage["inisiatif"]),
            Column(self.tr("Uji coba"), lambda r: r.by_stage["uji_coba"],
                   lambda r: r.by_stage["uji_coba"]),
            Column(self.tr("Penerapan"), lambda r: r.by_stage["penerapan"],
                   lambda r: r.by_stage["penerapan"]),
            Column(self.tr("Diajukan"), lambda r: r.submitted, lambda r: r.submitted),
            Column(self.tr("Diverifikasi"), lambda r: r.verified, lambda r: r.verified),
            Column(self.tr("Status risiko"), self._risk_text,
                   lambda r: ({AT_RISK: 0, ATTENTION: 1}.get(r.risk, 2), r.office_code)),
        ])
        self.tracker_table = read_only_table("trackerTable", self.tracker_model)
        self.tracker_table.sortByColumn(RISK_COLUMN, Qt.SortOrder.AscendingOrder)
        self.summary_model: RowTableModel[KecamatanCount] = RowTableModel([
            Column(self.tr("Kecamatan"), lambda c: c.kecamatan_name if c.kecamatan_code
                   else self.tr("Unit kerja"), lambda c: (c.kecamatan_code == "",
                                                          c.kecamatan_code)),
            Column(self.tr("Kantor"), lambda c: c.offices, lambda c: c.offices),
            Column(self.tr("Dengan inovasi"), lambda c: c.with_innovation,
                   lambda c: c.with_innovation),
            Column(self.tr("Berisiko"), lambda c: c.at_risk, lambda c: c.at_risk),
            Column(self.tr("Perlu perhatian"), lambda c: c.attention, lambda c: c.attention),
            Column(self.tr("Inisiatif"), lambda c: c.by_stage["inisiatif"],
                   lambda c: c.by_stage["inisiatif"]),
            Column(self.tr("Uji coba"), lambda c: c.by_stage["uji_coba"],
                   lambda c: c.by_stage["uji_coba"]),
            Column(self.tr("Penerapan"), lambda c: c.by_stage["penerapan"],
                   lambda c: c.by_stage["penerapan"]),
            Column(self.tr("Diverifikasi"), lambda c: c.verified, lambda c: c.verified),
        ])
        self.summary_table = read_only_table("kecamatanTable", self.summary_model)
        self.summary_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary_table.setMaximumHeight(230)
        self.xlsx_button = QPushButton(self.tr("Ekspor Excel…"))
        self.xlsx_button.setObjectName("exportXlsx")
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button = QPushButton(self.tr("Cetak daftar berisiko…"))
        self.pdf_button.setObjectName("printAtRisk")
        self.pdf_button.clicked.connect(self.print_at_risk)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kecamatan")))
        top.addWidget(self.kecamatan)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Status risiko")))
        top.addWidget(self.risk_filter)
        top.addStretch(1)
        top.addWidget(self.tracker_count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_result, 1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.pdf_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.tracker_table, 3)
        layout.addWidget(QLabel(self.tr("Rekap per kecamatan")))
        layout.addWidget(self.summary_table, 1)
        layout.addLayout(buttons)
        return tab

    def _risk_text(self, row: OfficeTrack) -> str:
        if row.risk == AT_RISK:
            reason = (self.tr("belum ada inovasi") if row.total == 0
                      else self.tr("hanya tahap inisiatif"))
            return self.tr("Berisiko: {reason}").format(reason=reason)
        if row.risk == ATTENTION:
            return self.tr("Perlu perhatian: belum ada yang diverifikasi")
        return self.tr("Aman")

    def choose_path(self, title: str, suggested: str, kind: str) -> Path | None:
        """Ask where to write a file (tests replace this)."""
        filters = {"xlsx": self.tr("Buku kerja Excel (*.xlsx)"), "pdf": self.tr("PDF (*.pdf)")}
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name, _filter = QFileDialog.getSaveFileName(self, title, str(Path(folder) / suggested),
                                                    filters[kind])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    def open_file(self, path: Path) -> None:
        """Show a saved PDF in the system's viewer, to print it (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _write(self, title: str, path: Path, work: Callable[[], object],
               done: Callable[[], None]) -> None:
        def failed(message: str) -> None:
            self.export_result.setText("")
            QMessageBox.warning(self, self.tr("Gagal menyimpan"), message)

        message = self.tr("Berkas {path} tidak dapat ditulis: {reason}")

        def run(_progress: Progress) -> None:
            try:
                work()
            except OSError as exc:
                raise PantauError(message.format(
                    path=str(path), reason=exc.strerror or str(exc))) from exc

        self.tasks.run(self, title, run, lambda _result: done(), failed)

    def export_xlsx(self) -> None:
        from core.reports.innovation import write_tracker_xlsx

        today = self.today()
        path = self.choose_path(self.tr("Simpan pelacak inovasi"),
                                f"pelacak-inovasi-{today.isoformat()}.xlsx", "xlsx")
        if path is None:
            return
        ctx = self.state.ctx

        def work() -> None:
            with ctx.read() as session:
                write_tracker_xlsx(session, today, path)

        self._write(self.tr("Menyimpan Excel…"), path, work, lambda: self.export_result.setText(
            self.tr("Pelacak inovasi disimpan ke {path}").format(path=str(path))))

    def print_at_risk(self) -> None:
        from core.reports.innovation import write_at_risk_pdf

        today = self.today()
        path = self.choose_path(self.tr("Simpan daftar kantor berisiko"),
                                f"inovasi-berisiko-{today.isoformat()}.pdf", "pdf")
        if path is None:
            return
        ctx = self.state.ctx

        def work() -> None:
            with ctx.read() as session:
                write_at_risk_pdf(session, today, path)

        def done() -> None:
            self.export_result.setText(self.tr("Daftar kantor berisiko disimpan ke {path}")
                                       .format(path=str(path)))
            self.open_file(path)

        self._write(self.tr("Mencetak daftar berisiko…"), path, work, done)

    # --- Pengajuan ---------------------------------------------------------------------
    def _submissions_tab(self) -> QWidget:
        self.submissions_count = QLabel()
        self.submissions_count.setObjectName("submissionsCount")
        self.submissions_model: RowTableModel[InnovationRow] = RowTableModel([
            Column(self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status),
                   lambda r: (STATUS_ORDER.get(r.status, 9), _stamp(r))),
            Column(self.tr("Diajukan"), lambda r: tanggal_pendek(
                self.state.ctx.device.local_date(r.submitted_at)) if r.submitted_at else "",
                _stamp),
            Column(self.tr("Kantor"), lambda r: self._office_name(r.office_code,
                                                                  r.office_name)),
            Column(self.tr("Kecamatan"), lambda r: self._kecamatan_name(r.office_code)),
            Column(self.tr("Inovasi"), lambda r: r.name),
            Column(self.tr("Tahap"), lambda r: STAGES.get(r.stage, r.stage)),
            Column(self.tr("Nilai mandiri"), self._score_text,
                   lambda r: self.scores[r.id].total if r.id in self.scores else -1.0),
            Column(self.tr("Catatan kota"), lambda r: r.review_note),
        ])
        self.submissions_table = read_only_table("submissionsTable", self.submissions_model)
        self.submissions_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.submissions_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_review_buttons())
        self.profile_button = QPushButton(self.tr("Lihat profil…"))
        self.profile_button.setObjectName("viewProfile")
        self.profile_button.clicked.connect(self.print_profile)
        self.verify_button = QPushButton(self.tr("Verifikasi"))
        self.verify_button.setObjectName("verifyInnovation")
        self.verify_button.clicked.connect(self.verify_selected)
        self.return_button = QPushButton(self.tr("Kembalikan…"))
        self.return_button.setObjectName("returnInnovation")
        self.return_button.clicked.connect(self.return_selected)
        self.load_button = QPushButton(self.tr("Muat berkas indikator…"))
        self.load_button.setObjectName("loadIndicators")
        self.load_button.setToolTip(self.tr("Daftar indikator penilaian mandiri tahun lain "
                                            "(berkas JSON), untuk menilai tahun itu."))
        self.load_button.clicked.connect(self.load_indicator_file)
        self.load_button.setEnabled(self.state.actor.role is Role.ADMIN)
        self.review_result = QLabel()
        self.review_result.setObjectName("reviewResult")
        self.review_result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_button)
        buttons.addWidget(self.load_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.return_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.submissions_count)
        layout.addWidget(self.submissions_table, 1)
        layout.addWidget(self.review_result)
        layout.addLayout(buttons)
        return tab

    def _score_text(self, row: InnovationRow) -> str:
        """The latest self-assessment: "72,5 (2026)", or "—" when there is none to score."""
        result = self.scores.get(row.id)
        if result is None:
            return "—"
        return self.tr("{total} ({year})").format(total=format_points(result.total),
                                                  year=result.year)

    def indicators_loaded(self, text: str) -> None:
        self.refresh()  # the year's assessments can be scored now
        self.review_result.setText(text)

    def _office_name(self, code: str, name: str) -> str:
        office = self.offices.get(code)
        return office.display_name if office else name

    def _kecamatan_name(self, code: str) -> str:
        office = self.offices.get(code)
        kecamatan = kecamatan_of(office, self.offices) if office is not None else None
        return kecamatan.name if kecamatan is not None else ""

    def selected_innovation(self) -> InnovationRow | None:
        row: InnovationRow | None = selected_row(self.submissions_table, self.submissions_model)
        return row

    def _update_review_buttons(self) -> None:
        row = self.selected_innovation()
        self.profile_button.setEnabled(row is not None)
        waiting = row is not None and row.status == "diajukan"
        self.verify_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)

    def verify_selected(self) -> None:
        row = self.selected_innovation()
        if row is None:
            return
        if self.attempt(lambda: self.state.write("innovation", review_innovation, row.id,
                                                 "diverifikasi", "")):
            self.review_result.setText(self.tr("{name} diverifikasi.").format(name=row.name))

    def return_selected(self) -> None:
        row = self.selected_innovation()
        if row is None:
            return

        def save(note: str) -> None:
            self.state.write("innovation", review_innovation, row.id, "dikembalikan", note)

        dialog = ReturnDialog(row, self._office_name(row.office_code, row.office_name), save,
                              self)
        if dialog.exec():
            self.review_result.setText(self.tr("{name} dikembalikan ke kantor.").format(
                name=row.name))

    def print_profile(self) -> None:
        from core.reports.innovation import write_innovation_profile_pdf

        row = self.selected_innovation()
        if row is None:
            return
        path = self.choose_path(self.tr("Simpan profil inovasi"),
                                f"profil-inovasi-{row.id[:8]}.pdf", "pdf")
        if path is None:
            return
        ctx = self.state.ctx

        def work() -> None:
            with ctx.read() as session:
                write_innovation_profile_pdf(session, row.id, path, ctx.clock())

        def done() -> None:
            self.review_result.setText(self.tr("Profil {name} disimpan ke {path}").format(
                name=row.name, path=str(path)))
            self.open_file(path)

        self._write(self.tr("Mencetak profil inovasi…"), path, work, done)

    # --- all ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.result = self.state.read(tracker, self.today())
        self.innovations = [row for row in self.state.read(list_innovations)
                            if row.status != "draf"]
        self.scores = self.state.read(latest_scores, [row.id for row in self.innovations],
                                      self.indicator_sets)
        self.deadline_edit.setDate(QDate(self.result.deadline))
        self.days_left.setText(self.tr("Batas waktu {day}: {left}").format(
            day=tanggal(self.result.deadline), left=self._days_text(self.result.days_left)))
        self._show()
        selected = self.selected_innovation()
        self.submissions_model.set_rows(self.innovations)
        if selected is not None:
            proxy = self.submissions_table.model()
            for number in range(proxy.rowCount()):
                source = proxy.mapToSource(proxy.index(number, 0))  # type: ignore[attr-defined]
                if self.submissions_model.row_at(source.row()).id == selected.id:
                    self.submissions_table.selectRow(number)
        waiting = sum(1 for row in self.innovations if row.status == "diajukan")
        self.submissions_count.setText(self.tr(
            "{count} inovasi diajukan ke kota, {waiting} menunggu keputusan.").format(
            count=len(self.innovations), waiting=waiting))
        self._update_review_buttons()

    def _show(self) -> None:
        """The tracker rows through the kecamatan and risk filters (no database)."""
        if self.result is None:
            return
        kecamatan = self.kecamatan.currentData()
        risk = self.risk_filter.currentData()
        rows = [row for row in self.result.rows
                if (kecamatan is None or row.kecamatan_code == kecamatan)
                and (risk is None or row.risk == risk)]
        self.tracker_model.set_rows(rows)
        self.summary_model.set_rows([c for c in self.result.per_kecamatan
                                     if kecamatan is None or c.kecamatan_code == kecamatan])
        at_risk = sum(1 for row in rows if row.risk == AT_RISK)
        attention = sum(1 for row in rows if row.risk == ATTENTION)
        self.tracker_count.setText(self.tr(
            "{count} kantor: {risk} berisiko, {attention} perlu perhatian").format(
            count=len(rows), risk=at_risk, attention=attention))
        shown = bool(self.result.rows)
        self.xlsx_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)


def _stamp(row: InnovationRow) -> str:
    return row.submitted_at.isoformat() if row.submitted_at else ""
