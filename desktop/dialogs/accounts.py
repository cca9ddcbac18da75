"""Account dialogs: change own password, add a user, reset a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from core.roles import Role
from core.services.accounts import NewAccount
from desktop.forms import FormDialog


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePasswordDialog(FormDialog):
    def __init__(self, save: Callable[[str, str], object], parent: QWidget | None = None
                 ) -> None:
        super().__init__(self.tr("Ganti kata sandi"), parent)
        self._save = save
        self.old = _password_field("old_password")
        self.new = _password_field("new_password")
        self.again = _password_field("new_password_again")
        self.form.addRow(self.tr("Kata sandi lama"), self.old)
        self.form.addRow(self.tr("Kata sandi baru"), self.new)
        self.form.addRow(self.tr("Ulangi kata sandi baru"), self.again)
        self.fields = {"password": self.new}

    def submit(self) -> None:
        self.check_repeat(self.new, self.again)
        self._save(self.old.text(), self.new.text())


class NewUserDialog(FormDialog):
    def __init__(self, roles: tuple[Role, ...], save: Callable[[NewAccount], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tambah pengguna"), parent)
        self._save = save
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.nip = QLineEdit()
        self.nip.setObjectName("nip")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in roles:
            self.role.addItem(role.label, role)
        self.password = _password_field("password")
        self.again = _password_field("password_again")
        self.form.addRow(self.tr("Nama pengguna"), self.username)
        self.form.addRow(self.tr("Nama lengkap"), self.full_name)
        self.form.addRow(self.tr("NIP (boleh kosong)"), self.nip)
        self.form.addRow(self.tr("Peran"), self.role)
        self.form.addRow(self.tr("Kata sandi awal"), self.password)
        self.form.addRow(self.tr("Ulangi kata sandi"), self.again)
        self.fields = {"username": self.username, "full_name": self.full_name, "nip": self.nip,
                       "password": self.password}

    def submit(self) -> None:
        self.check_repeat(self.password, self.again)
        # Qt hands item data back as a plain str, not as the StrEnum it was given.
        self._save(NewAccount(self.username.text(), self.full_name.text(),
                              Role(self.role.currentData()), self.password.text(),
                              self.nip.text() or None))


class ResetPasswordDialog(FormDialog):
    def __init__(self, username: str, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Atur ulang kata sandi {username}").format(username=username),
                         parent)
        self._save = save
        self.new = _password_field("new_password")
        self.again = _password_field("new_password_again")
        self.form.addRow(self.tr("Kata sandi baru"), self.new)
        self.form.addRow(self.tr("Ulangi kata sandi baru"), self.again)
        self.fields = {"password": self.new}

    def submit(self) -> None:
        self.check_repeat(self.new, self.again)
        self._save(self.new.text())
