"""Shared fixtures: real SQLite files in tmp_path, a controllable clock, set-up offices."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.context import AppContext, open_app
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate, create_user, set_password_cost
from core.services.setup import setup_installation

pytest_plugins = ["pytester"]

# Production argon2 costs ~0.3–0.5 s a hash here; the tests make hundreds of accounts.
# (The CLI tests run `pantau` in subprocesses, with the production cost.)
set_password_cost(time_cost=1, memory_cost_kib=1024)

OFFICE_CODE = "15.71.01.1001"  # Kelurahan Simpang IV Sipin
PASSWORD = "rahasia123"
VALID_NIP = "198503122010011003"


@dataclass
class FakeClock:
    """Time that moves only when a test moves it."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 1, 30, tzinfo=UTC))  # 08.30 WIB


def open_office(data_dir: Path, clock: FakeClock, mode: Mode = Mode.OFFICE,
                office_code: str = OFFICE_CODE, database_url: str | None = None
                ) -> AppContext:
    """An installation that went through setup, with its first account (password PASSWORD)."""
    ctx = open_app(data_dir, database_url, clock=clock)
    first_role = {Mode.OFFICE: Role.HEAD, Mode.HUB: Role.ADMIN,
                  Mode.INSPECTOR: Role.INSPECTOR}[mode]
    username = {Role.HEAD: "lurah", Role.ADMIN: "admin", Role.INSPECTOR: "pemeriksa"}[first_role]
    setup_installation(ctx, mode, office_code,
                       NewAccount(username, "Akun Pertama", first_role, PASSWORD, VALID_NIP))
    return ctx


@pytest.fixture
def office(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    """A kelurahan office installation in tmp_path/office."""
    ctx = open_office(tmp_path / "office", clock)
    yield ctx
    ctx.close()


@pytest.fixture
def head(office: AppContext) -> Actor:
    return authenticate(office, "lurah", PASSWORD)


@pytest.fixture
def operator(office: AppContext, head: Actor) -> Actor:
    with office.write(head) as uow:
        create_user(uow, NewAccount("operator", "Operator Satu", Role.OPERATOR, PASSWORD))
    return authenticate(office, "operator", PASSWORD)


@pytest.fixture
def hub(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = open_office(tmp_path / "hub", clock, Mode.HUB, "15.71")
    yield ctx
    ctx.close()


@pytest.fixture
def admin(hub: AppContext) -> Actor:
    return authenticate(hub, "admin", PASSWORD)


@pytest.fixture
def hub_backend(request: pytest.FixtureRequest) -> str:
    """The database of the sync tests' world hub: "sqlite", or "postgresql" where the
    test is parametrized (tests/sync/conftest.py's pytest_generate_tests does it for
    tests/sync; another module gets both by importing that hook)."""
    return str(getattr(request, "param", "sqlite"))


def pg_base_url() -> str:
    """PANTAU_TEST_PG_URL, or the test is skipped (locally) / fails (in CI)."""
    base = os.environ.get("PANTAU_TEST_PG_URL")
    if not base:
        if os.environ.get("CI"):
            pytest.fail("PANTAU_TEST_PG_URL is not set; .ci/run sets it")
        pytest.skip("PANTAU_TEST_PG_URL not set (PostgreSQL tests run in CI)")
    return base


@contextmanager
def pg_database(template: str | None = None, prefix: str = "pantau_t") -> Iterator[str]:
    """A new PostgreSQL database (empty, or a copy of the database `template`), dropped
    when the block ends. Yields its SQLAlchemy URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(pg_base_url())
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test, dropped afterwards."""
    with pg_database() as url:
        yield url
