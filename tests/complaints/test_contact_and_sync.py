"""The complainant's contact stays where it was registered, readable only by the hub's
admin and the camat; a kecamatan's complaints reach the hub in a real bundle, exactly as
written except the contact, and count there in the three-report rule."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from core.context import AppContext
from core.errors import PermissionDenied
from core.roles import Actor
from core.services.complaints import (
    add_evidence,
    complainant_contact,
    complaint_detail,
    correct,
    list_complaints,
    record_decision,
    register_complaint,
    rotation_alerts,
    verify,
)
from core.sync.importer import APPLIED, HELD, approve_device, import_bundles
from db.base import Base
from db.models import Attachment, ChangeLogEntry, Complaint, ComplaintEvent
from tests.complaints.conftest import KECAMATAN, KELURAHAN, TODAY, complaint_input, register
from tests.sync.conftest import export, rows
from tests.sync.test_service_privacy import forms_of

CONTACT = "Bu Siti Marwati 0857-9911-2233"
NEW_CONTACT = "surel wartini.pelapor@contohmail.id"
CONTACTS = (CONTACT, NEW_CONTACT)


def assert_no_contact(label: str, data: bytes) -> None:
    for contact in CONTACTS:
        for form in forms_of(contact):
            assert form not in data, f"{form!r} of the contact found in {label}"


def every_row_as_text(ctx: AppContext) -> bytes:
    """Every value of every table, as text (whatever the database keeps it in)."""
    parts = []
    with ctx.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts).encode("utf-8")


def database_bytes(ctx: AppContext) -> bytes:
    """The hub's stored bytes: its SQLite files (closed first), or a pg_dump."""
    url = ctx.engine.url
    if url.get_backend_name() == "sqlite":
        database = ctx.data_dir.database
        ctx.close()
        files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
        assert database in files
        return b"".join(p.read_bytes() for p in files)
    dsn = make_url(str(url.render_as_string(hide_password=False))).set(
        drivername="postgresql").render_as_string(hide_password=False)
    dump = subprocess.run(["pg_dump", "--data-only", dsn], capture_output=True, check=True)
    assert b"COPY public.complaint " in dump.stdout
    return dump.stdout


def record_at_kecamatan(kecamatan: AppContext, camat: Actor, tmp_path: Path) -> list[str]:
    """Three verified pungli complaints about Pak Joko, one with the contact (corrected
    once), evidence and every kind of step."""
    pdf = tmp_path / "bukti.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% kuitansi tanpa nama\n%%EOF\n")
    with kecamatan.write(camat) as uow:
        first = register_complaint(uow, complaint_input(complainant_contact=CONTACT)).id
        verify(uow, first, True, "Dua warga membenarkan.")
        add_evidence(uow, first, pdf, "Kuitansi")
    with kecamatan.write(camat) as uow:
        correct(uow, first, "Nomor pelapor salah ketik", complainant_contact=NEW_CONTACT,
                official_position="Staf loket")
    ids = [first]
    for day in (date(2026, 10, 5), date(2026, 11, 2)):
        with kecamatan.write(camat) as uow:
            row = register_complaint(uow, complaint_input(received_on=day))
            verify(uow, row.id, True, "Benar terjadi.")
            ids.append(row.id)
    return ids


def test_only_the_hub_admin_and_the_camat_read_the_contact(
        city: AppContext, city_admin: Actor, city_operator: Actor, kecamatan: AppContext,
        camat: Actor, kecamatan_operator: Actor, head: Actor) -> None:
    at_city = register(city, city_operator, complainant_contact=CONTACT)
    at_kecamatan = register(kecamatan, kecamatan_operator, complainant_contact=CONTACT)
    with city.read() as session:
        assert complainant_contact(session, city_admin, at_city) == CONTACT
        with pytest.raises(PermissionDenied, match="Kontak pelapor rahasia"):
            complainant_contact(session, city_operator, at_city)
        shown = repr(list_complaints(session, TODAY)) + repr(
            complaint_detail(session, at_city, TODAY))
    with kecamatan.read() as session:
        assert complainant_contact(session, camat, at_kecamatan) == CONTACT
        for other in (kecamatan_operator, head):  # head: a lurah, not a camat
            with pytest.raises(PermissionDenied):
                complainant_contact(session, other, at_kecamatan)
        shown += repr(list_complaints(session, TODAY)) + repr(
            complaint_detail(session, at_kecamatan, TODAY))
    assert "Siti" in CONTACT and "Siti" not in shown and "0857" not in shown


def test_the_contact_never_leaves_the_kecamatan(
        city: AppContext, city_admin: Actor, kecamatan: AppContext, camat: Actor,
        tmp_path: Path) -> None:
    ids = record_at_kecamatan(kecamatan, camat, tmp_path)
    # The kecamatan keeps the contact; its change log never had it.
    with kecamatan.read() as session:
        assert complainant_contact(session, camat, ids[0]) == NEW_CONTACT
        payloads = session.scalars(select(ChangeLogEntry.payload).where(
            ChangeLogEntry.table_name == "complaint")).all()
        log = "\n".join(payloads).encode("utf-8")
        notes = session.scalars(select(ComplaintEvent.note)).all()
    assert len(payloads) == 7  # three registered, three verified, one corrected
    assert b"complainant_contact" not in log
    assert_no_contact("the kecamatan's change log", log)
    assert_no_contact("the kecamatan's complaint events", "\n".join(notes).encode("utf-8"))

    bundles = [export(kecamatan, camat, tmp_path / "usb"),
               export(kecamatan, camat, tmp_path / "usb-full", full=True)]
    for bundle in bundles:
        assert_no_contact(f"{bundle.name} (raw zip)", bundle.read_bytes())
        with zipfile.ZipFile(bundle) as archive:
            names = [info.filename for info in archive.infolist()]
            for info in archive.infolist():
                assert_no_contact(f"{bundle.name}:{info.filename}",
                                  info.filename.encode() + info.comment + archive.read(info))
        assert any(name.startswith("attachments/") for name in names)

    [held] = import_bundles(city, city_admin, [bundles[0]])
    assert held.result == HELD
    assert [r.result for r in approve_device(city, city_admin, kecamatan.device.id)] == \
        [APPLIED]
    with city.read() as session:
        assert complainant_contact(session, city_admin, ids[0]) == ""
    assert_no_contact("the hub's rows", every_row_as_text(city))
    assert_no_contact("the hub's database", database_bytes(city))
    # The same search finds the contact in the kecamatan's own file: it can see it.
    kecamatan.close()
    database = kecamatan.data_dir.database
    stored = b"".join(p.read_bytes() for p in database.parent.iterdir()
                      if p.name.startswith(database.name))
    assert NEW_CONTACT.encode("utf-8") in stored


def test_a_kecamatans_complaints_reach_the_hub_as_written_and_count_there(
        city: AppContext, city_admin: Actor, kecamatan: AppContext, camat: Actor,
        tmp_path: Path) -> None:
    ids = record_at_kecamatan(kecamatan, camat, tmp_path)
    import_bundles(city, city_admin, [export(kecamatan, camat, tmp_path / "usb")])
    assert [r.result for r in approve_device(city, city_admin, kecamatan.device.id)] == \
        [APPLIED]
    for model in (Complaint, ComplaintEvent, Attachment):
        at_hub = rows(city, model, KECAMATAN)
        assert at_hub == rows(kecamatan, model, KECAMATAN) and at_hub
    with city.read() as session:
        listed = list_complaints(session, TODAY, office=KELURAHAN)
        detail = complaint_detail(session, ids[0], TODAY)
        [alert] = rotation_alerts(session, TODAY)
        blob = session.execute(text("SELECT count(*) FROM blob")).scalar_one()
    assert {r.id for r in listed} == set(ids)
    assert {r.owner_name for r in listed} == {"Kecamatan Telanaipura"}
    assert [e.kind for e in detail.events] == ["diterima", "valid", "dikoreksi"]
    assert [e.file_name for e in detail.evidence] == ["bukti.pdf"] and blob == 1
    assert detail.row.official_position == "Staf loket"
    assert alert.count == 3 and set(alert.complaint_ids) == set(ids)
    # The hub sees the kecamatan's complaints but does not handle them.
    with pytest.raises(PermissionDenied, match="ditangani Kecamatan Telanaipura"), \
            city.write(city_admin) as uow:
        correct(uow, ids[1], "Salah kategori", category="pelayanan")
    # The decision on the three reports is the city's.
    with city.write(city_admin) as uow:
        record_decision(uow, alert.official_key, "ditunda", "Menunggu hasil pemeriksaan.")
    with city.read() as session:
        assert rotation_alerts(session, TODAY) == []
