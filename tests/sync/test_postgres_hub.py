"""Several hub PCs on one PostgreSQL database, and a server that goes away mid-import.

Each "PC" is its own AppContext (its own data folder, its own connection pool) on the
same database, importing in its own thread, as two admins at city hall would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

import core.sync.importer as importer
from core.changelog import verify_chain
from core.context import AppContext, open_app
from core.errors import DatabaseUnreachable
from core.identity import DeviceKey
from core.ids import new_id
from core.sync.importer import APPLIED, BATCH, HELD, PRESENT, BundleResult, import_bundles
from db.models import ChangeLogEntry, LogHead, Staff, SyncBundle, SyncDevice
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, add_people, export, rows
from tests.sync.forge import (
    LEDGER,
    acknowledge,
    build_bundle,
    chain,
    dump,
    manifest_of,
    staff_change,
)

pytestmark = [pytest.mark.pg, pytest.mark.postgres_hub]
SECOND_OFFICE = "15.71.01.1002"


def url_of(ctx: AppContext) -> str:
    return ctx.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def second_pc(world: World, tmp_path: Path) -> Iterator[AppContext]:
    """Another hub PC: its own data folder, the same PostgreSQL database."""
    ctx = open_app(tmp_path / "pc2", url_of(world.hub), clock=world.clock)
    yield ctx
    ctx.close()


@pytest.fixture
def watcher(world: World) -> Iterator[Engine]:
    """A connection of its own, to look at the server's sessions."""
    engine = create_engine(url_of(world.hub), poolclass=NullPool)
    yield engine
    engine.dispose()


def wait_for_lock_wait(watcher: Engine, timeout: float = 10.0) -> None:
    """Until some session of this database waits for a lock another one holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with watcher.connect() as connection:
            waiting = connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"))
        if waiting:
            return
        time.sleep(0.02)
    raise AssertionError("no import waited for the other one's lock")


def in_thread(name: str, work: Callable[[], list[BundleResult]]
              ) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["results"] = work()
        except BaseException as exc:  # reported by the test, not lost in the thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread, outcome


def pause_first_import_after(monkeypatch: pytest.MonkeyPatch, step: str
                             ) -> tuple[threading.Event, threading.Event]:
    """The import running in thread "pc1" stops right after `step` (holding whatever it
    has locked by then) until the test lets it go on."""
    reached, go = threading.Event(), threading.Event()
    original = getattr(importer, step)

    def paused(*args: Any, **kwargs: Any) -> Any:
        value = original(*args, **kwargs)
        if threading.current_thread().name == "pc1" and not reached.is_set():
            reached.set()
            assert go.wait(20), "the test never let the first import go on"
        return value

    monkeypatch.setattr(importer, step, paused)
    return reached, go


def results_of(*outcomes: dict[str, Any]) -> list[str]:
    for outcome in outcomes:
        if "error" in outcome:
            raise outcome["error"]
    return sorted(r.result for outcome in outcomes for r in outcome["results"])


def log_count(ctx: AppContext, device_id: str) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLogEntry).where(
            ChangeLogEntry.device_id == device_id)) or 0)


# -- several PCs ---------------------------------------------------------------------------

def test_the_same_bundle_imported_from_two_pcs_at_once_applies_once(
        world: World, second_pc: AppContext, watcher: Engine,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(world.office, world.head, "Serentak", 2 * BATCH // 3)
    bundle = export(world.office, world.head, world.usb)
    reached, go = pause_first_import_after(monkeypatch, "lock_head")
    first, first_out = in_thread("pc1", lambda: import_bundles(
        world.hub, world.admin, [bundle]))
    assert reached.wait(20)
    second, second_out = in_thread("pc2", lambda: import_bundles(
        second_pc, world.admin, [bundle]))
    wait_for_lock_wait(watcher)  # PC 2 really is at the same device's log head now
    go.set()
    first.join(30)
    second.join(30)

    assert results_of(first_out, second_out) == [APPLIED, PRESENT]
    device = world.office.device.id
    assert log_count(world.hub, device) == 4 + 2 * BATCH // 3  # each entry once
    assert rows(second_pc, Staff, OFFICE_CODE) == rows(world.office, Staff, OFFICE_CODE)
    with second_pc.read() as session:
        assert verify_chain(session, device).ok
        ledger = sorted(b.result for b in session.scalars(select(SyncBundle).where(
            SyncBundle.file_name == bundle.name)))
    assert ledger == [APPLIED, PRESENT]


def test_a_new_devices_first_bundle_from_two_pcs_at_once_applies_once(
        world: World, second_pc: AppContext, watcher: Engine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No log head yet: PC 1 creates it; PC 2's insert waits for PC 1's commit, then
    finds everything there (no duplicate key)."""
    key, device = DeviceKey.generate(), new_id()
    when = world.clock()
    entries = chain(device, 1, "0" * 64,
                    [staff_change(device, SECOND_OFFICE, n, when) for n in range(50)])
    bundle = build_bundle(tmp_path / "baru.pantau", key, device, SECOND_OFFICE, entries,
                          "0" * 64)
    with world.hub.raw_write() as session:
        session.add(SyncDevice(device_id=device, office_code=SECOND_OFFICE, mode="office",
                               public_key=key.public_b64, status="approved",
                               first_seen_at=when))
    reached, go = pause_first_import_after(monkeypatch, "lock_head")
    first, first_out = in_thread("pc1", lambda: import_bundles(
        world.hub, world.admin, [bundle]))
    assert reached.wait(20)
    second, second_out = in_thread("pc2", lambda: import_bundles(
        second_pc, world.admin, [bundle]))
    wait_for_lock_wait(watcher)
    go.set()
    first.join(30)
    second.join(30)

    assert results_of(first_out, second_out) == [APPLIED, PRESENT]
    assert log_count(world.hub, device) == 50
    with world.hub.read() as session:
        assert session.scalar(select(func.count()).select_from(LogHead).where(
            LogHead.device_id == device)) == 1


def test_an_unknown_device_seen_by_two_pcs_at_once_is_registered_once_and_held(
        world: World, second_pc: AppContext, watcher: Engine, tmp_path: Path) -> None:
    """PC 1 is registering the device (its transaction not committed yet) when PC 2
    meets the same bundle: PC 2 waits, then holds it too; no duplicate key, no error."""
    key, device = DeviceKey.generate(), new_id()
    when = world.clock()
    entries = chain(device, 1, "0" * 64, [staff_change(device, SECOND_OFFICE, 1, when)])
    bundle = build_bundle(tmp_path / "asing.pantau", key, device, SECOND_OFFICE, entries,
                          "0" * 64)
    with Session(watcher) as pc1:
        pc1.add(SyncDevice(device_id=device, office_code=SECOND_OFFICE, mode="office",
                           public_key=key.public_b64, status="held", first_seen_at=when))
        pc1.flush()
        second, outcome = in_thread("pc2", lambda: import_bundles(
            second_pc, world.admin, [bundle]))
        wait_for_lock_wait(watcher)
        pc1.commit()
    second.join(30)
    assert results_of(outcome) == [HELD]
    with world.hub.read() as session:
        devices = session.scalars(select(SyncDevice).where(
            SyncDevice.device_id == device)).all()
    assert [d.status for d in devices] == ["held"]


def test_bundles_of_different_devices_import_at_the_same_time(
        world: World, second_pc: AppContext, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both imports are inside their transactions at once (a barrier that neither could
    pass if one waited for the other), and both apply whole."""
    add_people(world.office, world.head, "Kantor", BATCH + 10)
    office_bundle = export(world.office, world.head, world.usb)
    key, device = DeviceKey.generate(), new_id()
    when = world.clock()
    entries = chain(device, 1, "0" * 64,
                    [staff_change(device, SECOND_OFFICE, n, when) for n in range(BATCH + 10)])
    other_bundle = build_bundle(tmp_path / "lain.pantau", key, device, SECOND_OFFICE,
                                entries, "0" * 64)
    with world.hub.raw_write() as session:
        session.add(SyncDevice(device_id=device, office_code=SECOND_OFFICE, mode="office",
                               public_key=key.public_b64, status="approved",
                               first_seen_at=when))
    together = threading.Barrier(2, timeout=20)
    original = importer._apply_batch

    met: set[str] = set()

    def batch_together(*args: Any, **kwargs: Any) -> None:
        original(*args, **kwargs)
        name = threading.current_thread().name
        if name not in met:
            met.add(name)
            together.wait()  # after each PC's first batch: both transactions are open

    monkeypatch.setattr(importer, "_apply_batch", batch_together)
    first, first_out = in_thread("pc1", lambda: import_bundles(
        world.hub, world.admin, [office_bundle]))
    second, second_out = in_thread("pc2", lambda: import_bundles(
        second_pc, world.admin, [other_bundle]))
    first.join(60)
    second.join(60)
    assert results_of(first_out, second_out) == [APPLIED, APPLIED]
    assert log_count(world.hub, world.office.device.id) == 4 + BATCH + 10
    assert log_count(world.hub, device) == BATCH + 10
    with world.hub.read() as session:
        assert verify_chain(session, world.office.device.id).ok
        assert verify_chain(session, device).ok
    assert rows(world.hub, Staff, OFFICE_CODE) == rows(world.office, Staff, OFFICE_CODE)


def test_an_import_chosen_as_a_deadlock_victim_is_tried_again_whole(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg.errors

    add_people(world.office, world.head, "Ulang", 3)
    bundle = export(world.office, world.head, world.usb)
    original = importer._apply_batch
    victims: list[int] = []

    def deadlock_once(*args: Any, **kwargs: Any) -> None:
        original(*args, **kwargs)  # the rows are written … then PostgreSQL picks us
        if not victims:
            victims.append(1)
            raise OperationalError("INSERT …", {}, psycopg.errors.DeadlockDetected())

    monkeypatch.setattr(importer, "_apply_batch", deadlock_once)
    [result] = import_bundles(world.hub, world.admin, [bundle])
    assert victims and result.result == APPLIED and result.summary.new == 3
    assert log_count(world.hub, world.office.device.id) == 7
    with world.hub.read() as session:
        assert [b.result for b in session.scalars(select(SyncBundle).where(
            SyncBundle.file_name == bundle.name))] == [APPLIED]


# -- a server that goes away ---------------------------------------------------------------

def terminate_own_backend_after_first_batch(monkeypatch: pytest.MonkeyPatch,
                                            watcher: Engine) -> list[int]:
    """The importing session's server process is ended (as by a server restart or an
    admin) right after its first batch of rows is written, inside the transaction."""
    killed: list[int] = []
    original = importer._apply_batch

    def then_terminate(session: Session, *args: Any, **kwargs: Any) -> None:
        original(session, *args, **kwargs)
        if not killed:
            pid = int(session.connection().exec_driver_sql("SELECT pg_backend_pid()")
                      .scalar_one())
            with watcher.connect() as connection:
                assert connection.scalar(text("SELECT pg_terminate_backend(:pid)"),
                                         {"pid": pid})
            killed.append(pid)

    monkeypatch.setattr(importer, "_apply_batch", then_terminate)
    return killed


def test_a_connection_lost_mid_import_stores_nothing_and_the_bundle_imports_again(
        world: World, watcher: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(world.office, world.head, "Putus", BATCH + 500)
    bundle = export(world.office, world.head, world.usb)
    before = dump(world.hub)  # the ledger too: not even a line says it was seen
    killed = terminate_own_backend_after_first_batch(monkeypatch, watcher)
    with pytest.raises(DatabaseUnreachable) as raised:
        import_bundles(world.hub, world.admin, [bundle])
    assert killed
    message = raised.value.message
    assert message.startswith("Server basis data tidak terjangkau saat mengimpor "
                              f"{bundle.name}")
    assert "Tidak ada yang disimpan" in message
    assert dump(world.hub) == before

    monkeypatch.undo()  # the server is back: the same PC, the same pool, reconnects
    [again] = import_bundles(world.hub, world.admin, [bundle])
    assert again.result == APPLIED and again.summary.new == BATCH + 500
    assert dump(world.hub, exclude=LEDGER) != before
    assert rows(world.hub, Staff, OFFICE_CODE) == rows(world.office, Staff, OFFICE_CODE)


def test_a_lost_connection_after_earlier_bundles_says_which_ones_are_stored(
        world: World, watcher: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    add_people(world.office, world.head, "Satu", 2)
    done = export(world.office, world.head, world.usb / "a")
    acknowledge(world.office, manifest_of(done)["seq_to"])
    add_people(world.office, world.head, "Dua", 2)
    lost = export(world.office, world.head, world.usb / "b")
    original = importer._apply_batch
    killed = []

    def second_terminates(session: Session, batch: list[dict[str, Any]], *args: Any) -> None:
        original(session, batch, *args)
        if batch[0]["seq"] == manifest_of(lost)["seq_from"]:
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with watcher.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            killed.append(pid)

    monkeypatch.setattr(importer, "_apply_batch", second_terminates)
    with pytest.raises(DatabaseUnreachable, match="1 bundle sebelumnya sudah selesai"):
        import_bundles(world.hub, world.admin, [done, lost])
    assert killed
    assert log_count(world.hub, world.office.device.id) == manifest_of(done)["seq_to"]


def test_opening_a_server_that_does_not_answer_says_so_without_the_password(
        tmp_path: Path) -> None:
    url = "postgresql+psycopg://pantau:rahasia-sekali@127.0.0.1:1/pantau"
    with pytest.raises(DatabaseUnreachable) as raised:
        open_app(tmp_path / "pc", url)
    message = raised.value.message
    assert message.startswith("Server basis data tidak terjangkau saat membuka database "
                              "(postgresql+psycopg://pantau@127.0.0.1:1/pantau: ")
    assert "rahasia-sekali" not in message and "Tidak ada yang disimpan" in message


def test_the_cli_prints_the_message_for_a_server_that_is_down(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    code = main(["--data-dir", str(tmp_path / "pc"), "--database-url",
                 "postgresql+psycopg://postgres:geheim@127.0.0.1:1/pantau", "verify-log"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("pantau: Server basis data tidak terjangkau")
    assert "geheim" not in err and "Traceback" not in err
