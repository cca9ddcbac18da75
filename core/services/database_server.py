"""Where a hub's data lives, and moving it from its SQLite file to a PostgreSQL server.

A city hub starts on the SQLite file in its data folder. When several PCs at city hall
should work on the same data, an admin tests a PostgreSQL URL and moves the data there:
every table is copied, in one transaction, into an empty database migrated to the same
schema, the row counts are compared, and only then is the URL written to the data
folder's settings file, which `open_app` reads from the next start on.

What stays on each PC (never in the database): the device's private key (keys/), held
bundles waiting for a gap or an approval (held/), SQLite backups (backups/) and logs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, delete, func, insert, inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from core.context import AppContext
from core.database import display_url, inspect_connection, unreachable
from core.errors import PantauError, ValidationError
from core.roles import Actor, Mode, Role, require_role
from db.base import Base
from db.engine import make_engine
from db.migrate import upgrade
from db.models.meta import AppMeta

ProgressFn = Callable[[int, int, str], None]
CHUNK = 1000
# Written by the migrations themselves: present in an empty, migrated database.
SCHEMA_TABLES = ("alembic_version", "app_meta")


@dataclass(frozen=True)
class ServerCheck:
    url: str  # shown without the password
    version: str
    tables: int  # 0: empty; else a Pantau database already

    @property
    def empty(self) -> bool:
        return self.tables == 0


@dataclass(frozen=True)
class MoveReport:
    url: str  # shown without the password
    rows_by_table: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.rows_by_table.values())


def where_data_lives(ctx: AppContext) -> str:
    """"SQLite: <file>" or "PostgreSQL: <URL without the password>"."""
    if ctx.engine.dialect.name == "sqlite":
        return f"SQLite: {ctx.data_dir.database}"
    return f"PostgreSQL: {display_url(ctx.engine.url.render_as_string(hide_password=False))}"


def server_engine(url: str) -> Engine:
    """An engine for a PostgreSQL URL typed by a user, or a clear message."""
    url = url.strip()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValidationError("URL basis data tidak sah. Contoh: "
                              "postgresql+psycopg://pantau@192.168.1.10:5432/pantau",
                              "database_url") from exc
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise ValidationError("URL harus menunjuk basis data PostgreSQL, mis. "
                              "postgresql+psycopg://pantau@192.168.1.10:5432/pantau",
                              "database_url")
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return make_engine(url, connect_args={"connect_timeout": 5})


def check_server(url: str) -> ServerCheck:
    """Uji koneksi: the server answers; how many tables the database has already."""
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            version = str(connection.exec_driver_sql("SHOW server_version").scalar())
            inspect_connection(connection, "Basis data tujuan")
            tables = len(inspect(connection).get_table_names())
    except SQLAlchemyError as exc:
        raise unreachable(url, exc, "menguji koneksi") from exc
    finally:
        engine.dispose()
    return ServerCheck(display_url(url), version, tables)


def _filled_tables(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        counts = {table.name: int(connection.scalar(select(func.count()).select_from(table))
                                  or 0) for table in Base.metadata.sorted_tables}
    return {name: count for name, count in counts.items()
            if count and name not in SCHEMA_TABLES}


def move_to_server(ctx: AppContext, actor: Actor, url: str,
                   progress: ProgressFn | None = None) -> MoveReport:
    """Copy every table of this hub's SQLite database into the empty PostgreSQL database
    at `url`, check the row counts, then make `url` this data folder's database.

    A target that holds any data is refused (nothing is merged or overwritten); a failure
    half-way leaves the target as it was (one transaction) and the settings unchanged.
    """
    require_role(actor, Role.ADMIN)
    if ctx.device.mode is not Mode.HUB:
        raise PantauError("Hanya hub kota yang dapat memakai server PostgreSQL.")
    if ctx.engine.dialect.name != "sqlite":
        raise PantauError("Data sudah berada di server PostgreSQL.")
    target = server_engine(url)
    try:
        try:
            with target.connect() as connection:
                inspect_connection(connection, "Basis data tujuan")
            upgrade(target)
            filled = _filled_tables(target)
            if filled:
                listed = ", ".join(f"{name} ({count} baris)" for name, count
                                   in sorted(filled.items())[:5])
                raise ValidationError(
                    f"Basis data tujuan sudah berisi data: {listed}. Pilih basis data "
                    "PostgreSQL yang kosong; tidak ada yang diubah.", "database_url")
            counts = _copy_tables(ctx.engine, target, progress)
        except SQLAlchemyError as exc:
            raise unreachable(url, exc, "memindahkan data") from exc
        moved = _filled_tables(target)
        expected = {name: count for name, count in counts.items() if count}
        if moved != expected:
            raise PantauError(f"Jumlah baris di server tidak sama dengan di berkas SQLite "
                              f"({moved} ≠ {expected}); pengaturan tidak diubah.")
    finally:
        target.dispose()
    ctx.data_dir.write_config(database_url=url.strip())
    return MoveReport(display_url(url), counts)


def _copy_tables(source: Engine, target: Engine, progress: ProgressFn | None
                 ) -> dict[str, int]:
    """Every model table, parents before children, in one transaction on the target."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in SCHEMA_TABLES]
    with source.connect() as reader:
        totals = {t.name: int(reader.scalar(select(func.count()).select_from(t)) or 0)
                  for t in tables}
        grand, done = sum(totals.values()), 0
        with target.begin() as writer:
            for table in tables:
                if progress:
                    progress(done, grand, table.name)
                done += _copy_table(reader, writer, table)
            _copy_app_meta(reader, writer)
    if progress:
        progress(grand, grand, "")
    return totals


def _copy_table(reader: Connection, writer: Connection, table: Table) -> int:
    copied = 0
    result = reader.execution_options(yield_per=CHUNK).execute(select(table))
    for chunk in result.mappings().partitions(CHUNK):
        writer.execute(insert(table), [dict(row) for row in chunk])
        copied += len(chunk)
    return copied


def _copy_app_meta(reader: Connection, writer: Connection) -> None:
    """app_meta has the migration's own marker row already: the file's rows replace it."""
    table = Base.metadata.tables[AppMeta.__tablename__]
    rows = [dict(row) for row in reader.execute(select(table)).mappings()]
    writer.execute(delete(table))
    if rows:
        writer.execute(insert(table), rows)
