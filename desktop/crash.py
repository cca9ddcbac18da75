"""Unexpected errors: written to a log file, then shown to the user with where the file is."""

from __future__ import annotations

import itertools
import logging
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("pantau")


def configure_logging(logs_dir: Path) -> None:
    logs_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(logs_dir / "pantau.log", maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def write_crash_log(logs_dir: Path, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    stamp = f"crash-{datetime.now():%Y%m%d-%H%M%S}"
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    # Never overwrite: a second error in the same second must not hide the first one.
    for number in itertools.count(1):
        path = logs_dir / (f"{stamp}.log" if number == 1 else f"{stamp}-{number}.log")
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(text)
        except FileExistsError:
            continue
        break
    log.error("unexpected error, written to %s\n%s", path, text)
    return path


def install_crash_handler(logs_dir: Path) -> None:
    """Replace sys.excepthook: an error in a slot must not vanish or kill the window silently."""

    def handle(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        path = write_crash_log(logs_dir, exc_type, exc, tb)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QApplication.translate("Crash", "Terjadi kesalahan"),
                QApplication.translate(
                    "Crash",
                    "Pantau mengalami kesalahan yang tidak terduga:\n{error}\n\n"
                    "Rincian disimpan di:\n{path}\n\nKirim berkas itu ke admin kota. "
                    "Data yang sudah tersimpan tidak hilang.",
                ).format(error=exc, path=path),
            )

    sys.excepthook = handle
