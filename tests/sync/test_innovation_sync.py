"""An office's innovation travels to the city in a real bundle with its evidence PDF; the
city returns it with a note, and the decision comes back in the reference bundle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.attachments import blob_bytes, prepare_file
from core.services.innovation import (
    MIN_DESIGN_WORDS,
    InnovationForm,
    add_evidence,
    innovation_detail,
    list_innovations,
    review,
    save_innovation,
    submit,
)
from core.sync.bundle import ATTACHMENT_DIR
from core.sync.importer import APPLIED, import_bundles
from core.sync.reference import city_key_fingerprint, export_reference, import_reference
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, export
from tests.sync.forge import members

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def _submitted(world: World, tmp_path: Path) -> str:
    evidence = tmp_path / "sk-tim.pdf"
    evidence.write_bytes(PDF)
    form = InnovationForm(
        "Antar Jemput Berkas Lansia", "uji_coba", "opd", digital=True,
        trial_date=date(2026, 3, 1), design=" ".join(["kata"] * MIN_DESIGN_WORDS),
        goals="Lansia tidak antre.", benefits="Layanan lebih cepat.")
    with world.office.write(world.head) as uow:
        innovation_id = save_innovation(uow, form)
        add_evidence(uow, innovation_id, prepare_file(evidence), "SK tim inovasi")
        submit(uow, innovation_id)
    return innovation_id


def test_a_returned_innovation_comes_back_to_the_office_with_the_note(
        world: World, tmp_path: Path) -> None:
    innovation_id = _submitted(world, tmp_path)
    bundle = export(world.office, world.head, world.usb)
    assert [n for n in members(bundle) if n.startswith(ATTACHMENT_DIR)] == \
        [ATTACHMENT_DIR + prepare_file_sha(tmp_path)]
    [result] = import_bundles(world.hub, world.admin, [bundle])
    assert result.result == APPLIED
    with world.hub.read() as session:
        at_hub = innovation_detail(session, innovation_id)
        assert (at_hub.status, at_hub.office_code) == ("diajukan", OFFICE_CODE)
        [evidence] = at_hub.evidence
        assert blob_bytes(session, evidence.sha256) == PDF
        assert evidence.caption == "SK tim inovasi"
    world.clock.advance(days=2)
    with world.hub.write(world.admin) as uow:
        review(uow, innovation_id, "dikembalikan", "Lengkapi foto kegiatan uji coba.")

    reference = export_reference(world.hub, world.admin, OFFICE_CODE, tmp_path / "ref")
    import_reference(world.office, world.head, reference,
                     trust_fingerprint=city_key_fingerprint(reference))
    with world.office.read() as session:
        [row] = list_innovations(session, OFFICE_CODE)
        detail = innovation_detail(session, innovation_id)
    assert (row.status, row.review_note) == ("dikembalikan", "Lengkapi foto kegiatan uji coba.")
    assert detail.review_note == "Lengkapi foto kegiatan uji coba."

    # The office corrects it: a draft again, the old decision no longer applies.
    with world.office.write(world.head) as uow:
        save_innovation(uow, InnovationForm(
            detail.name, detail.stage, detail.initiator, digital=True,
            trial_date=detail.trial_date, design=detail.design, goals=detail.goals,
            benefits=detail.benefits + " Foto kegiatan terlampir."), innovation_id)
    with world.office.read() as session:
        assert innovation_detail(session, innovation_id).status == "draf"


def prepare_file_sha(tmp_path: Path) -> str:
    return prepare_file(tmp_path / "sk-tim.pdf").sha256
