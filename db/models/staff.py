from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow


class Staff(SyncedRow, Base):
    """A member of an office's staff (pegawai); owned by the office."""

    __tablename__ = "staff"

    nip: Mapped[str | None] = mapped_column(String(18), default=None, index=True)
    local_id: Mapped[str | None] = mapped_column(String(32), default=None)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    active_from: Mapped[date] = mapped_column(Date)
    active_until: Mapped[date | None] = mapped_column(Date, default=None)
