"""Attachments: photos, drawn signatures and evidence files that belong to a synced row.

The bytes live once per content (table `blob`, keyed by SHA-256) in the same database as
the rows, so a backup, a PostgreSQL hub shared by several PCs and a bundle all carry them
without a second file store. An `Attachment` row names the bytes and what they belong to;
in a bundle they travel as `attachments/<sha256>`.

Photos are checked before anything is stored: a file that is too large is refused by its
size alone (never read), a file that is not a JPEG or PNG picture is refused, and a real
picture is turned upright and downscaled so a berita acara with ten photos stays small.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, ValidationError
from db.engine import insert_or_ignore
from db.models import Attachment, Blob

MAX_IMAGE_BYTES = 25 * 1024 * 1024  # a photo file as chosen by the user
MAX_EDGE = 1600  # pixels, the longer side of a stored photo
JPEG_QUALITY = 82
MAX_PIXELS = 80_000_000  # more than any camera: refuse decompression bombs
IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}


@dataclass(frozen=True)
class PreparedFile:
    """Bytes ready to be stored, with what they are."""

    data: bytes
    sha256: str
    mime: str
    file_name: str
    width: int = 0
    height: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB".replace(".", ",")


def _prepared(data: bytes, mime: str, name: str, width: int = 0, height: int = 0
              ) -> PreparedFile:
    return PreparedFile(data, hashlib.sha256(data).hexdigest(), mime, name, width, height)


def prepare_photo(path: Path, max_bytes: int = MAX_IMAGE_BYTES) -> PreparedFile:
    """A photo file checked, turned upright and downscaled to at most MAX_EDGE pixels."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror}.",
                              "photo") from exc
    if size > max_bytes:
        raise ValidationError(
            f"Foto {path.name} terlalu besar ({_megabytes(size)}; batas "
            f"{_megabytes(max_bytes)}). Pilih foto yang lebih kecil atau kecilkan dulu.",
            "photo")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind = image.format or ""
                if kind not in IMAGE_FORMATS:
                    raise ValidationError(
                        f"{path.name} bukan foto JPEG atau PNG.", "photo")
                if image.width * image.height > MAX_PIXELS:
                    raise ValidationError(f"{path.name} terlalu besar ukuran pikselnya.",
                                          "photo")
                image.load()
                upright = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"{path.name} bukan gambar yang dapat dibaca (JPEG atau PNG).",
                              "photo") from exc
    upright.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    stem = Path(path.name).stem[:200] or "foto"
    return _prepared(out.getvalue(), "image/jpeg", f"{stem}.jpg", upright.width,
                     upright.height)


def prepare_png(data: bytes, name: str) -> PreparedFile:
    """A PNG made by the program (a signature drawn on the canvas), checked to be one."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                raise ValidationError("Tanda tangan harus berupa gambar PNG.", "signature")
            width, height = image.size
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError("Tanda tangan tidak terbaca.", "signature") from exc
    return _prepared(data, "image/png", name, width, height)


def put_blob(session: Session, sha256: str, data: bytes) -> None:
    """Store bytes under their hash unless they are there already."""
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError("blob bytes do not match their SHA-256")
    if session.get(Blob, sha256) is not None:
        return
    insert_or_ignore(session, Blob, {"sha256": sha256, "size": len(data), "data": data})


def has_blob(session: Session, sha256: str) -> bool:
    return session.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None


def blob_bytes(session: Session, sha256: str) -> bytes:
    data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    if data is None:
        raise NotFound("Isi lampiran tidak ada di basis data ini.")
    return bytes(data)


def store(uow: UnitOfWork, prepared: PreparedFile, owner_table: str, owner_id: str, kind: str,
          caption: str = "") -> Attachment:
    """Keep the bytes and add the attachment row (in the unit of work's transaction)."""
    put_blob(uow.session, prepared.sha256, prepared.data)
    return uow.add(Attachment(owner_table=owner_table, owner_id=owner_id, kind=kind,
                              sha256=prepared.sha256, file_name=prepared.file_name,
                              mime=prepared.mime, size=prepared.size,
                              caption=" ".join(caption.split())))


def attachments_of(session: Session, owner_table: str, owner_ids: Iterable[str],
                   kinds: Iterable[str] | None = None) -> list[Attachment]:
    """The live attachments of some rows, oldest first."""
    ids = list(owner_ids)
    if not ids:
        return []
    query = select(Attachment).where(Attachment.owner_table == owner_table,
                                     Attachment.owner_id.in_(ids),
                                     Attachment.deleted_at.is_(None))
    if kinds is not None:
        query = query.where(Attachment.kind.in_(list(kinds)))
    return list(session.scalars(query.order_by(Attachment.created_at, Attachment.id)))


# --- evidence files (documents, pictures) --------------------------------------------------

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # an evidence file (a PDF, a scan, a spreadsheet)
_JPEG_MAGIC = b"\xff\xd8\xff"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_PDF_MAGIC = b"%PDF-"


def prepare_file(path: Path, max_bytes: int = MAX_EVIDENCE_BYTES) -> PreparedFile:
    """An evidence file checked by its size before it is read (a 400 MB file is refused
    without reading it), then kept as it is; JPEG and PNG pictures go through
    `prepare_photo` (upright, downscaled) and a PDF must start like one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror}.",
                              "evidence") from exc
    if size > max_bytes:
        raise ValidationError(
            f"Berkas {path.name} terlalu besar ({_megabytes(size)}; batas "
            f"{_megabytes(max_bytes)}). Kecilkan atau pisahkan berkasnya dulu.", "evidence")
    if size == 0:
        raise ValidationError(f"Berkas {path.name} kosong.", "evidence")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ValidationError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror}.",
                              "evidence") from exc
    if head.startswith(_JPEG_MAGIC) or head.startswith(_PNG_MAGIC):
        try:
            return prepare_photo(path, max_bytes)
        except ValidationError as exc:
            raise ValidationError(exc.message, "evidence") from exc
    is_pdf = head.startswith(_PDF_MAGIC)
    if path.suffix.lower() == ".pdf" and not is_pdf:
        raise ValidationError(f"{path.name} bukan berkas PDF yang sah.", "evidence")
    mime = "application/pdf" if is_pdf else (
        mimetypes.guess_type(path.name)[0] or "application/octet-stream")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Berkas {path.name} tidak dapat dibaca: {exc.strerror}.",
                              "evidence") from exc
    return _prepared(data, mime[:64], path.name[:255] or "berkas")
