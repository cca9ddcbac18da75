"""The office's perjanjian kinerja reaches the city by a real bundle: indicators and their
quarterly realisation arrive exactly (decimal text, no floats), a corrected realisation
arrives as its new revision, and the city's overview shows the office's capaian."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

from core.services.pk import PkForm, add_indicator, city_capaian, pk_summary, record_realisation
from core.sync.importer import APPLIED, import_bundles
from db.models import PkIndicator, PkRealisation
from tests.conftest import OFFICE_CODE
from tests.sync.conftest import World, export, rows

TODAY = date(2026, 11, 25)


def test_pk_and_its_realisation_reach_the_hub(world: World) -> None:
    with world.office.write(world.head) as uow:
        indicator = add_indicator(uow, 2026, PkForm(
            goal="Meningkatnya kualitas pelayanan", name="Indeks kepuasan masyarakat",
            unit="%", polarity="naik", target="85,5", target_q1="80", target_q2="82",
            target_q3="84"))
        record_realisation(uow, indicator, 1, "79,25", "Laporan survei IKM triwulan I")
        record_realisation(uow, indicator, 2, "82", "Laporan survei IKM triwulan II")
    bundle = export(world.office, world.head, world.usb / "pk")
    with zipfile.ZipFile(bundle) as archive:
        changes = archive.read("changes.jsonl").decode("utf-8")
    # Numbers travel as the decimal text stored, never as floats.
    assert '"79.25"' in changes and '"85.5"' in changes
    [result] = import_bundles(world.hub, world.admin, [bundle])
    assert result.result == APPLIED, result.reason
    assert rows(world.hub, PkIndicator, OFFICE_CODE) == rows(world.office, PkIndicator,
                                                             OFFICE_CODE)
    assert rows(world.hub, PkRealisation, OFFICE_CODE) == rows(world.office, PkRealisation,
                                                               OFFICE_CODE)
    with world.hub.read() as session:
        [row] = pk_summary(session, OFFICE_CODE, 2026, TODAY)
        offices = {o.office_code: o for o in city_capaian(session, 2026, TODAY)}
    assert row.quarter(1).capaian == Decimal("99.06") and row.quarter(1).grade == "AA"
    mine = offices[OFFICE_CODE]
    assert mine.indicators == 1 and mine.missing_quarters == (3,)
    assert mine.quarters[:2] == (Decimal("99.06"), Decimal("100.00"))

    # A corrected realisation travels as the next revision of the same row.
    with world.office.write(world.head) as uow:
        record_realisation(uow, indicator, 2, "80", "Laporan survei IKM triwulan II (revisi)")
        record_realisation(uow, indicator, 3, "84", "Laporan survei IKM triwulan III")
    [again] = import_bundles(world.hub, world.admin,
                             [export(world.office, world.head, world.usb / "pk2")])
    assert again.result == APPLIED, again.reason
    assert rows(world.hub, PkRealisation, OFFICE_CODE) == rows(world.office, PkRealisation,
                                                               OFFICE_CODE)
    with world.hub.read() as session:
        mine = {o.office_code: o for o in city_capaian(session, 2026, TODAY)}[OFFICE_CODE]
    assert mine.missing_quarters == ()
    assert mine.quarters[1] == Decimal("97.56") and mine.year_capaian == Decimal("98.25")
