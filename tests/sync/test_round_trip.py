"""Office to hub by real zip files in a USB folder: what arrives is what was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.changelog import verify_chain
from core.context import AppContext
from core.roles import Actor, Role
from core.services.accounts import NewAccount, create_user, set_active
from core.services.staff import StaffInput, StaffStatus, deactivate_staff, update_staff
from core.sync.export import export_preview
from core.sync.importer import APPLIED, HELD, PRESENT, approve_device, import_bundles
from db.models import Staff, SyncBundle, SyncDevice, User
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import add_people, export, rows, state


def test_every_synced_table_arrives_at_the_hub_exactly_as_written(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, usb: Path) -> None:
    ids = add_people(office, head, "Pegawai", 5)
    with office.write(head) as uow:
        operator = create_user(uow, NewAccount("operator", "Operator", Role.OPERATOR,
                                               "mulai12345"))
        update_staff(uow, ids[0], StaffInput("Pegawai Nol, S.E.", "Kasi", StaffStatus.NON_ASN,
                                             local_id="Pegawai-0",
                                             active_from=date(2025, 1, 2)))
        deactivate_staff(uow, ids[1], date(2026, 10, 31))
        set_active(uow, operator.id, False)
        uow.delete(uow.session.get(Staff, ids[2]))
    bundle = export(office, head, usb)
    assert bundle.name.startswith(f"pantau-{OFFICE_CODE}-") and bundle.suffix == ".pantau"

    [first] = import_bundles(hub, admin, [usb])
    assert first.result == HELD and "belum disetujui" in first.reason
    with hub.read() as session:
        assert session.scalars(select(Staff)).all() == []
    released = approve_device(hub, admin, office.device.id)
    assert [r.result for r in released] == [APPLIED]
    assert released[0].summary.new == 7  # 5 staff + the head + the operator

    for model in (Staff, User):
        assert rows(hub, model, OFFICE_CODE) == rows(office, model, OFFICE_CODE)
    with hub.read() as session:
        report = verify_chain(session, office.device.id)
        device = session.get(SyncDevice, office.device.id)
    with office.read() as session:
        assert report.head_hash == verify_chain(session, office.device.id).head_hash
    assert device is not None and device.status == "approved" and device.approved_by == "admin"


def test_importing_the_same_bundles_again_changes_nothing(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, usb: Path) -> None:
    add_people(office, head, "A", 3)
    export(office, head, usb)
    import_bundles(hub, admin, [usb])
    approve_device(hub, admin, office.device.id)
    before = state(hub, OFFICE_CODE, office.device.id)
    [again] = import_bundles(hub, admin, [usb])
    assert again.result == PRESENT and again.summary.new == again.summary.updated == 0
    assert state(hub, OFFICE_CODE, office.device.id) == before
    with hub.read() as session:
        results = [b.result for b in session.scalars(select(SyncBundle).order_by(
            SyncBundle.imported_at))]
    assert results.count(PRESENT) == 1


def test_export_carries_only_what_is_new_since_the_last_acknowledgement(
        office: AppContext, head: Actor, usb: Path) -> None:
    from core.sync.importer import bundle_files
    from db.models import SyncAck

    add_people(office, head, "A", 2)
    preview = export_preview(office)
    assert (preview.seq_from, preview.seq_to) == (1, 3)
    assert preview.by_table == {"staff": 2, "user_account": 1}
    with office.raw_write() as session:
        session.add(SyncAck(device_id=office.device.id, seq=3, acknowledged_at=office.clock()))
    empty = export_preview(office)
    assert empty.entries == 0
    from core.sync.export import export_bundle

    assert export_bundle(office, head, usb).path is None
    add_people(office, head, "B", 1)
    assert export(office, head, usb).name.endswith("-0000004-0000004.pantau")
    assert export(office, head, usb, full=True).name.endswith("-0000001-0000004.pantau")
    assert len(bundle_files([usb])) == 2
    assert not list(usb.glob("*.part"))


def test_the_office_day_travels_and_late_records_are_flagged(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, usb: Path,
        clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from core.services.service_hours import amend_time, mark_closed, open_office
    from db.models import Amendment, ClockFlag, DayLog

    clock.now = datetime(2026, 11, 23, 0, 40, tzinfo=UTC)  # Monday 07.40 WIB
    with office.write(head) as uow:
        open_office(uow)
    clock.now = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)  # Friday: the week's gaps filled in
    with office.write(head) as uow:
        amend_time(uow, date(2026, 11, 23), "opened_local", "07.30", "Tombol ditekan terlambat")
        mark_closed(uow, date(2026, 11, 19), "Banjir, kantor tidak dapat dibuka")
    export(office, head, usb)
    import_bundles(hub, admin, [usb])
    approve_device(hub, admin, office.device.id)
    for model in (DayLog, Amendment):
        assert rows(hub, model, OFFICE_CODE) == rows(office, model, OFFICE_CODE)
    with hub.read() as session:
        flags = session.scalars(select(ClockFlag).where(ClockFlag.kind == "late")).all()
    # Both written on the 27th, more than 3 days after the days they describe.
    assert sorted(f.detail for f in flags) == [
        "data hari 2026-11-19 baru dicatat 2026-11-27",
        "data hari 2026-11-23 baru dicatat 2026-11-27"]


def test_late_records_are_judged_by_the_offices_own_day(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, usb: Path,
        clock) -> None:  # type: ignore[no-untyped-def]
    """00.30 WIB on the 27th is still the 26th in UTC: four days after the 23rd at the
    office (flagged), three by UTC (it would not be)."""
    from datetime import UTC, datetime

    from core.services.service_hours import mark_closed
    from db.models import ClockFlag

    clock.now = datetime(2026, 11, 26, 17, 30, tzinfo=UTC)
    with office.write(head) as uow:
        mark_closed(uow, date(2026, 11, 23), "Listrik padam sepanjang hari")
    export(office, head, usb)
    import_bundles(hub, admin, [usb])
    approve_device(hub, admin, office.device.id)
    with hub.read() as session:
        flags = session.scalars(select(ClockFlag).where(ClockFlag.kind == "late")).all()
    assert [f.detail for f in flags] == ["data hari 2026-11-23 baru dicatat 2026-11-27"]


@pytest.mark.pg
def test_a_postgresql_hub_imports_the_same_bundles_to_the_same_state(
        office: AppContext, head: Actor, usb: Path, tmp_path: Path, clock,  # type: ignore[no-untyped-def]
        pg_url: str) -> None:
    from core.roles import Mode
    from core.services.accounts import authenticate
    from tests.conftest import PASSWORD, open_office

    ids = add_people(office, head, "Pg", 4)
    with office.write(head) as uow:
        update_staff(uow, ids[0], StaffInput("Pg Nol", "Kasi", StaffStatus.NON_ASN,
                                             local_id="Pg-0", active_from=date(2025, 1, 2)))
    export(office, head, usb)
    hub = open_office(tmp_path / "pg-hub", clock, Mode.HUB, "15.71", database_url=pg_url)
    try:
        admin = authenticate(hub, "admin", PASSWORD)
        import_bundles(hub, admin, [usb])
        [applied] = approve_device(hub, admin, office.device.id)
        assert applied.result == APPLIED and applied.summary.new == 5
        assert rows(hub, Staff, OFFICE_CODE) == rows(office, Staff, OFFICE_CODE)
        [again] = import_bundles(hub, admin, [usb])
        assert again.result == PRESENT
        with hub.read() as session:
            assert verify_chain(session, office.device.id).ok
    finally:
        hub.close()
