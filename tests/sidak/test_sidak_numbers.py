"""Berita acara numbers when several inspectors' laptops send their sidak to the same city:
each laptop's numbers are its own, and a number that still names more than one visit is
refused with the candidates rather than silently resolved to one of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.context import AppContext, open_app
from core.errors import NotFound, ValidationError
from core.reports.sidak import find_visit_id
from core.roles import Actor, Mode
from core.services import sidak
from core.services.accounts import authenticate
from core.services.sidak import save_visit, visit_detail
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from core.sync.reference import export_reference, setup_from_bundle
from tests.conftest import PASSWORD
from tests.sidak.conftest import INSPECTOR_OFFICE, Field, basic_form


@pytest.fixture
def second_laptop(field: Field, tmp_path: Path) -> Iterator[tuple[AppContext, Actor]]:
    """Another inspector's laptop of the same Inspektorat, set up from the city's file."""
    setup = export_reference(field.hub, field.admin, INSPECTOR_OFFICE, field.usb,
                             setup_mode=Mode.INSPECTOR)
    ctx = open_app(tmp_path / "inspector2", clock=field.clock)
    try:
        setup_from_bundle(ctx, setup)
        yield ctx, authenticate(ctx, "pemeriksa", PASSWORD)
    finally:
        ctx.close()


def _record(field: Field, laptop: AppContext, actor: Actor, inspector: str) -> tuple[str, str]:
    with laptop.write(actor) as uow:
        visit_id = save_visit(uow, basic_form(field, inspector_name=inspector))
    with laptop.read() as session:
        return visit_id, visit_detail(session, visit_id).number


def _send_to_hub(field: Field, laptop: AppContext, actor: Actor) -> None:
    bundle = export_bundle(laptop, actor, field.usb).path
    assert bundle is not None
    import_bundles(field.hub, field.admin, [bundle])
    approve_device(field.hub, field.admin, laptop.device.id)


def test_two_inspectors_laptops_issue_different_numbers(
        field: Field, second_laptop: tuple[AppContext, Actor]) -> None:
    laptop, actor = second_laptop
    # Both laptops were set up minutes apart: their time-ordered ids share their start.
    assert laptop.device.id[:4] == field.inspector.device.id[:4]
    first_id, first = _record(field, field.inspector, field.pemeriksa, "Rudi Hartono")
    second_id, second = _record(field, laptop, actor, "Dewi Kartika")
    assert first.startswith("001/BA-SIDAK/15.71.OPD.001/")
    assert second.startswith("001/BA-SIDAK/15.71.OPD.001/")
    assert first != second
    _send_to_hub(field, field.inspector, field.pemeriksa)
    _send_to_hub(field, laptop, actor)
    with field.hub.read() as session:
        assert find_visit_id(session, first) == first_id
        assert find_visit_id(session, second) == second_id


def test_a_number_two_visits_carry_is_refused_with_both_candidates(
        field: Field, second_laptop: tuple[AppContext, Actor],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers issued by an earlier version (the same tag on every laptop) still reach the
    city: asking for one of them lists both visits and their ids instead of picking one."""
    monkeypatch.setattr(sidak, "device_tag", lambda device_id: device_id[:4].upper())
    laptop, actor = second_laptop
    first_id, first = _record(field, field.inspector, field.pemeriksa, "Rudi Hartono")
    second_id, second = _record(field, laptop, actor, "Dewi Kartika")
    assert first == second
    _send_to_hub(field, field.inspector, field.pemeriksa)
    _send_to_hub(field, laptop, actor)
    with field.hub.read() as session:
        with pytest.raises(ValidationError) as refused:
            find_visit_id(session, first)
        # Either id still finds its own visit.
        assert find_visit_id(session, first_id) == first_id
        assert find_visit_id(session, second_id) == second_id
    message = refused.value.message
    assert f"Nomor {first} dipakai oleh 2 sidak" in message
    assert first_id in message and second_id in message
    assert "Rudi Hartono" in message and "Dewi Kartika" in message
    assert "Kelurahan Simpang IV Sipin" in message


def test_the_sequence_number_of_the_sidak_list_finds_the_visit(field: Field) -> None:
    """"002", as the list starts the number (or "2"), finds the laptop's second sidak."""
    first_id, first = _record(field, field.inspector, field.pemeriksa, "Rudi Hartono")
    second_id, second = _record(field, field.inspector, field.pemeriksa, "Rudi Hartono")
    assert first.startswith("001/") and second.startswith("002/")
    with field.inspector.read() as session:
        assert find_visit_id(session, "002") == second_id
        assert find_visit_id(session, " 2 ") == second_id
        assert find_visit_id(session, "001") == first_id
        with pytest.raises(NotFound, match="Sidak 003 tidak ditemukan"):
            find_visit_id(session, "003")


def test_a_sequence_number_two_laptops_issued_is_refused_with_the_full_numbers(
        field: Field, second_laptop: tuple[AppContext, Actor]) -> None:
    laptop, actor = second_laptop
    first_id, first = _record(field, field.inspector, field.pemeriksa, "Rudi Hartono")
    second_id, second = _record(field, laptop, actor, "Dewi Kartika")
    _send_to_hub(field, field.inspector, field.pemeriksa)
    _send_to_hub(field, laptop, actor)
    with field.hub.read() as session:
        with pytest.raises(ValidationError) as refused:
            find_visit_id(session, "001")
        assert find_visit_id(session, second) == second_id  # the full number still works
    message = refused.value.message
    assert message.startswith("Nomor 001 cocok dengan 2 sidak")
    assert first in message and second in message and first_id in message
    assert "nomor berita acara lengkapnya" in message
