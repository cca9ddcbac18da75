"""Which tables travel, who may write them, and turning a payload back into a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, inspect
from sqlalchemy.orm import Mapper

from core.roles import Mode
from core.services.offices import Level
from db.base import SyncedRow, UTCDateTime
from db.models import (
    Amendment,
    Attachment,
    Attendance,
    Complaint,
    ComplaintEvent,
    DayLog,
    Holiday,
    Innovation,
    InnovationAssessment,
    InnovationReview,
    MonthLock,
    Office,
    PkIndicator,
    PkRealisation,
    RotationDecision,
    RuleSetting,
    ScheduleAssignment,
    ScheduleProfile,
    ServiceRecord,
    ServiceType,
    SidakFinding,
    SidakFollowUp,
    SidakStaff,
    SidakVisit,
    Staff,
    User,
)


@dataclass(frozen=True)
class SyncedTable:
    model: type[SyncedRow]
    # Modes of the devices allowed to write rows of this table.
    writers: tuple[Mode, ...]
    # The hub writes master data for any office; other devices only for their own office.
    any_office_for_hub: bool = False
    # A column naming the day a row describes, for the "recorded long after" clock check.
    day_column: str | None = None
    # Office devices of these levels only (None: any office); e.g. complaints are handled
    # at kecamatan offices, never at a kelurahan.
    office_levels: tuple[str, ...] | None = None


SYNCED_TABLES: dict[str, SyncedTable] = {
    "office": SyncedTable(Office, (Mode.HUB,), any_office_for_hub=True),
    "user_account": SyncedTable(User, (Mode.HUB, Mode.OFFICE, Mode.INSPECTOR),
                                any_office_for_hub=True),
    "staff": SyncedTable(Staff, (Mode.OFFICE,)),
    # City master data (reaches offices in reference bundles).
    "schedule_profile": SyncedTable(ScheduleProfile, (Mode.HUB,), any_office_for_hub=True),
    "schedule_assignment": SyncedTable(ScheduleAssignment, (Mode.HUB,),
                                       any_office_for_hub=True),
    "holiday": SyncedTable(Holiday, (Mode.HUB,), any_office_for_hub=True),
    "service_type": SyncedTable(ServiceType, (Mode.HUB,), any_office_for_hub=True),
    "rule_setting": SyncedTable(RuleSetting, (Mode.HUB,), any_office_for_hub=True),
    # The office day (written at the office).
    "day_log": SyncedTable(DayLog, (Mode.OFFICE,), day_column="day"),
    # Corrections with a reason: of the office day at the office, of a sidak on the laptop.
    "amendment": SyncedTable(Amendment, (Mode.OFFICE, Mode.INSPECTOR), day_column="day"),
    "attendance": SyncedTable(Attendance, (Mode.OFFICE,), day_column="day"),
    "service_record": SyncedTable(ServiceRecord, (Mode.OFFICE,), day_column="day"),
    "month_lock": SyncedTable(MonthLock, (Mode.OFFICE,)),
    # Sidak, written on the inspector's laptop (owned by the inspector's office); the city
    # records the follow-up of each finding.
    "sidak_visit": SyncedTable(SidakVisit, (Mode.INSPECTOR,), day_column="day"),
    "sidak_staff": SyncedTable(SidakStaff, (Mode.INSPECTOR,)),
    "sidak_finding": SyncedTable(SidakFinding, (Mode.INSPECTOR,)),
    "sidak_followup": SyncedTable(SidakFollowUp, (Mode.HUB,), any_office_for_hub=True),
    # Innovations and performance agreements, written at the office; the city's decision
    # on an innovation is owned by that office and returns to it in reference bundles.
    "innovation": SyncedTable(Innovation, (Mode.OFFICE,)),
    "innovation_assessment": SyncedTable(InnovationAssessment, (Mode.OFFICE,)),
    "innovation_review": SyncedTable(InnovationReview, (Mode.HUB,), any_office_for_hub=True),
    "pk_indicator": SyncedTable(PkIndicator, (Mode.OFFICE,)),
    "pk_realisation": SyncedTable(PkRealisation, (Mode.OFFICE,)),
    # Complaints, registered and handled at a kecamatan office (its own) or at the city
    # (owned by the city); the city's decisions on the three-report rule. A complaint's
    # steps come days after it was received: no "recorded long after" check on it.
    "complaint": SyncedTable(Complaint, (Mode.OFFICE, Mode.HUB),
                             office_levels=(Level.KECAMATAN.value,)),
    "complaint_event": SyncedTable(ComplaintEvent, (Mode.OFFICE, Mode.HUB), day_column="day",
                                   office_levels=(Level.KECAMATAN.value,)),
    "rotation_decision": SyncedTable(RotationDecision, (Mode.HUB,)),
    # Files that belong to rows (photos, signatures); the bytes travel beside the entries.
    "attachment": SyncedTable(Attachment, (Mode.OFFICE, Mode.INSPECTOR, Mode.HUB)),
}

# City-owned tables an office receives whole (every row the city wrote).
CITY_TABLES = ("office", "schedule_profile", "schedule_assignment", "holiday", "service_type",
               "rule_setting")
# Rows the city writes about one office, which only that office receives.
OFFICE_CITY_TABLES = ("innovation_review",)


def ownership_problem(table_name: str, payload: dict[str, Any], device_id: str,
                      device_mode: Mode, device_office: str, city_code: str,
                      office_level: str | None = None) -> str | None:
    """Why `device_id` may not write this row, or None if it may (`office_level`: the level
    of the device's office, as the hub registered it)."""
    spec = SYNCED_TABLES.get(table_name)
    if spec is None:
        return f"tabel {table_name} tidak disinkronkan"
    if device_mode not in spec.writers:
        return f"perangkat mode {device_mode.value} tidak boleh menulis {table_name}"
    if device_mode is Mode.OFFICE and spec.office_levels is not None and \
            office_level not in spec.office_levels:
        return (f"kantor {device_office} ({office_level or 'tingkat tidak dikenal'}) tidak "
                f"boleh menulis {table_name}")
    if payload.get("origin_device") != device_id:
        return f"baris {payload.get('id')} bukan tulisan perangkat ini"
    owner = payload.get("office_code")
    if device_mode is Mode.HUB and spec.any_office_for_hub:
        return None
    if owner != device_office and not (device_mode is Mode.HUB and owner == city_code):
        return f"baris {payload.get('id')} milik kantor {owner}, bukan {device_office}"
    return None


@cache
def _columns(table_name: str) -> tuple[frozenset[str], dict[str, Callable[[str], Any]]]:
    """The column names of a synced table, and the parser of each date/time column."""
    mapper: Mapper[Any] = inspect(SYNCED_TABLES[table_name].model)
    names: set[str] = set()
    parsers: dict[str, Callable[[str], Any]] = {}
    for attr in mapper.column_attrs:
        names.add(attr.key)
        column_type = attr.columns[0].type
        if isinstance(column_type, UTCDateTime):
            parsers[attr.key] = datetime.fromisoformat
        elif isinstance(column_type, Date):
            parsers[attr.key] = date.fromisoformat
    return frozenset(names), parsers


def check_columns(table_name: str, payload: dict[str, Any]) -> None:
    """Refuse keys the table does not have (cheap: run it on every entry)."""
    names, _parsers = _columns(table_name)
    if not names.issuperset(payload):
        unknown = set(payload) - names
        raise ValueError(f"kolom tidak dikenal di {table_name}: {', '.join(sorted(unknown))}")


def row_values(table_name: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Payload (JSON values) to column values. Columns the payload lacks (a bundle from an
    older schema) are left out, so the column default applies; unknown keys are refused."""
    check_columns(table_name, payload)
    _names, parsers = _columns(table_name)
    values = dict(payload)
    for key, parse in parsers.items():
        value = values.get(key)
        if value is not None:
            values[key] = parse(value)
    return values
