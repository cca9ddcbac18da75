"""Where an installation keeps its files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Pantau"


def default_data_dir() -> Path:
    """The user data dir of this OS (e.g. %LOCALAPPDATA%\\Pantau on Windows)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "pantau.db"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def private_key(self) -> Path:
        return self.keys / "device_ed25519.pem"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "pantau.lock"

    def ensure(self) -> None:
        for path in (self.root, self.keys, self.backups, self.logs):
            path.mkdir(parents=True, exist_ok=True)
