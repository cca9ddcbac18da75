"""Background work with a progress dialog that appears only when the work takes a while."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import PantauError

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 500


class Progress:
    """Handed to the work function: report progress, look whether the user cancelled."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _TaskSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except PantauError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # reported to the user, logged with its traceback
            log.error("background task failed\n%s", traceback.format_exc())
            self.signals.failed.emit(f"Terjadi kesalahan: {exc}")
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs work off the UI thread; at most one progress dialog per task."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._running: set[_Task] = set()

    def run(self, parent: QWidget, title: str, work: Callable[[Progress], Any],
            on_done: Callable[[Any], None], on_error: Callable[[str], None],
            cancellable: bool = False) -> _Task:
        task = _Task(work)
        task.setAutoDelete(False)
        dialog = QProgressDialog(title, self.tr("Batal") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.progress.cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            self._running.discard(task)

        task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda result: (finish(), on_done(result)))
        task.signals.failed.connect(lambda message: (finish(), on_error(message)))
        self._running.add(task)
        self._pool.start(task)
        return task

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
