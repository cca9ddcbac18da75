"""Unexpected errors: a crash log in logs/, and a message telling the user where it is."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.crash import install_crash_handler
from tests.desktop.ui import ModalDriver, click, message_button

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    """The crash handler installed for tmp_path/logs; the previous hook comes back after."""
    previous = sys.excepthook
    folder = tmp_path / "logs"
    try:
        install_crash_handler(folder)
        assert sys.excepthook is not previous
        yield folder
    finally:
        sys.excepthook = previous


def raised(exc: BaseException) -> ExcInfo:
    def fail_deep_inside() -> None:
        raise exc

    try:
        fail_deep_inside()
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__
    raise AssertionError("not raised")


def test_excepthook_writes_crash_log_and_shows_critical_box(
        qtbot, logs: Path, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    texts: list[tuple[str, str]] = []

    def handle(box: QMessageBox) -> None:
        assert box.icon() is QMessageBox.Icon.Critical
        texts.append((box.windowTitle(), box.text()))
        click(qtbot, message_button(box))

    modals.expect(QMessageBox, handle)
    sys.excepthook(*raised(ValueError("data pegawai rusak")))
    modals.check()

    [log] = list(logs.glob("crash-*.log"))
    content = log.read_text(encoding="utf-8")
    assert content.startswith("Traceback (most recent call last):")
    assert "fail_deep_inside" in content
    assert content.rstrip().endswith("ValueError: data pegawai rusak")
    [(title, text)] = texts
    assert title == "Terjadi kesalahan"
    assert "data pegawai rusak" in text
    assert str(log) in text
    assert "Data yang sudah tersimpan tidak hilang." in text


def test_error_in_a_button_slot_reaches_the_crash_handler(
        qtbot, logs: Path, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    button = QPushButton("Rusak")
    qtbot.addWidget(button)
    button.show()

    def broken() -> None:
        raise RuntimeError("slot gagal")

    button.clicked.connect(broken)
    texts: list[str] = []

    def handle(box: QMessageBox) -> None:
        texts.append(box.text())
        click(qtbot, message_button(box))

    modals.expect(QMessageBox, handle)
    click(qtbot, button)
    modals.check()
    [log] = list(logs.glob("crash-*.log"))
    assert "RuntimeError: slot gagal" in log.read_text(encoding="utf-8")
    assert "slot gagal" in texts[0]


def test_two_crashes_in_the_same_second_keep_both_logs(
        qtbot, logs: Path, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        modals.expect(QMessageBox, lambda box: click(qtbot, message_button(box)))
    sys.excepthook(*raised(ValueError("pertama")))
    sys.excepthook(*raised(ValueError("kedua")))
    modals.check()
    contents = sorted(path.read_text(encoding="utf-8").splitlines()[-1]
                      for path in logs.glob("crash-*.log"))
    assert contents == ["ValueError: kedua", "ValueError: pertama"]


def test_keyboard_interrupt_is_left_to_python(
        logs: Path, modals: ModalDriver, capsys: pytest.CaptureFixture[str]) -> None:
    sys.excepthook(*raised(KeyboardInterrupt()))
    modals.check()  # no message box
    assert not logs.exists() or not list(logs.glob("crash-*.log"))
    assert "KeyboardInterrupt" in capsys.readouterr().err
