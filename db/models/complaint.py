"""Complaints (pengaduan) about an office or one of its officials, handled at the city hub
or at a kecamatan office; the city's decisions on the three-report rule."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow


class Complaint(SyncedRow, Base):
    """One complaint as it arrived, and where its handling stands.

    `office_code` is the installation that registered it (the hub or a kecamatan: the owner
    and only writer); `subject_office` is the office complained about. The complainant's
    contact is a device-local column: it never enters the change log, a bundle or a report.
    """

    __tablename__ = "complaint"
    __local_columns__ = ("complainant_contact",)

    number: Mapped[str] = mapped_column(String(48))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(16))  # lapor | whatsapp | langsung | sidak
    category: Mapped[str] = mapped_column(String(16))  # pungli | jam_layanan | pelayanan | lainnya
    subject_office: Mapped[str] = mapped_column(String(32), index=True)
    # The reported official: a member of the office's roster, or a name as given.
    staff_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    official_name: Mapped[str] = mapped_column(String(200), default="")
    official_position: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text)
    complainant_contact: Mapped[str] = mapped_column(Text, default="")
    # A complaint that came out of a sidak names the visit.
    sidak_visit_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # diterima | diverifikasi | tidak_valid | ditindaklanjuti | selesai
    status: Mapped[str] = mapped_column(String(16), default="diterima")
    verified_on: Mapped[date | None] = mapped_column(Date, default=None)
    followed_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Another report of the same event (another channel): it counts once, with that one.
    duplicate_of: Mapped[str | None] = mapped_column(String(36), default=None)


class ComplaintEvent(SyncedRow, Base):
    """A step of a complaint's handling, kept as it was recorded (never overwritten)."""

    __tablename__ = "complaint_event"

    complaint_id: Mapped[str] = mapped_column(String(36), index=True)
    # diterima | valid | tidak_valid | tindak_lanjut | selesai | dibatalkan (the last step
    # taken back) | dikoreksi | ditautkan | dilepas
    kind: Mapped[str] = mapped_column(String(24))
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    actor_name: Mapped[str] = mapped_column(String(200), default="")


class RotationDecision(SyncedRow, Base):
    """What a person decided on a three-report alert ("rekomendasi rotasi") for one official.
    The decision covers the complaints counted when it was made; a later report raises the
    alert again."""

    __tablename__ = "rotation_decision"

    official_key: Mapped[str] = mapped_column(String(300), index=True)
    official_name: Mapped[str] = mapped_column(String(200))
    subject_office: Mapped[str] = mapped_column(String(32))
    decision: Mapped[str] = mapped_column(String(16))  # rotasi | tidak_rotasi | ditunda
    note: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    # JSON list of the complaint ids counted when the decision was made.
    complaint_ids: Mapped[str] = mapped_column(Text, default="[]")
    complaint_count: Mapped[int] = mapped_column(Integer, default=0)
