"""The city recap for the mayor: one month of every office, as a PDF on the kota letterhead.

`recap_data` gathers what the recap shows into `RecapData` from the city dashboard
(`core.services.dashboard.city_dashboard`: the same figures, totals and flags as Beranda
and its Excel file), the on-time trend of the last TREND_MONTHS months, the standing
three-report alerts and the month's sidak discrepancies (`core.services.crosscheck`, the
same rows `pantau report discrepancies` and the Sidak page export). `write_recap` lays it
out; `write_recap_pdf` does both.

What is shown: the city's figures; the offices ranked by on-time opening and by staff
attendance (`rank_offices`); the totals per kecamatan; two charts (on-time % per kecamatan,
the city's on-time % month by month); the offices needing attention (silent, opening
later and later (`late_trend`), "rekomendasi rotasi", no innovation beyond inisiatif when
the deadline is near (`innovation_near`)); and the month's discrepancies between a sidak
and the office's own records. Nothing about a complainant is in the recap: its data holds
no such field. The verification code covers everything shown except the printing date.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from core.errors import ValidationError
from core.formatting import (
    LOCALE,
    NO_FIGURE,
    angka,
    angka_atau_strip,
    bulan,
    persen,
    persen_atau_strip,
    tanggal,
    tanggal_pendek,
)
from core.reports.common import (
    CONTENT_WIDTH,
    FONT,
    MUTED,
    STYLES,
    Letterhead,
    PdfReport,
    VerifiedReport,
    cell,
    data_table,
    escape,
    figure_boxes,
    heading,
    note,
    office_letterhead,
    write_pdf,
)
from core.services.complaints import DECISION_LABELS, RotationAlert
from core.services.crosscheck import Discrepancy, crosscheck
from core.services.dashboard import (
    TREND_MONTHS,
    CityDashboard,
    GroupTotals,
    MonthTrend,
    OfficeRow,
    city_dashboard,
    office_trends,
)
from core.services.innovation_tracker import AT_RISK, UNITS_GROUP
from core.services.offices import city_entry
from core.services.sidak import VisitFilter
from core.sync.ledger import DEFAULT_SILENT_DAYS

REPORT_KIND = "rekap-kota"
TITLE = "REKAPITULASI BULANAN KEPATUHAN KANTOR PELAYANAN"
NONE = NO_FIGURE
WARN = "#a3200f"
RANKING_SIZE = 10  # offices in each of the best and the lowest lists

LATE_TREND_MONTHS = 3
LATE_TREND_STEADY_DROP = 5.0
"""Points an office's on-time % must lose in all, falling month after month over the last
LATE_TREND_MONTHS months, to count as opening later and later (see `late_trend`)."""
LATE_TREND_DROP = 10.0
"""Points below the first of the last LATE_TREND_MONTHS months at which the recap's month
counts as a fall however the month between went (see `late_trend`)."""

NEAR_DEADLINE_DAYS = 90
"""The innovation deadline is near when it is at most this many days away (or has passed):
from then on the recap names every office with no innovation, or only inisiatif."""

BAR_INK = colors.HexColor("#3b6e99")
LINE_INK = colors.HexColor("#a3200f")
GRID_INK = colors.HexColor("#c8ccd0")


# --- the recap's data ----------------------------------------------------------------------


@dataclass(frozen=True)
class RankLine:
    rank: int  # place in the whole ranking (1 is the best)
    office_code: str
    office_name: str
    kecamatan: str
    on_time_percent: float | None
    average_minutes_late: float | None
    attendance_percent: float | None


@dataclass(frozen=True)
class Ranking:
    """One measure's ranking: the best first, the lowest (worst first), and how many
    offices had the measure at all (the others have no data of the month)."""

    best: tuple[RankLine, ...]
    lowest: tuple[RankLine, ...]
    ranked: int
    without_data: int


@dataclass(frozen=True)
class GroupLine:
    name: str
    offices: int
    on_time_percent: float | None
    average_minutes_late: float | None
    attendance_percent: float | None
    sidak_visits: int
    discrepancies: int
    complaints_received: int
    pungli_verified: int
    rotation_alerts: int
    silent_offices: int
    innovation_at_risk: int


@dataclass(frozen=True)
class SilentLine:
    office_code: str
    office_name: str
    kecamatan: str
    last_sync: date | None  # the city's day; None: nothing ever arrived
    days_silent: int | None


@dataclass(frozen=True)
class LateLine:
    office_code: str
    office_name: str
    kecamatan: str
    percents: tuple[float, ...]  # the last LATE_TREND_MONTHS months, oldest first


@dataclass(frozen=True)
class RotationLine:
    official_name: str
    position: str
    office_name: str
    count: int
    numbers: tuple[str, ...]
    first_received: date
    last_received: date
    decision: str  # label of the latest decision on the official; "" when none
    decided_on: date | None


@dataclass(frozen=True)
class InnovationLine:
    office_code: str
    office_name: str
    kecamatan: str
    reason: str  # "belum ada inovasi", "hanya tahap inisiatif"


@dataclass(frozen=True)
class DiscrepancyLine:
    day: date
    visit_number: str
    arrival: str
    office_code: str
    office_name: str
    kind: str  # label
    subject: str
    office_record: str
    sidak_record: str
    detail: str


@dataclass(frozen=True)
class RecapData(VerifiedReport):
    KIND = REPORT_KIND

    month: date  # first day
    period_end: date  # the last day judged: the month's end, or today in a running month
    complete: bool
    as_of: date  # the day the hub's data is taken (silence, innovation risk)
    city_name: str
    letterhead: Letterhead
    city: GroupLine
    per_kecamatan: tuple[GroupLine, ...]
    on_time: Ranking
    attendance: Ranking
    trend: tuple[MonthTrend, ...]  # the city, TREND_MONTHS months, oldest first
    silent: tuple[SilentLine, ...]
    late: tuple[LateLine, ...]
    rotation: tuple[RotationLine, ...]
    innovation_deadline: date
    innovation_days_left: int
    innovation_near: bool
    innovation: tuple[InnovationLine, ...]  # empty unless the deadline is near
    discrepancies: tuple[DiscrepancyLine, ...]
    printed_on: date  # not part of the verification code

    @property
    def month_label(self) -> str:
        return bulan(self.month)

    def qr_subject(self) -> str:
        return f"{self.month:%Y-%m}"


# --- the rules -------------------------------------------------------------------------------


def _rank_line(rank: int, row: OfficeRow) -> RankLine:
    return RankLine(rank, row.office_code, row.office_name, row.kecamatan_name,
                    row.on_time_percent, row.average_minutes_late, row.attendance_percent)


def _on_time_key(row: OfficeRow) -> tuple[Any, ...]:
    late = row.average_minutes_late
    return (-(row.on_time_percent or 0.0), late if late is not None else math.inf,
            -(row.attendance_percent or 0.0), row.office_name, row.office_code)


def _attendance_key(row: OfficeRow) -> tuple[Any, ...]:
    return (-(row.attendance_percent or 0.0), -(row.on_time_percent or 0.0),
            row.office_name, row.office_code)


def rank_offices(rows: Sequence[OfficeRow], measure: str, size: int = RANKING_SIZE
                 ) -> Ranking:
    """The offices whose `measure` ("on_time" or "attendance") is known this month, ranked.

    On-time opening: highest on-time % first; ties go to fewer average minutes late, then
    higher attendance, then the name. Attendance: highest attendance % first; ties go to
    higher on-time %, then the name. The best list holds the first `size` offices but never
    more than half of those ranked; the lowest list the last `size` of the others, the
    lowest first, so that no office is in both."""
    if measure == "on_time":
        known = sorted((r for r in rows if r.on_time_percent is not None), key=_on_time_key)
    else:
        known = sorted((r for r in rows if r.attendance_percent is not None),
                       key=_attendance_key)
    lines = [_rank_line(n, row) for n, row in enumerate(known, start=1)]
    best = lines[:min(size, math.ceil(len(lines) / 2))]
    lowest = list(reversed(lines[len(best):]))[:size]
    return Ranking(tuple(best), tuple(lowest), len(lines), len(rows) - len(lines))


def late_trend(percents: Sequence[float | None]) -> bool:
    """Whether an office opens later and later: its on-time % is known in each of the last
    LATE_TREND_MONTHS months (`percents`, oldest first, the recap's month last) and either
    each month is lower than the one before with LATE_TREND_STEADY_DROP points lost in all,
    or the recap's month is at least LATE_TREND_DROP points below the first of them."""
    if len(percents) < LATE_TREND_MONTHS:
        return False
    last = list(percents[-LATE_TREND_MONTHS:])
    if any(p is None for p in last):
        return False
    known = [float(p) for p in last if p is not None]
    drop = known[0] - known[-1]
    falling = all(later < earlier for earlier, later in pairwise(known))
    return (falling and drop >= LATE_TREND_STEADY_DROP) or drop >= LATE_TREND_DROP


def innovation_near(days_left: int, near_days: int = NEAR_DEADLINE_DAYS) -> bool:
    """Whether the deadline is near: at most `near_days` days away, or already passed."""
    return days_left <= near_days


# --- gathering -------------------------------------------------------------------------------


def city_trend(trends: dict[str, list[MonthTrend]]) -> list[MonthTrend]:
    """The offices' months pooled: days on time over days judged, month by month."""
    series = list(trends.values())
    if not series:
        return []
    return [MonthTrend(points[0].month, sum(p.service_days for p in points),
                       sum(p.on_time_days for p in points))
            for points in zip(*series, strict=True)]


def _group(totals: GroupTotals) -> GroupLine:
    return GroupLine(totals.name, totals.offices, totals.on_time_percent,
                     totals.average_minutes_late, totals.attendance_percent,
                     totals.sidak_visits, totals.discrepancies, totals.complaints_received,
                     totals.pungli_verified, totals.rotation_alerts, totals.silent_offices,
                     totals.offices_at_risk)


def _silent(dashboard: CityDashboard) -> tuple[SilentLine, ...]:
    zone = ZoneInfo(dashboard.timezone)
    return tuple(SilentLine(
        row.office_code, row.office_name, row.kecamatan_name,
        row.last_sync.astimezone(zone).date() if row.last_sync else None, row.days_silent)
        for row in dashboard.rows if row.silent)


def _rotation(alert: RotationAlert) -> RotationLine:
    decision = alert.latest_decision
    return RotationLine(
        alert.official_name, alert.position, alert.subject_name, alert.count, alert.numbers,
        alert.first_received, alert.last_received,
        DECISION_LABELS.get(decision.decision, decision.decision) if decision else "",
        decision.decided_on if decision else None)


def _discrepancy(row: Discrepancy, names: dict[str, str]) -> DiscrepancyLine:
    """`names`: the dashboard's office names ("Kelurahan …"), as in the other tables."""
    return DiscrepancyLine(row.day, row.visit_number, row.arrival, row.visited_office,
                           names.get(row.visited_office, row.visited_name), row.kind_label,
                           row.subject, row.office_record, row.sidak_record, row.detail)


def month_discrepancies(session: Session, first: date, last: date, today: date
                        ) -> list[Discrepancy]:
    """The month's discrepancies between a sidak and its office's records, oldest visit
    first (the rows the recap lists and `pantau report discrepancies` exports)."""
    found = crosscheck(session, today, VisitFilter(start=first, end=last))
    return sorted(found, key=lambda d: (d.day, d.arrival, d.visit_number))


def recap_data(session: Session, year: int, month: int, today: date,
               near_days: int = NEAR_DEADLINE_DAYS) -> RecapData:
    """Everything the recap of `year`-`month` shows, as the hub holds it on `today`."""
    dashboard = city_dashboard(session, year, month, today)
    codes = [row.office_code for row in dashboard.rows]
    trends = office_trends(session, codes, dashboard.first, today)
    late = tuple(LateLine(row.office_code, row.office_name, row.kecamatan_name,
                          tuple(float(p.on_time_percent or 0.0)
                                for p in trends[row.office_code][-LATE_TREND_MONTHS:]))
                 for row in dashboard.rows
                 if late_trend([p.on_time_percent for p in trends[row.office_code]]))
    days_left = (dashboard.innovation_deadline - today).days
    near = innovation_near(days_left, near_days)
    city = city_entry()
    names = {row.office_code: row.office_name for row in dashboard.rows}
    return RecapData(
        month=dashboard.first, period_end=dashboard.period_end,
        complete=dashboard.period_end == dashboard.last, as_of=today, city_name=city.name,
        letterhead=Letterhead((f"PEMERINTAH {city.name.upper()}",),
                              office_letterhead(session, city.code).address),
        city=_group(dashboard.city),
        per_kecamatan=tuple(_group(g) for g in dashboard.per_kecamatan),
        on_time=rank_offices(dashboard.rows, "on_time"),
        attendance=rank_offices(dashboard.rows, "attendance"),
        trend=tuple(city_trend(trends)), silent=_silent(dashboard), late=late,
        rotation=tuple(_rotation(alert) for alert in dashboard.rotation_alerts),
        innovation_deadline=dashboard.innovation_deadline, innovation_days_left=days_left,
        innovation_near=near,
        innovation=tuple(InnovationLine(row.office_code, row.office_name, row.kecamatan_name,
                                        row.innovation_reason)
                         for row in dashboard.rows
                         if near and row.innovation_risk == AT_RISK),
        discrepancies=tuple(_discrepancy(d, names) for d in month_discrepancies(
            session, dashboard.first, dashboard.last, today)),
        printed_on=today)


# --- charts ----------------------------------------------------------------------------------


def _short_month(first: date) -> str:
    """"Okt 2026"."""
    return format_date(first, "MMM y", locale=LOCALE)


def _percent_axis(axis: Any) -> None:
    """0–100 % in steps of 20, with light grid lines across the chart."""
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
    axis.labels.fontName = FONT
    axis.labels.fontSize = 6.5
    axis.labelTextFormat = "%d%%"
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID_INK
    axis.gridStrokeWidth = 0.3


def kecamatan_chart(groups: Sequence[GroupLine], width: float) -> Drawing:
    """Horizontal bars: on-time % per kecamatan (a group without data has no bar and says
    so), the first group on top."""
    shown = list(groups)
    row_height = 6.2 * mm
    label_width = 31 * mm
    height = max(1, len(shown)) * row_height + 12 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 8 * mm
    chart.width, chart.height = width - label_width - 12 * mm, height - 10 * mm
    # Bars are drawn bottom up: reverse so that the table's first kecamatan is on top.
    ordered = list(reversed(shown))
    chart.data = [[g.on_time_percent if g.on_time_percent is not None else 0.0
                   for g in ordered]]
    chart.categoryAxis.categoryNames = ["Unit kerja" if g.name == UNITS_GROUP else g.name
                                        for g in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -2
    _percent_axis(chart.valueAxis)
    chart.bars[0].fillColor = BAR_INK
    chart.bars[0].strokeColor = None
    chart.barWidth = 4
    chart.groupSpacing = 3
    drawing.add(chart)
    step = chart.height / max(1, len(ordered))
    for index, group in enumerate(ordered):
        value = group.on_time_percent
        x = chart.x + chart.width * (value or 0.0) / 100 + 1.5
        y = chart.y + step * (index + 0.5) - 2.2
        drawing.add(String(x, y, persen_atau_strip(value) if value is not None else "tanpa data",
                           fontName=FONT, fontSize=6.3, fillColor=colors.black if value
                           is not None else MUTED))
    return drawing


def trend_chart(points: Sequence[MonthTrend], width: float, height: float = 52 * mm
                ) -> Drawing:
    """The city's on-time % month by month; a month without data is a gap in the line."""
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 11 * mm, 8 * mm
    chart.width, chart.height = width - 15 * mm, height - 13 * mm
    chart.data = [[p.on_time_percent for p in points]]  # None: no point, no line to it
    chart.categoryAxis.categoryNames = [_short_month(p.month) for p in points]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    _percent_axis(chart.valueAxis)
    chart.lines[0].strokeColor = LINE_INK
    chart.lines[0].strokeWidth = 1.4
    chart.joinedLines = True
    chart.lineLabelFormat = _chart_label
    chart.lineLabels.fontName = FONT
    chart.lineLabels.fontSize = 6.3
    chart.lineLabels.dy = 5
    drawing.add(chart)
    return drawing


def _chart_label(value: float | None) -> str:
    return "" if value is None else persen(value)


def _charts(data: RecapData) -> Flowable:
    half = CONTENT_WIDTH / 2 - 2 * mm
    captions = [Paragraph("Tepat waktu buka per kecamatan", STYLES["cell_head"]),
                Paragraph(escape(f"Tepat waktu buka se-kota, {TREND_MONTHS} bulan terakhir"),
                          STYLES["cell_head"])]
    table = Table([captions, [kecamatan_chart(data.per_kecamatan, half),
                              trend_chart(data.trend, half)]],
                  colWidths=[half + 2 * mm, half + 2 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOX", (0, 1), (0, 1), 0.4, GRID_INK),
                               ("BOX", (1, 1), (1, 1), 0.4, GRID_INK)]))
    return table


# --- layout ----------------------------------------------------------------------------------


def _period(data: RecapData) -> str:
    if data.complete:
        return f"Bulan {data.month_label} (1–{data.period_end.day} {data.month_label})"
    return (f"Bulan {data.month_label}, berjalan: dinilai sampai {tanggal(data.period_end)}")


def _summary(data: RecapData) -> list[Flowable]:
    city = data.city
    return [
        figure_boxes([("Kantor dipantau", angka(city.offices)),
                      ("Tepat waktu buka", persen_atau_strip(city.on_time_percent)),
                      ("Rata-rata terlambat (menit)",
                       angka_atau_strip(city.average_minutes_late, 1)),
                      ("Kehadiran pegawai", persen_atau_strip(city.attendance_percent))]),
        Spacer(1, 2 * mm),
        figure_boxes([("Sidak", angka(city.sidak_visits)),
                      ("Ketidaksesuaian sidak", angka(city.discrepancies)),
                      ("Pengaduan masuk", angka(city.complaints_received)),
                      ("Rekomendasi rotasi", angka(len(data.rotation))),
                      ("Kantor tanpa kiriman", angka(city.silent_offices))]),
        note("Tepat waktu buka: hari kerja dibuka paling lambat dan ditutup tidak sebelum jam "
             "jadwal, dibagi hari kerja yang datanya sudah diterima kota. Kehadiran: hari "
             "hadir pegawai (H, TL, PSW, DL, TB, WFH) dibagi hari kerja pegawai aktif. Angka "
             "kota dan kecamatan dijumlahkan dari semua kantor, bukan rata-rata persentase."),
    ]


def _rank_table(lines: Sequence[RankLine], title: str) -> Flowable:
    """The title is the table's first header row, so it repeats when the table splits."""
    widths = [15 * mm, 0.0, 32 * mm, 18 * mm, 20 * mm, 18 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[str(line.rank), cell(line.office_name, small=line.office_code), line.kecamatan,
             persen_atau_strip(line.on_time_percent),
             angka_atau_strip(line.average_minutes_late, 1),
             persen_atau_strip(line.attendance_percent)] for line in lines]
    header = [[cell(title, bold=True), "", "", "", "", ""],
              ["Peringkat", "Kantor", "Kecamatan", "Tepat waktu buka",
               "Rata-rata terlambat (menit)", "Kehadiran pegawai"]]
    return data_table(header, rows, widths, "CLLRRR", extra=[("SPAN", (0, 0), (-1, 0))])


def _ranking(ranking: Ranking, what: str) -> list[Flowable]:
    if not ranking.ranked:
        return [Paragraph(escape(f"Belum ada kantor dengan data {what} bulan ini."),
                          STYLES["body"])]
    items: list[Flowable] = [_rank_table(ranking.best, f"Tertinggi: {what}"),
                             Spacer(1, 3 * mm)]
    if ranking.lowest:
        items += [_rank_table(ranking.lowest, f"Terendah: {what} (terendah lebih dulu)"),
                  Spacer(1, 3 * mm)]
    if ranking.without_data:
        items.append(note(f"{angka(ranking.ranked)} kantor diperingkat; "
                          f"{angka(ranking.without_data)} kantor belum mempunyai data "
                          f"{what} bulan ini dan tidak diperingkat."))
    return items


def _group_row(group: GroupLine) -> list[Any]:
    return [group.name, str(group.offices), persen_atau_strip(group.on_time_percent),
            angka_atau_strip(group.average_minutes_late, 1),
            persen_atau_strip(group.attendance_percent),
            str(group.sidak_visits), str(group.discrepancies), str(group.complaints_received),
            str(group.pungli_verified), str(group.rotation_alerts),
            str(group.silent_offices), str(group.innovation_at_risk)]


KECAMATAN_HEADER = ("Kecamatan", "Kantor", "Tepat waktu", "Telat (menit)", "Hadir", "Sidak",
                    "Tidak sesuai", "Aduan", "Pungli", "Rotasi", "Tanpa kiriman",
                    "Inovasi berisiko")


def _kecamatan_table(data: RecapData) -> list[Flowable]:
    widths = [0.0, 12 * mm, 14 * mm, 13 * mm, 13 * mm, 11 * mm, 13 * mm, 12 * mm, 12 * mm,
              12 * mm, 14 * mm, 14 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    city = data.city
    header = [[cell(title, "C", bold=True, size=6.8) for title in KECAMATAN_HEADER]]
    return [data_table(header, [_group_row(g) for g in data.per_kecamatan], widths,
                       "LCRRRCCCCCCC", total=[data.city_name, *_group_row(city)[1:]]),
            note("Telat: rata-rata menit terlambat buka. Hadir: kehadiran pegawai. Tidak "
                 "sesuai: ketidaksesuaian sidak dengan catatan kantor. Aduan: pengaduan masuk "
                 "bulan ini; pungli: pengaduan pungli terverifikasi. Rotasi: rekomendasi "
                 "rotasi yang menunggu keputusan. Inovasi berisiko: kantor tanpa inovasi atau "
                 "hanya tahap inisiatif.")]


def _silent_text(lines: Sequence[SilentLine]) -> str:
    """"Belum pernah mengirim: A; B. Kiriman terakhir 16 hari lalu atau lebih: C (16)…"."""
    never = [line.office_name for line in lines if line.last_sync is None]
    quiet = [f"{line.office_name} ({angka(line.days_silent or 0)} hari)"
             for line in lines if line.last_sync is not None]
    parts = []
    if never:
        parts.append("Belum pernah mengirim: " + "; ".join(never) + ".")
    if quiet:
        parts.append("Kiriman terakhir: " + "; ".join(quiet) + ".")
    return " ".join(parts)


def _silent_section(data: RecapData) -> list[Flowable]:
    title = "1. Kantor tanpa kiriman data"
    if not data.silent:
        return [*heading(title, 20 * mm), Paragraph(
            "Semua kantor mengirim data dalam batas waktu.", STYLES["body"])]
    groups: dict[str, list[SilentLine]] = {}
    for line in data.silent:
        groups.setdefault(line.kecamatan, []).append(line)
    widths = [32 * mm, 12 * mm, 0.0]
    widths[2] = CONTENT_WIDTH - sum(widths)
    rows = [[name, str(len(lines)), _silent_text(lines)] for name, lines in groups.items()]
    return [*heading(title), data_table(
        [["Kecamatan", "Kantor", "Kantor tanpa kiriman"]], rows, widths,
        "LCL"), note(
        f"Kantor tanpa kiriman: tidak ada bundle yang diterima kota lebih dari "
        f"{DEFAULT_SILENT_DAYS} hari (dihitung sampai {tanggal(data.as_of)}), atau belum "
        "pernah mengirim. Angka kantor ini tidak lengkap dan tidak diperingkat.")]


def _late_section(data: RecapData) -> list[Flowable]:
    title = "2. Jam buka makin terlambat"
    months = [p.month for p in data.trend[-LATE_TREND_MONTHS:]]
    rule = (f"Tepat waktu buka turun setiap bulan dari {bulan(months[0])} sampai "
            f"{bulan(months[-1])} dengan penurunan seluruhnya paling sedikit "
            f"{angka(LATE_TREND_STEADY_DROP)} poin, atau {bulan(months[-1])} paling sedikit "
            f"{angka(LATE_TREND_DROP)} poin di bawah {bulan(months[0])}; hanya kantor yang "
            f"datanya ada pada ketiga bulan itu.")
    if not data.late:
        return [*heading(title, 20 * mm), Paragraph(
            "Tidak ada kantor yang jam bukanya makin terlambat.", STYLES["body"]), note(rule)]
    widths = [0.0, 32 * mm, *[20 * mm] * len(months), 18 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    rows = [[cell(line.office_name, small=line.office_code), line.kecamatan,
             *[persen(p) for p in line.percents],
             cell(angka(line.percents[0] - line.percents[-1], 1), "R", bold=True,
                  color=WARN)] for line in data.late]
    return [*heading(title), data_table(
        [["Kantor", "Kecamatan", *[_short_month(m) for m in months], "Turun (poin)"]],
        rows, widths, "LL" + "R" * (len(months) + 1)), note(rule)]


def _rotation_section(data: RecapData) -> list[Flowable]:
    title = "3. Rekomendasi rotasi (aturan tiga laporan)"
    if not data.rotation:
        return [*heading(title, 20 * mm), Paragraph(
            "Tidak ada rekomendasi rotasi yang menunggu keputusan.", STYLES["body"])]
    widths = [0.0, 42 * mm, 14 * mm, 38 * mm, 34 * mm]
    widths[0] = CONTENT_WIDTH - sum(widths)
    rows = []
    for line in data.rotation:
        decided = (f"{line.decision}, {tanggal_pendek(line.decided_on)}"
                   if line.decision else "belum ada")
        rows.append([cell(line.official_name, bold=True, small=line.position),
                     line.office_name, cell(str(line.count), "C", bold=True, color=WARN),
                     cell(", ".join(line.numbers), size=6.5,
                          small=f"{tanggal_pendek(line.first_received)} s.d. "
                                f"{tanggal_pendek(line.last_received)}"), decided])
    return [*heading(title), data_table(
        [["Pegawai yang dilaporkan", "Kantor", "Laporan", "Nomor pengaduan",
          "Keputusan terakhir"]], rows, widths, "LLCLL"), note(
        "Pengaduan pungli terverifikasi tentang pegawai yang sama dalam jangka waktu aturan "
        "kota (laporan ganda dihitung sekali). Rekomendasi tetap ada sampai seorang pejabat "
        "mencatat keputusan atas semua laporan itu; aplikasi tidak memutuskan. Identitas "
        "pelapor tidak dicantumkan.")]


def _innovation_section(data: RecapData) -> list[Flowable]:
    title = "4. Belum ada inovasi menjelang batas waktu"
    when = (f"Batas waktu inovasi {tanggal(data.innovation_deadline)} "
            + (f"(tinggal {angka(data.innovation_days_left)} hari)"
               if data.innovation_days_left >= 0
               else f"(lewat {angka(-data.innovation_days_left)} hari)"))
    if not data.innovation_near:
        return [*heading(title, 20 * mm), Paragraph(escape(
            f"{when}: belum dekat (daftar ini muncul {angka(NEAR_DEADLINE_DAYS)} hari "
            "sebelum batas waktu)."), STYLES["body"])]
    if not data.innovation:
        return [*heading(title, 20 * mm), Paragraph(escape(
            f"{when}: semua kantor sudah mempunyai inovasi di atas tahap inisiatif."),
            STYLES["body"])]
    widths = [10 * mm, 0.0, 36 * mm, 40 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[str(n), cell(line.office_name, small=line.office_code), line.kecamatan,
             cell(line.reason, color=WARN)] for n, line in enumerate(data.innovation, 1)]
    return [*heading(title), Paragraph(escape(f"{when}."), STYLES["body"]), Spacer(1, 1 * mm),
            data_table([["No", "Kantor", "Kecamatan", "Keadaan"]], rows, widths, "CLLL"),
            note(f"Batas waktu dekat: paling lama {angka(NEAR_DEADLINE_DAYS)} hari lagi atau "
                 f"sudah lewat. Keadaan inovasi per {tanggal(data.as_of)}.")]


def _discrepancy_section(data: RecapData) -> list[Flowable]:
    title = "F. Ketidaksesuaian sidak dengan catatan kantor"
    if not data.discrepancies:
        return [*heading(title, 20 * mm), Paragraph(
            "Tidak ada ketidaksesuaian sidak pada bulan ini.", STYLES["body"])]
    widths = [18 * mm, 40 * mm, 26 * mm, 0.0]
    widths[3] = CONTENT_WIDTH - sum(widths)
    rows = [[cell(tanggal_pendek(line.day), small=f"tiba {line.arrival}"),
             cell(line.office_name, small=line.office_code),
             cell(line.kind, small=line.subject),
             cell(line.detail, small=f"Catatan kantor: {line.office_record}. "
                                     f"Sidak: {line.sidak_record}.")]
            for line in data.discrepancies]
    return [*heading(title), data_table(
        [["Tanggal", "Kantor", "Hal", "Yang berbeda"]], rows, widths, "LLLL"), note(
        "Setiap sidak dibandingkan dengan catatan jam layanan dan absensi kantor itu pada "
        "hari yang sama (selisih waktu dalam batas toleransi kota tidak dihitung). Daftar "
        "yang sama: pantau report discrepancies.")]


def _story(data: RecapData) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, STYLES["title"]),
        Paragraph(escape(f"{data.city_name} — {_period(data)}"), STYLES["subtitle"]),
        Paragraph(escape(f"Keadaan data di kota per {tanggal(data.as_of)}"),
                  STYLES["subtitle"]),
        Spacer(1, 4 * mm),
        *heading("A. Ringkasan kota"), *_summary(data),
        *heading("B. Grafik", 70 * mm), _charts(data),
        *heading("C. Peringkat kantor"),
        *_ranking(data.on_time, "tepat waktu buka"),
        *_ranking(data.attendance, "kehadiran pegawai"),
        *heading("D. Rekap per kecamatan"), *_kecamatan_table(data),
        *heading("E. Kantor yang perlu perhatian"),
    ]
    sections: list[Callable[[RecapData], list[Flowable]]] = [
        _silent_section, _late_section, _rotation_section, _innovation_section]
    for section in sections:
        story += section(data)
    story += _discrepancy_section(data)
    return story


def write_recap(data: RecapData, path: Path) -> Path:
    """Lay out `data` as the A4 recap at `path` (written beside it, then moved into place).
    A folder that cannot be written is a ValidationError saying so; nothing is left."""
    target = Path(path)
    report = PdfReport(
        title=f"Rekapitulasi bulanan kepatuhan kantor {data.month_label}",
        running_head=f"Rekap kota — {data.city_name} — {data.month_label}",
        letterhead=data.letterhead, code=data.code, qr_payload=data.qr_payload,
        printed_on=data.printed_on, subject=f"Rekap kota {data.month_label}")
    try:
        write_pdf(target, report, _story(data))
    except OSError as error:
        raise ValidationError(
            f"Berkas {target} tidak dapat ditulis: folder {target.parent} tidak dapat "
            f"dipakai ({error.strerror or error}). Pilih folder lain.", "path") from error
    return target


def write_recap_pdf(session: Session, year: int, month: int, today: date, path: Path
                    ) -> RecapData:
    """Gather the recap of `year`-`month` as of `today` and write it to `path`; returns what
    it showed (its `code` is the verification code)."""
    data = recap_data(session, year, month, today)
    write_recap(data, path)
    return data
