"""Handling a complaint: the steps in order, undo, corrections, duplicates, evidence."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.complaints import (
    add_evidence,
    close,
    complaint_detail,
    correct,
    follow_up,
    link_duplicate,
    undo_last_step,
    unlink_duplicate,
    verify,
)
from db.models import Complaint
from tests.complaints.conftest import KECAMATAN, KELURAHAN, OTHER_KELURAHAN, TODAY, register
from tests.complaints.conftest import snapshot as stored
from tests.conftest import FakeClock


def status(ctx: AppContext, complaint_id: str) -> str:
    with ctx.read() as session:
        return complaint_detail(session, complaint_id, TODAY).row.status


def kinds(ctx: AppContext, complaint_id: str) -> list[str]:
    with ctx.read() as session:
        return [e.kind for e in complaint_detail(session, complaint_id, TODAY).events]


def test_the_steps_in_order_each_with_its_event_and_date(
        city: AppContext, city_operator: Actor, clock: FakeClock) -> None:
    complaint_id = register(city, city_operator)
    with city.write(city_operator) as uow:
        verify(uow, complaint_id, True, "Dua saksi membenarkan.")
    clock.advance(days=1)
    with city.write(city_operator) as uow:
        follow_up(uow, complaint_id, "Lurah memanggil yang bersangkutan.")
    clock.advance(days=1)
    with city.write(city_operator) as uow:
        close(uow, complaint_id, "Uang dikembalikan kepada pelapor.")
    with city.read() as session:
        detail = complaint_detail(session, complaint_id, TODAY)
    assert detail.row.status == "selesai"
    assert (detail.verified_on, detail.followed_up_on, detail.closed_on) == (
        TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=2))
    assert [(e.kind, e.note, e.actor_name) for e in detail.events[1:]] == [
        ("valid", "Dua saksi membenarkan.", "Operator Kota"),
        ("tindak_lanjut", "Lurah memanggil yang bersangkutan.", "Operator Kota"),
        ("selesai", "Uang dikembalikan kepada pelapor.", "Operator Kota")]
    assert detail.row.deadlines.due is None and not detail.row.overdue


def test_a_step_out_of_order_is_refused_with_what_to_do(city: AppContext,
                                                        city_admin: Actor) -> None:
    complaint_id = register(city, city_admin)
    before = stored(city)
    for step, words in ((lambda uow: follow_up(uow, complaint_id, "Sudah ditangani."),
                         "verifikasi dulu sebelum tindak lanjut"),
                        (lambda uow: close(uow, complaint_id, "Sudah selesai."),
                         "catat tindak lanjutnya dulu")):
        with pytest.raises(ValidationError, match=words), city.write(city_admin) as uow:
            step(uow)
    assert stored(city) == before
    with city.write(city_admin) as uow:
        verify(uow, complaint_id, True, "Benar terjadi.")
    with pytest.raises(ValidationError, match="sudah berstatus diverifikasi"), \
            city.write(city_admin) as uow:
        verify(uow, complaint_id, False, "Ternyata tidak.")
    with pytest.raises(ValidationError, match="masih berstatus diverifikasi"), \
            city.write(city_admin) as uow:
        close(uow, complaint_id, "Sudah selesai.")
    with pytest.raises(ValidationError, match="minimal 5") as refused, \
            city.write(city_admin) as uow:
        follow_up(uow, complaint_id, "  ")
    assert refused.value.field == "note"
    assert status(city, complaint_id) == "diverifikasi"


def test_an_invalid_complaint_ends_there(city: AppContext, city_admin: Actor) -> None:
    complaint_id = register(city, city_admin)
    with city.write(city_admin) as uow:
        verify(uow, complaint_id, False, "Pelapor tidak dapat dihubungi, tidak ada bukti.")
    for step in (lambda uow: follow_up(uow, complaint_id, "Ditindaklanjuti."),
                 lambda uow: close(uow, complaint_id, "Selesai.")):
        with pytest.raises(ValidationError, match="dinyatakan tidak valid"), \
                city.write(city_admin) as uow:
            step(uow)
    with city.read() as session:
        assert complaint_detail(session, complaint_id, TODAY).row.deadlines.due is None


def test_undo_goes_back_one_step_and_keeps_every_event(city: AppContext,
                                                       city_admin: Actor) -> None:
    complaint_id = register(city, city_admin)
    with pytest.raises(ValidationError, match="belum punya langkah"), \
            city.write(city_admin) as uow:
        undo_last_step(uow, complaint_id, "Keliru tekan.")
    with city.write(city_admin) as uow:
        verify(uow, complaint_id, True, "Benar terjadi.")
        follow_up(uow, complaint_id, "Dipanggil.")
    with pytest.raises(ValidationError, match="Alasan pembatalan"), \
            city.write(city_admin) as uow:
        undo_last_step(uow, complaint_id, "")
    with city.write(city_admin) as uow:
        undo_last_step(uow, complaint_id, "Tindak lanjut dicatat pada pengaduan yang salah.")
    with city.read() as session:
        detail = complaint_detail(session, complaint_id, TODAY)
    assert detail.row.status == "diverifikasi" and detail.followed_up_on is None
    assert detail.verified_on == TODAY
    assert [e.kind for e in detail.events] == ["diterima", "valid", "tindak_lanjut",
                                               "dibatalkan"]
    assert detail.events[-1].note == ("Ditindaklanjuti dibatalkan: Tindak lanjut dicatat pada "
                                      "pengaduan yang salah.")
    with city.write(city_admin) as uow:
        undo_last_step(uow, complaint_id, "Verifikasi diulang.")
        verify(uow, complaint_id, False, "Setelah diperiksa ulang, tidak terbukti.")
    assert status(city, complaint_id) == "tidak_valid"


def test_a_correction_keeps_the_old_values_in_its_event_but_never_the_contact(
        city: AppContext, city_admin: Actor) -> None:
    complaint_id = register(city, city_admin, complainant_contact="0812-1111-2222")
    before = stored(city)
    with pytest.raises(ValidationError, match="Alasan koreksi"), city.write(city_admin) as uow:
        correct(uow, complaint_id, "", category="pelayanan")
    with pytest.raises(ValidationError, match="Tidak dapat dikoreksi: number"), \
            city.write(city_admin) as uow:
        correct(uow, complaint_id, "Salah ketik.", number="999")
    with pytest.raises(ValidationError, match="masa depan"), city.write(city_admin) as uow:
        correct(uow, complaint_id, "Salah tanggal.", received_on=TODAY + timedelta(days=1))
    assert stored(city) == before
    with city.write(city_admin) as uow:
        changed = correct(uow, complaint_id, "Salah pilih saat mencatat",
                          category="pelayanan", received_on=date(2026, 11, 19),
                          complainant_contact="0813-3333-4444")
    assert changed == ["Kategori", "Tanggal diterima", "Kontak pelapor"]
    with city.read() as session:
        detail = complaint_detail(session, complaint_id, TODAY)
        row = session.get(Complaint, complaint_id)
    assert row is not None and row.complainant_contact == "0813-3333-4444"
    assert (detail.row.category, detail.row.received_on) == ("pelayanan", date(2026, 11, 19))
    note = detail.events[-1].note
    assert detail.events[-1].kind == "dikoreksi"
    assert note == ("Salah pilih saat mencatat. Kategori: Pungutan liar (pungli) → Pelayanan "
                    "lambat atau tidak ramah; Tanggal diterima: 20 November 2026 → 19 November "
                    "2026; Kontak pelapor diubah")
    assert "0812" not in note and "0813" not in note
    with city.write(city_admin) as uow:
        assert correct(uow, complaint_id, "Tidak ada yang berubah", category="pelayanan") == []


def test_duplicates_link_to_the_first_report_of_the_same_office(
        city: AppContext, city_admin: Actor) -> None:
    first = register(city, city_admin, source="lapor")
    second = register(city, city_admin, source="whatsapp")
    third = register(city, city_admin, source="langsung")
    elsewhere = register(city, city_admin, subject_office=OTHER_KELURAHAN)
    with pytest.raises(ValidationError, match="dirinya sendiri"), \
            city.write(city_admin) as uow:
        link_duplicate(uow, first, first, "")
    with pytest.raises(ValidationError, match="kantor yang sama"), \
            city.write(city_admin) as uow:
        link_duplicate(uow, elsewhere, first, "")
    with city.write(city_admin) as uow:
        link_duplicate(uow, second, first, "Kejadian yang sama, 20 November")
        link_duplicate(uow, third, second, "")  # to the group's first report, not a chain
    with city.read() as session:
        root = complaint_detail(session, first, TODAY)
        linked = complaint_detail(session, third, TODAY)
    assert sorted(n for _id, n in root.duplicates) == [
        "002/PENGADUAN/15.71/2026", "003/PENGADUAN/15.71/2026"]
    assert (linked.row.duplicate_of, linked.row.duplicate_of_number) == (
        first, "001/PENGADUAN/15.71/2026")
    assert linked.events[-1].note == "Laporan yang sama dengan 001/PENGADUAN/15.71/2026"
    with pytest.raises(ValidationError, match="laporan pertama bagi"), \
            city.write(city_admin) as uow:
        link_duplicate(uow, first, elsewhere, "")
    with pytest.raises(ValidationError, match="sudah ditautkan ke 001"), \
            city.write(city_admin) as uow:
        link_duplicate(uow, second, third, "")
    with pytest.raises(ValidationError, match="lepaskan tautannya"), \
            city.write(city_admin) as uow:
        correct(uow, first, "Salah kantor", subject_office=OTHER_KELURAHAN)
    with pytest.raises(ValidationError, match="Alasan melepas"), city.write(city_admin) as uow:
        unlink_duplicate(uow, third, "")
    with city.write(city_admin) as uow:
        unlink_duplicate(uow, third, "Ternyata kejadian lain")
    with pytest.raises(ValidationError, match="tidak ditautkan"), \
            city.write(city_admin) as uow:
        unlink_duplicate(uow, third, "Sekali lagi")
    assert kinds(city, third)[-2:] == ["ditautkan", "dilepas"]


def test_evidence_is_kept_and_a_file_too_large_is_refused(
        city: AppContext, city_admin: Actor, tmp_path: Path) -> None:
    complaint_id = register(city, city_admin)
    pdf = tmp_path / "tangkapan-layar.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% bukti percakapan\n%%EOF\n")
    with city.write(city_admin) as uow:
        add_evidence(uow, complaint_id, pdf, "Percakapan WhatsApp")
    with pytest.raises(ValidationError, match="sudah dilampirkan"), \
            city.write(city_admin) as uow:
        add_evidence(uow, complaint_id, pdf)
    big = tmp_path / "rekaman.mp4"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: never read, refused by its size
    before = stored(city)
    with pytest.raises(ValidationError, match="terlalu besar") as refused, \
            city.write(city_admin) as uow:
        add_evidence(uow, complaint_id, big)
    assert refused.value.field == "evidence" and "batas 50 MB" in refused.value.message
    assert stored(city) == before
    os.remove(big)
    with city.read() as session:
        [evidence] = complaint_detail(session, complaint_id, TODAY).evidence
    assert (evidence.file_name, evidence.mime, evidence.caption) == (
        "tangkapan-layar.pdf", "application/pdf", "Percakapan WhatsApp")


def test_a_kecamatan_handles_its_own_complaints(kecamatan: AppContext, camat: Actor,
                                                kecamatan_operator: Actor) -> None:
    complaint_id = register(kecamatan, kecamatan_operator, subject_office=KECAMATAN)
    with kecamatan.write(kecamatan_operator) as uow:
        verify(uow, complaint_id, True, "Benar, kantor tutup pukul 10.")
    with kecamatan.write(camat) as uow:
        follow_up(uow, complaint_id, "Camat menegur kepala seksi.")
    assert status(kecamatan, complaint_id) == "ditindaklanjuti"
    other = register(kecamatan, camat, subject_office=KELURAHAN)
    assert kinds(kecamatan, other) == ["diterima"]


def test_steps_need_the_right_people(city: AppContext, city_admin: Actor,
                                     office: AppContext, head: Actor) -> None:
    complaint_id = register(city, city_admin)
    with pytest.raises(PermissionDenied, match="kantor kelurahan"), office.write(head) as uow:
        verify(uow, complaint_id, True, "Benar terjadi.")
    assert status(city, complaint_id) == "diterima"
