"""All mapped tables; importing this package registers them on `Base.metadata`."""

from db.models.changelog import ChangeLogEntry, LogHead
from db.models.device import Device
from db.models.meta import AppMeta
from db.models.office import Office
from db.models.staff import Staff
from db.models.sync import ClockFlag, SyncAck, SyncBundle, SyncDevice
from db.models.user import LoginState, User

__all__ = [
    "AppMeta",
    "ChangeLogEntry",
    "ClockFlag",
    "Device",
    "LogHead",
    "LoginState",
    "Office",
    "Staff",
    "SyncAck",
    "SyncBundle",
    "SyncDevice",
    "User",
]
