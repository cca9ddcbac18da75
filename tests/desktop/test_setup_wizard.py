"""First start: the setup wizard on an empty data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QRadioButton, QWizard

from core.context import AppContext, open_app
from core.identity import fingerprint
from core.roles import Mode, Role
from core.services.accounts import authenticate
from desktop.dialogs.setup_wizard import SetupWizard
from tests.conftest import FakeClock
from tests.desktop.ui import (
    child,
    click,
    click_list_item,
    save_shot,
    type_into,
    visible_list_texts,
)

SIPIN = "Kelurahan Simpang IV Sipin  (15.71.01.1001)"


@pytest.fixture
def fresh(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    ctx = open_app(tmp_path / "baru", clock=clock)
    yield ctx
    ctx.close()


@pytest.fixture
def wizard(qtbot, fresh: AppContext) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def button(wizard: SetupWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def next_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, button(wizard, QWizard.WizardButton.NextButton))


def choose_mode(qtbot, wizard: SetupWizard, mode: Mode) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, child(wizard, QRadioButton, f"mode_{mode.value}"))
    assert wizard.mode_page.mode is mode
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.office_page


def fill_account(qtbot, wizard: SetupWizard, password: str,  # type: ignore[no-untyped-def]
                 again: str, nip: str = "19850312 201001 1 003") -> None:
    page = wizard.account_page
    type_into(qtbot, child(page, QLineEdit, "username"), "lurah")
    type_into(qtbot, child(page, QLineEdit, "full_name"), "Hendra Saputra")
    type_into(qtbot, child(page, QLineEdit, "nip"), nip)
    type_into(qtbot, child(page, QLineEdit, "password"), password)
    type_into(qtbot, child(page, QLineEdit, "password_again"), again)


def go_to_account_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    choose_mode(qtbot, wizard, Mode.OFFICE)
    qtbot.keyClicks(child(wizard, QLineEdit, "officeSearch"), "Sipin")
    click_list_item(qtbot, child(wizard, QListWidget, "officeList"), SIPIN)
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.account_page


def test_office_search_narrows_the_list_and_next_waits_for_a_choice(
        qtbot, wizard: SetupWizard, shots: Path) -> None:  # type: ignore[no-untyped-def]
    assert wizard.windowTitle() == "Penyiapan Pantau"
    save_shot(wizard, shots, "wizard-0-mode")
    choose_mode(qtbot, wizard, Mode.OFFICE)
    offices = child(wizard, QListWidget, "officeList")
    everything = visible_list_texts(offices)
    assert len(everything) > 60  # all kecamatan and kelurahan of Kota Jambi
    assert not any(text.startswith("Kota ") for text in everything)
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()

    qtbot.keyClicks(child(wizard, QLineEdit, "officeSearch"), "Sipin")
    assert visible_list_texts(offices) == [
        "Kelurahan Simpang IV Sipin  (15.71.01.1001)",
        "Kelurahan Simpang III Sipin  (15.71.07.1002)",
        "Kecamatan Danau Sipin  (15.71.10)",
        "Kelurahan Solok Sipin  (15.71.10.1005)",
    ]
    assert not next_button.isEnabled()
    click_list_item(qtbot, offices, SIPIN)
    assert next_button.isEnabled()
    assert wizard.office_page.office_code == "15.71.01.1001"
    save_shot(wizard, shots, "wizard-1-office", share=True)

    # The chosen office filtered away again: no hidden choice can be carried on.
    qtbot.keyClicks(child(wizard, QLineEdit, "officeSearch"), " Solok")
    assert visible_list_texts(offices) == []
    assert not next_button.isEnabled()


def test_mismatched_passwords_show_error_and_stay_on_account_page(
        qtbot, wizard: SetupWizard, fresh: AppContext) -> None:  # type: ignore[no-untyped-def]
    go_to_account_page(qtbot, wizard)
    page = wizard.account_page
    assert child(page, QLabel, "formError").isHidden()
    fill_account(qtbot, wizard, "rahasia123", "rahasia124")
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.text() == "Simpan"
    click(qtbot, commit)

    error = child(page, QLabel, "formError")
    assert error.isVisible()
    assert error.text() == "Kedua kata sandi tidak sama."
    assert wizard.currentPage() is page
    assert not fresh.is_set_up
    assert not fresh.data_dir.private_key.exists()


def test_bad_nip_is_refused_and_leaves_no_device_or_key(
        qtbot, wizard: SetupWizard, fresh: AppContext) -> None:  # type: ignore[no-untyped-def]
    go_to_account_page(qtbot, wizard)
    fill_account(qtbot, wizard, "rahasia123", "rahasia123", nip="19850230 201001 1 003")
    click(qtbot, button(wizard, QWizard.WizardButton.CommitButton))
    error = child(wizard.account_page, QLabel, "formError")
    assert error.isVisible()
    assert "19850230" in error.text() and "tanggal lahir" in error.text()
    assert wizard.currentPage() is wizard.account_page
    assert not fresh.is_set_up
    assert not fresh.data_dir.private_key.exists()


def test_correct_account_commits_setup_and_summary_shows_fingerprint(
        qtbot, wizard: SetupWizard, fresh: AppContext,  # type: ignore[no-untyped-def]
        shots: Path) -> None:
    go_to_account_page(qtbot, wizard)
    page = wizard.account_page
    assert child(page, QLabel, "formError").isHidden()
    assert page.role_label.text() == Role.HEAD.label
    fill_account(qtbot, wizard, "rahasia123", "rahasia124")
    click(qtbot, button(wizard, QWizard.WizardButton.CommitButton))
    assert wizard.currentPage() is page  # first attempt: passwords differ
    save_shot(wizard, shots, "wizard-2-account-error", share=True)

    type_into(qtbot, child(page, QLineEdit, "password_again"), "rahasia123")
    click(qtbot, button(wizard, QWizard.WizardButton.CommitButton))

    assert wizard.currentPage() is wizard.done_page
    device = fresh.find_device()
    assert device is not None
    assert device.mode is Mode.OFFICE
    assert device.office_code == "15.71.01.1001"
    assert fresh.data_dir.private_key.is_file()
    assert fresh.device_key().public_b64 == device.public_key
    summary = child(wizard, QLabel, "summary").text()
    assert "Pantau siap dipakai." in summary
    assert fingerprint(device.public_key) in summary
    assert device.id in summary
    assert "lurah" in summary
    # A commit page cannot be undone from the wizard.
    assert not button(wizard, QWizard.WizardButton.BackButton).isEnabled()
    save_shot(wizard, shots, "wizard-3-done", share=True)

    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert finish.text() == "Selesai"
    click(qtbot, finish)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.result_of_setup is not None
    actor = authenticate(fresh, "lurah", "rahasia123")
    assert actor.role is Role.HEAD
    assert actor.office_code == "15.71.01.1001"


def test_hub_mode_only_offers_the_city(
        qtbot, wizard: SetupWizard, fresh: AppContext) -> None:  # type: ignore[no-untyped-def]
    choose_mode(qtbot, wizard, Mode.HUB)
    offices = child(wizard, QListWidget, "officeList")
    [city] = visible_list_texts(offices)
    assert city == "Kota Jambi  (15.71)"
    assert offices.count() == 1
    # The only choice is already chosen.
    assert button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.office_page.office_code == "15.71"

    qtbot.keyClicks(child(wizard, QLineEdit, "officeSearch"), "Sipin")
    assert visible_list_texts(offices) == []
    assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    child(wizard, QLineEdit, "officeSearch").clear()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.account_page
    assert wizard.account_page.role_label.text() == Role.ADMIN.label


def test_going_back_to_change_mode_refills_the_office_list(
        qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    choose_mode(qtbot, wizard, Mode.HUB)
    assert child(wizard, QListWidget, "officeList").count() == 1
    click(qtbot, button(wizard, QWizard.WizardButton.BackButton))
    choose_mode(qtbot, wizard, Mode.OFFICE)
    texts = visible_list_texts(child(wizard, QListWidget, "officeList"))
    assert SIPIN in texts
    assert not any(text.endswith("(15.71)") for text in texts)


def test_a_new_office_is_set_up_from_the_citys_setup_file(
        qtbot, wizard: SetupWizard, fresh: AppContext, hub: AppContext,  # type: ignore[no-untyped-def]
        admin, modals, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from core.services.accounts import NewAccount, create_user
    from core.sync.reference import city_key_fingerprint, export_reference

    with hub.write(admin) as uow:
        create_user(uow, NewAccount("lurah.teluk", "Lurah Teluk Kenali", Role.HEAD,
                                    "mulai12345"), office_code="15.71.01.1003")
    setup_file = export_reference(hub, admin, "15.71.01.1003", tmp_path / "usb",
                                  setup_mode=Mode.OFFICE)
    printed = city_key_fingerprint(setup_file)
    wizard.mode_page.choose_setup_file = lambda: setup_file  # type: ignore[method-assign]
    texts: list[str] = []

    def compare(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def done(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    modals.expect(QMessageBox, compare)
    modals.expect(QMessageBox, done)
    click(qtbot, child(wizard, QPushButton, "setupFromFile"))
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
    modals.check()
    assert printed in texts[0] and "Kunci kota disematkan" in texts[1]
    assert wizard.is_set_up and fresh.device.office_code == "15.71.01.1003"
    assert authenticate(fresh, "lurah.teluk", "mulai12345").role is Role.HEAD


def test_a_setup_file_whose_fingerprint_is_not_confirmed_sets_nothing_up(
        qtbot, wizard: SetupWizard, fresh: AppContext, hub: AppContext,  # type: ignore[no-untyped-def]
        admin, modals, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from core.sync.reference import export_reference

    setup_file = export_reference(hub, admin, "15.71.01.1003", tmp_path / "usb",
                                  setup_mode=Mode.OFFICE)
    wizard.mode_page.choose_setup_file = lambda: setup_file  # type: ignore[method-assign]
    modals.expect(QMessageBox,
                  lambda box: box.button(QMessageBox.StandardButton.No).click())
    click(qtbot, child(wizard, QPushButton, "setupFromFile"))
    qtbot.waitUntil(lambda: not modals._queue)
    modals.check()
    assert not fresh.is_set_up and wizard.currentPage() is wizard.mode_page
