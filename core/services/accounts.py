"""User accounts: argon2 password hashes, login with lockout, user management."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import AppContext, UnitOfWork
from core.errors import AccountLocked, AuthenticationError, NotFound, ValidationError
from core.nip import parse_nip
from core.roles import ROLES_BY_MODE, Actor, Role, require_role
from db.models import LoginState, User

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")

_hasher = PasswordHasher()


def set_password_cost(time_cost: int, memory_cost_kib: int) -> None:
    """Change the argon2 cost of new hashes (tests use a cheap one; production keeps the
    library's defaults). Existing hashes carry their own parameters and still verify."""
    global _hasher
    _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=1)


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    nip: str | None
    role: Role
    office_code: str
    active: bool


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    password: str
    nip: str | None = None


def _info(row: User) -> UserInfo:
    return UserInfo(row.id, row.username, row.full_name, row.nip, Role(row.role),
                    row.office_code, row.active)


def actor_for(row: User) -> Actor:
    return Actor(row.id, row.username, Role(row.role), row.office_code)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.", "password")
    if password.isdigit() or password.isalpha():
        raise ValidationError("Kata sandi harus memuat huruf dan angka.", "password")


def _validated(account: NewAccount, today: date) -> NewAccount:
    username = account.username.strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError(
            "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau strip.",
            "username")
    full_name = " ".join(account.full_name.split())
    if len(full_name) < 3:
        raise ValidationError("Nama lengkap wajib diisi.", "full_name")
    nip = parse_nip(account.nip, today).nip if account.nip and account.nip.strip() else None
    check_password_rules(account.password)
    return NewAccount(username, full_name, account.role, account.password, nip)


def create_first_account(uow: UnitOfWork, account: NewAccount) -> UserInfo:
    """The account the setup wizard makes; its role is the first one of the device's mode."""
    expected = ROLES_BY_MODE[uow.device.mode][0]
    if account.role is not expected:
        raise ValidationError(f"Akun pertama harus berperan {expected.label}.", "role")
    return _insert_user(uow, _validated(account, uow.today), uow.device.office_code)


def create_user(uow: UnitOfWork, account: NewAccount, office_code: str | None = None
                ) -> UserInfo:
    """Add an account. A head adds accounts of the own office; a city admin of any office."""
    require_role(uow.actor, Role.HEAD, Role.ADMIN)
    office = office_code or uow.actor.office_code
    if uow.actor.role is Role.HEAD:
        if office != uow.actor.office_code:
            raise ValidationError("Pimpinan hanya dapat menambah akun kantornya sendiri.")
        if account.role not in (Role.OPERATOR, Role.HEAD):
            raise ValidationError("Pimpinan hanya dapat menambah operator atau pimpinan.", "role")
    elif account.role not in ROLES_BY_MODE[uow.device.mode] and office == uow.device.office_code:
        raise ValidationError(f"Peran {account.role.label} tidak dipakai di perangkat ini.",
                              "role")
    return _insert_user(uow, _validated(account, uow.today), office)


def _insert_user(uow: UnitOfWork, account: NewAccount, office_code: str) -> UserInfo:
    taken = uow.session.scalars(select(User.id).where(
        User.office_code == office_code, User.username == account.username)).first()
    if taken is not None:
        raise ValidationError(f"Nama pengguna {account.username} sudah dipakai.", "username")
    row = uow.add(User(username=account.username, full_name=account.full_name, nip=account.nip,
                       role=account.role.value, password_hash=_hasher.hash(account.password),
                       active=True), office_code=office_code)
    return _info(row)


def _managed_user(uow: UnitOfWork, user_id: str) -> User:
    require_role(uow.actor, Role.HEAD, Role.ADMIN)
    row = uow.session.get(User, user_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Akun tidak ditemukan.")
    if uow.actor.role is Role.HEAD and row.office_code != uow.actor.office_code:
        raise ValidationError("Pimpinan hanya dapat mengelola akun kantornya sendiri.")
    return row


def set_active(uow: UnitOfWork, user_id: str, active: bool) -> UserInfo:
    row = _managed_user(uow, user_id)
    if row.id == uow.actor.user_id and not active:
        raise ValidationError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
    uow.update(row, active=active)
    return _info(row)


def reset_password(uow: UnitOfWork, user_id: str, new_password: str) -> None:
    row = _managed_user(uow, user_id)
    check_password_rules(new_password)
    uow.update(row, password_hash=_hasher.hash(new_password))
    _clear_lock(uow.session, row.id)


def change_own_password(uow: UnitOfWork, old_password: str, new_password: str) -> None:
    """Any logged-in user changes the own password after proving the old one."""
    row = uow.session.get(User, uow.actor.user_id) if uow.actor.user_id else None
    if row is None:
        raise NotFound("Akun tidak ditemukan.")
    if not _password_matches(row.password_hash, old_password):
        raise AuthenticationError("Kata sandi lama salah.")
    if old_password == new_password:
        raise ValidationError("Kata sandi baru harus berbeda dari yang lama.", "password")
    check_password_rules(new_password)
    uow.update(row, password_hash=_hasher.hash(new_password))


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require_role(actor, Role.HEAD, Role.ADMIN)
    stmt = select(User).where(User.deleted_at.is_(None)).order_by(User.username)
    if actor.role is Role.HEAD:
        stmt = stmt.where(User.office_code == actor.office_code)
    return [_info(row) for row in session.scalars(stmt)]


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _clear_lock(session: Session, user_id: str) -> None:
    state = session.get(LoginState, user_id)
    if state is not None:
        state.failed_count = 0
        state.locked_until = None


def authenticate(ctx: AppContext, username: str, password: str) -> Actor:
    """Log in on this device. After 5 wrong passwords the account waits 5 minutes.

    The same message answers an unknown name and a wrong password, so the login
    screen does not tell a guesser which names exist.
    """
    now = ctx.clock()
    wrong = AuthenticationError("Nama pengguna atau kata sandi salah.")
    with ctx.raw_write() as session:
        row = session.scalars(select(User).where(
            User.username == username.strip().lower(),
            User.office_code == ctx.device.office_code,
            User.deleted_at.is_(None))).one_or_none()
        if row is None:
            raise wrong
        state = session.get(LoginState, row.id)
        if state is None:
            state = LoginState(user_id=row.id, failed_count=0)
            session.add(state)
        if state.locked_until is not None and state.locked_until > now:
            minutes = max(1, round((state.locked_until - now).total_seconds() / 60))
            raise AccountLocked(
                f"Terlalu banyak kata sandi salah. Coba lagi dalam {minutes} menit.")
        if not _password_matches(row.password_hash, password):
            state.failed_count += 1
            if state.failed_count >= MAX_FAILED_LOGINS:
                state.failed_count = 0
                state.locked_until = now + LOCKOUT
                session.commit()
                raise AccountLocked(
                    f"{MAX_FAILED_LOGINS} kali kata sandi salah: akun dikunci "
                    f"{int(LOCKOUT.total_seconds() // 60)} menit.")
            session.commit()
            raise wrong
        if not row.active:
            raise AuthenticationError("Akun ini dinonaktifkan. Hubungi pimpinan kantor.")
        state.failed_count = 0
        state.locked_until = None
        return actor_for(row)
