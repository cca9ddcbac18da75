"""The office registry: Kota Jambi's kecamatan and kelurahan, plus units the city adds."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import REGISTRY_DEVICE, UnitOfWork, mark_logged_elsewhere
from core.errors import NotFound, ValidationError
from core.roles import Role, require_role
from db.models import Office

REGISTRY_FILE = "kota_jambi_wilayah.csv"
# Stable ids: every device seeds the same registry rows with the same ids.
_REGISTRY_NAMESPACE = uuid.UUID("5b0c2f38-6a59-4a52-9d38-3e8e3b4f2a10")


class Level(StrEnum):
    KOTA = "kota"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    UNIT = "unit"


LEVEL_LABELS = {
    Level.KOTA: "Kota",
    Level.KECAMATAN: "Kecamatan",
    Level.KELURAHAN: "Kelurahan",
    Level.UNIT: "Unit kerja",
}

# Non-territorial units get a city-assigned code: <kota>.<kind>.<3 digits>, e.g. 15.71.PKM.003.
UNIT_KINDS = {
    "OPD": "Perangkat daerah (OPD)",
    "PKM": "Puskesmas",
    "UPT": "Unit pelaksana teknis",
}
_UNIT_CODE = re.compile(r"^(?P<city>\d{2}\.\d{2})\.(?P<kind>[A-Z]{3})\.(?P<number>\d{3})$")


def display_name(level: Level, name: str) -> str:
    """`Kelurahan Simpang IV Sipin`; a name that already says its level is kept as is."""
    label = LEVEL_LABELS[level]
    if level is Level.UNIT or name.lower().startswith(label.lower()):
        return name
    return f"{label} {name}"


@dataclass(frozen=True)
class RegistryEntry:
    code: str
    level: Level
    name: str
    parent_code: str | None


@dataclass(frozen=True)
class OfficeInfo:
    code: str
    level: Level
    name: str
    parent_code: str | None

    @property
    def display_name(self) -> str:
        return display_name(self.level, self.name)


@cache
def load_registry() -> tuple[RegistryEntry, ...]:
    """The bundled Kemendagri list (resources/data), in file order."""
    text = resources.files("resources").joinpath("data", REGISTRY_FILE).read_text("utf-8")
    entries = []
    for record in csv.DictReader(io.StringIO(text)):
        entries.append(RegistryEntry(
            code=record["code"].strip(),
            level=Level(record["level"].strip()),
            name=record["name"].strip(),
            parent_code=record["parent_code"].strip() or None,
        ))
    return tuple(entries)


def city_entry() -> RegistryEntry:
    return next(entry for entry in load_registry() if entry.level is Level.KOTA)


def registry_office_id(code: str) -> str:
    return str(uuid.uuid5(_REGISTRY_NAMESPACE, code))


def seed_registry(session: Session, now: datetime) -> int:
    """Insert the bundled registry rows that are missing (rev 0, owned by the city)."""
    owner = city_entry().code
    existing = set(session.scalars(select(Office.code)))
    added = 0
    for entry in load_registry():
        if entry.code in existing:
            continue
        row = Office(
            id=registry_office_id(entry.code), code=entry.code, level=entry.level.value,
            name=entry.name, parent_code=entry.parent_code, office_code=owner,
            origin_device=REGISTRY_DEVICE, rev=0, created_at=now, updated_at=now,
        )
        mark_logged_elsewhere(session, row)
        session.add(row)
        added += 1
    return added


def office_info(row: Office) -> OfficeInfo:
    """An office row as the services pass it around."""
    return OfficeInfo(row.code, Level(row.level), row.name, row.parent_code)


def kecamatan_of(office: OfficeInfo, offices: Mapping[str, OfficeInfo]) -> OfficeInfo | None:
    """The kecamatan an office is counted in at the city: a kecamatan office in its own,
    a kelurahan or a unit in the kecamatan it is registered under (its parent); None for
    the kota and a unit under the kota itself."""
    if office.level is Level.KECAMATAN:
        return office
    parent = offices.get(office.parent_code or "")
    return parent if parent is not None and parent.level is Level.KECAMATAN else None


def list_offices(session: Session, level: Level | None = None) -> list[OfficeInfo]:
    stmt = select(Office).where(Office.deleted_at.is_(None)).order_by(Office.code)
    if level is not None:
        stmt = stmt.where(Office.level == level.value)
    return [office_info(row) for row in session.scalars(stmt)]


def find_office(session: Session, code: str) -> OfficeInfo | None:
    """The office with `code`, or None (e.g. the province above the city is not held)."""
    row = session.scalars(select(Office).where(Office.code == code)).one_or_none()
    return None if row is None else office_info(row)


def get_office(session: Session, code: str) -> OfficeInfo:
    office = find_office(session, code)
    if office is None:
        raise NotFound(f"Kantor dengan kode {code} tidak terdaftar.")
    return office


def parse_unit_code(code: str) -> tuple[str, str]:
    """Check the shape of a unit code and return (city code, kind)."""
    match = _UNIT_CODE.match(code.strip())
    if match is None:
        raise ValidationError(
            "Kode unit harus berbentuk KOTA.JENIS.NOMOR, misalnya 15.71.PKM.003 "
            f"(jenis: {', '.join(UNIT_KINDS)}).", "code")
    if match["kind"] not in UNIT_KINDS:
        raise ValidationError(
            f"Jenis unit {match['kind']} tidak dikenal (pilih: {', '.join(UNIT_KINDS)}).", "code")
    return match["city"], match["kind"]


def add_unit(uow: UnitOfWork, code: str, name: str, parent_code: str | None = None,
             address: str = "", head_name: str = "") -> OfficeInfo:
    """Register a non-territorial unit (OPD, puskesmas, UPT). City admins only."""
    require_role(uow.actor, Role.ADMIN)
    code = code.strip()
    city, _kind = parse_unit_code(code)
    if city != city_entry().code:
        raise ValidationError(f"Kode unit harus diawali kode kota {city_entry().code}.", "code")
    name = " ".join(name.split())
    if len(name) < 3:
        raise ValidationError("Nama unit wajib diisi (minimal 3 huruf).", "name")
    parent = parent_code or city
    session = uow.session
    if session.scalars(select(Office.id).where(Office.code == code)).first() is not None:
        raise ValidationError(f"Kode {code} sudah dipakai.", "code")
    parent_row = session.scalars(select(Office).where(Office.code == parent)).one_or_none()
    if parent_row is None or parent_row.level not in (Level.KOTA, Level.KECAMATAN):
        raise ValidationError("Induk unit harus kota atau salah satu kecamatan.", "parent_code")
    row = uow.add(Office(code=code, level=Level.UNIT.value, name=name, parent_code=parent,
                         address=address, head_name=head_name), office_code=city)
    return office_info(row)
