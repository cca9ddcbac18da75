"""Jam Layanan: opening and closing judged against the day's schedule, corrections kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.month_lock import lock_month
from core.services.service_hours import (
    CLOSED,
    EARLY,
    LATE,
    MISSING,
    OFF,
    ON_TIME,
    ClockSuspect,
    amend_time,
    close_office,
    day_statuses,
    mark_closed,
    month_figures,
    month_range,
    open_office,
    set_reason,
)
from db.models import Amendment, DayLog
from tests.conftest import OFFICE_CODE, FakeClock


def at(clock: FakeClock, day: date, hhmm: str) -> None:
    """Set the clock to `hhmm` WIB (UTC+7) on `day`."""
    hours, minutes = (int(p) for p in hhmm.split(":"))
    clock.now = datetime(day.year, day.month, day.day, hours, minutes,
                         tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


def statuses(ctx: AppContext, start: date, end: date, today: date) -> dict[date, object]:
    with ctx.read() as session:
        return {s.day: s for s in day_statuses(session, OFFICE_CODE, start, end, today)}


MONDAY = date(2026, 11, 23)
FRIDAY = date(2026, 11, 27)


def test_opening_at_0731_is_one_minute_late_and_0730_is_on_time(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    at(clock, MONDAY, "07:30")
    with office.write(head) as uow:
        open_office(uow)
    at(clock, MONDAY, "16:00")
    with office.write(head) as uow:
        close_office(uow)
    at(clock, date(2026, 11, 24), "07:31")
    with office.write(head) as uow:
        open_office(uow)
    at(clock, date(2026, 11, 24), "16:05")
    with office.write(head) as uow:
        close_office(uow)
    days = statuses(office, MONDAY, date(2026, 11, 24), date(2026, 11, 24))
    assert days[MONDAY].status == ON_TIME and days[MONDAY].opened == "07.30"
    tuesday = days[date(2026, 11, 24)]
    assert tuesday.status == LATE and tuesday.minutes_late == 1


def test_closing_at_1600_on_friday_is_30_minutes_early(office: AppContext, head: Actor,
                                                       clock: FakeClock) -> None:
    at(clock, FRIDAY, "07:25")
    with office.write(head) as uow:
        open_office(uow)
    at(clock, FRIDAY, "16:00")
    with office.write(head) as uow:
        close_office(uow)
    day = statuses(office, FRIDAY, FRIDAY, FRIDAY)[FRIDAY]
    assert day.status == EARLY and day.minutes_early == 30


def test_a_working_day_without_a_record_is_missing_and_weekends_are_not_counted(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    at(clock, date(2026, 12, 1), "08:00")
    with office.read() as session:
        days = day_statuses(session, OFFICE_CODE, *month_range(date(2026, 11, 1)),
                            today=date(2026, 12, 1))
    figures = month_figures(days)
    assert figures.working_days == 21  # November 2026 has no national holiday
    assert figures.missing_days == 21 and figures.on_time_percent == 0.0
    saturday = next(d for d in days if d.day == date(2026, 11, 28))
    assert saturday.status == OFF and not saturday.counted


def test_a_holiday_is_not_counted(office: AppContext) -> None:
    with office.read() as session:
        days = day_statuses(session, OFFICE_CODE, date(2026, 8, 17), date(2026, 8, 17),
                            today=date(2026, 8, 31))
    assert days[0].status == OFF and days[0].rule.off_reason.startswith("Hari Kemerdekaan")
    assert month_figures(days).working_days == 0


def test_opening_twice_or_closing_before_opening_is_refused(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    at(clock, MONDAY, "07:20")
    with pytest.raises(ValidationError, match="belum dibuka"), office.write(head) as uow:
        close_office(uow)
    with office.write(head) as uow:
        open_office(uow)
    with pytest.raises(ValidationError, match=r"sudah dibuka pukul 07\.20"), \
            office.write(head) as uow:
        open_office(uow)


def test_a_correction_needs_a_reason_and_keeps_the_original(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    at(clock, MONDAY, "08:05")
    with office.write(head) as uow:
        open_office(uow)  # the operator pressed the button late; the door opened 07.30
    at(clock, MONDAY, "10:00")
    with pytest.raises(ValidationError, match="Alasan wajib"), office.write(head) as uow:
        amend_time(uow, MONDAY, "opened_local", "07.30", "")
    with office.write(head) as uow:
        amend_time(uow, MONDAY, "opened_local", "07.30", "Lupa menekan tombol saat buka")
    day = statuses(office, MONDAY, MONDAY, MONDAY)[MONDAY]
    assert day.opened == "07.30" and day.minutes_late == 0 and day.amended
    with office.read() as session:
        log = session.scalars(select(DayLog)).one()
        amendment = session.scalars(select(Amendment)).one()
    assert log.opened_local == "08:05"  # never overwritten
    assert (amendment.old_value, amendment.new_value) == ("08:05", "07:30")


def test_a_correction_cannot_be_in_the_future_or_close_before_opening(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    at(clock, MONDAY, "09:00")
    with office.write(head) as uow:
        open_office(uow)
    with pytest.raises(ValidationError, match="belum terjadi"), office.write(head) as uow:
        amend_time(uow, MONDAY, "closed_local", "16.00", "Tutup sesuai jadwal")
    with pytest.raises(ValidationError, match="masa depan"), office.write(head) as uow:
        amend_time(uow, date(2026, 11, 24), "opened_local", "07.30", "Catatan dari besok")
    with pytest.raises(ValidationError, match="setelah jam buka"), office.write(head) as uow:
        amend_time(uow, MONDAY, "closed_local", "08.00", "Tutup lebih dulu")


def test_a_closed_day_with_a_reason_is_shown_as_closed(office: AppContext, head: Actor,
                                                      clock: FakeClock) -> None:
    at(clock, MONDAY, "12:00")
    with office.write(head) as uow:
        mark_closed(uow, MONDAY, "Banjir setinggi lutut di depan kantor")
    day = statuses(office, MONDAY, MONDAY, MONDAY)[MONDAY]
    assert day.status == CLOSED and "Banjir" in day.reason


def test_a_locked_month_changes_only_through_amendments(office: AppContext, head: Actor,
                                                        clock: FakeClock) -> None:
    october = date(2026, 10, 26)
    at(clock, october, "07:45")
    with office.write(head) as uow:
        open_office(uow)
    at(clock, date(2026, 11, 2), "08:00")
    with office.write(head) as uow:
        lock_month(uow, "2026-10")
    with pytest.raises(ValidationError, match="sudah dikunci"), office.write(head) as uow:
        lock_month(uow, "2026-10")
    with office.write(head) as uow:
        set_reason(uow, october, "Rapat di kecamatan pagi hari")
        amend_time(uow, october, "closed_local", "16.00", "Lupa menekan tutup")
    day = statuses(office, october, october, date(2026, 11, 2))[october]
    assert day.locked and day.amended and day.reason == "Rapat di kecamatan pagi hari"
    assert day.closed == "16.00"


def test_only_the_head_locks_and_only_ended_months(office: AppContext, head: Actor,
                                                   operator: Actor, clock: FakeClock) -> None:
    with pytest.raises(PermissionDenied), office.write(operator) as uow:
        lock_month(uow, "2026-10")
    with pytest.raises(ValidationError, match="sudah berakhir"), office.write(head) as uow:
        lock_month(uow, "2026-11")


def test_a_computer_date_before_the_last_record_asks_first(office: AppContext, head: Actor,
                                                          clock: FakeClock) -> None:
    at(clock, MONDAY, "07:30")
    with office.write(head) as uow:
        open_office(uow)
    at(clock, date(2026, 11, 20), "07:30")  # the PC lost its date after a power cut
    with pytest.raises(ClockSuspect, match="lebih awal"), office.write(head) as uow:
        open_office(uow)
    with office.read() as session:
        assert len(session.scalars(select(DayLog)).all()) == 1
    at(clock, date(2027, 3, 1), "07:30")
    with pytest.raises(ClockSuspect, match="Benarkah"), office.write(head) as uow:
        open_office(uow)
    with office.write(head) as uow:
        open_office(uow, confirmed_clock=True)


def test_month_figures_count_on_time_days_and_average_lateness(
        office: AppContext, head: Actor, clock: FakeClock) -> None:
    for day, opened, closed in ((date(2026, 11, 2), "07:30", "16:00"),
                                (date(2026, 11, 3), "07:50", "16:00"),
                                (date(2026, 11, 4), "08:10", "16:00")):
        at(clock, day, opened)
        with office.write(head) as uow:
            open_office(uow)
        at(clock, day, closed)
        with office.write(head) as uow:
            close_office(uow)
    with office.read() as session:
        days = day_statuses(session, OFFICE_CODE, date(2026, 11, 2), date(2026, 11, 5),
                            today=date(2026, 11, 6))
    figures = month_figures(days)
    assert (figures.working_days, figures.recorded_days, figures.on_time_days,
            figures.missing_days) == (4, 3, 1, 1)
    assert figures.average_minutes_late == pytest.approx(20.0)
    assert days[-1].status == MISSING


def test_today_before_opening_is_not_yet_judged(office: AppContext, clock: FakeClock) -> None:
    from core.services.service_hours import NOT_YET

    at(clock, MONDAY, "06:50")
    with office.read() as session:
        days = day_statuses(session, OFFICE_CODE, date(2026, 11, 20), MONDAY, today=MONDAY)
    assert days[-1].status == NOT_YET and days[0].status == MISSING
    figures = month_figures(days)
    assert (figures.working_days, figures.missing_days) == (1, 1)  # Friday only
