"""Sinkronisasi, the city's side of it: reference and setup bundles.

At an office: receive the city's reference bundle (units, schedules, holidays, accounts,
and what the city has received). At the hub: make one for an office, or a setup file for
a new installation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.identity import fingerprint
from core.roles import Mode, Role
from core.services.offices import Level, list_offices
from core.sync.reference import (
    ReferenceResult,
    city_key_fingerprint,
    export_reference,
    import_reference,
    pinned_city,
)
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner


class ReceiveReferenceBox(QGroupBox):
    """Office/inspector: apply the city's reference bundle."""

    def __init__(self, state: AppState, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Terima dari kota"))
        self.setObjectName("receiveReferenceBox")
        self.state = state
        self.tasks = tasks
        self.button = QPushButton(self.tr("Terima bundle kota…"))
        self.button.setObjectName("receiveReference")
        self.button.clicked.connect(self.receive)
        self.result = QLabel()
        self.result.setObjectName("referenceResult")
        self.result.setWordWrap(True)
        self.pin = QLabel()
        self.pin.setObjectName("cityKey")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.pin, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.refresh()

    def refresh(self) -> None:
        city = self.state.read(pinned_city)
        self.pin.setText(self.tr("Kunci kota: {fingerprint}").format(
            fingerprint=fingerprint(city.public_key)) if city else
            self.tr("Kunci kota belum disematkan: bundle kota pertama akan meminta "
                    "pencocokan sidik kunci."))

    def choose_reference_file(self) -> Path | None:
        """Ask for the city's bundle (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Bundle dari kota"), "", self.tr("Bundle Pantau (*.pantau)"))
        return Path(name) if name else None

    def confirm_fingerprint(self, printed: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sidik kunci kota"), self.tr(
            "Ini bundle kota pertama di komputer ini. Sidik kuncinya:\n\n{fingerprint}\n\n"
            "Samakah dengan yang dibacakan admin kota? Jika tidak, jangan terima.")
            .format(fingerprint=printed), parent=self)
        accept = box.addButton(self.tr("Sama, terima"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is accept

    def receive(self) -> None:
        path = self.choose_reference_file()
        if path is None:
            return
        trust: str | None = None
        try:
            if self.state.read(pinned_city) is None:
                printed = city_key_fingerprint(path)
                if not self.confirm_fingerprint(printed):
                    return
                trust = printed
        except PantauError as exc:
            self._failed(exc.message)
            return
        ctx, actor = self.state.ctx, self.state.actor

        def work(_progress: Progress) -> ReferenceResult:
            return import_reference(ctx, actor, path, trust)

        def done(result: ReferenceResult) -> None:
            received = (self.tr("kota menerima data kantor ini sampai seq {seq}")
                        .format(seq=result.acknowledged_seq)
                        if result.acknowledged_seq is not None else
                        self.tr("kota belum menerima data kantor ini"))
            self.result.setText(self.tr("Diterima: {applied} baris baru, {unchanged} tetap; "
                                        "{received}.").format(applied=result.applied,
                                                              unchanged=result.unchanged,
                                                              received=received))
            self.refresh()
            for area in ("sync", "offices", "users", "calendar"):
                self.state.changed.emit(area)

        self.tasks.run(self, self.tr("Menerima bundle kota…"), work, done, self._failed)

    def _failed(self, message: str) -> None:
        self.result.setText(message)
        QMessageBox.warning(self, self.tr("Bundle kota ditolak"), message)


class MakeReferenceBox(QGroupBox):
    """Hub: a reference bundle for an office, or a setup file for a new installation."""

    def __init__(self, state: AppState, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bundle untuk kantor"))
        self.setObjectName("makeReferenceBox")
        self.state = state
        self.tasks = tasks
        self.office = QComboBox()
        self.office.setObjectName("referenceOffice")
        for office in state.read(list_offices):
            if office.level is not Level.KOTA:
                self.office.addItem(f"{office.display_name} ({office.code})", office.code)
        self.kind = QComboBox()
        self.kind.setObjectName("referenceKind")
        # Qt hands item data back as plain strings: keep the mode's value, not the enum.
        self.kind.addItem(self.tr("Bundle referensi (kantor yang sudah terpasang)"), "")
        self.kind.addItem(self.tr("Berkas penyiapan: kantor baru"), Mode.OFFICE.value)
        self.kind.addItem(self.tr("Berkas penyiapan: laptop pemeriksa"), Mode.INSPECTOR.value)
        self.button = QPushButton(self.tr("Buat…"))
        self.button.setObjectName("makeReference")
        self.button.setEnabled(state.actor.role is Role.ADMIN)
        self.button.clicked.connect(self.make)
        self.result = QLabel(self.tr("Sidik kunci kota: {fingerprint}").format(
            fingerprint=fingerprint(state.ctx.device.public_key)))
        self.result.setObjectName("referenceMade")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.office, 2)
        row.addWidget(self.kind, 2)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def choose_folder(self) -> Path | None:
        """Ask where to write the bundle (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder tujuan"))
        return Path(folder) if folder else None

    def make(self) -> None:
        folder = self.choose_folder()
        if folder is None:
            return
        ctx, actor = self.state.ctx, self.state.actor
        office = self.office.currentData()
        mode = Mode(self.kind.currentData()) if self.kind.currentData() else None

        def work(_progress: Progress) -> Path:
            return export_reference(ctx, actor, office, folder, setup_mode=mode)

        def done(path: Path) -> None:
            self.result.setText(self.tr(
                "Dibuat: {path}\nBacakan sidik kunci kota kepada kantor: {fingerprint}")
                .format(path=path, fingerprint=fingerprint(ctx.device.public_key)))

        def failed(message: str) -> None:
            self.result.setText(message)
            QMessageBox.warning(self, self.tr("Gagal"), message)

        self.tasks.run(self, self.tr("Membuat bundle…"), work, done, failed)
