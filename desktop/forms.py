"""Small pieces every form uses: an inline error line and field highlighting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

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
