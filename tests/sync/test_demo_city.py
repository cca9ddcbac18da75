"""`pantau demo` builds a city whose bundles really travelled: the hub's ledger shows it."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from core.attachments import blob_bytes, has_blob
from core.changelog import verify_chain
from core.context import DEFAULT_TIMEZONE, open_app
from core.demo import (
    DEMO_HUB_FOLDER,
    DEMO_OFFICE_CODE,
    DEMO_PASSWORD,
    INSPECTOR_FOLDER,
    INSPECTOR_OFFICE_CODE,
    KECAMATAN_CODE,
    OTHER_KELURAHAN,
    ROTATION_OFFICIAL,
    build_demo,
    simulated_periods,
)
from core.services.accounts import authenticate
from core.services.calendar import idul_fitri
from core.services.complaints import (
    CATEGORIES,
    complainant_contact,
    list_complaints,
    rotation_alerts,
)
from core.services.crosscheck import AGREES, DIFFERS, WAITING, check_visits
from core.services.innovation import (
    innovation_detail,
    list_innovations,
    load_indicators,
    score,
)
from core.services.innovation_tracker import (
    AT_RISK,
    NO_INNOVATION,
    ONLY_INITIATIVE,
    SAFE,
    tracker,
)
from core.services.pk import OVER_TARGET, city_capaian, pk_summary, quarters_due
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
            statuses = sorted(row.status for row in list_innovations(session))
            capaian = {row.office_code: row for row in city_capaian(session, 2026, today)}
    finally:
        office.close()
        hub.close()
    assert min(days) < date(2026, 2, 18) and date(2026, 3, 21) < max(days) < today
    # The first quarter has not ended: a PK of 2026 with nothing due yet.
    assert statuses == ["diajukan", "dikembalikan", "diverifikasi", "diverifikasi", "draf"]
    assert capaian[DEMO_OFFICE_CODE].indicators == 3
    assert not any(row.missing_quarters for row in capaian.values())
    assert devices == dict.fromkeys({*OFFICES.values(), INSPECTOR_OFFICE_CODE}, "approved")
    assert 4 <= len(visits) <= 6
    assert all(today - timedelta(days=29) <= v.day < today for v in visits)


RETURN_NOTE = "Lampirkan foto kegiatan uji coba dan daftar warga yang sudah dilayani."


def test_the_hub_holds_innovations_at_every_stage_with_its_decisions(city: Path) -> None:
    buluran, teluk = (code for code, *_ in OTHER_KELURAHAN)
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            innovations = list_innovations(session)
            applied = next(row for row in innovations if row.stage == "penerapan")
            detail = innovation_detail(session, applied.id)
            evidence = blob_bytes(session, detail.evidence[0].sha256)
            indicators = load_indicators(2026)
            assessed = score(session, applied.id, indicators.year, indicators)
            tracked = {row.office_code: row for row in tracker(session, _today()).rows}
    finally:
        hub.close()
    assert sorted((row.office_code, row.stage, row.status) for row in innovations) == [
        (KECAMATAN_CODE, "uji_coba", "diverifikasi"),
        (DEMO_OFFICE_CODE, "inisiatif", "draf"),
        (DEMO_OFFICE_CODE, "penerapan", "diverifikasi"),
        (DEMO_OFFICE_CODE, "uji_coba", "dikembalikan"),
        (buluran, "inisiatif", "diajukan"),
    ]
    returned = next(row for row in innovations if row.status == "dikembalikan")
    assert returned.review_note == RETURN_NOTE
    # The evidence is the office's decree naming the team, a real PDF.
    assert [e.caption for e in detail.evidence] == ["SK tim inovasi"]
    text = PdfReader(io.BytesIO(evidence)).pages[0].extract_text()
    assert "TIM PENGELOLA INOVASI SIPIN CEPAT" in text
    # The applied innovation is self-assessed on every indicator: a good, imperfect score.
    assert assessed.assessed == len(indicators.indicators)
    assert 50 < assessed.total < 100
    assert (tracked[teluk].risk, tracked[teluk].reason) == (AT_RISK, NO_INNOVATION)
    assert (tracked[buluran].risk, tracked[buluran].reason) == (AT_RISK, ONLY_INITIATIVE)
    assert tracked[DEMO_OFFICE_CODE].risk == tracked[KECAMATAN_CODE].risk == SAFE
    assert tracked[DEMO_OFFICE_CODE].by_stage == {"inisiatif": 1, "uji_coba": 1,
                                                  "penerapan": 1}


def test_the_demo_kelurahan_sees_the_innovation_the_city_returned(city: Path) -> None:
    office = open_app(city / "kelurahan-simpang-iv-sipin")
    try:
        with office.read() as session:
            rows = {row.stage: row for row in list_innovations(session, DEMO_OFFICE_CODE)}
            returned = innovation_detail(session, rows["uji_coba"].id)
    finally:
        office.close()
    assert {stage: row.status for stage, row in rows.items()} == {
        "penerapan": "diverifikasi", "uji_coba": "dikembalikan", "inisiatif": "draf"}
    assert returned.status == "dikembalikan" and returned.review_note == RETURN_NOTE


def test_the_city_sees_each_offices_pk_and_the_quarter_not_reported(city: Path) -> None:
    today = _today()
    due = quarters_due(today.year, today)
    buluran, teluk = (code for code, *_ in OTHER_KELURAHAN)
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            offices = {row.office_code: row for row in city_capaian(session, today.year,
                                                                    today)}
            main = pk_summary(session, DEMO_OFFICE_CODE, today.year, today)
    finally:
        hub.close()
    simpang = offices[DEMO_OFFICE_CODE]
    assert simpang.indicators == 3 and simpang.missing_quarters == ()
    assert [value is not None for value in simpang.quarters] == \
        [quarter in due for quarter in (1, 2, 3, 4)]
    assert [row.name for row in main] == ["Persentase layanan selesai tepat waktu",
                                          "Rata-rata keterlambatan buka kantor",
                                          "Jumlah inovasi yang diterapkan"]
    over = [(row.name, q.quarter) for row in main for q in row.quarters
            if q.note == OVER_TARGET]
    # Above its target from the first quarter on (no quarter has ended in January–March).
    assert (("Persentase layanan selesai tepat waktu", 1) in over) == bool(due)
    # Buluran Kenali has not reported the last quarter that ended; Teluk Kenali has no PK.
    assert offices[buluran].indicators == 2
    assert offices[buluran].missing_quarters == due[-1:]
    assert offices[teluk].indicators == 0 and offices[teluk].missing_quarters == due


def test_the_hub_holds_complaints_and_a_standing_rekomendasi_rotasi(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        admin = authenticate(hub, "admin", DEMO_PASSWORD)
        with hub.read() as session:
            rows = list_complaints(session, _today())
            alerts = rotation_alerts(session, _today())
            from_kecamatan = [row for row in rows if row.owner_office == KECAMATAN_CODE]
            contact = complainant_contact(session, admin, from_kecamatan[0].id)
            own_contacts = [complainant_contact(session, admin, row.id) for row in rows
                            if row.owner_office != KECAMATAN_CODE]
    finally:
        hub.close()
    assert {row.category for row in rows} == set(CATEGORIES)
    assert {row.status for row in rows} == {"diterima", "diverifikasi", "tidak_valid",
                                            "selesai"}
    assert [row.subject_office for row in rows if row.overdue] == [OTHER_KELURAHAN[0][0]]
    linked = [row for row in rows if row.duplicate_of]
    assert len(linked) == 1 and linked[0].category == "pungli"
    # The three-report rule: three verified pungli reports (the linked one counts once),
    # an alert standing until a person decides.
    assert [(a.official_name, a.subject_office, a.count, len(a.numbers), a.latest_decision)
            for a in alerts] == [(ROTATION_OFFICIAL, DEMO_OFFICE_CODE, 3, 3, None)]
    # The kecamatan's complaint reached the city; its complainant's contact did not.
    assert len(from_kecamatan) == 1 and contact == ""
    assert "0812-7400-1122" in own_contacts
