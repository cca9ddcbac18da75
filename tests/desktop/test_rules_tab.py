"""Pengaturan → Aturan dan layanan: the city admin sets bands and the list of services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)

from core.context import AppContext
from core.roles import Actor
from core.services.rules import rule
from core.services.service_register import service_types
from desktop.pages.settings import SettingsPage
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.desktop.ui import child, click, save_shot, type_into


def _page(qtbot, ctx: AppContext, actor: Actor) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppState(ctx, actor), TaskRunner())
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    assert page.rules is not None
    page.tabs.setCurrentWidget(page.rules)
    return page


def test_the_city_admin_narrows_the_bands_and_adds_a_service_type(
        qtbot, hub: AppContext, admin: Actor, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, hub, admin)
    width = child(page, QSpinBox, "rule_band_minutes")
    assert width.value() == 30
    width.setValue(15)
    click(qtbot, child(page, QPushButton, "saveRules"))
    with hub.read() as session:
        assert rule(session, "band_minutes") == 15
    type_into(qtbot, child(page, QLineEdit, "typeCode"), "ahli_waris")
    type_into(qtbot, child(page, QLineEdit, "typeName"), "Surat keterangan ahli waris")
    click(qtbot, child(page, QPushButton, "addServiceType"))
    table = child(page, QTableView, "serviceTypesTable")
    model = table.model()
    codes = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "ahli_waris" in codes
    table.selectRow(codes.index("ahli_waris"))
    click(qtbot, child(page, QPushButton, "toggleServiceType"))
    with hub.read() as session:
        assert "ahli_waris" not in {t.code for t in service_types(session)}
    save_shot(page, shots, "pengaturan-aturan")


def test_the_city_admin_edits_the_sidak_checklist_and_tolerance(
        qtbot, hub: AppContext, admin: Actor, shots: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, hub, admin)
    checklist = child(page, QListWidget, "sidakChecklist")
    assert checklist.count() == 6
    type_into(qtbot, child(page, QLineEdit, "checklistNewItem"), "Kotak saran tersedia")
    click(qtbot, child(page, QPushButton, "addChecklistItem"))
    checklist.setCurrentRow(0)  # "Maklumat pelayanan dipasang"
    click(qtbot, child(page, QPushButton, "removeChecklistItem"))
    checklist.item(0).setText("Jadwal jam layanan terpasang di pintu")  # edited in place
    click(qtbot, child(page, QPushButton, "saveChecklist"))
    child(page, QSpinBox, "rule_sidak_tolerance_minutes").setValue(10)
    click(qtbot, child(page, QPushButton, "saveRules"))
    with hub.read() as session:
        items = rule(session, "sidak_checklist")
        assert rule(session, "sidak_tolerance_minutes") == 10
    assert items[0] == ["jam_layanan", "Jadwal jam layanan terpasang di pintu"]
    assert items[-1] == ["kotak_saran_tersedia", "Kotak saran tersedia"]
    assert "maklumat" not in [key for key, _label in items]
    save_shot(page, shots, "pengaturan-daftar-periksa")


def test_the_city_admin_sets_complaint_deadlines_and_the_three_report_rule(
        qtbot, hub: AppContext, admin: Actor, modals) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, hub, admin)
    assert [child(page, QSpinBox, f"rule_complaint_{step}").value()
            for step in ("verifikasi", "tindak_lanjut", "selesai")] == [3, 5, 10]
    assert child(page, QSpinBox, "rule_rotation_threshold").value() == 3
    child(page, QSpinBox, "rule_complaint_tindak_lanjut").setValue(7)
    child(page, QSpinBox, "rule_rotation_window_months").setValue(6)
    click(qtbot, child(page, QPushButton, "saveRules"))
    with hub.read() as session:
        assert rule(session, "complaint_deadline_days") == {
            "verifikasi": 3, "tindak_lanjut": 7, "selesai": 10}
        assert rule(session, "rotation_window_months") == 6
    # Follow-up after closure is refused by the city's rule check; nothing changes.
    child(page, QSpinBox, "rule_complaint_tindak_lanjut").setValue(12)

    def refused(box: QMessageBox) -> None:
        assert "Batas waktu pengaduan harus naik" in box.text()
        box.accept()

    modals.expect(QMessageBox, refused)
    click(qtbot, child(page, QPushButton, "saveRules"))
    modals.check()
    with hub.read() as session:
        assert rule(session, "complaint_deadline_days")["tindak_lanjut"] == 7


def test_an_empty_checklist_is_refused(qtbot, hub: AppContext, admin: Actor, modals) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, hub, admin)
    child(page, QListWidget, "sidakChecklist").clear()
    seen: list[str] = []
    modals.expect(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    click(qtbot, child(page, QPushButton, "saveChecklist"))
    modals.check()
    assert "tidak boleh kosong" in seen[0]
    with hub.read() as session:
        assert len(rule(session, "sidak_checklist")) == 6


def test_the_city_admin_changes_the_pk_grade_scale(qtbot, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
                                                   modals) -> None:
    page = _page(qtbot, hub, admin)
    grades = child(page, QLineEdit, "rule_pk_grade_scale")
    assert grades.text() == "AA >90; A >80; BB >70; B >60; CC >50; C >30; D"
    grades.setText("Sangat baik >85; Baik >70; Cukup >50; Kurang")
    click(qtbot, child(page, QPushButton, "saveRules"))
    with hub.read() as session:
        assert rule(session, "pk_grade_scale") == [[85, "Sangat baik"], [70, "Baik"],
                                                   [50, "Cukup"], [0, "Kurang"]]
    grades.setText("A >50; B >70; C")  # not falling
    seen: list[str] = []
    modals.expect(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    click(qtbot, child(page, QPushButton, "saveRules"))
    modals.check()
    assert "menurun" in seen[0]
    with hub.read() as session:
        assert rule(session, "pk_grade_scale")[0] == [85, "Sangat baik"]


def test_offices_have_no_rules_tab(qtbot, office: AppContext, head: Actor) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(AppState(office, head), TaskRunner())
    qtbot.addWidget(page)
    assert page.rules is None
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Aturan dan layanan" not in titles
