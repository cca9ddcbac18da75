"""The city defines schedules and days off; offices receive and follow them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.calendar import Calendar, format_hhmm
from core.services.schedules import (
    add_holiday,
    assign_profile,
    define_profile,
    list_holidays,
    remove_holiday,
)
from core.sync.reference import city_key_fingerprint, export_reference, import_reference
from tests.conftest import OFFICE_CODE


def test_a_city_profile_assigned_to_one_office_reaches_it_by_reference_bundle(
        hub: AppContext, admin: Actor, office: AppContext, head: Actor, tmp_path: Path) -> None:
    with hub.write(admin) as uow:
        profile = define_profile(uow, "Pelayanan pagi", "khusus",
                                 {d: ("07.00", "15.30", 60) for d in "12345"})
        assign_profile(uow, profile.id, OFFICE_CODE, date(2026, 12, 1))
        add_holiday(uow, date(2026, 12, 24), "Cuti bersama Natal", "cuti_bersama")
    assert profile.hours_per_week == 37.5
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "usb")
    import_reference(office, head, bundle, trust_fingerprint=city_key_fingerprint(bundle))
    with office.read() as session:
        calendar = Calendar(session, OFFICE_CODE, date(2026, 11, 30), date(2026, 12, 31))
        holidays = {h.day: h.kind for h in list_holidays(session, 2026, OFFICE_CODE)}
    november = calendar.rule(date(2026, 11, 30)).schedule
    december = calendar.rule(date(2026, 12, 1)).schedule
    assert november is not None and december is not None
    assert (format_hhmm(november.opens), format_hhmm(december.opens)) == ("07.30", "07.00")
    assert calendar.rule(date(2026, 12, 24)).off_reason == "Cuti bersama Natal"
    assert holidays[date(2026, 12, 24)] == "cuti_bersama"
    assert holidays[date(2026, 12, 25)] == "nasional"


def test_offices_cannot_edit_the_calendar(office: AppContext, head: Actor) -> None:
    with pytest.raises(PermissionDenied), office.write(head) as uow:
        add_holiday(uow, date(2026, 12, 24), "Libur sendiri", "lokal")


@pytest.mark.parametrize(("day", "name", "kind", "message"), [
    (date(2026, 8, 17), "Libur tambahan", "cuti_bersama", "sudah libur nasional"),
    (date(2026, 12, 24), "", "lokal", "wajib diisi"),
    (date(2026, 12, 24), "Libur", "arisan", "Jenis"),
])
def test_holiday_input_is_checked(hub: AppContext, admin: Actor, day: date, name: str,
                                  kind: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message), hub.write(admin) as uow:
        add_holiday(uow, day, name, kind)


def test_a_holiday_is_recorded_once_and_can_be_withdrawn(hub: AppContext, admin: Actor) -> None:
    with hub.write(admin) as uow:
        holiday = add_holiday(uow, date(2026, 12, 24), "Cuti bersama Natal", "cuti_bersama")
    with pytest.raises(ValidationError, match="sudah tercatat"), hub.write(admin) as uow:
        add_holiday(uow, date(2026, 12, 24), "Cuti bersama", "cuti_bersama")
    assert holiday.id is not None
    with hub.write(admin) as uow:
        remove_holiday(uow, holiday.id)
    with hub.read() as session:
        assert date(2026, 12, 24) not in {h.day for h in list_holidays(session, 2026)}


def test_a_schedule_whose_closing_is_before_opening_is_refused(hub: AppContext,
                                                               admin: Actor) -> None:
    with pytest.raises(ValidationError, match="Jam tutup"), hub.write(admin) as uow:
        define_profile(uow, "Salah", "khusus", {"1": ("16.00", "07.30", 60)})
