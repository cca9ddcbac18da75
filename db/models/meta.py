from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base

# Written by the first migration; a database without it is not a Pantau database.
APPLICATION_KEY = "application"
APPLICATION_NAME = "pantau"


class AppMeta(Base):
    """Local key/value facts about this database (never synced)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
