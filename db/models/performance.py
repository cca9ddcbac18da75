"""Innovations (the national innovation index profile) and performance agreements (PK):
written at the office; the city's decisions on innovations travel back to it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow, UTCDateTime


class Innovation(SyncedRow, Base):
    """One innovation of an office, with the fields of the innovation index profile.
    Amounts and numbers are integers (no floats travel in bundles)."""

    __tablename__ = "innovation"

    name: Mapped[str] = mapped_column(String(300))
    stage: Mapped[str] = mapped_column(String(16))  # inisiatif | uji_coba | penerapan
    initiator: Mapped[str] = mapped_column(String(32))  # kepala_daerah | opd | asn | masyarakat
    initiator_name: Mapped[str] = mapped_column(String(200), default="")
    digital: Mapped[bool] = mapped_column(Boolean, default=False)
    form: Mapped[str] = mapped_column(String(32))  # pelayanan_publik | tata_kelola | lainnya
    affairs: Mapped[str] = mapped_column(String(120), default="")  # urusan pemerintahan
    trial_date: Mapped[date | None] = mapped_column(Date, default=None)
    implementation_date: Mapped[date | None] = mapped_column(Date, default=None)
    design: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[int | None] = mapped_column(Integer, default=None)  # rupiah
    video_url: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), default="draf")  # draf | diajukan
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class InnovationReview(SyncedRow, Base):
    """The city's decision on a submitted innovation: verified, or returned with a note.
    Owned by the innovation's office so the office receives it in its reference bundle."""

    __tablename__ = "innovation_review"

    innovation_id: Mapped[str] = mapped_column(String(36), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # diverifikasi | dikembalikan
    note: Mapped[str] = mapped_column(Text, default="")
    # The innovation revision the decision was about (a later edit needs a new decision).
    innovation_rev: Mapped[int] = mapped_column(Integer)


class InnovationAssessment(SyncedRow, Base):
    """The office's self-assessment of one indicator for one innovation and year."""

    __tablename__ = "innovation_assessment"

    innovation_id: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(64))
    option: Mapped[str] = mapped_column(String(64))  # the chosen level's key
    note: Mapped[str] = mapped_column(Text, default="")


class PkIndicator(SyncedRow, Base):
    """One indicator of an office's performance agreement (PK) for a year. Numbers are
    decimal text ("85.5") so they travel exactly."""

    __tablename__ = "pk_indicator"

    year: Mapped[int] = mapped_column(Integer, index=True)
    position: Mapped[int] = mapped_column(Integer)
    goal: Mapped[str] = mapped_column(Text)  # sasaran
    name: Mapped[str] = mapped_column(Text)  # indikator kinerja
    unit: Mapped[str] = mapped_column(String(40))
    polarity: Mapped[str] = mapped_column(String(8))  # naik (higher is better) | turun
    baseline: Mapped[str | None] = mapped_column(String(32), default=None)
    target: Mapped[str] = mapped_column(String(32))  # the year's target
    target_q1: Mapped[str | None] = mapped_column(String(32), default=None)
    target_q2: Mapped[str | None] = mapped_column(String(32), default=None)
    target_q3: Mapped[str | None] = mapped_column(String(32), default=None)
    target_q4: Mapped[str | None] = mapped_column(String(32), default=None)
    # The indicator of the year before it continues (its realisation is the baseline).
    previous_id: Mapped[str | None] = mapped_column(String(36), default=None)


class PkRealisation(SyncedRow, Base):
    """What an indicator achieved in a quarter, with a note on the evidence."""

    __tablename__ = "pk_realisation"

    indicator_id: Mapped[str] = mapped_column(String(36), index=True)
    quarter: Mapped[int] = mapped_column(Integer)  # 1..4
    value: Mapped[str] = mapped_column(String(32))
    evidence: Mapped[str] = mapped_column(Text, default="")
