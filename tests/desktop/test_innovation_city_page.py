"""Inovasi at the city hub: the tracker of every office against the deadline, offices at
risk highlighted, filtered by kecamatan; the submitted innovations verified and returned
through the buttons.

Kelurahan Simpang IV Sipin drafted and submitted two innovations and sent them to the
hub in a real bundle; no other office has any.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QPushButton, QTableView
from sqlalchemy import select

from core.context import AppContext
from core.roles import Actor
from core.services.innovation import InnovationForm, save_innovation, submit
from core.sync.importer import import_bundles
from db.models import InnovationReview
from desktop.main_window import MainWindow
from desktop.pages.innovation_city import RISK_FILL, InnovationCityPage, ReturnDialog
from tests.desktop.ui import (
    ModalDriver,
    child,
    choose,
    click,
    click_tab,
    dialog_button,
    goto,
    row_index,
    save_shot,
    table_column,
)
from tests.sync.conftest import World, export
from tests.sync.conftest import world as world  # the office and hub fixtures
from tests.sync.conftest import world_template as world_template

MakeWindow = Callable[[AppContext, Actor], MainWindow]
DESIGN = " ".join(["rancang"] * 310)
SIMPANG = "Kelurahan Simpang IV Sipin"
LAPAK = "Lapak Warga Online"
POSYANDU = "Posyandu Digital"


def _submitted(world: World) -> None:
    with world.office.write(world.head) as uow:
        for name, stage in ((LAPAK, "uji_coba"), (POSYANDU, "inisiatif")):
            innovation_id = save_innovation(uow, InnovationForm(
                name, stage, "opd", trial_date=date(2026, 10, 1) if stage != "inisiatif"
                else None, design=DESIGN, goals="Layanan cepat", benefits="Tanpa antre"))
            submit(uow, innovation_id)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])


def _open(qtbot, window: MainWindow) -> InnovationCityPage:  # type: ignore[no-untyped-def]
    window.resize(1280, 860)
    page = goto(qtbot, window, "Inovasi")
    assert isinstance(page, InnovationCityPage)
    return page


def test_the_hub_sees_offices_at_risk_and_filters_by_kecamatan(
        qtbot, world: World, make_window: MakeWindow, shots: Path,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    _submitted(world)
    window = make_window(world.hub, world.admin)
    page = _open(qtbot, window)
    days = child(page, QLabel, "daysLeft").text()
    assert "2 Agustus 2027" in days and "tinggal 250 hari" in days
    assert child(page, QDateEdit, "deadlineEdit").isEnabled()
    table = child(page, QTableView, "trackerTable")
    offices = table_column(table, "Kantor")
    risks = table_column(table, "Status risiko")
    assert risks[offices.index(SIMPANG)] == "Perlu perhatian: belum ada yang diverifikasi"
    # Sorted by risk: offices with nothing come first, shaded.
    assert risks[0] == "Berisiko: belum ada inovasi"
    first = table.model().index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole) == QBrush(RISK_FILL)
    simpang = table.model().index(offices.index(SIMPANG), 2)
    assert simpang.data() == "2"
    assert table_column(table, "Diajukan")[offices.index(SIMPANG)] == "2"
    count = child(page, QLabel, "trackerCount").text()

    choose(qtbot, child(page, QComboBox, "kecamatanFilter"), "Telanaipura")
    assert set(table_column(table, "Kecamatan")) == {"Telanaipura"}
    assert SIMPANG in table_column(table, "Kantor")
    assert child(page, QLabel, "trackerCount").text() != count
    summary = child(page, QTableView, "kecamatanTable")
    assert table_column(summary, "Kecamatan") == ["Telanaipura"]
    assert table_column(summary, "Perlu perhatian") == ["1"]
    save_shot(page, shots, "inovasi-kota-pelacak", share=True)

    # The printed list of offices at risk.
    out = tmp_path / "berisiko.pdf"
    opened: list[Path] = []
    page.choose_path = lambda *_args: out  # type: ignore[method-assign]
    page.open_file = opened.append  # type: ignore[method-assign]
    click(qtbot, child(page, QPushButton, "printAtRisk"))
    qtbot.waitUntil(lambda: opened == [out], timeout=10_000)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "hanya tahap inisiatif" in text or "belum ada inovasi" in text


def test_the_hub_verifies_and_returns_submitted_innovations(
        qtbot, world: World, make_window: MakeWindow, modals: ModalDriver,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    _submitted(world)
    window = make_window(world.hub, world.admin)
    page = _open(qtbot, window)
    tab = click_tab(qtbot, page.tabs, "Pengajuan")
    table = child(tab, QTableView, "submissionsTable")
    assert sorted(table_column(table, "Inovasi")) == [LAPAK, POSYANDU]
    assert table_column(table, "Status") == ["Diajukan", "Diajukan"]
    verify = child(tab, QPushButton, "verifyInnovation")
    assert not verify.isEnabled()

    model = table.model()
    column = [model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(model.columnCount())].index("Inovasi")
    index = row_index(table, LAPAK, column)
    table.selectRow(index.row())
    click(qtbot, verify)
    assert "diverifikasi" in child(tab, QLabel, "reviewResult").text()

    def too_short(dialog: ReturnDialog) -> None:
        note = dialog.findChild(QPlainTextEdit, "returnNote")
        note.setPlainText("x")
        click(qtbot, dialog_button(dialog, "Simpan"))
        error = dialog.findChild(QLabel, "formError")
        assert error.isVisible() and "catatan" in error.text().lower()
        note.setPlainText("Lengkapi rancang bangun dengan data sebelum dan sesudah")
        click(qtbot, dialog_button(dialog, "Simpan"))

    index = row_index(table, POSYANDU, column)
    table.selectRow(index.row())
    modals.expect(ReturnDialog, too_short)
    click(qtbot, child(tab, QPushButton, "returnInnovation"))
    modals.check()
    statuses = dict(zip(table_column(table, "Inovasi"), table_column(table, "Status"),
                        strict=True))
    assert statuses == {LAPAK: "Diverifikasi", POSYANDU: "Dikembalikan"}
    notes = dict(zip(table_column(table, "Inovasi"), table_column(table, "Catatan kota"),
                     strict=True))
    assert notes[POSYANDU].startswith("Lengkapi rancang bangun")
    with world.hub.read() as session:
        decisions = sorted(r.decision for r in session.scalars(select(InnovationReview)))
    assert decisions == ["dikembalikan", "diverifikasi"]
    # The tracker now counts the verified one: the office is no longer at risk.
    tracker = child(page, QTableView, "trackerTable")
    offices = table_column(tracker, "Kantor")
    assert table_column(tracker, "Status risiko")[offices.index(SIMPANG)] == "Aman"
    save_shot(page, shots, "inovasi-kota-pengajuan", share=True)


def test_an_operator_at_the_hub_cannot_change_the_deadline(
        qtbot, world: World, make_window: MakeWindow) -> None:  # type: ignore[no-untyped-def]
    from core.roles import Role
    from core.services.accounts import NewAccount, authenticate, create_user
    from tests.conftest import PASSWORD

    with world.hub.write(world.admin) as uow:
        create_user(uow, NewAccount("opkota", "Operator Kota", Role.OPERATOR, PASSWORD))
    operator = authenticate(world.hub, "opkota", PASSWORD)
    window = make_window(world.hub, operator)
    page = _open(qtbot, window)
    assert not child(page, QDateEdit, "deadlineEdit").isEnabled()
    assert not child(page, QPushButton, "saveDeadline").isVisible()


def test_the_admin_moves_the_deadline_and_prints_a_profile(
        qtbot, world: World, make_window: MakeWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from core.services.rules import rule

    _submitted(world)
    window = make_window(world.hub, world.admin)
    page = _open(qtbot, window)
    edit = child(page, QDateEdit, "deadlineEdit")
    edit.setDate(date(2026, 12, 5))
    click(qtbot, child(page, QPushButton, "saveDeadline"))
    assert "tinggal 10 hari" in child(page, QLabel, "daysLeft").text()
    with world.hub.read() as session:
        assert rule(session, "innovation_deadline") == "2026-12-05"

    tab = click_tab(qtbot, page.tabs, "Pengajuan")
    table = child(tab, QTableView, "submissionsTable")
    table.selectRow(0)
    out = tmp_path / "profil.pdf"
    opened: list[Path] = []
    page.choose_path = lambda *_args: out  # type: ignore[method-assign]
    page.open_file = opened.append  # type: ignore[method-assign]
    click(qtbot, child(tab, QPushButton, "viewProfile"))
    qtbot.waitUntil(lambda: opened == [out], timeout=10_000)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "PROFIL INOVASI DAERAH" in text and "KELURAHAN SIMPANG IV SIPIN" in text


def test_the_hub_sees_each_self_assessment_and_the_admin_loads_another_year(
        qtbot, world: World, make_window: MakeWindow,  # type: ignore[no-untyped-def]
        tmp_path: Path) -> None:
    import json

    from core.services.innovation import list_innovations, load_indicator_file, set_assessment

    bundled = Path(__file__).parents[2] / "resources" / "data" / \
        "innovation_indicators_2026.json"
    chosen = tmp_path / "indikator-2027.json"
    chosen.write_text(json.dumps({**json.loads(bundled.read_text("utf-8")), "year": 2027}),
                      "utf-8")
    other = load_indicator_file(chosen)
    with world.office.write(world.head) as uow:
        for name, stage in ((LAPAK, "uji_coba"), (POSYANDU, "inisiatif")):
            save_innovation(uow, InnovationForm(
                name, stage, "opd", trial_date=date(2026, 10, 1) if stage != "inisiatif"
                else None, design=DESIGN, goals="Layanan cepat", benefits="Tanpa antre"))
    with world.office.read() as session:
        ids = {row.name: row.id for row in list_innovations(session)}
    with world.office.write(world.head) as uow:
        set_assessment(uow, ids[LAPAK], 2026, "regulasi", "perda", "Perda 3/2026")
        set_assessment(uow, ids[POSYANDU], 2027, "regulasi", "perda", "", other)
        for innovation_id in ids.values():
            submit(uow, innovation_id)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])

    window = make_window(world.hub, world.admin)
    page = _open(qtbot, window)
    tab = click_tab(qtbot, page.tabs, "Pengajuan")
    table = child(tab, QTableView, "submissionsTable")

    def scores() -> dict[str, str]:
        return dict(zip(table_column(table, "Inovasi"), table_column(table, "Nilai mandiri"),
                        strict=True))

    # 2027 has no indicator file at the hub yet: that assessment cannot be scored.
    assert scores() == {LAPAK: "10 (2026)", POSYANDU: "—"}
    page.choose_indicator_file = lambda: chosen  # type: ignore[method-assign]
    click(qtbot, child(tab, QPushButton, "loadIndicators"))
    assert "Indikator tahun 2027 dimuat" in child(tab, QLabel, "reviewResult").text()
    assert scores() == {LAPAK: "10 (2026)", POSYANDU: "10 (2027)"}
    window.close()
    window = make_window(world.hub, world.admin)  # the program again
    page = _open(qtbot, window)
    table = child(click_tab(qtbot, page.tabs, "Pengajuan"), QTableView, "submissionsTable")
    assert scores() == {LAPAK: "10 (2026)", POSYANDU: "10 (2027)"}


def test_only_the_admin_loads_an_indicator_file_at_the_hub(
        qtbot, world: World, make_window: MakeWindow) -> None:  # type: ignore[no-untyped-def]
    from core.roles import Role
    from core.services.accounts import NewAccount, authenticate, create_user
    from tests.conftest import PASSWORD

    with world.hub.write(world.admin) as uow:
        create_user(uow, NewAccount("opkota", "Operator Kota", Role.OPERATOR, PASSWORD))
    window = make_window(world.hub, authenticate(world.hub, "opkota", PASSWORD))
    page = _open(qtbot, window)
    assert not child(page, QPushButton, "loadIndicators").isEnabled()
