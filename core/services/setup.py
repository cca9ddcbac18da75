"""First-start setup: the device's identity, the office registry and the first account."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.context import AppContext, DeviceInfo, UnitOfWork
from core.errors import ValidationError
from core.identity import DeviceKey, fingerprint
from core.ids import new_id
from core.roles import ROLES_BY_MODE, SYSTEM_USERNAME, Actor, Mode
from core.services.accounts import NewAccount, UserInfo, create_first_account
from core.services.offices import Level, get_office
from core.services.reference_data import seed_reference_data
from db.engine import WRITE_OPTIONS
from db.models import Device


@dataclass(frozen=True)
class SetupResult:
    device: DeviceInfo
    account: UserInfo
    key_fingerprint: str


# Which office levels each mode may be installed for.
LEVELS_BY_MODE = {
    Mode.OFFICE: (Level.KELURAHAN, Level.KECAMATAN, Level.UNIT),
    Mode.INSPECTOR: (Level.KOTA, Level.KECAMATAN, Level.UNIT),
    Mode.HUB: (Level.KOTA,),
}


@contextmanager
def new_installation(ctx: AppContext, mode: Mode, office_code: str,
                     receive: Callable[[Session], None] | None = None
                     ) -> Iterator[tuple[Session, DeviceInfo]]:
    """The one transaction that makes this installation: reference rows (and, with
    `receive`, the rows of the city's setup file, which may register the office), the
    office and mode checked, the device row; the caller adds what it starts with.

    The private key file is written just before the commit and removed again if anything
    fails, so a failed setup leaves nothing behind and can simply be run again.
    """
    if ctx.is_set_up:
        raise ValidationError("Pantau sudah disiapkan di folder data ini.")
    key = DeviceKey.generate()
    device = DeviceInfo(new_id(), mode, office_code, key.public_b64)
    now = ctx.clock()
    key_path = ctx.data_dir.private_key
    with ctx.sessions() as session:
        session.connection(execution_options=WRITE_OPTIONS)
        try:
            seed_reference_data(session, now)
            session.flush()
            if receive is not None:
                receive(session)
            office = get_office(session, office_code)
            if office.level not in LEVELS_BY_MODE[mode]:
                raise ValidationError(
                    f"Mode {mode.label} tidak dapat dipasang untuk {office.display_name}.",
                    "office")
            session.add(Device(id=device.id, mode=mode.value, office_code=office_code,
                               public_key=device.public_key, created_at=now))
            yield session, device
            key_path.unlink(missing_ok=True)  # left by an earlier setup that failed
            key.save(key_path)
            session.commit()
        except BaseException:
            session.rollback()
            key_path.unlink(missing_ok=True)
            raise


def setup_installation(ctx: AppContext, mode: Mode, office_code: str,
                       first_account: NewAccount) -> SetupResult:
    """Make this installation by typing: device id and key pair, registry, first account."""
    system = Actor(None, SYSTEM_USERNAME, ROLES_BY_MODE[mode][0], office_code)
    with new_installation(ctx, mode, office_code) as (session, device):
        account = create_first_account(UnitOfWork(session, system, device, ctx.clock()),
                                       first_account)
    return SetupResult(device, account, fingerprint(device.public_key))
