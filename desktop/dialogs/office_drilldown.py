"""One office's month as the city hub holds it (Beranda's "Rincian kantor"): the month day
by day, its on-time opening over six months, the month's sidak with the discrepancies the
cross-check found against the office's own records, its complaints and three-report
alerts, its innovations and its PK. Read-only; a sidak opens in its own detail dialog.

A figure the hub does not have (nothing of those days has arrived) shows as "–", never 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.formatting import (
    NO_FIGURE,
    angka_atau_strip,
    bulan,
    persen_atau_strip,
    tanggal,
    tanggal_pendek,
    waktu,
)
from core.reports.pk import angka_teks, capaian_teks
from core.services.complaints import CATEGORIES, SOURCES, ComplaintRow, RotationAlert
from core.services.complaints import STATUS_LABELS as COMPLAINT_STATUS
from core.services.crosscheck import Discrepancy
from core.services.dashboard import (
    NOT_RECEIVED,
    DrillDay,
    DrillVisit,
    OfficeDrilldown,
    OfficeRow,
    office_drilldown,
)
from core.services.innovation import STAGES, InnovationRow
from core.services.innovation import STATUS_LABELS as INNOVATION_STATUS
from core.services.pk import QUARTER_NAMES, QUARTERS, PkRow, Result
from core.services.service_hours import EARLY, LATE, LATE_AND_EARLY, MISSING
from desktop.dialogs.sidak_detail import (
    LATE_COLOR,
    SidakDetailDialog,
    TintedTableModel,
    check_label,
    found_label,
    kind_label,
    visit_status_label,
)
from desktop.models.table import INACTIVE_COLOR, Column, read_only_table, selected_row
from desktop.pages.sync import wrap_column
from desktop.state import AppState
from desktop.tasks import TaskRunner
from desktop.widgets.charts import chart_view, percent_bars

NONE = NO_FIGURE  # a figure the hub does not have
ON_TIME_TARGET = 80.0  # percent of working days opened on time; below it needs attention
BAD_DAYS = (LATE, EARLY, LATE_AND_EARLY, MISSING)
translate = QCoreApplication.translate


# --- figures as text, shared with the Beranda --------------------------------------------

def minutes_text(value: float | None) -> str:
    return angka_atau_strip(value, 1)


def count_text(value: int | None) -> str:
    return NONE if value is None else str(value)


def pk_text(row: OfficeRow) -> str:
    """"95,00% AA (TW II)"; "–" when no quarter has a realisation."""
    if row.pk_capaian is None:
        return NONE
    text = capaian_teks(row.pk_capaian)
    if row.pk_grade:
        text += f" {row.pk_grade}"
    if row.pk_quarter:
        text += " " + translate("Dashboard", "(TW {quarter})").format(
            quarter=QUARTER_NAMES[row.pk_quarter])
    return text


def _hint(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OfficeDrilldownDialog(QDialog):
    """The drill-down of one office for one month, in tabs."""

    def __init__(self, state: AppState, tasks: TaskRunner, office_code: str, year: int,
                 month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = tasks
        self.today: date = state.ctx.today()
        self.drill: OfficeDrilldown = state.read(office_drilldown, office_code, year, month,
                                                 self.today)
        row = self.drill.row
        self.setWindowTitle(self.tr("Rincian kantor: {office}").format(office=row.office_name))
        self.resize(1040, 680)
        heading = QLabel(self.tr("{office} — {month}").format(office=row.office_name,
                                                             month=self.drill.month_label))
        heading.setObjectName("drillHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("drillTabs")
        self.tabs.addTab(self._days_tab(), self.tr("Hari per hari"))
        self.tabs.addTab(self._trend_tab(), self.tr("Tren 6 bulan"))
        discrepancies = sum(len(v.discrepancies) for v in self.drill.visits)
        self.tabs.addTab(self._sidak_tab(), self.tr("Sidak ({visits}; {items} selisih)").format(
            visits=len(self.drill.visits), items=discrepancies))
        self.tabs.addTab(self._complaints_tab(), self.tr("Pengaduan ({count})").format(
            count=len(self.drill.complaint_rows)))
        self.tabs.addTab(self._innovations_tab(), self.tr("Inovasi ({count})").format(
            count=len(self.drill.innovations)))
        self.tabs.addTab(self._pk_tab(), self.tr("PK ({count})").format(
            count=len(self.drill.pk)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(_hint(self._place_text(row), "drillPlace"))
        layout.addWidget(_hint(self._figures_text(row), "drillFigures"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _place_text(self, row: OfficeRow) -> str:
        until = (self.tr("data sampai {day}").format(day=tanggal(row.data_until))
                 if row.data_until else self.tr("belum ada data bulan ini"))
        if row.last_sync is None:
            synced = self.tr("belum pernah mengirim data")
        else:
            synced = self.tr("sinkron terakhir {when} ({days} hari lalu)").format(
                when=waktu(row.last_sync, self.state.ctx.device.timezone),
                days=row.days_silent)
        return f"{row.office_code} · {row.kecamatan_name} · {until} · {synced}"

    def _figures_text(self, row: OfficeRow) -> str:
        return self.tr(
            "Tepat waktu {on_time} ({days} dari {judged} hari kerja) · rata-rata terlambat "
            "{late} menit · kehadiran {present} ({count} dari {staff} hari-pegawai) · "
            "capaian PK {pk}").format(
            on_time=persen_atau_strip(row.on_time_percent), days=row.on_time_days,
            judged=row.service_days, late=minutes_text(row.average_minutes_late),
            present=persen_atau_strip(row.attendance_percent), count=row.present_days,
            staff=row.staff_days, pk=pk_text(row))

    # --- the month day by day -----------------------------------------------------------
    def _days_tab(self) -> QWidget:
        model: TintedTableModel[DrillDay] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda d: f"{d.weekday}, {tanggal_pendek(d.day)}",
                   lambda d: d.day.isoformat()),
            Column(self.tr("Keadaan"), self._day_status),
            Column(self.tr("Buka"), lambda d: (d.opened or NONE) if d.working else ""),
            Column(self.tr("Tutup"), lambda d: (d.closed or NONE) if d.working else ""),
            Column(self.tr("Terlambat (menit)"),
                   lambda d: count_text(d.minutes_late) if d.working else "",
                   lambda d: d.minutes_late),
            Column(self.tr("Hadir"), self._present_text,
                   lambda d: d.present),
            Column(self.tr("Kehadiran"),
                   lambda d: persen_atau_strip(d.attendance_percent) if d.working else "",
                   lambda d: d.attendance_percent),
        ], tint=self._day_tint)
        model.set_rows(self.drill.days)
        self.days_table = read_only_table("drillDays", model, sortable=False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(_hint(self.tr(
            "Hari yang datanya belum diterima kota tidak dihitung terlambat maupun tidak "
            "hadir; hari libur dan akhir pekan tampak pudar.")))
        layout.addWidget(self.days_table, 1)
        return tab

    def _day_status(self, day: DrillDay) -> str:
        if not day.working:
            return day.off_reason or self.tr("libur")
        return day.status

    def _present_text(self, day: DrillDay) -> str:
        if not day.working:
            return ""
        if day.present is None:
            return NONE
        return self.tr("{present} dari {staff}").format(present=day.present, staff=day.staff)

    def _day_tint(self, day: DrillDay, column: int) -> QColor | None:
        if not day.working or day.status == NOT_RECEIVED:
            return INACTIVE_COLOR
        if column in (1, 4) and day.status in BAD_DAYS:
            return LATE_COLOR
        return None

    # --- six months ---------------------------------------------------------------------
    def _trend_tab(self) -> QWidget:
        trend = self.drill.trend
        self.trend_view = chart_view("drillTrend", 320)
        percent_bars(self.trend_view, self.tr("Hari buka tepat waktu per bulan (% hari kerja)"),
                     [bulan(t.month) for t in trend], [t.on_time_percent for t in trend],
                     ON_TIME_TARGET)
        lines = [self.tr("{month}: {percent} ({days} dari {judged} hari kerja)").format(
            month=bulan(t.month), percent=persen_atau_strip(t.on_time_percent),
            days=t.on_time_days, judged=t.service_days) for t in trend]
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.trend_view, 1)
        layout.addWidget(_hint("  ·  ".join(lines), "drillTrendText"))
        return tab

    # --- sidak --------------------------------------------------------------------------
    def _sidak_tab(self) -> QWidget:
        self.visits_model: TintedTableModel[DrillVisit] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda v: tanggal_pendek(v.day),
                   lambda v: f"{v.day.isoformat()} {v.arrival}"),
            Column(self.tr("Tiba"), lambda v: v.arrival),
            Column(self.tr("Keadaan"), lambda v: found_label(v.found)),
            Column(self.tr("Temuan (terbuka)"), lambda v: f"{v.findings} ({v.open_findings})",
                   lambda v: (v.findings, v.open_findings)),
            # A DrillVisit carries the cross-check's state and discrepancies, as a VisitCheck.
            Column(self.tr("Cek silang"), lambda v: check_label(v)),  # type: ignore[arg-type]
            Column(self.tr("Status"), lambda v: visit_status_label(v.status, False)),
            Column(self.tr("Pemeriksa"), lambda v: v.inspector_name),
            Column(self.tr("Nomor"), lambda v: v.number),
        ], tint=lambda v, column: LATE_COLOR if column == 4 and v.discrepancies else None)
        self.visits_model.set_rows(self.drill.visits)
        self.visits_table = read_only_table("drillVisits", self.visits_model)
        self.visits_table.doubleClicked.connect(lambda _index: self.open_selected_visit())
        self.visits_table.setMaximumHeight(170)
        items: list[Discrepancy] = [d for v in self.drill.visits for d in v.discrepancies]
        discrepancies: TintedTableModel[Discrepancy] = TintedTableModel([
            Column(self.tr("Tanggal"), lambda d: tanggal_pendek(d.day),
                   lambda d: f"{d.day.isoformat()} {d.arrival}"),
            Column(self.tr("Jenis"), kind_label),
            Column(self.tr("Hal"), lambda d: d.subject),
            Column(self.tr("Catatan kantor"), lambda d: d.office_record),
            Column(self.tr("Temuan sidak"), lambda d: d.sidak_record),
            Column(self.tr("Keterangan"), lambda d: d.detail),
        ])
        discrepancies.set_rows(items)
        self.discrepancy_table = read_only_table("drillDiscrepancies", discrepancies)
        wrap_column(self.discrepancy_table, 5)
        self.view_visit = QPushButton(self.tr("Lihat sidak…"))
        self.view_visit.setObjectName("drillViewVisit")
        self.view_visit.clicked.connect(self.open_selected_visit)
        self.view_visit.setEnabled(False)
        self.visits_table.selectionModel().selectionChanged.connect(
            lambda *_: self.view_visit.setEnabled(self.selected_visit() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_visit)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if not self.drill.visits:
            layout.addWidget(_hint(self.tr("Tidak ada sidak ke kantor ini pada bulan ini.")))
        layout.addWidget(self.visits_table)
        layout.addLayout(buttons)
        layout.addWidget(_hint(self.tr(
            "Ketidaksesuaian sidak dengan catatan jam layanan dan absensi kantor: {count}"
        ).format(count=len(items))))
        layout.addWidget(self.discrepancy_table, 1)
        return tab

    def selected_visit(self) -> DrillVisit | None:
        visit: DrillVisit | None = selected_row(self.visits_table, self.visits_model)
        return visit

    def open_selected_visit(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            SidakDetailDialog(self.state, self.tasks, visit.visit_id, self.today, self).exec()

    # --- complaints ---------------------------------------------------------------------
    def _complaints_tab(self) -> QWidget:
        model: TintedTableModel[ComplaintRow] = TintedTableModel([
            Column(self.tr("Nomor"), lambda c: c.number),
            Column(self.tr("Diterima"), lambda c: tanggal_pendek(c.received_on),
                   lambda c: c.received_on.isoformat()),
            Column(self.tr("Sumber"), lambda c: SOURCES.get(c.source, c.source)),
            Column(self.tr("Kategori"), lambda c: CATEGORIES.get(c.category, c.category)),
            Column(self.tr("Pejabat dilaporkan"), lambda c: ", ".join(
                part for part in (c.official_name, c.official_position) if part)),
            Column(self.tr("Status"), lambda c: COMPLAINT_STATUS.get(c.status, c.status)),
            Column(self.tr("Batas langkah berikut"), self._deadline_text),
        ], tint=lambda c, column: LATE_COLOR if column == 6 and c.deadlines.overdue else None)
        model.set_rows(self.drill.complaint_rows)
        table = read_only_table("drillComplaints", model)
        counts = self.drill.complaints
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(_hint(self.tr(
            "Bulan ini: {received} diterima, {open} masih ditangani, {overdue} lewat batas, "
            "{pungli} pungli terverifikasi. Daftar: yang diterima bulan ini dan yang masih "
            "terbuka.").format(received=counts.received, open=counts.open,
                              overdue=counts.overdue, pungli=counts.pungli_verified)))
        alerts = self._alerts_text(self.drill.rotation_alerts)
        if alerts:
            label = _hint(alerts, "drillAlerts")
            label.setStyleSheet(f"color: {LATE_COLOR.name()}; font-weight: 600;")
            layout.addWidget(label)
        layout.addWidget(table, 1)
        return tab

    def _deadline_text(self, row: ComplaintRow) -> str:
        deadlines = row.deadlines
        if deadlines.step is None or deadlines.due is None:
            return ""
        steps = {"verifikasi": self.tr("verifikasi"),
                 "tindak_lanjut": self.tr("tindak lanjut"), "selesai": self.tr("penutupan")}
        text = self.tr("{step} s.d. {day}").format(step=steps.get(deadlines.step,
                                                                  deadlines.step),
                                                   day=tanggal_pendek(deadlines.due))
        if deadlines.overdue:
            text += self.tr(", lewat {days} hari kerja").format(days=deadlines.days_overdue)
        return text

    def _alerts_text(self, alerts: Sequence[RotationAlert]) -> str:
        lines = []
        for alert in alerts:
            decision = (alert.latest_decision.decision if alert.latest_decision
                        else self.tr("belum ada keputusan"))
            lines.append(self.tr(
                "Rekomendasi rotasi: {name} — {count} laporan pungli terverifikasi "
                "({first} s.d. {last}); {decision}").format(
                name=", ".join(p for p in (alert.official_name, alert.position) if p),
                count=alert.count, first=tanggal_pendek(alert.first_received),
                last=tanggal_pendek(alert.last_received), decision=decision))
        return "\n".join(lines)

    # --- innovations and PK -------------------------------------------------------------
    def _innovations_tab(self) -> QWidget:
        row = self.drill.row
        model: TintedTableModel[InnovationRow] = TintedTableModel([
            Column(self.tr("Inovasi"), lambda i: i.name),
            Column(self.tr("Tahap"), lambda i: STAGES.get(i.stage, i.stage)),
            Column(self.tr("Status"), lambda i: INNOVATION_STATUS.get(i.status, i.status)),
            Column(self.tr("Digital"), lambda i: self.tr("ya") if i.digital
                   else self.tr("tidak")),
            Column(self.tr("Catatan kota"), lambda i: i.review_note),
        ])
        model.set_rows(self.drill.innovations)
        table = read_only_table("drillInnovations", model)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(_hint(self.tr("Risiko: {risk}{reason}").format(
            risk=row.innovation_risk,
            reason=f" ({row.innovation_reason})" if row.innovation_reason else "")))
        layout.addWidget(table, 1)
        return tab

    def _pk_tab(self) -> QWidget:
        columns: list[Column[PkRow]] = [
            Column(self.tr("Indikator"), lambda p: p.name),
            Column(self.tr("Satuan"), lambda p: p.unit),
            Column(self.tr("Target"), lambda p: angka_teks(p.target)),
        ]
        columns += [_quarter_column(self.tr("Capaian TW {n}").format(n=QUARTER_NAMES[q]), q)
                    for q in QUARTERS]
        columns.append(Column(self.tr("Capaian tahun"), lambda p: _result_text(p.year_result),
                              lambda p: p.year_result.capaian))
        model: TintedTableModel[PkRow] = TintedTableModel(columns)
        model.set_rows(self.drill.pk)
        table = read_only_table("drillPk", model)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if not self.drill.pk:
            layout.addWidget(_hint(self.tr("Kantor ini belum mengirim perjanjian kinerja "
                                           "tahun ini.")))
        layout.addWidget(table, 1)
        return tab


def _quarter_column(title: str, quarter: int) -> Column[PkRow]:
    return Column(title, lambda p: _result_text(p.quarter(quarter)),
                  lambda p: p.quarter(quarter).capaian)


def _result_text(result: Result) -> str:
    if result.capaian is None:
        return NONE
    return f"{capaian_teks(result.capaian)} {result.grade}".strip()
