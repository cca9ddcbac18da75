"""Perjanjian kinerja at the office: the capaian math at its edges, grades on the city's
scale, what input is refused, the baseline carried forward and which quarters are due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.pk import (
    CLAMPED,
    NAIK,
    OVER_TARGET,
    TURUN,
    PkForm,
    add_indicator,
    capaian,
    capaian_note,
    carry_forward,
    city_capaian,
    grade,
    parse_number,
    pk_summary,
    quarters_due,
    record_realisation,
    remove_indicator,
    update_indicator,
)
from core.services.rules import DEFAULTS
from db.models import ChangeLogEntry, PkRealisation
from tests.conftest import OFFICE_CODE, FakeClock

SCALE = DEFAULTS["pk_grade_scale"]
D = Decimal


def form(**changes: str) -> PkForm:
    values = {"goal": "Meningkatnya kualitas pelayanan publik",
              "name": "Indeks kepuasan masyarakat", "unit": "%", "polarity": NAIK,
              "target": "85,5", "target_q1": "80", "target_q2": "82", "target_q3": "84",
              "target_q4": ""}
    values.update(changes)
    return PkForm(**values)  # type: ignore[arg-type]


# --- the math ---------------------------------------------------------------------------

@pytest.mark.parametrize(("r", "t", "polarity", "expected"), [
    ("90", "100", NAIK, "90.00"),
    ("85.5", "85.5", NAIK, "100.00"),
    ("120", "100", NAIK, "120.00"),  # above target: not capped
    ("1", "3", NAIK, "33.33"),
    ("2", "3", NAIK, "66.67"),  # half up
    ("0", "50", NAIK, "0.00"),
    ("5", "10", TURUN, "150.00"),  # lower is better: half the target is 150
    ("10", "10", TURUN, "100.00"),
    ("20", "10", TURUN, "0.00"),  # exactly twice the target
    ("35", "10", TURUN, "0.00"),  # above twice the target: clamped at 0
])
def test_capaian_is_r_over_t_or_two_minus_it(r: str, t: str, polarity: str,
                                             expected: str) -> None:
    assert capaian(D(r), D(t), polarity) == D(expected)
    assert str(capaian(D(r), D(t), polarity)) == expected


def test_no_capaian_without_a_realisation_or_a_target() -> None:
    assert capaian(None, D(10), NAIK) is None
    assert capaian(D(1), None, NAIK) is None
    assert capaian(D(1), D(0), NAIK) is None


def test_above_target_and_clamped_values_are_flagged() -> None:
    assert capaian_note(D(120), D(100), NAIK) == OVER_TARGET
    assert capaian_note(D(100), D(100), NAIK) == ""
    assert capaian_note(D(4), D(10), TURUN) == OVER_TARGET
    assert capaian_note(D(35), D(10), TURUN) == CLAMPED
    assert capaian_note(D(20), D(10), TURUN) == ""


@pytest.mark.parametrize(("value", "expected"), [
    ("100", "AA"), ("90.01", "AA"), ("90.00", "A"), ("80.01", "A"), ("80", "BB"),
    ("70", "B"), ("60", "CC"), ("50.00", "C"), ("30.01", "C"), ("30", "D"), ("0", "D"),
    ("250", "AA"),
])
def test_a_grade_needs_strictly_more_than_its_bound(value: str, expected: str) -> None:
    assert grade(D(value), SCALE) == expected


def test_no_capaian_has_no_grade() -> None:
    assert grade(None, SCALE) == ""


def test_the_grade_is_judged_on_the_rounded_capaian() -> None:
    # 90.004 shows as 90,00 and so is A, not AA.
    value = capaian(D("90.004"), D(100), NAIK)
    assert value == D("90.00") and grade(value, SCALE) == "A"


@pytest.mark.parametrize(("typed", "stored"), [
    ("85,5", "85.5"), ("85.5", "85.5"), (" 85,50 ", "85.5"), ("1.234,5", "1234.5"),
    ("100", "100"), ("0", "0"), ("90%", "90"), ("0,25", "0.25"),
])
def test_numbers_accept_the_indonesian_decimal_comma(typed: str, stored: str) -> None:
    assert parse_number(typed, "Realisasi", "value") == stored


@pytest.mark.parametrize(("typed", "message"), [
    ("-5", "tidak boleh negatif"), ("abc", "bukan angka"), ("1,2,3", "bukan angka"),
    ("12.34.5", "bukan angka"), ("1e5", "bukan angka"), ("", "wajib diisi"),
    ("1,23456", "paling banyak 4 angka"),
])
def test_bad_numbers_are_refused(typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_number(typed, "Realisasi", "value")


def test_quarters_are_due_once_they_have_ended() -> None:
    assert quarters_due(2026, date(2026, 11, 25)) == (1, 2, 3)
    assert quarters_due(2026, date(2026, 3, 31)) == ()
    assert quarters_due(2026, date(2026, 4, 1)) == (1,)
    assert quarters_due(2025, date(2026, 1, 1)) == (1, 2, 3, 4)
    assert quarters_due(2027, date(2026, 11, 25)) == ()


# --- the service ------------------------------------------------------------------------

def test_an_indicator_with_quarterly_realisation_gets_capaian_and_grades(
        office: AppContext, operator: Actor) -> None:
    with office.write(operator) as uow:
        indicator = add_indicator(uow, 2026, form())
        record_realisation(uow, indicator, 1, "79,2", "Laporan survei IKM triwulan I")
        record_realisation(uow, indicator, 3, "86", "Laporan survei IKM triwulan III")
    with office.read() as session:
        [row] = pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25))
    assert (row.target, row.quarter(1).target, row.quarter(4).target) == ("85.5", "80", "85.5")
    assert row.quarter(1).capaian == D("99.00") and row.quarter(1).grade == "AA"
    assert row.quarter(2).missing and row.missing_quarters == (2,)
    assert row.quarter(3).capaian == D("102.38") and row.quarter(3).note == OVER_TARGET
    assert not row.quarter(4).due and not row.quarter(4).missing
    # The year so far: the latest quarter's realisation against the year's target.
    assert row.latest_quarter == 3
    assert row.year_result.realisation == "86" and row.year_result.capaian == D("100.58")
    assert row.year_result.grade == "AA"


def test_recording_a_quarter_again_is_a_new_revision_of_the_same_row(
        office: AppContext, operator: Actor) -> None:
    with office.write(operator) as uow:
        indicator = add_indicator(uow, 2026, form())
        record_realisation(uow, indicator, 2, "70", "Laporan triwulan II")
    with office.write(operator) as uow:
        record_realisation(uow, indicator, 2, "81,5", "Laporan triwulan II (revisi)")
    with office.read() as session:
        rows = list(session.scalars(select(PkRealisation)))
        assert [(r.value, r.rev, r.evidence) for r in rows] == [
            ("81.5", 2, "Laporan triwulan II (revisi)")]
        logged = list(session.scalars(select(ChangeLogEntry.op).where(
            ChangeLogEntry.table_name == "pk_realisation")))
    assert logged == ["insert", "update"]


def test_a_target_of_zero_is_refused_with_a_clear_message(office: AppContext,
                                                          operator: Actor) -> None:
    with pytest.raises(ValidationError, match="tidak boleh 0") as caught, \
            office.write(operator) as uow:
        add_indicator(uow, 2026, form(target="0"))
    assert caught.value.field == "target"
    assert "R/T tidak terdefinisi" in caught.value.message
    with pytest.raises(ValidationError, match="Target triwulan II tidak boleh 0") as quarter, \
            office.write(operator) as uow:
        add_indicator(uow, 2026, form(target_q2="0,0"))
    assert quarter.value.field == "target_q2"
    with office.read() as session:
        assert pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25)) == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"goal": " "}, "goal"), ({"name": ""}, "name"), ({"unit": ""}, "unit"),
    ({"polarity": "atas"}, "polarity"), ({"target": ""}, "target"),
    ({"target": "-1"}, "target"), ({"baseline": "tinggi"}, "baseline"),
    ({"target_q3": "x"}, "target_q3"),
])
def test_an_incomplete_indicator_is_refused(office: AppContext, operator: Actor,
                                            changes: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught, office.write(operator) as uow:
        add_indicator(uow, 2026, form(**changes))
    assert caught.value.field == field


def test_realisation_above_target_is_kept_and_shown(office: AppContext,
                                                    operator: Actor) -> None:
    with office.write(operator) as uow:
        indicator = add_indicator(uow, 2026, form(target="10", target_q1="2",
                                                  target_q2="", target_q3=""))
        record_realisation(uow, indicator, 1, "7", "Dokumen kegiatan")
    with office.read() as session:
        [row] = pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25))
    assert row.quarter(1).capaian == D("350.00") and row.quarter(1).note == OVER_TARGET
    assert row.quarter(2).capaian is None and row.quarter(2).grade == ""


def test_lower_is_better_beyond_twice_the_target_is_clamped_at_zero(
        office: AppContext, operator: Actor) -> None:
    with office.write(operator) as uow:
        indicator = add_indicator(uow, 2026, form(
            name="Rata-rata waktu layanan surat", unit="menit", polarity=TURUN, target="15",
            target_q1="20", target_q2="", target_q3=""))
        record_realisation(uow, indicator, 1, "45", "Buku register layanan")
    with office.read() as session:
        [row] = pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25))
    assert row.quarter(1).capaian == D("0.00") and row.quarter(1).note == CLAMPED
    assert row.quarter(1).grade == "D" and row.quarter(1).low


def test_realisation_input_rules(office: AppContext, operator: Actor, clock: FakeClock
                                 ) -> None:
    with office.write(operator) as uow:
        this_year = add_indicator(uow, 2026, form())
        next_year = add_indicator(uow, 2027, form())
    cases = [
        (this_year, 4, "80", "Laporan", "quarter"),  # Q4 starts 1 October: allowed below
        (next_year, 1, "80", "Laporan triwulan", "quarter"),
        (this_year, 5, "80", "Laporan triwulan", "quarter"),
        (this_year, 1, "-3", "Laporan triwulan", "value"),
        (this_year, 1, "delapan", "Laporan triwulan", "value"),
        (this_year, 1, "80", " ", "evidence"),
    ]
    for indicator, quarter, value, evidence, field in cases[1:]:
        with pytest.raises(ValidationError) as caught, office.write(operator) as uow:
            record_realisation(uow, indicator, quarter, value, evidence)
        assert caught.value.field == field, (quarter, value, evidence)
    with pytest.raises(ValidationError, match="belum dimulai") as early, \
            office.write(operator) as uow:
        record_realisation(uow, next_year, 1, "80", "Laporan triwulan")
    assert "1 Januari 2027" in early.value.message
    # The current quarter (Q4 on 25 November) can be recorded already.
    with office.write(operator) as uow:
        record_realisation(uow, this_year, 4, "80", "Laporan sementara")


def test_update_and_remove_an_indicator(office: AppContext, operator: Actor) -> None:
    with office.write(operator) as uow:
        first = add_indicator(uow, 2026, form())
        second = add_indicator(uow, 2026, form(name="Jumlah inovasi"))
        record_realisation(uow, first, 1, "80", "Laporan survei")
    with office.write(operator) as uow:
        update_indicator(uow, second, form(name="Jumlah inovasi pelayanan", unit="inovasi",
                                           target="2", target_q1="", target_q2="1",
                                           target_q3="1", target_q4="2"))
        remove_indicator(uow, first)
    with office.read() as session:
        rows = pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25))
        assert list(session.scalars(select(PkRealisation.deleted_at))) != [None]
    assert [(r.name, r.unit, r.position, r.target) for r in rows] == [
        ("Jumlah inovasi pelayanan", "inovasi", 2, "2")]


def test_last_years_realisation_becomes_the_baseline(office: AppContext, operator: Actor,
                                                     clock: FakeClock) -> None:
    with office.write(operator) as uow:
        surveyed = add_indicator(uow, 2025, form())
        add_indicator(uow, 2025, form(name="Jumlah pengaduan", polarity=TURUN, target="12"))
        record_realisation(uow, surveyed, 2, "81", "Laporan survei II")
        record_realisation(uow, surveyed, 4, "84,75", "Laporan survei IV")
    with office.write(operator) as uow:
        assert carry_forward(uow, 2026) == 2
    with office.read() as session:
        rows = pk_summary(session, OFFICE_CODE, 2026, date(2026, 11, 25))
    assert [(r.name, r.polarity, r.baseline, r.target, r.previous_id is not None)
            for r in rows] == [
        ("Indeks kepuasan masyarakat", NAIK, "84.75", None, True),
        ("Jumlah pengaduan", TURUN, None, None, True)]
    # Copying again adds nothing; the target is filled in afterwards.
    with office.write(operator) as uow:
        assert carry_forward(uow, 2026) == 0
        update_indicator(uow, rows[0].id, form(baseline="84,75"))
    with pytest.raises(ValidationError, match="tahun 2023"), office.write(operator) as uow:
        carry_forward(uow, 2024)


def test_only_the_office_writes_its_pk(hub: AppContext, admin: Actor) -> None:
    with pytest.raises(PermissionDenied), hub.write(admin) as uow:
        add_indicator(uow, 2026, form())


def test_another_scale_grades_by_its_own_bounds() -> None:
    scale = [[75, "Baik"], [50, "Cukup"], [0, "Kurang"]]
    assert [grade(D(v), scale) for v in ("75.01", "75", "50", "0")] == [
        "Baik", "Cukup", "Kurang", "Kurang"]


def test_city_capaian_lists_every_office_and_missing_quarters(office: AppContext,
                                                              operator: Actor) -> None:
    with office.write(operator) as uow:
        first = add_indicator(uow, 2026, form())
        second = add_indicator(uow, 2026, form(name="Jumlah inovasi", target="4",
                                               target_q1="1", target_q2="2", target_q3="3"))
        for quarter, value in ((1, "80"), (2, "82"), (3, "84")):
            record_realisation(uow, first, quarter, value, "Laporan survei")
        record_realisation(uow, second, 1, "1", "SK inovasi")
    with office.read() as session:
        offices = {o.office_code: o for o in city_capaian(session, 2026, date(2026, 11, 25))}
    mine = offices[OFFICE_CODE]
    assert mine.indicators == 2 and mine.kecamatan == "15.71.01"
    assert mine.quarters == (D("100.00"), D("100.00"), D("100.00"), None)
    assert mine.missing_quarters == (2, 3)
    assert mine.year_capaian == D("61.63")  # (98.25 + 25.00) / 2 = 61.625, half up
    assert mine.year_grade == "B"
    other = offices["15.71.01.1002"]
    assert other.indicators == 0 and other.missing_quarters == (1, 2, 3)
    assert "15.71" not in offices  # the city itself has no PK here


def test_the_hub_groups_offices_by_kecamatan_as_the_innovation_tracker_does(
        hub: AppContext, admin: Actor) -> None:
    from core.services.innovation_tracker import tracker
    from core.services.offices import add_unit

    with hub.write(admin) as uow:
        add_unit(uow, "15.71.PKM.003", "Puskesmas Telanaipura", parent_code="15.71.01")
        add_unit(uow, "15.71.OPD.009", "Dinas Komunikasi dan Informatika")
    today = date(2026, 11, 25)
    with hub.read() as session:
        pk = {o.office_code: o.kecamatan for o in city_capaian(session, 2026, today)}
        tracked = {r.office_code: r.kecamatan_code or None
                   for r in tracker(session, today).rows}
    assert pk["15.71.PKM.003"] == "15.71.01"  # a unit the city put under a kecamatan
    assert pk["15.71.OPD.009"] is None  # a unit of the city itself: no kecamatan
    assert pk["15.71.01"] == "15.71.01" and pk[OFFICE_CODE] == "15.71.01"
    assert pk == tracked
