"""Refresh Pantau's translations: lupdate (sources -> .ts), then lrelease (.ts -> .qm).

Indonesian is the source language (the strings in self.tr() / QCoreApplication.translate);
each other language has resources/translations/pantau_<lang>.ts (the translator's file, kept
in git) and pantau_<lang>.qm (compiled, kept in git too and loaded by desktop/i18n.py).

After adding or changing UI strings, from the repository root:

    .venv/bin/python resources/translations/update.py          (Windows: .venv\\Scripts\\python)

1. lupdate scans desktop/**/*.py and merges new strings into every
   pantau_*.ts as unfinished; strings that vanished from the code are dropped.
2. Translate the unfinished messages: `pyside6-linguist resources/translations/pantau_en.ts`
   (mark each one done), or edit the <translation> elements by hand and remove
   type="unfinished".
3. Run this script again: lrelease compiles each .ts into its .qm.

Options: --lang en (only that language; a new language gets a new .ts), --check (exit 1 if
any message is unfinished, e.g. in CI), --release-only (skip lupdate).
Plain Python, no shell: the PySide6 tools are run from this interpreter's scripts folder or
from PATH, so it works the same on Windows.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_LANGUAGE = "id"
SOURCE_FOLDERS = ("desktop",)


def tool(name: str) -> str:
    """Path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease)."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    files = [path for folder in SOURCE_FOLDERS for path in sorted((ROOT / folder).rglob("*.py"))
             if "__pycache__" not in path.parts]
    return files


def ts_files(languages: list[str] | None) -> list[Path]:
    if languages:
        return [HERE / f"pantau_{language}.ts" for language in languages]
    return sorted(HERE.glob("pantau_*.ts"))


def lupdate(ts: Path, language: str | None = None) -> None:
    """Merge the strings of the sources into `ts` (created if missing)."""
    language = language or ts.stem.removeprefix("pantau_")
    files = [str(path.relative_to(ROOT)) for path in sources()]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(ts.resolve()),
         "-source-language", SOURCE_LANGUAGE, "-target-language", language,
         "-locations", "relative", "-no-obsolete", "-silent"],
        cwd=ROOT, check=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a message is not translated")
    parser.add_argument("--release-only", action="store_true", help="skip lupdate")
    args = parser.parse_args(argv)
    targets = ts_files(args.lang)
    if not targets:
        raise SystemExit("no pantau_*.ts here; create one with --lang <code>")
    status = 0
    for ts in targets:
        if not args.release_only:
            lupdate(ts)
        qm = lrelease(ts)
        missing = unfinished(ts)
        print(f"{ts.name}: {len(missing)} unfinished -> {qm.name}")
        for context, source in missing:
            print(f"  {context}: {source!r}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
