"""The innovation reports read back: the list of offices at risk (PDF, pypdf) and the whole
tracker (Excel, openpyxl) at the hub, and the profile of one innovation that reached the
hub in a real bundle with an evidence file and was returned with a note."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from core.attachments import prepare_file
from core.context import AppContext
from core.errors import NotFound, ValidationError
from core.roles import Actor
from core.services.innovation import (
    InnovationForm,
    add_evidence,
    review,
    save_innovation,
    submit,
)
from core.sync.importer import import_bundles
from db.models import Innovation
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, export
from tests.sync.conftest import world as world  # the office and hub fixtures
from tests.sync.conftest import world_template as world_template

TODAY = date(2026, 11, 25)
DESIGN = " ".join(["rancang"] * 310)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def add(hub: AppContext, admin: Actor, office: str, stage: str, status: str = "draf") -> str:
    with hub.write(admin) as uow:
        return uow.add(Innovation(name=f"Inovasi {stage}", stage=stage, initiator="opd",
                                  form="pelayanan_publik", status=status), office).id


def test_the_at_risk_list_names_offices_reasons_and_deadline(hub: AppContext, admin: Actor,
                                                             tmp_path: Path) -> None:
    from core.reports.innovation import write_at_risk_pdf

    add(hub, admin, OFFICE_CODE, "inisiatif")
    verified = add(hub, admin, "15.71.01.1002", "penerapan", "diajukan")
    with hub.write(admin) as uow:
        review(uow, verified, "diverifikasi", "")
    out = tmp_path / "berisiko.pdf"
    with hub.read() as session:
        code = write_at_risk_pdf(session, TODAY, out)
    text = pdf_text(out)
    assert "PEMERINTAH KOTA JAMBI" in text
    assert "DAFTAR KANTOR BERISIKO" in text
    assert "2 Agustus 2027" in text and "tinggal 250 hari" in text
    assert "Kelurahan Simpang IV Sipin" in text and "hanya tahap inisiatif" in text
    assert "belum ada inovasi" in text and "Rekap per kecamatan" in text
    assert code in text
    # The office with a verified innovation in penerapan is not listed.
    assert "15.71.01.1002" not in text
    # The same data gives the same code; a change gives another.
    with hub.read() as session:
        assert write_at_risk_pdf(session, TODAY, tmp_path / "lagi.pdf") == code
    add(hub, admin, "15.71.01.1002", "uji_coba")
    with hub.read() as session:
        assert write_at_risk_pdf(session, TODAY, tmp_path / "lain.pdf") != code


def test_the_tracker_workbook_has_every_office_and_the_at_risk_sheet(
        hub: AppContext, admin: Actor, tmp_path: Path) -> None:
    from core.reports.innovation import write_tracker_xlsx

    add(hub, admin, OFFICE_CODE, "uji_coba")
    out = tmp_path / "pelacak.xlsx"
    with hub.read() as session:
        code = write_tracker_xlsx(session, date(2027, 8, 5), out)
    book = load_workbook(out)
    assert book.sheetnames == ["Ringkasan", "Semua kantor", "Berisiko", "Per kecamatan"]
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=4,
                                                                      values_only=True)}
    assert summary["Hari tersisa (negatif: lewat)"] == -3
    assert summary["Kode verifikasi"] == code
    every = list(book["Semua kantor"].iter_rows(values_only=True))
    assert every[0][:4] == ("Kecamatan", "Kode", "Kantor", "Jumlah inovasi")
    simpang = next(row for row in every if row[1] == OFFICE_CODE)
    assert simpang == ("Telanaipura", OFFICE_CODE, "Kelurahan Simpang IV Sipin", 1, 0, 1, 0,
                       0, 0, "Perlu perhatian", "belum ada yang diverifikasi")
    risky = list(book["Berisiko"].iter_rows(min_row=2, values_only=True))
    assert len(risky) == len(every) - 1  # nobody is safe yet
    assert risky[0][9] == "Berisiko" and risky[-1] == simpang
    kecamatan = list(book["Per kecamatan"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] for row in kecamatan) == len(every) - 1


def test_the_profile_shows_every_field_the_evidence_and_the_city_note(
        world: World, tmp_path: Path) -> None:
    from core.reports.innovation import write_innovation_profile_pdf

    evidence = tmp_path / "sk-inovasi.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% surat keputusan\n%%EOF\n")
    with world.office.write(world.head) as uow:
        innovation_id = save_innovation(uow, InnovationForm(
            "Lapak Warga Online", "penerapan", "asn", initiator_name="Rina Marlina",
            digital=True, affairs="Administrasi kependudukan", trial_date=date(2026, 3, 2),
            implementation_date=date(2026, 6, 1), design=DESIGN,
            goals="Surat pengantar selesai dalam satu hari", benefits="Warga tidak antre",
            results="Waktu layanan turun dari 3 hari ke 1 hari", budget=12_500_000,
            video_url="https://example.org/video"))
        add_evidence(uow, innovation_id, prepare_file(evidence))
        submit(uow, innovation_id)
    import_bundles(world.hub, world.admin, [export(world.office, world.head, world.usb)])
    with world.hub.write(world.admin) as uow:
        review(uow, innovation_id, "dikembalikan", "Lampirkan SK penerapan yang ditandatangani")
    out = tmp_path / "profil.pdf"
    with world.hub.read() as session:
        data = write_innovation_profile_pdf(session, innovation_id, out,
                                            datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    text = pdf_text(out)
    for expected in ("KELURAHAN SIMPANG IV SIPIN", "PROFIL INOVASI DAERAH",
                     "Lapak Warga Online", "Penerapan", "ASN (Rina Marlina)", "Digital",
                     "Inovasi pelayanan publik", "Administrasi kependudukan",
                     "2 Maret 2026", "1 Juni 2026", "Rp12.500.000",
                     "https://example.org/video", "Rancang bangun (310 kata)",
                     "Surat pengantar selesai dalam satu hari", "Warga tidak antre",
                     "Waktu layanan turun", "sk-inovasi.pdf", "Dikembalikan",
                     "Lampirkan SK penerapan yang ditandatangani", data.code):
        assert expected in text, expected
    assert data.status == "Dikembalikan"
    # Printing again another day gives the same code: the date is not part of it.
    with world.hub.read() as session:
        again = write_innovation_profile_pdf(session, innovation_id, tmp_path / "lagi.pdf",
                                             datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    assert again.code == data.code


def test_the_profile_printed_late_at_night_carries_the_offices_date(
        hub: AppContext, admin: Actor, tmp_path: Path) -> None:
    """18.30 UTC on 25 November is 01.30 WIB on the 26th: the office's date is printed."""
    from core.reports.innovation import write_innovation_profile_pdf

    innovation_id = add(hub, admin, OFFICE_CODE, "inisiatif")
    out = tmp_path / "malam.pdf"
    with hub.read() as session:
        data = write_innovation_profile_pdf(session, innovation_id, out,
                                            datetime(2026, 11, 25, 18, 30, tzinfo=UTC))
    assert data.printed_at.date() == date(2026, 11, 26)
    text = pdf_text(out)
    assert "pada 26 November 2026" in text and "25 November 2026" not in text


def test_an_innovation_is_found_by_its_name_or_a_part_only_it_has(
        hub: AppContext, admin: Actor) -> None:
    from core.reports.innovation import find_innovation_id

    def named(office: str, name: str) -> str:
        with hub.write(admin) as uow:
            return uow.add(Innovation(name=name, stage="inisiatif", initiator="opd",
                                      form="pelayanan_publik", status="draf"), office).id

    online = named(OFFICE_CODE, "Lapak Warga Online")
    sehat = named("15.71.01.1002", "Lapak Warga Sehat")
    gone = named(OFFICE_CODE, "Posyandu Digital")
    with hub.write(admin) as uow:
        row = uow.session.get(Innovation, gone)
        assert row is not None
        uow.delete(row)
    with hub.read() as session:
        assert find_innovation_id(session, online) == online
        assert find_innovation_id(session, "  warga ONLINE ") == online
        assert find_innovation_id(session, "Lapak Warga Sehat") == sehat
        with pytest.raises(ValidationError) as refused:
            find_innovation_id(session, "lapak warga")
        with pytest.raises(NotFound, match="Inovasi Posyandu tidak ditemukan"):
            find_innovation_id(session, "Posyandu")
        with pytest.raises(ValidationError, match="Sebutkan id atau nama inovasi"):
            find_innovation_id(session, " ")
    message = refused.value.message
    assert message.startswith('2 inovasi cocok dengan "lapak warga"')
    assert online in message and sehat in message
    assert OFFICE_CODE in message and "15.71.01.1002" in message


def test_a_full_name_wins_over_longer_names_but_not_over_the_same_name_elsewhere(
        hub: AppContext, admin: Actor) -> None:
    from core.reports.innovation import find_innovation_id

    short = add(hub, admin, OFFICE_CODE, "inisiatif")  # "Inovasi inisiatif"
    add(hub, admin, OFFICE_CODE, "inisiatif lanjutan")  # "Inovasi inisiatif lanjutan"
    with hub.read() as session:
        assert find_innovation_id(session, "inovasi inisiatif") == short
    add(hub, admin, "15.71.01.1002", "inisiatif")
    with hub.read() as session, pytest.raises(ValidationError, match="2 inovasi cocok"):
        find_innovation_id(session, "Inovasi inisiatif")
