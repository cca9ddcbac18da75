"""Laporan bulanan: one office's month of opening hours, attendance, services and
corrections, as a signed-off PDF and as an Excel workbook with the same tables.

`monthly_report_data` gathers everything the report shows into `MonthlyReportData`;
`write_monthly_pdf` and `write_monthly_xlsx` only lay it out. The verification code is
computed from that data (without the printing date), so a report printed again from the
same data carries the same code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.formatting import angka, bulan, hari, nip_cetak, persen, tanggal, tanggal_pendek
from core.reports.common import (
    CONTENT_WIDTH,
    STYLES,
    XLSX_DATE,
    XLSX_DECIMAL,
    XLSX_INT,
    XLSX_LONG_DATE,
    Letterhead,
    PdfReport,
    Signatory,
    VerifiedReport,
    cell,
    city_place,
    data_table,
    escape,
    figure_boxes,
    heading,
    key_value_table,
    note,
    office_letterhead,
    office_signatory,
    save_workbook,
    signature_block,
    title_block,
    write_pdf,
    xlsx_key_values,
    xlsx_table,
)
from core.services.attendance import STATUSES, monthly_recap
from core.services.calendar import format_hhmm
from core.services.month_lock import month_key
from core.services.offices import Level, find_office, get_office
from core.services.rules import rule
from core.services.service_hours import (
    CLOSED,
    MISSING,
    OFF,
    day_statuses,
    month_figures,
    month_range,
)
from core.services.service_register import OUTCOMES, Tally, counts_by_type
from db.models import (
    Amendment,
    Attendance,
    ChangeLogEntry,
    MonthLock,
    Office,
    Staff,
    User,
)

REPORT_KIND = "laporan-bulanan"
TITLE = "LAPORAN BULANAN KEPATUHAN KANTOR"
SUBTITLE = "Jam Layanan, Kehadiran Pegawai dan Layanan Masyarakat"
LEAVE = tuple(code for code in STATUSES if code.startswith("C-"))
# Columns of the attendance recap, in the order of the printed form.
PRESENT_COLUMNS = ("H", "TL", "PSW", "DL", "TB", "WFH")
ABSENT_COLUMNS = ("I", "S", "C", "TK")
NONE = "–"

_FIELD_LABELS = {
    ("day_log", "opened_local"): "Jam buka",
    ("day_log", "closed_local"): "Jam tutup",
    ("day_log", "closed_all_day"): "Kantor tutup sehari",
    ("day_log", "reason"): "Alasan hari itu",
    ("attendance", "status"): "Absensi",
    ("service_record", "deleted_at"): "Pembatalan layanan",
}


@dataclass(frozen=True)
class DayRow:
    day: date
    weekday: str  # "Senin"
    working: bool
    schedule: str  # "07.30–16.00"; empty on a day off
    off_reason: str  # "akhir pekan", a holiday's name
    opened: str | None  # "07.42", after corrections
    closed: str | None
    minutes_late: int
    minutes_early: int
    status: str  # service_hours statuses: "tepat waktu", "terlambat", …
    reason: str
    amended: bool


@dataclass(frozen=True)
class Figures:
    working_days: int
    recorded_days: int
    on_time_days: int
    late_days: int
    early_days: int
    missing_days: int
    closed_days: int
    on_time_percent: float
    average_minutes_late: float


@dataclass(frozen=True)
class StaffLine:
    name: str
    identifier: str  # NIP or local staff number
    position: str
    working_days: int
    counts: dict[str, int]  # every code of STATUSES
    tl_bands: tuple[int, ...]  # days in TL1, TL2, …
    psw_bands: tuple[int, ...]
    present: int
    attendance_percent: float

    @property
    def leave(self) -> int:
        return sum(self.counts[code] for code in LEAVE)

    def column(self, code: str) -> int:
        """A printed status column: "C" sums every kind of cuti."""
        return self.leave if code == "C" else self.counts[code]


@dataclass(frozen=True)
class ServiceLine:
    code: str
    name: str
    count: int
    outcomes: dict[str, int]  # selesai, diproses, ditolak
    minutes: int  # in all

    @property
    def average_minutes(self) -> float:
        return self.minutes / self.count if self.count else 0.0


@dataclass(frozen=True)
class AmendmentLine:
    day: date
    subject: str  # "Jam buka", "Absensi Budi Santoso"
    old: str
    new: str
    reason: str
    by: str  # who recorded it, from the change log; empty when not known here
    recorded_on: date


@dataclass(frozen=True)
class MonthlyReportData(VerifiedReport):
    KIND = REPORT_KIND

    office_code: str
    office_name: str  # "Kelurahan Simpang IV Sipin"
    parent_name: str  # "Kecamatan Telanaipura"; empty when none
    month: date  # first day
    period_end: date  # last day covered: the month's end, or today in a running month
    complete: bool
    locked: bool
    locked_on: date | None
    lock_note: str
    figures: Figures
    days: tuple[DayRow, ...]
    band_count: int
    staff: tuple[StaffLine, ...]
    services: tuple[ServiceLine, ...]
    amendments: tuple[AmendmentLine, ...]
    letterhead: Letterhead
    signatory: Signatory
    printed_on: date  # not part of the verification code

    @property
    def month_label(self) -> str:
        return bulan(self.month)

    def qr_subject(self) -> str:
        return f"{self.office_code}|{month_key(self.month)}"


# --- gathering ---------------------------------------------------------------------------


def monthly_report_data(session: Session, office_code: str, month_first: date,
                        today: date) -> MonthlyReportData:
    """Everything the monthly report of `office_code` shows, up to `today`."""
    office = get_office(session, office_code)
    if office.level is Level.KOTA:
        raise ValidationError(f"{office.display_name} bukan kantor pelayanan: laporan bulanan "
                              "dibuat per kelurahan, kecamatan atau unit.", "office")
    first = month_first.replace(day=1)
    if first > today:
        raise ValidationError(f"Bulan {bulan(first)} belum dimulai (hari ini "
                              f"{tanggal(today)}).", "month")
    start, end = month_range(first)
    period_end = min(end, today)
    parent = find_office(session, office.parent_code) if office.parent_code else None
    statuses = day_statuses(session, office_code, start, end, today)
    days = tuple(DayRow(
        day=s.day, weekday=hari(s.day), working=s.counted,
        schedule=(f"{format_hhmm(s.rule.schedule.opens)}–{format_hhmm(s.rule.schedule.closes)}"
                  if s.rule.schedule else ""),
        off_reason=s.rule.off_reason or "", opened=s.opened, closed=s.closed,
        minutes_late=s.minutes_late, minutes_early=s.minutes_early, status=s.status,
        reason=s.reason, amended=s.amended) for s in statuses)
    base = month_figures(statuses)
    working = [s for s in statuses if s.counted]
    figures = Figures(
        working_days=base.working_days, recorded_days=base.recorded_days,
        on_time_days=base.on_time_days,
        late_days=sum(1 for s in working if s.minutes_late > 0),
        early_days=sum(1 for s in working if s.minutes_early > 0),
        missing_days=base.missing_days, closed_days=base.closed_days,
        on_time_percent=base.on_time_percent, average_minutes_late=base.average_minutes_late)
    lock = session.scalars(select(MonthLock).where(
        MonthLock.office_code == office_code, MonthLock.month == month_key(first),
        MonthLock.deleted_at.is_(None))).first()
    timezone = ZoneInfo(session.scalars(select(Office.timezone).where(
        Office.code == office_code)).one())
    band_count = int(rule(session, "band_count"))
    return MonthlyReportData(
        office_code=office_code, office_name=office.display_name,
        parent_name=parent.display_name if parent and parent.level is not Level.KOTA else "",
        month=first, period_end=period_end, complete=end <= today,
        locked=lock is not None,
        locked_on=lock.created_at.astimezone(timezone).date() if lock else None,
        lock_note=lock.note if lock else "",
        figures=figures, days=days, band_count=band_count,
        staff=_staff_lines(session, office_code, first, today, band_count),
        services=_service_lines(session, office_code, start, end),
        amendments=_amendment_lines(session, office_code, start, end, timezone),
        letterhead=office_letterhead(session, office_code),
        signatory=office_signatory(session, office_code),
        printed_on=today)


def _staff_lines(session: Session, office_code: str, first: date, today: date,
                 band_count: int) -> tuple[StaffLine, ...]:
    recaps = monthly_recap(session, office_code, first, today)
    people = {s.id: s for s in session.scalars(select(Staff).where(
        Staff.id.in_([r.staff_id for r in recaps])))} if recaps else {}
    lines = []
    for recap in recaps:
        person = people[recap.staff_id]
        lines.append(StaffLine(
            name=recap.name, identifier=person.nip or person.local_id or "",
            position=person.position, working_days=recap.working_days,
            counts={code: recap.counts.get(code, 0) for code in STATUSES},
            tl_bands=tuple(recap.tl_bands.get(n, 0) for n in range(1, band_count + 1)),
            psw_bands=tuple(recap.psw_bands.get(n, 0) for n in range(1, band_count + 1)),
            present=recap.present, attendance_percent=recap.attendance_percent))
    return tuple(lines)


def _service_lines(session: Session, office_code: str, start: date, end: date
                   ) -> tuple[ServiceLine, ...]:
    """Every active service type (zero included) and any other type that was delivered,
    in the register's order ("Layanan lainnya" last)."""
    counts = counts_by_type(session, office_code, start, end)
    lines = []
    for code in counts.types:
        tally = counts.by_type.get(code, Tally())
        lines.append(ServiceLine(
            code=code, name=counts.names[code], count=tally.count,
            outcomes={outcome: tally.outcomes.get(outcome, 0) for outcome in OUTCOMES},
            minutes=tally.minutes))
    return tuple(lines)


def _amendment_lines(session: Session, office_code: str, start: date, end: date,
                     timezone: ZoneInfo) -> tuple[AmendmentLine, ...]:
    rows = list(session.scalars(select(Amendment).where(
        Amendment.office_code == office_code, Amendment.deleted_at.is_(None),
        Amendment.day >= start, Amendment.day <= end)
        .order_by(Amendment.day, Amendment.created_at, Amendment.id)))
    if not rows:
        return ()
    actors = _pairs(session.execute(select(ChangeLogEntry.row_id, ChangeLogEntry.actor).where(
        ChangeLogEntry.table_name == "amendment", ChangeLogEntry.op == "insert",
        ChangeLogEntry.row_id.in_([r.id for r in rows]))))
    names = _pairs(session.execute(select(User.username, User.full_name).where(
        User.office_code == office_code, User.deleted_at.is_(None))))
    staff_names = _pairs(session.execute(
        select(Attendance.id, Staff.name).join(Staff, Staff.id == Attendance.staff_id)
        .where(Attendance.id.in_([r.target_id for r in rows
                                  if r.target_table == "attendance"]))))
    lines = []
    for row in rows:
        subject = _FIELD_LABELS.get((row.target_table, row.field),
                                    f"{row.target_table}.{row.field}")
        if row.target_table == "attendance" and row.target_id in staff_names:
            subject = f"{subject} {staff_names[row.target_id]}"
        actor = actors.get(row.id, "")
        lines.append(AmendmentLine(
            day=row.day, subject=subject, old=_shown(row.field, row.old_value),
            new=_shown(row.field, row.new_value), reason=row.reason,
            by=names.get(actor, actor), recorded_on=row.created_at.astimezone(timezone).date()))
    return tuple(lines)


def _pairs(rows: Iterable[Any]) -> dict[str, str]:
    return {key: value for key, value in rows}


def _shown(field: str, value: str | None) -> str:
    if value is None or value == "":
        return NONE
    if field in ("opened_local", "closed_local"):
        return value.replace(":", ".")
    if field == "closed_all_day":
        return "ya" if value == "1" else "tidak"
    return value


# --- PDF -----------------------------------------------------------------------------------


def _dash(value: int) -> str:
    return angka(value) if value else NONE


def _status_label(row: DayRow) -> str:
    if not row.working:
        return "Libur" if row.status == OFF else row.status.capitalize()
    return row.status.capitalize()


def _period(data: MonthlyReportData) -> str:
    text = f"{data.month.day}–{tanggal(data.period_end)}"
    if not data.complete:
        text += " (bulan berjalan: data sampai hari ini)"
    return text


def _lock_text(data: MonthlyReportData) -> str:
    if data.locked:
        text = "Dikunci pimpinan"
        if data.locked_on:
            text += f" pada {tanggal(data.locked_on)}"
        return text + "; perubahan sesudahnya tercatat sebagai koreksi."
    return "Belum dikunci: data bulan ini masih dapat berubah."


def _summary_sentence(data: MonthlyReportData) -> str:
    f = data.figures
    if not f.working_days:
        return "Tidak ada hari kerja pada periode ini."
    parts = [f"Dari {f.working_days} hari kerja, kantor dibuka dan ditutup tepat waktu pada "
             f"{f.on_time_days} hari ({persen(f.on_time_percent)})"]
    details = []
    if f.late_days:
        details.append(f"terlambat dibuka pada {f.late_days} hari")
    if f.early_days:
        details.append(f"ditutup sebelum waktunya pada {f.early_days} hari")
    if f.closed_days:
        details.append(f"tutup pada {f.closed_days} hari")
    if f.missing_days:
        details.append(f"tidak tercatat pada {f.missing_days} hari")
    text = parts[0]
    if details:
        text += "; " + (", ".join(details[:-1]) + " dan " + details[-1] if len(details) > 1
                        else details[0])
    text += "."
    if f.recorded_days:
        text += (f" Rata-rata keterlambatan buka {angka(f.average_minutes_late, 1)} menit "
                 f"dari {f.recorded_days} hari yang tercatat.")
    return text


def _day_table(data: MonthlyReportData) -> Flowable:
    widths = [mm * w for w in (16, 13, 19, 10, 10, 17, 18, 24)]
    widths.append(CONTENT_WIDTH - sum(widths))
    header = [["Tanggal", "Hari", "Jadwal", "Buka", "Tutup", "Terlambat (menit)",
               "Pulang cepat (menit)", "Status", "Alasan / keterangan"]]
    rows: list[list[Any]] = []
    shaded = []
    for index, row in enumerate(data.days):
        if not row.working:
            shaded.append(index)
        warn = row.status in (MISSING,) or row.minutes_late or row.minutes_early
        status = cell(_status_label(row), color="#a3200f" if warn else None,
                      bold=bool(warn))
        remark = row.reason if row.working else (row.off_reason.capitalize() + (
            f" — {row.reason}" if row.reason else ""))
        if row.amended:
            remark = (remark + " " if remark else "") + "(dikoreksi, lihat bagian E)"
        if row.status == CLOSED and not remark:
            remark = "Kantor tutup"
        rows.append([tanggal_pendek(row.day), row.weekday, row.schedule or NONE,
                     row.opened or NONE, row.closed or NONE,
                     _dash(row.minutes_late) if row.working else "",
                     _dash(row.minutes_early) if row.working else "", status, remark])
    return data_table(header, rows, widths, "LLCCCRRLL", shaded_rows=shaded)


def _staff_table(data: MonthlyReportData) -> Flowable:
    bands = data.band_count
    status_columns = len(PRESENT_COLUMNS) + len(ABSENT_COLUMNS) + 2 * bands
    fixed = [7 * mm, 0.0, 8 * mm, *([6.2 * mm] * status_columns), 12 * mm]
    fixed[1] = CONTENT_WIDTH - sum(fixed)
    first_band = 3 + len(PRESENT_COLUMNS) + len(ABSENT_COLUMNS)
    top = (["No", "Nama / NIP", "Hari kerja", "Hadir", *[""] * (len(PRESENT_COLUMNS) - 1),
            "Tidak hadir", *[""] * (len(ABSENT_COLUMNS) - 1),
            "Terlambat (TL)", *[""] * (bands - 1), "Pulang cepat (PSW)", *[""] * (bands - 1),
            "Hadir (%)"])
    second = (["", "", "", *[cell(code, "C", bold=True, size=6.5)
                             for code in (*PRESENT_COLUMNS, *ABSENT_COLUMNS)],
               *[cell(f"TL{n}", "C", bold=True, size=5.5) for n in range(1, bands + 1)],
               *[cell(f"PSW{n}", "C", bold=True, size=5.5) for n in range(1, bands + 1)],
               ""])
    last = len(top) - 1
    spans: list[tuple[Any, ...]] = [("SPAN", (col, 0), (col, 1)) for col in (0, 1, 2, last)]
    spans += [("LEFTPADDING", (3, 1), (last - 1, -1), 0.8),
              ("RIGHTPADDING", (3, 1), (last - 1, -1), 0.8)]
    spans += [("SPAN", (3, 0), (2 + len(PRESENT_COLUMNS), 0)),
              ("SPAN", (3 + len(PRESENT_COLUMNS), 0), (first_band - 1, 0)),
              ("SPAN", (first_band, 0), (first_band + bands - 1, 0)),
              ("SPAN", (first_band + bands, 0), (first_band + 2 * bands - 1, 0))]
    rows: list[list[Any]] = []
    for number, line in enumerate(data.staff, start=1):
        counts: list[Any] = [_dash(line.column(c)) for c in (*PRESENT_COLUMNS, *ABSENT_COLUMNS)]
        if line.counts["TK"]:
            counts[-1] = cell(angka(line.counts["TK"]), "C", bold=True, color="#a3200f")
        rows.append([str(number), cell(line.name, small=nip_cetak(line.identifier)),
                     angka(line.working_days), *counts,
                     *[_dash(n) for n in line.tl_bands], *[_dash(n) for n in line.psw_bands],
                     angka(line.attendance_percent, 1)])
    total: list[Any] | None = None
    if data.staff:
        total = ["", "Jumlah", "",
                 *[_dash(sum(s.column(c) for s in data.staff))
                   for c in (*PRESENT_COLUMNS, *ABSENT_COLUMNS)],
                 *[_dash(sum(s.tl_bands[n] for s in data.staff)) for n in range(bands)],
                 *[_dash(sum(s.psw_bands[n] for s in data.staff)) for n in range(bands)], ""]
    aligns = "CLC" + "C" * status_columns + "R"
    return data_table([top, second], rows, fixed, aligns, total=total, extra=spans)


def _service_table(data: MonthlyReportData) -> Flowable:
    numbers = [18 * mm] * 4 + [20 * mm]
    widths = [10 * mm, CONTENT_WIDTH - 10 * mm - sum(numbers), *numbers]
    header = [["No", "Jenis layanan", *OUTCOMES.values(), "Jumlah", "Rata-rata (menit)"]]
    rows = [[str(n), line.name, *[_dash(line.outcomes[o]) for o in OUTCOMES],
             angka(line.count), angka(line.average_minutes, 1) if line.count else NONE]
            for n, line in enumerate(data.services, start=1)]
    count = sum(line.count for line in data.services)
    minutes = sum(line.minutes for line in data.services)
    total = ["", "Jumlah", *[_dash(sum(line.outcomes[o] for line in data.services))
                             for o in OUTCOMES],
             angka(count), angka(minutes / count, 1) if count else NONE]
    return data_table(header, rows, widths, "CLRRRRR", total=total)


def _amendment_table(data: MonthlyReportData) -> Flowable:
    widths = [7 * mm, 17 * mm, 33 * mm, 15 * mm, 15 * mm, 0.0, 28 * mm]
    widths[5] = CONTENT_WIDTH - sum(widths)
    rows = [[str(n), tanggal_pendek(line.day), line.subject, line.old, line.new, line.reason,
             cell(line.by or NONE, small=f"dicatat {tanggal_pendek(line.recorded_on)}")]
            for n, line in enumerate(data.amendments, start=1)]
    header = [["No", "Tanggal", "Perihal", "Semula", "Menjadi", "Alasan koreksi",
               "Oleh"]]
    return data_table(header, rows, widths, "CLLCCLL")


def write_monthly_pdf(data: MonthlyReportData, path: Path) -> None:
    """The signed-off A4 report; written to a temporary file and renamed into place."""
    f = data.figures
    story: list[Flowable] = [
        *title_block(TITLE, SUBTITLE, f"Bulan {data.month_label}"),
        key_value_table([
            ("Kantor", f"{data.office_name} ({data.office_code})"),
            *([("Induk", data.parent_name)] if data.parent_name else []),
            ("Periode", _period(data)),
            ("Status bulan", _lock_text(data)),
        ]),
        *heading("A. Ringkasan jam layanan"),
        figure_boxes([
            ("Hari kerja", angka(f.working_days)),
            ("Tepat waktu", persen(f.on_time_percent)),
            ("Hari terlambat buka", angka(f.late_days)),
            ("Hari tidak tercatat", angka(f.missing_days)),
            ("Rata-rata terlambat (menit)", angka(f.average_minutes_late, 1)),
        ]),
        Spacer(1, 2.5 * mm),
        Paragraph(escape(_summary_sentence(data)), STYLES["body"]),
        note("Tepat waktu: dibuka paling lambat dan ditutup tidak sebelum jam jadwal hari itu. "
             "Hari kerja tanpa catatan buka dihitung tidak tercatat, tidak pernah tepat waktu. "
             "Akhir pekan dan hari libur tidak dihitung."),
        *heading("B. Jam layanan harian"),
        _day_table(data),
        *heading("C. Rekapitulasi kehadiran pegawai"),
    ]
    if data.staff:
        story += [_staff_table(data), note(
            "H hadir, TL terlambat, PSW pulang sebelum waktu, DL dinas luar, TB tugas belajar, "
            "WFH bekerja dari rumah, I izin, S sakit, C cuti, TK tanpa keterangan. "
            f"TL1–TL{data.band_count} dan PSW1–PSW{data.band_count}: jumlah hari menurut "
            "lama keterlambatan datang atau kepulangan lebih awal (per 30 menit). "
            "Hadir (%): hari hadir (H, TL, PSW, DL, TB, WFH) dibagi hari kerja.")]
    else:
        story.append(Paragraph("Belum ada pegawai aktif pada bulan ini.", STYLES["body"]))
    story += [*heading("D. Layanan masyarakat"), _service_table(data)]
    section = heading("E. Koreksi data bulan ini")
    if data.amendments:
        story += [*section, _amendment_table(data), note(
            "Koreksi tidak menimpa catatan asli: nilai semula tetap tersimpan beserta "
            "alasannya.")]
    else:
        story.append(KeepTogether([*section, Paragraph("Tidak ada koreksi pada bulan ini.",
                                                       STYLES["body"])]))
    story.append(signature_block(data.signatory, data.printed_on, city_place()))
    write_pdf(path, PdfReport(
        title=f"Laporan bulanan {data.office_name} {data.month_label}",
        running_head=f"Laporan bulanan — {data.office_name} — {data.month_label}",
        letterhead=data.letterhead, code=data.code, qr_payload=data.qr_payload,
        printed_on=data.printed_on, subject=SUBTITLE), story)


# --- Excel ---------------------------------------------------------------------------------


def write_monthly_xlsx(data: MonthlyReportData, path: Path) -> None:
    """The same tables as sheets: Ringkasan, Jam layanan, Absensi, Layanan, Koreksi."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Ringkasan"
    f = data.figures
    xlsx_key_values(summary, f"{TITLE.capitalize()} — {data.office_name}",
                    f"{SUBTITLE}. Bulan {data.month_label}.", [
                        ("Kantor", data.office_name, None),
                        ("Kode kantor", data.office_code, None),
                        ("Induk", data.parent_name or NONE, None),
                        ("Bulan", data.month_label, None),
                        ("Data sampai", data.period_end, XLSX_LONG_DATE),
                        ("Status bulan", _lock_text(data), None),
                        ("Hari kerja", f.working_days, XLSX_INT),
                        ("Hari tercatat", f.recorded_days, XLSX_INT),
                        ("Hari tepat waktu", f.on_time_days, XLSX_INT),
                        ("Hari terlambat buka", f.late_days, XLSX_INT),
                        ("Hari pulang cepat", f.early_days, XLSX_INT),
                        ("Hari tidak tercatat", f.missing_days, XLSX_INT),
                        ("Hari kantor tutup", f.closed_days, XLSX_INT),
                        ("Tepat waktu (%)", f.on_time_percent, XLSX_DECIMAL),
                        ("Rata-rata terlambat (menit)", f.average_minutes_late, XLSX_DECIMAL),
                        ("Jumlah layanan", sum(s.count for s in data.services), XLSX_INT),
                        ("Jumlah koreksi", len(data.amendments), XLSX_INT),
                        ("Kode verifikasi", data.code, None),
                        ("Dicetak", data.printed_on, XLSX_LONG_DATE),
                    ])

    hours = book.create_sheet("Jam layanan")
    xlsx_table(hours, ["Tanggal", "Hari", "Hari kerja", "Jadwal", "Buka", "Tutup",
                       "Terlambat (menit)", "Pulang cepat (menit)", "Status",
                       "Alasan / keterangan", "Dikoreksi"],
               ([row.day, row.weekday, "ya" if row.working else "tidak", row.schedule,
                 row.opened, row.closed, row.minutes_late if row.working else None,
                 row.minutes_early if row.working else None, _status_label(row),
                 row.reason or ("" if row.working else row.off_reason.capitalize()),
                 "ya" if row.amended else ""] for row in data.days),
               [12, 10, 9, 13, 8, 8, 11, 11, 26, 40, 10],
               [XLSX_DATE, None, None, None, None, None, XLSX_INT, XLSX_INT, None, None, None])

    attendance = book.create_sheet("Absensi")
    bands = range(1, data.band_count + 1)
    columns = (*PRESENT_COLUMNS, *ABSENT_COLUMNS)
    header = ["No", "Nama", "NIP / nomor pegawai", "Jabatan", "Hari kerja", *columns,
              *[f"TL{n}" for n in bands], *[f"PSW{n}" for n in bands], "Hadir (hari)",
              "Hadir (%)"]
    counted = len(columns) + 2 * data.band_count + 1
    xlsx_table(attendance, header,
               ([n, s.name, s.identifier, s.position, s.working_days,
                 *[s.column(c) for c in columns], *s.tl_bands, *s.psw_bands, s.present,
                 s.attendance_percent] for n, s in enumerate(data.staff, start=1)),
               [5, 28, 22, 22, 9, *[6.5] * counted, 10],
               [XLSX_INT, None, None, None, *[XLSX_INT] * (counted + 1), XLSX_DECIMAL])

    services = book.create_sheet("Layanan")
    count = sum(s.count for s in data.services)
    minutes = sum(s.minutes for s in data.services)
    xlsx_table(services, ["Kode", "Jenis layanan", *OUTCOMES.values(), "Jumlah",
                          "Jumlah menit", "Rata-rata (menit)"],
               ([s.code, s.name, *[s.outcomes[o] for o in OUTCOMES], s.count, s.minutes,
                 s.average_minutes if s.count else None] for s in data.services),
               [14, 40, 10, 10, 10, 10, 12, 12],
               [None, None, *[XLSX_INT] * 5, XLSX_DECIMAL],
               total=["", "Jumlah", *[sum(s.outcomes[o] for s in data.services)
                                      for o in OUTCOMES],
                      count, minutes, minutes / count if count else None])

    amendments = book.create_sheet("Koreksi")
    xlsx_table(amendments, ["Tanggal", "Perihal", "Semula", "Menjadi", "Alasan", "Oleh",
                            "Dicatat"],
               ([a.day, a.subject, a.old, a.new, a.reason, a.by, a.recorded_on]
                for a in data.amendments),
               [12, 28, 10, 10, 48, 22, 12],
               [XLSX_DATE, None, None, None, None, None, XLSX_DATE])
    save_workbook(book, path, f"Laporan bulanan {data.office_name} {data.month_label}")
