"""What the sync ledger pages show (hub, kecamatan): devices, bundles, clock flags, silence.

Plain read-only queries over the tables the importer keeps (`sync_device`, `sync_bundle`,
`clock_flag`, `log_head`), returned as frozen dataclasses so the desktop never touches a
session. "Now" is always `ctx.clock()`, so a test's clock decides what counts as silent.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.context import AppContext
from core.identity import fingerprint
from core.roles import Mode
from core.services.offices import Level, display_name
from core.sync.importer import APPLIED, HELD, PRESENT, RESULT_LABELS, Summary
from db.models import ClockFlag, LogHead, Office, SyncAck, SyncBundle, SyncDevice

DEFAULT_SILENT_DAYS = 14
DEFAULT_BUNDLE_LIMIT = 2000
# Offices that are expected to send bundles (the city itself does not).
SENDING_LEVELS = (Level.KECAMATAN, Level.KELURAHAN, Level.UNIT)


@dataclass(frozen=True)
class SeqGap:
    """Seqs this installation is still missing before a held bundle can apply."""

    first: int
    last: int

    @property
    def size(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True)
class DeviceRow:
    """A device that has sent bundles here, with what is known of its log."""

    device_id: str
    office_code: str
    office_name: str
    mode: str
    status: str  # approved | held
    fingerprint: str
    first_seen_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    last_seq: int  # the last seq of its log held here (0: none yet)
    last_bundle: str | None  # file name of the newest bundle seen from it
    last_bundle_result: str | None
    last_bundle_at: datetime | None  # when that bundle was imported
    last_applied_at: datetime | None  # when a bundle last applied (or was already present)
    held_bundles: int
    gaps: tuple[SeqGap, ...]
    clock_flags: int

    @property
    def approved(self) -> bool:
        return self.status == "approved"


@dataclass(frozen=True)
class BundleRow:
    """One line of the ledger: a bundle file seen by this installation."""

    id: str
    file_name: str
    kind: str
    device_id: str | None
    office_code: str | None
    office_name: str
    seq_from: int | None
    seq_to: int | None
    created_at: datetime | None
    imported_at: datetime
    imported_by: str
    result: str
    reason: str
    summary: Summary
    waiting: bool  # held and its copy still waits in held/

    @property
    def label(self) -> str:
        return RESULT_LABELS.get(self.result, self.result)


@dataclass(frozen=True)
class ClockFlagRow:
    """An entry whose device time is doubtful (backwards, future, recorded late)."""

    device_id: str
    office_code: str | None
    office_name: str
    seq: int
    kind: str
    detail: str
    flagged_at: datetime


@dataclass(frozen=True)
class OfficeActivity:
    """When an office's data last arrived, and whether that is too long ago."""

    code: str
    level: Level
    name: str
    parent_code: str | None
    devices: int
    last_received_at: datetime | None
    days_silent: int | None  # whole days since then; None: never received
    held_bundles: int
    silent: bool

    @property
    def display_name(self) -> str:
        return display_name(self.level, self.name)


@dataclass(frozen=True)
class Acknowledgement:
    """At an office: how far the city has confirmed receiving this device's log."""

    seq: int
    at: datetime


def own_acknowledgement(ctx: AppContext) -> Acknowledgement | None:
    """The city's last acknowledgement of this device's log, or None (nothing confirmed)."""
    with ctx.read() as session:
        ack = session.get(SyncAck, ctx.device.id)
        return None if ack is None else Acknowledgement(ack.seq, ack.acknowledged_at)


def parse_summary(text: str | None) -> Summary:
    """The ledger's summary JSON as a `Summary`; unknown keys and bad JSON are ignored."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return Summary()
    if not isinstance(data, dict):
        return Summary()
    known = {f.name for f in fields(Summary)}
    values: dict[str, int] = {}
    for key, value in data.items():
        if key in known and isinstance(value, int):
            values[key] = value
    return Summary(**values)


def seq_gaps(last_seq: int, held: Iterable[tuple[int, int]]) -> tuple[SeqGap, ...]:
    """Missing seq ranges between what is held (`last_seq`) and the held bundles' ranges."""
    gaps: list[SeqGap] = []
    covered = last_seq
    for seq_from, seq_to in sorted(held):
        if seq_from > covered + 1:
            gaps.append(SeqGap(covered + 1, seq_from - 1))
        covered = max(covered, seq_to)
    return tuple(gaps)


def _office_names(session: Session) -> dict[str, str]:
    return {code: display_name(Level(level), name) for code, level, name in session.execute(
        select(Office.code, Office.level, Office.name))}


def _held_ranges(session: Session) -> dict[str, set[tuple[str, int, int]]]:
    """Per device: the bundles still waiting in held/ (by held path, so counted once)."""
    waiting: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for device_id, path, seq_from, seq_to in session.execute(
            select(SyncBundle.device_id, SyncBundle.held_path, SyncBundle.seq_from,
                   SyncBundle.seq_to).where(SyncBundle.result == HELD,
                                            SyncBundle.held_path.is_not(None),
                                            SyncBundle.device_id.is_not(None))):
        if device_id is not None and path is not None and seq_from is not None \
                and seq_to is not None:
            waiting[device_id].add((path, seq_from, seq_to))
    return waiting


def list_devices(ctx: AppContext) -> list[DeviceRow]:
    """Every device that sent a bundle here, by office code then first seen."""
    with ctx.read() as session:
        names = _office_names(session)
        heads = {device_id: seq for device_id, seq in session.execute(
            select(LogHead.device_id, LogHead.seq))}
        flags: dict[str, int] = {device_id: count for device_id, count in session.execute(
            select(ClockFlag.device_id, func.count()).group_by(ClockFlag.device_id))}
        waiting = _held_ranges(session)
        newest: dict[str, SyncBundle] = {}
        for bundle in session.scalars(select(SyncBundle).where(
                SyncBundle.device_id.is_not(None)).order_by(SyncBundle.imported_at)):
            assert bundle.device_id is not None
            newest[bundle.device_id] = bundle
        rows = []
        for device in session.scalars(select(SyncDevice).order_by(
                SyncDevice.office_code, SyncDevice.first_seen_at)):
            last_seq = heads.get(device.device_id, 0)
            held = waiting.get(device.device_id, set())
            last = newest.get(device.device_id)
            rows.append(DeviceRow(
                device_id=device.device_id, office_code=device.office_code,
                office_name=names.get(device.office_code, device.office_code),
                mode=device.mode, status=device.status,
                fingerprint=fingerprint(device.public_key),
                first_seen_at=device.first_seen_at, approved_by=device.approved_by,
                approved_at=device.approved_at, last_seq=last_seq,
                last_bundle=last.file_name if last else None,
                last_bundle_result=last.result if last else None,
                last_bundle_at=last.imported_at if last else None,
                last_applied_at=device.last_bundle_at, held_bundles=len(held),
                gaps=seq_gaps(last_seq, ((f, t) for _p, f, t in held)),
                clock_flags=flags.get(device.device_id, 0)))
    return rows


def list_bundles(ctx: AppContext, limit: int | None = DEFAULT_BUNDLE_LIMIT,
                 device_id: str | None = None) -> list[BundleRow]:
    """The ledger, newest import first (at most `limit` lines; None: all)."""
    with ctx.read() as session:
        names = _office_names(session)
        stmt = select(SyncBundle).order_by(SyncBundle.imported_at.desc(), SyncBundle.id)
        if device_id is not None:
            stmt = stmt.where(SyncBundle.device_id == device_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [BundleRow(
            id=b.id, file_name=b.file_name, kind=b.kind, device_id=b.device_id,
            office_code=b.office_code,
            office_name=names.get(b.office_code, b.office_code) if b.office_code else "",
            seq_from=b.seq_from, seq_to=b.seq_to, created_at=b.created_at,
            imported_at=b.imported_at, imported_by=b.imported_by, result=b.result,
            reason=b.reason, summary=parse_summary(b.summary),
            waiting=b.result == HELD and b.held_path is not None)
            for b in session.scalars(stmt)]


def list_clock_flags(ctx: AppContext, limit: int | None = DEFAULT_BUNDLE_LIMIT
                     ) -> list[ClockFlagRow]:
    """Clock flags, newest first (then by device and seq)."""
    with ctx.read() as session:
        names = _office_names(session)
        offices = {device_id: code for device_id, code in session.execute(
            select(SyncDevice.device_id, SyncDevice.office_code))}
        stmt = select(ClockFlag).order_by(ClockFlag.flagged_at.desc(), ClockFlag.device_id,
                                          ClockFlag.seq, ClockFlag.kind)
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = []
        for flag in session.scalars(stmt):
            code = offices.get(flag.device_id)
            rows.append(ClockFlagRow(
                device_id=flag.device_id, office_code=code,
                office_name=names.get(code, code) if code else "", seq=flag.seq,
                kind=flag.kind, detail=flag.detail, flagged_at=flag.flagged_at))
    return rows


def last_received(session: Session) -> dict[str, datetime]:
    """Per office code: when a bundle of one of its devices last applied (or was already
    present) here. A held bundle does not count: its data has not arrived."""
    received: dict[str, datetime] = {}
    for code, at in session.execute(
            select(SyncBundle.office_code, func.max(SyncBundle.imported_at)).where(
                SyncBundle.result.in_((APPLIED, PRESENT)), SyncBundle.office_code.is_not(None))
            .group_by(SyncBundle.office_code)):
        if code is not None and at is not None:
            received[code] = at
    return received


def office_activity(ctx: AppContext, days: int = DEFAULT_SILENT_DAYS) -> list[OfficeActivity]:
    """Every office that should send bundles here, with when its data last arrived.

    At the hub: every kecamatan, kelurahan and unit; at a kecamatan office: its kelurahan.
    An office is silent when no bundle of any of its devices applied (or was already
    present) for more than `days` days, or never; a held bundle does not count, its
    data has not arrived.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    now = ctx.clock()
    device = ctx.device
    with ctx.read() as session:
        stmt = select(Office).where(Office.deleted_at.is_(None),
                                    Office.level.in_([lv.value for lv in SENDING_LEVELS]))
        if device.mode is not Mode.HUB:
            stmt = stmt.where(Office.parent_code == device.office_code)
        offices = session.scalars(stmt.order_by(Office.code)).all()
        received = last_received(session)
        devices: dict[str, int] = {code: count for code, count in session.execute(
            select(SyncDevice.office_code, func.count()).group_by(SyncDevice.office_code))}
        held: dict[str, int] = defaultdict(int)
        for code, _path in session.execute(
                select(SyncBundle.office_code, SyncBundle.held_path).where(
                    SyncBundle.result == HELD, SyncBundle.held_path.is_not(None))
                .distinct()):
            if code is not None:
                held[code] += 1
    limit = timedelta(days=days)
    rows = []
    for office in offices:
        last = received.get(office.code)
        rows.append(OfficeActivity(
            code=office.code, level=Level(office.level), name=office.name,
            parent_code=office.parent_code, devices=devices.get(office.code, 0),
            last_received_at=last,
            days_silent=None if last is None else max(0, (now - last).days),
            held_bundles=held.get(office.code, 0),
            silent=last is None or now - last > limit))
    return rows


def silent_offices(ctx: AppContext, days: int = DEFAULT_SILENT_DAYS) -> list[OfficeActivity]:
    """The offices from `office_activity` that sent nothing for more than `days` days."""
    return [row for row in office_activity(ctx, days) if row.silent]
