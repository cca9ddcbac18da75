"""Kinerja: an office head writes an indicator of the PK and records a quarter's
realisation through the dialogs; a target of 0 is answered in the dialog; the city sees
every office's capaian and who has not reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView

from core.context import AppContext
from core.roles import Actor
from core.services.pk import pk_summary
from desktop.dialogs.performance import IndicatorDialog, RealisationDialog
from desktop.main_window import MainWindow
from desktop.pages.performance import PerformancePage
from tests.conftest import OFFICE_CODE
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_row,
    dialog_button,
    goto,
    save_shot,
    table_column,
    table_rows,
    type_into,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]


def error_text(dialog: IndicatorDialog | RealisationDialog) -> str:
    label = child(dialog, QLabel, "formError")
    return label.text() if label.isVisible() else ""


def test_an_indicator_and_its_quarterly_realisation_entered_by_hand(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, shots: Path, tmp_path: Path) -> None:
    window = make_window(office, head)
    window.resize(1366, 740)
    page = goto(qtbot, window, "Kinerja")
    assert isinstance(page, PerformancePage)
    table = child(page, QTableView, "pkTable")
    assert table_rows(table) == []
    seen: dict[str, str] = {}

    def fill_indicator(dialog: IndicatorDialog) -> None:
        assert dialog.windowTitle() == "Tambah indikator kinerja"
        type_into(qtbot, child(dialog, QLineEdit, "goal"), "Meningkatnya kualitas pelayanan")
        type_into(qtbot, child(dialog, QLineEdit, "name"), "Indeks kepuasan masyarakat")
        type_into(qtbot, child(dialog, QLineEdit, "unit"), "%")
        choose(qtbot, child(dialog, QComboBox, "polarity"), "Naik (makin tinggi makin baik)")
        type_into(qtbot, child(dialog, QLineEdit, "target"), "0")
        click(qtbot, dialog_button(dialog, "Simpan"))
        seen["zero"] = error_text(dialog)
        assert dialog.isVisible()  # nothing saved, the form stays to be corrected
        type_into(qtbot, child(dialog, QLineEdit, "target"), "85,5")
        for quarter, value in ((1, "80"), (2, "82"), (3, "84")):
            type_into(qtbot, child(dialog, QLineEdit, f"target_q{quarter}"), value)
        save_shot(dialog, shots, "pk-indicator-dialog", share=True)
        click(qtbot, dialog_button(dialog, "Simpan"))

    modals.expect(IndicatorDialog, fill_indicator)
    click(qtbot, child(page, QPushButton, "addIndicator"))
    modals.check()
    assert "Target tahunan tidak boleh 0" in seen["zero"]
    assert "R/T tidak terdefinisi" in seen["zero"]
    assert table_column(table, "Indikator") == ["Indeks kepuasan masyarakat"]
    assert table_column(table, "Target") == ["85,5"]
    assert table_column(table, "R II") == ["belum"]  # Q2 ended without a realisation

    def fill_realisation(dialog: RealisationDialog) -> None:
        assert child(dialog, QComboBox, "quarter").currentText() == "Triwulan IV"
        choose(qtbot, child(dialog, QComboBox, "quarter"), "Triwulan I")
        assert child(dialog, QLabel, "quarterTarget").text() == "80"
        type_into(qtbot, child(dialog, QLineEdit, "value"), "delapan puluh")
        evidence = child(dialog, QPlainTextEdit, "evidence")
        evidence.setFocus()
        qtbot.keyClicks(evidence, "Laporan survei IKM triwulan I")
        click(qtbot, dialog_button(dialog, "Simpan"))
        seen["bad"] = error_text(dialog)
        type_into(qtbot, child(dialog, QLineEdit, "value"), "79,25")
        click(qtbot, dialog_button(dialog, "Simpan"))

    click_row(qtbot, table, "1")
    modals.expect(RealisationDialog, fill_realisation)
    click(qtbot, child(page, QPushButton, "recordRealisation"))
    modals.check()
    assert "bukan angka" in seen["bad"]
    assert table_column(table, "R I") == ["79,25"]
    assert table_column(table, "Capaian I") == ["99,06% AA"]
    assert table_column(table, "Capaian tahun") == ["92,69% AA"]  # 79.25 / 85.5
    with office.read() as session:
        [row] = pk_summary(session, OFFICE_CODE, 2026, office.device.local_date(
            office.clock()))
    assert row.quarter(1).realisation == "79.25"
    assert row.quarter(1).evidence == "Laporan survei IKM triwulan I"
    assert "2 realisasi triwulan belum dicatat" in child(page, QLabel, "pkSummary").text()
    save_shot(window, shots, "pk-office-page", share=True)

    code = page.print_to(tmp_path / "pk.pdf")
    assert code is not None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "pk.pdf")
                             .pages).split())
    assert "99,06% AA" in text and code in text


def test_the_city_sees_every_office_and_who_has_not_reported(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window = make_window(hub, admin)
    window.resize(1366, 740)
    page = goto(qtbot, window, "Kinerja")
    assert isinstance(page, PerformancePage)
    table = child(page, QTableView, "pkCityTable")
    offices = table_column(table, "Kantor")
    assert "Kelurahan Simpang IV Sipin" in offices and "Kecamatan Telanaipura" in offices
    assert "Kota Jambi" not in offices
    simpang = offices.index("Kelurahan Simpang IV Sipin")
    assert table_column(table, "Belum dilaporkan")[simpang] == "TW I, TW II, TW III"
    choose(qtbot, child(page, QComboBox, "pkKecamatan"), "Kecamatan Telanaipura")
    codes = table_column(table, "Kode")
    assert codes and all(code.startswith("15.71.01") for code in codes)
    assert "belum melaporkan" in child(page, QLabel, "pkSummary").text()
    save_shot(window, shots, "pk-city-page", share=True)
