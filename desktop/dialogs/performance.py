"""Perjanjian kinerja: one indicator (add or change) and one quarter's realisation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.services.pk import NAIK, QUARTER_NAMES, QUARTERS, TURUN, PkForm, PkRow
from desktop.forms import FormDialog


def _shown(text: str | None) -> str:
    """Stored decimal text as typed in Indonesia: "85.5" → "85,5"."""
    return (text or "").replace(".", ",")


class IndicatorDialog(FormDialog):
    """Sasaran, indikator, satuan, polaritas, baseline and targets; `save(form)` runs the
    service and a broken rule shows under the form."""

    def __init__(self, year: int, save: Callable[[PkForm], object],
                 existing: PkRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ubah indikator kinerja") if existing
                         else self.tr("Tambah indikator kinerja"), parent)
        self.setMinimumWidth(560)
        self._save = save
        self.form.addRow(self.tr("Tahun"), QLabel(str(year)))
        self.goal = QLineEdit()
        self.goal.setPlaceholderText(self.tr("mis. Meningkatnya kualitas pelayanan publik"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Indeks kepuasan masyarakat"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("mis. %, dokumen, menit"))
        self.polarity = QComboBox()
        self.polarity.addItem(self.tr("Naik (makin tinggi makin baik)"), NAIK)
        self.polarity.addItem(self.tr("Turun (makin rendah makin baik)"), TURUN)
        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(self.tr("realisasi tahun lalu (boleh kosong)"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("mis. 85,5"))
        self.quarter_targets: dict[int, QLineEdit] = {}
        for name in ("goal", "name", "unit", "polarity", "baseline", "target"):
            widget = getattr(self, name)
            widget.setObjectName(name)
            self.fields[name] = widget
        self.form.addRow(self.tr("Sasaran"), self.goal)
        self.form.addRow(self.tr("Indikator kinerja"), self.name)
        self.form.addRow(self.tr("Satuan"), self.unit)
        self.form.addRow(self.tr("Polaritas"), self.polarity)
        self.form.addRow(self.tr("Baseline"), self.baseline)
        self.form.addRow(self.tr("Target tahunan"), self.target)
        for quarter in QUARTERS:
            field = QLineEdit()
            field.setObjectName(f"target_q{quarter}")
            field.setPlaceholderText(self.tr("kumulatif s.d. akhir triwulan; boleh kosong"))
            self.quarter_targets[quarter] = field
            self.fields[f"target_q{quarter}"] = field
            self.form.addRow(self.tr("Target triwulan {n}").format(n=QUARTER_NAMES[quarter]),
                             field)
        if existing is not None:
            self.goal.setText(existing.goal)
            self.name.setText(existing.name)
            self.unit.setText(existing.unit)
            self.polarity.setCurrentIndex(0 if existing.polarity == NAIK else 1)
            self.baseline.setText(_shown(existing.baseline))
            self.target.setText(_shown(existing.target))
            for quarter, field in self.quarter_targets.items():
                # A blank Q4 target shows the year's target it stands for: leave it blank.
                stored = existing.quarter(quarter).target
                if quarter == 4 and stored == existing.target:
                    stored = None
                field.setText(_shown(stored))

    def value(self) -> PkForm:
        return PkForm(
            goal=self.goal.text(), name=self.name.text(), unit=self.unit.text(),
            polarity=str(self.polarity.currentData()), target=self.target.text(),
            baseline=self.baseline.text(),
            **{f"target_q{q}": field.text() for q, field in self.quarter_targets.items()})

    def submit(self) -> None:
        self._save(self.value())


class RealisationDialog(FormDialog):
    """The realisation reached by the end of a quarter, with the evidence note;
    `save(quarter, value, evidence)` runs the service."""

    def __init__(self, row: PkRow, quarter: int, save: Callable[[int, str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Catat realisasi"), parent)
        self.setMinimumWidth(520)
        self._row = row
        self._save = save
        indicator = QLabel(row.name)
        indicator.setObjectName("realisationIndicator")
        indicator.setTextFormat(Qt.TextFormat.PlainText)
        indicator.setWordWrap(True)
        self.form.addRow(self.tr("Indikator"), indicator)
        self.form.addRow(self.tr("Satuan"), QLabel(row.unit))
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        for number in QUARTERS:
            self.quarter.addItem(self.tr("Triwulan {n}").format(n=QUARTER_NAMES[number]),
                                 number)
        self.target = QLabel()
        self.target.setObjectName("quarterTarget")
        self.value_field = QLineEdit()
        self.value_field.setObjectName("value")
        self.value_field.setPlaceholderText(self.tr("capaian kumulatif s.d. akhir triwulan"))
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(self.tr("bukti dukung: nomor laporan, dokumen, …"))
        self.evidence.setFixedHeight(self.evidence.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("Triwulan"), self.quarter)
        self.form.addRow(self.tr("Target"), self.target)
        self.form.addRow(self.tr("Realisasi"), self.value_field)
        self.form.addRow(self.tr("Bukti dukung"), self.evidence)
        self.fields.update({"quarter": self.quarter, "value": self.value_field,
                            "evidence": self.evidence})
        self.quarter.currentIndexChanged.connect(self._show_quarter)
        self.quarter.setCurrentIndex(quarter - 1)
        self._show_quarter()

    def _show_quarter(self) -> None:
        result = self._row.quarter(int(self.quarter.currentData()))
        self.target.setText(_shown(result.target) or self.tr("(tanpa target triwulan)"))
        self.value_field.setText(_shown(result.realisation))
        self.evidence.setPlainText(result.evidence)
        self.error.clear_error()

    def submit(self) -> None:
        self._save(int(self.quarter.currentData()), self.value_field.text(),
                   self.evidence.toPlainText())
