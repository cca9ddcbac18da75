"""NIP: 18 digits whose birth date and appointment month are real and in a sensible order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ValidationError
from core.nip import parse_nip

TODAY = date(2026, 11, 25)


def test_a_valid_nip_tells_birth_date_appointment_and_gender() -> None:
    info = parse_nip("19850312 201001 1 003", TODAY)
    assert info.nip == "198503122010011003"
    assert info.birth_date == date(1985, 3, 12)
    assert info.appointed == date(2010, 1, 1)
    assert info.gender == "L"


def test_a_pppk_nip_carries_the_year_and_code_21() -> None:
    info = parse_nip("199001012022212001", TODAY)
    assert info.pppk and info.appointed == date(2022, 1, 1) and info.gender == "P"
    assert not parse_nip("198503122010011003", TODAY).pppk
    with pytest.raises(ValidationError, match="sebelum usia 18"):
        parse_nip("200601012023211001", TODAY)  # turns 17 in 2023


@pytest.mark.parametrize(("nip", "message"), [
    ("19850312201001100", "18 angka"),
    ("1985031220100110031", "18 angka"),
    ("19850312201001100X", "18 angka"),
    ("198502302010011003", "tanggal lahir"),     # 30 February
    ("198513012010011003", "tanggal lahir"),     # month 13
    ("198503122010131003", "bulan pengangkatan"),
    ("198503122010001003", "bulan pengangkatan"),
    ("198503122010013003", "angka ke-15"),
    ("199503122010011003", "sebelum usia 18"),   # appointed at 14
    ("198503122027011003", "masa depan"),
    ("195001012015011003", "lebih dari 60"),
    ("198503122010011000", "nomor urut"),
])
def test_a_wrong_nip_says_which_part_is_wrong(nip: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_nip(nip, TODAY)


def test_appointment_at_exactly_eighteen_is_accepted_and_a_month_earlier_is_not() -> None:
    assert parse_nip("199001012008011001", TODAY).appointed == date(2008, 1, 1)
    with pytest.raises(ValidationError, match="sebelum usia 18"):
        parse_nip("199002012008011001", TODAY)


@given(birth=st.dates(date(1966, 1, 1), date(1990, 12, 31)),
       years_later=st.integers(19, 35), month=st.integers(1, 12), gender=st.sampled_from("12"),
       serial=st.integers(1, 999))
def test_every_real_nip_is_accepted(birth: date, years_later: int, month: int, gender: str,
                                    serial: int) -> None:
    appointed_year = min(birth.year + years_later, 2026)
    if appointed_year == 2026:
        month = min(month, 11)
    nip = f"{birth:%Y%m%d}{appointed_year}{month:02d}{gender}{serial:03d}"
    assert parse_nip(nip, TODAY).birth_date == birth


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_any_eighteen_digits_are_either_accepted_or_refused_with_a_message(nip: str) -> None:
    try:
        info = parse_nip(nip, TODAY)
    except ValidationError as exc:
        assert exc.message.startswith("NIP") and exc.field == "nip"
    else:
        assert info.birth_date < info.appointed <= TODAY
        assert info.pppk == (nip[12:14] == "21")
