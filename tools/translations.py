"""Keep the Qt Linguist catalogues in step with the code, and compile them.

    python tools/translations.py update   # scan wizard/ for tr()/translate() → i18n/*.ts,
                                          # then compile
    python tools/translations.py compile  # i18n/*.ts → wizard/i18n/*.qm
    python tools/translations.py check    # do the committed .qm files match the .ts?
    python tools/translations.py fill-english          # English catalogue = source texts
    python tools/translations.py apply nl table.json   # batch-fill from {source: text}

The .ts files in ``i18n/`` are the source of truth for translations. Their compiled
form, ``wizard/i18n/wizard_<lang>.qm``, is committed too, inside the package, so that
building a wheel or an sdist needs nothing but setuptools: compiling there would need
PySide6's lrelease in pip's isolated build environment (a 100 MB download for every
build, and no network at all for some packagers). Every command here that changes a
.ts file compiles again; commit the .ts and the .qm files together.
``tests/i18n/test_compiled_catalogues.py`` fails when a committed .qm differs from what
lrelease makes of its .ts (lrelease's output is byte for byte reproducible), and
nothing compiles them silently before the tests or a build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"  # the .ts sources
COMPILED = ROOT / "wizard" / "i18n"  # the .qm files the program loads (wizard/paths.py)
LANGUAGES = ("nl", "fr", "en", "de")
# Qt's language tags for the catalogues: Belgian Dutch, French and German.
TS_LANGUAGE = {"nl": "nl_BE", "fr": "fr_BE", "en": "en", "de": "de_BE"}


def _tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter (a venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file that may hold user-visible text."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "wizard").rglob("*.py"))


def update() -> None:
    """Add new strings to every .ts file, drop the ones the code no longer has."""
    for language in LANGUAGES:
        ts_file = I18N / f"wizard_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                TS_LANGUAGE[language],
                "-ts",
                str(ts_file.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def fill_english() -> int:
    """English is the source language: its catalogue repeats every source text.

    Having a complete English catalogue keeps the three languages symmetrical (same
    loading path, same checks) and gives plural forms a home.
    """
    import xml.etree.ElementTree as ET

    ts_file = I18N / "wizard_en.ts"
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        numerus = message.get("numerus") == "yes"
        forms = list(translation)
        plural_unfilled = numerus and any(form.text == source for form in forms)
        unfilled = not (translation.text or forms)
        if translation.get("type") == "unfinished" or unfilled or plural_unfilled:
            translation.attrib.pop("type", None)
            if numerus:
                # English has two forms: "%n day(s)" -> "%n day", "%n days".
                while len(list(translation)) < 2:
                    ET.SubElement(translation, "numerusform")
                one, other = list(translation)[:2]
                one.text = source.replace("(s)", "")
                other.text = source.replace("(s)", "s")
            else:
                translation.text = source
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def apply(language: str, table_file: Path) -> tuple[int, list[str]]:
    """Fill ``language``'s catalogue from a JSON object {English source: translation}.

    For batch work (a translator's spreadsheet, a review round); Qt Linguist remains the
    tool for single edits. Returns how many entries were filled and which are missing.
    """
    import json
    import xml.etree.ElementTree as ET

    table: dict[str, str] = json.loads(table_file.read_text(encoding="utf-8"))
    ts_file = I18N / f"wizard_{language}.ts"
    tree = ET.parse(ts_file)
    filled, missing = 0, []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled, missing


def compile_all(quiet: bool = False, folder: Path = COMPILED) -> list[Path]:
    """Compile every .ts into ``folder`` (by default the committed wizard/i18n/)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ts_file in sorted(I18N.glob("wizard_*.ts")):
        qm_file = folder / ts_file.with_suffix(".qm").name
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                *(["-silent"] if quiet else []),
                str(ts_file),
                "-qm",
                str(qm_file),
            ],
            check=True,
        )
        written.append(qm_file)
    return written


def check(folder: Path = COMPILED) -> list[str]:
    """The catalogues in ``folder`` that are missing, stale or extra, compared with
    what lrelease makes of the .ts files now; empty when all match byte for byte."""
    with tempfile.TemporaryDirectory(prefix="a2a-qm-") as scratch:
        fresh = {path.name: path.read_bytes() for path in compile_all(True, Path(scratch))}
    committed = {path.name: path.read_bytes() for path in folder.glob("wizard_*.qm")}
    problems = [f"{name} is missing" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"{name} has no .ts source" for name in sorted(committed.keys() - fresh.keys())]
    problems += [
        f"{name} differs from its .ts"
        for name in sorted(fresh.keys() & committed.keys())
        if fresh[name] != committed[name]
    ]
    return problems


def main(argv: list[str]) -> int:
    """Command-line entry."""
    if argv == ["update"]:
        update()
        compile_all()
    elif argv == ["fill-english"]:
        print(f"{fill_english()} English entries filled")
        update()  # lupdate writes the file back in its own form: no churn in the next diff
        compile_all(quiet=True)
    elif len(argv) == 3 and argv[0] == "apply":
        filled, missing = apply(argv[1], Path(argv[2]))
        print(f"{filled} entries filled; still missing: {len(missing)}")
        for source in missing:
            print(f"  {source!r}")
        update()  # lupdate writes the file back in its own form: no churn in the next diff
        compile_all(quiet=True)
    elif argv == ["compile"]:
        compile_all()
    elif argv == ["check"]:
        problems = check()
        for problem in problems:
            print(f"{COMPILED.relative_to(ROOT)}/{problem}", file=sys.stderr)
        if problems:
            print("run: python tools/translations.py compile", file=sys.stderr)
            return 1
        print("compiled catalogues match their .ts sources")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
