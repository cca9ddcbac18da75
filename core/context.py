"""The running installation (`AppContext`) and the unit of work every write goes through."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from core.backup import DEFAULT_KEEP
from core.canonical import json_value, row_payload
from core.changelog import OP_DELETE, OP_INSERT, OP_UPDATE, append_entry, lock_head
from core.database import OpenedDatabase, open_database
from core.datadir import DataDir
from core.errors import NotSetUp
from core.identity import DeviceKey
from core.ids import new_id
from core.roles import Actor, Mode
from db.base import SyncedRow
from db.engine import WRITE_OPTIONS, make_session_factory, sqlite_url
from db.models import Device, LogHead, Office

Clock = Callable[[], datetime]
RowT = TypeVar("RowT", bound=SyncedRow)

_LOGGED = "pantau_logged_rows"
# origin_device of the reference rows every installation carries (rev 0).
REGISTRY_DEVICE = "registry"


def utcnow() -> datetime:
    return datetime.now(UTC)


DEFAULT_TIMEZONE = "Asia/Jakarta"  # WIB: Kota Jambi


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    mode: Mode
    office_code: str
    public_key: str
    timezone: str = DEFAULT_TIMEZONE

    def local_date(self, instant: datetime) -> date:
        """The calendar day at the office for a UTC instant (07.00 WIB is 00.00 UTC)."""
        return instant.astimezone(ZoneInfo(self.timezone)).date()


class UnitOfWork:
    """One write transaction on behalf of `actor`, on this device.

    `add`, `update` and `delete` change a synced row and append its change-log entry in
    the same transaction; a session guard refuses any synced row changed another way.
    """

    def __init__(self, session: Session, actor: Actor, device: DeviceInfo, now: datetime):
        self.session = session
        self.actor = actor
        self.device = device
        self.now = now
        self._head: LogHead | None = None

    @property
    def today(self) -> date:
        """Today at the office, which is what "not in the future" means to its users."""
        return self.device.local_date(self.now)

    def _log(self, row: SyncedRow, op: str) -> None:
        self.session.info.setdefault(_LOGGED, set()).add((type(row).__tablename__, row.id,
                                                          row.rev))
        if self._head is None:
            self._head = lock_head(self.session, self.device.id)
        # Flushing first fills column defaults, so the payload is the row as stored.
        self.session.flush()
        append_entry(self.session, self._head, type(row).__tablename__, row.id, op,
                     row_payload(row), row.rev, json_value(self.now), self.actor.username)

    def add(self, row: RowT, office_code: str | None = None) -> RowT:
        """Insert a new synced row owned by `office_code` (default: this device's office)."""
        row.id = row.id or new_id()
        row.office_code = office_code or self.device.office_code
        row.origin_device = self.device.id
        row.rev = 1
        row.created_at = self.now
        row.updated_at = self.now
        row.deleted_at = None
        self.session.add(row)
        self._log(row, OP_INSERT)
        return row

    def update(self, row: SyncedRow, **changes: Any) -> bool:
        """Apply `changes` as a new revision; returns False (and logs nothing) if none differ."""
        changed = {key: value for key, value in changes.items() if getattr(row, key) != value}
        if not changed:
            return False
        for key, value in changed.items():
            setattr(row, key, value)
        self._bump(row)
        self._log(row, OP_UPDATE)
        return True

    def delete(self, row: SyncedRow) -> None:
        """Tombstone the row: synced rows are never removed."""
        row.deleted_at = self.now
        self._bump(row)
        self._log(row, OP_DELETE)

    def _bump(self, row: SyncedRow) -> None:
        row.rev = row.rev + 1
        row.updated_at = self.now
        if row.origin_device == REGISTRY_DEVICE:
            # A row that came with the program becomes the editing device's (the city's):
            # from now on it travels in that device's bundles like any of its rows.
            row.origin_device = self.device.id


def mark_logged_elsewhere(session: Session, row: SyncedRow) -> None:
    """Allow a synced row that is not this device's change: a rev-0 row that comes with the
    program (the bundled registry), or a row received from the city's reference bundle."""
    session.info.setdefault(_LOGGED, set()).add((type(row).__tablename__, row.id, row.rev))


def _guard_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    logged = session.info.get(_LOGGED, set())
    for row in [*session.new, *session.dirty]:
        if isinstance(row, SyncedRow) and session.is_modified(row) \
                and (type(row).__tablename__, row.id, row.rev) not in logged:
            raise RuntimeError(
                f"{type(row).__name__} {row.id} changed outside UnitOfWork: "
                "it would be missing from the change log"
            )


def _forget_logged(session: Session) -> None:
    session.info.pop(_LOGGED, None)


def install_change_log_guard(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _guard_synced_rows)
    event.listen(factory, "after_commit", _forget_logged)
    event.listen(factory, "after_rollback", _forget_logged)


@dataclass
class AppContext:
    """An opened installation: its files, its database and its clock."""

    data_dir: DataDir
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock = utcnow
    opened: OpenedDatabase | None = None
    _device: DeviceInfo | None = field(default=None, repr=False)

    @property
    def device(self) -> DeviceInfo:
        if self._device is None:
            self._device = self.find_device()
        if self._device is None:
            raise NotSetUp("Pantau belum disiapkan di folder data ini.")
        return self._device

    def find_device(self) -> DeviceInfo | None:
        with self.read() as session:
            row = session.scalars(select(Device)).one_or_none()
            if row is None:
                return None
            timezone = session.scalars(select(Office.timezone).where(
                Office.code == row.office_code)).one_or_none()
        return DeviceInfo(row.id, Mode(row.mode), row.office_code, row.public_key,
                          timezone or DEFAULT_TIMEZONE)

    def today(self) -> date:
        """Today at this installation's office, by its clock."""
        return self.device.local_date(self.clock())

    @property
    def is_set_up(self) -> bool:
        return self._device is not None or self.find_device() is not None

    def device_key(self) -> DeviceKey:
        return DeviceKey.load(self.data_dir.private_key)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    @contextmanager
    def write(self, actor: Actor) -> Iterator[UnitOfWork]:
        """A write transaction: committed when the block ends, rolled back on any error."""
        with self.sessions() as session:
            session.connection(execution_options=WRITE_OPTIONS)
            try:
                yield UnitOfWork(session, actor, self.device, self.clock())
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def raw_write(self) -> Iterator[Session]:
        """A write transaction for device-local tables (never for synced rows)."""
        with self.sessions() as session:
            session.connection(execution_options=WRITE_OPTIONS)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_app(data_dir: Path, database_url: str | None = None, clock: Clock = utcnow,
             keep_backups: int = DEFAULT_KEEP) -> AppContext:
    """Open the installation in `data_dir`: refuse, back up, migrate and check as needed.

    The database is `database_url` when given (the CLI option), else the one chosen in
    Pengaturan (the data folder's settings file), else the folder's own SQLite file.
    """
    folder = DataDir(data_dir)
    folder.ensure()
    url = database_url or folder.configured_database_url() or sqlite_url(folder.database)
    opened = open_database(url, folder.database, folder.backups, clock(), keep_backups)
    factory = make_session_factory(opened.engine)
    install_change_log_guard(factory)
    ctx = AppContext(folder, opened.engine, factory, clock, opened)
    if opened.upgraded_from is not None and opened.upgraded_from != opened.head:
        # A database from before some reference rows existed gets them now.
        from core.services.reference_data import seed_reference_data

        with ctx.raw_write() as session:
            seed_reference_data(session, clock())
    return ctx
