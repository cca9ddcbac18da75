"""One running Pantau per data folder (the window, and commands that change the database)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from core.errors import PantauError


class AlreadyRunning(PantauError):
    pass


def acquire_instance_lock(lock_path: Path) -> FileLock:
    """Lock `lock_path` for this process or raise `AlreadyRunning`.

    An operating-system lock: it goes away with the process, so a crash or a power cut
    never leaves a stale lock behind.
    """
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_path, timeout=0.2)
    try:
        lock.acquire()
    except Timeout:
        raise AlreadyRunning(
            f"Pantau sudah berjalan untuk folder data ini ({lock_path.parent}). "
            "Gunakan jendela yang sudah terbuka, atau tutup dulu lalu coba lagi."
        ) from None
    return lock


@contextmanager
def instance_lock(lock_path: Path) -> Iterator[None]:
    lock = acquire_instance_lock(lock_path)
    try:
        yield
    finally:
        lock.release()
