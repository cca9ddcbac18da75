"""Sinkronisasi: export this office's changes to a USB folder; import bundles (hub, kecamatan).

An office or inspector sees what the city has acknowledged, what is new since, and writes
one bundle into a folder it picks. The hub (and a kecamatan office, for its kelurahan)
picks bundle files or a whole folder, sees a dry-run preview of every bundle, then applies
them for real; held bundles that an import releases are listed under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from core.roles import Mode
from core.services.offices import Level, OfficeInfo, get_office, list_offices
from core.sync.export import ExportPreview, ExportResult, export_bundle, export_preview
from core.sync.importer import APPLIED, HELD, PRESENT, REFUSED, BundleResult, import_bundles
from core.sync.ledger import Acknowledgement, own_acknowledgement
from desktop.models.table import Column, Index, RowT, RowTableModel, read_only_table
from desktop.pages.base import Page
from desktop.pages.sync_reference import MakeReferenceBox, ReceiveReferenceBox
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner

HELD_COLOR = QColor("#fff1c2")
REFUSED_COLOR = QColor("#fbd5d5")
HIGHLIGHT_TEXT = QColor("#1a1a1a")


# --- shared with the ledger page -------------------------------------------------------

def result_label(result: str, preview: bool = False) -> str:
    """The importer's result code as the user reads it; `preview`: what a dry run predicts."""
    if preview and result in (APPLIED, HELD):
        return (QCoreApplication.translate("SyncResult", "akan diterapkan") if result == APPLIED
                else QCoreApplication.translate("SyncResult", "akan ditahan"))
    labels = {
        APPLIED: QCoreApplication.translate("SyncResult", "diterapkan"),
        PRESENT: QCoreApplication.translate("SyncResult", "sudah ada"),
        HELD: QCoreApplication.translate("SyncResult", "ditahan"),
        REFUSED: QCoreApplication.translate("SyncResult", "ditolak"),
    }
    return labels.get(result, result)


def table_label(table: str) -> str:
    """A synced table's name as the user reads it."""
    labels = {
        "staff": QCoreApplication.translate("SyncResult", "Pegawai"),
        "user_account": QCoreApplication.translate("SyncResult", "Akun pengguna"),
        "office": QCoreApplication.translate("SyncResult", "Kantor dan unit kerja"),
    }
    return labels.get(table, table)


def seq_range(seq_from: int | None, seq_to: int | None) -> str:
    if seq_from is None or seq_to is None:
        return ""
    return str(seq_from) if seq_from == seq_to else f"{seq_from}–{seq_to}"


def when(moment: datetime | None, timezone: str) -> str:
    """`25-11-2026 08.30` in the office's time zone, for table cells."""
    if moment is None:
        return ""
    return moment.astimezone(ZoneInfo(timezone)).strftime("%d-%m-%Y %H.%M")


def iso(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat()


class HighlightTableModel(RowTableModel[RowT]):
    """A `RowTableModel` whose rows may be shown on a coloured background."""

    def __init__(self, columns: Sequence[Column[RowT]],
                 highlight: Callable[[RowT], QColor | None],
                 dimmed: Callable[[RowT], bool] | None = None) -> None:
        super().__init__(columns, dimmed)
        self._highlight = highlight

    def highlight_of(self, row: int) -> QColor | None:
        return self._highlight(self.row_at(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long file names and reasons may be elided or wrapped; the tip shows them whole.
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole,
                                        Qt.ItemDataRole.ForegroundRole):
            color = self._highlight(self.row_at(index.row()))
            if color is not None:
                return QBrush(color if role == Qt.ItemDataRole.BackgroundRole
                              else HIGHLIGHT_TEXT)
        return super().data(index, role)




def cap_column(table: QTableView, column: int, max_width: int) -> None:
    """Fit `column` to its contents but at most `max_width` (elided in the middle beyond)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def fit() -> None:
        table.setColumnWidth(column, min(max(table.sizeHintForColumn(column),
                                             header.sectionSizeHint(column)), max_width))

    table.model().modelReset.connect(fit)
    fit()


def wrap_column(table: QTableView, column: int) -> None:
    """`column` takes the width that is left and wraps its text; rows grow to fit."""
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def result_color(result: str) -> QColor | None:
    if result == REFUSED:
        return REFUSED_COLOR
    if result == HELD:
        return HELD_COLOR
    return None


# --- the page --------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportRow:
    """One line of the import table: a bundle, or a held bundle it released."""

    file: str
    office: str
    seq: str
    result: str
    new: int
    updated: int
    unchanged: int
    reason: str
    released: bool
    preview: bool


class SyncPage(Page):
    areas = ("sync", "staff", "users", "offices")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        device = state.ctx.device
        self.timezone = device.timezone
        self.office: OfficeInfo = state.read(get_office, device.office_code)
        self.exports = device.mode in (Mode.OFFICE, Mode.INSPECTOR)
        self.imports = device.mode is Mode.HUB or (
            device.mode is Mode.OFFICE and self.office.level is Level.KECAMATAN)
        self.export_folder: Path | None = None
        self.import_paths: list[Path] = []
        self.results: list[BundleResult] = []
        self.applied = False
        self.busy = False
        self.preview: ExportPreview | None = None
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Sinkronisasi")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        if self.exports:
            layout.addWidget(self._export_box())
            layout.addWidget(ReceiveReferenceBox(state, tasks))
        if device.mode is Mode.HUB:
            layout.addWidget(MakeReferenceBox(state, tasks))
        if self.imports:
            layout.addWidget(self._import_box(), 1)
        if not self.imports:
            layout.addStretch(1)
        self.refresh()

    # --- Ekspor ke USB -----------------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ekspor ke USB (untuk kota)"))
        box.setObjectName("exportBox")
        self.ack_label = QLabel()
        self.ack_label.setObjectName("acknowledged")
        self.new_label = QLabel()
        self.new_label.setObjectName("newSinceAck")
        self.new_model: RowTableModel[tuple[str, int]] = RowTableModel([
            Column(self.tr("Jenis data"), lambda r: r[0]),
            Column(self.tr("Entri baru"), lambda r: r[1], lambda r: r[1]),
        ])
        self.new_table = read_only_table("exportTable", self.new_model)
        self.new_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # A few lines (one per kind of data): exactly as big as its contents.
        self.new_table.horizontalHeader().setStretchLastSection(False)
        self.new_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.new_table.verticalHeader().setDefaultSectionSize(
            self.new_table.fontMetrics().height() + 8)
        self.new_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_table)
        new_row.addStretch(1)
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("exportFolder")
        self.folder_field.setReadOnly(True)
        self.folder_field.setPlaceholderText(self.tr("Belum dipilih (misalnya flashdisk)"))
        choose = QPushButton(self.tr("Pilih folder…"))
        choose.setObjectName("chooseExportFolder")
        choose.clicked.connect(self.pick_export_folder)
        self.full_export = QCheckBox(self.tr("Semua entri sejak awal (seq 1), bukan hanya "
                                             "yang baru"))
        self.full_export.setObjectName("exportFull")
        self.full_export.toggled.connect(lambda _on: self._update_buttons())
        self.export_button = QPushButton(self.tr("Ekspor ke USB"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.export_result = QLabel()
        self.export_result.setObjectName("exportResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_field, 1)
        folder_row.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.full_export)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Diterima kota"), self.ack_label)
        form.addRow(self.tr("Belum diterima"), self.new_label)
        form.addRow("", new_row)
        form.addRow(self.tr("Folder tujuan"), folder_row)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.export_result)
        return box

    def _show_export_preview(self) -> None:
        ack: Acknowledgement | None = own_acknowledgement(self.state.ctx)
        preview = self.preview = export_preview(self.state.ctx)
        if ack is None:
            self.ack_label.setText(self.tr("Belum ada: kota belum mengonfirmasi menerima "
                                           "data perangkat ini."))
        else:
            self.ack_label.setText(self.tr("sampai seq {seq} (dikonfirmasi "
                                           "{when})").format(seq=ack.seq,
                                                             when=when(ack.at, self.timezone)))
        if preview.entries == 0:
            self.new_label.setText(self.tr("Tidak ada yang baru sejak konfirmasi terakhir."))
        else:
            self.new_label.setText(self.tr("{count} entri baru, seq {seqs}").format(
                count=preview.entries, seqs=seq_range(preview.seq_from, preview.seq_to)))
        self.new_model.set_rows(sorted((table_label(name), count)
                                       for name, count in preview.by_table.items()))
        self.new_table.setVisible(bool(preview.by_table))
        table = self.new_table
        table.ensurePolished()
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        rows = table.verticalHeader().defaultSectionSize() * self.new_model.rowCount()
        table.setFixedSize(table.horizontalHeader().length() + frame,
                           table.horizontalHeader().sizeHint().height() + rows + frame)

    def choose_folder(self) -> Path | None:
        """Ask for the folder to write the bundle into (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder tujuan ekspor"),
            str(self.export_folder) if self.export_folder else "")
        return Path(folder) if folder else None

    def pick_export_folder(self) -> bool:
        folder = self.choose_folder()
        if folder is None:
            return False
        self.export_folder = folder
        self.folder_field.setText(str(folder))
        self._update_buttons()
        return True

    def export(self) -> None:
        if self.export_folder is None and not self.pick_export_folder():
            return
        folder = self.export_folder
        assert folder is not None
        full = self.full_export.isChecked()
        ctx, actor = self.state.ctx, self.state.actor

        def work(progress: Progress) -> ExportResult:
            return export_bundle(ctx, actor, folder, full=full,
                                 progress=lambda done, total: progress.report(done, total))

        def done(result: ExportResult) -> None:
            self._finish()
            lines = []
            if result.path is None:
                lines.append(self.tr("Tidak ada yang baru untuk diekspor."))
            else:
                lines.append(
                    self.tr("Tersimpan: {name} ({count} entri, seq {seqs}) di {folder}")
                    .format(name=result.path.name, count=result.preview.entries,
                            seqs=seq_range(result.preview.seq_from, result.preview.seq_to),
                            folder=result.path.parent))
            if result.relayed:
                lines.append(self.tr("Diteruskan tanpa diubah: {count} bundle kelurahan "
                                     "yang belum diterima kota.").format(
                                         count=len(result.relayed)))
            self.export_result.setText("\n".join(lines))
            self.refresh()

        self._start()
        self.export_result.setText("")
        self.tasks.run(self, self.tr("Mengekspor ke USB…"), work, done, self._failed)

    # --- Impor -------------------------------------------------------------------------
    def _import_box(self) -> QGroupBox:
        title = (self.tr("Impor bundle dari kantor") if self.state.ctx.device.mode is Mode.HUB
                 else self.tr("Impor bundle kelurahan di {office}").format(
                     office=self.office.display_name))
        box = QGroupBox(title)
        box.setObjectName("importBox")
        self.import_model: HighlightTableModel[ImportRow] = HighlightTableModel([
            Column(self.tr("Berkas"), lambda r: ("↳\u00a0" if r.released else "") + r.file),
            Column(self.tr("Kantor"), lambda r: r.office),
            Column(self.tr("Seq"), lambda r: r.seq),
            Column(self.tr("Hasil"), lambda r: result_label(r.result, r.preview)),
            Column(self.tr("Baru"), lambda r: r.new, lambda r: r.new),
            Column(self.tr("Diperbarui"), lambda r: r.updated, lambda r: r.updated),
            Column(self.tr("Tetap"), lambda r: r.unchanged, lambda r: r.unchanged),
            Column(self.tr("Alasan"), lambda r: r.reason),
        ], highlight=lambda r: result_color(r.result))
        # In import order, each released bundle under the one that released it.
        self.import_table = read_only_table("importTable", self.import_model, sortable=False)
        cap_column(self.import_table, 0, 250)
        wrap_column(self.import_table, 7)
        choose_files = QPushButton(self.tr("Pilih berkas…"))
        choose_files.setObjectName("chooseBundleFiles")
        choose_files.clicked.connect(self.pick_bundle_files)
        choose_folder = QPushButton(self.tr("Pilih folder…"))
        choose_folder.setObjectName("chooseBundleFolder")
        choose_folder.clicked.connect(self.pick_bundle_folder)
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.apply_button.setObjectName("applyImport")
        self.apply_button.clicked.connect(self.apply_import)
        self.import_source = QLabel(self.tr("Pilih berkas .pantau atau satu folder berisi "
                                            "banyak bundle, dalam urutan apa pun."))
        self.import_source.setObjectName("importSource")
        self.import_source.setWordWrap(True)
        self.import_summary = QLabel()
        self.import_summary.setObjectName("importSummary")
        self.import_summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(choose_files)
        buttons.addWidget(choose_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.import_source)
        layout.addWidget(self.import_table, 1)
        layout.addWidget(self.import_summary)
        self._buttons_for_import = (choose_files, choose_folder)
        return box

    def choose_bundle_files(self) -> list[Path]:
        """Ask for bundle files to import (tests replace this)."""
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih bundle Pantau"), "",
            self.tr("Bundle Pantau (*.pantau);;Semua berkas (*)"))
        return [Path(name) for name in files]

    def choose_bundle_folder(self) -> Path | None:
        """Ask for a folder whose bundles are all imported (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder berisi bundle"))
        return Path(folder) if folder else None

    def pick_bundle_files(self) -> None:
        files = self.choose_bundle_files()
        if files:
            self.preview_import(files)

    def pick_bundle_folder(self) -> None:
        folder = self.choose_bundle_folder()
        if folder is not None:
            self.preview_import([folder])

    def _office_names(self) -> dict[str, str]:
        return {o.code: o.display_name for o in self.state.read(list_offices)}

    def _rows(self, results: list[BundleResult], preview: bool) -> list[ImportRow]:
        names = self._office_names()

        def row(result: BundleResult, released: bool) -> ImportRow:
            office = names.get(result.office_code or "", result.office_code or "")
            reason = result.reason
            if released and not reason:
                reason = self.tr("dilepas dari tahanan")
            return ImportRow(result.file.name, office,
                             seq_range(result.seq_from, result.seq_to), result.result,
                             result.summary.new, result.summary.updated,
                             result.summary.unchanged, reason, released, preview)

        rows = []
        for result in results:
            rows.append(row(result, False))
            rows.extend(row(released, True) for released in result.released)
        return rows

    def _counts(self, results: list[BundleResult], preview: bool) -> str:
        everything = [r for result in results for r in (result, *result.released)]
        parts = []
        for code in (APPLIED, PRESENT, HELD, REFUSED):
            count = sum(1 for r in everything if r.result == code)
            if count:
                parts.append(f"{result_label(code, preview)} {count}")
        return ", ".join(parts)

    def preview_import(self, paths: list[Path]) -> None:
        """Dry run: what importing `paths` would do; nothing is written."""
        self.import_paths = list(paths)
        self.results = []
        self.applied = False
        self.import_model.set_rows([])
        self.import_summary.setText("")
        if len(paths) == 1 and paths[0].is_dir():
            self.import_source.setText(self.tr("Folder: {folder}").format(folder=paths[0]))
        else:
            self.import_source.setText(self.tr("{count} berkas dipilih").format(
                count=len(paths)))
        ctx, actor = self.state.ctx, self.state.actor
        checking = self.tr("Memeriksa {name}…")

        def work(progress: Progress) -> list[BundleResult]:
            return import_bundles(ctx, actor, paths, dry_run=True, progress=lambda done, total,
                                  name: progress.report(done, total, checking.format(name=name)
                                                        if name else ""))

        def done(results: list[BundleResult]) -> None:
            self._finish()
            self.results = results
            self.import_model.set_rows(self._rows(results, preview=True))
            if not results:
                self.import_summary.setText(self.tr("Tidak ada berkas .pantau di sini."))
            else:
                self.import_summary.setText(
                    self.tr("Pratinjau, belum ada yang diterapkan: {counts}. Periksa lalu "
                            "klik Terapkan.").format(counts=self._counts(results, preview=True)))
            self._update_buttons()

        self._start()
        self.tasks.run(self, self.tr("Memeriksa bundle…"), work, done, self._failed)

    def apply_import(self) -> None:
        """Import the previewed bundles for real, with progress."""
        paths = list(self.import_paths)
        if not paths:
            return
        ctx, actor = self.state.ctx, self.state.actor
        importing = self.tr("Mengimpor {name}…")

        def work(progress: Progress) -> list[BundleResult]:
            return import_bundles(ctx, actor, paths, progress=lambda done, total, name:
                                  progress.report(done, total, importing.format(name=name)
                                                  if name else ""))

        def done(results: list[BundleResult]) -> None:
            self._finish()
            self.results = results
            self.applied = True
            self.import_model.set_rows(self._rows(results, preview=False))
            self.import_summary.setText(self.tr("Selesai diimpor: {counts}.").format(
                counts=self._counts(results, preview=False) or "0"))
            self._update_buttons()
            self.state.changed.emit("sync")

        def failed(message: str) -> None:
            self._failed(message)
            # Some bundles may have been imported before the failure.
            self.state.changed.emit("sync")

        self._start()
        self.tasks.run(self, self.tr("Mengimpor bundle…"), work, done, failed)

    # --- common ------------------------------------------------------------------------
    def _start(self) -> None:
        self.busy = True
        self._update_buttons()

    def _finish(self) -> None:
        self.busy = False
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._finish()
        QMessageBox.warning(self, self.tr("Gagal"), message)

    def _update_buttons(self) -> None:
        if self.exports:
            has_new = self.preview is not None and self.preview.entries > 0
            self.export_button.setEnabled(not self.busy and
                                          (has_new or self.full_export.isChecked()))
        if self.imports:
            for button in self._buttons_for_import:
                button.setEnabled(not self.busy)
            self.apply_button.setEnabled(not self.busy and bool(self.results)
                                         and not self.applied)

    def refresh(self) -> None:
        if self.exports:
            self._show_export_preview()
        self._update_buttons()
