"""The resident's name in the service register never leaves the office: only counts travel.

Real bundles through a USB folder: every byte of the zip (and of every member in it) is
searched for the names, and the hub that imported them holds the services without names,
counting exactly what the office counts.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.services.service_register import cancel_service, counts_by_type, record_service
from core.sync.importer import APPLIED, import_bundles
from db.models import Amendment, ChangeLogEntry, ServiceRecord
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, export, rows

NAMES = ("Siti Nurhaliza", "Ahmad Dahlan", "Ma'ruf Wicaksono", "Désy Ratnasari",
         "Ni Luh Putu Ayu Kusuma Dewi")
TODAY = date(2026, 11, 25)
YESTERDAY = date(2026, 11, 24)
START, END = date(2026, 11, 1), date(2026, 11, 30)


def forms_of(name: str) -> list[bytes]:
    """The ways a name could be written into a file: UTF-8, JSON-escaped, UTF-16, case."""
    forms = {name, name.upper(), name.lower(), json.dumps(name)[1:-1],
             json.dumps(name, ensure_ascii=False)[1:-1]}
    encoded = [text.encode("utf-8") for text in forms]
    encoded += [name.encode("utf-16-le"), name.encode("utf-16-be")]
    # A distinctive part alone must not travel either (e.g. a truncated name).
    encoded += [part.encode("utf-8") for part in name.split() if len(part) >= 6]
    return encoded


def assert_no_names(label: str, data: bytes) -> None:
    for name in NAMES:
        for form in forms_of(name):
            assert form not in data, f"{name!r} ({form!r}) found in {label}"


def record_day(world: World) -> dict[str, str]:
    """Services with residents' names, one of them cancelled; returns ids by name."""
    entries = [
        (NAMES[0], "domisili", "selesai", 12, "08.05", TODAY),
        (NAMES[1], "sktm", "diproses", 25, "08.15", TODAY),
        (NAMES[2], "pengantar", "selesai", 5, "08.20", TODAY),
        (NAMES[3], "pindah", "ditolak", 9, "10.40", YESTERDAY),
        (NAMES[4], "usaha", "selesai", 31, "14.00", YESTERDAY),
    ]
    ids = {}
    with world.office.write(world.head) as uow:
        for name, code, outcome, minutes, at, day in entries:
            ids[name] = record_service(uow, code, outcome, minutes, at_local=at, day=day,
                                       resident_name=name).id
        record_service(uow, "lainnya", "selesai", 3, at_local="08.25")  # no name at all
    with world.office.write(world.head) as uow:
        cancel_service(uow, ids[NAMES[2]], "Dicatat dua kali")
    return ids


def test_an_exported_bundle_carries_no_residents_name_anywhere(world: World) -> None:
    ids = record_day(world)
    # The office itself keeps the names.
    with world.office.read() as session:
        kept = {r.resident_name for r in session.scalars(select(ServiceRecord))}
    assert kept == {*NAMES, None}
    for bundle in (export(world.office, world.head, world.usb / "new"),
                   export(world.office, world.head, world.usb / "full", full=True)):
        raw = bundle.read_bytes()
        assert_no_names(f"{bundle.name} (raw zip)", raw)
        with zipfile.ZipFile(bundle) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
            comments = b"".join(info.comment for info in archive.infolist()) + archive.comment
        assert_no_names(f"{bundle.name} (comments)", comments)
        assert "changes.jsonl" in members
        for member, data in members.items():
            assert_no_names(f"{bundle.name}:{member}", member.encode("utf-8") + data)
        # The services (and the cancellation) are in it, just without names.
        changes = [json.loads(line) for line in members["changes.jsonl"].splitlines()]
        services = [c for c in changes if c["table"] == "service_record"]
        assert {c["row_id"] for c in services} >= set(ids.values())
        assert len(services) == 7  # six recorded, one cancelled
        assert all("resident_name" not in c["payload"] for c in services)
        assert {c["payload"]["minutes"] for c in services} == {12, 25, 5, 9, 31, 3}


def test_the_hub_gets_the_services_without_names_and_the_same_counts(world: World) -> None:
    record_day(world)
    bundle = export(world.office, world.head, world.usb)
    [result] = import_bundles(world.hub, world.admin, [bundle])
    assert result.result == APPLIED, result.reason

    with world.hub.read() as session:
        at_hub = session.scalars(select(ServiceRecord).where(
            ServiceRecord.office_code == OFFICE_CODE)).all()
        hub_counts = counts_by_type(session, OFFICE_CODE, START, END)
        hub_log = session.scalars(select(ChangeLogEntry.payload).where(
            ChangeLogEntry.device_id == world.office.device.id)).all()
        amendments = session.scalars(select(Amendment).where(
            Amendment.target_table == "service_record")).all()
    with world.office.read() as session:
        office_counts = counts_by_type(session, OFFICE_CODE, START, END)

    assert len(at_hub) == 6
    assert [r.resident_name for r in at_hub] == [None] * 6
    assert sum(1 for r in at_hub if r.deleted_at is not None) == 1
    # Every travelling column is exactly as written; only the name stayed behind.
    assert rows(world.hub, ServiceRecord, OFFICE_CODE) == rows(world.office, ServiceRecord,
                                                               OFFICE_CODE)
    assert hub_counts == office_counts
    assert hub_counts.total.count == 5 and hub_counts.total.minutes == 12 + 25 + 9 + 31 + 3
    assert hub_counts.day(TODAY, "domisili").count == 1
    assert hub_counts.day(YESTERDAY, "usaha").average_minutes == 31.0
    assert hub_counts.month("2026-11", "sktm").outcomes["diproses"] == 1
    assert [a.reason for a in amendments] == ["Dicatat dua kali"]
    assert_no_names("the hub's copy of the change log", "\n".join(hub_log).encode("utf-8"))
    assert_no_names("the hub's amendments",
                    "".join(f"{a.old_value}{a.new_value}" for a in amendments).encode("utf-8"))


@pytest.mark.sqlite_hub("searches the raw bytes of the hub's SQLite file and WAL; on "
                        "PostgreSQL the test above reads what the hub stores")
def test_no_name_reaches_the_hubs_database_file(world: World) -> None:
    record_day(world)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])
    database = world.hub.data_dir.database
    world.hub.close()
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert database in files
    for path in files:
        assert_no_names(path.name, path.read_bytes())
    # The same search does find them in the office's own file (the test can see a name).
    world.office.close()
    office_db: Path = world.office.data_dir.database
    office_bytes = b"".join(p.read_bytes() for p in office_db.parent.iterdir()
                            if p.name.startswith(office_db.name))
    assert NAMES[0].encode("utf-8") in office_bytes
