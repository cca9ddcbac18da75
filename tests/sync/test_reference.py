"""City to office: reference bundles (units, accounts, acknowledgements) and setup bundles."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.context import AppContext, open_app
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.offices import add_unit, list_offices
from core.sync.bundle import BundleRefused
from core.sync.export import export_preview
from core.sync.importer import approve_device, import_bundles
from core.sync.reference import (
    city_key_fingerprint,
    export_reference,
    import_reference,
    setup_from_bundle,
)
from db.models import SyncAck, User
from tests.conftest import OFFICE_CODE, FakeClock
from tests.sync.conftest import add_people, export


def _hub_has_office_log(office: AppContext, head: Actor, hub: AppContext, admin: Actor,
                        usb: Path) -> None:
    add_people(office, head, "Pegawai", 3)
    export(office, head, usb)
    import_bundles(hub, admin, [usb])
    approve_device(hub, admin, office.device.id)


def test_the_first_reference_bundle_pins_the_city_key_only_when_the_user_confirms_it(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, tmp_path: Path) -> None:
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "usb")
    printed = city_key_fingerprint(bundle)
    with pytest.raises(BundleRefused, match="belum disematkan"):
        import_reference(office, head, bundle)
    with pytest.raises(BundleRefused, match="belum disematkan"):
        import_reference(office, head, bundle, trust_fingerprint="0000 1111")
    result = import_reference(office, head, bundle, trust_fingerprint=printed.lower())
    assert result.city_fingerprint == printed
    # Pinned now: the next one needs no confirmation.
    import_reference(office, head, export_reference(hub, admin, OFFICE_CODE, tmp_path / "u2"))


def test_units_and_accounts_made_at_the_city_reach_the_office(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, tmp_path: Path) -> None:
    with hub.write(admin) as uow:
        add_unit(uow, "15.71.PKM.001", "Puskesmas Simpang IV Sipin", "15.71.01")
        create_user(uow, NewAccount("sekretaris", "Sekretaris Kelurahan", Role.OPERATOR,
                                    "mulai12345"), office_code=OFFICE_CODE)
        create_user(uow, NewAccount("lain", "Orang Kantor Lain", Role.OPERATOR, "mulai12345"),
                    office_code="15.71.01.1002")
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "usb")
    result = import_reference(office, head, bundle,
                              trust_fingerprint=city_key_fingerprint(bundle))
    assert result.applied == 2
    with office.read() as session:
        assert "15.71.PKM.001" in {o.code for o in list_offices(session)}
        usernames = set(session.scalars(select(User.username)))
    assert usernames == {"lurah", "sekretaris"}  # never another office's accounts
    assert authenticate(office, "sekretaris", "mulai12345").role is Role.OPERATOR
    again = import_reference(office, head, bundle)
    assert (again.applied, again.unchanged) == (0, 2)


def test_acknowledgements_shrink_the_next_export(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, usb: Path,
        tmp_path: Path) -> None:
    _hub_has_office_log(office, head, hub, admin, usb)
    assert export_preview(office).entries == 4
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "ref")
    result = import_reference(office, head, bundle,
                              trust_fingerprint=city_key_fingerprint(bundle))
    assert result.acknowledged_seq == 4
    assert export_preview(office).entries == 0
    with office.read() as session:
        ack = session.get(SyncAck, office.device.id)
    assert ack is not None and ack.seq == 4
    add_people(office, head, "Baru", 1)
    preview = export_preview(office)
    assert (preview.seq_from, preview.seq_to) == (5, 5)


def test_a_reference_bundle_signed_by_another_key_is_refused(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, tmp_path: Path,
        clock: FakeClock) -> None:
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "usb")
    import_reference(office, head, bundle, trust_fingerprint=city_key_fingerprint(bundle))
    from tests.conftest import open_office

    impostor = open_office(tmp_path / "impostor", clock, Mode.HUB, "15.71")
    try:
        fake_admin = authenticate(impostor, "admin", "rahasia123")
        with impostor.write(fake_admin) as uow:
            create_user(uow, NewAccount("penyusup", "Penyusup", Role.HEAD, "mulai12345"),
                        office_code=OFFICE_CODE)
        forged = export_reference(impostor, fake_admin, OFFICE_CODE, tmp_path / "fake")
    finally:
        impostor.close()
    with pytest.raises(BundleRefused, match="kunci kota"):
        import_reference(office, head, forged)
    with office.read() as session:
        assert "penyusup" not in set(session.scalars(select(User.username)))


def test_a_reference_bundle_for_another_office_is_refused(
        office: AppContext, head: Actor, hub: AppContext, admin: Actor, tmp_path: Path) -> None:
    bundle = export_reference(hub, admin, "15.71.01.1002", tmp_path / "usb")
    with pytest.raises(BundleRefused, match=r"untuk kantor 15\.71\.01\.1002"):
        import_reference(office, head, bundle, trust_fingerprint=city_key_fingerprint(bundle))


def test_a_new_office_is_set_up_from_a_file_made_at_the_city(
        hub: AppContext, admin: Actor, tmp_path: Path, clock: FakeClock) -> None:
    with hub.write(admin) as uow:
        create_user(uow, NewAccount("lurah.teluk", "Lurah Teluk Kenali", Role.HEAD,
                                    "mulai12345"), office_code="15.71.01.1003")
    bundle = export_reference(hub, admin, "15.71.01.1003", tmp_path / "usb",
                              setup_mode=Mode.OFFICE)
    ctx = open_app(tmp_path / "teluk", clock=clock)
    try:
        device = setup_from_bundle(ctx, bundle)
        assert device.mode is Mode.OFFICE and device.office_code == "15.71.01.1003"
        head = authenticate(ctx, "lurah.teluk", "mulai12345")
        assert head.role is Role.HEAD
        assert ctx.data_dir.private_key.exists()
        # The city key is pinned: the next reference bundle needs no confirmation.
        import_reference(ctx, head, export_reference(hub, admin, "15.71.01.1003",
                                                     tmp_path / "ref"))
        # And the office's first bundle reaches the hub (held until approved).
        add_people(ctx, head, "Teluk", 2)
        path = export(ctx, head, tmp_path / "out")
    finally:
        ctx.close()
    [held] = import_bundles(hub, admin, [path])
    assert held.result == "held"
    [applied] = approve_device(hub, admin, device.id)
    assert applied.result == "applied" and applied.summary.new == 2


def test_a_setup_bundle_without_accounts_leaves_nothing_behind(
        hub: AppContext, admin: Actor, tmp_path: Path, clock: FakeClock) -> None:
    bundle = export_reference(hub, admin, "15.71.01.1004", tmp_path / "usb",
                              setup_mode=Mode.OFFICE)
    ctx = open_app(tmp_path / "new", clock=clock)
    try:
        with pytest.raises(BundleRefused, match="tidak membawa akun"):
            setup_from_bundle(ctx, bundle)
        assert not ctx.is_set_up and not ctx.data_dir.private_key.exists()
    finally:
        ctx.close()


def test_a_forged_setup_file_is_refused(tmp_path: Path, hub: AppContext, admin: Actor,
                                        clock: FakeClock) -> None:
    import zipfile

    with hub.write(admin) as uow:
        create_user(uow, NewAccount("lurah.x", "Lurah X", Role.HEAD, "mulai12345"),
                    office_code="15.71.01.1003")
    bundle = export_reference(hub, admin, "15.71.01.1003", tmp_path / "usb",
                              setup_mode=Mode.OFFICE)
    forged = tmp_path / "forged.pantau"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(forged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "rows.jsonl":
                data = data.replace(b'"role":"head"', b'"role":"kepo"')
            target.writestr(item, data)
    ctx = open_app(tmp_path / "new", clock=clock)
    try:
        with pytest.raises(BundleRefused, match="SHA-256"):
            setup_from_bundle(ctx, forged)
        assert not ctx.is_set_up
    finally:
        ctx.close()
