"""installer.spec without building: it is run with PyInstaller's names stubbed.

The real build (and the smoke test of the frozen app) is `make package`.
"""

from __future__ import annotations

import ast
import runpy
import shutil
import struct
import sys
import tomllib
import types
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "installer.spec"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@dataclass
class Build:
    """What the spec handed to PyInstaller, and which hooks it called."""

    namespace: dict[str, Any]
    calls: list[tuple[str, str]] = field(default_factory=list)

    @property
    def analysis(self) -> Any:
        return self.namespace["a"]

    @property
    def datas(self) -> set[tuple[str, str]]:
        """(source, destination folder as posix) of every data file given to Analysis."""
        return {(str(src), PurePath(dest).as_posix())
                for src, dest in self.analysis.kwargs["datas"]}


class _Recorder:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


def run_spec(monkeypatch: pytest.MonkeyPatch, build_dir: Path, root: Path = REPO,
             metadata_version: str | None = None,
             collected: list[tuple[str, str, str]] | None = None) -> Build:
    """Execute installer.spec as PyInstaller would, with root as the spec's folder."""
    calls: list[tuple[str, str]] = []
    dist_info = build_dir / "site" / "pantau.dist-info"
    dist_info.mkdir(parents=True, exist_ok=True)
    version = metadata_version or tomllib.loads(
        (root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: pantau\n"
                                        f"Version: {version}\n", encoding="utf-8")

    def copy_metadata(name: str, recursive: bool = False) -> list[tuple[str, str]]:
        calls.append(("copy_metadata", name))
        return [(str(dist_info), f"{name}.dist-info")]

    def collect_data_files(package: str, **_kwargs: Any) -> list[tuple[str, str]]:
        calls.append(("collect_data_files", package))
        return [(f"<data of {package}>", package)]

    def collect_submodules(package: str, filter: Any = None, **_kwargs: Any) -> list[str]:
        calls.append(("collect_submodules", package))
        names = [package, f"{package}.sub", f"{package}.testing.fixtures"]
        return [name for name in names if filter is None or filter(name)]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = copy_metadata  # type: ignore[attr-defined]
    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller", types.ModuleType("PyInstaller"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)

    class Analysis(_Recorder):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.scripts = list(args[0])
            self.pure: list[Any] = []
            self.binaries = list(kwargs["binaries"]) + [
                entry for entry in collected or [] if entry[2] != "DATA"]
            self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]] + [
                entry for entry in collected or [] if entry[2] == "DATA"]

    namespace: dict[str, Any] = {
        "__name__": "__main__",
        "SPECPATH": str(root), "SPEC": str(root / "installer.spec"), "specnm": "installer",
        "workpath": str(build_dir / "installer"), "DISTPATH": str(build_dir / "dist"),
        "Analysis": Analysis, "PYZ": _Recorder, "EXE": _Recorder, "COLLECT": _Recorder,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return Build(namespace, calls)


def fake_project(tmp_path: Path, version: str) -> Path:
    """A copy of what the spec reads from the repository, with another version."""
    root = tmp_path / "project"
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    old = f'version = "{PYPROJECT["version"]}"'
    assert old in text
    (root / "desktop").mkdir(parents=True)
    (root / "pyproject.toml").write_text(text.replace(old, f'version = "{version}"'),
                                         encoding="utf-8")
    shutil.copy2(REPO / "desktop" / "cli.py", root / "desktop" / "cli.py")
    for folder in ("resources", "db/migrations"):
        shutil.copytree(REPO / folder, root / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    return root


# --- version --------------------------------------------------------------------------------

def test_version_is_read_from_pyproject(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    root = fake_project(tmp_path, "9.8.7rc1")
    build = run_spec(monkeypatch, tmp_path / "build", root=root)
    assert build.namespace["VERSION"] == "9.8.7rc1"
    version_file = Path(build.namespace["VERSION_FILE"])
    text = version_file.read_text(encoding="utf-8")
    assert "(9, 8, 7, 0)" in text
    assert "StringStruct('ProductVersion', '9.8.7rc1')" in text


def test_windows_exe_gets_version_resource_and_icon(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    build = run_spec(monkeypatch, tmp_path)
    exe = build.namespace["exe"].kwargs
    assert exe["version"] == str(build.namespace["VERSION_FILE"])
    assert exe["icon"] == str(REPO / "resources" / "icons" / "pantau.ico")


def test_icon_files_are_valid() -> None:
    icons = REPO / "resources" / "icons"
    svg = (icons / "pantau.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and 'viewBox="0 0 256 256"' in svg
    ico = (icons / "pantau.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = set()
    for number in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * number)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_windows_version_file_is_valid_python(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    """PyInstaller evaluates the file on Windows; the structure must be what it expects."""
    build = run_spec(monkeypatch, tmp_path)
    tree = ast.parse(Path(build.namespace["VERSION_FILE"]).read_text(encoding="utf-8"),
                     mode="eval")
    call = tree.body
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    assert call.func.id == "VSVersionInfo"
    assert {keyword.arg for keyword in call.keywords} == {"ffi", "kids"}


def test_pantau_metadata_is_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """core.__version__ = importlib.metadata.version("pantau") needs the dist-info."""
    build = run_spec(monkeypatch, tmp_path)
    assert ("copy_metadata", "pantau") in build.calls
    assert (str(tmp_path / "site" / "pantau.dist-info"), "pantau.dist-info") in build.datas


def test_stale_installed_metadata_stops_the_build(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="pip install -e"):
        run_spec(monkeypatch, tmp_path, metadata_version="0.0.0-stale")


# --- entry point ------------------------------------------------------------------------------

def test_entry_point_of_pyproject_exists() -> None:
    module, _, function = PYPROJECT["scripts"]["pantau"].partition(":")
    source = REPO.joinpath(*module.split(".")).with_suffix(".py")
    assert source.is_file()
    tree = ast.parse(source.read_text(encoding="utf-8"))
    assert function in {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def test_launcher_runs_the_console_script(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    build = run_spec(monkeypatch, tmp_path)
    exe = build.namespace["exe"]
    assert exe.kwargs["name"] == "pantau" and exe.kwargs["console"] is True
    assert build.namespace["coll"].kwargs["name"] == "pantau"
    (launcher,) = build.analysis.scripts
    monkeypatch.setattr(sys, "argv", ["pantau", "--version"])
    capsys.readouterr()  # what the spec printed
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_path(launcher, run_name="__main__")
    assert exit_info.value.code == 0
    from core import __version__

    assert capsys.readouterr().out.strip() == f"Pantau {__version__}"


# --- data files -------------------------------------------------------------------------------

def test_registry_csv_is_bundled_where_importlib_resources_finds_it(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    csv = REPO / "resources" / "data" / "kota_jambi_wilayah.csv"
    assert (str(csv), "resources/data") in build.datas
    # resources is opened only by name; without the package itself it becomes a namespace.
    assert "resources" in build.analysis.kwargs["hiddenimports"]


def test_every_migration_file_is_bundled(monkeypatch: pytest.MonkeyPatch,
                                         tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    versions = sorted((REPO / "db" / "migrations" / "versions").glob("*.py"))
    assert versions
    for path in versions:
        assert (str(path), "db/migrations/versions") in build.datas
    for name in ("env.py", "script.py.mako"):
        assert (str(REPO / "db" / "migrations" / name), "db/migrations") in build.datas


def test_a_new_migration_is_picked_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    root = fake_project(tmp_path, PYPROJECT["version"])
    new = root / "db" / "migrations" / "versions" / "0999_new.py"
    new.write_text("import sqlalchemy.dialects.sqlite\nfrom alembic import op\n",
                   encoding="utf-8")
    build = run_spec(monkeypatch, tmp_path / "build", root=root)
    assert (str(new), "db/migrations/versions") in build.datas
    assert "sqlalchemy.dialects.sqlite" in build.analysis.kwargs["hiddenimports"]


def test_icons_and_compiled_translations_are_bundled_not_sources(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    icon = REPO / "resources" / "icons" / "pantau.svg"
    qm = REPO / "resources" / "translations" / "pantau_en.qm"
    assert (str(icon), "resources/icons") in build.datas
    assert (str(qm), "resources/translations") in build.datas
    project_sources = [src for src, _dest in build.datas if src.startswith(str(REPO))]
    assert not [src for src in project_sources if "__pycache__" in src
                or src.endswith((".ts", "update.py", "make_ico.py"))]


def test_uncompiled_translation_stops_the_build(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    root = fake_project(tmp_path, PYPROJECT["version"])
    (root / "resources" / "translations" / "pantau_en.qm").unlink()
    with pytest.raises(SystemExit, match=r"update\.py"):
        run_spec(monkeypatch, tmp_path / "build", root=root)


def test_library_data_is_collected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    for package in ("babel", "holidays", "reportlab", "tzdata"):
        assert ("collect_data_files", package) in build.calls
        assert (f"<data of {package}>", package) in build.datas


# --- imports ----------------------------------------------------------------------------------

def test_hidden_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    hidden = set(build.analysis.kwargs["hiddenimports"])
    # What the migration scripts import (Alembic loads them from disk, PyInstaller never
    # sees them); `from db.base import Base` names a class, not a module.
    assert {"alembic.op", "alembic.context", "sqlalchemy", "db.models", "db.base"} <= hidden
    assert "db.base.Base" not in hidden
    assert {"sqlalchemy.dialects.sqlite.pysqlite", "sqlalchemy.dialects.postgresql.psycopg",
            "psycopg_binary.pq", "argon2", "uuid6", "openpyxl", "babel.dates"} <= hidden
    for package in ("alembic", "psycopg", "holidays", "reportlab"):
        assert ("collect_submodules", package) in build.calls
        assert f"{package}.sub" in hidden
        assert f"{package}.testing.fixtures" not in hidden


def test_heavy_qt_modules_are_excluded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    excludes = set(build.analysis.kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick",
            "PySide6.Qt3DCore", "PySide6.QtMultimedia", "tkinter"} <= excludes
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    assert not used & excludes


# --- trimming what the hooks collect ----------------------------------------------------------

LINUX_COLLECTED = [
    ("PySide6/QtCore.abi3.so", "src", "EXTENSION"),
    ("PySide6/QtWidgets.abi3.so", "src", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6Quick.so.6", "src", "BINARY"),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "src", "BINARY"),
    ("libQt6Qml.so.6", "src", "SYMLINK"),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
     "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "src", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
    ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", "src", "DATA"),
    ("PySide6/Qt/translations/qtbase_en.qm", "src", "DATA"),
    ("babel/locale-data/de_DE.dat", "src", "DATA"),
    ("babel/locale-data/id_ID.dat", "src", "DATA"),
    ("babel/locale-data/id.dat", "src", "DATA"),
    ("babel/locale-data/en_US_POSIX.dat", "src", "DATA"),
    ("babel/locale-data/root.dat", "src", "DATA"),
    ("babel/global.dat", "src", "DATA"),
]
KEPT = {
    "PySide6/QtCore.abi3.so", "PySide6/QtWidgets.abi3.so", "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/translations/qtbase_en.qm", "babel/locale-data/id_ID.dat",
    "babel/locale-data/id.dat", "babel/locale-data/en_US_POSIX.dat",
    "babel/locale-data/root.dat", "babel/global.dat",
}


def test_unused_qt_plugins_and_languages_are_trimmed(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path, collected=LINUX_COLLECTED)
    analysis = build.analysis
    collected = {dest for dest, _src, _kind in LINUX_COLLECTED}
    kept = {dest for dest, _src, _kind in analysis.binaries + analysis.datas} & collected
    assert kept == KEPT
    # Our own files are never trimmed.
    assert len(analysis.datas) >= len(analysis.kwargs["datas"])


def test_qt_library_stays_when_the_app_imports_its_binding(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    build = run_spec(monkeypatch, tmp_path)
    is_dropped = build.namespace["is_dropped"]
    bindings = build.namespace["pyside_bindings"](
        [("PySide6/QtPdf.pyd", "src", "EXTENSION"), ("PySide6/QtCore.pyd", "src", "EXTENSION")])
    assert bindings == {"QtPdf", "QtCore"}
    # Windows layout: Qt DLLs and plugins sit directly under PySide6/.
    assert not is_dropped("PySide6/Qt6Pdf.dll", bindings)
    assert is_dropped("PySide6/Qt6Pdf.dll", {"QtCore"})
    assert is_dropped("PySide6/plugins/imageformats/qpdf.dll", bindings)
    assert is_dropped("PySide6/Qt6VirtualKeyboard.dll", bindings)
    assert not is_dropped("PySide6/Qt6Gui.dll", bindings)
    assert not is_dropped("PySide6/translations/qtbase_en.qm", bindings)
    assert is_dropped("PySide6/translations/qtbase_fr.qm", bindings)
