"""`pantau demo` builds a city whose bundles really travelled: the hub's ledger shows it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from core.attachments import has_blob
from core.changelog import verify_chain
from core.context import DEFAULT_TIMEZONE, open_app
from core.demo import (
    DEMO_HUB_FOLDER,
    INSPECTOR_FOLDER,
    INSPECTOR_OFFICE_CODE,
    KECAMATAN_CODE,
    OTHER_KELURAHAN,
    build_demo,
    simulated_periods,
)
from core.services.calendar import idul_fitri
from core.services.crosscheck import AGREES, DIFFERS, WAITING, check_visits
from core.services.sidak import DONE, LATE, OPEN, finding_rows, list_visits, visit_detail
from core.sync.export import export_preview
from db.models import (
    Amendment,
    Attachment,
    DayLog,
    SidakFinding,
    SidakStaff,
    SidakVisit,
    Staff,
    SyncBundle,
    SyncDevice,
)
from tests.sync.conftest import rows

OFFICES = {
    "kelurahan-simpang-iv-sipin": "15.71.01.1001",
    "kecamatan-telanaipura": KECAMATAN_CODE,
    **{folder: code for code, folder, *_ in OTHER_KELURAHAN},
}


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo-city")
    build_demo(out)
    return out


def test_every_office_of_the_demo_city_reached_the_hub_intact(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            devices = {d.office_code: d for d in session.scalars(select(SyncDevice))}
        assert set(devices) == {*OFFICES.values(), INSPECTOR_OFFICE_CODE}
        assert all(d.status == "approved" for d in devices.values())
        for folder, code in OFFICES.items():
            office = open_app(city / folder)
            try:
                assert rows(hub, Staff, code) == rows(office, Staff, code), folder
                with hub.read() as session:
                    report = verify_chain(session, office.device.id)
                assert report.ok
                # Each office got the city's acknowledgement back: nothing left to send.
                assert export_preview(office).entries == 0, folder
            finally:
                office.close()
    finally:
        hub.close()


def test_the_hub_ledger_shows_held_applied_and_refused_bundles(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            ledger = session.scalars(select(SyncBundle)).all()
    finally:
        hub.close()
    results = {b.result for b in ledger}
    assert {"held", "applied", "refused"} <= results
    refused = [b for b in ledger if b.result == "refused"]
    assert [b.file_name for b in refused] == ["pantau-salinan-terputus.pantau"]
    assert "bukan bundle Pantau yang utuh" in refused[0].reason
    assert all(b.imported_by == "admin" for b in ledger)


def _today() -> date:
    return datetime.now(ZoneInfo(DEFAULT_TIMEZONE)).date()


def test_the_inspectors_sidak_reached_the_hub_with_photos_and_follow_up(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    inspector = open_app(city / INSPECTOR_FOLDER)
    try:
        with hub.read() as session:
            device = session.get(SyncDevice, inspector.device.id)
            assert device is not None and device.status == "approved"
            assert device.mode == "inspector"
            assert verify_chain(session, inspector.device.id).ok
            visits = list_visits(session, today=_today())
            details = [visit_detail(session, visit.id) for visit in visits]
            files = list(session.scalars(select(Attachment).where(
                Attachment.owner_table == "sidak_visit")))
            assert files and all(has_blob(session, file.sha256) for file in files)
            states = {row.state for row in finding_rows(session, _today())}
        for model in (SidakVisit, SidakStaff, SidakFinding, Attachment, Amendment):
            assert rows(hub, model, INSPECTOR_OFFICE_CODE) == \
                rows(inspector, model, INSPECTOR_OFFICE_CODE), model.__name__
        # The city's acknowledgement came back: the laptop has nothing left to send.
        assert export_preview(inspector).entries == 0
    finally:
        hub.close()
        inspector.close()
    assert 4 <= len(visits) <= 6
    assert {v.visited_office for v in visits} == {"15.71.01.1001",
                                                  *(code for code, *_ in OTHER_KELURAHAN)}
    assert [v.status for v in visits].count("draft") == 1
    assert {v.found for v in visits} == {"buka", "tutup", "dibuka"}
    today = _today()
    assert all(today - timedelta(days=29) <= v.day < today for v in visits)
    assert len({v.day for v in visits}) == len(visits)
    for detail in details:
        assert detail.photos and detail.findings
        assert set(detail.signatures) == ({"ttd_pemeriksa", "ttd_kantor"}
                                          if detail.status == "final" else {"ttd_pemeriksa"})
    amended = [d for d in details if d.amendments]
    assert len(amended) == 1 and amended[0].status == "final"
    assert amended[0].amendments[0].field == "Warga menunggu"
    assert {DONE, LATE, OPEN} <= states


def test_the_demo_sidak_contradict_and_agree_with_the_offices_records(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            checks = check_visits(session, _today())
            found = {check.visit_id: session.get(SidakVisit, check.visit_id) for check in checks}
            absent = {visit.id: visit.absent for visit in list_visits(session, today=_today())}
    finally:
        hub.close()
    kinds = {(found[c.visit_id].found, d.kind) for c in checks for d in c.discrepancies}
    # Closed at the inspector's arrival, though the office logged opening earlier; someone
    # absent whom the roll call marks present.
    assert ("tutup", "jam_layanan") in kinds
    assert ("buka", "pegawai") in kinds
    assert all(kind in {"jam_layanan", "pegawai"} for _found, kind in kinds)
    by_state = {(found[c.visit_id].found, c.state) for c in checks}
    # One visit agrees with everyone present; one waited while the office opened, as it
    # logged; the newest kelurahan has not sent its days yet.
    assert ("buka", AGREES) in by_state and ("dibuka", AGREES) in by_state
    assert any(absent[c.visit_id] == 0 for c in checks
               if c.state == AGREES and found[c.visit_id].found == "buka")
    assert ("buka", WAITING) in by_state
    assert ("tutup", DIFFERS) in by_state


def test_the_demo_periods_run_forward_to_yesterday_whatever_the_date() -> None:
    # The services refuse a day before the last one logged: periods must not overlap.
    day = date(2025, 12, 1)
    while day <= date(2028, 1, 31):
        periods, recent = simulated_periods(day)
        assert all(start <= end for start, end in periods), day
        assert all(earlier[1] < later[0] for earlier, later in pairwise(periods)), day
        assert periods[-1][1] == recent[1] == day
        # The other offices' three months: within the kelurahan's last period.
        assert recent[0].day == 1 and 59 <= (day - recent[0]).days <= 91, day
        assert periods[-1][0] <= recent[0], day
        # A whole Ramadan up to Idul Fitri is always shown, and never more than six months.
        assert any(start <= idul_fitri(year) <= end for start, end in periods
                   for year in (day.year - 1, day.year)), day
        assert sum((end - start).days + 1 for start, end in periods) <= 184, day
        day += timedelta(days=1)
    # Today's demo is unchanged: Ramadan 2026 and the three months up to yesterday.
    assert simulated_periods(date(2026, 11, 24))[0] == [
        (date(2026, 2, 2), date(2026, 4, 30)), (date(2026, 9, 1), date(2026, 11, 24))]


def test_the_demo_builds_on_a_day_just_after_idul_fitri(tmp_path: Path) -> None:
    # On 25 March 2026 the last three months run into the Ramadan season; the demo used to
    # simulate January after April and the services refused the earlier date.
    now = datetime(2026, 3, 25, 1, 30, tzinfo=UTC)
    build_demo(tmp_path, now=now)
    today = date(2026, 3, 25)
    office = open_app(tmp_path / "kelurahan-simpang-iv-sipin")
    hub = open_app(tmp_path / DEMO_HUB_FOLDER)
    try:
        with office.read() as session:
            days = list(session.scalars(select(DayLog.day)))
        with hub.read() as session:
            devices = {d.office_code: d.status for d in session.scalars(select(SyncDevice))}
            visits = list_visits(session, today=today)
    finally:
        office.close()
        hub.close()
    assert min(days) < date(2026, 2, 18) and date(2026, 3, 21) < max(days) < today
    assert devices == dict.fromkeys({*OFFICES.values(), INSPECTOR_OFFICE_CODE}, "approved")
    assert 4 <= len(visits) <= 6
    assert all(today - timedelta(days=29) <= v.day < today for v in visits)
