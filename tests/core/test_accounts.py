"""Accounts: argon2 hashes, login lockout, password changes, role checks inside services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.errors import (
    AccountLocked,
    AuthenticationError,
    PermissionDenied,
    ValidationError,
)
from core.roles import Actor, Role
from core.services.accounts import (
    NewAccount,
    authenticate,
    change_own_password,
    create_user,
    list_users,
    reset_password,
    set_active,
)
from core.services.offices import add_unit
from core.services.staff import StaffInput, StaffStatus, add_staff
from db.models import User
from tests.conftest import PASSWORD, FakeClock


def test_passwords_are_stored_as_argon2_hashes(office: AppContext) -> None:
    with office.read() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_unknown_name_and_wrong_password_get_the_same_answer(office: AppContext) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        authenticate(office, "tidakada", PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        authenticate(office, "lurah", "salah12345")
    assert unknown.value.message == wrong.value.message


def test_five_wrong_passwords_lock_the_account_for_five_minutes(office: AppContext,
                                                                clock: FakeClock) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError) as error:
            authenticate(office, "lurah", "salah12345")
        assert not isinstance(error.value, AccountLocked)
    with pytest.raises(AccountLocked, match="5 menit"):
        authenticate(office, "lurah", "salah12345")
    # Locked: even the right password waits.
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(AccountLocked, match="Coba lagi dalam 1 menit"):
        authenticate(office, "lurah", PASSWORD)
    clock.advance(seconds=2)
    assert authenticate(office, "lurah", PASSWORD).username == "lurah"


def test_a_successful_login_resets_the_count_of_wrong_passwords(office: AppContext) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            authenticate(office, "lurah", "salah12345")
    authenticate(office, "lurah", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationError) as error:
            authenticate(office, "lurah", "salah12345")
        assert not isinstance(error.value, AccountLocked)


def test_change_own_password_needs_the_old_one(office: AppContext, head: Actor) -> None:
    with pytest.raises(AuthenticationError, match="lama salah"), office.write(head) as uow:
        change_own_password(uow, "bukan-ini-1", "baru12345")
    with pytest.raises(ValidationError, match="minimal 8"), office.write(head) as uow:
        change_own_password(uow, PASSWORD, "pendek1")
    with office.write(head) as uow:
        change_own_password(uow, PASSWORD, "baru12345")
    with pytest.raises(AuthenticationError):
        authenticate(office, "lurah", PASSWORD)
    assert authenticate(office, "lurah", "baru12345").role is Role.HEAD


def test_head_manages_operators_and_a_deactivated_account_cannot_log_in(
        office: AppContext, head: Actor) -> None:
    with office.write(head) as uow:
        user = create_user(uow, NewAccount("Operator.Dua", "Operator Dua", Role.OPERATOR,
                                           "mulai12345"))
    assert user.username == "operator.dua"
    with office.write(head) as uow:
        set_active(uow, user.id, False)
    with pytest.raises(AuthenticationError, match="dinonaktifkan"):
        authenticate(office, "operator.dua", "mulai12345")
    with office.write(head) as uow:
        set_active(uow, user.id, True)
        reset_password(uow, user.id, "ganti12345")
    assert authenticate(office, "operator.dua", "ganti12345").role is Role.OPERATOR
    with office.read() as session:
        assert [u.username for u in list_users(session, head)] == ["lurah", "operator.dua"]


def test_account_rules_give_clear_messages(office: AppContext, head: Actor) -> None:
    cases = [
        (NewAccount("a", "Nama Lengkap", Role.OPERATOR, "mulai12345"), "Nama pengguna"),
        (NewAccount("lurah", "Nama Lengkap", Role.OPERATOR, "mulai12345"), "sudah dipakai"),
        (NewAccount("budi", "", Role.OPERATOR, "mulai12345"), "Nama lengkap"),
        (NewAccount("budi", "Budi", Role.OPERATOR, "12345678"), "huruf dan angka"),
        (NewAccount("budi", "Budi", Role.OPERATOR, "mulai12345", "123"), "NIP harus 18"),
        (NewAccount("budi", "Budi", Role.ADMIN, "mulai12345"), "operator atau pimpinan"),
    ]
    for account, message in cases:
        with pytest.raises(ValidationError, match=message), office.write(head) as uow:
            create_user(uow, account)


def test_an_operator_calling_user_management_gets_a_permission_error(
        office: AppContext, operator: Actor) -> None:
    with pytest.raises(PermissionDenied, match="Operator tidak berwenang"), \
            office.write(operator) as uow:
        create_user(uow, NewAccount("siapa", "Siapa Saja", Role.HEAD, "mulai12345"))
    with pytest.raises(PermissionDenied), office.read() as session:
        list_users(session, operator)


def test_roles_are_checked_inside_every_service(office: AppContext, head: Actor,
                                                operator: Actor) -> None:
    inspector = Actor(None, "pemeriksa", Role.INSPECTOR, head.office_code)
    with pytest.raises(PermissionDenied), office.write(inspector) as uow:
        add_staff(uow, StaffInput("Orang Luar", "Staf", StaffStatus.NON_ASN, local_id="X-1"))
    with pytest.raises(PermissionDenied), office.write(head) as uow:
        add_unit(uow, "15.71.PKM.001", "Puskesmas Simpang IV Sipin")
    # The operator may keep the roster.
    with office.write(operator) as uow:
        add_staff(uow, StaffInput("Orang Dalam", "Staf", StaffStatus.NON_ASN, local_id="X-2"))
