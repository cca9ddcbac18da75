"""The change log: every synced write logged in its transaction, seq 1, 2, 3…, hash-chained."""

from __future__ import annotations

import itertools
import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core.canonical import GENESIS_HASH
from core.changelog import verify_chain
from core.context import AppContext, open_app
from core.errors import ValidationError
from core.roles import Actor
from core.services.staff import StaffInput, StaffStatus, add_staff, deactivate_staff, update_staff
from db.models import ChangeLogEntry, Staff
from tests.conftest import FakeClock, open_office


def _entries(ctx: AppContext) -> list[ChangeLogEntry]:
    with ctx.read() as session:
        return list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)))


def _non_asn(name: str, local_id: str) -> StaffInput:
    return StaffInput(name, "Staf", StaffStatus.NON_ASN, local_id=local_id)


def test_each_create_update_and_delete_appends_one_chained_entry(office: AppContext,
                                                                 head: Actor) -> None:
    with office.write(head) as uow:
        row = add_staff(uow, _non_asn("Bambang Irawan", "NA-1"))
    with office.write(head) as uow:
        update_staff(uow, row.id, _non_asn("Bambang Irawan, S.E.", "NA-1"))
    with office.write(head) as uow:
        uow.delete(uow.session.get(Staff, row.id))
    staff_entries = [e for e in _entries(office) if e.table_name == "staff"]
    assert [(e.op, e.rev) for e in staff_entries] == [("insert", 1), ("update", 2),
                                                       ("delete", 3)]
    assert json.loads(staff_entries[1].payload)["name"] == "Bambang Irawan, S.E."
    assert json.loads(staff_entries[2].payload)["deleted_at"] is not None
    assert all(e.actor == "lurah" for e in staff_entries)
    entries = _entries(office)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    with office.read() as session:
        report = verify_chain(session, office.device.id)
    assert report.ok and report.head_seq == len(entries) and report.head_hash == entries[-1].hash


def test_an_update_that_changes_nothing_writes_no_entry(office: AppContext, head: Actor) -> None:
    with office.write(head) as uow:
        row = add_staff(uow, _non_asn("Agus Salim", "NA-2"))
    count = len(_entries(office))
    with office.write(head) as uow:
        update_staff(uow, row.id, _non_asn("Agus Salim", "NA-2"))
    assert len(_entries(office)) == count


def test_a_failed_transaction_leaves_no_row_and_no_gap_in_seq(office: AppContext,
                                                             head: Actor) -> None:
    count = len(_entries(office))
    with pytest.raises(ValidationError), office.write(head) as uow:
        add_staff(uow, _non_asn("Fitri Handayani", "NA-3"))
        add_staff(uow, StaffInput("Tanpa NIP", "Staf", StaffStatus.PNS))  # refused
    assert len(_entries(office)) == count
    with office.read() as session:
        assert session.scalars(select(Staff)).all() == []
    with office.write(head) as uow:
        add_staff(uow, _non_asn("Fitri Handayani", "NA-3"))
    assert [e.seq for e in _entries(office)] == list(range(1, count + 2))
    with office.read() as session:
        assert verify_chain(session, office.device.id).ok


def test_a_synced_row_changed_outside_the_unit_of_work_is_refused(office: AppContext,
                                                                  head: Actor) -> None:
    with office.write(head) as uow:
        row = add_staff(uow, _non_asn("Lina Marpaung", "NA-4"))
    with pytest.raises(RuntimeError, match="outside UnitOfWork"), office.write(head) as uow:
        uow.session.get(Staff, row.id).name = "Diam-diam diubah"
        uow.session.flush()
    with office.read() as session:
        assert session.get(Staff, row.id).name == "Lina Marpaung"


def test_an_edited_entry_or_a_removed_entry_breaks_the_chain(office: AppContext,
                                                             head: Actor) -> None:
    with office.write(head) as uow:
        for number in range(3):
            add_staff(uow, _non_asn(f"Pegawai {number}", f"NA-{number}"))
    with office.raw_write() as session:
        session.execute(text("UPDATE change_log SET payload = replace(payload, 'Pegawai 1', "
                             "'Pegawai X') WHERE seq = 3"))
    with office.read() as session:
        report = verify_chain(session, office.device.id)
    assert not report.ok and any("seq 3: hash" in p for p in report.problems)
    with office.raw_write() as session:
        session.execute(text("DELETE FROM change_log WHERE seq = 2"))
    with office.read() as session:
        report = verify_chain(session, office.device.id)
    assert any("seq 2 hilang" in p for p in report.problems)


def test_concurrent_writers_never_leave_a_gap_or_a_fork(office: AppContext, head: Actor) -> None:
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            for number in range(15):
                with office.write(head) as uow:
                    add_staff(uow, _non_asn(f"{prefix} {number}", f"{prefix}-{number}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("A", "B", "C")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    entries = _entries(office)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert len(entries) == 1 + 45
    with office.read() as session:
        assert verify_chain(session, office.device.id).ok


def test_a_power_cut_mid_transaction_loses_nothing_committed(tmp_path: Path,
                                                              clock: FakeClock) -> None:
    """A writer killed before commit: the committed rows and a whole chain remain."""
    import subprocess
    import sys

    ctx = open_office(tmp_path / "office", clock)
    ctx.close()
    script = f"""
import os
from pathlib import Path
from core.context import open_app
from core.services.accounts import authenticate
from core.services.staff import StaffInput, StaffStatus, add_staff
ctx = open_app(Path({str(tmp_path / "office")!r}))
actor = authenticate(ctx, "lurah", "rahasia123")
with ctx.write(actor) as uow:
    add_staff(uow, StaffInput("Tersimpan", "Staf", StaffStatus.NON_ASN, local_id="OK-1"))
with ctx.write(actor) as uow:
    add_staff(uow, StaffInput("Tidak tersimpan", "Staf", StaffStatus.NON_ASN, local_id="NO-1"))
    uow.session.flush()
    os._exit(9)  # the power goes out before the commit
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=Path.cwd(), timeout=60)
    assert result.returncode == 9
    ctx = open_app(tmp_path / "office", clock=clock)
    try:
        with ctx.read() as session:
            names = sorted(session.scalars(select(Staff.name)))
            report = verify_chain(session, ctx.device.id)
        assert names == ["Tersimpan"]
        assert report.ok and report.head_seq == 2
    finally:
        ctx.close()


@pytest.mark.pg
def test_the_chain_holds_on_postgresql_with_concurrent_writers(tmp_path: Path, clock: FakeClock,
                                                               pg_url: str) -> None:
    from core.services.accounts import authenticate

    ctx = open_office(tmp_path / "hubdata", clock, database_url=pg_url)
    try:
        actor = authenticate(ctx, "lurah", "rahasia123")
        errors: list[BaseException] = []

        def writer(prefix: str) -> None:
            try:
                for number in range(10):
                    with ctx.write(actor) as uow:
                        add_staff(uow, _non_asn(f"{prefix} {number}", f"{prefix}-{number}"))
                with ctx.write(actor) as uow:
                    row = uow.session.scalars(select(Staff).where(
                        Staff.local_id == f"{prefix}-0")).one()
                    deactivate_staff(uow, row.id, clock().date())
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(p,)) for p in ("A", "B")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        with ctx.read() as session:
            report = verify_chain(session, ctx.device.id)
        assert report.ok and report.head_seq == 1 + 22
    finally:
        ctx.close()
