"""Errors a user can read. Messages are Indonesian: they are shown as they are."""

from __future__ import annotations


class PantauError(Exception):
    """Base of every error that carries a message meant for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(PantauError):
    """Input that breaks a rule; `field` names the input when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(PantauError):
    pass


class NotFound(PantauError):
    pass


class AuthenticationError(PantauError):
    pass


class AccountLocked(AuthenticationError):
    pass


class DatabaseRefused(PantauError):
    """The database file cannot be opened by this build; it was left untouched."""


class DatabaseUnreachable(PantauError):
    """The PostgreSQL server cannot be reached (down, network, connection cut): the
    transaction under way was rolled back, so nothing of it was stored."""


class NotSetUp(PantauError):
    pass
