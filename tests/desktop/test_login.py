"""Login (Masuk): wrong passwords, lockout after five, and a successful login."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from core.context import AppContext
from core.roles import Role
from desktop.dialogs.login import LoginDialog
from tests.conftest import PASSWORD, FakeClock
from tests.desktop.ui import child, click, dialog_button, save_shot, type_into


@pytest.fixture
def login(qtbot, office: AppContext) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(office, "Kelurahan Simpang IV Sipin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def attempt(qtbot, dialog: LoginDialog, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, child(dialog, QLineEdit, "username"), username)
    type_into(qtbot, child(dialog, QLineEdit, "password"), password)
    click(qtbot, dialog_button(dialog, "Masuk"))


def error_text(dialog: LoginDialog) -> str:
    label = child(dialog, QLabel, "formError")
    return label.text() if label.isVisible() else ""


def test_wrong_password_shows_error_and_clears_password(
        qtbot, login: LoginDialog, shots: Path) -> None:  # type: ignore[no-untyped-def]
    assert login.windowTitle() == "Masuk ke Pantau"
    assert child(login, QLabel, "formError").isHidden()
    save_shot(login, shots, "login", share=True)
    attempt(qtbot, login, "lurah", "salah12345")

    assert error_text(login) == "Nama pengguna atau kata sandi salah."
    assert child(login, QLineEdit, "password").text() == ""
    assert child(login, QLineEdit, "username").text() == "lurah"
    assert login.isVisible()
    assert login.actor is None
    save_shot(login, shots, "login-error", share=True)


def test_unknown_user_gets_the_same_message_as_a_wrong_password(
        qtbot, login: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    attempt(qtbot, login, "siapa", PASSWORD)
    assert error_text(login) == "Nama pengguna atau kata sandi salah."
    assert login.actor is None


def test_five_wrong_passwords_lock_the_account_for_five_minutes(
        qtbot, login: LoginDialog, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        attempt(qtbot, login, "lurah", "salah12345")
        assert error_text(login) == "Nama pengguna atau kata sandi salah."
    attempt(qtbot, login, "lurah", "salah12345")
    assert error_text(login) == "5 kali kata sandi salah: akun dikunci 5 menit."
    assert child(login, QLineEdit, "password").text() == ""

    # Even the right password waits out the lock.
    clock.advance(minutes=4)
    attempt(qtbot, login, "lurah", PASSWORD)
    assert error_text(login) == "Terlalu banyak kata sandi salah. Coba lagi dalam 1 menit."
    assert login.actor is None
    assert login.isVisible()

    clock.advance(minutes=1, seconds=1)
    with qtbot.waitSignal(login.accepted, timeout=2000):
        attempt(qtbot, login, "lurah", PASSWORD)
    assert login.actor is not None
    assert login.actor.username == "lurah"


def test_correct_password_accepts_with_actor(
        qtbot, login: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    attempt(qtbot, login, "lurah", "salah12345")
    with qtbot.waitSignal(login.accepted, timeout=2000):
        attempt(qtbot, login, "  Lurah ", PASSWORD)  # as typed: spaces and capitals
    assert login.result() == QDialog.DialogCode.Accepted
    assert not login.isVisible()
    actor = login.actor
    assert actor is not None
    assert actor.username == "lurah"
    assert actor.role is Role.HEAD
    assert actor.office_code == "15.71.01.1001"


def test_enter_in_password_field_logs_in(qtbot, login: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, child(login, QLineEdit, "username"), "lurah")
    password = child(login, QLineEdit, "password")
    type_into(qtbot, password, PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=2000):
        qtbot.keyClick(password, Qt.Key.Key_Return)
    assert login.actor is not None and login.actor.username == "lurah"


def test_cancel_rejects_without_actor(qtbot, login: LoginDialog) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, child(login, QLineEdit, "username"), "lurah")
    with qtbot.waitSignal(login.rejected, timeout=2000):
        click(qtbot, dialog_button(login, "Batal"))
    assert login.result() == QDialog.DialogCode.Rejected
    assert login.actor is None
