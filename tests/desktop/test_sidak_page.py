"""Sidak on the inspector's laptop, used as the inspector does: the form filled in tab by
tab, photos from files, both signatures drawn with the mouse, finished and printed; the
rules the form enforces; and a correction after the berita acara was signed.

The form is a dialog the page opens with `exec()`. The tests open it the same way once
(a click on Sidak baru, a double click on a visit); to drive the dialogs it opens in turn
(the finish confirmation, the reason of a correction) they show the page's own dialog
without a nested event loop."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from core.context import AppContext, UnitOfWork
from core.roles import Actor
from core.services.sidak import finish, list_visits, save_visit, sign, visit_detail
from desktop.dialogs.service_hours import ReasonDialog
from desktop.dialogs.sidak import SidakDialog
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.sidak import SidakPage
from desktop.widgets.signature import SignaturePad
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
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

MakeWindow = Callable[[AppContext, Actor], MainWindow]
SIMPANG = "Kelurahan Simpang IV Sipin (15.71.01.1001)"
COLUMNS = ["Tanggal", "Nomor", "Kantor", "Jam tiba", "Keadaan", "Tidak hadir", "Temuan",
           "Status", "Koreksi"]


@pytest.fixture
def window(make_window: MakeWindow, field: Field) -> MainWindow:
    window = make_window(field.inspector, field.pemeriksa)
    window.resize(1366, 740)  # a laptop screen, less the taskbar
    return window


@pytest.fixture
def page(qtbot, window: MainWindow) -> SidakPage:  # type: ignore[no-untyped-def]
    opened = goto(qtbot, window, "Sidak")
    assert isinstance(opened, SidakPage)
    return opened


def show_form(qtbot, page: SidakPage, visit_id: str | None = None) -> SidakDialog:  # type: ignore[no-untyped-def]
    dialog = page.make_dialog(visit_id)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visits(field: Field) -> list[str]:
    with field.inspector.read() as session:
        return [row.number for row in list_visits(session)]


def error_text(dialog: SidakDialog) -> str:
    label = child(dialog, QLabel, "visitError")
    return label.text() if label.isVisible() else ""


def current_tab(dialog: SidakDialog) -> str:
    tabs = child(dialog, QTabWidget, "sidakTabs")
    return tabs.tabText(tabs.currentIndex()).replace("&&", "&")


def staff_row(dialog: SidakDialog, name: str) -> int:
    table = child(dialog, QTableWidget, "staffTable")
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert name in names, names
    return names.index(name)


def choose_office(qtbot, dialog: SidakDialog, typed: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, child(dialog, QLineEdit, "officeSearch"), typed)
    offices = child(dialog, QListWidget, "officeList")
    assert [offices.item(i).text() for i in range(offices.count())] == [SIMPANG]
    assert child(dialog, QLabel, "officeChosen").text() == f"<b>{SIMPANG}</b>"


def sign_pad(qtbot, pad: SignaturePad, wave: int) -> None:  # type: ignore[no-untyped-def]
    """A stroke drawn with the mouse button held down."""
    assert pad.is_empty()
    points = [QPoint(30 + 20 * i, 90 - (wave * i * 7) % 50) for i in range(15)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])
    assert not pad.is_empty()


def yes(qtbot) -> Callable[[QMessageBox], None]:  # type: ignore[no-untyped-def]
    return lambda box: click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def finished_visit(page: SidakPage, field: Field) -> str:
    """A sidak signed and finished through the services (at 08.05 WIB)."""
    from tests.sidak.test_sidak_service import _png

    def record(uow: UnitOfWork) -> str:
        visit_id = save_visit(uow, basic_form(field, received_by="Sekretaris Lurah"))
        sign(uow, visit_id, "ttd_pemeriksa", _png())
        sign(uow, visit_id, "ttd_kantor", _png())
        finish(uow, visit_id)
        return visit_id

    return page.state.write("sidak", record)


def test_a_whole_sidak_filled_signed_finished_and_printed(
        qtbot, page: SidakPage, field: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        tmp_path: Path, shots: Path) -> None:
    dialog = show_form(qtbot, page)
    assert dialog.windowTitle() == "Sidak baru"
    assert child(dialog, QLineEdit, "inspectorName").text() == "Rudi Hartono"
    assert child(dialog, QLineEdit, "inspectorNip").text() == "198503122010011003"
    assert child(dialog, QLineEdit, "arrival").text() == "08.05"
    assert child(dialog, QDateEdit, "day").date() == QDate(2026, 11, 25)
    assert not child(dialog, QLineEdit, "arrivalReason").isEnabled()  # arrival is now

    # Kantor & kedatangan: the office by part of its name; it opened while they waited.
    choose_office(qtbot, dialog, "simpang iv")
    click(qtbot, child(dialog, QRadioButton, "found_dibuka"))
    type_into(qtbot, child(dialog, QLineEdit, "opened"), "08.12")
    type_into(qtbot, child(dialog, QLineEdit, "receivedBy"), "Hendra Gunawan")
    type_into(qtbot, child(dialog, QLineEdit, "receivedPosition"), "Sekretaris Lurah")
    residents = child(dialog, QSpinBox, "residentsWaiting")
    residents.setFocus()
    residents.selectAll()
    qtbot.keyClicks(residents, "4")
    assert residents.value() == 4
    type_into(qtbot, child(dialog, QLineEdit, "team"), "Sari Wulandari")
    save_shot(dialog, shots, "sidak-form-office", share=True)

    # Pegawai: the roster came with the office; Budi is absent without word, Ani on duty.
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Pegawai")
    assert child(dialog, QLabel, "staffSummary").text() == "3 pegawai: 3 hadir, 0 tidak hadir"
    budi, ani = staff_row(dialog, "Budi Santoso"), staff_row(dialog, "Ani Lestari")
    choose(qtbot, child(dialog, QComboBox, f"staffStatus_{budi}"), "Tanpa keterangan")
    choose(qtbot, child(dialog, QComboBox, f"staffStatus_{ani}"), "Dinas luar (surat tugas)")
    assert child(dialog, QLabel, "staffSummary").text() == "3 pegawai: 1 hadir, 2 tidak hadir"
    # Dinas luar needs the letter: nothing is saved without it.
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog) == "Ani Lestari dinas luar: tulis nomor surat tugasnya."
    assert current_tab(dialog) == "Pegawai"
    assert visits(field) == []
    type_into(qtbot, child(dialog, QLineEdit, f"staffNote_{ani}"), "ST/12/2026")
    save_shot(dialog, shots, "sidak-form-staff", share=True)

    # Daftar periksa, one answer per standard.
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Daftar periksa")
    click(qtbot, child(dialog, QRadioButton, "check_maklumat_ya"))
    click(qtbot, child(dialog, QRadioButton, "check_tarif_tidak"))
    click(qtbot, child(dialog, QRadioButton, "check_antrean_ya"))
    save_shot(dialog, shots, "sidak-form-checklist", share=True)

    # Temuan with its recommendation and follow-up deadline.
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Temuan")
    click(qtbot, child(dialog, QPushButton, "addFinding"))
    type_into(qtbot, child(dialog, QLineEdit, "finding_0"), "Kantor belum buka pukul 08.05")
    type_into(qtbot, child(dialog, QLineEdit, "recommendation_0"),
              "Buka tepat 07.30 setiap hari kerja")
    click(qtbot, child(dialog, QCheckBox, "hasDeadline_0"))
    child(dialog, QDateEdit, "deadline_0").setDate(QDate(2026, 12, 5))  # from the calendar
    save_shot(dialog, shots, "sidak-form-findings", share=True)

    field.clock.advance(minutes=10)  # filling in took a while: 08.15
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog) == ""
    assert child(dialog, QLabel, "visitMessage").text() == "Tersimpan."
    [number] = visits(field)
    assert number.startswith("001/BA-SIDAK/15.71.OPD.001/")
    assert dialog.windowTitle() == f"Sidak {number}"
    assert "draf" in child(dialog, QLabel, "visitStatus").text()

    # Foto: a picture from a file, shown as a thumbnail.
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Foto")
    picture = photo_file(tmp_path / "depan-kantor.jpg")
    dialog.choose_photo_files = lambda: [picture]  # type: ignore[method-assign]
    click(qtbot, child(dialog, QPushButton, "addPhoto"))
    photos = child(dialog, QListWidget, "photoList")
    qtbot.waitUntil(lambda: photos.count() == 1)
    assert photos.item(0).text() == "depan-kantor.jpg"
    assert not photos.item(0).icon().isNull()
    assert child(dialog, QLabel, "photoCount").text().startswith("1 dari 12 foto")
    save_shot(dialog, shots, "sidak-form-photos", share=True)

    # Tanda tangan: both drawn with the mouse; the name under each pad is who signs.
    tabs = child(dialog, QTabWidget, "sidakTabs")
    click_tab(qtbot, tabs, "Tanda tangan")
    assert child(dialog, QLabel, "signerInspector").text() == "Rudi Hartono"
    assert child(dialog, QLabel, "signerOffice").text() == "Hendra Gunawan (Sekretaris Lurah)"
    click(qtbot, child(dialog, QPushButton, "finishVisit"))
    assert error_text(dialog) == "Belum ditandatangani: pemeriksa, perwakilan kantor."
    sign_pad(qtbot, child(dialog, SignaturePad, "padInspector"), 3)
    sign_pad(qtbot, child(dialog, SignaturePad, "padOffice"), 5)
    save_shot(dialog, shots, "sidak-form-signatures", share=True)
    modals.expect(QMessageBox, yes(qtbot))
    click(qtbot, child(dialog, QPushButton, "finishVisit"))
    modals.check()
    assert error_text(dialog) == ""
    assert "selesai dan terkunci" in child(dialog, QLabel, "visitStatus").text()
    assert not child(dialog, QPushButton, "finishVisit").isEnabled()
    assert not child(dialog, QPushButton, "clearInspector").isEnabled()

    with field.inspector.read() as session:
        detail = visit_detail(session, dialog.visit_id)
    assert (detail.status, detail.found_label, detail.arrival) == \
        ("final", "Dibuka saat pemeriksa menunggu pukul 08.12", "08.05")
    assert (detail.received_by, detail.received_position, detail.residents_waiting,
            detail.team) == ("Hendra Gunawan", "Sekretaris Lurah", 4, "Sari Wulandari")
    assert {s.name: (s.status, s.note) for s in detail.staff} == {
        "Ani Lestari": ("dl", "ST/12/2026"), "Budi Santoso": ("tk", ""),
        "Citra Dewi": ("hadir", "")}
    assert {i.key: i.answer for i in detail.checklist} == {
        "maklumat": "ya", "jam_layanan": "", "tarif": "tidak", "pengaduan": "",
        "antrean": "ya", "kebersihan": ""}
    assert [(f.finding, f.recommendation, f.deadline) for f in detail.findings] == [
        ("Kantor belum buka pukul 08.05", "Buka tepat 07.30 setiap hari kerja",
         date(2026, 12, 5))]
    assert [p.file_name for p in detail.photos] == ["depan-kantor.jpg"]
    assert set(detail.signatures) == {"ttd_pemeriksa", "ttd_kantor"}
    with Image.open(io.BytesIO(child(dialog, SignaturePad, "padOffice").to_png())) as png:
        assert png.format == "PNG" and png.size == (360, 140)
        assert png.convert("L").getextrema()[0] < 100  # ink on white paper
    click(qtbot, child(dialog, QPushButton, "closeVisit"))
    assert not dialog.isVisible()

    # The list, then the berita acara printed to a PDF and opened.
    table = child(page, QTableView, "visitsTable")
    assert table_rows(table) == [["25-11-2026", number, "Kelurahan Simpang IV Sipin", "08.05",
                                  "Dibuka saat menunggu", "2 dari 3", "1", "Selesai", ""]]
    save_shot(page.window(), shots, "sidak-page", share=True)
    click_row(qtbot, table, "25-11-2026")
    target = tmp_path / "cetak" / "ba.pdf"
    target.parent.mkdir()
    suggested: list[str] = []
    opened: list[Path] = []

    def choose_target(path: Path) -> Path:
        suggested.append(path.name)
        return target

    page.choose_pdf_target = choose_target  # type: ignore[method-assign]
    page.open_file = opened.append  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "printVisit"))
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert suggested == [f"berita-acara-{number.replace('/', '-')}.pdf"]
    assert opened == [target]
    assert target.read_bytes().startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert number in text.replace("\n", "")


def test_sidak_baru_and_a_double_click_open_the_form(
        qtbot, page: SidakPage, field: Field, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    table = child(page, QTableView, "visitsTable")
    assert [table.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(table.model().columnCount())] == COLUMNS
    assert table_rows(table) == []
    assert not child(page, QPushButton, "openVisit").isEnabled()
    assert not child(page, QPushButton, "printVisit").isEnabled()

    def close_new(dialog: SidakDialog) -> None:
        assert dialog.windowTitle() == "Sidak baru"
        click(qtbot, child(dialog, QPushButton, "closeVisit"))  # nothing typed: no question

    modals.expect(SidakDialog, close_new)
    click(qtbot, child(page, QPushButton, "newVisit"))
    modals.check()
    assert visits(field) == []

    page.state.write("sidak", save_visit, basic_form(field))
    [number] = visits(field)
    assert table_column(table, "Status") == ["Draf"]
    assert child(page, QLabel, "visitCount").text() == "1 sidak, 1 masih draf"

    def check_draft(dialog: SidakDialog) -> None:
        assert dialog.windowTitle() == f"Sidak {number}"
        assert child(dialog, QLabel, "officeChosen").text() == f"<b>{SIMPANG}</b>"
        assert child(dialog, QRadioButton, "found_tutup").isChecked()
        assert child(dialog, QPushButton, "finishVisit").isEnabled()
        click(qtbot, child(dialog, QPushButton, "closeVisit"))

    modals.expect(SidakDialog, check_draft)
    click_row(qtbot, table, "25-11-2026", double=True)
    modals.check()


def test_without_an_office_or_arrival_nothing_is_saved(
        qtbot, page: SidakPage, field: Field) -> None:  # type: ignore[no-untyped-def]
    dialog = show_form(qtbot, page)
    click(qtbot, child(dialog, QRadioButton, "found_buka"))
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog) == "Pilih kantor yang disidak."
    assert current_tab(dialog) == "Kantor & kedatangan"
    assert child(dialog, QLineEdit, "officeSearch").styleSheet() == INVALID_STYLE

    choose_office(qtbot, dialog, "simpang iv")
    type_into(qtbot, child(dialog, QLineEdit, "arrival"), "")
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog) == "Jam kedatangan wajib diisi (jam.menit, misalnya 08.05)."
    assert child(dialog, QLineEdit, "arrival").styleSheet() == INVALID_STYLE

    # An hour earlier than now needs a reason; the field opens for it.
    reason = child(dialog, QLineEdit, "arrivalReason")
    type_into(qtbot, child(dialog, QLineEdit, "arrival"), "07.00")
    assert reason.isEnabled()
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog).startswith("Jam kedatangan 07.00 berbeda dari jam sekarang (08.05)")
    assert reason.styleSheet() == INVALID_STYLE
    assert visits(field) == []

    type_into(qtbot, reason, "Dicatat setelah rapat di kecamatan")
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert error_text(dialog) == ""
    assert len(visits(field)) == 1


def test_a_photo_that_is_not_a_picture_or_too_large_is_refused_clearly(
        qtbot, page: SidakPage, field: Field, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = show_form(qtbot, page)
    choose_office(qtbot, dialog, "simpang iv")
    click(qtbot, child(dialog, QRadioButton, "found_buka"))
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Foto")
    text_file = tmp_path / "catatan.jpg"
    text_file.write_text("bukan foto, hanya catatan")
    huge = tmp_path / "besar.jpg"
    with huge.open("wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    photos = child(dialog, QListWidget, "photoList")

    dialog.choose_photo_files = lambda: [text_file]  # type: ignore[method-assign]
    click(qtbot, child(dialog, QPushButton, "addPhoto"))
    # The draft was saved first, so nothing typed is lost while a photo is added.
    assert len(visits(field)) == 1
    qtbot.waitUntil(lambda: error_text(dialog) != "")
    assert error_text(dialog) == "catatan.jpg bukan gambar yang dapat dibaca (JPEG atau PNG)."
    assert photos.count() == 0

    dialog.choose_photo_files = lambda: [huge]  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: child(dialog, QPushButton, "addPhoto").isEnabled())
    click(qtbot, child(dialog, QPushButton, "addPhoto"))
    qtbot.waitUntil(lambda: "besar.jpg" in error_text(dialog))
    assert error_text(dialog) == ("Foto besar.jpg terlalu besar (200 MB; batas 25 MB). Pilih "
                                  "foto yang lebih kecil atau kecilkan dulu.")
    assert photos.count() == 0
    assert os.stat(huge).st_blocks == 0  # refused by its size, never read

    # A real one is taken; it can be removed again from the draft.
    good = photo_file(tmp_path / "loket.jpg", (800, 600), "blue")
    dialog.choose_photo_files = lambda: [good]  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: child(dialog, QPushButton, "addPhoto").isEnabled())
    click(qtbot, child(dialog, QPushButton, "addPhoto"))
    qtbot.waitUntil(lambda: photos.count() == 1)
    assert error_text(dialog) == ""
    photos.setCurrentRow(0)
    click(qtbot, child(dialog, QPushButton, "removePhoto"))
    assert photos.count() == 0


def test_closing_with_unsaved_changes_asks_first(
        qtbot, page: SidakPage, field: Field, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    dialog = show_form(qtbot, page)
    choose_office(qtbot, dialog, "simpang iv")
    click(qtbot, child(dialog, QRadioButton, "found_tutup"))
    modals.expect(QMessageBox, lambda box: click(qtbot, dialog_button(box, "Batal")))
    click(qtbot, child(dialog, QPushButton, "closeVisit"))
    modals.check()
    assert dialog.isVisible() and visits(field) == []
    modals.expect(QMessageBox, lambda box: click(qtbot, dialog_button(box, "Simpan")))
    click(qtbot, child(dialog, QPushButton, "closeVisit"))
    modals.check()
    assert not dialog.isVisible()
    assert len(visits(field)) == 1


def test_a_change_after_finishing_is_an_amendment_with_its_reason(
        qtbot, page: SidakPage, field: Field, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    visit_id = finished_visit(page, field)
    table = child(page, QTableView, "visitsTable")
    assert table_column(table, "Status") == ["Selesai"]
    assert table_column(table, "Koreksi") == [""]
    dialog = show_form(qtbot, page, visit_id)
    assert "selesai dan terkunci" in child(dialog, QLabel, "visitStatus").text()
    # Its office and day stay; the signatures are kept and cannot be redrawn.
    assert not child(dialog, QLineEdit, "officeSearch").isEnabled()
    assert not child(dialog, QDateEdit, "day").isEnabled()
    assert not child(dialog, SignaturePad, "padInspector").is_empty()
    assert not child(dialog, QPushButton, "finishVisit").isEnabled()

    type_into(qtbot, child(dialog, QLineEdit, "receivedBy"), "Hendra Gunawan")
    short: list[str] = []

    def explain(reason_dialog: ReasonDialog) -> None:
        assert reason_dialog.windowTitle() == "Alasan koreksi"
        type_into(qtbot, child(reason_dialog, QLineEdit, "reason"), "typo")
        click(qtbot, dialog_button(reason_dialog, "Simpan koreksi"))
        short.append(child(reason_dialog, QLabel, "formError").text())
        type_into(qtbot, child(reason_dialog, QLineEdit, "reason"),
                  "Nama penerima salah tulis")
        click(qtbot, dialog_button(reason_dialog, "Simpan koreksi"))

    modals.expect(ReasonDialog, explain)
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    modals.check()
    assert short[0].startswith("Sidak ini sudah selesai atau sudah dikirim")
    assert error_text(dialog) == ""
    # Both are kept: the amendment says what it was, what it is, and why.
    amendments = child(dialog, QTableWidget, "amendmentsTable")
    assert child(dialog, QTabWidget, "sidakTabs").tabText(6) == "Koreksi (1)"
    assert [amendments.item(0, c).text() for c in range(1, 5)] == [
        "Diterima oleh", "Sekretaris Lurah", "Hendra Gunawan", "Nama penerima salah tulis"]
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Koreksi (1)")
    save_shot(dialog, shots, "sidak-form-amendment", share=True)
    # Saving again with nothing changed asks nothing.
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    assert child(dialog, QLabel, "visitMessage").text() == "Tersimpan."
    click(qtbot, child(dialog, QPushButton, "closeVisit"))
    assert table_column(table, "Koreksi") == ["dikoreksi"]
    assert table_column(table, "Status") == ["Selesai"]
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.received_by == "Hendra Gunawan" and detail.status == "final"
    assert [(a.old_value, a.new_value) for a in detail.amendments] == [
        ("Sekretaris Lurah", "Hendra Gunawan")]


def test_the_signature_pad_keeps_strokes_and_taps_and_can_be_cleared(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    blank = pad.to_png()
    with Image.open(io.BytesIO(blank)) as png:
        assert png.convert("L").getextrema() == (255, 255)  # the hint is not part of it
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 60))  # a dot
    assert not pad.is_empty() and pad.modified
    with Image.open(io.BytesIO(pad.to_png())) as png:
        assert png.getpixel((100, 60)) != (255, 255, 255)
    pad.clear()
    assert pad.is_empty()
    pad.show_png(blank)
    assert not pad.is_empty() and not pad.modified  # a kept signature is shown as is
    pad.set_read_only(True)
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert not pad.modified


def test_a_signature_redrawn_after_the_draft_was_sent_is_an_amendment(
        qtbot, page: SidakPage, field: Field, modals: ModalDriver) -> None:  # type: ignore[no-untyped-def]
    from core.sync.export import export_bundle
    from tests.sidak.test_sidak_service import _png

    def record(uow: UnitOfWork) -> str:
        visit_id = save_visit(uow, basic_form(field, received_by="Sekretaris Lurah"))
        sign(uow, visit_id, "ttd_pemeriksa", _png())
        return visit_id

    visit_id = page.state.write("sidak", record)
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    with field.inspector.read() as session:
        first = visit_detail(session, visit_id).signatures["ttd_pemeriksa"].sha256
    dialog = show_form(qtbot, page, visit_id)
    assert "sudah dikirim" in child(dialog, QLabel, "visitStatus").text()
    click_tab(qtbot, child(dialog, QTabWidget, "sidakTabs"), "Tanda tangan")
    pad = child(dialog, SignaturePad, "padInspector")
    assert not pad.is_empty()
    click(qtbot, child(dialog, QPushButton, "clearInspector"))
    sign_pad(qtbot, pad, 4)

    def explain(reason_dialog: ReasonDialog) -> None:
        assert reason_dialog.windowTitle() == "Alasan koreksi"
        type_into(qtbot, child(reason_dialog, QLineEdit, "reason"),
                  "Tanda tangan pertama terpotong")
        click(qtbot, dialog_button(reason_dialog, "Simpan koreksi"))

    modals.expect(ReasonDialog, explain)
    click(qtbot, child(dialog, QPushButton, "saveVisit"))
    modals.check()
    assert error_text(dialog) == ""
    amendments = child(dialog, QTableWidget, "amendmentsTable")
    assert [amendments.item(0, c).text() for c in (1, 4)] == [
        "Tanda tangan pemeriksa", "Tanda tangan pertama terpotong"]
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.signatures["ttd_pemeriksa"].sha256 != first
    assert first[:12] in detail.amendments[0].old_value
