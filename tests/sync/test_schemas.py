"""docs/schemas and docs/bundle-format.md describe the bundles Pantau really writes: a
real export validates, broken manifests and entries do not, and a reader that follows
only the document (no Pantau code) verifies the hashes and the signature."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jsonschema import Draft202012Validator

from core.context import open_app
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, create_user, set_active
from core.services.offices import add_unit
from core.services.staff import StaffInput, StaffStatus, update_staff
from core.sync.bundle import MANIFEST, Manifest
from core.sync.reference import export_reference
from core.sync.tables import SYNCED_TABLES
from db.models import Staff
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, add_people, export, start_clock
from tests.sync.forge import changes_of, manifest_of, members

DOCS = Path(__file__).resolve().parents[2] / "docs"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((DOCS / "schemas" / name).read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


MANIFEST_SCHEMA = "manifest.schema.json"
ENTRY_SCHEMA = "change-entry.schema.json"


@pytest.fixture(scope="module")
def bundle(world_template: tuple[Path, Actor, Actor],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A full export of an office with every op: inserts, updates, a tombstone, accounts."""
    template, head, _admin = world_template
    root = tmp_path_factory.mktemp("schemas")
    shutil.copytree(template / "office", root / "office")
    office = open_app(root / "office", clock=start_clock())
    try:
        ids = add_people(office, head, "Skema", 3)
        with office.write(head) as uow:
            update_staff(uow, ids[0], StaffInput("Skema Nol, S.H.", "Kasi",
                                                 StaffStatus.NON_ASN, local_id="Skema-0",
                                                 active_from=date(2025, 1, 2)))
            user = create_user(uow, NewAccount("operator", "Operator Ñ", Role.OPERATOR,
                                               "mulai12345"))
            set_active(uow, user.id, False)
            uow.delete(uow.session.get_one(Staff, ids[1]))
        yield export(office, head, root / "usb", full=True)
    finally:
        office.close()


def test_a_real_bundles_manifest_and_every_entry_match_the_schemas(bundle: Path) -> None:
    manifest = manifest_of(bundle)
    errors = list(validator(MANIFEST_SCHEMA).iter_errors(manifest))
    assert errors == [], [e.message for e in errors]
    entries = changes_of(bundle)
    assert {e["op"] for e in entries} == {"insert", "update", "delete"}
    assert len(entries) == manifest["entry_count"]
    entry_schema = validator(ENTRY_SCHEMA)
    for entry in entries:
        problems = [e.message for e in entry_schema.iter_errors(entry)]
        assert problems == [], (entry["seq"], problems)
        assert entry["table"] in SYNCED_TABLES


def test_the_manifest_schema_requires_exactly_what_pantau_writes(bundle: Path) -> None:
    schema = json.loads((DOCS / "schemas" / MANIFEST_SCHEMA).read_text("utf-8"))
    written = set(manifest_of(bundle))
    assert set(schema["required"]) == written
    assert set(schema["properties"]) == written | {"acks", "setup_mode"}
    unsigned_keys = {"format", "format_version", *Manifest.__dataclass_fields__} - {"extra"}
    assert written == unsigned_keys | {"signature"}


@pytest.mark.parametrize("setup_mode", [None, Mode.OFFICE])
def test_real_reference_and_setup_bundles_match_the_schemas(
        world: World, setup_mode: Mode | None) -> None:
    with world.hub.write(world.admin) as uow:  # rows the city writes for offices
        add_unit(uow, "15.71.PKM.003", "Puskesmas Simpang IV Sipin")
        create_user(uow, NewAccount("operator2", "Operator Kota", Role.OPERATOR,
                                    "mulai12345"), office_code=OFFICE_CODE)
    path = export_reference(world.hub, world.admin, OFFICE_CODE, world.usb,
                            setup_mode=setup_mode)
    manifest = manifest_of(path)
    assert manifest["kind"] == ("setup" if setup_mode else "reference")
    errors = [e.message for e in validator(MANIFEST_SCHEMA).iter_errors(manifest)]
    assert errors == []
    assert world.office.device.id in manifest["acks"]
    for field in ("acks", *(["setup_mode"] if setup_mode else [])):
        broken = {k: v for k, v in manifest.items() if k != field}
        assert list(validator(MANIFEST_SCHEMA).iter_errors(broken)), field
    entry_schema = json.loads((DOCS / "schemas" / ENTRY_SCHEMA).read_text("utf-8"))
    payload = Draft202012Validator({**entry_schema["properties"]["payload"],
                                    "$defs": entry_schema["$defs"]})
    lines = [json.loads(line) for line in members(path)["rows.jsonl"].splitlines()]
    assert len(lines) == manifest["entry_count"]
    assert {line["table"] for line in lines} == {"office", "user_account"}
    for line in lines:
        assert set(line) == {"table", "payload"} and line["table"] in ("office",
                                                                       "user_account")
        assert [e.message for e in payload.iter_errors(line["payload"])] == []


@pytest.mark.parametrize("field", [
    "format", "format_version", "kind", "schema_version", "device_id", "office_code",
    "created_at", "public_key", "seq_from", "head_hash", "files", "signature",
])
def test_a_manifest_missing_a_required_field_fails_validation(bundle: Path, field: str) -> None:
    manifest = manifest_of(bundle)
    del manifest[field]
    errors = list(validator(MANIFEST_SCHEMA).iter_errors(manifest))
    assert any(f"'{field}' is a required property" in e.message for e in errors), errors


@pytest.mark.parametrize(("change", "why"), [
    ({"format_version": 2}, "format_version"),
    ({"kind": "sidak"}, "kind"),
    ({"seq_from": 0}, "seq_from"),
    ({"seq_to": None}, "seq_to"),
    ({"prev_hash": "ABC"}, "prev_hash"),
    ({"signature": "tanda tangan"}, "signature"),
    ({"public_key": "a2V5"}, "public_key"),
    ({"created_at": "2026-11-25 08:30"}, "created_at"),
    ({"mode": "inspector"}, "mode"),
    ({"files": [{"name": "../evil", "sha256": "0" * 64, "size": 1}]}, "files"),
])
def test_a_manifest_with_a_wrong_value_fails_validation(
        bundle: Path, change: dict[str, Any], why: str) -> None:
    manifest = {**manifest_of(bundle), **change}
    errors = list(validator(MANIFEST_SCHEMA).iter_errors(manifest))
    assert errors, why


@pytest.mark.parametrize("mutate", [
    lambda e: e.pop("hash"),
    lambda e: e.pop("payload"),
    lambda e: e.update(op="upsert"),
    lambda e: e.update(seq=0),
    lambda e: e.update(rev="1"),
    lambda e: e.update(prev_hash="x" * 64),
    lambda e: e.update(recorded_at="25/11/2026"),
    lambda e: e.update(extra="tidak ikut di-hash"),
    lambda e: e["payload"].pop("origin_device"),
], ids=["no-hash", "no-payload", "bad-op", "seq-0", "rev-text", "bad-prev-hash",
        "bad-time", "extra-member", "payload-no-origin"])
def test_a_broken_change_entry_fails_validation(bundle: Path, mutate: Any) -> None:
    entry = copy.deepcopy(changes_of(bundle)[1])
    assert not list(validator(ENTRY_SCHEMA).iter_errors(entry))
    mutate(entry)
    assert list(validator(ENTRY_SCHEMA).iter_errors(entry))


# -- the document alone is enough to verify a bundle --------------------------------------

def canonical(value: Any) -> bytes:
    """Canonical JSON exactly as docs/bundle-format.md defines it."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def test_a_reader_following_the_document_verifies_hashes_chain_and_signature(
        bundle: Path) -> None:
    content = members(bundle)
    manifest = json.loads(content[MANIFEST])
    for listed in manifest["files"]:
        data = content[listed["name"]]
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (listed["sha256"],
                                                                listed["size"])
    assert set(content) == {MANIFEST} | {f["name"] for f in manifest["files"]}

    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(manifest["public_key"]))
    key.verify(base64.b64decode(manifest["signature"]), canonical(unsigned))  # raises if bad

    raw_lines = content["changes.jsonl"].decode("utf-8").split("\n")
    assert raw_lines[-1] == ""  # every line ends with \n
    prev = manifest["prev_hash"]
    assert manifest["seq_from"] != 1 or prev == "0" * 64
    for seq, raw in enumerate(raw_lines[:-1], start=manifest["seq_from"]):
        entry = json.loads(raw)
        assert raw.encode("utf-8") == canonical(entry)  # lines are canonical JSON
        assert entry["seq"] == seq and entry["prev_hash"] == prev
        hashed = {k: v for k, v in entry.items() if k != "hash"}
        assert entry["hash"] == hashlib.sha256(canonical(hashed)).hexdigest()
        prev = entry["hash"]
    assert (seq, prev) == (manifest["seq_to"], manifest["head_hash"])


def test_the_document_names_every_manifest_and_entry_field() -> None:
    text = (DOCS / "bundle-format.md").read_text("utf-8")
    for name in (MANIFEST_SCHEMA, ENTRY_SCHEMA):
        schema = json.loads((DOCS / "schemas" / name).read_text("utf-8"))
        for field in schema["properties"]:
            assert f"`{field}`" in text, (name, field)
        assert f"schemas/{name}" in text
