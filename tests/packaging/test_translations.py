"""The English translation: complete, compiled, current with the sources, and loadable."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
TS = FOLDER / "pantau_en.ts"
QM = FOLDER / "pantau_en.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
FIX = "run `python resources/translations/update.py` and translate what it lists"


def load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = load_update_script()


def messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every current message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                found.append((context.findtext("name", ""), message.findtext("source", ""),
                              translation))
    return found


def test_every_message_has_a_finished_translation() -> None:
    found = messages()
    assert len(found) > 100
    missing = [(context, source) for context, source, translation in found
               if translation.get("type") == "unfinished" or not (translation.text or "").strip()]
    assert missing == [], FIX


def test_translations_keep_the_placeholders() -> None:
    """"{office}" is filled in by str.format after translating; a lost one breaks it."""
    wrong = [(context, source) for context, source, translation in messages()
             if sorted(PLACEHOLDER.findall(source))
             != sorted(PLACEHOLDER.findall(translation.text or ""))]
    assert wrong == []


def test_translations_are_english_not_copies() -> None:
    same = {source for _context, source, translation in messages()
            if translation.text == source}
    # Names and abbreviations that are the same in both languages.
    assert same <= {"NIP", "Mode", "Status", "Mode: {mode}"}


def test_qm_translates_the_main_strings() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    expected = {
        ("LoginDialog", "Masuk"): "Log in",
        ("LoginDialog", "Masuk ke Pantau"): "Log in to Pantau",
        ("FormDialog", "Simpan"): "Save",
        ("SetupWizard", "Selesai"): "Finish",
        ("Sidebar", "Pengaturan"): "Settings",
        ("StaffPage", "{active} aktif, {total} ditampilkan"): "{active} active, {total} shown",
        ("Crash", "Terjadi kesalahan"): "An error occurred",
    }
    assert {key: translator.translate(*key) for key in expected} == expected


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "pantau_en.qm"
    subprocess.run([update.tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
                   check=True)
    assert compiled.read_bytes() == QM.read_bytes(), FIX


def test_ts_has_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over desktop/ adds nothing new: every UI string is in the .ts, translated."""
    copy = tmp_path / "pantau_en.ts"
    shutil.copy2(TS, copy)
    update.lupdate(copy, "en")
    assert update.unfinished(copy) == [], FIX
    assert {(c, s) for c, s, _t in messages(copy)} == {(c, s) for c, s, _t in messages()}, FIX


def test_unfinished_lists_untranslated_messages(tmp_path: Path) -> None:
    ts = tmp_path / "pantau_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="xx" sourcelanguage="id"><context><name>A</name>'
        '<message><source>Satu</source><translation>One</translation></message>'
        '<message><source>Dua</source><translation type="unfinished"></translation></message>'
        '<message><source>Tiga</source><translation></translation></message>'
        '<message><source>Lama</source><translation type="vanished">Old</translation>'
        '</message></context></TS>\n', encoding="utf-8")
    assert update.unfinished(ts) == [("A", "Dua"), ("A", "Tiga")]


@pytest.fixture
def english(qapp: QApplication):  # type: ignore[no-untyped-def]
    """The app's own loading path (desktop.i18n) with --lang en; undone afterwards."""
    from desktop.i18n import install_translator

    locale = QLocale()
    translator = install_translator(qapp, "en")
    assert translator is not None, "pantau_en.qm did not load through importlib.resources"
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_sidebar_titles_are_translated(request: pytest.FixtureRequest) -> None:
    from desktop.pages import page_specs

    indonesian = [spec.title for spec in page_specs()]
    request.getfixturevalue("english")
    english = [spec.title for spec in page_specs()]
    untranslated = [title for title, source in zip(english, indonesian, strict=True)
                    if title == source]
    assert untranslated == [], "write sidebar titles as literal translate() calls, then " + FIX
    assert "Settings" in english


def test_inherited_strings_use_the_base_class_context(english: QTranslator) -> None:
    """self.tr() in FormDialog runs on a ChangePasswordDialog: PySide6 looks the string up
    under each class of the MRO, so the .ts context "FormDialog" (lupdate's) is found."""
    from desktop.dialogs.accounts import ChangePasswordDialog

    dialog = ChangePasswordDialog(lambda _old, _new: None)
    try:
        assert dialog.windowTitle() == "Change password"
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        assert sorted(button.text() for button in box.buttons()) == ["Cancel", "Save"]
    finally:
        dialog.deleteLater()
