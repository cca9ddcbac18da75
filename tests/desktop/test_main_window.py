"""The main window: which areas the sidebar offers to whom, and the status bar."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QTabWidget

from core.context import AppContext
from core.roles import Actor, Mode, Role
from core.services.accounts import authenticate
from desktop.main_window import MainWindow
from desktop.pages import visible_specs
from desktop.pages.home import HomePage
from desktop.pages.home_city import CityHomePage
from desktop.pages.settings import SettingsPage
from desktop.pages.staff import StaffPage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.conftest import PASSWORD, FakeClock, open_office
from tests.desktop.ui import child, goto, save_shot

MakeWindow = Callable[[AppContext, Actor], MainWindow]
OFFICE_SIDEBAR = ["Beranda", "Jam Layanan", "Absensi", "Layanan", "Inovasi", "Kinerja",
                  "Pengaduan", "Sinkronisasi", "Buku sinkronisasi", "Pegawai", "Pengaturan"]
HUB_SIDEBAR = ["Beranda", "Inovasi", "Kinerja", "Sidak", "Pengaduan", "Sinkronisasi",
               "Buku sinkronisasi", "Pengaturan"]


def tab_titles(page: SettingsPage) -> list[str]:
    tabs = child(page, QTabWidget, "settingsTabs")
    return [tabs.tabText(i) for i in range(tabs.count())]


def status(window: MainWindow, name: str) -> str:
    return child(window.statusBar(), QLabel, name).text()


def test_office_head_sees_beranda_pegawai_pengaturan(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window = make_window(office, head)
    assert window.sidebar_titles() == OFFICE_SIDEBAR
    assert window.windowTitle() == "Pantau — Kelurahan Simpang IV Sipin"
    # Beranda is what opens first.
    assert isinstance(window.stack.currentWidget(), HomePage)
    home = window.stack.currentWidget()
    assert child(home, QLabel, "homeTitle").text() == "<h1>Kelurahan Simpang IV Sipin</h1>"
    save_shot(window, shots, "main-beranda-head", share=True)

    assert isinstance(goto(qtbot, window, "Pegawai"), StaffPage)
    settings = goto(qtbot, window, "Pengaturan")
    assert isinstance(settings, SettingsPage)
    assert tab_titles(settings) == ["Akun saya", "Pengguna", "Jadwal dan hari libur",
                                    "Perangkat dan cadangan"]
    assert isinstance(goto(qtbot, window, "Beranda"), HomePage)


def test_status_bar_names_office_user_and_mode(
        make_window: MakeWindow, office: AppContext, head: Actor) -> None:
    window = make_window(office, head)
    assert status(window, "statusOffice") == "Kantor: Kelurahan Simpang IV Sipin"
    assert status(window, "statusUser") == "Pengguna: lurah (Pimpinan (lurah/camat))"
    assert status(window, "statusMode") == "Mode: Kantor (kelurahan/kecamatan)"
    for name in ("statusOffice", "statusUser", "statusMode"):
        assert child(window.statusBar(), QLabel, name).isVisible()


def test_operator_has_no_pengguna_tab_in_pengaturan(
        qtbot, make_window: MakeWindow, office: AppContext, operator: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window = make_window(office, operator)
    assert window.sidebar_titles() == OFFICE_SIDEBAR
    assert status(window, "statusUser") == "Pengguna: operator (Operator)"
    settings = goto(qtbot, window, "Pengaturan")
    assert tab_titles(settings) == ["Akun saya", "Jadwal dan hari libur", "Perangkat dan cadangan"]
    assert "Pengguna" not in tab_titles(settings)
    assert settings.users_model is None
    save_shot(window, shots, "main-pengaturan-operator")


def test_hub_admin_sidebar_has_no_pegawai_page() -> None:
    assert [spec.title for spec in visible_specs(Mode.HUB, Role.ADMIN)] == HUB_SIDEBAR
    assert [spec.title for spec in visible_specs(Mode.HUB, Role.OPERATOR)] == HUB_SIDEBAR


def test_hub_admin_settings_has_pengguna_and_unit_kerja_tabs(
        qtbot, hub: AppContext, admin: Actor) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppState(hub, admin), TaskRunner())
    qtbot.addWidget(page)
    assert tab_titles(page) == ["Akun saya", "Pengguna", "Unit kerja",
                                "Jadwal dan hari libur", "Aturan dan layanan",
                                "Perangkat dan cadangan", "Basis data"]


def test_hub_admin_main_window_has_beranda_pengaturan_and_unit_kerja(
        qtbot, make_window: MakeWindow, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    window = make_window(hub, admin)
    assert window.sidebar_titles() == HUB_SIDEBAR
    assert "pegawai" not in window.pages
    # Beranda at the hub is the city's: every office side by side.
    assert isinstance(window.stack.currentWidget(), CityHomePage)
    assert window.pages["beranda"] is window.stack.currentWidget()
    settings = goto(qtbot, window, "Pengaturan")
    assert tab_titles(settings) == ["Akun saya", "Pengguna", "Unit kerja",
                                    "Jadwal dan hari libur", "Aturan dan layanan",
                                    "Perangkat dan cadangan", "Basis data"]
    assert status(window, "statusUser") == "Pengguna: admin (Admin kota)"
    assert status(window, "statusMode") == "Mode: Kota (hub)"
    assert status(window, "statusOffice") == "Kantor: Kota Jambi"
    save_shot(window, shots, "main-beranda-hub", share=True)


def test_inspector_at_a_kecamatan_sees_sidak_sync_and_settings(
        qtbot, tmp_path: Path, clock: FakeClock, make_window: MakeWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = open_office(tmp_path / "pemeriksa", clock, Mode.INSPECTOR, "15.71.01")
    try:
        window = make_window(ctx, authenticate(ctx, "pemeriksa", PASSWORD))
        assert window.sidebar_titles() == ["Beranda", "Sidak", "Sinkronisasi", "Pengaturan"]
        assert status(window, "statusOffice") == "Kantor: Kecamatan Telanaipura"
        assert status(window, "statusMode") == "Mode: Pemeriksa (sidak)"
        settings = goto(qtbot, window, "Pengaturan")
        assert tab_titles(settings) == ["Akun saya",
                                        "Jadwal dan hari libur", "Perangkat dan cadangan"]
        window.close()
    finally:
        ctx.close()


def test_head_does_not_get_the_unit_kerja_tab(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor) -> None:  # type: ignore[no-untyped-def]
    window = make_window(office, head)
    settings = goto(qtbot, window, "Pengaturan")
    assert "Unit kerja" not in tab_titles(settings)
    assert settings.units_model is None


def test_closing_the_window_waits_for_background_work(
        qtbot, make_window: MakeWindow, office: AppContext, head: Actor) -> None:  # type: ignore[no-untyped-def]
    window = make_window(office, head)
    work_done = threading.Event()
    delivered: list[str] = []

    def slow(_progress: object) -> str:
        time.sleep(0.3)
        work_done.set()
        return "selesai"

    window.tasks.run(window, "Uji", slow, delivered.append, delivered.append)
    window.close()
    # closeEvent returned only after the worker thread had finished.
    assert work_done.is_set()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: delivered == ["selesai"], timeout=2000)
