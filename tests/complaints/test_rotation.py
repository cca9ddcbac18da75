"""The three-report rule: verified pungli reports per official in the window, duplicates
counting once, and a person's decision that covers them until a new report comes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.complaints import (
    ComplaintInput,
    link_duplicate,
    record_decision,
    register_complaint,
    rotation_alerts,
    undo_last_step,
    unlink_duplicate,
    verify,
)
from core.services.month_lock import months_before
from core.services.rules import set_rule
from db.models import RotationDecision
from tests.complaints.conftest import KELURAHAN, OTHER_KELURAHAN, TODAY, complaint_input

JOKO = f"nama:{KELURAHAN}:pak joko"


def verified(ctx: AppContext, actor: Actor, received_on: date, valid: bool = True,
             **changes: Any) -> str:
    """A complaint registered and verified (found true unless `valid` is False)."""
    data: ComplaintInput = complaint_input(received_on=received_on, **changes)
    with ctx.write(actor) as uow:
        row = register_complaint(uow, data)
        verify(uow, row.id, valid, "Diperiksa dengan saksi.")
        return row.id


def alerts(ctx: AppContext, as_of: date = TODAY) -> dict[str, tuple[int, set[str]]]:
    with ctx.read() as session:
        return {a.official_key: (a.count, set(a.complaint_ids))
                for a in rotation_alerts(session, as_of)}


def test_two_reports_are_not_enough_three_raise_the_alert_four_count_four(
        city: AppContext, city_admin: Actor) -> None:
    ids = [verified(city, city_admin, date(2026, 9, 1), official_name="Pak Joko"),
           verified(city, city_admin, date(2026, 10, 1), official_name="PAK  JOKO."),
           verified(city, city_admin, date(2026, 10, 2), official_name="Pak Joko",
                    subject_office=OTHER_KELURAHAN)]  # another office's Pak Joko
    assert alerts(city) == {}
    ids.append(verified(city, city_admin, date(2026, 11, 2), official_name="pak joko"))
    with city.read() as session:
        [alert] = rotation_alerts(session, TODAY)
    assert (alert.official_key, alert.count, alert.subject_office) == (JOKO, 3, KELURAHAN)
    assert alert.complaint_ids == (ids[0], ids[1], ids[3])
    assert alert.numbers == ("001/PENGADUAN/15.71/2026", "002/PENGADUAN/15.71/2026",
                             "004/PENGADUAN/15.71/2026")
    assert (alert.first_received, alert.last_received) == (date(2026, 9, 1), date(2026, 11, 2))
    assert (alert.official_name, alert.subject_name, alert.latest_decision) == (
        "pak joko", "Kelurahan Simpang IV Sipin", None)
    ids.append(verified(city, city_admin, date(2026, 11, 3)))
    assert alerts(city)[JOKO][0] == 4


def test_only_verified_pungli_counts(city: AppContext, city_admin: Actor) -> None:
    verified(city, city_admin, date(2026, 9, 1))
    verified(city, city_admin, date(2026, 9, 2))
    verified(city, city_admin, date(2026, 9, 3), valid=False)
    verified(city, city_admin, date(2026, 9, 4), category="pelayanan")
    with city.write(city_admin) as uow:
        register_complaint(uow, complaint_input(received_on=date(2026, 9, 5)))  # unverified
    assert alerts(city) == {}
    third = verified(city, city_admin, date(2026, 9, 6))
    assert alerts(city)[JOKO][0] == 3
    with city.write(city_admin) as uow:
        undo_last_step(uow, third, "Verifikasi keliru, diperiksa ulang.")
    assert alerts(city) == {}


def test_the_window_ends_on_the_day_asked_and_reaches_back_twelve_months(
        city: AppContext, city_admin: Actor) -> None:
    a = verified(city, city_admin, date(2025, 11, 25))
    b = verified(city, city_admin, date(2025, 11, 26))
    c = verified(city, city_admin, date(2026, 6, 1))
    d = verified(city, city_admin, date(2026, 11, 25))
    assert alerts(city, date(2026, 11, 25)) == {JOKO: (3, {b, c, d})}
    assert alerts(city, date(2026, 11, 24)) == {JOKO: (3, {a, b, c})}
    assert alerts(city, date(2026, 11, 26)) == {}
    with city.write(city_admin) as uow:
        set_rule(uow, "rotation_window_months", 6)
    assert alerts(city, date(2026, 11, 25)) == {}
    with city.write(city_admin) as uow:
        set_rule(uow, "rotation_threshold", 2)
    assert alerts(city, date(2026, 11, 25)) == {JOKO: (2, {c, d})}


def test_months_before_keeps_the_day_or_the_months_last() -> None:
    assert months_before(date(2026, 11, 25), 12) == date(2025, 11, 25)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 2, 29), 12) == date(2023, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_reports_of_the_same_event_count_once(city: AppContext, city_admin: Actor) -> None:
    first = verified(city, city_admin, date(2026, 9, 1), source="lapor")
    second = verified(city, city_admin, date(2026, 9, 2), source="whatsapp")
    verified(city, city_admin, date(2026, 10, 1))
    with city.write(city_admin) as uow:
        link_duplicate(uow, second, first, "Kejadian yang sama")
    assert alerts(city) == {}
    # A duplicate that is not itself verified does not add to its group either.
    with city.write(city_admin) as uow:
        unverified = register_complaint(uow, complaint_input(received_on=date(2026, 9, 3)))
        link_duplicate(uow, unverified.id, first, "")
    assert alerts(city) == {}
    with city.write(city_admin) as uow:
        unlink_duplicate(uow, second, "Ternyata kejadian lain")
    assert alerts(city)[JOKO][0] == 3


def test_a_roster_member_is_counted_by_staff_id(city: AppContext, city_admin: Actor,
                                                city_roster: dict[str, str]) -> None:
    budi = city_roster["Budi Santoso"]
    for day in (date(2026, 8, 3), date(2026, 9, 7), date(2026, 10, 5)):
        verified(city, city_admin, day, staff_id=budi, official_name="")
    with city.read() as session:
        [alert] = rotation_alerts(session, TODAY)
    assert (alert.official_key, alert.official_name, alert.position, alert.count) == (
        f"staff:{budi}", "Budi Santoso", "Staf pelayanan", 3)


def test_a_decision_covers_the_reports_until_a_new_one_comes(
        city: AppContext, city_admin: Actor, city_operator: Actor) -> None:
    ids = [verified(city, city_admin, date(2026, 9, day)) for day in (1, 2, 3)]
    with city.write(city_admin) as uow:
        decision = record_decision(uow, JOKO, "tidak_rotasi",
                                   "Sudah dibina; diawasi tiga bulan.")
    assert (decision.decided_by, decision.decided_on, decision.complaint_count) == (
        "Akun Pertama", TODAY, 3)
    assert json.loads(decision.complaint_ids) == ids
    assert alerts(city) == {}
    # Another channel's report of an event already decided does not raise it again.
    with city.write(city_admin) as uow:
        again = register_complaint(uow, complaint_input(received_on=date(2026, 9, 4)))
        verify(uow, again.id, True, "Benar, laporan yang sama.")
        link_duplicate(uow, again.id, ids[0], "")
    assert alerts(city) == {}
    fourth = verified(city, city_admin, date(2026, 11, 2))
    with city.read() as session:
        [alert] = rotation_alerts(session, TODAY)
    assert alert.count == 4 and fourth in alert.complaint_ids
    assert alert.latest_decision is not None
    assert (alert.latest_decision.decision, alert.latest_decision.label) == (
        "tidak_rotasi", "Tidak dirotasi")
    with city.write(city_admin) as uow:
        record_decision(uow, JOKO, "rotasi", "Dirotasi ke kantor kecamatan.")
    assert alerts(city) == {}


def test_only_the_hub_admin_records_a_decision_with_a_note(
        city: AppContext, city_admin: Actor, city_operator: Actor,
        kecamatan: AppContext, camat: Actor) -> None:
    for day in (1, 2, 3):
        verified(city, city_admin, date(2026, 9, day))
    with pytest.raises(PermissionDenied), city.write(city_operator) as uow:
        record_decision(uow, JOKO, "rotasi", "Dirotasi.")
    with pytest.raises(PermissionDenied), kecamatan.write(camat) as uow:
        record_decision(uow, JOKO, "rotasi", "Dirotasi.")
    for key, decision, note, field in ((JOKO, "pecat", "Diberhentikan.", "decision"),
                                       (JOKO, "rotasi", " ", "note"),
                                       ("nama:15.71.01.1001:orang lain", "rotasi",
                                        "Dirotasi.", "official_key")):
        with pytest.raises(ValidationError) as refused, city.write(city_admin) as uow:
            record_decision(uow, key, decision, note)
        assert refused.value.field == field
    with city.read() as session:
        assert session.query(RotationDecision).count() == 0
    assert set(alerts(city)) == {JOKO}
