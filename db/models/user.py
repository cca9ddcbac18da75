from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow, UTCDateTime


class User(SyncedRow, Base):
    __tablename__ = "user_account"
    __table_args__ = (UniqueConstraint("office_code", "username"),)

    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(18), default=None)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LoginState(Base):
    """Failed logins on this device. Local on purpose: a lockout is about this keyboard."""

    __tablename__ = "login_state"

    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
