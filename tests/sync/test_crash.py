"""kill -9 in the middle of an import: the hub is exactly as it was, and a retry works."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.changelog import verify_chain
from core.context import open_app
from core.sync.importer import APPLIED, BATCH, import_bundles
from db.models import LogHead
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World
from tests.sync.forge import build_bundle, chain, dump_file, staff_change

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 20_000

# Runs the real importer in another process. A hook around each batch slows the import
# down after the third batch (and shrinks SQLite's page cache first, so uncommitted pages
# spill into the WAL file), then says so, and waits to be killed.
IMPORTER = r"""
import sys, time
from datetime import UTC, datetime
from pathlib import Path

import core.sync.importer as importer
from core.context import open_app
from core.roles import Actor, Role

hub_dir, bundle, user_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
original = importer._apply_batch
calls = 0

def hooked(session, batch, device_id, summary):
    global calls
    calls += 1
    if calls == 1:
        session.connection().exec_driver_sql("PRAGMA cache_size=8")
    original(session, batch, device_id, summary)
    if calls == 3:
        session.flush()
        print("mid-import", flush=True)
        time.sleep(120)

importer._apply_batch = hooked
ctx = open_app(hub_dir, clock=lambda: datetime(2026, 11, 25, 1, 30, tzinfo=UTC))
importer.import_bundles(ctx, Actor(user_id, "admin", Role.ADMIN, "15.71"), [bundle])
print("finished", flush=True)
"""


@pytest.mark.sqlite_hub("kills the process writing the SQLite file and reads its WAL; "
                        "the PostgreSQL case is test_postgres_hub.py's terminated backend")
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX kill -9")
def test_kill_9_during_an_import_leaves_the_hub_as_it_was_and_a_retry_applies(
        world: World, tmp_path: Path) -> None:
    device = world.office.device.id
    with world.hub.read() as session:
        head = session.get(LogHead, device)
    assert head is not None and head.seq == 4
    changes = [staff_change(device, OFFICE_CODE, n, world.clock()) for n in range(ENTRIES)]
    bundle = build_bundle(tmp_path / "besar.pantau", world.office.device_key(), device,
                          OFFICE_CODE, chain(device, 5, head.hash, changes), head.hash)
    assert ENTRIES > 3 * BATCH
    hub_dir = world.hub.data_dir.root
    database = world.hub.data_dir.database
    world.hub.close()
    before = dump_file(database)
    wal = database.with_name(database.name + "-wal")
    wal_before = wal.stat().st_size if wal.exists() else 0

    process = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(hub_dir), str(bundle), str(world.admin.user_id)],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "the importer did not reach the middle of the import in 60 s"
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line == "mid-import", (line, process.stderr.read() if process.stderr else "")
        # Megabytes of uncommitted pages are already in the WAL file when the kill comes.
        assert wal.exists() and wal.stat().st_size > wal_before + 1024 * 1024
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()

    assert dump_file(database) == before
    check = sqlite3.connect(database)
    try:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        check.close()

    world.hub = open_app(hub_dir, clock=world.clock)
    with world.hub.read() as session:
        report = verify_chain(session, device)
    assert report.ok and report.head_seq == 4
    [retry] = import_bundles(world.hub, world.admin, [bundle])
    assert retry.result == APPLIED and retry.summary.new == ENTRIES
    with world.hub.read() as session:
        report = verify_chain(session, device)
    assert report.ok, report.problems
    assert report.head_seq == 4 + ENTRIES
