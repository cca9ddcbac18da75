"""Sidak travel from the laptop to the city as real bundles: rows, photos and signatures,
refused whole when the bytes are missing; rosters travel the other way in reference files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.attachments import blob_bytes, prepare_photo
from core.canonical import row_payload
from core.context import AppContext
from core.roles import Mode
from core.services.offices import add_unit
from core.services.sidak import add_photo, finish, save_visit, sign, visit_detail
from core.services.staff import StaffInput, StaffStatus, add_staff
from core.sync.bundle import ATTACHMENT_DIR, ROWS
from core.sync.export import export_bundle
from core.sync.importer import APPLIED, HELD, REFUSED, approve_device, import_bundles
from core.sync.reference import export_reference, import_reference
from db.models import Attachment, Blob, SidakFinding, SidakStaff, SidakVisit
from tests.conftest import OFFICE_CODE, open_office
from tests.sidak.conftest import INSPECTOR_OFFICE, Field, basic_form, photo_file
from tests.sync.forge import dump, members, rewrite, write_zip

SIDAK_TABLES = (SidakVisit, SidakStaff, SidakFinding, Attachment)


def _png(seed: int) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line((10, 80, 290, 10 + seed), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _signed_visit(field: Field, tmp_path: Path) -> str:
    staff = field.roster()
    staff[0].status = "tk"
    with field.inspector.write(field.pemeriksa) as uow:
        visit_id = save_visit(uow, basic_form(field, staff=staff))
        add_photo(uow, visit_id, prepare_photo(photo_file(tmp_path / "pintu.jpg")), "Pintu")
        sign(uow, visit_id, "ttd_pemeriksa", _png(1))
        sign(uow, visit_id, "ttd_kantor", _png(2))
        finish(uow, visit_id)
    return visit_id


def _rows(ctx: AppContext) -> dict[str, dict[str, dict[str, object]]]:
    with ctx.read() as session:
        return {model.__tablename__: {row.id: row_payload(row) for row in session.scalars(
            select(model).where(model.office_code == INSPECTOR_OFFICE))}
            for model in SIDAK_TABLES}


def _import_and_approve(field: Field, hub: AppContext, bundle: Path) -> None:
    [result] = import_bundles(hub, field.admin, [bundle])
    assert result.result == HELD  # a new laptop waits for the admin
    assert [r.result for r in approve_device(hub, field.admin, field.inspector.device.id)] \
        == [APPLIED]


def test_a_finished_sidak_reaches_the_hub_with_its_photo_and_signatures(
        field: Field, tmp_path: Path) -> None:
    visit_id = _signed_visit(field, tmp_path)
    bundle = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert bundle is not None
    carried = [name for name in members(bundle) if name.startswith(ATTACHMENT_DIR)]
    assert len(carried) == 3  # one photo, two signatures
    _import_and_approve(field, field.hub, bundle)
    assert _rows(field.hub) == _rows(field.inspector)
    with field.hub.read() as hub_session, field.inspector.read() as laptop:
        detail = visit_detail(hub_session, visit_id)
        assert detail.status == "final" and [s.name for s in detail.absent] == ["Ani Lestari"]
        for attachment in [*detail.photos, *detail.signatures.values()]:
            assert blob_bytes(hub_session, attachment.sha256) == \
                blob_bytes(laptop, attachment.sha256)
    assert import_bundles(field.hub, field.admin, [bundle])[0].result == "present"


def test_a_bundle_missing_a_photo_is_refused_and_changes_nothing(field: Field,
                                                                 tmp_path: Path) -> None:
    with field.inspector.write(field.pemeriksa) as uow:
        visit_id = save_visit(uow, basic_form(field))
    first = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert first is not None
    _import_and_approve(field, field.hub, first)
    with field.inspector.write(field.pemeriksa) as uow:
        add_photo(uow, visit_id, prepare_photo(photo_file(tmp_path / "meja.jpg")),
                  reason="Foto meja layanan kosong")
    second = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert second is not None
    content = members(second)
    [photo] = [name for name in content if name.startswith(ATTACHMENT_DIR)]
    # The laptop's own key signs a bundle that lacks the photo's bytes (a faulty copy tool).
    stripped = write_zip(tmp_path / "tanpa-foto.zip",
                         {name: data for name, data in content.items() if name != photo})
    forged = rewrite(stripped, tmp_path / "tanpa-foto.pantau",
                     key=field.inspector.device_key(), refresh_files=True)
    before = dump(field.hub, exclude=("sync_bundle",))
    [result] = import_bundles(field.hub, field.admin, [forged])
    assert result.result == REFUSED and "lampiran" in result.reason
    assert dump(field.hub, exclude=("sync_bundle",)) == before
    [result] = import_bundles(field.hub, field.admin, [second])
    assert result.result == APPLIED
    with field.hub.read() as session:
        assert session.get(Blob, photo.removeprefix(ATTACHMENT_DIR)) is not None


def test_the_inspector_gets_roster_changes_in_its_reference_bundle(field: Field) -> None:
    with field.office.write(field.head) as uow:
        add_staff(uow, StaffInput("Dedi Kurniawan", "Kasi Pelayanan", StaffStatus.NON_ASN,
                                  local_id="DEDI", active_from=date(2026, 11, 1)))
    office_bundle = export_bundle(field.office, field.head, field.usb).path
    assert import_bundles(field.hub, field.admin, [office_bundle])[0].result == APPLIED  # type: ignore[list-item]
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, basic_form(field))
    _import_and_approve(field, field.hub,
                        export_bundle(field.inspector, field.pemeriksa, field.usb).path)  # type: ignore[arg-type]
    reference = export_reference(field.hub, field.admin, INSPECTOR_OFFICE, field.usb)
    import_reference(field.inspector, field.pemeriksa, reference)
    assert "Dedi Kurniawan" in [member.name for member in field.roster()]
    # An office's own reference bundle does not carry other offices' rosters.
    office_reference = export_reference(field.hub, field.admin, OFFICE_CODE, field.usb)
    tables = {json.loads(line)["table"] for line in
              members(office_reference)[ROWS].decode("utf-8").splitlines()}
    assert "staff" not in tables


@pytest.mark.pg
def test_a_postgresql_hub_receives_sidak_with_photos(field: Field, tmp_path: Path,
                                                     pg_url: str) -> None:
    visit_id = _signed_visit(field, tmp_path)
    bundle = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert bundle is not None
    hub = open_office(tmp_path / "pghub", field.clock, Mode.HUB, "15.71", database_url=pg_url)
    try:
        from core.services.accounts import authenticate
        from tests.conftest import PASSWORD

        admin = authenticate(hub, "admin", PASSWORD)
        with hub.write(admin) as uow:
            add_unit(uow, INSPECTOR_OFFICE, "Inspektorat Daerah Kota Jambi")
        [result] = import_bundles(hub, admin, [bundle])
        assert result.result == HELD
        assert [r.result for r in approve_device(hub, admin, field.inspector.device.id)] == \
            [APPLIED]
        assert _rows(hub) == _rows(field.inspector)
        with hub.read() as session:
            detail = visit_detail(session, visit_id)
            assert len(blob_bytes(session, detail.photos[0].sha256)) == detail.photos[0].size
    finally:
        hub.close()
