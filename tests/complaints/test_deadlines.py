"""Deadlines in working days from the day received: weekends, national and city holidays,
the city's rule, overdue items and the counts per office."""

from __future__ import annotations

from datetime import date

from core.context import AppContext
from core.roles import Actor
from core.services.complaints import (
    deadlines,
    follow_up,
    link_duplicate,
    list_complaints,
    office_complaint_counts,
    verify,
)
from core.services.rules import set_rule
from core.services.schedules import add_holiday
from db.models import Complaint
from tests.complaints.conftest import KECAMATAN, KELURAHAN, OTHER_KELURAHAN, TODAY, register
from tests.conftest import FakeClock


def due_dates(ctx: AppContext, complaint_id: str, today: date = TODAY
              ) -> tuple[date, date, date]:
    with ctx.read() as session:
        row = session.get(Complaint, complaint_id)
        assert row is not None
        found = deadlines(session, row, today)
    return found.verify_by, found.follow_up_by, found.close_by


def test_a_weekend_does_not_count(city: AppContext, city_admin: Actor) -> None:
    friday = register(city, city_admin, received_on=date(2026, 11, 20))
    # Mon 23, Tue 24, Wed 25 | Thu 26, Fri 27 | Mon 30, Tue 1, Wed 2, Thu 3, Fri 4.
    assert due_dates(city, friday) == (date(2026, 11, 25), date(2026, 11, 27),
                                       date(2026, 12, 4))
    saturday = register(city, city_admin, received_on=date(2026, 11, 21))
    assert due_dates(city, saturday) == (date(2026, 11, 25), date(2026, 11, 27),
                                         date(2026, 12, 4))


def test_national_and_city_holidays_do_not_count(city: AppContext, city_admin: Actor,
                                                 clock: FakeClock) -> None:
    monday = register(city, city_admin, received_on=date(2026, 11, 23))
    with city.write(city_admin) as uow:
        add_holiday(uow, date(2026, 11, 26), "Libur daerah HUT Kota", "lokal")
        add_holiday(uow, date(2026, 12, 24), "Cuti bersama Natal", "cuti_bersama")
        add_holiday(uow, date(2026, 11, 27), "Libur kantor lain", "lokal",
                    applies_to=OTHER_KELURAHAN)  # not the hub's
    # Tue 24, Wed 25, (Thu 26 off), Fri 27 | Mon 30, Tue 1 | Wed 2 … Fri 4, Mon 7, Tue 8.
    assert due_dates(city, monday) == (date(2026, 11, 27), date(2026, 12, 1),
                                       date(2026, 12, 8))
    clock.advance(days=33)  # 28 December 2026
    december = register(city, city_admin, received_on=date(2026, 12, 21))
    # Tue 22, Wed 23, (Thu 24 cuti bersama, Fri 25 Natal, the weekend), Mon 28 | Tue 29,
    # Wed 30.
    assert due_dates(city, december)[:2] == (date(2026, 12, 28), date(2026, 12, 30))


def test_the_citys_rule_sets_the_days(city: AppContext, city_admin: Actor) -> None:
    with city.write(city_admin) as uow:
        set_rule(uow, "complaint_deadline_days",
                 {"verifikasi": 1, "tindak_lanjut": 2, "selesai": 4})
    friday = register(city, city_admin, received_on=date(2026, 11, 20))
    assert due_dates(city, friday) == (date(2026, 11, 23), date(2026, 11, 24),
                                       date(2026, 11, 26))


def test_the_current_step_is_overdue_by_working_days(city: AppContext,
                                                     city_admin: Actor) -> None:
    complaint_id = register(city, city_admin, received_on=date(2026, 11, 16))
    with city.read() as session:
        row = session.get(Complaint, complaint_id)
        assert row is not None
        late = deadlines(session, row, TODAY)
        on_time = deadlines(session, row, date(2026, 11, 19))
        weekend = deadlines(session, row, date(2026, 11, 21))
    # Verify by Thu 19; late on Fri 20, Mon 23, Tue 24, Wed 25.
    assert (late.step, late.due, late.overdue, late.days_overdue) == (
        "verifikasi", date(2026, 11, 19), True, 4)
    assert (on_time.overdue, on_time.days_overdue) == (False, 0)
    assert (weekend.overdue, weekend.days_overdue) == (True, 1)
    with city.write(city_admin) as uow:
        verify(uow, complaint_id, True, "Benar terjadi.")
    with city.read() as session:
        [item] = list_complaints(session, TODAY)
    # Follow up by Mon 23: late on Tue 24 and Wed 25.
    assert (item.deadlines.step, item.deadlines.due, item.deadlines.days_overdue) == (
        "tindak_lanjut", date(2026, 11, 23), 2)
    with city.write(city_admin) as uow:
        follow_up(uow, complaint_id, "Dipanggil lurah.")
    with city.read() as session:
        [item] = list_complaints(session, TODAY)
    assert (item.deadlines.step, item.deadlines.due, item.overdue) == (
        "selesai", date(2026, 11, 30), False)


def test_lists_filter_by_office_kecamatan_status_category_and_overdue(
        city: AppContext, city_admin: Actor) -> None:
    old = register(city, city_admin, received_on=date(2026, 11, 2))
    opening_late = register(city, city_admin, received_on=TODAY, category="jam_layanan")
    other = register(city, city_admin, subject_office=OTHER_KELURAHAN,
                     received_on=date(2026, 11, 3))
    at_kecamatan = register(city, city_admin, subject_office=KECAMATAN, received_on=TODAY)
    with city.write(city_admin) as uow:
        verify(uow, other, True, "Benar terjadi.")
    with city.read() as session:
        def ids(**filters: object) -> list[str]:
            return [r.id for r in list_complaints(session, TODAY, **filters)]  # type: ignore[arg-type]

        assert len(ids()) == 4
        assert set(ids(kecamatan=KECAMATAN)) == {old, opening_late, at_kecamatan}
        assert ids(office=KELURAHAN, category="jam_layanan") == [opening_late]
        assert ids(office=OTHER_KELURAHAN) == [other]
        assert ids(status="diverifikasi") == [other]
        assert set(ids(overdue_only=True)) == {old, other}
        assert ids(category="jam_layanan", overdue_only=True) == []
        newest = list_complaints(session, TODAY)[0]
        assert newest.received_on == TODAY


def test_counts_per_office_count_a_duplicate_group_once(city: AppContext,
                                                        city_admin: Actor) -> None:
    first = register(city, city_admin, received_on=date(2026, 11, 2))
    again = register(city, city_admin, received_on=date(2026, 11, 3), source="lapor")
    register(city, city_admin, received_on=date(2026, 10, 5), category="pelayanan")
    register(city, city_admin, subject_office=OTHER_KELURAHAN, received_on=TODAY)
    with city.write(city_admin) as uow:
        link_duplicate(uow, again, first, "")
        verify(uow, first, True, "Benar terjadi.")
    with city.read() as session:
        counts = office_complaint_counts(session, date(2026, 11, 1), date(2026, 11, 30), TODAY)
    kelurahan = counts[KELURAHAN]
    assert (kelurahan.received, kelurahan.open, kelurahan.overdue,
            kelurahan.pungli_verified) == (1, 2, 2, 1)
    other = counts[OTHER_KELURAHAN]
    assert (other.received, other.open, other.overdue, other.pungli_verified) == (1, 1, 0, 0)
    assert set(counts) == {KELURAHAN, OTHER_KELURAHAN}
