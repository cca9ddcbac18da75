"""Import (hub, kecamatan): verify, check the chain and ownership, apply — or hold, or refuse.

Each bundle is imported in one transaction. A refused bundle changes no data: only its
line in the ledger records that it was seen and why it was refused. A bundle that does
not continue what this database holds (a gap) or that comes from a device no admin has
approved yet is held in `held/` and applied by itself once the gap is filled or the
device approved. Seqs already held are skipped, so importing twice changes nothing.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from core.attachments import has_blob, put_blob
from core.canonical import canonical_json
from core.changelog import entry_hash_text, lock_head
from core.context import DEFAULT_TIMEZONE, AppContext
from core.errors import NotFound, PantauError
from core.identity import fingerprint
from core.ids import new_id
from core.roles import Actor, Mode, Role, require_role
from core.services.offices import city_entry, find_office
from core.sync.bundle import CHANGES, SUFFIX, BundleRefused, OpenedBundle, open_bundle
from core.sync.tables import SYNCED_TABLES, ownership_problem, row_values
from db.engine import WRITE_OPTIONS, insert_or_ignore
from db.migrate import known_revisions
from db.models import ChangeLogEntry, ClockFlag, LogHead, Office, SyncBundle, SyncDevice

APPLIED, PRESENT, HELD, REFUSED = "applied", "present", "held", "refused"
RESULT_LABELS = {APPLIED: "diterapkan", PRESENT: "sudah ada", HELD: "ditahan",
                 REFUSED: "ditolak"}
BATCH = 2000
FUTURE_TOLERANCE = timedelta(minutes=10)
LATE_AFTER = timedelta(days=3)

ProgressFn = Callable[[int, int, str], None]


@dataclass
class Summary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    clock_flags: int = 0


@dataclass
class BundleResult:
    file: Path
    result: str
    reason: str = ""
    summary: Summary = field(default_factory=Summary)
    device_id: str | None = None
    office_code: str | None = None
    seq_from: int | None = None
    seq_to: int | None = None
    # Held bundles that this one made applicable (a filled gap, an approved device).
    released: list[BundleResult] = field(default_factory=list)

    @property
    def label(self) -> str:
        return RESULT_LABELS[self.result]

    @property
    def ok(self) -> bool:
        return self.result in (APPLIED, PRESENT)


class _Refuse(Exception):
    pass


class _Hold(Exception):
    pass


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The bundles named, and every `*.pantau` inside named folders (never `*.part`)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file()))
        else:
            files.append(path)
    return files


def can_import(ctx: AppContext, actor: Actor) -> None:
    """The hub imports everyone; a kecamatan office imports its kelurahan (relay)."""
    device = ctx.device
    if device.mode is Mode.HUB:
        require_role(actor, Role.ADMIN, Role.OPERATOR)
        return
    require_role(actor, Role.HEAD, Role.OPERATOR)
    with ctx.read() as session:
        office = find_office(session, device.office_code)
    if office is None or office.level.value != "kecamatan":
        raise PantauError("Hanya kota dan kantor kecamatan yang mengimpor bundle kantor.")


def import_bundles(ctx: AppContext, actor: Actor, paths: Iterable[Path], dry_run: bool = False,
                   progress: ProgressFn | None = None) -> list[BundleResult]:
    """Import every bundle in `paths` (files or folders), in any order.

    A dry run on SQLite imports for real into a scratch copy of the database, so the
    preview of several bundles from one device shows what the real import will do (the
    second continues the first); nothing of the copy is kept.
    """
    can_import(ctx, actor)
    if dry_run and ctx.engine.dialect.name == "sqlite":
        return _dry_run_on_copy(ctx, actor, list(paths), progress)
    files = bundle_files(paths)
    results: list[BundleResult] = []
    for index, path in enumerate(files):
        if progress:
            progress(index, len(files), path.name)
        with _server_errors(ctx, path.name, results):
            result = _import_retrying(ctx, actor, path, dry_run)
            if result.result == APPLIED and not dry_run and result.device_id:
                result.released = release_held(ctx, actor, result.device_id)
        results.append(result)
    if progress:
        progress(len(files), len(files), "")
    return results


RETRIES = 5
# PostgreSQL's "try the transaction again": serialization failure, deadlock detected.
_RETRY_SQLSTATES = ("40001", "40P01")


def _sqlstate(exc: DBAPIError) -> str:
    return str(getattr(exc.orig, "sqlstate", "") or "")


def _import_retrying(ctx: AppContext, actor: Actor, path: Path, dry_run: bool = False,
                     **options: Any) -> BundleResult:
    """`import_one`, again from the start when PostgreSQL chose this transaction as the
    victim of a deadlock with another hub PC's import (it was rolled back whole)."""
    for attempt in range(RETRIES):
        try:
            return import_one(ctx, actor, path, dry_run, **options)
        except OperationalError as exc:
            if _sqlstate(exc) not in _RETRY_SQLSTATES or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def _server_errors(ctx: AppContext, name: str, done: list[BundleResult]) -> Iterator[None]:
    """A PostgreSQL server that goes away during an import: the bundle's transaction was
    rolled back (nothing of it stored); the user reads why, and which bundles did finish."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        if ctx.engine.dialect.name == "sqlite":
            raise
        from core.database import unreachable

        kept = f"{len(done)} bundle sebelumnya sudah selesai dan tersimpan." if done else ""
        raise unreachable(ctx.engine.url.render_as_string(hide_password=False), exc,
                          f"mengimpor {name}", kept) from exc


def _dry_run_on_copy(ctx: AppContext, actor: Actor, paths: list[Path],
                     progress: ProgressFn | None) -> list[BundleResult]:
    import sqlite3
    import tempfile

    from core.context import open_app

    with tempfile.TemporaryDirectory(prefix="pantau-uji-") as folder:
        scratch = Path(folder)
        source = sqlite3.connect(f"file:{ctx.data_dir.database.as_posix()}?mode=ro", uri=True)
        target = sqlite3.connect(scratch / "pantau.db")
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        held = ctx.data_dir.root / "held"
        if held.is_dir():
            shutil.copytree(held, scratch / "held")
        copy = open_app(scratch, clock=ctx.clock)
        try:
            return import_bundles(copy, actor, paths, dry_run=False, progress=progress)
        finally:
            copy.close()


def import_one(ctx: AppContext, actor: Actor, path: Path, dry_run: bool = False,
               keep_held_copy: bool = True, original_name: str | None = None) -> BundleResult:
    """Import one bundle file. `original_name`: the name it arrived under, for a bundle that
    waited in `held/` under its content hash."""
    shown = Path(original_name) if original_name else path
    try:
        bundle = open_bundle(path)
    except BundleRefused as exc:
        result = BundleResult(shown, REFUSED, exc.message)
        if not dry_run:
            _record(ctx, actor, result, None, None)
        return result
    with bundle:
        manifest = bundle.manifest
        result = BundleResult(shown, APPLIED, device_id=manifest.device_id,
                              office_code=manifest.office_code, seq_from=manifest.seq_from,
                              seq_to=manifest.seq_to)
        try:
            if manifest.kind in ("reference", "setup"):
                raise _Refuse("Bundle referensi atau penyiapan dari kota diimpor di kantor, "
                              "bukan di sini.")
            if manifest.schema_version not in known_revisions():
                raise _Refuse(f"Bundle dibuat dengan skema {manifest.schema_version} yang lebih "
                              "baru: perbarui Pantau di komputer ini.")
            device = _check_device(ctx, bundle, dry_run)
            with ctx.sessions() as session:
                session.connection(execution_options=WRITE_OPTIONS)
                try:
                    _apply(ctx, session, bundle, device, result.summary)
                    if result.summary.new == result.summary.updated == 0 and \
                            _nothing_new(session, bundle):
                        result.result = PRESENT
                    if dry_run:
                        session.rollback()
                        return result
                    _record_in(session, ctx, actor, result, bundle, None)
                    session.execute(update(SyncDevice).where(
                        SyncDevice.device_id == manifest.device_id).values(
                        last_bundle_at=ctx.clock()))
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except _Refuse as exc:
            result.result, result.reason = REFUSED, str(exc)
        except BundleRefused as exc:  # a line of changes.jsonl that is not JSON
            result.result, result.reason = REFUSED, exc.message
        except _Hold as exc:
            result.result, result.reason = HELD, str(exc)
        if not dry_run and result.result in (REFUSED, HELD):
            held_path = _keep_held(ctx, bundle) if result.result == HELD and keep_held_copy \
                else None
            _record(ctx, actor, result, bundle, held_path)
        if not dry_run and result.ok and ctx.device.mode is Mode.OFFICE:
            keep_for_relay(ctx, bundle, shown.name)
        return result


def _nothing_new(session: Session, bundle: OpenedBundle) -> bool:
    head = session.get(LogHead, bundle.manifest.device_id)
    return head is not None and bundle.manifest.seq_to is not None and \
        bundle.manifest.seq_to <= head.seq


def _check_device(ctx: AppContext, bundle: OpenedBundle, dry_run: bool = False) -> SyncDevice:
    manifest = bundle.manifest
    if manifest.device_id == ctx.device.id:
        raise _Refuse("Bundle ini dibuat oleh perangkat ini sendiri.")
    with ctx.read() as session:
        known = session.get(SyncDevice, manifest.device_id)
        office = find_office(session, manifest.office_code)
    if known is not None and known.public_key != manifest.public_key:
        raise _Refuse("Kunci bundle berbeda dengan kunci perangkat yang terdaftar: "
                      "bundle palsu atau perangkat dipasang ulang.")
    if known is not None and known.office_code != manifest.office_code:
        raise _Refuse(f"Perangkat terdaftar untuk kantor {known.office_code}, bukan "
                      f"{manifest.office_code}.")
    if office is None:
        raise _Refuse(f"Kantor {manifest.office_code} tidak terdaftar.")
    if ctx.device.mode is Mode.OFFICE and office.parent_code != ctx.device.office_code:
        raise _Refuse(f"Kantor {manifest.office_code} bukan kelurahan di kecamatan ini.")
    if known is None and dry_run:
        raise _Hold(_unknown_device_reason(manifest.office_code, manifest.public_key))
    if known is None:
        with ctx.raw_write() as session:
            # Another hub PC may be registering the same device at this moment.
            insert_or_ignore(session, SyncDevice, {
                "device_id": manifest.device_id, "office_code": manifest.office_code,
                "mode": manifest.mode, "public_key": manifest.public_key, "status": "held",
                "first_seen_at": ctx.clock()})
        raise _Hold(_unknown_device_reason(manifest.office_code, manifest.public_key))
    if known.status != "approved":
        raise _Hold(_unknown_device_reason(known.office_code, known.public_key))
    return known


def _unknown_device_reason(office_code: str, public_key: str) -> str:
    return (f"Perangkat belum disetujui (kantor {office_code}, sidik kunci "
            f"{fingerprint(public_key)}): menunggu persetujuan admin.")


def _entries(bundle: OpenedBundle) -> Iterator[dict[str, Any]]:
    for record in bundle.lines(CHANGES):
        try:
            yield {
                "device_id": str(record["device_id"]), "seq": int(record["seq"]),
                "table": str(record["table"]), "row_id": str(record["row_id"]),
                "op": str(record["op"]), "payload": dict(record["payload"]),
                "payload_json": canonical_json(record["payload"]),
                "rev": int(record["rev"]), "recorded_at": str(record["recorded_at"]),
                "actor": str(record["actor"]), "prev_hash": str(record["prev_hash"]),
                "hash": str(record["hash"]),
            }
        except (KeyError, TypeError, ValueError) as exc:
            raise _Refuse(f"Entri perubahan tidak lengkap: {exc}") from exc


def _apply(ctx: AppContext, session: Session, bundle: OpenedBundle, device: SyncDevice,
           summary: Summary) -> None:
    manifest = bundle.manifest
    if manifest.seq_from is None or manifest.seq_to is None or manifest.seq_from < 1:
        raise _Refuse("Manifest tanpa rentang seq.")
    head = lock_head(session, manifest.device_id)
    if manifest.seq_from > head.seq + 1:
        raise _Hold(f"Celah: kota memegang sampai seq {head.seq}, bundle mulai seq "
                    f"{manifest.seq_from}. Ditahan sampai seq {head.seq + 1}–"
                    f"{manifest.seq_from - 1} tiba.")
    if manifest.seq_to <= head.seq and manifest.head_hash is not None and \
            _stored_hash(session, manifest.device_id, manifest.seq_to) == manifest.head_hash:
        # Everything up to seq_to is held already and the signed head hash is the one held:
        # by the hash chain the entries are the same ones, nothing to read or apply.
        summary.unchanged += manifest.entry_count
        return
    mode = Mode(device.mode)
    city = city_entry().code
    registered = find_office(session, device.office_code)
    level = registered.level.value if registered is not None else None
    # The office's own calendar day is what "recorded long after" compares.
    zone = ZoneInfo(session.scalar(select(Office.timezone).where(
        Office.code == device.office_code)) or DEFAULT_TIMEZONE)
    head_seq, head_hash = head.seq, head.hash
    now = ctx.clock()
    expected_seq = manifest.seq_from
    prev_hash = manifest.prev_hash
    previous_time = _stored_time(session, manifest.device_id, manifest.seq_from - 1)
    held_hashes = _held_hashes(session, manifest.device_id, manifest.seq_from,
                               min(manifest.seq_to, head.seq))
    batch: list[dict[str, Any]] = []
    flags: list[dict[str, Any]] = []
    count = 0
    for entry in _entries(bundle):
        count += 1
        seq = entry["seq"]
        if entry["device_id"] != manifest.device_id:
            raise _Refuse(f"Seq {seq} milik perangkat lain ({entry['device_id']}).")
        if seq != expected_seq:
            raise _Refuse(f"Seq {seq} tidak berurutan (diharapkan {expected_seq}).")
        if entry["prev_hash"] != prev_hash:
            raise _Refuse(f"Seq {seq} tidak menyambung ke entri sebelumnya.")
        digest = entry_hash_text(entry["device_id"], seq, entry["table"], entry["row_id"],
                                 entry["op"], entry["payload_json"], entry["rev"],
                                 entry["recorded_at"], entry["actor"], entry["prev_hash"])
        if digest != entry["hash"]:
            raise _Refuse(f"Seq {seq}: isi entri tidak cocok dengan hash-nya.")
        if seq <= head_seq:
            if held_hashes.get(seq) != digest:
                raise _Refuse(f"Riwayat bercabang (fork) pada seq {seq}: kota sudah memegang "
                              "entri lain untuk seq ini. Bundle ditolak dan ditandai.")
            summary.unchanged += 1
        else:
            if seq == head_seq + 1 and entry["prev_hash"] != head_hash:
                raise _Refuse(f"Riwayat bercabang (fork) pada seq {seq}.")
            problem = ownership_problem(entry["table"], entry["payload"], manifest.device_id,
                                        mode, device.office_code, city, level)
            if problem:
                raise _Refuse(f"Seq {seq}: {problem}.")
            if entry["payload"].get("id") != entry["row_id"] or \
                    entry["payload"].get("rev") != entry["rev"]:
                raise _Refuse(f"Seq {seq}: payload tidak sesuai row_id/rev.")
            if entry["table"] == "attachment":
                _keep_attachment(session, bundle, entry)
            flags.extend(_clock_flags(entry, previous_time, now, zone))
            batch.append(entry)
            head_seq, head_hash = seq, digest
            if len(batch) >= BATCH:
                _apply_batch(session, batch, manifest.device_id, summary)
                batch.clear()
        previous_time = entry["recorded_at"]
        prev_hash = digest
        expected_seq = seq + 1
    if count != manifest.entry_count or expected_seq - 1 != manifest.seq_to:
        raise _Refuse("Jumlah entri tidak sesuai manifest.")
    if prev_hash != manifest.head_hash:
        raise _Refuse("Hash kepala tidak sesuai manifest.")
    if batch:
        _apply_batch(session, batch, manifest.device_id, summary)
    if head_seq != head.seq:
        head.seq, head.hash = head_seq, head_hash
    if flags:
        stored = {(f.seq, f.kind) for f in session.scalars(select(ClockFlag).where(
            ClockFlag.device_id == manifest.device_id))}
        fresh = [f for f in flags if (f["seq"], f["kind"]) not in stored]
        if fresh:
            session.execute(insert(ClockFlag), fresh)
        summary.clock_flags = len(fresh)
    session.flush()


def _keep_attachment(session: Session, bundle: OpenedBundle, entry: dict[str, Any]) -> None:
    """An attachment row arrives with its bytes (or they are held here already)."""
    sha256 = str(entry["payload"].get("sha256", ""))
    if has_blob(session, sha256):
        return
    data = bundle.read_attachment(sha256)
    if data is None:
        raise _Refuse(f"Seq {entry['seq']}: lampiran {entry['payload'].get('file_name')} "
                      "tidak ada di dalam bundle.")
    try:
        put_blob(session, sha256, data)
    except ValueError as exc:
        raise _Refuse(f"Seq {entry['seq']}: isi lampiran tidak cocok dengan hash-nya.") from exc


def _stored_hash(session: Session, device_id: str, seq: int) -> str | None:
    return session.scalar(select(ChangeLogEntry.hash).where(
        ChangeLogEntry.device_id == device_id, ChangeLogEntry.seq == seq))


def _stored_time(session: Session, device_id: str, seq: int) -> str | None:
    return session.scalar(select(ChangeLogEntry.recorded_at).where(
        ChangeLogEntry.device_id == device_id, ChangeLogEntry.seq == seq))


def _held_hashes(session: Session, device_id: str, first: int, last: int) -> dict[int, str]:
    if last < first:
        return {}
    return {seq: digest for seq, digest in session.execute(
        select(ChangeLogEntry.seq, ChangeLogEntry.hash).where(
            ChangeLogEntry.device_id == device_id, ChangeLogEntry.seq >= first,
            ChangeLogEntry.seq <= last))}


def _clock_flags(entry: dict[str, Any], previous: str | None, now: datetime,
                 zone: ZoneInfo) -> list[dict[str, Any]]:
    flags = []
    recorded = _utc(entry["recorded_at"])
    if recorded is None:
        return [_flag(entry, "future", f"waktu tidak terbaca: {entry['recorded_at']}", now)]
    before = _utc(previous) if previous is not None else None
    if before is not None and recorded < before:
        flags.append(_flag(entry, "backwards",
                           f"waktu perangkat mundur dari {previous} ke {entry['recorded_at']}",
                           now))
    if recorded > now + FUTURE_TOLERANCE:
        flags.append(_flag(entry, "future",
                           f"dicatat {entry['recorded_at']}, setelah waktu kota {now.isoformat()}",
                           now))
    day_column = SYNCED_TABLES[entry["table"]].day_column
    day = entry["payload"].get(day_column) if day_column else None
    described = _day(day) if day else None
    recorded_day = recorded.astimezone(zone).date()
    if described and recorded_day - described > LATE_AFTER:
        flags.append(_flag(entry, "late", f"data hari {day} baru dicatat "
                           f"{recorded_day.isoformat()}", now))
    return flags


def _utc(text: str) -> datetime | None:
    """An aware instant, or None for text that is not one (never trusted, never a crash)."""
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo is not None else None


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _flag(entry: dict[str, Any], kind: str, detail: str, now: datetime) -> dict[str, Any]:
    return {"device_id": entry["device_id"], "seq": entry["seq"], "kind": kind,
            "detail": detail, "flagged_at": now}


def _apply_batch(session: Session, batch: list[dict[str, Any]], device_id: str,
                 summary: Summary) -> None:
    """Rows by id where the incoming rev is newer; entries appended to the device's log."""
    by_table: dict[str, list[dict[str, Any]]] = {}
    for entry in batch:
        by_table.setdefault(entry["table"], []).append(entry)
    for table_name, entries in by_table.items():
        model = SYNCED_TABLES[table_name].model
        ids = list({e["row_id"] for e in entries})
        existing: dict[str, tuple[int, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            existing.update({row_id: (rev, origin) for row_id, rev, origin in session.execute(
                select(model.id, model.rev, model.origin_device).where(
                    model.id.in_(chunk)))})
        inserts: dict[str, dict[str, Any]] = {}
        updates: dict[str, dict[str, Any]] = {}
        for entry in entries:
            row_id = entry["row_id"]
            try:
                values = row_values(table_name, entry["payload"])
            except ValueError as exc:
                raise _Refuse(f"Seq {entry['seq']}: {exc}") from exc
            if row_id in inserts:
                inserts[row_id] = values  # created and changed within this batch
                summary.updated += 1
            elif row_id in existing:
                rev, origin = existing[row_id]
                if origin != device_id:
                    raise _Refuse(f"Seq {entry['seq']}: baris {row_id} ditulis perangkat lain.")
                if entry["rev"] > rev:
                    updates[row_id] = values
                    existing[row_id] = (entry["rev"], origin)
                    summary.updated += 1
                else:
                    summary.unchanged += 1
            else:
                inserts[row_id] = values
                summary.new += 1
        try:
            if inserts:
                session.execute(insert(model), list(inserts.values()))
            if updates:
                session.execute(update(model), list(updates.values()))
        except IntegrityError as exc:
            # E.g. a reinstalled office PC (a new device) re-creating the account "lurah".
            raise _Refuse(f"Baris {table_name} dari seq {entries[0]['seq']}–"
                          f"{entries[-1]['seq']} bentrok dengan data yang sudah ada di sini: "
                          f"{exc.orig}") from exc
    connection = session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    connection.exec_driver_sql(
        "INSERT INTO change_log (device_id, seq, table_name, row_id, op, payload, rev, "
        f"recorded_at, actor, prev_hash, hash) VALUES ({', '.join([mark] * 11)})",
        [(e["device_id"], e["seq"], e["table"], e["row_id"], e["op"], e["payload_json"],
          e["rev"], e["recorded_at"], e["actor"], e["prev_hash"], e["hash"]) for e in batch])


def _copy_whole(source: Path, target: Path) -> None:
    """Copy under a temporary name, then rename: never a half file under the final name."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    partial.replace(target)


def _keep_held(ctx: AppContext, bundle: OpenedBundle) -> str:
    target = ctx.data_dir.root / "held" / f"{bundle.file_hash}{SUFFIX}"
    _copy_whole(bundle.path, target)
    return target.relative_to(ctx.data_dir.root).as_posix()


RELAY_DIR = "relay"


def keep_for_relay(ctx: AppContext, bundle: OpenedBundle, name: str) -> None:
    """A kecamatan keeps its kelurahan's bundles, byte for byte, to pass on to the city."""
    _copy_whole(bundle.path, ctx.data_dir.root / RELAY_DIR / name)


def relay_bundles(ctx: AppContext, out_dir: Path) -> list[Path]:
    """Copy the kelurahan bundles the city has not acknowledged yet into `out_dir`, unchanged;
    forget those it has. The city verifies each with the kelurahan device's own key."""
    from db.models import SyncAck

    folder = ctx.data_dir.root / RELAY_DIR
    if not folder.is_dir():
        return []
    copied = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        with open_bundle(path) as bundle:
            manifest = bundle.manifest
        with ctx.read() as session:
            ack = session.get(SyncAck, manifest.device_id)
        if ack is not None and manifest.seq_to is not None and ack.seq >= manifest.seq_to:
            path.unlink()
            continue
        _copy_whole(path, out_dir / path.name)
        copied.append(out_dir / path.name)
    return copied


def _record(ctx: AppContext, actor: Actor, result: BundleResult, bundle: OpenedBundle | None,
            held_path: str | None) -> None:
    with ctx.raw_write() as session:
        _record_in(session, ctx, actor, result, bundle, held_path)


def _record_in(session: Session, ctx: AppContext, actor: Actor, result: BundleResult,
               bundle: OpenedBundle | None, held_path: str | None) -> None:
    from core.sync.bundle import file_sha256

    manifest = bundle.manifest if bundle else None
    created = None
    if manifest is not None:
        try:
            created = datetime.fromisoformat(manifest.created_at)
        except ValueError:
            created = None
    session.add(SyncBundle(
        id=new_id(),
        file_sha256=bundle.file_hash if bundle else _hash_or_blank(result.file, file_sha256),
        file_name=result.file.name, kind=manifest.kind if manifest else "?",
        device_id=result.device_id, office_code=result.office_code,
        seq_from=result.seq_from, seq_to=result.seq_to, created_at=created,
        imported_at=ctx.clock(), imported_by=actor.username, result=result.result,
        reason=result.reason, summary=json.dumps(asdict(result.summary)), held_path=held_path))


def _hash_or_blank(path: Path, hasher: Callable[[Path], str]) -> str:
    try:
        return hasher(path)
    except OSError:
        return ""


def release_held(ctx: AppContext, actor: Actor, device_id: str) -> list[BundleResult]:
    """Try the device's held bundles again until none more applies (a gap may need several)."""
    released: list[BundleResult] = []
    progressed = True
    while progressed:
        progressed = False
        with ctx.read() as session:
            waiting = session.scalars(select(SyncBundle).where(
                SyncBundle.device_id == device_id, SyncBundle.result == HELD,
                SyncBundle.held_path.is_not(None)).order_by(SyncBundle.seq_from)).all()
        seen: set[str] = set()
        for held in waiting:
            assert held.held_path is not None
            if held.held_path in seen:
                continue  # the same file was held twice
            seen.add(held.held_path)
            path = ctx.data_dir.root / held.held_path
            if not path.is_file():
                continue  # held on another hub PC sharing this database: released there
            result = _import_retrying(ctx, actor, path, keep_held_copy=False,
                                      original_name=held.file_name)
            if result.result == HELD:
                continue
            with ctx.raw_write() as session:
                session.execute(update(SyncBundle).where(
                    SyncBundle.held_path == held.held_path).values(held_path=None))
            path.unlink(missing_ok=True)
            released.append(result)
            progressed = progressed or result.result == APPLIED
    return released


def approve_device(ctx: AppContext, actor: Actor, device_id: str) -> list[BundleResult]:
    """An admin trusts a device (after comparing the key fingerprint); its held bundles apply."""
    require_role(actor, Role.ADMIN, Role.HEAD)
    with ctx.raw_write() as session:
        device = session.get(SyncDevice, device_id)
        if device is None:
            raise NotFound(f"Perangkat {device_id} belum pernah mengirim bundle.")
        device.status = "approved"
        device.approved_by = actor.username
        device.approved_at = ctx.clock()
    return release_held(ctx, actor, device_id)
