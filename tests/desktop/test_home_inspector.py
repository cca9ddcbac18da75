"""Beranda on an inspector's laptop: this month's sidak, drafts, and what is not sent yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from core.services.sidak import finish, save_visit, sign
from core.sync.export import export_bundle
from desktop.pages.home import HomePage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.desktop.ui import child
from tests.sidak.conftest import Field, basic_form


def _png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (200, 80), "white")
    ImageDraw.Draw(image).line((5, 70, 190, 10), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_laptop_home_counts_visits_drafts_and_unsent(qtbot, field: Field) -> None:  # type: ignore[no-untyped-def]
    with field.inspector.write(field.pemeriksa) as uow:
        first = save_visit(uow, basic_form(field))
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, basic_form(field, found="buka"))
        sign(uow, first, "ttd_pemeriksa", _png())
        sign(uow, first, "ttd_kantor", _png())
        finish(uow, first)
    page = HomePage(AppState(field.inspector, field.pemeriksa), TaskRunner())
    qtbot.addWidget(page)
    assert child(page, QLabel, "sidakMonth").text() == "2"
    assert child(page, QLabel, "sidakDrafts").text() == "1"
    assert child(page, QLabel, "sidakUnsent").text().startswith("2 sidak")
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    page.refresh()
    assert child(page, QLabel, "sidakUnsent").text() == "semua sudah dikirim"
