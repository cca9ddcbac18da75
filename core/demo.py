"""Demo data: a simulated Kota Jambi in `demo-city/`, made only through the services.

A city hub, three kelurahan of Kecamatan Telanaipura and the kecamatan office itself,
each a real data folder. The kelurahan export bundles to `usb/` (one of them through the
kecamatan, which relays it unchanged), the hub imports them, approves the devices after
comparing fingerprints, and sends reference bundles back with acknowledgements. One
new kelurahan is set up from a setup file made at the hub; one damaged copy shows how a
refused bundle looks in the ledger.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from core.context import AppContext, open_app
from core.roles import Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.offices import add_unit, city_entry
from core.services.setup import setup_installation
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from core.sync.reference import (
    city_key_fingerprint,
    export_reference,
    import_reference,
    setup_from_bundle,
)
from db.models import SyncDevice

DEMO_OFFICE_CODE = "15.71.01.1001"  # Kelurahan Simpang IV Sipin, Kecamatan Telanaipura
DEMO_OFFICE_FOLDER = "kelurahan-simpang-iv-sipin"
DEMO_HUB_FOLDER = "kota-jambi"
DEMO_PASSWORD = "pantau2026"
KECAMATAN_CODE = "15.71.01"  # Telanaipura
# Other kelurahan of the simulation: (code, folder, head's name, roster size).
OTHER_KELURAHAN = (
    ("15.71.01.1002", "kelurahan-buluran-kenali", "Syafrizal, S.Sos", 8),
    ("15.71.01.1003", "kelurahan-teluk-kenali", "Meliana Putri, S.IP", 6),
)
_FIRST_NAMES = ("Andi", "Budi", "Citra", "Dedi", "Eka", "Farida", "Gusti", "Hasanah", "Indra",
                "Joko", "Kartini", "Lukman", "Maya", "Nanda", "Oki", "Putri")
_LAST_NAMES = ("Saputra", "Lestari", "Harahap", "Siregar", "Nasution", "Wijaya", "Pratama",
               "Rahmawati")

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
    hub_dir: Path | None = None
    hub_account: DemoAccount | None = None


def demo_nip(rng: random.Random, gender: int, serial: int) -> str:
    """A NIP whose dates are real and in a plausible order."""
    birth = date(rng.randint(1970, 1995), rng.randint(1, 12), rng.randint(1, 28))
    appointed_year = rng.randint(birth.year + 22, min(birth.year + 35, 2024))
    return (f"{birth:%Y%m%d}{appointed_year}{rng.randint(1, 12):02d}{gender}"
            f"{serial:03d}")


def _roster(rng: random.Random, size: int, office_number: int) -> list[StaffInput]:
    people = []
    for serial in range(1, size + 1):
        name = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
        status = (StaffStatus.PNS, StaffStatus.PPPK, StaffStatus.NON_ASN)[serial % 3]
        if status is StaffStatus.NON_ASN:
            people.append(StaffInput(name, "Staf", status, local_id=f"NA-{serial:03d}",
                                     active_from=date(2024, 1, 2)))
        else:
            nip = demo_nip(rng, 1 + serial % 2, office_number * 100 + serial)
            if status is StaffStatus.PPPK:
                nip = nip[:12] + "21" + nip[14:]
            people.append(StaffInput(name, "Staf", status, nip=nip,
                                     active_from=date(2023, 1, 2)))
    return people


def _office(folder: Path, code: str, head_name: str, staff: list[StaffInput]) -> None:
    ctx = open_app(folder)
    try:
        if ctx.is_set_up:
            return
        setup_installation(ctx, Mode.OFFICE, code, NewAccount("lurah", head_name, Role.HEAD,
                                                              DEMO_PASSWORD))
        head = authenticate(ctx, "lurah", DEMO_PASSWORD)
        with ctx.write(head) as uow:
            create_user(uow, NewAccount("operator", "Operator Kantor", Role.OPERATOR,
                                        DEMO_PASSWORD))
            for person in staff:
                add_staff(uow, person)
    finally:
        ctx.close()


def _export(folder: Path, usb: Path) -> None:
    ctx = open_app(folder)
    try:
        export_bundle(ctx, authenticate(ctx, "operator", DEMO_PASSWORD), usb)
    finally:
        ctx.close()


def build_demo(out: Path, seed: int = 2026) -> DemoResult:
    """Create (or reuse) the simulated city under `out`."""
    office_dir = out / DEMO_OFFICE_FOLDER
    hub_dir = out / DEMO_HUB_FOLDER
    accounts = (
        DemoAccount("lurah", DEMO_PASSWORD, Role.HEAD),
        DemoAccount("operator", DEMO_PASSWORD, Role.OPERATOR),
    )
    hub_account = DemoAccount("admin", DEMO_PASSWORD, Role.ADMIN)
    result = DemoResult(office_dir, accounts, hub_dir, hub_account)
    if (hub_dir / "pantau.db").exists():
        return result
    rng = random.Random(seed)
    usb = out / "usb"
    usb.mkdir(parents=True, exist_ok=True)

    # Kelurahan Simpang IV Sipin: the office `make run` opens.
    main_staff = []
    for serial, (name, position, status) in enumerate(_STAFF, start=1):
        gender = 2 if name.split()[0] in {"Rina", "Dewi", "Siti", "Nurul", "Fitri", "Lina"} \
            else 1
        if status is StaffStatus.NON_ASN:
            main_staff.append(StaffInput(name, position, status, local_id=f"NA-{serial:03d}",
                                         active_from=date(2024, 1, 2)))
        else:
            main_staff.append(StaffInput(name, position, status,
                                         nip=demo_nip(rng, gender, serial),
                                         active_from=date(2020, 1, 2)))
    _office(office_dir, DEMO_OFFICE_CODE, "Hendra Saputra, S.STP", main_staff)
    for number, (code, folder, head_name, size) in enumerate(OTHER_KELURAHAN[:1], start=2):
        _office(out / folder, code, head_name, _roster(rng, size, number))
    _office(out / "kecamatan-telanaipura", KECAMATAN_CODE, "Drs. Ahmad Rifai",
            _roster(rng, 10, 9))

    # The hub, which also prepares the third kelurahan's installation by file.
    hub = open_app(hub_dir)
    try:
        setup_installation(hub, Mode.HUB, city_entry().code,
                           NewAccount("admin", "Admin Bagian Organisasi", Role.ADMIN,
                                      DEMO_PASSWORD))
        admin = authenticate(hub, "admin", DEMO_PASSWORD)
        code, folder, head_name, size = OTHER_KELURAHAN[1]
        with hub.write(admin) as uow:
            add_unit(uow, "15.71.PKM.001", "Puskesmas Simpang IV Sipin", KECAMATAN_CODE)
            create_user(uow, NewAccount("lurah", head_name, Role.HEAD, DEMO_PASSWORD),
                        office_code=code)
            create_user(uow, NewAccount("operator", "Operator Kantor", Role.OPERATOR,
                                        DEMO_PASSWORD), office_code=code)
        setup_file = export_reference(hub, admin, code, out / "setup", setup_mode=Mode.OFFICE)
    finally:
        hub.close()
    teluk = open_app(out / folder)
    try:
        setup_from_bundle(teluk, setup_file)
        head = authenticate(teluk, "lurah", DEMO_PASSWORD)
        with teluk.write(head) as uow:
            for person in _roster(rng, size, 3):
                add_staff(uow, person)
    finally:
        teluk.close()

    # Bundles travel: Buluran Kenali goes through the kecamatan; the others straight to usb/.
    kecamatan_usb = out / "usb-kecamatan"
    _export(out / OTHER_KELURAHAN[0][1], kecamatan_usb)
    kecamatan = open_app(out / "kecamatan-telanaipura")
    try:
        camat = authenticate(kecamatan, "lurah", DEMO_PASSWORD)
        import_bundles(kecamatan, camat, [kecamatan_usb])
        approve_device(kecamatan, camat, _device_of(out / OTHER_KELURAHAN[0][1]))
        export_bundle(kecamatan, camat, usb)
    finally:
        kecamatan.close()
    for folder_name in (DEMO_OFFICE_FOLDER, OTHER_KELURAHAN[1][1]):
        _export(out / folder_name, usb)
    damaged = usb / "pantau-salinan-terputus.pantau"
    first = sorted(usb.glob("*.pantau"))[0]
    damaged.write_bytes(first.read_bytes()[: first.stat().st_size // 2])

    hub = open_app(hub_dir)
    try:
        admin = authenticate(hub, "admin", DEMO_PASSWORD)
        import_bundles(hub, admin, [usb])
        for device in _held_devices(hub):
            approve_device(hub, admin, device)
        references = [export_reference(hub, admin, office, out / "usb-kota")
                      for office in (DEMO_OFFICE_CODE, KECAMATAN_CODE, *(
                          code for code, *_ in OTHER_KELURAHAN))]
    finally:
        hub.close()
    for folder_name, reference in zip(
            (DEMO_OFFICE_FOLDER, "kecamatan-telanaipura", *(f for _, f, *_ in OTHER_KELURAHAN)),
            references, strict=True):
        ctx = open_app(out / folder_name)
        try:
            head = authenticate(ctx, "lurah", DEMO_PASSWORD)
            import_reference(ctx, head, reference,
                             trust_fingerprint=city_key_fingerprint(reference))
        finally:
            ctx.close()
    return result


def _device_of(folder: Path) -> str:
    ctx = open_app(folder)
    try:
        return ctx.device.id
    finally:
        ctx.close()


def _held_devices(hub: AppContext) -> list[str]:
    with hub.read() as session:
        return list(session.scalars(select(SyncDevice.device_id).where(
            SyncDevice.status == "held")))
