"""Reference rows every installation carries from the start (rev 0, owned by the city):
the office registry, the default schedules and the default service types."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from core.context import REGISTRY_DEVICE, mark_logged_elsewhere
from core.services.calendar import seed_calendar
from core.services.offices import city_entry, seed_registry
from db.models import ServiceType

DEFAULT_SERVICE_TYPES = (
    ("pengantar", "Surat pengantar"),
    ("domisili", "Surat keterangan domisili"),
    ("sktm", "Surat keterangan tidak mampu (SKTM)"),
    ("pindah", "Surat keterangan pindah"),
    ("usaha", "Surat keterangan usaha"),
    ("kematian", "Surat keterangan kematian"),
    ("lainnya", "Layanan lainnya"),
)
_NAMESPACE = uuid.UUID("6a0c6f62-4f3e-4c7e-8e0f-2b8d7f8f1c11")


def seed_reference_data(session: Session, now: datetime) -> None:
    """Insert whatever bundled reference rows are missing (idempotent)."""
    seed_registry(session, now)
    seed_calendar(session, now)
    city = city_entry().code
    for code, name in DEFAULT_SERVICE_TYPES:
        row_id = str(uuid.uuid5(_NAMESPACE, code))
        if session.get(ServiceType, row_id) is not None:
            continue
        row = ServiceType(id=row_id, code=code, name=name, active=True, office_code=city,
                          origin_device=REGISTRY_DEVICE, rev=0, created_at=now, updated_at=now)
        mark_logged_elsewhere(session, row)
        session.add(row)
