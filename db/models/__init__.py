"""All mapped tables; importing this package registers them on `Base.metadata`."""

from db.models.changelog import ChangeLogEntry, LogHead
from db.models.complaint import Complaint, ComplaintEvent, RotationDecision
from db.models.device import Device
from db.models.meta import AppMeta
from db.models.office import Office
from db.models.office_day import (
    Amendment,
    Attendance,
    DayLog,
    Holiday,
    MonthLock,
    RuleSetting,
    ScheduleAssignment,
    ScheduleProfile,
    ServiceRecord,
    ServiceType,
)
from db.models.performance import (
    Innovation,
    InnovationAssessment,
    InnovationReview,
    PkIndicator,
    PkRealisation,
)
from db.models.sidak import (
    Attachment,
    Blob,
    ExportMark,
    SidakFinding,
    SidakFollowUp,
    SidakStaff,
    SidakVisit,
)
from db.models.staff import Staff
from db.models.sync import ClockFlag, SyncAck, SyncBundle, SyncDevice
from db.models.user import LoginState, User

__all__ = [
    "Amendment",
    "AppMeta",
    "Attachment",
    "Attendance",
    "Blob",
    "ChangeLogEntry",
    "ClockFlag",
    "Complaint",
    "ComplaintEvent",
    "DayLog",
    "Device",
    "ExportMark",
    "Holiday",
    "Innovation",
    "InnovationAssessment",
    "InnovationReview",
    "LogHead",
    "LoginState",
    "MonthLock",
    "Office",
    "PkIndicator",
    "PkRealisation",
    "RotationDecision",
    "RuleSetting",
    "ScheduleAssignment",
    "ScheduleProfile",
    "ServiceRecord",
    "ServiceType",
    "SidakFinding",
    "SidakFollowUp",
    "SidakStaff",
    "SidakVisit",
    "Staff",
    "SyncAck",
    "SyncBundle",
    "SyncDevice",
    "User",
]
