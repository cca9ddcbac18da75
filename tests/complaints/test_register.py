"""Registering a complaint: who may, every field's rule, the roster check, numbering."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor, Mode
from core.services.accounts import authenticate
from core.services.complaints import (
    OUTSIDE_ROSTER,
    complaint_detail,
    list_complaints,
    register_complaint,
)
from db.models import Complaint, ComplaintEvent
from tests.complaints.conftest import (
    CITY,
    KECAMATAN,
    KELURAHAN,
    OTHER_KELURAHAN,
    TODAY,
    add_roster,
    complaint_input,
    register,
    snapshot,
)
from tests.conftest import PASSWORD, FakeClock, open_office


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"source": ""}, "source", "sumber pengaduan"),
    ({"source": "telepon"}, "source", "sumber pengaduan"),
    ({"category": ""}, "category", "kategori"),
    ({"category": "korupsi"}, "category", "kategori"),
    ({"subject_office": ""}, "subject_office", "kantor yang diadukan"),
    ({"subject_office": "15.71.99.9999"}, "subject_office", "tidak terdaftar"),
    ({"description": "   "}, "description", "uraian pengaduan wajib"),
    ({"description": "uang"}, "description", "minimal 10"),
    ({"received_on": date(2026, 11, 26)}, "received_on", "masa depan"),
    ({"received_on": date(2019, 12, 31)}, "received_on", "sebelum 1 januari 2020"),
    ({"source": "whatsapp", "sidak_visit_id": "x"}, "sidak_visit_id", "temuan sidak"),
    ({"source": "sidak", "sidak_visit_id": "tidak-ada"}, "sidak_visit_id", "tidak ditemukan"),
])
def test_each_bad_field_is_refused_by_name_and_nothing_is_stored(
        city: AppContext, city_admin: Actor, changes: dict[str, object], field: str,
        words: str) -> None:
    before = snapshot(city)
    with pytest.raises(ValidationError) as refused, city.write(city_admin) as uow:
        register_complaint(uow, complaint_input(**changes))
    assert refused.value.field == field
    assert words in refused.value.message.lower()
    assert snapshot(city) == before


def test_a_complaint_is_registered_with_its_first_event(city: AppContext,
                                                        city_operator: Actor) -> None:
    complaint_id = register(city, city_operator, received_on=None, source="lapor",
                            official_position="Staf loket")
    with city.read() as session:
        detail = complaint_detail(session, complaint_id, TODAY)
    assert detail.row.number == f"001/PENGADUAN/{CITY}/2026"
    assert detail.row.received_on == TODAY  # none given: today at the office
    assert (detail.row.status, detail.row.owner_office) == ("diterima", CITY)
    assert detail.row.official_label == f"Pak Joko ({OUTSIDE_ROSTER})"
    assert detail.row.official_position == "Staf loket"
    assert [(e.kind, e.day, e.note, e.actor_name) for e in detail.events] == [
        ("diterima", TODAY, "Sumber: LAPOR!/SP4N", "Operator Kota")]


def test_an_official_from_the_roster_is_taken_with_name_and_position(
        city: AppContext, city_admin: Actor, city_roster: dict[str, str]) -> None:
    complaint_id = register(city, city_admin, staff_id=city_roster["Ani Lestari"],
                            official_name="")
    with city.read() as session:
        [row] = list_complaints(session, TODAY)
    assert row.id == complaint_id
    assert (row.staff_id, row.official_name, row.official_position) == (
        city_roster["Ani Lestari"], "Ani Lestari", "Staf pelayanan")
    assert not row.outside_roster and row.official_label == "Ani Lestari"


def test_an_official_not_in_the_subject_offices_roster_is_refused_naming_the_office(
        city: AppContext, city_admin: Actor, city_roster: dict[str, str]) -> None:
    before = snapshot(city)
    for staff_id in (city_roster["Budi Santoso"], "bukan-pegawai"):
        with pytest.raises(ValidationError) as refused, city.write(city_admin) as uow:
            # Budi is on Simpang IV Sipin's roster, not on Pasir Putih's.
            register_complaint(uow, complaint_input(subject_office=OTHER_KELURAHAN,
                                                    staff_id=staff_id))
        assert refused.value.field == "staff_id"
        assert "daftar pegawai Kelurahan Pasir Putih" in refused.value.message
    assert snapshot(city) == before


def test_numbers_count_per_owner_and_year_of_receipt(
        city: AppContext, city_admin: Actor, kecamatan: AppContext, camat: Actor) -> None:
    numbers = []
    for received in (date(2026, 1, 5), date(2025, 12, 30), date(2026, 11, 2)):
        complaint_id = register(city, city_admin, received_on=received)
        with city.read() as session:
            numbers.append(session.get(Complaint, complaint_id).number)  # type: ignore[union-attr]
    assert numbers == ["001/PENGADUAN/15.71/2026", "001/PENGADUAN/15.71/2025",
                       "002/PENGADUAN/15.71/2026"]
    register(kecamatan, camat)
    with kecamatan.read() as session:
        assert session.scalars(select(Complaint.number)).all() == [
            f"001/PENGADUAN/{KECAMATAN}/2026"]


def test_writers_at_once_never_take_the_same_number(city: AppContext,
                                                    city_admin: Actor) -> None:
    """Several hub PCs (threads with their own connections) registering at the same
    moment: the change-log head is locked before the number is taken. On PostgreSQL all
    six transactions are open before any of them asks for a number; SQLite writers queue
    at BEGIN IMMEDIATE, so there they start together and wait for each other there."""
    writers = 6
    barrier = threading.Barrier(writers)
    inside = city.engine.dialect.name == "postgresql"
    errors: list[BaseException] = []

    def write(number: int) -> None:
        try:
            if not inside:
                barrier.wait(timeout=10)
            with city.write(city_admin) as uow:
                if inside:
                    barrier.wait(timeout=10)
                register_complaint(uow, complaint_input(description=f"Laporan nomor {number} "
                                                        "tentang pungutan."))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with city.read() as session:
        numbers = sorted(session.scalars(select(Complaint.number)))
    assert numbers == [f"{n:03d}/PENGADUAN/15.71/2026" for n in range(1, writers + 1)]


def test_a_kecamatan_records_about_itself_and_its_kelurahan_only(
        kecamatan: AppContext, kecamatan_operator: Actor) -> None:
    register(kecamatan, kecamatan_operator, subject_office=KECAMATAN)
    register(kecamatan, kecamatan_operator, subject_office=KELURAHAN)
    before = snapshot(kecamatan)
    for elsewhere in (OTHER_KELURAHAN, CITY):
        with pytest.raises(ValidationError) as refused, \
                kecamatan.write(kecamatan_operator) as uow:
            register_complaint(uow, complaint_input(subject_office=elsewhere))
        assert refused.value.field == "subject_office"
        assert "Kecamatan Telanaipura hanya mencatat" in refused.value.message
    assert snapshot(kecamatan) == before


def test_a_kecamatan_checks_the_roster_it_holds(kecamatan: AppContext, camat: Actor) -> None:
    own = add_roster(kecamatan, camat, ("Dedi Kurniawan",))
    register(kecamatan, camat, subject_office=KECAMATAN, staff_id=own["Dedi Kurniawan"])
    with pytest.raises(ValidationError) as refused, kecamatan.write(camat) as uow:
        # Dedi works at the kecamatan, not at the kelurahan.
        register_complaint(uow, complaint_input(staff_id=own["Dedi Kurniawan"]))
    assert "daftar pegawai Kelurahan Simpang IV Sipin" in refused.value.message


def test_kelurahan_offices_and_inspectors_are_refused_clearly(
        office: AppContext, head: Actor, tmp_path: Path, clock: FakeClock) -> None:
    before = snapshot(office)
    with pytest.raises(PermissionDenied, match="bukan di kantor kelurahan"), \
            office.write(head) as uow:
        register_complaint(uow, complaint_input())
    assert snapshot(office) == before
    laptop = open_office(tmp_path / "laptop", clock, Mode.INSPECTOR, KECAMATAN)
    try:
        inspector = authenticate(laptop, "pemeriksa", PASSWORD)
        with pytest.raises(PermissionDenied, match="laptop pemeriksa"), \
                laptop.write(inspector) as uow:
            register_complaint(uow, complaint_input())
        with laptop.read() as session:
            assert session.scalars(select(ComplaintEvent)).all() == []
    finally:
        laptop.close()
