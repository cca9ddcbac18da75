"""First start: choose the mode, the office from the registry, and make the first account."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from core.context import AppContext, DeviceInfo
from core.errors import PantauError, ValidationError
from core.roles import ROLES_BY_MODE, Mode
from core.services.accounts import NewAccount
from core.services.offices import display_name, load_registry
from core.services.setup import LEVELS_BY_MODE, SetupResult, setup_installation
from core.sync.reference import city_key_fingerprint, setup_from_bundle
from desktop.forms import ErrorLabel


class ModePage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.device_from_file: DeviceInfo | None = None
        self.setTitle(self.tr("Jenis pemasangan"))
        self.setSubTitle(self.tr("Pilih untuk apa komputer ini dipakai. Pilihan ini tetap."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        descriptions = {
            Mode.OFFICE: self.tr("Kantor kelurahan/kecamatan: jam layanan, absensi, layanan, "
                                 "inovasi, kinerja; ekspor ke kota."),
            Mode.INSPECTOR: self.tr("Laptop pemeriksa: sidak ke kantor dan berita acara."),
            Mode.HUB: self.tr("Kota (Bagian Organisasi/Inspektorat): impor data semua kantor, "
                              "dasbor, pengaduan, laporan."),
        }
        for index, mode in enumerate(Mode):
            button = QRadioButton(f"{mode.label} — {descriptions[mode]}")
            button.setObjectName(f"mode_{mode.value}")
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        layout.addSpacing(12)
        from_file = QPushButton(self.tr("Siapkan dari berkas penyiapan kota…"))
        from_file.setObjectName("setupFromFile")
        from_file.setToolTip(self.tr("Berkas .pantau yang dibuat admin kota untuk kantor ini: "
                                     "mode, kantor, kunci kota dan akun sudah di dalamnya."))
        from_file.clicked.connect(self.setup_from_file)
        layout.addWidget(from_file)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

    def choose_setup_file(self) -> Path | None:
        """Ask for the setup file (a method, so tests can answer it)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Berkas penyiapan dari kota"), "",
            self.tr("Bundle Pantau (*.pantau)"))
        return Path(name) if name else None

    def confirm_fingerprint(self, printed: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Sidik kunci kota"),
            self.tr("Sidik kunci kota dalam berkas ini:\n\n{fingerprint}\n\nSamakah dengan "
                    "yang dibacakan admin kota? Jika tidak, jangan lanjutkan.")
            .format(fingerprint=printed))
        return answer == QMessageBox.StandardButton.Yes

    def setup_from_file(self) -> None:
        path = self.choose_setup_file()
        if path is None:
            return
        try:
            printed = city_key_fingerprint(path)
            if not self.confirm_fingerprint(printed):
                return
            self.device_from_file = setup_from_bundle(self.ctx, path)
        except PantauError as exc:
            self.error.show_error(exc)
            return
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            wizard.finish_from_file(printed)

    @property
    def mode(self) -> Mode:
        return list(Mode)[self.group.checkedId()]


class OfficePage(QWizardPage):
    def __init__(self, mode_page: ModePage) -> None:
        super().__init__()
        self.mode_page = mode_page
        self.setTitle(self.tr("Kantor"))
        self.setSubTitle(self.tr("Pilih kantor tempat Pantau dipasang (daftar Kemendagri)."))
        self.search = QLineEdit()
        self.search.setObjectName("officeSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau kode…"))
        self.offices = QListWidget()
        self.offices.setObjectName("officeList")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.offices)
        self.search.textChanged.connect(self._filter)
        self.offices.currentItemChanged.connect(lambda *_: self.completeChanged.emit())

    def initializePage(self) -> None:
        self.offices.clear()
        levels = LEVELS_BY_MODE[self.mode_page.mode]
        for entry in load_registry():
            if entry.level not in levels:
                continue
            item = QListWidgetItem(f"{display_name(entry.level, entry.name)}  ({entry.code})")
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            self.offices.addItem(item)
        if self.offices.count() == 1:
            self.offices.setCurrentRow(0)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.offices.count()):
            item = self.offices.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
        # Hiding the chosen office makes the page incomplete: Lanjut must follow.
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        item = self.offices.currentItem()
        return item is not None and not item.isHidden()

    @property
    def office_code(self) -> str:
        item = self.offices.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class AccountPage(QWizardPage):
    def __init__(self, ctx: AppContext, mode_page: ModePage, office_page: OfficePage) -> None:
        super().__init__()
        self.ctx = ctx
        self.mode_page = mode_page
        self.office_page = office_page
        self.result: SetupResult | None = None
        self.setTitle(self.tr("Akun pertama"))
        self.setCommitPage(True)
        self.role_label = QLabel()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("18 angka, boleh dikosongkan"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        for name in ("username", "full_name", "nip", "password", "password_again"):
            getattr(self, name).setObjectName(name)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Peran"), self.role_label)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.password_again)
        form.addRow(self.error)

    def initializePage(self) -> None:
        role = ROLES_BY_MODE[self.mode_page.mode][0]
        self.role_label.setText(role.label)
        self.setSubTitle(self.tr("Akun {role} yang pertama; akun lain dibuat setelah masuk.")
                         .format(role=role.label))

    def validatePage(self) -> bool:
        fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                  "password": self.password}
        if self.password.text() != self.password_again.text():
            self.error.show_error(ValidationError(self.tr("Kedua kata sandi tidak sama."),
                                                  "password"), fields)
            return False
        mode = self.mode_page.mode
        account = NewAccount(self.username.text(), self.full_name.text(), ROLES_BY_MODE[mode][0],
                             self.password.text(), self.nip.text() or None)
        try:
            self.result = setup_installation(self.ctx, mode, self.office_page.office_code,
                                             account)
        except PantauError as exc:
            self.error.show_error(exc, fields)
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self, account_page: AccountPage) -> None:
        super().__init__()
        self.account_page = account_page
        self.setTitle(self.tr("Selesai"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:
        result = self.account_page.result
        if result is None:
            return
        self.summary.setText(self.tr(
            "Pantau siap dipakai.\n\nPerangkat: {device}\nSidik kunci: {fingerprint}\n\n"
            "Masuk dengan akun {username}."
        ).format(device=result.device.id, fingerprint=result.key_fingerprint,
                 username=result.account.username))


class SetupWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Penyiapan Pantau"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        # Once the account page has saved, there is nothing left to cancel.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Simpan"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.mode_page = ModePage(ctx)
        self.office_page = OfficePage(self.mode_page)
        self.account_page = AccountPage(ctx, self.mode_page, self.office_page)
        self.done_page = DonePage(self.account_page)
        for page in (self.mode_page, self.office_page, self.account_page, self.done_page):
            self.addPage(page)
        self.resize(640, 480)

    @property
    def result_of_setup(self) -> SetupResult | None:
        return self.account_page.result

    @property
    def is_set_up(self) -> bool:
        """Set up by typing (the account page saved) or from a setup file."""
        return self.account_page.result is not None or \
            self.mode_page.device_from_file is not None

    def finish_from_file(self, city_fingerprint: str) -> None:
        device = self.mode_page.device_from_file
        assert device is not None
        QMessageBox.information(self, self.tr("Penyiapan selesai"), self.tr(
            "Pantau disiapkan dari berkas kota.\n\nMode: {mode}\nKantor: {office}\n"
            "Perangkat: {device}\nKunci kota disematkan: {fingerprint}\n\n"
            "Masuk dengan akun yang diberikan kota."
        ).format(mode=device.mode.label, office=device.office_code, device=device.id,
                 fingerprint=city_fingerprint))
        self.accept()
