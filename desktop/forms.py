"""Small pieces every form uses: an inline error line, field highlighting, and the base of
the dialogs whose Simpan runs a service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import PantauError, ValidationError

ERROR_STYLE = "color: #b00020; font-weight: 600;"
INVALID_STYLE = "border: 1px solid #b00020;"


class ErrorLabel(QLabel):
    """Shows a rule that was broken, under the form, instead of a pop-up to click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, error: PantauError, fields: dict[str, QWidget] | None = None) -> None:
        self.setText(error.message)
        self.show()
        for widget in (fields or {}).values():
            widget.setStyleSheet("")
        if isinstance(error, ValidationError) and fields and error.field in fields:
            widget = fields[error.field]
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


class FormDialog(QDialog):
    """A form whose Simpan runs `submit`; the dialog stays open while a rule is broken."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.fields: dict[str, QWidget] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _submit(self) -> None:
        try:
            self.submit()
        except PantauError as exc:
            self.error.show_error(exc, self.fields)
            return
        self.accept()

    def check_repeat(self, first: QLineEdit, second: QLineEdit) -> None:
        if first.text() != second.text():
            raise ValidationError(self.tr("Kedua kata sandi baru tidak sama."), "password")
