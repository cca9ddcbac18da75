"""Sidak at the city hub: the visits of every inspector with their cross-check result, the
follow-up of each finding, and the discrepancies with the offices' own records, exported.

The hub holds three sidak, all sent in real bundles:
- A, Tue 24-11 08.05 at Simpang IV Sipin: open, everyone there, as the office logged
  (sesuai); its finding was due that same day, so it is late now;
- B, Wed 25-11 08.05 at Simpang IV Sipin: closed and Ani absent, while the office logged
  "buka 07.30" and Ani H from 07.25 (two discrepancies); one open finding, one photo;
- C, Wed 25-11 12.10 at Pasir Putih (Jambi Selatan): opened while waiting; that office
  never sent anything (menunggu data kantor).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
)
from sqlalchemy import func, select

from core.attachments import prepare_photo
from core.context import AppContext
from core.roles import Actor
from core.services.attendance import record_attendance
from core.services.service_hours import open_office
from core.services.sidak import FindingInput, StaffFound, add_photo, finish, save_visit, sign
from core.services.staff import list_staff
from core.sync.export import export_bundle
from db.models import SidakFollowUp, SidakVisit
from desktop.dialogs.sidak_detail import LATE_COLOR, SidakDetailDialog
from desktop.main_window import MainWindow
from desktop.pages.sidak_city import FollowUpDialog, SidakCityPage
from tests.conftest import OFFICE_CODE
from tests.desktop.ui import (
    ModalDriver,
    child,
    click,
    click_row,
    click_tab,
    dialog_button,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)
from tests.sidak.conftest import Field, basic_form, photo_file
from tests.sidak.test_crosscheck import _deliver

MakeWindow = Callable[[AppContext, Actor], MainWindow]
DAY_A, DAY_B = date(2026, 11, 24), date(2026, 11, 25)
OTHER_OFFICE = "15.71.02.1002"  # Kelurahan Pasir Putih, Kecamatan Jambi Selatan
SIMPANG = "Kelurahan Simpang IV Sipin"
PASIR_PUTIH = "Kelurahan Pasir Putih"
FINDING_A = "Jadwal layanan tidak dipasang di depan kantor"
FINDING_B = "Kantor belum buka pukul 08.05"


def _at(sites: Field, day: date, hour: int, minute: int) -> None:
    sites.clock.now = datetime(day.year, day.month, day.day, hour - 7, minute, tzinfo=UTC)


def _office_day(sites: Field, day: date, roll_call: dict[str, tuple[str, str | None]]) -> None:
    """The office opens at 07.30 and types in its roll call at noon."""
    _at(sites, day, 7, 30)
    with sites.office.write(sites.head) as uow:
        open_office(uow)
    _at(sites, day, 12, 0)
    with sites.office.read() as session:
        staff = {s.name: s.id for s in list_staff(session, OFFICE_CODE)}
    with sites.office.write(sites.head) as uow:
        for name, (status, check_in) in roll_call.items():
            record_attendance(uow, day, staff[name], status, check_in)


def _roster(sites: Field, day: date, **statuses: str) -> list[StaffFound]:
    staff = sites.roster(day)
    for member in staff:
        member.status = statuses.get(member.name, member.status)
    return staff


def _png() -> bytes:
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line((10, 80, 290, 20), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _sidak(sites: Field, day: date, hour: int, minute: int, **changes: object) -> str:
    _at(sites, day, hour, minute)
    changes.setdefault("arrival", f"{hour:02d}.{minute:02d}")
    form = basic_form(sites, day=day, **changes)
    with sites.inspector.write(sites.pemeriksa) as uow:
        return save_visit(uow, form)


def three_sidak(sites: Field, tmp_path: Path) -> None:
    """Sidak A, B and C (see the module's docstring), delivered to the hub at 16.30 on 25-11."""
    _office_day(sites, DAY_A, {"Ani Lestari": ("H", "07.20"), "Budi Santoso": ("H", "07.26"),
                               "Citra Dewi": ("H", "07.28")})
    form_a = dict(found="buka", staff=_roster(sites, DAY_A), desk_staffed=True,
                  received_by="Budi Santoso",
                  findings=[FindingInput(FINDING_A, "Pasang jadwal layanan", DAY_A)])
    visit_a = _sidak(sites, DAY_A, 8, 5, **form_a)
    with sites.inspector.write(sites.pemeriksa) as uow:
        for signer in ("ttd_pemeriksa", "ttd_kantor"):
            sign(uow, visit_a, signer, _png())
        finish(uow, visit_a)
        save_visit(uow, basic_form(sites, day=DAY_A, arrival="08.05",
                                   notes="Pelayanan berjalan tertib", **form_a),  # type: ignore[arg-type]
                   visit_a, reason="Catatan tertinggal")

    _office_day(sites, DAY_B, {"Ani Lestari": ("H", "07.25"), "Budi Santoso": ("H", "07.28"),
                               "Citra Dewi": ("S", None)})
    visit_b = _sidak(sites, DAY_B, 8, 5, found="tutup",
                     staff=_roster(sites, DAY_B, **{"Ani Lestari": "tk",
                                                    "Citra Dewi": "sakit"}))
    with sites.inspector.write(sites.pemeriksa) as uow:
        add_photo(uow, visit_b, prepare_photo(photo_file(tmp_path / "pintu.jpg", (800, 600),
                                                         "steelblue")), "Pintu kantor tertutup")
    _sidak(sites, DAY_B, 12, 22, visited_office=OTHER_OFFICE, arrival="12.10", found="dibuka",
           opened="12.20", staff=[], findings=[])
    _at(sites, DAY_B, 16, 30)
    bundles = [export_bundle(sites.office, sites.head, sites.usb).path,
               export_bundle(sites.inspector, sites.pemeriksa, sites.usb).path]
    _deliver(sites, [b for b in bundles if b is not None])


@pytest.fixture
def hub(field: Field, tmp_path: Path) -> Field:
    three_sidak(field, tmp_path)
    return field


def open_page(qtbot, make_window: MakeWindow, hub: Field  # type: ignore[no-untyped-def]
              ) -> tuple[MainWindow, SidakCityPage]:
    window = make_window(hub.hub, hub.admin)
    page = goto(qtbot, window, "Sidak")
    assert isinstance(page, SidakCityPage)
    return window, page


def tab(qtbot, page: SidakCityPage, title: str):  # type: ignore[no-untyped-def]
    return click_tab(qtbot, child(page, QTabWidget, "sidakTabs"), title)


def colors(table: QTableView, title: str) -> list[QColor | None]:
    """The text colour of each cell under `title` (None: the usual colour)."""
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(title)
    return [model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            for row in range(model.rowCount())]


def pick(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Move a combo box to `text` with the arrow keys (typing the names of two choices one
    after the other would add up to one search)."""
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert text in texts, (text, texts)
    steps = texts.index(text) - combo.currentIndex()
    combo.setFocus()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentText() == text


def cell(table: QTableView, row_text: str, title: str, column: int = 0) -> str:
    texts = [row[column] for row in table_rows(table)]
    assert row_text in texts, (row_text, texts)
    return table_column(table, title)[texts.index(row_text)]


# --- Kunjungan ---------------------------------------------------------------------------

def test_each_sidak_is_listed_with_its_cross_check_against_the_office_records(
        qtbot, make_window: MakeWindow, hub: Field, shots: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_page(qtbot, make_window, hub)
    visits = tab(qtbot, page, "Kunjungan")
    table = child(visits, QTableView, "visitsTable")
    assert table_column(table, "Tanggal") == ["25-11-2026", "25-11-2026", "24-11-2026"]
    assert table_column(table, "Kantor") == [PASIR_PUTIH, SIMPANG, SIMPANG]
    assert table_column(table, "Kecamatan") == ["Jambi Selatan", "Telanaipura", "Telanaipura"]
    assert table_column(table, "Tiba") == ["12.10", "08.05", "08.05"]
    assert table_column(table, "Keadaan") == ["dibuka saat menunggu", "tutup", "buka"]
    # B and C are drafts: not signed by both yet, so not evidence, and said so.
    assert table_column(table, "Cek silang") == [
        "draf, belum ditandatangani · menunggu data kantor",
        "draf, belum ditandatangani · 2 ketidaksesuaian", "sesuai"]
    assert table_column(table, "Tidak hadir") == ["0/0", "2/3", "0/3"]
    assert table_column(table, "Temuan (terbuka)") == ["0 (0)", "1 (1)", "1 (1)"]
    assert table_column(table, "Status") == ["draf", "draf", "selesai, dikoreksi"]
    assert table_column(table, "Pemeriksa") == ["Rudi Hartono"] * 3
    assert child(visits, QLabel, "visitsCount").text() == "3 sidak"
    # A contradicted sidak says so in red once it is signed; a draft is not evidence yet.
    assert colors(table, "Cek silang") == [None, None, None]

    click_row(qtbot, table, "25-11-2026")  # the first: Pasir Putih
    assert "menunggu data kantor" in child(visits, QLabel, "selectedCheck").text()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    shown = child(visits, QLabel, "selectedCheck").text()
    assert shown.startswith("Draf, belum ditandatangani kedua pihak.")
    assert "2 ketidaksesuaian" in shown
    assert "buka pukul 07.30" in shown and "Ani Lestari" in shown
    save_shot(window, shots, "sidak-kota-kunjungan", share=True)


def test_a_draft_signed_later_arrives_as_a_contradicted_sidak_in_red(
        qtbot, make_window: MakeWindow, hub: Field) -> None:  # type: ignore[no-untyped-def]
    sign_b(hub)
    _window, page = open_page(qtbot, make_window, hub)
    table = child(tab(qtbot, page, "Kunjungan"), QTableView, "visitsTable")
    assert table_column(table, "Cek silang") == [
        "draf, belum ditandatangani · menunggu data kantor", "2 ketidaksesuaian", "sesuai"]
    assert colors(table, "Cek silang") == [None, LATE_COLOR, None]
    click_row(qtbot, table, "25-11-2026")
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert child(page, QLabel, "selectedCheck").text().startswith(
        "Cek silang sidak 002/BA-SIDAK/")


def test_filters_narrow_the_visits(qtbot, make_window: MakeWindow, hub: Field  # type: ignore[no-untyped-def]
                                   ) -> None:
    _window, page = open_page(qtbot, make_window, hub)
    visits = tab(qtbot, page, "Kunjungan")
    table = child(visits, QTableView, "visitsTable")

    def offices_and_found() -> list[tuple[str, str]]:
        return list(zip(table_column(table, "Kantor"), table_column(table, "Keadaan"),
                        strict=True))

    pick(qtbot, child(visits, QComboBox, "foundFilter"), "Tutup")
    assert offices_and_found() == [(SIMPANG, "tutup")]
    pick(qtbot, child(visits, QComboBox, "foundFilter"), "Semua")
    assert len(table_rows(table)) == 3

    kecamatan = child(page, QComboBox, "kecamatanFilter")
    pick(qtbot, kecamatan, "Jambi Selatan")
    assert offices_and_found() == [(PASIR_PUTIH, "dibuka saat menunggu")]
    pick(qtbot, kecamatan, "Telanaipura")
    assert offices_and_found() == [(SIMPANG, "tutup"), (SIMPANG, "buka")]
    pick(qtbot, kecamatan, "Semua")

    office = child(page, QLineEdit, "officeFilter")
    type_into(qtbot, office, "pasir")
    assert offices_and_found() == [(PASIR_PUTIH, "dibuka saat menunggu")]
    type_into(qtbot, office, OFFICE_CODE)
    assert len(table_rows(table)) == 2
    type_into(qtbot, office, "")

    click(qtbot, child(visits, QCheckBox, "openFindingsOnly"))
    assert offices_and_found() == [(SIMPANG, "tutup"), (SIMPANG, "buka")]
    click(qtbot, child(visits, QCheckBox, "openFindingsOnly"))

    start = child(page, QDateEdit, "periodStart")
    start.setFocus()
    start.setSelectedSection(QDateEdit.Section.MonthSection)
    for _ in range(3):  # 25-08 → 25-11, a month a key press
        qtbot.keyClick(start, Qt.Key.Key_Up)
    assert start.date().toPython() == DAY_B
    assert [row[0] for row in table_rows(table)] == ["25-11-2026", "25-11-2026"]
    assert child(visits, QLabel, "visitsCount").text() == "2 sidak"


# --- Tindak lanjut -----------------------------------------------------------------------

def _fill_followup(qtbot, note: str, then: str = "Simpan"  # type: ignore[no-untyped-def]
                   ) -> Callable[[FollowUpDialog], None]:
    def handle(dialog: FollowUpDialog) -> None:
        text = child(dialog, QPlainTextEdit, "followupNote")
        text.selectAll()
        qtbot.keyClick(text, Qt.Key.Key_Delete)
        qtbot.keyClicks(text, note)
        click(qtbot, dialog_button(dialog, then))

    return handle


def test_a_followup_recorded_makes_the_finding_done_and_reopening_opens_it_again(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    _window, page = open_page(qtbot, make_window, hub)
    followup = tab(qtbot, page, "Tindak lanjut")
    table = child(followup, QTableView, "findingsTable")
    _click_finding(qtbot, table, FINDING_B)
    assert not child(followup, QPushButton, "reopenFinding").isEnabled()

    def record(dialog: FollowUpDialog) -> None:
        assert child(dialog, QLabel, "followupFinding").text() == FINDING_B
        save_shot(dialog, shots, "sidak-kota-catat-tindak-lanjut", share=True)
        _fill_followup(qtbot, "Jam buka diumumkan dan ditegur lurah")(dialog)

    modals.expect(FollowUpDialog, record)
    click(qtbot, child(followup, QPushButton, "recordFollowup"))
    modals.check()
    assert _finding_cells(table, FINDING_B) == {
        "Status": "selesai", "Selesai tanggal": "25-11-2026",
        "Catatan": "Jam buka diumumkan dan ditegur lurah"}
    assert "1 selesai" in child(followup, QLabel, "findingsCount").text()
    visits = child(page, QTableView, "visitsTable")
    assert table_column(visits, "Temuan (terbuka)")[1] == "1 (0)"

    assert child(followup, QPushButton, "reopenFinding").isEnabled()  # still selected
    modals.expect(FollowUpDialog, _fill_followup(qtbot, "Pintu masih tutup saat dicek ulang"))
    click(qtbot, child(followup, QPushButton, "reopenFinding"))
    modals.check()
    assert _finding_cells(table, FINDING_B) == {
        "Status": "terbuka", "Selesai tanggal": "",
        "Catatan": "Pintu masih tutup saat dicek ulang"}
    with hub.hub.read() as session:  # each change a new revision of one follow-up row
        assert session.scalar(select(func.count()).select_from(SidakFollowUp)) == 1
        assert session.scalar(select(SidakFollowUp.rev)) == 2


def _click_finding(qtbot, table: QTableView, finding: str) -> None:  # type: ignore[no-untyped-def]
    column = table_column(table, "Temuan")
    assert finding in column, column
    index = table.model().index(column.index(finding), 2)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())


def _finding_cells(table: QTableView, finding: str) -> dict[str, str]:
    row = table_column(table, "Temuan").index(finding)
    return {title: table_column(table, title)[row]
            for title in ("Status", "Selesai tanggal", "Catatan")}


def test_a_followup_without_a_note_shows_why_and_changes_nothing(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    _window, page = open_page(qtbot, make_window, hub)
    followup = tab(qtbot, page, "Tindak lanjut")
    table = child(followup, QTableView, "findingsTable")
    _click_finding(qtbot, table, FINDING_B)

    def empty_note(dialog: FollowUpDialog) -> None:
        click(qtbot, dialog_button(dialog, "Simpan"))
        error = child(dialog, QLabel, "formError")
        assert dialog.isVisible() and error.isVisible()
        assert error.text() == "Tulis apa yang sudah dilakukan (minimal 5 huruf)."
        save_shot(dialog, shots, "sidak-kota-tindak-lanjut-kosong", share=True)
        click(qtbot, dialog_button(dialog, "Batal"))

    modals.expect(FollowUpDialog, empty_note)
    click(qtbot, child(followup, QPushButton, "recordFollowup"))
    modals.check()
    assert _finding_cells(table, FINDING_B)["Status"] == "terbuka"
    with hub.hub.read() as session:
        assert session.scalar(select(func.count()).select_from(SidakFollowUp)) == 0


def test_a_finding_past_its_deadline_is_late_in_red_and_done_late_once_followed_up(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window, page = open_page(qtbot, make_window, hub)
    followup = tab(qtbot, page, "Tindak lanjut")
    table = child(followup, QTableView, "findingsTable")
    assert table_column(table, "Temuan") == [FINDING_A, FINDING_B]  # by deadline
    assert table_column(table, "Batas") == ["24-11-2026", "05-12-2026"]
    assert table_column(table, "Status") == ["terlambat", "terbuka"]
    assert colors(table, "Status") == [LATE_COLOR, None]
    assert colors(table, "Batas") == [LATE_COLOR, None]
    assert child(followup, QLabel, "findingsCount").text() == (
        "2 temuan: 1 terbuka, 1 terlambat, 0 selesai, 0 selesai terlambat")
    save_shot(window, shots, "sidak-kota-tindak-lanjut", share=True)

    pick(qtbot, child(followup, QComboBox, "findingStateFilter"), "terlambat")
    assert table_column(table, "Temuan") == [FINDING_A]
    _click_finding(qtbot, table, FINDING_A)
    modals.expect(FollowUpDialog, _fill_followup(qtbot, "Jadwal sudah dipasang"))
    click(qtbot, child(followup, QPushButton, "recordFollowup"))
    modals.check()
    assert table_rows(table) == []  # no longer late
    pick(qtbot, child(followup, QComboBox, "findingStateFilter"), "selesai terlambat")
    assert _finding_cells(table, FINDING_A)["Status"] == "selesai terlambat"


# --- Cek silang --------------------------------------------------------------------------

def _save_as(path: Path) -> Callable[[QFileDialog], None]:
    def handle(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return handle


def sign_b(hub: Field) -> None:
    """Sidak B signed by both and finished on the laptop at 17.00, and sent to the hub."""
    with hub.inspector.read() as session:
        visit_b = session.scalar(select(SidakVisit.id).where(
            SidakVisit.day == DAY_B, SidakVisit.visited_office == OFFICE_CODE))
    assert visit_b is not None
    _at(hub, DAY_B, 17, 0)
    with hub.inspector.write(hub.pemeriksa) as uow:
        for signer in ("ttd_pemeriksa", "ttd_kantor"):
            sign(uow, visit_b, signer, _png())
        finish(uow, visit_b)
    bundle = export_bundle(hub.inspector, hub.pemeriksa, hub.usb).path
    assert bundle is not None
    _deliver(hub, [bundle])


def test_a_drafts_discrepancies_are_not_listed_until_it_is_signed(
        qtbot, make_window: MakeWindow, hub: Field) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_page(qtbot, make_window, hub)
    check = tab(qtbot, page, "Cek silang")
    assert table_rows(child(check, QTableView, "discrepancyTable")) == []
    assert child(check, QLabel, "checkSummary").text() == (
        "1 sidak: 1 sesuai, 0 tidak sesuai, 0 menunggu data kantor; 0 ketidaksesuaian. "
        "2 draf belum ditandatangani, belum dihitung.")
    assert not child(check, QPushButton, "exportXlsx").isEnabled()


def test_discrepancies_are_listed_and_exported_to_excel_and_csv(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path, tmp_path: Path) -> None:
    sign_b(hub)
    window, page = open_page(qtbot, make_window, hub)
    check = tab(qtbot, page, "Cek silang")
    table = child(check, QTableView, "discrepancyTable")
    assert child(check, QLabel, "checkSummary").text() == (
        "2 sidak: 1 sesuai, 1 tidak sesuai, 0 menunggu data kantor; 2 ketidaksesuaian. "
        "1 draf belum ditandatangani, belum dihitung.")
    assert sorted(table_column(table, "Hal")) == ["Ani Lestari", "Jam layanan"]
    assert set(table_column(table, "Kantor")) == {SIMPANG}
    assert cell(table, "Jam layanan", "Catatan kantor", column=4).startswith("buka 07.30")
    assert cell(table, "Ani Lestari", "Temuan sidak", column=4) == "Tanpa keterangan"
    save_shot(window, shots, "sidak-kota-cek-silang", share=True)

    workbook = tmp_path / "keluar" / "cek-silang.xlsx"
    workbook.parent.mkdir()
    modals.expect(QFileDialog, _save_as(workbook))
    click(qtbot, child(check, QPushButton, "exportXlsx"))
    modals.check()
    sheet = load_workbook(workbook).active
    assert sheet is not None
    lines = list(sheet.iter_rows(min_row=3, values_only=True))
    assert lines[0][:2] == ("Tanggal", "Nomor sidak")
    assert [(line[3], line[6]) for line in lines[1:]] == list(zip(
        ["Simpang IV Sipin"] * 2, table_column(table, "Hal"), strict=True))
    assert "2 baris" in child(check, QLabel, "exportResult").text()

    # The office filter shows one office's discrepancies; the CSV holds what is shown.
    type_into(qtbot, child(page, QLineEdit, "officeFilter"), "pasir")
    assert table_rows(table) == []
    assert not child(check, QPushButton, "exportCsv").isEnabled()
    type_into(qtbot, child(page, QLineEdit, "officeFilter"), "simpang")
    sheet_csv = tmp_path / "keluar" / "cek-silang"  # the extension is added
    modals.expect(QFileDialog, _save_as(sheet_csv))
    click(qtbot, child(check, QPushButton, "exportCsv"))
    modals.check()
    written = sheet_csv.with_name("cek-silang.csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Tanggal", "Nomor sidak", "Kode kantor", "Kantor"]
    assert sorted(row[6] for row in rows[1:]) == ["Ani Lestari", "Jam layanan"]
    assert {row[0] for row in rows[1:]} == {"25-11-2026"}


# --- the detail dialog -------------------------------------------------------------------

def test_a_sidak_opens_read_only_with_staff_findings_photos_and_its_discrepancies(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    _window, page = open_page(qtbot, make_window, hub)
    visits = tab(qtbot, page, "Kunjungan")
    table = child(visits, QTableView, "visitsTable")

    def look(dialog: SidakDetailDialog) -> None:
        tabs = child(dialog, QTabWidget, "detailTabs")
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Ringkasan", "Pegawai (3)", "Daftar periksa", "Temuan (1)", "Foto (1)",
            "Koreksi (0)", "Cek silang (2)"]
        assert child(dialog, QLabel, "detail_found").text() == "tutup"
        assert child(dialog, QLabel, "detail_check").text().startswith(
            "draf, belum ditandatangani: 2 ketidaksesuaian dengan catatan kantor")
        assert child(dialog, QLabel, "detail_staff").text() == (
            "1 hadir, 2 tidak hadir dari 3")
        save_shot(dialog, shots, "sidak-kota-detail-ringkasan", share=True)
        staff = child(click_tab(qtbot, tabs, "Pegawai (3)"), QTableView, "detailStaff")
        assert dict(zip(table_column(staff, "Nama"), table_column(staff, "Status"),
                        strict=True)) == {"Ani Lestari": "Tanpa keterangan",
                                          "Budi Santoso": "Hadir", "Citra Dewi": "Sakit"}
        findings = child(click_tab(qtbot, tabs, "Temuan (1)"), QTableView, "detailFindings")
        assert table_column(findings, "Temuan") == [FINDING_B]
        assert table_column(findings, "Tindak lanjut") == ["terbuka"]
        photos = click_tab(qtbot, tabs, "Foto (1)")
        picture = child(photos, QLabel, "photo_0")
        assert not picture.pixmap().isNull() and picture.pixmap().width() == 180
        save_shot(dialog, shots, "sidak-kota-detail-foto", share=True)
        found = child(click_tab(qtbot, tabs, "Cek silang (2)"), QTableView,
                      "detailDiscrepancies")
        assert sorted(table_column(found, "Hal")) == ["Ani Lestari", "Jam layanan"]
        save_shot(dialog, shots, "sidak-kota-detail-cek-silang", share=True)
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(SidakDetailDialog, look)
    click_row(qtbot, table, "25-11-2026")
    qtbot.keyClick(table, Qt.Key.Key_Down)  # sidak B
    click(qtbot, child(visits, QPushButton, "viewVisit"))
    modals.check()

    def amended(dialog: SidakDetailDialog) -> None:
        tabs = child(dialog, QTabWidget, "detailTabs")
        assert "Koreksi (1)" in [tabs.tabText(i) for i in range(tabs.count())]
        assert child(dialog, QLabel, "detail_check").text() == (
            "sesuai dengan catatan jam layanan dan absensi kantor")
        assert child(dialog, QLabel, "detail_signed").text() == (
            "pemeriksa, perwakilan kantor")
        changes = child(click_tab(qtbot, tabs, "Koreksi (1)"), QTableView,
                        "detailAmendments")
        assert table_column(changes, "Perihal") == ["Catatan"]
        assert table_column(changes, "Alasan") == ["Catatan tertinggal"]
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(SidakDetailDialog, amended)
    click_row(qtbot, table, "24-11-2026", double=True)
    modals.check()


def test_the_berita_acara_is_printed_from_the_detail(
        qtbot, make_window: MakeWindow, hub: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    pytest.importorskip("core.reports.sidak")
    pypdf = pytest.importorskip("pypdf")
    _window, page = open_page(qtbot, make_window, hub)
    table = child(tab(qtbot, page, "Kunjungan"), QTableView, "visitsTable")
    pdf = tmp_path / "berita-acara.pdf"

    names: list[str] = []

    def choose_pdf_path(suggested: str) -> Path | None:
        names.append(suggested)
        return pdf

    def print_it(dialog: SidakDetailDialog) -> None:
        # A file dialog opened from within a handled dialog is out of the driver's reach.
        dialog.choose_pdf_path = choose_pdf_path  # type: ignore[method-assign]
        click(qtbot, child(dialog, QPushButton, "printBeritaAcara"))
        result = child(dialog, QLabel, "printResult")
        qtbot.waitUntil(lambda: "disimpan" in result.text(), timeout=20_000)
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(SidakDetailDialog, print_it)
    click_row(qtbot, table, "24-11-2026", double=True)
    modals.check()
    number = table_column(table, "Nomor")[2]
    assert names == [f"berita-acara-sidak-{number.replace('/', '-')}.pdf"]
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Simpang IV Sipin" in text and number in text
