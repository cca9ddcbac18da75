"""Absensi: the roll call clicked through by an operator, the monthly recap and yearly TK."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
    QToolButton,
)
from sqlalchemy import select

from core.changelog import verify_chain
from core.context import AppContext, mark_logged_elsewhere
from core.ids import new_id
from core.roles import Actor
from core.services.attendance import record_attendance, roll_call
from core.services.month_lock import lock_month
from core.services.staff import StaffInput, StaffStatus, add_staff
from db.models import Amendment, Attendance, Staff
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.attendance import REACHED_COLOR, WARN_COLOR, AttendancePage, ReasonDialog
from tests.conftest import OFFICE_CODE, FakeClock
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_tab,
    cut_short_columns,
    dialog_button,
    goto,
    save_shot,
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]
TODAY = date(2026, 11, 25)  # Wednesday; the clock says 08.30 WIB
NAMES = ("Agus Salim", "Budi Santoso", "Citra Lestari")


def log_seq(ctx: AppContext) -> int:
    with ctx.read() as session:
        report = verify_chain(session, ctx.device.id)
    assert report.ok, report.problems
    return report.head_seq


def recorded(ctx: AppContext, day: date = TODAY) -> dict[str, tuple[str | None, ...]]:
    """What the database holds for `day`: name -> (status, check-in, check-out)."""
    with ctx.read() as session:
        call = roll_call(session, OFFICE_CODE, day)
    return {r.name: (r.status, r.check_in, r.check_out) for r in call.rows if r.status}


def revisions(ctx: AppContext, staff_id: str, day: date = TODAY) -> int:
    with ctx.read() as session:
        return session.scalars(select(Attendance.rev).where(
            Attendance.staff_id == staff_id, Attendance.day == day)).one()


def add_people(ctx: AppContext, head: Actor, names: tuple[str, ...]) -> dict[str, str]:
    with ctx.write(head) as uow:
        return {name: add_staff(uow, StaffInput(name, "Staf Pelayanan", StaffStatus.NON_ASN,
                                                local_id=f"L-{n:02d}",
                                                active_from=date(2025, 1, 2))).id
                for n, name in enumerate(names, start=1)}


@pytest.fixture
def staff(office: AppContext, head: Actor) -> dict[str, str]:
    return add_people(office, head, NAMES)


def open_page(qtbot, window: MainWindow) -> AttendancePage:  # type: ignore[no-untyped-def]
    page = goto(qtbot, window, "Absensi")
    assert isinstance(page, AttendancePage)
    return page


@pytest.fixture
def window(make_window: MakeWindow, office: AppContext, operator: Actor,
           staff: dict[str, str]) -> MainWindow:
    return make_window(office, operator)


@pytest.fixture
def page(qtbot, window: MainWindow) -> AttendancePage:  # type: ignore[no-untyped-def]
    return open_page(qtbot, window)


def checked(page: AttendancePage, name: str) -> list[str]:
    controls = page.row_controls(name)
    return [code for code, button in controls.buttons.items() if button.isChecked()]


def error_text(page: AttendancePage) -> str:
    label = child(page, QLabel, "rollError")
    return label.text() if label.isVisible() else ""


def test_sidebar_places_absensi_after_jam_layanan_for_office_staff(
        make_window: MakeWindow, office: AppContext, operator: Actor) -> None:
    titles = make_window(office, operator).sidebar_titles()
    assert "Absensi" in titles
    before = "Jam Layanan" if "Jam Layanan" in titles else "Beranda"
    assert titles.index("Absensi") == titles.index(before) + 1


def test_clicking_h_with_0725_saves_and_tl_with_0805_shows_tl2(
        qtbot, page: AttendancePage, office: AppContext, staff: dict[str, str],  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    assert child(page, QDateEdit, "rollDate").date() == QDate(2026, 11, 25)
    assert child(page, QLabel, "dayInfo").text() == "Rabu, 25 November 2026 · jam kerja 07.30–16.00"
    assert child(page, QLabel, "rollCount").text() == "0 dari 3 pegawai tercatat"
    seq = log_seq(office)

    agus = page.row_controls("Agus Salim")
    type_into(qtbot, agus.check_in, "07.25")
    click(qtbot, agus.buttons["H"])
    assert recorded(office) == {"Agus Salim": ("H", "07.25", None)}
    assert checked(page, "Agus Salim") == ["H"]
    assert agus.bands.text() == ""
    assert child(page, QLabel, "rollMessage").text() == "Tersimpan: Agus Salim — H 07.25"

    budi = page.row_controls("Budi Santoso")
    type_into(qtbot, budi.check_in, "8.05")  # typed loosely, stored as 08.05
    click(qtbot, budi.buttons["TL"])
    assert recorded(office)["Budi Santoso"] == ("TL", "08.05", None)
    assert budi.check_in.text() == "08.05"
    assert budi.bands.text() == "TL2"  # 35 minutes after 07.30
    assert checked(page, "Budi Santoso") == ["TL"]
    assert checked(page, "Agus Salim") == ["H"]  # the other line kept its state
    assert child(page, QLabel, "rollMessage").text() == "Tersimpan: Budi Santoso — TL 08.05 TL2"
    assert child(page, QLabel, "rollCount").text() == "2 dari 3 pegawai tercatat"
    assert error_text(page) == ""
    assert log_seq(office) == seq + 2
    save_shot(page, shots, "attendance-rollcall-small")


def test_a_status_change_is_a_new_revision(
        qtbot, page: AttendancePage, office: AppContext, staff: dict[str, str]  # type: ignore[no-untyped-def]
) -> None:
    agus = page.row_controls("Agus Salim")
    type_into(qtbot, agus.check_in, "07.25")
    click(qtbot, agus.buttons["H"])
    assert revisions(office, staff["Agus Salim"]) == 1

    click(qtbot, agus.buttons["S"])  # sick after all: the time no longer applies
    assert recorded(office) == {"Agus Salim": ("S", None, None)}
    assert revisions(office, staff["Agus Salim"]) == 2
    assert checked(page, "Agus Salim") == ["S"]
    assert agus.check_in.text() == ""

    choose(qtbot, agus.cuti, "C-T")
    assert recorded(office) == {"Agus Salim": ("C-T", None, None)}
    assert revisions(office, staff["Agus Salim"]) == 3
    assert checked(page, "Agus Salim") == []
    assert agus.cuti.currentText() == "C-T"

    # Clicking the status it already has changes nothing and adds no revision.
    click(qtbot, agus.buttons["TK"])
    seq = log_seq(office)
    click(qtbot, agus.buttons["TK"])
    assert checked(page, "Agus Salim") == ["TK"]
    assert agus.cuti.currentText() == "C-…"
    assert revisions(office, staff["Agus Salim"]) == 4
    assert log_seq(office) == seq


def test_a_typed_time_of_a_recorded_line_is_saved_when_the_field_is_left(
        qtbot, page: AttendancePage, office: AppContext, staff: dict[str, str]  # type: ignore[no-untyped-def]
) -> None:
    budi = page.row_controls("Budi Santoso")
    type_into(qtbot, budi.check_in, "07.40")
    click(qtbot, budi.buttons["TL"])
    assert budi.bands.text() == "TL1"
    type_into(qtbot, budi.check_in, "08.10")
    qtbot.keyClick(budi.check_in, Qt.Key.Key_Return)
    assert recorded(office)["Budi Santoso"] == ("TL", "08.10", None)
    assert budi.bands.text() == "TL2"
    assert revisions(office, staff["Budi Santoso"]) == 2


def test_missing_or_future_times_are_refused_with_the_field_marked(
        qtbot, page: AttendancePage, office: AppContext) -> None:  # type: ignore[no-untyped-def]
    seq = log_seq(office)
    citra = page.row_controls("Citra Lestari")
    click(qtbot, citra.buttons["H"])
    assert error_text(page) == "Status H perlu jam datang."
    assert citra.check_in.styleSheet() == INVALID_STYLE
    assert checked(page, "Citra Lestari") == []

    type_into(qtbot, citra.check_in, "09.00")  # the clock says 08.30
    click(qtbot, citra.buttons["TL"])
    assert error_text(page) == "Jam 09.00 belum terjadi hari ini."
    assert citra.check_in.text() == "09.00"  # what was typed stays to be corrected
    assert checked(page, "Citra Lestari") == []
    assert recorded(office) == {}
    assert log_seq(office) == seq

    type_into(qtbot, citra.check_in, "08.00")
    click(qtbot, citra.buttons["TL"])
    assert error_text(page) == ""
    assert citra.check_in.styleSheet() == ""
    assert recorded(office) == {"Citra Lestari": ("TL", "08.00", None)}


def test_a_weekend_is_not_a_working_day_and_nothing_saves(
        qtbot, page: AttendancePage, office: AppContext, shots: Path) -> None:  # type: ignore[no-untyped-def]
    seq = log_seq(office)
    prev_day = child(page, QToolButton, "prevDay")
    for _ in range(4):  # Wednesday 25 back to Saturday 21 November
        click(qtbot, prev_day)
    assert child(page, QDateEdit, "rollDate").date() == QDate(2026, 11, 21)
    assert child(page, QLabel, "dayInfo").text() == "Sabtu, 21 November 2026 — akhir pekan"
    notice = child(page, QLabel, "dayNotice")
    assert notice.isVisible()
    assert notice.text() == "Bukan hari kerja: absensi tidak dicatat."
    agus = page.row_controls("Agus Salim")
    assert all(not widget.isEnabled() for widget in agus.all_controls())
    assert not child(page, QPushButton, "allPresent").isEnabled()
    # A click on a disabled status does nothing.
    qtbot.mouseClick(agus.buttons["H"], Qt.MouseButton.LeftButton)
    assert recorded(office, date(2026, 11, 21)) == {}
    assert log_seq(office) == seq
    save_shot(page, shots, "attendance-weekend", share=True)

    click(qtbot, child(page, QToolButton, "prevDay"))  # Friday is a working day again
    assert child(page, QLabel, "dayInfo").text() == (
        "Jumat, 20 November 2026 · jam kerja 07.30–16.30")
    assert not notice.isVisible()
    assert page.row_controls("Agus Salim").buttons["H"].isEnabled()
    click(qtbot, child(page, QPushButton, "todayButton"))
    assert child(page, QDateEdit, "rollDate").date() == QDate(2026, 11, 25)
    assert not child(page, QToolButton, "nextDay").isEnabled()  # no roll call for tomorrow


def test_staff_without_nip_or_local_id_gives_a_clear_message_and_nothing_is_saved(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        staff: dict[str, str], clock: FakeClock, modals: ModalDriver) -> None:
    # The service refuses to create such a row; older data or an import may still have one.
    with office.raw_write() as session:
        row = Staff(id=new_id(), office_code=OFFICE_CODE, origin_device=office.device.id,
                    rev=1, created_at=clock(), updated_at=clock(), name="Dedi Tanpa Nomor",
                    position="Staf", status="non-ASN", active_from=date(2025, 1, 2))
        mark_logged_elsewhere(session, row)
        session.add(row)
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    seq = log_seq(office)
    dedi = page.row_controls("Dedi Tanpa Nomor")
    assert "Belum memiliki NIP atau nomor pegawai lokal." in dedi.name.toolTip()
    type_into(qtbot, dedi.check_in, "07.25")
    click(qtbot, dedi.buttons["H"])
    assert error_text(page) == ("Dedi Tanpa Nomor belum memiliki NIP atau nomor pegawai lokal: "
                                "lengkapi data di halaman Pegawai dulu.")
    assert checked(page, "Dedi Tanpa Nomor") == []
    assert recorded(office) == {}
    assert log_seq(office) == seq

    # "Semua hadir" skips Dedi and says so; the others are marked.
    def confirm(box: QMessageBox) -> None:
        assert "Dedi Tanpa Nomor" in box.informativeText()
        click(qtbot, dialog_button(box, "Tandai hadir"))

    modals.expect(QMessageBox, confirm)
    click(qtbot, child(page, QPushButton, "allPresent"))
    modals.check()
    assert recorded(office) == {name: ("H", "07.30", None) for name in NAMES}
    assert child(page, QLabel, "rollCount").text() == "3 dari 4 pegawai tercatat"
    assert not child(page, QPushButton, "allPresent").isEnabled()  # only Dedi is left


def test_semua_hadir_marks_only_those_not_yet_recorded(
        qtbot, page: AttendancePage, office: AppContext, modals: ModalDriver,  # type: ignore[no-untyped-def]
        staff: dict[str, str]) -> None:
    budi = page.row_controls("Budi Santoso")
    type_into(qtbot, budi.check_in, "08.05")
    click(qtbot, budi.buttons["TL"])
    seq = log_seq(office)
    all_present = child(page, QPushButton, "allPresent")

    modals.expect(QMessageBox, lambda box: click(qtbot, dialog_button(box, "Batal")))
    click(qtbot, all_present)
    modals.check()
    assert recorded(office) == {"Budi Santoso": ("TL", "08.05", None)}

    def confirm(box: QMessageBox) -> None:
        assert box.text() == ("Tandai 2 pegawai yang belum dicatat sebagai H (hadir), "
                              "datang 07.30?")
        click(qtbot, dialog_button(box, "Tandai hadir"))

    modals.expect(QMessageBox, confirm)
    click(qtbot, all_present)
    modals.check()
    assert recorded(office) == {"Agus Salim": ("H", "07.30", None),
                                "Budi Santoso": ("TL", "08.05", None),
                                "Citra Lestari": ("H", "07.30", None)}
    assert checked(page, "Citra Lestari") == ["H"]
    assert page.row_controls("Citra Lestari").check_in.text() == "07.30"
    assert child(page, QLabel, "rollMessage").text() == "2 pegawai ditandai hadir 07.30."
    assert child(page, QLabel, "rollCount").text() == "3 dari 3 pegawai tercatat"
    assert not all_present.isEnabled()
    assert log_seq(office) == seq + 2


def test_a_change_in_a_locked_month_asks_for_the_reason_and_keeps_it(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        staff: dict[str, str], modals: ModalDriver, shots: Path) -> None:
    october = date(2026, 10, 26)
    with office.write(head) as uow:
        record_attendance(uow, october, staff["Agus Salim"], "TK")
        lock_month(uow, "2026-10")
    window = make_window(office, head)
    page = open_page(qtbot, window)
    # Picking the day in the calendar pop-up; the widget's own date is what is shown.
    child(page, QDateEdit, "rollDate").setDate(QDate(2026, 10, 26))
    notice = child(page, QLabel, "dayNotice")
    assert notice.isVisible() and "sudah dikunci" in notice.text()
    agus = page.row_controls("Agus Salim")
    assert checked(page, "Agus Salim") == ["TK"]
    seq = log_seq(office)

    modals.expect(ReasonDialog, lambda dialog: click(qtbot, dialog_button(dialog, "Batal")))
    click(qtbot, agus.buttons["I"])
    modals.check()
    assert checked(page, "Agus Salim") == ["TK"]
    assert recorded(office, october) == {"Agus Salim": ("TK", None, None)}
    assert log_seq(office) == seq

    seen: list[str] = []

    def give_reason(dialog: ReasonDialog) -> None:
        assert dialog.windowTitle() == "Koreksi bulan terkunci"
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "ok")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()  # too short: refused, the dialog stays
        seen.append(child(dialog, QLabel, "formError").text())
        type_into(qtbot, child(dialog, QLineEdit, "reason"), "Surat dokter baru diterima")
        save_shot(dialog, shots, "attendance-reason-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(ReasonDialog, give_reason)
    click(qtbot, agus.buttons["S"])
    modals.check()
    assert seen == ["Bulan ini sudah dikunci: perubahan perlu alasan koreksi."]
    assert recorded(office, october) == {"Agus Salim": ("S", None, None)}
    assert checked(page, "Agus Salim") == ["S"]
    with office.read() as session:
        amendment = session.scalars(select(Amendment)).one()
    assert (amendment.old_value, amendment.new_value, amendment.reason) == (
        "TK", "S", "Surat dokter baru diterima")


def test_staff_added_on_the_pegawai_page_join_the_roll_call(
        qtbot, page: AttendancePage, office: AppContext) -> None:  # type: ignore[no-untyped-def]
    page.state.write("staff", add_staff, StaffInput("Eka Putri", "Staf", StaffStatus.NON_ASN,
                                                   local_id="L-09"))
    assert [r.row.name for r in page.controls.values()] == [*NAMES, "Eka Putri"]
    assert child(page, QLabel, "rollCount").text() == "0 dari 4 pegawai tercatat"


def seed_month(ctx: AppContext, head: Actor, staff: dict[str, str]) -> None:
    with ctx.write(head) as uow:
        for day in (date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)):
            record_attendance(uow, day, staff["Agus Salim"], "H", "07.30", "16.00")
        record_attendance(uow, date(2026, 11, 5), staff["Agus Salim"], "TL", "09.10", "16.00")
        record_attendance(uow, date(2026, 11, 6), staff["Agus Salim"], "PSW", "07.30", "15.20")
        record_attendance(uow, date(2026, 11, 9), staff["Agus Salim"], "C-T")
        for day in (date(2026, 11, 2), date(2026, 11, 3)):
            record_attendance(uow, day, staff["Budi Santoso"], "TK")
        for day in (date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)):
            record_attendance(uow, day, staff["Citra Lestari"], "TK")


def test_the_recap_tab_shows_counts_bands_and_percent(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor, head: Actor,  # type: ignore[no-untyped-def]
        staff: dict[str, str], shots: Path) -> None:
    seed_month(office, head, staff)
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    click_tab(qtbot, child(page, QTabWidget, "attendanceTabs"), "Rekap bulanan")
    assert child(page, QComboBox, "recapMonth").currentText() == "November 2026"
    table = child(page, QTableView, "recapTable")
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == ["Nama", "Hari\nkerja", "H", "TL", "PSW", "DL", "TB", "WFH", "I", "S",
                      "C", "TK", "TL1", "TL2", "TL3", "TL4", "PSW1", "PSW2", "PSW3", "PSW4",
                      "%\nhadir"]
    rows = {row[0]: row for row in table_rows(table)}
    # 2–25 November: 18 working days; Agus present on 5 of them (H 3, TL 1, PSW 1).
    # 15.20 on Friday 6 November is 70 minutes before 16.30: PSW3.
    assert rows["Agus Salim"] == ["Agus Salim", "18", "3", "1", "1", "0", "0", "0", "0", "0",
                                  "1", "0", "0", "0", "0", "1", "0", "0", "1", "0", "27,8%"]
    assert rows["Budi Santoso"][11] == "2" and rows["Budi Santoso"][-1] == "0,0%"
    assert child(page, QLabel, "recapSummary").text() == (
        "Sampai Rabu, 25 November 2026: 3 pegawai, rata-rata kehadiran 9,3%.")
    save_shot(page.window(), shots, "attendance-recap", share=True)
    assert cut_short_columns(table) == []
    assert not table.horizontalScrollBar().isVisible()

    # A click on a header sorts by it (lowest attendance first).
    header = table.horizontalHeader()
    section = header.sectionViewportPosition(20) + header.sectionSize(20) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(section, header.height() // 2))
    names = [row[0] for row in table_rows(table)]
    assert set(names[:2]) == {"Budi Santoso", "Citra Lestari"} and names[2] == "Agus Salim"
    assert model.headerData(20, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "% kehadiran: (H + TL + PSW + DL + TB + WFH) ÷ hari kerja")

    choose(qtbot, child(page, QComboBox, "recapMonth"), "Oktober 2026")
    assert {row[0]: row[1:3] for row in table_rows(table)} == {
        name: ["22", "0"] for name in NAMES}
    assert {row[0]: row[-1] for row in table_rows(table)} == {name: "0,0%" for name in NAMES}


def test_the_tk_tab_highlights_two_tk_days_before_the_teguran_lisan(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor, head: Actor,  # type: ignore[no-untyped-def]
        staff: dict[str, str], shots: Path) -> None:
    seed_month(office, head, staff)
    window = make_window(office, operator)
    page = open_page(qtbot, window)
    click_tab(qtbot, child(page, QTabWidget, "attendanceTabs"), "TK tahunan")
    assert child(page, QComboBox, "tkYear").currentText() == "2026"
    table = child(page, QTableView, "tkTable")
    assert table_rows(table) == [
        ["Citra Lestari", "3 hari", "Teguran lisan", "4 hari: Teguran tertulis", "1 hari"],
        ["Budi Santoso", "2 hari", "—", "3 hari: Teguran lisan", "1 hari"],
        ["Agus Salim", "0 hari", "—", "3 hari: Teguran lisan", "3 hari"],
    ]
    model = table.model()

    def background(row: int) -> object:
        brush = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color() if isinstance(brush, QBrush) else None

    assert [background(row) for row in range(3)] == [REACHED_COLOR, WARN_COLOR, None]
    assert child(page, QLabel, "tkSummary").text() == "1 mencapai sanksi, 1 mendekati ambang"
    legend = child(page, QLabel, "tkLegend").text()
    assert "PP 94/2021" in legend
    assert "3 hari: Teguran lisan · 4 hari: Teguran tertulis" in legend
    assert "paling banyak 1 hari lagi" in legend
    assert cut_short_columns(table) == []
    save_shot(page.window(), shots, "attendance-tk", share=True)

    # A new TK day for Budi reaches the Teguran lisan: the row turns red.
    page.tabs.setCurrentIndex(0)
    budi = page.row_controls("Budi Santoso")
    click(qtbot, budi.buttons["TK"])
    click_tab(qtbot, page.tabs, "TK tahunan")
    rows = {row[0]: row[1:] for row in table_rows(table)}
    assert rows["Budi Santoso"] == ["3 hari", "Teguran lisan", "4 hari: Teguran tertulis",
                                    "1 hari"]
    assert [background(row) for row in range(3)] == [REACHED_COLOR, REACHED_COLOR, None]
    assert child(page, QLabel, "tkSummary").text() == "2 mencapai sanksi, 0 mendekati ambang"


TWENTY = tuple(f"{first} {last}" for first, last in zip(
    ("Agus", "Bambang", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hendra", "Indah", "Joko",
     "Kartika", "Lukman", "Maya", "Nur", "Oktaviani", "Putri", "Rahmat", "Sri", "Taufik",
     "Wulandari"),
    ("Salim", "Pamungkas", "Lestari", "Anggraini Kusumawardhani", "Prasetyo", "Handayani",
     "Saputra", "Wijaya", "Permatasari", "Susilo", "Sari", "Hakim", "Rosita", "Aisyah",
     "Ramadhani", "Ayu", "Hidayat", "Mulyani", "Hidayatullah", "Ningsih"), strict=True))


def test_a_roll_call_of_twenty_fits_the_1100_by_700_window(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor, head: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    ids = add_people(office, head, TWENTY)
    with office.write(head) as uow:
        for n, name in enumerate(TWENTY[:12]):
            status, check_in = [("H", "07.2" + str(n % 10)), ("TL", "08.05"),
                                ("DL", None), ("S", None), ("C-T", None), ("TK", None),
                                ("PSW", "07.30"), ("WFH", None)][n % 8]
            record_attendance(uow, TODAY, ids[name], status, check_in)
    window = make_window(office, operator)
    assert (window.width(), window.height()) == (1100, 700)
    page = open_page(qtbot, window)
    save_shot(window, shots, "attendance-rollcall", share=True)
    table = child(page, QTableWidget, "rollCallTable")
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(0) >= 170  # names are readable
    visible_rows = table.viewport().height() // table.rowHeight(0)
    assert visible_rows >= 12
    for name in TWENTY:
        controls = page.row_controls(name)
        for button in controls.buttons.values():
            text = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= text + 6, (name, button.text())
        assert controls.cuti.width() >= controls.cuti.sizeHint().width()
        assert controls.check_in.width() >= controls.check_in.fontMetrics() \
            .horizontalAdvance("00.00")
    assert page.row_controls(TWENTY[1]).bands.text() == "TL2"
    click_tab(qtbot, page.tabs, "Rekap bulanan")
    recap = child(page, QTableView, "recapTable")
    save_shot(window, shots, "attendance-recap-twenty", share=True)
    assert not recap.horizontalScrollBar().isVisible()
    # The longest name wraps onto a second line instead of being cut short.
    assert cut_short_columns(recap) in ([], ["Nama"])
    rows = [row[0] for row in table_rows(recap)]
    tall = [rows[n] for n in range(len(rows)) if recap.rowHeight(n) > recap.rowHeight(0)]
    assert tall in ([], ["Dewi Anggraini Kusumawardhani"])
    if cut_short_columns(recap):
        assert tall
    click_tab(qtbot, page.tabs, "TK tahunan")
    save_shot(window, shots, "attendance-tk-twenty", share=True)
