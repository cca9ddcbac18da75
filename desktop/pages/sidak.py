"""Sidak on the inspector's laptop: the visits recorded here, the form, the berita acara."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from core.formatting import tanggal_pendek
from core.services.sidak import VisitRow, list_visits, visit_detail
from desktop.dialogs.sidak import SidakDialog, office_choices
from desktop.models.table import Column, RowTableModel, read_only_table, select_row, selected_row
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner

STATUS_LABELS = {"draft": "Draf", "final": "Selesai"}
# Short enough for a table column (the berita acara says it in full).
FOUND_SHORT = {"buka": "Buka", "tutup": "Tutup", "dibuka": "Dibuka saat menunggu"}


def pdf_name(number: str) -> str:
    """`berita-acara-001-BA-SIDAK-….pdf`: the visit number without its slashes."""
    return f"berita-acara-{number.replace('/', '-')}.pdf"


class SidakPage(Page):
    areas = ("sidak",)

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        # "Kelurahan Telanaipura", not just "Telanaipura" (a kecamatan has that name too).
        self.office_names: dict[str, str] = {}
        self.model: RowTableModel[VisitRow] = RowTableModel([
            Column(self.tr("Tanggal"), lambda r: tanggal_pendek(r.day),
                   lambda r: f"{r.day.isoformat()} {r.arrival}"),
            Column(self.tr("Nomor"), lambda r: r.number),
            Column(self.tr("Kantor"), lambda r: self.office_names.get(r.visited_office,
                                                                      r.visited_name)),
            Column(self.tr("Jam tiba"), lambda r: r.arrival),
            Column(self.tr("Keadaan"), lambda r: FOUND_SHORT.get(r.found, r.found)),
            Column(self.tr("Tidak hadir"),
                   lambda r: self.tr("{absent} dari {staff}").format(absent=r.absent,
                                                                     staff=r.staff),
                   lambda r: r.absent),
            Column(self.tr("Temuan"), lambda r: r.findings, lambda r: r.findings),
            Column(self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status)),
            Column(self.tr("Koreksi"), lambda r: self.tr("dikoreksi") if r.amended else ""),
        ])
        self.table = read_only_table("visitsTable", self.model)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_button = QPushButton(self.tr("Sidak baru"))
        self.new_button.setObjectName("newVisit")
        self.new_button.clicked.connect(self.new_visit)
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setObjectName("openVisit")
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("Cetak berita acara"))
        self.print_button.setObjectName("printVisit")
        self.print_button.clicked.connect(self.print_selected)
        self.count = QLabel()
        self.count.setObjectName("visitCount")
        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        title = self.tr("Sidak")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self.state.read(list_visits)
        self.office_names = {o.code: o.name for o in self.state.read(office_choices)}
        self.model.set_rows(rows)
        drafts = sum(1 for row in rows if row.status == "draft")
        self.count.setText(self.tr("{total} sidak, {drafts} masih draf").format(
            total=len(rows), drafts=drafts))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> VisitRow | None:
        return selected_row(self.table, self.model)

    def select(self, visit_id: str) -> None:
        select_row(self.table, self.model, lambda row: row.id == visit_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)

    # --- the form ---------------------------------------------------------------------
    def make_dialog(self, visit_id: str | None = None) -> SidakDialog:
        """The form for a new sidak (no id) or one recorded earlier."""
        return SidakDialog(self.state, self.tasks, visit_id, print_visit=self.print_visit,
                           parent=self)

    def new_visit(self) -> None:
        dialog = self.make_dialog()
        dialog.exec()
        if dialog.visit_id is not None:
            self.select(dialog.visit_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.make_dialog(row.id).exec()
        self.select(row.id)

    # --- the berita acara -------------------------------------------------------------
    def choose_pdf_target(self, suggested: Path) -> Path | None:
        """Ask where to save the berita acara (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berita acara"), str(suggested), self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def open_file(self, path: Path) -> None:
        """Show the saved PDF in the system's viewer, to print it (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.print_visit(row.id)

    def print_visit(self, visit_id: str) -> None:
        try:
            from core.reports.sidak import write_berita_acara
        except ImportError:
            QMessageBox.warning(self, self.tr("Tidak dapat mencetak"),
                                self.tr("Pencetakan berita acara belum tersedia di versi ini."))
            return
        detail = self.state.read(visit_detail, visit_id)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        target = self.choose_pdf_target(Path(folder) / pdf_name(detail.number))
        if target is None:
            return
        ctx = self.state.ctx

        def work(_progress: Progress) -> Path:
            with ctx.read() as session:
                return write_berita_acara(session, visit_id, target, ctx.clock())

        def done(path: Path) -> None:
            self.message.setText(self.tr("Berita acara {number} disimpan di {path}").format(
                number=detail.number, path=path))
            self.open_file(path)

        def failed(message: str) -> None:
            self.message.setText("")
            QMessageBox.warning(self, self.tr("Tidak dapat mencetak"), message)

        self.message.setText(self.tr("Mencetak berita acara {number}…").format(
            number=detail.number))
        self.tasks.run(self, self.tr("Mencetak berita acara…"), work, done, failed)
