"""Dialogs of the Jam Layanan page: a time correction, a reason, locking a month.

Each dialog is given a `save` callable; it closes only when saving succeeds, and a rule
that was broken is shown under the form (nothing is saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError
from core.formatting import hari_tanggal
from core.services.calendar import format_hhmm
from core.services.service_hours import DayStatus
from desktop.forms import ErrorLabel

OPENED = "opened_local"
CLOSED = "closed_local"
HINT_STYLE = "color: #5f6368;"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    # Not dialog.tr(): lupdate files that under a context "dialog", which no class has.
    cancel = QCoreApplication.translate("ServiceHoursDialog", "Batal")
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _clear_on_edit(error: ErrorLabel, *fields: QLineEdit) -> None:
    """Once the user types again, the old message and red border go away."""

    def clear() -> None:
        error.clear_error()
        for field in fields:
            field.setStyleSheet("")

    for field in fields:
        field.textEdited.connect(lambda _text: clear())


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class AmendTimeDialog(QDialog):
    """Correct the opening or closing time of one day; the original record stays.

    `save(field, time, reason)` gets "opened_local" or "closed_local", the time as typed
    ("07.30") and the reason."""

    def __init__(self, day: DayStatus, save: Callable[[str, str, str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = day
        self._save = save
        self.setWindowTitle(self.tr("Koreksi jam"))
        self.setMinimumWidth(480)
        title = QLabel(f"<b>{hari_tanggal(day.day)}</b>")
        title.setObjectName("amendDay")
        recorded = self.tr("Tercatat: buka {opened}, tutup {closed}.").format(
            opened=day.opened or "—", closed=day.closed or "—")
        self.opened_choice = QRadioButton(self.tr("Jam buka"))
        self.opened_choice.setObjectName("fieldOpened")
        self.closed_choice = QRadioButton(self.tr("Jam tutup"))
        self.closed_choice.setObjectName("fieldClosed")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.opened_choice)
        self.choice.addButton(self.closed_choice)
        choices = QHBoxLayout()
        choices.addWidget(self.opened_choice)
        choices.addWidget(self.closed_choice)
        choices.addStretch(1)
        self.time = QLineEdit()
        self.time.setObjectName("time")
        self.time.setPlaceholderText(self.tr("mis. 07.30"))
        self.time.setMaxLength(5)
        self.time.setFixedWidth(90)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. Lupa menekan tombol saat buka"))
        self.error = ErrorLabel()
        _clear_on_edit(self.error, self.time, self.reason)
        form = QFormLayout()
        form.addRow(self.tr("Yang dikoreksi"), choices)
        form.addRow(self.tr("Jam sebenarnya"), self.time)
        form.addRow(self.tr("Alasan"), self.reason)
        buttons = _buttons(self, self.tr("Simpan koreksi"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(_hint(recorded + " " + self.tr(
            "Catatan asli tetap disimpan; koreksi dicatat bersama alasannya.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.opened_choice.toggled.connect(lambda _on: self._suggest_time())
        # A day that was opened but not closed most likely needs its closing time.
        if day.opened is not None and day.closed is None:
            self.closed_choice.setChecked(True)
        else:
            self.opened_choice.setChecked(True)
        self._suggest_time()
        self.time.setFocus()

    def field(self) -> str:
        return OPENED if self.opened_choice.isChecked() else CLOSED

    def _suggest_time(self) -> None:
        """The recorded time of the chosen field, or else the day's scheduled time."""
        schedule = self._day.rule.schedule
        if self.field() == OPENED:
            current = self._day.opened or (format_hhmm(schedule.opens) if schedule else "")
        else:
            current = self._day.closed or (format_hhmm(schedule.closes) if schedule else "")
        self.time.setText(current)

    def submit(self) -> None:
        try:
            self._save(self.field(), self.time.text(), self.reason.text())
        except PantauError as exc:
            self.error.show_error(exc, {"time": self.time, "reason": self.reason})
            return
        self.accept()


class ReasonDialog(QDialog):
    """Ask for one reason (closing a whole day, explaining a late opening)."""

    def __init__(self, title: str, question: str, save: Callable[[str], object],
                 initial: str = "", placeholder: str = "", ok_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        prompt = QLabel(question)
        prompt.setWordWrap(True)
        self.reason = QLineEdit(initial)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(placeholder)
        self.error = ErrorLabel()
        _clear_on_edit(self.error, self.reason)
        buttons = _buttons(self, ok_text or self.tr("Simpan"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self._save(self.reason.text())
        except PantauError as exc:
            self.error.show_error(exc, {"reason": self.reason})
            return
        self.accept()


class LockMonthDialog(QDialog):
    """The head confirms locking a month, with an optional note."""

    def __init__(self, month_name: str, save: Callable[[str], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Kunci bulan"))
        self.setMinimumWidth(460)
        question = QLabel(self.tr("Kunci jam layanan bulan <b>{month}</b>?").format(
            month=month_name))
        question.setObjectName("lockQuestion")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("mis. Sudah diperiksa bersama sekretaris"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Catatan (boleh kosong)"), self.note)
        buttons = _buttons(self, self.tr("Kunci bulan"))
        buttons.accepted.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(_hint(self.tr(
            "Setelah dikunci, jam buka, jam tutup dan alasan bulan itu hanya dapat diubah "
            "lewat koreksi dengan alasan, dan setiap koreksi ditandai.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self._save(self.note.text())
        except PantauError as exc:
            self.error.show_error(exc)
            return
        self.accept()
