"""Layanan: recording services, the rules at their edges, counts, and cancelling."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from core.context import AppContext, mark_logged_elsewhere
from core.errors import NotFound, PermissionDenied, ValidationError
from core.roles import Actor, Role
from core.services.month_lock import lock_month
from core.services.service_register import (
    cancel_service,
    counts_by_type,
    last_service_type,
    list_services,
    record_service,
    service_types,
)
from db.models import Amendment, ChangeLogEntry, ServiceRecord, ServiceType
from tests.conftest import OFFICE_CODE, FakeClock

TODAY = date(2026, 11, 25)  # the clock says Wednesday 25 November 2026, 08.30 WIB
YESTERDAY = date(2026, 11, 24)
LOCKED_MESSAGE = ("Bulan 2026-10 sudah dikunci pimpinan: perubahan hanya lewat koreksi "
                  "dengan alasan.")


def record(ctx: AppContext, actor: Actor, *args: object, **kwargs: object) -> ServiceRecord:
    with ctx.write(actor) as uow:
        return record_service(uow, *args, **kwargs)  # type: ignore[arg-type]


def refused(ctx: AppContext, actor: Actor, *args: object, **kwargs: object
            ) -> ValidationError:
    with pytest.raises(ValidationError) as caught, ctx.write(actor) as uow:
        record_service(uow, *args, **kwargs)  # type: ignore[arg-type]
    return caught.value


def stored(ctx: AppContext) -> int:
    with ctx.read() as session:
        return len(session.scalars(select(ServiceRecord)).all())


def test_a_service_is_recorded_now_today_and_listed_with_the_residents_name(
        office: AppContext, operator: Actor) -> None:
    row = record(office, operator, "domisili", "selesai", 12,
                 resident_name="  Siti   Aminah ")
    assert (row.day, row.at_local, row.office_code) == (TODAY, "08:30", OFFICE_CODE)
    with office.read() as session:
        [listed] = list_services(session, OFFICE_CODE, TODAY)
        assert list_services(session, OFFICE_CODE, YESTERDAY) == []
    assert (listed.at_local, listed.service_type, listed.type_name, listed.outcome_label,
            listed.minutes, listed.resident_name) == (
        "08.30", "domisili", "Surat keterangan domisili", "Selesai", 12, "Siti Aminah")


def test_the_residents_name_is_not_in_the_change_log(office: AppContext,
                                                     operator: Actor) -> None:
    row = record(office, operator, "sktm", "diproses", 20, resident_name="Budi Rahasia")
    with office.read() as session:
        payloads = session.scalars(select(ChangeLogEntry.payload).where(
            ChangeLogEntry.row_id == row.id)).all()
    assert len(payloads) == 1
    assert "resident_name" not in payloads[0] and "Budi Rahasia" not in payloads[0]
    assert '"minutes":20' in payloads[0].replace(" ", "")


@pytest.mark.parametrize("minutes", [1, 480])
def test_minutes_at_the_edges_are_accepted(office: AppContext, operator: Actor,
                                           minutes: int) -> None:
    assert record(office, operator, "pengantar", "selesai", minutes).minutes == minutes


@pytest.mark.parametrize("minutes", [0, -5, 481, True])
def test_minutes_outside_1_to_480_are_refused(office: AppContext, operator: Actor,
                                              minutes: int) -> None:
    error = refused(office, operator, "pengantar", "selesai", minutes)
    assert (error.message, error.field) == ("Lama layanan harus 1–480 menit.", "minutes")
    assert stored(office) == 0


@pytest.mark.parametrize(("kwargs", "field", "message"), [
    ({"service_type_code": "paspor"}, "service_type", "Pilih jenis layanan dari daftar."),
    ({"service_type_code": ""}, "service_type", "Pilih jenis layanan dari daftar."),
    ({"outcome": "batal"}, "outcome", "Hasil layanan 'batal' tidak dikenal"),
    ({"at_local": "08.31"}, "at_local", "Jam 08.31 belum terjadi hari ini."),
    ({"at_local": "25.00"}, "at_local", "Jam '25.00' tidak ada."),
    ({"at_local": "pagi"}, "at_local", "Jam 'pagi' tidak dikenali"),
    ({"day": date(2026, 11, 26), "at_local": "07.45"}, "day", "Tanggal 26-11-2026 belum tiba."),
    ({"day": YESTERDAY}, "at_local", "Isi jam layanan untuk hari yang sudah lewat."),
    ({"resident_name": "x" * 201}, "resident_name", "Nama warga terlalu panjang"),
])
def test_wrong_input_is_refused_with_the_field_named(
        office: AppContext, operator: Actor, kwargs: dict[str, object], field: str,
        message: str) -> None:
    values: dict[str, object] = {"service_type_code": "pengantar", "outcome": "selesai",
                                 "minutes": 10, **kwargs}
    error = refused(office, operator, **values)
    assert error.field == field
    assert error.message.startswith(message)
    assert stored(office) == 0


def test_times_up_to_now_and_earlier_days_are_accepted(office: AppContext, operator: Actor,
                                                       clock: FakeClock) -> None:
    assert record(office, operator, "pengantar", "selesai", 5, at_local="08.30").at_local \
        == "08:30"
    assert record(office, operator, "pengantar", "selesai", 5, at_local="00:00").at_local \
        == "00:00"
    late = record(office, operator, "pengantar", "selesai", 5, at_local="23.59",
                  day=YESTERDAY)
    assert (late.day, late.at_local) == (YESTERDAY, "23:59")
    # Just after midnight at the office it is already the 26th there (still the 25th UTC).
    clock.now = datetime(2026, 11, 25, 17, 5, tzinfo=UTC)
    night = record(office, operator, "pengantar", "selesai", 5)
    assert (night.day, night.at_local) == (date(2026, 11, 26), "00:05")


def test_an_inactive_type_is_refused_but_still_counted(office: AppContext,
                                                       operator: Actor) -> None:
    record(office, operator, "usaha", "selesai", 15)
    with office.raw_write() as session:  # as a city reference bundle would
        row = session.scalars(select(ServiceType).where(ServiceType.code == "usaha")).one()
        row.active = False
        mark_logged_elsewhere(session, row)
    error = refused(office, operator, "usaha", "selesai", 15)
    assert error.field == "service_type" and "sudah tidak dipakai" in error.message
    with office.read() as session:
        assert "usaha" not in [t.code for t in service_types(session)]
        assert "usaha" in [t.code for t in service_types(session, active_only=False)]
        counts = counts_by_type(session, OFFICE_CODE, TODAY, TODAY)
    assert counts.by_type["usaha"].count == 1 and "usaha" in counts.types


def test_a_locked_month_refuses_with_the_lock_message(office: AppContext, head: Actor,
                                                      operator: Actor) -> None:
    with office.write(head) as uow:
        lock_month(uow, "2026-10")
    error = refused(office, operator, "pengantar", "selesai", 10, day=date(2026, 10, 31),
                    at_local="10.00")
    assert error.message == LOCKED_MESSAGE
    # Without a time too: the lock is what the user must hear about.
    assert refused(office, operator, "pengantar", "selesai", 10,
                   day=date(2026, 10, 31)).message == LOCKED_MESSAGE
    assert record(office, operator, "pengantar", "selesai", 10, day=date(2026, 11, 1),
                  at_local="10.00").day == date(2026, 11, 1)


@pytest.mark.parametrize("role", [Role.INSPECTOR, Role.ADMIN])
def test_only_operators_and_heads_record(office: AppContext, role: Role) -> None:
    actor = Actor(None, "tamu", role, OFFICE_CODE)
    with pytest.raises(PermissionDenied), office.write(actor) as uow:
        record_service(uow, "pengantar", "selesai", 10)
    assert stored(office) == 0


def test_head_records_too(office: AppContext, head: Actor) -> None:
    assert record(office, head, "kematian", "ditolak", 3).outcome == "ditolak"


def test_service_types_put_lainnya_last(office: AppContext) -> None:
    with office.read() as session:
        types = service_types(session)
    assert len(types) == 7
    assert types[-1].code == "lainnya"
    assert [t.name for t in types[:-1]] == sorted((t.name for t in types[:-1]), key=str.casefold)


def test_counts_per_type_per_day_and_per_month_with_average_minutes(
        office: AppContext, operator: Actor) -> None:
    entries = [
        (date(2026, 10, 30), "10.00", "pengantar", "selesai", 10),
        (date(2026, 11, 2), "09.00", "pengantar", "selesai", 5),
        (date(2026, 11, 2), "09.10", "pengantar", "ditolak", 15),
        (date(2026, 11, 2), "09.20", "sktm", "diproses", 30),
        (YESTERDAY, "13.00", "sktm", "selesai", 20),
        (YESTERDAY, "14.00", "domisili", "selesai", 7),
    ]
    for day, at, code, outcome, minutes in entries:
        record(office, operator, code, outcome, minutes, at_local=at, day=day)
    cancelled = record(office, operator, "domisili", "selesai", 99, at_local="15.00",
                       day=YESTERDAY)
    with office.write(operator) as uow:
        cancel_service(uow, cancelled.id, "Salah ketik, dicatat dua kali")
    with office.read() as session:
        counts = counts_by_type(session, OFFICE_CODE, date(2026, 10, 1), date(2026, 11, 30))
        november = counts_by_type(session, OFFICE_CODE, date(2026, 11, 1), date(2026, 11, 30))
        empty = counts_by_type(session, OFFICE_CODE, date(2026, 9, 1), date(2026, 9, 30))

    monday = counts.day(date(2026, 11, 2), "pengantar")
    assert (monday.count, monday.minutes, monday.average_minutes) == (2, 20, 10.0)
    assert monday.outcomes == {"selesai": 1, "diproses": 0, "ditolak": 1}
    assert counts.day(date(2026, 11, 2), "domisili").count == 0
    assert counts.day_total(date(2026, 11, 2)).count == 3
    assert counts.day_total(YESTERDAY).minutes == 27  # the cancelled 99 minutes are gone
    assert counts.month("2026-10", "pengantar").count == 1
    assert counts.month("2026-11", "pengantar").count == 2
    assert counts.month("2026-11", "sktm").average_minutes == 25.0
    assert counts.month_total("2026-11").count == 5
    assert counts.by_type["pengantar"].count == 3
    assert (counts.total.count, counts.total.minutes) == (6, 87)
    assert list(counts.by_month) == ["2026-10", "2026-11"]
    assert next(iter(counts.by_day)) == date(2026, 10, 30)
    assert november.total.count == 5 and "2026-10" not in november.by_month
    assert counts.names["sktm"] == "Surat keterangan tidak mampu (SKTM)"
    assert counts.types[-1] == "lainnya" and len(counts.types) == 7
    assert (empty.total.count, empty.total.average_minutes, empty.by_day) == (0, 0.0, {})


def test_cancelling_is_a_tombstone_with_its_reason_and_no_name(
        office: AppContext, operator: Actor) -> None:
    row = record(office, operator, "pindah", "selesai", 25, resident_name="Andi Pratama")
    with office.write(operator) as uow:
        cancel_service(uow, row.id, "  Salah   jenis layanan ")
    with office.read() as session:
        kept = session.get(ServiceRecord, row.id)
        assert kept is not None and kept.deleted_at is not None and kept.rev == 2
        assert list_services(session, OFFICE_CODE, TODAY) == []
        [amendment] = session.scalars(select(Amendment).where(
            Amendment.target_id == row.id)).all()
        assert amendment.reason == "Salah jenis layanan"
        assert amendment.old_value == "pindah selesai 25 menit pukul 08:30"
        assert "Andi" not in (amendment.old_value or "") + (amendment.new_value or "")
    with pytest.raises(NotFound), office.write(operator) as uow:
        cancel_service(uow, row.id, "Sekali lagi dibatalkan")


def test_cancelling_needs_a_reason_and_an_unlocked_month(
        office: AppContext, head: Actor, operator: Actor) -> None:
    october = record(office, operator, "pengantar", "selesai", 10, at_local="10.00",
                     day=date(2026, 10, 30))
    today = record(office, operator, "pengantar", "selesai", 10)
    with pytest.raises(ValidationError, match="Alasan wajib"), office.write(operator) as uow:
        cancel_service(uow, today.id, "  x ")
    with office.write(head) as uow:
        lock_month(uow, "2026-10")
    with pytest.raises(ValidationError) as caught, office.write(operator) as uow:
        cancel_service(uow, october.id, "Salah tanggal")
    assert caught.value.message == LOCKED_MESSAGE
    with pytest.raises(NotFound), office.write(operator) as uow:
        cancel_service(uow, "tidak-ada", "Salah tanggal")
    with office.read() as session:
        assert session.get(ServiceRecord, october.id).deleted_at is None  # type: ignore[union-attr]


def test_the_last_type_entered_is_offered_again(office: AppContext, operator: Actor,
                                                clock: FakeClock) -> None:
    with office.read() as session:
        assert last_service_type(session, OFFICE_CODE) is None
    record(office, operator, "sktm", "selesai", 10)
    clock.advance(minutes=3)
    record(office, operator, "usaha", "selesai", 10, at_local="07.00")  # entered later
    with office.read() as session:
        assert last_service_type(session, OFFICE_CODE) == "usaha"
        # The list is in the order the services happened.
        assert [r.service_type for r in list_services(session, OFFICE_CODE, TODAY)] == [
            "usaha", "sktm"]
