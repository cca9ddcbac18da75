"""City-wide rule values: defaults in code, overridable by the city (RuleSetting rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.context import UnitOfWork
from core.errors import ValidationError
from core.roles import Mode, Role, require_role
from db.models import RuleSetting

# PP 94/2021 Pasal 9–11: cumulative days of absence without valid reason in one year.
PP94_THRESHOLDS: list[tuple[int, str]] = [
    (3, "Teguran lisan"),
    (4, "Teguran tertulis"),
    (7, "Pernyataan tidak puas secara tertulis"),
    (11, "Pemotongan tunjangan kinerja 25% selama 6 bulan"),
    (14, "Pemotongan tunjangan kinerja 25% selama 9 bulan"),
    (17, "Pemotongan tunjangan kinerja 25% selama 12 bulan"),
    (21, "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
    (25, "Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan"),
    (28, "Pemberhentian dengan hormat tidak atas permintaan sendiri"),
]

DEFAULTS: dict[str, Any] = {
    "band_minutes": 30,  # TL1–TL4 / PSW1–PSW4 bands
    "band_count": 4,
    "tk_thresholds": PP94_THRESHOLDS,
    "tk_warn_before_days": 1,  # highlight this many days before a threshold is reached
    "clock_warning_days": 3,  # a device date this far from the last entry asks first
    # Sidak: the checklist of service standards, [key, label] in order.
    "sidak_checklist": [
        ["maklumat", "Maklumat pelayanan dipasang"],
        ["jam_layanan", "Jam layanan diumumkan"],
        ["tarif", "Tarif Rp0 / pengumuman anti-pungli dipasang"],
        ["pengaduan", "Saluran pengaduan ditampilkan"],
        ["antrean", "Antrean tertib (nomor atau daftar antre)"],
        ["kebersihan", "Ruang pelayanan bersih dan rapi"],
    ],
    # Sidak cross-check: minutes between the office's log and what the inspector saw that
    # still count as the same moment.
    "sidak_tolerance_minutes": 5,
    # Innovations: the date by which every office needs one (e.g. the Job Fit), ISO text.
    "innovation_deadline": "2027-08-02",
    # PK: capaian above the bound (percent) earns the grade; the last bound is the floor.
    "pk_grade_scale": [[90, "AA"], [80, "A"], [70, "BB"], [60, "B"], [50, "CC"], [30, "C"],
                       [0, "D"]],
    # Complaints: working days from the day a complaint was received by which it must be
    # verified, followed up and closed.
    "complaint_deadline_days": {"verifikasi": 3, "tindak_lanjut": 5, "selesai": 10},
    # The three-report rule: this many verified pungli complaints about one official within
    # this many months raise a rotation recommendation.
    "rotation_threshold": 3,
    "rotation_window_months": 12,
}


# Rules that are one whole number, with the values allowed.
INTEGER_LIMITS: dict[str, tuple[int, int]] = {
    "band_minutes": (5, 120), "band_count": (1, 8), "tk_warn_before_days": (0, 10),
    "clock_warning_days": (1, 30), "sidak_tolerance_minutes": (0, 60),
    "rotation_threshold": (2, 20), "rotation_window_months": (1, 60),
}
COMPLAINT_STEPS = ("verifikasi", "tindak_lanjut", "selesai")


def rule(session: Session, key: str) -> Any:
    row = session.scalars(select(RuleSetting).where(RuleSetting.key == key,
                                                    RuleSetting.deleted_at.is_(None))).first()
    return json.loads(row.value) if row is not None else DEFAULTS[key]


@dataclass(frozen=True)
class TkStanding:
    """Where a yearly count of unexcused absences stands against the PP 94/2021 table."""

    days: int
    reached: str | None  # the heaviest consequence reached
    next_at: int | None  # days at which the next consequence starts
    next_label: str | None

    def warning(self, warn_before: int) -> bool:
        return self.next_at is not None and self.next_at - self.days <= warn_before


def tk_standing(days: int, thresholds: list[tuple[int, str]] | None = None) -> TkStanding:
    table = sorted(thresholds or PP94_THRESHOLDS)
    reached = [label for minimum, label in table if days >= minimum]
    ahead = [(minimum, label) for minimum, label in table if days < minimum]
    return TkStanding(days, reached[-1] if reached else None,
                      ahead[0][0] if ahead else None, ahead[0][1] if ahead else None)


def set_rule(uow: UnitOfWork, key: str, value: Any) -> None:
    """The city changes a rule (hub admins); offices receive it in reference bundles."""
    require_role(uow.actor, Role.ADMIN)
    if uow.device.mode is not Mode.HUB:
        raise ValidationError("Aturan ditetapkan oleh kota.")
    if key not in DEFAULTS:
        raise ValidationError(f"Aturan {key} tidak dikenal.", "key")
    if key in INTEGER_LIMITS:
        limits = INTEGER_LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or \
                not limits[0] <= value <= limits[1]:
            raise ValidationError(f"{key} harus bilangan {limits[0]}–{limits[1]}.", "value")
    if key == "tk_thresholds":
        days = [entry[0] for entry in value] if isinstance(value, list) else []
        if not days or days != sorted(set(days)) or any(
                not isinstance(d, int) or d < 1 for d in days) or any(
                not str(entry[1]).strip() for entry in value):
            raise ValidationError("Tabel TK harus berurutan naik: [hari, sanksi].", "value")
    if key == "sidak_checklist":
        value = _checklist(value)
    if key == "innovation_deadline":
        try:
            value = date.fromisoformat(str(value)).isoformat()
        except ValueError as exc:
            raise ValidationError("Batas waktu inovasi harus tanggal (YYYY-MM-DD).",
                                  "value") from exc
    if key == "pk_grade_scale":
        value = _grade_scale(value)
    if key == "complaint_deadline_days":
        value = _complaint_deadlines(value)
    text = json.dumps(value, ensure_ascii=False)
    row = uow.session.scalars(select(RuleSetting).where(RuleSetting.key == key)).first()
    if row is None:
        uow.add(RuleSetting(key=key, value=text))
    else:
        uow.update(row, value=text, deleted_at=None)


def _grade_scale(value: Any) -> list[list[Any]]:
    """PK grades: [bound, grade] with bounds strictly falling and the last one 0."""
    try:
        scale: list[list[Any]] = [[int(bound), " ".join(str(grade).split())]
                                  for bound, grade in value]
    except (TypeError, ValueError) as exc:
        raise ValidationError("Skala predikat: daftar [batas persen, predikat].",
                              "value") from exc
    bounds: list[int] = [bound for bound, _grade in scale]
    if not scale or bounds != sorted(set(bounds), reverse=True) or bounds[-1] != 0 or \
            any(not grade for _bound, grade in scale):
        raise ValidationError("Skala predikat harus menurun, diakhiri batas 0, dan setiap "
                              "predikat diberi nama.", "value")
    return scale


def _checklist(value: Any) -> list[list[str]]:
    """A sidak checklist: [key, label] pairs, keys unique, labels not empty."""
    if not isinstance(value, list) or not value:
        raise ValidationError("Daftar periksa sidak tidak boleh kosong.", "value")
    items: list[list[str]] = []
    for entry in value:
        if not isinstance(entry, (list, tuple)) or len(entry) != 2:
            raise ValidationError("Setiap butir daftar periksa: [kunci, uraian].", "value")
        key, label = (" ".join(str(part).split()) for part in entry)
        if not key or not label:
            raise ValidationError("Kunci dan uraian butir daftar periksa wajib diisi.", "value")
        items.append([key, label])
    keys = [key for key, _label in items]
    if len(set(keys)) != len(keys):
        raise ValidationError("Kunci butir daftar periksa tidak boleh ganda.", "value")
    return items


def _complaint_deadlines(value: Any) -> dict[str, int]:
    """Working days for each complaint step: whole numbers 1–60, each step after the one
    before it (verification, then follow-up, then closure)."""
    if not isinstance(value, dict) or set(value) != set(COMPLAINT_STEPS):
        raise ValidationError("Batas waktu pengaduan: hari kerja untuk verifikasi, "
                              "tindak_lanjut dan selesai.", "value")
    days = [value[step] for step in COMPLAINT_STEPS]
    if any(not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 60 for d in days):
        raise ValidationError("Batas waktu pengaduan harus bilangan hari kerja 1–60.", "value")
    if days != sorted(set(days)):
        raise ValidationError("Batas waktu pengaduan harus naik: verifikasi, lalu tindak "
                              "lanjut, lalu selesai.", "value")
    return {step: int(value[step]) for step in COMPLAINT_STEPS}
