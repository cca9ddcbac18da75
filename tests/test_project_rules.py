"""Rules about the project itself: layers, strict Qt tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_layers_go_desktop_to_core_to_db_and_core_never_imports_qt() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a dev dependency"
    result = subprocess.run([lint_imports], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_a_qt_warning_fails_the_test_that_caused_it(pytester: pytest.Pytester) -> None:
    """Our pytest configuration (pyproject.toml) turns Qt warnings into failures."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pytester.makefile(".toml", pyproject=config.split("[tool.ruff]")[0])
    pytester.makepyfile(
        test_inner="""
        from PySide6.QtCore import qWarning

        def test_warns(qtbot):
            qWarning("something is wrong")

        def test_quiet(qtbot):
            pass
        """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:xdist",
                                           "--override-ini", "addopts=", "test_inner.py")
    result.assert_outcomes(failed=1, passed=1)
