"""A city hub holding one kelurahan's autumn and an inspector's sidak, as bundles bring them.

The office and the inspector's laptop are real installations written through the services
(the clock moved to each moment, so "Buka kantor" records that moment); they are built
once per test process and their bundles exported. Each test gets a new hub, on SQLite or
on PostgreSQL, that imports those bundles and approves both devices; complaints are
registered at the hub itself.

What the office did (Kelurahan Simpang IV Sipin, two staff; 07.30 is opening time):
  September 2026  nothing logged at all
  October 2026    1st 07.30 (on time), 2nd 07.45 (15 late), 5th 07.20 (on time),
                  6th closed all day (banjir), 8th 08.00 (30 late); every other working
                  day missing; roll call 1st: H, H; 2nd: TL, TK
  November 2026   2nd 07.30, 3rd 07.40 (10 late); roll call 2nd: H, S
  innovations     one at uji coba, one at inisiatif (drafts)
  PK 2026         two indicators, realisations for Q1 and Q2 (Q2: 45/50 and 80/80)
The inspector: 1 October 08.05 found the office closed (it logged 07.30) with one finding;
5 October 09.00 found it open, two findings, no roll call that day.
The hub imports both bundles on 20 November; the tests look on 25 November.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from core.context import AppContext
from core.roles import Actor, Mode
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office

KECAMATAN = "15.71.01"  # Telanaipura, where Simpang IV Sipin lies
OTHER_KELURAHAN = "15.71.01.1002"  # same kecamatan, never sent anything
OTHER_KECAMATAN = "15.71.02"
TODAY = date(2026, 11, 25)
IMPORTED_AT = datetime(2026, 11, 20, 5, 0, tzinfo=UTC)  # 12.00 WIB
LOOK_AT = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)


def wib(day: date, hhmm: str) -> datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=UTC) - timedelta(
        hours=7)


@dataclass(frozen=True)
class Template:
    root: Path
    bundles: tuple[Path, ...]
    devices: tuple[str, ...]
    staff: tuple[str, ...]  # ids of the office's two staff members


def _office_autumn(office: AppContext, clock: FakeClock) -> tuple[str, ...]:
    from core.services import service_hours as hours
    from core.services.accounts import authenticate
    from core.services.attendance import record_attendance
    from core.services.innovation import InnovationForm, save_innovation
    from core.services.pk import PkForm, add_indicator, record_realisation
    from core.services.staff import StaffInput, StaffStatus, add_staff

    head = authenticate(office, "lurah", PASSWORD)
    with office.write(head) as uow:
        staff = tuple(add_staff(uow, StaffInput(
            name, "Staf pelayanan", StaffStatus.NON_ASN, local_id=name.split()[0].upper(),
            active_from=date(2025, 1, 2))).id for name in ("Ani Lestari", "Budi Santoso"))
    days = [(date(2026, 10, 1), "07:30", "16:05"), (date(2026, 10, 2), "07:45", "16:30"),
            (date(2026, 10, 5), "07:20", "16:00"), (date(2026, 10, 8), "08:00", "16:00"),
            (date(2026, 11, 2), "07:30", "16:00"), (date(2026, 11, 3), "07:40", None)]
    for day, opens, closes in days:
        clock.now = wib(day, opens)
        with office.write(head) as uow:
            hours.open_office(uow, confirmed_clock=True)
        if closes:
            clock.now = wib(day, closes)
            with office.write(head) as uow:
                hours.close_office(uow, confirmed_clock=True)
    clock.now = wib(date(2026, 11, 19), "09:00")
    with office.write(head) as uow:
        hours.mark_closed(uow, date(2026, 10, 6), "Banjir di depan kantor")
        for day, first, second in ((date(2026, 10, 1), ("H", "07:25"), ("H", "07:28")),
                                   (date(2026, 10, 2), ("TL", "07:50"), ("TK", None)),
                                   (date(2026, 11, 2), ("H", "07:20"), ("S", None))):
            for staff_id, (status, check_in) in zip(staff, (first, second), strict=True):
                record_attendance(uow, day, staff_id, status, check_in=check_in)
        save_innovation(uow, InnovationForm("Antar surat ke rumah lansia", "uji_coba",
                                            "asn", trial_date=date(2026, 9, 1)))
        save_innovation(uow, InnovationForm("Loket WhatsApp", "inisiatif", "masyarakat"))
        first_id = add_indicator(uow, 2026, PkForm(
            "Pelayanan cepat", "Surat selesai hari itu", "surat", "naik", "100",
            target_q1="25", target_q2="50", target_q3="75"))
        second_id = add_indicator(uow, 2026, PkForm(
            "Kepuasan warga", "Indeks kepuasan", "%", "naik", "85",
            target_q1="80", target_q2="80", target_q3="82"))
        for indicator, q1, q2 in ((first_id, "20", "45"), (second_id, "78", "80")):
            record_realisation(uow, indicator, 1, q1, "Rekap register layanan")
            record_realisation(uow, indicator, 2, q2, "Rekap register layanan")
    return staff


def _signature() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 80), "white")
    ImageDraw.Draw(image).line((5, 70, 190, 10), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _sidak(inspector: AppContext, clock: FakeClock) -> None:
    from core.services.accounts import authenticate
    from core.services.sidak import SIGNERS, FindingInput, SidakForm, finish, save_visit, sign

    pemeriksa = authenticate(inspector, "pemeriksa", PASSWORD)
    visits = [
        (date(2026, 10, 1), "08:05", "tutup", ["Kantor tutup pukul 08.05"]),
        (date(2026, 10, 5), "09:00", "buka", ["Papan jam layanan tidak ada",
                                              "Tidak ada daftar antrean"]),
    ]
    for day, arrival, found, findings in visits:
        clock.now = wib(day, arrival) + timedelta(minutes=2)
        with inspector.write(pemeriksa) as uow:
            visit_id = save_visit(uow, SidakForm(
                visited_office=OFFICE_CODE, day=day, arrival=arrival, found=found,
                inspector_name="Rudi Hartono",
                findings=[FindingInput(text, "Perbaiki", day + timedelta(days=10))
                          for text in findings]))
            # Signed by both and finished: a draft's discrepancies are not counted.
            for signer in SIGNERS:
                sign(uow, visit_id, signer, _signature())
            finish(uow, visit_id)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    from core.services.accounts import authenticate
    from core.sync.export import export_bundle

    root = tmp_path_factory.mktemp("dashboard")
    clock = FakeClock(datetime(2026, 9, 1, 1, 0, tzinfo=UTC))
    office = open_office(root / "office", clock)
    inspector = open_office(root / "inspector", clock, Mode.INSPECTOR, KECAMATAN)
    try:
        staff = _office_autumn(office, clock)
        _sidak(inspector, clock)
        clock.now = IMPORTED_AT - timedelta(hours=1)
        bundles = []
        for ctx, user in ((office, "lurah"), (inspector, "pemeriksa")):
            result = export_bundle(ctx, authenticate(ctx, user, PASSWORD), root / "usb",
                                   full=True)
            assert result.path is not None
            bundles.append(result.path)
        devices = (office.device.id, inspector.device.id)
    finally:
        office.close()
        inspector.close()
    return Template(root, tuple(bundles), devices, staff)


@dataclass
class City:
    hub: AppContext
    admin: Actor
    clock: FakeClock
    staff: tuple[str, ...]


@pytest.fixture(params=["sqlite", "postgresql"])
def city(request: pytest.FixtureRequest, template: Template, tmp_path: Path
         ) -> Iterator[City]:
    """A new hub (SQLite or PostgreSQL) holding the office's and the inspector's bundles."""
    from core.services.accounts import authenticate
    from core.sync.importer import APPLIED, approve_device, import_bundles

    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    clock = FakeClock(IMPORTED_AT)
    hub = open_office(tmp_path / "hub", clock, Mode.HUB, "15.71", database_url=url)
    try:
        admin = authenticate(hub, "admin", PASSWORD)
        usb = tmp_path / "usb"
        shutil.copytree(template.bundles[0].parent, usb)
        import_bundles(hub, admin, [usb])
        for device in template.devices:
            assert [r.result for r in approve_device(hub, admin, device)] == [APPLIED]
        clock.now = LOOK_AT
        yield City(hub, admin, clock, template.staff)
    finally:
        hub.close()
