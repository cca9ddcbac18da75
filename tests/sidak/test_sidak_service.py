"""Recording a sidak on the inspector's laptop: the form's rules, photos, signatures,
finishing, and amendments once the berita acara is signed or has left the laptop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from core.attachments import MAX_IMAGE_BYTES, prepare_photo
from core.errors import ValidationError
from core.services.sidak import (
    FindingInput,
    add_photo,
    finish,
    is_locked,
    list_visits,
    remove_photo,
    save_visit,
    sign,
    visit_detail,
)
from core.sync.export import export_bundle
from db.models import Amendment, Attachment, SidakVisit
from tests.conftest import OFFICE_CODE
from tests.sidak.conftest import STAFF, Field, basic_form, photo_file


def _png(width: int = 300, height: int = 100) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).line((10, 80, 290, 20), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _save(field: Field, **changes: object) -> str:
    with field.inspector.write(field.pemeriksa) as uow:
        return save_visit(uow, basic_form(field, **changes))


def test_the_roster_came_with_the_setup_file(field: Field) -> None:
    assert sorted(member.name for member in field.roster()) == sorted(STAFF)
    assert all(member.status == "hadir" and member.staff_id for member in field.roster())


def test_a_sidak_is_saved_with_its_staff_findings_and_number(field: Field) -> None:
    staff = field.roster()
    staff[0].status, staff[1].status, staff[1].note = "tk", "dl", "ST/12/2026"
    visit_id = _save(field, staff=staff, checklist={"maklumat": "ya", "tarif": "tidak"},
                     residents_waiting=4, received_by="Sekretaris Lurah")
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.number.startswith("001/BA-SIDAK/15.71.OPD.001/")
    assert detail.arrival == "08.05" and detail.found == "tutup" and detail.status == "draft"
    assert [s.status for s in detail.staff] == ["tk", "dl", "hadir"]
    assert {i.key: i.answer for i in detail.checklist}["tarif"] == "tidak"
    assert len(detail.checklist) == 6
    assert detail.findings[0].deadline == date(2026, 12, 5)
    assert [s.name for s in detail.absent] == [staff[0].name, staff[1].name]


@pytest.mark.parametrize(("changes", "field_name"), [
    ({"visited_office": ""}, "office"),
    ({"visited_office": "15.71.99.9999"}, "office"),
    ({"visited_office": "15.71"}, "office"),
    ({"arrival": ""}, "arrival"),
    ({"arrival": "25.00"}, "arrival"),
    ({"day": None}, "day"),
    ({"day": date(2026, 11, 26)}, "day"),
    ({"day": date(2026, 9, 1)}, "day"),
    ({"arrival": "09.30"}, "arrival"),  # later than now
    ({"arrival": "07.00"}, "arrival_reason"),  # an hour ago, no reason
    ({"found": ""}, "found"),
    ({"found": "dibuka", "opened": None}, "opened"),
    ({"found": "dibuka", "opened": "07.50"}, "opened"),  # before the arrival
    ({"findings": [FindingInput("", "x")]}, "findings"),
    ({"findings": [FindingInput("Antrean kacau", "Tertibkan", date(2026, 11, 1))]},
     "findings"),
    ({"inspector_name": " "}, "inspector_name"),
    ({"inspector_nip": "123"}, None),
])
def test_bad_input_is_refused_and_nothing_is_saved(field: Field, changes: dict[str, object],
                                                    field_name: str | None) -> None:
    with pytest.raises(ValidationError) as error:
        _save(field, **changes)
    if field_name is not None:
        assert error.value.field == field_name
    with field.inspector.read() as session:
        assert session.scalars(select(SidakVisit)).all() == []


def test_an_earlier_arrival_time_with_a_reason_is_kept(field: Field) -> None:
    visit_id = _save(field, arrival="07.40", arrival_reason="Dicatat setelah rapat singkat")
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert (detail.arrival, detail.arrival_reason) == ("07.40", "Dicatat setelah rapat singkat")


def test_a_dl_without_a_letter_number_is_refused(field: Field) -> None:
    staff = field.roster()
    staff[0].status = "dl"
    with pytest.raises(ValidationError, match="surat tugas"):
        _save(field, staff=staff)


def test_photos_are_checked_downscaled_and_limited(field: Field, tmp_path: Path) -> None:
    visit_id = _save(field)
    big = prepare_photo(photo_file(tmp_path / "besar.jpg", (4000, 3000)))
    assert max(big.width, big.height) == 1600 and big.mime == "image/jpeg"
    not_image = tmp_path / "catatan.jpg"
    not_image.write_text("bukan foto", encoding="utf-8")
    with pytest.raises(ValidationError, match="bukan gambar"):
        prepare_photo(not_image)
    huge = tmp_path / "200mb.jpg"
    with huge.open("wb") as handle:  # sparse: 200 MB by size, nothing read
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ValidationError, match="terlalu besar"):
        prepare_photo(huge)
    assert MAX_IMAGE_BYTES < 200 * 1024 * 1024
    with field.inspector.write(field.pemeriksa) as uow:
        add_photo(uow, visit_id, big, "Pintu kantor tertutup")
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="sama"):
        add_photo(uow, visit_id, big)
    with field.inspector.read() as session:
        [photo] = visit_detail(session, visit_id).photos
    assert photo.caption == "Pintu kantor tertutup"
    with field.inspector.write(field.pemeriksa) as uow:
        remove_photo(uow, photo.id)
    with field.inspector.read() as session:
        assert visit_detail(session, visit_id).photos == []


def test_finishing_needs_both_signatures_then_changes_are_amendments(field: Field,
                                                                      tmp_path: Path) -> None:
    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_pemeriksa", _png())
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="perwakilan"):
        finish(uow, visit_id)
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_kantor", _png(200, 80))
        finish(uow, visit_id)
    form = basic_form(field, found="dibuka", opened="08.20")
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="alasan"):
        save_visit(uow, form, visit_id)
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, form, visit_id, reason="Salah pilih keadaan kantor")
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
        amendments = session.scalars(select(Amendment)).all()
    assert detail.found == "dibuka" and detail.opened == "08.20"
    assert {(a.field, a.old_value, a.new_value) for a in detail.amendments} == {
        ("Keadaan kantor", "Tutup", "Dibuka saat pemeriksa menunggu"),
        ("Jam kantor dibuka", "", "08.20")}
    assert all(a.reason == "Salah pilih keadaan kantor" for a in amendments)
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="selesai"):
        sign(uow, visit_id, "ttd_kantor", _png())
    photo = prepare_photo(photo_file(tmp_path / "susulan.jpg", (800, 600), "blue"))
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="alasan"):
        add_photo(uow, visit_id, photo)


def test_an_exported_draft_is_amended_not_overwritten(field: Field) -> None:
    visit_id = _save(field)
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    with field.inspector.read() as session:
        visit = session.get(SidakVisit, visit_id)
        assert visit is not None and visit.status == "draft" and is_locked(session, visit)
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, basic_form(field, residents_waiting=7), visit_id,
                   reason="Jumlah warga terlewat")
    with field.inspector.read() as session:
        [row] = list_visits(session, today=field.clock.now.date())
        detail = visit_detail(session, visit_id)
    assert row.amended and detail.residents_waiting == 7
    assert [(a.field, a.old_value, a.new_value) for a in detail.amendments] == [
        ("Warga menunggu", "0", "7")]


def test_a_draft_is_edited_in_place_until_it_is_finished(field: Field) -> None:
    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, basic_form(field, found="buka", findings=[]), visit_id)
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.found == "buka" and detail.findings == [] and detail.amendments == []
    assert len(detail.staff) == len(STAFF)
    assert detail.visited_office == OFFICE_CODE


def test_an_amended_finding_keeps_its_id_for_the_city_follow_up(field: Field) -> None:
    visit_id = _save(field)
    with field.inspector.read() as session:
        [before] = visit_detail(session, visit_id).findings
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    staff = field.roster()
    staff[2].status = "izin"
    form = basic_form(field, staff=staff, findings=[
        FindingInput("Kantor belum buka pukul 08.05", "Buka tepat 07.30", date(2026, 12, 10)),
        FindingInput("Maklumat pelayanan tidak dipasang", "Pasang maklumat", None)])
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, form, visit_id, reason="Batas waktu diperpanjang, temuan tambahan")
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.findings[0].id == before.id
    assert detail.findings[0].deadline == date(2026, 12, 10)
    assert [s.status for s in detail.staff] == ["hadir", "hadir", "izin"]
    fields = {a.field for a in detail.amendments}
    assert fields == {"Temuan 1", "Temuan 2", f"Pegawai {staff[2].name}"}


def test_a_finished_visit_can_be_amended_months_later(field: Field) -> None:
    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_pemeriksa", _png())
        sign(uow, visit_id, "ttd_kantor", _png())
        finish(uow, visit_id)
    field.clock.advance(days=70)
    form = basic_form(field, day=date(2026, 11, 25), findings=[
        FindingInput("Kantor belum buka pukul 08.05", "Buka tepat 07.30", date(2027, 2, 28))])
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, form, visit_id, reason="Batas tindak lanjut diperpanjang")
    with field.inspector.read() as session:
        assert visit_detail(session, visit_id).findings[0].deadline == date(2027, 2, 28)


def test_signatures_on_an_exported_draft_are_amendments_and_both_are_kept(
        field: Field) -> None:
    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        first = sign(uow, visit_id, "ttd_pemeriksa", _png())
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    # Redrawn after the bundle left: refused without a reason, nothing changes.
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(
            ValidationError, match="alasan") as refused:
        sign(uow, visit_id, "ttd_pemeriksa", _png(200, 80))
    assert refused.value.field == "reason"
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.signatures["ttd_pemeriksa"].sha256 == first.sha256
    assert detail.amendments == []
    # The office's first signature completes the draft: nothing of it is replaced.
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_kantor", _png(200, 80))
    # With a reason: the new one is the signature, the earlier one stays on the visit.
    with field.inspector.write(field.pemeriksa) as uow:
        second = sign(uow, visit_id, "ttd_pemeriksa", _png(200, 80),
                      reason="Tanda tangan terpotong")
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
        kept = session.scalars(select(Attachment).where(
            Attachment.owner_id == visit_id, Attachment.deleted_at.is_(None))).all()
    assert detail.signatures["ttd_pemeriksa"].sha256 == second.sha256 != first.sha256
    assert {(a.kind, a.sha256) for a in kept} == {
        ("ttd_pemeriksa_semula", first.sha256), ("ttd_pemeriksa", second.sha256),
        ("ttd_kantor", detail.signatures["ttd_kantor"].sha256)}
    [amendment] = detail.amendments
    assert (amendment.field, amendment.reason) == ("Tanda tangan pemeriksa",
                                                   "Tanda tangan terpotong")
    assert first.sha256[:12] in amendment.old_value
    assert second.sha256[:12] in amendment.new_value


def test_a_draft_not_yet_exported_is_re_signed_in_place(field: Field) -> None:
    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_kantor", _png())
        second = sign(uow, visit_id, "ttd_kantor", _png(200, 80))
    with field.inspector.read() as session:
        detail = visit_detail(session, visit_id)
    assert detail.signatures["ttd_kantor"].sha256 == second.sha256
    assert detail.amendments == []


def test_a_signature_drawn_after_the_export_is_redrawn_until_it_is_sent(
        field: Field) -> None:
    visit_id = _save(field)
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    with field.inspector.write(field.pemeriksa) as uow:
        sign(uow, visit_id, "ttd_kantor", _png())
        second = sign(uow, visit_id, "ttd_kantor", _png(200, 80))
    with field.inspector.read() as session:
        assert visit_detail(session, visit_id).signatures["ttd_kantor"].sha256 == \
            second.sha256
    export_bundle(field.inspector, field.pemeriksa, field.usb)
    with field.inspector.write(field.pemeriksa) as uow, pytest.raises(ValidationError,
                                                                      match="alasan"):
        sign(uow, visit_id, "ttd_kantor", _png())


def test_visits_are_grouped_by_kecamatan_as_the_city_counts_offices(field: Field) -> None:
    from core.services.sidak import VisitFilter

    kelurahan = _save(field)
    kecamatan_office = _save(field, visited_office="15.71.01", staff=[])
    other = _save(field, visited_office="15.71.02.1002", staff=[])
    with field.inspector.read() as session:
        rows = {row.id: row for row in list_visits(session, today=field.clock.now.date())}
        telanaipura = {row.id for row in list_visits(
            session, VisitFilter(kecamatan="15.71.01"), field.clock.now.date())}
    assert rows[kelurahan].kecamatan == rows[kecamatan_office].kecamatan == "15.71.01"
    assert rows[other].kecamatan == "15.71.02"
    assert telanaipura == {kelurahan, kecamatan_office}


def test_a_replaced_signature_reaches_the_city_with_both_kept(field: Field) -> None:
    from tests.sidak.test_crosscheck import _deliver

    visit_id = _save(field)
    with field.inspector.write(field.pemeriksa) as uow:
        first = sign(uow, visit_id, "ttd_pemeriksa", _png())
    _deliver(field, [export_bundle(field.inspector, field.pemeriksa, field.usb).path])  # type: ignore[list-item]
    with field.inspector.write(field.pemeriksa) as uow:
        second = sign(uow, visit_id, "ttd_pemeriksa", _png(200, 80),
                      reason="Tanda tangan terpotong")
    _deliver(field, [export_bundle(field.inspector, field.pemeriksa, field.usb).path])  # type: ignore[list-item]
    with field.hub.read() as session:
        detail = visit_detail(session, visit_id)
        kinds = {(a.kind, a.sha256) for a in session.scalars(select(Attachment).where(
            Attachment.owner_id == visit_id, Attachment.deleted_at.is_(None)))}
    assert detail.signatures["ttd_pemeriksa"].sha256 == second.sha256
    assert kinds == {("ttd_pemeriksa_semula", first.sha256),
                     ("ttd_pemeriksa", second.sha256)}
    assert [a.field for a in detail.amendments] == ["Tanda tangan pemeriksa"]
