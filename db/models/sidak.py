"""Sidak (surprise inspections), written on the inspector's laptop, and their follow-up at
the city; attachments (photos, signatures, evidence) and the local store of their bytes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow, UTCDateTime


class SidakVisit(SyncedRow, Base):
    """One sidak. `office_code` is the inspector installation's office (the owner and only
    writer); `visited_office` is the office inspected. Times of day are the visited office's
    wall time ("08:05") next to the UTC instant of the arrival."""

    __tablename__ = "sidak_visit"

    number: Mapped[str] = mapped_column(String(48))
    visited_office: Mapped[str] = mapped_column(String(32), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    arrival_local: Mapped[str] = mapped_column(String(5))
    arrival_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Why the arrival time differs from the moment it was entered (empty when it does not).
    arrival_reason: Mapped[str] = mapped_column(Text, default="")
    found: Mapped[str] = mapped_column(String(16))  # buka | tutup | dibuka
    opened_local: Mapped[str | None] = mapped_column(String(5), default=None)
    received_by: Mapped[str] = mapped_column(String(200), default="")
    received_position: Mapped[str] = mapped_column(String(200), default="")
    desk_staffed: Mapped[bool] = mapped_column(Boolean, default=False)
    residents_waiting: Mapped[int] = mapped_column(Integer, default=0)
    # JSON list of [key, label, answer]: answer "ya" | "tidak" | "" (not checked).
    checklist: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")
    inspector_name: Mapped[str] = mapped_column(String(200))
    inspector_nip: Mapped[str | None] = mapped_column(String(18), default=None)
    team: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | final
    finalized_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SidakStaff(SyncedRow, Base):
    """A member of the visited office's roster as the inspector found them."""

    __tablename__ = "sidak_staff"

    visit_id: Mapped[str] = mapped_column(String(36), index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36), default=None)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(8))  # hadir | dl | izin | sakit | tk
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. the DL letter's number


class SidakFinding(SyncedRow, Base):
    """A finding with its recommendation and the date by which it must be followed up."""

    __tablename__ = "sidak_finding"

    visit_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    finding: Mapped[str] = mapped_column(Text)
    recommendation: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, default=None)


class SidakFollowUp(SyncedRow, Base):
    """The city's record of how a finding was followed up (written at the hub)."""

    __tablename__ = "sidak_followup"

    finding_id: Mapped[str] = mapped_column(String(36), index=True)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Attachment(SyncedRow, Base):
    """A file that belongs to a row (a sidak photo or signature, evidence). The bytes are
    content-addressed: they travel as `attachments/<sha256>` in the bundle."""

    __tablename__ = "attachment"

    owner_table: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # foto | ttd_pemeriksa | ttd_kantor | bukti
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(Text, default="")


class Blob(Base):
    """The bytes of attachments, by SHA-256 (local store; never a synced row)."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ExportMark(Base):
    """At an office or inspector: the last seq of its own log written into a bundle."""

    __tablename__ = "export_mark"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime())
