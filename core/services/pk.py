"""Perjanjian kinerja (PK): an office's performance agreement for a year and its
quarterly realisation, with the capaian and its grade.

An office writes, for a year, its goals (sasaran) and their indicators: unit, polarity
("naik": higher is better, "turun": lower is better), baseline, the year's target and the
targets of the four quarters. Each quarter it records the realisation with a note on the
evidence (bukti dukung).

Quarters are cumulative, as Indonesian PK and rencana aksi state them: `target_qN` is what
the indicator should reach *by the end of* quarter N, and the realisation recorded for
quarter N is what it had reached by then (not what was added during the quarter). So:

- the capaian of quarter N is the realisation of quarter N against `target_qN` (no
  capaian when that quarter has no target; a blank Q4 target means the year's target);
- the capaian of the year is the latest quarter's realisation against the year's target
  (during the year it is the capaian "so far");
- the baseline of a continued indicator is last year's latest realisation.

Capaian = R/T × 100 for "naik" and (2 − R/T) × 100 for "turun", computed with `Decimal`
and rounded half up to 2 decimals; the grade is judged on that rounded value, so what is
shown and its grade always agree. Capaian is not capped: a realisation above the target
gives more than 100 and is flagged "melebihi target". For "turun" a realisation above
twice the target would give less than 0: it is shown as 0 and flagged.

Grades come from the city's rule "pk_grade_scale", [[bound, grade], …] falling, the last
bound 0: the grade is the first whose bound the capaian is strictly above ("AA >90": 90,00
is A, 90,01 is AA); the last grade is the floor (capaian ≤ 30 is D, 0 included).

Numbers are stored as decimal text ("85.5") so they travel exactly in bundles; on input
the Indonesian decimal comma ("85,5", "1.234,5") is accepted. A target of 0 is refused
(R/T is undefined), as are negative and non-numeric values.

A quarter is due once it has ended (on 25 November, Q1–Q3 are due); a due quarter without
a realisation is missing. A realisation can be recorded from the first day of its quarter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import NotFound, PermissionDenied, ValidationError
from core.roles import Mode, Role, require_role
from core.services.offices import Level, kecamatan_of, list_offices
from core.services.rules import rule
from db.models import PkIndicator, PkRealisation

NAIK = "naik"
TURUN = "turun"
POLARITIES = {NAIK: "Naik (makin tinggi makin baik)", TURUN: "Turun (makin rendah makin baik)"}
QUARTERS = (1, 2, 3, 4)
QUARTER_NAMES = {1: "I", 2: "II", 3: "III", 4: "IV"}
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
OVER_TARGET = "melebihi target"
CLAMPED = "di bawah 0, dicatat 0"
MIN_EVIDENCE = 5
MAX_NUMBER = Decimal("1e12")
MAX_DECIMALS = 4
FIRST_YEAR = 2000
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


# --- numbers ------------------------------------------------------------------------------

_NUMBER = re.compile(r"^\d+(\.\d+)?$")


def parse_number(text: str | None, what: str, field: str, *, required: bool = True,
                 allow_zero: bool = True) -> str | None:
    """Decimal text as stored ("85.5") from what a person typed ("85,5", "1.234,5", "85.5").

    Blank gives None (or an error when `required`); negative, non-numeric and, unless
    `allow_zero`, zero values are refused with a message naming `what`."""
    raw = "".join((text or "").split()).removesuffix("%")
    if not raw:
        if required:
            raise ValidationError(f"{what} wajib diisi.", field)
        return None
    if raw.startswith("-"):
        raise ValidationError(f"{what} tidak boleh negatif.", field)
    if "," in raw:
        # Indonesian: "." groups thousands, "," is the decimal mark.
        if raw.count(",") > 1:
            raise ValidationError(f"{what} \"{text}\" bukan angka.", field)
        whole, fraction = raw.split(",")
        if "." in whole and not re.fullmatch(r"\d{1,3}(\.\d{3})+", whole):
            raise ValidationError(f"{what} \"{text}\" bukan angka.", field)
        raw = whole.replace(".", "") + "." + fraction
    if not _NUMBER.match(raw):
        raise ValidationError(f"{what} \"{text}\" bukan angka (contoh: 85 atau 85,5).", field)
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern already checked it
        raise ValidationError(f"{what} \"{text}\" bukan angka.", field) from exc
    if value >= MAX_NUMBER:
        raise ValidationError(f"{what} terlalu besar.", field)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMALS:
        raise ValidationError(f"{what}: paling banyak {MAX_DECIMALS} angka di belakang koma.",
                              field)
    if value == 0 and not allow_zero:
        raise ValidationError(
            f"{what} tidak boleh 0 (capaian R/T tidak terdefinisi); isi target yang akan "
            "dicapai.", field)
    return decimal_text(value)


def decimal_text(value: Decimal) -> str:
    """"85.5", "100": plain decimal text without trailing zeros or exponent."""
    return format(value.normalize(), "f")


def number(text: str | None) -> Decimal | None:
    """A stored decimal text as a Decimal; None for blank (or text that is not a number,
    which only a foreign bundle could bring)."""
    if text is None or not text.strip():
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


# --- capaian and grade ----------------------------------------------------------------------

def _raw_capaian(realisation: Decimal, target: Decimal, polarity: str) -> Decimal:
    ratio = realisation / target
    return (ratio if polarity == NAIK else 2 - ratio) * HUNDRED


def capaian(realisation: Decimal | None, target: Decimal | None, polarity: str
            ) -> Decimal | None:
    """R/T × 100 ("naik") or (2 − R/T) × 100 ("turun"), rounded half up to 2 decimals;
    never below 0; None when there is no realisation or no (non-zero) target."""
    if realisation is None or target is None or target == 0:
        return None
    value = _raw_capaian(realisation, target, polarity)
    return max(value, Decimal(0)).quantize(CENT, rounding=ROUND_HALF_UP)


def capaian_note(realisation: Decimal | None, target: Decimal | None, polarity: str) -> str:
    """What to say beside a capaian: "melebihi target", or that a negative value was shown
    as 0; empty otherwise."""
    if realisation is None or target is None or target == 0:
        return ""
    raw = _raw_capaian(realisation, target, polarity)
    if raw < 0:
        return CLAMPED
    if raw > HUNDRED:
        return OVER_TARGET
    return ""


def grade(value: Decimal | None, scale: Sequence[Sequence[Any]]) -> str:
    """The grade of a capaian: the first of `scale` ([[bound, grade], …], falling) whose
    bound it is strictly above; the last grade is the floor. Empty for no capaian."""
    if value is None:
        return ""
    for bound, name in scale:
        if value > Decimal(str(bound)):
            return str(name)
    return str(scale[-1][1])


def grade_scale(session: Session) -> list[list[Any]]:
    return [list(entry) for entry in rule(session, "pk_grade_scale")]


def is_low(value: Decimal | None, scale: Sequence[Sequence[Any]]) -> bool:
    """Below the second-lowest grade (below C on the default scale): shown in red."""
    return value is not None and len(scale) > 1 and grade(value, scale) == str(scale[-1][1])


# --- quarters -------------------------------------------------------------------------------

def quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * (quarter - 1) + 1, 1)


def quarter_end(year: int, quarter: int) -> date:
    if quarter == 4:
        return date(year, 12, 31)
    return quarter_start(year, quarter + 1) - timedelta(days=1)


def quarters_due(year: int, today: date) -> tuple[int, ...]:
    """Quarters of `year` that have ended by `today` (their realisation is due)."""
    return tuple(q for q in QUARTERS if quarter_end(year, q) < today)


def quarter_label(quarter: int) -> str:
    return f"Triwulan {QUARTER_NAMES[quarter]}"


# --- input ----------------------------------------------------------------------------------

@dataclass
class PkForm:
    """One indicator as typed: numbers are text ("85,5" or "85.5"), blanks allowed for the
    baseline and the quarterly targets."""

    goal: str
    name: str
    unit: str
    polarity: str
    target: str
    baseline: str = ""
    target_q1: str = ""
    target_q2: str = ""
    target_q3: str = ""
    target_q4: str = ""


def _text(value: str, limit: int) -> str:
    return " ".join(value.split())[:limit]


def _clean(form: PkForm) -> dict[str, Any]:
    goal = _text(form.goal, 1000)
    if not goal:
        raise ValidationError("Sasaran wajib diisi.", "goal")
    name = _text(form.name, 1000)
    if not name:
        raise ValidationError("Indikator kinerja wajib diisi.", "name")
    unit = _text(form.unit, 40)
    if not unit:
        raise ValidationError("Satuan wajib diisi (mis. %, dokumen, hari).", "unit")
    if form.polarity not in POLARITIES:
        raise ValidationError("Pilih polaritas: naik atau turun.", "polarity")
    values: dict[str, Any] = {
        "goal": goal, "name": name, "unit": unit, "polarity": form.polarity,
        "target": parse_number(form.target, "Target tahunan", "target", allow_zero=False),
        "baseline": parse_number(form.baseline, "Baseline", "baseline", required=False),
    }
    for quarter in QUARTERS:
        key = f"target_q{quarter}"
        text = getattr(form, key)
        parsed = parse_number(text, f"Target triwulan {QUARTER_NAMES[quarter]}", key,
                              required=False)
        if parsed is not None and Decimal(parsed) == 0:
            raise ValidationError(
                f"Target triwulan {QUARTER_NAMES[quarter]} tidak boleh 0 (capaian R/T tidak "
                "terdefinisi); kosongkan bila triwulan itu tidak bertarget.", key)
        values[key] = parsed
    return values


def _office_writer(uow: UnitOfWork) -> None:
    require_role(uow.actor, Role.OPERATOR, Role.HEAD)
    if uow.device.mode is not Mode.OFFICE:
        raise PermissionDenied("Perjanjian kinerja diisi di kantor.")


def _check_year(year: int, today: date) -> None:
    if year < FIRST_YEAR or year > today.year + 1:
        raise ValidationError(f"Tahun {year} di luar rentang ({FIRST_YEAR}–{today.year + 1}).",
                              "year")


def _indicator(uow: UnitOfWork, indicator_id: str) -> PkIndicator:
    row = uow.session.get(PkIndicator, indicator_id)
    if row is None or row.deleted_at is not None:
        raise NotFound("Indikator kinerja tidak ditemukan.")
    if row.office_code != uow.device.office_code:
        raise PermissionDenied("Indikator ini milik kantor lain.")
    return row


def _indicators(session: Session, office_code: str, year: int) -> list[PkIndicator]:
    return list(session.scalars(select(PkIndicator).where(
        PkIndicator.office_code == office_code, PkIndicator.year == year,
        PkIndicator.deleted_at.is_(None)).order_by(PkIndicator.position, PkIndicator.id)))


def _realisations(session: Session, indicator_ids: Sequence[str]
                  ) -> dict[str, dict[int, PkRealisation]]:
    found: dict[str, dict[int, PkRealisation]] = {}
    ids = list(indicator_ids)
    for start in range(0, len(ids), 500):
        for row in session.scalars(select(PkRealisation).where(
                PkRealisation.indicator_id.in_(ids[start:start + 500]),
                PkRealisation.deleted_at.is_(None))):
            found.setdefault(row.indicator_id, {})[row.quarter] = row
    return found


def add_indicator(uow: UnitOfWork, year: int, form: PkForm) -> str:
    """A new indicator at the end of this office's PK of `year`; returns its id."""
    _office_writer(uow)
    _check_year(year, uow.today)
    values = _clean(form)
    existing = _indicators(uow.session, uow.device.office_code, year)
    position = max((row.position for row in existing), default=0) + 1
    return uow.add(PkIndicator(year=year, position=position, **values)).id


def update_indicator(uow: UnitOfWork, indicator_id: str, form: PkForm) -> None:
    """Save changes to an indicator (a new revision of the same row)."""
    _office_writer(uow)
    uow.update(_indicator(uow, indicator_id), **_clean(form))


def remove_indicator(uow: UnitOfWork, indicator_id: str) -> None:
    """Tombstone an indicator and its realisations."""
    _office_writer(uow)
    row = _indicator(uow, indicator_id)
    for realisation in _realisations(uow.session, [row.id]).get(row.id, {}).values():
        uow.delete(realisation)
    uow.delete(row)


def _latest(realisations: dict[int, PkRealisation]) -> PkRealisation | None:
    return realisations[max(realisations)] if realisations else None


def carry_forward(uow: UnitOfWork, year: int) -> int:
    """Copy last year's indicators into `year` (goal, name, unit, polarity, previous_id),
    each with last year's latest realisation as its baseline (blank when none) and its
    targets left to fill in. An indicator already continued is not copied again, but its
    blank baseline is filled when last year's realisation has arrived since. Returns how
    many indicators were copied."""
    _office_writer(uow)
    _check_year(year, uow.today)
    office = uow.device.office_code
    previous = _indicators(uow.session, office, year - 1)
    if not previous:
        raise ValidationError(f"Belum ada perjanjian kinerja tahun {year - 1} untuk disalin.",
                              "year")
    current = _indicators(uow.session, office, year)
    continued = {row.previous_id: row for row in current if row.previous_id}
    realisations = _realisations(uow.session, [row.id for row in previous])
    position = max((row.position for row in current), default=0)
    copied = 0
    for old in previous:
        latest = _latest(realisations.get(old.id, {}))
        baseline = latest.value if latest is not None else None
        existing = continued.get(old.id)
        if existing is not None:
            if existing.baseline is None and baseline is not None:
                uow.update(existing, baseline=baseline)
            continue
        position += 1
        uow.add(PkIndicator(year=year, position=position, goal=old.goal, name=old.name,
                            unit=old.unit, polarity=old.polarity, baseline=baseline,
                            target="", previous_id=old.id))
        copied += 1
    return copied


def record_realisation(uow: UnitOfWork, indicator_id: str, quarter: int, value: str,
                       evidence: str) -> None:
    """The realisation reached by the end of `quarter` (cumulative), with a note on the
    evidence. Recording a quarter again is a new revision of the same row."""
    _office_writer(uow)
    indicator = _indicator(uow, indicator_id)
    if quarter not in QUARTERS:
        raise ValidationError("Pilih triwulan I–IV.", "quarter")
    start = quarter_start(indicator.year, quarter)
    if start > uow.today:
        raise ValidationError(
            f"{quarter_label(quarter)} {indicator.year} belum dimulai (mulai {start.day} "
            f"{MONTHS[start.month - 1]} {start.year}); realisasinya belum dapat dicatat.",
            "quarter")
    parsed = parse_number(value, "Realisasi", "value")
    note = _text(evidence, 2000)
    if len(note) < MIN_EVIDENCE:
        raise ValidationError(
            f"Tulis bukti dukung realisasi (minimal {MIN_EVIDENCE} huruf), mis. nomor "
            "laporan atau dokumen.", "evidence")
    existing = _realisations(uow.session, [indicator.id]).get(indicator.id, {}).get(quarter)
    if existing is None:
        uow.add(PkRealisation(indicator_id=indicator.id, quarter=quarter, value=parsed,
                              evidence=note))
    else:
        uow.update(existing, value=parsed, evidence=note)


# --- reading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Result:
    """A capaian with its grade; `low` when it is at the floor grade (red)."""

    target: str | None
    realisation: str | None
    capaian: Decimal | None
    grade: str
    low: bool
    note: str  # "melebihi target", "di bawah 0, dicatat 0" or ""


@dataclass(frozen=True)
class QuarterResult(Result):
    quarter: int
    evidence: str
    due: bool
    missing: bool  # due and no realisation


@dataclass(frozen=True)
class PkRow:
    id: str
    year: int
    position: int
    goal: str
    name: str
    unit: str
    polarity: str
    baseline: str | None
    target: str | None  # None: not filled in yet (a copied indicator)
    previous_id: str | None
    quarters: tuple[QuarterResult, ...]  # Q1..Q4
    year_result: Result
    latest_quarter: int | None

    def quarter(self, number: int) -> QuarterResult:
        return self.quarters[number - 1]

    @property
    def missing_quarters(self) -> tuple[int, ...]:
        return tuple(q.quarter for q in self.quarters if q.missing)


def _result(target: str | None, realisation: str | None, polarity: str,
            scale: Sequence[Sequence[Any]]) -> tuple[Decimal | None, str, bool, str]:
    r, t = number(realisation), number(target)
    value = capaian(r, t, polarity)
    return value, grade(value, scale), is_low(value, scale), capaian_note(r, t, polarity)


def _row(indicator: PkIndicator, realisations: dict[int, PkRealisation],
         scale: Sequence[Sequence[Any]], today: date) -> PkRow:
    due = quarters_due(indicator.year, today)
    quarters = []
    for quarter in QUARTERS:
        target = getattr(indicator, f"target_q{quarter}") or (
            indicator.target or None if quarter == 4 else None)
        real = realisations.get(quarter)
        value = real.value if real is not None else None
        quarters.append(QuarterResult(
            target, value, *_result(target, value, indicator.polarity, scale),
            quarter=quarter, evidence=real.evidence if real is not None else "",
            due=quarter in due, missing=quarter in due and real is None))
    latest = _latest(realisations)
    year_target = indicator.target or None
    year_value = latest.value if latest is not None else None
    return PkRow(
        id=indicator.id, year=indicator.year, position=indicator.position,
        goal=indicator.goal, name=indicator.name, unit=indicator.unit,
        polarity=indicator.polarity, baseline=indicator.baseline, target=year_target,
        previous_id=indicator.previous_id, quarters=tuple(quarters),
        year_result=Result(year_target, year_value,
                           *_result(year_target, year_value, indicator.polarity, scale)),
        latest_quarter=latest.quarter if latest is not None else None)


def pk_summary(session: Session, office_code: str, year: int, today: date) -> list[PkRow]:
    """The office's PK of `year`, indicator by indicator, with each quarter's and the
    year's capaian and grade, as of `today` (which quarters are due)."""
    indicators = _indicators(session, office_code, year)
    realisations = _realisations(session, [row.id for row in indicators])
    scale = grade_scale(session)
    return [_row(row, realisations.get(row.id, {}), scale, today) for row in indicators]


def average(values: Iterable[Decimal | None]) -> Decimal | None:
    """The mean of the capaian there are, rounded half up to 2 decimals; None for none."""
    present = [value for value in values if value is not None]
    if not present:
        return None
    return (sum(present, Decimal(0)) / len(present)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class OfficeCapaian:
    """One office's PK at the city: the average capaian of its indicators per quarter and
    for the year, and the due quarters at least one indicator has no realisation for (all
    due quarters when the office has no PK of the year at all)."""

    office_code: str
    office_name: str
    level: str
    kecamatan: str | None  # the kecamatan it is counted in (`offices.kecamatan_of`)
    indicators: int
    quarters: tuple[Decimal | None, ...]  # Q1..Q4
    year_capaian: Decimal | None
    year_grade: str
    year_low: bool
    quarter_grades: tuple[str, ...]
    missing_quarters: tuple[int, ...]

    @property
    def missing(self) -> bool:
        return bool(self.missing_quarters)


def city_capaian(session: Session, year: int, today: date) -> list[OfficeCapaian]:
    """Every service office (kecamatan, kelurahan, unit) with its PK capaian of `year`,
    in office code order; offices without a PK are listed too, every due quarter missing."""
    scale = grade_scale(session)
    indicators = list(session.scalars(select(PkIndicator).where(
        PkIndicator.year == year, PkIndicator.deleted_at.is_(None))
        .order_by(PkIndicator.position, PkIndicator.id)))
    realisations = _realisations(session, [row.id for row in indicators])
    by_office: dict[str, list[PkRow]] = {}
    for indicator in indicators:
        by_office.setdefault(indicator.office_code, []).append(
            _row(indicator, realisations.get(indicator.id, {}), scale, today))
    due = quarters_due(year, today)
    result = []
    offices = {office.code: office for office in list_offices(session)}
    for office in offices.values():
        if office.level is Level.KOTA:
            continue
        kecamatan = kecamatan_of(office, offices)
        rows = by_office.get(office.code, [])
        quarters = tuple(average(row.quarter(q).capaian for row in rows) for q in QUARTERS)
        year_value = average(row.year_result.capaian for row in rows)
        missing = tuple(q for q in due if not rows or any(row.quarter(q).missing
                                                          for row in rows))
        result.append(OfficeCapaian(
            office_code=office.code, office_name=office.display_name,
            level=office.level.value,
            kecamatan=kecamatan.code if kecamatan is not None else None,
            indicators=len(rows), quarters=quarters, year_capaian=year_value,
            year_grade=grade(year_value, scale), year_low=is_low(year_value, scale),
            quarter_grades=tuple(grade(value, scale) for value in quarters),
            missing_quarters=missing))
    return result


def pk_years(session: Session, office_code: str) -> list[int]:
    """The years this office has PK indicators for, newest first."""
    return sorted(set(session.scalars(select(PkIndicator.year).where(
        PkIndicator.office_code == office_code, PkIndicator.deleted_at.is_(None)))),
        reverse=True)
