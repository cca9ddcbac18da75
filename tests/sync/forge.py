"""Tools for the sync tests: read, tamper with and re-sign real bundle zips; build
validly signed bundles from hand-made entries; dump a whole database to compare."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.canonical import canonical_json, json_value
from core.changelog import entry_hash
from core.context import AppContext
from core.identity import DeviceKey
from core.ids import new_id
from core.sync.bundle import CHANGES, MANIFEST, BundleWriter, Manifest, signing_bytes
from db.migrate import head_revision

# -- reading and rewriting real zips ------------------------------------------------------

def members(path: Path) -> dict[str, bytes]:
    """Every member of the zip, in file order."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest_of(path: Path) -> dict[str, Any]:
    return json.loads(members(path)[MANIFEST])


def changes_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in members(path)[CHANGES].decode("utf-8").splitlines()]


def jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    return "".join(canonical_json(r) + "\n" for r in records).encode("utf-8")


def write_zip(path: Path, content: dict[str, bytes]) -> Path:
    """A zip with exactly these members (names not checked: tests put bad ones in)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return path


def sign(unsigned: dict[str, Any], key: DeviceKey) -> dict[str, Any]:
    """The manifest with an Ed25519 signature by `key` over its canonical JSON."""
    body = {k: v for k, v in unsigned.items() if k != "signature"}
    signature = base64.b64encode(key.sign(signing_bytes(body))).decode("ascii")
    return {**body, "signature": signature}


def file_list(content: dict[str, bytes]) -> list[dict[str, Any]]:
    return [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in content.items() if name != MANIFEST]


def rewrite(source: Path, target: Path, *, replace: dict[str, bytes] | None = None,
            manifest: dict[str, Any] | None = None, key: DeviceKey | None = None,
            refresh_files: bool = False) -> Path:
    """Copy `source` to `target`, replacing members and/or manifest fields.

    With `key`, the manifest is signed again by that key (after `refresh_files`, which
    makes its file list match the new members); without it, the old signature stays.
    """
    content = members(source)
    data = json.loads(content.pop(MANIFEST))
    for name, new in (replace or {}).items():
        content[name] = new
    data.update(manifest or {})
    if refresh_files:
        data["files"] = file_list(content)
    if key is not None:
        data = sign(data, key)
    content[MANIFEST] = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
    return write_zip(target, content)


# -- hand-made but validly signed bundles -------------------------------------------------

def chain(device_id: str, first_seq: int, prev_hash: str,
          changes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries with correct seq, prev_hash and hash for `changes` (each: table, row_id,
    op, payload, rev, recorded_at, actor)."""
    entries = []
    for seq, change in enumerate(changes, start=first_seq):
        digest = entry_hash(device_id, seq, change["table"], change["row_id"], change["op"],
                            change["payload"], change["rev"], change["recorded_at"],
                            change["actor"], prev_hash)
        entries.append({**change, "device_id": device_id, "seq": seq,
                        "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    return entries


def staff_change(device_id: str, office_code: str, number: int, when: datetime,
                 row_id: str | None = None, rev: int = 1, **columns: Any) -> dict[str, Any]:
    """An insert (rev 1) or update of a staff row, as an office's change log writes it."""
    row_id = row_id or new_id()
    stamp = json_value(when)
    payload = {
        "id": row_id, "office_code": office_code, "origin_device": device_id, "rev": rev,
        "created_at": stamp, "updated_at": stamp, "deleted_at": None, "nip": None,
        "local_id": f"S-{number}", "name": f"Pegawai Sintetis {number}", "position": "Staf",
        "status": "non-ASN", "active_from": date(2025, 1, 2).isoformat(),
        "active_until": None,
    }
    payload.update(columns)
    return {"table": "staff", "row_id": row_id, "op": "insert" if rev == 1 else "update",
            "payload": payload, "rev": rev, "recorded_at": stamp, "actor": "lurah"}


def build_bundle(path: Path, key: DeviceKey, device_id: str, office_code: str,
                 entries: list[dict[str, Any]], prev_hash: str, *, mode: str = "office",
                 created_at: str = "2026-11-25T01:30:00.000000+00:00",
                 schema_version: str | None = None) -> Path:
    """A bundle written by the real `BundleWriter` and signed by `key`."""
    writer = BundleWriter(path)
    count = writer.write_lines(CHANGES, entries)
    manifest = Manifest(
        kind=mode, schema_version=schema_version or head_revision(), app_version="0.1.0",
        device_id=device_id, mode=mode, office_code=office_code, created_at=created_at,
        public_key=key.public_b64, files=(), seq_from=entries[0]["seq"],
        seq_to=entries[-1]["seq"], prev_hash=prev_hash, head_hash=entries[-1]["hash"],
        entry_count=count)
    return writer.finish(manifest, key)


def acknowledge(ctx: AppContext, seq: int) -> None:
    """At an office: the city has confirmed seq 1..`seq` (the next export starts after)."""
    from db.models import SyncAck

    with ctx.raw_write() as session:
        session.merge(SyncAck(device_id=ctx.device.id, seq=seq, acknowledged_at=ctx.clock()))


# -- whole-database comparison ------------------------------------------------------------

def dump(ctx: AppContext, exclude: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the installation's database (its SQLite file, or its
    PostgreSQL database), read by a separate connection, so what is compared is what is
    stored (committed), not what a session holds."""
    if ctx.engine.dialect.name == "sqlite":
        return dump_file(ctx.data_dir.database, exclude)
    return dump_server(ctx.engine.url.render_as_string(hide_password=False), exclude)


def dump_server(url: str, exclude: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """`dump_file` for a PostgreSQL database: rows of every table, and the schema as
    (table, column, type, nullable) from information_schema."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            result: dict[str, list[tuple[Any, ...]]] = {}
            for table in sorted(inspect(connection).get_table_names()):
                if table in exclude:
                    continue
                rows = connection.execute(text(f'SELECT * FROM "{table}"')).fetchall()
                result[table] = sorted((tuple(row) for row in rows), key=repr)
            result["__schema__"] = [tuple(row) for row in connection.execute(text(
                "SELECT table_name, column_name, data_type, is_nullable "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "ORDER BY table_name, ordinal_position"))]
            return result
    finally:
        engine.dispose()


def dump_file(database: Path, exclude: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    connection = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        result: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            if table in exclude:
                continue
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        result["__schema__"] = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return result
    finally:
        connection.close()


LEDGER = ("sync_bundle",)
