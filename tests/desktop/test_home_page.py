"""Beranda of an office: today, the month so far and the chart of late minutes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtWidgets import QLabel

from core.context import AppContext
from core.roles import Actor
from core.services.attendance import record_attendance
from core.services.service_hours import close_office, open_office
from core.services.staff import StaffInput, StaffStatus, add_staff
from desktop.main_window import MainWindow
from tests.conftest import FakeClock
from tests.desktop.ui import child, save_shot


def wib(clock: FakeClock, day: date, hhmm: str) -> None:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    clock.now = datetime(day.year, day.month, day.day, hours, minutes,
                         tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


def test_beranda_shows_today_the_month_and_late_minutes_per_day(
        qtbot, make_window: Callable[[AppContext, Actor], MainWindow],  # type: ignore[no-untyped-def]
        office: AppContext, head: Actor, clock: FakeClock, shots: Path) -> None:
    with office.write(head) as uow:
        ids = [add_staff(uow, StaffInput(name, "Staf", StaffStatus.NON_ASN, local_id=f"N{n}",
                                         active_from=date(2025, 1, 2))).id
               for n, name in enumerate(("Agus Salim", "Budi Santoso", "Citra Dewi"))]
    for day, opened in ((date(2026, 11, 23), "07:30"), (date(2026, 11, 24), "07:52")):
        wib(clock, day, opened)
        with office.write(head) as uow:
            open_office(uow)
        wib(clock, day, "16:00")
        with office.write(head) as uow:
            close_office(uow)
    wib(clock, date(2026, 11, 25), "07:41")
    with office.write(head) as uow:
        open_office(uow)
        record_attendance(uow, date(2026, 11, 25), ids[0], "H", "07.30")
        record_attendance(uow, date(2026, 11, 25), ids[1], "S")

    window = make_window(office, head)
    page = window.open_page("beranda")
    assert child(page, QLabel, "todayOpened").text() == "Pukul 07.41, terlambat 11 menit"
    assert child(page, QLabel, "todayPresent").text() == \
        "1 hadir; tidak hadir: Budi Santoso (S); 1 belum diabsen"
    # 1 of 18 working days so far on time (the 1st–22nd were never recorded).
    assert child(page, QLabel, "monthOnTime").text() == "5,6% (1 dari 18 hari kerja)"
    assert child(page, QLabel, "monthAverageLate").text() == "11,0 menit"
    chart = child(page, QChartView, "lateChart").chart()
    [series] = chart.series()
    assert isinstance(series, QBarSeries)
    values = [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]
    assert values[-3:] == [0.0, 22.0, 11.0] and len(values) == 18
    save_shot(window, shots, "beranda-kantor", share=True)
