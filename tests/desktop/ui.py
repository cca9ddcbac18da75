"""Driving the Pantau window the way a user does: clicks, typing, and modal dialogs.

Pages open their dialogs with `.exec()`, which blocks the test until the dialog closes.
`ModalDriver` answers them from a timer that runs inside that nested event loop: each
expected dialog is handled by a callback; a dialog nobody expected, a callback that fails,
or a dialog left open by its callback is closed and reported, so a broken test fails
instead of hanging.
"""

from __future__ import annotations

import shutil
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

W = TypeVar("W", bound=QObject)
SHARED_SHOTS = Path("/tmp/pantau-shots")
MODAL_TIMEOUT_S = 5.0


class ModalDriver:
    """Answers modal dialogs in the order they are expected."""

    def __init__(self) -> None:
        self._queue: deque[tuple[type[QWidget], Callable[[Any], None]]] = deque()
        self._handling: list[QWidget] = []
        self._deadline: float | None = None
        self.errors: list[BaseException] = []
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def expect(self, cls: type[W], handler: Callable[[W], None]) -> None:
        """The next modal dialog must be a `cls`; `handler` fills it in and closes it."""
        if not self._queue:
            self._deadline = time.monotonic() + MODAL_TIMEOUT_S
        self._queue.append((cls, handler))  # type: ignore[arg-type]

    def check(self) -> None:
        """Raise what went wrong; every expected dialog must have appeared."""
        if self.errors:
            error = self.errors[0]
            self.errors.clear()
            raise error
        missing = [cls.__name__ for cls, _handler in self._queue]
        self._queue.clear()
        assert not missing, f"expected dialog(s) never appeared: {missing}"

    def stop(self) -> None:
        self._timer.stop()

    def _fail(self, error: BaseException, widget: QWidget | None) -> None:
        self.errors.append(error)
        self._queue.clear()
        if widget is not None:
            _close(widget)

    def _tick(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and widget not in self._handling \
                and not isinstance(widget, QProgressDialog):
            if not self._queue:
                self._fail(AssertionError(
                    f"unexpected dialog {type(widget).__name__}: {_describe(widget)}"), widget)
                return
            cls, handler = self._queue[0]
            if isinstance(widget, cls):
                self._queue.popleft()
                self._deadline = time.monotonic() + MODAL_TIMEOUT_S
                self.seen.append(type(widget).__name__)
                self._run(widget, handler)
                return
        if self._queue and self._deadline is not None and time.monotonic() > self._deadline:
            cls = self._queue[0][0]
            found = None if widget is None else f"{type(widget).__name__}: {_describe(widget)}"
            self._fail(AssertionError(f"expected dialog {cls.__name__}, found {found}"),
                       widget if widget not in self._handling else None)

    def _run(self, widget: QWidget, handler: Callable[[Any], None]) -> None:
        self._handling.append(widget)
        try:
            handler(widget)
        except BaseException as exc:  # reported by check(); the dialog must not stay open
            self._fail(exc, widget)
            return
        finally:
            self._handling.remove(widget)
        if widget.isVisible():
            self._fail(AssertionError(
                f"{type(widget).__name__} still open after its handler: {_describe(widget)}"),
                widget)


def _describe(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        return widget.text()
    return widget.windowTitle()


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()


# --- finding and using widgets ---------------------------------------------------------

def child(parent: QWidget, cls: type[W], name: str) -> W:
    found = parent.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r} in {type(parent).__name__}"
    return found


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget.objectName() or widget} is not visible"
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    assert field.text() == text


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick an item of a combo box by typing its text, as with the keyboard."""
    # Typed letters add up to one search only within the keyboard input interval;
    # a busy test machine must not split the word into separate searches.
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(5000)
    try:
        qtbot.keyClicks(combo, text)
    finally:
        QApplication.setKeyboardInputInterval(interval)
    assert combo.currentText() == text, f"{combo.objectName()}: {combo.currentText()!r}"


def dialog_button(dialog: QWidget, text: str) -> QPushButton:
    """A button of the dialog's button box by its (Indonesian) text."""
    box = dialog.findChild(QDialogButtonBox)
    buttons = box.buttons() if box is not None else dialog.findChildren(QAbstractButton)
    matches = [b for b in buttons if b.text().replace("&", "") == text]
    assert len(matches) == 1, f"button {text!r} in {[b.text() for b in buttons]}"
    return matches[0]  # type: ignore[return-value]


def message_button(box: QMessageBox) -> QAbstractButton:
    buttons = box.buttons()
    assert len(buttons) == 1, [b.text() for b in buttons]
    return buttons[0]


def click_list_item(qtbot: Any, view: QListWidget, text: str) -> None:
    items = view.findItems(text, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1, f"{text!r} in {view.objectName()}: {len(items)} matches"
    view.scrollToItem(items[0])
    rect = view.visualItemRect(items[0])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentItem() is items[0]


def visible_list_texts(view: QListWidget) -> list[str]:
    return [view.item(row).text() for row in range(view.count()) if not view.item(row).isHidden()]


def table_rows(table: QTableView) -> list[list[str]]:
    """What the table shows, row by row, as text (after filtering and sorting)."""
    model = table.model()
    return [[model.index(row, col).data() for col in range(model.columnCount())]
            for row in range(model.rowCount())]


def table_column(table: QTableView, title: str) -> list[str]:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = titles.index(title)
    return [row[col] for row in table_rows(table)]


def row_index(table: QTableView, text: str, column: int = 0) -> QModelIndex:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, column).data() == text:
            return model.index(row, column)
    raise AssertionError(f"{text!r} not in {table.objectName()}: {table_rows(table)}")


def click_row(qtbot: Any, table: QTableView, text: str, double: bool = False) -> None:
    index = row_index(table, text)
    table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
    pos = table.visualRect(index).center()
    if double:
        # A real double click starts with a press that selects the row.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_tab(qtbot: Any, tabs: QTabWidget, title: str) -> QWidget:
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert title in titles, f"tab {title!r} not in {titles}"
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index(title)).center())
    assert tabs.tabText(tabs.currentIndex()) == title
    return tabs.currentWidget()


def save_shot(widget: QWidget, folder: Path, name: str, share: bool = False) -> Path:
    """Save what `widget` looks like; `share` also copies it to /tmp/pantau-shots."""
    QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    assert path.stat().st_size > 0
    if share:
        SHARED_SHOTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, SHARED_SHOTS / path.name)
    return path


def goto(qtbot: Any, window: Any, title: str) -> Any:
    """Click an area in the main window's sidebar; returns the page it shows."""
    click_list_item(qtbot, window.sidebar, title)
    page = window.stack.currentWidget()
    assert page is window.pages[list(window.pages)[window.sidebar.currentRow()]]
    assert page.isVisible()
    return page


def cut_short_columns(table: QTableView) -> list[str]:
    """Titles of columns narrower than their header or cell text needs (shown elided)."""
    QApplication.processEvents()
    header = table.horizontalHeader()
    model = table.model()
    return [model.headerData(col, Qt.Orientation.Horizontal)
            for col in range(model.columnCount())
            if table.columnWidth(col) < max(table.sizeHintForColumn(col),
                                            header.sectionSizeHint(col))]
