"""Copies of the SQLite database made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from core.errors import PantauError

DEFAULT_KEEP = 10
BACKUP_GLOB = "pantau-*.db"


def backup_database(database: Path, backups_dir: Path, reason: str, now: datetime,
                    keep: int = DEFAULT_KEEP) -> Path:
    """Copy `database` into `backups_dir` (consistent even while in use) and prune old copies.

    The copy is written under a temporary name and renamed, so a power cut never leaves a
    half copy that looks whole.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"pantau-{stamp}-{reason}.db"
    partial = target.with_suffix(".db.part")
    try:
        source = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise PantauError(f"Cadangan database gagal dibuat di {backups_dir}: {exc}") from exc
    prune_backups(backups_dir, keep)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(backups_dir.glob(BACKUP_GLOB), key=lambda p: p.name, reverse=True)


def prune_backups(backups_dir: Path, keep: int) -> None:
    for old in list_backups(backups_dir)[keep:]:
        old.unlink(missing_ok=True)


def has_backup_on(backups_dir: Path, day: datetime) -> bool:
    prefix = f"pantau-{day.strftime('%Y%m%d')}-"
    return any(p.name.startswith(prefix) for p in backups_dir.glob(BACKUP_GLOB))
