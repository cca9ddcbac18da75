"""Demo data: a kelurahan office with accounts and a staff roster, made through the services.

Later issues extend this to a whole simulated city (hub, offices, inspector, bundles).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from core.context import open_app
from core.roles import Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.setup import setup_installation
from core.services.staff import StaffInput, StaffStatus, add_staff

DEMO_OFFICE_CODE = "15.71.01.1001"  # Kelurahan Simpang IV Sipin, Kecamatan Telanaipura
DEMO_OFFICE_FOLDER = "kelurahan-simpang-iv-sipin"
DEMO_PASSWORD = "pantau2026"

_STAFF = [
    ("Hendra Saputra, S.STP", "Lurah", StaffStatus.PNS),
    ("Rina Marlina, S.E.", "Sekretaris Kelurahan", StaffStatus.PNS),
    ("Ahmad Fauzi", "Kasi Pemerintahan", StaffStatus.PNS),
    ("Dewi Lestari, S.Sos", "Kasi Kesejahteraan Sosial", StaffStatus.PNS),
    ("Muhammad Rizki", "Kasi Pembangunan", StaffStatus.PNS),
    ("Siti Nurhaliza", "Pengadministrasi Umum", StaffStatus.PPPK),
    ("Yusuf Hidayat", "Pengelola Layanan Operasional", StaffStatus.PPPK),
    ("Nurul Aini", "Operator Layanan", StaffStatus.PPPK),
    ("Bambang Irawan", "Petugas Kebersihan", StaffStatus.NON_ASN),
    ("Fitri Handayani", "Petugas Loket", StaffStatus.NON_ASN),
    ("Agus Salim", "Pengemudi", StaffStatus.NON_ASN),
    ("Lina Marpaung", "Petugas Keamanan", StaffStatus.NON_ASN),
]


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role: Role


@dataclass(frozen=True)
class DemoResult:
    office_dir: Path
    accounts: tuple[DemoAccount, ...]


def demo_nip(rng: random.Random, gender: int, serial: int) -> str:
    """A NIP whose dates are real and in a plausible order."""
    birth = date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28))
    appointed_year = rng.randint(birth.year + 22, min(birth.year + 35, 2024))
    return (f"{birth:%Y%m%d}{appointed_year}{rng.randint(1, 12):02d}{gender}"
            f"{serial:03d}")


def build_demo(out: Path, seed: int = 2026) -> DemoResult:
    """Create (or reuse) `out/kelurahan-simpang-iv-sipin` with accounts and staff."""
    office_dir = out / DEMO_OFFICE_FOLDER
    accounts = (
        DemoAccount("lurah", DEMO_PASSWORD, Role.HEAD),
        DemoAccount("operator", DEMO_PASSWORD, Role.OPERATOR),
    )
    ctx = open_app(office_dir)
    try:
        if ctx.is_set_up:
            return DemoResult(office_dir, accounts)
        setup_installation(ctx, Mode.OFFICE, DEMO_OFFICE_CODE, NewAccount(
            "lurah", "Hendra Saputra, S.STP", Role.HEAD, DEMO_PASSWORD))
        head = authenticate(ctx, "lurah", DEMO_PASSWORD)
        rng = random.Random(seed)
        with ctx.write(head) as uow:
            create_user(uow, NewAccount("operator", "Nurul Aini", Role.OPERATOR, DEMO_PASSWORD))
            for serial, (name, position, status) in enumerate(_STAFF, start=1):
                gender = 2 if name.split()[0] in {"Rina", "Dewi", "Siti", "Nurul", "Fitri",
                                                  "Lina"} else 1
                if status is StaffStatus.NON_ASN:
                    data = StaffInput(name, position, status, local_id=f"NA-{serial:03d}",
                                      active_from=date(2024, 1, 2))
                else:
                    data = StaffInput(name, position, status, nip=demo_nip(rng, gender, serial),
                                      active_from=date(2020, 1, 2))
                add_staff(uow, data)
    finally:
        ctx.close()
    return DemoResult(office_dir, accounts)
