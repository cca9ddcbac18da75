"""The city's innovation tracker: every office with its innovations and their stages,
against the deadline the city set (the `innovation_deadline` rule, e.g. the Job Fit date).

Which offices are tracked: every kelurahan, kecamatan and registered unit the hub holds
(not the kota itself). Which innovations count: every innovation of the office that is
not deleted, drafts included (a draft is work under way); "diajukan" and "diverifikasi"
count by the innovation's effective status (the city's latest decision on its current
revision, `core.services.innovation.effective_status`).

How an office stands, as of `today`, judged in this order:

- "berisiko", "belum ada inovasi": the office has no innovation at all;
- "berisiko", "hanya tahap inisiatif": every innovation is still at inisiatif;
- "perlu perhatian", "belum ada yang diverifikasi": none of them is verified by the city;
- "aman" otherwise.

`days_left` is the number of days from `today` to the deadline: 0 on the deadline itself,
negative once it has passed. Offices under a kecamatan (its kelurahan, the kecamatan
office itself and a unit registered under it) are counted in that kecamatan
(`core.services.offices.kecamatan_of`, as the PK and the dashboard do); units under the
kota are counted in a group of their own (`UNITS_GROUP`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.services.innovation import effective_status
from core.services.offices import Level, kecamatan_of, list_offices
from core.services.rules import rule
from db.models import Innovation, InnovationReview

STAGE_KEYS = ("inisiatif", "uji_coba", "penerapan")
SAFE = "aman"
ATTENTION = "perlu perhatian"
AT_RISK = "berisiko"
RISK_LEVELS = (AT_RISK, ATTENTION, SAFE)  # worst first
NO_INNOVATION = "belum ada inovasi"
ONLY_INITIATIVE = "hanya tahap inisiatif"
NONE_VERIFIED = "belum ada yang diverifikasi"
UNITS_GROUP = "Unit kerja (tanpa kecamatan)"


@dataclass(frozen=True)
class OfficeTrack:
    """One office's innovations against the deadline."""

    office_code: str
    office_name: str  # "Kelurahan Simpang IV Sipin"
    level: Level
    kecamatan_code: str  # "" for a unit outside any kecamatan
    kecamatan_name: str  # "Telanaipura"; "" for such a unit
    total: int
    by_stage: dict[str, int]  # every key of STAGE_KEYS
    verified: int
    submitted: int  # waiting for the city's decision
    risk: str  # SAFE | ATTENTION | AT_RISK
    reason: str  # "" when safe

    @property
    def at_risk(self) -> bool:
        return self.risk == AT_RISK


@dataclass(frozen=True)
class KecamatanCount:
    """The offices of one kecamatan (or the units' group) counted together."""

    kecamatan_code: str
    kecamatan_name: str
    offices: int
    with_innovation: int
    at_risk: int
    attention: int
    innovations: int
    by_stage: dict[str, int] = field(default_factory=dict)
    verified: int = 0


@dataclass(frozen=True)
class TrackerResult:
    today: date
    deadline: date
    days_left: int  # negative once the deadline has passed
    rows: list[OfficeTrack]
    per_kecamatan: list[KecamatanCount]

    @property
    def at_risk(self) -> list[OfficeTrack]:
        """The offices to act on: berisiko first, then perlu perhatian."""
        order = {level: n for n, level in enumerate(RISK_LEVELS)}
        return sorted((row for row in self.rows if row.risk != SAFE),
                      key=lambda row: (order[row.risk], row.kecamatan_name, row.office_code))


def deadline(session: Session) -> date:
    """The date by which every office needs an innovation (the city's rule)."""
    return date.fromisoformat(str(rule(session, "innovation_deadline")))


def judge(total: int, by_stage: dict[str, int], verified: int) -> tuple[str, str]:
    """(risk, reason) for an office's counts; see the module's docstring."""
    if total == 0:
        return AT_RISK, NO_INNOVATION
    if by_stage.get("inisiatif", 0) == total:
        return AT_RISK, ONLY_INITIATIVE
    if verified == 0:
        return ATTENTION, NONE_VERIFIED
    return SAFE, ""


def tracker(session: Session, today: date) -> TrackerResult:
    """Every tracked office with its innovations' stages and its risk as of `today`,
    offices in code order, and the counts per kecamatan (units last)."""
    offices = {office.code: office for office in list_offices(session)}
    innovations = list(session.scalars(select(Innovation).where(
        Innovation.deleted_at.is_(None))))
    reviews: dict[str, list[InnovationReview]] = defaultdict(list)
    for review in session.scalars(select(InnovationReview).where(
            InnovationReview.deleted_at.is_(None))):
        reviews[review.innovation_id].append(review)
    by_office: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for innovation in innovations:
        by_office[innovation.office_code].append(
            (innovation.stage, effective_status(innovation, reviews.get(innovation.id, []))))

    rows = []
    for office in offices.values():
        if office.level is Level.KOTA:
            continue
        items = by_office.get(office.code, [])
        by_stage = {key: sum(1 for stage, _status in items if stage == key)
                    for key in STAGE_KEYS}
        verified = sum(1 for _stage, status in items if status == "diverifikasi")
        submitted = sum(1 for _stage, status in items if status == "diajukan")
        risk, reason = judge(len(items), by_stage, verified)
        kecamatan = kecamatan_of(office, offices)
        rows.append(OfficeTrack(
            office_code=office.code, office_name=office.display_name, level=office.level,
            kecamatan_code=kecamatan.code if kecamatan else "",
            kecamatan_name=kecamatan.name if kecamatan else "", total=len(items),
            by_stage=by_stage, verified=verified, submitted=submitted, risk=risk,
            reason=reason))
    end = deadline(session)
    return TrackerResult(today=today, deadline=end, days_left=(end - today).days, rows=rows,
                         per_kecamatan=per_kecamatan(rows))


def per_kecamatan(rows: list[OfficeTrack]) -> list[KecamatanCount]:
    """The rows counted per kecamatan, in kecamatan code order; units last."""
    groups: dict[str, list[OfficeTrack]] = defaultdict(list)
    for row in rows:
        groups[row.kecamatan_code].append(row)
    counts = []
    for code in sorted(groups, key=lambda code: (code == "", code)):
        members = groups[code]
        counts.append(KecamatanCount(
            kecamatan_code=code,
            kecamatan_name=members[0].kecamatan_name if code else UNITS_GROUP,
            offices=len(members),
            with_innovation=sum(1 for row in members if row.total),
            at_risk=sum(1 for row in members if row.risk == AT_RISK),
            attention=sum(1 for row in members if row.risk == ATTENTION),
            innovations=sum(row.total for row in members),
            by_stage={key: sum(row.by_stage[key] for row in members) for key in STAGE_KEYS},
            verified=sum(row.verified for row in members)))
    return counts
