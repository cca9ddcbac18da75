"""Which tables travel, who may write them, and turning a payload back into a row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, inspect
from sqlalchemy.orm import Mapper

from core.roles import Mode
from db.base import SyncedRow, UTCDateTime
from db.models import (
    Amendment,
    Attendance,
    DayLog,
    Holiday,
    MonthLock,
    Office,
    RuleSetting,
    ScheduleAssignment,
    ScheduleProfile,
    ServiceRecord,
    ServiceType,
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
    "amendment": SyncedTable(Amendment, (Mode.OFFICE,), day_column="day"),
    "attendance": SyncedTable(Attendance, (Mode.OFFICE,), day_column="day"),
    "service_record": SyncedTable(ServiceRecord, (Mode.OFFICE,), day_column="day"),
    "month_lock": SyncedTable(MonthLock, (Mode.OFFICE,)),
}

# City-owned tables an office receives whole (every row the city wrote).
CITY_TABLES = ("office", "schedule_profile", "schedule_assignment", "holiday", "service_type",
               "rule_setting")


def ownership_problem(table_name: str, payload: dict[str, Any], device_id: str,
                      device_mode: Mode, device_office: str, city_code: str) -> str | None:
    """Why `device_id` may not write this row, or None if it may."""
    spec = SYNCED_TABLES.get(table_name)
    if spec is None:
        return f"tabel {table_name} tidak disinkronkan"
    if device_mode not in spec.writers:
        return f"perangkat mode {device_mode.value} tidak boleh menulis {table_name}"
    if payload.get("origin_device") != device_id:
        return f"baris {payload.get('id')} bukan tulisan perangkat ini"
    owner = payload.get("office_code")
    if device_mode is Mode.HUB and spec.any_office_for_hub:
        return None
    if owner != device_office and not (device_mode is Mode.HUB and owner == city_code):
        return f"baris {payload.get('id')} milik kantor {owner}, bukan {device_office}"
    return None


def _column_types(model: type[SyncedRow]) -> dict[str, Any]:
    mapper: Mapper[Any] = inspect(model)
    return {attr.key: attr.columns[0].type for attr in mapper.column_attrs}


def row_values(table_name: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Payload (JSON values) to column values. Columns the payload lacks (a bundle from an
    older schema) are left out, so the column default applies; unknown keys are refused."""
    types = _column_types(SYNCED_TABLES[table_name].model)
    unknown = set(payload) - set(types)
    if unknown:
        raise ValueError(f"kolom tidak dikenal di {table_name}: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in payload.items():
        column_type = types[key]
        if value is not None and isinstance(column_type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        values[key] = value
    return values
