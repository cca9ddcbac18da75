"""Three real installations: the city hub, a kelurahan office that already sent its roster,
and an inspector's laptop set up from the city's setup file (which carried the roster)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image

from core.context import AppContext
from core.roles import Actor, Mode, Role
from core.services.sidak import SidakForm, StaffFound, roster
from tests.conftest import OFFICE_CODE, FakeClock

INSPECTOR_OFFICE = "15.71.OPD.001"  # Inspektorat Daerah, a unit registered at the hub
STAFF = ("Ani Lestari", "Budi Santoso", "Citra Dewi")


@dataclass
class Field:
    hub: AppContext
    office: AppContext
    inspector: AppContext
    admin: Actor
    head: Actor
    pemeriksa: Actor
    clock: FakeClock
    usb: Path

    def roster(self, day: date | None = None) -> list[StaffFound]:
        with self.inspector.read() as session:
            return roster(session, OFFICE_CODE, day or self.clock.now.date())


def field_clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 1, 5, tzinfo=UTC))  # 08.05 WIB


@pytest.fixture(scope="session")
def field_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor, Actor, Actor]:
    """Built once per test process; each test gets copies of the three installations."""
    from core.context import open_app
    from core.identity import fingerprint
    from core.services.accounts import NewAccount, authenticate, create_user
    from core.services.offices import add_unit
    from core.services.staff import StaffInput, StaffStatus, add_staff
    from core.sync.export import export_bundle
    from core.sync.importer import approve_device, import_bundles
    from core.sync.reference import export_reference, import_reference, setup_from_bundle
    from tests.conftest import PASSWORD, VALID_NIP, open_office

    root = tmp_path_factory.mktemp("field")
    clock = field_clock()
    hub = open_office(root / "hub", clock, Mode.HUB, "15.71")
    office = open_office(root / "office", clock)
    inspector = open_app(root / "inspector", clock=clock)
    try:
        admin = authenticate(hub, "admin", PASSWORD)
        head = authenticate(office, "lurah", PASSWORD)
        with office.write(head) as uow:
            for name in STAFF:
                add_staff(uow, StaffInput(name, "Staf pelayanan", StaffStatus.NON_ASN,
                                          local_id=name.split()[0].upper(),
                                          active_from=date(2025, 1, 2)))
        bundle = export_bundle(office, head, root / "usb").path
        assert bundle is not None
        import_bundles(hub, admin, [bundle])
        approve_device(hub, admin, office.device.id)
        reference = export_reference(hub, admin, OFFICE_CODE, root / "usb")
        import_reference(office, head, reference,
                         trust_fingerprint=fingerprint(hub.device.public_key))
        with hub.write(admin) as uow:
            add_unit(uow, INSPECTOR_OFFICE, "Inspektorat Daerah Kota Jambi")
            create_user(uow, NewAccount("pemeriksa", "Rudi Hartono", Role.INSPECTOR, PASSWORD,
                                        VALID_NIP), office_code=INSPECTOR_OFFICE)
        setup = export_reference(hub, admin, INSPECTOR_OFFICE, root / "usb",
                                 setup_mode=Mode.INSPECTOR)
        setup_from_bundle(inspector, setup)
        pemeriksa = authenticate(inspector, "pemeriksa", PASSWORD)
    finally:
        hub.close()
        office.close()
        inspector.close()
    shutil.rmtree(root / "usb")
    return root, admin, head, pemeriksa


@pytest.fixture
def field(field_template: tuple[Path, Actor, Actor, Actor], tmp_path: Path) -> Iterator[Field]:
    from core.context import open_app

    root, admin, head, pemeriksa = field_template
    for name in ("hub", "office", "inspector"):
        shutil.copytree(root / name, tmp_path / name)
    clock = field_clock()
    usb = tmp_path / "usb"
    usb.mkdir()
    state = Field(open_app(tmp_path / "hub", clock=clock),
                  open_app(tmp_path / "office", clock=clock),
                  open_app(tmp_path / "inspector", clock=clock),
                  admin, head, pemeriksa, clock, usb)
    try:
        yield state
    finally:
        for ctx in (state.hub, state.office, state.inspector):
            ctx.close()


def basic_form(field: Field, **changes: object) -> SidakForm:
    """A sidak at 08.05 today: office closed, nobody at the desk, one finding."""
    from core.services.sidak import FindingInput

    values: dict[str, object] = dict(
        visited_office=OFFICE_CODE, day=field.clock.now.date(), arrival="08.05",
        found="tutup", inspector_name="Rudi Hartono",
        staff=field.roster(),
        findings=[FindingInput("Kantor belum buka pukul 08.05", "Buka tepat 07.30",
                               date(2026, 12, 5))])
    values.update(changes)
    return SidakForm(**values)  # type: ignore[arg-type]


def photo_file(path: Path, size: tuple[int, int] = (3000, 2000), color: str = "red") -> Path:
    Image.new("RGB", size, color).save(path, "JPEG", quality=90)
    return path
