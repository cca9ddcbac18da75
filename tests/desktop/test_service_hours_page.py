"""Jam Layanan: opening and closing the office by hand, corrections, the month table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton, QTableView
from sqlalchemy import func, select

from core.context import AppContext
from core.roles import Actor
from core.services.service_hours import open_office
from db.models import Amendment, DayLog, MonthLock
from desktop.dialogs.service_hours import AmendTimeDialog, LockMonthDialog, ReasonDialog
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.service_hours import BAD_ROW, OFF_ROW, ServiceHoursPage
from tests.conftest import FakeClock
from tests.desktop.ui import (
    ModalDriver,
    child,
    click,
    click_row,
    cut_short_columns,
    dialog_button,
    goto,
    row_index,
    save_shot,
    table_column,
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]
TODAY = date(2026, 11, 25)  # Wednesday; the clock fixture's day
COLUMNS = ["Tanggal", "Hari", "Jadwal", "Buka", "Tutup", "Terlambat (menit)",
           "Pulang cepat (menit)", "Status", "Tanda", "Alasan"]  # as read (one line)


def wib(clock: FakeClock, day: date, hhmm: str) -> None:
    """Move the clock to `hhmm` WIB on `day` (07.31 WIB is 00.31 UTC)."""
    hours, minutes = (int(p) for p in hhmm.split(":"))
    clock.now = datetime(day.year, day.month, day.day, hours, minutes,
                         tzinfo=ZoneInfo("Asia/Jakarta")).astimezone(UTC)


def count(ctx: AppContext, model: type) -> int:
    with ctx.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def text(page: ServiceHoursPage, name: str) -> str:
    return child(page, QLabel, name).text()


def button(page: ServiceHoursPage, name: str) -> QPushButton:
    return child(page, QPushButton, name)


def day_row(table: QTableView, day: date) -> dict[str, str]:
    """The row of `day` as {column title: shown text}."""
    index = row_index(table, day.strftime("%d-%m-%Y"))
    model = table.model()
    titles = [model.headerData(col, Qt.Orientation.Horizontal).replace("\n", " ")
              for col in range(model.columnCount())]
    assert titles == COLUMNS
    return {title: model.index(index.row(), col).data() for col, title in enumerate(COLUMNS)}


def background(table: QTableView, day: date) -> str | None:
    brush = row_index(table, day.strftime("%d-%m-%Y")).data(Qt.ItemDataRole.BackgroundRole)
    return None if brush is None else brush.color().name()


def open_page(qtbot, window: MainWindow) -> ServiceHoursPage:  # type: ignore[no-untyped-def]
    page = goto(qtbot, window, "Jam Layanan")
    assert isinstance(page, ServiceHoursPage)
    return page


@pytest.fixture
def operator_window(make_window: MakeWindow, office: AppContext, operator: Actor) -> MainWindow:
    return make_window(office, operator)


@pytest.fixture
def operator_page(qtbot, operator_window: MainWindow) -> ServiceHoursPage:  # type: ignore[no-untyped-def]
    return open_page(qtbot, operator_window)


def test_sidebar_places_jam_layanan_right_after_beranda(
        make_window: MakeWindow, office: AppContext, operator: Actor) -> None:
    titles = make_window(office, operator).sidebar_titles()
    assert titles[:2] == ["Beranda", "Jam Layanan"]


def test_open_at_0731_is_one_minute_late_then_close(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, shots: Path) -> None:
    wib(clock, TODAY, "07:31")
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    table = child(page, QTableView, "daysTable")
    assert text(page, "todayDate") == "Rabu, 25 November 2026"
    assert text(page, "todaySchedule") == "07.30–16.00 · Reguler (Perpres 21/2023)"
    assert text(page, "todayOpened") == "Belum"
    assert text(page, "todayStatus") == "Belum dibuka: sudah lewat 1 menit dari jadwal"
    assert button(page, "openOffice").isEnabled()
    assert not button(page, "closeOffice").isEnabled()
    assert day_row(table, TODAY)["Status"] == "belum dibuka"
    assert background(table, TODAY) is None  # today is not missing yet

    click(qtbot, button(page, "openOffice"))
    assert text(page, "todayOpened") == "Pukul 07.31"
    assert text(page, "todayStatus") == "Terlambat 1 menit"
    assert not button(page, "openOffice").isEnabled()  # once a day
    assert button(page, "closeOffice").isEnabled()
    today = day_row(table, TODAY)
    assert (today["Buka"], today["Terlambat (menit)"], today["Status"]) == \
        ("07.31", "1", "terlambat")
    assert background(table, TODAY) == BAD_ROW.name()
    assert count(office, DayLog) == 1

    wib(clock, TODAY, "16:05")
    click(qtbot, button(page, "closeOffice"))
    assert text(page, "todayClosed") == "Pukul 16.05"
    assert text(page, "todayStatus") == "Terlambat 1 menit"
    assert not button(page, "openOffice").isEnabled()
    assert not button(page, "closeOffice").isEnabled()
    today = day_row(table, TODAY)
    assert (today["Tutup"], today["Pulang cepat (menit)"]) == ("16.05", "")
    # 18 working days from 2 to 25 November; only today is recorded.
    assert text(page, "figWorking") == "Hari kerja: <b>18</b>"
    assert text(page, "figOnTime") == "Tepat waktu: <b>0,0% (0 hari)</b>"
    assert text(page, "figAverageLate") == "Rata-rata terlambat: <b>1,0 menit</b>"
    assert text(page, "figMissing") == "Tidak tercatat: <b>17 hari</b>"
    assert table_column(table, "Tanggal")[0] == "01-11-2026"
    assert len(table_rows(table)) == 25  # not after today
    save_shot(window, shots, "service-hours-operator", share=True)
    assert cut_short_columns(table) == []


def test_opening_twice_shows_the_message_and_saves_nothing(
        qtbot, operator_page: ServiceHoursPage, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, modals: ModalDriver) -> None:
    page = operator_page
    assert button(page, "openOffice").isEnabled()
    wib(clock, TODAY, "07:20")
    with office.write(head) as uow:  # meanwhile on the other computer of the office
        open_office(uow)
    wib(clock, TODAY, "07:25")
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        click(qtbot, dialog_button(box, "OK"))

    modals.expect(QMessageBox, read)
    click(qtbot, button(page, "openOffice"))
    modals.check()
    assert seen == ["Kantor sudah dibuka pukul 07.20 hari ini; untuk membetulkan jamnya "
                    "gunakan koreksi."]
    assert count(office, DayLog) == 1
    # The page now shows what was recorded.
    assert text(page, "todayOpened") == "Pukul 07.20"
    assert not button(page, "openOffice").isEnabled()


def test_a_correction_with_an_empty_reason_keeps_the_dialog_open(
        qtbot, operator_page: ServiceHoursPage, office: AppContext,  # type: ignore[no-untyped-def]
        clock: FakeClock, modals: ModalDriver, shots: Path) -> None:
    page = operator_page
    wib(clock, TODAY, "08:05")
    click(qtbot, button(page, "openOffice"))
    wib(clock, TODAY, "10:00")
    table = child(page, QTableView, "daysTable")
    amend = button(page, "amendTime")
    assert not amend.isEnabled()  # no day chosen yet
    click_row(qtbot, table, "25-11-2026")
    seen: dict[str, object] = {}

    def fill(dialog: AmendTimeDialog) -> None:
        assert dialog.windowTitle() == "Koreksi jam"
        assert child(dialog, QRadioButton, "fieldClosed").isChecked()  # open, not closed
        click(qtbot, child(dialog, QRadioButton, "fieldOpened"))
        assert child(dialog, QLineEdit, "time").text() == "08.05"
        type_into(qtbot, child(dialog, QLineEdit, "time"), "07.30")
        click(qtbot, dialog_button(dialog, "Simpan koreksi"))
        error = child(dialog, QLabel, "formError")
        seen.update(visible=dialog.isVisible(), message=error.text(),
                    error_visible=error.isVisible(),
                    style=child(dialog, QLineEdit, "reason").styleSheet())
        save_shot(dialog, shots, "service-hours-amend-error", share=True)
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(AmendTimeDialog, fill)
    click(qtbot, amend)
    modals.check()
    assert seen == {"visible": True, "error_visible": True, "style": INVALID_STYLE,
                    "message": "Alasan wajib diisi (minimal 5 huruf)."}
    assert count(office, Amendment) == 0
    assert day_row(table, TODAY)["Buka"] == "08.05"


def test_a_correction_with_a_reason_updates_the_table_and_marks_it(
        qtbot, operator_page: ServiceHoursPage, office: AppContext,  # type: ignore[no-untyped-def]
        clock: FakeClock, modals: ModalDriver, shots: Path) -> None:
    page = operator_page
    wib(clock, TODAY, "08:05")
    click(qtbot, button(page, "openOffice"))
    assert text(page, "todayStatus") == "Terlambat 35 menit"
    wib(clock, TODAY, "10:00")
    table = child(page, QTableView, "daysTable")
    click_row(qtbot, table, "25-11-2026")

    def fill(dialog: AmendTimeDialog) -> None:
        click(qtbot, child(dialog, QRadioButton, "fieldOpened"))
        type_into(qtbot, child(dialog, QLineEdit, "time"), "07.30")
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "Lupa menekan tombol saat buka")
        save_shot(dialog, shots, "service-hours-amend", share=True)
        click(qtbot, dialog_button(dialog, "Simpan koreksi"))

    modals.expect(AmendTimeDialog, fill)
    click(qtbot, button(page, "amendTime"))
    modals.check()
    today = day_row(table, TODAY)
    assert (today["Buka"], today["Terlambat (menit)"], today["Status"], today["Tanda"]) == \
        ("07.30", "", "buka", "dikoreksi")
    assert text(page, "todayOpened") == "Pukul 07.30"
    assert text(page, "todayStatus") == "Tepat waktu"
    assert background(table, TODAY) is None
    assert count(office, Amendment) == 1
    with office.read() as session:
        assert session.scalars(select(DayLog.opened_local)).one() == "08:05"  # kept

    # A past day without any record: both times typed in, one correction each.
    monday = date(2026, 11, 23)
    assert day_row(table, monday)["Status"] == "tidak tercatat"
    for field, time in (("fieldOpened", "07.45"), ("fieldClosed", "16.00")):
        click_row(qtbot, table, "23-11-2026")

        def correct(dialog: AmendTimeDialog, field: str = field, time: str = time) -> None:
            click(qtbot, child(dialog, QRadioButton, field))
            type_into(qtbot, child(dialog, QLineEdit, "time"), time)
            type_into(qtbot, child(dialog, QLineEdit, "reason"), "Dicatat dari buku tamu")
            click(qtbot, dialog_button(dialog, "Simpan koreksi"))

        modals.expect(AmendTimeDialog, correct)
        click(qtbot, button(page, "amendTime"))
        modals.check()
    row = day_row(table, monday)
    assert (row["Buka"], row["Tutup"], row["Terlambat (menit)"], row["Status"],
            row["Tanda"]) == ("07.45", "16.00", "15", "terlambat", "dikoreksi")


@pytest.mark.parametrize("answer", ["Tidak", "Ya, lanjutkan"])
def test_a_suspicious_computer_date_asks_and_saves_only_on_yes(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, modals: ModalDriver, shots: Path, answer: str) -> None:
    wib(clock, TODAY, "07:30")
    with office.write(operator) as uow:
        open_office(uow)
    friday = date(2026, 11, 20)
    wib(clock, friday, "07:28")  # the computer lost its date after a power cut
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    assert text(page, "todayDate") == "Jumat, 20 November 2026"
    seen: list[str] = []

    def decide(box: QMessageBox) -> None:
        seen.append(box.text())
        assert box.informativeText() == "Lanjutkan?"
        if answer == "Tidak":
            save_shot(box, shots, "service-hours-clock-suspect", share=True)
        click(qtbot, dialog_button(box, answer))

    modals.expect(QMessageBox, decide)
    click(qtbot, button(page, "openOffice"))
    modals.check()
    assert seen == ["Tanggal komputer (20-11-2026) lebih awal dari catatan terakhir "
                    "(25-11-2026). Periksa jam komputer; lanjutkan hanya jika tanggalnya "
                    "benar."]
    if answer == "Tidak":
        assert count(office, DayLog) == 1
        assert text(page, "todayOpened") == "Belum"
        assert button(page, "openOffice").isEnabled()
    else:
        assert count(office, DayLog) == 2
        assert text(page, "todayOpened") == "Pukul 07.28"
        assert text(page, "todayStatus") == "Tepat waktu"


def test_marking_a_day_closed_shows_it_with_its_reason(
        qtbot, operator_page: ServiceHoursPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    page = operator_page
    table = child(page, QTableView, "daysTable")
    monday = date(2026, 11, 23)
    assert background(table, monday) == BAD_ROW.name()
    # Today (not opened yet) is not judged: 17 earlier working days are missing.
    assert text(page, "figMissing") == "Tidak tercatat: <b>17 hari</b>"
    click_row(qtbot, table, "23-11-2026")
    assert not button(page, "setReason").isEnabled()  # nothing recorded to explain
    short: list[str] = []

    def fill(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == "Tutup sehari"
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "Ban")
        click(qtbot, dialog_button(dialog, "Simpan"))
        short.append(child(dialog, QLabel, "formError").text())
        type_into(qtbot, child(dialog, QLineEdit, "reason"),
                  "Banjir setinggi lutut di depan kantor")
        save_shot(dialog, shots, "service-hours-closed-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(ReasonDialog, fill)
    click(qtbot, button(page, "markClosed"))
    modals.check()
    assert short == ["Alasan wajib diisi (minimal 5 huruf)."]
    row = day_row(table, monday)
    assert (row["Status"], row["Alasan"]) == ("tutup", "Banjir setinggi lutut di depan kantor")
    assert background(table, monday) != BAD_ROW.name()
    assert text(page, "figMissing") == "Tidak tercatat: <b>16 hari</b>"
    assert text(page, "figClosed") == "Tutup: <b>1 hari</b>"
    # Still selected: it cannot be closed twice, but its reason can be edited.
    assert not button(page, "markClosed").isEnabled()
    assert button(page, "setReason").isEnabled()

    def explain(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == "Alasan"
        assert child(dialog, QLineEdit, "reason").text() == \
            "Banjir setinggi lutut di depan kantor"
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "Banjir, jalan tidak bisa dilalui")
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(ReasonDialog, explain)
    click(qtbot, button(page, "setReason"))
    modals.check()
    assert day_row(table, monday)["Alasan"] == "Banjir, jalan tidak bisa dilalui"
    save_shot(page, shots, "service-hours-closed-day", share=True)


def test_the_head_locks_last_month(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, modals: ModalDriver, shots: Path) -> None:
    october = date(2026, 10, 26)
    wib(clock, october, "07:45")
    with office.write(head) as uow:
        open_office(uow)
    wib(clock, TODAY, "08:30")
    window = make_window(office, head)
    page = open_page(qtbot, window)
    table = child(page, QTableView, "daysTable")
    lock = button(page, "lockMonth")
    assert text(page, "monthName") == "November 2026"
    assert not lock.isEnabled()  # November has not ended
    assert not button(page, "nextMonth").isEnabled()
    click(qtbot, button(page, "prevMonth"))
    assert text(page, "monthName") == "Oktober 2026"
    assert len(table_rows(table)) == 31
    assert lock.isEnabled()

    def confirm(dialog: LockMonthDialog) -> None:
        assert child(dialog, QLabel, "lockQuestion").text() == \
            "Kunci jam layanan bulan <b>Oktober 2026</b>?"
        type_into(qtbot, child(dialog, QLineEdit, "note"), "Sudah diperiksa")
        save_shot(dialog, shots, "service-hours-lock-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Kunci bulan"))

    modals.expect(LockMonthDialog, confirm)
    click(qtbot, lock)
    modals.check()
    assert count(office, MonthLock) == 1
    assert text(page, "monthLockState") == "Terkunci"
    assert set(table_column(table, "Tanda")) == {"terkunci"}
    assert not lock.isEnabled()

    # In a locked month a correction is still possible, and marked.
    click_row(qtbot, table, "26-10-2026")

    def correct(dialog: AmendTimeDialog) -> None:
        assert child(dialog, QRadioButton, "fieldClosed").isChecked()
        assert child(dialog, QLineEdit, "time").text() == "16.00"  # the schedule's
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "Lupa menekan tutup")
        click(qtbot, dialog_button(dialog, "Simpan koreksi"))

    modals.expect(AmendTimeDialog, correct)
    click(qtbot, button(page, "amendTime"))
    modals.check()
    row = day_row(table, october)
    assert (row["Tutup"], row["Tanda"]) == ("16.00", "dikoreksi, terkunci")
    save_shot(window, shots, "service-hours-head-locked", share=True)
    assert cut_short_columns(table) == []
    click(qtbot, button(page, "nextMonth"))
    assert text(page, "monthName") == "November 2026"
    assert text(page, "monthLockState") == ""


def test_the_operator_has_no_lock_button(operator_page: ServiceHoursPage) -> None:
    assert operator_page.findChild(QPushButton, "lockMonth") is None


def test_weekends_and_holidays_are_greyed_and_not_counted(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, shots: Path) -> None:
    independence_day = date(2026, 8, 17)
    wib(clock, date(2026, 8, 31), "09:00")
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    table = child(page, QTableView, "daysTable")
    assert text(page, "monthName") == "Agustus 2026"
    holiday = day_row(table, independence_day)
    assert (holiday["Hari"], holiday["Jadwal"], holiday["Status"], holiday["Alasan"]) == \
        ("Senin", "Libur", "libur", "Hari Kemerdekaan Republik Indonesia")
    saturday = day_row(table, date(2026, 8, 1))
    assert (saturday["Hari"], saturday["Jadwal"], saturday["Status"], saturday["Alasan"]) == \
        ("Sabtu", "Akhir pekan", "libur", "")
    for day in (independence_day, date(2026, 8, 1), date(2026, 8, 2)):
        assert background(table, day) == OFF_ROW.name()
        assert row_index(table, day.strftime("%d-%m-%Y")).data(
            Qt.ItemDataRole.ForegroundRole) is not None
    assert background(table, date(2026, 8, 3)) == BAD_ROW.name()  # a working day, missing
    # 31 days − 10 weekend days − 17 and 25 August − today (31 August, not opened yet).
    assert text(page, "figWorking") == "Hari kerja: <b>18</b>"
    assert text(page, "figMissing") == "Tidak tercatat: <b>18 hari</b>"
    click_row(qtbot, table, "17-08-2026")
    assert not button(page, "markClosed").isEnabled()
    save_shot(window, shots, "service-hours-august", share=True)
    assert cut_short_columns(table) == []

    # On the holiday itself the panel says so.
    wib(clock, independence_day, "09:00")
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    assert text(page, "todaySchedule") == "Libur: Hari Kemerdekaan Republik Indonesia"
    assert text(page, "todayStatus") == "Bukan hari kerja"
    assert text(page, "figWorking") == "Hari kerja: <b>10</b>"
