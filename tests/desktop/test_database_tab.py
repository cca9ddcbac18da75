"""Pengaturan → Basis data at the hub: test a PostgreSQL URL, move the data there, and the
next start opens the server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget
from sqlalchemy import select

from core.context import AppContext, open_app
from core.roles import Actor, Role
from core.services.accounts import NewAccount, create_user
from db.models import User
from desktop.pages.settings import SettingsPage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.desktop.ui import ModalDriver, child, click, click_tab, type_into


@pytest.fixture
def page(qtbot, hub: AppContext, admin: Actor) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppState(hub, admin), TaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def database_tab(qtbot, page: SettingsPage):  # type: ignore[no-untyped-def]
    return click_tab(qtbot, child(page, QTabWidget, "settingsTabs"), "Basis data")


def yes(qtbot):  # type: ignore[no-untyped-def]
    def answer(box: QMessageBox) -> None:
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    return answer


def ok(qtbot, seen: list[str]):  # type: ignore[no-untyped-def]
    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        click(qtbot, box.buttons()[0])
    return answer


@pytest.mark.pg
def test_the_admin_tests_a_server_moves_the_data_and_the_next_start_opens_it(
        qtbot, page: SettingsPage, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, pg_url: str, clock: FakeClock) -> None:
    tab = database_tab(qtbot, page)
    assert child(tab, QLabel, "databaseWhere").text() == f"SQLite: {hub.data_dir.database}"
    with hub.write(admin) as uow:  # a row of its own, to find again on the server
        create_user(uow, NewAccount("operator.kota", "Operator Kota", Role.OPERATOR,
                                    "mulai12345"))
    result = child(tab, QLabel, "databaseResult")
    type_into(qtbot, child(tab, QLineEdit, "databaseUrl"), pg_url)
    click(qtbot, child(tab, QPushButton, "testDatabase"))
    qtbot.waitUntil(lambda: "Terhubung" in result.text(), timeout=10_000)
    assert result.text().endswith("basis data kosong, siap menerima data.")
    assert "postgres@127.0.0.1" in result.text()

    modals.expect(QMessageBox, yes(qtbot))
    click(qtbot, child(tab, QPushButton, "moveDatabase"))
    qtbot.waitUntil(lambda: "Data dipindahkan" in result.text(), timeout=30_000)
    modals.check()
    assert "jumlah baris setiap tabel sama" in result.text()
    assert not child(tab, QPushButton, "moveDatabase").isEnabled()

    folder = hub.data_dir.root
    hub.close()
    reopened = open_app(folder, clock=clock)  # what the next start does
    try:
        assert reopened.engine.dialect.name == "postgresql"
        with reopened.read() as session:
            assert session.scalars(select(User.full_name).where(
                User.username == "operator.kota")).all() == ["Operator Kota"]
    finally:
        reopened.close()
    from db.engine import sqlite_url

    given = open_app(folder, sqlite_url(folder / "pantau.db"), clock=clock)
    assert given.engine.dialect.name == "sqlite"  # the CLI option wins over the settings
    given.close()


def test_a_server_that_does_not_answer_shows_the_message_and_changes_nothing(
        qtbot, page: SettingsPage, hub: AppContext,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    tab = database_tab(qtbot, page)
    seen: list[str] = []
    type_into(qtbot, child(tab, QLineEdit, "databaseUrl"),
              "postgresql+psycopg://pantau:rahasia@127.0.0.1:1/pantau")
    modals.expect(QMessageBox, ok(qtbot, seen))
    click(qtbot, child(tab, QPushButton, "testDatabase"))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    modals.expect(QMessageBox, yes(qtbot))
    modals.expect(QMessageBox, ok(qtbot, seen))
    click(qtbot, child(tab, QPushButton, "moveDatabase"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    modals.check()
    assert all(text.startswith("Server basis data tidak terjangkau") for text in seen)
    assert not any("rahasia" in text for text in seen)
    assert not hub.data_dir.config.exists()
    assert child(tab, QPushButton, "moveDatabase").isEnabled()


def test_an_office_has_no_database_tab(qtbot, office: AppContext,  # type: ignore[no-untyped-def]
                                       head: Actor) -> None:
    page = SettingsPage(AppState(office, head), TaskRunner())
    qtbot.addWidget(page)
    tabs = child(page, QTabWidget, "settingsTabs")
    assert "Basis data" not in [tabs.tabText(i) for i in range(tabs.count())]
