"""The dashboard's city (conftest.py) with a second kelurahan and the month's complaints, for
the recap tests.

Kelurahan Pasir Putih (Jambi Selatan, one staff member) opens at 07.30 and logs every
working day from August to October 2026, later and later: every day on time in August,
every other day in September, one day in three in October (the other days 07.50, 20
minutes late); its roll call has the staff member H on every working day of October. It
has no innovation. Its bundle reaches the hub beside the other two.

`recap_city` adds, at the hub, three verified pungli complaints about Budi Santoso of
Simpang IV Sipin (a "rekomendasi rotasi"), each with a complainant contact that must never
be printed.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office
from tests.dashboard.conftest import IMPORTED_AT, LOOK_AT, City, wib

PASIR_PUTIH = "15.71.02.1002"
CONTACT = "0812-7777-4321"
COMPLAINANT = "Pak Rahmat Hidayat"
OFFICIAL = "Budi Santoso"


@dataclass(frozen=True)
class Office:
    root: Path
    bundle: Path
    device: str


def working_days(year: int, month: int) -> list[date]:
    from core.services.calendar import national_holidays

    holidays = national_holidays(year)
    day, days = date(year, month, 1), []
    while day.month == month:
        if day.weekday() < 5 and day not in holidays:
            days.append(day)
        day += timedelta(days=1)
    return days


def on_time(month: int, index: int) -> bool:
    """August every day, September every other day, October one day in three."""
    return {8: True, 9: index % 2 == 0, 10: index % 3 == 0}[month]


@pytest.fixture(scope="session")
def pasir_putih(tmp_path_factory: pytest.TempPathFactory) -> Office:
    from core.services import service_hours as hours
    from core.services.accounts import authenticate
    from core.services.attendance import record_attendance
    from core.services.staff import StaffInput, StaffStatus, add_staff
    from core.sync.export import export_bundle

    root = tmp_path_factory.mktemp("pasir-putih")
    clock = FakeClock(datetime(2026, 7, 20, 1, 0, tzinfo=UTC))
    office = open_office(root / "office", clock, office_code=PASIR_PUTIH)
    try:
        head = authenticate(office, "lurah", PASSWORD)
        with office.write(head) as uow:
            staff = add_staff(uow, StaffInput("Sari Wulandari", "Staf pelayanan",
                                              StaffStatus.NON_ASN, local_id="SARI",
                                              active_from=date(2025, 1, 2))).id
        for month in (8, 9, 10):
            for index, day in enumerate(working_days(2026, month)):
                clock.now = wib(day, "07:25" if on_time(month, index) else "07:50")
                with office.write(head) as uow:
                    hours.open_office(uow, confirmed_clock=True)
        clock.now = wib(date(2026, 11, 2), "09:00")
        with office.write(head) as uow:
            for day in working_days(2026, 10):
                record_attendance(uow, day, staff, "H", check_in="07:20")
        clock.now = IMPORTED_AT - timedelta(hours=2)
        result = export_bundle(office, head, root / "usb", full=True)
        assert result.path is not None
        return Office(root, result.path, office.device.id)
    finally:
        office.close()


@pytest.fixture
def recap_city(city: City, pasir_putih: Office, tmp_path: Path) -> Iterator[City]:
    """The dashboard's hub holding Pasir Putih too, and three verified pungli reports."""
    from core.services.complaints import ComplaintInput, register_complaint, verify
    from core.sync.importer import APPLIED, approve_device, import_bundles

    usb = tmp_path / "usb-pasir-putih"
    usb.mkdir()
    shutil.copy(pasir_putih.bundle, usb)
    import_bundles(city.hub, city.admin, [usb])
    assert [r.result for r in approve_device(city.hub, city.admin,
                                             pasir_putih.device)] == [APPLIED]
    with city.hub.write(city.admin) as uow:
        ids = [register_complaint(uow, ComplaintInput(
            "whatsapp", "pungli", OFFICE_CODE, f"Diminta uang Rp50.000 untuk surat ({n})",
            received_on=date(2026, 10, 12 + n), staff_id=city.staff[1],
            complainant_contact=f"{COMPLAINANT}, {CONTACT}")).id for n in range(3)]
    with city.hub.write(city.admin) as uow:
        for complaint_id in ids:
            verify(uow, complaint_id, True, "Terbukti dari rekaman WhatsApp")
    city.clock.now = LOOK_AT
    yield city

