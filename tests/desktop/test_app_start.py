"""`run_gui` from start to the main window: setup on first start, then login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QRadioButton, QWizard

from desktop.app import run_gui
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.setup_wizard import SetupWizard
from desktop.main_window import MainWindow
from tests.conftest import PASSWORD, FakeClock, open_office
from tests.desktop.test_main_window import OFFICE_SIDEBAR
from tests.desktop.ui import (
    ModalDriver,
    child,
    click,
    click_list_item,
    dialog_button,
    save_shot,
    type_into,
)

WATCHDOG_MS = 20_000


class MainWindowCloser:
    """Once run_gui shows the main window and enters app.exec(), look at it and close it."""

    def __init__(self, shots: Path) -> None:
        self.shots = shots
        self.window: dict[str, object] = {}
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.watchdog = QTimer()
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(lambda: QApplication.exit(99))  # never hang the suite
        self.watchdog.start(WATCHDOG_MS)

    def tick(self) -> None:
        if QApplication.activeModalWidget() is not None:
            return
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        self.timer.stop()
        window = windows[0]
        self.window.update(title=window.windowTitle(), sidebar=window.sidebar_titles(),
                           user=window.state.actor.username)
        save_shot(window, self.shots, "run-gui-main-window", share=True)
        # Closing the last window ends app.exec() (quitOnLastWindowClosed), as for a user.
        window.close()

    def stop(self) -> None:
        self.timer.stop()
        self.watchdog.stop()


def login_as(qtbot, username: str, password: str):  # type: ignore[no-untyped-def]
    def handle(dialog: LoginDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "username"), username)
        type_into(qtbot, child(dialog, QLineEdit, "password"), password)
        click(qtbot, dialog_button(dialog, "Masuk"))
    return handle


def test_first_start_runs_setup_then_login_then_opens_main_window(
        qtbot, tmp_path: Path, modals: ModalDriver,  # type: ignore[no-untyped-def]
        restore_process_state: None, shots: Path) -> None:
    data_dir = tmp_path / "pertama"

    def set_up(wizard: SetupWizard) -> None:
        click(qtbot, child(wizard, QRadioButton, "mode_office"))
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        qtbot.keyClicks(child(wizard, QLineEdit, "officeSearch"), "Sipin")
        click_list_item(qtbot, child(wizard, QListWidget, "officeList"),
                        "Kelurahan Simpang IV Sipin  (15.71.01.1001)")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        for name, text in (("username", "lurah"), ("full_name", "Hendra Saputra"),
                           ("password", "rahasia123"), ("password_again", "rahasia123")):
            type_into(qtbot, child(wizard, QLineEdit, name), text)
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        assert wizard.currentPage() is wizard.done_page
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    modals.expect(SetupWizard, set_up)
    modals.expect(LoginDialog, login_as(qtbot, "lurah", "rahasia123"))
    closer = MainWindowCloser(shots)
    try:
        code = run_gui(data_dir, None, "id")
    finally:
        closer.stop()
    modals.check()

    assert code == 0
    assert closer.window == {"title": "Pantau — Kelurahan Simpang IV Sipin",
                             "sidebar": OFFICE_SIDEBAR, "user": "lurah"}
    assert (data_dir / "pantau.db").is_file()
    assert (data_dir / "keys" / "device_ed25519.pem").is_file()
    assert (data_dir / "logs" / "pantau.log").is_file()


def test_start_of_a_set_up_office_goes_straight_to_login(
        qtbot, tmp_path: Path, clock: FakeClock, modals: ModalDriver,  # type: ignore[no-untyped-def]
        restore_process_state: None, shots: Path) -> None:
    data_dir = tmp_path / "kantor"
    open_office(data_dir, clock).close()
    modals.expect(LoginDialog, login_as(qtbot, "lurah", PASSWORD))
    closer = MainWindowCloser(shots)
    try:
        code = run_gui(data_dir, None, "id")
    finally:
        closer.stop()
    modals.check()
    assert code == 0
    assert closer.window["user"] == "lurah"


def test_cancelling_login_ends_without_main_window(
        qtbot, tmp_path: Path, clock: FakeClock, modals: ModalDriver,  # type: ignore[no-untyped-def]
        restore_process_state: None) -> None:
    data_dir = tmp_path / "kantor"
    open_office(data_dir, clock).close()
    modals.expect(LoginDialog, lambda dialog: click(qtbot, dialog_button(dialog, "Batal")))
    assert run_gui(data_dir, None, "id") == 0
    modals.check()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]
