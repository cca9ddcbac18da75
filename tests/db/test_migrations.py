"""Schema migrations: empty to head, an old office database upgraded, refusals untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import db.models  # noqa: F401
from core.changelog import verify_chain
from core.context import open_app
from core.errors import DatabaseRefused
from core.services.accounts import authenticate
from db.base import Base
from db.engine import make_engine, sqlite_url
from db.migrate import current_revision, head_revision, upgrade

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "pantau-rev0001.db"


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _assert_models_match(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"


def test_empty_sqlite_database_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "pantau.db")
    upgrade(make_engine(url))
    assert {"staff", "user_account", "office", "change_log", "log_head"} <= _tables(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()
    _assert_models_match(url)


@pytest.mark.pg
def test_empty_postgresql_database_migrates_to_head_matching_the_models(pg_url: str) -> None:
    upgrade(make_engine(pg_url))
    assert {"staff", "user_account", "office", "change_log"} <= _tables(pg_url)
    _assert_models_match(pg_url)


def _copy_fixture(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    target = data_dir / "pantau.db"
    shutil.copyfile(FIXTURE, target)
    return target


def test_first_revision_office_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    database = _copy_fixture(data_dir)
    original = database.read_bytes()
    ctx = open_app(data_dir)
    try:
        assert ctx.opened is not None
        assert ctx.opened.upgraded_from == "0001"
        backup = ctx.opened.backup
        assert backup is not None and backup.parent == data_dir / "backups"
        assert "sebelum-" in backup.name
        # The backup holds the database as it was before the upgrade.
        with sqlite3.connect(backup) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert len(original) > 0
        # Data written under revision 0001 survives: the old head logs in, its log verifies.
        actor = authenticate(ctx, "lurah", "rahasia123")
        assert actor.username == "lurah"
        with ctx.read() as session:
            report = verify_chain(session, ctx.device.id)
        assert report.ok and report.head_seq == 1
        assert "staff" in _tables(sqlite_url(database))
    finally:
        ctx.close()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    data_dir.mkdir()
    (data_dir / "pantau.db").write_text("ini catatan rapat, bukan database\n", encoding="utf-8")
    before = _snapshot(data_dir)
    with pytest.raises(DatabaseRefused, match="bukan database Pantau"):
        open_app(data_dir)
    assert _snapshot(data_dir) == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / "pantau.db") as con:
        con.execute("CREATE TABLE kas (id INTEGER PRIMARY KEY, jumlah INTEGER)")
        con.execute("INSERT INTO kas (jumlah) VALUES (150000)")
    before = _snapshot(data_dir)
    with pytest.raises(DatabaseRefused, match="bukan database Pantau"):
        open_app(data_dir)
    assert _snapshot(data_dir) == before


def test_a_database_from_a_newer_pantau_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "office"
    database = _copy_fixture(data_dir)
    with sqlite3.connect(database) as con:
        con.execute("UPDATE alembic_version SET version_num = '9001'")
    before = _snapshot(data_dir)
    with pytest.raises(DatabaseRefused, match=r"lebih baru.*Perbarui Pantau"):
        open_app(data_dir)
    assert _snapshot(data_dir) == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_only_the_newest_backups_are_kept(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from core.backup import backup_database, list_backups

    data_dir = tmp_path / "office"
    database = _copy_fixture(data_dir)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for day in range(6):
        backup_database(database, data_dir / "backups", "harian", start + timedelta(days=day),
                        keep=3)
    names = [p.name for p in list_backups(data_dir / "backups")]
    assert names == ["pantau-20261106-000000-harian.db", "pantau-20261105-000000-harian.db",
                     "pantau-20261104-000000-harian.db"]


def test_a_daily_backup_is_made_once_per_day_at_start(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from core.backup import list_backups
    from tests.conftest import FakeClock, open_office

    clock = FakeClock(datetime(2026, 11, 25, 1, 0, tzinfo=UTC))
    open_office(tmp_path / "office", clock).close()
    backups = tmp_path / "office" / "backups"
    assert list_backups(backups) == []  # a database made just now needs no copy yet
    open_app(tmp_path / "office", clock=clock).close()
    open_app(tmp_path / "office", clock=clock).close()
    assert len(list_backups(backups)) == 1
    clock.advance(days=1)
    open_app(tmp_path / "office", clock=clock).close()
    assert len(list_backups(backups)) == 2


def test_wal_and_full_synchronous_are_set_on_every_sqlite_connection(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "pantau.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    engine.dispose()
