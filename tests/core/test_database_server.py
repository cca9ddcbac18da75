"""Moving a hub from its SQLite file to a PostgreSQL server (Pengaturan → Basis data)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.context import AppContext, open_app
from core.errors import DatabaseUnreachable, PermissionDenied, ValidationError
from core.roles import Actor, Role
from core.services.database_server import check_server, move_to_server, where_data_lives
from core.services.maintenance import verify_all_logs
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, approve_device, import_bundles
from db.base import Base
from tests.conftest import FakeClock, open_office
from tests.sync.conftest import add_people

pytestmark = pytest.mark.pg


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.read() as session:
        return {t.name: int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables if t.name != "alembic_version"}


@pytest.fixture
def busy_hub(hub: AppContext, admin: Actor, office: AppContext, head: Actor,
             tmp_path: Path) -> AppContext:
    """A SQLite hub that has received an office's bundle (rows, a log, a ledger)."""
    add_people(office, head, "Pindah", 3)
    bundle = export_bundle(office, head, tmp_path / "usb").path
    assert bundle is not None
    import_bundles(hub, admin, [bundle])
    assert [r.result for r in approve_device(hub, admin, office.device.id)] == [APPLIED]
    return hub


def test_every_table_moves_to_the_server_and_the_folder_then_opens_it(
        busy_hub: AppContext, admin: Actor, pg_url: str, clock: FakeClock) -> None:
    before = counts(busy_hub)
    assert where_data_lives(busy_hub) == f"SQLite: {busy_hub.data_dir.database}"
    assert check_server(pg_url).empty
    steps: list[tuple[int, int, str]] = []
    report = move_to_server(busy_hub, admin, pg_url, lambda *step: steps.append(step))
    assert report.rows == sum(before.values()) - before["app_meta"]
    assert steps[-1][0] == steps[-1][1] == report.rows
    folder = busy_hub.data_dir.root
    device = busy_hub.device.id
    busy_hub.close()

    moved = open_app(folder, clock=clock)  # no URL given: the settings file names it
    try:
        assert moved.engine.dialect.name == "postgresql"
        assert where_data_lives(moved).startswith("PostgreSQL: postgresql+psycopg://")
        assert counts(moved) == before
        assert moved.device.id == device
        assert all(r.ok for r in verify_all_logs(moved)) and verify_all_logs(moved)
    finally:
        moved.close()
    assert not check_server(pg_url).empty


def test_a_server_that_already_holds_data_is_refused_and_nothing_changes(
        busy_hub: AppContext, admin: Actor, pg_url: str, tmp_path: Path,
        clock: FakeClock) -> None:
    from core.roles import Mode
    from core.services.accounts import authenticate
    from tests.conftest import PASSWORD

    other = open_office(tmp_path / "other-hub", clock, Mode.HUB, "15.71",
                        database_url=pg_url)
    other_admin = authenticate(other, "admin", PASSWORD)
    held = counts(other)
    with pytest.raises(ValidationError, match="sudah berisi data"):
        move_to_server(busy_hub, admin, pg_url)
    assert counts(other) == held
    assert not busy_hub.data_dir.config.exists()
    assert busy_hub.engine.dialect.name == "sqlite"
    operator = Actor(other_admin.user_id, "operator", Role.OPERATOR, "15.71")
    with pytest.raises(PermissionDenied):
        move_to_server(busy_hub, operator, pg_url)
    other.close()


def test_a_url_that_is_not_postgresql_or_a_server_that_is_down_is_refused(
        busy_hub: AppContext, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="PostgreSQL"):
        check_server("sqlite:///lain.db")
    with pytest.raises(ValidationError, match="tidak sah"):
        check_server("bukan url")
    down = "postgresql+psycopg://pantau:rahasia@127.0.0.1:1/pantau"
    with pytest.raises(DatabaseUnreachable, match=r"^Server basis data tidak terjangkau"):
        check_server(down)
    with pytest.raises(DatabaseUnreachable) as raised:
        move_to_server(busy_hub, admin, down)
    assert "rahasia" not in raised.value.message
    assert not busy_hub.data_dir.config.exists()
