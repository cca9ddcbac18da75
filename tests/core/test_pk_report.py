"""The PK report read back from the PDF: the office's letterhead, its indicators, the
capaian written the Indonesian way with its grade, a missing quarter, and a verification
code that only changes when the data does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.context import AppContext
from core.errors import ValidationError
from core.reports.pk import angka_teks, pk_report_data, write_pk_pdf
from core.roles import Actor
from core.services.pk import PkForm, add_indicator, record_realisation
from tests.conftest import OFFICE_CODE

TODAY = date(2026, 11, 25)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def fill(office: AppContext, operator: Actor) -> str:
    with office.write(operator) as uow:
        ikm = add_indicator(uow, 2026, PkForm(
            goal="Meningkatnya kualitas pelayanan publik", name="Indeks kepuasan masyarakat",
            unit="%", polarity="naik", target="85,5", baseline="81,2", target_q1="80",
            target_q2="82", target_q3="84"))
        waktu = add_indicator(uow, 2026, PkForm(
            goal="Meningkatnya kualitas pelayanan publik",
            name="Rata-rata waktu layanan surat pengantar", unit="menit", polarity="turun",
            target="15", target_q1="25", target_q2="20", target_q3="18"))
        record_realisation(uow, ikm, 1, "79,25", "Laporan survei IKM triwulan I")
        record_realisation(uow, ikm, 2, "83", "Laporan survei IKM triwulan II")
        record_realisation(uow, ikm, 3, "1.234,5", "Salah ketik yang belum dikoreksi")
        record_realisation(uow, waktu, 1, "60", "Buku register layanan")
    return ikm


def test_the_pk_report_shows_indicators_capaian_and_grades(
        office: AppContext, operator: Actor, tmp_path: Path) -> None:
    ikm = fill(office, operator)
    out = tmp_path / "laporan" / "pk.pdf"
    with office.read() as session:
        data = write_pk_pdf(session, OFFICE_CODE, 2026, out, TODAY)
    text = pdf_text(out)
    assert "PEMERINTAH KOTA JAMBI" in text and "KELURAHAN SIMPANG IV SIPIN" in text
    assert "LAPORAN CAPAIAN PERJANJIAN KINERJA" in text and "Tahun 2026" in text
    assert "Indeks kepuasan masyarakat" in text and "Rata-rata waktu layanan" in text
    assert "85,5" in text and "81,2" in text and "79,25" in text
    assert "99,06% AA" in text  # 79.25 / 80
    assert "101,22% AA" in text  # 83 / 82: above target
    assert "1.234,5" in text and "melebihi target" in text
    assert "0,00% D" in text  # 60 minutes against 25: lower is better, clamped at 0
    assert "belum dilaporkan" in text  # Q2 and Q3 of the second indicator
    assert data.missing == 2
    assert "Buku register layanan" in text
    assert data.code in text and len(data.code) == 16
    assert "Halaman 1 dari" in text

    # The same data gives the same code another day; a change gives another code.
    with office.read() as session:
        again = pk_report_data(session, OFFICE_CODE, 2026, date(2026, 11, 26))
    assert again.code == data.code
    with office.write(operator) as uow:
        record_realisation(uow, ikm, 3, "84,5", "Laporan survei IKM triwulan III")
    with office.read() as session:
        corrected = pk_report_data(session, OFFICE_CODE, 2026, TODAY)
    assert corrected.code != data.code


def test_no_pk_no_report(office: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "pk.pdf"
    with pytest.raises(ValidationError, match="belum mempunyai perjanjian kinerja tahun 2026"), \
            office.read() as session:
        write_pk_pdf(session, OFFICE_CODE, 2026, out, TODAY)
    assert not out.exists()
    with pytest.raises(ValidationError, match="bukan kantor pelayanan"), \
            office.read() as session:
        pk_report_data(session, "15.71", 2026, TODAY)


@pytest.mark.parametrize(("stored", "shown"), [
    ("1234.5", "1.234,5"), ("85", "85"), ("0.25", "0,25"), (None, "–"), ("100.00", "100,00"),
])
def test_numbers_are_printed_the_indonesian_way(stored: str | None, shown: str) -> None:
    assert angka_teks(stored) == shown
