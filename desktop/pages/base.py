"""What every page of the sidebar is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import PantauError
from core.roles import Mode, Role
from desktop.state import AppState
from desktop.tasks import TaskRunner


class Page(QWidget):
    """A sidebar area. It refreshes itself when an area it shows has changed."""

    areas: tuple[str, ...] = ()

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__()
        self.state = state
        self.tasks = tasks
        state.changed.connect(self._on_changed)

    def _on_changed(self, area: str) -> None:
        if area in self.areas:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def attempt(self, action: Callable[[], object]) -> bool:
        """Run a user action; a rule it breaks is shown as a message, not a crash."""
        try:
            action()
        except PantauError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat disimpan"), exc.message)
            return False
        return True


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: Callable[[AppState, TaskRunner], Page]
    modes: tuple[Mode, ...]
    roles: tuple[Role, ...]
