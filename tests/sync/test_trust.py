"""What the hub refuses: forged, tampered, unsafe or over-reaching bundles — and that a
refusal changes nothing but its own line in the ledger."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.canonical import json_value, row_payload
from core.identity import DeviceKey
from core.ids import new_id
from core.services.accounts import authenticate
from core.services.offices import registry_office_id
from core.sync.bundle import CHANGES, MANIFEST, BundleRefused, Limits, open_bundle
from core.sync.export import export_bundle
from core.sync.importer import (
    APPLIED,
    BATCH,
    REFUSED,
    BundleResult,
    approve_device,
    import_bundles,
)
from db.models import LogHead, Office, Staff, SyncBundle, SyncDevice
from tests.conftest import OFFICE_CODE, PASSWORD, open_office
from tests.sync.conftest import World, add_people, export
from tests.sync.forge import (
    LEDGER,
    build_bundle,
    chain,
    changes_of,
    dump,
    jsonl,
    manifest_of,
    members,
    rewrite,
    sign,
    staff_change,
    write_zip,
)

OTHER_OFFICE = "15.71.01.1002"  # Buluran Kenali, same kecamatan


def refused(world: World, bundle: Path, reason: str) -> BundleResult:
    """Import `bundle` at the hub: it must be refused for `reason`, every table but the
    ledger must be exactly as before, and the ledger must have one new line saying why."""
    hub = world.hub
    before = dump(hub, exclude=LEDGER)
    with hub.read() as session:
        seen = len(session.scalars(select(SyncBundle)).all())
    [result] = import_bundles(hub, world.admin, [bundle])
    assert result.result == REFUSED, result
    assert reason.lower() in result.reason.lower(), result.reason
    assert dump(hub, exclude=LEDGER) == before
    with hub.read() as session:
        ledger = session.scalars(select(SyncBundle)).all()
    assert len(ledger) == seen + 1
    [line] = [b for b in ledger if b.file_name == bundle.name and b.result == REFUSED]
    assert line.reason == result.reason and line.held_path is None
    return result


@pytest.fixture
def fresh(world: World) -> Path:
    """A valid bundle of new work (seq 5–7) the hub has not seen."""
    add_people(world.office, world.head, "Baru", 3)
    bundle = export(world.office, world.head, world.usb)
    assert manifest_of(bundle)["seq_from"] == 5
    return bundle


def synthetic(world: World, name: str, changes: list[dict[str, Any]]) -> Path:
    """A bundle that continues the office's log as the hub holds it, signed by the office's
    real key: only its content can make the hub refuse it."""
    office = world.office
    with world.hub.read() as session:
        head = session.get(LogHead, office.device.id)
    assert head is not None
    entries = chain(office.device.id, head.seq + 1, head.hash, changes)
    return build_bundle(world.usb / name, office.device_key(), office.device.id, OFFICE_CODE,
                        entries, head.hash)


def staff(world: World, number: int, office_code: str = OFFICE_CODE,
          **columns: Any) -> dict[str, Any]:
    return staff_change(world.office.device.id, office_code, number, world.clock(), **columns)


# -- signature and keys -------------------------------------------------------------------

def test_a_signature_made_with_another_key_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    forged = rewrite(fresh, tmp_path / "forged.pantau", key=DeviceKey.generate())
    assert manifest_of(forged)["public_key"] == manifest_of(fresh)["public_key"]
    refused(world, forged, "tanda tangan bundle tidak sah")


def test_a_signature_that_is_not_base64_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    forged = rewrite(fresh, tmp_path / "forged.pantau", manifest={"signature": "bukan*base64"})
    refused(world, forged, "tanda tangan bundle tidak sah")


def test_a_manifest_field_changed_after_signing_breaks_the_signature(
        fresh: Path, world: World, tmp_path: Path) -> None:
    edited = rewrite(fresh, tmp_path / "edited.pantau",
                     manifest={"created_at": "2020-01-01T00:00:00.000000+00:00"})
    refused(world, edited, "tanda tangan bundle tidak sah")


def test_a_validly_signed_bundle_with_another_key_than_the_registered_device_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    attacker = DeviceKey.generate()
    forged = rewrite(fresh, tmp_path / "forged.pantau",
                     manifest={"public_key": attacker.public_b64}, key=attacker)
    open_bundle(forged).close()  # the signature itself is valid
    refused(world, forged, "kunci bundle berbeda dengan kunci perangkat yang terdaftar")
    with world.hub.read() as session:
        device = session.get(SyncDevice, world.office.device.id)
    assert device is not None and device.public_key == world.office.device.public_key
    assert device.status == "approved"


def test_a_device_key_cannot_speak_for_another_office(
        fresh: Path, world: World, tmp_path: Path) -> None:
    moved = rewrite(fresh, tmp_path / "moved.pantau", manifest={"office_code": OTHER_OFFICE},
                    key=world.office.device_key())
    refused(world, moved, f"terdaftar untuk kantor {OFFICE_CODE}")


# -- tampered content ---------------------------------------------------------------------

def _one_byte_edited(data: bytes) -> bytes:
    at = data.index(b"Baru 1")
    return data[:at + 5] + b"7" + data[at + 6:]  # "Baru 1" -> "Baru 7"


def test_one_edited_byte_in_changes_jsonl_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    original = members(fresh)[CHANGES]
    edited = _one_byte_edited(original)
    assert len(edited) == len(original) and sum(
        a != b for a, b in zip(edited, original, strict=True)) == 1
    tampered = rewrite(fresh, tmp_path / "tampered.pantau", replace={CHANGES: edited})
    refused(world, tampered, "SHA-256 tidak cocok")


def test_an_edited_entry_with_a_new_file_list_fails_the_signature(
        fresh: Path, world: World, tmp_path: Path) -> None:
    tampered = rewrite(fresh, tmp_path / "tampered.pantau",
                       replace={CHANGES: _one_byte_edited(members(fresh)[CHANGES])},
                       refresh_files=True)
    refused(world, tampered, "tanda tangan bundle tidak sah")


def test_an_edited_entry_re_signed_by_the_device_itself_fails_its_entry_hash(
        fresh: Path, world: World, tmp_path: Path) -> None:
    tampered = rewrite(fresh, tmp_path / "tampered.pantau",
                       replace={CHANGES: _one_byte_edited(members(fresh)[CHANGES])},
                       refresh_files=True, key=world.office.device_key())
    refused(world, tampered, "isi entri tidak cocok dengan hash-nya")


def test_entries_in_another_order_than_their_seqs_are_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    entries = changes_of(fresh)
    entries[0], entries[1] = entries[1], entries[0]
    swapped = rewrite(fresh, tmp_path / "swapped.pantau", replace={CHANGES: jsonl(entries)},
                      refresh_files=True, key=world.office.device_key())
    refused(world, swapped, "tidak berurutan")


def test_an_entry_whose_prev_hash_skips_its_predecessor_is_refused(
        world: World, tmp_path: Path) -> None:
    entries = chain(world.office.device.id, 5, "0" * 64, [staff(world, 1), staff(world, 2)])
    with world.hub.read() as session:
        head = session.get(LogHead, world.office.device.id)
    assert head is not None
    bundle = build_bundle(tmp_path / "unlinked.pantau", world.office.device_key(),
                          world.office.device.id, OFFICE_CODE, entries, head.hash)
    refused(world, bundle, "tidak menyambung")


def test_a_manifest_that_lies_about_its_entry_count_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    entries = changes_of(fresh)[:-1]  # the last entry dropped, the manifest unchanged
    short = rewrite(fresh, tmp_path / "short.pantau", replace={CHANGES: jsonl(entries)},
                    refresh_files=True, key=world.office.device_key())
    refused(world, short, "tidak sesuai manifest")


def test_a_line_of_changes_that_is_not_json_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    broken = members(fresh)[CHANGES] + b"{tidak json\n"
    bad = rewrite(fresh, tmp_path / "broken.pantau", replace={CHANGES: broken},
                  refresh_files=True, key=world.office.device_key())
    refused(world, bad, "bukan JSON")


# -- zip safety ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "../evil.txt",
    "attachments/../../evil.txt",
    "/etc/pantau-evil",
    "C:/evil.txt",
    "attachments\\..\\evil.txt",
    "attachments/" + "0" * 64 + "/../../evil",
    "notes.txt",
])
def test_a_zip_member_name_outside_the_bundle_layout_is_refused(
        name: str, fresh: Path, world: World, tmp_path: Path) -> None:
    bad = rewrite(fresh, tmp_path / "bad.pantau", replace={name: b"x"}, refresh_files=True,
                  key=world.office.device_key())
    assert name in members(bad)
    refused(world, bad, "nama berkas tidak diizinkan")
    assert not (tmp_path / "evil.txt").exists()
    assert not (world.hub.data_dir.root.parent / "evil.txt").exists()


def test_duplicate_member_names_are_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    twice = tmp_path / "twice.pantau"
    content = members(fresh)
    with zipfile.ZipFile(twice, "w") as archive, pytest.warns(UserWarning, match="Duplicate"):
        archive.writestr(CHANGES, content[CHANGES])
        archive.writestr(CHANGES, b"{}\n")
        archive.writestr(MANIFEST, content[MANIFEST])
    refused(world, twice, "nama berkas ganda")


ZIP_BOMB_BYTES = 200 * 1024 * 1024


def test_a_zip_bomb_is_refused_before_it_is_expanded(
        fresh: Path, world: World, tmp_path: Path) -> None:
    """200 MB of zeros (a few hundred KB compressed), correctly listed and signed."""
    chunk = bytes(1 << 20)
    digest = hashlib.sha256()
    for _ in range(ZIP_BOMB_BYTES // len(chunk)):
        digest.update(chunk)
    name = f"attachments/{digest.hexdigest()}"
    content = members(fresh)
    data = json.loads(content.pop(MANIFEST))
    data["files"].append({"name": name, "sha256": digest.hexdigest(), "size": ZIP_BOMB_BYTES})
    bomb = tmp_path / "bomb.pantau"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for member, raw in content.items():
            z.writestr(member, raw)
        with z.open(name, "w", force_zip64=True) as stream:
            for _ in range(ZIP_BOMB_BYTES // len(chunk)):
                stream.write(chunk)
        z.writestr(MANIFEST, json.dumps(sign(data, world.office.device_key())))
    assert bomb.stat().st_size < ZIP_BOMB_BYTES // 100
    refused(world, bomb, "bom zip")


def test_limits_on_member_count_size_and_manifest_size_are_enforced(fresh: Path) -> None:
    open_bundle(fresh).close()
    with pytest.raises(BundleRefused, match="berisi 2 berkas"):
        open_bundle(fresh, Limits(max_members=1))
    with pytest.raises(BundleRefused, match="terlalu besar"):
        open_bundle(fresh, Limits(max_member_bytes=100))
    with pytest.raises(BundleRefused, match="terlalu besar"):
        open_bundle(fresh, Limits(max_total_bytes=100))
    with pytest.raises(BundleRefused, match=r"manifest\.json terlalu besar"):
        open_bundle(fresh, Limits(max_manifest_bytes=100))


def test_a_member_not_listed_in_the_manifest_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    extra = rewrite(fresh, tmp_path / "extra.pantau",
                    replace={"attachments/" + "a" * 64: b"tambahan"})
    refused(world, extra, "tidak sesuai manifest")


def test_a_listed_member_missing_from_the_zip_is_refused(
        fresh: Path, world: World, tmp_path: Path) -> None:
    content = members(fresh)
    del content[CHANGES]
    refused(world, write_zip(tmp_path / "missing.pantau", content), "tidak sesuai manifest")


def test_a_file_that_is_not_a_zip_is_refused(world: World, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pantau"
    junk.write_bytes(b"PK\x03\x04 bukan zip sebenarnya" * 10)
    refused(world, junk, "bukan bundle Pantau yang utuh")


# -- half-written files -------------------------------------------------------------------

@pytest.mark.parametrize("keep", [0.5, 0.9, 0.99])
def test_a_half_written_bundle_is_refused_as_incomplete(
        keep: float, fresh: Path, world: World, tmp_path: Path) -> None:
    data = fresh.read_bytes()
    cut = tmp_path / fresh.name
    cut.write_bytes(data[:int(len(data) * keep)])
    refused(world, cut, "bukan bundle Pantau yang utuh")


def test_a_part_file_left_by_a_pulled_stick_is_never_imported(
        fresh: Path, world: World) -> None:
    (world.usb / (fresh.name + ".part")).write_bytes(fresh.read_bytes()[:100])
    results = import_bundles(world.hub, world.admin, [world.usb])
    assert [(r.file.name, r.result) for r in results] == [(fresh.name, APPLIED)]


def test_an_export_interrupted_mid_write_leaves_nothing_that_looks_like_a_bundle(
        world: World, tmp_path: Path) -> None:
    add_people(world.office, world.head, "Banyak", 1200)
    out = tmp_path / "stick"

    def pull_the_stick(done: int, _total: int) -> None:
        if done >= 1000:
            raise OSError("perangkat USB dicabut")

    with pytest.raises(OSError, match="dicabut"):
        export_bundle(world.office, world.head, out, progress=pull_the_stick)
    assert list(out.iterdir()) == []


# -- what a device may write --------------------------------------------------------------

def test_a_kelurahan_device_writing_another_offices_row_is_refused_whole(
        world: World) -> None:
    changes = [staff(world, n) for n in range(3)] + [staff(world, 99, OTHER_OFFICE)]
    result = refused(world, synthetic(world, "grab.pantau", changes),
                     f"milik kantor {OTHER_OFFICE}, bukan {OFFICE_CODE}")
    assert "seq 8" in result.reason.lower()
    with world.hub.read() as session:
        names = set(session.scalars(select(Staff.name)))
    assert not any(name.startswith("Pegawai Sintetis") for name in names)


def test_a_refusal_after_the_first_applied_batch_still_leaves_the_hub_untouched(
        world: World) -> None:
    changes = [staff(world, n) for n in range(BATCH + 500)] + [staff(world, 0, OTHER_OFFICE)]
    refused(world, synthetic(world, "late.pantau", changes), f"milik kantor {OTHER_OFFICE}")


def test_a_row_claiming_another_origin_device_is_refused(world: World) -> None:
    change = staff(world, 1, origin_device="00000000-0000-7000-8000-000000000000")
    refused(world, synthetic(world, "origin.pantau", [change]), "bukan tulisan perangkat ini")


def test_an_office_device_may_not_write_city_master_data(world: World) -> None:
    with world.hub.read() as session:
        row = session.get(Office, registry_office_id(OFFICE_CODE))
        assert row is not None
        payload = row_payload(row)
    payload.update(name="Kelurahan Milik Saya", rev=1, origin_device=world.office.device.id,
                   office_code=OFFICE_CODE)
    change = {"table": "office", "row_id": payload["id"], "op": "update", "payload": payload,
              "rev": 1, "recorded_at": json_value(world.clock()), "actor": "lurah"}
    refused(world, synthetic(world, "office.pantau", [change]), "tidak boleh menulis office")


def test_a_table_that_does_not_travel_is_refused(world: World) -> None:
    change = {**staff(world, 1), "table": "sync_device"}
    refused(world, synthetic(world, "local.pantau", [change]), "tidak disinkronkan")


def test_a_payload_that_does_not_match_its_row_id_is_refused(world: World) -> None:
    change = {**staff(world, 1), "row_id": "00000000-0000-7000-8000-000000000001"}
    refused(world, synthetic(world, "id.pantau", [change]), "payload tidak sesuai row_id/rev")


def test_a_payload_with_an_unknown_column_is_refused(world: World) -> None:
    refused(world, synthetic(world, "column.pantau", [staff(world, 1, gaji=9_000_000)]),
            "kolom tidak dikenal di staff: gaji")


def test_a_device_cannot_take_over_a_row_another_device_wrote(
        world: World, tmp_path: Path) -> None:
    """Office 1 reuses the id of a staff row of office 2, claiming it as its own."""
    other = open_office(tmp_path / "other", world.clock, office_code=OTHER_OFFICE)
    try:
        lurah = authenticate(other, "lurah", PASSWORD)
        [victim] = add_people(other, lurah, "Korban", 1)
        import_bundles(world.hub, world.admin, [export(other, lurah, tmp_path / "other-usb")])
        released = approve_device(world.hub, world.admin, other.device.id)
        assert [r.result for r in released] == [APPLIED]
    finally:
        other.close()
    change = staff(world, 1, row_id=victim, rev=2, name="Diambil Alih")
    refused(world, synthetic(world, "takeover.pantau", [change]),
            f"baris {victim} ditulis perangkat lain")
    with world.hub.read() as session:
        row = session.get(Staff, victim)
    assert row is not None and row.office_code == OTHER_OFFICE and row.name == "Korban 0"


# -- versions -----------------------------------------------------------------------------

def test_a_bundle_from_a_newer_schema_is_refused_with_update_pantau(
        fresh: Path, world: World, tmp_path: Path) -> None:
    newer = rewrite(fresh, tmp_path / "newer.pantau", manifest={"schema_version": "9999"},
                    key=world.office.device_key())
    result = refused(world, newer, "perbarui Pantau")
    assert "9999" in result.reason


def test_a_bundle_of_a_newer_format_version_is_refused_with_update_pantau(
        fresh: Path, world: World, tmp_path: Path) -> None:
    newer = rewrite(fresh, tmp_path / "newer.pantau", manifest={"format_version": 2},
                    key=world.office.device_key())
    refused(world, newer, "perbarui Pantau")


def test_a_reference_bundle_is_not_imported_at_the_hub(
        fresh: Path, world: World, tmp_path: Path) -> None:
    reference = rewrite(fresh, tmp_path / "ref.pantau", manifest={"kind": "reference"},
                        key=world.office.device_key())
    refused(world, reference, "bundle referensi")


# -- bad values from a trusted device: a clear refusal, never a crash ----------------------

@pytest.mark.parametrize("recorded_at", ["kemarin sore", "2026-11-25T01:30:00"])
def test_an_unreadable_or_zoneless_entry_time_does_not_crash_the_import(
        recorded_at: str, world: World) -> None:
    odd = {**staff(world, 1), "recorded_at": recorded_at}
    after = staff_change(world.office.device.id, OFFICE_CODE, 2,
                         world.clock() + timedelta(minutes=1))
    bundle = synthetic(world, "time.pantau", [odd, after])
    before = dump(world.hub, exclude=LEDGER)
    [result] = import_bundles(world.hub, world.admin, [bundle])  # must not raise
    if result.result == REFUSED:
        assert result.reason and dump(world.hub, exclude=LEDGER) == before
    else:
        assert result.result == APPLIED and result.summary.clock_flags >= 1


def test_a_row_missing_a_required_value_is_refused_not_crashing(world: World) -> None:
    refused(world, synthetic(world, "null.pantau", [staff(world, 1, name=None)]), "seq 5")


def test_a_kelurahan_device_cannot_write_complaints(world: World) -> None:
    """Complaints are handled at the city and at kecamatan offices: a kelurahan's device
    that puts one in its bundle (the app never would) is refused whole."""
    stamp = json_value(world.clock())
    row_id = new_id()
    payload = {
        "id": row_id, "office_code": OFFICE_CODE, "origin_device": world.office.device.id,
        "rev": 1, "created_at": stamp, "updated_at": stamp, "deleted_at": None,
        "number": "001/PENGADUAN/X/2026", "received_on": "2026-11-24", "source": "whatsapp",
        "category": "pungli", "subject_office": OFFICE_CODE, "staff_id": None,
        "official_name": "Nama Palsu", "official_position": "", "description": "Rekayasa.",
        "sidak_visit_id": None, "status": "diterima", "verified_on": None,
        "followed_up_on": None, "closed_on": None, "duplicate_of": None}
    change = {"table": "complaint", "row_id": row_id, "op": "insert", "payload": payload,
              "rev": 1, "recorded_at": stamp, "actor": "lurah"}
    refused(world, synthetic(world, "complaint.pantau", [change]),
            f"kantor {OFFICE_CODE} (kelurahan) tidak boleh menulis complaint")
