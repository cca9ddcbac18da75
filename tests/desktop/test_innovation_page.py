"""Inovasi at the office, used as the office does: a new innovation typed into the form,
an evidence file, the design too short when the head submits, then long enough; the
operator cannot submit; the self-assessment scored with its rules shown."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from core.context import AppContext
from core.roles import Actor
from core.services.innovation import InnovationForm, innovation_detail, list_innovations
from core.services.innovation import save_innovation as save
from desktop.dialogs.innovation import InnovationDialog
from desktop.main_window import MainWindow
from desktop.pages.innovation import InnovationPage
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
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]


def open_page(qtbot, make_window: MakeWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
              actor: Actor) -> tuple[MainWindow, InnovationPage]:
    window = make_window(ctx, actor)
    window.resize(1366, 740)
    page = goto(qtbot, window, "Inovasi")
    assert isinstance(page, InnovationPage)
    return window, page


def type_text(qtbot, edit: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    assert edit.toPlainText() == text


def test_head_types_a_new_innovation_and_submits_it(
        qtbot, make_window: MakeWindow, office: AppContext,  # type: ignore[no-untyped-def]
        head: Actor, modals: ModalDriver, tmp_path: Path, shots: Path) -> None:
    _window, page = open_page(qtbot, make_window, office, head)
    assert [page.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(page.model.columnCount())] == [
        "Nama inovasi", "Tahap", "Digital", "Status", "Diajukan", "Catatan kota"]
    evidence = tmp_path / "sk-tim-inovasi.pdf"
    evidence.write_bytes(b"%PDF-1.4\nSK tim\n%%EOF\n")

    def fill(dialog: InnovationDialog) -> None:
        qtbot.waitExposed(dialog)
        type_into(qtbot, child(dialog, QLineEdit, "innovationName"), "Antar Jemput Berkas Lansia")
        choose(qtbot, child(dialog, QComboBox, "stage"), "Uji coba")
        type_into(qtbot, child(dialog, QLineEdit, "initiatorName"), "Lurah Simpang IV Sipin")
        digital = child(dialog, QCheckBox, "digital")
        qtbot.mouseClick(digital, Qt.MouseButton.LeftButton, pos=QPoint(10, digital.height() // 2))
        assert digital.isChecked()
        type_into(qtbot, child(dialog, QLineEdit, "affairs"), "Administrasi kependudukan")
        click(qtbot, child(dialog, QCheckBox, "trialDateSet"))
        type_into(qtbot, child(dialog, QLineEdit, "budget"), "5.000.000")
        type_into(qtbot, child(dialog, QLineEdit, "videoUrl"), "https://youtu.be/contoh")
        tabs = child(dialog, QTabWidget, "innovationTabs")
        click_tab(qtbot, tabs, "Uraian")
        design = child(dialog, QPlainTextEdit, "design")
        type_text(qtbot, design, "Petugas menjemput berkas ke rumah warga lansia.")
        counter = child(dialog, QLabel, "wordCount")
        assert counter.text() == "7/300 kata"
        type_text(qtbot, child(dialog, QPlainTextEdit, "goals"), "Lansia tidak perlu antre.")
        type_text(qtbot, child(dialog, QPlainTextEdit, "benefits"), "Layanan lebih cepat.")
        click_tab(qtbot, tabs, "Bukti")
        dialog.choose_files = lambda: [evidence]  # type: ignore[method-assign]
        click(qtbot, child(dialog, QPushButton, "addEvidence"))
        assert [child(dialog, QListWidget, "evidenceList").item(i).text()
                for i in range(1)] == ["sk-tim-inovasi.pdf · 0,0 MB"]
        # Too short: the head's Ajukan keeps a draft and says why it was not submitted.
        click(qtbot, dialog_button(dialog, "Ajukan"))
        error = child(dialog, QLabel, "innovationError")
        assert error.isVisible()
        assert error.text() == "Rancang bangun inovasi minimal 300 kata (sekarang 7 kata)."
        assert tabs.tabText(tabs.currentIndex()) == "Uraian"
        save_shot(dialog, shots, "innovation-too-short", share=True)
        type_text(qtbot, design, " ".join(["langkah"] * 300))
        assert counter.text() == "300/300 kata"
        click(qtbot, dialog_button(dialog, "Ajukan"))
        assert not error.isVisible()
        assert child(dialog, QLabel, "innovationMessage").text() == "Inovasi diajukan ke kota."
        assert "Diajukan" in child(dialog, QLabel, "innovationStatus").text()
        assert not dialog_button(dialog, "Ajukan").isEnabled()
        save_shot(dialog, shots, "innovation-submitted", share=True)
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(InnovationDialog, fill)
    click(qtbot, child(page, QPushButton, "newInnovation"))
    modals.check()
    table = child(page, QTableView, "innovationsTable")
    [row] = table_rows(table)
    assert row[:4] == ["Antar Jemput Berkas Lansia", "Uji coba", "ya", "Diajukan"]
    assert row[4] == "25-11-2026"
    save_shot(page, shots, "innovation-page", share=True)
    with office.read() as session:
        [saved] = list_innovations(session)
        detail = innovation_detail(session, saved.id)
    assert (detail.budget, detail.digital, len(detail.evidence)) == (5_000_000, True, 1)


def test_the_operator_keeps_drafts_the_head_submits_from_the_list(
        qtbot, make_window: MakeWindow, office: AppContext,  # type: ignore[no-untyped-def]
        head: Actor, operator: Actor, modals: ModalDriver) -> None:
    with office.write(operator) as uow:
        save(uow, InnovationForm("Pojok Baca", "inisiatif", "masyarakat"))
    _operator_window, as_operator = open_page(qtbot, make_window, office, operator)
    click_row(qtbot, child(as_operator, QTableView, "innovationsTable"), "Pojok Baca")
    assert not child(as_operator, QPushButton, "submitSelected").isEnabled()
    assert not child(as_operator, QPushButton, "loadIndicators").isEnabled()

    _window, page = open_page(qtbot, make_window, office, head)
    click_row(qtbot, child(page, QTableView, "innovationsTable"), "Pojok Baca")
    submit = child(page, QPushButton, "submitSelected")
    assert submit.isEnabled()

    def confirm(box: QMessageBox) -> None:
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    def refused(box: QMessageBox) -> None:
        assert "minimal 300 kata (sekarang 0 kata)" in box.text()
        box.accept()

    modals.expect(QMessageBox, confirm)
    modals.expect(QMessageBox, refused)
    click(qtbot, submit)
    modals.check()
    assert table_rows(child(page, QTableView, "innovationsTable"))[0][3] == "Draf"


def test_self_assessment_scores_with_its_rules_and_a_loaded_year(
        qtbot, make_window: MakeWindow, office: AppContext,  # type: ignore[no-untyped-def]
        head: Actor, modals: ModalDriver, tmp_path: Path, shots: Path) -> None:
    with office.write(head) as uow:
        save(uow, InnovationForm("Pojok Baca", "inisiatif", "masyarakat"))
    _window, page = open_page(qtbot, make_window, office, head)
    bundled = Path(__file__).parents[2] / "resources" / "data" / \
        "innovation_indicators_2026.json"
    data = json.loads(bundled.read_text("utf-8"))
    del data["indicators"][0]["weight"]
    broken = tmp_path / "innovation_indicators_2027.json"
    broken.write_text(json.dumps({**data, "year": 2027}), "utf-8")
    page.choose_indicator_file = lambda: broken  # type: ignore[method-assign]

    def rejected(box: QMessageBox) -> None:
        assert "bobot (weight) tidak ada" in box.text()
        box.accept()

    modals.expect(QMessageBox, rejected)
    click(qtbot, child(page, QPushButton, "loadIndicators"))
    modals.check()
    data = json.loads(bundled.read_text("utf-8"))
    broken.write_text(json.dumps({**data, "year": 2027}), "utf-8")
    click(qtbot, child(page, QPushButton, "loadIndicators"))
    assert "Indikator tahun 2027 dimuat" in child(page, QLabel, "innovationPageMessage").text()

    def assess(dialog: InnovationDialog) -> None:
        qtbot.waitExposed(dialog)
        click_tab(qtbot, child(dialog, QTabWidget, "innovationTabs"), "Penilaian mandiri")
        choose(qtbot, child(dialog, QComboBox, "assessmentYear"), "2026")
        choose(qtbot, child(dialog, QComboBox, "option_regulasi"),
               "Peraturan/keputusan kepala daerah (75%)")
        type_into(qtbot, child(dialog, QLineEdit, "note_regulasi"), "Perwal 12/2026")
        click(qtbot, child(dialog, QPushButton, "saveAssessment"))
        assert child(dialog, QLabel, "scoreTotal").text().startswith(
            "<b>Nilai 2026: 7,5</b> dari 100 · 1 dari 10 indikator dinilai")
        lines = child(dialog, QTableWidget, "scoreLines")
        assert [lines.item(0, c).text() for c in range(4)] == [
            "Regulasi inovasi daerah", "Peraturan/keputusan kepala daerah",
            "bobot 10 × 75% = 7,5", "7,5"]
        save_shot(dialog, shots, "innovation-assessment", share=True)
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(InnovationDialog, assess)
    click_row(qtbot, child(page, QTableView, "innovationsTable"), "Pojok Baca", double=True)
    modals.check()


def test_the_submission_date_is_the_office_day_not_the_utc_day(
        qtbot, make_window: MakeWindow, office: AppContext,  # type: ignore[no-untyped-def]
        head: Actor, clock) -> None:
    from core.services.innovation import submit
    from tests.core.test_innovation import complete

    clock.advance(hours=17)  # 18.30 UTC on the 25th is 01.30 WIB on the 26th
    with office.write(head) as uow:
        saved = save(uow, complete())
        submit(uow, saved)
    _window, page = open_page(qtbot, make_window, office, head)
    [row] = table_rows(child(page, QTableView, "innovationsTable"))
    assert row[4] == "26-11-2026"


def test_a_loaded_year_is_still_there_when_the_program_opens_again(
        qtbot, make_window: MakeWindow, office: AppContext,  # type: ignore[no-untyped-def]
        head: Actor, modals: ModalDriver, tmp_path: Path) -> None:
    with office.write(head) as uow:
        save(uow, InnovationForm("Pojok Baca", "inisiatif", "masyarakat"))
    bundled = Path(__file__).parents[2] / "resources" / "data" / \
        "innovation_indicators_2026.json"
    chosen = tmp_path / "usb" / "indikator 2027.json"
    chosen.parent.mkdir()
    chosen.write_text(json.dumps({**json.loads(bundled.read_text("utf-8")), "year": 2027}),
                      "utf-8")
    window, page = open_page(qtbot, make_window, office, head)
    page.choose_indicator_file = lambda: chosen  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "loadIndicators"))
    assert "tetap tersedia" in child(page, QLabel, "innovationPageMessage").text()
    window.close()
    chosen.unlink()  # the stick is gone

    _window, page = open_page(qtbot, make_window, office, head)  # the program again

    def years(dialog: InnovationDialog) -> None:
        qtbot.waitExposed(dialog)
        click_tab(qtbot, child(dialog, QTabWidget, "innovationTabs"), "Penilaian mandiri")
        combo = child(dialog, QComboBox, "assessmentYear")
        assert "2027" in [combo.itemText(i) for i in range(combo.count())]
        choose(qtbot, combo, "2027")
        assert child(dialog, QComboBox, "option_regulasi").isEnabled()
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(InnovationDialog, years)
    click_row(qtbot, child(page, QTableView, "innovationsTable"), "Pojok Baca", double=True)
    modals.check()
