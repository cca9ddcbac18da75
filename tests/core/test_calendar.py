"""Working days and hours: Perpres 21/2023 defaults, Ramadan, holidays, bands, PP 94/2021."""

from __future__ import annotations

import json
from datetime import date

import pytest

from core.context import AppContext
from core.errors import ValidationError
from core.services.calendar import (
    RAMADAN_WEEK,
    REGULAR_WEEK,
    Calendar,
    band,
    format_hhmm,
    idul_fitri,
    minutes_early,
    minutes_late,
    parse_hhmm,
    week_hours,
)
from core.services.rules import tk_standing
from db.models import Holiday, ScheduleAssignment, ScheduleProfile
from tests.conftest import OFFICE_CODE


def _calendar(ctx: AppContext, start: date, end: date) -> Calendar:
    with ctx.read() as session:
        return Calendar(session, OFFICE_CODE, start, end)


def test_the_default_weeks_are_37_5_and_32_5_hours() -> None:
    assert week_hours(REGULAR_WEEK) == 37.5
    assert week_hours(RAMADAN_WEEK) == 32.5


def test_a_regular_monday_opens_at_0730_and_friday_closes_at_1630(office: AppContext) -> None:
    calendar = _calendar(office, date(2026, 11, 1), date(2026, 11, 30))
    monday = calendar.rule(date(2026, 11, 23))
    friday = calendar.rule(date(2026, 11, 27))
    assert monday.schedule is not None and friday.schedule is not None
    assert (format_hhmm(monday.schedule.opens), format_hhmm(monday.schedule.closes)) == \
        ("07.30", "16.00")
    assert format_hhmm(friday.schedule.closes) == "16.30"
    assert friday.schedule.break_minutes == 90 and friday.schedule.working_minutes == 450
    assert calendar.rule(date(2026, 11, 28)).off_reason == "akhir pekan"


def test_0731_is_one_minute_late_and_0730_is_on_time(office: AppContext) -> None:
    schedule = _calendar(office, date(2026, 11, 23), date(2026, 11, 23)).rule(
        date(2026, 11, 23)).schedule
    assert schedule is not None
    assert minutes_late(parse_hhmm("07.30"), schedule) == 0
    assert minutes_late(parse_hhmm("07:31"), schedule) == 1
    assert minutes_late(parse_hhmm("07.05"), schedule) == 0
    assert minutes_early(parse_hhmm("15.45"), schedule) == 15
    assert minutes_early(parse_hhmm("16.10"), schedule) == 0


def test_ramadan_hours_apply_in_the_month_before_idul_fitri(office: AppContext) -> None:
    eid = idul_fitri(2026)
    assert eid == date(2026, 3, 21)
    calendar = _calendar(office, date(2026, 2, 1), date(2026, 3, 31))
    in_ramadan = calendar.rule(date(2026, 3, 2))  # a Monday
    before = calendar.rule(date(2026, 2, 16))  # the Monday before
    assert in_ramadan.schedule is not None and before.schedule is not None
    assert format_hhmm(in_ramadan.schedule.opens) == "08.00"
    assert "Ramadan" in in_ramadan.schedule.profile
    assert format_hhmm(before.schedule.opens) == "07.30"
    assert minutes_late(parse_hhmm("08.00"), in_ramadan.schedule) == 0


def test_national_and_city_holidays_are_not_working_days(office: AppContext) -> None:
    calendar = _calendar(office, date(2026, 8, 1), date(2026, 8, 31))
    independence = calendar.rule(date(2026, 8, 17))
    assert not independence.is_working
    assert independence.off_reason == "Hari Kemerdekaan Republik Indonesia"
    with office.raw_write() as session:
        from core.context import mark_logged_elsewhere

        row = Holiday(id="h1", day=date(2026, 8, 18), name="Cuti bersama HUT RI",
                      kind="cuti_bersama", applies_to="*", office_code="15.71",
                      origin_device="kota", rev=1, created_at=office.clock(),
                      updated_at=office.clock())
        mark_logged_elsewhere(session, row)
        session.add(row)
    assert _calendar(office, date(2026, 8, 1), date(2026, 8, 31)).rule(
        date(2026, 8, 18)).off_reason == "Cuti bersama HUT RI"


def test_an_office_schedule_change_mid_month_applies_from_its_date(office: AppContext) -> None:
    with office.raw_write() as session:
        from core.context import mark_logged_elsewhere

        profile = ScheduleProfile(id="p-pagi", name="Pelayanan pagi", kind="khusus",
                                  week=json.dumps({d: ["07:00", "15:30", 60]
                                                   for d in "12345"}))
        assignment = ScheduleAssignment(id="a-pagi", profile_id="p-pagi",
                                        applies_to=OFFICE_CODE, valid_from=date(2026, 11, 16))
        for row in (profile, assignment):
            row.office_code, row.origin_device, row.rev = "15.71", "kota", 1
            row.created_at = row.updated_at = office.clock()
            mark_logged_elsewhere(session, row)
            session.add(row)
    calendar = _calendar(office, date(2026, 11, 1), date(2026, 11, 30))
    before = calendar.rule(date(2026, 11, 13)).schedule
    after = calendar.rule(date(2026, 11, 16)).schedule
    assert before is not None and after is not None
    assert format_hhmm(before.opens) == "07.30" and format_hhmm(after.opens) == "07.00"


@pytest.mark.parametrize(("minutes", "expected"), [
    (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (400, 4)])
def test_lateness_bands_are_30_minutes_wide(minutes: int, expected: int) -> None:
    assert band(minutes) == expected


def test_band_width_is_configurable() -> None:
    assert band(20, width=15) == 2
    assert band(100, width=15, bands=4) == 4


def test_a_wrong_time_of_day_is_refused_clearly() -> None:
    for text in ("7.3x", "24.00", "07.60", ""):
        with pytest.raises(ValidationError):
            parse_hhmm(text)


@pytest.mark.parametrize(("days", "reached", "next_at"), [
    (0, None, 3), (2, None, 3), (3, "Teguran lisan", 4), (10, "Pernyataan tidak puas "
                                                              "secara tertulis", 11),
    (28, "Pemberhentian dengan hormat tidak atas permintaan sendiri", None)])
def test_unexcused_absence_is_measured_against_pp_94_2021(days: int, reached: str | None,
                                                          next_at: int | None) -> None:
    standing = tk_standing(days)
    assert standing.reached == reached and standing.next_at == next_at


def test_a_warning_comes_one_day_before_a_threshold() -> None:
    assert tk_standing(2).warning(1)
    assert not tk_standing(1).warning(1)
