"""Sinkronisasi: an office exports to a USB folder; the hub previews, then applies."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QPushButton, QTableView
from sqlalchemy import select

from core.context import AppContext
from core.identity import fingerprint
from core.roles import Actor, Mode
from core.services.accounts import authenticate
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from db.base import Base
from db.models import Staff, SyncAck, SyncBundle
from desktop.main_window import MainWindow
from desktop.pages.sync import SyncPage
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.desktop.ui import (
    child,
    click,
    cut_short_columns,
    goto,
    save_shot,
    table_column,
    table_rows,
)
from tests.sync.conftest import add_people, rows

MakeWindow = Callable[[AppContext, Actor], MainWindow]
OFFICE_NAME = "Kelurahan Simpang IV Sipin"
TASK_TIMEOUT = 15_000


# --- helpers (the ledger page tests use them too) ---------------------------------------

def open_sync(qtbot, make_window: MakeWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
              actor: Actor) -> tuple[MainWindow, SyncPage]:
    window = make_window(ctx, actor)
    page = goto(qtbot, window, "Sinkronisasi")
    assert isinstance(page, SyncPage)
    return window, page


def database(ctx: AppContext) -> dict[str, list[str]]:
    """Every row of every table, and the files kept in held/: all an import could write."""
    with ctx.read() as session:
        tables = {table.name: sorted(repr(tuple(row)) for row in
                                     session.execute(table.select()).all())
                  for table in Base.metadata.sorted_tables}
    held = ctx.data_dir.root / "held"
    tables["held/"] = sorted(p.name for p in held.iterdir()) if held.exists() else []
    return tables


def highlighted(table: QTableView, column: int = 0) -> list[str]:
    """The text in `column` of each row shown on a coloured background."""
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())
            if model.index(row, column).data(Qt.ItemDataRole.BackgroundRole) is not None]


def wait_idle(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy, timeout=TASK_TIMEOUT)


def preview_folder(qtbot, page: SyncPage, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Pick a folder the way a user does (the file dialog answered with `folder`)."""
    page.choose_bundle_folder = lambda: folder  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "chooseBundleFolder"))
    wait_idle(qtbot, page)


def preview_files(qtbot, page: SyncPage, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    page.choose_bundle_files = lambda: files  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "chooseBundleFiles"))
    wait_idle(qtbot, page)


def apply(qtbot, page: SyncPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.state.changed, timeout=TASK_TIMEOUT) as changed:
        click(qtbot, child(page, QPushButton, "applyImport"))
    assert changed.args == ["sync"]
    wait_idle(qtbot, page)


def export_with_page(qtbot, page: SyncPage, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """Click "Ekspor ke USB" with the folder chooser answered by `folder`."""
    page.choose_folder = lambda: folder  # type: ignore[method-assign]
    before = set(folder.glob("*.pantau"))
    click(qtbot, child(page, QPushButton, "exportButton"))
    wait_idle(qtbot, page)
    [made] = set(folder.glob("*.pantau")) - before
    return made


def import_table(page: SyncPage) -> QTableView:
    return child(page, QTableView, "importTable")


def column(page: SyncPage, title: str) -> list[str]:
    return table_column(import_table(page), title)


def staff_at(ctx: AppContext) -> list[str]:
    with ctx.read() as session:
        return sorted(session.scalars(select(Staff.name)))


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def approved(office: AppContext, head: Actor, hub: AppContext, admin: Actor,
             tmp_path: Path) -> None:
    """The hub already trusts the office device and holds its log so far."""
    earlier = tmp_path / "earlier"
    result = export_bundle(office, head, earlier)
    assert result.path is not None
    import_bundles(hub, admin, [result.path])
    approve_device(hub, admin, office.device.id)
    with office.raw_write() as session:  # what the city's reference bundle will confirm
        session.add(SyncAck(device_id=office.device.id, seq=result.preview.seq_to,
                            acknowledged_at=office.clock()))


# --- office: Ekspor ke USB --------------------------------------------------------------

def test_office_sees_what_is_new_and_exports_it_to_the_chosen_folder(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        usb: Path, shots: Path) -> None:
    add_people(office, head, "Pegawai", 2)
    window, page = open_sync(qtbot, make_window, office, head)
    assert child(page, QLabel, "acknowledged").text().startswith("Belum ada")
    assert child(page, QLabel, "newSinceAck").text() == "3 entri baru, seq 1–3"
    assert table_rows(child(page, QTableView, "exportTable")) == [
        ["Akun pengguna", "1"], ["Pegawai", "2"]]
    assert page.findChild(QGroupBox, "importBox") is None  # a kelurahan does not import
    asked: list[str] = []

    def chooser() -> Path:
        asked.append("folder")
        return usb

    page.choose_folder = chooser  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "exportButton"))
    wait_idle(qtbot, page)

    [bundle] = usb.glob("*.pantau")
    assert asked == ["folder"]  # no folder yet: the button asked for one first
    assert bundle.name == f"pantau-{OFFICE_CODE}-{office.device.id[:8]}-0000001-0000003.pantau"
    assert child(page, QLineEdit, "exportFolder").text() == str(usb)
    assert child(page, QLabel, "exportResult").text() == (
        f"Tersimpan: {bundle.name} (3 entri, seq 1–3) di {usb}")
    assert not list(usb.glob("*.part"))
    save_shot(window, shots, "sync-office-export", share=True)

    # The same folder is used again without asking; the city has not confirmed seq 1–3
    # yet, so the next bundle carries them again with what is new.
    add_people(office, head, "Baru", 1)
    window.state.changed.emit("staff")
    assert child(page, QLabel, "newSinceAck").text() == "4 entri baru, seq 1–4"
    second = export_with_page(qtbot, page, usb)
    assert asked == ["folder"]
    assert second.name.endswith("-0000001-0000004.pantau")


def test_office_sees_what_the_city_acknowledged(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        usb: Path) -> None:
    add_people(office, head, "Pegawai", 2)
    with office.raw_write() as session:
        session.add(SyncAck(device_id=office.device.id, seq=3, acknowledged_at=office.clock()))
    _window, page = open_sync(qtbot, make_window, office, head)
    assert child(page, QLabel, "acknowledged").text() == (
        "sampai seq 3 (dikonfirmasi 25-11-2026 08.30)")
    assert child(page, QLabel, "newSinceAck").text() == (
        "Tidak ada yang baru sejak konfirmasi terakhir.")
    assert table_rows(child(page, QTableView, "exportTable")) == []
    export = child(page, QPushButton, "exportButton")
    assert not export.isEnabled()

    # Everything again, from seq 1, when the city asks for it.
    click(qtbot, child(page, QCheckBox, "exportFull"))
    assert export.isEnabled()
    made = export_with_page(qtbot, page, usb)
    assert made.name.endswith("-0000001-0000003.pantau")


def test_cancelling_the_folder_chooser_exports_nothing(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        usb: Path) -> None:
    _window, page = open_sync(qtbot, make_window, office, head)
    page.choose_folder = lambda: None  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "exportButton"))
    assert not page.busy
    assert child(page, QLineEdit, "exportFolder").text() == ""
    assert child(page, QLabel, "exportResult").text() == ""
    assert list(usb.iterdir()) == []


def test_inspector_exports_and_does_not_import(
        qtbot, tmp_path: Path, clock: FakeClock, make_window: MakeWindow,  # type: ignore[no-untyped-def]
        usb: Path) -> None:
    ctx = open_office(tmp_path / "pemeriksa", clock, Mode.INSPECTOR, "15.71.01")
    try:
        _window, page = open_sync(qtbot, make_window, ctx,
                                  authenticate(ctx, "pemeriksa", PASSWORD))
        assert page.findChild(QGroupBox, "importBox") is None
        assert child(page, QLabel, "newSinceAck").text() == "1 entri baru, seq 1"
        made = export_with_page(qtbot, page, usb)
        assert made.name.startswith("pantau-15.71.01-")
    finally:
        ctx.close()


# --- hub: preview, then apply -----------------------------------------------------------

def test_hub_page_imports_and_does_not_export(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_sync(qtbot, make_window, hub, admin)
    assert page.findChild(QGroupBox, "exportBox") is None
    assert child(page, QGroupBox, "importBox").title() == "Impor bundle dari kantor"
    assert not child(page, QPushButton, "applyImport").isEnabled()


def test_office_export_reaches_the_hub_held_until_its_device_is_approved(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path, shots: Path) -> None:
    add_people(office, head, "Pegawai", 3)
    _office_window, office_page = open_sync(qtbot, make_window, office, head)
    bundle = export_with_page(qtbot, office_page, usb)

    window, page = open_sync(qtbot, make_window, hub, admin)
    preview_folder(qtbot, page, usb)
    reason = (f"Perangkat belum disetujui (kantor {OFFICE_CODE}, sidik kunci "
              f"{fingerprint(office.device.public_key)}): menunggu persetujuan admin.")
    assert table_rows(import_table(page)) == [
        [bundle.name, OFFICE_NAME, "1–4", "akan ditahan", "0", "0", "0", reason]]
    assert child(page, QLabel, "importSource").text() == f"Folder: {usb}"
    assert child(page, QLabel, "importSummary").text() == (
        "Pratinjau, belum ada yang diterapkan: akan ditahan 1. Periksa lalu klik Terapkan.")
    assert highlighted(import_table(page)) == [bundle.name]
    # The preview wrote no ledger line, kept no copy, applied nothing.
    with hub.read() as session:
        assert session.scalars(select(SyncBundle)).all() == []
    assert not (hub.data_dir.root / "held").exists()
    assert staff_at(hub) == []

    apply(qtbot, page)
    assert column(page, "Hasil") == ["ditahan"]
    assert child(page, QLabel, "importSummary").text() == "Selesai diimpor: ditahan 1."
    assert not child(page, QPushButton, "applyImport").isEnabled()  # applied once
    assert len(list((hub.data_dir.root / "held").glob("*.pantau"))) == 1
    assert staff_at(hub) == []
    save_shot(window, shots, "sync-hub-held", share=True)


def test_dry_run_writes_nothing_then_apply_imports_with_progress(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, approved: None, usb: Path, shots: Path) -> None:
    add_people(office, head, "Baru", 2)
    _office_window, office_page = open_sync(qtbot, make_window, office, head)
    bundle = export_with_page(qtbot, office_page, usb)
    assert bundle.name.endswith("-0000002-0000003.pantau")
    window, page = open_sync(qtbot, make_window, hub, admin)
    ledger = window.pages["buku_sinkronisasi"]
    ledger_lines = ledger.bundles_model.rowCount()
    before = database(hub)

    preview_folder(qtbot, page, usb)
    assert table_rows(import_table(page)) == [
        [bundle.name, OFFICE_NAME, "2–3", "akan diterapkan", "2", "0", "0", ""]]
    assert highlighted(import_table(page)) == []
    assert database(hub) == before  # a dry run writes nothing at all
    assert child(page, QPushButton, "applyImport").isEnabled()
    save_shot(window, shots, "sync-hub-preview", share=True)

    apply(qtbot, page)
    assert table_rows(import_table(page)) == [
        [bundle.name, OFFICE_NAME, "2–3", "diterapkan", "2", "0", "0", ""]]
    assert child(page, QLabel, "importSummary").text() == "Selesai diimpor: diterapkan 1."
    assert rows(hub, Staff, OFFICE_CODE) == rows(office, Staff, OFFICE_CODE)
    assert staff_at(hub) == ["Baru 0", "Baru 1"]
    # state.changed("sync") refreshed the ledger page without being opened.
    assert ledger.bundles_model.rowCount() == ledger_lines + 1
    # File names are elided in the middle and reasons wrap (both whole in the tooltip);
    # every other column is readable in full.
    assert set(cut_short_columns(import_table(page))) <= {"Berkas", "Alasan"}
    save_shot(window, shots, "sync-hub-applied", share=True)

    # Importing the same folder again: already there, nothing changes.
    preview_folder(qtbot, page, usb)
    assert column(page, "Hasil") == ["sudah ada"]


def test_dry_run_of_a_bundle_from_an_unknown_device_writes_nothing(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, usb: Path) -> None:
    export_bundle(office, head, usb)
    _window, page = open_sync(qtbot, make_window, hub, admin)
    before = database(hub)
    preview_folder(qtbot, page, usb)
    assert column(page, "Hasil") == ["akan ditahan"]
    assert database(hub) == before


def test_bundles_in_any_order_a_gap_is_held_then_released(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        hub: AppContext, admin: Actor, approved: None, usb: Path, shots: Path) -> None:
    add_people(office, head, "Dua", 2)
    first = export_bundle(office, head, usb).path
    assert first is not None
    with office.raw_write() as session:
        session.get(SyncAck, office.device.id).seq = 3  # type: ignore[union-attr]
    add_people(office, head, "Tiga", 1)
    second = export_bundle(office, head, usb).path
    assert second is not None and second.name.endswith("-0000004-0000004.pantau")

    window, page = open_sync(qtbot, make_window, hub, admin)
    preview_files(qtbot, page, [second, first])  # the later bundle first
    assert child(page, QLabel, "importSource").text() == "2 berkas dipilih"
    # The preview now shows what the real import will do: the first fills the gap.
    assert column(page, "Hasil") == ["akan ditahan", "akan diterapkan", "akan diterapkan"]
    assert column(page, "Alasan")[0].startswith("Celah: kota memegang sampai seq 1")

    apply(qtbot, page)
    assert column(page, "Berkas") == [second.name, first.name, f"↳\u00a0{second.name}"]
    assert column(page, "Hasil") == ["ditahan", "diterapkan", "diterapkan"]
    assert column(page, "Alasan")[2] == "dilepas dari tahanan"
    assert column(page, "Baru") == ["0", "2", "1"]
    assert child(page, QLabel, "importSummary").text() == (
        "Selesai diimpor: diterapkan 2, ditahan 1.")
    assert staff_at(hub) == ["Dua 0", "Dua 1", "Tiga 0"]
    assert not list((hub.data_dir.root / "held").glob("*.pantau"))
    save_shot(window, shots, "sync-hub-released", share=True)


def test_a_corrupt_file_is_refused_with_its_reason(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        usb: Path, shots: Path) -> None:
    corrupt = usb / "x.pantau"
    corrupt.write_bytes(os.urandom(4096))
    window, page = open_sync(qtbot, make_window, hub, admin)
    before = database(hub)
    preview_files(qtbot, page, [corrupt])
    [[name, office, seq, result, *_counts, reason]] = table_rows(import_table(page))
    assert (name, office, seq, result) == ("x.pantau", "", "", "ditolak")
    assert reason.startswith("x.pantau bukan bundle Pantau yang utuh")
    assert highlighted(import_table(page)) == ["x.pantau"]
    assert database(hub) == before

    apply(qtbot, page)
    assert column(page, "Hasil") == ["ditolak"]
    assert child(page, QLabel, "importSummary").text() == "Selesai diimpor: ditolak 1."
    with hub.read() as session:
        [line] = session.scalars(select(SyncBundle)).all()
    assert (line.file_name, line.result, line.imported_by) == ("x.pantau", "refused", "admin")
    assert line.reason == reason
    save_shot(window, shots, "sync-hub-refused", share=True)


def test_an_empty_folder_says_so(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        usb: Path) -> None:
    _window, page = open_sync(qtbot, make_window, hub, admin)
    preview_folder(qtbot, page, usb)
    assert table_rows(import_table(page)) == []
    assert child(page, QLabel, "importSummary").text() == "Tidak ada berkas .pantau di sini."
    assert not child(page, QPushButton, "applyImport").isEnabled()


# --- kecamatan: exports its own, imports its kelurahan ------------------------------------

@pytest.fixture
def kecamatan(tmp_path: Path, clock: FakeClock) -> Any:
    ctx = open_office(tmp_path / "kecamatan", clock, Mode.OFFICE, "15.71.01")
    yield ctx
    ctx.close()


def test_kecamatan_office_exports_and_imports_its_kelurahan(
        qtbot, make_window: MakeWindow, kecamatan: AppContext,  # type: ignore[no-untyped-def]
        office: AppContext, head: Actor, usb: Path, shots: Path) -> None:
    add_people(office, head, "Pegawai", 1)
    bundle = export_bundle(office, head, usb).path
    assert bundle is not None
    camat = authenticate(kecamatan, "lurah", PASSWORD)
    window, page = open_sync(qtbot, make_window, kecamatan, camat)
    assert child(page, QGroupBox, "exportBox").isVisible()
    assert child(page, QGroupBox, "importBox").title() == (
        "Impor bundle kelurahan di Kecamatan Telanaipura")
    preview_folder(qtbot, page, usb)
    assert column(page, "Kantor") == [OFFICE_NAME]
    assert column(page, "Hasil") == ["akan ditahan"]
    apply(qtbot, page)
    assert column(page, "Hasil") == ["ditahan"]
    save_shot(window, shots, "sync-kecamatan", share=True)
