"""Absensi: the roll call of active staff, bands, the monthly recap and yearly TK."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core.context import AppContext
from core.errors import ValidationError
from core.roles import Actor
from core.services.attendance import monthly_recap, record_attendance, roll_call, yearly_tk
from core.services.month_lock import lock_month
from core.services.staff import StaffInput, StaffStatus, add_staff, deactivate_staff
from tests.conftest import OFFICE_CODE, FakeClock

MONDAY = date(2026, 11, 23)


@pytest.fixture
def staff(office: AppContext, head: Actor) -> dict[str, str]:
    with office.write(head) as uow:
        ids = {name: add_staff(uow, StaffInput(name, "Staf", StaffStatus.NON_ASN,
                                               local_id=f"NA-{n}",
                                               active_from=date(2025, 1, 2))).id
               for n, name in enumerate(("Agus", "Budi", "Citra"))}
    return ids


def test_the_roll_call_lists_active_staff_and_bands_from_check_in(
        office: AppContext, head: Actor, staff: dict[str, str], clock: FakeClock) -> None:
    with office.write(head) as uow:
        record_attendance(uow, MONDAY, staff["Agus"], "H", "07.25", "16.05")
        record_attendance(uow, MONDAY, staff["Budi"], "TL", "08.05", "16.00")  # 35 min: TL2
        record_attendance(uow, MONDAY, staff["Citra"], "PSW", "07.30", "14.55")  # 65: PSW3
    with office.read() as session:
        call = roll_call(session, OFFICE_CODE, MONDAY)
    rows = {r.name: r for r in call.rows}
    assert [r.name for r in call.rows] == ["Agus", "Budi", "Citra"]
    assert (rows["Agus"].tl_band, rows["Agus"].psw_band) == (0, 0)
    assert rows["Budi"].tl_band == 2 and rows["Budi"].check_in == "08.05"
    assert rows["Citra"].psw_band == 3


def test_a_change_is_a_new_revision_not_a_second_row(office: AppContext, head: Actor,
                                                     staff: dict[str, str]) -> None:
    with office.write(head) as uow:
        record_attendance(uow, MONDAY, staff["Agus"], "TK")
    with office.write(head) as uow:
        row = record_attendance(uow, MONDAY, staff["Agus"], "S", note="Surat dokter menyusul")
    assert row.rev == 2
    with office.read() as session:
        assert [r.status for r in roll_call(session, OFFICE_CODE, MONDAY).rows
                if r.name == "Agus"] == ["S"]


@pytest.mark.parametrize(("day", "status", "check_in", "check_out", "message"), [
    (date(2026, 11, 21), "H", "07.30", None, "bukan hari kerja"),
    (date(2026, 8, 17), "H", "07.30", None, "bukan hari kerja"),
    (MONDAY, "H", None, None, "perlu jam datang"),
    (MONDAY, "H", "08.00", "07.00", "setelah jam datang"),
    (MONDAY, "S", "08.00", None, "tidak memakai jam"),
    (MONDAY, "X", None, None, "tidak dikenal"),
    (date(2026, 11, 26), "H", "07.30", None, "belum tiba"),
    (date(2026, 11, 25), "H", "09.00", None, "belum terjadi"),
])
def test_wrong_roll_call_input_is_refused(office: AppContext, head: Actor,
                                          staff: dict[str, str], day: date, status: str,
                                          check_in: str | None, check_out: str | None,
                                          message: str) -> None:
    # The clock says 25 November 2026, 08.30 WIB.
    with pytest.raises(ValidationError, match=message), office.write(head) as uow:
        record_attendance(uow, day, staff["Agus"], status, check_in, check_out)


def test_staff_who_left_are_not_in_the_roll_call(office: AppContext, head: Actor,
                                                 staff: dict[str, str]) -> None:
    with office.write(head) as uow:
        deactivate_staff(uow, staff["Citra"], date(2026, 11, 20))
    with office.read() as session:
        names = [r.name for r in roll_call(session, OFFICE_CODE, MONDAY).rows]
    assert names == ["Agus", "Budi"]
    with pytest.raises(ValidationError, match="tidak aktif"), office.write(head) as uow:
        record_attendance(uow, MONDAY, staff["Citra"], "H", "07.30")


def test_a_locked_month_needs_a_reason_and_keeps_it(office: AppContext, head: Actor,
                                                    staff: dict[str, str],
                                                    clock: FakeClock) -> None:
    october = date(2026, 10, 26)
    with office.write(head) as uow:
        record_attendance(uow, october, staff["Agus"], "TK")
        lock_month(uow, "2026-10")
    with pytest.raises(ValidationError, match="perlu alasan"), office.write(head) as uow:
        record_attendance(uow, october, staff["Agus"], "S")
    with office.write(head) as uow:
        record_attendance(uow, october, staff["Agus"], "S",
                          amendment_reason="Surat dokter baru diterima")
    from sqlalchemy import select

    from db.models import Amendment

    with office.read() as session:
        amendment = session.scalars(select(Amendment)).one()
    assert (amendment.old_value, amendment.new_value) == ("TK", "S")


def test_the_monthly_recap_counts_statuses_bands_and_attendance(
        office: AppContext, head: Actor, staff: dict[str, str], clock: FakeClock) -> None:
    clock.now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    with office.write(head) as uow:
        for day in (date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)):
            record_attendance(uow, day, staff["Agus"], "H", "07.30", "16.00")
        record_attendance(uow, date(2026, 11, 5), staff["Agus"], "TL", "09.10", "16.00")
        record_attendance(uow, date(2026, 11, 6), staff["Agus"], "TK")
    with office.read() as session:
        recap = {r.name: r for r in monthly_recap(session, OFFICE_CODE, date(2026, 11, 1),
                                                  today=date(2026, 11, 30))}
    agus = recap["Agus"]
    assert agus.working_days == 21 and agus.recorded == 5
    assert agus.counts["H"] == 3 and agus.counts["TK"] == 1
    assert dict(agus.tl_bands) == {4: 1}  # 100 minutes late: TL4
    assert agus.present == 4 and agus.attendance_percent == pytest.approx(400 / 21)


def test_yearly_tk_warns_before_the_pp_94_threshold(office: AppContext, head: Actor,
                                                   staff: dict[str, str]) -> None:
    with office.write(head) as uow:
        for day in (date(2026, 11, 2), date(2026, 11, 3)):
            record_attendance(uow, day, staff["Budi"], "TK")
    with office.read() as session:
        rows = {r.name: r for r in yearly_tk(session, OFFICE_CODE, 2026)}
    assert rows["Budi"].standing.days == 2 and rows["Budi"].warning
    assert rows["Budi"].standing.next_label == "Teguran lisan"
    assert not rows["Agus"].warning
