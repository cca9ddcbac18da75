"""The city compares each sidak with the office's own log and roll call of that day, and
the answer does not depend on which bundle reached the hub first."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from core.services.attendance import record_attendance
from core.services.crosscheck import (
    AGREES,
    DIFFERS,
    HOURS,
    MISSING,
    STAFF,
    WAITING,
    check_visits,
    crosscheck,
    discrepancy_counts,
)
from core.services.service_hours import amend_time, mark_closed, open_office
from core.services.sidak import save_visit
from core.services.staff import list_staff
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, HELD, approve_device, import_bundles
from tests.conftest import OFFICE_CODE
from tests.sidak.conftest import Field, basic_form

DAY = date(2026, 11, 25)


def _at(field: Field, hour: int, minute: int) -> None:
    """Move every installation's clock to hh.mm WIB on DAY."""
    field.clock.now = datetime(2026, 11, 25, hour - 7, minute, tzinfo=UTC)


def _office_day(field: Field, opened: tuple[int, int] = (7, 30),
                statuses: dict[str, tuple[str, str | None]] | None = None) -> None:
    """The office opens and takes its roll call (staff name → (status, check-in))."""
    _at(field, *opened)
    with field.office.write(field.head) as uow:
        open_office(uow)
    _at(field, 12, 0)  # the roll call is typed in later that morning
    with field.office.read() as session:
        staff = {s.name: s.id for s in list_staff(session, OFFICE_CODE)}
    with field.office.write(field.head) as uow:
        for name, (status, check_in) in (statuses or {}).items():
            record_attendance(uow, DAY, staff[name], status, check_in)


def _sidak(field: Field, at: tuple[int, int] = (8, 5), **changes: object) -> str:
    _at(field, *at)
    form = basic_form(field, arrival=f"{at[0]:02d}.{at[1]:02d}", **changes)
    with field.inspector.write(field.pemeriksa) as uow:
        return save_visit(uow, form)


def _checks(field: Field) -> list:  # type: ignore[type-arg]
    with field.hub.read() as session:
        return check_visits(session, DAY)


def _deliver(field: Field, bundles: list[Path]) -> None:
    for result in import_bundles(field.hub, field.admin, bundles):
        if result.result == HELD:  # the inspector's laptop is new to the city
            assert [r.result for r in approve_device(field.hub, field.admin,
                                                     field.inspector.device.id)] == [APPLIED]
        else:
            assert result.result == APPLIED, result.reason


def _roster_with(field: Field, **statuses: str) -> list:  # type: ignore[type-arg]
    staff = field.roster(DAY)
    for member in staff:
        if member.name in statuses:
            member.status = statuses[member.name]
    return staff


@pytest.mark.parametrize("inspector_first", [True, False])
def test_sidak_and_office_bundles_in_either_order_show_the_same_discrepancies(
        field: Field, inspector_first: bool) -> None:
    _office_day(field, statuses={"Ani Lestari": ("H", "07.25"),
                                 "Budi Santoso": ("H", "07.28"),
                                 "Citra Dewi": ("S", None)})
    _sidak(field, found="tutup",
           staff=_roster_with(field, **{"Ani Lestari": "tk", "Citra Dewi": "sakit"}))
    _at(field, 16, 30)
    office = export_bundle(field.office, field.head, field.usb).path
    inspector = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert office is not None and inspector is not None
    first, second = (inspector, office) if inspector_first else (office, inspector)
    _deliver(field, [first])
    assert [c.state for c in _checks(field)] == ([WAITING] if inspector_first else [])
    _deliver(field, [second])
    [check] = _checks(field)
    assert check.state == DIFFERS
    found = {(d.kind, d.subject): d for d in check.discrepancies}
    assert set(found) == {(HOURS, "Jam layanan"), (STAFF, "Ani Lestari")}
    assert "buka pukul 07.30" in found[HOURS, "Jam layanan"].detail
    assert "08.05" in found[HOURS, "Jam layanan"].detail
    assert found[STAFF, "Ani Lestari"].office_record == "H (datang 07.25)"
    assert found[STAFF, "Ani Lestari"].sidak_record == "Tanpa keterangan"
    with field.hub.read() as session:
        assert discrepancy_counts(session, DAY) == {OFFICE_CODE: 2}
        assert len(crosscheck(session, DAY)) == 2


def _hub_sees(field: Field) -> None:
    _at(field, 16, 30)
    bundles = [export_bundle(field.office, field.head, field.usb).path,
               export_bundle(field.inspector, field.pemeriksa, field.usb).path]
    _deliver(field, [b for b in bundles if b is not None])


def test_records_that_agree_are_sesuai(field: Field) -> None:
    _office_day(field, statuses={"Ani Lestari": ("H", "07.25"),
                                 "Budi Santoso": ("TL", "08.20"),  # came after the sidak
                                 "Citra Dewi": ("DL", None)})
    _sidak(field, found="buka", findings=[],
           staff=_roster_with(field, **{"Budi Santoso": "tk", "Citra Dewi": "izin"}))
    _hub_sees(field)
    [check] = _checks(field)
    assert check.state == AGREES, check.discrepancies


def test_an_office_that_opened_while_the_inspector_waited_but_logged_earlier(
        field: Field) -> None:
    _office_day(field, opened=(7, 31))
    _sidak(field, at=(8, 10), found="dibuka", opened="08.30")
    _hub_sees(field)
    [check] = _checks(field)
    hours, roll_call = check.discrepancies  # and no roll call was taken at all
    assert hours.kind == HOURS and "baru dibuka pukul 08.30" in hours.detail
    assert (roll_call.kind, roll_call.subject) == (MISSING, "Absensi")


def test_an_amended_opening_time_is_the_one_compared(field: Field) -> None:
    _office_day(field, opened=(7, 30), statuses={"Ani Lestari": ("H", "07.25")})
    _at(field, 9, 0)
    with field.office.write(field.head) as uow:
        amend_time(uow, DAY, "opened_local", "08.15", "Salah tekan tombol buka")
    _sidak(field, at=(9, 0), found="buka")
    _hub_sees(field)
    [check] = _checks(field)
    assert check.state == AGREES


def test_a_day_logged_closed_but_found_open(field: Field) -> None:
    _at(field, 8, 0)
    with field.office.write(field.head) as uow:
        mark_closed(uow, DAY, "Rapat di kecamatan")
    _sidak(field, found="buka")
    _hub_sees(field)
    [check] = _checks(field)
    assert [d.office_record for d in check.discrepancies] == ["tutup sepanjang hari"]


def test_a_day_the_office_never_logged_once_it_reported_later_days(field: Field) -> None:
    _sidak(field, found="buka")
    _hub_sees(field)  # the office sent nothing for the day
    assert _checks(field)[0].state == WAITING
    field.clock.now = datetime(2026, 11, 26, 0, 30, tzinfo=UTC)
    with field.office.write(field.head) as uow:
        open_office(uow)
    _deliver(field, [export_bundle(field.office, field.head, field.usb).path])  # type: ignore[list-item]
    [check] = _checks(field)
    assert check.state == DIFFERS
    assert {(d.kind, d.subject) for d in check.discrepancies} == {
        (MISSING, "Jam layanan"), (MISSING, "Absensi")}
