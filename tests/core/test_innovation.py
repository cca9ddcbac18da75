"""The innovation register: validation by stage, submission by the head, the city's
decision and what it means after an edit, evidence limits, indicator files, the score."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.attachments import MAX_EVIDENCE_BYTES, prepare_file
from core.context import AppContext
from core.errors import PermissionDenied, ValidationError
from core.roles import Actor
from core.services.innovation import (
    MIN_DESIGN_WORDS,
    InnovationForm,
    add_evidence,
    available_years,
    check_complete,
    effective_status,
    indicator_folder,
    indicator_sets,
    innovation_detail,
    install_indicator_file,
    latest_scores,
    list_innovations,
    load_indicator_file,
    load_indicators,
    remove_evidence,
    review,
    reviews_of,
    save_innovation,
    score,
    set_assessment,
    submit,
)
from db.models import Innovation
from tests.conftest import OFFICE_CODE

TODAY = date(2026, 11, 25)  # the clock fixture's day


def words(count: int) -> str:
    return " ".join(f"kata{n}" for n in range(count))


def complete(stage: str = "penerapan", **changes: Any) -> InnovationForm:
    form = InnovationForm(
        name="Antar Jemput Berkas Lansia", stage=stage, initiator="opd",
        initiator_name="Lurah Simpang IV Sipin", digital=True, form="pelayanan_publik",
        affairs="Administrasi kependudukan", trial_date=date(2026, 2, 1),
        implementation_date=date(2026, 6, 1), design=words(MIN_DESIGN_WORDS),
        goals="Warga lansia tidak perlu datang ke kantor.",
        benefits="Layanan lebih cepat dan mudah.", results="120 berkas diantar.",
        budget=5_000_000, video_url="https://youtu.be/contoh")
    return replace(form, **changes)


def pdf_file(path: Path, body: bytes = b"isi") -> Path:
    path.write_bytes(b"%PDF-1.4\n" + body + b"\n%%EOF\n")
    return path


# --- validation by stage --------------------------------------------------------------

def test_design_needs_exactly_300_words_299_is_refused() -> None:
    check_complete(complete(design=words(300)), TODAY)
    with pytest.raises(ValidationError) as caught:
        check_complete(complete(design=words(299)), TODAY)
    assert caught.value.field == "design"
    assert "minimal 300 kata (sekarang 299 kata)" in caught.value.message


def test_words_are_counted_by_white_space_not_by_lines() -> None:
    text = "\n\n".join(words(150).split()) + "\t" + words(150)
    check_complete(complete(design=text), TODAY)


@pytest.mark.parametrize(("stage", "changes", "field"), [
    ("inisiatif", {"goals": "  "}, "goals"),
    ("inisiatif", {"benefits": ""}, "benefits"),
    ("uji_coba", {"trial_date": None, "implementation_date": None}, "trial_date"),
    ("penerapan", {"implementation_date": None}, "implementation_date"),
    ("penerapan", {"results": " "}, "results"),
    ("penerapan", {"video_url": "youtu.be/contoh"}, "video_url"),
    ("penerapan", {"video_url": "ftp://contoh.id/v"}, "video_url"),
    ("penerapan", {"budget": -1}, "budget"),
])
def test_what_each_stage_requires(stage: str, changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_complete(complete(stage, **changes), TODAY)
    assert caught.value.field == field


def test_earlier_stages_need_less() -> None:
    check_complete(complete("inisiatif", trial_date=None, implementation_date=None,
                            results=""), TODAY)
    check_complete(complete("uji_coba", implementation_date=None, results=""), TODAY)
    check_complete(complete(budget=0, video_url=""), TODAY)


def test_dates_out_of_order_are_refused_even_in_a_draft(office: AppContext, head: Actor
                                                        ) -> None:
    form = InnovationForm("Inovasi", "uji_coba", "asn", trial_date=date(2026, 3, 2),
                          implementation_date=date(2026, 3, 1))
    with pytest.raises(ValidationError) as caught, office.write(head) as uow:
        save_innovation(uow, form)
    assert caught.value.field == "implementation_date"
    with office.write(head) as uow:  # the same day is in order
        save_innovation(uow, replace(form, implementation_date=date(2026, 3, 2)))


def test_a_trial_cannot_have_started_tomorrow_but_a_plan_may(office: AppContext,
                                                            head: Actor) -> None:
    tomorrow = date(2026, 11, 26)
    with pytest.raises(ValidationError) as caught, office.write(head) as uow:
        save_innovation(uow, InnovationForm("Uji", "uji_coba", "asn", trial_date=tomorrow))
    assert caught.value.field == "trial_date"
    with office.write(head) as uow:
        save_innovation(uow, InnovationForm("Uji", "uji_coba", "asn", trial_date=TODAY))
        save_innovation(uow, InnovationForm("Rencana", "inisiatif", "asn",
                                            trial_date=tomorrow))


def test_a_draft_needs_only_a_name_and_known_choices(office: AppContext, operator: Actor
                                                    ) -> None:
    with office.write(operator) as uow:
        innovation_id = save_innovation(uow, InnovationForm("  Pojok   Baca ", "inisiatif",
                                                            "masyarakat"))
    with office.read() as session:
        detail = innovation_detail(session, innovation_id)
    assert (detail.name, detail.status, detail.office_code) == ("Pojok Baca", "draf",
                                                                OFFICE_CODE)
    for form, field in [(InnovationForm(" ", "inisiatif", "asn"), "name"),
                        (InnovationForm("X", "rencana", "asn"), "stage"),
                        (InnovationForm("X", "inisiatif", "camat"), "initiator"),
                        (InnovationForm("X", "inisiatif", "asn", form="aplikasi"), "form")]:
        with pytest.raises(ValidationError) as caught, office.write(operator) as uow:
            save_innovation(uow, form)
        assert caught.value.field == field


# --- submission and the city's decision ---------------------------------------------------

def test_only_the_head_submits_and_only_a_complete_profile(office: AppContext, head: Actor,
                                                           operator: Actor) -> None:
    with office.write(operator) as uow:
        innovation_id = save_innovation(uow, complete(design=words(299)))
    with pytest.raises(PermissionDenied), office.write(operator) as uow:
        submit(uow, innovation_id)
    with pytest.raises(ValidationError) as caught, office.write(head) as uow:
        submit(uow, innovation_id)
    assert caught.value.field == "design"
    with office.write(operator) as uow:
        save_innovation(uow, complete(), innovation_id)
    with office.write(head) as uow:
        submit(uow, innovation_id)
    with office.read() as session:
        [row] = list_innovations(session, OFFICE_CODE)
    assert row.status == "diajukan"
    assert row.submitted_at == office.clock()
    with pytest.raises(ValidationError, match="sudah diajukan"), office.write(head) as uow:
        submit(uow, innovation_id)


def _received(hub: AppContext, admin: Actor, status: str = "diajukan") -> str:
    """An office's innovation as the hub holds it after importing the office's bundle."""
    with hub.write(admin) as uow:
        row = uow.add(Innovation(name="Antar Jemput", stage="inisiatif", initiator="opd",
                                 form="pelayanan_publik", status=status),
                      office_code=OFFICE_CODE)
        return row.id


def test_the_city_returns_with_a_note_owned_by_the_office(hub: AppContext, admin: Actor
                                                          ) -> None:
    innovation_id = _received(hub, admin)
    with pytest.raises(ValidationError) as caught, hub.write(admin) as uow:
        review(uow, innovation_id, "dikembalikan", "kur")
    assert caught.value.field == "note"
    with hub.write(admin) as uow:
        made = review(uow, innovation_id, "dikembalikan", "Lengkapi foto kegiatan.")
        assert made.office_code == OFFICE_CODE
        assert made.innovation_rev == 1
    with hub.read() as session:
        [row] = list_innovations(session)
    assert (row.status, row.review_note) == ("dikembalikan", "Lengkapi foto kegiatan.")


def test_the_city_decides_only_on_a_submitted_innovation(hub: AppContext, admin: Actor,
                                                          office: AppContext, head: Actor
                                                          ) -> None:
    draft = _received(hub, admin, status="draf")
    with pytest.raises(ValidationError, match="sudah diajukan"), hub.write(admin) as uow:
        review(uow, draft, "diverifikasi", "")
    submitted = _received(hub, admin)
    with pytest.raises(ValidationError), hub.write(admin) as uow:
        review(uow, submitted, "disetujui", "")
    with office.write(head) as uow:
        innovation_id = save_innovation(uow, complete())
        submit(uow, innovation_id)
    with pytest.raises(PermissionDenied), office.write(head) as uow:
        review(uow, innovation_id, "diverifikasi", "")


def test_an_edit_after_the_decision_makes_it_a_draft_again(office: AppContext, head: Actor
                                                           ) -> None:
    with office.write(head) as uow:
        innovation_id = save_innovation(uow, complete())
        submit(uow, innovation_id)
    with office.read() as session:
        row = session.get(Innovation, innovation_id)
        assert row is not None
        # The city's verification, as it arrives in the reference bundle.
        verified = _review_row(row, "diverifikasi")
        assert effective_status(row, [verified]) == "diverifikasi"
        stale = _review_row(row, "dikembalikan", rev=row.rev - 1)
        assert effective_status(row, [stale]) == "diajukan"
    with office.write(head) as uow:
        save_innovation(uow, complete(), innovation_id)  # unchanged: stays submitted
    with office.read() as session:
        assert innovation_detail(session, innovation_id).status == "diajukan"
    with office.write(head) as uow:
        save_innovation(uow, complete(name="Antar Jemput Berkas"), innovation_id)
    with office.read() as session:
        row = session.get(Innovation, innovation_id)
        assert row is not None
        assert (row.status, row.submitted_at) == ("draf", None)
        assert effective_status(row, [verified]) == "draf"


def _review_row(row: Innovation, decision: str, rev: int | None = None) -> Any:
    from datetime import UTC, datetime

    from db.models import InnovationReview

    review_row = InnovationReview(innovation_id=row.id, decision=decision, note="",
                                  innovation_rev=row.rev if rev is None else rev)
    review_row.created_at = datetime(2026, 12, 1, tzinfo=UTC)
    review_row.id = "r-" + decision
    review_row.deleted_at = None
    return review_row


def test_the_latest_decision_on_the_current_revision_counts(hub: AppContext, admin: Actor
                                                            ) -> None:
    innovation_id = _received(hub, admin)
    with hub.write(admin) as uow:
        review(uow, innovation_id, "dikembalikan", "Kurang bukti.")
    hub.clock.advance(minutes=5)  # type: ignore[attr-defined]
    with hub.write(admin) as uow:
        review(uow, innovation_id, "diverifikasi", "")
    with hub.read() as session:
        assert innovation_detail(session, innovation_id).status == "diverifikasi"
        assert len(reviews_of(session, innovation_id)) == 2


# --- evidence -------------------------------------------------------------------------------

def test_a_400_mb_evidence_file_is_refused_by_its_size(tmp_path: Path) -> None:
    huge = tmp_path / "rekaman.pdf"
    with huge.open("wb") as handle:
        handle.truncate(400 * 1024 * 1024)  # sparse: nothing is written or read
    with pytest.raises(ValidationError) as caught:
        prepare_file(huge)
    assert "terlalu besar (400 MB; batas 50 MB)" in caught.value.message
    edge = tmp_path / "pas.bin"
    with edge.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(ValidationError, match="terlalu besar"):
        prepare_file(edge)


def test_evidence_is_checked_for_what_it_claims_to_be(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="kosong"):
        prepare_file(empty)
    fake = tmp_path / "palsu.pdf"
    fake.write_bytes(b"bukan pdf")
    with pytest.raises(ValidationError, match="bukan berkas PDF"):
        prepare_file(fake)
    assert prepare_file(pdf_file(tmp_path / "sk.pdf")).mime == "application/pdf"
    sheet = tmp_path / "data.csv"
    sheet.write_text("a,b\n1,2\n")
    assert prepare_file(sheet).mime == "text/csv"


def test_a_picture_as_evidence_is_downscaled_like_a_photo(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "kegiatan.png"
    Image.new("RGB", (3200, 1000), "green").save(path)
    prepared = prepare_file(path)
    assert (prepared.mime, prepared.width, prepared.file_name) == ("image/jpeg", 1600,
                                                                   "kegiatan.jpg")


def test_evidence_on_a_submitted_innovation_makes_it_a_draft(office: AppContext, head: Actor,
                                                             tmp_path: Path) -> None:
    with office.write(head) as uow:
        innovation_id = save_innovation(uow, complete())
        first = add_evidence(uow, innovation_id, prepare_file(pdf_file(tmp_path / "a.pdf")),
                             "SK tim")
        submit(uow, innovation_id)
    with pytest.raises(ValidationError, match="sudah dilampirkan"), office.write(head) as uow:
        add_evidence(uow, innovation_id, prepare_file(pdf_file(tmp_path / "a.pdf")))
    with office.write(head) as uow:
        remove_evidence(uow, first.id)
    with office.read() as session:
        detail = innovation_detail(session, innovation_id)
    assert (detail.status, detail.evidence) == ("draf", [])


# --- indicators and the score ----------------------------------------------------------------

def indicator_file(tmp_path: Path, year: int = 2027, name: str | None = None,
                   **changes: Any) -> Path:
    data = json.loads((Path(__file__).parents[2] / "resources" / "data" /
                       "innovation_indicators_2026.json").read_text("utf-8"))
    data["year"] = year
    data.update(changes)
    path = tmp_path / (name or f"innovation_indicators_{year}.json")
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_the_bundled_indicators_weigh_100() -> None:
    assert 2026 in available_years()
    indicators = load_indicators(2026)
    assert sum(i.weight for i in indicators.indicators) == 100
    assert all(i.evidence and i.options for i in indicators.indicators)


def test_an_indicator_without_weight_is_named(tmp_path: Path) -> None:
    data = json.loads(indicator_file(tmp_path).read_text("utf-8"))
    del data["indicators"][1]["weight"]
    path = indicator_file(tmp_path, indicators=data["indicators"])
    with pytest.raises(ValidationError) as caught:
        load_indicator_file(path)
    label = data["indicators"][1]["label"]
    assert f"Indikator ke-2 ({label}): bobot (weight) tidak ada." == caught.value.message


def test_weights_must_be_whole_positive_and_sum_to_100(tmp_path: Path) -> None:
    data = json.loads(indicator_file(tmp_path).read_text("utf-8"))
    data["indicators"][0]["weight"] += 1
    with pytest.raises(ValidationError, match="jumlah bobot 101, harus 100"):
        load_indicator_file(indicator_file(tmp_path, indicators=data["indicators"]))
    data["indicators"][0]["weight"] = 9.5
    with pytest.raises(ValidationError, match="bilangan bulat"):
        load_indicator_file(indicator_file(tmp_path, indicators=data["indicators"]))


def test_an_indicator_file_of_the_wrong_year_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="untuk tahun 2027, bukan 2026"):
        load_indicators(2026, indicator_file(tmp_path, 2027))
    misnamed = indicator_file(tmp_path, 2027, name="innovation_indicators_2028.json")
    with pytest.raises(ValidationError, match="menyebut tahun 2028, isinya tahun 2027"):
        load_indicator_file(misnamed)
    other = load_indicator_file(indicator_file(tmp_path, 2027, name="indikator baru.json"))
    assert other.year == 2027


def _assessed(office: AppContext, head: Actor, choose: Any) -> tuple[str, Any]:
    indicators = load_indicators(2026)
    with office.write(head) as uow:
        innovation_id = save_innovation(uow, complete())
        for indicator in indicators.indicators:
            option = choose(indicator)
            if option is not None:
                set_assessment(uow, innovation_id, 2026, indicator.key, option.key, "bukti ada")
    with office.read() as session:
        return innovation_id, score(session, innovation_id, 2026, indicators)


def test_every_top_level_scores_100(office: AppContext, head: Actor) -> None:
    _id, result = _assessed(office, head, lambda i: max(i.options, key=lambda o: o.value))
    assert result.total == 100
    assert all(line.points == line.weight for line in result.lines)


def test_nothing_or_the_lowest_level_scores_0(office: AppContext, head: Actor) -> None:
    _id, none = _assessed(office, head, lambda i: None)
    assert none.total == 0
    assert none.lines[0].option == "belum dinilai"
    _id, lowest = _assessed(office, head, lambda i: min(i.options, key=lambda o: o.value))
    assert lowest.total == 0


def test_each_line_shows_the_rule_that_made_it(office: AppContext, head: Actor) -> None:
    def pick(indicator: Any) -> Any:  # 75% everywhere
        return next(o for o in indicator.options if o.value == 75)

    _id, result = _assessed(office, head, pick)
    weights = {line.indicator_key: line for line in result.lines}
    assert weights["regulasi"].rule == "bobot 10 × 75% = 7,5"
    assert weights["teknologi"].rule == "bobot 12 × 75% = 9"
    assert weights["sdm"].rule == "bobot 8 × 75% = 6"
    assert result.total == 75.0  # exact, not 74.99999


def test_an_option_not_in_the_years_set_is_refused(office: AppContext, head: Actor,
                                                    tmp_path: Path) -> None:
    with office.write(head) as uow:
        innovation_id = save_innovation(uow, complete())
    with pytest.raises(ValidationError) as caught, office.write(head) as uow:
        set_assessment(uow, innovation_id, 2026, "regulasi", "undang_undang", "")
    assert caught.value.field == "option"
    other = load_indicator_file(indicator_file(tmp_path, 2027))
    with office.write(head) as uow:  # another year's file chosen by the admin
        set_assessment(uow, innovation_id, 2027, "regulasi", "perda", "", other)
        set_assessment(uow, innovation_id, 2027, "sdm", "1_5", "", other)
        set_assessment(uow, innovation_id, 2027, "sdm", "", "", other)  # cleared
    with office.read() as session:
        result = score(session, innovation_id, 2027, other)
        assert result.total == 10
        assert score(session, innovation_id, 2026, load_indicators(2026)).total == 0


def test_a_loaded_indicator_file_is_kept_in_the_data_folder(office: AppContext, head: Actor,
                                                            operator: Actor,
                                                            tmp_path: Path) -> None:
    root = office.data_dir.root
    assert set(indicator_sets(root)) == set(available_years())
    (tmp_path / "usb").mkdir()
    source = indicator_file(tmp_path / "usb", 2027, name="indikator baru.json")
    with pytest.raises(PermissionDenied):
        install_indicator_file(operator, root, source)
    assert not indicator_folder(root).exists()
    installed = install_indicator_file(head, root, source)
    kept = indicator_folder(root) / "innovation_indicators_2027.json"
    assert installed.year == 2027 and installed.source == str(kept)
    source.unlink()  # the USB stick is gone; the copy stays
    again = indicator_sets(root)  # as read when the program starts again
    assert again[2027].indicators == installed.indicators
    assert again[2026] == load_indicators(2026)
    # A bad file is refused and the kept one stays as it was.
    data = json.loads(kept.read_text("utf-8"))
    del data["indicators"][0]["weight"]
    broken = indicator_file(tmp_path, 2027, name="rusak.json", indicators=data["indicators"])
    with pytest.raises(ValidationError, match="bobot"):
        install_indicator_file(head, root, broken)
    assert indicator_sets(root)[2027].indicators == installed.indicators
    assert sorted(p.name for p in indicator_folder(root).iterdir()) == [
        "innovation_indicators_2027.json"]


def test_the_city_sees_the_latest_year_scored(office: AppContext, head: Actor,
                                              tmp_path: Path) -> None:
    other = load_indicator_file(indicator_file(tmp_path, 2027))
    with office.write(head) as uow:
        scored = save_innovation(uow, complete())
        unscored = save_innovation(uow, complete(name="Belum dinilai"))
        set_assessment(uow, scored, 2026, "regulasi", "perda", "")
        set_assessment(uow, scored, 2027, "sdm", "1_5", "", other)
    with office.read() as session:
        bundled_only = latest_scores(session, [scored, unscored], {2026: load_indicators(2026)})
        both = latest_scores(session, [scored, unscored],
                             {2026: load_indicators(2026), 2027: other})
    assert set(bundled_only) == {scored} and bundled_only[scored].year == 2026
    assert bundled_only[scored].total == 10
    assert both[scored].year == 2027
    assert both[scored].total == score_of(both[scored], "sdm") > 0


def score_of(result: Any, key: str) -> float:
    return next(line.points for line in result.lines if line.indicator_key == key)
