"""The sidebar areas. Areas not built yet are simply not listed (never shown empty)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.roles import Mode, Role
from desktop.pages.base import PageSpec
from desktop.pages.home import HomePage
from desktop.pages.settings import SettingsPage
from desktop.pages.staff import StaffPage

ALL_MODES = tuple(Mode)
ALL_ROLES = tuple(Role)


def page_specs() -> list[PageSpec]:
    """In sidebar order: Beranda, Jam Layanan, Absensi, Layanan, Inovasi, Kinerja, Sidak,
    Pengaduan, Sinkronisasi, Laporan, Pegawai, Pengaturan (as they get built)."""
    translate = QCoreApplication.translate
    return [
        PageSpec("beranda", translate("Sidebar", "Beranda"), HomePage, ALL_MODES, ALL_ROLES),
        PageSpec("pegawai", translate("Sidebar", "Pegawai"), StaffPage, (Mode.OFFICE,),
                 (Role.OPERATOR, Role.HEAD)),
        PageSpec("pengaturan", translate("Sidebar", "Pengaturan"), SettingsPage, ALL_MODES,
                 ALL_ROLES),
    ]


def visible_specs(mode: Mode, role: Role) -> list[PageSpec]:
    return [spec for spec in page_specs() if mode in spec.modes and role in spec.roles]
