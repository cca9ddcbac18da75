"""Fixtures for the GUI tests: a modal-dialog driver and logged-in main windows."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from core.context import AppContext
from core.roles import Actor
from desktop.main_window import MainWindow
from desktop.state import AppState
from tests.desktop.ui import ModalDriver
from tests.sidak.conftest import field, field_template  # noqa: F401  (hub, office, laptop)


@pytest.fixture
def modals(qtbot) -> Iterator[ModalDriver]:  # type: ignore[no-untyped-def]
    driver = ModalDriver()
    yield driver
    driver.stop()
    driver.check()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = tmp_path / "shots"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot) -> Callable[[AppContext, Actor], MainWindow]:  # type: ignore[no-untyped-def]
    """The main window as it opens after login, shown."""

    def make(ctx: AppContext, actor: Actor) -> MainWindow:
        window = MainWindow(AppState(ctx, actor))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def restore_process_state() -> Iterator[None]:
    """run_gui sets process-wide things: the default locale, a crash hook, a log file."""
    hook = sys.excepthook
    locale = QLocale()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        sys.excepthook = hook
        QLocale.setDefault(locale)
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
