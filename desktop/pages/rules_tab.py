"""Pengaturan → Aturan dan layanan (hub admins): band width, TK warning, service types,
the sidak checklist and the cross-check tolerance, complaint deadlines and the three-report
rule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.services.rules import rule, set_rule
from core.services.service_register import (
    ServiceTypeRow,
    add_service_type,
    service_types,
    set_service_type_active,
)
from desktop.models.table import Column, RowTableModel, read_only_table, selected_row
from desktop.state import AppState, UnitOfWork

RULE_FIELDS = (("band_minutes", 5, 120), ("band_count", 1, 8), ("tk_warn_before_days", 0, 10),
               ("sidak_tolerance_minutes", 0, 60), ("rotation_threshold", 2, 20),
               ("rotation_window_months", 1, 60))
# Complaint deadlines: working days from the day received, step by step.
DEADLINE_STEPS = ("verifikasi", "tindak_lanjut", "selesai")
KEY_ROLE = Qt.ItemDataRole.UserRole


def format_grade_scale(scale: list[list[object]]) -> str:
    """[[90, "AA"], …, [0, "D"]] as "AA >90; …; D" (as the city writes it)."""
    return "; ".join(f"{grade} >{bound}" if bound else str(grade) for bound, grade in scale)


def parse_grade_scale(text: str) -> list[list[object]]:
    """"AA >90; A >80; …; D" back to [[90, "AA"], …, [0, "D"]]; core checks the order."""
    scale: list[list[object]] = []
    for part in text.split(";"):
        grade, _sep, bound = part.partition(">")
        grade, bound = grade.strip(), bound.strip()
        if not grade:
            continue
        if bound and not bound.isdigit():
            raise ValidationError(f"Batas predikat {grade} harus bilangan bulat: {bound}",
                                  "value")
        scale.append([int(bound) if bound else 0, grade])
    return scale


def checklist_key(label: str, taken: set[str]) -> str:
    """A short key for a new checklist item from its label (unique among `taken`)."""
    words = "".join(ch if ch.isalnum() else " " for ch in label.lower()).split()
    base = "_".join(words[:3]) or "butir"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


def _set_rules(uow: UnitOfWork, values: dict[str, Any]) -> None:
    for key, value in values.items():
        set_rule(uow, key, value)


class RulesTab(QWidget):
    def __init__(self, state: AppState, attempt) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.state = state
        self.attempt = attempt
        self.spins: dict[str, QSpinBox] = {}
        captions = {"band_minutes": self.tr("Lebar pita TL/PSW (menit)"),
                    "band_count": self.tr("Jumlah pita TL/PSW"),
                    "tk_warn_before_days": self.tr("Peringatan TK sebelum ambang (hari)"),
                    "sidak_tolerance_minutes": self.tr("Toleransi cek silang sidak (menit)"),
                    "rotation_threshold": self.tr("Aturan tiga laporan: jumlah laporan pungli"),
                    "rotation_window_months": self.tr("Aturan tiga laporan: dalam (bulan)")}
        deadline_captions = {
            "verifikasi": self.tr("Pengaduan: verifikasi dalam (hari kerja)"),
            "tindak_lanjut": self.tr("Pengaduan: tindak lanjut dalam (hari kerja)"),
            "selesai": self.tr("Pengaduan: selesai dalam (hari kerja)")}
        form = QFormLayout()
        for key, low, high in RULE_FIELDS:
            spin = QSpinBox()
            spin.setObjectName(f"rule_{key}")
            spin.setRange(low, high)
            self.spins[key] = spin
            form.addRow(captions[key], spin)
        self.deadline_spins: dict[str, QSpinBox] = {}
        for step in DEADLINE_STEPS:
            spin = QSpinBox()
            spin.setObjectName(f"rule_complaint_{step}")
            spin.setRange(1, 60)
            self.deadline_spins[step] = spin
            form.addRow(deadline_captions[step], spin)
        self.grades = QLineEdit()
        self.grades.setObjectName("rule_pk_grade_scale")
        self.grades.setToolTip(self.tr("Predikat capaian PK: batas persen (capaian di atasnya) "
                                       "dan predikatnya, dari tertinggi; yang terakhir 0."))
        form.addRow(self.tr("Skala predikat PK"), self.grades)
        save = QPushButton(self.tr("Simpan aturan"))
        save.setObjectName("saveRules")
        save.clicked.connect(self.save_rules)
        form.addRow(save)
        self.types: RowTableModel[ServiceTypeRow] = RowTableModel([
            Column(self.tr("Kode"), lambda t: t.code),
            Column(self.tr("Jenis layanan"), lambda t: t.name),
            Column(self.tr("Status"), lambda t: self.tr("dipakai") if t.active
                   else self.tr("tidak dipakai")),
        ], dimmed=lambda t: not t.active)
        self.table = read_only_table("serviceTypesTable", self.types)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.code = QLineEdit()
        self.code.setObjectName("typeCode")
        self.code.setPlaceholderText(self.tr("kode, mis. ahli_waris"))
        self.name = QLineEdit()
        self.name.setObjectName("typeName")
        self.name.setPlaceholderText(self.tr("nama jenis layanan"))
        add = QPushButton(self.tr("Tambah jenis"))
        add.setObjectName("addServiceType")
        add.clicked.connect(self.add_type)
        toggle = QPushButton(self.tr("Pakai / tidak dipakai"))
        toggle.setObjectName("toggleServiceType")
        toggle.clicked.connect(self.toggle_type)
        row = QHBoxLayout()
        for widget in (self.code, self.name, add, toggle):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Aturan ini dan daftar jenis layanan dikirim ke kantor "
                                        "lewat bundle referensi.")))
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self._checklist_box(), 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Daftar periksa sidak (standar pelayanan)"))
        self.checklist = QListWidget()
        self.checklist.setObjectName("sidakChecklist")
        self.checklist.setToolTip(self.tr("Klik dua kali sebuah butir untuk mengubah uraiannya."))
        self.new_item = QLineEdit()
        self.new_item.setObjectName("checklistNewItem")
        self.new_item.setPlaceholderText(self.tr("butir baru, mis. Kotak saran tersedia"))
        add = QPushButton(self.tr("Tambah butir"))
        add.setObjectName("addChecklistItem")
        add.clicked.connect(self.add_checklist_item)
        remove = QPushButton(self.tr("Hapus butir"))
        remove.setObjectName("removeChecklistItem")
        remove.clicked.connect(self.remove_checklist_item)
        save = QPushButton(self.tr("Simpan daftar periksa"))
        save.setObjectName("saveChecklist")
        save.clicked.connect(self.save_checklist)
        buttons = QHBoxLayout()
        for widget in (self.new_item, add, remove, save):
            buttons.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addWidget(self.checklist)
        layout.addLayout(buttons)
        return box

    def _checklist_items(self) -> list[list[str]]:
        return [[self.checklist.item(row).data(KEY_ROLE), self.checklist.item(row).text()]
                for row in range(self.checklist.count())]

    def _add_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.checklist.addItem(item)

    def add_checklist_item(self) -> None:
        label = " ".join(self.new_item.text().split())
        if not label:
            return
        self._add_item(checklist_key(label, {key for key, _ in self._checklist_items()}), label)
        self.new_item.clear()

    def remove_checklist_item(self) -> None:
        row = self.checklist.currentRow()
        if row >= 0:
            self.checklist.takeItem(row)

    def save_checklist(self) -> None:
        items = self._checklist_items()
        self.attempt(lambda: self.state.write("rules", set_rule, "sidak_checklist", items))

    def refresh(self) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(self.state.read(rule, key)))
        deadlines = self.state.read(rule, "complaint_deadline_days")
        for step, spin in self.deadline_spins.items():
            spin.setValue(int(deadlines[step]))
        self.grades.setText(format_grade_scale(self.state.read(rule, "pk_grade_scale")))
        self.checklist.clear()
        for key, label in self.state.read(rule, "sidak_checklist"):
            self._add_item(str(key), str(label))
        self.types.set_rows(self.state.read(service_types, active_only=False))

    def save_rules(self) -> None:
        """Every changed rule in one write: all saved, or (one refused) none."""
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        values["complaint_deadline_days"] = {step: spin.value()
                                             for step, spin in self.deadline_spins.items()}

        def write() -> None:
            values["pk_grade_scale"] = parse_grade_scale(self.grades.text())
            changed = {key: value for key, value in values.items()
                       if value != self.state.read(rule, key)}
            if changed:
                self.state.write("rules", _set_rules, changed)

        self.attempt(write)

    def add_type(self) -> None:
        if self.attempt(lambda: self.state.write("rules", add_service_type, self.code.text(),
                                                 self.name.text())):
            self.code.clear()
            self.name.clear()

    def toggle_type(self) -> None:
        chosen = selected_row(self.table, self.types)
        if chosen is None:
            return
        self.attempt(lambda: self.state.write("rules", set_service_type_active, chosen.code,
                                              not chosen.active))
