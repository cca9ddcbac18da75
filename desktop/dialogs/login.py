"""Login (Masuk)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.context import AppContext
from core.errors import PantauError
from core.roles import Actor
from core.services.accounts import authenticate
from desktop.forms import ErrorLabel


class LoginDialog(QDialog):
    def __init__(self, ctx: AppContext, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk ke Pantau"))
        self.setMinimumWidth(380)
        title = QLabel(f"<h2>Pantau</h2><p>{office_name}</p>")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.actor = authenticate(self.ctx, self.username.text(), self.password.text())
        except PantauError as exc:
            self.password.clear()
            self.error.show_error(exc)
            self.password.setFocus()
            return
        self.accept()
