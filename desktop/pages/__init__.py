"""The sidebar areas. Areas not built yet are simply not listed (never shown empty)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.roles import Mode, Role
from desktop.pages.attendance import AttendancePage
from desktop.pages.base import PageSpec
from desktop.pages.complaints import ComplaintsPage
from desktop.pages.home import HomePage
from desktop.pages.home_city import CityHomePage
from desktop.pages.innovation import InnovationPage
from desktop.pages.innovation_city import InnovationCityPage
from desktop.pages.ledger import LedgerPage
from desktop.pages.performance import PerformancePage
from desktop.pages.service_hours import ServiceHoursPage
from desktop.pages.services import ServicesPage
from desktop.pages.settings import SettingsPage
from desktop.pages.sidak import SidakPage
from desktop.pages.sidak_city import SidakCityPage
from desktop.pages.staff import StaffPage
from desktop.pages.sync import SyncPage

ALL_MODES = tuple(Mode)
ALL_ROLES = tuple(Role)


def page_specs() -> list[PageSpec]:
    """In sidebar order: Beranda, Jam Layanan, Absensi, Layanan, Inovasi, Kinerja, Sidak,
    Pengaduan, Sinkronisasi, Laporan, Pegawai, Pengaturan (as they get built)."""
    translate = QCoreApplication.translate
    return [
        PageSpec("beranda", translate("Sidebar", "Beranda"), HomePage,
                 (Mode.OFFICE, Mode.INSPECTOR), ALL_ROLES),
        # The same key at the hub: every office side by side.
        PageSpec("beranda", translate("Sidebar", "Beranda"), CityHomePage, (Mode.HUB,),
                 ALL_ROLES),
        PageSpec("jam_layanan", translate("Sidebar", "Jam Layanan"), ServiceHoursPage,
                 (Mode.OFFICE,), (Role.OPERATOR, Role.HEAD)),
        PageSpec("absensi", translate("Sidebar", "Absensi"), AttendancePage, (Mode.OFFICE,),
                 (Role.OPERATOR, Role.HEAD)),
        PageSpec("layanan", translate("Sidebar", "Layanan"), ServicesPage, (Mode.OFFICE,),
                 (Role.OPERATOR, Role.HEAD)),
        PageSpec("inovasi", translate("Sidebar", "Inovasi"), InnovationPage, (Mode.OFFICE,),
                 (Role.OPERATOR, Role.HEAD)),
        PageSpec("inovasi_kota", translate("Sidebar", "Inovasi"), InnovationCityPage,
                 (Mode.HUB,), (Role.ADMIN, Role.OPERATOR)),
        PageSpec("kinerja", translate("Sidebar", "Kinerja"), PerformancePage,
                 (Mode.OFFICE, Mode.HUB), (Role.OPERATOR, Role.HEAD, Role.ADMIN)),
        PageSpec("sidak", translate("Sidebar", "Sidak"), SidakPage, (Mode.INSPECTOR,),
                 (Role.INSPECTOR,)),
        PageSpec("sidak_kota", translate("Sidebar", "Sidak"), SidakCityPage, (Mode.HUB,),
                 (Role.ADMIN, Role.OPERATOR)),
        # Complaints are handled at the hub and kecamatan offices; a kelurahan's page says so.
        PageSpec("pengaduan", translate("Sidebar", "Pengaduan"), ComplaintsPage,
                 (Mode.HUB, Mode.OFFICE), (Role.ADMIN, Role.OPERATOR, Role.HEAD)),
        PageSpec("sinkronisasi", translate("Sidebar", "Sinkronisasi"), SyncPage,
                 (Mode.OFFICE, Mode.INSPECTOR, Mode.HUB),
                 (Role.OPERATOR, Role.HEAD, Role.INSPECTOR, Role.ADMIN)),
        # Only the hub and kecamatan offices import; a kelurahan's page says so.
        PageSpec("buku_sinkronisasi", translate("Sidebar", "Buku sinkronisasi"), LedgerPage,
                 (Mode.HUB, Mode.OFFICE), (Role.ADMIN, Role.OPERATOR, Role.HEAD)),
        PageSpec("pegawai", translate("Sidebar", "Pegawai"), StaffPage, (Mode.OFFICE,),
                 (Role.OPERATOR, Role.HEAD)),
        PageSpec("pengaturan", translate("Sidebar", "Pengaturan"), SettingsPage, ALL_MODES,
                 ALL_ROLES),
    ]


def visible_specs(mode: Mode, role: Role) -> list[PageSpec]:
    return [spec for spec in page_specs() if mode in spec.modes and role in spec.roles]
