"""Installation modes, roles and the acting user every service call names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.errors import PermissionDenied


class Mode(StrEnum):
    OFFICE = "office"
    INSPECTOR = "inspector"
    HUB = "hub"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


MODE_LABELS = {
    Mode.OFFICE: "Kantor (kelurahan/kecamatan)",
    Mode.INSPECTOR: "Pemeriksa (sidak)",
    Mode.HUB: "Kota (hub)",
}


class Role(StrEnum):
    OPERATOR = "operator"
    HEAD = "head"
    INSPECTOR = "inspector"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.OPERATOR: "Operator",
    Role.HEAD: "Pimpinan (lurah/camat)",
    Role.INSPECTOR: "Pemeriksa",
    Role.ADMIN: "Admin kota",
}

# Which roles can exist on an installation of each mode; the first is the one the
# setup wizard creates.
ROLES_BY_MODE = {
    Mode.OFFICE: (Role.HEAD, Role.OPERATOR),
    Mode.INSPECTOR: (Role.INSPECTOR,),
    Mode.HUB: (Role.ADMIN, Role.OPERATOR),
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something: the logged-in user, or the system during setup."""

    user_id: str | None
    username: str
    role: Role
    office_code: str


SYSTEM_USERNAME = "sistem"


def require_role(actor: Actor, *allowed: Role) -> None:
    """Raise `PermissionDenied` unless `actor` has one of `allowed` roles."""
    if actor.role not in allowed:
        names = ", ".join(role.label for role in allowed)
        raise PermissionDenied(
            f"Peran {actor.role.label} tidak berwenang untuk tindakan ini (hanya: {names})."
        )
