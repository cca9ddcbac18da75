"""Demo data: a simulated Kota Jambi in `demo-city/`, made only through the services.

A city hub, three kelurahan of Kecamatan Telanaipura and the kecamatan office itself,
each a real data folder. The kelurahan export bundles to `usb/` (one of them through the
kecamatan, which relays it unchanged), the hub imports them, approves the devices after
comparing fingerprints, and sends reference bundles back with acknowledgements. One
new kelurahan is set up from a setup file made at the hub; one damaged copy shows how a
refused bundle looks in the ledger.

An inspector of the Inspektorat, whose laptop is set up from a setup file carrying the
rosters, makes a few sidak over the last weeks, chosen against what each office logged that
day: one finds an office closed that says it had opened, one finds absent someone the roll
call marks present, one agrees with the office and one waits while the office opens. The
city imports the laptop's bundle and records the follow-up of a finding.

The offices also keep their innovations and their perjanjian kinerja (PK) of the year:
the demo kelurahan has one innovation at each stage (the applied one verified by the city
and self-assessed, the one in trial returned with a note, the initiative still a draft)
and a PK reported for every quarter that has ended; Buluran Kenali has only an initiative
and has not reported its last quarter; Teluk Kenali has no innovation, so the city's
tracker marks both at risk; the kecamatan office has a verified innovation in trial.

Complaints: the city registers a few across categories and statuses (one past its
verification deadline, two reports of the same event linked, three verified pungli reports
about the same official of the demo kelurahan raising a rekomendasi rotasi that nobody has
decided on yet); the kecamatan office registers one about its kelurahan.
"""

from __future__ import annotations

import io
import math
import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.attachments import prepare_file, prepare_photo
from core.context import DEFAULT_TIMEZONE, AppContext, Clock, UnitOfWork, open_app, utcnow
from core.roles import Actor, Mode, Role
from core.services import complaints
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.attendance import RollCallRow, record_attendance, roll_call
from core.services.calendar import RAMADAN_DAYS, Calendar, idul_fitri, parse_hhmm
from core.services.crosscheck import AT_OFFICE
from core.services.innovation import (
    InnovationForm,
    add_evidence,
    available_years,
    list_innovations,
    load_indicators,
    review,
    save_innovation,
    set_assessment,
    submit,
)
from core.services.month_lock import (
    is_locked,
    lock_month,
    month_key,
    next_month,
    previous_month,
)
from core.services.offices import add_unit, city_entry, get_office
from core.services.pk import (
    QUARTER_NAMES,
    PkForm,
    add_indicator,
    quarters_due,
    record_realisation,
)
from core.services.service_hours import (
    CLOSED,
    amend_time,
    close_office,
    day_statuses,
    mark_closed,
    open_office,
    set_reason,
)
from core.services.service_register import record_service
from core.services.setup import setup_installation
from core.services.sidak import (
    FindingInput,
    SidakForm,
    StaffFound,
    add_photo,
    checklist_items,
    finding_rows,
    finish,
    record_followup,
    roster,
    save_visit,
    sign,
    visit_detail,
)
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
INSPECTOR_OFFICE_CODE = "15.71.OPD.001"  # Inspektorat Daerah, a unit registered at the hub
INSPECTOR_FOLDER = "inspektorat-kota-jambi"
INSPECTOR_NAME = "Drs. Taufik Hidayat, M.Si"
INSPECTOR_NIP = "197805122005011003"
INSPECTOR_TEAM = "Ratna Sari, S.E.; Fajar Ramadhan, S.H."
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
    inspector_dir: Path | None = None
    inspector_account: DemoAccount | None = None


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


LATE_REASONS = ("Rapat koordinasi di kecamatan", "Antre BBM, kendaraan dinas mogok",
                "Hujan deras, jalan tergenang", "Listrik padam, menunggu genset")


def ramadan_season(yesterday: date) -> tuple[date, date]:
    """Three months around the last Idul Fitri up to `yesterday`: from the first Monday of
    the month two weeks before the fast begins (regular hours first) through the weeks
    after Idul Fitri; Feb 2–Apr 30 for 2026, with Imlek, Nyepi, Idul Fitri and Easter."""
    eid = idul_fitri(yesterday.year)
    if eid > yesterday:
        eid = idul_fitri(yesterday.year - 1)
    first = (eid - timedelta(days=RAMADAN_DAYS + 14)).replace(day=1)
    start = first + timedelta(days=-first.weekday() % 7)
    return start, next_month(next_month(next_month(first))) - timedelta(days=1)


def simulated_periods(yesterday: date) -> tuple[list[tuple[date, date]], tuple[date, date]]:
    """The demo kelurahan's periods (a Ramadan season and the three months up to
    `yesterday`) and the other offices' (those three months). A season that overlaps or
    touches the three months runs into them as one period: the services refuse a day
    before the last one logged, and nothing is simulated after `yesterday`."""
    recent = (previous_month(previous_month(yesterday)), yesterday)
    season = ramadan_season(yesterday)
    if season[1] >= recent[0] - timedelta(days=1):
        return [(min(season[0], recent[0]), yesterday)], recent
    return [season, recent], recent


def _simulate_days(ctx: AppContext, clock: SimulatedClock, head: Actor, operator: Actor,
                   start: date, end: date, habits: Punctuality, rng: random.Random) -> None:
    """Open, roll call and close every working day through the services, as an operator
    and a lurah would; lock each finished month."""
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
        operator = authenticate(ctx, "operator", DEMO_PASSWORD)
        for start, end in periods:
            _simulate_days(ctx, clock, head, operator, start, end, habits, rng)
        clock.now = real_now
        _programmes(ctx, head, operator, real_now.astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date())
    finally:
        clock.now = real_now
        ctx.close()


def _running_from(now: datetime) -> Clock:
    """A clock that starts at `now` and runs on with the computer's clock."""
    offset = now - utcnow()
    return lambda: utcnow() + offset


def _export(folder: Path, usb: Path, clock: Clock) -> None:
    ctx = open_app(folder, clock=clock)
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
    result = DemoResult(office_dir, accounts, hub_dir, hub_account, out / INSPECTOR_FOLDER,
                        DemoAccount("pemeriksa", DEMO_PASSWORD, Role.INSPECTOR))
    if (hub_dir / "pantau.db").exists():
        return result
    rng = random.Random(seed)
    real_now = now or datetime.now(UTC)
    # After the simulation every installation runs from `now`, not from the computer's
    # date: a demo built for another day must not find its own days in the future.
    clock = utcnow if now is None else _running_from(now)
    yesterday = real_now.astimezone(ZoneInfo(DEFAULT_TIMEZONE)).date() - timedelta(days=1)
    main_periods, recent = simulated_periods(yesterday)
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
            main_periods, Punctuality(0.25, 0.08), rng, real_now)
    for number, (code, folder, head_name, size) in enumerate(OTHER_KELURAHAN[:1], start=2):
        _office(out / folder, code, head_name, _roster(rng, size, number), [recent],
                Punctuality(0.45, 0.15), rng, real_now)
    _office(out / "kecamatan-telanaipura", KECAMATAN_CODE, "Drs. Ahmad Rifai",
            _roster(rng, 10, 9), [recent], Punctuality(0.10, 0.05), rng, real_now)

    # The hub, which also prepares the third kelurahan's installation by file.
    hub = open_app(hub_dir, clock=clock)
    try:
        setup_installation(hub, Mode.HUB, city_entry().code,
                           NewAccount("admin", "Admin Bagian Organisasi", Role.ADMIN,
                                      DEMO_PASSWORD))
        admin = authenticate(hub, "admin", DEMO_PASSWORD)
        code, folder, head_name, size = OTHER_KELURAHAN[1]
        with hub.write(admin) as uow:
            add_unit(uow, INSPECTOR_OFFICE_CODE, "Inspektorat Daerah Kota Jambi")
            create_user(uow, NewAccount("pemeriksa", INSPECTOR_NAME, Role.INSPECTOR,
                                        DEMO_PASSWORD, INSPECTOR_NIP),
                        office_code=INSPECTOR_OFFICE_CODE)
            add_unit(uow, "15.71.PKM.001", "Puskesmas Simpang IV Sipin", KECAMATAN_CODE)
            create_user(uow, NewAccount("lurah", head_name, Role.HEAD, DEMO_PASSWORD),
                        office_code=code)
            create_user(uow, NewAccount("operator", "Operator Kantor", Role.OPERATOR,
                                        DEMO_PASSWORD), office_code=code)
        setup_file = export_reference(hub, admin, code, out / "setup", setup_mode=Mode.OFFICE)
    finally:
        hub.close()
    teluk = open_app(out / folder, clock=clock)
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
    _export(out / OTHER_KELURAHAN[0][1], kecamatan_usb, clock)
    kecamatan = open_app(out / "kecamatan-telanaipura", clock=clock)
    try:
        camat = authenticate(kecamatan, "lurah", DEMO_PASSWORD)
        import_bundles(kecamatan, camat, [kecamatan_usb])
        approve_device(kecamatan, camat, _device_of(out / OTHER_KELURAHAN[0][1]))
        _register_complaint(kecamatan, camat, KECAMATAN_COMPLAINT)
        export_bundle(kecamatan, camat, usb)
    finally:
        kecamatan.close()
    for folder_name in (DEMO_OFFICE_FOLDER, OTHER_KELURAHAN[1][1]):
        _export(out / folder_name, usb, clock)
    damaged = usb / "pantau-salinan-terputus.pantau"
    first = sorted(usb.glob("*.pantau"))[0]
    damaged.write_bytes(first.read_bytes()[: first.stat().st_size // 2])

    hub = open_app(hub_dir, clock=clock)
    try:
        admin = authenticate(hub, "admin", DEMO_PASSWORD)
        import_bundles(hub, admin, [usb])
        for device in _held_devices(hub):
            approve_device(hub, admin, device)
        # The inspector's laptop is set up once the city holds the rosters it checks.
        inspector_setup = export_reference(hub, admin, INSPECTOR_OFFICE_CODE, out / "setup",
                                           setup_mode=Mode.INSPECTOR)
        with hub.read() as session:
            # Its own random stream, so the offices stay the same with or without sidak.
            sidak_rng = random.Random(f"{seed}-sidak")
            visits = _plan_sidak(session, yesterday, sidak_rng)
        inspector_bundle = _inspector_laptop(out / INSPECTOR_FOLDER, inspector_setup, visits,
                                             sidak_rng, real_now, usb)
        import_bundles(hub, admin, [inspector_bundle] if inspector_bundle else [])
        for device in _held_devices(hub):
            approve_device(hub, admin, device)
        _record_followups(hub, admin, visits, yesterday)
        _review_innovations(hub, admin)
        _city_complaints(hub, admin)
        references = [export_reference(hub, admin, office, out / "usb-kota")
                      for office, _folder, _user in _RECEIVERS]
    finally:
        hub.close()
    for (_office_code, folder_name, username), reference in zip(_RECEIVERS, references,
                                                               strict=True):
        ctx = open_app(out / folder_name, clock=clock)
        try:
            receiver = authenticate(ctx, username, DEMO_PASSWORD)
            import_reference(ctx, receiver, reference,
                             trust_fingerprint=city_key_fingerprint(reference))
        finally:
            ctx.close()
    return result


# Who gets a reference bundle back from the city: (office, folder, account).
_RECEIVERS = (
    (DEMO_OFFICE_CODE, DEMO_OFFICE_FOLDER, "lurah"),
    (KECAMATAN_CODE, "kecamatan-telanaipura", "lurah"),
    *((code, folder, "lurah") for code, folder, *_ in OTHER_KELURAHAN),
    (INSPECTOR_OFFICE_CODE, INSPECTOR_FOLDER, "pemeriksa"),
)


# --- innovations and perjanjian kinerja -------------------------------------------------

@dataclass(frozen=True)
class DemoInnovation:
    """An innovation an office registers, and what the city decides on it."""

    office_code: str
    name: str
    stage: str
    problem: str  # what residents faced before it, for the design description
    approach: str  # how the innovation works
    goals: str
    benefits: str
    results: str = ""
    trial_ago: int | None = None  # days before today
    applied_ago: int | None = None
    digital: bool = False
    submitted: bool = True
    decision: tuple[str, str] | None = None  # the city's (decision, note)
    assessed: bool = False  # the office's self-assessment of the indicator year


INNOVATIONS = (
    DemoInnovation(
        DEMO_OFFICE_CODE, "SIPIN CEPAT: surat pengantar lewat WhatsApp", "penerapan",
        "antrean panjang di loket pada pagi hari dan warga yang harus datang dua kali "
        "hanya untuk surat pengantar",
        "warga mengirim foto KTP dan KK lewat nomor WhatsApp kelurahan, operator menyiapkan "
        "surat, dan warga cukup datang sekali untuk tanda tangan dan cap",
        "Memangkas waktu pengurusan surat pengantar dan mengurangi antrean di loket.",
        "Warga datang sekali; surat selesai rata-rata dalam satu hari kerja.",
        results="Lebih dari separuh surat pengantar kini diajukan lewat WhatsApp; antrean "
                "pagi berkurang dan keluhan warga turun.",
        trial_ago=210, applied_ago=120, digital=True,
        decision=("diverifikasi", ""), assessed=True),
    DemoInnovation(
        DEMO_OFFICE_CODE, "Antar Jemput Berkas Lansia dan Disabilitas", "uji_coba",
        "warga lanjut usia dan penyandang disabilitas yang sulit datang ke kantor kelurahan",
        "ketua RT mencatat warga yang membutuhkan, petugas menjemput berkas ke rumah setiap "
        "Selasa dan Kamis, lalu mengantarkan dokumen yang sudah selesai",
        "Layanan administrasi sampai ke warga yang tidak dapat datang ke kantor.",
        "Lansia dan penyandang disabilitas tidak perlu antre di kantor.",
        trial_ago=45,
        decision=("dikembalikan", "Lampirkan foto kegiatan uji coba dan daftar warga yang "
                                  "sudah dilayani.")),
    DemoInnovation(
        DEMO_OFFICE_CODE, "Pojok Baca Ruang Tunggu Pelayanan", "inisiatif",
        "waktu tunggu warga, terutama anak-anak, yang terbuang di ruang tunggu",
        "rak buku sumbangan warga dan perpustakaan daerah ditempatkan di ruang tunggu dan "
        "dijaga bergiliran oleh kader PKK",
        "Menumbuhkan minat baca sambil menunggu layanan.",
        "Ruang tunggu lebih nyaman dan bermanfaat.", submitted=False),
    DemoInnovation(
        OTHER_KELURAHAN[0][0], "Kelurahan Tanggap Banjir (Si-Tangguh)", "inisiatif",
        "banjir musiman di tepi Sungai Batanghari yang membuat warga kehilangan dokumen "
        "kependudukan",
        "posko kelurahan mendata warga terdampak dan membantu pengurusan ulang dokumen "
        "yang rusak atau hilang tanpa antre",
        "Dokumen warga terdampak banjir cepat diganti.",
        "Warga tidak kehilangan akses layanan saat dan sesudah banjir."),
    DemoInnovation(
        KECAMATAN_CODE, "Layanan PATEN Keliling", "uji_coba",
        "warga kelurahan yang jauh dari kantor kecamatan dan ongkos perjalanan yang mahal",
        "petugas PATEN membuka loket keliling di kantor kelurahan secara bergiliran dua "
        "kali sebulan, membawa formulir dan perangkat cetak",
        "Mendekatkan pelayanan administrasi terpadu kecamatan kepada warga.",
        "Warga dilayani di kelurahannya sendiri.", trial_ago=60,
        decision=("diverifikasi", "")),
)


def _design(innovation: DemoInnovation, office_name: str) -> str:
    """A design description long enough for a submission (the rule asks for 300 words)."""
    paragraphs = [
        f"Inovasi {innovation.name} dirancang oleh {office_name} untuk menjawab masalah "
        f"yang selama ini dirasakan warga, yaitu {innovation.problem}. Masalah tersebut "
        "tercatat dalam buku pengaduan, hasil survei kepuasan masyarakat, dan rapat "
        "koordinasi bulanan bersama ketua RT serta tokoh masyarakat.",
        f"Cara kerjanya sederhana: {innovation.approach}. Setiap langkah dicatat oleh "
        "petugas sehingga lurah dapat memantau berapa warga yang dilayani, berapa lama "
        "layanan diselesaikan, dan kendala apa yang muncul di lapangan.",
        "Rancangan ini disusun dengan memperhatikan standar pelayanan yang berlaku, "
        "maklumat pelayanan kantor, dan prinsip layanan tanpa biaya. Tidak ada pungutan "
        "dalam bentuk apa pun; pengumuman tarif nol rupiah dipasang di loket dan "
        "disebarkan melalui grup warga.",
        "Tim inovasi ditetapkan dengan surat keputusan kepala kantor. Tim terdiri atas "
        "sekretaris sebagai koordinator, seorang kepala seksi sebagai penanggung jawab "
        "teknis, dan dua orang operator yang melayani warga setiap hari kerja.",
        "Sumber daya yang digunakan adalah sarana yang sudah dimiliki kantor, ditambah "
        "dukungan kader PKK, karang taruna, dan ketua RT yang membantu menyebarkan "
        "informasi kepada warga yang belum terjangkau.",
        "Keberhasilan inovasi diukur dengan indikator yang jelas: jumlah warga yang "
        "memanfaatkan layanan, waktu penyelesaian layanan, jumlah pengaduan, dan nilai "
        "survei kepuasan masyarakat pada akhir setiap triwulan.",
        "Sosialisasi dilakukan melalui pengumuman di masjid dan gereja, papan informasi "
        "kantor, media sosial kelurahan, serta kunjungan ke posyandu dan pertemuan PKK, "
        "sehingga warga dari semua kalangan mengetahui layanan ini dan cara memakainya.",
        "Risiko yang sudah diperkirakan antara lain petugas yang berhalangan, gangguan "
        "jaringan, dan data warga yang tidak lengkap. Untuk itu disiapkan petugas "
        "pengganti, formulir cadangan di atas kertas, dan daftar periksa berkas.",
        "Hasil pemantauan dibahas dalam rapat evaluasi bulanan. Kendala yang ditemukan "
        "diperbaiki pada bulan berikutnya, dan praktik yang berhasil dibagikan kepada "
        "kelurahan lain di kecamatan agar dapat direplikasi.",
        "Ke depan inovasi ini diharapkan berkelanjutan, menjadi bagian dari standar "
        "pelayanan kantor, dan mendapat dukungan anggaran dari pemerintah kota sehingga "
        "manfaatnya dirasakan lebih luas oleh masyarakat Kota Jambi.",
    ]
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class DemoIndicator:
    """A PK indicator of the year and what it reached by the end of each quarter."""

    office_code: str
    form: PkForm
    reached: tuple[str, str, str, str]  # cumulative, Q1..Q4
    evidence: str


_SERVICE_GOAL = "Meningkatnya kualitas pelayanan publik di kelurahan"
PK_INDICATORS = (
    DemoIndicator(DEMO_OFFICE_CODE, PkForm(
        _SERVICE_GOAL, "Persentase layanan selesai tepat waktu", "%", "naik", "95",
        baseline="88", target_q1="90", target_q2="92", target_q3="94", target_q4="95"),
        ("91,2", "92,4", "93,6", "95,3"), "Rekap register layanan Pantau"),
    DemoIndicator(DEMO_OFFICE_CODE, PkForm(
        _SERVICE_GOAL, "Rata-rata keterlambatan buka kantor", "menit", "turun", "5",
        baseline="12", target_q1="10", target_q2="8", target_q3="6", target_q4="5"),
        ("11", "8,5", "6,2", "4,8"), "Laporan jam layanan bulanan"),
    DemoIndicator(DEMO_OFFICE_CODE, PkForm(
        "Meningkatnya inovasi pelayanan", "Jumlah inovasi yang diterapkan", "inovasi",
        "naik", "2", baseline="0", target_q1="1", target_q2="1", target_q3="1",
        target_q4="2"), ("1", "1", "1", "2"), "SK penerapan inovasi dan laporan kegiatan"),
    DemoIndicator(OTHER_KELURAHAN[0][0], PkForm(
        _SERVICE_GOAL, "Persentase layanan selesai tepat waktu", "%", "naik", "90",
        baseline="80", target_q1="82", target_q2="85", target_q3="88", target_q4="90"),
        ("80,5", "83", "86,1", "89"), "Rekap register layanan"),
    DemoIndicator(OTHER_KELURAHAN[0][0], PkForm(
        "Meningkatnya tertib administrasi kependudukan",
        "Persentase data kependudukan yang diperbarui", "%", "naik", "100",
        baseline="70", target_q1="80", target_q2="90", target_q3="95", target_q4="100"),
        ("78", "88", "93", "99"), "Berita acara pemutakhiran data"),
)
# Offices that have not yet reported the last quarter that ended.
PK_LATE_OFFICES = frozenset({OTHER_KELURAHAN[0][0]})


def _programmes(ctx: AppContext, head: Actor, operator: Actor, today: date) -> None:
    """The office registers its innovations (with an SK as evidence; the head submits)
    and writes its PK of `today`'s year with what it reached by the end of each quarter
    that has ended, before its bundle leaves."""
    office_code = ctx.device.office_code
    innovations = [item for item in INNOVATIONS if item.office_code == office_code]
    with ctx.read() as session:
        office_name = get_office(session, office_code).display_name
    with tempfile.TemporaryDirectory(prefix="pantau-demo-bukti-") as scratch:
        for item in innovations:
            _register_innovation(ctx, head, operator, item, office_name, today, Path(scratch))
    year = today.year
    due = quarters_due(year, today)
    reported = due[:-1] if office_code in PK_LATE_OFFICES else due
    with ctx.write(operator) as uow:
        for indicator in PK_INDICATORS:
            if indicator.office_code != office_code:
                continue
            indicator_id = add_indicator(uow, year, indicator.form)
            for quarter in reported:
                record_realisation(uow, indicator_id, quarter, indicator.reached[quarter - 1],
                                   f"{indicator.evidence} triwulan {QUARTER_NAMES[quarter]} "
                                   f"{year}")


def _register_innovation(ctx: AppContext, head: Actor, operator: Actor,
                         item: DemoInnovation, office_name: str, today: date,
                         scratch: Path) -> None:
    def ago(days: int | None) -> date | None:
        return None if days is None else today - timedelta(days=days)

    form = InnovationForm(
        item.name, item.stage, "opd", initiator_name=office_name, digital=item.digital,
        affairs="Administrasi kependudukan", trial_date=ago(item.trial_ago),
        implementation_date=ago(item.applied_ago), design=_design(item, office_name),
        goals=item.goals, benefits=item.benefits, results=item.results)
    with ctx.write(operator) as uow:
        innovation_id = save_innovation(uow, form)
        if item.submitted:
            sk = _decree_pdf(scratch / f"sk-{innovation_id}.pdf", office_name, item.name,
                             today)
            add_evidence(uow, innovation_id, prepare_file(sk), "SK tim inovasi")
        if item.assessed:
            _self_assess(uow, innovation_id, today)
    if item.submitted:
        with ctx.write(head) as uow:
            submit(uow, innovation_id)


def _self_assess(uow: UnitOfWork, innovation_id: str, today: date) -> None:
    """One level per indicator of the newest indicator set up to `today`'s year."""
    years = available_years()
    indicators = load_indicators(max((y for y in years if y <= today.year), default=years[0]))
    for number, indicator in enumerate(indicators.indicators):
        # Mostly the level below the top, some at the top: a good but not perfect score.
        option = indicator.options[-1 if number % 3 == 0 or len(indicator.options) < 2
                                   else -2]
        set_assessment(uow, innovation_id, indicators.year, indicator.key, option.key,
                       indicators=indicators)


def _decree_pdf(path: Path, office_name: str, innovation: str, today: date) -> Path:
    """The office head's decree naming the innovation team (a one-page PDF)."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    pdf.setTitle(f"SK Tim Inovasi {innovation}")
    lines = [
        ("Helvetica-Bold", 13, f"KEPUTUSAN KEPALA {office_name.upper()}"),
        ("Helvetica", 11, f"Nomor: 800/{today.year}/INOV"),
        ("Helvetica-Bold", 11, "TENTANG"),
        ("Helvetica-Bold", 11, f"TIM PENGELOLA INOVASI {innovation.upper()}"),
        ("Helvetica", 10, ""),
        ("Helvetica", 10, "Menetapkan tim pengelola inovasi sebagai berikut:"),
        ("Helvetica", 10, "1. Sekretaris, sebagai koordinator;"),
        ("Helvetica", 10, "2. Kepala Seksi Pemerintahan, sebagai penanggung jawab teknis;"),
        ("Helvetica", 10, "3. Dua orang operator layanan, sebagai pelaksana."),
        ("Helvetica", 10, ""),
        ("Helvetica", 10, f"Ditetapkan di Jambi, {today:%d-%m-%Y}"),
    ]
    y = 780.0
    for font, size, text in lines:
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
        y -= size + 10
    pdf.showPage()
    pdf.save()
    return path


def _review_innovations(hub: AppContext, admin: Actor) -> None:
    """At the city: the decisions on the submitted innovations that reached it."""
    decisions = {(item.office_code, item.name): item.decision for item in INNOVATIONS
                 if item.decision is not None}
    with hub.read() as session:
        submitted = [(row.id, decisions[(row.office_code, row.name)])
                     for row in list_innovations(session)
                     if row.status == "diajukan" and (row.office_code, row.name) in decisions]
    with hub.write(admin) as uow:
        for innovation_id, (decision, note) in submitted:
            review(uow, innovation_id, decision, note)


# --- the inspector's sidak ---------------------------------------------------------------

# What the inspector finds of someone the roll call does not put at the office.
_FOUND_AWAY = {"DL": ("dl", "Surat tugas lurah, rapat di kecamatan"),
               "S": ("sakit", "Surat keterangan dokter"), "I": ("izin", ""),
               "C-T": ("izin", "Cuti tahunan"), "WFH": ("izin", "Bekerja dari rumah"),
               "TK": ("tk", "")}
_MARGIN = 10  # minutes kept between what the inspector saw and what the office logged


@dataclass(frozen=True)
class _OfficeDay:
    """A working day as the office logged it and the city holds it."""

    office_code: str
    day: date
    opens: int  # the schedule, in minutes after midnight
    opened: int
    closed: int
    roll: tuple[RollCallRow, ...]

    def present(self, row: RollCallRow, minute: int) -> bool:
        """Whether the roll call puts `row` at the office at `minute`."""
        return row.status in AT_OFFICE \
            and (row.check_in is None or parse_hhmm(row.check_in) <= minute) \
            and (row.check_out is None or parse_hhmm(row.check_out) > minute + _MARGIN)

    def settled(self, minute: int) -> bool:
        """Nobody the roll call puts at the office is still on the way or already gone."""
        return all(self.present(row, minute) for row in self.roll if row.status in AT_OFFICE)

    def as_logged(self, minute: int, absent: str | None = None
                  ) -> tuple[tuple[str, str, str], ...]:
        """The roster as the roll call says it was at `minute`; `absent` is found away."""
        found = []
        for row in self.roll:
            if row.staff_id == absent:
                found.append((row.staff_id, "tk",
                              "Tidak ada di tempat; rekan kerja tidak tahu keberadaannya"))
            elif row.status in AT_OFFICE or row.status is None:
                found.append((row.staff_id, "hadir", ""))
            else:
                status, note = _FOUND_AWAY.get(row.status, ("izin", row.status))
                found.append((row.staff_id, status, note))
        return tuple(found)


@dataclass(frozen=True)
class PlannedSidak:
    """One visit of the demo inspector, chosen against what the office logged that day."""

    office_code: str
    day: date
    arrival: int
    found: str
    staff: tuple[tuple[str, str, str], ...]  # (staff id, status, note) as found
    received_by: tuple[str, str]  # name, position
    findings: tuple[FindingInput, ...]
    photos: tuple[str, ...]  # captions
    opened: int | None = None
    desk_staffed: bool = True
    residents_waiting: int = 0
    failed: tuple[str, ...] = ()  # checklist items answered "tidak"
    unchecked: tuple[str, ...] = ()
    notes: str = ""
    finished: bool = True
    # The residents waiting recounted later, and why: an amendment to the finished visit.
    recount: tuple[int, str] | None = None
    # Days after the sidak the city hears the first finding was done, and what was done.
    followup: tuple[int, str] | None = None


def _office_days(session: Session, office_code: str, start: date, end: date
                 ) -> list[_OfficeDay]:
    days = []
    for status in day_statuses(session, office_code, start, end, end):
        schedule = status.rule.schedule
        if schedule is None or status.status == CLOSED or not status.opened \
                or not status.closed:
            continue
        days.append(_OfficeDay(office_code, status.day, schedule.opens,
                               parse_hhmm(status.opened), parse_hhmm(status.closed),
                               tuple(roll_call(session, office_code, status.day).rows)))
    return days


def _plan_sidak(session: Session, yesterday: date, rng: random.Random) -> list[PlannedSidak]:
    """About five sidak over the last four weeks, each on its own day."""
    start = yesterday - timedelta(days=27)
    simpang = _office_days(session, DEMO_OFFICE_CODE, start, yesterday)
    buluran = _office_days(session, OTHER_KELURAHAN[0][0], start, yesterday)
    used: set[date] = set()
    plans: list[PlannedSidak] = []

    def window(days: list[_OfficeDay], oldest: int, newest: int) -> list[list[_OfficeDay]]:
        """Days `oldest`..`newest` days before yesterday, then any day, both unused."""
        free = [d for d in days if d.day not in used]
        return [[d for d in free if newest <= (yesterday - d.day).days <= oldest], free]

    for planner, days, oldest, newest in ((_closed_sidak, simpang, 27, 15),
                                          (_absent_sidak, buluran, 24, 10),
                                          (_waited_sidak, buluran, 17, 8),
                                          (_agreeing_sidak, simpang, 10, 1)):
        for choice in window(days, oldest, newest):
            plan = planner(choice, rng)
            if plan is not None:
                plans.append(plan)
                used.add(plan.day)
                break
    plans.extend(_draft_sidak(session, yesterday, used, rng))
    return plans


def _closed_sidak(days: list[_OfficeDay], rng: random.Random) -> PlannedSidak | None:
    """Closed at 08.05 by the inspector's watch, though the office logged opening earlier."""
    options = []
    for day in days:
        arrival = day.opens + 35
        if day.opened + 3 * _MARGIN > arrival or day.closed < arrival + 120:
            continue
        at_gate = [row for row in day.roll if day.present(row, arrival)]
        guards = [row for row in at_gate if row.position == "Petugas Keamanan"] or at_gate
        if guards:
            options.append((day, arrival, guards[0]))
    if not options:
        return None
    day, arrival, guard = rng.choice(options)
    return PlannedSidak(
        day.office_code, day.day, arrival, "tutup", ((guard.staff_id, "hadir", ""),),
        (guard.name, guard.position),
        (FindingInput(f"Pukul {_hhmm(arrival)} pada hari kerja kantor masih tutup: pintu "
                      "pelayanan terkunci dan hanya petugas keamanan di tempat.",
                      f"Lurah memastikan pelayanan dibuka pukul {_hhmm(day.opens)} dan "
                      "menetapkan petugas piket pembuka kantor.", day.day + timedelta(days=7)),),
        ("Pintu pelayanan terkunci", "Warga menunggu di teras kantor"),
        desk_staffed=False, residents_waiting=2, unchecked=("antrean", "kebersihan"),
        notes=f"Pemeriksa menunggu sampai pukul {_hhmm(arrival + 25)}; kantor belum juga "
              "dibuka. Daftar pegawai tidak dapat diperiksa.",
        followup=(5, "Lurah menerbitkan jadwal piket pembuka kantor dan menegur petugas "
                     "piket hari itu."))


def _absent_sidak(days: list[_OfficeDay], rng: random.Random) -> PlannedSidak | None:
    """Office open, but someone the roll call marks H (there since morning) is not there."""
    options = []
    for day in days:
        for arrival in range(max(day.opened, day.opens) + 60, day.closed - 120, 15):
            marked_present = [row for row in day.roll if row.status == "H"
                              and day.present(row, arrival - _MARGIN)]
            if day.settled(arrival) and marked_present:
                options.append((day, arrival, marked_present))
                break
    if not options:
        return None
    day, arrival, marked_present = rng.choice(options)
    absent = rng.choice(marked_present)
    return PlannedSidak(
        day.office_code, day.day, arrival, "buka", day.as_logged(arrival, absent.staff_id),
        (OTHER_KELURAHAN[0][2], "Lurah"),
        (FindingInput(f"{absent.name} tidak berada di kantor pada jam kerja tanpa keterangan.",
                      "Lurah memanggil dan membina yang bersangkutan serta melaporkan "
                      "hasilnya ke Inspektorat.", day.day + timedelta(days=5)),
         FindingInput("Pengumuman layanan tanpa biaya (anti-pungli) belum dipasang.",
                      "Pasang pengumuman tarif Rp0 di loket pelayanan.",
                      day.day + timedelta(days=14))),
        ("Loket pelayanan", "Meja kerja yang kosong"),
        residents_waiting=3, failed=("tarif",),
        recount=(5, "Salah hitung di lapangan; foto loket menunjukkan lima warga menunggu."))


def _waited_sidak(days: list[_OfficeDay], rng: random.Random) -> PlannedSidak | None:
    """The inspector arrives before a late opening and waits until the door opens."""
    options = []
    for day in days:
        arrival = max(day.opens, day.opened - 12)
        if day.opened - arrival >= 5 and day.settled(arrival):
            options.append((day, arrival))
    if not options:
        return None
    day, arrival = rng.choice(options)
    late = day.opened - day.opens
    return PlannedSidak(
        day.office_code, day.day, arrival, "dibuka", day.as_logged(arrival),
        (OTHER_KELURAHAN[0][2], "Lurah"),
        (FindingInput(f"Kantor baru dibuka pukul {_hhmm(day.opened)}, {late} menit setelah "
                      f"jadwal {_hhmm(day.opens)}; warga sudah menunggu di luar.",
                      "Lurah menetapkan petugas piket yang membuka kantor paling lambat "
                      "15 menit sebelum jadwal.", day.day + timedelta(days=7)),),
        ("Warga menunggu sebelum kantor dibuka",),
        opened=day.opened, residents_waiting=4, failed=("antrean",),
        notes="Kantor dibuka saat pemeriksa menunggu di halaman.")


def _agreeing_sidak(days: list[_OfficeDay], rng: random.Random) -> PlannedSidak | None:
    """Open on time, everyone at work: the sidak agrees with the office's records."""
    options = []
    for day in days:
        if day.opened > day.opens or any(row.status != "H" for row in day.roll):
            continue
        for arrival in range(day.opens + 60, day.closed - 120, 15):
            if day.settled(arrival):
                options.append((day, arrival))
                break
    if not options:
        return None
    day, arrival = rng.choice(options)
    secretary = next((row for row in day.roll if row.position == "Sekretaris Kelurahan"),
                     day.roll[0])
    return PlannedSidak(
        day.office_code, day.day, arrival, "buka", day.as_logged(arrival),
        (secretary.name, secretary.position),
        (FindingInput("Saluran pengaduan belum ditampilkan di ruang pelayanan.",
                      "Tampilkan nomor pengaduan dan kotak saran di dekat loket.",
                      day.day + timedelta(days=30)),),
        ("Ruang pelayanan", "Papan maklumat pelayanan"),
        residents_waiting=2, failed=("pengaduan",),
        notes="Pelayanan berjalan tertib; semua pegawai di tempat.")


def _draft_sidak(session: Session, yesterday: date, used: set[date], rng: random.Random
                 ) -> list[PlannedSidak]:
    """The newest kelurahan, whose records have not reached the city yet: still a draft."""
    code = OTHER_KELURAHAN[1][0]
    working = [status.day for status in day_statuses(
        session, code, yesterday - timedelta(days=7), yesterday, yesterday)
        if status.rule.is_working and status.day not in used]
    if not working:
        return []
    day = working[-1]
    arrival = 9 * 60 + rng.randrange(0, 60, 5)
    return [PlannedSidak(
        code, day, arrival, "buka",
        tuple((row.staff_id, "hadir", "") for row in roll_call(session, code, day).rows),
        (OTHER_KELURAHAN[1][2], "Lurah"),
        (FindingInput("Absensi pegawai masih ditulis di buku; kantor baru memakai Pantau.",
                      "Operator mencatat absensi harian di Pantau mulai pekan ini.",
                      day + timedelta(days=14)),),
        ("Buku absensi pegawai",), residents_waiting=1,
        notes="Berita acara belum ditandatangani perwakilan kantor.", finished=False)]


def _inspector_laptop(folder: Path, setup_file: Path, plans: list[PlannedSidak],
                      rng: random.Random, real_now: datetime, usb: Path) -> Path | None:
    """Set the laptop up the day before the first sidak, record them at their own times,
    then write the bundle into `usb`."""
    clock = SimulatedClock(real_now)
    if plans:
        clock.at(min(plan.day for plan in plans) - timedelta(days=1), 14 * 60)
    ctx = open_app(folder, clock=clock)
    try:
        setup_from_bundle(ctx, setup_file)
        pemeriksa = authenticate(ctx, "pemeriksa", DEMO_PASSWORD)
        own_signature = _signature(rng)
        with tempfile.TemporaryDirectory(prefix="pantau-demo-foto-") as scratch:
            for plan in sorted(plans, key=lambda p: (p.day, p.arrival)):
                _record_sidak(ctx, clock, pemeriksa, plan, own_signature, Path(scratch), rng)
        clock.now = real_now
        return export_bundle(ctx, pemeriksa, usb).path
    finally:
        clock.now = real_now
        ctx.close()


def _record_sidak(ctx: AppContext, clock: SimulatedClock, pemeriksa: Actor,
                  plan: PlannedSidak, own_signature: bytes, scratch: Path,
                  rng: random.Random) -> None:
    # Recorded on arrival, or (waiting for an office to open) the moment it opens.
    recorded = plan.opened if plan.opened is not None else plan.arrival
    clock.at(plan.day, recorded)
    with ctx.read() as session:
        listed = {member.staff_id: member for member in roster(session, plan.office_code,
                                                               plan.day)}
        checklist = {key: "" if key in plan.unchecked else
                     "tidak" if key in plan.failed else "ya"
                     for key, _label in checklist_items(session)}
    staff = [StaffFound(listed[staff_id].name, status, note, listed[staff_id].position,
                        staff_id)
             for staff_id, status, note in plan.staff if staff_id in listed]
    form = SidakForm(
        visited_office=plan.office_code, day=plan.day, arrival=_hhmm(plan.arrival),
        found=plan.found, inspector_name=INSPECTOR_NAME,
        opened=_hhmm(plan.opened) if plan.opened is not None else None,
        received_by=plan.received_by[0], received_position=plan.received_by[1],
        desk_staffed=plan.desk_staffed, residents_waiting=plan.residents_waiting,
        checklist=checklist, staff=staff, findings=list(plan.findings), notes=plan.notes,
        inspector_nip=INSPECTOR_NIP, team=INSPECTOR_TEAM)
    with ctx.write(pemeriksa) as uow:
        visit_id = save_visit(uow, form)
    for number, caption in enumerate(plan.photos):
        clock.at(plan.day, recorded + 5 + 7 * number)
        path = _photo_file(scratch / f"{plan.office_code}-{plan.day}-{number}.jpg",
                           f"{caption}, {plan.day:%d-%m-%Y} {_hhmm(recorded + 5 + 7 * number)}",
                           rng)
        with ctx.write(pemeriksa) as uow:
            add_photo(uow, visit_id, prepare_photo(path), caption)
    clock.at(plan.day, recorded + 40)
    with ctx.write(pemeriksa) as uow:
        sign(uow, visit_id, "ttd_pemeriksa", own_signature)
        if plan.finished:
            sign(uow, visit_id, "ttd_kantor", _signature(rng))
            finish(uow, visit_id)
    if plan.recount is not None:
        clock.at(plan.day, 15 * 60 + 30)
        waiting, reason = plan.recount
        with ctx.read() as session:
            amended = visit_detail(session, visit_id).form()
        amended.residents_waiting = waiting
        with ctx.write(pemeriksa) as uow:
            save_visit(uow, amended, visit_id, reason)


def _photo_file(path: Path, caption: str, rng: random.Random) -> Path:
    """A small stand-in for a photo taken on the spot."""
    color = (rng.randint(40, 140), rng.randint(60, 140), rng.randint(80, 160))
    image = Image.new("RGB", (640, 480), color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((24, 24, 615, 455), outline=(255, 255, 255), width=4)
    draw.text((48, 60), "Foto sidak", fill=(255, 255, 255), font=ImageFont.load_default(40))
    draw.text((48, 130), caption, fill=(255, 255, 255), font=ImageFont.load_default(18))
    image.save(path, "JPEG", quality=85)
    return path


def _signature(rng: random.Random) -> bytes:
    """A squiggle as drawn with a finger on the signature pad (PNG)."""
    width, height = 360, 120
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    loops, phase = rng.randint(4, 7), rng.uniform(0, math.pi)
    points = []
    for step in range(161):
        t = step / 160  # the pen moves right while looping back on itself
        points.append((30 + t * (width - 60) - 22 * math.sin(2 * math.pi * loops * t),
                       height / 2 + 32 * math.cos(2 * math.pi * loops * t + phase)
                       * (1 - 0.5 * t) - 10 * math.sin(2 * math.pi * t)))
    ImageDraw.Draw(image).line(points, fill=(20, 30, 120, 255), width=3, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _record_followups(hub: AppContext, admin: Actor, plans: list[PlannedSidak],
                      yesterday: date) -> None:
    """At the city: the follow-up the offices reported for some findings."""
    for plan in plans:
        if plan.followup is None:
            continue
        after, note = plan.followup
        with hub.read() as session:
            first = next(row for row in finding_rows(session, yesterday,
                                                     office_code=plan.office_code)
                         if row.day == plan.day and row.position == 1)
        with hub.write(admin) as uow:
            record_followup(uow, first.id, min(plan.day + timedelta(days=after), yesterday,
                                               uow.today), note)


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


# --- complaints ------------------------------------------------------------------------------

# The official three verified pungli reports name (a member of the demo kelurahan's roster).
ROTATION_OFFICIAL = "Fitri Handayani"


@dataclass(frozen=True)
class DemoComplaint:
    """A complaint the city registers, and how far its handling went: the steps taken
    (verifikasi valid / tidak valid, tindak lanjut, selesai) with their notes."""

    days_ago: int
    source: str
    category: str
    office_code: str
    description: str
    staff: str | None = None  # a roster member of the office, by name
    official_name: str = ""  # or a name as given
    official_position: str = ""
    contact: str = ""
    steps: tuple[tuple[str, str], ...] = ()
    duplicate_of: int | None = None  # index in CITY_COMPLAINTS of the first report
    evidence: str = ""  # a chat screenshot showing this text


_PUNGLI = "Diminta uang untuk mempercepat surat keterangan di loket kelurahan"
CITY_COMPLAINTS = (
    DemoComplaint(150, "whatsapp", "pungli", DEMO_OFFICE_CODE,
                  f"{_PUNGLI}: Rp50.000 untuk surat keterangan domisili.",
                  staff=ROTATION_OFFICIAL, contact="0812-7400-1122",
                  steps=(("valid", "Dua warga lain membenarkan permintaan uang di loket."),
                         ("tindak_lanjut", "Lurah menegur petugas; uang dikembalikan."),
                         ("selesai", "Pelapor menerima uangnya kembali.")),
                  evidence="Bu, kalau mau cepat siapkan 50 ribu ya"),
    DemoComplaint(60, "lapor", "pungli", DEMO_OFFICE_CODE,
                  f"{_PUNGLI}: Rp100.000 untuk surat pengantar nikah.",
                  staff=ROTATION_OFFICIAL,
                  steps=(("valid", "Dibenarkan saksi dan rekaman percakapan."),
                         ("tindak_lanjut", "Teguran tertulis dari lurah."),
                         ("selesai", "Warga menerima surat tanpa biaya."))),
    DemoComplaint(3, "langsung", "pungli", DEMO_OFFICE_CODE,
                  f"{_PUNGLI}: Rp75.000 untuk legalisir kartu keluarga.",
                  staff=ROTATION_OFFICIAL, contact="Pak Harun, RT 07 Simpang IV Sipin",
                  steps=(("valid", "Petugas mengakui saat diperiksa Inspektorat."),)),
    # The same event as the one before, reported again through LAPOR!: linked, counted once.
    DemoComplaint(2, "lapor", "pungli", DEMO_OFFICE_CODE,
                  "Legalisir kartu keluarga dimintai Rp75.000 oleh petugas loket.",
                  staff=ROTATION_OFFICIAL, duplicate_of=2),
    DemoComplaint(30, "langsung", "jam_layanan", OTHER_KELURAHAN[0][0],
                  "Pukul 08.30 kantor kelurahan masih tutup, warga menunggu di luar.",
                  contact="0852-6611-0099"),
    DemoComplaint(0, "whatsapp", "pelayanan", OTHER_KELURAHAN[1][0],
                  "Petugas loket KTP membentak warga lansia yang bertanya syarat.",
                  official_name="Bu Ratna", official_position="Petugas loket KTP"),
    DemoComplaint(20, "lapor", "lainnya", KECAMATAN_CODE,
                  "Parkir kendaraan dinas menutup jalan masuk kantor kecamatan.",
                  steps=(("tidak_valid", "Saat dicek, parkir sudah dipindah ke halaman "
                                         "belakang sejak bulan lalu."),)),
)
# Registered at the kecamatan office, about one of its kelurahan.
KECAMATAN_COMPLAINT = DemoComplaint(
    1, "langsung", "pelayanan", OTHER_KELURAHAN[0][0],
    "Pengurusan surat pindah sudah dua minggu belum selesai tanpa penjelasan.",
    official_name="Operator layanan", contact="0813-2200-4455")


def _chat_screenshot(path: Path, text: str) -> Path:
    """A stand-in for a screenshot of the WhatsApp chat the complainant sent."""
    image = Image.new("RGB", (480, 320), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((24, 40, 456, 140), radius=14, fill=(255, 255, 255))
    draw.text((40, 56), "Petugas loket", fill=(7, 94, 84), font=ImageFont.load_default(16))
    draw.text((40, 90), text, fill=(20, 20, 20), font=ImageFont.load_default(16))
    image.save(path, "PNG")
    return path


def _register_complaint(ctx: AppContext, actor: Actor, item: DemoComplaint,
                        scratch: Path | None = None, first_id: str | None = None) -> str:
    """Register one demo complaint and take its steps (each recorded today)."""
    with ctx.read() as session:
        staff = {s.name: s.id for s in list_staff(session, item.office_code)}
    today = ctx.today()
    with ctx.write(actor) as uow:
        row = complaints.register_complaint(uow, complaints.ComplaintInput(
            source=item.source, category=item.category, subject_office=item.office_code,
            description=item.description, received_on=today - timedelta(days=item.days_ago),
            staff_id=staff[item.staff] if item.staff else None,
            official_name=item.official_name, official_position=item.official_position,
            complainant_contact=item.contact))
        if item.evidence and scratch is not None:
            shot = _chat_screenshot(scratch / f"whatsapp-{row.id[:8]}.png", item.evidence)
            complaints.add_evidence(uow, row.id, shot, "Tangkapan layar WhatsApp")
        if first_id is not None:
            complaints.link_duplicate(uow, row.id, first_id, "Kejadian yang sama")
        for kind, note in item.steps:
            if kind in ("valid", "tidak_valid"):
                complaints.verify(uow, row.id, kind == "valid", note)
            elif kind == "tindak_lanjut":
                complaints.follow_up(uow, row.id, note)
            else:
                complaints.close(uow, row.id, note)
        return row.id


def _city_complaints(hub: AppContext, admin: Actor) -> None:
    """At the city: complaints across categories and statuses; one past its verification
    deadline; two reports of the same event linked; three verified pungli reports about
    the same official, which raise a rekomendasi rotasi nobody has decided on yet."""
    ids: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pantau-demo-") as scratch:
        for item in CITY_COMPLAINTS:
            first = ids[item.duplicate_of] if item.duplicate_of is not None else None
            ids.append(_register_complaint(hub, admin, item, Path(scratch), first))
