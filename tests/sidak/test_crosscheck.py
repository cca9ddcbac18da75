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
from core.services.service_hours import amend_time, close_office, mark_closed, open_office
from core.services.sidak import finish, save_visit, sign
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
                statuses: dict[str, tuple[str, str | None]] | None = None,
                closed: tuple[int, int] | None = None,
                check_out: dict[str, str] | None = None) -> None:
    """The office opens (and closes at `closed`) and takes its roll call (staff name →
    (status, check-in); `check_out` by name)."""
    _at(field, *opened)
    with field.office.write(field.head) as uow:
        open_office(uow)
    if closed is not None:
        _at(field, *closed)
        with field.office.write(field.head) as uow:
            close_office(uow)
    _at(field, 12, 0)  # the roll call is typed in later that morning
    with field.office.read() as session:
        staff = {s.name: s.id for s in list_staff(session, OFFICE_CODE)}
    with field.office.write(field.head) as uow:
        for name, (status, check_in) in (statuses or {}).items():
            record_attendance(uow, DAY, staff[name], status, check_in,
                              (check_out or {}).get(name))


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
    with field.hub.read() as session:  # a draft: not evidence yet, so not counted
        assert discrepancy_counts(session, DAY) == {}
        assert crosscheck(session, DAY) == []


def test_a_signed_sidak_is_counted_for_the_city(field: Field) -> None:
    from tests.sidak.test_sidak_service import _png

    _office_day(field, statuses={"Ani Lestari": ("H", "07.25")})
    visit_id = _sidak(field, found="tutup",
                      staff=_roster_with(field, **{"Ani Lestari": "tk"}))
    _hub_sees(field)
    with field.hub.read() as session:
        assert discrepancy_counts(session, DAY) == {}
    _at(field, 17, 0)
    with field.inspector.write(field.pemeriksa) as uow:
        for signer in ("ttd_pemeriksa", "ttd_kantor"):
            sign(uow, visit_id, signer, _png())
        finish(uow, visit_id)
    _deliver(field, [export_bundle(field.inspector, field.pemeriksa, field.usb).path])  # type: ignore[list-item]
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


def test_a_draft_is_flagged_until_it_is_signed_by_both(field: Field) -> None:
    from tests.sidak.test_sidak_service import _png

    _office_day(field, statuses={"Ani Lestari": ("H", "07.25")})
    visit_id = _sidak(field, found="tutup")
    _hub_sees(field)
    [check] = _checks(field)
    assert check.state == DIFFERS and check.draft
    assert check.discrepancies and all(d.draft for d in check.discrepancies)
    _at(field, 17, 0)
    with field.inspector.write(field.pemeriksa) as uow:
        for signer in ("ttd_pemeriksa", "ttd_kantor"):
            sign(uow, visit_id, signer, _png())
        finish(uow, visit_id)
    _deliver(field, [export_bundle(field.inspector, field.pemeriksa, field.usb).path])  # type: ignore[list-item]
    [check] = _checks(field)
    assert check.state == DIFFERS and not check.draft
    assert not any(d.draft for d in check.discrepancies)


# --- each rule, on both sides of the tolerance (5 minutes) -----------------------------------

EVERYONE_IN = {"Ani Lestari": ("H", "07.25"), "Budi Santoso": ("H", "07.26"),
               "Citra Dewi": ("H", "07.27")}


def _hours(field: Field) -> list[str]:
    """The details of the visit's jam layanan discrepancies (nothing else may differ)."""
    [check] = _checks(field)
    assert all(d.kind == HOURS for d in check.discrepancies), check.discrepancies
    return [d.detail for d in check.discrepancies]


@pytest.mark.parametrize(("opened", "flagged"), [((8, 30), True), ((8, 10), False)])
def test_found_open_but_the_office_logged_a_later_opening(
        field: Field, opened: tuple[int, int], flagged: bool) -> None:
    _office_day(field, opened=opened, statuses=EVERYONE_IN)
    _sidak(field, at=(8, 5), found="buka", findings=[])
    _hub_sees(field)
    expected = ("Kantor mencatat baru buka pukul 08.30, padahal sudah buka saat sidak pukul "
                "08.05.")
    assert _hours(field) == ([expected] if flagged else [])


@pytest.mark.parametrize(("closed", "flagged"), [((7, 50), True), ((8, 0), False)])
def test_found_open_but_the_office_logged_closing_before_the_arrival(
        field: Field, closed: tuple[int, int], flagged: bool) -> None:
    _office_day(field, opened=(7, 30), closed=closed, statuses=EVERYONE_IN)
    _sidak(field, at=(8, 5), found="buka", findings=[])
    _hub_sees(field)
    expected = "Kantor mencatat tutup pukul 07.50, padahal masih buka saat sidak pukul 08.05."
    assert _hours(field) == ([expected] if flagged else [])


@pytest.mark.parametrize(("opened", "closed"), [
    ((7, 30), (7, 50)),  # the office's own log says it had closed before the inspector came
    ((8, 30), None),  # it says it opened only after the inspector came
    ((8, 1), None),  # it opened within the tolerance of the arrival: the same moment
])
def test_found_closed_agrees_with_a_log_that_was_not_open_at_the_arrival(
        field: Field, opened: tuple[int, int], closed: tuple[int, int] | None) -> None:
    _office_day(field, opened=opened, closed=closed, statuses=EVERYONE_IN)
    _sidak(field, at=(8, 5), found="tutup")
    _hub_sees(field)
    assert _hours(field) == []


def test_found_closed_contradicts_a_log_open_since_before_the_arrival(field: Field) -> None:
    _office_day(field, opened=(7, 59), statuses=EVERYONE_IN)
    _sidak(field, at=(8, 5), found="tutup")
    _hub_sees(field)
    assert _hours(field) == ["Kantor mencatat buka pukul 07.59, tetapi pukul 08.05 sidak "
                             "mendapati kantor tutup."]


@pytest.mark.parametrize(("opened", "expected"), [
    ((8, 20), "Kantor mencatat buka pukul 08.20, tetapi baru dibuka pukul 08.30 saat "
              "pemeriksa menunggu."),
    ((8, 26), None),
    ((8, 34), None),
    ((8, 40), "Kantor mencatat baru buka pukul 08.40, padahal sudah dibuka pukul 08.30 saat "
              "pemeriksa menunggu."),
])
def test_opened_while_the_inspector_waited_against_the_logged_opening(
        field: Field, opened: tuple[int, int], expected: str | None) -> None:
    _office_day(field, opened=opened, statuses=EVERYONE_IN)
    _sidak(field, at=(8, 10), found="dibuka", opened="08.30", findings=[])
    _hub_sees(field)
    assert _hours(field) == ([expected] if expected else [])


@pytest.mark.parametrize(("found", "flagged"), [("dibuka", True), ("tutup", False)])
def test_a_day_logged_closed_against_what_the_inspector_found(
        field: Field, found: str, flagged: bool) -> None:
    _at(field, 8, 0)
    with field.office.write(field.head) as uow:
        mark_closed(uow, DAY, "Rapat di kecamatan")
    _sidak(field, at=(8, 10), found=found, opened="08.30" if found == "dibuka" else None)
    _hub_sees(field)
    [check] = _checks(field)
    assert [d.office_record for d in check.discrepancies] == (
        ["tutup sepanjang hari"] if flagged else [])
    assert check.state == (DIFFERS if flagged else AGREES)


def _staff(field: Field) -> dict[str, str]:
    """The visit's staff discrepancies by name (nothing else may differ)."""
    [check] = _checks(field)
    assert all(d.kind == STAFF for d in check.discrepancies), check.discrepancies
    return {d.subject: d.detail for d in check.discrepancies}


@pytest.mark.parametrize("status", ["S", "I", "TK", "DL", "C-T"])
def test_seen_present_but_the_roll_call_has_them_away(field: Field, status: str) -> None:
    _office_day(field, statuses={**EVERYONE_IN, "Citra Dewi": (status, None)})
    _sidak(field, at=(8, 5), found="buka", findings=[])
    _hub_sees(field)
    assert _staff(field) == {"Citra Dewi": f"Absensi mencatat Citra Dewi {status}, tetapi "
                                           "sidak pukul 08.05 mendapati hadir di kantor."}


@pytest.mark.parametrize(("check_in", "flagged"), [("08.30", True), ("08.10", False)])
def test_seen_present_but_the_roll_call_has_a_later_check_in(
        field: Field, check_in: str, flagged: bool) -> None:
    _office_day(field, statuses={**EVERYONE_IN, "Budi Santoso": ("TL", check_in)})
    _sidak(field, at=(8, 5), found="buka", findings=[])
    _hub_sees(field)
    expected = ("Absensi mencatat Budi Santoso datang pukul 08.30, padahal sudah hadir saat "
                "sidak pukul 08.05.")
    assert _staff(field) == ({"Budi Santoso": expected} if flagged else {})


@pytest.mark.parametrize(("check_in", "check_out", "flagged"), [
    ("07.59", None, True),  # in six minutes before the inspector: should have been there
    ("08.02", None, False),  # in within the tolerance of the arrival: the same moment
    ("08.10", None, False),  # in at the tolerance's edge after the arrival
    ("07.20", "07.50", False),  # gone home early before the inspector came (PSW)
    ("07.20", "08.08", False),  # gone at the same moment the inspector came
    ("07.20", "08.20", True),  # still there by the roll call when the inspector came
])
def test_seen_absent_against_the_roll_call_times(
        field: Field, check_in: str, check_out: str | None, flagged: bool) -> None:
    status = "PSW" if check_out else "H"
    _office_day(field, statuses={**EVERYONE_IN, "Ani Lestari": (status, check_in)},
                check_out={"Ani Lestari": check_out} if check_out else None)
    _sidak(field, at=(8, 5), found="buka", findings=[],
           staff=_roster_with(field, **{"Ani Lestari": "tk"}))
    _hub_sees(field)
    expected = (f"Absensi mencatat Ani Lestari {status} datang pukul {check_in}, tetapi sidak "
                "pukul 08.05 mendapati tanpa keterangan.")
    assert _staff(field) == ({"Ani Lestari": expected} if flagged else {})
