"""Pengaduan at the city hub and at a kecamatan office, used as a user does: registering a
complaint (an official from the roster that reached the hub in a real bundle, or a name
as given), the handling steps in the detail dialog, duplicates, the working-day deadlines
going red as the clock moves, the confidential contact, and the three-report rule's
rekomendasi rotasi with the decision a person records. A kelurahan's page explains why
it has no complaints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from core.context import AppContext
from core.roles import Actor, Mode
from core.services.complaints import complainant_contact, complaint_detail, list_complaints, verify
from desktop.dialogs.complaints import (
    ComplaintDetailDialog,
    CorrectDialog,
    DecisionDialog,
    LinkDialog,
    NoteDialog,
    RegisterDialog,
    VerifyDialog,
)
from desktop.dialogs.sidak_detail import LATE_COLOR
from desktop.forms import INVALID_STYLE
from desktop.main_window import MainWindow
from desktop.pages.complaints import OVERDUE_FILL, ComplaintsPage
from tests.complaints.conftest import CITY, KELURAHAN, register, snapshot
from tests.complaints.conftest import camat as camat  # the fixtures
from tests.complaints.conftest import city_admin as city_admin
from tests.complaints.conftest import city_operator as city_operator
from tests.complaints.conftest import city_roster as city_roster
from tests.complaints.conftest import kecamatan as kecamatan
from tests.conftest import FakeClock, open_office
from tests.desktop.test_sidak_city_page import pick
from tests.desktop.ui import (
    ModalDriver,
    child,
    click,
    click_list_item,
    click_row,
    click_tab,
    dialog_button,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]
TODAY = date(2026, 11, 25)
SIMPANG = "Kelurahan Simpang IV Sipin"
ANI = "Ani Lestari — Staf pelayanan"
FIRST, SECOND, THIRD = (f"00{n}/PENGADUAN/{CITY}/2026" for n in (1, 2, 3))
CONTACT = "0812-3456-7890, Jl. Kapten Pattimura 12"


WINDOWS: list[MainWindow] = []


@pytest.fixture(autouse=True)
def _forget_windows() -> Iterator[None]:
    yield
    WINDOWS.clear()


@pytest.fixture
def city(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    """The city hub on SQLite (the complaint services run on PostgreSQL in tests/complaints)."""
    ctx = open_office(tmp_path / "hub", clock, Mode.HUB, CITY)
    yield ctx
    ctx.close()


def open_page(qtbot, make_window: MakeWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
              actor: Actor) -> ComplaintsPage:
    window = make_window(ctx, actor)
    page = goto(qtbot, window, "Pengaduan")
    assert isinstance(page, ComplaintsPage)
    WINDOWS.append(window)  # the page lives as long as its window
    return page


def write(qtbot, edit: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.toPlainText() == text


def evidence_file(tmp_path: Path, name: str = "tangkapan-layar.txt") -> Path:
    path = tmp_path / name
    path.write_text("Pesan WhatsApp: 'siapkan 50 ribu untuk suratnya'\n", encoding="utf-8")
    return path


def choose_file(path: Path) -> Callable[[QFileDialog], None]:
    def handle(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return handle


def fill_register(qtbot, dialog: RegisterDialog, *, source: str = "WhatsApp",  # type: ignore[no-untyped-def]
                  category: str = "Pungutan liar (pungli)", office: str = SIMPANG,
                  official: str = ANI, free: tuple[str, str] | None = None,
                  description: str = "Diminta uang Rp50.000 untuk surat domisili.",
                  contact: str = CONTACT) -> None:
    pick(qtbot, child(dialog, QComboBox, "complaintSource"), source)
    if category:
        pick(qtbot, child(dialog, QComboBox, "complaintCategory"), category)
    search(qtbot, child(dialog, QComboBox, "complaintOffice"), office, SIMPANG)
    pick(qtbot, child(dialog, QComboBox, "officialChoice"), official)
    if free is not None:
        type_into(qtbot, child(dialog, QLineEdit, "officialName"), free[0])
        type_into(qtbot, child(dialog, QLineEdit, "officialPosition"), free[1])
    if description:
        write(qtbot, child(dialog, QPlainTextEdit, "complaintDescription"), description)
    type_into(qtbot, child(dialog, QLineEdit, "complaintContact"), contact)


def search(qtbot, combo: QComboBox, typed: str, found: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a searchable combo: the item whose whole name was typed is chosen; from
    part of a name, the first item the list offers is taken with the arrow and Enter."""
    edit = combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, typed)
    popup = combo.completer().popup()
    if combo.currentText() != found and popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == found
    assert combo.itemText(combo.currentIndex()) == found


def new_complaint(qtbot, page: ComplaintsPage, modals: ModalDriver,  # type: ignore[no-untyped-def]
                  handle: Callable[[RegisterDialog], None]) -> None:
    modals.expect(RegisterDialog, handle)
    click(qtbot, child(page, QPushButton, "newComplaint"))
    modals.check()


def open_detail(qtbot, page: ComplaintsPage, number: str  # type: ignore[no-untyped-def]
                ) -> ComplaintDetailDialog:
    """Select the complaint and click Rincian; its detail opens beside the list."""
    click_row(qtbot, child(page, QTableView, "complaintsTable"), number)
    click(qtbot, child(page, QPushButton, "complaintDetail"))
    dialog = page.detail
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def close_detail(qtbot, dialog: ComplaintDetailDialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog_button(dialog, "Tutup"))
    assert not dialog.isVisible()


def step(qtbot, modals: ModalDriver, dialog: QDialog, button: str,  # type: ignore[no-untyped-def]
         cls: type[QDialog], handle: Callable[..., None]) -> None:
    """Click a step's button in the detail dialog and answer the dialog it opens."""
    modals.expect(cls, handle)
    click(qtbot, child(dialog, QPushButton, button))
    modals.check()


def note(qtbot, text: str, field: str = "stepNote") -> Callable[[QDialog], None]:  # type: ignore[no-untyped-def]
    def handle(dialog: QDialog) -> None:
        write(qtbot, child(dialog, QPlainTextEdit, field), text)
        click(qtbot, dialog_button(dialog, "Simpan"))

    return handle


def label(dialog: QWidget, key: str) -> str:
    return child(dialog, QLabel, f"detail_{key}").text()


def texts_of(widget: QWidget) -> list[str]:
    """Every text the widget shows in a label, line or text box."""
    found = [w.text() for w in widget.findChildren(QLabel)]
    found += [w.text() for w in widget.findChildren(QLineEdit)]
    found += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    return found


# --- registering -------------------------------------------------------------------------

def test_a_complaint_names_an_official_from_the_roster_or_a_free_name(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_roster: dict[str, str], modals: ModalDriver, tmp_path: Path, shots: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, make_window, city, city_admin)
    proof = evidence_file(tmp_path)
    # The file dialog opens inside the registration dialog; it answers with the proof.
    monkeypatch.setattr(RegisterDialog, "choose_files", lambda _dialog: [proof])

    def from_roster(dialog: RegisterDialog) -> None:
        received = child(dialog, QDateEdit, "complaintReceived")
        assert received.date() == QDate(TODAY) == received.maximumDate()  # not in the future
        fill_register(qtbot, dialog)
        # The office's roster as the hub holds it, and a way out of it.
        roster = child(dialog, QComboBox, "officialChoice")
        assert [roster.itemText(i) for i in range(roster.count())] == [
            "— tidak menyebut pegawai —", ANI, "Budi Santoso — Staf pelayanan",
            "Citra Dewi — Staf pelayanan", "Nama lain (di luar daftar)"]
        assert not child(dialog, QLineEdit, "officialName").isVisible()
        assert child(dialog, QLabel, "contactNote").isVisible()
        click(qtbot, child(dialog, QPushButton, "addEvidenceFile"))
        assert child(dialog, QListWidget, "complaintEvidence").item(0).text() == proof.name
        save_shot(dialog, shots, "complaints-baru", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    new_complaint(qtbot, page, modals, from_roster)
    assert child(page, QLabel, "complaintResult").text() == f"Pengaduan {FIRST} dicatat."

    def free_name(dialog: RegisterDialog) -> None:
        # The office is found whatever the case typed.
        fill_register(qtbot, dialog, source="Datang langsung",
                      category="Pelayanan lambat atau tidak ramah",
                      office="kelurahan simpang iv sipin",
                      official="Nama lain (di luar daftar)", free=("Pak Joko", "Juru parkir"),
                      description="Petugas membentak warga yang bertanya syarat KTP.",
                      contact="")
        click(qtbot, dialog_button(dialog, "Simpan"))

    new_complaint(qtbot, page, modals, free_name)
    table = child(page, QTableView, "complaintsTable")
    assert table_column(table, "Nomor") == [SECOND, FIRST]
    assert table_column(table, "Terlapor") == ["Pak Joko (di luar daftar pegawai)",
                                               "Ani Lestari"]
    assert table_column(table, "Sumber") == ["Datang langsung", "WhatsApp"]
    assert table_column(table, "Batas waktu") == ["30-11-2026 (verifikasi)"] * 2
    with city.read() as session:
        rows = {r.number: r for r in list_complaints(session, TODAY)}
        first = complaint_detail(session, rows[FIRST].id, TODAY)
        contact = complainant_contact(session, city_admin, rows[FIRST].id)
    assert rows[FIRST].staff_id == city_roster["Ani Lestari"]
    assert (rows[SECOND].staff_id, rows[SECOND].official_name,
            rows[SECOND].official_position) == (None, "Pak Joko", "Juru parkir")
    assert [e.file_name for e in first.evidence] == [proof.name]
    assert contact == CONTACT
    save_shot(page, shots, "complaints-daftar", share=True)


def test_a_missing_category_or_description_is_shown_at_its_field_and_nothing_is_saved(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_roster: dict[str, str], modals: ModalDriver) -> None:
    page = open_page(qtbot, make_window, city, city_admin)
    before = snapshot(city)

    def incomplete(dialog: RegisterDialog) -> None:
        fill_register(qtbot, dialog, category="", description="")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        error = child(dialog, QLabel, "formError")
        assert error.text().startswith("Pilih kategori pengaduan")
        assert child(dialog, QComboBox, "complaintCategory").styleSheet() == INVALID_STYLE
        pick(qtbot, child(dialog, QComboBox, "complaintCategory"), "Lainnya")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert dialog.isVisible()
        assert error.isVisible()
        assert error.text() == "Uraian pengaduan wajib diisi (minimal 10 huruf)."
        description = child(dialog, QPlainTextEdit, "complaintDescription")
        assert description.styleSheet() == INVALID_STYLE
        assert child(dialog, QComboBox, "complaintCategory").styleSheet() == ""
        click(qtbot, dialog_button(dialog, "Batal"))

    new_complaint(qtbot, page, modals, incomplete)
    assert snapshot(city) == before
    assert table_rows(child(page, QTableView, "complaintsTable")) == []


# --- handling ----------------------------------------------------------------------------

def test_a_complaint_is_verified_followed_up_closed_and_its_last_step_undone(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_roster: dict[str, str], modals: ModalDriver, shots: Path) -> None:
    register(city, city_admin, staff_id=city_roster["Ani Lestari"])
    page = open_page(qtbot, make_window, city, city_admin)
    dialog = open_detail(qtbot, page, FIRST)
    assert child(dialog, QLabel, "complaintHeading").text() == f"Pengaduan {FIRST} — {SIMPANG}"
    assert label(dialog, "status") == "Diterima"
    assert label(dialog, "official") == "Ani Lestari, Staf pelayanan"
    assert [b.objectName() for b in dialog.findChildren(QPushButton) if b.isEnabled()
            and b.objectName().endswith("Step")] == ["verifyStep"]

    def no_choice_then_valid(verifying: VerifyDialog) -> None:
        write(qtbot, child(verifying, QPlainTextEdit, "stepNote"),
              "Dua warga lain membenarkan permintaan uang.")
        click(qtbot, dialog_button(verifying, "Simpan"))
        assert child(verifying, QLabel, "formError").text() == \
            "Pilih hasil verifikasi: valid atau tidak valid."
        click(qtbot, child(verifying, QRadioButton, "verifyValid"))
        click(qtbot, dialog_button(verifying, "Simpan"))

    step(qtbot, modals, dialog, "verifyStep", VerifyDialog, no_choice_then_valid)
    assert label(dialog, "status") == "Diverifikasi"
    assert child(dialog, QLabel, "detailMessage").text() == "Hasil verifikasi dicatat."
    # The list beside it follows at once.
    table = child(page, QTableView, "complaintsTable")
    assert table_column(table, "Status") == ["Diverifikasi"]
    step(qtbot, modals, dialog, "followUpStep", NoteDialog,
         note(qtbot, "Lurah menegur staf dan uang dikembalikan."))
    assert label(dialog, "status") == "Ditindaklanjuti"
    step(qtbot, modals, dialog, "closeStep", NoteDialog,
         note(qtbot, "Pelapor menerima uangnya kembali."))
    assert label(dialog, "status") == "Selesai"
    assert label(dialog, "deadlines").endswith("sekarang: —")
    assert not child(dialog, QPushButton, "closeStep").isEnabled()

    def too_short_then_reason(undoing: NoteDialog) -> None:
        write(qtbot, child(undoing, QPlainTextEdit, "stepNote"), "oh")
        click(qtbot, dialog_button(undoing, "Simpan"))
        assert child(undoing, QLabel, "formError").text() == \
            "Alasan pembatalan wajib diisi (minimal 5 huruf)."
        note(qtbot, "Uang belum diterima pelapor.")(undoing)

    step(qtbot, modals, dialog, "undoStep", NoteDialog, too_short_then_reason)
    assert label(dialog, "status") == "Ditindaklanjuti"
    events = child(dialog, QTableView, "eventsTable")
    assert table_column(events, "Langkah") == [
        "Diterima", "Diverifikasi: valid", "Ditindaklanjuti", "Selesai", "Langkah dibatalkan"]
    assert set(table_column(events, "Oleh")) == {"Akun Pertama"}
    assert table_column(events, "Catatan")[1:] == [
        "Dua warga lain membenarkan permintaan uang.",
        "Lurah menegur staf dan uang dikembalikan.", "Pelapor menerima uangnya kembali.",
        "Selesai dibatalkan: Uang belum diterima pelapor."]
    assert child(dialog, QTabWidget, "complaintTabs").tabText(0) == "Riwayat (5)"
    save_shot(dialog, shots, "complaints-rincian", share=True)
    close_detail(qtbot, dialog)
    assert table_column(table, "Status") == ["Ditindaklanjuti"]


def test_evidence_is_added_in_the_detail_and_opened(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    register(city, city_admin)
    proof = evidence_file(tmp_path, "rekaman-percakapan.txt")
    opened: list[Path] = []
    monkeypatch.setattr(ComplaintDetailDialog, "open_file",
                        lambda _dialog, path: opened.append(path))
    page = open_page(qtbot, make_window, city, city_admin)
    dialog = open_detail(qtbot, page, FIRST)
    click_tab(qtbot, child(dialog, QTabWidget, "complaintTabs"), "Bukti (0)")
    step(qtbot, modals, dialog, "addEvidence", QFileDialog, choose_file(proof))
    assert child(dialog, QLabel, "detailMessage").text() == "1 berkas bukti ditambahkan."
    files = child(dialog, QListWidget, "evidenceList")
    assert [files.item(i).text() for i in range(files.count())] == [
        "rekaman-percakapan.txt (1 KB)"]
    # The same file twice is refused, next to the list.
    step(qtbot, modals, dialog, "addEvidence", QFileDialog, choose_file(proof))
    assert child(dialog, QLabel, "formError").text() == \
        "Berkas yang sama sudah dilampirkan (rekaman-percakapan.txt)."
    assert files.count() == 1
    click_list_item(qtbot, files, "rekaman-percakapan.txt (1 KB)")
    click(qtbot, child(dialog, QPushButton, "openEvidence"))
    assert [path.name for path in opened] == ["rekaman-percakapan.txt"]
    assert opened[0].read_bytes() == proof.read_bytes()
    close_detail(qtbot, dialog)


def test_a_second_report_of_the_same_event_is_linked_and_unlinked(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    register(city, city_admin, received_on=date(2026, 11, 20))
    register(city, city_admin, source="lapor", received_on=date(2026, 11, 23))
    page = open_page(qtbot, make_window, city, city_admin)
    dialog = open_detail(qtbot, page, SECOND)
    click_tab(qtbot, child(dialog, QTabWidget, "complaintTabs"), "Laporan ganda (0)")
    assert not child(dialog, QPushButton, "unlinkDuplicate").isEnabled()

    def first_report(linking: LinkDialog) -> None:
        combo = child(linking, QComboBox, "linkFirst")
        # Only the other complaint about the same office is offered.
        assert combo.count() == 2
        pick(qtbot, combo, combo.itemText(1))
        assert combo.currentText().startswith(FIRST)
        write(qtbot, child(linking, QPlainTextEdit, "linkNote"), "Pelapor yang sama")
        click(qtbot, dialog_button(linking, "Simpan"))

    step(qtbot, modals, dialog, "linkDuplicate", LinkDialog, first_report)
    assert child(dialog, QLabel, "duplicatesText").text().startswith(
        f"Laporan ganda dari {FIRST}")
    assert not child(dialog, QPushButton, "linkDuplicate").isEnabled()
    assert child(dialog, QPushButton, "unlinkDuplicate").isEnabled()
    close_detail(qtbot, dialog)
    table = child(page, QTableView, "complaintsTable")
    assert table_column(table, "Status") == [f"Diterima, ganda dari {FIRST}",
                                             "Diterima"]
    # A linked duplicate is handled with its first report: it has no deadline of its own.
    assert table_column(table, "Batas waktu")[0] == "—"

    dialog = open_detail(qtbot, page, FIRST)
    assert child(dialog, QLabel, "duplicatesText").text() == \
        f"Laporan lain tentang kejadian yang sama: {SECOND}."
    assert not child(dialog, QPushButton, "linkDuplicate").isEnabled()
    close_detail(qtbot, dialog)

    dialog = open_detail(qtbot, page, SECOND)
    click_tab(qtbot, child(dialog, QTabWidget, "complaintTabs"), "Laporan ganda (1)")
    step(qtbot, modals, dialog, "unlinkDuplicate", NoteDialog,
         note(qtbot, "Ternyata kejadian di hari lain."))
    assert child(dialog, QLabel, "duplicatesText").text().startswith("Tidak ditautkan")
    close_detail(qtbot, dialog)
    assert table_column(table, "Status") == ["Diterima", "Diterima"]


def test_a_complaint_past_its_verification_deadline_turns_red_as_the_days_pass(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        clock: FakeClock, shots: Path) -> None:
    register(city, city_admin, received_on=date(2026, 11, 20))  # Friday: due Wed 25-11
    register(city, city_admin, category="jam_layanan", official_name="",
             received_on=TODAY)
    page = open_page(qtbot, make_window, city, city_admin)
    table = child(page, QTableView, "complaintsTable")
    assert table_column(table, "Batas waktu") == ["30-11-2026 (verifikasi)",
                                                  "25-11-2026 (verifikasi)"]
    overdue = child(page, QCheckBox, "overdueOnly")
    click(qtbot, overdue)
    assert table_rows(table) == []

    clock.advance(days=2)  # Friday 27 November: two working days late
    click(qtbot, overdue)
    click(qtbot, overdue)
    assert table_column(table, "Nomor") == [FIRST]
    assert table_column(table, "Batas waktu") == ["25-11-2026 (verifikasi), lewat 2 hari kerja"]
    model = table.model()
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) == LATE_COLOR
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_FILL
    assert child(page, QLabel, "complaintsCount").text() == \
        "1 pengaduan, 1 lewat batas waktu"
    click(qtbot, overdue)
    assert table_column(table, "Nomor") == [SECOND, FIRST]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) is None
    save_shot(page, shots, "complaints-lewat-batas", share=True)


# --- the contact ---------------------------------------------------------------------------

def test_the_contact_is_shown_to_the_admin_on_request_and_never_to_an_operator(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_operator: Actor) -> None:
    register(city, city_admin, complainant_contact=CONTACT)
    page = open_page(qtbot, make_window, city, city_admin)
    dialog = open_detail(qtbot, page, FIRST)
    assert CONTACT not in texts_of(dialog)  # not until asked
    click(qtbot, child(dialog, QPushButton, "showContact"))
    assert child(dialog, QLabel, "contactValue").text() == CONTACT
    close_detail(qtbot, dialog)

    page = open_page(qtbot, make_window, city, city_operator)
    dialog = open_detail(qtbot, page, FIRST)
    assert dialog.findChild(QPushButton, "showContact") is None
    assert dialog.findChild(QLabel, "contactValue") is None
    assert not any("kontak" in b.text().lower() for b in dialog.findChildren(QPushButton))
    assert not any(CONTACT in text for text in texts_of(dialog))
    close_detail(qtbot, dialog)
    assert not any(CONTACT in cell for row in table_rows(
        child(page, QTableView, "complaintsTable")) for cell in row)


# --- the three-report rule -----------------------------------------------------------------

def _three_verified_pungli(city: AppContext, admin: Actor, staff_id: str) -> list[str]:
    ids = [register(city, admin, staff_id=staff_id, received_on=day)
           for day in (date(2026, 3, 2), date(2026, 9, 14), date(2026, 11, 20))]
    with city.write(admin) as uow:
        for complaint_id in ids:
            verify(uow, complaint_id, True, "Dibenarkan dua saksi")
    return ids


def test_three_verified_pungli_reports_raise_the_alert_and_the_admin_records_a_decision(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_operator: Actor, city_roster: dict[str, str], modals: ModalDriver,
        shots: Path) -> None:
    _three_verified_pungli(city, city_admin, city_roster["Ani Lestari"])
    page = open_page(qtbot, make_window, city, city_operator)
    tabs = child(page, QTabWidget, "complaintsTabs")
    rotation = click_tab(qtbot, tabs, "Rekomendasi rotasi (1)")
    assert "Pantau tidak pernah memutuskan sendiri" in \
        child(rotation, QLabel, "rotationNote").text()
    assert not child(rotation, QPushButton, "recordDecision").isVisible()
    assert child(rotation, QLabel, "decideHint").isVisible()

    page = open_page(qtbot, make_window, city, city_admin)
    tabs = child(page, QTabWidget, "complaintsTabs")
    rotation = click_tab(qtbot, tabs, "Rekomendasi rotasi (1)")
    alerts = child(rotation, QTableView, "rotationTable")
    assert table_rows(alerts) == [[
        "Ani Lestari", "Staf pelayanan", SIMPANG, "3 dari 3", f"{FIRST}, {SECOND}, {THIRD}",
        "02-03-2026", "20-11-2026", "belum ada"]]
    decide = child(rotation, QPushButton, "recordDecision")
    assert not decide.isEnabled()  # an alert must be chosen first
    save_shot(page, shots, "complaints-rotasi", share=True)
    click_row(qtbot, alerts, "Ani Lestari")

    def record(dialog: DecisionDialog) -> None:
        write(qtbot, child(dialog, QPlainTextEdit, "decisionNote"),
              "Menunggu hasil pemeriksaan Inspektorat.")
        click(qtbot, dialog_button(dialog, "Simpan"))
        assert child(dialog, QLabel, "formError").text().startswith("Pilih keputusan")
        assert child(dialog, QComboBox, "decisionChoice").styleSheet() == INVALID_STYLE
        pick(qtbot, child(dialog, QComboBox, "decisionChoice"), "Ditunda")
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(DecisionDialog, record)
    click(qtbot, decide)
    modals.check()
    assert table_rows(alerts) == []
    assert tabs.tabText(1) == "Rekomendasi rotasi (0)"
    decisions = child(rotation, QTableView, "decisionsTable")
    assert table_rows(decisions) == [[
        "25-11-2026", "Ani Lestari", SIMPANG, "Ditunda", "3", "Akun Pertama",
        "Menunggu hasil pemeriksaan Inspektorat."]]
    save_shot(page, shots, "complaints-rotasi-diputuskan", share=True)


# --- offices -------------------------------------------------------------------------------

def test_a_kelurahan_office_is_told_where_complaints_are_handled(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    page = open_page(qtbot, make_window, office, head)
    assert page.findChild(QTabWidget, "complaintsTabs") is None
    assert page.findChild(QPushButton, "newComplaint") is None
    text = child(page, QLabel, "complaintsNote").text()
    assert "dicatat dan ditangani di kota dan di kantor kecamatan, tidak di " \
        "Kelurahan Simpang IV Sipin" in text
    save_shot(page, shots, "complaints-kelurahan", share=True)


def test_a_kecamatan_head_registers_about_its_kelurahan_and_sees_the_contact(
        qtbot, make_window: MakeWindow, kecamatan: AppContext, camat: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    page = open_page(qtbot, make_window, kecamatan, camat)

    def about_its_kelurahan(dialog: RegisterDialog) -> None:
        offices = child(dialog, QComboBox, "complaintOffice")
        names = [offices.itemText(i) for i in range(1, offices.count())]
        assert names[0] == "Kecamatan Telanaipura" and SIMPANG in names
        assert "Kelurahan Pasir Putih" not in names  # in Jambi Selatan
        assert dialog.findChild(QComboBox, "complaintSidak") is None  # a hub's sidak only
        fill_register(qtbot, dialog, official="Nama lain (di luar daftar)",
                      free=("Pak Joko", ""))
        click(qtbot, dialog_button(dialog, "Simpan"))

    new_complaint(qtbot, page, modals, about_its_kelurahan)
    number = "001/PENGADUAN/15.71.01/2026"
    assert table_column(child(page, QTableView, "complaintsTable"), "Nomor") == [number]

    dialog = open_detail(qtbot, page, number)
    click(qtbot, child(dialog, QPushButton, "showContact"))
    assert child(dialog, QLabel, "contactValue").text() == CONTACT
    close_detail(qtbot, dialog)
    offices = child(page, QComboBox, "officeFilter")
    assert {offices.itemData(i) for i in range(offices.count())} >= {
        None, ("office", "15.71.01"), ("office", KELURAHAN)}
    assert "Kelurahan Pasir Putih" not in [offices.itemText(i) for i in range(offices.count())]


def test_a_correction_needs_a_reason_and_keeps_the_old_values_in_the_history(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor,  # type: ignore[no-untyped-def]
        city_roster: dict[str, str], modals: ModalDriver) -> None:
    register(city, city_admin, category="lainnya")  # about "Pak Joko", a name as given
    page = open_page(qtbot, make_window, city, city_admin)
    dialog = open_detail(qtbot, page, FIRST)

    def nothing_changed_then_fix(correcting: CorrectDialog) -> None:
        write(qtbot, child(correcting, QPlainTextEdit, "correctReason"), "Salah pilih kategori")
        click(qtbot, dialog_button(correcting, "Simpan"))
        assert child(correcting, QLabel, "formError").text() == "Tidak ada data yang diubah."
        pick(qtbot, child(correcting, QComboBox, "correctCategory"), "Pungutan liar (pungli)")
        pick(qtbot, child(correcting, QComboBox, "officialChoice"), ANI)
        write(qtbot, child(correcting, QPlainTextEdit, "correctReason"), "oh")
        click(qtbot, dialog_button(correcting, "Simpan"))
        assert child(correcting, QLabel, "formError").text() == \
            "Alasan koreksi wajib diisi (minimal 5 huruf)."
        write(qtbot, child(correcting, QPlainTextEdit, "correctReason"),
              "Pelapor menyebut nama petugas loket")
        click(qtbot, dialog_button(correcting, "Simpan"))

    step(qtbot, modals, dialog, "correctComplaint", CorrectDialog, nothing_changed_then_fix)
    assert label(dialog, "category") == "Pungutan liar (pungli)"
    assert label(dialog, "official") == "Ani Lestari, Staf pelayanan"
    events = child(dialog, QTableView, "eventsTable")
    assert table_column(events, "Langkah") == ["Diterima", "Data dikoreksi"]
    history = table_column(events, "Catatan")[1]
    assert history.startswith("Pelapor menyebut nama petugas loket. Kategori: Lainnya → "
                              "Pungutan liar (pungli)")
    assert "Nama pegawai dilaporkan: Pak Joko → Ani Lestari" in history
    close_detail(qtbot, dialog)
    assert table_column(child(page, QTableView, "complaintsTable"), "Terlapor") == \
        ["Ani Lestari"]


def test_the_list_is_filtered_by_kecamatan_office_status_and_category(
        qtbot, make_window: MakeWindow, city: AppContext, city_admin: Actor) -> None:  # type: ignore[no-untyped-def]
    register(city, city_admin)  # pungli at Simpang IV Sipin (Telanaipura)
    register(city, city_admin, category="jam_layanan", subject_office="15.71.02.1002")
    third = register(city, city_admin, category="pelayanan", subject_office="15.71.01")
    with city.write(city_admin) as uow:
        verify(uow, third, False, "Tidak terbukti saat dicek")
    page = open_page(qtbot, make_window, city, city_admin)
    table = child(page, QTableView, "complaintsTable")
    offices = child(page, QComboBox, "officeFilter")
    search(qtbot, offices, "kecamatan telanaipura dan", "Kecamatan Telanaipura dan kelurahannya")
    assert table_column(table, "Kantor") == ["Kecamatan Telanaipura", SIMPANG]
    search(qtbot, offices, "Kelurahan Pasir Putih", "Kelurahan Pasir Putih")
    assert table_column(table, "Kategori") == ["Kantor tutup atau terlambat buka"]
    search(qtbot, offices, "Semua kantor", "Semua kantor")
    pick(qtbot, child(page, QComboBox, "statusFilter"), "Tidak valid")
    assert table_column(table, "Nomor") == [THIRD]
    pick(qtbot, child(page, QComboBox, "statusFilter"), "Semua")
    pick(qtbot, child(page, QComboBox, "categoryFilter"), "Pungutan liar (pungli)")
    assert table_column(table, "Nomor") == [FIRST]
