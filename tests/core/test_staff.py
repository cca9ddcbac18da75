"""Staff roster: the rules a kelurahan operator meets when keeping the Pegawai list."""

from __future__ import annotations

from datetime import date

import pytest

from core.context import AppContext
from core.errors import ValidationError
from core.roles import Actor
from core.services.staff import (
    StaffInput,
    StaffStatus,
    add_staff,
    deactivate_staff,
    list_staff,
    reactivate_staff,
    update_staff,
)
from tests.conftest import OFFICE_CODE, VALID_NIP


def _pns(name: str = "Rina Marlina", nip: str | None = VALID_NIP) -> StaffInput:
    return StaffInput(name, "Sekretaris Kelurahan", StaffStatus.PNS, nip=nip,
                      active_from=date(2020, 1, 2))


def test_added_staff_appear_in_the_roster_with_normalised_nip(office: AppContext,
                                                              head: Actor) -> None:
    with office.write(head) as uow:
        add_staff(uow, _pns("  Rina   Marlina ", "19850312 201001 1 003"))
        add_staff(uow, StaffInput("Agus Salim", "Pengemudi", StaffStatus.NON_ASN,
                                  local_id="NA-011"))
    with office.read() as session:
        rows = list_staff(session, OFFICE_CODE)
    assert [(r.name, r.identifier, r.status) for r in rows] == [
        ("Agus Salim", "NA-011", StaffStatus.NON_ASN),
        ("Rina Marlina", VALID_NIP, StaffStatus.PNS),
    ]


@pytest.mark.parametrize(("data", "field", "message"), [
    (StaffInput("", "Staf", StaffStatus.NON_ASN, local_id="X"), "name", "Nama pegawai"),
    (StaffInput("Tanpa NIP", "Staf", StaffStatus.PNS), "nip", "wajib memiliki NIP"),
    (StaffInput("Tanpa NIP", "Staf", StaffStatus.PPPK), "nip", "wajib memiliki NIP"),
    (StaffInput("Tanpa Nomor", "Staf", StaffStatus.NON_ASN), "local_id", "nomor pegawai lokal"),
    (StaffInput("NIP Salah", "Staf", StaffStatus.PNS, nip="198502302010011003"), "nip",
     "tanggal lahir"),
    (StaffInput("PPPK Sebagai PNS", "Staf", StaffStatus.PNS, nip="199001012022212001"),
     "status", "berformat PPPK"),
    (StaffInput("Masa Depan", "Staf", StaffStatus.NON_ASN, local_id="X",
                active_from=date(2027, 1, 1)), "active_from", "masa depan"),
])
def test_wrong_staff_input_is_refused_with_the_field_named(office: AppContext, head: Actor,
                                                           data: StaffInput, field: str,
                                                           message: str) -> None:
    with pytest.raises(ValidationError, match=message) as error, office.write(head) as uow:
        add_staff(uow, data)
    assert error.value.field == field
    with office.read() as session:
        assert list_staff(session, OFFICE_CODE) == []


def test_a_nip_is_used_once_per_office(office: AppContext, head: Actor) -> None:
    with office.write(head) as uow:
        first = add_staff(uow, _pns("Rina Marlina"))
        other = add_staff(uow, _pns("Dewi Lestari", "199408252023042001"))
    with pytest.raises(ValidationError, match="sudah dipakai oleh Rina"), \
            office.write(head) as uow:
        add_staff(uow, _pns("Orang Lain"))
    with pytest.raises(ValidationError, match="sudah dipakai"), office.write(head) as uow:
        update_staff(uow, other.id, _pns("Dewi Lestari"))
    # Saving a person with the own NIP is not a clash.
    with office.write(head) as uow:
        assert update_staff(uow, first.id, _pns("Rina Marlina, S.E.")).rev == 2


def test_deactivated_staff_keep_their_history_and_can_return(office: AppContext,
                                                            head: Actor) -> None:
    with office.write(head) as uow:
        row = add_staff(uow, _pns())
    with pytest.raises(ValidationError, match="sebelum tanggal mulai"), \
            office.write(head) as uow:
        deactivate_staff(uow, row.id, date(2019, 12, 31))
    with office.write(head) as uow:
        left = deactivate_staff(uow, row.id, date(2026, 10, 31))
    assert left.is_active_on(date(2026, 10, 31)) and not left.is_active_on(date(2026, 11, 1))
    with pytest.raises(ValidationError, match="sudah nonaktif"), office.write(head) as uow:
        deactivate_staff(uow, row.id, date(2026, 11, 1))
    with office.read() as session:
        assert list_staff(session, OFFICE_CODE, include_inactive=False) == []
        assert len(list_staff(session, OFFICE_CODE)) == 1
    with office.write(head) as uow:
        assert reactivate_staff(uow, row.id).active_until is None


def test_the_hub_cannot_edit_an_offices_roster(hub: AppContext, admin: Actor) -> None:
    from core.errors import PermissionDenied

    with pytest.raises(PermissionDenied), hub.write(admin) as uow:
        add_staff(uow, _pns())


def test_today_is_the_office_date_not_the_utc_date(office: AppContext, head: Actor,
                                                   clock) -> None:  # type: ignore[no-untyped-def]
    """At 06.30 WIB on 1 December it is still 30 November in UTC; the office means 1 Dec."""
    from datetime import UTC, datetime

    clock.now = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    with office.write(head) as uow:
        assert uow.today == date(2026, 12, 1)
        row = add_staff(uow, StaffInput("Pagi Sekali", "Staf", StaffStatus.NON_ASN,
                                        local_id="P-1", active_from=date(2026, 12, 1)))
    assert row.active_from == date(2026, 12, 1)
