"""Where an installation keeps its files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from core.errors import DatabaseRefused

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

    @property
    def config(self) -> Path:
        """Settings of this PC's installation that live outside the database (UTF-8 JSON)."""
        return self.root / "pantau.json"

    def read_config(self) -> dict[str, object]:
        """The settings file, or {} when there is none. A damaged one is refused rather
        than ignored: ignoring it would open an empty database in place of the server's."""
        try:
            text = self.config.read_text("utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise DatabaseRefused(f"Berkas pengaturan {self.config} tidak terbaca: "
                                  f"{exc.strerror}.") from exc
        try:
            loaded = json.loads(text)
        except ValueError as exc:
            raise DatabaseRefused(f"Berkas pengaturan {self.config} rusak (bukan JSON): "
                                  "perbaiki atau hapus berkas itu.") from exc
        if not isinstance(loaded, dict):
            raise DatabaseRefused(f"Berkas pengaturan {self.config} rusak: isinya harus "
                                  "objek JSON.")
        return loaded

    def configured_database_url(self) -> str | None:
        """The database URL chosen in Pengaturan (a PostgreSQL server), if any."""
        url = self.read_config().get("database_url")
        return url if isinstance(url, str) and url else None

    def write_config(self, **values: object) -> None:
        """Merge `values` into the settings file: written whole, then renamed into place."""
        settings = {**self.read_config(), **values}
        self.root.mkdir(parents=True, exist_ok=True)
        partial = self.config.with_name(self.config.name + ".part")
        partial.write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", "utf-8")
        partial.replace(self.config)

    def ensure(self) -> None:
        for path in (self.root, self.keys, self.backups, self.logs):
            path.mkdir(parents=True, exist_ok=True)
