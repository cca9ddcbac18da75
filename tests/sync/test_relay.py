"""A kecamatan collects its kelurahan's bundles and passes them on unchanged to the city."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from core.roles import Mode
from core.services.accounts import authenticate
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, HELD, approve_device, import_bundles
from core.sync.reference import city_key_fingerprint, export_reference, import_reference
from db.models import Staff
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.sync.conftest import add_people, export, rows

KECAMATAN = "15.71.01"  # Telanaipura, parent of Simpang IV Sipin


def test_kelurahan_bundles_travel_through_the_kecamatan_byte_for_byte(
        tmp_path: Path, clock: FakeClock) -> None:
    kelurahan = open_office(tmp_path / "kel", clock)
    kecamatan = open_office(tmp_path / "kec", clock, office_code=KECAMATAN)
    hub = open_office(tmp_path / "hub", clock, Mode.HUB, "15.71")
    try:
        lurah = authenticate(kelurahan, "lurah", PASSWORD)
        camat = authenticate(kecamatan, "lurah", PASSWORD)
        admin = authenticate(hub, "admin", PASSWORD)
        add_people(kelurahan, lurah, "Kel", 3)
        add_people(kecamatan, camat, "Kec", 2)
        original = export(kelurahan, lurah, tmp_path / "usb-kel")

        [held] = import_bundles(kecamatan, camat, [original])
        assert held.result == HELD
        [applied] = approve_device(kecamatan, camat, kelurahan.device.id)
        assert applied.result == APPLIED
        # The kecamatan now sees its kelurahan's roster (read-only: never its writer).
        assert rows(kecamatan, Staff, OFFICE_CODE) == rows(kelurahan, Staff, OFFICE_CODE)

        out = tmp_path / "usb-kec"
        result = export_bundle(kecamatan, camat, out)
        assert result.path is not None
        [relayed] = result.relayed
        assert relayed.read_bytes() == original.read_bytes()

        results = import_bundles(hub, admin, [out])
        assert {r.result for r in results} == {HELD}
        for device in (kecamatan.device.id, kelurahan.device.id):
            approve_device(hub, admin, device)
        assert rows(hub, Staff, OFFICE_CODE) == rows(kelurahan, Staff, OFFICE_CODE)
        assert rows(hub, Staff, KECAMATAN) == rows(kecamatan, Staff, KECAMATAN)

        # The city's acknowledgement (kecamatan and its kelurahan) ends the relay.
        reference = export_reference(hub, admin, KECAMATAN, tmp_path / "ref")
        import_reference(kecamatan, camat, reference,
                         trust_fingerprint=city_key_fingerprint(reference))
        again = export_bundle(kecamatan, camat, tmp_path / "usb-kec-2")
        assert again.path is None and again.relayed == ()
    finally:
        for ctx in (kelurahan, kecamatan, hub):
            ctx.close()


def test_a_kecamatan_refuses_bundles_of_kelurahan_outside_it(tmp_path: Path,
                                                             clock: FakeClock) -> None:
    other = open_office(tmp_path / "other", clock, office_code="15.71.03.1001")  # Jambi Timur
    kecamatan = open_office(tmp_path / "kec", clock, office_code=KECAMATAN)
    try:
        head = authenticate(other, "lurah", PASSWORD)
        add_people(other, head, "Luar", 1)
        path = export(other, head, tmp_path / "usb")
        [result] = import_bundles(kecamatan, authenticate(kecamatan, "lurah", PASSWORD), [path])
        assert result.result == "refused" and "bukan kelurahan di kecamatan ini" in result.reason
        with kecamatan.read() as session:
            assert session.scalars(select(Staff)).all() == []
    finally:
        other.close()
        kecamatan.close()
