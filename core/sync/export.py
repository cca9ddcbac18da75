"""Export (office, inspector): this device's change-log entries after what the city holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from core import __version__
from core.attachments import blob_bytes
from core.canonical import GENESIS_HASH, json_value
from core.changelog import iter_entries
from core.context import AppContext
from core.errors import PantauError
from core.roles import Actor, Mode, Role, require_role
from core.sync.bundle import CHANGES, SUFFIX, BundleWriter, Manifest, attachment_name
from core.sync.importer import relay_bundles
from db.migrate import head_revision
from db.models import ChangeLogEntry, ExportMark, LogHead, SyncAck

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportPreview:
    device_id: str
    acknowledged_seq: int
    seq_from: int
    seq_to: int
    by_table: dict[str, int]

    @property
    def entries(self) -> int:
        return max(0, self.seq_to - self.seq_from + 1)


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    preview: ExportPreview
    # Kelurahan bundles a kecamatan passes on unchanged.
    relayed: tuple[Path, ...] = ()


def entry_record(entry: ChangeLogEntry) -> dict[str, Any]:
    """A change-log entry as it travels (one line of changes.jsonl)."""
    return {
        "device_id": entry.device_id, "seq": entry.seq, "table": entry.table_name,
        "row_id": entry.row_id, "op": entry.op, "payload": json.loads(entry.payload),
        "rev": entry.rev, "recorded_at": entry.recorded_at, "actor": entry.actor,
        "prev_hash": entry.prev_hash, "hash": entry.hash,
    }


def export_preview(ctx: AppContext, full: bool = False) -> ExportPreview:
    """What an export would carry now: everything after the city's acknowledgement."""
    device = ctx.device.id
    with ctx.read() as session:
        ack = session.get(SyncAck, device)
        head = session.get(LogHead, device)
        acknowledged = ack.seq if ack else 0
        start = 1 if full else acknowledged + 1
        end = head.seq if head else 0
        by_table = dict(session.execute(
            select(ChangeLogEntry.table_name, func.count()).where(
                ChangeLogEntry.device_id == device, ChangeLogEntry.seq >= start)
            .group_by(ChangeLogEntry.table_name)).all())
    return ExportPreview(device, acknowledged, start, end, by_table)


def export_bundle(ctx: AppContext, actor: Actor, out_dir: Path, full: bool = False,
                  progress: ProgressFn | None = None) -> ExportResult:
    """Write the bundle into `out_dir`; returns no path when there is nothing new."""
    require_role(actor, Role.OPERATOR, Role.HEAD, Role.INSPECTOR)
    device = ctx.device
    if device.mode is Mode.HUB:
        raise PantauError("Kota tidak mengekspor bundle kantor; buat bundle referensi.")
    preview = export_preview(ctx, full)
    relayed = tuple(relay_bundles(ctx, out_dir))
    if preview.entries == 0:
        return ExportResult(None, preview, relayed)
    name = (f"pantau-{device.office_code}-{device.id[:8]}-"
            f"{preview.seq_from:07d}-{preview.seq_to:07d}{SUFFIX}")
    writer = BundleWriter(out_dir / name)
    try:
        with ctx.read() as session:
            prev = session.scalar(select(ChangeLogEntry.hash).where(
                ChangeLogEntry.device_id == device.id,
                ChangeLogEntry.seq == preview.seq_from - 1)) or GENESIS_HASH
            head_hash = session.scalar(select(ChangeLogEntry.hash).where(
                ChangeLogEntry.device_id == device.id, ChangeLogEntry.seq == preview.seq_to))

            files: set[str] = set()

            def records() -> Iterator[dict[str, Any]]:
                for done, entry in enumerate(iter_entries(session, device.id,
                                                          preview.seq_from,
                                                          preview.seq_to), start=1):
                    if progress and done % 1000 == 0:
                        progress(done, preview.entries)
                    record = entry_record(entry)
                    if entry.table_name == "attachment":
                        files.add(str(record["payload"]["sha256"]))
                    yield record

            count = writer.write_lines(CHANGES, records())
            # The bytes of every attachment in the range travel beside its entry.
            for sha256 in sorted(files):
                writer.add_bytes(attachment_name(sha256), blob_bytes(session, sha256))
        manifest = Manifest(
            kind=device.mode.value, schema_version=head_revision(), app_version=__version__,
            device_id=device.id, mode=device.mode.value, office_code=device.office_code,
            created_at=json_value(ctx.clock()), public_key=device.public_key, files=(),
            seq_from=preview.seq_from, seq_to=preview.seq_to, prev_hash=prev,
            head_hash=head_hash, entry_count=count)
        path = writer.finish(manifest, ctx.device_key())
    except BaseException:
        writer.abort()
        raise
    with ctx.raw_write() as session:
        mark = session.get(ExportMark, device.id)
        if mark is None:
            session.add(ExportMark(device_id=device.id, seq=preview.seq_to,
                                   exported_at=ctx.clock()))
        elif preview.seq_to > mark.seq:
            mark.seq, mark.exported_at = preview.seq_to, ctx.clock()
    if progress:
        progress(preview.entries, preview.entries)
    return ExportResult(path, preview, relayed)
