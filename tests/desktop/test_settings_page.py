"""Pengaturan: users, own password, backups, change-log check, units at the hub."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
)

from core.context import AppContext
from core.errors import AuthenticationError
from core.roles import Actor, Role
from core.services.accounts import authenticate
from core.services.offices import Level, list_offices
from desktop.dialogs.accounts import ChangePasswordDialog, NewUserDialog
from desktop.dialogs.offices import NewUnitDialog
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.settings import SettingsPage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.conftest import PASSWORD
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_tab,
    cut_short_columns,
    dialog_button,
    goto,
    message_button,
    save_shot,
    table_column,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]


def open_settings(qtbot, make_window: MakeWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
                  actor: Actor) -> tuple[MainWindow, SettingsPage]:
    window = make_window(ctx, actor)
    page = goto(qtbot, window, "Pengaturan")
    assert isinstance(page, SettingsPage)
    return window, page


def tab(qtbot, page: SettingsPage, title: str):  # type: ignore[no-untyped-def]
    return click_tab(qtbot, child(page, QTabWidget, "settingsTabs"), title)


def error_of(dialog) -> str:  # type: ignore[no-untyped-def]
    label = child(dialog, QLabel, "formError")
    return label.text() if label.isVisible() else ""


# --- Pengguna --------------------------------------------------------------------------

def test_head_adds_an_operator_through_the_new_user_dialog(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    window, page = open_settings(qtbot, make_window, office, head)
    users_tab = tab(qtbot, page, "Pengguna")
    table = child(users_tab, QTableView, "usersTable")
    assert table_column(table, "Nama pengguna") == ["lurah"]
    offered: list[str] = []

    def fill(dialog: NewUserDialog) -> None:
        assert dialog.windowTitle() == "Tambah pengguna"
        role = child(dialog, QComboBox, "role")
        offered.extend(role.itemText(i) for i in range(role.count()))
        type_into(qtbot, child(dialog, QLineEdit, "username"), "operator1")
        type_into(qtbot, child(dialog, QLineEdit, "full_name"), "Dewi Lestari")
        choose(qtbot, role, "Operator")
        type_into(qtbot, child(dialog, QLineEdit, "password"), "mulai2026")
        type_into(qtbot, child(dialog, QLineEdit, "password_again"), "mulai2026")
        save_shot(dialog, shots, "new-user-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(NewUserDialog, fill)
    click(qtbot, child(users_tab, QPushButton, "addUser"))
    modals.check()

    assert offered == ["Operator", "Pimpinan (lurah/camat)"]
    assert table_column(table, "Nama pengguna") == ["lurah", "operator1"]
    assert table_column(table, "Peran") == ["Pimpinan (lurah/camat)", "Operator"]
    assert table_column(table, "Status") == ["aktif", "aktif"]
    actor = authenticate(office, "operator1", "mulai2026")
    assert actor.role is Role.OPERATOR
    save_shot(window, shots, "settings-pengguna", share=True)
    # The head's NIP and "Pimpinan (lurah/camat)" are readable in full.
    assert cut_short_columns(table) == []


def test_new_user_dialog_stays_open_on_taken_name_and_mismatched_passwords(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    _window, page = open_settings(qtbot, make_window, office, head)
    users_tab = tab(qtbot, page, "Pengguna")
    messages: list[str] = []

    def fill(dialog: NewUserDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "username"), "lurah")
        type_into(qtbot, child(dialog, QLineEdit, "full_name"), "Dewi Lestari")
        type_into(qtbot, child(dialog, QLineEdit, "password"), "mulai2026")
        type_into(qtbot, child(dialog, QLineEdit, "password_again"), "mulai2027")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        messages.append(error_of(dialog))
        type_into(qtbot, child(dialog, QLineEdit, "password_again"), "mulai2026")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        messages.append(error_of(dialog))
        assert child(dialog, QLineEdit, "username").styleSheet() == INVALID_STYLE
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(NewUserDialog, fill)
    click(qtbot, child(users_tab, QPushButton, "addUser"))
    modals.check()
    assert messages == ["Kedua kata sandi baru tidak sama.",
                        "Nama pengguna lurah sudah dipakai."]
    assert table_column(child(users_tab, QTableView, "usersTable"), "Nama pengguna") == ["lurah"]


# --- Akun saya -------------------------------------------------------------------------

def test_change_own_password_wrong_old_password_shows_message_then_succeeds(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    _window, page = open_settings(qtbot, make_window, office, operator)
    account_tab = tab(qtbot, page, "Akun saya")
    messages: list[str] = []
    confirmation: list[str] = []

    def fill(dialog: ChangePasswordDialog) -> None:
        assert dialog.windowTitle() == "Ganti kata sandi"
        type_into(qtbot, child(dialog, QLineEdit, "old_password"), "bukan-ini-1")
        type_into(qtbot, child(dialog, QLineEdit, "new_password"), "baru2026ok")
        type_into(qtbot, child(dialog, QLineEdit, "new_password_again"), "baru2026ok")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        messages.append(error_of(dialog))
        save_shot(dialog, shots, "change-password-error", share=True)
        type_into(qtbot, child(dialog, QLineEdit, "old_password"), PASSWORD)
        click(qtbot, dialog_button(dialog, "Simpan"))

    def acknowledge(box: QMessageBox) -> None:
        confirmation.append(box.text())
        click(qtbot, message_button(box))

    modals.expect(ChangePasswordDialog, fill)
    modals.expect(QMessageBox, acknowledge)
    click(qtbot, child(account_tab, QPushButton, "changePassword"))
    modals.check()

    assert messages == ["Kata sandi lama salah."]
    assert confirmation == ["Kata sandi sudah diganti."]
    assert authenticate(office, "operator", "baru2026ok").username == "operator"
    with pytest.raises(AuthenticationError):
        authenticate(office, "operator", PASSWORD)


def test_change_password_refuses_a_weak_new_password(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    _window, page = open_settings(qtbot, make_window, office, head)
    messages: list[str] = []

    def fill(dialog: ChangePasswordDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "old_password"), PASSWORD)
        type_into(qtbot, child(dialog, QLineEdit, "new_password"), "pendek1")
        type_into(qtbot, child(dialog, QLineEdit, "new_password_again"), "pendek1")
        click(qtbot, dialog_button(dialog, "Simpan"))
        messages.append(error_of(dialog))
        assert child(dialog, QLineEdit, "new_password").styleSheet() == INVALID_STYLE
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(ChangePasswordDialog, fill)
    click(qtbot, child(page, QPushButton, "changePassword"))
    modals.check()
    assert messages == ["Kata sandi minimal 8 karakter."]
    assert authenticate(office, "lurah", PASSWORD).username == "lurah"


# --- Perangkat dan cadangan ------------------------------------------------------------

def test_backup_now_runs_in_background_and_lists_the_new_backup(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window, page = open_settings(qtbot, make_window, office, head)
    device_tab = tab(qtbot, page, "Perangkat dan cadangan")
    backups = child(device_tab, QListWidget, "backupList")
    before = backups.count()
    result = child(device_tab, QLabel, "maintenanceResult")

    click(qtbot, child(device_tab, QPushButton, "backupNow"))
    qtbot.waitUntil(lambda: backups.count() == before + 1, timeout=10_000)

    made = sorted(office.data_dir.backups.glob("pantau-*-manual.db"))
    assert len(made) == 1
    assert made[0].name == "pantau-20261125-013000-manual.db"  # named by the office clock
    assert backups.item(0).text() == made[0].name
    assert result.text() == f"Cadangan dibuat: {made[0]}"
    save_shot(window, shots, "settings-perangkat", share=True)


def test_verify_log_reports_the_chain_intact(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_settings(qtbot, make_window, office, head)
    device_tab = tab(qtbot, page, "Perangkat dan cadangan")
    result = child(device_tab, QLabel, "maintenanceResult")
    assert result.text() == ""
    click(qtbot, child(device_tab, QPushButton, "verifyLog"))
    qtbot.waitUntil(lambda: "utuh" in result.text(), timeout=10_000)
    assert result.text() == (f"Log {office.device.id[:8]}: utuh, 1 entri, kepala seq 1")


# --- Unit kerja (hub) ------------------------------------------------------------------

@pytest.fixture
def hub_settings(qtbot, hub: AppContext, admin: Actor) -> SettingsPage:  # type: ignore[no-untyped-def]
    """The hub's Pengaturan page on its own: the hub main window cannot open yet
    (see test_main_window.test_hub_admin_main_window_has_beranda_pengaturan_and_unit_kerja)."""
    page = SettingsPage(AppState(hub, admin), TaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def units(ctx: AppContext) -> list[str]:
    with ctx.read() as session:
        return [office.code for office in list_offices(session, Level.UNIT)]


def test_hub_admin_adds_a_puskesmas_unit(
        qtbot, hub_settings: SettingsPage, hub: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    units_tab = tab(qtbot, hub_settings, "Unit kerja")
    table = child(units_tab, QTableView, "unitsTable")
    assert "15.71.PKM.001" not in table_column(table, "Kode")

    def fill(dialog: NewUnitDialog) -> None:
        assert dialog.windowTitle() == "Tambah unit kerja"
        type_into(qtbot, child(dialog, QLineEdit, "code"), "15.71.PKM.001")
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Puskesmas Simpang IV Sipin")
        choose(qtbot, child(dialog, QComboBox, "parent_code"), "Kecamatan Telanaipura")
        save_shot(dialog, shots, "new-unit-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(NewUnitDialog, fill)
    click(qtbot, child(units_tab, QPushButton, "addUnit"))
    modals.check()

    assert units(hub) == ["15.71.PKM.001"]
    codes = table_column(table, "Kode")
    row = codes.index("15.71.PKM.001")
    assert table_column(table, "Tingkat")[row] == "Unit kerja"
    assert table_column(table, "Nama")[row] == "Puskesmas Simpang IV Sipin"
    assert table_column(table, "Induk")[row] == "15.71.01"
    assert cut_short_columns(table) == []
    save_shot(hub_settings, shots, "settings-unit-kerja", share=True)


@pytest.mark.parametrize(("code", "message"), [
    ("15.71.XYZ.001", "Jenis unit XYZ tidak dikenal (pilih: OPD, PKM, UPT)."),
    ("PKM-001", "Kode unit harus berbentuk KOTA.JENIS.NOMOR, misalnya 15.71.PKM.003 "
                "(jenis: OPD, PKM, UPT)."),
    ("15.72.PKM.001", "Kode unit harus diawali kode kota 15.71."),
])
def test_bad_unit_code_keeps_dialog_open_with_message(
        qtbot, hub_settings: SettingsPage, hub: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, code: str, message: str) -> None:
    units_tab = tab(qtbot, hub_settings, "Unit kerja")
    seen: list[tuple[str, str]] = []

    def fill(dialog: NewUnitDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "code"), code)
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Puskesmas Uji")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        seen.append((error_of(dialog), child(dialog, QLineEdit, "code").styleSheet()))
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(NewUnitDialog, fill)
    click(qtbot, child(units_tab, QPushButton, "addUnit"))
    modals.check()
    assert seen == [(message, INVALID_STYLE)]
    assert units(hub) == []
