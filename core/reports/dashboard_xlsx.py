"""The city dashboard as an Excel workbook: a summary, the totals per kecamatan (and the
city), and every office, with the same columns and the same figures as Beranda.

Percentages are stored as fractions shown as "66,7%"; a figure the hub does not have is an
empty cell, never 0. The file is written beside its target and then moved into place, so a
failure leaves any earlier file as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from core.errors import ValidationError
from core.formatting import tanggal
from core.reports.common import (
    XLSX_DATE,
    XLSX_DECIMAL,
    XLSX_INT,
    save_workbook,
    xlsx_key_values,
    xlsx_table,
)
from core.services.dashboard import CityDashboard, GroupTotals, OfficeRow
from core.services.innovation_tracker import STAGE_KEYS
from core.services.offices import LEVEL_LABELS

TITLE = "Beranda kota: kepatuhan kantor"
XLSX_PERCENT = "0.0%"
XLSX_DATETIME = "dd-mm-yyyy hh:mm"
STAGE_LABELS = dict(zip(STAGE_KEYS, ("Inisiatif", "Uji coba", "Penerapan"), strict=True))

# Columns both tables share: (header, width, format, value of a row or a total).
_SHARED: list[tuple[str, float, str | None, Any]] = [
    ("Hari kerja dinilai", 10, XLSX_INT, lambda r: r.service_days),
    ("Buka tepat waktu (hari)", 11, XLSX_INT, lambda r: r.on_time_days),
    ("Tepat waktu", 10, XLSX_PERCENT, lambda r: _fraction(r.on_time_percent)),
    ("Rata-rata terlambat (menit)", 12, XLSX_DECIMAL, lambda r: r.average_minutes_late),
    ("Kehadiran pegawai", 10, XLSX_PERCENT, lambda r: _fraction(r.attendance_percent)),
    ("Sidak", 8, XLSX_INT, lambda r: r.sidak_visits),
    ("Temuan sidak", 9, XLSX_INT, lambda r: r.sidak_findings),
    ("Ketidaksesuaian", 12, XLSX_INT, lambda r: r.discrepancies),
    ("Pengaduan masuk", 10, XLSX_INT, lambda r: r.complaints_received),
    ("Pengaduan terbuka", 10, XLSX_INT, lambda r: r.complaints_open),
    ("Pengaduan lewat batas", 11, XLSX_INT, lambda r: r.complaints_overdue),
    ("Pungli terverifikasi", 11, XLSX_INT, lambda r: r.pungli_verified),
    ("Rekomendasi rotasi", 11, XLSX_INT, lambda r: r.rotation_alerts),
    ("Inovasi", 8, XLSX_INT, lambda r: r.innovations),
]

_OFFICE_HEAD: list[tuple[str, float, str | None, Any]] = [
    ("Kecamatan", 20, None, lambda r: r.kecamatan_name),
    ("Kode", 15, None, lambda r: r.office_code),
    ("Kantor", 32, None, lambda r: r.office_name),
    ("Jenis", 11, None, lambda r: LEVEL_LABELS[r.level]),
]


def _office_tail(zone: ZoneInfo) -> list[tuple[str, float, str | None, Any]]:
    return [
        ("Tahap inovasi tertinggi", 12, None,
         lambda r: STAGE_LABELS.get(r.best_stage or "", "")),
        ("Risiko inovasi", 14, None, lambda r: r.innovation_risk),
        ("Triwulan PK", 9, XLSX_INT, lambda r: r.pk_quarter),
        ("Capaian PK (%)", 10, XLSX_DECIMAL,
         lambda r: None if r.pk_capaian is None else float(r.pk_capaian)),
        ("Predikat PK", 9, None, lambda r: r.pk_grade or ""),
        ("Data sampai", 12, XLSX_DATE, lambda r: r.data_until),
        ("Sinkron terakhir", 16, XLSX_DATETIME, lambda r: _local(r.last_sync, zone)),
        ("Hari tanpa kiriman", 10, XLSX_INT, lambda r: r.days_silent),
    ]


_GROUP_HEAD: list[tuple[str, float, str | None, Any]] = [
    ("Kecamatan", 28, None, lambda g: g.name),
    ("Kantor", 8, XLSX_INT, lambda g: g.offices),
]
_GROUP_TAIL: list[tuple[str, float, str | None, Any]] = [
    ("Kantor berisiko (inovasi)", 11, XLSX_INT, lambda g: g.offices_at_risk),
    ("Capaian PK rata-rata (%)", 11, XLSX_DECIMAL,
     lambda g: None if g.pk_capaian is None else float(g.pk_capaian)),
    ("Predikat PK", 9, None, lambda g: g.pk_grade or ""),
    ("Kantor tanpa kiriman", 10, XLSX_INT, lambda g: g.silent_offices),
]


def _fraction(percent: float | None) -> float | None:
    return None if percent is None else percent / 100


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """Excel has no time zones: the city's wall time."""
    return None if moment is None else moment.astimezone(zone).replace(tzinfo=None)


def _table(sheet: Any, columns: Sequence[tuple[str, float, str | None, Any]],
           items: Sequence[Any], total: Any | None = None) -> None:
    xlsx_table(sheet, [c[0] for c in columns], [[c[3](item) for c in columns]
                                                 for item in items],
               [c[1] for c in columns], [c[2] for c in columns],
               total=None if total is None else [c[3](total) for c in columns])


def dashboard_workbook(dashboard: CityDashboard) -> Workbook:
    """Sheets "Ringkasan", "Per kecamatan" (the city's total last) and "Semua kantor"."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Ringkasan"
    city: GroupTotals = dashboard.city
    xlsx_key_values(summary, TITLE, f"Bulan {dashboard.month_label}, keadaan per "
                    f"{tanggal(dashboard.today)}", [
        ("Bulan", dashboard.month_label, None),
        ("Dinilai sampai", dashboard.period_end, XLSX_DATE),
        ("Kecamatan", _filter_name(dashboard), None),
        ("Kantor", city.offices, XLSX_INT),
        ("Tepat waktu (kota)", _fraction(city.on_time_percent), XLSX_PERCENT),
        ("Kehadiran pegawai (kota)", _fraction(city.attendance_percent), XLSX_PERCENT),
        ("Kantor tanpa kiriman", city.silent_offices, XLSX_INT),
        ("Rekomendasi rotasi", city.rotation_alerts, XLSX_INT),
        ("Batas waktu inovasi", dashboard.innovation_deadline, XLSX_DATE),
    ])
    groups = book.create_sheet("Per kecamatan")
    _table(groups, [*_GROUP_HEAD, *_SHARED, *_GROUP_TAIL], dashboard.per_kecamatan, city)
    offices = book.create_sheet("Semua kantor")
    rows: list[OfficeRow] = dashboard.rows
    _table(offices, [*_OFFICE_HEAD, *_SHARED, *_office_tail(ZoneInfo(dashboard.timezone))],
           rows)
    return book


def _filter_name(dashboard: CityDashboard) -> str:
    if dashboard.kecamatan is None:
        return "Semua kecamatan"
    return dashboard.per_kecamatan[0].name if dashboard.per_kecamatan else dashboard.kecamatan


def write_dashboard_xlsx(dashboard: CityDashboard, path: Path) -> Path:
    """Write the workbook to `path` (a temporary file beside it, then moved into place).
    A folder that cannot be written is a ValidationError saying so; nothing is left."""
    target = Path(path)
    book = dashboard_workbook(dashboard)
    try:
        save_workbook(book, target, f"{TITLE} — {dashboard.month_label}")
    except OSError as error:
        raise ValidationError(
            f"Berkas {target} tidak dapat ditulis: folder {target.parent} tidak dapat "
            f"dipakai ({error.strerror or error}). Pilih folder lain.", "path") from error
    return target
