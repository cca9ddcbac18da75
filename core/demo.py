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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from core.context import DEFAULT_TIMEZONE, AppContext, UnitOfWork, open_app
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.attendance import record_attendance
from core.services.calendar import Calendar
from core.services.month_lock import is_locked, lock_month, month_key, previous_month
from core.services.offices import add_unit, city_entry
from core.services.service_hours import (
    amend_time,
    close_office,
    mark_closed,
    open_office,
    set_reason,
)
from core.services.service_register import record_service
from core.services.setup import setup_installation
from core.services.staff import StaffInput, StaffStatus, add_staff, list_staff
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from core.sync.reference import (
    city_key_fingerprint,
    export_reference,
    import_reference,
    setup_from_bundle,
)
from db.models import DayLog, SyncDevice

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


@dataclass
class SimulatedClock:
    """The demo's time: it walks through the simulated days, then stays at `real_now`."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def at(self, day: date, minute: int) -> None:
        self.now = datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                            tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).astimezone(UTC)


@dataclass(frozen=True)
class Punctuality:
    """How an office behaves: chance of a late opening and of an early closing."""

    late_chance: float
    early_chance: float


# The simulated periods: a Ramadan season (Feb–Apr 2026, with Imlek, Nyepi, Idul Fitri and
# Easter) and the three months up to yesterday.
RAMADAN_SEASON = (date(2026, 2, 2), date(2026, 4, 30))
LATE_REASONS = ("Rapat koordinasi di kecamatan", "Antre BBM, kendaraan dinas mogok",
                "Hujan deras, jalan tergenang", "Listrik padam, menunggu genset")


def _simulate_days(ctx: AppContext, clock: SimulatedClock, start: date, end: date,
                   habits: Punctuality, rng: random.Random) -> None:
    """Open, roll call and close every working day through the services, as an operator
    and a lurah would; lock each finished month."""
    head = authenticate(ctx, "lurah", DEMO_PASSWORD)
    operator = authenticate(ctx, "operator", DEMO_PASSWORD)
    office = ctx.device.office_code
    with ctx.read() as session:
        staff = [row for row in list_staff(session, office) if row.active_until is None]
        rules = list(Calendar(session, office, start, end).days(start, end))
    truant = staff[-1].id if staff else None  # someone collects TK days
    first_day = True
    for day_rule in rules:
        schedule = day_rule.schedule
        day = day_rule.day
        if schedule is None:
            if day.day == 1:
                clock.at(day, 9 * 60)
                _lock_previous_month(ctx, head, day)
            continue
        late = rng.random() < habits.late_chance
        opened = schedule.opens + (rng.randint(3, 50) if late else -rng.randint(0, 20))
        clock.at(day, opened)
        if rng.random() < 0.01:
            with ctx.write(operator) as uow:
                mark_closed(uow, day, "Banjir di jalan menuju kantor, pelayanan ditutup")
            continue
        with ctx.write(operator) as uow:
            open_office(uow, confirmed_clock=first_day)
            first_day = False
        early = rng.random() < habits.early_chance
        closed = schedule.closes + (-rng.randint(10, 50) if early else rng.randint(0, 15))
        clock.at(day, closed)
        with ctx.write(operator) as uow:
            for person in staff:
                _roll_call(uow, person.id, day, schedule.opens, closed, rng,
                           truant=person.id == truant)
            _services(uow, day, opened, closed, rng)
            close_office(uow)
            if late and opened - schedule.opens > 15 and rng.random() < 0.6:
                set_reason(uow, day, rng.choice(LATE_REASONS))
        if day.day <= 3:  # the lurah reviews last month after the first working day
            clock.at(day, closed + 20)
            _lock_previous_month(ctx, head, day)
        if rng.random() < 0.03:
            with ctx.write(operator) as uow:
                amend_time(uow, day, "opened_local",
                           f"{schedule.opens // 60:02d}.{schedule.opens % 60:02d}",
                           "Pintu dibuka tepat waktu, tombol baru ditekan kemudian")


# Cumulative chances of each roll-call status on an ordinary day; the rest is TK.
_STATUS_DRAW = ((0.82, "H"), (0.88, "TL"), (0.90, "PSW"), (0.93, "DL"), (0.95, "S"),
                (0.97, "I"), (0.985, "C-T"), (0.995, "WFH"))


def _roll_call(uow: UnitOfWork, staff_id: str, day: date, opens: int, closed: int,
               rng: random.Random, truant: bool) -> None:
    draw = rng.random()
    if truant and draw < 0.05:
        record_attendance(uow, day, staff_id, "TK")
        return
    status = next((status for threshold, status in _STATUS_DRAW if draw < threshold), "TK")
    arrive = opens - rng.randint(0, 25)
    leave = closed + rng.randint(0, 10)
    if status == "TL":
        arrive = opens + rng.randint(5, 75)
    if status == "PSW":
        leave = closed - rng.randint(20, 90)
    if status in ("H", "TL", "PSW"):
        record_attendance(uow, day, staff_id, status, _hhmm(arrive), _hhmm(min(leave, closed)))
    else:
        record_attendance(uow, day, staff_id, status)


# Service types and how often residents ask for them.
_SERVICE_MIX = (("pengantar", 30), ("domisili", 20), ("sktm", 15), ("usaha", 12),
                ("pindah", 8), ("kematian", 3), ("lainnya", 12))
_RESIDENTS = ("Siti Rohani", "Ahmad Yani", "Maria Ulfa", "Rudi Hartono", "Yuliana",
              "Bambang Sutrisno", "Nur Aisyah", "Hendra Gunawan")


def _services(uow: UnitOfWork, day: date, opened: int, closed: int,
              rng: random.Random) -> None:
    """The residents served that day (names stay in the office; only counts travel)."""
    codes = [code for code, _weight in _SERVICE_MIX]
    weights = [weight for _code, weight in _SERVICE_MIX]
    for _ in range(rng.randint(3, 12)):
        at = rng.randint(opened + 5, max(opened + 6, closed - 15))
        outcome = rng.choices(("selesai", "diproses", "ditolak"), (85, 10, 5))[0]
        record_service(uow, rng.choices(codes, weights)[0], outcome, rng.randint(5, 40),
                       at_local=_hhmm(at), day=day,
                       resident_name=rng.choice(_RESIDENTS) if rng.random() < 0.7 else None)


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}.{minute % 60:02d}"


def _lock_previous_month(ctx: AppContext, head: Actor, day: date) -> None:
    previous = previous_month(day)
    with ctx.read() as session:
        already = is_locked(session, ctx.device.office_code, previous)
        has_days = session.scalar(select(DayLog.id).where(
            DayLog.office_code == ctx.device.office_code, DayLog.day >= previous,
            DayLog.day < day.replace(day=1)).limit(1)) is not None
    if already or not has_days:
        return
    with ctx.write(head) as uow:
        lock_month(uow, month_key(previous), "Diperiksa lurah")


def _office(folder: Path, code: str, head_name: str, staff: list[StaffInput],
            periods: list[tuple[date, date]], habits: Punctuality, rng: random.Random,
            real_now: datetime) -> None:
    clock = SimulatedClock(real_now)
    clock.at(periods[0][0] - timedelta(days=3), 9 * 60)
    ctx = open_app(folder, clock=clock)
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
        for start, end in periods:
            _simulate_days(ctx, clock, start, end, habits, rng)
    finally:
        clock.now = real_now
        ctx.close()


def _export(folder: Path, usb: Path) -> None:
    ctx = open_app(folder)
    try:
        export_bundle(ctx, authenticate(ctx, "operator", DEMO_PASSWORD), usb)
    finally:
        ctx.close()


def build_demo(out: Path, seed: int = 2026, now: datetime | None = None) -> DemoResult:
    """Create (or reuse) the simulated city under `out`, with office days simulated up to
    the day before `now` (default: the real time)."""
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
    real_now = now or datetime.now(UTC)
    yesterday = real_now.astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date() - timedelta(days=1)
    months_back = yesterday.year * 12 + yesterday.month - 1 - 2
    recent = (date(months_back // 12, months_back % 12 + 1, 1), yesterday)
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
    _office(office_dir, DEMO_OFFICE_CODE, "Hendra Saputra, S.STP", main_staff,
            [RAMADAN_SEASON, recent], Punctuality(0.25, 0.08), rng, real_now)
    for number, (code, folder, head_name, size) in enumerate(OTHER_KELURAHAN[:1], start=2):
        _office(out / folder, code, head_name, _roster(rng, size, number), [recent],
                Punctuality(0.45, 0.15), rng, real_now)
    _office(out / "kecamatan-telanaipura", KECAMATAN_CODE, "Drs. Ahmad Rifai",
            _roster(rng, 10, 9), [recent], Punctuality(0.10, 0.05), rng, real_now)

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
