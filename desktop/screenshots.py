"""Offscreen screenshots of the main pages (for `pantau demo` and for looking at the UI)."""

from __future__ import annotations

import os
from pathlib import Path

from core.context import open_app
from core.demo import DemoAccount
from core.services.accounts import authenticate
from core.services.offices import get_office


def take_screenshots(data_dir: Path, out: Path, account: DemoAccount, prefix: str = "",
                     with_login: bool = True) -> list[Path]:
    """Screenshots of every page (and every tab) `account` sees, named `<prefix>NN-page.png`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.app import application
    from desktop.dialogs.login import LoginDialog
    from desktop.main_window import MainWindow
    from desktop.state import AppState

    app = application()
    out.mkdir(parents=True, exist_ok=True)
    ctx = open_app(data_dir)
    shots: list[Path] = []
    try:
        with ctx.read() as session:
            office = get_office(session, ctx.device.office_code)
        if with_login:
            login = LoginDialog(ctx, office.display_name)
            login.username.setText(account.username)
            login.show()
            app.processEvents()
            shots.append(_save(login, out / f"{prefix}00-masuk.png"))
            login.close()
        window = MainWindow(AppState(ctx, authenticate(ctx, account.username,
                                                       account.password)))
        window.show()
        for number, key in enumerate(window.pages, start=1):
            page = window.open_page(key)
            app.processEvents()
            shots.append(_save(window, out / f"{prefix}{number:02d}-{key}.png"))
            tabs = getattr(page, "tabs", None)
            if tabs is not None:
                for tab in range(1, tabs.count()):
                    tabs.setCurrentIndex(tab)
                    app.processEvents()
                    shots.append(_save(window, out / f"{prefix}{number:02d}-{key}-{tab}.png"))
        window.close()
    finally:
        ctx.close()
    return shots


def _save(widget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    if not widget.grab().save(str(path)):
        raise OSError(f"tidak dapat menyimpan {path}")
    return path
