"""The city's innovation tracker: which offices are at risk before the deadline, counted
per kecamatan, with the days left. Innovations reach the hub in a real bundle in one test;
the others write them at the hub through a unit of work (as the importer would)."""

from __future__ import annotations

from datetime import date

import pytest

from core.context import AppContext
from core.roles import Actor
from core.services.innovation import InnovationForm, review, save_innovation, submit
from core.services.innovation_tracker import (
    AT_RISK,
    ATTENTION,
    NO_INNOVATION,
    NONE_VERIFIED,
    ONLY_INITIATIVE,
    SAFE,
    UNITS_GROUP,
    judge,
    tracker,
)
from core.services.offices import Level, add_unit, list_offices
from core.services.rules import set_rule
from core.sync.importer import import_bundles
from db.models import Innovation
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, export
from tests.sync.conftest import world as world  # the office and hub fixtures
from tests.sync.conftest import world_template as world_template

TELANAIPURA = "15.71.01"
SIMPANG = OFFICE_CODE  # Kelurahan Simpang IV Sipin, Telanaipura
OTHER = "15.71.01.1002"  # another kelurahan of Telanaipura
PASIR_PUTIH = "15.71.02.1002"  # Jambi Selatan
TODAY = date(2026, 11, 25)
DESIGN = " ".join(["kata"] * 320)


def add(hub: AppContext, admin: Actor, office: str, stage: str, status: str = "draf") -> str:
    """An innovation of `office` as the hub holds it once imported."""
    with hub.write(admin) as uow:
        return uow.add(Innovation(name=f"Inovasi {stage}", stage=stage, initiator="opd",
                                  form="pelayanan_publik", status=status), office).id


def decide(hub: AppContext, admin: Actor, innovation_id: str, decision: str) -> None:
    with hub.write(admin) as uow:
        review(uow, innovation_id, decision, "Lengkapi bukti pendukung.")


def rows_by_code(hub: AppContext) -> dict:  # type: ignore[type-arg]
    with hub.read() as session:
        return {row.office_code: row for row in tracker(session, TODAY).rows}


def test_every_office_but_the_kota_is_tracked_and_none_has_an_innovation(
        hub: AppContext) -> None:
    with hub.read() as session:
        result = tracker(session, TODAY)
        offices = [o for o in list_offices(session) if o.level is not Level.KOTA]
    assert [row.office_code for row in result.rows] == [o.code for o in offices]
    assert all(row.risk == AT_RISK and row.reason == NO_INNOVATION for row in result.rows)
    assert result.at_risk == sorted(result.rows, key=lambda r: (r.kecamatan_name,
                                                                r.office_code))
    simpang = next(row for row in result.rows if row.office_code == SIMPANG)
    assert (simpang.office_name, simpang.kecamatan_code, simpang.kecamatan_name) == (
        "Kelurahan Simpang IV Sipin", TELANAIPURA, "Telanaipura")
    kecamatan = next(row for row in result.rows if row.office_code == TELANAIPURA)
    assert (kecamatan.level, kecamatan.kecamatan_code) == (Level.KECAMATAN, TELANAIPURA)


@pytest.mark.parametrize(("stages", "verified", "risk", "reason"), [
    ({}, 0, AT_RISK, NO_INNOVATION),
    ({"inisiatif": 1}, 0, AT_RISK, ONLY_INITIATIVE),
    ({"inisiatif": 3}, 0, AT_RISK, ONLY_INITIATIVE),
    # Verified but still only a plan: at risk all the same.
    ({"inisiatif": 2}, 2, AT_RISK, ONLY_INITIATIVE),
    ({"inisiatif": 2, "uji_coba": 1}, 0, ATTENTION, NONE_VERIFIED),
    ({"penerapan": 1}, 0, ATTENTION, NONE_VERIFIED),
    ({"inisiatif": 1, "penerapan": 1}, 1, SAFE, ""),
    ({"uji_coba": 1}, 1, SAFE, ""),
])
def test_risk_rules_in_order(stages: dict[str, int], verified: int, risk: str,
                             reason: str) -> None:
    by_stage = {"inisiatif": 0, "uji_coba": 0, "penerapan": 0, **stages}
    assert judge(sum(by_stage.values()), by_stage, verified) == (risk, reason)


def test_stages_and_decisions_of_each_office_set_its_risk(hub: AppContext,
                                                          admin: Actor) -> None:
    add(hub, admin, SIMPANG, "inisiatif")
    verified = add(hub, admin, SIMPANG, "uji_coba", "diajukan")
    decide(hub, admin, verified, "diverifikasi")
    add(hub, admin, OTHER, "inisiatif", "diajukan")
    add(hub, admin, OTHER, "inisiatif")
    returned = add(hub, admin, PASIR_PUTIH, "penerapan", "diajukan")
    decide(hub, admin, returned, "dikembalikan")
    add(hub, admin, PASIR_PUTIH, "uji_coba", "diajukan")
    rows = rows_by_code(hub)

    simpang = rows[SIMPANG]
    assert (simpang.total, simpang.by_stage, simpang.verified, simpang.submitted) == (
        2, {"inisiatif": 1, "uji_coba": 1, "penerapan": 0}, 1, 0)
    assert (simpang.risk, simpang.reason) == (SAFE, "")
    assert (rows[OTHER].risk, rows[OTHER].reason, rows[OTHER].submitted) == (
        AT_RISK, ONLY_INITIATIVE, 1)
    # Returned and waiting do not count as verified.
    pasir = rows[PASIR_PUTIH]
    assert (pasir.verified, pasir.submitted, pasir.risk, pasir.reason) == (
        0, 1, ATTENTION, NONE_VERIFIED)


def test_a_deleted_innovation_does_not_count(hub: AppContext, admin: Actor) -> None:
    innovation_id = add(hub, admin, SIMPANG, "penerapan")
    with hub.write(admin) as uow:
        uow.delete(uow.session.get(Innovation, innovation_id))
    assert rows_by_code(hub)[SIMPANG].reason == NO_INNOVATION


def test_counts_per_kecamatan_with_units_last(hub: AppContext, admin: Actor) -> None:
    with hub.write(admin) as uow:
        add_unit(uow, "15.71.PKM.003", "Puskesmas Simpang IV Sipin")
    add(hub, admin, SIMPANG, "penerapan")
    add(hub, admin, SIMPANG, "inisiatif")
    verified = add(hub, admin, TELANAIPURA, "uji_coba", "diajukan")
    decide(hub, admin, verified, "diverifikasi")
    add(hub, admin, "15.71.PKM.003", "inisiatif")
    with hub.read() as session:
        result = tracker(session, TODAY)
    counts = {c.kecamatan_code: c for c in result.per_kecamatan}
    telanaipura = counts[TELANAIPURA]
    members = [r for r in result.rows if r.kecamatan_code == TELANAIPURA]
    # The kecamatan office counts in its own kecamatan, with its kelurahan.
    assert telanaipura.offices == len(members) and TELANAIPURA in {
        r.office_code for r in members}
    assert (telanaipura.with_innovation, telanaipura.innovations, telanaipura.verified) == (
        2, 3, 1)
    assert telanaipura.by_stage == {"inisiatif": 1, "uji_coba": 1, "penerapan": 1}
    assert telanaipura.attention == 1  # Simpang IV Sipin: nothing verified yet
    assert telanaipura.at_risk == telanaipura.offices - 2
    assert result.per_kecamatan[-1].kecamatan_code == ""
    units = result.per_kecamatan[-1]
    assert (units.kecamatan_name, units.offices, units.at_risk) == (UNITS_GROUP, 1, 1)
    assert [c.kecamatan_code for c in result.per_kecamatan[:-1]] == sorted(
        c.kecamatan_code for c in result.per_kecamatan[:-1])
    assert sum(c.offices for c in result.per_kecamatan) == len(result.rows)


@pytest.mark.parametrize(("today", "days_left"), [
    (date(2027, 8, 1), 1), (date(2027, 8, 2), 0), (date(2027, 8, 3), -1),
    (date(2026, 8, 2), 365)])
def test_days_left_until_the_default_deadline(hub: AppContext, today: date,
                                              days_left: int) -> None:
    with hub.read() as session:
        result = tracker(session, today)
    assert (result.deadline, result.days_left) == (date(2027, 8, 2), days_left)


def test_the_deadline_the_city_sets_is_used(hub: AppContext, admin: Actor) -> None:
    with hub.write(admin) as uow:
        set_rule(uow, "innovation_deadline", "2026-12-01")
    with hub.read() as session:
        result = tracker(session, TODAY)
    assert (result.deadline, result.days_left) == (date(2026, 12, 1), 6)


def test_an_innovation_sent_in_a_bundle_and_verified_makes_the_office_safe(
        world: World) -> None:
    with world.office.write(world.head) as uow:
        innovation_id = save_innovation(uow, InnovationForm(
            "Lapak Warga Online", "uji_coba", "opd", trial_date=date(2026, 10, 1),
            design=DESIGN, goals="Layanan cepat", benefits="Warga tidak antre"))
        submit(uow, innovation_id)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])
    rows = rows_by_code(world.hub)
    assert (rows[SIMPANG].submitted, rows[SIMPANG].risk) == (1, ATTENTION)
    decide(world.hub, world.admin, innovation_id, "diverifikasi")
    rows = rows_by_code(world.hub)
    assert (rows[SIMPANG].verified, rows[SIMPANG].submitted, rows[SIMPANG].risk) == (
        1, 0, SAFE)
