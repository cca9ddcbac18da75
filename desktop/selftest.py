"""`pantau self-test`: can this installation run Pantau? One line, exit 0 or 1."""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from pathlib import Path

from core import __version__


def _exercise(folder: Path) -> str:
    from core.changelog import verify_chain
    from core.context import open_app
    from core.roles import Mode, Role
    from core.services.accounts import NewAccount, authenticate
    from core.services.setup import setup_installation
    from core.services.staff import StaffInput, StaffStatus, add_staff
    from db.migrate import head_revision
    from desktop.app import application
    from desktop.main_window import MainWindow
    from desktop.state import AppState

    app = application()
    ctx = open_app(folder)
    try:
        setup_installation(ctx, Mode.OFFICE, "15.71.01.1001",
                           NewAccount("uji", "Uji Diri", Role.HEAD, "ujidiri123"))
        actor = authenticate(ctx, "uji", "ujidiri123")
        with ctx.write(actor) as uow:
            add_staff(uow, StaffInput("Pegawai Uji", "Staf", StaffStatus.NON_ASN,
                                      local_id="UJI-1"))
        with ctx.read() as session:
            report = verify_chain(session, ctx.device.id)
        if not report.ok:
            raise RuntimeError("; ".join(report.problems))
        window = MainWindow(AppState(ctx, actor))
        window.show()
        for key in window.pages:
            window.open_page(key)
            app.processEvents()
        pages = len(window.pages)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        ctx.close()
    return f"skema {head_revision()}, {report.entries} entri log, {pages} halaman"


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pantau-selftest-") as folder:
        try:
            summary = _exercise(Path(folder))
        except Exception as exc:
            detail = traceback.format_exc().strip().splitlines()[-1]
            print(f"self-test GAGAL (Pantau {__version__}): {exc or detail}")
            return 1
    print(f"self-test OK (Pantau {__version__}): {summary}, "
          f"{time.monotonic() - started:.1f} s")
    return 0
