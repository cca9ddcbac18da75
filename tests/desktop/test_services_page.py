"""Layanan: the fast entry form (Enter saves), the day's list and counts, the month table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from sqlalchemy import select

from core.context import AppContext
from core.roles import Actor
from core.services.month_lock import lock_month
from core.services.service_register import record_service
from db.models import ServiceRecord
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.services import ServicesPage
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_row,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]
TODAY = date(2026, 11, 25)  # the clock fixture: Wednesday 25 November 2026, 08.30 WIB
DOMISILI = "Surat keterangan domisili"
SKTM = "Surat keterangan tidak mampu (SKTM)"
TYPES_IN_ORDER = ["Surat keterangan domisili", "Surat keterangan kematian",
                  "Surat keterangan pindah", SKTM, "Surat keterangan usaha",
                  "Surat pengantar", "Layanan lainnya"]
LOCKED = "Bulan 2026-10 sudah dikunci pimpinan: perubahan hanya lewat koreksi dengan alasan."


def stored(ctx: AppContext) -> list[tuple[date, str, str, str, int, str | None]]:
    with ctx.read() as session:
        return [(r.day, r.at_local, r.service_type, r.outcome, r.minutes, r.resident_name)
                for r in session.scalars(select(ServiceRecord).where(
                    ServiceRecord.deleted_at.is_(None)).order_by(ServiceRecord.created_at))]


def open_page(qtbot, window: MainWindow) -> ServicesPage:  # type: ignore[no-untyped-def]
    page = goto(qtbot, window, "Layanan")
    assert isinstance(page, ServicesPage)
    return page


def set_minutes(qtbot, page: ServicesPage, value: str) -> QSpinBox:  # type: ignore[no-untyped-def]
    spin = child(page, QSpinBox, "minutes")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, value)
    assert spin.text() == value
    return spin


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Choose an item with the arrow keys (names with spaces cannot be typed into a closed
    combo box: the space bar opens it)."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, f"{combo.objectName()}: {combo.currentText()!r}"


def enter(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def counts(table: QTableView) -> dict[str, list[str]]:
    """The counts table as {type or "Jumlah": the other columns}."""
    return {row[0]: row[1:] for row in table_rows(table)}


@pytest.fixture
def window(make_window: MakeWindow, office: AppContext, operator: Actor) -> MainWindow:
    return make_window(office, operator)


def test_layanan_comes_after_absensi_for_office_staff(make_window: MakeWindow,
                                                      office: AppContext, head: Actor,
                                                      hub: AppContext, admin: Actor) -> None:
    titles = make_window(office, head).sidebar_titles()
    assert "Layanan" in titles
    before = [t for t in ("Beranda", "Jam Layanan", "Absensi") if t in titles]
    assert titles.index("Layanan") == max(titles.index(t) for t in before) + 1
    assert "Layanan" not in make_window(hub, admin).sidebar_titles()


def test_type_enter_and_the_list_and_counts_follow(
        qtbot, window: MainWindow, office: AppContext, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    combo = child(page, QComboBox, "serviceType")
    assert [combo.itemText(i) for i in range(combo.count())] == TYPES_IN_ORDER
    outcome = child(page, QComboBox, "outcome")
    assert outcome.currentText() == "Selesai"
    assert child(page, QSpinBox, "minutes").value() == 10
    assert "tidak dikirim ke kota" in child(page, QLabel, "residentNote").text()
    table = child(page, QTableView, "servicesTable")
    assert table_rows(table) == []

    # First resident: the first type (nothing entered before), Enter in the name field.
    assert combo.currentText() == DOMISILI
    set_minutes(qtbot, page, "15")
    name = child(page, QLineEdit, "residentName")
    type_into(qtbot, name, "Siti Aminah")
    enter(qtbot, name)
    assert table_rows(table) == [["08.30", DOMISILI, "Selesai", "15", "Siti Aminah"]]
    # Cleared for the next resident; the type stays.
    assert (name.text(), child(page, QSpinBox, "minutes").value()) == ("", 10)
    assert combo.currentText() == DOMISILI and outcome.currentText() == "Selesai"
    assert child(page, QLabel, "savedStatus").text() == (
        f"Tersimpan: {DOMISILI}, Selesai, 15 menit, pukul 08.30.")
    assert not child(page, QLabel, "formError").isVisible()

    # Second: the same type, just Enter (focus is back on the type).
    assert combo.hasFocus()
    enter(qtbot, combo)
    # Third: another type and outcome, Enter in the minutes box.
    pick(qtbot, combo, SKTM)
    choose(qtbot, outcome, "Diproses")
    enter(qtbot, set_minutes(qtbot, page, "40"))
    assert table_column(table, "Jenis layanan") == [DOMISILI, DOMISILI, SKTM]
    assert table_column(table, "Nama warga") == ["Siti Aminah", "", ""]
    assert stored(office) == [
        (TODAY, "08:30", "domisili", "selesai", 15, "Siti Aminah"),
        (TODAY, "08:30", "domisili", "selesai", 10, None),
        (TODAY, "08:30", "sktm", "diproses", 40, None)]

    day = counts(child(page, QTableView, "dayCounts"))
    assert day[DOMISILI] == ["2", "12,5"]
    assert day[SKTM] == ["1", "40,0"]
    assert "Surat pengantar" not in day  # the day lists only the types it had
    assert day["Jumlah"] == ["3", "21,7"]
    assert child(page, QLabel, "daySummary").text() == "3 layanan, rata-rata 21,7 menit"
    month = counts(child(page, QTableView, "monthCounts"))
    assert month[DOMISILI] == ["2", "2", "0", "0", "12,5"]
    assert month[SKTM] == ["1", "0", "1", "0", "40,0"]
    assert month["Jumlah"] == ["3", "2", "1", "0", "21,7"]
    assert child(page, QLabel, "monthName").text() == "November 2026"
    save_shot(window, shots, "services-page", share=True)


@pytest.mark.parametrize("minutes", ["0", "481"])
def test_minutes_out_of_range_get_the_rules_message(
        qtbot, window: MainWindow, office: AppContext, minutes: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    name = child(page, QLineEdit, "residentName")
    type_into(qtbot, name, "Budi")
    spin = set_minutes(qtbot, page, minutes)
    enter(qtbot, spin)
    error = child(page, QLabel, "formError")
    assert error.isVisible() and error.text() == "Lama layanan harus 1–480 menit."
    assert spin.styleSheet() == INVALID_STYLE
    assert name.text() == "Budi"  # nothing typed is lost
    assert stored(office) == []
    assert table_rows(child(page, QTableView, "servicesTable")) == []
    if minutes == "481":
        save_shot(window, shots, "services-invalid-minutes", share=True)
    # Corrected, it saves and the message goes.
    enter(qtbot, set_minutes(qtbot, page, "30"))
    assert not error.isVisible() and spin.styleSheet() == ""
    assert [row[4] for row in stored(office)] == [30]


def test_a_locked_month_is_refused_with_its_message(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    with office.write(head) as uow:
        lock_month(uow, "2026-10")
    window = make_window(office, head)
    page = open_page(qtbot, window)
    day_edit = child(page, QDateEdit, "serviceDay")
    assert day_edit.maximumDate() == QDate(2026, 11, 25)  # no future day to pick
    day_edit.setDate(QDate(2026, 10, 30))
    assert child(page, QLabel, "lockedNote").isVisible()
    assert child(page, QLabel, "monthName").text() == "Oktober 2026"  # the day's month
    type_into(qtbot, child(page, QLineEdit, "atLocal"), "10.15")
    enter(qtbot, child(page, QLineEdit, "atLocal"))
    error = child(page, QLabel, "formError")
    assert error.isVisible() and error.text() == LOCKED
    assert stored(office) == []
    save_shot(window, shots, "services-locked-month", share=True)
    # The next day of an open month is fine, and the list shows that day.
    day_edit.setDate(QDate(2026, 11, 2))
    assert not error.isVisible()
    assert not child(page, QLabel, "lockedNote").isVisible()
    enter(qtbot, child(page, QLineEdit, "atLocal"))
    assert stored(office) == [(date(2026, 11, 2), "10:15", "domisili", "selesai", 10, None)]
    assert table_rows(child(page, QTableView, "servicesTable")) == [
        ["10.15", DOMISILI, "Selesai", "10", ""]]
    assert child(page, QLineEdit, "atLocal").text() == ""  # the time is asked again
    assert child(page, QLabel, "savedStatus").text() == (
        f"Tersimpan: {DOMISILI}, Selesai, 10 menit, pukul 10.15, 02-11-2026.")
    assert day_edit.date() == QDate(2026, 11, 2)  # the day stays for a paper log
    # A past day without a time is refused with its own message.
    enter(qtbot, child(page, QComboBox, "serviceType"))
    assert error.text() == "Isi jam layanan untuk hari yang sudah lewat."
    assert child(page, QLineEdit, "atLocal").styleSheet() == INVALID_STYLE


def test_a_future_time_today_is_refused(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                        office: AppContext) -> None:
    page = open_page(qtbot, window)
    field = child(page, QLineEdit, "atLocal")
    type_into(qtbot, field, "09.00")
    enter(qtbot, field)
    assert child(page, QLabel, "formError").text() == "Jam 09.00 belum terjadi hari ini."
    assert stored(office) == []


def test_cancelling_a_record_asks_a_reason_and_removes_it(
        qtbot, window: MainWindow, office: AppContext, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, window)
    type_into(qtbot, child(page, QLineEdit, "residentName"), "Andi")
    enter(qtbot, child(page, QLineEdit, "residentName"))
    table = child(page, QTableView, "servicesTable")
    cancel = child(page, QPushButton, "cancelService")
    assert not cancel.isEnabled()
    click_row(qtbot, table, "08.30")
    assert cancel.isEnabled()

    def answer(dialog: QInputDialog) -> None:
        assert "Surat keterangan domisili pukul 08.30" in dialog.labelText()
        dialog.setTextValue("Salah jenis layanan")
        dialog.accept()

    modals.expect(QInputDialog, answer)
    click(qtbot, cancel)
    modals.check()
    assert table_rows(table) == []
    assert stored(office) == []
    assert counts(child(page, QTableView, "dayCounts"))["Jumlah"] == ["0", "–"]


def test_the_month_chooser_shows_earlier_months_and_the_type_entered_last(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor) -> None:  # type: ignore[no-untyped-def]
    with office.write(operator) as uow:
        for minutes in (10, 20):
            record_service(uow, "usaha", "selesai", minutes, at_local="09.00",
                           day=date(2026, 10, 5))
        record_service(uow, "pindah", "ditolak", 6, at_local="10.00", day=date(2026, 10, 6))
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    assert child(page, QComboBox, "serviceType").currentText() == "Surat keterangan pindah"
    month_name = child(page, QLabel, "monthName")
    assert not child(page, QPushButton, "nextMonth").isEnabled()
    assert counts(child(page, QTableView, "monthCounts"))["Jumlah"][0] == "0"
    click(qtbot, child(page, QPushButton, "prevMonth"))
    assert month_name.text() == "Oktober 2026"
    month = counts(child(page, QTableView, "monthCounts"))
    assert month["Surat keterangan usaha"] == ["2", "2", "0", "0", "15,0"]
    assert month["Surat keterangan pindah"] == ["1", "0", "0", "1", "6,0"]
    assert child(page, QLabel, "monthSummary").text() == (
        "3 layanan dalam 2 hari, rata-rata 12,0 menit")
    click(qtbot, child(page, QPushButton, "nextMonth"))
    assert month_name.text() == "November 2026"
