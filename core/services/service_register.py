"""Layanan: the register of services the office delivers to residents, one line each.

Every service is recorded as it happens: its type (the city's list of service types), the
outcome (selesai, diproses, ditolak), how many minutes it took and, optionally, the
resident's name. The name is a device-local column (`ServiceRecord.__local_columns__`): it
helps the office find a record again but never leaves the office; the city only ever sees
counts and minutes. A record is never edited: a wrong one is cancelled (a tombstone) with
the reason kept as an amendment, and a locked month refuses both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, ValidationError
from core.roles import Mode, Role, require_role
from core.services.calendar import format_hhmm, parse_hhmm
from core.services.month_lock import ensure_unlocked, month_key
from core.services.service_hours import local_now
from db.models import Amendment, ServiceRecord, ServiceType

EDITORS = (Role.OPERATOR, Role.HEAD)
OUTCOMES = {"selesai": "Selesai", "diproses": "Diproses", "ditolak": "Ditolak"}
MIN_MINUTES = 1
MAX_MINUTES = 480  # a whole working day
MAX_NAME = 200
MIN_REASON = 5
OTHER_TYPE = "lainnya"  # listed last, whatever its name


@dataclass(frozen=True)
class ServiceTypeRow:
    """One of the city's service types."""

    id: str
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class ServiceRow:
    """One recorded service, as the office's own list shows it."""

    id: str
    day: date
    at_local: str  # "08.15", office wall time
    service_type: str  # code
    type_name: str
    outcome: str
    minutes: int
    resident_name: str | None  # local only: None on every other installation

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)


@dataclass
class Tally:
    """How many services, by outcome, and the minutes they took."""

    count: int = 0
    minutes: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))

    @property
    def average_minutes(self) -> float:
        return self.minutes / self.count if self.count else 0.0

    def add(self, outcome: str, count: int, minutes: int) -> None:
        self.count += count
        self.minutes += minutes
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + count


@dataclass
class ServiceCounts:
    """Services from `start` to `end` counted per type: per day, per month and in all.

    `types` lists the codes in display order (every type that occurs, plus the active
    ones); `names` gives their names. Missing combinations simply have no entry.
    """

    start: date
    end: date
    types: list[str]
    names: dict[str, str]
    by_day: dict[date, dict[str, Tally]]
    by_month: dict[str, dict[str, Tally]]  # "2026-11"
    by_type: dict[str, Tally]
    total: Tally

    def day(self, day: date, code: str) -> Tally:
        return self.by_day.get(day, {}).get(code, Tally())

    def month(self, month: str, code: str) -> Tally:
        return self.by_month.get(month, {}).get(code, Tally())

    def day_total(self, day: date) -> Tally:
        return _sum(self.by_day.get(day, {}).values())

    def month_total(self, month: str) -> Tally:
        return _sum(self.by_month.get(month, {}).values())


def _sum(tallies: Iterable[Tally]) -> Tally:
    result = Tally()
    for tally in tallies:
        for outcome, count in tally.outcomes.items():
            result.outcomes[outcome] = result.outcomes.get(outcome, 0) + count
        result.count += tally.count
        result.minutes += tally.minutes
    return result


def _type_order(row: ServiceType) -> tuple[bool, str]:
    return row.code == OTHER_TYPE, row.name.casefold()


def service_types(session: Session, active_only: bool = True) -> list[ServiceTypeRow]:
    """The city's service types, "Layanan lainnya" last, the rest by name."""
    query = select(ServiceType).where(ServiceType.deleted_at.is_(None))
    if active_only:
        query = query.where(ServiceType.active.is_(True))
    return [ServiceTypeRow(t.id, t.code, t.name, t.active)
            for t in sorted(session.scalars(query), key=_type_order)]


def _type_names(session: Session) -> dict[str, str]:
    return {row.code: row.name for row in service_types(session, active_only=False)}


def _resident(name: str | None) -> str | None:
    if name is None:
        return None
    cleaned = " ".join(name.split())
    if len(cleaned) > MAX_NAME:
        raise ValidationError(f"Nama warga terlalu panjang (paling banyak {MAX_NAME} huruf).",
                              "resident_name")
    return cleaned or None


def record_service(uow: UnitOfWork, service_type_code: str, outcome: str, minutes: int,
                   at_local: str | None = None, day: date | None = None,
                   resident_name: str | None = None) -> ServiceRecord:
    """Record one service delivered at this office. Operators and heads only.

    `day` defaults to today at the office and `at_local` ("08.15" or "08:15") to the
    current office wall time; a day that has passed needs its time written. Neither may
    be in the future, a locked month refuses the record, `minutes` is 1–480 and the type
    must be one of the city's active types. `resident_name` is optional and stays here.
    """
    require_role(uow.actor, *EDITORS)
    session = uow.session
    code = (service_type_code or "").strip()
    known = session.scalars(select(ServiceType).where(
        ServiceType.code == code, ServiceType.deleted_at.is_(None))).one_or_none()
    if known is None:
        raise ValidationError("Pilih jenis layanan dari daftar.", "service_type")
    if not known.active:
        raise ValidationError(f"Jenis layanan {known.name} sudah tidak dipakai.", "service_type")
    if outcome not in OUTCOMES:
        raise ValidationError(f"Hasil layanan '{outcome}' tidak dikenal (pilih: "
                              f"{', '.join(OUTCOMES)}).", "outcome")
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(f"Lama layanan harus {MIN_MINUTES}–{MAX_MINUTES} menit.",
                              "minutes")
    today, now_minute = local_now(uow)
    day = today if day is None else day
    if day > today:
        raise ValidationError(f"Tanggal {day:%d-%m-%Y} belum tiba.", "day")
    ensure_unlocked(session, uow.device.office_code, day)
    if at_local is None or not at_local.strip():
        if day != today:
            raise ValidationError("Isi jam layanan untuk hari yang sudah lewat.", "at_local")
        minute = now_minute
    else:
        try:
            minute = parse_hhmm(at_local)
        except ValidationError as exc:
            raise ValidationError(exc.message, "at_local") from None
        if day == today and minute > now_minute:
            raise ValidationError(f"Jam {format_hhmm(minute)} belum terjadi hari ini.",
                                  "at_local")
    name = _resident(resident_name)
    return uow.add(ServiceRecord(day=day, at_local=format_hhmm(minute).replace(".", ":"),
                                 service_type=code, outcome=outcome, minutes=minutes,
                                 resident_name=name))


def cancel_service(uow: UnitOfWork, record_id: str, reason: str) -> ServiceRecord:
    """Cancel a record entered by mistake: a tombstone, with the reason kept as an
    amendment (which travels; the resident's name is never part of it). A locked month
    refuses."""
    require_role(uow.actor, *EDITORS)
    why = " ".join(reason.split())
    if len(why) < MIN_REASON:
        raise ValidationError(f"Alasan wajib diisi (minimal {MIN_REASON} huruf).", "reason")
    row = uow.session.get(ServiceRecord, record_id)
    if row is None or row.office_code != uow.device.office_code or row.deleted_at is not None:
        raise NotFound("Catatan layanan tidak ditemukan (mungkin sudah dibatalkan).")
    ensure_unlocked(uow.session, uow.device.office_code, row.day)
    summary = f"{row.service_type} {row.outcome} {row.minutes} menit pukul {row.at_local}"
    uow.delete(row)
    uow.add(Amendment(target_table="service_record", target_id=row.id, day=row.day,
                      field="deleted_at", old_value=summary, new_value="dibatalkan",
                      reason=why))
    return row


def list_services(session: Session, office_code: str, day: date) -> list[ServiceRow]:
    """The services of one day in the order they happened, with the resident's name
    (which only the office that recorded it has)."""
    names = _type_names(session)
    rows = session.scalars(select(ServiceRecord).where(
        ServiceRecord.office_code == office_code, ServiceRecord.day == day,
        ServiceRecord.deleted_at.is_(None)).order_by(
        ServiceRecord.at_local, ServiceRecord.created_at, ServiceRecord.id))
    return [ServiceRow(r.id, r.day, r.at_local.replace(":", "."), r.service_type,
                       names.get(r.service_type, r.service_type), r.outcome, r.minutes,
                       r.resident_name) for r in rows]


def last_service_type(session: Session, office_code: str) -> str | None:
    """The type of the most recently entered service, to offer it again."""
    return session.scalars(select(ServiceRecord.service_type).where(
        ServiceRecord.office_code == office_code, ServiceRecord.deleted_at.is_(None))
        .order_by(ServiceRecord.created_at.desc(), ServiceRecord.id.desc()).limit(1)).first()


def counts_by_type(session: Session, office_code: str, start: date, end: date
                   ) -> ServiceCounts:
    """Services from `start` to `end` (inclusive) per type per day and per month, with
    outcomes and average minutes, counted in the database."""
    grouped = session.execute(
        select(ServiceRecord.day, ServiceRecord.service_type, ServiceRecord.outcome,
               func.count(), func.coalesce(func.sum(ServiceRecord.minutes), 0))
        .where(ServiceRecord.office_code == office_code, ServiceRecord.deleted_at.is_(None),
               ServiceRecord.day >= start, ServiceRecord.day <= end)
        .group_by(ServiceRecord.day, ServiceRecord.service_type, ServiceRecord.outcome))
    by_day: dict[date, dict[str, Tally]] = {}
    by_month: dict[str, dict[str, Tally]] = {}
    by_type: dict[str, Tally] = {}
    total = Tally()
    for day, code, outcome, count, minutes in grouped:
        for bucket in (by_day.setdefault(day, {}), by_month.setdefault(month_key(day), {}),
                       by_type):
            bucket.setdefault(code, Tally()).add(outcome, int(count), int(minutes))
        total.add(outcome, int(count), int(minutes))
    types = service_types(session, active_only=False)
    names = {t.code: t.name for t in types}
    order = [t.code for t in types if t.active or t.code in by_type]
    order += sorted(code for code in by_type if code not in names)
    for code in order:
        names.setdefault(code, code)
    return ServiceCounts(start, end, order, names, dict(sorted(by_day.items())),
                         dict(sorted(by_month.items())), by_type, total)


def add_service_type(uow: UnitOfWork, code: str, name: str) -> ServiceTypeRow:
    """The city adds a kind of service to the list every office uses (hub admins)."""
    require_role(uow.actor, Role.ADMIN)
    if uow.device.mode is not Mode.HUB:
        raise ValidationError("Daftar jenis layanan ditetapkan oleh kota.")
    code = code.strip().lower()
    name = " ".join(name.split())
    if not code.replace("_", "").isalnum() or not 2 <= len(code) <= 32:
        raise ValidationError("Kode jenis layanan: 2–32 huruf/angka.", "code")
    if len(name) < 3:
        raise ValidationError("Nama jenis layanan wajib diisi.", "name")
    if uow.session.scalars(select(ServiceType).where(ServiceType.code == code)).first():
        raise ValidationError(f"Kode {code} sudah dipakai.", "code")
    uow.add(ServiceType(code=code, name=name, active=True))
    return next(t for t in service_types(uow.session) if t.code == code)


def set_service_type_active(uow: UnitOfWork, code: str, active: bool) -> None:
    """Retire (or bring back) a kind of service; old records keep it."""
    require_role(uow.actor, Role.ADMIN)
    if uow.device.mode is not Mode.HUB:
        raise ValidationError("Daftar jenis layanan ditetapkan oleh kota.")
    row = uow.session.scalars(select(ServiceType).where(ServiceType.code == code)).first()
    if row is None:
        raise ValidationError(f"Jenis layanan {code} tidak ada.", "code")
    uow.update(row, active=active)
