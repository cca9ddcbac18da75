"""Starting the GUI: display, single instance, database, setup, login, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from core.context import AppContext, open_app
from core.datadir import DataDir
from core.errors import PantauError
from core.instance import AlreadyRunning, acquire_instance_lock
from core.services.offices import get_office
from desktop.crash import configure_logging, install_crash_handler
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.setup_wizard import SetupWizard
from desktop.i18n import install_translator
from desktop.main_window import MainWindow
from desktop.state import AppState

NO_DISPLAY_MESSAGE = (
    "Pantau: tidak ada layar (DISPLAY kosong) untuk membuka jendela; "
    "jalankan `make demo` untuk data demo dan tangkapan layar tanpa layar."
)


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Pantau")
    app.setOrganizationName("Pemerintah Kota Jambi")
    icon = Path(__file__).resolve().parent.parent / "resources" / "icons" / "pantau.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def login_and_show(ctx: AppContext) -> MainWindow | None:
    """Setup (first start) and login; returns the shown main window, or None if cancelled."""
    if not ctx.is_set_up:
        wizard = SetupWizard(ctx)
        if wizard.exec() != QDialog.DialogCode.Accepted or not wizard.is_set_up:
            return None
    with ctx.read() as session:
        office = get_office(session, ctx.device.office_code)
    login = LoginDialog(ctx, office.display_name)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    window = MainWindow(AppState(ctx, login.actor))
    window.show()
    return window


def run_gui(data_dir: Path, database_url: str | None, language: str) -> int:
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    app = application()
    install_translator(app, language)
    try:
        lock = acquire_instance_lock(DataDir(data_dir).lock_file)
    except AlreadyRunning as exc:
        print(exc.message, file=sys.stderr)
        QMessageBox.warning(None, "Pantau", exc.message)
        return 1
    try:
        configure_logging(data_dir / "logs")
        install_crash_handler(data_dir / "logs")
        try:
            ctx = open_app(data_dir, database_url)
        except PantauError as exc:
            print(exc.message, file=sys.stderr)
            QMessageBox.critical(None, "Pantau", exc.message)
            return 1
        try:
            window = login_and_show(ctx)
            if window is None:
                return 0
            return app.exec()
        finally:
            ctx.close()
    finally:
        lock.release()
