"""Backups, integrity and change-log checks: shared by the CLI and the Pengaturan page."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from core.backup import backup_database, list_backups
from core.changelog import ChainReport, verify_chain
from core.context import AppContext
from core.database import inspect_sqlite_file, integrity_problems
from core.errors import DatabaseRefused, PantauError
from db.models import ChangeLogEntry, LogHead


def backup_now(ctx: AppContext, reason: str = "manual") -> Path:
    if ctx.engine.dialect.name != "sqlite":
        raise PantauError("Database PostgreSQL dicadangkan dengan pg_dump di server, "
                          "bukan dari Pantau.")
    return backup_database(ctx.data_dir.database, ctx.data_dir.backups, reason, ctx.clock())


def backups(ctx: AppContext) -> list[Path]:
    return list_backups(ctx.data_dir.backups)


def logged_devices(session: Session) -> list[str]:
    heads = set(session.scalars(select(LogHead.device_id)))
    heads.update(session.scalars(select(ChangeLogEntry.device_id).distinct()))
    return sorted(heads)


def verify_all_logs(ctx: AppContext) -> list[ChainReport]:
    """Verify the hash chain of every device whose log this database holds."""
    with ctx.read() as session:
        return [verify_chain(session, device) for device in logged_devices(session)]


@dataclass(frozen=True)
class CheckResult:
    revision: str | None
    head: str
    integrity: list[str]

    @property
    def ok(self) -> bool:
        return not self.integrity


def check_database_file(database: Path) -> CheckResult:
    """Read-only: schema revision and SQLite's integrity check, without migrating anything."""
    state = inspect_sqlite_file(database)
    readonly = create_engine(f"sqlite+pysqlite:///file:{database.as_posix()}?mode=ro&uri=true")
    try:
        problems = integrity_problems(readonly) if database.exists() else []
    finally:
        readonly.dispose()
    return CheckResult(state.revision, state.head, problems)


def restore_backup(database: Path, backups_dir: Path, backup: Path, now: datetime) -> Path | None:
    """Replace the contents of `database` with `backup`, after saving the current contents
    as one more backup (returned). Pantau must not be running on this data folder.

    SQLite's backup API writes into the live file in one transaction, WAL included, so an
    interrupted restore leaves the old database as it was.
    """
    state = inspect_sqlite_file(backup)
    if state.revision is None:
        raise DatabaseRefused(f"{backup} kosong; tidak dipulihkan.")
    safety = (backup_database(database, backups_dir, "sebelum-pulih", now)
              if database.exists() else None)
    try:
        source = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(database)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise PantauError(f"Pemulihan gagal: {exc}. Database lama tidak diubah.") from exc
    return safety
