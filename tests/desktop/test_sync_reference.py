"""Sinkronisasi, city side: an office receives the city's bundle; the hub makes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton

from core.context import AppContext
from core.identity import fingerprint
from core.roles import Actor, Role
from core.services.accounts import NewAccount, create_user
from core.sync.reference import export_reference, pinned_city
from desktop.pages.sync_reference import MakeReferenceBox, ReceiveReferenceBox
from desktop.state import AppState
from desktop.tasks import TaskRunner
from tests.conftest import OFFICE_CODE
from tests.desktop.ui import ModalDriver, child, click, save_shot


def _box(qtbot, cls, ctx: AppContext, actor: Actor):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    box = cls(AppState(ctx, actor), tasks)
    qtbot.addWidget(box)
    box.resize(900, 200)
    box.show()
    return box, tasks


def _answer(text: str):  # type: ignore[no-untyped-def]
    def press(message: QMessageBox) -> None:
        [button] = [b for b in message.buttons() if b.text() == text]
        button.click()
    return press


def test_an_office_receives_the_city_bundle_after_matching_the_fingerprint(
        qtbot, office: AppContext, head: Actor, hub: AppContext, admin: Actor,  # type: ignore[no-untyped-def]
        modals: ModalDriver, tmp_path: Path, shots: Path) -> None:
    with hub.write(admin) as uow:
        create_user(uow, NewAccount("sekretaris", "Sekretaris", Role.OPERATOR, "mulai12345"),
                    office_code=OFFICE_CODE)
    bundle = export_reference(hub, admin, OFFICE_CODE, tmp_path / "usb")
    box, tasks = _box(qtbot, ReceiveReferenceBox, office, head)
    assert "belum disematkan" in child(box, QLabel, "cityKey").text()
    box.choose_reference_file = lambda: bundle  # type: ignore[method-assign]

    seen: list[str] = []
    modals.expect(QMessageBox, lambda m: (seen.append(m.text()), _answer("Batal")(m)))
    click(qtbot, child(box, QPushButton, "receiveReference"))
    modals.check()
    assert fingerprint(hub.device.public_key) in seen[0]
    assert office_pinned(office) is None

    modals.expect(QMessageBox, _answer("Sama, terima"))
    click(qtbot, child(box, QPushButton, "receiveReference"))
    modals.check()
    result = child(box, QLabel, "referenceResult")
    qtbot.waitUntil(lambda: result.text().startswith("Diterima"), timeout=5000)
    assert result.text() == "Diterima: 1 baris baru, 0 tetap; kota belum menerima data " \
        "kantor ini."
    assert fingerprint(hub.device.public_key) in child(box, QLabel, "cityKey").text()
    save_shot(box, shots, "sync-terima-kota")
    tasks.wait()


def office_pinned(ctx: AppContext):  # type: ignore[no-untyped-def]
    with ctx.read() as session:
        return pinned_city(session)


def test_the_hub_makes_a_setup_file_for_a_new_office(
        qtbot, hub: AppContext, admin: Actor, tmp_path: Path,  # type: ignore[no-untyped-def]
        modals: ModalDriver) -> None:
    box, tasks = _box(qtbot, MakeReferenceBox, hub, admin)
    box.choose_folder = lambda: tmp_path / "usb"  # type: ignore[method-assign]
    offices = child(box, QComboBox, "referenceOffice")
    offices.setCurrentIndex(offices.findData("15.71.01.1003"))
    kinds = child(box, QComboBox, "referenceKind")
    kinds.setCurrentIndex(kinds.findText("Berkas penyiapan: kantor baru"))
    click(qtbot, child(box, QPushButton, "makeReference"))
    made = child(box, QLabel, "referenceMade")
    qtbot.waitUntil(lambda: made.text().startswith("Dibuat"), timeout=5000)
    [path] = list((tmp_path / "usb").glob("pantau-setup-15.71.01.1003-*.pantau"))
    assert str(path) in made.text() and fingerprint(hub.device.public_key) in made.text()
    modals.check()
    tasks.wait()
