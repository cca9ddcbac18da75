"""Sync by files: devices known to this installation, the bundle ledger, clock flags, acks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime


class SyncDevice(Base):
    """Another installation whose bundles this one accepts (or holds until approved).

    At the hub: every office and inspector device. At an office: the city (its pinned
    key) and, at a kecamatan, its kelurahan devices.
    """

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(32), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # approved | held
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_bundle_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SyncBundle(Base):
    """The ledger: one row per bundle file seen, with what importing it did."""

    __tablename__ = "sync_bundle"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    office_code: Mapped[str | None] = mapped_column(String(32), default=None)
    seq_from: Mapped[int | None] = mapped_column(Integer, default=None)
    seq_to: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by: Mapped[str] = mapped_column(String(64))
    # applied | present | held | refused
    result: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="{}")
    # Where a held bundle waits (data dir relative), until its device or gap is resolved.
    held_path: Mapped[str | None] = mapped_column(String(255), default=None)


class ClockFlag(Base):
    """An entry whose device time cannot be trusted as it is."""

    __tablename__ = "clock_flag"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # backwards|future|late
    detail: Mapped[str] = mapped_column(Text)
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncAck(Base):
    """At an office: the last seq of its own log the city has confirmed receiving."""

    __tablename__ = "sync_ack"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime())
