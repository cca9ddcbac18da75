"""Pegawai: the staff roster, used through the main window by an office head."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from core.changelog import verify_chain
from core.context import AppContext
from core.roles import Actor
from core.services.staff import StaffInput, StaffStatus, add_staff, list_staff
from desktop.dialogs.common import DateDialog
from desktop.dialogs.staff import StaffDialog
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.staff import StaffPage
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_row,
    cut_short_columns,
    dialog_button,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)

NIP_TYPED = "19850312 201001 1 003"
NIP = "198503122010011003"
STARTED = QDate(2020, 1, 6)


def log_state(ctx: AppContext) -> tuple[bool, int]:
    with ctx.read() as session:
        report = verify_chain(session, ctx.device.id)
    assert report.ok, report.problems
    return report.ok, report.head_seq


def staff_names(ctx: AppContext) -> list[str]:
    with ctx.read() as session:
        return [row.name for row in list_staff(session, ctx.device.office_code)]


def fill_staff(qtbot, dialog: StaffDialog, name: str, status: str, nip: str,  # type: ignore[no-untyped-def]
               position: str) -> None:
    type_into(qtbot, child(dialog, QLineEdit, "name"), name)
    choose(qtbot, child(dialog, QComboBox, "status"), status)
    type_into(qtbot, child(dialog, QLineEdit, "nip"), nip)
    type_into(qtbot, child(dialog, QLineEdit, "position"), position)
    # Picking the day in the calendar pop-up; the widget's own date is what is saved.
    child(dialog, QDateEdit, "active_from").setDate(STARTED)


RINA = StaffInput("Rina Marlina", "Sekretaris Kelurahan", StaffStatus.PNS, NIP,
                  active_from=date(2020, 1, 6))
BUDI = StaffInput("Budi Santoso", "Staf Pelayanan", StaffStatus.NON_ASN, local_id="L-01",
                  active_from=date(2021, 5, 3))
SITI = StaffInput("Siti Aminah", "Kasi Pelayanan", StaffStatus.PPPK, "199001152022061007",
                  active_from=date(2022, 12, 1))


@pytest.fixture
def staff(request: pytest.FixtureRequest) -> tuple[StaffInput, ...]:
    """Who is on the roster before the window opens (parametrize indirectly to change)."""
    return getattr(request, "param", ())


@pytest.fixture
def window(make_window: Callable[[AppContext, Actor], MainWindow], office: AppContext,
           head: Actor, staff: tuple[StaffInput, ...]) -> MainWindow:
    with office.write(head) as uow:
        for person in staff:
            add_staff(uow, person)
    return make_window(office, head)


@pytest.fixture
def page(qtbot, window: MainWindow) -> StaffPage:  # type: ignore[no-untyped-def]
    page = goto(qtbot, window, "Pegawai")
    assert isinstance(page, StaffPage)
    return page


def with_staff(*people: StaffInput) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("staff", [people], indirect=True, ids=["roster"])


def test_add_staff_by_typing_shows_it_in_table_and_logs_it(
        qtbot, window: MainWindow, page: StaffPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    _, seq_before = log_state(office)
    table = child(page, QTableView, "staffTable")
    assert table_rows(table) == []

    def fill(dialog: StaffDialog) -> None:
        assert dialog.windowTitle() == "Tambah pegawai"
        fill_staff(qtbot, dialog, "Rina Marlina", "PNS", NIP_TYPED, "Sekretaris Kelurahan")
        save_shot(dialog, shots, "staff-dialog-add", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(StaffDialog, fill)
    click(qtbot, child(page, QPushButton, "addStaff"))
    modals.check()

    assert table_rows(table) == [["Rina Marlina", NIP, "Sekretaris Kelurahan", "PNS",
                                  "06-01-2020", ""]]
    assert child(page, QLabel, "staffCount").text() == "1 aktif, 1 ditampilkan"
    assert staff_names(office) == ["Rina Marlina"]
    ok, seq_after = log_state(office)
    assert ok and seq_after == seq_before + 1
    # The Beranda page heard about it too.
    assert window.pages["beranda"].findChild(QLabel, "staffSummary").text() == "1 (PNS 1)"
    save_shot(window, shots, "staff-page", share=True)


def test_bad_nip_keeps_staff_dialog_open_with_message(
        qtbot, page: StaffPage, office: AppContext, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    _, seq_before = log_state(office)
    seen: dict[str, object] = {}

    def fill(dialog: StaffDialog) -> None:
        fill_staff(qtbot, dialog, "Rina Marlina", "PNS", "19850230 201001 1 003",
                   "Sekretaris Kelurahan")
        click(qtbot, dialog_button(dialog, "Simpan"))
        error = child(dialog, QLabel, "formError")
        seen.update(visible=dialog.isVisible(), error_visible=error.isVisible(),
                    message=error.text(),
                    nip_style=child(dialog, QLineEdit, "nip").styleSheet())
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(StaffDialog, fill)
    click(qtbot, child(page, QPushButton, "addStaff"))
    modals.check()

    assert seen["visible"] is True
    assert seen["error_visible"] is True
    assert seen["message"] == ("NIP salah: 8 angka pertama (19850230) harus tanggal lahir "
                               "yang ada (TTTTBBHH).")
    assert seen["nip_style"] == INVALID_STYLE
    assert staff_names(office) == []
    assert table_rows(child(page, QTableView, "staffTable")) == []
    assert log_state(office)[1] == seq_before


def test_pns_without_nip_is_refused_then_corrected_in_same_dialog(
        qtbot, page: StaffPage, office: AppContext, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []

    def fill(dialog: StaffDialog) -> None:
        fill_staff(qtbot, dialog, "Rina Marlina", "PNS", "", "Sekretaris Kelurahan")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        messages.append(child(dialog, QLabel, "formError").text())
        type_into(qtbot, child(dialog, QLineEdit, "nip"), NIP_TYPED)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(StaffDialog, fill)
    click(qtbot, child(page, QPushButton, "addStaff"))
    modals.check()
    assert messages == ["Pegawai PNS wajib memiliki NIP."]
    assert staff_names(office) == ["Rina Marlina"]


@with_staff(RINA)
def test_edit_with_ubah_button_changes_name_and_rev(
        qtbot, page: StaffPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    _, seq_before = log_state(office)
    table = child(page, QTableView, "staffTable")
    edit = child(page, QPushButton, "editStaff")
    assert not edit.isEnabled()  # nothing chosen yet
    click_row(qtbot, table, "Rina Marlina")
    assert edit.isEnabled()

    def change(dialog: StaffDialog) -> None:
        assert dialog.windowTitle() == "Ubah pegawai"
        assert child(dialog, QLineEdit, "name").text() == "Rina Marlina"
        assert child(dialog, QLineEdit, "nip").text() == NIP
        assert child(dialog, QDateEdit, "active_from").date() == STARTED
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Rina Marlina Sari")
        type_into(qtbot, child(dialog, QLineEdit, "position"), "Kasi Pemerintahan")
        save_shot(dialog, shots, "staff-dialog-edit")
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(StaffDialog, change)
    click(qtbot, edit)
    modals.check()

    with office.read() as session:
        [row] = list_staff(session, office.device.office_code)
    assert (row.name, row.position, row.rev) == ("Rina Marlina Sari", "Kasi Pemerintahan", 2)
    assert table_column(table, "Nama") == ["Rina Marlina Sari"]
    assert table_column(table, "Jabatan") == ["Kasi Pemerintahan"]
    assert log_state(office)[1] == seq_before + 1


@with_staff(RINA, BUDI)
def test_double_click_opens_edit_dialog_and_cancel_changes_nothing(
        qtbot, page: StaffPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    _, seq_before = log_state(office)
    table = child(page, QTableView, "staffTable")

    def look_then_cancel(dialog: StaffDialog) -> None:
        assert dialog.windowTitle() == "Ubah pegawai"
        assert child(dialog, QLineEdit, "name").text() == "Budi Santoso"
        assert child(dialog, QComboBox, "status").currentText() == "non-ASN"
        assert child(dialog, QLineEdit, "local_id").text() == "L-01"
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Tidak Disimpan")
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(StaffDialog, look_then_cancel)
    click_row(qtbot, table, "Budi Santoso", double=True)
    modals.check()
    assert sorted(staff_names(office)) == ["Budi Santoso", "Rina Marlina"]
    assert log_state(office)[1] == seq_before

    def rename(dialog: StaffDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Budi Santoso Putra")
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(StaffDialog, rename)
    click_row(qtbot, table, "Budi Santoso", double=True)
    modals.check()
    assert table_column(table, "Nama") == ["Budi Santoso Putra", "Rina Marlina"]
    with office.read() as session:
        revs = {row.name: row.rev for row in list_staff(session, office.device.office_code)}
    assert revs == {"Budi Santoso Putra": 2, "Rina Marlina": 1}


@with_staff(RINA, BUDI)
def test_deactivate_hides_row_until_show_inactive_is_ticked(
        qtbot, page: StaffPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path) -> None:
    _, seq_before = log_state(office)
    table = child(page, QTableView, "staffTable")
    show_inactive = child(page, QCheckBox, "showInactive")
    assert show_inactive.text() == "Tampilkan yang nonaktif"
    assert not show_inactive.isChecked()
    deactivate = child(page, QPushButton, "deactivateStaff")
    reactivate = child(page, QPushButton, "reactivateStaff")
    click_row(qtbot, table, "Budi Santoso")
    assert deactivate.isEnabled() and not reactivate.isEnabled()

    def last_day(dialog: DateDialog) -> None:
        assert dialog.windowTitle() == "Nonaktifkan pegawai"
        assert "Hari terakhir aktif Budi Santoso:" in [
            label.text() for label in dialog.findChildren(QLabel)]
        child(dialog, QDateEdit, "date").setDate(QDate(2026, 10, 31))
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(DateDialog, last_day)
    click(qtbot, deactivate)
    modals.check()

    assert table_column(table, "Nama") == ["Rina Marlina"]
    assert child(page, QLabel, "staffCount").text() == "1 aktif, 1 ditampilkan"
    assert log_state(office)[1] == seq_before + 1

    click(qtbot, show_inactive)
    assert show_inactive.isChecked()
    assert table_column(table, "Nama") == ["Budi Santoso", "Rina Marlina"]
    assert table_column(table, "Aktif s.d.") == ["31-10-2026", ""]
    assert cut_short_columns(table) == []
    assert child(page, QLabel, "staffCount").text() == "1 aktif, 2 ditampilkan"
    budi = table.model().index(0, 0)
    assert budi.data(Qt.ItemDataRole.ForegroundRole) is not None  # shown dimmed
    assert table.model().index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    save_shot(page, shots, "staff-inactive", share=True)

    click_row(qtbot, table, "Budi Santoso")
    assert reactivate.isEnabled() and not deactivate.isEnabled()

    click(qtbot, show_inactive)
    assert table_column(table, "Nama") == ["Rina Marlina"]

    click(qtbot, show_inactive)
    click_row(qtbot, table, "Budi Santoso")
    click(qtbot, reactivate)
    click(qtbot, show_inactive)
    assert table_column(table, "Nama") == ["Budi Santoso", "Rina Marlina"]
    assert log_state(office)[1] == seq_before + 2


@with_staff(BUDI)
def test_cancelling_the_date_dialog_keeps_staff_active(
        qtbot, page: StaffPage, office: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    _, seq_before = log_state(office)
    click_row(qtbot, child(page, QTableView, "staffTable"), "Budi Santoso")
    modals.expect(DateDialog, lambda dialog: click(qtbot, dialog_button(dialog, "Batal")))
    click(qtbot, child(page, QPushButton, "deactivateStaff"))
    modals.check()
    assert table_column(child(page, QTableView, "staffTable"), "Nama") == ["Budi Santoso"]
    assert log_state(office)[1] == seq_before


@with_staff(RINA, BUDI, SITI)
def test_filter_box_filters_rows_on_any_column(qtbot, page: StaffPage) -> None:  # type: ignore[no-untyped-def]
    table = child(page, QTableView, "staffTable")
    search = child(page, QLineEdit, "staffSearch")
    assert table_column(table, "Nama") == ["Budi Santoso", "Rina Marlina", "Siti Aminah"]

    qtbot.keyClicks(search, "pelayanan")
    assert table_column(table, "Nama") == ["Budi Santoso", "Siti Aminah"]
    type_into(qtbot, search, "SITI")
    assert table_column(table, "Nama") == ["Siti Aminah"]
    type_into(qtbot, search, "19850312")  # part of a NIP
    assert table_column(table, "Nama") == ["Rina Marlina"]
    type_into(qtbot, search, "tidak ada")
    assert table_rows(table) == []
    search.selectAll()
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    assert table_column(table, "Nama") == ["Budi Santoso", "Rina Marlina", "Siti Aminah"]


def test_whole_roster_session_keeps_change_log_chain_intact(
        qtbot, page: StaffPage, office: AppContext, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    """Add, edit and deactivate by hand: one log entry each, the hash chain verifies."""
    _, seq_before = log_state(office)
    table = child(page, QTableView, "staffTable")

    def add(dialog: StaffDialog) -> None:
        fill_staff(qtbot, dialog, "Rina Marlina", "PNS", NIP_TYPED, "Sekretaris Kelurahan")
        click(qtbot, dialog_button(dialog, "Simpan"))

    def edit(dialog: StaffDialog) -> None:
        type_into(qtbot, child(dialog, QLineEdit, "position"), "Lurah")
        click(qtbot, dialog_button(dialog, "Simpan"))

    def deactivate(dialog: DateDialog) -> None:
        child(dialog, QDateEdit, "date").setDate(QDate(2026, 11, 1))
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(StaffDialog, add)
    click(qtbot, child(page, QPushButton, "addStaff"))
    modals.check()
    click_row(qtbot, table, "Rina Marlina")
    modals.expect(StaffDialog, edit)
    click(qtbot, child(page, QPushButton, "editStaff"))
    modals.check()
    click_row(qtbot, table, "Rina Marlina")
    modals.expect(DateDialog, deactivate)
    click(qtbot, child(page, QPushButton, "deactivateStaff"))
    modals.check()

    ok, seq_after = log_state(office)
    assert ok
    assert seq_after == seq_before + 3
    with office.read() as session:
        [row] = list_staff(session, office.device.office_code)
    assert (row.position, row.active_until, row.rev) == ("Lurah", date(2026, 11, 1), 3)
