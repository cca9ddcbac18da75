"""The main window: sidebar of areas, the current page, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from core.services.offices import get_office
from desktop.pages import visible_specs
from desktop.pages.base import Page
from desktop.state import AppState
from desktop.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.tasks = TaskRunner(self)
        device = state.ctx.device
        office = state.read(get_office, device.office_code)
        self.setWindowTitle(f"Pantau — {office.display_name}")
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for spec in visible_specs(device.mode, state.actor.role):
            page = spec.factory(state, self.tasks)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            self.sidebar.addItem(spec.title)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        status = self.statusBar()
        for text, name in (
            (self.tr("Kantor: {office}").format(office=office.display_name), "statusOffice"),
            (self.tr("Pengguna: {user} ({role})").format(user=state.actor.username,
                                                        role=state.actor.role.label),
             "statusUser"),
            (self.tr("Mode: {mode}").format(mode=device.mode.label), "statusMode"),
        ):
            label = QLabel(text)
            label.setObjectName(name)
            status.addPermanentWidget(label)
        self.resize(1100, 700)

    def sidebar_titles(self) -> list[str]:
        return [self.sidebar.item(row).text() for row in range(self.sidebar.count())]

    def open_page(self, key: str) -> Page:
        page = self.pages[key]
        self.sidebar.setCurrentRow(list(self.pages).index(key))
        return page

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.tasks.wait()
        super().closeEvent(event)
