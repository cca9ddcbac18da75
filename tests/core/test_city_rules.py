"""The city tunes the rules and the list of services; offices follow after the next
reference bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.attendance import record_attendance, roll_call
from core.services.rules import set_rule
from core.services.service_register import (
    add_service_type,
    service_types,
    set_service_type_active,
)
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.reference import city_key_fingerprint, export_reference, import_reference
from tests.conftest import OFFICE_CODE


def _receive(hub: AppContext, admin: Actor, office: AppContext, head: Actor,
             folder: Path) -> None:
    bundle = export_reference(hub, admin, OFFICE_CODE, folder)
    import_reference(office, head, bundle, trust_fingerprint=city_key_fingerprint(bundle))


def test_a_city_band_width_reaches_the_office_roll_call(
        hub: AppContext, admin: Actor, office: AppContext, head: Actor, tmp_path: Path) -> None:
    with office.write(head) as uow:
        staff = add_staff(uow, StaffInput("Agus", "Staf", StaffStatus.NON_ASN,
                                          local_id="N1", active_from=date(2025, 1, 2)))
        record_attendance(uow, date(2026, 11, 23), staff.id, "TL", "07.50")  # 20 minutes
    with office.read() as session:
        assert roll_call(session, OFFICE_CODE, date(2026, 11, 23)).rows[0].tl_band == 1
    with hub.write(admin) as uow:
        set_rule(uow, "band_minutes", 15)
    _receive(hub, admin, office, head, tmp_path / "usb")
    with office.read() as session:
        assert roll_call(session, OFFICE_CODE, date(2026, 11, 23)).rows[0].tl_band == 2


def test_a_service_type_retired_and_one_added_at_the_city(
        hub: AppContext, admin: Actor, office: AppContext, head: Actor, tmp_path: Path) -> None:
    with hub.write(admin) as uow:
        add_service_type(uow, "ahli_waris", "Surat keterangan ahli waris")
        set_service_type_active(uow, "kematian", False)
    _receive(hub, admin, office, head, tmp_path / "usb")
    with office.read() as session:
        codes = {t.code for t in service_types(session)}
    assert "ahli_waris" in codes and "kematian" not in codes


@pytest.mark.parametrize(("key", "value", "message"), [
    ("band_minutes", 0, "5–120"),
    ("band_count", "empat", "1–8"),
    ("tk_thresholds", [[5, "A"], [3, "B"]], "berurutan"),
    ("warna", 1, "tidak dikenal"),
])
def test_a_wrong_rule_value_is_refused(hub: AppContext, admin: Actor, key: str, value: object,
                                       message: str) -> None:
    with pytest.raises(ValidationError, match=message), hub.write(admin) as uow:
        set_rule(uow, key, value)


def test_offices_cannot_change_city_rules(office: AppContext, head: Actor) -> None:
    with pytest.raises(PermissionDenied), office.write(head) as uow:
        set_rule(uow, "band_minutes", 15)
