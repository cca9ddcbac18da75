from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, SyncedRow


class Office(SyncedRow, Base):
    """A kota, kecamatan, kelurahan or non-territorial unit (OPD, puskesmas); owned by the city."""

    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    level: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    parent_code: Mapped[str | None] = mapped_column(String(32), default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jakarta")
