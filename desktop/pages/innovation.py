"""Inovasi at the office: the register of the office's innovations, the form, submission
to the city by the head, and the self-assessment against the year's indicators."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.formatting import tanggal_pendek
from core.roles import Role
from core.services.innovation import (
    STAGES,
    STATUS_LABELS,
    IndicatorSet,
    InnovationRow,
    indicator_sets,
    install_indicator_file,
    list_innovations,
    submit,
)
from desktop.dialogs.innovation import InnovationDialog
from desktop.models.table import Column, RowTableModel, read_only_table, select_row, selected_row
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

SUBMITTABLE = ("draf", "dikembalikan")
# Written out as translate("InnovationPage", "…"): lupdate only sees literal strings.
translate = QCoreApplication.translate


class IndicatorLoading:
    """Muat berkas indikator… on a page (the head's at the office, the admin's at the
    city): the chosen file is checked and kept on this installation
    (`install_indicator_file`), then added to the page's `indicator_sets`; a refused file
    is a warning and changes nothing. The page shows what was loaded in `indicators_loaded`.
    """

    state: AppState
    indicator_sets: dict[int, IndicatorSet]

    def choose_indicator_file(self) -> Path | None:
        """Ask for an indicator file (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            cast(QWidget, self), translate("InnovationPage", "Muat berkas indikator"),
            str(Path.home()), translate("InnovationPage", "Berkas indikator (*.json)"))
        return Path(name) if name else None

    def load_indicator_file(self) -> None:
        path = self.choose_indicator_file()
        if path is None:
            return
        try:
            indicators = install_indicator_file(self.state.actor,
                                                self.state.ctx.data_dir.root, path)
        except PantauError as exc:
            QMessageBox.warning(cast(QWidget, self),
                                translate("InnovationPage", "Berkas indikator ditolak"),
                                exc.message)
            return
        self.indicator_sets[indicators.year] = indicators
        self.indicators_loaded(translate(
            "InnovationPage", "Indikator tahun {year} dimuat dari {name} ({count} indikator) "
            "dan disimpan; tetap tersedia saat aplikasi dibuka lagi.").format(
            year=indicators.year, name=path.name, count=len(indicators.indicators)))

    def indicators_loaded(self, text: str) -> None:
        """Say what was loaded (and show what it changes)."""


class InnovationPage(Page, IndicatorLoading):
    areas = ("innovation",)

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.is_head = state.actor.role is Role.HEAD
        # Bundled indicator files, and those the head loaded on this installation.
        self.indicator_sets = indicator_sets(state.ctx.data_dir.root)
        device = state.ctx.device
        self.model: RowTableModel[InnovationRow] = RowTableModel([
            Column(self.tr("Nama inovasi"), lambda r: r.name),
            Column(self.tr("Tahap"), lambda r: STAGES.get(r.stage, r.stage)),
            Column(self.tr("Digital"), lambda r: self.tr("ya") if r.digital else self.tr("tidak")),
            Column(self.tr("Status"), lambda r: STATUS_LABELS.get(r.status, r.status)),
            Column(self.tr("Diajukan"),
                   lambda r: tanggal_pendek(device.local_date(r.submitted_at))
                   if r.submitted_at else "",
                   lambda r: r.submitted_at.isoformat() if r.submitted_at else ""),
            Column(self.tr("Catatan kota"), lambda r: r.review_note),
        ])
        self.table = read_only_table("innovationsTable", self.model)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.new_button = QPushButton(self.tr("Inovasi baru"))
        self.new_button.setObjectName("newInnovation")
        self.new_button.clicked.connect(self.new_innovation)
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setObjectName("openInnovation")
        self.open_button.clicked.connect(self.open_selected)
        self.submit_button = QPushButton(self.tr("Ajukan"))
        self.submit_button.setObjectName("submitSelected")
        self.submit_button.setToolTip(self.tr("Hanya pimpinan (lurah/camat) yang mengajukan."))
        self.submit_button.clicked.connect(self.submit_selected)
        self.load_button = QPushButton(self.tr("Muat berkas indikator…"))
        self.load_button.setObjectName("loadIndicators")
        self.load_button.setToolTip(self.tr("Daftar indikator penilaian mandiri tahun lain "
                                            "(berkas JSON dari kota)."))
        self.load_button.clicked.connect(self.load_indicator_file)
        self.load_button.setEnabled(self.is_head)
        self.count = QLabel()
        self.count.setObjectName("innovationCount")
        self.message = QLabel()
        self.message.setObjectName("innovationPageMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.submit_button,
                       self.load_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        title = self.tr("Inovasi")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        rows = self.state.read(list_innovations, self.state.ctx.device.office_code)
        self.model.set_rows(rows)
        counts = {status: sum(1 for r in rows if r.status == status) for status in STATUS_LABELS}
        self.count.setText(self.tr("{total} inovasi · {drafts} draf · {submitted} diajukan · "
                                   "{verified} diverifikasi · {returned} dikembalikan").format(
            total=len(rows), drafts=counts["draf"], submitted=counts["diajukan"],
            verified=counts["diverifikasi"], returned=counts["dikembalikan"]))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> InnovationRow | None:
        return selected_row(self.table, self.model)

    def select(self, innovation_id: str) -> None:
        select_row(self.table, self.model, lambda row: row.id == innovation_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.submit_button.setEnabled(self.is_head and row is not None
                                      and row.status in SUBMITTABLE)

    def make_dialog(self, innovation_id: str | None = None) -> InnovationDialog:
        return InnovationDialog(self.state, innovation_id, self.indicator_sets, parent=self)

    def new_innovation(self) -> None:
        dialog = self.make_dialog()
        dialog.exec()
        if dialog.innovation_id is not None:
            self.select(dialog.innovation_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.make_dialog(row.id).exec()
        self.select(row.id)

    def submit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Ajukan inovasi"),
            self.tr("Ajukan \"{name}\" ke kota untuk diverifikasi?").format(name=row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.attempt(lambda: self.state.write("innovation", submit, row.id)):
            self.message.setText(self.tr("\"{name}\" diajukan ke kota.").format(name=row.name))

    def indicators_loaded(self, text: str) -> None:
        self.message.setText(text)


__all__ = ["InnovationPage"]
