"""The `pantau` command as a person (or a scheduled task) runs it."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import __version__
from core.demo import DEMO_OFFICE_FOLDER, build_demo
from db.migrate import head_revision

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "pantau-rev0001.db"


def pantau(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120,
                          env=env if env is not None else os.environ.copy())


@pytest.fixture(scope="module")
def demo_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo")).office_dir


def test_version() -> None:
    result = pantau("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Pantau {__version__}"


def test_the_window_without_a_display_says_so_in_one_line_and_fails(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = pantau("--data-dir", str(tmp_path / "data"), env=env)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "tidak ada layar" in lines[0] and "make demo" in lines[0]
    assert not (tmp_path / "data").exists()


def test_self_test_prints_one_line_and_succeeds() -> None:
    result = pantau("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("self-test OK")


def test_verify_log_prints_the_head_and_fails_on_a_tampered_log(tmp_path: Path,
                                                                demo_office: Path) -> None:
    data_dir = tmp_path / "office"
    shutil.copytree(demo_office, data_dir)
    with sqlite3.connect(data_dir / "pantau.db") as con:
        seq, digest = con.execute("SELECT seq, hash FROM log_head").fetchone()
    result = pantau("verify-log", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert f"kepala seq {seq}, hash {digest}" in result.stdout
    with sqlite3.connect(data_dir / "pantau.db") as con:
        con.execute("UPDATE change_log SET actor = 'penyusup' WHERE seq = 2")
    result = pantau("--data-dir", str(data_dir), "verify-log")
    assert result.returncode == 1 and "RUSAK" in result.stdout and "seq 2" in result.stdout


def test_db_backup_check_and_restore(tmp_path: Path, demo_office: Path) -> None:
    data_dir = tmp_path / "office"
    shutil.copytree(demo_office, data_dir)
    result = pantau("db", "backup", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    backup = Path(result.stdout.split("Cadangan dibuat: ")[1].strip())
    assert backup.exists() and backup.parent == data_dir / "backups"
    check = pantau("db", "check", "--data-dir", str(data_dir))
    assert check.returncode == 0 and "Integritas: OK" in check.stdout
    # Something goes wrong after the backup: the staff list is wiped.
    with sqlite3.connect(data_dir / "pantau.db") as con:
        con.execute("DELETE FROM staff")
    restored = pantau("db", "restore", str(backup), "--data-dir", str(data_dir))
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(data_dir / "pantau.db") as con:
        assert con.execute("SELECT count(*) FROM staff").fetchone()[0] == 12
    assert "sebelum-pulih" in restored.stdout
    assert pantau("verify-log", "--data-dir", str(data_dir)).returncode == 0


def test_restoring_a_file_that_is_not_a_backup_changes_nothing(tmp_path: Path,
                                                               demo_office: Path) -> None:
    data_dir = tmp_path / "office"
    shutil.copytree(demo_office, data_dir)
    bogus = tmp_path / "foto.db"
    bogus.write_bytes(b"\x89PNG not a database")
    before = (data_dir / "pantau.db").read_bytes()
    result = pantau("db", "restore", str(bogus), "--data-dir", str(data_dir))
    assert result.returncode == 1 and "bukan database Pantau" in result.stderr
    assert (data_dir / "pantau.db").read_bytes() == before


def test_db_check_reports_a_pending_upgrade_and_db_upgrade_applies_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    data_dir.mkdir()
    shutil.copyfile(FIXTURE, data_dir / "pantau.db")
    before = (data_dir / "pantau.db").read_bytes()
    check = pantau("db", "check", "--data-dir", str(data_dir))
    head = head_revision()
    assert check.returncode == 0 and f"Skema: 0001 (perlu upgrade ke {head})" in check.stdout
    assert (data_dir / "pantau.db").read_bytes() == before
    upgrade = pantau("db", "upgrade", "--data-dir", str(data_dir))
    assert upgrade.returncode == 0, upgrade.stderr
    assert f"Skema diperbarui dari 0001 ke {head}" in upgrade.stdout
    assert "Cadangan sebelum upgrade" in upgrade.stdout
    again = pantau("db", "upgrade", "--data-dir", str(data_dir))
    assert "sudah terbaru" in again.stdout


def test_a_foreign_file_is_refused_by_every_command_with_a_clear_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    data_dir.mkdir()
    (data_dir / "pantau.db").write_text("bukan database", encoding="utf-8")
    for command in (["verify-log"], ["db", "upgrade"], ["db", "check"], ["db", "backup"]):
        result = pantau(*command, "--data-dir", str(data_dir))
        assert result.returncode == 1, command
        assert "bukan database Pantau" in result.stderr
        assert "Traceback" not in result.stderr
    assert (data_dir / "pantau.db").read_text(encoding="utf-8") == "bukan database"


def test_demo_writes_screenshots_of_the_main_pages(tmp_path: Path) -> None:
    result = pantau("demo", "--out", str(tmp_path / "demo-city"))
    assert result.returncode == 0, result.stderr
    shots = sorted(p.name for p in (tmp_path / "demo-city" / "screenshots").glob("*.png"))
    office_pages = {re.sub(r"^\d\d-", "", s) for s in shots if not s.startswith("kota-")}
    assert {"masuk.png", "beranda.png", "pegawai.png", "pengaturan.png"} <= office_pages
    assert all((tmp_path / "demo-city" / "screenshots" / s).stat().st_size > 5_000
               for s in shots)
    assert "kota-01-beranda.png" in shots
    assert any(re.fullmatch(r"kota-\d\d-pengaturan\.png", s) for s in shots)
    assert (tmp_path / "demo-city" / DEMO_OFFICE_FOLDER / "pantau.db").exists()
    assert "lurah / pantau2026" in result.stdout and "admin / pantau2026" in result.stdout
