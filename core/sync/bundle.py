"""The bundle file (`*.pantau`): a zip with a signed manifest, changes.jsonl, attachments.

Writing goes to `<name>.part` beside the final name and is renamed only when complete,
so a USB stick pulled mid-copy never leaves a half bundle that looks whole. Reading
checks everything before a single entry is trusted: zip entry names and sizes, the
compression ratio, every file's SHA-256, then the Ed25519 signature over the manifest.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from core.canonical import canonical_json
from core.errors import PantauError
from core.identity import DeviceKey, verify_signature

FORMAT = "pantau-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CHANGES = "changes.jsonl"
ROWS = "rows.jsonl"  # reference bundles: current rows, not a log
ATTACHMENT_DIR = "attachments/"
SUFFIX = ".pantau"
PART_SUFFIX = ".part"
KINDS = ("office", "inspector", "reference", "setup")
_CHUNK = 1 << 16
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """What a bundle may be, checked before anything inside it is read."""

    max_members: int = 20_000
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, per member
    max_manifest_bytes: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


class BundleRefused(PantauError):
    """The bundle cannot be trusted; nothing from it was applied."""


@dataclass(frozen=True)
class FileEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    kind: str
    schema_version: str
    app_version: str
    device_id: str
    mode: str
    office_code: str
    created_at: str
    public_key: str
    files: tuple[FileEntry, ...]
    seq_from: int | None = None
    seq_to: int | None = None
    prev_hash: str | None = None
    head_hash: str | None = None
    entry_count: int = 0
    target_office: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def unsigned(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "kind": self.kind,
            "schema_version": self.schema_version, "app_version": self.app_version,
            "device_id": self.device_id, "mode": self.mode, "office_code": self.office_code,
            "created_at": self.created_at, "public_key": self.public_key,
            "seq_from": self.seq_from, "seq_to": self.seq_to, "prev_hash": self.prev_hash,
            "head_hash": self.head_hash, "entry_count": self.entry_count,
            "target_office": self.target_office,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        data.update(self.extra)
        return data


def signing_bytes(unsigned: dict[str, Any]) -> bytes:
    return canonical_json(unsigned).encode("utf-8")


class BundleWriter:
    """Stream a bundle to `<final>.part`; `finish` signs, syncs to disk and renames."""

    def __init__(self, final_path: Path) -> None:
        self.final_path = final_path
        self.part_path = final_path.with_name(final_path.name + PART_SUFFIX)
        final_path.parent.mkdir(parents=True, exist_ok=True)
        self._zip = zipfile.ZipFile(self.part_path, "w", compression=zipfile.ZIP_DEFLATED,
                                    compresslevel=6)
        self._files: list[FileEntry] = []

    def write_lines(self, name: str, records: Iterable[dict[str, Any]]) -> int:
        """Write one canonical JSON object per line; returns how many."""
        digest = hashlib.sha256()
        size = count = 0
        with self._zip.open(name, "w", force_zip64=True) as member:
            for record in records:
                line = (canonical_json(record) + "\n").encode("utf-8")
                member.write(line)
                digest.update(line)
                size += len(line)
                count += 1
        self._files.append(FileEntry(name, digest.hexdigest(), size))
        return count

    def add_file(self, name: str, source: Path) -> None:
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as handle, self._zip.open(name, "w", force_zip64=True) as member:
            while chunk := handle.read(_CHUNK):
                member.write(chunk)
                digest.update(chunk)
                size += len(chunk)
        self._files.append(FileEntry(name, digest.hexdigest(), size))

    def add_bytes(self, name: str, data: bytes) -> None:
        with self._zip.open(name, "w", force_zip64=True) as member:
            member.write(data)
        self._files.append(FileEntry(name, hashlib.sha256(data).hexdigest(), len(data)))

    def finish(self, manifest: Manifest, key: DeviceKey) -> Path:
        manifest = Manifest(**{**manifest.__dict__, "files": tuple(self._files)})
        unsigned = manifest.unsigned()
        signature = base64.b64encode(key.sign(signing_bytes(unsigned))).decode("ascii")
        document = json.dumps({**unsigned, "signature": signature}, ensure_ascii=False,
                              indent=1, sort_keys=True)
        self._zip.writestr(MANIFEST, document.encode("utf-8"))
        self._zip.close()
        with self.part_path.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self.part_path, self.final_path)
        return self.final_path

    def abort(self) -> None:
        try:
            self._zip.close()
        finally:
            self.part_path.unlink(missing_ok=True)


def attachment_name(sha256: str) -> str:
    return f"{ATTACHMENT_DIR}{sha256}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST, CHANGES, ROWS):
        return True
    return name.startswith(ATTACHMENT_DIR) and bool(_SHA256.match(name[len(ATTACHMENT_DIR):]))


class OpenedBundle:
    """A bundle whose files and signature have been verified; entries stream from the zip."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, manifest: Manifest,
                 signature: str, file_hash: str) -> None:
        self.path = path
        self._zip = archive
        self.manifest = manifest
        self.signature = signature
        self.file_hash = file_hash

    def lines(self, name: str) -> Iterator[dict[str, Any]]:
        with self._zip.open(name) as member:
            for number, raw in enumerate(member, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                    raise BundleRefused(f"{name} baris {number} bukan JSON: {exc}") from exc
                if not isinstance(record, dict):
                    raise BundleRefused(f"{name} baris {number} bukan objek JSON")
                yield record

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.manifest.files)

    def read_attachment(self, sha256: str) -> bytes | None:
        """The bytes of `attachments/<sha256>` (verified against the manifest when the
        bundle was opened), or None when the bundle does not carry them."""
        name = attachment_name(sha256)
        if not self.has(name):
            return None
        with self._zip.open(name) as member:
            return member.read()

    def extract(self, name: str, target: IO[bytes]) -> None:
        with self._zip.open(name) as member:
            while chunk := member.read(_CHUNK):
                target.write(chunk)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _manifest_from(data: dict[str, Any]) -> tuple[Manifest, str]:
    try:
        if data.get("format") != FORMAT:
            raise BundleRefused("Berkas ini bukan bundle Pantau (format tidak dikenal).")
        if data.get("format_version") != FORMAT_VERSION:
            raise BundleRefused(
                f"Format bundle versi {data.get('format_version')} tidak dikenal; "
                "perbarui Pantau.")
        if data.get("kind") not in KINDS:
            raise BundleRefused(f"Jenis bundle tidak dikenal: {data.get('kind')}")
        files = tuple(FileEntry(str(f["name"]), str(f["sha256"]), int(f["size"]))
                      for f in data["files"])
        known = {"format", "format_version", "signature", "files", *Manifest.__dataclass_fields__}
        manifest = Manifest(
            kind=str(data["kind"]), schema_version=str(data["schema_version"]),
            app_version=str(data["app_version"]), device_id=str(data["device_id"]),
            mode=str(data["mode"]), office_code=str(data["office_code"]),
            created_at=str(data["created_at"]), public_key=str(data["public_key"]),
            files=files, seq_from=data.get("seq_from"), seq_to=data.get("seq_to"),
            prev_hash=data.get("prev_hash"), head_hash=data.get("head_hash"),
            entry_count=int(data.get("entry_count", 0)), target_office=data.get("target_office"),
            extra={k: v for k, v in data.items() if k not in known},
        )
        return manifest, str(data["signature"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRefused(f"Manifest bundle tidak lengkap atau salah: {exc}") from exc


def open_bundle(path: Path, limits: Limits = DEFAULT_LIMITS) -> OpenedBundle:
    """Open and verify `path`; raise `BundleRefused` with the reason if anything is off."""
    try:
        file_hash = file_sha256(path)
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleRefused(
            f"{path.name} bukan bundle Pantau yang utuh (mungkin salinan terputus): {exc}"
        ) from exc
    try:
        manifest, signature = _verify(archive, limits)
    except BundleRefused:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        archive.close()
        raise BundleRefused(f"{path.name} rusak: {exc}") from exc
    return OpenedBundle(path, archive, manifest, signature, file_hash)


def _verify(archive: zipfile.ZipFile, limits: Limits) -> tuple[Manifest, str]:
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise BundleRefused(f"Bundle berisi {len(members)} berkas (batas {limits.max_members}).")
    names = [m.filename for m in members]
    if len(set(names)) != len(names):
        raise BundleRefused("Bundle berisi nama berkas ganda.")
    total = 0
    for member in members:
        if not _safe_name(member.filename) or not _allowed_name(member.filename):
            raise BundleRefused(f"Nama berkas tidak diizinkan di dalam bundle: {member.filename!r}")
        if member.file_size > limits.max_member_bytes:
            raise BundleRefused(f"{member.filename} terlalu besar ({member.file_size} bita).")
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and ratio > limits.max_ratio:
            raise BundleRefused(
                f"{member.filename} dimampatkan {ratio:.0f}× (batas {limits.max_ratio:.0f}×): "
                "kemungkinan bom zip.")
        total += member.file_size
    if total > limits.max_total_bytes:
        raise BundleRefused(f"Isi bundle terlalu besar ({total} bita).")
    if MANIFEST not in names:
        raise BundleRefused("Bundle tidak memiliki manifest.json.")
    raw = _read_limited(archive, MANIFEST, limits.max_manifest_bytes)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRefused(f"manifest.json bukan JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BundleRefused("manifest.json bukan objek JSON.")
    manifest, signature = _manifest_from(data)
    listed = {f.name: f for f in manifest.files}
    if set(listed) != set(names) - {MANIFEST}:
        missing = sorted(set(listed) - set(names))
        extra = sorted(set(names) - set(listed) - {MANIFEST})
        raise BundleRefused(f"Isi bundle tidak sesuai manifest (hilang: {missing}, "
                            f"tambahan: {extra}).")
    for entry in manifest.files:
        digest = hashlib.sha256()
        size = 0
        with archive.open(entry.name) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > entry.size or size > limits.max_member_bytes:
                    raise BundleRefused(f"{entry.name} lebih besar dari yang tertulis di manifest.")
                digest.update(chunk)
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise BundleRefused(f"{entry.name} telah berubah (SHA-256 tidak cocok dengan "
                                "manifest).")
    try:
        signature_bytes = base64.b64decode(signature, validate=True)
        valid = verify_signature(manifest.public_key, signature_bytes,
                                 signing_bytes(manifest.unsigned()))
    except ValueError:
        valid = False
    if not valid:
        raise BundleRefused("Tanda tangan bundle tidak sah: isi manifest telah diubah atau "
                            "bukan dari perangkat yang disebutkan.")
    return manifest, signature


def _read_limited(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with archive.open(name) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise BundleRefused(f"{name} terlalu besar (batas {limit} bita).")
    return data
