"""The city recap PDF, read back with pypdf, from a hub holding two kelurahan, a sidak
laptop and three verified pungli reports (see recap_city.py and conftest.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.errors import ValidationError
from core.formatting import persen
from core.reports.recap import (
    LATE_TREND_DROP,
    LATE_TREND_STEADY_DROP,
    NEAR_DEADLINE_DAYS,
    RecapData,
    innovation_near,
    late_trend,
    rank_offices,
    recap_data,
    write_recap,
    write_recap_pdf,
)
from core.services.complaints import (
    ComplaintInput,
    record_decision,
    register_complaint,
    rotation_alerts,
    verify,
)
from core.services.dashboard import OfficeRow, city_dashboard, month_trend, office_trends
from core.services.offices import Level
from core.services.rules import set_rule
from tests.conftest import OFFICE_CODE
from tests.dashboard.conftest import OTHER_KELURAHAN, TODAY, City
from tests.dashboard.recap_city import (
    COMPLAINANT,
    CONTACT,
    OFFICIAL,
    PASIR_PUTIH,
    on_time,
    working_days,
)
from tests.dashboard.recap_city import pasir_putih as pasir_putih  # the shared fixtures
from tests.dashboard.recap_city import recap_city as recap_city

sqlite_only = pytest.mark.parametrize("city", ["sqlite"], indirect=True)


def recap(city: City, month: int = 10) -> RecapData:
    with city.hub.read() as session:
        return recap_data(session, 2026, month, TODAY)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def after(text: str, *parts: str) -> list[int]:
    """Where each of `parts` is found, each searched after the one before (-1: missing)."""
    found, start = [], 0
    for part in parts:
        start = text.find(part, start)
        found.append(start)
        if start < 0:
            break
    return found


def percent(month: int) -> float:
    days = working_days(2026, month)
    return 100 * sum(on_time(month, n) for n in range(len(days))) / len(days)


def test_the_recap_ranks_the_offices_and_names_those_needing_attention(
        recap_city: City, tmp_path: Path) -> None:
    out = tmp_path / "rekap" / "rekap-2026-10.pdf"
    with recap_city.hub.read() as session:
        data = write_recap_pdf(session, 2026, 10, TODAY, out)
    text = pdf_text(out)
    assert "REKAPITULASI BULANAN KEPATUHAN KANTOR PELAYANAN" in text
    assert "Kota Jambi — Bulan Oktober 2026 (1–31 Oktober 2026)" in text
    assert f"Kode verifikasi: {data.code}" in text
    # Ranking: Pasir Putih (one day in three on time) above Simpang IV Sipin (2 of 22).
    assert [line.office_code for line in data.on_time.best] == [PASIR_PUTIH]
    assert [line.office_code for line in data.on_time.lowest] == [OFFICE_CODE]
    assert data.on_time.ranked == 2 and data.on_time.without_data == data.city.offices - 2
    assert data.on_time.best[0].on_time_percent == pytest.approx(percent(10))
    assert min(after(text, "Tertinggi: tepat waktu buka", "Kelurahan Pasir Putih",
                     "Terendah: tepat waktu buka", "Kelurahan Simpang IV Sipin")) > 0
    assert min(after(text, "Tertinggi: kehadiran pegawai", "Kelurahan Pasir Putih",
                     "100,0%", "Terendah: kehadiran pegawai",
                     "Kelurahan Simpang IV Sipin")) > 0
    # Offices needing attention: one that never sent anything, the late trend, the alert.
    assert min(after(text, "1. Kantor tanpa kiriman data", "Telanaipura",
                     "Belum pernah mengirim: Kelurahan Buluran Kenali;")) > 0
    assert OFFICE_CODE not in {line.office_code for line in data.silent}
    assert OTHER_KELURAHAN in {line.office_code for line in data.silent}
    [late] = data.late
    assert late.office_code == PASIR_PUTIH
    assert late.percents == pytest.approx((percent(8), percent(9), percent(10)))
    assert min(after(text, "2. Jam buka makin terlambat", "Kelurahan Pasir Putih",
                     persen(percent(8)), persen(percent(9)), persen(percent(10)))) > 0
    [alert] = data.rotation
    assert (alert.official_name, alert.count, alert.decision) == (OFFICIAL, 3, "")
    assert min(after(text, "3. Rekomendasi rotasi", OFFICIAL, "Kelurahan Simpang IV Sipin",
                     "belum ada")) > 0
    # The month's discrepancies: the sidak of 1 October found the office closed.
    assert min(after(text, "F. Ketidaksesuaian sidak", "01-10-2026",
                     "Kantor mencatat buka pukul 07.30, tetapi pukul 08.05 sidak mendapati "
                     "kantor tutup.")) > 0
    assert {line.day for line in data.discrepancies} == {date(2026, 10, 1), date(2026, 10, 5)}
    # The complainant is nowhere: not in the text, not in the data the code covers.
    for secret in (CONTACT, COMPLAINANT, "7777"):
        assert secret not in text
        assert secret not in str(data.content())
    assert [p.name for p in out.parent.iterdir()] == ["rekap-2026-10.pdf"]


@sqlite_only
def test_the_recap_shows_the_dashboards_figures(recap_city: City) -> None:
    data = recap(recap_city)
    with recap_city.hub.read() as session:
        dashboard = city_dashboard(session, 2026, 10, TODAY)
        codes = [OFFICE_CODE, PASIR_PUTIH]
        trends = office_trends(session, codes, date(2026, 10, 1), TODAY)
        for code in codes:  # the drill-down's trend, office by office
            drill = month_trend(session, code, date(2026, 10, 1), TODAY)
            assert [(t.month, t.service_days, t.on_time_days) for t in drill] == [
                (t.month, t.service_days, t.on_time_days) for t in trends[code]]
    assert data.city.offices == dashboard.city.offices
    assert data.city.on_time_percent == pytest.approx(dashboard.city.on_time_percent)
    assert data.city.attendance_percent == pytest.approx(dashboard.city.attendance_percent)
    assert [t.month for t in data.trend] == [date(2026, m, 1) for m in range(5, 11)]
    assert data.trend[-1].on_time_percent == pytest.approx(dashboard.city.on_time_percent)
    # May: before both offices' first day log, so not judged (missing, not 0%).
    may = data.trend[0]
    assert (may.service_days, may.on_time_percent) == (0, None)
    august = data.trend[3]
    # August: only the office already using Pantau is judged (every day on time).
    assert (august.service_days, august.on_time_days) == (
        len(working_days(2026, 8)), len(working_days(2026, 8)))
    assert [g.name for g in data.per_kecamatan] == [g.name for g in dashboard.per_kecamatan]
    assert data.city.discrepancies == 2 and data.city.rotation_alerts == 1


@sqlite_only
def test_a_running_month_says_how_far_it_is_judged(recap_city: City, tmp_path: Path) -> None:
    with recap_city.hub.read() as session:
        data = write_recap_pdf(session, 2026, 11, TODAY, tmp_path / "november.pdf")
    assert not data.complete and data.period_end == TODAY
    assert "Bulan November 2026, berjalan: dinilai sampai 25 November 2026" in pdf_text(
        tmp_path / "november.pdf")
    assert data.discrepancies == () and data.late == ()


@sqlite_only
def test_a_decision_recorded_on_an_alert_is_shown_when_a_new_report_raises_it_again(
        recap_city: City, tmp_path: Path) -> None:
    hub = recap_city.hub
    with hub.read() as session:
        [alert] = rotation_alerts(session, TODAY)
    with hub.write(recap_city.admin) as uow:
        record_decision(uow, alert.official_key, "ditunda", "Menunggu hasil pemeriksaan")
    assert recap(recap_city).rotation == ()
    with hub.write(recap_city.admin) as uow:
        fourth = register_complaint(uow, ComplaintInput(
            "lapor", "pungli", OFFICE_CODE, "Diminta uang lagi untuk surat pindah",
            received_on=date(2026, 10, 28), staff_id=recap_city.staff[1],
            complainant_contact=CONTACT)).id
    with hub.write(recap_city.admin) as uow:
        verify(uow, fourth, True, "Terbukti dari kuitansi")
    [line] = recap(recap_city).rotation
    assert (line.count, line.decision, line.decided_on) == (4, "Ditunda", TODAY)
    with hub.read() as session:
        write_recap_pdf(session, 2026, 10, TODAY, tmp_path / "rekap.pdf")
    text = pdf_text(tmp_path / "rekap.pdf")
    assert "Ditunda, 25-11-2026" in text and CONTACT not in text


@sqlite_only
def test_offices_without_innovation_are_named_once_the_deadline_is_near(
        recap_city: City, tmp_path: Path) -> None:
    far = recap(recap_city)  # the city's default deadline, 2 August 2027
    assert not far.innovation_near and far.innovation == ()
    with recap_city.hub.write(recap_city.admin) as uow:
        set_rule(uow, "innovation_deadline", "2027-01-15")
    with recap_city.hub.read() as session:
        near = write_recap_pdf(session, 2026, 10, TODAY, tmp_path / "rekap.pdf")
    assert near.innovation_near and near.innovation_days_left == 51
    listed = {line.office_code: line.reason for line in near.innovation}
    assert listed[PASIR_PUTIH] == "belum ada inovasi"
    assert OFFICE_CODE not in listed  # an uji coba (not yet verified): only "perlu perhatian"
    text = pdf_text(tmp_path / "rekap.pdf")
    assert "Batas waktu inovasi 15 Januari 2027 (tinggal 51 hari)." in text
    assert min(after(text, "4. Belum ada inovasi", "Kelurahan Pasir Putih",
                     "belum ada inovasi")) > 0
    assert near.code != far.code


@sqlite_only
def test_the_same_data_gives_the_same_code(recap_city: City, tmp_path: Path) -> None:
    first = recap(recap_city)
    write_recap(first, tmp_path / "a.pdf")
    again = recap(recap_city)
    assert again.code == first.code
    with recap_city.hub.write(recap_city.admin) as uow:
        register_complaint(uow, ComplaintInput(
            "langsung", "pelayanan", PASIR_PUTIH, "Loket kosong pada jam layanan",
            received_on=date(2026, 10, 20)))
    changed = recap(recap_city)
    assert changed.code != first.code and changed.city.complaints_received == 4


@sqlite_only
def test_a_folder_that_cannot_be_written_is_a_clear_message(
        recap_city: City, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = recap(recap_city)
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("ini berkas, bukan folder")
    with pytest.raises(ValidationError, match="tidak dapat ditulis"):
        write_recap(data, blocker / "rekap.pdf")
    assert blocker.read_text() == "ini berkas, bukan folder"
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "rekap.pdf").write_bytes(b"versi lama")

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("core.reports.common.os.replace", refuse)
    with pytest.raises(ValidationError, match=r"Permission denied\). Pilih folder lain"):
        write_recap(data, folder / "rekap.pdf")
    assert (folder / "rekap.pdf").read_bytes() == b"versi lama"
    assert [p.name for p in folder.iterdir()] == ["rekap.pdf"]


# --- the rules, on rows made up for them ------------------------------------------------------


def office_row(code: str, on_time_days: int | None, late_minutes: int = 0,
               present: int = 0) -> OfficeRow:
    """An office with 20 working days judged (None: nothing arrived) and 10 staff-days."""
    judged = 0 if on_time_days is None else 20
    return OfficeRow(
        office_code=code, office_name=f"Kelurahan {code}", level=Level.KELURAHAN,
        kecamatan_code="15.71.01", kecamatan_name="Telanaipura", data_until=None,
        service_days=judged, on_time_days=on_time_days or 0, recorded_days=judged,
        late_minutes=late_minutes, staff_days=10 if judged else 0, present_days=present,
        sidak_visits=0, sidak_findings=None, discrepancies=None, complaints_received=0,
        complaints_open=0, complaints_overdue=0, pungli_verified=0, rotation_alerts=0,
        innovations=0, best_stage=None, innovation_risk="berisiko",
        innovation_reason="belum ada inovasi", pk_quarter=None, pk_capaian=None,
        pk_grade=None, last_sync=None, days_silent=None, silent=True)


def test_the_ranking_splits_best_and_lowest_without_overlap_and_breaks_ties() -> None:
    rows = [office_row(f"{n:02d}", n % 20, present=n % 11) for n in range(25)]
    rows.append(office_row("tanpa-data", None))
    ranking = rank_offices(rows, "on_time", size=10)
    assert ranking.ranked == 25 and ranking.without_data == 1
    assert [line.rank for line in ranking.best] == list(range(1, 11))
    assert [line.rank for line in ranking.lowest] == list(range(25, 15, -1))
    best = [line.on_time_percent for line in ranking.best]
    assert best == sorted(best, reverse=True) and best[0] == 95.0
    assert ranking.lowest[0].on_time_percent == 0.0
    # Equal on-time %: fewer minutes late first.
    tied = [office_row("lambat", 10, late_minutes=200), office_row("cepat", 10, late_minutes=20)]
    assert [line.office_code for line in rank_offices(tied, "on_time").best] == ["cepat"]
    few = rank_offices(rows[:3], "on_time", size=10)
    assert (len(few.best), len(few.lowest)) == (2, 1)
    codes = [line.office_code for line in (*few.best, *few.lowest)]
    assert len(set(codes)) == 3
    by_attendance = rank_offices(rows, "attendance", size=3)
    assert [line.attendance_percent for line in by_attendance.best] == [100.0, 100.0, 90.0]
    # Equal attendance: the higher on-time % first (10: 50 %, 21: 5 %; 9: 45 %, 20: 0 %).
    assert [line.office_code for line in by_attendance.best] == ["10", "21", "09"]
    assert rank_offices([office_row("x", None)], "on_time").best == ()


@pytest.mark.parametrize(("percents", "flagged"), [
    ((80.0, 70.0, 60.0), True),  # falling every month
    ((80.0, 78.0, 76.0), False),  # falling, but less than LATE_TREND_STEADY_DROP in all
    ((80.0, 77.0, 75.0), True),  # falling by exactly LATE_TREND_STEADY_DROP
    ((80.0, 90.0, 70.0), True),  # up then down: LATE_TREND_DROP below the first
    ((80.0, 90.0, 71.0), False),  # up then down by less than LATE_TREND_DROP
    ((80.0, 70.0, 70.0), True),  # flat at the end, but LATE_TREND_DROP below the first
    ((80.0, 75.0, 76.0), False),
    ((None, 50.0, 10.0), False),  # a month without data: no trend
    ((50.0, 10.0), False),
    ((100.0, 20.0, 80.0, 75.0, 70.0), True),  # only the last three months count
])
def test_the_late_trend_rule(percents: tuple[float | None, ...], flagged: bool) -> None:
    assert (LATE_TREND_STEADY_DROP, LATE_TREND_DROP) == (5.0, 10.0)
    assert late_trend(percents) is flagged


def test_the_innovation_deadline_is_near_from_ninety_days_and_after_it() -> None:
    assert NEAR_DEADLINE_DAYS == 90
    assert innovation_near(90) and innovation_near(0) and innovation_near(-5)
    assert not innovation_near(91)
    assert innovation_near(120, near_days=120)
