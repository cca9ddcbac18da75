"""One Pantau per data folder: a second window or a database command is refused."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.app import run_gui
from tests.desktop.ui import ModalDriver, click, message_button

ROOT = Path(__file__).resolve().parents[2]
PANTAU = Path(sys.executable).parent / "pantau"
HOLD_LOCK = """
import sys, time
from pathlib import Path
from core.datadir import DataDir
from core.instance import acquire_instance_lock
lock = acquire_instance_lock(DataDir(Path(sys.argv[1])).lock_file)
print("READY", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Path]:
    """A data folder whose lock another process holds (as a running Pantau would)."""
    data_dir = tmp_path / "kantor"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(holder.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(timeout=30)
        assert line == ["READY\n"], f"lock holder did not start: {holder.stderr.read()}"  # type: ignore[union-attr]
        yield data_dir
    finally:
        holder.kill()
        holder.communicate(timeout=10)


def test_second_window_shows_already_running_message_and_returns_1(
        qtbot, held: Path, modals: ModalDriver,  # type: ignore[no-untyped-def]
        capsys: pytest.CaptureFixture[str], restore_process_state: None) -> None:
    shown: list[tuple[str, str, QMessageBox.Icon]] = []

    def close(box: QMessageBox) -> None:
        shown.append((box.windowTitle(), box.text(), box.icon()))
        click(qtbot, message_button(box))

    modals.expect(QMessageBox, close)
    assert run_gui(held, None, "id") == 1
    modals.check()

    [(title, text, icon)] = shown
    assert title == "Pantau"
    assert "sudah berjalan" in text
    assert str(held) in text
    assert icon is QMessageBox.Icon.Warning
    assert "sudah berjalan" in capsys.readouterr().err
    # Nothing was opened or created in the folder the other Pantau is using.
    assert not (held / "pantau.db").exists()


def test_db_upgrade_refused_while_pantau_runs(held: Path) -> None:
    done = subprocess.run([str(PANTAU), "db", "upgrade", "--data-dir", str(held)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done
    assert "sudah berjalan" in done.stderr
    assert done.stderr.startswith("pantau: ")
    assert not (held / "pantau.db").exists()


def test_db_upgrade_runs_once_the_other_pantau_has_closed(tmp_path: Path) -> None:
    done = subprocess.run([str(PANTAU), "db", "upgrade", "--data-dir", str(tmp_path / "k")],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done
    assert "sudah berjalan" not in done.stderr
    assert (tmp_path / "k" / "pantau.db").exists()
