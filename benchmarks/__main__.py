"""`make bench`: run every benchmark and print numbers and ratios."""

from __future__ import annotations

import platform
import sys

from benchmarks import changelog, dashboard, sync_city
from core import __version__


def main() -> int:
    print(f"Pantau {__version__} benchmarks — Python {platform.python_version()}, "
          f"{platform.machine()}, {sys.platform}")
    changelog.run()
    sync_city.run()
    dashboard.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
