"""One sidak as the city sees it, read-only: everything the inspector recorded, the
follow-up of its findings, its photos, its amendments and how it compares with the
office's own records of that day. "Cetak berita acara…" writes the PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from core.attachments import blob_bytes
from core.formatting import hari_tanggal, tanggal_pendek, waktu
from core.services.crosscheck import AGREES, DIFFERS, WAITING, Discrepancy, VisitCheck, check_visits
from core.services.sidak import (
    DONE,
    DONE_LATE,
    LATE,
    OPEN,
    SIGNERS,
    FindingRow,
    SidakDetail,
    VisitFilter,
    finding_rows,
    visit_detail,
)
from desktop.models.table import Column, Index, RowT, RowTableModel, read_only_table
from desktop.pages.sync import wrap_column
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner

LATE_COLOR = QColor("#b00020")
DONE_COLOR = QColor("#1e7b34")
THUMBNAIL = 180  # pixels, the longer side of a photo in the dialog
HINT_STYLE = "color: #5f6368;"


# --- labels shared with the Sidak page ---------------------------------------------------

# Written out as translate("SidakLabels", "…"): lupdate only sees literal strings.
translate = QCoreApplication.translate


def found_label(found: str, opened: str | None = None) -> str:
    """How the inspector found the office: buka, tutup, dibuka pukul 08.30."""
    if found == "dibuka":
        return (translate("SidakLabels", "dibuka pukul {time}").format(time=opened) if opened
                else translate("SidakLabels", "dibuka saat menunggu"))
    labels = {"buka": translate("SidakLabels", "buka"),
              "tutup": translate("SidakLabels", "tutup")}
    return labels.get(found, found)


def staff_status_label(status: str) -> str:
    return {
        "hadir": translate("SidakLabels", "Hadir"),
        "dl": translate("SidakLabels", "Dinas luar"),
        "izin": translate("SidakLabels", "Izin"),
        "sakit": translate("SidakLabels", "Sakit"),
        "tk": translate("SidakLabels", "Tanpa keterangan"),
    }.get(status, status)


def answer_label(answer: str) -> str:
    return {
        "ya": translate("SidakLabels", "Ya"),
        "tidak": translate("SidakLabels", "Tidak"),
        "": translate("SidakLabels", "Tidak diperiksa"),
    }.get(answer, answer)


def visit_status_label(status: str, amended: bool) -> str:
    text = (translate("SidakLabels", "selesai") if status == "final"
            else translate("SidakLabels", "draf"))
    return translate("SidakLabels", "{status}, dikoreksi").format(status=text) if amended \
        else text


def finding_state_label(state: str) -> str:
    return {
        OPEN: translate("SidakLabels", "terbuka"),
        DONE: translate("SidakLabels", "selesai"),
        LATE: translate("SidakLabels", "terlambat"),
        DONE_LATE: translate("SidakLabels", "selesai terlambat"),
    }.get(state, state)


def finding_color(state: str) -> QColor | None:
    """Late findings in red, done ones in green; open ones as any text."""
    if state in (LATE, DONE_LATE):
        return LATE_COLOR
    if state == DONE:
        return DONE_COLOR
    return None


def check_label(check: VisitCheck | None) -> str:
    """The cross-check of one sidak in a table cell; a draft says it is one (its berita
    acara is not signed by both yet, so it is not evidence)."""
    if check is None:
        return ""
    if check.state == DIFFERS:
        text = translate("SidakLabels", "{count} ketidaksesuaian").format(
            count=len(check.discrepancies))
    else:
        labels = {AGREES: translate("SidakLabels", "sesuai"),
                  WAITING: translate("SidakLabels", "menunggu data kantor")}
        text = labels.get(check.state, check.state)
    # The office drill-down passes its DrillVisit (state and discrepancies, no draft flag:
    # it has a Status column of its own).
    if getattr(check, "draft", False):
        return translate("SidakLabels", "draf, belum ditandatangani · {check}").format(
            check=text)
    return text


def check_color(check: VisitCheck | None) -> QColor | None:
    """Red for a signed sidak the office's records contradict (a draft is not evidence)."""
    return LATE_COLOR if check is not None and check.state == DIFFERS and not check.draft \
        else None


def kind_label(item: Discrepancy) -> str:
    return {
        "jam_layanan": translate("SidakLabels", "Jam layanan"),
        "pegawai": translate("SidakLabels", "Kehadiran pegawai"),
        "tidak_tercatat": translate("SidakLabels", "Tidak tercatat"),
    }.get(item.kind, item.kind_label)


def signer_label(kind: str) -> str:
    return {"ttd_pemeriksa": translate("SidakLabels", "pemeriksa"),
            "ttd_kantor": translate("SidakLabels", "perwakilan kantor")}.get(kind, kind)


class TintedTableModel(RowTableModel[RowT]):
    """A `RowTableModel` whose cells may have their own text colour (`tint(row, column)`);
    every cell's full text is its tooltip, for columns shown cut short."""

    def __init__(self, columns: Sequence[Column[RowT]],
                 tint: Callable[[RowT, int], QColor | None] | None = None) -> None:
        super().__init__(columns)
        self._tint = tint

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self._tint:
            color = self._tint(self.row_at(index.row()), index.column())
            if color is not None:
                return color
        return super().data(index, role)


# --- the dialog ------------------------------------------------------------------------

@dataclass(frozen=True)
class VisitView:
    """Everything the dialog shows, read in one go."""

    detail: SidakDetail
    findings: list[FindingRow]
    check: VisitCheck | None
    photos: list[tuple[str, bytes]]  # caption or file name, bytes


def load_visit(session: Session, visit_id: str, today: date) -> VisitView:
    detail = visit_detail(session, visit_id)
    findings = sorted(finding_rows(session, today, visit_ids=[visit_id]),
                      key=lambda f: f.position)
    checks = check_visits(session, today, VisitFilter(start=detail.day, end=detail.day,
                                                      office_code=detail.visited_office))
    check = next((c for c in checks if c.visit_id == visit_id), None)
    photos = [(p.caption or p.file_name, blob_bytes(session, p.sha256)) for p in detail.photos]
    return VisitView(detail, findings, check, photos)


class SidakDetailDialog(QDialog):
    """Read-only detail of one sidak, in tabs; prints its berita acara."""

    def __init__(self, state: AppState, tasks: TaskRunner, visit_id: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tasks = tasks
        self.view: VisitView = state.read(load_visit, visit_id, today)
        detail = self.view.detail
        self.setWindowTitle(self.tr("Sidak {number}").format(number=detail.number))
        self.resize(960, 620)
        heading = QLabel()
        heading.setObjectName("detailHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(self.tr("Sidak {number} — {office}, {day} pukul {time}").format(
            number=detail.number, office=detail.visited_name, day=hari_tanggal(detail.day),
            time=detail.arrival))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self._summary_tab(), self.tr("Ringkasan"))
        self.tabs.addTab(self._staff_tab(), self.tr("Pegawai ({count})").format(
            count=len(detail.staff)))
        self.tabs.addTab(self._checklist_tab(), self.tr("Daftar periksa"))
        self.tabs.addTab(self._findings_tab(), self.tr("Temuan ({count})").format(
            count=len(self.view.findings)))
        self.tabs.addTab(self._photos_tab(), self.tr("Foto ({count})").format(
            count=len(self.view.photos)))
        self.tabs.addTab(self._amendments_tab(), self.tr("Koreksi ({count})").format(
            count=len(detail.amendments)))
        check = self.view.check
        self.tabs.addTab(self._check_tab(), self.tr("Cek silang ({count})").format(
            count=len(check.discrepancies) if check else 0))
        self.print_button = QPushButton(self.tr("Cetak berita acara…"))
        self.print_button.setObjectName("printBeritaAcara")
        self.print_button.clicked.connect(self.print_berita_acara)
        self.print_result = QLabel()
        self.print_result.setObjectName("printResult")
        self.print_result.setWordWrap(True)
        self.print_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.print_result)
        layout.addWidget(buttons)

    # --- tabs --------------------------------------------------------------------------
    def _summary_tab(self) -> QWidget:
        d = self.view.detail
        arrival = d.arrival
        if d.arrival_reason:
            arrival = self.tr("{time} (dicatat kemudian: {reason})").format(
                time=d.arrival, reason=d.arrival_reason)
        received = ", ".join(part for part in (d.received_by, d.received_position) if part)
        inspector = d.inspector_name + (f" (NIP {d.inspector_nip})" if d.inspector_nip else "")
        if d.status == "final" and d.finalized_at is not None:
            status = self.tr("selesai, ditandatangani {when}").format(
                when=waktu(d.finalized_at, self.state.ctx.device.timezone))
        else:
            status = self.tr("draf (belum ditandatangani)")
        signed = [signer_label(kind) for kind in SIGNERS if kind in d.signatures]
        absent = len(d.absent)
        rows = [
            ("number", self.tr("Nomor"), d.number),
            ("office", self.tr("Kantor"), f"{d.visited_name} ({d.visited_office})"),
            ("day", self.tr("Tanggal"), hari_tanggal(d.day)),
            ("arrival", self.tr("Tiba"), arrival),
            ("found", self.tr("Keadaan kantor"), found_label(d.found, d.opened)),
            ("received", self.tr("Diterima oleh"), received or "—"),
            ("desk", self.tr("Meja layanan"),
             self.tr("ada petugas") if d.desk_staffed else self.tr("tidak ada petugas")),
            ("residents", self.tr("Warga menunggu"), str(d.residents_waiting)),
            ("staff", self.tr("Pegawai"), self.tr("{present} hadir, {absent} tidak hadir "
                                                  "dari {total}").format(
                present=len(d.staff) - absent, absent=absent, total=len(d.staff))),
            ("inspector", self.tr("Pemeriksa"), inspector),
            ("team", self.tr("Anggota tim"), d.team or "—"),
            ("status", self.tr("Status"), status),
            ("signed", self.tr("Tanda tangan"), ", ".join(signed) or self.tr("belum ada")),
            ("notes", self.tr("Catatan"), d.notes or "—"),
            ("check", self.tr("Cek silang"), self._check_summary()),
        ]
        tab = QWidget()
        form = QFormLayout(tab)
        for key, caption, text in rows:
            label = QLabel(text)
            label.setObjectName(f"detail_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
        return tab

    def _check_summary(self, here: bool = False) -> str:
        check = self.view.check
        if check is None:
            return "—"
        text = self._check_text(check, here)
        if check.draft:
            return self.tr("draf, belum ditandatangani: {check}").format(check=text)
        return text

    def _check_text(self, check: VisitCheck, here: bool) -> str:
        if check.state == WAITING:
            return self.tr("menunggu data kantor: kota belum menerima catatan kantor untuk "
                           "tanggal ini")
        if check.state == AGREES:
            return self.tr("sesuai dengan catatan jam layanan dan absensi kantor")
        if here:
            return self.tr("{count} ketidaksesuaian dengan catatan kantor:").format(
                count=len(check.discrepancies))
        return self.tr("{count} ketidaksesuaian dengan catatan kantor (lihat tab Cek "
                       "silang)").format(count=len(check.discrepancies))

    def _staff_tab(self) -> QWidget:
        model: RowTableModel = RowTableModel([
            Column(self.tr("Nama"), lambda s: s.name),
            Column(self.tr("Jabatan"), lambda s: s.position),
            Column(self.tr("Status"), lambda s: staff_status_label(s.status)),
            Column(self.tr("Keterangan"), lambda s: s.note),
        ])
        model.set_rows(self.view.detail.staff)
        return self._table_tab("detailStaff", model, hint=None if self.view.detail.staff
                               else self.tr("Tidak ada pegawai yang dicatat."))

    def _checklist_tab(self) -> QWidget:
        model: RowTableModel = RowTableModel([
            Column(self.tr("Butir"), lambda c: c.label),
            Column(self.tr("Jawaban"), lambda c: answer_label(c.answer)),
        ])
        model.set_rows(self.view.detail.checklist)
        return self._table_tab("detailChecklist", model, sortable=False)

    def _findings_tab(self) -> QWidget:
        model: TintedTableModel[FindingRow] = TintedTableModel([
            Column(self.tr("No"), lambda f: f.position, lambda f: f.position),
            Column(self.tr("Temuan"), lambda f: f.finding),
            Column(self.tr("Rekomendasi"), lambda f: f.recommendation),
            Column(self.tr("Batas"), lambda f: tanggal_pendek(f.deadline),
                   lambda f: f.deadline.isoformat() if f.deadline else ""),
            Column(self.tr("Tindak lanjut"), lambda f: finding_state_label(f.state)),
            Column(self.tr("Selesai"), lambda f: tanggal_pendek(f.done_on),
                   lambda f: f.done_on.isoformat() if f.done_on else ""),
            Column(self.tr("Catatan"), lambda f: f.note),
        ], tint=lambda f, column: finding_color(f.state) if column == 4 else None)
        model.set_rows(self.view.findings)
        return self._table_tab("detailFindings", model, wrap=1, sortable=False,
                               hint=None if self.view.findings
                               else self.tr("Sidak ini tidak mencatat temuan."))

    def _photos_tab(self) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        per_row = 4
        for number, (caption, data) in enumerate(self.view.photos):
            pixmap = QPixmap()
            picture = QLabel()
            picture.setObjectName(f"photo_{number}")
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if pixmap.loadFromData(data):
                picture.setPixmap(pixmap.scaled(
                    THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            else:
                picture.setText(self.tr("(foto tidak dapat ditampilkan)"))
            text = QLabel(caption)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setWordWrap(True)
            text.setMaximumWidth(THUMBNAIL + 20)
            row, column = divmod(number, per_row)
            grid.addWidget(picture, row * 2, column)
            grid.addWidget(text, row * 2 + 1, column)
        if not self.view.photos:
            grid.addWidget(_hint(self.tr("Tidak ada foto.")), 0, 0)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setColumnStretch(per_row, 1)
        scroll = QScrollArea()
        scroll.setObjectName("detailPhotos")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _amendments_tab(self) -> QWidget:
        timezone = self.state.ctx.device.timezone
        model: RowTableModel = RowTableModel([
            Column(self.tr("Dicatat"), lambda a: waktu(a.at, timezone),
                   lambda a: a.at.isoformat()),
            Column(self.tr("Perihal"), lambda a: a.field),
            Column(self.tr("Semula"), lambda a: a.old_value),
            Column(self.tr("Menjadi"), lambda a: a.new_value),
            Column(self.tr("Alasan"), lambda a: a.reason),
        ])
        model.set_rows(self.view.detail.amendments)
        return self._table_tab("detailAmendments", model, wrap=4, sortable=False,
                               hint=None if self.view.detail.amendments
                               else self.tr("Tidak ada koreksi setelah sidak selesai."))

    def _check_tab(self) -> QWidget:
        check = self.view.check
        model: RowTableModel = RowTableModel([
            Column(self.tr("Jenis"), kind_label),
            Column(self.tr("Hal"), lambda d: d.subject),
            Column(self.tr("Catatan kantor"), lambda d: d.office_record),
            Column(self.tr("Temuan sidak"), lambda d: d.sidak_record),
            Column(self.tr("Keterangan"), lambda d: d.detail),
        ])
        model.set_rows(list(check.discrepancies) if check else [])
        return self._table_tab("detailDiscrepancies", model, wrap=4, sortable=False,
                               hint=self._check_summary(here=True))

    def _table_tab(self, name: str, model: RowTableModel, *, wrap: int | None = None,
                   hint: str | None = None, sortable: bool = True) -> QWidget:
        table = read_only_table(name, model, sortable)
        if wrap is not None:
            wrap_column(table, wrap)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        if hint:
            layout.addWidget(_hint(hint))
        layout.addWidget(table, 1)
        return tab

    # --- berita acara ------------------------------------------------------------------
    def choose_pdf_path(self, suggested: str) -> Path | None:
        """Ask where to save the berita acara (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berita acara"), suggested, self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def print_berita_acara(self) -> None:
        detail = self.view.detail
        suggested = "berita-acara-sidak-{number}.pdf".format(
            number=detail.number.replace("/", "-"))
        path = self.choose_pdf_path(suggested)
        if path is None:
            return
        ctx = self.state.ctx
        printed_at = ctx.clock()

        def work(_progress: Progress) -> Path:
            # Imported here: the report module is heavy (ReportLab) and only needed now.
            from core.reports.sidak import write_berita_acara

            with ctx.read() as session:
                written: Path = write_berita_acara(session, detail.id, path, printed_at)
            return written

        def done(written: Path) -> None:
            self.print_button.setEnabled(True)
            self.print_result.setText(self.tr("Berita acara disimpan: {path}").format(
                path=str(written)))

        def failed(message: str) -> None:
            self.print_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Gagal mencetak"), message)

        self.print_button.setEnabled(False)
        self.print_result.setText("")
        self.tasks.run(self, self.tr("Mencetak berita acara…"), work, done, failed)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
