"""The innovation form: the profile of the innovation index, evidence files and the
self-assessment. Simpan keeps a draft (the dialog stays open); Ajukan (the head) runs the
full check and submits it to the city."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.attachments import MAX_EVIDENCE_BYTES, prepare_file
from core.errors import PantauError, ValidationError
from core.formatting import waktu
from core.roles import Role
from core.services.innovation import (
    FORMS,
    INITIATORS,
    MIN_DESIGN_WORDS,
    STAGES,
    STATUS_LABELS,
    IndicatorSet,
    InnovationDetail,
    InnovationForm,
    add_evidence,
    assessments_of,
    format_points,
    innovation_detail,
    remove_evidence,
    save_innovation,
    score,
    set_assessment,
    submit,
    word_count,
)
from desktop.forms import ERROR_STYLE, ErrorLabel
from desktop.state import AppState, UnitOfWork

OK_STYLE = "color: #1b5e20; font-weight: 600;"
TAB_PROFILE, TAB_TEXT, TAB_EVIDENCE, TAB_ASSESSMENT = range(4)
AREA = "innovation"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class OptionalDate(QWidget):
    """A date that may be left empty: a check box turns the date on."""

    def __init__(self, name: str, label: str, today: date) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.check.setObjectName(f"{name}Set")
        self.edit = QDateEdit(QDate(today))
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date().toPython()
        assert isinstance(value, date)
        return value

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value))


class InnovationDialog(QDialog):
    def __init__(self, state: AppState, innovation_id: str | None = None,
                 indicator_sets: dict[int, IndicatorSet] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.innovation_id = innovation_id
        self.detail: InnovationDetail | None = None
        self.indicator_sets = indicator_sets if indicator_sets is not None else {}
        self.is_head = state.actor.role is Role.HEAD
        self.setObjectName("innovationDialog")
        self.setSizeGripEnabled(True)
        self.status_line = QLabel()
        self.status_line.setObjectName("innovationStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.RichText)
        self.error = ErrorLabel()
        self.error.setObjectName("innovationError")
        self.message = QLabel()
        self.message.setObjectName("innovationMessage")
        self.message.setStyleSheet(OK_STYLE)
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("innovationTabs")
        self.tabs.addTab(self._scrolled(self._profile_tab()), self.tr("Profil"))
        self.tabs.addTab(self._text_tab(), self.tr("Uraian"))
        self.tabs.addTab(self._evidence_tab(), self.tr("Bukti"))
        self.tabs.addTab(self._assessment_tab(), self.tr("Penilaian mandiri"))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setObjectName("saveInnovation")
        self.save_button.clicked.connect(self.save)
        self.submit_button = buttons.addButton(self.tr("Ajukan"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button.setObjectName("submitInnovation")
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setToolTip(self.tr("Hanya pimpinan (lurah/camat) yang mengajukan."))
        close = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("closeInnovation")
        for button in (self.save_button, self.submit_button, close):
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_line)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.fields: dict[str, QWidget] = {
            "name": self.name, "initiator_name": self.initiator_name, "affairs": self.affairs,
            "trial_date": self.trial_date.edit, "implementation_date":
                self.implementation_date.edit, "budget": self.budget,
            "video_url": self.video_url, "design": self.design, "goals": self.goals,
            "benefits": self.benefits, "results": self.results,
        }
        self.field_tabs = {name: TAB_PROFILE for name in self.fields} | {
            "design": TAB_TEXT, "goals": TAB_TEXT, "benefits": TAB_TEXT, "results": TAB_TEXT,
            "evidence": TAB_EVIDENCE, "indicators": TAB_ASSESSMENT, "option": TAB_ASSESSMENT}
        self.resize(900, 640)
        if innovation_id is not None:
            self._load(innovation_id)
        self._update_words()
        self._show_state()

    # --- building ---------------------------------------------------------------------
    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    @staticmethod
    def _combo(name: str, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for key, label in choices.items():
            combo.addItem(label, key)
        return combo

    def _profile_tab(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setObjectName("innovationName")
        self.name.setMaxLength(300)
        self.stage = self._combo("stage", STAGES)
        self.initiator = self._combo("initiator", INITIATORS)
        self.initiator.setCurrentIndex(self.initiator.findData("opd"))
        self.initiator_name = QLineEdit()
        self.initiator_name.setObjectName("initiatorName")
        self.digital = QCheckBox(self.tr("Inovasi digital (memakai aplikasi/TI)"))
        self.digital.setObjectName("digital")
        self.form_kind = self._combo("form", FORMS)
        self.affairs = QLineEdit()
        self.affairs.setObjectName("affairs")
        self.affairs.setPlaceholderText(self.tr("mis. administrasi kependudukan"))
        today = self.state.ctx.today()
        self.trial_date = OptionalDate("trialDate", self.tr("ada"), today)
        self.implementation_date = OptionalDate("implementationDate", self.tr("ada"), today)
        self.budget = QLineEdit()
        self.budget.setObjectName("budget")
        self.budget.setPlaceholderText(self.tr("rupiah, mis. 5.000.000 (kosong bila tidak ada)"))
        self.video_url = QLineEdit()
        self.video_url.setObjectName("videoUrl")
        self.video_url.setPlaceholderText("https://")
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Nama inovasi"), self.name)
        form.addRow(self.tr("Tahap"), self.stage)
        form.addRow(self.tr("Inisiator"), self.initiator)
        form.addRow(self.tr("Nama inisiator"), self.initiator_name)
        form.addRow("", self.digital)
        form.addRow(self.tr("Bentuk inovasi"), self.form_kind)
        form.addRow(self.tr("Urusan pemerintahan"), self.affairs)
        form.addRow(self.tr("Tanggal uji coba"), self.trial_date)
        form.addRow(self.tr("Tanggal penerapan"), self.implementation_date)
        form.addRow(self.tr("Anggaran (Rp)"), self.budget)
        form.addRow(self.tr("Tautan video"), self.video_url)
        hint = QLabel(self.tr("Draf cukup dengan nama, tahap, inisiator dan bentuk. Saat "
                              "diajukan: rancang bangun minimal {words} kata, tujuan dan "
                              "manfaat; tahap uji coba perlu tanggal uji coba; tahap "
                              "penerapan perlu tanggal penerapan dan hasil.")
                      .format(words=MIN_DESIGN_WORDS))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        return page

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        return edit

    def _text_tab(self) -> QWidget:
        self.design = self._text("design", self.tr(
            "Rancang bangun: latar belakang, masalah, cara kerja inovasi, langkah-langkahnya…"))
        self.design.textChanged.connect(self._update_words)
        self.word_counter = QLabel()
        self.word_counter.setObjectName("wordCount")
        self.goals = self._text("goals", self.tr("Tujuan inovasi"))
        self.benefits = self._text("benefits", self.tr("Manfaat yang diperoleh"))
        self.results = self._text("results", self.tr("Hasil inovasi (tahap penerapan)"))
        page = QWidget()
        layout = QGridLayout(page)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("<b>Rancang bangun inovasi</b>")))
        title.addStretch(1)
        title.addWidget(self.word_counter)
        layout.addLayout(title, 0, 0, 1, 3)
        layout.addWidget(self.design, 1, 0, 1, 3)
        for column, (label, edit) in enumerate(((self.tr("Tujuan"), self.goals),
                                                (self.tr("Manfaat"), self.benefits),
                                                (self.tr("Hasil"), self.results))):
            layout.addWidget(QLabel(f"<b>{label}</b>"), 2, column)
            layout.addWidget(edit, 3, column)
        layout.setRowStretch(1, 3)
        layout.setRowStretch(3, 1)
        return page

    def _evidence_tab(self) -> QWidget:
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.itemSelectionChanged.connect(self._update_evidence_buttons)
        self.add_evidence_button = QPushButton(self.tr("Tambah berkas…"))
        self.add_evidence_button.setObjectName("addEvidence")
        self.add_evidence_button.clicked.connect(self.add_evidence)
        self.remove_evidence_button = QPushButton(self.tr("Hapus berkas"))
        self.remove_evidence_button.setObjectName("removeEvidence")
        self.remove_evidence_button.clicked.connect(self.remove_selected_evidence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_evidence_button)
        buttons.addWidget(self.remove_evidence_button)
        buttons.addStretch(1)
        limit = QLabel(self.tr("PDF, foto (JPEG/PNG) atau dokumen lain; paling besar {size} "
                               "per berkas. Menambah atau menghapus bukti menjadikan inovasi "
                               "draf kembali.").format(size=_megabytes(MAX_EVIDENCE_BYTES)))
        limit.setWordWrap(True)
        limit.setStyleSheet("color: #555;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.evidence_list, 1)
        layout.addWidget(limit)
        return page

    def _assessment_tab(self) -> QWidget:
        self.year = QComboBox()
        self.year.setObjectName("assessmentYear")
        self.year.currentIndexChanged.connect(lambda _i: self._show_assessment())
        self.save_assessment_button = QPushButton(self.tr("Simpan penilaian"))
        self.save_assessment_button.setObjectName("saveAssessment")
        self.save_assessment_button.clicked.connect(self.save_assessment)
        self.indicator_grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.indicator_grid)
        self.indicator_rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreTotal")
        self.score_table = QTableWidget(0, 4)
        self.score_table.setObjectName("scoreLines")
        self.score_table.setHorizontalHeaderLabels(
            [self.tr("Indikator"), self.tr("Pilihan"), self.tr("Aturan"), self.tr("Poin")])
        self.score_table.verticalHeader().hide()
        self.score_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.score_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.save_assessment_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self._scrolled(holder), 3)
        layout.addWidget(self.score_label)
        layout.addWidget(self.score_table, 2)
        self.set_indicator_sets(self.indicator_sets)
        return page

    # --- showing -------------------------------------------------------------------------
    def set_indicator_sets(self, sets: dict[int, IndicatorSet]) -> None:
        """The years to choose from (bundled and loaded by the head), newest first."""
        self.indicator_sets = sets
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(sets, reverse=True):
            self.year.addItem(str(year), year)
        index = self.year.findData(current)
        self.year.setCurrentIndex(index if index >= 0 else 0)
        self.year.blockSignals(False)
        self._show_assessment()

    def _load(self, innovation_id: str) -> None:
        detail = self.state.read(innovation_detail, innovation_id)
        self.detail = detail
        self.name.setText(detail.name)
        self.stage.setCurrentIndex(self.stage.findData(detail.stage))
        self.initiator.setCurrentIndex(self.initiator.findData(detail.initiator))
        self.initiator_name.setText(detail.initiator_name)
        self.digital.setChecked(detail.digital)
        self.form_kind.setCurrentIndex(self.form_kind.findData(detail.form))
        self.affairs.setText(detail.affairs)
        self.trial_date.set_value(detail.trial_date)
        self.implementation_date.set_value(detail.implementation_date)
        self.budget.setText("" if detail.budget is None else
                            f"{detail.budget:,}".replace(",", "."))
        self.video_url.setText(detail.video_url)
        self.design.setPlainText(detail.design)
        self.goals.setPlainText(detail.goals)
        self.benefits.setPlainText(detail.benefits)
        self.results.setPlainText(detail.results)
        self._show_evidence()
        self._show_assessment()

    def _show_evidence(self) -> None:
        self.evidence_list.clear()
        for item in self.detail.evidence if self.detail else []:
            text = f"{item.file_name} · {_megabytes(item.size)}"
            if item.caption:
                text += f" · {item.caption}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.evidence_list.addItem(row)
        self._update_evidence_buttons()

    def _update_evidence_buttons(self) -> None:
        self.remove_evidence_button.setEnabled(self.evidence_list.currentItem() is not None)

    def _update_words(self) -> None:
        count = word_count(self.design.toPlainText())
        self.word_counter.setText(self.tr("{count}/{minimum} kata").format(
            count=count, minimum=MIN_DESIGN_WORDS))
        self.word_counter.setStyleSheet(OK_STYLE if count >= MIN_DESIGN_WORDS else ERROR_STYLE)

    def _show_state(self) -> None:
        detail = self.detail
        if detail is None:
            self.setWindowTitle(self.tr("Inovasi baru"))
            self.status_line.setText(self.tr("<b>Inovasi baru</b> · belum disimpan"))
        else:
            self.setWindowTitle(self.tr("Inovasi: {name}").format(name=detail.name))
            parts = [self.tr("<b>{name}</b> · {status}").format(
                name=detail.name, status=STATUS_LABELS.get(detail.status, detail.status))]
            if detail.submitted_at is not None:
                parts.append(self.tr("diajukan {when}").format(
                    when=waktu(detail.submitted_at, self.state.ctx.device.timezone)))
            if detail.review_note:
                parts.append(self.tr("catatan kota: {note}").format(note=detail.review_note))
            self.status_line.setText(" · ".join(parts))
        self.submit_button.setEnabled(self.is_head and (
            detail is None or detail.status in ("draf", "dikembalikan")))
        saved = self.innovation_id is not None
        self.save_assessment_button.setEnabled(saved and bool(self.indicator_rows))

    def _show_assessment(self) -> None:
        while self.indicator_grid.count():
            item = self.indicator_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # gone at once for anyone looking it up by name
                widget.setObjectName("")
                widget.hide()
                widget.deleteLater()
        self.indicator_rows = {}
        indicators = self.indicator_sets.get(self.year.currentData())
        self.score_table.setRowCount(0)
        if indicators is None:
            self.score_label.setText(self.tr("Belum ada daftar indikator."))
            return
        chosen = self.state.read(assessments_of, self.innovation_id, indicators.year) \
            if self.innovation_id else {}
        for row, indicator in enumerate(indicators.indicators):
            label = QLabel(self.tr("<b>{label}</b> (bobot {weight})<br><span style='color:"
                                   "#555'>Bukti: {evidence}</span>").format(
                label=indicator.label, weight=indicator.weight, evidence=indicator.evidence))
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"option_{indicator.key}")
            combo.addItem(self.tr("— belum dinilai —"), "")
            for option in indicator.options:
                combo.addItem(self.tr("{label} ({value}%)").format(
                    label=option.label, value=option.value), option.key)
            note = QLineEdit()
            note.setObjectName(f"note_{indicator.key}")
            note.setPlaceholderText(self.tr("bukti / keterangan"))
            existing = chosen.get(indicator.key)
            if existing is not None:
                combo.setCurrentIndex(max(combo.findData(existing.option), 0))
                note.setText(existing.note)
            self.indicator_grid.addWidget(label, row, 0)
            self.indicator_grid.addWidget(combo, row, 1)
            self.indicator_grid.addWidget(note, row, 2)
            self.indicator_rows[indicator.key] = (combo, note)
        self.indicator_grid.setColumnStretch(0, 3)
        self.indicator_grid.setColumnStretch(2, 2)
        if self.innovation_id is None:
            self.score_label.setText(self.tr("Simpan inovasi dulu untuk mengisi penilaian."))
        else:
            self._show_score(indicators)
        self.save_assessment_button.setEnabled(self.innovation_id is not None)

    def _show_score(self, indicators: IndicatorSet) -> None:
        assert self.innovation_id is not None
        result = self.state.read(score, self.innovation_id, indicators.year, indicators)
        self.score_label.setText(self.tr(
            "<b>Nilai {year}: {total}</b> dari 100 · {assessed} dari {count} indikator dinilai "
            "· nilai = Σ bobot × nilai pilihan").format(
            year=indicators.year, total=format_points(result.total),
            assessed=result.assessed, count=len(result.lines)))
        self.score_table.setRowCount(len(result.lines))
        for row, line in enumerate(result.lines):
            for column, text in enumerate((line.indicator, line.option, line.rule,
                                           format_points(line.points))):
                self.score_table.setItem(row, column, QTableWidgetItem(text))

    # --- the form -------------------------------------------------------------------------
    def form_value(self) -> InnovationForm:
        return InnovationForm(
            name=self.name.text(), stage=self.stage.currentData(),
            initiator=self.initiator.currentData(), initiator_name=self.initiator_name.text(),
            digital=self.digital.isChecked(), form=self.form_kind.currentData(),
            affairs=self.affairs.text(), trial_date=self.trial_date.value(),
            implementation_date=self.implementation_date.value(),
            design=self.design.toPlainText(), goals=self.goals.toPlainText(),
            benefits=self.benefits.toPlainText(), results=self.results.toPlainText(),
            budget=self._budget(), video_url=self.video_url.text())

    def _budget(self) -> int | None:
        text = self.budget.text().strip().replace(".", "").replace(" ", "")
        if text.lower().startswith("rp"):
            text = text[2:]
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(self.tr("Anggaran ditulis angka rupiah, mis. 5.000.000."),
                                  "budget")
        return int(text)

    def save(self) -> bool:
        """Keep the draft; False (with the message shown) when a rule is broken."""
        try:
            form = self.form_value()
            self.innovation_id = self.state.write(AREA, save_innovation, form,
                                                  self.innovation_id)
        except PantauError as exc:
            self._show_error(exc)
            return False
        self._reload()
        self._flash(self.tr("Tersimpan sebagai draf."))
        return True

    def submit(self) -> None:
        if not self.save():
            return
        assert self.innovation_id is not None
        try:
            self.state.write(AREA, submit, self.innovation_id)
        except PantauError as exc:
            self._reload()
            self._show_error(exc)
            return
        self._reload()
        self._flash(self.tr("Inovasi diajukan ke kota."))

    def _reload(self) -> None:
        if self.innovation_id is not None:
            self._load(self.innovation_id)
        self._show_state()

    def choose_files(self) -> list[Path]:
        """Ask for evidence files (tests replace this)."""
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih berkas bukti"), str(Path.home()),
            self.tr("Dokumen dan foto (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx "
                    "*.odt *.ods);;Semua berkas (*)"))
        return [Path(name) for name in names]

    def add_evidence(self) -> None:
        paths = self.choose_files()
        if not paths:
            return
        if self.innovation_id is None and not self.save():
            return
        innovation_id = self.innovation_id
        added = 0
        self.error.clear_error()
        for path in paths:
            try:
                prepared = prepare_file(path)
                self.state.write(AREA, add_evidence, innovation_id, prepared)
                added += 1
            except PantauError as exc:
                self._reload()
                self._show_error(exc)
                return
        self._reload()
        self._flash(self.tr("{count} berkas bukti ditambahkan.").format(count=added))

    def remove_selected_evidence(self) -> None:
        item = self.evidence_list.currentItem()
        if item is None:
            return
        try:
            self.state.write(AREA, remove_evidence, item.data(Qt.ItemDataRole.UserRole))
        except PantauError as exc:
            self._show_error(exc)
            return
        self._reload()
        self._flash(self.tr("Berkas bukti dihapus."))

    def save_assessment(self) -> None:
        indicators = self.indicator_sets.get(self.year.currentData())
        if indicators is None or self.innovation_id is None:
            return
        innovation_id = self.innovation_id
        values = {key: (combo.currentData(), note.text())
                  for key, (combo, note) in self.indicator_rows.items()}

        def operation(uow: UnitOfWork) -> None:
            for key, (option, note) in values.items():
                set_assessment(uow, innovation_id, indicators.year, key, option, note,
                               indicators)

        try:
            self.state.write(AREA, operation)
        except PantauError as exc:
            self._show_error(exc)
            return
        self._show_score(indicators)
        self._flash(self.tr("Penilaian mandiri {year} tersimpan.").format(year=indicators.year))

    def _show_error(self, error: PantauError) -> None:
        self.message.hide()
        field = error.field if isinstance(error, ValidationError) else None
        if field in self.field_tabs:
            self.tabs.setCurrentIndex(self.field_tabs[field])
        self.error.show_error(error, self.fields)

    def _flash(self, text: str) -> None:
        self.error.clear_error()
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.message.setText(text)
        self.message.show()
