"""Indonesian formatting of dates and numbers (23 November 2026, 1.234,5), via Babel."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

LOCALE = "id_ID"


def tanggal(day: date | None) -> str:
    """`23 November 2026`; empty for no date."""
    return "" if day is None else format_date(day, "d MMMM y", locale=LOCALE)


def tanggal_pendek(day: date | None) -> str:
    """`23-11-2026`, for table cells."""
    return "" if day is None else day.strftime("%d-%m-%Y")


def hari_tanggal(day: date) -> str:
    """`Rabu, 25 November 2026`."""
    return format_date(day, "EEEE, d MMMM y", locale=LOCALE)


def waktu(moment: datetime, tz: str = "Asia/Jakarta") -> str:
    """`25 November 2026 08.05` in the office's time zone."""
    return format_datetime(moment, "d MMMM y HH.mm", tzinfo=ZoneInfo(tz), locale=LOCALE)


def angka(value: float, digits: int = 0) -> str:
    """`1.234,5` with `digits` decimals."""
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def bulan(day: date) -> str:
    """`November 2026`: the month of `day`."""
    return format_date(day, "MMMM y", locale=LOCALE)


def hari(day: date) -> str:
    """`Senin`."""
    return format_date(day, "EEEE", locale=LOCALE)


def persen(value: float, digits: int = 1) -> str:
    """`66,7%`."""
    return angka(value, digits) + "%"


NO_FIGURE = "–"  # a figure there is none of (never shown as 0)


def persen_atau_strip(value: float | None) -> str:
    """`66,7%`, or "–" when there is no figure."""
    return NO_FIGURE if value is None else persen(value)


def angka_atau_strip(value: float | None, digits: int = 0) -> str:
    """`11,3`, or "–" when there is no figure."""
    return NO_FIGURE if value is None else angka(value, digits)


def nip_cetak(nip: str | None) -> str:
    """A NIP as printed under a signature: `19850312 201001 1 003`; other ids unchanged."""
    if not nip:
        return ""
    if len(nip) == 18 and nip.isdigit():
        return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    return nip
