"""Installations that handle complaints: the city hub (on SQLite and on PostgreSQL) and a
kecamatan office; a kelurahan office whose roster reached the hub in a real bundle."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core.context import AppContext
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user
from core.services.complaints import ComplaintInput, register_complaint
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, approve_device, import_bundles
from db.models import ChangeLogEntry, Complaint
from tests.conftest import OFFICE_CODE, PASSWORD, FakeClock, open_office

KECAMATAN = "15.71.01"  # Kecamatan Telanaipura
KELURAHAN = OFFICE_CODE  # Kelurahan Simpang IV Sipin, in Telanaipura
OTHER_KELURAHAN = "15.71.02.1002"  # Pasir Putih, in Jambi Selatan
CITY = "15.71"
TODAY = date(2026, 11, 25)  # the FakeClock's day (a Wednesday)
ROSTER = ("Budi Santoso", "Ani Lestari", "Citra Dewi")


@pytest.fixture(params=["sqlite", "postgresql"])
def city(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
         ) -> Iterator[AppContext]:
    """The city hub, once on SQLite and once on PostgreSQL (a database of its own)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else None
    ctx = open_office(tmp_path / "hub", clock, Mode.HUB, CITY, database_url=url)
    yield ctx
    ctx.close()


@pytest.fixture
def city_admin(city: AppContext) -> Actor:
    return authenticate(city, "admin", PASSWORD)


@pytest.fixture
def city_operator(city: AppContext, city_admin: Actor) -> Actor:
    with city.write(city_admin) as uow:
        create_user(uow, NewAccount("operator", "Operator Kota", Role.OPERATOR, PASSWORD))
    return authenticate(city, "operator", PASSWORD)


@pytest.fixture
def kecamatan(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = open_office(tmp_path / "kecamatan", clock, Mode.OFFICE, KECAMATAN)
    yield ctx
    ctx.close()


@pytest.fixture
def camat(kecamatan: AppContext) -> Actor:
    return authenticate(kecamatan, "lurah", PASSWORD)  # the kecamatan's first account


@pytest.fixture
def kecamatan_operator(kecamatan: AppContext, camat: Actor) -> Actor:
    with kecamatan.write(camat) as uow:
        create_user(uow, NewAccount("operator", "Operator Kecamatan", Role.OPERATOR,
                                    PASSWORD))
    return authenticate(kecamatan, "operator", PASSWORD)


def add_roster(ctx: AppContext, actor: Actor, names: tuple[str, ...] = ROSTER
               ) -> dict[str, str]:
    """Staff of the installation's own office; ids by name."""
    with ctx.write(actor) as uow:
        return {name: add_staff(uow, StaffInput(name, "Staf pelayanan", StaffStatus.NON_ASN,
                                                local_id=f"P-{number}",
                                                active_from=date(2025, 1, 2))).id
                for number, name in enumerate(names)}


@pytest.fixture
def city_roster(city: AppContext, city_admin: Actor, tmp_path: Path, clock: FakeClock
                ) -> dict[str, str]:
    """The kelurahan's roster as the hub holds it: sent from the kelurahan office in a real
    bundle, imported and approved. Staff ids by name."""
    office = open_office(tmp_path / "kelurahan", clock)
    try:
        head = authenticate(office, "lurah", PASSWORD)
        ids = add_roster(office, head)
        bundle = export_bundle(office, head, tmp_path / "usb-kelurahan").path
        assert bundle is not None
        import_bundles(city, city_admin, [bundle])
        assert [r.result for r in approve_device(city, city_admin, office.device.id)] == \
            [APPLIED]
    finally:
        office.close()
    return ids


def complaint_input(**changes: Any) -> ComplaintInput:
    values: dict[str, Any] = {
        "source": "whatsapp", "category": "pungli", "subject_office": KELURAHAN,
        "description": "Diminta uang Rp50.000 untuk surat keterangan domisili.",
        "received_on": date(2026, 11, 20), "official_name": "Pak Joko",
    }
    values.update(changes)
    return ComplaintInput(**values)


def register(ctx: AppContext, actor: Actor, **changes: Any) -> str:
    with ctx.write(actor) as uow:
        return register_complaint(uow, complaint_input(**changes)).id


@dataclass(frozen=True)
class Snapshot:
    complaints: int
    entries: int


def snapshot(ctx: AppContext) -> Snapshot:
    """How much is stored: to show that a refused write left nothing behind."""
    with ctx.read() as session:
        return Snapshot(session.scalar(select(func.count()).select_from(Complaint)) or 0,
                        session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)
