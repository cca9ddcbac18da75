"""Opening a Pantau database: refuse what is not ours, back up, migrate, check integrity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from core.backup import DEFAULT_KEEP, backup_database, has_backup_on
from core.errors import DatabaseRefused, DatabaseUnreachable
from db.engine import is_sqlite, make_engine
from db.migrate import current_revision, head_revision, known_revisions, upgrade
from db.models.meta import APPLICATION_KEY, APPLICATION_NAME

SQLITE_HEADER = b"SQLite format 3\x00"


def display_url(url: str) -> str:
    """The database URL as it may be shown or logged: without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "(URL tidak sah)"
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query).render_as_string(hide_password=False)


def first_line(exc: BaseException) -> str:
    """The driver's own reason, first line only (psycopg adds hints and context below)."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(cause).strip().splitlines()
    return lines[0] if lines else type(cause).__name__


def unreachable(url: str, exc: BaseException, doing: str = "", kept: str = ""
                ) -> DatabaseUnreachable:
    """The error a user reads when the PostgreSQL server is down or the link to it broke;
    `kept` says what finished before (and is stored)."""
    during = f" saat {doing}" if doing else ""
    return DatabaseUnreachable(
        f"Server basis data tidak terjangkau{during} ({display_url(url)}: {first_line(exc)}). "
        "Tidak ada yang disimpan dari pekerjaan ini. Periksa jaringan dan server PostgreSQL, "
        f"lalu ulangi.{' ' + kept if kept else ''}")


@dataclass(frozen=True)
class SchemaState:
    """What an existing database holds before Pantau touches it."""

    revision: str | None  # None: empty or missing, will be created
    head: str

    @property
    def needs_upgrade(self) -> bool:
        return self.revision != self.head


def inspect_connection(connection: Connection, where: str) -> SchemaState:
    """Read the schema revision; refuse a foreign database or one from a newer Pantau."""
    tables = set(inspect(connection).get_table_names())
    head = head_revision()
    if not tables:
        return SchemaState(revision=None, head=head)
    if "app_meta" not in tables or "alembic_version" not in tables:
        raise DatabaseRefused(f"{where} bukan database Pantau; berkas tidak diubah.")
    marker = connection.execute(
        text("SELECT value FROM app_meta WHERE key = :key"), {"key": APPLICATION_KEY}
    ).scalar()
    if marker != APPLICATION_NAME:
        raise DatabaseRefused(f"{where} bukan database Pantau; berkas tidak diubah.")
    revision = current_revision(connection)
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused(
            f"{where} dibuat oleh Pantau versi yang lebih baru (skema {revision}). "
            "Perbarui Pantau lalu buka lagi; berkas tidak diubah."
        )
    return SchemaState(revision=revision, head=head)


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Look at a SQLite file read-only: not a byte changes, whatever it turns out to be."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(revision=None, head=head_revision())
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseRefused(f"Berkas {path} tidak dapat dibaca: {exc}") from exc
    if header != SQLITE_HEADER:
        raise DatabaseRefused(f"{path} bukan database Pantau; berkas tidak diubah.")
    readonly = create_engine(f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true")
    try:
        with readonly.connect() as connection:
            return inspect_connection(connection, str(path))
    except SQLAlchemyError as exc:
        raise DatabaseRefused(f"{path} tidak dapat dibaca sebagai database: {exc}") from exc
    finally:
        readonly.dispose()


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's quick check; an empty list means the file is sound."""
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as connection:
        rows = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    upgraded_from: str | None
    backup: Path | None
    head: str = ""


def open_database(url: str, database_file: Path | None, backups_dir: Path | None,
                  now: datetime, keep_backups: int = DEFAULT_KEEP) -> OpenedDatabase:
    """Open (creating or upgrading as needed) the database at `url`.

    Order matters: the file is inspected read-only first, so a refused file is never
    changed; an existing SQLite database is backed up before any migration runs.
    """
    backup: Path | None = None
    if is_sqlite(url):
        assert database_file is not None and backups_dir is not None
        state = inspect_sqlite_file(database_file)
        if state.needs_upgrade and state.revision is not None:
            backup = backup_database(database_file, backups_dir, f"sebelum-{state.head}", now,
                                     keep_backups)
        engine = make_engine(url)
    else:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                state = inspect_connection(connection, "Database")
        except SQLAlchemyError as exc:
            engine.dispose()
            raise unreachable(url, exc, "membuka database") from exc
        except DatabaseRefused:
            engine.dispose()
            raise
    try:
        if state.needs_upgrade:
            upgrade(engine)
        problems = integrity_problems(engine)
    except OperationalError as exc:
        engine.dispose()
        if is_sqlite(url):
            raise
        raise unreachable(url, exc, "memperbarui skema") from exc
    except Exception:
        engine.dispose()
        raise
    if problems:
        engine.dispose()
        raise DatabaseRefused(
            "Pemeriksaan integritas database gagal: " + "; ".join(problems[:3])
            + ". Pulihkan dari cadangan (lihat README, bagian Cadangan)."
        )
    if is_sqlite(url) and database_file is not None and backups_dir is not None \
            and state.revision is not None and backup is None \
            and not has_backup_on(backups_dir, now):
        backup = backup_database(database_file, backups_dir, "harian", now, keep_backups)
    return OpenedDatabase(engine=engine, upgraded_from=state.revision, backup=backup,
                          head=state.head)
