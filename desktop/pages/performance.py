"""Kinerja: the perjanjian kinerja (PK) of the office with its quarterly realisation, or,
at the city, every office's capaian quarter by quarter and who has not reported.

At an office: a year, the indicators with their targets, realisation, capaian and grade
(red at the lowest grade), and the actions: add, change, remove an indicator, copy last
year's, record a quarter's realisation, print the PK report. At the hub: one row per
office, sortable, filtered by kecamatan, with the due quarters still missing in red.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from core.errors import PantauError
from core.reports.pk import angka_teks, capaian_teks, write_pk_pdf
from core.roles import Mode
from core.services.offices import Level, list_offices
from core.services.pk import (
    NAIK,
    QUARTER_NAMES,
    QUARTERS,
    OfficeCapaian,
    PkForm,
    PkRow,
    Result,
    add_indicator,
    carry_forward,
    city_capaian,
    pk_summary,
    record_realisation,
    remove_indicator,
    update_indicator,
)
from desktop.dialogs.performance import IndicatorDialog, RealisationDialog
from desktop.dialogs.sidak_detail import TintedTableModel
from desktop.models.table import Column, read_only_table, selected_row
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner

LOW = QColor("#b00020")
AREA = "performance"


def _result_text(result: Result) -> str:
    if result.capaian is None:
        return ""
    return f"{capaian_teks(result.capaian)} {result.grade}"


def _sort(value: Decimal | None) -> float:
    return -1.0 if value is None else float(value)


class PerformancePage(Page):
    areas = (AREA, "sync")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        self.hub = state.ctx.device.mode is Mode.HUB
        self.today = state.ctx.today()
        self.year = QSpinBox()
        self.year.setObjectName("pkYear")
        self.year.setRange(2000, self.today.year + 1)
        self.year.setValue(self.today.year)
        self.summary = QLabel()
        self.summary.setObjectName("pkSummary")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tahun")))
        bar.addWidget(self.year)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Kinerja kantor</h2>") if self.hub
                       else self.tr("<h2>Perjanjian kinerja</h2>"))
        layout.addWidget(title)
        layout.addLayout(bar)
        if self.hub:
            self._build_hub(bar, layout)
        else:
            self._build_office(bar, layout)
        layout.addWidget(self.summary)
        self.year.valueChanged.connect(lambda _value: self.refresh())
        self.refresh()

    # --- at an office ---------------------------------------------------------------------

    def _build_office(self, bar: QHBoxLayout, layout: QVBoxLayout) -> None:
        columns: list[Column[PkRow]] = [
            Column(self.tr("No"), lambda r: r.position, lambda r: r.position),
            Column(self.tr("Sasaran"), lambda r: r.goal),
            Column(self.tr("Indikator"), lambda r: r.name),
            Column(self.tr("Satuan"), lambda r: r.unit),
            Column(self.tr("Polaritas"),
                   lambda r: self.tr("Naik") if r.polarity == NAIK else self.tr("Turun")),
            Column(self.tr("Baseline"), lambda r: angka_teks(r.baseline)),
            Column(self.tr("Target"), lambda r: angka_teks(r.target)),
        ]
        for q in QUARTERS:
            columns.append(Column(self.tr("T {n}").format(n=QUARTER_NAMES[q]),
                                  lambda r, q=q: angka_teks(r.quarter(q).target)))
        for q in QUARTERS:
            columns.append(Column(self.tr("R {n}").format(n=QUARTER_NAMES[q]),
                                  lambda r, q=q: self._realisation_text(r, q)))
        for q in QUARTERS:
            columns.append(Column(self.tr("Capaian {n}").format(n=QUARTER_NAMES[q]),
                                  lambda r, q=q: _result_text(r.quarter(q)),
                                  lambda r, q=q: _sort(r.quarter(q).capaian)))
        columns.append(Column(self.tr("Capaian tahun"), lambda r: _result_text(r.year_result),
                              lambda r: _sort(r.year_result.capaian)))
        self.first_realisation = 7 + len(QUARTERS)
        self.first_capaian = self.first_realisation + len(QUARTERS)
        self.model: TintedTableModel[Any] = TintedTableModel(columns, self._tint_indicator)
        self.table = read_only_table("pkTable", self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.record())
        self.buttons: dict[str, QPushButton] = {}
        for name, text, action in (
                ("addIndicator", self.tr("Tambah indikator…"), self.add),
                ("editIndicator", self.tr("Ubah…"), self.edit),
                ("removeIndicator", self.tr("Hapus"), self.remove),
                ("copyLastYear", self.tr("Salin dari tahun lalu"), self.copy_last_year),
                ("recordRealisation", self.tr("Catat realisasi…"), self.record),
                ("printPk", self.tr("Cetak PK…"), self.print_dialog)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(action)
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _realisation_text(self, row: PkRow, quarter: int) -> str:
        result = row.quarter(quarter)
        if result.realisation is None:
            return self.tr("belum") if result.missing else ""
        return angka_teks(result.realisation)

    def _tint_indicator(self, row: PkRow, column: int) -> QColor | None:
        if self.first_realisation <= column < self.first_capaian:
            return LOW if row.quarter(column - self.first_realisation + 1).missing else None
        if self.first_capaian <= column < self.first_capaian + len(QUARTERS):
            return LOW if row.quarter(column - self.first_capaian + 1).low else None
        if column == self.first_capaian + len(QUARTERS):
            return LOW if row.year_result.low else None
        return None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for name in ("editIndicator", "removeIndicator", "recordRealisation"):
            self.buttons[name].setEnabled(chosen)
        self.buttons["printPk"].setEnabled(self.model.rowCount() > 0)

    def selected(self) -> PkRow | None:
        return selected_row(self.table, self.model) if not self.hub else None

    def make_indicator_dialog(self, existing: PkRow | None = None) -> IndicatorDialog:
        year = self.year.value()

        def save(form: PkForm) -> None:
            if existing is None:
                self.state.write(AREA, add_indicator, year, form)
            else:
                self.state.write(AREA, update_indicator, existing.id, form)

        return IndicatorDialog(year, save, existing, self)

    def make_realisation_dialog(self, row: PkRow) -> RealisationDialog:
        # The quarter running now (the last one for a past year), the one usually recorded.
        started = [q for q in QUARTERS
                   if (row.year, 3 * (q - 1) + 1) <= (self.today.year, self.today.month)]
        quarter = max(started, default=1)

        def save(number: int, value: str, evidence: str) -> None:
            self.state.write(AREA, record_realisation, row.id, number, value, evidence)

        return RealisationDialog(row, quarter, save, self)

    def add(self) -> None:
        self.make_indicator_dialog().exec()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            self.make_indicator_dialog(row).exec()

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus indikator"),
            self.tr("Hapus indikator \"{name}\" beserta realisasinya?").format(name=row.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.attempt(lambda: self.state.write(AREA, remove_indicator, row.id))

    def copy_last_year(self) -> None:
        year = self.year.value()
        copied: list[int] = []
        if self.attempt(lambda: copied.append(self.state.write(AREA, carry_forward, year))):
            self.summary.setText(self.tr(
                "{count} indikator disalin dari tahun {last}; isi targetnya.").format(
                count=copied[0], last=year - 1))

    def record(self) -> None:
        row = self.selected()
        if row is not None:
            self.make_realisation_dialog(row).exec()

    def print_dialog(self) -> None:
        office = self.state.ctx.device.office_code
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan PK"),
            str(Path.home() / f"PK-{office}-{self.year.value()}.pdf"),
            self.tr("PDF (*.pdf)"))
        if name:
            self.print_to(Path(name))

    def print_to(self, path: Path) -> str | None:
        """Write the PK report of the chosen year; returns its verification code."""
        office = self.state.ctx.device.office_code
        try:
            data = self.state.read(write_pk_pdf, office, self.year.value(), path, self.today)
        except PantauError as exc:
            QMessageBox.warning(self, self.tr("Laporan tidak dibuat"), exc.message)
            return None
        self.summary.setText(self.tr("Laporan PK tersimpan: {path} (kode verifikasi {code})")
                             .format(path=str(path), code=data.code))
        return data.code

    # --- at the city ----------------------------------------------------------------------

    def _build_hub(self, bar: QHBoxLayout, layout: QVBoxLayout) -> None:
        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("pkKecamatan")
        self.kecamatan.addItem(self.tr("Semua kecamatan"), None)
        for office in self.state.read(list_offices, Level.KECAMATAN):
            self.kecamatan.addItem(office.display_name, office.code)
        self.kecamatan.currentIndexChanged.connect(lambda _index: self.refresh())
        bar.addWidget(QLabel(self.tr("Kecamatan")))
        bar.addWidget(self.kecamatan)
        bar.addStretch(1)
        columns: list[Column[OfficeCapaian]] = [
            Column(self.tr("Kode"), lambda r: r.office_code),
            Column(self.tr("Kantor"), lambda r: r.office_name),
            Column(self.tr("Indikator"), lambda r: r.indicators, lambda r: r.indicators),
        ]
        for q in QUARTERS:
            columns.append(Column(self.tr("TW {n}").format(n=QUARTER_NAMES[q]),
                                  lambda r, q=q: self._office_quarter(r, q),
                                  lambda r, q=q: _sort(r.quarters[q - 1])))
        columns.append(Column(self.tr("Tahun"), lambda r: (
            f"{capaian_teks(r.year_capaian)} {r.year_grade}" if r.year_capaian is not None
            else ""), lambda r: _sort(r.year_capaian)))
        columns.append(Column(self.tr("Belum dilaporkan"), lambda r: ", ".join(
            self.tr("TW {n}").format(n=QUARTER_NAMES[q]) for q in r.missing_quarters)))
        self.model = TintedTableModel(columns, self._tint_office)
        self.table = read_only_table("pkCityTable", self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)

    def _office_quarter(self, row: OfficeCapaian, quarter: int) -> str:
        value = row.quarters[quarter - 1]
        if value is None:
            return self.tr("belum") if quarter in row.missing_quarters else ""
        return f"{capaian_teks(value)} {row.quarter_grades[quarter - 1]}"

    def _tint_office(self, row: OfficeCapaian, column: int) -> QColor | None:
        if column in (0, 1, 3 + len(QUARTERS) + 1):
            return LOW if row.missing else None
        if 3 <= column < 3 + len(QUARTERS):
            return LOW if column - 2 in row.missing_quarters else None
        if column == 3 + len(QUARTERS):
            return LOW if row.year_low else None
        return None

    # --- both -----------------------------------------------------------------------------

    def refresh(self) -> None:
        year = self.year.value()
        if self.hub:
            rows = self.state.read(city_capaian, year, self.today)
            kecamatan = self.kecamatan.currentData()
            if kecamatan:
                rows = [r for r in rows if r.kecamatan == kecamatan]
            self.model.set_rows(rows)
            missing = sum(1 for r in rows if r.missing)
            reported = sum(1 for r in rows if r.indicators)
            self.summary.setText(self.tr(
                "{offices} kantor; {reported} dengan PK tahun {year}; {missing} belum "
                "melaporkan realisasi triwulan yang sudah berakhir.").format(
                offices=len(rows), reported=reported, year=year, missing=missing))
            return
        office = self.state.ctx.device.office_code
        rows_office = self.state.read(pk_summary, office, year, self.today)
        self.model.set_rows(rows_office)
        missing_count = sum(len(r.missing_quarters) for r in rows_office)
        self.summary.setText(self.tr(
            "{count} indikator tahun {year}; {missing} realisasi triwulan belum dicatat. "
            "Target dan realisasi triwulan kumulatif s.d. akhir triwulan.").format(
            count=len(rows_office), year=year, missing=missing_count))
        self._update_buttons()

