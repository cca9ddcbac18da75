"""Beranda at the city hub: every office side by side, sorted, filtered, drilled into and
exported, from rows that arrived by bundle.

The hub holds the bundles of tests/dashboard/conftest.py (Kelurahan Simpang IV Sipin's
autumn and an inspector's two October sidak there) and one more office of the same
kecamatan, Kelurahan Buluran Kenali (15.71.01.1002): it opened on 2 November 07.30, 3 November
07.25 and 4 November 07.50 (20 minutes late), and has no staff registered. Every other
office never sent anything. The hub imported on 20 November 12.00 WIB; today is 25
November 2026.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
)

from core.context import AppContext
from core.roles import Actor, Mode
from core.services.accounts import authenticate
from core.services.complaints import ComplaintInput, register_complaint, verify
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, approve_device, import_bundles
from desktop.dialogs.office_drilldown import OfficeDrilldownDialog
from desktop.main_window import MainWindow
from desktop.pages.home_city import CityHomePage, attention_reasons
from desktop.pages.innovation_city import ATTENTION_FILL
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.dashboard.conftest import (  # noqa: F401  (template: the session's bundles)
    IMPORTED_AT,
    LOOK_AT,
    OTHER_KELURAHAN,
    City,
    Template,
    template,
    wib,
)
from tests.desktop.test_sidak_city_page import pick
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_row,
    click_tab,
    cut_short_columns,
    dialog_button,
    goto,
    message_button,
    row_index,
    save_shot,
    table_column,
    table_rows,
)

MakeWindow = Callable[[AppContext, Actor], MainWindow]
SIMPANG = "Kelurahan Simpang IV Sipin"
BULURAN = "Kelurahan Buluran Kenali"
PASIR_PUTIH = "Kelurahan Pasir Putih"  # Kecamatan Jambi Selatan, never sent anything
ON_TIME = "Tepat\nwaktu"
LATE = "Rata-rata\nterlambat\n(menit)"
SIDAK = "Sidak\n(kunjungan/\ntemuan)"
COMPLAINTS = "Pengaduan\n(diterima/terbuka/\nlewat batas)"
SYNC = "Sinkron terakhir\n(hari tanpa kiriman)"


@pytest.fixture(scope="session")
def buluran(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Kelurahan Buluran Kenali's bundle (see the module's docstring) and its device id."""
    from core.services import service_hours as hours

    root = tmp_path_factory.mktemp("buluran")
    clock = FakeClock(wib(date(2026, 11, 2), "07:00"))
    office = open_office(root / "office", clock, office_code=OTHER_KELURAHAN)
    try:
        head = authenticate(office, "lurah", PASSWORD)
        for day, opens in ((2, "07:30"), (3, "07:25"), (4, "07:50")):
            for moment, action in ((opens, hours.open_office), ("16:00", hours.close_office)):
                clock.now = wib(date(2026, 11, day), moment)
                with office.write(head) as uow:
                    action(uow, confirmed_clock=True)
        clock.now = IMPORTED_AT - timedelta(hours=1)
        result = export_bundle(office, head, root / "usb", full=True)
        assert result.path is not None
        return result.path, office.device.id
    finally:
        office.close()


@pytest.fixture
def city(template: Template, buluran: tuple[Path, str], tmp_path: Path  # noqa: F811
         ) -> Iterator[City]:
    """A hub on SQLite holding the three bundles, every device approved."""
    clock = FakeClock(IMPORTED_AT)
    hub = open_office(tmp_path / "hub", clock, Mode.HUB, "15.71")
    try:
        admin = authenticate(hub, "admin", PASSWORD)
        usb = tmp_path / "usb"
        shutil.copytree(template.bundles[0].parent, usb)
        shutil.copy(buluran[0], usb)
        import_bundles(hub, admin, [usb])
        for device in (*template.devices, buluran[1]):
            assert [r.result for r in approve_device(hub, admin, device)] == [APPLIED]
        clock.now = LOOK_AT
        yield City(hub, admin, clock, template.staff)
    finally:
        hub.close()


def open_beranda(qtbot, make_window: MakeWindow, city: City  # type: ignore[no-untyped-def]
                 ) -> tuple[MainWindow, CityHomePage]:
    window = make_window(city.hub, city.admin)
    window.resize(1400, 860)
    page = goto(qtbot, window, "Beranda")
    assert isinstance(page, CityHomePage)
    return window, page


def offices(page: CityHomePage) -> QTableView:
    return child(page, QTableView, "officeTable")


def cell(table: QTableView, office: str, title: str) -> str:
    names = table_column(table, table.model().headerData(0, Qt.Orientation.Horizontal))
    assert office in names, (office, names)
    return table_column(table, title)[names.index(office)]


def figure(page: CityHomePage, key: str) -> str:
    return child(page, QLabel, f"figure_{key}").text()


def click_header(qtbot, table: QTableView, title: str) -> None:  # type: ignore[no-untyped-def]
    model = table.model()
    column = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())].index(title)
    table.scrollTo(model.index(0, column))
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column


def three_pungli_reports(city: City) -> None:
    """Three verified pungli reports in October about Budi Santoso of Simpang IV Sipin."""
    with city.hub.write(city.admin) as uow:
        ids = [register_complaint(uow, ComplaintInput(
            "whatsapp", "pungli", OFFICE_CODE, f"Diminta uang untuk surat domisili ({n})",
            received_on=date(2026, 10, 12 + n), staff_id=city.staff[1])).id
            for n in range(3)]
    with city.hub.write(city.admin) as uow:
        for complaint_id in ids:
            verify(uow, complaint_id, True, "Terbukti dari rekaman WhatsApp")


# --- the table ---------------------------------------------------------------------------

def test_the_hub_beranda_shows_every_office_s_month_with_the_city_figures(
        qtbot, make_window: MakeWindow, city: City, shots: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_beranda(qtbot, make_window, city)
    assert window.stack.currentWidget() is page  # what opens first at the hub
    month = child(page, QComboBox, "monthFilter")
    assert month.currentText() == "November 2026"  # the installation's month
    assert month.itemText(1) == "Oktober 2026"
    table = offices(page)
    # November so far: the 2nd on time, the 3rd 10 minutes late; H and S on the 2nd.
    assert cell(table, SIMPANG, "Kecamatan") == "Telanaipura"
    assert cell(table, SIMPANG, ON_TIME) == "50,0%"
    assert cell(table, SIMPANG, LATE) == "5,0"
    assert cell(table, SIMPANG, "Kehadiran") == "25,0%"
    assert cell(table, SIMPANG, SIDAK) == "–"  # not visited in November
    assert cell(table, SIMPANG, COMPLAINTS) == "0 / 0 / 0"
    assert cell(table, SIMPANG, "Inovasi\n(jumlah, tahap\nterbaik)") == "2, uji coba"
    assert cell(table, SIMPANG, "Risiko\ninovasi") == "perlu perhatian"
    assert cell(table, SIMPANG, "Capaian PK\n(predikat)") == "95,00% AA (TW II)"
    assert cell(table, SIMPANG, SYNC) == "20-11-2026 12.00 (5 hari)"
    # Buluran Kenali: two of three days on time; no roster, so no attendance figure.
    assert cell(table, BULURAN, ON_TIME) == "66,7%"
    assert cell(table, BULURAN, LATE) == "6,7"
    assert cell(table, BULURAN, "Kehadiran") == "–"
    assert cell(table, PASIR_PUTIH, ON_TIME) == "–"
    assert cell(table, PASIR_PUTIH, SYNC) == "belum pernah"

    dashboard = page.dashboard
    assert dashboard is not None
    assert figure(page, "offices") == str(len(dashboard.rows)) == str(
        len(table_rows(table)))
    assert figure(page, "on_time") == "60,0%"  # 3 of 5 days, Simpang's and Buluran Kenali's
    assert figure(page, "attendance") == "25,0%"
    assert figure(page, "silent") == str(len(dashboard.rows) - 3)
    assert figure(page, "rotation") == "0"
    assert "25 November 2026 (bulan berjalan)" in child(page, QLabel, "dashboardPeriod").text()
    save_shot(window, shots, "home-city-kantor", share=True)
    window.resize(1100, 700)  # as the window first opens: wide columns scroll, none cut
    assert cut_short_columns(table) == []
    assert cut_short_columns(child(page, QTableView, "kecamatanTable")) == []
    save_shot(window, shots, "home-city-kantor-1100", share=True)


def test_rows_needing_attention_are_shaded_and_say_why(
        qtbot, make_window: MakeWindow, city: City) -> None:  # type: ignore[no-untyped-def]
    three_pungli_reports(city)
    _window, page = open_beranda(qtbot, make_window, city)
    choose(qtbot, child(page, QComboBox, "monthFilter"), "Oktober 2026")
    table = offices(page)
    model = table.model()

    def row_of(name: str) -> int:
        return row_index(table, name).row()

    simpang = model.index(row_of(SIMPANG), 0)
    assert simpang.data(Qt.ItemDataRole.BackgroundRole) == QBrush(ATTENTION_FILL)
    why = simpang.data(Qt.ItemDataRole.ToolTipRole)
    assert "buka tepat waktu 9,1% hari kerja, di bawah 80%" in why
    assert "1 rekomendasi rotasi" in why
    assert "tidak ada kiriman" not in why  # 5 days is not silent
    assert cell(table, SIMPANG, COMPLAINTS) == "3 / 3 / 3"
    assert figure(page, "rotation") == "1"
    silent = model.index(row_of(PASIR_PUTIH), 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "belum pernah mengirim data" in silent
    assert "inovasi berisiko: belum ada inovasi" in silent
    assert "perlu perhatian" in child(page, QLabel, "officeCount").text()
    # An office that did send, but not for three weeks.
    quiet = replace(page.dashboard.row(OFFICE_CODE), silent=True, days_silent=21)  # type: ignore[union-attr]
    assert "tidak ada kiriman selama 21 hari (lebih dari 14)" in attention_reasons(quiet)
    fine = replace(quiet, silent=False, on_time_days=quiet.service_days, rotation_alerts=0)
    assert attention_reasons(fine) == []  # on time every day, sending, innovations not at risk


def test_sorting_by_a_column_orders_the_figures_and_puts_missing_ones_last(
        qtbot, make_window: MakeWindow, city: City) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_beranda(qtbot, make_window, city)
    table = offices(page)
    header = table.horizontalHeader()
    click_header(qtbot, table, ON_TIME)
    first_order = header.sortIndicatorOrder()
    shown = table_column(table, ON_TIME)
    named = table_column(table, "Kantor")
    low_high = [SIMPANG, BULURAN] if first_order == Qt.SortOrder.AscendingOrder \
        else [BULURAN, SIMPANG]
    assert named[:2] == low_high
    assert set(shown[2:]) == {"–"}

    click_header(qtbot, table, ON_TIME)
    assert header.sortIndicatorOrder() != first_order
    assert table_column(table, "Kantor")[:2] == low_high[::-1]
    assert set(table_column(table, ON_TIME)[2:]) == {"–"}  # still last

    # A column with a figure for every office: the innovations, most first.
    column = "Inovasi\n(jumlah, tahap\nterbaik)"
    click_header(qtbot, table, column)
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(qtbot, table, column)
    assert table_column(table, "Kantor")[0] == SIMPANG
    assert table_column(table, column)[:2] == ["2, uji coba", "0"]


def test_the_kecamatan_filter_and_the_month(
        qtbot, make_window: MakeWindow, city: City, shots: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = open_beranda(qtbot, make_window, city)
    table = offices(page)
    everything = len(table_rows(table))
    assert PASIR_PUTIH in table_column(table, "Kantor")
    choose(qtbot, child(page, QComboBox, "kecamatanFilter"), "Telanaipura")
    assert set(table_column(table, "Kecamatan")) == {"Telanaipura"}
    assert {SIMPANG, BULURAN, "Kecamatan Telanaipura"} <= set(table_column(table, "Kantor"))
    assert PASIR_PUTIH not in table_column(table, "Kantor")
    assert int(figure(page, "offices")) == len(table_rows(table)) < everything
    groups = child(page, QTableView, "kecamatanTable")
    assert table_column(groups, "Kecamatan") == ["Telanaipura"]
    assert table_column(groups, ON_TIME) == ["60,0%"]
    assert child(page, QLabel, "cityTotals").text().startswith("Kecamatan Telanaipura: ")
    chart = page.on_time_chart.chart()
    assert "Telanaipura" in chart.title()

    choose(qtbot, child(page, QComboBox, "monthFilter"), "Oktober 2026")
    # October: 2 of 22 working days on time; Buluran Kenali's first data is of November, so
    # its October is before it started using Pantau: missing, not 0%.
    assert cell(table, SIMPANG, ON_TIME) == "9,1%"
    assert cell(table, SIMPANG, LATE) == "11,2"  # 45 / 4, rounded half to even
    assert cell(table, SIMPANG, "Kehadiran") == "6,8%"
    assert cell(table, SIMPANG, SIDAK) == "2 / 3"
    assert cell(table, SIMPANG, "Selisih\nsidak") == "2"
    assert cell(table, BULURAN, ON_TIME) == "–"
    assert "Oktober 2026" in child(page, QLabel, "dashboardPeriod").text()
    assert "bulan berjalan" not in child(page, QLabel, "dashboardPeriod").text()
    click_tab(qtbot, page.tabs, "Per kecamatan")
    save_shot(window, shots, "home-city-kecamatan", share=True)
    pick(qtbot, child(page, QComboBox, "kecamatanFilter"), "Semua")
    click_tab(qtbot, page.tabs, "Grafik")
    assert page.on_time_chart.chart().title() == "Hari buka tepat waktu per kecamatan"
    window.resize(1100, 700)
    save_shot(window, shots, "home-city-grafik", share=True)


# --- the drill-down ----------------------------------------------------------------------

def test_the_drill_down_shows_the_month_day_by_day_and_the_sidak_discrepancies(
        qtbot, make_window: MakeWindow, city: City, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    three_pungli_reports(city)
    _window, page = open_beranda(qtbot, make_window, city)
    choose(qtbot, child(page, QComboBox, "monthFilter"), "Oktober 2026")
    seen: dict[str, object] = {}

    def look(dialog: OfficeDrilldownDialog) -> None:
        assert dialog.windowTitle() == f"Rincian kantor: {SIMPANG}"
        assert child(dialog, QLabel, "drillHeading").text() == f"{SIMPANG} — Oktober 2026"
        days = child(dialog, QTableView, "drillDays")
        rows = {row[0]: row for row in table_rows(days)}
        assert len(rows) == 31
        assert rows["Kamis, 01-10-2026"][1:] == ["tepat waktu", "07.30", "16.05", "0",
                                                 "2 dari 2", "100,0%"]
        assert rows["Jumat, 02-10-2026"][1:] == ["terlambat", "07.45", "16.30", "15",
                                                 "1 dari 2", "50,0%"]
        assert rows["Sabtu, 03-10-2026"][1:] == ["akhir pekan", "", "", "", "", ""]
        assert rows["Rabu, 07-10-2026"][1:3] == ["tidak tercatat", "–"]
        save_shot(dialog, shots, "home-city-rincian", share=True)
        click_tab(qtbot, dialog.tabs, "Tren 6 bulan")
        assert "Oktober 2026: 9,1% (2 dari 22 hari kerja)" in child(
            dialog, QLabel, "drillTrendText").text()
        save_shot(dialog, shots, "home-city-rincian-tren", share=True)
        tabs = child(dialog, QTabWidget, "drillTabs")
        click_tab(qtbot, tabs, "Sidak (2; 2 selisih)")
        visits = child(dialog, QTableView, "drillVisits")
        assert table_column(visits, "Tanggal") == ["05-10-2026", "01-10-2026"]
        assert table_column(visits, "Cek silang") == ["1 ketidaksesuaian"] * 2
        discrepancies = child(dialog, QTableView, "drillDiscrepancies")
        kinds = dict(zip(table_column(discrepancies, "Tanggal"),
                         table_column(discrepancies, "Jenis"), strict=True))
        assert kinds == {"01-10-2026": "Jam layanan", "05-10-2026": "Tidak tercatat"}
        seen["hours"] = table_column(discrepancies, "Keterangan")
        save_shot(dialog, shots, "home-city-rincian-sidak", share=True)
        click_tab(qtbot, tabs, "Pengaduan (3)")
        assert "Rekomendasi rotasi: Budi Santoso" in child(dialog, QLabel,
                                                           "drillAlerts").text()
        click_tab(qtbot, tabs, "Inovasi (2)")
        click_tab(qtbot, tabs, "PK (2)")
        pk = child(dialog, QTableView, "drillPk")
        assert table_column(pk, "Capaian TW II") == ["90,00% A", "100,00% AA"]  # AA is above 90
        click(qtbot, dialog_button(dialog, "Tutup"))

    modals.expect(OfficeDrilldownDialog, look)
    click_row(qtbot, offices(page), SIMPANG, double=True)
    qtbot.waitUntil(lambda: modals.seen == ["OfficeDrilldownDialog"], timeout=10_000)
    modals.check()
    assert any("tutup" in text.lower() for text in seen["hours"])  # type: ignore[attr-defined]

    # The button opens the selected office too.
    button = child(page, QPushButton, "openDrilldown")
    assert button.isEnabled()
    modals.expect(OfficeDrilldownDialog, lambda d: (
        (table_rows(child(d, QTableView, "drillDays"))[0][1] == "tepat waktu")
        and click(qtbot, dialog_button(d, "Tutup"))))
    click(qtbot, button)
    qtbot.waitUntil(lambda: len(modals.seen) == 2, timeout=10_000)


# --- Excel -------------------------------------------------------------------------------

def test_excel_export_writes_the_dashboard_shown_and_an_unwritable_folder_is_a_message(
        qtbot, make_window: MakeWindow, city: City, modals: ModalDriver,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    _window, page = open_beranda(qtbot, make_window, city)
    choose(qtbot, child(page, QComboBox, "monthFilter"), "Oktober 2026")
    out = tmp_path / "beranda.xlsx"
    page.choose_path = lambda _suggested: out  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "exportXlsx"))
    result = child(page, QLabel, "exportResult")
    qtbot.waitUntil(lambda: str(out) in result.text(), timeout=10_000)
    assert "Oktober 2026" in result.text()
    sheet = load_workbook(out)["Semua kantor"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    simpang = next(r for r in rows if r[header.index("Kantor")] == SIMPANG)
    assert simpang[header.index("Tepat waktu")] == pytest.approx(2 / 22)
    assert simpang[header.index("Ketidaksesuaian")] == 2
    assert len(rows) - 1 == len(table_rows(offices(page)))

    blocker = tmp_path / "bukan-folder"
    blocker.write_text("sebuah berkas")
    page.choose_path = lambda _suggested: blocker / "beranda.xlsx"  # type: ignore[method-assign]
    messages: list[str] = []

    def refused(box: QMessageBox) -> None:
        messages.append(box.text())
        click(qtbot, message_button(box))

    modals.expect(QMessageBox, refused)
    click(qtbot, child(page, QPushButton, "exportXlsx"))
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "tidak dapat ditulis" in messages[0] and "Pilih folder lain" in messages[0]
    assert result.text() == ""
    assert blocker.read_text() == "sebuah berkas"
