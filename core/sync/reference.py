"""City to offices: reference bundles (master data and acknowledgements) and setup bundles.

A reference bundle is a signed snapshot, not a log: the rows the city owns that an office
needs (the office registry and units, the office's accounts made at the city) and, per
device of that office (and of its kelurahan, for a kecamatan), the last seq the city
holds. The office checks the signature against the city key it pinned, applies rows by
id where the rev is newer, and stops re-exporting what the city has acknowledged.

A setup bundle is the same snapshot plus the mode: a new installation is set up from it
instead of typing, and pins the city key it carries.

An inspector's laptop also receives the staff rosters of the offices it may visit (every
office; a camat's laptop: the kecamatan and its kelurahan), as the city holds them, so
the inspector can tick who is there. Those rows stay the offices' own: the laptop never
changes them, and an office installation ignores them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from core import __version__
from core.canonical import json_value, row_payload
from core.context import AppContext, DeviceInfo
from core.errors import PantauError, ValidationError
from core.identity import fingerprint
from core.ids import new_id
from core.roles import Actor, Mode, Role, require_role
from core.services.offices import Level, get_office
from core.services.setup import LEVELS_BY_MODE, new_installation
from core.sync.bundle import ROWS, SUFFIX, BundleRefused, BundleWriter, Manifest, open_bundle
from core.sync.tables import CITY_TABLES, OFFICE_CITY_TABLES, SYNCED_TABLES, row_values
from db.engine import WRITE_OPTIONS
from db.migrate import head_revision
from db.models import LogHead, Office, Staff, SyncAck, SyncBundle, SyncDevice, User

REFERENCE_TABLES = (*CITY_TABLES, *OFFICE_CITY_TABLES, "user_account")
ROSTER_TABLE = "staff"


@dataclass(frozen=True)
class ReferenceResult:
    path: Path
    applied: int
    unchanged: int
    acknowledged_seq: int | None
    city_fingerprint: str


def _office_devices(session: Session, office_code: str) -> list[str]:
    """Devices of the office and, for a kecamatan, of its kelurahan (their bundles relay)."""
    children = select(Office.code).where(Office.parent_code == office_code)
    return list(session.scalars(select(SyncDevice.device_id).where(
        or_(SyncDevice.office_code == office_code, SyncDevice.office_code.in_(children)))))


def _inspected_offices(session: Session, office_code: str) -> list[str]:
    """Offices an inspector of `office_code` visits: a kecamatan's own kelurahan, else all."""
    office = get_office(session, office_code)
    query = select(Office.code).where(Office.deleted_at.is_(None))
    if office.level is Level.KECAMATAN:
        query = query.where(or_(Office.code == office_code,
                                Office.parent_code == office_code))
    return list(session.scalars(query))


def _has_inspector(session: Session, office_code: str) -> bool:
    return session.scalars(select(SyncDevice.device_id).where(
        SyncDevice.office_code == office_code,
        SyncDevice.mode == Mode.INSPECTOR.value)).first() is not None


def _rows_for(session: Session, hub_device: str, office_code: str, rosters: bool = False
              ) -> list[dict[str, Any]]:
    """City-written rows an office needs: master data (offices, schedules, holidays, service
    types, rules) and its own accounts; for an inspector, the rosters it checks."""
    records: list[dict[str, Any]] = []
    for table in CITY_TABLES:
        model = SYNCED_TABLES[table].model
        for row in session.scalars(select(model).where(model.origin_device == hub_device)):
            records.append({"table": table, "payload": row_payload(row)})
    for table in OFFICE_CITY_TABLES:
        model = SYNCED_TABLES[table].model
        for row in session.scalars(select(model).where(model.origin_device == hub_device,
                                                       model.office_code == office_code)):
            records.append({"table": table, "payload": row_payload(row)})
    # Accounts the city made for that office; never the city's own admin accounts (an
    # inspector of the city's own code, 15.71, shares the office code with the hub).
    for user in session.scalars(select(User).where(User.origin_device == hub_device,
                                                   User.office_code == office_code,
                                                   User.role != Role.ADMIN.value)):
        records.append({"table": "user_account", "payload": row_payload(user)})
    if rosters:
        offices = _inspected_offices(session, office_code)
        for start in range(0, len(offices), 500):
            for staff in session.scalars(select(Staff).where(
                    Staff.office_code.in_(offices[start:start + 500])).order_by(Staff.id)):
                records.append({"table": ROSTER_TABLE, "payload": row_payload(staff)})
    return records


def export_reference(ctx: AppContext, actor: Actor, office_code: str, out_dir: Path,
                     setup_mode: Mode | None = None) -> Path:
    """Write a reference bundle for `office_code` (or, with `setup_mode`, a setup bundle)."""
    require_role(actor, Role.ADMIN)
    hub = ctx.device
    if hub.mode is not Mode.HUB:
        raise PantauError("Bundle referensi dibuat di kota (mode hub).")
    with ctx.read() as session:
        office = get_office(session, office_code)
        if setup_mode is not None and office.level not in LEVELS_BY_MODE[setup_mode]:
            raise ValidationError(
                f"Mode {setup_mode.label} tidak dapat dipasang untuk {office.display_name}.")
        rosters = setup_mode is Mode.INSPECTOR or (
            setup_mode is None and _has_inspector(session, office_code))
        rows = _rows_for(session, hub.id, office_code, rosters)
        acks = {device: head.seq for device in _office_devices(session, office_code)
                if (head := session.get(LogHead, device)) is not None}
    kind = "setup" if setup_mode else "reference"
    stamp = ctx.clock().strftime("%Y%m%d-%H%M%S")
    writer = BundleWriter(out_dir / f"pantau-{kind}-{office_code}-{stamp}{SUFFIX}")
    try:
        writer.write_lines(ROWS, rows)
        extra: dict[str, Any] = {"acks": acks}
        if setup_mode is not None:
            extra["setup_mode"] = setup_mode.value
        manifest = Manifest(
            kind=kind, schema_version=head_revision(), app_version=__version__,
            device_id=hub.id, mode=hub.mode.value, office_code=hub.office_code,
            created_at=json_value(ctx.clock()), public_key=hub.public_key, files=(),
            entry_count=len(rows), target_office=office_code, extra=extra)
        return writer.finish(manifest, ctx.device_key())
    except BaseException:
        writer.abort()
        raise


def _apply_rows(session: Session, records: Any, hub_device: str, office_code: str,
                mode: Mode) -> tuple[int, int]:
    applied = unchanged = 0
    for record in records:
        table = record.get("table")
        payload = record.get("payload")
        if table == ROSTER_TABLE and isinstance(payload, dict):
            # Rosters are the offices' rows, relayed by the city for an inspector.
            if mode is not Mode.INSPECTOR:
                continue
        elif table not in REFERENCE_TABLES or not isinstance(payload, dict):
            raise BundleRefused(f"Baris referensi tidak dikenal: {table}")
        elif payload.get("origin_device") != hub_device:
            raise BundleRefused("Baris referensi bukan tulisan kota.")
        if table == "user_account" and payload.get("office_code") != office_code:
            raise BundleRefused("Bundle referensi membawa akun kantor lain.")
        if table in OFFICE_CITY_TABLES and payload.get("office_code") != office_code:
            raise BundleRefused("Bundle referensi membawa keputusan untuk kantor lain.")
        model = SYNCED_TABLES[table].model
        try:
            values = row_values(table, payload)
        except ValueError as exc:
            raise BundleRefused(str(exc)) from exc
        current = session.scalar(select(model.rev).where(model.id == values["id"]))
        if current is None:
            session.execute(insert(model), [values])
            applied += 1
        elif values["rev"] > current:
            session.execute(update(model), [values])
            applied += 1
        else:
            unchanged += 1
    return applied, unchanged


def pinned_city(session: Session) -> SyncDevice | None:
    """The city key this office trusts (pinned by a setup file or a confirmed fingerprint)."""
    return session.scalars(select(SyncDevice).where(
        SyncDevice.mode == Mode.HUB.value, SyncDevice.status == "approved")).first()


def is_reference(path: Path) -> bool:
    """Whether `path` is a (verified) reference bundle from a city."""
    try:
        with open_bundle(path) as bundle:
            return bundle.manifest.kind == "reference"
    except BundleRefused:
        return False


def city_key_fingerprint(path: Path) -> str:
    """The fingerprint of the key that signed a reference or setup bundle (to compare)."""
    with open_bundle(path) as bundle:
        return fingerprint(bundle.manifest.public_key)


def import_reference(ctx: AppContext, actor: Actor, path: Path,
                     trust_fingerprint: str | None = None) -> ReferenceResult:
    """Apply a reference bundle at an office. The first one pins the city key, but only when
    the user confirms its fingerprint (`trust_fingerprint`), e.g. read out by the city."""
    device = ctx.device
    with open_bundle(path) as bundle:
        manifest = bundle.manifest
        if manifest.kind != "reference" or manifest.mode != Mode.HUB.value:
            raise BundleRefused("Ini bukan bundle referensi dari kota.")
        if manifest.target_office != device.office_code:
            raise BundleRefused(f"Bundle referensi ini untuk kantor {manifest.target_office}, "
                                f"bukan {device.office_code}.")
        key_print = fingerprint(manifest.public_key)
        with ctx.sessions() as session:
            session.connection(execution_options=WRITE_OPTIONS)
            try:
                city = pinned_city(session)
                if city is None:
                    if trust_fingerprint is None or \
                            trust_fingerprint.replace(" ", "").upper() != \
                            key_print.replace(" ", ""):
                        raise BundleRefused(
                            "Kunci kota belum disematkan di perangkat ini. Bandingkan sidik "
                            f"kunci {key_print} dengan admin kota, lalu setujui.")
                    city = _pin_city(session, ctx, actor, manifest.device_id,
                                     manifest.office_code, manifest.public_key)
                elif city.public_key != manifest.public_key or \
                        city.device_id != manifest.device_id:
                    raise BundleRefused("Bundle referensi tidak ditandatangani dengan kunci kota "
                                        "yang disematkan: ditolak.")
                applied, unchanged = _apply_rows(session, bundle.lines(ROWS), city.device_id,
                                                 device.office_code, device.mode)
                acks = manifest.extra.get("acks", {})
                if not isinstance(acks, dict):
                    raise BundleRefused("Daftar tanda terima rusak.")
                created = datetime.fromisoformat(manifest.created_at)
                for device_id, seq in acks.items():
                    _acknowledge(session, str(device_id), int(seq), created)
                session.add(_ledger_row(ctx, actor, bundle, applied, unchanged))
                session.commit()
            except BaseException:
                session.rollback()
                raise
    own = acks.get(device.id)
    return ReferenceResult(path, applied, unchanged, int(own) if own is not None else None,
                           key_print)


def _acknowledge(session: Session, device_id: str, seq: int, when: datetime) -> None:
    ack = session.get(SyncAck, device_id)
    if ack is None:
        session.add(SyncAck(device_id=device_id, seq=seq, acknowledged_at=when))
    elif seq > ack.seq:
        ack.seq, ack.acknowledged_at = seq, when


def _pin_city(session: Session, ctx: AppContext, actor: Actor | None, device_id: str,
              office_code: str, public_key: str) -> SyncDevice:
    city = SyncDevice(device_id=device_id, office_code=office_code, mode=Mode.HUB.value,
                      public_key=public_key, status="approved", first_seen_at=ctx.clock(),
                      approved_by=actor.username if actor else "penyiapan",
                      approved_at=ctx.clock())
    session.add(city)
    session.flush()
    return city


def _ledger_row(ctx: AppContext, actor: Actor | None, bundle: Any, applied: int,
                unchanged: int) -> SyncBundle:
    import json

    manifest = bundle.manifest
    return SyncBundle(
        id=new_id(), file_sha256=bundle.file_hash, file_name=bundle.path.name,
        kind=manifest.kind, device_id=manifest.device_id, office_code=manifest.office_code,
        created_at=datetime.fromisoformat(manifest.created_at), imported_at=ctx.clock(),
        imported_by=actor.username if actor else "penyiapan", result="applied",
        summary=json.dumps({"new": applied, "updated": 0, "unchanged": unchanged,
                            "refused": 0, "clock_flags": 0}))


def setup_from_bundle(ctx: AppContext, path: Path) -> DeviceInfo:
    """Set this installation up from a setup bundle made at the city (mode, office, city
    key, accounts). The user compares the city key fingerprint before calling this."""
    with open_bundle(path) as bundle:
        manifest = bundle.manifest
        if manifest.kind != "setup" or manifest.mode != Mode.HUB.value or \
                not manifest.target_office:
            raise BundleRefused("Ini bukan berkas penyiapan dari kota.")
        try:
            mode = Mode(str(manifest.extra.get("setup_mode")))
        except ValueError as exc:
            raise BundleRefused("Berkas penyiapan tidak menyebut mode yang dikenal.") from exc
        counts: list[int] = []

        def receive(session: Session) -> None:
            city = _pin_city(session, ctx, None, manifest.device_id, manifest.office_code,
                             manifest.public_key)
            counts.extend(_apply_rows(session, bundle.lines(ROWS), city.device_id,
                                      str(manifest.target_office), mode))

        with new_installation(ctx, mode, manifest.target_office, receive) as (session, device):
            if not session.scalars(select(User.id).where(
                    User.office_code == manifest.target_office)).first():
                raise BundleRefused("Berkas penyiapan tidak membawa akun untuk kantor ini.")
            session.add(_ledger_row(ctx, None, bundle, counts[0], counts[1]))
    return device
