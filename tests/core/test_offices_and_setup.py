"""The bundled registry, units added at the hub, and first-start setup."""

from __future__ import annotations

import os
import stat
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from core.context import AppContext, open_app
from core.errors import ValidationError
from core.roles import Actor, Mode, Role
from core.services.accounts import NewAccount, authenticate
from core.services.offices import Level, add_unit, list_offices, load_registry
from core.services.setup import setup_installation
from db.models import ChangeLogEntry, Device, Office
from tests.conftest import PASSWORD, FakeClock


def test_the_registry_holds_kota_jambi_with_11_kecamatan_and_68_kelurahan() -> None:
    entries = load_registry()
    assert Counter(e.level for e in entries) == {Level.KOTA: 1, Level.KECAMATAN: 11,
                                                 Level.KELURAHAN: 68}
    by_code = {e.code: e for e in entries}
    assert by_code["15.71.01"].name == "Telanaipura"
    assert by_code["15.71.07"].name == "Kota Baru"
    assert "15.71.02.1001" not in by_code  # the source's gap is kept
    kecamatan = {e.code for e in entries if e.level is Level.KECAMATAN}
    assert all(e.parent_code in kecamatan for e in entries if e.level is Level.KELURAHAN)


def test_setup_seeds_the_registry_without_log_entries(office: AppContext) -> None:
    with office.read() as session:
        offices = list_offices(session, Level.KELURAHAN)
        registry_rows = session.scalars(select(Office).where(Office.rev == 0)).all()
        logged_tables = set(session.scalars(select(ChangeLogEntry.table_name)))
    assert len(offices) == 68 and len(registry_rows) == 80
    assert logged_tables == {"user_account"}


def test_setup_makes_a_private_key_readable_by_the_owner_only(office: AppContext) -> None:
    key = office.data_dir.private_key
    assert key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    signature = office.device_key().sign(b"data")
    from core.identity import verify_signature

    assert verify_signature(office.device.public_key, signature, b"data")
    assert not verify_signature(office.device.public_key, signature, b"other")


def test_a_failed_setup_leaves_nothing_behind_and_can_be_run_again(tmp_path: Path,
                                                                   clock: FakeClock) -> None:
    ctx = open_app(tmp_path / "office", clock=clock)
    try:
        with pytest.raises(ValidationError, match="minimal 8"):
            setup_installation(ctx, Mode.OFFICE, "15.71.01.1001",
                               NewAccount("lurah", "Lurah Baru", Role.HEAD, "pendek"))
        assert not ctx.is_set_up
        assert not ctx.data_dir.private_key.exists()
        with ctx.read() as session:
            assert session.scalars(select(Device)).all() == []
            assert session.scalars(select(Office)).all() == []
        setup_installation(ctx, Mode.OFFICE, "15.71.01.1001",
                           NewAccount("lurah", "Lurah Baru", Role.HEAD, PASSWORD))
        assert authenticate(ctx, "lurah", PASSWORD).office_code == "15.71.01.1001"
        with pytest.raises(ValidationError, match="sudah disiapkan"):
            setup_installation(ctx, Mode.OFFICE, "15.71.01.1001",
                               NewAccount("lurah2", "Lurah Dua", Role.HEAD, PASSWORD))
    finally:
        ctx.close()


@pytest.mark.parametrize(("mode", "code", "role", "message"), [
    (Mode.HUB, "15.71.01.1001", Role.ADMIN, "tidak dapat dipasang"),
    (Mode.OFFICE, "15.71", Role.HEAD, "tidak dapat dipasang"),
    (Mode.OFFICE, "15.71.99.9999", Role.HEAD, "tidak terdaftar"),
    (Mode.OFFICE, "15.71.01.1001", Role.OPERATOR, "Akun pertama harus"),
])
def test_setup_refuses_a_wrong_office_or_first_role(tmp_path: Path, clock: FakeClock, mode: Mode,
                                                    code: str, role: Role, message: str) -> None:
    ctx = open_app(tmp_path / "x", clock=clock)
    try:
        with pytest.raises(Exception, match=message):
            setup_installation(ctx, mode, code, NewAccount("pertama", "Akun Pertama", role,
                                                           PASSWORD))
        assert not ctx.is_set_up
    finally:
        ctx.close()


def test_hub_admin_adds_a_puskesmas_with_a_valid_city_code(hub: AppContext, admin: Actor) -> None:
    with hub.write(admin) as uow:
        unit = add_unit(uow, "15.71.PKM.001", "Puskesmas  Simpang IV Sipin", "15.71.01")
    assert unit.level is Level.UNIT and unit.name == "Puskesmas Simpang IV Sipin"
    with hub.read() as session:
        entry = session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.table_name == "office")).one()
    assert entry.actor == "admin" and entry.op == "insert"


@pytest.mark.parametrize(("code", "parent", "message"), [
    ("PKM-001", None, "KOTA.JENIS.NOMOR"),
    ("15.71.XYZ.001", None, "tidak dikenal"),
    ("15.72.OPD.001", None, "diawali kode kota 15.71"),
    ("15.71.OPD.01", None, "KOTA.JENIS.NOMOR"),
    ("15.71.OPD.001", "15.71.01.1001", "Induk unit"),
])
def test_unit_codes_are_validated(hub: AppContext, admin: Actor, code: str, parent: str | None,
                                  message: str) -> None:
    with pytest.raises(ValidationError, match=message), hub.write(admin) as uow:
        add_unit(uow, code, "Dinas Contoh", parent)


def test_a_unit_code_is_used_once(hub: AppContext, admin: Actor) -> None:
    with hub.write(admin) as uow:
        add_unit(uow, "15.71.OPD.001", "Dinas Kependudukan dan Pencatatan Sipil")
    with pytest.raises(ValidationError, match="sudah dipakai"), hub.write(admin) as uow:
        add_unit(uow, "15.71.OPD.001", "Dinas Lain")
