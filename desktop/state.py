"""What every page shares: the opened installation, the logged-in user, one change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from core.context import AppContext, UnitOfWork
from core.roles import Actor

T = TypeVar("T")


class AppState(QObject):
    """Pages read and write only through here, so every write announces itself once.

    `changed` carries the area that changed ("staff", "users", "offices", ...); every
    open page listens and refreshes itself instead of each screen guessing.
    """

    changed = Signal(str)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.ctx.read() as session:
            return query(session, *args, **kwargs)

    def write(self, area: str, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.ctx.write(self.actor) as uow:
            result = operation(uow, *args, **kwargs)
        self.changed.emit(area)
        return result


__all__ = ["AppState", "Session", "UnitOfWork"]
