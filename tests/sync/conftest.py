"""Two real installations (a kelurahan office and the city hub) and a USB folder between."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.roles import Actor, Mode
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.export import export_bundle
from db.base import SyncedRow
from db.models import ChangeLogEntry, Staff, User
from tests.conftest import FakeClock


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def add_people(ctx: AppContext, actor: Actor, prefix: str, count: int) -> list[str]:
    ids = []
    with ctx.write(actor) as uow:
        for number in range(count):
            ids.append(add_staff(uow, StaffInput(
                f"{prefix} {number}", "Staf", StaffStatus.NON_ASN,
                local_id=f"{prefix}-{number}", active_from=date(2025, 1, 2))).id)
    return ids


def export(ctx: AppContext, actor: Actor, out: Path, full: bool = False) -> Path:
    result = export_bundle(ctx, actor, out, full=full)
    assert result.path is not None
    return result.path


def rows(ctx: AppContext, model: type[SyncedRow], office_code: str) -> dict[str, dict[str, Any]]:
    """Every column of every row of `model` owned by `office_code`, by id."""
    from core.canonical import row_payload

    with ctx.read() as session:
        return {row.id: row_payload(row) for row in session.scalars(
            select(model).where(model.office_code == office_code))}


def state(ctx: AppContext, office_code: str, device_id: str) -> dict[str, Any]:
    """What the hub holds of one office: its rows and the device's log."""
    with ctx.read() as session:
        log = [(e.seq, e.hash) for e in session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.device_id == device_id).order_by(ChangeLogEntry.seq))]
    return {"staff": rows(ctx, Staff, office_code), "users": rows(ctx, User, office_code),
            "log": log}


@dataclass
class World:
    """A kelurahan office and the city hub that already trusts it: the hub approved the
    office's device and applied its first bundle (seq 1–4: the head's account and three
    staff), and the office knows it, so its next export starts at seq 5."""

    office: AppContext
    hub: AppContext
    head: Actor
    admin: Actor
    clock: FakeClock
    usb: Path
    first: Path


def start_clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 1, 30, tzinfo=UTC))


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor, Actor]:
    """Built once per test process (setup and password hashing are slow); each test gets
    its own copy of both installations."""
    from core.services.accounts import authenticate
    from core.sync.importer import APPLIED, approve_device, import_bundles
    from tests.conftest import PASSWORD, open_office
    from tests.sync.forge import acknowledge

    root = tmp_path_factory.mktemp("world")
    clock = start_clock()
    office = open_office(root / "office", clock)
    hub = open_office(root / "hub", clock, Mode.HUB, "15.71")
    try:
        head = authenticate(office, "lurah", PASSWORD)
        admin = authenticate(hub, "admin", PASSWORD)
        add_people(office, head, "Awal", 3)
        first = export(office, head, root / "first")
        import_bundles(hub, admin, [first])
        assert [r.result for r in approve_device(hub, admin, office.device.id)] == [APPLIED]
        acknowledge(office, 4)
    finally:
        office.close()
        hub.close()
    return root, head, admin


HUB_BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test with a hub (the `world` fixture) runs once on a SQLite hub and once on
    a PostgreSQL hub; `@pytest.mark.sqlite_hub("why")` keeps a test that is about the
    SQLite file itself (kill -9, WAL, file copies) on SQLite alone, and
    `@pytest.mark.postgres_hub` one about the server (several PCs, a lost connection)
    on PostgreSQL alone."""
    if "hub_backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker
    params = []
    if marker("postgres_hub") is None:
        params.append(pytest.param("sqlite", id="sqlite"))
    if marker("sqlite_hub") is None:
        params.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.pg))
    metafunc.parametrize("hub_backend", params, indirect=True)


@pytest.fixture(scope="session")
def pg_world_template(world_template: tuple[Path, Actor, Actor],
                      tmp_path_factory: pytest.TempPathFactory
                      ) -> Iterator[tuple[Path, str, Actor]]:
    """The world's hub once more, in a PostgreSQL database that each test copies
    (CREATE DATABASE … TEMPLATE): its data folder, the template database's name, and
    its admin. Built once per test process, from the same first bundle."""
    from sqlalchemy.engine import make_url

    from core.services.accounts import authenticate
    from core.sync.importer import APPLIED, approve_device, import_bundles
    from tests.conftest import PASSWORD, open_office, pg_database
    from tests.sync.forge import manifest_of

    root, _head, _admin = world_template
    folder = tmp_path_factory.mktemp("pg-world")
    [first] = (root / "first").iterdir()
    with pg_database(prefix="pantau_tpl") as url:
        hub = open_office(folder / "hub", start_clock(), Mode.HUB, "15.71", database_url=url)
        try:
            admin = authenticate(hub, "admin", PASSWORD)
            import_bundles(hub, admin, [first])
            office_device = str(manifest_of(first)["device_id"])
            assert [r.result for r in approve_device(hub, admin, office_device)] == [APPLIED]
        finally:
            hub.close()
        name = make_url(url).database
        assert name is not None
        yield folder, name, admin


@pytest.fixture
def world(world_template: tuple[Path, Actor, Actor], hub_backend: str,
          request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """A copy of the template world; on PostgreSQL the hub's data folder names its own
    copy of the template database in its settings file, so reopening it finds it."""
    from core.context import open_app
    from core.datadir import DataDir
    from tests.conftest import pg_database

    root, head, admin = world_template
    with ExitStack() as stack:
        for name in ("office", "first"):
            shutil.copytree(root / name, tmp_path / name)
        if hub_backend == "postgresql":
            pg_root, template, admin = request.getfixturevalue("pg_world_template")
            shutil.copytree(pg_root / "hub", tmp_path / "hub")
            url = stack.enter_context(pg_database(template=template))
            DataDir(tmp_path / "hub").write_config(database_url=url)
        else:
            shutil.copytree(root / "hub", tmp_path / "hub")
        clock = start_clock()
        office = open_app(tmp_path / "office", clock=clock)
        hub = open_app(tmp_path / "hub", clock=clock)
        usb = tmp_path / "usb"
        usb.mkdir(exist_ok=True)
        [first] = (tmp_path / "first").iterdir()
        state = World(office, hub, head, admin, clock, usb, first)
        try:
            yield state
        finally:
            state.office.close()  # a test may have reopened either installation
            state.hub.close()
