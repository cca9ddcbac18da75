"""Property: however a device's log is cut into bundles, and in whatever order they reach
the city (and whenever the admin approves the device), the hub ends in the same state."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from core.changelog import verify_chain
from core.context import AppContext, open_app
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user, set_active
from core.services.staff import StaffInput, StaffStatus, deactivate_staff, update_staff
from core.sync.importer import (
    APPLIED,
    HELD,
    PRESENT,
    REFUSED,
    approve_device,
    import_bundles,
)
from db.models import LogHead, Staff, SyncAck, SyncBundle
from tests.conftest import PASSWORD, FakeClock, open_office
from tests.sync.conftest import add_people, export, start_clock
from tests.sync.forge import LEDGER, dump

Range = tuple[int, int]


def export_range(office: AppContext, actor: Actor, first: int, last: int, out: Path) -> Path:
    """The bundle the office's exporter writes for seq `first`–`last`: as if the city had
    acknowledged `first - 1` and the office had stopped writing at `last`."""
    device = office.device.id
    with office.raw_write() as session:
        session.merge(SyncAck(device_id=device, seq=first - 1, acknowledged_at=office.clock()))
        head = session.get(LogHead, device)
        assert head is not None
        real_end, head.seq = head.seq, last
    try:
        return export(office, actor, out / f"{first}-{last}")
    finally:
        with office.raw_write() as session:
            head = session.get(LogHead, device)
            assert head is not None
            head.seq = real_end


@dataclass(repr=False)
class DeviceLog:
    office: AppContext
    head: Actor
    hub_template: Path
    admin: Actor
    device_id: str
    length: int
    expected: dict[str, list[tuple[object, ...]]]
    root: Path
    bundles: dict[Range, Path] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"DeviceLog({self.length} entries of device {self.device_id})"

    def _repr_pretty_(self, printer: Any, _cycle: bool) -> None:
        printer.text(repr(self))  # keeps hypothesis' failure reports short

    def bundle(self, span: Range) -> Path:
        if span not in self.bundles:
            self.bundles[span] = export_range(self.office, self.head, *span,
                                              self.root / "bundles")
        return self.bundles[span]


def _write_history(office: AppContext, head: Actor, clock: FakeClock) -> None:
    """Seq 5–12 after the template's 1–4: inserts, updates, a tombstone, an account, and an
    office clock that jumps back an hour and later runs two hours ahead of the city."""
    clock.advance(minutes=5)
    first, second = add_people(office, head, "Sifat", 2)
    with office.write(head) as uow:
        update_staff(uow, first, StaffInput("Sifat Nol, S.Kom.", "Kasi", StaffStatus.NON_ASN,
                                            local_id="Sifat-0", active_from=date(2025, 1, 2)))
    clock.advance(hours=-1)
    with office.write(head) as uow:
        deactivate_staff(uow, second, date(2026, 10, 31))
    with office.write(head) as uow:
        operator = create_user(uow, NewAccount("operator", "Operator", Role.OPERATOR,
                                               "mulai12345"))
    clock.advance(hours=3)
    with office.write(head) as uow:
        set_active(uow, operator.id, False)
    with office.write(head) as uow:
        uow.delete(uow.session.get(Staff, first))
    add_people(office, head, "Akhir", 1)


@pytest.fixture(scope="module")
def device_log(world_template: tuple[Path, Actor, Actor],
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[DeviceLog]:
    template, head, _admin = world_template
    root = tmp_path_factory.mktemp("property")
    shutil.copytree(template / "office", root / "office")
    office_clock = start_clock()
    office = open_app(root / "office", clock=office_clock)
    _write_history(office, head, office_clock)
    with office.read() as session:
        length = verify_chain(session, office.device.id).head_seq
    assert length == 12

    hub = open_office(root / "hub", start_clock(), Mode.HUB, "15.71")
    admin = authenticate(hub, "admin", PASSWORD)
    hub.close()
    log = DeviceLog(office, head, root / "hub", admin, office.device.id, length, {}, root)

    reference = root / "reference"
    shutil.copytree(log.hub_template, reference)
    hub = open_app(reference, clock=start_clock())
    try:
        import_bundles(hub, admin, [log.bundle((1, length))])
        assert [r.result for r in approve_device(hub, admin, log.device_id)] == [APPLIED]
        with hub.read() as session:
            assert verify_chain(session, log.device_id).head_seq == length
        log.expected = dump(hub, exclude=LEDGER)
    finally:
        hub.close()
    assert {flag[:3] for flag in log.expected["clock_flag"]} == {
        (log.device_id, 8, "backwards"), (log.device_id, 10, "future"),
        (log.device_id, 11, "future"), (log.device_id, 12, "future")}
    try:
        yield log
    finally:
        office.close()


@st.composite
def deliveries(draw: st.DrawFn, length: int) -> tuple[list[Range], int]:
    """A split of seq 1–`length` into bundles, an arrival order, and after which arrival
    the admin approves the (until then unknown) device."""
    cuts = sorted(draw(st.sets(st.integers(1, length - 1), max_size=length - 1)))
    bounds = [0, *cuts, length]
    spans = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    order = draw(st.permutations(spans))
    approve_after = draw(st.integers(1, len(order)))
    return order, approve_after


def deliver(log: DeviceLog, order: list[Range], approve_after: int,
            tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("hub")
    shutil.rmtree(folder)
    shutil.copytree(log.hub_template, folder)
    hub = open_app(folder, clock=start_clock())
    try:
        for arrived, span in enumerate(order, start=1):
            [result] = import_bundles(hub, log.admin, [log.bundle(span)])
            assert result.result in (APPLIED, HELD, PRESENT), (span, result.reason)
            if arrived == approve_after:
                approve_device(hub, log.admin, log.device_id)
        assert dump(hub, exclude=LEDGER) == log.expected
        with hub.read() as session:
            ledger = session.scalars(select(SyncBundle)).all()
            assert verify_chain(session, log.device_id).ok
        assert REFUSED not in {line.result for line in ledger}, \
            [(line.file_name, line.result, line.reason) for line in ledger]
        assert all(line.held_path is None for line in ledger)
        held = folder / "held"
        assert not held.exists() or list(held.iterdir()) == []
    finally:
        hub.close()
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_any_split_of_a_log_imported_in_any_order_converges_to_the_same_hub_state(
        device_log: DeviceLog, tmp_path_factory: pytest.TempPathFactory,
        data: st.DataObject) -> None:
    order, approve_after = data.draw(deliveries(device_log.length))
    deliver(device_log, order, approve_after, tmp_path_factory)


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_bundles_that_arrive_more_than_once_still_converge_to_the_same_hub_state(
        device_log: DeviceLog, tmp_path_factory: pytest.TempPathFactory,
        data: st.DataObject) -> None:
    """The same stick plugged in twice, a bundle copied to two folders: repeats anywhere."""
    order, approve_after = data.draw(deliveries(device_log.length))
    arrivals = list(order)
    for span in data.draw(st.lists(st.sampled_from(order), min_size=1, max_size=3)):
        arrivals.insert(data.draw(st.integers(0, len(arrivals))), span)
    deliver(device_log, arrivals, min(approve_after, len(arrivals)), tmp_path_factory)


def test_the_property_sees_real_clock_flags_and_every_kind_of_change(
        device_log: DeviceLog) -> None:
    """Guards the property above against an empty or trivial log."""
    ops = {row[4] for row in device_log.expected["change_log"]}
    assert ops == {"insert", "update", "delete"}
    assert device_log.length == 12 and len(device_log.expected["clock_flag"]) == 4

