"""The office day: schedules and holidays (city-owned), the daily service log, attendance,
the service register, amendments and month locks (office-owned)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow, UTCDateTime


class ScheduleProfile(SyncedRow, Base):
    """Weekly opening hours. `week` is JSON: ISO weekday ("1" Monday … "7" Sunday) →
    ["07:30", "16:00", break minutes]; a missing day is closed."""

    __tablename__ = "schedule_profile"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))  # reguler | ramadan | khusus
    week: Mapped[str] = mapped_column(Text)


class ScheduleAssignment(SyncedRow, Base):
    """Which profile an office (or every office: "*") follows from `valid_from`."""

    __tablename__ = "schedule_assignment"

    profile_id: Mapped[str] = mapped_column(String(36), index=True)
    applies_to: Mapped[str] = mapped_column(String(32))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)


class Holiday(SyncedRow, Base):
    """A day off the city adds to the national holidays: cuti bersama or a local day."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # cuti_bersama | lokal
    applies_to: Mapped[str] = mapped_column(String(32), default="*")


class DayLog(SyncedRow, Base):
    """Jam layanan of one office day: when the office really opened and closed.

    Times of day are the office's wall time ("07.42" is stored as "07:42") next to the UTC
    instant they were recorded. Corrections never overwrite: see `Amendment`.
    """

    __tablename__ = "day_log"
    __table_args__ = (UniqueConstraint("office_code", "day"),)

    day: Mapped[date] = mapped_column(Date, index=True)
    opened_local: Mapped[str | None] = mapped_column(String(5), default=None)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    closed_local: Mapped[str | None] = mapped_column(String(5), default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    closed_all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")


class Amendment(SyncedRow, Base):
    """A correction with its reason, kept beside the original value it corrects."""

    __tablename__ = "amendment"

    target_table: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    reason: Mapped[str] = mapped_column(Text)


class Attendance(SyncedRow, Base):
    """One staff member on one working day (the daily roll call)."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    day: Mapped[date] = mapped_column(Date, index=True)
    staff_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(8))  # H, TL, PSW, DL, TB, WFH, I, S, C-xx, TK
    check_in: Mapped[str | None] = mapped_column(String(5), default=None)
    check_out: Mapped[str | None] = mapped_column(String(5), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceType(SyncedRow, Base):
    """A kind of service an office delivers (surat pengantar, domisili, SKTM, …)."""

    __tablename__ = "service_type"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceRecord(SyncedRow, Base):
    """One service delivered. The resident's name stays in the office: only counts travel."""

    __tablename__ = "service_record"
    __local_columns__ = ("resident_name",)

    day: Mapped[date] = mapped_column(Date, index=True)
    at_local: Mapped[str] = mapped_column(String(5))
    service_type: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))  # selesai | diproses | ditolak
    minutes: Mapped[int] = mapped_column(Integer)
    resident_name: Mapped[str | None] = mapped_column(String(200), default=None)


class MonthLock(SyncedRow, Base):
    """The head has reviewed and locked a month: changes now need an amendment."""

    __tablename__ = "month_lock"
    __table_args__ = (UniqueConstraint("office_code", "month"),)

    month: Mapped[str] = mapped_column(String(7))  # "2026-11"
    note: Mapped[str] = mapped_column(Text, default="")


class RuleSetting(SyncedRow, Base):
    """A city-wide rule value (JSON), e.g. lateness band width or the PP 94/2021 table."""

    __tablename__ = "rule_setting"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text)
