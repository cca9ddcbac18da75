"""Buku sinkronisasi (hub, kecamatan): devices, the bundle ledger, clock flags, silent offices.

Unknown devices are held until an admin (or, at a kecamatan, the head) approves them
after comparing the key fingerprint; approving applies the bundles they held.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.roles import Mode, Role
from core.services.offices import LEVEL_LABELS, Level, OfficeInfo, get_office
from core.sync.importer import HELD, BundleResult, approve_device
from core.sync.ledger import (
    DEFAULT_SILENT_DAYS,
    BundleRow,
    ClockFlagRow,
    DeviceRow,
    OfficeActivity,
    SeqGap,
    list_bundles,
    list_clock_flags,
    list_devices,
    office_activity,
)
from desktop.models.table import Column, read_only_table, selected_row
from desktop.pages.base import Page
from desktop.pages.sync import (
    HELD_COLOR,
    HighlightTableModel,
    iso,
    result_color,
    result_label,
    seq_range,
    when,
    wrap_column,
)
from desktop.state import AppState
from desktop.tasks import Progress, TaskRunner

SILENT_COLOR = QColor("#fbd5d5")
BUNDLE_REASON_COLUMN, BUNDLE_FILE_COLUMN = 8, 9
APPROVERS = (Role.ADMIN, Role.HEAD)


def status_label(status: str) -> str:
    labels = {
        "approved": QCoreApplication.translate("LedgerPage", "disetujui"),
        "held": QCoreApplication.translate("LedgerPage", "belum disetujui"),
    }
    return labels.get(status, status)


def mode_label(mode: str) -> str:
    labels = {
        Mode.OFFICE.value: QCoreApplication.translate("LedgerPage", "Kantor"),
        Mode.INSPECTOR.value: QCoreApplication.translate("LedgerPage", "Pemeriksa"),
        Mode.HUB.value: QCoreApplication.translate("LedgerPage", "Kota"),
    }
    return labels.get(mode, mode)


def flag_label(kind: str) -> str:
    labels = {
        "backwards": QCoreApplication.translate("LedgerPage", "jam mundur"),
        "future": QCoreApplication.translate("LedgerPage", "di masa depan"),
        "late": QCoreApplication.translate("LedgerPage", "dicatat terlambat"),
    }
    return labels.get(kind, kind)


def gaps_text(gaps: tuple[SeqGap, ...]) -> str:
    return ", ".join(seq_range(gap.first, gap.last) for gap in gaps)


def detail_box(title: str, prefix: str, rows: list[tuple[str, str]]
               ) -> tuple[QGroupBox, dict[str, QLabel]]:
    """A group of caption: value lines for the selected row; labels named `prefix_key`."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    labels: dict[str, QLabel] = {}
    for key, caption in rows:
        label = QLabel()
        label.setObjectName(f"{prefix}_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        labels[key] = label
        form.addRow(caption, label)
    return box, labels


class LedgerPage(Page):
    areas = ("sync", "offices")

    def __init__(self, state: AppState, tasks: TaskRunner) -> None:
        super().__init__(state, tasks)
        device = state.ctx.device
        self.timezone = device.timezone
        self.office: OfficeInfo = state.read(get_office, device.office_code)
        self.imports_here = device.mode is Mode.HUB or self.office.level is Level.KECAMATAN
        self.busy = False
        layout = QVBoxLayout(self)
        # lupdate does not see a tr() inside an f-string.
        title = self.tr("Buku sinkronisasi")
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        self.note = QLabel()
        self.note.setObjectName("ledgerNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.tabs: QTabWidget | None = None
        if not self.imports_here:
            self.note.setText(self.tr(
                "Hanya kota dan kantor kecamatan yang mengimpor bundle, jadi buku ini kosong "
                "di {office}. Kirim data kantor ini ke kota lewat Sinkronisasi › Ekspor ke "
                "USB.").format(office=self.office.display_name))
            layout.addStretch(1)
            return
        if device.mode is Mode.HUB:
            self.note.setText(self.tr("Bundle yang diterima kota dari setiap kantor dan "
                                      "pemeriksa."))
        else:
            self.note.setText(self.tr("Bundle kelurahan di {office} yang diimpor di sini.")
                              .format(office=self.office.display_name))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledgerTabs")
        self.tabs.addTab(self._devices_tab(), self.tr("Perangkat"))
        self.tabs.addTab(self._bundles_tab(), self.tr("Bundle"))
        self.tabs.addTab(self._flags_tab(), self.tr("Tanda jam"))
        self.tabs.addTab(self._silent_tab(), self.tr("Kantor senyap"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- Perangkat ---------------------------------------------------------------------
    def _devices_tab(self) -> QWidget:
        tz = self.timezone
        self.devices_model: HighlightTableModel[DeviceRow] = HighlightTableModel([
            Column(self.tr("Kantor"), lambda d: d.office_name),
            Column(self.tr("Mode"), lambda d: mode_label(d.mode)),
            Column(self.tr("Status"), lambda d: status_label(d.status)),
            Column(self.tr("Seq terakhir"), lambda d: d.last_seq, lambda d: d.last_seq),
            Column(self.tr("Diterima"), lambda d: when(d.last_bundle_at, tz),
                   lambda d: iso(d.last_bundle_at)),
            Column(self.tr("Celah seq"), lambda d: gaps_text(d.gaps)),
            Column(self.tr("Ditahan"), lambda d: d.held_bundles, lambda d: d.held_bundles),
            Column(self.tr("Tanda jam"), lambda d: d.clock_flags, lambda d: d.clock_flags),
        ], highlight=lambda d: HELD_COLOR if not d.approved or d.gaps or d.held_bundles
            else None)
        self.devices_table = read_only_table("devicesTable", self.devices_model)
        self.devices_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.approve_button = QPushButton(self.tr("Setujui perangkat…"))
        self.approve_button.setObjectName("approveDevice")
        self.approve_button.clicked.connect(self.approve_selected)
        if self.state.actor.role not in APPROVERS:
            self.approve_button.setToolTip(self.tr(
                "Hanya admin kota atau pimpinan kantor yang dapat menyetujui perangkat."))
        self.devices_count = QLabel()
        self.devices_count.setObjectName("devicesCount")
        self.approve_result = QLabel()
        self.approve_result.setObjectName("approveResult")
        self.approve_result.setWordWrap(True)
        self.approve_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.devices_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.devices_table, 1)
        layout.addWidget(self._device_detail_box())
        layout.addLayout(buttons)
        layout.addWidget(self.approve_result)
        self.devices_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_selected_device())
        return tab

    def _device_detail_box(self) -> QGroupBox:
        box, self.device_detail = detail_box(self.tr("Perangkat terpilih"), "device", [
            ("office", self.tr("Kantor")), ("device", self.tr("ID perangkat")),
            ("fingerprint", self.tr("Sidik kunci")), ("status", self.tr("Status")),
            ("last_bundle", self.tr("Bundle terakhir")), ("gaps", self.tr("Celah seq"))])
        return box

    def _show_selected_device(self) -> None:
        device = self.selected_device()
        tz = self.timezone
        texts = dict.fromkeys(self.device_detail, "")
        if device is None:
            texts["office"] = self.tr("Pilih perangkat di tabel untuk melihat rinciannya.")
        else:
            texts["office"] = f"{device.office_name} ({device.office_code}), " \
                f"{mode_label(device.mode)}"
            texts["device"] = device.device_id
            texts["fingerprint"] = device.fingerprint
            if device.approved:
                texts["status"] = self.tr("disetujui oleh {user}, {when}").format(
                    user=device.approved_by or "?", when=when(device.approved_at, tz))
            else:
                texts["status"] = self.tr("menunggu persetujuan sejak {when}").format(
                    when=when(device.first_seen_at, tz))
            if device.last_bundle:
                texts["last_bundle"] = self.tr("{file} — {result}, {when}").format(
                    file=device.last_bundle,
                    result=result_label(device.last_bundle_result or ""),
                    when=when(device.last_bundle_at, tz))
            texts["gaps"] = (self.tr("seq {gaps} belum tiba").format(gaps=gaps_text(device.gaps))
                             if device.gaps else self.tr("tidak ada"))
        for key, text in texts.items():
            self.device_detail[key].setText(text)
        self._update_buttons()

    def _select_device(self, device_id: str) -> None:
        proxy = self.devices_table.model()
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 0))  # type: ignore[attr-defined]
            if self.devices_model.row_at(source.row()).device_id == device_id:
                self.devices_table.selectRow(row)
                return

    def selected_device(self) -> DeviceRow | None:
        row: DeviceRow | None = selected_row(self.devices_table, self.devices_model)
        return row

    def _update_buttons(self) -> None:
        if self.tabs is None:
            return
        device = self.selected_device()
        self.approve_button.setEnabled(
            not self.busy and device is not None and not device.approved
            and self.state.actor.role in APPROVERS)

    def approve_selected(self) -> None:
        device = self.selected_device()
        if device is None or device.approved:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Setujui perangkat"),
                          self.tr("Setujui perangkat dari {office} ({code})?").format(
                              office=html.escape(device.office_name),
                              code=html.escape(device.office_code)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setInformativeText(self.tr(
            "<p style='white-space:pre'>Mode: {mode}<br>Sidik kunci: <b>{fingerprint}</b>"
            "<br>ID perangkat: {device}</p>"
            "<p>Cocokkan sidik kunci ini dengan yang tampil di Pengaturan › Perangkat dan "
            "cadangan pada komputer kantor itu (lewat telepon atau langsung, bukan dari "
            "flashdisk yang sama). Setelah disetujui, bundle yang ditahan dari perangkat "
            "ini diterapkan.</p>").format(mode=html.escape(mode_label(device.mode)),
                                           fingerprint=html.escape(device.fingerprint),
                                           device=html.escape(device.device_id)))
        approve = box.addButton(self.tr("Setujui"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not approve:
            return
        ctx, actor = self.state.ctx, self.state.actor

        def work(_progress: Progress) -> list[BundleResult]:
            return approve_device(ctx, actor, device.device_id)

        def done(released: list[BundleResult]) -> None:
            self.busy = False
            lines = [self.tr("Perangkat {office} ({fingerprint}) disetujui.").format(
                office=device.office_name, fingerprint=device.fingerprint)]
            if not released:
                lines.append(self.tr("Tidak ada bundle yang menunggu."))
            for result in released:
                summary = result.summary
                detail = self.tr("baru {new}, diperbarui {updated}, tetap {unchanged}").format(
                    new=summary.new, updated=summary.updated, unchanged=summary.unchanged)
                lines.append(self.tr("{file}: {result} ({detail}) {reason}").format(
                    file=result.file.name, result=result_label(result.result), detail=detail,
                    reason=result.reason).strip())
            self.approve_result.setText("\n".join(lines))
            self.state.changed.emit("sync")

        def failed(message: str) -> None:
            self.busy = False
            self.state.changed.emit("sync")
            QMessageBox.warning(self, self.tr("Gagal"), message)

        self.busy = True
        self._update_buttons()
        self.approve_result.setText("")
        self.tasks.run(self, self.tr("Menyetujui perangkat dan menerapkan bundle…"), work,
                       done, failed)

    # --- Bundle ------------------------------------------------------------------------
    def _bundles_tab(self) -> QWidget:
        tz = self.timezone
        self.bundles_model: HighlightTableModel[BundleRow] = HighlightTableModel([
            Column(self.tr("Diimpor"), lambda b: when(b.imported_at, tz),
                   lambda b: iso(b.imported_at)),
            Column(self.tr("Oleh"), lambda b: b.imported_by),
            Column(self.tr("Kantor"), lambda b: b.office_name),
            Column(self.tr("Seq"), lambda b: seq_range(b.seq_from, b.seq_to),
                   lambda b: b.seq_from or 0),
            Column(self.tr("Hasil"), lambda b: result_label(b.result)),
            Column(self.tr("Baru"), lambda b: b.summary.new, lambda b: b.summary.new),
            Column(self.tr("Diperbarui"), lambda b: b.summary.updated,
                   lambda b: b.summary.updated),
            Column(self.tr("Tetap"), lambda b: b.summary.unchanged,
                   lambda b: b.summary.unchanged),
            Column(self.tr("Alasan"), lambda b: b.reason),
            # Not shown (the details below show it), but found by the filter.
            Column(self.tr("Berkas"), lambda b: b.file_name),
        ], highlight=lambda b: result_color(b.result) if b.waiting or b.result != HELD
            else None)
        self.bundles_table = read_only_table("bundlesTable", self.bundles_model)
        self.bundles_table.setColumnHidden(BUNDLE_FILE_COLUMN, True)
        self.bundles_table.horizontalHeader().setSectionResizeMode(
            BUNDLE_REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.bundles_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        search = QLineEdit()
        search.setObjectName("bundlesSearch")
        search.setPlaceholderText(self.tr("Saring berkas, kantor, hasil, alasan…"))
        proxy = self.bundles_table.model()
        search.textChanged.connect(proxy.setFilterFixedString)  # type: ignore[attr-defined]
        self.bundles_count = QLabel()
        self.bundles_count.setObjectName("bundlesCount")
        box, self.bundle_detail = detail_box(self.tr("Bundle terpilih"), "bundle", [
            ("file", self.tr("Berkas")), ("device", self.tr("Perangkat")),
            ("created", self.tr("Dibuat")), ("summary", self.tr("Ringkasan")),
            ("reason", self.tr("Alasan"))])
        self.bundles_table.selectionModel().selectionChanged.connect(
            lambda *_: self._show_selected_bundle())
        top = QHBoxLayout()
        top.addWidget(search, 1)
        top.addWidget(self.bundles_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.bundles_table, 1)
        layout.addWidget(box)
        self._show_selected_bundle()
        return tab

    def _show_selected_bundle(self) -> None:
        bundle: BundleRow | None = selected_row(self.bundles_table, self.bundles_model)
        texts = dict.fromkeys(self.bundle_detail, "")
        if bundle is None:
            texts["file"] = self.tr("Pilih bundle di tabel untuk melihat rinciannya.")
        else:
            texts["file"] = bundle.file_name
            texts["device"] = bundle.device_id or "—"
            texts["created"] = when(bundle.created_at, self.timezone) or "—"
            summary = bundle.summary
            texts["summary"] = self.tr(
                "baru {new}, diperbarui {updated}, tetap {unchanged}, tanda jam {flags}").format(
                new=summary.new, updated=summary.updated, unchanged=summary.unchanged,
                flags=summary.clock_flags)
            texts["reason"] = bundle.reason or "—"
            if bundle.result == HELD and not bundle.waiting:
                texts["reason"] += self.tr(" (sudah dilepas dari tahanan)")
        for key, text in texts.items():
            self.bundle_detail[key].setText(text)

    # --- Tanda jam ---------------------------------------------------------------------
    def _flags_tab(self) -> QWidget:
        tz = self.timezone
        self.flags_model: HighlightTableModel[ClockFlagRow] = HighlightTableModel([
            Column(self.tr("Ditandai"), lambda f: when(f.flagged_at, tz),
                   lambda f: iso(f.flagged_at)),
            Column(self.tr("Kantor"), lambda f: f.office_name),
            Column(self.tr("Perangkat"), lambda f: f.device_id[:8]),
            Column(self.tr("Seq"), lambda f: f.seq, lambda f: f.seq),
            Column(self.tr("Jenis"), lambda f: flag_label(f.kind)),
            Column(self.tr("Keterangan"), lambda f: f.detail),
        ], highlight=lambda _f: None)
        self.flags_table = read_only_table("clockFlagsTable", self.flags_model)
        wrap_column(self.flags_table, 5)
        self.flags_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        explain = QLabel(self.tr(
            "Entri yang waktunya meragukan: jam perangkat mundur, waktu setelah jam kota, "
            "atau data suatu hari yang baru dicatat lebih dari tiga hari kemudian."))
        explain.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.flags_table, 1)
        return tab

    # --- Kantor senyap -----------------------------------------------------------------
    def _silent_tab(self) -> QWidget:
        tz = self.timezone
        self.silent_model: HighlightTableModel[OfficeActivity] = HighlightTableModel([
            Column(self.tr("Kode"), lambda o: o.code),
            Column(self.tr("Tingkat"), lambda o: LEVEL_LABELS[o.level]),
            Column(self.tr("Nama"), lambda o: o.display_name),
            Column(self.tr("Perangkat"), lambda o: o.devices, lambda o: o.devices),
            Column(self.tr("Terakhir diterima"),
                   lambda o: when(o.last_received_at, tz) or self.tr("belum pernah"),
                   lambda o: iso(o.last_received_at)),
            Column(self.tr("Hari senyap"),
                   lambda o: "—" if o.days_silent is None else o.days_silent,
                   lambda o: 1_000_000 if o.days_silent is None else o.days_silent),
            Column(self.tr("Ditahan"), lambda o: o.held_bundles, lambda o: o.held_bundles),
        ], highlight=lambda o: SILENT_COLOR if o.silent else None)
        self.silent_table = read_only_table("silentTable", self.silent_model)
        self.silent_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.silent_days = QSpinBox()
        self.silent_days.setObjectName("silentDays")
        self.silent_days.setRange(1, 365)
        self.silent_days.setValue(DEFAULT_SILENT_DAYS)
        self.silent_days.setSuffix(self.tr(" hari"))
        self.silent_days.valueChanged.connect(lambda _days: self._show_silent())
        self.silent_only = QCheckBox(self.tr("Hanya kantor senyap"))
        self.silent_only.setObjectName("silentOnly")
        self.silent_only.toggled.connect(lambda _on: self._show_silent())
        self.silent_count = QLabel()
        self.silent_count.setObjectName("silentCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Senyap bila tidak ada data diterima lebih dari")))
        top.addWidget(self.silent_days)
        top.addWidget(self.silent_only)
        top.addStretch(1)
        top.addWidget(self.silent_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.silent_table, 1)
        return tab

    def _show_silent(self) -> None:
        days = self.silent_days.value()
        rows = office_activity(self.state.ctx, days)
        silent = sum(1 for row in rows if row.silent)
        self.silent_model.set_rows([row for row in rows if row.silent]
                                   if self.silent_only.isChecked() else rows)
        self.silent_count.setText(self.tr("{silent} dari {total} kantor senyap lebih dari "
                                          "{days} hari").format(silent=silent,
                                                                total=len(rows), days=days))

    # --- all ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.tabs is None:
            return
        ctx = self.state.ctx
        selected = self.selected_device()
        devices = list_devices(ctx)
        self.devices_model.set_rows(devices)
        if selected is not None:
            self._select_device(selected.device_id)
        self._show_selected_device()
        waiting = sum(1 for d in devices if not d.approved)
        self.devices_count.setText(self.tr("{count} perangkat, {waiting} menunggu "
                                           "persetujuan").format(count=len(devices),
                                                                 waiting=waiting))
        bundles = list_bundles(ctx)
        self.bundles_model.set_rows(bundles)
        self._show_selected_bundle()
        self.bundles_count.setText(self.tr("{count} bundle").format(count=len(bundles)))
        self.flags_model.set_rows(list_clock_flags(ctx))
        self._show_silent()
        self._update_buttons()

