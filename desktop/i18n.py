"""Indonesian is the source language; other languages come from resources/translations."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("id", "en")


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    # PySide6 exposes the enum only as QLocale.Country (Territory is a C++ alias).
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if language == "id":
        return None
    translator = QTranslator(app)
    folder = resources.files("resources").joinpath("translations")
    if translator.load(str(folder.joinpath(f"pantau_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None
