"""NIP (Nomor Induk Pegawai) of an ASN: 18 digits that carry dates which must be real.

Layout (PNS): YYYYMMDD birth date, YYYYMM appointment (TMT CPNS), 1 digit gender
(1 man, 2 woman), 3 digits serial number. PPPK numbers carry the appointment year and
the code 21 where a PNS number has the month: YYYYMMDD YYYY 21 G NNN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.errors import ValidationError

MIN_AGE_AT_APPOINTMENT = 18
MAX_AGE_AT_APPOINTMENT = 60
PPPK_CODE = "21"


@dataclass(frozen=True)
class NipInfo:
    nip: str
    birth_date: date
    appointed: date  # first day of the appointment month (PPPK: of the year)
    gender: str  # "L" or "P"
    pppk: bool = False


def normalize_nip(raw: str) -> str:
    """People type NIPs with spaces or dots in groups (19850312 201001 1 003)."""
    return "".join(ch for ch in raw if not ch.isspace() and ch not in ".-")


def parse_nip(raw: str, today: date) -> NipInfo:
    """Validate a NIP; raise `ValidationError` saying exactly which part is wrong."""
    nip = normalize_nip(raw)
    if not nip.isdigit() or len(nip) != 18:
        raise ValidationError(f"NIP harus 18 angka (tertulis {len(nip)} karakter).", "nip")
    try:
        birth = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise ValidationError(
            f"NIP salah: 8 angka pertama ({nip[0:8]}) harus tanggal lahir yang ada (TTTTBBHH).",
            "nip") from None
    pppk = nip[12:14] == PPPK_CODE
    try:
        appointed = date(int(nip[8:12]), 1 if pppk else int(nip[12:14]), 1)
    except ValueError:
        raise ValidationError(
            f"NIP salah: angka ke-9 s.d. 14 ({nip[8:14]}) harus bulan pengangkatan (TTTTBB), "
            "atau tahun pengangkatan dan kode 21 untuk PPPK.", "nip") from None
    if nip[14] not in "12":
        raise ValidationError("NIP salah: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).",
                              "nip")
    if birth > today:
        raise ValidationError("NIP salah: tanggal lahir di masa depan.", "nip")
    if appointed > today:
        raise ValidationError("NIP salah: bulan pengangkatan di masa depan.", "nip")
    # A PPPK number only tells the year: the person must turn 18 within it.
    age = appointed.year - birth.year - (
        0 if pppk else ((appointed.month, 1) < (birth.month, birth.day)))
    if age < MIN_AGE_AT_APPOINTMENT:
        raise ValidationError(
            f"NIP salah: pengangkatan {appointed:%m/%Y} terjadi sebelum usia "
            f"{MIN_AGE_AT_APPOINTMENT} tahun (lahir {birth:%d/%m/%Y}).", "nip")
    if age > MAX_AGE_AT_APPOINTMENT:
        raise ValidationError(
            f"NIP salah: usia saat pengangkatan lebih dari {MAX_AGE_AT_APPOINTMENT} tahun.",
            "nip")
    if nip[15:18] == "000":
        raise ValidationError("NIP salah: tiga angka terakhir (nomor urut) tidak boleh 000.",
                              "nip")
    return NipInfo(nip, birth, appointed, "L" if nip[14] == "1" else "P", pppk)
