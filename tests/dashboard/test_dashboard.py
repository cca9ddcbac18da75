"""The city dashboard from rows that arrived at the hub by bundle (see conftest.py for what
the office and the inspector did), on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.errors import NotFound, ValidationError
from core.services.complaints import ComplaintInput, register_complaint, verify
from core.services.dashboard import (
    CITY_GROUP,
    NOT_RECEIVED,
    CityDashboard,
    OfficeDrilldown,
    city_dashboard,
    office_drilldown,
)
from core.services.offices import Level
from core.services.service_hours import CLOSED, LATE, MISSING, ON_TIME
from tests.conftest import OFFICE_CODE
from tests.dashboard.conftest import (
    KECAMATAN,
    OTHER_KECAMATAN,
    OTHER_KELURAHAN,
    TODAY,
    City,
)


def dashboard(city: City, month: int, kecamatan: str | None = None) -> CityDashboard:
    with city.hub.read() as session:
        return city_dashboard(session, 2026, month, TODAY, kecamatan)


def test_a_complete_month_counts_every_working_day_once_later_data_has_arrived(
        city: City) -> None:
    row = dashboard(city, 10).row(OFFICE_CODE)
    # 22 working days in October 2026; the office's November logs arrived, so the days
    # it did not log are missing (not on time), not "still on their way".
    assert row.data_until == date(2026, 10, 31)
    assert (row.service_days, row.on_time_days, row.recorded_days) == (22, 2, 4)
    assert row.on_time_percent == pytest.approx(100 * 2 / 22)
    assert row.average_minutes_late == pytest.approx((0 + 15 + 0 + 30) / 4)
    assert (row.staff_days, row.present_days) == (44, 3)  # H, H; TL (TK is absent)
    assert row.attendance_percent == pytest.approx(100 * 3 / 44)
    assert (row.sidak_visits, row.sidak_findings, row.discrepancies) == (2, 3, 2)
    assert (row.innovations, row.best_stage) == (2, "uji_coba")
    assert row.innovation_risk == "perlu perhatian"
    assert (row.pk_quarter, row.pk_capaian, row.pk_grade) == (2, Decimal("95.00"), "AA")
    assert row.days_silent == 5 and not row.silent
    assert (row.level, row.kecamatan_code, row.kecamatan_name) == (
        Level.KELURAHAN, KECAMATAN, "Telanaipura")


def test_missing_data_is_none_and_a_true_zero_is_zero(city: City) -> None:
    september = dashboard(city, 9)
    row = september.row(OFFICE_CODE)
    # Its first day log is of 1 October: September is before it started using Pantau, so
    # nothing there is judged (missing, not 0%), although later days arrived.
    assert row.service_days == 0 and row.on_time_percent is None
    assert row.attendance_percent is None
    assert row.average_minutes_late is None  # it never opened: no lateness to average
    assert (row.sidak_visits, row.sidak_findings, row.discrepancies) == (0, None, None)
    silent = september.row(OTHER_KELURAHAN)
    assert silent.data_until is None and silent.service_days == 0
    assert silent.on_time_percent is None and silent.attendance_percent is None
    assert silent.average_minutes_late is None
    assert (silent.pk_quarter, silent.pk_capaian, silent.pk_grade) == (None, None, None)
    assert (silent.innovations, silent.best_stage, silent.innovation_risk) == (
        0, None, "berisiko")
    assert silent.last_sync is None and silent.days_silent is None and silent.silent


def test_a_running_month_counts_only_the_days_that_have_arrived(city: City) -> None:
    row = dashboard(city, 11).row(OFFICE_CODE)
    assert row.data_until == date(2026, 11, 3)
    assert (row.service_days, row.on_time_days) == (2, 1)
    assert row.on_time_percent == 50.0 and row.average_minutes_late == 5.0
    assert (row.staff_days, row.present_days) == (4, 1)  # H, S on the 2nd; 3rd none
    assert row.attendance_percent == 25.0


def test_complaints_and_the_three_report_alert(city: City) -> None:
    with city.hub.write(city.admin) as uow:
        ids = [register_complaint(uow, ComplaintInput(
            "whatsapp", "pungli", OFFICE_CODE, f"Diminta uang untuk surat domisili ({n})",
            received_on=date(2026, 10, 12 + n), staff_id=city.staff[1])).id
            for n in range(3)]
        register_complaint(uow, ComplaintInput(
            "lapor", "pelayanan", OFFICE_CODE, "Petugas tidak ramah di loket",
            received_on=date(2026, 10, 20)))
        register_complaint(uow, ComplaintInput(
            "langsung", "lainnya", OFFICE_CODE, "Parkir kantor penuh sepeda motor",
            received_on=date(2026, 9, 15)))
    with city.hub.write(city.admin) as uow:
        for complaint_id in ids:
            verify(uow, complaint_id, True, "Terbukti dari rekaman WhatsApp")
    october = dashboard(city, 10)
    row = october.row(OFFICE_CODE)
    assert (row.complaints_received, row.pungli_verified) == (4, 3)
    # Open now: the three verified (not yet followed up), the October one, September's.
    assert row.complaints_open == 5
    assert row.complaints_overdue == 5  # 25 November is past every step's deadline
    assert row.rotation_alerts == 1
    [alert] = october.rotation_alerts
    assert (alert.subject_office, alert.count) == (OFFICE_CODE, 3)
    assert october.city.complaints_received == 4 and october.city.rotation_alerts == 1
    assert dashboard(city, 9).row(OFFICE_CODE).complaints_received == 1
    drill = _drill(city, OFFICE_CODE, 10)
    assert drill.complaints.received == 4
    assert len(drill.complaint_rows) == 5  # October's four, September's still open
    assert [a.count for a in drill.rotation_alerts] == [3]
    other = dashboard(city, 10, OTHER_KECAMATAN)
    assert other.rotation_alerts == [] and other.city.complaints_received == 0


def test_the_kecamatan_filter_shows_its_offices_with_their_totals(city: City) -> None:
    shown = dashboard(city, 10, KECAMATAN)
    assert {row.kecamatan_code for row in shown.rows} == {KECAMATAN}
    assert shown.rows[0].office_code == KECAMATAN  # the kecamatan office first
    assert OFFICE_CODE in {row.office_code for row in shown.rows}
    [group] = shown.per_kecamatan
    assert group.code == KECAMATAN and group.offices == len(shown.rows)
    assert shown.city.offices == len(shown.rows)
    everything = dashboard(city, 10)
    assert len(everything.rows) > len(shown.rows)
    assert KECAMATAN not in {row.kecamatan_code for row in dashboard(
        city, 10, OTHER_KECAMATAN).rows}
    for wrong in ("15.71.99", OFFICE_CODE):
        with pytest.raises(ValidationError, match="Kecamatan"):
            dashboard(city, 10, wrong)


def test_totals_are_pooled_over_the_offices_that_have_data(city: City) -> None:
    october = dashboard(city, 10)
    telanaipura = next(g for g in october.per_kecamatan if g.code == KECAMATAN)
    assert telanaipura.service_days == 22 and telanaipura.on_time_days == 2
    assert telanaipura.on_time_percent == pytest.approx(100 * 2 / 22)
    assert telanaipura.attendance_percent == pytest.approx(100 * 3 / 44)
    assert (telanaipura.sidak_visits, telanaipura.sidak_findings,
            telanaipura.discrepancies) == (2, 3, 2)
    assert (telanaipura.pk_capaian, telanaipura.pk_grade) == (Decimal("95.00"), "AA")
    # Office A, and the kecamatan office (the inspector's laptop is one of its devices).
    assert telanaipura.silent_offices == telanaipura.offices - 2
    other = next(g for g in october.per_kecamatan if g.code == OTHER_KECAMATAN)
    assert other.on_time_percent is None and other.pk_capaian is None
    assert other.offices_at_risk == other.offices
    assert october.city.code == CITY_GROUP
    assert october.city.offices == len(october.rows) == sum(
        g.offices for g in october.per_kecamatan)
    assert october.city.on_time_percent == pytest.approx(100 * 2 / 22)
    assert october.city.innovations == 2


def test_a_month_that_does_not_exist_or_has_not_begun_is_refused(city: City) -> None:
    with pytest.raises(ValidationError, match="tidak ada"):
        dashboard(city, 13)
    with pytest.raises(ValidationError, match="belum dimulai"):
        dashboard(city, 12)


def _drill(city: City, office_code: str, month: int) -> OfficeDrilldown:
    with city.hub.read() as session:
        return office_drilldown(session, office_code, 2026, month, TODAY)


def test_the_drill_down_shows_the_month_day_by_day(city: City) -> None:
    drill = _drill(city, OFFICE_CODE, 10)
    assert drill.row == dashboard(city, 10).row(OFFICE_CODE)
    days = {d.day.day: d for d in drill.days}
    assert len(drill.days) == 31
    first = days[1]
    assert (first.status, first.opened, first.minutes_late) == (ON_TIME, "07.30", 0)
    assert (first.staff, first.present, first.attendance_percent) == (2, 2, 100.0)
    assert (days[2].status, days[2].minutes_late, days[2].present) == (LATE, 15, 1)
    assert not days[3].working and days[3].off_reason == "akhir pekan"
    assert days[3].staff is None and days[3].present is None
    assert days[6].status == CLOSED and days[6].minutes_late is None
    assert days[7].status == MISSING and days[7].present == 0
    assert days[8].minutes_late == 30


def test_the_drill_down_of_a_running_month_marks_days_not_received(city: City) -> None:
    days = {d.day.day: d for d in _drill(city, OFFICE_CODE, 11).days}
    assert len(days) == 25  # up to today
    assert days[3].received and days[3].minutes_late == 10
    assert not days[4].received and days[4].status == NOT_RECEIVED
    assert days[4].present is None and days[4].attendance_percent is None


def test_the_drill_down_trend_sidak_innovations_and_pk(city: City) -> None:
    drill = _drill(city, OFFICE_CODE, 10)
    assert [t.month for t in drill.trend] == [date(2026, m, 1) for m in range(5, 11)]
    october = drill.trend[-1]
    assert (october.service_days, october.on_time_days) == (22, 2)
    assert drill.trend[-2].on_time_percent is None  # September: before its first day
    assert [v.day for v in drill.visits] == [date(2026, 10, 5), date(2026, 10, 1)]
    fifth, first = drill.visits
    assert (fifth.findings, fifth.state) == (2, "tidak sesuai")
    assert [d.kind for d in fifth.discrepancies] == ["tidak_tercatat"]  # no roll call
    assert (first.findings, [d.kind for d in first.discrepancies]) == (1, ["jam_layanan"])
    assert sorted(i.name for i in drill.innovations) == [
        "Antar surat ke rumah lansia", "Loket WhatsApp"]
    assert [p.name for p in drill.pk] == ["Surat selesai hari itu", "Indeks kepuasan"]
    assert drill.complaint_rows == [] and drill.rotation_alerts == []


def test_the_drill_down_of_an_office_not_tracked_is_refused(city: City) -> None:
    for code in ("15.71", "15.71.99.9999"):
        with pytest.raises(NotFound):
            _drill(city, code, 10)
    empty = _drill(city, OTHER_KELURAHAN, 10)
    assert all(not d.received for d in empty.days)
    assert all(t.on_time_percent is None for t in empty.trend)
    assert empty.visits == [] and empty.innovations == [] and empty.pk == []
