"""The hub follows each device's hash chain: repeats change nothing, any arrival order
ends in the same place, gaps wait, forks and replays are refused or ignored, clocks are
flagged, and a dry run writes nothing at all."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from core.changelog import verify_chain
from core.context import open_app
from core.services.accounts import authenticate
from core.services.maintenance import backup_now, restore_backup
from core.services.staff import StaffInput, StaffStatus, deactivate_staff, update_staff
from core.sync.importer import (
    APPLIED,
    HELD,
    PRESENT,
    REFUSED,
    approve_device,
    import_bundles,
)
from db.models import ClockFlag, LogHead, Staff, SyncBundle, User
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.sync.conftest import World, add_people, export, rows
from tests.sync.forge import LEDGER, acknowledge, dump, manifest_of, rewrite


def step(world: World, prefix: str, count: int = 3, out: Path | None = None) -> Path:
    """The office adds `count` staff and exports what the city has not acknowledged; then
    the city's acknowledgement arrives, so the next step's bundle starts after it."""
    add_people(world.office, world.head, prefix, count)
    bundle = export(world.office, world.head, out or world.usb)
    acknowledge(world.office, manifest_of(bundle)["seq_to"])
    return bundle


def ledger(world: World) -> list[SyncBundle]:
    with world.hub.read() as session:
        return list(session.scalars(select(SyncBundle)))


def hub_head(world: World) -> tuple[int, str]:
    with world.hub.read() as session:
        head = session.get(LogHead, world.office.device.id)
    assert head is not None
    return head.seq, head.hash


def assert_hub_mirrors_office(world: World) -> None:
    for model in (Staff, User):
        assert rows(world.hub, model, OFFICE_CODE) == rows(world.office, model, OFFICE_CODE)
    with world.hub.read() as session:
        at_hub = verify_chain(session, world.office.device.id)
    with world.office.read() as session:
        at_office = verify_chain(session, world.office.device.id)
    assert at_hub.ok, at_hub.problems
    assert (at_hub.head_seq, at_hub.head_hash) == (at_office.head_seq, at_office.head_hash)


def held_files(world: World) -> list[Path]:
    folder = world.hub.data_dir.root / "held"
    return sorted(folder.iterdir()) if folder.exists() else []


# -- repeats and order --------------------------------------------------------------------

def test_importing_the_same_bundles_twice_changes_nothing(world: World) -> None:
    bundles = [step(world, name) for name in ("A", "B", "C")]
    first = import_bundles(world.hub, world.admin, [world.usb])
    assert [r.result for r in first] == [APPLIED] * 3
    before = dump(world.hub, exclude=LEDGER)
    again = import_bundles(world.hub, world.admin, [world.usb, world.first])
    assert [(r.file.name, r.result) for r in again] == \
        [(b.name, PRESENT) for b in [*bundles, world.first]]
    assert all(r.summary.new == r.summary.updated == 0 for r in again)
    assert dump(world.hub, exclude=LEDGER) == before
    assert_hub_mirrors_office(world)


def test_bundles_in_reverse_order_all_apply_once_the_first_arrives(world: World) -> None:
    one, two, three = (step(world, name) for name in ("A", "B", "C"))
    [late] = import_bundles(world.hub, world.admin, [three])
    [middle] = import_bundles(world.hub, world.admin, [two])
    assert (late.result, middle.result) == (HELD, HELD)
    assert hub_head(world)[0] == 4
    assert len(held_files(world)) == 2
    [start] = import_bundles(world.hub, world.admin, [one])
    assert start.result == APPLIED
    assert [(r.file.name, r.result) for r in start.released] == \
        [(two.name, APPLIED), (three.name, APPLIED)]
    assert_hub_mirrors_office(world)
    assert held_files(world) == []
    assert all(line.held_path is None for line in ledger(world))


def test_a_gap_is_held_with_the_missing_range_then_applied_when_filled(world: World) -> None:
    one, two, three = (step(world, name) for name in ("A", "B", "C"))
    assert [manifest_of(b)["seq_from"] for b in (one, two, three)] == [5, 8, 11]
    import_bundles(world.hub, world.admin, [one])
    before = dump(world.hub, exclude=LEDGER)
    [gap] = import_bundles(world.hub, world.admin, [three])
    assert gap.result == HELD and "celah" in gap.reason.lower()
    assert "8–10" in gap.reason, gap.reason
    assert dump(world.hub, exclude=LEDGER) == before
    [kept] = held_files(world)
    assert kept.read_bytes() == three.read_bytes()
    [fill] = import_bundles(world.hub, world.admin, [two])
    assert fill.result == APPLIED
    assert [r.result for r in fill.released] == [APPLIED]
    assert_hub_mirrors_office(world)
    assert held_files(world) == []


def test_a_held_bundle_imported_twice_is_released_once_without_a_refusal(
        world: World) -> None:
    one, _two, three = (step(world, name) for name in ("A", "B", "C"))
    import_bundles(world.hub, world.admin, [three])
    import_bundles(world.hub, world.admin, [three])  # the same stick plugged in again
    results = import_bundles(world.hub, world.admin, [world.usb])
    assert results[0].file == one
    released = [r for res in results for r in res.released]
    assert REFUSED not in [r.result for r in released], \
        [(r.file.name, r.result, r.reason) for r in released]
    assert REFUSED not in [line.result for line in ledger(world)]
    assert_hub_mirrors_office(world)


def test_an_unknown_device_with_a_gap_waits_for_approval_and_the_fill(
        world: World, tmp_path: Path) -> None:
    """A new kelurahan whose second bundle reaches the city first."""
    other = open_office(tmp_path / "other", world.clock, office_code="15.71.01.1002")
    try:
        lurah = authenticate(other, "lurah", PASSWORD)
        add_people(other, lurah, "X", 2)
        first = export(other, lurah, tmp_path / "o1")
        acknowledge(other, 3)
        add_people(other, lurah, "Y", 2)
        second = export(other, lurah, tmp_path / "o2")
        device = other.device.id
    finally:
        other.close()
    assert [r.result for r in import_bundles(world.hub, world.admin, [second])] == [HELD]
    assert approve_device(world.hub, world.admin, device) == []  # approved, still a gap
    assert len(held_files(world)) == 1
    [filled] = import_bundles(world.hub, world.admin, [first])
    assert filled.result == APPLIED and [r.result for r in filled.released] == [APPLIED]
    with world.hub.read() as session:
        assert verify_chain(session, device).head_seq == 5
    assert held_files(world) == []


# -- forks and replays --------------------------------------------------------------------

def _restore_office(world: World, backup: Path) -> None:
    """The office PC is restored from an earlier backup (same device, same key)."""
    database, backups = world.office.data_dir.database, world.office.data_dir.backups
    root = world.office.data_dir.root
    world.office.close()
    restore_backup(database, backups, backup, world.clock())
    world.office = open_app(root, clock=world.clock)


def test_an_office_restored_from_backup_that_rewrites_held_seqs_is_refused_as_a_fork(
        world: World) -> None:
    backup = backup_now(world.office, "sebelum")
    sent = step(world, "Asli")
    assert import_bundles(world.hub, world.admin, [sent])[0].result == APPLIED
    _restore_office(world, backup)
    other = step(world, "Lain", 2, world.usb / "after-restore")
    assert (manifest_of(other)["seq_from"], manifest_of(other)["seq_to"]) == (5, 6)
    before = dump(world.hub, exclude=LEDGER)
    [result] = import_bundles(world.hub, world.admin, [other])
    assert result.result == REFUSED and "fork" in result.reason.lower(), result.reason
    assert "seq 5" in result.reason
    assert dump(world.hub, exclude=LEDGER) == before
    [line] = [b for b in ledger(world) if b.file_name == other.name]
    assert line.result == REFUSED and "fork" in line.reason.lower()


def test_a_restored_office_continuing_past_the_hubs_head_is_refused_as_a_fork(
        world: World) -> None:
    backup = backup_now(world.office, "sebelum")
    import_bundles(world.hub, world.admin, [step(world, "Asli")])  # hub holds 1–7
    _restore_office(world, backup)
    add_people(world.office, world.head, "Lain", 3)  # a different 5–7
    acknowledge(world.office, 7)  # the city's acknowledgement of the old 1–7 arrives
    beyond = step(world, "Lanjut", 1, world.usb / "after-restore")
    assert manifest_of(beyond)["seq_from"] == 8
    before = dump(world.hub, exclude=LEDGER)
    [result] = import_bundles(world.hub, world.admin, [beyond])
    assert result.result == REFUSED and "fork" in result.reason.lower(), result.reason
    assert dump(world.hub, exclude=LEDGER) == before


def test_an_old_bundle_replayed_after_a_newer_one_changes_nothing(
        world: World, tmp_path: Path) -> None:
    with world.office.read() as session:
        ids = sorted(session.scalars(select(Staff.id)))
    with world.office.write(world.head) as uow:
        update_staff(uow, ids[0], StaffInput("Awal Nol, S.Sos.", "Sekretaris",
                                             StaffStatus.NON_ASN, local_id="Awal-0",
                                             active_from=date(2025, 1, 2)))
        deactivate_staff(uow, ids[1], date(2026, 10, 31))
    newer = export(world.office, world.head, world.usb)
    assert import_bundles(world.hub, world.admin, [newer])[0].result == APPLIED
    before = dump(world.hub, exclude=LEDGER)
    renamed = tmp_path / "pantau-lama.pantau"
    shutil.copyfile(world.first, renamed)
    replayed = import_bundles(world.hub, world.admin, [world.first, renamed])
    assert [r.result for r in replayed] == [PRESENT, PRESENT]
    assert dump(world.hub, exclude=LEDGER) == before
    with world.hub.read() as session:
        renamed_row = session.get(Staff, ids[0])
    assert renamed_row is not None and renamed_row.rev == 2
    assert renamed_row.name == "Awal Nol, S.Sos."
    assert_hub_mirrors_office(world)


def test_a_range_overlapping_what_the_hub_holds_applies_only_the_missing_seqs(
        world: World) -> None:
    add_people(world.office, world.head, "Baru", 3)
    full = export(world.office, world.head, world.usb, full=True)
    assert manifest_of(full)["seq_from"] == 1
    [result] = import_bundles(world.hub, world.admin, [full])
    assert result.result == APPLIED
    assert (result.summary.new, result.summary.unchanged) == (3, 4)
    assert_hub_mirrors_office(world)


def test_a_replayed_bundle_with_its_seq_range_relabelled_is_refused(
        world: World, tmp_path: Path) -> None:
    """An attacker re-signs seq 1–4 claiming to be seq 5–8: the entries say otherwise."""
    bundle = step(world, "Baru")
    import_bundles(world.hub, world.admin, [bundle])
    relabelled = rewrite(world.first, tmp_path / "relabelled.pantau",
                         manifest={"seq_from": 8, "seq_to": 11},
                         key=world.office.device_key())
    before = dump(world.hub, exclude=LEDGER)
    [result] = import_bundles(world.hub, world.admin, [relabelled])
    assert result.result == REFUSED
    assert dump(world.hub, exclude=LEDGER) == before


# -- a reinstalled office -----------------------------------------------------------------

def test_a_reinstalled_office_whose_accounts_clash_is_refused_not_crashing(
        world: World, tmp_path: Path) -> None:
    """The PC is reinstalled: a new device for the same kelurahan creates "lurah" again,
    while the hub already holds the old device's "lurah"."""
    again = open_office(tmp_path / "reinstalled", world.clock)
    try:
        lurah = authenticate(again, "lurah", PASSWORD)
        bundle = export(again, lurah, tmp_path / "usb2")
        device = again.device.id
    finally:
        again.close()
    assert import_bundles(world.hub, world.admin, [bundle])[0].result == HELD
    before = dump(world.hub, exclude=(*LEDGER, "sync_device"))
    released = approve_device(world.hub, world.admin, device)  # must not raise
    assert [r.result for r in released] == [REFUSED]
    assert released[0].reason
    assert dump(world.hub, exclude=(*LEDGER, "sync_device")) == before


# -- clocks -------------------------------------------------------------------------------

def flags(world: World) -> dict[tuple[int, str], str]:
    with world.hub.read() as session:
        return {(f.seq, f.kind): f.detail for f in session.scalars(select(ClockFlag))}


def test_office_times_in_the_hubs_future_or_going_backwards_are_flagged(world: World) -> None:
    office_clock = FakeClock(world.clock())
    world.office.clock = office_clock
    for minutes in (9, 30, 20):  # seq 5, 6, 7
        office_clock.now = world.clock() + timedelta(minutes=minutes)
        add_people(world.office, world.head, f"Jam{minutes}", 1)
    bundle = export(world.office, world.head, world.usb)
    [result] = import_bundles(world.hub, world.admin, [bundle])
    assert result.result == APPLIED
    found = flags(world)
    assert set(found) == {(6, "future"), (7, "future"), (7, "backwards")}
    assert result.summary.clock_flags == 3
    assert "mundur" in found[(7, "backwards")]


def test_time_going_backwards_across_two_bundles_is_flagged_once(world: World) -> None:
    office_clock = FakeClock(world.clock())
    world.office.clock = office_clock
    office_clock.advance(hours=-2)  # seq 5, before seq 4: the end of the first bundle
    first = step(world, "Mundur", 1)
    office_clock.advance(hours=-1)  # seq 6, before seq 5: the start of the second bundle
    add_people(world.office, world.head, "Lagi", 1)
    office_clock.advance(hours=2)  # seq 7: forwards again
    add_people(world.office, world.head, "Maju", 1)
    second = export(world.office, world.head, world.usb / "two")
    assert manifest_of(second)["seq_from"] == 6
    import_bundles(world.hub, world.admin, [first])
    import_bundles(world.hub, world.admin, [second])
    assert set(flags(world)) == {(5, "backwards"), (6, "backwards")}
    import_bundles(world.hub, world.admin, [first, second])  # present: no new flags
    assert set(flags(world)) == {(5, "backwards"), (6, "backwards")}


def test_an_office_clock_a_little_ahead_is_not_flagged(world: World) -> None:
    world.office.clock = FakeClock(world.clock() + timedelta(minutes=10))
    add_people(world.office, world.head, "Tepat", 2)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])
    assert flags(world) == {}


# -- dry run ------------------------------------------------------------------------------

def dry_run_changes_nothing(world: World, bundle: Path, expected: str) -> None:
    before = dump(world.hub)
    held_before = held_files(world)
    [result] = import_bundles(world.hub, world.admin, [bundle], dry_run=True)
    assert result.result == expected, result
    assert dump(world.hub) == before
    assert held_files(world) == held_before


def test_a_dry_run_reports_what_would_apply_and_writes_nothing(world: World) -> None:
    bundle = step(world, "Coba", 3)
    before = dump(world.hub)
    [result] = import_bundles(world.hub, world.admin, [bundle], dry_run=True)
    assert result.result == APPLIED and result.summary.new == 3
    assert dump(world.hub) == before
    [real] = import_bundles(world.hub, world.admin, [bundle])
    assert (real.result, real.summary) == (result.result, result.summary)


def test_a_dry_run_of_a_gap_writes_nothing_not_even_the_held_copy(world: World) -> None:
    step(world, "A")
    dry_run_changes_nothing(world, step(world, "B"), HELD)


def test_a_dry_run_of_a_refused_bundle_writes_nothing_not_even_the_ledger(
        world: World, tmp_path: Path) -> None:
    bundle = step(world, "A")
    newer = rewrite(bundle, tmp_path / "newer.pantau", manifest={"schema_version": "9999"},
                    key=world.office.device_key())
    dry_run_changes_nothing(world, newer, REFUSED)


def test_a_dry_run_of_an_unknown_devices_bundle_writes_nothing(
        world: World, tmp_path: Path) -> None:
    other = open_office(tmp_path / "other", world.clock, office_code="15.71.01.1002")
    try:
        bundle = export(other, authenticate(other, "lurah", PASSWORD), tmp_path / "o")
    finally:
        other.close()
    dry_run_changes_nothing(world, bundle, HELD)
