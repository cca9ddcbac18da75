"""The berita acara of a sidak as the inspector prints it on the spot: a real PDF read back
with pypdf, with the photos and both drawn signatures embedded, and the amendments made
after signing listed beside the values they replaced."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from core.attachments import prepare_photo
from core.errors import NotFound
from core.formatting import nip_cetak
from core.reports.sidak import berita_acara_data, write_berita_acara
from core.services.sidak import (
    FindingInput,
    StaffFound,
    add_photo,
    finish,
    save_visit,
    sign,
    visit_detail,
)
from core.sync.export import export_bundle
from core.sync.importer import approve_device, import_bundles
from tests.conftest import VALID_NIP
from tests.sidak.conftest import Field, basic_form, photo_file

PRINTED = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 09.00 WIB


def signature_png(width: int = 300, height: int = 100) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    ImageDraw.Draw(image).line((10, height - 20, width - 10, 20), fill="black", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def image_count(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def record_visit(field: Field, tmp_path: Path, *, photos: int = 2, signed: bool = True
                 ) -> str:
    """A sidak at Kelurahan Simpang IV Sipin, recorded at 08.30 for an 08.05 arrival: the
    office opened while the inspector waited, one staff member absent without a word,
    one on duty elsewhere, two findings, photos and (when `signed`) both signatures."""
    field.clock.now = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)  # 08.30 WIB
    staff = field.roster()
    staff[0].status = "tk"
    staff[1].status, staff[1].note = "dl", "ST/12/2026 rapat di kecamatan"
    form = basic_form(
        field, arrival="08.05", arrival_reason="Dicatat setelah kantor dibuka",
        found="dibuka", opened="08.20", received_by="Siti Aminah",
        received_position="Sekretaris Lurah", desk_staffed=False, residents_waiting=4,
        checklist={"maklumat": "ya", "tarif": "tidak", "antrean": "tidak"}, staff=staff,
        findings=[FindingInput("Kantor belum buka pukul 08.05", "Buka tepat pukul 07.30",
                               date(2026, 12, 5)),
                  FindingInput("Pengumuman tarif Rp0 tidak dipasang",
                               "Pasang pengumuman di ruang tunggu", date(2026, 12, 10))],
        notes="Empat warga menunggu di teras sejak pukul 07.45.",
        inspector_nip=VALID_NIP, team="Dewi Sartika (anggota)")
    with field.inspector.write(field.pemeriksa) as uow:
        visit_id = save_visit(uow, form)
    for number in range(photos):
        prepared = prepare_photo(photo_file(tmp_path / f"foto{number}.jpg", (2400, 1800),
                                            ("red", "blue", "green")[number % 3]))
        with field.inspector.write(field.pemeriksa) as uow:
            add_photo(uow, visit_id, prepared, f"Pintu kantor tertutup {number + 1}")
    if signed:
        with field.inspector.write(field.pemeriksa) as uow:
            sign(uow, visit_id, "ttd_pemeriksa", signature_png())
            sign(uow, visit_id, "ttd_kantor", signature_png(240, 90))
            finish(uow, visit_id)
    return visit_id


def amend_residents(field: Field, visit_id: str) -> None:
    field.clock.now = datetime(2026, 11, 25, 3, 15, tzinfo=UTC)  # 10.15 WIB
    with field.inspector.read() as session:
        form = visit_detail(session, visit_id).form()
    form.residents_waiting = 6
    with field.inspector.write(field.pemeriksa) as uow:
        save_visit(uow, form, visit_id, reason="Dua warga di luar pagar belum terhitung")


def test_the_berita_acara_shows_what_the_inspector_found_and_who_signed(
        field: Field, tmp_path: Path) -> None:
    visit_id = record_visit(field, tmp_path)
    amend_residents(field, visit_id)
    out = tmp_path / "ba" / "sidak.pdf"
    with field.inspector.read() as session:
        written = write_berita_acara(session, visit_id, out, PRINTED)
        data = berita_acara_data(session, visit_id, PRINTED)
    assert written == out and out.exists()
    text = pdf_text(out)
    assert "BERITA ACARA INSPEKSI MENDADAK (SIDAK)" in text
    assert f"Nomor: {data.number}" in text and data.number.startswith("001/BA-SIDAK/")
    assert "INSPEKTORAT DAERAH KOTA JAMBI" in text  # the issuer's letterhead
    assert ("Pada hari ini, Rabu tanggal 25 November 2026 pukul 08.05 WIB, kami yang "
            "bertanda tangan di bawah ini, Rudi Hartono, pemeriksa dari Inspektorat Daerah "
            "Kota Jambi, bersama Dewi Sartika (anggota), telah melakukan inspeksi mendadak "
            "(sidak) ke Kantor Lurah Simpang IV Sipin, Kecamatan Telanaipura" in text)
    assert "Kelurahan Simpang IV Sipin (15.71.01.1001)" in text
    assert "Dicatat setelah kantor dibuka" in text
    assert "Dibuka saat pemeriksa menunggu pukul 08.20" in text
    assert "Siti Aminah (Sekretaris Lurah)" in text and "Tidak dijaga petugas" in text
    staff = field.roster()
    assert f"{staff[0].name} Staf pelayanan Tanpa keterangan" in text
    assert f"{staff[1].name} Staf pelayanan Dinas luar (surat tugas) ST/12/2026" in text
    assert "1 hadir dan 2 tidak hadir" in text
    assert "Maklumat pelayanan dipasang Ya" in text
    assert "Tarif Rp0 / pengumuman anti-pungli dipasang Tidak" in text
    assert "Ruang pelayanan bersih dan rapi Tidak diperiksa" in text
    assert "Pengumuman tarif Rp0 tidak dipasang" in text
    assert "Pasang pengumuman di ruang tunggu" in text and "10 Desember 2026" in text
    assert "Buka tepat pukul 07.30" in text and "5 Desember 2026" in text
    assert "Empat warga menunggu di teras" in text and "6 orang" in text
    assert "Rudi Hartono" in text and f"NIP. {nip_cetak(VALID_NIP)}" in text
    assert "Siti Aminah" in text and "Jambi, 25 November 2026" in text
    assert "Foto 2. Pintu kantor tertutup 2" in text
    assert "Perubahan setelah ditandatangani" in text
    assert "Warga menunggu 4 6 Dua warga di luar pagar belum terhitung 25-11-2026" in text
    assert "10.15 WIB" in text
    assert "DRAF" not in text
    assert f"Kode verifikasi: {data.code}" in text
    assert text.count(data.code) == len(PdfReader(out).pages)  # every page's footer
    assert image_count(out) >= 2 + 2  # two photos and both signatures
    assert list(out.parent.iterdir()) == [out]  # no temporary file left beside it


def test_a_draft_is_labelled_and_waits_for_its_signatures(field: Field,
                                                         tmp_path: Path) -> None:
    visit_id = record_visit(field, tmp_path, photos=1, signed=False)
    out = tmp_path / "draf.pdf"
    with field.inspector.read() as session:
        write_berita_acara(session, visit_id, out, PRINTED)
    text = pdf_text(out)
    assert "DRAF — BELUM DITANDATANGANI" in text
    assert "DRAF — belum ditandatangani" in text
    assert text.count("(belum ditandatangani)") == 2
    assert "Perubahan setelah ditandatangani" not in text
    assert image_count(out) == 1


def test_the_code_covers_what_is_shown_not_when_it_was_printed(field: Field,
                                                               tmp_path: Path) -> None:
    visit_id = record_visit(field, tmp_path, photos=1)
    with field.inspector.read() as session:
        first = berita_acara_data(session, visit_id, PRINTED)
        later = berita_acara_data(session, visit_id, datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
        by_number = berita_acara_data(session, first.number, PRINTED)
    assert first.code == later.code == by_number.code
    assert "images" not in first.content() and "printed_at" not in first.content()
    amend_residents(field, visit_id)
    with field.inspector.read() as session:
        amended = berita_acara_data(session, visit_id, PRINTED)
    assert amended.code != first.code


def test_the_city_prints_the_same_berita_acara_from_the_bundle(field: Field,
                                                               tmp_path: Path) -> None:
    """The code printed on the spot can be checked against the city's copy."""
    visit_id = record_visit(field, tmp_path, photos=1)
    amend_residents(field, visit_id)
    bundle = export_bundle(field.inspector, field.pemeriksa, field.usb).path
    assert bundle is not None
    import_bundles(field.hub, field.admin, [bundle])
    approve_device(field.hub, field.admin, field.inspector.device.id)
    out = tmp_path / "kota.pdf"
    with field.inspector.read() as laptop, field.hub.read() as hub:
        on_the_spot = berita_acara_data(laptop, visit_id, PRINTED)
        write_berita_acara(hub, visit_id, out, PRINTED)
        at_the_city = berita_acara_data(hub, visit_id, PRINTED)
    assert at_the_city.code == on_the_spot.code
    assert at_the_city.images == on_the_spot.images and len(at_the_city.images) == 3
    assert on_the_spot.code in pdf_text(out) and image_count(out) >= 3


def test_an_unknown_sidak_is_refused_and_no_file_is_written(field: Field,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "hasil" / "tidak-ada.pdf"
    with field.inspector.read() as session, pytest.raises(NotFound, match="tidak ditemukan"):
        write_berita_acara(session, "bukan-id-sidak", out, PRINTED)
    assert not out.exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_printed_late_at_night_the_berita_acara_carries_the_offices_date(
        field: Field, tmp_path: Path) -> None:
    """18.30 UTC on 25 November is 01.30 WIB on the 26th: the office's date is printed."""
    visit_id = record_visit(field, tmp_path, photos=0)
    out = tmp_path / "malam.pdf"
    with field.inspector.read() as session:
        data = berita_acara_data(session, visit_id, datetime(2026, 11, 25, 18, 30, tzinfo=UTC))
        write_berita_acara(session, visit_id, out, datetime(2026, 11, 25, 18, 30, tzinfo=UTC))
    assert data.printed_at == datetime(2026, 11, 26, 1, 30)
    assert "pada 26 November 2026" in pdf_text(out)


def _printed_with(field: Field, tmp_path: Path, staff: list[StaffFound]) -> str:
    """The text of the berita acara of a sidak that recorded `staff`."""
    with field.inspector.write(field.pemeriksa) as uow:
        visit_id = save_visit(uow, basic_form(field, staff=staff))
    out = tmp_path / "pegawai.pdf"
    with field.inspector.read() as session:
        write_berita_acara(session, visit_id, out, PRINTED)
    return pdf_text(out)


def test_people_outside_the_roster_are_not_counted_as_staff_on_it(field: Field,
                                                                   tmp_path: Path) -> None:
    """The roster on the day has three staff; the inspector also met a volunteer at the
    desk. "Dari N pegawai dalam daftar" is the roster, the volunteer is counted apart."""
    staff = field.roster()
    assert len(staff) == 3
    staff[0].status = "tk"
    staff.append(StaffFound("Joko Widodo", "hadir", "relawan di meja layanan", "Relawan"))
    text = _printed_with(field, tmp_path, staff)
    assert ("Dari 3 pegawai dalam daftar, 2 hadir dan 1 tidak hadir saat pemeriksa tiba. "
            "Dicatat juga 1 orang di luar daftar pegawai.") in text
    assert "Joko Widodo di luar daftar pegawai Relawan Hadir relawan di meja layanan" in text


def test_without_a_roster_the_people_met_are_not_called_staff_on_it(field: Field,
                                                                    tmp_path: Path) -> None:
    text = _printed_with(field, tmp_path, [StaffFound("Joko Widodo", "hadir", "", "Relawan")])
    assert ("Daftar pegawai kantor tidak tersedia saat sidak. Dicatat juga 1 orang di luar "
            "daftar pegawai.") in text
    assert "pegawai dalam daftar" not in text
