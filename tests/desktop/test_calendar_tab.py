"""Pengaturan → Jadwal dan hari libur: the city edits, offices only read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from core.context import AppContext
from core.roles import Actor
from desktop.dialogs.calendar import HolidayDialog, ProfileDialog
from desktop.pages.settings import SettingsPage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.desktop.ui import ModalDriver, child, click, dialog_button, save_shot, type_into


def _page(qtbot, ctx: AppContext, actor: Actor) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppState(ctx, actor), TaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.tabs.setCurrentWidget(page.calendar)
    return page


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_city_adds_a_cuti_bersama_and_sees_it_with_the_national_holidays(
        qtbot, hub: AppContext, admin: Actor, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    page = _page(qtbot, hub, admin)
    table = child(page, QTableView, "holidayTable")
    assert ["17 Agustus 2026", "Hari Kemerdekaan Republik Indonesia", "Libur nasional",
            "semua kantor"] in _rows(table)

    def fill(dialog: HolidayDialog) -> None:
        dialog.day.setDate(QDate(2026, 12, 24))
        type_into(qtbot, dialog.name, "Cuti bersama Natal")
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(HolidayDialog, fill)
    click(qtbot, child(page, QPushButton, "addHoliday"))
    modals.check()
    assert ["24 Desember 2026", "Cuti bersama Natal", "Cuti bersama", "semua kantor"] in \
        _rows(table)
    save_shot(page, shots, "pengaturan-jadwal-kota", share=True)


def test_a_new_ramadan_schedule_is_prefilled_with_the_perpres_hours(
        qtbot, hub: AppContext, admin: Actor, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, hub, admin)

    def fill(dialog: ProfileDialog) -> None:
        type_into(qtbot, dialog.name, "Ramadan 1448 H")
        dialog.kind.setCurrentIndex(dialog.kind.findData("ramadan"))
        _check, opens, closes, pause = dialog.days["5"]
        assert (opens.time().toString("HH.mm"), closes.time().toString("HH.mm"),
                pause.value()) == ("08.00", "15.30", 60)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(ProfileDialog, fill)
    click(qtbot, child(page, QPushButton, "newProfile"))
    modals.check()
    from core.services.schedules import list_profiles

    with hub.read() as session:
        names = {p.name: p.hours_per_week for p in list_profiles(session)}
    assert names["Ramadan 1448 H"] == 32.5


def test_an_office_reads_the_calendar_without_edit_buttons(
        qtbot, office: AppContext, head: Actor) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, office, head)
    assert "ditetapkan kota" in child(page, QLabel, "calendarReadOnly").text()
    assert page.findChild(QPushButton, "addHoliday") is None
    assert page.findChild(QPushButton, "newProfile") is None
    assignments = _rows(child(page, QTableView, "assignmentTable"))
    assert ["Reguler (Perpres 21/2023)", "semua kantor", "1 Januari 2020", "—"] in assignments
