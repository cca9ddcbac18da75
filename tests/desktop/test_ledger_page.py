"""Buku sinkronisasi: devices held until approved, the bundle ledger, clock flags, silence."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
)

from core.context import AppContext
from core.identity import fingerprint
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from db.models import Staff, SyncAck
from desktop.main_window import MainWindow
from desktop.pages.ledger import LedgerPage
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.desktop.test_sync_page import (
    OFFICE_NAME,
    TASK_TIMEOUT,
    database,
    highlighted,
    staff_at,
)
from tests.desktop.ui import (
    ModalDriver,
    child,
    click,
    click_row,
    click_tab,
    cut_short_columns,
    dialog_button,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)
from tests.sync.conftest import add_people, rows

MakeWindow = Callable[[AppContext, Actor], MainWindow]


def open_ledger(qtbot, make_window: MakeWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
                actor: Actor) -> tuple[MainWindow, LedgerPage]:
    window = make_window(ctx, actor)
    page = goto(qtbot, window, "Buku sinkronisasi")
    assert isinstance(page, LedgerPage)
    return window, page


def tab(qtbot, page: LedgerPage, title: str):  # type: ignore[no-untyped-def]
    return click_tab(qtbot, child(page, QTabWidget, "ledgerTabs"), title)


def cell(table: QTableView, row_text: str, title: str) -> str:
    """The text under `title` in the row whose first column is `row_text`."""
    firsts = [row[0] for row in table_rows(table)]
    assert row_text in firsts, (row_text, firsts)
    return table_column(table, title)[firsts.index(row_text)]


def detail(devices_tab, key: str) -> str:  # type: ignore[no-untyped-def]
    """A line of the selected device's details."""
    return child(devices_tab, QLabel, f"device_{key}").text()


def bundle_detail(bundles_tab, key: str) -> str:  # type: ignore[no-untyped-def]
    return child(bundles_tab, QLabel, f"bundle_{key}").text()


def plain(rich: str) -> str:
    """Rich text as the lines it shows."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<br>|</p>", "\n", rich))


def send(office: AppContext, head: Actor, hub: AppContext, admin: Actor, folder: Path,
         people: int = 3) -> Path:
    """The office adds people and exports; the hub imports the bundle."""
    add_people(office, head, "Pegawai", people)
    bundle = export_bundle(office, head, folder).path
    assert bundle is not None
    import_bundles(hub, admin, [bundle])
    return bundle


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


# --- Perangkat --------------------------------------------------------------------------

def test_unknown_device_is_held_until_approved_from_the_ledger(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, modals: ModalDriver, shots: Path) -> None:
    bundle = send(office, head, hub, admin, usb)
    window, page = open_ledger(qtbot, make_window, hub, admin)
    devices_tab = tab(qtbot, page, "Perangkat")
    table = child(devices_tab, QTableView, "devicesTable")
    key = fingerprint(office.device.public_key)
    assert cell(table, OFFICE_NAME, "Mode") == "Kantor"
    assert cell(table, OFFICE_NAME, "Status") == "belum disetujui"
    assert cell(table, OFFICE_NAME, "Ditahan") == "1"
    assert cell(table, OFFICE_NAME, "Seq terakhir") == "0"
    assert cell(table, OFFICE_NAME, "Diterima") == "25-11-2026 08.30"
    assert highlighted(table) == [OFFICE_NAME]
    assert child(devices_tab, QLabel, "devicesCount").text() == (
        "1 perangkat, 1 menunggu persetujuan")
    approve = child(devices_tab, QPushButton, "approveDevice")
    assert not approve.isEnabled()  # nothing selected yet
    assert cut_short_columns(table) == []

    click_row(qtbot, table, OFFICE_NAME)
    assert detail(devices_tab, "office") == f"{OFFICE_NAME} ({OFFICE_CODE}), Kantor"
    assert detail(devices_tab, "device") == office.device.id
    assert detail(devices_tab, "fingerprint") == key
    assert detail(devices_tab, "status") == "menunggu persetujuan sejak 25-11-2026 08.30"
    assert detail(devices_tab, "last_bundle") == f"{bundle.name} — ditahan, 25-11-2026 08.30"
    assert detail(devices_tab, "gaps") == "tidak ada"
    save_shot(window, shots, "ledger-perangkat-held", share=True)

    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        asked.append(box.informativeText())
        save_shot(box, shots, "ledger-approve-confirm", share=True)
        click(qtbot, dialog_button(box, "Setujui"))

    modals.expect(QMessageBox, confirm)
    click(qtbot, approve)
    modals.check()
    result = child(devices_tab, QLabel, "approveResult")
    qtbot.waitUntil(lambda: result.text() != "", timeout=TASK_TIMEOUT)

    assert asked[0] == f"Setujui perangkat dari {OFFICE_NAME} ({OFFICE_CODE})?"
    assert f"Sidik kunci: {key}\n" in plain(asked[1])
    assert f"ID perangkat: {office.device.id}\n" in plain(asked[1])
    assert result.text() == (
        f"Perangkat {OFFICE_NAME} ({key}) disetujui.\n"
        f"{bundle.name}: diterapkan (baru 4, diperbarui 0, tetap 0)")
    assert rows(hub, Staff, OFFICE_CODE) == rows(office, Staff, OFFICE_CODE)
    # The page refreshed itself (state.changed "sync").
    assert cell(table, OFFICE_NAME, "Status") == "disetujui"
    assert detail(devices_tab, "status") == "disetujui oleh admin, 25-11-2026 08.30"
    assert detail(devices_tab, "last_bundle") == (
        f"{bundle.name} — diterapkan, 25-11-2026 08.30")
    assert cell(table, OFFICE_NAME, "Ditahan") == "0"
    assert cell(table, OFFICE_NAME, "Seq terakhir") == "4"
    assert highlighted(table) == []
    assert child(devices_tab, QLabel, "devicesCount").text() == (
        "1 perangkat, 0 menunggu persetujuan")
    save_shot(window, shots, "ledger-perangkat-approved", share=True)

    bundles = child(tab(qtbot, page, "Bundle"), QTableView, "bundlesTable")
    assert sorted(table_column(bundles, "Hasil")) == ["ditahan", "diterapkan"]
    assert table_column(bundles, "Oleh") == ["admin", "admin"]
    assert set(table_column(bundles, "Berkas")) == {bundle.name}
    # The held line is no longer waiting, so no longer highlighted.
    assert highlighted(bundles) == []


def test_cancelling_the_approval_changes_nothing(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, modals: ModalDriver) -> None:
    send(office, head, hub, admin, usb)
    _window, page = open_ledger(qtbot, make_window, hub, admin)
    devices_tab = tab(qtbot, page, "Perangkat")
    table = child(devices_tab, QTableView, "devicesTable")
    before = database(hub)
    click_row(qtbot, table, OFFICE_NAME)
    modals.expect(QMessageBox, lambda box: click(qtbot, dialog_button(box, "Batal")))
    click(qtbot, child(devices_tab, QPushButton, "approveDevice"))
    modals.check()
    assert database(hub) == before
    assert cell(table, OFFICE_NAME, "Status") == "belum disetujui"
    assert child(devices_tab, QLabel, "approveResult").text() == ""


def test_hub_operator_sees_the_ledger_but_cannot_approve(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path) -> None:
    send(office, head, hub, admin, usb)
    with hub.write(admin) as uow:
        create_user(uow, NewAccount("operator", "Operator Kota", Role.OPERATOR, PASSWORD))
    _window, page = open_ledger(qtbot, make_window, hub,
                                authenticate(hub, "operator", PASSWORD))
    devices_tab = tab(qtbot, page, "Perangkat")
    table = child(devices_tab, QTableView, "devicesTable")
    click_row(qtbot, table, OFFICE_NAME)
    approve = child(devices_tab, QPushButton, "approveDevice")
    assert not approve.isEnabled()
    assert approve.toolTip() == (
        "Hanya admin kota atau pimpinan kantor yang dapat menyetujui perangkat.")


def test_a_gap_in_the_seqs_is_shown_until_the_missing_bundle_arrives(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path) -> None:
    first = send(office, head, hub, admin, usb, people=0)  # seq 1: the head's account
    approve_device(hub, admin, office.device.id)
    add_people(office, head, "Dua", 2)
    with office.raw_write() as session:  # the city confirmed seq 1
        session.add(SyncAck(device_id=office.device.id, seq=1, acknowledged_at=office.clock()))
    missing = export_bundle(office, head, usb / "hilang").path  # seq 2–3, lost on the way
    with office.raw_write() as session:
        session.get(SyncAck, office.device.id).seq = 3  # type: ignore[union-attr]
    add_people(office, head, "Empat", 1)
    later = export_bundle(office, head, usb / "kemudian").path  # seq 4
    assert first.name.endswith("-0000001-0000001.pantau") and missing and later
    import_bundles(hub, admin, [later])

    _window, page = open_ledger(qtbot, make_window, hub, admin)
    devices_tab = tab(qtbot, page, "Perangkat")
    table = child(devices_tab, QTableView, "devicesTable")
    assert cell(table, OFFICE_NAME, "Status") == "disetujui"
    assert cell(table, OFFICE_NAME, "Seq terakhir") == "1"
    assert cell(table, OFFICE_NAME, "Celah seq") == "2–3"
    assert cell(table, OFFICE_NAME, "Ditahan") == "1"
    assert highlighted(table) == [OFFICE_NAME]
    click_row(qtbot, table, OFFICE_NAME)
    assert detail(devices_tab, "gaps") == "seq 2–3 belum tiba"

    import_bundles(hub, admin, [missing])  # it turns up: the held one is released too
    page.state.changed.emit("sync")
    assert cell(table, OFFICE_NAME, "Seq terakhir") == "4"
    assert cell(table, OFFICE_NAME, "Celah seq") == ""
    assert cell(table, OFFICE_NAME, "Ditahan") == "0"
    assert detail(devices_tab, "gaps") == "tidak ada"  # still selected after the refresh


# --- Bundle -----------------------------------------------------------------------------

def test_bundle_tab_shows_who_imported_each_bundle_and_the_result(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, clock: FakeClock, shots: Path) -> None:
    first = send(office, head, hub, admin, usb, people=2)
    clock.advance(hours=1)
    approve_device(hub, admin, office.device.id)
    clock.advance(hours=1)
    corrupt = usb / "x.pantau"
    corrupt.write_bytes(os.urandom(2048))
    [refused] = import_bundles(hub, admin, [corrupt])

    window, page = open_ledger(qtbot, make_window, hub, admin)
    bundles_tab = tab(qtbot, page, "Bundle")
    table = child(bundles_tab, QTableView, "bundlesTable")
    refused_line, applied_line, held_line = table_rows(table)  # newest first
    assert refused_line == ["25-11-2026 10.30", "admin", "", "", "ditolak", "0", "0", "0",
                            refused.reason, "x.pantau"]
    assert applied_line == ["25-11-2026 09.30", "admin", OFFICE_NAME, "1–3", "diterapkan",
                            "3", "0", "0", "", first.name]
    assert held_line[:5] == ["25-11-2026 08.30", "admin", OFFICE_NAME, "1–3", "ditahan"]
    assert held_line[8].startswith("Perangkat belum disetujui")
    assert highlighted(table) == ["25-11-2026 10.30"]  # the refused one
    assert child(bundles_tab, QLabel, "bundlesCount").text() == "3 bundle"
    # The file name is in the details, not a column; the reason is cut to the width left.
    assert set(cut_short_columns(table)) <= {"Alasan", "Berkas"}

    click_row(qtbot, table, "25-11-2026 08.30")
    assert bundle_detail(bundles_tab, "file") == first.name
    assert bundle_detail(bundles_tab, "device") == office.device.id
    assert bundle_detail(bundles_tab, "summary") == (
        "baru 0, diperbarui 0, tetap 0, tanda jam 0")
    assert bundle_detail(bundles_tab, "reason") == (
        held_line[8] + " (sudah dilepas dari tahanan)")
    click_row(qtbot, table, "25-11-2026 10.30")
    assert bundle_detail(bundles_tab, "file") == "x.pantau"
    assert bundle_detail(bundles_tab, "reason") == refused.reason
    save_shot(window, shots, "ledger-bundle", share=True)

    type_into(qtbot, child(bundles_tab, QLineEdit, "bundlesSearch"), "ditolak")
    assert table_column(table, "Berkas") == ["x.pantau"]
    type_into(qtbot, child(bundles_tab, QLineEdit, "bundlesSearch"), "-0000001-0000003")
    assert table_column(table, "Hasil") == ["diterapkan", "ditahan"]


# --- Tanda jam --------------------------------------------------------------------------

def test_entries_recorded_after_the_city_clock_are_flagged(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, clock: FakeClock, shots: Path) -> None:
    import_bundles(hub, admin, [export_bundle(office, head, usb).path])  # type: ignore[list-item]
    approve_device(hub, admin, office.device.id)
    clock.advance(hours=2)  # the office's clock runs two hours ahead
    add_people(office, head, "Cepat", 2)
    clock.advance(hours=-2)
    bundle = export_bundle(office, head, usb / "kedua").path
    assert bundle is not None
    import_bundles(hub, admin, [bundle])

    window, page = open_ledger(qtbot, make_window, hub, admin)
    flags = child(tab(qtbot, page, "Tanda jam"), QTableView, "clockFlagsTable")
    assert sorted(table_column(flags, "Seq")) == ["2", "3"]
    assert set(table_column(flags, "Jenis")) == {"di masa depan"}
    assert set(table_column(flags, "Kantor")) == {OFFICE_NAME}
    assert set(table_column(flags, "Perangkat")) == {office.device.id[:8]}
    assert all(detail.startswith("dicatat 2026-11-25T03:30")
               for detail in table_column(flags, "Keterangan"))
    save_shot(window, shots, "ledger-tanda-jam", share=True)
    devices = child(tab(qtbot, page, "Perangkat"), QTableView, "devicesTable")
    assert cell(devices, OFFICE_NAME, "Tanda jam") == "2"


# --- Kantor senyap ----------------------------------------------------------------------

def test_offices_silent_for_more_than_n_days_are_highlighted(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, clock: FakeClock, shots: Path) -> None:
    send(office, head, hub, admin, usb)
    approve_device(hub, admin, office.device.id)
    clock.advance(days=10)
    window, page = open_ledger(qtbot, make_window, hub, admin)
    silent_tab = tab(qtbot, page, "Kantor senyap")
    table = child(silent_tab, QTableView, "silentTable")
    days = child(silent_tab, QSpinBox, "silentDays")
    codes = table_column(table, "Kode")
    assert days.value() == 14
    assert cell(table, OFFICE_CODE, "Terakhir diterima") == "25-11-2026 08.30"
    assert cell(table, OFFICE_CODE, "Hari senyap") == "10"
    assert cell(table, OFFICE_CODE, "Perangkat") == "1"
    assert cell(table, "15.71.01.1002", "Terakhir diterima") == "belum pernah"
    assert cell(table, "15.71.01", "Tingkat") == "Kecamatan"
    assert "15.71" not in codes  # the city itself sends nothing
    # Heard from 10 days ago: not silent at 14 days; every other office never sent.
    assert OFFICE_CODE not in highlighted(table)
    assert len(highlighted(table)) == len(codes) - 1
    count = child(silent_tab, QLabel, "silentCount")
    assert count.text() == f"{len(codes) - 1} dari {len(codes)} kantor senyap lebih dari 14 hari"
    assert cut_short_columns(table) == []
    save_shot(window, shots, "ledger-kantor-senyap", share=True)

    days.setFocus()
    days.selectAll()
    qtbot.keyClicks(days, "7")
    assert days.value() == 7
    assert OFFICE_CODE in highlighted(table)
    assert count.text() == f"{len(codes)} dari {len(codes)} kantor senyap lebih dari 7 hari"

    days.selectAll()
    qtbot.keyClicks(days, "30")
    click(qtbot, child(silent_tab, QCheckBox, "silentOnly"))
    assert OFFICE_CODE not in table_column(table, "Kode")
    assert len(table_column(table, "Kode")) == len(codes) - 1


# --- kelurahan, kecamatan ---------------------------------------------------------------

def test_a_kelurahan_office_is_told_only_kecamatan_offices_import(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window, page = open_ledger(qtbot, make_window, office, operator)
    assert page.tabs is None
    assert page.findChild(QTabWidget) is None
    assert child(page, QLabel, "ledgerNote").text().startswith(
        "Hanya kota dan kantor kecamatan yang mengimpor bundle")
    save_shot(window, shots, "ledger-kelurahan", share=True)


def test_kecamatan_head_approves_its_kelurahan_device(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        tmp_path: Path, clock: FakeClock, usb: Path, modals: ModalDriver,
        shots: Path) -> None:
    kecamatan = open_office(tmp_path / "kecamatan", clock, Mode.OFFICE, "15.71.01")
    try:
        camat = authenticate(kecamatan, "lurah", PASSWORD)
        send(office, head, kecamatan, camat, usb, people=2)
        window, page = open_ledger(qtbot, make_window, kecamatan, camat)
        assert child(page, QLabel, "ledgerNote").text() == (
            "Bundle kelurahan di Kecamatan Telanaipura yang diimpor di sini.")
        devices_tab = tab(qtbot, page, "Perangkat")
        table = child(devices_tab, QTableView, "devicesTable")
        click_row(qtbot, table, OFFICE_NAME)
        modals.expect(QMessageBox, lambda box: click(qtbot, dialog_button(box, "Setujui")))
        click(qtbot, child(devices_tab, QPushButton, "approveDevice"))
        modals.check()
        result = child(devices_tab, QLabel, "approveResult")
        qtbot.waitUntil(lambda: result.text() != "", timeout=TASK_TIMEOUT)
        assert "diterapkan (baru 3" in result.text()
        assert staff_at(kecamatan) == ["Pegawai 0", "Pegawai 1"]
        # Only its own kelurahan are expected to send here.
        silent = child(tab(qtbot, page, "Kantor senyap"), QTableView, "silentTable")
        codes = table_column(silent, "Kode")
        assert OFFICE_CODE in codes
        assert all(code.startswith("15.71.01.") for code in codes)
        assert OFFICE_CODE not in highlighted(silent)
        save_shot(window, shots, "ledger-kecamatan", share=True)
        window.close()
    finally:
        kecamatan.close()


def test_highlighted_rows_keep_readable_text(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_ledger(qtbot, make_window, hub, admin)
    table = child(tab(qtbot, page, "Kantor senyap"), QTableView, "silentTable")
    index = table.model().index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1a1a1a"
