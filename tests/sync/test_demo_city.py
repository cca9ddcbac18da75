"""`pantau demo` builds a city whose bundles really travelled: the hub's ledger shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.changelog import verify_chain
from core.context import open_app
from core.demo import DEMO_HUB_FOLDER, KECAMATAN_CODE, OTHER_KELURAHAN, build_demo
from core.sync.export import export_preview
from db.models import Staff, SyncBundle, SyncDevice
from tests.sync.conftest import rows

OFFICES = {
    "kelurahan-simpang-iv-sipin": "15.71.01.1001",
    "kecamatan-telanaipura": KECAMATAN_CODE,
    **{folder: code for code, folder, *_ in OTHER_KELURAHAN},
}


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo-city")
    build_demo(out)
    return out


def test_every_office_of_the_demo_city_reached_the_hub_intact(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            devices = {d.office_code: d for d in session.scalars(select(SyncDevice))}
        assert set(devices) == set(OFFICES.values())
        assert all(d.status == "approved" for d in devices.values())
        for folder, code in OFFICES.items():
            office = open_app(city / folder)
            try:
                assert rows(hub, Staff, code) == rows(office, Staff, code), folder
                with hub.read() as session:
                    report = verify_chain(session, office.device.id)
                assert report.ok
                # Each office got the city's acknowledgement back: nothing left to send.
                assert export_preview(office).entries == 0, folder
            finally:
                office.close()
    finally:
        hub.close()


def test_the_hub_ledger_shows_held_applied_and_refused_bundles(city: Path) -> None:
    hub = open_app(city / DEMO_HUB_FOLDER)
    try:
        with hub.read() as session:
            ledger = session.scalars(select(SyncBundle)).all()
    finally:
        hub.close()
    results = {b.result for b in ledger}
    assert {"held", "applied", "refused"} <= results
    refused = [b for b in ledger if b.result == "refused"]
    assert [b.file_name for b in refused] == ["pantau-salinan-terputus.pantau"]
    assert "bukan bundle Pantau yang utuh" in refused[0].reason
    assert all(b.imported_by == "admin" for b in ledger)
